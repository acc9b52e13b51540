"""Coding dates (CODEBOOK.md, "Coding dates"): every written range form, days without a year,
relative days anchored on the publication date, month precision, the publication-date fallback.

Two levels: the date grammar (``find_dates``/``find_durations``/``resolve_year``) on single phrases,
and whole short releases through ``load_corpus`` to check the events row a user sees.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from release_helpers import load_release, one_event_tables

from data_loader.extract.dates import find_dates, find_durations, resolve_year


def _load(tmp_path: Path, text: str, name: str = "release.txt"):
    return load_release(tmp_path, text, name)


def _event(tmp_path: Path, text: str) -> pd.Series:
    tables = one_event_tables(tmp_path, text)
    return tables.events.iloc[0]


def _iso(value) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def _days(ev: pd.Series) -> tuple[str | None, str | None]:
    return _iso(ev["start_date"]), _iso(ev["end_date"])


# ---------------------------------------------------------------------------------------------
# the grammar, phrase by phrase
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "phrase, anchor, first, last",
    [
        ("on 4 - 7 March 2024", None, date(2024, 3, 4), date(2024, 3, 7)),
        ("on 4–7 March 2024", None, date(2024, 3, 4), date(2024, 3, 7)),
        ("17-18 December 2024", None, date(2024, 12, 17), date(2024, 12, 18)),
        ("from 3 to 5 June", date(2023, 6, 9), date(2023, 6, 3), date(2023, 6, 5)),
        ("30 November - 1 December 2023", None, date(2023, 11, 30), date(2023, 12, 1)),
        ("from 29 April to 2 May 2021", None, date(2021, 4, 29), date(2021, 5, 2)),
        ("June 5-6, 2023", None, date(2023, 6, 5), date(2023, 6, 6)),
        ("September 26 to 28, 2022", None, date(2022, 9, 26), date(2022, 9, 28)),
        ("between 18 and 19 October 2022", None, date(2022, 10, 18), date(2022, 10, 19)),
        ("November 30 - December 2, 2020", None, date(2020, 11, 30), date(2020, 12, 2)),
        ("on 12th of February 2019", None, date(2019, 2, 12), date(2019, 2, 12)),
        ("on Tuesday, 14 May 2024", None, date(2024, 5, 14), date(2024, 5, 14)),
        # ranges in figures (day first) and ISO ranges
        ("on 14.06.2022 – 16.06.2022", None, date(2022, 6, 14), date(2022, 6, 16)),
        ("on 14-16.06.2022", None, date(2022, 6, 14), date(2022, 6, 16)),
        ("from 30.11 to 02.12.2023", None, date(2023, 11, 30), date(2023, 12, 2)),
        ("on 28.12-03.01.2024", None, date(2023, 12, 28), date(2024, 1, 3)),
        ("on 2022-06-14 – 2022-06-16", None, date(2022, 6, 14), date(2022, 6, 16)),
        # "Sept" with its year, read in a later year's newsletter; a day in figures spaced after each mark
        ("on 6–27 Sept 2021", date(2023, 12, 15), date(2021, 9, 6), date(2021, 9, 27)),
        ("on 26. 09. 2021", date(2023, 12, 15), date(2021, 9, 26), date(2021, 9, 26)),
    ],
)
def test_range_forms_give_first_and_last_day(phrase, anchor, first, last):
    found = find_dates(f"The workshop took place {phrase} in Bishkek.", anchor=anchor)
    days = [d for d in found if d.precision == "day"]
    assert days, f"no date found in {phrase!r}"
    assert (days[0].first, days[0].last) == (first, last)


def test_range_across_new_year_without_years_takes_the_year_before_for_the_start():
    found = find_dates("held from 29 December to 2 January", anchor=date(2024, 1, 5))
    assert (found[0].first, found[0].last) == (date(2023, 12, 29), date(2024, 1, 2))


def test_day_without_year_takes_publication_year():
    (d,) = find_dates("on 27 September", anchor=date(2021, 10, 2))
    assert d.first == date(2021, 9, 27)
    assert d.has_year is False


def test_day_weeks_after_publication_falls_in_the_year_before():
    assert resolve_year(12, 28, date(2024, 1, 10)) == 2023
    (d,) = find_dates("on 28 December", anchor=date(2024, 1, 10))
    assert d.first == date(2023, 12, 28)


def test_day_just_after_publication_keeps_the_year():
    # a release issued on 12 June about "tomorrow, June 13" keeps 2023
    assert resolve_year(6, 13, date(2023, 6, 12)) == 2023


def test_iso_stamp_and_numeric_day_first():
    iso, num = find_dates("date 2024-09-13 and 12.03.2024")
    assert iso.first == date(2024, 9, 13)
    assert num.first == date(2024, 3, 12)


def test_month_year_is_month_precision():
    (d,) = find_dates("In July 2023, the partners met.")
    assert (d.precision, d.year, d.month, d.first) == ("month", 2023, 7, None)


@pytest.mark.parametrize("phrase, month", [
    ("C.1.1 | 06.2017 | Bishkek, Kyrgyzstan", (2017, 6)),  # a table's column of months in figures
    ("held in 11/2019 in Osh", (2019, 11)),
    ("decree No. 394 of 21.06.2017", None),  # (guard) a day in figures is a day
    ("version 1.2020 of the form", None),  # (guard) a month of one figure is no month
    ("tel. 312 62.2017 ext.", None),  # (guard) no month 62
])
def test_a_month_in_figures_is_month_precision(phrase, month):
    """'06.2017' in a table's date column: June 2017, the month only; a day in figures stays a day."""
    months = [(d.year, d.month) for d in find_dates(phrase) if d.precision == "month"]
    assert months == ([month] if month else [])


def test_a_span_under_way_on_the_anchor_s_day_is_of_its_year():
    """'From 14 July to 21 August', on a page of 15 July 2025: a course under way, not last year's (a span that has
    not begun by then is still read as last year's)."""
    (d,) = find_dates("From 14 July to 21 August", anchor=date(2025, 7, 15))
    assert (d.first, d.last) == (date(2025, 7, 14), date(2025, 8, 21))
    (d,) = find_dates("From 1 August to 30 September", anchor=date(2025, 7, 15))
    assert d.first.year == 2024


def test_a_day_followed_by_last_year_is_of_the_year_before(tmp_path):
    """'The fourth round convened in Dushanbe on 27 May last year', in a digest of July 2023: 27 May 2022."""
    ev = _event(tmp_path, ("The Afghan track\n\nPublished 4 July 2023\n\nThe fourth round of consultations convened "
                           "in Dushanbe on 27 May last year with delegations of eight countries.\n"))
    assert _days(ev) == ("2022-05-27", "2022-05-27")


@pytest.mark.parametrize("phrase, first_span", [
    ("June 24-28 and July 4-8, 2022", ("2022-06-24", "2022-06-28")),
    ("on 3-4 May and 10-12 June 2022", ("2022-05-03", "2022-05-04")),
    ("on 5 May and 10-12 June 2022", ("2022-05-05", "2022-05-05")),
])
def test_a_span_without_a_year_joined_to_a_dated_one_shares_its_year(phrase, first_span):
    """The year written once, after the second span, belongs to both: not the page's year (a post of 2023)."""
    found = find_dates(phrase, anchor=date(2023, 12, 31))
    assert [(d.first.isoformat(), d.last.isoformat()) for d in found][0] == first_span
    assert all(d.has_year for d in found)


@pytest.mark.parametrize("phrase, first, last", [
    ("on 15, 17 and 19 May 2023", "2023-05-15", "2023-05-19"),
    ("on 3, 4, 5 and 6 June 2023", "2023-06-03", "2023-06-06"),
])
def test_a_list_of_days_of_one_month_runs_from_its_first_day_to_its_last(phrase, first, last):
    """'a three-day workshop on 15, 17 and 19 May': from the 15th to the 19th, not only '17 and 19 May'."""
    (d,) = find_dates(phrase)
    assert (d.first.isoformat(), d.last.isoformat()) == (first, last)


def test_a_span_without_a_year_alone_still_takes_the_anchor_s():
    """Guard: 'June 24-28 and July 4-8' writes no year at all; both spans are of the page's."""
    found = find_dates("June 24-28 and July 4-8", anchor=date(2023, 12, 31))
    assert [d.first.year for d in found] == [2023, 2023]
    assert not any(d.has_year for d in found)


def test_month_range_is_month_precision_of_the_first_month():
    (d,) = find_dates("between March and May 2022")
    assert (d.precision, d.year, d.month) == ("month", 2022, 3)


@pytest.mark.parametrize("phrase", ["on 12.03.2024 and 14.03.2024", "16.06.2022 - 14.06.2022",
                                    "2022-06-16 to 2022-06-14", "01.01.2022 - 01.06.2022"])
def test_two_days_in_figures_that_are_no_range_stay_two_days(phrase):
    days = find_dates(phrase)
    assert len(days) == 2 and all(d.first == d.last for d in days)


def test_impossible_dates_are_not_dates():
    assert [d for d in find_dates("on 31 February 2023") if d.precision == "day"] == []


@pytest.mark.parametrize(
    "phrase, days",
    [("a three-day training", 3), ("the two-day seminar", 2), ("a 5-day course", 5),
     ("a one-week course", 7), ("a four day workshop", 4), ("over three days", 3), ("a week-long course", 7),
     ("a weeklong seminar", 7), ("for two weeks", 14)],
)
def test_durations(phrase, days):
    assert [d for d, _, _ in find_durations(phrase)] == [days]


@pytest.mark.parametrize("phrase", ["Three days earlier, on July 20", "two weeks later", "ten days before the vote",
                                    "five days ago"])
def test_a_distance_in_time_is_no_duration(phrase):
    assert find_durations(phrase) == []


# ---------------------------------------------------------------------------------------------
# whole releases: what the events row says
# ---------------------------------------------------------------------------------------------

def test_release_range_with_spaced_dash(tmp_path):
    ev = _event(tmp_path, (
        "Regional workshop on prison management\n\n"
        "Published: 9 March 2024\n\n"
        "The UN Office of Counter-Terrorism organized a regional workshop on 4 - 7 March 2024 in Almaty "
        "for prison officials from Central Asia.\n\n"
    ))
    assert _days(ev) == ("2024-03-04", "2024-03-07")
    assert ev["date_precision"] == "day"
    assert (ev["year"], ev["month"]) == (2024, 3)
    assert ev["duration_days"] == 4
    assert _iso(ev["published_date"]) == "2024-03-09"


def test_release_two_day_range(tmp_path):
    ev = _event(tmp_path, (
        "Experts discuss terrorist financing risks\n\n"
        "UNODC convened an expert meeting in Bishkek on 17-18 December 2024 to review money-laundering "
        "typologies.\n\n"
    ))
    assert _days(ev) == ("2024-12-17", "2024-12-18")
    assert ev["duration_days"] == 2


def test_release_from_to_without_year_takes_publication_year(tmp_path):
    ev = _event(tmp_path, (
        "Training on border management concludes in Dushanbe\n\n"
        "Published: 8 June 2023\n\n"
        "From 3 to 5 June, the OSCE conducted a training course for border guards in Dushanbe.\n\n"
    ))
    assert _days(ev) == ("2023-06-03", "2023-06-05")
    assert ev["year"] == 2023


def test_release_range_across_months(tmp_path):
    ev = _event(tmp_path, (
        "Ashgabat hosts dialogue on counter-terrorism strategy\n\n"
        "A high-level dialogue was held in Ashgabat from 30 November - 1 December 2023, convened by UNRCCA.\n\n"
    ))
    assert _days(ev) == ("2023-11-30", "2023-12-01")
    assert (ev["year"], ev["month"]) == (2023, 11)


def test_release_us_style_range(tmp_path):
    ev = _event(tmp_path, (
        "Tabletop exercise tests crisis response\n\n"
        "On June 5-6, 2023, UNOCT held a tabletop exercise in Tashkent on protecting crowded places.\n\n"
    ))
    assert _days(ev) == ("2023-06-05", "2023-06-06")


def test_release_between_and_range(tmp_path):
    ev = _event(tmp_path, (
        "Seminar on rehabilitation of returnees\n\n"
        "Between 18 and 19 October 2022, a seminar was organized by UNODC in Osh on the reintegration of "
        "returnees.\n\n"
    ))
    assert _days(ev) == ("2022-10-18", "2022-10-19")


def test_release_day_without_year_takes_publication_year(tmp_path):
    ev = _event(tmp_path, (
        "Workshop on youth resilience\n\n"
        "Published: 2 October 2021\n\n"
        "On 27 September, UNOCT held a workshop in Khujand on preventing violent extremism among young "
        "people.\n\n"
    ))
    assert _days(ev) == ("2021-09-27", "2021-09-27")
    assert ev["duration_days"] == 1


def test_release_day_without_year_after_publication_is_last_year(tmp_path):
    ev = _event(tmp_path, (
        "Year-end review of the regional action plan\n\n"
        "Published: 12 January 2024\n\n"
        "On 21 December, representatives of the five Central Asian states met in Almaty for a meeting "
        "organized by UNRCCA.\n\n"
    ))
    assert _days(ev) == ("2023-12-21", "2023-12-21")
    assert ev["year"] == 2023


def test_release_concluded_today_a_three_day_training(tmp_path):
    ev = _event(tmp_path, (
        "UNOCT completes training for investigators\n\n"
        "8 August 2019\n\n"
        "The UN Counter-Terrorism Centre concluded today a three-day training for investigators in Bishkek.\n\n"
    ))
    assert _days(ev) == ("2019-08-06", "2019-08-08")
    assert ev["duration_days"] == 3


def test_the_headline_s_days_date_a_story_that_names_none(tmp_path):
    ev = _event(tmp_path, (
        "XII Meeting of the Heads of the National Anti-Terrorism Centers held in Moscow on 19-20 February 2019\n\n"
        "The Meeting gathered delegations of the security agencies of nine member states. The participants "
        "discussed the situation in the region and agreed coordinated measures.\n\nPublished: 21.02.2019\n"))
    assert _days(ev) == ("2019-02-19", "2019-02-20")


def test_the_days_of_a_digest_s_headline_are_not_an_event_s(tmp_path):
    tables = _load(tmp_path, (
        "Week in brief (1 - 7 September 2025)\n\n"
        "The OSCE held a training course for customs officers in Ashgabat in September.\n"))
    assert tables.events.iloc[0]["date_precision"] == "month"


@pytest.mark.parametrize("stamp, day", [("20 SEP 2021, 10:47", date(2021, 9, 20)), ("SEP 20, 2021", date(2021, 9, 20)),
                                        ("5 OCTOBER 2021", date(2021, 10, 5))])
def test_month_names_in_capitals(stamp, day):
    assert [d.first for d in find_dates(stamp)] == [day]


def test_a_weekday_a_statement_was_made_on_is_not_the_planned_event_s(tmp_path):
    tables = _load(tmp_path, (
        "Over 600 Russian troops to join SCO anti-terror drills in Orenburg\n\n"
        "Source: Xinhua | 2021-06-22 19:14:06\n\n"
        "YEKATERINBURG, Russia, June 22 (Xinhua) -- More than 600 servicemen will take part in Peace Mission 2021, "
        "the joint anti-terror drills of the SCO, which will be held in Orenburg, the district's press office said "
        "on Tuesday.\n"))
    assert tables.events.empty or tables.events.iloc[0]["date_precision"] != "day"


def test_the_days_of_a_delegation_s_trip_date_the_study_visit(tmp_path):
    ev = _event(tmp_path, (
        "Study visit on counter-terrorism in Germany\n12.11.2019\n\n"
        "From 28 to 30 October 2019, a delegation from the General Prosecutor's Office of the Republic of "
        "Kazakhstan travelled to Lower Saxony. The programme took the guests to the State Criminal Police Office. "
        "IRZ organised the study visit.\n"))
    assert _days(ev) == ("2019-10-28", "2019-10-30")


def test_a_course_of_weeks_that_ended_today_has_no_first_day(tmp_path):
    """Weeks are not counted in days (a course runs on working days, with breaks): the last day is known,
    the first is not, and the event is still dated to the day."""
    ev = _event(tmp_path, (
        "Border officers complete planning course\n\n14.05.2021\n\n"
        "Khujand, 13 May 2021 - Twenty border officers graduated today from a three-week course on operational "
        "planning organised by the OSCE.\n\n"
    ))
    assert _days(ev) == (None, "2021-05-13")
    assert ev["date_precision"] == "day" and ev["month"] == 5
    assert ev["duration_days"] == 21


def test_release_opened_yesterday_two_day_seminar(tmp_path):
    ev = _event(tmp_path, (
        "Seminar on cyber threats opens in Astana\n\n"
        "Published: 15 April 2022\n\n"
        "A two-day seminar on cybersecurity opened yesterday in Astana, organized by the OSCE.\n\n"
    ))
    assert _days(ev) == ("2022-04-14", "2022-04-15")


def test_release_tomorrow_with_explicit_date(tmp_path):
    ev = _event(tmp_path, (
        "Consultation on national action plan\n\n"
        "Published: 12 June 2023\n\n"
        "UNOCT and the Government of Tajikistan hold a national consultation in Dushanbe tomorrow, June 13, "
        "on the draft national strategy.\n\n"
    ))
    assert _days(ev) == ("2023-06-13", "2023-06-13")


def test_release_month_precision(tmp_path):
    ev = _event(tmp_path, (
        "Partners review progress of regional plan\n\n"
        "In July 2023, UNRCCA organized a regional meeting in Tashkent on the Joint Plan of Action.\n\n"
    ))
    assert ev["date_precision"] == "month"
    assert (ev["year"], ev["month"]) == (2023, 7)
    assert _days(ev) == (None, None)


def test_release_without_event_date_takes_month_of_publication(tmp_path):
    ev = _event(tmp_path, (
        "Border officers trained on detecting forged documents\n\n"
        "Published: 19 May 2021\n\n"
        "UNOCT organized a training course in Osh for border officers on detecting forged travel "
        "documents.\n\n"
    ))
    assert ev["date_precision"] == "month"
    assert (ev["year"], ev["month"]) == (2021, 5)
    assert _days(ev) == (None, None)
    assert _iso(ev["published_date"]) == "2021-05-19"


def test_release_date_stamp_at_head_is_the_publication_date(tmp_path):
    ev = _event(tmp_path, (
        "date 2024-09-13\n\n"
        "Workshop on countering terrorist use of drones\n\n"
        "UNOCT held a workshop on unmanned aircraft systems in Almaty on 10-11 September 2024.\n\n"
    ))
    assert _iso(ev["published_date"]) == "2024-09-13"
    assert _days(ev) == ("2024-09-10", "2024-09-11")


def test_release_date_stamp_alone_gives_month_precision(tmp_path):
    ev = _event(tmp_path, (
        "date 2024-09-13\n\n"
        "Workshop on countering terrorist use of drones\n\n"
        "UNOCT held a workshop on unmanned aircraft systems in Almaty.\n\n"
    ))
    assert _iso(ev["published_date"]) == "2024-09-13"
    assert ev["date_precision"] == "month"
    assert (ev["year"], ev["month"]) == (2024, 9)
    assert _days(ev) == (None, None)


def test_release_month_range(tmp_path):
    ev = _event(tmp_path, (
        "Mentoring programme for prosecutors\n\n"
        "Between March and May 2022, UNODC conducted a series of training sessions for prosecutors in "
        "Tashkent.\n\n"
    ))
    assert ev["date_precision"] == "month"
    assert (ev["year"], ev["month"]) == (2022, 3)
    assert _days(ev) == (None, None)


def test_release_dateline_date_is_publication_not_event(tmp_path):
    ev = _event(tmp_path, (
        "Dialogue on rehabilitation in prisons\n\n"
        "ALMATY, 14 November 2022 – UNOCT held a dialogue on prison rehabilitation in Almaty on 10 November "
        "2022.\n\n"
    ))
    assert _iso(ev["published_date"]) == "2022-11-14"
    assert _days(ev) == ("2022-11-10", "2022-11-10")


def test_release_date_between_the_dateline_s_dashes_is_the_publication(tmp_path):
    ev = _event(tmp_path, (
        "Termez, Uzbekistan – 17 May 2023 – UNOCT and the Government of Uzbekistan convened a national "
        "consultation on the rehabilitation of returnees in Termez yesterday.\n\n"
    ))
    assert _iso(ev["published_date"]) == "2023-05-17"
    assert _days(ev) == ("2023-05-16", "2023-05-16")
    assert ev["city"] == "Termez"


def test_without_a_publication_date_days_without_a_year_take_the_year_of_the_story_s_first_day(tmp_path):
    ev = _event(tmp_path, (
        "Uzbekistan hosts conference on regional security\n\n"
        "TASHKENT, 26 July 2022 (UzA). The international conference on security and development was held in "
        "Tashkent on 25-26 July with delegations from Central Asian states.\n\n"
    ))
    assert _days(ev) == ("2022-07-25", "2022-07-26")


def test_background_dates_do_not_date_the_event(tmp_path):
    ev = _event(tmp_path, (
        "Workshop on border security in Bishkek\n\n"
        "Published: 3 March 2023\n\n"
        "UNOCT held a workshop on border security in Bishkek on 1 March 2023.\n\n"
        "Background\n\n"
        "The United Nations Counter-Terrorism Centre was established in 2011. A first workshop was held "
        "on 5 May 2012 in Vienna.\n\n"
    ))
    assert _days(ev) == ("2023-03-01", "2023-03-01")


@pytest.mark.parametrize(
    "phrase, first, last",
    [
        ("on 4th-7th March 2024", "2024-03-04", "2024-03-07"),
        ("from March 4 to March 7, 2024", "2024-03-04", "2024-03-07"),
        ("on 4 to 7 March, 2024", "2024-03-04", "2024-03-07"),
        ("on 15–17 May 2024", "2024-05-15", "2024-05-17"),
    ],
)
def test_release_more_range_spellings(tmp_path, phrase, first, last):
    ev = _event(tmp_path, (
        "Workshop on community policing in Bishkek\n\n"
        f"UNOCT held a workshop on community policing in Bishkek {phrase}.\n"
    ))
    assert _days(ev) == (first, last)


def test_release_two_days_joined_by_and_without_year(tmp_path):
    ev = _event(tmp_path, (
        "Dialogue on rehabilitation programmes\n\n"
        "Published: 3 October 2022\n\n"
        "On 28 and 29 September, UNOCT held a dialogue on rehabilitation programmes in Bishkek.\n"
    ))
    assert _days(ev) == ("2022-09-28", "2022-09-29")


def test_release_range_with_weekdays(tmp_path):
    ev = _event(tmp_path, (
        "Workshop on community policing in Bishkek\n\n"
        "UNOCT held a workshop on community policing in Bishkek from Monday 13 to Wednesday 15 March 2023.\n"
    ))
    assert _days(ev) == ("2023-03-13", "2023-03-15")


@pytest.mark.parametrize(("text", "day"), [
    # 14 September 2023 was a Thursday: "on Tuesday" in that release is 12 September
    ("On Tuesday, UNOCT held a one-day workshop in Bishkek on soft targets.", "2023-09-12"),
    ("UNODC organized a seminar in Osh last Thursday for 20 prosecutors.", "2023-09-14"),
    ("UNRCCA will hold a briefing in Ashgabat next Monday for diplomats.", "2023-09-18"),
    # "last week" after the weekday: that day of the week before the release's
    ("On Wednesday last week, UNOCT held a one-day workshop in Bishkek on soft targets.", "2023-09-06"),
    ("On Friday of the previous week, UNOCT held a one-day workshop in Bishkek on soft targets.", "2023-09-08"),
])
def test_a_weekday_is_anchored_on_the_publication_date(tmp_path, text, day):
    ev = _event(tmp_path, f"Weekday release\n\nPublished 14 September 2023\n\n{text}\n")
    assert _days(ev) == (day, day)
    assert ev["date_precision"] == "day"


@pytest.mark.parametrize(("published", "days"), [
    ("20 May 2020", ("2020-05-16", "2020-05-17")),  # a Wednesday: the Saturday and Sunday before it
    ("18 May 2020", ("2020-05-16", "2020-05-17")),  # a Monday
    ("16 May 2020", ("2020-05-09", "2020-05-10")),  # a Saturday: the weekend before this one
])
def test_last_weekend_is_the_saturday_and_sunday_before_the_publication_date(tmp_path, published, days):
    ev = _event(tmp_path, f"Drills at the base\n\nPublished {published}\n\nAnti-terrorist exercises of the "
                          "counter-terrorism units took place in Dushanbe last weekend, the press service reports.\n")
    assert _days(ev) == days
    assert ev["date_precision"] == "day"


def test_the_nth_day_of_an_event_named_by_a_weekday_gives_its_first_day(tmp_path):
    """'The Eurasian Group met for its second day in Indore on Tuesday' (26 November 2024), of a five-day meet: it
    began on the Monday and ends on the Friday, not five days up to the Tuesday."""
    ev = _event(tmp_path, (
        "Indore meet, day two\n\nPublished 26 November 2024\n\n"
        "The Eurasian Group met for its second day in Indore on Tuesday. Speaking at the five-day meeting on Tuesday, "
        "the director said that strategies against terrorist financing were on the agenda.\n"))
    assert _days(ev) == ("2024-11-25", "2024-11-29")


def test_a_date_line_with_a_section_name_is_the_publication_date(tmp_path):
    ev = _event(tmp_path, (
        "Officials meet on terrorist financing\n\n"
        "12 March 2024 Peace and Security\n\n"
        "The workshop, held in Bishkek from 5 to 7 March, was organized by UNOCT for 30 officials.\n"
    ))
    assert _iso(ev["published_date"]) == "2024-03-12"
    assert _days(ev) == ("2024-03-05", "2024-03-07")


@pytest.mark.parametrize("phrase, day", [
    ("2024/03/12", date(2024, 3, 12)), ("2024.03.12", date(2024, 3, 12)),  # year first, any one mark
    ("03/25/2024", date(2024, 3, 25)),  # no 25th month: written month first
    ("25/03/2024", date(2024, 3, 25)),
])
def test_numeric_dates_year_first_and_month_first(phrase, day):
    (d,) = find_dates(f"Published {phrase}")
    assert d.first == day


@pytest.mark.parametrize("phrase", ["2024/03-12", "v2024.03.12.1", "1.2.2024.05.06"])
def test_figures_that_are_no_date(phrase):
    assert find_dates(phrase) == []


def test_a_duration_in_words_with_an_end_day(tmp_path):
    ev = _event(tmp_path, (
        "OSCE course on countering terrorist financing\n\n01.03.2019 16:40\n\n"
        "A week-long OSCE course for financial analysts concluded in Dushanbe on February 27.\n"))
    assert _days(ev) == ("2019-02-21", "2019-02-27")


@pytest.mark.parametrize("text, year, month", [
    ("The first course in the series took place in September in Ashgabat.", 2022, 9),
    ("In May, the OSCE held a seminar for prosecutors in Ashgabat.", 2022, 5),
    ("The OSCE held a seminar for prosecutors in Ashgabat in mid-December.", 2021, 12),  # after publication
])
def test_a_month_without_a_year_is_read_against_the_publication_date(tmp_path, text, year, month):
    ev = _event(tmp_path, f"OSCE courses in Turkmenistan\n\nPublishing date: 6 October 2022\n\n{text}\n")
    assert (ev["date_precision"], ev["year"], ev["month"]) == ("month", year, month)
    assert _days(ev) == (None, None)


def test_without_a_publication_date_a_month_named_at_the_top_gives_the_year(tmp_path):
    ev = _event(tmp_path, (
        "Countering the Financing of Terrorism in Central Asia\n\n"
        "*OSCE newsletter for partners, issue 2/2019 (September 2019)*\n\n"
        "The OSCE and UNODC delivered a five-day course on investigation tools in Khujand from 25 to 29 June.\n"))
    assert _days(ev) == ("2019-06-25", "2019-06-29")


def test_a_numeric_date_with_dashes():
    """'17-10-2018, 13:28' under a byline: day, month and year joined by dashes (the same separator twice)."""
    found = find_dates("17-10-2018, 13:28")
    assert [(d.first, d.kind) for d in found] == [(date(2018, 10, 17), "numeric")]
    assert all(d.first != date(2018, 10, 17) for d in find_dates("17-10/2018"))  # two different separators


def test_a_two_digit_year_only_in_a_stamp_with_its_time():
    """'20/09/23 11:47, Bishkek - 24.kg': a stamp; '20/09/23' alone in prose is not read as a date."""
    assert [d.first for d in find_dates("20/09/23 11:47, Bishkek - 24.kg news agency")] == [date(2023, 9, 20)]
    assert find_dates("the ratio was 20/09/23 in the survey") == []


def test_an_event_under_way_is_on_the_day_of_publication(tmp_path):
    """'The first CIS conference ... is under way at the Ala-Archa state residence' on a page stamped
    20/09/23 11:47: that day, inferred."""
    t = one_event_tables(tmp_path, (
        "Bishkek hosts conference on combating terrorism\n\n20/09/23 11:47, Bishkek - 24.kg news agency\n\n"
        "The first CIS conference on combating terrorism and extremism is under way in Bishkek.\n"))
    ev = t.events.iloc[0]
    assert ev["start_date"].strftime("%Y-%m-%d") == "2023-09-20" and ev["date_precision"] == "day"
    why = t.evidence[t.evidence["field"] == "start_date"]
    assert set(why["confidence"]) == {"inferred"}


@pytest.mark.parametrize("reported", ["reported on Friday, November 16", "announced on Friday",
                                      "spokesman said on November 16 that it went well",
                                      "said in a November 16 statement"])
def test_the_day_the_news_was_given_out_is_not_the_event_s(tmp_path, reported):
    tables = one_event_tables(tmp_path, (
        "Police officers complete a counterterrorism course in Dushanbe\n\n17 November 2018, 11:40\n\n"
        f"ASTANA. KAZINFORM - Officers from Kazakhstan and Tajikistan have completed a training course in Dushanbe "
        f"funded by the United States, the US Embassy {reported}.\n"))
    ev = tables.events.iloc[0]
    assert ev["date_precision"] == "month" and pd.isna(ev["start_date"])


def test_the_day_of_a_decision_the_event_follows_is_not_the_event_s(tmp_path):
    """'In pursuance of the decision of the Council of 8 September 2023, ... conducted the exercise': the
    day of the act, not of the exercise, which this note dates only by its publication."""
    tables = one_event_tables(tmp_path, (
        "Information note on the joint exercise\n\n23.07.2024 10:15\n\n"
        "Tashkent. In pursuance of the decision of the SCO RATS Council of 8 September 2023, the competent "
        "authorities of the SCO member states prepared and conducted a joint counter-terrorism exercise in "
        "Urumqi.\n"))
    ev = tables.events.iloc[0]
    assert ev["date_precision"] == "month" and (ev["year"], ev["month"]) == (2024, 7)


def test_a_caption_s_one_day_gives_way_to_the_story_s_span_that_holds_it(tmp_path):
    ev = _event(tmp_path, (
        "Journalists learn how to cover extremism\n\n2018-02-28\n\n"
        "Journalists work in groups on February 27 during a three-day training session in Bishkek on covering "
        "extremism.\n\n"
        "BISHKEK -- Twenty-three journalists gathered in Bishkek Monday through Wednesday (February 26-28) for a "
        "course on countering extremist propaganda.\n"))
    assert _days(ev) == ("2018-02-26", "2018-02-28")


def test_a_stage_that_runs_over_days_told_in_the_present_dates_the_event(tmp_path):
    ev = _event(tmp_path, (
        "CIS security services start two-stage exercise\n\n10:15, 24 May 2017 | GMT +6\n\n"
        "MOSCOW. KAZINFORM - Security agencies of six CIS member states are now taking part in the first stage of "
        "a joint counterterrorism exercise.\n\nInvolved are special units of six security services.\n\n"
        "The drill has been named Dushanbe-Antiterror 2017. It is planned in two stages.\n\n"
        "The first stage runs from 23 to 26 May.\n"))
    assert _days(ev) == ("2017-05-23", "2017-05-26")


def test_a_caption_s_day_that_another_sentence_says_the_event_ended_on_is_its_last_day(tmp_path):
    ev = _event(tmp_path, (
        "Kazakh officials learn to rehabilitate violent extremist prisoners\n\n2019-07-29\n\n"
        "Participants in a workshop on the rehabilitation of prisoners gather in Nur-Sultan July 26.\n\n"
        "NUR-SULTAN -- Kazakh prison officials have completed a three-day workshop on rehabilitating prisoners "
        "convicted of violent extremist crimes.\n\n"
        "The workshop, supported by the OSCE, concluded Friday (July 26), the OSCE said.\n"))
    assert _days(ev) == ("2019-07-24", "2019-07-26")


@pytest.mark.parametrize("text, day", [("Bishkek, 03.03.23. /Kabar/. About 150 officers", date(2023, 3, 3)),
                                       ("Osh, 12.05.21 - The course", date(2021, 5, 12))])
def test_a_two_digit_year_in_a_dateline(text, day):
    assert [d.first for d in find_dates(text)] == [day]


@pytest.mark.parametrize("text", ["see items 3.3.23 and 4.1.2", "Sections 1, 2.3.23 and 4"])
def test_a_two_digit_year_elsewhere_is_no_date(text):
    assert find_dates(text) == []


def test_last_month_is_the_month_before_publication(tmp_path):
    t = one_event_tables(tmp_path, (
        "UNODC trainers hold five-day course for prison officers\n\nSecurity | 06 October 2017 11:40\n\n"
        "BISHKEK - A five-day training for employees of the State Penitentiary Service was held in Bishkek late "
        "last month, UNODC told reporters.\n"))
    ev = t.events.iloc[0]
    assert (ev["date_precision"], ev["year"], ev["month"]) == ("month", 2017, 9)


def test_a_two_day_conference_that_came_to_a_close_on_a_day_began_the_day_before(tmp_path):
    ev = _event(tmp_path, (
        "Border management conference ends in Almaty\n\n7 November 2019\n\n"
        "A two-day conference on border management, held by the OSCE, came to a close in Almaty on 6 November 2019. "
        "More than 30 participants took part.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2019-11-05", "2019-11-06")


def test_a_summit_to_be_held_later_does_not_date_the_session_held_online(tmp_path):
    ev = _event(tmp_path, (
        "Specialized meeting concludes its series of sessions\n\n20 September 2022\n\n"
        "The fifth session of the Specialized Meeting on counter-terrorism took place online. "
        "The Chairmanship intends to have the plan finalized in time for the Sixth Summit, to be held in Astana "
        "on 12–13 October 2022.\n"))
    assert _iso(ev["start_date"]) != "2022-10-12"
    assert (ev["format"], ev["month"]) == ("virtual", 9)  # the month of the release, not of the summit


def test_a_banner_of_a_summit_to_be_held_names_neither_the_day_nor_the_place_of_the_event(tmp_path):
    ev = _event(tmp_path, (
        "Conference on regional security\n\n15 July 2021\n\n"
        "Main news: Sixth Summit to be held in Astana on 12 October 2022.\n\n"
        "A conference on regional security and counter-terrorism took place on 14 July 2021 with experts of 17 "
        "member states.\n"))
    assert _iso(ev["start_date"]) == "2021-07-14"
    assert pd.isna(ev["city"]) or ev["city"] != "Astana"


def test_a_workshop_that_opened_on_a_day_and_will_continue_until_another(tmp_path):
    ev = _event(tmp_path, (
        "Workshop on security of regional infrastructure opens in Mary\n\n10.02.2020\n\n"
        "A joint workshop on the security of regional infrastructure opened in the city of Mary on 10 February 2020. "
        "Officials of the ministries of foreign affairs and energy take part.\n\n"
        "On the first day the two sides reviewed regional infrastructure projects.\n\n"
        "The workshop will continue until 12 February.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2020-02-10", "2020-02-12")


def test_the_event_named_again_by_its_last_word_gives_the_days(tmp_path):
    """'has returned from a three-day study tour to Paris ... The tour, which ran from 20 to 22 November 2023, was
    organized by ...': "the tour" is the study tour named a sentence before, and its days are the event's, not
    the page's date line."""
    ev = _event(tmp_path, (
        "Officials examine French approach to protecting public spaces\n\n"
        "Date: 24 November 2023\n"
        "Place: Paris, France\n\n"
        "A group of officials from Tajikistan has returned from a three-day study tour to Paris devoted to "
        "protecting crowded places.\n\n"
        "The tour, which ran from 20 to 22 November 2023, was organized by the OSCE Programme Office in Dushanbe.\n"
    ))
    assert _days(ev) == ("2023-11-20", "2023-11-22")


def test_a_tour_not_named_before_is_no_event(tmp_path):
    """'The tour of the new border post' names no event a sentence before named: it reports nothing."""
    tables = load_release(tmp_path, (
        "Border post opens\n\n"
        "Astana, 3 May 2023. A new border post opened on the road to Bishkek.\n\n"
        "The tour of the building, which ran on 2 May 2023, was organized by the Border Service.\n"
    ))
    assert tables.events.empty


def test_a_for_reference_paragraph_is_background_and_an_opening_ceremony_dates_the_event(tmp_path):
    """'The opening ceremony was held on 20 February' dates the exercise that "has started"; the paragraph
    'For reference: ... The first exercise took place from 4 to 13 November 2019 ...' is background, as a
    'Background:' paragraph is."""
    ev = _event(tmp_path, (
        "Joint exercise has started in India\n\n"
        "21.02.2023\n\n"
        "A contingent of 45 servicemen arrived in New Delhi to take part in the joint exercise, scheduled for "
        "February-March of this year.\n\n"
        "The opening ceremony was held on 20 February.\n\n"
        "For reference: the joint exercises have been held since 2019. The first exercise took place from 4 to 13 "
        "November 2019 at the Chirchiq training ground in Tashkent region.\n"
    ))
    assert _days(ev)[0] == "2023-02-20"


def test_an_opening_ceremony_under_a_headline_naming_no_event_reports_none(tmp_path):
    """'attended the opening ceremony of the football cup, held in Moscow on 14 June 2018': a ceremony is the
    occasion of an event only when the headline names one (an exercise, a training, ...)."""
    tables = load_release(tmp_path, (
        "President attends football cup in Moscow\n\n"
        "The President attended the opening ceremony of the football cup, held in Moscow on 14 June 2018.\n"
    ))
    assert tables.events.empty


def test_a_paragraph_recalling_earlier_news_does_not_date_the_event(tmp_path):
    """'Contingents are moving to Kyrgyzstan for the Rubezh-2025 exercise ... Recall that in December 2024 the
    Secretary General announced that Kyrgyzstan would host the exercise': the recalled news is another occasion;
    its month is not the exercise's. ('Earlier in the week, on 12 December, ... held' is the story's own day.)"""
    tables = load_release(tmp_path, (
        "Forces head to Issyk-Kul for Rubezh-2025 drills\n\n"
        "11.09.2025\n\n"
        "Bishkek, September 11. Contingents are moving to Kyrgyzstan for the Rubezh-2025 exercise, which will be "
        "held at the Edelweiss training centre.\n\n"
        "Recall that in December 2024 the Secretary General announced that Kyrgyzstan would host the exercise, "
        "which was held in the plan for 2025.\n"
    ))
    assert not ((tables.events["year"] == 2024) & (tables.events["month"] == 12)).any()


def test_the_year_of_the_seminar_a_course_followed_up_is_not_the_course_s(tmp_path):
    """'The course followed up the Online National Seminar on STEC – Phase 1, held for Turkmenistan in 2020', in a
    release of 3 May 2021 giving the course no date: 2020 is the first phase's; the course is of the release's
    month, guessed."""
    ev = _event(tmp_path, (
        "Customs officers strengthen their knowledge of export control\n\n03 May 2021\n\n"
        "UNODC held an Online National Seminar on Strategic Trade and Export Control - Phase 2 for officers of the "
        "State Customs Service of Turkmenistan. The course followed up the Online National Seminar - Phase 1, held "
        "for Turkmenistan in 2020.\n"))
    assert (ev["year"], ev["month"], ev["date_precision"]) == (2021, 5, "month")


@pytest.mark.parametrize("line, found", [("CABAR.asia | 07.06.19", "2019-06-07"), ("SECURITY DIGEST | 28/06/17", None),
                                         ("version | 1.2.3", None)])
def test_a_two_digit_year_closing_a_byline_after_the_site_s_name(line, found):
    """'CABAR.asia | 07.06.19': a byline's stamp with points and a two-digit year, after the site's name; not a
    figure with slashes or a version number."""
    days = [d.first.isoformat() for d in find_dates(line) if d.first]
    assert days == ([found] if found else [])


def test_a_month_years_before_a_wire_story_s_dateline_is_history_not_the_event_s(tmp_path):
    """'TASHKENT. July 23 (Interfax) - Delegates ... held a meeting in Tashkent ... The format was launched at
    talks held in Samarkand in November 2015': the story dates its meeting by its dateline, not by the month its
    background names."""
    ev = _event(tmp_path, (
        "Security group meets in Tashkent\n\n"
        "23 July 2018 15:41\n\n"
        "TASHKENT. July 23 (Interfax) - Delegates of the Security Working Group held a meeting in Tashkent to "
        "discuss how to counter extremism and terrorism in the region, the ministry said on Monday.\n\n"
        "The format was launched at talks held in Samarkand in November 2015.\n"
    ))
    assert (ev["year"], ev["month"]) == (2018, 7)


def test_the_day_an_exercise_continues_until_outweighs_its_count_of_days(tmp_path):
    """'opened the 14-day exercise ... on June 16 ... which continues until June 27': the day written, not 14 days."""
    ev = _event(tmp_path, (
        "Regional Cooperation 25 opens\n\nJune 18, 2025\n\n"
        "Close to 250 service members from Kazakhstan, Tajikistan and Uzbekistan opened the 14-day exercise Regional "
        "Cooperation 25 at Fort Hood on June 16.\n\n"
        "The Army National Guard is hosting the command post exercise, which continues until June 27.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2025-06-16", "2025-06-27")


def test_a_dateline_day_before_a_report_that_a_two_day_event_was_held_is_its_last_day(tmp_path):
    """'Chui oblast, 4 October 2025 – ... held a two-day workshop': the story was filed once the workshop was over."""
    ev = _event(tmp_path, (
        "Workshop on social cohesion\n\nOctober 6, 2025\n\n"
        "Chui oblast, 4 October 2025 – With support from UNDP, the National Agency for Religious Affairs held a "
        "two-day workshop on preventing radicalization.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2025-10-03", "2025-10-04")


def test_a_day_the_event_came_weeks_after_is_not_its_day(tmp_path):
    """'Weeks after taking over the chairmanship ... on October 28, 2021, India hosted a two-day practical seminar
    ... The Secretariat held the Practical Seminar from 7-8 December': the first day is the chairmanship's."""
    ev = _event(tmp_path, "India organises seminar on cyberspace security\n\nDec 11, 2021\n\n"
                "New Delhi [India], December 11 (ANI): Weeks after taking over the chairmanship of the Council on "
                "October 28, 2021, India hosted a two-day practical seminar on cyberspace security.\n\n"
                "The National Security Council Secretariat held the Practical Seminar from 7-8 December for "
                "delegates from SCO member states.\n")
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2021-12-07", "2021-12-08")


def test_no_seminar_that_took_place_is_no_event_sentence(tmp_path):
    """'no seminar took place in 2020 because of the pandemic' tells of a seminar that was not held: its sentence
    (with the city of an earlier one) says nothing of where this one was, which only the dateline gives."""
    ev = _event(tmp_path, "India organises seminar on cyberspace security\n\n"
                "New Delhi [India], December 11 (ANI): India hosted a practical seminar on cyberspace security from "
                "7 to 8 December for SCO delegates.\n\n"
                "The first was organised in Hyderabad in August 2019; no seminar took place in 2020 because of the "
                "pandemic.\n")
    assert ev["city"] == "New Delhi"


def test_the_month_something_still_going_on_began_is_not_the_event_s(tmp_path):
    ev = _event(tmp_path, (
        "Dialogue on religion and the state\n\n12 March 2018\n\n"
        "A project run since February 2017 by an NGO held a dialogue meeting in Osh on religion and the state.\n"))
    assert not (ev["year"] == 2017 and ev["month"] == 2)


def test_the_day_something_still_going_on_began_is_not_the_event_s(tmp_path):
    """'... the response to the Guide since it was placed online on 25 February 2019': the day the thing the speaker
    looks back on began, told in a since-clause, not the day of the workshop he opened."""
    ev = _event(tmp_path, (
        "Practitioners close a course on electronic evidence\n\nDecember 2019\n\n"
        "Vienna - UNODC held a workshop on electronic evidence in Vienna for practitioners from Central Asia.\n\n"
        "Opening the workshop, the Chief of the Branch recalled the response to the Guide since it was placed online "
        "on 25 February 2019.\n"))
    assert _iso(ev["start_date"]) != "2019-02-25" and not (ev["year"] == 2019 and ev["month"] == 2)


def test_the_event_s_own_start_told_in_a_since_clause_is_its_first_day(tmp_path):
    ev = _event(tmp_path, (
        "Special forces close a joint exercise\n\n12 September 2019\n\n"
        "Bishkek - The joint special tactical exercise of the special forces of Kyrgyzstan and Kazakhstan has been "
        "closed at a training centre in the Issyk-Kul region.\n\n"
        "Since the start of the exercise on September 2, the personnel have gone through tactical classes.\n"))
    assert _iso(ev["start_date"]) == "2019-09-02"


def test_a_page_dated_by_its_month_alone_dates_an_undated_event_to_that_month(tmp_path):
    """'December 2019' under the headline is the page's date, and nothing in the story dates the course: it is guessed
    to be of that month, as under a full publication date, rather than of a year some background sentence names."""
    ev = _event(tmp_path, (
        "Practitioners close a course on electronic evidence\n\nDecember 2019\n\n"
        "UNODC held a course on electronic evidence in Vienna for practitioners from Central Asia.\n\n"
        "The Guide the course was built on has been used by prosecutors since 2018.\n"))
    assert (ev["date_precision"], ev["year"], ev["month"]) == ("month", 2019, 12)


def test_days_without_a_year_take_the_year_of_the_event_s_name_on_an_undated_page(tmp_path):
    """No publication date and no year at the top: 'ICONS-2024' in the lead gives 'May 20-24' its year."""
    ev = _event(tmp_path, (
        "Kazakhstan to co-chair a conference on nuclear security in May\n\nNation\n\n"
        "ASTANA - Kazakhstan and Australia will jointly chair the International Conference on Nuclear Security "
        "(ICONS-2024) of the IAEA in Vienna on May 20-24, the ministry said.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2024-05-20", "2024-05-24")


def test_the_day_right_after_a_dateline_s_place_is_the_day_it_was_filed(tmp_path):
    ev = _event(tmp_path, (
        "First responders enhance skills\n\n21 May 2019\n\n"
        "THE HAGUE, Netherlands — 21 May 2019 — At a regional basic training course in Seoul, Republic of Korea, from "
        "13 – 17 May, first responders from 11 Asian states strengthened their capabilities.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2019-05-13", "2019-05-17")


def test_this_month_in_a_page_of_a_month_is_that_month(tmp_path):
    """A digest's issue of 'December 2019', with no day of publication: 'Earlier this month ... met in Vienna' is
    December."""
    ev = _event(tmp_path, (
        "CT DIGEST\n\nNews digest, Central Asia edition, Issue 24 · December 2019\n\n"
        "Practitioners wrap up a course on electronic evidence\n\n"
        "Earlier this month practitioners from Central Asia met in Vienna for a training on electronic evidence run "
        "by UNODC.\n"))
    assert (ev["date_precision"], ev["year"], ev["month"]) == ("month", 2019, 12)


def test_one_such_meeting_is_one_event_and_its_day_is_the_event_s(tmp_path):
    """'a number of useful meetings are being held. One such meeting was held today (13.04.2022)': one of them."""
    ev = _event(tmp_path, (
        "Meeting: countering extremism and terrorism\n\n13.04.2022\n\n"
        "On the initiative of the university's Department of Upbringing, a number of useful meetings are being held "
        "on countering extremism.\n\n"
        "One such meeting was held today (13.04.2022) in the large hall of the university for students.\n"))
    assert _iso(ev["start_date"]) == "2022-04-13" and ev["date_precision"] == "day"


def test_a_month_without_a_year_is_of_the_year_its_paragraph_opened_on(tmp_path):
    """A yearly report published in December 2021 about 2020: 'During 2020 the government worked with ... In
    November, representatives ... took part in the 33rd EAG plenary meeting' is November 2020, not 2021."""
    ev = _event(tmp_path, (
        "Country Reports on Terrorism 2020\n\nDecember 16, 2021\n\n"
        "Countering the Financing of Terrorism: During 2020 the government worked with the OSCE on countering "
        "terrorist financing. In November, representatives of the Ministry of Finance took part in the 33rd EAG "
        "plenary meeting, held by videoconference.\n"))
    assert (ev["year"], ev["month"]) == (2020, 11)


def test_a_year_told_in_passing_does_not_date_a_later_month(tmp_path):
    ev = _event(tmp_path, (
        "SCO special services step up contacts\n\nOctober 15, 2021\n\n"
        "TASHKENT - The Executive Committee of the SCO RATS held a meeting in Tashkent of the heads of the "
        "anti-terrorist units.\n\n"
        "The SCO is an organization founded in 2001. The SCO summit in Dushanbe in September launched the procedure "
        "for admitting Iran.\n"))
    assert ev["year"] == 2021


def test_the_day_a_yearly_day_falls_on_is_not_the_event_s(tmp_path):
    ev = _event(tmp_path, (
        "Round table on prisons\n\n17 July 2019\n\n"
        "Ahead of Nelson Mandela Day, observed every year on 18 July, UNODC held a two-day round table on prison "
        "reform in Bishkek.\n"))
    assert pd.isna(ev["start_date"]) and ev["month"] == 7


def test_the_day_an_anniversary_marks_is_not_the_event_s(tmp_path):
    """'... included sessions marking the 20th anniversary of the terrorist attacks of 11 September 2001': the day
    marked, not the symposium's."""
    ev = _event(tmp_path, (
        "Inspectors take part in AVSEC2021\n\n15 September 2021\n\n"
        "Staff of the Aviation Security Department attended the ICAO Global Aviation Security Symposium, held online "
        "this year. The programme included sessions marking the 20th anniversary of the terrorist attacks of "
        "11 September 2001.\n"))
    assert ev["year"] == 2021 and _days(ev) != ("2001-09-11", "2001-09-11")


def test_a_site_s_tagline_with_its_founding_year_dates_nothing(tmp_path):
    """'Independent news from the heart of Eurasia since 1999' under the site's name: a tagline, not the headline, so
    its year is not the page's; the workshop of 'January 9 and 10' is in 2017, the year of the date line."""
    ev = _event(tmp_path, (
        "The Times of Central Asia\nIndependent news from the heart of Eurasia since 1999\n\n"
        "Home | Kazakhstan | Kyrgyzstan | Tajikistan | Turkmenistan | Uzbekistan | Afghanistan | Economy | Opinion | "
        "Subscribe\n\nNews > Uzbekistan\n\n"
        "Cyber security workshop held in Tashkent\n\n12 January 2017 | Written by TCA | Hits: 418\n\n"
        "A two-day workshop on cyber security strategy took place in Tashkent on January 9 and 10.\n"))
    assert _days(ev) == ("2017-01-09", "2017-01-10")


def test_a_day_years_before_publication_gives_way_to_a_recent_one_of_a_later_sentence(tmp_path):
    """'The Agreement on the RATS was signed ... on 7 June 2002 at a meeting of the Council', then 'a meeting for
    students was arranged on July 21' on a page of 22.07.2022: the old day is background."""
    ev = _event(tmp_path, (
        "Students meet the leadership of the SCO RATS\n\n22.07.2022\n\n"
        "The Agreement on the RATS was signed in St. Petersburg on 7 June 2002 at a meeting of the Council of Heads of "
        "SCO Member States.\n\n"
        "A meeting for students of the university was arranged on July 21 at the Executive Committee in Tashkent.\n"))
    assert _days(ev) == ("2022-07-21", "2022-07-21")


def test_a_day_years_before_publication_is_kept_when_no_later_sentence_dates_the_event(tmp_path):
    ev = _event(tmp_path, (
        "Looking back at the founding meeting\n\n22.07.2022\n\n"
        "The founding meeting of the network was held in Tashkent on 7 June 2002 with 40 participants.\n"))
    assert _days(ev) == ("2002-06-07", "2002-06-07")


@pytest.mark.parametrize("when, day", [("today", "2021-05-18"), ("yesterday", "2021-05-17"),
                                       ("this week", None)])
def test_today_in_the_story_s_opening_sentence_dates_the_event_the_next_sentence_names(tmp_path, when, day):
    """'Nur-Sultan, 18 May 2021 - Members of the OSCE PA today examined ... The online hearing of the Assembly was
    held on the theme ...': the opening sentence tells the day, the next one names the event (a week is no day)."""
    ev = _event(tmp_path, "Experience presented at OSCE PA hearing\n\n18 May 2021\n\nNur-Sultan, 18 May 2021 - "
                          f"Members of the OSCE Parliamentary Assembly {when} examined the approach of Kazakhstan to "
                          "rehabilitation. The online hearing of the Assembly was held on the theme of prosecution.\n")
    got = ev["start_date"].strftime("%Y-%m-%d") if pd.notna(ev["start_date"]) else None
    assert got == day


def test_a_course_planned_to_run_for_days_from_its_opening_day_ends_that_many_days_on(tmp_path):
    """'The course is planned to run for ten days' tells how long this course lasts, not of another event that is
    planned."""
    ev = _event(tmp_path, (
        "Project Co-ordinator starts a training-of-trainers course on travel document security\n\n"
        "Published: 31 May 2017\n\n"
        "On 29 May the OSCE Project Co-ordinator in Uzbekistan opened a training course on travel document "
        "security in Tashkent. The course is planned to run for ten days and receives support from the OSCE.\n"))
    assert _days(ev) == ("2017-05-29", "2017-06-07")


def test_a_span_of_days_in_the_lead_before_the_sentence_naming_the_event_is_its_days(tmp_path):
    """'Experts ... spent the week of 16 to 20 May building their ability ...' then 'The training course was
    organized by ...': the lead tells when, the next sentence of its paragraph names the event."""
    ev = _event(tmp_path, (
        "Experts learn open-source digital forensics at OSCE course\n\n20 May 2022\n\n"
        "Participants work on a case study, May 2022.\n\n"
        "Experts from the law enforcement agencies of Kazakhstan and Uzbekistan spent the week of 16 to 20 May "
        "building their ability to investigate cybercrime. The training course was organized by the OSCE in "
        "Astana.\n"))
    assert _days(ev) == ("2022-05-16", "2022-05-20")


def test_a_single_day_in_the_lead_is_not_taken_for_the_event_s_days(tmp_path):
    """One day in a lead may be the day a story was filed or a day of something else: only a span is read."""
    ev = _event(tmp_path, (
        "Experts learn digital forensics\n\n20 May 2022\n\n"
        "Participants work on a case study, May 2022.\n\n"
        "On 3 May the ministry published its annual report on cybercrime. The training course was organized by "
        "the OSCE in Astana.\n"))
    assert ev["date_precision"] == "month"


@pytest.mark.parametrize("spent", ["spent part of March", "spent the first half of March", "spent most of March"])
def test_a_month_people_spent_at_a_course_is_the_event_s_month(tmp_path, spent):
    """'Officers ... spent part of March in Almaty learning ..., in a course run by the NNSA' (in a story of 20
    April): the course was held in March, and that sentence reports it."""
    ev = _event(tmp_path, (
        "US instructors train officers to detect nuclear smuggling\n\n20 April 2017\n\n"
        f"ALMATY (TCA) - Officers from four agencies {spent} in Almaty learning how to investigate the illicit "
        "movement of nuclear material, in a course run by the US National Nuclear Security Administration.\n\n"
        "Classroom lectures were combined with practical sessions.\n"))
    assert (ev["date_precision"], ev["year"], ev["month"], ev["city"]) == ("month", 2017, 3, "Almaty")


def test_a_day_to_come_that_the_sides_welcomed_is_not_the_day_of_the_meeting_reported(tmp_path):
    """'... at the fourth meeting of the Joint Working Group, held virtually earlier this month' and 'Both sides
    welcomed the holding of the conference in Dushanbe on 18-19 October 2022' (a story of 21 September): the
    conference is to come; the meeting is known to September."""
    ev = _event(tmp_path, (
        "India, Tajikistan reject double standards\n\n21.09.2022\n\n"
        "NEW DELHI (AKIpress) - India and Tajikistan condemned terrorism at the fourth meeting of the Joint Working "
        "Group on Counter-Terrorism, which was held virtually earlier this month.\n\n"
        "Both sides welcomed the holding of the high-level conference on border security in Dushanbe on 18-19 "
        "October 2022.\n"))
    assert (ev["date_precision"], ev["month"]) == ("month", 9)


@pytest.mark.parametrize(("written", "day"), [("2021-6-30", "2021-06-30"), ("2018/5/3", "2018-05-03"),
                                              ("2021-06-30", "2021-06-30")])
def test_a_year_first_date_with_a_one_figure_month_or_day_is_read(written, day):
    """'2021-6-30 14:46 | Society': a site's stamp with a month of one figure."""
    from data_loader.extract.dates import find_dates

    found = find_dates(f"{written} 14:46 | Society")
    assert [d.first.isoformat() for d in found] == [day]


@pytest.mark.parametrize(("written", "day"), [("8 february, 2022", "2022-02-08"), ("12 may 2023", "2023-05-12")])
def test_a_day_and_year_around_a_month_in_lower_case_are_a_date(written, day):
    """'8 february, 2022' over a university's news item: a month written in lower case is read between a day and
    a year; alone ('they may 2022 ...', 'the march') it is a word."""
    from data_loader.extract.dates import find_dates

    assert [d.first.isoformat() for d in find_dates(f"{written} Faculty of Law")] == [day]
    assert find_dates("they may 2022 hold a march") == [] or all(d.precision != "day" for d in
                                                                 find_dates("they may 2022 hold a march"))


def test_a_story_opening_on_its_dateline_with_the_event_is_dated_by_it(tmp_path):
    """'Dushanbe, 26 September 2024 – The UN Women office ... opened its doors ... for an open day', and no other
    day: the dateline's day is the event's (inferred)."""
    ev = _event(tmp_path, (
        "UN Women holds open day for peace dialogue\n\nPublished: 27 September 2024\n\n"
        "Dushanbe, 26 September 2024 – The UN Women office in Tajikistan opened its doors to local women leaders "
        "for an open day, a dialogue meeting on peace and security. More than 50 people took part.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"]), ev["date_precision"]) == ("2024-09-26", "2024-09-26", "day")


@pytest.mark.parametrize("lead", [
    "The Probation Department will hold the second round of trainings for probation officers.",
    "Eric Olerud congratulated officers on completing an antiterrorism course on the use of technology.",
    "UNDP has held a series of regional dialogues on preventing violent extremism.",
])
def test_a_dateline_over_a_plan_an_ending_or_a_series_does_not_date_the_event(tmp_path, lead):
    ev = _event(tmp_path, f"Training news\n\nPublished: 27 May 2021\n\nKarakol, 19 May 2021 – {lead}\n")
    assert (ev["date_precision"], _iso(ev["start_date"])) == ("month", None)


def test_an_exercise_today_from_evening_until_a_night_hour_of_the_next_day_spans_both(tmp_path):
    ev = _event(tmp_path, (
        "Region to hold anti-terrorist drills tonight\n\n31 October 2025 10:05\n\n"
        "An anti-terrorist exercise will be held in Pavlodar today, from 6:00 p.m. until 2:00 a.m. on 1 November, "
        "the police said.\n"))
    assert (_iso(ev["start_date"]), _iso(ev["end_date"])) == ("2025-10-31", "2025-11-01")


def test_an_announcement_s_past_exercises_with_their_own_day_and_place_are_events(tmp_path):
    """'will be held ... today' is announced; 'On 16 July ... announced the start of the exercise ... in Pavlodar'
    and 'Last year, on 31 October, the ... exercise took place in the Northern industrial zone of Pavlodar' are
    earlier events (the second in the year before); one that names no place is background."""
    t = load_release(tmp_path, (
        "Region to hold anti-terrorist drills tonight\n\n31 October 2025 10:05\n\n"
        "An anti-terrorist exercise will be held in Pavlodar today, from 6:00 p.m. until 2:00 a.m. on 1 November, "
        "the police said.\n\n"
        "On 16 July, the operational headquarters announced the start of the anti-terrorist exercise "
        "\"Shilde-Antiterror-2025\" in Pavlodar, held under the coordination of the Anti-Terrorism Centre. "
        "Last year, on 31 October, the \"Pavlodar-Antiterror-2024\" "
        "exercise took place in the Northern industrial zone of Pavlodar. An earlier exercise took place at a "
        "range on 10 September 2023.\n"))
    ev = t.events.sort_values("start_date")
    assert list(ev.start_date.dt.strftime("%Y-%m-%d")) == ["2024-10-31", "2025-07-16", "2025-10-31"]
    assert list(ev.city) == ["Pavlodar"] * 3


def test_a_photo_caption_s_day_does_not_date_the_event(tmp_path):
    """A caption with its credit over the story ('... talks to course participants ..., 6 June 2017. (OSCE/Eraj
    Asadulloev)') tells of a moment of a month-long course; the story's 'today closed' dates it."""
    ev = _event(tmp_path, (
        "Staff course for women leaders concludes in Dushanbe\n\n"
        "Natalia Spinu talks to course participants about responding to threats in cyberspace, 6 June 2017. "
        "(OSCE/Eraj Asadulloev)\n\n"
        "DUSHANBE, 9 June 2017 – The OSCE Border Management Staff College in Dushanbe today closed a staff course "
        "for women leaders.\n"))
    assert _iso(ev["end_date"]) == "2017-06-09"


@pytest.mark.parametrize("act", [
    "In accordance with letter No. 87-03-283 of the Ministry of Higher and Secondary Specialized Education of the "
    "Republic of Uzbekistan dated January 17, 2019, a meeting on extremism was held at the institute on "
    "February 5, 2019.",
    "Under the State Program for 2018-2020, approved by Prime Minister B. Sagintayev on January 17, 2019, a meeting "
    "on extremism was held at the institute on February 5, 2019."])
def test_the_day_a_document_was_dated_or_passed_is_not_the_event_s(tmp_path, act):
    ev = _event(tmp_path, f"Meeting on extremism at the institute\n\n06.02.2019\n\n{act}\n")
    assert _days(ev) == ("2019-02-05", "2019-02-05")


def test_a_meeting_that_approved_a_plan_on_its_day_is_dated_by_it(tmp_path):
    """The active voice: the meeting itself approved the plan on that day (guard)."""
    ev = _event(tmp_path, "Steering committee approves plan\n\n24.04.2024\n\nBishkek - The project's steering "
                          "committee met in Bishkek and approved the 2024 plan on April 23, 2024.\n")
    assert _days(ev) == ("2024-04-23", "2024-04-23")


def test_a_speech_today_at_the_opening_of_a_conference_dates_and_places_it(tmp_path):
    """'... the President said today at the opening of the international conference in Bishkek': the conference
    opened that day, though the sentence's verb is the speech's."""
    ev = _event(tmp_path, (
        "President: dogmatic attitude to Islam must be overcome\n\n12:41, 28 September 2017, Bishkek - news agency\n\n"
        "\u00abWe must overcome a superficial attitude to Islam and use it for the development of science and "
        "culture,\u00bb the President said today at the opening of the international conference on religion and "
        "extremism in Bishkek.\n"))
    assert _days(ev) == ("2017-09-28", "2017-09-28") and ev["city"] == "Bishkek"


def test_a_speech_planned_for_the_opening_of_a_conference_reports_no_event(tmp_path):
    """Guard: 'will speak at the opening of the conference' is a plan."""
    tables = load_release(tmp_path, (
        "President to open conference\n\n28 September 2017\n\nThe President will speak at the opening of the "
        "international conference on religion and extremism in Bishkek next year.\n"))
    assert tables.events.empty


def test_today_in_a_news_agency_s_name_is_no_day(tmp_path):
    """'..., Kazakhstan Today reports': the agency's name, not the day of the event, which the story does not give."""
    ev = _event(tmp_path, (
        "Prison chiefs of Central Asia discuss extremism\n\n20.11.2018, 11:47\n\n"
        "ASTANA, November 20. Extremism in prisons was discussed by the participants of a conference that for the "
        "first time brought together representatives of all five countries of Central Asia, Kazakhstan Today "
        "reports.\n"))
    assert ev["date_precision"] == "month" and pd.isna(ev["start_date"])


def test_a_month_then_the_ordinal_day_is_a_day():
    """'On February the 27th, 2017': the month, 'the', an ordinal day and the year."""
    found = find_dates("On February the 27th, 2017, the Assembly Hall hosted a meeting.", anchor=date(2017, 2, 28))
    assert [(d.first, d.precision) for d in found] == [(date(2017, 2, 27), "day")]
    assert not find_dates("In March the 5 delegates met.", anchor=date(2017, 2, 28))  # (no ordinal: no day)


def test_graduating_from_a_course_of_days_ends_it(tmp_path):
    """'on 31 August twenty-six women officials ... graduated from our third ... Course', a ten-day course: the day
    of graduating is its last."""
    ev = _event(tmp_path, (
        "Third Women's Border Management Awareness Course completed\n\nSeptember 5, 2017\n\nWe are pleased to report "
        "that on 31 August twenty-six women officials graduated from our ten-day Border Management Awareness Course "
        "at the OSCE Border Management Staff College in Dushanbe.\n"))
    assert _days(ev) == ("2017-08-22", "2017-08-31")


def test_a_caption_credited_to_its_photographer_does_not_date_the_course(tmp_path):
    """'... drill, 19 November 2018, Dushanbe, Tajikistan (OSCE BMSC/Shamsi Myadyeva).' is a photo's caption: the
    story's 'five-day course ... ended ... on 20 November 2018' dates the course."""
    ev = _event(tmp_path, (
        "Officers train on travel document fraud\n\n21.11.2018\n\nParticipants take part in a document control drill, "
        "19 November 2018, Dushanbe, Tajikistan (OSCE BMSC/Shamsi Myadyeva).\n\nA five-day course on identity and "
        "travel document fraud ended at the Border Management Staff College in Dushanbe on 20 November 2018.\n"))
    assert _days(ev) == ("2018-11-16", "2018-11-20")


def test_an_event_card_s_when_field_over_its_value_gives_the_span(tmp_path):
    """A calendar's card: "When, local time:" over "Wednesday, 3 May 2017 - 10:00am to Friday, 5 May 2017 - 6:00pm",
    "Where:" over "Kyrgyzstan, Bishkek": the event named by the headline, from its first day to its last, and of the
    kind the headline names (not the card's "Seminar and Workshop" category)."""
    ev = _event(tmp_path, (
        "Tajikistan: Training for Trainers on Combating Hate Speech\n\nWhen, local time:\n\nWednesday, 3 May 2017 - "
        "10:00am to Friday, 5 May 2017 - 6:00pm\n\nWhere:\n\nKyrgyzstan, Bishkek\n\nType of Event:\n\nCategory "
        "7-Seminar and Workshop\n"))
    assert _days(ev) == ("2017-05-03", "2017-05-05")
    assert (ev["city"], ev["event_type"]) == ("Bishkek", "training")


def test_the_day_a_statement_was_issued_does_not_date_the_event(tmp_path):
    """'In a statement issued on March 24, the press service said that joint exercises were held in Khatlon on 20-22
    March 2017': the exercise's days, not the statement's."""
    from release_helpers import load_release

    t = load_release(tmp_path, (
        "Joint exercises held\n\nPublished 25 March 2017\n\nIn a statement issued on March 24, the press service said "
        "that joint counter-terrorism exercises were held in Kulob on 20-22 March 2017.\n"))
    assert str(t.events.iloc[0].start_date)[:10] == "2017-03-20"


def test_the_days_an_announced_event_is_planned_for_are_its_own(tmp_path):
    """'Exercises are planned ... on 2 and 3 May 2024': the plan the lead announces is the page's event, not another
    one named in passing, so its days are the event's."""
    ev = _event(tmp_path, (
        "Anti-terrorist exercises to be held in the region\n\n"
        "PETROPAVLOVSK, 30 April 2024. Anti-terrorist exercises are planned on 2 and 3 May 2024 in Petropavl. The "
        "announcement was made by the regional operational headquarters.\n"))
    assert _days(ev) == ("2024-05-02", "2024-05-03")


def test_the_day_of_a_numbered_decree_is_no_event_s_day(tmp_path):
    """'approved by Presidential Decree No. 203 of 14 November 2014': the day the decree was signed (its number's
    "No." is no sentence's end), not another event told in passing."""
    t = load_release(tmp_path, (
        "Religion commission holds preventive meetings at universities\n\n17/10/2018 14:05\n\n"
        "BISHKEK – From 1 to 16 October 2018 the State Commission on Religious Affairs held preventive meetings "
        "with students at 14 universities.\n\n"
        "The meetings with students were organised to implement the Concept of State Policy in the Religious Sphere, "
        "approved by Presidential Decree No. 203 of 14 November 2014.\n"))
    assert [pd.Timestamp(d).date().isoformat() for d in t.events.start_date] == ["2018-10-01"]


def test_a_lead_that_says_the_event_has_begun_and_names_only_its_last_day_starts_on_the_day_of_the_report(tmp_path):
    """'have begun a joint exercise ... The practical part will continue until 7 April': the written day is the
    last; the first is the day the story was filed (its dateline's)."""
    ev = _event(tmp_path, (
        "Russian and Tajik troops start joint drills near the border\n\n3 April 2023, 20:44\n\n"
        "Military contingents of Russia and Tajikistan have begun a joint exercise at the Kharb-Maidon range in "
        "Tajikistan, the press service reports.\n\nThe practical part of the drills will continue until 7 April.\n"))
    assert _days(ev) == ("2023-04-03", "2023-04-07")


def test_a_lead_that_names_the_weekday_the_event_began_is_read_from_that_weekday(tmp_path):
    ev = _event(tmp_path, (
        "Joint drills begin\n\nBy Times of Central Asia · 1 October 2024\n\n"
        "The joint military exercise KAZIND-2024 began on Monday at the Surya Foreign Training Node in Auli, India. "
        "The exercise will run until October 13, the Ministry of Defence said.\n"))
    assert _days(ev) == ("2024-09-30", "2024-10-13")


@pytest.mark.parametrize("told", [
    "The full text of the discussion is published in Rossiyskaya Gazeta of 13 April 2017.",
    "The newspaper published the discussion on 13 April 2017.",
])
def test_the_day_a_newspaper_printed_the_story_is_not_the_event_s(tmp_path, told):
    ev = _event(tmp_path, (
        "The role of Islam in state-building discussed in Bishkek\n\n14.04.2017\n\n"
        "An expert meeting on the role of Islam in building statehood took place at the Bishkek office of the "
        f"newspaper. {told}\n"))
    assert (ev["date_precision"], _days(ev)) == ("month", (None, None))


def test_a_dateline_over_a_lead_that_an_event_of_some_days_ended_is_its_last_day(tmp_path):
    """'Samarkand, 29 June 2018 – UNODC completed a five-day training seminar': the dateline's day is the last of
    the five (a course of weeks, whose first day is not known, is not read so)."""
    ev = _event(tmp_path, (
        "UNODC supports profiling training\n\nSamarkand, 29 June 2018 – UNODC ROCA completed a five-day training "
        "seminar on profiling at border crossing points for 25 border officers.\n\nThe seminar was useful.\n"))
    assert _days(ev) == ("2018-06-25", "2018-06-29")


def test_the_dateline_of_an_item_of_a_listing_is_the_day_it_was_filed_not_the_event_s(tmp_path):
    """An agency's tag page: each item opens on its own dateline ('DUSHANBE, 19.05.2019 (NIAT Khovar) –'), the day
    it was filed; the event's days are those its lead gives ('from 13 to 18 May')."""
    t = _load(tmp_path, (
        "Monday, 14 April 2025\n\nTajik and Russian troops open joint drills at Kharbmaidon range\n\n"
        "07.04.2025 15:20\n\nDUSHANBE, 07.04.2025 (NIAT Khovar) – The opening ceremony of joint Tajik-Russian military "
        "exercises took place today at the Kharbmaidon range in Khatlon region. Read more\n\n"
        "Tajik and Kazakh servicemen hold joint counter-terrorism drills at Fakhrobod\n\n19.05.2019 11:31\n\n"
        "DUSHANBE, 19.05.2019 (NIAT Khovar) – Joint counter-terrorism exercises of units of the Armed Forces of "
        "Tajikistan and Kazakhstan were held from 13 to 18 May at the Fakhrobod training ground, the Ministry of "
        "Defence informs. Read more\n"))
    days = sorted(_days(ev) for _, ev in t.events.iterrows())
    assert days == [("2019-05-13", "2019-05-18"), ("2025-04-07", "2025-04-07")]


def test_a_month_still_to_come_that_a_report_says_something_goes_on_until_is_not_the_event_s(tmp_path):
    """'The group will keep meeting until November 2022', in a report of November 2021 of its first meeting: how long
    the group goes on, not when it met."""
    ev = _event(tmp_path, (
        "Partners take stock of support to returnees\n\nPublished: 16 November 2021\n\n"
        "The Coordination Working Group held its first meeting in Nur-Sultan last week. The group will keep "
        "meeting until November 2022.\n"))
    assert (ev["year"], ev["month"]) == (2021, 11)


def test_a_campaign_named_by_its_days_gives_no_length():
    """'16 Days of Activism against Gender-Based Violence' is a campaign's name; 'over 16 days of training' a length."""
    assert find_durations("16 Days of Activism against Gender-Based Violence opened.") == []
    assert [d for d, _, _ in find_durations("over 16 days of training")] == [16]
