"""data_loader.review gives exactly the frames of the old row-by-row code (tests/review_reference.py).

The review tables were rewritten to work on whole columns; a curator must not see one row more,
less or elsewhere. Every table is compared with ``assert_frame_equal`` (values, order, dtypes, index)
on generated tables full of edge cases (broken spans, coded fields, dates, numbers in figures and in
words, month fields, registry aliases, non-ASCII quotes), on the hand-made tables of the other tests,
and on the project's documents and the shared development set.
"""

from __future__ import annotations

import pandas as pd
import pytest
import review_reference as ref
from app_tables import make_tables
from conftest import DEVSET_DOCS, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader import Tables, load_corpus, review
from data_loader import columns as C
from data_loader.schema import coerce_and_validate

EVENT_IDS = [f"ev-{i:012x}" for i in range(4)]
DOCS = ["a.txt", "b.txt", "c.txt", "empty.txt", "gone.txt"]  # empty.txt has "" as text, gone.txt none

#: sentences the texts and snippets are made of: aliases, dates and counts written every way the rule
#: reads them, and characters whose normalisation is not plain ASCII lower-casing
SENTENCES = [
    "UNOCT held a workshop in Almaty, Kazakhstan on 4\u20137 March 2024 for 25 officials.",
    "Some 1,200 people attended in Nur-Sultan.",
    "Thirty officials of the Kyrgyz Republic took part.",
    "The United Nations Office of Counter-Terrorism (UNOCT) met on 04.03.2024 in Dushanbe.",
    "It concluded today a three-day training.",
    "Twenty five experts and twenty-five judges; nine hundred, and five.",
    "Held in T\u00fcrkiye with \u00abpartners\u00bb and \u201cfriends\u201d\u00a0today\u2026 in Almaty",
    "\uff35\uff2e\uff2f\uff23\uff34 and \uff13\uff10 people in \uff21\uff4c\uff4d\uff41\uff54\uff59",  # fullwidth
    "\ufb01nancing of terrorism in Stra\u00dfe, \u017fix experts, 3\u212a",  # ligature, sharp s, long s, Kelvin
    "The MAR meeting in mar; the 12th of dec. 2023-12-31 and 31/12/2023.",
    "-25 and 25-member teams, 2024-03-04 was the day, 1200 in all, .25 and 25,",
    "Kazakhstan\u0301 and Almaty\tKazakhstan\x1cand\u2014counter\u2013terrorism \ufffd",
    "European Union, Japan and the OSCE funded the Zeta Resilience Initiative.",
    "Almaty",
    "",
]
NAMES = ["Almaty", "Astana", "Nur-Sultan", "Kazakhstan", "Kyrgyzstan", "KGZ", "UNOCT", "UNODC", "OSCE",
         "United Nations Office of Counter-Terrorism", "European Union", "Japan", "T\u00fcrkiye",
         "Zeta Resilience Initiative", ".", "Almaty Kazakhstan", "counter-terrorism", "counter\u2013terrorism",
         "43.25", "Dushanbe", "TJK", "KAZ", "ALMATY", "\ufb01nancing", "financing", "strasse"]
#: no month 13: value_stated raises IndexError on "2024-13-01" (MONTHS[12]), before and after the rewrite
DATES = ["2024-03-04", "2024-03-07", "2023-12-31", "2024-3-4", "\uff12\uff10\uff12\uff14-03-04", "2024-00-05",
         "2024-02-30"]
NUMBERS = ["25", "1200", "30", "3", "0", "25.0", "1,200", "905", "900", "\u0663", "\uff13\uff10", "-25", "2023"]
MONTH_VALUES = ["3", "03", "12", "13", "0", "mar"]
CODED = ["workshop", "virtual", "day", "cbrn", "exact", "A summary.", "KAZ"]
VALUES = st.one_of(st.sampled_from(NAMES + DATES + NUMBERS + MONTH_VALUES + CODED), st.none(), st.just(""))
FIELDS = [*review.SCALAR_FACTS, *review.CODED_FIELDS, "month", "year", "lat", "lon", "duration_days",
          "published_date", "organizer", "funder", "partner", "participant", "organization", "programme",
          "participant_country", "place", "dates", "weird field"]


def _text(parts: list[str]) -> str:
    return " ".join(parts)


@st.composite
def evidence_rows(draw, texts: dict[str, str]) -> list[dict]:
    rows = []
    for _ in range(draw(st.integers(0, 30))):
        src = draw(st.sampled_from(DOCS))
        length = len(texts.get(src, ""))
        start = draw(st.one_of(st.integers(0, max(length - 1, 0)), st.integers(-3, length + 5), st.none()))
        end = draw(st.one_of(
            st.integers(1, 40).map(lambda n, s=start: (s or 0) + n), st.integers(-3, length + 5), st.none()))
        rows.append({
            "event_id": draw(st.sampled_from([*EVENT_IDS, "ev-ffffffffffff"])),
            "field": draw(st.sampled_from(FIELDS)), "value": draw(VALUES), "source_file": src,
            "start": start, "end": end,
            "snippet": draw(st.one_of(st.sampled_from(SENTENCES), st.none(), st.text(max_size=12))),
        })
    return rows


@st.composite
def generated_tables(draw) -> Tables:
    """Up to four events with their facts and up to 30 evidence rows, coerced like a real load
    (``validate=False``: the edge cases a real load would reject are kept)."""
    texts = {d: _text(draw(st.lists(st.sampled_from(SENTENCES[:-1]), min_size=1, max_size=4)))
             for d in DOCS[:3]}
    texts["empty.txt"] = ""
    ids = draw(st.lists(st.sampled_from(EVENT_IDS), min_size=1, max_size=4, unique=True))
    opt = lambda values: st.one_of(st.none(), st.sampled_from(values))  # noqa: E731
    events = [{
        "event_id": eid, "title": draw(opt(["A workshop", "", "=HYPERLINK()"])),
        "event_type": draw(opt(["workshop", "training"])), "format": draw(opt(["in-person", "virtual"])),
        "start_date": draw(opt(["2024-03-04", "2023-12-31"])), "end_date": draw(opt(["2024-03-07"])),
        "date_precision": draw(opt(["day", "month", "year"])), "year": draw(opt([2024])),
        "month": draw(opt([3])), "city": draw(opt(["Almaty", "Astana", ""])),
        "country_iso3": draw(opt(["KAZ", "KGZ", ""])), "country": draw(opt(["Kazakhstan", "Kyrgyzstan"])),
        "location_precision": draw(opt(["city", "country", "virtual"])),
        "participants": draw(opt([25, 1200, 30])), "summary": "A summary.",
        "sources": draw(opt(["a.txt", "a.txt; b.txt"])),
    } for eid in ids]
    some_ids = st.sampled_from(ids)
    orgs = draw(st.lists(st.tuples(some_ids, st.sampled_from(NAMES),
                                   st.sampled_from(["organizer", "funder", "partner"])), max_size=6))
    progs = draw(st.lists(st.tuples(some_ids, st.sampled_from(NAMES)), max_size=3))
    themes = draw(st.lists(st.tuples(some_ids, st.sampled_from(["cbrn", "financing", ""])), max_size=3))
    countries = draw(st.lists(st.tuples(some_ids, st.sampled_from(["KAZ", "KGZ", "TJK", "XXX"]),
                                        st.sampled_from(["participant", "host"])), max_size=6))
    tables = Tables(
        events=pd.DataFrame(events, columns=C.EVENTS + C.EVENTS_EXTRA),
        event_sources=pd.DataFrame(columns=C.EVENT_SOURCES),
        event_countries=pd.DataFrame([(e, i, "", r) for e, i, r in countries], columns=C.EVENT_COUNTRIES),
        event_organizations=pd.DataFrame(orgs, columns=C.EVENT_ORGANIZATIONS),
        event_programmes=pd.DataFrame(progs, columns=C.EVENT_PROGRAMMES),
        event_themes=pd.DataFrame(themes, columns=C.EVENT_THEMES),
        documents=pd.DataFrame(columns=C.DOCUMENTS + C.DOCUMENTS_EXTRA),
        evidence=pd.DataFrame(draw(evidence_rows(texts)), columns=C.EVIDENCE),
        unknown_names=pd.DataFrame(columns=C.UNKNOWN_NAMES),
        merges=pd.DataFrame(columns=C.MERGES),
        texts=texts,
    )
    return coerce_and_validate(tables, validate=False)


#: made-up registries: multi-word aliases, an alias that is another value, one made of punctuation
ALIASES = st.dictionaries(
    st.sampled_from([review._norm(n) for n in NAMES]),
    st.lists(st.sampled_from([review._norm(n) for n in NAMES] + ["almaty kazakhstan", "", "un office"]),
             max_size=4).map(frozenset),
    max_size=6,
)


def assert_same(new: pd.DataFrame, old: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(new, old)


# ------------------------------------------------------------------------------- generated tables


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables=generated_tables(), aliases=st.one_of(st.none(), ALIASES))
def test_weak_evidence_equals_the_row_by_row_reference(tables: Tables, aliases) -> None:
    assert_same(review.weak_evidence(tables, aliases), ref.weak_evidence(tables, aliases))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables=generated_tables())
def test_missing_fields_equals_the_row_by_row_reference(tables: Tables) -> None:
    assert_same(review.missing_fields(tables), ref.missing_fields(tables))


# ------------------------------------------------------------------------------ hand-made and real


def _hand_made() -> list[Tables]:
    from test_review import sample_tables

    broken = make_tables()
    ev = broken.evidence
    extra = pd.DataFrame([
        # NaN start, NaN end, end <= start, start < 0, end beyond the text, empty snippet, unknown file
        {"event_id": "ev-a", "field": "city", "value": "Almaty", "source_file": "ev-a.txt", "start": None,
         "end": 5, "snippet": "x"},
        {"event_id": "ev-a", "field": "city", "value": "Almaty", "source_file": "ev-a.txt", "start": 5,
         "end": None, "snippet": "x"},
        {"event_id": "ev-a", "field": "country", "value": "Kazakhstan", "source_file": "ev-a.txt", "start": 9,
         "end": 9, "snippet": "in Kazakhstan"},
        {"event_id": "ev-b", "field": "city", "value": "Tashkent", "source_file": "ev-b.txt", "start": -1,
         "end": 4, "snippet": "Tashkent"},
        {"event_id": "ev-b", "field": "city", "value": "Tashkent", "source_file": "ev-b.txt", "start": 0,
         "end": 10_000, "snippet": "Tashkent"},
        {"event_id": "ev-c", "field": "participants", "value": "40", "source_file": "ev-c.txt", "start": 0,
         "end": 4, "snippet": ""},
        {"event_id": "ev-c", "field": "participants", "value": "40", "source_file": "nowhere.txt", "start": 0,
         "end": 4, "snippet": "forty people"},
        {"event_id": "ev-d", "field": "start_date", "value": "2024-12-17", "source_file": "ev-d.txt",
         "start": 0, "end": 4, "snippet": "on 17.12.2024"},
        {"event_id": "ev-d", "field": "month", "value": "12", "source_file": "ev-d.txt", "start": 0, "end": 4,
         "snippet": "in Dec 2024"},
        {"event_id": "ev-d", "field": "event_type", "value": "conference", "source_file": "ev-d.txt",
         "start": 0, "end": 4, "snippet": "a meeting"},
    ], columns=C.EVIDENCE)
    broken.evidence = pd.concat([ev, extra.astype(ev.dtypes.to_dict())], ignore_index=True)
    return [make_tables(), broken, sample_tables()]


def test_hand_made_tables_give_the_reference_tables() -> None:
    for tables in _hand_made():
        assert_same(review.weak_evidence(tables), ref.weak_evidence(tables))
        assert_same(review.missing_fields(tables), ref.missing_fields(tables))
        assert_same(review.unknown_names(tables), ref.unknown_names(tables))


def test_empty_tables_give_the_reference_tables(tmp_path) -> None:
    t = load_corpus(tmp_path, use_cache=False)
    for new, old in ((review.weak_evidence, ref.weak_evidence), (review.missing_fields, ref.missing_fields),
                     (review.unknown_names, ref.unknown_names)):
        assert_same(new(t), old(t))


def _real(folder) -> Tables:
    return load_corpus(folder, use_cache=False)


def test_project_documents_give_the_reference_tables() -> None:
    t = _real(ROOT / "raw")
    assert_same(review.weak_evidence(t), ref.weak_evidence(t))
    assert_same(review.missing_fields(t), ref.missing_fields(t))
    assert_same(review.unknown_names(t), ref.unknown_names(t))


@pytest.mark.shared
def test_devset_gives_the_reference_tables() -> None:
    if not DEVSET_DOCS.is_dir():
        pytest.skip(f"{DEVSET_DOCS} is absent")
    t = _real(DEVSET_DOCS)
    assert not t.evidence.empty
    assert_same(review.weak_evidence(t), ref.weak_evidence(t))
    assert_same(review.missing_fields(t), ref.missing_fields(t))
    assert_same(review.unknown_names(t), ref.unknown_names(t))
