"""Events reported while they run or on their eve ("is kicking off today", "opens today, 23 October ...
over three days", "will open tomorrow", "is scheduled to take place on 3-4 March"): they took place, so
their days count, read against the publication date; a duration in words fixes the other end. History
further down the story (an earlier conference of a series) does not date the event."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import load_release, one_event_tables


def _iso(value) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _event(tmp_path: Path, text: str):
    tables = one_event_tables(tmp_path, text)
    ev = tables.events.iloc[0].to_dict()
    for key in ("start_date", "end_date"):
        ev[key] = _iso(ev[key])
    return ev, tables


def test_kicking_off_today_a_two_day_forum_and_history_further_down(tmp_path):
    ev, tables = _event(tmp_path, (
        "Dushanbe hosts conference on border security\n\n18/10/2022 10:25\n\n"
        "An international high-level conference on border security is kicking off in Dushanbe today.\n\n"
        "The two-day forum is being co-organized by the Government of Tajikistan and UNOCT.\n\n"
        "The process started in May 2018 with the first conference (Dushanbe, May 3-4, 2018), which Tajikistan "
        "convened together with UN agencies. A second conference met in Dushanbe on May 16-17, 2019.\n"))
    assert (ev["start_date"], ev["end_date"], ev["duration_days"]) == ("2022-10-18", "2022-10-19", 2)
    ev_rows = tables.evidence[(tables.evidence.field == "end_date")]
    assert set(ev_rows.confidence) == {"inferred"}
    reasons = " ".join(ev_rows.reasoning)
    assert "'today' read against the publication date, 18 October 2022" in reasons
    assert "a 2-day event starting that day" in reasons


def test_opens_today_with_its_date_and_over_three_days_in_another_sentence(tmp_path):
    ev, tables = _event(tmp_path, (
        "Prison officers meet in Almaty to tackle terrorism\n\n"
        "Almaty, 23 October 2024 – UNODC is holding a regional workshop on prison security. The event, which "
        "opens today, 23 October, brings together prison staff from Kazakhstan and Tajikistan.\n\n"
        "Over three days, prison officers are taking part in sessions on the core elements of prison security.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2024-10-23", "2024-10-25", "Almaty")
    reasons = " ".join(tables.evidence[tables.evidence.field == "end_date"].reasoning)
    assert "an announcement published on the opening day" in reasons
    assert "a 3-day event starting on 23 October 2024" in reasons


def test_officials_meeting_today_for_a_named_meeting_is_the_event_under_way(tmp_path):
    """'Senior officials ... are meeting in Dushanbe today for the Dialogue's 12th Senior Officials' Meeting': the
    meeting is under way on the day of the story."""
    ev, _ = _event(tmp_path, (
        "Senior officials' meeting under way in Dushanbe\n\n26 January 2018, 14:05\n\n"
        "DUSHANBE – Senior officials of the Dialogue are meeting in Dushanbe today for the Dialogue's 12th Senior "
        "Officials' Meeting on security co-operation.\n\n"
        "Senior officials review the state of regional co-operation at such meetings.\n"))
    assert (ev["start_date"], ev["city"]) == ("2018-01-26", "Dushanbe")


def test_will_open_tomorrow_a_week_long_course(tmp_path):
    ev, _ = _event(tmp_path, (
        "OSCE course on border security\n\nPublished: 4 June 2023\n\n"
        "A week-long OSCE training course on border security will open tomorrow in Osh for officers of the "
        "border service.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2023-06-05", "2023-06-11", "Osh")


def test_an_announced_conference_with_its_days_place_and_hybrid_format(tmp_path):
    ev, tables = _event(tmp_path, (
        "Tashkent to host high-level conference on regional co-operation against terrorism\n28 February 2022\n\n"
        "A high-level international conference on regional cooperation is scheduled to take place in Tashkent "
        "on 3-4 March 2022.\n\n"
        "The conference will be held in a hybrid format.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"], ev["format"]) == ("2022-03-03", "2022-03-04", "Tashkent",
                                                                            "hybrid")
    assert _iso(ev["published_date"]) == "2022-02-28"
    days = tables.evidence[tables.evidence.field == "start_date"].iloc[0]
    assert (days.confidence, days.reasoning) == (
        "inferred", "an announcement published on 28 February 2022, before the event: the days it gives")


def test_the_host_city_of_an_announcement(tmp_path):
    ev, _ = _event(tmp_path, (
        "Anti-terrorism conference to be held in Uzbekistan\n\n03.09.2024, 18:25\n\n"
        "On September 4-5, Tashkent will host the 10th International Conference of the SCO Regional "
        "Anti-Terrorist Structure.\n"))
    assert (ev["start_date"], ev["city"]) == ("2024-09-04", "Tashkent")


def test_a_plan_months_ahead_is_not_yet_an_event(tmp_path):
    tables = load_release(tmp_path, (
        "OSCE to hold conference on border security\n\nPublished: 4 June 2023\n\n"
        "The OSCE will hold a conference on border security in Almaty on 12-13 December 2023.\n"))
    assert tables.events.empty


def test_a_written_range_holding_today_is_kept(tmp_path):
    ev, _ = _event(tmp_path, (
        "OSCE workshop opens in Bishkek\n\nPublished: 13 May 2024\n\n"
        "An OSCE workshop on border security opened today in Bishkek.\n\n"
        "The workshop runs from 13 to 15 May and brings together 30 officers.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2024-05-13", "2024-05-15")


def test_a_dated_heading_of_a_digest_item_gives_way_to_the_item_s_days(tmp_path):
    ev, _ = _event(tmp_path, (
        "Security digest, October 2024\n\nPublished: 26.11.2024\n\n"
        "18 October — UNOCT side event in Ashgabat\n\n"
        "The side event on energy infrastructure was organized by UNOCT and took place on the margins of the "
        "expert meeting held in Ashgabat on 16-17 October 2024.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2024-10-16", "2024-10-17")


def test_opens_on_monday_in_a_friday_release_is_the_coming_monday(tmp_path):
    ev, _ = _event(tmp_path, (
        "Workshop opens in Almaty\n\nFriday, 10 May 2024\n\n"
        "The two-day OSCE seminar on violent extremism opens on Monday in Almaty for 40 police officers.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2024-05-13", "2024-05-14")


def test_over_two_days_in_a_sentence_about_this_event_s_plan(tmp_path):
    ev, _ = _event(tmp_path, (
        "International conference on countering terrorism opens in Ashgabat\n\n"
        "ASHGABAT, 7 December 2023 (nCa) -- An international conference on countering terrorism is kicking off "
        "today in the Turkmen capital. The event will run over two days.\n\n"
        "A third conference, a five-day one, will be held next year.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2023-12-07", "2023-12-08", "Ashgabat")


def test_the_duration_of_another_planned_course_is_not_this_one_s(tmp_path):
    ev, _ = _event(tmp_path, (
        "OSCE course in Ashgabat\n\nPublishing date: 6 October 2022\n\n"
        "On 5 October 2022, a training course on violent extremism came to an end in Ashgabat.\n\n"
        "A third and final course, a five-day one for community leaders, is scheduled for November.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2022-10-05", "2022-10-05")


def test_a_report_followed_by_a_plan_in_one_sentence_is_a_report(tmp_path):
    ev, _ = _event(tmp_path, (
        "OSCE workshop in Osh\n\nPublished: 10 May 2024\n\n"
        "The OSCE held a workshop for police officers in Osh on 3 May and will hold another one in Naryn on "
        "12 June.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2024-05-03", "2024-05-03", "Osh")


def test_a_plan_described_after_a_passive_report_stays_a_plan(tmp_path):
    tables = load_release(tmp_path, (
        "OSCE conference\n\nPublished: 10 May 2024\n\n"
        "The conference, which was organized by the OSCE, will be held in Almaty on 12-13 December 2024.\n"))
    assert tables.events.empty  # months ahead: not yet an event


def test_a_plan_told_in_the_present_is_not_yet_an_event(tmp_path):
    tables = load_release(tmp_path, (
        "OSCE forum on border security\n\nPublished: 10 May 2024\n\n"
        "The OSCE forum on border security opens on 12 December in Almaty.\n\n"
        "UNOCT is organizing a regional conference on border security in Tashkent in December.\n"))
    assert tables.events.empty


def test_an_event_of_today_told_in_the_present(tmp_path):
    ev, _ = _event(tmp_path, (
        "Kazakhstan hosts conference\n\nPublished: 10 May 2024\n\n"
        "Kazakhstan is hosting a regional conference on countering terrorism in Astana today.\n"))
    assert (ev["start_date"], ev["city"]) == ("2024-05-10", "Astana")


def test_headlines_of_other_stories_in_the_present_are_no_event(tmp_path):
    tables = load_release(tmp_path, (
        "Kazakhstan to contribute to UN trust fund for countering terrorism\n\n11 June 2017, 14:20\n\n"
        "ASTANA. KAZINFORM - Kazakhstan will transfer 300,000 US dollars to the United Nations Trust Fund for "
        "Counter-Terrorism, the Foreign Ministry said.\n\n"
        "Read also:\nSCO Astana summit: India and Pakistan become full members\nEXPO-2017 opens its doors in Astana\n"))
    assert tables.events.empty


def test_a_duration_outside_the_event_sentences_is_not_given_to_a_series(tmp_path):
    tables = load_release(tmp_path, (
        "OSCE national consultations on border security\n\n"
        "In November 2024, the OSCE held national consultations on border security in Ashgabat and Astana.\n\n"
        "In Ashgabat, the consultation took place on 20 November 2024 with 25 officials.\n\n"
        "In Astana, the consultation took place on 20 November 2024 with 30 officials.\n\n"
        "Over 3 days, participants discussed risk analysis at border crossing points.\n"))
    assert not tables.events.empty
    assert (tables.events.start_date == tables.events.end_date).all()


def test_an_announcement_s_expected_head_count_is_its_participants(tmp_path):
    """A release that announces the event, or tells it as it opens, can give no other count than the one
    planned."""
    ev, _ = _event(tmp_path, (
        "Training course on border security will open tomorrow\n\n14/05/2023 10:25\n\n"
        "An OSCE training course on border security will open tomorrow in Tashkent.\n\nMore than 40 border "
        "officers will take part in the course.\n"))
    assert (ev["participants"], ev["participants_qualifier"]) == (40, "more than")


def test_agencies_now_taking_part_in_an_exercise_report_it(tmp_path):
    """'Security agencies of six states are now taking part in a joint exercise': told while it runs."""
    tables = load_release(tmp_path, (
        "CIS security services start joint exercise\n\n10:15, 24 May 2017\n\n"
        "Security agencies of six member states of the CIS are now taking part in the first stage of a joint "
        "counterterrorism exercise, the press service of the CIS Anti-Terrorism Center reports.\n"))
    assert len(tables.events) == 1
    assert tables.events.iloc[0]["event_type"] == "exercise"


def test_got_under_way_today_near_the_town_of_and_a_read_also_list(tmp_path):
    """'got under way today at the training ground near the town of Balykchy': the day of publication, in
    Balykchy; a 'Read also:' list under the story ('Cholpon-Ata to host a meeting') is other news."""
    ev, _ = _event(tmp_path, (
        "CSTO special exercise kicks off in Issyk-Kul region\n\n03.08.2022 15:26\n\n"
        "A joint special tactical exercise of the CSTO member states got under way today at the Edelweiss training "
        "ground near the town of Balykchy in Issyk-Kul region.\n\n"
        "Read also:\n\n- Cholpon-Ata to host World Nomad Games preparatory meeting\n"))
    assert (ev["start_date"], ev["city"]) == ("2022-08-03", "Balykchy")


def test_a_read_also_list_is_other_news(tmp_path):
    """Headlines under 'Read also:' are other stories: their cities and meetings are not this event's."""
    ev, _ = _event(tmp_path, (
        "CSTO special exercise kicks off\n\n03.08.2022 15:26\n\n"
        "A joint special tactical exercise of the CSTO member states will run until 5 August.\n\n"
        "Read also:\n\n- Cholpon-Ata to host World Nomad Games preparatory meeting\n"))
    assert pd.isna(ev["city"]) or ev["city"] is None


def test_an_exercise_under_way_has_the_days_a_later_sentence_gives_it(tmp_path):
    """'is under way' in the lead dates nothing by itself when the next sentence says when it began and until when
    it runs: those days, not the day of publication."""
    ev, _ = _event(tmp_path, (
        "Joint anti-terror exercise under way\n\n10.10.2022\n\n"
        "A joint anti-terrorist exercise of SCO member states is under way at a training base near Almaty.\n\n"
        "The drills kicked off on October 8 and will run until October 13, the organisers said.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2022-10-08", "2022-10-13")


def test_today_s_conference_is_an_event_of_the_day_whatever_its_verb(tmp_path):
    """'Today's conference at the European Endowment for Democracy in Brussels will present ...': no holding verb,
    no date, but the event of the day of publication, where the sentence places it."""
    ev, _ = _event(tmp_path, (
        "EU steps up support to prevent violent extremism in Central Asia\n\n"
        "Press release | 11 September 2019 | Brussels\n\n"
        "An extra EUR 4 million has been mobilised by the European Commission for media literacy in Central Asia.\n\n"
        "Today's conference at the European Endowment for Democracy in Brussels will present the results of the "
        "first phase.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"], ev["event_type"]) == (
        "2019-09-11", "2019-09-11", "Brussels", "conference")


def test_today_in_a_dated_dateline_is_the_dateline_s_day_and_a_convening_is_a_meeting(tmp_path):
    """'BISHKEK, 29 September 2025 - A regional convening that opened in Bishkek today', distributed on 30
    September: the convening opened on the 29th."""
    ev, _ = _event(tmp_path, (
        "09/30/2025 | Press release | Distributed on 09/30/2025 06:59\n\n"
        "Central Asian governments meet in Bishkek on returnee children\n\n"
        "BISHKEK, 29 September 2025 - A regional convening that opened in Bishkek today brings together "
        "government officials and child protection experts from across Central Asia.\n"))
    assert (ev["start_date"], ev["event_type"], ev["city"]) == ("2025-09-29", "meeting", "Bishkek")


def test_a_two_day_forum_that_got_under_way_today_ends_tomorrow(tmp_path):
    ev, _ = _event(tmp_path, (
        "Conference opens in Tashkent\n\n01.11.2017 16:05\n\n"
        "Tashkent, 1 November 2017 - The fifth scientific and practical conference of the RATS SCO got under way "
        "in the Uzbek capital today. The two-day forum will close tomorrow.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2017-11-01", "2017-11-02")


def test_began_early_this_morning_and_continues_until_a_later_day(tmp_path):
    """'this morning' is the day of writing; a later sentence saying how long the drill goes on gives its
    last day."""
    ev, tables = _event(tmp_path, (
        "Joint counter-terrorist exercise starts\n\n18/09/2018 11:40\n\n"
        "DUSHANBE, September 18 -- Troops of two countries early this morning began a joint anti-terrorist "
        "exercise at a training ground near Khujand.\n\n"
        "The drills will continue until September 22.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2018-09-18", "2018-09-22")
    reasons = " ".join(tables.evidence[tables.evidence.field == "end_date"].reasoning)
    assert "running until 22 September 2018" in reasons


def test_a_plan_opening_a_story_told_in_the_present_dates_and_places_the_event(tmp_path):
    """'will open tomorrow in the Turkish city of Antalya', then 'The forum is organized by ..., headquartered
    in Ashgabat': the plan's day and city, not the dateline's city."""
    ev, _ = _event(tmp_path, (
        "Delegation to join UN regional forum on youth and preventing violent extremism\n\n"
        "19 December 2022 | Press release | Ashgabat\n\n"
        "Ashgabat - A regional forum on youth employment and the prevention of violent extremism will open "
        "tomorrow in the Turkish city of Antalya. Over three days the forum will bring together officials and "
        "young leaders from across Central Asia.\n\n"
        "The forum is organized by the United Nations Regional Centre for Preventive Diplomacy for Central Asia "
        "(UNRCCA), headquartered in Ashgabat, together with the United Nations Office of Counter-Terrorism.\n"))
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2022-12-20", "2022-12-22", "Antalya")


def test_a_pre_planned_drill_announced_for_today_above_a_paragraph_recalling_other_news(tmp_path):
    """'pre-planned' is not another planned event; 'Earlier, the agency reported that ... had conducted' is
    other news and does not make the story a report of the past."""
    ev, _ = _event(tmp_path, (
        "Capital to hold anti-terrorist drills today\n\n29 August 2023, 08:15\n\n"
        "The operational headquarters for combating terrorism has announced that an anti-terrorist exercise will "
        "be held in the capital.\n\n"
        "According to the notice, the headquarters will carry out the pre-planned exercise in Astana on August "
        "29, 2023, from 9 a.m. to 2 p.m.\n\n"
        "Earlier, the agency reported that the armed forces of two countries had conducted the second phase of "
        "joint military exercises at a training range.\n"))
    assert (ev["start_date"], ev["date_precision"]) == ("2023-08-29", "day")


def test_a_meeting_convened_now_that_opens_today_and_runs_until_a_day(tmp_path):
    """A story told in the present ("is convening") whose next paragraph says "The meeting opens today and will
    run until 19 September": today is the dateline's day, the written day is the last; a wire's later date
    above the story is not the day."""
    ev, _ = _event(tmp_path, (
        "Round table to convene\n\ndate 2025-09-23\n\n"
        "Bishkek, 16 September 2025 - The OSCE Programme Office in Bishkek is convening this year's national "
        "round table on non-proliferation.\n\n"
        "The meeting opens today and will run until 19 September 2025 at a hotel outside the capital.\n"))
    assert (ev["start_date"], ev["end_date"]) == ("2025-09-16", "2025-09-19")


def test_an_assessment_visit_carried_out_on_days_of_its_own_is_an_event(tmp_path):
    ev, _ = _event(tmp_path, (
        "CTED conducts follow-up assessment visit to Turkmenistan\n\n2024-12-18\n\n"
        "On behalf of the Counter-Terrorism Committee, the Counter-Terrorism Committee Executive Directorate (CTED) "
        "carried out a follow-up assessment visit to Turkmenistan from 9 to 13 December 2024.\n"))
    assert (ev["start_date"], ev["end_date"], ev["event_type"]) == ("2024-12-09", "2024-12-13", "other")


def test_a_programme_that_had_been_carried_out_is_no_event(tmp_path):
    tables = load_release(tmp_path, (
        "Government reviews programme\n\n13 March 2018\n\nASTANA – Ministers reviewed how the State Programme on "
        "Countering Religious Extremism for 2013-2017 had been carried out.\n"))
    assert tables.events.empty


def test_a_project_page_that_no_date_dates_is_no_event_even_with_its_country(tmp_path):
    """A project's page with no publication date and no year of its own activities ('The project now enters its
    third round ... we keep working with religious groups in Kyrgyzstan, holding workshops'): a profile, not a
    report of an event, though it names the country it works in."""
    tables = load_release(tmp_path, (
        "Peaceful Dialogue in Kyrgyzstan\n\nThe project now enters its third round. We keep working with civil "
        "society and religious groups to ease tensions.\n\nIt opens a space for reflection, dialogue and mutual "
        "understanding between groups of society that rarely meet.\n"))
    assert tables.events.empty


def test_a_project_page_placed_only_by_its_office_s_country_is_no_event(tmp_path):
    """'UNDP Kyrgyzstan > Projects' over a project's page that no date dates ('The project aims to encourage
    dialogue ...'): the country is only the office's, guessed; nothing reports an event."""
    tables = load_release(tmp_path, (
        "UNDP Kyrgyzstan > Projects\n\nStrengthening national capacities for conflict prevention\n\n"
        "[Photo: young people discussing ideas around a table]\n\nThe project supports local advisory councils in "
        "Kyrgyzstan. The project aims to widen their mandate and to encourage dialogue between civil society, the "
        "media and the authorities so that community needs are met and grievances resolved.\n"))
    assert tables.events.empty


def test_an_undated_report_that_says_where_its_event_was_held_is_kept(tmp_path):
    """No date anywhere, but 'has begun its work at the Ministry of Foreign Affairs of Turkmenistan': a report of
    an event (another release may date it), not a profile."""
    tables = load_release(tmp_path, (
        "Regional training course begins at the Ministry of Foreign Affairs of Turkmenistan\n\n"
        "A regional training course on border security has begun its work at the Ministry of Foreign Affairs of "
        "Turkmenistan. The course is organized by UNRCCA.\n"))
    assert len(tables.events) == 1 and tables.events.country_iso3.iloc[0] == "TKM"


def test_a_lecture_given_today_is_an_event_of_that_day(tmp_path):
    ev, _ = _event(tmp_path, (
        "More than 200 students attend lecture on extremism\n\nBishkek, 26.04.22. /Kabar/. A lecture on extremism "
        "was given today to more than 200 students of Jaiyl district, the police said.\n\n"
        "The lecture was held at the House of Culture in Kara-Balta.\n"))
    assert (ev["start_date"], ev["event_type"], ev["city"]) == ("2022-04-26", "other", "Kara-Balta")


def test_a_briefing_given_to_visitors_is_not_an_event_of_its_own(tmp_path):
    tables = load_release(tmp_path, (
        "Delegations visit the centre\n\n12 May 2022\n\nThe delegations were given a comprehensive briefing on the "
        "work of the centre.\n"))
    assert tables.events.empty


def test_an_exercise_due_to_take_place_today_is_an_event_of_that_day(tmp_path):
    """'is due to take place today' plans the event like 'will be held'."""
    ev, _ = _event(tmp_path, (
        "City to hold counter-terrorism drills today\n\n10:05, 13 February 2017\n\n"
        "ASTANA. KAZINFORM - A counter-terrorism exercise is due to take place in the capital today, the city "
        "department of internal policy said.\n\n"
        "Residents are asked not to panic and to follow the instructions of the officers involved.\n"))
    assert (ev["start_date"], ev["event_type"], ev["city"]) == ("2017-02-13", "exercise", "Astana")


def test_drills_under_way_are_an_exercise(tmp_path):
    ev, _ = _event(tmp_path, (
        "Counter-terrorism drills underway in Astana\n\n13 February 2017 14:32\n\n"
        "ASTANA. KAZINFORM – Drills aimed at preventing a terrorist attack are under way in the Kazakh capital, "
        "the city department of internal policy said.\n"))
    assert (ev["start_date"], ev["event_type"]) == ("2017-02-13", "exercise")


def test_an_announcement_filed_from_its_venue_that_names_no_day_is_an_event_of_that_month(tmp_path):
    ev, _ = _event(tmp_path, (
        "Probation officers to be trained\n\nMay 19, 2021\n\n"
        "Karakol, 19 May 2021 – The Probation Department of the Ministry of Justice, with the support of UNDP, will "
        "hold the second round of trainings on preventing extremism among probation clients.\n\n"
        "Twenty local probation officers will attend the three-day training course.\n"))
    assert (ev["date_precision"], ev["year"], ev["month"], ev["city"]) == ("month", 2021, 5, "Karakol")


def test_a_plan_without_a_dateline_that_names_no_day_is_no_event(tmp_path):
    t = load_release(tmp_path, (
        "Turkmenistan plans events with the OSCE\n\n22.01.2024\n\n"
        "According to an official source, Ashgabat will host an international conference on the role of "
        "neutral States in strengthening security.\n"))
    assert len(t.events) == 0


EVENT_PAGE = (
    "Bulan Institute for Peace Innovations · Geneva\n\n"
    "Good Practices of Rehabilitation of Children Repatriated from Syria: the Central Asian Experience\n\n"
    "Workshop for practitioners and diplomats\n\n"
    "Date: 5 August 2022\nFormat: ONLINE, 15h00 Geneva time\n\n"
    "Context\n\nMany women and children are held in camps in north-east Syria.\n\n"
    "The Bulan Institute is organizing this workshop to share good practices of Kazakhstan and Uzbekistan in "
    "rehabilitating child returnees.\n")


def test_an_event_page_told_in_the_present_is_an_event_on_its_date_field(tmp_path):
    """The page of one event: its organiser 'is organizing this workshop', its day and format are fields."""
    tables = one_event_tables(tmp_path, EVENT_PAGE)
    ev = tables.events.iloc[0]
    assert (ev["event_type"], _iso(ev["start_date"]), _iso(ev["end_date"])) == ("workshop", "2022-08-05", "2022-08-05")
    assert ev["format"] == "virtual"
    orgs = tables.event_organizations
    assert set(orgs[orgs.role == "organizer"].organization) == {"Bulan Institute"}


def test_a_date_field_without_the_event_s_other_fields_stays_the_page_s_date(tmp_path):
    text = EVENT_PAGE.replace("Format: ONLINE, 15h00 Geneva time", "").replace("is organizing", "organized")
    ev = one_event_tables(tmp_path, text).events.iloc[0]
    assert ev["format"] == "in-person" and ev["date_precision"] == "month"


KUWAIT_PHASE = (
    "KUWAIT TO HOST FOURTH HIGH-LEVEL CONFERENCE OF DUSHANBE PROCESS\n\n"
    "DUSHANBE, 03.11.2024 (NIAT Khovar) - The fourth high-level international conference of the Dushanbe Process "
    "will open tomorrow in the State of Kuwait.\n\n"
    "The two-day forum is held under the patronage of the Amir of Kuwait and is organised by Kuwait in cooperation "
    "with the Republic of Tajikistan and the United Nations Office of Counter-Terrorism (UNOCT).\n\n"
    "The previous three high-level conferences were held in Dushanbe in 2018, 2019 and 2022.\n\n"
    "On 5 November the participants are expected to adopt the Kuwait Declaration, which will sum up the "
    "discussions.\n")


def test_an_announcement_s_days_are_not_those_of_earlier_conferences_or_of_a_planned_adoption(tmp_path):
    ev, _ = _event(tmp_path, KUWAIT_PHASE)
    assert (ev["start_date"], ev["end_date"]) == ("2024-11-04", "2024-11-05")
    assert ev["country_iso3"] == "KWT"


def test_an_announcement_s_plans_name_its_participants(tmp_path):
    ev, tables = _event(tmp_path, (
        "Women professionals from Central Asia to meet in Tashkent\n\n02/06/2025\n\n"
        "The OSCE Project Co-ordinator in Uzbekistan will hold a Regional Expert Group Meeting in Tashkent on "
        "3 June.\n\nMembers of the Network from Kazakhstan, Kyrgyzstan and Tajikistan are expected to present "
        "national experience.\n"))
    assert {"KAZ", "KGZ", "TJK"} <= set(tables.event_countries.iso3)


def test_an_announcement_whose_day_is_only_in_the_statement_it_quotes(tmp_path):
    ev, _ = _event(tmp_path, (
        "Anti-terrorist exercises to be held in Nur-Sultan\n\n26.04.2021, 16:12\n\n"
        "Anti-terror exercises will take place in Nur-Sultan, the capital's operational headquarters has announced."
        "\n\n\"On April 27, from 8.00 to 11.00, the operational headquarters will conduct a planned anti-terrorist "
        "exercise on the premises of the Alau ice palace,\" the statement said.\n"))
    assert (ev["start_date"], ev["event_type"], ev["city"]) == ("2021-04-27", "exercise", "Astana")


def test_a_media_advisory_s_fields_announce_its_event(tmp_path):
    """'What: UNDP, together with the Government of Tajikistan, holds a panel discussion ... / When: 3 May 2018 /
    Where: National Library of Tajikistan, Dushanbe', published on 1 May: no sentence reports or plans the event
    in the past or future tense, but the page's fields announce it, two days ahead."""
    ev, _ = _event(tmp_path, (
        "Media advisory: Panel discussion on preventing violent extremism\n\n"
        "1 May 2018 | Dushanbe\n\n"
        "What: The United Nations Development Programme (UNDP), together with the Government of Tajikistan, holds a "
        "panel discussion entitled \"UN Support for Prevention of Violent Extremism\".\n\n"
        "When: 3 May 2018\n\n"
        "Where: National Library of Tajikistan, Dushanbe\n"
    ))
    assert (ev["start_date"], ev["city"]) == ("2018-05-03", "Dushanbe")


def test_a_story_opening_on_its_plan_days_ahead_is_an_announcement_whose_past_is_background(tmp_path):
    """'TAMPA - Forces ... will hold the exercise Regional Cooperation 2019 in Dushanbe, Tajikistan, from 5 to 16
    August', published on 5 August: its one report in the past ('The most recent exercise before this one took
    place in Tampa from 10 to 21 September 2018') is another edition."""
    ev, tables = _event(tmp_path, (
        "U.S. Central Command hosts Regional Cooperation 2019 exercise\n\nPress Release | Aug. 5, 2019\n\n"
        "TAMPA, Fla. - Forces of U.S. Central Command, together with forces from Tajikistan and Mongolia, will hold "
        "the annual command-post exercise Regional Cooperation 2019 in Dushanbe, Tajikistan, from 5 to 16 August.\n\n"
        "The series of exercises has been held every year since 2001. The most recent exercise before this one took "
        "place in Tampa from 10 to 21 September 2018.\n"))
    assert len(tables.events) == 1
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2019-08-05", "2019-08-16", "Dushanbe")


def test_a_section_label_with_a_date_is_no_sentence_about_the_event(tmp_path):
    """'Events · 29.07.2019' over the story is the page's section label and date: the summary of the event is the
    story's own first sentence about it."""
    ev, _ = _event(tmp_path, (
        "IWPR holds dialogue meetings on religious tolerance\n\nEvents · 29.07.2019\n\n"
        "Activists, women, doctors and teachers talked about ways of preventing violent extremism.\n\n"
        "The dialogue meetings were held in Khorog on July 17 and brought together 40 residents.\n"))
    assert ev["summary"].startswith("The dialogue meetings were held in Khorog")


SPEECH_PAGE = (
    "{headline}\n\n"
    "SPEECH\n\n"
    "12 March 2021, 10:00, Hyatt Regency\n\n"
    "Opening remarks by the UNDP Resident Representative in Kyrgyzstan\n\n"
    "Distinguished guests, dear colleagues,\n\n"
    "It is a pleasure to welcome you. Young people are the greatest resource of our region, and their voices "
    "matter for peace. I wish you fruitful discussions. Thank you.\n")


def test_a_speech_page_reports_the_event_its_headline_names(tmp_path):
    t = load_release(tmp_path, SPEECH_PAGE.format(headline="Regional youth consultation in Kyrgyzstan on preventing "
                                                  "violent extremism"), name="s.txt")
    ev = t.events
    assert len(ev) == 1
    assert ev.iloc[0].start_date.strftime("%Y-%m-%d") == "2021-03-12"
    assert ev.iloc[0].country_iso3 == "KGZ" and ev.iloc[0].event_type == "consultation"


def test_a_speech_page_whose_headline_names_no_event_reports_none(tmp_path):
    t = load_release(tmp_path, SPEECH_PAGE.format(headline="Statement on the International Day of Peace"),
                     name="s.txt")
    assert t.events.empty


@pytest.mark.parametrize("paid_for", ["has set aside 29.2 million KZT ($77,000) for training and re-training",
                                      "has allocated grants for trainings of"])
def test_what_money_is_set_aside_for_is_no_event(tmp_path, paid_for):
    t = load_release(tmp_path, (
        "Grant competition opened\n\nNUR-SULTAN, 21 January 2020 -- "
        f"The state {paid_for} outreach groups on religious literacy, a government agency said on 8 January.\n"))
    assert t.events.empty


def test_money_for_one_event_leaves_it_an_event(tmp_path):
    t = load_release(tmp_path, (
        "Workshop in Osh\n\nThe embassy allocated funds for a workshop held in Osh on 5 May 2020 for 30 teachers.\n"))
    assert len(t.events) == 1


@pytest.mark.parametrize("system", ["a system of certification and advanced training of imams began to take shape",
                                    "platforms for sustained dialogue between state bodies and communities began work"])
def test_a_system_or_platform_of_events_that_began_is_no_event(tmp_path, system):
    """A policy page telling what a previous strategy achieved: "a system of ... training ... began to take shape",
    "platforms for sustained dialogue ... began work" are institutions, not one event held."""
    t = load_release(tmp_path, (
        "President approves religious policy concept\n\nPublished: 2 October 2021\n\nThe concept notes that under "
        f"the previous strategy for 2014-2020 {system}.\n"))
    assert t.events.empty


def test_a_training_that_began_on_its_day_is_still_an_event(tmp_path):
    t = load_release(tmp_path, (
        "Imams trained\n\nPublished: 2 October 2021\n\nA training of imams on countering extremism began in Osh "
        "on 28 September 2021.\n"))
    assert len(t.events) == 1


ROUND_TABLE_PAGE = (
    "Programme 30.09.2021\n\n"
    "Date and time of the event: | 30.09.2021, 11:00 – 19:00\n\n"
    "Venue: | Republic of Kazakhstan, Nur-Sultan, Hilton Astana Hotel (EXPO), 46 Sauran Street, Meeting Room 3\n\n"
    "Online participation (Zoom): | Conference ID 225 722 2883\n\n"
    "Organizers: International Center for Geopolitical Forecasting; Association of Political Studies.\n\n"
    "International round table on the situation in Afghanistan\n\n"
    "An expert discussion of the new government in Afghanistan and of regional security in Central Asia.\n"
)


def test_an_event_page_s_fields_give_its_day_its_city_past_the_address_and_its_format(tmp_path):
    ev = one_event_tables(tmp_path, ROUND_TABLE_PAGE).events.iloc[0]
    assert ev["start_date"].strftime("%Y-%m-%d") == "2021-09-30"
    assert (ev["city"], ev["format"]) == ("Astana", "hybrid")


def test_an_event_page_without_a_way_to_join_online_is_in_person(tmp_path):
    text = ROUND_TABLE_PAGE.replace("Online participation (Zoom): | Conference ID 225 722 2883\n\n", "")
    assert one_event_tables(tmp_path, text).events.iloc[0]["format"] == "in-person"


def test_a_line_of_tags_closing_on_the_site_s_stamp_reports_no_event(tmp_path):
    """'special services, exercises, photo — Zakon.kz news of 15.10.2025 12:31': the page's tags and stamp name
    exercises and a day, but report none; the exercise announced for 16 October is of that day."""
    t = load_release(tmp_path, (
        "Kyzylorda residents asked to follow the authorities' instructions on 16 October\n\nPublished: 15.10.2025\n\n"
        "special services, exercises, photo — Zakon.kz news of 15.10.2025 12:31\n\n"
        "The Kyzylorda regional operational headquarters for combating terrorism has issued a warning about an "
        "operational-tactical exercise to be held in Kyzylorda, Zakon.kz reports.\n\n"
        "According to the statement, the exercise will take place on 16 October 2025 on the grounds of the Kyzylorda "
        "Higher Music College.\n"))
    assert list(t.events.start_date.dt.strftime("%Y-%m-%d")) == ["2025-10-16"]


@pytest.mark.parametrize("plan, day", [
    # a plan given only in hours, in a story of 14 May 2024 that names no day: that day
    ("on the territory of the vocational-technical college from 14:00 to 19:00, BAQ.KZ reports", "2024-05-14"),
    # (guard) a day and hours: of that day
    ("on 16 May, from 10.00 to 13.00, on the territory of the vocational-technical college", "2024-05-16"),
])
def test_a_plan_given_only_in_hours_is_for_the_day_it_was_announced(tmp_path, plan, day):
    """'Exercises will be conducted ... from 14:00 to 19:00', in a story of 14 May 2024 that names no day: that day;
    'on 16 May, from 10.00 to 13.00' is of 16 May."""
    t = load_release(tmp_path, (
        "Anti-terrorist exercises to be held in Kostanay region\n\n14 May 2024, 10:35\n\n"
        f"Exercises will be conducted by the district operational headquarters for combating terrorism {plan}.\n"))
    assert list(t.events.start_date.dt.strftime("%Y-%m-%d")) == [day]


def test_a_posting_line_naming_its_category_of_events_reports_no_event(tmp_path):
    """'Posted on 10 July 2018 · Category: National partners' events': the page's stamp names events and a day but
    reports none; the round table the story plans in Tashkent on 12 July is the page's event, held there."""
    t = load_release(tmp_path, (
        "Upcoming: round table on the General Assembly resolution on Central Asia\n\n"
        "Posted on 10 July 2018 · Category: National partners’ events\n\nWhen\n\nThursday, 12 July 2018\n\n"
        "A round table devoted to the resolution will take place in Tashkent on 12 July.\n"))
    ev = t.events.iloc[0]
    assert (ev["start_date"].strftime("%Y-%m-%d"), ev["city"]) == ("2018-07-12", "Tashkent")
