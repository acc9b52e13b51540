"""The dashboard in a real browser: headless Debian chromium (Playwright) against ``streamlit run dashboard.py``.

The server runs on a free port with CT_EVENTS_RAW_DIR pointing at a temporary copy of raw/. The test opens
every page, applies a year and a country filter in the sidebar, downloads a CSV and checks its rows
against the same filter applied with pandas, and opens the filtered view's URL in a fresh page.

Screenshots of every view (each page; an event opened on the Events page; the participants measure of the
Breakdowns; each tab of the Data and Review pages), 1400 px wide from a 1400x1000 window and as tall as the
page, go to artifacts/screenshots/ (or $CT_SCREENSHOT_DIR): ``seeds-*.png`` on raw/, ``more-*.png`` on raw/
plus the tune half of the project's corpus (tests/corpus/tune/docs; never the blind half).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import time
from pathlib import Path

import pytest
from browser_support import ROOT, chromium, require_chromium, running_dashboard

from data_loader import load_corpus
from ui.filters import FilterState, event_ids

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("CT_SCREENSHOT_DIR") or ROOT / "artifacts" / "screenshots")
PAGES = {"overview": "", "map": "map", "breakdowns": "breakdowns", "events": "events", "data": "data",
         "upload": "upload", "review": "review"}
WIDTH, HEIGHT = 1400, 1000
TUNE_DOCS = ROOT / "tests" / "corpus" / "tune" / "docs"
REVIEW_TABS = ["Documents", "Missing fields", "Field confidence", "Titles", "Weak evidence", "Unregistered names",
               "Merged events"]
DATA_TABS = ["Downloads", "Documents", "Data dictionary"]
WAIT_MS = 60_000
IDLE = ("() => !document.querySelector('[data-testid=stStatusWidget]')"
        " && !document.querySelector('[data-testid=stSkeleton]')"
        " && document.querySelector('[data-testid=stMainBlockContainer] h1') !== null")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser") / "raw"
    shutil.copytree(ROOT / "raw", folder)
    return folder


@pytest.fixture(scope="module")
def server(docs):
    require_chromium()
    with running_dashboard(docs, docs.parent) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server):
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def more_docs(tmp_path_factory) -> Path:
    """raw/ and the tune half of the project's corpus in one folder: more releases, more kinds of release."""
    folder = tmp_path_factory.mktemp("browser-more") / "raw"
    shutil.copytree(ROOT / "raw", folder)
    for f in TUNE_DOCS.iterdir():
        if f.is_file():
            shutil.copy2(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def more_server(more_docs):
    require_chromium()
    with running_dashboard(more_docs, more_docs.parent) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    yield pg
    context.close()


def settle(pg) -> None:
    """Wait until Streamlit has finished running and drawing."""
    pg.wait_for_selector("[data-testid=stApp]")
    for _ in range(2):  # a rerun can start right after the first one ends
        pg.wait_for_timeout(400)
        pg.wait_for_function(IDLE, timeout=WAIT_MS)


def summary(pg) -> str:
    return pg.locator("[data-testid=stMainBlockContainer] strong").first.inner_text()


def screenshot(pg, name: str) -> Path:
    """The whole page: the app scrolls inside its main block, so grow the viewport to fit it first."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = pg.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    pg.set_viewport_size({"width": WIDTH, "height": max(HEIGHT, min(int(height), 8000))})
    pg.wait_for_timeout(1200)  # charts and the map draw after Streamlit is idle
    path = SHOTS / f"{name}.png"
    pg.screenshot(path=str(path))
    pg.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    return path


def test_every_page_opens_without_error(server, page):
    for name, path in PAGES.items():
        t0 = time.perf_counter()
        page.goto(f"{server}/{path}")
        settle(page)
        print(f"{name}: {time.perf_counter() - t0:.1f} s")
        assert page.locator("[data-testid=stException]").count() == 0, name
        assert page.locator("h1").first.is_visible(), name
        assert screenshot(page, name).stat().st_size > 10_000


def _event_at(docs: Path, city: str) -> str:
    tables = load_corpus(docs)
    ev = tables.events
    return str(ev.loc[(ev["city"] == city).fillna(False), "event_id"].iloc[0])


def _views(docs: Path) -> dict[str, str]:
    """Every view worth a look: name -> path and query."""
    views = {name: path for name, path in PAGES.items() if name not in ("data", "review")}
    views["event-funder"] = f"events?event={_event_at(docs, 'Almaty')}"  # a co-hosting donor as funder
    views["event-dates"] = f"events?event={_event_at(docs, 'Dushanbe')}"  # days from "today", "three-day"
    for tab in DATA_TABS:
        views[f"data-{tab.lower().replace(' ', '-')}"] = f"data?section={tab.replace(' ', '+')}"
    for tab in REVIEW_TABS:
        views[f"review-{tab.lower().replace(' ', '-')}"] = f"review?tab={tab.replace(' ', '+')}"
    return views


def _shoot_every_view(pg, url: str, docs: Path, prefix: str) -> None:
    for name, path in _views(docs).items():
        pg.goto(f"{url}/{path}")
        settle(pg)
        assert pg.locator("[data-testid=stException]").count() == 0, name
        if name.startswith("event-"):
            pg.get_by_text("How it was worked out").first.wait_for()
            assert pg.get_by_text("inferred").count() > 0, name
        screenshot(pg, f"{prefix}-{name}")
        if name == "breakdowns":  # the participants measure: countries are counted in events, and say so
            pg.get_by_text("participants", exact=True).first.click()
            settle(pg)
            assert pg.get_by_text("Events per country").count() == 1
            screenshot(pg, f"{prefix}-breakdowns-participants")


def test_screenshots_of_every_view_of_the_seeds(server, page, docs):
    _shoot_every_view(page, server, docs, "seeds")


def test_screenshots_of_every_view_with_more_releases(more_server, page, more_docs):
    _shoot_every_view(page, more_server, more_docs, "more")


def _set_year_range(pg, lo: int, hi: int) -> None:
    """Move the sidebar's year slider with the keyboard, as a user could."""
    for label, target in (("Years — start", lo), ("Years — end", hi)):
        thumb = pg.locator(f'[data-testid=stSidebar] input[type=range][aria-label="{label}"]')
        thumb.focus()
        for _ in range(60):
            now = int(thumb.input_value())
            if now == target:
                break
            thumb.press("ArrowRight" if now < target else "ArrowLeft")
        assert int(thumb.input_value()) == target
    settle(pg)


def _choose_country(pg, name: str) -> None:
    box = pg.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Country")
    box.click()
    box.fill(name)
    pg.get_by_role("option", name=name, exact=True).click()
    pg.keyboard.press("Escape")
    settle(pg)


def test_filter_download_and_shared_link(server, page, docs, tmp_path):
    tables = load_corpus(docs, use_cache=False)
    years = sorted({int(y) for y in tables.events["year"].dropna()})
    assert len(years) >= 2, "the seed documents should give events in at least two years"
    lo, hi = years[1], years[-1]
    state = FilterState(years=(lo, hi), countries=("KAZ",))
    expected = sorted(event_ids(tables, state))
    assert expected, "the filter should keep at least one event"

    page.goto(server)
    settle(page)
    _set_year_range(page, lo, hi)
    _choose_country(page, "Kazakhstan")
    line = summary(page)
    assert line.startswith(f"{len(expected)} of {len(tables.events)} events"), line
    assert f"{lo}–{hi}" in line and "Kazakhstan" in line
    assert "year=" in page.url and "country=Kazakhstan" in page.url, page.url

    # the filter survives moving to another page through the navigation
    page.locator("[data-testid=stSidebarNav] a").filter(has_text="Data and downloads").click()
    settle(page)
    assert summary(page) == line
    with page.expect_download() as info:
        page.get_by_role("button", name="events (").click()
    download = info.value
    assert download.suggested_filename.endswith(f"_{lo}-{hi}_KAZ_events.csv"), download.suggested_filename
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert sorted(r["event_id"] for r in rows) == expected
    screenshot(page, "data_filtered")

    # the URL alone reproduces the view in a fresh page
    link = page.url
    fresh = page.context.browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    try:
        fresh.goto(link)
        settle(fresh)
        assert summary(fresh) == line
        chips = fresh.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first.inner_text()
        assert "Kazakhstan" in chips
    finally:
        fresh.close()


def test_invalid_link_values_are_ignored(server, page):
    page.goto(f"{server}/?year=abc&country=Narnia&theme=%3Cscript%3E&role=boss")
    settle(page)
    assert page.locator("[data-testid=stException]").count() == 0
    assert summary(page).startswith("All ")


def test_reset_clears_filters_and_link(server, page):
    page.goto(f"{server}/breakdowns?country=Kazakhstan&type=workshop")
    settle(page)
    assert not summary(page).startswith("All ")
    page.get_by_role("button", name="Reset filters").click()
    settle(page)
    assert summary(page).startswith("All ")
    assert "country=" not in page.url and "type=" not in page.url, page.url
    assert page.get_by_text("Session State API").count() == 0  # no widget-state warning
