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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: constructs whose meaning lowering would change: named groups and capital letter ranges
_NOT_FOLDABLE = re.compile(r"\(\?P|[A-Z]-[A-Z]")


def lowered(text: str) -> str | None:
    """``text`` in lower case, or None when lowering changes its length (offsets would shift)."""
    low = text.lower()
    return low if len(low) == len(text) else None


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

    ci: re.Pattern[str]
    lc: re.Pattern[str]

    @classmethod
    def compile(cls, pattern: str) -> CuePattern:
        if _NOT_FOLDABLE.search(pattern):
            raise ValueError(f"pattern cannot be matched on lowered text: {pattern[:60]!r}")
        return cls(re.compile(pattern, re.IGNORECASE), re.compile(_lower_literals(pattern)))

    @property
    def pattern(self) -> str:
        return self.ci.pattern

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """First match in ``text``; ``low`` is ``lowered(text)`` when the caller already has it."""
        low = lowered(text) if low is None else low
        return self.ci.search(text) if low is None else self.lc.search(low)

    def finditer(self, text: str, low: str | None = None):
        """Matches left to right; on lowered text their ``group()`` is in lower case, so use offsets."""
        low = lowered(text) if low is None else low
        return self.ci.finditer(text) if low is None else self.lc.finditer(low)
