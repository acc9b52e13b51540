"""Faster equivalents of regex searches that start with a look-behind.

A pattern that opens with ``(?<![\\w-])`` gives Python's ``re`` no first character to
scan for, so it runs the look-behind at every position of the text. The same pattern
without it starts with its names or capital letters, which ``re`` finds by a fast
scan; the left edge is then checked on each hit. This was four times faster for
capitalised phrases and registry acronyms over a corpus of releases.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from functools import reduce
from operator import itemgetter, or_
from re import _constants, _parser  # the standard library's own reading of pattern syntax

import ahocorasick

from data_loader.syntax_memo import remembered


def glued_to_word(text: str, pos: int) -> bool:
    """Whether the character before ``pos`` is a word character or a hyphen (what ``(?<![\\w-])`` refuses)."""
    if pos == 0:
        return False
    ch = text[pos - 1]
    return ch.isalnum() or ch in "_-"


def after_word_char(text: str, pos: int) -> bool:
    """Whether the character before ``pos`` is a word character: what ``\\b`` refuses before a match that opens
    with a word character."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")


def first_at_word_start(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    r"""The first match at or after ``pos`` that is not glued to a word (what ``(?<![\w-])`` allows)."""
    while (m := pattern.search(text, pos)) is not None and glued_to_word(text, m.start()):
        pos = m.start() + 1
    return m


def matches_at_word_start(pattern: re.Pattern[str], text: str,
                          glued: Callable[[str, int], bool] = glued_to_word) -> Iterator[re.Match[str]]:
    """What ``finditer`` of ``(?<![\\w-])`` + ``pattern`` yields, match for match, for a pattern
    that never matches the empty string.

    A hit glued to a word is skipped and the search resumes one character later, exactly
    where the look-behind version would try next; after a hit it resumes at its end, which is
    what ``finditer`` does by itself (glued hits are rare: the scan runs in ``finditer``).
    ``glued=after_word_char``: what ``finditer`` of ``\\b`` + ``pattern`` yields, for a pattern whose every
    match opens with a word character.
    """
    pos = 0
    while True:
        for m in pattern.finditer(text, pos):
            s = m.start()
            if m.end() == s:
                raise ValueError(f"pattern matched the empty string: {pattern.pattern[:60]!r}")
            if glued(text, s):
                pos = s + 1
                break
            yield m
        else:
            return


# ---------------------------------------------------------------- words every match needs
# A pattern such as ``\b(?:funded|financed|sponsored)\s+by\b`` finds nothing in a sentence that holds
# none of "funded", "financed", "sponsored"; testing for those words is one fast literal scan, while
# the pattern itself is tried at every position. The words are read from the pattern's own syntax
# tree, so an edited pattern can never be left with a stale list of words.


@remembered("required_words", lambda v: None if v is None else sorted(v), lambda v: None if v is None else frozenset(v))
def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` contains, as written (case-sensitive); None when
    the pattern has no such words (a part that may be absent, a character class, case folding)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern simply gets no prefilter
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    words = _sequence(list(tree))
    return None if words is None else _shortest(words)


def _shortest(words: frozenset[str]) -> frozenset[str]:
    """A word that contains another is implied by it: keep the shorter one."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


@remembered("required_word_sets", lambda v: [sorted(ws) for ws in v], lambda v: [frozenset(ws) for ws in v])
def required_word_sets(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Every set of words the pattern as a whole needs one of (each part of it that needs a word, a look-ahead's
    included: "held ... (?=... workshop|seminar ...)" needs a verb and an event noun), most selective first;
    [] when none (see ``required_words``, whose set is the first)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern simply gets no prefilter
        return []
    if tree.state.flags & re.IGNORECASE:
        return []
    items = list(tree)
    if len(items) == 1 and items[0][0] is _constants.SUBPATTERN and not items[0][1][1] & re.IGNORECASE:
        items = list(items[0][1][3])  # a pattern wrapped whole in a group
    found = sorted(_candidates(items, look_arounds=True), key=_selectivity, reverse=True)
    return [_shortest(ws) for ws in found]


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    """Any candidate is a correct condition; the most selective has the longest shortest word, then the fewest."""
    return min(map(len, words)), -len(words)


def _candidates(items: list, look_arounds: bool = False) -> list[frozenset[str]]:
    """The sets of words a sequence of syntax nodes needs one of: each run of literal characters is a word
    every match holds; each node that needs one of several words gives another set; with ``look_arounds``, so
    does the body of a look-ahead or look-behind that must match."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = _sequence(list(av[1])) if look_arounds and op is _constants.ASSERT else _node(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return candidates


def _sequence(items: list) -> frozenset[str] | None:
    """Best set of words for a sequence of syntax nodes (see ``_candidates``)."""
    candidates = _candidates(items)
    return max(candidates, key=_selectivity) if candidates else None


def _node(op, av) -> frozenset[str] | None:
    if op is _constants.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _sequence(list(body))
    if op is _constants.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _constants.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None  # one alternative needs no word: neither does the whole
            words |= found
        return frozenset(words)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        least, _most, body = av
        if least < 1:
            return None
        if all(o is _constants.LITERAL for o, _ in body):  # " {2,}": two spaces in a row
            return frozenset(["".join(chr(a) for _, a in body) * min(least, 8)])
        return _sequence(list(body))
    return None  # classes, anchors, look-arounds, back-references: no word


#: shorter words than this are in nearly every sentence: no use as a prefilter
MIN_WORD = 3


class _WordsHeld:
    """Which of the needed words of every prefiltered pattern a text holds, found in one pass.

    A sentence is asked of a dozen prefiltered patterns (the cues of ``roles``, the future, people, ...),
    and a substring test or an alternation per pattern cost a fifteenth of extraction. An Aho-Corasick
    automaton (``pyahocorasick``, as in ``lookup/namescan.py``) of all their words reports, in one pass in C,
    every occurrence of every word, overlapping ones included: exactly the words the text holds. Each
    pattern's words carry its bit; the OR of the bits of a text's hits is kept for the text, so every
    later pattern asking of the same text is one dictionary look-up.

    A pattern's words join when it first asks (most prefilters are never asked of a sentence: the
    markdown marks, the date names); that builds a new automaton and forgets the kept texts, in one state
    swapped whole, so a thread never pairs an automaton with another one's results.
    """

    #: texts kept before the cache is emptied (a document asks of some tens)
    KEEP = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bits: dict[str, int] = {}  # word -> the bits of the patterns needing it
        self._count = 0
        #: (automaton, text -> bits of the patterns one of whose words it holds), set by the first ``register``
        self.state: tuple[ahocorasick.Automaton, dict[str, int]] = (ahocorasick.Automaton(), {})

    def register(self, *word_sets: tuple[str, ...]) -> int:
        """The bits (one new bit for each set) of a pattern needing one word of each of ``word_sets``."""
        with self._lock:
            mask = 0
            for words in word_sets:
                bit = 1 << self._count
                self._count += 1
                mask |= bit
                for w in words:
                    self._bits[w] = self._bits.get(w, 0) | bit
            automaton = ahocorasick.Automaton()
            for w, bits in self._bits.items():
                automaton.add_word(w, bits)
            automaton.make_automaton()
            self.state = (automaton, {})
            return mask

    def bits(self, text: str) -> int:
        """The OR of the bits of the patterns that need a word ``text`` holds."""
        automaton, held = self.state
        found = held.get(text)
        if found is None:
            found = reduce(or_, map(itemgetter(1), automaton.iter(text)), 0)
            if len(held) >= self.KEEP:
                held.clear()
            held[text] = found
        return found


_WORDS_HELD = _WordsHeld()


class NeededWords:
    """The words one of which every match of a pattern holds: ``search`` looks for them with one
    alternation, ``found_in`` says whether a text holds one, by the fastest of three ways.

    ``shared``: the pattern is one of many asked of the same short texts (the cue patterns, each
    asked of the lowered sentences): its words are looked for in the one pass for the words of all such
    patterns (``_WordsHeld``). Other texts (a window before a name, a whole document) are asked of one
    pattern or two, and looking for every pattern's words there would cost more than it saves.

    ``also``: other sets of words the pattern needs one of besides (a verb and, in its look-ahead, an event noun):
    ``found_in`` then asks for a word of each set. In the shared pass each costs only a bit to test."""

    __slots__ = ("words", "also", "regex", "_own", "_bit")

    def __init__(self, words: frozenset[str], shared: bool = False,
                 also: tuple[frozenset[str], ...] = ()) -> None:
        self.words = tuple(sorted(words, key=lambda w: (-len(w), w)))
        self.also = tuple(tuple(sorted(ws)) for ws in also)
        self.regex = re.compile("|".join(re.escape(w) for w in self.words))
        # the alternation stops at every character that starts one of its words: a substring test per word
        # was faster for a few words not all capitalised (about a third over corpus sentences); for words
        # that all open with a capital (rare in prose), one word or a long list, the alternation was
        self._own: Callable[[str], bool] = (
            self._holds_one if 2 <= len(self.words) <= 11 and not all(w[0].isupper() for w in self.words)
            else self._found_by_regex)
        self._bit = 0 if shared else -1  # 0: a bit in the shared pass is given when first asked

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the words (as ``search`` would find one), and one of each set of ``also``."""
        mask = self._bit
        if mask < 0 or len(text) > SHARED_TEXT_MAX:
            return self._own(text) and all(any(map(text.__contains__, ws)) for ws in self.also)
        if not mask:
            mask = self._join()
        # a text asked before (most are: a sentence is asked of a dozen cues) is one look-up, read here rather
        # than through ``bits`` (half a million questions over 2,000 releases: a call each was a hundredth)
        found = _WORDS_HELD.state[1].get(text)
        if found is None:
            found = _WORDS_HELD.bits(text)
        return found & mask == mask

    def _join(self) -> int:
        self._bit = _WORDS_HELD.register(self.words, *self.also)
        return self._bit

    def shared_bit(self) -> int:
        """This pattern's bits in the shared pass (its words join it when first asked): ``found_in`` of a text
        is whether the text's ``shared_bits`` hold all of them. -1 for a pattern not in the pass."""
        return self._join() if self._bit == 0 else self._bit

    def _holds_one(self, text: str) -> bool:
        return any(map(text.__contains__, self.words))

    def _found_by_regex(self, text: str) -> bool:
        return self.regex.search(text) is not None


#: longer texts than this (a paragraph, a document) are not looked at in the shared pass: few patterns ask
#: of them, and the pass would find every pattern's words there (sentences are some 140 characters)
SHARED_TEXT_MAX = 1000


def shared_bits(text: str) -> int:
    """The OR of the ``shared_bit`` of the patterns one of whose words ``text`` holds (a text of at most
    ``SHARED_TEXT_MAX`` characters): what ``found_in`` reads, for a caller asking of several patterns at once.
    A pattern's bit counts only when it was given before this call (a later one rebuilds the pass)."""
    found = _WORDS_HELD.state[1].get(text)
    return _WORDS_HELD.bits(text) if found is None else found


def prefilter(pattern: re.Pattern[str], min_word: int = MIN_WORD, shared: bool = False) -> NeededWords | None:
    """The words every match of ``pattern`` needs: where a text holds none, ``pattern`` finds nothing
    either. None when the pattern needs no word of at least ``min_word`` characters (a markup
    character such as ``*`` is rare enough in prose to be worth a check of its own). ``shared``: see
    ``NeededWords``."""
    words = required_words(pattern)
    if not words or min(map(len, words)) < min_word:
        return None
    also = tuple(ws for ws in required_word_sets(pattern) if ws != words and _worth_a_bit(ws))[:2] if shared else ()
    return NeededWords(words, shared, also)


#: words in most sentences: a set holding one rules out too few sentences to be worth looking for
_COMMON_WORDS = frozenset(["with", "that", "which", "from", "this", "were", "have", "been", "will", "also", "under",
                           "within", "part", "made", "their", "they"])


def _worth_a_bit(words: frozenset[str]) -> bool:
    """Whether a further set of needed words is worth its bit in the shared pass: each of its hits in a text
    costs there, and short or common words are in nearly every sentence."""
    return min(map(len, words)) >= 4 and not words & _COMMON_WORDS


class Prefiltered:
    """A compiled pattern that is only searched in texts holding a word every match of it needs."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.plain = pattern
        self.need = prefilter(pattern)

    @property
    def pattern(self) -> str:
        return self.plain.pattern

    def may_match(self, text: str) -> bool:
        return self.need is None or self.need.found_in(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.plain.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.plain.finditer(text) if self.may_match(text) else iter(())


# ---------------------------------------------------------------- the first character of a match
# ``re`` scans quickly for a pattern that opens with a literal or a class; one that opens with a
# look-behind or an optional part ("(?:Monday,\s+)?27 May") is tried in full at every character.
# Written in front of it, a look-ahead for the characters a match can start with rejects most
# positions at once, and finds the same matches: every match starts with one of them.


@remembered("first_chars", lambda v: v, lambda v: v)
def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A character class (as pattern text) holding the first character of every match of ``pattern``;
    None when that is not known (a match may be empty, case folding, a negated class, a dot)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - unreadable: no hint
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _first_of(list(tree))
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


_CLASS_TEXT = {_constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_SPACE: r"\s", _constants.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _first_of(items: list) -> tuple[set[str], bool] | None:
    """(class items a match of the sequence can start with, whether it can be empty), or None."""
    starts: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        found = _first_of_node(op, av)
        if found is None:
            return None
        starts |= found[0]
        if not found[1]:
            return starts, False
    return starts, True


def _first_of_node(op, av) -> tuple[set[str], bool] | None:
    c = _constants
    if op is c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is c.IN:
        out = set()
        for item, arg in av:
            if item is c.LITERAL:
                out.add(re.escape(chr(arg)))
            elif item is c.RANGE:
                out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif item is c.CATEGORY and arg in _CLASS_TEXT:
                out.add(_CLASS_TEXT[arg])
            else:
                return None  # a negated class or category
        return out, False
    if op is c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _first_of(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _first_of(list(av))
    if op is c.BRANCH:
        out, empty = set(), False
        for alternative in av[1]:
            found = _first_of(list(alternative))
            if found is None:
                return None
            out |= found[0]
            empty = empty or found[1]
        return out, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        found = _first_of(list(av[2]))
        return None if found is None else (found[0], found[1] or av[0] == 0)
    return None


@remembered("scans_by_itself", lambda v: v, lambda v: v)
def _scans_by_itself(pattern: re.Pattern[str]) -> bool:
    """Whether ``re`` already finds the pattern's possible starts by itself: it opens with a literal, a
    class, or alternatives that each open with a literal."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] is _constants.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op is _constants.BRANCH:
        return all(alt and alt[0][0] is _constants.LITERAL for alt in av[1])
    return op in (_constants.LITERAL, _constants.IN)


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for its first characters in front (same matches, same groups), when
    ``re`` has no quicker way to find where a match can start; else ``pattern`` itself."""
    hint = first_chars(pattern)
    if hint is None or _scans_by_itself(pattern):
        return pattern
    try:
        return re.compile(f"(?={hint})" + pattern.pattern, pattern.flags)
    except re.error:  # e.g. global flags written at its start
        return pattern
