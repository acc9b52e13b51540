"""Shared fixtures: a small hand-made Tables, copies of the documents folders, the project root."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_tables import make_tables

from data_loader import Tables

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEVSET_DOCS = SHARED / "devset" / "docs"


@pytest.fixture
def tables() -> Tables:
    """Six hand-made events (see app_tables.py)."""
    return make_tables()


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A private copy of the project's raw/ (tests may add or break files in it)."""
    dest = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", dest)
    return dest


@pytest.fixture
def devset_copy(tmp_path: Path) -> Path:
    """raw/ plus the shared development set in one folder; skipped when ../shared is absent."""
    if not DEVSET_DOCS.is_dir():
        pytest.skip(f"{DEVSET_DOCS} is not there")
    dest = tmp_path / "devraw"
    shutil.copytree(ROOT / "raw", dest)
    for f in DEVSET_DOCS.iterdir():
        if f.is_file():
            shutil.copy2(f, dest / f.name)
    return dest
