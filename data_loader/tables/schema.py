"""Schemas of the codebook tables: a wrong type or an unknown vocabulary value fails loudly."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from data_loader import columns as C

DATE_COLS = ("start_date", "end_date", "published_date")
INT_COLS = ("year", "month", "participants", "duration_days")


def _opt_str(**kw) -> pa.Column:
    return pa.Column(pa.String, nullable=True, **kw)


def _vocab(values: list[str], nullable: bool = False) -> pa.Column:
    return pa.Column(pa.String, pa.Check.isin(values), nullable=nullable)


EVENTS = pa.DataFrameSchema(
    {
        "event_id": pa.Column(pa.String, pa.Check.str_matches(r"^ev-[0-9a-f]{12}$"), unique=True),
        "title": pa.Column(pa.String),
        "event_type": _vocab(C.EVENT_TYPES),
        "format": _vocab(C.FORMATS),
        "start_date": pa.Column("datetime64[ns]", nullable=True),
        "end_date": pa.Column("datetime64[ns]", nullable=True),
        "date_precision": _vocab(C.DATE_PRECISIONS),
        "year": pa.Column("Int64", pa.Check.in_range(1990, 2100), nullable=True),
        "month": pa.Column("Int64", pa.Check.in_range(1, 12), nullable=True),
        "published_date": pa.Column("datetime64[ns]", nullable=True),
        "city": _opt_str(),
        "country_iso3": _opt_str(checks=pa.Check.str_matches(r"^[A-Z]{3}$")),
        "country": _opt_str(),
        "lat": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
        "lon": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
        "location_precision": _vocab(C.LOCATION_PRECISIONS),
        "participants": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        "participants_qualifier": _vocab(C.PARTICIPANT_QUALIFIERS, nullable=True),
        "duration_days": pa.Column("Int64", pa.Check.ge(1), nullable=True),
        "summary": pa.Column(pa.String),
    },
    checks=[
        pa.Check(lambda df: (df["end_date"].isna() | df["start_date"].isna() | (df["end_date"] >= df["start_date"])),
                 name="end_not_before_start"),
        pa.Check(lambda df: df["year"].notna() | df["start_date"].isna(), name="year_filled_when_dated"),
    ],
    strict=False,
    ordered=False,
)
EVENT_SOURCES = pa.DataFrameSchema({
    "event_id": pa.Column(pa.String), "source_file": pa.Column(pa.String),
    "sha256": pa.Column(pa.String, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
})
EVENT_COUNTRIES = pa.DataFrameSchema({
    "event_id": pa.Column(pa.String), "iso3": pa.Column(pa.String, pa.Check.str_matches(r"^[A-Z]{3}$")),
    "country": pa.Column(pa.String), "role": _vocab(C.COUNTRY_ROLES),
}, unique=["event_id", "iso3", "role"])
EVENT_ORGANIZATIONS = pa.DataFrameSchema({
    "event_id": pa.Column(pa.String), "organization": pa.Column(pa.String), "role": _vocab(C.ORG_ROLES),
}, unique=["event_id", "organization", "role"])
EVENT_PROGRAMMES = pa.DataFrameSchema({
    "event_id": pa.Column(pa.String), "programme": pa.Column(pa.String),
}, unique=["event_id", "programme"])
EVENT_THEMES = pa.DataFrameSchema({
    "event_id": pa.Column(pa.String), "theme": _vocab(list(C.THEMES)),
}, unique=["event_id", "theme"])
DOCUMENTS = pa.DataFrameSchema({
    "source_file": pa.Column(pa.String, unique=True), "sha256": pa.Column(pa.String),
    "status": _vocab(C.DOC_STATUSES), "message": pa.Column(pa.String, nullable=True),
    "encoding_repaired": pa.Column(bool), "n_events": pa.Column("Int64", pa.Check.ge(0)),
}, strict=False)
EVIDENCE = pa.DataFrameSchema({
    "event_id": pa.Column(pa.String), "field": pa.Column(pa.String), "value": pa.Column(pa.String),
    "source_file": pa.Column(pa.String), "start": pa.Column("Int64", pa.Check.ge(0)),
    "end": pa.Column("Int64", pa.Check.ge(0)), "snippet": pa.Column(pa.String),
    "confidence": _vocab(C.CONFIDENCE), "reasoning": pa.Column(pa.String),
})

SCHEMAS = {
    "events": EVENTS, "event_sources": EVENT_SOURCES, "event_countries": EVENT_COUNTRIES,
    "event_organizations": EVENT_ORGANIZATIONS, "event_programmes": EVENT_PROGRAMMES,
    "event_themes": EVENT_THEMES, "documents": DOCUMENTS, "evidence": EVIDENCE,
}


def _coerce(df: pd.DataFrame, copy: bool = True) -> pd.DataFrame:
    if copy:
        df = df.copy()
    for col in df.columns:
        if col in DATE_COLS:
            df[col] = pd.to_datetime(df[col], format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
        elif col in INT_COLS or col in ("start", "end", "n_events", "size_bytes"):
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif col in ("lat", "lon"):
            df[col] = pd.to_numeric(df[col], errors="coerce").astype(float)
        elif col == "encoding_repaired":
            df[col] = df[col].fillna(False).astype(bool)
        else:
            df[col] = df[col].astype("string")
    return df


def coerce_and_validate(tables, validate: bool = True):
    """Give every column its codebook type, then check it against the schema."""
    for name, df in tables.as_dict().items():
        # the frame is replaced on ``tables`` below, so it is converted in place: no full copy of
        # every table at once (the evidence table is hundreds of MB at 50,000 documents)
        df = _coerce(df, copy=False)
        if validate and name in SCHEMAS:
            df = SCHEMAS[name].validate(df, lazy=True)
        setattr(tables, name, df)
    return tables
