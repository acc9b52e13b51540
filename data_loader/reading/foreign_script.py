"""Spam tags in another script inside an English release ("the 缅北禁地United Nations Office").

SEO spam injected into scraped pages is typically a CJK run, on its own line or
glued to an English word. In a document whose letters are overwhelmingly Latin,
letters of other scripts (and CJK symbols/fullwidth forms) are removed; Latin
letters with diacritics, digits, dashes and quotes are kept. A document that is
mostly in another script (a Russian release, say) is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from data_loader.reading.month_names import english_month_names

#: below this share of Latin letters a document is not "mostly Latin" and nothing is removed.
MIN_LATIN_SHARE = 0.8
#: symbol blocks that only ever come with CJK spam in an English text.
CJK_SYMBOL_RANGES = ((0x2E80, 0x2FFF), (0x3000, 0x303F), (0x3100, 0x31FF), (0xFF00, 0xFFEF))
#: non-Latin-named letters that legitimately occur in English text.
KEEP_LETTERS = frozenset("ªºµ")

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_SPACES = re.compile(r"[ \t]{2,}")


@lru_cache(maxsize=4096)
def _is_latin_letter(ch: str) -> bool:
    return ch.isascii() or ch in KEEP_LETTERS or unicodedata.name(ch, "").startswith("LATIN")


@lru_cache(maxsize=4096)
def _is_foreign(ch: str) -> bool:
    """A letter of a non-Latin script, or a CJK symbol."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in CJK_SYMBOL_RANGES):
        return True
    return ch.isalpha() and not _is_latin_letter(ch)


def latin_share(text: str) -> float:
    """Share of the letters in ``text`` that are Latin."""
    ascii_only = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTER_BYTES))
    other = [c for c in _NON_ASCII.findall(text) if c.isalpha()]
    total = ascii_letters + len(other)
    if not total:
        return 1.0
    return (ascii_letters + sum(1 for c in other if _is_latin_letter(c))) / total


_ASCII_LETTER_BYTES = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def remove_foreign_script(text: str) -> tuple[str, int]:
    """Remove other-script runs from a mostly-Latin text; returns the text and the characters removed or
    put back as the dashes they stood for."""
    if text.isascii() or not any(_is_foreign(c) for c in set(_NON_ASCII.findall(text))):
        return text, 0  # nothing to remove (most releases: only quotes, dashes and accents)
    if latin_share(text) < MIN_LATIN_SHARE:
        return text, 0
    # ("30 мая 2017" in the site's header: the month is put into English rather than removed with its script)
    text = english_month_names(text)
    removed = 0

    def clean(m: re.Match[str]) -> str:
        nonlocal removed
        kept = "".join(c for c in m.group() if not _is_foreign(c))
        removed += len(m.group()) - len(kept)
        return kept

    def drop_if_foreign(m: re.Match[str]) -> str:
        nonlocal removed
        if not _only_foreign(m.group(1)):
            return m.group()
        removed += len(m.group())
        return ""

    # "13每15 June", "April每September": one foreign character between two figures or words is the dash of a
    # range a mirror garbled, put back rather than removed (which would glue "1315")
    out, dashes = _LONE_BETWEEN.subn("\u2013", text)
    out = _IN_BRACKETS.sub(drop_if_foreign, out)
    out = _FOREIGN_LEAD.sub(drop_if_foreign, out)
    out = _NON_ASCII_RUN.sub(clean, out)
    if not removed and not dashes:
        return text, 0
    return _SPACES.sub(" ", out), removed + dashes


#: a name in brackets after its Latin spelling ("Qostanay (Қостанай) region"): removed with its brackets, which
#: would be left empty between the words
_IN_BRACKETS = re.compile(r"[ \t]*\(([^()\n]{1,80})\)")


#: a site's name in another script before a separator, leading a line ("Мой ГОРОД | mgorod.kz — news of Uralsk"):
#: removed with the separator, which would be left leading the line
_FOREIGN_LEAD = re.compile(r"(?m)^[ \t]*([^\x00-\x7f\n][^\n|·•]{0,60}?)[ \t]*[|·•][ \t]*(?=\S)")


def _only_foreign(inner: str) -> bool:
    """Whether the brackets hold letters of another script and no Latin letter or figure."""
    return any(_is_foreign(c) for c in inner) and not any(c.isalnum() and not _is_foreign(c) for c in inner)


#: one character standing alone between two figures or two words ("13每15 June", "between April每September"):
#: a scraped mirror's stand-in for the dash of a range, not a spam tag
_LONE_BETWEEN = re.compile(r"(?<=[0-9A-Za-z])[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff](?=[0-9A-Za-z])")

