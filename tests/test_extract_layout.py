"""Layout of plain-text releases: a headline on its own line (no blank line after it) stays the title,
and a paragraph hard-wrapped over several lines (copied from a PDF or an e-mail) is read as one."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import load_release


def _load(tmp_path: Path, text: str):
    return load_release(tmp_path, text)


HEADLINE_BUG = (
    "extract/text.py TextModel._continues: a headline of 30-110 characters without final punctuation is "
    "joined to the next line as 'hard-wrapped' whenever the lines before the last one are 30-110 characters "
    "wide, so the headline and the lead become one paragraph (title = headline + lead, no event found)"
)


def test_headline_then_single_lead_line(tmp_path):
    t = _load(tmp_path, (
        "National consultation in Bishkek\n"
        "UNOCT held a national consultation in Bishkek on 3 March 2022.\n"
    ))
    assert t.documents.title.tolist() == ["National consultation in Bishkek"]
    assert len(t.events) == 1
    assert t.events.iloc[0]["title"] == "National consultation in Bishkek"


def test_headline_then_two_short_paragraphs(tmp_path):
    t = _load(tmp_path, (
        "Experts discuss terrorist financing risks in Bishkek\n"
        "UNODC convened an expert meeting in Bishkek on 17-18 December 2024.\n"
        "Twenty analysts from the financial intelligence unit took part.\n"
    ))
    assert t.documents.title.tolist() == ["Experts discuss terrorist financing risks in Bishkek"]
    assert len(t.events) == 1
    assert t.events.iloc[0]["participants"] == 20


def test_headline_then_date_line_then_paragraph(tmp_path):
    t = _load(tmp_path, (
        "Experts discuss terrorist financing risks in Bishkek\n"
        "19 December 2024\n"
        "UNODC convened an expert meeting in Bishkek on 17-18 December 2024.\n"
    ))
    assert t.documents.title.tolist() == ["Experts discuss terrorist financing risks in Bishkek"]
    ev = t.events.iloc[0]
    assert pd.Timestamp(ev["published_date"]).date().isoformat() == "2024-12-19"
    assert pd.Timestamp(ev["start_date"]).date().isoformat() == "2024-12-17"


def test_hard_wrapped_paragraph_is_read_as_one(tmp_path):
    t = _load(tmp_path, (
        "UNOCT trains prison officials\n"
        "\n"
        "The United Nations Office of Counter-Terrorism held a training for prison\n"
        "officials in Dushanbe on 4 - 6 September 2023, with the financial support\n"
        "of the European Union. More than 30 officials from Tajikistan took part in\n"
        "the training, which focused on the management of violent extremist\n"
        "prisoners.\n"
    ))
    assert len(t.events) == 1
    ev = t.events.iloc[0]
    assert ev["title"] == "UNOCT trains prison officials"
    assert ev["city"] == "Dushanbe"
    assert (ev["participants"], ev["participants_qualifier"]) == (30, "more than")
    funders = set(t.event_organizations[t.event_organizations.role == "funder"].organization)
    assert funders == {"European Union"}


def test_crlf_line_endings(tmp_path):
    t = _load(tmp_path, (
        "Workshop on protecting soft targets\r\n\r\n"
        "UNOCT held a workshop on protecting soft targets in Almaty on 9 May 2023.\r\n"
    ))
    assert len(t.events) == 1
    assert t.events.iloc[0]["city"] == "Almaty"


def test_items_of_a_list_are_not_one_wrapped_paragraph(tmp_path):
    """Two 'related news' items of similar width are a list, not a hard-wrapped paragraph: read as one,
    'Kazakhstan repatriates ... - Nur-Sultan hosts youth forum' made Kazakhstan the host of a forum."""
    t = _load(tmp_path, (
        "Regional dialogue on violent extremism in Dushanbe\n\n"
        "UNDP held a regional dialogue on violent extremism in Dushanbe on 17-18 December 2019.\n\n"
        "- Kazakhstan repatriates more citizens from Syria in Zhusan operation\n"
        "- Nur-Sultan hosts youth forum on volunteering\n"
    ))
    assert set(t.event_organizations.organization) == {"UNDP"}


def test_the_title_of_the_event_in_quotes_is_read(tmp_path):
    """A quoted event title says what the event was about; quoted speech is what someone said."""
    t = _load(tmp_path, (
        "Regional consultation in Tashkent\n\n"
        "The Academy of the Ministry of Internal Affairs hosted on 13-14 November 2023 a regional consultation "
        "on “Countering the use of cryptocurrencies to finance terrorism”.\n\n"
        "“We need to act together against these new threats to our security,” the director said.\n"
    ))
    assert set(t.event_themes.theme) == {"cyber_newtech", "financing"}


def test_other_news_under_the_story_is_background_but_a_section_label_above_it_is_not():
    from data_loader.extract.text import TextModel

    story = ("From 11 to 17 May, the programme organised a study visit to Poland, Lithuania and Latvia for senior "
             "border officials.")
    text = (f"Latest news\n\nBorder officials visit EU agencies\n\n{story}\n\nAlso in News\n\n"
            "On 13 May in Osh, the programme handed over computer equipment to border training institutions.")
    tm = TextModel(text)
    paras = [text[s:e] for s, e in tm.paragraphs]
    flagged = {paras[i] for i in tm.background_paragraphs}
    assert story not in flagged and "Latest news" not in flagged
    assert "Also in News" in flagged and paras[-1] in flagged


@pytest.mark.parametrize("heading", ["**Related**", "Related:", "Other mission activities", "Recent posts"])
def test_a_heading_of_the_site_s_other_items_ends_the_story(heading):
    from data_loader.extract.text import TextModel

    story = ("From 22 to 26 March in Karasu, the Programme Office supported a cross-border training seminar on risk "
             "profiling at border checkpoints.")
    text = f"Border seminar in Karasu\n\n{story}\n\n{heading}\n\n- Gender equality training for journalists\n"
    tm = TextModel(text)
    assert tm.other_news_start == 2


def test_a_rule_under_an_item_s_heading_stands_apart_from_the_item_s_date_line():
    """'1. LEICA HOLDS ITS FIRST ...' / '-----' / 'Posted: 15.06.2021' / the story: the rule is a line of its own, so
    the date line under it stays a line of its own (the item's date, for its 'today')."""
    from data_loader.reading.reflow import reflow

    text = ("1. LEICA HOLDS ITS FIRST PROJECT STEERING COMMITTEE\n"
            "---------------------------------------------------------------------\n"
            "Posted: 15.06.2021\n"
            "\n"
            "The first meeting of the Project Steering Committee (PSC) of the\n"
            "EU-funded project LEICA was organized today in a hybrid format, with\n"
            "some participants in the meeting room and others connected online.\n")
    assert "Posted: 15.06.2021" in reflow(text).split("\n\n")


def test_a_for_reference_paragraph_is_background_and_ends_with_itself():
    """'For reference: the conference has been held annually since 2013.' is background, but unlike a
    'Background' heading it does not make the rest of a digest background: the next item is the story's."""
    from data_loader.extract.text import TextModel

    text = ("Conference held in Tashkent on 3 May 2024.\n\n*For reference:* the conference has been held annually "
            "since 2013.\n\nThe joint exercise took place from 1 to 5 December 2025 near Tabriz.\n")
    assert TextModel(text).background_paragraphs == {1}



def test_a_profile_that_says_neither_when_nor_where_reports_no_event(tmp_path):
    """A course's profile page with no date anywhere ('Representatives of NATO took part in the course, which was
    held for officers of partner countries'): it names an organisation, but no year and no place, and no event
    the writers coded ever lacked its year: a description of an activity, not a report of one."""
    from release_helpers import load_release

    tables = load_release(tmp_path, (
        "Regional security through cultural awareness\n\n"
        "The course began as a familiarization course. Representatives of NATO took part in the course, which was "
        "held for officers of partner countries.\n"
    ))
    assert tables.events.empty


def test_the_points_of_a_numeric_date_with_spaces_end_no_sentence():
    """'14. 04. 2022' is one date, not three sentences ('14.', '04.', '2022'); 'in 2021. 20 officials' still ends
    one."""
    from data_loader.extract.text import TextModel

    sents = [s.text for s in TextModel("14. 04. 2022\n\nIt was held in 2021. 20 officials took part.\n").sentences]
    assert sents == ["14. 04. 2022", "It was held in 2021.", "20 officials took part."]



def test_a_headline_in_capitals_in_a_hard_wrapped_listing_is_not_joined_to_its_story():
    """A wrapped news listing ('12.02.2020' / 'EUROPEAN STUDENTS VISIT BOMCA REGIONAL OFFICE' / 'On 12 February the
    BOMCA regional office received ...'): the headline in capitals is one paragraph (over two lines, still one)
    and its story another, so the listing's headings divide its items."""
    from data_loader.reading.reflow import reflow

    text = ("12.02.2020\n"
            "EUROPEAN STUDENTS VISIT BOMCA REGIONAL OFFICE\n"
            "On 12 February the BOMCA regional office received a group of students\n"
            "from Europe who had come to Kyrgyzstan on a study tour of projects\n"
            "financed by the European Union.\n"
            "11.02.2020\n"
            "BORDER AND CUSTOMS OFFICERS OF CENTRAL ASIA DISCUSS DELEGATION OF\n"
            "FUNCTIONS AT A REGIONAL WORKSHOP\n"
            "A regional workshop on strengthening inter-agency co-operation in the\n"
            "delegation of functions in border and customs control opened in\n"
            "Almaty, Kazakhstan, on 11 February. It brings together 20 officers.\n")
    paragraphs = reflow(text).split("\n\n")
    assert "EUROPEAN STUDENTS VISIT BOMCA REGIONAL OFFICE" in paragraphs
    assert "BORDER AND CUSTOMS OFFICERS OF CENTRAL ASIA DISCUSS DELEGATION OF FUNCTIONS AT A REGIONAL WORKSHOP" \
        in paragraphs


def test_a_rule_across_a_hard_wrapped_page_closes_the_story_and_opens_its_label():
    """'... RC 17.' / '-----' / 'Tags: ...' / '-----' / 'More news:' / '* Heat wave ... (09.07.2017)': the list of
    other news under its label is no part of the story's last paragraph."""
    from data_loader.reading.reflow import reflow

    text = ("The annual multinational exercise Regional Cooperation 2017 opened in Tajikistan\n"
            "today. More than 200 personnel from five nations are taking part in the\n"
            "command-post exercise, which is being run in Dushanbe from July 10 to 23 and\n"
            "simulates a peacekeeping operation carried out under a UN mandate with the\n"
            "emphasis on counter-terrorism and border security in the region as a whole.\n"
            "The Regional Cooperation series has been held every year since 2001 and moves\n"
            "between the partner nations, which host it in turn from one year to the next.\n"
            "-------------------------------------------------------------\n"
            "Tags: Tajikistan, USA, CENTCOM, military exercise, RC 17\n"
            "-------------------------------------------------------------\n"
            "More news:\n"
            "  * Heat wave expected across southern Tajikistan this week      (09.07.2017)\n"
            "  * Dushanbe's new bus terminal to open in August                (07.07.2017)\n")
    paragraphs = reflow(text).split("\n\n")
    assert "More news:" in paragraphs
    assert not any("Tags:" in p and "More news" in p for p in paragraphs)


def test_a_forum_that_heard_findings_was_held(tmp_path):
    """'A national forum devoted to preventing the radicalisation of prisoners heard the findings of a study': the
    forum sat, though no verb of holding it is written; its month is the item's, its town the dateline's."""
    tables = load_release(tmp_path, "Anti-radicalisation work in prisons falls short, experts say\n\n"
                                    "17:42 30.05.2017\n\nASTANA, May 30 — Sputnik. Experts of Penal Reform "
                                    "International said the effort to stop the radicalisation of inmates has not "
                                    "worked.\n\nA national forum devoted to preventing the radicalisation of "
                                    "prisoners heard the findings of a study.\n")
    assert len(tables.events) == 1
    ev = tables.events.iloc[0]
    assert (ev["year"], ev["month"], ev["city"]) == (2017, 5, "Astana")


def test_people_who_heard_lectures_are_no_report_of_an_event_by_themselves(tmp_path):
    """Guard: 'Participants heard lectures' names no event that sat; with no date, nothing is reported."""
    tables = load_release(tmp_path, "Youth and global challenges\n\nParticipants heard lectures by experts on the "
                                    "prevention of violent extremism in Uzbekistan.\n")
    assert tables.events.empty


def test_talks_held_with_foreign_ministers_in_a_closing_paragraph_are_no_second_event(tmp_path):
    """'On Feb. 3, the Secretary of State held talks with the foreign ministers of the five Central Asian countries in
    Tashkent': diplomatic talks recalled under a drill's story, not an event of the release."""
    tables = load_release(tmp_path, "Uzbekistan, U.S. wrap up joint military drill\n\nPublished: 4 March 2020\n\n"
                                    "A joint exercise of the two countries came to an end on 2 March 2020 at the "
                                    "Forish training ground in Jizzakh region.\n\nOn 3 February, the U.S. Secretary of "
                                    "State "
                                    "held talks with the foreign ministers of the five Central Asian countries in "
                                    "Tashkent.\n")
    assert len(tables.events) == 1


def test_working_talks_with_representatives_of_state_bodies_are_the_event(tmp_path):
    """Guard: 'Foundation staff held talks with senior representatives of the Tajik state bodies' from 22 to 26 April
    are the working meetings the story reports, not talks with a minister."""
    tables = load_release(tmp_path, "Foundation conducts stakeholder meetings in Dushanbe\n\n13.05.2024\n\nFrom 22 to "
                                    "26 April 2024, Foundation staff held talks with senior representatives of the "
                                    "Tajik state bodies responsible for returning foreign fighters.\n")
    assert [str(d)[:10] for d in tables.events["start_date"]] == ["2024-04-22"]
