"""One event, several reports: merge records of different documents that describe the same event.

Rule (documented in the README and shown on the review page): two records from
*different* documents are the same event when
  1. their dates agree: both at day precision with the same start and end date,
     or both at month precision with the same year and month; and
  2. their place agrees: same city, or both without a city and the same country
     (or both online); and
  3. they share evidence of identity: at least one organiser in common, or the
     same event type and at least one programme in common.
Records of one document are never merged with each other (a series of
national consultations in five capitals stays five events).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from operator import attrgetter

from data_loader.columns import EVENTS
from data_loader.extract.records import DocumentResult, EventRecord


@dataclass
class MergedEvent:
    event_id: str
    records: list[EventRecord]
    reasons: list[str] = field(default_factory=list)

    @property
    def primary(self) -> EventRecord:
        return self.records[0]


def _date_key(r: EventRecord) -> tuple | None:
    if r.date_precision == "day" and r.start_date:
        return ("day", r.start_date, r.end_date or r.start_date)
    if r.date_precision == "month" and r.year and r.month:
        return ("month", r.year, r.month)
    return None


def _place_key(r: EventRecord) -> tuple:
    if r.format == "virtual" and not r.city:
        return ("virtual",)
    return ("city", (r.city or "").casefold(), r.country_iso3 or "")


def merge_bucket(r: EventRecord) -> tuple | None:
    """(date key, place key): ``merge_events`` only compares records of one bucket; None: never compared."""
    dkey = _date_key(r)
    return (dkey, _place_key(r)) if dkey else None


def same_event(a: EventRecord, b: EventRecord) -> str | None:
    """The reason two records are one event, or None."""
    if a.source_file == b.source_file:
        return None
    da, db = _date_key(a), _date_key(b)
    if da is None or da != db:
        return None
    if _place_key(a) != _place_key(b):
        return None
    orgs_a = {o for o, role in a.organizations if role == "organizer"}
    orgs_b = {o for o, role in b.organizations if role == "organizer"}
    common = sorted(orgs_a & orgs_b)
    place = a.city or a.country or "online"
    when = a.start_date if da[0] == "day" else f"{a.year}-{a.month:02d}"
    if common:
        return f"same dates ({when}), same place ({place}), common organiser ({', '.join(common)})"
    progs = set(a.programmes) & set(b.programmes)
    if a.event_type == b.event_type and progs:
        return f"same dates ({when}), same place ({place}), same type and programme ({sorted(progs)[0]})"
    return None


_SCALARS = attrgetter(*[c for c in EVENTS if c != "event_id"])
_EMPTY = (None, "", [])


def _richness(r: EventRecord) -> int:
    """Filled scalar fields plus organisations (same count as over ``scalar_fields()``, without the dict)."""
    return sum(v not in _EMPTY for v in _SCALARS(r)) + len(r.organizations)


def event_id_for(sha256: str, ordinal: int) -> str:
    """Stable across runs and machines: depends only on document content and position."""
    return "ev-" + hashlib.sha256(f"{sha256}:{ordinal}".encode()).hexdigest()[:12]


def merge_events(results: list[DocumentResult]) -> list[MergedEvent]:
    """Group records into events; only records sharing date and place are compared (linear in N)."""
    groups: list[list[EventRecord]] = []
    reasons: list[list[str]] = []
    buckets: dict[tuple, list[int]] = {}
    for rec in (ev for r in results for ev in r.events):
        key = merge_bucket(rec)
        placed = False
        for gi in buckets.get(key, []) if key else []:
            group = groups[gi]
            if any(o.source_file == rec.source_file for o in group):
                continue
            reason = next((why for other in group if (why := same_event(other, rec))), None)
            if reason:
                group.append(rec)
                reasons[gi].append(f"{rec.source_file} merged with {group[0].source_file}: {reason}")
                placed = True
                break
        if not placed:
            groups.append([rec])
            reasons.append([])
            if key:
                buckets.setdefault(key, []).append(len(groups) - 1)
    merged = []
    for group, why in zip(groups, reasons, strict=True):
        if len(group) == 1:  # most events have one source: nothing to choose
            rec = group[0]
            merged.append(MergedEvent(event_id_for(rec.sha256, rec.ordinal), group, why))
            continue
        anchor = min(group, key=lambda r: (r.sha256, r.ordinal))
        ordered = sorted(group, key=lambda r: (-_richness(r), r.source_file))
        merged.append(MergedEvent(event_id_for(anchor.sha256, anchor.ordinal), ordered, why))
    return merged
