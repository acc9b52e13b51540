"""Who attended: the head count and the countries whose people took part ("officials from A, B and C",
"all five Central Asian states", "30 Tajik prosecutors"), not countries only discussed."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from data_loader.casefold import CuePattern
from data_loader.extract import participants, roles
from data_loader.extract.event_base import (
    _LIST_SEP,
    _PAREN_THEN_SEP,
    ExtractorState,
    _evidence,
    central_asian_organiser,
    organiser_evidence,
)
from data_loader.extract.mentions import Mention
from data_loader.extract.records import GUESSED, INFERRED, STATED, EventRecord
from data_loader.extract.text import Sentence
from data_loader.lookup.gazetteer import CENTRAL_ASIA, country_iso3, country_name
from data_loader.lookup.registries import resolve_org
from data_loader.textscan import Prefiltered

_CA_GROUP = Prefiltered(re.compile(  # searched only in sentences that say "Central" or "countries"
    r"\b(?:all\s+(?:of\s+)?(?:the\s+)?|each\s+(?:of\s+the\s+)?|the\s+)?(?:five\s+)?Central\s+Asian\s+"
    # "all five Central Asian OSCE participating States"
    r"(?:(?:[A-Z]{2,6}\s+)?participating\s+)?(?:States|states|"
    r"countries|republics|nations|partner\s+countries|Member\s+States|governments)\b|\b(?:all\s+)?(?:the\s+)?"
    r"(?:five\s+)?(?:countries|states|republics)\s+of\s+(?:the\s+)?Central\s+Asia(?:n\s+region)?\b|"
    r"\ball\s+(?:the\s+)?five\s+countries\s+of\s+the\s+region\b"
))
#: "officials from Central Asia", "leaders from across Central Asia": the region's countries, read only when the
#: text names no participating country more precisely
_REGION = "region"
_CA_REGION = re.compile(r"(?<=from\s)(?:across\s+)?Central\s+Asia\b(?!n)|"
                        # "a study visit for the Central Asian participants": the people of the region's countries
                        r"\bCentral\s+Asian(?=\s+(?:participants|officials|delegates|delegations|experts|officers|"
                        r"practitioners|trainees|counterparts)\b)")
_PEOPLE_CUE = CuePattern.compile(
    r"\b(?:participants?|officials|representatives|delegates|delegations|experts|practitioners|specialists|"
    r"officers|took\s+part|participated|attended|brought\s+together|gathered|joined|"
    # (and the present of a report of an event under way: "79 imams from all districts are taking part")
    r"take\s+part|takes\s+part|taking\s+part|participate|participates|participating|attending|"
    r"involve[sd]?|involving)\b", prefilter=True)  # (its words: in under half the sentences asked)

#: a sentence opening on an event named again by its word, which may count its people: "Through the camp, more than
#: 100 young people from the Kyzylorda and Mangystau regions built their skills ..." (after "A youth camp was held")
_AT_THE = re.compile(r"\s*(?:Through|During|At|Over\s+the\s+course\s+of|Throughout)\s+the\s+(?:[\w-]+\s+){0,2}?"
                     r"(?P<word>[\w-]+)\s*,", re.IGNORECASE)


def _at_the(sentence: str, word: str) -> bool:
    """Whether the sentence opens on the event named again by ``word`` (or its plural)."""
    m = _AT_THE.match(sentence)
    return m is not None and m.group("word").lower() in (word, word + "s")


#: the people whose countries are listed after them: every head-count noun, plus group words
#: (institutions count too: "financial intelligence units from A and B"; they are not head-counts, so
#: they are not in ``participants.PEOPLE``, where "12 agencies" would be read as 12 participants)
_ANCHOR = CuePattern.compile(
    r"\b(?:" + participants.PEOPLE + r"|delegations|delegation|Permanent\s+Representatives?|brought\s+together|"
    # "forces from Tajikistan, Mongolia and Uzbekistan and observers from Pakistan": the countries of an exercise
    r"observers|forces|contingents|"
    r"gathered|participation|" + participants.INSTITUTIONS + r"|"
    # "Participating countries: A, B and C", "Countries represented: ..."
    # "ten Commonwealth countries were represented: the Azerbaijan Republic, ..."
    r"participating\s+(?:countries|states|nations|delegations)|(?:countries|states)\s+(?:(?:were|are)\s+)?"
    r"(?:represented|taking\s+part))\b",
    first_chars=True, prefilter=True)
#: the next item of a list of bodies, each "of" its country: "the State Security Service of Azerbaijan, the National
#: Security Service of Armenia and the State Committee of National Security of Tajikistan"
_BODY_OF_SEP = re.compile(r"\s*(?:,|;|,?\s+and)\s+(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w-]*){0,7}\s+of\s+(?:the\s+)?")
#: a group named among the countries of a list, which the list goes on past: "Afghanistan, the United States, several
#: European states, Russia, China ..."
_GROUP_IN_LIST = re.compile(r"\s*,\s+(?:several|other|some|many|a\s+number\s+of|various)\s+(?:[A-Z][\w-]*\s+){0,2}"
                            r"(?:states|countries|nations|partners)\s*,\s*(?:the\s+)?")
#: (after a colon, "the": "were represented: the Azerbaijan Republic, ..."; not after a dash, which may open a list of
#: places: "destination countries - the Russian Federation, the United Arab Emirates", unless members are listed:
#: "representatives of ... the SCO member states — the Republic of Belarus, ...")
_LIST_START = re.compile(r"(?:\b(?:from(?:\s+across)?|of|representing|including|together)\s+(?:the\s+)?(?:\d+\s+)?|"
                         r":\s*(?:the\s+)?|\|\s*|[–—]\s*(?:the\s+)?|\s-\s+(?:the\s+)?|\bmember\s+(?:states|countries)\s*[–—]\s*the\s+|"
                         r"\btogether\s+|\bgathered\s+)$", re.IGNORECASE)

#: a verb between the people and a country means the country is what they did something about
_VERB_IN_GAP = re.compile(
    r"\b(?:discussed|examined|addressed|shared|reviewed|considered|focused|learned|learnt|explored|analy[sz]ed|"
    r"presented|exchanged|agreed|adopted|noted|highlighted|stressed|emphasi[sz]ed|visited|received|posed|met|"
    r"travel(?:l)?ed|returned|came\s+back|fled|went|were|was|are|is|have|has|had|who|which|that|will|would|can|could|"
    r"thanked|welcomed|praised|acknowledged|congratulated|called|urged|invited|heard|listened)\b",
    re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:ministries|agencies|officials|participants|experts|practitioners|authorities|"
    r"delegation|representatives|institutions|judges|prosecutors|officers|specialists|law|government|"
    r"security|border|police|counterparts|colleagues|partners|ministry|committee|agency|service|embassy|customs|"
    r"army|armed|national|state|financial|parliament|prosecutor|investigators)", re.IGNORECASE)

#: a list's last country right before its people, or "as" them: "Tajik prosecutors", "Uzbekistan as participating
#: countries" (not "Italy walked participants through ...", "Latvia for senior officials")
_RIGHT_BEFORE = re.compile(r"\s+(?:as\s+)?")
#: "for" and at most two words before a country's adjective: "for Kazakh", "for senior Tajik", "for 20 Uzbek"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: a national event held for a country, named: "a national kick-off meeting for Mongolia", "a national workshop for
#: Tajikistan" (its officials took part; a national event is one country's)
_NATIONAL_FOR = re.compile(r"\bnational\s+(?:[\w-]+\s+){0,3}?(?:meeting|workshop|training|course|seminar|"
                           r"consultation|session|conference|round\s*table|roundtable|dialogue|exercise)s?\s+for\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
_RESOURCE_PEOPLE = CuePattern.compile(  # on the lowered words (see casefold.py)
    r"\b(?:delivered|presented|led|facilitated|conducted|given|taught|moderated|provided|run)\s+by\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+$|\b(?:trainers|instructors|facilitators|speakers|moderators|lecturers)$")
#: people who presented or taught at the event ("experts from A and B will present good practices"): the
#: countries of resource people are not participating countries
_RESOURCE_NOUN = re.compile(r"(?:experts|specialists|trainers|speakers|lecturers|instructors|facilitators)$", re.I)
_PRESENTED_AFTER = re.compile(
    # ("..., together with representatives of the OSCE and national experts, presented": others beside them)
    r"\s*,?\s*(?:and\s+(?:the\s+)?[A-Z][\w-]*\s+)?(?:(?:together|along)\s+with\s+[^,.;]{1,120},\s*)?"
    # the rest of their body's name, what they bring: "Specialists from the Austrian Federal Ministry of the Interior
    # are presenting", "experts from Belarus with long experience in the field passed on ..."
    r"(?:(?:[A-Z][\w-]*|of|the|and|for)\s+){0,8}?(?:with\s+[^,.;]{1,60}?\s+)?"
    r"(?:(?:will|would|also|are|were|is|was|have|had|then)\s+)*"
    r"(?:present(?:ed|ing)?|shar(?:e|ed|ing)|deliver(?:ed|ing)?|brief(?:ed|ing)?|introduc(?:e|ed|ing)|taught|teach(?:ing)?|"
    r"pass(?:ed|ing)?\s+on|"
    r"train(?:ed|ing)?|led|lead(?:ing)?|moderat(?:e|ed|ing)|facilitat(?:e|ed|ing)|lectur(?:e|ed|ing))\b")
#: people described by their institutions only, with no country ("representatives of the Ministry of Justice",
#: "Participants came from key national institutions"): the host country's institutions
_HOST_INSTITUTIONS = re.compile(
    r"\s+(?:(?:came|come|were\s+drawn|was\s+drawn|were)\s+)?(?:from|of|representing)\s+(?:the\s+)?"
    r"(?:key\s+|relevant\s+|various\s+|several\s+|all\s+)?(?:national\s+(?:[a-z-]+\s+){0,2}(?:institutions|authorities|"
    r"agencies|ministries|bodies|stakeholders|services)|"
    # "people from central and local government bodies and law enforcement agencies"
    r"(?:(?:central|local|state|regional)\s+(?:and\s+(?:central|local|regional)\s+)?)?(?:government|state)\s+"
    r"(?:bodies|agencies|authorities|institutions)|law[\s-]enforcement\s+(?:agencies|bodies|authorities)|"
    r"(?:Ministry|Ministries|State\s+(?:Committee|Service|Agency)|General\s+Prosecutor|"
    r"Prosecutor[’']?s?\s+(?:General[’']?s?\s+)?Office|Supreme\s+Court|National\s+Bank|Security\s+Council|Parliament)\b)")
#: the words one of which every match of ``_HOST_INSTITUTIONS`` holds (read from the pattern): a sentence naming no
#: country and none of them gives no list of participating countries
_HOST_INSTITUTION_WORDS = Prefiltered(_HOST_INSTITUTIONS)
#: a government official or body that took part ("Minister of Foreign Affairs of the Republic of Uzbekistan
#: Vladimir Norov took part", "Turkmenistan's Permanent Mission ... presented the country's strategy at the
#: conference"): the subject of one of these verbs
_TOOK_PART = CuePattern.compile(r"\b(?:took\s+part|takes\s+part|taking\s+part|participated|attended|joined|"
                                r"presented|was\s+present|were\s+present|"
                                # an official who opened, addressed or chaired it was there for a government
                                r"opened|addressed|chaired)\b", prefilter=True)
#: a country that sent someone: "Kazakhstan was represented at the National Seminar by ..."
_REPRESENTED = re.compile(r"\s+(?:was|were|will\s+be)\s+(?:also\s+)?represented\b")
#: who represented it, in a sentence of its own: "Japan will be represented by Mr. Toshihiro Aiki"
_REPRESENTED_BY = re.compile(r"\b(?:was|were|will\s+be)\s+(?:also\s+)?represented\s+by\b")
_REPRESENTED_AT = re.compile(r"\brepresented\s+at\s+(?:the|this)\s+(?:meeting|event|session|conference|forum|"
                             r"seminar|workshop|training|round\s*table|consultations?|talks|exercise)\b", re.I)
#: what stands between two names of one list: "A, B and C"
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+and\s+")
_OFFICIAL_OF = re.compile(
    # ("the Secretary of the Security Council of Azerbaijan Ramil Usubov")
    r"\b(?:(?:First\s+)?(?:Deputy\s+|Vice\s+)?(?:Prime\s+|Foreign\s+)?Minister|(?:State\s+|Deputy\s+)?Secretary|"
    r"Head\s+of\s+(?:the\s+)?[Dd]elegation|Chairman|Chairperson|Speaker)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?\s+of\s+(?:the\s+)?$")
_OFFICIAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:First\s+)?(?:Deputy\s+)?(?:Prime\s+|Foreign\s+)?Minister|"
                             r"[Dd]elegation|State\s+Secretary)\b")
#: the words an official named before or after a country holds (a cheap test before the patterns)
_OFFICIAL_WORDS = ("Minister", "Secretary", "Head", "Chair", "Speaker", "elegation")
#: diplomats of a country abroad attend as guests or donors, not as its participating officials
_DIPLOMAT = re.compile(r"\b(?:Ambassador|Embass(?:y|ies)|Consulate|Consul)\b")
#: what may stand between the official and the verb: a name, an apposition, an adverb ("today", "also")
#: the passive of attending: the officials follow
_ATTENDED_BY = re.compile(r"\b(?:attended|joined)\s+by\b")
#: a sentence that opens a list of the heads of delegations, one to a line: "The heads of delegations were:", "The
#: delegations were headed by:"
_HEADS_LISTED = re.compile(r"\b(?:heads?\s+of\s+(?:the\s+)?(?:national\s+)?delegations?\s+(?:were|included|was)|"
                          r"delegations\s+were\s+(?:headed|led)\s+by)\s*:\s*$", re.IGNORECASE)
#: a line of such a list is short: a name and a title
LIST_LINE_CHARS = 300
#: officials an event was held with: "held a video conference with the Deputy Foreign Ministers of", "held talks with
#: the Ambassadors of" (their countries' list follows)
_HELD_WITH_OFFICIALS = Prefiltered(re.compile(
    r"\b(?:held|holds|had|hosted)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|video\s*-?conference|conference|"
    r"talks|consultations?|call|dialogue)\s+with\s+(?:the\s+)?(?:(?:First|Deputy|Vice)\s+)?(?:(?:Prime|Foreign)\s+)?"
    r"(?=[A-Z])(?i:" + roles.TITLES_MET + r")\s+of\s+(?:the\s+)?"))
#: what stands between two countries of a list: "Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan"
_COUNTRY_LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?|\s*,?\s+and\s+(?:the\s+)?")
_SUBJECT_GAP = re.compile(r"[^.;:]{0,90}")
_EXPERT_OF = re.compile(r"\b" + participants.RESOURCE_PEOPLE + r"\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_SUBJECT = re.compile(r"\b(?:by|said|says|and\s+the|who|which|that|thanked|welcomed|addressed|opened)\b")
#: people of the countries just listed who took part: ", whose representatives presented ..."
_WHOSE_PEOPLE = re.compile(r",?\s+whose\s+(?:representatives|delegations|delegates|officials|experts|specialists|"
                           r"ministers)\b")
#: the kinds of event a country usually holds for its own officials
_HOST_COUNTRY = CuePattern.compile(r"\b(?:host\s+country|host\s+government|the\s+host\b)", prefilter=True)

#: what the people of a head count that opens a sentence did at the event ("Forty young leaders from A and B
#: discussed ..."): then they are its participants, though no word like "took part" says so
_ATTENDEES_DID = re.compile(
    r"\b(?:discussed|exchanged|shared|learned|learnt|explored|examined|practi[sc]ed|debated|studied|received|"
    r"completed|developed|presented|analy[sz]ed|reviewed|worked|engaged|visited|simulated)\b")


#: what countries just listed did at the event as its participants: "A, B and C presented their national approaches",
#: "gave A and B the opportunity to share their experience"
_PRESENTED_THEIR = re.compile(r"\s+(?:(?:the|an)\s+opportunity\s+to\s+)?(?:presented|present|shared|share|exchanged|"
                              r"showcased|showcase|outlined|described)\s+their\b")


#: a head count of an announcement: how many are expected, not how many took part
_EXPECTED = CuePattern.compile(r"\b(?:(?:are|is|were|was)\s+(?:also\s+)?(?:expected|anticipated|invited|due)\s+to|"
                               r"will\s+(?:join|attend|take\s+part|participate|gather|come))\b", prefilter=True)


def _opens_with_attendees(sentence: str) -> bool:
    """Whether the sentence opens with a head count of people who did something at the event."""
    if not sentence[:1].isalnum() or _ATTENDEES_DID.search(sentence) is None:  # the cheap tests first
        return False
    counts = participants.find_participants(sentence[:120])
    return bool(counts) and counts[0][2] == 0


#: a sentence that reports what someone said (searched only where one of its verbs is written)
_SAID = Prefiltered(re.compile(r"\b(?:said|stated|noted|added|told|stressed|emphasi[sz]ed|underlined)\b"))
#: what a project does in general, in the present: "The LEICA project ... supports state bodies of Central Asian
#: countries": whom it serves, not who came
_PROJECT_MANDATE = Prefiltered(re.compile(
    r"\b(?:project|programme|program|initiative)\b[^.;]{0,80}?\b(?:supports|helps|assists|serves|works\s+with)\b"))
#: at most two lower-case words between a demonym and the people ("30 Tajik senior prosecutors"), not a verb and its
#: article ("Experts from the United Kingdom introduced the participants to ...": who taught whom)
_FEW_WORDS = re.compile(r"\s+(?:(?!(?:the|their|its|his|her|our|an?)\s)[a-z-]+\s+){0,2}")
#: what stands between people and a country when the country is not where they come from
_NOT_A_LIST_GAP = re.compile(r"[.;]|\b(?:on|about|regarding|to|in|with|against|and\s+the\s+situation|"
                             # "women and children home from Syria": the country they came back from
                             r"(?:home|back|returned|returnees?|returning|repatriated|evacuated)\s+from)\s+(?:the\s+)?$")


class AttendanceRules(ExtractorState):
    """``participants`` with its qualifier, and the participating countries."""

    #: the host country of the event being read (set by ``_countries``)
    _host_iso: str | None = None

    def _is_country_span(self, a: int, b: int) -> bool:
        return (a, b) in self._country_spans

    @cached_property
    def _officials_at(self) -> list[int]:
        """Where the document names a government or an official's title, in order (for ``_officials``)."""
        text = self.masked
        at = [g.start for g in self.governments]
        at += [m.start for m in self.registry if _government_of(m) is not None]
        for word in _OFFICIAL_WORDS:  # str.find scans faster than an alternation of words
            i = text.find(word)
            while i >= 0:
                at.append(i)
                i = text.find(word, i + 1)
        return sorted(at)

    @cached_property
    def _country_spans(self) -> set[tuple[int, int]]:
        return {(c.start, c.end) for c in self.countries}

    def _participants(self, rec: EventRecord) -> None:
        chosen = {s.start for s in self.event_sents}
        word = self._event_word(rec)
        cands = self.event_sents + [s for s in self.body if s.start not in chosen and (
            _PEOPLE_CUE.search(s.text) or _opens_with_attendees(s.text) or (word and _at_the(s.text, word)))]
        cands.sort(key=lambda s: s.start)
        for s in cands:
            m_text = self.masked[s.start : s.end]
            if not (self.announced or self.present_only) and (self._future(s) or self._cue(_EXPECTED, s)):
                continue  # "more than 600 officials are expected to join": a plan, not who took part
                # (unless the release tells the event before or as it opens: then the plan is all it says)
            for n, qual, a, b in participants.find_participants(m_text):
                rec.participants, rec.participants_qualifier = n, qual
                _evidence(rec, "participants", n, s.start + a, s.start + b)
                self._participants_total = participants.is_total(m_text, a)
                return

    def _event_word(self, rec: EventRecord) -> str:
        """The last word of the noun the event's type was read from ("camp" of "A youth camp was held"), in lower
        case; empty when the type was not read from a word."""
        said = next((e for e in rec.evidence if e.field == "event_type" and e.confidence == STATED), None)
        word = self.masked[said.start : said.end].split()[-1:] if said is not None else []
        return word[0].lower() if word and word[0].isalpha() else ""

    @cached_property
    def _participation(self) -> list[Sentence]:
        return self._participation_sentences()

    def _participation_sentences(self) -> list[Sentence]:
        out = []
        for s in self.body:
            m_text = self.masked[s.start : s.end]
            # an announcement's plans are its event's ("members from A and B are expected to present"); a report's
            # are other events
            if (self._future(s) and not (self.announced or self.present_only)) or \
                    not (self._cue(_PEOPLE_CUE, s) or self._cue(_ANCHOR, s)):
                continue
            if _SAID.search(m_text) or _PROJECT_MANDATE.search(m_text):
                continue
            out.append(s)
        return out

    def _country_items(self, s: Sentence) -> list[tuple[int, int, list[str]]]:
        """Country names, 'all five Central Asian states' and demonyms of institutions, in order."""
        m_text = self.masked[s.start : s.end]
        items = []
        for g in _CA_GROUP.finditer(m_text):
            items.append((s.start + g.start(), s.start + g.end(), list(CENTRAL_ASIA)))
        for g in _CA_REGION.finditer(m_text) if "Central Asia" in m_text else ():
            if not any(a <= s.start + g.start() < b for a, b, _ in items):
                items.append((s.start + g.start(), s.start + g.end(), [*CENTRAL_ASIA, _REGION]))
        listed_with: int | None = None  # start of the demonym a list of demonyms leads to ("Kyrgyz, Tajik and Uzbek")
        for c in reversed(self._in(s, self.countries)):
            if any(a <= c.start < b for a, b, _ in items):
                continue
            if c.kind == "demonym":
                qualifies = _INSTITUTION_AFTER.match(self.masked[c.end : c.end + 50]) or (
                    listed_with is not None and _LIST_SEP.fullmatch(self.masked[c.end : listed_with]))
                if not qualifies:
                    listed_with = None
                    continue
                listed_with = c.start
            items.append((c.start, c.end, [c.value]))
        return sorted(items)

    def _audience_for(self) -> list[tuple[str, int, int, str, str]]:
        """'a two-day online course for Kazakh law enforcement', 'a training for Tajik judges': the people an
        event was held for, named by their country's adjective."""
        out = []
        for s in self.event_sents[:3]:
            for c in self._in(s, self.countries):
                if c.kind == "demonym" and _FOR_BEFORE.search(self.masked, max(s.start, c.start - 30), c.start) \
                        and _INSTITUTION_AFTER.match(self.masked, c.end):
                    said = " ".join(self.masked[c.start : c.end + 25].split())
                    out.append((c.value, c.start, c.end, INFERRED, f"the event was held for '{said} ...'"))
                elif c.kind == "country" and _NATIONAL_FOR.search(self.masked, max(s.start, c.start - 80), c.start):
                    said = " ".join(self.masked[max(s.start, c.start - 40) : c.end].split())
                    out.append((c.value, c.start, c.end, INFERRED, f"a national event held for the country: '{said}'"))
        return out

    def _whose_people(self, s: Sentence) -> list[tuple[str, int, int, str, str]]:
        """'the experience of Kazakhstan, Kyrgyzstan and Uzbekistan, whose representatives presented ...': the
        countries of the list right before the people who took part."""
        m_text = self.masked[s.start : s.end]
        if "whose" not in m_text:
            return []
        out = []
        for w in _WHOSE_PEOPLE.finditer(m_text):
            end = s.start + w.start()
            for c in reversed([c for c in self._in(s, self.countries) if c.kind == "country" and c.end <= end]):
                if not _LIST_SEP.fullmatch(self.masked[c.end : end]):
                    break
                out.append((c.value, c.start, c.end, STATED, ""))
                end = c.start
        return out

    def _opened_by_organisations(self, s: Sentence, start: int, end: int) -> bool:
        """Whether a list of countries opens with organisations between ``start`` and ``end``: "The delegations
        of the European Union, Russia, the United States and Japan" (the Union takes part as an organisation)."""
        orgs = [m for m in self._in(s, self.registry) if start <= m.start and m.end <= end]
        return bool(orgs) and _LIST_START.search(self.masked, start, orgs[0].start) is not None \
            and _LIST_SEP.fullmatch(self.masked, orgs[-1].end, end) is not None

    def _participant_lists(self, s: Sentence) -> list[tuple[int, int, list[str]]]:
        """The list of countries attached to the people who took part: 'officials from A, B and C',
        'representatives of all five Central Asian states', 'delegates of D and E'."""
        m_text = self.masked[s.start : s.end]
        items = self._country_items(s)
        found = []
        if any(len(i[2]) > 1 for i in items):  # a group inside a name is no group: "... Diplomacy for Central Asia"
            registry = [(m.start, m.end) for m in self._in(s, self.registry)]
            items = [i for i in items if len(i[2]) == 1 or not any(a <= i[0] < b for a, b in registry)]
        if not items and not (self._host_iso and _HOST_INSTITUTION_WORDS.may_match(m_text)):
            # nothing to list and no body of the host country named: most sentences asked (the people words are
            # then not looked for at all)
            return found
        low = self._low_slice(s)
        for anchor in _ANCHOR.finditer(m_text, low):
            near = slice(max(0, anchor.start() - 30), anchor.end())
            if _RESOURCE_PEOPLE.search(m_text[near], None if low is None else low[near]):
                continue  # "delivered by experts from X", "trainers from X": they taught, they did not attend
            a_start, a_end = s.start + anchor.start(), s.start + anchor.end()
            # "30 Tajik prosecutors", "Kazakh practitioners": a demonym right before the people
            for k, item in enumerate(items):
                if item[1] <= a_start and _FEW_WORDS.fullmatch(self.masked, item[1], a_start):
                    found.append(item)
                    # ... and the list that ends on it: "with Afghanistan, Kyrgyzstan and Uzbekistan as participating
                    # countries", "Kazakh, Kyrgyz and Tajik prosecutors"
                    right_before = _RIGHT_BEFORE.fullmatch(self.masked, item[1], a_start) is not None
                    while right_before and k > 0 and _LIST_GAP.fullmatch(self.masked, items[k - 1][1], items[k][0]):
                        k -= 1
                        found.append(items[k])
            chain: list[tuple[int, int, list[str]]] = []
            for item in items:
                # the list starts near its people; once started it runs on as long as its separators do
                if item[0] < a_end or (not chain and item[0] > a_end + 170):
                    continue
                if not chain:
                    gap = self.masked[a_end : item[0]]
                    if _NOT_A_LIST_GAP.search(gap) or _VERB_IN_GAP.search(gap) or not (
                            _LIST_START.search(gap) or self._opened_by_organisations(s, a_end, item[0])):
                        continue
                    if _DIPLOMAT.search(gap):
                        continue  # "representatives of the Embassy of X": diplomats attend as guests or donors
                    chain.append(item)
                    continue
                gap = self.masked[chain[-1][1] : item[0]]
                # ("Turkmenistan (taking part as a neutral participant), Uzbekistan": an aside in brackets)
                if _PAREN_THEN_SEP.fullmatch(gap) or _BODY_OF_SEP.fullmatch(gap) or _GROUP_IN_LIST.fullmatch(gap):
                    chain.append(item)
                else:
                    break
            if chain and (_RESOURCE_NOUN.search(m_text, anchor.start(), anchor.end())
                          or _EXPERT_OF.search(self.masked, a_end, chain[0][0])) \
                    and _PRESENTED_AFTER.match(self.masked, chain[-1][1]):
                # "experts from A and B will present good practices", "Two staff members of the OSCE Secretariat and
                # an international expert from Estonia led the sessions": they taught
                continue
            if not chain and self._host_iso and _HOST_INSTITUTIONS.match(m_text, anchor.end()):
                # "representatives of the Ministry of National Security": no country is named for them
                found.append((a_start, a_end, [self._host_iso]))
            found.extend(chain)
        return found

    def _naming_officials(self) -> list[Sentence]:
        """The sentences of the body (not about the future) that name a government or an official's title:
        found from those names (few) rather than by asking every sentence."""
        starts = [s.start for s in self.body]
        picked: dict[int, Sentence] = {}
        for pos in self._officials_at:
            j = bisect_right(starts, pos) - 1
            if j >= 0 and pos < self.body[j].end and j not in picked:
                picked[j] = self.body[j]
        return [s for _, s in sorted(picked.items()) if not self._future(s)]

    def _represented(self) -> list[tuple[str, int, int, str, str]]:
        """Countries that 'were represented' at the event: "Kazakhstan was represented at the National Seminar"."""
        out = []
        about = {s.start for s in self.event_sents}
        for s in self.body:
            if "represented" not in s.text or (s.start not in about and not _REPRESENTED_AT.search(s.text)
                                               and not _REPRESENTED_BY.search(s.text)):
                continue  # "... were represented at the meeting", "... will be represented by": about the event
            group = _CA_GROUP.search(self.masked[s.start : s.end])
            if group is not None and _REPRESENTED.match(self.masked, s.start + group.end()):
                # "The Central Asian countries will be represented by senior officials"
                out.extend((iso, s.start + group.start(), s.start + group.end(), INFERRED,
                            "the Central Asian countries were represented at it") for iso in sorted(CENTRAL_ASIA))
            listed = []  # "Kazakhstan, Kyrgyzstan and Tajikistan were represented": the list before the verb
            for c in self._in(s, self.countries):
                if c.kind != "country":
                    listed = []
                    continue
                if listed and not _LIST_GAP.fullmatch(self.masked, listed[-1].end, c.start):
                    listed = []
                listed.append(c)
                if _REPRESENTED.match(self.masked, c.end):
                    out.extend((x.value, x.start, x.end, STATED, "") for x in listed)
                    listed = []
        return out

    def _officials(self, s: Sentence) -> list[tuple[str, int, int]]:
        """(iso3, start, end) of the governments whose official or body is the subject of 'took part',
        'attended', 'presented'."""
        if not self._cue(_TOOK_PART, s):
            return []
        m_text = self.masked[s.start : s.end]
        governments = self._in(s, self.governments)
        official = any(w in m_text for w in _OFFICIAL_WORDS)
        verbs = [v.start() + s.start for v in _TOOK_PART.finditer(m_text, self._low_slice(s))]
        last = verbs[-1]  # a subject stands before its verb
        out = []
        spans = [(g.start, g.end, g.value) for g in governments
                 if g.end <= last and not _DIPLOMAT.search(self.masked[g.start : g.end])]
        # a registered body of a government ("a research fellow of the Kazakhstan Institute for Strategic Studies
        # (KazISS) took part"): that government's people took part
        spans += [(m.start, m.end, iso) for m in self._in(s, self.registry)
                  if m.end <= last and (iso := _government_of(m)) is not None]
        if official:
            for c in self._in(s, self.countries):
                if c.end > last:
                    break
                before = self.masked[max(s.start, c.start - 90) : c.start]
                if _OFFICIAL_OF.search(before) or _OFFICIAL_AFTER.match(self.masked, c.end):
                    spans.append((c.start, c.end, c.value))
        if official and (by := _ATTENDED_BY.search(m_text)):
            # "The meeting was attended by ..., Minister of Internal Affairs of the Republic of Kazakhstan; ...":
            # the officials listed after the passive verb
            for c in self._in(s, self.countries):
                before = self.masked[max(s.start, c.start - 90) : c.start]
                if c.start >= s.start + by.end() and c.kind == "country" and _OFFICIAL_OF.search(before) \
                        and not _DIPLOMAT.search(before):
                    out.append((c.value, c.start, c.end))
        for a, b, iso in spans:
            if _EXPERT_OF.search(self.masked, max(s.start, a - 40), a):
                continue  # "an expert of the U.S. Department of State presented ...": a resource person
            verb = next((v for v in verbs if v >= b), None)
            gap = self.masked[b:verb] if verb is not None else ""
            if verb is not None and _SUBJECT_GAP.fullmatch(gap) and not _NOT_SUBJECT.search(gap):
                out.append((iso, a, b))
        return out

    def _countries(self, rec: EventRecord) -> None:
        found: list[tuple[str, int, int, str, str]] = []
        region: list[tuple[str, int, int, str, str]] = []
        self._host_iso = rec.country_iso3
        for s in self._participation:
            for a, b, isos in self._participant_lists(s):
                said = " ".join(self.masked[a:b].split())
                if _REGION in isos:  # "from across Central Asia": kept aside, for want of a precise list
                    why = f"'{said}' read as {', '.join(CENTRAL_ASIA)}, no Central Asian country being named"
                    region.extend((iso, a, b, INFERRED, why) for iso in isos if iso != _REGION)
                elif len(isos) > 1:  # "all five Central Asian states"
                    why = f"'{said}' read as {', '.join(isos)}"
                    found.extend((iso, a, b, INFERRED, why) for iso in isos)
                elif not self._is_country_span(a, b):  # "representatives of the Ministry of ..."
                    why = (f"'{said}' from government bodies named without a country: those of the host country, "
                           f"{country_name(isos[0])}")
                    found.append((isos[0], a, b, INFERRED, why))
                else:
                    found.extend((iso, a, b, STATED, "") for iso in isos)
            m_text = self.masked[s.start : s.end]
            h = _HOST_COUNTRY.search(m_text, self._low_slice(s))  # (on the lowered sentence: words read from m_text)
            if h and rec.country_iso3:
                found.append((rec.country_iso3, s.start + h.start(), s.start + h.end(), INFERRED,
                              f"'{m_text[h.start() : h.end()]}': the country the event was held in"))
        for s in self._participation:
            found.extend(self._whose_people(s))
        for s in self.event_sents:
            found.extend(self._presenters(s))
        found.extend(self._audience_for())
        seen = set()
        for s in self._naming_officials():
            for iso, a, b in self._officials(s):
                said = " ".join(self.masked[a:b].split())
                found.append((iso, a, b, INFERRED, f"an official or body of {country_name(iso)} ('{said}') took part"))
        found.extend(self._represented())
        found.extend(self._delegation_heads())
        found.extend(self._held_with_officials())
        found.extend(self._dialogue_parties())
        if any(f[0] in CENTRAL_ASIA for f in found):
            region = []  # the Central Asian countries that took part are named: "Central Asia" adds nothing
        if not found and not region:
            found = _host_officials(rec) or self._national_audience(rec) or _online_host_government(rec)
        elif rec.country_iso3 and all(f[0] != rec.country_iso3 for f in found):
            # "organized by the Ministry of Internal Affairs of Tajikistan" in Dushanbe, with the guests named: the
            # host government's people took part as well
            found.extend(_host_officials(rec))
        for iso, a, b, confidence, why in found + region:
            if iso in seen:
                continue
            seen.add(iso)
            rec.countries.append((iso, "participant"))
            _evidence(rec, "participant_country", iso, a, b, confidence, why)

    def _delegation_heads(self) -> list[tuple[str, int, int, str, str]]:
        """The countries of the heads of delegations listed one to a line under "The heads of delegations were:"
        ("Temir Djumakadyrov, Secretary of the Security Council of the Kyrgyz Republic;" / "Guo Shengkun, Member of
        the State Council of the People's Republic of China;"): each line's country took part. The list ends at the
        first line that names no country or is longer than a list's line."""
        out: list[tuple[str, int, int, str, str]] = []
        paras = self.tm.paragraphs
        for s in self.body:
            if not s.text.rstrip().endswith(":") or not _HEADS_LISTED.search(s.text):
                continue
            for a, b in paras[s.paragraph + 1 :]:
                if b - a > LIST_LINE_CHARS:
                    break
                named = [c for c in self.countries if a <= c.start < b and c.kind == "country"]
                if not named:
                    break
                if not _DIPLOMAT.search(self.masked, a, b):  # (an ambassador heads no national delegation)
                    said = " ".join(self.masked[a:b].split())
                    out.append((named[0].value, named[0].start, named[0].end, STATED,
                                f"a head of a delegation listed: '{said}'"))
        return out

    def _held_with_officials(self) -> list[tuple[str, int, int, str, str]]:
        """The countries whose officials an event was held with: "held a video conference with the Deputy Foreign
        Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan" (the list right after "of")."""
        out = []
        for s in self.event_sents:
            m = _HELD_WITH_OFFICIALS.search(self.masked[s.start : s.end])
            if m is None:
                continue
            said = " ".join(m.group(0).split())
            at = s.start + m.end()
            for c in self._in(s, self.countries):
                if c.start < at:
                    continue
                if c.kind != "country" or c.start != at:
                    break
                out.append((c.value, c.start, c.end, INFERRED, f"'{said} ...': its officials took part"))
                gap = _COUNTRY_LIST_GAP.match(self.masked, c.end)
                if gap is None:
                    break
                at = gap.end()
        return out

    def _dialogue_parties(self) -> list[tuple[str, int, int, str, str]]:
        """The countries a dialogue is named for (``dialogue_name``): their delegations hold it."""
        m = self._dialogue_name()
        if m is None:
            return []
        said = " ".join(m.group(0).split())
        why = f"'{said}': a dialogue of the Central Asian countries, whose delegations take part"
        out = [(iso, m.start(), m.end(), INFERRED, why) for iso in sorted(CENTRAL_ASIA)]
        if m.group("also") and (iso := country_iso3(m.group("also"))):
            out.append((iso, m.start("also"), m.end("also"), STATED, ""))
        return out

    def _presenters(self, s: Sentence) -> list[tuple[str, int, int, str, str]]:
        """Countries that presented their own experience at the event ("Kazakhstan, Kyrgyzstan and Uzbekistan
        presented their national approaches at a side event"; "gave A and B the opportunity to share their
        experience"): their people were there, though no word like "took part" says so."""
        m_text = self.masked[s.start : s.end]
        if "their" not in m_text:
            return []  # (most sentences)
        items = [i for i in self._country_items(s) if len(i[2]) == 1 and self._is_country_span(i[0], i[1])]
        out: list[tuple[str, int, int, str, str]] = []
        chain: list[tuple[int, int, list[str]]] = []
        for item in items:
            if chain and not _LIST_GAP.fullmatch(self.masked, chain[-1][1], item[0]):
                chain = []
            chain.append(item)
            if _PRESENTED_THEIR.match(self.masked, item[1]):
                out.extend((i[2][0], i[0], i[1], STATED, "") for i in chain)
        return out

    def _national_audience(self, rec: EventRecord) -> list[tuple[str, int, int, str, str]]:
        """An event held in a Central Asian country whose people the text describes without naming any country
        ("524 prison service employees were trained", "the meeting discussed ..."): the host country's people
        took part, as the corpus writers coded 242 of 276 events held in the region. A guess, so marked: a
        study visit (type "other") is made by guests, and an online event has no host to take part."""
        if rec.event_type is None or rec.format == "virtual" or rec.country_iso3 not in CENTRAL_ASIA:
            return []
        organisers = {country_iso3(name) for name, role in rec.organizations if role == "organizer"}
        if rec.event_type == "exercise" and organisers and rec.country_iso3 not in organisers \
                and None not in organisers:
            return []  # "Russian troops rehearse defence of their base in Tajikistan": a foreign army's own drill
        if rec.event_type == "other" and any(e.field == "event_type" and _VISIT.search(self.masked, e.start, e.end)
                                             for e in rec.evidence):
            return []  # a study visit to Astana is made by guests: the host country does not take part
        s = self._participation[0] if self._participation else self.event_sents[0]
        return [(rec.country_iso3, s.start, s.end, GUESSED,
                 f"a {rec.event_type} held in {country_name(rec.country_iso3)} whose participants are named without "
                 f"a country: taken to be from {country_name(rec.country_iso3)}")]


#: an activity of guests, whose hosts do not take part in it
_VISIT = re.compile(r"\b(?:visits?|tours?|trips?|missions?)\b", re.IGNORECASE)


def _online_host_government(rec: EventRecord) -> list[tuple[str, int, int, str, str]]:
    """An online event a Central Asian government organised, no participating country being named ("the Ministry
    of Finance of Turkmenistan held a videoconference with FATF experts"): its officials took part, as the host
    government's do at an event held in its country (``_host_officials``)."""
    if rec.format != "virtual" or rec.country_iso3 or (iso := central_asian_organiser(rec)) is None:
        return []
    return _organising_government(rec, iso, f"an online event organised by the government of {country_name(iso)}, "
                                            "whose officials took part")


def _host_officials(rec: EventRecord) -> list[tuple[str, int, int, str, str]]:
    """An event a Central Asian government held in its own country ("a round table organized by the Ministry
    of Health of Tajikistan" in Dushanbe), no participating country being named: its officials took part."""
    if not rec.country_iso3 or rec.format == "virtual" or rec.country_iso3 not in CENTRAL_ASIA:
        return []
    return _organising_government(rec, rec.country_iso3, f"held in {country_name(rec.country_iso3)} by its own "
                                                         "government, whose officials took part")


def _organising_government(rec: EventRecord, iso: str, why: str) -> list[tuple[str, int, int, str, str]]:
    """The country as a participant, cited where its government is named as an organiser (none if it is not)."""
    name = country_name(iso)
    at = organiser_evidence(rec, name)
    if at is None or (name, "organizer") not in rec.organizations:
        return []
    return [(iso, at.start, at.end, INFERRED, why)]


def _government_of(m: Mention) -> str | None:
    """The country (ISO3) whose government a registered body belongs to ("KazISS" -> KAZ), or None."""
    return country_iso3(resolve_org(m.value)) if m.kind == "org" else None
