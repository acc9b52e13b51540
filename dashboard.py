"""Entrypoint: ``streamlit run dashboard.py``.

Draws the navigation and the shared sidebar filters (``ui.state.setup``), then runs
the chosen page. Pages live in ``pages/`` and read the filtered tables from
``ui.state.context()``.
"""

from pathlib import Path

import streamlit as st

from ui import state

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"

st.set_page_config(
    page_title="UN counter-terrorism capacity building in Central Asia",
    page_icon=":material/travel_explore:",
    layout="wide",
)

PAGES = {
    "Explore": [
        st.Page(PAGES_DIR / "overview.py", title="Overview", icon=":material/timeline:", default=True),
        st.Page(PAGES_DIR / "map.py", title="Map", icon=":material/map:"),
        st.Page(PAGES_DIR / "breakdowns.py", title="Breakdowns", icon=":material/bar_chart:"),
        st.Page(PAGES_DIR / "events.py", title="Events", icon=":material/table_rows:"),
    ],
    "Data": [
        st.Page(PAGES_DIR / "data.py", title="Data and downloads", icon=":material/download:"),
        st.Page(PAGES_DIR / "upload.py", title="Upload", icon=":material/upload_file:"),
        st.Page(PAGES_DIR / "review.py", title="Review", icon=":material/rule:"),
    ],
}

page = st.navigation(PAGES)
state.setup()
page.run()
