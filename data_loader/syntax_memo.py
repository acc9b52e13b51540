"""What ``textscan`` reads from the syntax of each pattern, kept from one process to the next.

Importing the extraction rules compiles some 480 patterns, and for about 150 of them
``textscan`` also reads the pattern's syntax tree: the words every match needs (a
prefilter) and the characters a match can start with (a look-ahead hint). Those readings
were a quarter of the import, paid by every new process: each cold build, each worker
of a parallel build, each start of the dashboard.

They depend only on the pattern's text and flags, the Python version (its ``re`` parser)
and the code that reads them, so they are kept in a small JSON file in the cache folder
whose name carries the Python version and a hash of ``textscan.py``: edited reading code,
or another Python, starts a new file. Any trouble with the file (missing, damaged,
unwritable folder) only means reading the syntax again. The file is written when the
process exits, only if something new was read.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import threading
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
#: kind|flags|pattern -> the reading as JSON values; None until the file is read
_held: dict[str, Any] | None = None
_changed = False
_saved_at_exit = False


def _path() -> Path:
    from data_loader.settings import cache_dir

    code = hashlib.sha256(Path(__file__).with_name("textscan.py").read_bytes()).hexdigest()[:16]
    return cache_dir() / f"pattern-syntax-py{sys.version_info[0]}{sys.version_info[1]}-{code}.json"


def _readings() -> dict[str, Any]:
    global _held
    if _held is None:
        try:
            loaded = json.loads(_path().read_text(encoding="utf-8"))
            _held = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            _held = {}
    return _held


def save() -> None:
    """Write the readings if any is new (at exit; callable directly, e.g. by tests)."""
    global _changed
    with _lock:
        if not _changed or _held is None:
            return
        path = _path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(_held, sort_keys=True), encoding="utf-8")
            os.replace(tmp, path)
            _changed = False
        except OSError:
            pass


def forget() -> None:
    """Drop what this process holds (the file stays): the next question reads the file again."""
    global _held, _changed
    with _lock:
        _held, _changed = None, False


def remembered(kind: str, to_json: Callable[[T], Any], from_json: Callable[[Any], T]
               ) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A reading of a compiled pattern's syntax, looked up by the pattern's text and flags before it is done."""

    def decorate(read: Callable[..., T]) -> Callable[..., T]:
        @wraps(read)
        def looked_up(pattern, *args):
            global _changed, _saved_at_exit
            key = f"{kind}|{pattern.flags}|{pattern.pattern}"
            readings = _readings()
            if key in readings:
                return from_json(readings[key])
            value = read(pattern, *args)
            with _lock:
                if not _saved_at_exit:
                    atexit.register(save)
                    _saved_at_exit = True
                readings[key] = to_json(value)
                _changed = True
            return value

        return looked_up

    return decorate
