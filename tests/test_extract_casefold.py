"""Cue patterns run on lowered text must find exactly what the case-insensitive pattern finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_loader.casefold import CuePattern, lowered
from data_loader.extract import event_attendance, event_base, event_organisers, events, roles, text

CUES = [event_base._FUTURE, events._HAPPENED, events._HELD_VERBS_CUE, events._FOLLOWED_CUE,
        event_attendance._PEOPLE_CUE, event_attendance._ANCHOR,
        event_base._EVENT_NOUN,
        roles._ACTIVE, roles._WEAK_ACTIVE, roles._PARTICIPATION, roles._FUNDING_VERB, text._BACKGROUND_SENT,
        event_attendance._RESOURCE_PEOPLE, event_organisers._ABOUT_ANOTHER, *(rx for _, rx in roles._CUE_RES)]
WORDS = st.sampled_from([
    "The", "WORKSHOP", "Workshop", "was", "HELD", "Held", "by", "UNODC", "with", "the", "Financial", "Support",
    "of", "Japan", "Permanent", "Representatives", "Will", "be", "held", "in", "Almaty", "organized", "İstanbul",
    "Officials", "from", "Kazakhstan", "took", "Part", "co-hosted", "In", "Cooperation", "With", "OSCE", ",", ".",
    "training", "courses", "brought", "Together", "participants", "Mandated", "By", "www.", "is", "mandated",
    "@un.org", "ǅ", "ß", "K", "partıcipants", "ſupport", "Bakı", "Provided", "FUNDING", "attendees", "present",
    "Last", "year's", "Previous", "delivered", "by", "Trainers", "experts",
])


def _spans(it) -> list[tuple[int, int]]:
    return [m.span() for m in it]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, max_size=25))
def test_lowered_matching_finds_the_same_spans(words):
    text = " ".join(words)
    for cue in CUES:
        assert _spans(cue.finditer(text)) == _spans(cue.ci.finditer(text)), cue.pattern[:60]
        found = cue.search(text)
        expected = cue.ci.search(text)
        assert (found.span() if found else None) == (expected.span() if expected else None)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, max_size=20), pos=st.integers(min_value=0, max_value=40))
def test_a_match_at_a_position_of_the_lowered_document_is_the_case_insensitive_match(words, pos):
    text = " ".join(words)
    for cue in CUES:
        found = cue.match(text, pos, lowered(text))
        expected = cue.ci.match(text, pos)
        assert (found.span() if found else None) == (expected.span() if expected else None), cue.pattern[:60]


def test_text_whose_lowered_form_is_longer_falls_back_to_the_original_pattern():
    text = "İstanbul: the workshop was HELD by UNODC"
    assert lowered(text) is None
    assert CuePattern.compile(r"\bheld\b").search(text).group() == "HELD"


@pytest.mark.parametrize("text", ["The partıcipants", "with the financial ſupport of"])
def test_letters_that_re_folds_but_lower_keeps_fall_back_to_the_original_pattern(text):
    """With IGNORECASE, "i" matches the dotless "ı" and "s" the long "ſ", which lower() leaves alone."""
    assert lowered(text) is None
    for cue in (event_attendance._PEOPLE_CUE, roles._CUE_RES[3][1]):
        assert _spans(cue.finditer(text)) == _spans(cue.ci.finditer(text))
    assert event_attendance._PEOPLE_CUE.search("The partıcipants") is not None


def test_capitals_in_a_pattern_still_match_any_case():
    rx = CuePattern.compile(r"\bPermanent\s+Representatives?\b")
    assert rx.search("met the permanent representative").span() == (8, 32)
    assert rx.search("met the PERMANENT REPRESENTATIVES").span() == (8, 33)


@pytest.mark.parametrize("pattern", [r"(?P<Name>x)", r"[A-Z]-x"])
def test_patterns_that_lowering_would_change_are_refused(pattern):
    with pytest.raises(ValueError):
        CuePattern.compile(pattern)


ORG_WORDS = st.sampled_from([
    "UNODC", "XUNODC", "UNODC-led", "UNOCT/UNCCT", "OSCE", "the", "United", "Nations", "Office", "on", "Drugs",
    "and", "Crime", "UNITED", "NATIONS", "OFFICE", "ON", "DRUGS", "AND", "CRIME", "Counter-Terrorism", "Centre",
    "European", "Union", "EU", "_EU", "-EU", "EU_", "Japan", "in", ",", "(", ")", "İ", "Global", "Programme",
    "ı", "’s", "'s", "Da’esh", "Da'esh", "ISIL", "(Da’esh)", "Sanctions", "Monitoring", "Team", "united", "nations",
    "office", "\n", "\n\n", " \t", "\u00a0",
])


@settings(max_examples=500, deadline=None)
@given(words=st.lists(ORG_WORDS, max_size=30), glue=st.sampled_from([" ", "", "-", "  ", "\n", " \n\n "]))
def test_registry_matcher_finds_what_its_reference_patterns_find(words, glue):
    """The matcher's one-pass search (an automaton over the text written as names are stored, see
    namescan.py) gives the same spans as its three reference patterns with the look-behind in front."""
    from data_loader.lookup.registries import organizations, programmes

    text = glue.join(words)
    for matcher in (organizations()[1], programmes()[1]):
        reference = sorted((m.start(), m.end()) for p in matcher.reference_patterns() for m in p.finditer(text))
        assert sorted(matcher._spans(text)) == reference


SCAN_PIECES = st.sampled_from([*"AbZ -_’'.x9\né", "UN", "New York", "Mc", "-Astana", "Almaty"])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(SCAN_PIECES, max_size=30).map("".join))
def test_edge_checked_scan_equals_the_look_behind_pattern(text):
    import re

    from data_loader.extract.places import _CAPSEQ
    from data_loader.textscan import matches_at_word_start

    for body in (_CAPSEQ.pattern, r"(?:UN|New York|Astana)(?![\w-])", r"x+"):
        reference = [m.span() for m in re.finditer(r"(?<![\w-])" + body, text)]
        assert [m.span() for m in matches_at_word_start(re.compile(body), text)] == reference


BOUNDARY_PIECES = st.sampled_from([*"Tt -_’'.x9\né(", "the Office", "The Programme Office", "Mission", "he Centre",
                                    " of", "Center", "A"])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(BOUNDARY_PIECES, max_size=20).map("".join))
def test_word_boundary_checked_scan_equals_the_pattern_with_its_boundary(text):
    from data_loader.extract.mentions import _SHORT_OFFICE, _SHORT_OFFICE_SCAN
    from data_loader.textscan import after_word_char, matches_at_word_start

    assert [m.span(1) for m in matches_at_word_start(_SHORT_OFFICE_SCAN, text, glued=after_word_char)] == \
        [m.span(1) for m in _SHORT_OFFICE.finditer(text)]


BACKGROUND_WORDS = st.sampled_from([
    "The", "Office", "was", "WAS", "were", "established", "Established", "created", "founded", "set", "up", "in",
    "by", "on", "is", "mandated", "Mandated", "For", "more", "information", "PLEASE", "please", "contact",
    "visit", "write", "info@un.org", "@", "www.un.org", "https://un.org", "HTTP://X", "İ", "workshop", ".",
])


@settings(max_examples=400, deadline=None)
@given(words=st.lists(BACKGROUND_WORDS, max_size=14))
def test_background_sentence_word_check_never_hides_a_match(words):
    from data_loader.extract.text import _is_background_sentence

    sentence = " ".join(words)
    assert _is_background_sentence(sentence) == (text._BACKGROUND_SENT.ci.search(sentence) is not None)


COUNTRY_WORDS = st.sampled_from([
    "the", "The", "thethe", "Kyrgyz", "Republic", "Russian", "Federation", "Kazakhstan", "Kazakh", "Tajik",
    "Uzbekistan", "US", "U.S.", "USA", "United", "States", "Netherlands", "the Netherlands", "State", "of",
    "Palestine", ".", "-", "x", "_", ",", "9", "’", "Türkiye", "Kyrgyzstan-", "authorities", "\n", "\n\n", "  ",
])


@settings(max_examples=500, deadline=None)
@given(words=st.lists(COUNTRY_WORDS, max_size=30), glue=st.sampled_from([" ", "", "-", ".", "  ", "\n\n"]))
def test_country_and_demonym_scan_finds_what_their_patterns_find(words, glue):
    """Group 1 of each pattern, with its optional "the" and its look-behind, from the one-pass scan."""
    from data_loader.lookup.gazetteer import country_pattern, country_scan, demonym_pattern
    from data_loader.lookup.registries import name_scan

    text = glue.join(words)
    for found in (country_scan().spans(text), name_scan().spans(text)):  # alone, and in the shared scan
        assert found["country"] == [m.span(1) for m in country_pattern().finditer(text)]
        assert found["demonym"] == [m.span(1) for m in demonym_pattern().finditer(text)]


def test_other_spaces_are_every_white_space_but_the_space_and_the_line_feed():
    """The written copy's fast path (only spaces and line feeds) is taken only when none of these occurs."""
    from data_loader.lookup.namescan import OTHER_SPACES

    expected = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" ", "\n"}
    assert set(OTHER_SPACES) == expected
