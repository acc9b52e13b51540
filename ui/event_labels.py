"""How an event is named in lists: its dates in words and its title, worked out once per load.

The Events page shows these for every event on every rerun (the table's "When" column, the
event chooser); built row by row on each rerun they cost seconds at 10,000 events.
"""

from __future__ import annotations

import pandas as pd

from data_loader import Tables
from ui.derived import per_tables
from ui.text import text_or, when_of


@per_tables
def when_by_event(tables: Tables) -> pd.Series:
    """event_id -> the event's dates in words (see ``ui.text.when``)."""
    ev = tables.events
    columns = [ev[c].astype(object).tolist() if c in ev.columns else [None] * len(ev)
               for c in ("start_date", "end_date", "year", "month")]
    words = [when_of(*values) for values in zip(*columns, strict=True)]
    return pd.Series(words, index=ev["event_id"].astype(str).to_numpy(), dtype=object)


@per_tables
def label_by_event(tables: Tables) -> dict[str, str]:
    """event_id -> 'dates · title', the event chooser's wording."""
    ev = tables.events
    dates = when_by_event(tables)
    titles = ev["title"].astype(object).tolist()
    return {eid: f"{dates[eid]} · {text_or(title, 'untitled event')}"
            for eid, title in zip(dates.index, titles, strict=True)}


def when_column(tables: Tables, events: pd.DataFrame) -> pd.Series:
    """The dates in words of ``events`` (rows of ``tables.events``), aligned with their index."""
    return pd.Series(events["event_id"].astype(str).map(when_by_event(tables)).to_numpy(),
                     index=events.index, dtype=object)
