"""The parts of a release around the story: headline, publication date, dateline.

A dateline ("DUSHANBE, Asia-Plus –", "Baku (Trend) –", "Almaty, March 8, 2024 –") says where
the story was filed, not where the event was; it is found here so that place rules can skip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from data_loader.extract.dates import DateMention, find_dates
from data_loader.extract.text import TextModel
from data_loader.lookup.gazetteer import country_iso3, lookup_city
from data_loader.lookup.registries import organizations

_BOILER = re.compile(
    r"^(?:press\s+release|news\s+release|media\s+release|for\s+immediate\s+release|news|press|statement|"
    r"united\s+nations|office\s+of\s+counter-terrorism|feature|features|story|top\s+stories|home|"
    r"date\s+\d{4}-\d\d-\d\d.*|published.*|posted.*|by\s+.*\d{4}.*|updated.*|share|print)$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z’'-]+(?:[ -][A-Z][A-Za-z’'-]+){0,2})\s*(?:\((?P<agency>[^)]{1,40})\))?\s*"
    r"(?:[,.]\s*(?P<rest>[^–—\n]{0,60}?))?\s*(?:[–—]|--|-\s)\s*"
)
_DASH_AFTER = re.compile(r"\s*(?:[–—]|--|-\s)")
_PUB_CUE = re.compile(
    r"(?:^|\n)\s*(?:date|published|posted|issued|released|updated|last\s+updated|by)\b(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    title: str
    title_span: tuple[int, int] | None
    published: date | None
    published_span: tuple[int, int] | None
    dateline_city: str | None
    dateline_span: tuple[int, int] | None
    #: the dateline names a news agency ("Baku (Trend)", "DUSHANBE, Asia-Plus"): where it was filed
    dateline_agency: bool
    body_start_paragraph: int
    #: a line of place and date under the headline ("Tashkent (Uzbekistan), 3-4 October 2023")
    venue: Venue | None = None
    #: the first day with a year at the top of the story (looked for only without the two above)
    first_day: date | None = None

    @property
    def anchor(self) -> date | None:
        """The date a day without a year is read against: the publication date, else a venue line's date,
        else the first dated day at the top of the story ("TASHKENT, 26 July 2022 (UzA). ... was held on
        25-26 July")."""
        return self.published or (self.venue.date.last if self.venue else None) or self.first_day


@dataclass(frozen=True)
class Venue:
    """A header line that gives only a place and a date, as event pages put under their headline.

    With a span of days ("3-4 October 2023") it tells when the event was; one day may as well be the
    day the story was filed, so the rules use that only as they use a publication date.
    """

    city: str | None
    city_span: tuple[int, int] | None
    date: DateMention  # at document offsets


def _is_org_line(line: str) -> bool:
    _, matcher = organizations()
    stripped = re.sub(r"[()\s]+", " ", line).strip()
    covered = sum(e - s for s, e, _ in matcher.finditer(stripped))
    return covered >= 0.7 * len(stripped.replace(" ", "")) if stripped else False


def _is_date_line(line: str) -> bool:
    ds = find_dates(line)
    return bool(ds) and sum(d.end - d.start for d in ds) >= 0.6 * len(line.strip())


def find_title(tm: TextModel) -> tuple[str, tuple[int, int] | None, int]:
    """First paragraph that reads like a headline; returns (title, span, index of first body paragraph)."""
    for i, (s, e) in enumerate(tm.paragraphs[:6]):
        line = tm.text[s:e].strip()
        if _BOILER.match(line) or _is_org_line(line) or _is_date_line(line) or len(line) < 12:
            continue
        words = line.split()
        # a headline rarely ends with a full stop; a long line that does is the first sentence, and so
        # is the only paragraph of a release
        last = i == len(tm.paragraphs) - 1
        looks_like_sentence = (line.endswith(".") and len(words) > 12) or last
        if len(line) <= 250 and not looks_like_sentence and not _DATELINE_WITH_DATE.match(line):
            return " ".join(words), (s, e), i + 1
        return "", None, i
    return "", None, 0


_DATELINE_WITH_DATE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,30},\s*(?:[A-Z][a-z]+,\s*)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*[–—-]"
)


def find_published(tm: TextModel) -> tuple[date | None, tuple[int, int] | None]:
    """Stamp, 'Published ...', byline, a date line in the header, a dateline, or a closing signature."""
    text = tm.text
    head = text[:600]
    for m in _PUB_CUE.finditer(head):
        for d in find_dates(head[m.end() : m.end() + 40]):
            if d.first and d.has_year and d.start == 0:
                return d.first, (m.end() + d.start, m.end() + d.end)
    for s, e in tm.paragraphs[:4]:
        line = text[s:e]
        lead = find_dates(line[:40])
        # a date line at the top, alone or followed by a short section name ("12 March 2024 Peace and Security")
        if _is_date_line(line) or (lead and lead[0].start == 0 and len(line) <= 60 and not line.endswith(".")):
            d = find_dates(line)[0]
            if d.first and d.has_year:
                return d.first, (s + d.start, s + d.end)
    for s, e in tm.paragraphs[:6]:
        m = _DATELINE.match(text[s:e])
        if m and m.group("rest"):
            for d in find_dates(m.group("rest")):
                if d.first and d.has_year:
                    off = s + m.start("rest")
                    return d.first, (off + d.start, off + d.end)
        if m:  # "Termez, Uzbekistan – 17 May 2023 – UNOCT ...": the date between two dashes
            after = text[s + m.end() : s + m.end() + 40]
            lead = find_dates(after)
            if lead and lead[0].start == 0 and lead[0].first and lead[0].has_year and \
                    _DASH_AFTER.match(after, lead[0].end):
                off = s + m.end()
                return lead[0].first, (off + lead[0].start, off + lead[0].end)
    for s, e in reversed(tm.paragraphs[-3:]):
        line = text[s:e]
        if len(line) > 90:
            continue  # a signature line ("///UNRCCA, 12 September 2024") is short
        m = re.match(r"^[/\s]*[A-Z][\w .&-]{0,60},\s*", line)
        if m:
            for d in find_dates(line[m.end() :]):
                if d.first and d.has_year and d.end >= len(line[m.end() :].rstrip(". ")) - 1:
                    return d.first, (s + m.end() + d.start, s + m.end() + d.end)
    return None, None


def find_dateline(tm: TextModel, body_start: int) -> tuple[str | None, tuple[int, int] | None, bool]:
    """City of a dateline at the start of the first body paragraphs, if any, and whether it names
    a news agency (then it says where the story was filed, never where the event was)."""
    for s, e in tm.paragraphs[body_start : body_start + 3]:
        m = _DATELINE.match(tm.text[s:e])
        if not m:
            continue
        if not (m.group("agency") or m.group("rest")):
            continue
        city = lookup_city(m.group("place").title() if m.group("place").isupper() else m.group("place"))
        if city:
            rest = m.group("rest") or ""
            leftover = rest
            for d in find_dates(rest):
                leftover = leftover.replace(rest[d.start : d.end], "")
            # what names a country (any the countries registry knows) is not an agency
            leftover = " ".join(p for p in re.split(r"[,;]", leftover) if country_iso3(p.strip()) is None)
            paren = m.group("agency") or ""
            paren_is_country = bool(paren) and country_iso3(paren) is not None
            agency = (bool(paren) and not paren_is_country) or bool(re.search(r"[A-Za-z]{2,}", leftover))
            return city.name, (s, s + m.end()), agency
    return None, None, False


#: labels an event page may put before its place and date ("Venue: Tashkent | Dates: 3-4 October 2023")
_VENUE_LABEL = re.compile(r"\b(?:dates?|venue|location|place|when|where)\s*:", re.IGNORECASE)
#: what separates the parts of such a line: commas, bars, bullets, dashes, brackets
_VENUE_SEP = re.compile(r"[,|•·/;()\[\]–—]|\s-\s|:")
VENUE_LINE_MAX = 120


def find_venue(tm: TextModel, body_start: int) -> Venue | None:
    """A short paragraph right under the headline made of one dated day (or span of days) and place names
    only: a known city, countries, labels and separators; nothing else may be left."""
    for s, e in tm.paragraphs[max(0, body_start - 1) : body_start + 2]:
        line = tm.text[s:e]
        if len(line) > VENUE_LINE_MAX or line.rstrip().endswith("."):
            continue
        dates = [d for d in find_dates(line) if d.first and d.has_year]
        if len(dates) != 1 or dates[0].precision != "day":
            continue
        d = dates[0]
        rest = _VENUE_LABEL.sub(lambda m: " " * len(m.group(0)), line[: d.start] + " " * (d.end - d.start)
                                + line[d.end :])
        city = _place_only(rest)
        if city is False:
            continue
        if city:
            name, (a, b) = city
            return Venue(name, (s + a, s + b), d.shifted(s))
        return Venue(None, None, d.shifted(s))
    return None


def _place_only(rest: str) -> tuple[str, tuple[int, int]] | None | bool:
    """(city, span in the line) when what is left of the line names a city and countries only, None when it
    names countries only, False when anything else is left (then it is not a place-and-date line)."""
    city = None
    pos = 0
    for part in _VENUE_SEP.split(rest):
        at = rest.find(part, pos)
        pos = at + len(part)
        name = part.strip()
        if not name:
            continue
        found = lookup_city(name.title() if name.isupper() else name)
        if found is not None and city is None:
            lead = len(part) - len(part.lstrip())
            city = (found.name, (at + lead, at + lead + len(name)))
        elif country_iso3(name) is None:
            return False
    return city


#: characters at the top of a story searched for a dated day, when nothing else dates it
TOP_OF_STORY = 400


def find_first_day(tm: TextModel, body_start: int) -> date | None:
    """The first day with a year in the first paragraphs after the headline."""
    for start, end in tm.paragraphs[body_start : body_start + 2]:
        for d in find_dates(tm.masked[start:end][:TOP_OF_STORY]):
            if d.has_year and d.first:
                return d.first
    return None


def read_header(tm: TextModel) -> Header:
    title, span, body = find_title(tm)
    published, pspan = find_published(tm)
    dcity, dspan, agency = find_dateline(tm, body)
    venue = find_venue(tm, body)
    # only looked for when nothing better dates the story: most releases have a publication date
    first_day = find_first_day(tm, body) if published is None and venue is None else None
    return Header(title, span, published, pspan, dcity, dspan, agency, body, venue, first_day)
