"""Prefilters (the words every match of a pattern needs) and the searches that use them must find
exactly what the plain patterns find."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from data_loader.extract import dates, event_attendance, event_base, event_organisers, events, mentions, roles
from data_loader.textscan import prefilter, required_word_sets, required_words


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:funded|sponsored)\s+by\b", {"funded", "sponsored"}),
    (r"\b(?:funded|financed)\s+by\b", {"unded", "inanced"}),  # re's parser takes the common "f" out
    (r"x(?:abc)+y|zzz", {"abc", "zzz"}),
    (r"(?:held|hosted)?\s+in\b", {"in"}),  # "held" and "hosted" are optional
    (r"[A-Z]\w*(?:held)?", None),
    (r"[A-Z]\w+", None),
    (r"(?i)funded by", None),  # case folded: the words as written say nothing
    (r"a(?i:bcd)e", {"a"}),
    (r"(?:April|Apr)\.? 20\d\d", {"Apr"}),  # a word that contains another is implied by it
    (r"\bnext\s+(?:one|meeting)s?\s+(?:will|is)\b", {"next"}),
])
def test_required_words_are_read_from_the_pattern(pattern, words):
    found = required_words(re.compile(pattern))
    assert (None if found is None else set(found)) == words


@pytest.mark.parametrize(("pattern", "sets"), [
    # the look-ahead's words too ("hosted" and "convened": re's parser would take a common first letter out)
    (r"\b(?:hosted|convened)\s+(?:a|the)\s+(?=[^.]{0,9}(?:workshop|course))",
     [{"hosted", "convened"}, {"workshop", "course"}, {"a", "the"}]),
    (r"\bwith\s+the\s+leading\s+role\b", [{"leading"}, {"with"}, {"role"}, {"the"}]),
    (r"(?:economic|trade)\s+(?:forums?|talks)", [{"economic", "trade"}, {"forum", "talks"}]),
    (r"(?i)funded by", []),
])
def test_every_set_of_needed_words_is_read_from_the_pattern(pattern, sets):
    assert [set(ws) for ws in required_word_sets(re.compile(pattern))] == sets


def test_a_cue_needs_a_word_of_each_further_set_only_where_it_is_worth_looking_for():
    assert set(map(frozenset, roles._ACTIVE.need.also)) == {frozenset(event_base._EVENT_NOUN.need.words)}
    assert prefilter(re.compile(r"\bwith\s+the\s+leading\s+role\b"), shared=True).also == (("role",),)
    assert prefilter(re.compile(r"\bwith\s+the\s+leading\s+role\b")).also == ()  # not in the shared pass


def test_short_words_give_no_prefilter():
    assert prefilter(re.compile(r"\bin\s+[A-Z]")) is None
    assert prefilter(re.compile(r"(?:May|June) \d+")).pattern == "June|May"


#: cues whose words are in about half the sentences asked (event nouns, people, holding verbs)
_NOUN_AND_VERB_CUES = (event_base._EVENT_NOUN, event_attendance._ANCHOR, event_attendance._PEOPLE_CUE, roles._ACTIVE,
                       roles._WEAK_ACTIVE, events._HAPPENED)


def _gated_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(pattern, its prefilter) of every prefiltered search of the extraction (cues: their lower-case form)."""
    out = [(pat, need) for (_, pat), need in zip(dates.PATTERNS, dates._NEEDS, strict=True) if need]
    out += [(rx.plain, rx.need) for rx in (event_attendance._CA_GROUP, mentions._GOV_OF)]
    # (not _ACTIVE: no text can be drawn from its look-behind and look-ahead; the searches below compare it)
    out += [(cue.lc, cue.need) for cue in (event_base._FUTURE, roles._FUNDING_VERB, *(rx for _, rx in roles._CUE_RES),
                                          *(c for c in _NOUN_AND_VERB_CUES if c is not roles._ACTIVE))]
    assert all(need is not None for _, need in out)
    return out


@pytest.mark.parametrize(("pattern", "need"), _gated_patterns(), ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_text_a_pattern_matches_passes_its_prefilter(pattern, need, data):
    """Texts drawn from the pattern itself (every branch, every optional part): each one it matches
    holds one of the words of its prefilter."""
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text):
        assert need.search(text), text


CUE_WORDS = st.sampled_from([
    "The", "Workshop", "was", "funded", "FUNDED", "by", "Japan", "with", "the", "financial", "Support", "of", "will",
    "be", "held", "next", "week", "Central", "Asian", "States", "countries", "of", "region", "all", "five",
    "Ministry", "Foreign", "Affairs", "Embassy", "in", "to", "representatives", "from", "thanks", "made",
    "possible", "in", "cooperation", "planned", "partnership", "İ", "ı", ",", ".",
    # whole phrases, so that a search of few words is tried on what it looks for
    "Central Asian States", "all five countries of the region", "countries of Central Asia",
    "the Ministry of Foreign Affairs of the", "Embassy in", "funded by", "with the financial support of",
    "will be held", "is scheduled", "plans to hold", "in close cooperation with", "under the auspices of",
    "representatives of", "donors were", "with funding from", "part of a joint initiative of", "provided funding",
    "donated the funds", "contributed a grant",
    # event nouns, people and holding verbs
    "officials", "Experts", "took part", "training course", "conference", "three-day", "programme", "launch",
    "organized", "conducted", "co-hosted", "delegation", "police officers", "MPs", "heads of delegations", "UN-led",
])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(CUE_WORDS, max_size=20))
def test_prefiltered_searches_find_what_the_plain_patterns_find(words):
    text = " ".join(words)
    for rx, plain in [(rx, rx.plain) for rx in (event_attendance._CA_GROUP, mentions._GOV_OF)] + \
            [(cue, cue.ci) for cue in (event_base._FUTURE, roles._FUNDING_VERB, *(cue for _, cue in roles._CUE_RES),
                                       *_NOUN_AND_VERB_CUES)]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert _span(rx.search(text)) == _span(plain.search(text))
        assert _span(rx.search(text + " of the")) == _span(plain.search(text + " of the"))


@settings(max_examples=300, deadline=None)
@given(words=st.lists(CUE_WORDS, max_size=20), glue=st.sampled_from(["", " "]))
def test_the_shared_pass_for_the_words_of_all_cues_answers_as_each_cue_alone(words, glue):
    """One pass finds the words of every cue (textscan._WordsHeld): each cue's answer is the one its own
    substring tests give, also for words glued into others and for a text asked again."""
    text = glue.join(words).lower()
    cues = [event_base._FUTURE, roles._FUNDING_VERB, roles._PARTICIPATION, *(cue for _, cue in roles._CUE_RES),
            *_NOUN_AND_VERB_CUES]
    for _ in range(2):
        for cue in cues:
            expected = all(any(w in text for w in ws) for ws in (cue.need.words, *cue.need.also))
            assert cue.need.found_in(text) == expected, (cue.source[:40], text)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


# ---------------------------------------------------------------- dates

DATE_PIECES = st.sampled_from([
    "4", "7", "30", "1", "12", "2023", "2024", "1999", "-", "–", " - ", " to ", " and ", "from", "March", "Mar.",
    "June", "Sept", "September", "December", "may", "May", "Monday,", "of", "th", ",", ".", "/", "03", "2024-09-13",
    "12.03.2024", "between", "until", " ", " ", "\n", "on", "the", "Nov", "17-18", "x",
])
ANCHORS = st.sampled_from([None, date(2024, 3, 10), date(2023, 12, 31), date(2024, 1, 5)])


def _plain_find_dates(text: str, anchor: date | None, future_ok: bool) -> list[dates.DateMention]:
    """The rule as first written: every pattern over the whole text, longest forms first (then the year a later span
    shares with one written without its own)."""
    taken: list[tuple[int, int]] = []
    found: list[dates.DateMention] = []
    yearless = []
    for kind, pat in dates.PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if dates.without_year(kind, m):
                yearless.append((kind, m))
            mention = dates._build(kind, m, anchor, future_ok)
            if mention is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(mention)
    if yearless and found:
        found = dates.years_shared(text, found, yearless, future_ok)
    return sorted(found, key=lambda d: d.start)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(DATE_PIECES, max_size=25), glue=st.sampled_from(["", " "]), anchor=ANCHORS,
       future_ok=st.booleans())
def test_find_dates_equals_the_plain_scan(pieces, glue, anchor, future_ok):
    text = glue.join(pieces)
    assert dates.find_dates(text, anchor, future_ok) == _plain_find_dates(text, anchor, future_ok)
    # the same sentence asked about again with another anchor reuses its matches: same answer as fresh
    other = date(2022, 6, 1)
    assert dates.find_dates(text, other, not future_ok) == _plain_find_dates(text, other, not future_ok)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(DATE_PIECES | st.sampled_from(["20/09/23 11:47", "25", "2019", "12 ", ":"]), max_size=25),
       glue=st.sampled_from(["", " "]), year=st.sampled_from([2019, 2023, 2024, 2025]))
@example(pieces=["30 December - 2 January 2024"], glue="", year=2024)
@example(pieces=["on 20/09/23 11:47"], glue="", year=2024)
def test_a_paragraph_is_read_for_a_day_of_an_earlier_year_wherever_it_writes_one(pieces, glue, year):
    """The look before reading a paragraph's dates (does it write a year up to the event's, or a two-figure
    year?) passes every text in which the dates reader finds a day of an earlier year with its year."""
    text = glue.join(pieces)
    days = dates.find_dates(text)
    if any(d.precision == "day" and d.has_year and d.first is not None and d.first.year < year for d in days):
        assert event_organisers._may_write_year_before(text, year)


@pytest.mark.parametrize("text", [
    "on September 14, 2022 in Almaty", "June 5-6, 2023", "March 4 to 7", "November 30 - December 1, 2023",
    "Monday, May 3rd, 2021", "Sept 6th-8th 2021", "in September 2023 and on 14 September", "MAY 5, 2020",
    "between March 2021 and June 12", "Dec. 1-2", "June 2024-2025",
])
def test_the_forms_opening_with_a_month_are_found_as_the_plain_scan_finds_them(text):
    """(searched only where a month is followed by its day, see dates._MONTH_THEN_DAY)"""
    anchor = date(2024, 3, 10)
    assert dates.find_dates(text, anchor) == _plain_find_dates(text, anchor, False)


# ---------------------------------------------------------------- theme keywords

THEME_PIECES = st.sampled_from([
    "CBRN", "CBRNE", "WMD", "API/PNR", "AML/CFT", "CFT", "cbrn", "Border", "border", "security", "BORDER SECURITY",
    "border-security", "border  management", "weapons", "of", "mass", "destruction", "nuclear", "Nuclear",
    "soft targets", "x", "-", "_", " ", "  ", "\n", "İ", "ı", "ſ", ".", "9", "é",
])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(THEME_PIECES, max_size=25))
@example(pieces=["x", "CBRN", " ", "WMD", "-", "nuclear"])
@example(pieces=["CBRN", "E", " ", "border", "-", "security"])
def test_theme_keywords_are_found_as_the_one_pattern_finds_them(pieces):
    from data_loader.extract.classify import _keywords, _theme_index

    text = "".join(pieces)
    index = _theme_index()
    assert list(_keywords(text, index)) == [m.span() for m in index.pattern.finditer(text)]


EVENT_TYPE_PIECES = st.sampled_from([
    "Workshop", "workshop", "WORKSHOPS", "training", "course", "training course", "training  course", "round-table",
    "round table", "Conference", "video-conference", "exercise", "x", "-", "_", " ", "\n", "İ", "ı", "ſ", ".", "9",
])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(EVENT_TYPE_PIECES, max_size=20))
@example(pieces=["x", "workshop", " ", "Training", "-", "course"])
def test_event_nouns_are_found_as_the_one_case_insensitive_pattern_finds_them(pieces):
    from data_loader.extract.classify import _type_pattern, event_type_keywords, event_type_mentions

    text = "".join(pieces)
    table = event_type_keywords()
    expected = []
    for m in _type_pattern().finditer(text):
        etype = table.get(re.sub(r"[\s-]+", " ", m.group(1).casefold())) or table.get(m.group(1).casefold())
        if etype and etype != "-":
            expected.append((etype, m.start(), m.end()))
    assert event_type_mentions(text) == expected


COUNT_PIECES = st.sampled_from([
    "30", "twenty-five", "Some", "more than", "about", "senior", "and", "mid-", "police", "officers", "Officials",
    "participants", "men", "women", "MPs", "staff", "Tajik", "from", "of", " ", "  ", "-", ",", ".", "x", "İ",
])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(COUNT_PIECES, max_size=16), glue=st.sampled_from(["", " "]))
def test_a_sentence_without_the_words_of_people_holds_no_head_count(pieces, glue):
    from data_loader.casefold import lowered
    from data_loader.extract import participants

    low = lowered(glue.join(pieces))
    if low is not None and participants._PATTERN_LOW.search(low):
        assert participants._PEOPLE_WORDS.found_in(low), low


def test_a_shifted_date_mention_is_the_mention_with_moved_offsets():
    from dataclasses import fields, replace

    for d in dates.find_dates("From 4 - 7 March 2024 and in July 2023, then 2024-09-13.", date(2024, 3, 10)):
        moved = d.shifted(40)
        assert moved == replace(d, start=d.start + 40, end=d.end + 40)
        assert [f.name for f in fields(moved)] == [f.name for f in fields(d)]


def test_dates_after_another_event_named_at_the_very_start_of_a_sentence_are_skipped(tmp_path):
    """The other event's word found at offset 0 still hides the dates after it (an offset, not a truth value)."""
    from release_helpers import one_event_tables

    text = ("UNODC workshop on border security\n\n"
            "Previous workshops were held in Bishkek on 5 May 2023. UNODC held a training workshop in Almaty on "
            "12 March 2024 for 30 border officers.")
    events_table = one_event_tables(tmp_path, text).events
    assert str(events_table.loc[0, "start_date"])[:10] == "2024-03-12"


# ---------------------------------------------------------------- first characters

@pytest.mark.parametrize(("pattern", "chars"), [
    (r"(?<![\d.])(?:(?:Monday|Friday),?\s+)?\d+ May", r"[FM\d]"),
    (r"(?:the\s+)?[A-Z]\w+", "[A-Zt]"),
    (r"x?", None),  # may match the empty string
    (r"(?i)abc", None),
    (r"[^a-z]b", None),
    (r"\bab|c-d", "[ac]"),
])
def test_first_chars_are_read_from_the_pattern(pattern, chars):
    from data_loader.textscan import first_chars

    assert first_chars(re.compile(pattern)) == chars


def _hinted_patterns() -> list[re.Pattern[str]]:
    from data_loader.textscan import with_first_chars

    plain = [p for _, p in dates.PATTERNS] + [mentions._ACRONYM_CHAIN, mentions._UNKNOWN_ORG]
    return [p for p in plain if with_first_chars(p) is not p]


@pytest.mark.parametrize("pattern", _hinted_patterns(), ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_first_character_look_ahead_finds_the_same_matches(pattern, data):
    """Texts drawn from the pattern itself, in a context: the hinted pattern finds the same matches."""
    from data_loader.textscan import with_first_chars

    text = data.draw(st.text(alphabet="xX 9.-", max_size=3)) + data.draw(st.from_regex(pattern)) + " x"
    hinted = with_first_chars(pattern)
    assert [(m.span(), m.groups()) for m in hinted.finditer(text)] == \
        [(m.span(), m.groups()) for m in pattern.finditer(text)]


NAME_PIECES = st.sampled_from(["the", "The", "Ministry", "of", "Foreign", "Affairs", "Office", "Centre", "UNOCT/UNCCT",
                               "UNODC-UNOCT", "WMDT", "(", ")", "(MFA)", "x", "-", ".", "9", " ", "\n", "Programme",
                               "Regional", "Initiative", "for", "Central", "Asia", "Agency", "’s", "OSCE"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(NAME_PIECES, max_size=30), glue=st.sampled_from([" ", "", "-"]))
def test_unknown_names_and_acronym_chains_are_found_as_before(pieces, glue):
    from data_loader.textscan import with_first_chars

    text = glue.join(pieces)
    for pattern in (mentions._ACRONYM_CHAIN, mentions._UNKNOWN_ORG):
        hinted = with_first_chars(pattern)
        assert [(m.span(), m.groups()) for m in hinted.finditer(text)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text)]


ORG_PIECES = st.sampled_from(["the", "The", "Ministry", "of", "for", "and", "in", "against", "Foreign", "Affairs",
                              "Office", "Centre", "Task", "Force", "Organisation", "Unit", "United", "Fund", "OSCE",
                              "(MFA)", "(", ")", "’", "'", "&", ".", "-", ",", "x", "9", " ", "  ", "\n", "\t",
                              "Programme", "Programmes", "Regional", "Initiative", "Central", "Asia", "’s",
                              "(Regional"])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(ORG_PIECES, max_size=30), glue=st.sampled_from([" ", "", "-", "\n"]))
@example(pieces=["(Regional", "Office", "for", "Central", "Asia", "(MFA)"], glue=" ")
@example(pieces=["the", "Sub", "-", "Committee", "of", "the", "Council"], glue=" ")
@example(pieces=["Ministry", "of", "Internal", "Affairs", "Office"], glue=" \u00a0\n ")
def test_unknown_names_are_tried_only_where_they_may_start(pieces, glue):
    """The names found from the starts before head words are those the pattern finds at every character
    (a match starts at its name: a "the" before it is not part of what is read)."""
    text = glue.join(pieces)
    found = [(m.start(1), m.end(), m.groups()) for m in mentions._unknown_org_matches(text)]
    assert found == [(m.start(1), m.end(), m.groups()) for m in mentions._UNKNOWN_ORG.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(CUE_WORDS, max_size=20), glue=st.sampled_from(["", " "]))
def test_a_cue_set_finds_what_its_cues_asked_one_by_one_find(words, glue):
    """``CueSet`` (one look-up of a sentence's words for all the role cues) gives each cue's matches, cue by
    cue, and the same yes or no, as asking each cue in turn; also where lowering cannot stand for the text."""
    text = glue.join(words)
    cues = roles._CUE_SET.cues
    expected = [(i, m.span()) for i, cue in enumerate(cues) for m in cue.finditer(text)]
    assert [(i, m.span()) for i, m in roles._CUE_SET.finditer(text)] == expected
    assert roles._CUE_SET.search_any(text) == any(cue.search(text) for cue in cues)
    long = (text + " ") * 80  # past the shared pass's length: each cue's own test
    assert [(i, m.span()) for i, m in roles._CUE_SET.finditer(long)] == \
        [(i, m.span()) for i, cue in enumerate(cues) for m in cue.finditer(long)]


PLACE_PIECES = st.sampled_from([
    "St.", "St", "S", "t.", " ", "  ", "\n", "-", "_", "’", "'", "Petersburg", "Almaty", "louis", "Nur-Sultan", "x",
    "in", "In", "A", "9", "é", "É", ".", ",", "New York", "Bishkek", "/",
])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(PLACE_PIECES, max_size=20), glue=st.sampled_from(["", " "]))
def test_capitalised_phrases_are_scanned_as_the_look_behind_pattern_finds_them(pieces, glue):
    """``places._CAPSEQ_SCAN`` opens with its capital and checks the left edge after it: the same matches as the
    phrase pattern behind ``(?<![\\w-])``."""
    from data_loader.extract import places

    text = glue.join(pieces)
    plain = re.compile(r"(?<![\w-])" + places._CAPSEQ.pattern)
    assert [(m.span(), m.span(1)) for m in places._CAPSEQ_SCAN.finditer(text)] == \
        [(m.span(), m.span(1)) for m in plain.finditer(text)]


FIELD_WORDS = st.sampled_from([
    "the", "C5+1", "Economic", "economy", "and", "&", "Environmental", "Trade", "energy", "Water", "health",
    "Agricultural", "working", "Working Groups", "group", "sessions", "Forum", "talks", "meetings", "security",
    "İ", "ı", ",", ".", "-", "held", "their",
])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(FIELD_WORDS, max_size=15), glue=st.sampled_from([" ", "", "  "]))
def test_the_other_field_cue_finds_what_the_case_insensitive_pattern_finds(words, glue):
    """``event_base._OTHER_FIELD`` on the lowered text, asked only where it holds a word of each of its two sets
    (the field and the body): the matches of the pattern as written, in any case."""
    text = glue.join(words)
    cue = event_base._OTHER_FIELD
    assert cue.need is not None and cue.need.also
    assert _span(cue.search(text)) == _span(cue.ci.search(text))
