"""Score the loader on the project's own corpus of releases (tests/corpus/), with the shared scorer.

    .venv/bin/python tests/corpus_eval.py tune            # the half rules are tuned on, every miss listed
    .venv/bin/python tests/corpus_eval.py blind --quiet   # the held-out half: score it once, at the end

Each half has its documents in ``docs/`` and its gold in ``gold/*.json`` (one file per author, in the
codebook's format); they are joined into one gold file for ``../shared/eval/score.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
HALVES = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12",
          "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22", "tune23",
          "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32", "tune33", "tune34",
          "tune35", "tune36", "tune37", "tune38", "tune39", "tune40", "tune41", "tune42", "tune43", "tune44", "tune45",
          "tune46", "tune47", "tune48", "tune49", "tune50", "tune51", "tune52", "tune53", "tune54", "tune55", "tune56",
          "tune57", "tune58", "tune59", "tune60", "tune61", "tune62", "tune63", "tune64", "tune65", "tune66",
          "tune67", "blind")


def joined_gold(half: str) -> dict:
    """The gold of every author of one half, as one gold file."""
    events, no_event = [], []
    for path in sorted((CORPUS / half / "gold").glob("*.json")):
        part = json.loads(path.read_text(encoding="utf-8"))
        events += part["events"]
        no_event += part.get("no_event_sources", [])
    return {"corpus": f"tests/corpus/{half}", "no_event_sources": no_event, "events": events}


def export(docs: Path, out: Path, cache: Path) -> None:
    """The command-line export, as a user runs it (a fresh cache: nothing from another run)."""
    env = {**os.environ, "CT_EVENTS_CACHE_DIR": str(cache)}
    subprocess.run([sys.executable, "-m", "data_loader", "build", "--raw", str(docs), "--out", str(out)],
                   check=True, cwd=ROOT, env=env, capture_output=True)


def score(half: str, work: Path, quiet: bool = True) -> tuple[dict, str]:
    """(the scorer's result, its printed report) for one half; its export is left in ``work / "out"``."""
    work.mkdir(parents=True, exist_ok=True)
    gold = work / "gold.json"
    gold.write_text(json.dumps(joined_gold(half)), encoding="utf-8")
    export(CORPUS / half / "docs", work / "out", work / "cache")
    result = work / "score.json"
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(work / "out"),
                          "--json", str(result)] + (["--quiet"] if quiet else []),
                         check=True, capture_output=True, text=True)
    return json.loads(result.read_text(encoding="utf-8")), run.stdout


def score_halves(halves: list[str], work: Path, workers: int) -> dict[str, tuple[dict, str]]:
    """``score`` of each half, ``workers`` halves at a time: each export and each scoring is a process of its own,
    so threads that wait on them keep that many cores busy."""
    with ThreadPoolExecutor(max(1, workers)) as pool:
        futures = {half: pool.submit(score, half, work / half) for half in halves}
        return {half: future.result() for half, future in futures.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("half", choices=HALVES)
    ap.add_argument("--quiet", action="store_true", help="do not list the misses")
    ap.add_argument("--keep", type=Path, help="keep the export and gold in this folder")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"the shared scorer is not at {SCORER}")
        return 2
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        _, report = score(args.half, args.keep, args.quiet)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            _, report = score(args.half, Path(tmp), args.quiet)
    print(report, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
