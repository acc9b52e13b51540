"""Merged events -> the codebook's tidy tables (one DataFrame per concept)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd
import pyarrow as pa

from data_loader import columns as C
from data_loader.extract.records import DocumentResult, EventRecord
from data_loader.lookup.gazetteer import country_name
from data_loader.tables.merge import MergedEvent

SNIPPET_MAX = 320


def _use_system_allocator() -> None:
    """Let pyarrow allocate through the C library's malloc instead of its own mimalloc pool.

    The text columns of the tables live in pyarrow memory. A build frees a great deal of ordinary
    memory (rows, per-document results) while it makes them; with a separate arrow allocator that
    freed memory cannot be reused for the tables, and mimalloc also keeps freed pages of its own:
    a 50,000-document rebuild peaked about 120 MB higher. ``ARROW_DEFAULT_MEMORY_POOL`` set by the
    user still wins.
    """
    if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        pa.set_memory_pool(pa.system_memory_pool())


_use_system_allocator()


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
    """The sentence (or line) around a span, so a reader sees the fact in its context.

    A sentence end is looked for only within the span's line: the line's ends are nearer than any
    sentence end beyond them (the search for ". " after a span used to run on to the next one, some
    500 characters on average, where the line ended after 80)."""
    if not text or start < 0 or end > len(text) or start >= end:
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    stop = text.rfind(". ", line_start, start)
    left = stop + 2 if stop >= 0 else line_start
    line_end = text.find("\n", end)
    stop = text.find(". ", end, line_end if line_end >= 0 else len(text))
    right = stop + 1 if stop >= 0 else (line_end + 1 if line_end >= 0 else len(text))
    if right - left > SNIPPET_MAX:
        left = max(left, start - SNIPPET_MAX // 2)
        right = min(right, max(end, left + SNIPPET_MAX))
    return " ".join(text[left:right].split())


#: fields that must come from one report together (the days of one, the place of another, never a mix)
_WHEN = ("start_date", "end_date", "date_precision", "year", "month", "duration_days")
_WHERE = ("city", "country_iso3", "country", "lat", "lon", "location_precision")
_PRECISION = {"day": 3, "month": 2, "year": 1}
_PLACE = {"city": 3, "virtual": 2.5, "country": 2}
_SURE = {"stated": 2, "inferred": 2, "guessed": 1}


def _fill(primary: EventRecord, others: list[EventRecord]) -> dict[str, Any]:
    """The merged event's row: the richest report's values, gaps filled from the others, and for the days,
    the place, the format and the type, the report that knows them best (days over a month, all the days
    over some of them, a city over a country, a value read over a default)."""
    row = primary.scalar_fields()
    if not others:
        return row
    for other in others:
        for key, value in other.scalar_fields().items():
            if row.get(key) in (None, "") and value not in (None, ""):
                row[key] = value
    recs = [primary, *others]
    sure = [_sureness(r) for r in recs]
    # a report that knows both days ranks above one that knows only the last ("graduated today from a
    # three-week course")
    # (and, of reports as sure, the first day most of them give: "starts this week" read as the day of the
    # announcement loses to the two reports that give the 16th)
    starts = Counter(r.start_date for r in recs if r.start_date)
    best = max(range(len(recs)), key=lambda i: (_PRECISION.get(recs[i].date_precision, 0),
                                                bool(recs[i].start_date and recs[i].end_date),
                                                sure[i].get("start_date", sure[i].get("month", 0)),
                                                starts.get(recs[i].start_date, 0),
                                                _span_days(recs[i]), -i))
    row.update({k: getattr(recs[best], k) for k in _WHEN})
    best = max(range(len(recs)), key=lambda i: (_PLACE.get(recs[i].location_precision, 0),
                                                sure[i].get("city", sure[i].get("country_iso3", 0)), -i))
    row.update({k: getattr(recs[best], k) for k in _WHERE})
    for key in ("format", "event_type"):
        best = max(range(len(recs)), key=lambda i: (sure[i].get(key, 0), -i))
        row[key] = getattr(recs[best], key)
    return row


def _sureness(r: EventRecord) -> dict[str, int]:
    """How sure a report is of each field: the surest of its evidence rows for it."""
    out: dict[str, int] = {}
    for e in r.evidence:
        out[e.field] = max(out.get(e.field, 0), _SURE.get(e.confidence, 0))
    return out


def _span_days(r: EventRecord) -> int:
    return int(r.duration_days or 0) if r.date_precision == "day" else 0


def _union(values):
    return list(dict.fromkeys(values))


def _frame(rows: list[dict], cols: list[str]) -> pd.DataFrame:
    """Column by column: several times faster than a DataFrame of dicts for 100,000s of rows."""
    if not rows:
        return pd.DataFrame(rows, columns=cols)
    return pd.DataFrame({c: [r.get(c) for r in rows] for c in cols}, columns=cols)


def _rows(rows: list[tuple], cols: list[str]) -> pd.DataFrame:
    """A frame from tuples in ``cols`` order, built column by column."""
    if not rows:
        return pd.DataFrame([], columns=cols)
    assert len(rows[0]) == len(cols), (len(rows[0]), cols)
    columns = zip(*rows, strict=True)
    return pd.DataFrame({c: list(v) for c, v in zip(cols, columns, strict=True)}, columns=cols)


class _Columns:
    """A large table gathered column by column, turned into typed pandas arrays every ``chunk`` rows.

    The evidence table has about 1.4 million rows at 50,000 documents; as Python lists of row
    tuples and then object columns it took several times its final size while it was built.
    Appending to per-column lists and converting them a chunk at a time keeps the Python objects of
    at most one chunk alive; string chunks are joined without copying (pyarrow chunked arrays).
    """

    def __init__(self, cols: list[str], dtypes: dict[str, str], chunk: int = 1 << 16) -> None:
        self.cols = cols
        self.dtypes = {c: dtypes.get(c, "string") for c in cols}
        self.lists: list[list] = [[] for _ in cols]
        self._chunks: list[list] = [[] for _ in cols]
        self._chunk = chunk

    def flush(self, force: bool = False) -> None:
        """Convert the gathered rows when a chunk is full (or always, with ``force``)."""
        if not self.lists[0] or (len(self.lists[0]) < self._chunk and not force):
            return
        for col, values, chunks in zip(self.cols, self.lists, self._chunks, strict=True):
            chunks.append(pd.array(values, dtype=self.dtypes[col]))
            values.clear()  # in place: callers append through their own references to these lists

    def frame(self) -> pd.DataFrame:
        self.flush(force=True)
        if not self._chunks[0]:
            return pd.DataFrame([], columns=self.cols)
        data = {}
        for col, chunks in zip(self.cols, self._chunks, strict=True):
            data[col] = _joined(chunks)
            chunks.clear()
        return pd.DataFrame(data, columns=self.cols)


def _joined(chunks: list) -> Any:
    """One array from the chunks of a column (text chunks are joined without copying their data)."""
    return chunks[0] if len(chunks) == 1 else type(chunks[0])._concat_same_type(chunks)


def _snipper() -> Callable[[EventRecord, str, int, int], str]:
    """``snippet`` with a memo: many facts of a document cite the same span (derived fields cite the
    lead sentence), so each is cut once. Only the current document's snippets are kept: the memo
    never grows with the corpus."""
    snips: dict[tuple[int, int], str] = {}
    of = [""]

    def snip(r: EventRecord, text: str, start: int, end: int) -> str:
        if of[0] != r.sha256:
            snips.clear()
            of[0] = r.sha256
        value = snips.get((start, end))
        if value is None:
            value = snips[(start, end)] = snippet(text, start, end)
        return value

    return snip


def _evidence_frame(merged: list[MergedEvent], texts: dict[str, str]) -> pd.DataFrame:
    """The evidence table: every record's evidence, in the order of the events and of their records."""
    evidence = _Columns(C.EVIDENCE + C.EVIDENCE_EXTRA, {"start": "Int64", "end": "Int64"})
    e_eid, e_field, e_value, e_src, e_start, e_end, e_snip, e_conf, e_why = evidence.lists
    snip = _snipper()
    for m in merged:
        eid = m.event_id
        for r in m.records:
            text = texts.get(r.source_file, "")
            src = r.source_file
            for e in r.evidence:
                e_eid.append(eid)
                e_field.append(e.field)
                e_value.append(e.value)
                e_src.append(src)
                e_start.append(e.start)
                e_end.append(e.end)
                e_snip.append(snip(r, text, e.start, e.end))
                e_conf.append(e.confidence)
                e_why.append(e.reasoning)
        evidence.flush()
    return evidence.frame()


def build_tables(results: list[DocumentResult], merged: list[MergedEvent], validate: bool = True) -> Tables:
    texts = {r.source_file: r.text for r in results if r.text}
    evidence = _evidence_frame(merged, texts)
    ev_rows, src_rows, cty_rows, org_rows, prog_rows, theme_rows, unk_rows, merge_rows = (
        [] for _ in range(8)
    )
    snip = _snipper()

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
        # long tables as tuples in their codebook column order (see the _rows() calls below)
        src_rows += [(eid, s, h) for s, h in sources]
        cty_rows += [(eid, i, country_name(i), ro) for i, ro in countries]
        org_rows += [(eid, o, ro) for o, ro in orgs]
        prog_rows += [(eid, p) for p in programmes]
        theme_rows += [(eid, t) for t in themes]
        for r in recs:
            text = texts.get(r.source_file, "")
            for kind, name, s, e in r.unknown_names:
                unk_rows.append((eid, r.source_file, kind, name, s, e, snip(r, text, s, e)))
        for why, r in zip(m.reasons, recs[1:], strict=False):
            merge_rows.append((eid, r.source_file, recs[0].source_file, why))
    n_events: dict[str, int] = {}
    for m in merged:
        for s in {r.source_file for r in m.records}:
            n_events[s] = n_events.get(s, 0) + 1
    # C.DOCUMENTS + C.DOCUMENTS_EXTRA order
    doc_rows = [(
        r.source_file, r.sha256, r.status, r.message, bool(r.encoding_repaired),
        n_events.get(r.source_file, 0), r.format, r.encoding, r.size_bytes, r.title, r.published_date,
        getattr(r, "text_sha256", ""),
    ) for r in results]
    # each list of rows is emptied as soon as its frame exists, not held to the end beside the frames
    def take(rows: list, cols: list[str], build=_rows) -> pd.DataFrame:
        df = build(rows, cols)
        rows.clear()
        return df

    tables = Tables(
        events=take(ev_rows, C.EVENTS + C.EVENTS_EXTRA, _frame),
        event_sources=take(src_rows, C.EVENT_SOURCES),
        event_countries=take(cty_rows, C.EVENT_COUNTRIES),
        event_organizations=take(org_rows, C.EVENT_ORGANIZATIONS),
        event_programmes=take(prog_rows, C.EVENT_PROGRAMMES),
        event_themes=take(theme_rows, C.EVENT_THEMES),
        documents=take(doc_rows, C.DOCUMENTS + C.DOCUMENTS_EXTRA),
        evidence=evidence,
        unknown_names=take(unk_rows, C.UNKNOWN_NAMES),
        merges=take(merge_rows, C.MERGES),
        texts=texts,
    )
    from data_loader.tables.schema import coerce_and_validate

    return coerce_and_validate(tables, validate=validate)
