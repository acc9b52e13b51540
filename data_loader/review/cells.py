"""Reading table cells for the review tables: text of a cell, a plain form of names, columns coded by
their distinct values. Shared by the curator's tables (``review``) and the evidence check
(``evidence_check``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import pandas as pd


def _str(v: object) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    return str(v)


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_PUNCT = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Casefolded, dashes unified, punctuation as spaces. Kept in a memo: the weak-evidence check
    asks it of the same names and quoted sentences over and over (a million calls at 10,000 events)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DASHES.sub("-", text)
    return " ".join(_PUNCT.sub(" ", text).split())


def _titles(tables) -> dict[str, object]:
    ev = tables.events  # tolist: the cells iteration gives, without walking the arrow columns cell by cell
    return dict(zip(ev["event_id"].astype(str).tolist(), ev["title"].astype("object").tolist(), strict=True))


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _coded(col: pd.Series, label: Callable[[object], object] = _str) -> tuple[np.ndarray, list]:
    """(codes, labels): each cell's code into ``label`` of the column's distinct cells (a missing cell
    labelled too). Factorised by arrow in one pass: turning all 277,000 cells of a text column into
    Python strings took longer than the checks made on them."""
    if col.dtype == object:  # factorize would take 1, 1.0 and True for one cell: label every cell first
        col, label = pd.Series([label(v) for v in col.tolist()], dtype=object), _same
    codes, uniques = pd.factorize(col)
    cells = uniques.tolist()
    # a string column's distinct cells are strings, which _str and str leave as they are
    labels = cells if isinstance(col.dtype, pd.StringDtype) and label in (_str, str, _same) else [
        label(u) for u in cells]
    missing = codes < 0
    if missing.any():
        labels.append(label(col.iloc[int(np.argmax(missing))]))
        codes = np.where(missing, len(labels) - 1, codes)
    return codes.astype(np.int64), labels


def _same(value: object) -> object:
    return value


def _objects(values: list) -> np.ndarray:
    """A 1-d object array of ``values`` (np.array would make a 2-d array of equal-length tuples)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _unique_sorted(keys: np.ndarray) -> np.ndarray:
    """np.unique by sorting (numpy 2's hashing np.unique took ten times as long on these keys)."""
    keys = np.sort(keys)
    return keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys


def _within(keys: np.ndarray, universe: np.ndarray) -> np.ndarray:
    """np.isin(keys, universe) for a sorted, duplicate-free ``universe``, by binary search."""
    if not len(universe):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(universe, keys), len(universe) - 1)
    return universe[at] == keys


def _present(codes: np.ndarray, size: int) -> np.ndarray:
    """The distinct codes (0 <= code < size) that occur, in increasing order."""
    return np.flatnonzero(np.bincount(codes, minlength=size))


def _text_column(col: pd.Series, at: np.ndarray, label: Callable[[object], object] = _str) -> pd.Series:
    """``label`` of the cells at ``at``, as a "str" column. A string column is taken and cast by arrow:
    building the 48,000-row table from Python strings took longer than sorting it."""
    if isinstance(col.dtype, pd.StringDtype):
        return col.iloc[at].fillna(label(col.dtype.na_value)).astype("str").reset_index(drop=True)
    codes, labels = _coded(col.iloc[at], label)
    return pd.Series(_objects(labels)[codes], dtype="str")


def _texts(col: pd.Series) -> list[str]:
    """``_str`` of every cell. A string column is converted by arrow in one call: cell by cell, the
    per-row reads of the old review code cost a quarter of a second on 10,000 events."""
    if isinstance(col.dtype, pd.StringDtype):
        return col.to_numpy(dtype=object, na_value="").tolist()
    return [_str(v) for v in col.astype("object").tolist()]


def _coded_texts(col: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(codes, labels): ``_str`` of each distinct cell, and each cell's code into them. Dates are written
    by pandas in one call where ``_str``'s strftime (per distinct day) writes them alike."""
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        codes, uniques = pd.factorize(col)
        if len(uniques) and uniques.year.min() >= 1000 and uniques.year.max() <= 9999:
            labels = [*uniques.strftime("%Y-%m-%d").tolist(), ""]
            return np.where(codes < 0, len(labels) - 1, codes).astype(np.int64), labels
    return _coded(col)
