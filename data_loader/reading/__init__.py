"""Stage 1 of 6, reading: turn any file a user drops into the documents folder into a ``Document``.

A document travels ``reading -> lookup -> extract -> tables -> load -> review``; this is where it
starts as bytes and leaves as clean text (``document.Document``), or with a reason why not.
May import: the base modules (``columns``, ``settings``, ``textscan``, ``casefold``) only.

``read_bytes`` never raises: every problem (empty, too large, binary, damaged,
scanned) becomes a ``Document`` with status ``empty`` or ``unreadable`` and a
message written for end users. The work is split by concern:

* ``sniff``: what the file really is (magic bytes, then the suffix for text kinds)
* ``limits``: size ceilings
* ``decode``: bytes -> str (BOMs, UTF-8, cp1252/Latin-1, charset-normalizer)
* ``html_text``, ``markdown_text``, ``pdf_text`` (+ ``reflow``), ``docx_text``: format -> text
* ``cleanup``: ``mojibake``, ``whitespace``, ``foreign_script``, ``debris`` applied to every format
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath

from data_loader.reading.cleanup import clean_text
from data_loader.reading.decode import decode_bytes
from data_loader.reading.document import EMPTY, OK, UNREADABLE, Document
from data_loader.reading.docx_text import docx_to_text
from data_loader.reading.errors import Unreadable
from data_loader.reading.html_text import html_to_text, looks_like_html
from data_loader.reading.limits import CONTAINER_LIMIT_BYTES, too_large_message
from data_loader.reading.markdown_text import markdown_to_text, strip_inline_markdown
from data_loader.reading.pdf_text import pdf_to_text
from data_loader.reading.reflow import looks_hard_wrapped, reflow
from data_loader.reading.sniff import Sniffed, sniff

#: bump whenever the text produced for some input changes: the pipeline caches by it.
READER_VERSION = "13"
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: bytes read to recognise a file that is refused for its size without loading it.
HEAD_BYTES = 8192

EMPTY_MESSAGES = {
    "html": "This web page has no article text (only menus, scripts or layout): nothing to read.",
    "docx": "This Word document contains no text.",
    "pdf": "This PDF contains no text.",
}
__all__ = ["READER_VERSION", "SUPPORTED_SUFFIXES", "read_bytes", "read_path"]


def read_bytes(data: bytes, source_file: str) -> Document:
    """Read one file's raw bytes into a Document; never raises for bad input."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        return _read(data, source_file, sha)
    except Exception as exc:  # noqa: BLE001 - the promise is "never raises"; this is the last net
        return Document(
            source_file, sha, len(data), _suffix(source_file).lstrip(".") or "unknown", "", UNREADABLE,
            f"This file could not be read because of an unexpected problem ({type(exc).__name__}).",
            notes=(f"{type(exc).__name__}: {exc}"[:300],),
        )


def read_path(path: Path | str, root: Path | str | None = None, name: str | None = None) -> Document:
    """Read a file from disk; its name is ``name``, else the path relative to ``root`` (POSIX style) when
    given. A file over every size limit is hashed in chunks and refused without being loaded."""
    path = Path(path)
    name = name if name is not None else _display_name(path, root)
    try:
        size = path.stat().st_size
        if size > CONTAINER_LIMIT_BYTES:
            return _refuse_huge_file(path, name, size)
        data = path.read_bytes()
    except OSError as exc:
        return Document(
            name, hashlib.sha256(b"").hexdigest(), 0, _suffix(name).lstrip(".") or "unknown", "", UNREADABLE,
            f"The file could not be opened ({type(exc).__name__}: {exc.strerror or exc}).",
        )
    return read_bytes(data, name)


def _display_name(path: Path, root: Path | str | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def _refuse_huge_file(path: Path, name: str, size: int) -> Document:
    """Hash a huge file in chunks and refuse it without ever holding it in memory."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
        digest.update(head)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    fmt = _limit_format(head, name)
    message = too_large_message(size, fmt) or "This file is too large to read."
    return Document(name, digest.hexdigest(), size, fmt, "", UNREADABLE, message)


def _suffix(source_file: str) -> str:
    try:
        return PurePath(source_file).suffix.lower()
    except (TypeError, ValueError):
        return ""


def _limit_format(data: bytes, source_file: str, found: Sniffed | None = None) -> str:
    """The format name a size limit applies to, from the content's kind and the suffix."""
    found = found or sniff(data, _suffix(source_file))
    if found.kind != "text":
        return found.kind
    suffix = _suffix(source_file)
    if suffix in HTML_SUFFIXES:
        return "html"
    return "md" if suffix in MARKDOWN_SUFFIXES else "txt"


def _read(data: bytes, source_file: str, sha: str) -> Document:
    size = len(data)
    suffix = _suffix(source_file)
    if not data.strip():
        return Document(source_file, sha, size, suffix.lstrip(".") or "txt", "", EMPTY,
                        "The file is empty: there is no text to read.")
    found = sniff(data, suffix)
    if not found.supported:
        return Document(source_file, sha, size, found.kind, "", UNREADABLE, found.refusal())
    fmt = _limit_format(data, source_file, found)
    refusal = too_large_message(size, fmt)
    if refusal:
        return Document(source_file, sha, size, fmt, "", UNREADABLE, refusal)
    try:
        fmt, raw_text, encoding, decode_repaired, notes = _extract(data, found.kind, suffix)
    except Unreadable as exc:
        return Document(source_file, sha, size, fmt, "", UNREADABLE, exc.message)
    cleaned = clean_text(raw_text, title_first=fmt == "html")
    repaired = decode_repaired or cleaned.repaired
    all_notes = (*notes, *cleaned.notes)
    if not cleaned.text.strip():
        message = EMPTY_MESSAGES.get(fmt, "The file contains no text (only whitespace or markup).")
        return Document(source_file, sha, size, fmt, "", EMPTY, message, encoding, repaired, all_notes)
    return Document(source_file, sha, size, fmt, cleaned.text, OK, "", encoding, repaired, all_notes)


def _extract(data: bytes, kind: str, suffix: str) -> tuple[str, str, str, bool, tuple[str, ...]]:
    """(format, raw text, encoding, encoding repaired, notes) for a supported kind."""
    if kind == "pdf":
        text, notes = pdf_to_text(data)
        return "pdf", text, "", False, notes
    if kind == "docx":
        return "docx", docx_to_text(data), "", False, ()
    decoded = decode_bytes(data)
    fmt = _text_format(decoded.text, suffix)
    notes = list(decoded.notes)
    if fmt == "html":
        text = html_to_text(decoded.text)
    elif fmt == "md":
        text = markdown_to_text(decoded.text)
    else:
        text = _plain_text(decoded.text, notes)
    return fmt, text, decoded.encoding, decoded.repaired, tuple(notes)


def _text_format(text: str, suffix: str) -> str:
    """html, md or txt: markup at the head of the text wins over a misleading suffix."""
    if looks_like_html(text, strong_only=suffix not in HTML_SUFFIXES):
        return "html"
    return "md" if suffix in MARKDOWN_SUFFIXES else "txt"


def _plain_text(text: str, notes: list[str]) -> str:
    """A .txt file: strip stray Markdown emphasis/links, join hard-wrapped lines."""
    stripped = strip_inline_markdown(text)
    if stripped != text:
        notes.append("Markdown markup removed")
    if looks_hard_wrapped(stripped):
        notes.append("hard-wrapped lines joined into paragraphs")
        stripped = reflow(stripped)
    return stripped
