"""Stage 3 of 6, extract: one cleaned ``Document`` -> the events it reports (``records.EventRecord``).

A document travels ``reading -> lookup -> extract -> tables -> load -> review``. ``events`` picks the
sentences that report an event and applies the rules, one module per decision (``event_when``,
``event_where``, ``event_attendance``, ``event_organisers``, ``event_what``, ``event_series``); the
grammar they use sits beside them (``header``, ``text``, ``dates``, ``places``, ``participants``,
``mentions``, ``roles``, ``programmes``, ``classify``).
May import: the base modules, ``reading`` and ``lookup``. Never ``tables`` or anything later.
"""

from __future__ import annotations

from data_loader.extract.records import EventRecord
from data_loader.lookup.registries import registry_fingerprint
from data_loader.reading.document import Document

#: bump when extraction rules change, so cached per-document results are recomputed.
EXTRACTOR_RULES = "1.2.0"
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
