"""Every page through Streamlit's AppTest: no exception, the shared filters, URL state, empty and bad states.

Navigation: ``dashboard.py`` calls ``st.navigation``; because ``pages/`` sits beside it, AppTest (like a
fresh server) starts in Streamlit's old pages-directory mode, and ``ui.state`` switches to the
entrypoint's navigation. Both ways in are covered: ``dashboard.py`` + ``switch_page`` and each page file
on its own.
"""

from __future__ import annotations

import pytest
import streamlit as st
from conftest import ROOT
from streamlit.testing.v1 import AppTest

import data_loader
from ui.filters import FilterState, event_ids

PAGES = ["pages/overview.py", "pages/map.py", "pages/breakdowns.py", "pages/events.py", "pages/data.py"]
TITLES = {"pages/overview.py": "Overview", "pages/map.py": "Map", "pages/breakdowns.py": "Breakdowns",
          "pages/events.py": "Events", "pages/data.py": "Data and downloads"}
TIMEOUT = 60


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture
def fake(monkeypatch, tables, tmp_path):
    """The app reads ``tables`` (the hand-made corpus) instead of extracting documents."""
    folder = tmp_path / "docs"
    folder.mkdir()
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(folder))
    monkeypatch.setattr(data_loader, "load_corpus", lambda *a, **k: tables)
    return tables


def app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def summary(at: AppTest) -> str:
    return at.markdown[0].value.replace("\\", "").strip("*")


def check(at: AppTest, title: str) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == [title]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_through_the_entrypoint(fake, page):
    at = app()
    check(at, "Overview")
    at.switch_page(page).run()
    check(at, TITLES[page])
    assert summary(at) == "All 6 events, no filter."
    assert at.slider(key="year").value == (2010, 2024)  # the shared sidebar is there


@pytest.mark.parametrize("page", PAGES)
def test_every_page_file_on_its_own(fake, page):
    at = AppTest.from_file(str(ROOT / page), default_timeout=TIMEOUT).run()
    check(at, TITLES[page])
    assert at.multiselect(key="country").options  # the shared sidebar is there


def test_year_and_country_from_the_url_match_pandas(fake):
    at = app({"year": ["2023", "2024"], "country": "Kazakhstan"})
    state = FilterState(years=(2023, 2024), countries=("KAZ",))
    expected = list(event_ids(fake, state))
    assert summary(at).startswith(f"{len(expected)} of 6 events · 2023–2024 · Kazakhstan")
    at.switch_page("pages/events.py").run()
    check(at, "Events")
    shown = at.dataframe[0].value
    assert sorted(shown["event_id"]) == sorted(expected)
    # the filter survives moving between pages
    at.switch_page("pages/map.py").run()
    assert at.slider(key="year").value == (2023, 2024)
    assert at.multiselect(key="country").value == ["KAZ"]


def test_widgets_filter_the_same_way(fake):
    at = app()
    at.slider(key="year").set_value((2024, 2024))
    at.multiselect(key="country").set_value(["KGZ"])
    at.radio(key="role").set_value("host")
    at.run()
    assert summary(at) == "1 of 6 events · 2024 · Kyrgyzstan (host)"
    at.button[0].click().run()  # reset
    assert summary(at) == "All 6 events, no filter."


def test_invalid_url_values_are_ignored(fake):
    at = app({"year": ["abc", "1"], "country": ["Narnia", "Kazakhstan"], "theme": "<script>", "role": "boss",
              "funder": "=cmd()", "format": ""})
    check(at, "Overview")
    assert at.multiselect(key="country").value == ["KAZ"]
    assert at.multiselect(key="theme").value == []
    assert summary(at).startswith("5 of 6 events")  # only the valid country applies


def test_a_filter_that_matches_nothing_says_so(fake):
    at = app({"year": ["2010", "2010"], "country": "Uzbekistan", "role": "host"})
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception
        assert any("No event matches these filters" in i.value for i in at.info), page


def test_event_link_opens_the_event_with_its_evidence(fake):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/events.py")
    at.query_params["event"] = "ev-a"
    at.run()
    check(at, "Events")
    assert at.selectbox(key="event").value == "ev-a"
    assert any("Almaty CBRN workshop" in h.value for h in at.subheader)
    code = "\n".join(c.value for c in at.code)
    assert "⟦Almaty⟧" in code and "⟦25⟧" in code


def test_hostile_text_is_not_rendered_as_markup(fake):
    at = app({"type": "conference"})
    at.switch_page("pages/events.py").run()
    at.selectbox(key="event").set_value("ev-d").run()
    heading = at.subheader[0].value
    assert heading.startswith("\\=HYPERLINK\\(")  # escaped markdown, shown as text


def test_bad_files_are_named_not_raised(raw_copy, monkeypatch):
    (raw_copy / "blank.txt").write_bytes(b"")
    (raw_copy / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(raw_copy))
    at = app()
    check(at, "Overview")
    warning = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "blank.txt" in warning and "broken.pdf" in warning
    at.switch_page("pages/data.py")
    at.query_params["section"] = "Documents"
    at.run()
    check(at, "Data and downloads")
    report = at.dataframe[0].value
    assert {"blank.txt", "broken.pdf"} <= set(report["source_file"])


def test_the_data_page_keeps_the_dictionary_and_the_report_in_their_own_tabs(fake):
    at = app()
    at.switch_page("pages/data.py").run()
    check(at, "Data and downloads")
    assert [t.label for t in at.tabs] == ["Downloads", "Documents", "Data dictionary"]
    text = " ".join(m.value for m in at.markdown)
    assert "What counts as one event" not in text and not at.dataframe  # only the downloads are drawn
    assert len(at.get("download_button")) == 9
    at.query_params["section"] = "Data dictionary"
    at.run()
    assert "What counts as one event" in " ".join(m.value for m in at.markdown)


def test_missing_documents_folder_is_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(tmp_path / "nowhere"))
    at = app()
    assert not at.exception
    assert "documents folder was not found" in at.error[0].value


def test_empty_folder_says_how_to_add_documents(tmp_path, monkeypatch):
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(tmp_path))
    at = app()
    assert not at.exception
    assert any("No events yet" in i.value for i in at.info)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_with_the_real_seed_documents(raw_copy, monkeypatch, page):
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(raw_copy))
    at = app()
    at.switch_page(page).run()
    check(at, TITLES[page])


@pytest.mark.shared
def test_every_page_with_the_development_set(devset_copy, monkeypatch):
    monkeypatch.setenv("CT_EVENTS_RAW_DIR", str(devset_copy))
    at = app()
    check(at, "Overview")
    for page in PAGES:
        at.switch_page(page).run()
        check(at, TITLES[page])


def test_events_page_with_missing_values(fake):
    from test_app_views import blank_out

    blank_out(fake)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/events.py")
    at.query_params["event"] = "ev-a"
    at.run()
    check(at, "Events")
    assert at.subheader[0].value == "untitled event"
    for page in PAGES:
        at.switch_page(page).run()
        check(at, TITLES[page])
