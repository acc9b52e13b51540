"""What the event was: its type, the programmes it was held under, its themes, its title and summary."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from data_loader.casefold import CuePattern
from data_loader.extract import classify, programmes
from data_loader.extract.event_base import (
    _EVENT_NOUN,
    GATHERED_PEOPLE,
    MET_PEOPLE,
    POINTED_BACK,
    ExtractorState,
    _evidence,
)
from data_loader.extract.records import GUESSED, INFERRED, EventRecord
from data_loader.extract.text import Sentence
from data_loader.lookup.registries import mandates, programme_parents
from data_loader.lookup.registries import programmes as programme_registry

#: the event's title in quotes after the words that introduce one ('The seminar was devoted to "Organising work on
#: the de-radicalisation of minors ..."'): its words say what the event was about, though quotes are masked (a
#: title cut by the sentence splitter ends at the sentence's end)
_QUOTED_TITLE = re.compile(r"\b(?:devoted\s+to|dedicated\s+to|entitled|titled|under\s+the\s+(?:title|theme|motto)|"
                           r"on\s+the\s+(?:theme|topic)\s+of|themed)\s*:?\s*[\"“«„]([^\"”»“\n]{10,400})(?:[\"”»“]|$)",
                           re.IGNORECASE)
#: a sentence about the event itself: "It also falls ...", "The event was part of ..."
_ABOUT_EVENT = re.compile(r"\s*(?:It|This|These|They|The\s+(?:event|activity|initiative|visit))\b")
#: armed forces exercising (see ``_forces_exercise_theme``)
_FORCES = re.compile(r"\b(?:troops|servicemen|armed\s+forces|armies|army|military|defen[cs]e\s+ministr(?:y|ies)|"
                     r"(?:collective\s+)?rapid\s+(?:deployment|reaction)\s+forces)\b", re.IGNORECASE)
#: a site an anti-terrorist exercise is held at, or its civil headquarters (see ``_forces_exercise_theme``)
_SITE = re.compile(r"\b(?:operational\s+headquarters|school|premises|grounds|port|industrial\s+zone|offshore|"
                   r"oil\s+field|shopping|stadium|railway\s+station|airport|hostages?|terrorist\s+attack|"
                   r"act\s+of\s+terrorism)\b", re.IGNORECASE)
#: extremism named as what an event is about (see ``_extremism_theme``)
_EXTREMISM = re.compile(r"\bextremis[mt]s?\b", re.IGNORECASE)
#: people who met somewhere or on some day, told of an event no noun names
_MET_AT = re.compile(r"\b(?:met|gathered|convened|came\s+together)\s+(?:(?:online|virtually|again|together)\s+)?"
                     r"(?:in|at|on|online|within|under|for\s+(?:a|its|their)\s+(?:[\w-]+\s+)?(?:session|sitting)|"
                     # "the Steering Committee convened within the programme", "the members met to review the plan"
                     r"to\s+(?:discuss|review|consider|examine|approve|adopt))\b|"
                     + GATHERED_PEOPLE + r"|" + MET_PEOPLE)
#: a cue that ties a programme named after it to the event
_LINKED = re.compile(r"\b(?:under|within|part\s+of|framework\s+of|context\s+of|through|funded|financed|"
                     r"support(?:s|ed|ing)?|implement(?:s|ed|ing)?|organi[sz]ed|held|hosted|convened|delivered|"
                     r"in\s+line\s+with|contribut(?:e|es|ed|ing)\s+to)\b", re.IGNORECASE)
#: a copula after a programme's name: the sentence describes the programme ("... is a joint initiative of ...", "...
#: is implemented under ...", "... has been run since 2019 within ...")
_IS_A = re.compile(r"[ \t]+(?:is|was|has\s+been)\s+(?:a|an|the|one|(?:[\w-]+\s+){0,3}?(?:implemented|carried\s+out|"
                   r"run|operated|set\s+up|established|launched|developed|managed|coordinated)\b)")
#: how near before a programme's name its linking word stands: "Under Phase III of the joint project ..., the two
#: offices keep a map of activities that relate to the Joint Plan of Action" links the project, not the Plan
LINK_CHARS = 160
#: a closing word on every activity the document told of: "The activities above were carried out under ..."
_ALL_ABOVE_UNDER = re.compile(r"\b(?:activities|events|trainings|courses|workshops|meetings)\s+"
                              r"(?:described\s+|listed\s+|reported\s+)?above\s+(?:were|are|have\s+been)\s+(?:carried\s+out|held|implemented|"
                              r"organi[sz]ed|conducted|delivered|funded)\s+(?:under|within|as\s+part\s+of|in\s+the\s+"
                              r"framework\s+of|by)\b", re.IGNORECASE)
#: the heading of a page's section on the project it reports for: "About the project", "About the Programme"
_ABOUT_PROJECT = re.compile(r"^[ \t#*]*About\s+(?:the|this|our)\s+(?:project|programme|program|initiative)[ \t*:]*$",
                            re.MULTILINE | re.IGNORECASE)
#: "Under this programme, UNODC organised ...": the programme named just before
_THIS_PROGRAMME = re.compile(r"\b(?:under|within|as\s+part\s+of|through|in\s+the\s+framework\s+of)\s+"
                             r"(?:this|that|the\s+same)\s+(?:programme|program|project|initiative|component)\b",
                             re.IGNORECASE)
#: how far before "under this programme" the programme may be named, in a sentence of background ("..., the UNODC
#: Programme for Central Asia offers capacity-building under its component launched in 2017")
POINTED_BACK_CHARS = 400
#: (a cue on the lowered sentence, see casefold.py: four times faster than the case-insensitive pattern)
#: ("The delegations ... compared notes on current and emerging challenges", "RC 19 concentrates on counterterrorism,
#: border security and stability operations": what an event covered)
_SESSIONS = CuePattern.compile(r"\b(?:sessions?|agenda|topics?|focused\s+on|focus(?:ed)?|discussed|examined|"
                               r"addressed|curriculum|modules?|covered|compared\s+notes|concentrate[sd]\s+on)\b",
                               first_chars=True,
                               prefilter=True)  # one sentence in seven holds a word of it: the word test pays


#: a programme its people went through before ("experts who completed the OSCE LIVE Training-of-Trainers
#: programme"): it says who they are, not what the event was held under
_PEOPLE_THROUGH = re.compile(r"\b(?:completed|graduated\s+from|graduates\s+of|alumni\s+of|who\s+attended)\s+"
                             r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)

#: "the Office of Antiterrorism Assistance of the US Department of State": an office named after its programme; "all
#: the members of the C5+1 Diplomatic Platform", "a valuable component of the C5+1 ...": what belongs to a framework,
#: said of it, not an event held under it
_NOT_HELD_UNDER = re.compile(r"\b(?:Office|Bureau|Directorate|Division|Unit|Section|members|component)\s+(?:of|for)\s+"
                        r"(?:the\s+)?$")

#: an event named only to time this one: "The day after the conference, on 12 June, TNTD organized a study visit"
_TIMED_BY_ANOTHER = re.compile(r"\b(?:(?:the\s+)?(?:day|days|morning|evening|week)\s+(?:after|before)|following|"
                               r"ahead\s+of|on\s+the\s+(?:eve|margins|sidelines)\s+of)\s+the\s+$", re.I)
#: between an exercise and the activity it is part of: "an exercise during the OSCE course", "a simulation as part
#: of the three-day training"
_DONE_WITHIN = re.compile(r"s?\s+(?:during|within|as\s+part\s+of|in\s+the\s+course\s+of)\s+(?:the|a|an|this|that)\s+"
                          r"(?:[\w-]+\s+){0,3}")
#: a word of an activity used as a verb's noun, the topic and not the event: "ways of training and educating police"
_GERUND_AFTER = re.compile(r"\s+and\s+(?!(?:capacity|awareness)\b)[a-z]+ing\b")
#: an activity a meeting decided or planned to hold, not the meeting itself: "took a decision to stage joint
#: anti-terrorist exercises in 2017", "agreed to hold a conference next year"
_DECIDED_BEFORE = re.compile(r"\b(?:decision|decisions|decided|decides?|agreed|agrees?|agreement|plans?|planned|"
                             r"intends?|intention|"
                             r"proposed|proposal)\s+(?:on\s+)?(?:to\s+)?(?:stage|hold|conduct|organi[sz]e|"
                             r"carry\s+out|launch|host)(?:ing)?\s+(?:[\w-]+\s+){0,6}$", re.I)
#: what may stand between an activity word that qualifies another and that other: "simulation game seminar"
_MODIFIES = re.compile(r"\s+(?:(?!(?:and|or|of|on|for|in|at|with|to|by|the|a|an)\s)[a-z-]+\s+)?")
#: a call, which may be the means of an event as well as an event: "via videoconference", "by video conference"
_CALL_WORD = re.compile(r"(?i:video[\s-]?conferenc\w*|teleconferenc\w*)")
_MEANS_BEFORE = re.compile(r"\b(?:via|by|through|over|using)\s+(?:(?:a|an|the)\s+)?$", re.I)
#: a meeting or session of an event named by its kind: "meeting of the Central Asian Expert Forum" (not of the
#: Council of Ministers, nor of an organisation's body: "the OSCE Forum for Security Co-operation", "the OSCE
#: Structured Dialogue")
_OF_A_NAMED_EVENT = re.compile(r"s?\s+of\s+the\s+(?:[A-Z][a-z][\w-]*\s+){1,5}(?=(?:Forum|Conference|Summit|Dialogue|"
                               r"Congress|Symposium)\b(?!\s+(?:for|of|on)\b))")
#: an event of a network or programme: "the annual meeting of the", "the fifth conference of"
_EVENT_OF = re.compile(r"\b(?:meeting|conference|session|forum|assembly|gathering)\s+of\s+(?:the\s+)?$", re.I)
#: a programme spoken of without its name: "a joint initiative of the EU and the UN", "the five-year programme"
_UNNAMED_PROGRAMME = re.compile(
    # (not "launched at the initiative of the Bureau", "on the initiative of": at someone's suggestion)
    r"(?<!\bat\s)(?<!\bon\s)(?<!\bupon\s)"
    r"\b(?:a|an|the|this|its|their)\s+(?:[\w-]+\s+){0,4}?(?:programme|program|project|initiative)\b"
    r"(?!\s+(?:[A-Z“\"«]|entitled|titled|called|named))")


def _planned(text: str, at: int, floor: int = 0) -> bool:
    """Whether the activity word at ``at`` is one a meeting decided or planned to hold (``_DECIDED_BEFORE``, looked
    for in the 80 characters before it, not before ``floor``)."""
    return _DECIDED_BEFORE.search(text, max(floor, at - 80), at) is not None


class WhatRules(ExtractorState):
    """``event_type``, ``programmes``, ``themes``, ``title`` and ``summary``."""

    def _type(self, rec: EventRecord) -> None:
        """The first activity named in the first event sentences; an activity the codebook has no type for
        ("a side event", "a study visit", ``other`` in event_types.csv) is ``other`` when named first. On an event's
        card of fields the headline is the event's name ("Training for Trainers on Combating Hate Speech" over "Type of
        Event: Category 7-Seminar and Workshop"), and says first what was held."""
        if self.fact_box_page and self._headline_type(rec):
            return
        for s in self.event_sents[:3]:
            named = classify.event_type_mentions(self.masked[s.start : s.end])
            first = next((f for f in named
                          if not self._in_org_name(s.start + f[1], s.start + f[2])
                          and not _TIMED_BY_ANOTHER.search(self.masked, max(s.start, s.start + f[1] - 40),
                                                           s.start + f[1])
                          and not _GERUND_AFTER.match(self.masked, s.start + f[2])
                          and not self._means(s.start + f[1], s.start + f[2])
                          and not _planned(self.masked, s.start + f[1], s.start)), None)
            # "the simulation game seminar": a simulation that only qualifies the next activity word is the
            # seminar's method, not its kind ("training workshop" and the like are coded by their first word)
            while first is not None and first[0] == "exercise" and (head := self._qualified(s, first, named)):
                first = head
            if first is not None and _OF_A_NAMED_EVENT.match(self.masked, s.start + first[2]):
                # "The first meeting of the Central Asian Expert Forum": a meeting of a forum is the forum
                first = next((f for f in named if f[1] > first[2]), first)
            if first is not None:
                etype, a, b = first
                rec.event_type = etype
                _evidence(rec, "event_type", etype, s.start + a, s.start + b)
                return
        if self._headline_type(rec):
            return
        for s in self.event_sents[:3]:
            if met := _MET_AT.search(self.masked, s.start, s.end):
                # "UNODC and 30 youth representatives met in Tashkent to review ...": no noun, but a meeting
                rec.event_type = "meeting"
                _evidence(rec, "event_type", "meeting", met.start(), met.end(), INFERRED,
                          "no word names the activity; the people 'met' at a place or date: a meeting")
                return
        rec.event_type = "other"

    def _headline_type(self, rec: EventRecord) -> bool:
        """The type of the first activity the headline names, if it names one."""
        if not self.head.title_span:
            return False
        found = [f for f in classify.event_type_mentions(self.head.title) if not _planned(self.head.title, f[1])]
        if not found:
            return False
        rec.event_type = found[0][0]
        s0 = self.head.title_span[0]
        _evidence(rec, "event_type", found[0][0], s0 + found[0][1], s0 + found[0][2])
        return True

    def _qualified(self, s: Sentence, word: tuple[str, int, int], named: list[tuple[str, int, int]]
                   ) -> tuple[str, int, int] | None:
        """The activity word that ``word`` qualifies, right after it ("simulation game seminar"), or the one it is
        done within ("work through a forensic examination exercise during the OSCE course"), if any."""
        return next((f for f in named if f[1] > word[2]
                     and (_MODIFIES.fullmatch(self.masked, s.start + word[2], s.start + f[1])
                          or _DONE_WITHIN.fullmatch(self.masked, s.start + word[2], s.start + f[1]))), None)

    def _means(self, start: int, end: int) -> bool:
        """Whether a call is named as the means, not the event: "taking part, via videoconference, in a
        discussion" (the two-day training it carried is the event)."""
        return _CALL_WORD.match(self.masked, start, end) is not None \
            and _MEANS_BEFORE.search(self.masked, max(0, start - 20), start) is not None

    def _in_org_name(self, start: int, end: int) -> bool:
        """Whether a word stands inside a registered organisation's name ("the Forum for Security Co-operation
        Support Unit" names an office, not a forum)."""
        return any(m.start <= start and end <= m.end for m in self.registry if m.kind == "org")

    def _programmes(self, rec: EventRecord) -> None:
        """Programmes the event was held under: named in the headline or in a sentence about the event, or
        tied to it by a cue ("under", "within the framework of", "funded by"); a sentence that only
        describes a programme ("Since 2021, the Programme has been helping Member States ...") names one
        the event need not be part of. "Under this programme" points back to the last one named."""
        found: list[tuple[str, int, int]] = []
        event_starts = {s.start for s in self.event_sents}
        sentences = [s for s in self.body if not self._future(s) or self.announced]
        if self.section_heading is not None and self.series_lead:
            # a stop of a series: the lead that sums up the series says what it was held under
            sentences = self.series_lead + sentences
            event_starts |= {s.start for s in self.series_lead}
        if self.head.title_span:
            a, b = self.head.title_span
            sentences.insert(0, Sentence(a, b, self.masked[a:b], -1, False))
        # where the text holds a word every named programme needs: most sentences hold none
        head_words = self._head_words
        named: list[tuple[str, int, int]] = []  # every programme named so far, for "this programme"
        described: dict[str, tuple[int, int, str]] = {}  # programmes named only by a description
        pointed: dict[str, tuple[int, int, int, int, str]] = {}  # "under this programme": the one named before
        for s in sentences:
            m_text = self.masked[s.start : s.end]
            here: list[tuple[str, int, int]] = []
            for m in self._in(s, self.registry):
                if m.kind == "programme" and not _PEOPLE_THROUGH.search(self.masked, max(s.start, m.start - 60),
                                                                         m.start) \
                        and not _NOT_HELD_UNDER.search(self.masked, max(s.start, m.start - 30), m.start):
                    here.append((m.value, m.start, m.end))
                    numbered = programmes.numbered_project(self.masked, m.start, m.value)
                    if numbered is not None:  # "Project 53 of the ... CBRN ... Centres of Excellence Initiative"
                        here.append((numbered[0], numbered[1], m.end))
                        if not numbered[2]:
                            rec.unknown_names.append(("programme", numbered[0], numbered[1], m.end))
            i = bisect_left(head_words, s.start)
            may_name = i < len(head_words) and head_words[i] < s.end
            for name, a, b, known in programmes.named_projects(m_text) if may_name else ():
                if not any(h[1] < s.start + b and s.start + a < h[2] for h in here):
                    # (a name inside a registry programme's is that programme: "the EU's Border Management
                    # Programme in Central Asia" is not also a "Border Management Programme"); a registry
                    # programme worded otherwise than its aliases is found here, by its words
                    here.append((name, s.start + a, s.start + b))
                    if not known:
                        rec.unknown_names.append(("programme", name, s.start + a, s.start + b))
            for u in self._in(s, self.unknown) if may_name else ():
                if u.kind == "unknown_programme":
                    named.append((programmes.clean_title(u.surface), u.start, u.end))
                    if _EVENT_OF.search(self.masked, max(s.start, u.start - 40), u.start):
                        # "the annual meeting of the Central Asian Network for ... (CAPVE)": the network's event
                        here.append((u.value, u.start, u.end))
            if here and s.paragraph != -1 and self._other_field(s):
                here = []  # "the Environment Working Group ... was introduced to the CAREM project": another field's
            about_event = bool(here) and self._about_event(s, event_starts)
            for name, a, b in here:
                if about_event or (_LINKED.search(self.masked, max(s.start, a - LINK_CHARS), a)
                                   and not self._said_of_another(here, a)):
                    found.append((name, a, b))
            acr = programmes.acronym_of_described_project(m_text) if may_name and "(" in m_text else None
            if acr is not None and not here and not any(x.start <= s.start + acr[1] < x.end for x in self.registry) \
                    and (about_event or self._about_event(s, event_starts)):
                # "held under the security project for Central Asia and the Caucasus (CCASP)": named by its acronym
                found.append((acr[0], s.start + acr[1], s.start + acr[2]))
                rec.unknown_names.append(("programme", acr[0], s.start + acr[1], s.start + acr[2]))
            for name, a, b, said in programmes.described_programmes(m_text) if may_name else ():
                about_event = about_event or self._about_event(s, event_starts)
                if name not in {h[0] for h in here} and (about_event or _LINKED.search(m_text, 0, a)):
                    described[name] = (s.start + a, s.start + b, said)
            back = _THIS_PROGRAMME.search(m_text) if (may_name or "component" in m_text) \
                and s.start in event_starts else None
            earlier = [p for p in named + here if p[2] <= s.start + back.start()] if back else []
            if back is not None and not earlier:
                # named in a sentence of background, which is not among the story's: "launched in 2017 and funded
                # by the Government of Sweden. Under this component a series of workshops was organized"
                cue = s.start + back.start()
                earlier = [(m.value, m.start, m.end) for m in self.registry
                           if m.kind == "programme" and cue - POINTED_BACK_CHARS <= m.start and m.end <= cue]
            if earlier and back is not None:
                name, a, b = max(earlier, key=lambda p: p[1])
                said = " ".join(back.group(0).split())
                pointed[name] = (a, b, s.start + back.start(), s.start + back.end(), said)
            named += here
        found += self._programmes_of_all_above or self._programme_about
        if not (found or pointed or described):
            self._only_programme_named(rec, sentences, event_starts, named)
        seen = set()
        folded: set[str] = set()  # "Youth for social harmony" and "Youth for Social Harmony": one programme
        for name, a, b in sorted(found, key=lambda x: x[1]):
            if name in seen or name.casefold() in folded:
                continue
            seen.add(name)
            folded.add(name.casefold())
            rec.programmes.append(name)
            _evidence(rec, "programme", name, a, b)
        for name, (a, b, c, d, said) in pointed.items():
            if name not in seen:
                seen.add(name)
                rec.programmes.append(name)
                why = f"'{said}' in a sentence about the event points back to {name}, {POINTED_BACK}"
                _evidence(rec, "programme", name, a, b, INFERRED, why)
                _evidence(rec, "programme", name, c, d, INFERRED, why)
        for name, (a, b, said) in described.items():
            if name not in seen:
                seen.add(name)
                rec.programmes.append(name)
                _evidence(rec, "programme", name, a, b, INFERRED,
                          f"'{said}' describes {name}: every word of its name is there")
        self._held_by_its_project(rec, seen)
        self._part_of_a_programme(rec, seen)

    def _said_of_another(self, here: list[tuple[str, int, int]], at: int) -> bool:
        """'The Early Warning Network is a joint initiative of UNRCCA and UNOCT under the Joint Plan of Action': a
        programme the sentence is about, named before a copula, is what the later one's linking word ties it to."""
        return any(b <= at and _IS_A.match(self.masked, b) for _, _, b in here)

    def _held_by_its_project(self, rec: EventRecord, seen: set[str]) -> None:
        """'The BOMCA activity was carried out ...': a project that runs its own events organised this one, which
        was so held under that project."""
        owners = programme_registry()[0]
        for e in [e for e in rec.evidence if e.field == "organizer"]:
            if owners.get(e.value) == e.value and e.value not in seen:
                seen.add(e.value)
                rec.programmes.append(e.value)
                _evidence(rec, "programme", e.value, e.start, e.end, INFERRED,
                          f"{e.value}, a project that runs its own events, organised it: it was held under it")

    @staticmethod
    def _part_of_a_programme(rec: EventRecord, seen: set[str]) -> None:
        """An event held under a project of a larger programme (the registry's `part_of`) is held under that
        programme too, listed before its project."""
        parents = programme_parents()
        for e in [e for e in rec.evidence if e.field == "programme" and e.value in parents]:
            parent = parents[e.value]
            if parent not in seen:
                seen.add(parent)
                rec.programmes.insert(rec.programmes.index(e.value), parent)
                _evidence(rec, "programme", parent, e.start, e.end, INFERRED,
                          f"{e.value} is a project of {parent}: an event held under it is held under {parent} too")

    @cached_property
    def _programmes_of_all_above(self) -> list[tuple[str, int, int]]:
        """'The activities above were carried out under ... the UNODC Programme for Central Asia', closing a
        bulletin (in a section of its own, or as background): the programme of every event the document reports.
        Worked out once per document (each event of a digest asks)."""
        out: list[tuple[str, int, int]] = []
        if "above" not in self.masked:
            return out
        for s in self.tm.sentences:
            if _ALL_ABOVE_UNDER.search(self.masked, s.start, s.end):
                out += [(m.value, m.start, m.end) for m in self._in(s, self.registry) if m.kind == "programme"]
        return out

    @cached_property
    def _programme_about(self) -> list[tuple[str, int, int]]:
        """The one programme an "About the project" section closing the page names: the page's events are its
        ("Study visit to CEPOL", a section of its own, is the same project's as the conference before it). Worked
        out once per document."""
        if "bout" not in self.masked:
            return []
        head = _ABOUT_PROJECT.search(self.masked)
        if head is None:
            return []
        nxt = self.masked.find("\n\n", head.end() + 2)
        end = len(self.masked) if nxt < 0 else nxt
        named = [(m.value, m.start, m.end) for m in self.registry
                 if m.kind == "programme" and head.end() <= m.start < end]
        return named[:1] if len({n for n, _, _ in named}) == 1 else []

    def _only_programme_named(self, rec: EventRecord, sentences: list[Sentence], event_starts: set[int],
                              named: list[tuple[str, int, int]]) -> None:
        """'Kazakhstan hosts conference to mark the completion of a joint initiative ...' and, in the closing
        paragraph, 'The global joint initiative “Supporting the Management of ...” is implemented by ...': the
        headline or an event sentence speaks of an unnamed programme and the text names one programme only,
        so that is the one."""
        names = {n for n, _, _ in named}
        if len(names) != 1:
            return
        for s in sentences:
            if s.paragraph != -1 and s.start not in event_starts:
                continue
            m = _UNNAMED_PROGRAMME.search(self.masked, s.start, s.end)
            if m is None:
                continue
            name, a, b = next(p for p in named if p[0] in names)
            said = " ".join(m.group(0).split())
            rec.programmes.append(name)
            why = f"'{said}' in a sentence about the event, and {name} is the only programme the text names"
            _evidence(rec, "programme", name, a, b, INFERRED, why)
            _evidence(rec, "programme", name, m.start(), m.end(), INFERRED, why)
            return

    @cached_property
    def _head_words(self) -> list[int]:
        return programmes.head_word_positions(self.masked)

    def _about_event(self, s: Sentence, event_starts: set[int]) -> bool:
        """Whether a sentence speaks of the event: the headline, an event sentence, one that opens with "It"
        or "The event", or names an activity ("The conference is the latest step in ...")."""
        return (s.paragraph == -1 or s.start in event_starts or _ABOUT_EVENT.match(self.masked, s.start) is not None
                or self._cue(_EVENT_NOUN, s))

    def _themes(self, rec: EventRecord) -> None:
        parts: list[tuple[str, int, float]] = []
        if self.head.title_span:
            parts.append((self.head.title, self.head.title_span[0], 3.0))
        lead = self.event_sents[0]
        parts.append((self.masked[lead.start : lead.end], lead.start, 2.0))
        event_starts = {s.start for s in self.event_sents}
        if self.section_heading is not None:  # a stop of a series: what its lead says the series was about
            parts += [(self.masked[s.start : s.end], s.start, 1.0) for s in self.series_lead]
        for s in self.body:
            if s is not lead:
                # what the sessions covered counts double; a sentence that speaks of the event (or names an
                # activity: "learning to protect critical infrastructure at an OSCE training course") counts
                # once; one that speaks of neither ("Since the current National Strategy ... runs until 2024") half
                weight = 2.0 if _SESSIONS.search(self.masked[s.start : s.end], self._low_slice(s)) else (
                    1.0 if s.start in event_starts or _ABOUT_EVENT.match(s.text) or self._cue(_EVENT_NOUN, s)
                    else 0.5)
                parts.append((self.masked[s.start : s.end], s.start, weight))
        for s in self.body:  # (a sentence about the event, at the top of its story: not a digest's other item)
            if lead.paragraph <= s.paragraph <= lead.paragraph + 1 and (
                    s.start in event_starts or self._cue(_EVENT_NOUN, s)):
                parts += [(m.group(1), m.start(1), 2.0)
                          for m in _QUOTED_TITLE.finditer(self.text, s.start, s.end)]
        keep = {(self.head.title_span or (-1,))[0], lead.start}
        parts = [(self._without_names(t, off, programmes=off not in keep), off, w) for t, off, w in parts]
        scores = classify.theme_scores(parts)
        self._mandate_themes(rec, scores)
        picked = classify.pick_themes(scores)
        for theme in picked:
            rec.themes.append(theme)
            score, spans = scores[theme]
            words = list(dict.fromkeys(" ".join(self.masked[a:b].split()).lower() for a, b in spans))
            why = f"keywords of the theme in the headline, lead and sessions ({', '.join(words[:4])}): score {score:g}"
            if theme != picked[0]:
                why += f", against {scores[picked[0]][0]:g} for the leading theme"
            a, b = spans[0]  # the first keyword; the reasoning names the others
            _evidence(rec, "theme", theme, a, b, INFERRED, why)
        if not picked:
            self._guessed_themes(rec, lead)

    def _guessed_themes(self, rec: EventRecord, lead: Sentence) -> None:
        """A theme guessed, and marked so, where no theme's keywords score: 'A lecture on extremism was given to 200
        students' (the headline or lead says the event is about extremism: preventing it, the codebook's pve);
        'Tajik and Uzbek troops launch first-ever joint counter-terrorist exercise' (an exercise of troops rehearses
        repelling armed groups crossing into the country, which the codebook files under border security); "the
        capital's operational headquarters for combating terrorism will hold an anti-terrorist exercise on the
        grounds of school No. 29" (an exercise of police and special services at a site rehearses stopping an attack
        on a place people use: the writers coded 13 of 63 exercises so)."""
        heading = [self.head.title_span] if self.head.title_span else []
        # (read in the text, not the masked text: the topic in quotes the event was on says it too, "held on the topic
        # “Causes and factors of young people joining extremist parties”")
        if self._guess_theme(rec, [*heading, (lead.start, lead.end)], _EXTREMISM, "pve",
                             "the headline or lead says the event is about extremism", self.text) \
                or rec.event_type != "exercise":
            return
        about = [(s.start, s.end) for s in self.event_sents[:3]]
        if not self._guess_theme(rec, about, _FORCES, "border_security",
                                 "an exercise of armed forces against terrorist groups is taken to rehearse the "
                                 "defence of the border"):
            self._guess_theme(rec, about, _SITE, "vulnerable_targets",
                              "an anti-terrorist exercise at a site, with no armed forces named, is taken to rehearse "
                              "stopping an attack on it")

    def _guess_theme(self, rec: EventRecord, spans: list[tuple[int, int]], words: re.Pattern[str], theme: str,
                     why: str, text: str | None = None) -> bool:
        """Give the event ``theme``, cited at the first of ``words`` in ``spans`` (of ``text``, by default the masked
        text), if there is one."""
        for a, b in spans:
            if (m := words.search(self.masked if text is None else text, a, b)) is not None:
                rec.themes.append(theme)
                _evidence(rec, "theme", theme, m.start(), m.end(), GUESSED, f"no theme's keywords score; {why}")
                return True
        return False

    @staticmethod
    def _mandate_themes(rec: EventRecord, scores: dict[str, tuple[float, list[tuple[int, int]]]]) -> None:
        """An organiser that exists for one subject (the EAG for terrorist financing, BOMCA for borders), or a
        programme for one subject the event was held in (the RFTF detention programme), says what its event was
        about, as much as a keyword in the headline: its name is blanked for the keywords."""
        table = mandates()
        seen: set[str] = set()  # LEICA organises and is the programme: one subject, counted once
        for e in rec.evidence:
            if e.field in ("organizer", "programme") and e.value in table and e.value not in seen:
                seen.add(e.value)
                theme, weight = table[e.value]
                total, spans = scores.get(theme, (0.0, []))
                scores[theme] = (total + weight, [*spans, (e.start, e.end)])

    def _without_names(self, text: str, offset: int, programmes: bool = True) -> str:
        """Organisation names (and, outside the title and lead, programme names) say who, not what
        the event was about: blank them for theme scoring."""
        names = [m for m in self._starting_in(self.registry, offset, offset + len(text))
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
        if self.head.title and not self.untitled_part:
            rec.title = self.head.title
            _evidence(rec, "title", rec.title, *self.head.title_span)
        else:
            rec.title = generated_title(rec)


def generated_title(rec: EventRecord) -> str:
    """A short name for an event whose document has no headline: its type, place and month."""
    where = rec.city or rec.country
    where = f"in {where}" if where else ("online" if rec.format == "virtual" else "in Central Asia")
    when = f"{rec.year}-{rec.month:02d}" if rec.year and rec.month else str(rec.year or "")
    return f"{rec.event_type.capitalize()} {where}" + (f", {when}" if when else "")
