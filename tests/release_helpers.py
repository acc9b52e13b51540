"""Load a short release written by a test, the way every extraction rule test does."""

from __future__ import annotations

from pathlib import Path

from data_loader import Tables
from data_loader.load.pipeline import load_corpus


def load_release(folder: Path, text: str, name: str = "release.txt") -> Tables:
    """Write ``text`` as one document and load the folder. The schema check runs in test_pipeline.py;
    without it the rule tests stay fast."""
    (folder / name).write_text(text, encoding="utf-8")
    return load_corpus(folder, use_cache=False, validate=False)


def one_event_tables(folder: Path, text: str) -> Tables:
    """The tables of a release that must report exactly one event (says why not, when it does not)."""
    tables = load_release(folder, text)
    assert len(tables.events) == 1, tables.documents[["status", "message"]].to_dict("records")
    return tables


def load_releases(folder: Path, texts: dict[str, str]) -> Tables:
    """Several documents (name -> text) loaded as one folder: how merge rules are tested on real wording."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load_corpus(folder, use_cache=False, validate=False)
