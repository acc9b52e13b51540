"""When the event took place: its days, or only its month or year, from the event sentences, words
such as "today" and "on Tuesday" read against the publication date, "a three-day training", and the
place-and-date line under the headline."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from data_loader.extract import sections
from data_loader.extract.dates import (
    MONTHS,
    DateMention,
    find_dates,
    find_durations,
    in_weeks,
    resolve_year,
    without_dates,
)
from data_loader.extract.event_base import _EVENT_NOUN, ExtractorState, _evidence
from data_loader.extract.header import CAPS_FIELD_SEP, FIELD_SEP, FIELD_START, PLACE_FIELD_LABEL
from data_loader.extract.records import GUESSED, INFERRED, STATED, EventRecord
from data_loader.extract.text import Sentence

_END_VERB = re.compile(r"\b(?:concluded|ended|closed|wrapped\s+up|completed|came\s+to\s+an\s+end|finished|"
                       # "on 31 August twenty-six women officials ... graduated from our third ... Course"
                       r"graduated\s+from|"
                       r"(?:came|comes|drew|draws)\s+to\s+a\s+close|"
                       r"conclude[sd]?|ends|closes|wraps\s+up|comes\s+to\s+an\s+end)\b", re.I)
#: a lead under a dateline that does not tell of an event held on the dateline's day: a plan, the end of a course, a
#: series
_NOT_THE_DAY_HELD = re.compile(r"\b(?:will|shall|plans?|planned|to\s+be\s+held|is\s+to|are\s+to|series|"
                               r"complet\w*|graduat\w*|conclu\w*|finish\w*|ended|closed|wrapped)\b", re.I)
#: the event begins on the day named: "opened", "opens today", "is kicking off", "will open tomorrow"
_START_VERB = re.compile(r"\b(?:open(?:s|ed|ing)?|start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|kick(?:s|ed|ing)?\s+off|"
                         r"launch(?:es|ed|ing)?|commence[sd]?|commencing|(?:gets?|got)\s+under\s*way)\b", re.I)
#: a sentence written while the event runs or before it ("is holding", "will be held", "brings together"):
#: a day named there is one of its first days, not its last
_PRESENT_OR_FUTURE = re.compile(r"\b(?:is|are)\s+(?:being\s+)?(?:\w+ing|held|hosted|co-\w+ed|organi[sz]ed)\b|"
                                r"\bwill\b|\b(?:brings|gathers|takes\s+place|runs)\b", re.I)

#: the weekday a date may open with, right before it ("on Friday, November 16")
_WEEKDAY_BEFORE_DAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$"
#: a day the news was given out on, not the event's ("the Embassy reported on Friday, November 16")
#: (not "said": a speaker says things at the event, "said on Friday at the launch")
#: ("In a statement issued on March 24, the press service said the exercises would take place on March 27-30")
_REPORTED_ON = re.compile(r"\b(?:reported|announced|informed|wrote|posted|tweeted|published|issued|released)\s+"
                          # ("The newspaper published the discussion on 13 April": the day of the paper)
                          r"(?:(?:on\s+)?|(?:the|its|their|his|her)\s+(?:[\w-]+\s+){1,2}on\s+)" + _WEEKDAY_BEFORE_DAY)

#: a section's heading saying when its story was reported ("(reported on 7 April)"); not a page's stamp ("Week 46 /
#: 2019 · published 15 November 2019")
_STORY_REPORTED_ON = re.compile(r"\b(?:reported|announced)\s+(?:on\s+)?" + _WEEKDAY_BEFORE_DAY)

#: "said on August 13 that the drill aims ...": the day of a statement about the event, which "that" opens
#: (a speaker "said on Friday at the launch" speaks at the event, and that day is the event's)
_SAID_ON = re.compile(r"\b(?:said|stated|noted|told\s+[\w\s]{1,30}?)\s+(?:on\s+)?" + _WEEKDAY_BEFORE_DAY)
_THAT_AFTER = re.compile(r",?\s+that\b")
#: what follows the day of a statement that is not the event's: "..., district commander Lapin said on Tuesday."
#: (the sentence ends, or goes on about the statement); "said on Friday at the launch" is at the event
_STATEMENT_ENDS = re.compile(r"\s*(?:[.;!]|$|,\s|\s+in\s+(?:a|its|his|her)\s+statement\b|,?\s+that\b)")

#: how long before the publication a day is background when a later sentence dates the event recently
STALE_DAYS = 730


def _long_before(d: DateMention, pub: date | None) -> bool:
    """Whether a day falls years before the publication date (a founding, a signing told as background)."""
    return pub is not None and d.first is not None and (pub - d.first).days > STALE_DAYS


#: the day a day of the calendar falls on, every year: "observed every year on 18 July", "celebrated annually on"
_YEARLY_ON = re.compile(r"\b(?:observed|celebrated|marked|commemorated|held)\s+(?:every\s+year|each\s+year|annually|"
                        r"yearly)\s+on\s+$|\b(?:every|each)\s+year\s+on\s+$", re.I)
#: the day an anniversary marks: "the 20th anniversary of the terrorist attacks of 11 September 2001", "the
#: anniversary of the tragedy on 1 September"
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\b[^.;:\n]{0,70}?\s(?:of|on|in)\s+$", re.I)
#: a month or year something still going on began in: "run since February 2017", "since 2019"
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|mid-|late\s+)?$", re.I)
#: ... and the day, told in a since-clause, a thing looked back on began: "the response to the Guide since it was
#: placed online on 25 February 2019", "since its launch on 3 May"; not the event's own start ("Since the start of the
#: exercise on September 2, the personnel have ...")
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?!the\s+(?:start|beginning|opening|outset|first\s+day)\b)"
                           r"(?:it|its|they|their|the|this|that|[A-Z][\w-]*)\b[^.;:\n]{0,60}?\s(?:on|in)\s+$")
#: a day written as what dates a statement: "said in a January 8 statement", "in its 3 May press release"
_STATEMENT_OF_DAY = re.compile(r"\s+(?:statement|press\s+release|release|announcement|communiqu[eé]|letter|"
                               r"interview|report|post)\b", re.I)
_A_BEFORE = re.compile(r"\b(?:a|an|its|his|her|their|the)\s+$", re.I)

#: the day of a decision or an agreement the event follows from, not the event's ("In pursuance of the decision
#: of the SCO RATS Council of 8 September 2023, ... conducted the exercise"; "the Protocol dated 5 May 2019")
#: "dated" is always a document's ("letter No. 87-03-283 of the Ministry of ... dated January 17, 2019"), and so is the
#: day a plan or a law was passed by someone ("the State Program ..., approved by Prime Minister B. Sagintayev on
#: March 15, 2018"); a meeting that approved a plan on its day says so in the active voice ("Presidential Decree No. 203
#: of 14 November 2014": its number's abbreviation is no sentence's end)
_ACT_OF = re.compile(r"\b(?:decision|resolution|decree|order|agreement|memorandum|protocol|law|declaration|directive|"
                     r"instruction|roadmap|road\s+map)\b(?:[^.;:\n]|(?<=\bNo)\.){0,60}?\s(?:of|dated)\s+$|\bdated\s+$|"
                     r"\b(?:approved|adopted|signed|ratified|endorsed)\s+by\s+(?:[^.;:\n]|(?<=\b[A-Z])\.){0,80}?\s"
                     r"(?:on|of)\s+$", re.I)

#: the day of a newspaper's issue that printed the story: "The full text ... is published in Rossiyskaya Gazeta of 13
#: April 2017", "in the issue of 5 May"
_ISSUE_OF = re.compile(r"\b(?:published|printed|appeared|came\s+out)\s+in\s+[^.;:\n]{1,60}?\s(?:of|dated)\s+$|"
                       r"\b(?:issue|edition)\s+(?:No\.?\s*\d+\s+)?(?:of|dated)\s+$", re.I)
#: a day in an opening clause that dates what the event came after or before: "Weeks after taking over the
#: chairmanship ... on October 28, 2021, India hosted ...", "Days before the summit of 3 May, ..."
_TIME_AFTER = re.compile(r"(?:^|[:–—]\s)\W*(?:(?:a\s+few|several|two|three|four|five|some|just|only|shortly|soon|a)"
                         r"\s+)?(?:days?|weeks?|months?|years?|shortly|soon|just)\s+(?:after|before)\b[^.;:\n]*$", re.I)
#: a wire story's dateline: a place in capitals, then the agency and the day it filed in brackets
#: ("UNITED NATIONS (UrduPoint News / Sputnik - 22nd February, 2020)", "ISLAMABAD, Feb 22 (APP)")
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40},?\s*(?:[^()\n]{0,20}?)\((?P<inside>[^()\n]{3,100})\)")


#: a dateline's place and day before its dash: "Chui oblast, 4 October 2025 – "
_OPENING_DAY = re.compile(r"[^–—\n]{3,60}?\s[–—]\s")
#: a report that an event was held, in the past tense (not ``event_base._REPORTED``, whose "opened" would date the
#: first day, not the last)
_HELD_PAST = re.compile(r"\b(?:held|conducted|organi[sz]ed|hosted|ran)\b")


def _filed_before_held(sentence: str, at: int) -> bool:
    """Whether the day at ``at`` is the dateline's, before a report that the event was held ("Chui oblast, 4
    October 2025 – ... held a two-day workshop"): a story is filed once its event is over, so the day is its last."""
    m = _OPENING_DAY.match(sentence)
    return m is not None and at < m.end() and _HELD_PAST.search(sentence, m.end()) is not None


def _wire_dateline(sentence: str) -> re.Match[str] | None:
    """The wire dateline opening a sentence, when its brackets name an agency besides a day."""
    m = _WIRE_DATELINE.match(sentence)
    if m is None:
        return None
    return m if re.search(r"[A-Za-z]{2,}", without_dates(m.group("inside"))) else None

#: an event page's fields: its day ("**Date:** 5 August 2022") and, on one of the next lines, another field
_DATE_FIELD = re.compile(FIELD_START + r"(?:(?:Event\s+)?(?:Date|Dates|When|Duration)(?:\s+and\s+time)?"
                         # "Date and time of the event: | 30.09.2021, 11:00 – 19:00"
                         r"(?:\s+of\s+(?:the\s+)?(?:event|meeting|conference|seminar|workshop|training|round\s*table))?"
                         # "When, local time:" over "Wednesday, 3 May 2017 - 10:00am to Friday, 5 May 2017 - 6:00pm"
                         r"(?:,\s*local\s+time)?"
                         + FIELD_SEP + r"|(?:WHEN|DATES?|DATE\s+AND\s+TIME)" + CAPS_FIELD_SEP + r")"
                         r"(?P<value>[^\n]{6,80}?)[ \t|]*$", re.MULTILINE)
_OTHER_FIELD = re.compile(FIELD_START + r"(?:(?:Format|Time|Mode)" + FIELD_SEP + "|" + PLACE_FIELD_LABEL + ")",
                          re.MULTILINE)

#: words that make a planned activity another one than the event reported ("a third course ... will")
_ANOTHER = re.compile(r"\b(?:next|another|second|third|fourth|fifth|final|last|upcoming|following|future|later|"
                      r"new|further)\b")
#: a dated heading is one short line: its date, a dash or colon, a few words
HEADING_MAX = 160
_HEADING_DASH = re.compile(r"\s*(?:[—–:|]|-\s)")
#: how a date can open a line: a day in figures, or a month name and a day
_OPENS_WITH_DATE = re.compile(r"\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")

#: a month without a year after a word that dates an event by it: "in September", "in mid-October",
#: "at the end of May" (not "May" the verb, not "September 2022" nor "September 14", which the date grammar reads)
_BARE_MONTH = re.compile(
    r"\b(?i:in|during|throughout|since|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    # "spent part of March in Almaty", "the first half of May", "the last week of June"
    r"(?:part|most|much)\s+of|the\s+(?:first|second|last|final)\s+(?:half|week|weeks|days|fortnight)\s+of)\s+"
    r"(?i:(?:early|mid|late)[\s-]+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![\s,]*(?:\d|of\s+(?:19|20)\d\d))")
#: a sentence opened by its year ("During 2020 the government ...", "... Terrorism: In 2020 ..."), not a year told in
#: passing ("an organization founded in 2001")
_YEAR_OPENS = re.compile(r"(?:^|[.:;!?]\s+)(?:In|During|Throughout)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.M)
_BARE_YEAR = re.compile(r"\b(?:in|during|throughout|of)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
#: a sentence about days to come without "will": "opens on Monday", "is scheduled for Tuesday"
_COMING = re.compile(r"\b(?:opens|begins|starts|kicks\s+off|gets\s+under\s*way|takes\s+place|runs|"
                     r"(?:is|are)\s+(?:scheduled|set|due|planned|expected|to\s+(?:be|open|start|begin|take)))\b", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_WEEKDAY_ON = re.compile(r"\b(?:on|last|(?P<next>next|this\s+coming))\s+"
                         r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December))", re.I)


class WhenRules(ExtractorState):
    """Dates of the event: ``start_date``, ``end_date``, ``date_precision``, ``year``, ``month`` and
    ``duration_days``."""

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
        wire: re.Match[str] | None | bool = None
        # in an announcement, a day without a year may be weeks ahead ("opens on 12 December", in May)
        for d in find_dates(sent, anchor=pub, future_ok=self.announced or self.present_only):
            if other is not None and d.start > other:
                continue
            start = s.start + d.start
            if skip and skip[0] <= start < skip[1]:
                continue
            if self.head.dateline_span and self.head.dateline_span[0] <= start <= self.head.dateline_span[1] \
                    and d.first == d.last:
                # the day it was filed, also right after the dateline's place ("THE HAGUE, Netherlands — 21 May 2019
                # — At a ... course in Seoul ... from 13 – 17 May"); a span of days in a dateline ("BISHKEK, 1-5 July
                # 2024") is the event's
                continue
            if wire is None:
                wire = _wire_dateline(sent) or False
            if wire and wire.start("inside") <= d.start < wire.end("inside"):
                continue  # "UNITED NATIONS (UrduPoint News / Sputnik - 22nd February, 2020) Russia has ...": filed
            if _REPORTED_ON.search(sent, max(0, d.start - 40), d.start):
                continue  # "the US Embassy reported on Friday, November 16": the day of the report, not the event
            if _THAT_AFTER.match(sent, d.end) and _SAID_ON.search(sent, max(0, d.start - 40), d.start):
                continue
            if _YEARLY_ON.search(sent, max(0, d.start - 50), d.start):
                continue  # "Ahead of Nelson Mandela Day, observed every year on 18 July": a day of the calendar
            if d.precision != "day" and _SINCE_BEFORE.search(sent, max(0, d.start - 12), d.start):
                continue  # "a project run since February 2017": when something still going on began
            if _SINCE_CLAUSE.search(sent, max(0, d.start - 80), d.start):
                continue  # "since it was placed online on 25 February 2019": when something looked back on began
            if _STATEMENT_OF_DAY.match(sent, d.end) and _A_BEFORE.search(sent, max(0, d.start - 12), d.start):
                continue  # "said in a January 8 statement": the day of the statement, not the event
            if _ACT_OF.search(sent, max(0, d.start - 90), d.start):
                continue  # "the decision of the Council of 8 September 2023": the day of the act, not the event
            if _ISSUE_OF.search(sent, max(0, d.start - 90), d.start):
                continue  # "published in Rossiyskaya Gazeta of 13 April 2017": the day of the paper, not the event
            if _ANNIVERSARY_OF.search(sent, max(0, d.start - 80), d.start):
                continue  # "marking the 20th anniversary of the terrorist attacks of 11 September 2001": the day marked
            if _TIME_AFTER.search(sent, max(0, d.start - 200), d.start):
                continue  # "Weeks after taking over the chairmanship on October 28, 2021, India hosted ...": the
                # day the event came after
            out.append(in_last_year(d, sent).shifted(s.start))
        return tuple(out)

    def _duration(self) -> tuple[int, int, int] | None:
        """How many days the event lasted ("a three-day training", "over two days", "a week-long course"):
        from the sentences about the event, the headline, then any other sentence of the story ("Over
        three days, prison officers are taking part in sessions ...") that is not about another event, when
        at most one sentence about the event names a day."""
        for s in self.event_sents[:4]:
            for days, a, b in find_durations(self.masked[s.start : s.end]):
                return days, s.start + a, s.start + b
        if self.head.title_span:
            for days, a, b in find_durations(self.head.title):
                return days, self.head.title_span[0] + a, self.head.title_span[0] + b
        about_event = {s.start for s in self.event_sents}
        rest = []
        for s in self.body:  # the cheap test first: most sentences name no day or week
            low = self._low_slice(s) or self.masked[s.start : s.end].lower()
            if ("day" in low or "week" in low) and s.start not in about_event:
                rest.append((s, low))
        if not rest:
            return None
        dated = sum(any(d.precision == "day" for d in self._sentence_dates(s)) for s in self.event_sents)
        if dated > 1:
            return None  # several sentences name days (a series, history): a duration elsewhere may be any one's
        for s, low in rest:
            if self._future(s) and _ANOTHER.search(low):
                continue  # "a third course, for community leaders, is scheduled for November"
            other = self._other_event_at(s)
            for days, a, b in find_durations(self.masked[s.start : s.end]):
                if other is None or a < other:
                    return days, s.start + a, s.start + b
        return None

    def _heading_day(self, span: tuple[int, int]) -> tuple[DateMention, Sentence] | None:
        """The first day named in a digest section's heading, and the heading read as a sentence: "1. TAJIKISTAN:
        UNODC workshop on terrorist travel (Dushanbe, 19-20 September)". It tells the sections apart and dates
        the one whose story names no day."""
        heading = Sentence(span[0], span[1], self.masked[span[0] : span[1]], -1, False)
        found = self._sentence_dates(heading)
        if not found and self.head.published_span and span[0] <= self.head.published_span[0] < span[1] \
                and "\n" in heading.text and ("\n\n" not in heading.text
                                              or (self.head.title_span and span[0] == self.head.title_span[0])
                                              or sections.is_date_line(heading.text.split("\n\n", 1)[0].strip())):
            # ("... course in Khorog" over "16.05.2025 · Press release": the newest item's date line of a listing,
            # read as the page's date, which sentences leave out; or the page's headline over it, its first item's;
            # or "20/11/2024" over the first item's heading, read as the page's date too)
            found = tuple(d.shifted(span[0]) for d in find_dates(heading.text, anchor=self.anchor))
        return next(((d, heading) for d in found if d.precision == "day"), None)

    def reported_day_in(self, heading: tuple[int, int]) -> DateMention | None:
        """The day a digest section's heading says its story was reported ("(reported on 7 April)"), which the
        sentences' dates leave out as a day of the report."""
        a, b = heading
        for d in find_dates(self.masked[a:b], anchor=self.anchor):
            if d.precision == "day" and d.first is not None \
                    and _STORY_REPORTED_ON.search(self.masked, max(a, a + d.start - 40), a + d.start):
                return d.shifted(a)
        return None

    def _item_date_line(self, d: DateMention) -> bool:
        """Whether a day of a listing item's heading stands in a paragraph of its own that is only a date line
        ("27.11.2024", "October 22, 2025 09:40 · Security"): the day the item was published."""
        for a, b in self.tm.paragraphs:
            if a <= d.start < b:
                return sections.is_date_line(self.masked[a:b].strip())
        return False

    def _section_heading_day(self) -> tuple[DateMention, Sentence] | None:
        return self._heading_day(self.section_heading) if self.section_heading is not None else None

    def _section_day(self) -> date | None:
        """The one day of a digest section's heading (with its listing's date line), if it gives one."""
        hit = self._section_heading_day()
        return hit[0].first if hit is not None and hit[0].first == hit[0].last else None

    def _section_posted_day(self) -> date | None:
        """The day a listing's item was posted, from the date line its heading spans ("Security Alert – ... (May 2–3,
        2024)" / "By U.S. Embassy Astana | 30 April, 2024 | Topics: Alerts"): what the item's plan is days ahead of."""
        if self.section_heading is None:
            return None
        a, b = self.section_heading
        for d in find_dates(self.masked[a:b]):
            d = d.shifted(a)
            if d.precision == "day" and d.has_year and d.first == d.last and self._item_date_line(d):
                return d.first
        return None

    def _planned_day(self, pub: date | None) -> tuple | None:
        """A story told only in the present ("The meeting is being organized by ...") whose day is in a sentence
        about the future ("will take place in Tashkent on 27 November 2024"): that day, from publication on
        (one too far ahead is dropped as a plan, see ``_after_horizon``)."""
        if not self.present_only or pub is None:
            return None
        for s in self.body:
            if s in self.event_sents or not self._is_event_sentence(s, future=True):
                continue
            for d in self._sentence_dates(s):
                if d.precision == "day" and d.first and d.first >= pub:
                    return d, s
        return None

    def _dates(self, rec: EventRecord, pub: date | None) -> None:
        duration = self._duration()
        day_hit = month_hit = None
        venue = self.head.venue
        heading_hit = None
        stale = None  # a day years before the publication, kept only if no later sentence gives a recent one
        # "have begun a joint exercise ... The practical part will continue until 7 April": the day written is the
        # last; the first is the day of the report
        begun = self._begun_when_reported(pub)
        for s in self.event_sents:
            heading = self._dated_heading(s)
            for d in self._sentence_dates(s):
                if self._to_come_after_the_report(s, d, pub) or (begun and d.start == begun[2].start):
                    continue
                if d.precision == "day" and heading:
                    heading_hit = heading_hit or (d, s)
                elif d.precision == "day" and day_hit is None:
                    day_hit = (d, s)
                elif d.precision == "month" and month_hit is None:
                    month_hit = (d, s)
            if day_hit and stale is None and _long_before(day_hit[0], pub):
                # "The Agreement on the RATS was signed ... on 7 June 2002 at a meeting of the Council", then "a
                # meeting for students was arranged on July 21" (2022): the old day is background
                stale, day_hit = day_hit, None
                continue
            if day_hit:
                break
        if day_hit is None and begun is not None:
            day_hit = begun[:2]
        item_day = None  # the day a listing gives its item, over its heading: the day the item was filed
        filed_item = None  # that day, when it is only the item's date line: the day it was published
        if not (day_hit or stale or heading_hit):
            day_hit = self._planned_day(pub) or (item_day := self._section_heading_day()) or self._started_on()
            if item_day is not None and day_hit is item_day and self._item_date_line(item_day[0]):
                # "October 22, 2025 09:40 · Security" over an item that names no day of its event: the day the item
                # was published, as a release's date line is (its month is guessed below, as a release's is)
                filed_item, day_hit = item_day[0], None
            elif day_hit is None and self.section_heading is not None \
                    and (reported := self.reported_day_in(self.section_heading)) is not None:
                # "1.2 Barnaul — VIII conference ... (reported on 7 April)" over a story that names no day: the day
                # it was reported, whose month is guessed as a release's is
                filed_item = reported
        else:
            day_hit = day_hit or stale or heading_hit
        if day_hit:
            day_hit = self._span_holding(day_hit) or (self._run_until(*day_hit), day_hit[1])
        # "got under way today" under a listing's "17.10.2024": that item's day, not the page's
        section_day, filed = self._section_day(), self._filed_day()
        relative = self._relative(section_day or filed or pub)
        if day_hit and relative and item_day is None and not self._relative_first(day_hit, relative):
            relative = None  # ("Yesterday a round table was held" under the item's "October 26, 2019": the 25th)
        if day_hit is None and relative is None and filed_item is None:
            day_hit = (self._headline_day() or self._event_page_day() or self._travel_days() or self._lead_span()
                       or self._dateline_lead_day(month_hit))
        if day_hit and relative is None:
            d, s = day_hit
            first, last = d.first, d.last
            sent = self.masked[s.start : s.end]
            why, support = ([], []) if d.has_year else self._yearless(d.first)
            if self.head.dateline_span and self.head.dateline_span[0] <= d.start < self.head.dateline_span[1]:
                why.insert(0, "the dateline's day: the story opens on it with the event, and names no other day")
            elif d.kind == "published":
                why.insert(0, "the lead says the event has begun and names no day: the day of the report")
            until = self._until_day(first) if first is not None and first == last else None
            if until is not None:
                # "opened in the city of Mary on 10 February ... The workshop will continue until 12 February"; "the
                # 14-day exercise ... on June 16 ... continues until June 27": the day written outweighs a count
                last = until.first
                why.append(f"running until {_day(last)}")
                support.append((until.start, until.end))
            elif first == last and duration and duration[0] > 1:
                n = duration[0]
                if (_END_VERB.search(sent) or self._ended_on(first)) and self._in_weeks(duration):
                    # "graduated today from a three-week course": a course of weeks runs on working days with
                    # breaks, so its first day is not known
                    first = None
                    why.append(f"a course of {self._duration_words(duration)} ending on {_day(last)}: "
                               "its first day is not known")
                elif _END_VERB.search(sent) or self._ended_on(first) or _filed_before_held(sent, d.start - s.start):
                    first = last - timedelta(days=n - 1)
                    why.append(f"a {n}-day event ending on {_day(last)}")
                else:
                    last = first + timedelta(days=n - 1)
                    why.append(f"a {n}-day event starting on {_day(first)}")
                support.append(duration[1:])
            why = self._announced_why(pub, first or last, sent) + why
            self._set_days(rec, first, last, d.start, d.end, INFERRED if why else STATED, "; ".join(why), support)
        elif relative:
            when, a, b, sent = relative
            first = last = when
            word = " ".join(self.masked[a:b].split())
            why = self._announced_why(pub, when, sent)
            against = (f"the day the listing gives the item, {_day(section_day)}" if section_day
                       else f"the dateline's day, {_day(filed)}" if filed and filed != pub
                       else f"the publication date, {_day(pub)}" if pub else "")
            weekend = _LAST_WEEKEND.fullmatch(word) is not None
            if weekend:
                last = when + timedelta(days=1)
                why.append(f"'{word}' read against {against}: {_day(when)} and {_day(last)}")
            else:
                why.append(f"'{word}' read against {against}: {_day(when)}")
            support = [self.head.published_span] if self.head.published_span else []
            if duration and duration[0] > 1 and not weekend:  # (a weekend's two days are written)
                n = duration[0]
                nth = self._nth_day_on(word)
                if nth is not None and (k := _ORDINAL_DAYS[nth.group(1).lower()]) <= n:
                    # "The Eurasian Group met for its second day in Indore on Tuesday" (a five-day meet)
                    first = when - timedelta(days=k - 1)
                    last = first + timedelta(days=n - 1)
                    why.append(f"the {nth.group(1).lower()} day of a {n}-day event")
                elif not _END_VERB.search(sent) and (_START_VERB.search(sent) or _PRESENT_OR_FUTURE.search(sent)):
                    last = when + timedelta(days=n - 1)
                    why.append(f"a {n}-day event starting that day")
                elif self._in_weeks(duration):
                    first = None  # "completed today a three-week course": see above
                    why.append(f"a course of {self._duration_words(duration)} ending that day: its first day is "
                               "not known")
                else:
                    first = when - timedelta(days=n - 1)
                    why.append(f"a {n}-day event ending that day")
                support.append(duration[1:])
            elif (until := self._until_day(when)) is not None:
                # "began early this morning ... The drills will continue until September 22"
                last = until.first
                why.append(f"running until {_day(last)}")
                support.append((until.start, until.end))
            self._set_days(rec, first, last, a, b, INFERRED, "; ".join(why), support)
        elif venue is not None and venue.date.first != venue.date.last:
            # "Tashkent, 3-4 October 2023" under the headline, and no day in the story
            self._set_days(rec, venue.date.first, venue.date.last, venue.date.start, venue.date.end)
        elif (span := self._dateline_days()) is not None:
            # "Astana (Kazakhstan), 11–12 March 2025 – ...", and no day in the story
            self._set_days(rec, span.first, span.last, span.start, span.end)
        elif month_hit and not self._history_month(month_hit, pub):
            d, _ = month_hit
            rec.date_precision, rec.year, rec.month = "month", d.year, d.month
            _evidence(rec, "year", d.year, d.start, d.end)
            _evidence(rec, "month", d.month, d.start, d.end)
        elif bare_month := self._bare_month():
            # "took place in September" in a release of 6 October 2022: September 2022
            month, year, a, b, why = bare_month
            rec.date_precision, rec.year, rec.month = "month", year, month
            support = [self.head.published_span] if self.head.published and self.head.published_span else []
            for fld, val in (("year", year), ("month", month)):
                _evidence(rec, fld, val, a, b, INFERRED if fld == "year" else STATED, why if fld == "year" else "")
            for span in support:
                _evidence(rec, "year", year, *span, INFERRED, why)
        elif (year_hit := self._bare_year()) and (pub is None or year_hit[0] != pub.year):
            # "in 2019, UNOCT held ..." in a release of 2020: the year is known, the month is not
            rec.date_precision, rec.year = "year", year_hit[0]
            _evidence(rec, "year", year_hit[0], year_hit[1], year_hit[2])
        elif pub and (last := self._last_month(pub)) is not None:
            # "was held in Bishkek late last month", in a release of 6 October: September
            (year, month), a, b = last
            rec.date_precision, rec.year, rec.month = "month", year, month
            why = f"'last month' read against the publication date, {_day(pub)}"
            _evidence(rec, "year", year, a, b, INFERRED, why)
            _evidence(rec, "month", month, a, b, INFERRED, why)
        elif filed_item is not None and filed_item.first is not None:
            day = filed_item.first
            rec.date_precision, rec.year, rec.month = "month", day.year, day.month
            why = f"no date of the event is written: the month the listing gives the item, {_day(day)}"
            _evidence(rec, "year", day.year, filed_item.start, filed_item.end, GUESSED, why)
            _evidence(rec, "month", day.month, filed_item.start, filed_item.end, GUESSED, why)
        elif pub and self.speech_page and self.head.published_span:
            # the page of a speech given at the event, dated and with no other day: the day it was delivered
            self._set_days(rec, pub, pub, *self.head.published_span, INFERRED,
                           f"the page holds a speech given at the event, dated {_day(pub)}")
        elif pub:
            rec.date_precision, rec.year, rec.month = "month", pub.year, pub.month
            if self.head.published_span:
                why = "no date of the event is written: the month the release was published"
                _evidence(rec, "year", pub.year, *self.head.published_span, GUESSED, why)
                _evidence(rec, "month", pub.month, *self.head.published_span, GUESSED, why)
        elif (month_end := self.head.month_end) is not None and (this_month := self._this_month()) is not None:
            # "Earlier this month practitioners from Central Asia met in Vienna", in an issue of "December 2019"
            _in_month(rec, month_end, this_month[:2], INFERRED,
                      f"'{this_month[2]}' in a page of {month_end:%B %Y}, the month named at its top")
        elif month_end is not None and self.head.month_span is not None:
            # a page dated by its month alone ("December 2019" under the headline)
            _in_month(rec, month_end, self.head.month_span, GUESSED,
                      f"no date of the event is written: the month the page is dated, {month_end:%B %Y}")
        elif venue is not None:
            # one day under the headline may be the day the story was filed: read like a publication date
            d = venue.date
            rec.date_precision, rec.year, rec.month = "month", d.year, d.month
            why = "no date of the event in the story: the month of the date under the headline"
            _evidence(rec, "year", d.year, d.start, d.end, GUESSED, why)
            _evidence(rec, "month", d.month, d.start, d.end, GUESSED, why)
        else:
            years = [d for s in self.event_sents for d in find_dates(self.masked[s.start : s.end])]
            if years:
                rec.date_precision, rec.year = "year", years[0].year
                _evidence(rec, "year", years[0].year, years[0].start, years[0].end, GUESSED,
                          "no day, month or publication date: the first year named in the event sentences")
        if rec.duration_days is None and duration:
            rec.duration_days = duration[0]
            _evidence(rec, "duration_days", duration[0], duration[1], duration[2])

    def _this_month(self) -> tuple[int, int, str] | None:
        """Where an event sentence says the event was this month ("Earlier this month ... met in Vienna")."""
        for s in self.event_sents:
            m = _THIS_MONTH.search(self.masked, s.start, s.end)
            if m is not None:
                return m.start(), m.end(), m.group(0)
        return None

    def _last_month(self, pub: date) -> tuple[tuple[int, int], int, int] | None:
        """((year, month), start, end) of "last month" in the first sentences about the event: the month
        before the publication date's."""
        for s in self.event_sents[:4]:
            if (m := _LAST_MONTH.search(self.masked, s.start, s.end)) is not None:
                first_of_month = pub.replace(day=1) - timedelta(days=1)
                return (first_of_month.year, first_of_month.month), m.start(), m.end()
        return None

    def _announced_why(self, pub: date | None, first: date, sent: str) -> list[str]:
        """Why days that a release gives before the event took place are taken as its days: an announcement
        (the document reports nothing else), or a sentence written on or before the first day while the
        event opens or is still to come ("opens today", "is kicking off", "will open tomorrow")."""
        if pub is None or first < pub:
            return []
        if self.announced:
            return [f"an announcement published on {_day(pub)}, before the event: the days it gives"]
        if _PRESENT_OR_FUTURE.search(sent) or _COMING.search(sent):
            when = "on the opening day" if first == pub else f"on {_day(pub)}, before the opening"
            return [f"an announcement published {when}"]
        return []

    def _dated_heading(self, s: Sentence) -> bool:
        """A heading that opens with a date and a dash ("18 October — Critical energy infrastructure: side
        event in Ashgabat"), as digests and newsletters date their items: the day the item was filed, used
        only when no sentence of the item names a day."""
        text = self.masked[s.start : s.end]
        if len(text) > HEADING_MAX or text.rstrip().endswith((".", "!", "?")) or not _OPENS_WITH_DATE.match(text):
            return False
        found = find_dates(text[:40], anchor=self.anchor)
        return bool(found) and found[0].start <= 1 and _HEADING_DASH.match(text, found[0].end) is not None

    def _begun_when_reported(self, pub: date | None) -> tuple[DateMention, Sentence, DateMention] | None:
        """(the publication day, the lead, the day the event runs until) when the lead says the event has begun and
        names no day, and a day of the first sentences is one it runs until ("have begun a joint exercise ... will
        continue until 7 April")."""
        if pub is None or not self.event_sents or self.head.published_span is None:
            return None
        lead = self.event_sents[0]
        text = self.masked[lead.start : lead.end]
        if _HAS_BEGUN.search(text) is None or _RELATIVE_DAY.search(text) or _WEEKDAY_NAMED.search(text) \
                or self._sentence_dates(lead):
            return None
        until = self._until_day(pub)
        if until is None:
            return None
        a, b = self.head.published_span
        return DateMention(a, b, pub, pub, "day", True, "published", pub.year, pub.month), lead, until

    def _started_on(self) -> tuple[DateMention, Sentence] | None:
        """'The drills kicked off on October 8 and will run until October 13', after a lead that says only that
        the exercise 'is under way': the day it began, told in one of the first sentences of the story."""
        lead = self.event_sents[0].start if self.event_sents else 0
        first = next((i for i, s in enumerate(self.body) if s.start >= lead), 0)
        for s in self.body[first : first + 5]:  # the lead and the four sentences after it
            low = self._low_slice(s) or self.masked[s.start : s.end].lower()
            if not any(w in low for w in ("off", "began", "start", "open", "commenc", "under", "run", "last",
                                          "place", "held")):
                continue  # every start or running verb holds one of these
            for d in self._sentence_dates(s):
                before = max(s.start, d.start - 30)
                runs = d.first != d.last and _RUNS_FROM.search(self.masked, before, d.start)
                if d.precision == "day" and (runs or _STARTED_ON.search(self.masked, before, d.start)):
                    return d, s
        return None

    def _headline_day(self) -> tuple[DateMention, Sentence] | None:
        """'XII Meeting of the Heads of the National Anti-Terrorism Centers ... held in Moscow on 19-20 February
        2019' over a story that names no day: the headline's days are the event's. Only a headline that names
        an event ("week in brief (1-7 September)" names the days of a digest)."""
        if not self.head.title_span:
            return None
        a, b = self.head.title_span
        title = self.masked[a:b]
        if _EVENT_NOUN.search(title) is None:
            return None
        heading = Sentence(a, b, title, -1, False)
        return next(((d, heading) for d in self._sentence_dates(heading) if d.precision == "day"), None)

    def _travel_days(self) -> tuple[DateMention, Sentence] | None:
        """'From 28 to 30 October 2019, a delegation from the General Prosecutor's Office travelled to Lower
        Saxony' before 'IRZ organised the study visit': the days of the trip, told in the lead without a word for
        the event, are the event's when the sentences about it name none."""
        for s in self._trip_sentences(through_lead=True):
            if self._other_event_at(s) is None:
                return next(((d, s) for d in self._sentence_dates(s) if d.precision == "day"), None)
        return None

    def _to_come_after_the_report(self, s: Sentence, d: DateMention, pub: date | None) -> bool:
        """Whether a day lies after the page's date in a report of what was held ("welcomed the holding of the
        conference in Dushanbe on 18-19 October", in a story of 21 September): another event, still to come, when
        the sentence says so before it (``_TO_COME``; a page's date may be misread, and the day alone is not
        enough), and not the day the event told of runs until ("will continue until August 16")."""
        # (a month counts from its first day: "The group will keep meeting until November 2022", in November 2021)
        first = d.first or (date(d.year, d.month, 1) if d.precision == "month" and d.year and d.month else None)
        return pub is not None and first is not None and first > pub + timedelta(days=1) \
            and not (self.announced or self.present_only) \
            and _TO_COME.search(self.masked, s.start, d.start) is not None \
            and _RUNS_UNTIL.search(self.masked, max(s.start, d.start - 40), d.start) is None

    def _lead_span(self) -> tuple[DateMention, Sentence] | None:
        """'Experts from Kazakhstan ... spent the week of 16 to 20 May building their ability to ...' before 'The
        training course was organized by ...' in the same paragraph: the lead tells when, the next sentence names the
        event, and no sentence about it names a day. Only a span of days: one day in a lead may be a filing day."""
        events = set(self.event_sents)
        # (past a page's labels and a photo's caption)
        for s, after in zip(self.body[:8], self.body[1:9], strict=False):
            if s in events or after not in events or after.paragraph != s.paragraph \
                    or self._other_event_at(s) is not None:
                continue
            span = next((d for d in self._sentence_dates(s) if d.precision == "day" and d.first != d.last), None)
            if span is not None:
                return span, s
        return None

    def _event_page_day(self) -> tuple[DateMention, Sentence] | None:
        """The page of one event gives its day as a field beside its other fields ("Date: 5 August 2022" over
        "Format: ONLINE" or "Venue: ..."), which the header reads as the page's date: it is the event's."""
        m = _DATE_FIELD.search(self.masked)
        if m is None or _OTHER_FIELD.search(self.masked, m.end(), m.end() + 300) is None:
            return None
        line = Sentence(m.start("value"), m.end("value"), m.group("value"), -1, False)
        # (not ``_sentence_dates``: it leaves out the publication date, which this field was read as)
        days = [d.shifted(line.start) for d in find_dates(line.text, anchor=self.anchor) if d.precision == "day"]
        if len(days) >= 2 and days[0].first and days[-1].last and \
                days[0].first < days[-1].last <= days[0].first + timedelta(days=31):
            # "Wednesday, 3 May 2017 - 10:00am to Friday, 5 May 2017 - 6:00pm": from its first day to its last
            return replace(days[0], last=days[-1].last, end=days[-1].end), line
        return (days[0], line) if days else None

    def _run_until(self, d: DateMention, s: Sentence) -> DateMention:
        """The day an event began, stretched to the day the same sentence says it runs until ('kicked off on
        October 8 and will run until October 13')."""
        for e in self._sentence_dates(s):
            if e.start > d.end and e.precision == "day" and e.first and d.last and e.first > d.last \
                    and _RUNS_UNTIL.search(self.masked, max(s.start, e.start - 40), e.start):
                return replace(d, last=e.first, end=e.end)
        return d

    def _span_holding(self, day_hit: tuple[DateMention, Sentence]) -> tuple[DateMention, Sentence] | None:
        """A later event sentence's span of days that holds the one day found first: a caption's "work in
        groups on February 27" above "gathered Monday through Wednesday (February 26-28)"."""
        d, first_sent = day_hit
        if d.first is None or d.first != d.last:
            return None
        for s in self.event_sents:
            if s.start <= first_sent.start:
                continue
            for e in self._sentence_dates(s):
                if e.precision == "day" and e.first and e.last and e.first < e.last and e.first <= d.first <= e.last:
                    return e, s
        return None

    def _ended_on(self, day: date) -> bool:
        """Whether a sentence about the event says it ended on that day: a caption's "gather in Nur-Sultan July
        26" is the last day of a workshop that "concluded Friday (July 26)"."""
        for s in self.event_sents:
            if _END_VERB.search(self.masked, s.start, s.end) and any(
                    d.first == day == d.last for d in self._sentence_dates(s)):
                return True
        return False

    def _nth_day_on(self, word: str) -> re.Match[str] | None:
        """Which day of its event a sentence of the first ones says the day ``word`` names is ("The Eurasian Group met
        for its second day in Indore on Tuesday", where "on Tuesday" dates the story)."""
        for s in self.body[:UNTIL_REACH]:
            text = " ".join(self.masked[s.start : s.end].split())
            if word in text and (m := _NTH_DAY.search(text)) is not None:
                return m
        return None

    def _until_day(self, first: date) -> DateMention | None:
        """A later day the first sentences say the event goes on until ("The drills will continue until
        September 22"), within a month of the day it began."""
        for s in self.body[:UNTIL_REACH]:
            for d in self._sentence_dates(s):
                if d.precision == "day" and d.first and first < d.first <= first + timedelta(days=31) \
                        and _RUNS_UNTIL.search(self.masked, max(s.start, d.start - 40), d.start):
                    return d
        return None

    def _relative_first(self, day_hit: tuple[DateMention, Sentence], relative) -> bool:
        """Whether a day named by "today", "yesterday", "on Tuesday" in the lead sentences wins over a date
        written in a later sentence: it does when that date is of another day (the lead reports the event;
        "The process started with a conference on May 3-4, 2018" further down is history), not when the
        written date is in the same or an earlier sentence or its span holds that day -- unless the written
        date is only the day the event runs until."""
        d, s = day_hit
        when, a, _, _ = relative
        if a < d.start and d.first and when < d.first and \
                _RUNS_UNTIL.search(self.masked, max(s.start, d.start - 40), d.start):
            return True  # "The meeting opens today and will run until 19 September": the written day is its last
        if a >= s.start:
            return False
        return not (d.first <= when <= d.last)

    def _bare_month(self) -> tuple[int, int, int, int, str] | None:
        """A month named without a year in the sentences about the event ("in September", "in mid-October",
        "at the end of May"): (month, year, start, end, reasoning), the year read against the publication
        date like a day without a year (the year before when the month is still to come)."""
        for s in self.event_sents[:4]:
            if (hit := self._bare_month_in(s)) is not None:
                m, month, year = hit
                why = f"no year is written with '{m.group('month')}': read against {_day(self.anchor)}"
                return month, year, s.start + m.start("month"), s.start + m.end("month"), why
        return None

    def _bare_month_in(self, s: Sentence) -> tuple[re.Match[str], int, int] | None:
        """The first month the sentence names without a year, before any other event it tells of: (its match in the
        sentence, month, year). A digest's section is keyed by it too (``_section_key``)."""
        if self.anchor is None:
            return None
        other = self._other_event_at(s)
        for m in _BARE_MONTH.finditer(self.masked[s.start : s.end]):
            if other is not None and m.start() > other:
                continue
            month = MONTHS[m.group("month").lower()]
            year = self._paragraph_year(s, s.start + m.start())
            if year is not None and year <= self.anchor.year:
                return m, month, year  # "During 2020 the government ... In November, representatives took part"
            return m, month, resolve_year(month, 1, self.anchor, future_ok=self.announced or self.present_only)
        return None

    def _paragraph_year(self, s: Sentence, at: int) -> int | None:
        """The last year the sentence's paragraph names as the time of what it tells ("During 2020", "In 2020")
        before ``at``: a month named after it without a year is of that year."""
        years = _YEAR_OPENS.findall(self.masked, self.tm.paragraphs[s.paragraph][0], at)
        return int(years[-1]) if years else None

    def _bare_year(self) -> tuple[int, int, int] | None:
        for s in self.event_sents[:2]:
            sent = self.masked[s.start : s.end]
            other = self._other_event_at(s)
            for m in _BARE_YEAR.finditer(sent):
                if other is not None and m.start() > other:
                    continue
                return int(m.group(1)), s.start + m.start(1), s.start + m.end(1)
        return None

    def _in_weeks(self, duration: tuple[int, int, int]) -> bool:
        return in_weeks(duration[0], self.masked[duration[1] : duration[2]])

    def _duration_words(self, duration: tuple[int, int, int]) -> str:
        return " ".join(self.masked[duration[1] : duration[2]].split())

    def _set_days(self, rec: EventRecord, first: date | None, last: date | None, a: int, b: int,
                  confidence: str = STATED, reasoning: str = "", support: list[tuple[int, int]] = ()) -> None:
        """The event's days, cited at the date (a, b) and at every other passage the days were worked out
        from (``support``: "three-day", the publication date). One of ``first`` and ``last`` may be unknown
        (None): the day known still dates the event."""
        known = first or last
        rec.start_date = first.isoformat() if first else None
        rec.end_date = last.isoformat() if last else None
        rec.date_precision, rec.year, rec.month = "day", known.year, known.month
        rec.duration_days = (last - first).days + 1 if first and last else None
        for fld, val in (("start_date", rec.start_date), ("end_date", rec.end_date), ("year", rec.year),
                         ("month", rec.month)):
            _evidence(rec, fld, val, a, b, confidence, reasoning)
            if fld in ("start_date", "end_date"):
                for span in dict.fromkeys(support):
                    if span != (a, b):
                        _evidence(rec, fld, val, *span, confidence, reasoning)

    def _yearless(self, day: date | None) -> tuple[list[str], list[tuple[int, int]]]:
        """Why a day written without a year got its year, and the passage the year comes from."""
        if day is None:
            return [], []
        item_day = self._section_day() if self.section_heading is not None else None
        if item_day is not None and item_day == self.anchor and item_day != self.head.published:
            # ("Today, 29 April, ..." under the listing's "29 April 2023 10:05", on a page of 2025)
            return [f"no year is written: the year of the day the listing gives the item, {_day(item_day)}"], \
                [self.section_heading]
        if self.head.published:
            return ([f"no year is written: the year of the publication date, {_day(self.head.published)}"],
                    [self.head.published_span] if self.head.published_span else [])
        if self.head.venue is not None:
            v = self.head.venue.date
            return [f"no year is written: the year of the date under the headline ({v.year})"], [(v.start, v.end)]
        if self.head.first_day is None and self.head.month_end is not None:
            return [f"no year is written: read against the month named at the top ({self.head.month_end:%B %Y})"], []
        return [f"no year is written: the year of the first dated day of the story ({day.year})"], []

    def _dateline_days(self) -> DateMention | None:
        """A span of days written in a dateline ("Astana (Kazakhstan), 11–12 March 2025 –"): a page is
        filed on one day, so a span is the event's."""
        span = self.head.dateline_span
        if span is None:
            return None
        for d in find_dates(self.text[span[0] : span[0] + 80], anchor=self.head.published):
            if d.precision == "day" and d.first and d.last and d.first != d.last and d.start <= span[1] - span[0]:
                return d.shifted(span[0])
        return None

    def _dateline_lead_day(self, month_hit: tuple[DateMention, Sentence] | None
                           ) -> tuple[DateMention, Sentence] | None:
        """'Dushanbe, 26 September 2024 – The UN Women country office ... opened its doors to local women leaders
        for an Open Day': a story that opens on its dateline with the event, and names no other day, reports what
        was held that day. Not a wire's dateline (the day it was filed), nor a lead that tells of a plan ("will hold
        the second round of trainings"), of the end of a course of unknown length ("congratulated officers on
        completing ...") or of a series ("has held a series of regional dialogues"); not where a month the story
        names is another one."""
        span = self.head.dateline_span
        if span is None or not self.event_sents or self.head.dateline_agency:
            return None
        lead = self.event_sents[0]
        if not lead.start <= span[0] < lead.end or (_NOT_THE_DAY_HELD.search(self.masked, lead.start, lead.end)
                                                    and not self._ended_after_days(lead)):
            return None
        d = self._dateline_day()
        if d is None or (month_hit is not None
                         and (month_hit[0].year, month_hit[0].month) != (d.first.year, d.first.month)):
            return None
        return d, lead

    def _ended_after_days(self, lead: Sentence) -> bool:
        """Whether the lead tells only that an event of some days ended ("Samarkand, 29 June 2018 – UNODC completed a
        five-day training seminar"): the dateline's day is its last, and its length gives the first (not a course of
        weeks, whose first day is not known, nor a plan or a series)."""
        text = self.masked[lead.start : lead.end]
        if _END_VERB.search(text) is None or _NOT_THE_DAY_HELD.search(_END_VERB.sub(" ", text)):
            return False
        found = next(iter(find_durations(text)), None)
        return found is not None and found[0] > 1 and not in_weeks(found[0], text[found[1] : found[2]])

    def _dateline_day(self) -> DateMention | None:
        """The one day a dateline gives ("BISHKEK, 29 September 2025 -"), at document offsets; a day without a
        year ("Dushanbe, 17 May -" under a page dated 18/05/2019) in the year of the publication date."""
        span = self.head.dateline_span
        if span is None:
            return None
        found = find_dates(self.text[span[0] : span[1]], anchor=self.head.published)
        days = [d for d in found if d.first and d.first == d.last]
        return days[0].shifted(span[0]) if len(days) == 1 else None

    def _filed_day(self) -> date | None:
        """The day a dateline gives: the day its "today" is, though the page was published a day later."""
        d = self._dateline_day()
        return d.first if d is not None else None

    def _history_month(self, month_hit: tuple[DateMention, Sentence], pub: date | None) -> bool:
        """Whether the only month written is history: past the story's first sentence about the event and
        years before its dateline's day ("TASHKENT. July 23 (Interfax) - Delegates ... held a meeting. ... The
        format was launched at talks held in Samarkand in November 2015")."""
        d, s = month_hit
        filed = self._filed_day()
        return (filed is not None and pub is not None and s.start != self.event_sents[0].start
                and (filed.year - d.year) * 12 + filed.month - d.month > 12)

    def _relative(self, pub: date | None):
        if pub is None:
            return None
        for s in self.event_sents[:3]:
            low = self._low_slice(s) or self.masked[s.start : s.end].lower()
            if not any(w in low for w in ("day", "tomorrow", "week", "morning", "evening", "afternoon", "tonight")):
                continue  # every word below holds one of these (today, Monday, ..., this week, this morning)
            sent = self.masked[s.start : s.end]
            m = relative_day_in(sent)
            if m:
                return _relative_day(m, pub), s.start + m.start(), s.start + m.end(), sent
            w = _WEEKDAY_ON.search(sent)
            if w and (_REPORTED_ON.search(sent, max(0, w.start() - 40), w.start()) or (
                    _SAID_ON.search(sent, max(0, w.start() - 40), w.start()) and _STATEMENT_ENDS.match(sent, w.end()))):
                w = None  # "the Embassy reported on Friday", "the commander said on Tuesday.": the day of the report
            if w is None and (k := _LAST_WEEKEND.search(sent)):
                # "exercises ... took place in Tajikistan last weekend" (filed on a Wednesday): the Saturday before
                # the week it was filed in (its Sunday is added by the caller)
                return pub - timedelta(days=(pub.weekday() - 5) % 7 or 7), s.start + k.start(), s.start + k.end(), sent
            if w:
                # "On Tuesday, UNOCT held ...": the last such weekday on or before the publication date
                # ("next Tuesday" or a future verb: the first one after it)
                wd = _WEEKDAYS.index(w.group("day").lower())
                if w.group("next") or re.search(r"\bwill\b", sent):
                    when = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
                elif _COMING.search(sent):
                    # "opens on Monday", "is due to start on Monday": that day or the first one after it
                    when = pub + timedelta(days=(wd - pub.weekday()) % 7)
                elif _OF_LAST_WEEK.match(sent, w.end()):
                    # "On Wednesday last week": that day of the week before the one it was filed in
                    when = pub - timedelta(days=pub.weekday() + 7 - wd)
                else:
                    when = pub - timedelta(days=(pub.weekday() - wd) % 7)
                return when, s.start + w.start(), s.start + w.end(), sent
        lead = self.event_sents[0] if self.event_sents else None
        for s in self.body:
            # "Nur-Sultan, 18 May 2021 - Members of the OSCE PA today examined ... The online hearing of the Assembly
            # was held on the theme ...": the story's opening sentence, before the one that names the event
            if lead is None or s.start >= lead.start:
                break
            if s.paragraph == lead.paragraph and (m := relative_day_in(self.masked, s.start, s.end)) \
                    and not m.group(1).lower().endswith("week"):  # (a week is no day)
                return _relative_day(m, pub), m.start(), m.end(), self.masked[s.start : s.end]
        if lead is not None and not self._sentence_dates(lead):
            # "The first CIS conference ... is under way at the Ala-Archa residence": on the day of publication
            sent = self.masked[lead.start : lead.end]
            m = _ON_NOW.search(sent)
            if m is None and self._filed_day() == pub:
                # a wire story filed on the day ("BAKU, Sept. 6 ... has been held in Baku"): that day
                m = _JUST_HELD.search(sent)
            if m:
                return pub, lead.start + m.start(), lead.start + m.end(), sent
        return None


#: a lead saying its event is under way, in the past or the perfect ("have begun", "started", "got under way")
_HAS_BEGUN = re.compile(r"\b(?:(?:has|have)\s+(?:begun|started|opened|kicked\s+off|commenced|got\s+under\s*way)|"
                        r"began|started|kicked\s+off|commenced|got\s+under\s*way)\b", re.I)
#: a weekday that names the day of the event ("began on Monday"): the rules of relative days read it
_WEEKDAY_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: a day named by its distance from the day of writing ("today", "yesterday", "this morning", "tonight")
_RELATIVE_DAY = re.compile(r"\b(today|yesterday|tomorrow|this\s+(?:week|morning|afternoon|evening)|tonight)\b",
                           re.IGNORECASE)
_DAY_OFFSETS = {"yesterday": -1, "tomorrow": 1}
#: "last week" right after a weekday: "On Wednesday last week", "on Friday of the previous week"
_OF_LAST_WEEK = re.compile(r",?\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b", re.IGNORECASE)
#: the weekend before the week of writing: "took place in Tajikistan last weekend", "over the past weekend"
_LAST_WEEKEND = re.compile(r"\b(?:last|(?:this\s+)?past)\s+weekend\b", re.IGNORECASE)
#: a capitalised word right before "Today", on its line: a name ("Kazakhstan Today reports", "USA Today"), not the day
#: (a headline's last word a line above is none)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \t]+$")


def relative_day_in(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first day named by its distance from the day of writing in ``text[start:end]``, skipping a name such as
    "Kazakhstan Today" (a news agency)."""
    for m in _RELATIVE_DAY.finditer(text, start, len(text) if end is None else end):
        if m.group(1) == "Today" and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        return m
    return None


def _relative_day(m: re.Match[str], pub: date) -> date:
    """The day a ``_RELATIVE_DAY`` match names, read against the publication date."""
    return pub + timedelta(days=_DAY_OFFSETS.get(m.group(1).lower().split()[0], 0))
#: a start verb right before a day: "kicked off on October 8", "began on 3 May"
_STARTED_ON = re.compile(_START_VERB.pattern + r"\s+(?:on\s+)?$", re.I)
#: a span of days the event runs over, told in the present: "The first stage runs from 23 to 26 May"
_RUNS_FROM = re.compile(r"\b(?:runs?|lasts?|takes?\s+place|(?:is|are)\s+(?:being\s+)?held|will\s+(?:run|last|"
                        r"take\s+place|be\s+held))\s+(?:from\s+)?$", re.I)
#: words before a day that make it a time to come: "welcomed the holding of ... on 18-19 October", "the upcoming"
_TO_COME = re.compile(r"\b(?:welcom\w*|upcoming|forthcoming|planned|scheduled|will|to\s+be\s+held|next)\b", re.I)
#: the month of a page dated by its month: "earlier this month", "at the start of this month"
_THIS_MONTH = re.compile(r"\b(?:(?:early|earlier|late|later|at\s+the\s+(?:start|beginning|end)\s+of)\s+)?"
                         r"this\s+month\b", re.I)
#: the month before the release's: "late last month", "earlier last month" (not "last month's report")
_LAST_MONTH = re.compile(r"\b(?:(?:late|early|earlier|at\s+the\s+end\s+of|in\s+the\s+middle\s+of)\s+)?last\s+month\b"
                         r"(?![’']s)", re.I)
#: "last year" just before a day written without its year: the day is of the year before the anchor's
_LAST_YEAR = re.compile(r"\blast\s+year\b[\s,]*(?:on\s+|in\s+)?$", re.I)


#: "last year" right after a day: "convened in Dushanbe on 27 May last year"
_LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)


def in_last_year(d: DateMention, text: str) -> DateMention:
    """A day written without its year after "last year" ("Last year, on 31 October, the exercise took place ..."):
    of the year before the one it was read in; any other mention as it is."""
    if d.has_year or d.first is None or not (_LAST_YEAR.search(text, max(0, d.start - 25), d.start)
                                             or _LAST_YEAR_AFTER.match(text, d.end)):
        return d  # (or "on 27 May last year")

    first, last = _year_before(d.first), _year_before(d.last)
    return replace(d, first=first, last=last, year=first.year if first else d.year)


def _year_before(day: date | None) -> date | None:
    """The same day a year earlier (29 February has no day of its own the year before: the 28th)."""
    if day is None:
        return None
    return day.replace(year=day.year - 1, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 1)


#: how many sentences of the story may say the day the event runs until
UNTIL_REACH = 8
#: a time of day: "6:00 p.m.", "18.00", "2 am"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?|h)?"
#: the day of its event a sentence tells: "met for its second day", "on the third day of the course"
_ORDINAL_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7}
_NTH_DAY = re.compile(r"\b(?:its|the|their)\s+(" + "|".join(_ORDINAL_DAYS) + r")\s+day\b", re.IGNORECASE)
#: the day an event goes on until: "and will run until October 13", "continues through 16 May"
_RUNS_UNTIL = re.compile(r"(?:\b(?:run|runs|running|last|lasts|lasting|continue|continues|continuing|go\s+on|goes\s+on)"
                         r"\s+(?:until|till|through|to)\s+|"
                         # "will be held ... today, from 6:00 p.m. until 2:00 a.m. on 1 November"
                         r"\bfrom\s+" + _CLOCK + r"\s+(?:until|till|to)\s+" + _CLOCK + r"\s+(?:on\s+)?)$", re.I)
#: an event told as just held, in the present perfect
_JUST_HELD = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:been\s+(?:held|opened|launched|concluded)|taken\s+place|"
                        r"opened|begun|started|concluded|ended|kicked\s+off|got\s+under\s*way)\b", re.IGNORECASE)
#: an event told as going on now, without a day
_ON_NOW = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:under\s*way|being\s+held|taking\s+place|in\s+progress|in\s+session)\b",
    re.IGNORECASE)


def _in_month(rec: EventRecord, day: date, span: tuple[int, int], confidence: str, why: str) -> None:
    """Date the record to the month of ``day`` only, with where that month is written and why."""
    rec.date_precision, rec.year, rec.month = "month", day.year, day.month
    _evidence(rec, "year", day.year, *span, confidence, why)
    _evidence(rec, "month", day.month, *span, confidence, why)


def _day(d: date) -> str:
    """A day as a reader writes it ("8 August 2019"), for the reasoning shown beside a value."""
    return f"{d.day} {d:%B %Y}"
