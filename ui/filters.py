"""The dashboard's filters: one state, one pure filter function, one sidebar.

``FilterState`` is what the user chose; ``filter_tables`` applies it to the
loader's ``Tables`` (pure pandas, no Streamlit, unit-tested); ``render_sidebar``
draws the widgets once for every page and binds each to a URL query parameter
so that a link reproduces the view.

Query parameter names (other pages must not reuse these widget keys):
``year`` (repeated: first and last year), ``country`` (repeated, country
names), ``role``, ``type``, ``theme``, ``programme``, ``funder``, ``format``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from data_loader import Tables
from data_loader import columns as C
from data_loader.lookup.gazetteer import country_name
from ui.derived import per_tables

#: the funder choice that matches events whose documents name no funder.
NOT_STATED = "(not stated)"
ROLE_ANY, ROLE_HOST, ROLE_PARTICIPANT = "any", "host", "participant"
ROLES = [ROLE_ANY, ROLE_HOST, ROLE_PARTICIPANT]
ROLE_LABELS = {
    ROLE_ANY: "Host or participant",
    ROLE_HOST: "Host only",
    ROLE_PARTICIPANT: "Participant only",
}

#: widget key (= URL query parameter) of each filter.
KEYS = {
    "years": "year",
    "countries": "country",
    "country_role": "role",
    "event_types": "type",
    "themes": "theme",
    "programmes": "programme",
    "funders": "funder",
    "formats": "format",
}


@dataclass(frozen=True)
class FilterState:
    """What is filtered. Empty tuples and ``None`` mean "no restriction"."""

    years: tuple[int, int] | None = None
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-3
    country_role: str = ROLE_ANY
    event_types: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()  # theme ids
    programmes: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()  # organisation names, or NOT_STATED
    formats: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        """True when anything restricts the events (the country role alone does not)."""
        return any(getattr(self, f.name) for f in fields(self) if f.name != "country_role")


@dataclass(frozen=True)
class Options:
    """The choices the data offers, for the sidebar."""

    year_min: int | None
    year_max: int | None
    countries: list[str]  # ISO3, sorted by name
    programmes: list[str]
    funders: list[str]  # NOT_STATED last


def _strings(series: pd.Series) -> list[str]:
    return sorted({str(v) for v in series.dropna() if str(v).strip()}, key=str.casefold)


def options_from(tables: Tables) -> Options:
    years = pd.to_numeric(tables.events["year"], errors="coerce").dropna()
    isos = set(_strings(tables.event_countries["iso3"])) | set(_strings(tables.events["country_iso3"]))
    orgs = tables.event_organizations
    funders = _strings(orgs.loc[orgs["role"] == "funder", "organization"])
    return Options(
        year_min=int(years.min()) if len(years) else None,
        year_max=int(years.max()) if len(years) else None,
        countries=sorted(isos, key=lambda iso: country_name(iso).casefold()),
        programmes=_strings(tables.event_programmes["programme"]),
        funders=[*funders, NOT_STATED],
    )


def _isin(series: pd.Series, values: Iterable[str]) -> np.ndarray:
    """Which cells hold one of ``values`` (a few chosen names: pandas' own ``isin`` is quick here)."""
    return series.isin(list(values)).fillna(False).to_numpy(dtype=bool)


@per_tables
def _event_rows(tables: Tables) -> dict[str, np.ndarray]:
    """For every table keyed by ``event_id``, the position in ``events`` of each row's event (-1: none).

    Computed once per load: a filter then keeps a table's rows with one array lookup instead of
    matching thousands of event ids as strings in every table on every rerun.
    """
    index = pd.Index(tables.events["event_id"].astype(str))
    if not index.is_unique:
        raise ValueError("events.event_id is not unique")
    out = {}
    for name, df in tables.as_dict().items():
        if name != "events" and "event_id" in df.columns:
            out[name] = index.get_indexer(df["event_id"].astype(str))
    return out


@per_tables
def _document_rows(tables: Tables) -> np.ndarray | None:
    """Position in ``documents`` of each ``event_sources`` row's file (-1: none); None if names repeat."""
    index = pd.Index(tables.documents["source_file"].astype(str))
    if not index.is_unique:
        return None
    return index.get_indexer(tables.event_sources["source_file"].astype(str))


def _events_with(tables: Tables, name: str, rows: np.ndarray) -> np.ndarray:
    """Mask over ``events``: the events that have at least one of these rows of table ``name``."""
    pos = _event_rows(tables)[name][rows]
    out = np.zeros(len(tables.events), dtype=bool)
    out[pos[pos >= 0]] = True
    return out


def rows_of_events(df: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``df`` about one of ``events``, in their order (a hash look-up, not string matching):
    how a table worked out once per load is cut down to a filtered view."""
    wanted = pd.Index(events["event_id"].astype(str).unique())
    return df[wanted.get_indexer(df["event_id"].astype(str)) >= 0].reset_index(drop=True)


def event_mask(tables: Tables, state: FilterState) -> np.ndarray:
    """Which rows of ``tables.events`` pass every filter.

    Within one filter the choices are alternatives (any of them); the filters combine
    with "and". Countries match the host country (``events.country_iso3`` or a ``host``
    row of ``event_countries``), the participating countries, or either, as
    ``country_role`` says. The funder choice ``NOT_STATED`` matches events with no funder.
    """
    ev = tables.events
    keep = np.ones(len(ev), dtype=bool)
    if state.years is not None:
        lo, hi = state.years
        year = pd.to_numeric(ev["year"], errors="coerce")
        keep &= year.between(lo, hi).fillna(False).to_numpy(dtype=bool)
    if state.countries:
        ec = tables.event_countries
        wanted = _isin(ec["iso3"], state.countries)
        role = ec["role"].astype(str).to_numpy()
        matched = np.zeros(len(ev), dtype=bool)
        if state.country_role in (ROLE_ANY, ROLE_HOST):
            matched |= _isin(ev["country_iso3"], state.countries)
            matched |= _events_with(tables, "event_countries", wanted & (role == "host"))
        if state.country_role in (ROLE_ANY, ROLE_PARTICIPANT):
            matched |= _events_with(tables, "event_countries", wanted & (role == "participant"))
        keep &= matched
    if state.event_types:
        keep &= _isin(ev["event_type"], state.event_types)
    if state.formats:
        keep &= _isin(ev["format"], state.formats)
    if state.themes:
        keep &= _events_with(tables, "event_themes", _isin(tables.event_themes["theme"], state.themes))
    if state.programmes:
        progs = tables.event_programmes
        keep &= _events_with(tables, "event_programmes", _isin(progs["programme"], state.programmes))
    if state.funders:
        orgs = tables.event_organizations
        funding = (orgs["role"].astype(str) == "funder").to_numpy()
        named = [f for f in state.funders if f != NOT_STATED]
        matched = _events_with(tables, "event_organizations", funding & _isin(orgs["organization"], named))
        if NOT_STATED in state.funders:
            matched |= ~_events_with(tables, "event_organizations", funding)
        keep &= matched
    return keep


def event_ids(tables: Tables, state: FilterState) -> pd.Index:
    """The ids of the events that pass every filter (see ``event_mask``), in the events table's order."""
    return pd.Index(tables.events["event_id"].astype(str)[event_mask(tables, state)])


def filter_tables(tables: Tables, state: FilterState) -> Tables:
    """The tables restricted to the events that pass ``state``.

    Every table keyed by ``event_id`` keeps the rows of the kept events. ``documents``
    keeps every file when nothing is filtered (so the problems report stays complete),
    otherwise the files that report a kept event. ``texts`` is passed through.
    """
    if not state.active:
        return tables
    keep = event_mask(tables, state)
    rows = _event_rows(tables)
    out = {}
    for name, df in tables.as_dict().items():
        if name == "events":
            out[name] = df[keep].reset_index(drop=True)
        elif name in rows:
            pos = rows[name]
            out[name] = df[(pos >= 0) & keep[np.maximum(pos, 0)]].reset_index(drop=True)
        else:
            out[name] = df
    docs = tables.documents
    doc_pos = _document_rows(tables)
    if doc_pos is None:  # a file name twice: match by name
        sources = set(out["event_sources"]["source_file"].dropna().astype(str))
        out["documents"] = docs[docs["source_file"].astype(str).isin(sources)].reset_index(drop=True)
    else:
        src = rows["event_sources"]
        used = doc_pos[(src >= 0) & keep[np.maximum(src, 0)]]
        flags = np.zeros(len(docs), dtype=bool)
        flags[used[used >= 0]] = True
        out["documents"] = docs[flags].reset_index(drop=True)
    return Tables(**out, texts=tables.texts)


# --- words for people: summary line and file names -------------------------------------------

def _names(values: Iterable[str], fmt=str, limit: int = 3) -> str:
    values = [fmt(v) for v in values]
    if len(values) > limit:
        return ", ".join(values[:limit]) + f" and {len(values) - limit} more"
    return ", ".join(values)


def describe(state: FilterState) -> list[str]:
    """One short phrase per active filter, e.g. ``["2023–2024", "Kazakhstan (host)"]``."""
    parts = []
    if state.years:
        lo, hi = state.years
        parts.append(str(lo) if lo == hi else f"{lo}–{hi}")
    if state.countries:
        role = {ROLE_ANY: "host or participant", ROLE_HOST: "host", ROLE_PARTICIPANT: "participant"}
        parts.append(f"{_names(state.countries, country_name)} ({role.get(state.country_role, '')})")
    if state.event_types:
        parts.append("type: " + _names(state.event_types))
    if state.themes:
        parts.append("theme: " + _names(state.themes, lambda t: C.THEMES.get(t, t)))
    if state.programmes:
        parts.append("programme: " + _names(state.programmes))
    if state.funders:
        parts.append("funder: " + _names(state.funders))
    if state.formats:
        parts.append("format: " + _names(state.formats))
    return parts


def summary_line(state: FilterState, kept: int, total: int) -> str:
    """Plain text (not markdown): what is filtered and how many events remain."""
    noun = "event" if total == 1 else "events"
    if not state.active:
        return f"All {total} {noun}, no filter."
    return f"{kept} of {total} {noun} · " + " · ".join(describe(state))


def _slug(value: str, limit: int = 24) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", value).strip("-")
    return s[:limit].strip("-") or "x"


def file_slug(state: FilterState, max_len: int = 80) -> str:
    """A file-name-safe description of the filter, e.g. ``2023-2024_KAZ`` or ``all``."""
    parts = []
    if state.years:
        lo, hi = state.years
        parts.append(str(lo) if lo == hi else f"{lo}-{hi}")
    if state.countries:
        suffix = "" if state.country_role == ROLE_ANY else f"-{state.country_role}"
        parts.append("+".join(_slug(c, 3) for c in state.countries) + suffix)
    for label, values in (("type", state.event_types), ("theme", state.themes),
                          ("programme", state.programmes), ("funder", state.funders),
                          ("format", state.formats)):
        if values:
            parts.append(f"{label}-" + "+".join(_slug(v) for v in values))
    slug = "_".join(parts) or "all"
    return slug if len(slug) <= max_len else slug[:max_len].rstrip("-+_") + "_etc"


#: events columns the Events page's search looks in.
SEARCH_COLUMNS = ["title", "summary", "city", "country", "organizers", "funders", "programmes", "themes",
                  "event_type", "sources"]


def _haystack(events: pd.DataFrame) -> pd.Series:
    """Each event's searchable text, casefolded: its text columns and its themes' labels."""
    parts = [events[c].astype("object").fillna("").astype(str) for c in SEARCH_COLUMNS if c in events.columns]
    if "themes" in events:
        themes = events["themes"].astype("object").fillna("").astype(str)
        labels = {t: " ".join(C.THEMES.get(x, x) for x in t.split("; ")) for t in themes.unique()}
        parts.append(themes.map(labels))
    if not parts:
        return pd.Series("", index=events.index, dtype=object)
    haystack = parts[0]
    for part in parts[1:]:
        haystack = haystack + " " + part
    return haystack.str.casefold()


@per_tables
def search_text(tables: Tables) -> pd.Series:
    """event_id -> searchable text of every loaded event, built once per load (see ``search_events``)."""
    events = tables.events
    return pd.Series(_haystack(events).to_numpy(), index=events["event_id"].astype(str).to_numpy(), dtype=object)


def search_events(events: pd.DataFrame, query: str, tables: Tables | None = None) -> pd.DataFrame:
    """Events whose text columns contain every word of ``query`` (case-insensitive, literal).

    ``events`` are rows of ``tables.events`` when ``tables`` is given: the searchable text is then
    built once per load (``search_text``) instead of on every search.
    """
    words = str(query or "").casefold().split()
    if not words:
        return events
    if tables is None:
        haystack = _haystack(events)
    else:
        text = search_text(tables)
        haystack = pd.Series(events["event_id"].astype(str).map(text).fillna("").to_numpy(), index=events.index)
    keep = pd.Series(True, index=events.index)
    for word in words:
        keep &= haystack.str.contains(word, regex=False)
    return events[keep]
