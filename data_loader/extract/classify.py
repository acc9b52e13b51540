"""Event type and themes from the codebook's vocabularies, through the registry's keyword files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from data_loader.casefold import _lower_literals, lowered
from data_loader.lookup.registries import event_type_keywords, registry_cached, theme_keywords
from data_loader.lookup.trie import trie_regex
from data_loader.textscan import first_at_word_start, matches_at_word_start

#: the type ``event_types.csv`` gives words that name a place or a body, not an activity ("training ground"):
#: being longer, they are matched before the activity word they hold, which they hide
NOT_AN_EVENT = "-"


def _type_char(ch: str) -> str:
    """One character of an event noun: a space also matches a hyphen ("round table", "round-table")."""
    return r"[\s-]" if ch == " " else re.escape(ch)


def _type_body() -> str:
    """Every event noun (the keys are casefolded, so in lower case), the longest that is not glued on the right.

    Written as a character trie (``lookup/trie.py``), not as an alternation of the nouns longest first, which ``re``
    tried one after another at every letter that opens one of them (a fiftieth of extraction); each character of a
    noun matches one character of the text, so the trie's longest-first backtracking finds the same matches."""
    return r"(" + trie_regex(list(event_type_keywords()), char_regex=_type_char, normalise=str) + r")(?![\w-])"


@registry_cached
def _type_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + _type_body(), re.IGNORECASE)


@registry_cached
def _type_scan() -> re.Pattern[str]:
    """``_type_pattern`` for the lowered text (see casefold.py), without its look-behind: the left edge is
    checked on each hit (``textscan.matches_at_word_start``, same matches). The case-insensitive look-behind was
    tried at every character of every sentence, several times slower."""
    return re.compile(_lower_literals(_type_body()))


def event_type_mentions(text: str) -> list[tuple[str, int, int]]:
    """(event_type, start, end) of every event noun, in text order."""
    table = event_type_keywords()
    out = []
    low = lowered(text)
    found = _type_pattern().finditer(text) if low is None else matches_at_word_start(_type_scan(), low)
    for m in found:
        word = text[m.start(1) : m.end(1)]  # as written (the lowered copy gives only the offsets)
        key = re.sub(r"[\s-]+", " ", word.casefold())
        etype = table.get(key) or table.get(word.casefold())
        if etype and etype != NOT_AN_EVENT:
            out.append((etype, m.start(), m.end()))
    return out


_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    """A keyword as the table keys it; memoised: the same few hundred keywords are found again and again."""
    return _SPACES_OR_HYPHENS.sub(" ", text.casefold())


class ThemeIndex(NamedTuple):
    #: every theme keyword: acronyms as written, words in any case, none glued to a word
    pattern: re.Pattern[str]
    #: normalised keyword -> [(theme, weight)]
    table: dict[str, list[tuple[str, float]]]
    #: the same search in two faster halves (see ``_keywords``): acronyms on the text as written, with their
    #: left edge checked after the hit; words in lower case on the lowered text, with the look-behind in the
    #: pattern (case-sensitive, it costs less there than a Python check of each hit glued to a word)
    acronyms: re.Pattern[str]
    words: re.Pattern[str]


@registry_cached
def _theme_index() -> ThemeIndex:
    """All theme keywords in one pattern (one pass per sentence), and keyword -> [(theme, weight)].
    Acronyms (CBRN, FTF, AML/CFT) match in capitals only; words match in any case."""
    table: dict[str, list[tuple[str, float]]] = {}
    acronyms, words = set(), set()
    for theme, kws in theme_keywords().items():
        for kw, weight in kws:
            table.setdefault(_norm(kw), []).append((theme, weight))
            if kw.isupper() or "/" in kw:
                acronyms.add(kw)
            else:
                # hyphen or space between words: "law-enforcement cooperation" = "law enforcement cooperation"
                words.add(kw.casefold().replace("-", " "))
    acr = trie_regex(sorted(acronyms))
    body = trie_regex(sorted(words)).replace(r"\s+", r"[\s-]+")
    pattern = re.compile(r"(?<![\w-])(?:" + acr + r"|(?i:" + body + r"))(?![\w-])")
    return ThemeIndex(pattern, table, re.compile(rf"(?:{acr})(?![\w-])"), re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"))


def _keywords(text: str, index: ThemeIndex) -> Iterator[tuple[int, int]]:
    """Spans of ``index.pattern.finditer(text)``, found faster.

    The pattern tries a case-insensitive look-behind at every character. Its two halves are
    cheaper: acronyms on the text, whose first letters ``re`` can scan for, words on the lowered
    text (see casefold.py; where lowering would not match as IGNORECASE does, the pattern itself runs). At
    each step the leftmost hit of either half that is not glued to a word is taken, the acronym
    first on a tie, as the alternation does, and both halves go on after its end.
    """
    low = lowered(text)
    if low is None:
        yield from (m.span() for m in index.pattern.finditer(text))
        return
    # a half that found nothing from one position finds nothing from a later one: it is not searched again
    acr = first_at_word_start(index.acronyms, text)
    word = index.words.search(low)
    while acr is not None or word is not None:
        m = acr if word is None or (acr is not None and acr.start() <= word.start()) else word
        yield m.span()
        pos = m.end()
        if acr is not None and acr.start() < pos:
            acr = first_at_word_start(index.acronyms, text, pos)
        if word is not None and word.start() < pos:
            word = index.words.search(low, pos)


#: theme keywords that, before an activity, say how it was held: "an online seminar", "online sessions"
FORMAT_WORDS = frozenset({"online"})
_ACTIVITY_AFTER = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?(?:seminars?|trainings?|workshops?|courses?|sessions?|"
                             r"meetings?|conferences?|webinars?|events?|lectures?|round\s*tables?|briefings?|"
                             r"consultations?|format|mode|platform|participation)\b", re.IGNORECASE)


def theme_scores(weighted_texts: list[tuple[str, int, float]]) -> dict[str, tuple[float, list[tuple[int, int]]]]:
    """Weighted keyword score per theme over (text, offset, weight) parts, with the spans that scored."""
    index = _theme_index()
    table = index.table
    scores: dict[str, tuple[float, list[tuple[int, int]]]] = {}
    for text, offset, part_weight in weighted_texts:
        # a theme counts once per sentence, by its strongest keyword: several keywords of one
        # phrase ("resilience of local communities") are one mention, not three
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        for start, end in _keywords(text, index):
            kw = _norm(text[start:end])
            if kw in FORMAT_WORDS and _ACTIVITY_AFTER.match(text, end):
                continue  # "two online training seminars": how it was held, not what about
            for theme, kw_weight in table.get(kw, ()):
                if kw_weight > best.get(theme, (0.0, (0, 0)))[0]:
                    best[theme] = (kw_weight, (offset + start, offset + end))
        for theme, (kw_weight, span) in best.items():
            total, spans = scores.get(theme, (0.0, []))
            scores[theme] = (total + kw_weight * part_weight, [*spans, span])
    return scores


def pick_themes(scores: dict[str, tuple[float, list[tuple[int, int]]]]) -> list[str]:
    """The leading theme, plus any other theme that scores at least half as much."""
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
    top = ranked[0][1][0]
    if top < 2:
        return []
    return [t for t, (s, _) in ranked if s >= max(min(3.0, top), 0.45 * top)][:3]
