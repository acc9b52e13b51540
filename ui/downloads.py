"""Download names and contents of the filtered tables and of every other table a page offers (breakdowns,
review lists): one place for file names and spreadsheet-safe CSV (cells made safe by
data_loader.tables.export)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from data_loader import Tables
from data_loader.tables.export import EXPORTED, to_csv_bytes, to_zip_bytes
from ui.filters import FilterState, file_slug

PREFIX = "ct-events"


def base_name(state: FilterState, today: dt.date | None = None) -> str:
    """``ct-events_<date>_<filter>``, e.g. ``ct-events_2026-11-22_2023-2024_KAZ``."""
    today = today or dt.date.today()
    return f"{PREFIX}_{today.isoformat()}_{file_slug(state)}"


def csv_name(state: FilterState, table: str, today: dt.date | None = None) -> str:
    return f"{base_name(state, today)}_{table}.csv"


def zip_name(state: FilterState, today: dt.date | None = None) -> str:
    return f"{base_name(state, today)}.zip"


def csv_bytes(view: Tables, table: str) -> bytes:
    return to_csv_bytes(table, getattr(view, table))


def frame_name(state: FilterState, name: str, today: dt.date | None = None) -> str:
    """``ct-events_<date>_<filter>_<name>.csv`` for a table that is not one of the codebook's (a breakdown, a
    review list): named like the others, so a folder of downloads sorts and explains itself."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name).strip("-") or "table"
    return f"{base_name(state, today)}_{safe}.csv"


def frame_bytes(name: str, df: pd.DataFrame) -> bytes:
    """Any table as spreadsheet-safe CSV; a missing value is an empty cell (never 0 nor "None")."""
    return to_csv_bytes(name, df)


def zip_bytes(view: Tables) -> bytes:
    """Every exported table of the view, one CSV each, in one zip."""
    return to_zip_bytes({name: getattr(view, name) for name in EXPORTED})


__all__ = ["EXPORTED", "base_name", "csv_bytes", "csv_name", "frame_bytes", "frame_name", "zip_bytes", "zip_name"]
