"""How many took part (CODEBOOK.md, events.participants / participants_qualifier): digits and words,
qualifiers ("more than 25" -> 25, 'more than'), and counts of things that are not people."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import one_event_tables

from data_loader.extract.participants import find_participants


def _first(text: str) -> tuple[int, str] | None:
    found = find_participants(text)
    return (found[0][0], found[0][1]) if found else None


@pytest.mark.parametrize(
    "sentence, count, qualifier",
    [
        ("The course gathered 33 participants from four agencies.", 33, "exact"),
        ("In total, 120 law enforcement officers were trained.", 120, "exact"),
        ("It brought together twenty-five senior officials.", 25, "exact"),
        ("Eighteen experts from the region took part.", 18, "exact"),
        ("Thirty-five prosecutors and judges attended the seminar.", 35, "exact"),
        ("More than 25 officials took part in the training.", 25, "more than"),
        ("over 40 representatives of civil society attended", 40, "more than"),
        ("Approximately 50 representatives of national agencies joined.", 50, "approximately"),
        ("About 90 participants attended the conference.", 90, "approximately"),
        ("some 60 practitioners discussed the draft", 60, "approximately"),
        ("The training can host up to 40 border guards.", 40, "up to"),
        ("The meeting brought together 1,200 people.", 1200, "exact"),
        ("The training brought together more than 50 medical laboratory workers.", 50, "more than"),
        ("It told of 40 migrant workers drawn into radical groups; 12 officials took part.", 12, "exact"),
        ("It was held for some 25 newly recruited psychologists, social workers and inspectors.", 25,
         "approximately"),
        ("Twenty future facilitators, 13 women and 7 men, were selected for the seminar.", 20, "exact"),
        ("Twenty mid- and senior-level officers of the border service took part.", 20, "exact"),
        ("Fifteen Tajik and ten Afghan border officials finished the course.", 25, "exact"),
        ("Experts from 3 countries and 40 participants attended.", 40, "exact"),
        ("some 22 schoolteachers from the district met at the school", 22, "approximately"),
        # a forum held by video for every school of a city
        ("It brought together more than 14,000 participants, among them pupils of all schools of the city.", 14000,
         "more than"),
    ],
)
def test_head_counts_and_qualifiers(sentence, count, qualifier):
    assert _first(sentence) == (count, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts from 22 Kyrgyz ministries and agencies took part.",
        "Delegations of 5 countries were represented.",
        "The programme ran for 3 days.",
        "On 7 December representatives of the department met officers of the police.",
        "The region has 250,000 young people.",  # a population, not a head count
    ],
)
def test_counts_that_are_not_head_counts(sentence):
    found = find_participants(sentence)
    assert all(n not in (22, 5, 3, 7, 250_000) for n, *_ in found), found


def test_span_covers_the_count():
    text = "The seminar gathered approximately 50 officials."
    ((n, _q, a, b),) = find_participants(text)
    assert "approximately 50 officials" in text[a:b]


def _event(tmp_path: Path, text: str) -> pd.Series:
    tables = one_event_tables(tmp_path, text)
    return tables.events.iloc[0]


def test_release_more_than(tmp_path):
    ev = _event(tmp_path, (
        "Training on investigating terrorist financing\n\n"
        "UNODC held a training in Bishkek on 7-9 February 2023. More than 25 financial investigators "
        "from Kyrgyzstan took part.\n\n"
    ))
    assert (ev["participants"], ev["participants_qualifier"]) == (25, "more than")


@pytest.mark.parametrize("verb", ["are taking part", "take part", "are participating"])
def test_release_head_count_of_an_event_under_way_in_the_present(tmp_path, verb):
    """'At present another six-day seminar for imams ... is under way. 79 imams from all districts of the region are
    taking part.': the present tense of a report of an event under way counts its people as the past does."""
    ev = _event(tmp_path, (
        "Imams of Jalal-Abad region raise their capacity\n\n25.04.2018\n\n"
        "At present another six-day seminar for imams of Jalal-Abad region is under way in Jalal-Abad. "
        f"79 imams from all districts of the region {verb}.\n\n"
    ))
    assert (ev["participants"], ev["participants_qualifier"]) == (79, "exact")


def test_release_word_number(tmp_path):
    ev = _event(tmp_path, (
        "Workshop for women leaders\n\n"
        "Twenty-two women leaders from local communities attended a workshop organized by UN Women in "
        "Osh on 4 April 2022.\n\n"
    ))
    assert (ev["participants"], ev["participants_qualifier"]) == (22, "exact")


def test_release_approximately(tmp_path):
    ev = _event(tmp_path, (
        "Regional conference on border security\n\n"
        "Approximately 70 delegates attended the regional conference on border security held in Dushanbe "
        "on 18 May 2023.\n\n"
    ))
    assert (ev["participants"], ev["participants_qualifier"]) == (70, "approximately")


def test_release_ministries_are_not_a_head_count(tmp_path):
    ev = _event(tmp_path, (
        "National workshop on the action plan\n\n"
        "UNOCT held a national workshop in Bishkek on 12 October 2022 with representatives of 22 Kyrgyz "
        "ministries and agencies.\n\n"
    ))
    assert pd.isna(ev["participants"])
    assert pd.isna(ev["participants_qualifier"]) or ev["participants_qualifier"] == ""


def test_release_no_count_leaves_participants_empty(tmp_path):
    ev = _event(tmp_path, (
        "Briefing on the sanctions regime\n\n"
        "CTED held a briefing for diplomats in Tashkent on 2 March 2022.\n\n"
    ))
    assert pd.isna(ev["participants"])


@pytest.mark.parametrize(
    "sentence, count, qualifier",
    [
        ("A total of 45 participants attended.", 45, "exact"),
        ("Nearly 100 people attended.", 100, "approximately"),
        ("Fifty trainees took part.", 50, "exact"),
        ("Around 35 young activists joined the sessions.", 35, "approximately"),
        # a head count that opens a sentence and did something there, with no "took part"
        ("Forty young leaders from Kazakhstan and Tajikistan discussed online radicalization.", 40, "exact"),
        ("Some 30 students practised the response to an attack.", 30, "approximately"),
    ],
)
def test_release_count_phrasings(tmp_path, sentence, count, qualifier):
    ev = _event(tmp_path, (
        "Training held for regional officials\n\n"
        f"UNOCT held a training in Osh on 4 May 2023. {sentence}\n"
    ))
    assert (ev["participants"], ev["participants_qualifier"]) == (count, qualifier)


def test_a_count_opening_a_sentence_that_says_nothing_of_the_event_is_no_head_count(tmp_path):
    ev = _event(tmp_path, (
        "Training held for regional officials\n\n"
        "UNOCT held a training in Osh on 4 May 2023. Fifteen people were killed in the 2016 attack on the "
        "embassy.\n"
    ))
    assert pd.isna(ev["participants"])


def test_an_expected_count_of_an_announcement_is_no_head_count(tmp_path):
    """'More than 600 officials are expected to join': a plan; the head count is of people who took part."""
    ev = _event(tmp_path, (
        "Conference on regional cooperation\n\n"
        "UNOCT held a conference in Tashkent on 3-4 March 2022. More than 600 senior officials of Member States "
        "were expected to join it.\n"
    ))
    assert pd.isna(ev["participants"])


@pytest.mark.parametrize(
    "sentence, count",
    [
        # troops and soldiers of an exercise are its participants
        ("The exercises involve some 1,200 troops from both countries.", 1200),
        ("About 700 soldiers took part in the drill.", 700),
        # two adjectives joined by "and" before the people
        ("More than 100 national and international experts attended.", 100),
    ],
)
def test_head_counts_of_troops_and_of_people_with_two_adjectives(sentence, count):
    assert [n for n, *_ in find_participants(sentence)] == [count]


def test_young_men_and_women_are_counted_and_their_trainers_are_not(tmp_path):
    t = one_event_tables(tmp_path, (
        "Youth workshop on violent extremism\n\n3 June 2021\n\nThe Ministry of Interior organized a workshop in "
        "Cholpon-Ata on 1-2 June 2021 with the support of the OSCE. It brought together 35 young men and women from "
        "all regions of the Kyrgyz Republic.\n\nFour experts of the Ministry of Interior conducted the sessions.\n"))
    assert t.events.iloc[0]["participants"] == 35


def test_thousands_of_pupils_of_a_school_outreach_are_counted_and_a_population_is_not():
    pupils = "About 5,500 pupils of grades 7 to 11 and more than 300 teachers took part."
    assert _first(pupils) == (5500, "approximately")
    assert find_participants("a city of 250,000 people") == []


@pytest.mark.parametrize("sentence, count", [
    ("The course was attended by 24 mid- and senior-level border and customs officials from 13 States.", 24),
    ("A seminar for 16 law enforcement and security officials and prosecutors was held.", 16),
])
def test_a_count_before_modifiers_joined_by_and_is_read(sentence, count):
    """'24 mid- and senior-level border and customs officials': 'and' may join the last two modifiers of the
    people counted, not only two adjectives."""
    from data_loader.extract.participants import find_participants

    assert [c for c, *_ in find_participants(sentence)] == [count]


def test_a_standing_community_s_membership_is_no_head_count():
    """'became part of a wider E4J community which already brings together more than 600 experts': members of a
    network, not people at the event."""
    assert find_participants("They became part of a wider E4J community which already brings together more than "
                             "600 experts and academics.") == []
    assert [c for c, *_ in find_participants("The workshop brought together more than 50 experts.")] == [50]


@pytest.mark.parametrize("sentence", [
    "Project 53 is delivered by a consortium whose experts come from four countries.",
    "Module 3 experts reviewed the draft.",
    "Resolution 2178 officials",
])
def test_a_number_that_names_something_or_opens_a_clause_is_no_head_count(sentence):
    assert _first(sentence) is None


@pytest.mark.parametrize("sentence, count", [
    ("Twelve officers of the Border Service of Kazakhstan's National Security Committee and eight officers of the "
     "State Border Service of Kyrgyzstan attended.", 20),
    ("Nineteen officers from the State Border Protection and National Security Services and twelve officers of "
     "the Ministry of Internal Affairs are taking part.", 31),
])
def test_two_groups_counted_apart_from_two_bodies_are_added(sentence, count):
    assert _first(sentence) == (count, "exact")


def test_experts_counted_beside_the_participants_are_not_added():
    assert _first("20 officers from Kazakhstan and 3 experts from UNODC took part.") == (20, "exact")


@pytest.mark.parametrize("sentence, count", [
    # a day and its month before the count: the count is still read
    ("We are pleased to report that on 31 August twenty-six women officials graduated from the course.", 26),
    # the second group named only by where it came from
    ("Ten participants came from Tajikistan and ten from Afghanistan.", 20),
])
def test_head_counts_after_a_day_and_in_two_groups_by_origin(sentence, count):
    assert _first(sentence) == (count, "exact")


def test_a_day_before_its_month_is_no_head_count():
    """Guard: 'On 7 December representatives of the FMD met' counts no one."""
    assert _first("On 7 December representatives of the FMD met officers of the Department.") is None


def test_a_sentence_opening_on_the_event_named_again_gives_its_head_count(tmp_path):
    """'Through the camp, more than 100 young people ... built their skills', after 'A youth camp was held ...': the
    camp's people, though no word of taking part is written."""
    ev = _event(tmp_path, (
        "UNDP supports young people's skills\n\nAugust 8, 2024\n\nA youth camp was held at Suleyman Demirel University "
        "in Almaty as part of the UNDP project.\n\nThe rise of violent extremism is a pressing concern.\n\nThrough the "
        "camp, more than 100 young people from the Kyzylorda and Mangystau regions built their skills in "
        "entrepreneurship and media.\n"))
    assert (ev["participants"], ev["participants_qualifier"]) == (100, "more than")


@pytest.mark.parametrize("sentence, count", [
    ("Forty-five servicemen from each of the two armies are taking part.", 90),
    ("The exercise brought together 20 officers from each side.", 40),
    ("12 experts from each of the 5 countries attended.", 60),
])
def test_a_count_for_each_of_several_sides_is_multiplied(sentence, count):
    assert _first(sentence) == (count, "exact")


def test_a_count_from_each_of_an_unknown_number_of_sides_is_read_as_written():
    """Guard: 'with 45 servicemen from each army' does not say how many armies."""
    assert _first("The drills ran with 45 servicemen from each army.") == (45, "exact")


def test_people_killed_are_no_head_count():
    """'a Taliban attack ... in which 12 police officers were killed': victims of another occasion."""
    assert _first("The drill came after an attack on a customs post in which 12 police officers were killed.") is None


def test_people_trained_are_still_counted():
    """Guard: '12 police officers were trained' is a head count."""
    assert _first("In Osh, 12 police officers were trained in first aid.") == (12, "exact")


@pytest.mark.parametrize("sentence", [
    "Three national experts – Damir Zareddinov, Marina Li and Feruza Salomova – led the sessions.",
    "Three trainers from the Academy conducted the practical exercises.",
    "Three international experts (from Lithuania, Latvia and Poland) delivered the course.",
])
def test_experts_counted_as_those_who_taught_are_no_head_count(sentence):
    """Who led the sessions taught them: how many attended is another number, or none."""
    assert find_participants(sentence) == []


def test_attendees_counted_beside_the_experts_who_taught_are_the_head_count():
    found = find_participants("Three national experts led the sessions, and 40 specialists took part.")
    assert [n for n, *_ in found] == [40]


def test_a_count_of_interviews_with_people_is_no_head_count():
    """'8 interviews with experts', '58 in-depth interviews with fighters': what a study rests on."""
    assert _first("The research rests on 8 interviews with experts from various fields.") is None
    assert _first("It is based on 58 in-depth interviews with foreign terrorist fighters.") is None


def test_a_plan_s_target_is_no_head_count():
    """'over the next five years we will train 1,000 law-enforcement officials': a pledge, not who took part."""
    assert _first("Over the next five years we will train 1,000 law-enforcement officials.") is None
    assert _first("The ministry plans to reach 500 teachers.") is None
