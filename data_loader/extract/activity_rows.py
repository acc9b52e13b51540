"""Rows of a table or items of a list that each describe one activity of a programme update.

A newsletter lists its activities as a table ("Dates | Venue | Course | Participants | Delivered with")
or as a bulleted list ("- Khujand, 25-29 June: course for 18 practitioners"). After reading, a table row
is a paragraph of cells joined by " | " and a list item a paragraph that starts with a bullet or a number.
This module finds such blocks and, for tables, what each column holds, from the words of its header; the
events module decides which rows report an event (their own dates or place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from data_loader.extract.text import TextModel

#: column header words -> what the column holds (the first pattern that matches a header cell wins)
_COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    # "Partner countries represented", "Participating countries": who took part, not partners
    ("people", re.compile(r"\b(?:countries|states|delegations)\s+(?:represented|taking\s+part|attending)\b|"
                          r"\bparticipating\s+(?:countries|states|delegations)\b|"
                          # "Chaired / attended by": who was there, not who organised
                          r"\battend(?:ed|ing|ance)\b", re.I)),
    ("funder", re.compile(r"\b(?:donors?|funded|funding|funder|sponsor\w*|financ\w*)\b", re.I)),
    ("partner", re.compile(r"\b(?:expert\s+partners?|partners?|in\s+collaboration)\b", re.I)),
    ("organizer", re.compile(r"\b(?:organi[sz]\w*|delivered|implemented|conducted|hosted|convened|led|with|by)\b",
                             re.I)),
    # "Issued", "Date posted": the day a notice of the row was sent, not the day of what it tells of
    ("posted", re.compile(r"\b(?:issued|posted|published|sent|released)\b", re.I)),
    # "Closing date", "End date": the row's last day
    ("end", re.compile(r"\b(?:closing|end|ending|final|last|concluding)\s+(?:dates?|days?)\b|\b(?:concluded|ended)\b",
                       re.I)),
    ("date", re.compile(r"\b(?:dates?|when|period|days?|month)\b", re.I)),
    ("place", re.compile(r"\b(?:venue|place|location|city|where|country|area|region|province|oblast)\b", re.I)),
    ("people", re.compile(r"\b(?:participants?|attendees|audience|trainees|beneficiar\w+|target\s+group|"
                          r"took\s+part|taking\s+part)\b", re.I)),
    ("activity", re.compile(r"\b(?:course|event|activity|title|topic|training|workshop|subject|seminar|name|"
                            r"exercise|conference|meeting|stage|phase|module|session)\b", re.I)),
    # "What", "What happened", "Description": a timeline's column of what was done each day, which may be other news
    # than an activity (a row names one when its words do)
    ("what", re.compile(r"^\s*(?:what(?:\s+happened|\s+took\s+place)?|description|details)\s*$", re.I)),
    # "Format", "Type": what kind of activity each row was ("round table", "exercise")
    ("kind", re.compile(r"\b(?:format|type|kind)\b", re.I)),
]
_BULLET = re.compile(r"^(?:[-•*–—▪●◦]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)")
#: a list item whose markup was lost: a paragraph opened by the activity, its city and its days in brackets
#: ("Awareness-raising seminar, Bishkek (13–15 June 2022): held with UNRCCA, ...")
_LABELLED = re.compile(r"[A-Z][^\n.:()|]{2,80},\s+[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?\s+"
                       r"\([^()\n]*\d[^()\n]*\)\s*[:.–—-]")
_CELL_SEP = " | "
#: a line opened by a bullet or a number, after any indent
_BULLET_LINE_BODY = r"[ \t]*(?:[-•*–—▪●◦]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)"


@dataclass(frozen=True)
class Row:
    """One row or list item: its paragraph and, by what each column holds, the span of its cells (a list
    item has a single cell, ``text``)."""

    paragraph: int
    start: int
    end: int
    cells: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: what each column holds -> its header's words ("activity" -> "Stage")
    labels: dict[str, str] = field(default_factory=dict)


def _line_opener(body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A ``(?m)^`` + ``body`` search in two parts: ``body`` at the start of the text, and a line feed then
    ``body``. ``re`` tries ``^`` at every character of a text; it scans for a literal line feed."""
    return re.compile(body), re.compile("\n" + body)


_BULLET_LINE = _line_opener(_BULLET_LINE_BODY)
_LABELLED_LINE = _line_opener(_LABELLED.pattern)


def _opens_a_line(opener: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> bool:
    """Whether a line of ``text`` opens with a match (a line opens the text or follows a line feed)."""
    at_start, after_feed = opener
    return at_start.match(text) is not None or after_feed.search(text) is not None


def may_hold_rows(text: str) -> bool:
    """Whether a text has a line that could be a table row or a list item (most releases have none)."""
    return _CELL_SEP in text or _opens_a_line(_BULLET_LINE, text) or _opens_a_line(_LABELLED_LINE, text)


def activity_rows(tm: TextModel, paragraphs: set[int]) -> list[list[Row]]:
    """Blocks of table rows or list items among the given paragraphs, in order: a list of two items or more, a
    table of one data row or more, and tables under the same header joined into one block (an archive's table of
    each year, a digest's table of this issue and one of earlier notes)."""
    if not may_hold_rows(tm.text):
        return []
    blocks: list[list[Row]] = []
    order = sorted(paragraphs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and order[j + 1] == order[j] + 1 and _kind(tm, order[j + 1]) == _kind(tm, order[i]):
            j += 1
        kind = _kind(tm, order[i])
        run = order[i : j + 1]
        if kind == "table" and len(run) >= 2:
            rows = _table(tm, run)
            if rows and blocks and _same_columns(blocks[-1][-1], rows[0]):
                blocks[-1] = blocks[-1] + rows
            elif rows:
                blocks.append(rows)
        elif kind == "list" and len(run) >= 2:
            blocks.append([_item(tm, p) for p in run])
        i = j + 1
    return blocks


def _same_columns(a: Row, b: Row) -> bool:
    """Whether two table rows stand under the same header words (a list item has none)."""
    return bool(a.labels) and a.labels == b.labels


def is_row(tm: TextModel, p: int) -> bool:
    """Whether paragraph ``p`` is a table row or a list item."""
    return _kind(tm, p) is not None


def _kind(tm: TextModel, p: int) -> str | None:
    s, e = tm.paragraphs[p]
    line = tm.text[s:e]
    if line.count(_CELL_SEP) >= 1 and "\n" not in line:
        return "table"
    return "list" if _BULLET.match(line) or _LABELLED.match(line) else None


def _cells(tm: TextModel, p: int) -> list[tuple[int, int]]:
    s, e = tm.paragraphs[p]
    out, pos = [], s
    for part in tm.text[s:e].split(_CELL_SEP):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + len(_CELL_SEP)
    return out


def _table(tm: TextModel, run: list[int]) -> list[Row]:
    """The data rows of a table whose first row names its columns (a table without such a header is left
    alone: nothing says what its cells hold)."""
    header = [tm.text[a:b] for a, b in _cells(tm, run[0])]
    roles = [_column(h) for h in header]
    if sum(r is not None for r in roles) < 2 or not {"date", "end", "place", "posted"} & set(roles):
        return []
    rows = []
    for p in run[1:]:
        cells = _cells(tm, p)
        if len(cells) != len(roles):
            continue
        found = {role: span for role, span in zip(roles, cells, strict=True) if role}
        s, e = tm.paragraphs[p]
        rows.append(Row(p, s, e, found, {role: h.strip() for role, h in zip(roles, header, strict=True) if role}))
    return rows


#: an activity column's header that names no kind of activity ("Subject", "Topic"): a log of notices or news has one,
#: and its rows are activities only where their own words name one
_GENERIC_ACTIVITY = re.compile(r"^\s*(?:subject|topic|title|name|item|headline)s?\s*$", re.I)


def names_its_activities(row: Row) -> bool:
    """Whether the row's activity column says by its header that each row is an activity ("Course", "Event",
    "Stage"), not only what each row is about ("Subject")."""
    return "activity" in row.labels and _GENERIC_ACTIVITY.match(row.labels["activity"]) is None


def _column(header: str) -> str | None:
    return next((role for role, rx in _COLUMNS if rx.search(header)), None)


def _item(tm: TextModel, p: int) -> Row:
    s, e = tm.paragraphs[p]
    bullet = _BULLET.match(tm.text[s:e])
    return Row(p, s, e, {"text": (s + (bullet.end() if bullet else 0), e)})
