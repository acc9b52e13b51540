"""Merged events -> the codebook's tidy tables (one DataFrame per concept)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

from data_loader import columns as C
from data_loader.gazetteer import country_name
from data_loader.merge import MergedEvent
from data_loader.records import DocumentResult, EventRecord

SNIPPET_MAX = 320


@dataclass
class Tables:
    events: pd.DataFrame
    event_sources: pd.DataFrame
    event_countries: pd.DataFrame
    event_organizations: pd.DataFrame
    event_programmes: pd.DataFrame
    event_themes: pd.DataFrame
    documents: pd.DataFrame
    evidence: pd.DataFrame
    unknown_names: pd.DataFrame
    merges: pd.DataFrame
    #: cleaned text of every readable document, for the source view (not exported)
    texts: dict[str, str]

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "texts"}


def snippet(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a span, so a reader sees the fact in its context."""
    if not text or start < 0 or end > len(text) or start >= end:
        return ""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    if right - left > SNIPPET_MAX:
        left = max(left, start - SNIPPET_MAX // 2)
        right = min(right, max(end, left + SNIPPET_MAX))
    return " ".join(text[left:right].split())


def _fill(primary: EventRecord, others: list[EventRecord]) -> dict[str, Any]:
    row = primary.scalar_fields()
    for other in others:
        for key, value in other.scalar_fields().items():
            if row.get(key) in (None, "") and value not in (None, ""):
                row[key] = value
    return row


def _union(values):
    return list(dict.fromkeys(values))


def _frame(rows: list[dict], cols: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=cols)


def build_tables(results: list[DocumentResult], merged: list[MergedEvent], validate: bool = True) -> Tables:
    texts = {r.source_file: r.text for r in results if r.text}
    ev_rows, src_rows, cty_rows, org_rows, prog_rows, theme_rows, evid_rows, unk_rows, merge_rows = (
        [] for _ in range(9)
    )
    for m in merged:
        eid, recs = m.event_id, m.records
        row = _fill(recs[0], recs[1:])
        row["event_id"] = eid
        orgs = _union((o, role) for r in recs for o, role in r.organizations)
        countries = _union((iso, role) for r in recs for iso, role in r.countries)
        if row.get("country_iso3") and (row["country_iso3"], "host") not in countries:
            countries.insert(0, (row["country_iso3"], "host"))
        programmes = _union(p for r in recs for p in r.programmes)
        themes = _union(t for r in recs for t in r.themes)
        sources = _union((r.source_file, r.sha256) for r in recs)
        row.update(
            organizers="; ".join(o for o, role in orgs if role == "organizer"),
            funders="; ".join(o for o, role in orgs if role == "funder"),
            programmes="; ".join(programmes),
            themes="; ".join(themes),
            participant_countries="; ".join(iso for iso, role in countries if role == "participant"),
            sources="; ".join(s for s, _ in sources),
        )
        ev_rows.append(row)
        src_rows += [{"event_id": eid, "source_file": s, "sha256": h} for s, h in sources]
        cty_rows += [{"event_id": eid, "iso3": i, "country": country_name(i), "role": ro} for i, ro in countries]
        org_rows += [{"event_id": eid, "organization": o, "role": ro} for o, ro in orgs]
        prog_rows += [{"event_id": eid, "programme": p} for p in programmes]
        theme_rows += [{"event_id": eid, "theme": t} for t in themes]
        for r in recs:
            text = texts.get(r.source_file, "")
            for e in r.evidence:
                evid_rows.append({
                    "event_id": eid, "field": e.field, "value": e.value, "source_file": r.source_file,
                    "start": e.start, "end": e.end, "snippet": snippet(text, e.start, e.end),
                })
            for kind, name, s, e in r.unknown_names:
                unk_rows.append({
                    "event_id": eid, "source_file": r.source_file, "kind": kind, "name": name,
                    "start": s, "end": e, "snippet": snippet(text, s, e),
                })
        for why, r in zip(m.reasons, recs[1:], strict=False):
            merge_rows.append({"event_id": eid, "source_file": r.source_file,
                               "merged_with": recs[0].source_file, "reason": why})
    n_events: dict[str, int] = {}
    for m in merged:
        for s in {r.source_file for r in m.records}:
            n_events[s] = n_events.get(s, 0) + 1
    doc_rows = [{
        "source_file": r.source_file, "sha256": r.sha256, "status": r.status, "message": r.message,
        "encoding_repaired": bool(r.encoding_repaired), "n_events": n_events.get(r.source_file, 0),
        "format": r.format, "encoding": r.encoding, "size_bytes": r.size_bytes, "title": r.title,
        "published_date": r.published_date,
    } for r in results]
    tables = Tables(
        events=_frame(ev_rows, C.EVENTS + C.EVENTS_EXTRA),
        event_sources=_frame(src_rows, C.EVENT_SOURCES),
        event_countries=_frame(cty_rows, C.EVENT_COUNTRIES),
        event_organizations=_frame(org_rows, C.EVENT_ORGANIZATIONS),
        event_programmes=_frame(prog_rows, C.EVENT_PROGRAMMES),
        event_themes=_frame(theme_rows, C.EVENT_THEMES),
        documents=_frame(doc_rows, C.DOCUMENTS + C.DOCUMENTS_EXTRA),
        evidence=_frame(evid_rows, C.EVIDENCE),
        unknown_names=_frame(unk_rows, C.UNKNOWN_NAMES),
        merges=_frame(merge_rows, C.MERGES),
        texts=texts,
    )
    from data_loader.schema import coerce_and_validate

    return coerce_and_validate(tables, validate=validate)
