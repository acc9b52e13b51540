"""CSV export shared by the command line and the dashboard's downloads.

Cells are made safe for spreadsheets: a text cell that a spreadsheet would run
as a formula (starting with = + - @, tab or carriage return) gets a leading
apostrophe, the OWASP recommendation for CSV injection.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import IO

import pandas as pd

from data_loader import columns as C

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
EXPORTED = [
    "events", "event_sources", "event_countries", "event_organizations", "event_programmes",
    "event_themes", "documents", "evidence",
]


def safe_cell(value):
    """Neutralise a text cell a spreadsheet would evaluate; numbers and dates pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Codebook columns first, dates as ISO text, every text cell injection-safe."""
    cols = C.TABLES.get(name, list(df.columns))
    extra = [c for c in C.EXTRA.get(name, []) if c in df.columns]
    out = df.reindex(columns=cols + extra)
    changes = {}
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_datetime64_any_dtype(series):
            changes[col] = series.dt.strftime("%Y-%m-%d").astype(object).where(series.notna(), None)
        elif pd.api.types.is_string_dtype(series) or series.dtype == object:
            changes[col] = _safe_column(series)
    return out.assign(**changes) if changes else out


def _safe_column(series: pd.Series) -> pd.Series:
    """``safe_cell`` over a whole column at once: only cells that start with a formula character change."""
    text = series.astype("string")
    risky = text.str[:1].isin(list(FORMULA_PREFIXES)).fillna(False).astype(bool)
    values = series.astype(object).where(series.notna(), None)
    if risky.any():
        values = values.where(~risky, "'" + text)
        values = values.astype(object).where(series.notna(), None)
    return values


#: rows formatted per step: a text column becomes Python objects for the injection guard and the CSV
#: writer, and for the whole evidence table (1.4 million rows at 50,000 documents) those copies took
#: gigabytes; a chunk at a time they take a few MB, and the file is byte for byte the same
CHUNK_ROWS = 50_000


def write_csv(name: str, df: pd.DataFrame, fh: IO[str]) -> None:
    """One table as CSV into a text stream (opened with ``newline=""``), formatted chunk by chunk."""
    for start in range(0, max(len(df), 1), CHUNK_ROWS):
        part = export_frame(name, df.iloc[start : start + CHUNK_ROWS])
        part.to_csv(fh, index=False, header=start == 0, lineterminator="\n")


def to_csv_bytes(name: str, df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    with io.TextIOWrapper(buf, encoding="utf-8", newline="", write_through=True) as fh:
        write_csv(name, df, fh)
        fh.flush()
        return buf.getvalue()


def to_zip_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, df in frames.items():
            # streamed into the archive: no whole CSV of a large table in memory beside the zip
            # (the entry's metadata as ``writestr`` would give it)
            info = zipfile.ZipInfo(f"{name}.csv", date_time=time.localtime(time.time())[:6])
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            with zf.open(info, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
                write_csv(name, df, fh)
    return buf.getvalue()


def write_csvs(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """One CSV per table, written straight to disk a chunk of rows at a time (see ``CHUNK_ROWS``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in frames.items():
        path = out_dir / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            write_csv(name, df, fh)
        written.append(path)
    return written
