"""A digest, a newsletter or a round-up reports several events under headings (CODEBOOK: "A document
usually reports one event. It can report several"): each heading that introduces its own dated event is
one event; sections about other news give none; one event told under several headings stays one."""

from __future__ import annotations

import pandas as pd
import pytest
from release_helpers import load_release

from data_loader.extract import sections
from data_loader.extract.text import TextModel

DIGEST = """Security and diplomacy digest, October-November 2024

Published: 26.11.2024

14 November — Guidelines on protecting energy infrastructure presented in Ashgabat

An expert meeting on protecting critical energy infrastructure was held in Ashgabat on 11-12 November 2024. \
It was organized by UNOCT jointly with the Government of Turkmenistan.

November — President visits an oil company

The President visited the headquarters of an oil company and discussed projects on the Caspian shelf.

25 November — OSCE regional conference on critical infrastructure resilience

On 22 November 2024, 25 government officials gathered in Ashgabat for a regional conference organized by the OSCE.
"""


def _paragraph_texts(text: str, indexes: list[int]) -> list[str]:
    tm = TextModel(text)
    return [text[tm.paragraphs[i][0] : tm.paragraphs[i][1]] for i in indexes]


def test_headings_are_short_lines_followed_by_prose():
    heads = _paragraph_texts(DIGEST, sections.heading_paragraphs(TextModel(DIGEST), 1))
    assert heads == [
        "14 November — Guidelines on protecting energy infrastructure presented in Ashgabat",
        "November — President visits an oil company",
        "25 November — OSCE regional conference on critical infrastructure resilience",
    ]


def test_bylines_list_items_and_lines_before_other_headings_are_not_headings():
    text = ("Title of the release\n\nPosted on 6 August 2025 by the editors\n\nIn focus\n\nA seminar in Tashkent\n\n"
            "A seminar on early warning was held in Tashkent on 21 July 2025 for national experts.\n\n"
            "- Day one covered data management and the basics of open-source intelligence\n\n"
            "Experts from Tajikistan and Uzbekistan attended the seminar and shared their experience.\n")
    assert _paragraph_texts(text, sections.heading_paragraphs(TextModel(text), 1)) == ["A seminar in Tashkent"]


def test_a_digest_gives_one_event_per_heading_that_reports_one(tmp_path):
    t = load_release(tmp_path, DIGEST)
    ev = t.events.sort_values("start_date")
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2024-11-11", "2024-11-22"]
    assert list(ev["city"]) == ["Ashgabat", "Ashgabat"]
    assert ev["participants"].isna().iloc[0] and ev["participants"].iloc[1] == 25
    orgs = t.event_organizations.merge(ev[["event_id", "start_date"]])
    first, second = (set(g["organization"]) for _, g in orgs.sort_values("start_date").groupby("start_date"))
    assert first == {"UNOCT", "Turkmenistan"} and second == {"OSCE"}
    # each event is titled by its section's heading
    assert ev["title"].iloc[1].startswith("25 November — OSCE regional conference")


def test_a_listing_item_whose_headline_names_the_drill_and_whose_lead_tells_the_practice_is_an_event(tmp_path):
    """'Russian counter-terror units defend a Dushanbe garrison town in a drill' over 'Counter-terrorism sub-units ...
    today rehearsed the defence of a military town': no event noun in the item's sentence, but its headline names the
    drill the practice is; so too 'From 24 to 28 September a battalion ... is practising how to repel ...'."""
    t = load_release(tmp_path, (
        "Tag: 201st military base\n\nAvesta.Tj | 06.11.2019\n\n"
        "Russian counter-terror units defend a Dushanbe garrison town in a drill\n\n"
        "Counter-terrorism sub-units of the 201st base today rehearsed the defence of a military town of the Dushanbe "
        "garrison, TASS reports.\n\n»\n\nAvesta.Tj | 24.09.2018\n\nFive-day anti-terror drill begins at Lyaur\n\n"
        "From 24 to 28 September a motor rifle battalion of the Russian base is practising how to repel a terrorist "
        "attack on military facilities in the mountains.\n\n»\n"))
    days = sorted(t.events.start_date.dt.strftime("%Y-%m-%d"))
    assert days == ["2018-09-24", "2019-11-06"]


def test_a_practice_under_a_headline_naming_no_drill_is_no_event(tmp_path):
    """Guard: 'The choir rehearsed the anthem today' under a headline of a concert reports no exercise."""
    t = load_release(tmp_path, (
        "Garrison choir prepares a concert\n\n06.11.2019\n\n"
        "The garrison choir today rehearsed the anthem for the holiday concert.\n"))
    assert t.events.empty


def test_one_event_told_under_several_headings_stays_one(tmp_path):
    text = """Regional workshop on border security opens in Almaty

Published: 5 March 2024

Opening session

A three-day regional workshop on border security was opened in Almaty on 4 March 2024 by UNOCT and the OSCE.

Day two

On 5 March 2024, participants of the workshop in Almaty held a tabletop exercise on the detection of \
foreign terrorist fighters.
"""
    t = load_release(tmp_path, text)
    assert len(t.events) == 1


def test_sections_of_consecutive_days_in_one_city_are_one_event(tmp_path):
    text = """Regional training on countering the financing of terrorism in Bishkek

Published: 14 May 2024

Day one

The regional training on countering the financing of terrorism opened in Bishkek on 12 May 2024, organized by UNODC.

Day two

On 13 May 2024, the second session of the training in Bishkek examined the abuse of non-profit organizations.
"""
    t = load_release(tmp_path, text)
    assert len(t.events) == 1


def test_numbered_items_each_opened_by_a_dateline_are_events(tmp_path):
    """'1. Regional Expert Council meets — Tashkent' / 'Tashkent, 14 May 2024. The Council held its first
    meeting ...': each item's dateline dates the sentence after it; the item's number is no part of its title."""
    from release_helpers import load_release

    text = ("UN in Central Asia — preventing violent extremism: the 2024 round-up\n\nPosted on 16 December 2024\n\n"
            "1. Regional Expert Council meets for the first time — Tashkent\n\n"
            "Tashkent, 14 May 2024. The Regional Expert Council held its first meeting in Tashkent. UNRCCA organized "
            "the meeting.\n\n"
            "2. Youth forum — Almaty\n\n"
            "Almaty, 28 October 2024. The Youth for Resilience Forum took place in Almaty. UNDP organized the "
            "forum.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date")
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2024-05-14", "2024-10-28"]
    assert list(ev["city"]) == ["Tashkent", "Almaty"]
    assert not any(str(x).startswith(("1.", "2.")) for x in ev["title"])


def test_a_section_whose_story_opens_a_list_with_a_colon_is_a_section():
    text = ("Round-up of the quarter\n\n"
            "1. A workshop in Osh\n\n"
            "The OSCE held a workshop on community policing in Osh on 4 March 2024 for police.\n\n"
            "2. A course on prevention\n\n"
            "A specialised course on preventing extremism was held from 23 June to 3 July 2024 and brought "
            "together:\n\n"
            "- social workers and teachers;\n- psychologists.\n")
    assert _paragraph_texts(text, sections.heading_paragraphs(TextModel(text), 1)) == [
        "1. A workshop in Osh", "2. A course on prevention"]


def test_a_section_dated_only_in_its_heading_takes_the_heading_s_days(tmp_path):
    """'1. TAJIKISTAN: UNODC workshop on terrorist travel (Dushanbe, 19-20 September)' over a story that names
    no day: the heading's days and city are that item's, and the items are separate events."""
    tables = load_release(tmp_path, (
        "Central Asia security digest\n\n29 September 2023 17:40\n\n"
        "1. TAJIKISTAN: UNODC workshop on stopping terrorist travel (Dushanbe, 19-20 September)\n\n"
        "The UN Office on Drugs and Crime (UNODC) held a two-day workshop on preventing terrorist travel. It brought "
        "together practitioners from ministries of Tajikistan and Uzbekistan, and was funded by Germany after the "
        "events of August 2021.\n\n"
        "2. UZBEKISTAN: CT TECH regional workshop for Central Asia (Tashkent, 27 September)\n\n"
        "The UN Office of Counter-Terrorism held a regional workshop of the CT TECH initiative for Central Asia "
        "and Mongolia. Twenty-eight officials attended.\n"))
    got = sorted((e.city, str(e.start_date)[:10], str(e.end_date)[:10]) for e in tables.events.itertuples())
    assert got == [("Dushanbe", "2023-09-19", "2023-09-20"), ("Tashkent", "2023-09-27", "2023-09-27")]


def test_dated_headings_over_fact_boxes_under_an_overview_are_separate_events(tmp_path):
    """An introduction that sums the items up ('In March 2021 UNODC ran two online workshops') over numbered
    headings, each over a box of '- Label: value' lines: one event per heading, not one for the month."""
    tables = load_release(tmp_path, (
        "Regional office news digest\n\n02.04.2021 10:15\n\n"
        "Two online workshops in March for professionals who support returned children\n\n"
        "In March 2021 the United Nations Office on Drugs and Crime (UNODC) ran two online workshops for "
        "professionals who work with children brought back from conflict zones.\n\n"
        "1. Kazakhstan: legal professionals (1-3 March 2021)\n\n"
        "- Format: three-day online workshop\n\n"
        "- Participants: about 50 justice professionals of Kazakhstan\n\n"
        "The workshop gave practitioners guidance on rehabilitation and reintegration of children returned from "
        "Syria and Iraq, and on protecting them from re-traumatization.\n\n"
        "2. Tajikistan: legal practitioners and ministries (29-30 March 2021)\n\n"
        "- Format: two-day virtual training\n\n"
        "- Organized by: UNODC in partnership with the Government of Tajikistan\n\n"
        "Some 84 children have been returned to Tajikistan since 2019. The sessions looked at the legal and the "
        "psychosocial side of their rehabilitation and reintegration.\n"))
    got = sorted((str(e.start_date)[:10], str(e.end_date)[:10]) for e in tables.events.itertuples())
    assert got == [("2021-03-01", "2021-03-03"), ("2021-03-29", "2021-03-30")]


def test_a_numbered_digest_with_one_event_among_other_news_reads_only_that_item(tmp_path):
    tables = load_release(tmp_path, (
        "MINISTRY OF FOREIGN AFFAIRS\n\nINFORMATION DIGEST 06.04.2018\n\n"
        "1. POLITICAL CONSULTATIONS HELD IN RIGA\n\n"
        "A regular round of political consultations between the foreign ministries of Uzbekistan and Latvia "
        "took place in Riga. The sides reviewed the bilateral agenda and trade.\n\n"
        "2. RATS SCO COUNCIL CONVENES IN TASHKENT\n\n"
        "Tashkent, 5 April 2018. The Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation "
        "Organization held its thirty-second meeting in the Uzbek capital today.\n\n"
        "3. DAYS OF CULTURE TO OPEN IN MINSK\n\n"
        "Days of culture will open in Minsk next week with concerts and an exhibition of crafts.\n"))
    got = [(e.city, str(e.start_date)[:10]) for e in tables.events.itertuples()]
    assert got == [("Tashkent", "2018-04-05")]


def test_two_items_of_a_digest_with_spans_of_different_lengths_are_two_events(tmp_path):
    """A four-day course from 1 to 4 September and, in parallel, a five-day course from 1 to 5 September under
    their own headings: two courses side by side, not one event told twice."""
    t = load_release(tmp_path, (
        "Turkmenistan: week in brief\n\nAshgabat, 9 September 2025 (nCa) - A round-up of the week.\n\n"
        "### 1. Financial intelligence staff trained in strategic analysis\n\n"
        "A four-day training course on strategic analysis took place in Ashgabat from 1 to 4 September.\n\n"
        "### 2. Students take OSCE course on AML/CFT\n\n"
        "In parallel, from 1 to 5 September, the OSCE Centre in Ashgabat ran a five-day course on anti-money "
        "laundering for students.\n"), name="digest.md")
    spans = sorted(zip(t.events.start_date.astype(str), t.events.end_date.astype(str), strict=True))
    assert spans == [("2025-09-01", "2025-09-04"), ("2025-09-01", "2025-09-05")]


ROUND_UP = (
    "EU-funded training for Border Troops in Khorog: September 2025 round-up\n\n07.10.2025\n\n"
    "In September 2025 the Khorog Border Detachment hosted two courses for the Border Troops, both delivered by "
    "the OSCE Programme Office in Dushanbe.\n\n"
    '1) "Organization of Border Security" (Khorog, 1-19 September 2025)\n'
    "The course, taught by national instructors, worked on command and control and risk management.\n\n"
    '2) "Strengthening Medical Capabilities" (Khorog, September 2025)\n'
    "The OSCE Programme Office in Dushanbe also concluded a medical course for 29 officers of the Border Troops. "
    "The officers practised emergency first aid and field medical support.\n")


def test_numbered_items_naming_their_place_and_days_or_month_are_two_events(tmp_path):
    ev = load_release(tmp_path, ROUND_UP).events
    assert len(ev) == 2
    by_precision = dict(zip(ev["date_precision"], ev["participants"], strict=True))
    assert set(by_precision) == {"day", "month"}
    assert by_precision["month"] == 29


def test_two_courses_for_the_border_troops_count_no_one():
    from data_loader.extract.participants import find_participants

    assert find_participants("The detachment hosted two courses for the Border Troops.") == []


LISTING = """News archive

2 results

30th Staff Course concludes at the Border Management Staff College

13 December 2021

Participants of the Staff Course at the closing ceremony

DUSHANBE, 13 December 2021 – The OSCE Border Management Staff College wrapped up its 30th Staff Course in \
Dushanbe on 10 December 2021. Twenty-five managers from border agencies attended.

Workshop on border risk analysis ends in Almaty

27 October 2017

Experts at the workshop

Trainers at the workshop in Almaty

ALMATY, 27 October 2017 – A two-day workshop on risk analysis for border officials was held by the OSCE in \
Almaty on 26-27 October 2017.
"""


def test_a_news_listing_s_items_are_headed_over_their_date_line_and_photo_captions(tmp_path):
    """A news site's listing: each item's heading, its date line, a photo's caption or two, then the story opened
    by its dateline. The headings divide two events; the captions are no headings."""
    heads = _paragraph_texts(LISTING, sections.heading_paragraphs(TextModel(LISTING), 1))
    assert heads == ["30th Staff Course concludes at the Border Management Staff College",
                     "Workshop on border risk analysis ends in Almaty"]
    events = load_release(tmp_path, LISTING).events
    assert sorted(events["city"]) == ["Almaty", "Dushanbe"]


def test_a_heading_may_open_on_a_quoted_name():
    text = ("News\n\n"
            "«Rubezh-2024»: active phase starts at the Harbmaidon range\n\n"
            "The active phase of the joint training got under way today in Tajikistan at the training range near "
            "Dushanbe, with units of four countries.\n")
    assert sections.heading_paragraphs(TextModel(text), 1) == [1]


def test_a_listing_s_day_over_each_heading_dates_its_item_and_its_today(tmp_path):
    """'17.10.2024' / '«Rubezh-2024»: active phase starts ...' / '... got under way today ...': the item's day is
    the date line over its heading, not the page's, and items on days that follow are two stories."""
    t = load_release(tmp_path, (
        "CSTO news\n\n21.10.2024\n\n"
        "Joint training completed in Tajikistan\n\n"
        "The active phase of the joint training with the rapid deployment forces ended today at the training "
        "range in the Republic of Tajikistan.\n\n"
        "17.10.2024\n\n"
        "«Rubezh-2024»: active phase starts at the Harbmaidon range\n\n"
        "The active phase of the joint training with the rapid deployment forces got under way today in "
        "Tajikistan at the training range.\n\n"
        "15.10.2024\n\n"
        "Operational training session with the command of the forces\n\n"
        "From 14 to 16 October an operational training session with the command of the forces is taking place in "
        "Tajikistan at the training range.\n"))
    days = sorted(t.events.start_date.astype(str))
    assert "2024-10-17" in days and "2024-10-14" in days
    titles = set(t.events.title)
    assert "«Rubezh-2024»: active phase starts at the Harbmaidon range" in titles


def test_today_opening_an_item_under_a_headline_ending_in_a_capital_is_the_day(tmp_path):
    """'SDG 16: Issues of Preventing Radical Ideology Discussed' / 'Today the Faculty of Philology hosted a meeting':
    the headline's last word, a line above, is no name before 'Today' (as 'Kazakhstan Today' is), so the first
    item of the listing is an event of the page's day."""
    t = load_release(tmp_path, (
        "SDG 16: Peace, justice and strong institutions\n\n25 november, 2025\n\n"
        "SDG 16: Issues of Preventing Radical Ideology Discussed\n\n"
        "Today the Faculty of Philology hosted a meeting with first-year students on preventing radical ideology.\n\n"
        "29 october, 2024\n\nLecture on the prevention of religious extremism\n\n"
        "On October 28, 2024, first-year students attended a lecture on preventing religious extremism and "
        "terrorism.\n"))
    assert sorted(t.events.start_date.astype(str)) == ["2024-10-28", "2025-11-25"]


def test_a_listing_item_s_yearless_days_are_read_against_its_own_date_line(tmp_path):
    """A ministry's listing, newest first: '23.03.2024' over a meeting, then '25.04.2022' over 'On 22 April, the
    Mission held ... the first high-level briefing', then '01.07.2021' over 'From 28 to 30 June ... took place':
    each item's April or June is the one before its own date line, not before the newest item's."""
    t = load_release(tmp_path, (
        "News — tag: countering terrorism\n\n23.03.2024\n\n"
        "Minister meets Head of the UN Office of Counter-Terrorism\n\n"
        "The Minister met in New York with the Head of the Office of Counter-Terrorism and discussed cooperation in "
        "countering terrorism.\n\n25.04.2022\n\n"
        "Counter-terrorism strategy presented at UN Headquarters\n\n"
        "On 22 April, the Permanent Mission, together with UNOCT, held at the United Nations Headquarters the first "
        "high-level briefing to present the national strategy on countering terrorism.\n\n01.07.2021\n\n"
        "Delegation at the Second UN High-Level Conference on Counter-Terrorism\n\n"
        "From 28 to 30 June, the Second United Nations High-Level Conference of Heads of Counter-Terrorism Agencies "
        "took place in New York in a hybrid format.\n"))
    days = set(t.events.start_date.astype(str))
    assert {"2022-04-22", "2021-06-28"} <= days


def test_a_listing_item_s_heading_may_carry_its_date_line_in_the_same_paragraph(tmp_path):
    """'With EU support, OSCE completes ... course in Khorog' with '16.05.2025 · Press release' on the next line,
    then the story: each item is an event, dated by its own line (the newest one's is also the page's date),
    titled by its heading without the date line."""
    t = load_release(tmp_path, (
        "OSCE Programme Office in Dushanbe\n\nBorder security and management – latest news\n\n"
        "With EU support, OSCE completes field capacity building course for Border Troops in Khorog\n"
        "16.05.2025 · Press release\n\n"
        "The OSCE Programme Office in Dushanbe has concluded its third field capacity building course for the "
        "Border Troops. The course took place at the Khorog Border Detachment and trained 29 officers.\n\n"
        "13th EU-funded course on sustained field operations completed\n19.11.2021 · Press release\n\n"
        "A course on sustained field operations for 30 officers of the Border Troops was completed in Dushanbe on "
        "18 November. The OSCE Programme Office organized it with funding from the European Union.\n"))
    assert len(t.events) == 2
    assert set(t.events.year) == {2025, 2021}
    assert "With EU support, OSCE completes field capacity building course for Border Troops in Khorog" in set(
        t.events.title)


CATALOGUE = """Mission activities

Filtered by: Origin: Project Co-ordinator. Displaying 1 - 2 of 2

Co-ordinator conducts anti-trafficking training course for police

Category | Mission Activity

Date of creation | 04 Oct 2018

Summary

The Co-ordinator held a training course for police investigators in Urgench from 14 to 18 May 2018. It covered the \
identification of victims of trafficking.

Co-ordinator conducts specialized anti-trafficking course for police

Category | Mission Activity

Date of creation | 21 May 2019

Summary

From 13 to 17 May 2019 the Co-ordinator ran, in Tashkent, a further training course for police investigators.
"""


def test_a_catalogue_item_s_heading_stands_over_its_table_of_fields(tmp_path):
    """A catalogue of activities gives each item's fields as a two-column table ("Category | Mission Activity")
    and a bare label ("Summary") between its heading and its story: each heading heads an item, and each item's
    course is an event of its own."""
    heads = _paragraph_texts(CATALOGUE, sections.heading_paragraphs(TextModel(CATALOGUE), 2))
    assert heads == ["Co-ordinator conducts anti-trafficking training course for police",
                     "Co-ordinator conducts specialized anti-trafficking course for police"]
    ev = load_release(tmp_path, CATALOGUE).events.sort_values("start_date")
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2018-05-14", "2019-05-13"]
    assert list(ev["city"]) == ["Urgench", "Tashkent"]


NUMBERED_DIGEST = (
    "SECURITY COOPERATION DIGEST\n\nIssue 04/2024, compiled 30.04.2024\n\n"
    "1. TASHKENT: UN AND SCO RATS DISCUSS SALW TRAFFICKING\n\n"
    "On 9-10 April 2024 UNRCCA and UNOCT jointly ran a two-day regional workshop in Tashkent on the illicit "
    "trafficking of small arms.\n\n"
    "2. CSTO WORKING GROUP ON AFGHANISTAN - 39th MEETING\n\n"
    "On 10 April 2024 the Working Group on Afghanistan under the CSTO Council of Foreign Ministers met for the "
    "39th time. Delegations of the member states took part.\n")


def test_numbered_items_of_a_digest_on_days_that_meet_are_two_events_unless_in_one_city(tmp_path):
    ev = load_release(tmp_path, NUMBERED_DIGEST, name="d.txt").events
    assert sorted(ev.event_type) == ["meeting", "workshop"]
    same_city = NUMBERED_DIGEST.replace("met for the 39th time", "met in Tashkent for the 39th time")
    (tmp_path / "b").mkdir()
    assert len(load_release(tmp_path / "b", same_city, name="d.txt").events) == 1


def test_a_working_group_under_an_organisation_that_met_is_its_meeting(tmp_path):
    t = load_release(tmp_path, NUMBERED_DIGEST, name="d.txt")
    meeting = t.events[t.events.event_type == "meeting"].event_id.iloc[0]
    orgs = t.event_organizations[t.event_organizations.event_id == meeting]
    assert set(orgs[orgs.role == "organizer"].organization) == {"CSTO"}
    assert "Afghanistan" not in set(orgs.organization)  # the group's subject, not a government


@pytest.mark.parametrize("line", [
    "Young people were among the most active participants of the meetings. Photo: CABAR.asia",
    "Participants of the concluding conference, Hofburg, Vienna, 11 June 2024. (OSCE)",
    "Events · 29.07.2019",
    "Youth council members work in groups during the seminar held in Bishkek on October 19–22. [Institute for Youth]",
])
def test_a_photo_caption_or_a_label_over_a_date_heads_no_section(line):
    text = (f"Dialogue meetings held in three districts\n\n{line}\n\n"
            "The dialogue meetings were held in Lakhsh district on July 17 and in Darvoz district on July 23, 2019, "
            "with more than 150 people taking part in them.\n")
    tm = TextModel(text)
    assert sections.heading_paragraphs(tm, 1) == []


SERIES = """Institute joins kick-off meetings in Central Asia under EU CBRN CoE Project 53

20 February 2017

Between 26 January and 3 February, the Institute's legal adviser attended a run of meetings held under Project 53 \
of the European Union's CBRN Risk Mitigation Centres of Excellence Initiative, on biosafety and biosecurity law.

Ulaanbaatar, 26-27 January

The series opened in Ulaanbaatar with a national kick-off meeting for Mongolia, which set up a national team of \
experts for the project.

Astana, 30 January

A second national meeting followed in Astana, Kazakhstan, on 30 January, to identify local stakeholders who want \
to engage with the project.

Bishkek, 2-3 February

The last stop was a regional kick-off meeting in Bishkek, Kyrgyzstan, on 2 and 3 February, with Afghanistan, \
Kyrgyzstan, Mongolia, Tajikistan and Uzbekistan as participating countries.
"""


@pytest.mark.parametrize("line", ["Astana, 30 January", "Bishkek, 2-3 February", "Nur-Sultan, 14 May 2019"])
def test_a_place_and_its_days_head_a_stop_of_a_series(line):
    text = (f"Meetings of the project\n\n{line}\n\n"
            "A national meeting followed there, with the aim of identifying local stakeholders who want to engage "
            "with the project.\n")
    assert sections.heading_paragraphs(TextModel(text), 1) == [1]


def test_a_place_and_a_word_that_is_no_month_heads_nothing():
    text = ("Meetings of the project\n\nAstana, 30 participants\n\n"
            "A national meeting followed there, with the aim of identifying local stakeholders who want to engage "
            "with the project.\n")
    assert sections.heading_paragraphs(TextModel(text), 1) == []


def test_the_stops_of_a_series_are_events_and_the_lead_summing_them_up_is_none(tmp_path):
    ev = load_release(tmp_path, SERIES, name="s.txt").events.sort_values("start_date")
    assert list(ev.city) == ["Ulaanbaatar", "Astana", "Bishkek"]
    assert list(ev.start_date.astype(str)) == ["2017-01-26", "2017-01-30", "2017-02-02"]
    assert list(ev.end_date.astype(str)) == ["2017-01-27", "2017-01-30", "2017-02-03"]
    # a stop's title says where and when (its heading), then what was held (the headline)
    assert all(t.endswith(": Institute joins kick-off meetings in Central Asia under EU CBRN CoE Project 53")
               for t in ev.title)
    assert [t.split(":")[0] for t in ev.title] == ["Ulaanbaatar, 26-27 January", "Astana, 30 January",
                                                   "Bishkek, 2-3 February"]


def test_each_stop_of_a_series_is_held_under_what_the_lead_names(tmp_path):
    t = load_release(tmp_path, SERIES, name="s.txt")
    per_event = t.event_programmes.groupby("event_id").programme.apply(set)
    assert len(per_event) == 3
    assert all("EU CBRN CoE Project 53" in names for names in per_event)


def test_a_section_about_other_work_is_background(tmp_path):
    """'Other EU-supported work' under a story: another project's organisers are not the event's."""
    t = load_release(tmp_path, (
        "EU-funded project runs a seminar for youth councils\n\nBISHKEK, 2 January 2018\n\n"
        "From October 19 to 22, 2017, members of youth councils gathered in Bishkek for a seminar of the project.\n\n"
        "Other EU-supported work\n\n"
        "A separate three-year project, run since February 2017 by International Alert, promotes open discussion of "
        "religion and the state across the country.\n"), name="s.txt")
    assert len(t.events) == 1
    assert "International Alert" not in set(t.event_organizations.organization)


def test_a_digest_section_telling_that_officials_met_officers_reports_a_working_meeting(tmp_path):
    """'On 7 December representatives of the FMD met officers of the Department ...': no event noun, but people of
    one body met those of another on a day: a working meeting, the section's event."""
    text = ("Round-up of the Financial Monitoring Department's outreach\n\nDUSHANBE, 10 December 2018\n\n"
            "1. Seminar for non-profit organisations\n\nOn 14 August 2018 the Department held a seminar for "
            "non-profit organisations in Dushanbe.\n\n"
            "2. Working meeting with the Interior Ministry\n\nOn 7 December representatives of the Department met "
            "officers of the Ministry of Internal Affairs of Tajikistan in Dushanbe. They discussed the detection of "
            "terrorist financing.\n")
    t = load_release(tmp_path, text)
    days = sorted(t.events["start_date"].dt.strftime("%Y-%m-%d"))
    assert days == ["2018-08-14", "2018-12-07"]
    meeting = t.events[t.events["start_date"].dt.day == 7].iloc[0]
    assert meeting["event_type"] == "meeting" and pd.isna(meeting["participants"])


def test_numbered_headlines_in_capitals_head_the_items_of_a_digest(tmp_path):
    """'1) MILITARY INSTITUTE: CADETS DISCUSS ...' over its story: a numbered item's headline in capitals heads a
    section (a list item opened by a number is otherwise no heading)."""
    t = load_release(tmp_path, (
        "KYRGYZSTAN PREVENTION & SECURITY WEEKLY - Digest No. 48\n\n"
        "1) MILITARY INSTITUTE: CADETS DISCUSS INTERNATIONAL TERRORISM\n"
        "On 20 November 2018 the Military Institute held a scientific conference on international terrorism in "
        "Bishkek.\n\n"
        "2) UNIVERSITY STARTS PREVENTION LECTURE SERIES\n"
        "The American University of Central Asia gave the first guest lecture on preventing terrorism on "
        "30 November 2018 in Bishkek.\n"))
    assert sorted(t.events.start_date.dt.strftime("%Y-%m-%d")) == ["2018-11-20", "2018-11-30"]


def test_an_item_s_date_line_under_its_heading_dates_its_today(tmp_path):
    """A news listing: 'Regional ... courses completed in Dushanbe' / 'DUSHANBE, 21 July 2017' / '... ended in
    Dushanbe today': the item's own day, not the page's (the newest item's)."""
    events = load_release(tmp_path, (
        "News\n\nOSCE co-organizes annual regional workshop on explosive hazards in Astana\n\n"
        "ASTANA, 13 September 2018\n\nThe tenth annual OSCE regional workshop on explosive hazards closed in Astana "
        "today. It was organized by the Ministry of Defence.\n\nRead more ...\n\n"
        "Regional explosive ordnance disposal courses completed in Dushanbe\n\nDUSHANBE, 21 July 2017\n\n"
        "Two parallel 11-day courses on explosive ordnance disposal, supported by the OSCE, ended in Dushanbe today. "
        "The courses trained 42 specialists.\n\nRead more ...\n")).events
    days = sorted(zip(events.start_date.dt.strftime("%Y-%m-%d"), events.end_date.dt.strftime("%Y-%m-%d"),
                      strict=True))
    assert days == [("2017-07-11", "2017-07-21"), ("2018-09-13", "2018-09-13")]


def test_a_listing_item_s_month_line_above_its_heading_dates_its_days(tmp_path):
    """'Media advisory · October 2023 · Kazakhstan' over an item's heading: its yearless days are read in October
    2023, not in the year of the newest item above it."""
    t = load_release(tmp_path, (
        "Women, Peace and Security in Central Asia\n\n"
        "UN Women supports governments and women's organizations in Central Asia.\n\n"
        "Press release · October 2024 · Tajikistan\n\nUN Women Tajikistan hosts open day for peace dialogue\n\n"
        "On 26 September, more than 50 local women leaders met in Dushanbe to exchange experience on peace and "
        "security.\n\n"
        "Media advisory · October 2023 · Kazakhstan\n\nConference on women, peace and security in Almaty\n\n"
        "Almaty hosts the conference on 16 October under Kazakhstan's chairmanship of the Dialogue of Women.\n"))
    assert sorted(t.events.start_date.dt.strftime("%Y-%m-%d")) == ["2023-10-16", "2024-09-26"]


def test_a_listing_filed_by_period_dates_each_item_by_the_end_of_its_period(tmp_path):
    """'September – December 2021' over an item's heading, in an archive filed by period: the item's '16-17 November'
    is in 2021 (its period ends in December), not in the newest item's year nor the year before its first month."""
    t = load_release(tmp_path, (
        "Border cooperation: news archive\n\nStories of the Border Liaison Offices project, newest first.\n\n"
        "September – December 2023\n\nUNODC hosts regional meeting for the Steering Committees\n\n"
        "On 24 - 25 October, UNODC held the annual regional meeting of the Steering Committees in Almaty.\n\n"
        "September – December 2021\n\nSteering committees of the border liaison component meet in Tashkent\n\n"
        "The annual working meeting of the steering committees took place on 16-17 November in Tashkent.\n"))
    assert sorted(t.events.start_date.dt.strftime("%Y-%m-%d")) == ["2021-11-16", "2023-10-24"]


@pytest.mark.parametrize("line, dated", [
    ("September – December 2021", True), ("May - August 2018", True), ("Sept. – Dec. 2020", True),
    ("Mayor – Augusta 2018", False),
])
def test_a_period_of_months_is_a_date_line(line, dated):
    assert sections.is_date_line(line) is dated


def test_a_listing_s_counter_is_no_heading_and_its_first_item_is_dated_by_its_line(tmp_path):
    """'Showing 1–7 of 31 items' over the first item's date line: the listing's counter, not a heading; the first
    item's '20/11/2024', read as the page's date, still dates that item, whose story names no day: to its month, as
    a release's date line does (the day it was published, not the event's)."""
    t = load_release(tmp_path, (
        "News from the Region\n\nShowing 1–7 of 31 items\n\n20/11/2024\n\n"
        "A delegation from Kazakhstan at the XIX ICAO TRIP Symposium\n\n"
        "The XIX Symposium on the ICAO Traveller Identification Programme was held at ICAO Headquarters in Montreal, "
        "with more than 600 participants.\n\nRead more »\n\n06/12/2023\n\n"
        "Kazakhstan hosts first ICAO TRIP Regional Symposium\n\n"
        "The Regional Symposium on the ICAO Traveller Identification Programme opened today in Almaty.\n\n"
        "Read more »\n"))
    ev = t.events.sort_values(["year", "month"])
    assert list(ev[["year", "month", "date_precision"]].itertuples(index=False, name=None)) == [
        (2023, 12, "day"), (2024, 11, "month")]
    assert str(ev.start_date.iloc[0])[:10] == "2023-12-06"
    assert list(ev.city) == ["Almaty", "Montreal"]
    assert not any(title.startswith("Showing") for title in ev.title)


def test_a_listing_s_published_line_under_each_heading_divides_its_items(tmp_path):
    """A news listing: heading / 'Published: 25 February 2019' / teaser, three times: three stories, each titled by
    its heading, not by its date line."""
    t = load_release(tmp_path, (
        "News\n\nStrengthening interagency cooperation for contingency planning\n\nPublished: 18 March 2019\n\n"
        "On March 12-14 a workshop in Almaty dealt with contingency planning at border checkpoints.\n\nRead more\n\n"
        "Border agencies advancing border check standards\n\nPublished: 25 February 2019\n\n"
        "A regional workshop on border checks held in Ashgabat between February 19-21 focused on border control "
        "standards.\n\nRead more\n\n"
        "European experts hold multilateral workshop in Dushanbe\n\nPublished: 18 February 2019\n\n"
        "On February 12-14, 2019, a group of European experts visited Dushanbe to hold a multilateral workshop for "
        "border agencies.\n\nRead more\n"))
    ev = t.events.sort_values("start_date")
    assert list(ev.start_date.dt.strftime("%Y-%m-%d")) == ["2019-02-12", "2019-02-19", "2019-03-12"]
    assert not any(title.startswith("Published") for title in ev.title)


def test_a_date_line_with_its_clock_time_and_rubric_heads_a_listing_item():
    assert sections.is_date_line("23.11.2018 18:05 | Region")
    assert not sections.is_date_line("Tashkent: experts meet at 18:05")


def test_a_listing_whose_items_carry_day_time_and_rubric_over_their_headings_is_read_item_by_item(tmp_path):
    text = ("KABAR - Kyrgyz National News Agency\n\nHome > Society\n\n"
            "15.11.2018 11:20 | Politics\nPresident opens second international conference on Islam in a secular state"
            "\n\nPresident Sooronbai Jeenbekov today opened the II International Conference on Islam in a Modern "
            "Secular State in Bishkek. Experts on religious issues from 20 countries take part ...\nRead more >>\n\n"
            "25.10.2018 15:42 | Society\nCentral Asian Dialogue on managing extremist prisoners opens in Bishkek\n\n"
            "The two-day Central Asian Dialogue on prison management and the treatment of persons convicted of "
            "extremist crimes opened today in Bishkek. Penal Reform International organized the event with "
            "UNODC ...\nRead more >>\n")
    ev = load_release(tmp_path, text).events.sort_values("start_date")
    assert [str(d)[:10] for d in ev["start_date"]] == ["2018-10-25", "2018-11-15"]


def test_a_byline_under_the_headline_and_its_date_line_is_no_item_heading(tmp_path):
    """'598102 Munira Shoinbekova, OSCE Programme Office in Dushanbe' under the page's headline and its date line:
    the first item keeps the page's headline."""
    text = ("OSCE news feed\n\nThe European Union and OSCE conclude border security course in Khorog\n\n"
            "OSCE - Fri, 26/09/2025 - 12:51\n\n598102 Munira Shoinbekova, OSCE Programme Office in Dushanbe\n\n"
            "Officers of Tajikistan's Border Troops finished a three-week course held in Khorog from 1 to 19 "
            "September 2025 under an EU-funded project.\n\n"
            "OSCE trains Kyrgyz police officers in countering violent extremism\n\n"
            "OSCE - Tue, 16/09/2025 - 10:05\n\n"
            "Twenty police officers completed a training course on countering violent extremism in Osh on 15 "
            "September 2025.\n")
    ev = load_release(tmp_path, text).events
    assert "The European Union and OSCE conclude border security course in Khorog" in set(ev["title"])


def test_a_listing_of_teasers_cut_short_with_learn_more_links_is_read_item_by_item(tmp_path):
    """Teasers that end on '…' are prose, and 'Learn more' under each is no heading: the items are read apart."""
    text = ("United Nations in the Kyrgyz Republic\n\nPress releases\n\n"
            "07 March 2025 · OSCE\n\nOSCE trains Osh police officers in countering violent extremism\n\n"
            "Osh – Yesterday, twenty police officers completed a three-day OSCE training course on countering "
            "violent extremism in Osh…\n\nLearn more\n\n"
            "24 April 2024 · UNDP\n\nSteering committee of the small arms project meets in Bishkek\n\n"
            "Bishkek – On 23 April 2024, the steering committee of the project held a meeting in Bishkek to review "
            "its action plan for 2024…\n\nLearn more\n")
    ev = load_release(tmp_path, text).events
    assert sorted(str(d)[:10] for d in ev["start_date"]) == ["2024-04-23", "2025-03-04"]  # three days to the 6th


def test_a_listing_item_whose_story_names_no_day_is_dated_by_the_month_of_its_date_line(tmp_path):
    """A search listing's items under 'September 29, 2022 10:26 · Security': the line is the day the item was
    published, as a release's date line is; an item that names no day of its event ('took part in a conference')
    is known to its month, as a release would be. An item that names its day keeps it."""
    text = ("Search results for: extremism\n\nSorted by relevance · Page 4 of 31\n\n"
            "CIS prosecutors general convene in Dushanbe\n\nOctober 22, 2025 09:40 · Security\n\n"
            "The Coordination Council of Prosecutors General of the CIS member states met in Dushanbe yesterday, "
            "21 October, for its 35th meeting on countering terrorism and extremism…\n\nRead more →\n\n"
            "Prosecutors to students: do not share content of banned movements\n\n"
            "September 29, 2022 10:26 · Security\n\n"
            "Officials of the General Prosecutor's Office, lecturers and students of the State Institute of Culture "
            "and Arts of Tajikistan took part in a conference on countering terrorism and extremism…\n\n"
            "Read more →\n")
    ev = load_release(tmp_path, text).events.set_index("title")
    assert str(ev.loc["CIS prosecutors general convene in Dushanbe", "start_date"])[:10] == "2025-10-21"
    student = ev.loc["Prosecutors to students: do not share content of banned movements"]
    assert (student["date_precision"], student["year"], student["month"]) == ("month", 2022, 9)


def test_yesterday_in_a_listing_item_is_read_against_the_item_s_day(tmp_path):
    """'Yesterday a round table was held in Khujand' under the item's 'October 26, 2019': the 25th, not the
    item's day nor the page's."""
    text = ("Security\n\nFriday, 27 December 2019\n\n"
            "December 20, 2019 13:58\n\nAnother meeting of young people against terrorism held in Khujand\n\n"
            "KHUJAND, 20.12.2019 /NIAT Khovar/. A meeting of students and lecturers against terrorism and extremism "
            "was held on December 19 in Khujand…\n\nRead more →\n\n"
            "October 26, 2019 10:14\n\nYouth of Tajikistan firmly set against extremism and terrorism\n\n"
            "DUSHANBE, 26.10.2019 /NIAT Khovar/. Yesterday a round table on shielding young people from extremist "
            "threats was held in Khujand…\n\nRead more →\n")
    ev = load_release(tmp_path, text).events
    assert sorted(str(d)[:10] for d in ev["start_date"]) == ["2019-10-25", "2019-12-19"]


def test_teasers_cut_short_are_prose_and_learn_more_is_no_heading():
    text = ("Press releases\n\n07 March 2025 · OSCE\n\nOSCE trains Osh police officers in countering violent extremism"
            "\n\nOsh – Yesterday, twenty police officers completed a three-day OSCE training course on countering "
            "violent extremism in Osh…\n\nLearn more\n\n24 April 2024 · UNDP\n\nSteering committee of the small arms "
            "project meets in Bishkek\n\nBishkek – On 23 April 2024, the steering committee of the project held a "
            "meeting in Bishkek to review its action plan for 2024…\n\nLearn more\n")
    tm = TextModel(text)
    assert _paragraph_texts(text, sections.heading_paragraphs(tm, 1)) == [
        "OSCE trains Osh police officers in countering violent extremism",
        "Steering committee of the small arms project meets in Bishkek"]


def test_a_tag_page_s_newest_item_told_this_morning_is_an_item_of_its_own(tmp_path):
    """The newest item of a tag page ('... is taking place at the Barys Arena from 7:00 to 11:00 this morning') is
    dated by the page's day, and its older items by their own days (the year of a yearless day from the item's
    date line, as the evidence says)."""
    text = ("anti-terrorist exercise - latest news on the tag\n\n23 October 2025 08:05\n\n"
            "Anti-terrorist exercise under way at Barys Arena in Astana\n\n"
            "A scheduled anti-terrorist exercise is taking place at the Barys Arena ice palace in Astana from 7:00 to "
            "11:00 this morning, the capital's anti-terrorism headquarters said.\n\n"
            "29 April 2023 10:05\n\nAnti-terror drill at Nurly Zhol railway station today\n\n"
            "Today, 29 April, from 11:00 to 16:00, the operational headquarters for combating terrorism of Astana will "
            "hold an anti-terrorist exercise at the Nurly Zhol railway station in Astana.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date")
    assert [str(d)[:10] for d in ev["start_date"]] == ["2023-04-29", "2025-10-23"]
    why = t.evidence[(t.evidence["event_id"] == ev.iloc[0]["event_id"]) & (t.evidence["field"] == "start_date")]
    assert any("the day the listing gives the item, 29 April 2023" in r for r in why["reasoning"])


def test_a_page_of_announcements_gives_each_item_s_announced_exercise(tmp_path):
    """A search page of a news agency: each item announces an exercise on the day of its own date line (one in August
    on a page of September). Each is an event, announced on its own day, not a plan months ahead of the page."""
    text = ("Kostanay residents warned of traffic limits during anti-terror exercise\n\n16 September 2025, 10:00\n\n"
            "KOSTANAY. KAZINFORM - The Kostanay regional operational headquarters for combating terrorism will hold "
            "anti-terrorist exercises on September 16 from 15:30 to 18:00 at a trading house in Kostanay.\n\n"
            "Regions · 18 August 2025, 09:05\n\nKostanay: anti-terror drill at the sports centre today\n\n"
            "KOSTANAY. KAZINFORM - Anti-terrorist exercises will be conducted by the Kostanay regional operational "
            "headquarters for combating terrorism on 18 August 2025 from 11:00 to 13:00 at a sports centre in "
            "Kostanay.\n\n"
            "Regions · 29 May 2023, 17:20\n\nAnti-terror exercise to be held at Kostanay airport\n\n"
            "KOSTANAY. KAZINFORM - On 30 May 2023 the Kostanay regional operational headquarters for combating "
            "terrorism will conduct an anti-terrorist exercise at Kostanay airport.\n")
    ev = load_release(tmp_path, text).events
    assert sorted(str(d)[:10] for d in ev["start_date"]) == ["2023-05-30", "2025-08-18", "2025-09-16"]


def test_a_list_of_other_press_releases_under_the_story_is_no_digest(tmp_path):
    """'Other press releases in the “Events” section:' and its dated lines are the site's other news, not events
    of the page: the story's one event stays."""
    t = load_release(tmp_path, (
        "Press releases\n\n27.02.2020 18:15\n\nRussia and Kazakhstan join efforts to counter extremism\n\n"
        "On 26 February 2020 Orenburg hosted the International Expert Platform on cross-border threats of religious "
        "extremism.\n\nOther press releases in the “Events” section:\n"
        "• 27.02.2020 — Integrated security systems trade fair publishes its exhibitor catalogue\n"
        "• 26.02.2020 — Video-surveillance manufacturer opens a service centre in Samara\n"
        "• 25.02.2020 — Access-control integrator reports 2019 results\n"))
    assert t.events.city.tolist() == ["Orenburg"]


def test_a_caption_s_credit_names_a_photographer_not_two_acronyms():
    """A caption's credit in brackets names its photographer; "(UNOCT/UNCCT)." closes a story's sentence."""
    assert not sections.is_caption("The course was organized by UNRCCA together with the UN Counter-Terrorism "
                                   "Centre (UNOCT/UNCCT).")
    assert sections.is_caption("Participants take part in a document control drill, 19 November 2018, Dushanbe, "
                               "Tajikistan (OSCE BMSC/Shamsi Myadyeva).")


def test_an_item_s_fields_between_its_headline_and_story_leave_the_headline_its_title(tmp_path):
    """'OSCE trains coast guards ...' / 'Publishing date: ...' / 'Content type: News' / 'Where we are: ...' / 'What
    we do: ...' / the story: the headline titles the item, not its last field."""
    item = ("{title}\n\nPublishing date: {day}\n\nContent type: News\n\nWhere we are: OSCE Programme Office in "
            "Astana\n\nWhat we do: Border management\n\n{story}\n\n")
    t = load_release(tmp_path, "News and press releases\n\n" + item.format(
        title="OSCE trains coast guards in Kazakhstan on forged documents", day="28 June 2019",
        story="Nineteen coast guard officers finished a five-day OSCE seminar on forged travel documents in Aktau "
              "on 28 June 2019.") + item.format(
        title="OSCE trains border guards on travel document security in Kazakhstan", day="23 February 2018",
        story="A five-day OSCE training seminar for 26 border guards on forged travel documents ended in Shymkent "
              "on 23 February 2018."))
    assert sorted(t.events.title) == ["OSCE trains border guards on travel document security in Kazakhstan",
                                      "OSCE trains coast guards in Kazakhstan on forged documents"]


def test_a_bracketed_stamp_with_a_numeric_day_is_an_item_s_date_line(tmp_path):
    """'[ : 05.10.2020, 15:14:55, published by: redactor]' under each item's heading: a listing's date line, so each
    item's yearless day takes its own year."""
    item = "{title}\n\n[ : {stamp}, 15:14:55, published by: redactor]\n\n{story}\n\nRead more »\n\n"
    t = load_release(tmp_path, "University news\n\n" + item.format(
        title="On the relevance of religious education in modern society", stamp="05.10.2020",
        story="On October 5, members of the regional information group held a meeting with first-year students "
              "in Temirtau on preventing religious extremism.") + item.format(
        title="And again about religion and peace", stamp="29.03.2018",
        story="On 29 March the regional group of theologians held a meeting with students of the university in "
              "Temirtau on religion and tolerance."))
    assert sorted(str(d)[:10] for d in t.events.start_date) == ["2018-03-29", "2020-10-05"]


def test_a_listing_whose_one_item_reports_an_event_is_read_as_that_item(tmp_path):
    """A search page of dated items, one of which reports a conference: the item's heading titles the event."""
    t = load_release(tmp_path, (
        "Search results\n\n17.07.2024\n\nPolice remind residents to report unattended bags\n\nThe press center "
        "reminds residents not to touch unattended bags in public places.\n\n10.05.2024\n\nProblems of combating "
        "crime discussed at an international conference\n\nAn international conference on combating crime was held "
        "in Dushanbe on 8 May 2024 at the Academy of the Ministry of Internal Affairs.\n\n06.03.2018\n\nOwners of "
        "hunting weapons reminded of deadlines\n\nThe licensing department reminds owners of hunting weapons of the "
        "re-registration deadlines.\n"))
    assert t.events.title.tolist() == ["Problems of combating crime discussed at an international conference"]


def test_a_listing_s_first_item_under_the_page_headline_is_an_item_too(tmp_path):
    """The page's headline is the listing's first item's heading, over its date line ("[ : 30.03.2021, ...]"): that
    item, whose story names no day, is dated by its line, as the items below it are: to the line's month, as the
    codebook dates a release that gives no event dates by its publication date."""
    item = "{title}\n\n[ : {stamp}, 15:14:55, published by: redactor]\n\n{story}\n\nRead more »\n\n"
    t = load_release(tmp_path, "Home » News » Spiritual and moral education » Page 3\n\nCategory: Spiritual and "
                               "moral education\n\n" + item.format(
        title="Meeting of college students with a representative of an NGO", stamp="30.03.2021",
        story="Within the State Program on Counteracting Religious Extremism, the head of the city centre organised "
              "a meeting between students of the college and a representative of the NGO in Temirtau.") + item.format(
        title="On the relevance of religious education", stamp="05.10.2020",
        story="On October 5, members of the regional information group held a meeting with first-year students in "
              "Temirtau on preventing religious extremism.") + item.format(
        title="And again about religion and peace", stamp="29.03.2018",
        story="On 29 March the regional group of theologians held a meeting with students of the university in "
              "Temirtau on religion and tolerance."))
    ev = t.events.sort_values(["year", "month"])
    assert list(ev[["year", "month", "date_precision"]].itertuples(index=False, name=None)) == [
        (2018, 3, "day"), (2020, 10, "day"), (2021, 3, "month")]


def test_an_item_s_yearless_day_keys_it_by_its_own_date_line(tmp_path):
    """'On 29 March' under '[ : 29.03.2018, ...]' is 29 March 2018, not a day beside the page's newest item of 30
    March 2021: the two items stay two events."""
    item = "{title}\n\n[ : {stamp}, 15:14:55, published by: redactor]\n\n{story}\n\nRead more »\n\n"
    t = load_release(tmp_path, "News listing\n\n2021-03-31\n\n" + item.format(
        title="Students meet a representative of an NGO", stamp="30.03.2021",
        story="On 30 March the city centre held a meeting between students and a representative of the NGO in "
              "Temirtau.") + item.format(
        title="And again about religion and peace", stamp="29.03.2018",
        story="On 29 March the regional group of theologians held a meeting with students of the university in "
              "Temirtau on religion and tolerance."))
    assert sorted(str(d)[:10] for d in t.events.start_date) == ["2018-03-29", "2021-03-30"]


def test_a_date_line_with_a_view_counter_dates_its_item(tmp_path):
    """'18.12.2019  |  Views: 538' over an item's heading: a listing's date line, though a label and its colon follow
    the day, so the item's "today" is that day."""
    item = "{stamp}  |  Views: 538\n\n{title}\n\n{story}\n\n"
    t = load_release(tmp_path, "Spiritual and educational work\n\n" + item.format(
        stamp="18.12.2019", title="The issue of the fate of young people",
        story="Today a roundtable discussion on religious extremism took place at the Faculty of Land Management in "
              "Tashkent.") + item.format(
        stamp="06.04.2019", title="Threat of radicalism",
        story="Today, at the Faculty of Management of Land Resources in Tashkent, a roundtable discussion against "
              "radicalism took place."))
    assert sorted(str(d)[:10] for d in t.events.start_date) == ["2019-04-06", "2019-12-18"]


def _listing_of_one_day(second_item: str) -> str:
    return ("News of the Organization\n\n23.06.2025\n\n"
            "Officers of the Joint Staff joined the memorial ceremonies held in Minsk on the Day of Remembrance.\n\n"
            "19.06.2025\n\n"
            "Committee of Secretaries of the Security Councils meets in Cholpon-Ata\n\n"
            "A regular meeting of the CSTO Committee of Secretaries of the Security Councils took place in "
            "Cholpon-Ata, Kyrgyz Republic, on 19 June 2025.\n\n"
            "19.06.2025\n\n" + second_item)


def test_two_listed_items_of_one_day_and_place_but_two_kinds_are_two_events(tmp_path):
    """A meeting and a conference, each an item under its own date line, both in Cholpon-Ata on 19 June: two."""
    t = load_release(tmp_path, _listing_of_one_day(
        "The Secretary General took part in the First CSTO International Conference on Cyber Security\n\n"
        "The Secretary General addressed the participants of the First International Conference on Cybersecurity, "
        "which was held in Cholpon-Ata on 19 June 2025.\n"))
    assert sorted(t.events.event_type) == ["conference", "meeting"]


def test_two_listed_items_of_one_day_place_and_kind_stay_one_event(tmp_path):
    """Guard: the meeting's opening and a speech at the meeting, listed apart, are one meeting."""
    t = load_release(tmp_path, _listing_of_one_day(
        "The Secretary General addressed the meeting of the Committee of Secretaries\n\n"
        "The Secretary General addressed the participants of the meeting of the Committee, which was held in "
        "Cholpon-Ata on 19 June 2025.\n"))
    assert list(t.events.event_type) == ["meeting"]


def test_a_rubric_s_first_item_with_events_under_way_is_an_event_of_its_own(tmp_path):
    """A rubric's listing: the page's headline is its first item's ('Outreach ... continues in Tursunzade', 'Outreach
    events ... are under way'), posted on 11 March; an item below tells meetings of 1-2 March in Shahrinav. Two
    events, not one read from both items."""
    t = load_release(tmp_path, (
        "Society\n\nSaturday, 11 March 2023\n\n"
        "Outreach on modern threats continues in Tursunzade\n\nMarch 11, 2023 11:05\n\n"
        "DUSHANBE, 11.03.2023 /NIAT «Khovar»/. Outreach events on preventing terrorism and extremism are under way "
        "among the population of Tursunzade. The city leadership met residents of the rural jamoats.\n\n"
        "Read more »\n\n"
        "Vahdat: replacement of water mains to be completed by April\n\nMarch 9, 2023 16:20\n\n"
        "DUSHANBE, 09.03.2023 /NIAT «Khovar»/. Residents of three neighbourhoods of Vahdat will be supplied with "
        "drinking water through new pipes, the city water utility said.\n\n"
        "Read more »\n\n"
        "Meetings on preventing extremism held in Shahrinav\n\nMarch 5, 2023 10:41\n\n"
        "DUSHANBE, 05.03.2023 /NIAT «Khovar»/. On 1-2 March, the leadership of Shahrinav district met activists of "
        "the rural jamoats on preventing the involvement of young people in extremist parties.\n\n"
        "Read more »\n"))
    assert sorted(t.events.city) == ["Shahrinav", "Tursunzoda"]


def test_a_section_opening_on_earlier_and_its_own_day_is_an_event_of_that_day(tmp_path):
    """A project update: 'Second ToT of the year closes ...' (22 November) and 'Summer course for nineteen officers'
    / 'Earlier, on 2 August 2024, the POiD ... concluded a three-week ToT course': the second section's 'Earlier'
    places its own day before the first's; it is an event of 2 August, not another event's mention."""
    t = load_release(tmp_path, (
        "Patrol Field Capacity Building: training the trainers\n\nPublished: 25 November 2024\n\n"
        "Two Training of Trainers courses delivered this year are summarized below.\n\n"
        "Second ToT of the year closes with a graduation ceremony in Dushanbe\n\n"
        "On 22 November 2024, thirteen officers of the Tajik Border Troops finished a three-week Training of Trainers "
        "course held at the premises of the OSCE Programme Office in Dushanbe.\n\n"
        "Summer course for nineteen officers\n\n"
        "Earlier, on 2 August 2024, the POiD, in collaboration with Tajikistan's Border Troops, concluded a three-week "
        "ToT course for nineteen officers of the Border Troops.\n"))
    assert sorted(t.events.month) == [8, 11]


def test_earlier_news_recalled_still_names_no_event_of_its_own(tmp_path):
    """Guard: 'Earlier, Daryo reported that ...' recalls news; its day dates nothing of the story."""
    t = load_release(tmp_path, (
        "Anti-terrorist exercise held in Termez\n\nPublished: 25 November 2024\n\n"
        "On 22 November 2024, an anti-terrorist exercise was held at the Termez river port.\n\n"
        "Earlier, Daryo reported that a drill had been held on 2 August 2024 at the airport.\n"))
    assert list(t.events.month) == [11]


def test_a_newsletter_section_dated_only_by_a_month_without_a_year_is_its_own_event(tmp_path):
    """'In February, UNICEF and the Ministry of Education brought together 45 school psychologists': a section whose
    gathering is dated by a month alone, read against the issue's date, is an event apart from the section after it."""
    t = load_release(tmp_path, (
        "UN in Kyrgyzstan newsletter\n\nPublished: 30 June 2022\n\n"
        "SCHOOLS\n\nPsychologists learn to spot early signs of radicalization\n\n"
        "In February, UNICEF and the Ministry of Education brought together 45 school psychologists. They tried out "
        "tools to support pupils at risk.\n\n"
        "YOUTH\n\nYouth camp on resilience\n\n"
        "From 20 to 26 June 2022, 70 young people took part in a training on resilience in Cholpon-Ata.\n"))
    got = sorted(zip(t.events.year, t.events.month, t.events.participants, strict=True))
    assert got == [(2022, 2, 45), (2022, 6, 70)]


def test_people_brought_together_without_a_number_and_a_month_report_no_event(tmp_path):
    """Guard: 'In February, the project brought together partners from the region' counts nobody: it is not read as a
    gathering on its own."""
    t = load_release(tmp_path, (
        "Project news\n\nPublished: 30 June 2022\n\n"
        "In February, the project brought together partners from the region to plan its work.\n"))
    assert t.events.empty


def test_a_rubric_whose_headline_stands_under_its_date_line_reads_the_headline_s_item_too(tmp_path):
    """A rubric page whose newest item's headline is the page's ("October 12, 2023 10:05" / "Commander praises joint
    drills at the Kharbmaidon range" / its story), over older items headed the same way: the headline's item is one of
    the listing's items, and its drills are an event beside the meeting of the next item."""
    t = load_release(tmp_path, (
        "Defence\n\nFriday, 13 October 2023\n\nOctober 12, 2023 10:05\n\n"
        "Commander praises joint drills at the Kharbmaidon range\n\n"
        "DUSHANBE, 12.10.2023 /Agency/. The commander praised the units during joint drills held at the Kharbmaidon "
        "range near the border. The drills brought together 800 troops.\n\n"
        "October 10, 2023 16:30\n\nHeads of border services meet in Dushanbe\n\n"
        "DUSHANBE, 10.10.2023 /Agency/. On October 10, Dushanbe hosted a meeting of the heads of the border services "
        "of Tajikistan and Uzbekistan.\n\n"
        "October 9, 2023 09:15\n\nNew passports to be issued from 2024\n\n"
        "DUSHANBE, 09.10.2023 /Agency/. The ministry reports that passports of a new sample will be issued next "
        "year.\n"))
    assert sorted(t.events.event_type) == ["exercise", "meeting"]


@pytest.mark.parametrize("line", ["15.05.2023 15:17 · Source: BAQ.KZ · Astana",
                                  "13.05.2024   |   Tajikistan   |   Counterterrorism & International Law",
                                  "12.05.2023 08:40 · Source: Moy Gorod (Uralsk) · Kazakhstan",
                                  # a byline's fields, the day between them
                                  "By U.S. Embassy Astana | 19 November, 2024 | Topics: Alerts, Security Alert",
                                  "Tajikistan | 13.05.2024"])
def test_a_listing_s_stamp_line_with_fields_is_a_date_line(line):
    """An aggregator's item opens on its day, clock time and fields (source, country, rubric): a date line over the
    item's heading, like a bare '15.05.2023'."""
    assert sections.is_date_line(line)


@pytest.mark.parametrize("line", ["28 January, 2021 · 10:00 AM – 11:00 AM · Online (RSVP requested)",
                                  "Wednesday, February 26, 2025 · 10:00 a.m. – 11:15 a.m. (EST) · Virtual Event"])
def test_an_events_archive_line_of_the_event_s_own_hours_is_not_a_stamp(line):
    """Guard: the day and hours of an event in an archive of events are the event's, told under its heading."""
    assert not sections.is_date_line(line)


@pytest.mark.parametrize("line", ["Dushanbe | Bishkek | Almaty", "By U.S. Embassy Astana | May 2–3, 2024 | Alerts"])
def test_a_line_of_fields_without_one_day_is_not_a_stamp(line):
    """Guard: a stamp gives the one day the item was posted; fields of places or of a span of days give none."""
    assert not sections.is_date_line(line)


ALERTS = (
    "Alerts\n\n"
    "Security Alert – Counter-Terrorism Exercise in Petropavl (November 20, 2024)\n\n"
    "By U.S. Embassy Astana | 19 November, 2024 | Topics: Alerts, Security Alert\n\n"
    "Location: Petropavl, North Kazakhstan Region. Event: The regional police headquarters will hold a "
    "counter-terrorism exercise on Wednesday, November 20, 2024. Traffic will be restricted around the City Mall… "
    "Read More »\n\n"
    "Message for U.S. Citizens – Winter Driving in Northern Kazakhstan\n\n"
    "By U.S. Embassy Astana | 5 November, 2024 | Topics: Alerts, Message for U.S. Citizens\n\n"
    "Snowstorms regularly close highways in the north between November and March. Check road status before travel… "
    "Read More »\n\n"
    "Security Alert – Counter-Terrorism Exercises in North Kazakhstan Region (May 2–3, 2024)\n\n"
    "By U.S. Embassy Astana | 30 April, 2024 | Topics: Alerts, Security Alert\n\n"
    "Location: Petropavl. Event: Counter-terrorism exercises are planned for May 2 and May 3, 2024, beginning at "
    "10:00 a.m., to test the readiness of law enforcement to respond to terrorist threats… Read More »\n"
)


def test_an_archive_of_alerts_announces_each_exercise_on_its_own_posting_day(tmp_path):
    """Each alert announces an exercise days after the day its byline gives (not months before the page's newest
    alert): both are events; the driving advice between them is none."""
    t = load_release(tmp_path, ALERTS)
    days = sorted(pd.Timestamp(d).date().isoformat() for d in t.events.start_date)
    assert days == ["2024-05-02", "2024-11-20"]




def test_drills_held_before_told_undated_are_no_event(tmp_path):
    """'Tajik and Chinese servicemen have held drills before, on the territory of a garrison ...': earlier occasions,
    told as background to an agreement."""
    t = load_release(tmp_path, (
        "Drills at least once a year: new agreement between Tajikistan and China\n\nNovember 21, 2022 16:47\n\n"
        "Tajikistan and China are to stage joint counter-terrorism exercises at least once a year under an "
        "agreement.\n\n"
        "Tajik and Chinese servicemen have held drills before, on the territory of a military garrison in Ishkashim "
        "district and at a base in the Romit gorge.\n"))
    assert t.events.empty


BULLETIN = (
    "Anti-Terrorism Center of the CIS Member-States\n\n"
    "Information Bulletin on Scientific and Methodological Work — No. 3/2025\n\n"
    "Prepared by the secretariat of the Council for the competent authorities. Issued in October 2025.\n\n"
    "1. Conferences and round tables\n\n"
    "1.1 Moscow — \"Forming an architecture of equal and indivisible security\"\n\n"
    "From 24 to 26 September the CIS ATC and Moscow State Linguistic University held their joint international "
    "scientific and practical conference in Moscow.\n\n"
    "Organizers | CIS ATC; Moscow State Linguistic University\n"
    "Dates | 24–26 September\n"
    "Venue | Moscow\n\n"
    "1.2 Barnaul — VIII conference \"Extremism – New Challenges to Regional Security\" (reported on 7 April)\n\n"
    "The Barnaul Law Institute of the Ministry of Internal Affairs of Russia hosted its international scientific and "
    "practical conference on extremism for the eighth time.\n\n"
    "2. New publications\n\n"
    "- Glossary of counter-terrorism terms, updated.\n"
)


def test_a_bulletin_section_dated_only_by_when_it_was_reported_is_an_event_of_that_month(tmp_path):
    """'1.2 Barnaul — VIII conference ... (reported on 7 April)' over a story that names no day: an event of its own,
    in April, in Barnaul (the 'Venue | Moscow' field is the section above's)."""
    t = load_release(tmp_path, BULLETIN)
    ev = t.events.sort_values("city")
    assert list(ev.city) == ["Barnaul", "Moscow"]
    barnaul = ev.iloc[0]
    assert (barnaul["date_precision"], barnaul["year"], barnaul["month"]) == ("month", 2025, 4)
