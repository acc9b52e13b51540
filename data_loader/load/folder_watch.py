"""Know when a documents folder changed without listing it on every question.

A running dashboard asks on every rerun whether the folder changed. Listing and stat-ing 10,000
files takes 30–150 ms, most of a filter change's budget, and grows with the folder. The operating
system can say instead: a watchdog observer (inotify on Linux) marks the folder as changed when
anything under it is created, modified, moved or deleted, and the folder is only listed again then.

Where the observer cannot run (no inotify watches left, a network file system whose changes made
elsewhere are not reported), the folder is listed again after ``rescan_seconds`` at most, as before.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


class FolderWatch:
    """The last fingerprint of one folder, recomputed only after a change (or ``rescan_seconds``)."""

    def __init__(self, folder: Path, fingerprint: Callable[[Path], str], *, also: tuple[Path, ...] = (),
                 rescan_seconds: float = 10.0, fallback_seconds: float = 1.0) -> None:
        """``also``: other folders whose changes change the fingerprint (the registries)."""
        self.folder = Path(folder)
        self._also = tuple(Path(p) for p in also)
        self._fingerprint = fingerprint
        self._changed = threading.Event()
        self._changed.set()  # nothing known yet
        self._lock = threading.Lock()
        self._value: str | None = None
        self._at = 0.0
        self._rescan_seconds = rescan_seconds
        self._fallback_seconds = fallback_seconds
        self._observer = self._start_observer()

    @property
    def watching(self) -> bool:
        """Whether the operating system reports changes (otherwise the folder is listed every ``max_age``)."""
        return self._observer is not None and self._observer.is_alive()

    @property
    def max_age(self) -> float:
        """How old a fingerprint may be before the folder is listed again anyway (``fallback_seconds``
        when the observer could not start or died)."""
        return self._rescan_seconds if self.watching else self._fallback_seconds

    def _start_observer(self):
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer
        except ImportError:
            return None
        changed = self._changed

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event) -> None:
                if event.event_type not in ("opened", "closed_no_write"):  # reading a file changes nothing
                    changed.set()

        try:
            observer = Observer()
            observer.schedule(_Handler(), str(self.folder), recursive=True)
            for extra in self._also:
                observer.schedule(_Handler(), str(extra), recursive=False)
            observer.daemon = True
            observer.start()
        except Exception as exc:  # noqa: BLE001 - e.g. inotify watch limit reached: fall back to listing
            log.warning("not watching %s (%s); the folder is listed again every %g s", self.folder, exc,
                        self._fallback_seconds)
            return None
        return observer

    def fingerprint(self) -> str:
        """The folder's fingerprint, listing it again only if it changed or the last listing is too old."""
        with self._lock:
            age = time.monotonic() - self._at
            if self._value is None or self._changed.is_set() or age > self.max_age:
                self._changed.clear()  # cleared before listing: a change during the listing is kept
                self._value = self._fingerprint(self.folder)
                self._at = time.monotonic()
            return self._value

    def forget(self) -> None:
        """List the folder again on the next question (a file was just saved here by the app itself)."""
        self._changed.set()

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
