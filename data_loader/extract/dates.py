"""Date grammar of press releases: ranges in their written forms, days without a year,
month-only mentions, ISO stamps and numeric dates.

Every mention keeps its character span so it can be cited as evidence.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from data_loader.casefold import lowered
from data_loader.textscan import prefilter, with_first_chars

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MON = (
    r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"  # "Sept" before "Sep": "6–27 Sept 2021" has a year
    # in capitals, as news agencies stamp their stories ("20 SEP 2021, 10:47", "ASTANA, MAY 5")
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)"
_DASH = r"\s*(?:[-–—‐‑]|to|until|till|through|and)\s*"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_OF = r"(?:\s+of)?"


def _mon(n: str) -> str:
    return _MON.replace("{n}", n)


def _day(n: str) -> str:
    return _DAY.replace("{n}", n)


def _year(n: str) -> str:
    return _YEAR.replace("{n}", n)


# Order matters: longer forms first, and a span once matched is not matched again.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 30 November - 1 December 2023 / 30 November 2023 - 1 December 2023
    ("d_m_y_d_m_y", re.compile(
        _WEEKDAY + _day("d1") + _OF + r"\s+" + _mon("m1") + r"(?:,?\s+" + _year("y1") + r")?" + _DASH
        + _WEEKDAY + _day("d2") + _OF + r"\s+" + _mon("m2") + r"(?:,?\s+" + _year("y2") + r")?")),
    # November 30 - December 1, 2023
    ("m_d_m_d_y", re.compile(
        _WEEKDAY + _mon("m1") + r"\s+" + _day("d1") + r"(?:,?\s+" + _year("y1") + r")?" + _DASH
        + _WEEKDAY + _mon("m2") + r"\s+" + _day("d2") + r"(?:,?\s+" + _year("y2") + r")?")),
    # "on 15, 17 and 19 May": a list of days of one month, read from its first day to its last
    ("d_d_m_y", re.compile(
        r"(?<![\d.:/-])" + _day("d1") + r"(?:,\s*[0-3]?\d(?:st|nd|rd|th)?){1,5},?\s+and\s+" + _day("d2") + _OF + r"\s+"
        + _mon("m2") + r"(?:,?\s+" + _year("y2") + r")?")),
    # 4 - 7 March 2024, from 3 to 5 June, 18 and 19 October
    ("d_d_m_y", re.compile(
        r"(?<![\d.:/-])" + _WEEKDAY + _day("d1") + _DASH + _WEEKDAY + _day("d2") + _OF + r"\s+" + _mon("m2")
        + r"(?:,?\s+" + _year("y2") + r")?")),
    # June 5-6, 2023 / March 4 to 7
    ("m_d_d_y", re.compile(
        _mon("m2") + r"\s+" + _day("d1") + _DASH + _day("d2") + r"(?![\d:])(?:,?\s+" + _year("y2") + r")?")),
    # 27 September 2023 / 27th of September / "Monday, 24, September, 2018" (a page's date bar)
    ("d_m_y", re.compile(
        r"(?<![\d.:/-])" + _WEEKDAY + _day("d1") + _OF + r",?\s+" + _mon("m1") + r"(?:,?\s+" + _year("y1") + r")?")),
    # "8 february, 2022": a month in lower case, read only between a day and a year ("may" and "march" are words)
    ("d_m_y", re.compile(
        r"(?<![\d.:/-])" + _day("d1") + r"\s+(?P<m1>january|february|march|april|may|june|july|august|september|"
        r"october|november|december),?\s+" + _year("y1") + r"(?!\d)")),
    # September 14, 2022 / September 14 / "February the 27th, 2017"
    ("m_d_y", re.compile(
        _WEEKDAY + _mon("m1") + r"\s+(?:the\s+(?=[0-3]?\d(?:st|nd|rd|th)\b))?" + _day("d1") + r"(?![\d:])(?:,?\s+"
        + _year("y1") + r")?")),
    # 2022-06-14 - 2022-06-16 (an ISO range)
    ("iso_range", re.compile(
        r"(?<!\d)" + _year("y1") + r"-(?P<mo1>[01]\d)-(?P<d1>[0-3]\d)\s*(?:[-–—‐‑/]|to|until|till|through)\s*"
        + _year("y2") + r"-(?P<mo2>[01]\d)-(?P<d2>[0-3]\d)(?!\d)")),
    # 2024-09-13, 2024/09/13, 2024.09.13 (year first, the same mark twice)
    # (a month or day of one figure too, as some sites stamp their stories: "2021-6-30 14:46")
    ("iso", re.compile(r"(?<![\d.])" + _year("y1") + r"(?P<sep>[-/.])(?P<mo1>[01]?\d)(?P=sep)(?P<d1>[0-3]?\d)"
                       r"(?!\d)(?![\d.]\d)")),
    # 14.06.2022 - 16.06.2022, 14.06-16.06.2022, 14-16.06.2022 (a range in figures, day first)
    ("numeric_range", re.compile(
        r"(?<![\d.])(?P<d1>[0-3]?\d)(?:[./](?P<mo1>[01]?\d)(?:[./]" + _year("y1") + r")?)?"
        r"\s*(?:[-–—‐‑]|to|until|till|through)\s*"
        r"(?P<d2>[0-3]?\d)[./](?P<mo2>[01]?\d)[./]" + _year("y2") + r"(?![\d.]\d)")),
    # 12.03.2024 or 12/03/2024 (day first, as in the region's press; 03/25/2024 can only be month first),
    # "26. 09. 2021" (a space after each mark)
    ("numeric", re.compile(r"(?<![\d.-])(?P<d1>[0-3]?\d)(?P<nsep>[./-])(?P<sp> ?)(?P<mo1>[0-3]?\d)(?P=nsep)(?P=sp)"
                           + _year("y1")
                           + r"(?![\d.]\d)")),
    # 20/09/23 11:47 (a two-digit year, only in a stamp with its time)
    ("numeric", re.compile(r"(?<![\d./-])(?P<d1>[0-3]?\d)(?P<nsep>[./])(?P<mo1>[01]?\d)(?P=nsep)(?P<y1>[0-3]\d)"
                           r"(?=,?\s+[0-2]?\d:[0-5]\d)")),
    # "Bishkek, 03.03.23. /Kabar/." (a two-digit year in a dateline: after the city's comma, before the agency)
    ("numeric", re.compile(r"(?:(?<=,\s)|^)(?P<d1>[0-3]?\d)(?P<nsep>[./])(?P<mo1>[01]?\d)(?P=nsep)(?P<y1>[0-3]\d)"
                           r"(?=\.?\s*(?:/|[–—-]\s|\(|$))")),
    # "CABAR.asia | 07.06.19" (a two-digit year with points, closing a byline's line after the site's name)
    ("numeric", re.compile(r"(?<=\|\s)(?P<d1>[0-3]?\d)(?P<nsep>\.)(?P<mo1>[01]?\d)\.(?P<y1>[0-3]\d)(?=\s*$)")),
    # "06.2017", "11/2019": a month in figures (two of them), as a table's column of dates gives it (month precision)
    ("m_y_figures", re.compile(r"(?<![\w./-])(?P<mo1>0[1-9]|1[0-2])[./]" + _year("y1") + r"(?![\d./]\d|\d)")),
    # between March and May 2022 (month precision, first month)
    ("m_m_y", re.compile(_mon("m1") + r"\s*(?:[-–—]|and|to|until|through)\s*" + _mon("m2") + r",?\s+" + _year("y1")
                         + r"(?!\d)")),
    # July 2023 (month precision)
    ("m_y", re.compile(r"(?<!\d\s)" + _mon("m1") + r",?\s+" + _year("y1") + r"(?!\d)")),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: date | None
    last: date | None
    precision: str  # day | month
    has_year: bool
    kind: str
    year: int | None = None
    month: int | None = None

    def shifted(self, by: int) -> DateMention:
        """The same mention with offsets moved by ``by`` (``dataclasses.replace`` is several times slower)."""
        return DateMention(self.start + by, self.end + by, self.first, self.last, self.precision, self.has_year,
                           self.kind, self.year, self.month)


def _month(value: str | None) -> int | None:
    return MONTHS.get(value.lower().rstrip(".")) if value else None


def _safe_date(y: int | None, m: int | None, d: int | None) -> date | None:
    if not (y and m and d):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_year(month: int, day: int, anchor: date | None, future_ok: bool = False) -> int | None:
    """A day and month without a year take the anchor's year, or the year before if that
    would put the date after the anchor (a release reports what has happened)."""
    if anchor is None:
        return None
    candidate = _safe_date(anchor.year, month, day)
    if candidate is None:
        return anchor.year
    # more than a few weeks ahead of publication: it was last year
    if not future_ok and (candidate - anchor).days > 21:
        return anchor.year - 1
    return anchor.year


def last_month(d: DateMention, text: str) -> tuple[int, int] | None:
    """(year, month) of the last month a month mention covers: its own ("October 2023"), or the second of a span
    ("September – December 2021": December 2021), read with the pattern that found it in ``text``."""
    if d.kind != "m_m_y":
        return (d.year, d.month) if d.year and d.month else None
    m = _MONTH_SPAN.match(text, d.start, d.end)
    return (int(m.group("y1")), _month(m.group("m2"))) if m else None


def find_dates(text: str, anchor: date | None = None, future_ok: bool = False) -> list[DateMention]:
    """All date mentions in ``text``, longest forms first, non-overlapping, in text order."""
    return list(_find_dates(text, anchor, future_ok))


def without_dates(text: str) -> str:
    """``text`` with its dates blanked (offsets kept): what a dateline or a bracket says besides its day."""
    for d in find_dates(text):
        text = text[: d.start] + " " * (d.end - d.start) + text[d.end :]
    return text


_DIGIT = re.compile(r"\d")
#: every form written in figures holds a figure, a mark and a figure ("2024-09", "14.06", "26. 09"): one
#: search for them instead of five searches of these patterns in each sentence with a digit and none
_FIGURES = re.compile(r"\d[-./] ?\d")
_FIGURE_KINDS = frozenset({"iso_range", "iso", "numeric_range", "numeric", "m_y_figures"})
#: for each pattern, the search for the words every match of it needs (the month names; for the forms in
#: figures, ``_FIGURES``): a sentence without them is not searched with that pattern
#: every form opening with its month ("September 14", "June 5-6", "November 30 - December 1") has the month's
#: day right after it, a day not followed by a figure (a suffix, a comma, a dash, "to"... follows): most sentences
#: naming a month write the day first ("14 September 2023"), and these three patterns, searched in every sentence
#: with a month, found nothing there
_MONTH_THEN_DAY = re.compile(_mon("m") + r"\s+(?:the\s+)?[0-3]?\d(?!\d)")
_MONTH_FIRST_KINDS = frozenset({"m_d_m_d_y", "m_d_d_y", "m_d_y"})
_NEEDS = [_FIGURES if kind in _FIGURE_KINDS else _MONTH_THEN_DAY if kind in _MONTH_FIRST_KINDS else prefilter(pat)
          for kind, pat in PATTERNS]
#: the same patterns with a look-ahead for the characters a match starts with in front (most open with an
#: optional weekday or a look-behind, which ``re`` would otherwise try in full at every character)
_SCANS = [with_first_chars(pat) for _, pat in PATTERNS]
#: "between March and May 2022": the form ``last_month`` reads again for its second month
_MONTH_SPAN = dict(PATTERNS)["m_m_y"]
#: the words one of which every month name of ``_MON`` holds ("Jan", "Sep", "MAY", ...)
_MONTH_WORDS = prefilter(re.compile(_mon("m")))
#: the patterns with two month names (groups ``m1`` and ``m2``, neither optional: "30 November - 1 December",
#: "between March and May 2022"): a sentence naming one month only (seven in ten of those naming any) cannot
#: match them, and they were searched in every sentence with a month
_TWO_MONTHS = [{"m1", "m2"} <= set(pat.groupindex) for _, pat in PATTERNS]


def _names_two_months(text: str) -> bool:
    """Whether ``text`` holds the words of two month names that do not overlap (or, rarely, of two that do:
    then a pattern simply searches in vain)."""
    first = _MONTH_WORDS.search(text)
    return first is not None and _MONTH_WORDS.regex.search(text, first.start() + 1) is not None


@lru_cache(maxsize=8192)
def _find_dates(text: str, anchor: date | None, future_ok: bool) -> tuple[DateMention, ...]:
    """Memoised: extraction asks about the same sentence several times."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    yearless: list[tuple[str, re.Match[str]]] = []
    for (kind, _), matches in zip(PATTERNS, _matches(text), strict=True):
        for m in matches:
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if without_year(kind, m):
                yearless.append((kind, m))
            mention = _build(kind, m, anchor, future_ok)
            if mention is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(mention)
    if yearless and found:
        found = years_shared(text, found, yearless, future_ok)
    return tuple(sorted(found, key=lambda d: d.start))


#: the forms of days with the month in words, whose year may be left to a later span's
_DAY_WORD_KINDS = frozenset({"d_m_y_d_m_y", "m_d_m_d_y", "d_d_m_y", "m_d_d_y", "d_m_y", "m_d_y"})


def without_year(kind: str, m: re.Match[str]) -> bool:
    """Whether a match of days with the month in words writes no year of its own ("June 24-28", "3-4 May")."""
    return kind in _DAY_WORD_KINDS and m.group("y2" if "y2" in m.re.groupindex else "y1") is None


#: what joins two spans of days that share the year written after the second: "June 24-28 and July 4-8, 2022"
_JOINED = re.compile(r",?\s+(?:and|&|as\s+well\s+as)\s+")


def years_shared(text: str, found: list[DateMention], yearless: list[tuple[str, re.Match[str]]],
                  future_ok: bool) -> list[DateMention]:
    """Each span of days without a year, joined by "and" to a dated span after it, read in that span's year: the
    year written once at the end belongs to both ("June 24-28 and July 4-8, 2022", "3-4 May and 10-12 June 2022"),
    not the page's (a blog post of a later year)."""
    by_start = {d.start: d for d in found if d.has_year and d.first is not None}
    for kind, m in yearless:
        join = _JOINED.match(text, m.end())
        later = by_start.get(join.end()) if join else None
        if later is None:
            continue
        mention = _build(kind, m, later.first, future_ok)
        if mention is None:
            continue
        mention = DateMention(mention.start, mention.end, mention.first, mention.last, mention.precision, True,
                              mention.kind, mention.year, mention.month)
        found = [d for d in found if not (d.start < m.end() and m.start() < d.end)] + [mention]
    return found


@lru_cache(maxsize=8192)
def _matches(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """Every match of every pattern, in ``PATTERNS`` order. What the matches mean depends on the
    anchor (the publication date) and on whether a future date is allowed, the matches themselves do
    not: a sentence asked about with another anchor or for a future date is not searched again."""
    if not _DIGIT.search(text):
        return ((),) * len(PATTERNS)  # every date form has a digit (a day or a year)
    seen: dict[str, bool] = {}  # the month names are the words of most patterns: looked for once
    two_months: bool | None = None
    out = []
    for pat, need, two in zip(_SCANS, _NEEDS, _TWO_MONTHS, strict=True):
        if need is not None:
            has = seen.get(need.pattern)
            if has is None:
                has = seen[need.pattern] = need.search(text) is not None
            if not has:
                out.append(())
                continue
        if two:
            if two_months is None:
                two_months = _names_two_months(text)
            if not two_months:
                out.append(())
                continue
        out.append(tuple(pat.finditer(text)))
    return tuple(out)


def _build(kind: str, m: re.Match[str], anchor: date | None, future_ok: bool) -> DateMention | None:
    g = m.groupdict()
    if kind == "m_m_y":
        mo, mo2, y = _month(g["m1"]), _month(g["m2"]), int(g["y1"])
        y = y - 1 if mo > mo2 else y
        return DateMention(m.start(), m.end(), None, None, "month", True, kind, y, mo)
    if kind in ("m_y", "m_y_figures"):
        mo, y = _month(g["m1"]) if kind == "m_y" else int(g["mo1"]), int(g["y1"])
        return DateMention(m.start(), m.end(), None, None, "month", True, kind, y, mo)
    if kind in ("numeric_range", "iso_range"):
        y2, mo2 = int(g["y2"]), int(g["mo2"])
        mo1 = int(g["mo1"]) if g["mo1"] else mo2
        y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if mo1 > mo2 else y2)
        first, last = _safe_date(y1, mo1, int(g["d1"])), _safe_date(y2, mo2, int(g["d2"]))
        if first is None or last is None or last < first or (last - first).days > 62:
            return None
        return DateMention(m.start(), m.end(), first, last, "day", True, kind, first.year, first.month)
    if kind in ("iso", "numeric"):
        day, mo = int(g["d1"]), int(g["mo1"])
        if kind == "numeric" and mo > 12 >= day:
            day, mo = mo, day  # "03/25/2024": no 25th month, so written month first
        y = int(g["y1"])
        d = _safe_date(y + 2000 if y < 100 else y, mo, day)  # "20/09/23 11:47"
        if d is None:
            return None
        return DateMention(m.start(), m.end(), d, d, "day", True, kind, d.year, d.month)
    d1 = int(g["d1"])
    d2 = int(g["d2"]) if g.get("d2") else None
    m1 = _month(g.get("m1")) or _month(g.get("m2"))
    m2 = _month(g.get("m2")) or m1
    y2 = int(g["y2"]) if g.get("y2") else None
    y1 = int(g["y1"]) if g.get("y1") else None
    if kind in ("d_m_y", "m_d_y"):
        y = y1 or resolve_year(m1, d1, anchor, future_ok)
        first = _safe_date(y, m1, d1)
        if first is None:
            return None
        return DateMention(m.start(), m.end(), first, first, "day", y1 is not None, kind, first.year, first.month)
    year_end = y2 or y1
    has_year = year_end is not None
    if year_end is None:
        year_end = resolve_year(m2, d2 or d1, anchor, future_ok)
        if anchor is not None and year_end == anchor.year - 1 and _under_way(anchor, m1, d1, m2):
            year_end = anchor.year  # "From 14 July to 21 August ... are taking part", on 15 July: under way
    if year_end is None:
        return None
    year_start = y1 or (year_end - 1 if m1 > m2 else year_end)
    first, last = _safe_date(year_start, m1, d1), _safe_date(year_end, m2, d2 or d1)
    if first is None or last is None or last < first or (last - first).days > 62:
        return None
    return DateMention(m.start(), m.end(), first, last, "day", has_year, kind, first.year, first.month)


def _under_way(anchor: date, m1: int, d1: int, m2: int) -> bool:
    """Whether a span of days without a year that ends weeks after ``anchor`` began on or before it, in its year (or,
    across a new year, the one before): a course under way on the day of the page, not one of last year."""
    start = _safe_date(anchor.year - (1 if m1 > m2 else 0), m1, d1)
    return start is not None and start <= anchor


_WORD_NUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
}
DURATION = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen)"
    r"[- ](?P<unit>day|week)s?(?:-long)?\b"
    # "three days earlier", "two weeks later", "ten days before the vote": a distance in time, not how long
    r"(?!\s+(?:earlier|later|before|after|ago|prior|beforehand|previously)\b)|\b(?P<long>week)-?long\b",
    re.IGNORECASE,
)


#: the same pattern for the lowered text (see casefold.py): its letters are all in lower case already (but the
#: groups' ``P``), so it is ``DURATION`` without IGNORECASE, which made ``re`` fold the case of every character
_DURATION_LOW = re.compile(DURATION.pattern)


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month: what a report known only to its month covers."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def in_weeks(days: int, words: str) -> bool:
    """Whether a duration is written as several weeks ("a three-week course", "for two weeks"): such a course
    runs on working days with breaks, so counting back from its last day gives no day anyone wrote (the
    corpus's writers leave the first day empty). "A week-long course" is still counted as seven days."""
    return days >= 14 and "week" in words.lower()


#: a number and "Days" capitalised, then "of" and a capitalised word: a name ("16 Days of Activism")
_NAMED_DAYS = re.compile(r"\w+\s+Days\b")
_NAME_AFTER_DAYS = re.compile(r"\s+of\s+[A-Z]")


def find_durations(text: str) -> list[tuple[int, int, int]]:
    """'a three-day training', 'two-day', '5-day', 'over three days', 'a week-long course' -> (days, start, end)."""
    low = lowered(text)
    if low is not None and "day" not in low and "week" not in low:
        # every duration names days or a week; the case-insensitive pattern is tried at every word start, a
        # literal look on the lowered copy (see casefold.py) is several times cheaper (most sentences name neither)
        return []
    out = []
    for m in DURATION.finditer(text) if low is None else _DURATION_LOW.finditer(low):
        if m.group("long"):
            out.append((7, m.start(), m.end()))
            continue
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _WORD_NUM.get(raw)
        if not n:
            continue
        days = n * 7 if m.group("unit").lower() == "week" else n
        if _NAMED_DAYS.match(text, m.start(), m.end() + 4) and _NAME_AFTER_DAYS.match(text, m.end()):
            continue  # "16 Days of Activism against Gender-Based Violence": a campaign's name, not a length
        if 1 <= days <= 60:
            out.append((days, m.start(), m.end()))
    return out
