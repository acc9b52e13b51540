"""How many took part: '33 participants', 'more than 25', 'Approximately 50 representatives',
'twenty-five senior officials', 'Eighteen experts'."""

from __future__ import annotations

import re

from data_loader.casefold import _lower_literals, lowered
from data_loader.extract.dates import MONTHS
from data_loader.textscan import prefilter, with_first_chars

_QUAL = {
    "more than": "more than", "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "at least": "more than", "some": "approximately", "about": "approximately", "approximately": "approximately",
    "around": "approximately", "nearly": "approximately", "almost": "approximately", "close to": "approximately",
    "roughly": "approximately", "an estimated": "approximately", "up to": "up to", "as many as": "up to",
}
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?[a-z-]+)?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|"
    r"(?:two|three|four|five|six|seven|eight|nine))"
)
PEOPLE = (
    r"(?:participants|officials|representatives|experts|delegates|practitioners|specialists|officers|attendees|"
    r"people|persons|members|trainees|professionals|judges|prosecutors|investigators|analysts|stakeholders|"
    r"women|students|journalists|leaders|staff|managers|investigators|guards|policymakers|diplomats|"
    r"researchers|trainers|instructors|activists|volunteers|teachers|schoolteachers|imams|clerics|parliamentarians|"
    r"lawyers|"
    r"youth|graduates|cadets|police\s+officers|customs\s+officers|border\s+guards|operators|officers|"
    r"psychologists|social\s+workers|(?<!migrant\s)workers|inspectors|employees|educators|doctors|health\s+workers|mediators|"
    r"ombudspersons|deputies|senators|MPs|auditors|rescuers|servicemen|heads\s+of\s+delegations?|facilitators|"
    r"moderators|coordinators|mentors|counsellors|counselors|religious\s+figures|clergy|troops|soldiers|"
    r"servicemembers|service\s+members|military\s+personnel)"
)
#: people who bring expertise to an event rather than attend it (a country or body named as theirs organises nothing
#: and, here, sends no participants): "experts from the State Border Guard of Latvia", "trainers of the Israel Police"
RESOURCE_PEOPLE = r"(?:experts?|specialists?|trainers?|speakers?|lecturers?|instructors?|facilitators?)"
#: bodies whose people take part ("units", "agencies" of a country): they say which countries took part,
#: never how many people did
INSTITUTIONS = (
    r"(?:units|agencies|authorities|institutions|ministries|bodies|services|entities|counterparts|"
    r"focal\s+points|personnel|teams)"
)


def _count_pattern(people: str) -> str:
    return (
        r"(?<![\w/.-])(?:(?P<qual>" + "|".join(sorted(map(re.escape, _QUAL), key=len, reverse=True)) + r")\s+)?"
        r"(?P<num>\d{1,3}(?:,\d{3})?|" + _NUM_WORD + r")"
        # not a day before its month: "On 7 December representatives of the FMD met" counts no one, and "on 31 August
        # twenty-six women officials graduated" counts the twenty-six
        r"(?!\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)"
        # modifiers, "and" only after a suspended hyphen: "Twenty mid- and senior-level officers"
        # and "and" between two adjectives: "100 national and international experts", or before the last
        # modifier: "24 mid- and senior-level border and customs officials"
        r"(?P<mods>(?:\s+(?!(?:of|from|and|in)\b)[A-Za-z’'-]+|(?<=-)\s+and|"
        r"(?<=al)\s+and(?=\s+[a-z]+al\s)|\s+and(?=\s+[A-Za-z’'-]+\s+" + people + r"\b)){0,6}?)\s+" + people + r"\b"
    )


#: people counted but not read as a country's participants ("35 young men and women"; "citizens of X" took no part)
_COUNTED = PEOPLE[:-1] + r"|men|youths|girls|boys|pupils|schoolchildren|adolescents)"
_PATTERN = re.compile(_count_pattern(_COUNTED), re.IGNORECASE)
#: the same pattern in lower case for the lowered text (see casefold.py), with a look-ahead for its first
#: characters (textscan.with_first_chars): case-insensitive, ``re`` tried its look-behind at every character
#: (about three times slower). Every group is read in any case (``to_int``, ``_QUAL``), so the lowered
#: text's groups give the same counts.
_PATTERN_LOW = with_first_chars(re.compile(_count_pattern(_lower_literals(_COUNTED))))
#: the words every head count ends with (the people, read from the pattern): a lowered sentence holding none of
#: them is not searched (about half the sentences asked; the words are looked for in the pass for the words of all
#: cues, see textscan._WordsHeld)
_PEOPLE_WORDS = prefilter(re.compile(_count_pattern(_lower_literals(_COUNTED))), shared=True)
#: number words anywhere ("twenty-five", "Eighteen"), for checks that a count is stated
NUMBER_WORDS = re.compile(r"(?<![\w-])" + _NUM_WORD + r"(?!\w)", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total,?|total\s+of)\s*$", re.IGNORECASE)


_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
_UNITS = {w: i for i, w in enumerate(_UNIT_WORDS.split())}  # noqa: SIM905
_TENS = {w: 10 * (i + 2) for i, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                                  "ninety"))}


def to_int(token: str) -> int | None:
    """'33', '1,200', 'twenty-five', 'Eighteen', 'one hundred and twenty' -> int."""
    token = token.strip().lower().replace(",", "")
    if token.isdigit():
        return int(token)
    total = 0
    for word in re.split(r"[\s-]+", token):
        if word == "and":
            continue
        if word in _UNITS:
            total += _UNITS[word]
        elif word in _TENS:
            total += _TENS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total or None


#: the largest head count read: a school outreach by video reaches thousands of pupils (a city's forum for all its
#: schools "more than 14,000 participants"), an exercise thousands of troops; larger figures are populations, budgets
#: or tallies over years
MAX_COUNT = 20_000


def find_participants(text: str) -> list[tuple[int, str, int, int]]:
    """(count, qualifier, start, end) for each head count in ``text``."""
    out = []
    low = lowered(text)
    if low is not None and _PEOPLE_WORDS is not None and not _PEOPLE_WORDS.found_in(low):
        return out
    for m in _PATTERN.finditer(text) if low is None else _PATTERN_LOW.finditer(low):
        n = to_int(m.group("num"))
        if n is None or n < 2 or n > MAX_COUNT:
            continue
        mods = m.group("mods") or ""
        # "two courses for the Border Troops", "five sessions for officers": a count of something else
        if re.search(r"\b(?:ministries|agencies|countries|states|organi[sz]ations|institutions|days|years|"
                     r"sessions|rounds|workshops|courses|trainings|seminars|conferences|meetings|events|exercises|"
                     r"drills|interviews|surveys|questionnaires|studies|papers|articles|reports|publications)\b",
                     mods, re.IGNORECASE):  # ("8 interviews with experts": a count of what a study rests on)
            continue
        if _CLAUSE_WORD.search(mods):
            continue  # "Project 53 is delivered by a consortium whose experts": a clause, not a count's modifiers
        qual = _QUAL.get((m.group("qual") or "").lower(), "exact")
        start = m.start()
        if _NUMBERED_NAME.search(text, max(0, start - 20), start):
            continue  # "Project 53 experts", "Resolution 2178 ...": the number is part of a name
        if _MEMBERSHIP_BEFORE.search(text, max(0, start - 80), start):
            continue  # "a wider community which already brings together more than 600 academics": members, not guests
        if _PLAN_BEFORE.search(text, max(0, start - 40), start):
            continue  # "over the next five years we will train 1,000 law-enforcement officials": a plan's target
        if _HARMED_AFTER.match(text, m.end()):
            continue  # "an attack ... in which 12 police officers were killed": victims, not participants
        if _RESOURCE_END.search(text, start, m.end()) and _TAUGHT_AFTER.match(text, m.end()):
            continue  # "Three national experts – A, B and C – led the sessions": who taught, not who attended
        first = _FIRST_GROUP.search(text, max(0, start - 40), start) if not m.group("qual") else None
        if first is not None and (k := to_int(first.group("num"))) is not None:
            n, start = n + k, first.start()  # "Fifteen Tajik and ten Afghan border officials": 25
        end = m.end()
        more = _AND_SO_MANY_FROM.match(text, end) if qual == "exact" else None
        if more is not None and (k := to_int(more.group("num"))) is not None:
            n, end = n + k, more.end()  # "Ten participants came from Tajikistan and ten from Afghanistan": 20
        each = _FROM_EACH.match(text, end) if more is None else None
        if each is not None and (k := to_int(each.group("num") or "two")) is not None:
            n, end = n * k, each.end()  # "Forty-five servicemen from each of the two armies": 90
        out.append((n, qual, start, end))
    return _groups_added(text, out) if len(out) > 1 else out


#: the second group of people counted by where they came from, its people word left out: "[Ten participants] came
#: from Tajikistan and ten from Afghanistan"
_AND_SO_MANY_FROM = re.compile(r"\s+(?:came\s+|were\s+)?from\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},?\s+"
                               r"and\s+(?P<num>\d{1,3}|(?i:" + _NUM_WORD + r"))\s+(?:came\s+|were\s+)?from\s+"
                               r"(?:the\s+)?[A-Z]")
#: people counted for each of several sides: "[Forty-five servicemen] from each of the two armies", "[20 officers]
#: from each side" (two sides)
_FROM_EACH = re.compile(r"\s+(?:came\s+|were\s+)?from\s+each\s+(?:of\s+the\s+(?P<num>\d|(?:two|three|four|five|six|"
                        r"seven|eight|nine|ten))\s+[A-Za-z-]+|side\b)", re.IGNORECASE)
#: what stands between two groups counted apart: the first's bodies, then "and" ("Twelve officers of the Border
#: Service of Kazakhstan's National Security Committee and [eight officers of ...]")
_GROUP_BETWEEN = re.compile(r"\s+(?:of|from|at|in)\s+[^;:,()]{1,120}?\s+and\s+")
_RESOURCE_END = re.compile(RESOURCE_PEOPLE + r"$", re.IGNORECASE)


def _groups_added(text: str, counts: list[tuple[int, str, int, int]]) -> list[tuple[int, str, int, int]]:
    """Two exact head counts of people from two bodies, joined by "and", are one count of those who took part
    ("Nineteen officers from the State Border Protection and National Security Services and twelve officers of
    the Ministry of Internal Affairs are taking part": 31); not a count of experts, who taught."""
    out = [counts[0]]
    for n, qual, a, b in counts[1:]:
        pn, pqual, pa, pb = out[-1]
        between = text[pb:a]
        if qual == pqual == "exact" and _GROUP_BETWEEN.fullmatch(between) and not _CLAUSE_WORD.search(between) \
                and not _RESOURCE_END.search(text, pa, pb) and not _RESOURCE_END.search(text, a, b):
            out[-1] = (pn + n, qual, pa, b)
        else:
            out.append((n, qual, a, b))
    return out


#: words that open a clause: a count's modifiers are adjectives and nouns, never these
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|whose|which|who|that|by)\b", re.IGNORECASE)
#: a word that a number names something after: "Project 53", "Resolution 2178", "Phase 2", "Module 3"
_NUMBERED_NAME = re.compile(r"\b(?:Project|Phase|Resolution|Module|Article|Section|Annex|Decree|Law|No\.?|Number|"
                            r"Volume|Issue|Room|Hall|Component|Output|Outcome|Pillar|Objective|Lot|Stage|Block|"
                            r"Unit|Group|Team|Level)\s+$")
#: what experts counted did: taught ("Three national experts – Damir Z., Marina Li and Feruza S. – led the sessions"),
#: where they come from ("Three trainers from the Academy conducted ...": up to five words, in any case) or their names
#: in an aside first
_TAUGHT_AFTER = re.compile(r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}?(?=[a-z(,–—]))?"
                           r"(?:\s*[–—]\s[^–—.;]{1,120}?\s[–—]|\s*\([^()]{1,120}\)|\s*,[^,.;]{1,80},)?\s*"
                           r"(?:(?:had|have|has)\s+)?(?:led|conducted|delivered|facilitated|moderated|taught|ran|"
                           r"gave)\b", re.IGNORECASE)
#: a plan's target before a count: "we will train 1,000 officials", "plans to reach 500 teachers"
_PLAN_BEFORE = re.compile(r"\b(?:will|shall|to|plans?\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to)\s+"
                          r"(?:train|teach|reach|involve|cover|educate|prepare)\s+$", re.IGNORECASE)
#: what befell people counted: "12 police officers were killed", "five servicemen injured"
_HARMED_AFTER = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|died|dead|injured|wounded|"
                           r"hurt|detained|arrested|taken\s+hostage|kidnapped|abducted|missing)\b", re.IGNORECASE)
#: a standing body's membership before a count: "the E4J community, which already brings together more than 600
#: academics", "a network uniting 120 experts"
_MEMBERSHIP_BEFORE = re.compile(r"\b(?:community|network|alumni|association|platform|pool|roster)\b[^.;]{0,40}?"
                                r"\b(?:brings\s+together|unites|uniting|comprises|comprising|includes|including|counts|"
                                r"numbers|has|now\s+has)\s+$", re.IGNORECASE)


#: the first of two groups counted apart: "Fifteen Tajik and [ten Afghan border officials]" (one or two
#: capitalised words, a nationality, between the number and "and": not "between 20 and 30 participants", nor
#: "from 3 countries and 40 participants")
_FIRST_GROUP = re.compile(r"(?<![\w-])(?P<num>\d{1,3}|(?i:" + _NUM_WORD + r"))\s+(?:[A-Z][\w-]*\s+){1,2}and\s+$")


def is_total(text: str, start: int) -> bool:
    return bool(_TOTAL.search(text[max(0, start - 20) : start]))
