"""What a curator should look at: the review page's tables, as plain pandas (no Streamlit).

Every function takes the loader's :class:`~data_loader.Tables` and returns a DataFrame whose
rows carry an ``event_id`` (except the documents report) so the page can link each row to the
event's detail view.

* :func:`documents_report` - every document and its status, problems first.
* :func:`missing_fields` - events without a day-precise date, a place or an organiser.
* :func:`unknown_names` - names that look like organisations or programmes but match no
  registry entry, grouped by name (candidates for a new alias or entry).
* :func:`merged_events` - events reported by several documents, with the merge reason.
* :func:`weak_evidence` - facts whose support is weak; see :data:`WEAK_PROBLEMS`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pandas as pd

#: Document statuses in the order a curator should look at them.
STATUS_ORDER = ["unreadable", "empty", "no_event", "duplicate", "ok"]
STATUS_HELP = {
    "unreadable": "The file could not be read (wrong format, damaged, scanned without text...).",
    "empty": "The file holds no text.",
    "no_event": "Read, but no event was found in it.",
    "duplicate": "Same text as another file; its events are counted once.",
    "ok": "Read, and at least one event found.",
}

#: Kinds of weak evidence, most serious first. The review page shows this table as its legend.
WEAK_PROBLEMS = {
    "no evidence": "The event has this value but no evidence row supports it: nothing in any document "
                   "can be shown to a reader as its source.",
    "broken span": "The evidence points outside the document's text (or to an empty span), so the "
                   "quoted passage cannot be shown.",
    "not in quote": "Neither the value nor any registry alias of it appears in the quoted sentence: "
                    "the value was inferred (e.g. a date computed from \"concluded today a three-day "
                    "training\", a year taken from the publication date) or mapped from a name the "
                    "registry does not list. Check the sentence.",
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

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]

REGISTRY_DIR = Path(__file__).resolve().parent / "registry"

LINK_COLUMN = "open"


# ----------------------------------------------------------------------------------------- helpers


#: what ``quote(text, safe="")`` leaves as it is (every id the loader makes: "ev-" and hex digits)
_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]+")


def event_link(event_id: object, page: str = "events") -> str:
    """Relative URL of the Events page showing one event (``events?event=<id>``), id URL-encoded.

    An id that needs no encoding is not passed through ``quote``: the review page links thousands of
    events on every run, and quoting them was a tenth of a rerun at 10,000 events."""
    text = str(event_id)
    return f"{page}?event={text if _URL_SAFE.fullmatch(text) else quote(text, safe='')}"


def add_links(df: pd.DataFrame, page: str = "events", column: str = LINK_COLUMN) -> pd.DataFrame:
    """``df`` with a first column of links to each row's event (empty where there is no event)."""
    out = df.copy()
    # tolist, not astype("object").tolist(): the same cells, without walking an arrow column cell by cell
    ids = out["event_id"].tolist() if "event_id" in out.columns else [None] * len(out)
    # each id is quoted once: the weak-evidence table repeats an event's id on dozens of rows
    link = {e: event_link(e, page) for e in set(ids) if isinstance(e, str) and e}
    out.insert(0, column, pd.Series([link.get(e) if isinstance(e, str) else None for e in ids],
                                    index=out.index, dtype="object"))
    return out


def _str(v: object) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    return str(v)


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_PUNCT = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Casefolded, dashes unified, punctuation as spaces. Kept in a memo: the weak-evidence check
    asks it of the same names and quoted sentences over and over (a million calls at 10,000 events)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DASHES.sub("-", text)
    return " ".join(_PUNCT.sub(" ", text).split())


def _titles(tables) -> dict[str, object]:
    ev = tables.events  # tolist: the cells iteration gives, without walking the arrow columns cell by cell
    return dict(zip(ev["event_id"].astype(str).tolist(), ev["title"].astype("object").tolist(), strict=True))


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


# ------------------------------------------------------------------------------------- documents


def documents_report(tables) -> pd.DataFrame:
    """Every document, problems first: source_file, status, message, n_events, format, size_bytes."""
    docs = tables.documents
    cols = [c for c in ("source_file", "status", "message", "n_events", "format", "size_bytes")
            if c in docs.columns]
    out = docs[cols].copy()
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    out["_rank"] = out["status"].map(lambda s: rank.get(str(s), -1))
    out = out.sort_values(["_rank", "source_file"], kind="stable").drop(columns="_rank")
    return out.reset_index(drop=True)


def status_counts(tables) -> pd.DataFrame:
    """status, documents, meaning: one row per status that occurs, problems first."""
    counts = tables.documents["status"].astype(str).value_counts()
    rows = [{"status": s, "documents": int(counts[s]), "meaning": STATUS_HELP.get(s, "")}
            for s in [*STATUS_ORDER, *sorted(set(counts.index) - set(STATUS_ORDER))] if s in counts]
    return pd.DataFrame(rows, columns=["status", "documents", "meaning"])


# -------------------------------------------------------------------------------- missing fields


MISSING_COLUMNS = ["event_id", "title", "missing", "no_date", "no_place", "no_organiser", "date_precision",
                   "location_precision", "sources"]


def _texts(col: pd.Series) -> list[str]:
    """``_str`` of every cell. A string column is converted by arrow in one call: cell by cell, the
    per-row reads of the old review code cost a quarter of a second on 10,000 events."""
    if isinstance(col.dtype, pd.StringDtype):
        return col.to_numpy(dtype=object, na_value="").tolist()
    return [_str(v) for v in col.astype("object").tolist()]


def _coded_texts(col: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(codes, labels): ``_str`` of each distinct cell, and each cell's code into them. Dates are written
    by pandas in one call where ``_str``'s strftime (per distinct day) writes them alike."""
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        codes, uniques = pd.factorize(col)
        if len(uniques) and uniques.year.min() >= 1000 and uniques.year.max() <= 9999:
            labels = [*uniques.strftime("%Y-%m-%d").tolist(), ""]
            return np.where(codes < 0, len(labels) - 1, codes).astype(np.int64), labels
    return _coded(col)


def _missing_words(no_date: bool, precision: str, no_place: bool, no_city: bool, no_org: bool) -> str:
    """What an event lacks, in words, e.g. ``"date (month only); organiser"`` ("" when nothing)."""
    words = []
    if no_date:
        words.append("date" + (" (month only)" if precision == "month" else " (year only)" if precision == "year"
                               else ""))
    if no_place:
        words.append("place")
    elif no_city:
        words.append("city (country only)")
    if no_org:
        words.append("organiser")
    return "; ".join(words)


def missing_fields(tables) -> pd.DataFrame:
    """Events missing a date (no start day), a place (no city or country, and not online) or an organiser.

    ``missing`` says it in words, e.g. ``"date (month only); organiser"``.
    """
    ev = tables.events
    if ev.empty:
        return _empty(MISSING_COLUMNS)
    orgs = tables.event_organizations
    organised = set(orgs.loc[orgs["role"] == "organizer", "event_id"].astype(str).tolist())
    ids = ev["event_id"].astype(str).tolist()
    no_date = ev["start_date"].isna().to_numpy()
    virtual = ((ev["format"].astype(str) == "virtual") |
               (ev["location_precision"].astype(str) == "virtual")).to_numpy()
    no_city = (np.array(_texts(ev["city"]), dtype=object) == "") & ~virtual
    no_place = no_city & (np.array(_texts(ev["country_iso3"]), dtype=object) == "")
    # a set lookup per id: Series.isin on an arrow string column took 80 ms at 10,000 events
    no_org = np.array([e not in organised for e in ids], dtype=bool)
    keep = np.flatnonzero(no_date | no_city | no_org)  # no_place implies no_city
    if not len(keep):
        return _empty(MISSING_COLUMNS)
    precision = _texts(ev["date_precision"].iloc[keep])
    out = {
        "event_id": [ids[i] for i in keep], "title": _texts(ev["title"].iloc[keep]),
        "missing": [_missing_words(*flags) for flags in zip(no_date[keep].tolist(), precision,
                                                             no_place[keep].tolist(), no_city[keep].tolist(),
                                                             no_org[keep].tolist(), strict=True)],
        "no_date": no_date[keep], "no_place": no_place[keep], "no_organiser": no_org[keep],
        "date_precision": precision, "location_precision": _texts(ev["location_precision"].iloc[keep]),
        "sources": _texts(ev["sources"].iloc[keep]) if "sources" in ev.columns else [""] * len(keep),
    }
    return pd.DataFrame(out, columns=MISSING_COLUMNS)


# --------------------------------------------------------------------------------- unknown names


UNKNOWN_COLUMNS = ["kind", "name", "mentions", "events", "documents", "example_snippet", "event_id",
                   "source_file"]


def unknown_names(tables) -> pd.DataFrame:
    """Unregistered names grouped by kind and name (case and spacing ignored), most mentioned first.

    ``name`` is the most frequent spelling; ``event_id``/``source_file``/``example_snippet`` show
    one mention, so a curator can check it and add the name to the registry as an alias.
    """
    un = tables.unknown_names
    if un.empty:
        return _empty(UNKNOWN_COLUMNS)
    df = un.copy()
    df["_key"] = df["name"].astype(str).map(_norm)
    rows = []
    for (kind, _key), g in df.groupby(["kind", "_key"], sort=False):
        spelling = g["name"].astype(str).value_counts().index[0]
        with_snippet = g[g["snippet"].astype("object").map(_str) != ""]
        ex = (with_snippet if len(with_snippet) else g).iloc[0]
        rows.append({
            "kind": str(kind), "name": spelling, "mentions": len(g),
            "events": g["event_id"].nunique(), "documents": g["source_file"].nunique(),
            "example_snippet": _str(ex["snippet"]), "event_id": _str(ex["event_id"]),
            "source_file": _str(ex["source_file"]),
        })
    out = pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)
    return out.sort_values(["mentions", "documents", "name"], ascending=[False, False, True],
                           kind="stable").reset_index(drop=True)


# -------------------------------------------------------------------------------- merged events


MERGED_COLUMNS = ["event_id", "title", "source_file", "merged_with", "reason", "n_sources"]


def merged_events(tables) -> pd.DataFrame:
    """One row per document merged into another's event: which, with which, and why."""
    mg = tables.merges
    if mg.empty:
        return _empty(MERGED_COLUMNS)
    titles = _titles(tables)
    n_src = tables.event_sources.groupby("event_id")["source_file"].nunique()
    out = mg.copy()
    out["title"] = out["event_id"].astype(str).map(lambda e: _str(titles.get(e, "")))
    out["n_sources"] = out["event_id"].map(n_src).fillna(1).astype(int)
    out = out.reindex(columns=MERGED_COLUMNS)
    return out.sort_values(["event_id", "source_file"], kind="stable").reset_index(drop=True)


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


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
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


# ---------------------------------------------------------- weak evidence, worked out column by column
#
# ``value_stated`` is the rule, for one evidence row. At 10,000 events the evidence table has 277,000
# rows and asking the rule of each took three seconds, so ``weak_evidence`` reaches the same verdicts in
# bulk: a text column is read once per distinct value (43,000 sentences, not 277,000 cells); a row
# whose sentence states its value is settled by a substring test on that sentence in a plain form; only
# the rows left over are checked against their whole quote (sentence and span), by the rule itself
# wherever the plain form cannot decide. tests/test_review_equivalence.py holds the old row-by-row code
# and checks that both give the same frames.


def _coded(col: pd.Series, label: Callable[[object], object] = _str) -> tuple[np.ndarray, list]:
    """(codes, labels): each cell's code into ``label`` of the column's distinct cells (a missing cell
    labelled too). Factorised by arrow in one pass: turning all 277,000 cells of a text column into
    Python strings took longer than the checks made on them."""
    if col.dtype == object:  # factorize would take 1, 1.0 and True for one cell: label every cell first
        col, label = pd.Series([label(v) for v in col.tolist()], dtype=object), _same
    codes, uniques = pd.factorize(col)
    cells = uniques.tolist()
    # a string column's distinct cells are strings, which _str and str leave as they are
    labels = cells if isinstance(col.dtype, pd.StringDtype) and label in (_str, str, _same) else [
        label(u) for u in cells]
    missing = codes < 0
    if missing.any():
        labels.append(label(col.iloc[int(np.argmax(missing))]))
        codes = np.where(missing, len(labels) - 1, codes)
    return codes.astype(np.int64), labels


def _same(value: object) -> object:
    return value


def _objects(values: list) -> np.ndarray:
    """A 1-d object array of ``values`` (np.array would make a 2-d array of equal-length tuples)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _unique_sorted(keys: np.ndarray) -> np.ndarray:
    """np.unique by sorting (numpy 2's hashing np.unique took ten times as long on these keys)."""
    keys = np.sort(keys)
    return keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys


def _within(keys: np.ndarray, universe: np.ndarray) -> np.ndarray:
    """np.isin(keys, universe) for a sorted, duplicate-free ``universe``, by binary search."""
    if not len(universe):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(universe, keys), len(universe) - 1)
    return universe[at] == keys


def _present(codes: np.ndarray, size: int) -> np.ndarray:
    """The distinct codes (0 <= code < size) that occur, in increasing order."""
    return np.flatnonzero(np.bincount(codes, minlength=size))


# ------------------------------------------------------------------------ 1. values without evidence


@dataclass
class _Facts:
    """One table's filled values of one kind of fact: rows of the table (in order), their values, and
    the fact's name and accepted evidence fields; ``named`` gives each row's name where rows differ."""

    ids: pd.Series  # the table's event ids, as the old code wrote them (``astype(str)``)
    rows: np.ndarray
    values: np.ndarray  # codes into value_labels
    value_labels: list[str]
    kinds: list[tuple[str, tuple[str, ...]]]  # (name, accepted evidence fields)
    named: np.ndarray | None = None  # each row's kind, for organisations (named after their roles)


def _fact_tables(tables) -> Iterator[_Facts]:
    """Every filled value that needs support, one block per scalar field and per long table, in the
    order the old code listed them (by block, then by row)."""
    ev = tables.events
    ids = ev["event_id"].astype(str)
    for fact, accepted in SCALAR_FACTS.items():
        if fact in ev.columns:
            values, labels = _coded_texts(ev[fact])
            rows = np.flatnonzero(np.array([v != "" for v in labels], dtype=bool)[values])
            yield _Facts(ids, rows, values[rows], labels, [(fact, accepted)])
    for fact, (table, column, accepted) in LIST_FACTS.items():
        df = getattr(tables, table)
        if fact == "participant_country":
            df = df[df["role"] == "participant"]
        values, labels = _coded_texts(df[column])
        rows = np.flatnonzero(np.array([v != "" for v in labels], dtype=bool)[values])
        block = _Facts(df["event_id"].astype(str), rows, values[rows], labels, [(fact, accepted)])
        if fact == "organization":  # named after the role, which is accepted as evidence too
            roles, names = _coded(df["role"], str)
            block.kinds = [(name, (name, *accepted)) for name in names]
            block.named = roles[rows]
        yield block


class _Support:
    """The evidence table as the old code's ``have`` (event, field) -> normalised values, in arrays: which
    events have a row of some accepted fields, and which (event, normalised value) pairs they have."""

    def __init__(self, q: _Quotes, evid: pd.DataFrame, aliases: dict[str, frozenset[str]]) -> None:
        self.aliases = aliases
        self.events, labels = _coded(evid["event_id"].astype(str), _same)  # the old code's keys
        self.event_index = pd.Index(_objects(labels), dtype=object)
        self.n_events = len(labels)
        # the old code keyed fields by astype(str) too, which leaves a string column's missing cell NaN
        labels = list(q.field_labels)
        if isinstance(evid["field"].dtype, pd.StringDtype) and evid["field"].hasnans:
            labels[-1] = np.nan
        self.fields, self.field_code = q.field, {f: i for i, f in enumerate(labels)}
        self.values, self.value_labels = q.value, q.value_labels
        self.norm_code: dict[str, int] = {}
        self._norm_of = np.full(len(self.value_labels), -1, dtype=np.int64)

    def event_codes(self, ids: pd.Series) -> np.ndarray:
        """The evidence's code of each id (-1: no evidence row), looked up once per distinct id."""
        codes, labels = _coded(ids, _same)
        return self.event_index.get_indexer(_objects(labels)).astype(np.int64)[codes]

    def _rows_of(self, accepted: tuple[str, ...]) -> np.ndarray:
        wanted = np.zeros(len(self.field_code) + 1, dtype=bool)
        wanted[[self.field_code[f] for f in accepted if f in self.field_code]] = True
        return wanted[self.fields]

    def with_any(self, events: np.ndarray, accepted: tuple[str, ...]) -> np.ndarray:
        """Whether each event has an evidence row of an accepted field (one value per scalar field)."""
        found = np.bincount(self.events[self._rows_of(accepted)], minlength=self.n_events + 1) > 0
        return (events >= 0) & found[events]

    def with_value(self, events: np.ndarray, values: np.ndarray, labels: list[str],
                   accepted: tuple[str, ...]) -> np.ndarray:
        """Whether each event has an evidence row of an accepted field whose normalised value is its value's
        (``labels[values]``) or a registry alias of it."""
        rows = self._rows_of(accepted)
        for v in _present(self.values[rows], len(self.value_labels)).tolist():
            if self._norm_of[v] < 0:
                self._norm_of[v] = self.norm_code.setdefault(_norm(self.value_labels[v]), len(self.norm_code))
        size = len(self.value_labels) + 1  # more than any normalised value's code
        have = _unique_sorted(self.events[rows] * size + self._norm_of[self.values[rows]])
        names = [self._names(labels[v]) for v in range(len(labels))]
        counts = np.array([len(n) for n in names], dtype=np.int64)
        per_fact = counts[values]
        owner = np.repeat(np.arange(len(values)), per_fact)
        first = np.repeat((np.cumsum(counts) - counts)[values], per_fact)
        within = np.arange(len(owner)) - np.repeat(np.cumsum(per_fact) - per_fact, per_fact)
        flat = np.concatenate([np.zeros(0, dtype=np.int64), *names])
        hit = _within(events[owner] * size + flat[first + within], have) & (events[owner] >= 0)
        return np.bincount(owner[hit], minlength=len(values)) > 0

    def _names(self, value: str) -> np.ndarray:
        """Codes of the normalised names the value may have in evidence (itself and its registry aliases)."""
        if not value:
            return np.zeros(0, dtype=np.int64)
        n = _norm(value)
        return np.array([self.norm_code[x] for x in self.aliases.get(n, frozenset()) | {n} if x in self.norm_code],
                        dtype=np.int64)


def _unsupported(tables, q: _Quotes, aliases: dict[str, frozenset[str]]) -> tuple[list, list[str], list[str]]:
    """(event ids, facts, values) of the filled values that no evidence row supports, in fact order."""
    support = _Support(q, tables.evidence, aliases)
    ids_out: list = []
    names_out: list[str] = []
    values_out: list[str] = []
    ids, table_events = None, np.zeros(0, dtype=np.int64)
    for facts in _fact_tables(tables):
        if facts.ids is not ids:  # the scalar fields share the events table's ids
            ids, table_events = facts.ids, support.event_codes(facts.ids)
        events = table_events[facts.rows]
        ok = np.zeros(len(facts.rows), dtype=bool)
        names = [name for name, _ in facts.kinds]
        for k, (name, accepted) in enumerate(facts.kinds):
            at = slice(None) if facts.named is None else facts.named == k
            if name in SCALAR_FACTS:
                ok[at] = support.with_any(events[at], accepted)
            else:
                ok[at] = support.with_value(events[at], facts.values[at], facts.value_labels, accepted)
        missing = np.flatnonzero(~ok)
        ids_out += facts.ids.iloc[facts.rows[missing]].tolist()
        names_out += [names[0]] * len(missing) if facts.named is None else [names[k] for k in facts.named[missing]]
        values_out += [facts.value_labels[v] for v in facts.values[missing].tolist()]
    return ids_out, names_out, values_out


# --------------------------------------------------------------------------- 2. and 3. the quotes

#: Non-ASCII characters common in press releases, each with the ASCII character every check treats
#: alike: each is its own casefold, no word character, composes with no neighbour and normalises (NFKC)
#: to itself or to spaces, so standing it in changes no verdict (the tests check each one).
_STANDINS = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"} | {
    c: " " for c in "\u00a0\u00ab\u00bb\u2002\u2003\u2009\u200a\u2018\u2019\u201a\u201b\u201c\u201d\u201e"
                    "\u201f\u2022\u2026\u2039\u203a\u202f\ufffd"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: bytes.translate table of the plain form: ASCII letters lower-cased; digits, "_" and "-" kept (word
#: characters to _norm); any other byte a space (a separator to _norm, and no word character to \b)
_PLAIN_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "_-" else 0x20 for c in range(128)).lower() + b" " * 128


def _plain(text: str) -> str | None:
    """``text`` one character for one, letters lower-cased and separators as spaces; None when it holds a
    character outside ASCII and :data:`_STANDINS` (the rule itself decides for such a quote).

    ``" ".join(_plain(t).split()) == _norm(t)``, and ``_plain(t)`` has the letters and digits of
    ``t.casefold()`` in the same places with the same word boundaries, so the rule's substring and
    word tests give the same answers on it. It is a byte translation, several times faster than _norm.
    """
    if not text.isascii():
        for c in set(_NON_ASCII.findall(text)):
            stand_in = _STANDINS.get(c)
            if stand_in is None:
                return None
            text = text.replace(c, stand_in)
    return text.encode("ascii").translate(_PLAIN_BYTES).decode("ascii")


#: _PLAIN_BYTES keeping NUL, which marks where one text ends in a batch translated at once
_PLAIN_BATCH = b"\x00" + _PLAIN_BYTES[1:]


def _padded_plains(texts: list[str]) -> list[str]:
    """`` _plain(t) `` of each text between spaces (a word test is then a substring test), "" where it has
    none. The ASCII texts are translated in one call, joined by NUL: one call per text cost more than
    the translation itself."""
    ascii_ = np.array([t.isascii() for t in texts], dtype=bool)
    batch = [t for t, a in zip(texts, ascii_.tolist(), strict=True) if a] if not ascii_.all() else texts
    joined = "\x00".join(batch)
    if not batch or joined.count("\x00") != len(batch) - 1:  # a text holding NUL: one at a time
        done = [f" {_plain(t)} " for t in batch]
    else:
        plain = joined.encode("ascii").translate(_PLAIN_BATCH).decode("ascii").replace("\x00", " \x00 ")
        done = f" {plain} ".split("\x00")
    if ascii_.all():
        return done
    out = _objects([""] * len(texts))
    out[ascii_] = _objects(done)
    others = [_plain(texts[i]) for i in np.flatnonzero(~ascii_).tolist()]
    out[~ascii_] = [f" {p} " if p is not None else "" for p in others]
    return out.tolist()


def _span_bounds(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(missing, values) of a span column; the values as the old code's ``int(cell)`` (0 where missing)."""
    missing = col.isna().to_numpy(dtype=bool)
    if pd.api.types.is_integer_dtype(col.dtype):
        return missing, col.to_numpy(dtype=np.int64, na_value=0)
    return missing, _objects([0 if m else int(v) for v, m in zip(col.tolist(), missing.tolist(), strict=True)])


class _Quotes:
    """The evidence table as the quote checks read it: coded text columns and the span bounds."""

    def __init__(self, tables) -> None:
        evid = tables.evidence
        texts = getattr(tables, "texts", {}) or {}
        self.field, self.field_labels = _coded(evid["field"], str)
        self.value, self.value_labels = _coded(evid["value"])
        self.source, self.source_labels = _coded(evid["source_file"])
        self.snippet, self.snippet_labels = _coded(evid["snippet"])
        self.texts = [texts.get(s) for s in self.source_labels]
        self.start_missing, self.start = _span_bounds(evid["start"])
        self.end_missing, self.end = _span_bounds(evid["end"])

    def broken(self) -> np.ndarray:
        """Rows whose span cannot be shown: missing or empty bounds, outside the text, no sentence."""
        length = np.array([-1 if t is None else len(t) for t in self.texts], dtype=np.int64)[self.source]
        no_snippet = np.array([s == "" for s in self.snippet_labels], dtype=bool)[self.snippet]
        return (self.start_missing | self.end_missing | (self.end <= self.start) | (self.start < 0)
                | ((length >= 0) & (self.end > length)) | no_snippet)

    def spans(self, rows: np.ndarray) -> list[str]:
        """The quoted span of each row (the old code read it only where the document has a text)."""
        texts = self.texts
        return [text[s:e] if (text := texts[c]) else "" for c, s, e in zip(
            self.source[rows].tolist(), self.start[rows].tolist(), self.end[rows].tolist(), strict=True)]

    def quote(self, row: int, span: str) -> str:
        """What the rule reads for a row: its sentence, then the span."""
        return f"{self.snippet_labels[self.snippet[row]]} {span}"


#: which branch of value_stated decides an evidence row
_EMPTY, _CODED, _DATE, _MONTH, _NUMBER, _NAMES = range(6)


class _Rows:
    """The rows whose span can be shown, each with the branch of value_stated that decides it and what
    that branch looks for: the month (dates, month fields), the number, or the value code (names)."""

    def __init__(self, q: _Quotes, rows: np.ndarray) -> None:
        self.rows = rows
        fields, values = q.field[rows], q.value[rows]
        coded = np.array([f in CODED_FIELDS for f in q.field_labels], dtype=bool)[fields]
        month_field = np.array([f == "month" for f in q.field_labels], dtype=bool)[fields]
        n = len(q.value_labels)
        empty = np.array([v == "" for v in q.value_labels], dtype=bool)
        date, number = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        month, year, day, figure, month_number = (np.zeros(n, dtype=np.int64) for _ in range(5))
        for v in _present(values[~coded], n).tolist():
            label = q.value_labels[v]
            if (iso := _ISO_DAY.fullmatch(label)) is not None:
                date[v], year[v], month[v], day[v] = True, int(iso[1]), int(iso[2]), int(iso[3])
            elif _WHOLE_NUMBER.fullmatch(label):
                number[v] = True
                try:
                    figure[v] = int(float(label))
                except ValueError:  # the rule then compares the texts themselves: left to it
                    figure[v] = -1
        for v in _present(values[month_field & ~coded], n).tolist():  # read by the rule for "month" only
            label = q.value_labels[v]
            if label and not date[v] and label.isdigit() and 1 <= int(label) <= 12:
                month_number[v] = int(label)
        self.kind = np.select(
            [empty[values], coded, date[values], month_field & (month_number[values] > 0), number[values]],
            [_EMPTY, _CODED, _DATE, _MONTH, _NUMBER], _NAMES)
        self.key = np.select([self.kind == _DATE, self.kind == _MONTH, self.kind == _NUMBER],
                             [month[values], month_number[values], figure[values]], values)
        self.year, self.day = year[values], day[values]


def _grouped(keys: np.ndarray, positions: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """(key, positions) for each distinct ``keys[positions]``, the positions in order."""
    order = positions[np.argsort(keys[positions], kind="stable")]
    ordered = keys[order]
    for part in np.split(order, np.flatnonzero(ordered[1:] != ordered[:-1]) + 1):
        if len(part):
            yield int(keys[part[0]]), part


class _Names:
    """A value's normalised names as the rule looks for them in a quote: one-word names (a word of the
    quote) and longer ones (a run of its words), each between spaces."""

    def __init__(self, value: str, aliases: dict[str, frozenset[str]]) -> None:
        n = _norm(value)
        names = [x for x in aliases.get(n, frozenset({n})) | {n} if x]
        self.words = frozenset(x for x in names if " " not in x)
        self.runs = [(f" {x} ", f" {x.split(' ', 1)[0]} ") for x in names if " " in x]
        self.padded = [f" {x} " for x in names]

    def in_sentences(self, texts: list[str]) -> list[bool]:
        """For each padded plain sentence: whether it states a name (the rule's test, on the sentence).

        Each name is looked for only in the sentences no earlier name was found in, the names found most
        often in a sample first (a third fewer tests at 10,000 events than in the registry's order)."""
        names = self.padded
        if len(names) > 2:
            sample = texts[::max(1, len(texts) // 64)]
            names = sorted(names, key=lambda p: -sum(p in t for t in sample))
        todo = range(len(texts))
        for p in names:
            todo = [i for i in todo if p not in texts[i]]
        found = [True] * len(texts)
        for i in todo:
            found[i] = False
        return found

    def in_quotes(self, sentences: list[str], spans: list[str]) -> list[bool]:
        """For each quote, given as padded plain ``sentences`` and ``spans`` none of whose sentences states a
        name alone: whether the quote does. A one-word name must then be a word of the span; a longer one
        may also straddle the two, which needs its first word as a word of either."""
        found = [not self.words.isdisjoint(sp.split()) for sp in spans] if self.words else [False] * len(spans)
        for run, first in self.runs:
            found = [f or run in sp or ((first in se or first in sp) and run in f" {' '.join((se + sp).split())} ")
                     for f, se, sp in zip(found, sentences, spans, strict=True)]
        return found


_UNITS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_word(n: int) -> str | None:
    """The word every number-word match worth ``n`` starts with, or None when no match is worth it.

    NUMBER_WORDS matches "two" to "nineteen" alone, a tens word with an optional unit ("twenty-five"),
    and a unit before "hundred" ("one hundred and five"): 2-19 are their own word, 20-99 start with
    their tens, 100 and more need "hundred", and no match is worth 0 or 1."""
    if 2 <= n <= 19:
        return _UNITS[n - 2]
    if 20 <= n <= 99:
        return _TENS[n // 10 - 2]
    return "hundred" if n >= 100 else None


def _month_in(month: int, texts: list[str]) -> list[bool]:
    """_month_named of each text: the month's name, or its short form as a word."""
    name, short = MONTHS[month - 1], _MONTH_SHORT[month - 1]
    return [name in t or short.search(t) is not None for t in texts]


def _bounded(text: str, figures: str, not_before: str) -> bool:
    """Whether ``figures`` occur in ``text`` with no digit (nor a character of ``not_before``) just before
    them and no digit just after."""
    at = text.find(figures)
    while at >= 0:
        end = at + len(figures)
        if ((at == 0 or not (text[at - 1].isdecimal() or text[at - 1] in not_before))
                and (end == len(text) or not text[end].isdecimal())):
            return True
        at = text.find(figures, at + 1)
    return False


def _date_in_figures(year: int, month: int, day: int, quote: str) -> bool | None:
    """Whether the day is written in figures in ``quote`` (_numeric_date's search), or None when only
    compiling that pattern can tell: compiled per day, it cost a quarter of a second at 10,000 events,
    where the ISO form is a word test and the other forms need these substrings (casefolding leaves
    figures and separators alone)."""
    q = quote.casefold()
    if _has_word(q, f"{year}-{month:02d}-{day:02d}"):
        return True
    if any(f"{month}{c}{year}" in q for c in "./-") and any(f"{day}{c}" in q for c in "./-"):
        return None
    return False


class _Verdicts:
    """value_stated of every row whose span can be shown, worked out in bulk (see the section's comment)."""

    def __init__(self, q: _Quotes, rows: np.ndarray, aliases: dict[str, frozenset[str]]) -> None:
        self.q, self.r, self.aliases = q, _Rows(q, rows), aliases
        self._names: dict[int, _Names] = {}
        self.plain = [""] * len(q.snippet_labels)  # padded plain sentence ("" where there is none)
        needed = _present(q.snippet[rows[self.r.kind >= _DATE]], len(self.plain)).tolist()
        for c, plain in zip(needed, _padded_plains([q.snippet_labels[c] for c in needed]), strict=True):
            self.plain[c] = plain

    def names(self, value: int) -> _Names:
        if value not in self._names:
            self._names[value] = _Names(self.q.value_labels[value], self.aliases)
        return self._names[value]

    def stated(self) -> np.ndarray:
        r = self.r
        out = r.kind == _CODED
        checked = np.flatnonzero(r.kind >= _DATE)
        found = self.by_sentence(checked)
        todo = checked[~found]
        out[checked[found]] = True
        out[todo] = self.by_quote(todo)
        return out

    def by_sentence(self, at: np.ndarray) -> np.ndarray:
        """Whether the sentence alone states the value, for the rows at ``at``: one substring test on the
        plain sentence per row and name. What the sentence states, the quote states: this settles yeses."""
        kinds, keys = self.r.kind[at], self.r.key[at]
        snippets, plain = self.q.snippet[self.r.rows[at]], self.plain
        found = np.zeros(len(at), dtype=bool)
        for key, part in _grouped(keys, np.flatnonzero(kinds == _NAMES)):
            found[part] = self.names(key).in_sentences([plain[c] for c in snippets[part].tolist()])
        for key, part in _grouped(keys, np.flatnonzero((kinds == _DATE) | (kinds == _MONTH))):
            found[part] = _month_in(key, [plain[c] for c in snippets[part].tolist()])
        for key, part in _grouped(keys, np.flatnonzero((kinds == _NUMBER) & (keys >= 0))):
            word = f" {key} "
            found[part] = [word in plain[c] for c in snippets[part].tolist()]
        return found

    def by_quote(self, at: np.ndarray) -> list[bool]:
        """The verdicts of the rows at ``at`` (not settled by their sentence), read in the whole quote: by
        the plain forms where they decide, else by value_stated itself."""
        q, r = self.q, self.r
        rows, kinds, keys = r.rows[at], r.kind[at], r.key[at]
        spans = q.spans(rows)
        sentences = [self.plain[c] for c in q.snippet[rows].tolist()]
        plain = [p if se else "" for p, se in zip(_padded_plains(spans), sentences, strict=True)]
        verdict: list[bool | None] = [None] * len(at)  # None: the rule decides
        readable = np.array([p != "" for p in plain], dtype=bool)
        for key, part in _grouped(keys, np.flatnonzero((kinds == _NAMES) & readable)):
            found = self.names(key).in_quotes([sentences[i] for i in part.tolist()], [plain[i] for i in part.tolist()])
            for i, hit in zip(part.tolist(), found, strict=True):
                verdict[i] = hit
        years, days, months = r.year[at].tolist(), r.day[at].tolist(), (kinds == _MONTH).tolist()
        for key, part in _grouped(keys, np.flatnonzero(((kinds == _DATE) | (kinds == _MONTH)) & readable)):
            for i, hit in zip(part.tolist(), _month_in(key, [plain[i] for i in part.tolist()]), strict=True):
                if hit or months[i]:
                    verdict[i] = hit
                else:
                    verdict[i] = _date_in_figures(years[i], key, days[i], q.quote(int(rows[i]), spans[i]))
        for key, part in _grouped(keys, np.flatnonzero((kinds == _NUMBER) & (keys >= 0) & readable)):
            figures, grouped, word = str(key), f"{key:,}", _number_word(key)
            for i in part.tolist():
                quote = q.quote(int(rows[i]), spans[i])
                if _bounded(quote, figures, "") or (grouped != figures and _bounded(quote, grouped, ",.")):
                    verdict[i] = True
                else:  # in words, only if the word such a number starts with is there (plain: lower-cased)
                    verdict[i] = (word is not None and (word in sentences[i] or word in plain[i])
                                  and _number_in_words(key, quote, True))
        for i in (i for i, v in enumerate(verdict) if v is None):
            row = int(rows[i])
            verdict[i] = value_stated(q.field_labels[q.field[row]], q.value_labels[q.value[row]],
                                      q.quote(row, spans[i]), self.aliases)
        return verdict


_WORD_CHARACTER = re.compile(r"\w")


def _has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{word}\\b", text)`` for a ``word`` that starts and ends with a word character."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if ((at == 0 or not _WORD_CHARACTER.match(text[at - 1]))
                and (end == len(text) or not _WORD_CHARACTER.match(text[end]))):
            return True
        at = text.find(word, at + 1)
    return False


def _text_column(col: pd.Series, at: np.ndarray, label: Callable[[object], object] = _str) -> pd.Series:
    """``label`` of the cells at ``at``, as a "str" column. A string column is taken and cast by arrow:
    building the 48,000-row table from Python strings took longer than sorting it."""
    if isinstance(col.dtype, pd.StringDtype):
        return col.iloc[at].fillna(label(col.dtype.na_value)).astype("str").reset_index(drop=True)
    codes, labels = _coded(col.iloc[at], label)
    return pd.Series(_objects(labels)[codes], dtype="str")


def _quote_problems(tables, q: _Quotes, aliases: dict[str, frozenset[str]]) -> pd.DataFrame:
    """The evidence rows that cannot be shown or do not state their value, in table order: event_id,
    field, value, problem, source_file, snippet."""
    broken = q.broken()
    rows = np.flatnonzero(~broken)
    listed = broken.copy()
    listed[rows[~_Verdicts(q, rows, aliases).stated()]] = True
    at = np.flatnonzero(listed)
    evid = tables.evidence
    return pd.DataFrame({
        "event_id": _text_column(evid["event_id"], at, str), "field": _text_column(evid["field"], at, str),
        "value": _text_column(evid["value"], at),
        "problem": pd.Series(np.where(broken[at], "broken span", "not in quote"), dtype="str"),
        "source_file": _text_column(evid["source_file"], at), "snippet": _text_column(evid["snippet"], at),
    })


def _sorted(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` by problem (most serious first), event and field, rows that tie kept in order: the old
    ``sort_values(kind="stable")``, as one argsort of integer keys (a tenth of the time on arrow text)."""
    codes, problems = pd.factorize(out["problem"])
    key = np.array([list(WEAK_PROBLEMS).index(p) for p in problems], dtype=np.int64)[codes]
    for column in ("event_id", "field"):
        codes, uniques = pd.factorize(out[column])
        rank = np.empty(len(uniques) + 1, dtype=np.int64)
        rank[np.argsort(np.array(uniques.tolist(), dtype=object), kind="stable")] = np.arange(len(uniques))
        rank[-1] = len(uniques)  # a missing id sorts last (code -1)
        key = key * (len(uniques) + 1) + rank[codes]
    return out.take(np.argsort(key, kind="stable")).reset_index(drop=True)


def weak_evidence(tables, aliases: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """Facts whose support is weak, one row per (event, field, value, problem); see :data:`WEAK_PROBLEMS`.

    ``aliases`` defaults to the project's registry (:func:`registry_aliases`).
    """
    aliases = registry_aliases() if aliases is None else aliases
    q = _Quotes(tables)
    ids, facts, values = _unsupported(tables, q, aliases)
    shown = _quote_problems(tables, q, aliases)
    if not ids and shown.empty:
        return _empty(WEAK_COLUMNS)
    unsupported = pd.DataFrame({
        "event_id": pd.Series(_objects(ids), dtype="str"), "field": pd.Series(facts, dtype="str"),
        "value": pd.Series(values, dtype="str"), "problem": pd.Series(["no evidence"] * len(ids), dtype="str"),
        "source_file": pd.Series([""] * len(ids), dtype="str"), "snippet": pd.Series([""] * len(ids), dtype="str"),
    })
    out = pd.concat([unsupported, shown], ignore_index=True)
    titles = _titles(tables)
    codes, event_ids = pd.factorize(out["event_id"])
    title = [_str(titles.get(e, "")) for e in [*event_ids.tolist(), np.nan]]  # code -1: a missing id
    out.insert(1, "title", pd.Series(_objects(title)[codes], dtype="str"))
    return _sorted(out.drop_duplicates())


def weak_counts(weak: pd.DataFrame) -> pd.DataFrame:
    """problem, rows, meaning: the legend of the weak-evidence table."""
    counts = weak["problem"].value_counts() if not weak.empty else pd.Series(dtype=int)
    return pd.DataFrame(
        [{"problem": p, "rows": int(counts.get(p, 0)), "meaning": m} for p, m in WEAK_PROBLEMS.items()],
        columns=["problem", "rows", "meaning"],
    )
