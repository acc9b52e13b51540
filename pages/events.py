"""Events: a searchable table; the chosen event with every field, its evidence and its source text."""

from functools import partial

import pandas as pd
import streamlit as st

from ui import evidence as E
from ui import layout, state
from ui.event_labels import chronological, label_by_event, table_rows
from ui.filters import search_events
from ui.text import md_escape, text_or

EVENT_KEY = "event"  # query parameter: events?event=<event_id> opens one event
TABLE_KEY = "events_table"
COLUMNS = {
    "when": st.column_config.TextColumn("When", width=95,
                                        help="Dates as the releases give them; some only give the month"),
    "title": st.column_config.TextColumn("Title", width=250),
    "event_type": st.column_config.TextColumn("Type", width=92),
    "place": st.column_config.TextColumn("Place", width=120, help="Host city and country, or online"),
    "organizers": st.column_config.TextColumn("Organisers", width=140),
    "funders": st.column_config.TextColumn("Funders", width=100),
    "participants": st.column_config.TextColumn(
        "Participants", width=85, help="As the release states it; 'not stated' when it gives no number"),
}
#: rows tall enough for four lines: long titles and organiser lists wrap instead of being cut off
ROW_HEIGHT = 88
#: badge colour of each confidence (Streamlit's Markdown badges; the words are ours, never document text)
BADGE = {"stated": "green", "inferred": "blue", "guessed": "orange", "no evidence": "red",
         E.NOT_STATED_CONFIDENCE: "gray"}


def _pick_row(shown_ids: list[str]) -> None:
    rows = st.session_state[TABLE_KEY].selection.rows
    if rows:
        st.session_state[EVENT_KEY] = shown_ids[rows[0]]


def _na(v) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v))


def _field_markdown(row: E.FieldRow) -> str:
    """One field: label, value and confidence, then the reasoning and each passage; content escaped."""
    badge = f":{BADGE.get(row.confidence, 'gray')}-badge[{row.confidence}]"
    lines = [f"- **{md_escape(row.label)}:** {md_escape(row.value)} {badge}"]
    lines += [f"  *How it was worked out:* {md_escape(why)}" for why in row.reasoning]
    lines += [f"  ↳ {md_escape(p)}" for p in row.passages]
    if row.more:
        lines.append(f"  ↳ and {row.more} more passages (evidence table below)")
    return "  \n".join(lines)


def _show_fields(tables, event_id: str) -> None:
    """What and when on the left, where and who on the right: half the height of one long list."""
    rows = E.event_fields(tables, event_id)
    left, right = st.columns(2, gap="large")
    for column, sections in ((left, ("What", "When")), (right, ("Where", "Who"))):
        with column:
            for section in sections:
                mine = [r for r in rows if r.section == section]
                if mine:
                    st.markdown(f"##### {section}")
                    st.markdown("\n".join(_field_markdown(r) for r in mine))


def _show_event(ctx, event_id: str) -> None:
    tables = ctx.tables
    event = tables.events.loc[tables.events["event_id"] == event_id].iloc[0]
    evidence = tables.evidence[tables.evidence["event_id"] == event_id]
    st.subheader(md_escape(text_or(event["title"], "untitled event")))
    if event_id not in set(ctx.view.events["event_id"]):
        st.caption("The sidebar filters hide this event; it is shown because it was asked for by the link.")
    st.markdown(f"**Every field, how sure the loader is of it, and the passages that support it** (the "
                f"supporting words are marked {E.OPEN}like this{E.CLOSE})")
    st.caption("stated: written in the passage · inferred: worked out by a rule from what is written, the "
               "rule in words beside it · guessed: a default or a weak clue · no evidence: a value nothing "
               "supports · not stated: the release gives no value.")
    _show_fields(tables, event_id)
    if evidence.empty:
        st.caption("No evidence rows for this event yet: the values cannot be traced to a passage.")
    with st.expander(f"Evidence table ({len(evidence)} rows)"):
        st.dataframe(E.evidence_rows(evidence), hide_index=True, width="stretch", row_height=72, column_config={
            "label": "Field", "value": "Value", "confidence": "Confidence",
            "reasoning": st.column_config.TextColumn("Reasoning", width="medium"), "source_file": "Document",
            "start": "From", "end": "To", "snippet": st.column_config.TextColumn("Sentence", width="large")})
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
                    format_func=lambda k, m=mine: (f"{E.FIELD_LABELS.get(m.iloc[k]['field'], m.iloc[k]['field'])}: "
                                                   f"{m.iloc[k]['value']}"),
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
            st.code(E.mark_spans(text, spans), language=None, wrap_lines=True, height=600)


ctx = state.context()
if layout.header("Events", ctx):
    query = st.text_input("Search", key="q", placeholder="Words in the title, summary, place, organisers, "
                           "funders, programmes, themes or file name", bind="query-params")
    shown = chronological(ctx.tables, search_events(ctx.view.events, query, ctx.tables))
    st.caption(f"{len(shown)} of {len(ctx.view.events)} events" + (" match the search" if query else "")
               + ", earliest first (an event known only to its month sorts at the start of that month). "
                 "Click a row to see every field with its evidence.")
    ids = list(shown["event_id"].astype(str))
    st.dataframe(
        table_rows(ctx.tables, shown), hide_index=True, width="stretch", key=TABLE_KEY,
        column_config={"event_id": None, "city": None, "country": None, **COLUMNS},
        column_order=["when", "title", "event_type", "place", "organizers", "funders", "participants"],
        on_select=partial(_pick_row, ids),
        selection_mode="single-row", row_height=ROW_HEIGHT,
        height=min(38 + 8 * ROW_HEIGHT, 38 + ROW_HEIGHT * max(len(shown), 1)),
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
