"""Review: what a curator should check — document problems, gaps, unregistered names, merges, weak evidence.

The tables come from ``data_loader.review.curator`` (plain pandas, unit-tested); this page only draws them.
Every value is shown as data in a table or escaped text, never as HTML.
"""

from __future__ import annotations

import streamlit as st

from data_loader.review import curator as review
from data_loader.tables import export
from ui import review_tables, state
from ui.text import md_escape

LINK = st.column_config.LinkColumn("Event", display_text="Open", width="small",
                                   help="The event's details on the Events page")
HIDE = None  # column_config value that hides a column


def _table(df, **config) -> None:
    if df.empty:
        st.success("Nothing to review here.", icon=":material/check:")
        return
    st.dataframe(
        review.add_links(df), hide_index=True, width="stretch",
        column_config={review.LINK_COLUMN: LINK, "event_id": HIDE, **config},
    )


def _documents(tables) -> None:
    counts = review.status_counts(tables)
    st.dataframe(counts, hide_index=True, width="stretch",
                 column_config={"status": "Status", "documents": "Files", "meaning": "Meaning"})
    rep = review.documents_report(tables)
    only_problems = st.toggle("Only files with a problem", value=bool((rep["status"] != "ok").any()),
                              key="review_docs_problems")
    if only_problems:
        rep = rep[rep["status"] != "ok"]
    if rep.empty:
        st.success("Every document was read and reported at least one event.", icon=":material/check:")
        return
    st.dataframe(rep, hide_index=True, width="stretch", column_config={
        "source_file": "File", "status": "Status",
        "message": st.column_config.TextColumn("Why", width="large"),
        "n_events": "Events", "format": "Format", "size_bytes": st.column_config.NumberColumn("Bytes"),
    })


def _missing(ctx, tables) -> None:
    st.caption("Events without a known day, a place (city or country; online events need none) "
               "or an organiser. Open the event to check its source.")
    missing = review_tables.for_view(review_tables.missing_fields, ctx.tables, tables)
    _table(missing, title=st.column_config.TextColumn("Title", width="large"),
           missing="Missing", no_date=HIDE, no_place=HIDE, no_organiser=HIDE,
           date_precision="Date known to", location_precision="Place known to", sources="Documents")


def _unknown(ctx, tables) -> None:
    st.caption(
        "Names that look like an organisation or a programme but are in no registry. If one is a "
        "spelling of a known name, add it to that entry's aliases; if it is new, add a row. See "
        "data_loader/registry/README.md. An edited registry applies on the next page load."
    )
    un = review_tables.for_view(review_tables.unknown_names, ctx.tables, tables, per_event=False)
    _table(un, kind="Kind", name="Name", mentions="Mentions", events="Events", documents="Documents",
           example_snippet=st.column_config.TextColumn("Example", width="large"), source_file="Example file")
    if not un.empty:
        st.download_button("Download these names (CSV)", export.to_csv_bytes("unknown_names", un),
                           file_name="unknown_names.csv", mime="text/csv")


def _merged(ctx, tables) -> None:
    st.caption("Events reported by several documents. They were merged because their dates and place "
               "agree and they share an organiser (or the type and a programme).")
    merged = review_tables.for_view(review_tables.merged_events, ctx.tables, tables)
    _table(merged, title=st.column_config.TextColumn("Title", width="medium"),
           source_file="Document", merged_with="Merged into the event of",
           reason=st.column_config.TextColumn("Reason", width="large"), n_sources="Sources")


def _weak(ctx, tables) -> None:
    weak = review_tables.for_view(review_tables.weak_evidence, ctx.tables, tables)
    legend = review.weak_counts(weak)
    st.dataframe(legend, hide_index=True, width="stretch", column_config={
        "problem": "Problem", "rows": "Rows",
        "meaning": st.column_config.TextColumn("Meaning", width="large"),
    })
    found = set(weak["problem"].unique())  # unique: one pass in arrow, not a Python walk of every row
    kinds = [p for p in review.WEAK_PROBLEMS if p in found]
    chosen = st.multiselect("Show", kinds, default=kinds, key="review_weak_kinds") if kinds else []
    _table(weak[weak["problem"].isin(chosen)] if kinds else weak,
           title=st.column_config.TextColumn("Title", width="medium"), field="Field", value="Value",
           problem="Problem", source_file="Document",
           snippet=st.column_config.TextColumn("Quoted sentence", width="large"))


def main() -> None:
    ctx = state.context()
    st.title("Review")
    st.caption("For curators: what the loader could not read, could not find, or is not sure of.")
    filtered = st.toggle("Only events matching the sidebar filters", value=False, key="review_filtered",
                         help="Off: every document and event, whatever the filters say.")
    tables = ctx.view if filtered else ctx.tables
    if filtered:
        st.markdown(f"**{md_escape(ctx.summary)}**")
    with st.spinner("Checking every value against the passage it was read from (once after each change of "
                    "the documents folder)…", show_time=True):
        review_tables.weak_evidence(ctx.tables)  # half a second at 10,000 events the first time, then kept
    docs, missing, unknown, merged, weak = st.tabs(
        ["Documents", "Missing fields", "Unregistered names", "Merged events", "Weak evidence"]
    )
    with docs:
        _documents(tables)
    with missing:
        _missing(ctx, tables)
    with unknown:
        _unknown(ctx, tables)
    with merged:
        _merged(ctx, tables)
    with weak:
        _weak(ctx, tables)


main()
