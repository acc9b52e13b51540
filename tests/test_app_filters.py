"""The dashboard's filter function, summary line and file names (pure pandas, no Streamlit)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from ui.filters import (
    NOT_STATED,
    ROLE_HOST,
    ROLE_PARTICIPANT,
    FilterState,
    event_ids,
    file_slug,
    filter_tables,
    options_from,
    search_events,
    summary_line,
)


def by_pandas(tables, years, iso, role="any") -> set[str]:
    """The same question asked straight of the tables."""
    ev, ec = tables.events, tables.event_countries
    in_years = set(ev.loc[ev["year"].between(*years).fillna(False).astype(bool), "event_id"])
    roles = {"any": ["host", "participant"], "host": ["host"], "participant": ["participant"]}[role]
    in_country = set(ec.loc[(ec["iso3"] == iso) & ec["role"].isin(roles), "event_id"])
    if role != "participant":
        in_country |= set(ev.loc[ev["country_iso3"] == iso, "event_id"].dropna())
    return in_years & in_country


@pytest.mark.parametrize("role", ["any", "host", "participant"])
@pytest.mark.parametrize("years,iso", [((2023, 2024), "KAZ"), ((2010, 2024), "KAZ"), ((2022, 2022), "TJK"),
                                       ((2024, 2024), "UZB"), ((2000, 2001), "KAZ")])
def test_year_and_country_match_plain_pandas(tables, years, iso, role):
    state = FilterState(years=years, countries=(iso,), country_role=role)
    assert set(event_ids(tables, state)) == by_pandas(tables, years, iso, role)


def test_year_and_country_example(tables):
    state = FilterState(years=(2023, 2024), countries=("KAZ",))
    assert list(event_ids(tables, state)) == ["ev-a", "ev-b", "ev-d"]
    assert list(event_ids(tables, FilterState(countries=("KAZ",), country_role=ROLE_HOST))) == ["ev-a"]
    assert list(event_ids(tables, FilterState(countries=("KAZ",), country_role=ROLE_PARTICIPANT))) == [
        "ev-b", "ev-c", "ev-d", "ev-e"]


def test_no_filter_keeps_everything_including_undated(tables):
    assert filter_tables(tables, FilterState()) is tables
    assert "ev-f" in set(event_ids(tables, FilterState()))
    assert "ev-f" not in set(event_ids(tables, FilterState(years=(2000, 2030))))


def test_facets_combine_with_and_choices_with_or(tables):
    assert list(event_ids(tables, FilterState(themes=("strategy",)))) == ["ev-d", "ev-e"]
    assert list(event_ids(tables, FilterState(themes=("strategy", "cbrn")))) == ["ev-a", "ev-d", "ev-e"]
    assert list(event_ids(tables, FilterState(themes=("strategy",), event_types=("meeting",)))) == ["ev-e"]
    assert list(event_ids(tables, FilterState(formats=("virtual", "hybrid")))) == ["ev-c", "ev-d"]
    prog = "Joint Plan of Action for Central Asia"
    assert list(event_ids(tables, FilterState(programmes=(prog,)))) == ["ev-d", "ev-e"]


def test_funder_not_stated_is_its_own_choice(tables):
    assert list(event_ids(tables, FilterState(funders=(NOT_STATED,)))) == ["ev-b", "ev-e", "ev-f"]
    assert list(event_ids(tables, FilterState(funders=("European Union",)))) == ["ev-a", "ev-d"]
    assert list(event_ids(tables, FilterState(funders=("Japan", NOT_STATED)))) == ["ev-b", "ev-c", "ev-e", "ev-f"]


def test_unknown_values_match_nothing_and_do_not_fail(tables):
    assert list(event_ids(tables, FilterState(countries=("XXX",)))) == []
    assert list(event_ids(tables, FilterState(themes=("no-such-theme",)))) == []


def test_filter_tables_restricts_every_related_table(tables):
    view = filter_tables(tables, FilterState(years=(2023, 2024), countries=("KAZ",)))
    kept = {"ev-a", "ev-b", "ev-d"}
    assert set(view.events["event_id"]) == kept
    for name, df in view.as_dict().items():
        if "event_id" in df.columns:
            assert set(df["event_id"]) <= kept, name
    assert set(view.event_countries["event_id"]) == kept
    assert set(view.evidence["event_id"]) == {"ev-a"}
    assert set(view.documents["source_file"]) == {"ev-a.txt", "ev-b.txt", "ev-d.txt"}
    assert view.texts is tables.texts
    # the original is untouched
    assert len(tables.events) == 6


def test_options_from_data(tables):
    opts = options_from(tables)
    assert (opts.year_min, opts.year_max) == (2010, 2024)
    assert opts.countries[0] == "KAZ"  # sorted by name: Kazakhstan, Kyrgyzstan, Slovakia, ...
    assert set(opts.countries) == {"KAZ", "KGZ", "UZB", "TJK", "TKM", "SVK"}
    assert opts.funders[-1] == NOT_STATED
    assert "Japan" in opts.funders


def test_summary_line():
    assert summary_line(FilterState(), 6, 6) == "All 6 events, no filter."
    line = summary_line(FilterState(years=(2023, 2024), countries=("KAZ",), country_role="host",
                                    themes=("cbrn",)), 1, 6)
    assert line == "1 of 6 events · 2023–2024 · Kazakhstan (host) · theme: CBRN and weapons of mass destruction"


def test_file_slug():
    assert file_slug(FilterState()) == "all"
    assert file_slug(FilterState(years=(2023, 2024), countries=("KAZ",))) == "2023-2024_KAZ"
    assert file_slug(FilterState(years=(2023, 2023), countries=("KAZ", "UZB"), country_role="host")) == (
        "2023_KAZ+UZB-host")
    slug = file_slug(FilterState(funders=("=cmd|' /C calc'!A0",), programmes=("A/B: ../../etc",)))
    assert all(c.isalnum() or c in "-_+" for c in slug), slug
    long = file_slug(FilterState(programmes=tuple(f"Programme number {i}" for i in range(20))))
    assert len(long) <= 84


def test_search_events(tables):
    found = search_events(tables.events, "tashkent border")
    assert list(found["event_id"]) == ["ev-b"]
    assert list(search_events(tables.events, "CBRN weapons")["event_id"]) == ["ev-a"]  # theme label
    assert len(search_events(tables.events, "")) == 6
    assert search_events(tables.events, "(unbalanced [regex").empty


def test_download_names(tables):
    from ui.downloads import csv_name, zip_name

    state = FilterState(years=(2023, 2024), countries=("KAZ",))
    day = dt.date(2026, 11, 22)
    assert csv_name(state, "events", day) == "ct-events_2026-11-22_2023-2024_KAZ_events.csv"
    assert zip_name(FilterState(), day) == "ct-events_2026-11-22_all.zip"


def test_event_ids_keep_table_order(tables):
    shuffled = tables.events.sample(frac=1, random_state=1)
    tables.events = shuffled
    assert list(event_ids(tables, FilterState(formats=("in-person",)))) == list(
        shuffled.loc[shuffled["format"] == "in-person", "event_id"])
    assert isinstance(event_ids(tables, FilterState()), pd.Index)
