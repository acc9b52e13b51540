"""Cue patterns run on lowered text must find exactly what the case-insensitive pattern finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_loader.extract import events, roles
from data_loader.extract.casefold import CuePattern, lowered

CUES = [events._FUTURE, events._HAPPENED, events._PEOPLE_CUE, events._ANCHOR, events._EVENT_NOUN,
        roles._ACTIVE, roles._WEAK_ACTIVE, *(rx for _, rx in roles._CUE_RES)]
WORDS = st.sampled_from([
    "The", "WORKSHOP", "Workshop", "was", "HELD", "Held", "by", "UNODC", "with", "the", "Financial", "Support",
    "of", "Japan", "Permanent", "Representatives", "Will", "be", "held", "in", "Almaty", "organized", "İstanbul",
    "Officials", "from", "Kazakhstan", "took", "Part", "co-hosted", "In", "Cooperation", "With", "OSCE", ",", ".",
    "training", "courses", "brought", "Together", "participants", "ǅ", "ß", "K",
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


def test_text_whose_lowered_form_is_longer_falls_back_to_the_original_pattern():
    text = "İstanbul: the workshop was HELD by UNODC"
    assert lowered(text) is None
    assert CuePattern.compile(r"\bheld\b").search(text).group() == "HELD"


def test_capitals_in_a_pattern_still_match_any_case():
    rx = CuePattern.compile(r"\bPermanent\s+Representatives?\b")
    assert rx.search("met the permanent representative").span() == (8, 32)
    assert rx.search("met the PERMANENT REPRESENTATIVES").span() == (8, 33)


@pytest.mark.parametrize("pattern", [r"(?P<Name>x)", r"[A-Z]-x"])
def test_patterns_that_lowering_would_change_are_refused(pattern):
    with pytest.raises(ValueError):
        CuePattern.compile(pattern)
