"""What extraction produces for one event of one document, before ids and merging.

Offsets (``start``, ``end``) are character positions in ``Document.text``.

``Evidence`` and ``EventRecord`` use ``__slots__``: a corpus of 50,000 documents holds about
1.4 million evidence objects while its tables are built, and an instance without a ``__dict__``
takes about 100 bytes less (the results of a 50,000-document rebuild shrink by ~200 MB).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: how sure the loader is of a value, surest first (``columns.CONFIDENCE``): written in the cited passage;
#: worked out by a rule from what is written (a country from its city, a three-day event ending on the
#: publication date); a default or a weak clue (in-person when nothing says online, the publication month
#: when the text names no date).
STATED, INFERRED, GUESSED = "stated", "inferred", "guessed"


@dataclass(slots=True)
class Evidence:
    field: str
    value: str
    start: int
    end: int
    confidence: str = STATED
    #: for an inferred or guessed value, how it was worked out, in words a reader can check
    reasoning: str = ""

    def __reduce__(self) -> tuple:
        # read back from the cache with the field name interned: a corpus repeats some twenty
        # names in ~1.4 million evidence objects, each otherwise its own string (~50 MB at 50,000)
        return (_evidence, (self.field, self.value, self.start, self.end, self.confidence, self.reasoning))


def _evidence(field: str, value: str, start: int, end: int, confidence: str = STATED, reasoning: str = "") -> Evidence:
    return Evidence(sys.intern(field), value, start, end, sys.intern(confidence), reasoning)


@dataclass(slots=True)
class EventRecord:
    source_file: str
    sha256: str
    ordinal: int = 0
    title: str = ""
    event_type: str = "other"
    format: str = "in-person"
    start_date: str | None = None
    end_date: str | None = None
    date_precision: str = "year"
    year: int | None = None
    month: int | None = None
    published_date: str | None = None
    city: str | None = None
    country_iso3: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    location_precision: str = "country"
    participants: int | None = None
    participants_qualifier: str | None = None
    duration_days: int | None = None
    summary: str = ""
    #: (iso3, role) with role host|participant
    countries: list[tuple[str, str]] = field(default_factory=list)
    #: (canonical organisation, role)
    organizations: list[tuple[str, str]] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    #: (kind, name, start, end): names that look like organisations/programmes but match no registry
    unknown_names: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: the event's own name as the text quotes it (a conference's theme, a course's title), in a plain form:
    #: reports of one event by different publishers share it (see ``tables.merge``)
    quoted_titles: list[str] = field(default_factory=list)

    def known_days(self) -> tuple[date, date] | None:
        """(first, last) of the days the record gives; when only one of them is known ("graduated today from a
        three-week course") that day stands for both. Raises ValueError on a malformed date."""
        first, last = self.start_date or self.end_date, self.end_date or self.start_date
        if not first:
            return None
        return date.fromisoformat(first), date.fromisoformat(last)

    def scalar_fields(self) -> dict[str, Any]:
        from data_loader.columns import EVENTS

        return {c: getattr(self, c) for c in EVENTS if c != "event_id"}


@dataclass
class DocumentResult:
    """Per-document unit of caching: everything the pipeline needs from one file."""

    source_file: str
    sha256: str
    size_bytes: int
    format: str
    status: str
    message: str
    encoding: str
    encoding_repaired: bool
    text: str
    title: str = ""
    published_date: str | None = None
    events: list[EventRecord] = field(default_factory=list)
    #: hash of the text up to spacing and case, set when duplicates are marked
    text_sha256: str = ""
