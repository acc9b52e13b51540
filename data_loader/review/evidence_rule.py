"""Whether a fact is stated where its evidence points: the rule for one evidence row, and the registry
names a value may be written as. ``evidence_check`` applies it to a whole evidence table."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from data_loader.lookup.registries import REGISTRY_DIR
from data_loader.review.cells import _norm

#: Kinds of weak evidence, most serious first. The review page shows this table as its legend.
WEAK_PROBLEMS = {
    "no evidence": "The event has this value but no evidence row supports it: nothing in any document "
                   "can be shown to a reader as its source.",
    "broken span": "The evidence points outside the document's text (or to an empty span), so the "
                   "quoted passage cannot be shown.",
    "not in quote": "The loader marks this value as written in the passage (confidence \"stated\"), but "
                    "neither the value nor any registry alias of it appears in the quoted sentence: a wrong "
                    "span, a misread value, or a name the registry does not list. Check the sentence. "
                    "(Values the loader works out itself - coordinates, durations, \"all five Central Asian "
                    "states\", a date from \"today\" - are marked inferred or guessed with their reasoning, "
                    "and are listed under Field confidence instead.)",
}

#: Scalar event fields that should each have evidence when filled, with the evidence ``field`` names
#: accepted as their support (the extractor may record a date range as one ``dates`` fact).
SCALAR_FACTS: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type", "type"),
    "start_date": ("start_date", "dates", "date"),
    "end_date": ("end_date", "dates", "date"),
    "city": ("city", "place", "location"),
    "country": ("country", "country_iso3", "place", "location", "host_country"),
    "participants": ("participants", "participant_count"),
}
#: Long-table facts: table, value column, accepted evidence field names. Organisations are checked
#: per role (the fact is named after the role: organizer, funder, partner, participant).
ORG_FIELDS = ("organization", "organisation", "organizations", "organisations", "org")
LIST_FACTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "organization": ("event_organizations", "organization", ORG_FIELDS),
    "programme": ("event_programmes", "programme", ("programme", "programmes", "program", "project")),
    "theme": ("event_themes", "theme", ("theme", "themes")),
    "participant_country": ("event_countries", "iso3",
                            ("participant_country", "participant_countries", "country", "countries")),
}
#: Fields coded from a vocabulary or written by the extractor (no literal form in the text): only the
#: presence of evidence is checked.
CODED_FIELDS = {"event_type", "type", "format", "theme", "themes", "date_precision", "location_precision",
                "participants_qualifier", "role", "country_iso3", "summary", "title"}

#: evidence confidences whose value is not claimed to be written in the passage: such a row carries its
#: reasoning, and is not checked against its quote (only its span and its presence are)
NOT_CLAIMED_STATED = frozenset({"inferred", "guessed"})

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]



# --------------------------------------------------------------------------------- weak evidence


WEAK_COLUMNS = ["event_id", "title", "field", "value", "problem", "source_file", "snippet"]


def _split_aliases(cell: str) -> list[str]:
    return [a.strip() for a in re.split(r"[|;]", cell or "") if a.strip()]


@lru_cache(maxsize=4)
def registry_aliases(folder: str = str(REGISTRY_DIR)) -> dict[str, frozenset[str]]:
    """Normalised canonical value -> every normalised name it may appear as in a text.

    Read from the registry CSVs (organisations, programmes, places, countries); a missing file or an
    unexpected column layout just gives fewer aliases.
    """
    found: dict[str, set[str]] = {}

    def add(canonical: str, *names: str) -> None:
        key = _norm(canonical)
        if key:
            found.setdefault(key, {key}).update(_norm(n) for n in names if _norm(n))

    base = Path(folder)
    for fname, canon_cols, alias_cols in (
        ("organizations.csv", ("canonical",), ("aliases",)),
        ("programmes.csv", ("canonical",), ("aliases",)),
        ("countries.csv", ("short_name", "iso3"), ("aliases", "demonyms")),
        ("places.csv", ("city",), ("alias", "geonames_name")),
    ):
        try:
            with (base / fname).open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    names = [n for c in alias_cols for n in _split_aliases(row.get(c) or "")]
                    canon = [row.get(c) or "" for c in canon_cols]
                    for c in canon:
                        add(c, *names, *canon)
        except (OSError, csv.Error, UnicodeDecodeError):
            continue
    # sub-units coded as their parent (UNCCT -> UNOCT): the parent may appear as the child's names.
    try:
        with (base / "organizations.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                parent, child = row.get("part_of") or "", row.get("canonical") or ""
                if parent and child:
                    add(parent, *found.get(_norm(child), {child}))
    except (OSError, csv.Error, UnicodeDecodeError):
        pass
    return {k: frozenset(v) for k, v in found.items()}


#: a day in ISO form; "2023-13-01" is none (its month would index past December)
_ISO_DAY = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_WHOLE_NUMBER = re.compile(r"\d+(\.0+)?")
#: "\bmar\b" for every month: the short form of the month's name as a word
_MONTH_SHORT = [re.compile(rf"\b{m[:3]}\b") for m in MONTHS]


@lru_cache(maxsize=1 << 14)
def _numeric_date(year: int, month: int, day: int) -> re.Pattern:
    """The day written in figures (4.3.2023, 04/03/2023, 2023-03-04); one compiled pattern per day."""
    return re.compile(rf"\b0?{day}[./-]0?{month}[./-]{year}\b|\b{year}-{month:02d}-{day:02d}\b")


@lru_cache(maxsize=1 << 14)
def _number_pattern(n: int) -> re.Pattern:
    """``n`` in figures, with or without thousands commas; one compiled pattern per number."""
    return re.compile(rf"(?<![\d,.]){n:,}(?![\d])|(?<!\d){n}(?!\d)")


def _month_named(month: int, q: str) -> bool:
    """Whether the casefolded quote ``q`` names the month (1-12), in full or by its short form as a word."""
    return MONTHS[month - 1] in q or _MONTH_SHORT[month - 1].search(q) is not None


def _date_stated(value: str, quote_text: str) -> bool:
    m = _ISO_DAY.fullmatch(value)
    if not m:
        return _norm(value) in _norm(quote_text)
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    q = quote_text.casefold()
    return _month_named(month, q) or _numeric_date(year, month, day).search(q) is not None


def _number_stated(value: str, quote_text: str) -> bool:
    try:
        n = int(float(value))
    except ValueError:
        return _norm(value) in _norm(quote_text)
    return _number_pattern(n).search(quote_text) is not None or _number_in_words(n, quote_text)


def _number_in_words(n: int, quote_text: str, lower_cased: bool = False) -> bool:
    """Whether a number written in words in the quote ("twenty-five", "Eighteen") is ``n``.

    ``lower_cased``: read the quote lower-cased, with NUMBER_WORDS made case-sensitive (twice as fast).
    Only for a quote of ASCII and :data:`_STANDINS`, where both find the same words."""
    from data_loader.extract.participants import NUMBER_WORDS, to_int

    if lower_cased:
        return any(to_int(m.group(0)) == n for m in _cased(NUMBER_WORDS).finditer(quote_text.lower()))
    return any(to_int(m.group(0)) == n for m in NUMBER_WORDS.finditer(quote_text))


@lru_cache(maxsize=4)
def _cased(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` without re.IGNORECASE."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def value_stated(
    field: str, value: str, quote_text: str, aliases: dict[str, frozenset[str]] | None = None
) -> bool:
    """Whether ``value`` (or a registry alias of it) can be read in ``quote_text``."""
    if not value or not quote_text:
        return False
    if field in CODED_FIELDS:
        return True
    if _ISO_DAY.fullmatch(value):
        return _date_stated(value, quote_text)
    if field == "month" and value.isdigit() and 1 <= int(value) <= 12:
        return _month_named(int(value), quote_text.casefold())
    if _WHOLE_NUMBER.fullmatch(value):
        return _number_stated(value, quote_text)
    q = f" {_norm(quote_text)} "
    names = (aliases or {}).get(_norm(value), frozenset({_norm(value)})) | {_norm(value)}
    return any(n and f" {n} " in q for n in names)


