"""CSV export shared by the command line and the dashboard's downloads.

Cells are made safe for spreadsheets: a text cell that a spreadsheet would run
as a formula (starting with = + - @, tab or carriage return) gets a leading
apostrophe, the OWASP recommendation for CSV injection.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

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


def to_csv_bytes(name: str, df: pd.DataFrame) -> bytes:
    return export_frame(name, df).to_csv(index=False, lineterminator="\n").encode("utf-8")


def to_zip_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, df in frames.items():
            zf.writestr(f"{name}.csv", to_csv_bytes(name, df))
    return buf.getvalue()


def write_csvs(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """One CSV per table, written straight to disk (no whole-file copy in memory)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in frames.items():
        path = out_dir / f"{name}.csv"
        export_frame(name, df).to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
        written.append(path)
    return written
