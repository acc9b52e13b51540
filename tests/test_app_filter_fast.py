"""The indexed filter gives exactly the rows of the plain pandas filter it replaced.

``ui.filters.filter_tables`` keeps rows through event positions computed once per load (see
``ui.derived``). The reference below is the straightforward version: match event ids as strings in
every table. Any filter state, on the hand-made tables and on the loaded seed (and development)
documents, must give the same tables, row for row and in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import pytest
from app_tables import filter_states, make_tables
from conftest import DEVSET_DOCS, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader import Tables, load_corpus
from ui.filters import NOT_STATED, FilterState, event_ids, filter_tables


def _ids_where(table: pd.DataFrame, column: str, values: Iterable[str]) -> set[str]:
    return set(table.loc[table[column].isin(list(values)), "event_id"].dropna().astype(str))


def reference_ids(tables: Tables, state: FilterState) -> list[str]:
    ev = tables.events
    keep = pd.Series(True, index=ev.index)
    ids = ev["event_id"].astype(str)
    if state.years is not None:
        year = pd.to_numeric(ev["year"], errors="coerce")
        keep &= year.between(*state.years).fillna(False).astype(bool)
    if state.countries:
        ec, matched = tables.event_countries, set()
        if state.country_role in ("any", "host"):
            matched |= set(ev.loc[ev["country_iso3"].isin(list(state.countries)).fillna(False), "event_id"])
            matched |= _ids_where(ec[ec["role"] == "host"], "iso3", state.countries)
        if state.country_role in ("any", "participant"):
            matched |= _ids_where(ec[ec["role"] == "participant"], "iso3", state.countries)
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
        funding = tables.event_organizations[tables.event_organizations["role"] == "funder"]
        matched = _ids_where(funding, "organization", [f for f in state.funders if f != NOT_STATED])
        if NOT_STATED in state.funders:
            matched |= set(ids) - set(funding["event_id"].dropna().astype(str))
        keep &= ids.isin(matched)
    return list(ids[keep])


def reference_filter(tables: Tables, state: FilterState) -> Tables:
    if not state.active:
        return tables
    kept = set(reference_ids(tables, state))
    out = {name: (df[df["event_id"].astype(str).isin(kept)].reset_index(drop=True)
                  if "event_id" in df.columns else df) for name, df in tables.as_dict().items()}
    sources = set(out["event_sources"]["source_file"].dropna().astype(str))
    docs = tables.documents
    out["documents"] = docs[docs["source_file"].astype(str).isin(sources)].reset_index(drop=True)
    return Tables(**out, texts=tables.texts)


@pytest.fixture(scope="module")
def corpora() -> list[Tables]:
    """The hand-made tables, and the loaded documents (raw/ plus the development set when present)."""
    found = [make_tables(), _with_orphans(), load_corpus(ROOT / "raw", use_cache=False)]
    if DEVSET_DOCS.is_dir():
        found.append(load_corpus(DEVSET_DOCS, use_cache=False))
    return found


def _with_orphans() -> Tables:
    """Rows that point nowhere: a country row of an event that is not in ``events`` and a source file
    that is not in ``documents`` (a hand-edited or partly written table must not crash or mis-filter)."""
    tables = make_tables()
    extra = pd.DataFrame([{"event_id": "ev-gone", "iso3": "KAZ", "country": "Kazakhstan", "role": "host"}])
    tables.event_countries = pd.concat([tables.event_countries, extra], ignore_index=True)
    gone = pd.DataFrame([{"event_id": "ev-a", "source_file": "gone.txt", "sha256": "2" * 64}])
    tables.event_sources = pd.concat([gone, tables.event_sources], ignore_index=True)
    return tables


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_filter_equals_the_plain_pandas_filter(corpora, data):
    tables = data.draw(st.sampled_from(corpora))
    state = data.draw(filter_states(tables))
    assert list(event_ids(tables, state)) == reference_ids(tables, state)
    fast, plain = filter_tables(tables, state), reference_filter(tables, state)
    for name, df in plain.as_dict().items():
        pd.testing.assert_frame_equal(getattr(fast, name), df, obj=name)


def test_tables_changed_after_a_filter_are_not_served_old_positions():
    """A new load is a new object: positions kept for the old one must not be reused for it."""
    first = make_tables()
    state = FilterState(countries=("KAZ",))
    assert list(event_ids(first, state)) == reference_ids(first, state)
    second = make_tables()
    second.events = second.events.iloc[::-1].reset_index(drop=True)
    second.event_countries = second.event_countries.iloc[::-1].reset_index(drop=True)
    assert list(event_ids(second, state)) == reference_ids(second, state)
