"""Add new files to tables already built, without rebuilding them.

A running dashboard that sees one file appear in a folder of ten thousand should not re-read,
re-merge and re-validate the other ten thousand. When the folder only *gained* files since the
last build, the new files are read alone and spliced into the old tables, in exactly the rows,
order, dtypes and event ids a full rebuild would give.

A new file may report an event the tables already hold. Merging (``merge.merge_events``) compares a
record only with the groups it finds by its (month, place) keys and names in quotes, and merging the
records of some whole groups alone gives back exactly those groups. So the old events a new record may
join are found (their records read back from the per-document cache, event by event: see ``_Closure``),
and, for old records after the first new file in folder order, the events they may join or belong to;
those records are merged again with the new ones, and only the events that come out different replace
the old ones. A document's own rows (status, number of events) do not depend on merges, so the old
documents keep theirs.

The caller rebuilds in full when a file changed or went away, when a new file copies an old one (which
of the two is the duplicate may change), when an old result needed for the merge is not in the cache,
or when more than ``MAX_REMERGED`` old documents would be merged again (a rebuild is then about as fast).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pandas as pd

from data_loader.extract.records import DocumentResult, EventRecord
from data_loader.reading.document import OK
from data_loader.tables.build import Tables, build_tables
from data_loader.tables.merge import (
    MergedEvent,
    event_id_for,
    is_undated,
    lookup_tokens,
    merge_events,
    record_months,
)

#: source_file -> (sha256, status) of every document of a build
FileStates = dict[str, tuple[str, str]]
#: {source_file: sha256} of old documents -> their cached results under those names (missing ones left out)
Fetch = Callable[[dict[str, str]], dict[str, DocumentResult]]
#: more old documents than this to read back and merge again: rebuild instead
MAX_REMERGED = 1000


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
    fetch: Fetch,
    validate: bool,
) -> tuple[FileStates, Tables] | None:
    """(file states, tables) with the new files added, or None when a full rebuild is needed.

    ``process`` reads and extracts the entries at the given indices; ``finish`` marks duplicates
    among them and documents without events, as a full load does; ``fetch`` reads old documents'
    results back from the cache, for the events the new files may merge with.
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
    pos = {name: i for i, name in enumerate(names)}
    plan = _remerge(new, old, old_files, fetch, pos)
    if plan is None:
        return None
    docs, changed, removed, old_keys, new_keys = plan
    part = build_tables(docs, changed, validate=validate)
    part = _without_documents(part, {r.source_file for r in docs} - {r.source_file for r in new})
    tables = _splice(old, part, names, removed, (old_keys, new_keys))
    if tables is None:
        return None
    return {**old_files, **{r.source_file: (r.sha256, r.status) for r in new}}, tables


#: a record's place in a full merge: (folder position of its document, its index among the document's records)
RecordKey = tuple[int, int]
#: more old documents than this to read back from the cache (to find the records to merge again): rebuild
MAX_FETCHED = 5 * MAX_REMERGED


class _Closure:
    """The old events whose records must be merged again with the new ones, found event by event.

    ``merge.merge_events`` compares a record only with the groups it finds by its index keys (``merge.lookup_tokens``),
    and its result for a set of whole groups does not depend on the records outside them: merged alone, the
    records of some of a merge's groups give back exactly those groups. So the records to merge again are
    those of the old events a new record could join (it sees one of their records) and, for old records that
    come after the first new file in folder order (their own merge may turn out differently), of the events
    such a record could join or belongs to, until nothing is added. Whole documents are not drawn in:
    documents with several events link (month, country) buckets until most of a large corpus hangs together.

    Which record of an old document is in which old event is read from the event ids (an event's id names its
    anchor record) and, where a document has several records in events anchored elsewhere, those events
    are taken together (all or none).
    """

    def __init__(self, new: list[DocumentResult], old: Tables, old_files: FileStates, fetch: Fetch,
                 pos: dict[str, int]) -> None:
        self.old, self.old_files, self.fetch, self.pos = old, old_files, fetch, pos
        self.src = old.event_sources
        self.docs: dict[str, DocumentResult] = {}
        self.events_of: dict[RecordKey, frozenset[str]] = {}  # old record -> the event(s) it may be in
        self.ties: list[frozenset[str]] = []  # events taken together (all or none)
        self.sources: dict[str, set[str]] = {}  # old event -> its documents, for the events in ``chosen``
        self.chosen: set[str] = set()  # old events to merge again
        self.first_new = min(pos[r.source_file] for r in new)
        self.forward = any(pos[n] > self.first_new for n in old_files)
        self.seer: set[tuple] = set()  # what the new records and the affected old records look up
        self.seen: set[tuple] = set()  # what the new records and the chosen old records are found by
        self.affected: set[RecordKey] = set()
        self.months: set[tuple[int, int]] = set()
        self.asked: set[tuple[int, int]] = set()
        self.undated_wanted = self.undated_fetched = False
        self._counted: set[RecordKey] = set()  # chosen records whose tokens and months are taken
        self.name_at = {i: n for n, i in pos.items()}
        for r in new:
            for ev in r.events:
                self.seer |= lookup_tokens(ev, seer=True)
                self.seen |= lookup_tokens(ev, seer=False)
                self.months |= set(record_months(ev))
                self.undated_wanted |= bool(ev.quoted_titles)

    def record(self, key: RecordKey) -> EventRecord:
        return self.docs[self.name_at[key[0]]].events[key[1]]

    def grow(self) -> bool:
        """Draw in events until nothing changes; False when that cannot be done exactly and cheaply."""
        while True:
            if not self._fetch_months():
                return False
            grown = False
            for key, ids in self.events_of.items():
                if ids <= self.chosen and key not in self.affected and not self._after(key):
                    continue
                ev = self.record(key)
                if not ids <= self.chosen and not lookup_tokens(ev, seer=False).isdisjoint(self.seer):
                    grown |= self._choose(ids)  # a new or affected record may join its event
                if self.forward and key not in self.affected and self._after(key) and (
                        ids <= self.chosen or not lookup_tokens(ev, seer=True).isdisjoint(self.seen)):
                    # it comes after a new file and may decide otherwise: it is merged again, with the
                    # events it could join
                    if is_undated(ev) and ev.quoted_titles:
                        return False  # it looks for its name in every month
                    self.affected.add(key)
                    self.seer |= lookup_tokens(ev, seer=True)
                    self.months |= set(record_months(ev))
                    self.undated_wanted |= bool(ev.quoted_titles)
                    grown |= self._choose(ids)
                    grown = True
            status = self._complete()
            if status is None:
                return False
            if not (grown or status or self.months - self.asked or (self.undated_wanted and not self.undated_fetched)):
                return True

    def _after(self, key: RecordKey) -> bool:
        return key[0] > self.first_new

    def _choose(self, ids: frozenset[str]) -> bool:
        if ids <= self.chosen:
            return False
        self.chosen |= ids
        return True

    def _complete(self) -> bool | None:
        """Read every document of the chosen events and take the events tied to them; True when anything
        was added, None when a document cannot be read back."""
        added = False
        while True:
            for tie in self.ties:
                if not tie.isdisjoint(self.chosen) and not tie <= self.chosen:
                    self.chosen |= tie
                    added = True
            missing = self.chosen - self.sources.keys()
            if missing:
                rows = self.src.loc[self.src["event_id"].isin(list(missing))]
                for eid, name in zip(rows["event_id"].astype(str), rows["source_file"].astype(str), strict=True):
                    self.sources.setdefault(eid, set()).add(name)
                if not self.chosen <= self.sources.keys():
                    return None  # an event with no sources listed
            wanted = {n for e in self.chosen for n in self.sources[e]} - self.docs.keys()
            if not wanted:
                break
            if not self._read(wanted):
                return None
            added = True
        for key in self.chosen_records():
            if key in self._counted:
                continue
            self._counted.add(key)
            ev = self.record(key)
            self.seen |= lookup_tokens(ev, seer=False)
            if self.forward:
                if is_undated(ev) and ev.quoted_titles:
                    return None  # records of its name in any month may find it
                self.months |= set(record_months(ev))
                self.undated_wanted |= bool(ev.quoted_titles)
        return added

    def chosen_records(self) -> list[RecordKey]:
        return sorted(k for k, ids in self.events_of.items() if ids <= self.chosen)

    def _fetch_months(self) -> bool:
        months = self.months - self.asked
        names: set[str] = set()
        if months:
            self.asked |= months
            found = _sources_on(self.old, months)
            if found is None:
                return False
            names |= found
        if self.undated_wanted and not self.undated_fetched:
            self.undated_fetched = True
            names |= _undated_sources(self.old)
        names -= self.docs.keys()
        return self._read(names) if names else True

    def _read(self, names: set[str]) -> bool:
        """Read old documents back and tell which of their records is in which old event."""
        if len(self.docs) + len(names) > MAX_FETCHED or any(
                self.old_files.get(n, ("", ""))[1] != OK for n in names):
            return False  # too many to read back, or a source the file states do not know as read
        wanted = {n: self.old_files[n][0] for n in names}
        got = self.fetch(wanted)
        if got.keys() != wanted.keys():
            return False  # not in the cache (or unreadable there): only a rebuild re-extracts it
        rows = self.src.loc[self.src["source_file"].isin(list(names))]
        listed: dict[str, set[str]] = {}
        for eid, name in zip(rows["event_id"].astype(str), rows["source_file"].astype(str), strict=True):
            listed.setdefault(name, set()).add(eid)
        for name, r in got.items():
            ids = listed.get(name, set())
            if len(ids) != len(r.events):
                return False  # the tables disagree with the cached result
            at = self.pos[name]
            rest_keys, rest_ids = [], set(ids)
            for i, ev in enumerate(r.events):
                eid = event_id_for(r.sha256, ev.ordinal)
                if eid in ids and eid in rest_ids:
                    self.events_of[(at, i)] = frozenset([eid])
                    rest_ids.discard(eid)
                else:
                    rest_keys.append((at, i))
            if len(rest_keys) != len(rest_ids):
                return False
            tie = frozenset(rest_ids)
            for key in rest_keys:
                self.events_of[key] = tie
            if len(tie) > 1:
                self.ties.append(tie)
        self.docs.update(got)
        return True

    def extend_to(self, name: str) -> bool:
        """Take every event of an old document (to know the order of its events); True when any was added."""
        ids = set(self.src.loc[self.src["source_file"] == name, "event_id"].astype(str))
        if ids <= self.chosen:
            return False
        self.chosen |= ids
        return True


def _remerge(new: list[DocumentResult], old: Tables, old_files: FileStates, fetch: Fetch, pos: dict[str, int]
             ) -> tuple[list[DocumentResult], list[MergedEvent], set[str], dict[str, RecordKey],
                        dict[str, RecordKey]] | None:
    """What to splice: (documents merged again, the events that changed, the old event ids they replace, the
    first record of each old event kept that was merged again, the first record of each changed event), or
    None when a full rebuild is needed."""
    if any(ev.quoted_titles and is_undated(ev) for r in new for ev in r.events):
        return None  # a new undated report may join an event of any month: only a full merge finds it
    c = _Closure(new, old, old_files, fetch, pos)
    new_names = {r.source_file for r in new}
    while True:
        if not c.grow():
            return None
        keys = c.chosen_records()
        by_doc: dict[str, list[int]] = {}
        for at, i in keys:
            by_doc.setdefault(c.name_at[at], []).append(i)
        if len(by_doc) > MAX_REMERGED:
            return None  # too many to merge again: a rebuild is about as fast
        olds = [replace(c.docs[n], events=[c.docs[n].events[i] for i in idx]) for n, idx in by_doc.items()]
        olds.sort(key=lambda r: pos[r.source_file])
        key_of = {id(c.record(k)): k for k in keys}
        for r in new:
            key_of.update((id(ev), (pos[r.source_file], i)) for i, ev in enumerate(r.events))
        before = merge_events(olds)
        # the old events merged alone must come back as the tables hold them
        if {m.event_id for m in before} != c.chosen or any(
                {r.source_file for r in m.records} != c.sources[m.event_id] for m in before):
            return None
        old_groups = {frozenset(key_of[id(r)] for r in m.records): m for m in before}
        docs = sorted([*olds, *new], key=lambda r: pos[r.source_file])
        after = merge_events(docs)
        changed = [m for m in after if frozenset(key_of[id(r)] for r in m.records) not in old_groups]
        kept = {m.event_id for m in after} & c.chosen - {m.event_id for m in changed}
        removed = c.chosen - kept
        new_keys = {m.event_id: min(key_of[id(r)] for r in m.records) for m in changed}
        # a changed event first reported by an old document: every event of that document is merged again,
        # so that the order of its events (by their records' places in it) is known
        firsts = {c.name_at[k[0]] for k in new_keys.values()} - new_names
        if not any([c.extend_to(n) for n in sorted(firsts)]):
            break
    old_keys = {m.event_id: min(key_of[id(r)] for r in m.records) for m in before if m.event_id in kept}
    return docs, changed, removed, old_keys, new_keys


def _undated_sources(old: Tables) -> set[str]:
    """The documents of old events that give no date at all (neither days nor a month)."""
    ev = old.events
    if ev.empty:
        return set()
    undated = ~ev["date_precision"].isin(["day", "month"]).fillna(False) | ev["year"].isna()
    ids = ev.loc[undated.to_numpy(dtype=bool), "event_id"]
    src = old.event_sources
    return set(src.loc[src["event_id"].isin(ids), "source_file"].astype(str))


def _sources_on(old: Tables, months: set[tuple[int, int]]) -> set[str] | None:
    """Every old document with an event in one of these (year, month): a superset of the documents with
    a record in a bucket of those months.

    An event's row holds its primary record's dates, and a record joins an event only when it agrees
    with every record of it, the primary too (``merge._contradicts``): so it shares a month with the
    row's span, and the rows whose span includes a wanted month carry every record of those buckets.
    """
    ev = old.events
    if ev.empty or not months:
        return set()
    wanted = np.array(sorted({y * 12 + m - 1 for y, m in months}), dtype=np.int64)
    end = pd.to_datetime(ev["end_date"], errors="coerce")
    start = pd.to_datetime(ev["start_date"], errors="coerce").fillna(end)  # only the last day known: that day
    end = end.fillna(start)
    by_day = (ev["date_precision"] == "day").fillna(False).to_numpy(dtype=bool) & start.notna().to_numpy()
    by_month = ((ev["date_precision"] == "month").fillna(False).to_numpy(dtype=bool)
                & ev["year"].notna().to_numpy() & ev["month"].notna().to_numpy())
    lo = np.full(len(ev), -(1 << 40), dtype=np.int64)
    hi = np.full(len(ev), -(1 << 40), dtype=np.int64)
    lo[by_day] = (start[by_day].dt.year * 12 + start[by_day].dt.month - 1).to_numpy(dtype=np.int64)
    hi[by_day] = (end[by_day].dt.year * 12 + end[by_day].dt.month - 1).to_numpy(dtype=np.int64)
    ym = (ev["year"].to_numpy(dtype="float64", na_value=np.nan) * 12 + ev["month"].to_numpy(
        dtype="float64", na_value=np.nan) - 1)
    lo[by_month] = ym[by_month].astype(np.int64)
    hi[by_month] = ym[by_month].astype(np.int64)
    # a wanted month within [lo, hi]
    first_at_or_after = np.searchsorted(wanted, lo, side="left")
    hit = (first_at_or_after < len(wanted)) & (wanted[np.minimum(first_at_or_after, len(wanted) - 1)] <= hi)
    hit &= by_day | by_month
    ids = ev.loc[hit, "event_id"]
    if ids.empty:
        return set()
    src = old.event_sources
    return set(src.loc[src["event_id"].isin(ids), "source_file"].astype(str))


def _without_documents(part: Tables, names: set[str]) -> Tables:
    """The rebuilt events without the rows of old documents drawn in: those keep their old rows (their
    status and number of events do not depend on merges) and their texts."""
    if not names:
        return part
    docs = part.documents
    part.documents = docs[~docs["source_file"].isin(names)].reset_index(drop=True)
    part.texts = {k: v for k, v in part.texts.items() if k not in names}
    return part


def _duplicates_old(new: list[DocumentResult], old: Tables, old_files: FileStates) -> bool:
    """A new file with the bytes or the text of an old one changes which of the two is 'duplicate'."""
    old_shas = {sha for sha, _ in old_files.values()}
    fresh = [r for r in new if r.status == OK or r.events]
    if any(r.sha256 in old_shas for r in fresh):
        return True
    keys = {r.text_sha256 or text_key(r.text) for r in fresh if r.text}
    return bool(keys) and bool(old.documents["text_sha256"].isin(list(keys)).any())


def _splice(old: Tables, part: Tables, names: list[str], removed: set[str],
            keys: tuple[dict[str, RecordKey], dict[str, RecordKey]] | None = None) -> Tables | None:
    """Old and new rows in the order a full build writes them, or None when the old tables are not in
    that order (then only a rebuild is sure to be).

    A full build writes documents in folder order, and events in the order of their earliest source
    record, each event's rows together in every table. A new event whose earliest document also leads
    old events left in place goes among them by its first record's place in that document (``keys``:
    first records of the new events and of those old ones; without them such a splice is refused).
    So each old table is cut at a few rows: before the old event a new
    event goes in front of, and around the rows of the old events in ``removed`` (merged again in
    ``part``, perhaps under the same id), which are left out. Copying only the pieces, rather than
    sorting every row, keeps this a small cost at any corpus size.
    """
    doc_pos = {name: i for i, name in enumerate(names)}
    # indexes of the event ids: a hash look-up of many ids at once (see _positions)
    old_index, new_index = pd.Index(old.events["event_id"]), pd.Index(part.events["event_id"])
    if not (old_index.is_unique and new_index.is_unique):
        return None
    old_first, new_first = _first_docs(old, old_index, doc_pos), _first_docs(part, new_index, doc_pos)
    if old_first is None or new_first is None or (np.diff(old_first) < 0).any():
        return None
    gone = np.sort(_positions(old_index, pd.Index(sorted(removed), dtype=old_index.dtype), missing_ok=True))
    # each new event goes in front of this old event (an index into old.events; len: at the end)
    slot = np.searchsorted(old_first, new_first, side="right")
    kept = np.ones(len(old_first), dtype=bool)
    kept[gone] = False
    shared = np.flatnonzero(np.isin(new_first, old_first[kept]))
    if len(shared):
        # an old event left in place shares its earliest document with a new one: their order is that of
        # their first records in that document, which ``keys`` must give for both
        if keys is None or not new_index.is_unique:
            return None
        old_keys, new_keys = keys
        for j in shared:
            key = new_keys.get(new_index[j])
            lo = np.searchsorted(old_first, new_first[j], side="left")
            others = [k for k in range(lo, slot[j]) if kept[k]]
            theirs = [old_keys.get(old_index[k]) for k in others]
            if key is None or None in theirs:
                return None
            slot[j] = next((k for k, t in zip(others, theirs, strict=True) if t > key), slot[j])
    same_id = old_index.get_indexer(new_index)  # (the old index is hashed once: not a new hash of every id)
    if (np.diff(slot) < 0).any() or kept[same_id[same_id >= 0]].any():
        return None  # not in the full build's order, or an id twice
    frames = {}
    for name, old_df in old.as_dict().items():
        new_df = getattr(part, name)
        if name == "documents":
            cuts = _document_cuts(old_df, new_df, doc_pos)
        else:
            cuts = _event_cuts(old_df, new_df, old_index, new_index, slot, gone)
        if cuts is None:
            return None
        frames[name] = _cut_and_join(old_df, new_df, *cuts)
    return Tables(**frames, texts={**old.texts, **part.texts})


def _runs(ids: pd.Series) -> tuple[np.ndarray, pd.Index] | None:
    """(first row, event id) of each event's run of rows, or None when an event's rows are not together."""
    codes, uniques = pd.factorize(ids)  # codes in order of first appearance: runs step by exactly one
    if not len(codes):
        return np.empty(0, dtype=np.int64), uniques
    step = np.diff(codes)
    if codes[0] != 0 or ((step != 0) & (step != 1)).any():
        return None
    return np.flatnonzero(np.concatenate(([True], step != 0))), uniques


def _positions(index: pd.Index, ids: pd.Index, missing_ok: bool = False) -> np.ndarray | None:
    """Position of each id in ``index`` (unique ids); None when one is missing, unless ``missing_ok``
    (then it is left out)."""
    at = index.get_indexer(ids).astype(np.int64)
    if (at < 0).any():
        return at[at >= 0] if missing_ok else None
    return at


def _first_docs(t: Tables, ids: pd.Index, doc_pos: dict[str, int]) -> np.ndarray | None:
    """Folder position of each event's earliest source, in the order of ``t.events``; None when the
    sources are not listed event by event in that order."""
    src = t.event_sources
    runs = _runs(src["event_id"])
    if runs is None or not runs[1].equals(ids):
        return None
    try:
        pos = np.array([doc_pos[s] for s in src["source_file"].tolist()], dtype=np.int64)
    except KeyError:
        return None
    return np.minimum.reduceat(pos, runs[0]) if len(pos) else np.empty(0, dtype=np.int64)


#: (old row, first new row, end new row): the new rows go in front of that old row; (start, end): old rows left out
Cuts = tuple[list[tuple[int, int, int]], list[tuple[int, int]]]


def _event_cuts(old_df: pd.DataFrame, new_df: pd.DataFrame, old_index: pd.Index, new_index: pd.Index,
                slot: np.ndarray, gone: np.ndarray) -> Cuts | None:
    """Where a table holding ``event_id`` is cut: each new event's rows in front of the rows of the old
    event it goes before (or of the next old event with rows here), and the rows of removed events."""
    old_runs, new_runs = _runs(old_df["event_id"]), _runs(new_df["event_id"])
    if old_runs is None or new_runs is None:
        return None
    old_at, new_at = _positions(old_index, old_runs[1]), _positions(new_index, new_runs[1])
    if old_at is None or new_at is None or (np.diff(old_at) <= 0).any() or (np.diff(new_at) <= 0).any():
        return None
    old_ends = np.append(old_runs[0], len(old_df))
    new_ends = np.append(new_runs[0], len(new_df))
    new_slot = slot[new_at]  # never decreasing: the new events are in their full-build order
    inserts = []
    for s in np.unique(new_slot):
        first, last = np.searchsorted(new_slot, s, "left"), np.searchsorted(new_slot, s, "right")
        inserts.append((int(old_ends[np.searchsorted(old_at, s)]), int(new_ends[first]), int(new_ends[last])))
    dropped = np.flatnonzero(np.isin(old_at, gone))
    return inserts, [(int(old_ends[k]), int(old_ends[k + 1])) for k in dropped]


def _document_cuts(old_df: pd.DataFrame, new_df: pd.DataFrame, doc_pos: dict[str, int]) -> Cuts | None:
    """New documents' rows go where their names sort: the folder holds the old files and the new ones."""
    if len(old_df) + len(new_df) != len(doc_pos):
        return None
    pos = [doc_pos[s] for s in new_df["source_file"].tolist()]
    if pos != sorted(pos):
        return None
    # the j-th new document (in folder order) has j new ones before it: the rest before it are old
    return [(p - j, j, j + 1) for j, p in enumerate(pos)], []


#: a text column in more pieces than this after a splice is joined into one (each splice adds a few)
MAX_CHUNKS = 64


def _cut_and_join(old_df: pd.DataFrame, new_df: pd.DataFrame, inserts: list[tuple[int, int, int]],
                  drops: list[tuple[int, int]]) -> pd.DataFrame:
    """The old rows with the new blocks put in and the dropped runs left out, in row order."""
    if not inserts and not drops:
        return old_df
    # at one old row: first the new rows (0), then the dropped run that starts there (1)
    ops = sorted([(row, 0, a, b) for row, a, b in inserts] + [(start, 1, end, 0) for start, end in drops])
    pieces, at = [], 0
    for row, kind, a, b in ops:
        if row > at:
            pieces.append(old_df.iloc[at:row])
            at = row
        if kind == 0:
            pieces.append(new_df.iloc[a:b])
        else:
            at = a  # the end of the dropped run
    pieces.append(old_df.iloc[at:])
    pieces = [p for p in pieces if len(p)]
    if not pieces:
        return old_df.iloc[0:0].reset_index(drop=True)
    return _compact(pd.concat(pieces, ignore_index=True))


def _compact(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns are joined from their pieces without a copy (pyarrow chunks); after many splices a
    column of too many small pieces is made one again (values and types unchanged)."""
    for col in df.columns:
        values = df[col].array
        if isinstance(values, pd.arrays.ArrowStringArray) and values.__arrow_array__().num_chunks > MAX_CHUNKS:
            df[col] = pd.arrays.ArrowStringArray(values.__arrow_array__().combine_chunks(), dtype=values.dtype)
    return df
