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
* :func:`field_confidence` - how sure the loader is of every field of every event, weakest first
  (``data_loader.review.confidence``).
* :func:`titles_to_check` - titles the loader made up, or that look like a formula or like markup.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import numpy as np
import pandas as pd

from data_loader.review.cells import _empty, _norm, _str, _texts, _titles
from data_loader.review.confidence import (
    CONFIDENCE_COLUMNS,
    CONFIDENCE_HELP,
    CONFIDENCE_ORDER,
    EXPECTED,
    FIELD_LABELS,
    confidence_counts,
    field_confidence,
)

# the weak-evidence check lives in its own modules; the review page and callers use it from here
from data_loader.review.evidence_check import weak_counts, weak_evidence
from data_loader.review.evidence_rule import (
    CODED_FIELDS,
    LIST_FACTS,
    SCALAR_FACTS,
    WEAK_COLUMNS,
    WEAK_PROBLEMS,
    registry_aliases,
    value_stated,
)
from data_loader.tables.export import FORMULA_PREFIXES

__all__ = [
    "CODED_FIELDS", "CONFIDENCE_COLUMNS", "CONFIDENCE_HELP", "CONFIDENCE_ORDER", "EXPECTED", "FIELD_LABELS",
    "TITLE_COLUMNS", "TITLE_PROBLEMS", "confidence_counts", "field_confidence", "titles_to_check",
    "LINK_COLUMN", "LIST_FACTS", "MERGED_COLUMNS", "MISSING_COLUMNS", "SCALAR_FACTS",
    "STATUS_HELP", "STATUS_ORDER", "UNKNOWN_COLUMNS", "WEAK_COLUMNS", "WEAK_PROBLEMS", "add_links",
    "documents_report", "event_link", "merged_events", "missing_fields", "registry_aliases", "status_counts",
    "unknown_names", "value_stated", "weak_counts", "weak_evidence",
]

#: Document statuses in the order a curator should look at them.
STATUS_ORDER = ["unreadable", "empty", "no_event", "duplicate", "ok"]
STATUS_HELP = {
    "unreadable": "The file could not be read (wrong format, damaged, scanned without text...).",
    "empty": "The file holds no text.",
    "no_event": "Read, but no event was found in it.",
    "duplicate": "Same text as another file; its events are counted once.",
    "ok": "Read, and at least one event found.",
}

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




# -------------------------------------------------------------------------------- titles to check


TITLE_COLUMNS = ["event_id", "title", "problem", "detail", "sources"]
TITLE_PROBLEMS = {
    "generated": "The document has no headline the loader could read: the title was made from the event's "
                 "type, place and month. Give the event its real name if the release has one.",
    "formula-like": "Starts with = + - or @: a spreadsheet would run it as a formula. The downloads prefix it "
                    "with an apostrophe; check that it is the release's real headline.",
    "markup-like": "Holds what looks like HTML (a tag or an entity such as &amp;): probably debris of the web "
                   "page, not part of the headline. The dashboard shows it as text.",
    "page-title-like": "Parts separated by | › » or / as in a web page's title or breadcrumb ('ASIA-PLUS | News "
                       "› Tajikistan'): probably the site's name for the page, not the release's headline.",
}
#: separators of a page title or breadcrumb, with spaces around them ("a / b", not "and/or" nor "1/2")
_PAGE_TITLE = re.compile(r"\s[|›»>/]\s|\s::\s")
#: a tag (<b>, </p>, <br/>, <!-- ...) or a character entity (&amp; &#39; &#x27;)
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>|&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def titles_to_check(tables) -> pd.DataFrame:
    """Events whose title a reader should not trust as the release's headline, one row per problem:
    ``generated`` (its evidence is guessed or inferred: the loader made it up), ``formula-like``,
    ``markup-like``, ``page-title-like``; see :data:`TITLE_PROBLEMS`. ``detail`` gives the loader's reasoning
    or what was seen."""
    ev = tables.events
    if ev.empty:
        return _empty(TITLE_COLUMNS)
    evid = tables.evidence
    made_up: dict[str, str] = {}
    if "confidence" in evid.columns:
        rows = evid[(evid["field"] == "title").fillna(False).to_numpy(dtype=bool)
                    & evid["confidence"].isin(["guessed", "inferred"]).fillna(False).to_numpy(dtype=bool)]
        reasoning = rows["reasoning"] if "reasoning" in rows.columns else pd.Series("", index=rows.index)
        for eid, why in zip(rows["event_id"].astype(str).tolist(), reasoning.astype("object").tolist(),
                            strict=True):
            made_up.setdefault(eid, _str(why) or "the title is not the release's headline")
    sources = _texts(ev["sources"]) if "sources" in ev.columns else [""] * len(ev)
    out = []
    for eid, title, src in zip(ev["event_id"].astype(str).tolist(), _texts(ev["title"]), sources, strict=True):
        if eid in made_up:
            out.append((eid, title, "generated", made_up[eid], src))
        if title.lstrip().startswith(FORMULA_PREFIXES):
            out.append((eid, title, "formula-like", f"starts with {title.lstrip()[:1]!r}", src))
        markup = _MARKUP.search(title)
        if markup:
            out.append((eid, title, "markup-like", f"contains {markup.group(0)!r}", src))
        separator = _PAGE_TITLE.search(title)
        if separator and eid not in made_up:
            out.append((eid, title, "page-title-like", f"parts separated by {separator.group(0).strip()!r}", src))
    if not out:
        return _empty(TITLE_COLUMNS)
    order = {p: i for i, p in enumerate(TITLE_PROBLEMS)}
    frame = pd.DataFrame(out, columns=TITLE_COLUMNS)
    return frame.sort_values(["problem", "title"], key=lambda c: c.map(order) if c.name == "problem" else c,
                             kind="stable").reset_index(drop=True)
