"""Programmes, projects and frameworks the event was held under: registry aliases, plus named
projects that no registry entry knows yet ("under the project 'X – Phase II'")."""

from __future__ import annotations

import re

from data_loader.lookup.registries import (
    PROGRAMME_WORDS_COMPARED,
    name_words,
    programme_wordings,
    programmes,
    registry_cached,
)
from data_loader.textscan import Prefiltered

#: both patterns are searched only in texts holding a word each needs (read from the pattern: "project",
#: "program" or "initiative" for the cue; a head word such as "Initiative" for a named one)
_CUE = Prefiltered(re.compile(
    r"\b(?:under|within(?:\s+the\s+framework\s+of)?|in\s+the\s+framework\s+of|as\s+part\s+of|part\s+of|"
    r"implemented\s+under|funded\s+under|through|by|for|launch\s+of)\s+(?:the|a|its|their)\s+"
    r"(?:(?:\w+-(?:funded|supported|financed|backed)|joint|national|regional|new|global|multi-year|two-year|"
    r"three-year)\s+)*"
    r"(?:[A-Z][\w/–-]*\s+){0,3}?(?:project|programme|program|initiative)\s+"
    r"(?:on\s+|entitled\s+|titled\s+|called\s+|named\s+)?"
    r"(?P<title>“[^”]{4,200}”|\"[^\"]{4,200}\"|‘[^’]{4,200}’|'[^']{4,200}'|[A-Z][\w’'-]*(?:[\s-]+(?:[A-Z][\w’'-]*|"
    r"of|on|for|the|and|in|to|against|a|an)){1,20})"
))
#: a project named before its lower-case head word: "as part of the USAID Dignity and Rights project"
_NAMED_BEFORE = Prefiltered(re.compile(
    r"\b(?:under|within|as\s+part\s+of|part\s+of|(?:with)?in\s+the\s+framework\s+of|through|for)\s+(?:the|its|their)\s+"
    r"(?:(?:regional|joint|national|global)\s+)?"
    r"(?P<title>[A-Z][\w’'/-]*(?:\s+(?:[A-Z][\w’'/-]*|of|on|for|the|and|in|to|against)){1,10})\s+"
    r"(?:project|programme|program|initiative)\b"
))
#: an event of a project named before its lower-case head word: "a signature conference of the GCRF COMPASS
#: project", "the final workshop of the STRIVE Asia programme" (the event is the project's own)
_EVENT_OF = Prefiltered(re.compile(
    r"\b(?:conference|meeting|workshop|seminar|training|course|forum|session|round\s*table|event|webinar|"
    r"exercise|summit|dialogue)s?\s+of\s+(?:the|its|their)\s+"
    r"(?P<title>[A-Z][\w’'/-]*(?:\s+(?:[A-Z][\w’'/-]*|of|on|for|the|and|in|to|against)){0,10})\s+"
    r"(?:project|programme|program|initiative)\b"
))
#: "Project Kalkan", "Operation Cyber Shield": a proper name after a capitalised head word
_HEAD_FIRST = Prefiltered(re.compile(
    r"(?<![\w-])Project\s+(?P<title>(?!(?:Manager|Coordinator|Co-ordinator|Office|Officer|Director|Team|Document|"
    r"Board|Steering|Implementation|Unit|Staff|Partners?|Newsletter|News|Update|Updates|Bulletin|Digest|Page|"
    r"Website|Report|Brief|Highlights)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
))
_NAMED = Prefiltered(re.compile(
    r"\b(?:under|within|as\s+part\s+of|(?:with)?in\s+the\s+(?:framework|context|scope)\s+of|through|funded\s+by|"
    r"implemented\s+by|"
    r"part\s+of)\s+(?:the|its|their)\s+(?P<title>(?:[A-Z][\w’'/-]*\s+(?:(?:of|on|for|the|and|in|to|against)\s+){0,2})"
    r"{1,8}(?:Initiative|Programme|Program|Project|Facility|Network|Platform|Partnership|Process)"
    # a list of verbs in the name: "Programme on Detecting, Preventing, and Countering the Financing of Terrorism"
    r"(?:\s+(?:on|for|against|to|of)\s+(?:the\s+)?[A-Z][\w’'/-]*(?:(?:\s+|,\s+(?:and\s+)?(?=[A-Z][a-z]+ing\b))"
    r"(?:[A-Z][\w’'/-]*|of|on|for|the|and|in|to|against)){0,10})?)\b"
))
#: a name in quotes right after the head word: 'the global joint initiative “Supporting the Management of ...”'
_QUOTED_AFTER_HEAD = Prefiltered(re.compile(
    r"\b(?i:project|programme|program|initiative|framework|facility)\s+(?:entitled\s+|titled\s+|called\s+|"
    r"named\s+)?(?P<title>“[^”]{4,200}”|\"[^\"]{4,200}\"|«[^»]{4,200}»|‘[^’]{4,200}’)"
))
#: a name in quotes before the head word: 'as part of "Youth for social harmony in Fergana Valley", a joint
#: initiative', 'the "Youth for Social Harmony" project' (an opening quote after a word, so that a closing
#: quote and the next opening one are not read as a name)
_QUOTED_BEFORE_HEAD = Prefiltered(re.compile(
    r"(?:(?<=\s)|^)(?P<title>“[^”]{4,200}”|\"[^\"]{4,200}\"|«[^»]{4,200}»)(?:\s+|,\s+an?\s+(?:[\w-]+\s+){0,3}?)"
    r"(?i:project|programme|program|initiative)\b"
))
#: a name with its acronym in brackets before a lower-case head word: "the Integrated Co-operation on Explosive
#: Hazards (ICExH) programme of the OSCE held ...", wherever it stands in the sentence
_ACRONYMED_BEFORE_HEAD = Prefiltered(re.compile(
    r"\b(?:the|its|their)\s+(?P<title>[A-Z][\w’'/-]*(?:\s+(?:[A-Z][\w’'/-]*|of|on|for|the|and|in|to|against)){2,10})"
    r"\s+\([A-Z][A-Za-z]{1,10}\)\s+(?:project|programme|program|initiative)\b"
))
_PHASE = re.compile(r"\s*(?:[-–—,:(]\s*)?\(?\b(?:Phase|phase)\s+(?:[IVX]+|\d+|one|two|three|four|five)\b\)?\.?", re.I)
#: the years a project runs, in brackets after its name: "... in prisons (2018-2021)" is the project "... in prisons"
_YEARS_AFTER = re.compile(r"\s*\(\s*(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)?\d\d|present))?\s*\)\s*$")


#: a dash after this many words opens a subtitle, not part of the name
SUBTITLE_AFTER_WORDS = 5


@registry_cached(maxsize=1 << 12)
def clean_title(raw: str) -> str:
    """Quotes and phases dropped, a long subtitle after a colon cut: a short canonical name. Memoised
    (the owner is looked for with a scan for every registry name): the same programme titles come back
    in release after release."""
    t = raw.strip().strip("“”‘’«»\"' ")
    t = _PHASE.sub("", t)
    t = _YEARS_AFTER.sub("", t) if t.endswith(")") else t
    if ":" in t and len(t.split(":", 1)[0].split()) >= 3:
        t = t.split(":", 1)[0]
    if " – " in t and len(t.split(" – ", 1)[0].split()) >= SUBTITLE_AFTER_WORDS:
        t = t.split(" – ", 1)[0]  # "Support to States in Central Asia ... – Security and Accountability Action"
    t = re.sub(r"(?:\s+(?:and|of|the|for|on|in|to|a|an|against))+$", "", t.strip(" ,.;–-"))
    t = _without_owner(t)
    return " ".join(t.split())


_LINK_WORDS = {"of", "on", "for", "the", "and", "in", "to", "against", "a", "an"}


def _without_owner(title: str) -> str:
    """'UNODC Global Programme on X' -> 'Global Programme on X': the owner is an organisation, not part
    of the programme's short name -- unless what is left is too short to name the programme alone
    ('USAID Dignity and Rights' stays whole: 'Dignity and Rights' says nothing of whose it is)."""
    from data_loader.lookup.registries import organizations

    _, matcher = organizations()
    for s, e, _ in matcher.finditer(title):
        after = title[e:].strip()
        rest = re.sub(r"^['’]s\s+", "", after)
        named = [w for w in rest.split() if w.lower() not in _LINK_WORDS]
        # "OSCE’s WIN Project": a possessive says whose it is, however short the name left
        if s == 0 and (len(named) >= 3 or (rest != after and len(named) >= 2)):
            return rest
        break
    return title


#: "(STRIVE Asia)" right after a programme's long name: the short name it is known by
_SHORT_AFTER = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]*[A-Z][A-Za-z-]*(?:\s+[A-Z][\w-]*){1,2})\)")


def _short_name(text: str, end: int) -> str | None:
    """The short name of two or three words written in brackets after a programme's long name ("(STRIVE
    Asia)"): the codebook codes programmes by their short names. A bare acronym is only an abbreviation
    of the long name, which is kept."""
    m = _SHORT_AFTER.match(text, end)
    if m is None or _PHASE.fullmatch(m.group(0).strip()) or _is_organization(m.group("short")):
        return None
    return m.group("short")


#: a programme named only by what it does: "a joint EU-UN programme to strengthen resilience against violent
#: extremism in Asia", "the project on countering the financing of terrorism"
_DESCRIBED = Prefiltered(re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,6}?(?:programme|program|project|initiative)\s+"
    r"(?:to|that|which|aimed\s+at|aiming\s+to|on|for|of)\s+(?P<desc>[^.;:()“”\"]{10,200})"
))
_STOP_WORDS = {"the", "of", "for", "in", "on", "and", "to", "a", "an", "un", "united", "nations", "against", "with",
               "at", "by", "its", "their", "that", "which", "programme", "program", "project", "initiative", "phase"}


def _stem(word: str) -> str:
    """A crude stem, enough to match 'strengthen'/'strengthening', 'counter'/'countering', 'terrorist'/'terrorism'."""
    w = word.lower().replace("counter-terrorism", "counterterrorism")
    for suffix in ("ational", "ation", "ing", "ism", "ist", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _content_stems(text: str) -> set[str]:
    return {_stem(t) for t in re.findall(r"[A-Za-z][A-Za-z-]*", text) if t.lower() not in _STOP_WORDS}


@registry_cached
def _alias_stems() -> list[tuple[frozenset[str], str]]:
    """(content stems, canonical) of every registry programme alias of four content words or more."""
    _, matcher = programmes()
    out = []
    for alias, canonical in matcher.table.items():
        stems = frozenset(_content_stems(alias))
        if len(stems) >= 4:
            out.append((stems, canonical))
    return out


def described_programmes(text: str) -> list[tuple[str, int, int, str]]:
    """(canonical, start, end, description) of registry programmes a text names only by a description that
    holds every content word of one of its names ("a programme to strengthen resilience against violent
    extremism in Asia" -> STRIVE Asia); a description two programmes fit equally is left alone."""
    out: list[tuple[str, int, int, str]] = []
    for m in _DESCRIBED.finditer(text):
        words = _content_stems(m.group("desc"))
        fits = {canonical for stems, canonical in _alias_stems() if stems <= words}
        if len(fits) == 1:
            out.append((fits.pop(), m.start(), m.end(), " ".join(m.group(0).split())))
    return out


#: a project described in lower case, under which the event was held, with its acronym in brackets: "held under the
#: security project for Central Asia and the Caucasus (CCASP)"
_DESCRIBED_WITH_ACRONYM = re.compile(
    r"\b(?:under|within|as\s+part\s+of|in\s+the\s+framework\s+of)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:project|programme|program|initiative)\b[^().;]{0,80}?\((?P<acr>[A-Z][A-Za-z]{2,9})\)")


def acronym_of_described_project(text: str) -> tuple[str, int, int] | None:
    """(acronym, start, end) of a project the text describes in lower case and names only by its acronym in
    brackets: the acronym is the only name it has."""
    m = _DESCRIBED_WITH_ACRONYM.search(text)
    return (m.group("acr"), m.start("acr"), m.end("acr")) if m else None


def registry_programme(name: str) -> str | None:
    """The registry programme a written name refers to: an alias that occurs in it, else a registry name of five words
    or more whose words nearly all stand in it, and it adds few of its own ("EU–UN support to the States of Central
    Asia for their citizens returned from conflict zones, primarily from Syria and Iraq")."""
    _, matcher = programmes()
    hits = list(matcher.finditer(name))
    if hits:
        return hits[0][2]
    words = name_words(name)
    if len(words) < PROGRAMME_WORDS_COMPARED:
        return None
    best = max(((len(words & known) / len(known), len(words & known) / len(words | known), canonical)
                for known, canonical in programme_wordings()), default=None)
    if best is not None and best[0] >= WORDS_KNOWN_SHARE and best[1] >= WORDS_SHARED_SHARE:
        return best[2]
    return None


#: how much of a registry name's words a written name must hold, and how much of both names' words the two share,
#: for the written name to be that programme worded otherwise
WORDS_KNOWN_SHARE = 0.85
WORDS_SHARED_SHARE = 0.6


#: every named or described programme holds one of these words (in any case): most sentences hold none
_HEAD_WORDS = ("project", "program", "initiative", "facility", "platform", "network", "process", "partnership",
               "framework", "movement", "campaign")


def head_word_positions(text: str) -> list[int]:
    """Where ``text`` holds a word every named or described programme needs, in order: a sentence without
    one names no programme (``str.find`` of each word scans faster than a pattern of them all)."""
    low = text.lower()
    found = []
    for word in _HEAD_WORDS:
        i = low.find(word)
        while i >= 0:
            found.append(i)
            i = low.find(word, i + 1)
    return sorted(found)


def named_projects(text: str) -> list[tuple[str, int, int, bool]]:
    """(name, start, end, known) for every project named after a cue such as 'under the project'."""
    out: list[tuple[str, int, int, bool]] = []
    for m in _CUE.finditer(text):
        raw = m.group("title")
        name = _short_name(text, m.end("title")) or clean_title(raw)
        if len(name.split()) < 2 and not name.isupper():
            continue
        known = registry_programme(raw)
        out.append((known or name, m.start("title"), m.end("title"), known is not None))
    _add_titled(out, _NAMED_BEFORE.finditer(text), 2, lambda raw, name, known: _is_organization(raw))
    _add_titled(out, _EVENT_OF.finditer(text), 2, lambda raw, name, known: _is_organization(raw))
    _add_titled(out, _QUOTED_AFTER_HEAD.finditer(text), 3, lambda raw, name, known: _is_organization(name))
    _add_titled(out, _QUOTED_BEFORE_HEAD.finditer(text), 3, lambda raw, name, known: _is_organization(name))
    _add_titled(out, _ACRONYMED_BEFORE_HEAD.finditer(text), 3, lambda raw, name, known: _is_organization(name))
    for m in _HEAD_FIRST.finditer(text):
        if not any(a <= m.start() < b for _, a, b, _ in out):
            out.append((f"Project {m.group('title')}", m.start(), m.end(), False))
    _add_titled(out, _NAMED.finditer(text), 3, lambda raw, name, known: not known and _is_organization(raw))
    for m in _HASHTAG_MOVEMENT.finditer(text):
        if not any(a <= m.start("title") < b for _, a, b, _ in out):
            words = m.group("title").split("_")
            name = " ".join(w if i and w.lower() in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))
            known = registry_programme(name)
            out.append((known or name, m.start("title"), m.end("title"), known is not None))
    return out


#: a movement or campaign named by its hashtag: "Both labs were held within the #unity_in_diversity movement"
_HASHTAG_MOVEMENT = re.compile(r"\b(?:within|under|as\s+part\s+of|of)\s+(?:the\s+|our\s+|its\s+)?#(?P<title>[A-Za-z]+"
                               r"(?:_[A-Za-z]+){1,6})\s+(?:movement|initiative|campaign|project|programme|program)\b")
#: the words a name written in a hashtag keeps in lower case ("Unity in Diversity")
_SMALL_WORDS = frozenset({"in", "of", "and", "for", "the", "on", "to", "against", "with"})


def _add_titled(out: list[tuple[str, int, int, bool]], matches, min_words: int, not_a_programme) -> None:
    """Append the names the matches' ``title`` group holds, unless inside one found before, shorter than
    ``min_words`` or an organisation's (``not_a_programme(raw, name, known)``): each pattern reads programmes
    its own way, and they are asked in order of trust."""
    for m in matches:
        if any(a <= m.start("title") < b for _, a, b, _ in out):
            continue
        raw = m.group("title")
        name = clean_title(raw)
        known = registry_programme(raw)
        if not _long_enough(name, min_words) or _POSSESSIVE_END.search(raw) or not_a_programme(raw, name, known):
            continue
        out.append((known or name, m.start("title"), m.end("title"), known is not None))


#: "the Programme Office’s project": a title ending in a possessive names the owner, not the project
_POSSESSIVE_END = re.compile(r"['’]s\s*$")
#: "WIN Project", "STRIVE Programme": an acronym and a head word name one programme
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,}(?:-[A-Z]+)? (?:Project|Programme|Program|Initiative|Facility)")


#: an acronym alone or with its phase or edition: "CASE II", "STRIVE 2"
_ACRONYM_PHASE = re.compile(r"[A-Z]{3,}(?:-[A-Z]+)?(?:\s+(?:[IVX]{1,4}|\d{1,2}))?")


def _long_enough(name: str, min_words: int) -> bool:
    """Enough words to name a programme: a pattern that may catch ordinary capitalised words asks for more,
    but an acronym of no organisation before a head word names one programme in two."""
    words = name.split()
    if len(words) >= min_words:
        return True
    if _ACRONYM_PHASE.fullmatch(name) is not None:
        # 'as part of its "CASE II" project': an acronym (with its phase) that is no organisation's names one
        return not _is_organization(words[0])
    return (len(words) == 2 and _ACRONYM_HEAD.fullmatch(name) is not None
            and not _is_organization(words[0]))


def _is_organization(name: str) -> bool:
    """'the United Nations Development Programme' is an organisation, not a programme."""
    from data_loader.lookup.registries import organizations

    _, matcher = organizations()
    return any(e - s >= 0.8 * len(name.strip()) for s, e, _ in matcher.finditer(name))


#: a project numbered within a programme, written before it: "Project 53 of the European Union's CBRN Risk
#: Mitigation Centres of Excellence (CoE) Initiative" (after it, "EU CBRN CoE Project 65", a registry alias finds it)
_NUMBERED_BEFORE = re.compile(r"\bProject\s+(?P<num>\d{1,3})\s+(?:of|under|within)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w’'-]*\s+){0,3}$")


def numbered_project(text: str, parent_start: int, parent: str) -> tuple[str, int, bool] | None:
    """(name, start, known) of the numbered project written just before a registry programme: its own registry
    entry where it has one ("EU CBRN CoE Project 65" is CABICHEM), else the programme's short name and the number
    ("EU CBRN CoE Project 53"), so that the project is counted apart from the many others of its programme."""
    m = _NUMBERED_BEFORE.search(text, max(0, parent_start - 80), parent_start)
    if m is None:
        return None
    num = m.group("num")
    _, matcher = programmes()
    names = _names_of(parent)
    for alias in names:
        if (known := matcher.lookup(f"{alias} Project {num}")) is not None:
            return known, m.start(), True
    return f"{names[0]} Project {num}", m.start(), False


@registry_cached(maxsize=256)
def _names_of(canonical: str) -> tuple[str, ...]:
    """A programme's names, its short name first: the shortest that opens with the canonical name's first word
    ("EU CBRN CoE" for the EU CBRN Centres of Excellence Initiative), else the canonical name."""
    _, matcher = programmes()
    names = sorted({a for a, v in matcher.table.items() if v == canonical}, key=len)
    first = canonical.split()[0]
    short = next((a for a in names if a.split()[0] == first), canonical)
    return (short, *[a for a in names if a != short])
