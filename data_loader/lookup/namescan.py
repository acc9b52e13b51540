"""Long lists of names found in one pass over a text, with exactly the hits of their trie patterns.

The registry, country and demonym patterns are tries of names (``lookup/trie.py``) behind a
look-behind: ``re`` tries them at every character of every document, and they were a tenth of
extraction time. An Aho-Corasick automaton (``pyahocorasick``) reports every occurrence of every
name in one pass in C. What the pattern's ``finditer`` returns is then recovered from those
occurrences, rule by rule:

* a space in a name matches any run of white space, and ’ matches ': the automaton reads the text
  written the way names are stored (each run of white space as one space, ’ as '), and offsets
  are mapped back;
* a hit glued to a word (a word character or a hyphen before it, or after it) is not a match, as
  the look-behind and the ``(?![\\w-])`` after the name say;
* at one start the pattern takes the longest name that ends freely (the trie is greedy and gives
  back a name's tail when the character after it is glued), and the leftmost start wins;
* the next search starts where a match ended, so a hit that overlaps it is dropped.

A kind of names matched in any case (``folded``) is searched on the lowered text (see
``casefold.py``); where lowering would not match as ``IGNORECASE`` does, ``spans`` gives
None for it and the caller runs its pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from data_loader.casefold import lowered
from data_loader.lookup.trie import stored
from data_loader.textscan import glued_to_word

#: what the written copy changes: a run of two or more white-space characters, or one that is not " "
_ODD_SPACE = re.compile(r"\s\s+|[^\S ]")
#: the runs that make the copy shorter than the text
_RUN = re.compile(r"\s\s+")
#: every character ``\s`` matches but the space and the line feed (tested against ``str.isspace``): a
#: text without them (any text the reader cleaned) is written by the fast path below
OTHER_SPACES = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_OTHER_SPACE = re.compile("[" + OTHER_SPACES + "]")
_SPACES = re.compile("  +")  # two spaces written out: re then scans for the pair, not for every space


class _Written:
    """A text written the way names are stored, with the way back to its offsets."""

    __slots__ = ("norm", "_at", "_shift", "_low")

    def __init__(self, text: str) -> None:
        if _OTHER_SPACE.search(text) is None:
            # only spaces and line feeds: ``_ODD_SPACE`` tried at every character costs more than these
            # two literal scans, which give the same copy and the same runs
            spaced = text.replace("\n", " ")
            runs = list(_SPACES.finditer(spaced)) if "  " in spaced else []
            norm = _SPACES.sub(" ", spaced) if runs else spaced
        else:
            norm = _ODD_SPACE.sub(" ", text)
            runs = list(_RUN.finditer(text)) if len(norm) != len(text) else []
        self.norm = norm.replace("’", "'")
        self._at: list[int] = []  # written offsets from which ...
        self._shift: list[int] = []  # ... this many more characters precede in the text
        removed = 0
        for m in runs:
            removed += m.end() - m.start() - 1
            self._at.append(m.end() - removed)
            self._shift.append(removed)
        self._low: list[str | None] = []

    def lowered(self) -> str | None:
        if not self._low:
            self._low.append(lowered(self.norm))
        return self._low[0]

    def back(self, pos: int) -> int:
        """The text's offset of a written offset that is not inside a run of white space."""
        i = bisect_right(self._at, pos)
        return pos + (self._shift[i - 1] if i else 0)

    def back_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``back`` of both ends of each span; a copy without runs of white space has the text's offsets."""
        if not self._at:
            return spans
        back = self.back
        return [(back(s), back(e)) for s, e in spans]


#: the last text and its written copy: the registry, country and demonym scans read the same document
#: (one tuple, replaced whole, so that a thread never pairs a text with another text's copy)
_last: tuple[str, _Written] | None = None


def _written(text: str) -> _Written:
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    written = _Written(text)
    _last = (text, written)
    return written


@dataclass(frozen=True)
class NameKind:
    """One list of names searched as one trie pattern would search it."""

    kind: str
    names: Iterable[str]
    #: matched in any case (the names are given in lower case and searched on the lowered text)
    folded: bool = False
    #: characters besides word characters and the hyphen that may not stand right before a match
    glue: str = ""
    #: a word the pattern allows before the name, ``(?:the\s+)?``: written with its space ("the "); the
    #: match then starts at the word, and the name (group 1) after it is what is reported
    article: str = ""


class NameScan:
    """Several kinds of names found in two passes (one on the text, one on its lowered copy)."""

    def __init__(self, kinds: list[NameKind]) -> None:
        self.kinds = kinds
        self._automata: dict[bool, ahocorasick.Automaton] = {}
        #: the kinds searched in each pass (on the text, or on its lowered copy)
        self._kinds_of: dict[bool, list[NameKind]] = {}
        for k in kinds:
            automaton = self._automata.setdefault(k.folded, ahocorasick.Automaton())
            self._kinds_of.setdefault(k.folded, []).append(k)
            for name in k.names:
                key = stored(name)
                if not key:
                    continue
                _length, found_in = automaton.get(key, (len(key), ()))
                if k.kind not in found_in:
                    automaton.add_word(key, (len(key), (*found_in, k.kind)))
        for automaton in self._automata.values():
            if len(automaton):
                automaton.make_automaton()
        #: the last text and its spans: a scan shared by several lists of names (``registries.name_scan``)
        #: is asked of the same document by each of them (one tuple, replaced whole, as the written copy is)
        self._last: tuple[str, dict[str, list[tuple[int, int]] | None]] | None = None

    def spans(self, text: str) -> dict[str, list[tuple[int, int]] | None]:
        """kind -> (start, end) of the matches in ``text``, left to right; None for a folded kind
        where the lowered text cannot stand for the text. The lists are shared with the next caller
        asking of the same text: read them, do not change them."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        out = self._spans(text)
        self._last = (text, out)
        return out

    def _spans(self, text: str) -> dict[str, list[tuple[int, int]] | None]:
        written = _written(text)
        out: dict[str, list[tuple[int, int]] | None] = {}
        for folded, automaton in self._automata.items():
            hay = written.lowered() if folded else written.norm
            kinds = self._kinds_of[folded]
            if hay is None:
                out.update(dict.fromkeys(k.kind for k in kinds))
                continue
            # kind -> start -> end of the longest name there that nothing glues on the right
            hits: dict[str, dict[int, int]] = {k.kind: {} for k in kinds}
            if len(automaton):
                size = len(hay)
                # tens of thousands of hits over a corpus: the test of ``glued_to_word`` is written out here
                for last, (length, found_in) in automaton.iter(hay):
                    end = last + 1
                    if end < size and ((after := hay[end]).isalnum() or after in "_-"):
                        continue  # a word character or a hyphen follows
                    start = end - length
                    for kind in found_in:
                        if hits[kind].get(start, -1) < end:
                            hits[kind][start] = end
            for k in kinds:
                longest = hits[k.kind]
                out[k.kind] = written.back_spans(_finditer(hay, longest, k)) if longest else []
        return out


def _finditer(hay: str, longest: dict[int, int], kind: NameKind) -> list[tuple[int, int]]:
    """The names ``finditer`` of the kind's pattern reports, from the longest free name at each start."""
    art = kind.article
    starts = set(longest)
    if art:
        starts.update(q - len(art) for q in longest if q >= len(art) and hay.startswith(art, q - len(art)))
    out: list[tuple[int, int]] = []
    last_end = -1
    for p in sorted(starts):
        if p < last_end or glued_to_word(hay, p) or (p and hay[p - 1] in kind.glue):
            continue  # inside the last match, or glued on the left
        q = p + len(art)
        if art and hay.startswith(art, p) and q in longest:
            span = (q, longest[q])  # the article and the name after it; the name is reported
        elif p in longest:
            span = (p, longest[p])
        else:
            continue
        out.append(span)
        last_end = span[1]
    return out
