"""What textscan reads from a pattern's syntax, kept in the cache folder between processes (syntax_memo.py): a
reading taken from the file is the reading itself, and a missing or damaged file only means reading again."""

from __future__ import annotations

import json
import re

import pytest

from data_loader import syntax_memo, textscan
from data_loader.extract import dates, event_base, participants, roles

#: patterns of every kind the readings meet: words to need, alternatives, look-aheads, case folding, classes
PATTERNS = [
    re.compile(r"\b(?:funded|financed|sponsored)\s+by\b"),
    re.compile(r"(?<![\w-])(?:the\s+)?Office\s+of\s+[A-Z]\w+"),
    re.compile(r"held\s+(?:a\s+)?(?=\w+\s+(?:workshop|seminar))"),
    re.compile(r"(?i:workshop|seminar)s?"),
    re.compile(r"\d{1,2}\s+(?:May|June)"),
    *[rx for _, rx in dates.PATTERNS],
    event_base._FUTURE.lc,
    participants._PATTERN,  # (case-insensitive: no words, no first characters)
    participants._PATTERN_LOW,
    *[c.lc for c in roles._CUE_SET.cues],
]
READINGS = {
    "required_words": textscan.required_words,
    "required_word_sets": textscan.required_word_sets,
    "first_chars": textscan.first_chars,
    "scans_by_itself": textscan._scans_by_itself,
}


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CT_EVENTS_CACHE_DIR", str(tmp_path))
    syntax_memo.forget()
    yield tmp_path
    syntax_memo.forget()


def _fresh(name: str, pattern: re.Pattern[str]):
    return READINGS[name].__wrapped__(pattern)


@pytest.mark.parametrize("name", READINGS)
def test_a_reading_kept_in_the_file_is_the_reading_itself(cache_folder, name):
    first = [READINGS[name](p) for p in PATTERNS]
    syntax_memo.save()
    assert list(cache_folder.glob("pattern-syntax-*.json")), "the readings were not written"
    syntax_memo.forget()
    again = [READINGS[name](p) for p in PATTERNS]  # read back from the file
    assert again == first == [_fresh(name, p) for p in PATTERNS]


def test_the_file_holds_the_readings_of_this_code_and_python(cache_folder):
    textscan.required_words(PATTERNS[0])
    syntax_memo.save()
    (path,) = cache_folder.glob("pattern-syntax-*.json")
    held = json.loads(path.read_text(encoding="utf-8"))
    assert held[f"required_words|{PATTERNS[0].flags}|{PATTERNS[0].pattern}"] == ["financed", "funded", "sponsored"]
    assert path == syntax_memo._path()  # (its name carries the Python version and a hash of textscan.py)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_a_damaged_file_means_reading_again(cache_folder, content):
    syntax_memo._path().write_text(content, encoding="utf-8")
    syntax_memo.forget()
    assert [textscan.required_words(p) for p in PATTERNS] == [_fresh("required_words", p) for p in PATTERNS]
    syntax_memo.save()
    assert isinstance(json.loads(syntax_memo._path().read_text(encoding="utf-8")), dict)


def test_an_unwritable_cache_folder_costs_nothing_but_the_keeping(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CT_EVENTS_CACHE_DIR", str(blocker / "cache"))  # a folder under a file cannot be made
    syntax_memo.forget()
    try:
        assert textscan.first_chars(PATTERNS[1]) == _fresh("first_chars", PATTERNS[1])
        syntax_memo.save()  # no error
    finally:
        syntax_memo.forget()
