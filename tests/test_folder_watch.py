"""data_loader.load.folder_watch: the folder is listed again after a change, and only then."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from data_loader import fingerprint
from data_loader.load.folder_watch import FolderWatch


class Counting:
    """``data_loader.fingerprint`` that counts how often the folder was listed."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, folder: Path) -> str:
        self.calls += 1
        return fingerprint(folder)


def wait_for_report(watch: FolderWatch) -> None:
    """Until the observer has reported the change (a readiness wait, not a timed assertion)."""
    for _ in range(200):
        if watch._changed.is_set():
            return
        time.sleep(0.05)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text("First release.")
    return tmp_path / "docs"


@pytest.fixture
def watch(folder: Path):
    w = FolderWatch(folder, Counting(), rescan_seconds=3600)
    yield w
    w.stop()


def test_an_unchanged_folder_is_listed_once(watch):
    if not watch.watching:
        pytest.skip("this machine cannot watch folders (the fallback is tested below)")
    first = watch.fingerprint()
    assert all(watch.fingerprint() == first for _ in range(20))
    assert watch._fingerprint.calls == 1


@pytest.mark.parametrize("change", ["add", "edit", "remove", "subfolder"])
def test_a_change_is_seen_on_the_next_question(watch, folder, change):
    if not watch.watching:
        pytest.skip("this machine cannot watch folders")
    before = watch.fingerprint()
    time.sleep(0.01)
    if change == "add":
        (folder / "b.txt").write_text("A new release.")
    elif change == "edit":
        with (folder / "a.txt").open("a") as fh:
            fh.write(" More text.")
    elif change == "remove":
        (folder / "a.txt").unlink()
    else:
        (folder / "sub" / "c.txt").write_text("A release in a subfolder.")
    wait_for_report(watch)
    after = watch.fingerprint()
    assert after != before
    assert after == fingerprint(folder)


def test_a_registry_edit_is_seen(tmp_path, folder):
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "organizations.csv").write_text("canonical\nUNOCT\n")
    listed = Counting()
    w = FolderWatch(folder, listed, also=(registry,), rescan_seconds=3600)
    try:
        if not w.watching:
            pytest.skip("this machine cannot watch folders")
        w.fingerprint()
        (registry / "organizations.csv").write_text("canonical\nUNOCT\nUNODC\n")
        wait_for_report(w)
        w.fingerprint()
        assert listed.calls == 2
    finally:
        w.stop()


def test_forget_lists_again(watch):
    watch.fingerprint()
    watch.forget()
    watch.fingerprint()
    assert watch._fingerprint.calls == 2


def test_without_an_observer_the_folder_is_listed_every_second(folder, monkeypatch):
    from watchdog.observers import Observer

    def refuse(self):
        raise OSError("inotify watch limit reached")

    monkeypatch.setattr(Observer, "start", refuse)
    clock = [1000.0]
    monkeypatch.setattr("data_loader.load.folder_watch.time.monotonic", lambda: clock[0])
    listed = Counting()
    w = FolderWatch(folder, listed, rescan_seconds=3600, fallback_seconds=1.0)
    assert not w.watching
    first = w.fingerprint()
    w.fingerprint()
    assert listed.calls == 1  # within the second: the last listing
    (folder / "b.txt").write_text("A new release.")
    clock[0] += 1.5
    assert w.fingerprint() != first
    assert listed.calls == 2
