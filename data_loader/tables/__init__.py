"""Stage 4 of 6, tables: event records -> the codebook's tidy tables.

A document travels ``reading -> lookup -> extract -> tables -> load -> review``. This stage merges
records of different documents that report the same event (``merge``), builds one DataFrame per
codebook concept with stable ids and evidence snippets (``build``), checks them against their schemas
(``schema``) and writes them as spreadsheet-safe CSV (``export``).

May import: the base modules, ``reading``, ``lookup`` and ``extract`` (for the record types).
Never ``load`` or ``review``: it knows nothing of folders, caches or curators.
"""
