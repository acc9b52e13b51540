"""Per-document extraction cache keyed by content hash.

One SQLite file rather than one file per document: a warm start of tens of
thousands of documents is then one query, and adding a file writes one row.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from data_loader.records import DocumentResult


class ResultCache:
    def __init__(self, path: Path | None, version: str) -> None:
        self.version = version
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
        if self._db is None:
            return
        rows = [(r.sha256, self.version, pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)) for r in results]
        if not rows:
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", rows)
            self._db.commit()
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
