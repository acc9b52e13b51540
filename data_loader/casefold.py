"""Case-insensitive cue patterns at case-sensitive speed.

Python's ``re`` tries a case-insensitive alternation at every character with case
folding, which made the cue patterns (holding verbs, event nouns, role cues, people
words) two to four times slower than the same pattern written in lower case and run
on a lowered copy of the sentence. A :class:`CuePattern` keeps both: the lower-case
pattern for lowered text, and the original ``IGNORECASE`` pattern for the rare text
whose lowered copy has another length (``"İ".lower()`` is two characters), where
offsets would no longer line up.

Only positions come back from the lowered text; callers that need the words read
them from the original text at those positions.

A cue pattern compiled with ``prefilter=True`` also keeps the words every match of
it needs (read from the pattern, see ``textscan.prefilter``): a sentence holding none
of them is not searched. The words of all cue patterns are looked for in one pass per
sentence (``textscan._WordsHeld``): a sentence is asked of a dozen of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from data_loader.textscan import MIN_WORD, SHARED_TEXT_MAX, NeededWords, shared_bits, with_first_chars
from data_loader.textscan import prefilter as words_needed

#: constructs whose meaning lowering would change: named groups and capital letter ranges
_NOT_FOLDABLE = re.compile(r"\(\?P|[A-Z]-[A-Z]")
#: letters that ``re`` folds onto an ASCII letter although ``lower()`` leaves them as they are: with
#: IGNORECASE "i" matches the dotless "ı" (Turkish, Azerbaijani names) and "s" the long "ſ"
_FOLDED_APART = ("ı", "ſ")


def lowered(text: str) -> str | None:
    """``text`` in lower case, or None when the lowered copy would not match as the case-insensitive
    pattern does: lowering changes its length (offsets would shift), or it holds a letter of
    ``_FOLDED_APART``."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:  # the letters of _FOLDED_APART
        return None
    return low


def _lower_literals(pattern: str) -> str:
    """Lower-case the literal letters of a pattern, leaving escapes (``\\b``, ``\\S``, ``\\W``) alone."""
    out = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


@dataclass(frozen=True)
class CuePattern:
    """A case-insensitive pattern with a fast twin for lowered text."""

    #: the pattern as written, matched in any case (compiled as ``ci`` when first needed)
    source: str
    lc: re.Pattern[str]
    #: the words every match needs, looked for in lowered text (None: search every text)
    need: NeededWords | None = None

    @classmethod
    def compile(cls, pattern: str, prefilter: bool = False, min_word: int = MIN_WORD,
                first_chars: bool = False) -> CuePattern:
        """``prefilter``: for a cue that few sentences hold and that has words of its own to look for
        (a cue found in most sentences would only pay for the extra look); ``min_word`` as for
        ``textscan.prefilter``. ``first_chars``: a look-ahead for the characters a match starts with in
        front of the lower-case pattern (``textscan.with_first_chars``, same matches): a fifth faster for
        the long alternations of nouns after a ``\\b`` (event nouns, people), slower for a cue whose
        matches may start with most letters."""
        if _NOT_FOLDABLE.search(pattern):
            raise ValueError(f"pattern cannot be matched on lowered text: {pattern[:60]!r}")
        lc = re.compile(_lower_literals(pattern))
        need = words_needed(lc, min_word, shared=True) if prefilter else None
        return cls(pattern, with_first_chars(lc) if first_chars else lc, need)

    @cached_property
    def ci(self) -> re.Pattern[str]:
        """The original ``IGNORECASE`` pattern, compiled when first asked for: only a text whose lowered
        copy cannot stand for it needs it, and compiling every cue twice at import was part of each
        cold load."""
        return re.compile(self.source, re.IGNORECASE)

    @property
    def pattern(self) -> str:
        return self.source

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """First match in ``text``; ``low`` is ``lowered(text)`` when the caller already has it."""
        low = lowered(text) if low is None else low
        if low is None:
            return self.ci.search(text)
        if self.need is not None and not self.need.found_in(low):
            return None
        return self.lc.search(low)

    def match(self, text: str, pos: int = 0, low: str | None = None) -> re.Match[str] | None:
        """A match starting at ``pos``; ``low`` is ``lowered(text)`` when the caller already has it (a whole
        document's, asked at each of its sentences)."""
        low = lowered(text) if low is None else low
        if low is None:
            return self.ci.match(text, pos)
        return self.lc.match(low, pos)

    def finditer(self, text: str, low: str | None = None):
        """Matches left to right; on lowered text their ``group()`` is in lower case, so use offsets."""
        low = lowered(text) if low is None else low
        if low is None:
            return self.ci.finditer(text)
        if self.need is not None and not self.need.found_in(low):
            return iter(())
        return self.lc.finditer(low)


class CueSet:
    """Cue patterns asked one after another of the same text (the role cues of a sentence), searched only
    where they may match.

    Asked one by one, each cue looks its sentence up in the shared pass of words (``textscan._WordsHeld``):
    twenty look-ups and calls per sentence, a fiftieth of extraction, while most sentences hold the words of
    one cue or none. Here the sentence is looked up once and its bits are tested against each cue's bit.
    ``finditer`` and ``search_any`` answer exactly as the cues asked one by one do."""

    def __init__(self, cues: list[CuePattern]) -> None:
        self.cues = cues
        #: each cue's bits in the shared pass (0: a cue without a prefilter, always searched); set when first
        #: needed, so that the words of a cue set that is never asked do not join the pass
        self._bits: list[int] | None = None

    def _may_match(self, low: str) -> list[int]:
        """Indices of the cues whose needed words the lowered text holds (of every cue with no prefilter)."""
        bits = self._bits
        if bits is None:
            bits = self._bits = [0 if c.need is None else c.need.shared_bit() for c in self.cues]
        if len(low) > SHARED_TEXT_MAX:  # not looked at in the shared pass: each cue's own test
            return [i for i, c in enumerate(self.cues) if c.need is None or c.need.found_in(low)]
        held = shared_bits(low)
        return [i for i, mask in enumerate(bits) if held & mask == mask]

    def finditer(self, text: str, low: str | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """(index of the cue, match) for every match of every cue, cue by cue in order, each cue's matches left to
        right: what ``cue.finditer(text, low)`` of each cue in turn gives. ``low`` as for ``CuePattern.search``."""
        low = lowered(text) if low is None else low
        if low is None:
            for i, cue in enumerate(self.cues):
                for m in cue.ci.finditer(text):
                    yield i, m
            return
        for i in self._may_match(low):
            for m in self.cues[i].lc.finditer(low):
                yield i, m

    def search_any(self, text: str, low: str | None = None) -> bool:
        """Whether any cue matches: ``any(cue.search(text, low) for cue in cues)``."""
        low = lowered(text) if low is None else low
        if low is None:
            return any(cue.ci.search(text) for cue in self.cues)
        cues = self.cues
        return any(cues[i].lc.search(low) for i in self._may_match(low))
