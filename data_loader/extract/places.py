"""Where the event took place: the venue, not the dateline; old names resolved (Nur-Sultan is
Astana); venues outside Central Asia kept; a country when no city is named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from data_loader.extract import roles
from data_loader.lookup.gazetteer import (
    City,
    lookup_city,
    may_start_city,
    region_mentions,
    region_towns,
    same_name_in,
)
from data_loader.lookup.registries import namesakes

#: a capitalised phrase of up to three words; searched with its left edge checked after each hit
#: (see textscan.py): the phrase must not be glued to a word or a hyphen
_CAPSEQ = re.compile(r"((?:St\.\s)?[A-Z][a-zA-Z’'-]+(?:[\s-][A-Z][a-zA-Z’'-]+){0,2})")
#: the same phrases not glued to a word, ``(?<![\w-])`` + ``_CAPSEQ``, written so that the pattern opens with its
#: capital: ``re`` then skips to each capital letter in one fast scan of the text, where a pattern opening with a
#: look-behind, a look-ahead or an optional "St. " is tried at every character (a third less time than with a
#: look-ahead for the capital in front). The look-behind comes after the capital, and looks past it; "St. " is
#: read after its "S". Same matches (tested).
_CAPSEQ_SCAN = re.compile(r"([A-Z](?<![\w-][A-Z])(?:(?<=S)t\.\s[A-Z])?[a-zA-Z’'-]+(?:[\s-][A-Z][a-zA-Z’'-]+){0,2})")
#: where a word of a capitalised phrase ends and a space follows: the phrase's shorter prefixes end there
_WORD_END = re.compile(r"(?<=\S)(?=\s)")
#: a capitalised word that opens a sentence before a place name ("In Tashkent, ...", "At Almaty airport")
_LEADING_WORDS = frozenset({"In", "At", "From", "To", "During", "Since", "After", "Before", "Across", "Outside",
                            "Near"})
_LEADING_WORD = re.compile(r"(?:" + "|".join(sorted(_LEADING_WORDS)) + r")\s+")
#: a holding verb and "in" right before the city: the surest venue cue of a sentence ("gathered in Almaty")
_HELD_IN_WORDS = (r"\b(?:held|hosted|organi[sz]ed|convened|concluded|opened|" + roles.TOOK_PLACE + r"|conducted|"
                   r"gathered|met|"
                  r"takes\s+place|is\s+held)\s+in\s+(?:the\s+(?:city|capital)\s+of\s+)?")
VENUE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|to)\s+(?:the\s+(?:city|capital)\s+of\s+)?|" + _HELD_IN_WORDS
    # ("in the capitals of the region: ...", "in three cities at once: Ufa, Nur-Sultan and Bishkek")
    + r"|(?:capitals?|cities|towns)[^.:]{0,40}:\s*|"
    r"\b(?:cities|capitals)\s+of\s+|\bin\s+the\s+(?:[A-Z][a-z]+\s+)?(?:city|town|resort|capital|village)"
    r"(?:\s+of)?,?\s+|\bon\s+the\s+shores?\s+of\s+|\b(?:outskirts|suburbs?|environs)\s+of\s+|"
    # "in the Northern industrial zone of Pavlodar": a part of the city
    r"\bin\s+the\s+(?:[\w-]+\s+){0,2}(?:industrial|free\s+economic|border|special\s+economic)\s+zones?\s+of\s+|"
    # "in the Turksib district of Almaty": a district of the city
    r"\bin\s+the\s+(?:[A-Z][\w’'-]+\s+){1,2}(?:micro)?districts?\s+of\s+(?:the\s+city\s+of\s+)?|"
    r"\b(?:near|outside)\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?|"
    # a traveller's "My final stop was Vienna, for the Central Asia training"
    r"\b(?:first|next|last|final|latest)\s+stop\s+(?:was|is|will\s+be)\s+)$",
    re.IGNORECASE,
)
#: an attack named by its place: "the terrorist attack in the St Petersburg metro", "the bombings in Brussels"
_ATTACK_IN = re.compile(r"\b(?:attacks?|bombings?|explosions?|blasts?|shootings?|terrorist\s+acts?|hostage-taking|"
                        r"massacres?|tragedy|tragedies)\s+(?:at|in|on)\s+(?:the\s+)?$", re.I)
#: a time after the city that puts what was held there on another occasion than the story's
_ANOTHER_TIME_AFTER = re.compile(r",?\s+(?:earlier\s+(?:this|that|in\s+the)\s+(?:year|month|week|spring|summer|autumn|"
                                 r"winter)|(?:last|the\s+previous)\s+(?:year|month|week)|previously|in\s+the\s+past|"
                                 r"(?:a\s+(?:year|month|week)|\w+\s+(?:years|months|weeks))\s+(?:ago|earlier))\b",
                                 re.I)
#: the city as the host: "Tashkent will host the conference", "Dushanbe hosts ...", "Tashkent was the venue of",
#: with a bracket between: "the city of Tashkent (Republic of Uzbekistan) hosted"
HOST_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?"
                        # "the city of Xiamen in the People's Republic of China hosted", "Tashkent, Uzbekistan was the
                        # venue": its country between
                        r"(?:,?\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4},?|"
                        r",\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?)?"
                        r"\s+(?:hosts|hosted|(?:will|to|is\s+to)\s+host|is\s+hosting|"
                        r"has\s+hosted|played\s+host|(?:was|is|became|will\s+be)\s+the\s+venue)\b", re.I)
#: an office named after its city ("OSCE Programme Office in Bishkek", "Embassy of Japan in Tashkent"): the city
#: is where the office is, which says little about where an event it helped with took place
OFFICE_IN = re.compile(r"\b(?:Office|Centre|Center|Mission|Embassy|Consulate|Delegation|Representation|"
                       r"Co-?ordinator|Bureau|Branch)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*"
                       # ("the Embassy of the Kingdom of the Netherlands in Astana")
                       r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,3})?\s+in\s+$")
#: "held at the OSCE Programme Office in Bishkek": there the office is the venue
_HELD_AT = re.compile(r"\b(?:held|hosted|" + roles.TOOK_PLACE + r"|convened|met|gathered|conducted)\s+"
                      r"(?:at|on\s+the\s+premises\s+of)\s+(?:the\s+)?[^.;]{0,80}$")
_HELD_IN = re.compile(_HELD_IN_WORDS + "$", re.I)
#: the name of a province or district, not a city: "in Jalal-Abad, Osh and Batken provinces", "the Osh region"
REGION_AFTER = re.compile(r"(?:\s*(?:,|,?\s+and)\s+[A-Z][\w’'-]+)*\s+(?:provinces?|regions?|oblasts?|districts?|"
                          r"rayons?|governorates?|valley)\b")
#: a city followed by the one province it lies in: "in Urgench, Khorezm province" (not a list of provinces)
_OWN_PROVINCE = re.compile(r",\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:province|region|oblast|district|velayat)\b"
                           r"(?!\s+(?:and|of)\b)")
_PLACE_OF = re.compile(r"\b(?:city|cities|towns?|capitals?|resort|regions?|provinces?|oblasts?|(?:micro)?districts?|"
                       r"villages?|shores?|"
                       r"zones?|outskirts|suburbs?|environs)\s+of\s+$", re.I)
ORIGIN_BEFORE = re.compile(r"\b(?:from|of|representing)\s+(?:the\s+)?$", re.IGNORECASE)


#: words of a place that is in a city rather than a name of it ("United Nations Headquarters" is in New
#: York, "Lake Issyk-Kul" is by Cholpon-Ata): the places registry lists such venues too
_LANDMARK_WORD = re.compile(r"\b(?:headquarters|hq|palais|palace|lake|centre|center|hotel|resort)\b", re.I)


def is_landmark(written: str) -> bool:
    """Whether a name the places registry resolves is a venue or landmark in the city, not a spelling of it."""
    return _LANDMARK_WORD.search(written) is not None


@dataclass(frozen=True)
class CityMention:
    start: int
    end: int
    city: City


def in_named_countries(cities: list[CityMention], countries: list, sentences: list) -> list[CityMention]:
    """Each city read as the town of that name in the country the text places it in: the country its
    sentence names (not its own), or else the only country the document names ("took place in Guliston ...
    made available by the General Prosecutor's Office of Tajikistan": Guliston, Tajikistan, not the larger
    Guliston of Uzbekistan). ``countries`` are country mentions, ``sentences`` the document's sentences."""
    named = {c.value for c in countries if c.kind == "country"}
    out = []
    for cm in cities:
        if cm.city.iso3 in named and len(named) == 1:
            out.append(cm)
            continue
        s = next((x for x in sentences if x.start <= cm.start < x.end), None)
        here = {c.value for c in countries if c.kind == "country" and s is not None and s.start <= c.start < s.end}
        if s is not None and cm.city.name.casefold() in namesakes():
            # "in Gulistan city, Sughd region": the province's country places a town that has namesakes (asked
            # only of those: the provinces' pattern is long)
            here |= {region.iso3 for region, _, _ in region_mentions(s.text, 0, len(s.text))}
        choices = here if here and cm.city.iso3 not in here else named if cm.city.iso3 not in named else set()
        alt = next((a for iso in sorted(choices) if (a := same_name_in(cm.city, iso)) is not None), None)
        out.append(CityMention(cm.start, cm.end, alt) if alt is not None else cm)
    return out


#: a force named after the place it comes from, which it leaves to train: "the Virginia National Guard"
_FORCE_AFTER = re.compile(r"\s+(?:National\s+)?(?:Guard|Guards|Army|Brigade|Regiment|Battalion|Corps|Division|"
                          r"Fleet|Air\s+Force)\b")


def _longest_city(words: str) -> tuple[str, City] | None:
    """The longest prefix of a capitalised phrase that is a city, and the city: "New York City", "Nur-Sultan"."""
    for end in [len(words)] + [g.start() for g in reversed(list(_WORD_END.finditer(words)))]:
        cand = words[:end].strip()
        city = lookup_city(cand)
        if city is not None:
            return cand, city
    return None


def find_cities(text: str, skip: list[tuple[int, int]] | None = None) -> list[CityMention]:
    skip = skip or []
    out: list[CityMention] = []
    for m in _CAPSEQ_SCAN.finditer(text):
        words, base = m.group(1), m.start(1)
        first = words.split(None, 1)[0]
        if not may_start_city(first):
            # most capitalised phrases ("The", "Ministry of ...") start no city name; a sentence may open
            # with a preposition before one ("In Tashkent, the consultation ...")
            lead = _LEADING_WORD.match(words) if first in _LEADING_WORDS else None
            if lead is None or not may_start_city(words[lead.end() :].split(None, 1)[0]):
                continue
            words, base = words[lead.end() :], base + lead.end()
        found = _longest_city(words)
        if found is None and first == "The" and " " in words:
            # "The Barnaul Law Institute ... hosted": a sentence opening on a body named after its town ("The Hague"
            # is found above)
            after_the = len(words) - len(words[3:].lstrip())
            words, base = words[after_the:], base + after_the
            found = _longest_city(words) if may_start_city(words.split(None, 1)[0]) else None
        if found is None:
            continue
        cand, city = found
        s = base
        e = s + len(cand)
        if _FORCE_AFTER.match(text, e):
            continue  # "the Virginia National Guard", "Virginia Guard": a force named after where it comes from
        if not any(a < e and s < b for a, b in skip) or _held_at_office(text, s):
            out.append(CityMention(s, e, city))
    taken = [(c.start, c.end) for c in out]
    out += [c for c in find_capitals(text)
            if not any(a < c.end and c.start < b for a, b in taken + skip)]
    taken = [(c.start, c.end) for c in out]
    out += [c for c in _settlements_by_kind(text) if not any(a < c.end and c.start < b for a, b in taken + skip)]
    return sorted(out, key=lambda c: c.start)


#: the kinds of settlement a town is named by: "the village of Smirnovo", "the town of Bulaevo"
SETTLEMENT_KINDS = r"(?:village|town|settlement|urban\s+settlement)"
#: a settlement named by its kind: "the village of Smirnovo", "the town of Bulaevo", "Village of Smirnovo"
_SETTLEMENT_OF = re.compile(r"\b(?i:" + SETTLEMENT_KINDS + r")\s+of\s+([A-Z][a-z’'-]{3,}(?:-[A-Z][a-z]+)?)\b")


def _settlements_by_kind(text: str) -> list[CityMention]:
    """Towns of Central Asia too small for the main list, where the text says they are towns: the small list is read
    only there, and the most populous town of that name taken."""
    if "illage of" not in text and "own of" not in text and "ettlement of" not in text:
        return []
    out = []
    for m in _SETTLEMENT_OF.finditer(text):
        if lookup_city(m.group(1)) is None and (towns := region_towns(m.group(1))):
            out.append(CityMention(m.start(1), m.end(1), towns[0]))
    return out


_CAPITAL = re.compile(
    r"\b(?:the\s+)(?P<dem>[A-Z][a-z]+)\s+capital\b(?!\s+of\b)|\b(?:the\s+)capital\s+of\s+(?:the\s+)?"
    # (not "the capital of China's Xinjiang Uygur Autonomous Region": a province's capital)
    r"(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’])|\b(?P<poss>[A-Z][a-z]+)['’]s\s+capital\b|"
    # "held in the city of Kuwait": a capital named after its country (Kuwait City, Panama City)
    r"\bthe\s+city\s+of\s+(?P<cityof>[A-Z][a-z]+)(?![\w'’-])")


def _held_at_office(text: str, start: int) -> bool:
    """'held at the OSCE Programme Office in Bishkek': the city of an office's name (which the names
    registry covers) is the venue when the event was held at that office."""
    before = text[max(0, start - 100) : start]
    return OFFICE_IN.search(before) is not None and _HELD_AT.search(before) is not None


def find_capitals(text: str) -> list[CityMention]:
    """'the Kazakh capital', 'the capital of Tajikistan', 'Uzbekistan's capital', 'the city of Kuwait' -> that
    capital."""
    from data_loader.lookup.gazetteer import capital_of, country_iso3, demonyms

    out: list[CityMention] = []
    if "capital" not in text and "city of" not in text:
        return out  # every form names one of these, in lower case
    for m in _CAPITAL.finditer(text):
        named = m.group("country") or m.group("poss") or m.group("cityof")
        iso = demonyms().get(m.group("dem")) if m.group("dem") else country_iso3(named)
        city = capital_of(iso) if iso else None
        if m.group("cityof") and city is not None and not city.name.startswith(named):
            continue  # "the city of Tajikistan" names no city
        if city is not None:
            out.append(CityMention(m.start(), m.end(), city))
    return out


@lru_cache(maxsize=16)
def venue_score(text: str, mention: CityMention) -> int:
    """How strongly the words around a city name make it the event's venue. Memoised: the rules ask about
    the same city of a document about twice each, close together, so sixteen entries are enough and keep at
    most a few documents' texts alive (a text of several megabytes in each of 256 entries would not be)."""
    before = text[max(0, mention.start - 60) : mention.start]
    after = text[mention.end : mention.end + 40]
    score = 0
    if OFFICE_IN.search(before) and not _HELD_AT.search(text, max(0, mention.start - 100), mention.start):
        score += 1  # "the OSCE Programme Office in Nur-Sultan": where an office is, at best where it met
    elif VENUE_BEFORE.search(before) or HOST_AFTER.match(text, mention.end, mention.end + 90):
        score += 3
        if _HELD_IN.search(before):
            score += 1  # "gathered in Almaty" says more than "EU structures in Brussels" before it
    if REGION_AFTER.match(text, mention.end, mention.end + 120) \
            and not _OWN_PROVINCE.match(text, mention.end, mention.end + 60):
        score -= 3
    # "Bishkek, Kyrgyzstan, on ...", and in a table's venue cell "Burabay, Kazakhstan |"
    if re.match(r",\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:,|\.|;|\||on\b|from\b|in\b|$)", after):
        score += 1
    # ("held at the airport of Astana": the site, then its town)
    site = (_AT_SITE.search(before) is not None and _SITE_AFTER.match(after) is not None) \
        or _SITE_OF.search(before) is not None
    # "the library of Kostanay Construction College hosted": a room of a school named after its town
    room = _ROOM_OF.search(before) is not None and _INSTITUTION_AFTER.match(after) is not None
    if ORIGIN_BEFORE.search(before) and not _PLACE_OF.search(before) and not site and not room:
        score -= 3
    # list after a venue cue: "in Astana, Bishkek and Dushanbe"
    if re.search(r"(?:,|\band)\s+$", before) and not ORIGIN_BEFORE.search(before):
        score += 1
    if (_AT_THE.search(before) and _INSTITUTION_AFTER.match(after)) or room:
        # "at the Gissar Training Centre": a building named after the town it stands in; not where a speaker works,
        # "senior researcher at the Novosibirsk Military Institute"
        score += -3 if _WORKS_AT.search(before) else 3
    elif _INSTITUTION_HOSTED.match(text, mention.end, mention.end + 160) and not _WORKS_AT.search(before):
        score += 3  # "The Barnaul Law Institute of the Ministry of Internal Affairs hosted the forum"
    elif site:
        score += 3  # "at the Aktau commercial sea port", "on the territory of the Bishkek thermal power plant"
    if _ATTACK_IN.search(before):
        score -= 3  # "on the eve of the terrorist attack in the St Petersburg metro": where the attack was
    if _ANOTHER_TIME_AFTER.match(after):
        score -= 3  # "the Training of Trainers held in Bishkek earlier this year": another occasion's place
    if _BETWEEN.search(before):
        score -= 3  # "cooperation between Dushanbe and Beijing": two capitals standing for their governments
    if _NEAR_AFTER.match(after):
        score += 3  # "Chimteppa, outskirts of Dushanbe": the place, placed by a larger one
    elif _NEAR_BEFORE.search(before):
        score -= 3  # (and the larger one only says where it is)
    return score


#: a place placed by a larger one after it: "Chimteppa, outskirts of Dushanbe", "Varzob, near Dushanbe"
_NEAR_AFTER = re.compile(r",\s+(?:on\s+the\s+|in\s+the\s+)?(?:outskirts\s+of|near|close\s+to|not\s+far\s+from)\s+[A-Z]")
#: the larger place after such a one
_NEAR_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+(?:on\s+the\s+|in\s+the\s+)?(?:outskirts\s+of|near|close\s+to|"
                          r"not\s+far\s+from)\s+(?:the\s+(?:city|town)\s+of\s+)?$")


#: a venue named after its town: "at the Gissar Training Centre", "at the Almaty Academy of ...", "at the Termez
#: training ground"; or a school's branch in a town: "at the Urgut branch of Samarkand State University"
_AT_THE = re.compile(r"\bat\s+the\s+$")
#: a person's post at a body: "senior researcher at the", "professor of the", "a lecturer from the"
_WORKS_AT = re.compile(r"\b(?:researchers?|professors?|lecturers?|teachers?|students?|cadets?|fellows?|graduates?|"
                       r"deans?|rectors?|staff|employees?|heads?\s+of\s+(?:the\s+)?(?:department|chair)|"
                       r"(?:deputy\s+)?directors?)\s+(?:at|of|from)\s+the\s+$", re.I)
#: an institution named after its town that hosted the event: "The Barnaul Law Institute of the Ministry of Internal
#: Affairs of Russia hosted the research forum"
_INSTITUTION_HOSTED = re.compile(r"(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:Institute|University|Academy|College)\b"
                                 r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^.;:,]{0,90}?)?\s+(?:has\s+)?"
                                 r"(?:hosted|hosts|was\s+the\s+venue)\b")
#: a room or building of such a venue: "the library of Kostanay Construction College", "the assembly hall of the ..."
_ROOM_OF = re.compile(r"\b(?:library|(?:assembly\s+|conference\s+|main\s+)?hall|auditorium|building|premises|campus)\s+"
                      r"of\s+(?:the\s+)?$", re.I)
_INSTITUTION_AFTER = re.compile(r"\s+(?:branch\s+of\b|campus\b|"
                                r"(?:[A-Z][\w-]*\s+){0,2}?(?:Training\s+Cent(?:re|er)|Academy|Cent(?:re|er)|"
                                r"Institute|University|School|College|Hotel|Palace|Hall|Base|Garrison|Camp|"
                                r"[Tt]raining\s+(?:[Gg]round|[Rr]ange|[Aa]rea)|[Ff]iring\s+[Rr]ange|[Rr]ange|[Pp]olygon)\b)")
#: a site named after its town, where exercises are held: "at the Aktau commercial sea port", "at Tashkent
#: International Airport", "on the territory of the Bishkek thermal power plant"
_AT_SITE = re.compile(r"\b(?:at|in|near|(?:on\s+|in\s+)?the\s+(?:territory|grounds|premises|waters|area)\s+of)\s+"
                      r"(?:the\s+)?$")
_SITE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:[Aa]irport|[Ss]ea\s*[Pp]ort|[Pp]ort|[Rr]ailway\s+[Ss]tation|"
                         r"[Bb]us\s+[Ss]tation|[Pp]ower\s+[Pp]lant|[Tt]hermal\s+[Pp]lant|[Rr]efinery|[Ss]tadium|"
                         r"[Mm]etro|[Tt]erminal|[Ss]hopping\s+(?:[Cc]entre|[Cc]enter|[Mm]all)|[Mm]arket|[Hh]ydropower|"
                         r"HPP|TPP|CHP)\b")
#: ... or its site first, then the town: "at the airport of Astana", "at the railway station of Almaty"
#: (a training range too: 'at the "Aktas" range of the city of Shymkent')
_SITE_OF = re.compile(r"\bat\s+(?:the\s+)?(?:[\w\"“”«»'’-]+\s+){0,2}?(?:airport|sea\s*port|port|railway\s+station|"
                      r"bus\s+station|power\s+plant|stadium|metro|terminal|shopping\s+(?:centre|center|mall)|market|"
                      r"(?:firing\s+|shooting\s+|training\s+)?range|training\s+ground|proving\s+ground|polygon)"
                      r"\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
#: a city after "between" or in "between X and": one of two sides, not a venue
_BETWEEN = re.compile(r"\bbetween\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+)?$")


#: between two cities of a list: "Osh, Bishkek and Naryn", "Osh (3 June) and Khujand", "in Osh on 3 June; in ..."
#: ("in the village of Smirnovo in Akkayin district and in the town of Bulaevo": each town named by its kind, after its
#: district)
_VENUE_GAP = re.compile(r"\s*(?:\([^)]{0,40}\))?\s*(?:in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:district|region)\s*)?"
                        r"(?:(?:on|from)\s+[^,;.]{3,40}?\s*)?(?:,|,?\s+and|;)\s*(?:in\s+)?"
                        r"(?:(?:the\s+)?(?:city|" + SETTLEMENT_KINDS + r")\s+of\s+)?")
#: "the first on 21-23 February in Ashgabat, the second on 26-28 February in Tashkent"
_ORDINAL_GAP = re.compile(r"\s*(?:,|;|,?\s+and)\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|next|"
                          r"other|another|latter)(?:\s+(?:one|event|session|workshop|training|course|seminar|"
                          r"meeting|round))?\s*,?\s+(?:(?:on|from|in)\s+[^,;.]{3,40}?\s+)?(?:in|at)\s+")


#: from one country's list of cities to the next's: "in Jalal-Abad, Osh and Batken, and in Kazakhstan in Kyzylorda"
_COUNTRY_GAP = re.compile(r"\s*,?\s*(?:and\s+)?in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*,?\s+(?:in\s+)?"
                          r"(?:the\s+(?:cities|towns|regions)\s+of\s+)?")


def list_venues(text: str, mentions: list[CityMention]) -> list[CityMention]:
    """An enumeration of two or more cities after a venue cue: one event per city."""
    best: list[CityMention] = []
    i = 0
    while i < len(mentions):
        run = [mentions[i]]
        j = i + 1
        while j < len(mentions):
            gap = text[run[-1].end : mentions[j].start]
            if (_VENUE_GAP.fullmatch(gap) or _ORDINAL_GAP.fullmatch(gap)
                    or (len(run) > 1 and _COUNTRY_GAP.fullmatch(gap))):
                run.append(mentions[j])
                j += 1
            else:
                break
        cities = {m.city.name for m in run}
        if len(cities) >= 2 and venue_score(text, run[0]) >= 3 and len(run) > len(best):
            best = run
        i = j
    return best
