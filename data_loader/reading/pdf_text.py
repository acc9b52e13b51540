"""PDF -> text from its text layer (pypdf), with line and hyphenation repair.

A scanned PDF has pages but no text layer; that is reported as such (it needs
OCR) rather than as an empty document. Running page headers, footers and page
numbers repeat on every page and are dropped so they do not split sentences.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from pypdf import PdfReader

from data_loader.reading.errors import Unreadable
from data_loader.reading.limits import PDF_MAX_PAGES
from data_loader.reading.reflow import reflow

#: a page with fewer letters than this has, for our purposes, no text.
MIN_PAGE_LETTERS = 20
#: running headers/footers are short; a longer repeated line is text and stays.
MAX_RUNNING_LINE = 60
#: a vertical gap this many times the usual line spacing separates paragraphs.
PARAGRAPH_GAP = 1.5
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")

SCANNED_MESSAGE = (
    "This PDF is a scanned image: it has no text layer, so no text could be read. "
    "It needs OCR (text recognition) first, or use a text version of the release."
)


def pdf_to_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of a PDF and notes about it; raise ``Unreadable`` for damaged, locked or scanned files."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = _open(data)
    notes: list[str] = []
    n_pages = _page_count(reader)
    if n_pages > PDF_MAX_PAGES:
        notes.append(f"only the first {PDF_MAX_PAGES} of {n_pages} pages were read")
    pages = [_page_text(reader, i) for i in range(min(n_pages, PDF_MAX_PAGES))]
    if sum(len(_LETTER.findall(p)) for p in pages) < MIN_PAGE_LETTERS:
        raise Unreadable(SCANNED_MESSAGE if n_pages else "This PDF has no pages: nothing was read.")
    pages = _drop_running_lines(pages)
    # pages are joined by a plain line break: a sentence may run on to the next page
    return reflow("\n".join(pages)), tuple(notes)


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of errors on damaged files
        raise Unreadable(
            f"This PDF is damaged and could not be opened ({type(exc).__name__}): nothing was read."
        ) from exc
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise Unreadable("This PDF is password-protected: nothing was read.")
        except Unreadable:
            raise
        except Exception as exc:  # noqa: BLE001
            raise Unreadable("This PDF is encrypted and could not be opened: nothing was read.") from exc
    return reader


def _page_count(reader: PdfReader) -> int:
    try:
        return len(reader.pages)
    except Exception as exc:  # noqa: BLE001
        raise Unreadable(
            f"This PDF is damaged: its page list could not be read ({type(exc).__name__}). Nothing was read."
        ) from exc


def _page_text(reader: PdfReader, index: int) -> str:
    """One page's text layer, a blank line wherever the vertical gap says a paragraph ends.

    A page that fails to parse contributes nothing rather than stopping the document.
    """
    lines: list[tuple[str, float | None]] = []
    state: dict = {"text": "", "y": None}

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if not text:
            return
        y = float(tm[5]) * float(cm[3]) + float(cm[5])
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if part.strip() and state["y"] is None:
                state["y"] = y
            state["text"] += part
            if i < len(parts) - 1:
                lines.append((state["text"], state["y"]))
                state.update(text="", y=None)

    try:
        plain = reader.pages[index].extract_text(visitor_text=visit) or ""
    except Exception:  # noqa: BLE001
        return ""
    if state["text"]:
        lines.append((state["text"], state["y"]))
    if "".join(t for t, _ in lines).replace("\n", "") != plain.replace("\n", ""):
        return plain  # the visitor saw something else than the text: do without positions
    return _with_paragraph_gaps(lines)


def _with_paragraph_gaps(lines: list[tuple[str, float | None]]) -> str:
    """Join lines, adding a blank line where the gap to the previous line is clearly wider than usual."""
    ys = [y for _, y in lines if y is not None]
    gaps = [a - b for a, b in zip(ys, ys[1:], strict=False) if a - b > 0.5]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else None
    out: list[str] = []
    previous: float | None = None
    for text, y in lines:
        if usual and previous is not None and y is not None and previous - y > PARAGRAPH_GAP * usual:
            out.append("")
        out.append(text)
        previous = y if y is not None else previous
    return "\n".join(out)


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""
    edges: Counter[str] = Counter()
    for page in pages:
        lines = [x.strip() for x in page.split("\n") if x.strip()]
        edges.update({x for x in lines[:2] + lines[-2:] if len(x) <= MAX_RUNNING_LINE})
    repeated = {line for line, n in edges.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    cleaned = []
    for page in pages:
        lines = [x for x in page.split("\n") if not _is_running(x.strip(), repeated)]
        cleaned.append("\n".join(lines))
    return cleaned


def _is_running(line: str, repeated: set[str]) -> bool:
    return line in repeated or bool(_PAGE_NUMBER.match(line))
