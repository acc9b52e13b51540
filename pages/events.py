"""Events: a searchable table; the chosen event with every field, its evidence and its source text."""

from functools import partial

import pandas as pd
import streamlit as st

from ui import evidence as E
from ui import layout, state
from ui.event_labels import label_by_event, when_column
from ui.filters import search_events
from ui.text import md_escape, text_or

EVENT_KEY = "event"  # query parameter: events?event=<event_id> opens one event
TABLE_KEY = "events_table"
COLUMNS = {
    "when": st.column_config.TextColumn("When", help="Dates as the releases give them; some only give the month"),
    "title": st.column_config.TextColumn("Title", width="large"),
    "event_type": "Type",
    "city": "City",
    "country": "Country",
    "organizers": "Organisers",
    "funders": "Funders",
    "participants": st.column_config.NumberColumn("Participants"),
}


def _pick_row(shown_ids: list[str]) -> None:
    rows = st.session_state[TABLE_KEY].selection.rows
    if rows:
        st.session_state[EVENT_KEY] = shown_ids[rows[0]]


def _na(v) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v))


def _fields_markdown(table) -> str:
    """One item per field: name, value, then its passages; every piece of content is escaped text."""
    items = []
    for r in table.itertuples():
        lines = [f"- `{r.field}` **{md_escape(r.value)}**"]
        lines += [f"  ↳ {md_escape(p)}" for p in r.evidence]
        items.append("  \n".join(lines))
    return "\n".join(items)


def _show_event(ctx, event_id: str) -> None:
    tables = ctx.tables
    event = tables.events.loc[tables.events["event_id"] == event_id].iloc[0]
    evidence = tables.evidence[tables.evidence["event_id"] == event_id]
    st.subheader(md_escape(text_or(event["title"], "untitled event")))
    if event_id not in set(ctx.view.events["event_id"]):
        st.caption("The sidebar filters hide this event; it is shown because it was asked for by the link.")
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.markdown("**Every field, with the passage of the release that supports it** (the supporting "
                    f"words are marked {E.OPEN}like this{E.CLOSE})")
        st.markdown(_fields_markdown(E.field_table(event, evidence, tables.texts)))
        if evidence.empty:
            st.caption("No evidence rows for this event yet: the values cannot be traced to a passage.")
        with st.expander(f"Evidence table ({len(evidence)} rows)"):
            st.dataframe(evidence, hide_index=True, width="stretch")
    with right:
        _show_sources(tables, event_id, evidence)


def _show_sources(tables, event_id: str, evidence) -> None:
    st.markdown("**Source documents**")
    sources = tables.event_sources.loc[tables.event_sources["event_id"] == event_id, "source_file"]
    for i, source in enumerate(sources.astype(str)):
        text = tables.texts.get(source)
        with st.expander(md_escape(source), expanded=i == 0):
            if not text:
                st.caption("The text of this document is not available.")
                continue
            mine = evidence[evidence["source_file"] == source]
            spans = E.spans_of(mine, source)
            if len(mine):
                choice = st.selectbox(
                    "Find an evidence passage", range(len(mine)), index=None, key=f"find_{event_id}_{i}",
                    format_func=lambda k, m=mine: f"{m.iloc[k]['field']}: {m.iloc[k]['value']}",
                    placeholder="Choose a field to see its passage in context",
                )
                if choice is not None:
                    r = mine.iloc[choice]
                    if not _na(r["start"]) and not _na(r["end"]):
                        passage = E.around(text, int(r["start"]), int(r["end"]))
                        st.code(passage, language=None, wrap_lines=True)
            st.caption(f"Cleaned text of the document; evidence passages are marked "
                       f"{E.OPEN}like this{E.CLOSE} ({len(spans)} passages). Use the browser's find "
                       "(Ctrl+F) to search it.")
            st.code(E.mark_spans(text, spans), language=None, wrap_lines=True, height=900)


ctx = state.context()
if layout.header("Events", ctx):
    query = st.text_input("Search", key="q", placeholder="Words in the title, summary, place, organisers, "
                           "funders, programmes, themes or file name", bind="query-params")
    shown = search_events(ctx.view.events, query, ctx.tables)
    shown = shown.sort_values(["start_date", "year", "month", "title"], na_position="last")
    shown = shown.assign(when=when_column(ctx.tables, shown))
    st.caption(f"{len(shown)} of {len(ctx.view.events)} events" + (" match the search." if query else "."))
    ids = list(shown["event_id"].astype(str))
    st.dataframe(
        shown[["event_id", *COLUMNS]], hide_index=True, width="stretch", key=TABLE_KEY,
        column_config={"event_id": None, **COLUMNS}, on_select=partial(_pick_row, ids),
        selection_mode="single-row", height=min(420, 38 + 35 * max(len(shown), 1)),
    )
    all_ids = set(ctx.tables.events["event_id"].astype(str))
    linked = st.query_params.get(EVENT_KEY)
    if linked in all_ids and EVENT_KEY not in st.session_state:
        st.session_state[EVENT_KEY] = linked  # a link events?event=<id> opens that event
    wanted = st.session_state.get(EVENT_KEY)
    options = ids + ([wanted] if wanted in all_ids and wanted not in ids else [])
    if wanted is not None and wanted not in options:
        st.session_state.pop(EVENT_KEY)  # the documents changed and the event is gone
    chosen = st.selectbox(
        "Event", options, index=None, key=EVENT_KEY, format_func=label_by_event(ctx.tables).__getitem__,
        placeholder="Choose an event (or click a row in the table)",
    )
    if chosen:
        st.query_params[EVENT_KEY] = chosen
        _show_event(ctx, chosen)
    elif EVENT_KEY in st.query_params:
        del st.query_params[EVENT_KEY]
