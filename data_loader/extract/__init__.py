"""Extraction: one cleaned ``Document`` -> the events it reports."""

from __future__ import annotations

from data_loader.document import Document
from data_loader.records import EventRecord

#: bump when extraction rules change, so cached per-document results are recomputed.
EXTRACTOR_VERSION = "0.0.1"


def extract_events(doc: Document) -> tuple[str, str | None, list[EventRecord]]:
    """Return (title, published_date, events) for one readable document."""
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    title = lines[0] if lines else ""
    return title, None, [EventRecord(doc.source_file, doc.sha256, 0, title=title)]
