"""Turn any file a user drops into the documents folder into a ``Document``.

Stub: decodes UTF-8 only. The full reader (encodings, mojibake, HTML main text,
PDF, DOCX, scraping debris) replaces this module's internals, keeping these names.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from data_loader.document import EMPTY, UNREADABLE, Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def read_bytes(data: bytes, source_file: str) -> Document:
    sha = hashlib.sha256(data).hexdigest()
    fmt = Path(source_file).suffix.lower().lstrip(".") or "txt"
    if not data.strip():
        return Document(source_file, sha, len(data), fmt, "", EMPTY, "The file is empty.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Document(source_file, sha, len(data), fmt, "", UNREADABLE, "Not UTF-8.")
    return Document(source_file, sha, len(data), fmt, text)


def read_path(path: Path, root: Path | None = None) -> Document:
    name = path.relative_to(root).as_posix() if root else path.name
    return read_bytes(path.read_bytes(), name)
