"""Prefilters (the words every match of a pattern needs) and the searches that use them must find
exactly what the plain patterns find."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader.extract import dates
from data_loader.textscan import prefilter, required_words


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


def test_short_words_give_no_prefilter():
    assert prefilter(re.compile(r"\bin\s+[A-Z]")) is None
    assert prefilter(re.compile(r"(?:May|June) \d+")).pattern == "June|May"


def _gated_patterns() -> list[re.Pattern[str]]:
    return [pat for pat, need in zip((p for _, p in dates.PATTERNS), dates._NEEDS, strict=True) if need]


@pytest.mark.parametrize("pattern", _gated_patterns(), ids=lambda p: p.pattern[:40])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_text_a_pattern_matches_passes_its_prefilter(pattern, data):
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text):
        assert prefilter(pattern).search(text), text


# ---------------------------------------------------------------- dates

DATE_PIECES = st.sampled_from([
    "4", "7", "30", "1", "12", "2023", "2024", "1999", "-", "–", " - ", " to ", " and ", "from", "March", "Mar.",
    "June", "Sept", "September", "December", "may", "May", "Monday,", "of", "th", ",", ".", "/", "03", "2024-09-13",
    "12.03.2024", "between", "until", " ", " ", "\n", "on", "the", "Nov", "17-18", "x",
])
ANCHORS = st.sampled_from([None, date(2024, 3, 10), date(2023, 12, 31), date(2024, 1, 5)])


def _plain_find_dates(text: str, anchor: date | None, future_ok: bool) -> list[dates.DateMention]:
    """The rule as first written: every pattern over the whole text, longest forms first."""
    taken: list[tuple[int, int]] = []
    found: list[dates.DateMention] = []
    for kind, pat in dates.PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = dates._build(kind, m, anchor, future_ok)
            if mention is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(mention)
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
