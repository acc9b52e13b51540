"""The reader on the shared seed and development releases (skipped when ../shared is absent).

Checks what a user needs from each real-world-style file: clean punctuation, no
spam or page furniture, the date stamp on its own line, and no words lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from data_loader.reading import read_path

pytestmark = pytest.mark.shared
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FOLDERS = [SHARED / "seeds", SHARED / "devset" / "docs"]
MOJIBAKE = re.compile(r"¡[¯°±]|¨C|â€|Ã[\x80-\xbf©¨]|Â[\xa0-\xbf]|\ufffd")
CJK = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]")
#: page furniture lines seen in the shared files (the only text the reader may drop).
FURNITURE_LINE = re.compile(r"^\s*(?:Rate this item \(\d+ votes\)|Read \d+ times|Tags: .*)\s*$", re.MULTILINE)


def _files() -> list[Path]:
    return sorted(p for folder in FOLDERS if folder.is_dir() for p in folder.iterdir() if p.is_file())


def _doc(name: str):
    matches = [p for p in _files() if p.name.startswith(name)]
    if not matches:
        pytest.skip(f"{name} not in {SHARED}")
    return read_path(matches[0])


@pytest.fixture(scope="module", autouse=True)
def _need_shared():
    if not SHARED.is_dir() or not _files():
        pytest.skip(f"shared material not found at {SHARED}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}


def test_every_shared_file_reads_clean_and_loses_no_words():
    for path in _files():
        doc = read_path(path)
        assert doc.status == "ok", (path.name, doc.message)
        assert not MOJIBAKE.search(doc.text), path.name
        assert not CJK.search(doc.text), path.name
        assert "\r" not in doc.text and "\n\n\n" not in doc.text
        if doc.format == "txt":
            source = path.read_bytes().decode("utf-8", "replace")
            source = re.sub(r"[¡¨£©][\x40-\xfe]", " ", source)  # GBK mojibake pairs are not words
            source = FURNITURE_LINE.sub("", source)
            assert _words(source) <= _words(doc.text), (path.name, _words(source) - _words(doc.text))


def test_gbk_punctuation_in_seed_and_devset():
    assert "Strengthening Kyrgyzstan’s Resilience" in _doc("001_").text
    assert "2023–2027 National Counter-Terrorism Programme" in _doc("001_").text
    assert "“soft targets”" in _doc("001_").text
    assert "exploit “new technologies” – from social media" in _doc("dev01").text


def test_windows_1252_release():
    doc = _doc("dev04")
    assert doc.encoding == "windows-1252" and doc.encoding_repaired
    assert "Counter-Terrorism’s Counter-Terrorism Centre" in doc.text
    assert "on 5–6 June 2023 in Ashgabat" in doc.text


def test_spam_tag_removed_keeping_the_sentence():
    doc = _doc("dev05")
    assert doc.text.splitlines()[0].startswith("UNCCT and UNODC train Kazakh practitioners")
    assert "(UNCCT/UNOCT) and the United Nations Office on Drugs and Crime (UNODC) under" in doc.text


def test_site_furniture_removed_and_date_stamp_first():
    doc = _doc("dev06b")
    lines = doc.text.splitlines()
    assert lines[0] == "date 2023-12-21"
    assert lines[1].startswith("Early warning network weighs online propaganda")
    assert doc.text.endswith("inform prevention policy.")
    for junk in ("Rate this item", "Read 412 times", "Tags:"):
        assert junk not in doc.text


def test_glued_date_stamp_goes_on_its_own_line():
    lines = _doc("004_").text.splitlines()
    assert lines[0] == "date 2024-09-13"
    assert lines[1].startswith("On 10-12 September 2024, UNRCCA")


def test_html_release_main_text():
    doc = _doc("dev03")
    paragraphs = doc.text.split("\n\n")
    title = "Regional training course on countering the financing of terrorism concludes in Samarkand"
    assert paragraphs[0] == title
    assert any(p.startswith("On 27 August 2019, a three-day regional training course") for p in paragraphs)
    # (the page's copyright line and its masthead's site name may close the text: whose page it is)
    story = [p for p in paragraphs if not p.startswith(("©", "Site name:"))]
    assert story[-1].startswith("The course was held under the third phase")
    for junk in ("gtag", "dataLayer", "Home", "Contact", "newsletter", "Sign up", "All rights reserved"):
        assert junk not in doc.text, junk


def test_bylines_and_accented_names_untouched():
    doc = _doc("003_")
    assert "By April 20, 2021 April 20, 2021 UNOCT Features News POM" in doc.text
    assert "Ms. Michèle Coninsx" in doc.text
    assert not doc.encoding_repaired
