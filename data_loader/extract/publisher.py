"""Whose page a document is, read from its copyright line ("© 2021 Zhetysu University named after I. Zhansugurov.
Taldykorgan, Republic of Kazakhstan") or the site's name its masthead or <title> writes ("Site name: KOSTANAY
CONSTRUCTION COLLEGE"), which the reader keeps at the foot of the text.

A university's or college's news page tells of its own faculty's seminar without naming the university, nor the town
it stands in: its copyright line or masthead does. Those lines are page furniture, so the extractor reads the holder
here and sets the lines apart from the story (``blanked``), where no other rule sees their names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from data_loader.extract import mentions
from data_loader.lookup.gazetteer import City, lookup_city
from data_loader.reading.html_text import SITE_LINE

#: the reader's form of a copyright line, on a line of its own: "© 2021 Zhetysu University ..."
_RIGHTS_LINE = re.compile(r"^©[ \t]*(?:19|20)\d\d[ \t]+(?P<rest>\S[^\n]*)$", re.MULTILINE)
#: the reader's line for the site's name its masthead (or, with none, its <title>) writes (see
#: ``reading.html_text.SITE_LINE``)
_SITE_LINE = re.compile(r"^" + re.escape(SITE_LINE) + r"[ \t]+(?P<rest>\S[^\n]*)$", re.MULTILINE)
#: how far from the end of the text the copyright line may be (it closes the page)
FOOT_CHARS = 3000
#: what ends the holder's name: a full stop and a space, a bullet, a bar, a comma before a postal code or a street
_HOLDER_END = re.compile(r"\.\s|\s[·|•]\s|,\s*\d|;|\s[–—]\s|,\s+(?:address|tel|phone)\b", re.IGNORECASE)
#: whom an institution is named after, closing its name: "Kyrgyz National University named after Jusup Balasagyn"
_NAMED_AFTER = re.compile(r"\s+named\s+after\s+.*$")
#: the kinds of institution whose page tells of its own faculties, students and staff
INSTITUTION = re.compile(r"\b(?:University|College|Academy|Institute|Lyceum|School|Conservatory)\b")
#: where the parts of the address after the holder split: "720033, Bishkek, Kyrgyz Republic"
_ADDRESS_SPLIT = re.compile(r"\s*[,.;·|•]\s*")
#: a legal form (an abbreviation, or the words ``mentions.LEGAL_FORM`` knows) before the name in quotes: 'NJSC «Semey
#: Medical University»', 'Public Foundation "..."'
_LEGAL_FORM_QUOTED = re.compile(r"^(?:[A-Z]{2,6}|" + mentions.LEGAL_FORM + r")\s*[«“\"]"
                                r"(?P<name>[A-Z][^«»“”\"]{2,120})[»”\"]$")
#: the most words of a holder's name
NAME_WORDS = 12


@dataclass(frozen=True)
class Publisher:
    """The holder a copyright line or masthead names, where that name stands, and the city its name or address
    gives."""

    name: str
    start: int
    end: int
    city: City | None = None
    city_span: tuple[int, int] | None = None
    #: the country its name or address names when no city is known ("Al-Farabi Kazakh National University"):
    #: (iso3, start, end)
    country: tuple[str, int, int] | None = None
    #: where the page names it, for the reasons shown beside the values read from it
    source: str = "its copyright line"

    @property
    def institution(self) -> bool:
        """Whether the holder is a university, college, academy or school, which tells of its own events."""
        return INSTITUTION.search(self.name) is not None


#: the foot's copyright lines and site-name lines (``_RIGHTS_LINE``, ``_SITE_LINE`` matches), in that order
FootLines = tuple[list[re.Match[str]], list[re.Match[str]]]


def foot_lines(text: str) -> FootLines:
    """The copyright lines and the site-name lines at the foot of the text, found once for both ``read_publisher``
    and ``blanked``. Each pattern is searched only where its mark ("©", the site line's label) is written after the
    foot's start: every match holds it, and most pages have neither, while the patterns (opening on a line's start)
    are tried at every character of the foot."""
    foot = max(0, len(text) - FOOT_CHARS)
    return (list(_RIGHTS_LINE.finditer(text, foot)) if text.find("©", foot) >= 0 else [],
            list(_SITE_LINE.finditer(text, foot)) if text.find(SITE_LINE, foot) >= 0 else [])


def read_publisher(text: str, lines: FootLines | None = None) -> Publisher | None:
    """The page's holder: the copyright line's, unless only the masthead's site name is an institution's (a
    college's page whose copyright line names its web studio, or none). ``lines``: ``foot_lines(text)``, when the
    caller has them."""
    rights, site = foot_lines(text) if lines is None else lines
    found = [_holder(text, hits[-1], source) for hits, source in ((rights, "its copyright line"),
                                                                   (site, "its site name")) if hits]
    found = [p for p in found if p is not None]
    return next((p for p in found if p.institution), found[0] if found else None)


def _holder(text: str, m: re.Match[str], source: str) -> Publisher | None:
    """The holder a copyright line or a masthead's site name names ("KOSTANAY CONSTRUCTION COLLEGE" in capitals is
    written as a name is: "Kostanay Construction College")."""
    rest, at = m.group("rest"), m.start("rest")
    cut = _HOLDER_END.search(rest)
    holder = rest[: cut.start()] if cut else rest
    name = " ".join(_NAMED_AFTER.sub("", holder).split()).strip(" .,")
    if (legal := _LEGAL_FORM_QUOTED.match(name)) is not None:
        # 'NJSC «Semey Medical University»': the name its legal form and quotes enclose
        at += rest.find(legal.group("name"))
        name = legal.group("name")
    if name.isupper() and len(name.split()) > 1:
        name = name.title()
    if not name or not name[0].isupper() or len(name.split()) > NAME_WORDS:
        return None
    city, span = _city_named(text, at, at + len(holder), m.end())
    country = None if city is not None else _country_named(text, at, m.end())
    return Publisher(name, at, at + len(name), city, span, country, source)


def _country_named(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The one country the holder's name or address names ("Kazakh National University", "..., Republic of
    Kazakhstan"), at text offsets."""
    found = mentions.find_countries(text[start:end])
    if len({m.value for m in found}) != 1:
        return None
    return found[0].value, start + found[0].start, start + found[0].end


def _city_named(text: str, start: int, holder_end: int, line_end: int) -> tuple[City | None, tuple[int, int] | None]:
    """The city of the holder's address on its line ("... 720033, Bishkek, Kyrgyz Republic"), else a city its name
    holds ("Kostanay Construction College", "Akimat of Almaty city")."""
    pos = holder_end
    for part in _ADDRESS_SPLIT.split(text[holder_end:line_end]):
        a = text.find(part, pos, line_end) if part else -1
        if a >= 0:
            pos = a + len(part)
            city = lookup_city(part) if part[:1].isupper() else None
            if city is not None:
                return city, (a, a + len(part))
    for w in re.finditer(r"[A-Z][\w’'-]+", text[start:holder_end]):
        city = lookup_city(w.group(0))
        if city is not None:
            return city, (start + w.start(), start + w.end())
    return None, None


def blanked(text: str, lines: FootLines | None = None) -> str:
    """The text with what its copyright lines and site name say blanked (same length: every offset stays), so that
    no rule reads the page's furniture as part of the story ("© 2018" is kept: the only year some pages carry).
    ``lines``: ``foot_lines(text)``, when the caller has them."""
    spans = [(m.start("rest"), m.end()) for found in (foot_lines(text) if lines is None else lines) for m in found]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
