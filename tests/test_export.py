"""CSV export (data_loader.export): spreadsheet-safe cells, codebook columns first, ISO dates."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import pandas as pd
import pytest

from data_loader import columns as C
from data_loader.export import EXPORTED, safe_cell, to_csv_bytes, to_zip_bytes, write_csvs
from data_loader.pipeline import load_corpus


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
