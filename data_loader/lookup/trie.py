"""Regular expressions for long lists of names, built as a character trie.

Python's ``re`` tries every branch of ``A|B|C|...`` at every position; a list of several
hundred aliases written that way dominates extraction time. The same list written as a
trie (``Uni(?:ted\\s+Nations\\s+(?:Office|...)|...)``) shares prefixes, so each position is
rejected after one or two characters. The match is always the longest name that fits.
"""

from __future__ import annotations

import re


def _char_regex(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def stored(name: str) -> str:
    """A name the way the trie stores it: words joined by one space, ’ as '."""
    return " ".join(name.split()).replace("’", "'")


def trie_regex(words: list[str]) -> str:
    """A regex (no anchors, no flags) matching exactly the given words, longest first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in stored(word):
            node = node.setdefault(ch, {})
        node[""] = True
    return _build(trie) if trie else "(?!)"


def _build(node: dict) -> str:
    end = "" in node
    branches = [_char_regex(ch) + _build(child) for ch, child in sorted(node.items(), key=lambda kv: kv[0])
                if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body
