"""One document -> its events: the rules of the codebook applied to the sentences that report
an event (not the background, not quoted speech, not events announced for later)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from data_loader.casefold import CuePattern, lowered
from data_loader.extract import classify, header, mentions, participants, places, programmes, roles
from data_loader.extract.dates import DateMention, find_dates, find_durations
from data_loader.extract.records import EventRecord, Evidence
from data_loader.extract.text import Sentence, TextModel
from data_loader.lookup.gazetteer import CENTRAL_ASIA, country_name, lookup_city
from data_loader.lookup.registries import programmes as programme_registry
from data_loader.reading.document import Document
from data_loader.textscan import Prefiltered

_FUTURE = CuePattern.compile(
    r"\b(?:will\s+(?:be\s+)?(?:held|take\s+place|convene|host|organi[sz]e|bring|gather)|is\s+(?:scheduled|planned|expected)|"
    r"are\s+(?:scheduled|planned)|next\s+(?:one|meeting|workshop|session|conference|round)s?\s+(?:will|is|are)|"
    r"plans?\s+to\s+(?:hold|organi[sz]e|convene))\b", prefilter=True,
)
#: words that introduce another event inside a sentence about this one ("on the upcoming conference",
#: "during previous consultations in May 2024"): dates and places after them belong to that other event.
_OTHER_EVENT = re.compile(r"\b(?:upcoming|forthcoming|previous|earlier|next|last\s+year|future|planned)\b", re.I)
_HAPPENED = CuePattern.compile(
    r"\b(?:held|hosted|co-hosted|co-host|organi[sz]ed|co-organi[sz]ed|convened|conducted|took\s+place|concluded|"
    r"opened|started|began|kicked\s+off|wrapped\s+up|closed|ended|launched|brought\s+together|gathered|"
    r"attended|took\s+part|participated|joined|delivered|ran|completed|met|presented|provided|was\s+devoted)\b",
)
_END_VERB = re.compile(r"\b(?:concluded|ended|closed|wrapped\s+up|completed|came\s+to\s+an\s+end|finished)\b", re.I)
_START_VERB = re.compile(r"\b(?:opened|started|began|kicked\s+off|launched|commenced)\b", re.I)
_VIRTUAL = re.compile(
    r"\b(?:virtual|online|web-?based|remote)\s+(?:[a-z-]+\s+){0,2}?" + roles.EVENT_NOUN + r"\b|"
    r"\b(?:held|conducted|organi[sz]ed|took\s+place|hosted|convened|delivered|met|joined|participated|attended|"
    r"took\s+part)\s+(?:[\w-]+\s+){0,4}?(?:online|virtually|remotely|by\s+video(?:conference|\s+link)?|"
    r"via\s+video(?:conference|\s+link)?)\b|"
    r"\bvideo[\s-]?conferenc\w*|\bwebinars?\b|\bvia\s+(?:zoom|webex|microsoft\s+teams|teams)\b|"
    r"\bin\s+(?:a|an)\s+(?:virtual|online)\s+format\b",
    re.IGNORECASE,
)
_HYBRID = re.compile(
    r"\bhybrid\b|\b(?:in[\s-]person\s+and\s+(?:online|virtually|remotely)|(?:online|virtually|remotely)\s+and\s+"
    r"in[\s-]person|both\s+in\s+person\s+and)\b", re.IGNORECASE)
_CA_GROUP = Prefiltered(re.compile(  # searched only in sentences that say "Central" or "countries"
    r"\b(?:(?:all|each|the)\s+(?:of\s+the\s+)?)?(?:five\s+)?Central\s+Asian\s+(?:States|states|countries|"
    r"republics|nations|partner\s+countries|Member\s+States|governments)\b|\b(?:all\s+)?(?:the\s+)?(?:five\s+)?"
    r"(?:countries|states|republics)\s+of\s+(?:the\s+)?Central\s+Asia(?:n\s+region)?\b|"
    r"\ball\s+(?:the\s+)?five\s+countries\s+of\s+the\s+region\b"
))
_PEOPLE_CUE = CuePattern.compile(
    r"\b(?:participants?|officials|representatives|delegates|delegations|experts|practitioners|specialists|"
    r"officers|took\s+part|participated|attended|brought\s+together|gathered|joined)\b")
#: the people whose countries are listed after them: every head-count noun, plus group words
#: (institutions count too: "financial intelligence units from A and B"; they are not head-counts, so
#: they are not in ``participants.PEOPLE``, where "12 agencies" would be read as 12 participants)
_ANCHOR = CuePattern.compile(
    r"\b(?:" + participants.PEOPLE + r"|delegations|delegation|Permanent\s+Representatives?|brought\s+together|"
    r"gathered|participation|" + participants.INSTITUTIONS + r")\b")
_LIST_START = re.compile(r"(?:\b(?:from|of|representing|including|together)\s+(?:the\s+)?(?:\d+\s+)?|[:–—]\s*|"
                         r"\btogether\s+|\bgathered\s+)$", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,|;|[–—]|,?\s+and|,?\s+as\s+well\s+as|,?\s+or)?\s*(?:the\s+|from\s+|of\s+)?\s*")
#: a verb between the people and a country means the country is what they did something about
_VERB_IN_GAP = re.compile(
    r"\b(?:discussed|examined|addressed|shared|reviewed|considered|focused|learned|learnt|explored|analy[sz]ed|"
    r"presented|exchanged|agreed|adopted|noted|highlighted|stressed|emphasi[sz]ed|visited|received|posed|met|"
    r"travel(?:l)?ed|returned|came\s+back|fled|went|were|was|are|is|have|has|had|who|which|that|will|would|can|could)\b",
    re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:ministries|agencies|officials|participants|experts|practitioners|authorities|"
    r"delegation|representatives|institutions|judges|prosecutors|officers|specialists|law|government|"
    r"security|border|police|counterparts|colleagues|partners|ministry|committee|agency|service|embassy|customs|"
    r"army|armed|national|state|financial|parliament|prosecutor|investigators)", re.IGNORECASE)
_NOT_VENUE_IN = re.compile(r"\b(?:situation|developments|events|conflict|war|crisis|threats?|interests?|"
                           r"presence|operations?|security|stability|peace|trends|risks?)\s+in\s+(?:the\s+)?$", re.I)
#: "many conferences", "numerous trainings": activities in general, not one event
_GENERIC_BEFORE = re.compile(r"\b(?:many|several|numerous|various|other|such|countless|dozens\s+of|hundreds\s+of|"
                             r"a\s+number\s+of|series\s+of\s+future)\s+(?:[a-z-]+\s+)?$", re.I)
#: "has held 25 trainings", "over 100 workshops": a tally of activities, not one event
_COUNT_BEFORE = re.compile(r"\b(?:\d+|over\s+\d+|more\s+than\s+\d+|dozens\s+of|hundreds\s+of|twenty|thirty|forty|"
                           r"fifty|a\s+hundred)\s+(?:[a-z-]+\s+){0,2}$", re.I)
_BARE_YEAR = re.compile(r"\b(?:in|during|throughout|of)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
_HELD = re.compile(r"\b(?:held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|conducted|took\s+place|"
                   r"delivered|ran)\b", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ON = re.compile(r"\b(?:on|last|(?P<next>next|this\s+coming))\s+"
                         r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December))", re.I)
_PLANNED = re.compile(r"\b(?:will|to)\s+(?:hold|host|organi[sz]e|convene|open|conduct|launch|deliver)\b", re.I)
#: "the next one will be held in Sarajevo": another event of a series, not the one reported
_OTHER_NEXT = re.compile(r"\bnext\s+(?:one|meeting|workshop|session|conference|round|training)s?\b", re.I)
_RESOURCE_PEOPLE = re.compile(
    r"\b(?:delivered|presented|led|facilitated|conducted|given|taught|moderated|provided|run)\s+by\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+$|\b(?:trainers|instructors|facilitators|speakers|moderators|lecturers)$", re.I)
_SESSIONS = re.compile(r"\b(?:sessions?|agenda|topics?|focused\s+on|focus(?:ed)?|discussed|examined|addressed|"
                       r"curriculum|modules?|covered)\b", re.I)
_HOST_COUNTRY = re.compile(r"\b(?:host\s+country|host\s+government|the\s+host\b)", re.I)
#: a country named as a place or in a list of places ("in the Kyrgyz Republic", "Almaty, Kazakhstan"),
#: not as a government that organised or paid
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|to|across|situation)\s+(?:the\s+)?$")
_LISTED_AFTER_NAME = re.compile(r"[A-Z][a-z]+,\s*$")
_EVENT_NOUN = CuePattern.compile(r"\b" + roles.EVENT_NOUN + r"\b")


def _shifted(m: mentions.Mention, by: int, kind: str | None = None) -> mentions.Mention:
    """The mention with offsets relative to its sentence (``dataclasses.replace`` is several times slower)."""
    return mentions.Mention(m.start - by, m.end - by, kind or m.kind, m.value, m.surface)


#: what the people of a head count that opens a sentence did at the event ("Forty young leaders from A and B
#: discussed ..."): then they are its participants, though no word like "took part" says so
_ATTENDEES_DID = re.compile(
    r"\b(?:discussed|exchanged|shared|learned|learnt|explored|examined|practi[sc]ed|debated|studied|received|"
    r"completed|developed|presented|analy[sz]ed|reviewed|worked|engaged|visited|simulated)\b")


def _opens_with_attendees(sentence: str) -> bool:
    """Whether the sentence opens with a head count of people who did something at the event."""
    if not sentence[:1].isalnum() or _ATTENDEES_DID.search(sentence) is None:  # the cheap tests first
        return False
    counts = participants.find_participants(sentence[:120])
    return bool(counts) and counts[0][2] == 0


def _evidence(rec: EventRecord, fld: str, value, start: int, end: int) -> None:
    if value is None or value == "":
        return
    rec.evidence.append(Evidence(fld, str(value), int(start), int(end)))


class DocumentExtractor:
    """Holds one document's text model and mentions; produces its events."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tm = TextModel(doc.text)
        self.text = doc.text
        self.masked = self.tm.masked
        self._cue_hits: dict[tuple[int, int, int], bool] = {}
        self._other_at: dict[tuple[int, int], int | None] = {}
        self._dates_of: dict[tuple[int, int], tuple[DateMention, ...]] = {}
        self._low = lowered(self.masked)  # for the cue patterns (see casefold.py)
        self.head = header.read_header(self.tm)
        self.anchor = self.head.anchor
        self.registry = mentions.find_registry(self.masked)
        reg_spans = [(m.start, m.end) for m in self.registry]
        dl = [self.head.dateline_span] if self.head.dateline_span else []
        self.countries = mentions.find_countries(self.masked, skip=reg_spans + dl)
        self.governments = mentions.find_governments(self.masked, self.countries)
        skip = reg_spans + ([self.head.dateline_span] if self.head.dateline_span else [])
        self.cities = places.find_cities(self.masked, skip=skip)
        known = self.registry + self.governments
        self.unknown = mentions.find_unknown_orgs(self.masked, known)
        title_par = self.head.body_start_paragraph - 1 if self.head.title_span else -1
        self.body = [s for s in self.tm.sentences if not s.background and s.paragraph > title_par]
        self.event_sents = [s for s in self.body if self._is_event_sentence(s)]
        self.announced = False
        if not self.event_sents:
            # an announcement ("will hold a briefing next Monday"): nothing past is reported, so the
            # planned event is the one the document is about -- if it is days away (checked in _events)
            self.event_sents = [s for s in self.body if self._is_event_sentence(s, future=True)]
            self.announced = bool(self.event_sents)

    # ---- sentence selection -------------------------------------------------------------
    def _is_event_sentence(self, s: Sentence, future: bool = False) -> bool:
        m = self.masked[s.start : s.end]
        if future:
            if _OTHER_NEXT.search(m) or not (self._future(s) or _PLANNED.search(m)):
                return False
            return any(self._specific(m, x) for x in _EVENT_NOUN.finditer(m, self._low_slice(s)))
        if self._future(s):
            return False
        has_noun = any(self._specific(m, x) for x in _EVENT_NOUN.finditer(m, self._low_slice(s)))
        return has_noun and bool(self._cue(_HAPPENED, s) or find_dates(m, anchor=self.anchor, future_ok=True))

    @staticmethod
    def _specific(sentence: str, noun: re.Match[str]) -> bool:
        """Not 'many conferences' nor 'has held 25 trainings': a mention of one event."""
        before = sentence[max(0, noun.start() - 40) : noun.start()]
        if _GENERIC_BEFORE.search(before[-30:]):
            return False
        return not (noun.group(0).lower().endswith("s") and _COUNT_BEFORE.search(before))

    def _future(self, s: Sentence) -> bool:
        """Whether the sentence speaks of a planned event: nearly every rule skips it."""
        return self._cue(_FUTURE, s)

    def _low_slice(self, s: Sentence) -> str | None:
        return None if self._low is None else self._low[s.start : s.end]

    def _cue(self, rx: CuePattern, s: Sentence) -> bool:
        """Whether the cue occurs in the sentence (quotes masked). Several rules ask the same
        question of the same sentence (is it about the future? does it name people?), so each
        (cue, sentence) pair is searched once per document."""
        key = (id(rx), s.start, s.end)
        hit = self._cue_hits.get(key)
        if hit is None:
            hit = self._cue_hits[key] = rx.search(self.masked[s.start : s.end], self._low_slice(s)) is not None
        return hit

    def _in(self, s: Sentence, items):
        return [x for x in items if s.start <= x.start < s.end]

    # ---- fields ---------------------------------------------------------------------------
    def extract(self) -> tuple[str, str | None, list[EventRecord]]:
        published = self.head.published.isoformat() if self.head.published else None
        if not self.event_sents:
            return self.head.title, published, []
        segments = self._distinct_segments()
        if not segments:
            events = self._events(0)
            return self.head.title or (events[0].title if events else ""), published, events
        events: list[EventRecord] = []
        for body in segments:
            # each part of a digest is read on its own: its sentences, its organisers, its place
            self.body = body
            self.event_sents = [s for s in body if self._is_event_sentence(s)]
            self.__dict__.pop("_participation", None)
            if self.event_sents:
                events += self._events(len(events))
        return self.head.title or (events[0].title if events else ""), published, events

    def _distinct_segments(self) -> list[list[Sentence]] | None:
        """A digest that reports different events in different paragraphs, each with its own holding
        verb, event, day and venue, in different cities on different days: one body per event."""
        anchors: dict[int, Sentence] = {}
        keys = set()
        for s in self.event_sents:
            m_text = self.masked[s.start : s.end]
            if s.paragraph in anchors or not _HELD.search(m_text):
                continue
            days = [d for d in self._sentence_dates(s) if d.precision == "day"]
            venues = [c for c in self._after_other_event_filter(s, self._in(s, self.cities))
                      if places.venue_score(self.masked, c) >= 3]
            if not days or not venues or len({c.city.name for c in venues}) > 1:
                continue
            key = (venues[0].city.name, days[0].first)
            if any(k[0] == key[0] or k[1] == key[1] for k in keys):
                return None  # same city or same day as another: one event told in several paragraphs
            keys.add(key)
            anchors[s.paragraph] = s
        if len(anchors) < 2:
            return None
        starts = sorted(anchors)
        intro = [s for s in self.body if s.paragraph < starts[0]]
        bodies = []
        for i, p in enumerate(starts):
            stop = starts[i + 1] if i + 1 < len(starts) else 1 << 30
            bodies.append(intro + [s for s in self.body if p <= s.paragraph < stop])
        return bodies

    def _events(self, ordinal: int) -> list[EventRecord]:
        """The event (or the series of events) told by the current body of sentences."""
        pub = self.head.published
        published = pub.isoformat() if pub else None
        rec = EventRecord(self.doc.source_file, self.doc.sha256, ordinal)
        rec.published_date = published
        if self.head.published_span:
            _evidence(rec, "published_date", published, *self.head.published_span)
        self._format(rec)
        self._type(rec)
        self._dates(rec, pub)
        self._place(rec)
        self._participants(rec)
        self._organizations(rec)
        self._programmes(rec)
        self._themes(rec)
        self._countries(rec)
        self._title_summary(rec)
        if rec.year is None and rec.location_precision == "region" and not rec.organizations:
            # nothing says when, where or by whom: a mention of activities, not a report of an event
            return []
        if self.announced and not _imminent(rec, pub):
            return []  # a plan for months ahead is not yet an event that took place
        events = self._split_series(rec)
        lead = self.event_sents[0]
        for i, ev in enumerate(events):
            ev.ordinal = ordinal + i
            _complete_evidence(ev, (lead.start, lead.end))
        return events

    def _format(self, rec: EventRecord) -> None:
        for s in self.event_sents[:4]:
            m_text = self.masked[s.start : s.end]
            if h := _HYBRID.search(m_text):
                rec.format = "hybrid"
                _evidence(rec, "format", "hybrid", s.start + h.start(), s.start + h.end())
                return
        for s in self.event_sents[:4]:
            m_text = self.masked[s.start : s.end]
            if v := _VIRTUAL.search(m_text):
                rec.format = "virtual"
                _evidence(rec, "format", "virtual", s.start + v.start(), s.start + v.end())
                return
        rec.format = "in-person"

    def _type(self, rec: EventRecord) -> None:
        for s in self.event_sents[:3]:
            found = classify.event_type_mentions(self.masked[s.start : s.end])
            found = [f for f in found if f[0] != "other"]
            if found:
                etype, a, b = found[0]
                rec.event_type = etype
                _evidence(rec, "event_type", etype, s.start + a, s.start + b)
                return
        if self.head.title_span:
            found = classify.event_type_mentions(self.head.title)
            if found:
                rec.event_type = found[0][0]
                s0 = self.head.title_span[0]
                _evidence(rec, "event_type", found[0][0], s0 + found[0][1], s0 + found[0][2])
                return
        rec.event_type = "other"

    def _sentence_dates(self, s: Sentence) -> tuple[DateMention, ...]:
        """The dates of this event in a sentence (not the publication date, the dateline, nor those of
        another event named in it), at document offsets, yearless days read against ``self.anchor``.
        Several rules ask: worked out once."""
        key = (s.start, s.end)
        found = self._dates_of.get(key)
        if found is None:
            found = self._dates_of[key] = self._dates_in(s, self.anchor)
        return found

    def _dates_in(self, s: Sentence, pub: date | None) -> tuple[DateMention, ...]:
        skip = self.head.published_span
        out = []
        sent = self.masked[s.start : s.end]
        other = self._other_event_at(s)
        for d in find_dates(sent, anchor=pub):
            if other is not None and d.start > other:
                continue
            start = s.start + d.start
            if skip and skip[0] <= start < skip[1]:
                continue
            if self.head.dateline_span and self.head.dateline_span[0] <= start < self.head.dateline_span[1]:
                continue
            out.append(d.shifted(s.start))
        return tuple(out)

    def _other_event_at(self, s: Sentence) -> int | None:
        """Where the sentence starts to speak of another event ("the upcoming conference"), if it does."""
        key = (s.start, s.end)
        if key not in self._other_at:
            m = _OTHER_EVENT.search(self.masked[s.start : s.end])
            self._other_at[key] = None if m is None else m.start()
        return self._other_at[key]

    def _duration(self) -> tuple[int, int, int] | None:
        for s in self.event_sents[:4]:
            for days, a, b in find_durations(self.masked[s.start : s.end]):
                return days, s.start + a, s.start + b
        if self.head.title_span:
            for days, a, b in find_durations(self.head.title):
                return days, self.head.title_span[0] + a, self.head.title_span[0] + b
        return None

    def _dates(self, rec: EventRecord, pub: date | None) -> None:
        duration = self._duration()
        day_hit = month_hit = None
        venue = self.head.venue
        for s in self.event_sents:
            for d in self._sentence_dates(s):
                if d.precision == "day" and day_hit is None:
                    day_hit = (d, s)
                elif d.precision == "month" and month_hit is None:
                    month_hit = (d, s)
            if day_hit:
                break
        relative = self._relative(pub) if day_hit is None else None
        if day_hit:
            d, s = day_hit
            first, last = d.first, d.last
            sent = self.masked[s.start : s.end]
            if first == last and duration and duration[0] > 1:
                n = duration[0]
                if _END_VERB.search(sent):
                    first = last - timedelta(days=n - 1)
                else:
                    last = first + timedelta(days=n - 1)
            self._set_days(rec, first, last, d.start, d.end)
        elif relative:
            when, a, b, sent = relative
            first = last = when
            if duration and duration[0] > 1:
                if _START_VERB.search(sent) and not _END_VERB.search(sent):
                    last = when + timedelta(days=duration[0] - 1)
                else:
                    first = when - timedelta(days=duration[0] - 1)
            self._set_days(rec, first, last, a, b)
        elif venue is not None and venue.date.first != venue.date.last:
            # "Tashkent, 3-4 October 2023" under the headline, and no day in the story
            self._set_days(rec, venue.date.first, venue.date.last, venue.date.start, venue.date.end)
        elif month_hit:
            d, _ = month_hit
            rec.date_precision, rec.year, rec.month = "month", d.year, d.month
            _evidence(rec, "year", d.year, d.start, d.end)
            _evidence(rec, "month", d.month, d.start, d.end)
        elif (year_hit := self._bare_year()) and (pub is None or year_hit[0] != pub.year):
            # "in 2019, UNOCT held ..." in a release of 2020: the year is known, the month is not
            rec.date_precision, rec.year = "year", year_hit[0]
            _evidence(rec, "year", year_hit[0], year_hit[1], year_hit[2])
        elif pub:
            rec.date_precision, rec.year, rec.month = "month", pub.year, pub.month
            if self.head.published_span:
                _evidence(rec, "year", pub.year, *self.head.published_span)
                _evidence(rec, "month", pub.month, *self.head.published_span)
        elif venue is not None:
            # one day under the headline may be the day the story was filed: read like a publication date
            d = venue.date
            rec.date_precision, rec.year, rec.month = "month", d.year, d.month
            _evidence(rec, "year", d.year, d.start, d.end)
            _evidence(rec, "month", d.month, d.start, d.end)
        else:
            years = [d for s in self.event_sents for d in find_dates(self.masked[s.start : s.end])]
            if years:
                rec.date_precision, rec.year = "year", years[0].year
        if rec.duration_days is None and duration:
            rec.duration_days = duration[0]
            _evidence(rec, "duration_days", duration[0], duration[1], duration[2])

    def _bare_year(self) -> tuple[int, int, int] | None:
        for s in self.event_sents[:2]:
            sent = self.masked[s.start : s.end]
            other = self._other_event_at(s)
            for m in _BARE_YEAR.finditer(sent):
                if other is not None and m.start() > other:
                    continue
                return int(m.group(1)), s.start + m.start(1), s.start + m.end(1)
        return None

    def _set_days(self, rec: EventRecord, first: date, last: date, a: int, b: int) -> None:
        rec.start_date, rec.end_date = first.isoformat(), last.isoformat()
        rec.date_precision, rec.year, rec.month = "day", first.year, first.month
        rec.duration_days = (last - first).days + 1
        for fld, val in (("start_date", rec.start_date), ("end_date", rec.end_date), ("year", rec.year),
                         ("month", rec.month)):
            _evidence(rec, fld, val, a, b)

    def _relative(self, pub: date | None):
        if pub is None:
            return None
        offsets = {"today": 0, "this week": 0, "yesterday": -1, "tomorrow": 1}
        for s in self.event_sents[:3]:
            sent = self.masked[s.start : s.end]
            m = re.search(r"\b(today|yesterday|tomorrow|this\s+week)\b", sent, re.IGNORECASE)
            if m:
                key = " ".join(m.group(1).lower().split())
                return pub + timedelta(days=offsets[key]), s.start + m.start(), s.start + m.end(), sent
            w = _WEEKDAY_ON.search(sent)
            if w:
                # "On Tuesday, UNOCT held ...": the last such weekday on or before the publication date
                # ("next Tuesday" or a future verb: the first one after it)
                wd = _WEEKDAYS.index(w.group("day").lower())
                if w.group("next") or re.search(r"\bwill\b", sent):
                    when = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
                else:
                    when = pub - timedelta(days=(pub.weekday() - wd) % 7)
                return when, s.start + w.start(), s.start + w.end(), sent
        return None

    def _place(self, rec: EventRecord) -> None:
        chosen = None
        for s in self.event_sents:
            cands = [c for c in self._after_other_event_filter(s, self._in(s, self.cities))
                     if places.venue_score(self.masked, c) >= 3]
            if cands:
                chosen = cands[0]
                break
        venue = self.head.venue
        # a venue line under the headline says where; the weaker guesses below are not needed then
        from_venue = chosen is None and venue is not None and venue.city_span is not None
        if chosen is None and not from_venue and self.head.title_span:
            ts, te = self.head.title_span
            cands = [c for c in self.cities if ts <= c.start < te]
            if cands:
                chosen = cands[0]
        if chosen is None and not from_venue:
            for s in self.event_sents:
                cands = [c for c in self._in(s, self.cities) if places.venue_score(self.masked, c) >= 1]
                if cands:
                    chosen = cands[0]
                    break
        if rec.format == "virtual":
            rec.location_precision = "virtual"
            return
        if chosen is not None:
            self._set_city(rec, chosen.city.name, chosen.start, chosen.end)
            return
        if from_venue:
            self._set_city(rec, venue.city, *venue.city_span)
            return
        if self.head.dateline_city and not self.head.dateline_agency:
            self._set_city(rec, self.head.dateline_city, *self.head.dateline_span)
            return
        country = self._venue_country()
        if country:
            iso, a, b = country
            rec.country_iso3, rec.country, rec.location_precision = iso, country_name(iso), "country"
            _evidence(rec, "country_iso3", iso, a, b)
            return
        rec.location_precision = "region"

    def _after_other_event_filter(self, s: Sentence, items):
        other = self._other_event_at(s)
        return [x for x in items if other is None or x.start - s.start < other]

    def _set_city(self, rec: EventRecord, name: str, a: int, b: int) -> None:
        city = lookup_city(name)
        if city is None:
            return
        rec.city, rec.country_iso3, rec.country = city.name, city.iso3, country_name(city.iso3)
        rec.lat, rec.lon = round(city.lat, 4), round(city.lon, 4)
        rec.location_precision = "city"
        _evidence(rec, "city", city.name, a, b)
        _evidence(rec, "country_iso3", city.iso3, a, b)

    def _venue_country(self):
        rx = re.compile(r"\b(?:held|took\s+place|organi[sz]ed|hosted|conducted|convened|opened|concluded)\s+in\s+"
                        r"(?:the\s+)?$", re.I)
        spans = []
        for s in self.event_sents:
            spans.append((s.start, s.end))
        if self.head.title_span:
            spans.append(self.head.title_span)
        for a, b in spans:
            for c in self.countries:
                if a <= c.start < b and c.kind == "country":
                    before = self.masked[max(0, c.start - 40) : c.start]
                    title_in = (a, b) == self.head.title_span and re.search(r"\bin\s+$", before)
                    if rx.search(before) or title_in:
                        return c.value, c.start, c.end
        for s in self.event_sents[:3]:
            for c in self._in(s, self.countries):
                before = self.masked[max(s.start, c.start - 40) : c.start]
                after = self.masked[c.end : c.end + 3]
                if (c.kind == "country" and re.search(r"\bin\s+(?:the\s+)?$", before)
                        and not _NOT_VENUE_IN.search(before) and re.match(r"\s*(?:[.,;]|$|on\b|from\b)", after)):
                    return c.value, c.start, c.end
        return None

    def _participants(self, rec: EventRecord) -> None:
        chosen = {s.start for s in self.event_sents}
        cands = self.event_sents + [s for s in self.body if s.start not in chosen and (
            _PEOPLE_CUE.search(s.text) or _opens_with_attendees(s.text))]
        cands.sort(key=lambda s: s.start)
        for s in cands:
            m_text = self.masked[s.start : s.end]
            if self._future(s):
                continue
            for n, qual, a, b in participants.find_participants(m_text):
                rec.participants, rec.participants_qualifier = n, qual
                _evidence(rec, "participants", n, s.start + a, s.start + b)
                self._participants_total = participants.is_total(m_text, a)
                return

    @cached_property
    def _participation(self) -> list[Sentence]:
        return self._participation_sentences()

    def _participation_sentences(self) -> list[Sentence]:
        out = []
        for s in self.body:
            m_text = self.masked[s.start : s.end]
            if self._future(s) or not (self._cue(_PEOPLE_CUE, s) or self._cue(_ANCHOR, s)):
                continue
            if re.search(r"\b(?:said|stated|noted|added|told|stressed|emphasi[sz]ed|underlined)\b", m_text):
                continue
            out.append(s)
        return out

    def _country_items(self, s: Sentence) -> list[tuple[int, int, list[str]]]:
        """Country names, 'all five Central Asian states' and demonyms of institutions, in order."""
        m_text = self.masked[s.start : s.end]
        items = []
        for g in _CA_GROUP.finditer(m_text):
            items.append((s.start + g.start(), s.start + g.end(), list(CENTRAL_ASIA)))
        for c in self._in(s, self.countries):
            if any(a <= c.start < b for a, b, _ in items):
                continue
            if c.kind == "demonym" and not _INSTITUTION_AFTER.match(self.masked[c.end : c.end + 50]):
                continue
            items.append((c.start, c.end, [c.value]))
        return sorted(items)

    def _participant_lists(self, s: Sentence) -> list[tuple[int, int, list[str]]]:
        """The list of countries attached to the people who took part: 'officials from A, B and C',
        'representatives of all five Central Asian states', 'delegates of D and E'."""
        m_text = self.masked[s.start : s.end]
        items = self._country_items(s)
        found = []
        for anchor in _ANCHOR.finditer(m_text):
            if _RESOURCE_PEOPLE.search(m_text[max(0, anchor.start() - 30) : anchor.end()]):
                continue  # "delivered by experts from X", "trainers from X": they taught, they did not attend
            a_start, a_end = s.start + anchor.start(), s.start + anchor.end()
            # "30 Tajik prosecutors", "Kazakh practitioners": a demonym right before the people
            for item in items:
                if item[1] <= a_start and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}", self.masked[item[1] : a_start]):
                    found.append(item)
            chain: list[tuple[int, int, list[str]]] = []
            for item in items:
                if item[0] < a_end or item[0] > a_end + 170:
                    continue
                if not chain:
                    gap = self.masked[a_end : item[0]]
                    if re.search(r"[.;]|\b(?:on|about|regarding|to|in|with|against|and\s+the\s+situation)\s+"
                                 r"(?:the\s+)?$", gap) or not _LIST_START.search(gap) or _VERB_IN_GAP.search(gap):
                        continue
                    chain.append(item)
                    continue
                gap = self.masked[chain[-1][1] : item[0]]
                if _LIST_SEP.fullmatch(gap):
                    chain.append(item)
                else:
                    break
            found.extend(chain)
        return found

    def _countries(self, rec: EventRecord) -> None:
        found: list[tuple[str, int, int]] = []
        for s in self._participation:
            for a, b, isos in self._participant_lists(s):
                found.extend((iso, a, b) for iso in isos)
            m_text = self.masked[s.start : s.end]
            h = _HOST_COUNTRY.search(m_text)
            if h and rec.country_iso3:
                found.append((rec.country_iso3, s.start + h.start(), s.start + h.end()))
        seen = set()
        for iso, a, b in found:
            if iso in seen:
                continue
            seen.add(iso)
            rec.countries.append((iso, "participant"))
            _evidence(rec, "participant_country", iso, a, b)

    def _organizations(self, rec: EventRecord) -> None:
        place_names = {c.city.name for c in self.cities} | {self.masked[c.start : c.end] for c in self.cities}
        result: list[tuple[str, str, int, int]] = []
        for s in self.body:
            if self._future(s):
                continue
            m_text = self.masked[s.start : s.end]
            local = []
            for m in self.registry + self.governments:
                if s.start <= m.start < s.end:
                    local.append(_shifted(m, s.start))
            gov_cover = [(g.start, g.end) for g in local if g.kind == "government"]
            for c in self._in(s, self.countries):
                rel = c.start - s.start
                if c.kind != "country" or any(a <= rel < b for a, b in gov_cover):
                    continue
                before = m_text[max(0, rel - 25) : rel]
                if _LOCATIVE_BEFORE.search(before) or _LISTED_AFTER_NAME.search(before):
                    continue
                local.append(_shifted(c, s.start, kind="country_gov"))
            unknown_local = [_shifted(u, s.start) for u in self.unknown if s.start <= u.start < s.end]
            if not local and not unknown_local:
                continue
            local.sort(key=lambda m: m.start)
            assigned = roles.assign_roles(m_text, local + unknown_local, place_names, self._low_slice(s))
            known_roles = {role for m, role in assigned if not m.kind.startswith("unknown")}
            for m, role in assigned:
                a, b = s.start + m.start, s.start + m.end
                if m.kind == "org":
                    result.append((m.value, role, a, b))
                elif m.kind in ("government", "country", "country_gov"):
                    if role != "participant":  # a country whose people took part is in event_countries
                        result.append((country_name(m.value), role, a, b))
                elif m.kind == "programme":
                    owner = programme_registry()[0].get(m.value, "")
                    if owner:
                        result.append((owner, role, a, b))
                elif m.kind == "unknown_org" and role in ("organizer", "funder") and role not in known_roles:
                    if mentions.is_government_name(m.surface) and rec.country_iso3:
                        result.append((country_name(rec.country_iso3), role, a, b))
                    else:
                        result.append((m.value, role, a, b))
        host = rec.country_iso3
        seen = set()
        for name, role, a, b in result:
            if (name, role) in seen:
                continue
            seen.add((name, role))
            rec.organizations.append((name, role))
            _evidence(rec, role, name, a, b)
        # a donor government that co-hosts an event for other countries also pays for it
        from data_loader.lookup.gazetteer import country_iso3

        for name, role in list(rec.organizations):
            iso = country_iso3(name)
            if role == "organizer" and iso and iso not in CENTRAL_ASIA and iso != host and (name, "funder") not in seen:
                rec.organizations.append((name, "funder"))
                seen.add((name, "funder"))
                ev = next(e for e in rec.evidence if e.field == "organizer" and e.value == name)
                _evidence(rec, "funder", name, ev.start, ev.end)
        for u in self.unknown:
            if any(s.start <= u.start < s.end for s in self.body):
                kind = "programme" if u.kind == "unknown_programme" else "organization"
                rec.unknown_names.append((kind, " ".join(u.surface.split()), u.start, u.end))

    def _programmes(self, rec: EventRecord) -> None:
        found: list[tuple[str, int, int]] = []
        for s in self.body:
            m_text = self.masked[s.start : s.end]
            if self._future(s):
                continue
            for m in self.registry:
                if m.kind == "programme" and s.start <= m.start < s.end:
                    found.append((m.value, m.start, m.end))
            for name, a, b, known in programmes.named_projects(m_text):
                if not known:
                    found.append((name, s.start + a, s.start + b))
                    rec.unknown_names.append(("programme", name, s.start + a, s.start + b))
        seen = set()
        for name, a, b in sorted(found, key=lambda x: x[1]):
            if name in seen:
                continue
            seen.add(name)
            rec.programmes.append(name)
            _evidence(rec, "programme", name, a, b)

    def _themes(self, rec: EventRecord) -> None:
        parts: list[tuple[str, int, float]] = []
        if self.head.title_span:
            parts.append((self.head.title, self.head.title_span[0], 3.0))
        lead = self.event_sents[0]
        parts.append((self.masked[lead.start : lead.end], lead.start, 2.0))
        for s in self.body:
            if s is not lead:
                weight = 2.0 if _SESSIONS.search(self.masked[s.start : s.end]) else 1.0
                parts.append((self.masked[s.start : s.end], s.start, weight))
        keep = {(self.head.title_span or (-1,))[0], lead.start}
        parts = [(self._without_names(t, off, programmes=off not in keep), off, w) for t, off, w in parts]
        scores = classify.theme_scores(parts)
        for theme in classify.pick_themes(scores):
            rec.themes.append(theme)
            a, b = scores[theme][1][0]
            _evidence(rec, "theme", theme, a, b)

    def _without_names(self, text: str, offset: int, programmes: bool = True) -> str:
        """Organisation names (and, outside the title and lead, programme names) say who, not what
        the event was about: blank them for theme scoring."""
        names = [m for m in self.registry
                 if 0 <= m.start - offset < len(text) and (programmes or m.kind != "programme")]
        if not names:
            return text  # most sentences name no one
        chars = list(text)
        for m in names:
            a, b = m.start - offset, m.end - offset
            chars[a : min(b, len(chars))] = " " * (min(b, len(chars)) - a)
        return "".join(chars)

    def _title_summary(self, rec: EventRecord) -> None:
        lead = self.event_sents[0]
        summary = " ".join(self.text[lead.start : lead.end].split())
        if len(summary) < 120 and len(self.event_sents) > 1:
            nxt = self.event_sents[1]
            summary += " " + " ".join(self.text[nxt.start : nxt.end].split())
        rec.summary = summary[:400].rstrip() + ("…" if len(summary) > 400 else "")
        _evidence(rec, "summary", "lead sentence", lead.start, lead.end)
        if self.head.title:
            rec.title = self.head.title
            _evidence(rec, "title", rec.title, *self.head.title_span)
        else:
            where = rec.city or rec.country or ("online" if rec.format == "virtual" else "Central Asia")
            when = f"{rec.year}-{rec.month:02d}" if rec.year and rec.month else str(rec.year or "")
            rec.title = f"{rec.event_type.capitalize()} in {where}" + (f", {when}" if when else "")

    def _series_dates(self, s: Sentence, run: list, i: int) -> DateMention | None:
        """'in Osh on 3-4 June and in Khujand on 10-11 June 2024': the dates written after each city."""
        stop = run[i + 1].start if i + 1 < len(run) else min(s.end, run[i].end + 60)
        for d in self._sentence_dates(s):
            if run[i].end <= d.start < stop and d.precision == "day":
                if d.has_year or i + 1 == len(run):
                    return d
                # the year is often written once, after the last city: borrow it
                tail = [x for x in self._sentence_dates(s) if x.start > d.start and x.has_year]
                if tail and d.first:
                    y = tail[-1].year
                    try:
                        return replace(d, first=d.first.replace(year=y), last=d.last.replace(year=y), year=y)
                    except ValueError:
                        return d
                return d
        return None

    def _series_copy(self, rec: EventRecord, i: int) -> EventRecord:
        """One event of a series: shared organisers, programmes and themes; its own place; a head count
        only when the text gives one per event ('each training gathered 25 officials')."""
        ev = replace(rec, ordinal=i, countries=[], organizations=list(rec.organizations),
                     programmes=list(rec.programmes), themes=list(rec.themes),
                     evidence=[e for e in rec.evidence if e.field not in
                               ("city", "country_iso3", "participants", "participant_country")],
                     unknown_names=list(rec.unknown_names))
        per_event = next((e for e in rec.evidence if e.field == "participants"), None)
        if per_event and _each(self.masked[max(0, per_event.start - 60) : per_event.end]):
            ev.evidence.append(per_event)
        else:
            ev.participants = ev.participants_qualifier = None
        return ev

    def _country_series(self) -> list:
        """'national trainings in Kazakhstan, Kyrgyzstan and Tajikistan': the venues of a series."""
        for s in self.event_sents[:2]:
            m_text = self.masked[s.start : s.end]
            if not re.search(r"\b(?:national|series|each|respective|" + roles.EVENT_NOUN + r")\b", m_text, re.I):
                continue
            items = [c for c in self._in(s, self.countries) if c.kind == "country"]
            i = 0
            while i < len(items):
                before = self.masked[max(s.start, items[i].start - 40) : items[i].start]
                if not re.search(r"\bin\s+(?:each\s+of\s+)?(?:the\s+)?$", before) or _NOT_VENUE_IN.search(before):
                    i += 1
                    continue
                run = [items[i]]
                for nxt in items[i + 1 :]:
                    if _LIST_SEP.fullmatch(self.masked[run[-1].end : nxt.start]):
                        run.append(nxt)
                    else:
                        break
                if len({c.value for c in run}) >= 2 and _EVENT_NOUN.search(m_text):
                    plural = re.search(r"\b(?:workshops|seminars|trainings|training\s+courses|courses|conferences|"
                                       r"meetings|consultations|briefings|exercises|sessions|roundtables|round\s+"
                                       r"tables|events)\b|\bseries\b", m_text, re.I)
                    if plural:
                        return run
                i += len(run)
        return []

    def _split_series(self, rec: EventRecord) -> list[EventRecord]:
        """A series held in several capitals (or countries) is one event per city (or country)."""
        countries = self._country_series() if rec.location_precision != "city" else []
        if countries:
            events = []
            for i, c in enumerate(countries):
                ev = self._series_copy(rec, i)
                ev.city = ev.lat = ev.lon = None
                ev.country_iso3, ev.country, ev.location_precision = c.value, country_name(c.value), "country"
                _evidence(ev, "country_iso3", c.value, c.start, c.end)
                ev.countries = [(c.value, "participant")]
                _evidence(ev, "participant_country", c.value, c.start, c.end)
                events.append(ev)
            return events
        for s in self.event_sents[:2]:
            run = places.list_venues(self.masked, self._in(s, self.cities))
            if len(run) < 2:
                continue
            events = []
            for i, cm in enumerate(run):
                ev = self._series_copy(rec, i)
                self._set_city(ev, cm.city.name, cm.start, cm.end)
                own = self._series_dates(s, run, i)
                if own is not None:
                    self._set_days(ev, own.first, own.last, own.start, own.end)
                ev.countries = [(cm.city.iso3, "participant")]
                _evidence(ev, "participant_country", cm.city.iso3, cm.start, cm.end)
                if not self.head.title:
                    ev.title = rec.title
                events.append(ev)
            return events
        return [rec]


#: derived field -> the fields whose evidence also supports it, in order of preference
_DERIVED = {
    "date_precision": ("start_date", "month", "year", "published_date"),
    "country": ("country_iso3", "city"),
    "lat": ("city",),
    "lon": ("city",),
    "location_precision": ("city", "country_iso3", "format"),
    "participants_qualifier": ("participants",),
    "duration_days": ("start_date",),
}


def _complete_evidence(rec: EventRecord, lead: tuple[int, int]) -> None:
    """Every value gets an evidence row: a derived value (country from the city, the precision of a date,
    in-person by default, a generated title) cites the span it was derived from, or the lead sentence."""
    have = {e.field: e for e in rec.evidence}
    for fld, sources in _DERIVED.items():
        value = getattr(rec, fld)
        if value in (None, "") or fld in have:
            continue
        src = next((have[s] for s in sources if s in have), None)
        start, end = (src.start, src.end) if src else lead
        _evidence(rec, fld, value, start, end)
    for fld in ("format", "title", "event_type"):
        if fld not in have and getattr(rec, fld):
            _evidence(rec, fld, getattr(rec, fld), *lead)


#: an announced event counts when it starts within this many days of the announcement ("tomorrow")
ANNOUNCED_HORIZON_DAYS = 14


def _imminent(rec: EventRecord, pub: date | None) -> bool:
    if pub is None or not rec.start_date:
        return False
    return 0 <= (date.fromisoformat(rec.start_date) - pub).days <= ANNOUNCED_HORIZON_DAYS


def _each(text: str) -> bool:
    return bool(re.search(r"\b(?:each|every|per)\s+(?:training|workshop|session|event|meeting|consultation|course|"
                          r"seminar|round)\b", text, re.I))


def extract_document(doc: Document) -> tuple[str, str | None, list[EventRecord]]:
    return DocumentExtractor(doc).extract()
