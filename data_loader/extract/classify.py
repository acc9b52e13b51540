"""Event type and themes from the codebook's vocabularies, through the registry's keyword files."""

from __future__ import annotations

import re

from data_loader.registries import event_type_keywords, registry_cached, theme_keywords


@registry_cached
def _type_pattern() -> re.Pattern[str]:
    kws = sorted(event_type_keywords(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]") for k in kws) + r")(?![\w-])",
                      re.IGNORECASE)


def event_type_mentions(text: str) -> list[tuple[str, int, int]]:
    """(event_type, start, end) of every event noun, in text order."""
    table = event_type_keywords()
    out = []
    for m in _type_pattern().finditer(text):
        key = re.sub(r"[\s-]+", " ", m.group(1).casefold())
        etype = table.get(key) or table.get(m.group(1).casefold())
        if etype:
            out.append((etype, m.start(), m.end()))
    return out


_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")


def _norm(text: str) -> str:
    return _SPACES_OR_HYPHENS.sub(" ", text.casefold())


@registry_cached
def _theme_index() -> tuple[re.Pattern[str], dict[str, list[tuple[str, float]]]]:
    """All theme keywords in one pattern (one pass per sentence), and keyword -> [(theme, weight)].
    Acronyms (CBRN, FTF, AML/CFT) match in capitals only; words match in any case."""
    from data_loader.extract.trie import trie_regex

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
    body = trie_regex(sorted(words)).replace(r"\s+", r"[\s-]+")
    pattern = re.compile(r"(?<![\w-])(?:" + trie_regex(sorted(acronyms)) + r"|(?i:" + body + r"))(?![\w-])")
    return pattern, table


def theme_scores(weighted_texts: list[tuple[str, int, float]]) -> dict[str, tuple[float, list[tuple[int, int]]]]:
    """Weighted keyword score per theme over (text, offset, weight) parts, with the spans that scored."""
    pattern, table = _theme_index()
    scores: dict[str, tuple[float, list[tuple[int, int]]]] = {}
    for text, offset, part_weight in weighted_texts:
        # a theme counts once per sentence, by its strongest keyword: several keywords of one
        # phrase ("resilience of local communities") are one mention, not three
        best: dict[str, tuple[float, tuple[int, int]]] = {}
        for m in pattern.finditer(text):
            for theme, kw_weight in table.get(_norm(m.group(0)), ()):
                if kw_weight > best.get(theme, (0.0, (0, 0)))[0]:
                    best[theme] = (kw_weight, (offset + m.start(), offset + m.end()))
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
    if top < 3:
        return []
    return [t for t, (s, _) in ranked if s >= max(3.0, 0.45 * top)][:3]
