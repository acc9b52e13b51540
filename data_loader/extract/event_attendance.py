"""Who attended: the head count and the countries whose people took part ("officials from A, B and C",
"all five Central Asian states", "30 Tajik prosecutors"), not countries only discussed."""

from __future__ import annotations

import re
from functools import cached_property

from data_loader.casefold import CuePattern
from data_loader.extract import participants
from data_loader.extract.event_base import _LIST_SEP, ExtractorState, _evidence
from data_loader.extract.records import INFERRED, STATED, EventRecord
from data_loader.extract.text import Sentence
from data_loader.lookup.gazetteer import CENTRAL_ASIA
from data_loader.textscan import Prefiltered

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

_RESOURCE_PEOPLE = re.compile(
    r"\b(?:delivered|presented|led|facilitated|conducted|given|taught|moderated|provided|run)\s+by\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+$|\b(?:trainers|instructors|facilitators|speakers|moderators|lecturers)$", re.I)
_HOST_COUNTRY = re.compile(r"\b(?:host\s+country|host\s+government|the\s+host\b)", re.I)

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


class AttendanceRules(ExtractorState):
    """``participants`` with its qualifier, and the participating countries."""

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
        found: list[tuple[str, int, int, str, str]] = []
        for s in self._participation:
            for a, b, isos in self._participant_lists(s):
                if len(isos) > 1:  # "all five Central Asian states"
                    why = f"'{' '.join(self.masked[a:b].split())}' read as {', '.join(isos)}"
                    found.extend((iso, a, b, INFERRED, why) for iso in isos)
                else:
                    found.extend((iso, a, b, STATED, "") for iso in isos)
            m_text = self.masked[s.start : s.end]
            h = _HOST_COUNTRY.search(m_text)
            if h and rec.country_iso3:
                found.append((rec.country_iso3, s.start + h.start(), s.start + h.end(), INFERRED,
                              f"'{h.group(0)}': the country the event was held in"))
        seen = set()
        for iso, a, b, confidence, why in found:
            if iso in seen:
                continue
            seen.add(iso)
            rec.countries.append((iso, "participant"))
            _evidence(rec, "participant_country", iso, a, b, confidence, why)
