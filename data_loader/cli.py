"""Command line: ``python -m data_loader build --raw DIR --out OUT``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from data_loader.load.pipeline import load_corpus
from data_loader.settings import RAW_DIR_ENV, raw_dir
from data_loader.tables.export import EXPORTED, write_csvs


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m data_loader",
        description="Turn the press releases in a folder into the codebook's CSV tables.",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="read every document and write one CSV per table",
        description=(
            "Read every document (.txt .md .html .pdf .docx) under --raw, extract events, and write "
            "events.csv, event_sources.csv, event_countries.csv, event_organizations.csv, "
            "event_programmes.csv, event_themes.csv, documents.csv and evidence.csv to --out. "
            "Cell values are spreadsheet-safe. Prints a one-line summary."
        ),
    )
    b.add_argument("--raw", type=Path, default=None,
                   help=f"documents folder (default: ${RAW_DIR_ENV} or the project's raw/)")
    b.add_argument("--out", type=Path, required=True, help="folder for the CSV files (created if missing)")
    b.add_argument("--no-cache", action="store_true", help="re-extract every document, ignoring the cache")
    b.add_argument("--workers", type=int, default=1,
                   help="processes for extraction of uncached documents (0 = all cores)")
    return ap


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(documents, n_events: int, out: Path, seconds: float) -> str:
    """'10 documents read, 12 events found, 1 without an event, 0 problems' (a problem is a file that
    could not be used: empty, unreadable or a duplicate; each is listed in documents.csv)."""
    status = documents["status"].value_counts()
    no_event = int(status.get("no_event", 0))
    problems = {s: int(n) for s, n in status.items() if s in ("empty", "unreadable", "duplicate")}
    detail = ", ".join(f"{s}: {n}" for s, n in sorted(problems.items()))
    n_problems = sum(problems.values())
    return (f"{_plural(len(documents), 'document')} read, {_plural(n_events, 'event')} found, "
            f"{no_event} without an event, {_plural(n_problems, 'problem')}{f' ({detail})' if detail else ''}; "
            f"CSV tables in {out} ({seconds:.1f} s)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    folder = (args.raw or raw_dir()).resolve()
    if not folder.is_dir():
        print(f"error: documents folder not found: {folder}", file=sys.stderr)
        return 2
    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
    t0 = time.perf_counter()
    tables = load_corpus(folder, use_cache=not args.no_cache, workers=workers)
    frames = tables.as_dict()
    write_csvs({name: frames[name] for name in EXPORTED}, args.out)
    print(summary_line(tables.documents, len(tables.events), args.out, time.perf_counter() - t0))
    return 0
