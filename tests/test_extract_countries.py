"""Participating countries (CODEBOOK.md, event_countries): a country participates when its officials,
representatives or delegations took part; "all five Central Asian states" expands to the five; a
country only discussed, or a donor's agency expert, is not a participant. The host country is 'host'."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_helpers import one_event_tables

FIVE = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def _countries(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """role -> set of ISO3 codes for the single event of ``text``."""
    tables = one_event_tables(tmp_path, text)
    out: dict[str, set[str]] = {"host": set(), "participant": set()}
    for iso, role in tables.event_countries[["iso3", "role"]].itertuples(index=False):
        out.setdefault(role, set()).add(iso)
    return out


def test_officials_from_a_list(tmp_path):
    c = _countries(tmp_path, (
        "Regional training on border management\n\n"
        "UNOCT held a training in Almaty on 5-7 July 2022 for officials from Kyrgyzstan, Tajikistan and "
        "Uzbekistan.\n\n"
    ))
    assert c["participant"] == {"KGZ", "TJK", "UZB"}
    assert c["host"] == {"KAZ"}


def test_representatives_of_a_list_with_aliases(tmp_path):
    c = _countries(tmp_path, (
        "Expert meeting on prison radicalization\n\n"
        "Representatives of the Kyrgyz Republic, the Republic of Kazakhstan and Turkmenistan took part in "
        "an expert meeting organized by UNODC in Vienna on 2 May 2023.\n\n"
    ))
    assert c["participant"] == {"KGZ", "KAZ", "TKM"}
    assert c["host"] == {"AUT"}


def test_delegations_from_a_list(tmp_path):
    c = _countries(tmp_path, (
        "Conference on countering terrorist financing\n\n"
        "The conference, convened by UNOCT in Tashkent on 14-15 November 2023, brought together delegations "
        "from Uzbekistan, Afghanistan and Mongolia.\n\n"
    ))
    assert c["participant"] == {"UZB", "AFG", "MNG"}


def test_all_five_central_asian_states_expand_to_the_five(tmp_path):
    c = _countries(tmp_path, (
        "Regional meeting on the Joint Plan of Action\n\n"
        "Senior officials of all five Central Asian states took part in the regional meeting convened by "
        "UNRCCA in Ashgabat on 8 December 2022.\n\n"
    ))
    assert c["participant"] == FIVE


@pytest.mark.parametrize(("name", "also"), [
    ("the High-level Political and Security Dialogue between the European Union and the Central Asian states", set()),
    ("the High-level Dialogue of the European Union – Central Asia and Afghanistan on security issues", {"AFG"}),
    ("another round of the EU – Central Asia High-level Political and Security Dialogue", set()),
])
def test_the_parties_a_dialogue_is_named_for_take_part_in_it(tmp_path, name, also):
    """A dialogue between the European Union and the countries of Central Asia (and Afghanistan) is held by their
    delegations: the countries of the region, and a country named beside it, take part."""
    c = _countries(tmp_path, f"Security dialogue held\n\nOn 9 July 2018 Brussels hosted {name}.\n")
    assert c["participant"] == FIVE | also


def test_experts_from_all_the_countries_of_central_asia(tmp_path):
    c = _countries(tmp_path, (
        "Workshop on protecting soft targets\n\n"
        "The workshop, held in Bishkek on 20-21 April 2023 by UNOCT, gathered experts from all the countries "
        "of Central Asia.\n\n"
    ))
    assert c["participant"] == FIVE


def test_all_five_countries_of_central_asia_expand_to_the_five(tmp_path):
    c = _countries(tmp_path, (
        "Seminar on the financing of terrorism\n\n"
        "Financial intelligence officers of all five countries of Central Asia participated in a seminar "
        "held by UNODC in Astana on 9 September 2021.\n\n"
    ))
    assert c["participant"] == FIVE


def test_country_only_discussed_is_not_a_participant(tmp_path):
    c = _countries(tmp_path, (
        "Border security meeting in Termez\n\n"
        "Published: 20 October 2021\n\n"
        "Border officials from Uzbekistan and Tajikistan met in Termez on 18 October 2021 at a meeting "
        "organized by UNRCCA to discuss the situation in Afghanistan.\n\n"
    ))
    assert c["participant"] == {"UZB", "TJK"}
    assert "AFG" not in c["participant"]


def test_returnees_from_syria_do_not_make_syria_a_participant(tmp_path):
    c = _countries(tmp_path, (
        "Workshop on reintegration of returnees\n\n"
        "Probation officers from Kazakhstan attended a workshop in Almaty on 6 June 2023 on the "
        "reintegration of returnees from Syria.\n\n"
    ))
    assert c["participant"] == {"KAZ"}


def test_people_who_came_back_from_a_country_do_not_make_it_a_participant(tmp_path):
    c = _countries(tmp_path, (
        "Seminar on rehabilitation of returning families\n\n"
        "Social work officials from Tajikistan attended a seminar in Dushanbe on 14 March 2023 on support "
        "for women and children who came back from Iraq.\n\n"
    ))
    assert c["participant"] == {"TJK"}


def test_donor_agency_expert_is_not_a_participating_country(tmp_path):
    c = _countries(tmp_path, (
        "Training on terrorist travel\n\n"
        "UNOCT delivered a training for customs officers from Tajikistan in Dushanbe on 10-12 May 2022. "
        "An expert of the U.S. Department of State presented good practices.\n\n"
    ))
    assert "USA" not in c["participant"]
    assert "TJK" in c["participant"]


def test_host_country_row_for_the_venue(tmp_path):
    c = _countries(tmp_path, (
        "National consultation in Bishkek\n\n"
        "UNOCT held a national consultation in Bishkek on 3 March 2022.\n\n"
    ))
    assert c["host"] == {"KGZ"}


def test_with_the_participation_of_a_list_of_countries(tmp_path):
    c = _countries(tmp_path, (
        "Regional workshop for Central Asian officials\n\n"
        "UNOCT held a workshop in Almaty on 4 May 2023 with the participation of Kazakhstan, Kyrgyzstan, "
        "Tajikistan, Turkmenistan and Uzbekistan.\n"
    ))
    assert c["participant"] == FIVE


def test_demonyms_of_national_agencies_are_participating_countries(tmp_path):
    c = _countries(tmp_path, (
        "Regional workshop for Central Asian officials\n\n"
        "UNOCT held a workshop in Almaty on 4 May 2023, attended by representatives of Kyrgyz and Tajik law "
        "enforcement agencies.\n"
    ))
    assert c["participant"] == {"KGZ", "TJK"}


def test_migrant_workers_are_a_topic_not_people_from_the_next_country(tmp_path):
    """'lessons from Indonesia on radicalisation among migrant workers and from Bosnia and Herzegovina': case studies
    of other countries, whose people did not take part."""
    c = _countries(tmp_path, (
        "Seminar on preventing radicalisation\n\n"
        "The EU held a seminar in Dushanbe on 4 May 2023 for 30 Tajik officials. Speakers presented lessons from "
        "Indonesia on preventing radicalisation among migrant workers and from Bosnia and Herzegovina on "
        "community-based prevention.\n"
    ))
    assert c["participant"] == {"TJK"}


def test_experts_of_a_national_ministry_make_its_country_a_participant(tmp_path):
    c = _countries(tmp_path, (
        "Regional workshop for Central Asian officials\n\n"
        "UNOCT held a workshop in Almaty on 4 May 2023. A delegation from Turkmenistan and experts of the "
        "Kazakh Ministry of Internal Affairs took part.\n"
    ))
    assert c["participant"] == {"TKM", "KAZ"}


def test_country_in_what_participants_discussed_is_not_a_participant(tmp_path):
    c = _countries(tmp_path, (
        "Regional workshop for Central Asian officials\n\n"
        "Officials from Uzbekistan attended a workshop held by UNOCT in Almaty on 4 May 2023. Participants "
        "discussed the threat posed by ISIL-K in Afghanistan and the return of fighters from Syria.\n"
    ))
    assert c["participant"] == {"UZB"}


def test_trainers_from_a_country_do_not_make_it_a_participant(tmp_path):
    c = _countries(tmp_path, (
        "Border guards trained\n\n"
        "A training for 20 officers from Turkmenistan was held in Ashgabat on 10-14 October 2022, organized by "
        "the OSCE and delivered by experts from the Border Police of Poland.\n"
    ))
    assert c["participant"] == {"TKM"}


def test_institutions_from_a_list_are_participating_countries(tmp_path):
    c = _countries(tmp_path, (
        "Regional meeting on terrorist financing\n\n"
        "On 3-4 October 2023 UNODC convened a regional meeting in Tashkent for financial intelligence units "
        "from Kazakhstan, Kyrgyzstan and Tajikistan.\n\n"
    ))
    assert c["participant"] == {"KAZ", "KGZ", "TJK"}


def test_agencies_of_a_country_take_part_but_a_topic_country_does_not(tmp_path):
    c = _countries(tmp_path, (
        "Training on border security\n\n"
        "On 5 May 2022 the OSCE held a training in Dushanbe for law enforcement agencies of Tajikistan and "
        "Kyrgyzstan on threats from Afghanistan.\n\n"
    ))
    assert c["participant"] == {"TJK", "KGZ"}


def test_a_count_of_agencies_is_not_a_count_of_participants(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Training on border security\n\n"
        "On 5 May 2022 the OSCE held a training in Dushanbe for 12 agencies.\n\n"
    ))
    assert tables.events["participants"].isna().all()


def test_an_official_of_a_country_who_took_part(tmp_path):
    c = _countries(tmp_path, (
        "Conference on border security\n\n"
        "Minister of Foreign Affairs of the Republic of Uzbekistan Vladimir Norov took part today in the "
        "high-level conference held in Dushanbe on 18 October 2022. Turkmenistan's Permanent Mission presented "
        "the country's national strategy at the conference.\n\n"
    ))
    assert c["participant"] == {"UZB", "TKM"}


def test_donor_ambassadors_who_spoke_or_attended_are_not_participating_countries(tmp_path):
    c = _countries(tmp_path, (
        "Table-top exercise in Ashgabat\n\n"
        "The OSCE ran a table-top exercise in Ashgabat on 22 - 24 May 2023 for 25 participants from "
        "Turkmenistan's government agencies. Opening remarks were delivered by the Ambassador of Italy to "
        "Turkmenistan, and the Ambassador of Germany attended the opening session.\n\n"
    ))
    assert c["participant"] == {"TKM"}


def test_a_label_of_participating_countries(tmp_path):
    c = _countries(tmp_path, (
        "Workshop on terrorist travel in Baku\n\n"
        "INTERPOL held a workshop in Baku on 11-12 April 2017.\n\n"
        "Participating countries: Afghanistan, Georgia, Kazakhstan, Nepal and Sri Lanka.\n\n"
    ))
    assert c["participant"] == {"AFG", "GEO", "KAZ", "NPL", "LKA"}


def test_experts_from_all_the_central_asian_states_and_another(tmp_path):
    c = _countries(tmp_path, (
        "Expert meeting in Dushanbe\n\n"
        "An expert meeting opened in Dushanbe on 12 December 2019. Some 70 experts from all the Central Asian "
        "states and Afghanistan are taking part.\n\n"
    ))
    assert c["participant"] == FIVE | {"AFG"}


def test_experts_who_share_good_practice_are_not_participating_countries(tmp_path):
    c = _countries(tmp_path, (
        "Workshop on prison security\n\n"
        "UNODC held a regional workshop in Almaty on 23-25 October 2024 for prison staff from Kazakhstan and "
        "Kyrgyzstan. International experts from Bulgaria and Sweden are sharing good practice.\n\n"
    ))
    assert c["participant"] == {"KAZ", "KGZ"}


def test_ministries_named_without_a_country_are_the_host_countrys(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Training on violent extremism in Ashgabat\n\n"
        "The OSCE held a training course in Ashgabat on 3-5 October 2022. It gathered representatives of the "
        "Ministry of National Security and the Ministry of Justice.\n\n"
    ))
    assert set(tables.event_countries[tables.event_countries.role == "participant"].iso3) == {"TKM"}
    ev = tables.evidence[tables.evidence.field == "participant_country"]
    assert list(ev.confidence) == ["inferred"] and "host country" in ev.reasoning.iloc[0]


def test_officials_from_central_asia_are_the_five_unless_the_countries_are_named(tmp_path):
    c = _countries(tmp_path, (
        "Conference on critical infrastructure\n\n"
        "On 22 November 2024, 25 government officials from Central Asia gathered in Ashgabat for a regional "
        "conference.\n\n"
    ))
    assert c["participant"] == FIVE
    c = _countries(tmp_path, (
        "Prison officers from across Central Asia meet in Almaty\n\n"
        "UNODC is holding a regional workshop in Almaty on 23 October 2024 for prison officers from across "
        "Central Asia. It brings together prison staff from Kazakhstan, Kyrgyzstan and Tajikistan.\n\n"
    ))
    assert c["participant"] == {"KAZ", "KGZ", "TJK"}


def test_embassy_staff_at_the_opening_are_not_a_participating_country(tmp_path):
    c = _countries(tmp_path, (
        "Regional seminar in Almaty\n\n"
        "UNODC held a regional seminar in Almaty on 3 April 2024 for officials from Kyrgyzstan. Representatives "
        "of the Embassy of the United States attended the opening.\n\n"
    ))
    assert c["participant"] == {"KGZ"}


def test_a_list_of_demonyms_before_institutions(tmp_path):
    c = _countries(tmp_path, (
        "Regional dialogue on preventing violent extremism\n\n"
        "UNDP held a regional dialogue in Almaty on 12-13 June 2023. It was attended by some 60 "
        "representatives from Kyrgyz, Tajik and Uzbek institutions.\n\n"
    ))
    assert c["participant"] == {"KGZ", "TJK", "UZB"}


def test_a_government_the_participants_thanked_is_not_a_participating_country(tmp_path):
    c = _countries(tmp_path, (
        "Regional dialogue on preventing violent extremism\n\n"
        "UNDP held a regional dialogue in Almaty on 12-13 June 2023 for officials from Kyrgyzstan. "
        "Participants thanked the Government of Japan for its presence.\n\n"
    ))
    assert c["participant"] == {"KGZ"}


def test_representatives_of_national_law_enforcement_agencies_are_the_hosts(tmp_path):
    c = _countries(tmp_path, (
        "National workshop on security planning\n\nPublished: 24 July 2025\n\n"
        "From 14 to 16 July 2025, the OSCE held a national workshop in Bishkek that gathered 26 representatives of "
        "national law enforcement agencies and private event organizers.\n"))
    assert c["participant"] == {"KGZ"}


def test_countries_listed_before_whose_representatives(tmp_path):
    c = _countries(tmp_path, (
        "Network members share experiences\n\nPublished: 7 December 2022\n\n"
        "On 5-6 December 2022 in Astana, UNODC convened the annual meeting of the network. This year the meeting "
        "concentrated on the experience of Kazakhstan, Kyrgyzstan and Uzbekistan, whose representatives presented "
        "their approaches to the participants.\n"))
    assert {"KAZ", "KGZ", "UZB"} <= c["participant"]


def test_people_from_government_bodies_without_a_country_are_the_host_countrys(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Training on violent extremism in Ashgabat\n\n"
        "UNDP opened a three-day training course in Ashgabat on 6 May 2025. Taking part are people from central "
        "and local government bodies and law enforcement agencies.\n\n"
    ))
    assert set(tables.event_countries[tables.event_countries.role == "participant"].iso3) == {"TKM"}


def test_trainees_of_a_national_course_named_without_a_country_are_the_host_s(tmp_path):
    """'524 prison service employees were trained' at a training in Kyrgyzstan: Kyrgyz participants (a guess,
    and said to be one), and so for a conference there; a study visit is made by guests, and gets no such
    guess, nor does an online event."""
    for sub in ("t", "c", "v", "o"):
        (tmp_path / sub).mkdir()
    training = _countries(tmp_path / "t", (
        "Training on radicalisation in prisons\n\nA training on radicalisation in prisons was held in Bishkek on "
        "6 September 2021. A total of 524 prison service employees took part.\n"))
    assert training["participant"] == {"KGZ"}
    conference = _countries(tmp_path / "c", (
        "Conference on radicalisation in prisons\n\nA conference on radicalisation in prisons was held in Bishkek "
        "on 6 September 2021. A total of 524 experts took part.\n"))
    assert conference["participant"] == {"KGZ"}
    visit = _countries(tmp_path / "v", (
        "Study visit on prison reform\n\nA study visit on prison reform was held in Bishkek on 6 September 2021. "
        "A total of 12 prison officials took part.\n"))
    assert visit["participant"] == set()
    online = _countries(tmp_path / "o", (
        "Online training on radicalisation\n\nAn online training on radicalisation in prisons was held on "
        "6 September 2021 by the OSCE Programme Office in Bishkek. A total of 52 prison officers took part.\n"))
    assert online["participant"] == set()


@pytest.mark.parametrize("opened", [
    "The Deputy Minister of Foreign Affairs of Kazakhstan opened the meeting.",
    "Kazakhstan's Deputy Minister of Foreign Affairs opened the meeting.",
])
def test_the_country_whose_minister_opened_the_meeting_took_part(tmp_path, opened):
    t = one_event_tables(tmp_path, (
        "Regional meeting on CBRN risks held in Almaty\n\n1 June 2021\n\n"
        f"The regional meeting on CBRN risk mitigation was held in Almaty on 1 June 2021.\n\n{opened}\n"))
    assert set(t.event_countries[t.event_countries.role == "participant"].iso3) == {"KAZ"}


def test_a_national_exercise_s_practitioners_are_the_host_s(tmp_path):
    """An exercise held in a Central Asian country for 'practitioners from across the Government': the host's."""
    t = one_event_tables(tmp_path, (
        "Exercise on protecting schools\n\n4 December 2025\n\n"
        "The OSCE organized a tabletop exercise in Ashgabat on 1 and 2 December 2025. Taking part were "
        "practitioners from across the Government, including law enforcement and the emergency services.\n"))
    assert set(t.event_countries[t.event_countries.role == "participant"].iso3) == {"TKM"}


def test_a_host_government_that_organises_an_event_at_home_takes_part_in_it(tmp_path):
    c = _countries(tmp_path, (
        "Round table on the reintegration of returned women and children\n\n"
        "Dushanbe, 12 April 2024 - A round table on the reintegration of returnees was organized today in Dushanbe "
        "by the Ministry of Health and Social Protection of the Population of the Republic of Tajikistan.\n\n"
        "Participants discussed how to strengthen coordination.\n"))
    assert c["participant"] == {"TJK"}


def test_an_online_course_for_a_country_s_law_enforcement_has_that_country_taking_part(tmp_path):
    c = _countries(tmp_path, (
        "OSCE course on terrorist financing\n\n3 June 2020\n\n"
        "The OSCE has held a two-day online course for Kazakh law enforcement on preventing money laundering and "
        "terror financing. Twenty officers took part.\n"))
    assert c["participant"] == {"KAZ"}


def test_whom_a_project_serves_in_general_took_no_part(tmp_path):
    """'The LEICA project ... supports state bodies of Central Asian countries': the project's mandate, not the
    people of this event."""
    c = _countries(tmp_path, (
        "Talas police officers trained\n\n3 March 2023\n\nAbout 150 Kyrgyz police officers completed a training "
        "in Talas from February 27 to March 3, organised by the EU-funded project LEICA.\n\n"
        "The LEICA project is financed by the European Union and supports state bodies of Central Asian countries "
        "in their fight against terrorism.\n"))
    assert c["participant"] == {"KGZ"}


def test_ministers_listed_after_attended_by_took_part_for_their_countries(tmp_path):
    c = _countries(tmp_path, (
        "Interior ministers meet in Baku\n\n23.05.2025\n\nThe Second Meeting of the Ministers of Interior of the "
        "Organization of Turkic States took place in Baku on 23 May 2025.\n\n"
        "The meeting was attended by Yerzhan Sadenov, Minister of Internal Affairs of the Republic of Kazakhstan; "
        "Ulan Niyazbekov, Minister of Internal Affairs of the Kyrgyz Republic; and Bence Retvari, Deputy Minister "
        "of Interior of Hungary.\n"))
    assert {"KAZ", "KGZ", "HUN"} <= c["participant"]



@pytest.mark.parametrize("met, isos", [
    ("held a video conference with the Deputy Foreign Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan and "
     "Uzbekistan", {"KAZ", "KGZ", "TJK", "UZB"}),
    ("held talks with the Ambassadors of Kazakhstan and Turkmenistan", {"KAZ", "TKM"}),
    # (guard) a conference held with a country's help is no meeting of its officials
    ("held a conference with the support of Kazakhstan and Turkmenistan", set()),
])
def test_officials_an_event_was_held_with_took_part_for_their_countries(tmp_path, met, isos):
    """'Today the Secretary General of the European External Action Service held a video conference with the Deputy
    Foreign Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan': their countries took part."""
    c = _countries(tmp_path, (
        f"EEAS Secretary General meets Central Asian deputy ministers\n\n20/10/2020\n\nToday the Secretary General "
        f"of the European External Action Service {met}.\n"))
    assert isos <= c["participant"] and not ({"KAZ", "KGZ", "TJK", "UZB", "TKM"} - isos) & c["participant"]


def test_member_states_listed_after_a_dash_took_part(tmp_path):
    """'It was attended by representatives of the competent authorities of the SCO member states — the Republic of
    Belarus, the Republic of India, ...': the members listed after the dash."""
    c = _countries(tmp_path, (
        "The 42nd meeting of the SCO RATS Council took place in Beijing\n\n13.09.2024\n\nOn 13 September 2024, the "
        "forty-second regular meeting of the Council of the Regional Anti-Terrorist Structure of the Shanghai "
        "Cooperation Organization was held in Beijing.\n\nIt was attended by representatives of the competent "
        "authorities of the SCO member states — the Republic of Belarus, the Republic of India, the Republic of "
        "Kazakhstan and the Republic of Uzbekistan.\n"))
    assert {"BLR", "IND", "KAZ", "UZB"} <= c["participant"]


def test_secretaries_of_security_councils_listed_after_attended_by_took_part_for_their_countries(tmp_path):
    c = _countries(tmp_path, (
        "Meeting of security council secretaries\n\n12.09.2025\n\nThe fourth meeting of the Secretaries of the "
        "Security Councils of the Organization of Turkic States was held in Bishkek today.\n\n"
        "The meeting was attended by the Secretary of the Security Council of the Kyrgyz Republic Baktybek "
        "Bekbolotov, the Secretary of the Security Council of Azerbaijan Ramil Usubov and the Secretary of the "
        "Security Council of Kazakhstan Gizat Nurdauletov.\n"))
    assert {"KGZ", "AZE", "KAZ"} <= c["participant"]


def test_all_five_central_asian_osce_participating_states(tmp_path):
    c = _countries(tmp_path, (
        "OSCE course on open source intelligence\n\nPublishing date: 13 December 2021\n\nVIENNA, 13 December 2021 - "
        "Criminal justice practitioners from all five Central Asian OSCE participating States completed a five-day "
        "OSCE course on internet investigations on 10 December 2021.\n"))
    assert c["participant"] == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_the_countries_returnees_came_home_from_are_not_participants(tmp_path):
    got = _countries(tmp_path, (
        "Returnee conference in Astana\n\n17.03.2023\n\nASTANA - Kazakhstan was among the first to bring its women "
        "and children home from Syria and Iraq. This was the message of the UNICEF Representative at a conference "
        "on 16 March on the reintegration of families who have come back from conflict zones.\n"))
    assert "SYR" not in got["participant"] and "IRQ" not in got["participant"]


def test_a_long_list_of_delegations_runs_on_to_its_last_country(tmp_path):
    got = _countries(tmp_path, (
        "RATS Council meets\n\nTashkent, 18 March 2021\n\nThe 36th meeting of the Council of the SCO Regional "
        "Anti-Terrorist Structure took place in Tashkent on 18 March. Delegations of the competent authorities of "
        "the Republic of India, the Republic of Kazakhstan, the People's Republic of China, the Kyrgyz Republic, "
        "the Islamic Republic of Pakistan, the Russian Federation, the Republic of Tajikistan and the Republic of "
        "Uzbekistan took part.\n"))
    assert got["participant"] >= {"IND", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"}


def test_a_list_of_countries_after_a_spaced_hyphen(tmp_path):
    got = _countries(tmp_path, (
        "Legal experts meet\n\n26 May, 2018\n\nISLAMABAD: A meeting of the Legal Experts Group was held in Islamabad "
        "from May 23 to 25, 2018. Legal experts from eight member states - China, India, Kazakhstan, Kyrgyzstan, "
        "Pakistan, Russia, Tajikistan and Uzbekistan - attended.\n"))
    assert got["participant"] >= {"CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"}


def test_a_list_of_bodies_each_of_its_country_names_every_country(tmp_path):
    got = _countries(tmp_path, (
        "Meeting of the heads of anti-terrorism centres held in Moscow\n\n"
        "MOSCOW, 20 February 2019 - The meeting held in Moscow on 19-20 February 2019 gathered delegations of the "
        "security agencies of five member states - the State Security Service of Azerbaijan, the National Security "
        "Service of Armenia, the State Committee of National Security of Tajikistan, the Ministry of National "
        "Security of Turkmenistan and the State Security Service of Uzbekistan.\n"))
    assert {"AZE", "ARM", "TJK", "TKM", "UZB"} <= got["participant"]


def test_a_group_named_inside_a_list_of_countries_does_not_end_it(tmp_path):
    got = _countries(tmp_path, (
        "Samarkand conference opens\n\n"
        "Samarkand, 10 November 2017 - Delegations of Afghanistan, the United States, several European states, "
        "Russia, China and Japan came together today in Samarkand for an international conference on security "
        "organized by UNRCCA.\n"))
    assert {"AFG", "USA", "RUS", "CHN", "JPN"} <= got["participant"]


def test_countries_in_the_site_s_latest_stories_under_the_story_take_no_part(tmp_path):
    got = _countries(tmp_path, (
        "Training seminar on religious policy held in Bishkek\n\n"
        "Bishkek, Sept. 15, 2017. /Kabar/. The State Commission for Religious Affairs of Kyrgyzstan organized a "
        "training seminar for local officials in Bishkek.\n\n"
        "### Latest in Central Asia\n- Tajik and Uzbek railway officials discuss new freight schedule\n"
        "- Turkmenistan hosts horse beauty contest\n"))
    assert not {"TJK", "UZB"} & got["participant"]


def test_a_central_asian_government_hosting_in_its_country_takes_part_beside_its_guests(tmp_path):
    c = _countries(tmp_path, (
        "Regional seminar on border security\n\n"
        "The Ministry of Internal Affairs of Tajikistan organized a regional seminar on border security in Dushanbe "
        "on 5 May 2022. Delegations of Afghanistan and Uzbekistan took part.\n"))
    assert c["participant"] == {"AFG", "UZB", "TJK"}


def test_a_country_that_was_represented_took_part(tmp_path):
    """'From 1 to 3 October 2024, Kazakhstan was represented at the National Seminar ... held in Tajikistan':
    Kazakhstan took part, as it would have with 'a representative of Kazakhstan took part'."""
    r = _countries(tmp_path, (
        "National seminar on the Biological Weapons Convention\n\n"
        "From 1 to 3 October 2024, Kazakhstan was represented at the National Seminar on confidence-building "
        "measures, held in Dushanbe.\n"
    ))
    assert "KAZ" in r["participant"]


def test_who_will_represent_a_country_and_the_central_asian_countries_says_they_take_part(tmp_path):
    """'Japan will be represented by Mr. Toshihiro Aiki ... The Central Asian countries will be represented by
    senior officials': an announcement's sentences of their own, naming who will take part for whom."""
    r = _countries(tmp_path, (
        "Twelfth Senior Officials Meeting of the Dialogue\n\nJanuary 23, 2018\n\nThe Twelfth Senior Officials "
        "Meeting of the Dialogue will take place in Dushanbe, Tajikistan, on January 26. Japan will be represented "
        "by Mr. Toshihiro Aiki, Ambassador. The Central Asian countries will be represented by senior officials at "
        "the level of vice-minister for foreign affairs.\n"
    ))
    assert r["participant"] == {"JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_every_country_of_a_list_that_was_represented_took_part(tmp_path):
    r = _countries(tmp_path, (
        "Security working group meets in Tashkent\n\n"
        "On 23 July 2018 the Security Working Group held a meeting in Tashkent. Kazakhstan, Kyrgyzstan, Tajikistan "
        "and Turkmenistan were represented at the meeting.\n"
    ))
    assert {"KAZ", "KGZ", "TJK", "TKM"} <= r["participant"]


def test_an_online_event_a_central_asian_government_organised_has_its_officials_taking_part(tmp_path):
    """'The Ministry of Finance of Turkmenistan held an online consultation with FATF experts': an online event
    has no host country, but the government that held it took part."""
    r = _countries(tmp_path, (
        "Online consultation on terrorist financing\n\n"
        "On 12 May 2021 the Ministry of Finance of Turkmenistan held an online consultation via videoconference on "
        "countering the financing of terrorism with experts of the FATF.\n"
    ))
    assert r["participant"] == {"TKM"}



def test_the_countries_that_were_represented_after_a_colon_took_part(tmp_path):
    """'The X meeting of the heads of the national anti-terrorist centres ... has considered current questions of
    cooperation. Agencies of ten Commonwealth countries were represented: the Azerbaijan Republic, the Republic of
    Armenia, ...': a meeting that took place (it considered questions), held by no named city (the
    'Commonwealth' is the CIS, no town), with the listed countries taking part."""
    tables = one_event_tables(tmp_path, (
        "Coordination of efforts on combating terrorism is being improved in the Commonwealth space\n\n"
        "28 February 2017\n\n"
        "The X meeting of the heads of the national anti-terrorist centres of the CIS member nations has considered "
        "current questions of cooperation between the competent authorities in combating terrorism.\n\n"
        "Special services of ten Commonwealth countries were represented: the Azerbaijan Republic, the Republic of "
        "Armenia, the Republic of Belarus and the Republic of Kazakhstan.\n"
    ))
    ev = tables.events.iloc[0]
    assert ev["event_type"] == "meeting" and not isinstance(ev["city"], str)
    parts = set(tables.event_countries[tables.event_countries.role == "participant"].iso3)
    assert {"AZE", "ARM", "BLR", "KAZ"} <= parts


def test_forces_and_observers_from_a_list_of_countries_with_an_aside_in_brackets_took_part(tmp_path):
    r = _countries(tmp_path, (
        "Regional Cooperation 25 opens\n\n"
        "Close to 250 service members from Kazakhstan, Turkmenistan (taking part as a neutral participant), "
        "Uzbekistan and Mongolia, joined by observers from Armenia and Georgia, opened the exercise Regional "
        "Cooperation 25 in Dushanbe on 16 June 2025.\n"))
    assert {"KAZ", "TKM", "UZB", "MNG", "ARM", "GEO"} <= r["participant"]


def test_a_list_of_delegations_opened_by_an_organisation_names_the_countries_that_took_part(tmp_path):
    r = _countries(tmp_path, (
        "Forum for Security Co-operation meets in Vienna\n\n"
        "On 22 May 2019 Tajikistan chaired the 916th plenary meeting of the OSCE Forum for Security Co-operation "
        "held in Vienna. The delegations of the European Union, Russia, the United States and Japan took part in "
        "the meeting.\n"))
    assert {"RUS", "USA", "JPN"} <= r["participant"]


def test_the_central_asian_participants_are_the_region_s_countries(tmp_path):
    c = _countries(tmp_path, (
        "Study visit to Budapest\n\n"
        "On 12 June 2024 the OSCE organized a study visit to Budapest for the Central Asian participants of its "
        "cybercrime project.\n\n"))
    assert c["participant"] == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_officials_from_across_a_country_and_experts_who_presented_beside_others(tmp_path):
    """'More than 50 officials from across Kazakhstan ...': they came from Kazakhstan. 'International experts from
    Belarus and Estonia, together with representatives of the OSCE and national experts, presented ...': they
    taught, they did not take part."""
    c = _countries(tmp_path, (
        "Online seminar on cybercrime\n\n"
        "A three-day online training seminar on countering cybercrime, organized by the OSCE Programme Office, "
        "concluded on 28 August 2020. More than 50 law enforcement officials from across Kazakhstan looked at the "
        "problems of investigating cybercrime. International experts from Belarus and Estonia, together with "
        "representatives of the OSCE Transnational Threats Department and national experts, presented good "
        "practice.\n\n"
    ))
    assert c["participant"] == {"KAZ"}


@pytest.mark.parametrize("taught", [
    "Two international experts from Belarus with long experience in the field passed on in-depth knowledge.",
    "Specialists from the Austrian Federal Ministry of the Interior are presenting good practice.",
])
def test_experts_whose_body_or_experience_stands_before_their_teaching_take_no_part(tmp_path, taught):
    c = _countries(tmp_path, (
        "Course on document security\n\n"
        "DUSHANBE, 3 May 2019 - The OSCE held a training course for 20 Tajik officers in Dushanbe on 1-3 May 2019. "
        + taught + "\n\n"))
    assert c["participant"] == {"TJK"}


@pytest.mark.parametrize("listed", [
    "with Afghanistan, Kyrgyzstan and Tajikistan as participating countries",
    "where Kazakh, Kyrgyz and Tajik prosecutors met",
])
def test_a_list_of_countries_right_before_its_people_all_take_part(tmp_path, listed):
    c = _countries(tmp_path, (
        "Regional meeting on biosafety law\n\n"
        f"A regional meeting was held in Almaty on 2-3 February 2017, {listed}.\n\n"
    ))
    assert {"KGZ", "TJK"} <= c["participant"]


def test_a_list_ended_by_a_country_several_words_before_people_is_not_theirs(tmp_path):
    c = _countries(tmp_path, (
        "Regional training on financial investigations\n\n"
        "An online training for Kazakh analysts was held on 2-3 February 2021. Trainers from Georgia and Italy walked "
        "participants through laundering schemes.\n\n"
    ))
    assert "GEO" not in c["participant"]


def test_a_national_meeting_for_a_country_is_attended_by_it(tmp_path):
    c = _countries(tmp_path, (
        "Project kick-off\n\n"
        "On 26-27 January 2017 the project opened in Almaty with a national kick-off meeting for Mongolia.\n\n"
    ))
    assert "MNG" in c["participant"]


def test_the_audience_of_a_lecture_held_in_a_central_asian_country_is_from_there_by_guess(tmp_path):
    c = _countries(tmp_path, "Lecture on extremism for students\n\nOn 26 April 2022, a lecture on extremism was given "
                             "in Kara-Balta to more than 200 students of Jaiyl district.\n")
    assert c["participant"] == {"KGZ"}


def test_the_hosts_of_a_study_visit_do_not_take_part_in_it(tmp_path):
    c = _countries(tmp_path, "Study visit to Astana\n\nOn 26 April 2022, a study visit to Astana was made by "
                             "probation officers to learn about rehabilitation.\n")
    assert "KAZ" not in c["participant"]


def test_a_registered_body_of_a_government_taking_part_brings_its_country(tmp_path):
    """'A research fellow of the Kazakhstan Institute for Strategic Studies (KazISS) took part in an online
    webinar': the institute belongs to Kazakhstan's government (the registry says so), so Kazakhstan took part."""
    c = _countries(tmp_path, (
        "Webinar on violent extremism\n\nPublished: 22 February 2021\n\n"
        "A research fellow of the Kazakhstan Institute for Strategic Studies (KazISS) took part in an online "
        "webinar organized by the OSCE on 22 February 2021.\n"))
    assert c["participant"] == {"KAZ"}


@pytest.mark.parametrize("sentence", [
    "On 20 May 2022 Kazakhstan, Kyrgyzstan and Uzbekistan presented their national approaches to terrorism at a "
    "virtual side event organized by UNODC.",
    "On 20 May 2022 UNODC held a virtual side event, which gave Kazakhstan, Kyrgyzstan and Uzbekistan the "
    "opportunity to present their experience in countering terrorism."])
def test_countries_that_presented_their_own_experience_took_part(tmp_path, sentence):
    c = _countries(tmp_path, f"Side event on Central Asian responses to terrorism\n\n{sentence}\n\n")
    assert c["participant"] == {"KAZ", "KGZ", "UZB"}


def test_a_country_whose_approach_others_presented_did_not_take_part(tmp_path):
    """Guard: 'UNODC experts presented their study of Afghanistan': the country is a subject matter."""
    c = _countries(tmp_path, "Side event on Central Asian responses to terrorism\n\nOn 20 May 2022 UNODC held a "
                             "virtual side event where its experts presented their study of Afghanistan.\n\n")
    assert "AFG" not in c["participant"]


def test_an_expert_from_abroad_who_led_the_sessions_did_not_take_part(tmp_path):
    """'Two staff members of the OSCE Secretariat and an international expert from Estonia led the sessions': Estonia
    sent a trainer, not participants."""
    c = _countries(tmp_path, (
        "First OSCE course on cybercrime for Turkmen law enforcement\n\n15 May 2023\n\n"
        "ASHGABAT - The OSCE Centre held a four-day training course on cybercrime for 25 officers of Turkmenistan's "
        "law enforcement agencies from 9 to 12 May 2023 in Ashgabat.\n\n"
        "Two staff members of the OSCE Secretariat and an international expert from Estonia led the sessions.\n"))
    assert c["participant"] == {"TKM"}


def test_the_countries_of_heads_of_delegations_listed_one_to_a_line_take_part(tmp_path):
    """'The heads of delegations were:' and a line for each head with a title naming their country: those countries
    took part, though no sentence says so of them."""
    r = _countries(tmp_path, "Meeting of Security Council Secretaries\n\n06.04.2017\n\nThe twelfth meeting of the "
                             "Secretaries of the Security Councils took place in Astana on 5–6 April 2017.\n\n"
                             "The heads of delegations were:\n\n"
                             "Guo Shengkun, Member of the State Council of the People’s Republic of China;\n\n"
                             "Temir Djumakadyrov, Secretary of the Security Council of the Kyrgyz Republic;\n\n"
                             "Nikolai Patrushev, Secretary of the Security Council of the Russian Federation.\n\n"
                             "The Secretary-General also attended.\n")
    assert {"CHN", "KGZ", "RUS"} <= r["participant"]


def test_the_country_of_experts_who_introduced_the_participants_to_a_topic_sent_no_participants(tmp_path):
    """'Experts from the United Kingdom introduced the participants to maritime security': a country named right
    before the people, but with a verb and its article between them; the experts taught."""
    c = _countries(tmp_path, (
        "Port security course in Turkmenbashi\n\n24/12/2018\n\n"
        "In December 2018, 25 officials of the port services completed a course on port security held by the OSCE "
        "at the Turkmenbashi International Seaport.\n\n"
        "Experts from the United Kingdom introduced the participants to maritime security.\n"))
    assert "GBR" not in c["participant"]


@pytest.mark.parametrize("names, codes", [
    ("Kyrghyzstan, Tadzhikistan, Kazakhstan and Uzbekistan", {"KGZ", "TJK", "KAZ", "UZB"}),
    ("Kirghizstan, Turkmenia and Qazaqstan", {"KGZ", "TKM", "KAZ"}),
])
def test_older_and_other_spellings_of_the_region_s_countries(tmp_path, names, codes):
    c = _countries(tmp_path, (
        "Seminar for law enforcement officers\n\n"
        f"The seminar took place in Dalian on 23-28 September 2018 for 21 trainees from {names}.\n"))
    assert c["participant"] == codes


def test_countries_listed_after_a_dash_with_their_articles(tmp_path):
    """'from eight Commonwealth states – the Republic of Azerbaijan, the Republic of Armenia, ...'."""
    c = _countries(tmp_path, (
        "Conference in Moscow\n\n26 September 2025\n\nAn international conference took place in Moscow on 24-26 "
        "September 2025.\n\nThe conference brought together officials of national anti-terrorism structures from "
        "three Commonwealth states – the Republic of Azerbaijan, the Kyrgyz Republic and the Republic of "
        "Uzbekistan.\n"))
    assert {"AZE", "KGZ", "UZB"} <= c["participant"]


def test_a_fact_box_field_of_participating_states_in_a_table_of_two_columns(tmp_path):
    """'Participating states | Azerbaijan, Armenia, ...': a field of a page's table of facts, as after a colon."""
    c = _countries(tmp_path, (
        "Conference in Moscow\n\n26 September 2025\n\nFrom 24 to 26 September the CIS ATC held its international "
        "conference in Moscow.\n\nOrganizers | CIS ATC\nVenue | Moscow\nParticipating states | Azerbaijan, Armenia, "
        "Belarus\n"))
    assert c["participant"] == {"AZE", "ARM", "BLR"}
