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


def event_link(event_id: object, page: str = "events") -> str:
    """Relative URL of the Events page showing one event (``events?event=<id>``), id URL-encoded."""
    return f"{page}?event={quote(str(event_id), safe='')}"


def add_links(df: pd.DataFrame, page: str = "events", column: str = LINK_COLUMN) -> pd.DataFrame:
    """``df`` with a first column of links to each row's event (empty where there is no event)."""
    out = df.copy()
    ids = out["event_id"].astype("object").tolist() if "event_id" in out.columns else [None] * len(out)
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
    ev = tables.events
    return dict(zip(ev["event_id"].astype(str), ev["title"].astype("object"), strict=True))


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
    if _number_pattern(n).search(quote_text):
        return True
    from data_loader.extract.participants import NUMBER_WORDS, to_int

    return any(to_int(m.group(0)) == n for m in NUMBER_WORDS.finditer(quote_text))


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


def _fact_rows(tables) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(event_id, fact, value, accepted evidence fields) for every filled value that needs support."""
    facts: list[tuple[str, str, str, tuple[str, ...]]] = []
    ev = tables.events
    for fact, accepted in SCALAR_FACTS.items():
        if fact not in ev.columns:
            continue
        col = ev[fact]
        for eid, v in zip(ev["event_id"].astype(str), col.astype("object"), strict=True):
            sv = _str(v)
            if sv:
                facts.append((eid, fact, sv, accepted))
    for fact, (table, column, accepted) in LIST_FACTS.items():
        df = getattr(tables, table)
        if fact == "participant_country":
            df = df[df["role"] == "participant"]
        roles = df["role"].astype("object") if fact == "organization" else [fact] * len(df)
        for eid, v, role in zip(df["event_id"].astype(str), df[column].astype("object"), roles, strict=True):
            sv = _str(v)
            if sv:
                name = str(role) if fact == "organization" else fact
                facts.append((eid, name, sv, (name, *accepted) if fact == "organization" else accepted))
    return facts


def weak_evidence(tables, aliases: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """Facts whose support is weak, one row per (event, field, value, problem); see :data:`WEAK_PROBLEMS`.

    ``aliases`` defaults to the project's registry (:func:`registry_aliases`).
    """
    aliases = registry_aliases() if aliases is None else aliases
    titles = _titles(tables)
    evid = tables.evidence
    texts = getattr(tables, "texts", {}) or {}
    rows: list[dict] = []

    # 1. values without any evidence row
    have: dict[tuple[str, str], set[str]] = {}
    for eid, field, value in zip(evid["event_id"].astype(str).tolist(), evid["field"].astype(str).tolist(),
                                 map(_str, evid["value"].astype("object").tolist()), strict=True):
        have.setdefault((eid, field), set()).add(_norm(value))
    for eid, fact, value, accepted in _fact_rows(tables):
        supported = False
        for f in accepted:
            vals = have.get((eid, f))
            if vals is None:
                continue
            names = aliases.get(_norm(value), frozenset()) | {_norm(value)}
            if fact in SCALAR_FACTS or vals & names:  # one value per scalar field
                supported = True
                break
        if not supported:
            rows.append({"event_id": eid, "title": _str(titles.get(eid, "")), "field": fact, "value": value,
                         "problem": "no evidence", "source_file": "", "snippet": ""})

    # 2. and 3. evidence rows that cannot be shown, or do not state their value (columns read as lists:
    # a row-by-row walk of the arrow-backed table cost seconds at 10,000 events)
    columns = [evid[c].astype("object").tolist() for c in ("event_id", "field", "value", "source_file",
                                                            "snippet", "start", "end")]
    for eid, field, value, src, snippet, start, end in zip(*columns, strict=True):
        value, src, snippet = _str(value), _str(src), _str(snippet)
        text = texts.get(src)
        bad_span = (pd.isna(start) or pd.isna(end) or int(end) <= int(start) or int(start) < 0
                    or (text is not None and int(end) > len(text)) or not snippet)
        if bad_span:
            problem = "broken span"
        elif value_stated(str(field), value, f"{snippet} {text[int(start):int(end)] if text else ''}", aliases):
            continue
        else:
            problem = "not in quote"
        eid = str(eid)
        rows.append({"event_id": eid, "title": _str(titles.get(eid, "")), "field": str(field), "value": value,
                     "source_file": src, "snippet": snippet, "problem": problem})

    if not rows:
        return _empty(WEAK_COLUMNS)
    out = pd.DataFrame(rows, columns=WEAK_COLUMNS).drop_duplicates()
    order = {p: i for i, p in enumerate(WEAK_PROBLEMS)}
    out["_rank"] = out["problem"].map(order)
    out = out.sort_values(["_rank", "event_id", "field"], kind="stable").drop(columns="_rank")
    return out.reset_index(drop=True)


def weak_counts(weak: pd.DataFrame) -> pd.DataFrame:
    """problem, rows, meaning: the legend of the weak-evidence table."""
    counts = weak["problem"].value_counts() if not weak.empty else pd.Series(dtype=int)
    return pd.DataFrame(
        [{"problem": p, "rows": int(counts.get(p, 0)), "meaning": m} for p, m in WEAK_PROBLEMS.items()],
        columns=["problem", "rows", "meaning"],
    )
