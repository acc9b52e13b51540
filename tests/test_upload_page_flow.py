"""The whole app (dashboard.py) in AppTest: a file added on the Upload page shows up, without a restart,
in the filtered Events table, in the Data page's CSV download, and on the Review page."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, Path(__file__).resolve().parent):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from test_upload_page import download_bytes, texts  # noqa: E402
from test_upload_page import media as media  # noqa: E402 - a fixture
from test_uploads import release_text  # noqa: E402

from data_loader import columns as C  # noqa: E402
from ui.state import CTX_KEY  # noqa: E402

TIMEOUT = 180
NEEDED = ["dashboard.py", "pages/upload.py", "pages/events.py", "pages/data.py", "pages/review.py"]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    missing = [n for n in NEEDED if not (ROOT / n).exists()]
    if missing:
        pytest.skip(f"the app is not complete yet: {missing}")
    docs = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", docs)
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(docs))
    monkeypatch.setenv("CT_EVENTS_CACHE_DIR", str(tmp_path / "cache"))
    return docs


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def _goto(at: AppTest, page: str) -> AppTest:
    """Switch page. AppTest runs a switched-to page without dashboard.py, so the context that
    dashboard.py stored in the session on an earlier run would be stale: drop it, and the page
    builds its own (ui.state.context() does that for a page run on its own)."""
    at.switch_page(page)
    if CTX_KEY in at.session_state:
        del at.session_state[CTX_KEY]
    return _run(at)


def _events_table(at: AppTest) -> pd.DataFrame:
    frames = [d.value for d in at.dataframe if "title" in d.value.columns]
    assert frames, "no events table on the page"
    return frames[0]


def test_uploaded_event_appears_in_filtered_views_downloads_and_review(folder: Path, media) -> None:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    _run(at)
    _goto(at, "pages/upload.py")
    name = "flow_release_qx7.txt"
    at.file_uploader[0].set_value((name, release_text("flow-qx7", city="Termez").encode(), "text/plain"))
    _run(at)
    assert f"Saved as {name}" in texts(at.success)
    assert (folder / name).exists()
    new = at.dataframe[0].value
    assert len(new) >= 1
    event_id = str(new["event_id"].iloc[0])
    title = str(new["title"].iloc[0])
    event_type = str(pd.Series(new.get("event_type", ["other"])).iloc[0])

    # Events page, no filter: the new event is listed.
    _goto(at, "pages/events.py")
    assert title in set(_events_table(at)["title"].astype(str))

    # A sidebar filter the event passes keeps it; one it fails hides it.
    at.multiselect(key="type").set_value([event_type])
    _run(at)
    assert title in set(_events_table(at)["title"].astype(str))
    if CTX_KEY in at.session_state:
        del at.session_state[CTX_KEY]
    other = next(t for t in C.EVENT_TYPES if t != event_type)
    at.multiselect(key="type").set_value([other])
    _run(at)
    shown = {str(d.value["title"].iloc[i]) for d in at.dataframe if "title" in d.value.columns
             for i in range(len(d.value))}
    assert title not in shown

    # Data page, filtered to the event's type: the events CSV download holds it.
    at.multiselect(key="type").set_value([event_type])
    _goto(at, "pages/data.py")
    csv = download_bytes(at, media, "events (").decode()
    got = pd.read_csv(io.StringIO(csv))
    assert event_id in set(got["event_id"])

    # Review page: the new document is listed with its status.
    _goto(at, "pages/review.py")
    listed = {str(v) for d in at.dataframe for v in d.value.get("source_file", [])}
    assert name in listed
