"""Page furniture shared by every page: title, filter summary, problem files, empty state."""

from __future__ import annotations

import streamlit as st

from ui.state import Context
from ui.text import md_escape

MAX_NAMED_PROBLEMS = 5


def problems_message(ctx: Context) -> str | None:
    """Markdown (escaped) naming the files that gave nothing, or ``None``."""
    bad = ctx.problems
    if bad.empty:
        return None
    items = [
        f"{md_escape(r.source_file)} ({md_escape(r.status)})"
        for r in bad.head(MAX_NAMED_PROBLEMS).itertuples()
    ]
    more = len(bad) - len(items)
    listed = ", ".join(items) + (f" and {more} more" if more > 0 else "")
    noun = "file was" if len(bad) == 1 else "files were"
    return f"{len(bad)} {noun} not used: {listed}. The Data page lists every file with its reason."


def header(title: str, ctx: Context, intro: str | None = None) -> bool:
    """Title, summary of the filter, warnings. Returns False (after saying so) when no event is left."""
    st.title(title)
    if intro:
        st.caption(intro)
    st.markdown(f"**{md_escape(ctx.summary)}**")
    warning = problems_message(ctx)
    if warning:
        st.warning(warning, icon=":material/warning:")
    if ctx.view.events.empty:
        if ctx.tables.events.empty:
            st.info(
                "No events yet: the documents folder has no document with an event. "
                "Add press releases to it (see the README) and reload the page."
            )
        else:
            st.info("No event matches these filters. Widen the year range or remove a filter in the sidebar.")
        return False
    return True
