"""CSV and zip contents of the filtered view: exact rows, spreadsheet-safe cells."""

from __future__ import annotations

import csv
import io
import zipfile

from data_loader import columns as C
from data_loader.tables.export import EXPORTED
from ui.downloads import csv_bytes, zip_bytes
from ui.filters import FilterState, filter_tables


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_events_csv_has_exactly_the_filtered_rows(tables):
    view = filter_tables(tables, FilterState(years=(2023, 2024), countries=("KAZ",)))
    out = rows(csv_bytes(view, "events"))
    assert [r["event_id"] for r in out] == ["ev-a", "ev-b", "ev-d"]
    assert list(out[0])[: len(C.EVENTS)] == C.EVENTS  # codebook columns first
    a = out[0]
    assert (a["title"], a["start_date"], a["end_date"], a["year"], a["city"], a["country_iso3"],
            a["participants"]) == ("Almaty CBRN workshop", "2023-03-04", "2023-03-07", "2023", "Almaty", "KAZ", "25")
    b = out[1]
    assert (b["start_date"], b["date_precision"], b["month"], b["participants"]) == ("", "month", "5", "")


def test_related_tables_are_restricted_too(tables):
    view = filter_tables(tables, FilterState(countries=("KGZ",), country_role="host"))
    orgs = rows(csv_bytes(view, "event_organizations"))
    assert orgs == [
        {"event_id": "ev-d", "organization": "UNRCCA", "role": "organizer"},
        {"event_id": "ev-d", "organization": "United States", "role": "funder"},
        {"event_id": "ev-d", "organization": "European Union", "role": "funder"},
    ]


def test_formula_cells_are_neutralised(tables):
    view = filter_tables(tables, FilterState(event_types=("conference",)))
    raw = csv_bytes(view, "events").decode("utf-8")
    out = rows(raw.encode())
    assert out[0]["title"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    # no cell of any line starts with a formula character
    for line in csv.reader(io.StringIO(raw)):
        for cell in line:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_zip_holds_every_exported_table(tables):
    view = filter_tables(tables, FilterState(themes=("strategy",)))
    with zipfile.ZipFile(io.BytesIO(zip_bytes(view))) as zf:
        assert sorted(zf.namelist()) == sorted(f"{n}.csv" for n in EXPORTED)
        events = rows(zf.read("events.csv"))
        themes = rows(zf.read("event_themes.csv"))
    assert [r["event_id"] for r in events] == ["ev-d", "ev-e"]
    assert {(r["event_id"], r["theme"]) for r in themes} == {("ev-d", "strategy"), ("ev-d", "pve"),
                                                            ("ev-e", "strategy")}
