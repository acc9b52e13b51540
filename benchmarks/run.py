"""Scaling benchmark of the loader and the dashboard.

    python -m benchmarks.run --sizes 1000 10000 [50000] --out benchmarks/results

For each corpus size N (synthetic, ``benchmarks/generate_corpus.py``, cached under
``benchmarks/corpus/nN``) it measures, each in a fresh subprocess so that times
and peak memory are clean:

- cold build, one process, and with all cores (``workers=os.cpu_count()``):
  seconds and documents per second, empty cache;
- warm load from the per-document cache (a restart of the app);
- refresh after one document is added to the folder (app already loaded), once for a document
  that reports a new event and once for another report of an event the corpus already holds
  (it merges with an old event);
- CSV export of the codebook tables;
- dashboard rerun after a sidebar filter change (streamlit AppTest), for N <= 10,000
  unless ``--dashboard-sizes`` says otherwise;
- peak resident memory of every measurement.

Writes ``results.json`` and ``scaling.png`` (time against N) to ``--out`` and
prints a table. With ``--profile`` it also writes pyinstrument text profiles of
the cold and warm loads (``profile_<kind>_n<N>.txt``). Speed is judged here, not
by timed assertions in the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent

TARGETS = {
    "cold_docs_per_second_per_core": 300,
    "warm_seconds_at_10000": 2.0,
    "add_one_seconds_at_10000": 1.0,
    "dashboard_rerun_seconds_at_10000_events": 0.3,
    "peak_memory_mb_at_50000": 1536,
}


def machine_info() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cpu_count": os.cpu_count()}
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        for line in out.splitlines():
            key, _, val = line.partition(":")
            if key.strip() in ("Model name", "CPU(s)", "Thread(s) per core", "Hypervisor vendor"):
                info[key.strip()] = val.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        info["git_commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
    return info


def ensure_corpus(n: int, seed: int, root: Path) -> Path:
    """The corpus of N documents for this seed, generated once and reused while the generator is unchanged."""
    from benchmarks.generate_corpus import GENERATOR_VERSION, write_corpus

    folder = root / f"n{n}"
    marker = root / f"n{n}.json"
    want = {"n": n, "seed": seed, "generator": GENERATOR_VERSION}
    if folder.is_dir() and marker.exists() and json.loads(marker.read_text()) == want:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    write_corpus(n, folder, seed)
    marker.write_text(json.dumps(want))
    return folder


def run_measure(spec: dict, timeout: float) -> dict:
    spec = {"project": str(PROJECT), **spec}
    env = {**os.environ, "PYTHONPATH": str(PROJECT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.setdefault("MPLBACKEND", "Agg")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks._measure", json.dumps(spec)],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"kind": spec["kind"], "error": f"timed out after {timeout:.0f} s"}
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"kind": spec["kind"], "error": f"exit {proc.returncode}: {proc.stderr[-1500:]}"}
    return json.loads(lines[-1])


def bench_size(n: int, args, log) -> dict:
    raw = ensure_corpus(n, args.seed, args.corpus_dir)
    caches = args.corpus_dir / "caches" / f"n{n}"
    caches.mkdir(parents=True, exist_ok=True)
    warm_cache = caches / "warm" / "results.sqlite"
    warm_cache.parent.mkdir(parents=True, exist_ok=True)
    cpus = os.cpu_count() or 1
    base = {"raw": str(raw)}
    res: dict = {"n": n}
    timeout = args.timeout

    if n <= args.cold_single_max:
        log(f"N={n}: cold build, 1 process ...")
        res["cold_1"] = run_measure(
            {**base, "kind": "cold", "cache": str(caches / "cold1.sqlite"), "workers": 1}, timeout
        )
    log(f"N={n}: cold build, {cpus} processes ...")
    res["cold_all"] = run_measure({**base, "kind": "cold", "cache": str(warm_cache), "workers": cpus}, timeout)
    res["cold_all"]["workers"] = cpus
    log(f"N={n}: warm load ...")
    warm = [run_measure({**base, "kind": "warm", "cache": str(warm_cache)}, timeout) for _ in range(args.repeats)]
    res["warm"] = min(warm, key=lambda r: r.get("seconds", float("inf")))
    res["warm"]["all_seconds"] = [r.get("seconds") for r in warm]
    log(f"N={n}: warm load without the tables snapshot (rebuild from the per-document cache) ...")
    res["warm_rebuild"] = run_measure({**base, "kind": "warm", "cache": str(warm_cache), "snapshot": False}, timeout)
    for key, event in (("add_one", "new"), ("add_known", "known")):
        log(f"N={n}: add one document reporting a {event} event ...")
        add = [
            run_measure({**base, "kind": "add_one", "cache": str(warm_cache), "index": i + 1, "event": event,
                         "n": n}, timeout)
            for i in range(args.repeats)
        ]
        # the best of the added files that did what the figure says (merged with an old event, or not)
        fits = [r for r in add if r.get("merged") is (event == "known")] or add
        res[key] = min(fits, key=lambda r: r.get("seconds", float("inf")))
        res[key]["all_seconds"] = [r.get("seconds") for r in add]
        res[key]["all_merged"] = [r.get("merged") for r in add]
    log(f"N={n}: CSV export ...")
    res["export"] = run_measure({**base, "kind": "export", "cache": str(warm_cache)}, timeout)
    if not args.no_dashboard and (n in args.dashboard_sizes or (not args.dashboard_sizes and n <= 10_000)):
        log(f"N={n}: dashboard rerun after a filter change ...")
        res["dashboard"] = run_measure({**base, "kind": "dashboard", "cache": str(warm_cache)}, timeout)
    if args.profile:
        for kind, cache, workers in (("cold", caches / "profile.sqlite", 1), ("warm", warm_cache, 1)):
            path = args.out / f"profile_{kind}_n{n}.txt"
            log(f"N={n}: profiling {kind} load -> {path}")
            r = run_measure(
                {**base, "kind": kind, "cache": str(cache), "workers": workers, "profile": str(path)}, timeout
            )
            if "error" in r:
                log(f"  profile failed: {r['error']}")
    if not args.keep_caches:
        (caches / "cold1.sqlite").unlink(missing_ok=True)
        (caches / "profile.sqlite").unlink(missing_ok=True)
    return res


def _s(r: dict | None, key: str = "seconds") -> str:
    if not r:
        return "-"
    if "error" in r and key not in r:
        return "ERR"
    v = r.get(key)
    return "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))


def table(results: list[dict]) -> str:
    head = [
        "N",
        "events",
        "cold 1p s",
        "docs/s 1p",
        "cold all s",
        "docs/s all",
        "warm s",
        "rebuild s",
        "add-one s",
        "add-known s",
        "export s",
        "rerun s",
        "peak MB",
    ]
    rows = [head]
    for r in results:
        peaks = [_peak(r)]
        rows.append(
            [
                str(r["n"]),
                _s(r.get("warm"), "events"),
                _s(r.get("cold_1")),
                _s(r.get("cold_1"), "docs_per_second"),
                _s(r.get("cold_all")),
                _s(r.get("cold_all"), "docs_per_second"),
                _s(r.get("warm")),
                _s(r.get("warm_rebuild")),
                _s(r.get("add_one")),
                _s(r.get("add_known")),
                _s(r.get("export")),
                _s(r.get("dashboard")),
                f"{max(peaks):.0f}" if peaks else "-",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows)


def _peak(r: dict) -> float:
    """Largest resident memory of a measurement: a multi-process build counts the parent and its
    workers at the same moment (sampled), or, in results without that sample, each one's own peak
    added up (an upper bound: the workers have exited when the parent builds the tables)."""
    peaks = [0.0]
    for k, x in r.items():
        if isinstance(x, dict) and k != "dashboard":
            if "peak_tree_rss_mb" in x:
                peaks.append(max(x["peak_tree_rss_mb"], x.get("peak_rss_mb", 0)))
                continue
            extra = x.get("peak_child_rss_mb", 0) * x.get("workers", 1) if k == "cold_all" else 0
            peaks.append(x.get("peak_rss_mb", 0) + extra)
    return max(peaks)


def verdicts(results: list[dict]) -> list[str]:
    """Plain statements of which targets are met, for the report."""
    out = []
    cpus = os.cpu_count() or 1
    for r in results:
        n = r["n"]
        c1 = r.get("cold_1", {}).get("docs_per_second")
        if c1:
            ok = c1 >= TARGETS["cold_docs_per_second_per_core"]
            out.append(
                f"N={n}: cold extraction {c1:.0f} docs/s on one core "
                f"(target >= {TARGETS['cold_docs_per_second_per_core']}): {'met' if ok else 'MISSED'}"
            )
        ca = r.get("cold_all", {}).get("docs_per_second")
        if ca:
            out.append(f"N={n}: cold extraction {ca:.0f} docs/s on {cpus} cores ({ca / cpus:.0f} per core)")
        if n == 10_000:
            w = r.get("warm", {}).get("seconds")
            if w is not None:
                out.append(f"N={n}: warm start {w:.2f} s (target <= 2 s): {'met' if w <= 2 else 'MISSED'}")
            for key, what in (("add_one", "a new event"), ("add_known", "a known event")):
                a = r.get(key, {}).get("seconds")
                if a is not None:
                    out.append(
                        f"N={n}: one added document reporting {what} visible in {a:.2f} s (target <= 1 s): "
                        f"{'met' if a <= 1 else 'MISSED'}"
                    )
        d = r.get("dashboard", {})
        if d.get("seconds") is not None:
            ev = r.get("warm", {}).get("events")
            worst = d.get("worst_seconds", 1)
            verdict = "met" if worst <= 0.3 else "met on the median" if d["seconds"] <= 0.3 else "MISSED"
            out.append(
                f"N={n} ({ev} events): dashboard rerun after a filter change, every page: "
                f"{d['seconds'] * 1000:.0f} ms median, {d.get('worst_seconds', 0) * 1000:.0f} ms worst "
                f"({d.get('worst_page')}) (target <= 300 ms at 10,000 events): "
                f"{verdict}"
            )
            for page, p in (d.get("pages") or {}).items():
                median, slowest = (p["median_seconds"] or 0) * 1000, (p["worst_seconds"] or 0) * 1000
                out.append(f"    {page:<11} first visit {p['first_visit_seconds'] * 1000:6.0f} ms, reruns median "
                           f"{median:4.0f} ms, worst {slowest:4.0f} ms")
        elif d:
            out.append(f"N={n}: dashboard rerun not measured: {d.get('error') or d.get('note') or d.get('method')}")
        if n >= 50_000:
            peak = _peak(r)
            out.append(f"N={n}: peak memory {peak:.0f} MB (target < 1536 MB): {'met' if peak < 1536 else 'MISSED'}")
        for k, x in r.items():
            if isinstance(x, dict) and x.get("error"):
                out.append(f"N={n}: {k} failed: {str(x['error'])[:300]}")
    return out


def plot(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = [
        ("cold_1", "cold build, 1 process"),
        ("cold_all", f"cold build, {os.cpu_count()} processes"),
        ("warm", "warm load (tables snapshot)"),
        ("warm_rebuild", "warm load, rebuilt from per-document cache"),
        ("add_one", "refresh after 1 added document (new event)"),
        ("add_known", "refresh after 1 added document (known event)"),
        ("export", "CSV export"),
        ("dashboard", "dashboard rerun (filter change)"),
    ]
    fig, ax = plt.subplots(figsize=(10.5, 5), dpi=110)
    ns = [r["n"] for r in results]
    for key, label in series:
        pts = [(r["n"], r[key]["seconds"]) for r in results if r.get(key, {}).get("seconds") is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=label)
    if len(ns) >= 1:
        lo, hi = min(ns), max(ns)
        ax.plot([lo, hi], [lo / 300, hi / 300], ls="--", color="grey", lw=1, label="target: 300 docs/s (1 core)")
    ax.axhline(2.0, color="tab:green", ls=":", lw=1)
    ax.axhline(1.0, color="tab:red", ls=":", lw=1)
    ax.text(min(ns) if ns else 1, 2.05, "warm target 2 s", fontsize=7, color="tab:green")
    ax.text(min(ns) if ns else 1, 1.05, "add-one target 1 s", fontsize=7, color="tab:red")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("documents (N)")
    ax.set_ylabel("seconds")
    ax.set_title("ca-ct-events: time against corpus size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))  # outside: it hid points
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (documents)")
    ap.add_argument("--out", type=Path, default=HERE / "results", help="folder for results.json and scaling.png")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--corpus-dir", type=Path, default=HERE / "corpus", help="where generated corpora are kept")
    ap.add_argument("--repeats", type=int, default=3, help="runs of the warm and add-one measurements (best kept)")
    ap.add_argument(
        "--dashboard-sizes",
        type=int,
        nargs="*",
        default=[],
        help="sizes at which to time the dashboard (default: every N <= 10000)",
    )
    ap.add_argument("--profile", action="store_true", help="also write pyinstrument profiles of cold and warm loads")
    ap.add_argument("--keep-caches", action="store_true")
    ap.add_argument(
        "--cold-single-max",
        type=int,
        default=10_000,
        help="skip the single-process cold build above this N (it is the slowest measurement)",
    )
    ap.add_argument("--no-dashboard", action="store_true", help="skip the dashboard rerun measurement")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed for one measurement")
    ap.add_argument("--json-name", default="results.json")
    ap.add_argument("--replot", action="store_true", help="only redraw the plot and table from results.json")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.replot:
        results = json.loads((args.out / args.json_name).read_text())["results"]
        plot(results, args.out / "scaling.png")
        print(table(results))
        for v in verdicts(results):
            print("- " + v)
        return 0
    args.corpus_dir = args.corpus_dir.resolve()

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    results = []
    for n in args.sizes:
        results.append(bench_size(n, args, log))
        payload = {
            "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "machine": machine_info(),
            "targets": TARGETS,
            "seed": args.seed,
            "results": results,
            "verdicts": verdicts(results),
        }
        (args.out / args.json_name).write_text(json.dumps(payload, indent=2, default=str))
    plot(results, args.out / "scaling.png")
    print(table(results))
    print()
    for v in verdicts(results):
        print("- " + v)
    print(f"\nresults: {args.out / args.json_name}, plot: {args.out / 'scaling.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
