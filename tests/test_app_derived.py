"""Values kept per loaded tables (ui.derived) and the per-load event wording and search text.

The per-load versions must say exactly what the row-by-row functions say, and a new load must
never be served the values of an old one.
"""

from __future__ import annotations

import gc

import numpy as np
import pandas as pd
import pytest
from app_tables import filter_states, make_tables
from conftest import DEVSET_DOCS, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader import Tables, load_corpus
from ui import derived
from ui.event_labels import label_by_event, when_by_event, when_column
from ui.filters import search_events
from ui.text import text_or, when


@pytest.fixture(scope="module")
def corpora() -> list[Tables]:
    found = [make_tables(), load_corpus(ROOT / "raw", use_cache=False)]
    if DEVSET_DOCS.is_dir():
        found.append(load_corpus(DEVSET_DOCS, use_cache=False))
    return found


def test_computed_once_per_tables_and_let_go_with_them():
    calls = []

    @derived.per_tables
    def count(tables: Tables) -> int:
        calls.append(1)
        return len(tables.events)

    first = make_tables()
    assert count(first) == count(first) == 6
    assert len(calls) == 1
    second = make_tables()
    second.events = second.events.iloc[:2]
    assert count(second) == 2  # another object: computed again, never the first one's value
    assert len(calls) == 2
    # two functions with the same name (two lambdas) keep their own values
    first_len = derived.per_tables(lambda t: len(t.events))
    first_title = derived.per_tables(lambda t: t.events["title"].iloc[0])
    assert (first_len(first), first_title(first)) == (6, first.events["title"].iloc[0])
    before = derived.held()
    del first, second
    gc.collect()
    assert derived.held() <= before - 2


def test_dates_and_labels_match_the_row_functions(corpora):
    for tables in corpora:
        ev = tables.events
        words = when_by_event(tables)
        labels = label_by_event(tables)
        for _, row in ev.iterrows():
            eid = str(row["event_id"])
            assert words[eid] == when(row)
            assert labels[eid] == f"{when(row)} · {text_or(row['title'], 'untitled event')}"
        part = ev.iloc[::-2]
        assert list(when_column(tables, part)) == [when(r) for _, r in part.iterrows()]
        assert list(when_column(tables, part).index) == list(part.index)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_search_with_the_loaded_text_equals_searching_the_rows(corpora, data):
    tables = data.draw(st.sampled_from(corpora))
    ev = tables.events
    vocabulary = sorted({w for t in ev["title"].dropna().astype(str) for w in t.split()} | {"tashkent", "cbrn", "zz"})
    query = " ".join(data.draw(st.lists(st.sampled_from(vocabulary), max_size=3)))
    rows = data.draw(st.lists(st.integers(0, len(ev) - 1), unique=True, max_size=len(ev)))
    part = ev.iloc[sorted(rows)]
    pd.testing.assert_frame_equal(search_events(part, query, tables), search_events(part, query))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_review_tables_of_a_filtered_view_equal_computing_them_on_it(corpora, data):
    """Missing fields, merges and weak evidence are about one event per row: the whole corpus's table
    restricted to the kept events is what the filtered tables themselves give."""
    from data_loader.review import curator as review
    from ui import review_tables
    from ui.filters import filter_tables

    tables = data.draw(st.sampled_from(corpora))
    view = filter_tables(tables, data.draw(filter_states(tables)))
    for cached, plain in ((review_tables.missing_fields, review.missing_fields),
                          (review_tables.merged_events, review.merged_events),
                          (review_tables.weak_evidence, review.weak_evidence)):
        expected = plain(view)
        # an empty answer is built without rows to take dtypes from: only its columns must agree
        pd.testing.assert_frame_equal(review_tables.for_view(cached, tables, view), expected,
                                      check_dtype=not expected.empty, check_index_type=not expected.empty)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_timeline_rows_cut_from_the_whole_load_equal_the_rows_of_the_view(corpora, data):
    from ui import charts
    from ui.filters import filter_tables

    tables = data.draw(st.sampled_from(corpora))
    view = filter_tables(tables, data.draw(filter_states(tables)))
    # same rows, values and order; pandas may infer another dtype for a column of an empty or merged frame
    pd.testing.assert_frame_equal(charts.timeline_rows_of(tables, view.events), charts.timeline_rows(view.events),
                                  check_dtype=False)


def test_timeline_counts_events_per_month_when_bars_would_be_unreadable(corpora, monkeypatch):
    from ui import charts

    tables = corpora[-1]
    rows = charts.timeline_rows(tables.events)
    monkeypatch.setattr(charts, "TIMELINE_MAX_BARS", len(rows))
    bars = charts.timeline_chart(rows, "theme")
    assert {t.y[0] for t in bars.data if t.type == "bar" and t.hovertext is not None} <= set(rows["event_id"])
    monkeypatch.setattr(charts, "TIMELINE_MAX_BARS", len(rows) - 1)
    counts = charts.timeline_chart(rows, "programme")
    drawn = [t for t in counts.data if t.type == "bar"]
    assert sum(sum(t.y) for t in drawn) == len(rows)  # every event counted once
    assert {t.name for t in drawn} == {charts.shorten(g, 55) for g in rows["group_programme"]}
    per_month: dict = {}
    for t in drawn:
        for x, y in zip(t.x, t.y, strict=True):
            per_month[pd.Timestamp(x)] = per_month.get(pd.Timestamp(x), 0) + y
    expected = rows["start"].dt.to_period("M").dt.to_timestamp().value_counts()
    assert per_month == {pd.Timestamp(k): int(v) for k, v in expected.items()}


def _reference_breakdown(view: Tables, by: str) -> pd.DataFrame:
    """The breakdown asked the plain way: names per row, lambdas per group."""
    from data_loader import columns as C
    from data_loader.lookup.gazetteer import country_name
    from ui.charts import NOT_STATED

    ev, ec, orgs = view.events, view.event_countries, view.event_organizations
    if by == "programme":
        pairs = view.event_programmes.rename(columns={"programme": "name"})
    elif by in ("funder", "organizer"):
        pairs = orgs.loc[orgs["role"] == by, ["event_id", "organization"]].rename(columns={"organization": "name"})
    elif by == "theme":
        pairs = view.event_themes.assign(name=view.event_themes["theme"].map(lambda t: C.THEMES.get(t, t)))
    elif by == "host":
        hosts = ec.loc[ec["role"] == "host", ["event_id", "iso3"]]
        direct = ev.loc[ev["country_iso3"].notna(), ["event_id", "country_iso3"]].rename(
            columns={"country_iso3": "iso3"})
        pairs = pd.concat([direct, hosts]).drop_duplicates()
        pairs = pairs.assign(name=pairs["iso3"].map(country_name))
    elif by == "participant":
        parts = ec.loc[ec["role"] == "participant", ["event_id", "iso3"]]
        pairs = parts.assign(name=parts["iso3"].map(country_name))
    else:
        pairs = ev[["event_id", "event_type"]].rename(columns={"event_type": "name"})
    pairs = pairs[["event_id", "name"]].dropna()
    pairs = pairs[pairs["name"].astype(str).str.strip() != ""]
    # CHANGED ON PURPOSE (issue 12): every breakdown has its "not stated" row, and a host-less online event is
    # "online"; a group whose events state no count has no participants (not 0); participating countries
    # get no participants of their own (no release splits a count by country), only the count of their events
    missing = sorted(set(ev["event_id"]) - set(pairs["event_id"]))
    if missing:
        online = set(ev.loc[(ev["format"] == "virtual").fillna(False) | (ev["location_precision"] == "virtual")
                            .fillna(False), "event_id"])
        labels = ["online" if by == "host" and e in online else NOT_STATED for e in missing]
        pairs = pd.concat([pairs, pd.DataFrame({"event_id": missing, "name": labels})])
    pairs = pairs.astype({"event_id": str, "name": str}).drop_duplicates()
    df = pairs.merge(view.events[["event_id", "participants"]].astype({"event_id": str}), on="event_id", how="left")
    out = df.groupby("name").agg(
        events=("event_id", "nunique"),
        events_with_participants=("participants", lambda s: int(s.notna().sum())),
        participants=("participants", lambda s: pd.to_numeric(s, errors="coerce").sum(min_count=1)),
    ).reset_index()
    out["participants"] = out["participants"].astype("Int64")
    if by == "participant":
        out["participants_in_events"] = out["participants"]
        out["participants"] = pd.array([pd.NA] * len(out), dtype="Int64")
        counted = "participants_in_events"
    else:
        counted = "participants"
    if by == "funder":  # events where the funder's evidence is all inferred or guessed (not written as paying)
        evid = view.evidence
        rows = evid[(evid["field"] == "funder").fillna(False)]
        confidence = rows["confidence"] if "confidence" in rows.columns else pd.Series("stated", index=rows.index)
        sure = rows.assign(stated=~confidence.isin(["inferred", "guessed"])).groupby(
            ["event_id", "value"])["stated"].any()
        inferred = {key for key, stated in sure.items() if not stated}
        keys = zip(pairs["event_id"], pairs["name"], strict=True)
        flagged = pairs.loc[np.array([key in inferred for key in keys], dtype=bool)]
        out["events_inferred"] = out["name"].map(flagged.groupby("name")["event_id"].nunique()).fillna(0).astype(int)
    out = out.assign(_p=out[counted].fillna(-1)).sort_values(["events", "_p", "name"], ascending=[False, False, True])
    return out.drop(columns="_p").reset_index(drop=True)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_breakdowns_equal_the_plain_computation(corpora, data):
    from ui import charts
    from ui.filters import filter_tables

    tables = data.draw(st.sampled_from(corpora))
    view = filter_tables(tables, data.draw(filter_states(tables)))
    for by in charts.BREAKDOWNS:
        expected = _reference_breakdown(view, by)
        # same names, counts and order (whole numbers either way: pandas picks int64 or Int64 by the input)
        pd.testing.assert_frame_equal(charts.breakdown(view, by), expected, check_dtype=False,
                                      check_index_type=not expected.empty, obj=by)
        # counted from the pairs of the whole load, as the Breakdowns page does
        pd.testing.assert_frame_equal(charts.breakdown_of(tables, view, by), expected, check_dtype=False,
                                      check_index_type=False, obj=f"{by} (per load)")


def test_the_filter_choices_do_not_keep_old_tables_alive():
    """The sidebar's choices are kept per load; a folder that changed must let its old tables go."""
    import weakref

    from ui import sidebar

    old = make_tables()
    assert sidebar._options(old).countries
    gone = weakref.ref(old)
    del old
    gc.collect()
    assert gone() is None
