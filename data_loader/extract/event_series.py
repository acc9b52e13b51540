"""One report, several events: a series held in several cities or countries becomes one event per
venue, each with its own dates where the text gives them."""

from __future__ import annotations

import re
from dataclasses import replace

from data_loader.extract import places, roles
from data_loader.extract.dates import DateMention
from data_loader.extract.event_base import _EVENT_NOUN, _LIST_SEP, _NOT_VENUE_IN, ExtractorState, _evidence
from data_loader.extract.records import INFERRED, EventRecord
from data_loader.extract.text import Sentence
from data_loader.lookup.gazetteer import country_name

#: each event of a series is held for its host country (codebook §4: a series of national consultations)
_HOST_TAKES_PART = "one event of a series held in each country: its host country takes part"


def _each(text: str) -> bool:
    return bool(re.search(r"\b(?:each|every|per)\s+(?:training|workshop|session|event|meeting|consultation|course|"
                          r"seminar|round)\b", text, re.I))


class SeriesRules(ExtractorState):
    """Splits a record into the events of a series."""

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
                _evidence(ev, "participant_country", c.value, c.start, c.end, INFERRED, _HOST_TAKES_PART)
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
                _evidence(ev, "participant_country", cm.city.iso3, cm.start, cm.end, INFERRED, _HOST_TAKES_PART)
                if not self.head.title:
                    ev.title = rec.title
                events.append(ev)
            return events
        return [rec]
