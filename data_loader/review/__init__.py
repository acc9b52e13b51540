"""Stage 6 of 6, review: what a curator should check in the finished tables.

A document travels ``reading -> lookup -> extract -> tables -> load -> review``. This stage turns the
tables into the Review page's lists (``curator``): documents and their statuses, events missing a date,
place or organiser, names no registry knows, merges, titles to check, evidence that does not state its
value (the rule for one row in ``evidence_rule``, applied to a whole table in ``evidence_check``), how
sure the loader is of every field of every event (``confidence``); shared cell readers in ``cells``.

May import: the base modules and every earlier stage. Nothing imports it but the dashboard.
"""
