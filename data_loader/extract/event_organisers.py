"""Which organisations organised, paid for, helped with or attended the event, from the phrase that
attaches each name to the act (``roles``), with governments coded as their country and programmes as
the office they belong to."""

from __future__ import annotations

import re
from functools import cached_property

from data_loader.casefold import CuePattern
from data_loader.extract import mentions, participants, roles
from data_loader.extract.dates import find_dates
from data_loader.extract.event_base import _EVENT_NOUN, POINTED_BACK, ExtractorState, _evidence
from data_loader.extract.mentions import Mention
from data_loader.extract.records import GUESSED, INFERRED, STATED, EventRecord, Evidence
from data_loader.extract.text import Sentence
from data_loader.lookup.gazetteer import CENTRAL_ASIA, country_iso3, country_name, lookup_city, subdivision_country
from data_loader.lookup.registries import organizations as organization_registry
from data_loader.lookup.registries import programmes as programme_registry
from data_loader.lookup.registries import registry_cached, resolve_org

#: the session of a body that an event was held within or beside: "within the fifty-seventh session of the", "on the
#: margins of the 49th session of the"
_WITHIN_SESSION_OF = re.compile(r"\b(?:within|during|in\s+the\s+margins\s+of|on\s+the\s+(?:margins|sidelines)\s+of)\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,3}?session\s+of\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?$")

#: the page's field naming its publisher, under the headline: "Issued by: OSCE Programme Office in Bishkek"
_ISSUED_BY = re.compile(r"\b(?:Issued|Published|Posted|Released)\s+by\s*:?\s*(?:the\s+)?$")
#: a body of an international organisation, named like a ministry's ("UN Migration Agency", "European Border
#: and Coast Guard Agency"): no government's, whatever its head word
_INTERNATIONAL_BODY = re.compile(r"(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations|EU|European|International|World|"
                                 r"Interstate|Inter-State|Intergovernmental)\b")

#: an organisation's name before its members: "the SCO member states", "OSCE participating States", "SCO countries to
#: hold drills" (not "UNODC states that ...")
_MEMBER_STATES = re.compile(r"\s+(?:(?i:(?:member|participating)[\s-](?:states?|countries|nations))|"
                            r"(?i:countries|nations)|States)\b")
#: a university's or college's own units and people: "the Faculty of Natural Sciences", "our students", "the curator
#: of a fourth-year group", "students in the college dormitory"
_OWN_PEOPLE = re.compile(r"\b(?:[Ff]acult(?:y|ies)|[Dd]epartment|[Cc]hair|[Cc]urators?|[Cc]urator['’]s|[Ss]tudents|"
                         r"[Cc]adets|[Ll]ecturers|[Tt]eaching\s+staff|"
                         r"[Oo]ur\s+(?:college|university|academy|institute|school))\b")
#: a name of a university's or college's own unit, or of one of its professors: "Department of Religious Studies",
#: "Faculty of Philology", "Professor T. O. Omurova of the Institute of ..."
_OWN_UNIT = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}(?:Department|Faculty|Chair|School)\s+of\b|"
                       r"(?:Associate\s+)?Professor\b)")
#: a country's forces after its name or demonym: "Russian troops", "Russia's 201st military base", "Russian motor
#: riflemen"
_FORCES_OF = re.compile(r"(?:['’]s)?\s+(?:\d+(?:st|nd|rd|th)?\s+)?"
                        r"(?:(?:special|armed|motor(?:i[sz]ed)?|mountain|airborne|military|border|peacekeeping|elite|"
                        r"counter-terror(?:ism|ist)?|anti-terror(?:ism|ist)?)\s+){0,2}" + roles.FORCES + r"\b"
                        # "Kazakh servicemen join ... drill": guests of another's exercise
                        r"(?!\s+(?:also\s+)?(?:join|joined|joins|took\s+part|take\s+part|takes\s+part|participat|attend))")
#: between two countries of one list: "Kyrgyz and Indian", "Russian, Tajik"
_FORCES_LIST_GAP = re.compile(r"\s*(?:,|and|&)\s*(?:and\s+)?")
#: a page summing up other publishers' items, above the headline: its holder compiles, it holds nothing (an
#: office's "News digest" tells of its own events)
_REVIEW_KIND = r"(?:(?:media|press)\s+(?:monitoring|review|digest|summary|clippings)|news\s+monitoring)"
_PRESS_REVIEW = re.compile(r"\b" + _REVIEW_KIND + r"\b", re.IGNORECASE)
#: a headline that opens on the kind of page: "PRESS SUMMARY: CENTRAL ASIA", "Daily media monitoring" (not a story
#: about a media monitoring course, whose headline says what was held)
_PRESS_REVIEW_HEADLINE = re.compile(r"\W*(?:daily\s+|weekly\s+)?" + _REVIEW_KIND + r"\b\s*(?:[:|·–—-]|$)",
                                    re.IGNORECASE | re.MULTILINE)
#: whom an event abroad was for, before their countries: "for delegations of", "for officials from"
_FOR_DELEGATIONS = re.compile(r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:delegations|officials|representatives|experts|"
                              r"practitioners|participants)\s+(?:of|from)\s+")
#: a training that is a drill of a country's forces: "security forces will practise", "the forces and means of the
#: operational headquarters"
_FORCES_DRILL = re.compile(r"\b(?:security|special|law[\s-]enforcement)\s+forces\b|\bforces\s+and\s+means\b|"
                           r"\boperational\s+headquarters\b", re.IGNORECASE)
#: the publisher telling of its own event in the first person: "we ran a training", "our team delivered ..."
_WE_WORDS = (" we ", " our ", "\nwe ", "\nour ")
_WE_HELD = re.compile(r"\b(?:[Ww]e|[Oo]ur\s+(?:team|organi[sz]ation|experts?|trainers?))\s+(?:have\s+|had\s+)?"
                      r"(?:ran|run|held|organi[sz]ed|co-organi[sz]ed|conducted|delivered|hosted|facilitated|"
                      r"carried\s+out)\b")
#: a project's implementer named in a clause about the event's project: "..., which the United Nations Development
#: Programme (UNDP) implements", "... project implemented by UNODC"
_WHICH_BEFORE = re.compile(r"\bwhich\s+(?:the\s+)?$")
_IMPLEMENTS_AFTER = re.compile(r"(?:\s*\([A-Z]{2,10}\))?\s+(?:implements|is\s+implementing|runs|carries\s+out|"
                               r"delivers)\b")
_IMPLEMENTED_BY = re.compile(r"\b(?:project|programme|program|initiative|component)\b[^.;]{0,20}?\bimplemented\s+by\s+"
                             r"(?:the\s+)?$")
#: kinds of organisation that run the events they back (UN offices, the OSCE), unlike donor governments
_RUNS_EVENTS = frozenset({"un", "intl"})
_SUPPORTED_BY = re.compile(r"supported\s+by\b", re.IGNORECASE)
#: what stands between a body's name and the area its office serves: "ITU Regional Office for the ..."
_OFFICE_FOR = re.compile(r"\b(?:Regional|Area|Liaison|Programme|Program|Project)\s+Office\s+for\s+(?:the\s+)?$")
#: the work an event is part of: "(form part of) UNDP's support", "(as part of) the OSCE's assistance"
_ITS_SUPPORT = re.compile(r"[^’'.;]{2,80}['’]s?\s+(?:continued\s+|ongoing\s+)?(?:support|assistance)", re.IGNORECASE)
_PART_OF = re.compile(r"\bpart\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PAID_BY = re.compile(r"\b(?:funded|financed|co-funded|supported|sponsored)\s+by\s+(?:the\s+)?$", re.I)
_MEMBER_STATES_OF = re.compile(r"\b(?:member|participating)[\s-](?:states?|countries|nations)\s+of\s+(?:the\s+)?$",
                               re.I)
#: an event held under a programme, the words just before the programme's name: "The course was delivered
#: under the U.S. Department of State's", "was held within the framework of the"
_HELD_UNDER = re.compile(r"\b(?:held|delivered|conducted|organi[sz]ed|run|implemented|carried\s+out|provided)\s+"
                         r"(?:under|within(?:\s+the\s+framework\s+of)?|as\s+part\s+of|through)\s+"
                         r"(?:[^.;]|(?<=\b[A-Z])\.){0,80}$",
                         re.IGNORECASE)
#: a programme (or a part of it) as the subject of holding: "... of the UNODC Programme for Central Asia has delivered"
_PROGRAMME_HELD = re.compile(r"\s*(?:\([^)]{0,80}\)\s*)?"
                             # an aside between the name and its verb: ", financed by the EU and now in its tenth
                             # phase (BOMCA 10), held ..."
                             r"(?:,[^,.;]{0,100}?(?:\([^)]{0,40}\))?,)?"
                             r",?\s*(?:has\s+|have\s+)?"
                             r"(?:delivered|held|conducted|organi[sz]ed|ran|run|hosted|convened)\b")
#: the owner running the programme the events were held in: "UNODC delivers the programme in close cooperation with"
_DELIVERS_IT = re.compile(r"\s+(?:delivers|implements|runs|carries\s+out|has\s+(?:delivered|implemented))\s+"
                          r"(?:the|this|its)\s+(?:programme|program|project)\b")
#: a country named as a place or in a list of places ("in the Kyrgyz Republic", "Almaty, Kazakhstan"), not as a
#: government that organised or paid; so are the countries an office is for ("the Regional Office for
#: Afghanistan, Central Asia, Iran and Pakistan of UNODC" names UNODC's office, not four governments)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|to|across|situation|capital\s+of|"
                              r"(?:Office|Centre|Center|Bureau|Programme|Section)\s+for|"
                              # "brought its women and children home from Syria and Iraq": where they came from
                              r"(?:home|back|returned|returnees?|returning|repatriated|evacuated)\s+from|"
                              # "Trainers from Kyrgyzstan, Tajikistan and the Russian Federation ran exercises":
                              # people of those countries, not their governments
                              r"(?i:trainers|experts|specialists|officials|officers|participants|delegates|speakers|"
                              r"lecturers|instructors|practitioners|journalists|teachers)\s+from)"
                              r"\s+(?:the\s+)?$")
_LISTED_AFTER_NAME = re.compile(r"[A-Z][a-z]+,\s*$")
_PLACE_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s*(?:the\s+)?")
#: the bodies through which a government acts abroad
_DIPLOMATIC = re.compile(r"\b(?:Government|Embass(?:y|ies)|Mission|Consulate|Ministry\s+of\s+Foreign\s+Affairs|"
                         r"Foreign\s+Ministry|Ministry\s+for\s+Foreign\s+Affairs)\b")
#: a country's forces or services, not its diplomats: "United States Army Central", "the U.S. Department of Defense"
_SERVICE_BODY = re.compile(r"\b(?:Army|Armed\s+Forces|Air\s+Force|Navy|National\s+Guard|Command|Department\s+of\s+"
                           r"Defen[cs]e|Ministry\s+of\s+Defen[cs]e|Police|Border\s+(?:Guard|Police|Service)|Customs|"
                           r"Coast\s+Guard)\b")
#: ... or after the country's name: "US troops", "US military units", "the US Central Command" (one word may stand
#: between)
_SERVICE_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:" + _SERVICE_BODY.pattern
                            + r"|\bmilitary\b|\b" + roles.FORCES + r"\b)")
#: "Albania's OSCE Chairmanship": a country in the chair of an organisation
_CHAIR_AFTER = re.compile(r"['’]s\s+(?:[A-Z]{2,}\s+)?(?:Chairmanship|Chairpersonship|Chair|Presidency)\b")
#: a country that chairs a meeting, named after its chair's words: it leads the meeting and pays for nothing
_CHAIRED_BEFORE = re.compile(r"\b(?:chairmanship|chairpersonship|presidency|(?:co-)?chaired(?:\s+jointly)?\s+by)\s+"
                             r"(?:of\s+)?(?:the\s+)?(?:[\w’'-]+,?\s+(?:and\s+)?){0,6}$", re.IGNORECASE)
#: a country proposed or invited to host a later event: "proposed that Mongolia host the next conference"
_HOSTS_THE_NEXT = re.compile(r"\bhost\s+(?:the\s+)?(?:next|following|upcoming|forthcoming|subsequent)\b", re.IGNORECASE)


def _names_its_office(surface: str, owner: str) -> bool:
    """Whether a programme's name, as written, is also the name of its owner's office ("Border Management
    Programme in Central Asia" is BOMCA's): the project runs its events under that name."""
    if not owner:
        return False
    _, matcher = organization_registry()
    return any(v == owner and s == 0 and e == len(surface) for s, e, v in matcher.finditer(surface))


def _shifted(m: mentions.Mention, by: int, kind: str | None = None) -> mentions.Mention:
    """The mention with offsets relative to its sentence (``dataclasses.replace`` is several times slower)."""
    return mentions.Mention(m.start - by, m.end - by, kind or m.kind, m.value, m.surface)


#: people of a government named before them ("Kazakh government officials"): they take part, the government does not
#: organise
_ITS_PEOPLE = re.compile(r"\s+(?:officials|representatives|officers|experts|staff|employees|delegates|specialists|"
                         r"servants|workers)\b")


#: a sentence whose subject is another event: "Last year's exercise was hosted by Pakistan", "The next meeting
#: will be held by ...": its hosts are not this event's
#: (matched on the lowered document at each sentence, see casefold.py: the case-insensitive match cost twice as much)
_ABOUT_ANOTHER = CuePattern.compile(r"\s*(?:The\s+|Its\s+)?(?:upcoming|forthcoming|previous|earlier|next|"
                                    r"last\s+year['’]s|last)\s+(?:[\w-]+\s+){0,3}?" + roles.EVENT_NOUN + r"\b")


#: a speaker recalling other occasions: "He recalled the Bishkek Declaration of the most recent SCO summit, in
#: which ...", "The minister reminded participants of ..." (who held those is not who held this event)
_SPEAKER_RECALLED = re.compile(r"[\s*_]*(?:He|She|They|(?:The|the)\s+(?:[\w-]+\s+){0,3}?[a-z]+|"
                               r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})\s+(?:also\s+)?(?:recalled|reminded)\b")
#: a sentence that opens in years gone by: "In 2015-2017, Kyrgyzstan, Tajikistan and Belarus carried out ..."
_EARLIER_YEARS = re.compile(r"\s*(?:In|Between|From|During)\s+(?:the\s+years?\s+)?(?P<y1>(?:19|20)\d\d)"
                            r"(?:\s*(?:[–—-]|and|to)\s*(?P<y2>(?:19|20)\d\d))?\b")


#: a sentence opening on an earlier time of the event's year ("Earlier in 2020", "Earlier this year"), not of its day
_EARLIER_IN_YEAR = re.compile(r"\s*Earlier\s+(?:in\s+(?:(?:19|20)\d\d|the\s+year)|this\s+year)\b")
_EARLIER_OCCASION = re.compile(r"\s*(?:At|During|After)\s+the\s+[^.;]{0,120}?\b(?P<y1>(?:19|20)\d\d)\b[^,.;]{0,20},")


#: every year a text writes in four figures, overlaps included; and a date in figures with a two-figure year
#: ("20/09/23 11:47"), the only day of ``dates`` whose year is not written so
_FOUR_FIGURE_YEAR = re.compile(r"(?=((?:19|20)\d\d))")
_TWO_FIGURE_YEAR_DATE = re.compile(r"\d[./]\d\d?[./]\d\d")


def _may_write_year_before(text: str, year: int) -> bool:
    """Whether ``text`` may write a day of a year before ``year``: a day's year is written in four figures, or in
    two in a date in figures; a range's first year, when not written, is the year before the written one
    ("30 December - 2 January 2024"), hence a written year of ``year`` itself counts. Reading the dates costs
    more than this look."""
    return any(int(y) <= year for y in _FOUR_FIGURE_YEAR.findall(text)) or \
        _TWO_FIGURE_YEAR_DATE.search(text) is not None


def _in_earlier_years(text: str, s: Sentence, rec: EventRecord) -> bool:
    """Whether the sentence tells of years before the event's: who acted then did not hold this event."""
    if "Earlier" in s.text[:12] and _EARLIER_IN_YEAR.match(text, s.start):
        return True  # "Earlier in 2020 UNODC met national counterparts ...": another occasion of the year
    m = _EARLIER_YEARS.match(text, s.start)
    if m is not None:
        return rec.year is not None and int(m.group("y2") or m.group("y1")) < rec.year
    # "At the second ministerial, held in Washington in August 2016, the ministers agreed to launch five projects,
    # financed by ... the U.S. Congress": an earlier occasion opens the sentence
    m = _EARLIER_OCCASION.match(text, s.start, s.end)
    return m is not None and rec.year is not None and int(m.group("y1")) < rec.year


#: between a body and the organisation it belongs to: "ECOFEL) of the Egmont Group", "(ECOFEL) of the"
_BODY_OF = re.compile(r"\)?\s*(?:\([^()]{1,15}\)\s*)?\s+of\s+(?:the\s+)?")
#: a body of an organisation named by what it is, after the organisation's acronym: "SCO anti-terror body", "the
#: CIS's counter-terrorism structure"
_ITS_BODY = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:body|structure|organ)\b", re.IGNORECASE)


def _names_its_body(text: str, m: mentions.Mention) -> bool:
    """Whether an organisation's acronym stands before one of its bodies, named by what it is ("SCO anti-terror
    body"): the body is meant, not the organisation."""
    return " " not in m.surface.strip() and _ITS_BODY.match(text, m.end) is not None


#: the country an event helps: "To help Turkmenistan protect ...", "assisting Kyrgyzstan in ..."
_HELPED = re.compile(r"\b(?:help|helps|helping|assist|assists|assisting|enable|enables|enabling)\s+(?:the\s+)?$", re.I)


def _in_brackets(sentence: str, m: mentions.Mention) -> bool:
    """A country alone in brackets: a person's nationality after the name ("Mr Yury Chikhanchin (Russian
    Federation)")."""
    return m.start > 0 and sentence[m.start - 1] == "(" and sentence[m.end : m.end + 1] == ")"


#: a body of an organisation named before it: "the Working Group on Afghanistan under the", "the Expert Group of the"
_BODY_UNDER = re.compile(r"\b(?:Working\s+Group|Expert\s+Group|Group|Committee|Commission|Council|Board|Sub-?group)\b"
                         r"[^.;,]{0,50}?\b(?:under|of|at)\s+(?:the\s+)?$")
#: a body named for a country it deals with: the country is its subject, not a government that acts
_BODY_ON = re.compile(r"\b(?:Group|Committee|Commission|Council|Conference|Forum|Dialogue|Format|Process|Consultations|"
                      r"Talks)\s+on\s+(?:the\s+)?$")
#: the body met: "met for the 39th time", "convened", "held its meeting"
_MET = re.compile(r"\b(?:met|meets|convened|held\s+its\s+(?:[\w-]+\s+){0,2}(?:meeting|session))\b")
#: a meeting of an organisation's own body, or its activity: "the 44th meeting of the Council of the", "the plenary
#: session of the", "a training course of the Organisation for Security and Co-operation in Europe"
_MEETING_OF = re.compile(r"\b(?:meeting|session|plenary|sitting|course|training|workshop|seminar|conference|forum|"
                         r"exercise)\s+of\s+(?:the\s+)?"
                         r"(?:(?:Council|Plenary|Board|Assembly|Committee|Conference|Heads)\s+(?:of\s+)?(?:the\s+)?)?$",
                         re.I)


#: "run by experts of" a project: its own people ran the event
_RUN_BY_EXPERTS_OF = re.compile(r"\b(?:run|led|conducted|delivered|facilitated|organi[sz]ed)\s+by\s+(?:the\s+)?"
                                r"(?:international\s+)?experts\s+(?:of|from)\s+(?:the\s+)?$", re.I)
#: an activity named after its holder, and held: "The BOMCA activity was carried out", "the OSCE workshop was held"
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ACTIVITY_HELD = re.compile(r"\s+(?:activity|event|workshop|seminar|training|course|round\s+table)\s+"
                            r"(?:was|has\s+been)\s+(?:carried\s+out|held|conducted|organi[sz]ed|delivered|implemented)\b")


#: a body named as who pays for what follows: "the EU-funded programme", "a UK-supported project"
_PAID_ADJECTIVE = re.compile(r"\s?[-‑–]\s?(?:funded|financed|supported|sponsored|backed)\b")

class OrganiserRules(ExtractorState):
    """``organizations`` with their roles, and the names no registry knows."""

    def _organizations(self, rec: EventRecord) -> None:
        # a name after "in" that is a city ends the list of names a cue opened
        place_names = {c.city.name for c in self.cities} | {self.masked[c.start : c.end] for c in self.cities}
        result: list[tuple[str, str, int, int, str, str]] = []
        # an announcement says who will hold the event in the future tense; a report's plans are other events
        earlier = self._earlier_paragraphs(rec)
        sentences = [s for s in self.body if (self.announced or not self._future(s))
                     and not _ABOUT_ANOTHER.match(self.masked, s.start, self._low)
                     and not _SPEAKER_RECALLED.match(self.masked, s.start)
                     and not self._hosts_the_next(s)
                     and not _in_earlier_years(self.masked, s, rec) and s.paragraph not in earlier]
        if self.head.title_span and roles.may_assign(self.head.title):
            # "OSCE organizes training courses on ...": the headline says who held the event too
            # (a listing item's heading, less the date line over it: "Press release · October 2024 · Tajikistan" over
            # "UN Women Tajikistan Hosts Open Day ..." names no host)
            a, b = self.head.title_span
            a = self._title_start((a, b))
            sentences.insert(0, Sentence(a, b, self.masked[a:b], -1, False))
        project_said: set[int] = set()  # where the organisers that sentences about the project name start
        prev: Sentence | None = None
        for s in sentences:
            headline = s.paragraph == -1
            about_project = _describes_project(self.masked, s.start, s.end) or (
                prev is not None and prev.paragraph == s.paragraph and _IT_IS_RUN.match(self.masked, s.start)
                is not None and self._opens_with_programme(prev))
            prev = s
            for m, role, a, b, confidence, why in self._sentence_roles(s, rec, place_names):
                if not (headline and role == "participant"):
                    result.append((m, role, a, b, confidence, why))
                    if about_project and role == "organizer":
                        project_said.add(a)
        result = _implementers_as_partners(result, project_said)
        host = rec.country_iso3
        seen = set()
        backed_only = self._backed_organisers(result)
        # ("run by experts of the Border Management in Central Asia (BOMCA) Program": the name and its acronym in
        # brackets are one organiser, not an organiser and a partner)
        organisers = {name for name, role, *_ in result if role == "organizer"}
        for name, role, a, b, confidence, why in result:
            if (name, role) in seen or (role == "funder" and name in backed_only) \
                    or (role == "partner" and name in organisers):
                continue
            seen.add((name, role))
            rec.organizations.append((name, role))
            _evidence(rec, role, name, a, b, confidence, why)
        # a donor government that co-hosts an event for other countries also pays for it: held in Central Asia or
        # for its delegations, with another organiser unless its development agency ran it ("USAID organised a
        # regional workshop"); a government that holds an event alone, or abroad for all comers, holds its own
        # ("India hosted an online seminar", "co-chaired the conference in Vienna")
        hosts = [name for name, role in rec.organizations if role == "organizer"]
        for name, role in list(rec.organizations):
            iso = country_iso3(name)
            if role == "organizer" and iso and iso not in CENTRAL_ASIA and iso != host and (name, "funder") not in seen:
                ev = next((e for e in rec.evidence if e.field == "organizer" and e.value == name
                           and self._as_donor(e) and (len(hosts) > 1 or self._donor_agency(e))
                           and (host in CENTRAL_ASIA or self._for_the_region(e))), None)
                if ev is None:
                    continue
                rec.organizations.append((name, "funder"))
                seen.add((name, "funder"))
                _evidence(rec, "funder", name, ev.start, ev.end, INFERRED,
                          f"{name}, a government from outside Central Asia, co-organised an event held in "
                          f"{country_name(host) if host else 'another country'}: the codebook codes such a "
                          "co-host as a funder, though no words of paying are written")
        self._named_activity_held(rec)
        self._body_that_met(rec, seen)
        self._premises_held(rec)
        self._dialogue_party_held(rec)
        self._publisher_held(rec)
        self._institution_held(rec)
        self._implementer_held(rec)
        self._supporter_held(rec)
        self._host_exercise(rec)
        for u in self.unknown:
            if any(s.start <= u.start < s.end for s in self.body):
                kind = "programme" if u.kind == "unknown_programme" else "organization"
                rec.unknown_names.append((kind, " ".join(u.surface.split()), u.start, u.end))

    def _hosts_the_next(self, s: Sentence) -> bool:
        """Whether the sentence tells who will host the next event (``_HOSTS_THE_NEXT``); searched only where its
        lowered copy holds "host", as most sentences do not (every match holds it, in any case)."""
        low = self._low_slice(s)
        if low is not None and "host" not in low:
            return False
        return _HOSTS_THE_NEXT.search(self.masked, s.start, s.end) is not None

    def _named_activity_held(self, rec: EventRecord) -> None:
        """'The BOMCA activity was carried out in cooperation with FRONTEX': an activity named after an organisation
        or a project that runs its own events, and held, is that one's (stated)."""
        owners = programme_registry()[0]
        # (the few names are asked, not every sentence: such a sentence of its own names no event to be found by)
        for m in self.registry:
            runs_events = m.kind == "org" or (m.kind == "programme" and owners.get(m.value) == m.value)
            if not runs_events or (m.value, "organizer") in rec.organizations \
                    or not _ACTIVITY_HELD.match(self.masked, m.end) \
                    or not _THE_BEFORE.search(self.masked, max(0, m.start - 5), m.start):
                continue
            if any(s.start <= m.start < s.end for s in self.body):
                rec.organizations.append((m.value, "organizer"))
                _evidence(rec, "organizer", m.value, m.start, m.end, STATED,
                          f"the activity is named after {m.value}, and was held")

    def _publisher_held(self, rec: EventRecord) -> None:
        """A page of an organisation ("OSCE Programme Office in Dushanbe" above the headline, "CIS ATC
        bulletin") reporting an event no sentence gives an organiser: the organisation tells of its own event.
        Only the masthead, above the headline, is read; a news agency is in no registry."""
        if not self.head.title_span:
            return
        we_held = self._says_we and any(_WE_HELD.search(self.masked, s.start, s.end) for s in self.event_sents)
        if any(role == "organizer" for _, role in rec.organizations) and not we_held \
                and not self._held_with_only(rec):
            return
        top = self.head.title_span[0]
        if _PRESS_REVIEW.search(self.masked, 0, top) or _PRESS_REVIEW_HEADLINE.match(self.masked, top):
            # "Resident Coordinator Office · Daily Media Monitoring", a page headed "PRESS SUMMARY: CENTRAL ASIA":
            # others' items, which it sums up
            return
        if self.section_heading is not None and self.parts_start is not None:
            # a listing's item: the page's masthead is above its first item, not in the items above this one ("...
            # Permanent Mission to ICAO" heads another item of a tag's page)
            top = min(top, self.parts_start)
        owners = programme_registry()[0]
        lead = self.event_sents[0].start if self.event_sents else top
        heads = [m for m in self.registry if (m.start < top or (m.start < lead and _ISSUED_BY.search(
                     self.masked, max(0, m.start - 30), m.start)))
                 and (m.kind == "org" or owners.get(m.value) == m.value)
                 and not _PAID_BY.search(self.masked, max(0, m.start - 30), m.start)
                 and not _names_its_body(self.masked, m)]
        if not heads and not any(role == "organizer" for _, role in rec.organizations) \
                and (site := self._publisher_registered) is not None \
                and not any(e.field == "participant" and e.value == site.value for e in rec.evidence):
            # (a masthead that is a logo: the site's name its <title> or copyright line gives, read only where no one
            # is named as organiser, and its people are not told to have attended: "Artur Golovanov ... of the SCO
            # RATS attended the 38th meeting of the Working Group")
            heads = [site]
        if len({m.value for m in heads}) != 1:
            return  # ("Funded by the European Union" on a project's page: its donor, not its publisher)
        m = heads[0]
        ts, te = self.head.title_span
        if not we_held and not any(x.value == m.value for s in self.body for x in self._in(s, self.registry)) and \
                not any(x.value == m.value and ts <= x.start < te for x in self.registry) \
                and owners.get(m.value) != m.value:
            # the story or its headline must name it too: a masthead alone may be a portal's (not a project's own
            # site, "News - BOMCA", whose news are of its own events)
            return
        if (m.value, "organizer") in rec.organizations or (not we_held and self._sent_a_delegation(rec, m.value)):
            return  # ("a CIS ATC delegation took part in the meeting" on the CIS ATC's page: it went, it did not hold)
        rec.organizations.append((m.value, "organizer"))
        _evidence(rec, "organizer", m.value, m.start, m.end, INFERRED if we_held else GUESSED,
                  f"the story says 'we' held the event: {m.value}, whose page this is" if we_held else
                  f"no sentence says who held the event: {m.value}, whose page this is and whom the story names")
        backing = [e for e in rec.evidence if e.field == "funder" and e.value == m.value]
        if backing and not any(_MONEY.search(self.masked, e.start, e.end) for e in backing):
            # "supported by the IOM" on IOM's own page: the publisher ran its event, as with an organiser named
            # in a sentence (see ``_backed_organisers``)
            rec.organizations.remove((m.value, "funder"))
            rec.evidence = [e for e in rec.evidence if not (e.field == "funder" and e.value == m.value)]

    @cached_property
    def _publisher_registered(self) -> mentions.Mention | None:
        """The registered organisation (or programme with an office of its own) the page's holder is, by its site
        name or copyright line ("Site name: Border Management Programme in Central Asia" is BOMCA), as a mention at
        the holder's place (one per document, asked of each of its events)."""
        pub = self.publisher
        if pub is None:
            return None
        owners = programme_registry()[0]
        found = [m for m in mentions.find_registry(pub.name) if m.kind == "org" or owners.get(m.value) == m.value]
        if len({m.value for m in found}) != 1:
            return None
        m = found[0]
        return mentions.Mention(pub.start + m.start, pub.start + m.end, m.kind, m.value, m.surface)

    def _institution_held(self, rec: EventRecord) -> None:
        """A university's or college's own page (its copyright line: "© 2021 Zhetysu University named after I.
        Zhansugurov") telling of its own faculty, curators or students ("the curator of a fourth-year group of the
        Faculty of Natural Sciences held an educational event"), and no sentence saying who held the event: the
        institution held it."""
        pub = self.publisher
        if pub is None or not pub.institution:
            return
        held = [e for e in rec.evidence if e.field == "organizer"]
        if held and all(_OWN_UNIT.match(self.text, e.start, e.end)
                        and not mentions.find_countries(self.masked[e.start : e.end]) for e in held):
            # "the Department of Religious Studies and Theology ... of the Institute of Social and Humanitarian
            # Sciences held a seminar", on the university's page: its own units, not a ministry's department
            names = {e.value for e in held}
            rec.organizations = [(n, r) for n, r in rec.organizations if not (r == "organizer" and n in names)]
            rec.evidence = [e for e in rec.evidence if not (e.field == "organizer" and e.value in names)]
        if any(role == "organizer" for _, role in rec.organizations):
            return
        spans = [(s.start, s.end) for s in self.event_sents]
        if self.head.title_span:
            spans.append(self.head.title_span)
        own = next((m for a, b in spans if (m := _OWN_PEOPLE.search(self.masked, a, b))), None)
        if own is None:
            return
        rec.organizations.append((pub.name, "organizer"))
        _evidence(rec, "organizer", pub.name, pub.start, pub.end, GUESSED,
                  f"no sentence says who held the event: the page is {pub.name}'s ({pub.source}), and the story "
                  f"tells of its own people or units ('{' '.join(own.group(0).split())}')")

    def _sent_a_delegation(self, rec: EventRecord, org: str) -> bool:
        """Whether the story says the organisation's delegation took part ("a CIS ATC delegation took part in the
        seventh meeting"): a guest of the event, not its host."""
        return any(e.field == "participant" and e.value == org
                   and (_DELEGATION_AFTER.match(self.masked, e.end) or _DELEGATION_BEFORE.search(
                       self.masked, max(0, e.start - 30), e.start)) for e in rec.evidence)

    def _held_with_only(self, rec: EventRecord) -> bool:
        """Whether every organiser is one the event was held with, in the passive, by someone unnamed ("The training
        was delivered ... in cooperation with the Embassy of Italy"): then the page's owner still did the holding."""
        found = False
        for ev in rec.evidence:
            if ev.field != "organizer":
                continue
            s = next((s for s in self.body if s.start <= ev.start < s.end), None)
            if s is None or not roles.held_with_someone_unnamed(self.masked[s.start : s.end], ev.start - s.start):
                return False
            found = True
        return found

    @cached_property
    def _says_we(self) -> bool:
        """Whether the text speaks in the first person plural at all (most releases do not)."""
        low = self._low if self._low is not None else self.masked.lower()
        return any(w in low for w in _WE_WORDS)

    def _premises_held(self, rec: EventRecord) -> None:
        """'A meeting ... was held at the National Bank of Tajikistan': an event no sentence gives an organiser,
        held on the premises of a government body or an organisation, was hosted by it (the codebook's organiser
        hosts or convenes)."""
        if any(role == "organizer" for _, role in rec.organizations) or not self.event_sents:
            return
        for s in self.event_sents[:2]:
            if _ORGANISED_BY.search(self.masked, s.start, s.end):
                return  # "took place at the University and was organized by the CIS basic organization": another's
            schools = [u for u in self._in(s, self.unknown) if u.kind == "unknown_org" and _SCHOOL.search(u.value)]
            for m in self._in(s, self.governments) + self._in(s, self.registry) + schools:
                if m.kind not in ("org", "government", "unknown_org") or \
                        not _HELD_AT.search(self.masked, max(s.start, m.start - 60), m.start):
                    continue
                name = country_name(m.value) if m.kind == "government" else m.value
                rec.organizations.append((name, "organizer"))
                _evidence(rec, "organizer", name, m.start, m.end, INFERRED,
                          f"the event was held on the premises of '{' '.join(m.surface.split())}', and no sentence "
                          "names another organiser")
                return

    def _dialogue_party_held(self, rec: EventRecord) -> None:
        """'the High-level Political and Security Dialogue between the European Union and the countries of Central
        Asia', 'the EU – Central Asia ... Dialogue', no sentence naming an organiser: the organisation the dialogue
        is named for holds it (its format, which the Central Asian countries attend)."""
        if any(role == "organizer" for _, role in rec.organizations) or (m := self._dialogue_name()) is None:
            return
        org = next((x for x in self.registry if x.kind == "org" and x.start <= m.start("party") < x.end), None)
        if org is None:
            return  # a country the dialogue is named for takes part (see the attendance rules)
        name = resolve_org(org.value)
        rec.organizations.append((name, "organizer"))
        _evidence(rec, "organizer", name, m.start("party"), m.end("party"), INFERRED,
                  f"'{' '.join(m.group(0).split())}': a dialogue named for {name}, and no sentence names another "
                  "organiser")

    def _implementer_held(self, rec: EventRecord) -> None:
        """'The trainings belong to the ... component of the regional project "...", which the United Nations
        Development Programme (UNDP) implements with the support of the Government of Japan': an event no sentence
        gives an organiser was held by the one that implements the project it belongs to, in the event's own
        paragraph."""
        if any(role == "organizer" for _, role in rec.organizations) or not self.event_sents:
            return
        paragraphs = {s.paragraph for s in self.event_sents[:2]}
        for s in self.body:
            if s.paragraph not in paragraphs or not self._cue(_EVENT_NOUN, s):
                continue
            for m in self._in(s, self.registry):
                if m.kind == "org" and (_WHICH_BEFORE.search(self.masked, max(s.start, m.start - 12), m.start)
                                        and _IMPLEMENTS_AFTER.match(self.masked, m.end)
                                        or _IMPLEMENTED_BY.search(self.masked, max(s.start, m.start - 40), m.start)):
                    rec.organizations.append((m.value, "organizer"))
                    _evidence(rec, "organizer", m.value, m.start, m.end, INFERRED,
                              f"the event belongs to a project {m.value} implements, and no sentence names another "
                              "organiser")
                    return

    def _supporter_held(self, rec: EventRecord) -> None:
        """'The workshop, supported by the OSCE Programme Office in Nur-Sultan, concluded Friday', 'The consultations
        form part of UNDP's support for ...': an event no sentence gives an organiser, which an international
        organisation 'supported' (the participle, or its support the event is part of; not "with the support of",
        the codebook's words of funding), was run by that organisation; a donor government's backing stays
        funding."""
        if any(role == "organizer" for _, role in rec.organizations):
            return
        orgs, _ = organization_registry()
        backers = [e for e in rec.evidence if e.field == "funder" and e.value in orgs
                   and orgs[e.value].kind in _RUNS_EVENTS and (_SUPPORTED_BY.match(self.masked, e.start) or (
                       _ITS_SUPPORT.fullmatch(self.masked, e.start, e.end)
                       and _PART_OF.search(self.masked, max(0, e.start - 20), e.start)))]
        if len({e.value for e in backers}) != 1:
            return
        e = backers[0]
        rec.organizations.remove((e.value, "funder"))
        rec.evidence = [x for x in rec.evidence if not (x.field == "funder" and x.value == e.value)]
        rec.organizations.append((e.value, "organizer"))
        _evidence(rec, "organizer", e.value, e.start, e.end, INFERRED,
                  f"no sentence names an organiser, and {e.value}, an international organisation, backed the event "
                  "in words of support, not of money: it ran it")

    def _host_exercise(self, rec: EventRecord) -> None:
        """A counter-terrorism exercise held in a Central Asian country that no sentence gives an organiser
        ("drills will be held in the capital today"): its security services run it, so its government holds
        it (a guess, so marked). So too "training activities" that rehearse what its forces do ("Security forces will
        practise their response ... the forces and means of the operational headquarters"). An organisation's
        exercise names the organisation."""
        drill = rec.event_type == "exercise" or (rec.event_type == "training" and any(
            _FORCES_DRILL.search(self.masked, s.start, s.end) for s in self.event_sents))
        if not drill or rec.country_iso3 not in CENTRAL_ASIA or rec.format == "virtual" \
                or any(role == "organizer" for _, role in rec.organizations):
            return
        host = country_name(rec.country_iso3)
        forces = self._forces_named(rec.country_iso3)
        if any(c.value != rec.country_iso3 for c in forces):
            for c in forces:
                name = country_name(c.value)
                rec.organizations.append((name, "organizer"))
                _evidence(rec, "organizer", name, c.start, c.end, INFERRED,
                          f"an exercise held in {host} by the forces of {name}, and no sentence names another "
                          "organiser")
            return
        lead = self.event_sents[0]
        a, b = next(((e.start, e.end) for e in rec.evidence if e.field == "event_type"), (lead.start, lead.end))
        rec.organizations.append((host, "organizer"))
        _evidence(rec, "organizer", host, a, b, GUESSED,
                  f"an exercise held in {host} that no sentence gives an organiser: its government's services")

    def _forces_named(self, host: str) -> list[mentions.Mention]:
        """'Russian troops rehearse defence of their base in Tajikistan', 'sub-units of Russia's 201st military
        base', 'Kyrgyz and Indian special forces': the countries whose forces the headline or the event's sentences
        name ran the drill, one mention each."""
        spans = [(s.start, s.end) for s in self.event_sents]
        if self.head.title_span:
            spans.append(self.head.title_span)
        if self.section_heading is not None:
            spans.append(self.section_heading)  # a listing item's own headline: "Russian counter-terror units ..."
        found: dict[str, mentions.Mention] = {}
        for a, b in spans:
            for c in self.countries:
                if a <= c.start < b and c.value not in found and (
                        _FORCES_OF.match(self.masked, c.end) or self._listed_with_forces(c, b)):
                    found[c.value] = c
        return list(found.values())

    def _listed_with_forces(self, c: mentions.Mention, end: int) -> bool:
        """'Kyrgyz and Indian special forces': a demonym listed before one that names the forces."""
        gap = _FORCES_LIST_GAP.match(self.masked, c.end)
        if gap is None:
            return False
        nxt = next((d for d in self.countries if d.start == gap.end()), None)
        return nxt is not None and nxt.start < end and _FORCES_OF.match(self.masked, nxt.end) is not None

    def _programme_owner_held(self, rec: EventRecord) -> None:
        """An event no sentence gives an organiser, "delivered under the U.S. Department of State's
        Antiterrorism Assistance (ATA) program": the programme's owner held it, and a donor government that
        owns it paid for it."""
        if any(role == "organizer" for _, role in rec.organizations):
            return
        owners = programme_registry()[0]
        for e in rec.evidence:
            owner = owners.get(e.value, "") if e.field == "programme" else ""
            if not owner or owner == e.value or not (_HELD_UNDER.search(self.masked, max(0, e.start - 120), e.start)
                                                     or _PROGRAMME_HELD.match(self.masked, e.end)
                                                     or self._owner_delivers(owner)):
                continue
            why = f"held under {e.value}, a programme of {owner}, and no sentence names another organiser"
            rec.organizations.append((owner, "organizer"))
            _evidence(rec, "organizer", owner, e.start, e.end, INFERRED, why)
            iso = country_iso3(owner)
            if iso and iso not in CENTRAL_ASIA and (owner, "funder") not in rec.organizations:
                rec.organizations.append((owner, "funder"))
                _evidence(rec, "funder", owner, e.start, e.end, INFERRED, why + ": a donor government's programme")
            return

    def _pointed_programme_funders(self, rec: EventRecord) -> None:
        """'... under its "Combatting Cybercrime" component, launched in 2017 and funded by the Government of
        Sweden. Under this component a series of workshops was organized': the event is held under the programme the
        story points back to, so whoever the sentence naming it says pays for it pays for the event."""
        named_at = {m.start for m in self.registry if m.kind == "programme"}
        for e in [x for x in rec.evidence if x.field == "programme" and x.confidence == INFERRED
                  and x.reasoning.endswith(POINTED_BACK) and x.start in named_at]:
            end = self.masked.find(". ", e.end)
            end = len(self.masked) if end < 0 else end
            for paid in _FUNDED_BY.finditer(self.masked, e.end, end):
                name = next((country_name(m.value) for m in self.governments + self.countries
                             if paid.end() <= m.start <= paid.end() + 20), None) \
                    or next((m.value for m in self.registry if m.kind == "org" and m.start == paid.end()), None)
                if name and (name, "funder") not in rec.organizations:
                    rec.organizations.append((name, "funder"))
                    _evidence(rec, "funder", name, paid.start(), paid.end(), INFERRED,
                              f"the event was held under {e.value}, and the sentence naming it says {name} funds it")

    def _owner_delivers(self, owner: str) -> bool:
        """Whether the story says the programme's owner runs it ("UNODC delivers the programme")."""
        return any(m.value == owner and _DELIVERS_IT.match(self.masked, m.end) for m in self.registry)

    def _body_that_met(self, rec: EventRecord, seen: set[tuple[str, str]]) -> None:
        """'The 44th meeting of the Council of the Regional Anti-Terrorist Structure of the SCO took place', 'completed
        a training course of the OSCE': the organisation whose council met, or whose course it was, holds it, though
        no verb says so."""
        for s in self.event_sents[:2]:
            for m in self._in(s, self.registry):
                if m.kind != "org" or (m.value, "organizer") in seen \
                        or _WITHIN_SESSION_OF.search(self.masked, max(s.start, m.start - 70), m.start) \
                        or _PAID_ADJECTIVE.match(self.masked, m.end):
                    # (a panel "within the fifty-seventh session of the Human Rights Council" is not its own; "the
                    # Working Group of the EU-funded programme" is the programme's, which the EU pays for)
                    continue
                if _MEETING_OF.search(self.masked, max(s.start, m.start - 80), m.start) or (
                        _BODY_UNDER.search(self.masked, max(s.start, m.start - 90), m.start)
                        and _MET.search(self.masked, m.end, s.end)):
                    # ("the Working Group on Afghanistan under the CSTO Council of Foreign Ministers met")
                    seen.add((m.value, "organizer"))
                    rec.organizations.append((m.value, "organizer"))
                    _evidence(rec, "organizer", m.value, m.start, m.end, INFERRED,
                              f"the event is a meeting of {m.value}'s own body: {m.value} holds it")

    def _sentence_roles(self, s: Sentence, rec: EventRecord, place_names: set[str]
                        ) -> list[tuple[str, str, int, int, str, str]]:
        """(name, role, start, end, confidence, reasoning) of the names one sentence attaches to the event."""
        m_text = self.masked[s.start : s.end]
        local = [_shifted(m, s.start) for m in self._in(s, self.registry) + self._in(s, self.governments)]
        gov_cover = [(g.start, g.end) for g in local if g.kind == "government"]
        place_end = -1  # where the last country named as a place ends: a list of places goes on after it
        gov_end = -1  # where the last country named as a government ends: "funded by Germany, Sweden and ..."
        # the bodies a country may follow as where they are: unknown ones and registered ones (not governments)
        bodies = self._in(s, self.unknown) + [m for m in self._in(s, self.registry) if m.kind == "org"]
        for c in self._in(s, self.countries):
            rel = c.start - s.start
            if c.kind != "country" or any(a <= rel < b for a, b in gov_cover):
                continue
            if any(_OF_ITS_COUNTRY.fullmatch(self.masked, u.end, c.start) and not mentions.is_government_name(u.surface)
                   for u in bodies if u.end <= c.start):
                continue  # "the University of World Economy and Diplomacy (UWED) of Uzbekistan": where it is
            before = m_text[max(0, rel - 25) : rel]
            if _BODY_ON.search(before):
                continue  # "the Working Group on Afghanistan", "the Moscow Format of Consultations on Afghanistan"
            listed = gov_end >= 0 and _PLACE_LIST_GAP.fullmatch(m_text, gov_end, rel) is not None
            if not listed and (_LOCATIVE_BEFORE.search(before) or _LISTED_AFTER_NAME.search(before)
                               or (place_end >= 0 and _PLACE_LIST_GAP.fullmatch(m_text, place_end, rel))):
                place_end, gov_end = c.end - s.start, -1  # "in Kazakhstan, Kyrgyzstan, Tajikistan and Iraq": places
                continue
            gov_end = c.end - s.start
            local.append(_shifted(c, s.start, kind="country_gov"))
        unknown_local = [_shifted(u, s.start) for u in self._in(s, self.unknown)]
        if not local and not unknown_local:
            return []
        local.sort(key=lambda m: m.start)
        out = []
        org_ends = [x.end for x in local if x.kind == "org"]
        area: tuple[str, int] | None = None  # the last name read as the area an office serves (see _office_area)
        for m, role, cited in roles.assign_roles(m_text, local + unknown_local, place_names, self._low_slice(s)):
            # the name; a funder's evidence also cites the words of paying ("with funding from the UNPDF")
            a, b = s.start + cited[0], s.start + cited[1]
            if m.kind == "org" and any(_BODY_OF.fullmatch(m_text, e, m.start) for e in org_ends if e <= m.start):
                continue  # "the Egmont Centre ... (ECOFEL) of the Egmont Group": the centre's parent, named as its own
            if role == "organizer" and m.kind != "org" and \
                    _EXPERTS_FROM.search(m_text, max(0, m.start - 160), m.start) and not roles.its_staff_ran(m_text, m):
                # "Experts from the State Border Guard of Latvia ... facilitated the sessions": a government's experts
                # brought expertise (the codebook's partner); they did not hold the event
                role = "partner"
            if role == "organizer" and _WITHIN_SESSION_OF.search(m_text, max(0, m.start - 70), m.start):
                # "took place within the fifty-seventh session of the Human Rights Council": the body's session frames
                # the event; it is no organiser of it
                continue
            if m.kind == "org":
                if (" " not in m.surface.strip() and _MEMBER_STATES.match(m_text, m.end)) or \
                        _MEMBER_STATES_OF.search(m_text, max(0, m.start - 40), m.start):
                    # "the competent authorities of the SCO member states conducted", "... of the member states of
                    # the Shanghai Cooperation Organization": states, not the SCO (but "the Interparliamentary
                    # Assembly of the CIS member nations" is the Assembly)
                    continue
                if _names_its_body(m_text, m):
                    continue  # "SCO anti-terror body agrees to hold ...": a body of the SCO (its RATS), not the SCO
                if _office_area(m_text, m, local, area):
                    # "the ITU Regional Office for the Commonwealth of Independent States (CIS)": the area ITU's office
                    # serves, not an organisation of the event
                    area = (m.value, m.end)
                    continue
                out.append((m.value, role, a, b, *_as_registered(m.surface, m.value)))
            elif m.kind in ("government", "country", "country_gov"):
                if role == "organizer" and _ITS_PEOPLE.match(m_text, m.end):
                    continue  # "Thirty Kazakh government officials have completed a course": who took part
                if role in ("organizer", "funder") and _in_brackets(m_text, m):
                    continue  # "chaired by the EAG Chairman, Mr Yury Chikhanchin (Russian Federation)": his country
                if role == "organizer" and _HELPED.search(m_text, max(0, m.start - 25), m.start):
                    continue  # "To help Turkmenistan protect its public spaces, the OSCE organized": helped, not host
                if role != "participant":  # a country whose people took part is in event_countries
                    name = country_name(m.value)
                    out.append((name, role, a, b, *_as_government(m.surface, name)))
            elif m.kind == "programme":
                owner = programme_registry()[0].get(m.value, "")
                if owner == m.value or _names_its_office(m.surface, owner):
                    # a project with an office of its own ("held by LEICA and BOMCA", "the Border Management
                    # Programme in Central Asia held") runs events; it pays for none: its donors do
                    if role == "partner" and _RUN_BY_EXPERTS_OF.search(m_text, max(0, m.start - 60), m.start):
                        role = "organizer"  # "run by experts of the BOMCA Program": the project's own people ran it
                    if role != "funder":
                        out.append((owner, role, a, b, STATED, f"{m.value} is a project that runs its own events"))
                elif owner:
                    out.append((owner, role, a, b, INFERRED, f"{m.value} is part of {owner}"))
            elif m.kind == "unknown_org" and role in ("organizer", "funder"):
                if _NATIONAL_BODY_OF.fullmatch(" ".join(m.surface.split())) and \
                        any(m.start <= c.start - s.start < m.end for c in self._in(s, self.countries)):
                    continue  # "the National Human Rights Centre of Uzbekistan": a state body, coded as its country
                if role == "funder" and _SCHOOL.search(m.surface) and not _MONEY.search(m_text):
                    continue  # "with the support of the I. Razzakov Kyrgyz State Technical University": in kind, unpaid
                if _office_of_registered(m_text, m, local):
                    continue  # "the Regional Office for ... of UNODC": UNODC's office, coded as UNODC
                if (kind := _UNIT_OF_SCHOOL.search(m_text, max(0, m.start - 30), m.start)) is not None:
                    # "organised by the university's Department of Upbringing": a unit of the school the story names
                    school = self._school_named(kind.group(1), s.start + m.start)
                    if school is not None:
                        out.append((school.value, role, a, b, INFERRED, f"'{' '.join(m.surface.split())}' is the "
                                    f"{kind.group(1).lower()}'s: coded as {school.value}"))
                    continue
                within = _part_of_government(m_text, m, local)
                if within is not None:
                    name = country_name(within.value)
                    out.append((name, role, a, b, INFERRED, f"'{' '.join(m.surface.split())}' is part of "
                                f"'{' '.join(within.surface.split())}': coded as {name}"))
                elif mentions.is_government_name(m.surface) and (state := subdivision_country(m.surface)):
                    name = country_name(state)
                    out.append((name, role, a, b, INFERRED, f"'{' '.join(m.surface.split())}' is named after a "
                                f"state or province of {name}: coded as {name}"))
                elif mentions.is_government_name(m.surface) and not _INTERNATIONAL_BODY.match(m.surface) \
                        and (home := self._home_country(rec)):
                    name = country_name(home)
                    out.append((name, role, a, b, INFERRED,
                                f"a government body of the host country (or, with no host known yet, of the "
                                f"dateline's) is coded as {name}"))
                else:
                    out.append((m.value, role, a, b, GUESSED,
                                "a name no registry knows, taken as written (see Review: unregistered names)"))
        if out and _describes_project(m_text) and self.event_sents and \
                s.paragraph > max(e.paragraph for e in self.event_sents):
            # "The LEICA project is funded by the European Union and implemented by a consortium of CIVIPOL and
            # ISEMI" under the story: who runs the project, not the event (the codebook's partner); its donor
            # still pays. (Within the story, "The initiative is implemented by UNODC ..." may be all it says of who
            # ran the event.)
            out = [(n, "partner" if r == "organizer" else r, a, b, c,
                    w or "named as running the wider project, not the event") for n, r, a, b, c, w in out]
        return out

    def _opens_with_programme(self, s: Sentence) -> bool:
        """Whether a programme is the first thing a sentence names ("STRIVE Asia is financed by the European
        Union"), so that an "It" opening the next sentence is the programme."""
        lead = len(s.text) - len(s.text.lstrip(" \t\n*_"))
        return any(m.start == s.start + lead for m in self._in(s, self.registry) + self._in(s, self.unknown)
                   if m.kind in ("programme", "unknown_programme"))

    def _backed_organisers(self, result: list[tuple[str, str, int, int, str, str]]) -> set[str]:
        """Organisers that are funders only by words of backing ("supported by the OSCE Project Co-ordinator",
        "with the support of the OSCE"), never of paying: an organisation helping to run its own event (one of
        its offices backing another) organises it; a funder needs a word of money then."""
        organisers = {name for name, role, *_ in result if role == "organizer"}
        funders: dict[str, bool] = {}
        for name, role, a, b, *_ in result:
            if role == "funder" and name in organisers:
                funders[name] = funders.get(name, False) or _MONEY.search(self.masked, a, b) is not None \
                    or self._by_donor_agency(a, b)
        return {name for name, paid in funders.items() if not paid}

    def _by_donor_agency(self, a: int, b: int) -> bool:
        """Whether the backing words at ``a``-``b`` name a government's development agency ("with the support of
        the TİKA Programme Coordination Office"): such an agency's support is its government's money, also where
        another body of that government hosted the event."""
        orgs, matcher = organization_registry()
        return any(a <= m.start < b and m.kind == "org" and (written := matcher.lookup(m.surface)) in orgs
                   and orgs[written].kind == "donor" for m in self.registry)

    def _earlier_paragraphs(self, rec: EventRecord) -> set[int]:
        """Paragraphs after the story's first that open on a day of an earlier year than the event's ("It should
        be noted that the Second Forum took place in Dushanbe on 23 October 2023. It was organized jointly by
        ..."): who organised that occasion did not organise this one."""
        if rec.year is None or not self.event_sents:
            return set()
        lead = self.event_sents[0].paragraph
        out, seen = set(), set()
        for s in self.body:
            if s.paragraph <= lead or s.paragraph in seen:
                continue
            seen.add(s.paragraph)  # (the paragraph's first sentence alone is asked)
            if not _may_write_year_before(self.masked[s.start : s.end], rec.year):
                continue  # (most paragraphs: no date of an earlier year to read)
            years = self._written_day_years(s)
            if years and max(years) < rec.year:
                out.add(s.paragraph)
        return out

    def _written_day_years(self, s: Sentence) -> tuple[int, ...]:
        """The years of the days a sentence writes with their year; worked out once per document (each event of
        a digest asks again)."""
        years = self._day_years.get(s.start)
        if years is None:
            days = [] if "19" not in s.text and "20" not in s.text else \
                find_dates(self.masked[s.start : s.end], anchor=self.anchor)
            years = self._day_years[s.start] = tuple(d.first.year for d in days
                                                     if d.precision == "day" and d.has_year and d.first is not None)
        return years

    def _school_named(self, kind: str, at: int) -> Mention | None:
        """The organisation named as such a school ("Tajik National University" for "the university's") last
        before ``at`` in the text, else first after it."""
        word = _SCHOOL_WORD[kind.lower()]
        named = sorted((m for m in self.registry + self.unknown if word.search(m.surface)), key=lambda m: m.start)
        return next((m for m in reversed(named) if m.start < at), None) or (named[0] if named else None)

    def _home_country(self, rec: EventRecord) -> str | None:
        """The country whose government body an unregistered office is: the host's, or, before a host is
        known, the country of the dateline ("BISHKEK (TCA) — ... the Anti-Terrorist Centre of the State
        Committee for National Security"), else the only Central Asian country the story names."""
        if rec.country_iso3:
            return rec.country_iso3
        if self.head.dateline_city:
            city = lookup_city(self.head.dateline_city)
            return city.iso3 if city else None
        if self.head.dateline_country:
            return self.head.dateline_country[0]
        # an online event with no dateline: the one Central Asian country the story names ("a webinar ... for
        # Kyrgyz authorities ... with the State Financial Intelligence Service")
        named = {c.value for c in self.countries if c.value in CENTRAL_ASIA}
        return named.pop() if len(named) == 1 else None

    def _for_the_region(self, ev: Evidence) -> bool:
        """Whether the sentence naming the organiser says the event was for Central Asian delegations ("a workshop
        in Vienna ... for delegations of Kazakhstan, Tajikistan and Uzbekistan")."""
        end = self.masked.find(". ", ev.end)
        m = _FOR_DELEGATIONS.search(self.masked, ev.end, len(self.masked) if end < 0 else end)
        return m is not None and any(c.value in CENTRAL_ASIA for c in self.countries
                                     if m.end() <= c.start < m.end() + 60)

    def _donor_agency(self, ev: Evidence) -> bool:
        """Whether the organiser is written as a government's development agency (``donor`` in the registry)."""
        written = organization_registry()[1].lookup(self.masked[ev.start : ev.end])
        org = organization_registry()[0].get(written or "")
        return org is not None and org.kind == "donor"

    def _as_donor(self, ev: Evidence) -> bool:
        """Whether an organiser is a donor government co-hosting: the country or its government named as such,
        its diplomats (an embassy, a permanent mission, the foreign ministry) or its development agency
        (``donor`` in the registry); not one of its other ministries or services (a
        financial monitoring service co-organises as a technical body), nor a country in the chair of an
        organisation ("Albania's OSCE Chairmanship" acts for the OSCE)."""
        surface = self.masked[ev.start : ev.end]
        if _CHAIR_AFTER.match(self.masked, ev.end) or _CHAIRED_BEFORE.search(self.masked, max(0, ev.start - 80),
                                                                              ev.start):
            return False  # ("under the chairmanship of China", "chaired jointly by Kazakhstan, Malta and France")
        service = _SERVICE_BODY.search(surface) or _SERVICE_AFTER.match(self.masked, ev.end) \
            or _FORCES_OF.match(self.masked, ev.end)  # ("Russia's 201st base": its own forces' drill)
        if service and not _DIPLOMATIC.search(surface):
            return False  # ("the United States Army Central": its armed forces, a technical co-organiser)
        if ev.confidence == STATED or _DIPLOMATIC.search(surface):
            return True
        return self._donor_agency(ev)


#: experts of a body before its name, or of a list of bodies: "Experts from the State Border Guard of Latvia, the State
#: Revenue Service of Latvia and ...", "trainers of the Israel Police"
_EXPERTS_FROM = re.compile(r"\b" + participants.RESOURCE_PEOPLE
                           + r"\s+(?:from|of)\s+(?:the\s+)?(?:[\w’'-]+,?\s+){0,14}?$", re.IGNORECASE)
#: a delegation named by its organisation: "a CIS ATC delegation", "the delegation of the CIS ATC"
_DELEGATION_AFTER = re.compile(r"\s+delegation\b")
_DELEGATION_BEFORE = re.compile(r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?$")
#: words of paying for a programme, before its donor: "funded by the Government of Sweden"
_FUNDED_BY = re.compile(r"\b(?:funded|financed|co-funded|sponsored)\s+by\s+(?:the\s+)?")
#: a sentence about the project, not the event: "The LEICA project is funded by ... and implemented by ...",
#: "The project is led by ..."
#: (``_PROJECT_VERBS``: one of its verbs is in every sentence it matches; most sentences hold none)
_PROJECT_VERBS = ("funded", "financed", "implemented", "managed", " run", "chaired", " led ", "launched", "initiated",
                  "established", "founded")
#: any one of them, found in one scan rather than one ``find`` per verb
_PROJECT_VERB = re.compile("|".join(re.escape(w) for w in _PROJECT_VERBS))


def _describes_project(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the sentence ``text[start:end]`` tells of the project rather than the event (looked for only
    where one of its verbs is)."""
    end = len(text) if end is None else end
    return _PROJECT_VERB.search(text, start, end) is not None \
        and any(p.match(text, start, end) is not None for p in (_PROJECT_DESCRIBED, _PROJECT_IS_A))


def _implementers_as_partners(result: list[tuple[str, str, int, int, str, str]], project_said: set[int]
                              ) -> list[tuple[str, str, int, int, str, str]]:
    """'Specialists of the Centre ... have run a series of trainings. The project was implemented by the Committee
    ...': when a sentence about the event names who ran it, the organisers only the sentences about the project
    name (starting at ``project_said``) are the project's implementers, its partners."""
    if not project_said or not any(r == "organizer" and a not in project_said for _, r, a, *_ in result):
        return result
    return [(n, "partner", a, b, c, "named as implementing the wider project; another body ran the event")
            if r == "organizer" and a in project_said else (n, r, a, b, c, w) for n, r, a, b, c, w in result]
#: the participles that tell who pays for or runs a project
_RUN_PARTICIPLES = r"(?:co-)?funded|financed|implemented|managed|run"
_PROJECT_DESCRIBED = re.compile(r"[\s*_]*(?:(?:The|This)\s+(?:[\w-]+\s+){0,4}?(?:project|programme|program|initiative)|"
                                r"(?:The\s+)?[A-Z]{3,}(?:\s+(?:project|programme))?)"
                                r"\s+(?:is|was|has\s+been|are)\s+(?:" + _RUN_PARTICIPLES
                                + r"|(?:co-)?chaired|(?:co-)?led\s+by)\b"
                                # "The format was launched by Iran, which hosted the two previous rounds": who began
                                # a series of meetings, not who held this one
                                r"|[\s*_]*(?:The|This)\s+(?:[\w-]+\s+){0,3}?(?:format|process|platform|mechanism|"
                                r"initiative|series)\s+(?:was|has\s+been)\s+(?:launched|initiated|established|"
                                r"founded)\s+by\b")
#: a sentence that says what a project is: "COMPASS is a UK-government-funded (GCRF) capacity-building project
#: led by ..."
_PROJECT_IS_A = re.compile(r"[\s*_]*(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}(?:\s*\([^)]{1,30}\))?\s+is\s+an?\s+"
                           r"(?:[\w,()-]+\s+){0,6}?(?:project|programme|program|initiative)\b")
#: "It is implemented by UNOCT, UNODC and UNDP" right after a sentence opening with a programme: the programme's
#: implementers
_IT_IS_RUN = re.compile(r"[\s*_]*It\s+(?:is|was|has\s+been)\s+(?:jointly\s+)?(?:" + _RUN_PARTICIPLES
                        + r"|(?:co-)?led)\b")
#: an event held on an organisation's premises, right before its name: "was held at the National Bank of",
#: "took place at the headquarters of the"
_HELD_AT = re.compile(r"\b(?:(?:was|were|is|are|will\s+be|being|ha(?:s|ve)\s+been)\s+"
                      r"(?:held|organi[sz]ed|conducted|hosted)|took\s+place|"
                      # the participle after the event: "The meeting held on September 23 at the ..."
                      r"(?:meeting|seminar|conference|round\s*-?table|event|lecture|forum|training|workshop|"
                      r"discussion|debate)s?\s+held)"
                      # ("was held on May 16 at the ...")
                      r"(?:\s+on\s+[^,.;]{3,25}?)?"
                      r"\s+(?:at|in)\s+(?:the\s+)?(?:(?:premises|headquarters|building|offices?|conference\s+hall)\s+"
                      r"of\s+(?:the\s+)?|"
                      # "at the Urgut branch of Samarkand State University"
                      r"(?:[A-Z][\w-]*\s+)?(?:branch|campus|affiliate)\s+of\s+(?:the\s+)?|"
                      # "at the Department of Family Medicine of the Avicenna Tajik State Medical University"
                      r"(?:Department|Faculty|Chair|School|Institute)\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}"
                      r"of\s+(?:the\s+)?)?$")
#: a country's national or state body no registry lists, named with its country: "National Human Rights Centre of
#: Uzbekistan", "State Centre for ... of the Republic of Tajikistan" (not a university: "National University of ...")
_NATIONAL_BODY_OF = re.compile(r"(?:[Tt]he\s+)?(?:National|State)\s+(?:(?!University\b)[\w’'-]+\s+){0,5}?"
                               r"(?:Centre|Center|Commission|Council|Inspectorate)\s+of\s+(?:the\s+)?"
                               r"(?:Republic\s+of\s+)?[A-Z][\w-]+")
#: someone named as holding the event, though no registry knows the name
_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|hosted|convened)\s+by\b")
#: a school of some kind, which holds what is held on its premises (other unregistered names may be anyone's venue:
#: a hotel, a restaurant, a business centre)
_SCHOOL = re.compile(r"\b(?:University|College|Academy|Institute|School|Lyceum)\b")
#: a unit named as a school's: "the university's Department of Upbringing", "the academy's faculty of law"
_SCHOOLS = ("university", "college", "academy", "institute", "school", "lyceum")
_UNIT_OF_SCHOOL = re.compile(r"\b(?:[Tt]he\s+)?(" + "|".join(_SCHOOLS) + r")['’]s\s+$", re.I)
#: each kind of school as a word of an organisation's name ("Tajik National University")
_SCHOOL_WORD = {kind: re.compile(r"\b" + kind + r"\b", re.I) for kind in _SCHOOLS}
#: what stands between an unregistered name and the country it belongs to: "... (UWED) of Uzbekistan"
_OF_ITS_COUNTRY = re.compile(r"(?:\s*\([A-Z][\w-]{1,12}\)|\))?\s+of\s+(?:the\s+)?")
#: words of paying, as against words of backing ("support")
_MONEY = re.compile(r"(?i)\b(?:fund|funds|funded|funding|co-funded|financ\w*|grants?|contribut\w*|sponsor\w*|donor|"
                    r"donat\w*|paid|budget|trust\s+fund)\b")

#: what may stand between an office and the government it is part of: "the Bureau of X at the U.S. Department of
#: State", "the Office of Y (Y) in the Ministry of ..." (a preposition, then capitalised words and linking words)
_WITHIN_GAP = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:department|division|unit|branch|directorate)\s+)?"
                         r"(?:in|at|of|within|under)\s+(?:the\s+)?"
                         r"(?:(?:[A-Z][\w’'&.-]*|of|for|on|and|the|in|at)\s+){0,12}")


#: what stands between an office and the registered organisation it belongs to: "the Regional Office for
#: Afghanistan, Central Asia, Iran and Pakistan of the United Nations Office on Drugs and Crime"
_OF_GAP = re.compile(r"[^.;:()]{0,80}?\s(?:of|within)\s+(?:the\s+)?")


def _office_area(sentence: str, m: mentions.Mention, local: list[mentions.Mention], area: tuple[str, int] | None
                 ) -> bool:
    """Whether a registered name is the area another's office serves ("ITU Regional Office for the Commonwealth of
    Independent States"), or that area's acronym in brackets right after it ("(CIS)")."""
    if area is not None and area[0] == m.value and sentence[area[1] : m.start].strip() == "(":
        return True
    return _OFFICE_FOR.search(sentence, max(0, m.start - 40), m.start) is not None and any(
        x.kind == "org" and x.value != m.value and m.start - 80 <= x.end <= m.start for x in local)


def _office_of_registered(sentence: str, m: mentions.Mention, local: list[mentions.Mention]) -> bool:
    """Whether an unregistered office is named as part of a registered organisation, which has its own role."""
    return any(o.kind == "org" and m.end <= o.start <= m.end + 100 and _OF_GAP.fullmatch(sentence, m.end, o.start)
               for o in local)


_ITS_OWN = re.compile(r"\band\s+its\s+$")


def _part_of_government(sentence: str, m: mentions.Mention, local: list[mentions.Mention]
                        ) -> mentions.Mention | None:
    """The government an unregistered office is part of, when the sentence says so right after its name."""
    for g in local:
        if g.kind != "government" or not m.end <= g.start <= m.end + 150:
            continue
        if _WITHIN_GAP.fullmatch(sentence, m.end, g.start):
            return g
    # "the National Agency ... under the President of the Kyrgyz Republic and its Research Center on ...": the
    # body's own centre, named after it
    if _ITS_OWN.search(sentence, max(0, m.start - 12), m.start):
        return next((g for g in reversed(local) if g.kind == "government" and g.end <= m.start
                     and m.start - g.end <= 60), None)
    return None


@registry_cached(maxsize=4096)
def _as_registered(surface: str, value: str) -> tuple[str, str]:
    """A registry name coded as written is stated; one coded as the office it belongs to (UNCCT -> UNOCT)
    or as its country (USAID -> United States) says so."""
    written = organization_registry()[1].lookup(surface)
    if written is None or written == value:
        return STATED, ""
    if country_iso3(value):
        return INFERRED, f"'{' '.join(surface.split())}' is a government agency: coded as {value}"
    return INFERRED, f"{written} is part of {value}"


def _as_government(surface: str, country: str) -> tuple[str, str]:
    """A country or its government named as such is stated; a ministry or agency is coded as its country."""
    plain = " ".join(surface.split())
    if country_iso3(plain) or re.match(r"(?:the\s+)?governments?\b", plain, re.I) or re.fullmatch(
            r"(?:the\s+)?\w+\s+government", plain, re.I):  # "the Japanese government"
        return STATED, ""
    return INFERRED, f"'{plain}' is a government body: coded as {country}"
