"""Whitespace normalisation: one canonical layout so offsets and duplicates are stable.

Paragraphs are separated by exactly one blank line where the source had one;
invisible characters (zero-width, BOM, soft hyphen, control codes) are removed
because they break word matching downstream without carrying any meaning.
"""

from __future__ import annotations

import re

#: characters that are deleted outright.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
#: every Unicode space that should be a plain space (NBSP, thin, narrow, ideographic, ...).
SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\t\f\v"
)

_DELETE = {ord(c): None for c in INVISIBLE}
_DELETE.update({c: None for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)})
_DELETE.update({c: None for c in range(0x7F, 0xA0)})
_TO_SPACE = {ord(c): " " for c in SPACES}
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_RUN_OF_SPACES = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")
#: a blank line inside a sentence: the paragraph ends with a comma (or, in a long paragraph, a
#: lowercase word) and the next one starts with a lowercase word ("mandates,\n\nto enhance ...").
_SPLIT_SENTENCE = re.compile(r"(?:,|;|(?<=[^\n]{120})[a-z])\n\n(?=[a-z]+ )(?!date \d)")


def normalize_whitespace(text: str) -> str:
    """Unix line ends, single spaces, no trailing blanks, at most one blank line in a row."""
    text = _LINE_BREAKS.sub("\n", text)
    text = text.translate(_DELETE).translate(_TO_SPACE)
    lines = [_RUN_OF_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANK_RUN.sub("\n\n", "\n".join(lines))
    return _SPLIT_SENTENCE.sub(lambda m: m.group()[:-2] + " ", text).strip("\n")
