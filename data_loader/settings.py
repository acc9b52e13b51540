"""Where the documents live and where derived data is cached.

A team can point the dashboard and the export at a shared folder with the
``CT_EVENTS_RAW_DIR`` environment variable; the default is the project's ``raw/``.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RAW_DIR_ENV = "CT_EVENTS_RAW_DIR"
CACHE_DIR_ENV = "CT_EVENTS_CACHE_DIR"


def raw_dir() -> Path:
    """The documents folder: the environment setting, else ``raw/`` beside the package."""
    value = os.environ.get(RAW_DIR_ENV, "").strip()
    return Path(value).expanduser().resolve() if value else PROJECT_ROOT / "raw"


def cache_dir() -> Path:
    """Per-document extraction cache; outside the documents folder so uploads never mix with it."""
    value = os.environ.get(CACHE_DIR_ENV, "").strip()
    if value:
        return Path(value).expanduser().resolve()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "ca-ct-events"
