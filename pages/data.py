"""Data: downloads of the filtered tables, the documents report, the data dictionary."""

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
    "evidence": "the passage behind each extracted fact",
}

ctx = state.context()
has_events = layout.header("Data and downloads", ctx)

st.subheader("Downloads")
if has_events or not ctx.tables.documents.empty:
    st.caption(
        "CSV files of the filtered view, in the codebook's columns; cells that a spreadsheet would run as a "
        "formula are prefixed with an apostrophe. File names carry the date and the filter."
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

st.subheader("Documents")
report = documents_report(ctx.tables)
counts = report["status"].value_counts()
st.caption("Every file in the documents folder, whatever the filters: "
           + " · ".join(f"{md_escape(s)}: {n}" for s, n in counts.items()) + f" — {len(report)} files in "
           f"{md_escape(ctx.folder)}")
st.dataframe(report, hide_index=True, width="stretch",
             column_config={"source_file": "File", "status": "Status", "message": st.column_config.TextColumn(
                 "Message", width="large"), "n_events": "Events", "format": "Format", "size_bytes": "Bytes"})
with st.expander("What the statuses mean"):
    for status, meaning in STATUS_HELP.items():
        st.markdown(f"- **{status}**: {md_escape(meaning)}")

st.subheader("Data dictionary")
try:
    st.markdown(DICTIONARY.read_text(encoding="utf-8"))
except OSError:
    st.caption("docs/DATA_DICTIONARY.md is missing.")
