"""Data: downloads of the filtered tables, the documents report, the data dictionary (one tab each)."""

from functools import partial
from pathlib import Path

import streamlit as st

from data_loader.review.curator import STATUS_HELP, documents_report
from ui import downloads, layout, state
from ui.text import md_escape

DICTIONARY = Path(__file__).resolve().parent.parent / "docs" / "DATA_DICTIONARY.md"
TABLE_HELP = {
    "events": "one row per event",
    "event_sources": "the documents that report each event",
    "event_countries": "host and participating countries",
    "event_organizations": "organisers, funders, partners, participants",
    "event_programmes": "programmes and initiatives",
    "event_themes": "themes",
    "documents": "every file read, with its status",
    "evidence": "the passage behind each extracted fact, with how sure the loader is of it",
}
TABS = ["Downloads", "Documents", "Data dictionary"]
TAB_KEY = "section"  # query parameter: data?section=Documents opens that tab
#: rows tall enough for three lines, so a file's status message is read whole
ROW_HEIGHT = 72


def _downloads(ctx, has_events: bool) -> None:
    if not (has_events or not ctx.tables.documents.empty):
        st.caption("Nothing to download yet.")
        return
    st.caption(
        "CSV files of the filtered view, in the codebook's columns; cells that a spreadsheet would run as a "
        "formula are prefixed with an apostrophe; a value the release does not give is an empty cell (never "
        "0). File names carry the date and the filter. The evidence table says for every value how sure the "
        "loader is (stated, inferred, guessed) and, unless stated, how it was worked out."
    )
    view = ctx.view
    st.download_button(
        "All tables (zip)", partial(downloads.zip_bytes, view), file_name=downloads.zip_name(ctx.state),
        mime="application/zip", icon=":material/folder_zip:", type="primary", on_click="ignore",
        key="dl_zip",
    )
    cols = st.columns(4)
    for i, table in enumerate(downloads.EXPORTED):
        n = len(getattr(view, table))
        cols[i % 4].download_button(
            f"{table} ({n} rows)", partial(downloads.csv_bytes, view, table),
            file_name=downloads.csv_name(ctx.state, table), mime="text/csv", on_click="ignore",
            help=TABLE_HELP.get(table), key=f"dl_{table}", width="stretch",
        )


def _documents(ctx) -> None:
    report = documents_report(ctx.tables)
    counts = report["status"].value_counts()
    st.caption("Every file in the documents folder, whatever the filters: "
               + " · ".join(f"{md_escape(s)}: {n}" for s, n in counts.items()) + f" — {len(report)} files in "
               f"{md_escape(ctx.folder)}")
    st.dataframe(report, hide_index=True, width="stretch", row_height=ROW_HEIGHT, placeholder="",
                 height=38 + ROW_HEIGHT * max(1, min(len(report), 10)),
                 column_config={"source_file": st.column_config.TextColumn("File", width="medium"),
                                "status": st.column_config.TextColumn("Status", width=90),
                                "message": st.column_config.TextColumn("Message", width="large"),
                                "n_events": st.column_config.NumberColumn("Events", width=70),
                                "format": st.column_config.TextColumn("Format", width=70),
                                "size_bytes": st.column_config.NumberColumn("Bytes", width=80)})
    with st.expander("What the statuses mean"):
        for status, meaning in STATUS_HELP.items():
            st.markdown(f"- **{status}**: {md_escape(meaning)}")


def _dictionary() -> None:
    try:
        st.markdown(DICTIONARY.read_text(encoding="utf-8"))
    except OSError:
        st.caption("docs/DATA_DICTIONARY.md is missing.")


ctx = state.context()
has_events = layout.header("Data and downloads", ctx)
downloads_tab, documents_tab, dictionary_tab = st.tabs(TABS, key=TAB_KEY, on_change="rerun", bind="query-params")
if downloads_tab.open:  # lazy: only the open tab is drawn
    with downloads_tab:
        _downloads(ctx, has_events)
if documents_tab.open:
    with documents_tab:
        _documents(ctx)
if dictionary_tab.open:
    with dictionary_tab:
        _dictionary()
