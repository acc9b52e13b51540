"""Add new files to tables already built, without rebuilding them.

A running dashboard that sees one file appear in a folder of ten thousand should not re-read,
re-merge and re-validate the other ten thousand. When the folder only *gained* files since the
last build, and the new files neither duplicate an old one nor report an old event again, their
tables are built alone and spliced into the old ones, in exactly the rows and order a full
rebuild would give. In every other case the caller rebuilds in full.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pandas as pd

from data_loader.document import OK
from data_loader.merge import MergedEvent, _date_key, _place_key, merge_events, same_event
from data_loader.records import DocumentResult, EventRecord
from data_loader.tables import Tables, build_tables

#: source_file -> (sha256, status) of every document of a build
FileStates = dict[str, tuple[str, str]]


def text_key(text: str) -> str:
    """Same text up to spacing and case: how duplicates are recognised (see pipeline.mark_duplicates)."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def append_new(
    old_files: FileStates,
    old: Tables,
    names: list[str],
    shas: list[str | None],
    process: Callable[[list[int]], list[DocumentResult]],
    finish: Callable[[list[DocumentResult]], None],
    validate: bool,
) -> tuple[FileStates, Tables] | None:
    """(file states, tables) with the new files added, or None when a full rebuild is needed.

    ``process`` reads and extracts the entries at the given indices; ``finish`` marks duplicates
    among them and documents without events, as a full load does.
    """
    now = dict(zip(names, shas, strict=True))
    if any(now.get(name) != sha for name, (sha, _status) in old_files.items()):
        return None  # a file changed or went away
    added = [i for i, name in enumerate(names) if name not in old_files]
    if not added or any(shas[i] is None for i in added):
        return None
    new = process(added)
    finish(new)
    if _duplicates_old(new, old, old_files):
        return None
    groups = merge_events(new)
    if _merges_with_old(groups, old):
        return None
    part = build_tables(new, groups, validate=validate)
    states = {**old_files, **{r.source_file: (r.sha256, r.status) for r in new}}
    return states, _splice(old, part, names)


def _duplicates_old(new: list[DocumentResult], old: Tables, old_files: FileStates) -> bool:
    """A new file with the bytes or the text of an old one changes which of the two is 'duplicate'."""
    old_shas = {sha for sha, _ in old_files.values()}
    fresh = [r for r in new if r.status == OK or r.events]
    if any(r.sha256 in old_shas for r in fresh):
        return True
    keys = {r.text_sha256 or text_key(r.text) for r in fresh if r.text}
    known = old.documents.get("text_sha256")
    if known is None:
        return bool(keys) and any(text_key(t) in keys for t in old.texts.values())
    return bool(keys & set(known.dropna().astype(str)))


def _merges_with_old(groups: list[MergedEvent], old: Tables) -> bool:
    """Whether any new record is the same event as an old one (compared only within date buckets)."""
    dated = [r for g in groups for r in g.records if _date_key(r) is not None]
    if not dated or old.events.empty:
        return False
    candidates = _old_records(old, {_date_key(r) for r in dated})
    return any(same_event(o, r) for r in dated for o in candidates if _place_key(o) == _place_key(r))


def _old_records(old: Tables, date_keys: set) -> list[EventRecord]:
    """The merge-relevant facts of the old events on the same dates, rebuilt from their table rows."""
    ev = old.events
    days = {(k[1], k[2]) for k in date_keys if k[0] == "day"}
    months = {(k[1], k[2]) for k in date_keys if k[0] == "month"}
    start = ev["start_date"].dt.strftime("%Y-%m-%d")
    end = ev["end_date"].dt.strftime("%Y-%m-%d").fillna(start)
    mask = pd.Series(False, index=ev.index)
    if days:
        mask |= (ev["date_precision"] == "day") & start.isin({d[0] for d in days})
    if months:
        mask |= (ev["date_precision"] == "month") & ev["year"].isin({m[0] for m in months})
    cand = ev[mask.fillna(False).astype(bool)]
    if cand.empty:
        return []
    ids = set(cand["event_id"])

    def lists(df: pd.DataFrame, col: str) -> dict[str, list[str]]:
        df = df[df["event_id"].isin(ids)]  # a few rows: filter before leaving pandas
        out: dict[str, list[str]] = {}
        for eid, value in zip(df["event_id"].tolist(), df[col].tolist(), strict=True):
            out.setdefault(eid, []).append(value)
        return out

    orgs = old.event_organizations
    org_map = lists(orgs[orgs["role"] == "organizer"], "organization")
    prog_map = lists(old.event_programmes, "programme")
    src_map = lists(old.event_sources, "source_file")
    out = []
    for row, s, e in zip(cand.itertuples(index=False), start[cand.index], end[cand.index], strict=True):
        out.append(EventRecord(
            source_file="\0".join(src_map.get(row.event_id, [""])), sha256="", event_type=str(row.event_type),
            format=str(row.format), start_date=None if pd.isna(s) else s, end_date=None if pd.isna(e) else e,
            date_precision=str(row.date_precision),
            year=None if pd.isna(row.year) else int(row.year), month=None if pd.isna(row.month) else int(row.month),
            city=None if pd.isna(row.city) else str(row.city),
            country_iso3=None if pd.isna(row.country_iso3) else str(row.country_iso3),
            country=None if pd.isna(row.country) else str(row.country),
            organizations=[(o, "organizer") for o in org_map.get(row.event_id, [])],
            programmes=list(prog_map.get(row.event_id, [])),
        ))
    return out


def _splice(old: Tables, part: Tables, names: list[str]) -> Tables:
    """Old and new rows in the order a full build writes them: documents in folder order; events in the
    order of their earliest source document (an event's rows kept together, in their own order)."""
    doc_pos = {name: i for i, name in enumerate(names)}

    def event_order(t: Tables) -> dict[str, int]:
        src = t.event_sources
        return src.assign(pos=src["source_file"].astype(object).map(doc_pos)).groupby("event_id")["pos"].min().to_dict()

    first_doc = {**event_order(old), **event_order(part)}
    rank_old = {e: i for i, e in enumerate(old.events["event_id"])}
    rank_new = {e: i for i, e in enumerate(part.events["event_id"])}
    key = {e: (first_doc.get(e, 1 << 30), 0, r) for e, r in rank_old.items()}
    key.update({e: (first_doc.get(e, 1 << 30), 1, r) for e, r in rank_new.items()})
    order = {e: i for i, e in enumerate(sorted(key, key=key.__getitem__))}
    frames = {}
    for name, old_df in old.as_dict().items():
        new_df = getattr(part, name)
        df = pd.concat([old_df, new_df], ignore_index=True) if len(new_df) else old_df
        column = df["source_file"].astype(object).map(doc_pos) if name == "documents" else \
            df["event_id"].astype(object).map(order)
        frames[name] = df.iloc[column.to_numpy().argsort(kind="stable")].reset_index(drop=True)
    return Tables(**frames, texts={**old.texts, **part.texts})
