"""The dashboard's shared tables: one set per state of the folder, and an old set let go when the folder changes."""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

from ui import loader

ROOT = Path(__file__).resolve().parent.parent


def test_a_changed_folder_releases_the_old_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("CT_EVENTS_CACHE_DIR", str(tmp_path / "cache"))
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    loader._load.clear()
    loader.invalidate()

    _, first = loader.load(raw)
    assert loader.load(raw)[1] is first  # unchanged folder: the same shared object
    old = weakref.ref(first)
    n_events = len(first.events)
    del first

    extra = next(p for p in sorted(raw.iterdir()) if p.is_file())
    (raw / "zz_changed_copy.txt").write_bytes(extra.read_bytes() + b"\n\nA later line.")
    loader.invalidate(raw)
    _, second = loader.load(raw)
    gc.collect()
    assert len(second.documents) == len(list(p for p in raw.iterdir() if p.is_file()))
    assert len(second.events) >= n_events
    assert old() is None  # nothing holds the tables of the folder's earlier state
