"""National activities listed in a table or a list, each with its own dates (issue: "several events in one
document: national activities listed with their own country, city or dates (in parentheses, in a list, in
a table)"): one event per row, with the row's dates, place, head count and the organisations of its columns."""

from __future__ import annotations

import pandas as pd
from release_helpers import load_release

from data_loader.extract import activity_rows
from data_loader.extract.text import TextModel

TABLE = """Countering the financing of terrorism: programme update, summer 2019

The OSCE and UNODC run a joint capacity-building effort on countering the financing of terrorism in Central Asia.

Dates | Venue | Course | Participants | Delivered with
11-15 June | Almaty, Kazakhstan | Five-day course on financial investigations | 20 investigators | \
OSCE Programme Office; UNODC. Expert partner: EAG
25-29 June | Khujand, Tajikistan | Five-day course on financial investigations | 18 practitioners | OSCE; UNODC
17-19 July | Vienna, Austria | Train-the-trainer course for Uzbekistan | 6 Uzbek officials | OSCE; UNODC
"""


def _rows(text: str) -> list[list[activity_rows.Row]]:
    tm = TextModel(text)
    return activity_rows.activity_rows(tm, set(range(len(tm.paragraphs))))


def test_a_table_with_a_header_gives_its_rows_and_what_each_column_holds():
    (rows,) = _rows(TABLE)
    assert len(rows) == 3
    assert set(rows[0].cells) == {"date", "place", "activity", "people", "organizer"}
    a, b = rows[1].cells["place"]
    assert TABLE[a:b] == "Khujand, Tajikistan"


def test_a_table_without_a_header_that_names_its_columns_is_left_alone():
    assert _rows("Kazakhstan | 12\nKyrgyzstan | 9\nTajikistan | 4\n") == []


def test_each_dated_row_of_a_table_of_activities_is_an_event(tmp_path):
    t = load_release(tmp_path, TABLE)
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2019-06-11", "2019-06-25", "2019-07-17"]
    assert list(ev["city"]) == ["Almaty", "Khujand", "Vienna"]
    assert list(ev["participants"]) == [20, 18, 6]
    assert set(ev["event_type"]) == {"training"}
    countries = t.event_countries[t.event_countries["role"] == "participant"].merge(ev[["event_id", "city"]])
    by_city = countries.groupby("city")["iso3"].apply(set).to_dict()
    # the host of a national course takes part; Austria, which only hosted a course for Uzbek officials, does not
    assert by_city == {"Almaty": {"KAZ"}, "Khujand": {"TJK"}, "Vienna": {"UZB"}}
    orgs = t.event_organizations.merge(ev[["event_id", "city"]])
    almaty = orgs[orgs["city"] == "Almaty"]
    assert set(almaty.loc[almaty["role"] == "organizer", "organization"]) == {"OSCE", "UNODC"}
    assert set(almaty.loc[almaty["role"] == "partner", "organization"]) == {"EAG"}


EXERCISE_LOG = """Log of national counter-terrorism exercises

Page updated: 21.07.2025

| Date | Place | Activity | Conducted by | Source |
|---|---|---|---|---|
| 30.03.2018 | Almaty | Exercise at a shopping centre | City headquarters | Kazinform (Chinese service), 30.03.2018 |
| 12.06.2025 | Kostanay region | Final stage of a counter-terrorism exercise | KNB | Kazinform (Russian edition) |
"""


def test_a_news_agency_s_language_service_is_no_participating_country(tmp_path):
    """'Kazinform (Chinese service)' in a row's source column names a language, not a country that took part."""
    t = load_release(tmp_path, EXERCISE_LOG)
    assert len(t.events) == 2
    assert not set(t.event_countries.iso3) & {"CHN", "RUS"}


def test_a_row_s_province_is_no_city(tmp_path):
    """'Kostanay region' in a row's place column: the province, whose country is known and whose town is not."""
    t = load_release(tmp_path, EXERCISE_LOG)
    june = t.events[t.events.start_date == pd.Timestamp("2025-06-12")].iloc[0]
    assert pd.isna(june["city"]) and june["country_iso3"] == "KAZ"


def test_each_dated_item_of_a_list_of_national_consultations_is_an_event(tmp_path):
    text = """National consultations on the early warning network

UNRCCA and UNOCT held national consultations on the early warning network in the five countries:

- Astana, Kazakhstan, 10 July 2023: consultation with the national security committee
- Bishkek, Kyrgyzstan, 12 July 2023: consultation with the state committee for national security
- Dushanbe, Tajikistan, 14 July 2023: consultation with the state committee for national security
"""
    t = load_release(tmp_path, text)
    assert sorted(t.events["city"]) == ["Astana", "Bishkek", "Dushanbe"]
    assert set(t.events["event_type"]) == {"consultation"}


def test_a_list_without_dates_gives_no_events_of_its_own(tmp_path):
    text = """Regional workshop on border security held in Almaty

Published: 5 March 2024

A regional workshop on border security was held in Almaty on 4 March 2024 by UNOCT. Officials came from:

- Kazakhstan and Kyrgyzstan, for the border services
- Tajikistan and Uzbekistan, for the customs services
"""
    t = load_release(tmp_path, text)
    assert len(t.events) == 1 and t.events["city"].iloc[0] == "Almaty"


def test_a_numbered_list_introduced_by_a_sentence_naming_the_activities(tmp_path):
    text = """Workshops on community policing

Published: 2 June 2024

The OSCE conducted three workshops on community policing and the prevention of violent extremism:
1. Osh, 14-15 May 2024, for 25 police officers;
2. Bishkek, 21-22 May 2024, for 30 police officers;
3. Batken, 28-29 May 2024, for 22 police officers.
"""
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date")
    assert list(ev["city"]) == ["Osh", "Bishkek", "Batken"]
    assert list(ev["participants"]) == [25, 30, 22]
    assert set(ev["event_type"]) == {"workshop"}


def test_city_and_days_in_brackets_after_each_country_of_a_series(tmp_path):
    text = ("UNODC trains prosecutors across Central Asia\n\nPublished: 20 May 2023\n\n"
            "UNODC held national trainings on the prosecution of terrorist financing in Kazakhstan (Almaty, "
            "3-4 May 2023), Kyrgyzstan (Bishkek, 10-11 May 2023) and Tajikistan (Dushanbe, 16 May 2023).\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date")
    assert list(ev["city"]) == ["Almaty", "Bishkek", "Dushanbe"]
    assert list(ev["start_date"].dt.strftime("%d")) == ["03", "10", "16"]
    assert list(ev["end_date"].dt.strftime("%d")) == ["04", "11", "16"]


def test_a_list_of_activities_planned_for_later_gives_no_events(tmp_path):
    text = """Border security workshop held in Almaty

Published: 1 June 2025

UNOCT held a workshop on border security in Almaty on 30 May 2025 for 30 officials.

Upcoming activities:
- 10 August 2025: training on the detection of forged documents in Osh
- 20 September 2025: workshop on risk analysis in Dushanbe
"""
    t = load_release(tmp_path, text)
    assert list(t.events["city"]) == ["Almaty"]


def test_paragraphs_opened_by_activity_city_and_days_are_items_of_a_list(tmp_path):
    """A list whose bullets a mirror lost: 'Awareness-raising seminar, Bishkek (13–15 June 2022): ...' and the
    paragraphs like it are one activity each."""
    t = load_release(tmp_path, (
        "UNOCT delivered technical assistance on countering terrorist financing in Kyrgyzstan\n\n"
        "Last updated: 14 October 2022\n\n"
        "Between April and September 2022 the CFT Programme of UNOCT delivered the following:\n\n"
        "Awareness-raising seminar, Bishkek (13–15 June 2022): held with UNRCCA, the seminar comprised one workshop "
        "for non-profit organizations and one for the competent authorities.\n\n"
        "Training and advisory mission, Bishkek (9–17 July 2022).\n\n"
        "Advanced workshops, Bishkek (26–28 September 2022): organized together with the EAG Secretariat, the "
        "workshops closed the first phase.\n"))
    days = sorted(str(d)[:10] for d in t.events["start_date"])
    assert days == ["2022-06-13", "2022-07-09", "2022-09-26"]


HTML_TABLE = """<html><head><title>Media literacy project</title></head><body><article>
<h1>EU extends a media literacy project in Central Asia</h1>
<p>Internews ran the first phase of the project in 2018 and 2019. Among its activities:</p>
<table><tr><th>When</th><th>Where</th><th>Activity</th><th>Held by</th></tr>
<tr><td>December 2018</td><td>Bishkek</td><td>A cross-border media forum for journalists</td><td>Internews</td></tr>
<tr><td>25 January 2019</td><td>Astana</td><td>Training for schoolteachers</td><td>Internews</td></tr>
</table></article></body></html>"""


def test_each_row_of_an_html_table_is_read_as_one_row_and_gives_an_event(tmp_path):
    """An HTML table keeps its rows: each row's cells are one paragraph joined by ' | ' (not one paragraph per
    cell, which loses which date goes with which city), so each dated row is an event."""
    from data_loader.reading.html_text import html_to_text

    assert "25 January 2019 | Astana | Training for schoolteachers | Internews" in html_to_text(HTML_TABLE)
    t = load_release(tmp_path, HTML_TABLE, name="page.html")
    ev = t.events.sort_values("year").reset_index(drop=True)
    assert list(ev["city"]) == ["Bishkek", "Astana"]
    assert list(ev["date_precision"]) == ["month", "day"]


def test_the_country_of_a_row_s_place_is_where_and_a_countries_column_says_who_took_part(tmp_path):
    """'Dubai, United Arab Emirates' in the place column is the venue; 'Partner countries represented' lists the
    participating countries (it is not a column of partners)."""
    t = load_release(tmp_path, (
        "Round-table meetings of national focal points, 2022\n\n"
        "Two round-table meetings of the focal points were held in 2022.\n\n"
        "Meeting | Dates | Place | Partner countries represented\n"
        "15th | 21-22 March 2022 | Dubai, United Arab Emirates | Kazakhstan, Kyrgyzstan, Pakistan\n"
        "16th | 17 May 2022 | Brussels, Belgium | Kazakhstan, Tajikistan\n"
    ))
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["city"]) == ["Dubai", "Brussels"]
    took_part = t.event_countries[t.event_countries["role"] == "participant"].merge(ev[["event_id", "city"]])
    assert took_part.groupby("city")["iso3"].apply(set).to_dict() == {
        "Dubai": {"KAZ", "KGZ", "PAK"}, "Brussels": {"KAZ", "TJK"}}
    assert t.event_organizations.empty or "partner" not in set(t.event_organizations["role"])


def test_a_province_in_a_row_s_place_cell_gives_the_country(tmp_path):
    text = TABLE.replace("Almaty, Kazakhstan", "Issyk-Kul region").replace("Khujand, Tajikistan", "Sughd")
    ev = load_release(tmp_path, text).events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["country_iso3"])[:2] == ["KGZ", "TJK"]
    assert list(ev["location_precision"])[:2] == ["country", "country"]


def test_a_table_of_exercises_by_area_and_who_took_part_is_one_event_per_row(tmp_path):
    text = (
        "Cobalt: special forces keep training together\n\n14.08.2024\n\n"
        "The special tactical exercises of the Cobalt series are held by the CSTO.\n\n"
        "| Exercise | Dates | Area | Who took part |\n|---|---|---|---|\n"
        "| Cobalt-2018 | 20-22 May 2018 | Almaty Region, Kazakhstan | units of Russia, Kazakhstan and Belarus |\n"
        "| Cobalt-2024 | 14-16 August 2024 | Novosibirsk Region, Russia | units of Russia and Tajikistan |\n")
    ev = load_release(tmp_path, text, name="overview.md").events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2018-05-20", "2024-08-14"]
    assert list(ev["country_iso3"]) == ["KAZ", "RUS"]


ENDED_TABLE = (
    "OSCE office wraps up its courses\n\n18 December 2018\n\n"
    "ASTANA - The OSCE Programme Office in Astana, UNODC and CARICC completed this year's courses for police.\n\n"
    "| Course | Where | When | Organised by |\n|---|---|---|---|\n"
    "| Risk profiling (five-day seminar) | Almaty | concluded 20 April 2018 | OSCE Programme Office in Astana, "
    "CARICC and the Ministry of Internal Affairs |\n"
    "| Crowd safety (three-day course) | Karaganda | concluded 13 December 2018 | OSCE Programme Office in "
    "Astana and the Karaganda Police Academy |\n")


def test_a_row_s_last_day_and_its_length_give_its_first_day(tmp_path):
    ev = load_release(tmp_path, ENDED_TABLE, name="o.md").events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2018-04-16", "2018-12-11"]
    assert list(ev["end_date"].dt.strftime("%Y-%m-%d")) == ["2018-04-20", "2018-12-13"]


def test_a_row_s_last_day_of_a_course_of_weeks_gives_no_first_day(tmp_path):
    text = ENDED_TABLE.replace("(five-day seminar)", "(three-week course)")
    ev = load_release(tmp_path, text, name="o.md").events.set_index("city")
    assert pd.isna(ev.loc["Almaty", "start_date"])
    assert ev.loc["Almaty", "end_date"].strftime("%Y-%m-%d") == "2018-04-20"
    assert ev.loc["Karaganda", "start_date"].strftime("%Y-%m-%d") == "2018-12-11"  # days are still counted back


def test_a_column_of_organisers_gives_each_row_its_own(tmp_path):
    t = load_release(tmp_path, ENDED_TABLE, name="o.md")
    orgs = t.event_organizations[t.event_organizations.role == "organizer"]
    by_city = {city: set(orgs[orgs.event_id == eid].organization)
               for eid, city in t.events[["event_id", "city"]].itertuples(index=False)}
    assert by_city == {"Almaty": {"OSCE", "CARICC", "Kazakhstan"}, "Karaganda": {"OSCE", "Kazakhstan"}}


ARCHIVE_TABLE = (
    "Central Asia Border Management Initiative\n\nPage last updated: January 2023\n\n"
    "What is it?\n\nA yearly conference of border agencies. Its conferences have met in Vienna and in Bishkek.\n\n"
    "Recent conferences\n\n"
    "Edition | Dates | Venue | Organized by | Participation\n"
    "2020 | 2–5 November 2020 | online | OSCE Border Security and Management Unit | 25 representatives of "
    "Afghanistan, Kazakhstan and Tajikistan\n"
    "2021 | 8–9 November 2021 | Vienna, Austria | OSCE Border Security and Management Unit, supported by Germany | –\n"
    "2022 | 13–15 December 2022 | Tashkent, Uzbekistan | OSCE and UNODC | over 70 officials, in person and online\n")


def test_a_funder_named_in_one_row_is_not_every_row_s(tmp_path):
    t = load_release(tmp_path, ARCHIVE_TABLE, name="a.html")
    funders = t.event_organizations[t.event_organizations.role == "funder"].merge(t.events[["event_id", "year"]])
    assert set(funders["year"]) == {2021}
    assert set(funders["organization"]) == {"Germany"}


def test_a_row_held_online_or_in_person_and_online_has_its_own_format(tmp_path):
    ev = load_release(tmp_path, ARCHIVE_TABLE, name="a.html").events.set_index("year")
    assert ev.loc[2020, "format"] == "virtual" and pd.isna(ev.loc[2020, "city"])
    assert ev.loc[2021, "format"] == "in-person"
    assert ev.loc[2022, "format"] == "hybrid"


MODULES = (
    "Imams learn digital communication\n\nSociety | 16.12.2021 | 18:05\n\n"
    "OSH, 16 December (Kabar). Trainers have run a series of trainings in Osh on digital communication for "
    "local imams and the heads of citizens' assemblies.\n\n"
    "Each group went through two modules. The schedule was as follows:\n\n"
    "| Module | Participants | Dates |\n|---|---|---|\n"
    "| First module | imams | 16–17 November |\n"
    "| First module | community leaders | 18–19 November |\n"
    "| Second module | imams | 30 November – 1 December |\n")


def test_rows_that_name_no_place_were_held_where_the_text_says(tmp_path):
    ev = load_release(tmp_path, MODULES, name="m.md").events
    assert len(ev) == 3
    assert set(ev.city) == {"Osh"} and set(ev.country_iso3) == {"KGZ"}


def test_a_row_that_names_its_own_place_keeps_it(tmp_path):
    text = MODULES.replace("| Module | Participants | Dates |\n|---|---|---|\n",
                           "| Module | Participants | Dates | Venue |\n|---|---|---|---|\n") \
        .replace("16–17 November |", "16–17 November | Bishkek |") \
        .replace("18–19 November |", "18–19 November | Osh |") \
        .replace("1 December |", "1 December | Naryn |")
    ev = load_release(tmp_path, text, name="m.md").events
    assert sorted(ev.city) == ["Bishkek", "Naryn", "Osh"]


def test_a_column_of_who_chaired_or_attended_holds_people_not_organisers():
    text = TABLE.replace("| Delivered with", "| Chaired / attended by")
    (rows,) = _rows(text)
    assert "organizer" not in rows[0].cells and "people" in rows[0].cells


STAGES_TABLE = """Train-the-trainer course on document security for the Border Service

The OSCE Programme Office ran a three-stage train-the-trainer course in 2019 for officers of the Border Service. \
Each stage lasted five days and took place in Almaty.

Stage | Closing date | Place | Trainees | Content
1 | 26 April 2019 | Almaty | 21 border service officers | paper production and security inks
2 | 2 August 2019 | Almaty | 20 border service officers | printing and personalization techniques
3 | 8 November 2019 | Almaty | 20 border service officers | biometrics in travel documents
"""


def test_each_numbered_stage_of_a_table_of_closing_dates_is_an_event_of_the_stated_length(tmp_path):
    """'Stage' names the rows' activity (a stage of the course the page tells of, titled by it, the stage first);
    'Closing date' gives each row's last day, and 'Each stage lasted five days' its first."""
    ev = load_release(tmp_path, STAGES_TABLE, name="o.md").events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2019-04-22", "2019-07-29", "2019-11-04"]
    assert list(ev["end_date"].dt.strftime("%Y-%m-%d")) == ["2019-04-26", "2019-08-02", "2019-11-08"]
    assert list(ev["participants"]) == [21, 20, 20]
    assert set(ev["event_type"]) == {"training"}
    assert ev["title"][1].startswith("Stage 2: Train-the-trainer course")


def test_a_row_s_note_in_brackets_makes_it_online_and_a_row_without_place_is_held_at_home(tmp_path):
    """A table of one government's joint activities with UNODC: '(online, due to COVID-19 restrictions)' makes
    that row virtual; a row naming no place is guessed to be held in that government's country."""
    t = load_release(tmp_path, (
        "Cooperation with UNODC\n\n"
        "Since 2018 the General Prosecutor's Office of Uzbekistan has worked with UNODC on financial "
        "investigations.\n\n"
        "| Dates | Activity | Partners |\n|---|---|---|\n"
        "| 10.10.2018 – 12.10.2018 | Three-day training on financial investigation | UNODC, General Prosecutor's "
        "Office of Uzbekistan |\n"
        "| 14.05.2020 | First working meeting on the initiative (online, due to COVID-19 restrictions) | UNODC, "
        "General Prosecutor's Office of Uzbekistan |\n"))
    ev = t.events.sort_values("start_date")
    assert list(ev.format) == ["in-person", "virtual"]
    assert ev.country_iso3.iloc[0] == "UZB"


def test_every_row_of_a_table_of_exercises_with_no_organiser_is_held_by_the_host_government(tmp_path):
    """A digest's table of drills ('27 August | Aktau ...', '27 September | Atyrau ...') naming no organiser: each
    row's exercise is guessed held by the government of its country, not only the row the guess was read from."""
    t = load_release(tmp_path, (
        "Caspian roundup: anti-terrorist drills at sea\n\nPublished: 30 September 2025\n\n"
        "Anti-terrorist exercises were held in the port cities this autumn.\n\n"
        "| Date | Place | Activity |\n|---|---|---|\n"
        "| 27 August | Aktau, city and sea port | Anti-terrorist exercise |\n"
        "| 27 September | Atyrau, Caspian shelf | Operational-tactical exercise |\n"))
    orgs = t.event_organizations[t.event_organizations.role == "organizer"]
    assert len(t.events) == 2
    assert orgs.groupby("event_id").organization.apply(set).tolist() == [{"Kazakhstan"}, {"Kazakhstan"}]


TIMELINE = (
    "Dossier: Kyrgyzstan and the return of its citizens from Syria and Iraq\n\n"
    "Reference material. Updated: 30.07.2024\n\n"
    "Below are the main milestones, in chronological order.\n\n"
    "Date | What happened\n\n"
    "30 May 2019 | The IWPR office holds an expert meeting on the return of Kyrgyzstanis from Syria and Iraq.\n\n"
    "March 2021 | Humanitarian mission: 79 children are flown home from Iraq.\n\n"
    "18 May 2021 | Bishkek: specialists from Kyrgyzstan, Kazakhstan and Uzbekistan meet to exchange experience of "
    "rehabilitating children returned from the war zone.\n\n"
    "February 2023 | 18 women and 41 children return from Syria.\n"
)


def test_a_timeline_s_rows_that_tell_of_a_meeting_are_events_and_its_other_news_is_none(tmp_path):
    """'Date | What happened': a timeline mixes activities with other news (flights home); a row is an event when its
    words name one ('an expert meeting') or tell of people meeting ('specialists ... meet to exchange experience')."""
    t = load_release(tmp_path, TIMELINE)
    days = sorted(pd.Timestamp(d).date().isoformat() for d in t.events.start_date if pd.notna(d))
    assert days == ["2019-05-30", "2021-05-18"]
    assert len(t.events) == 2


ADVISORIES = (
    "Security advisories - archive\n\n"
    "## 2022\n\n"
    "| Issued | Area | Subject | What the advisory said |\n|---|---|---|---|\n"
    "| 27.06.2022 | Turkestan region | Heat | Temperatures of 40 degrees forecast; public events cancelled. |\n"
    "| 30.06.2022 | Taraz | Anti-terrorist exercise \"Fosfor-2022\" | The headquarters will hold the exercise on "
    "01.07.2022, 10:00-13:00, near the plant. |\n"
    "| 01.10.2022 | Astana | Anti-terrorist exercise \"Virazh-2022\" | The headquarters is holding the exercise "
    "today, 10:00-12:00, at the training centre. |\n"
    "| 24.10.2022 | Countrywide | Public holiday | 25 October is a day off. |\n\n"
    "## 2023\n\n"
    "| Issued | Area | Subject | What the advisory said |\n|---|---|---|---|\n"
    "| 16.01.2023 | Astana | Blizzard | Roads closed. |\n"
    "| 21.08.2023 | Pavlodar | Planned anti-terrorist exercise | A planned exercise will be held on 22 August 2023 "
    "from 16:00 to 18:00. |\n"
)


def test_a_log_of_notices_under_subject_gives_only_the_rows_whose_subject_names_an_activity(tmp_path):
    """'Issued | Area | Subject | ...': a log of security advisories, of which only some tell of exercises. A row is
    an event when its subject names one ('Anti-terrorist exercise'), not 'Heat' or 'Public holiday' (a 'Subject'
    column names no kind of activity, as 'Course' does); its day is the one its notice names ('on 01.07.2022',
    'today'), not the day the notice was issued; the year's tables, under one header, are one log."""
    t = load_release(tmp_path, ADVISORIES)
    days = sorted(pd.Timestamp(d).date().isoformat() for d in t.events.start_date if pd.notna(d))
    assert days == ["2022-07-01", "2022-10-01", "2023-08-22"]
    assert sorted(t.events.city) == ["Astana", "Pavlodar", "Taraz"]


def test_a_table_s_issued_column_holds_the_day_a_notice_was_posted():
    rows = _rows("| Issued | Area | Subject |\n\n| 27.06.2022 | Taraz | Exercise |\n\n| 28.06.2022 | Aktau | Drill |")
    assert [set(r.cells) for r in rows[0]] == [{"posted", "place", "activity"}] * 2


def test_two_tables_under_the_same_header_are_one_block_and_one_table_row_is_kept():
    text = ("| Date | Where | What |\n\n| 03.08.2021 | Dushanbe | Meeting of the working team |\n\n"
            "Earlier milestones\n\n| Date | Where | What |\n\n| 07.12.2017 | Dushanbe | Meeting with banks |")
    tm = TextModel(text)
    blocks = activity_rows.activity_rows(tm, set(range(len(tm.paragraphs))))
    assert [len(b) for b in blocks] == [2]
