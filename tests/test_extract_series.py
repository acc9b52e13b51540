"""How many events a document reports (CODEBOOK.md, "What an event is"): a series in five capitals
is five events, national trainings in three countries are three country-level events, a conference
and a training course held together are one event, a release about no event has none."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import load_release

from data_loader.extract.events import extract_document
from data_loader.reading.document import Document


def _load(tmp_path: Path, text: str):
    return load_release(tmp_path, text)


def test_series_in_five_capitals_is_five_events(tmp_path):
    t = _load(tmp_path, (
        "National consultations on the regional strategy\n\n"
        "Published: 30 November 2022\n\n"
        "UNOCT and UNRCCA held a series of national consultations in Astana, Bishkek, Dushanbe, Ashgabat and "
        "Tashkent in November 2022.\n\n"
    ))
    assert sorted(t.events.city) == ["Ashgabat", "Astana", "Bishkek", "Dushanbe", "Tashkent"]
    assert set(t.events.location_precision) == {"city"}
    assert t.events.event_id.is_unique
    assert t.documents.n_events.tolist() == [5]
    # shared facts are copied to every event of the series
    orgs = t.event_organizations[t.event_organizations.role == "organizer"]
    assert all(set(g.organization) == {"UNOCT", "UNRCCA"} for _, g in orgs.groupby("event_id"))
    assert set(t.events.event_type) == {"consultation"}
    assert set(zip(t.events.year, t.events.month, strict=True)) == {(2022, 11)}


def test_series_host_countries_follow_the_cities(tmp_path):
    t = _load(tmp_path, (
        "Trainings for border guards\n\n"
        "The OSCE conducted trainings for border guards in Osh, Khujand and Termez in May 2023.\n\n"
    ))
    got = dict(zip(t.events.city, t.events.country_iso3, strict=True))
    assert got == {"Osh": "KGZ", "Khujand": "TJK", "Termez": "UZB"}


def test_national_trainings_in_three_countries_are_three_country_events(tmp_path):
    t = _load(tmp_path, (
        "National trainings on terrorist financing\n\n"
        "Published: 20 April 2023\n\n"
        "UNODC held national trainings on countering the financing of terrorism in Kazakhstan, Kyrgyzstan and "
        "Tajikistan in April 2023.\n\n"
    ))
    assert sorted(t.events.country_iso3) == ["KAZ", "KGZ", "TJK"]
    assert set(t.events.location_precision) == {"country"}
    assert t.events.city.isna().all() or set(t.events.city) <= {"", None}
    assert t.events.lat.isna().all()


def test_conference_with_training_course_in_one_city_is_one_event(tmp_path):
    t = _load(tmp_path, (
        "Conference and training course in Astana\n\n"
        "A conference and a training course on protecting critical infrastructure were held in Astana on "
        "5-6 July 2023 by UNOCT.\n\n"
    ))
    assert len(t.events) == 1
    assert t.events.iloc[0]["event_type"] == "conference"


def test_participants_from_capitals_do_not_make_a_series(tmp_path):
    t = _load(tmp_path, (
        "Regional workshop in Almaty\n\n"
        "Officials from Bishkek, Dushanbe and Tashkent attended a regional workshop held in Almaty on "
        "14 March 2023 by UNOCT.\n\n"
    ))
    assert t.events.city.tolist() == ["Almaty"]


def test_release_about_no_event_has_status_no_event(tmp_path):
    t = _load(tmp_path, (
        "Statement on the anniversary of the Global Counter-Terrorism Strategy\n\n"
        "The United Nations remains committed to supporting Central Asian states in countering terrorism. "
        "Cooperation with the region has grown steadily over the past decade.\n\n"
    ))
    assert t.events.empty
    doc = t.documents.iloc[0]
    assert doc["status"] == "no_event"
    assert doc["n_events"] == 0
    assert doc["message"]


def test_event_announced_for_later_is_not_an_event():
    doc = Document("future.txt", "0" * 64, 10, "txt", (
        "Upcoming conference on border security\n\n"
        "A regional conference on border security will be held in Dushanbe on 12 September 2030.\n\n"
    ))
    _title, _published, events = extract_document(doc)
    assert events == []


def test_extract_document_returns_title_published_and_events():
    doc = Document("one.txt", "1" * 64, 10, "txt", (
        "UNOCT trains investigators in Bishkek\n\n"
        "Published: 6 March 2024\n\n"
        "UNOCT held a training for investigators in Bishkek on 4-5 March 2024.\n\n"
    ))
    title, published, events = extract_document(doc)
    assert title == "UNOCT trains investigators in Bishkek"
    assert published == "2024-03-06"
    assert len(events) == 1
    ev = events[0]
    assert (ev.start_date, ev.end_date, ev.city, ev.event_type) == ("2024-03-04", "2024-03-05", "Bishkek",
                                                                     "training")


def test_no_title_gets_a_short_name(tmp_path):
    t = _load(tmp_path, (
        "On 4 May 2023, UNOCT held a workshop in Bishkek on border security for officials from Kyrgyzstan "
        "and Tajikistan, with the support of the European Union, and with presentations by the OSCE.\n\n"
    ))
    assert len(t.events) == 1
    title = t.events.iloc[0]["title"]
    assert isinstance(title, str) and title.strip()
    assert not pd.isna(title)


def test_series_with_a_date_per_city(tmp_path):
    t = _load(tmp_path, (
        "Roadshow on the regional action plan\n\n"
        "Published: 20 May 2023\n\n"
        "UNRCCA held a series of national briefings in Astana (3 May), Bishkek (5 May) and Dushanbe (8 May).\n\n"
    ))
    got = {c: pd.Timestamp(d).date().isoformat() for c, d in zip(t.events.city, t.events.start_date, strict=True)}
    assert got == {"Astana": "2023-05-03", "Bishkek": "2023-05-05", "Dushanbe": "2023-05-08"}


@pytest.mark.parametrize(
    "text",
    [
        "Op-ed: why Central Asia matters\n\nTerrorism remains a concern for the region. Governments should "
        "invest in prevention and in education for young people.\n",
        "Vacancy: programme officer in Bishkek\n\nUNOCT is recruiting a programme officer for its office in "
        "Bishkek. Applications close on 30 June 2024.\n",
        "Statement on the attack in Moscow\n\nPublished: 5 March 2024\n\nThe Under-Secretary-General condemned "
        "the terrorist attack in Moscow and expressed condolences to the families of the victims.\n",
    ],
)
def test_releases_without_an_event(tmp_path, text):
    t = _load(tmp_path, text)
    assert t.events.empty
    assert t.documents.status.tolist() == ["no_event"]


def test_a_digest_of_different_events_in_different_paragraphs_is_one_event_each(tmp_path):
    t = _load(tmp_path, (
        "Regional office: highlights of the month\n\n"
        "On 2-3 June 2022, the OSCE held a seminar on border management in Osh for 25 customs officers.\n\n"
        "On 20 June 2022, UNODC organized a round table on judicial cooperation in Tashkent, with the financial "
        "support of Japan.\n\n"
    ))
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert ev.city.tolist() == ["Osh", "Tashkent"]
    assert ev.start_date.dt.strftime("%Y-%m-%d").tolist() == ["2022-06-02", "2022-06-20"]
    assert ev.event_type.tolist() == ["workshop", "meeting"]
    orgs = t.event_organizations.merge(ev[["event_id", "city"]])
    assert set(orgs[(orgs.city == "Osh") & (orgs.role == "organizer")].organization) == {"OSCE"}
    assert set(orgs[(orgs.city == "Tashkent") & (orgs.role == "organizer")].organization) == {"UNODC"}
    assert set(orgs[orgs.role == "funder"].city) == {"Tashkent"}  # Japan paid for the second only
    assert t.events.event_id.is_unique


def test_one_event_told_in_several_dated_paragraphs_stays_one_event(tmp_path):
    t = _load(tmp_path, (
        "Training on protecting critical infrastructure ends in Bishkek\n\n"
        "A training on protecting critical infrastructure was held in Bishkek on 5-7 October 2022, organized "
        "by UNOCT.\n\n"
        "On 6 October 2022, participants held a tabletop exercise at the training centre in Bishkek.\n\n"
    ))
    assert len(t.events) == 1
    assert t.events.start_date.dt.strftime("%Y-%m-%d").tolist() == ["2022-10-05"]


def test_an_earlier_event_told_in_a_sentence_of_its_own_is_an_event(tmp_path):
    """'The previous OSCE seminar ... was organized on 25 April 2018 for ...': an event that took place, with
    its own day; with no place of its own it is placed in the country of the event the release reports."""
    text = ("OSCE seminar on terrorism financing for Turkmen officials\n\nPosted on September 20, 2018\n\n"
            "Representatives of Kazakhstan and Turkmenistan took part in a two-day regional seminar on combating "
            "the financing of terrorism held in Ashgabat on 17-18 September 2018.\n\n"
            "The previous OSCE seminar on terrorism financing was organized on 25 April 2018 for representatives "
            "of the Ministry of Finance. The seminar series will continue in 2019.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2018-04-25", "2018-09-17"]
    assert ev.loc[0, "country_iso3"] == "TKM" and ev.loc[0, "location_precision"] == "country"
    assert ev.loc[0, "title"] == "Workshop in Turkmenistan, 2018-04"
    why = t.evidence[(t.evidence["event_id"] == ev.loc[0, "event_id"]) & (t.evidence["field"] == "country_iso3")]
    assert set(why["confidence"]) == {"guessed"}


def test_an_earlier_edition_that_names_no_activity_is_of_the_reported_event_s_kind(tmp_path):
    """'The first edition, Dustlik-2019, was held at the Chirchiq Training Area ...': no word of its sentence
    names the activity (a training area is a place), so it is an exercise, as the event the story reports; its
    made-up name says so too."""
    text = ("Uzbek and Indian troops hold third joint exercise\n\nUzbekistan | 23 March 2022, 11:05\n\n"
            "The third joint exercise of the armed forces of Uzbekistan and India is being held in Termez from 22 "
            "to 31 March.\n\n"
            "- The first edition, Dustlik-2019, was held at the Chirchiq Training Area near Tashkent from 4 to 13 "
            "November 2019.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2019-11-04", "2022-03-22"]
    assert list(ev["event_type"]) == ["exercise", "exercise"]
    assert ev.loc[0, "title"] == "Exercise in Chirchik, 2019-11"
    why = t.evidence[(t.evidence["event_id"] == ev.loc[0, "event_id"]) & (t.evidence["field"] == "event_type")]
    assert list(why["confidence"]) == ["inferred"]


def test_a_similar_activity_of_this_year_on_an_undated_page_is_an_event_of_that_month(tmp_path):
    """'... a similar activity took place in Uzbekistan in July of this year', on a news listing with no date of
    its own: an event of July of the reported workshop's year, placed in Uzbekistan, of the workshop's kind."""
    text = ("News\n\nEU-funded Programme helps Turkmen investigators\n\nFrom August 2-4, 2022, the Border "
            "Management Programme in Central Asia held a workshop in Ashgabat for investigators of Turkmenistan.\n\n"
            "It was the second workshop of this kind; a similar activity took place in Uzbekistan in July of this "
            "year.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("month").reset_index(drop=True)
    assert list(zip(ev["year"], ev["month"], ev["country_iso3"], strict=True)) == [(2022, 7, "UZB"), (2022, 8, "TKM")]
    assert ev.loc[0, "date_precision"] == "month" and ev.loc[0, "event_type"] == "workshop"


def test_a_similar_event_held_several_days_ago_is_an_event_of_the_publication_month(tmp_path):
    """'Several days ago, a similar exercise was held at the airport of Astana', filed on 15 April: an exercise of
    April, in Astana (some days before the 15th are still April), of the reported event's kind."""
    text = ("Anti-terror drill to be held at Karaganda airport\n\n15 April 2025, 11:20\n\n"
            "KARAGANDA. Security forces will hold an anti-terrorist exercise at the international airport in "
            "Karaganda tomorrow, 16 April.\n\nSeveral days ago, a similar exercise was held at the airport of "
            "Astana.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("city").reset_index(drop=True)
    assert list(zip(ev["city"], ev["year"], ev["month"], ev["date_precision"], strict=True)) == [
        ("Astana", 2025, 4, "month"), ("Karaganda", 2025, 4, "day")]


def test_a_similar_event_held_days_ago_early_in_the_month_gives_no_month(tmp_path):
    """Guard: filed on 3 April, 'a few days ago' may be March or April: no month, so no event of its own."""
    text = ("Anti-terror drill to be held at Karaganda airport\n\n3 April 2025, 11:20\n\n"
            "KARAGANDA. Security forces will hold an anti-terrorist exercise at the international airport in "
            "Karaganda tomorrow, 4 April.\n\nA few days ago, a similar exercise was held at the airport of "
            "Astana.\n")
    t = load_release(tmp_path, text)
    assert list(t.events["city"]) == ["Karaganda"]


def test_an_undated_page_s_month_without_this_year_gives_no_event(tmp_path):
    """Guard: on a review with no date, 'hosted the SCO summit in Astana in July' may be of any year."""
    text = ("The year in security cooperation\n\nOn 3-4 March 2024 UNOCT held a workshop on border security in "
            "Almaty.\n\n- Kazakhstan hosted the SCO summit in Astana in July.\n")
    t = load_release(tmp_path, text)
    assert list(t.events["month"]) == [3]


def test_a_sentence_cut_by_semicolons_into_months_tells_an_event_in_each_part(tmp_path):
    """'The first 2023 webinar took place in June ...; the second, held in September, was devoted to ...': two
    earlier webinars, each of its month; the second names neither its kind nor its format, so it is held as the
    reported webinar was, online, with no place."""
    text = ("OSCE holds webinar for police cadets on the Dark Web\n\n26 October 2023\n\n"
            "On 24 October, the OSCE held a webinar on the criminal landscape of the Dark Web for cadets of the "
            "Academy of the Ministry of Internal Affairs of Uzbekistan.\n\n"
            "The first 2023 webinar took place in June and dealt with malware; the second, held in September, was "
            "devoted to online payment fraud.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("month").reset_index(drop=True)
    assert list(zip(ev["year"], ev["month"], ev["date_precision"], strict=True)) == [
        (2023, 6, "month"), (2023, 9, "month"), (2023, 10, "day")]
    assert set(ev["event_type"]) == {"workshop"} and set(ev["format"]) == {"virtual"}
    assert set(ev["location_precision"]) == {"virtual"}
    assert ev.loc[1, "title"] == "Workshop online, 2023-09"


def test_a_sentence_with_two_months_and_no_semicolon_is_not_cut(tmp_path):
    """Guard: 'the basic courses held in February and March' is one history, not two events."""
    text = ("Advanced course for public councils\n\n26 October 2023\n\nOn 24 October, the OSCE held an advanced "
            "course for members of public councils in Dushanbe.\n\nIt built on the basic courses held in February "
            "and in March.\n")
    t = load_release(tmp_path, text)
    assert list(t.events["month"]) == [10]


def test_a_history_of_dates_and_a_plan_are_not_events_of_their_own(tmp_path):
    text = ("Workshop on border security held in Almaty\n\nPublished: 5 March 2024\n\n"
            "UNOCT held a workshop on border security in Almaty on 4 March 2024 for 30 officials.\n\n"
            "Earlier workshops were held in Bishkek (12 May 2022) and Dushanbe (3 June 2023). "
            "The next workshop will be held in Tashkent on 10 June 2024. "
            "The workshop was opened on 4 March 2024 by the Deputy Minister.\n")
    t = load_release(tmp_path, text)
    assert list(t.events["city"]) == ["Almaty"]


def test_an_earlier_event_of_a_series_told_by_its_month(tmp_path):
    """'The first course in the series took place in September': an event of that month (the last
    September up to publication); a sentence that names no month or speaks of a plan gives none."""
    text = ("OSCE training courses on violent extremism in Turkmenistan\n\nPublished: 6 October 2022\n\n"
            "On 5 October 2022, the second of three training courses on violent extremism was held in "
            "Ashgabat.\n\nThe first course in the series took place in September and was designed for police "
            "cadets. A third and final course is scheduled for November.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("month").reset_index(drop=True)
    assert list(ev["month"]) == [9, 10] and list(ev["year"]) == [2022, 2022]
    assert ev.loc[0, "date_precision"] == "month" and ev.loc[0, "country_iso3"] == "TKM"
    why = t.evidence[(t.evidence["event_id"] == ev.loc[0, "event_id"]) & (t.evidence["field"] == "month")]
    assert set(why["confidence"]) == {"inferred"} and "no year" in why["reasoning"].iloc[0]


def test_a_series_whose_cities_get_their_days_in_later_sentences(tmp_path):
    """'In May 2016, UNRCCA held national consultations in Ashgabat, Tashkent and Bishkek.' then 'In Tashkent,
    the consultation took place on 18 May 2016 and brought together 25 representatives ...': each city's
    event has its own day and head count; the sentences are not a digest nor events of their own."""
    text = ("UNRCCA holds national consultations\n\n"
            "In May 2016, UNRCCA held national consultations on judicial cooperation in Ashgabat, Tashkent "
            "and Bishkek.\n\n"
            "In Ashgabat, the consultation took place on 15 May 2016 and brought together 15 representatives.\n\n"
            "In Tashkent, the consultation took place on 18 May 2016 and brought together 25 representatives.\n\n"
            "In Bishkek, the consultation took place on 22 May 2016 and brought together 30 representatives.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date")
    assert list(ev["city"]) == ["Ashgabat", "Tashkent", "Bishkek"]
    assert list(ev["start_date"].dt.strftime("%d")) == ["15", "18", "22"]
    assert list(ev["participants"]) == [15, 25, 30]


def test_an_earlier_event_naming_no_organiser_shares_the_reported_events(tmp_path):
    text = ("OSCE training courses on violent extremism in Turkmenistan\n\nPublished: 6 October 2022\n\n"
            "On 5 October 2022, the OSCE Centre in Ashgabat held the second of three training courses on "
            "preventing violent extremism and radicalization in Ashgabat.\n\n"
            "The first course in the series took place in September and was designed for police cadets.\n")
    t = load_release(tmp_path, text)
    first = t.events[t.events["month"] == 9].iloc[0]
    orgs = t.event_organizations[t.event_organizations["event_id"] == first["event_id"]]
    assert list(orgs["organization"]) == ["OSCE"]
    themes = set(t.event_themes.loc[t.event_themes["event_id"] == first["event_id"], "theme"])
    assert "pve" in themes
    parts = t.event_countries[(t.event_countries["event_id"] == first["event_id"])
                              & (t.event_countries["role"] == "participant")]
    assert list(parts["iso3"]) == ["TKM"]
    ev = t.evidence[(t.evidence["event_id"] == first["event_id"]) & (t.evidence["field"] == "organizer")]
    assert set(ev["confidence"]) == {"guessed"}


def test_a_programme_that_opened_with_an_earlier_course_reports_that_course(tmp_path):
    """'The programme opened with a first three-day online course on June 1-3': an event of its own, dated
    by the publication year."""
    text = ("Terror financing course in Turkmenistan\n\nPublished: 24 June 2020\n\n"
            "Practitioners from Turkmenistan completed a three-day online training course on June 17-19, "
            "organised by UNODC.\n\n"
            "The programme opened with a first three-day online course on June 1-3, which introduced the "
            "terrorism funding cycle.\n")
    t = load_release(tmp_path, text)
    assert sorted(t.events["start_date"].dt.strftime("%Y-%m-%d")) == ["2020-06-01", "2020-06-17"]


def test_a_day_without_a_year_takes_the_year_of_the_breadcrumb(tmp_path):
    """No publication date anywhere but the trail 'Home > News > 2022 > September'; 'officials met in Astana'
    reports the meeting the headline names even without an event noun in the sentence."""
    text = ("UNODC - Regional Office for Central Asia\nHome > News > 2022 > September\n\n"
            "Kazakhstan hosts international conference on violent extremist prisoners\n\n"
            "On 22 September, officials from Kazakhstan, Tunisia and Uganda met in Astana to mark the end of a "
            "five-year programme.\n")
    t = load_release(tmp_path, text)
    assert list(t.events["start_date"].dt.strftime("%Y-%m-%d")) == ["2022-09-22"]
    assert list(t.events["city"]) == ["Astana"]


def test_one_conference_held_in_two_cities_is_one_event(tmp_path):
    """'The international conference ... was held in Tashkent and Samarkand on June 11-12': one event that
    moved between two cities, not a series (the noun is singular and the days are shared)."""
    text = ("Youth and violent extremism\n\nPublished: 19 June 2018\n\n"
            "The international conference on the role of youth in countering violent extremism was held in "
            "Tashkent and Samarkand on June 11-12, 2018. It was organized by the OSCE.\n")
    t = load_release(tmp_path, text)
    assert len(t.events) == 1 and t.events.iloc[0]["city"] == "Tashkent"


def test_a_day_without_a_year_takes_the_year_of_the_copyright_line(tmp_path):
    """No date at the top; '© 2018 The Times of Central Asia' at the foot; 'a two-day conference that closed
    on June 12'."""
    text = ("Uzbekistan hosts conference on youth and violent extremism\n\n"
            "TASHKENT (TCA) — Youth was the focus of a two-day international conference organized by the OSCE that "
            "closed in Tashkent on June 12.\n\n© 2018 The Times of Central Asia. All rights reserved.\n")
    t = load_release(tmp_path, text)
    ev = t.events.iloc[0]
    assert ev["start_date"].strftime("%Y-%m-%d") == "2018-06-11" and ev["end_date"].strftime("%Y-%m-%d") == "2018-06-12"


def test_the_first_in_one_country_the_second_in_another_are_two_events(tmp_path):
    """Countries counted off with their own days, and a later sentence opened by each country giving its count."""
    t = _load(tmp_path, (
        "UNODC trains officers on firearms trafficking\n\n"
        "Published: 7 November 2022\n\n"
        "BISHKEK (AKIpress) – UNODC has held two five-day national training courses on firearms "
        "trafficking and terrorism.\n\n"
        "The first course took place in Kyrgyzstan on 24-28 October, the second in Kazakhstan from 31 October to "
        "4 November.\n\n"
        "In Kyrgyzstan more than 16 officers attended. In Kazakhstan the course brought together 20 judges.\n"
    ))
    ev = t.events.sort_values("start_date")
    assert list(ev.country_iso3) == ["KGZ", "KAZ"]
    assert list(ev.start_date.dt.strftime("%Y-%m-%d")) == ["2022-10-24", "2022-10-31"]
    assert list(ev.end_date.dt.strftime("%Y-%m-%d")) == ["2022-10-28", "2022-11-04"]
    assert list(ev.participants) == [16, 20]


def test_two_countries_lists_of_cities_are_one_event_per_city(tmp_path):
    """'the trainings took place in the cities of Jalal-Abad, Osh and Batken, and in Kazakhstan in Kyzylorda,
    Turkestan and Taraz': six trainings, each in its city and country."""
    t = load_release(tmp_path, (
        "IWPR trains imams of border areas\n\n19 April 2019 12:55\n\n"
        "The Institute for War and Peace Reporting has held a series of trainings for imams in the border regions "
        "of Kyrgyzstan and Kazakhstan. In Kyrgyzstan the trainings took place in the cities of Jalal-Abad, Osh and "
        "Batken, and in Kazakhstan in Kyzylorda, Turkestan and Taraz.\n"))
    got = sorted(zip(t.events["city"], t.events["country_iso3"], strict=True))
    assert got == sorted([("Jalal-Abad", "KGZ"), ("Osh", "KGZ"), ("Batken", "KGZ"), ("Kyzylorda", "KAZ"),
                          ("Turkestan", "KAZ"), ("Taraz", "KAZ")])


def test_a_paragraph_opened_by_meanwhile_reports_another_event(tmp_path):
    """A news item that turns to a second drill ('Meanwhile, ... are holding exercises in ...'): two events, each
    with its own place and head count."""
    t = _load(tmp_path, (
        "Kyrgyz and Chinese forces end drill; Tajik and Chinese troops drill in the Pamirs\n\n14 Aug 2019\n\n"
        "The joint counter-terrorism exercise of the police forces of China and Kyrgyzstan ended on 13 August 2019 "
        "in Urumqi. Around 150 officers took part.\n\n"
        "Meanwhile, Tajik and Chinese military units are holding counter-terrorism exercises in Tajikistan's "
        "Gorno-Badakhshan Autonomous Region. The exercises involve some 1,200 troops.\n"))
    ev = t.events.sort_values("participants").reset_index(drop=True)
    assert list(ev["participants"]) == [150, 1200]
    assert list(ev["city"].fillna("")) == ["Urumqi", ""]
    assert list(ev["country_iso3"]) == ["CHN", "TJK"]


def test_courses_that_followed_on_days_of_their_own_are_another_event(tmp_path):
    """'On 24 and 25 June similar courses followed for 40 teachers': the day before 'similar courses' dates
    them (it counts nothing), and courses that followed were held, on days of their own."""
    t = _load(tmp_path, (
        "Training for teachers on preventing violent extremism\n\nAdded on: 03 Oct 2018\n\n"
        "From 4 to 14 June the OSCE Programme Office in Dushanbe held seven training courses for 140 local "
        "teachers in Khatlon province.\n\n"
        "On 24 and 25 June similar courses followed for 40 teachers from the Rasht valley.\n"))
    days = sorted(zip(t.events.start_date.astype(str), t.events.participants, strict=True))
    assert days == [("2018-06-04", 140), ("2018-06-24", 40)]


def test_workshops_counted_off_with_days_of_their_own_in_one_city_are_one_event_each(tmp_path):
    t = _load(tmp_path, (
        "Prison staff trained in risk assessment\n\nDushanbe, April 2023 - UNODC trained prison staff in "
        "Tajikistan.\n\nTwo workshops were held in Dushanbe, the first on 12-13 December 2022 and the second on "
        "13-14 March 2023.\n"))
    starts, ends = t.events.start_date.dt.strftime("%Y-%m-%d"), t.events.end_date.dt.strftime("%Y-%m-%d")
    days = sorted(zip(starts, ends, strict=True))
    assert days == [("2022-12-12", "2022-12-13"), ("2023-03-13", "2023-03-14")]
    assert set(t.events.city) == {"Dushanbe"}


def test_one_workshop_with_a_first_and_a_second_day_is_one_event(tmp_path):
    t = _load(tmp_path, (
        "Workshop on risk assessment\n\n20 March 2023\n\nA workshop was held in Dushanbe; the first day on 13 "
        "March covered tools and the second on 14 March covered planning.\n"))
    assert len(t.events) == 1


def test_two_courses_counted_off_over_two_sentences_are_two_events_with_their_own_people(tmp_path):
    from release_helpers import load_release

    ev = load_release(tmp_path, (
        "ODIHR courses in Almaty look at freedom of religion or belief and security\n\n"
        "ALMATY, 27 October 2017 - Two training courses held this week in Almaty by the OSCE Office for "
        "Democratic Institutions and Human Rights helped state officials and civil society representatives.\n\n"
        "The first course, on 23 and 24 October, was attended by eleven state officials. The second, on 25 and "
        "26 October, brought together some 20 civil society representatives.\n")).events.sort_values("start_date")
    assert list(ev["start_date"].dt.strftime("%m-%d")) == ["10-23", "10-25"]
    assert list(ev["end_date"].dt.strftime("%m-%d")) == ["10-24", "10-26"]
    assert list(ev["participants"]) == [11, 20]


def test_the_second_of_a_story_s_counted_events_is_an_event_of_its_own(tmp_path):
    """'The first event, a workshop ..., took place from 12 to 16 September 2022 in Almaty. ... The second
    engagement followed on 19-23 September 2022 in Ust-Kamenogorsk': the count says it is another event, though
    'engagement' names no activity and 'followed' is no verb of holding."""
    tables = load_release(tmp_path, (
        "Two nuclear security training engagements held in September\n\n"
        "3 October 2022\n\n"
        "The first event, a workshop on nuclear material accounting, took place from 12 to 16 September 2022 at "
        "the Nuclear Security Training Center in Almaty.\n\n"
        "The second engagement followed on 19-23 September 2022 at the Anti-Crisis Training Center in "
        "Ust-Kamenogorsk.\n"
    ))
    assert sorted(str(d)[:10] for d in tables.events["start_date"]) == ["2022-09-12", "2022-09-19"]


def test_the_second_of_a_story_s_online_seminars_is_online_too_and_of_the_same_programme(tmp_path):
    """'The Preventive Diplomacy Academy held two online training seminars ... for young people from the Central
    Asian countries and Afghanistan ... The second seminar, held on 28 September, looked at ...': the second is one
    of the two the lead counts, online as they were, of the same programme and for the same countries."""
    tables = load_release(tmp_path, (
        "UNRCCA Preventive Diplomacy Academy conducted two online training seminars\n\n29 Sep 2022\n\n"
        "The UNRCCA Preventive Diplomacy Academy held two online training seminars in September 2022 for young "
        "people from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Afghanistan.\n\n"
        "The first seminar, on 21 September, was devoted to decision-making skills.\n\n"
        "The second seminar, held on 28 September, looked at the participation of young people in public life.\n"))
    ev = tables.events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%m-%d")) == ["09-21", "09-28"]
    assert list(ev["format"]) == ["virtual", "virtual"]
    progs = tables.event_programmes.groupby("event_id")["programme"].apply(set)
    assert all(progs.get(e) == {"Preventive Diplomacy Academy"} for e in ev["event_id"])
    countries = tables.event_countries.groupby("event_id")["iso3"].apply(set)
    assert countries.get(ev.loc[1, "event_id"]) == countries.get(ev.loc[0, "event_id"]) == {
        "KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG"}


def test_a_count_of_events_and_as_many_places_gives_one_event_in_each(tmp_path):
    """'In total, 254 people took part in the four dialogue meetings held in Tursunzoda, Shaartuz, Dusti and Nosiri
    Khusrav districts': four events, one in each place; a town no gazetteer holds keeps its name, in the story's
    country, without coordinates. Three places after 'four meetings' are no such list."""
    text = ("IWPR conducted dialogue meetings on religion in four district centres of Tajikistan\n\n"
            "07.06.2019\n\n"
            "In total, 254 people took part in the four dialogue meetings held in {places} districts of "
            "Tajikistan.\n")
    tables = load_release(tmp_path, text.format(places="Tursunzoda, Shaartuz, Dusti and Nosiri Khusrav"))
    assert sorted(tables.events["city"]) == ["Dusti", "Nosiri Khusrav", "Shaartuz", "Tursunzoda"]
    assert set(tables.events["country_iso3"]) == {"TJK"}
    assert tables.events.set_index("city").loc["Tursunzoda", "lat"] > 0
    assert tables.events.set_index("city").loc["Dusti", "lat"] != tables.events.set_index("city").loc["Dusti", "lat"]
    (tmp_path / "b").mkdir()
    fewer = load_release(tmp_path / "b", text.format(places="Tursunzoda, Shaartuz and Dusti"))
    assert len(fewer.events) == 1


def test_a_meeting_of_another_field_s_working_group_is_no_event_of_the_story(tmp_path):
    """Three working groups met in two cities; the trade group's meeting, told in a sentence of its own with no
    word of security, is not a counter-terrorism event."""
    t = _load(tmp_path, (
        "Working groups of the C5+1 meet in Almaty and Tashkent\n\n"
        "Published: 24 July 2018\n\n"
        "The Economic Connectivity Working Group met in Almaty on 20 July 2018 with the U.S. delegation.\n\n"
        "The Security Working Group then met in Tashkent on 23 July 2018 to discuss counterterrorism cooperation.\n"
    ))
    assert t.events.city.tolist() == ["Tashkent"]


def test_an_earlier_session_of_another_field_s_group_is_no_event(tmp_path):
    t = _load(tmp_path, (
        "Security working group meets in Tashkent\n\n"
        "Published: 24 July 2018\n\n"
        "On 23 July 2018 the Security Working Group held a meeting in Tashkent on preventing violent extremism.\n\n"
        "Three days earlier, on 20 July 2018, the Economic and Environmental Working Groups had held their sessions "
        "in Almaty.\n"
    ))
    assert t.events.city.tolist() == ["Tashkent"]


def test_a_student_trade_union_committee_is_no_body_of_another_field(tmp_path):
    """'A seminar on the causes of destructive religions was held on February 21, 2018 by the Department of Hygiene and
    the student trade union committee': a union of students, not a trade body whose meeting is no security event."""
    t = _load(tmp_path, (
        "The causes of destructive religions\n\n22.02.2018\n\n"
        "A seminar on the causes of destructive religious movements among young people was held on February 21, "
        "2018 by the Department of Social Sciences and the student trade union committee.\n\n"
        "Students and staff of the organising departments also joined the discussion. The event closed with a speech "
        "by the theologian.\n"
    ))
    assert [str(d)[:10] for d in t.events.start_date] == ["2018-02-21"]


def test_a_paragraph_opened_by_separately_on_a_drill_days_away_reports_another_event(tmp_path):
    """'Separately, U.S. and Tajik troops will hold bilateral field training exercises near Fakhrobod from July 17
    to 21', in a story of 10 July on an exercise that opened that day: a second event, a week away."""
    t = _load(tmp_path, (
        "Regional Cooperation 2017 exercise gets under way in Tajikistan\n\n"
        "Posted: 10.07.2017\n\n"
        "DUSHANBE, July 10, 2017 -- The multinational command-post exercise Regional Cooperation 2017 opened in "
        "Dushanbe today and runs until July 23.\n\n"
        "Separately, U.S. and Tajik troops will hold bilateral field training exercises in Kurgan-Tyube from July 17 "
        "to 21.\n"))
    days = sorted(zip(t.events.start_date.astype(str), t.events.end_date.astype(str), strict=True))
    assert days == [("2017-07-10", "2017-07-23"), ("2017-07-17", "2017-07-21")]
    # the headline names the first exercise only: the second is titled by its own type, place and month
    assert t.events.title.nunique() == 2


def test_an_earlier_exercise_under_a_background_label_in_capitals_is_no_event(tmp_path):
    t = _load(tmp_path, (
        "Regional Cooperation 2017 exercise gets under way in Tajikistan\n\n"
        "Posted: 10.07.2017\n\n"
        "DUSHANBE, July 10, 2017 -- The multinational command-post exercise Regional Cooperation 2017 opened in "
        "Dushanbe today and runs until July 23.\n\n"
        "BACKGROUND: The series has been held every year since 2001. The previous exercise took place in Bishkek "
        "on September 16-28, 2016.\n"))
    assert t.events.start_date.astype(str).tolist() == ["2017-07-10"]


def test_an_event_in_a_table_row_and_again_in_its_section_is_one_event(tmp_path):
    t = _load(tmp_path, (
        "# Terrorism Prevention Update\n\n"
        "*Tashkent, 30 September 2024*\n\n"
        "| # | City | Dates | Activity |\n|---|---|---|---|\n"
        "| 1 | Dushanbe, Tajikistan | 13-14 June 2024 | Seminar on requesting digital evidence from providers |\n"
        "| 2 | Ashgabat, Turkmenistan | 11-12 September 2024 | National seminar on requesting digital evidence |\n\n"
        "## 1. Dushanbe\n\n"
        "On 13-14 June 2024 UNODC held a seminar in Dushanbe on digital evidence in terrorism cases.\n\n"
        "## 2. Ashgabat\n\n"
        "On 11-12 September 2024 UNODC held a national seminar in Ashgabat on the same procedures.\n"))
    got = sorted(zip(t.events.city, t.events.start_date.astype(str), strict=True))
    assert got == [("Ashgabat", "2024-09-11"), ("Dushanbe", "2024-06-13")]


def test_an_earlier_edition_in_a_paragraph_opened_by_it_should_be_noted_is_background(tmp_path):
    t = _load(tmp_path, (
        "Dushanbe hosts Third Penitentiary Forum\n\n"
        "DUSHANBE, 20.11.2025 – The Third Penitentiary Forum of Tajikistan was held in Dushanbe on 20 November "
        "2025.\n\n"
        "It should be noted that the Second Penitentiary Reform Forum took place in Dushanbe on 23 October 2023.\n"))
    assert t.events.start_date.astype(str).tolist() == ["2025-11-20"]


def test_meetings_held_in_places_no_gazetteer_knows_each_on_its_day_are_one_event_each(tmp_path):
    """'The dialogue meetings were held in Lakhsh district on July 17, in Darvoz district on July 23 and in
    Ishkoshim district on July 25', and a later part naming two of those days again: three events."""
    t = load_release(tmp_path, (
        "IWPR holds dialogue meetings on religious tolerance in three mountain districts of Tajikistan\n\n"
        "29.07.2019\n\n"
        "The dialogue meetings were held in Lakhsh district on July 17, in Darvoz district on July 23 and in "
        "Ishkoshim district on July 25.\n\n"
        "Darvoz and Ishkoshim districts\n\n"
        "The series continued in Darvoz district on July 23 and ended in Ishkoshim district on July 25, with "
        "similar discussions on interfaith tolerance.\n"))
    assert sorted(t.events.start_date.astype(str)) == ["2019-07-17", "2019-07-23", "2019-07-25"]


def test_a_sentence_ending_on_a_list_of_places_one_to_a_line_gives_one_event_in_each(tmp_path):
    """'The sessions were held in the six pilot districts of the project:' then 'Gokdepe', 'Balkanabat',
    'Bayramaly', one to a line: an event in each town."""
    t = load_release(tmp_path, (
        "Mentorship trainings help young people build resilience\n\nJune 19, 2025\n\n"
        "Between 28 May and 18 June 2025, a series of one-day mentorship trainings for young people was held across "
        "Turkmenistan.\n\nThe sessions were held in the pilot districts of the project:\n\nGokdepe\n\nBalkanabat\n\n"
        "Bayramaly\n\nSayatly\n\nTogether they gathered more than 180 young people.\n"))
    cities = t.events.set_index("event_id").city
    assert sorted(c for c in cities if isinstance(c, str)) == ["Balkanabat", "Bayramaly", "Gokdepe"]
    assert len(cities) == 4 and (t.events.country_iso3 == "TKM").all()  # ("Sayatly": a place no gazetteer holds)
    hosts = t.event_countries.groupby("event_id").iso3.apply(set)
    assert len(hosts) == 4 and all("TKM" in h for h in hosts)  # (the young people of the series took part in each)


def test_places_listed_one_to_a_line_of_a_series_over_weeks_are_dated_to_their_month_or_year(tmp_path):
    text = ("Mentorship trainings across Turkmenistan\n\nJune 19, 2025\n\n"
            "Between {span}, a series of one-day mentorship trainings for young people was held across "
            "Turkmenistan.\n\nThe sessions were held in the pilot districts of the project:\n\n"
            "Gokdepe\n\nBalkanabat\n\nBayramaly\n\n"
            "Together they gathered more than 180 young people.\n")
    ev = load_release(tmp_path, text.format(span="28 May and 18 June 2025"), name="a.html").events
    assert len(ev) == 3 and set(ev.date_precision) == {"year"} and set(ev.year) == {2025}
    assert ev.start_date.isna().all()
    (tmp_path / "b").mkdir()
    ev = load_release(tmp_path / "b", text.format(span="2 and 18 June 2025"), name="a.html").events
    assert set(ev.date_precision) == {"month"} and set(ev.month) == {6}


def test_a_number_of_events_and_as_many_listed_spans_of_days_are_that_many_events(tmp_path):
    """'Two training courses were held in Samarkand, on 29 January - 2 February and on 5 - 9 February': two
    courses, one per span. One course over two spans, or two courses and one span, stay one event."""
    head = "UNODC trains mobile teams\n\nSamarkand, 12 February 2024\n\n"
    for sub in "abc":
        (tmp_path / sub).mkdir()
    two = _load(tmp_path / "a", head + (
        "Two training courses were held in Samarkand, on 29 January - 2 February and on 5 - 9 February, for "
        "officers of the mobile teams.\n"))
    days = sorted(zip(two.events.start_date.dt.strftime("%m-%d"), two.events.end_date.dt.strftime("%m-%d"),
                      strict=True))
    assert days == [("01-29", "02-02"), ("02-05", "02-09")]
    assert set(two.events.city) == {"Samarkand"}
    one_span = _load(tmp_path / "b", head + (
        "Two training courses were held in Samarkand from 29 January to 9 February for officers of the teams.\n"))
    assert len(one_span.events) == 1
    not_counted = _load(tmp_path / "c", head + (
        "A training course was held in Samarkand, on 29 January - 2 February and on 5 - 9 February, for officers "
        "of the mobile teams.\n"))
    assert len(not_counted.events) == 1


def test_a_lead_summing_up_a_series_over_months_above_its_one_told_stop_is_no_event(tmp_path):
    """'Under this component a series of specialized training workshops was organized in November and December
    2017' over one stop told under its own heading ('Drugs@Online, Astana', 20-24 November): the lead sums the
    series up, and the stop is the page's one event; the component the lead points back to, named in a sentence of
    background with its donor, is the programme the stop was held under, and its donor paid for it."""
    t = _load(tmp_path, (
        "UNODC supports the Central Asian States in combatting cybercrime\n\n"
        "Almaty, 20 December 2017\n\n"
        "Cybercrime is one of the fastest growing types of crime. In response, the UNODC Programme for Central Asia "
        "offers capacity-building to the countries of the region under its cybercrime component, launched in 2017 "
        "and funded by the Government of Sweden. Under this component a series of specialized training workshops "
        "was organized in November and December 2017.\n\n"
        "Drugs@Online, Astana\n\n"
        "The training on drug trafficking on the internet was delivered from 20 to 24 November in Astana, "
        "Kazakhstan, by UNODC. The course covered the trade in controlled substances on the internet.\n"))
    assert t.events[["start_date", "city"]].astype(str).values.tolist() == [["2017-11-20", "Astana"]]
    assert t.event_programmes.programme.tolist() == ["UNODC Regional Programme for Central Asia"]
    funders = t.event_organizations[t.event_organizations.role == "funder"]
    assert funders.organization.tolist() == ["Sweden"]


def test_stops_of_a_tour_in_many_cities_over_one_span_are_known_to_the_month(tmp_path):
    """'Ashgabat, 6-15 December 2021: UNDP organized a series of round tables ... The meetings took place in
    Ashgabat, Dashoguz, Mary and Tejen': the span is the whole tour's, each stop's own days are not given."""
    events = load_release(tmp_path, (
        "UNDP builds partnerships to support youth\n\n15 December 2021\n\n"
        "Ashgabat, 6-15 December 2021: UNDP organized a series of round table meetings on preventing violent "
        "extremism among youth. The meetings took place in Ashgabat, Dashoguz, Mary and Tejen.\n")).events
    assert sorted(events.city) == ["Ashgabat", "Dashoguz", "Mary", "Tejen"]
    assert set(events.date_precision) == {"month"} and events.start_date.isna().all()
    assert set(events.month) == {12}


def test_two_cities_over_one_span_keep_the_span(tmp_path):
    """'Consultations were held in Bishkek and Osh from 18 to 28 September 2023': two stops may share the span."""
    events = load_release(tmp_path, (
        "UNDP supports consultations on social cohesion\n\n29 September 2023\n\n"
        "Consultations on drafting an action plan for preventing violent extremism were held in Bishkek and in Osh "
        "from 18 to 28 September 2023.\n")).events
    assert set(events.date_precision) == {"day"}


_REGIONS = (
    "Mobile courses for border troops end\n\n12.08.2019\n\n"
    "DUSHANBE, August 12, 2019 - A series of mobile training courses for officers of the Border Troops, organized "
    "by the OSCE Programme Office in Dushanbe, ended on August 9.\n\n"
    "{each} They were held in three parts of the country:\n\nKhatlon province;\n\nSughd province;\n\n"
    "Kuhistoni Badakhshan Autonomous Region (GBAO).\n\nIn total, 129 border officials attended.\n")


def test_regions_listed_one_to_a_line_after_the_sentence_that_follows_the_lead_are_one_event_each(tmp_path):
    """'They were held in three parts of the country:' (after the lead, naming no event itself) over 'Khatlon
    province;', 'Sughd province;', '... Autonomous Region (GBAO).': three events in the country, no city each,
    and the series' total head count is no one course's."""
    events = load_release(tmp_path, _REGIONS.format(each="Each of the three courses lasted 14 days.")).events
    assert len(events) == 3
    assert set(events.country_iso3) == {"TJK"} and events.city.isna().all()
    assert events.participants.isna().all()


@pytest.mark.parametrize(("each", "precision"), [("Each of the three courses lasted 14 days.", "day"),
                                                 ("The courses lasted 14 days in all.", "year")])
def test_a_length_said_of_each_course_keeps_the_series_days_for_every_course(tmp_path, each, precision):
    """'Each of the three courses lasted 14 days' and all 'ended on August 9': each course's own days; a length
    of the whole series leaves each course known only to the year (the span runs over two months)."""
    events = load_release(tmp_path, _REGIONS.format(each=each)).events
    assert set(events.date_precision) == {precision}


def test_a_table_of_the_cities_of_a_series_with_no_dates_is_one_event_per_city(tmp_path):
    """'Between 6 and 15 December ... held round table meetings' over 'City | Format' and one city to a row: one
    event in each city, each known to the month (the span is the series')."""
    events = load_release(tmp_path, (
        "UN in Turkmenistan weekly digest\n\nAshgabat, 20.12.2021\n\n"
        "Between 6 and 15 December UNDP and the Ministry of Labour held round table meetings on preventing violent "
        "extremism among vulnerable youth.\n\nCity | Format\n\nAshgabat | round table\n\nDashoguz | round table\n\n"
        "Mary | round table\n\nTejen | round table\n\nAbout 50 people took part.\n")).events
    assert sorted(events.city) == ["Ashgabat", "Dashoguz", "Mary", "Tejen"]
    assert set(events.event_type) == {"meeting"} and set(events.date_precision) == {"month"}
    assert events.participants.isna().all()


def test_days_each_before_its_city_are_one_meeting_each(tmp_path):
    """'BOMCA gathered its national partners ... on May 16 in Astana, May 18 in Tashkent, May 25 in Bishkek':
    a meeting in each city on the day written before it."""
    events = load_release(tmp_path, (
        "BOMCA meets national partners in all five Central Asian capitals\n\n12 June 2018\n\n"
        "In May 2018 BOMCA gathered its national partners in each of the Central Asian countries - on May 16 in "
        "Astana, May 18 in Tashkent and May 25 in Bishkek - to assess the work done over the previous year.\n")).events
    got = sorted(zip(events.start_date.dt.strftime("%Y-%m-%d"), events.city, events.event_type, strict=True))
    assert got == [("2018-05-16", "Astana", "meeting"), ("2018-05-18", "Tashkent", "meeting"),
                   ("2018-05-25", "Bishkek", "meeting")]


def test_a_listing_with_no_date_of_its_own_reads_yearless_days_in_the_year_its_stories_name_most(tmp_path):
    """A news listing with no date, no year at its top and no copyright line: 'On June 26th-30th in Ashgabat ...'
    falls in 2018, the year its other items' dates name most ('June 4-8, 2018', 'May 2018'), not in 2019, named
    once as the end of a programme's phase."""
    events = load_release(tmp_path, (
        "News\n\nWork with customs on control of strategic goods\n\nOn June 26th-30th in Ashgabat, a BOMCA training "
        "course on customs control of strategic goods was held for the customs service.\n\nRead more ...\n\n"
        "Ninth phase of BOMCA extended\n\nThe 9th phase of the programme has been extended until December 14th, 2019."
        "\n\nRead more ...\n\nExperts support Kyrgyzstan\n\nOn June 4-8, 2018 a workshop of experts from Latvia was "
        "held in Bishkek for the border agencies.\n\nRead more ...\n\nPartners meet\n\nIn May 2018 a meeting of "
        "national partners was held in Astana.\n\nRead more ...\n")).events
    ashgabat = events[events.city == "Ashgabat"]
    assert len(ashgabat) == 1 and ashgabat.start_date.iloc[0].strftime("%Y-%m-%d") == "2018-06-26"


def test_spans_each_before_their_capital_in_a_later_sentence_are_one_consultation_each(tmp_path):
    """'The consultations were held on 3-4 July 2023 in Dushanbe, the capital of Tajikistan; on 6-7 July in Bishkek,
    the capital of Kyrgyzstan; ...' in the third sentence about the series: one event per capital, its own days."""
    events = load_release(tmp_path, (
        "Participation in UN events in July 2023\n\n22 July 2023\n\n"
        "In the period from 3 to 21 July 2023, a deputy head of the Institute took part in a series of events "
        "organised by UNOCT and UNRCCA. The events took the form of national consultations held in the capitals of "
        "the Central Asian states. The consultations were held on 3-4 July 2023 in Dushanbe, the capital of "
        "Tajikistan; on 6-7 July in Bishkek, the capital of Kyrgyzstan; and on 13-14 July in Tashkent, the capital of "
        "Uzbekistan.\n")).events
    got = sorted(zip(events.start_date.dt.strftime("%Y-%m-%d"), events.end_date.dt.strftime("%Y-%m-%d"), events.city,
                     strict=True))
    assert got == [("2023-07-03", "2023-07-04", "Dushanbe"), ("2023-07-06", "2023-07-07", "Bishkek"),
                   ("2023-07-13", "2023-07-14", "Tashkent")]


def test_each_of_them_gives_every_stop_of_a_series_its_head_count(tmp_path):
    """'The round tables took place in Ashgabat, Tejen and Mary. Each of them gathered about 15 specialists': every
    round table had about 15 people, not the series as a whole."""
    from release_helpers import load_release

    t = load_release(tmp_path, (
        "Round tables review support for unemployed youth\n\nPublished: 13 December 2019\n\n"
        "Ashgabat, 11 December 2019 – UNDP has held a series of round tables on youth employment. The round tables "
        "took place in Ashgabat, Tejen and Mary. Each of them gathered about 15 specialists of the employment "
        "services.\n"))
    assert sorted(t.events.city) == ["Ashgabat", "Mary", "Tejen"]
    assert list(t.events.participants) == [15, 15, 15]


def test_an_earlier_event_a_body_held_by_hosting_it_is_an_event(tmp_path):
    """'... shared its practices by hosting a regional training ... on 13-15 June 2017': an earlier event held by
    its host, told in a sentence of its own."""
    text = ("Border guard trainers exchange practices\n\nDate: 19.12.2018\n\n"
            "The pilot exchange took place in Dushanbe from 29 May to 1 June 2017, when trainers from Kyrgyzstan ran a "
            "training of trainers for their Tajik colleagues.\n\n"
            "As a next step, the Higher Military Customs Institute of the Republic of Uzbekistan shared its best "
            "practices in X-ray image analysis by hosting a regional training for customs officers on 13-15 June "
            "2017.\n")
    ev = load_release(tmp_path, text).events
    assert sorted(str(d)[:10] for d in ev["start_date"]) == ["2017-05-29", "2017-06-13"]


def test_two_webinars_on_two_listed_days_are_two_events(tmp_path):
    """'held two webinars ... on 7 and 8 July 2020': one on each day (not one event of two days)."""
    text = ("UNODC and CARICC webinars\n\n13 July 2020\n\n"
            "On 7 and 8 July 2020 CARICC and the UNODC Regional Office for Central Asia held two webinars for "
            "representatives of the competent authorities of Central Asia.\n")
    ev = load_release(tmp_path, text).events
    assert sorted((str(a)[:10], str(b)[:10]) for a, b in zip(ev["start_date"], ev["end_date"], strict=True)) == [
        ("2020-07-07", "2020-07-07"), ("2020-07-08", "2020-07-08")]


def test_a_webinar_on_two_days_listed_is_one_event(tmp_path):
    """Guard: 'a webinar on 7 and 8 July' is one event of two days."""
    text = ("UNODC webinar\n\n13 July 2020\n\nOn 7 and 8 July 2020 the UNODC Regional Office for Central Asia held a "
            "webinar for representatives of the competent authorities of Central Asia.\n")
    ev = load_release(tmp_path, text).events
    assert len(ev) == 1


def test_a_session_held_in_three_cities_at_once_is_one_event_in_each(tmp_path):
    """'held a foresight session ... in three cities at once: Ufa, Nur-Sultan and Bishkek': one event in each city,
    each on the session's own days (not a tour's span shared out)."""
    t = _load(tmp_path, (
        "Trilateral foresight session on countering religious extremism\n\n20.09.2019\n\n"
        "On 18-19 September 2019, experts of the Center for Geopolitical Studies held a trilateral foresight "
        "session on countering religious extremism in three cities at once: Ufa, Nur-Sultan and Bishkek.\n"))
    assert sorted(t.events.city) == ["Astana", "Bishkek", "Ufa"]
    assert {str(d)[:10] for d in t.events.start_date} == {"2019-09-18"}
    assert {str(d)[:10] for d in t.events.end_date} == {"2019-09-19"}


def test_a_series_whose_stops_later_sentences_tell_apart_is_one_event_per_stop(tmp_path):
    """'held a series of follow-up missions and expert meetings in the region', then each stop in a sentence of its
    own with its country and day: one event per stop, of the kind its sentence names."""
    t = _load(tmp_path, (
        "OSCE steps up e-evidence support across Central Asia\n\n29 October 2025\n\n"
        "Under its project E-VIDENCE, the OSCE held a series of follow-up missions and expert meetings in the region "
        "in September and October 2025. Ambassador Monika Lenhard told the second expert-level meeting in Kyrgyzstan "
        "on 16 October that electronic evidence features in most investigations. During the follow-up mission in "
        "Kazakhstan on 23 September, Ambassador Nico Schermers spoke on the rule of law.\n"))
    got = sorted((str(d)[:10], c, ty) for d, c, ty in zip(t.events.start_date, t.events.country_iso3,
                                                          t.events.event_type, strict=True))
    assert got == [("2025-09-23", "KAZ", "other"), ("2025-10-16", "KGZ", "meeting")]


def test_one_event_whose_later_sentences_recall_its_days_stays_one(tmp_path):
    """Guard: no series named in the lead, so a later 'meeting in Bishkek on 5 May' is the same event."""
    t = _load(tmp_path, (
        "Experts meet in Bishkek\n\n7 May 2025\n\nThe OSCE held an expert meeting on e-evidence in Bishkek on 5 May "
        "2025. Speakers at the meeting in Bishkek on 5 May stressed cooperation. The workshop in Bishkek on 6 May "
        "closed it.\n"))
    assert len(t.events) == 1


def test_another_event_of_the_same_weeks_under_a_dateline_is_in_the_dateline_s_city(tmp_path):
    """'ASHGABAT, Turkmenistan' over a month's activities of a body there ('On 3 May ... On 10 May, the Academy
    organized a hybrid training session ...'): the story places its events only by its dateline, and another event
    of the same weeks with no place of its own is there too, as a guess."""
    text = ("Activities of the Preventive Diplomacy Academy in May 2023\n\n2 Jun 2023\n\nASHGABAT, Turkmenistan\n\n"
            "On 3 May, the UNRCCA Preventive Diplomacy Academy held a hybrid training for youth activists from "
            "Central Asia.\n\n"
            "On 10 May, the Academy organized a hybrid workshop joined by the Head of the ICRC Mission.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert list(ev["start_date"].dt.strftime("%Y-%m-%d")) == ["2023-05-03", "2023-05-10"]
    assert list(ev["city"]) == ["Ashgabat", "Ashgabat"]
    why = t.evidence[(t.evidence["event_id"] == ev.loc[1, "event_id"]) & (t.evidence["field"] == "city")]
    assert set(why["confidence"]) == {"guessed"}


def test_an_earlier_event_months_before_under_a_dateline_keeps_only_the_country(tmp_path):
    """Guard: the story's event is placed by its dateline, but an earlier one of April is not of its weeks."""
    text = ("OSCE seminar on terrorism financing\n\nPosted on September 20, 2018\n\nASHGABAT, Turkmenistan\n\n"
            "A two-day regional seminar on combating the financing of terrorism was held on 17-18 September 2018.\n\n"
            "The previous OSCE seminar on terrorism financing was organized on 25 April 2018 for representatives "
            "of the Ministry of Finance.\n")
    t = load_release(tmp_path, text)
    ev = t.events.sort_values("start_date").reset_index(drop=True)
    assert ev.loc[0, "location_precision"] == "country" and ev.loc[1, "city"] == "Ashgabat"


@pytest.mark.parametrize("where", [
    "in Osh and Chon-Kemin on June 24-28 and July 4-8, 2022",
    "in Osh and Chon-Kemin on 24-28 June and 4-8 July 2022",
])
def test_as_many_spans_after_a_list_of_cities_are_the_cities_days_in_order(tmp_path, where):
    """'labs in Osh and Chon-Kemin on June 24-28 and July 4-8, 2022': the first span is Osh's, the second
    Chon-Kemin's (not both of the first)."""
    t = load_release(tmp_path, f"Youth labs held\n\nPublished 2 August 2022\n\nThe Center held youth idea "
                               f"generation labs {where}.\n")
    got = sorted(zip(t.events.city, t.events.start_date.dt.strftime("%Y-%m-%d"), strict=True))
    assert got == [("Chon-Kemin", "2022-07-04"), ("Osh", "2022-06-24")]


def test_one_span_after_a_list_of_cities_is_shared(tmp_path):
    """Guard: 'in Osh and Chon-Kemin on 24-28 June 2022': one span for both, as before."""
    t = load_release(tmp_path, "Youth labs held\n\nPublished 2 August 2022\n\nThe Center held youth idea "
                               "generation labs in Osh and Chon-Kemin on 24-28 June 2022.\n")
    assert set(t.events.start_date.dt.strftime("%Y-%m-%d")) == {"2022-06-24"}


def test_clauses_parted_by_a_semicolon_each_with_days_and_a_town_are_one_event_each(tmp_path):
    """'From 3 to 5 March 2021, 18 imams of the Kara-Suu district of Osh city met ...; from 8 to 10 March 2021 a second
    group was trained in the city of Jalal-Abad': two trainings, each with its days, town and head count (the
    district named before the town is not the town)."""
    t = load_release(tmp_path, (
        "Trainings for religious leaders\n\nPublished 20 March 2021\n\nThe first two trainings of the cycle were "
        "delivered. From 3 to 5 March 2021, 18 imams from the Kara-Suu district of Osh city met at the regional "
        "library; from 8 to 10 March 2021 a second group was trained in the city of Jalal-Abad.\n"))
    got = sorted(zip(t.events.city, t.events.start_date.dt.strftime("%Y-%m-%d"),
                     t.events.end_date.dt.strftime("%Y-%m-%d"), t.events.participants, strict=True))
    assert got[0][:3] == ("Jalal-Abad", "2021-03-08", "2021-03-10") and pd.isna(got[0][3])
    assert got[1] == ("Osh", "2021-03-03", "2021-03-05", 18)


def test_a_clause_with_a_day_but_no_town_keeps_one_event(tmp_path):
    """Guard: 'held in Osh from 3 to 5 March 2021; its report followed on 20 March 2021': the second clause names no
    town, so the sentence is not read as two events."""
    t = load_release(tmp_path, (
        "Training for religious leaders\n\nPublished 25 March 2021\n\nA training for imams was held in Osh from 3 to 5 "
        "March 2021; its report followed on 20 March 2021.\n"))
    assert list(t.events.city) == ["Osh"]


@pytest.mark.parametrize("where", ["in every Central Asian country", "in each of the three Central Asian countries"])
def test_countries_of_a_series_named_after_a_colon_are_one_event_each(tmp_path, where):
    """'National workshops ... were held in every Central Asian country: Kazakhstan, Kyrgyzstan and Tajikistan': one
    workshop in each country named after the colon."""
    t = load_release(tmp_path, (
        "Investigators trained\n\nPublished 20 December 2023\n\nIn autumn 2023 the project completed a series of "
        f"national workshops for investigators. Workshops were held {where}: Kazakhstan, Kyrgyzstan and Tajikistan.\n"))
    assert sorted(t.events.country_iso3) == ["KAZ", "KGZ", "TJK"]


def test_events_in_a_list_of_districts_are_one_event_each(tmp_path):
    """'The events in Mastchoh, Konibodom and Isfara districts drew more than 500 participants': one event in each
    district, its town where the gazetteer knows it."""
    t = load_release(tmp_path, (
        "Dialogue meetings in Sughd\n\nPublished 12 November 2019\n\nFrom 28 to 30 October 2019, the NGO held dialogue "
        "meetings for activists of Sughd region. The events in Mastchoh, Konibodom and Isfara districts drew more than "
        "500 participants.\n"))
    assert len(t.events) == 3
    assert {"Konibodom", "Isfara"} <= set(t.events.city.dropna())


def test_people_from_a_list_of_districts_make_no_series(tmp_path):
    """Guard: 'participants from Osh, Uzgen and Kara-Suu districts attended the training' came from three places to
    one training."""
    t = load_release(tmp_path, (
        "Training for imams\n\nPublished 12 November 2019\n\nOn 28 October 2019 a training was held in Osh. "
        "Participants from Osh, Uzgen and Kara-Suu districts attended the training.\n"))
    assert len(t.events) == 1


@pytest.mark.parametrize("where", ["in the village of Smirnovo and in the town of Bulaevo",
                                   "in the village of Smirnovo in Akkayin district and in the town of Bulaevo"])
def test_exercises_in_two_small_towns_named_by_their_kind_are_two_events(tmp_path, where):
    """An event is held in one place: exercises 'in the village of Smirnovo ... and in the town of Bulaevo' (towns
    the main list is too large-grained for, named by their kind) are one per town."""
    t = _load(tmp_path, (
        "Anti-terrorist exercises held in two districts\n\n03.05.2024\n\n"
        f"Anti-terrorist exercises were held on 2 May 2024 {where}.\n"))
    assert sorted(t.events.city) == ["Bulayevo", "Smirnovo"]
