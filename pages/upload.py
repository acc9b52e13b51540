"""Add documents: drop press releases into the documents folder and see what they produced.

The checks live in ``data_loader.load.uploads`` (plain Python, unit-tested); this page only draws.
A saved file changes ``data_loader.fingerprint`` of the folder, which is the loader cache's key,
so the rerun after saving loads the new document and every page shows its events.
"""

from __future__ import annotations

import streamlit as st

from data_loader.load import uploads
from data_loader.review.curator import LINK_COLUMN, add_links
from data_loader.settings import RAW_DIR_ENV
from data_loader.tables import export
from ui import loader, state
from ui.filters import filter_tables
from ui.text import md_escape

RESULTS_KEY = "_upload_results"  # file_id -> UploadResult, for this browser session
UPLOADER_KEY = "_upload_widget"  # a counter: a new key gives an empty uploader
EVENT_COLUMNS = {
    "title": "Title", "start_date": "Start", "end_date": "End", "city": "City", "country": "Country",
    "organizers": "Organisers", "event_type": "Type",
}


def handle(folder, files) -> list[uploads.UploadResult]:
    """Save the files not handled yet in this session; return the results of the new ones.

    ``files`` are ``UploadedFile`` objects (anything with ``file_id``, ``name`` and ``getvalue()``).
    A file stays in the uploader after a rerun: remembering its ``file_id`` stops it from being
    saved twice (or refused as its own duplicate).
    """
    done: dict[str, uploads.UploadResult] = st.session_state.setdefault(RESULTS_KEY, {})
    new = []
    for f in files or []:
        if f.file_id in done:
            continue
        result = uploads.save_upload(folder, f.name, f.getvalue())
        done[f.file_id] = result
        new.append(result)
    return new


def _show_result(tables, view, result: uploads.UploadResult) -> None:
    if not result.saved:
        st.error(md_escape(result.reason), icon=":material/block:")
        return
    st.success(md_escape(result.message), icon=":material/check_circle:")
    out = uploads.document_outcome(tables, result.name)
    if out.events.empty:
        why = out.message or "no reason given"
        st.warning(f"No event from this file. Status: **{md_escape(out.status)}** — {md_escape(why)}",
                   icon=":material/info:")
        return
    shown = set(view.events["event_id"])
    hidden = [e for e in out.events["event_id"] if e not in shown]
    noun = "event" if len(out.events) == 1 else "events"
    note = f" ({len(hidden)} hidden by the sidebar filters)" if hidden else ""
    st.markdown(f"{len(out.events)} {noun} found{note}:")
    cols = ["event_id", *[c for c in EVENT_COLUMNS if c in out.events.columns]]
    table = add_links(out.events[cols])
    st.dataframe(
        table, hide_index=True, width="stretch",
        column_config={
            LINK_COLUMN: st.column_config.LinkColumn("Details", display_text="Open", width="small"),
            "event_id": None,
            **{c: st.column_config.Column(label) for c, label in EVENT_COLUMNS.items()},
            "start_date": st.column_config.DateColumn("Start"),
            "end_date": st.column_config.DateColumn("End"),
        },
    )
    if not out.merges.empty:
        for reason in out.merges["reason"]:
            st.caption("Merged with an event already known: " + md_escape(reason))


def main() -> None:
    ctx = state.context()
    st.title("Add documents")
    n_docs = len(ctx.tables.documents)
    st.markdown(
        f"Documents folder: `{str(ctx.folder).replace('`', '')}` ({n_docs} document"
        f"{'' if n_docs == 1 else 's'}). Set it with the `{RAW_DIR_ENV}` environment variable "
        "(or `--raw` on the command line)."
    )
    files = st.file_uploader(
        "Drop press releases here",
        type=uploads.UPLOADER_TYPES,
        accept_multiple_files=True,
        max_upload_size=uploads.MAX_UPLOAD_MB,
        key=f"upload_files_{st.session_state.get(UPLOADER_KEY, 0)}",
        help=f"Text, Markdown, HTML, PDF or Word (.docx), up to {uploads.MAX_UPLOAD_MB} MB each. "
             "The content must match the file type; a file already in the folder is not added twice.",
    )
    new = handle(ctx.folder, files)
    if any(r.saved for r in new):
        loader.invalidate(ctx.folder)
        st.rerun()  # reload: the folder changed, so the loader's cache key did too
    done: dict[str, uploads.UploadResult] = st.session_state.get(RESULTS_KEY, {})
    if not done:
        st.caption("Files you add appear here with the events found in them.")
        return
    # The folder's current tables (cached by its fingerprint): fresh even if the context was built
    # before the last save.
    _, tables = loader.load(ctx.folder)
    view = filter_tables(tables, ctx.state)
    st.subheader("Added in this session")
    for result in reversed(list(done.values())):
        with st.container(border=True):
            _show_result(tables, view, result)
    saved = [r.name for r in done.values() if r.saved]
    if saved:
        src = tables.event_sources
        ids = set(src.loc[src["source_file"].isin(saved), "event_id"])
        events = tables.events[tables.events["event_id"].isin(ids)]
        st.download_button(
            "Download the events of these files (CSV)", export.to_csv_bytes("events", events),
            file_name="added_events.csv", mime="text/csv", disabled=events.empty,
        )
    if st.button("Clear this list"):
        st.session_state.pop(RESULTS_KEY, None)
        st.session_state[UPLOADER_KEY] = st.session_state.get(UPLOADER_KEY, 0) + 1
        st.rerun()


main()
