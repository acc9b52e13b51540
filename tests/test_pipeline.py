"""The loader's own report and its guarantees (CODEBOOK.md, documents; events.event_id): every file gets a
documents row, bad files are reported with a message and never stop the others; ids are stable."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from data_loader.columns import DOC_STATUSES, DOCUMENTS, EVENTS
from data_loader.load.pipeline import load_corpus, process_bytes

GOOD = (
    "UNOCT workshop on protecting places of worship\n\n"
    "Published: 24 February 2023\n\n"
    "UNOCT held a workshop on the protection of places of worship in Bishkek on 22-23 February 2023. "
    "About 40 religious leaders and police officers from Kyrgyzstan took part.\n\n"
)
OTHER = (
    "Training on terrorist travel in Astana\n\n"
    "Published: 2 June 2022\n\n"
    "The OSCE conducted a training on advance passenger information in Astana on 30 May - 1 June 2022.\n\n"
)
# a small PNG header followed by binary noise
BINARY = b"\x89PNG\r\n\x1a\n\n" + bytes(range(256)) * 8


def _status(tables) -> dict[str, tuple[str, str]]:
    return {r.source_file: (r.status, r.message) for r in tables.documents.itertuples()}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.bin").write_bytes(BINARY)
    (tmp_path / "d_copy.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "e_other.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_every_file_has_a_documents_row_with_its_status_and_a_message(corpus):
    t = load_corpus(corpus, use_cache=False)
    st = _status(t)
    assert set(st) == {"a_good.txt", "b_empty.txt", "c_binary.bin", "d_copy.txt", "e_other.txt"}
    assert st["a_good.txt"][0] == "ok"
    assert st["e_other.txt"][0] == "ok"
    assert st["b_empty.txt"][0] == "empty"
    assert st["c_binary.bin"][0] == "unreadable"
    assert st["d_copy.txt"][0] == "duplicate"
    for name in ("b_empty.txt", "c_binary.bin", "d_copy.txt"):
        assert st[name][1], f"{name} has no message"
    assert "a_good.txt" in st["d_copy.txt"][1]
    assert set(t.documents.status) <= set(DOC_STATUSES)
    assert list(t.documents.columns[: len(DOCUMENTS)]) == DOCUMENTS


def test_bad_files_do_not_stop_the_others(corpus):
    t = load_corpus(corpus, use_cache=False)
    assert sorted(t.events.sources) == ["a_good.txt", "e_other.txt"]
    n = dict(zip(t.documents.source_file, t.documents.n_events, strict=True))
    assert n == {"a_good.txt": 1, "b_empty.txt": 0, "c_binary.bin": 0, "d_copy.txt": 0, "e_other.txt": 1}


def test_duplicate_with_other_whitespace_is_still_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("\n", "\r\n") + "\n\n", encoding="utf-8")
    st = _status(load_corpus(tmp_path, use_cache=False))
    assert st["b.txt"][0] == "duplicate"


def test_whitespace_only_file_is_empty(tmp_path):
    (tmp_path / "blank.txt").write_text("   \n\n\t \n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    st = _status(load_corpus(tmp_path, use_cache=False))
    assert st["blank.txt"][0] == "empty"
    assert st["blank.txt"][1]


def test_process_bytes_never_raises_for_bad_input():
    for data, name in [(b"", "x.txt"), (BINARY, "x.pdf"), (b"PK\x03\x04" + bytes(range(256)), "x.docx"),
                       (b"%PDF-1.4 truncated", "y.pdf"), (b"\x00" * 64, "z.txt")]:
        r = process_bytes(data, name)
        assert r.status in ("empty", "unreadable"), (name, r.status)
        assert r.message
        assert r.events == []


def test_process_bytes_extracts_a_good_release():
    r = process_bytes(GOOD.encode("utf-8"), "good.txt")
    assert r.status == "ok"
    assert r.published_date == "2023-02-24"
    assert len(r.events) == 1
    assert r.events[0].city == "Bishkek"


def test_event_ids_are_stable_across_loads_and_folders(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    (one / "a.txt").write_text(GOOD, encoding="utf-8")
    (one / "b.txt").write_text(OTHER, encoding="utf-8")
    shutil.copytree(one, two)
    os.utime(two / "a.txt", (1_000_000_000, 1_000_000_000))
    first = load_corpus(one, use_cache=False)
    again = load_corpus(one, use_cache=False)
    elsewhere = load_corpus(two, use_cache=False)
    ids = sorted(first.events.event_id)
    assert len(ids) == 2 and len(set(ids)) == 2
    assert sorted(again.events.event_id) == ids
    assert sorted(elsewhere.events.event_id) == ids
    assert all(i.startswith("ev-") for i in ids)


def test_event_id_does_not_change_when_another_file_is_added(tmp_path):
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    before = load_corpus(tmp_path, use_cache=False).events.event_id.tolist()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    after = load_corpus(tmp_path, use_cache=False).events.event_id.tolist()
    assert set(before) < set(after)


def test_events_table_has_the_codebook_columns_first(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    t = load_corpus(tmp_path, use_cache=False)
    assert list(t.events.columns[: len(EVENTS)]) == EVENTS
    ev = t.events.iloc[0]
    assert (ev["participants"], ev["participants_qualifier"]) == (40, "approximately")
    assert ev["summary"].startswith("UNOCT held a workshop")


def test_hidden_and_litter_files_are_not_documents(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    t = load_corpus(tmp_path, use_cache=False)
    assert t.documents.source_file.tolist() == ["a.txt"]


def test_missing_folder_gives_empty_tables(tmp_path):
    t = load_corpus(tmp_path / "nope", use_cache=False)
    assert t.events.empty and t.documents.empty


def _release(city: str, day: int) -> str:
    return (f"UNOCT workshop in {city}\n\nPublished: 20 May 2023\n\n"
            f"On {day} May 2023, UNOCT held a workshop on border security in {city} for 20 officials.\n")


def test_adding_files_appends_exactly_what_a_full_rebuild_gives(tmp_path, monkeypatch):
    """The running dashboard's one-file-added path: same tables, same row order, as building anew."""
    import data_loader.load.incremental as inc

    raw, cache = tmp_path / "raw", tmp_path / "cache" / "results.sqlite"
    raw.mkdir()
    for i, city in enumerate(["Almaty", "Bishkek", "Dushanbe"]):
        (raw / f"b{i}.txt").write_text(_release(city, 3 + i), encoding="utf-8")
    load_corpus(raw, cache_path=cache)
    (raw / "a_new.txt").write_text(_release("Tashkent", 10), encoding="utf-8")  # sorts first
    appended = []
    real = inc._splice
    monkeypatch.setattr(inc, "_splice", lambda *a: appended.append(1) or real(*a))
    added = load_corpus(raw, cache_path=cache)
    assert appended, "the added file should have been appended, not rebuilt"
    full = load_corpus(raw, use_cache=False)
    for name, df in full.as_dict().items():
        pd.testing.assert_frame_equal(getattr(added, name), df, obj=name)
    assert added.texts == full.texts


def test_a_new_report_of_a_known_event_is_merged_not_appended(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache" / "results.sqlite"
    raw.mkdir()
    (raw / "release.txt").write_text(_release("Almaty", 3), encoding="utf-8")
    load_corpus(raw, cache_path=cache)
    (raw / "mirror.txt").write_text(
        "News: border workshop\n\nOn 3 May 2023 UNOCT organized a border security workshop in Almaty.\n",
        encoding="utf-8")
    t = load_corpus(raw, cache_path=cache)
    assert len(t.events) == 1
    assert sorted(t.event_sources.source_file) == ["mirror.txt", "release.txt"]


def test_a_new_copy_of_an_old_file_is_a_duplicate_after_a_rebuild(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache" / "results.sqlite"
    raw.mkdir()
    (raw / "b.txt").write_text(_release("Almaty", 3), encoding="utf-8")
    load_corpus(raw, cache_path=cache)
    (raw / "a.txt").write_text(_release("Almaty", 3), encoding="utf-8")  # sorts first: b becomes the copy
    t = load_corpus(raw, cache_path=cache)
    status = dict(zip(t.documents.source_file, t.documents.status, strict=True))
    assert status == {"a.txt": "ok", "b.txt": "duplicate"}
    assert list(t.event_sources.source_file) == ["a.txt"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cache_that_stops_writing_loses_no_document(corpus, tmp_path_factory, monkeypatch, workers):
    """Results are stored as they arrive; a cache write that fails part-way must not drop the rest."""
    from data_loader.load.cache import ResultCache

    def takes_one_then_fails(self, results):
        next(iter(results), None)

    for i in range(6):  # enough files for the worker pool to be used
        (corpus / f"f_more_{i}.txt").write_text(OTHER.replace("Astana", f"Astana {i}"), encoding="utf-8")
    expected = load_corpus(corpus, use_cache=False).documents
    monkeypatch.setattr(ResultCache, "put_pickled", takes_one_then_fails)  # put_many stores through it
    cache = tmp_path_factory.mktemp("cache") / "c.sqlite"
    got = load_corpus(corpus, cache_path=cache, workers=workers).documents
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


@pytest.fixture
def files_count_as_old(monkeypatch):
    """The file index skips files changed in the last two seconds; tests write theirs just now."""
    import data_loader.load.cache as cache_mod

    real = cache_mod.time.time_ns
    monkeypatch.setattr(cache_mod.time, "time_ns", lambda: real() + 10 * 10**9)


def _counting_hashes(monkeypatch) -> list[str]:
    import data_loader.load.pipeline as P

    hashed: list[str] = []
    real = P._sha_of_file

    def spy(path):
        hashed.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(P, "_sha_of_file", spy)
    return hashed


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cold_load_hashes_no_file_before_reading_it_and_still_fills_the_cache(
    corpus, tmp_path_factory, monkeypatch, files_count_as_old, workers
):
    """With nothing stored for this code, the reader's own hash of each file is what the cache, the
    file index and the snapshot are keyed by; the next load finds them all."""
    import data_loader.load.pipeline as P
    from data_loader.load.cache import ResultCache

    for i in range(6):  # enough files for the worker pool to be used
        (corpus / f"f_more_{i}.txt").write_text(OTHER.replace("Astana", f"Astana {i}"), encoding="utf-8")
    expected = load_corpus(corpus, use_cache=False)
    cache = tmp_path_factory.mktemp("cache") / "c.sqlite"
    hashed = _counting_hashes(monkeypatch)
    cold = load_corpus(corpus, cache_path=cache, workers=workers)
    assert hashed == []
    pd.testing.assert_frame_equal(cold.documents, expected.documents)
    assert ResultCache.snapshot_path(cache).exists()

    P._LAST_BUILD.clear()
    ResultCache.snapshot_path(cache).unlink()  # answered from the per-document cache, not extracted
    monkeypatch.setattr(P, "extract_events", lambda doc: pytest.fail(f"{doc.source_file} extracted again"))
    again = load_corpus(corpus, cache_path=cache, workers=workers)
    assert hashed == []  # the file index knew every file
    for name, frame in expected.as_dict().items():
        pd.testing.assert_frame_equal(again.as_dict()[name], frame, obj=name)


def test_a_file_that_changed_while_it_was_read_keeps_no_hash(tmp_path):
    """The reader's hash stands for the listed file only if it read as many bytes as the listing saw."""
    from data_loader.load.pipeline import _shas_from_results

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    entries = [(p.name, str(p), p.stat()) for p in sorted(tmp_path.iterdir())]
    results = [process_bytes(GOOD.encode(), "a.txt"), process_bytes(OTHER.encode() + b" grown", "b.txt")]
    shas = _shas_from_results(entries, [None, None], results, None)
    assert shas == [results[0].sha256, None]
    assert _shas_from_results(entries, ["known", None], results, None)[0] == "known"


def test_a_huge_file_in_the_folder_is_refused_without_being_loaded(tmp_path, monkeypatch):
    """A file over every size limit gets its documents row with the limit, and is never read whole."""
    from data_loader.reading.limits import CONTAINER_LIMIT_BYTES

    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    with open(tmp_path / "b_dump.txt", "wb") as fh:  # sparse: takes no disk space
        fh.truncate(CONTAINER_LIMIT_BYTES + 1)
    real = Path.read_bytes

    def guarded(self):
        assert self.name != "b_dump.txt", "the huge file was loaded whole"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    st = _status(load_corpus(tmp_path, use_cache=False))
    assert st["a_good.txt"][0] == "ok"
    assert st["b_dump.txt"][0] == "unreadable"
    assert "MB" in st["b_dump.txt"][1]


def test_a_copy_read_in_the_same_cold_load_is_not_extracted_again(tmp_path, monkeypatch):
    """Same bytes read the same way: one extraction; the copy gets the same result under its own name. The
    same bytes under another reader's suffix are read as another document and extracted on their own."""
    from data_loader.load import pipeline

    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    jobs = [(str(tmp_path / n), n) for n in ("a.txt", "b.txt", "c.md")]
    expected = [pipeline._process_path(j) for j in jobs]
    assert expected[2].format != expected[0].format
    extracted: list[str] = []
    extract = pipeline.process_document

    def counted(doc):
        extracted.append(doc.source_file)
        return extract(doc)

    monkeypatch.setattr(pipeline, "process_document", counted)
    got = list(pipeline._processed(jobs))
    assert extracted == ["a.txt", "c.md"]
    for g, e in zip(got, expected, strict=True):
        assert g.source_file == e.source_file
        assert g.__dict__ == e.__dict__


def test_a_release_in_another_script_says_why_no_event_was_found(tmp_path):
    """A Russian release is read, and the documents table says the rules read English only, not that the page
    reports no event; an English release that reports none keeps the plain message."""
    from release_helpers import load_releases

    tables = load_releases(tmp_path, {
        "ru.txt": "Антитеррористические учения в Шымкенте\n\nВ Шымкенте на 5–6 декабря 2025 года назначены "
                  "масштабные антитеррористические учения.\n",
        "en.txt": "Annual report\n\nThe ministry published its annual report on 3 May 2023.\n"})
    docs = tables.documents.set_index("source_file")
    assert set(docs.status) == {"no_event"}
    assert "English text only" in docs.loc["ru.txt", "message"]
    assert "English text only" not in docs.loc["en.txt", "message"]
