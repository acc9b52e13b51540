"""Rerun times of every dashboard page after sidebar filter changes (Streamlit ``AppTest``).

A user moves between pages and narrows, widens and clears filters; timing only the first page
after narrowing hid pages that took seconds with no filter (the Events page's chooser, the review
tables). Each page is first visited (timed on its own: it may work out per-load values once), then
taken through the same filter changes, ending with every filter cleared.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

PAGES = ["overview", "map", "breakdowns", "events", "data", "review"]

#: (what the step does, widget label, value chooser): multiselects get a list, the slider a range
STEPS = [
    ("one country", "Country", lambda w: [w.options[0]]),
    ("and one event type", "Event type", lambda w: [w.options[0]]),
    ("and funder not stated", "Funder", lambda w: [w.options[-1]]),
    ("clear every filter", None, None),
    ("narrow the years", "Years", lambda w: (w.min, w.min + (w.max - w.min) // 2)),
    ("widen the years again", "Years", lambda w: (w.min, w.max)),
]


def _widget(at, label: str):
    for w in [*at.sidebar.multiselect, *at.sidebar.slider]:
        if w.label == label:
            return w
    return None


def _apply(at, label: str | None, choose) -> bool:
    """Set one filter (or clear every multiselect when ``label`` is None); False when it is not there."""
    if label is None:
        for w in at.sidebar.multiselect:
            w.set_value([])
        return True
    w = _widget(at, label)
    if w is None:
        return False
    value = choose(w)
    if hasattr(w, "set_range") and isinstance(value, tuple):
        w.set_range(*value)
    else:
        w.set_value(value)
    return True


def _timed_run(at) -> float:
    t0 = time.perf_counter()
    at.run()
    return time.perf_counter() - t0


def measure_pages(spec: dict) -> dict:
    """Per page: first visit, then a rerun after each of ``STEPS``; overall median and worst rerun."""
    from streamlit.testing.v1 import AppTest

    project = Path(spec["project"])
    os.environ["CT_EVENTS_RAW_DIR"] = spec["raw"]
    os.environ["CT_EVENTS_CACHE_DIR"] = str(Path(spec["cache"]).parent)
    os.chdir(project)
    out: dict = {"method": "AppTest: every page, first visit, then a rerun after each filter change",
                 "steps": [s[0] for s in STEPS]}
    at = AppTest.from_file(str(project / "dashboard.py"), default_timeout=float(spec.get("timeout", 600)))
    t0 = time.perf_counter()
    at.run()
    out["first_run_seconds"] = round(time.perf_counter() - t0, 3)
    pages: dict = {}
    reruns: list[float] = []
    for page in PAGES:
        at.switch_page(f"pages/{page}.py")
        first = _timed_run(at)
        times = []
        for _what, label, choose in STEPS:
            if _apply(at, label, choose):
                times.append(_timed_run(at))
            if at.exception:
                out["error"] = f"{page}: " + "; ".join(str(e.message)[:300] for e in at.exception)
                return out
        _apply(at, None, None)  # the next page starts with no filter
        _apply(at, "Years", lambda w: (w.min, w.max))
        at.run()
        pages[page] = {"first_visit_seconds": round(first, 4), "rerun_seconds": [round(t, 4) for t in times],
                       "median_seconds": round(statistics.median(times), 4) if times else None,
                       "worst_seconds": round(max(times), 4) if times else None}
        reruns += times
    out["pages"] = pages
    if reruns:
        out["seconds"] = round(statistics.median(reruns), 4)
        out["worst_seconds"] = round(max(reruns), 4)
        out["worst_page"] = max(pages, key=lambda p: pages[p]["worst_seconds"] or 0)
        out["worst_first_visit_seconds"] = max(p["first_visit_seconds"] for p in pages.values())
    return out
