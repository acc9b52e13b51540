"""Per-run context shared by the entrypoint and the pages.

``dashboard.py`` calls ``setup()`` on every run (load the folder, draw the sidebar,
filter) before running the chosen page; the page calls ``context()`` to get the
result. A page run on its own (``streamlit run pages/x.py`` or an AppTest of one
page file) sets the context up itself, so every page works either way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from data_loader import Tables
from data_loader.settings import RAW_DIR_ENV
from ui import loader, sidebar
from ui.filters import FilterState, filter_tables, summary_line

log = logging.getLogger(__name__)
CTX_KEY = "_ct_events_context"
#: document statuses that mean a file contributed nothing and the user should know why.
PROBLEM_STATUSES = ("unreadable", "empty", "duplicate")


@dataclass
class Context:
    folder: Path
    tables: Tables  # everything loaded
    view: Tables  # restricted to the filtered events
    state: FilterState

    @property
    def summary(self) -> str:
        return summary_line(self.state, len(self.view.events), len(self.tables.events))

    @property
    def problems(self):
        docs = self.tables.documents
        return docs[docs["status"].isin(PROBLEM_STATUSES)]


def setup(store: bool = True) -> Context | None:
    """Load, draw the filters and filter; show a plain message (never a traceback) on failure.

    The entrypoint stores the result for the page it runs next (``store=True``).
    """
    ctx = None
    try:
        folder, tables = loader.load()
    except FileNotFoundError as exc:
        st.error(
            f"The documents folder was not found: `{exc}`. Put press releases in `raw/` "
            f"or point the `{RAW_DIR_ENV}` environment variable at a folder."
        )
    except Exception:  # noqa: BLE001 - the page must say what happened, not crash
        log.exception("loading the documents failed")
        st.error("The documents could not be loaded. The server log has the details.")
    else:
        state = sidebar.render(tables)
        ctx = Context(folder=folder, tables=tables, view=filter_tables(tables, state), state=state)
    if store:
        st.session_state[CTX_KEY] = ctx
    return ctx


def _leave_pages_directory_mode() -> None:
    """Run the entrypoint's navigation when Streamlit ran a page file without it.

    A folder named ``pages/`` beside the entrypoint makes Streamlit start in its old
    multipage mode until the entrypoint first calls ``st.navigation``: a first visit to
    ``/map`` would run ``pages/map.py`` alone, with the file names as navigation. Leaving
    that mode and rerunning runs ``dashboard.py``, which shows the same page properly.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a Streamlit without this internal: the page still works on its own
        return
    if getattr(PagesManager, "uses_pages_directory", None):
        PagesManager.uses_pages_directory = False
        st.rerun()


def context() -> Context:
    """The run's context; stops the page (after the message ``setup`` showed) when there is none."""
    _leave_pages_directory_mode()
    ctx = st.session_state[CTX_KEY] if CTX_KEY in st.session_state else setup(store=False)
    if ctx is None:
        st.stop()
    return ctx
