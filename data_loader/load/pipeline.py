"""raw files -> documents -> events tables: the one entry point the dashboard and CLI use."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import os
import pickle
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from data_loader import reading
from data_loader.extract import extract_events, extractor_version
from data_loader.extract.records import DocumentResult
from data_loader.load import incremental
from data_loader.load.cache import ResultCache
from data_loader.load.gcpause import cycle_collection_paused
from data_loader.lookup.registries import registry_fingerprint
from data_loader.reading.document import OK, Document
from data_loader.reading.foreign_script import latin_share
from data_loader.settings import cache_dir
from data_loader.tables.build import Tables, build_tables
from data_loader.tables.merge import merge_events

#: files the loader never treats as documents (editor and OS litter).
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", "README.md"}
_NO_CACHE = object()


def _scan(raw_dir: Path, with_stat: bool = False) -> list[tuple]:
    """``(relative posix name, absolute path str[, stat])`` of every document file, sorted by name.

    The same files as ``os.walk`` (hidden folders and litter skipped, symlinked folders
    not entered) with one ``scandir`` per folder and plain strings instead of ``Path``
    objects: listing 50,000 files costs milliseconds rather than a second.
    """
    found: list[tuple] = []
    stack = [("", str(raw_dir))]
    while stack:
        rel, folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        for e in entries:
            name = e.name
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not name.startswith(".") and not e.is_symlink():
                    stack.append((f"{rel}{name}/", e.path))
                continue
            if name.startswith(".") or name in IGNORED_NAMES or name.endswith("~"):
                continue
            if with_stat:
                try:
                    st = e.stat()
                except OSError:
                    st = None
                found.append((rel + name, e.path, st))
            else:
                found.append((rel + name, e.path))
    found.sort(key=lambda t: t[0])
    return found


def list_files(raw_dir: Path) -> list[Path]:
    """Every regular file under ``raw_dir``, in a stable order; hidden files are skipped."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        return []
    return [raw_dir / rel for rel, _ in _scan(raw_dir)]


def fingerprint(raw_dir: Path) -> str:
    """Cheap identity of the folder's state (names, sizes, mtimes) and of the registries, for UI
    cache keys: a new file or an edited registry both change it."""
    h = hashlib.sha256(f"{raw_dir}\0{registry_fingerprint()}".encode())
    if Path(raw_dir).is_dir():
        for rel, _, st in _scan(Path(raw_dir), with_stat=True):
            if st is None:
                continue
            h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def process_bytes(data: bytes, source_file: str) -> DocumentResult:
    """Read and extract one file's bytes; never raises for bad input."""
    return process_document(reading.read_bytes(data, source_file))


def process_document(doc: Document) -> DocumentResult:
    """Extract the events of a read document; never raises for bad input."""
    result = DocumentResult(
        source_file=doc.source_file, sha256=doc.sha256, size_bytes=doc.size_bytes, format=doc.format,
        status=doc.status, message=doc.message, encoding=doc.encoding,
        encoding_repaired=doc.encoding_repaired, text=doc.text,
    )
    if doc.status != OK:
        return result
    try:
        title, published, events = extract_events(doc)
    except Exception as exc:  # noqa: BLE001 - one odd document must not stop the corpus
        result.status = "unreadable"
        result.message = f"The text was read but extraction failed ({type(exc).__name__}: {exc})."
        return result
    result.title, result.published_date, result.events = title, published, events
    result.text_sha256 = incremental.text_key(doc.text)  # in the worker: not serially in the parent
    return result


def _process_path(args: tuple[str, str]) -> DocumentResult:
    """One file's result; through ``read_path``, which refuses a huge file without loading it whole."""
    path, name = args
    return process_document(reading.read_path(path, name=name))


def _sha_of_file(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def _rename(result: DocumentResult, name: str) -> DocumentResult:
    """A cached result was computed under another file name; point a copy of it at this one.

    A copy, because byte-identical files share one cached object: renaming it in
    place would give every copy the last file's name.
    """
    if result.source_file == name:
        return result
    result = _fresh(result)
    result.source_file = name
    result.events = [copy.copy(ev) for ev in result.events]
    for ev in result.events:
        ev.source_file = name
    return result


def _fresh(result: DocumentResult) -> DocumentResult:
    """A shallow copy the pipeline may mark (status, message, events are reassigned, never mutated):
    byte-identical files are served one cached object, and each must be marked on its own."""
    new = object.__new__(DocumentResult)
    new.__dict__.update(result.__dict__)
    return new


def _file_shas(entries: list[tuple], cache: ResultCache | None, hash_unknown: bool = True) -> list[str | None]:
    """Content hash of every file; unchanged files (same size, mtime, ctime, inode) are not re-read.

    With ``hash_unknown`` false, a file the index does not know gets None instead of being read
    and hashed here: the reader hashes it anyway (see :func:`_shas_from_results`).
    """
    known = cache.get_file_index([e[1] for e in entries]) if cache else {}
    shas: list[str | None] = []
    learned = []
    for _rel, path, st in entries:
        if st is None:
            shas.append(None)
            continue
        key = _stat_key(st)
        sha = known.get(path)
        if sha is not None and sha[0] == key:
            shas.append(sha[1])
            continue
        digest = _sha_of_file(Path(path)) if hash_unknown else None
        shas.append(digest)
        if digest is not None:
            learned.append((path, key, digest))
    if cache and learned:
        cache.put_file_index(learned)
    return shas


def _stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _shas_from_results(
    entries: list[tuple], shas: list[str | None], results: list[DocumentResult], cache: ResultCache | None
) -> list[str | None]:
    """Fill in the hashes :func:`_file_shas` left out from the results, which carry the hash of the
    bytes the reader read, and remember them in the file index.

    A result whose size is not the size the folder listing saw was read from a file that changed
    in between, or could not be read at all: its hash stays unknown, as ``_sha_of_file`` leaves it.
    """
    shas = list(shas)
    learned = []
    for i, ((_rel, path, st), r) in enumerate(zip(entries, results, strict=True)):
        if shas[i] is None and st is not None and r.sha256 and r.size_bytes == st.st_size:
            shas[i] = r.sha256
            learned.append((path, _stat_key(st), r.sha256))
    if cache and learned:
        cache.put_file_index(learned)
    return shas


def _process_entries(
    entries: list[tuple], shas: list[str | None], cache: ResultCache | None, workers: int
) -> list[DocumentResult]:
    """Every file's result, from the per-document cache or extracted (in ``workers`` processes).

    Results are not kept in this process after the load: at 50,000 documents they take most of a
    gigabyte, and a later rebuild reads them back from the cache in seconds.
    """
    missing = [s for s in dict.fromkeys(shas) if s]
    cached = cache.get_many(missing) if cache and missing else {}
    results: list[DocumentResult | None] = [None] * len(entries)
    todo = []
    for i, ((name, _path, _st), sha) in enumerate(zip(entries, shas, strict=True)):
        hit = cached.get(sha) if sha else None
        if hit is not None:
            results[i] = _rename(_fresh(hit), name)
        else:
            todo.append(i)
    del cached
    if todo:
        fresh = _extract_files([(entries[i][1], entries[i][0]) for i in todo], cache, workers)
        for i, res in zip(todo, fresh, strict=True):
            results[i] = _fresh(res)
    return [r for r in results if r is not None]


def _extract_files(jobs: list[tuple[str, str]], cache: ResultCache | None, workers: int) -> list[DocumentResult]:
    """Read and extract these files, in order, storing each result in the cache as it arrives.

    With worker processes the parent writes the cache while they extract, instead of after them, and
    the workers send their results pickled: the parent stores those bytes as they are and unpickles
    them once, where it would otherwise unpickle what the pool sent and pickle it again for the cache
    (CPU the parent takes from the workers on a machine with as many workers as cores).
    """
    fresh: list[DocumentResult] = []
    if workers > 1 and len(jobs) >= 2 * workers:
        _prepare_extraction()  # once, here: forked workers inherit it instead of each paying it
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # chunks of at most 32 files (a tenth of a second): with larger ones a worker could sit idle for
            # seconds at the end while the other finishes its last chunk
            blobs = pool.map(_pickled_result, jobs, chunksize=max(1, min(32, len(jobs) // (workers * 8))))
            stream = _unpickled(blobs, fresh)
            if cache:
                cache.put_pickled(stream)
            _drain(stream)
    else:
        stream = _kept(_processed(jobs), fresh)
        if cache:
            cache.put_many(stream)
        _drain(stream)
    return fresh


def _processed(jobs: Iterable[tuple[str, str]]) -> Iterator[DocumentResult]:
    """``_process_path`` of each file, in order; a file read to the same document as one before it in
    this load (the same bytes, read the same way) is not extracted again: it gets the earlier result
    under its own name, as a cached result of the same bytes would be (see ``_process_entries``).
    Copies of a release saved twice are common in a folder, and a cold load has no cache to find them."""
    seen: dict[Document, DocumentResult] = {}
    for path, name in jobs:
        doc = reading.read_path(path, name=name)
        key = dataclasses.replace(doc, source_file="")
        hit = seen.get(key) if doc.sha256 else None
        if hit is not None:
            yield _rename(_fresh(hit), name)
            continue
        result = process_document(doc)
        if doc.sha256:
            seen[key] = result
        yield result


def _pickled_result(args: tuple[str, str]) -> bytes:
    """A worker's result, pickled once for both the trip to the parent and the cache."""
    return pickle.dumps(_process_path(args), protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(blobs: Iterable[bytes], fresh: list[DocumentResult]) -> Iterator[tuple[str, bytes]]:
    """Collect each pickled result into ``fresh``; yield (sha256, bytes) of those worth caching."""
    for blob in blobs:
        r = pickle.loads(blob)
        fresh.append(r)
        if r.sha256:
            yield r.sha256, blob


def _kept(produced: Iterable[DocumentResult], fresh: list[DocumentResult]) -> Iterator[DocumentResult]:
    """Collect each result into ``fresh``; yield those worth caching."""
    for r in produced:
        fresh.append(r)
        if r.sha256:
            yield r


def _drain(stream: Iterator) -> None:
    """Collect whatever the cache did not take (no cache, or a write that failed part-way)."""
    for _ in stream:
        pass


def _text_key(r: DocumentResult) -> str:
    """Hash of the text up to spacing and case (see ``incremental.text_key``), computed once per result."""
    return r.text_sha256 or incremental.text_key(r.text)


def mark_duplicates(results: list[DocumentResult]) -> None:
    """The second and later copies of the same bytes or the same text report no events of their own."""
    seen_sha: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    for r in results:
        if r.status != OK:
            continue
        first = seen_sha.get(r.sha256)
        text_key = _text_key(r)
        r.text_sha256 = text_key
        first = first or seen_text.get(text_key)
        if first is not None:
            r.status = "duplicate"
            r.message = f"Same text as {first}; its events are counted once."
            r.events = []
            continue
        seen_sha[r.sha256] = r.source_file
        seen_text[text_key] = r.source_file


@cycle_collection_paused()  # the collector's full passes over the results cost seconds (gcpause.py)
def load_corpus(
    raw_dir: Path | str,
    *,
    use_cache: bool = True,
    cache_path: Path | None = None,
    workers: int = 1,
    validate: bool = True,
) -> Tables:
    """Load every file under ``raw_dir`` into the codebook tables.

    ``workers`` > 1 extracts uncached documents in that many processes.

    With the cache, a folder whose files are all unchanged since the last load (same
    names and contents, same code) is answered from a snapshot of the finished tables,
    and only new or changed files are read and extracted.
    """
    raw_dir = Path(raw_dir).resolve()
    cache = None
    version = _cache_version()
    if use_cache:
        cache = ResultCache(cache_path or cache_dir() / "results.sqlite", version)
    key = (str(raw_dir), version, validate, str(cache.path) if cache else "")
    try:
        entries = _scan(raw_dir, with_stat=True) if raw_dir.is_dir() else []
        # a file is hashed before it is read only if its hash could find a stored result (or snapshot);
        # in a cold build the reader's own hash is used instead of reading and hashing every file twice
        hash_first = cache is not None and cache.has_results()
        shas = _file_shas(entries, cache, hash_unknown=hash_first)
        snap_key = _snapshot_key(version, entries, shas) if cache else None
        if snap_key is not None:
            tables = cache.get_snapshot(snap_key)
            if tables is not None:
                docs = tables.documents
                states = zip(docs["sha256"].astype(str), docs["status"].astype(str), strict=True)
                _remember(key, dict(zip(docs["source_file"].astype(str), states, strict=True)), tables)
                _prepare_extraction()
                return tables
        last = _LAST_BUILD.get(key) if cache else None
        if last is not None:
            grown = incremental.append_new(
                last[0], last[1], [e[0] for e in entries], shas,
                lambda idx: _process_entries([entries[i] for i in idx], [shas[i] for i in idx], cache, workers),
                _finish, lambda files: _from_cache(cache, files), validate,
            )
            if grown is not None:
                _remember(key, *grown)
                if snap_key is not None and validate:
                    # for the next process start only: the tables are already here, so the user does
                    # not wait for the write (atomic; a newer snapshot simply replaces it)
                    writer = threading.Timer(SNAPSHOT_DELAY_S, ResultCache.put_snapshot_at,
                                             args=(cache.path, snap_key, grown[1]))
                    writer.name, writer.daemon = "snapshot-writer", False
                    writer.start()
                return grown[1]
        # a full build: the last tables are let go first, so that they need not be held beside the new
        # ones (a caller that still uses them keeps its own reference)
        _LAST_BUILD.clear()
        last = None
        results = _process_entries(entries, shas, cache, workers)
        if not hash_first:
            shas = _shas_from_results(entries, shas, results, cache)
            snap_key = _snapshot_key(version, entries, shas) if cache else None
    finally:
        if cache:
            cache.close()
    _finish(results)
    merged = merge_events(results)
    tables = build_tables(results, merged, validate=validate)
    states = {r.source_file: (r.sha256, r.status) for r in results}
    del results, merged  # the per-document results take more memory than the tables: not held past here
    if cache:
        _remember(key, states, tables)
    if snap_key is not None and validate:
        ResultCache.put_snapshot_at(cache.path, snap_key, tables)
    return tables


def _from_cache(cache: ResultCache, files: dict[str, str]) -> dict[str, DocumentResult]:
    """Old documents' results ({name: sha256} -> {name: result}) read back from the cache under their own
    names, as a full load would use them; a result not in the cache is left out."""
    got = cache.get_many(files.values())
    return {name: _rename(got[sha], name) for name, sha in files.items() if sha in got}


#: seconds to wait before writing the snapshot after an incremental load, so that the write (which holds
#: the interpreter while it pickles) does not slow the page that asked for the tables
SNAPSHOT_DELAY_S = 2.0

#: the last tables built in this process, with each file's content hash and status: when the next load
#: only adds files, their tables are appended instead of rebuilding everything (see incremental.py)
_LAST_BUILD: dict[tuple, tuple[dict[str, tuple[str, str]], Tables]] = {}


def _prepare_extraction() -> None:
    """Load what reading a new file needs (schemas, registries, gazetteer) while serving a snapshot,
    so that the first file added to a running dashboard costs only its own work, not these one-time
    start-up costs (a fraction of a second, well inside the warm-start budget)."""
    from data_loader.extract import classify, events  # noqa: F401
    from data_loader.lookup.gazetteer import lookup_city
    from data_loader.lookup.registries import name_scan
    from data_loader.tables import schema  # noqa: F401 - imported for its side effect: loading pandera

    name_scan()  # the registries, and the scan extraction finds their names and the countries with
    lookup_city("Astana")
    classify._theme_index()


#: below this share of Latin letters a document is taken to be in another language than English
ENGLISH_LETTERS_SHARE = 0.5


def _finish(results: list[DocumentResult]) -> None:
    """What every load does after reading: duplicates, and documents that report no event."""
    mark_duplicates(results)
    for r in results:
        if r.status == OK and not r.events:
            r.status = "no_event"
            if latin_share(r.text) < ENGLISH_LETTERS_SHARE:
                # a Russian or Kazakh release: the rules read English, and say so rather than "no event"
                r.message = " ".join(filter(None, [r.message, (
                    "The text is mostly in another script than English's (Cyrillic, say): events are read from "
                    "English text only, so none was found in it.")]))
            else:
                r.message = r.message or (
                    "The text was read, but it reports no event (no activity with a date or place)."
                )


def _remember(key: tuple, states: dict[str, tuple[str, str]], tables: Tables) -> None:
    _LAST_BUILD.clear()
    _LAST_BUILD[key] = (states, tables)


def _cache_version() -> str:
    """Key of cached per-document results: the rules and registries, the reader, and the loader's own
    source files, so that an upgraded loader never serves results extracted by older code."""
    return f"{extractor_version()}/{getattr(reading, 'READER_VERSION', '0')}/{_code_stamp()[:12]}"


_CODE_STAMP: list[str] = []


def _code_stamp() -> str:
    """Identity of the loader's code and data files (and pandas): a snapshot of tables built by other
    code is never served, even when someone forgets to bump a version."""
    if not _CODE_STAMP:
        import pandas

        h = hashlib.sha256(pandas.__version__.encode())
        pkg = Path(__file__).resolve().parent.parent  # data_loader/: every stage and the registry
        for path in sorted(pkg.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".csv", ".json"):
                h.update(path.relative_to(pkg).as_posix().encode())
                h.update(path.read_bytes())
        _CODE_STAMP.append(h.hexdigest())
    return _CODE_STAMP[0]


def _snapshot_key(version: str, entries: list[tuple], shas: list[str | None]) -> str | None:
    if any(s is None for s in shas):
        return None  # an unreadable file: build normally, it gets its row
    h = hashlib.sha256(f"{version}\0{_code_stamp()}\n".encode())
    for (name, _path, _st), sha in zip(entries, shas, strict=True):
        h.update(f"{name}\0{sha}\n".encode())
    return h.hexdigest()
