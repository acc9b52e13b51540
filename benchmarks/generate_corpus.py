# ruff: noqa: E501  (template prose reads better unwrapped)
"""Write N synthetic press releases about counter-terrorism capacity-building events in Central Asia.

    python -m benchmarks.generate_corpus --n 1000 --out benchmarks/corpus/n1000 --seed 42

Every document is recombined from templates (headlines, lead sentences,
datelines, date phrases, places, organisations and their roles, programmes,
participant counts, themes, background paragraphs) and dressed in the noise
real scraped releases carry: mojibake, "Rate this item" debris, CJK spam tags,
HTML pages with navigation, scripts and footers, Markdown, other encodings.
Some documents mirror another one's event in other words (to exercise merging),
some are byte-for-byte or whitespace-only copies (duplicate detection), some
report several events, no event, or nothing at all.

The same ``--seed`` and ``--n`` give the same files, byte for byte. No seed
document (``../shared/seeds``, the project's ``raw/``) is ever written: every
generated file is checked against their bytes and whitespace-normalised text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = "1"
PROJECT = Path(__file__).resolve().parent.parent
SEED_DIRS = (PROJECT.parent / "shared" / "seeds", PROJECT / "raw", PROJECT.parent / "shared" / "devset" / "docs")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUM_WORDS = {
    12: "twelve", 15: "fifteen", 18: "eighteen", 20: "twenty", 22: "twenty-two", 24: "twenty-four",
    25: "twenty-five", 30: "thirty", 35: "thirty-five", 40: "forty", 45: "forty-five", 50: "fifty",
    60: "sixty", 70: "seventy", 80: "eighty", 100: "one hundred", 120: "one hundred and twenty",
}
DAY_WORDS = {1: "one-day", 2: "two-day", 3: "three-day", 4: "four-day", 5: "five-day"}

# (city, country name as written, ISO3, aliases as they appear in releases)
CENTRAL_ASIA = [
    ("Almaty", "Kazakhstan", "KAZ", ["Almaty"]),
    ("Astana", "Kazakhstan", "KAZ", ["Astana", "Nur-Sultan"]),
    ("Shymkent", "Kazakhstan", "KAZ", ["Shymkent"]),
    ("Bishkek", "the Kyrgyz Republic", "KGZ", ["Bishkek"]),
    ("Osh", "Kyrgyzstan", "KGZ", ["Osh"]),
    ("Cholpon-Ata", "Kyrgyzstan", "KGZ", ["Cholpon-Ata"]),
    ("Dushanbe", "Tajikistan", "TJK", ["Dushanbe"]),
    ("Khujand", "Tajikistan", "TJK", ["Khujand"]),
    ("Tashkent", "Uzbekistan", "UZB", ["Tashkent"]),
    ("Samarkand", "Uzbekistan", "UZB", ["Samarkand"]),
    ("Bukhara", "Uzbekistan", "UZB", ["Bukhara"]),
    ("Termez", "Uzbekistan", "UZB", ["Termez"]),
    ("Ashgabat", "Turkmenistan", "TKM", ["Ashgabat"]),
    ("Turkmenbashi", "Turkmenistan", "TKM", ["Turkmenbashi"]),
]
ELSEWHERE = [
    ("Vienna", "Austria", "AUT", ["Vienna"]),
    ("Geneva", "Switzerland", "CHE", ["Geneva"]),
    ("New York", "the United States", "USA", ["New York"]),
    ("Bratislava", "Slovakia", "SVK", ["Bratislava"]),
    ("Istanbul", "Türkiye", "TUR", ["Istanbul"]),
    ("Doha", "Qatar", "QAT", ["Doha"]),
    ("Madrid", "Spain", "ESP", ["Madrid"]),
    ("Ulaanbaatar", "Mongolia", "MNG", ["Ulaanbaatar"]),
    ("Brussels", "Belgium", "BEL", ["Brussels"]),
]
CA_COUNTRIES = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
CA_COUNTRY_VARIANTS = {"Kyrgyzstan": ["Kyrgyzstan", "the Kyrgyz Republic"]}
OTHER_PARTICIPANTS = ["Afghanistan", "Mongolia", "Azerbaijan", "Pakistan", "the Russian Federation", "China"]

# canonical -> ways a release names it
ORGS = {
    "UNOCT": ["the United Nations Office of Counter-Terrorism (UNOCT)", "the UN Office of Counter-Terrorism (UNOCT)",
              "UNOCT", "the United Nations Counter-Terrorism Centre (UNCCT) of the United Nations Office of "
              "Counter-Terrorism (UNOCT)", "UNOCT/UNCCT"],
    "UNRCCA": ["the United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)", "UNRCCA",
               "the UN Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)"],
    "UNODC": ["the United Nations Office on Drugs and Crime (UNODC)", "UNODC"],
    "CTED": ["the Counter-Terrorism Committee Executive Directorate (CTED)", "CTED"],
    "UNODA": ["the United Nations Office for Disarmament Affairs (UNODA)", "UNODA"],
    "OSCE": ["the Organization for Security and Co-operation in Europe (OSCE)", "the OSCE", "the OSCE Programme Office in Dushanbe",
             "the OSCE Centre in Ashgabat"],
    "IOM": ["the International Organization for Migration (IOM)", "IOM"],
    "OROLSI": ["the Office of Rule of Law and Security Institutions (OROLSI)"],
    "INTERPOL": ["INTERPOL", "the International Criminal Police Organization (INTERPOL)"],
    "CIS ATC": ["the Anti-Terrorism Centre of the Commonwealth of Independent States (CIS ATC)"],
    "SCO RATS": ["the Regional Anti-Terrorism Structure of the Shanghai Cooperation Organization (SCO RATS)"],
    "UNDP": ["the United Nations Development Programme (UNDP)", "UNDP"],
}
DONORS = {
    "European Union": ["the European Union", "the EU"],
    "United States": ["the United States", "the U.S. Department of State", "the Government of the United States"],
    "Qatar": ["the State of Qatar", "Qatar"],
    "Japan": ["the Government of Japan", "Japan"],
    "Norway": ["Norway", "the Government of Norway"],
    "Saudi Arabia": ["the Kingdom of Saudi Arabia"],
    "Russian Federation": ["the Russian Federation"],
    "Germany": ["the Federal Republic of Germany", "Germany"],
    "Canada": ["Canada", "the Government of Canada"],
    "Netherlands": ["the Kingdom of the Netherlands"],
    "UNPDF": ["the United Nations Peace and Development Trust Fund (UNPDF)"],
    "China": ["the People's Republic of China"],
}
NATIONAL_BODIES = [
    "the Anti-Terrorism Centre of the State Committee of National Security of {c}",
    "the Ministry of Foreign Affairs of {c}", "the Ministry of Internal Affairs of {c}",
    "the Prosecutor General's Office of {c}", "the Border Service of the National Security Committee of {c}",
    "the Financial Monitoring Agency of {c}", "the Ministry of Emergency Situations of {c}",
]
UNKNOWN_ORGS = [
    "the Central Asian Institute for Security Studies", "the Regional Dialogue Foundation",
    "the Eurasian Centre for Resilience", "the Steppe Research Network", "the Silk Road Policy Lab",
    "the Pamir Youth Initiative", "the Caspian Security Forum",
]
PROGRAMMES = [
    "the UNOCT Global Programme on Countering Terrorist Use of Weapons",
    "the United Nations Global Programme on Countering Terrorist Threats against Vulnerable Targets",
    "the CT TECH initiative",
    "the Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia",
    "the Counter-Terrorism Early Warning Network for Central Asia",
    "the joint UNOCT/UNRCCA project \u201cTowards a Comprehensive Implementation of the United Nations Global "
    "Counter-Terrorism Strategy in Central Asia \u2013 Phase {phase}\u201d",
    "the Global Programme on Detecting, Preventing and Countering the Financing of Terrorism",
    "the project \u201cAddressing the terrorism-arms-crime nexus\u201d",
    "the UNOCT Countering Terrorist Travel Programme",
    "the Global Programme on Security of Major Sporting Events",
    "the EU-UN Global Terrorism Threats Facility",
    "the STRIVE Asia programme",
    "the Dushanbe Process",
    "the UNOCT Border Security and Management Programme",
    "the Global Framework for United Nations Support on Syria/Iraq Third Country National Returns",
]
UNKNOWN_PROGRAMMES = ["the Safe Steppe Initiative", "the Regional Resilience Compact", "Project Horizon Central Asia"]

EVENT_NOUNS = {
    "workshop": ["workshop", "regional workshop", "national workshop", "seminar", "technical workshop",
                 "inter-agency consultative workshop"],
    "training": ["training", "training course", "regional training course", "train-the-trainers course",
                 "specialized training"],
    "conference": ["conference", "regional conference", "high-level conference", "forum", "high-level dialogue",
                   "symposium"],
    "meeting": ["expert meeting", "meeting", "round table", "regional expert meeting"],
    "consultation": ["national consultation", "consultation", "regional consultation"],
    "briefing": ["briefing", "virtual briefing", "information session"],
    "exercise": ["tabletop exercise", "field exercise", "simulation exercise", "national exercise"],
}
THEMES = {
    "cbrn": ("countering terrorist use of weapons of mass destruction and chemical, biological, radiological "
             "and nuclear materials", "CBRN", ["laboratory biosecurity", "detection of radiological sources",
                                               "response to a chemical attack"]),
    "vulnerable_targets": ("protecting vulnerable targets and critical infrastructure against terrorist attacks",
                           "vulnerable targets", ["security of public places", "protection of energy infrastructure",
                                                  "safety of educational institutions"]),
    "border_security": ("effective border security and management", "border security",
                        ["travel document security", "risk analysis at border crossing points",
                         "advance passenger information"]),
    "arms_trafficking": ("preventing the illicit trafficking of small arms and light weapons",
                         "small arms trafficking", ["tracing of seized firearms", "ammunition stockpile security"]),
    "judicial_cooperation": ("criminal justice and law-enforcement cooperation in terrorism cases",
                             "judicial cooperation", ["mutual legal assistance", "joint investigations",
                                                      "the use of electronic evidence"]),
    "pve": ("preventing violent extremism and building the resilience of local communities",
            "preventing violent extremism", ["community policing", "the role of youth and families",
                                             "counter-narratives"]),
    "early_warning": ("early warning and monitoring of terrorist threats", "early warning",
                      ["indicators of radicalization", "joint threat assessments"]),
    "cyber_newtech": ("countering the terrorist use of new technologies and cybersecurity", "new technologies",
                      ["virtual assets", "unmanned aircraft systems", "encrypted messaging"]),
    "ftf": ("the return, prosecution, rehabilitation and reintegration of foreign terrorist fighters and their "
            "families", "foreign terrorist fighters", ["repatriation of women and children from Syria and Iraq",
                                                       "rehabilitation in prisons"]),
    "financing": ("countering the financing of terrorism", "terrorist financing",
                  ["financial intelligence units", "abuse of non-profit organizations",
                   "alternative remittance systems"]),
    "human_rights_gender": ("human rights and gender-responsive counter-terrorism", "human rights",
                            ["gender-sensitive approaches", "the rule of law"]),
    "strategy": ("the development of national counter-terrorism strategies and action plans",
                 "national action plans", ["the national roadmap", "the regional Joint Plan of Action"]),
}
OUTCOMES = [
    "At the end of the {noun}, participants agreed on a set of recommendations on {theme}, which will be presented to "
    "the national authorities and shared with the regional partners for follow-up.",
    "The {noun} also contributed to enhanced cooperation and interaction among the Central Asian States, the UN and "
    "regional organizations in the implementation of the Joint Plan of Action.",
    "Participants had an opportunity to assess the timeliness and effectiveness of cooperation under existing "
    "protocols and networks through the analysis of scenarios, and identified the next steps on {theme}.",
    "A dedicated session reviewed national legislation and institutional frameworks, and a closing round table "
    "summarised the lessons learned and the priorities for technical assistance on {theme}.",
]
CONTEXT = [
    "The Central Asia region has experienced the spill-over effect of terrorist movements and illicit trafficking "
    "routes given its proximity to protracted conflicts, and faces the threat of returning foreign terrorist fighters.",
    "Broader global and regional counter-terrorism context was also presented to the participants by UN experts and "
    "by representatives of regional organizations.",
    "The diversity of the audience led to fruitful sharing of experience, information and approaches between "
    "practitioners from different agencies and countries.",
]
CJK_SPAM = ["缅北禁地", "网赌平台", "澳门赌场", "代开发票", "免费看片"]
SPEAKERS = [
    "Mr. Vladimir Voronkov, Under-Secretary-General for Counter-Terrorism",
    "the Special Representative of the Secretary-General for Central Asia and Head of UNRCCA",
    "a senior UNOCT programme officer", "the Head of the OSCE Programme Office",
    "a UNODC crime prevention and criminal justice officer", "the Deputy Minister of Foreign Affairs",
    "Ms. Aigerim Sadykova, national counter-terrorism coordinator", "a representative of the host Government",
]
QUOTES = [
    "Terrorists exploit every gap between our borders and between our institutions. Closing those gaps is work we "
    "can only do together.",
    "Early warning only works when there is trust between those who analyse the risks and those who must act on them.",
    "Money is the oxygen of terrorism. Cutting it off requires every country in the region to act together.",
    "Technology moves faster than regulation, and terrorists are quick to exploit that gap.",
    "Our responses must be effective, but they must also remain firmly anchored in human rights and the rule of law.",
    "This event is a confirmation of the commitment of the Central Asian countries and the UN to joint efforts.",
]
BACKGROUND = [
    "Mandated by the General Assembly, the UN Office of Counter-Terrorism (UNOCT) was established in June 2017 to "
    "provide leadership to the implementation of General Assembly counter-terrorism mandates and to strengthen the "
    "delivery of counter-terrorism capacity-building assistance to Member States.",
    "UNCCT was established in 2011 through a generous contribution from the Kingdom of Saudi Arabia to the Trust "
    "Fund for Counter-Terrorism.",
    "UNRCCA was established in 2007 to assist the Governments of Central Asia in building their conflict prevention "
    "capacities, with financial contributions over the years from {donor} and other partners.",
    "The programme is financed through voluntary contributions from Member States, including {donor}, channelled "
    "through the United Nations Trust Fund for Counter-Terrorism.",
    "The Joint Plan of Action for Central Asia, adopted in Ashgabat in 2011, was the first regional framework to "
    "implement the United Nations Global Counter-Terrorism Strategy.",
]


@dataclass
class Event:
    etype: str
    noun: str
    place: tuple | None  # None = online
    online: bool
    hybrid: bool
    start: dt.date
    days: int
    published: dt.date
    organizers: list[str]
    funders: list[str]
    partners: list[str]
    national: str | None
    programme: str | None
    participants: int | None
    qualifier: str
    countries: list[str]
    themes: list[str]
    unknown_org: str | None = None
    extras: dict = field(default_factory=dict)

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)


# ---------------------------------------------------------------- random facts


def _date(rng: random.Random) -> dt.date:
    return dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(0, 15 * 365))


def _org_phrase(rng: random.Random, canonical: str) -> str:
    return rng.choice(ORGS.get(canonical) or DONORS[canonical])


def _event(rng: random.Random) -> Event:
    etype = rng.choices(list(EVENT_NOUNS), weights=[5, 5, 3, 2, 2, 1, 1])[0]
    r = rng.random()
    online = r < 0.08 or etype == "briefing" and r < 0.5
    hybrid = not online and rng.random() < 0.07
    place = None if online else rng.choice(ELSEWHERE if rng.random() < 0.12 else CENTRAL_ASIA)
    start = _date(rng)
    days = rng.choices([1, 2, 3, 4, 5], weights=[3, 4, 4, 2, 1])[0]
    published = start + dt.timedelta(days=days - 1 + rng.choice([0, 0, 1, 2, 3, 7]))
    pool = ["UNOCT", "UNRCCA", "UNODC", "OSCE", "CTED", "UNODA", "IOM", "INTERPOL", "OROLSI", "UNDP"]
    organizers = rng.sample(pool[:4], k=1) + rng.sample(pool, k=rng.choice([0, 0, 1, 1, 2]))
    organizers = list(dict.fromkeys(organizers))
    funders = rng.sample(list(DONORS), k=rng.choice([0, 1, 1, 2]))
    partners = [o for o in rng.sample(pool + ["CIS ATC", "SCO RATS"], k=rng.choice([0, 1, 2])) if o not in organizers]
    national = rng.choice(NATIONAL_BODIES).format(c=place[1]) if place and place[2] != "AUT" and rng.random() < 0.4 \
        else None
    programme = rng.choice(PROGRAMMES).format(phase=rng.choice(["II", "III", "IV"])) if rng.random() < 0.8 else None
    if programme is None and rng.random() < 0.3:
        programme = rng.choice(UNKNOWN_PROGRAMMES)
    participants = rng.choice([None, 12, 15, 18, 20, 22, 24, 25, 28, 30, 33, 35, 40, 45, 50, 60, 70, 80, 90, 100, 120,
                               150])
    qualifier = rng.choices(["exact", "more than", "approximately", "up to"], weights=[5, 3, 2, 1])[0]
    k = rng.choice([2, 3, 5, 5, 5])
    countries = rng.sample(CA_COUNTRIES, k=k)
    if rng.random() < 0.3:
        countries += rng.sample(OTHER_PARTICIPANTS, k=rng.choice([1, 2]))
    themes = rng.sample(list(THEMES), k=rng.choice([1, 1, 2, 2, 3]))
    return Event(
        etype=etype, noun=rng.choice(EVENT_NOUNS[etype]), place=place, online=online, hybrid=hybrid, start=start,
        days=days, published=published, organizers=organizers, funders=funders, partners=partners,
        national=national, programme=programme, participants=participants, qualifier=qualifier,
        countries=countries, themes=themes,
        unknown_org=rng.choice(UNKNOWN_ORGS) if rng.random() < 0.15 else None,
    )


# ---------------------------------------------------------------- phrases


def _d(d: dt.date, form: int) -> str:
    if form == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == 1:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return d.isoformat()


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _date_phrase(rng: random.Random, ev: Event) -> tuple[str, str]:
    """(phrase, kind): the event's dates in one of the forms real releases use."""
    s, e = ev.start, ev.end
    M = MONTHS
    if ev.days == 1:
        form = rng.choice(["full", "full", "noyear", "us", "month"])
        if form == "full":
            return f"on {s.day} {M[s.month - 1]} {s.year}", form
        if form == "noyear":
            return f"on {s.day} {M[s.month - 1]}", form
        if form == "us":
            return f"on {M[s.month - 1]} {s.day}", form
        return f"in {M[s.month - 1]} {s.year}", form
    if s.month != e.month:
        if s.year != e.year:
            return f"from {s.day} {M[s.month - 1]} {s.year} to {e.day} {M[e.month - 1]} {e.year}", "cross"
        return rng.choice([f"on {s.day} {M[s.month - 1]} - {e.day} {M[e.month - 1]} {e.year}",
                           f"from {s.day} {M[s.month - 1]} to {e.day} {M[e.month - 1]} {e.year}"]), "cross"
    mon = M[s.month - 1]
    form = rng.choice(["spaced", "tight", "fromto", "fromto_noyear", "between", "enddash", "month"])
    if form == "spaced":
        return f"on {s.day} - {e.day} {mon} {s.year}", form
    if form == "tight":
        return f"on {s.day}-{e.day} {mon} {s.year}", form
    if form == "fromto":
        return f"from {s.day} to {e.day} {mon} {s.year}", form
    if form == "fromto_noyear":
        return f"from {s.day} to {e.day} {mon}", form
    if form == "between":
        return f"between {s.day} and {e.day} {mon} {s.year}", form
    if form == "enddash":
        return f"on {s.day}\u2013{e.day} {mon} {s.year}", form
    return f"in {mon} {s.year}", form


def _participants(rng: random.Random, ev: Event) -> str:
    if ev.participants is None:
        return rng.choice(["Participants", "Officials", "Practitioners"])
    n = ev.participants
    num = NUM_WORDS[n] if n in NUM_WORDS and rng.random() < 0.3 else str(n)
    if ev.qualifier == "exact":
        lead = rng.choice(["", "In total, ", "A total of "])
        core = f"{num} participants" if lead != "In total, " else f"{num} officials"
        return (lead + core)[:1].upper() + (lead + core)[1:]
    q = {"more than": ["More than", "Over"], "approximately": ["About", "Approximately", "Some"],
         "up to": ["Up to"]}[ev.qualifier]
    return f"{rng.choice(q)} {num} {rng.choice(['participants', 'representatives', 'officials', 'experts'])}"


def _countries(rng: random.Random, ev: Event) -> str:
    if set(CA_COUNTRIES) <= set(ev.countries) and rng.random() < 0.5:
        rest = [c for c in ev.countries if c not in CA_COUNTRIES]
        base = rng.choice(["all five Central Asian states", "the five Central Asian countries"])
        return base + (f", {_list(rest)}" if rest else "")
    names = [rng.choice(CA_COUNTRY_VARIANTS.get(c, [c])) for c in ev.countries]
    return _list(names)


def _place_phrase(rng: random.Random, ev: Event) -> str:
    if ev.online:
        return rng.choice(["online", "in a virtual format", "via videoconference"])
    city, country = rng.choice(ev.place[3]), ev.place[1]
    return rng.choice([f"in {city}", f"in {city}, {country}", f"in {city}"])


def _dateline(rng: random.Random, ev: Event) -> str:
    city = ev.place[0] if ev.place else rng.choice(["New York", "Vienna"])
    p = ev.published
    return rng.choice([
        f"{city.upper()}, Asia-Plus \u2013 ",
        f"{city}, {_d(p, 1)} \u2013 ",
        f"{city.upper()}, {ev.place[1] if ev.place else 'United States'}, {_d(p, 0)} \u2013 ",
        f"{city}, {_d(p, 0)} \u2013 ",
        f"{city} ({p.day} {MONTHS[p.month - 1]} {p.year}) - ",
    ])


def _headline(rng: random.Random, ev: Event) -> str:
    theme = THEMES[ev.themes[0]][1]
    org = ev.organizers[0]
    where = ev.place[0] if ev.place else "an online session"
    noun = ev.noun
    shapes = [
        f"{org} and partners hold {noun} on {theme} in {where}",
        f"{noun[:1].upper() + noun[1:]} on {theme} concludes in {where}",
        f"Strengthening {rng.choice(['regional', 'national'])} capacities in {theme}: {noun} in {where}",
        f"{where}: {org} {noun} brings together Central Asian practitioners on {theme}",
        f"Central Asian officials exchange good practices on {theme} at {org} {noun}",
        f"{org} supports Central Asian countries in {THEMES[ev.themes[0]][0]}",
        f"{theme[:1].upper() + theme[1:]} in focus as {noun} opens in {where}",
    ]
    return rng.choice(shapes)


def _organisers_sentence(rng: random.Random, ev: Event, date: str, place: str) -> str:
    orgs = [_org_phrase(rng, o) for o in ev.organizers]
    noun = ev.noun
    a = "an" if noun[0] in "aeiou" else "a"
    hold = rng.choice(["organized", "held", "co-organized", "convened", "hosted"])
    fmt = " in a hybrid format" if ev.hybrid else ""
    subject = _list(orgs)
    shapes = [
        f"{subject[:1].upper() + subject[1:]} {hold} {a} {noun} on {THEMES[ev.themes[0]][0]} {place}, {date}{fmt}.",
        f"{date[:1].upper() + date[1:]}, {subject} {hold} {a} {noun} on {THEMES[ev.themes[0]][0]} {place}{fmt}.",
        f"{a.capitalize()} {noun} on {THEMES[ev.themes[0]][0]} was held {date} {place}{fmt}. The event was "
        f"{rng.choice(['organized', 'jointly organized', 'co-organized'])} by {subject}.",
    ]
    if len(orgs) > 1 and rng.random() < 0.4:
        shapes.append(
            f"{orgs[0][:1].upper() + orgs[0][1:]}, in {rng.choice(['close partnership', 'partnership', 'cooperation'])} "
            f"with {_list(orgs[1:])}, {hold} {a} {noun} on {THEMES[ev.themes[0]][0]} {place} {date}{fmt}."
        )
    return rng.choice(shapes)


def _lead(rng: random.Random, ev: Event) -> tuple[str, bool]:
    """The first paragraph and whether it used the dateline 'concluded today' form."""
    place = _place_phrase(rng, ev)
    if ev.days > 1 and ev.published == ev.end and not ev.online and rng.random() < 0.25:
        orgs = _list([_org_phrase(rng, o) for o in ev.organizers])
        city = ev.place[3][0]
        return (f"Senior officials of {_countries(rng, ev)} concluded in {city} today a {DAY_WORDS[ev.days]} "
                f"{ev.noun} to enhance knowledge of good practices in {THEMES[ev.themes[0]][0]}. The event was "
                f"jointly organized by {orgs}."), True
    date, _ = _date_phrase(rng, ev)
    return _organisers_sentence(rng, ev, date, place), False


def _roles_paragraph(rng: random.Random, ev: Event) -> str:
    out = []
    if ev.national:
        out.append(f"The event was held in cooperation with {ev.national}.")
    if ev.partners:
        names = _list([_org_phrase(rng, p) for p in ev.partners])
        out.append(rng.choice([f"It was organized in partnership with {names}.",
                               f"Experts from {names} contributed presentations.",
                               f"The {ev.noun} was held in collaboration with {names}."]))
    if ev.unknown_org:
        out.append(f"Representatives of {ev.unknown_org} also took part.")
    if ev.programme:
        out.append(rng.choice([f"The {ev.noun} was organized under {ev.programme}.",
                               f"It is part of {ev.programme}.",
                               f"The activity was delivered within the framework of {ev.programme}."]))
    if ev.funders:
        names = _list([_org_phrase(rng, f) for f in ev.funders])
        out.append(rng.choice([f"The {ev.noun} was made possible thanks to the generous financial support of {names}.",
                               f"It was funded by {names}.",
                               f"The event took place with the financial support of {names}.",
                               f"This activity was organized with support of {names}."]))
    return " ".join(out)


def _body(rng: random.Random, ev: Event) -> list[str]:
    paras = []
    who = _participants(rng, ev)
    verb = rng.choice(["took part", "attended", "participated"])
    paras.append(f"{who} from {_countries(rng, ev)} {verb}, representing "
                 f"{rng.choice(['ministries of foreign affairs, interior and justice', 'law-enforcement agencies', 'state institutions and civil society', 'border and customs services', 'financial intelligence units and supervisors'])}.")
    topics = [t for th in ev.themes for t in THEMES[th][2]]
    rng.shuffle(topics)
    span = f"Over {ev.days} days" if ev.days > 1 and rng.random() < 0.5 else "During the sessions"
    paras.append(f"{span}, participants discussed {_list(topics[:3])}, and worked through practical exercises "
                 f"built around realistic case studies on {THEMES[ev.themes[-1]][0]}.")
    roles = _roles_paragraph(rng, ev)
    if roles:
        paras.append(roles)
    if rng.random() < 0.7:
        q = rng.choice(QUOTES)
        paras.append(f"\u201c{q[:-1]},\u201d said {rng.choice(SPEAKERS)} in the opening remarks.")
    if rng.random() < 0.8:
        paras.append(rng.choice(OUTCOMES).format(noun=ev.noun, theme=THEMES[ev.themes[-1]][1]))
    if rng.random() < 0.7:
        paras.append(rng.choice(CONTEXT))
    if rng.random() < 0.4:
        later = ev.published + dt.timedelta(days=rng.randrange(30, 200))
        paras.append(f"The next {ev.noun} in the series is planned in {rng.choice(CENTRAL_ASIA)[0]} in "
                     f"{MONTHS[later.month - 1]} {later.year}.")
    return paras


def _background(rng: random.Random) -> list[str]:
    if rng.random() < 0.45:
        return []
    chosen = rng.sample(BACKGROUND, k=rng.choice([1, 2]))
    return ["Background"] + [b.format(donor=rng.choice(list(DONORS))) for b in chosen]


# ---------------------------------------------------------------- documents


def _release_paragraphs(rng: random.Random, ev: Event) -> tuple[str, list[str]]:
    headline = _headline(rng, ev)
    lead, concluded = _lead(rng, ev)
    paras = []
    top = rng.random()
    if concluded or top < 0.35:
        lead = _dateline(rng, ev) + lead[:1].lower() + lead[1:] if not concluded else \
            f"{(ev.place[0] if ev.place else 'New York')}, {_d(ev.published, 0)} \u2013 " + lead
    elif top < 0.5:
        paras.append(f"Published {_d(ev.published, 0)}")
    elif top < 0.6:
        paras.append(f" date {ev.published.isoformat()}")
    elif top < 0.7:
        paras.append(_d(ev.published, 0))
    elif top < 0.75:
        p = _d(ev.published, 1)
        paras.append(f"By {p} {p} UNOCT Features News POM")
    paras.append(lead)
    paras += _body(rng, ev)
    paras += _background(rng)
    if rng.random() < 0.15:
        paras.append(f"///{ev.organizers[0]}, {_d(ev.published, 0)}")
    if rng.random() < 0.2:
        paras.append(rng.choice(["For more information: oct-info@un.org", "For more information, please contact:",
                                 "For more information, visit"]))
    return headline, paras


def _multi_event_paragraphs(rng: random.Random, ev: Event) -> tuple[str, list[str]]:
    """A series of national consultations in several capitals: one event per city."""
    capitals = ["Astana", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent"]
    cities = rng.sample(capitals, k=rng.choice([3, 5]))
    org = _org_phrase(rng, ev.organizers[0])
    head = f"{ev.organizers[0]} holds national consultations on {THEMES[ev.themes[0]][1]} in {_list(cities)}"
    month = MONTHS[ev.start.month - 1]
    paras = [f"In {month} {ev.start.year}, {org} held national consultations on {THEMES[ev.themes[0]][0]} in "
             f"{_list(cities)}."]
    day = ev.start
    for c in cities:
        paras.append(f"In {c}, the consultation took place on {day.day} {month} {day.year} and brought together "
                     f"{rng.choice([15, 20, 25, 30])} representatives of state institutions and civil society.")
        day = day + dt.timedelta(days=rng.choice([2, 3, 4]))
        if day.month != ev.start.month:
            day = ev.start
    paras += _body(rng, ev)[1:]
    return head, paras


def _profile_paragraphs(rng: random.Random, ev: Event) -> tuple[str, list[str]]:
    """No event: a programme profile or a policy note."""
    prog = (ev.programme or PROGRAMMES[0]).removeprefix("the ")
    return f"Programme profile: {prog}", [
        "Overview",
        f"The programme helps the Central Asian states turn commitments on {THEMES[ev.themes[0]][0]} into practical "
        "national and regional measures.",
        "Objectives",
        f"- Strengthen regional cooperation on {THEMES[ev.themes[-1]][1]}.",
        "- Build the capacity of law-enforcement and criminal justice institutions.",
        "How the programme works",
        "Typical activities include expert consultations, capacity-building courses and research.",
    ] + _background(rng)


def _mirror(rng: random.Random, ev: Event) -> tuple[str, list[str]]:
    """Another outlet's story of the same event (a different text, same facts)."""
    noun = ev.noun
    where = ev.place[0] if ev.place else "online"
    date, _ = _date_phrase(rng, ev)
    while date.startswith("in "):  # a mirror keeps day precision so the event merges
        date, _ = _date_phrase(rng, ev)
    head = f"{where} meeting weighs {THEMES[ev.themes[0]][1]} and next steps"
    orgs = _list([_org_phrase(rng, o) for o in ev.organizers])
    paras = [
        f" date {ev.published.isoformat()}" if rng.random() < 0.5 else _d(ev.published, 0),
        f"The {DAY_WORDS.get(ev.days, '')} {noun}, held {date} {_place_phrase(rng, ev)}, was co-organized by {orgs}. "
        f"It gathered {_participants(rng, ev).lower()} from {_countries(rng, ev)}.",
    ] + _body(rng, ev)[1:2]
    return head, paras


def _mojibake(text: str, rng: random.Random) -> str:
    table = rng.choice([
        {"\u2019": "\u00a1\u00af", "\u201c": "\u00a1\u00b0", "\u201d": "\u00a1\u00b1", "\u2013": "\u00a8C", "'": "\u00a1\u00af"},
        {"\u2019": "\u00e2\u20ac\u2122", "\u201c": "\u00e2\u20ac\u0153", "\u201d": "\u00e2\u20ac\ufffd",
         "\u2013": "\u00e2\u20ac\u201c"},
        {"\u2019": "\ufffd", "\u201c": "\ufffd", "\u201d": "\ufffd", "\u2013": "\ufffd"},
    ])
    for a, b in table.items():
        text = text.replace(a, b)
    return text


def _debris(rng: random.Random, ev: Event) -> list[str]:
    return [f"Rate this item ({rng.randrange(0, 5)} votes)", f"Read {rng.randrange(20, 5000)} times",
            f"Tags: {ev.organizers[0]}, {rng.choice(['security', 'counter-terrorism', 'Central Asia'])}"]


def _as_txt(head: str, paras: list[str], rng: random.Random) -> str:
    lines = []
    if rng.random() < 0.15:
        lines += ["", "", "PRESS RELEASE", ""]
    lines.append(head)
    lines.append("")
    sep = "\n\n" if rng.random() < 0.7 else "\n"
    return "\n".join(lines) + sep.join(paras) + "\n"


def _as_md(head: str, paras: list[str], rng: random.Random) -> str:
    out = [f"# {head}", ""]
    for p in paras:
        if p in ("Background", "Overview", "Objectives", "How the programme works"):
            out += [f"## {p}", ""]
        else:
            out += [p.replace("UNOCT", "**UNOCT**", 1) if rng.random() < 0.3 else p, ""]
    if rng.random() < 0.5:
        out.append("[Read more](https://www.un.org/counterterrorism/)")
    return "\n".join(out) + "\n"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _as_html(head: str, paras: list[str], rng: random.Random, n: int) -> str:
    site = rng.choice(["Central Asia Security Review", "Regional News Agency", "Asia-Plus", "UN News Digest"])
    body = "\n".join(f"  <p>{_esc(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_esc(head)}</title>
<link rel="stylesheet" href="/assets/css/main.{n % 97}.css">
<script type="text/javascript">
  window.dataLayer = window.dataLayer || [];
  function gtag(){{ dataLayer.push(arguments); }}
  gtag('js', new Date()); gtag('config', 'UA-{n:08d}-1');
</script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">{site}</a></div>
  <nav class="main-nav"><ul>
    <li><a href="/">Home</a></li><li class="active"><a href="/news/">News</a></li>
    <li><a href="/events/">Events</a></li><li><a href="/contact/">Contact</a></li>
  </ul></nav>
</header>
<main class="content">
<article class="news-item">
  <h1>{_esc(head)}</h1>
  <p class="meta">News&nbsp;|&nbsp;Security &amp; Cooperation</p>
{body}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/news/{n + 1}">More news from the region</a></li></ul></aside>
</main>
<footer class="site-footer">
  <div class="newsletter"><h3>Subscribe to our newsletter</h3>
  <form action="/newsletter/subscribe" method="post"><label for="e">E-mail address</label>
  <input type="email" id="e" name="email"><button type="submit">Sign up</button></form></div>
  <p class="copyright">&copy; {site}. All rights reserved.</p>
</footer>
<script>(function(){{var px=new Image();px.src='/stats/hit.gif?id={n}';}})();</script>
</body>
</html>
"""


def _render(rng: random.Random, n: int, kind: str, ev: Event) -> tuple[str, bytes]:
    """(suffix, bytes) of document number n."""
    if kind == "multi":
        ev.noun = "consultation"
        head, paras = _multi_event_paragraphs(rng, ev)
    elif kind == "profile":
        head, paras = _profile_paragraphs(rng, ev)
    elif kind == "mirror":
        head, paras = _mirror(rng, ev)
    else:
        head, paras = _release_paragraphs(rng, ev)
    if rng.random() < 0.12:
        paras = paras + _debris(rng, ev)
    if rng.random() < 0.05:
        spam = rng.choice(CJK_SPAM)
        head = spam + "\n" + head
        i = rng.randrange(len(paras))
        paras[i] = paras[i].replace("the ", f"the {spam}", 1)
    fmt = rng.choices(["txt", "html", "md"], weights=[75, 17, 8])[0]
    if fmt == "html":
        text = _as_html(head, paras, rng, n)
    elif fmt == "md":
        text = _as_md(head, paras, rng)
    else:
        text = _as_txt(head, paras, rng)
    enc = "utf-8"
    r = rng.random()
    if r < 0.08:
        text = _mojibake(text, rng)
    elif r < 0.11 and fmt == "txt":
        enc = "cp1252"
    elif r < 0.12 and fmt == "txt":
        enc = "utf-16"
    elif r < 0.14:
        text = "\ufeff" + text
    return fmt, text.encode(enc, errors="replace")


def _seed_fingerprints() -> tuple[set[str], set[str]]:
    shas, texts = set(), set()
    for d in SEED_DIRS:
        if not d.is_dir():
            continue
        for p in d.iterdir():
            if p.is_file():
                data = p.read_bytes()
                shas.add(hashlib.sha256(data).hexdigest())
                texts.add(_norm(data))
    return shas, texts


def _norm(data: bytes) -> str:
    return hashlib.sha256(" ".join(data.decode("utf-8", "replace").split()).casefold().encode()).hexdigest()


def generate_documents(n: int, seed: int = 42) -> list[tuple[str, bytes]]:
    """The corpus as (relative file name, bytes), in order; no file touched."""
    return _generate(n, seed)[0]


def _generate(n: int, seed: int) -> tuple[list[tuple[str, bytes]], list[Event]]:
    """The corpus and the events its releases report (the ones a mirror may tell again)."""
    rng = random.Random(f"ct-events-corpus/{GENERATOR_VERSION}/{seed}")
    seed_shas, seed_texts = _seed_fingerprints()
    docs: list[tuple[str, bytes]] = []
    events: list[Event] = []
    while len(docs) < n:
        i = len(docs)
        r = rng.random()
        if r < 0.02 and docs:  # a byte-for-byte copy under another name
            src_name, data = docs[rng.randrange(len(docs))]
            suffix = src_name.rsplit(".", 1)[-1]
            name, payload = f"{i // 1000:03d}/copy_{i:06d}.{suffix}", data
        elif r < 0.03 and docs:  # the same text with other line breaks and spacing (a text duplicate)
            src_name, data = docs[rng.randrange(len(docs))]
            suffix = src_name.rsplit(".", 1)[-1]
            name, payload = f"{i // 1000:03d}/respaced_{i:06d}.{suffix}", b"\n" + data.replace(b"\n\n", b"\n \n") + b"\n"
        elif r < 0.035:
            name, payload = f"{i // 1000:03d}/empty_{i:06d}.txt", rng.choice([b"", b"\n\n", b"   \n"])
        elif r < 0.04:
            name, payload = f"{i // 1000:03d}/broken_{i:06d}.txt", bytes(rng.randrange(256) for _ in range(rng.randrange(64, 600)))
        else:
            kind = rng.choices(["release", "mirror", "multi", "profile"], weights=[84, 8, 4, 4])[0]
            ev = rng.choice(events) if kind == "mirror" and events else _event(rng)
            if kind == "mirror" and not events:
                kind = "release"
            if kind == "release":
                events.append(ev)
            suffix, payload = _render(rng, i, kind, ev)
            tag = hashlib.sha256(payload).hexdigest()[:10]
            name = f"{i // 1000:03d}/{kind}_{i:06d}_{tag}.{suffix}"
        sha = hashlib.sha256(payload).hexdigest()
        if sha in seed_shas or (payload.strip() and _norm(payload) in seed_texts):
            continue  # never write a copy of a seed document
        docs.append((name, payload))
    return docs, events


def extra_document(index: int, seed: int = 42) -> tuple[str, bytes]:
    """One more press release that no corpus of this seed contains (for 'add one document' timings)."""
    rng = random.Random(f"ct-events-extra/{GENERATOR_VERSION}/{seed}/{index}")
    suffix, payload = _render(rng, 900_000_000 + index, "release", _event(rng))
    return f"added_{index:06d}_{hashlib.sha256(payload).hexdigest()[:10]}.{suffix}", payload


def known_event_document(n: int, index: int, seed: int = 42) -> tuple[str, bytes]:
    """Another outlet's story of an event that the corpus of ``n`` documents of this seed already reports
    (for 'add one document' timings of a new source of a known event: it merges with an old event)."""
    events = [ev for ev in _generate(n, seed)[1] if not ev.online]
    rng = random.Random(f"ct-events-known/{GENERATOR_VERSION}/{seed}/{n}/{index}")
    suffix, payload = _render(rng, 950_000_000 + index, "mirror", rng.choice(events))
    return f"added_known_{index:06d}_{hashlib.sha256(payload).hexdigest()[:10]}.{suffix}", payload


def write_corpus(n: int, out: Path, seed: int = 42) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, payload in generate_documents(n, seed):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.generate_corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    ap.add_argument("--seed", type=int, default=42, help="random seed; the same seed gives the same files")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("--n must be >= 0")
    written = write_corpus(args.n, args.out, args.seed)
    size = sum(p.stat().st_size for p in written)
    print(f"{len(written)} documents ({size / 1e6:.1f} MB) written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
