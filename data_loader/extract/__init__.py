"""Extraction: one cleaned ``Document`` -> the events it reports."""

from __future__ import annotations

from data_loader.extract.records import EventRecord
from data_loader.lookup.registries import registry_fingerprint
from data_loader.reading.document import Document

#: bump when extraction rules change, so cached per-document results are recomputed.
EXTRACTOR_RULES = "1.1.0"
#: kept for callers that read it once; ``extractor_version()`` is the live value.
EXTRACTOR_VERSION = EXTRACTOR_RULES + "+" + registry_fingerprint()


def extractor_version() -> str:
    """Rules version plus the registry content as it is now, so a curator's edit re-extracts
    every document on the next load, also in a running dashboard."""
    return EXTRACTOR_RULES + "+" + registry_fingerprint()


def extract_events(doc: Document) -> tuple[str, str | None, list[EventRecord]]:
    """Return (title, published_date, events) for one readable document."""
    from data_loader.extract.events import extract_document

    return extract_document(doc)
