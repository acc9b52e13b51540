"""One document -> its events: the rules of the codebook applied to the sentences that report
an event (not the background, not quoted speech, not events announced for later).

This module picks those sentences, splits a digest of unrelated events into one body of sentences per
event, and asks each rule in turn; the rules live in one module per decision: ``event_when`` (dates),
``event_where`` (format and venue), ``event_attendance`` (head count, participating countries),
``event_organisers`` (organisations and roles), ``event_what`` (type, programmes, themes, title),
``event_series`` (several events in one report). ``event_base`` holds what they share."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from data_loader.casefold import CuePattern, lowered
from data_loader.extract import classify, header, mentions, participants, places, roles, sections
from data_loader.extract.dates import (
    MONTHS,
    DateMention,
    find_dates,
    find_durations,
    last_month,
    month_days,
)
from data_loader.extract.event_attendance import AttendanceRules
from data_loader.extract.event_base import _EVENT_NOUN, GATHERED_PEOPLE, MET_PEOPLE, _evidence
from data_loader.extract.event_organisers import OrganiserRules
from data_loader.extract.event_series import SeriesRules
from data_loader.extract.event_what import WhatRules, generated_title
from data_loader.extract.event_when import (
    _BARE_MONTH,
    _DATE_FIELD,
    _DAY_OFFSETS,
    WhenRules,
    in_last_year,
    relative_day_in,
)
from data_loader.extract.event_where import DATELINE_CITY_WHY, WhereRules
from data_loader.extract.publisher import blanked, foot_lines, read_publisher
from data_loader.extract.records import GUESSED, INFERRED, EventRecord, Evidence
from data_loader.extract.text import Sentence, TextModel
from data_loader.lookup.gazetteer import CENTRAL_ASIA
from data_loader.reading.debris import COPYRIGHT_YEAR
from data_loader.reading.document import Document
from data_loader.textscan import Prefiltered

_MONTHS = [m.lower() for m in calendar.month_name[1:]]

_HAPPENED = CuePattern.compile(
    r"\b(?:held|hosted|co-hosted|co-host|" + roles.ORGANISED + r"|co-organi[sz]ed|convened|conducted|"
    + roles.TOOK_PLACE
    + r"|concluded|"
    r"opened|started|began|begun|commenced|kicked\s+off|got\s+under\s*way|wrapped\s+up|closed|ended|launched|"
    r"(?<!is\s)(?<!are\s)(?<!being\s)(?<!been\s)carried\s+out|"
    r"(?:was|were)\s+given\s+(?:today|yesterday|this\s+week|on\s|in\s|at\s)|"
    r"brought\s+together|gathered|"
    r"attended|took\s+part|participated|joined|delivered|ran|completed|met|presented|provided|was\s+devoted|staged|"
    # "A national forum devoted to preventing the radicalisation of prisoners heard the findings of a study": an
    # event that heard something sat (people who heard lectures may have heard them at any time)
    r"(?:forum|conference|meeting|session|seminar|workshop|round\s*table|congress|summit)\b[^.;]{0,100}?\bheard|"
    # "Officers ... spent part of March in Almaty learning how to ..., in a course run by the NNSA"
    r"spent\s+(?:part|most|much|the\s+(?:week|weeks|days?|first|second|last)|\w+\s+(?:days|weeks))|run\s+by|"
    # "Opening the e-event, Ms. Matilda Dimovska, UNDP Resident Representative, noted ...": someone opened it, so it
    # was held
    r"(?:^|(?<=[.!?]\s))(?:Opening|Closing)\s+the\s+(?:[\w-]+\s+){0,3}?e?-?events?(?=\s*,)|"
    # "The Centre thanks ... the OSCE Project Co-ordinator in Uzbekistan for organizing the presentation": thanked for
    # holding it, so it was held ("for hosting the expert meeting in the akimat building"; not "thanked ... for
    # organizing and hosting the first CSTO Conference on Cybersecurity in June", another event, of its own time)
    r"(?:thanks|thanked|grateful\s+to)\s[^.;]{0,200}?\bfor\s+(?:organi[sz]ing|co-organi[sz]ing|hosting|holding)\s+"
    r"(?:the|this|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:presentation|meeting|event|seminar|workshop|training|"
    r"conference|round\s*table|briefing|session|forum)(?![^.;]*\b(?:in|on|of)\s+(?:"
    + "|".join(m.capitalize() for m in _MONTHS) + r"|this\s+year|last\s+year)\b)|"
    # "the President said today at the opening of the international conference ...": it opened (a speech told in the
    # past; not "will speak at the opening of")
    r"(?:said|spoke|speaking|stated|noted|stressed|emphasi[sz]ed|declared|announced|remarked)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:at|during)\s+the\s+(?:opening|closing)(?:\s+(?:ceremony|session))?\s+of|"
    # "made the remark while speaking to imams of the capital's mosques at a seminar": the seminar took place
    r"(?:spoke|speaking)\s+(?:to\s+(?:[\w’'-]+\s+){1,8}?)?(?:at|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + roles.EVENT_NOUN + r"))\b",
    prefilter=True,  # a quarter of the sentences asked hold none of its words
)

#: an event reported while it runs or on its first day ("is kicking off today", "opens today", "is holding a
#: workshop", "is being held"): an announcement of an event that then took place, read like a report
_UNDER_WAY = CuePattern.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|currently\s+)?(?:being\s+held|taking\s+place|under\s*way|holding|hosting|"
    r"kicking\s+off|opening|starting|beginning|convening|conducting|organi[sz]ing|co-organi[sz]ing|bringing\s+together|"
    # "UNCCT is running a series of webinars" (not "is running out of time")
    r"running(?!\s+(?:out|for|late|low|short)\b)|"
    r"gathering|taking\s+part|"
    # "Senior officials ... are meeting in Dushanbe today for ..." (not "is meeting its targets")
    r"meeting(?=\s+(?:in|at|online|virtually|today|this\s+week|to\s+discuss)\b)|"
    r"participating)|kicks\s+off|opens|begins|starts|"
    r"gets\s+under\s*way|takes\s+place|brings\s+together)\b", prefilter=True,
)

#: a line closing on a site's stamp, a day and its clock time, with no full stop: the page's tags or byline
_ENDS_ON_A_STAMP = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d,?\s+(?:at\s+)?[0-2]?\d:[0-5]\d\s*$")

#: hours of a day, from one to the other: "from 14:00 to 19:00", "from 10.00 to 13.00"
_HOURS_ONLY = re.compile(r"\bfrom\s+[0-2]?\d[.:][0-5]\d\s+(?:to|till|until)\s+[0-2]?\d[.:][0-5]\d\b")

#: events going on as the item is posted: "Outreach events on preventing ... are under way among the population of
#: Tursunzade" (not a body's standing work: "the Council, which brings together all Allies")
_GOING_ON = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:being\s+held|taking\s+place|under\s*way)\b")

#: a sentence of the story ends with a full stop; headlines in lists of other stories ("EXPO-2017 opens its
#: doors in Astana") are in the present tense too, without one
_FULL_STOP = re.compile(r"[.!][\"”’)]?\s*$")

#: "many conferences", "numerous trainings": activities in general, not one event
#: (not "such a meeting took place", one meeting of the kind told of)
#: ("One such meeting was held today": one of them, a specific one)
_GENERIC_BEFORE = re.compile(r"\b(?:no|many|several|numerous|various|other|(?<!one\s)such(?!\s+an?\s)|countless|"
                             r"dozens\s+of|hundreds\s+of|a\s+number\s+of|series\s+of\s+future)\s+(?:[a-z-]+\s+)?$",
                             re.I)
#: an institution of events, not one event: "a system of certification and advanced training of clergy began to take
#: shape", "a mechanism of regular consultations", "platforms for sustained dialogue ... were created"
_SYSTEM_OF = re.compile(r"\b(?:(?:system|mechanism|framework)s?\s+of|platforms?\s+for)\s+(?:[a-z-]+\s+){0,3}$", re.I)
#: money and what it is for, a bare noun: "has set aside 29.2 million KZT ($77,000) for training and re-training",
#: "grants for trainings" (not "funds for a workshop held in Osh on 5 May", one event)
_PAID_FOR = re.compile(r"\b(?:million|billion|thousand|funds?|funding|grants?|budget|set\s+aside|allocated|allocates?)"
                       r"\b[^.;]{0,80}?\bfor\s+(?:(?!(?:a|an|the|this|its|their)\s)[\w-]+\s+|\w+-){0,3}$", re.I)
#: an official one met: "for talks with Foreign Minister Abdulaziz Kamilov", "A meeting with Oliver Stolpe, Regional
#: Representative of UNODC", "met in Beijing with Chinese Minister of Public Security Guo Shengkun": talks of two
#: sides, which build no one's capacity (not "a meeting with representatives of civil society", people taught)
_OFFICIAL_TITLE = (r"(?:Minister|Ambassador|Representative|Secretary|President|Chairman|Chairperson|Director|Head|"
                   r"Commissioner|Governor|Mayor|Envoy|Co-?ordinator|Prosecutor|Speaker|Rector|Mufti)\b")
_WITH_AN_OFFICIAL = re.compile(
    r"\s+with\s+(?:(?:the|a|an|H\.?E\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?(?:"
    r"(?:(?:[A-Z][\w’'.-]*|of|the|for|on|and)\s+){0,8}?" + _OFFICIAL_TITLE + r"|"
    r"[A-Z][\w’'-]+\s+(?:[A-Z][\w’'.-]+\s+)?[A-Z][\w’'-]+,\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|of|the)\s+){0,6}?"
    + _OFFICIAL_TITLE + r")")
#: the event beside which two sides met: "on the sidelines of the 86th session of the Interpol General Assembly"
_SIDELINES = re.compile(r"\bsidelines\s+of\b[^.;]{0,80}$", re.I)
#: the event nouns such a talk is named by
_TALK_NOUN = re.compile(r"(?:meetings?|talks)", re.I)
#: talks held with officials (the titles of officials met, roles.TITLES_MET, and presidents or counterparts): "Pompeo
#: held talks with the foreign ministers of the five Central Asian countries" (not "staff held talks with senior
#: representatives of the Tajik state bodies", working meetings)
_HELD_TALKS_WITH = re.compile(r"\b(?:held|had|holds|has\s+held|conducted)\s+(?:bilateral\s+|separate\s+|official\s+)?"
                              r"talks\s+with\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:" + roles.TITLES_MET + r"|presidents?|counterparts?)\b", re.IGNORECASE)
#: "met in Beijing with ...", "met on Monday with ..."
_MET_WITH_OFFICIAL = re.compile(r"\bmet\b(?:\s+(?:in|on|at|today|yesterday)\b[^.;,]{0,30}?)?"
                                + _WITH_AN_OFFICIAL.pattern)
#: two officials, each by title, as the ones who met: "The Director of CARICC, Major General ..., and the Minister of
#: Internal Affairs of the Republic of Kazakhstan, ..., met on October 1, 2021 in Almaty" (talks of two sides)
_OFFICIALS_MET = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?" + _OFFICIAL_TITLE + r"[^;]{0,160}?,?\s+and\s+"
                            r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?" + _OFFICIAL_TITLE + r"[^;]{0,160}?\bmet\b")
#: "The previous three high-level conferences were held in Dushanbe": earlier events of a series, not this one
#: (only before a plural: "the previous OSCE seminar ... was organized on 25 April" may be an event of its own)
_EARLIER_BEFORE = re.compile(r"\b(?:previous|preceding|earlier|past|former)\s+(?:[\w-]+\s+){0,3}$", re.I)

#: a month's name: "24 and 25 June similar courses" counts no courses, it dates them
_MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
#: "has held 25 trainings", "over 100 workshops": a tally of activities, not one event
_COUNT_BEFORE = re.compile(r"\b(?:\d+(?!\s+" + _MONTH_NAME + r")|over\s+\d+|more\s+than\s+\d+|dozens\s+of|"
                           r"hundreds\s+of|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:[a-z-]+\s+){0,2}$", re.I)

#: the holding verbs
_HELD_VERBS = (r"(?:held|hosted|hosting|co-hosted|organi[sz]ed|co-organi[sz]ed|convened|conducted|" + roles.TOOK_PLACE
               + r"|delivered|ran|(?:opened|began|started|kicked\s+off)\s+with)")
#: "On 24 and 25 June similar courses followed for 40 teachers": held next
_FOLLOWED = r"(?:(?:" + roles.EVENT_NOUN + r")\s+followed(?!\s+(?:by|the|a|an|up)\b))"
#: a holding verb, asked of a sentence once per document on its lowered copy (see casefold.py), in two halves one
#: after the other (``_holds_held_cue``): the verbs with no prefilter (nearly every sentence asked holds one of them,
#: so a test for them only added to the search); "courses followed", its event nouns tried at every character, only
#: in a sentence holding "followed"
_HELD_VERBS_CUE = CuePattern.compile(r"\b" + _HELD_VERBS + r"\b")
_FOLLOWED_CUE = CuePattern.compile(r"\b" + _FOLLOWED + r"\b", prefilter=True)
#: a media advisory's field naming its place ("Where: National Library, Dushanbe"), beside its day's field
#: (``event_when._DATE_FIELD``: "When: 3 May 2018")
_PLACE_FIELD = re.compile(header.FIELD_START + header.PLACE_FIELD_LABEL, re.MULTILINE)
#: an event that was the subject of its own discussion: "The X meeting of the heads of the national anti-terrorist
#: centres ... has considered current questions of cooperation", "The round table discussed ..."
_EVENT_DISCUSSED = re.compile(
    r"\s*(?:The|This)\s+(?:[^.;]{0,120}?\s)?(?:meeting|session|conference|forum|round\s*-?table|roundtable|seminar|"
    r"workshop|consultations?|dialogue|summit)\b[^.;]{0,160}?\s(?:has\s+|have\s+)?(?:considered|discussed|reviewed|"
    r"examined|addressed|adopted|approved)\b")
_SEMICOLON = re.compile(r";\s*")
#: a later part of a sentence cut at its semicolons, told as the next of its kind: "...; the second, held in
#: September, was devoted to online payment fraud"
_ORDINAL_CLAUSE = re.compile(r"\s*(?:and\s+)?the\s+(?:second|third|fourth|fifth|sixth|last|final)\s*,")
#: the next item of a story's count of its events: "The first event, a workshop ..., took place from 12 to 16
#: September. The second engagement followed on 19-23 September at ..."
_ORDINAL_ITEM = re.compile(r"\s*The\s+(?:second|third|fourth|fifth|sixth|last|final)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:event|engagement|session|course|workshop|training|seminar|round|stage|module|meeting|"
                           r"visit|exercise|conference|one)s?\b")
_DIGIT = re.compile(r"\d")
#: "is being organized", "are organized": the present, not a report of what happened
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|being)\s+$", re.I)
#: a paragraph that turns to another event: "Meanwhile, ...", "In a separate development, ..."
_MEANWHILE = re.compile(r"(?:Meanwhile|In\s+a\s+separate\s+development|Separately|In\s+other\s+news|Elsewhere|"
                        r"In\s+addition)\s*,")
#: the line that says whose speech the page holds: "Opening statement by Dr ...", "Remarks by the Minister"
_SPEECH_BY = re.compile(r"\W*(?:(?:Opening|Closing|Welcoming|Welcome|Keynote|Introductory|Concluding)\s+)?"
                        r"(?:statement|remarks|speech|address)\s+(?:delivered\s+)?by\b", re.I)
_TODAY = re.compile(r"\b(?:today|yesterday)\b", re.I)
#: "Today's conference at the EED in Brussels will present ...": an event of the day, whatever the verb
_DAY_S_EVENT = re.compile(r"\b(?:[Tt]oday|[Yy]esterday)['’]s\s+(?:[\w-]+\s+){0,3}?" + roles.EVENT_NOUN + r"\b")
#: people meeting: an event even where no event noun names it ("officials met in Astana on 22 September")
_GATHERED = CuePattern.compile(r"\b(?:met|gathered|came\s+together|convened)\s+(?:in|at|on|online|virtually|for|within|"
                              r"under|as\s+part\s+of|"
                              r"today|yesterday|to\s+(?:discuss|compare|exchange|share|review|consider|examine))\b|"
                              # "BOMCA gathered its national partners ... on May 16 in Astana"
                              + GATHERED_PEOPLE + r"|" + MET_PEOPLE,
                              prefilter=True)

#: people counted as brought together, the gathering itself: "brought together a group of 60 teachers, school
#: principals and other education professionals"
_BROUGHT_COUNT = CuePattern.compile(r"\bbrought\s+together\s+(?:a\s+group\s+of\s+|some\s+|about\s+|around\s+|"
                                    r"more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d+\s+(?:[\w-]+\s+){0,2}?"
                                    + participants.PEOPLE + r"\b", prefilter=True)

#: forces practising, which a headline may name as a drill: "rehearsed the defence of", "is practising how to repel"
_DRILLED = CuePattern.compile(r"\b(?:rehearsed|rehears(?:es|ing)|practi[sc]ed|practi[sc](?:es|ing)|drilled|repelled|"
                              r"beat\s+off|fended\s+off)\b", prefilter=True)
#: the longest paragraph read as a headline above a lead
HEADLINE_CHARS = 200
_PLANNED = re.compile(r"\b(?:will|to)\s+(?:hold|host|organi[sz]e|convene|open|conduct|launch|deliver)\b", re.I)

#: a paragraph that recalls earlier news: "Earlier, Daryo reported that ...", "Recall that ...", "As reported, ..."
_RECALLED = re.compile(r"(?:Earlier|Previously|Recall\s+that|It\s+(?:should|will)\s+be\s+recalled|"
                       r"As\s+(?:previously\s+|earlier\s+)?reported)\b")
#: a paragraph of background a news agency opens so: "It should be noted that ...", "It is worth noting that ..."
_NOTED = re.compile(r"It\s+(?:should|must)\s+be\s+noted\s+that\b|It\s+is\s+worth\s+noting\s+that\b")
#: the same, as a recall of earlier news only: "Earlier, ..." but not "Earlier in the week, on 12 December, ..." nor
#: "Earlier, on 2 August 2024, the POiD ... concluded ..." (an earlier event of the story, with its own day)
_RECALLED_NEWS = re.compile(r"(?!Earlier\b(?!,)|Previously\b(?!,)|"
                            r"(?:Earlier|Previously),\s+on\s+(?:\d|[A-Z][a-z]+\s+\d))" + _RECALLED.pattern)
#: only a sentence this short can be a label ("Events · 29.07.2019", see ``sections.is_label``): the words of
#: longer ones are not counted
LABEL_CHARS = 60
#: events held on earlier occasions, told undated as background: "have held drills before", "had conducted such
#: exercises before"
_HELD_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:already\s+|also\s+)?(?:held|conducted|staged|carried\s+out|"
                          r"organi[sz]ed)\s+[^.;]{0,40}?\bbefore\b(?!\s+(?:the|a|an|this|its|their|\d))")
#: "the next one will be held in Sarajevo": another event of a series, not the one reported
_OTHER_NEXT = re.compile(r"\bnext\s+(?:one|meeting|workshop|session|conference|round|training)s?\b", re.I)

#: a sentence that opens on "The" and a noun, which may name again an event an earlier sentence named ("a three-day
#: study tour to Paris ... The tour, which ran from 20 to 22 November, was organized by ...")
_THE_HEAD = re.compile(r"\s*(?:The|This)\s+(?P<head>[a-z]+)\b")
#: the opening or closing of an event as an occasion: "The opening ceremony was held on 20 February"
_CEREMONY = re.compile(r"\b(?:opening|closing)\s+ceremon(?:y|ies)\b", re.IGNORECASE)
#: a sentence opening with the event the story is about: "The meeting opens today", "This round table will"
_THE_EVENT = re.compile(r"\s*(?:The|This)\s+(?:[\w-]+\s+){0,2}?" + roles.EVENT_NOUN + r"\b", re.IGNORECASE)


class DocumentExtractor(WhenRules, WhereRules, AttendanceRules, OrganiserRules, WhatRules, SeriesRules):
    """Holds one document's text model and mentions; produces its events."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        #: whose page this is (its copyright line), read before the line is set apart from the story
        foot = foot_lines(doc.text)  # (searched once for both)
        self.publisher = read_publisher(doc.text, foot)
        self.text = blanked(doc.text, foot)
        self.tm = TextModel(self.text)
        self.masked = self.tm.masked
        self._cue_hits: dict[tuple[int, int, int], bool] = {}
        self._other_at: dict[tuple[int, int], int | None] = {}
        self._dates_of: dict[tuple[int, int], tuple[DateMention, ...]] = {}
        self._day_years: dict[int, tuple[int, ...]] = {}
        self._event_sentence: dict[tuple[int, int, bool], bool] = {}
        self._nouns_of: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._specific_of: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._low = lowered(self.masked)  # for the cue patterns (see casefold.py)
        self._low_of: dict[tuple[int, int], str] = {}
        self.head = header.read_header(self.tm)
        #: where a digest's or listing's first part starts, once its parts are read: what stands above it (the site's
        #: masthead, the page's headline) is the page's, not the parts'
        self.parts_start: int | None = None
        self.anchor = (self.head.anchor or _year_at_top(self.tm, self.head.body_start_paragraph)
                       or _year_of_a_name(self.tm, self.head.body_start_paragraph)
                       or _copyright_year(self.text) or _year_most_dated(self.masked))
        self.registry = mentions.find_registry(self.masked)
        # names of organisations and the dateline are no country or city of the event
        skip = [(m.start, m.end) for m in self.registry]
        skip += [self.head.dateline_span] if self.head.dateline_span else []
        self.countries = mentions.without_country_offices(
            self.masked, self.registry, mentions.find_countries(self.masked, skip=skip))
        self.governments = mentions.with_defined_acronyms(
            self.masked, mentions.find_governments(self.masked, self.countries), self.registry)
        self.cities = places.in_named_countries(places.find_cities(self.masked, skip=skip), self.countries,
                                                self.tm.sentences)
        # (a district's own authority, "the leadership of Shahrinav district", is its country's government)
        # (and a province's, "the Kashkadarya Region Internal Affairs Directorate", where no city has the name)
        local = [(c.start, c.end, c.city.iso3) for c in self.cities]
        city_starts = {a for a, _, _ in local}
        local += [(a, b, r.iso3) for r, a, b in mentions.provinces_near_authorities(self.masked, self._low)
                  if a not in city_starts]
        self.governments = sorted(self.governments + mentions.find_local_authorities(self.masked, local),
                                  key=lambda m: m.start)
        known = self.registry + self.governments
        self.unknown = mentions.find_unknown_orgs(self.masked, known, self.text)
        self.registry, self.unknown = mentions.short_office_references(self.masked, self.registry, self.unknown)
        self.registry = mentions.short_programme_references(self.masked, self.registry)
        self._index_mentions(self.registry, self.governments, self.countries, self.cities, self.unknown)
        title_par = self.head.body_start_paragraph - 1 if self.head.title_span else -1
        self.body = [s for s in self.tm.sentences if not s.background and s.paragraph > title_par]
        told = [s for s in self.body if self._is_event_sentence(s)]
        # (a photo's caption tells of a moment of the event, "..., 6 June 2017. (OSCE/Eraj Asadulloev)", not of the
        # event's days: the story's sentences do, when there are any)
        told = [s for s in told if not self._in_caption(s)] or told
        # (a paragraph recalling earlier news, "Recall that in December 2024 ... announced that Kyrgyzstan would host
        # the exercise", reports another occasion: read only when nothing else is told)
        self.event_sents = [s for s in told if not self._recalled(s, _RECALLED_NEWS)]
        #: what an announcement tells in the past tense: earlier events, each reported only with its own day
        self.told_before: list[Sentence] = []
        if self.event_sents and self._lead_plan_of_days_ahead():
            # "TAMPA - Forces ... will hold the annual exercise Regional Cooperation 2019 in Dushanbe from 5 to 16
            # August", on 5 August: an announcement, whose past tense ("The most recent RC exercise before this one
            # took place in Massachusetts") is background
            self.told_before, self.event_sents = self.event_sents, []
        if len(self.event_sents) > 1:
            # "The Economic Connectivity Working Group met in Almaty ... Mr. Ensher then led the U.S. delegation to
            # the Security Working Group meeting in Tashkent": a meeting of another field is not the story's event
            self.event_sents = [s for s in self.event_sents if not self._other_field(s)] or self.event_sents
        self.announced = False
        #: the heading of the digest section being read, if any (see ``extract``)
        self.section_heading: tuple[int, int] | None = None
        #: whether the part being read is a later one with no heading (see ``extract``)
        self.untitled_part = False
        self.series_lead: list[Sentence] = []
        if not self.event_sents:
            # an announcement ("will hold a briefing next Monday"): nothing past is reported, so the
            # planned event is the one the document is about -- if it is days away (checked in _events)
            self.event_sents = [s for s in self.body if self._is_event_sentence(s, future=True)]
            self.announced = bool(self.event_sents)
        #: the page is one event's card of fields (see ``_fact_box_sentences``): its headline names the event
        self.fact_box_page = False
        if not self.event_sents and (fact_box := self._fact_box_sentences()):
            # a media advisory ("What: UNDP holds a panel discussion ..." / "When: 3 May 2018" / "Where: ..."):
            # its fields announce the event the page is about
            self.event_sents, self.announced, self.fact_box_page = fact_box, True, True
        #: the page holds a speech given at the event its headline names (see ``_speech_occasion``)
        self.speech_page = False
        if not self.event_sents and (occasion := self._speech_occasion()):
            # a speech's page ("Opening statement by ..."): the event it was given at is the page's headline
            self.event_sents, self.speech_page = occasion, True
        if not self.event_sents:
            self.event_sents = told
        # told only in the present ("is holding a workshop", "opens on 12 December"): maybe still to come
        # (a paragraph recalling earlier news, "Earlier, Daryo reported that ... had conducted", is other news)
        self.present_only = not self.announced and not any(self._told_as_past(s) for s in self.event_sents
                                                           if not self._recalled(s))
        if self.present_only and self.event_sents:
            # "A regional forum ... will open tomorrow in Antalya. The forum is organized by ...": a story told
            # in the present opened by its plan; the plan's sentence is about the same event
            first = self.event_sents[0]
            lead = [s for s in self.body if s.start < first.start and self._is_event_sentence(s, future=True)]
            # "... is convening the round table. The meeting opens today and will run until 19 September": the
            # next paragraph's plan for "the meeting" gives the same event's days
            told = {(s.start, s.end) for s in self.event_sents}
            follow = [s for s in self.body if first.paragraph <= s.paragraph <= first.paragraph + 1
                      and (s.start, s.end) not in told and _THE_EVENT.match(self.masked, s.start)
                      and self._is_event_sentence(s, future=True)]
            self.event_sents = sorted(lead + self.event_sents + follow, key=lambda s: s.start)

    def _holds_held_cue(self, s: Sentence) -> bool:
        """Whether a holding verb or "courses followed" occurs in the sentence."""
        return self._cue(_HELD_VERBS_CUE, s) or self._cue(_FOLLOWED_CUE, s)

    def _in_caption(self, s: Sentence) -> bool:
        a, b = self.tm.paragraphs[s.paragraph]
        return sections.is_caption(self.text[a:b])

    def _lead_plan_of_days_ahead(self) -> bool:
        """Whether the story opens on a plan of its own days, from its publication day to a fortnight ahead,
        before any sentence reporting an event."""
        pub = self.head.published
        lead = next((s for s in self.body if self._is_event_sentence(s) or self._is_event_sentence(s, future=True)),
                    None)
        if pub is None or lead is None or self._is_event_sentence(lead):
            return False
        days = [d for d in find_dates(self.masked[lead.start : lead.end], anchor=pub, future_ok=True)
                if d.precision == "day" and d.first is not None]
        return bool(days) and _days_ahead(days[0].first, pub)

    def _fact_box_sentences(self) -> list[Sentence]:
        """The sentences naming an event in a page of fields that gives its day and its place ("When: 3 May 2018",
        "Where: National Library, Dushanbe"), when no sentence reports or plans one."""
        day = _DATE_FIELD.search(self.masked)
        if day is None or not find_dates(day.group("value"), anchor=self.anchor, future_ok=True) or \
                _PLACE_FIELD.search(self.masked) is None:
            return []
        return [s for s in self.body if self._cue(_EVENT_NOUN, s)][:3]

    def _speech_occasion(self) -> list[Sentence]:
        """The headline naming an event ("Youth consultation and exchange in Tajikistan on ...") and the line of its
        day ("28 October 2019, 09:00, Taj Palace Hotel") on the page of a speech given at it ("Opening statement
        by ..."), when no sentence reports or plans an event: the speech says little of the event but that it is
        under way, and the page's head holds its day and place."""
        if not self.head.title_span or "by" not in self.masked:
            return []
        top = [s for s in self.body if s.paragraph <= self.head.body_start_paragraph + 2]
        if not any(_SPEECH_BY.match(s.text) for s in top):
            return []
        a, b = self.head.title_span
        if not any(self._specific(self.masked[a:b], x) for x in _EVENT_NOUN.finditer(self.masked[a:b])):
            return []
        headline = Sentence(a, b, self.masked[a:b], -1, False)
        day = [s for s in top if not _SPEECH_BY.match(s.text) and any(
            d.precision == "day" for d in find_dates(self.masked[s.start : s.end], anchor=self.anchor))]
        return [headline, *day[:1]]

    def _recalled(self, s: Sentence, opening: re.Pattern[str] = _RECALLED) -> bool:
        """Whether the sentence's paragraph opens by recalling what came before ("Earlier, ...", "Recall that");
        with ``_RECALLED_NEWS``, earlier news only, not an earlier day of the story ("Earlier in the week, on 12
        December, ... held")."""
        return opening.match(self.text, self.tm.paragraphs[s.paragraph][0]) is not None

    def _told_as_past(self, s: Sentence) -> bool:
        """A holding or happening verb in the past: 'organized' but not 'is being organized' or 'is organized'."""
        if not self._cue(_HAPPENED, s):
            return False
        text = self.masked[s.start : s.end]
        return any(not _PRESENT_PASSIVE.search(text, max(0, m.start() - 12), m.start())
                   for m in _HAPPENED.finditer(text, self._low_slice(s)))

    def _quoted_day(self, rec: EventRecord, pub: date) -> None:
        """'Exercises will take place in Nur-Sultan, the headquarters has announced. "On April 27, from 8.00 to
        11.00, the headquarters will conduct a planned exercise ...," the statement said': an announcement whose
        day is only in the statement it quotes. The quoted sentence must name the event's kind and fall within
        the announcement horizon."""
        if rec.event_type is None:
            return
        for s in self.body:
            if self.masked[s.start : s.end] == self.text[s.start : s.end]:
                continue  # nothing quoted in it
            quoted = self.text[s.start : s.end]
            if not _EVENT_NOUN.search(quoted):
                continue
            for d in find_dates(quoted, anchor=pub, future_ok=True):
                if d.precision == "day" and d.first and 0 <= (d.first - pub).days <= ANNOUNCED_HORIZON_DAYS:
                    self._set_days(rec, d.first, d.last or d.first, s.start + d.start, s.start + d.end, INFERRED,
                                   "the day is given only in the statement the announcement quotes")
                    return

    def _hours_only_day(self, rec: EventRecord, pub: date) -> None:
        """'Exercises will be conducted ... on the territory of the Denisov vocational-technical college from 14:00 to
        19:00', in a story posted at 10:35 that names no day: a plan given only in hours of the day is for the day it
        was announced."""
        for s in self.event_sents:
            m = _HOURS_ONLY.search(self.masked, s.start, s.end)
            if m is not None and not find_dates(self.masked[s.start : s.end]):
                self._set_days(rec, pub, pub, m.start(), m.end(), INFERRED,
                               "a plan given only in hours of the day: the day it was announced")
                return

    def _announced_under_dateline(self, rec: EventRecord) -> bool:
        """'Karakol, 19 May 2021 – The Probation Department ... will hold the second round of trainings': an
        announcement filed from its venue on a day, naming no day of its own, is of an event at hand (in the
        month of the dateline, as a release that gives no date is); a plan told later in a story is not."""
        filed = self._filed_day()
        span = self.head.dateline_span
        if filed is None or span is None or not self.event_sents or not _in_month_of(rec, filed):
            return False
        lead = self.event_sents[0]
        return lead.start <= span[0] < lead.end and rec.city is not None

    # ---- sentence selection -------------------------------------------------------------
    def _is_event_sentence(self, s: Sentence, future: bool = False) -> bool:
        """Whether the sentence reports the event (or, with ``future``, plans it). A digest asks again of the
        same sentences for each of its sections, so each answer is kept."""
        key = (s.start, s.end, future)
        hit = self._event_sentence.get(key)
        if hit is None:
            hit = self._event_sentence[key] = self._reports_event(s, future)
        return hit

    def _reports_event(self, s: Sentence, future: bool) -> bool:
        m = self.masked[s.start : s.end]
        if len(m) < LABEL_CHARS and sections.is_label(m):
            return False  # "Events · 29.07.2019": a page's section label over its date, no report
        if ":" in m and _ENDS_ON_A_STAMP.search(m):  # (a stamp's clock time holds a colon: most sentences hold none)
            return False  # "special services, exercises, photo — Zakon.kz news of 15.10.2025 12:31": tags and a stamp
        if (span := self.head.published_span) and s.start <= span[0] < s.end and header.is_publication_line(m):
            return False  # "Posted on 10 July 2018 · Category: National partners' events": the page's stamp
        if future:
            if _OTHER_NEXT.search(m) or not (self._future(s) or _PLANNED.search(m)):
                return False
            return bool(self._specific_nouns(s))
        if self._future(s):
            return False
        if "before" in m and _HELD_BEFORE.search(m):
            return False  # "Tajik and Chinese servicemen have held drills before, on the territory of ...": earlier
        nouns = self._specific_nouns(s)
        if self._talks_of_two_sides(m, nouns):
            return False
        has_noun = bool(nouns) or self._names_again(s) or self._ceremony_of_headline_event(s, m)
        counted = not has_noun and self._cue(_BROUGHT_COUNT, s)
        if not has_noun and (counted or self._cue(_GATHERED, s) or self._drilled_under_headline(s)):
            # "officials ... met in Astana on 22 September": meeting is itself the event, the headline names it; "In
            # January, UNODC ... brought together a group of 60 teachers": people counted in a month are met too
            kept = ("day", "month") if counted else ("day",)
            return any(d.precision in kept for d in find_dates(m, anchor=self.anchor)) or (
                counted and _BARE_MONTH.search(m) is not None) or (
                self.head.published is not None and _TODAY.search(m) is not None)
        return has_noun and bool(self._cue(_HAPPENED, s) or (self._cue(_UNDER_WAY, s) and _FULL_STOP.search(m))
                                 or find_dates(m, anchor=self.anchor, future_ok=True) or _DAY_S_EVENT.search(m)
                                 or _EVENT_DISCUSSED.match(m))

    def _drilled_under_headline(self, s: Sentence) -> bool:
        """'Counter-terrorism sub-units of the 201st base today rehearsed the defence of a military town', under the
        headline 'Russian counter-terror units defend a Dushanbe garrison town in a drill': forces practising, in
        the first paragraph under a headline (the page's, or a listing item's) that names the drill."""
        if not self._cue(_DRILLED, s):
            return False
        paragraphs = self.tm.paragraphs
        if s.paragraph < 1 or s.paragraph > len(paragraphs):
            return False
        a, b = paragraphs[s.paragraph - 1]
        return b - a <= HEADLINE_CHARS and any(kind == "exercise" for kind, *_ in
                                               classify.event_type_mentions(self.masked[a:b]))

    def _talks_of_two_sides(self, m: str, nouns: list[re.Match[str]]) -> bool:
        """Whether a sentence tells only of talks with an official: "Minister Rahimzoda met in Beijing with Chinese
        Minister of Public Security Guo Shengkun on the sidelines of the 86th session of the Interpol General
        Assembly", or, on a page of such talks, "The talks, attended by Deputy Minister ..., focused on ...". The
        event beside which they met is not what the sentence reports."""
        # (both patterns need the word "met": most sentences hold none; "held talks with the foreign ministers of the
        # five Central Asian countries" is talks too)
        if not (("met" in m and (_MET_WITH_OFFICIAL.search(m) or _OFFICIALS_MET.match(m)))
                or ("talks" in m and _HELD_TALKS_WITH.search(m) and self._headline_of_another_kind)
                or (nouns and self._page_of_talks)):
            return False
        return all(_TALK_NOUN.fullmatch(x.group(0)) or _SIDELINES.search(m, max(0, x.start() - 100), x.start())
                   for x in nouns)

    @cached_property
    def _headline_of_another_kind(self) -> bool:
        """Whether the headline names an event of a kind other than a meeting ("Uzbekistan, U.S. wrap up joint
        military drill"): talks with ministers told under it are a side matter, not what the page reports (a page
        headed "... meets Central Asian deputy ministers" reports the talks)."""
        a, b = self.head.title_span or (0, 0)
        kinds = {kind for kind, *_ in classify.event_type_mentions(self.masked[a:b])}
        return bool(kinds) and "meeting" not in kinds

    @cached_property
    def _page_of_talks(self) -> bool:
        """Whether the story opens on talks with an official ("A meeting with Oliver Stolpe, Regional Representative
        of UNODC, took place at the Ministry"): its later "the talks" or "the meeting" are those talks (not a
        digest's "The NFPs also held bilateral talks with Ms. Natalie Pauwels, Head of ...", far into it)."""
        for s in self.body:
            m = self.masked[s.start : s.end]
            if _MET_WITH_OFFICIAL.search(m) or any(_WITH_AN_OFFICIAL.match(m, x.end()) for x in _TALK_NOUN.finditer(m)):
                return True
            if _EVENT_NOUN.search(m) or re.search(r"\bmet\b", m):
                return False  # the story's first sentence about an event or a meeting is not of such talks
        return False

    def _names_again(self, s: Sentence) -> bool:
        """Whether the sentence opens by naming again, by its last word alone, an event a sentence of the same
        or the previous paragraph named ("a three-day study tour ... The tour, which ran from 20 to 22
        November"): "the tour" alone is no event noun, as a tour of a building is no event."""
        m = _THE_HEAD.match(self.masked, s.start, s.end)
        if m is None:
            return False
        head = m.group("head").removesuffix("s")
        para_start = self.tm.paragraphs[max(0, s.paragraph - 1)][0]
        if head not in self.masked[para_start : s.start].lower():
            return False  # (most sentences: the word is not in the paragraphs before it)
        for t in self.body:
            if t.start >= s.start:
                return False
            if t.paragraph >= s.paragraph - 1 and any(
                    x.group(0).split()[-1].lower().removesuffix("s") == head for x in self._event_nouns(t)):
                return True
        return False

    def _ceremony_of_headline_event(self, s: Sentence, m: str) -> bool:
        """'The opening ceremony was held on 20 February' under the headline 'Joint exercise has started in
        India': the opening (or closing) of the event the headline names, which took place. Under a headline
        naming no event (the opening ceremony of a football cup) a ceremony is no event."""
        if "ceremon" not in m or not self._cue(_HAPPENED, s) or _CEREMONY.search(m) is None:
            return False
        span = self.head.title_span
        return span is not None and _EVENT_NOUN.search(self.masked[span[0] : span[1]]) is not None

    def _event_nouns(self, s: Sentence) -> list[re.Match[str]]:
        """The event nouns of a sentence (``_EVENT_NOUN`` on its lowered copy), searched once per document: the
        selection of sentences asks for them again and again (as a report, as a plan, and in ``_names_again`` for
        every sentence before the one it reads)."""
        key = (s.start, s.end)
        found = self._nouns_of.get(key)
        if found is None:
            found = self._nouns_of[key] = list(_EVENT_NOUN.finditer(self.masked[s.start : s.end], self._low_slice(s)))
        return found

    def _specific_nouns(self, s: Sentence) -> list[re.Match[str]]:
        """The sentence's event nouns that name one event (see ``_specific``), worked out once per document."""
        key = (s.start, s.end)
        found = self._specific_of.get(key)
        if found is None:
            m = self.masked[s.start : s.end]
            found = self._specific_of[key] = [x for x in self._event_nouns(s) if self._specific(m, x)]
        return found

    @staticmethod
    def _specific(sentence: str, noun: re.Match[str]) -> bool:
        """Not 'many conferences' nor 'has held 25 trainings': a mention of one event."""
        before = sentence[max(0, noun.start() - 40) : noun.start()]
        if _GENERIC_BEFORE.search(before[-30:]) or _SYSTEM_OF.search(before):
            return False
        if "for " in before and _PAID_FOR.search(sentence, max(0, noun.start() - 120), noun.start()):
            return False  # "set aside 29.2 million KZT ($77,000) for training": what money is for, not an event
        if _TALK_NOUN.fullmatch(noun.group(0)) and _WITH_AN_OFFICIAL.match(sentence, noun.end()):
            return False  # "for talks with Foreign Minister Abdulaziz Kamilov": two sides' talks
        plural = noun.group(0).lower().endswith("s")
        return not (plural and (_COUNT_BEFORE.search(before) or _EARLIER_BEFORE.search(before)))

    # ---- events -------------------------------------------------------------------------
    def extract(self) -> tuple[str, str | None, list[EventRecord]]:
        published = self.head.published.isoformat() if self.head.published else None
        if not self.event_sents:
            return self.head.title, published, []
        segments = self._section_segments() or [(None, b) for b in self._distinct_segments()
                                                 or self._meanwhile_segments() or ()]
        if not segments:
            events = self._events(0)
            events += self._earlier_events(events, len(events))
            return self.head.title or (events[0].title if events else ""), published, events
        events: list[EventRecord] = []
        head, anchor = self.head, self.anchor
        first_heading, first_body = segments[0]
        self.parts_start = first_heading[0] if first_heading else first_body[0].start if first_body else None
        if head.title_span and (at := _paragraph_at(self.tm, head.title_span[0])) is not None \
                and sections.date_line_above(self.tm, at):
            # the page's headline is its first item's, under that item's date line ("28.08.2024 | 10:15" / "Kazakhstan
            # Becomes First Central Asian Country With Permanent Mission to ICAO"): the parts start there
            self.parts_start = head.title_span[0]
        for i, (heading, body) in enumerate(segments):
            # each part of a digest is read on its own: its sentences, its organisers, its place; a
            # section's heading stands in for the headline (its title, and the words the rules weigh there)
            self.section_heading = heading
            # a later part with no heading of its own ("Separately, ... will hold field exercises near ...") is not
            # what the headline names: its title is made from its type, place and month
            self.untitled_part = heading is None and i > 0
            if heading is not None:
                title = header.without_item_marker(" ".join(sections.without_date_line(
                    self.text[self._title_start(heading) : heading[1]]).split()))
                self.head = replace(head, title=title, title_span=heading, **self._own_dateline(body))
                self._anchor_on_item_date(heading, anchor)
            self.body = body
            self.event_sents = [s for s in body if self._is_event_sentence(s)]
            announced = self.announced
            if heading is None and body and not self._is_event_sentence(body[0]) \
                    and self._is_event_sentence(body[0], future=True):
                # "Separately, U.S. and Tajik troops will hold field exercises near Fakhrobod from July 17 to 21":
                # a paragraph opening on another event still to come (an imminent one is read as announced)
                self.event_sents = [s for s in body if s.paragraph == body[0].paragraph
                                    and self._is_event_sentence(s, future=True)]
                self.announced = True
            if not self.event_sents and announced:
                # a page of announcements: each part's plan ("KOSTANAY. KAZINFORM - The ... headquarters will hold
                # anti-terrorist exercises on September 16"), as its whole was read
                self.event_sents = [s for s in body if self._is_event_sentence(s, future=True)]
            if not self.event_sents and heading is not None:
                # a dated heading over a fact box ("- Format: two-day virtual training"): the lines naming it
                self.event_sents = [s for s in body if self._cue(_EVENT_NOUN, s)]
            self.__dict__.pop("_participation", None)
            if self.event_sents:
                found = self._events(len(events))
                if heading is not None and head.title and sections.is_place_and_days(self.head.title):
                    for rec in found:  # a stop of a series: what was held (the headline), then where and when
                        if rec.title == self.head.title:
                            self._stop_title(rec, head)
                events += found + self._earlier_events(found, len(events) + len(found))
            self.head, self.announced = head, announced
            if self.anchor != anchor:
                self.anchor, self._dates_of = anchor, {}
        self.section_heading, self.untitled_part = None, False
        return self.head.title or (events[0].title if events else ""), published, events

    def _stop_title(self, rec: EventRecord, page: header.Header) -> None:
        """The title of a stop of a series headed only by its place and days ("Astana, 30 January"): the stop's
        heading, then the page's headline, which says what was held."""
        rec.title = f"{rec.title}: {page.title}"  # (the stop first: a timeline cuts long labels at their end)
        why = "a stop of a series, headed only by its place and days: the page's headline says what was held"
        rec.evidence = [replace(e, value=rec.title, confidence=INFERRED, reasoning=why) if e.field == "title" else e
                        for e in rec.evidence]
        if page.title_span:
            _evidence(rec, "title", rec.title, *page.title_span, INFERRED, why)

    def _placed_by_headline_only(self, rec: EventRecord) -> bool:
        """Whether the record's only place is a country its headline names."""
        if rec.location_precision != "country" or not self.head.title_span:
            return False
        a, b = self.head.title_span
        spans = [(e.start, e.end) for e in rec.evidence if e.field == "country_iso3"]
        return bool(spans) and all(a <= start < b for start, _ in spans)

    def _own_dateline(self, body: list[Sentence]) -> dict:
        """The dateline of a listing's item, where its first paragraph opens with one ("DUSHANBE, 19.05.2019 (NIAT
        Khovar) – Joint exercises ... were held from 13 to 18 May"): read as a release's dateline is, the day it was
        filed and the agency's city, not the event's. Nothing where the item has none (the page's stays)."""
        if not body:
            return {}
        at = body[0].paragraph
        city, span, agency, country = header.find_dateline(self.tm, at)
        if span is None and country is None:
            return {}
        where = span[0] if span is not None else country[1]
        if not self.tm.paragraphs[at][0] <= where < self.tm.paragraphs[at][1]:
            return {}
        return {"dateline_city": city, "dateline_span": span, "dateline_agency": agency, "dateline_country": country}

    def _anchor_on_item_date(self, heading: tuple[int, int], page_anchor: date | None) -> None:
        """A news listing's date line over an item's heading ("25.04.2022" / "Tajikistan's strategy presented at
        UN Headquarters" / "On 22 April, ..."): the item's yearless days are read against its own date, not
        the page's (the newest item's)."""
        written = self.text[heading[0] : heading[1]]
        first = _paragraph_at(self.tm, heading[0])
        one_paragraph = first is None or self.tm.paragraphs[first][1] >= heading[1]
        if one_paragraph and sections.without_date_line(written) == written:
            return  # (a heading of one paragraph with no date line of its own)
        hit = self._heading_day(heading)
        day = hit[0].first if hit is not None and hit[0].has_year else self._heading_month_end(heading)
        if day is None or day == page_anchor:
            return
        self.anchor, self._dates_of = day, {}

    def _heading_month_end(self, heading: tuple[int, int]) -> date | None:
        """The last day of the month a listing's date line gives, when it gives only a month ("Media advisory ·
        October 2023 · Kazakhstan"): the item was posted that month, so its yearless days are on or before it."""
        written = self.text[heading[0] : heading[1]]
        found = [d for d in find_dates(written) if d.precision == "month" and d.year]
        if len(found) != 1 or not found[0].month:
            return None
        # (a period, "September – December 2021" in a listing filed by period: posted by the end of its last month)
        year, month = last_month(found[0], written) or (found[0].year, found[0].month)
        return month_days(year, month)[1]

    def _quoted_titles(self) -> list[str]:
        """Names in quotes of four words or more in the headline and the event sentences, in a plain form
        (quoted speech is not a name: it has a sentence inside or a verb of saying around it)."""
        spans = [(s.start, s.end) for s in self.event_sents]
        if self.head.title_span:
            spans.append(self.head.title_span)
        found = []
        for a, b in spans:
            for m in _QUOTED.finditer(self.text, a, b):
                words = _PLAIN_WORDS.findall(m.group(1).casefold())
                if 4 <= len(words) <= 30 and not re.search(r"[.!?]\s", m.group(1)):
                    found.append(" ".join(words))
            # an exercise's code name with its year: «Rubezh-2022», "Cooperation-2019"
            found += [" ".join(_PLAIN_WORDS.findall(m.group(1).casefold()))
                      for m in _CODE_NAME.finditer(self.text, a, b)]
            if _has_year_code(self.text, a, b) and _EXERCISE_WORD.search(self.text, a, b):
                found += [" ".join(_PLAIN_WORDS.findall(m.group(1).casefold()))
                          for m in _BARE_CODE_NAME.finditer(self.text, a, b)]
            # a capitalised name is a name too: "the First CIS Conference on Combating Terrorism and Extremism"
            # (each searched only where a head word is: most spans hold none)
            for pattern, least in ((_NAMED_EVENT, NAMED_EVENT_WORDS), (_SHORT_NAMED_EVENT, SHORT_NAMED_EVENT_WORDS)):
                for m in pattern.finditer(self.text[a:b]):
                    words = _PLAIN_WORDS.findall(m.group("name").casefold())
                    if len(words) >= least:
                        found.append(" ".join(words))
        # "Askar Sabdin told the seminar, titled "Doctrinal grounds of ..."": the event's name, wherever it is given,
        # in a sentence the rules do not read as about the event (its verb is a speech's)
        for s in self.body if "titled" in self.text else ():  # (most documents title nothing so)
            if (s.start, s.end) in spans or "titled" not in self.text[s.start : s.end]:
                continue
            for m in _TITLED_EVENT.finditer(self.text, s.start, s.end):
                words = _PLAIN_WORDS.findall(m.group(1).casefold())
                if 4 <= len(words) <= 30:
                    found.append(" ".join(words))
        return sorted(set(found))

    def _earlier_events(self, main: list[EventRecord], ordinal: int) -> list[EventRecord]:
        """Other events the text reports in a sentence of their own, with their own day ("The previous OSCE
        seminar on terrorism financing was organized on 25 April 2018 for ..."): each is an event read
        from that sentence alone. A sentence about a plan, or whose day falls within the reported event's,
        is not; nor one naming several days (a history of a process)."""
        if not main or not self.event_sents:
            return []
        taken = [_span_of(r) for r in main]
        lead, body, sents, head = self.event_sents[0], self.body, self.event_sents, self.head
        out: list[EventRecord] = []
        dated = all(r.date_precision == "day" for r in main)
        # (an undated page's "in July of this year" is of the reported event's year: "a similar activity took place in
        # Uzbekistan in July of this year")
        this_year = int(main[0].start_date[:4]) if dated and main[0].start_date else None
        # (an announcement's past: "Last year, on 31 October, the 'Pavlodar-Antiterror-2024' exercise took place ...")
        announced = self.announced
        told_before = [s for s in self.told_before if s not in sents] if announced else []
        for s in self._clauses_by_month(sents + told_before, lead):
            # (such a sentence names an activity and a happening: it is an event sentence)
            if s is lead or s.background or _NOTED.match(self.text, self.tm.paragraphs[s.paragraph][0]):
                continue  # ("It should be noted that the Second Forum took place on 23 October 2023": background)
            counted = any(p.match(self.masked, s.start, s.end) for p in (_ORDINAL_ITEM, _ORDINAL_CLAUSE))
            if not (counted or self._holds_held_cue(s)):
                continue  # most sentences: no holding verb
            m_text = self.masked[s.start : s.end]
            month = None
            day = self._one_day(s, m_text) if _DIGIT.search(m_text) else None
            if day is not None:
                if any(a <= day <= b for a, b in taken if a):
                    continue
            elif dated and (month := self._yearless_month(s, this_year)) is not None:
                if any(a and (a.year, a.month) == month[:2] for a, _ in taken):
                    continue
            elif dated and (ago := self._days_ago(s)) is not None:
                month, (first, last) = ago
                if any(a and first <= a <= last for a, _ in taken):
                    continue  # (the reported event itself, told again)
            else:
                continue
            if not (counted or self._reports_own_event(s, m_text)):
                continue
            self.body = self.event_sents = [s]
            self.__dict__.pop("_participation", None)
            self._other_at[(s.start, s.end)] = None  # "the previous seminar": here it is this sentence's event
            self._dates_of.pop((s.start, s.end), None)
            self.head = replace(head, title="", title_span=None, dateline_city=None, venue=None)
            self.announced = announced and s not in told_before  # (what an announcement tells as past took place)
            for rec in self._events(ordinal + len(out)):
                if not rec.themes and self._other_field(s):
                    continue  # "the Economic and Environmental Working Groups had met in Almaty": not this field
                if month is not None:
                    _set_month(rec, *month)
                if s in told_before and rec.country_iso3 not in CENTRAL_ASIA:
                    # an announcement's past held elsewhere ("The most recent exercise before this one took place in
                    # Tampa"), or nowhere the loader knows: another edition, background to the plan
                    continue
                if rec.location_precision == "region" and main[0].country_iso3 \
                        and not _place_as_dateline_city(rec, main[0]):
                    _place_as_country(rec, main[0], (s.start, s.end))
                _share_with_reported(rec, main[0], (s.start, s.end), counted)
                out.append(rec)
                taken.append(_span_of(rec))
        self.body, self.event_sents, self.head, self.announced = body, sents, head, announced
        self.__dict__.pop("_participation", None)
        return out

    def _clauses_by_month(self, sents: list[Sentence], lead: Sentence) -> list[Sentence]:
        """The sentences, each cut at its semicolons where every part names one month of its own: "The first 2023
        webinar took place in June ...; the second, held in September, was devoted to ..." tells two events."""
        out = []
        for s in sents:
            parts = self._semicolon_parts(s) if s is not lead and ";" in s.text else []
            if len(parts) > 1 and all(len(_YEARLESS_MONTH.findall(self.masked, a, b)) == 1 for a, b in parts):
                out += [replace(s, start=a, end=b, text=self.text[a:b]) for a, b in parts]
            else:
                out.append(s)
        return out

    def _semicolon_parts(self, s: Sentence) -> list[tuple[int, int]]:
        """(start, end) of the parts of a sentence between its semicolons."""
        starts = [s.start] + [m.end() for m in _SEMICOLON.finditer(self.masked, s.start, s.end)]
        return list(zip(starts, [b - 1 for b in starts[1:]] + [s.end], strict=True))

    def _one_day(self, s: Sentence, m_text: str) -> date | None:
        """The one day a sentence names, before publication and not in brackets, or None."""
        if self._other_event_at(s) is None:
            found = self._sentence_dates(s)  # worked out already for most sentences
            days = [d for d in found if d.precision == "day" and d.first]
            offset = s.start
        else:  # "the previous seminar ... on 25 April": the dates after the marker are this sentence's
            days = [in_last_year(d, m_text) for d in find_dates(m_text, anchor=self.anchor)
                    if d.precision == "day" and d.first]
            skip = self.head.published_span
            days = [d for d in days if not (skip and skip[0] <= s.start + d.start < skip[1])]
            offset = 0
        if len(days) != 1 or _in_brackets(m_text, days[0].start - offset):
            return None  # several days: a history; "(Dushanbe, May 3-4, 2018)": a reference, not a report
        pub = self.head.published
        return days[0].first if pub is None or days[0].first <= pub else None

    def _reports_own_event(self, s: Sentence, m_text: str) -> bool:
        """A sentence about one specific activity that took place (not a plan)."""
        if self._future(s) or _PLANNED.search(m_text):
            return False
        return bool(self._specific_nouns(s))

    def _days_ago(self, s: Sentence) -> tuple[tuple[int, int, int, int], tuple[date, date]] | None:
        """((year, month, start, end), (first, last day)) of "several days ago" in a sentence ("Several days ago, a
        similar exercise was held at the airport of Astana"): the publication's month, when every day a writer
        calls several (up to ``DAYS_AGO_REACH``) before it is of that month."""
        pub = self.head.published
        if pub is None or pub.day <= DAYS_AGO_REACH or (ago := _DAYS_AGO.search(self.masked, s.start, s.end)) is None:
            return None
        return (pub.year, pub.month, ago.start(), ago.end()), (pub - timedelta(days=DAYS_AGO_REACH), pub)

    def _yearless_month(self, s: Sentence, this_year: int | None) -> tuple[int, int, int, int] | None:
        """(year, month, start, end) of the one month a sentence names without a day or year ("The first
        course in the series took place in September"): the latest such month up to the publication date; on an
        undated page, only a month "of this year", ``this_year``."""
        pub = self.head.published
        found = list(_YEARLESS_MONTH.finditer(self.masked, s.start, s.end))
        if len(found) != 1:
            return None
        m = found[0]
        month = _MONTHS.index(m.group(1).lower()) + 1
        if pub is not None:
            year = pub.year if month <= pub.month else pub.year - 1
        elif this_year is not None and _OF_THIS_YEAR.match(self.masked, m.end()):
            year = this_year
        else:
            return None
        return year, month, m.start(1), m.end(1)

    def _section_segments(self) -> list[tuple[tuple[int, int] | None, list[Sentence]]] | None:
        """A digest whose headings divide different events: (heading span, sentences) per event.

        Sections are cut at the headings (``sections``); a section reports an event when one of its
        sentences reports an event with its own day or month. Sections of the same dates and place are
        one event told under several headings; sections that report none (other news) are left out."""
        heads = sections.heading_paragraphs(self.tm, self.head.body_start_paragraph)
        if not heads:
            return None
        spans = self.tm.paragraphs
        parts: list[tuple[tuple[int, int] | None, list[Sentence]]] = [(None, [])]
        at = set(heads)
        # a news listing's day over an item's heading ("17.10.2024" / "Rubezh-2024: active phase starts ..."):
        # part of that item's heading, not of the item above
        above = {h - 1: h for h in heads if h - 1 not in at
                 and sections.date_line_above(self.tm, h, self.head.body_start_paragraph)}
        # and its day under the heading ("Regional ... courses completed in Dushanbe" / "DUSHANBE, 21 July 2017"):
        # part of the heading too, which dates the item's "today"
        below = {h + 1: h for h in heads if h + 1 not in at and h + 1 not in above
                 and sections.date_line_below(self.tm, h)}
        for s in self.body:
            if s.paragraph in below:
                h = below[s.paragraph]
                if parts[-1][0] is not None and parts[-1][0][1] == spans[h][1]:
                    parts[-1] = ((parts[-1][0][0], spans[s.paragraph][1]), parts[-1][1])
                    continue
            if s.paragraph in above:
                if not parts[-1][1] or parts[-1][0] is None or parts[-1][0][0] != spans[s.paragraph][0]:
                    parts.append(((spans[s.paragraph][0], spans[above[s.paragraph]][1]), []))
                continue
            if s.paragraph in at and s.paragraph - 1 in above and parts[-1][0] is not None \
                    and parts[-1][0][1] == spans[s.paragraph][1]:
                continue  # the heading under its date line, which opened its part
            if s.paragraph in at:
                if not parts[-1][1] or parts[-1][0] != spans[s.paragraph]:
                    parts.append((spans[s.paragraph], []))
                continue
            parts[-1][1].append(s)
        first = parts[0][1]
        if first and above and parts[0][0] is None and (title_at := self._headline_under_date_line()) is not None:
            # the page's headline under its date line, as every item of the listing is ("October 22, 2021 17:20" /
            # "Defence Minister commends ..." / the story): the first item, headed like the others
            parts[0] = ((spans[title_at - 1][0], spans[title_at][1]), first)
        elif first and (above or below) and self.head.title_span and sections.is_date_line(first[0].text) \
                and first[0].paragraph == self.head.body_start_paragraph:
            # the page's headline over a date line ("Meeting of students ... with a representative of the NGO" /
            # "[ : 30.03.2021, 15:38:27, published by: ]"): the first item of a listing, headed like the others
            parts[0] = ((self.head.title_span[0], spans[first[0].paragraph][1]), first[1:])
        keyed = []
        page_anchor = self.anchor
        for heading, sents in parts:
            if heading is not None:
                # (an item's yearless days are read against its own date line, as its event will be: "On 29 March"
                # under "[ : 29.03.2018, ...]" is not the page's March)
                self._anchor_on_item_date(heading, page_anchor)
            key = self._section_key(sents)
            if key is None and heading is not None:
                key = self._heading_key(heading, sents)
            if key is None:
                key = self._today_key(heading, sents)
            if key is not None:
                keyed.append((heading, sents, key))
            if self.anchor != page_anchor:
                self.anchor, self._dates_of = page_anchor, {}
        without_lead = _without_lead_span(keyed)
        if without_lead is keyed:
            without_lead = self._without_series_summary(keyed)
        # (a lead summing up the stops of a series: what it says of them all, programme and theme, holds for each)
        self.series_lead = keyed[0][1] if without_lead is not keyed else []
        summed_up = bool(self.series_lead)
        keyed = _without_overview(without_lead)
        kept: list[tuple[tuple[int, int] | None, list[Sentence], tuple]] = []
        listed = {(spans[d][0], spans[h][1]) for d, h in above.items()}
        for heading, sents, key in keyed:
            # (two items of a news listing, each under its own day, are two stories even on days that follow)
            same = next((i for i, k in enumerate(kept) if _same_occasion(k[2], key)
                         and not self._told_apart(k[0], k[2], heading, key, listed)
                         and not self._listed_kinds_differ((k[0], k[1]), (heading, sents), listed)), None)
            if same is None:
                kept.append((heading, sents, key))
            else:  # one event told under two headings
                h, ss, k = kept[same]
                kept[same] = (h, ss + sents, k)
        # (a news listing of several dated items, of which one reports an event, is read as that item: its
        # heading titles the event, and the other items' words are not its)
        one_of_a_listing = len(kept) == 1 and kept[0][0] in listed and len(listed) >= 2
        if len(kept) < 2 and not (kept and (summed_up or self._numbered_digest(heads) or one_of_a_listing)):
            return None
        return [(h, ss) for h, ss, _ in kept]

    def _headline_under_date_line(self) -> int | None:
        """The paragraph of the page's headline when a date line stands right above it and the story follows."""
        if not self.head.title_span:
            return None
        at = _paragraph_at(self.tm, self.head.title_span[0])
        if at is None or at < 1 or at + 1 != self.head.body_start_paragraph:
            return None
        a, b = self.tm.paragraphs[at - 1]
        return at if sections.is_date_line(self.text[a:b]) else None

    def _without_series_summary(self, keyed: list[tuple]) -> list[tuple]:
        """Sections less a lead that says a series was held over a month or more ("Under this component a series
        of specialized training workshops was organized in November and December 2017") above the one stop the
        page tells of ("Drugs@Online, Astana": 20-24 November): the lead sums the series up, and the stop is the
        event; the series' other stops, told of in no more than a word, are not."""
        if len(keyed) != 2 or keyed[1][0] is None:
            return keyed
        lead, stop = keyed[0][2], keyed[1][2]
        if (lead[1] - lead[0]).days < OVERVIEW_DAYS or (stop[1] - stop[0]).days >= OVERVIEW_DAYS \
                or not (lead[0] <= stop[0] and stop[1] <= lead[1]):
            return keyed
        if not any(_SERIES_OF.search(self.masked, s.start, s.end) for s in keyed[0][1]):
            return keyed
        return keyed[1:]

    def _told_apart(self, heading_a: tuple[int, int] | None, key_a: tuple, heading_b: tuple[int, int] | None,
                    key_b: tuple, listed: set[tuple[int, int]]) -> bool:
        """Whether two sections of days that meet are still two stories: two items of a news listing, each under
        its own day, on days that do not overlap; two numbered items of a digest that do not name one city."""
        if heading_a in listed and heading_b in listed and not _overlap(key_a, key_b):
            return True
        return self._numbered(heading_a) and self._numbered(heading_b) and (key_b[2] is None or key_a[2] != key_b[2])

    def _listed_kinds_differ(self, a: tuple[tuple[int, int] | None, list[Sentence]],
                             b: tuple[tuple[int, int] | None, list[Sentence]], listed: set[tuple[int, int]]) -> bool:
        """Whether two items of a news listing, each under its own date line, on the same day and in the same place,
        tell events of two kinds: "Committee of Secretaries of the Security Councils meets in Cholpon-Ata" and "...
        took part in the First CSTO International Conference on Cyber Security" (held in Cholpon-Ata too) are a
        meeting and a conference. Two items of one kind may be one event told twice (its opening, a speech at it)."""
        if a[0] not in listed or b[0] not in listed:
            return False
        kinds = [self._item_kind(heading, sents) for heading, sents in (a, b)]
        return None not in kinds and kinds[0] != kinds[1]

    def _item_kind(self, heading: tuple[int, int] | None, sents: list[Sentence]) -> str | None:
        """The kind of event an item names first: in its heading, else in its first sentence reporting one."""
        found = classify.event_type_mentions(self.masked[heading[0] : heading[1]]) if heading else []
        if not found:
            first = next((s for s in sents if self._is_event_sentence(s)), None)
            found = classify.event_type_mentions(self.masked[first.start : first.end]) if first else []
        return found[0][0] if found else None

    def _numbered(self, heading: tuple[int, int] | None) -> bool:
        """Whether a section's heading is a numbered item of a digest ("2. CSTO WORKING GROUP ON AFGHANISTAN"):
        two such items are two stories, told as one only when they name the same city (a workshop of 9-10 April
        in Tashkent and a working group's meeting of 10 April are two)."""
        if heading is None:
            return False
        start = self._title_start(heading)  # (after the date line a listing's heading may open with)
        return header.NUMBERED_ITEM.match(self.text[start : start + 4]) is not None

    def _numbered_digest(self, heads: list[int]) -> bool:
        """Numbered item headings ("1. UZBEK-LATVIAN CONSULTATIONS HELD IN RIGA", "2. RATS SCO COUNCIL
        CONVENES IN TASHKENT"): a digest of unrelated news, of which only the items reporting an event are
        read, though only one does."""
        spans = self.tm.paragraphs
        return sum(1 for i in heads if header.NUMBERED_ITEM.match(self.text[spans[i][0] : spans[i][0] + 4])) >= 2

    def _section_key(self, sents: list[Sentence]) -> tuple | None:
        """(first day, last day, city) of the first sentence of a section that reports an event with its
        own date (a month counts as its first to last day), or None."""
        for s in sents:
            # (on a page of announcements, an item that announces its event: "will hold anti-terrorist exercises on
            # September 16")
            if not (self._is_event_sentence(s) or (self.announced and self._is_event_sentence(s, future=True))):
                continue
            for d in self._sentence_dates(s):
                if d.precision == "day" and d.first is not None:
                    first, last = d.first, d.last or d.first
                elif d.precision == "month" and d.year and d.month:
                    first, last = month_days(d.year, d.month)
                else:
                    continue
                days = next(iter(find_durations(self.masked[s.start : s.end])), (1,))[0]
                if first == last and days > 1:  # "a three-day workshop opened on 4 March": 4-6 March, or
                    first, last = first - timedelta(days=days - 1), last + timedelta(days=days - 1)  # 2-4
                return first, last, self._section_venue(s)
            if (hit := self._bare_month_in(s)) is not None:  # "In January, UNODC ... brought together 60 teachers"
                _, month, year = hit
                return *month_days(year, month), self._section_venue(s)
        return None

    def _section_venue(self, s: Sentence) -> str | None:
        """The city a section's sentence names as a venue, if any: one key of the section's event."""
        venues = [c for c in self._after_other_event_filter(s, self._in(s, self.cities))
                  if places.venue_score(self.masked, c) >= 1]
        return venues[0].city.name if venues else None

    def _title_start(self, heading: tuple[int, int]) -> int:
        """Where a section's title starts: after the listing's date line its heading may open with."""
        first = _paragraph_at(self.tm, heading[0])
        if first is None or self.tm.paragraphs[first][1] >= heading[1]:
            return heading[0]
        if not sections.is_date_line(self.text[self.tm.paragraphs[first][0] : self.tm.paragraphs[first][1]]):
            return heading[0]  # (the date line is under the heading: "... check standards" / "Published: 25 February")
        nxt = first + 1
        return self.tm.paragraphs[nxt][0] if nxt < len(self.tm.paragraphs) else heading[0]

    def _today_key(self, heading: tuple[int, int] | None, sents: list[Sentence]) -> tuple | None:
        """(day, day, city) of a section whose story reports an event 'today' or 'yesterday', read against the
        day over its heading (a listing's "21.10.2024") or the page's publication day."""
        hit = self._heading_day(heading) if heading is not None else None
        anchor = hit[0].first if hit is not None else self.head.published
        if anchor is None:
            return None
        for s in sents:
            m = relative_day_in(self.masked, s.start, s.end)
            # ("Outreach events on preventing ... are under way among the population of Tursunzade": on the day the
            # item was posted)
            going_on = m is None and _GOING_ON.search(self.masked, s.start, s.end) is not None
            if not going_on and (m is None or m.group(1).lower().endswith(("week", "tomorrow"))):
                continue
            if not self._is_event_sentence(s):
                continue
            day = anchor if going_on else anchor + timedelta(days=_DAY_OFFSETS.get(m.group(1).lower(), 0))
            venues = [c for c in self._in(s, self.cities) if places.venue_score(self.masked, c) >= 1]
            return day, day, venues[0].city.name if venues else None
        return None

    def _heading_key(self, heading: tuple[int, int], sents: list[Sentence]) -> tuple | None:
        """(first day, last day, city) from a section's heading, when its story reports an event but dates it
        only there: "1. TAJIKISTAN: UNODC workshop on terrorist travel (Dushanbe, 19-20 September)"; a numbered
        item's heading that gives only the month ("2) 'Strengthening Medical Capabilities' (Khorog, September
        2025)") spans it (not a section heading of a page whose table gives the days: "9th RTM - Tashkent, March
        2019")."""
        if not any(self._is_event_sentence(s) or self._cue(_EVENT_NOUN, s) for s in sents):
            return None  # (a story that names its event only in a fact box: "- Format: two-day virtual training")
        city = next((c.city.name for c in self.cities if heading[0] <= c.start < heading[1]), None)
        if (hit := self._heading_day(heading)) is not None:
            d, _ = hit
            return d.first, d.last or d.first, city
        if (reported := self.reported_day_in(heading)) is not None and reported.first is not None:
            # "1.2 Barnaul — VIII conference ... (reported on 7 April)": known to the month it was reported in
            return (*month_days(reported.first.year, reported.first.month), city)
        if not header.NUMBERED_ITEM.match(self.masked[heading[0] : heading[0] + 4]):
            return None
        month = next((d for d in find_dates(self.masked[heading[0] : heading[1]], anchor=self.anchor)
                      if d.precision == "month" and d.year and d.month), None)
        if month is None:
            return None
        return (*month_days(month.year, month.month), city)

    def _meanwhile_segments(self) -> list[list[Sentence]] | None:
        """A news item that goes on to another event in a paragraph of its own ("Meanwhile, Tajik and Chinese
        units are holding exercises in ..."): one body per event, split where each such paragraph opens."""
        if not self.event_sents:
            return None
        first = self.event_sents[0].paragraph
        cuts = []
        for s in self.body:
            if s.paragraph <= first or (cuts and s.paragraph == cuts[-1]):
                continue
            opens = self.tm.paragraphs[s.paragraph][0] == s.start
            if opens and _MEANWHILE.match(s.text) and self._cue(_EVENT_NOUN, s) \
                    and (self._is_event_sentence(s) or self._is_event_sentence(s, future=True)):
                cuts.append(s.paragraph)
        if not cuts:
            return None
        bounds = [-1, *cuts, 1 << 30]
        return [[s for s in self.body if bounds[i] <= s.paragraph < bounds[i + 1]] for i in range(len(bounds) - 1)]

    def _distinct_segments(self) -> list[list[Sentence]] | None:
        """A digest that reports different events in different paragraphs, each with its own holding
        verb, event, day and venue, in different cities on different days: one body per event."""
        anchors: dict[int, Sentence] = {}
        keys = set()
        for s in self.event_sents:
            if s.paragraph in anchors or not self._holds_held_cue(s):
                continue
            days = [d for d in self._sentence_dates(s) if d.precision == "day"]
            if not days:
                continue  # (most sentences: the venues are not weighed)
            venues = [c for c in self._after_other_event_filter(s, self._in(s, self.cities))
                      if places.venue_score(self.masked, c) >= 3]
            if not venues or len({c.city.name for c in venues}) > 1:
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
        cities = {k[0] for k in keys}
        for s in intro:
            listed = {c.city.name for c in places.list_venues(self.masked, self._in(s, self.cities))}
            if cities <= listed:
                return None  # the paragraphs tell, city by city, the events of a series the intro lists
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
        self._dateline_of_another_country(rec)
        self._held_at_home(rec)
        self._office_country(rec)
        self._institution_country(rec)
        self._ministry_capital(rec)
        self._publisher_city(rec)
        self._programmes(rec)
        self._programme_owner_held(rec)
        self._pointed_programme_funders(rec)
        self._themes(rec)
        self._countries(rec)
        self._title_summary(rec)
        rec.quoted_titles = self._quoted_titles()
        if rec.year is None and (rec.location_precision == "region" or self._placed_by_headline_only(rec)
                                 or _country_only_guessed(rec)):
            # nothing says when or where (neither the text nor a publication date gives a year): a mention of
            # activities, as a profile or an overview makes, not a report of an event; so too a project's page
            # whose only place is the country its headline names ("Peaceful Dialogue in Kyrgyzstan") or its
            # office's ("UNDP Kyrgyzstan > Projects"). An undated report that says where its event was held is kept
            # (another report may date it)
            return []
        if self.announced and rec.known_days() is None and pub is not None:
            self._quoted_day(rec, pub)
            if rec.known_days() is None:
                self._hours_only_day(rec, pub)
        # (a listing's item was announced on its own day, which its date line gives: "Regions · 18 August 2025" over
        # "exercises will be conducted ... on 18 August 2025", on a page of September)
        announced_on = (self._section_posted_day() or self._section_day() if self.section_heading is not None
                        else None) or pub
        if self.announced and not _imminent(rec, announced_on) and not self._announced_under_dateline(rec):
            return []  # a plan for months ahead is not yet an event that took place
        if self.present_only and _after_horizon(rec, pub):
            return []  # "UNOCT is organizing a conference in December": a plan, told in the present
        events = self._split_series(rec)
        lead = self.event_sents[0]
        for i, ev in enumerate(events):
            ev.ordinal = ordinal + i
            _complete_evidence(ev, (lead.start, lead.end))
        return events


#: an event named by its title: "the seminar, titled", "a conference entitled"
_TITLED_EVENT = re.compile(r"\b(?:" + roles.EVENT_NOUN + r")\s*,?\s+(?:titled|entitled)\s*[“\"«„]([^“”\"«»„\n]{10,300})"
                           r"[”\"»“]", re.IGNORECASE)


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
    in-person by default, a generated title) cites the span it was derived from, or the lead sentence,
    and says how it was worked out."""
    have = {e.field: e for e in rec.evidence}
    for fld, sources in _DERIVED.items():
        value = getattr(rec, fld)
        if value in (None, "") or fld in have:
            continue
        src = next((have[s] for s in sources if s in have), None)
        start, end = (src.start, src.end) if src else lead
        _evidence(rec, fld, value, start, end, *_derived_how(rec, fld, src))
    defaults = {
        "format": "nothing says the event was online or hybrid: taken as in person",
        "title": "the document has no headline: a name made from the event's type, place and month",
        "event_type": "no activity word (workshop, training, conference ...) in the sentences about the event",
    }
    for fld, why in defaults.items():
        if fld not in have and getattr(rec, fld):
            _evidence(rec, fld, getattr(rec, fld), *lead, GUESSED, why)


_PRECISION_WORDS = {"day": "the days of the event are known", "month": "only the month and year are known",
                    "year": "only the year is known"}
_PLACE_WORDS = {"city": "a city is known", "country": "only the country is known",
                "virtual": "an online event has no place", "region": "no city or country is named"}


def _derived_how(rec: EventRecord, fld: str, src: Evidence | None) -> tuple[str, str]:
    """(confidence, reasoning) of a value worked out from another: as sure as its source, at best inferred
    when the step is a rule (the country of a city), as sure as its source when it only restates it."""
    if fld in ("country", "participants_qualifier"):  # the source's value in other words
        return (src.confidence, src.reasoning) if src else (GUESSED, "")
    weaker = src is not None and src.confidence == GUESSED
    confidence = GUESSED if weaker else INFERRED
    if fld == "date_precision":
        return confidence, _PRECISION_WORDS.get(rec.date_precision, "")
    if fld in ("lat", "lon"):
        return confidence, f"coordinates of {rec.city} (GeoNames)"
    if fld == "location_precision":
        return confidence, _PLACE_WORDS.get(rec.location_precision, "")
    if fld == "duration_days":
        return confidence, f"from {rec.start_date} to {rec.end_date}: {rec.duration_days} days"
    return confidence, ""


#: an announced event counts when it starts within this many days of the announcement ("tomorrow")
ANNOUNCED_HORIZON_DAYS = 14


def _after_horizon(rec: EventRecord, pub: date | None) -> bool:
    """Whether the event starts (or its month begins) more than the horizon after the publication date."""
    if pub is None:
        return False
    if (days := rec.known_days()) is not None:
        return (days[0] - pub).days > ANNOUNCED_HORIZON_DAYS
    if rec.year and rec.month:
        return (date(rec.year, rec.month, 1) - pub).days > ANNOUNCED_HORIZON_DAYS
    return False


def _in_month_of(rec: EventRecord, day: date) -> bool:
    """Whether the record is dated only by the month that ``day`` falls in."""
    return not rec.start_date and rec.date_precision == "month" and (rec.year, rec.month) == (day.year, day.month)


def _imminent(rec: EventRecord, pub: date | None) -> bool:
    days = rec.known_days() if pub is not None else None
    return days is not None and _days_ahead(days[0], pub)


def _days_ahead(day: date, pub: date) -> bool:
    """Whether a day falls from the publication day to the announcements' horizon after it."""
    return 0 <= (day - pub).days <= ANNOUNCED_HORIZON_DAYS


def _country_only_guessed(rec: EventRecord) -> bool:
    """Whether the event's only place is a country guessed from who published the page, not read as a venue."""
    if rec.location_precision != "country":
        return False
    return all(e.confidence == GUESSED for e in rec.evidence if e.field == "country_iso3")


def _guessed(rec: EventRecord, field: str) -> bool:
    """Whether the event's value of ``field`` is a default (no activity word, in person), not read from the text."""
    return all(e.confidence == GUESSED for e in rec.evidence if e.field == field)


def _format_of_reported(rec: EventRecord, main: EventRecord, span: tuple[int, int]) -> None:
    """An earlier edition that names neither its kind nor its format is held as the reported event was ("The first
    webinar took place in June; the second, held in September, ..."): online, it has no place."""
    why = "nothing says how this other event was held: as the event the release reports, of whose kind it is"
    rec.format = main.format
    rec.evidence = [e for e in rec.evidence if e.field != "format"]
    _evidence(rec, "format", rec.format, *span, INFERRED, why)
    if rec.format == "virtual" and not rec.city and not rec.country_iso3:
        rec.location_precision = "virtual"
        rec.evidence = [e for e in rec.evidence if e.field != "location_precision"]
        _evidence(rec, "location_precision", "virtual", *span, INFERRED, "an online event has no place")


def extract_document(doc: Document) -> tuple[str, str | None, list[EventRecord]]:
    title, published, events = DocumentExtractor(doc).extract()
    return title, published, _told_once(events)


def _told_once(events: list[EventRecord]) -> list[EventRecord]:
    """The events of a document less those it tells twice: a table row "Ashgabat, Turkmenistan | 11-12
    September | National seminar ..." and the section "3. Ashgabat" below it ("On 11-12 September UNODC held a
    national seminar training in Ashgabat") are one event, of one kind on the same days in the same city (an
    exercise's final stage and a meeting held beside it are two); a later part that only names the days of an
    event again, with no city and no kind of its own ("The series continued in Darvoz district on July 23"), is
    that event."""
    if len(events) < 2:
        return events
    seen: set[tuple] = set()
    kept: list[EventRecord] = []
    for rec in events:
        key = (rec.start_date, rec.end_date, rec.city, rec.event_type)
        if rec.date_precision == "day" and rec.start_date and rec.city and key in seen:
            continue
        if rec.date_precision == "day" and rec.start_date and rec.city is None and rec.event_type == "other" \
                and any(k.start_date == rec.start_date and k.end_date == rec.end_date and k.city is None
                        and k.country_iso3 == rec.country_iso3 for k in kept):
            continue  # "The series continued in Darvoz district on July 23": a later part naming the days again
        seen.add(key)
        kept.append(rec)
    for i, rec in enumerate(kept):
        rec.ordinal = i
    return kept


#: a lead's words for a run of events: "a series of specialized training workshops", "a cycle of seminars"
_SERIES_OF = re.compile(r"\b(?:a|the)\s+(?:series|cycle|round|run)\s+of\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:trainings|workshops|seminars|courses|meetings|sessions|events|consultations|exercises)\b")
#: a section dated by a whole month or more sums up the sections under it, when they have their own days
OVERVIEW_DAYS = 27


def _without_overview(keyed: list[tuple]) -> list[tuple]:
    """Sections less an introduction that only sums them up: "In March 2021 UNODC ran two online workshops"
    over "1. Kazakhstan (1-3 March 2021)" and "2. Tajikistan (29-30 March 2021)" is not a third event, and
    its month must not join the two into one."""
    dated = [k for _, _, k in keyed if (k[1] - k[0]).days < OVERVIEW_DAYS]
    if len(dated) < 2 or any(_same_occasion(a, b) for i, a in enumerate(dated) for b in dated[i + 1 :]):
        return keyed
    return [(h, ss, k) for h, ss, k in keyed
            if (k[1] - k[0]).days < OVERVIEW_DAYS or not all(k[0] <= d[0] and d[1] <= k[1] for d in dated)]


def _without_lead_span(keyed: list[tuple]) -> list[tuple]:
    """Sections less a lead (under the page's date line, or above the first heading) whose days run from the
    first stop's first day to the last one's last day: "Between 26 January and 3 February ... attended a run of
    meetings" over "Ulaanbaatar, 26-27 January", "Astana, 30 January" and "Bishkek, 2-3 February" sums up the three
    stops, though it spans less than a month; the stops must be told apart (no shared day) for it to do so."""
    if len(keyed) < 3:
        return keyed
    lead, rest = keyed[0][2], [k for _, _, k in keyed[1:]]
    if (lead[0], lead[1]) != (min(k[0] for k in rest), max(k[1] for k in rest)) \
            or any(_overlap(a, b) for i, a in enumerate(rest) for b in rest[i + 1 :]):
        return keyed
    return keyed[1:]


def _overlap(a: tuple, b: tuple) -> bool:
    """Whether two (first day, last day, ...) spans share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


def _same_occasion(a: tuple, b: tuple) -> bool:
    """Whether two sections' (first day, last day, city) can be one event: their days meet or follow each
    other ("Day one", "Day two"), and they name the same city or one names none; not two spans of several
    days of different lengths (two courses running side by side)."""
    one_day = timedelta(days=1)
    if a[0] != a[1] and b[0] != b[1] and a[1] - a[0] != b[1] - b[0]:
        return False  # "a four-day course from 1 to 4 September", "in parallel, from 1 to 5 September, a course"
    return a[0] <= b[1] + one_day and b[0] <= a[1] + one_day and (a[2] is None or b[2] is None or a[2] == b[2])


#: a month said to be of the year being told: "in July of this year", "in July this year"
_OF_THIS_YEAR = re.compile(r"\s+(?:of\s+)?this\s+year\b")
#: a few days before the story was filed: "several days ago", "a few days earlier", "two days ago"
_DAYS_AGO = re.compile(r"\b(?:several|a\s+few|few|a\s+couple\s+of|two|three|four|five|six|seven)\s+days\s+"
                       r"(?:ago|earlier|before)\b", re.IGNORECASE)
#: how many days before the story "several days ago" may reach
DAYS_AGO_REACH = 9
#: "in September", "during March": a month with no day and no year after it
_YEARLESS_MONTH = re.compile(r"\b(?:in|during)\s+(?:early\s+|mid-|late\s+)?("
                             + "|".join(m.capitalize() for m in _MONTHS) + r")\b(?!\s*[,.]?\s*(?:\d|of\s+\d))")
#: an event's own name, capitalised, without the ordinal ("First", "5th") a later report may leave out
_NAMED_EVENT = Prefiltered(re.compile(
    r"(?:\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))\s+)?"
    r"(?P<name>(?:[A-Z][\w-]*\s+){0,4}(?:Conference|Forum|Seminar|Workshop|Meeting|Dialogue|Summit|Symposium|"
    r"Roundtable|Round\s+Table|Exercise|Congress)\s+(?:on|of|for|against)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:(?:and|of|the|on|in|for|against|to)\s+)*[A-Z][\w-]*)*)"))
#: a capitalised name this long is an event's own, not a generic one ("Regional Workshop on Security")
NAMED_EVENT_WORDS = 6
#: a short capitalised name closing on its head word, "the Bishkek Anti-Terrorist Forum" (not "The Annual Forum":
#: a name of four words or more, told in lower-case text around it, opening on no article)
_SHORT_NAMED_EVENT = Prefiltered(re.compile(
    r"(?<![\w-])(?P<name>(?!(?:The|A|An|This|That|Our|Its|Their|Each|Every|Last|Next)\s)(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:Conference|Forum|Seminar|Workshop|Dialogue|Summit|Symposium|Congress))\b(?!\s+[A-Z])"))
SHORT_NAMED_EVENT_WORDS = 4
_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„\n]{10,300})[”\"»“]")
_PLAIN_WORDS = re.compile(r"[^\W_]+")
_CODE_NAME = re.compile(r"[“\"«„]([A-Z][\w'’ -]{1,40}?[- ](?:19|20)\d\d)[”\"»“]")
#: the same without quotes, in a sentence about an exercise: "the CSTO Cobalt-2022 exercise completed"
_BARE_CODE_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)*-(?:19|20)\d\d)(?![\w-])")
_EXERCISE_WORD = re.compile(r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?)\b", re.I)


def _paragraph_at(tm: TextModel, pos: int) -> int | None:
    """The index of the paragraph that holds ``pos`` (None between paragraphs)."""
    return next((i for i, (a, b) in enumerate(tm.paragraphs) if a <= pos < b), None)


def _has_year_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what every ``_BARE_CODE_NAME`` ends with, a hyphen before its year: two
    substring tests, where most sentences asked fail the case-insensitive search for an exercise word."""
    return text.find("-19", start, end) >= 0 or text.find("-20", start, end) >= 0


_YEAR = re.compile(r"(?<![\d/.-])(?:19[89]\d|20[0-4]\d)(?![\d/.-]?\d)")


def _year_at_top(tm: TextModel, body_start: int) -> date | None:
    """With no publication date: the latest year the headline and the lines under it name ("Programme
    update - summer 2019", "Newsletter No. 121 (March - April 2018)"), as its last day, so that a day
    written without a year ("11-15 June") falls in that year."""
    years = [int(m.group(0)) for s, e in tm.paragraphs[: body_start + 2] for m in _YEAR.finditer(tm.text[s:e])]
    return date(max(years), 12, 31) if years else None


#: a year an event's name is written with: "ICONS-2024", "Anirakai-2019", "Commonwealth 2022"
_NAMED_YEAR = re.compile(r"\b[A-Z][\w]*[- ](?P<year>19[89]\d|20[0-4]\d)\b(?![\d/.-]?\d)")


#: a paragraph this long, ending as a sentence does, is a story's lead, not a line of the header (a menu, a byline)
_LEAD_LENGTH = 100
_SENTENCE_END = ".!?\"”"


def _year_of_a_name(tm: TextModel, body_start: int) -> date | None:
    """With no publication date and no year at the top: the year an event's name carries in the headline or the
    story's first paragraph ("... will jointly host the International Conference on Nuclear Security (ICONS-2024)
    ... in Vienna on May 20-24"), as its last day, so that the days written without a year fall in it."""
    lead = next((i for i, (s, e) in enumerate(tm.paragraphs[body_start:], body_start)
                 if e - s > _LEAD_LENGTH and tm.text[e - 1] in _SENTENCE_END), body_start)
    for s, e in tm.paragraphs[: lead + 1]:
        m = _NAMED_YEAR.search(tm.text, s, e)
        if m is not None:
            return date(int(m.group("year")), 12, 31)
    return None


#: the page's copyright line, which the reader keeps as "© YEAR" (see ``reading.debris``)
_COPYRIGHT = re.compile("^" + COPYRIGHT_YEAR.pattern, re.IGNORECASE | re.MULTILINE)


def _year_most_dated(text: str) -> date | None:
    """With no publication date, no year at the top and no copyright line: the year the page's dates name most
    often ("On June 4-8, 2018 ...", "In May 2018 ..." over one "until December 14th, 2019"), as its last day, the
    last resort for a day written without a year in a listing with no date of its own (ties: the later year)."""
    years = Counter(d.year for d in find_dates(text) if d.has_year and d.year and d.precision in ("day", "month"))
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    return date(year, 12, 31)


def _copyright_year(text: str) -> date | None:
    """With no publication date and no year at the top: the year of the copyright line at the foot of the
    page, the last resort for a day written without a year ("closed on June 12")."""
    found = _COPYRIGHT.findall(text[-2000:])
    return date(int(found[-1]), 12, 31) if found else None


def _span_of(rec: EventRecord) -> tuple[date | None, date | None]:
    """The days a record covers (a month-precision record covers its month), for comparing with others."""
    if (days := rec.known_days()) is not None:
        return days
    if rec.year and rec.month:
        return month_days(rec.year, rec.month)
    return None, None


def _set_month(rec: EventRecord, year: int, month: int, start: int, end: int) -> None:
    """An earlier event known by its month alone ("took place in September"): month precision."""
    rec.start_date = rec.end_date = rec.duration_days = None
    rec.date_precision, rec.year, rec.month = "month", year, month
    why = f"'{_MONTHS[month - 1].capitalize()}' with no year: the last {_MONTHS[month - 1].capitalize()} up to " \
          "the publication date"
    rec.evidence = [e for e in rec.evidence if e.field not in ("start_date", "end_date", "year", "month",
                                                                "duration_days", "date_precision")]
    for fld, value in (("year", year), ("month", month), ("date_precision", "month")):
        _evidence(rec, fld, value, start, end, INFERRED, why)


#: words that tie an earlier event to the reported one's programme
_SAME_SERIES = re.compile(r"\b(?:programme|program|series|project|initiative|cycle)\b", re.I)


def _share_with_reported(rec: EventRecord, main: EventRecord, span: tuple[int, int], counted: bool = False) -> None:
    """An earlier event of the same series or office, told in one sentence that names no organiser, theme or
    participating country, shares the reported event's organisers and themes, and its Central Asian host
    takes part (as in a series, section 4). One that names no activity ("The first edition, Dustlik-2019, was
    held at ...") is of the reported event's kind. One the story counts as the next of its events ("held two online
    training seminars ... The second seminar, held on 28 September") is held as they were, under their programme,
    for their countries."""
    if counted:
        _share_with_counted(rec, main, span)
    if rec.event_type == "other" and main.event_type not in (None, "other") and _guessed(rec, "event_type"):
        rec.evidence = [e for e in rec.evidence if e.field != "event_type"]
        rec.event_type = main.event_type
        if rec.format != main.format and _guessed(rec, "format"):
            _format_of_reported(rec, main, span)
        _title_again(rec)
        _evidence(rec, "event_type", rec.event_type, *span, INFERRED,
                  "no word of its sentence names the activity: an earlier edition of the event the release reports")
    if not any(role == "organizer" for _, role in rec.organizations):
        why = "no organiser is named for this other event: those of the event the release reports"
        for name, role in main.organizations:
            if role == "organizer":
                rec.organizations.append((name, role))
                _evidence(rec, role, name, *span, GUESSED, why)
    if not rec.themes and main.themes:
        rec.themes = list(main.themes)
        for theme in rec.themes:
            _evidence(rec, "theme", theme, *span, GUESSED,
                      "no theme of its own: those of the event the release reports")
    if not rec.programmes and main.programmes and _SAME_SERIES.search(rec.summary or ""):
        # "The programme opened with a first course on June 1-3": a course of the same programme
        _programmes_of_reported(rec, main, span, "told as an earlier part of the same programme or series as the "
                                                 "event the release reports")
    if not rec.countries and rec.country_iso3 in CENTRAL_ASIA:
        rec.countries = [(rec.country_iso3, "participant")]
        _evidence(rec, "participant_country", rec.country_iso3, *span, INFERRED,
                  "an event held in a Central Asian country for its officials: the host takes part")


def _programmes_of_reported(rec: EventRecord, main: EventRecord, span: tuple[int, int], why: str) -> None:
    """Another event of the story holds the reported event's programmes, for the reason given."""
    rec.programmes = list(main.programmes)
    for name in rec.programmes:
        _evidence(rec, "programme", name, *span, INFERRED, why)


def _share_with_counted(rec: EventRecord, main: EventRecord, span: tuple[int, int]) -> None:
    """The next of the events a story counts, where its own sentence says nothing of them: the format, programmes
    and participating countries of the event the release reports."""
    why = "one of the events the release counts, and its sentence says nothing of this: as the event it reports"
    if rec.format != main.format and main.format != "in-person" and _guessed(rec, "format"):
        _format_of_reported(rec, main, span)
    if not rec.programmes and main.programmes:
        _programmes_of_reported(rec, main, span, why)
    if not rec.countries and main.countries:
        rec.countries = list(main.countries)
        for iso, _role in rec.countries:
            _evidence(rec, "participant_country", iso, *span, INFERRED, why)


#: days apart within which a story's other events are of its own weeks ("On 3 May ... On 10 May ... on 15, 17 and 19
#: May", under "ASHGABAT, Turkmenistan")
SAME_WEEKS_DAYS = 31


def _place_as_dateline_city(rec: EventRecord, main: EventRecord) -> bool:
    """Another event of the same weeks whose sentence names no place, in a story placed only by its dateline: the
    dateline's city, as the reported event's ("ASHGABAT, Turkmenistan" over a month's activities of a body there). An
    earlier edition, of another year, keeps only the country."""
    why = next((e for e in main.evidence if e.field == "city" and e.reasoning == DATELINE_CITY_WHY), None)
    if why is None or not (rec.start_date and main.start_date) or \
            abs((date.fromisoformat(rec.start_date) - date.fromisoformat(main.start_date)).days) > SAME_WEEKS_DAYS:
        return False
    rec.city, rec.country_iso3, rec.country = main.city, main.country_iso3, main.country
    rec.lat, rec.lon, rec.location_precision = main.lat, main.lon, "city"
    _title_again(rec)
    rec.evidence = [e for e in rec.evidence if e.field != "location_precision"]
    reason = "no place is written for this other event, of the same weeks: the city of the dateline"
    _evidence(rec, "city", rec.city, why.start, why.end, GUESSED, reason)
    _evidence(rec, "country_iso3", rec.country_iso3, why.start, why.end, INFERRED, f"the country of {rec.city}")
    return True


def _place_as_country(rec: EventRecord, main: EventRecord, span: tuple[int, int]) -> None:
    """An earlier event whose sentence names no place: the country of the event the release reports."""
    rec.country_iso3, rec.country, rec.location_precision = main.country_iso3, main.country, "country"
    _title_again(rec)
    why = "no place is written for this other event: the country of the event the release reports"
    rec.evidence = [e for e in rec.evidence if e.field != "location_precision"]
    for fld, value in (("country_iso3", rec.country_iso3), ("country", rec.country), ("location_precision", "country")):
        _evidence(rec, fld, value, *span, GUESSED, why)


def _title_again(rec: EventRecord) -> None:
    """An earlier event has no headline (``_earlier_events``): its name, made from its type and place, is made
    again when either is set from the reported event."""
    rec.title = generated_title(rec)
    for e in rec.evidence:
        if e.field == "title":
            e.value = rec.title


def _in_brackets(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a bracket opened before it on the same sentence."""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)
