"""Evidence (CODEBOOK.md, evidence): every extracted fact has a row whose character span lies within the
document text and whose snippet shows the cited text, so a reader can check every value."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from data_loader.load.pipeline import load_corpus

RELEASES = {
    "rich.txt": (
        "UNOCT and UNODC train prosecutors on terrorist financing\n\n"
        "Published: 12 October 2023\n\n"
        "ALMATY, 12 October 2023 – The United Nations Counter-Terrorism Centre, in partnership with the "
        "United Nations Office on Drugs and Crime, organized a three-day training course on countering the "
        "financing of terrorism in Nur-Sultan from 9 to 11 October 2023, with the financial support of the "
        "European Union. More than 30 prosecutors from Kazakhstan, Kyrgyzstan and Uzbekistan took part. "
        "The course was held under the project “Following the Money in Central Asia – Phase II”.\n\n"
        "Background\n\n"
        "UNCCT was established in 2011 through a contribution from the Kingdom of Saudi Arabia.\n\n"
    ),
    "virtual.txt": (
        "Online briefing on the sanctions regime\n\n"
        "date 2022-03-04\n\n"
        "On 2 March 2022, CTED held an online briefing for about 45 diplomats from all five Central Asian "
        "states, in collaboration with UNRCCA.\n\n"
    ),
    "series.txt": (
        "Consultations on national action plans\n\n"
        "Published: 28 February 2021\n\n"
        "UNOCT held a series of national consultations in Bishkek and Dushanbe in February 2021 under the "
        "Joint Plan of Action for Central Asia.\n\n"
    ),
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    root: Path = tmp_path_factory.mktemp("evidence")
    for name, text in RELEASES.items():
        (root / name).write_text(text, encoding="utf-8")
    return load_corpus(root, use_cache=False)


def _fields_of(tables, eid: str) -> dict[str, set[str]]:
    ev = tables.evidence[tables.evidence.event_id == eid]
    out: dict[str, set[str]] = {}
    for f, v in zip(ev.field, ev.value, strict=True):
        f = "participant" if f == "participant_organization" else f
        out.setdefault(f, set()).add(str(v))
    return out


def _expected(tables, row: pd.Series) -> dict[str, set[str]]:
    """field -> values the events tables state for one event, in evidence's field names."""
    eid = row["event_id"]
    want: dict[str, set[str]] = {"title": {row["title"]}, "event_type": {row["event_type"]}}
    for col in ("start_date", "end_date", "published_date"):
        if not pd.isna(row[col]):
            want[col] = {pd.Timestamp(row[col]).date().isoformat()}
    for col in ("year", "month", "participants"):
        if not pd.isna(row[col]):
            want[col] = {str(int(row[col]))}
    for col in ("city", "country_iso3"):
        if not pd.isna(row[col]) and row[col]:
            want[col] = {row[col]}
    if not pd.isna(row["duration_days"]) and pd.isna(row["start_date"]):
        # a duration not derived from the dates ("a three-day ...") needs its own evidence
        want["duration_days"] = {str(int(row["duration_days"]))}
    if row["format"] != "in-person":
        want["format"] = {row["format"]}
    orgs = tables.event_organizations[tables.event_organizations.event_id == eid]
    for org, role in zip(orgs.organization, orgs.role, strict=True):
        want.setdefault(role, set()).add(org)
    cty = tables.event_countries[(tables.event_countries.event_id == eid)
                                 & (tables.event_countries.role == "participant")]
    if len(cty):
        want["participant_country"] = set(cty.iso3)
    progs = tables.event_programmes[tables.event_programmes.event_id == eid]
    if len(progs):
        want["programme"] = set(progs.programme)
    themes = tables.event_themes[tables.event_themes.event_id == eid]
    if len(themes):
        want["theme"] = set(themes.theme)
    return want


def test_every_event_value_has_evidence(tables):
    assert len(tables.events) >= 4
    missing = []
    for _, row in tables.events.iterrows():
        have = _fields_of(tables, row["event_id"])
        for fld, values in _expected(tables, row).items():
            for v in values - have.get(fld, set()):
                missing.append((row["sources"], fld, v))
    assert missing == []


def _snippet_problems(tables, rows: pd.DataFrame) -> list:
    bad = []
    for _, e in rows.iterrows():
        text = tables.texts[e["source_file"]]
        start, end = int(e["start"]), int(e["end"])
        if not 0 <= start < end <= len(text):
            bad.append((e["field"], e["value"], start, end, "span outside text"))
            continue
        cited = " ".join(text[start:end].split())
        if cited not in e["snippet"]:
            bad.append((e["field"], e["value"], cited, e["snippet"]))
    return bad


def test_evidence_spans_lie_in_the_text_and_snippets_cite_them(tables):
    rows = tables.evidence[tables.evidence.start.astype(int) > 0]
    assert len(rows) > 20
    assert _snippet_problems(tables, rows) == []


def test_snippet_of_a_span_at_the_start_of_the_document_cites_it_whole(tables):
    rows = tables.evidence[tables.evidence.start.astype(int) == 0]
    assert len(rows) > 0
    assert _snippet_problems(tables, rows) == []


def test_duration_follows_the_dates(tables):
    days = tables.events.dropna(subset=["start_date", "end_date"])
    assert len(days)
    for _, row in days.iterrows():
        assert row["duration_days"] == (row["end_date"] - row["start_date"]).days + 1


@pytest.mark.parametrize(
    "fld, value, must_cite",
    [
        ("city", "Astana", "Nur-Sultan"),
        ("participants", "30", "More than 30"),
        ("organizer", "UNOCT", "United Nations Counter-Terrorism Centre"),
        ("organizer", "UNODC", "United Nations Office on Drugs and Crime"),
        ("funder", "European Union", "European Union"),
        ("start_date", "2023-10-09", "9 to 11 October 2023"),
        ("published_date", "2023-10-12", "12 October 2023"),
        ("programme", "Following the Money in Central Asia", "Following the Money in Central Asia"),
    ],
)
def test_evidence_cites_the_words_that_support_the_value(tables, fld, value, must_cite):
    text = tables.texts["rich.txt"]
    ev = tables.evidence[(tables.evidence.source_file == "rich.txt") & (tables.evidence.field == fld)
                         & (tables.evidence.value == value)]
    assert len(ev), f"no evidence for {fld}={value}"
    assert any(must_cite in text[int(s):int(e)] for s, e in zip(ev.start, ev.end, strict=True)), [
        text[int(s):int(e)] for s, e in zip(ev.start, ev.end, strict=True)]


def test_background_is_never_cited(tables):
    text = tables.texts["rich.txt"]
    bg = text.index("Background")
    ev = tables.evidence[tables.evidence.source_file == "rich.txt"]
    assert (ev.start.astype(int) < bg).all()
    assert "Saudi Arabia" not in set(tables.event_organizations.organization)
