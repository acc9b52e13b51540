"""Many users at once: browser sessions against one local dashboard server.

    python -m benchmarks.load_test --sessions 20 --concurrency 4 [--n 1000 | --raw DIR]

Starts ``streamlit run dashboard.py`` on a free port of 127.0.0.1 (loopback only),
with its own cache folder, over a synthetic corpus (``--n`` documents, generated
once under ``benchmarks/corpus``) or ``--raw``. Then opens ``--sessions`` browser
sessions (headless Debian chromium, a few contexts at a time with asyncio), each:

1. opens the "Data and downloads" page with a filter in the URL (the sidebar
   filters are bound to query parameters) and waits until the page is ready;
2. changes a sidebar filter by hand (the "Event type" or "Theme" multiselect) and
   waits for the rerun to finish;
3. downloads the filtered events CSV and checks that it is a CSV of events.

Reports the median and worst page-ready, filter-rerun and download times, writes
them to ``--out`` (JSON), stops the server, and exits non-zero if any session failed.
Every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
#: URL filters the sessions start with (query parameter = widget key, see ui/filters.py).
START_FILTERS = [
    "",
    "type=workshop",
    "theme=border_security",
    "type=training&type=conference",
    "format=in-person",
    "theme=pve&type=workshop",
]
#: Sidebar multiselects a session changes by hand (label text), in order of preference.
HAND_FILTERS = ["Event type", "Theme", "Format", "Country"]

# Streamlit is ready when no element is stale and the status widget is not "Running".
_IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  const status = document.querySelector('[data-testid="stStatusWidget"]');
  if (status && /running/i.test(status.innerText || '')) return false;
  return !!document.querySelector('[data-testid="stMain"], [data-testid="stAppViewContainer"]');
}"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(base: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
            if r.status == 200:
                return
        time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer on {base} within {timeout:.0f} s")


def start_server(raw: Path, cache: Path, port: int, log_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "CT_EVENTS_RAW_DIR": str(raw),
        "CT_EVENTS_CACHE_DIR": str(cache),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(PROJECT / "dashboard.py"),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
    ]
    log = open(log_path, "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(cmd, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)


async def wait_idle(page, timeout_ms: float) -> None:
    await page.wait_for_timeout(150)  # let a rerun that was just triggered start
    await page.wait_for_function(_IDLE_JS, timeout=timeout_ms, polling=100)


async def check_no_exception(page) -> None:
    exc = page.locator('[data-testid="stException"]')
    if await exc.count():
        raise RuntimeError("the page shows an exception: " + (await exc.first.inner_text())[:300])


async def change_hand_filter(page, rng: random.Random, timeout_ms: float) -> str:
    sidebar = page.locator('[data-testid="stSidebar"]')
    # on a busy server the sidebar may still be painting when the main area is ready: wait for its
    # filters instead of counting them at once (a 19/20 run failed here with "none ... was found")
    await sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text=HAND_FILTERS[-1]).first.wait_for(
        state="visible", timeout=timeout_ms)
    for label in HAND_FILTERS:
        box = sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text=label)
        if not await box.count():
            continue
        await box.first.locator("input").first.click(timeout=timeout_ms)
        options = page.locator('[role="option"]')
        try:
            await options.first.wait_for(state="visible", timeout=min(timeout_ms, 30_000))
        except Exception:  # noqa: BLE001 - every choice taken already: try the next filter
            await page.keyboard.press("Escape")
            continue
        n = await options.count()
        await options.nth(rng.randrange(max(1, min(n, 6)))).click(timeout=timeout_ms)
        await page.keyboard.press("Escape")
        return label
    raise RuntimeError(f"none of the sidebar filters {HAND_FILTERS} was found")


async def session(i: int, browser, base: str, sem: asyncio.Semaphore, args, out_dir: Path) -> dict:
    """One user: open a filtered page, change a filter, download a CSV (downloads go to ``out_dir``)."""
    rng = random.Random(i)
    query = START_FILTERS[i % len(START_FILTERS)]
    rec: dict = {"session": i, "start_filter": query}
    timeout_ms = args.step_timeout * 1000
    async with sem:
        ctx = await browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
        page = await ctx.new_page()
        try:
            t0 = time.perf_counter()
            await page.goto(
                f"{base}/data{'?' + query if query else ''}", wait_until="domcontentloaded", timeout=timeout_ms
            )
            button = page.get_by_role("button", name="events (")
            await button.first.wait_for(state="visible", timeout=timeout_ms)
            await wait_idle(page, timeout_ms)
            rec["page_ready_s"] = round(time.perf_counter() - t0, 3)
            await check_no_exception(page)

            t0 = time.perf_counter()
            before = await page.get_by_role("button", name="events (").first.inner_text()
            rec["hand_filter"] = await change_hand_filter(page, rng, timeout_ms)
            # the rerun may start late on a busy server: wait for the row count to change (bounded)
            with contextlib.suppress(Exception):
                await page.wait_for_function(
                    """(before) => { const b = [...document.querySelectorAll('button')]
                        .find(x => (x.innerText || '').trim().startsWith('events ('));
                        return b && b.innerText !== before; }""",
                    arg=before,
                    timeout=10_000,
                    polling=100,
                )
            await wait_idle(page, timeout_ms)
            rec["filter_rerun_s"] = round(time.perf_counter() - t0, 3)
            await check_no_exception(page)

            t0 = time.perf_counter()
            target = None
            for _attempt in range(3):  # a rerun in flight invalidates the button's deferred file
                try:
                    async with page.expect_download(timeout=30_000) as dl_info:
                        await page.get_by_role("button", name="events (").first.click(timeout=timeout_ms)
                    download = await dl_info.value
                    target = out_dir / f"session{i}_{download.suggested_filename}"
                    await download.save_as(target)
                    break
                except Exception as exc:  # noqa: BLE001 - retried, and counted in the report
                    rec.setdefault("download_failures", []).append(f"{type(exc).__name__}: {str(exc)[:120]}")
                    await wait_idle(page, timeout_ms)
            if target is None:
                raise RuntimeError(f"the CSV download failed 3 times: {rec['download_failures']}")
            rec["download_s"] = round(time.perf_counter() - t0, 3)
            head = target.read_text(encoding="utf-8", errors="replace").splitlines()[:1]
            if not head or not head[0].startswith("event_id"):
                raise RuntimeError(f"the download is not an events CSV: {head[:1]}")
            rec["csv_rows"] = sum(1 for _ in target.open(encoding="utf-8", errors="replace")) - 1
            rec["csv_name"] = download.suggested_filename
            rec["ok"] = True
        except Exception as exc:  # noqa: BLE001 - reported per session
            rec["ok"] = False
            rec["error"] = f"{type(exc).__name__}: {str(exc)[:400]}"
            with contextlib.suppress(Exception):
                shots = args.out.parent / "load_test_failures"
                shots.mkdir(parents=True, exist_ok=True)
                await page.screenshot(path=str(shots / f"session{i}.png"), full_page=True)
        finally:
            await ctx.close()
    return rec


async def run_sessions(base: str, args, out_dir: Path) -> tuple[list[dict], dict]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            # one visit first: the server loads the corpus once (not counted as a user's page-ready time)
            t0 = time.perf_counter()
            warm = await session(-1, browser, base, asyncio.Semaphore(1), args, out_dir)
            warm["seconds"] = round(time.perf_counter() - t0, 3)
            sem = asyncio.Semaphore(args.concurrency)
            tasks = [session(i, browser, base, sem, args, out_dir) for i in range(args.sessions)]
            recs = await asyncio.wait_for(asyncio.gather(*tasks), timeout=args.total_timeout)
        finally:
            await browser.close()
    return list(recs), warm


def _stats(values: list[float]) -> dict:
    if not values:
        return {}
    return {
        "median_s": round(statistics.median(values), 3),
        "worst_s": round(max(values), 3),
        "best_s": round(min(values), 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load_test", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--concurrency", type=int, default=4, help="browser contexts open at once")
    ap.add_argument("--n", type=int, default=1000, help="synthetic corpus size (ignored with --raw)")
    ap.add_argument("--raw", type=Path, default=None, help="documents folder to serve instead")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "load_test.json")
    ap.add_argument("--chromium", default=CHROMIUM)
    ap.add_argument("--step-timeout", type=float, default=120, help="seconds allowed for one step of a session")
    ap.add_argument("--total-timeout", type=float, default=1200, help="seconds allowed for all sessions")
    ap.add_argument("--server-timeout", type=float, default=120, help="seconds allowed for the server to start")
    args = ap.parse_args(argv)
    if args.sessions < 1 or args.concurrency < 1:
        ap.error("--sessions and --concurrency must be >= 1")

    if args.raw is None:
        from benchmarks.run import ensure_corpus

        raw = ensure_corpus(args.n, 42, HERE / "corpus")
    else:
        raw = args.raw.resolve()
    work = Path(tempfile.mkdtemp(prefix="ct-load-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(raw, work / "cache", port, work / "server.log")
    report: dict = {"server": base, "raw": str(raw), "sessions": args.sessions, "concurrency": args.concurrency}
    code = 1
    try:
        wait_healthy(base, server, args.server_timeout)
        t0 = time.perf_counter()
        recs, warm = asyncio.run(run_sessions(base, args, work))
        report["wall_seconds"] = round(time.perf_counter() - t0, 3)
        report["warm_up"] = warm
        report["results"] = recs
        ok = [r for r in recs if r.get("ok")]
        failed = [r for r in recs if not r.get("ok")]
        report["ok"], report["failed"] = len(ok), len(failed)
        report["download_retries"] = sum(len(r.get("download_failures", [])) for r in recs)
        for key in ("page_ready_s", "filter_rerun_s", "download_s"):
            report[key] = _stats([r[key] for r in ok if key in r])
        code = 0 if not failed and warm.get("ok") else 1
    except Exception as exc:  # noqa: BLE001
        report["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        with contextlib.suppress(OSError):
            report["server_log_tail"] = (work / "server.log").read_text(errors="replace")[-2000:]
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2))
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"{report.get('ok', 0)}/{args.sessions} sessions ok ({args.concurrency} at a time) against {base}; "
        f"warm-up visit {report.get('warm_up', {}).get('seconds', '-')} s"
    )
    for key, label in (
        ("page_ready_s", "page ready"),
        ("filter_rerun_s", "filter rerun"),
        ("download_s", "CSV download"),
    ):
        s = report.get(key) or {}
        if s:
            print(f"  {label:13s} median {s['median_s']:.2f} s, worst {s['worst_s']:.2f} s")
    if report.get("download_retries"):
        print(f"  {report['download_retries']} download click(s) failed and were retried (rerun in flight)")
    for r in report.get("results", []):
        if not r.get("ok"):
            print(f"  session {r['session']} failed: {r.get('error')}")
    if report.get("error"):
        print(f"error: {report['error']}")
    print(f"report: {args.out}")
    return code


if __name__ == "__main__":
    sys.exit(main())
