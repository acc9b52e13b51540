"""The parts of a release around the story: headline, publication date, dateline.

A dateline ("DUSHANBE, Asia-Plus –", "Baku (Trend) –", "Almaty, March 8, 2024 –") says where
the story was filed, not where the event was; it is found here so that place rules can skip it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from data_loader.extract.dates import MONTHS, DateMention, find_dates, without_dates
from data_loader.extract.mentions import LEGAL_FORM, QUOTED_NAME
from data_loader.extract.text import TextModel
from data_loader.lookup.gazetteer import City, country_iso3, lookup_city, lookup_region
from data_loader.lookup.registries import organizations

_BOILER = re.compile(
    r"^(?:press\s+release|news\s+release|media\s+release|for\s+immediate\s+release|news|press|statement|"
    r"united\s+nations|office\s+of\s+counter-terrorism|feature|features|story|top\s+stories|home|"
    r"date\s+\d{4}-\d\d-\d\d.*|published.*|posted.*|by\s+.*\d{4}.*|updated.*|share|print|"
    # a project site's donor label under its logo: "Funded by European Union", "Co-funded by the EU"
    r"(?:co-)?funded\s+by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|"
    # a site's tagline with its founding year: "Independent news from the heart of Eurasia since 1999"
    r"[^.!?\n]{3,80}\b(?:since|founded\s+in|established\s+in|est\.)\s+(?:19|20)\d\d|"
    # what the site is: "Official website of the republican public association", "The official portal of ..."
    r"(?:the\s+)?official\s+(?:web\s*site|site|portal|web\s+portal|page)\s+of\s+[^.!?\n]{3,100})$",
    re.IGNORECASE,
)
#: the word after a province's name: "Chui oblast", "Sughd Region", "Mary velayat"
_PROVINCE_KIND = r"(?:oblast|oblys|region|province|velayat|viloyati?)"
#: (a province's name may go on with its kind: "Chui oblast, 4 October 2025 –")
_PLACE_NAME = r"[A-Z][A-Za-z’'-]+(?:[ -][A-Z][A-Za-z’'-]+){0,2}(?:\s" + _PROVINCE_KIND + r")?"
#: "Almaty, March 8, 2024 –", "DUSHANBE, Asia-Plus –", "ALMATY/BISHKEK, 12 March 2024 –" (several cities)
#: the country a wire agency puts in brackets after the city: "New Delhi [India], December 11 (ANI):"
_PLACE_ASIDE = r"(?:\s*\[[A-Z][A-Za-z .'-]{1,30}\])?"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_NAME}(?:\s*/\s*{_PLACE_NAME})*){_PLACE_ASIDE}\s*(?:\((?P<agency>[^)]{{1,40}})\))?\s*"
    r"(?:[,.]\s*(?P<rest>[^–—\n]{0,60}?))?\s*(?:[–—]|--|-\s)\s*"
)
#: a dateline closed by its agency and a full stop: "Dushanbe, 18 October (UzA).", "DUSHANBE, 21.10.2022
#: /NIAT «Khovar»/.", "New Delhi [India], December 11 (ANI):"; it may be a paragraph of its own, the story below
_DATELINE_AGENCY_END = re.compile(
    rf"^(?P<place>{_PLACE_NAME}(?:\s*/\s*{_PLACE_NAME})*){_PLACE_ASIDE}\s*,\s*(?P<rest>[^\n()/]{{0,40}}?)\s*"
    r"(?:\((?P<agency>[^)\n]{1,40})\)|/(?P<agency2>[^/\n]{1,40})/)\s*[.:–—-](?:\s|$)"
)
#: a dateline closed by a full stop (or a colon) after its dated day: "Astana, 22 September 2022. In a prison ...",
#: "Ashgabat, 27 February 2019: The United Nations ..."
#: (the day must have its year: see ``_full_stop_dateline``)
_DATELINE_FULL_STOP = re.compile(
    rf"^(?P<place>{_PLACE_NAME})(?:,\s*[A-Z][A-Za-z-]+)?\s*,\s*(?P<rest>[^\n.:]{{6,30}}?\d{{4}})(?P<agency>(?!))?"
    r"(?P<stop>[.:])\s+(?=[A-Z])")
#: a dateline that is a paragraph of its own, the story under it: "DUSHANBE, September 29, 2017, Asia-Plus" (the
#: agency after the day, no dash: the date is too short a part of the line to be read as a date line)
_DATELINE_ALONE = re.compile(
    rf"^(?P<place>{_PLACE_NAME}){_PLACE_ASIDE}\s*,\s*(?P<rest>[^\n,]{{3,20}},?\s+\d{{4}})\s*,\s*"
    r"(?P<agency>[A-Z][\w.’'-]*(?:[ -][A-Z\d][\w.’'-]*){0,3})\s*$")
_DIGIT = re.compile(r"\d")
_OPENS_WITH_MONTH = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d")
_DASH_AFTER = re.compile(r"\s*(?:[–—]|--|-\s)")
_PUB_CUE = re.compile(
    r"(?:^|\n)\s*(?:publishing\s+date|publication\s+date|date\s+of\s+publication|first\s+published|date|"
    r"published|posted|issued|released|updated|last\s+updated|time|(?:last\s+)?modified|written|created|added|uploaded|"
    r"submitted|by)\b(?:\s+on)?"
    r"\s*:?\s*",
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
    #: the last day of a month named at the top ("issue 2/2019 (September 2019)", "Kostanay, October 2022 -"),
    #: looked for only without any of the above
    month_end: date | None = None
    #: (iso3, start, end) of the country of a dateline whose place is no known city ("Issyk-Kul, Kyrgyz Republic")
    dateline_country: tuple[str, int, int] | None = None
    #: where that month is written, when it stands alone on its line as the page's date ("December 2019",
    #: "Published: March 2021"), not inside a headline or a line about something else ("Page last updated: ...")
    month_span: tuple[int, int] | None = None

    @property
    def anchor(self) -> date | None:
        """The date a day without a year is read against: the publication date, else a venue line's date,
        else the first dated day at the top of the story ("TASHKENT, 26 July 2022 (UzA). ... was held on
        25-26 July"), else the end of a month named at the top (a newsletter of "June–July 2019")."""
        return (self.published or (self.venue.date.last if self.venue else None) or self.first_day
                or self.month_end)


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
    """A line that is mostly organisation names (70 % of its letters): a masthead or an office's name. Words
    in lower case other than the small ones of names hold no name, so a line with many of them is not asked
    of the registry (most headlines)."""
    lower_words = sum(len(w) for w in line.split() if w[:1].islower() and w not in _NAME_SMALL)
    if lower_words > ORG_LINE_LOWER_SHARE * len(line.replace(" ", "")) or _HEADLINE_VERB.search(line):
        return False  # ("UNOCT and Uzbekistan's Institute for Strategic and Regional Studies sign memorandum": a verb)
    _, matcher = organizations()
    stripped = re.sub(r"[()\s]+", " ", line).strip()
    covered = sum(e - s for s, e, _ in matcher.finditer(stripped))
    return covered >= 0.7 * len(stripped.replace(" ", "")) if stripped else False


#: more letters than this share in lower-case words: not a line of names (a name line needs 70 % in names)
ORG_LINE_LOWER_SHARE = 0.3


def _is_date_line(line: str, found: list[DateMention] | None = None) -> bool:
    ds = find_dates(line) if found is None else found
    return bool(ds) and sum(d.end - d.start for d in ds) >= 0.6 * len(line.strip())


#: paragraphs at the top of a page searched for its headline (mastheads, menus, currency rates and
#: date stamps may come first)
HEADER_PARAGRAPHS = 14
#: what separates the items of a menu, a breadcrumb or a site's name line ("Home › News › Security",
#: "IOM Kazakhstan | UN Migration", "News / Tajikistan / Security"); not a closing guillemet ("«Rubezh-2021» drills")
_NAV_SEP = re.compile(r"\s*[|·•]\s*|\s*(?<!\w)[›»>]\s*|\s+/\s+")
#: a label of a page's metadata fields ("Event type: Expert meeting", "Location: Dushanbe")
#: the labels of a news listing's item fields ("Publishing date:", "Content type:", "Where we are:", "What we do:")
ITEM_FIELD_LABELS = (r"publishing\s+date|publication\s+date|content\s+type|where\s+we\s+are|what\s+we\s+do|"
                     r"categor(?:y|ies)|filed\s+under|topics?|tags?|author")
_FIELD_LINE = re.compile(
    r"^(?:" + ITEM_FIELD_LABELS + r"|event\s+type|type|thematic\s+areas?|location|venue|dates?|section|source|posted|"
    r"published|updated|last\s+updated|organi[sz]ers?|format|language|country|region|photo|credit|contact)\s*:",
    re.IGNORECASE)
#: small words a name in title case keeps in lower case ("OSCE Centre in Ashgabat")
_NAME_SMALL = frozenset({"of", "for", "in", "on", "and", "the", "de", "du", "la", "to", "at", "under", "with", "&"})
#: words that tie a date to something else ("rates from 16/11/2023"): such a line is no date stamp
_TIED = frozenset({"on", "in", "from", "since", "until", "till", "to", "by", "before", "after", "of", "at", "between",
                   "during", "as"})
NAME_MAX_WORDS = 7
#: what a headline in capitals names and a masthead does not: an activity held
_VERBS_IN_CAPITALS = r"HOLD|HOLDS|HELD|HOLDING|HOSTS|HOSTED|OPENS|OPENED|TRAINS|TRAINED|DISCUSS|DISCUSSED"
_HELD_IN_CAPITALS = re.compile(r"\b(?:WORKSHOPS?|SEMINARS?|WEBINARS?|TRAININGS?|COURSES?|CONFERENCES?|FORUMS?|"
                               r"MEETINGS?|ROUND\s*TABLES?|CONSULTATIONS?|BRIEFINGS?|EXERCISES?|DRILLS?|SUMMITS?|"
                               + _VERBS_IN_CAPITALS + r")\b")
#: the verb of such a headline: a short line in capitals with one ("ANTI-TERRORIST EXERCISE HELD") is no masthead
_HOLDING_IN_CAPITALS = re.compile(r"\b(?:" + _VERBS_IN_CAPITALS + r")\b")
#: a numbered item's opening: "1. ", "2) " (a digest's items; see ``events``)
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s")
#: a public body's full name, with its country, runs to this many words
BODY_NAME_MAX_WORDS = 12
#: the head word of a public body's or agency's name
_BODY_HEAD = re.compile(r"\b(?:Agency|Ministry|Committee|Service|Delegation|Secretariat|Directorate|Department)\b",
                        re.IGNORECASE)
#: the items of a menu are short
NAV_ITEM_WORDS = 6
#: the sections of a news site's menu, one word each
_SECTION_NAMES = frozenset({
    "home", "news", "politics", "economy", "business", "society", "culture", "sport", "sports", "regions", "region",
    "world", "photo", "photos", "video", "videos", "multimedia", "opinion", "analytics", "analysis", "interview",
    "interviews", "incidents", "science", "education", "health", "technology", "tech", "finance", "security",
    "official", "president", "government", "international", "life", "lifestyle", "tourism", "infographics",
    "archive", "contacts", "about", "media", "events", "announcements", "articles", "features", "press",
    # a university's site: "University  Faculties  Admission  Education  Science  International  News  Contacts"
    "university", "faculties", "admission", "admissions", "students", "alumni", "library", "research",
    "publications", "projects", "resources", "partners"})
#: a menu of sections without separators has at least this many words
MENU_MIN_WORDS = 5


def _lines(tm: TextModel, s: int, e: int) -> list[tuple[int, int]]:
    """The lines of a paragraph, at document offsets."""
    out, pos = [], s
    for line in tm.text[s:e].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(line.strip())))
        pos += len(line) + 1
    return out


def _is_nav_line(line: str) -> bool:
    """A menu, breadcrumb or site name split by bars, chevrons or bullets: all its items but one are short.
    Dashes split one too when there are three items or more ("UNODC Regional Office – News – Criminal justice";
    a headline has one dash at most)."""
    parts = [p for p in _NAV_SEP.split(line) if p.strip()]
    if len(parts) < 2 and _is_section_menu(line):
        return True
    if len(parts) < 2 and line.count(" – ") >= 2:
        parts = [p for p in line.split(" – ") if p.strip()]
        return all(len(p.split()) <= NAV_ITEM_WORDS for p in parts)
    if len(parts) < 2:
        return False
    return sum(len(p.split()) > NAV_ITEM_WORDS for p in parts) <= 1


def _is_section_menu(line: str) -> bool:
    """A news site's menu of sections whose separators were lost ("Politics  Economy  Society  Culture  Sport" read as
    "Politics Economy Society Culture Sport Regions World Photo Video"): nearly every word names a section."""
    words = line.split()
    if len(words) < MENU_MIN_WORDS:
        return False
    return sum(w.strip(".,;:").casefold() in _SECTION_NAMES for w in words) >= 0.8 * len(words)


#: whom an institution is named after, closing its name: "... UNIVERSITY named after Jusup Balasagyn"
_NAMED_AFTER = re.compile(r"\s+named\s+after\s+(?:[A-Z][\w.’'-]*\s*){1,4}$")


def _is_name_line(line: str) -> bool:
    """A site's, office's or section's name rather than a headline: a few words, all capitalised but the
    small ones ("United Nations in Uzbekistan", "Turkmenistan News Gazette"), or a masthead in capitals."""
    named = _NAMED_AFTER.search(line)
    if named and line[: named.start()].isupper():
        # "KYRGYZ NATIONAL UNIVERSITY named after Jusup Balasagyn": a name in capitals, then whom it is named after
        line = line[: named.start()]
    words = [w.strip("()[]\"'“”‘’,.:;-–—") for w in line.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if not words:
        return False
    if line.isupper() and len(words) <= 16:
        # a masthead in capitals, not a headline in capitals ("ON THE HOLDING OF THE TACTICAL ANTI-TERRORIST EXERCISE
        # "KUZ-2023" IN ASTANA"), which names what was held; a digest's numbered item in capitals ("1. TASHKENT: UN
        # AND SCO RATS DISCUSS ...") heads an item, not the page
        if len(words) < 4:
            # ("UN NEWS", "KABAR" are mastheads; "ANTI-TERRORIST EXERCISE HELD" names what was held, and holds it)
            return _HOLDING_IN_CAPITALS.search(line) is None or len(_HELD_IN_CAPITALS.findall(line)) < 2
        return _HELD_IN_CAPITALS.search(line) is None or NUMBERED_ITEM.match(line) is not None
    if len(words) > NAME_MAX_WORDS and not (len(words) <= BODY_NAME_MAX_WORDS and _BODY_HEAD.search(line)):
        return False  # (a body's full name runs longer: "KABAR National News Agency of the Kyrgyz Republic")
    # a word with a capital letter in it is the one whose lower-case form differs (cheaper than a scan)
    if not all(w.lower() in _NAME_SMALL or w != w.lower() for w in words):
        return False
    # (a headline in title case names its day: "Security Alert – Counter-Terrorism Exercise in Petropavl (November 20,
    # 2024)"; a site's or office's name names none)
    return _DIGIT.search(line) is None or not any(d.precision == "day" and d.has_year for d in find_dates(line))


#: a stamp's date opens its line: it starts within this many characters
STAMP_REACH = 40
#: words of a stamp that name no section or place: the day of the week and a relative time
#: ("Sumaira FH  2 minutes ago  Sat 22nd February 2020 | 01:12 AM")
_STAMP_FILLER = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "ago", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "just", "now", "today", "yesterday",
})


def _stamp(line: str, found: list[DateMention] | None = None, above_headline: bool = False) -> DateMention | None:
    """The dated day of a stamp line: a section name or a site's label, then the date, with or without
    a time, a counter or the headline after it ("Finance 15/11/2023 International experts ...",
    "WSi News2017-04-13 14:45:12"). Not a place and a date (a venue or a dateline) and not a date tied to
    other words ("Currency rates from 16/11/2023")."""
    for d in find_dates(line) if found is None else found:
        # a site's section path ("Central Asia | Turkmenistan Materials   8 June 2017 12:40"): its last step labels
        # the stamp
        path = max((at + len(sep) for sep in _PATH_SEPARATORS if (at := line.rfind(sep, 0, d.start)) >= 0), default=0)
        if d.start - path >= STAMP_REACH:
            break
        if not (d.first and d.has_year and d.precision == "day" and d.first == d.last):
            continue
        before = line[path : d.start]
        words = [w for w in re.findall(r"[^\W\d_]+", before) if w.lower() not in _STAMP_FILLER]
        if len(words) > 3 or any(w.lower() in _TIED for w in words):
            return None
        # (above the headline a place is the page's section, "Uzbekistan 26/11/2024", not the event's venue)
        if words and not above_headline and _place_only(re.sub(r"[^\w\s-]", " ", before)) is not False:
            return None  # "Bishkek, 7 June 2022": a place and a date
        return d
    return None


#: an office's name as a site's second name line: its kind of office, "of" its country, and no verb of news
_OFFICE_LINE = re.compile(r"^(?:The\s+)?(?:Permanent\s+Mission|Permanent\s+Representation|Embassy|"
                          r"Consulate(?:\s+General)?|Delegation|Mission|Ministry|Office|Representation)\s+of\s+"
                          r"[^.!?:]*$")
_HEADLINE_VERB = re.compile(
    r"\b(?:hosts?|hosted|holds?|held|takes?|took|organi[sz]es?|organi[sz]ed|opens?|opened|launch(?:es|ed)?|"
    r"conducts?|conducted|trains?|trained|supports?|supported|participates?|participated|attends?|attended|"
    r"presents?|presented|signs?|signed|meets?|met|discuss(?:es|ed)?|joins?|joined|welcomes?|welcomed|marks?|"
    r"marked|calls?|called|hands?|handed|delivers?|delivered|is|are|was|were|has|have|will)\b")


#: a body's legal form and its name in quotes, and nothing else: a site's masthead ('Public Foundation "Center for the
#: Study of Terrorism and Extremism Problems in the Republic of Kazakhstan"')
_LEGAL_NAME_LINE = re.compile(r"^" + LEGAL_FORM + r"\s+" + QUOTED_NAME + r"\s*$")


def _not_headline(line: str) -> bool:
    """A line of page furniture (cheapest tests first: the date tests only where a figure is)."""
    if len(line) < 12 or line.startswith(("http://", "https://", "www.")) or _BOILER.match(line) \
            or _FIELD_LINE.match(line) or _is_nav_line(line) or _is_name_line(line):
        return True  # (a page's address is furniture too)
    if _LEGAL_NAME_LINE.match(line):
        return True  # 'Public Foundation "Center for the Study of Terrorism and Extremism Problems ..."': a masthead
    if _OFFICE_LINE.match(line) and not _HEADLINE_VERB.search(line):
        return True  # "Permanent Mission of Turkmenistan to the OSCE and other international organizations in Vienna"
    if _is_stamp_line(line):
        return True
    return _is_org_line(line) or _is_name_and_tagline(line)


#: a site's name and its tagline on one line: "DUSHANBE NEWSLINE — news of Tajikistan and Central Asia"
_NAME_DASH_TAGLINE = re.compile(r"^(?P<name>[^—–|]{3,40}?)\s[—–|]\s(?P<tagline>[^—–|]{3,80})$")


#: a tagline that only says what kind of outlet the site is
_OUTLET_KIND = re.compile(r"(?:(?:the|an?)\s+)?(?:(?:official|independent|national|international|state|online|"
                          r"daily|weekly|regional|[A-Z][\w.-]*)\s+){0,2}(?:news\s+agency|information\s+agency|"
                          r"news\s+(?:portal|site|website|service)|newspaper|(?:web\s*)?portal|website|web\s+site)\s*$",
                          re.IGNORECASE)


#: a site's address as its name: "Pavlodarnews.kz", "Kun.uz", "24.kg"
_DOMAIN_NAME = re.compile(r"[\w-]+\.(?:kz|kg|tj|uz|tm|ru|com|org|net|info|asia|news)")


def _is_name_and_tagline(line: str) -> bool:
    """A masthead: a name, a dash and a few words saying what the site is, with nothing held in them (a headline
    after a place or a label, "TAJIKISTAN — UNODC trains border officers", has a verb)."""
    m = _NAME_DASH_TAGLINE.match(line.strip())
    if m is None or not _is_name_line(m.group("name")):
        return False
    tagline = m.group("tagline")
    if _OUTLET_KIND.match(tagline):
        return True  # "Kazakhstan Today — news agency": what the site is, whatever the case of its name
    if _DOMAIN_NAME.fullmatch(m.group("name").strip()):
        return True  # "Pavlodarnews.kz — news of Pavlodar and the region": a site named by its address
    if not m.group("name").isupper():
        return False  # (a name in capitals: "UN in Central Asia — preventing violent extremism" is a headline)
    return len(tagline.split()) <= TAGLINE_WORDS + 2 and _HEADLINE_VERB.search(tagline) is None \
        and not _DIGIT.search(tagline) and ":" not in tagline


def _closes_headline(line: str) -> bool:
    """A line under a headline that is not part of it: a date line, a byline, a place-and-date line."""
    if _BOILER.match(line):
        return True
    return bool(_DIGIT.search(line)) and (_is_date_line(line) or _venue_in_line(line) is not None)


def _headline_part(tm: TextModel, s: int, e: int) -> tuple[int, int] | None:
    """A paragraph without the date line(s) closing it ("Headline\n28 February 2022"), or None when
    nothing else is left."""
    lines = _lines(tm, s, e)
    while len(lines) > 1 and _closes_headline(tm.text[lines[-1][0] : lines[-1][1]]):
        lines.pop()
    if lines and _DIGIT.search(tm.text, *lines[0]) and _is_date_line(tm.text[lines[0][0] : lines[0][1]]):
        lines.pop()
    return (lines[0][0], lines[-1][1]) if lines else None


def _sentence_like(line: str) -> bool:
    """The story has begun: a long line ending like a sentence (not on an ellipsis: a menu over a search box's
    "Search...")."""
    end = line.rstrip()
    return end.endswith((".", ".”", '."')) and not end.endswith("..") and len(line.split()) > 12


#: a breadcrumb from the site's home page: "Home – News – Spiritual and moral education"
_HOME_CRUMB = re.compile(r"(?:Home|Main|Homepage|Main\s+page)\s*(?:[–—›»>|/]|\s-\s)\s*\S")
#: the headline under such a breadcrumb has at least this many words
CRUMB_HEADLINE_WORDS = 4


def _under_home_crumb(tm: TextModel) -> tuple[str, tuple[int, int], int] | None:
    """The headline right under a breadcrumb from the home page ("Home – News – Spiritual and moral education" /
    "Students talked with the information group about extremism ..."), when a widget above it (a rector's quoted
    motto, a teaser of a blog) reads like a sentence and would end the search for the headline before it."""
    paras = tm.paragraphs[:HEADER_PARAGRAPHS]
    for i, (s, e) in enumerate(paras[:-1]):
        line = tm.text[s:e].strip()
        if "\n" in line or not _HOME_CRUMB.match(line) or (not _is_nav_line(line) and " – " not in line):
            continue
        a, b = paras[i + 1]
        head = " ".join(tm.text[a:b].split())
        if "\n" not in tm.text[a:b].strip() and len(head.split()) >= CRUMB_HEADLINE_WORDS and len(head) <= 250 \
                and not head.endswith(".") and not _not_headline(head):
            return head, (a, b), i + 2
        return None
    return None


def _strong_title(tm: TextModel) -> tuple[str, tuple[int, int], int] | None:
    """The first line at the top of the page that can only be a headline: not a menu, breadcrumb,
    masthead, site or office name, metadata field, date or stamp line, and above the first sentence. A line
    of one to three words ("Embassy news") is kept only when no longer one follows before the story."""
    short = None
    furniture_end = -2  # where the last line of page furniture ends
    for i, (s, e) in enumerate(tm.paragraphs[:HEADER_PARAGRAPHS]):
        para = tm.text[s:e]
        if _sentence_like(para) or (para.rstrip().endswith(".") and not para.rstrip().endswith("..")):
            # (a short line closing on an ellipsis is a search box's "Search..." or a "Read more...": no story)
            return short or _under_home_crumb(tm)
        part = _headline_part(tm, s, e)
        if part is None:
            continue
        lines = [tm.text[a:b] for a, b in _lines(tm, *part)]
        furniture = [_not_headline(x) for x in lines]
        nav_under = len(lines) > 1 and _is_nav_line(lines[-1])
        if nav_under and not furniture[0] and len(lines[0].split()) >= HEADLINE_OVER_CRUMB_WORDS \
                and _HEADLINE_VERB.search(lines[0]) and all(furniture[1:]):
            # "OSCE supports Tajikistan's second penitentiary reform forum ..." over "Programme Office in Dushanbe ›
            # News › 25.10.2023": a headline with its breadcrumb under it, in one block
            part = _lines(tm, *part)[0]
            return _headline_repeated(tm, i) or (" ".join(lines[0].split()), part, i + 1)
        if all(f or _figures_line(x) for f, x in zip(furniture, lines, strict=True)) or nav_under:
            furniture_end = e  # (a block ending in a menu or breadcrumb is the site's masthead)
            continue
        line = " ".join(" ".join(lines).split())
        if _DATELINE_WITH_DATE.match(line) or len(line) > 250:
            return short
        if _figures_line(line):
            continue  # a few words around figures ("Currency rates from 16/11/2023"): no headline
        # a short line right under the site's name, in the same block, is its tagline ("Caravanserai /
        # Central Asia news and analysis"): a headline only when no other comes before the story
        tagline = tm.text[furniture_end:s].count("\n") == 1 and len(line.split()) <= TAGLINE_WORDS
        if len(lines) > 1 and furniture[0]:
            # "BOMCA – Border Management Programme in Central Asia / This programme is funded by the EU": a
            # site's name with its tagline in one block; the headline, when one follows, stands on its own
            kept = [x for f, x in zip(furniture, lines, strict=True) if not f]
            tagline, line = True, " ".join(" ".join(kept).split())
        if len(line.split()) <= SHORT_LINE_WORDS or tagline:
            short = short or (line, part, i + 1)
            continue
        return _headline_repeated(tm, i) or (line, part, i + 1)
    return short


#: a page title's site name before its headline: "Project Leica - LEICA Concludes ...", "UNODC | Workshop ..."
_SITE_THEN_HEADLINE = re.compile(r"^.{2,40}?\s(?:[-–—|:]|::)\s(?P<headline>.{20,})$")


def _headline_repeated(tm: TextModel, i: int) -> tuple[str, tuple[int, int], int] | None:
    """The headline itself when the line taken for it is the page's title, the site's name and the headline
    ("Project Leica - LEICA Concludes CBRN-E ... Training"), and the headline stands alone a few lines below."""
    s, e = tm.paragraphs[i]
    m = _SITE_THEN_HEADLINE.match(" ".join(tm.text[s:e].split()))
    if m is None:
        return None
    headline = m.group("headline")
    for j in range(i + 1, min(i + 4, len(tm.paragraphs))):
        a, b = tm.paragraphs[j]
        if " ".join(tm.text[a:b].split()) == headline:
            return headline, (a, b), j + 1
    return None


def _figures_line(line: str) -> bool:
    """A few words around figures ("Currency rates from 16/11/2023", "$1 – 12814.78 UZS – -0.11%")."""
    return bool(_DIGIT.search(line)) and len(re.sub(r"\S*\d\S*", "", line).split()) <= FIGURE_LINE_WORDS


#: words besides figures in a line of rates, counters or stamps
FIGURE_LINE_WORDS = 4
#: what divides the steps of a site's section path or breadcrumb ("Central Asia | Turkmenistan Materials", "News ›
#: 25.10.2023")
_PATH_SEPARATORS = (" | ", " › ", " » ", " > ")
#: a headline over its breadcrumb, in one block, has at least this many words (a site's name over its menu fewer)
HEADLINE_OVER_CRUMB_WORDS = 7
#: a line of this many words may be a section's label ("Embassy news") rather than the headline
SHORT_LINE_WORDS = 3
#: a site's tagline under its name is this short
TAGLINE_WORDS = 6


#: a headline has words
_WORD_CHAR = re.compile(r"[^\W_]")


#: a field of an e-mail's header ("From: ...", "Sent: Monday, 21 August 2023 17:40", "Subject: ...")
_MAIL_FIELD = re.compile(r"(?:From|Sent|Date|To|Cc|Bcc|Subject|Importance|Classification|Reply-To|Attachments?|"
                         r"Priority|Sensitivity)[ \t]*:", re.I)
#: the subject field, less the marks of a reply or a forward ("Subject: FW: RE: ...")
_MAIL_SUBJECT = re.compile(r"Subject[ \t]*:[ \t]*(?:(?:RE|FWD?|AW|WG|TR)[ \t]*:[ \t]*)*", re.I)
#: the fewest header fields that make the top of a text an e-mail's (with its subject among them)
MAIL_FIELDS = 3


def _mail_subject(tm: TextModel) -> tuple[str, tuple[int, int], int] | None:
    """The subject of an e-mail saved as text (a security advisory forwarded to a user): its header fields open the
    text, one to a line, and the story starts in the paragraph after them."""
    fields, subject, end = 0, None, None
    for a, b in (line for s, e in tm.paragraphs[:HEADER_PARAGRAPHS] for line in _lines(tm, s, e)):
        if _MAIL_FIELD.match(tm.text, a) is None:
            break  # (the fields end where the first line that is none opens)
        fields += 1
        if (m := _MAIL_SUBJECT.match(tm.text, a)) is not None and m.end() < b:
            subject = (m.end(), b)
        end = b
    if fields < MAIL_FIELDS or subject is None or end is None:
        return None
    body = next((i for i, (s, _) in enumerate(tm.paragraphs) if s >= end), len(tm.paragraphs))
    return " ".join(tm.text[subject[0] : subject[1]].split()), subject, body


def find_title(tm: TextModel) -> tuple[str, tuple[int, int] | None, int]:
    """The headline; returns (title, span, index of first body paragraph). Pages put their masthead,
    menus, breadcrumbs and date stamps above it: the first line that can only be a headline is taken;
    without one, the first paragraph that reads like a headline. An e-mail's headline is its subject."""
    if (mail := _mail_subject(tm)) is not None:
        return mail
    strong = _strong_title(tm)
    if strong is not None:
        if not _WORD_CHAR.search(strong[0]):
            # a row of rule characters ("=====" under a plain-text page's name) stands where a headline would,
            # and the story starts under it; but it names nothing: the page has no headline
            return "", strong[1], strong[2]
        # ("??:Russia, Central Asian allies to hold drills": what is left of a site's label in another script)
        return without_item_marker(strong[0].lstrip("?:;,.|-–— ")), strong[1], strong[2]
    for i, (s, e) in enumerate(tm.paragraphs[:6]):
        line = tm.text[s:e].strip()
        if _BOILER.match(line) or _is_org_line(line) or _is_date_line(line) or _is_nav_line(line) or len(line) < 12 \
                or _is_stamp_line(line) or _LEGAL_NAME_LINE.match(line):
            continue  # ("06.12.2023 09:15 👁 734": a stamp with its view counter)
        words = line.split()
        # a headline rarely ends with a full stop; a long line that does is the first sentence, and so
        # is the only paragraph of a release
        last = i == len(tm.paragraphs) - 1
        looks_like_sentence = (line.endswith(".") and len(words) > 12) or last
        if len(line) <= 250 and not looks_like_sentence and not _DATELINE_WITH_DATE.match(line):
            # (less the date line closing it: "LABOUR MIGRANTS OF UZBEKISTAN IN RUSSIA: ..." / "date 2018-03-01")
            a, b = _headline_part(tm, s, e) or (s, e)
            return without_item_marker(" ".join(tm.text[a:b].split())), (a, b), i + 1
        return "", None, i
    return "", None, 0


#: a list item's number or bullet before a headline taken from a digest's contents or items ("1. LEICA holds its first
#: Project Steering Committee", "• “Creative Corners” open ..."): no part of the title a timeline shows
_ITEM_MARKER = re.compile(r"^(?:[•·▪●◦*]\s*|\d{1,2}[.)]\s+)")


def without_item_marker(title: str) -> str:
    """The title without a list item's number or bullet before it."""
    return _ITEM_MARKER.sub("", title, count=1)


_DATELINE_WITH_DATE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,30},\s*(?:[A-Z][a-z]+,\s*)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*[–—-]"
)


def find_published(tm: TextModel, body_start: int = 0,
                   title_span: tuple[int, int] | None = None) -> tuple[date | None, tuple[int, int] | None]:
    """Stamp, 'Published ...', byline, a date line or stamp line in the header, a dateline, a date at the
    end of the text ("Last updated: ...", a closing signature, the page's date field), or at last a day
    closing the headline ("..., Almaty, April 23, 2018")."""
    # asked in turn, each only when the ones before found nothing (most documents stop at the first two)
    for ask in (lambda: _published_by_cue(tm), lambda: _published_at_top(tm, body_start),
                lambda: _published_in_dateline(tm), lambda: _published_at_end(tm, body_start),
                lambda: _published_in_headline(tm, title_span)):
        found = ask()
        if found is not None:
            return found
    return None, None


Found = tuple[date, tuple[int, int]]


def is_publication_line(text: str) -> bool:
    """Whether a short line opens on a publication cue ("Posted on 10 July 2018 · Category: National partners'
    events"): the page's stamp, whatever else it names."""
    return len(text) <= BYLINE_MAX and _PUB_CUE.match(text) is not None


def _published_by_cue(tm: TextModel) -> Found | None:
    """'Published: 12 March 2024', 'Posted on ...', 'Publishing date: ...', a byline with its date
    anywhere on the line ('By Staff Report in Nation on 16 January 2020')."""
    head = tm.text[:600]
    for m in _PUB_CUE.finditer(head):
        for d in find_dates(head[m.end() : m.end() + 40]):
            if d.first and d.has_year and d.start == 0:
                return d.first, (m.end() + d.start, m.end() + d.end)
        # the date further on the cue's line: "Posted by admin | March 12, 2024", "Published by UNODC on ..."
        stop = head.find("\n", m.end())
        line = head[m.end() : stop if stop >= 0 else len(head)]
        for d in find_dates(line) if len(line) <= BYLINE_MAX else ():
            if d.first and d.has_year and d.precision == "day":
                return d.first, (m.end() + d.start, m.end() + d.end)
    return None


#: a byline is one short line
BYLINE_MAX = 120
#: paragraphs under the headline that may hold the page's date line ("By Caravanserai" / "2020-06-24")
UNDER_HEADLINE = 3


def _published_at_top(tm: TextModel, body_start: int) -> Found | None:
    """A line of the header that is a date ("18.10.2022 17:42", "June 22, 2022" under the headline) or a
    stamp ("Finance 15/11/2023 ...", "WSi News2017-04-13 14:45:12")."""
    text = tm.text
    story = None  # the first paragraph of the story, found only when a stamp is to be told from it
    # the headline's own block, and the byline and date lines that may stand under it
    for i, (ps, pe) in enumerate(tm.paragraphs[: max(4, body_start + UNDER_HEADLINE)]):
        for s, e in _lines(tm, ps, pe):
            if not _DIGIT.search(text, s, e):
                continue
            line = text[s:e]
            if line.count("|") >= 2 and _under_table_head(text, s, line.count("|")):
                continue  # "14.11.2018 | Tokmok | 80th meeting ..." under "Date | Venue | Event": a table's row
            found = find_dates(line)
            # a date line at the top, alone or followed by a short section name ("12 March 2024 Peace and Security")
            if found and (_is_date_line(line, found) or (found[0].start == 0 and len(line) <= 60
                                                         and not line.endswith("."))):
                d = found[0]
                if d.first and d.has_year and d.first == d.last:  # a span of days is the event's, not the page's
                    return d.first, (s + d.start, s + d.end)
            if story is None:
                story = next((j for j, (a, b) in enumerate(tm.paragraphs) if text[a:b].rstrip().endswith((".", "!"))),
                             len(tm.paragraphs))
            # a stamp is page furniture, above the story
            d = _stamp(line, found, above_headline=i < body_start - 1) if i < story else None
            if d is None and i < body_start - 1:
                d = _issue_date(line, found)
            if d is not None:
                return d.first, (s + d.start, s + d.end)
    return None


def _under_table_head(text: str, start: int, bars: int) -> bool:
    """Whether the line at ``start`` is a row of a table whose head ("Date | Venue | Event | Participants", no figures,
    as many bars) stands above it, right above or over the rows between."""
    for above in reversed(text[max(0, start - 3000) : start].rstrip("\n").split("\n")):
        if not above.strip():
            return False
        if above.count("|") != bars:
            return False
        if not _DIGIT.search(above):
            return True
    return False


#: a bulletin's issue number after its date: "Tashkent, 25.07.2022 No. 29", "12 May 2023, Issue 14"
_ISSUE_NUMBER = re.compile(r"[\s,]*(?:No\.|Nr\.|№|Issue|Vol\.|Volume|#)\s*\d", re.IGNORECASE)


def _issue_date(line: str, found: list[DateMention]) -> DateMention | None:
    """The date of a bulletin's issue line above its headline (a masthead that runs on around it)."""
    return next((d for d in found if d.first and d.has_year and d.precision == "day" and d.first == d.last
                 and _ISSUE_NUMBER.match(line, d.end)), None)


def _published_in_dateline(tm: TextModel) -> Found | None:
    """A dateline's date ("Almaty, March 8, 2024 –", "Termez, Uzbekistan – 17 May 2023 –", "DUSHANBE,
    22.04.2021 /Khovar/."), or a day and a dash opening the story without a place ("12 March 2024 – The OSCE
    held ...")."""
    text = tm.text
    for s, e in tm.paragraphs[:6]:
        lead = find_dates(text[s : s + 40]) if _DIGIT.match(text, s) or _OPENS_WITH_MONTH.match(text, s) else []
        if lead and lead[0].start == 0 and lead[0].first and lead[0].first == lead[0].last and lead[0].has_year \
                and _DASH_AFTER.match(text, s + lead[0].end):
            return lead[0].first, (s, s + lead[0].end)
        m = _DATELINE.match(text[s:e]) or _DATELINE_AGENCY_END.match(text[s:e]) or _full_stop_dateline(text[s:e]) \
            or _DATELINE_ALONE.match(text[s:e])
        if m and m.group("rest"):
            for d in find_dates(m.group("rest")):
                if d.first and d.has_year:
                    off = s + m.start("rest")
                    if _inside_a_span_of_days(text, s, off + d.start):
                        break  # "Astana (Kazakhstan), 11–12 March 2025 –": the event's days, not the page's
                    return d.first, (off + d.start, off + d.end)
        if m:  # "Termez, Uzbekistan – 17 May 2023 – UNOCT ...": the date between two dashes
            after = text[s + m.end() : s + m.end() + 40]
            lead = find_dates(after)
            if lead and lead[0].start == 0 and lead[0].first and lead[0].has_year and \
                    _DASH_AFTER.match(after, lead[0].end) and not _inside_a_span_of_days(text, s, s + m.end()):
                off = s + m.end()
                return lead[0].first, (off + lead[0].start, off + lead[0].end)
    return None


def _inside_a_span_of_days(text: str, start: int, at: int) -> bool:
    """Whether the date read at ``at`` is the end of a span of days written from the paragraph's start
    (the dateline's own pattern may stop inside "11–12 March 2025" and read only its last day)."""
    return any(d.first != d.last and start + d.start <= at < start + d.end
               for d in find_dates(text[start : start + 120]) if d.first is not None)


#: a page's date field in figures separated by spaces ("17 12 2019"), read only as a whole short line
_SPACED_DAY = re.compile(r"^(?P<d>[0-3]?\d) (?P<m>[01]?\d) (?P<y>(?:19|20)\d\d)\b")
#: a closing signature: "///UNRCCA, 12 September 2024", "///nCa, 25 May 2023 (based on ...)"
_SIGNATURE = re.compile(r"^(?:/{2,}\s*\w|[/\s]*[A-Z])[\w .&-]{0,60},\s*")
_TRAILING_NOTE = re.compile(r"\s*\([^()]{0,120}\)\s*$")
SIGNATURE_MAX = 90


#: a time of day: a stamp line closing the story holds one ("11:42 10.10.2022")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
#: a closing stamp line is short: the time, the day, an "updated" note
STAMP_LINE_MAX = 60
#: a closing line that is a day and nothing else ("09.10.2018", "9 October 2018")
DATE_LINE_MAX = 30


def _published_at_end(tm: TextModel, body_start: int) -> Found | None:
    """The last lines of the story (not of its header): "Last updated: 12 December 2019", the page's date
    field ("17 12 2019 Hits: 286"), a time stamp ("11:42 10.10.2022"), or a short closing signature with one
    day."""
    text = tm.text
    end = tm.other_news_start or len(tm.paragraphs)  # (the page's other stories are not the story's end)
    for ps, pe in reversed(tm.paragraphs[max(body_start, end - 3) : end]):
        for s, e in reversed(_lines(tm, ps, pe)):
            line = text[s:e]
            m = _PUB_CUE.match(line)
            if m:
                for d in find_dates(line[m.end() : m.end() + 40]):
                    if d.first and d.has_year and d.start == 0:
                        return d.first, (s + m.end() + d.start, s + m.end() + d.end)
            if len(line) <= STAMP_LINE_MAX and _CLOCK.search(line) and (st := _stamp(line)) is not None:
                return st.first, (s + st.start, s + st.end)  # "11:42 10.10.2022 (updated: 12:05 10.10.2022)"
            if len(line) <= DATE_LINE_MAX and _DIGIT.search(line):
                alone = [d for d in find_dates(line) if d.first and d.has_year and d.precision == "day"
                         and d.first == d.last and d.start == 0 and d.end >= len(line.rstrip(". "))]
                if alone:  # "09.10.2018" on a line of its own under the story
                    return alone[0].first, (s + alone[0].start, s + alone[0].end)
            spaced = _SPACED_DAY.match(line)
            if spaced and len(line) <= 40:
                day = _day_or_none(int(spaced["y"]), int(spaced["m"]), int(spaced["d"]))
                if day is not None:
                    return day, (s + spaced.start(), s + spaced.end())
            sig = _SIGNATURE.match(line)
            rest = _TRAILING_NOTE.sub("", line[sig.end() :]) if sig else ""
            if sig and len(line) - len(line[sig.end() :]) + len(rest) <= SIGNATURE_MAX:
                for d in find_dates(rest):
                    if d.first and d.has_year and d.first == d.last and d.end >= len(rest.rstrip(". ")) - 1:
                        return d.first, (s + sig.end() + d.start, s + sig.end() + d.end)
    return _labelled_at_page_end(tm) if tm.other_news_start else None


def _labelled_at_page_end(tm: TextModel) -> Found | None:
    """A date with its label ("Published: 21.04.2021 15:47") on the last lines of the page, under its list of other
    stories: the label says whose date it is, wherever it stands."""
    text = tm.text
    for ps, pe in reversed(tm.paragraphs[-3:]):
        for s, e in reversed(_lines(tm, ps, pe)):
            m = _PUB_CUE.match(text[s:e])
            for d in find_dates(text[s + m.end() : min(e, s + m.end() + 40)]) if m and m.end() > 0 else ():
                if d.first and d.has_year and d.start == 0:
                    return d.first, (s + m.end() + d.start, s + m.end() + d.end)
    return None


def _day_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _published_in_headline(tm: TextModel, title_span: tuple[int, int] | None) -> Found | None:
    """A day with its year closing the headline after a comma or in brackets ("..., Almaty, April 23, 2018",
    "... in Bishkek (10.05.2024)"): the page's date, when nothing else dates it."""
    if title_span is None:
        return None
    title = tm.text[title_span[0] : title_span[1]]
    found = [d for d in find_dates(title) if d.first and d.has_year and d.first == d.last]
    closing = len(title.rstrip(" .)"))
    before = title[: found[-1].start].rstrip() if found else ""
    bracketed = before.endswith("(") and title.rstrip().endswith(")")
    if found and found[-1].end >= closing and (before.endswith(",") or bracketed):
        d = found[-1]
        return d.first, (title_span[0] + d.start, title_span[0] + d.end)
    return None


#: a dateline's place in capitals, alone before its dash: "ASTANA – Kazakh Deputy Prime Minister ..."
_CAPS_PLACE = re.compile(r"[A-Z][A-Z’'-]{2,}(?:[ -][A-Z][A-Z’'-]+){0,2}")


_PROVINCE_WORD = re.compile(r"\s+" + _PROVINCE_KIND + r"$", re.IGNORECASE)


def find_dateline(tm: TextModel, body_start: int
                  ) -> tuple[str | None, tuple[int, int] | None, bool, tuple[str, int, int] | None]:
    """City of a dateline at the start of the first body paragraphs, if any, and whether it names
    a news agency (then it says where the story was filed, never where the event was). A dateline of
    several cities ("ALMATY/BISHKEK, ...") is found (its words are no venue) but names no one city. The last
    item: (iso3, start, end) of the country of a dateline whose place no gazetteer holds."""
    for i, (s, e) in enumerate(_opening_paragraphs(tm, body_start)):
        if (alone := _place_line(tm.text[s:e])) is not None:
            # "ALMATY, Kazakhstan" on a line of its own above the story: a dateline without a date
            return alone.name, (s, e), False, None
        m = _DATELINE.match(tm.text[s:e])
        if m and not (m.group("agency") or m.group("rest") or _CAPS_PLACE.fullmatch(m.group("place"))):
            m = None  # "Sport – ..." opens no dateline; "ASTANA – " in capitals does
        closed = None if m is not None else \
            _DATELINE_AGENCY_END.match(tm.text[s:e]) or _DATELINE_ALONE.match(tm.text[s:e])
        # (a place and a date closed by a full stop opens the story only in its first paragraph: further down it
        # opens an item of a digest, "Tashkent, 14 May 2024. The Council held ...")
        stopped = _full_stop_dateline(tm.text[s:e])
        m = m or closed or (stopped if stopped is not None and (i == 0 or stopped.group("stop") == ":") else None)
        if m is None:
            continue
        cities = [lookup_city(p.title() if p.isupper() else p) for p in re.split(r"\s*/\s*", m.group("place"))]
        if not all(cities):
            # "Issyk-Kul, Kyrgyz Republic | 24 July 2025 —": a place no gazetteer holds, then its country
            first = re.split(r"\s*[,|]\s*", (m.group("rest") or "").strip())[0]
            iso = country_iso3(first) if first else None
            if iso:
                return None, None, False, (iso, s + m.start("rest"), s + m.start("rest") + len(first))
            # "Chui oblast, 4 October 2025 –": a province, whose country it names
            region = lookup_region(_PROVINCE_WORD.sub("", m.group("place")).strip())
            if region is not None:
                return None, None, False, (region.iso3, s + m.start("place"), s + m.end("place"))
            continue
        paren = m.group("agency") or (closed and closed.group("agency2")) or ""
        paren_is_country = bool(paren) and country_iso3(paren) is not None
        agency = bool(closed) or (bool(paren) and not paren_is_country) or _names_agency(m.group("rest") or "")
        name = cities[0].name if len({c.name for c in cities}) == 1 else None
        return name, (s, s + m.end()), agency, None
    return None, None, False, None


#: the first paragraphs of the story a dateline may open; short lines of page furniture between the headline
#: and the story ("News Provided By" / "OSCE" / "July 8, 2024, 09:41 GMT") are passed over
OPENING_PARAGRAPHS = 3
FURNITURE_SKIPPED = 6
FURNITURE_WORDS = 5


def _opening_paragraphs(tm: TextModel, body_start: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    skipped = 0
    for s, e in tm.paragraphs[body_start:]:
        para = tm.text[s:e]
        if skipped < FURNITURE_SKIPPED and len(out) < OPENING_PARAGRAPHS - 1 and "hoto" in para \
                and _PHOTO_CAPTION.search(para):
            skipped += 1  # a photo's caption between the headline and the story ("... Photo: UNDP Turkmenistan")
            continue
        # (a stamp line is furniture under a standfirst too: "18:05 29.01.2018 (updated 18:40 29.01.2018)")
        if (skipped < FURNITURE_SKIPPED and ((not out and len(para.split()) <= FURNITURE_WORDS) or _is_stamp_line(para))
                and not para.rstrip().endswith(".") and _place_line(para) is None):
            skipped += 1
            continue
        if skipped < FURNITURE_SKIPPED and _EMPTY_FIELD.match(para):
            skipped += 1  # a field left empty under the standfirst ("Date:"): the page's template, not its story
            continue
        out.append((s, e))
        if len(out) == OPENING_PARAGRAPHS:
            break
    return out


#: a field's label with no value after it: "Date:", "Tags:"
_EMPTY_FIELD = re.compile(r"^\s*[^\W\d_]+(?: [^\W\d_]+)?:\s*$")
#: a photo's credit in a caption: "Photo: UNDP Turkmenistan", "(Photo by ...)", "Photo credit: OSCE"
_PHOTO_CAPTION = re.compile(r"(?:^|[\s(\[])(?:Photo(?:\s+credit)?|Photograph)\s*(?::|by\b)", re.IGNORECASE)


def _is_stamp_line(para: str) -> bool:
    """A line of page furniture with a date ("PRESS RELEASE | February 10, 2021"), however many words."""
    return "\n" not in para and bool(_DIGIT.search(para)) and (_is_date_line(para) or _stamp(para) is not None)


#: a day without a year, all of a dateline's last part ("Sept. 6", "6 September")
_IS_DAY = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)$")


def _place_line(para: str) -> City | None:
    """The city of a paragraph that is a known city alone, or a city and its country ("ALMATY, Kazakhstan")."""
    if "\n" in para or len(para) > 60:
        return None
    parts = [p.strip() for p in para.split(",")]
    if len(parts) >= 2 and _IS_DAY.match(parts[-1]):
        parts = parts[:-1]  # "BAKU, Azerbaijan, Sept. 6" above the story: the day it was filed
    if not 1 <= len(parts) <= 2 or not parts[0]:
        return None
    city = lookup_city(parts[0].title() if parts[0].isupper() else parts[0])
    if city is None or (len(parts) == 2 and country_iso3(parts[1]) != city.iso3):
        return None
    return city


def _full_stop_dateline(para: str) -> re.Match[str] | None:
    """'Astana, 22 September 2022. In a prison ...': a place and one dated day, closed by a full stop."""
    m = _DATELINE_FULL_STOP.match(para)
    if m is None:
        return None
    found = find_dates(m.group("rest"))
    ok = len(found) == 1 and found[0].has_year and found[0].precision == "day" and found[0].start <= 1 \
        and found[0].end >= len(m.group("rest")) - 1
    return m if ok else None


def _names_agency(rest: str) -> bool:
    """Whether what follows the dateline's city, dates and countries aside, names something else (an agency)."""
    leftover = without_dates(rest)
    # what names a country (any the countries registry knows) is not an agency
    leftover = " ".join(p for p in re.split(r"[,;|]", leftover) if country_iso3(p.strip()) is None)
    return bool(re.search(r"[A-Za-z]{2,}", leftover))


#: labels an event page may put before its place and date ("Venue: Tashkent | Dates: 3-4 October 2023")
_VENUE_LABEL = re.compile(r"\b(?:dates?|venue|location|place|when|where)\s*:", re.IGNORECASE)
#: what separates the parts of such a line: commas, bars, bullets, dashes, brackets
_VENUE_SEP = re.compile(r"[,|•·/;()\[\]–—]|\s-\s|:")
VENUE_LINE_MAX = 120


def find_venue(tm: TextModel, body_start: int) -> Venue | None:
    """A short line right under the headline made of one dated day (or span of days) and place names
    only: a known city, countries, labels and separators; nothing else may be left. An event page's
    card may give the place on a labelled line of its own ("Dates: 17 – 18 April 2019", then "Place:
    Ashgabat, Turkmenistan"): that city goes with the dates."""
    for i, (ps, pe) in enumerate(tm.paragraphs[max(0, body_start - 1) : body_start + 2]):
        for s, e in _lines(tm, ps, pe):
            found = _venue_in_line(tm.text[s:e])
            if found is None:
                continue
            city, d = found
            if city:
                name, (a, b) = city
                return Venue(name, (s + a, s + b), d.shifted(s))
            place = _labelled_place(tm, max(0, body_start - 1) + i)
            if place is not None:
                name, (a, b) = place
                return Venue(name, (a, b), d.shifted(s))
            return Venue(None, None, d.shifted(s))
    return None


#: what parts a field's label from its value: a colon, or the bar of a two-column table ("Duration | 25.02.2019")
FIELD_SEP = r"(?:[\s*_]*:[\s*_]*|[ \t*_]*\|(?=[^|\n]*\|?[ \t]*$)[ \t*_]*)"
#: where a field of a page's card or fact box opens its line (bullets, emphasis, a table's bar)
FIELD_START = r"^[\s*_#>|-]*"
#: the labels of a field that says where an event is
PLACE_LABELS = r"(?:Where|Venue|Place|Location)"
#: a label in capitals alone on its line, its value on the next ("WHEN" over "Tomorrow, 22 August, from 16:00"): the
#: fields of an advisory or a media alert
CAPS_FIELD_SEP = r"[ \t]*\n[ \t]*(?=\S)"
#: a field saying where an event is, either way: "Venue: ...", or "WHERE" over its value
PLACE_FIELD_LABEL = r"(?:" + PLACE_LABELS + FIELD_SEP + r"|(?:WHERE|VENUE|PLACE|LOCATION)" + CAPS_FIELD_SEP + r")"
#: a card's place line: "Place: Ashgabat, Turkmenistan", "Venue: | Tashkent", "| **Location** | Berlin, Germany |"
_PLACE_LABEL = re.compile(r"[\s*_|]*" + PLACE_LABELS + FIELD_SEP, re.IGNORECASE)
_PLACE_FIELD_LINE = re.compile(r"^(?P<label>[ \t*_|]*" + PLACE_LABELS + FIELD_SEP + r")[^\n]*",
                               re.IGNORECASE | re.MULTILINE)
#: the card's lines looked at after its dates line
CARD_LINES = 4


def on_place_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on an event card's labelled place line ("Place: Ashgabat, Turkmenistan")."""
    start = text.rfind("\n", 0, pos) + 1
    return _PLACE_LABEL.match(text, start) is not None


@lru_cache(maxsize=8)
def place_field(text: str) -> tuple[str, tuple[int, int]] | None:
    """The city of a page's one labelled place field ("Location | Berlin, Germany" in a table of quick facts
    under the lead): the page of one event states its place there, wherever the field stands. A page with
    several such fields lists several events' places."""
    found = list(_PLACE_FIELD_LINE.finditer(text))
    if len(found) != 1 or len(found[0].group(0)) > VENUE_LINE_MAX:
        return None
    m = found[0]
    rest = " " * (m.end("label") - m.start()) + m.group(0)[m.end("label") - m.start() :].rstrip(" |")
    city = _place_only(rest, address_after=True)  # (a labelled field: what follows its city is the building)
    if not city:
        return None
    name, (a, b) = city
    return name, (m.start() + a, m.start() + b)


def _labelled_place(tm: TextModel, from_paragraph: int) -> tuple[str, tuple[int, int]] | None:
    """The city of a labelled place line among the few lines after an event card's dates line."""
    seen = 0
    for ps, pe in tm.paragraphs[from_paragraph : from_paragraph + CARD_LINES + 1]:
        for s, e in _lines(tm, ps, pe):
            seen += 1
            line = tm.text[s:e]
            label = _PLACE_LABEL.match(line)
            if label is not None and len(line) <= VENUE_LINE_MAX:
                rest = " " * label.end() + line[label.end() :]
                city = _place_only(rest)
                if city:
                    name, (a, b) = city
                    return name, (s + a, s + b)
            if seen > CARD_LINES:
                return None
    return None


def _venue_in_line(line: str) -> tuple[tuple[str, tuple[int, int]] | None, DateMention] | None:
    """(city and its span or None, the date) when the line is one of place and date only."""
    if len(line) > VENUE_LINE_MAX or line.rstrip().endswith("."):
        return None
    dates = [d for d in find_dates(line) if d.first and d.has_year]
    if len(dates) != 1 or dates[0].precision != "day":
        return None
    d = dates[0]
    rest = _VENUE_LABEL.sub(lambda m: " " * len(m.group(0)), line[: d.start] + " " * (d.end - d.start)
                            + line[d.end :])
    city = _place_only(rest)
    if city is False:
        return None
    return city, d


def _place_only(rest: str, address_after: bool = False) -> tuple[str, tuple[int, int]] | None | bool:
    """(city, span in the line) when what is left of the line names a city and countries only, None when it
    names countries only, False when anything else is left (then it is not a place-and-date line). With
    ``address_after``, a labelled venue may go on past its city to the building: "Venue: | Republic of Kazakhstan,
    Nur-Sultan, Hilton Astana Hotel (EXPO), 46 Sauran Street"."""
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
            if address_after:
                return city
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


def find_month_end(tm: TextModel, body_start: int) -> tuple[date, tuple[int, int]] | None:
    """The last day of the first month named with its year in the headline, the header or the first
    paragraph of the story ("(September 2019)", "Activities, June–July 2019": the later month), and where it is."""
    for start, end in tm.paragraphs[: body_start + 2]:
        for d in find_dates(tm.masked[start:end][:TOP_OF_STORY]):
            if d.precision == "month" and d.year:
                months = [MONTHS[w.lower().rstrip(".")] for w in re.findall(r"[A-Za-z]+\.?", tm.masked[start + d.start :
                          start + d.end]) if w.lower().rstrip(".") in MONTHS]
                month = months[-1] if months else d.month
                year = d.year + 1 if month < d.month else d.year
                alone = _MONTH_LINE.fullmatch(tm.masked[start:end].strip()) is not None
                return date(year, month, calendar.monthrange(year, month)[1]), \
                    (start + d.start, start + d.end) if alone else None
    return None


#: a line that is a page's date by a month alone: "December 2019", "Published: March 2021", "Posted in May 2018" (not
#: a numbered issue's, "Issue 4 · December 2021": a newsletter's story is as often of the month before)
_MONTH_LINE = re.compile(r"(?:(?:Published|Posted|Date|Dated|Issued)(?:\s+(?:on|in))?\s*:?\s*)?"
                         r"[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d")


def read_header(tm: TextModel) -> Header:
    title, span, body = find_title(tm)
    published, pspan = find_published(tm, body, span)
    dcity, dspan, agency, dcountry = find_dateline(tm, body)
    venue = find_venue(tm, body)
    # only looked for when nothing better dates the story: most releases have a publication date
    first_day = find_first_day(tm, body) if published is None and venue is None else None
    month = find_month_end(tm, body) if published is None and venue is None and first_day is None else None
    return Header(title, span, published, pspan, dcity, dspan, agency, body, venue, first_day,
                  month[0] if month else None, dcountry, month[1] if month else None)
