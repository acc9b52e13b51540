"""The event view and the Events table (issue 12): every field with its value, confidence, reasoning and each
distinct passage once, readable labels, organisers' evidence, a co-hosting donor shown as an inferred funder,
missing values as "not stated", month-only events in date order, online events as "online"."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT

from data_loader import load_corpus
from ui import evidence as E
from ui.event_labels import chronological, participants_text, table_rows


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(ROOT / "raw", use_cache=False)


def _event(seeds, **where) -> str:
    ev = seeds.events
    mask = pd.Series(True, index=ev.index)
    for column, value in where.items():
        mask &= ev[column] == value
    (eid,) = ev.loc[mask.fillna(False), "event_id"]
    return eid


def test_every_field_with_a_value_shows_its_passages_once(seeds):
    for eid in seeds.events["event_id"]:
        for row in E.event_fields(seeds, eid):
            if row.confidence != E.NOT_STATED_CONFIDENCE:
                assert row.passages, (eid, row.field)  # every value of the seeds has evidence
            assert len(set(row.passages)) == len(row.passages), (eid, row.field)
            assert len(set(row.reasoning)) == len(row.reasoning)
            assert "_" not in row.label and row.label[0].isupper(), row.label  # no raw column names
            if row.confidence in ("inferred", "guessed"):
                assert row.reasoning, (eid, row.field)  # the rule in words


def test_organisers_have_their_evidence(seeds):
    eid = _event(seeds, city="Almaty")
    organisers = [r for r in E.event_fields(seeds, eid) if r.field == "organizer"]
    assert [r.value for r in organisers] == ["United States", "UNOCT", "Kazakhstan"]
    assert all(r.passages and r.confidence == "stated" for r in organisers)
    assert "⟦Kazakhstan⟧ to co-host" in organisers[2].passages[0]


def test_a_co_hosting_donor_shows_the_rule_not_the_passage_as_proof_of_paying(seeds):
    eid = _event(seeds, city="Almaty")
    (funder,) = [r for r in E.event_fields(seeds, eid) if r.field == "funder"]
    assert funder.value == "United States" and funder.confidence == "inferred"
    assert any("no words of paying" in why for why in funder.reasoning)


def test_dates_from_today_cite_every_passage_and_say_how(seeds):
    eid = _event(seeds, city="Dushanbe")
    rows = {r.field: r for r in E.event_fields(seeds, eid)}
    start = rows["start_date"]
    assert start.value == "6 August 2019" and start.confidence == "inferred"
    marked = " ".join(start.passages)
    assert "⟦today⟧" in marked and "⟦three-day⟧" in marked and "⟦8 August 2019⟧" in marked
    assert len(start.passages) == 3
    (why,) = start.reasoning
    assert "3-day event" in why and "8 August 2019" in why


def test_missing_values_read_not_stated_never_zero(seeds):
    eid = _event(seeds, city="Dushanbe")
    rows = {r.field: r for r in E.event_fields(seeds, eid)}
    assert rows["participants"].value == "not stated" and rows["participants"].confidence == "not stated"
    assert "participants_qualifier" not in rows  # one "not stated" for the count
    funders = [r for r in E.event_fields(seeds, eid) if r.field == "funder"]
    assert [(r.label, r.value) for r in funders] == [("Funders", "none named")]


def test_display_values():
    assert E.display_value("start_date", pd.Timestamp("2024-03-04")) == "4 March 2024"
    assert E.display_value("month", 3) == "March"
    assert E.display_value("participant_country", "KGZ") == "Kyrgyzstan (KGZ)"
    assert E.display_value("theme", "cbrn") == "CBRN and weapons of mass destruction"
    assert E.display_value("participants", pd.NA) == "not stated"
    assert E.display_value("city", None) == "not stated"
    assert E.display_value("duration_days", 1) == "1 day"


def test_the_same_passage_under_two_field_names_is_listed_once(tables):
    ev = tables.evidence
    extra = ev.iloc[[0]].assign(field="place")  # the city's row again, under the alias "place"
    tables.evidence = pd.concat([ev, extra], ignore_index=True)
    (city,) = [r for r in E.event_fields(tables, "ev-a") if r.field == "city"]
    assert len(city.passages) == 1


# --------------------------------------------------------------------------------------- the events table


def test_a_month_only_event_sorts_in_its_month(tables):
    ev = tables.events
    ev.loc[ev["event_id"] == "ev-e", ["start_date", "end_date", "year", "month"]] = [
        pd.Timestamp("2024-06-03"), pd.Timestamp("2024-06-03"), 2024, 6]  # after May 2024 (ev-b, month only)
    order = list(chronological(tables, tables.events)["event_id"])
    assert order == ["ev-c", "ev-a", "ev-b", "ev-e", "ev-d", "ev-f"]  # May 2024 before 3 June, undated last


def test_online_events_and_missing_counts_in_the_table(tables):
    rows = table_rows(tables, tables.events).set_index("event_id")
    assert (rows.loc["ev-c", "city"], rows.loc["ev-c", "country"], rows.loc["ev-c", "place"]) == ("online",) * 3
    assert rows.loc["ev-f", "city"] == "not stated" and rows.loc["ev-f", "country"] == "Tajikistan"
    assert rows.loc["ev-f", "place"] == "Tajikistan" and rows.loc["ev-a", "place"] == "Almaty, Kazakhstan"
    assert rows.loc["ev-b", "participants"] == "not stated"
    assert rows.loc["ev-a", "participants"] == "25"
    assert not rows.isna().any().any()  # nothing reads "None"


def test_participants_text():
    assert participants_text(25, "more than") == "more than 25"
    assert participants_text(50, "approximately") == "about 50"
    assert participants_text(pd.NA, None) == "not stated"
    assert participants_text(float("nan"), "exact") == "not stated"
    assert participants_text(0, "exact") == "0"  # a stated zero stays zero
