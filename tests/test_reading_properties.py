"""Property tests: the reader never raises and never loses plain words, whatever it is given."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader.document import EMPTY, OK, UNREADABLE
from data_loader.reading import read_bytes

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
