"""The upload page, driven through Streamlit's AppTest (st.file_uploader is supported since 1.5x).

Each test points CT_EVENTS_RAW_DIR at a fresh copy of raw/ and the extraction cache at a temporary
folder, so nothing in the project changes.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as _app_test_module

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_uploads import PNG, make_docx, make_pdf, make_scanned_pdf, release_text  # noqa: E402

from data_loader.load import uploads  # noqa: E402

UPLOAD_PAGE = ROOT / "pages" / "upload.py"
TIMEOUT = 120


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    docs = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", docs)
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(docs))
    monkeypatch.setenv("CT_EVENTS_CACHE_DIR", str(tmp_path / "cache"))
    return docs


@pytest.fixture
def media(monkeypatch) -> list:
    """Captures AppTest's media file managers, to read what a download button would send."""
    managers: list = []
    real = _app_test_module.MediaFileManager

    def capture(*a, **k):
        mgr = real(*a, **k)
        managers.append(mgr)
        return mgr

    monkeypatch.setattr(_app_test_module, "MediaFileManager", capture)
    return managers


def download_bytes(at: AppTest, managers: list, label_part: str) -> bytes:
    """The bytes a download button sends: stored data, or deferred data (a callable) generated now."""
    button = next(b for b in at.download_button if label_part in b.label)
    deferred = button.proto.deferred_file_id
    file_name = button.proto.url.rsplit("/", 1)[-1]
    for mgr in reversed(managers):
        try:
            if deferred:
                data = mgr._deferred_callables[deferred]["callable"]()
                return data.encode() if isinstance(data, str) else bytes(data)
            return bytes(mgr._storage.get_file(file_name).content)
        except Exception:  # noqa: BLE001 - look in the other runs' manager
            continue
    raise AssertionError(f"download {button.label!r} has no data")


def page() -> AppTest:
    at = AppTest.from_file(str(UPLOAD_PAGE), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def upload(at: AppTest, name: str, data: bytes, mime: str = "application/octet-stream") -> AppTest:
    at.file_uploader[0].set_value((name, data, mime))
    at.run()
    assert not at.exception, at.exception
    return at


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements).replace("\\", "")


def new_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} - {p.name for p in (ROOT / "raw").iterdir()}


def test_page_runs_and_shows_the_documents_folder(folder: Path) -> None:
    at = page()
    assert str(folder) in texts(at.markdown)
    assert "CT_EVENTS_RAW_DIR" in texts(at.markdown)
    up = at.file_uploader[0]
    assert set(up.allowed_type) >= {".txt", ".md", ".html", ".pdf", ".docx"}
    assert up.accept_multiple_files


def test_uploaded_text_is_saved_and_its_event_shown(folder: Path, media) -> None:
    at = page()
    body = release_text("apptest", city="Bishkek").encode()
    upload(at, "../../Bishkek release.txt", body, "text/plain")
    assert new_files(folder) == {"Bishkek_release.txt"}
    assert (folder / "Bishkek_release.txt").read_bytes() == body
    assert "Saved as Bishkek_release.txt" in texts(at.success)
    assert not at.error
    table = at.dataframe[0].value
    assert len(table) >= 1
    assert table["open"].str.startswith("events?event=ev-").all()
    assert any("train border officials" in str(t) for t in table["title"])
    csv = download_bytes(at, media, "Download the events").decode()
    assert "train border officials" in csv
    # a rerun does not save the same upload again
    at.run()
    assert new_files(folder) == {"Bishkek_release.txt"}


def test_duplicate_is_refused_naming_the_existing_file(folder: Path) -> None:
    at = page()
    seed = sorted((ROOT / "raw").glob("*.txt"))[0]
    upload(at, "again.txt", seed.read_bytes(), "text/plain")
    assert "already in the documents folder as " + seed.name in texts(at.error)
    assert new_files(folder) == set()


def test_duplicate_of_a_file_added_in_the_same_session(folder: Path) -> None:
    at = page()
    body = release_text("twice").encode()
    upload(at, "first.txt", body, "text/plain")
    upload(at, "second.txt", body, "text/plain")
    assert "already in the documents folder as first.txt" in texts(at.error)
    assert new_files(folder) == {"first.txt"}


def test_mislabelled_file_is_refused(folder: Path) -> None:
    at = page()
    upload(at, "scan.pdf", PNG, "application/pdf")
    assert "its content is a PNG image, not a PDF" in texts(at.error)
    assert new_files(folder) == set()


def test_oversized_file_is_refused(folder: Path) -> None:
    at = page()
    upload(at, "huge.pdf", b"%PDF-1.7\n" + b"0" * uploads.MAX_UPLOAD_BYTES, "application/pdf")
    assert "the limit is 10 MB" in texts(at.error)
    assert new_files(folder) == set()


def test_hostile_name_is_sanitised(folder: Path) -> None:
    at = page()
    upload(at, "..\\..\\C:\\evil\u202e\x07.txt", release_text("hostile").encode(), "text/plain")
    assert new_files(folder) == {"evil.txt"}
    assert not (folder.parent / "evil.txt").exists()


@pytest.mark.parametrize(
    ("name", "maker"),
    [("word.docx", make_docx), ("paper.pdf", make_pdf)],
)
def test_pdf_and_docx_are_saved(folder: Path, name: str, maker) -> None:
    at = page()
    upload(at, name, maker(release_text(name, city="Ashgabat")))
    assert new_files(folder) == {name}
    assert f"Saved as {name}" in texts(at.success)
    # its events, or why there are none (the reader may not read this format yet)
    assert at.dataframe or "No event from this file" in texts(at.warning)


def test_scanned_pdf_is_saved_and_its_status_shown(folder: Path) -> None:
    at = page()
    upload(at, "scan.pdf", make_scanned_pdf(), "application/pdf")
    assert new_files(folder) == {"scan.pdf"}
    warning = texts(at.warning)
    assert "No event from this file" in warning and "Status:" in warning
    assert not at.dataframe


def test_clear_the_list(folder: Path) -> None:
    at = page()
    upload(at, "one.txt", release_text("clear").encode(), "text/plain")
    assert at.success
    next(b for b in at.button if b.label == "Clear this list").click()
    at.run()
    assert not at.success and not at.error
    assert new_files(folder) == {"one.txt"}  # clearing the list never deletes documents
