"""One report, several events: a series held in several cities or countries becomes one event per
venue, each with its own dates where the text gives them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from data_loader.extract import activity_rows, classify, participants, places, roles
from data_loader.extract.dates import DateMention, find_dates, find_durations, in_weeks
from data_loader.extract.event_base import (
    _EVENT_NOUN,
    _NOT_VENUE_IN,
    _PAREN_THEN_SEP,
    MET_PEOPLE,
    ExtractorState,
    _evidence,
)
from data_loader.extract.event_where import _HYBRID
from data_loader.extract.records import GUESSED, INFERRED, STATED, EventRecord
from data_loader.extract.text import Sentence
from data_loader.lookup.gazetteer import CENTRAL_ASIA, country_name, lookup_city, region_mentions
from data_loader.lookup.registries import programmes as programme_registry

#: each event of a series is held for its host country (codebook §4: a series of national consultations)
_HOST_TAKES_PART = "one event of a series held in each country: its host country takes part"
_ROW_HOST = "one row of a table or list of national activities: its host country takes part"
#: a row dated more than this many days after publication is a plan, not an event (as for announcements)
_ROW_HORIZON_DAYS = 14
#: a notice's day named from the day it was issued
_TODAY_OR_TOMORROW = re.compile(r"\b(?:today|tomorrow)\b", re.I)
#: which role a table column gives the organisations named in it
_COLUMN_ROLES = {"organizer": "organizer", "funder": "funder", "partner": "partner"}
#: a bracket after a country of a series, with that event's city or days in it
_PARENTHESIS = re.compile(r"\s*\(([^()]{1,80})\)")
#: a table's place cell that says the event met online: "online", "virtual (Zoom)", "by videoconference"
_ONLINE_CELL = re.compile(r"\s*(?:online|virtual(?:ly)?|remote(?:ly)?|by\s+video\s*(?:conference|link)?|"
                          r"video\s*conference|webinar)\b[^|]*", re.IGNORECASE)
#: a row's note in brackets on how it was held: "First working meeting on the launch ... (online, due to COVID-19
#: restrictions)"
_ONLINE_NOTE = re.compile(r"\((?:held\s+)?(?:online|virtual(?:ly)?|remotely|by\s+video\s*(?:conference|link))\b",
                          re.IGNORECASE)
#: a label inside a cell that changes the role of the names after it ("...; UNODC. Expert partner: EAG")
_CELL_LABEL = re.compile(r"\b(partners?|donors?|funded\s+by|funders?|organi[sz]ers?)\s*:\s*(?:[^:;.]*)$", re.I)
_LABEL_ROLES = {"partner": "partner", "partners": "partner", "donor": "funder", "donors": "funder",
                "funded by": "funder", "funder": "funder", "funders": "funder", "organizer": "organizer",
                "organizers": "organizer", "organiser": "organizer", "organisers": "organizer"}


#: a government body named without its country in a table's cell
_HOST_BODY = re.compile(r"\b(?:Ministry|Ministries|Academy|Committee|Agency|Service|Prosecutor|Police|Border\s+Guard|"
                        r"Interior|National\s+Guard)\b")
#: "concluded 20 April 2018" in a row's date cell: the last day, which the row's length counts back from
_ENDED_BEFORE = re.compile(r"\b(?:concluded|ended|closed|completed|finished|until|through)\s+(?:on\s+)?$", re.I)

#: what stands between the last city of a list and the first of its days: "in Osh and Chon-Kemin on June 24-28 and ..."
_DAY_AFTER_CITY = re.compile(r"\s*,?\s*(?:on|from|between)?\s*(?:the\s+)?")
#: what stands between a day and the city it belongs to: "on 21-23 February in Ashgabat"
_DAY_THEN_CITY = re.compile(r"\s*,?\s*(?:in|at)\s+(?:the\s+city\s+of\s+)?")


#: a sentence that counts the events of a series off: "the first ... , the second ..."
_FIRST_THEN_SECOND = re.compile(r"\bfirst\b.{3,200}\bsecond\b", re.I | re.S)
#: what joins the spans of days of counted events in a list: "..., on 3-4 May and on 10-11 May", "3-4 May, 10-11 May"
_LISTED_DAYS = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?(?:(?:on|from)\s+(?:the\s+)?)?", re.I)
_OPENED_BY_IN = re.compile(r"\s*In\s+(?:the\s+)?")
_VENUE_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_SERIES_WORD = re.compile(r"\b(?:series|round|cycle|roadshow|tour)\b", re.I)
#: one event held in several places at once ("a foresight session ... in three cities at once: Ufa, Nur-Sultan and
#: Bishkek"): one event in each, as the codebook counts a series
_AT_ONCE = re.compile(r"\b(?:simultaneously|at\s+once|at\s+the\s+same\s+time|in\s+parallel)\b", re.I)


#: a day counted off in a series: "the first on 12-13 December 2022 and the second on 13-14 March 2023"
_ORDINAL_BEFORE_DAY = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|final|last|next|other)\b[^,;.()]{0,30}?"
                                 r",?\s*\b(?:on|in|from|between)\s+(?:the\s+)?$", re.I)
#: the sentence that goes on to the second of events counted off: "The first course, on 23 and 24 October, was
#: attended by eleven officials. The second, on 25 and 26 October, brought together some 20 ..."
_SECOND_OPENS = re.compile(r"\s*The\s+(?:second|other|next)\b")
#: a lead that speaks of a series of events: "held a series of follow-up missions and expert meetings"
_SERIES_OF = re.compile(r"\ba\s+(?:series|number|round)\s+of\b", re.I)
#: a stop of it told on its own: "the second expert-level meeting in Kyrgyzstan on 16 October", "the follow-up mission
#: in Kazakhstan on 23 September"
_STOP = re.compile(r"\b(?P<noun>(?:[\w-]+\s+){0,2}?(?:" + roles.EVENT_NOUN + r"|missions?))\s+in\s+"
                   r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+on\s+(?=\d|[A-Z])")
#: the fewest cities named over one span of days that make the span the series', not each stop's
_MANY_STOPS = 3
_DATE_FIELDS = ("start_date", "end_date", "year", "month", "date_precision")


#: a sentence about the event that ends on a list of the places it was held in, one to a line
_HELD_IN_LIST = re.compile(r"\b(?:held|conducted|organi[sz]ed|took\s+place)\s+in\s+[^.;:]{0,80}:\s*$")
#: a line that is only a place's name: one to four capitalised words, with the kind of province it is and its acronym
_PLACE_LINE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3}?)"
                         # "Khatlon province;", "Kuhistoni Badakhshan Autonomous Region (GBAO)."
                         r"(?:\s+(?:province|region|oblast|district|Province|Region|Oblast|District|"
                         r"Autonomous\s+(?:Region|Province|Oblast)))?(?:\s+\([A-Z]{2,6}\))?[;,.]?")
#: the most places such a list gives
MAX_LISTED_PLACES = 12
#: a place and its day in a list of them: "in Lakhsh district on July 17", "in Osh on 3 June"
_PLACE_ON = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                       r"(?:\s+(?:district|region|village|town|city|province|oblast|rayon))?\s+on\s+")


#: the countries of a series named after a colon: "held in every Central Asian country: Kazakhstan, Kyrgyzstan, ...",
#: "in all five countries: ..."
_COUNTRIES_NAMED = re.compile(r"\bin\s+(?:each|every|all)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:countries|country|states?)\s*:\s*$", re.I)


#: events in the plural held in a list of districts or towns: "The events in Mastchoh, Konibodom and Isfara districts"
_EVENTS_IN_PLACES = re.compile(
    r"\b(?:events|meetings|sessions|trainings|workshops|seminars|dialogues|consultations|round\s+tables|lectures|"
    r"courses)\s+(?:were\s+held\s+|took\s+place\s+)?in\s+(?:the\s+)?"
    r"(?P<names>[A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)*,?\s+and\s+[A-Z][\w’'-]+)\s+(?:districts|towns|cities|villages)\b")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")


def _set_count(ev: EventRecord, found: tuple[int, str, int, int], offset: int) -> None:
    """A head count found by ``participants.find_participants`` in text that starts at ``offset``."""
    n, qual, a, b = found
    ev.participants, ev.participants_qualifier = n, qual
    _evidence(ev, "participants", n, offset + a, offset + b)


#: a length said of every stage or session of a series: "Each stage lasted five days", "each course ran for a week"
_EACH_LASTED = re.compile(r"\b(?:[Ee]ach|[Ee]very)\s+(?:of\s+the\s+(?:\w+\s+)?)?"
                          r"(?:stage|session|course|module|round|training|workshop|phase|part|seminar)s?\s+"
                          r"(?:lasted|ran|took|was)\b")


def _each(text: str) -> bool:
    # ("Each of them gathered about 15 specialists", after "The round tables took place in Ashgabat, Tejen, ...")
    return bool(re.search(r"\b(?:each|every|per)\s+(?:training|workshop|session|event|meeting|consultation|course|"
                          r"seminar|round|of\s+(?:them|these|those))\b", text, re.I))


#: people of a body met, as a timeline's row says it (see event_base.MET_PEOPLE), or met to talk: "specialists from
#: Kyrgyzstan, Kazakhstan and Uzbekistan meet to exchange experience"
_MET_PEOPLE = re.compile(MET_PEOPLE + r"|\b(?:meet|meets|met|gather|gathered)\s+to\s+(?:discuss|exchange|share|review|"
                         r"consider)\b")


class SeriesRules(ExtractorState):
    """Splits a record into the events of a series."""

    def _series_dates(self, s: Sentence, run: list, i: int) -> DateMention | None:
        """'in Osh on 3-4 June and in Khujand on 10-11 June 2024': the dates written after each city."""
        stop = run[i + 1].start if i + 1 < len(run) else min(s.end, run[i].end + 60)
        for d in self._sentence_dates(s):  # "the first on 21-23 February in Ashgabat": the day right before
            if d.precision == "day" and d.end <= run[i].start and _DAY_THEN_CITY.fullmatch(
                    self.masked, d.end, run[i].start) and (i == 0 or d.start >= run[i - 1].end):
                return d
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

    def _days_in_city_order(self, s: Sentence, run: list) -> list[DateMention] | None:
        """'labs in Osh and Chon-Kemin on June 24-28 and July 4-8, 2022': as many spans of days after the last city as
        there are cities, listed as they are, are the cities' days in their order."""
        days = [d for d in self._sentence_dates(s) if d.start >= run[-1].end]
        if len(days) != len(run) or any(d.precision != "day" or d.first is None for d in days) \
                or not all(_LISTED_DAYS.fullmatch(self.masked, a.end, b.start) for a, b in pairwise(days)) \
                or not _DAY_AFTER_CITY.fullmatch(self.masked, run[-1].end, days[0].start):
            return None
        return days

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

    def _ordinal_countries(self, s: Sentence, items: list) -> list:
        """'The first course took place in Kyrgyzstan on 24-28 October, the second in Kazakhstan from 31 October
        to 4 November': countries each named as a venue ("in ...") in a sentence that counts the events off, and
        each followed by days of its own."""
        m_text = self.masked[s.start : s.end]
        if not _FIRST_THEN_SECOND.search(m_text):
            return []
        run = [c for c in items if _VENUE_IN_BEFORE.search(self.masked, max(s.start, c.start - 16), c.start)]
        if len({c.value for c in run}) < 2 or len(run) != len({c.value for c in run}):
            return []
        own = [self._series_dates(s, run, i) for i in range(len(run))]
        return run if all(d is not None for d in own) and len({(d.first, d.last) for d in own}) == len(run) else []

    def _country_series(self) -> list:
        """'national trainings in Kazakhstan, Kyrgyzstan and Tajikistan': the venues of a series."""
        for s in self.event_sents[:2]:
            m_text = self.masked[s.start : s.end]
            items = [c for c in self._in(s, self.countries) if c.kind == "country"]
            if ordinal := self._ordinal_countries(s, items):
                return ordinal
            if not re.search(r"\b(?:national|series|each|respective|" + roles.EVENT_NOUN + r")\b", m_text, re.I):
                continue
            i = 0
            while i < len(items):
                before = self.masked[max(s.start, items[i].start - 40) : items[i].start]
                named = _COUNTRIES_NAMED.search(self.masked, max(s.start, items[i].start - 70), items[i].start)
                if not (re.search(r"\bin\s+(?:each\s+of\s+)?(?:the\s+)?$", before) or named) \
                        or _NOT_VENUE_IN.search(before):
                    i += 1
                    continue
                run = [items[i]]
                for nxt in items[i + 1 :]:
                    if _PAREN_THEN_SEP.fullmatch(self.masked[run[-1].end : nxt.start]):
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

    def _row_events(self, rec: EventRecord, blocks: list[list[activity_rows.Row]]) -> list[EventRecord]:
        """A table or a list of activities whose rows each give their own date: one event per row, with
        its own dates, place, type, head count and the organisations of its columns; organisers,
        programmes and themes of the text around it are shared."""
        for block in blocks:
            dated = [(row, d) for row in block if (d := self._row_date(row)) is not None and self._row_is_activity(row)]
            if len(dated) < 2 or len({(d.first, d.year, d.month) for _, d in dated}) < 2:
                continue
            events = [self._row_event(rec, i, row, d) for i, (row, d) in enumerate(dated)]
            for ev, (row, _) in zip(events, dated, strict=True):
                _drop_other_rows(ev, [(r.start, r.end) for r, _ in dated if r is not row], self._names_in(row))
            if rec.location_precision in ("city", "country") and not any(self._row_names_place(r) for r, _ in dated):
                for ev in events:
                    _share_place(ev, rec)
            for ev, (row, _) in zip(events, dated, strict=True):
                self._row_held_at_home(ev, row)
                # (a row's exercise whose guessed host was read from another row: "27 September | Atyrau | ...")
                self._host_exercise(ev)
            return events
        return []

    def _place_rows(self, rec: EventRecord, blocks: list[list[activity_rows.Row]]) -> list[EventRecord]:
        """A table of the cities a series was held in, with no dates of their own ("City | Format" over "Ashgabat |
        round table", "Dashoguz | round table", ...): one event per city, each known to the series' month."""
        for block in blocks:
            placed = [row for row in block if "place" in row.cells
                      and any(row.cells["place"][0] <= c.start < row.cells["place"][1] for c in self.cities)]
            if len(placed) < _MANY_STOPS or len(placed) < len(block) or any(self._row_date(r) for r in placed):
                continue
            events = []
            for i, row in enumerate(placed):
                ev = self._series_copy(rec, i)
                self._row_place(ev, row)
                self._type_in(ev, *row.cells.get("kind", (row.start, row.end)))  # ("Ashgabat | round table")
                _day_within_span(ev)
                events.append(ev)
            return events
        return []

    def _row_date(self, row: activity_rows.Row) -> DateMention | None:
        """The row's own day or month; None when it has none, or when it lies weeks after publication (a
        list of activities planned for later)."""
        a, b = row.cells.get("date") or row.cells.get("end") or row.cells.get("text") or (row.start, row.end)
        pub = self.head.published
        posted = self._row_posted(row)
        if posted is not None and not {"date", "end"} & set(row.cells):
            return self._posted_row_date(row, posted)
        for d in find_dates(self.masked[a:b], anchor=self.anchor, future_ok=True):
            if d.precision == "day" and d.first is not None:
                if pub is not None and (d.first - pub).days > _ROW_HORIZON_DAYS:
                    return None
                return d.shifted(a)
            if d.precision == "month" and d.year:
                if pub is not None and (d.year, d.month) > (pub.year, pub.month):
                    return None
                return d.shifted(a)
        return None

    def _row_posted(self, row: activity_rows.Row) -> DateMention | None:
        """The day the row's notice was issued ("Issued" over "30.06.2022"), when its table has such a column."""
        if "posted" not in row.cells:
            return None
        a, b = row.cells["posted"]
        day = next((d for d in find_dates(self.masked[a:b], anchor=self.anchor) if d.precision == "day" and d.first),
                   None)
        return day.shifted(a) if day is not None else None

    def _posted_row_date(self, row: activity_rows.Row, posted: DateMention) -> DateMention:
        """The day a notice of a log tells of: a date among its other cells, read from the day it was issued
        ("will hold the exercise on 01.07.2022"), the day its "today" or "tomorrow" names, else its issuing day."""
        a, b = row.cells["posted"]
        for d in find_dates(self.masked[row.start : row.end], anchor=posted.first, future_ok=True):
            if d.first is not None and not a <= row.start + d.start < b:
                return d.shifted(row.start)
        relative = _TODAY_OR_TOMORROW.search(self.masked, row.start, row.end)
        if relative is not None:
            day = posted.first + timedelta(days=1 if relative.group(0).lower() == "tomorrow" else 0)
            return replace(posted, start=relative.start(), end=relative.end(), first=day, last=day)
        return posted

    def _row_is_activity(self, row: activity_rows.Row) -> bool:
        """The row names an activity, or is an item of a list that a sentence naming activities introduces
        ("The OSCE conducted three workshops ...:")."""
        if activity_rows.names_its_activities(row):
            return True
        # (under "Subject", the subject's words: "Anti-terrorist exercise ...", not "Heat" or "Public holiday")
        a, b = row.cells.get("activity") or row.cells.get("what") or row.cells.get("text") or (row.start, row.end)
        if _EVENT_NOUN.search(self.masked[a:b]) is not None \
                or ("what" in row.cells and _MET_PEOPLE.search(self.masked, a, b) is not None):
            return True  # ("The National Bank met more than 60 representatives of credit institutions")
        intro = [s for s in self.body if s.paragraph < row.paragraph and not activity_rows.is_row(self.tm, s.paragraph)]
        return bool(intro) and intro[-1].paragraph == row.paragraph - _rows_above(self.tm, row.paragraph) - 1 \
            and _EVENT_NOUN.search(self.masked[intro[-1].start : intro[-1].end]) is not None

    def _row_event(self, rec: EventRecord, i: int, row: activity_rows.Row, d: DateMention) -> EventRecord:
        ev = self._series_copy(rec, i)
        ev.evidence = [e for e in ev.evidence if e.field not in ("start_date", "end_date", "year", "month",
                                                                  "duration_days", "event_type", "title")]
        if d.precision == "day":
            why, support = ([], []) if d.has_year else self._yearless(d.first)
            first = d.first
            length = self._row_length(row, d)
            if length is not None:
                days, a, b = length
                if in_weeks(days, self.masked[a:b]):
                    first = None  # "finished a three-week course": see dates.in_weeks
                    why.append(f"the row's last day, of a course of {' '.join(self.masked[a:b].split())}: its "
                               "first day is not known")
                else:
                    first = d.first - timedelta(days=days - 1)
                    why.append(f"the row's last day, and the event lasted {days} days")
                support = [*support, (a, b)]
            self._set_days(ev, first, d.last or d.first, d.start, d.end, INFERRED if why else STATED,
                           "; ".join(why), support)
        else:
            ev.start_date = ev.end_date = ev.duration_days = None
            ev.date_precision, ev.year, ev.month = "month", d.year, d.month
            _evidence(ev, "year", d.year, d.start, d.end)
            _evidence(ev, "month", d.month, d.start, d.end)
        self._row_place(ev, row)
        self._row_format(ev, row)
        self._row_what(ev, row)
        self._row_people(ev, row)
        self._row_organisations(ev, row)
        return ev

    def _row_length(self, row: activity_rows.Row, d: DateMention) -> tuple[int, int, int] | None:
        """(days, start, end) of the row's length ("five-day seminar") when its one day is the last
        ("concluded 20 April 2018")."""
        if d.last not in (None, d.first):
            return None
        closing = "end" in row.cells and row.cells["end"][0] <= d.start < row.cells["end"][1]
        if not closing and not _ENDED_BEFORE.search(self.masked, max(row.start, d.start - 20), d.start):
            return None
        for days, a, b in find_durations(self.masked[row.start : row.end]):
            if days > 1:
                return days, row.start + a, row.start + b
        # "Each stage lasted five days" above a table of the stages' closing dates
        for s in self.body if closing else ():
            if s.paragraph < row.paragraph and _EACH_LASTED.search(self.masked, s.start, s.end):
                for days, a, b in find_durations(self.masked[s.start : s.end]):
                    if days > 1:
                        return days, s.start + a, s.start + b
        return None

    def _row_place(self, ev: EventRecord, row: activity_rows.Row) -> None:
        a, b = row.cells.get("place") or row.cells.get("text") or (row.start, row.end)
        # (not "Kostanay region": the province named after its town, where no town is given)
        city = next((c for c in self.cities
                     if a <= c.start < b and not places.REGION_AFTER.match(self.masked, c.end, b)), None)
        country = next((c for c in self.countries if a <= c.start < b and c.kind == "country"), None)
        ev.city = ev.lat = ev.lon = ev.country_iso3 = ev.country = None
        ev.location_precision = "region"
        if city is not None:
            self._set_city(ev, city.city.name, city.start, city.end)
        elif country is not None:
            ev.country_iso3, ev.country, ev.location_precision = country.value, country_name(country.value), "country"
            _evidence(ev, "country_iso3", country.value, country.start, country.end)
        elif "place" in row.cells and (province := next(region_mentions(self.masked, a, b), None)) is not None:
            # a row's place cell "Issyk-Kul region": the country of the province
            region, ps, pe = province
            iso = region.iso3
            ev.country_iso3, ev.country, ev.location_precision = iso, country_name(iso), "country"
            _evidence(ev, "country_iso3", iso, ps, pe, INFERRED,
                      f"{self.masked[ps:pe]} is a province of {country_name(iso)}")
        if ev.country_iso3 in CENTRAL_ASIA:  # a course held in Vienna for Uzbek officials: Austria did not take part
            _row_host_takes_part(ev, row)

    def _row_held_at_home(self, ev: EventRecord, row: activity_rows.Row) -> None:
        """A row naming no place, in a table of the activities one Central Asian government held (an academy's
        "joint activities" with UNODC): held in that country, a guess, as for a story that names no place."""
        if ev.country_iso3 is not None or ev.format == "virtual":
            return
        self._held_at_home(ev)
        if ev.country_iso3 in CENTRAL_ASIA and not ev.countries:
            _row_host_takes_part(ev, row)

    def _row_names_place(self, row: activity_rows.Row) -> bool:
        """The row has a place column or names a city or country: its place is its own, even when unknown."""
        return "place" in row.cells or any(row.start <= c.start < row.end for c in self.cities) \
            or any(row.start <= c.start < row.end and c.kind == "country" for c in self.countries)

    def _names_in(self, row: activity_rows.Row) -> set[str]:
        """The canonical names of the organisations, programmes and governments a row names."""
        out = set()
        for m in self.registry + self.governments:
            if row.start <= m.start < row.end:
                out.add(m.value)
                if m.kind not in ("org", "programme"):
                    out.add(country_name(m.value))
        return out

    def _row_format(self, ev: EventRecord, row: activity_rows.Row) -> None:
        """A row's own format: "online" in its place cell, "in person and online" anywhere in it."""
        if (h := _HYBRID.search(self.masked, row.start, row.end)) is not None:
            ev.format = "hybrid"
            ev.evidence = [e for e in ev.evidence if e.field != "format"]
            _evidence(ev, "format", "hybrid", h.start(), h.end())
        elif (a_b := row.cells.get("place")) is not None and _ONLINE_CELL.fullmatch(self.masked, *a_b):
            ev.format, ev.location_precision = "virtual", "virtual"
            ev.evidence = [e for e in ev.evidence if e.field not in ("format", "location_precision")]
            _evidence(ev, "format", "virtual", *a_b)
        elif (note := _ONLINE_NOTE.search(self.masked, row.start, row.end)) is not None and ev.city is None:
            ev.format = "virtual"
            if ev.country_iso3 is None:
                ev.location_precision = "virtual"
            ev.evidence = [e for e in ev.evidence if e.field not in ("format", "location_precision")]
            _evidence(ev, "format", "virtual", note.start(), note.end())

    def _type_in(self, ev: EventRecord, a: int, b: int) -> None:
        """The kind of activity a row's cell names, if it names one the codebook has a type for."""
        found = [f for f in classify.event_type_mentions(self.masked[a:b]) if f[0] != "other"]
        if found:
            ev.event_type = found[0][0]
            _evidence(ev, "event_type", ev.event_type, a + found[0][1], a + found[0][2])

    def _row_what(self, ev: EventRecord, row: activity_rows.Row) -> None:
        a, b = row.cells.get("activity") or row.cells.get("what") or row.cells.get("text") or (row.start, row.end)
        self._type_in(ev, a, b)
        if "activity" in row.cells:
            ev.title = " ".join(self.text[a:b].split())
            if not any(c.isalpha() for c in ev.title):
                # a numbered stage ("Stage | 2"): the page's headline says of what (the stage first: a timeline
                # cuts long labels at their end)
                ev.title = f"{row.labels.get('activity', '')} {ev.title}: {self.head.title}".strip()
            _evidence(ev, "title", ev.title, a, b)

    def _row_people(self, ev: EventRecord, row: activity_rows.Row) -> None:
        a, b = row.cells.get("people") or row.cells.get("text") or (row.start, row.end)
        counts = participants.find_participants(self.masked[a:b])
        if counts:
            _set_count(ev, counts[0], a)
        place = row.cells.get("place") if "people" not in row.cells else None
        for c in self.countries:
            if place and place[0] <= c.start < place[1]:
                continue  # "Dubai, United Arab Emirates" in the place column: where, not who
            if a <= c.start < b and (c.value, "participant") not in ev.countries:
                ev.countries.append((c.value, "participant"))
                _evidence(ev, "participant_country", c.value, c.start, c.end)

    def _row_organisations(self, ev: EventRecord, row: activity_rows.Row) -> None:
        """Organisations named in a column that says who organised, paid or helped ('Delivered with'). A
        column of organisers that names some gives each row its own, in place of the text's shared ones."""
        if "organizer" in row.cells:
            a, b = row.cells["organizer"]
            if any(a <= m.start < b and m.kind == "org" for m in self.registry):
                ev.organizations = [(n, r) for n, r in ev.organizations if r != "organizer"]
                ev.evidence = [e for e in ev.evidence if e.field != "organizer"]
                body = _HOST_BODY.search(self.masked, a, b)
                if body and ev.country_iso3 and not any(g.start <= body.start() < g.end for g in self.governments):
                    # "the Ministry of Internal Affairs": a body of the host, named without its country
                    host = country_name(ev.country_iso3)
                    ev.organizations.append((host, "organizer"))
                    _evidence(ev, "organizer", host, body.start(), body.end(), INFERRED,
                              f"a body named without its country in the table's column of organisers: {host}'s")
        for column, role in _COLUMN_ROLES.items():
            if column not in row.cells:
                continue
            a, b = row.cells[column]
            header = "the table's column of " + {"organizer": "organisers", "funder": "funders",
                                                 "partner": "partners"}[role]
            for m in self.registry + self.governments:
                if not a <= m.start < b:
                    continue
                label = _CELL_LABEL.search(self.masked[a : m.start])
                role_here = _LABEL_ROLES.get(label.group(1).lower(), role) if label else role
                name = m.value if m.kind == "org" else programme_registry()[0].get(m.value, "") \
                    if m.kind == "programme" else country_name(m.value)
                if m.kind == "programme" and m.value not in ev.programmes:
                    ev.programmes.append(m.value)
                    _evidence(ev, "programme", m.value, m.start, m.end)
                if name and (name, role_here) not in ev.organizations:
                    ev.organizations.append((name, role_here))
                    why = f"named in {header}" + (f" after '{label.group(0).strip()}'" if label else "")
                    _evidence(ev, role_here, name, m.start, m.end, INFERRED, why)

    def _parenthesis_details(self, ev: EventRecord, country) -> None:
        """'in Kazakhstan (Almaty, 3-4 May 2023), Kyrgyzstan (Bishkek, 10-11 May 2023) and ...': the city
        and the days written in brackets after each country of a series are that event's."""
        m = _PARENTHESIS.match(self.masked, country.end)
        if m is None:
            return
        a, b = m.span(1)
        city = next((c for c in self.cities if a <= c.start < b and c.city.iso3 == country.value), None)
        if city is not None:
            self._set_city(ev, city.city.name, city.start, city.end)
        days = [d for d in find_dates(self.masked[a:b], anchor=self.anchor) if d.precision == "day" and d.first]
        if days:
            d = days[0].shifted(a)
            why, support = ([], []) if d.has_year else self._yearless(d.first)
            ev.evidence = [e for e in ev.evidence if e.field not in ("start_date", "end_date", "year", "month",
                                                                      "duration_days")]
            self._set_days(ev, d.first, d.last or d.first, d.start, d.end, INFERRED if why else STATED,
                           "; ".join(why), support)

    def _days_after_country(self, ev: EventRecord, run: list, i: int) -> None:
        """'..., the second in Kazakhstan from 31 October to 4 November': days written right after a country
        of a series (not in brackets) are that event's."""
        c = run[i]
        if _PARENTHESIS.match(self.masked, c.end):
            return
        s = next((s for s in self.event_sents if s.start <= c.start < s.end), None)
        d = self._series_dates(s, run, i) if s is not None and all(s.start <= x.start < s.end for x in run) else None
        if d is None or d.first is None:
            return
        why, support = ([], []) if d.has_year else self._yearless(d.first)
        ev.evidence = [e for e in ev.evidence if e.field not in ("start_date", "end_date", "year", "month",
                                                                  "duration_days")]
        self._set_days(ev, d.first, d.last or d.first, d.start, d.end, INFERRED if why else STATED,
                       "; ".join(why), support)

    def _country_sentence_count(self, ev: EventRecord, c) -> None:
        """'In Kyrgyzstan more than 16 representatives ... attended': a later sentence opened by one country of the
        series gives that event's head count."""
        if ev.participants is not None:
            return
        for s in self.body:
            if s.start <= c.start:
                continue
            m_text = self.masked[s.start : s.end]
            opener = _OPENED_BY_IN.match(m_text)
            if opener is None or not any(x.value == c.value and x.start - s.start == opener.end()
                                         for x in self._in(s, self.countries)):
                continue
            counts = participants.find_participants(m_text)
            if counts:
                _set_count(ev, counts[0], s.start)
            return

    def _city_sentence_details(self, ev: EventRecord, series: Sentence, cm) -> None:
        """'In Tashkent, the consultation took place on 18 May 2016 and brought together 25 representatives':
        a later sentence about one city of the series, with one day of its own, gives that event's days and,
        when it states one, its head count."""
        for s in self.body:
            if s.start <= series.start or not any(c.city.name == cm.city.name for c in self._in(s, self.cities)):
                continue
            m_text = self.masked[s.start : s.end]
            days = [d for d in find_dates(m_text, anchor=self.anchor) if d.precision == "day" and d.first]
            if len(days) != 1:
                continue
            d = days[0].shifted(s.start)
            ev.evidence = [e for e in ev.evidence if e.field not in ("start_date", "end_date", "year", "month",
                                                                      "duration_days")]
            self._set_days(ev, d.first, d.last or d.first, d.start, d.end)
            counts = participants.find_participants(m_text)
            if counts and ev.participants is None:
                _set_count(ev, counts[0], s.start)
            return

    def _several_held(self, s: Sentence, run: list, own_days: list) -> bool:
        """Whether a sentence naming several cities tells of one event in each: the cities have days of their
        own, or the event is named in the plural ("consultations were held in ..."), or "each"/"series". One
        event named in the singular, with one span of days, moved between the cities."""
        days = {(d.first, d.last) for d in own_days if d is not None}
        if len(days) >= 2:
            return True
        text = self.masked[s.start : run[0].start]
        nouns = list(_EVENT_NOUN.finditer(text, None))
        if not nouns or _each(self.masked[s.start : s.end]) or _SERIES_WORD.search(text) \
                or _AT_ONCE.search(self.masked, s.start, s.end):
            return True
        return any(m.group(0).lower().endswith("s") or m.group(0).lower() == "series" for m in nouns)

    def _ordinal_days(self, rec: EventRecord) -> list[EventRecord]:
        """'Two RNA workshops were held, the first on 12-13 December 2022 and the second on 13-14 March 2023':
        events of one place counted off in a sentence, each with days of its own, are one event each."""
        windows = list(self.event_sents[:3])
        lead = self.masked[self.event_sents[0].start : self.event_sents[0].end] if self.event_sents else ""
        for a, b in zip(self.body, self.body[1:], strict=False):
            # counted off over two sentences, after a lead that speaks of them in the plural ("Two training courses
            # held this week in Almaty ...")
            if _SECOND_OPENS.match(b.text) and re.search(r"\bfirst\b", a.text, re.I):
                windows.append(Sentence(a.start, b.end, self.masked[a.start : b.end], a.paragraph, False))
        for s in windows:
            text = self.masked[s.start : s.end]
            plural = text if s in self.event_sents[:3] else lead
            if _FIRST_THEN_SECOND.search(text) and any(
                    n.group(0).lower().endswith("s") for n in _EVENT_NOUN.finditer(plural, None)):
                # events in the plural, counted off
                own = [d for d in self._sentence_dates(s) if d.precision == "day" and _ORDINAL_BEFORE_DAY.search(
                    self.masked, max(s.start, d.start - 45), d.start)]
            elif s in self.event_sents[:3]:
                own = self._days_of_counted_events(s, text)
            else:
                continue
            if len(own) < 2 or len({(d.first, d.last) for d in own}) < len(own):
                continue
            events = []
            for i, d in enumerate(own):
                ev = self._series_copy(rec, i)
                ev.evidence = [e for e in ev.evidence if e.field not in _DATE_FIELDS]
                ev.countries = list(rec.countries)
                if rec.city:
                    cited = next(((e.start, e.end) for e in rec.evidence if e.field == "city"), (d.start, d.end))
                    self._set_city(ev, rec.city, *cited)
                elif rec.country_iso3:
                    ev.evidence += [e for e in rec.evidence if e.field == "country_iso3"]
                self._set_days(ev, d.first, d.last, d.start, d.end)
                # its own head count, told between its days and the next event's: "The first course, on 23 and
                # 24 October, was attended by eleven state officials. The second, ..."
                end = own[i + 1].start if i + 1 < len(own) else s.end
                counts = participants.find_participants(self.masked[d.end : end])
                ev.participants = ev.participants_qualifier = None
                ev.evidence = [e for e in ev.evidence if e.field not in ("participants", "participants_qualifier")]
                if len(counts) == 1:
                    _set_count(ev, counts[0], d.end)
                events.append(ev)
            return events
        return []

    def _days_of_counted_events(self, s: Sentence, text: str) -> list[DateMention]:
        """'Two training courses were held in Samarkand, on 29 January - 2 February and on 5 - 9 February': a number
        of events in the plural and as many spans of days, listed, are that many events, one per span (not one
        event of the first span, as a sentence with one event and two dates would be)."""
        low = self._low_slice(s) or text.lower()
        count = _COUNTED_EVENTS.search(text) if any(w in low for w in _COUNT_WORDS) else None
        if count is None:
            return []
        days = [d for d in self._sentence_dates(s) if d.precision == "day"]
        n = _COUNT_WORDS.index(count.group("n").lower()) + 2
        if len(days) == 1 and n == 2 and days[0].first and days[0].last \
                and (days[0].last - days[0].first).days == 1 and _TWO_DAYS_LISTED.search(self.masked, days[0].start,
                                                                                           days[0].end):
            # "held two webinars ... on 7 and 8 July 2020": one on each day
            d = days[0]
            return [replace(d, last=d.first), replace(d, first=d.last)]
        if len(days) != n or not all(
                _LISTED_DAYS.fullmatch(self.masked, a.end, b.start) for a, b in pairwise(days)):
            return []
        return days

    def _split_series(self, rec: EventRecord) -> list[EventRecord]:
        """A series held in several capitals (or countries) is one event per city (or country)."""
        blocks = activity_rows.activity_rows(self.tm, {s.paragraph for s in self.body})
        rows = self._row_events(rec, blocks) or self._place_rows(rec, blocks)
        if rows:
            return rows
        countries = self._country_series() if rec.location_precision != "city" else []
        if countries:
            events = []
            for i, c in enumerate(countries):
                ev = self._series_copy(rec, i)
                ev.city = ev.lat = ev.lon = None
                ev.country_iso3, ev.country, ev.location_precision = c.value, country_name(c.value), "country"
                _evidence(ev, "country_iso3", c.value, c.start, c.end)
                self._parenthesis_details(ev, c)
                self._days_after_country(ev, countries, i)
                self._country_sentence_count(ev, c)
                ev.countries = [(c.value, "participant")]
                _evidence(ev, "participant_country", c.value, c.start, c.end, INFERRED, _HOST_TAKES_PART)
                events.append(ev)
            return events
        for s in self.event_sents[:2]:
            run = places.list_venues(self.masked, self._after_other_event_filter(s, self._in(s, self.cities)))
            if len(run) < 2:
                continue
            own_days = self._days_in_city_order(s, run) or [self._series_dates(s, run, i) for i in range(len(run))]
            if not self._several_held(s, run, own_days):
                continue  # "The conference was held in Tashkent and Samarkand on June 11-12": one event
            events = []
            for i, cm in enumerate(run):
                ev = self._series_copy(rec, i)
                self._set_city(ev, cm.city.name, cm.start, cm.end)
                own = own_days[i]
                if own is not None:
                    self._set_days(ev, own.first, own.last, own.start, own.end)
                else:
                    self._city_sentence_details(ev, s, cm)
                    if len(run) >= _MANY_STOPS and (ev.start_date, ev.end_date) == (rec.start_date, rec.end_date) \
                            and not _AT_ONCE.search(self.masked, s.start, s.end):
                        # "6-15 December ... took place in Ashgabat, Dashoguz, Mary, ...": the span is the tour's;
                        # two cities over one span ("held in Bishkek and Osh from 18 to 28 September") may share it,
                        # as do places that held it at once
                        _day_within_span(ev)
                ev.countries = [(cm.city.iso3, "participant")]
                _evidence(ev, "participant_country", cm.city.iso3, cm.start, cm.end, INFERRED, _HOST_TAKES_PART)
                if not self.head.title:
                    ev.title = rec.title
                events.append(ev)
            return events
        return (self._ordinal_days(rec) or self._place_days(rec) or self._day_places(rec) or self._clause_places(rec)
                or self._listed_places(rec) or self._named_districts(rec)
                or self._counted_places(rec) or self._stops_told_apart(rec) or [rec])

    def _stops_told_apart(self, rec: EventRecord) -> list[EventRecord]:
        """'the TNTD held a series of follow-up missions and expert meetings in the region in September and October
        2025', then "told the second expert-level meeting in Kyrgyzstan on 16 October" and "During the follow-up
        mission in Kazakhstan on 23 September": a series whose stops later sentences tell one by one, each with its
        own place and day, is one event per stop, of the kind its sentence names."""
        if len(self.event_sents) < 3 or not _SERIES_OF.search(self.masked, self.event_sents[0].start,
                                                               self.event_sents[0].end):
            return []
        stops = []
        for s in self.event_sents[1:]:
            m = _STOP.search(self.masked, s.start, s.end)
            if m is None:
                continue
            day = next((d for d in self._sentence_dates(s) if d.start == m.end() and d.precision == "day"
                        and d.first), None)
            place = next((c for c in self._in(s, self.cities) if c.start == m.start("place")), None) or next(
                (c for c in self._in(s, self.countries) if c.start == m.start("place")), None)
            if day is not None and place is not None:
                stops.append((m, day, place))
        if len(stops) < 2 or len({(d.first, d.last) for _, d, _ in stops}) < len(stops):
            return []
        events = []
        for i, (m, d, place) in enumerate(sorted(stops, key=lambda x: x[1].first)):
            ev = self._series_copy(rec, i)
            ev.evidence = [e for e in ev.evidence if e.field not in (*_DATE_FIELDS, "event_type")]
            if isinstance(place, places.CityMention):
                self._set_city(ev, place.city.name, place.start, place.end)
                iso = place.city.iso3
            else:
                iso = place.value
                ev.city = ev.lat = ev.lon = None
                ev.country_iso3, ev.country, ev.location_precision = iso, country_name(iso), "country"
                _evidence(ev, "country_iso3", iso, place.start, place.end)
            ev.countries = [(iso, "participant")]
            _evidence(ev, "participant_country", iso, place.start, place.end, INFERRED, _HOST_TAKES_PART)
            self._set_days(ev, d.first, d.last or d.first, d.start, d.end)
            named = classify.event_type_mentions(m.group("noun"))
            ev.event_type = named[0][0] if named else "other"
            _evidence(ev, "event_type", ev.event_type, m.start("noun"), m.end("noun"),
                      STATED if named else GUESSED, "" if named else "a stop of a series, named by no type's word")
            events.append(ev)
        return events

    def _listed_places(self, rec: EventRecord) -> list[EventRecord]:
        """'The sessions were held in the six pilot districts of the project:' and, one to a line, "Buzmeyin",
        "Gokdepe", ...: one event in each place listed (its city when the gazetteer knows the town)."""
        paras = self.tm.paragraphs
        for s in self._event_sents_and_next(3):
            if ":" not in self.masked[max(s.start, s.end - 3) : s.end] \
                    or not _HELD_IN_LIST.search(self.masked, s.start, s.end):
                continue
            places_: list[tuple[str, int]] = []
            for a, b in paras[s.paragraph + 1 : s.paragraph + 1 + MAX_LISTED_PLACES]:
                line = self.text[a:b].strip(" -•*\t")
                if not (m := _PLACE_LINE.fullmatch(line)):
                    break
                places_.append((m.group("name"), a + self.text[a:b].find(line)))
            if len(places_) < 2:
                continue
            return self._events_at_places(rec, places_)
        return []

    def _events_at_places(self, rec: EventRecord, places_: list[tuple[str, int]]) -> list[EventRecord]:
        """One event of the series at each listed place (name, where it is written), on days of its own the text does
        not give unless each lasted the whole span ("Each of the three courses lasted 14 days": the span is each's)."""
        each_lasted = self._each_lasted()
        events = []
        for i, (name, a) in enumerate(places_):
            ev = self._series_copy(rec, i)
            self._place_of_item(ev, rec, name, a, a + len(name))
            if not each_lasted:
                _day_within_span(ev)
            events.append(ev)
        return events

    def _named_districts(self, rec: EventRecord) -> list[EventRecord]:
        """'The events in Mastchoh, Konibodom and Isfara districts drew more than 500 participants': events in the
        plural, in a list of districts or towns, are one event in each (its town when the gazetteer knows it), as a
        list of places one to a line is."""
        for s in self._event_sents_and_next(2):
            m = _EVENTS_IN_PLACES.search(self.masked, s.start, s.end)
            if m is None:
                continue
            listed = _NAME_WORD.finditer(self.masked, m.start("names"), m.end("names"))
            names = [(n.group(0), n.start()) for n in listed]
            if len({n for n, _ in names}) < 2:
                continue
            return self._events_at_places(rec, names)
        return []

    def _event_sents_and_next(self, n: int) -> list[Sentence]:
        """The first ``n`` sentences about the event, each with the two after it: "A series of mobile training
        courses ... ended on August 9. Each of the three courses lasted 14 days. They were held in three parts of
        the country:" (the last two name no event, and tell of the one before them)."""
        out: list[Sentence] = []
        for s in self.event_sents[:n]:
            i = self.body.index(s) if s in self.body else -1
            for t in [s, *(self.body[i + 1 : i + 3] if i >= 0 else [])]:
                if t not in out:
                    out.append(t)
        return out

    def _each_lasted(self) -> bool:
        return any(_EACH_LASTED.search(self.masked, s.start, s.end) for s in self._event_sents_and_next(3))

    def _place_of_item(self, ev: EventRecord, rec: EventRecord, name: str, a: int, b: int) -> None:
        """An item of a series held in a place of its own: the town, when the gazetteer knows it (in the series'
        country, if one is known); else only the series' country. Its people are the series'."""
        ev.countries = list(rec.countries)
        ev.evidence += [e for e in rec.evidence if e.field == "participant_country"]
        city = lookup_city(name)
        if city is not None and rec.country_iso3 in (None, city.iso3):
            self._set_city(ev, city.name, a, b)
            return
        ev.city = ev.lat = ev.lon = None
        ev.location_precision = "country" if rec.country_iso3 else "region"
        ev.evidence += [e for e in rec.evidence if e.field == "country_iso3"]

    def _place_days(self, rec: EventRecord) -> list[EventRecord]:
        """'The dialogue meetings were held in Lakhsh district on July 17, in Darvoz district on July 23 and in
        Ishkoshim district on July 25': meetings in the plural, each place with a day of its own, are one event
        each, though the places are in no gazetteer (a known town is the event's city)."""
        for s in self.event_sents[:2]:
            text = self.masked[s.start : s.end]
            places_on = list(_PLACE_ON.finditer(text)) if text.count(" on ") > 1 else []
            if len(places_on) < 2 or not any(n.group(0).lower().endswith("s")
                                             for n in _EVENT_NOUN.finditer(text, None)):
                continue
            days = {d.start: d for d in self._sentence_dates(s) if d.precision == "day" and d.first}
            found = [(m, days[s.start + m.end()]) for m in places_on if s.start + m.end() in days]
            if len(found) < 2 or len({d.first for _, d in found}) < len(found):
                continue
            events = []
            for i, (m, d) in enumerate(found):
                ev = self._stop_on(rec, i, d)
                self._place_of_item(ev, rec, m.group("place"), s.start + m.start("place"), s.start + m.end("place"))
                events.append(ev)
            return events
        return []

    def _stop_on(self, rec: EventRecord, i: int, d: DateMention) -> EventRecord:
        """The ``i``-th stop of a series, on the day or days the text gives it."""
        ev = self._series_copy(rec, i)
        ev.evidence = [e for e in ev.evidence if e.field not in _DATE_FIELDS]
        self._set_days(ev, d.first, d.last, d.start, d.end)
        return ev

    def _day_places(self, rec: EventRecord) -> list[EventRecord]:
        """'BOMCA gathered its national partners ... on May 16 in Astana, May 18 in Tashkent, May 25 in Bishkek ...':
        each known city with a day of its own right before it is one event on that day."""
        for s in self.event_sents[:4]:
            days = [d for d in self._sentence_dates(s) if d.precision == "day" and d.first]
            found = []
            for c in self._in(s, self.cities):
                d = next((d for d in days
                          if d.end <= c.start and _DAY_THEN_CITY.fullmatch(self.masked, d.end, c.start)), None)
                if d is not None:
                    found.append((c, d))
            if len(found) < 2 or len({d.first for _, d in found}) < len(found):
                continue
            events = []
            for i, (c, d) in enumerate(found):
                ev = self._stop_on(rec, i, d)
                self._set_city(ev, c.city.name, c.start, c.end)
                ev.countries = [(c.city.iso3, "participant")]
                _evidence(ev, "participant_country", c.city.iso3, c.start, c.end, INFERRED, _HOST_TAKES_PART)
                events.append(ev)
            return events
        return []

    def _clause_places(self, rec: EventRecord) -> list[EventRecord]:
        """'From 5 to 7 November 2020, 22 teachers of Tashkent city met at school No. 329; from 9 to 11 November 2020 a
        second group was trained in the city of Namangan': clauses parted by semicolons, each with one span of days
        and one known city of its own, are one event each, with the head count its clause gives."""
        for s in self.event_sents[:4]:
            found = []
            for a, b in _clauses(self.masked, s):
                days = [d for d in self._sentence_dates(s) if a <= d.start < b]
                if not days:
                    continue
                towns = {c.city.name: c for c in self._starting_in(self.cities, a, b)
                         if not places.REGION_AFTER.match(self.masked, c.end)}  # not "the Sergeli district"
                if len(days) != 1 or days[0].precision != "day" or not days[0].first or len(towns) != 1:
                    break
                found.append((a, b, days[0], next(iter(towns.values()))))
            else:
                if len(found) < 2 or len({c.city.name for *_, c in found}) < len(found) \
                        or len({d.first for _, _, d, _ in found}) < len(found):
                    continue
                return [self._clause_event(rec, i, item) for i, item in enumerate(found)]
        return []

    def _clause_event(self, rec: EventRecord, i: int, item: tuple) -> EventRecord:
        """One clause's event: its days, its city, its head count."""
        a, b, d, c = item
        ev = self._stop_on(rec, i, d)
        self._set_city(ev, c.city.name, c.start, c.end)
        ev.countries = [(c.city.iso3, "participant")]
        _evidence(ev, "participant_country", c.city.iso3, c.start, c.end, INFERRED, _HOST_TAKES_PART)
        counts = participants.find_participants(self.masked[a:b])
        if counts:
            _set_count(ev, counts[0], a)
        return ev

    def _counted_places(self, rec: EventRecord) -> list[EventRecord]:
        """'the four dialogue meetings held in Tursunzoda, Shaartuz, Dusti and Nosiri Khusrav districts': a count
        of events and as many places listed after it, one event in each. A town no gazetteer holds keeps its
        name, in the country the story is about, without coordinates."""
        for s in self.event_sents[:4]:
            low = self._low_slice(s) or self.masked[s.start : s.end].lower()
            if not any(w in low for w in _COUNT_WORDS):
                continue  # (most sentences count no events)
            m = _COUNTED_PLACES.search(self.masked, s.start, s.end)
            if m is None:
                continue
            names = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")) if n]
            if len(names) != _COUNT_WORDS.index(m.group("n").lower()) + 2 or len(set(names)) != len(names):
                continue
            home = rec.country_iso3 or next((c.city.iso3 for c in self._in(s, self.cities)), None)
            if home is None:
                continue
            events, at = [], m.start("list")
            for i, name in enumerate(names):
                a = self.masked.index(name, at)
                at = a + len(name)
                ev = self._series_copy(rec, i)
                known = next((c for c in self._in(s, self.cities) if c.start == a), None)
                if known is not None:
                    self._set_city(ev, known.city.name, a, at)
                else:
                    ev.city, ev.lat, ev.lon, ev.location_precision = name, None, None, "city"
                    ev.country_iso3, ev.country = home, country_name(home)
                    _evidence(ev, "city", name, a, at, GUESSED, f"one of {len(names)} places the story counts its "
                              f"{m.group('noun')} in; no gazetteer holds it: no coordinates")
                ev.countries = [(ev.country_iso3, "participant")]
                _evidence(ev, "participant_country", ev.country_iso3, a, at, INFERRED, _HOST_TAKES_PART)
                events.append(ev)
            return events
        return []


#: a count of events and the places they were held in: "the four dialogue meetings held in Tursunzoda, Shaartuz,
#: Dusti and Nosiri Khusrav districts" (two to ten; the places capitalised, one or two words each)
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_PLACE_WORDS = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
_COUNTED = (r"\b(?P<n>(?i:" + "|".join(_COUNT_WORDS) + r"))\s+(?:[\w-]+\s+){0,3}?(?P<noun>workshops|seminars|webinars|"
            r"trainings|training\s+courses|courses|meetings|conferences|round\s*-?tables|roundtables|sessions|"
            r"dialogues|exercises|drills|forums)\b")
_COUNTED_PLACES = re.compile(
    _COUNTED + r"\s+(?:(?:were|was)\s+)?(?:held|conducted|organi[sz]ed|took\s+place)\s+in\s+(?:the\s+)?"
    r"(?P<list>" + _PLACE_WORDS + r"(?:,\s+" + _PLACE_WORDS + r")*,?\s+and\s+" + _PLACE_WORDS + r")")
#: two days listed, not a span: "7 and 8 July"
_TWO_DAYS_LISTED = re.compile(r"\d\s+and\s+\d")
#: a count of events alone ("Two training courses were held in Samarkand, on ... and on ..."): see
#: ``_days_of_counted_events``
_COUNTED_EVENTS = re.compile(_COUNTED)


#: what a row's neighbours may have given every event of the table through the text's shared reading
_ROW_OWN_FIELDS = frozenset({"organizer", "funder", "partner", "programme"})


_SEMICOLON = re.compile(r";")


def _clauses(text: str, s: Sentence) -> list[tuple[int, int]]:
    """The stretches of a sentence between its semicolons, as offsets in the document; one stretch when it has none."""
    cuts = [s.start] + [m.end() for m in _SEMICOLON.finditer(text, s.start, s.end)] + [s.end]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _day_within_span(ev: EventRecord) -> None:
    """An item of a series held somewhere between the series' first and last days ("Between 28 May and 18 June 2025,
    a series of one-day trainings was held across Turkmenistan" in six towns): its own days are not known, only
    the month they fall in, or the year when the span runs over two months."""
    if ev.date_precision != "day" or ev.start_date is None or ev.end_date is None or ev.start_date == ev.end_date:
        return
    first, last = date.fromisoformat(ev.start_date), date.fromisoformat(ev.end_date)
    why = (f"one of several events held between {ev.start_date} and {ev.end_date}, on days of its own the text "
           "does not give")
    cited = next((e for e in ev.evidence if e.field == "start_date"), None)
    ev.evidence = [e for e in ev.evidence if e.field not in (*_DATE_FIELDS, "duration_days")]
    ev.start_date = ev.end_date = ev.duration_days = None
    a, b = (cited.start, cited.end) if cited else (0, 0)
    ev.year = first.year
    if (first.year, first.month) == (last.year, last.month):
        ev.date_precision, ev.month = "month", first.month
        _evidence(ev, "month", first.month, a, b, INFERRED, why)
    else:
        ev.date_precision, ev.month = "year", None
    _evidence(ev, "year", ev.year, a, b, INFERRED, why)
    _evidence(ev, "date_precision", ev.date_precision, a, b, INFERRED, why)


def _share_place(ev: EventRecord, rec: EventRecord) -> None:
    """A schedule of modules whose rows name no place ("trainings in Jizzakh", then a table of groups and
    days): every row was held where the text says the series was."""
    ev.city, ev.lat, ev.lon = rec.city, rec.lat, rec.lon
    ev.country_iso3, ev.country, ev.location_precision = rec.country_iso3, rec.country, rec.location_precision
    ev.countries = list(rec.countries)
    shared = ("city", "country_iso3", "participant_country")
    ev.evidence = [e for e in ev.evidence if e.field not in shared] + [e for e in rec.evidence if e.field in shared]


def _drop_other_rows(ev: EventRecord, others: list[tuple[int, int]], own: set[str]) -> None:
    """Names read only in other rows of the table ("supported by Germany" in the 2021 row) are not this row's:
    the shared reading of the text saw the whole table, and each row is an event of its own. ``own``: the
    names the row itself holds (a programme every row names keeps its place in each)."""
    def elsewhere(e) -> bool:
        return any(a <= e.start < b for a, b in others)
    drop = {(e.field, e.value) for e in ev.evidence
            if e.field in _ROW_OWN_FIELDS and e.value not in own and elsewhere(e)}
    drop -= {(e.field, e.value) for e in ev.evidence if e.field in _ROW_OWN_FIELDS and not elsewhere(e)}
    if not drop:
        return
    ev.evidence = [e for e in ev.evidence if (e.field, e.value) not in drop]
    ev.organizations = [(n, r) for n, r in ev.organizations if (r, n) not in drop]
    ev.programmes = [p for p in ev.programmes if ("programme", p) not in drop]


def _rows_above(tm, paragraph: int) -> int:
    """How many rows of the same block stand right above a row."""
    n = 0
    while paragraph - n - 1 >= 0 and activity_rows.is_row(tm, paragraph - n - 1):
        n += 1
    return n


def _row_host_takes_part(ev: EventRecord, row: activity_rows.Row) -> None:
    """The row's Central Asian host country is its one participating country (its own officials took part)."""
    ev.countries = [(ev.country_iso3, "participant")]
    _evidence(ev, "participant_country", ev.country_iso3, row.start, row.end, INFERRED, _ROW_HOST)
