"""Review: what a curator should check — document problems, gaps, how sure each field is, titles, weak
evidence, unregistered names, merges.

The tables come from ``data_loader.review.curator`` (plain pandas, unit-tested); this page only draws them.
Every value is shown as data in a table or escaped text, never as HTML. The tabs run lazily (only the open
one is worked out) and are bound to the URL (``review?tab=Field+confidence``).
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from data_loader.review import curator as review
from ui import downloads, review_tables, state
from ui.text import md_escape

LINK = st.column_config.LinkColumn("Event", display_text="Open", width="small",
                                   help="The event's details on the Events page")
HIDE = None  # column_config value that hides a column
TABS = ["Documents", "Missing fields", "Field confidence", "Titles", "Weak evidence", "Unregistered names",
        "Merged events"]
TAB_KEY = "tab"  # query parameter: review?tab=Weak+evidence opens that tab
#: rows three lines high: passages, reasons and titles wrap instead of being cut off
ROW_HEIGHT = 72


def _table(df, row_height: int | None = None, **config) -> None:
    if df.empty:
        st.success("Nothing to review here.", icon=":material/check:")
        return
    rows = row_height or 35
    st.dataframe(
        review.add_links(df), hide_index=True, width="stretch", row_height=row_height,
        height=38 + rows * max(1, min(len(df), 8)),  # up to eight rows in view, the rest by scrolling
        column_config={review.LINK_COLUMN: LINK, "event_id": HIDE, **config},
    )


def _legend(rows: list[tuple[str, int, str]]) -> None:
    """What each kind of row means and how many there are, as a list (a table cut its long meanings off)."""
    st.markdown("\n".join(f"- **{kind}** ({n:,}): {md_escape(meaning)}" for kind, n, meaning in rows))


def _download(ctx, df, name: str, label: str) -> None:
    """The table as CSV through the shared download helper (spreadsheet-safe, named after date and filter)."""
    st.download_button(label, partial(downloads.frame_bytes, name, df), file_name=downloads.frame_name(ctx.state, name),
                       mime="text/csv", on_click="ignore", key=f"dl_{name}", icon=":material/download:",
                       disabled=df.empty)


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
    st.dataframe(rep, hide_index=True, width="stretch", row_height=ROW_HEIGHT, column_config={
        "source_file": "File", "status": "Status",
        "message": st.column_config.TextColumn("Why", width="large"),
        "n_events": "Events", "format": "Format", "size_bytes": st.column_config.NumberColumn("Bytes"),
    })


def _missing(ctx, tables) -> None:
    st.caption("Events without a known day, a place (city or country; online events need none) "
               "or an organiser. Open the event to check its source.")
    missing = review_tables.for_view(review_tables.missing_fields, ctx.tables, tables)
    text = st.column_config.TextColumn
    _table(missing, row_height=ROW_HEIGHT, title=text("Title", width=280), missing=text("Missing", width=180),
           no_date=HIDE, no_place=HIDE, no_organiser=HIDE, date_precision=text("Date known to", width=95),
           location_precision=text("Place known to", width=95), sources=text("Documents", width=190))


def _confidence(ctx, tables) -> None:
    st.caption(
        "How sure the loader is of every field of every event, weakest first: *missing* (no value where a "
        "complete record has one: dates, type, format, participant count, organiser, theme, participating "
        "countries, a place unless online), *no evidence* (a value nothing supports), *guessed*, *inferred* "
        "(with the rule in words), *stated*. Funders, programmes and partners are often rightly absent and "
        "are not listed as missing. Stated values are left out by default: add them in the filter.")
    table = review_tables.for_view(review_tables.field_confidence, ctx.tables, tables)
    legend = review.confidence_counts(table)
    st.markdown(" · ".join(f"**{r.confidence}**: {r.rows:,}" for r in legend.itertuples()))
    with st.expander("What the levels mean"):
        st.markdown("\n".join(f"- **{r.confidence}**: {md_escape(r.meaning)}" for r in legend.itertuples()))
    c1, c2 = st.columns([3, 2])
    levels = c1.multiselect("Confidence", review.CONFIDENCE_ORDER,
                            default=[c for c in review.CONFIDENCE_ORDER if c != "stated"],
                            key="review_confidence_levels", placeholder="Every confidence")
    present = set(table["label"].unique())
    fields = c2.multiselect("Field", [f for f in review.FIELD_LABELS.values() if f in present],
                            key="review_confidence_fields", placeholder="Every field")
    chosen = review_tables.confidence_rows(table, levels, fields)
    shown = chosen.head(review_tables.SHOWN_ROWS)
    note = (f"{len(chosen):,} fields" + (f"; the first {len(shown):,} are shown, the download has them all"
                                        if len(shown) < len(chosen) else ""))
    st.caption(note + ". *Passage* is the sentence of the weakest evidence row; the event's page shows every "
               "passage with its words marked.")
    if shown.empty:
        st.success("Nothing to review here.", icon=":material/check:")
    else:
        st.dataframe(
            review.add_links(shown), hide_index=True, width="stretch", row_height=ROW_HEIGHT, height=620,
            column_config={
                review.LINK_COLUMN: st.column_config.LinkColumn("Event", display_text="Open", width=50,
                                                               help="The event's details on the Events page"),
                "event_id": HIDE, "field": HIDE, "passages": HIDE,
                "title": st.column_config.TextColumn("Title", width=130),
                "label": st.column_config.TextColumn("Field", width=100),
                "value": st.column_config.TextColumn("Value", width=100),
                "confidence": st.column_config.TextColumn("Confidence", width=80),
                "reasoning": st.column_config.TextColumn("How it was worked out", width=160),
                "passage": st.column_config.TextColumn("Passage", width=210),
                "source_file": st.column_config.TextColumn("Document", width=105)})
    _download(ctx, chosen, "field-confidence", "Download these fields (CSV)")


def _titles(ctx, tables) -> None:
    st.caption("Titles a reader should not take for the release's headline: made up by the loader, or holding "
               "what a spreadsheet runs as a formula or what looks like web-page markup. Every title is shown "
               "as text and downloaded with formulas neutralised.")
    titles = review_tables.for_view(review_tables.titles_to_check, ctx.tables, tables)
    counts = titles["problem"].value_counts() if not titles.empty else {}
    _legend([(p, int(counts.get(p, 0)), m) for p, m in review.TITLE_PROBLEMS.items()])
    _table(titles, row_height=ROW_HEIGHT, title=st.column_config.TextColumn("Title", width=300),
           problem=st.column_config.TextColumn("Problem", width=110),
           detail=st.column_config.TextColumn("Detail", width=230),
           sources=st.column_config.TextColumn("Documents", width=180))


def _unknown(ctx, tables) -> None:
    st.caption(
        "Names that look like an organisation or a programme but are in no registry. If one is a "
        "spelling of a known name, add it to that entry's aliases; if it is new, add a row. See "
        "data_loader/registry/README.md. An edited registry applies on the next page load."
    )
    un = review_tables.for_view(review_tables.unknown_names, ctx.tables, tables, per_event=False)
    text = st.column_config.TextColumn
    _table(un, row_height=ROW_HEIGHT, kind=text("Kind", width=90), name=text("Name", width=160),
           mentions=st.column_config.NumberColumn("Mentions", width=75),
           events=st.column_config.NumberColumn("Events", width=60),
           documents=st.column_config.NumberColumn("Documents", width=80),
           example_snippet=text("Example", width=260), source_file=text("Example file", width=130))
    if not un.empty:
        _download(ctx, un, "unknown-names", "Download these names (CSV)")


def _merged(ctx, tables) -> None:
    st.caption("Events reported by several documents. They were merged because their dates and place "
               "agree and they share an organiser (or the type and a programme).")
    merged = review_tables.for_view(review_tables.merged_events, ctx.tables, tables)
    text = st.column_config.TextColumn
    _table(merged, row_height=110, title=text("Title", width=200), source_file=text("Document", width=160),
           merged_with=text("Merged into the event of", width=160), reason=text("Reason", width=280),
           n_sources=st.column_config.NumberColumn("Sources", width=70))


def _weak(ctx, tables) -> None:
    st.caption("Facts whose support is weak: a value with no evidence, a passage that cannot be shown, or a "
               "value the loader says is written in its passage but is not. Values the loader works out "
               "itself carry their reasoning and are under *Field confidence*.")
    with st.spinner("Checking every stated value against its passage (once after each change of the "
                    "documents folder)…", show_time=True):
        weak = review_tables.for_view(review_tables.weak_evidence, ctx.tables, tables)
    legend = review.weak_counts(weak)
    _legend([(r.problem, r.rows, r.meaning) for r in legend.itertuples()])
    found = set(weak["problem"].unique())  # unique: one pass in arrow, not a Python walk of every row
    kinds = [p for p in review.WEAK_PROBLEMS if p in found]
    chosen = st.multiselect("Show", kinds, default=kinds, key="review_weak_kinds") if kinds else []
    shown = weak[weak["problem"].isin(chosen)] if kinds else weak
    text = st.column_config.TextColumn
    readable = shown.copy()
    readable.insert(readable.columns.get_loc("field"), "label",
                    readable["field"].map(lambda f: review.FIELD_LABELS.get(f, f)))
    _table(readable, row_height=ROW_HEIGHT, title=text("Title", width=160), field=HIDE,
           label=text("Field", width=105), value=text("Value", width=90), problem=text("Problem", width=95),
           source_file=text("Document", width=120), snippet=text("Quoted sentence", width=270))
    if not shown.empty:
        _download(ctx, shown, "weak-evidence", "Download these rows (CSV)")


def main() -> None:
    ctx = state.context()
    st.title("Review")
    st.caption("For curators: what the loader could not read, could not find, or is not sure of.")
    filtered = st.toggle("Only events matching the sidebar filters", value=False, key="review_filtered",
                         help="Off: every document and event, whatever the filters say.")
    tables = ctx.view if filtered else ctx.tables
    if filtered:
        st.markdown(f"**{md_escape(ctx.summary)}**")
    tabs = st.tabs(TABS, key=TAB_KEY, on_change="rerun", bind="query-params")
    draw = {"Documents": lambda: _documents(tables), "Missing fields": lambda: _missing(ctx, tables),
            "Field confidence": lambda: _confidence(ctx, tables), "Titles": lambda: _titles(ctx, tables),
            "Weak evidence": lambda: _weak(ctx, tables), "Unregistered names": lambda: _unknown(ctx, tables),
            "Merged events": lambda: _merged(ctx, tables)}
    for name, tab in zip(TABS, tabs, strict=True):
        if tab.open:  # lazy: only the open tab is worked out and sent
            with tab:
                draw[name]()


main()
