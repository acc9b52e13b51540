"""CSV export (data_loader.tables.export): spreadsheet-safe cells, codebook columns first, ISO dates."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import pandas as pd
import pytest

from data_loader import columns as C
from data_loader.load.pipeline import load_corpus
from data_loader.tables.export import EXPORTED, safe_cell, to_csv_bytes, to_zip_bytes, write_csvs


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_safe_cell_neutralises_formula_prefixes(prefix):
    value = f"{prefix}HYPERLINK(\"http://x\")"
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["UNOCT", "Nur-Sultan", "a=b", "", " =1", "2023-05-04"])
def test_safe_cell_leaves_ordinary_text(value):
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [-3, 2.5, None, date(2023, 5, 4)])
def test_safe_cell_passes_non_text_unchanged(value):
    assert safe_cell(value) is value


def _read(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_to_csv_bytes_puts_codebook_columns_first_and_writes_iso_dates():
    df = pd.DataFrame({
        "organizers": ["UNOCT"],
        "summary": ["=cmd|' /C calc'!A0"],
        "event_id": ["ev-1"],
        "start_date": [pd.Timestamp("2024-03-04")],
        "end_date": [pd.NaT],
        "title": ["-A title"],
        "participants": [25],
    })
    df["start_date"] = pd.to_datetime(df["start_date"])
    df["end_date"] = pd.to_datetime(df["end_date"])
    data = to_csv_bytes("events", df)
    header = data.decode("utf-8").splitlines()[0].split(",")
    assert header[: len(C.EVENTS)] == C.EVENTS
    assert header[len(C.EVENTS):] == ["organizers"]
    (row,) = _read(data)
    assert row["start_date"] == "2024-03-04"
    assert row["end_date"] == ""
    assert row["summary"].startswith("'=")
    assert row["title"] == "'-A title"
    assert row["participants"] == "25"


def test_export_of_loaded_tables(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.txt").write_text(
        "=HYPERLINK(\"http://evil\") workshop in Bishkek\n\n"
        "Published: 9 March 2024\n\n"
        "UNOCT held a workshop on border security in Bishkek on 4 - 7 March 2024.\n\n",
        encoding="utf-8",
    )
    t = load_corpus(raw, use_cache=False)
    frames = {name: getattr(t, name) for name in EXPORTED}
    written = write_csvs(frames, tmp_path / "out")
    assert {p.name for p in written} == {f"{n}.csv" for n in EXPORTED}
    for name in EXPORTED:
        header = (tmp_path / "out" / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header[: len(C.TABLES[name])] == C.TABLES[name], name
    (ev,) = _read((tmp_path / "out" / "events.csv").read_bytes())
    assert (ev["start_date"], ev["end_date"], ev["published_date"]) == ("2024-03-04", "2024-03-07", "2024-03-09")
    assert ev["title"].startswith("'=")
    assert ev["year"] == "2024" and ev["month"] == "3"
    for r in _read((tmp_path / "out" / "evidence.csv").read_bytes()):
        assert not r["snippet"].startswith(("=", "+", "-", "@"))
    with zipfile.ZipFile(io.BytesIO(to_zip_bytes(frames))) as zf:
        assert sorted(zf.namelist()) == sorted(f"{n}.csv" for n in EXPORTED)


def test_export_in_chunks_is_byte_for_byte_one_pass(tmp_path, monkeypatch):
    """Tables are formatted a chunk of rows at a time: one header, every row once, in order, and the
    same bytes as formatting the whole frame at once (dates, missing values, guarded cells)."""
    from data_loader.tables import export as E

    n = 23
    df = pd.DataFrame({
        "event_id": [f"ev-{i:012x}" for i in range(n)],
        "title": ["=SUM(A1)" if i % 4 == 0 else f"Workshop, \"{i}\"" for i in range(n)],
        "start_date": pd.to_datetime([None if i % 5 == 0 else f"2024-03-{i + 1:02d}" for i in range(n)]),
        "year": pd.array([None if i % 3 == 0 else 2024 for i in range(n)], dtype="Int64"),
        "lat": [None if i % 2 else 42.87 + i for i in range(n)],
        "summary": pd.array([None if i % 6 == 0 else f"-{i} line\nbreak" for i in range(n)], dtype="string"),
    })
    one_pass = E.export_frame("events", df).to_csv(index=False, lineterminator="\n").encode("utf-8")
    monkeypatch.setattr(E, "CHUNK_ROWS", 5)
    (path,) = write_csvs({"events": df}, tmp_path / "out")
    assert path.read_bytes() == one_pass
    assert to_csv_bytes("events", df) == one_pass
    with zipfile.ZipFile(io.BytesIO(to_zip_bytes({"events": df}))) as zf:
        assert zf.read("events.csv") == one_pass
    empty = df.iloc[:0]
    assert to_csv_bytes("events", empty) == E.export_frame("events", empty).to_csv(
        index=False, lineterminator="\n").encode("utf-8")
