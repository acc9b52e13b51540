"""data_loader.review.curator gives exactly the frames of the old row-by-row code (tests/review_reference.py).

The review tables were rewritten to work on whole columns; a curator must not see one row more,
less or elsewhere. Every table is compared with ``assert_frame_equal`` (values, order, dtypes, index)
on generated tables full of edge cases (broken spans, coded fields, dates, numbers in figures and in
words, month fields, registry aliases, non-ASCII quotes), on the hand-made tables of the other tests,
and on the project's documents and the shared development set.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest
import review_reference as ref
from app_tables import make_tables
from conftest import DEVSET_DOCS, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader import Tables, load_corpus
from data_loader import columns as C
from data_loader.review import cells as review_cells
from data_loader.review import curator as review
from data_loader.review import evidence_check, evidence_rule
from data_loader.tables.schema import coerce_and_validate

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
          "participant_country", "place", "dates", "weird field", "<NA>"]


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
            # a missing id or field is invalid, but a table loaded without validation may have one
            "event_id": draw(st.sampled_from([*EVENT_IDS, "ev-ffffffffffff", None])),
            "field": draw(st.sampled_from([*FIELDS, None])), "value": draw(VALUES), "source_file": src,
            "start": start, "end": end,
            "snippet": draw(st.one_of(st.sampled_from(SENTENCES), st.none(), st.text(max_size=12))),
            # rows marked inferred or guessed are not read against their quote; anything else is
            "confidence": draw(st.sampled_from(["stated", "inferred", "guessed", None, "", "Inferred"])),
            "reasoning": draw(st.sampled_from(["", "the country of Almaty", None])),
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
    some_ids = st.sampled_from([*ids, None])
    # roles outside the vocabulary too: missing, written like a missing one, named like a scalar field
    roles = st.sampled_from(["organizer", "funder", "partner", None, "<NA>", "city"])
    orgs = draw(st.lists(st.tuples(some_ids, st.sampled_from(NAMES), roles), max_size=6))
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
        evidence=pd.DataFrame(draw(evidence_rows(texts)), columns=C.EVIDENCE + C.EVIDENCE_EXTRA),
        unknown_names=pd.DataFrame(columns=C.UNKNOWN_NAMES),
        merges=pd.DataFrame(columns=C.MERGES),
        texts=texts,
    )
    return coerce_and_validate(tables, validate=False)


#: made-up registries: multi-word aliases, an alias that is another value, one made of punctuation
ALIASES = st.dictionaries(
    st.sampled_from([review_cells._norm(n) for n in NAMES]),
    st.lists(st.sampled_from([review_cells._norm(n) for n in NAMES] + ["almaty kazakhstan", "", "un office"]),
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


def test_weak_evidence_of_facts_whose_event_id_is_missing_in_every_row():
    """A theme row with no event id (a table loaded without validation) and no evidence at all: the one weak row
    has a missing id, and its id column is still text (a case the generated tables reached only rarely)."""
    event = {c: None for c in C.EVENTS + C.EVENTS_EXTRA} | {"event_id": EVENT_IDS[0]}
    empty = {name: pd.DataFrame(columns=cols) for name, cols in [
        ("event_sources", C.EVENT_SOURCES), ("event_countries", C.EVENT_COUNTRIES),
        ("event_organizations", C.EVENT_ORGANIZATIONS), ("event_programmes", C.EVENT_PROGRAMMES),
        ("documents", C.DOCUMENTS + C.DOCUMENTS_EXTRA), ("evidence", C.EVIDENCE + C.EVIDENCE_EXTRA),
        ("unknown_names", C.UNKNOWN_NAMES), ("merges", C.MERGES)]}
    tables = coerce_and_validate(Tables(
        events=pd.DataFrame([event], columns=C.EVENTS + C.EVENTS_EXTRA),
        event_themes=pd.DataFrame([(None, "cbrn")], columns=C.EVENT_THEMES), texts={}, **empty), validate=False)
    assert_same(review.weak_evidence(tables, None), ref.weak_evidence(tables, None))


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


#: (field, value, sentence, document text, quoted span of it): one evidence row each, for every way a
#: value may be stated by the sentence, by the span, by both together, or not at all
QUOTE_CASES = [
    ("city", "Almaty Kazakhstan", "held in Almaty, Kazakhstan today", "Almaty, Kazakhstan", "Almaty"),
    ("city", "Almaty Kazakhstan", "the workshop in Almaty", "Kazakhstan hosted", "Kazakhstan"),  # straddles
    ("city", "Almaty Kazakhstan", "the workshop in Almaty", "Kazakhstan hosted", "hosted"),
    ("city", "Almaty", "held in Almatyville", "Almatyville", "Almaty"),  # a word of the span only
    ("city", "Astana", "held in the capital", "in Nur-Sultan", "Nur-Sultan"),  # by alias, in the span
    ("city", "Astana", "held in the capital", "in Nur\u2013Sultan", "Nur\u2013Sultan"),  # en dash
    ("organizer", "UNOCT", "the UN Counter-Terrorism Centre (UNCCT) and", "partners", "partners"),
    ("organizer", "UNOCT", "T\u00fcrkiye and UNOCT", "UNOCT", "UNOCT"),  # not plain: the rule decides
    ("country", "Kyrgyzstan", "officials of the Kyrgyz", "Republic took part", "Republic"),
    ("start_date", "2024-03-04", "on 4 - 7", "March 2024", "March"),  # month in the span
    ("start_date", "2024-03-04", "on 4.3.2024 in", "Almaty", "Almaty"),
    ("start_date", "2024-03-04", "dated x2024-03-04", "here", "here"),  # ISO form not a word
    ("start_date", "2024-03-04", "dated 2024-03-04.", "here", "here"),
    ("start_date", "2024-03-04", "on 04/03/", "2024", "2024"),  # straddles
    ("start_date", "2024-03-04", "on 14-3-2024", "x", "x"),
    ("end_date", "2019-08-08", "concluded today", "a three-day training", "training"),
    ("month", "3", "on 4 - 7", "Mar. 2024", "Mar."),
    ("month", "3", "on 4 - 7", "mars 2024", "mars"),
    ("month", "12", "\u017fome day in DEC", "x", "x"),
    ("participants", "25", "with twenty", "five experts", "five"),  # words straddle: 25, not 20
    ("participants", "20", "with twenty", "five experts", "five"),
    ("participants", "905", "nine hundred", "and five people", "and five"),
    ("participants", "1200", "some", "1,200 people", "1,200"),
    ("participants", "1200", "some 1,2000", "people", "people"),
    ("participants", "1200", "some x.1,200", "people", "people"),  # "1,200" after a point: not the count
    ("participants", "3", "a \u2013three-day course", "x", "x"),
    ("participants", "3", "a 2023 course", "x", "x"),
    ("participants", "30", "\uff13\uff10 officials", "x", "x"),
    ("duration_days", "3", "a three-day", "workshop", "workshop"),
    ("duration_days", "3", "a thirty-day", "workshop", "workshop"),
    ("year", "2024", "in 2024.", "x", "x"),
    ("lat", "43.25", "at 43.25 north", "x", "x"),
    ("lat", "43.25", "at 43", "25 north", "25"),
    ("event_type", "", "a workshop", "x", "x"),  # coded field without a value
    ("event_type", "seminar", "a workshop", "x", "x"),
    ("city", "", "held in Almaty", "x", "x"),
]


def _quote_case_tables() -> Tables:
    texts, evidence = {}, []
    for i, (field, value, sentence, text, span) in enumerate(QUOTE_CASES):
        texts[f"q{i}.txt"] = text
        start = text.index(span)
        evidence.append({"event_id": EVENT_IDS[i % 2], "field": field, "value": value, "source_file": f"q{i}.txt",
                         "start": start, "end": start + len(span), "snippet": sentence})
    tables = Tables(
        events=pd.DataFrame([{"event_id": e, "title": f"Event {e}"} for e in EVENT_IDS[:2]],
                            columns=C.EVENTS + C.EVENTS_EXTRA),
        event_sources=pd.DataFrame(columns=C.EVENT_SOURCES), event_countries=pd.DataFrame(columns=C.EVENT_COUNTRIES),
        event_organizations=pd.DataFrame(columns=C.EVENT_ORGANIZATIONS),
        event_programmes=pd.DataFrame(columns=C.EVENT_PROGRAMMES), event_themes=pd.DataFrame(columns=C.EVENT_THEMES),
        documents=pd.DataFrame(columns=C.DOCUMENTS + C.DOCUMENTS_EXTRA),
        evidence=pd.DataFrame(evidence, columns=C.EVIDENCE), unknown_names=pd.DataFrame(columns=C.UNKNOWN_NAMES),
        merges=pd.DataFrame(columns=C.MERGES), texts=texts,
    )
    return coerce_and_validate(tables, validate=False)


def test_every_way_of_stating_a_value_gives_the_reference_verdict() -> None:
    tables = _quote_case_tables()
    aliases = {**review.registry_aliases(), "almaty": frozenset({"almaty", "almaty kazakhstan"})}
    for chosen in (None, aliases):
        new, old = review.weak_evidence(tables, chosen), ref.weak_evidence(tables, chosen)
        assert_same(new, old)
    # the cases are the ones meant: these rows state their value, the others are listed
    stated = set(range(len(QUOTE_CASES))) - {int(f[1:-4]) for f in old["source_file"]}
    assert stated == {0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 18, 19, 21, 22, 25, 28, 30, 31, 32, 34}


def test_rows_marked_inferred_or_guessed_are_not_read_against_their_quote() -> None:
    """The rule changed on purpose (issue 12): the same quotes, marked inferred or guessed, list nothing as
    "not in quote"; a broken span is still listed. Both implementations agree."""
    tables = _quote_case_tables()
    stated = review.weak_evidence(tables)
    assert (stated["problem"] == "not in quote").any()
    ev = tables.evidence.assign(confidence=pd.Series(["inferred", "guessed"] * len(tables.evidence),
                                                      dtype="string")[: len(tables.evidence)].to_numpy())
    ev.loc[0, "end"] = 10_000  # outside its text: broken, whatever the confidence
    tables.evidence = ev
    new = review.weak_evidence(tables)
    assert_same(new, ref.weak_evidence(tables))
    assert set(new["problem"]) == {"broken span"} and new["source_file"].tolist() == ["q0.txt"]


def test_columns_of_other_types_give_the_reference_tables() -> None:
    """Tables not run through the schema: float spans (with gaps) and text columns of Python objects."""
    tables = _quote_case_tables()
    ev = tables.evidence.astype({"start": float, "end": float, "value": object, "field": object})
    ev.loc[[1, 4], "start"] = float("nan")
    ev.loc[2, "end"] = 3.7
    tables.evidence = ev
    tables.events = tables.events.astype({"title": object})
    assert_same(review.weak_evidence(tables), ref.weak_evidence(tables))
    assert_same(review.missing_fields(tables), ref.missing_fields(tables))


def test_hand_made_tables_give_the_reference_tables() -> None:
    for tables in _hand_made():
        assert_same(review.weak_evidence(tables), ref.weak_evidence(tables))
        assert_same(review.missing_fields(tables), ref.missing_fields(tables))


def test_empty_tables_give_the_reference_tables(tmp_path) -> None:
    t = load_corpus(tmp_path, use_cache=False)
    for new, old in ((review.weak_evidence, ref.weak_evidence), (review.missing_fields, ref.missing_fields)):
        assert_same(new(t), old(t))


def _real(folder) -> Tables:
    return load_corpus(folder, use_cache=False)


def test_project_documents_give_the_reference_tables() -> None:
    t = _real(ROOT / "raw")
    assert_same(review.weak_evidence(t), ref.weak_evidence(t))
    assert_same(review.missing_fields(t), ref.missing_fields(t))


@pytest.mark.shared
def test_devset_gives_the_reference_tables() -> None:
    if not DEVSET_DOCS.is_dir():
        pytest.skip(f"{DEVSET_DOCS} is absent")
    t = _real(DEVSET_DOCS)
    assert not t.evidence.empty
    assert_same(review.weak_evidence(t), ref.weak_evidence(t))
    assert_same(review.missing_fields(t), ref.missing_fields(t))


# ------------------------------------------------------------------ the bulk check's building blocks
#
# The frames above are the contract; these pin down the facts the bulk check rests on, so that a
# failure says which one broke.

#: pieces of text: ASCII words, figures and dates, separators, the stand-in characters and characters
#: that must make the plain form give up (they change under NFKC or casefolding, or are word characters)
PIECES = ["march", "Mar", "mar.", "DEC", "2024", "2024-03-04", "4.3.2024", "04/03/2024", "3", "25", "1,200",
          "1200", "twenty", "Twenty-five", "five", "one hundred", "nine hundred and five", "three-day", "Two",
          "THIRTEEN", "ten", "ninety-nine", "hundred", "one", "and", "zero",
          "almaty", "Kazakhstan", "nur-sultan", "counter", "_", "-", ".", ",", "/", " ", "  ", "\t", "\n", "\x1c",
          "\x00", "\x7f", "(", ")", "'", *evidence_check._STANDINS,
          "\u00fc", "\u017f", "\u212a", "\ufb01", "\u0301", "\uff12", "\u0663", "\u00df", "\u200b", "\u00b2"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=TEXTS)
def test_plain_form_is_the_normal_form_one_character_for_one(text: str) -> None:
    plain = evidence_check._plain(text)
    if plain is None:
        assert any(c not in evidence_check._STANDINS and not c.isascii() for c in text)
        return
    assert len(plain) == len(text) and set(plain) <= set("abcdefghijklmnopqrstuvwxyz0123456789_- ")
    assert " ".join(plain.split()) == review_cells._norm(text)
    # the month test reads the casefolded quote; it reads the same on the plain form
    for month in range(1, 13):
        assert evidence_rule._month_named(month, plain) == evidence_rule._month_named(month, text.casefold())
    # a number the plain form has as a word is in figures in the text (what the sentence test trusts)
    for n in (3, 25, 1200, 2024):
        if f" {n} " in f" {plain} ":
            assert evidence_rule._number_pattern(n).search(text)
    # a number in words needs its first word; case does not matter to NUMBER_WORDS in such a text
    for n in (0, 1, 2, 3, 5, 10, 13, 19, 20, 25, 99, 100, 905, 1200):
        in_words = evidence_rule._number_in_words(n, text)
        assert evidence_rule._number_in_words(n, text, True) == in_words
        if in_words:
            assert evidence_check._number_word(n) in plain


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(TEXTS, max_size=6))
def test_plain_forms_in_a_batch_are_each_text_s(texts: list[str]) -> None:
    expected = ["" if (p := evidence_check._plain(t)) is None else f" {p} " for t in texts]
    assert evidence_check._padded_plains(texts) == expected


def test_stand_ins_behave_like_their_ascii_characters_in_every_check() -> None:
    for c, stand_in in evidence_check._STANDINS.items():
        assert c.casefold() == c and not re.match(r"\w", c) and unicodedata.combining(c) == 0
        image = review_cells._PUNCT.sub(" ", review_cells._DASHES.sub("-", unicodedata.normalize("NFKC", c).casefold()))
        assert image == "-" if stand_in == "-" else not image.split()
        for other in map(chr, range(128)):  # normalises on its own, whatever comes before or after it
            assert unicodedata.normalize("NFKC", other + c + other) == other + unicodedata.normalize("NFKC", c) + other
            assert review_cells._norm(f"a{other}{c}{other}b") == review_cells._norm(f"a{other}{stand_in}{other}b")


@settings(max_examples=500, deadline=None)
@given(text=TEXTS, n=st.sampled_from([0, 3, 4, 25, 200, 1200, 2024, 12000]))
def test_figures_test_is_the_number_pattern(text: str, n: int) -> None:
    found = evidence_check._bounded(text, str(n), "") or evidence_check._bounded(text, f"{n:,}", ",.")
    assert found == (evidence_rule._number_pattern(n).search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(text=TEXTS, day=st.sampled_from([(2024, 3, 4), (2024, 12, 31), (2023, 1, 5)]))
def test_day_in_figures_is_the_numeric_date_pattern_when_it_answers(text: str, day: tuple[int, int, int]) -> None:
    year, month, d = day
    answer = evidence_check._date_in_figures(year, month, d, text)
    assert evidence_check._has_word(text, f"{year}-{month:02d}-{d:02d}") == (
        re.search(rf"\b{year}-{month:02d}-{d:02d}\b", text) is not None)
    if answer is not None:
        assert answer == (evidence_rule._numeric_date(year, month, d).search(text.casefold()) is not None)


@settings(max_examples=200, deadline=None)
@given(ids=st.lists(st.one_of(st.none(), st.sampled_from(EVENT_IDS), st.text(max_size=6), st.integers(),
                              st.text(st.sampled_from("aZ09_.~- /%&\u00e9<>+"), max_size=6)), max_size=8),
       dtype=st.sampled_from(["object", "string", "str"]))
def test_links_are_the_reference_links(ids: list, dtype: str) -> None:
    if dtype != "object" and any(isinstance(i, int) for i in ids):
        ids = [None if isinstance(i, int) else i for i in ids]
    df = pd.DataFrame({"event_id": pd.Series(ids, dtype=dtype), "x": range(len(ids))})
    for page in ("events", "a b"):
        assert_same(review.add_links(df, page), ref.add_links(df, page))
        for i in ids:
            assert review.event_link(i, page) == ref.event_link(i, page)
