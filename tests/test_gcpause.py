"""The cycle collector is off while a corpus is built, and back as it was afterwards."""

from __future__ import annotations

import gc
import threading

from data_loader.load.gcpause import cycle_collection_paused


def test_the_collector_is_off_inside_and_back_on_after():
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_in_threads_end_with_the_last_one():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = []

    def first():
        with cycle_collection_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with cycle_collection_paused():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first pause ended, this one has not

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_a_build_runs_with_the_collector_off(tmp_path, monkeypatch):
    from data_loader.load import pipeline

    seen = []
    real = pipeline._process_entries

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_process_entries", spy)
    (tmp_path / "a.txt").write_text("UNODC held a workshop in Almaty on 3 May 2024.", encoding="utf-8")
    pipeline.load_corpus(tmp_path, use_cache=False, validate=False)
    assert seen == [False]
    assert gc.isenabled()
