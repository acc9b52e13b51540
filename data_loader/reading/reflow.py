"""Hard-wrapped text -> paragraphs: join the lines of a paragraph, keep paragraph breaks.

PDF text layers (and e-mail style .txt files) break every line at the margin,
often splitting words with a hyphen ("coun-\\nter"). Downstream extraction reads
sentences, so a sentence must not be cut by a line break. A line ends a
paragraph when it is followed by a blank line, when it is clearly shorter than
the text's usual line and ends a sentence, or when the next line is a list item.
"""

from __future__ import annotations

import re
from statistics import median

#: a line shorter than this share of the usual width, ending a sentence, ends its paragraph.
SHORT_LINE_SHARE = 0.75
#: prefixes after which a line-end hyphen belongs to the word ("co-\\norganized").
COMPOUND_PREFIXES = frozenset({
    "co", "non", "self", "cross", "anti", "ex", "well", "counter", "socio", "high", "long", "short", "vice",
})
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_LIST_ITEM = re.compile(r"^(?:[-•▪●◦*–]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
#: a line drawn across the page ("-----", "=====", "* * *")
_RULE_LINE = re.compile(r"^(?:[-=_*~–—·.]\s?){3,}$")
_HYPHEN_END = re.compile(r"([A-Za-z\u00c0-\u024f]+)-$")
_LOWER_START = re.compile(r"^([a-z\u00df-\u024f]+)")


def usual_width(lines: list[str]) -> int:
    """The typical length of a full line (the upper part of the length distribution)."""
    lengths = sorted(len(x) for x in lines if x.strip())
    if not lengths:
        return 0
    return int(median(lengths[len(lengths) // 2 :]))


def looks_hard_wrapped(text: str) -> bool:
    """Many consecutive non-blank lines of similar, moderate length: a wrapped text file."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 8:
        return False
    width = usual_width(lines)
    if not 40 <= width <= 110:
        return False
    near = sum(1 for x in lines if 0.8 * width <= len(x) <= width + 10)
    all_lines = text.split("\n")
    following = sum(1 for a, b in zip(all_lines, all_lines[1:], strict=False) if a.strip() and b.strip())
    return near >= 0.5 * len(lines) and following >= 0.5 * len(lines)


def reflow(text: str) -> str:
    """Join wrapped lines into paragraphs, repairing words hyphenated at a line end."""
    lines = [x.strip() for x in text.split("\n")]
    width = usual_width(lines)
    words = _hyphenated_vocabulary(text)
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        current = _join(current, line, words) if current else line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _ends_paragraph(line, nxt, width):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _ends_paragraph(line: str, nxt: str, width: int) -> bool:
    if not nxt or _LIST_ITEM.match(nxt) or _RULE_LINE.match(nxt) or _RULE_LINE.match(line):
        return True  # a rule ("-------") closes the part above it, and stands on its own over what follows (a label,
        # "More news:", or an item's date line, "Posted: 15.06.2021")
    short = len(line) < SHORT_LINE_SHARE * width
    if short and _SENTENCE_END.search(line):
        return True
    if _is_caps_heading(line) and not nxt.isupper():
        return True  # a headline in capitals over its story ("REGIONAL WORKSHOP ... HELD IN BISHKEK" / "From 3 ...")
    # a short line without final punctuation followed by a capital: a heading or a dateline
    return short and len(line) < 0.5 * width and nxt[:1].isupper() and not line.endswith(("-", ","))


def _is_caps_heading(line: str) -> bool:
    """A line of two words or more in capitals (a news item's headline, which may run over two lines); not a
    masthead of several parts ("DUNYO INFORMATION AGENCY | WEEKLY BULLETIN"), which the issue line below joins."""
    return line.isupper() and "|" not in line and len(re.findall(r"[A-Z]{2,}", line)) >= 2


def _join(current: str, line: str, vocabulary: set[str]) -> str:
    m = _HYPHEN_END.search(current)
    start = _LOWER_START.match(line)
    if m and start:
        left, right = m.group(1), start.group(1)
        if left.lower() in COMPOUND_PREFIXES or f"{left}-{right}".lower() in vocabulary:
            return current + line
        return current[:-1] + line
    return f"{current} {line}"


def _hyphenated_vocabulary(text: str) -> set[str]:
    """Hyphenated words that occur inside lines: their line-end splits keep the hyphen."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+-[A-Za-z]+", text)}
