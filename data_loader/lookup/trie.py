"""Regular expressions for long lists of names, built as a character trie.

Python's ``re`` tries every branch of ``A|B|C|...`` at every position; a list of several
hundred aliases written that way dominates extraction time. The same list written as a
trie (``Uni(?:ted\\s+Nations\\s+(?:Office|...)|...)``) shares prefixes, so each position is
rejected after one or two characters. The match is always the longest name that fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def _char_regex(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def stored(name: str) -> str:
    """A name the way the trie stores it: words joined by one space, ’ as '."""
    return " ".join(name.split()).replace("’", "'")


def trie_regex(words: list[str], char_regex: Callable[[str], str] = _char_regex,
               normalise: Callable[[str], str] = stored) -> str:
    """A regex (no anchors, no flags) matching exactly the given words, longest first. ``char_regex`` writes one
    character of a word, ``normalise`` a word before it is stored (by default a space matches any run of white
    space and ’ matches ', see ``stored``)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in normalise(word):
            node = node.setdefault(ch, {})
        node[""] = True
    return _build(trie, char_regex) if trie else "(?!)"


def _build(node: dict, char_regex: Callable[[str], str] = _char_regex) -> str:
    end = "" in node
    branches = [char_regex(ch) + _build(child, char_regex) for ch, child in sorted(node.items(), key=lambda kv: kv[0])
                if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body
