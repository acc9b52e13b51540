"""Whose page a release is, by its copyright line (data_loader.extract.publisher), and what a university's or
college's own page says by it: who held an event its faculty or curators ran, and in which city."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_helpers import one_event_tables

from data_loader.extract.publisher import blanked, read_publisher
from data_loader.load.pipeline import load_corpus


def _page(story: str, rights: str) -> str:
    return f"Religious extremism and terrorism\n\n15.11.2021\n\n{story}\n\n{rights}\n"


def _html_page(story: str, masthead: str, rights: str = "") -> str:
    return (f'<html><body><header><div class="name">{masthead}</div></header><h1>Religious extremism and '
            f"terrorism</h1><p>15.11.2021</p><p>{story}</p><footer><p>{rights}</p></footer></body></html>")


_CURATOR = ("On November 11, 2021, the curator of a fourth-year group of the Faculty of Natural Sciences held an "
            "educational event with her students on the topic of religious extremism and terrorism.")


@pytest.mark.parametrize(("line", "name", "city"), [
    ("© 2021 Zhetysu University named after I. Zhansugurov. Taldykorgan, Republic of Kazakhstan",
     "Zhetysu University", "Taldykorgan"),
    ("© 2025 Kyrgyz National University named after Jusup Balasagyn. 720033, Bishkek, Kyrgyz Republic",
     "Kyrgyz National University", "Bishkek"),
    ("© 2024 Kostanay Construction College", "Kostanay Construction College", "Kostanay"),
    ("© 2025 Al-Farabi Kazakh National University", "Al-Farabi Kazakh National University", None),
    # a legal form and quotes around the name
    ("© 2019 NJSC «Semey Medical University»", "Semey Medical University", "Semey"),
])
def test_the_copyright_line_names_the_holder_and_its_city(line, name, city):
    text = f"Headline\n\nStory.\n\n{line}"
    pub = read_publisher(text)
    assert pub is not None and pub.name == name and text[pub.start : pub.end] == name
    assert (pub.city.name if pub.city else None) == city


def test_the_holder_is_blanked_from_the_text_the_rules_read():
    text = "Headline\n\nStory.\n\n© 2024 Kostanay Construction College. Kostanay, 1 Baytursynov St."
    out = blanked(text)
    assert len(out) == len(text) and out.rstrip().endswith("© 2024") and "Kostanay" not in out


def _organisers(tables) -> set[str]:
    orgs = tables.event_organizations
    return set(orgs.loc[orgs.role == "organizer", "organization"])


def test_a_university_s_page_on_its_curator_s_event_names_the_university_and_its_city(tmp_path: Path):
    """The story names neither the university nor the town: its page's copyright line does (both guessed)."""
    t = one_event_tables(tmp_path, _page(_CURATOR, "© 2021 Zhetysu University named after I. Zhansugurov. "
                                                   "Taldykorgan, Republic of Kazakhstan. All rights reserved."))
    assert _organisers(t) == {"Zhetysu University"}
    ev = t.events.iloc[0]
    assert (ev["city"], ev["country_iso3"]) == ("Taldykorgan", "KAZ")
    why = t.evidence[t.evidence.field.isin(["organizer", "city"])]
    assert set(why.confidence) == {"guessed"} and why.reasoning.str.contains("copyright line").all()


def test_a_news_agency_s_copyright_line_makes_it_no_organiser(tmp_path: Path):
    """Guard: '© 2024 Kabar' is a news agency's page, not one of an institution telling of its own students."""
    t = one_event_tables(tmp_path, _page(_CURATOR, "© 2024 Kabar. All rights reserved."))
    assert _organisers(t) == set()


def test_an_organiser_named_in_the_story_is_not_replaced_by_the_page_s_holder(tmp_path: Path):
    story = ("On November 11, 2021, UNODC held a seminar for students of the Faculty of Law on religious extremism "
             "and terrorism.")
    t = one_event_tables(tmp_path, _page(story, "© 2021 Zhetysu University. Taldykorgan, Republic of Kazakhstan."))
    assert _organisers(t) == {"UNODC"}


def test_a_university_named_by_its_country_places_its_own_event_in_that_country(tmp_path: Path):
    """'© 2025 Al-Farabi Kazakh National University' names no town, but its country: the event is guessed there."""
    t = one_event_tables(tmp_path, _page(_CURATOR, "© 2025 Al-Farabi Kazakh National University"))
    ev = t.events.iloc[0]
    assert _organisers(t) == {"Al-Farabi Kazakh National University"}
    assert (ev["country_iso3"], ev["location_precision"]) == ("KAZ", "country")
    why = t.evidence[t.evidence.field == "country_iso3"]
    assert set(why.confidence) == {"guessed"}


def test_a_college_s_masthead_names_it_where_its_copyright_line_does_not(tmp_path: Path):
    """'KOSTANAY CONSTRUCTION COLLEGE' in the page's header, and no copyright line naming the college: the masthead
    says whose page it is (written as a name is), and the town its name opens with."""
    (tmp_path / "page.html").write_text(_html_page(_CURATOR, "KOSTANAY CONSTRUCTION COLLEGE"), encoding="utf-8")
    t = load_corpus(tmp_path, use_cache=False, validate=False)
    assert _organisers(t) == {"Kostanay Construction College"}
    assert t.events.iloc[0]["city"] == "Kostanay"
    why = t.evidence[t.evidence.field == "organizer"]
    assert why.reasoning.str.contains("its site name").all()


def test_a_university_s_department_that_held_the_event_is_the_university_s_unit(tmp_path: Path):
    """'the Department of Religious Studies and Theology ... of the Institute of Social and Humanitarian Sciences held
    a scientific seminar', on the university's page: no ministry's department, but the university's own unit."""
    story = ("On 18 December 2025 the Department of Religious Studies and Theology named after Professor T. O. "
             "Omurova of the Institute of Social and Humanitarian Sciences held a scientific seminar on countering "
             "religious extremism.")
    t = one_event_tables(tmp_path, _page(story, "© 2025 Kyrgyz National University named after Jusup Balasagyn. "
                                                "720033, Bishkek, Kyrgyz Republic."))
    assert _organisers(t) == {"Kyrgyz National University"}
    assert t.events.iloc[0]["city"] == "Bishkek"


def test_a_ministry_s_department_on_a_university_s_page_stays_the_ministry_s(tmp_path: Path):
    """Guard: a department named with its country is a government's, whoever's page tells of it."""
    story = ("On 18 December 2025 the Department of Religious Affairs of Kazakhstan held a seminar for students on "
             "countering religious extremism.")
    t = one_event_tables(tmp_path, _page(story, "© 2025 Al-Farabi Kazakh National University"))
    assert _organisers(t) == {"Kazakhstan"}


def test_a_masthead_s_legal_form_is_dropped_and_its_footer_address_gives_the_city(tmp_path: Path):
    """'SEI «Avicenna Tajik State Medical University»' in the header (a state educational institution's legal form
    before its name in quotes), and the footer's line 'SEI «...» · 139 Rudaki Avenue, Dushanbe, Republic of
    Tajikistan' under a copyright line naming only 'ATSMU': the university's page, in Dushanbe."""
    name = "SEI &laquo;Avicenna Tajik State Medical University&raquo;"
    page = (f'<html><body><header><a class="header__logo"><img alt="ATSMU"></a><div class="header__name">{name}</div>'
            f"</header><h1>Religious extremism and terrorism</h1><p>15.11.2021</p><p>{_CURATOR}</p>"
            f'<div id="site-footer"><p>{name} &middot; 139 Rudaki Avenue, Dushanbe, Republic of Tajikistan</p>'
            "<p>&copy; 2021 ATSMU. All rights reserved.</p></div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    t = load_corpus(tmp_path, use_cache=False, validate=False)
    assert _organisers(t) == {"Avicenna Tajik State Medical University"}
    assert t.events.iloc[0]["city"] == "Dushanbe"


def test_a_registered_programme_whose_site_it_is_by_its_title_holds_the_event_no_one_is_named_for(tmp_path: Path):
    """A page titled 'News - BOMCA - Border Management Programme in Central Asia', whose masthead is a logo, telling
    of a seminar no sentence gives an organiser and naming BOMCA: the programme's own event."""
    page = ("<html><head><title>News - BOMCA - Border Management Programme in Central Asia</title></head><body>"
            '<div class="header"><a href="/"><img src="logo.png" alt="BOMCA"></a></div><h1>News</h1>'
            "<h2>Seminar on risk analysis for border guards</h2><p>On 4-8 June 2018 a seminar on risk analysis was "
            "held in Bishkek for officers of the Border Service, within the ninth phase of BOMCA.</p></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    t = load_corpus(tmp_path, use_cache=False, validate=False)
    assert _organisers(t) == {"BOMCA"}
    why = t.evidence[t.evidence.field == "organizer"]
    assert set(why.confidence) == {"guessed"}
