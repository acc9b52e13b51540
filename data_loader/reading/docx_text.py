"""DOCX -> text: body paragraphs and table rows, in document order.

Word releases often put the dateline, contacts or the agenda in tables, so
cells are read too (a merged cell is read once). Headers and footers are
letterhead, not release text, and are skipped.
"""

from __future__ import annotations

import io
import zipfile

from docx import Document as open_docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from data_loader.reading.errors import Unreadable
from data_loader.reading.limits import DOCX_MAX_UNCOMPRESSED_BYTES, human_size

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(data: bytes) -> str:
    """The paragraphs and table cells of a Word document, one paragraph per line block."""
    _check_archive(data)
    try:
        document = open_docx(io.BytesIO(data))
        blocks = list(_body_blocks(document))
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml raise many kinds of errors
        raise Unreadable(
            f"This Word document is damaged and could not be read ({type(exc).__name__}): nothing was read."
        ) from exc
    return "\n\n".join(b for b in blocks if b.strip())


def _check_archive(data: bytes) -> None:
    """A DOCX is a zip; refuse broken zips and zip bombs before python-docx inflates them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            declared = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Unreadable(
            "This Word (.docx) file is damaged (not a valid archive): nothing was read."
        ) from exc
    if "word/document.xml" not in names:
        raise Unreadable(
            "This .docx file has no document body (word/document.xml is missing): nothing was read."
        )
    if declared > DOCX_MAX_UNCOMPRESSED_BYTES:
        raise Unreadable(
            f"This Word document would unpack to {human_size(declared)}, more than the "
            f"{human_size(DOCX_MAX_UNCOMPRESSED_BYTES)} limit: nothing was read."
        )


def _body_blocks(document) -> list[str]:
    """Top-level paragraphs and tables in the order they appear in the body."""
    out: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            out.append(Paragraph(child, document).text)
        elif child.tag == f"{_W}tbl":
            out.extend(_table_cells(Table(child, document)))
    return out


def _table_cells(table: Table) -> list[str]:
    """Each row of several cells as one paragraph of them joined by " | " (a row of a table of activities tells
    one activity: its date, place and organiser stay together, as in an HTML or Markdown table); the
    paragraphs of a row of one cell, or of a cell holding a table, one by one. Merged cells (which repeat in
    python-docx) are read once; nested tables are read too."""
    seen: set = set()  # the cells' XML elements (holding them keeps their identity stable)
    out: list[str] = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                cells.append(cell)
        texts = [" ".join(p.text.strip() for p in c.paragraphs if p.text.strip()) for c in cells]
        if sum(bool(t) for t in texts) >= 2 and not any(c.tables for c in cells):
            out.append(" | ".join(texts))
            continue
        for cell in cells:
            out.extend(p.text for p in cell.paragraphs)
            for inner in cell.tables:
                out.extend(_table_cells(inner))
    return out
