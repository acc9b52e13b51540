# ruff: noqa: E501  (regular expressions and report lines read better unwrapped)
"""Profile the pipeline-side costs (hashing, cache, duplicates, merge, tables, schema) with pyinstrument.

    python -m benchmarks.profile_pipeline --n 10000 [--rich] --out benchmarks/results

Each stage runs in this process after a warm-up; the text profiles are written as
``profile_pipeline_<stage>_n<N>[_rich].txt``. ``--rich`` replaces the extractor by a
stand-in that returns what a finished extractor returns for a release (one to five
events with organisations, countries, programmes, themes, about twenty evidence spans
and unknown names, at real offsets of the text), so that the pipeline's own cost can
be measured at a realistic volume while the real extractor is still being written.
Without ``--rich`` the project's extractor runs.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.generate_corpus import CENTRAL_ASIA, ELSEWHERE, MONTHS, THEMES, extra_document
from benchmarks.run import HERE, ensure_corpus

_DATE = re.compile(r"\b(\d{1,2})(?:\s*[-\u2013]\s*(\d{1,2}))?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})")
_CITY = re.compile(r"\b(" + "|".join(c[0] for c in CENTRAL_ASIA + ELSEWHERE) + r")\b")
_ORG = re.compile(r"\b(UNOCT|UNCCT|UNRCCA|UNODC|CTED|UNODA|OSCE|IOM|OROLSI|INTERPOL|UNDP|European Union|Qatar|Japan)\b")
_CTRY = re.compile(r"\b(Kazakhstan|Kyrgyzstan|Tajikistan|Turkmenistan|Uzbekistan|Afghanistan|Mongolia)\b")
_ISO = {"Kazakhstan": "KAZ", "Kyrgyzstan": "KGZ", "Tajikistan": "TJK", "Turkmenistan": "TKM", "Uzbekistan": "UZB",
        "Afghanistan": "AFG", "Mongolia": "MNG"}
_CITY_ISO = {c[0]: c[2] for c in CENTRAL_ASIA + ELSEWHERE}


def rich_extract(doc):
    """A stand-in extractor with a finished extractor's output volume (see the module doc)."""
    from data_loader.extract.records import EventRecord, Evidence

    text = doc.text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0][:200] if lines else ""
    h = int(doc.sha256[:8], 16)
    dates = list(_DATE.finditer(text))
    cities = list(_CITY.finditer(text))
    if not dates and not cities:
        return title, None, []
    n_events = 1 + (h % 23 == 0) * (h % 4)
    events = []
    for k in range(n_events):
        d = dates[k % len(dates)] if dates else None
        c = cities[k % len(cities)] if cities else None
        ev = EventRecord(doc.source_file, doc.sha256, k, title=title, event_type=["workshop", "training",
                         "conference", "meeting"][h % 4], summary=" ".join(text[:300].split()))
        if d:
            day1, day2, mon, year = int(d.group(1)), int(d.group(2) or d.group(1)), MONTHS.index(d.group(3)) + 1, \
                int(d.group(4))
            day2 = max(day1, min(day2, 28))
            day1 = min(day1, 28)
            ev.start_date, ev.end_date = f"{year}-{mon:02d}-{day1:02d}", f"{year}-{mon:02d}-{day2:02d}"
            ev.date_precision, ev.year, ev.month, ev.duration_days = "day", year, mon, day2 - day1 + 1
            ev.evidence.append(Evidence("start_date", ev.start_date, d.start(), d.end()))
            ev.evidence.append(Evidence("end_date", ev.end_date, d.start(), d.end()))
        if c:
            ev.city, ev.country_iso3, ev.location_precision = c.group(1), _CITY_ISO[c.group(1)], "city"
            ev.country, ev.lat, ev.lon = c.group(1), 41.3 + (h % 100) / 100, 69.2 + (h % 50) / 100
            ev.evidence.append(Evidence("city", c.group(1), c.start(), c.end()))
            ev.countries.append((ev.country_iso3, "host"))
        ev.participants, ev.participants_qualifier = 10 + h % 90, "exact"
        for m in list(_ORG.finditer(text))[:6]:
            name = "UNOCT" if m.group(1) == "UNCCT" else m.group(1)
            role = "funder" if name in ("European Union", "Qatar", "Japan") else "organizer"
            if (name, role) not in ev.organizations:
                ev.organizations.append((name, role))
            ev.evidence.append(Evidence("organization", name, m.start(), m.end()))
        for m in list(_CTRY.finditer(text))[:6]:
            if (_ISO[m.group(1)], "participant") not in ev.countries:
                ev.countries.append((_ISO[m.group(1)], "participant"))
            ev.evidence.append(Evidence("participant_country", _ISO[m.group(1)], m.start(), m.end()))
        ev.themes = [list(THEMES)[(h >> i) % len(THEMES)] for i in range(2)]
        ev.themes = list(dict.fromkeys(ev.themes))
        ev.programmes = [f"Programme {h % 17}"]
        for i, pos in enumerate(range(0, min(len(text), 1500), 300)):
            ev.evidence.append(Evidence(f"theme{i}", ev.themes[0], pos, min(len(text), pos + 40)))
        ev.unknown_names.append(("organization", f"Unknown body {h % 97}", 0, min(len(text), 10)))
        events.append(ev)
    pub = dates[-1] if dates else None
    return title, (f"{pub.group(4)}-{MONTHS.index(pub.group(3)) + 1:02d}-01" if pub else None), events


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.profile_pipeline", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--rich", action="store_true", help="use the stand-in extractor with realistic output volume")
    ap.add_argument("--out", type=Path, default=HERE / "results")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    from pyinstrument import Profiler

    import data_loader.load.pipeline as P

    if args.rich:
        P.extract_events = rich_extract
    raw = ensure_corpus(args.n, args.seed, HERE / "corpus")
    tmp = Path(tempfile.mkdtemp(prefix="ct-prof-"))
    cache = tmp / "results.sqlite"
    suffix = f"n{args.n}{'_rich' if args.rich else ''}"
    args.out.mkdir(parents=True, exist_ok=True)
    added = None
    try:
        P.load_corpus(raw, cache_path=tmp / "warmup.sqlite")  # imports and lazy initialisation
        for stage in ("cold", "warm", "add_one"):
            if stage == "add_one":
                name, payload = extra_document(99)
                added = raw / name
                added.write_bytes(payload)
            prof = Profiler(interval=0.001)
            t0 = time.perf_counter()
            prof.start()
            if stage == "add_one":
                P.fingerprint(raw)
            tables = P.load_corpus(raw, cache_path=cache)
            prof.stop()
            dt = time.perf_counter() - t0
            path = args.out / f"profile_pipeline_{stage}_{suffix}.txt"
            path.write_text(prof.output_text(unicode=False, color=False))
            ev_rows = len(tables.evidence)
            print(f"{stage:8s} {dt:7.3f} s  {len(tables.documents)} documents, {len(tables.events)} events, "
                  f"{ev_rows} evidence rows -> {path}")
        print(f"cache file: {cache.stat().st_size / 1e6:.1f} MB; texts "
              f"{sum(len(t) for t in tables.texts.values()) / 1e6:.1f} M chars; "
              f"sha of corpus listing {hashlib.sha256(str(sorted(tables.documents['sha256'])).encode()).hexdigest()[:8]}")
    finally:
        if added is not None:
            added.unlink(missing_ok=True)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
