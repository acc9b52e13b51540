"""Punctuation lost on the way: HTML entities left in plain text, and marks an export replaced with a
placeholder.

* A release copied out of a web page's source keeps its entities as text ("Kyrgyzstan&rsquo;s",
  "&#8220;soft targets&#8221;", "R&amp;D", "28&ndash;29 May"). Every complete entity (named ones with
  their closing semicolon, numeric ones) is replaced by the character it stands for.
* An export to plain ASCII (or through a codec that could not write the character) leaves a ``?``
  where a curly apostrophe, quote or dash was ("Tajikistan?s", "?Combating terrorism?", "2023 ? 2024",
  "28?29 May"); some sites put a ``*`` there instead, and a lossy decoder U+FFFD. A ``?`` or ``*`` is
  only repaired in a text that shows the damage in its telling form -- a placeholder between a word and
  its possessive ``s`` or a contraction (``?s``, ``?t``, ``?ll``) -- so a real question mark, an
  asterisk of a footnote or a bullet in an undamaged text is never touched; U+FFFD is never a character of
  the text, so it is repaired wherever it is. In a damaged text: a
  placeholder inside a word before ``s``/``t``/``ll``/``re``/``ve``/``d``/``m`` is an apostrophe, one
  between two figures or between two spaces a dash, and a pair around words on one line a pair of
  quotes; one opening a line is a bullet.
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unescape_entities(text: str) -> tuple[str, int]:
    """Replace the HTML entities left in a text; returns the text and the number replaced."""
    if "&" not in text:
        return text, 0
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        char = html.unescape(m.group(0))
        if char == m.group(0) or char == "\ufffd" or not char.isprintable() and char not in "\u00a0\t":
            return m.group(0)  # not an entity HTML knows, or a control character: leave the text as it is
        count += 1
        return char

    text = _ENTITY.sub(one, text)
    if count and "&" in text:
        text = _ENTITY.sub(one, text)  # escaped twice: "&amp;rsquo;" is "&rsquo;" after one pass
    return text, count


#: the marks an export writes where it could not write a character
PLACEHOLDERS = "?*\ufffd"
REPLACEMENT = "\ufffd"
_SUFFIX = r"(?:s|t|ll|re|ve|d|m)\b(?!=)"  # not a query string: page.php?s=2


def _patterns(mark: str) -> tuple[re.Pattern[str], ...]:
    m = re.escape(mark)
    return (
        re.compile(rf"(?<=[A-Za-z]){m}(?={_SUFFIX})"),  # apostrophe: Tajikistan?s, don?t
        re.compile(rf"(?<=\d){m}(?=\d)|(?<=\s){m}(?=\s)"),  # dash: 28?29 May, 2023 ? 2024
        # a pair of quotes on one line: ?Combating financing of terrorism?
        re.compile(rf"(?:(?<=[\s(\[])|^){m}(?=[A-Za-z0-9])([^{m}\n]{{1,300}}?)(?<=[\w.,!)]){m}(?=[\s,.;:)\]]|$)",
                   re.MULTILINE),
        re.compile(rf"^([ \t]*){m}[ \t]+", re.MULTILINE),  # a bullet opening a line
    )


_REPAIRS = {mark: _patterns(mark) for mark in PLACEHOLDERS}
#: the telling form: a placeholder between a word and its possessive s or a contraction (the pattern opens
#: with the mark itself, so that ``re`` scans for that one character)
_TELL = {mark: re.compile(rf"(?<=[A-Za-z]){re.escape(mark)}{_SUFFIX}") for mark in PLACEHOLDERS}


def repair_lost_marks(text: str) -> tuple[str, int]:
    """Put back the apostrophes, dashes and quotes an export replaced with ``?``, ``*`` or U+FFFD, in a
    text that shows that damage; returns the text and the number of marks put back."""
    total = 0
    for mark in PLACEHOLDERS:
        if mark not in text or (mark != REPLACEMENT and _TELL[mark].search(text) is None):
            continue  # U+FFFD stands for a lost character wherever it is; ? and * only in a damaged text
        apostrophe, dash, quotes, bullet = _REPAIRS[mark]
        text, n1 = apostrophe.subn("\u2019", text)
        text, n2 = quotes.subn("\u201c\\1\u201d", text)
        text, n3 = bullet.subn("\\1\u2022 ", text)
        text, n4 = dash.subn("\u2013", text)
        total += n1 + 2 * n2 + n3 + n4  # a pair of quotes is two marks
    return text, total
