"""Programmes, projects and frameworks the event was held under: registry aliases, plus named
projects that no registry entry knows yet ("under the project 'X – Phase II'")."""

from __future__ import annotations

import re

from data_loader.lookup.registries import programmes
from data_loader.textscan import Prefiltered

#: both patterns are searched only in texts holding a word each needs (read from the pattern: "project",
#: "program" or "initiative" for the cue; a head word such as "Initiative" for a named one)
_CUE = Prefiltered(re.compile(
    r"\b(?:under|within(?:\s+the\s+framework\s+of)?|in\s+the\s+framework\s+of|as\s+part\s+of|part\s+of|"
    r"implemented\s+under|funded\s+under|through|by|for|launch\s+of)\s+(?:the|a|its|their)\s+"
    r"(?:(?:\w+-funded|joint|national|regional|new|global|multi-year|two-year|three-year)\s+)*"
    r"(?:[A-Z][\w/–-]*\s+){0,3}?(?:project|programme|program|initiative)\s+"
    r"(?:on\s+|entitled\s+|titled\s+|called\s+|named\s+)?"
    r"(?P<title>“[^”]{4,200}”|\"[^\"]{4,200}\"|[A-Z][\w’'-]*(?:[\s-]+(?:[A-Z][\w’'-]*|of|on|for|the|and|in|to|"
    r"against|a|an)){1,20})"
))
_NAMED = Prefiltered(re.compile(
    r"\b(?:under|within|as\s+part\s+of|(?:with)?in\s+the\s+(?:framework|context|scope)\s+of|through|funded\s+by|"
    r"implemented\s+by|"
    r"part\s+of)\s+(?:the|its|their)\s+(?P<title>(?:[A-Z][\w’'/-]*\s+(?:(?:of|on|for|the|and|in|to|against)\s+){0,2})"
    r"{1,8}(?:Initiative|Programme|Program|Project|Facility|Network|Platform|Partnership|Process)"
    r"(?:\s+(?:on|for|against|to|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|for|the|and|in|to|"
    r"against)){0,10})?)\b"
))
_PHASE = re.compile(r"\s*(?:[-–—,:(]\s*)?\(?\b(?:Phase|phase)\s+(?:[IVX]+|\d+|one|two|three|four|five)\b\)?\.?", re.I)


def clean_title(raw: str) -> str:
    """Quotes and phases dropped, a long subtitle after a colon cut: a short canonical name."""
    t = raw.strip().strip("“”\"' ")
    t = _PHASE.sub("", t)
    if ":" in t and len(t.split(":", 1)[0].split()) >= 3:
        t = t.split(":", 1)[0]
    t = re.sub(r"(?:\s+(?:and|of|the|for|on|in|to|a|an|against))+$", "", t.strip(" ,.;–-"))
    t = _without_owner(t)
    return " ".join(t.split())


def _without_owner(title: str) -> str:
    """'UNODC Global Programme on X' -> 'Global Programme on X': the owner is an organisation, not part
    of the programme's short name."""
    from data_loader.lookup.registries import organizations

    _, matcher = organizations()
    for s, e, _ in matcher.finditer(title):
        if s == 0 and len(title[e:].split()) >= 2:
            return re.sub(r"^['’]s\s+", "", title[e:].strip())
        break
    return title


def registry_programme(name: str) -> str | None:
    """The registry programme a written name refers to, if any alias occurs in it."""
    _, matcher = programmes()
    hits = list(matcher.finditer(name))
    return hits[0][2] if hits else None


def named_projects(text: str) -> list[tuple[str, int, int, bool]]:
    """(name, start, end, known) for every project named after a cue such as 'under the project'."""
    out: list[tuple[str, int, int, bool]] = []
    for m in _CUE.finditer(text):
        raw = m.group("title")
        name = clean_title(raw)
        if len(name.split()) < 2 and not name.isupper():
            continue
        known = registry_programme(raw)
        out.append((known or name, m.start("title"), m.end("title"), known is not None))
    for m in _NAMED.finditer(text):
        if any(a <= m.start("title") < b for _, a, b, _ in out):
            continue
        raw = m.group("title")
        name = clean_title(raw)
        if len(name.split()) < 3:
            continue
        known = registry_programme(raw)
        if not known and _is_organization(raw):
            continue
        out.append((known or name, m.start("title"), m.end("title"), known is not None))
    return out


def _is_organization(name: str) -> bool:
    """'the United Nations Development Programme' is an organisation, not a programme."""
    from data_loader.lookup.registries import organizations

    _, matcher = organizations()
    return any(e - s >= 0.8 * len(name.strip()) for s, e, _ in matcher.finditer(name))
