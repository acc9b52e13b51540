"""Extraction: one cleaned ``Document`` -> the events it reports."""

from __future__ import annotations

from data_loader.document import Document
from data_loader.records import EventRecord
from data_loader.registries import registry_fingerprint

#: bump when extraction rules change, so cached per-document results are recomputed;
#: the registry content is part of the key, so a curator's edit also takes effect.
EXTRACTOR_VERSION = "1.0.0+" + registry_fingerprint()


def extract_events(doc: Document) -> tuple[str, str | None, list[EventRecord]]:
    """Return (title, published_date, events) for one readable document."""
    from data_loader.extract.events import extract_document

    return extract_document(doc)
