"""Where the event took place and in what format: in person in a city (or only a country), online,
or both."""

from __future__ import annotations

import re
from functools import cached_property

from data_loader.casefold import CuePattern
from data_loader.extract import header, places, roles
from data_loader.extract.dates import MONTHS
from data_loader.extract.event_base import (
    _NOT_VENUE_IN,
    ExtractorState,
    _evidence,
    central_asian_organiser,
    organiser_evidence,
)
from data_loader.extract.mentions import Mention
from data_loader.extract.records import GUESSED, INFERRED, STATED, EventRecord
from data_loader.extract.text import Sentence
from data_loader.lookup.gazetteer import (
    CENTRAL_ASIA,
    City,
    Region,
    capital_of,
    country_iso3,
    country_name,
    lookup_city,
    region_mentions,
    region_towns,
)
from data_loader.lookup.registries import org_seat, organizations

_VIRTUAL = re.compile(
    r"\b(?:virtual|online|web-?based|remote)\s+(?:[a-z-]+\s+){0,2}?" + roles.EVENT_NOUN + r"\b|"
    r"\b(?:held|conducted|organi[sz]ed|" + roles.TOOK_PLACE + r"|hosted|convened|delivered|met|joined|participated|"
    r"attended|"
    # ("held the 2nd meeting of its Regional Steering Group (RSG) online": the event named between)
    r"took\s+part)\s+(?:[\w()’'-]+\s+){0,9}?(?:online|virtually|remotely|by\s+video(?:conference|\s+link)?|"
    r"via\s+video(?:conference|\s+link)?)\b|"
    r"\bvideo[\s-]?conferenc\w*|\bwebinars?\b|\b(?:via|on|through)\s+(?:the\s+)?(?:zoom|webex|microsoft\s+teams|teams)"
    r"(?:\s+platform)?\b|"
    r"\bin\s+(?:(?:a|an)\s+)?(?:virtual|online|remote)\s+(?:format|mode)\b|\b(?:virtual|online)\s+hearings?\b|"
    # "Opening the e-event, Ms. ... noted": an electronic event is an online one
    r"\be-events?\b",
    re.IGNORECASE,
)
#: the same words asked of an event sentence on its lowered copy, only where it holds a word every match needs
#: (see casefold.py): most sentences hold none, and the case-insensitive pattern cost eight times as much
_VIRTUAL_CUE = CuePattern.compile(_VIRTUAL.pattern, prefilter=True)
_ON_SITE = r"(?:in[\s-]person|offline|on[\s-]site|on\s+the\s+spot|physically|face[\s-]to[\s-]face)"
_REMOTE = r"(?:online|virtual(?:ly)?|remotely|by\s+video(?:\s*link|conference)?)"
_HYBRID = re.compile(
    # "hybrid", but not "hybrid threats" or '"hybrid" terrorist threats' (a topic)
    r"\bhybrid\b(?![”\"’']?\s+(?:[a-z]+\s+)?(?:threats?|warfare|wars?|attacks?|tactics|campaigns?|operations?|activities|regimes?))|"
    rf"\b(?:{_ON_SITE}\s+(?:and|or|as\s+well\s+as)\s+{_REMOTE}|{_REMOTE}\s+(?:and|or|as\s+well\s+as)\s+{_ON_SITE}|"
    r"both\s+in\s+person\s+and|blended\s+format|"
    # "in the room or online", "some in the hall and some online"
    rf"in\s+the\s+(?:room|hall)\s+(?:and|or)\s+(?:(?:some|others)\s+)?{_REMOTE}|"
    rf"{_REMOTE}\s+(?:and|or)\s+(?:(?:some|others)\s+)?in\s+the\s+(?:room|hall)|"
    # "combined remote participation with an in-person session"
    r"(?:remote|online|virtual)\s+participation\s+(?:with|and)\s+(?:an?\s+)?in[\s-]person|"
    r"in[\s-]person\s+(?:[\w-]+\s+){0,2}?(?:with|and)\s+(?:remote|online|virtual)\s+participation|"
    # "with some participants joining online": the others were in the room
    # ("Some delegations took part on site and others joined by video link")
    r"(?:some|others?|several|many|a\s+number\s+of|remote)\s+(?:[\w-]+\s+){0,2}?(?:joining|joined|participating|"
    r"participated|taking\s+part|took\s+part|connected|connecting|attending|attended)\s+"
    r"(?:online|virtually|remotely|by\s+video)|"
    # "... of Kyrgyzstan and Russia took part, some of them by videoconference"
    rf"(?:some|several|a\s+few|part|one)\s+of\s+them\s+(?:[\w-]+\s+){{0,2}}?{_REMOTE}|"
    # "a plenary session in the Tauride Palace, with speakers also joining by video link"
    r"\balso\s+(?:joining|joined|participating|participated|taking\s+part|took\s+part|connected|connecting|"
    r"attending|attended)\s+(?:online|virtually|remotely|by\s+video)|"
    # "the conversation was also conducted through the Zoom program": held in the room, and online as well
    r"\b(?:was|were)\s+also\s+(?:conducted|held|broadcast|streamed|run|organi[sz]ed)\s+(?:online|virtually|"
    r"(?:through|via|on|over)\s+(?:the\s+)?(?:Zoom|Microsoft\s+Teams|Teams|Webex|Skype|internet|an?\s+online)))\b",
    re.IGNORECASE)


#: a province of a country, where the text names no city: "in the Xinjiang Uygur Autonomous Region of the
#: People's Republic of China", "in the Sughd Province of Tajikistan"
_PROVINCE_OF = re.compile(r"\bin\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?i:autonomous\s+)?(?i:region|province|oblast|"
                          r"district|territory|governorate|prefecture)\s+of\s+(?:the\s+)?$")

#: a country's province after its possessive: "Tajikistan's mountainous Gorno-Badakhshan Autonomous Region"
_PROVINCE_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:[A-Z][\w'’-]*\s+){1,4}(?i:autonomous\s+)?"
                             r"(?i:region|province|oblast|district|territory|governorate|prefecture)\b")
#: another place after a country: "a study visit to Poland, Lithuania and Latvia" names no one host
_MORE_PLACES = re.compile(r"(?:,|\s+and)\s+(?:the\s+)?[A-Z]")
#: what may follow the country an event was held in: the sentence's end, its days, or its month ("will hold the
#: joint exercise Rubezh-2021 in Kyrgyzstan in September")
_AFTER_VENUE_COUNTRY = re.compile(r"\s*(?:[.,;]|$|on\b|from\b|in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|"
                                  r"April|May|June|July|August|September|October|November|December)\b)")
#: an office's town at the end of its name: "OSCE Centre in Ashgabat", "UNODC Programme Office in Dushanbe"
_OFFICE_IN = re.compile(r"\b(?:Centre|Center|Office|Mission|Co-ordinator|Coordinator)\s+in\s+([A-Z][\w-]+)$")
#: the office is the subject of the verb of holding the event: "... and the OSCE Centre in Ashgabat ran a course"
_RAN_AFTER = re.compile(r"[^.;]{0,60}?\b" + roles.ORG_VERB + r"\b")
#: the country an office is named for, right after its organisation's name: "UNDP Tajikistan", "IOM in Kazakhstan"
_OFFICE_COUNTRY = re.compile(r"\s+(?:in\s+)?([A-Z][a-z]+)\b")
#: "in", "in the" just before a place's name
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
#: a place the region that follows is the province of: "held in Lenin aiyl okmot, Jalal-Abad region"
_IN_PLACE_COMMA = re.compile(r"\bin\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s*$")
#: a time still to come after a place: "a similar exercise be held in China next year" is another event
_NEXT_TIME = re.compile(r"\s+(?:next\s+(?:year|month|time|spring|summer|autumn|fall|winter)|in\s+(?:the\s+)?future)\b",
                        re.IGNORECASE)
#: an event page's field for joining online: "Online participation (Zoom): | Conference ID ...", "Livestream:"
_ONLINE_FIELD = re.compile(r"^[ \t*_|]*((?:Online|Remote|Virtual)\s+(?:participation|attendance|access)|Livestream|"
                           r"Live\s+stream|Webcast)[^:\n]{0,20}:", re.MULTILINE | re.IGNORECASE)
#: an event's quoted name that says it was online: '"Online Colloquium on Fight Against Crimes ..."'
_ONLINE_NAME = re.compile(r"[“\"«]\s*(?:Online|Virtual)\s+(?:[\w-]+\s+){0,2}?" + roles.EVENT_NOUN + r"\b",
                          re.IGNORECASE)
#: a country named as whose embassy it is: "the U.S. Embassy", "the Embassy of Japan"
_EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+Embass(?:y|ies)\b")
_EMBASSY_OF = re.compile(r"\bEmbass(?:y|ies)\s+of\s+(?:the\s+)?$")
#: a delegation, which comes from its country to the event
_DELEGATION = re.compile(r"\bdelegations?\b", re.IGNORECASE)
#: a country named as a place: "in Turkey", "to Ankara", "across Kazakhstan"
_PLACE_BEFORE = re.compile(r"\b(?:in|to|at|across|throughout|near|inside|into)\s+(?:the\s+)?$", re.IGNORECASE)
#: "in the capital", "in the city": the dateline's city, told again without its name
_THE_CITY = re.compile(r"\b(?:in|across|around)\s+the\s+(?:(?:country|nation)['’]s\s+)?(?P<what>capital|city)\b"
                       r"(?!\s+(?:of|and)\b)")
#: an event page's labelled field: "Format: ONLINE, 15h00 Geneva time", "Venue: online (Zoom)", "Mode: hybrid"
_FORMAT_FIELD = re.compile(r"^[\s*_#>-]*(?:Format|Mode|Modality|Venue|Location|Place)[\s*_]*:[\s*_]*"
                           r"(?P<what>online|virtual|hybrid|webinar|zoom|in[\s-]person)\b",
                           re.IGNORECASE | re.MULTILINE)
#: some of the participants followed the event from afar: "Several officials joined the event online"
#: a sentence of who came, anywhere in the story: "More than 100 people attended in the university's hall, while
#: specialists from other regions joined through ZOOM": some in the room, the others online
_ROOM_AND_ONLINE = re.compile(
    r"\b(?:attended|gathered|were\s+present)\s+in\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:hall|room|"
    r"auditorium|venue|building)\b[^.;]{0,30}?\b(?:while|whereas|and)\s+[^.;]{0,60}?\b(?:joined|followed|connected|"
    r"participated|took\s+part)\s+(?:it\s+)?(?:online|remotely|virtually|(?:through|via|by)\s+(?:video|Zoom|ZOOM|"
    r"Teams|Webex|Skype|videoconference|video\s*link))|"
    # "members in the capital sat together in the Ministry of Foreign Affairs in Nur-Sultan, and members from the
    # regions joined online"
    r"\b(?:sat\s+together|met\s+in\s+person|gathered\s+in\s+person)\s+(?:in|at)\s+[^.;]{0,80}?\b(?:while|whereas|and)"
    r"\s+[^.;]{0,60}?\b(?:joined|followed|connected|"
    r"participated|took\s+part)\s+(?:it\s+)?(?:online|remotely|virtually|(?:through|via|by)\s+(?:video|Zoom|ZOOM|"
    r"Teams|Webex|Skype|videoconference|video\s*link))")
_JOINED_ONLINE = re.compile(r"\b(?:joined|participated|took\s+part|connected|followed)\b[^.;]{0,40}?\b"
                            r"(?:online|remotely|virtually|via\s+(?:video|videoconference|Zoom))\b", re.IGNORECASE)
#: what every match of ``_FORMAT_FIELD`` holds, in the lowered text (see casefold.py): a label and its colon. One
#: search for it, which ``re`` starts only at the labels' first letters, instead of the field's pattern tried at
#: every character of every document (most pages have no such field)
_FORMAT_LABEL = re.compile(r"(?:format|mode|modality|venue|location|place)[\s*_]*:")
#: a word every hybrid phrasing holds: sentences without one are not searched
_HYBRID_WORDS = re.compile(r"hybrid|online|virtual|remote|video|blended|person|zoom|teams|webex|skype")

#: a later sentence telling of a part added to the event: "In addition, the participants took part in a half-day
#: online session on ...": that part was online, not the event
_ADDED_PART = re.compile(r"^\W*(?:In\s+addition|Additionally|Besides|Moreover|Furthermore)\b|"
                         r"\b(?:half-day|one-hour|two-hour|\d+-hour|short|separate|additional|extra|further)\s+"
                         r"(?:virtual|online|remote)\s+(?:session|segment|module|lecture|briefing)s?\b", re.IGNORECASE)

#: the words before a country that make it the venue: "held in", "held across", "a three-day study visit to"
_VENUE_COUNTRY_BEFORE = re.compile(r"\b(?:(?:held|" + roles.TOOK_PLACE + r"|organi[sz]ed|hosted|conducted|convened|"
                                   r"opened|concluded)\s+(?:in|across|throughout)|"
                                   # "a three-day study visit to the Republic of Kazakhstan": the country visited
                                   r"(?:visit|tour|trip|mission)s?\s+to|"
                                   # "drills under way in all schools of Kazakhstan": everywhere in the country
                                   r"(?:in|at)\s+(?:all|every|each)\s+(?:[\w-]+\s+){1,2}?(?:of|in|across))\s+(?:the\s+)?$",
                                   re.I)


#: many places of the one country a story is filed from: "at 14 higher education institutions of the country", "in all
#: districts of the republic"
_ACROSS_THE_COUNTRY = re.compile(r"\b(?:at|in)\s+(?:all|every|each|\d+|several|many|various|numerous|dozens\s+of)\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?:institutions|universities|schools|colleges|districts|regions|"
                                 r"provinces|cities|towns|villages|establishments)\s+(?:of|across|throughout|in)\s+"
                                 r"the\s+(?:country|republic)\b", re.IGNORECASE)


class WhereRules(ExtractorState):
    """The event's ``format`` and its venue: ``city``, ``country_iso3``, coordinates and
    ``location_precision``."""

    def _format(self, rec: EventRecord) -> None:
        # (and the other sentences of the lead's paragraph: "..., a meeting for students was held ... In keeping with
        # the quarantine requirements, the conversation was also conducted through the Zoom program.")
        lead_paragraph = self.event_sents[0].paragraph if self.event_sents else None
        told = self.event_sents[:4] + [s for s in self.body if s.paragraph == lead_paragraph and s not in
                                       self.event_sents[:4]]
        for s in told:
            m_text = self.masked[s.start : s.end]
            if _HYBRID_WORDS.search(self._low_slice(s) or m_text.lower()) and (h := _HYBRID.search(m_text)):
                rec.format = "hybrid"
                _evidence(rec, "format", "hybrid", s.start + h.start(), s.start + h.end())
                return
        if self.body and " in the " in self.masked \
                and (h := _ROOM_AND_ONLINE.search(self.masked, self.body[0].start, self.body[-1].end)) is not None:
            rec.format = "hybrid"
            _evidence(rec, "format", "hybrid", h.start(), h.end())
            return
        lead_venue = self._lead_names_a_venue()
        for i, s in enumerate(self.event_sents[:4]):
            m_text = self.masked[s.start : s.end]
            if i and (j := _JOINED_ONLINE.search(m_text)) and self._names_a_venue(self.event_sents[:i]):
                # "The workshop took place in Tashkent ... Several officials from Turkmenistan joined the event
                # online": held at a venue, some of its participants followed it online
                rec.format = "hybrid"
                _evidence(rec, "format", "hybrid", s.start + j.start(), s.start + j.end())
                return
            if (v := _VIRTUAL_CUE.search(m_text, self._low_slice(s))) and (i == 0 or not lead_venue) \
                    and not (i and _ADDED_PART.search(m_text)):
                if i and self._headline_names_a_venue():
                    # "Forum ... held in Atyrau" over "The event was held with the use of videoconferencing": a
                    # venue in the city, and the rest online
                    rec.format = "hybrid"
                    _evidence(rec, "format", "hybrid", s.start + v.start(), s.start + v.end(), INFERRED,
                              "held online, and in the city its headline names")
                    return
                rec.format = "virtual"
                _evidence(rec, "format", "virtual", s.start + v.start(), s.start + v.end())
                return
        lead = [s for s in self.body[:4] if not self.event_sents or s.start <= self.event_sents[0].start]
        for s in [*lead, *self.event_sents[:2]]:
            if (v := _ONLINE_NAME.search(self.text, s.start, s.end)) is not None:
                # 'jointly organized an "Online Colloquium on Fight Against Crimes ..."': the event's quoted name
                rec.format = "virtual"
                _evidence(rec, "format", "virtual", v.start(), v.end())
                return
        if self.head.title_span and (v := _VIRTUAL.search(self.masked, *self.head.title_span)):
            # "UNDP delivers regional online consultations": the story does not say it again
            rec.format = "virtual"
            _evidence(rec, "format", "virtual", v.start(), v.end())
            return
        if (field := self._format_field) is not None:
            # the page of one event gives its format as a field, which no sentence repeats
            what = field.group("what").lower()
            rec.format = "hybrid" if what == "hybrid" else "in-person" if what.startswith("in") else "virtual"
            _evidence(rec, "format", rec.format, field.start("what"), field.end("what"))
            return
        if header.place_field(self.text) is not None and (online := _ONLINE_FIELD.search(self.masked)) is not None:
            # an event page's fields: a venue, and a way to join online ("Online participation (Zoom): ...")
            rec.format = "hybrid"
            _evidence(rec, "format", "hybrid", online.start(1), online.end(1))
            return
        rec.format = "in-person"

    def _names_its_province(self, c: places.CityMention) -> bool:
        """Whether a city's name stands for the province named after it ("Pavlodar region to hold ... drills")."""
        return places.REGION_AFTER.match(self.masked, c.end, c.end + 120) is not None

    def _names_a_venue(self, sents: list[Sentence]) -> bool:
        """Whether one of the sentences holds the event in a city ("The workshop took place in Tashkent")."""
        return any(places.venue_score(self.masked, c) >= 3 for s in sents for c in self._in(s, self.cities))

    def _headline_names_a_venue(self) -> bool:
        """Whether the headline holds the event in a city ("Forum on ... held in Atyrau")."""
        if not self.head.title_span:
            return False
        a, b = self.head.title_span
        return self._names_a_venue([Sentence(a, b, self.masked[a:b], -1, False)])

    def _lead_names_a_venue(self) -> bool:
        """Whether the first sentence about the event holds it in a city ("held a joint drill ... in the Chinese
        city of Xiamen"): a later sentence's "online exercise" is then about another occasion or a plan."""
        return self._names_a_venue(self.event_sents[:1])

    @cached_property
    def _format_field(self) -> re.Match[str] | None:
        """An event page's "Format:" field: the whole text is searched once per document, not once per event."""
        if ":" not in self.masked or (self._low is not None and _FORMAT_LABEL.search(self._low) is None):
            return None  # no label with its colon (most pages have no colon at all): the field's pattern cannot match
        return _FORMAT_FIELD.search(self.masked)

    def _city_of_code_name(self) -> tuple[City, int, int] | None:
        """'Anti-terrorist exercises "Ust-Kamenogorsk — Antiterror 2019" are being held today ... in East Kazakhstan
        Region': an exercise named after its town, in quotes (which the rules read masked), with no town written
        elsewhere."""
        for s in self.event_sents:
            for m in _CODE_NAME_TOWN.finditer(self.text, s.start, s.end):
                city = lookup_city(m.group("town"))
                if city is not None:
                    return city, m.start("town"), m.end("town")
        return None

    def _caption_city(self) -> places.CityMention | None:
        """The city a photo's caption of the event gives ("Participants take part in a document control drill,
        19 November 2018, Dushanbe, Tajikistan (OSCE BMSC/Shamsi Myadyeva)."): the story's sentences are read first,
        so their days win, but a caption shows where the event was when the story only names the college."""
        for s in self.body:
            if self._in_caption(s) and self._is_event_sentence(s):
                found = [c for c in self._in(s, self.cities) if places.venue_score(self.masked, c) >= 0]
                if found:
                    return found[0]
        return None

    def _place(self, rec: EventRecord) -> None:
        chosen, how = None, (STATED, "")
        venue = self.head.venue
        if rec.format != "virtual" and venue is not None and venue.city_span is not None \
                and header.on_place_line(self.text, venue.city_span[0]):
            # an event page's card says where ("Place: Ashgabat, Turkmenistan"): a city the story names
            # elsewhere ("presented at a session in Vienna") is another occasion's
            self._set_city(rec, venue.city, *venue.city_span)
            return
        if rec.format != "virtual" and (venue is None or venue.city_span is None) \
                and (field := header.place_field(self.text)) is not None and self._in_this_part(field[1][0]):
            # a page's one place field ("Location | Berlin, Germany" among its quick facts) says where
            self._set_city(rec, field[0], *field[1])
            return
        for s in self.event_sents:
            if self._of_an_earlier_year(s, rec):
                continue
            # the best-placed city of the sentence (the first on a tie), if it is placed as a venue at all
            score, best = max(((places.venue_score(self.masked, c), c)
                               for c in self._after_other_event_filter(s, self._in(s, self.cities))),
                              key=lambda sc: sc[0], default=(0, None))
            if score >= 3:
                chosen = best
                break
        # a venue line under the headline says where; the weaker guesses below are not needed then
        from_venue = chosen is None and venue is not None and venue.city_span is not None
        if chosen is None and not from_venue and rec.format != "virtual" and (seat := self._seat_city()) is not None:
            # "the annual working meeting ... took place at the Central Asian Regional Information and Coordination
            # Centre (CARICC)": held at a body with one seat, in the seat's city
            city, m = seat
            _put_city(rec, city, m.start, m.end, INFERRED,
                      f"held at {' '.join(m.surface.split())}, which sits in {city.name}")
            return
        if chosen is None and not from_venue and (pictured := self._caption_city()) is not None:
            chosen = pictured
            how = INFERRED, "no sentence of the story says where it was held: the place a photo of it was taken"
        if chosen is None and not from_venue and self.head.title_span:
            ts, te = self.head.title_span
            cands = [c for c in self.cities if ts <= c.start < te and not self._names_its_province(c)]
            if cands:
                chosen = cands[0]
                how = INFERRED, "no sentence of the story says where it was held: the city in the headline"
        if chosen is None and not from_venue and (trip := self._trip_city()) is not None:
            chosen = trip
            how = INFERRED, "no sentence about the event says where: the city a delegation went to, in the lead"
        if chosen is None and not from_venue:
            for s in self.event_sents:
                if self._of_an_earlier_year(s, rec):
                    continue
                cands = [c for c in self._in(s, self.cities) if places.venue_score(self.masked, c) >= 1
                         and not self._names_its_province(c)]
                if cands:
                    chosen = cands[0]
                    how = GUESSED, "no sentence says where it was held: a city named in a sentence about the event"
                    break
        if rec.format == "virtual":
            rec.location_precision = "virtual"
            return
        if chosen is not None:
            self._set_city(rec, chosen.city.name, chosen.start, chosen.end, *how)
            return
        if from_venue:
            self._set_city(rec, venue.city, *venue.city_span)
            return
        if (named := self._city_of_code_name()) is not None:
            city, a, b = named
            _put_city(rec, city, a, b, INFERRED, f"the exercise is named after its town: '{self.text[a:b]}'")
            return
        if (province := self._venue_province()) is not None:
            # "in the Issyk-Kul region": the story says where, in no town; a dateline is only where it was filed
            region, a, b = province
            _put_province_country(rec, region, a, b, f"held in {self.masked[a:b]}, a province of "
                                                     f"{country_name(region.iso3)} (no town is named)")
            return
        if (town := self._small_town()) is not None:
            city, a, b = town
            _put_city(rec, city, a, b, INFERRED,
                      f"'{self.masked[a:b]}' is a town of {country_name(city.iso3)} (GeoNames: {city.population:,} "
                      "people)")
            return
        if (province := self._venue_province(after_a_place=True)) is not None:
            region, a, b = province
            _put_province_country(rec, region, a, b, f"held in a place of {self.masked[a:b]}, a province of "
                                                     f"{country_name(region.iso3)} (a place no gazetteer knows)")
            return
        if (item := self._item_dateline()) is not None:
            self._set_city(rec, item[0], *item[1], INFERRED,
                           "no sentence of the story says where it was held: the city of its item's own dateline")
            return
        if self.head.dateline_city and (spread := self._across_the_country()) is not None \
                and (home := lookup_city(self.head.dateline_city)) is not None:
            # "held preventive events at 14 higher education institutions of the country", under "BISHKEK (AKIpress)":
            # many places of the dateline's country, no one town
            a, b = spread
            said = " ".join(self.masked[a:b].split())
            _put_country(rec, home.iso3, a, b, INFERRED,
                         f"held at '{said}': across the dateline's country, in no one town")
            return
        if self.head.dateline_city and (not self.head.dateline_agency or self._only_dateline_country()
                                        or self._names_the_dateline_city()):
            self._set_city(rec, self.head.dateline_city, *self.head.dateline_span, INFERRED, DATELINE_CITY_WHY)
            return
        if not self.head.dateline_city and (publisher := self._publisher_capital()) is not None:
            capital, m = publisher
            _put_city(rec, capital, m.start, m.end, INFERRED,
                      f"held 'in the capital', on a page of {' '.join(m.surface.split())}: the capital of "
                      f"{country_name(capital.iso3)}")
            return
        country = self._venue_country()
        if country is None and self.head.dateline_country:
            iso, a, b = self.head.dateline_country
            _put_country(rec, iso, a, b, INFERRED,
                         "no city of the story is known: the country of the dateline")
            return
        if country:
            iso, a, b = country
            if rec.event_type in ("training", "workshop", "meeting", "consultation", "briefing") \
                    and (office := self._office_city(iso)) is not None:
                # "The OSCE Centre in Ashgabat ran a course ... at the Institute of the Ministry of Internal Affairs of
                # Turkmenistan": held where the office that ran it sits, in the country the story names
                city, ca, cb = office
                self._set_city(rec, city.name, ca, cb, GUESSED,
                               f"held in {country_name(iso)}, at no named town: the city of the office that ran it "
                               f"('{' '.join(self.masked[ca:cb].split())}')")
                return
            _put_country(rec, iso, a, b)
            return
        if (home := self._dateline_country_among_named()) is not None:
            iso, a, b = home
            _put_country(rec, iso, a, b, GUESSED,
                         f"no place is written for the event, which {country_name(iso)} holds with others, in a story "
                         f"filed from its city '{self.head.dateline_city}': held there, in no known town")
            return
        if (office := self._masthead_office_country()) is not None:
            iso, a, b = office
            _put_country(rec, iso, a, b, GUESSED,
                         f"no place is named for the event: the country of the office whose page this is "
                         f"('{' '.join(self.masked[a:b].split())}')")
            return
        if rec.event_type in ("exercise", "training") and (home := self._service_home()) is not None:
            iso, a, b = home
            kind = f"{'an' if rec.event_type == 'exercise' else 'a'} {rec.event_type}"
            _put_country(rec, iso, a, b, GUESSED,
                         f"{kind} of {country_name(iso)}'s own services, and no place of another country named: held "
                         "at home")
            return
        rec.location_precision = "region"

    def _in_this_part(self, at: int) -> bool:
        """Whether an offset lies in the digest section being read (from its heading to its last sentence), or the
        page is read whole: a section's "Venue | Moscow" is not the next section's."""
        if self.section_heading is None or not self.body:
            return True
        return self.section_heading[0] <= at < max(self.body[-1].end, self.section_heading[1])

    def _across_the_country(self) -> tuple[int, int] | None:
        """Where the lead says the event was held at many places of 'the country' ("at 14 higher education
        institutions of the country", "in all districts of the republic")."""
        for s in self.event_sents[:1]:
            if (m := _ACROSS_THE_COUNTRY.search(self.masked, s.start, s.end)) is not None:
                return m.start(), m.end()
        return None

    def _item_dateline(self) -> tuple[str, tuple[int, int]] | None:
        """The city of a dateline opening the event's paragraph further down the page ("Aktobe, 25 December – The
        regional commission ..." in a monitoring digest's item): the only town written for the item's event. (The
        header reads a title-case place and day as a news agency's, where the story was filed: an item's dateline
        is all that says where its event was; an agency named in brackets makes it only where it was filed.)"""
        if not self.event_sents:
            return None
        at = self.event_sents[0].paragraph
        if at <= self.head.body_start_paragraph + header.OPENING_PARAGRAPHS:
            return None  # (the story's own dateline is the header's)
        city, span, _, _ = header.find_dateline(self.tm, at)
        if city is None or span is None or span[0] != self.tm.paragraphs[at][0] or "(" in self.text[span[0] : span[1]]:
            return None  # ("TASHKENT, May 16 (Xinhua) --" below a page's furniture: the agency's filing place)
        return city, span

    def _of_an_earlier_year(self, s: Sentence, rec: EventRecord) -> bool:
        """'The first was organised in Hyderabad in August 2019', in a story of a seminar of 2021: a later sentence
        whose dates all fall in years before the event's tells of another occasion; its city is that one's."""
        if rec.year is None or not self.event_sents or s is self.event_sents[0]:
            return False
        years = [d.year for d in self._sentence_dates(s) if d.has_year and d.year]
        return bool(years) and max(years) < rec.year

    def _masthead_office_country(self) -> tuple[str, int, int] | None:
        """'UNDP Tajikistan > News Centre > Press releases' above the headline, and a story naming no place of
        its event nor any other country: a country office tells of its own work there."""
        if not self.head.title_span:
            return None
        top = self.head.title_span[0]
        orgs, _ = organizations()
        office = None
        for m in self.registry:
            if m.start < top and m.kind == "org" and m.value in orgs and orgs[m.value].kind in ("un", "intl"):
                after = _OFFICE_COUNTRY.match(self.masked, m.end, top)
                if after is not None and (iso := country_iso3(after.group(1))) in CENTRAL_ASIA:
                    office = (iso, m.start, after.end())
                    break
        if office is None:
            return None
        named = {c.value for c in self.countries if c.start >= top and c.kind == "country"}
        return office if named <= {office[0]} else None

    def _office_city(self, iso: str) -> tuple[City, int, int] | None:
        """The city of an office named in the lead as running the event ("the OSCE Centre in Ashgabat ran"), when
        it is a town of the country the event was held in: (city, start, end) of the office's name."""
        lead = self.event_sents[0] if self.event_sents else None
        if lead is None or " in " not in lead.text:
            return None
        for m in self._in(lead, self.registry):
            if m.kind != "org" or (at := _OFFICE_IN.search(m.surface)) is None:
                continue
            city = lookup_city(at.group(1))
            if city is not None and city.iso3 == iso and _RAN_AFTER.match(self.masked, m.end, lead.end):
                return city, m.start, m.end
        return None

    def _trip_city(self):
        """'A high-level delegation from the Kyrgyz Republic spent this week in Berlin and Bonn ... The trip was
        organised under ...': the first city of the delegation's trip, told before the sentences about the
        event."""
        for s in self._trip_sentences(through_lead=False):
            cands = [c for c in self._in(s, self.cities) if places.venue_score(self.masked, c) >= 3]
            if cands:
                return cands[0]
        return None

    def _service_home(self) -> tuple[str, int, int] | None:
        """The Central Asian country whose service the lead names ("Kyrgyzstan's State Committee for National
        Security has carried out a large-scale counterterrorism exercise ... in the town of Shamaldy-Sai", "officers
        of Tajikistan's Border Troops took part in a course at the Poytakht Training Centre"): a national drill or
        course is held at home, in a town or centre the gazetteer may not know."""
        lead = self.event_sents[0] if self.event_sents else None
        if lead is None:
            return None
        govs = self._in(lead, self.governments)
        if not govs:
            # "Twelve Kazakh law enforcement officers have completed a five-day course": one country's people
            named = self._in(lead, self.countries)
            if any(c.kind == "country" for c in named):
                return None
            govs = [c for c in named if c.kind == "demonym"]
        if len({g.value for g in govs}) != 1 or govs[0].value not in CENTRAL_ASIA:
            return None  # (two countries' forces: a joint drill, held in one of them)
        return govs[0].value, govs[0].start, govs[0].end

    def _only_dateline_country(self) -> bool:
        """Whether the event sentences and the headline name no country but the dateline city's. A news
        agency files from its capital about events anywhere ("BISHKEK (AKIpress) - ... drills in Kazakhstan"):
        its dateline is the venue only for a story that stays in that country."""
        city = lookup_city(self.head.dateline_city or "")
        if city is None:
            return False
        spans = self._told_spans()
        named = {m.value for a, b in spans for m in self.countries + self.governments
                 if a <= m.start < b and not self._embassy_of(m) and not self._visitors_of(m, city.iso3)}
        named |= {c.city.iso3 for a, b in spans for c in self.cities if a <= c.start < b}
        if not named:
            # the story's sentences about the event name no place at all: the dateline's city, when the rest of
            # the story names no other country ("BISHKEK (AKIpress) - UNDP in Kyrgyzstan has ... Staff of the
            # Commission attended a workshop ..."); "held in the capital" is another place's words (see
            # ``_names_the_dateline_city``)
            if any(_THE_CITY.search(self.masked, s.start, s.end) for s in self.event_sents):
                return False
            body = [(s.start, s.end) for s in self.body]
            named = {m.value for a, b in body for m in self.countries + self.governments
                     if a <= m.start < b and not self._visitors_of(m, city.iso3)}
            named |= {c.city.iso3 for a, b in body for c in self.cities if a <= c.start < b}
            return named <= {city.iso3}
        return named == {city.iso3}

    def _dateline_country_among_named(self) -> tuple[str, int, int] | None:
        """(iso3, start, end) of a news agency's dateline country, when the story names it among the countries that
        hold the event and names no town ("DUSHANBE (Khovar) – Military contingents of Tajikistan and Russia started
        joint drills at the Kharbmaidon range"): the agency files from home about its country's joint event."""
        city = lookup_city(self.head.dateline_city or "")
        if city is None or self.head.dateline_span is None:
            return None
        spans = self._told_spans()
        at, to = self.head.dateline_span
        if any(a <= c.start < b and not at <= c.start < to for a, b in spans for c in self.cities):
            return None
        told = [m for a, b in spans for m in self.countries + self.governments
                if a <= m.start < b and not self._embassy_of(m)]
        named = {m.value for m in told}
        if city.iso3 not in named or len(named) < 2:
            return None
        if any(m.value != city.iso3 and _IN_BEFORE.search(self.masked, max(0, m.start - 12), m.start) for m in told):
            return None  # ("at the Surya Foreign Training Node in Auli, in the Indian state of Uttarakhand")
        return city.iso3, *self.head.dateline_span

    def _visitors_of(self, m: Mention, home: str) -> bool:
        """Whether a country other than the dateline's (``home``) is named only as whose people came, in a story of
        a delegation's visit ("TASHKENT, 15 Feb - Sputnik. Uzbekistan's Ministry of Internal Affairs and a delegation
        of Turkey's National Central Bureau of Interpol have discussed ..."): a visiting delegation's country, not a
        place the story went to ("in Turkey", "to Ankara")."""
        return m.value != home and self._delegation_told and \
            _PLACE_BEFORE.search(self.masked, max(0, m.start - 20), m.start) is None

    @cached_property
    def _delegation_told(self) -> bool:
        """Whether the event sentences tell of a delegation, which travels to the event."""
        return any(_DELEGATION.search(self.masked, s.start, s.end) for s in self.event_sents)

    def _embassy_of(self, m: Mention) -> bool:
        """Whether a country is named as whose embassy it is ("Staff of the U.S. Embassy in Dushanbe", "the Embassy
        of Japan"): the embassy is in the country it is accredited to, so the story has not left that country."""
        return "Embass" in self.masked[m.start : m.end] or _EMBASSY_AFTER.match(self.masked, m.end) is not None \
            or _EMBASSY_OF.search(self.masked, max(0, m.start - 30), m.start) is not None

    def _publisher_capital(self) -> tuple[City, Mention] | None:
        """The capital a story means by "held in the capital", on a page of one Central Asian government's body
        ("Search results: terrorism — Ministry of Internal Affairs of the Republic of Tajikistan"), with no dateline
        to say which capital: that government's."""
        if not any(m.group("what") == "capital" for s in self.event_sents
                   for m in _THE_CITY.finditer(self.masked, s.start, s.end)):
            return None
        top = self.tm.paragraphs[self.head.body_start_paragraph][0] if self.head.body_start_paragraph < len(
            self.tm.paragraphs) else len(self.masked)
        found = [m for m in self.governments if m.start < top and m.value in CENTRAL_ASIA]
        if len({m.value for m in found}) != 1 or (capital := capital_of(found[0].value)) is None:
            return None
        return capital, found[0]

    def _names_the_dateline_city(self) -> bool:
        """Whether an event sentence holds it "in the capital" or "in the city" of a news agency's dateline,
        which files from its capital about events anywhere: the words name the dateline's city (for
        "capital", only a dateline city that is its country's capital)."""
        city = lookup_city(self.head.dateline_city or "")
        if city is None:
            return False
        capital = capital_of(city.iso3)
        is_capital = capital is not None and capital.name == city.name
        return any(m.group("what") == "city" or is_capital
                   for s in self.event_sents for m in _THE_CITY.finditer(self.masked, s.start, s.end))

    def _dateline_of_another_country(self, rec: EventRecord) -> None:
        """'BAKU, Azerbaijan, March 2' over "Uzbekistan's State Committee ... is holding a national workshop": a city
        taken from the dateline alone is where the story was filed, when one Central Asian government of another
        country held the event; that government's country is then guessed instead (``_held_at_home``)."""
        span = self.head.dateline_span
        if rec.location_precision != "city" or span is None or not any(
                e.field == "city" and (e.start, e.end) == span for e in rec.evidence):
            return
        iso = central_asian_organiser(rec)
        if iso is None or iso == rec.country_iso3:
            return
        rec.city = rec.lat = rec.lon = rec.country_iso3 = rec.country = None
        rec.location_precision = "region"
        rec.evidence = [e for e in rec.evidence if e.field not in ("city", "country_iso3", "location_precision")]

    def _held_at_home(self, rec: EventRecord) -> None:
        """No place is named, and one Central Asian government held the event (UNODC "and the Ministry of Interior
        of the Kyrgyz Republic ... held a two-day round table"): held in its own country, a guess."""
        if not _names_no_place(rec):
            return
        iso = central_asian_organiser(rec)
        at = organiser_evidence(rec, country_name(iso)) if iso is not None else None
        if at is None:
            return
        _put_country(rec, iso, at.start, at.end, GUESSED,
                     f"no place is named: the country whose government held it, {country_name(iso)}")

    def _office_country(self, rec: EventRecord) -> None:
        """No place is named, and the organiser is named with its office's country ("IWPR Tajikistan conducted
        dialogue meetings in four district centres"): an office runs its events in its own country, a guess (not
        made for a report with no date either, which a guessed place would not make an event of)."""
        if not (_names_no_place(rec) and rec.year):
            return
        for e in rec.evidence:
            if e.field == "organizer" and (based := _STATIONED_IN.match(self.masked, e.end)) is not None \
                    and (iso := country_iso3(based.group("country"))) is not None:
                # "units of Russia's 201st base in Tajikistan have held an exercise": where its forces are stationed
                _put_country(rec, iso, based.start("country"), based.end("country"), GUESSED,
                             f"no place is named: {e.value}'s forces that held it are stationed in {country_name(iso)}")
                return
            if e.field != "organizer" or country_iso3(e.value) is not None:
                continue
            office = _OFFICE_COUNTRY_AFTER.match(self.masked, e.end)
            iso = country_iso3(office.group(1)) if office is not None else None
            if iso is not None:
                _put_country(rec, iso, e.start, e.end + office.end() - office.start(), GUESSED,
                             f"no place is named: {e.value}'s office in {country_name(iso)} held it")
                return

    def _small_town(self) -> tuple[City, int, int] | None:
        """A town of Central Asia too small for the main list, written where a venue stands in the headline or a
        sentence about the event ("From 22 to 26 March in Karasu, the Programme Office supported a seminar", "a
        seminar held in Varzob"); where towns of that name lie in several countries, the one the story names."""
        spans = [(s.start, s.end) for s in self.event_sents[:3]]
        if self.head.title_span:
            spans.insert(0, self.head.title_span)
        named = {c.value for c in self.countries if c.kind == "country"}
        for a, b in spans:
            for m in _IN_TOWN.finditer(self.masked, a, b):
                name = m.group(1)
                if name.lower() in _NOT_TOWNS or country_iso3(name) is not None or lookup_city(name) is not None:
                    continue  # (a city the main list knows was weighed as a venue already)
                towns = region_towns(name)
                if len({t.iso3 for t in towns}) > 1:
                    towns = [t for t in towns if t.iso3 in named]
                if towns:
                    return towns[0], m.start(1), m.end(1)
        return None

    def _seat_city(self) -> tuple[City, Mention] | None:
        """The city of a body with one seat (``organizations.csv``'s ``seat``) that the event was held at or hosted by,
        in the first sentences about it: "took place at CARICC", "held at the premises of the CIS ATC", "CARICC
        hosted the annual working meeting"."""
        for s in self.event_sents[:2]:
            for m in self._in(s, self.registry):
                if m.kind != "org" or not (seat := org_seat(m.value)) or (city := lookup_city(seat)) is None:
                    continue
                if _AT_A_BODY.search(self.masked, max(s.start, m.start - 120), m.start) \
                        or _HOSTED_AFTER.match(self.masked, m.end, s.end):
                    return city, m
        return None

    def _ministry_capital(self, rec: EventRecord) -> None:
        """No city is named, and the event was held at a country's ministry ("the building of the Ministry of Foreign
        Affairs of Turkmenistan hosted a round table"): a ministry sits in its country's capital, an inference."""
        if rec.city is not None or rec.format == "virtual" or not rec.year:
            return
        for s in self.event_sents[:2]:
            m = _AT_A_MINISTRY.search(self.masked, s.start, s.end)
            if m is None or (iso := country_iso3(m.group("country"))) is None or (city := capital_of(iso)) is None:
                continue
            if rec.country_iso3 not in (None, iso):
                return
            said = " ".join(m.group(0).split())
            _put_city(rec, city, m.start("country"), m.end("country"), INFERRED,
                      f"held at '{said}': a ministry sits in the capital, {city.name}")
            return

    def _institution_country(self, rec: EventRecord) -> None:
        """No place is named, and the event was held at an institution named by a Central Asian country's adjective
        ("the 'Sino' hall of the ... Avicenna Tajik State Medical University hosted an educational event"): a
        country's national university, academy or institute is in that country, a guess."""
        if not (_names_no_place(rec) and rec.year):
            return
        for s in self.event_sents[:2]:
            for c in self._in(s, self.countries):
                if c.kind != "demonym" or c.value not in CENTRAL_ASIA:
                    continue
                inst = _NATIONAL_INSTITUTION_AFTER.match(self.masked, c.end, s.end)
                if inst is None:
                    continue
                said = " ".join(self.masked[c.start : inst.end()].split())
                _put_country(rec, c.value, c.start, inst.end(), GUESSED,
                             f"no place is named: the event was held at '{said}', in {country_name(c.value)}")
                return

    def _publisher_city(self, rec: EventRecord) -> None:
        """A university's or college's own event, told on its page with no place named ("the curator ... held an
        educational event with her students"): held at the institution, in the city its copyright line gives
        ("© 2021 Zhetysu University named after I. Zhansugurov. Taldykorgan, Republic of Kazakhstan")."""
        pub = self.publisher
        if pub is None or rec.city or rec.format == "virtual" or (pub.name, "organizer") not in rec.organizations:
            return
        if pub.city is not None and rec.country_iso3 in (None, pub.city.iso3):
            # (a story naming another country tells of an event held away from home)
            _put_city(rec, pub.city, *pub.city_span, GUESSED,
                      f"no sentence says where it was held: at {pub.name}, whose page this is, in {pub.city.name} "
                      f"({pub.source})")
        elif pub.city is None and pub.country is not None and rec.country_iso3 is None:
            iso, a, b = pub.country
            _put_country(rec, iso, a, b, GUESSED,
                         f"no sentence says where it was held: at {pub.name}, whose page this is, in "
                         f"{country_name(iso)} ({pub.source} names no town)")

    def _set_city(self, rec: EventRecord, name: str, a: int, b: int, confidence: str = STATED,
                  reasoning: str = "") -> None:
        # the city as the text's mention reads it (a namesake town in the country the text names), else by name
        city = next((c.city for c in self.cities if c.start == a and c.end == b and c.city.name == name), None) \
            or lookup_city(name)
        if city is None:
            return
        written = " ".join(self.masked[a:b].split())
        if confidence == STATED and written.casefold() != city.name.casefold():
            relation = "is in" if places.is_landmark(written) else "is another name of"
            confidence, reasoning = INFERRED, f"'{written}' {relation} {city.name}"
        _put_city(rec, city, a, b, confidence, reasoning)

    def _venue_province(self, after_a_place: bool = False) -> tuple[Region, int, int] | None:
        """A province the event was held in ("in the Issyk-Kul region", "in Sughd oblast"), read from the
        event sentences and the headline: provinces are in ``regions.csv``. With ``after_a_place``, also the
        province after a place no gazetteer knows ("in Lenin aiyl okmot, Jalal-Abad region")."""
        for a, b in self._told_spans(first=4):
            for region, rs, re_ in region_mentions(self.masked, a, b):
                if _NEXT_TIME.match(self.masked, re_):
                    continue
                if _IN_BEFORE.search(self.masked, max(a, rs - 12), rs) or (
                        after_a_place and _IN_PLACE_COMMA.search(self.masked, max(a, rs - 60), rs)):
                    return region, rs, re_
        return None

    def _told_spans(self, first: int | None = None) -> list[tuple[int, int]]:
        """The spans of the event sentences (the first ``first`` of them, or all) and of the headline: where a
        release says where its event was."""
        spans = [(s.start, s.end) for s in self.event_sents[:first]]
        if self.head.title_span:
            spans.append(self.head.title_span)
        return spans

    def _venue_country(self):
        spans = self._told_spans()
        for a, b in spans:
            for c in self.countries:
                if a <= c.start < b and c.kind == "country":
                    before = self.masked[max(0, c.start - 40) : c.start]
                    title_in = (a, b) == self.head.title_span and re.search(r"\bin\s+$", before)
                    if (_VENUE_COUNTRY_BEFORE.search(before) or title_in) and not _NEXT_TIME.match(self.masked, c.end) \
                            and not _MORE_PLACES.match(self.masked, c.end):
                        return c.value, c.start, c.end
        for a, b in spans:  # "has begun at the Ministry of Foreign Affairs of Turkmenistan": a building of that state
            for g in self.governments:
                if a <= g.start < b and re.search(r"\b(?:at|in)\s+(?:the\s+)?(?:premises\s+of\s+the\s+)?$",
                                                  self.masked[max(0, g.start - 30) : g.start]):
                    return g.value, g.start, g.end
        for s in self.event_sents[:3]:
            for c in self._in(s, self.countries):
                before = self.masked[max(s.start, c.start - 40) : c.start]
                if (c.kind == "country" and re.search(r"\bin\s+(?:the\s+)?$", before)
                        and not _NOT_VENUE_IN.search(before) and _AFTER_VENUE_COUNTRY.match(self.masked, c.end)):
                    return c.value, c.start, c.end
                if c.kind == "country" and _PROVINCE_OF.search(self.masked, max(s.start, c.start - 80), c.start):
                    return c.value, c.start, c.end  # "in the Xinjiang Uygur Autonomous Region of China"
                if c.kind == "country" and re.search(r"\bin\s+$", before) and _PROVINCE_AFTER.match(self.masked, c.end):
                    return c.value, c.start, c.end  # "in Tajikistan's mountainous Gorno-Badakhshan Autonomous Region"
        return None


def _put_country(rec: EventRecord, iso: str, a: int, b: int, confidence: str = STATED, reasoning: str = "") -> None:
    """The record's place is a country, read from ``a``-``b``, in no known town."""
    rec.country_iso3, rec.country, rec.location_precision = iso, country_name(iso), "country"
    _evidence(rec, "country_iso3", iso, a, b, confidence, reasoning)


def _put_province_country(rec: EventRecord, region: Region, a: int, b: int, reasoning: str) -> None:
    """The record's venue is a province: only its country is known (inferred)."""
    _put_country(rec, region.iso3, a, b, INFERRED, reasoning)


#: an exercise's code name that opens on a town: «Ust-Kamenogorsk — Antiterror 2019», "Pavlodar-Antiterror-2024"
_CODE_NAME_TOWN = re.compile(r"[«“\"]\s*(?P<town>[A-Z][\w’'-]*?(?:[ -][A-Z][\w’'-]*?)?)\s*[-–—]\s*[A-Z][\w-]*[\s–—-]*"
                             r"(?:19|20)\d\d\s*[»”\"]")
#: why a city read from the dateline alone is the venue (the events' other rules ask for it by this reasoning)
DATELINE_CITY_WHY = "no sentence of the story says where it was held: the city of the dateline"


def _put_city(rec: EventRecord, city: City, a: int, b: int, confidence: str, reasoning: str) -> None:
    """The record's venue is ``city``, read from ``a``-``b``; its country follows from it."""
    rec.city, rec.country_iso3, rec.country = city.name, city.iso3, country_name(city.iso3)
    rec.lat, rec.lon = round(city.lat, 4), round(city.lon, 4)
    rec.location_precision = "city"
    _evidence(rec, "city", city.name, a, b, confidence, reasoning)
    _evidence(rec, "country_iso3", city.iso3, a, b, INFERRED, f"the country of {city.name}")


def _names_no_place(rec: EventRecord) -> bool:
    """Whether the record has no venue, no country and is not online (a province alone is no place here)."""
    return rec.location_precision in (None, "region") and not rec.country_iso3 and rec.format != "virtual"


#: a capitalised word after "in" or "at": where a small town may stand ("in Karasu", "held in Varzob")
_IN_TOWN = re.compile(r"\b(?:in|at)\s+([A-Z][a-z’'-]{3,})\b(?!\s+(?:[A-Z]|(?i:region|province|oblast|valley)\b))")
#: capitalised words after "in" that are no towns
_NOT_TOWNS = frozenset(m.lower() for m in (*MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                           "Saturday", "Sunday", "English", "Russian", "Central", "Asia", "Europe",
                                           "Africa", "Turkish", "Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Turkmen",
                                           "Dari", "Pashto", "Arabic", "Chinese", "French", "German", "Spanish"))
#: what stands before a body the event was held at: "took place at the", "held at the premises of the"
#: (or in a room of its building: "took place on 23–25 January in the conference hall of the library of Al-Farabi
#: Kazakh National University")
_AT_A_BODY = re.compile(r"\b(?:held|took\s+place|met|convened|hosted|organi[sz]ed|conducted)\s+(?:[^\s.;]+\s+){0,4}?"
                        r"(?:at|in)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:premises|headquarters|building|offices?|seat|"
                        r"hall|library|auditorium|campus|room)\s+of\s+(?:the\s+)?){0,2}$")
#: a body hosting the event, right after its name: "CARICC hosted the annual working meeting"
#: (whom it is named after may stand between: "Kulob State University named after Abuabdullohi Rudaki hosted")
_HOSTED_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+named\s+after\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)?"
                           r"\s+(?:hosted|hosts|will\s+host|was\s+the\s+host\s+of)\b")
#: a country's ministry as the venue: "the building of the Ministry of Foreign Affairs of Turkmenistan hosted", "held
#: at the Ministry of Internal Affairs of the Republic of Uzbekistan"
_AT_A_MINISTRY = re.compile(r"\b(?:(?:building|premises|headquarters)\s+of\s+the|(?:held|hosted|took\s+place|met)\s+"
                            r"(?:at|in)\s+the)\s+Ministry\s+of\s+(?:[A-Z][\w,-]*\s+(?:and\s+)?){1,5}?of\s+(?:the\s+)?"
                            r"(?:Republic\s+of\s+)?(?P<country>[A-Z][a-z]+stan)\b")
#: a national institution after a country's adjective: "Tajik State Medical University", "Kazakh National University"
_NATIONAL_INSTITUTION_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}?\s+(?:University|Academy|Institute|Conservatory)\b")
#: a country's forces and where they are stationed, after its name: "’s 201st base in Tajikistan", " troops stationed in
#: Kyrgyzstan"
_STATIONED_IN = re.compile(r"(?:['’]s)?\s+(?:\d+(?:st|nd|rd|th)?\s+)?(?:[\w-]+\s+)?" + roles.FORCES
                           + r"(?:,?\s+(?:which\s+is\s+)?(?:stationed|based|deployed))?\s+in\s+"
                           r"(?:the\s+)?(?P<country>[A-Z][a-z]+(?:\s+Republic)?)\b")
#: the country an organisation's office is in, written right after its name: "IWPR Tajikistan", "UNDP Kyrgyzstan"
_OFFICE_COUNTRY_AFTER = re.compile(r" ([A-Z][a-z]+(?: Republic)?)\b(?!['’]s)")
