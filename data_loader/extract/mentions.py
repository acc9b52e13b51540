"""Find names in text: registry organisations, programmes, governments and unknown candidates.

A mention carries its span, its canonical value and its kind, so role rules and
evidence can work on spans rather than on strings.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from data_loader.lookup.gazetteer import Region, country_iso3, region_mentions
from data_loader.lookup.registries import name_scan, organizations, programmes, registry_cached, resolve_org
from data_loader.textscan import Prefiltered, after_word_char, glued_to_word, matches_at_word_start, with_first_chars


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # org | programme | government | country | unknown_org | unknown_programme
    value: str  # canonical organisation / programme / ISO3 for country/government
    surface: str


_GOV_HEAD = (
    r"(?:Government|Governments|Permanent\s+Mission|Mission|Embassy|Embassies|Consulate(?:\s+General)?|"
    r"Ministry|Ministries|Department|State\s+Department|State\s+Committee|State\s+Commission|Committee|Agency|Service|Office|Parliament|"
    r"Prosecutor(?:'s|’s)?\s+(?:General(?:'s|’s)?\s+)?Office|Presidential\s+Administration|Administration|"
    r"Academy|Council|authorities|delegation|National\s+Guard|Armed\s+Forces|General\s+Staff|"
    r"Border\s+(?:Service|Guards?|Troops)|National\s+Bank|Central\s+Bank)"
)
#: a government's head word right after a country ("Kazakhstan's Ministry", "Japan Embassy")
_GOV_HEAD_AFTER = re.compile(r"(?:['’]s)?\s+" + _GOV_HEAD + r"\b")
_GOV_HEAD_WORD = re.compile(r"\b" + _GOV_HEAD + r"\b")
_ACRONYM_CHAIN = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]*[A-Z][A-Z0-9]*(?:\s*[/–-]\s*[A-Z][A-Za-z]*[A-Z][A-Z0-9]*)+)(?![\w-])"
)
#: the head word every unknown name holds
_HEAD_WORDS = (
    r"Office|Centre|Center|Committee|Directorate|Agency|Organi[sz]ation|Council|Commission|Institute|"
    r"Foundation|Bureau|Service|Unit|Mission|Academy|Association|Secretariat|Network|Fund|Forum|University|"
    r"College|Library|Task\s+Force|Department|Ministry|Programme|Program|Initiative|Facility|Structure|Partners|"
    r"Consortium"
)
_ORG_HEADS = r"(?:" + _HEAD_WORDS + r"|Troops|Guards?)"
#: an unknown name from its first word on: up to seven capitalised words (and the short words between them)
#: before the head word, what it is "of" after it, an acronym in brackets
#: what a name is "of" or "for" after its head word: "for the Study", "of Regional Threats"
#: (not a day: "held at the Tashkent Pediatric Medical Institute on February 5, 2019")
_DAY_NAMES = "|".join([*(m for m in calendar.month_name if m), *calendar.day_name])
_NAME_TAIL = (r"\s+(?:of|for|on|against)\s+(?!(?:" + _DAY_NAMES + r")\b)"
              r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,5}")


def _unknown_org_name(tails: str) -> str:
    """The pattern of an unknown name with ``tails`` (a repeat count) of what it is of after its head word."""
    return (r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|on|and|the|in|to|against)\s+){0,2}){0,7}" + _ORG_HEADS + r"(?![\w-])"
            r"(?:" + _NAME_TAIL + r")" + tails + r")(?:\s*\((?P<acr>[A-Z](?=[a-z0-9-]*[A-Z0-9])[A-Za-z0-9-]{1,12})\))?")


#: ("Centre for the Study of Regional Threats": twice)
_UNKNOWN_ORG_NAME = _unknown_org_name("{0,2}")
_UNKNOWN_ORG = re.compile(r"(?<![\w-])(?:the\s+)?" + _UNKNOWN_ORG_NAME)
#: the name with what it is "of" once only: "Committee on Women and Gender Issues" of "the Senate of the Oliy Majlis"
_UNKNOWN_ORG_ONE_TAIL = re.compile(_unknown_org_name("?"))

#: the one above with a look-ahead for its first characters in front (see textscan.with_first_chars)
_ACRONYM_CHAIN_SCAN = with_first_chars(_ACRONYM_CHAIN)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


#: the adjectives of holding an event a body's name may be glued to: "UNOCT-facilitated", "an OSCE-organised workshop"
HOLDING_ADJECTIVES = r"organi[sz]ed|facilitated|hosted|led|run|convened"
#: the adjectives of paying or holding a name may be glued to: "EU-funded", "UNOCT-facilitated"
_GLUED_ADJ = r"-(?:funded|financed|sponsored|backed|supported|" + HOLDING_ADJECTIVES + r")\b"
#: "EU-funded" (with a look-ahead for its capital in front, see textscan.with_first_chars: its look-behind was tried
#: at every character of the text)
_GLUED_NAME = with_first_chars(re.compile(r"(?<![\w-])([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)" + _GLUED_ADJ))
#: what every match of ``_GLUED_NAME`` ends with: ``re`` finds it by scanning for the hyphen, and most documents
#: have none, so the name pattern is not tried at every capital of them (the words alone, "led" and "run", are in
#: nearly every document: "called", "running")
_GLUED_ADJ_ONLY = re.compile(_GLUED_ADJ)
#: what every chain of acronyms holds: a capital or a figure, then a slash or dash before a capital (most texts have
#: none, and then the chain pattern, which backtracks through every capitalised word, is not searched)
_ACRONYM_JOINT = re.compile(r"[A-Z0-9]\s*[/–-]\s*[A-Z]")


def find_registry(text: str) -> list[Mention]:
    """Registry organisations and programmes, longest match first, non-overlapping."""
    _, org_matcher = organizations()
    owners, prog_matcher = programmes()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    cands = [(s, e, "programme", v) for s, e, v in prog_matcher.finditer(text)]
    cands += [(s, e, "org", resolve_org(v)) for s, e, v in org_matcher.finditer(text)]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for s, e, kind, value in cands:
        if _overlaps(taken, s, e):
            continue
        taken.append((s, e))
        found.append(Mention(s, e, kind, value, text[s:e]))
    found = _without_others_acronyms(text, found)
    found = _without_acronyms_defined_otherwise(text, found)
    # "EU-funded", "Japan-financed", "UNOCT-facilitated": a name glued to an adjective of paying or holding
    for m in _GLUED_NAME.finditer(text) if _GLUED_ADJ_ONLY.search(text) else ():
        words = m.group(1).split(" ")
        for k in range(len(words)):  # "The EU-funded": try "The EU", then "EU"
            name = " ".join(words[k:])
            start = m.end(1) - len(name)
            value = org_matcher.lookup(name)
            if value and not _overlaps(taken, start, m.end(1)):
                found.append(Mention(start, m.end(1), "org", resolve_org(value), name))
                taken.append((start, m.end(1)))
                break
    # Acronyms written together: "UNOCT/UNCCT", "UNCCT-UNODC", "WMDT-UNOCT"
    for m in _ACRONYM_CHAIN_SCAN.finditer(text) if _ACRONYM_JOINT.search(text) else ():
        if _overlaps(taken, m.start(), m.end()):
            continue
        pos = m.start()
        for part in re.split(r"\s*[/–-]\s*", m.group(1)):
            i = text.find(part, pos)
            pos = i + len(part)
            value = org_matcher.lookup(part)
            if value:
                found.append(Mention(i, i + len(part), "org", resolve_org(value), part))
        taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


def _without_others_acronyms(text: str, found: list[Mention]) -> list[Mention]:
    """Less an acronym in brackets right after another known name, which it abbreviates: in "the CBRN Risk
    Mitigation Centres of Excellence (CoE) Initiative" the "CoE" is the Centres', not the Council of Europe."""
    found.sort(key=lambda x: x.start)
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "org" and prev.value != m.value and text.startswith(")", m.end) \
                and _BRACKET_AFTER.fullmatch(text, prev.end, m.start):
            continue
        out.append(m)
    return out


def _without_acronyms_defined_otherwise(text: str, found: list[Mention]) -> list[Mention]:
    """Less every use of a registry acronym that the document defines as another name: "the CBRN Centre of Excellence
    (CoE) for Central Asia" spells "CoE" from its own words, so "CoE Project 60" is not the Council of Europe. A name
    the registry knows before its acronym ("Council of Europe (CoE)") keeps it."""
    mine: set[str] = set()
    for i, m in enumerate(found):
        if m.kind != "org" or not text.startswith(")", m.end) or text[m.start - 1 : m.start] != "(":
            continue
        prev = found[i - 1] if i else None
        if prev is not None and prev.value == m.value and _BRACKET_AFTER.fullmatch(text, prev.end, m.start):
            continue  # the registry's own name, then its acronym
        words = _WORD.findall(text, max(0, m.start - 160), m.start - 1)
        spelled = _spelled_by(words, m.surface)
        if spelled and not any(" ".join(spelled).lower() in name for name in _names_of(m.value)):
            # ("United Nations Educational, Scientific and Cultural Organization (UNESCO)": the registry's own words)
            mine.add(m.surface)
    return [m for m in found if not (m.kind == "org" and m.surface in mine)] if mine else found


def _spelled_by(words: list[str], acronym: str) -> list[str]:
    """The last words before an acronym that give its letters as their initials, in case ("Centre of Excellence" ->
    "CoE"), or, short words aside, in capitals ("Collective Security Treaty Organization" -> "CSTO"); [] if none."""
    if not acronym.isalpha() or not 2 <= len(acronym) <= 6:
        return []
    n = len(acronym)
    if len(words) >= n and "".join(w[0] for w in words[-n:]) == acronym:
        return words[-n:]
    capital = [w for w in words if w.lower() not in _SHORT_WORDS]
    if len(capital) >= n and "".join(w[0] for w in capital[-n:]).upper() == acronym.upper() \
            and all(w[0].isupper() for w in capital[-n:]):
        return capital[-n:]
    return []


@registry_cached
def _names_of(canonical: str) -> tuple[str, ...]:
    """Every name the registry gives an organisation, in lower case, with words only ("united nations educational
    scientific and cultural organization"), and the short words left out as ``_spelled_by`` leaves them out."""
    _, matcher = organizations()
    out = []
    for spelling, value in matcher.table.items():
        if resolve_org(value) == canonical:
            words = _WORD.findall(spelling)
            out.append(" ".join(w.lower() for w in words))
            out.append(" ".join(w.lower() for w in words if w.lower() not in _SHORT_WORDS))
    return tuple(out)


_WORD = re.compile(r"[A-Za-z]+")
_SHORT_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to"})


#: what stands between a name and its acronym in brackets: " (", "’s (" is no such gap
_BRACKET_AFTER = re.compile(r"\s?\(")


#: a demonym that names a language: "Kazinform (Chinese service)", "the Russian edition", "Russian-speaking youth"
_LANGUAGE_AFTER = re.compile(r"(?:[ \t]+|-)(?:language|service|edition|version|translation|subtitles|speaking|"
                             r"speakers)\b")


def find_countries(text: str, skip: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Country names and aliases (Kyrgyz Republic, Russian Federation) and demonyms (Kazakh)."""
    skip = skip or []
    out: list[Mention] = []
    found = name_scan().spans(text)  # what country_pattern() and demonym_pattern() find, in one pass
    for s, e in found["country"]:
        if _overlaps(skip, s, e):
            continue
        name = text[s:e]
        iso = country_iso3(name)
        if iso and not (name in ("US", "U.S.") and text[e : e + 1].isalpha()):
            out.append(Mention(s, e, "country", iso, name))
    taken = [(x.start, x.end) for x in out]
    for s, e in found["demonym"]:
        if _overlaps(skip + taken, s, e) or _LANGUAGE_AFTER.match(text, e):
            continue
        from data_loader.lookup.gazetteer import demonyms

        out.append(Mention(s, e, "demonym", demonyms()[text[s:e]], text[s:e]))
    return sorted(out, key=lambda x: x.start)


#: searched only in the words before a country that hold a government word ("Ministry", "Embassy", ...)
_GOV_OF = Prefiltered(re.compile(
    r"(?:the\s+)?" + _GOV_HEAD + r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,6})?"
    # "the National Security Committee (KNB) of Kazakhstan": its acronym may stand before the country
    r"(?:\s*\([A-Z][\w-]{1,12}\))?\s+(?:of|in|to)\s+(?:the\s+)?$"
))
#: a country's forces or services, in lower case, also the second of two countries: "the defense ministries of
#: Tajikistan and Uzbekistan", "the armed forces of Kazakhstan and Uzbekistan had conducted"
_FORCES_OF = re.compile(
    r"(?:the\s+)?(?i:defen[cs]e\s+ministries|ministries\s+of\s+defen[cs]e|armed\s+forces|armies|troops|"
    r"border\s+(?:guards|troops|services)|special\s+services|security\s+services)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:and|,)\s+(?:the\s+)?)?$")
_FORCES_WORDS = ("ministries", "forces", "armies", "troops", "guards", "services")
#: a body "under" the head of state or the government ("the Institute for Strategic and Regional Studies under
#: the President of the Republic of Uzbekistan", "the Committee on Religion, ... under the Government of
#: Tajikistan"): a government body, whatever its own head word
_UNDER_GOV = Prefiltered(re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Institute|Centre|Center|Academy|Agency|Committee|Council|Service|"
    r"Inspectorate|Commission|Bureau|Office|Department|Fund)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:(?:and|of|for|on)\s+)?[A-Z][\w’'-]*){0,10})?"
    r"\s+under\s+the\s+(?:President|Government|Cabinet\s+of\s+Ministers|Prime\s+Minister)\s+of\s+(?:the\s+)?$"
))


_DEMONYM_GOV = re.compile(r"^\s+(?:(?:Federal|Foreign|State|National|Interior|Defen[cs]e|Home)\s+){0,2}"
                          r"(?:Embassy|[Gg]overnment|Ministry|Ministries|Consulate|Mission|Agency|authorities|Office|"
                          r"Police|police|Border\s+(?:Service|Guards?|Troops)|Armed\s+Forces|State\s+Security\s+Service|"
                          r"(?:People['’]s\s+)?Armed\s+Police|National\s+Guard|General\s+Staff|"
                          r"Security\s+Service|Prosecutor(?:['’]s)?\s+(?:General(?:['’]s)?\s+)?Office|Parliament|"
                          # "the Italian Central Counter-Narcotics Directorate": a directorate is a state's own
                          r"(?:[A-Z][\w-]*\s+){0,3}Directorate(?:-General)?)\b")


#: a diplomatic post "in" or "to" a country belongs to another country
_ABROAD_IN = re.compile(r"\b(?:Embass(?:y|ies)|Consulate(?:\s+General)?|Mission|delegation|Office)"
                        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s+(?:in|to)\s+(?:the\s+)?$")


#: kinds of organisation that keep offices named after a country ("UNDP Kazakhstan", "IOM Tajikistan")
_OFFICE_KINDS = frozenset({"un", "intl", "ngo"})  # "IWPR Tajikistan" is an NGO's office there, too


def without_country_offices(text: str, registry: list[Mention], countries: list[Mention]) -> list[Mention]:
    """Country mentions less those that only name an agency's office there: in "UNDP Kazakhstan is hosting the
    dialogue" the country is part of the host's name, and says nothing of its government nor of the venue; in
    "the regional office of UNODC for Afghanistan, Central Asia, Iran and Pakistan held ..." the countries are
    the office's territory."""
    territory = _office_territories(text)
    if territory:
        countries = [c for c in countries if not any(a <= c.start < b for a, b in territory)]
    orgs, _ = organizations()
    ends = {m.end for m in registry if m.kind == "org" and m.value in orgs and orgs[m.value].kind in _OFFICE_KINDS}
    if not ends:
        return countries
    return [c for c in countries
            if not (c.kind == "country" and c.start - 1 in ends and text[c.start - 1] == " "
                    and not text.startswith(("'s", "’s"), c.end))]


def _office_territories(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of countries that offices and representatives are named for: looked for only
    before each " for " of the text, most of which follow no office's name."""
    out = []
    at = text.find(" for ")
    while at >= 0:
        start = max(0, at - OFFICE_NAME_CHARS)
        head = _OFFICE_BEFORE_FOR.search(text, start, at) if any(
            text.find(w, start, at) >= 0 for w in _OFFICE_WORDS) else None
        if head is not None and (m := _TERRITORY.match(text, at + 5)) is not None:
            out.append((m.start(), m.end()))
        at = text.find(" for ", at + 5)
    return out


_CAP_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
#: an office or representative named for the countries it covers: "the regional office of the United Nations Office
#: on Drugs and Crime (UNODC) for Afghanistan, Central Asia, Iran and Pakistan", "UNODC Regional Representative for
#: Afghanistan, Central Asia, Iran and Pakistan"
_OFFICE_BEFORE_FOR = re.compile(r"\b(?:[Oo]ffice|Representative|Representation|Coordinator|Co-ordinator)\b"
                                r"(?:\s+of\s+(?:the\s+)?[A-Z][^,.;()]{2,80}?(?:\s*\([A-Z]+\))?)?$")
_TERRITORY = re.compile(rf"\s*{_CAP_NAME}(?:\s*,\s*(?:and\s+)?{_CAP_NAME}|\s+and\s+{_CAP_NAME}){{0,8}}")
#: (a piece of each office word, looked for as plain text before the pattern is tried)
_OFFICE_WORDS = ("ffice", "epresentat", "oordinator")
#: how far before " for " an office's name may start
OFFICE_NAME_CHARS = 130


#: a district's, town's or province's own authority named before its place: "the leadership of Shahrinav district",
#: "the Executive Body of State Power of Shahrinav district", "the administration of the city of Osh"
#: (also its branch of a ministry: "the Department of Internal Affairs of Samarkand region", a police that is the
#: interior ministry's in that province)
_LOCAL_AUTHORITY_OF = re.compile(
    r"(?:the\s+)?(?:[Ll]eadership|[Aa]dministration|[Aa]kimat|[Hh]okimiyat|[Kk]hokimiyat|[Hh]ukumat|[Mm]ayor['’]s\s+[Oo]ffice|"
    # its prosecutor and its commission against terrorism: "the Prosecutor's Office of Atyrau Region", "the
    # Anti-Terrorist Commission of Aktobe region"
    r"[Pp]rosecutor['’]s\s+[Oo]ffice|[Aa]nti-?[Tt]error(?:ist|ism)?\s+(?:[Cc]ommission|[Cc]ent(?:re|er)|[Hh]eadquarters)|"
    r"Executive\s+Body\s+of\s+(?:the\s+)?State\s+Power|[Ll]ocal\s+(?:authorities|government)|"
    r"(?:[Dd]epartment|[Dd]irectorate|[Aa]dministration|[Bb]oard|[Oo]ffice)\s+of\s+(?:[Ii]nternal\s+[Aa]ffairs|"
    r"(?:the\s+)?[Pp]olice)|[Pp]olice\s+(?:[Dd]epartment|[Dd]irectorate|[Aa]dministration))\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town|district|region|province|oblast)\s+of\s+)?$")
#: ... or after it: "the Kyzylorda regional akimat", "the Osh city administration", "the Shahrinav district hukumat"
_LOCAL_AUTHORITY_AFTER = re.compile(
    r"(?:\s+(?i:district|city|town|regional|region|province|oblast))?\s+(?:akimat|hokimiyat|khokimiyat|hukumat|"
    r"[Aa]dministration|[Mm]ayor['’]s\s+[Oo]ffice|[Cc]ity\s+[Hh]all|(?i:prosecutor['’]s\s+office)|"
    # its police: "the Kashkadarya Region Internal Affairs Directorate", "the Samarkand city police department"
    r"(?i:(?:internal\s+affairs|interior|police)\s+(?:department|directorate|administration|board)|"
    r"department\s+of\s+internal\s+affairs|"
    # and its body against terrorism: "the Kyzylorda regional anti-terrorist centre", "the city operational
    # headquarters"
    r"anti-?terror(?:ist|ism)?\s+(?:centre|center|commission|headquarters)|operational\s+headquarters))\b")
#: the unit word a place's name may carry before its authority is named after it ("Shahrinav district")
_LOCAL_UNIT = re.compile(r"\s+(?:district|city|town|region|province|oblast)\b")


#: words of a local authority's name, before or after its place (see ``_LOCAL_AUTHORITY_OF`` and ``_AFTER``), in
#: lower case: looked for as plain text, far cheaper than a pattern over every document
_AUTHORITY_WORDS = ("leadership", "administration", "akimat", "hokimiyat", "hukumat", "mayor", "city hall",
                    "executive body", "local authorities", "local government", "internal affairs", "interior", "police",
                    "anti-terror", "antiterror", "operational headquarters", "prosecutor")
#: how far from such a word the place's name may stand
AUTHORITY_REACH = 90


def provinces_near_authorities(text: str, low: str | None) -> list[tuple[Region, int, int]]:
    """The provinces named near a local authority's word ("the Kashkadarya Region Internal Affairs Directorate"):
    looked for only there, since a province's name is asked of every document and few name an authority. ``low`` is
    ``casefold.lowered(text)``, which the caller has already."""
    if low is None:  # (a text whose lower case has another length: every province it names)
        return list(region_mentions(text, 0, len(text)))
    found: dict[int, tuple[Region, int, int]] = {}
    for word in _AUTHORITY_WORDS:
        at = low.find(word)
        while at >= 0:
            for hit in region_mentions(text, max(0, at - AUTHORITY_REACH), at + len(word) + AUTHORITY_REACH):
                found.setdefault(hit[1], hit)
            at = low.find(word, at + len(word))
    return [found[k] for k in sorted(found)]


def find_local_authorities(text: str, places: list[tuple[int, int, str]]) -> list[Mention]:
    """The authorities of a country's own districts, towns and provinces, as its government: the codebook codes a
    government agency as its country's government, and a district's leadership that "held meetings with activists"
    is one. ``places`` are (start, end, iso3) of the cities the text names."""
    out = []
    for start, end, iso3 in places:
        before = _LOCAL_AUTHORITY_OF.search(text, max(0, start - 70), start)
        after = _LOCAL_AUTHORITY_AFTER.match(text, end, end + 40)
        if before is not None:
            unit = _LOCAL_UNIT.match(text, end, end + 12)
            stop = unit.end() if unit else end
            out.append(Mention(before.start(), stop, "government", iso3, text[before.start() : stop]))
        elif after is not None:
            out.append(Mention(start, after.end(), "government", iso3, text[start : after.end()]))
    return out


def find_governments(text: str, countries: list[Mention]) -> list[Mention]:
    """Country mentions that stand for a government: 'the Government of X', 'X's Ministry of ...',
    'Ministry of Foreign Affairs of the Kyrgyz Republic', 'U.S. Department of State'."""
    out = []
    for c in countries:
        if c.kind == "demonym":
            head = _DEMONYM_GOV.match(text[c.end : c.end + 60])
            if head:
                end = c.end + head.end()
                out.append(Mention(c.start, end, "government", c.value, text[c.start : end]))
            continue
        before = text[max(0, c.start - 160) : c.start]
        after = text[c.end : c.end + 60]
        gov = (_UNDER_GOV.search(before) if "under the" in before else None) or _GOV_OF.search(before[-120:]) \
            or (_FORCES_OF.search(before[-100:]) if any(w in before for w in _FORCES_WORDS) else None)
        poss = _GOV_HEAD_AFTER.match(after)
        if gov and _ABROAD_IN.search(gov.group(0)):
            gov = None  # "the US Embassy in Tajikistan": an embassy of another country, located there
        if gov:
            s = c.start - (len(gov.string) - gov.start())
            out.append(Mention(s, c.end, "government", c.value, text[s : c.end]))
        elif poss:
            e = c.end + poss.end()
            tail = re.match(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,5})?",
                            text[e:])
            e += tail.end() if tail else 0
            out.append(Mention(c.start, e, "government", c.value, text[c.start : e]))
    return out


#: what joins a known name to the unknown one after it: "OSCE and the ...", "UNODC, the ..."
_LIST_HEAD = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
#: the words that join a name to the next one of a list, at the end of a span
_LIST_TAIL = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")
#: a name cut before a known one must still end in an organisation's word ("... Initiative on Internet Policy")
_UNKNOWN_HEAD = re.compile(r"\b(?:" + _HEAD_WORDS + r")\b")


#: a division of some body, named only by its field ("Border Management Unit", "Politico-Military Department"): part of
#: the body whose page it is or that the story names, not a body of its own (not "... Department of the Ministry of
#: Interior", which names whose it is)
_DIVISION_ONLY = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:Unit|Department|Division|Section|Desk)")


def _after_known(text: str, start: int, ends: set[int]) -> bool:
    """Whether a known name ends right before ``start``: one or two spaces, after "'s" or a closing bracket."""
    j = start
    while j > start - 2 and j > 0 and text[j - 1] == " ":
        j -= 1
    if j == start:
        return False
    if text[j - 2 : j] in ("'s", "’s"):
        j -= 2
    elif text[j - 1 : j] == ")":
        j -= 1
    return j in ends


def _after_listed_known(text: str, spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where a name found from ``start`` really starts when it opens with a known name and a list's "and" or
    comma ("OSCE and the Anti-Terrorist Centre"): right after them; None when it does not open so."""
    known_ends = [b for a, b in spans if a <= start < b]
    if not known_ends:
        return None
    head = _LIST_HEAD.match(text, max(known_ends), end)
    return head.end() if head else None


_PROGRAMME_HEADS = frozenset({"Programme", "Program", "Facility", "Project", "Network", "Platform"})


_UNKNOWN_ORG_AT = re.compile(_UNKNOWN_ORG_NAME)
_ORG_HEAD = re.compile(_ORG_HEADS)
#: the short words a name may hold between its capitalised words
_NAME_LINKS = frozenset({"of", "for", "on", "and", "the", "in", "to", "against"})
_NAME_WORD = re.compile(r"[A-Z][\w’'&.-]*")
#: month names, which a capitalised name never holds ("14 July the State Commission")
_MONTH_WORDS = frozenset(calendar.month_name[1:]) | {m + "," for m in calendar.month_name[1:]}


#: read on the reversed text from where a word ends: the white space after it, then the word (both reversed)
_WORD_BEHIND = re.compile(r"(\s*)(\S*)")


def _name_starts(text: str, rev: str, head: int, starts: set[int]) -> None:
    """Add where an unknown name holding the head word at ``head`` may start: the head itself, and each
    capitalised word before it back to the first word that is neither one nor a short linking word (a
    capitalised tail of that word, "(Regional", may open the name too). ``rev`` is ``text`` reversed: the
    words before the head are read forward there, one match each (a walk back a character at a time was a
    tenth of finding unknown names)."""
    if not glued_to_word(text, head):
        starts.add(head)
    n = len(text)
    i = head
    while True:
        m = _WORD_BEHIND.match(rev, n - i)
        j = i - (m.end(1) - m.start(1))
        if j == i:
            return  # every word of a name before its head is followed by white space
        k = j - (m.end(2) - m.start(2))
        word = text[k:j]
        if word in _MONTH_WORDS:
            return  # "From 4 to 14 July the State Commission ...": a date ends before the name
        if word in _NAME_LINKS or _NAME_WORD.fullmatch(word):
            if word not in _NAME_LINKS:
                starts.add(k)
            i = k
            continue
        starts.update(k + p for p in range(1, len(word)) if "A" <= word[p] <= "Z"
                      and _NAME_WORD.fullmatch(word, p) and not glued_to_word(text, k + p))
        return


def _unknown_org_matches(text: str) -> list[re.Match[str]]:
    """The names ``_UNKNOWN_ORG.finditer(text)`` finds (the same group 1, acronym and end; a match starts at
    its name, not at a "the" before it), with the pattern tried only where such a name may start: every one
    holds a head word, reached from its first word over capitalised and linking words (tried at each
    capital letter, the pattern took four-fifths of the time of finding unknown names)."""
    starts: set[int] = set()
    rev = text[::-1]
    for h in _ORG_HEAD.finditer(text):
        _name_starts(text, rev, h.start(), starts)
    out = []
    pos = 0
    for s in sorted(starts):
        if s >= pos and (m := _UNKNOWN_ORG_AT.match(text, s)) is not None:
            out.append(m)
            pos = m.end()
    return out


#: people of an organisation in front of its name, which the capitalised opening of a sentence joins to it
_STAFF_OF = re.compile(r"(?:Specialists|Experts|Representatives|Staff|Members|Employees|Officers|Officials|Heads|"
                       r"Trainers|Lecturers|Researchers|Leaders|Teams?)\s+of\s+(?:the\s+)?")
#: a country closing one name and "and" opening the next, inside what reads as one unknown name
_COUNTRY_AND = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+and\s+(?:the\s+)?(?=[A-Z])")


#: the full stop of a word of three lower-case letters or more, and the space after it: a sentence ends there
_SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{3})\.\s+")
#: a resolution after a body's name ("UN Security Council resolution 1325 of 2000")
_RESOLUTION_AFTER = re.compile(r"\s+[Rr]esolutions?\b")


def find_unknown_orgs(text: str, known: list[Mention], unmasked: str | None = None) -> list[Mention]:
    """Capitalised names with an organisational head word that no registry entry covers. ``text`` is the masked text
    (quoted titles blanked out); ``unmasked``, the text itself, gives a name written in quotes after a legal form."""
    spans = [(m.start, m.end) for m in known]
    ends = {b for _, b in spans}
    out = []
    for m in _unknown_org_matches(text):
        s, e = m.start(1), m.end(0)
        name = " ".join(m.group(1).split())
        acronym = m.group("acr")
        if acronym is not None and country_iso3(acronym) is not None:
            acronym = None  # "the University of Kent (UK)": the country it is in, not its acronym
        brk = text.rfind("\n\n", s, e)
        if brk >= 0:
            # a name does not run across paragraphs ("... International Law" / "The Foundation holds ...")
            s = brk + 2
            while text[s].isspace():
                s += 1
            name = " ".join(text[s:e].split())
        stops = [stop.end() for stop in _SENTENCE_END_IN_NAME.finditer(text, s, e)]
        if stops:
            # "under the chairmanship of Yu. Chikhanchin. All Council members": a name does not run across the end
            # of a sentence (a word's full stop, not an initial's or an abbreviation's)
            s = stops[-1]
            name = " ".join(text[s:e].split())
        if _after_known(text, s, ends):
            continue  # "UNODC Regional Office for Central Asia", "the OSCE's Programme Office": part of a known one
        if _RESOLUTION_AFTER.match(text, e):
            continue  # "UN Security Council resolution 1325": a resolution's author, named for the resolution
        if acronym is not None and (m.start("acr"), m.end("acr")) in spans and _registered_org(acronym):
            continue  # "the Regional Centre for Combating ... (CARICC)": the known acronym names it, counted once
        for joint in _COUNTRY_AND.finditer(text, s, e):
            if country_iso3(joint.group(1)) is not None and _UNKNOWN_HEAD.search(text, joint.end(), e):
                # "... Protection of Population of Turkmenistan and the Magtymguly Youth Organization": a name
                # ends with its country; the one after "and" is another
                s = joint.end()
                name = " ".join(text[s:e].split())
        if (country_in := _COUNTRY_IN.match(text, s, e)) is not None and country_iso3(country_in.group(1)):
            # "the discussion initiated by Kazakhstan in the Council": a country, and where it acted
            s = country_in.end()
            name = " ".join(text[s:e].split())
        after = _after_listed_known(text, spans, s, e)
        if after is not None:
            # "the OSCE and the Anti-Terrorist Centre of ...": the name starts after the known one and the "and"
            s = after
            name = " ".join(text[s:e].split())
            if _overlaps(spans, s, e) or len(name.split()) < 3 or not _UNKNOWN_HEAD.search(name):
                continue  # (two words are a kind, not a name: "and the Public Foundation “Aqniet”")
        if _overlaps(spans, s, e) and (one := _UNKNOWN_ORG_ONE_TAIL.match(text, s)) is not None \
                and one.end(1) < min(e, m.end(1)) and not _overlaps(spans, s, one.end(1)):
            # "the Committee on Women and Gender Issues of the Senate of the Oliy Majlis": a known body it is part of
            e = one.end(1)
            name = " ".join(text[s:e].split())
            acronym = None
        if _overlaps(spans, s, e):
            # "the Civil Initiative on Internet Policy and UNDP": the name ends before the known one
            cut = min(a for a, b in spans if a < e and s < b)
            tail = _LIST_TAIL.search(text, s, cut) if cut > s else None
            if tail is None or _overlaps(spans, s, tail.start()):
                continue
            e = tail.start()
            name = " ".join(text[s:e].split())
            acronym = None  # the acronym in brackets was the known name's
            if not _UNKNOWN_HEAD.search(name):
                continue
        if len(name.split()) < 2 or _DIVISION_ONLY.fullmatch(name):
            continue
        if (staff := _STAFF_OF.match(name)) is not None:
            # "Specialists of the Centre for the Study of ...": the people are not part of the name
            s += text[s:e].find(name[staff.end():].split(" ", 1)[0])
            name = name[staff.end():]
        if (when := _WHEN_BEFORE_NAME.match(name)) is not None:
            # "Today the Tashkent Pediatric Medical Institute hosted ...": the day the sentence opens on is no part of
            # the name
            s += text[s:e].find(name[when.end():].split(" ", 1)[0])
            name = name[when.end():]
        if (based := _BASED_BEFORE_NAME.match(name)) is not None:
            # "the Dushanbe-based Tajik State University of Commerce": where it sits is no part of its name
            s += text[s:e].find(name[based.end():].split(" ", 1)[0])
            name = name[based.end():]
        if " of " in name and _PROVINCE_WORD_AFTER.match(text, e):
            # "the Urdzhar College of the East Kazakhstan region education department": the province it is in is no
            # part of its name
            name = name[: name.rfind(" of ")]
            e = s + [m.start() for m in _OF.finditer(text, s, e)][-1] - s
        if (title := _PERSON_TITLE.match(name) or _BRANCH_OF.match(name)) is not None:
            # "Head of the Department for Cooperation ... of the Ministry of Foreign Affairs": a person's title, whose
            # body is named after "of" (and alone is a word too short to name one: "Chairman of the Council")
            s += text[s:e].find(name[title.end():].split(" ", 1)[0])
            name = name[title.end():]
            if len(name.split()) < 2:
                continue
        if re.match(r"^(?:The|This|A|An|Our|Their|His|Her|Its|Each|Every|All|Both|Regional|National)\s", name):
            name = name.split(" ", 1)[1]
            if len(name.split()) < 2:
                continue
        # the last head word says what it is ("Central Asian Network for Preventing ..."); an initiative only
        # when it ends the name (the "Civil Initiative on Internet Policy" is an organisation)
        heads = _UNKNOWN_HEAD.findall(name)
        programme_like = bool(heads) and (heads[-1] in _PROGRAMME_HEADS or name.endswith("Initiative"))
        kind = "unknown_programme" if programme_like else "unknown_org"
        # "Journalists’ Retraining Centre": the name as the registries store names, with a plain apostrophe. An
        # acronym in brackets is kept only for a programme's name: the codebook codes an organisation by its acronym
        # where it is known by one, and an organisation no registry lists is not known to readers by its acronym
        # ("the University of World Economy and Diplomacy (UWED)" is coded by its name; a registry entry makes an
        # acronym canonical, as for GCERF or OTS)
        if kind == "unknown_org" and unmasked and (quoted := _QUOTED_NAME.match(unmasked, e)) \
                and not _overlaps(spans, e, quoted.end()) \
                and (_LEGAL_FORM.fullmatch(name) or (_SHORT_NAME.fullmatch(quoted.group(1))
                                                     and _NAME_ENDS.match(unmasked, quoted.end()))):
            # 'the Public Foundation "Center for the Study of Terrorism and Extremism Problems ..."': a legal form
            # before the name in quotes is what the body is, the quotes hold its name; so too a short name in quotes
            # after a descriptive one: 'the Center for Expert Initiatives “Oi-Ordo”'
            name, e, acronym = " ".join(quoted.group(1).split()), quoted.end(), None
        if acronym is not None and name.endswith(f"({acronym})"):
            # (a name cut again above, from its start to the end of the match, holds the acronym in brackets)
            name = name[: -len(acronym) - 2].rstrip()
        value = (acronym if programme_like and acronym else None) or name.replace("’", "'")
        if kind == "unknown_org" and (parent := _parent_institution(value)) is not None:
            value = parent  # a university's institute or faculty is coded as the university; its hall names it
        out.append(Mention(s, e, kind, value, text[s:e]))
    if unmasked and ("“" in unmasked or '"' in unmasked or "«" in unmasked):
        out = sorted(out + _named_in_quotes_after_a_kind(unmasked, spans + [(m.start, m.end) for m in out]),
                     key=lambda m: m.start)
    if _KIND_THEN_ACRONYM.search(text):
        out = sorted(out + _named_by_acronym_after_a_kind(text, spans + [(m.start, m.end) for m in out]),
                     key=lambda m: m.start)
    return out


#: a person's title opening what reads as a name: "Chairman of the Council", "Deputy Head of the Department"
_PERSON_TITLE = re.compile(r"(?:The\s+)?(?:(?:Deputy|Vice|First\s+Deputy|Acting)\s+)?"
                           r"(?:Chairman|Chairwoman|Chairperson|Chair|"
                           r"Head|Director|Minister|President|Commander|Chief|Secretary(?:\s+General)?|Rector|Dean)\s+"
                           r"of\s+(?:the\s+)?")
#: a province's word after a name, which its last "of ..." named: "... College of the East Kazakhstan region"
_PROVINCE_WORD_AFTER = re.compile(r"\s+(?:region|oblast|province|district)\b")
_OF = re.compile(r"\s+of\s")
#: a body's office abroad, opening its name: "Representation of the Rosa Luxemburg Foundation in Central Asia" is the
#: Foundation's
_BRANCH_OF = re.compile(r"(?:The\s+)?(?:Representation|Representative\s+Office|Branch)\s+of\s+(?:the\s+)?")
#: a country's name and "in", opening what reads as a name ("Kazakhstan in the Council")
_COUNTRY_IN = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+in\s+(?:the\s+)?")
#: where a body sits, before its name: "the Dushanbe-based", "Almaty-based"
_BASED_BEFORE_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*-based\s+(?:the\s+)?")
#: a time a sentence opens on, before a name: "Today the ...", "Yesterday, the ...", "On Monday the ..."
_WHEN_BEFORE_NAME = re.compile(r"(?:Today|Yesterday|Tomorrow|Recently|Earlier|Later|Meanwhile|"
                               r"On\s+(?:" + "|".join(calendar.day_name) + r")),?\s+(?:the\s+)?")
#: the kinds of association a body's own name follows ('Public Foundation "..."', 'the public association
#: «Ynanch-Vera»', 'the youth organisation IDEA'): one word list for the patterns below, which add their own kinds
_ASSOCIATION_KINDS = ("foundation", "association", "organi[sz]ation", "union", "society", "movement", "alliance")
#: a body's legal form alone, which a name in quotes follows: 'Public Foundation "..."', 'the NGO «...»' (the header
#: reads a line of the two alone as a masthead)
LEGAL_FORM = (r"(?:[A-Z][\w-]*\s+){0,2}(?:Public\s+)?(?:"
              + "|".join([k.capitalize() for k in _ASSOCIATION_KINDS] + ["Fund", "NGO"]) + ")")
#: the name in quotes after it
QUOTED_NAME = r"[\"“«]([A-Z][^\"“”«»\n]{2,150})[\"”»]"
_LEGAL_FORM = re.compile(LEGAL_FORM)
#: a body's short name in quotes (one to three words: "Oi-Ordo", "Ak Niet"), which a title in quotes is not ...
_SHORT_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*){0,2}")
#: ... and after which the sentence or the clause ends, as no event's title in quotes does ("... conference")
_NAME_ENDS = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:and|with|in|at|on|from|to|was|is|has|held|organi[sz]ed|hosted)\b")
_QUOTED_NAME = re.compile(r"\s*" + QUOTED_NAME)
#: a body's kind in lower case and its name in quotes: 'the independent analytical centre “Religion, Law and
#: Politics”', 'the public association «Ynanch-Vera»' (not a building's: 'the training centre “Poytakht”')
_KIND_THEN_QUOTED = re.compile(r"\b(?<!training\s)(?<!sports\s)(?<!shopping\s)(?<!business\s)(?<!press\s)"
                               r"(?<!exhibition\s)(?<!cultural\s)(?<!youth\s)(?<!fitness\s)"
                               r"(?:" + "|".join([*_ASSOCIATION_KINDS, "centre", "center", "institute", r"think\s+tank",
                                                   "network"]) + r")\s+" + QUOTED_NAME)
#: a name's English in brackets after it: ' (“New Generation of Tajikistan”)'
_GLOSS = re.compile(r"\s*\(\s*[\"“«]?([A-Z][^()\"“”«»\n]{2,80}?)[\"”»]?\s*\)")


#: a body's kind in lower case and its acronym, its only name: "with support from ... the youth organisation IDEA"
_KIND_THEN_ACRONYM = re.compile(r"\b(?:" + "|".join([*_ASSOCIATION_KINDS, "network"]) + r")\s+"
                                r"([A-Z][A-Z0-9]{2,7})\b(?![\w’'-])")


def _named_by_acronym_after_a_kind(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies named only by an acronym after their kind in lower case (one a registry lists is found as that)."""
    return [Mention(m.start(1), m.end(1), "unknown_org", m.group(1), m.group(1))
            for m in _KIND_THEN_ACRONYM.finditer(text) if not _overlaps(taken, m.start(1), m.end(1))]


def _named_in_quotes_after_a_kind(unmasked: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies named only in quotes after their kind in lower case, which the capitalised names above miss."""
    out = []
    for m in _KIND_THEN_QUOTED.finditer(unmasked):
        s, e = m.start(1), m.end(1)
        if _overlaps(taken, m.start(), m.end()):
            continue
        name = " ".join(m.group(1).split()).replace("’", "'")
        if (gloss := _GLOSS.match(unmasked, m.end())) is not None:
            # '“Nasli navi Tojikiston” (“New Generation of Tajikistan”)': the name in English, as it is coded
            name = " ".join(gloss.group(1).split()).replace("’", "'")
        out.append(Mention(s, e, "unknown_org", name, unmasked[s:e]))
    return out


#: a unit of a university or academy: "Institute of Fundamental Medicine of the Avicenna Tajik State Medical
#: University", "Faculty of Law of the Kyrgyz National University"
_UNIT_OF_UNIVERSITY = re.compile(r"^(?:Institute|Faculty|Department|School|Chair|College)\s+of\s+.+?\s+of\s+"
                                 r"(?:the\s+)?(?P<top>[A-Z].*\b(?:University|Academy))$")
#: a named unit of one: "Medical College of the I.K. Akhunbaev Kyrgyz State Medical Academy"
_NAMED_UNIT_OF = re.compile(r"^(?:[A-Z][\w-]*\s+){1,2}(?:College|School|Faculty|Institute)\s+of\s+the\s+"
                            r"(?P<top>[A-Z].*\b(?:University|Academy))$")
#: a room of an institution, which hosts what the institution holds: "Assembly Hall of the University of World
#: Economy and Diplomacy"
_ROOM_OF = re.compile(r"^(?:[A-Z][\w-]*\s+)?(?:Hall|Auditorium|Library|Building|Campus)\s+of\s+(?:the\s+)?"
                      r"(?P<top>(?=[A-Z])[^,;]*?\b(?:University|Academy|Institute|College)\b[^,;]*)$")


def _parent_institution(name: str) -> str | None:
    """The university or academy an unknown name is a unit or a room of, if it is one."""
    for pattern in (_UNIT_OF_UNIVERSITY, _NAMED_UNIT_OF, _ROOM_OF):
        if (m := pattern.match(name)) is not None:
            return m.group("top")
    return None


def _registered_org(acronym: str) -> bool:
    """Whether an acronym in brackets is a registered organisation's ("... Centre for Combating Illicit Trafficking
    of Narcotic Drugs (CARICC)": a name other than the registry's, for an organisation it knows)."""
    return organizations()[1].lookup(acronym) is not None


def is_government_name(name: str) -> bool:
    """Whether a name has a government body's head word ("Ministry", "State Committee"; not "Parliamentary")."""
    return bool(_GOV_HEAD_WORD.search(name))


#: an office named again by its kind alone: "the Programme Office held", "the Office and UNESCO ran"
_SHORT_OFFICE_BODY = (r"[Tt]he\s+((?:(?:Programme|Program|Regional|Country|Project|Field|Liaison)\s+)?"
                      r"(?:Office|Mission|Centre|Center))\b(?!\s+(?:of|for|on|in|at)\b)")
_SHORT_OFFICE = re.compile(r"\b" + _SHORT_OFFICE_BODY)
#: the same without its leading ``\b``, which ``re`` tried at every character of the text: it scans for "T" and "t",
#: and the word boundary is checked on each hit (``textscan.matches_at_word_start``, same matches)
_SHORT_OFFICE_SCAN = re.compile(_SHORT_OFFICE_BODY)


def with_defined_acronyms(text: str, governments: list[Mention], registry: list[Mention]) -> list[Mention]:
    """'The National Security Committee of the Republic of Kazakhstan (KNB) ... Today the KNB held': an acronym
    a release defines in brackets after a government body stands for that government wherever it is used again
    (an acronym a registry knows keeps its own meaning)."""
    if "(" not in text:
        return governments
    known = {m.surface for m in registry}
    added = []
    for g in governments:
        d = _DEFINED_ACRONYM.match(text, g.end)
        if d is None or d.group(1) in known:
            continue
        acronym = d.group(1)
        for use in re.finditer(r"(?<![\w(-])" + re.escape(acronym) + r"(?![\w)-])", text[d.end() :]):
            a = d.end() + use.start()
            added.append(Mention(a, a + len(acronym), "government", g.value, acronym))
    return sorted(governments + added, key=lambda x: x.start) if added else governments


#: an acronym in brackets right after a name: " (KNB)"
_DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7})\)")


#: the head word a programme's later short reference keeps ("the UNRCCA Preventive Diplomacy Academy (PDA)" ... "the
#: Academy organized a hybrid training session"): words that name a kind of programme, not a body
_PROGRAMME_HEADS_SHORT = (_PROGRAMME_HEADS - {"Network"}) | {"Academy", "Initiative"}


def short_programme_references(text: str, registry: list[Mention]) -> list[Mention]:
    """A registered programme named once in full and then as "the Academy", "the Initiative": those later references
    are that programme, when only one programme named before has that head word. Returns the registry mentions with
    them added (by start)."""
    heads: dict[str, set[str]] = {}
    for m in registry:
        if m.kind == "programme" and (head := m.surface.split()[-1]) in _PROGRAMME_HEADS_SHORT:
            heads.setdefault(head, set()).add(m.value)
    if not heads:
        return registry
    spans = [(m.start, m.end) for m in registry]
    added = []
    for head, values in heads.items():
        if len(values) != 1:
            continue  # ("the Programme" after two programmes: which one is not said)
        value = next(iter(values))
        first = min(m.start for m in registry if m.kind == "programme" and m.value == value)
        for m in re.finditer(r"\bthe\s+(" + head + r")\b(?!\s+(?:of|for|on)\b)", text):
            s, e = m.span(1)
            if s > first and not _overlaps(spans, s, e):
                added.append(Mention(s, e, "programme", value, text[s:e]))
    return sorted(registry + added, key=lambda x: x.start) if added else registry


def short_office_references(text: str, registry: list[Mention], unknown: list[Mention]
                            ) -> tuple[list[Mention], list[Mention]]:
    """A release of the "OSCE Programme Office in Dushanbe" calls it "the Programme Office" or "the
    Office" further on: that is the organisation named before, the last one whose name holds those words.
    Returns the registry mentions with these added (by start) and the unknown names they replace."""
    if "Office" not in text and "Mission" not in text and "Cent" not in text:
        return registry, unknown
    spans = [(m.start, m.end) for m in registry]
    added = []
    for m in matches_at_word_start(_SHORT_OFFICE_SCAN, text, glued=after_word_char):
        s, e = m.span(1)
        if _overlaps(spans, s, e):
            continue
        words = m.group(1).casefold()
        named = [x for x in registry
                 if x.kind == "org" and x.end <= s and words in " ".join(x.surface.split()).casefold()]
        if named:
            added.append(Mention(s, e, "org", named[-1].value, text[s:e]))
    if not added:
        return registry, unknown
    replaced = [(a.start, a.end) for a in added]
    kept = [u for u in unknown if not _overlaps(replaced, u.start, u.end)]
    return sorted(registry + added, key=lambda x: x.start), kept
