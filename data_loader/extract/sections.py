"""Sections of a release: the headings that divide a digest, a newsletter or a round-up into items.

A digest reports several unrelated events, each under its own heading ("18 October — UNOCT side event in
Ashgabat", "2. Tashkent: early warning practitioners learn OSINT", an HTML ``<h3>``, a Markdown ``###``).
After reading, a heading is a paragraph of one short line that does not end like a sentence and is
followed by prose. Whether the headings really divide events is decided by the events module, from the
dates and places each section reports; this module only finds the headings.
"""

from __future__ import annotations

import re

from data_loader.extract.dates import MONTHS, find_dates
from data_loader.extract.header import ITEM_FIELD_LABELS
from data_loader.extract.text import TextModel

#: lines that look short and title-like but are page furniture, list items or bylines, not headings
_NOT_HEADING = re.compile(
    # (a listing's counter: "Showing 1–7 of 31 items", "Displaying 1 - 2 of 2", "Materials: 4")
    r"^(?:[-•*–—]\s|\d+\)\s|(?:showing|displaying|results)\s+\d|materials:\s*\d|(?:source|sources|tags?|posted|published|updated|photo|image|read\s+more|share|"
    r"(?:learn|see|view|find\s+out)\s+more|continue\s+reading|details|"
    r"related|views?|by|credit|caption|download|subscribe|follow)\b)", re.IGNORECASE)
#: a numbered item's headline in capitals: "1) MILITARY INSTITUTE: CADETS DISCUSS INTERNATIONAL TERRORISM" (a list
#: item opened by a number is otherwise no heading)
_NUMBERED_CAPITALS = re.compile(r"^\d{1,2}[.)]\s+(?=[^a-z]*$)[A-Z]")
#: how prose ends: a sentence mark, possibly inside quotes or brackets, or a colon that opens a list
#: ("... was held from 23 June to 3 July and brought together:")
_PROSE_END = re.compile(r"[.!?:…][\"”’»)\]]*$")  # (a teaser cut short ends on "…")
_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][\"”’»)\]]*\s+[A-Z]")
#: a numbered item that names its place and days in brackets is a heading, not a list item:
#: '1) "Organization of Border Security" (Khorog, 1-19 September 2025)'
_NUMBERED_WITH_PLACE = re.compile(r"^\d+\)\s.*\([^()]{3,60}\d[^()]{0,20}\)\s*$")
#: a place and the days of its stop in a series, as a heading over that stop's story: "Astana, 30 January",
#: "Bishkek, 2-3 February 2017" (few words, but no page label: a name, then days and a month's name)
_PLACE_AND_DAYS = re.compile(r"^[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2},\s+[0-3]?\d(?:\s*[–-]\s*[0-3]?\d)?\s+"
                             r"(?P<month>[A-Z][a-z]{2,8})\.?(?:\s+(?:19|20)\d\d)?\s*$")
#: a photo's caption: a sentence and its credit ("... participants of the meetings. Photo: CABAR.asia", "...,
#: Hofburg, Vienna, 11 June 2024. (OSCE)", "... held in Bishkek on October 19–22. [Institute for Youth Development]")
_CAPTION = re.compile(r"\.\s+(?:Photos?|Photograph|Image|Credits?)\b|\.\s+\([^()]{2,30}\)\s*$|"
                      # "..., 19 November 2018, Dushanbe, Tajikistan (OSCE BMSC/Shamsi Myadyeva).": its source and
                      # photographer in brackets before the full stop (a person's name: not "(UNOCT/UNCCT).")
                      r"\([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*/\s*[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}\)\.?\s*$|"
                      r"\.\s+\[[^\[\]]{2,40}\]\s*$|\bPhoto(?:\s+by|:)\s",
                      re.IGNORECASE)
#: a byline: a person's name (after a photo's number, at times), a comma and the office or outlet they write for
_BYLINE = re.compile(r"^(?:\d{4,}\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2},\s+(?:[A-Z]{2,}\b|[A-Z][a-z]+\s+[A-Z])")
#: a line of fewer words than this is a label ("Events · 29.07.2019", "Trainings"), not a heading or a report
LABEL_WORDS = 3
_LABEL_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_HEADING_CHARS = 180
MIN_PROSE_CHARS = 80


def heading_paragraphs(tm: TextModel, first: int = 0) -> list[int]:
    """Indexes of the paragraphs from ``first`` on that read as section headings."""
    paras = tm.paragraphs
    out = []
    skip_to = first
    for i in range(first, len(paras) - 1):
        line = tm.text[paras[i][0] : paras[i][1]]
        if "\n" in line and line.count("\n") == 1:
            # "With EU support, OSCE completes ... in Khorog" / "16.05.2025 · Press release"
            line = without_date_line(line)
        if i >= skip_to and _META_FIELD.match(line):
            # "What we do: Border management" over the story: the last of an item's fields under its headline
            # ("OSCE trains coast guards ..." / "Publishing date: 28 June 2019" / "Content type: News" / ...)
            k = i - 1
            while k > max(first, skip_to) and _META_FIELD.match(tm.text[paras[k][0] : paras[k][1]]):
                k -= 1
            story = paras[i + 1]
            if k < i - 1 and k >= max(first, skip_to) and _is_heading_line(tm.text[paras[k][0] : paras[k][1]]) \
                    and _is_prose(tm.text[story[0] : story[1]]):
                out.append(k)
                continue
        if i < skip_to or not _is_heading_line(line):
            continue
        dated = _dated_story(tm, i + 1)
        if dated is not None:
            out.append(i)
            skip_to = dated  # (the photo captions between the date line and the story are no headings)
            continue
        story = paras[_after_list(tm, i + 1)]
        if _is_prose(tm.text[story[0] : story[1]]):
            out.append(i)
    return out


#: a field of a listing's item between its headline and its story: "Publishing date: 28 June 2019", "Content type:
#: News", "Where we are: OSCE Programme Office in Astana", "What we do: Border management"
_META_FIELD = re.compile(r"(?:" + ITEM_FIELD_LABELS + r"|posted\s+in)\s*:[^\n]{1,120}$",
                         re.IGNORECASE)
#: a paragraph that is only a date: the day a news listing gives under each item's heading ("13 December 2021"),
#: with its content type or country beside it ("Press release · October 2024 · Tajikistan") or its label
#: ("Published: 25 February 2019")
#: (a clock time's colon too: "23.11.2018 18:05 | Region")
#: (and a view counter's: "04.09.2020 | Views: 412")
_DATE_LINE_CHARS = r"(?:[\w ,./·•|-]|(?<=\d):(?=\d\d)|(?<=[Vv]iews):)*"
_DATE_LINE = re.compile(r"^(?=[^\n]{6,50}$)(?:(?:Published|Posted|Date|Updated)\s*:\s*)?" + _DATE_LINE_CHARS
                        + r"\b(?:19|20)\d\d\b" + _DATE_LINE_CHARS + "$")
#: a listing filed by period gives each item's period over its heading: "September – December 2021"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_PERIOD_LINE = re.compile(r"^(?:" + _MONTH_NAMES + r")\.?\s*[–—-]\s*(?:" + _MONTH_NAMES + r")\.?\s+(?:19|20)\d\d$",
                          re.IGNORECASE)
#: a site's stamp in brackets with a numeric day, its clock time and its author: "[ : 30.03.2021, 15:38:27,
#: published by: redactor]"
_BRACKETED_DATE_LINE = re.compile(r"^\[[^\[\]\n]{0,30}?\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b[^\[\]\n]{0,60}\]$")
#: a listing's stamp line: the item's day (and clock time) and a few short fields, after bullets or bars ("15.05.2023
#: 15:17 · Source: BAQ.KZ · Astana", "13.05.2024 | Tajikistan | Counterterrorism & International Law", "By U.S.
#: Embassy Astana | 19 November, 2024 | Topics: Alerts"); not an events archive's line of the event's own day and
#: hours ("28 January, 2021 · 10:00 AM – 11:00 AM · Online")
_STAMP_FIELD_SEP = re.compile(r"\s*[·•|]\s*")
_EVENT_HOURS = re.compile(r"\d\s*[AaPp]\.?[Mm]\b\.?|\d:\d\d\s*[–—-]")
_CLOCK_AFTER = re.compile(r",?\s+(?:at\s+)?[0-2]?\d:[0-5]\d$")
STAMP_LINE_CHARS = 120
STAMP_FIELD_CHARS = 50


def _is_stamp_fields_line(line: str) -> bool:
    if not 6 <= len(line) <= STAMP_LINE_CHARS or "\n" in line or _EVENT_HOURS.search(line):
        return False
    fields = _STAMP_FIELD_SEP.split(line.strip())
    if not 2 <= len(fields) <= 5 or any(not f or len(f) > STAMP_FIELD_CHARS for f in fields):
        return False
    return any(_one_day(_CLOCK_AFTER.sub("", f)) for f in fields)


def _one_day(field: str) -> bool:
    """Whether a field is one day with its year, and nothing else, by the date grammar."""
    found = find_dates(field)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(field) and found[0].has_year \
        and found[0].precision == "day" and found[0].first == found[0].last


#: a story that opens on its dateline: "DUSHANBE, 13 December 2021 – The OSCE ..."
_DATELINE_OPENING = re.compile(r"^[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?,[^\n]{3,40}?\b(?:19|20)\d\d\s*[–—-]\s")
#: the most paragraphs (photo captions) between an item's date line and its story
MAX_CAPTIONS = 2


#: a caption is a short paragraph: a story's paragraph is longer
CAPTION_CHARS = 400


def is_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo's caption with its credit ("... talks to course participants about responding
    to threats in cyberspace, 6 June 2017. (OSCE/Eraj Asadulloev)")."""
    return len(paragraph) <= CAPTION_CHARS and "\n" not in paragraph.strip() and _CAPTION.search(paragraph) is not None


def is_place_and_days(line: str) -> bool:
    """Whether a heading is only a place and its days ("Astana, 30 January"): a stop of a series, which says
    nothing of what was held there."""
    m = _PLACE_AND_DAYS.match(line.strip())
    return m is not None and m.group("month").lower() in MONTHS


def is_label(line: str) -> bool:
    """Whether a line has too few words to be more than a label ("Events · 29.07.2019")."""
    return len(_LABEL_WORD.findall(line)) < LABEL_WORDS


def without_date_line(heading: str) -> str:
    """A heading less the date line under it in the same paragraph ("... course in Khorog" over "16.05.2025 ·
    Press release")."""
    head, _, last = heading.rstrip().rpartition("\n")
    return head if head and is_date_line(last.strip()) else heading


def is_date_line(paragraph: str) -> bool:
    """Whether a paragraph is only a date, as a news listing gives each item ("17.10.2024", "Published: 25 February
    2019")."""
    return any(p.match(paragraph) is not None for p in (_DATE_LINE, _BRACKETED_DATE_LINE, _PERIOD_LINE)) \
        or _is_stamp_fields_line(paragraph)


def date_line_above(tm: TextModel, heading: int, first: int = 0) -> bool:
    """Whether the paragraph above a heading is only a date, as a news listing gives each item's day over its
    heading ("17.10.2024" / "Rubezh-2024: active phase starts at the Harbmaidon range" / the story)."""
    j = heading - 1
    if j < first or not is_date_line(tm.text[tm.paragraphs[j][0] : tm.paragraphs[j][1]]):
        return False
    if j == 0:
        return True
    # a date line right under another heading (or the page's title) is that heading's: "Headline" / "OSCE - Fri,
    # 26/09/2025 - 12:51" / a byline / the story
    above = tm.paragraphs[j - 1]
    return j - 1 >= first and not _is_heading_line(tm.text[above[0] : above[1]])


def date_line_below(tm: TextModel, heading: int) -> bool:
    """Whether the paragraph under a heading is only a date with a story after it, as a news listing gives each
    item's day ("Regional explosive ordnance disposal courses completed in Dushanbe" / "DUSHANBE, 21 July 2017" /
    the story)."""
    return heading + 1 < len(tm.paragraphs) and _dated_story(tm, heading + 1) is not None


def _dated_story(tm: TextModel, j: int) -> int | None:
    """Where the story of a news listing's item starts, when paragraph ``j`` is the date line under the item's
    heading ("30th Staff Course concludes ..." / "13 December 2021" / a photo's caption or two / the story);
    None when ``j`` is no date line or no story follows it."""
    paras = tm.paragraphs
    if not is_date_line(tm.text[paras[j][0] : paras[j][1]]):
        return None
    for k in range(j + 1, min(j + 2 + MAX_CAPTIONS, len(paras))):
        text = tm.text[paras[k][0] : paras[k][1]]
        if _DATELINE_OPENING.match(text) or _is_prose(text):
            return k
    return None


#: a field of a catalogue's item under its heading, in a two-column table ("Category | Mission Activity",
#: "Date of creation | 04 Oct 2018"), or a bare label over the story ("Summary")
_FIELD = re.compile(r"[A-Z][\w ()/&’'-]{1,40}\s\|\s[^|\n]{1,160}$|[A-Z][a-z]+(?: [a-z]+)?$")
#: the most list items a heading may stand over before its prose ("- Format: ...", "- Participants: ...")
MAX_LIST_UNDER_HEADING = 8


def _after_list(tm: TextModel, j: int) -> int:
    """The first paragraph from ``j`` on that is not an item of a short list or a field: a heading over a fact
    box ("1. Kazakhstan (1-3 March 2021)" / "- Format: online workshop" / ... / the story) or over a catalogue
    item's fields ("Category | Mission Activity" / "Date of creation | 04 Oct 2018" / "Summary" / the story)
    heads that story."""
    paras = tm.paragraphs
    k = j
    while (k < len(paras) - 1 and k - j < MAX_LIST_UNDER_HEADING
           and (tm.text.startswith(("- ", "• ", "* "), paras[k][0]) or _FIELD.match(tm.text, *paras[k]))):
        k += 1
    return k if k - j < MAX_LIST_UNDER_HEADING else j


def _is_heading_line(line: str) -> bool:
    if "\n" in line or len(line) > MAX_HEADING_CHARS or " | " in line:
        return False
    words = line.split()
    if not 2 <= len(words) <= 25 or line.rstrip()[-1] in ".;:,…":
        return False
    if _NUMBERED_WITH_PLACE.match(line) or _NUMBERED_CAPITALS.match(line):
        return True
    if is_place_and_days(line):
        return True
    if is_label(line) and any(ch.isdigit() for ch in line):
        return False  # a page's label over its date ("Events · 29.07.2019"), not an item's heading
    if _CAPTION.search(line):
        return False  # a photo's caption: "Young people were among the most active participants. Photo: CABAR.asia"
    if _BYLINE.match(line):
        return False  # "598102 Munira Shoinbekova, OSCE Programme Office in Dushanbe": who wrote it, and where
    first = line.lstrip("«“\"'‘„")[:1]  # (a heading may open on a quoted name: "«Rubezh-2024»: active phase starts")
    return (first.isupper() or first.isdigit()) and _NOT_HEADING.match(line) is None


def _is_prose(paragraph: str) -> bool:
    """Sentences: it ends like one, or holds one followed by more ("... in Dushanbe. More information")."""
    if len(paragraph) < MIN_PROSE_CHARS:
        return False
    return _PROSE_END.search(paragraph.rstrip()) is not None or _SENTENCE_BREAK.search(paragraph) is not None
