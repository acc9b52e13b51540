"""The real drag-and-drop uploader in headless Chromium against ``streamlit run dashboard.py``.

Starts its own server on a free port with CT_EVENTS_RAW_DIR pointing at a temporary copy of raw/.
Screenshots of the Upload and Review pages go to $CT_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_support import ROOT, chromium, require_chromium, running_dashboard  # noqa: E402
from test_uploads import PNG, release_text  # noqa: E402

pytestmark = pytest.mark.browser
WAIT_MS = 90_000


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()
    tmp = tmp_path_factory.mktemp("browser")
    docs = tmp / "raw"
    shutil.copytree(ROOT / "raw", docs)
    with running_dashboard(docs, tmp) as url:
        yield url, docs


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def _shot(page, name: str) -> None:
    out = os.environ.get("CT_SCREENSHOT_DIR")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(out) / name), full_page=True)


def _upload(page, path: Path) -> None:
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))


def test_drag_and_drop_upload_then_review(server, browser, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    url, docs = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/upload")
    expect(page.get_by_text("Documents folder:")).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_text(str(docs))).to_be_visible()

    good = tmp_path / "Termez release.txt"
    good.write_text(release_text("browser", city="Termez"))
    _upload(page, good)
    expect(page.get_by_text("Saved as Termez_release.txt")).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_text("found", exact=False).first).to_be_visible(timeout=WAIT_MS)
    assert (docs / "Termez_release.txt").read_text() == good.read_text()

    fake = tmp_path / "photo.pdf"
    fake.write_bytes(PNG)
    _upload(page, fake)
    expect(page.get_by_text("its content is a PNG image, not a PDF")).to_be_visible(timeout=WAIT_MS)
    assert not (docs / "photo.pdf").exists()

    again = tmp_path / "again.txt"
    again.write_text(release_text("browser", city="Termez"))
    _upload(page, again)
    expect(page.get_by_text("already in the documents folder as Termez_release.txt")).to_be_visible(
        timeout=WAIT_MS)
    page.wait_for_timeout(1500)  # let the tables finish drawing before the picture
    _shot(page, "upload.png")

    page.goto(f"{url}/review")
    expect(page.get_by_role("tab", name="Documents")).to_be_visible(timeout=WAIT_MS)
    page.wait_for_timeout(1500)
    _shot(page, "review.png")
    for tab in ("Missing fields", "Weak evidence"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(1000)
        _shot(page, f"review_{tab.split()[0].lower()}.png")
    page.close()
