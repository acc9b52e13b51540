"""Add new files to tables already built, without rebuilding them.

A running dashboard that sees one file appear in a folder of ten thousand should not re-read,
re-merge and re-validate the other ten thousand. When the folder only *gained* files since the
last build, the new files are read alone and spliced into the old tables, in exactly the rows,
order, dtypes and event ids a full rebuild would give.

A new file may report an event the tables already hold. Merging (``merge.merge_events``) only ever
compares records in the same bucket of (dates, place), and its result for a bucket depends only on the
records of that bucket, in folder order. So the old documents with a record in a bucket a new record
falls into are read back from the per-document cache (with every other bucket they have records in,
until no further document is drawn in), their old events are dropped, and their records are merged
again together with the new ones; the other events cannot change. A document's own rows (status,
number of events) do not depend on merges, so the old documents keep theirs.

The caller rebuilds in full when a file changed or went away, when a new file copies an old one (which
of the two is the duplicate may change), when an old result needed for the merge is not in the cache,
or when the merge would draw in more than ``MAX_REMERGED`` old documents (a rebuild is then about as fast).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np
import pandas as pd

from data_loader.extract.records import DocumentResult
from data_loader.reading.document import OK
from data_loader.tables.build import Tables, build_tables
from data_loader.tables.merge import merge_buckets, merge_events

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
    affected = _drawn_in(new, old, old_files, fetch)
    if affected is None:
        return None
    pos = {name: i for i, name in enumerate(names)}
    removed = _old_event_ids(list(affected.values()), old, pos)
    if removed is None:
        return None
    docs = sorted([*affected.values(), *new], key=lambda r: pos[r.source_file])
    part = build_tables(docs, merge_events(docs), validate=validate)
    part = _without_documents(part, set(affected))
    tables = _splice(old, part, names, removed)
    if tables is None:
        return None
    return {**old_files, **{r.source_file: (r.sha256, r.status) for r in new}}, tables


def _drawn_in(new: list[DocumentResult], old: Tables, old_files: FileStates, fetch: Fetch
              ) -> dict[str, DocumentResult] | None:
    """The old documents whose events must be merged again with the new ones (name -> cached result),
    or None when that cannot be done exactly and cheaply.

    A document is drawn in when one of its records shares a bucket with a record already drawn in; then
    all its records are, so that no old event left in place shares its first document with an event
    merged again (their order would depend on positions inside that document, which the tables lack).
    """
    buckets = set().union(*map(_buckets_of, new))
    # a report that gives no date joins an event only by the same name in quotes (merge.same_event): with
    # names on either side, the old undated reports are merged again with the new ones
    titles = {t for r in new for ev in r.events for t in ev.quoted_titles}
    if any(ev.quoted_titles and not merge_buckets(ev) for r in new for ev in r.events):
        return None  # it may join an event of any month: only a full merge finds it
    first_names = _undated_sources(old) if titles else set()
    asked: set[tuple] = set()
    fetched: dict[str, DocumentResult] = {}
    fetched_buckets: dict[str, set[tuple]] = {}  # each fetched document's buckets, found once
    drawn: dict[str, DocumentResult] = {}
    while True:
        months = {b[:2] for b in buckets} - asked
        if months or first_names:
            asked |= months
            names = _sources_on(old, months)
            if names is None:
                return None
            names |= first_names
            first_names = set()
            names -= fetched.keys()
            if len(fetched) + len(names) > MAX_REMERGED or any(old_files.get(n, ("", ""))[1] != OK for n in names):
                return None  # too many to merge again, or a source the file states do not know as read
            wanted = {n: old_files[n][0] for n in names}
            got = fetch(wanted) if wanted else {}
            if got.keys() != wanted.keys():
                return None  # not in the cache (or unreadable there): only a rebuild re-extracts it
            fetched.update(got)
            fetched_buckets.update((n, _buckets_of(r)) for n, r in got.items())
        grown = False
        for name, r in fetched.items():
            if name not in drawn and (not fetched_buckets[name].isdisjoint(buckets) or (
                    titles and _shares_title(r, titles))):
                drawn[name] = r
                buckets |= fetched_buckets[name]
                grown = True
        if not grown and not ({b[:2] for b in buckets} - asked):
            return drawn


def _undated_sources(old: Tables) -> set[str]:
    """The documents of old events that give no date at all (neither days nor a month)."""
    ev = old.events
    if ev.empty:
        return set()
    undated = ~ev["date_precision"].isin(["day", "month"]).fillna(False) | ev["year"].isna()
    ids = ev.loc[undated.to_numpy(dtype=bool), "event_id"]
    src = old.event_sources
    return set(src.loc[src["event_id"].isin(ids), "source_file"].astype(str))


def _shares_title(old: DocumentResult, titles: set[str]) -> bool:
    """Whether an undated record of an old document has one of the new records' names in quotes."""
    return any(set(ev.quoted_titles) & titles for ev in old.events if not merge_buckets(ev))


def _buckets_of(r: DocumentResult) -> set[tuple]:
    """The merge buckets of a document's records (records never merged have none)."""
    return {b for ev in r.events for b in merge_buckets(ev)}


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
    start = pd.to_datetime(ev["start_date"], errors="coerce")
    end = pd.to_datetime(ev["end_date"], errors="coerce").fillna(start)
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


def _old_event_ids(drawn: list[DocumentResult], old: Tables, pos: dict[str, int]) -> set[str] | None:
    """The ids of the old events of the drawn-in documents, or None when the tables disagree with the
    cached results (then they cannot be merged again exactly).

    The closure in ``_drawn_in`` leaves no other record in their buckets, so merging these documents
    alone gives back exactly their old events; the table must list the same ids for them.
    """
    if not drawn:
        return set()
    ids = {m.event_id for m in merge_events(sorted(drawn, key=lambda r: pos[r.source_file]))}
    src = old.event_sources
    listed = set(src.loc[src["source_file"].isin([r.source_file for r in drawn]), "event_id"].astype(str))
    return ids if listed == ids else None


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


def _splice(old: Tables, part: Tables, names: list[str], removed: set[str]) -> Tables | None:
    """Old and new rows in the order a full build writes them, or None when the old tables are not in
    that order (then only a rebuild is sure to be).

    A full build writes documents in folder order, and events in the order of their earliest source
    document, each event's rows together in every table. Events that share their earliest document
    come from one of the two tables only (see ``_drawn_in``), where they already stand in the order of
    their records in that document. So each old table is cut at a few rows: before the old event a new
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
    kept_first = np.delete(old_first, gone)
    if np.isin(new_first, kept_first).any():
        return None  # an old event left in place shares its earliest document with a new one
    # each new event goes in front of this old event (an index into old.events; len: at the end)
    slot = np.searchsorted(old_first, new_first, side="right")
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
