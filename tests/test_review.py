"""data_loader.review.curator: the curator's tables, on hand-made records run through the real table builder."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from data_loader import load_corpus
from data_loader.extract.records import DocumentResult, EventRecord, Evidence
from data_loader.review import curator as review
from data_loader.tables.build import build_tables
from data_loader.tables.merge import merge_events

TEXT_A = (
    "UNOCT and OSCE hold workshop in Dushanbe\n"
    "Dushanbe, 14 May 2024 - The United Nations Office of Counter-Terrorism, in partnership with the "
    "Frobnitz Institute for Peace, held a workshop in Dushanbe on 12-14 May 2024. "
    "More than 30 officials took part. It was held under the Zeta Resilience Initiative. "
    "The workshop concluded today."
)
TEXT_B = (
    "Mirror: UNOCT workshop in Dushanbe, 12-14 May 2024, held by UNOCT. Frobnitz Institute for Peace spoke."
)
TEXT_C = "A release with no event at all, only background."


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def _ev(field: str, value: str, text: str, needle: str) -> Evidence:
    s, e = _span(text, needle)
    return Evidence(field, value, s, e)


def _result(name: str, text: str, events: list[EventRecord], status: str = "ok", message: str = ""):
    sha = hashlib.sha256(text.encode()).hexdigest()
    for r in events:
        r.source_file, r.sha256 = name, sha
    return DocumentResult(name, sha, len(text), "txt", status, message, "utf-8", False, text, events=events)


def sample_tables():
    a = EventRecord(
        "", "", 0, title="UNOCT and OSCE hold workshop in Dushanbe", event_type="workshop",
        start_date="2024-05-12", end_date="2024-05-14", date_precision="day", year=2024, month=5,
        city="Dushanbe", country_iso3="TJK", country="Tajikistan", location_precision="city",
        participants=30, participants_qualifier="more than",
        organizations=[("UNOCT", "organizer")], programmes=["Zeta Resilience Initiative"],
        themes=["border_security"],
        unknown_names=[
            ("organization", "Frobnitz Institute for Peace", *_span(TEXT_A, "Frobnitz Institute for Peace")),
            ("programme", "Zeta Resilience Initiative", *_span(TEXT_A, "Zeta Resilience Initiative")),
        ],
        evidence=[
            _ev("event_type", "workshop", TEXT_A, "workshop"),
            _ev("start_date", "2024-05-12", TEXT_A, "12-14 May 2024"),
            # inferred: "concluded today" says nothing of the date in words
            _ev("end_date", "2024-05-14", TEXT_A, "concluded today"),
            _ev("city", "Dushanbe", TEXT_A, "in Dushanbe on"),
            _ev("country", "Tajikistan", TEXT_A, "Dushanbe"),
            _ev("participants", "30", TEXT_A, "More than 30 officials"),
            _ev("organization", "UNOCT", TEXT_A, "United Nations Office of Counter-Terrorism"),
            Evidence("theme", "border_security", 10_000, 10_020),  # outside the text
        ],
    )
    b = EventRecord(
        "", "", 0, title="Mirror", event_type="workshop", start_date="2024-05-12", end_date="2024-05-14",
        date_precision="day", year=2024, month=5, city="Dushanbe", country_iso3="TJK", country="Tajikistan",
        location_precision="city", organizations=[("UNOCT", "organizer")],
        unknown_names=[("organization", "Frobnitz  institute for peace",
                        *_span(TEXT_B, "Frobnitz Institute for Peace"))],
        evidence=[_ev("start_date", "2024-05-12", TEXT_B, "12-14 May 2024")],
    )
    undated = EventRecord(
        "", "", 1, title="Consultation somewhere", event_type="consultation", date_precision="month",
        year=2024, month=6, location_precision="country",
    )
    online = EventRecord(
        "", "", 2, title="Online briefing", event_type="briefing", format="virtual", date_precision="day",
        start_date="2024-07-01", end_date="2024-07-01", year=2024, month=7, location_precision="virtual",
        organizations=[("UNODC", "organizer")],
    )
    results = [
        _result("a.txt", TEXT_A, [a]),
        _result("b.txt", TEXT_B, [b, undated, online]),
        _result("c.txt", TEXT_C, [], status="no_event", message="No event found."),
        _result("d.pdf", "", [], status="unreadable", message="Scanned PDF without a text layer."),
    ]
    return build_tables(results, merge_events(results))


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


def _id_of(tables, title: str) -> str:
    ev = tables.events
    return str(ev.loc[ev["title"] == title, "event_id"].iloc[0])


def test_documents_report_puts_problems_first(tables) -> None:
    rep = review.documents_report(tables)
    assert list(rep["source_file"]) == ["d.pdf", "c.txt", "a.txt", "b.txt"]
    assert list(rep.columns[:4]) == ["source_file", "status", "message", "n_events"]
    counts = review.status_counts(tables)
    got = dict(zip(counts["status"], counts["documents"], strict=True))
    assert got == {"unreadable": 1, "no_event": 1, "ok": 2}
    assert counts["meaning"].str.len().gt(0).all()


def test_missing_fields(tables) -> None:
    miss = review.missing_fields(tables)
    by_title = {r.title: r for r in miss.itertuples()}
    # the merged event and the online briefing are complete
    assert set(by_title) == {"Consultation somewhere"}
    row = by_title["Consultation somewhere"]
    assert row.no_date and row.no_place and row.no_organiser
    assert row.missing == "date (month only); place; organiser"
    assert row.event_id == _id_of(tables, "Consultation somewhere")


def test_country_only_place_is_reported_as_missing_city() -> None:
    t = sample_tables()
    t.events.loc[t.events["title"] == "Online briefing", ["format", "location_precision"]] = ["in-person",
                                                                                              "country"]
    t.events.loc[t.events["title"] == "Online briefing", "country_iso3"] = "KAZ"
    miss = review.missing_fields(t)
    assert miss.set_index("title").loc["Online briefing", "missing"] == "city (country only)"


def test_unknown_names_grouped_with_counts_and_example(tables) -> None:
    un = review.unknown_names(tables)
    assert list(un["name"]) == ["Frobnitz Institute for Peace", "Zeta Resilience Initiative"]
    first = un.iloc[0]
    assert first["kind"] == "organization"
    assert first["mentions"] == 2 and first["documents"] == 2 and first["events"] == 1
    assert "Frobnitz Institute for Peace" in first["example_snippet"]
    assert first["event_id"] in set(tables.events["event_id"])


def test_merged_events_with_reason(tables) -> None:
    mg = review.merged_events(tables)
    assert len(mg) == 1
    row = mg.iloc[0]
    assert {row["source_file"], row["merged_with"]} == {"a.txt", "b.txt"}
    assert "same dates" in row["reason"] and "common organiser (UNOCT)" in row["reason"]
    assert row["n_sources"] == 2
    assert row["title"] == "UNOCT and OSCE hold workshop in Dushanbe"


def test_weak_evidence(tables) -> None:
    weak = review.weak_evidence(tables)
    got = {(r.field, r.value, r.problem) for r in weak.itertuples()}
    # inferred end date: the quoted sentence does not state it
    assert ("end_date", "2024-05-14", "not in quote") in got
    # evidence pointing outside the text
    assert ("theme", "border_security", "broken span") in got
    # facts without any evidence: the programme, the undated event's type, the online briefing's dates
    assert ("programme", "Zeta Resilience Initiative", "no evidence") in got
    assert ("event_type", "consultation", "no evidence") in got
    assert ("start_date", "2024-07-01", "no evidence") in got
    # well supported facts are not listed: literal, by registry alias, by number, by date
    assert not any(f == "start_date" and v == "2024-05-12" for f, v, _ in got)
    assert ("organization", "UNOCT", "not in quote") not in got  # full name is an alias of UNOCT
    assert ("organization", "UNOCT", "no evidence") not in got
    assert ("participants", "30", "not in quote") not in got
    assert ("city", "Dushanbe", "not in quote") not in got
    assert list(weak["problem"].drop_duplicates()) == ["no evidence", "broken span", "not in quote"]
    legend = review.weak_counts(weak)
    assert list(legend["problem"]) == list(review.WEAK_PROBLEMS)
    assert legend["rows"].sum() == len(weak)


def test_weak_evidence_leaves_inferred_values_to_their_reasoning() -> None:
    """A value the loader worked out (marked inferred, with its reasoning) is not "not in quote": it never
    claimed to be written there. The same row marked stated is listed; a broken span is listed either way."""
    t = sample_tables()
    ev = t.evidence
    end = (ev["field"] == "end_date").to_numpy()
    theme = (ev["field"] == "theme").to_numpy()
    t.evidence = ev.assign(
        confidence=ev["confidence"].mask(end | theme, "inferred"),
        reasoning=ev["reasoning"].mask(end, "'today' read against the publication date"))
    got = {(r.field, r.value, r.problem) for r in review.weak_evidence(t).itertuples()}
    assert ("end_date", "2024-05-14", "not in quote") not in got
    assert ("end_date", "2024-07-01", "no evidence") in got  # no evidence row at all: still listed
    assert ("theme", "border_security", "broken span") in got


@pytest.mark.parametrize(
    ("field", "value", "quote", "stated"),
    [
        ("start_date", "2024-03-04", "on 4 - 7 March 2024", True),
        ("start_date", "2024-03-04", "on 04.03.2024", True),
        ("end_date", "2019-08-08", "concluded today a three-day training", False),
        ("participants", "25", "more than 25 participants", True),
        ("participants", "1200", "some 1,200 people", True),
        ("participants", "30", "thirty officials", True),
        ("participants", "30", "300 officials", False),
        ("city", "Astana", "held in Nur-Sultan", True),
        ("organization", "UNOCT", "the UN Counter-Terrorism Centre (UNCCT)", True),
        ("organization", "UNODC", "the United Nations Office on Drugs and Crime", True),
        ("organization", "UNODC", "UNOCT held", False),
        ("country", "Kyrgyzstan", "officials of the Kyrgyz Republic", True),
        ("event_type", "workshop", "a seminar", True),  # coded: presence of evidence is enough
        ("month", "3", "on 4 - 7 March 2024", True),
        ("month", "8", "concluded today a three-day training", False),
        ("participant_country", "KGZ", "officials of the Kyrgyz Republic", True),
        ("participant_country", "TKM", "all five Central Asian states", False),  # expanded: inferred
        ("duration_days", "3", "a three-day workshop", True),
        # not a day: read as text, not as a date (month 13 used to raise, month 00 to read as December)
        ("start_date", "2023-13-01", "on 1 January 2023", False),
        ("start_date", "2023-00-05", "on 5 December 2023", False),
        ("start_date", "2023-13-01", "the stamp 2023-13-01", True),
    ],
)
def test_value_stated(field, value, quote, stated) -> None:
    assert review.value_stated(field, value, quote, review.registry_aliases()) is stated


def test_registry_aliases_tolerates_missing_files(tmp_path: Path) -> None:
    assert review.registry_aliases(str(tmp_path)) == {}


def test_links_are_url_encoded_and_relative() -> None:
    assert review.event_link("ev-0123456789ab") == "events?event=ev-0123456789ab"
    assert review.event_link("a b&c=<x>") == "events?event=a%20b%26c%3D%3Cx%3E"
    df = review.add_links(pd.DataFrame({"event_id": ["ev-1", None, ""], "x": [1, 2, 3]}))
    assert list(df.columns) == ["open", "event_id", "x"]
    assert list(df["open"]) == ["events?event=ev-1", None, None]


def test_empty_tables(tmp_path: Path) -> None:
    t = load_corpus(tmp_path, use_cache=False)
    for fn in (review.documents_report, review.status_counts, review.missing_fields, review.unknown_names,
               review.merged_events, review.weak_evidence):
        out = fn(t)
        assert isinstance(out, pd.DataFrame) and out.empty
    assert review.missing_fields(t).columns.tolist() == review.MISSING_COLUMNS


def test_runs_on_the_project_documents() -> None:
    raw = Path(__file__).resolve().parent.parent / "raw"
    t = load_corpus(raw, use_cache=False)
    assert len(review.documents_report(t)) == len(t.documents)
    for fn in (review.missing_fields, review.unknown_names, review.merged_events, review.weak_evidence):
        out = fn(t)
        assert set(out["event_id"].dropna()) <= set(t.events["event_id"])


SHARED = Path(os.environ.get("CT_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))


@pytest.mark.shared
def test_runs_on_the_devset(tmp_path: Path) -> None:
    docs = SHARED / "devset" / "docs"
    if not docs.is_dir():
        pytest.skip(f"{docs} is absent")
    shutil.copytree(docs, tmp_path / "docs")
    t = load_corpus(tmp_path / "docs", use_cache=False)
    rep = review.documents_report(t)
    assert set(rep["source_file"]) == {p.name for p in docs.iterdir() if p.is_file()}
    for fn in (review.missing_fields, review.unknown_names, review.merged_events, review.weak_evidence):
        out = fn(t)
        assert set(out["event_id"].dropna()) <= set(t.events["event_id"])


# ------------------------------------------------------------------------------- the review page


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch) -> Path:
    import sys

    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    docs = tmp_path / "raw"
    shutil.copytree(root / "raw", docs)
    (docs / "blank.txt").write_bytes(b"   \n")
    (docs / "copy.txt").write_bytes(sorted((root / "raw").glob("*.txt"))[0].read_bytes())
    (docs / "xss.html").write_text(
        "<html><body><h1>Regional workshop on border security held in Osh &lt;script&gt;alert(1) for the police "
        "officers of the southern regions&lt;/script&gt; and border guards</h1>"
        "<p>A <b>workshop</b> was held in Osh on 3 May 2024 by UNODC.</p></body></html>"
    )
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(docs))
    monkeypatch.setenv("CT_EVENTS_CACHE_DIR", str(tmp_path / "cache"))
    return docs


def test_review_page(app_folder: Path) -> None:
    from streamlit.testing.v1 import AppTest

    page = Path(__file__).resolve().parent.parent / "pages" / "review.py"
    at = AppTest.from_file(str(page), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    tabs = ["Documents", "Missing fields", "Field confidence", "Titles", "Weak evidence", "Unregistered names",
            "Merged events"]
    assert [t.label for t in at.tabs] == tabs
    frames = [d.value for d in at.dataframe]  # the tabs are lazy: only the open one (Documents) is drawn
    counts = next(f for f in frames if list(f.columns) == ["status", "documents", "meaning"])
    assert {"empty", "duplicate"} <= set(counts["status"])
    docs = next(f for f in frames if "source_file" in f.columns and "message" in f.columns)
    # problems first, and only problems by default
    assert {"blank.txt", "copy.txt"} <= set(docs["source_file"])
    assert (docs["status"] != "ok").all()
    # all documents
    at.toggle(key="review_docs_problems").set_value(False)
    at.run()
    docs = next(d.value for d in at.dataframe if "message" in d.value.columns)
    assert len(docs) == len(list(app_folder.iterdir()))

    linked = []
    for tab in tabs[1:]:
        at.query_params["tab"] = tab  # a link review?tab=... opens that tab
        at.run()
        assert not at.exception, (tab, at.exception)
        frames = [d.value for d in at.dataframe]
        linked += [f for f in frames if review.LINK_COLUMN in f.columns]
        # document text is never rendered as markup
        for el in (*at.markdown, *at.caption, *at.success, *at.warning, *at.error, *at.info):
            assert "<script" not in str(el.value)
        if tab == "Field confidence":
            shown = next(f for f in frames if "confidence" in f.columns and "passage" in f.columns)
            # stated values are left out by default; the weakest come first
            assert "stated" not in set(shown["confidence"])
            assert list(shown["confidence"]) == sorted(shown["confidence"], key=review.CONFIDENCE_ORDER.index)
            assert at.get("download_button")
            at.multiselect(key="review_confidence_fields").set_value(["Participants"]).run()
            only = next(d.value for d in at.dataframe if "passage" in d.value.columns)
            assert set(only["field"]) == {"participants"}
        if tab == "Titles":
            titles = next(f for f in frames if "problem" in f.columns and "detail" in f.columns)
            assert "Conference in Tashkent, 2024-09" in set(titles["title"])  # the seeds' generated title
            assert "markup-like" in set(titles["problem"])  # xss.html's headline holds &lt;script&gt;
    assert linked, "no table links to the Events page"
    for f in linked:
        assert f[review.LINK_COLUMN].dropna().str.fullmatch(r"events\?event=ev-[0-9a-f]{12}").all()

    # only what the filters keep
    at.toggle(key="review_filtered").set_value(True)
    at.run()
    assert not at.exception, at.exception
