"""Values derived from the loaded tables that no filter changes, computed once per load.

A rerun after a filter change must cost in proportion to what it shows, not to the corpus. The
words of every event's dates, its search text, its timeline bar, the filter choices and the review
tables are the same whatever the filters say; at 10,000 events recomputing them on every rerun took
seconds. The loader hands every rerun the same ``Tables`` object until the folder changes, so these
values are kept per object and let go with it.

Pure Python (no Streamlit): the memo is keyed by the identity of the tables and checked with a weak
reference, so a new load (a new object) never sees an old value, even when Python reuses an id.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

from data_loader import Tables

T = TypeVar("T")

#: id(tables) -> (weak reference to the tables, {function's key: value})
_MEMO: dict[int, tuple[weakref.ref, dict[object, object]]] = {}
_LOCK = threading.Lock()


def _slot(tables: Tables) -> dict[object, object]:
    key = id(tables)
    with _LOCK:
        hit = _MEMO.get(key)
        if hit is None or hit[0]() is not tables:
            hit = (weakref.ref(tables, lambda _ref, k=key: _forget(k, _ref)), {})
            _MEMO[key] = hit
        return hit[1]


def _forget(key: int, ref: weakref.ref) -> None:
    """Drop the values of tables that are gone (called by the weak reference's callback)."""
    with _LOCK:
        hit = _MEMO.get(key)
        if hit is not None and hit[0] is ref:
            del _MEMO[key]


def per_tables(fn: Callable[[Tables], T]) -> Callable[[Tables], T]:
    """Compute ``fn(tables)`` once per tables object.

    Two sessions asking at the same moment may both compute it (the result is the same); the lock
    only guards the memo itself, so a slow computation never blocks other sessions.
    """
    key = object()  # this function's own slot: two lambdas share a name, never a key

    @functools.wraps(fn)
    def wrapper(tables: Tables) -> T:
        values = _slot(tables)
        if key not in values:
            values[key] = fn(tables)
        return values[key]  # type: ignore[return-value]

    return wrapper


def held() -> int:
    """How many tables objects have values kept (for tests: old loads must be let go)."""
    with _LOCK:
        return sum(1 for ref, _ in _MEMO.values() if ref() is not None)
