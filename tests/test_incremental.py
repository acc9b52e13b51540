"""Files added to a running process's tables (data_loader/load/incremental.py) give exactly the tables of a full
rebuild, also when a new file reports an event the tables already hold: its event is merged again with the
old records of the same (dates, place) bucket, read back from the per-document cache.

Every test checks that the incremental path was taken: a test that silently fell back to a full rebuild
would prove nothing about it.
"""

from __future__ import annotations

import copy
import hashlib
import random
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_loader.extract.records import DocumentResult, EventRecord, Evidence
from data_loader.load import incremental as inc
from data_loader.load import pipeline as P
from data_loader.load.cache import ResultCache
from data_loader.tables.build import Tables, build_tables
from data_loader.tables.merge import merge_events

# ---------------------------------------------------------------- helpers


def _release(org: str, city: str, day: int, kind: str = "workshop", people: int = 20, month: str = "May") -> str:
    return (f"{org} {kind} in {city}\n\nPublished: 28 {month} 2023\n\n"
            f"On {day} {month} 2023, {org} held a {kind} on border security in {city} for {people} officials.\n")


def _both(city: str, day: int, people: int = 30) -> str:
    """UNOCT and the OSCE together: the same event as a UNOCT report and as an OSCE report of that day."""
    return (f"Joint training in {city}\n\nOn {day} May 2023, UNOCT and the OSCE organized a joint training on "
            f"border security in {city} for {people} officers.\n")


def _write(raw: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")


def _full(raw: Path) -> Tables:
    """A full build from nothing, leaving the process's memo of the last build as it was."""
    saved = dict(P._LAST_BUILD)
    try:
        return P.load_corpus(raw, use_cache=False)
    finally:
        P._LAST_BUILD.clear()
        P._LAST_BUILD.update(saved)


def _assert_same(got: Tables, want: Tables) -> None:
    for name, df in want.as_dict().items():
        pd.testing.assert_frame_equal(getattr(got, name), df, obj=name)
    assert got.texts == want.texts


@pytest.fixture
def appended(monkeypatch) -> list:
    """What each incremental load returned: None for a fall-back to a full rebuild."""
    calls: list = []
    real = inc.append_new

    def spy(*args, **kwargs):
        calls.append(out := real(*args, **kwargs))
        return out

    monkeypatch.setattr(inc, "append_new", spy)
    return calls


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    return raw, tmp_path / "cache" / "results.sqlite"


def _add(raw: Path, cache: Path, files: dict[str, str], appended: list) -> Tables:
    """Add the files to a loaded folder; the load must be incremental and equal to a full rebuild."""
    _write(raw, files)
    before = len(appended)
    got = P.load_corpus(raw, cache_path=cache)
    assert len(appended) == before + 1 and appended[-1] is not None, "the files were not appended"
    _assert_same(got, _full(raw))
    return got


def _sources(t: Tables) -> dict[str, list[str]]:
    """event_id -> its source files, in the table's order."""
    out: dict[str, list[str]] = {}
    for eid, src in zip(t.event_sources["event_id"], t.event_sources["source_file"], strict=True):
        out.setdefault(eid, []).append(src)
    return out


def _event_of(t: Tables, name: str) -> list[str]:
    """The source files of every event the file ``name`` is a source of."""
    return [s for s in _sources(t).values() if name in s]


# ---------------------------------------------------------------- targeted cases


def test_a_new_report_joins_an_old_single_source_event(folder, appended):
    raw, cache = folder
    _write(raw, {"b_release.txt": _release("UNOCT", "Almaty", 3),
                 "c_other.txt": _release("UNODC", "Bishkek", 9, "training")})
    P.load_corpus(raw, cache_path=cache)
    got = _add(raw, cache, {"d_mirror.txt": _release("UNOCT", "Almaty", 3, people=25)}, appended)
    assert _event_of(got, "d_mirror.txt") == [["b_release.txt", "d_mirror.txt"]]
    assert len(got.merges) == 1


def test_a_new_report_joins_an_old_multi_source_event(folder, appended):
    raw, cache = folder
    _write(raw, {"b_release.txt": _release("UNOCT", "Almaty", 3),
                 "c_mirror.txt": _release("UNOCT", "Almaty", 3, people=25),
                 "d_other.txt": _release("UNODC", "Bishkek", 9, "training")})
    first = P.load_corpus(raw, cache_path=cache)
    assert len(first.events) == 2
    got = _add(raw, cache, {"e_third.txt": _both("Almaty", 3)}, appended)
    assert sorted(_event_of(got, "e_third.txt")[0]) == ["b_release.txt", "c_mirror.txt", "e_third.txt"]
    assert len(got.events) == 2 and len(got.merges) == 2


def test_an_old_event_known_only_by_its_last_day_meets_a_new_report_of_that_day(folder, appended):
    """A course "completed today" after three weeks has no first day: the incremental load must still find it
    (by its last day) for a new report of the same day, as a full build does."""
    raw, cache = folder
    _write(raw, {"b_course.txt": ("UNOCT course ends in Almaty\n\nPublished: 4 May 2023\n\nOn 3 May 2023, "
                                  "UNOCT completed a three-week training course on border security in Almaty "
                                  "for 20 officers.\n"),
                 "c_other.txt": _release("UNODC", "Bishkek", 9, "training")})
    first = P.load_corpus(raw, cache_path=cache)
    assert first.events["start_date"].isna().sum() == 1
    got = _add(raw, cache, {"d_agency.txt": _release("UNOCT", "Almaty", 3, "training", people=20)}, appended)
    assert sorted(_event_of(got, "d_agency.txt")[0]) == ["b_course.txt", "d_agency.txt"]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_new_report_sorting_first_takes_over_the_id_order_and_reasons(folder, appended):
    """The new file sorts before the old sources and its content hash is the smallest: the event's id (its
    anchor), the first row of merges and the earliest source all change."""
    raw, cache = folder
    old = {"m_release.txt": _release("UNOCT", "Almaty", 3), "n_mirror.txt": _release("UNOCT", "Almaty", 3, people=25)}
    _write(raw, old)
    before = P.load_corpus(raw, cache_path=cache)
    smallest = min(_sha(t) for t in old.values())
    people = next(p for p in range(40, 4000) if _sha(_release("UNOCT", "Almaty", 3, people=p)) < smallest)
    got = _add(raw, cache, {"a_first.txt": _release("UNOCT", "Almaty", 3, people=people)}, appended)
    assert len(got.events) == 1
    assert got.events["event_id"].iloc[0] != before.events["event_id"].iloc[0]
    assert got.merges["merged_with"].tolist() == ["a_first.txt", "a_first.txt"]


@pytest.mark.parametrize("new_name", ["a_both.txt", "z_both.txt"])
def test_a_new_report_that_bridges_two_old_events(folder, appended, new_name):
    """Merging is not transitive: a report naming both organisers joins one old event when it sorts last,
    and when it sorts first the two old events become one."""
    raw, cache = folder
    _write(raw, {"b_unoct.txt": _release("UNOCT", "Almaty", 3, "training"),
                 "c_osce.txt": _release("the OSCE", "Almaty", 3, "training", people=40)})
    assert len(P.load_corpus(raw, cache_path=cache).events) == 2
    got = _add(raw, cache, {new_name: _both("Almaty", 3)}, appended)
    if new_name == "a_both.txt":
        assert _event_of(got, new_name) == [["a_both.txt", "b_unoct.txt", "c_osce.txt"]]
        assert len(got.events) == 1
    else:
        assert len(got.events) == 2 and len(_event_of(got, new_name)[0]) == 2


def test_a_new_file_with_a_known_and_a_new_event(folder, appended):
    raw, cache = folder
    _write(raw, {"b_release.txt": _release("UNOCT", "Almaty", 3), "d_other.txt": _release("UNODC", "Osh", 9)})
    P.load_corpus(raw, cache_path=cache)
    two = (_release("UNOCT", "Almaty", 3, people=25)
           + "\nOn 12 June 2023, UNODC conducted a training on financing of terrorism in Bishkek for 25 prosecutors.\n")
    got = _add(raw, cache, {"c_two.txt": two}, appended)
    assert sorted(map(sorted, _event_of(got, "c_two.txt"))) == [["b_release.txt", "c_two.txt"], ["c_two.txt"]]
    assert len(got.events) == 3


def test_an_old_file_with_several_events_is_merged_again_whole(folder, appended):
    """The new report merges with the *first* event of an old two-event file whose second event is merged
    with a third file: every event of both old files is rebuilt, so their order (by position inside the
    old file) stays the full build's."""
    raw, cache = folder
    two = (_release("UNOCT", "Almaty", 3)
           + "\nOn 12 June 2023, UNODC conducted a training on financing of terrorism in Bishkek for 25 prosecutors.\n")
    _write(raw, {"b_two.txt": two,
                 "c_bishkek.txt": _release("UNODC", "Bishkek", 12, "training", month="June"),
                 "d_other.txt": _release("the OSCE", "Osh", 9)})
    first = P.load_corpus(raw, cache_path=cache)
    assert len(first.events) == 3
    got = _add(raw, cache, {"z_mirror.txt": _release("UNOCT", "Almaty", 3, people=25)}, appended)
    assert [sorted(s) for s in _sources(got).values()] == [
        ["b_two.txt", "z_mirror.txt"], ["b_two.txt", "c_bishkek.txt"], ["d_other.txt"]]


def test_several_files_added_at_once_and_month_and_online_buckets(folder, appended):
    raw, cache = folder
    online = "UNOCT webinar\n\nOn 3 May 2023, UNOCT held an online workshop on border security for 20 officials.\n"
    month = "UNOCT workshop in Osh\n\nIn May 2023, UNOCT held a workshop on border security in Osh for 20 officials.\n"
    _write(raw, {"b_online.txt": online, "c_month.txt": month, "d_release.txt": _release("UNOCT", "Almaty", 3)})
    P.load_corpus(raw, cache_path=cache)
    got = _add(raw, cache, {
        "a_online.txt": online.replace("20 officials", "24 officials"),
        "e_month.txt": month.replace("20 officials", "26 officials"),
        "f_new.txt": _release("UNODC", "Termez", 9, "training"),
    }, appended)
    assert len(got.events) == 4 and len(got.merges) == 2


# ---------------------------------------------------------------- fall-backs, still exact


def test_an_old_result_missing_from_the_cache_means_a_full_rebuild(folder, appended):
    raw, cache = folder
    _write(raw, {"b_release.txt": _release("UNOCT", "Almaty", 3)})
    P.load_corpus(raw, cache_path=cache)
    db = ResultCache(cache, "unused")
    db._db.execute("DELETE FROM results")
    db._db.commit()
    db.close()
    _write(raw, {"c_mirror.txt": _release("UNOCT", "Almaty", 3, people=25)})
    got = P.load_corpus(raw, cache_path=cache)
    assert appended == [None]
    _assert_same(got, _full(raw))


def test_too_many_old_documents_to_merge_again_means_a_full_rebuild(folder, appended, monkeypatch):
    raw, cache = folder
    _write(raw, {"b_release.txt": _release("UNOCT", "Almaty", 3)})
    P.load_corpus(raw, cache_path=cache)
    monkeypatch.setattr(inc, "MAX_REMERGED", 0)
    _write(raw, {"c_mirror.txt": _release("UNOCT", "Almaty", 3, people=25)})
    got = P.load_corpus(raw, cache_path=cache)
    assert appended == [None]
    _assert_same(got, _full(raw))


# ---------------------------------------------------------------- random folders, through the loader

ORGS = ["UNOCT", "the OSCE", "UNODC"]
CITIES = ["Almaty", "Bishkek"]


def _random_release(rng: random.Random, i: int) -> str:
    """A short release on one of few days, in one of two cities, by one or two of three organisers (most
    pairs of them collide in a bucket); sometimes two events. ``i`` keeps every text distinct."""
    city, day, kind = rng.choice(CITIES), rng.choice([3, 4]), rng.choice(["workshop", "training"])
    orgs = rng.sample(ORGS, k=rng.choice([1, 1, 2]))
    who = " and ".join(orgs)
    text = (f"Release {i}\n\nOn {day} May 2023, {who} held a {kind} on border security in {city} "
            f"for {10 + i} officials.\n")
    if rng.random() < 0.3:
        other = rng.choice([c for c in CITIES if c != city])
        text += (f"\nOn {rng.choice([3, 4])} May 2023, {rng.choice(ORGS)} conducted a training on financing "
                 f"of terrorism in {other} for {60 + i} prosecutors.\n")
    return text


@pytest.mark.parametrize("seed", range(6))
def test_random_folders_grown_file_by_file_equal_a_full_rebuild(tmp_path, appended, seed):
    rng = random.Random(seed)
    raw, cache = tmp_path / "raw", tmp_path / "cache" / "results.sqlite"
    raw.mkdir()
    pool = {f"f{rng.randrange(10**6):06d}.txt": _random_release(rng, i) for i in range(12)}
    names = list(pool)
    rng.shuffle(names)
    start, rest = names[:4], names[4:]
    _write(raw, {n: pool[n] for n in start})
    P.load_corpus(raw, cache_path=cache)
    while rest:
        k = rng.choice([1, 1, 2])
        batch, rest = rest[:k], rest[k:]
        _add(raw, cache, {n: pool[n] for n in batch}, appended)
    merged = _full(raw).merges
    assert len(merged) > 0  # the folders did exercise merging with old events


def test_splices_of_small_text_chunks_stay_exact_and_are_joined_again(tmp_path, appended, monkeypatch):
    """Old text columns in many pyarrow chunks (the evidence table is built a chunk of rows at a time) are
    cut and joined without copying; a column left in too many pieces is made one again."""
    from data_loader.tables import build as T

    monkeypatch.setattr(T._Columns.__init__, "__defaults__", (7,))  # rows per chunk
    monkeypatch.setattr(inc, "MAX_CHUNKS", 2)
    rng = random.Random(42)
    raw, cache = tmp_path / "raw", tmp_path / "cache" / "results.sqlite"
    raw.mkdir()
    names = [f"f{i:02d}.txt" for i in range(10)]
    rng.shuffle(names)
    _write(raw, {n: _random_release(rng, i) for i, n in enumerate(names[:4])})
    first = P.load_corpus(raw, cache_path=cache)
    assert first.evidence["snippet"].array.__arrow_array__().num_chunks > 2
    for i, name in enumerate(names[4:], start=4):
        got = _add(raw, cache, {name: _random_release(rng, i)}, appended)
        for df in got.as_dict().values():
            for col in df.columns:
                if isinstance(df[col].array, pd.arrays.ArrowStringArray):
                    assert df[col].array.__arrow_array__().num_chunks <= 2, col


def test_old_tables_out_of_full_build_order_are_not_spliced(folder):
    """The splice relies on the old tables holding each event's rows together in the events' order; when
    they do not, it says so (and the loader rebuilds) rather than guess."""
    raw, cache = folder
    _write(raw, {"b.txt": _release("UNOCT", "Almaty", 3), "c.txt": _release("UNODC", "Bishkek", 9, "training")})
    old = P.load_corpus(raw, cache_path=cache)
    alone = raw.parent / "alone"
    alone.mkdir()
    _write(alone, {"d.txt": _release("the OSCE", "Osh", 5)})
    part = _full(alone)
    names = ["b.txt", "c.txt", "d.txt"]
    assert inc._splice(old, part, names, set()) is not None
    shuffled = Tables(**{**old.as_dict(), "evidence": old.evidence.iloc[::-1].reset_index(drop=True)},
                      texts=old.texts)
    assert inc._splice(shuffled, part, names, set()) is None
    swapped = Tables(**{**old.as_dict(), "events": old.events.iloc[::-1].reset_index(drop=True)}, texts=old.texts)
    assert inc._splice(swapped, part, names, set()) is None


# ---------------------------------------------------------------- random results, at the merge level

CHOICES_DATE = [("day", "2023-05-03", "2023-05-03"), ("day", "2023-05-03", None), ("day", "2023-05-03", "2023-05-04"),
                ("month", None, None), ("year", None, None), ("day", "2023-05-31", "2023-06-01"),
                ("day", "2023-06-01", "2023-06-01")]
CHOICES_PLACE = [("Almaty", "KAZ", "in-person"), ("ALMATY", "KAZ", "hybrid"), (None, "KAZ", "in-person"),
                 (None, None, "virtual"), ("Osh", "KGZ", "in-person")]


def _record(name: str, sha: str, ordinal: int, draw: tuple) -> EventRecord:
    date, place, orgs, progs, etype = draw
    precision, start, end = CHOICES_DATE[date]
    city, iso, fmt = CHOICES_PLACE[place]
    return EventRecord(
        source_file=name, sha256=sha, ordinal=ordinal, title=f"{name} {ordinal}", event_type=etype, format=fmt,
        start_date=start, end_date=end, date_precision=precision, year=2023,
        month=None if precision == "year" else int(start[5:7]) if start else 5, city=city, country_iso3=iso,
        country={"KAZ": "Kazakhstan", "KGZ": "Kyrgyzstan"}.get(iso or ""),
        location_precision="city" if city else "country",
        organizations=[(o, "organizer") for o in orgs] + [("EU", "funder")] * (ordinal % 2),
        programmes=list(progs), themes=["border_security"],
        evidence=[Evidence("city", city or "", 0, 4), Evidence("organization", "x", 5, 9)],
        unknown_names=[("organization", f"Unknown {ordinal}", 0, 4)] if ordinal else [],
    )


RECORD = st.tuples(
    st.integers(0, len(CHOICES_DATE) - 1), st.integers(0, len(CHOICES_PLACE) - 1),
    st.lists(st.sampled_from(["UNOCT", "OSCE", "UNODC"]), max_size=2, unique=True),
    st.lists(st.sampled_from(["P1", "P2"]), max_size=1), st.sampled_from(["workshop", "training"]),
)
DOCS = st.lists(st.tuples(st.integers(0, 10**6), st.lists(RECORD, max_size=3)), min_size=2, max_size=9,
                unique_by=lambda d: d[0])


def _results(docs: list[tuple[int, list]]) -> dict[str, DocumentResult]:
    out = {}
    for key, draws in docs:
        name = f"d{key:07d}.txt"
        sha = hashlib.sha256(name.encode()).hexdigest()
        text = f"Text of {name}. It is long enough for every span. " * 2
        out[name] = DocumentResult(
            source_file=name, sha256=sha, size_bytes=len(text), format="txt", status="ok", message="",
            encoding="utf-8", encoding_repaired=False, text=text, title=name,
            events=[_record(name, sha, i, d) for i, d in enumerate(draws)],
        )
    return out


def _tables(results: list[DocumentResult]) -> Tables:
    P._finish(results)
    return build_tables(results, merge_events(results), validate=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=DOCS, data=st.data())
def test_appending_random_results_equals_a_full_build(docs, data):
    """Random documents of up to three records in few buckets (day, open-ended day, range, month, no date
    key; cities differing in case; online), random old/new split, random file-name order: ``append_new``
    never falls back here and gives exactly the full build's tables."""
    pool = _results(docs)
    names = sorted(pool)
    old_names = data.draw(st.lists(st.sampled_from(names), min_size=1, unique=True)) if names else []
    old_names = sorted(old_names)
    fresh = lambda n: copy.deepcopy(pool[n])  # noqa: E731 - each build gets its own objects
    old_results = [fresh(n) for n in old_names]
    old = _tables(old_results)
    old_files = {r.source_file: (r.sha256, r.status) for r in old_results}
    if len(old_names) == len(names):
        return
    got = inc.append_new(
        old_files, old, names, [pool[n].sha256 for n in names],
        lambda idx: [fresh(names[i]) for i in idx], P._finish,
        lambda files: {n: fresh(n) for n in files}, validate=False,
    )
    assert got is not None
    everything = [fresh(n) for n in names]
    _assert_same(got[1], _tables(everything))
    assert got[0] == {r.source_file: (r.sha256, r.status) for r in everything}



_UNDATED = ("Regional training course begins at the Ministry of Foreign Affairs of Turkmenistan\n\n"
            'A regional training course "Good Practices in Border Security and Management to Strengthen National '
            'Capacities" has begun its work at the Ministry of Foreign Affairs of Turkmenistan. The course is '
            "organized by UNRCCA.\n")
_DATED = ("UN opens border security training in Ashgabat\n\n17-10-2018, 13:28\n\n"
          'A regional training on "Good Practices in Border Security and Management to Strengthen National '
          'Capacities" has started at the Ministry of Foreign Affairs of Turkmenistan in Ashgabat. The training is '
          "organized by UNRCCA.\n")


def test_a_dated_report_joins_an_old_undated_one_of_the_same_name(folder, appended):
    """The old undated report has no month to be found by: it is merged again because of its name in quotes."""
    raw, cache = folder
    _write(raw, {"b_undated.txt": _UNDATED, "c_other.txt": _release("UNODC", "Bishkek", 9, "training")})
    P.load_corpus(raw, cache_path=cache)
    got = _add(raw, cache, {"d_dated.txt": _DATED}, appended)
    assert sorted(_event_of(got, "d_dated.txt")[0]) == ["b_undated.txt", "d_dated.txt"]


def test_a_new_undated_report_with_a_name_means_a_full_merge(folder, appended):
    raw, cache = folder
    _write(raw, {"b_dated.txt": _DATED, "c_other.txt": _release("UNODC", "Bishkek", 9, "training")})
    P.load_corpus(raw, cache_path=cache)
    _write(raw, {"d_undated.txt": _UNDATED})
    got = P.load_corpus(raw, cache_path=cache)
    assert appended[-1] is None
    assert sorted(_event_of(got, "d_undated.txt")[0]) == ["b_dated.txt", "d_undated.txt"]
    _assert_same(got, _full(raw))


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def _two_months(i: int) -> str:
    """A digest of two trainings in Almaty, one in month i and one in month i + 1 (by different organisers on
    other days, so they merge with nothing)."""
    return (f"Digest {i}\n\nOn {3 + i} {_MONTHS[i]} 2023, UNOCT held a workshop on border security in Almaty for "
            f"{20 + i} officials.\n\nOn {14 + i} {_MONTHS[i + 1]} 2023, UNODC conducted a training on financing of "
            f"terrorism in Almaty for {60 + i} prosecutors.\n")


def test_documents_of_several_events_do_not_chain_the_whole_folder_in(folder, appended, monkeypatch):
    """Old digests each with events in two months link every month to the next: drawing in whole documents by
    (month, country) bucket reached all of them (at 50,000 documents most of the corpus, so an added document
    always fell back to a full rebuild). Only the events the new report may join are merged again."""
    raw, cache = folder
    _write(raw, {f"b{i:02d}.txt": _two_months(i) for i in range(8)})
    first = P.load_corpus(raw, cache_path=cache)
    assert len(first.events) == 16 and first.merges.empty
    monkeypatch.setattr(inc, "MAX_REMERGED", 3)
    mirror = "UNOCT workshop in Almaty\n\nOn 3 January 2023, UNOCT held a workshop on border security in Almaty.\n"
    got = _add(raw, cache, {"c_mirror.txt": mirror}, appended)
    assert sorted(_event_of(got, "c_mirror.txt")[0]) == ["b00.txt", "c_mirror.txt"]


def test_a_report_naming_no_place_is_merged_again_with_a_placed_one(folder, appended):
    """A report that names no place is looked up under every place of its month (and a placed report finds it):
    the old one is merged again although it shares no (month, country) bucket with the new one."""
    raw, cache = folder
    nowhere = "UNOCT workshop\n\nOn 3 May 2023, UNOCT held a workshop on border security for 20 officials.\n"
    _write(raw, {"b_nowhere.txt": nowhere, "c_other.txt": _release("UNODC", "Bishkek", 9, "training")})
    P.load_corpus(raw, cache_path=cache)
    got = _add(raw, cache, {"d_placed.txt": _release("UNOCT", "Almaty", 3)}, appended)
    assert sorted(_event_of(got, "d_placed.txt")[0]) == ["b_nowhere.txt", "d_placed.txt"]
