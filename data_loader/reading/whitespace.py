"""Whitespace normalisation: one canonical layout so offsets and duplicates are stable.

Paragraphs are separated by exactly one blank line where the source had one;
invisible characters (zero-width, BOM, soft hyphen, control codes) are removed
because they break word matching downstream without carrying any meaning; the Unicode hyphens
become plain ones for the same reason.
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

#: deleted: the invisible characters and the C0/C1 control codes other than tab, line and form feeds
_DELETE = re.compile("[" + INVISIBLE + "\x00-\x08\x0e-\x1f\x7f-\x9f]")
_TO_SPACE = re.compile("[" + SPACES + "]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
#: the Unicode hyphen and non-breaking hyphen ("Co\u2011ordinator"): a plain hyphen, as names are written in registries
HYPHENS = "\u2010\u2011"
_HYPHEN = re.compile("[" + HYPHENS + "]")
#: every character the three patterns above replace: a text without any (most texts, and nearly every
#: text on the second pass) is scanned once instead of three times
_ANY_REPLACED = re.compile("[\r\u2028\u2029" + INVISIBLE + HYPHENS + "\x00-\x08\x0e-\x1f\x7f-\x9f" + SPACES + "]")
_RUN_OF_SPACES = re.compile("  +")  # " {2,}" with the pair written out: re scans for the pair
_SPACE_AT_LINE_END = re.compile(r" ?\n ?")
_BLANK_RUN = re.compile(r"\n{3,}")
#: a blank line inside a sentence: the paragraph ends with a comma (or, in a long paragraph, a
#: lowercase word) and the next one starts with a lowercase word ("mandates,\n\nto enhance ...").
#: (The pattern starts with the blank line, so ``re`` scans for it; what precedes it is checked after.)
_SPLIT_SENTENCE = re.compile(r"\n\n(?:(?<=[,;]\n\n)|(?<=[^\n]{120}[a-z]\n\n))(?=[a-z]+ )(?!date \d)")


def normalize_whitespace(text: str) -> str:
    """Unix line ends, single spaces, no trailing blanks, at most one blank line in a row.

    Whole-text regular expressions rather than ``str.translate`` and a loop over lines: this
    runs on every document twice, and per-character tables were a tenth of reading time.
    After the substitutions the only whitespace left is the space and the line feed, so
    dropping one space on either side of each line feed strips every line. The substitutions after
    the first three run only when the text holds what they replace (most texts have no double space).
    """
    if _ANY_REPLACED.search(text) is not None:
        text = _LINE_BREAKS.sub("\n", text)  # its alternatives open with literals: re scans for them by itself
        text = _HYPHEN.sub("-", _TO_SPACE.sub(" ", _DELETE.sub("", text)))
    if "  " in text:
        text = _RUN_OF_SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:  # elsewhere the pattern only puts each line feed back
        text = _SPACE_AT_LINE_END.sub("\n", text)
    text = text.strip(" ")
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    if "\n\n" in text:
        text = _SPLIT_SENTENCE.sub(" ", text)
    return text.strip("\n")
