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


#: sort key of an event with no date at all: after every dated one
UNDATED = 99_999_999


@per_tables
def date_key_by_event(tables: Tables) -> pd.Series:
    """event_id -> a whole number that sorts events by when they happened: yyyymmdd of the first day, with
    day 00 for an event known only to the month and month 00 for one known only to the year, so that "Apr
    2021 (month only)" sorts at the start of April 2021 rather than after every event with days."""
    ev = tables.events
    # an event whose last day alone is known sorts on that day
    start = pd.to_datetime(ev["start_date"], errors="coerce").fillna(pd.to_datetime(ev["end_date"], errors="coerce"))
    year = pd.to_numeric(ev["year"], errors="coerce").astype(float)
    month = pd.to_numeric(ev["month"], errors="coerce").astype(float)
    dated = start.notna()
    by_day = start.dt.year * 10_000 + start.dt.month * 100 + start.dt.day
    by_month = year * 10_000 + month.fillna(0) * 100
    key = by_day.where(dated, by_month).fillna(UNDATED).astype("int64")
    return pd.Series(key.to_numpy(), index=ev["event_id"].astype(str).to_numpy())


def chronological(tables: Tables, events: pd.DataFrame) -> pd.DataFrame:
    """``events`` (rows of ``tables.events``) earliest first by ``date_key_by_event``, then by title; undated
    events last."""
    key = events["event_id"].astype(str).map(date_key_by_event(tables)).fillna(UNDATED).to_numpy()
    title = events["title"].astype("object").map(lambda t: text_or(t, "").casefold()).to_numpy()
    return events.iloc[sorted(range(len(events)), key=lambda i: (key[i], title[i]))]


def participants_text(count: object, qualifier: object) -> str:
    """A participant count as the release gives it ("more than 25", "about 50"), or ``not stated``: an event
    whose release states no number is never shown as 0."""
    if count is None or count is pd.NA or (isinstance(count, float) and count != count):
        return "not stated"
    words = {"more than": "more than ", "approximately": "about ", "up to": "up to "}
    return f"{words.get(text_or(qualifier, ''), '')}{int(count)}"


def is_online(format_: object, precision: object) -> bool:
    return "virtual" in (text_or(format_, ""), text_or(precision, ""))


def table_rows(tables: Tables, events: pd.DataFrame) -> pd.DataFrame:
    """The Events page's table: dates in words, title, type, city, country and both as one place ("online" for
    an online event, "not stated" where the release names none), organisers, funders, participants as
    stated."""
    online = [is_online(f, p) for f, p in zip(events["format"].tolist(), events["location_precision"].tolist(),
                                               strict=True)]
    city = [("online" if on else text_or(c, "not stated")) for on, c in zip(online, events["city"].tolist(),
                                                                             strict=True)]
    country = [("online" if on else text_or(c, "not stated")) for on, c in zip(online, events["country"].tolist(),
                                                                                strict=True)]
    place = ["online" if on else ", ".join(x for x in (text_or(c, ""), text_or(k, "")) if x) or "not stated"
             for on, c, k in zip(online, events["city"].tolist(), events["country"].tolist(), strict=True)]
    people = [participants_text(n, q) for n, q in zip(events["participants"].astype("object").tolist(),
                                                      events["participants_qualifier"].astype("object").tolist(),
                                                      strict=True)]
    return pd.DataFrame({
        "event_id": events["event_id"].astype(str).to_numpy(),
        "when": when_column(tables, events).to_numpy(),
        "title": [text_or(t, "untitled event") for t in events["title"].tolist()],
        "event_type": [text_or(t, "not stated") for t in events["event_type"].tolist()],
        "city": city, "country": country, "place": place,
        "organizers": [text_or(o, "none named") for o in events["organizers"].tolist()],
        "funders": [text_or(f, "not stated") for f in events["funders"].tolist()],
        "participants": people,
    }, index=events.index)
