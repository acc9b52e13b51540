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

import pandas as pd

from data_loader import Tables
from data_loader import columns as C
from data_loader.gazetteer import country_name

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


def _ids_where(table: pd.DataFrame, column: str, values: Iterable[str]) -> set[str]:
    return set(table.loc[table[column].isin(list(values)), "event_id"].dropna().astype(str))


def event_ids(tables: Tables, state: FilterState) -> pd.Index:
    """The ids of the events that pass every filter, in the events table's order.

    Within one filter the choices are alternatives (any of them); the filters combine
    with "and". Countries match the host country (``events.country_iso3`` or a ``host``
    row of ``event_countries``), the participating countries, or either, as
    ``country_role`` says. The funder choice ``NOT_STATED`` matches events with no funder.
    """
    ev = tables.events
    keep = pd.Series(True, index=ev.index)
    ids = ev["event_id"].astype(str)
    if state.years is not None:
        lo, hi = state.years
        year = pd.to_numeric(ev["year"], errors="coerce")
        keep &= year.between(lo, hi).fillna(False).astype(bool)
    if state.countries:
        wanted = set(state.countries)
        ec = tables.event_countries
        matched: set[str] = set()
        if state.country_role in (ROLE_ANY, ROLE_HOST):
            hosted = ev["country_iso3"].isin(list(wanted)).fillna(False)
            matched |= set(ev.loc[hosted, "event_id"].astype(str))
            matched |= _ids_where(ec[ec["role"] == "host"], "iso3", wanted)
        if state.country_role in (ROLE_ANY, ROLE_PARTICIPANT):
            matched |= _ids_where(ec[ec["role"] == "participant"], "iso3", wanted)
        keep &= ids.isin(matched)
    if state.event_types:
        keep &= ev["event_type"].isin(list(state.event_types)).fillna(False).astype(bool)
    if state.formats:
        keep &= ev["format"].isin(list(state.formats)).fillna(False).astype(bool)
    if state.themes:
        keep &= ids.isin(_ids_where(tables.event_themes, "theme", state.themes))
    if state.programmes:
        keep &= ids.isin(_ids_where(tables.event_programmes, "programme", state.programmes))
    if state.funders:
        orgs = tables.event_organizations
        funding = orgs[orgs["role"] == "funder"]
        matched = _ids_where(funding, "organization", [f for f in state.funders if f != NOT_STATED])
        if NOT_STATED in state.funders:
            matched |= set(ids) - set(funding["event_id"].dropna().astype(str))
        keep &= ids.isin(matched)
    return pd.Index(ids[keep.to_numpy()])


def filter_tables(tables: Tables, state: FilterState) -> Tables:
    """The tables restricted to the events that pass ``state``.

    Every table keyed by ``event_id`` keeps the rows of the kept events. ``documents``
    keeps every file when nothing is filtered (so the problems report stays complete),
    otherwise the files that report a kept event. ``texts`` is passed through.
    """
    if not state.active:
        return tables
    kept = set(event_ids(tables, state))
    out = {}
    for name, df in tables.as_dict().items():
        if "event_id" in df.columns:
            out[name] = df[df["event_id"].astype(str).isin(kept)].reset_index(drop=True)
        else:
            out[name] = df
    sources = set(out["event_sources"]["source_file"].dropna().astype(str))
    docs = tables.documents
    out["documents"] = docs[docs["source_file"].astype(str).isin(sources)].reset_index(drop=True)
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


def search_events(events: pd.DataFrame, query: str) -> pd.DataFrame:
    """Events whose text columns contain every word of ``query`` (case-insensitive, literal)."""
    words = str(query or "").casefold().split()
    if not words:
        return events
    cols = [c for c in SEARCH_COLUMNS if c in events.columns]
    haystack = events[cols].astype("object").fillna("").astype(str).agg(" ".join, axis=1).str.casefold()
    themes = events["themes"].astype("object").fillna("").astype(str) if "themes" in events else ""
    haystack = haystack + " " + themes.map(lambda s: " ".join(C.THEMES.get(t, t) for t in s.split("; ")))
    haystack = haystack.str.casefold()
    keep = pd.Series(True, index=events.index)
    for word in words:
        keep &= haystack.str.contains(word, regex=False)
    return events[keep]
