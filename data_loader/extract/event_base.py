"""What every rule about one event shares: the extractor's state, the question "does this cue occur
in this sentence" asked once per document, where a sentence turns to another event, and how a value is
recorded with the span of text that supports it.

The rules themselves live beside this module, one module per decision (``event_when``, ``event_where``,
``event_attendance``, ``event_organisers``, ``event_what``, ``event_series``); ``events`` composes them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from data_loader.casefold import CuePattern
from data_loader.extract import roles
from data_loader.extract.dates import DateMention
from data_loader.extract.header import Header
from data_loader.extract.mentions import Mention
from data_loader.extract.places import CityMention
from data_loader.extract.publisher import Publisher
from data_loader.extract.records import STATED, EventRecord, Evidence
from data_loader.extract.text import Sentence, TextModel
from data_loader.lookup.gazetteer import CENTRAL_ASIA, country_iso3
from data_loader.reading.document import Document

_FUTURE = CuePattern.compile(
    r"\b(?:will\s+(?:be\s+)?(?:held|take\s+place|convene|host|organi[sz]e|bring|gather|conduct(?:ed)?|hold|open(?:ed)?|"
    r"deliver(?:ed)?|launch(?:ed)?|run|start|begin|kick\s+off)|is\s+(?:scheduled|planned|expected)|"
    # "A counter-terrorism exercise is due to take place in the capital today"
    r"(?:is|are)\s+due\s+to\s+(?:take\s+place|be\s+(?:held|conducted)|open|start|begin)|"
    r"are\s+(?:scheduled|planned|expected)|next\s+(?:one|meeting|workshop|session|conference|round)s?\s+(?:will|is|are)|"
    # "The 39th Plenary is to be hosted by China in November"
    r"(?:is|are)\s+to\s+be\s+(?:held|hosted|organi[sz]ed|convened|conducted)|"
    # "in time for the Sixth CICA Summit, to be held in Astana on 12-13 October", "Summit to be held in Nur-Sultan
    # in 2022": an event still to come
    r"\bto\s+be\s+(?:held|hosted|organi[sz]ed|convened|conducted)\b|"
    r"plans?\s+to\s+(?:hold|organi[sz]e|convene))\b", prefilter=True,
)
#: a report of an event that took place, in the past tense
_REPORTED = re.compile(r"\b(?:held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|conducted|"
                       + roles.TOOK_PLACE + r"|"
                       r"concluded|opened|ended|closed|gathered|brought\s+together|delivered|ran|completed|met|trained)\b",
                       re.I)
#: what joins a report to a plan in one sentence
_JOINED = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.I)
#: words that introduce another event inside a sentence about this one ("on the upcoming conference",
#: "during previous consultations in May 2024"): dates and places after them belong to that other event.
#: (not after a hyphen: "the pre-planned exercise" is this one)
_OTHER_EVENT = CuePattern.compile(
    # (not "The course is planned to run for ten days": how long this one lasts; not "Exercises are planned in two
    # districts on 2 and 3 May": the plan the sentence announces is its own event's)
    # ("Earlier, on 2 August 2024, the POiD concluded ...", opening its own section: that section's event, of its day)
    r"(?<!-)\b(?:upcoming|forthcoming|previous|earlier(?!,\s+on\s+(?:\d|[a-z]+\s+\d))|next|last\s+year|future|"
    r"(?<!\bis\s)(?<!\bare\s)planned(?!\s+to\s+(?:run|last|continue|go\s+on)\b)|"
    # "The course followed up the Online National Seminar ..., held for Turkmenistan in 2020": the earlier one
    r"follow(?:s|ed)?\s+up(?=\s+(?:on\s+)?(?:the|an?|its|their)\b)|follow-up\s+to)\b",
    prefilter=True)  # on the lowered sentence, see casefold.py
#: (its words are in under half the sentences asked: a prefilter pays, now that the words of all cues are looked for
#: in one pass, see textscan._WordsHeld)
#: a body gathering people, which is a meeting though no word names one: "BOMCA gathered its national partners"
GATHERED_PEOPLE = (r"\bgathered\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:partners|participants|representatives|"
                   r"experts|officials|members|counterparts)\b")
#: people of a body met, which is a working meeting: "representatives of the FMD met officers of the Department for
#: ...", "members of the regional information group ... met first-year students of Karaganda Industrial University"
#: ("met first- and second-year students of": up to three words before the people)
#: (not "met with delegations from all five countries in Almaty and Tashkent", a round of meetings told one by one)
MET_PEOPLE = (r"\bmet\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:officers|representatives|officials|counterparts|"
              # "the leadership of Shahrinav district met activists of the rural jamoats of Bogiston and Chust"
              r"staff|members|students|pupils|cadets|teachers|activists|residents|elders|imams|parents)\s+(?:of|from)\b")
_EVENT_NOUN = CuePattern.compile(r"\b" + roles.EVENT_NOUN + r"\b", first_chars=True, prefilter=True)
#: how the reasoning of a programme named before "under this programme" ends: the organiser rules look for that
#: programme's sentence to read its donor (see ``OrganiserRules._pointed_programme_funders``)
POINTED_BACK = "named just before"

_LIST_SEP = re.compile(r"\s*(?:,|;|[–—]|,?\s+and|,?\s+as\s+well\s+as|,?\s+or)?\s*(?:the\s+|from\s+|of\s+)?\s*")
#: the same after an aside in brackets: "Turkmenistan (taking part as a neutral participant), Uzbekistan"
_PAREN_THEN_SEP = re.compile(r"(?:\s*\([^()]{1,80}\))?" + _LIST_SEP.pattern)
_NOT_VENUE_IN = re.compile(r"\b(?:situation|developments|events|conflict|war|crisis|threats?|interests?|"
                           r"presence|operations?|security|stability|peace|trends|risks?)\s+in\s+(?:the\s+)?$", re.I)


def _evidence(rec: EventRecord, fld: str, value, start: int, end: int, confidence: str = STATED,
              reasoning: str = "") -> None:
    """Record a value with the span that supports it. A value not written there (``INFERRED`` or
    ``GUESSED``) says how it was worked out, so a reader can check the step, not only the words."""
    if value is None or value == "":
        return
    rec.evidence.append(Evidence(fld, str(value), int(start), int(end), confidence, reasoning))


def central_asian_organiser(rec: EventRecord) -> str | None:
    """The one Central Asian government among an event's organisers (ISO3), if exactly one organised it: its
    officials took part, and with no place named it is the country the event was held in."""
    isos = {iso for name, role in rec.organizations if role == "organizer" and (iso := country_iso3(name))}
    ca = isos & set(CENTRAL_ASIA)
    return next(iter(ca)) if len(ca) == 1 else None


def organiser_evidence(rec: EventRecord, name: str) -> Evidence | None:
    """The evidence row that names ``name`` as an organiser, if any."""
    return next((e for e in rec.evidence if e.field == "organizer" and e.value == name), None)


#: a delegation's trip, which a study visit is: "a delegation ... travelled to Lower Saxony", "visited Vienna",
#: "spent this week in Berlin and Bonn"
_TRAVELLED = re.compile(r"\b(?:delegation|delegates|participants|officials|group)\b[^.;]{0,120}?"
                        r"\b(?:travell?ed|visited|went|arrived|spent|was\s+hosted|were\s+hosted)\b", re.I)

#: a body of another field than security, named in a sentence about an event: "the C5+1 Economic and
#: Environmental Working Groups had held their sessions in Almaty" (a cue on the lowered sentence, searched only
#: where it holds one of its words: few sentences do, and it was asked of every event sentence of a document)
_OTHER_FIELD = CuePattern.compile(
    # ("the student trade union committee" is a union of a college's students, not a body of trade)
    r"\b(?:economic|economy|environment(?:al)?|trade(?!\s+unions?\b)|energy|water|climate|health|agricultur\w*|transport|"
    r"connectivity|tourism|investment)(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:[\w-]+\s+){0,2}?(?:working\s+groups?|"
    r"sessions?|forums?|committees?|commissions?|councils?|talks|meetings?)\b", prefilter=True)

_SECURITY_WORD = CuePattern.compile(r"\b(?:terror\w*|extremis\w*|radicali[sz]\w*|security|border\w*|crim\w+|"
                                    r"traffick\w*|police|law\s+enforcement|counter\w*)\b")


#: a dialogue named for its parties, one of them the countries of Central Asia: "Dialogue between the European Union
#: and the Central Asian states", "Dialogue of the European Union – Central Asia and Afghanistan"
_CA_PARTY = (r"(?:the\s+)?(?:(?:five\s+)?(?:countries|states|republics)\s+of\s+(?:the\s+)?Central\s+Asia|"
             r"Central\s+Asian\s+(?:states|countries|republics)|Central\s+Asia)(?![\w-])(?:\s+and\s+(?P<also>[A-Z][a-z]+))?")
_PARTIES_BETWEEN = re.compile(r"\b[Dd]ialogue\s+(?:of|between)\s+(?:the\s+)?"
                              r"(?P<party>European\s+Union|EU|[A-Z][a-z]+)\s*(?:and|[–—-])\s*" + _CA_PARTY)
#: ... or written before it: "the EU – Central Asia High-level Political and Security Dialogue"
_PARTIES_DASHED = re.compile(r"\b(?P<party>European\s+Union|EU)\s*[–—-]\s*" + _CA_PARTY
                             + r"\s+(?:[\w-]+\s+){0,5}?(?:Dialogue|Ministerial|Summit)\b")


class ExtractorState:
    """The state every rule reads, set up by ``events.DocumentExtractor``: the document, its text model
    and the names found in it."""

    doc: Document
    #: whose page the document is, by its copyright line (see ``publisher``), or None
    publisher: Publisher | None
    tm: TextModel
    #: the document's text, its copyright line's holder blanked (see ``publisher.blanked``)
    text: str
    #: the text with quoted speech blanked: the rules read this
    masked: str
    head: Header
    #: where a digest's or listing's first part starts (see ``DocumentExtractor.extract``), or None
    parts_start: int | None
    #: the date yearless days are read against (see ``Header.anchor``)
    anchor: date | None
    registry: list[Mention]
    countries: list[Mention]
    governments: list[Mention]
    cities: list[CityMention]
    unknown: list[Mention]
    #: the sentences read for the event being extracted (a digest has one body per event)
    body: list[Sentence]
    event_sents: list[Sentence]
    announced: bool
    #: the heading of the digest section being read, whose days stand in when its story names none
    section_heading: tuple[int, int] | None
    #: a later part of the story with no heading of its own: the headline is not its title
    untitled_part: bool
    #: the lead that sums up the stops of a series, each under its own heading (see ``_section_segments``)
    series_lead: list[Sentence]
    #: the event sentences report nothing in the past tense ("is holding", "opens on ..."): maybe a plan
    present_only: bool
    #: the page holds a speech given at the event its headline names: its date is the day of the event
    speech_page: bool
    #: the page is one event's card of fields ("When:", "Where:"): its headline is the event's name
    fact_box_page: bool
    _low: str | None
    #: (start, end) of a sentence -> its lowered text (see ``_low_slice``)
    _low_of: dict[tuple[int, int], str]
    _cue_hits: dict[tuple[int, int, int], bool]
    _other_at: dict[tuple, int | None]
    _dates_of: dict[tuple[int, int], tuple[DateMention, ...]]
    #: start of a sentence -> the years of the days it writes with a year (see ``_written_day_years``)
    _day_years: dict[int, tuple[int, ...]]
    #: id of a mention list sorted by start -> the starts of its items (see ``_index_mentions``)
    _starts: dict[int, list[int]]

    def _future(self, s: Sentence) -> bool:
        """Whether the sentence speaks of a planned event: nearly every rule skips it. Not when it first
        reports one that took place and then adds a plan ("The OSCE held a workshop in Osh on 3 May and will
        hold another one in June"): there the plan is another event (see ``_other_event_at``)."""
        return self._cue(_FUTURE, s) and self._report_then_plan(s) is None

    def _report_then_plan(self, s: Sentence) -> int | None:
        """Where the plan starts in a sentence that reports an event and then adds a plan, joined by "and",
        "but", "while" or a semicolon; None for any other sentence."""
        key = (id(_REPORTED), s.start, s.end)
        if key not in self._other_at:
            text = self.masked[s.start : s.end]
            plan = _FUTURE.search(text, self._low_slice(s))
            past = _REPORTED.search(text, 0, plan.start()) if plan else None
            joined = past is not None and _JOINED.search(text, past.end(), plan.start()) is not None
            self._other_at[key] = plan.start() if joined else None
        return self._other_at[key]

    def _trip_sentences(self, through_lead: bool) -> Iterator[Sentence]:
        """The lead's sentences (the first four of the story, up to the first about the event, or through it)
        telling of a delegation's trip: where and when it went, told before any word for the event."""
        lead = self.event_sents[0].start if self.event_sents else None
        for s in self.body[:4]:
            if lead is not None and (s.start > lead or (s.start == lead and not through_lead)):
                return
            if _TRAVELLED.search(self.masked, s.start, s.end) is not None:
                yield s

    def _other_field(self, s: Sentence) -> bool:
        """Whether a sentence tells of a body of another field than security ("the Environment Working Group,
        which also convened in Almaty") and has no word of security: what it tells is not this kind of event."""
        return self._cue(_OTHER_FIELD, s) and not self._cue(_SECURITY_WORD, s)

    def _low_slice(self, s: Sentence) -> str | None:
        """The sentence of the lowered text; the same string each time it is asked for: the shared pass of cue words
        keys its answers by the text, and a string hashes once (a new slice at each of the hundreds of thousands
        of questions was hashed again each time)."""
        if self._low is None:
            return None
        key = (s.start, s.end)
        low = self._low_of.get(key)
        if low is None:
            low = self._low_of[key] = self._low[s.start : s.end]
        return low

    def _cue(self, rx: CuePattern, s: Sentence) -> bool:
        """Whether the cue occurs in the sentence (quotes masked). Several rules ask the same
        question of the same sentence (is it about the future? does it name people?), so each
        (cue, sentence) pair is searched once per document."""
        key = (id(rx), s.start, s.end)
        hit = self._cue_hits.get(key)
        if hit is None:
            hit = self._cue_hits[key] = rx.search(self.masked[s.start : s.end], self._low_slice(s)) is not None
        return hit

    def _index_mentions(self, *lists: list) -> None:
        """Remember where each of the document's mention lists starts its items, so that ``_in`` finds a
        sentence's items by bisection instead of a walk of the whole list (it is asked for every sentence
        and every rule). Only a list sorted by start is indexed; any other is walked as before."""
        self._starts = {}
        for items in lists:
            starts = [x.start for x in items]
            if all(a <= b for a, b in zip(starts, starts[1:], strict=False)):
                self._starts[id(items)] = starts

    def _dialogue_name(self) -> re.Match[str] | None:
        """A dialogue named for its parties, one of them the countries of Central Asia, in the headline or lead: "the
        High-level Political and Security Dialogue between the European Union and the Central Asian states", "the EU
        – Central Asia High-level Dialogue", "... of the European Union – Central Asia and Afghanistan" (asked of each
        event read: an earlier one told in the story has its own lead and no headline)."""
        spans = [self.head.title_span] if self.head.title_span else []
        spans += [(s.start, s.end) for s in self.event_sents[:1]]
        for a, b in spans:
            m = _PARTIES_BETWEEN.search(self.masked, a, b) or _PARTIES_DASHED.search(self.masked, a, b)
            if m is not None:
                return m
        return None

    def _in(self, s: Sentence, items):
        """The items of a list that start within the sentence, in the list's order."""
        return self._starting_in(items, s.start, s.end)

    def _starting_in(self, items, start: int, end: int):
        """The items of a list that start within ``start``-``end``, in the list's order: by bisection for a list
        indexed by ``_index_mentions``, by a walk of any other."""
        starts = self._starts.get(id(items))
        if starts is None:
            return [x for x in items if start <= x.start < end]
        return items[bisect_left(starts, start) : bisect_left(starts, end)]

    def _other_event_at(self, s: Sentence) -> int | None:
        """Where the sentence starts to speak of another event ("the upcoming conference", "... and will hold
        another one in June"), if it does."""
        key = (s.start, s.end)
        if key not in self._other_at:
            m = _OTHER_EVENT.search(self.masked[s.start : s.end], self._low_slice(s))
            at = None if m is None else m.start()
            if self._cue(_FUTURE, s):
                plan = self._report_then_plan(s)
                at = plan if at is None or (plan is not None and plan < at) else at
            self._other_at[key] = at
        return self._other_at[key]

    def _after_other_event_filter(self, s: Sentence, items):
        other = self._other_event_at(s)
        return [x for x in items if other is None or x.start - s.start < other]
