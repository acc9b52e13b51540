"""Property tests: the reader never raises and never loses plain words, whatever it is given."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from data_loader.reading import read_bytes
from data_loader.reading.document import EMPTY, OK, UNREADABLE

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", ".pdf", ".docx", "", ".png", ".TXT", ".weird"])
NAMES = st.one_of(
    st.text(max_size=40), st.builds(lambda stem, suf: stem + suf, st.text(max_size=20), SUFFIXES)
)
PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"<html><body>",
                            b"\x89PNG\r\n\x1a\n", b"{\\rtf1", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
CODECS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
                          "latin-1", "gbk", "cp1251", "shift_jis", "mac_roman"])
INVISIBLE = "\u00a0\u200b\u200d\ufeff\r"
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(doc, data: bytes) -> None:
    assert doc.status in (OK, EMPTY, UNREADABLE)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.size_bytes == len(data)
    assert isinstance(doc.text, str) and isinstance(doc.message, str)
    if doc.status == OK:
        assert doc.text.strip() and doc.text == doc.text.strip("\n")
        assert not any(c in doc.text for c in INVISIBLE)
        assert "\n\n\n" not in doc.text
    else:
        assert doc.text == "" and doc.message


@FAST
@given(data=st.binary(max_size=3000), prefix=PREFIXES, name=NAMES)
def test_read_bytes_never_raises_on_arbitrary_bytes(data, prefix, name):
    raw = prefix + data
    _check(read_bytes(raw, name), raw)


@FAST
@given(text=st.text(max_size=2000), codec=CODECS, name=NAMES)
def test_read_bytes_never_raises_on_text_in_any_codec(text, codec, name):
    raw = text.encode(codec, errors="replace")
    _check(read_bytes(raw, name), raw)


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=12)


@FAST
@given(words=st.lists(WORD, min_size=4, max_size=60),
       codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"]))
def test_plain_words_survive_in_every_encoding(words, codec):
    sentence = "Report " + " ".join(words) + "."
    doc = read_bytes(sentence.encode(codec), "release.txt")
    assert doc.status == OK
    assert doc.text == sentence


def _layout_by_lines(text: str) -> str:
    """The layout rule stated the slow, obvious way: per character, then per line."""
    import re

    from data_loader.reading.whitespace import HYPHENS, SPACES
    from data_loader.reading.whitespace import INVISIBLE as GONE

    text = re.sub(r"\r\n|\r|\u2028|\u2029|\x85", "\n", text)
    kept = []
    for ch in text:
        code = ord(ch)
        if ch in GONE or (code < 0x20 and ch not in "\t\n\v\f\r") or 0x7F <= code <= 0x9F:
            continue
        kept.append(" " if ch in SPACES else "-" if ch in HYPHENS else ch)
    lines = [re.sub(" {2,}", " ", line).strip() for line in "".join(kept).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return re.sub(r"(?:,|;|(?<=[^\n]{120})[a-z])\n\n(?=[a-z]+ )(?!date \d)",
                  lambda m: m.group()[:-2] + " ", text).strip("\n")


LAYOUT_CHARS = st.sampled_from(list("ab ,;.\n\r\t\f\v\x0b\x1c\x1f\x7f\x85\x9f\u00a0\u00ad\u2028\u2029\u200b"
                                    "\u3000\u202f\ufeff\u2010\u2011z"))


@FAST
@given(text=st.text(alphabet=LAYOUT_CHARS, max_size=300))
@example(text="w " * 60 + "a\n\nb c")  # a long paragraph ending in a lowercase word: joined
@example(text="w " * 59 + "a\n\nb c")  # one character short of the 120: kept apart
@example(text="w" * 130 + "\n" + "a\n\nb c")
@example(text="OSCE Project Co\u2011ordinator")  # a non-breaking hyphen: a plain one
def test_whitespace_layout_matches_the_line_by_line_rule(text):
    from data_loader.reading.whitespace import normalize_whitespace

    assert normalize_whitespace(text) == _layout_by_lines(text)


FURNITURE_WORDS = st.sampled_from(["Share", "share this", "Print", "Email", "|", "•", "Tweet", "12", "views",
                                   "Read", "1,234", "times", "Tags:", "terrorism", "Home", ">", "News", "©",
                                   "2024", "All rights reserved", "Rate this item", "(3 votes)", "OK", "Accept",
                                   "cookies", "The", "workshop", "was", "held", "in", "Almaty", ".", "Back to top"])


@FAST
@given(words=st.lists(FURNITURE_WORDS, min_size=1, max_size=8))
def test_one_furniture_pattern_agrees_with_the_list_of_patterns(words):
    from data_loader.reading.debris import DEBRIS_LINES, _is_furniture

    line = " ".join(words)
    assert _is_furniture(line) == any(p.fullmatch(line) for p in DEBRIS_LINES)


@FAST
@given(lines=st.lists(st.lists(FURNITURE_WORDS, max_size=8).map(" ".join), max_size=6))
@example(lines=["© 2024 Share"])  # a copyright line with a holder: found by CI once the reader kept holders
def test_debris_removal_agrees_with_the_plain_line_by_line_rule(lines):
    """Skipping the glued-share rules in texts where a quick look finds none changes nothing."""
    from data_loader.reading import debris

    text = "\n".join(lines)
    kept, removed = [], 0
    for line in lines if text else [""]:
        if debris.is_debris_line(line):
            kept.append(debris.copyright_line(line))  # (a copyright line keeps its year and holder: "© 2024 Share")
            removed += 1
            continue
        cleaned = debris._TRAILING_WIDGET.sub("", debris._TRAILING_SHARE.sub("", line))
        removed += cleaned != line
        kept.append(cleaned)
    assert debris.remove_debris(text) == ("\n".join(kept), removed)


MARKUP_PIECES = st.sampled_from(["word", "Two words", " ", "\n", "*", "**", "_", "__", "~~", "`", "``", "\\", "\\*",
                                 "[", "]", "(", ")", "![", "](", "][", "<", ">", "https://un.org", "mailto:a@b.c",
                                 "x_y", "#", "!", ".", "‘", "é"])


def _strip_markdown_plainly(text: str) -> str:
    """Every inline markup pattern over the whole text, in order, whatever the text holds."""
    from data_loader.reading import markdown_text as md

    for pattern in (md._IMAGE, md._LINK, md._REF_LINK, md._AUTOLINK, md._CODE):
        text = pattern.sub(lambda m: m.group(1), text)
    for pattern in (md._STRONG, md._STRIKE, md._EMPHASIS_STAR, md._EMPHASIS_UNDERSCORE):
        text = pattern.sub(lambda m: m.group(m.lastindex), text)
    return md._ESCAPE.sub(r"\1", text)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(MARKUP_PIECES, max_size=30))
@example(pieces=["![", "word", "](", "x", ")", " ", "*", "word", "*"])
@example(pieces=["**", "word", "**", " ", "<", "https://un.org", ">", " ", "\\*"])
def test_inline_markdown_is_only_searched_for_where_its_marks_are(pieces):
    """A pattern is skipped in a text without its marks: the result is the plain sequence's."""
    from data_loader.reading.markdown_text import strip_inline_markdown

    text = "".join(pieces)
    assert strip_inline_markdown(text) == _strip_markdown_plainly(text)
