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
field_confidence = per_tables(review.field_confidence)
titles_to_check = per_tables(review.titles_to_check)

#: the field-confidence table shows at most this many rows (all of them go into its download): at 10,000
#: events it has a quarter of a million, which no one reads on a page and which cost seconds to send
SHOWN_ROWS = 2_000


def confidence_rows(table: pd.DataFrame, levels: list[str], labels: list[str]) -> pd.DataFrame:
    """The field-confidence rows of the chosen confidence levels and field labels (all when none is chosen),
    in the table's order: weakest first."""
    keep = table["confidence"].isin(levels) if levels else pd.Series(True, index=table.index)
    if labels:
        keep &= table["label"].isin(labels)
    return table[keep.to_numpy(dtype=bool)]


def for_view(compute, tables: Tables, view: Tables, per_event: bool = True) -> pd.DataFrame:
    """``compute(view)``: the whole corpus's table, restricted to the view's events when it is a filtered
    one. A table that is not one row per event fact (``per_event=False``) is computed on the view."""
    if view is tables:
        return compute(tables)
    if not per_event:
        return compute.__wrapped__(view)
    return rows_of_events(compute(tables), view.events)
