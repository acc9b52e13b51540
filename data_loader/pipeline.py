"""raw files -> documents -> events tables: the one entry point the dashboard and CLI use."""

from __future__ import annotations

import copy
import hashlib
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from data_loader import reading
from data_loader.cache import ResultCache
from data_loader.document import OK
from data_loader.extract import EXTRACTOR_VERSION, extract_events
from data_loader.merge import merge_events
from data_loader.records import DocumentResult
from data_loader.settings import cache_dir
from data_loader.tables import Tables, build_tables

#: files the loader never treats as documents (editor and OS litter).
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", "README.md"}
_NO_CACHE = object()


def list_files(raw_dir: Path) -> list[Path]:
    """Every regular file under ``raw_dir``, in a stable order; hidden files are skipped."""
    if not raw_dir.is_dir():
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(raw_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or name in IGNORED_NAMES or name.endswith("~"):
                continue
            found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


def fingerprint(raw_dir: Path) -> str:
    """Cheap identity of the folder's state (names, sizes, mtimes) for UI cache keys."""
    h = hashlib.sha256(str(raw_dir).encode())
    for path in list_files(raw_dir):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(raw_dir).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def process_bytes(data: bytes, source_file: str) -> DocumentResult:
    """Read and extract one file's bytes; never raises for bad input."""
    doc = reading.read_bytes(data, source_file)
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
    return result


def _process_path(args: tuple[str, str]) -> DocumentResult:
    path, name = args
    return process_bytes(_read_file_bytes(Path(path)), name)


def _read_file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _sha_of_file(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
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
    result = copy.deepcopy(result)
    result.source_file = name
    for ev in result.events:
        ev.source_file = name
    return result


def process_files(
    raw_dir: Path, files: Iterable[Path], cache: ResultCache | None, workers: int = 1
) -> list[DocumentResult]:
    files = list(files)
    names = [p.relative_to(raw_dir).as_posix() for p in files]
    shas = [_sha_of_file(p) for p in files]
    cached = cache.get_many(s for s in shas if s) if cache else {}
    results: list[DocumentResult | None] = [None] * len(files)
    todo = []
    for i, (path, name, sha) in enumerate(zip(files, names, shas, strict=True)):
        hit = cached.get(sha) if sha else None
        if hit is not None:
            results[i] = _rename(hit, name)
        else:
            todo.append(i)
    if todo:
        jobs = [(str(files[i]), names[i]) for i in todo]
        if workers > 1 and len(jobs) >= 2 * workers:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                fresh = list(pool.map(_process_path, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
        else:
            fresh = [_process_path(j) for j in jobs]
        for i, res in zip(todo, fresh, strict=True):
            results[i] = res
        if cache:
            cache.put_many(r for r in fresh if r.sha256)
    return [r for r in results if r is not None]


def mark_duplicates(results: list[DocumentResult]) -> None:
    """The second and later copies of the same bytes or the same text report no events of their own."""
    seen_sha: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    for r in results:
        if r.status != OK:
            continue
        text_key = hashlib.sha256(" ".join(r.text.split()).casefold().encode()).hexdigest()
        first = seen_sha.get(r.sha256) or seen_text.get(text_key)
        if first is not None:
            r.status = "duplicate"
            r.message = f"Same text as {first}; its events are counted once."
            r.events = []
            continue
        seen_sha[r.sha256] = r.source_file
        seen_text[text_key] = r.source_file


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
    """
    raw_dir = Path(raw_dir).resolve()
    cache = None
    if use_cache:
        cache = ResultCache(cache_path or cache_dir() / "results.sqlite", _cache_version())
    try:
        results = process_files(raw_dir, list_files(raw_dir), cache, workers=workers)
    finally:
        if cache:
            cache.close()
    mark_duplicates(results)
    for r in results:
        if r.status == OK and not r.events:
            r.status = "no_event"
            r.message = r.message or "The text was read, but it reports no event (no activity with a date or place)."
    merged = merge_events(results)
    return build_tables(results, merged, validate=validate)


def _cache_version() -> str:
    return f"{EXTRACTOR_VERSION}/{getattr(reading, 'READER_VERSION', '0')}"
