"""The review page's tables, worked out once per load and cut down to the filtered events.

``data_loader.review.curator`` checks every fact of every event against its quoted passage; at 10,000
events that takes half a second, and the answer is the same on every rerun until the folder changes. The
tables about events (missing fields, merges, weak evidence) are row by row about one event each, so
the filtered version is the unfiltered one restricted to the kept events (tests check this against
computing them on the filtered tables). Unregistered names are counted over the mentions, so they
are computed on the filtered tables themselves (a fraction of a second).
"""

from __future__ import annotations

import pandas as pd

from data_loader import Tables
from data_loader.review import curator as review
from ui.derived import per_tables
from ui.filters import rows_of_events

missing_fields = per_tables(review.missing_fields)
merged_events = per_tables(review.merged_events)
weak_evidence = per_tables(review.weak_evidence)
unknown_names = per_tables(review.unknown_names)


def for_view(compute, tables: Tables, view: Tables, per_event: bool = True) -> pd.DataFrame:
    """``compute(view)``: the whole corpus's table, restricted to the view's events when it is a filtered
    one. A table that is not one row per event fact (``per_event=False``) is computed on the view."""
    if view is tables:
        return compute(tables)
    if not per_event:
        return compute.__wrapped__(view)
    return rows_of_events(compute(tables), view.events)
