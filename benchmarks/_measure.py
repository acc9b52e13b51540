"""One measurement in a fresh process, so that times and peak memory are not polluted by earlier ones.

    python -m benchmarks._measure '{"kind": "cold", "raw": "...", "cache": "...", "workers": 1}'

Prints one JSON object on the last line of stdout. ``benchmarks/run.py`` drives it.
Kinds: cold, warm, add_one, export, dashboard. With ``"profile": PATH`` the timed
section runs under pyinstrument and its text report is written to PATH.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

T_START = time.perf_counter()


class _TreeMemory:
    """Largest resident memory of this process and its worker processes *at the same moment*.

    Each process's own peak overstates what a build needs at once: the workers are gone when
    the parent builds the tables. A thread samples the process tree every 50 ms.
    """

    def __init__(self) -> None:
        import threading

        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self._stop.wait(0.05)

    def __enter__(self) -> _TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest (waited-for) child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_child_rss_mb": round(kids, 1)}


@contextlib.contextmanager
def _timed(spec: dict, out: dict, key: str = "seconds"):
    profiler = None
    if spec.get("profile"):
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        out[key] = round(time.perf_counter() - t0, 4)
        out["cpu_" + key] = round(time.process_time() - c0, 4)
        if profiler is not None:
            profiler.stop()
            Path(spec["profile"]).write_text(profiler.output_text(unicode=False, color=False, show_all=False))


def _load(spec: dict, **kw):
    from data_loader.load.pipeline import load_corpus

    return load_corpus(spec["raw"], cache_path=Path(spec["cache"]), **kw)


def _counts(tables) -> dict:
    docs = tables.documents
    return {
        "documents": int(len(docs)),
        "events": int(len(tables.events)),
        "statuses": {str(k): int(v) for k, v in docs["status"].value_counts().items()},
    }


def measure_cold(spec: dict) -> dict:
    import data_loader.load.pipeline  # noqa: F401 - imports are not part of the build time
    from data_loader.load.cache import ResultCache

    out: dict = {}
    cache = Path(spec["cache"])
    # the tables snapshot too: a snapshot left by an earlier run of the same code would answer the
    # "cold" load at once (a second benchmark run on an unchanged commit measured 5,500 docs/s)
    for p in (cache, cache.with_name(cache.name + "-wal"), cache.with_name(cache.name + "-shm"),
              ResultCache.snapshot_path(cache)):
        p.unlink(missing_ok=True)
    with _timed(spec, out):
        tables = _load(spec, workers=int(spec.get("workers", 1)))
    out.update(_counts(tables))
    out["docs_per_second"] = round(out["documents"] / out["seconds"], 1) if out["seconds"] else None
    return out


def measure_warm(spec: dict) -> dict:
    """A fresh process loads the folder with a warm cache. ``"snapshot": false`` hides the tables
    snapshot, so the tables are rebuilt from the per-document cache (a restart after files changed)."""
    from data_loader.load.cache import ResultCache

    out: dict = {"import_seconds": round(time.perf_counter() - T_START, 3)}
    snap = ResultCache.snapshot_path(Path(spec["cache"]))
    aside = snap.with_name(snap.name + ".aside")
    hide = spec.get("snapshot", True) is False and snap.exists()
    if hide:
        os.replace(snap, aside)
    try:
        with _timed(spec, out):
            tables = _load(spec)
    finally:
        if hide:
            os.replace(aside, snap)
    out.update(_counts(tables))
    return out


def measure_add_one(spec: dict) -> dict:
    """A running app has the corpus loaded; one file arrives; time until the new tables are built.

    ``"event": "known"`` adds another outlet's report of an event the corpus already holds (it merges
    with an old event) instead of a release of a new event; ``"n"`` is then the corpus size.
    ``merged`` in the result says whether the added document's event did merge with an old one.
    """
    from benchmarks.generate_corpus import extra_document, known_event_document
    from data_loader.load.pipeline import fingerprint

    raw = Path(spec["raw"])
    index = int(spec.get("index", 1))
    known = spec.get("event", "new") == "known"
    # the document is made before the app's state is loaded: replaying the corpus takes a second or two
    name, payload = known_event_document(int(spec["n"]), index) if known else extra_document(index)
    _load(spec)  # the app's state before the new file (not timed)
    path = raw / name
    out: dict = {"added": name, "event": "known" if known else "new"}
    try:
        path.write_bytes(payload)
        with _timed(spec, out):
            fingerprint(raw)  # what a UI cache key sees
            tables = _load(spec)
        out.update(_counts(tables))
        out["new_document_loaded"] = bool((tables.documents["source_file"] == name).any())
        out["merged"] = _merged(tables, name)
    finally:
        path.unlink(missing_ok=True)
    return out


def _merged(tables, name: str) -> bool:
    """Whether an event of the added document also has an older source."""
    src = tables.event_sources
    ids = set(src.loc[src["source_file"] == name, "event_id"])
    return bool((src["event_id"].isin(ids) & (src["source_file"] != name)).any())


def measure_export(spec: dict) -> dict:
    from data_loader.tables.export import EXPORTED, to_csv_bytes, write_csvs

    tables = _load(spec)
    frames = tables.as_dict()
    out: dict = {}
    tmp = Path(tempfile.mkdtemp(prefix="ct-export-"))
    try:
        with _timed(spec, out):
            written = write_csvs({n: frames[n] for n in EXPORTED}, tmp)
        out["bytes"] = sum(p.stat().st_size for p in written)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    to_csv_bytes("events", frames["events"])
    out["events_csv_seconds"] = round(time.perf_counter() - t0, 4)
    out["events"] = int(len(frames["events"]))
    return out


# ---------------------------------------------------------------- dashboard


def measure_dashboard(spec: dict) -> dict:
    """Every page's rerun after sidebar filter changes (see ``benchmarks/_dashboard.py``)."""
    from benchmarks._dashboard import measure_pages

    return measure_pages(spec)


KINDS = {
    "cold": measure_cold,
    "warm": measure_warm,
    "add_one": measure_add_one,
    "export": measure_export,
    "dashboard": measure_dashboard,
}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[0])
    if spec.get("project"):
        sys.path.insert(0, spec["project"])
    out = {"kind": spec["kind"]}
    try:
        with _TreeMemory() as tree:
            out.update(KINDS[spec["kind"]](spec))
        out["peak_tree_rss_mb"] = round(tree.peak_mb, 1)
    except Exception as exc:  # noqa: BLE001 - the harness reports it and goes on
        import traceback

        out["error"] = f"{type(exc).__name__}: {exc}"
        out["traceback"] = traceback.format_exc()[-2000:]
    out.update(_rss_mb())
    out["process_seconds"] = round(time.perf_counter() - T_START, 3)
    print(json.dumps(out, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
