"""Per-document extraction cache keyed by content hash.

One SQLite file rather than one file per document: a warm start of tens of
thousands of documents is then one query, and adding a file writes one row.

Beside the results the file keeps a file index (path, size, mtime, ctime, inode ->
sha256) so that unchanged files are not re-read and re-hashed on every load, and
next to it ``<name>.tables.pickle`` holds a snapshot of the last finished tables,
keyed by the folder's content and the code that built them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from data_loader.extract.records import DocumentResult

#: results pickled and written per ``executemany`` (one transaction for all of them)
_PUT_CHUNK = 256


class ResultCache:
    def __init__(self, path: Path | None, version: str) -> None:
        self.version = version
        self.path = path
        self._db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (sha256 TEXT, version TEXT, blob BLOB, "
                "PRIMARY KEY (sha256, version))"
            )
            # has_results() asks by version alone; without this index it would read every stored row
            self._db.execute("CREATE INDEX IF NOT EXISTS results_version ON results (version)")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, "
                "ctime_ns INTEGER, ino INTEGER, sha256 TEXT)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error):
            # A read-only or full disk must not stop a load: run without a cache.
            self._db = None

    def get_many(self, shas: Iterable[str]) -> dict[str, DocumentResult]:
        if self._db is None:
            return {}
        wanted = list(dict.fromkeys(shas))
        found: dict[str, DocumentResult] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT sha256, blob FROM results WHERE version = ? AND sha256 IN ({marks})",
                [self.version, *chunk],
            )
            for sha, blob in rows:
                try:
                    found[sha] = pickle.loads(blob)
                except Exception:  # noqa: BLE001 - a corrupt row is a miss, not a crash
                    continue
        return found

    def put_many(self, results: Iterable[DocumentResult]) -> None:
        """Store results, pickled a few hundred at a time: the pickles of a whole 50,000-document
        build held at once would add most of a gigabyte to the build's peak memory."""
        self.put_pickled((r.sha256, pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)) for r in results)

    def put_pickled(self, rows: Iterable[tuple[str, bytes]]) -> None:
        """Store (sha256, pickled result) pairs as they come, a few hundred per ``executemany``.

        Worker processes hand their results over already pickled (see ``pipeline._extract_files``):
        storing those bytes spares the parent a second pickling of every result.
        """
        if self._db is None:
            return
        it = iter(rows)
        try:
            while chunk := [(sha, self.version, blob) for sha, blob in itertools.islice(it, _PUT_CHUNK)]:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", chunk)
            self._db.commit()
        except sqlite3.Error:
            pass

    def has_results(self) -> bool:
        """Whether any result of this code version is stored: with none, no file's result can be
        looked up, so a load need not hash every file before extracting it."""
        if self._db is None:
            return False
        try:
            return self._db.execute("SELECT 1 FROM results WHERE version = ? LIMIT 1",
                                    (self.version,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def get_file_index(self, paths: list[str]) -> dict[str, tuple[tuple[int, int, int, int], str]]:
        """path -> ((size, mtime_ns, ctime_ns, inode), sha256) recorded for these paths."""
        if self._db is None or not paths:
            return {}
        wanted = set(paths)
        prefix = os.path.commonpath(paths) if len(paths) > 1 else os.path.dirname(paths[0])
        try:
            rows = self._db.execute(
                "SELECT path, size, mtime_ns, ctime_ns, ino, sha256 FROM files WHERE path >= ? AND path < ?",
                (prefix, prefix + "\U0010ffff"),
            ).fetchall()
        except sqlite3.Error:
            return {}
        return {p: ((s, m, c, i), sha) for p, s, m, c, i, sha in rows if p in wanted}

    def put_file_index(self, rows: list[tuple[str, tuple[int, int, int, int], str]]) -> None:
        """Remember the hashes of files; not for files changed in the last two seconds, whose
        next change could keep the same size and timestamps (the "racy git" problem)."""
        if self._db is None:
            return
        limit = time.time_ns() - 2_000_000_000
        data = [(p, *k, sha) for p, k, sha in rows if k[1] < limit and k[2] < limit]
        if not data:
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", data)
            self._db.commit()
        except sqlite3.Error:
            pass

    def _snapshot_path(self) -> Path | None:
        return self.snapshot_path(self.path)

    @staticmethod
    def snapshot_path(path: Path | None) -> Path | None:
        return None if path is None else path.with_name(path.name + ".tables.pickle")

    def get_snapshot(self, key: str):
        """The tables stored under ``key``, or None (missing, other key, unreadable)."""
        snap = self._snapshot_path()
        if self._db is None or snap is None:
            return None
        try:
            with open(snap, "rb") as fh:
                if pickle.load(fh) != key:
                    return None
                return _tables_from_state(pickle.load(fh))
        except Exception:  # noqa: BLE001 - a missing or corrupt snapshot is a miss
            return None

    @classmethod
    def put_snapshot_at(cls, path: Path | None, key: str, tables) -> None:
        """Replace the snapshot beside the cache file (atomically: readers see the old or the new one)."""
        snap = cls.snapshot_path(path)
        if snap is None:
            return
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=snap.name + ".", suffix=".tmp", dir=snap.parent)
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(key, fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(_tables_state(tables), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, snap)
            tmp = None
        except Exception:  # noqa: BLE001 - a full or read-only disk only costs the next start its speed
            pass
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# ---------------------------------------------------------------- snapshot state
# pandas pickles an arrow-backed text column by first copying it into one contiguous array, and the
# pickler keeps every such copy until the whole object is written: a snapshot of 50,000 documents
# held a second copy of the evidence table (~400 MB) while it was written. The snapshot therefore
# stores each frame as its columns, text columns as their pyarrow chunked arrays (pickled from their
# buffers, without a copy), and rebuilds the identical frames when read.


def _column_state(values: Any) -> tuple:
    if isinstance(values, pd.arrays.ArrowStringArray):
        return ("arrow", values.dtype, values.__arrow_array__())
    return ("pandas", values)


def _column_from_state(state: tuple) -> Any:
    if state[0] == "arrow":
        return pd.arrays.ArrowStringArray(state[2], dtype=state[1])
    return state[1]


def _tables_state(tables: Any) -> dict:
    frames = {name: (df.columns, df.index, [_column_state(v.array) for _, v in df.items()])
              for name, df in tables.as_dict().items()}
    return {"type": type(tables), "frames": frames, "texts": tables.texts}


def _tables_from_state(state: dict) -> Any:
    frames = {}
    for name, (columns, index, cols) in state["frames"].items():
        data = {i: _column_from_state(c) for i, c in enumerate(cols)}
        df = pd.DataFrame(data, index=index, copy=False)
        df.columns = columns
        frames[name] = df
    return state["type"](**frames, texts=state["texts"])
