"""Event type and themes from the codebook's controlled vocabularies (CODEBOOK.md, "Controlled
vocabularies"): the type is the first event noun named; themes are what the event was about."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_helpers import load_release, one_event_tables

from data_loader.columns import EVENT_TYPES, THEMES
from data_loader.extract.classify import event_type_mentions


@pytest.mark.parametrize(
    "noun, etype",
    [
        ("workshop", "workshop"), ("seminar", "workshop"), ("training course", "training"),
        ("train-the-trainers course", "training"), ("conference", "conference"), ("forum", "conference"),
        ("high-level dialogue", "conference"), ("symposium", "conference"), ("round table", "meeting"),
        ("expert meeting", "meeting"), ("consultation", "consultation"), ("briefing", "briefing"),
        ("tabletop exercise", "exercise"), ("simulation", "exercise"), ("table-top exercise", "exercise"),
        ("train-the-trainer course", "training"), ("regional dialogue", "conference"),
        ("side event", "other"), ("study visit", "other"), ("study tour", "other"),
        # a discussion is a meeting of the codebook's vocabulary, as a round table is
        ("panel discussion", "meeting"), ("discussion", "meeting"),
        # the last noun of a compound is its head: a dialogue meeting is a meeting, not a dialogue (a conference)
        ("dialogue meeting", "meeting"),
        # a simulation training is a training with a mock case, as a training exercise is an exercise
        ("simulation training", "training"),
        # "bilateral field training exercises": exercises, of which training is the purpose
        ("field training exercise", "exercise"), ("training exercise", "exercise"),
        # a body's session is its meeting ("the session of the Committee of Secretaries of Security Councils")
        ("session of the Committee of Secretaries", "meeting"), ("regular session", "meeting"),
        # a lab where young people work out their own initiatives is a workshop
        ("youth idea generation lab", "workshop"), ("innovation lab", "workshop"),
    ],
)
def test_event_nouns_map_to_the_vocabulary(noun, etype):
    found = event_type_mentions(f"The partners held a {noun} last week.")
    assert found, noun
    assert found[0][0] == etype


def _event(tmp_path: Path, text: str):
    tables = one_event_tables(tmp_path, text)
    ev = tables.events.iloc[0]
    themes = set(tables.event_themes.theme)
    assert ev["event_type"] in EVENT_TYPES
    assert themes <= set(THEMES)
    return ev, themes


def test_conference_and_training_course_is_one_conference(tmp_path):
    ev, _ = _event(tmp_path, (
        "Conference and training on border security\n\n"
        "UNOCT held a conference and a training course on border security in Dushanbe on 7-9 June 2023.\n\n"
    ))
    assert ev["event_type"] == "conference"


def test_an_activity_without_a_codebook_type_named_first_is_other(tmp_path):
    """'a study visit' named first: the codebook has no type for it, so ``other``, not the training
    named after it (nor the first typed word further on)."""
    ev, _ = _event(tmp_path, (
        "Prison officers learn together in Kostanay\n\n"
        "UNODC organised a three-day study visit to the police training academy in Kostanay on 4-6 October "
        "2022, with training sessions on the management of high-risk prisoners.\n\n"
    ))
    assert ev["event_type"] == "other"


def test_training_then_seminar_is_a_training(tmp_path):
    ev, _ = _event(tmp_path, (
        "Prosecutors trained in Tashkent\n\n"
        "A training for prosecutors, followed by a seminar for judges, was conducted by UNODC in Tashkent on "
        "16-17 August 2022.\n\n"
    ))
    assert ev["event_type"] == "training"


def test_small_arms_workshop_is_arms_trafficking(tmp_path):
    ev, themes = _event(tmp_path, (
        "Workshop on small arms and light weapons\n\n"
        "UNODA organized a workshop on preventing the illicit trafficking of small arms and light weapons in "
        "Almaty on 12 September 2023.\n\n"
    ))
    assert ev["event_type"] == "workshop"
    assert "arms_trafficking" in themes


@pytest.mark.parametrize(
    "title, lead, theme",
    [
        ("Tabletop exercise on a chemical attack",
         "UNOCT conducted a tabletop exercise on responding to a chemical and biological terrorist attack",
         "cbrn"),
        ("Protecting soft targets",
         "UNOCT held a workshop on protecting soft targets and critical infrastructure", "vulnerable_targets"),
        ("Rehabilitation of returnees",
         "UNODC held a seminar on the rehabilitation and reintegration of returnees and their families", "ftf"),
        ("Countering terrorist financing",
         "UNODC held a training course on countering the financing of terrorism", "financing"),
        ("Cybersecurity and terrorism",
         "UNOCT organized a workshop on cybersecurity and new technologies", "cyber_newtech"),
        ("Preventing violent extremism among youth",
         "UNOCT held a workshop on preventing violent extremism among young people", "pve"),
        ("Border management course",
         "The OSCE held a training course on border security and management for border guards",
         "border_security"),
        ("National counter-terrorism strategy",
         "UNOCT convened a consultation on the national counter-terrorism strategy and action plan", "strategy"),
        ("Human rights in counter-terrorism",
         "OHCHR held a workshop on human rights and gender in counter-terrorism", "human_rights_gender"),
        ("Prison forum on reintegrating offenders",
         "The penitentiary service held a forum on prison management and probation", "judicial_cooperation"),
        ("Anti-terror drill at Karabatan",
         "The Counter-Terrorism Center held an exercise at the facilities of the Karabatan refinery",
         "vulnerable_targets"),
        ("Programme Steering Committee meets",
         "The annual meeting of the Programme Steering Committee of the UNODC Programme for Central Asia was held",
         "strategy"),
        ("Interdepartmental consultations on new threats",
         "Kyrgyz and Russian officials held interdepartmental consultations on countering new challenges", "strategy"),
        ("Keeping young people away from radical groups",
         "The ministry held a conference on preventing young people from being drawn into radical groups", "pve"),
        ("Dialogue meetings on religious tolerance",
         "IWPR held dialogue meetings with activists and imams on religious tolerance", "pve"),
        ("Joint drills near the Afghan border",
         "Russian and Tajik servicemen held a joint exercise near the Afghan border", "border_security"),
        # round 59: drills at a mall and at places where many people gather are about soft targets
        ("Anti-terror drill at a mall",
         "Security forces held a drill at the Mega Silk Way shopping and entertainment centre", "vulnerable_targets"),
        ("Exercise at a hospital",
         "An exercise was held to rehearse the response to threats at places where large numbers of people gather",
         "vulnerable_targets"),
        ("Outreach on anti-terrorism protection",
         "The regional commission held outreach meetings on the anti-terrorism protection of facilities",
         "vulnerable_targets"),
        # round 63: drills against attacks on a garrison's hospital, depots and facilities are about protecting targets
        ("Troops rehearse defence of their base",
         "Sub-units held an exercise to repel an attempt to seize a checkpoint and the military hospital",
         "vulnerable_targets"),
        ("Servicemen repel a mock raid",
         "In an exercise, troops blocked a notional gang preparing to strike weapons and ammunition depots",
         "vulnerable_targets"),
        ("Drill in the mountains",
         "A drill of motorised infantry rehearsed repelling terrorist attacks on military facilities",
         "vulnerable_targets"),
    ],
)
def test_themes_from_title_and_lead(tmp_path, title, lead, theme):
    _, themes = _event(tmp_path, f"{title}\n\n{lead} in Bishkek on 4 April 2023.\n")
    assert theme in themes


def test_topic_mentioned_in_passing_in_background_is_not_a_theme(tmp_path):
    _, themes = _event(tmp_path, (
        "Workshop on protecting stadiums\n\n"
        "UNOCT held a workshop on the security of major sporting events in Astana on 2 May 2024.\n\n"
        "Background\n\n"
        "UNOCT also runs programmes on cybersecurity, on CBRN terrorism and on the financing of terrorism.\n\n"
    ))
    assert "vulnerable_targets" in themes
    assert not themes & {"cyber_newtech", "cbrn", "financing"}


def test_an_online_seminar_is_no_theme_of_new_technologies(tmp_path):
    """'held two online training seminars ... online training': 'online' before the activity says how it was held
    (its format), not what it was about; 'violent extremism online' still is the theme."""
    _, themes = _event(tmp_path, (
        "UNRCCA Academy conducted two online training seminars\n\nPublished 29 September 2022\n\n"
        "The UNRCCA Preventive Diplomacy Academy held two online training seminars on 21 September 2022 for young "
        "people on decision-making skills and preventing violent extremism. The online sessions used group work.\n"))
    assert "cyber_newtech" not in themes
    (tmp_path / "b").mkdir()
    _, themes = _event(tmp_path / "b", (
        "Seminar on violent extremism online\n\nPublished 29 September 2022\n\n"
        "UNOCT held an online seminar on countering violent extremism online and terrorist use of the internet on "
        "21 September 2022.\n"))
    assert "cyber_newtech" in themes


def test_organization_names_do_not_make_themes(tmp_path):
    _, themes = _event(tmp_path, (
        "Seminar on youth resilience\n\n"
        "The United Nations Office on Drugs and Crime held a seminar on preventing violent extremism among "
        "young people in Osh on 8 June 2023.\n\n"
    ))
    assert themes == {"pve"}


def test_simulation_exercise_on_bioterrorism(tmp_path):
    ev, themes = _event(tmp_path, (
        "Simulation on responding to a bioterrorism incident\n\n"
        "A simulation exercise on a bioterrorism incident was conducted in Astana on 4 May 2023 by UNOCT and "
        "the OSCE.\n"
    ))
    assert ev["event_type"] == "exercise"
    assert "cbrn" in themes


def test_symposium_and_workshop_together_is_a_conference(tmp_path):
    ev, themes = _event(tmp_path, (
        "Symposium on victims of terrorism\n\n"
        "UNOCT held a symposium on the rights of victims of terrorism and a workshop on human rights in "
        "Tashkent on 4 May 2023.\n"
    ))
    assert ev["event_type"] == "conference"
    assert "human_rights_gender" in themes


def test_a_topic_named_in_passing_outside_the_event_is_no_theme(tmp_path):
    """A sentence about neither the event nor its sessions weighs half: a strategy that 'runs until 2024'
    is background to an exercise on terrorist use of the internet."""
    _, themes = _event(tmp_path, (
        "Exercise in Ashgabat\n\n"
        "The OSCE ran a table-top exercise in Ashgabat on 22-24 May 2023 on terrorist use of the internet. "
        "The national strategy on violent extremism runs until 2024.\n\n"
    ))
    assert themes == {"cyber_newtech"}


def test_cryptocurrencies_for_terrorism_are_new_technologies_and_financing(tmp_path):
    _, themes = _event(tmp_path, (
        "Experts discuss how to stop cryptocurrencies from financing terrorism\n\n"
        "The Academy hosted a regional consultation on cryptocurrencies and the financing of terrorism in "
        "Tashkent on 13-14 November 2023.\n\n"
    ))
    assert themes == {"cyber_newtech", "financing"}


def test_security_planning_for_public_events_is_about_vulnerable_targets():
    from data_loader.extract.classify import pick_themes, theme_scores

    text = ("A national workshop on pre-event security planning ahead of public gatherings, to protect public "
            "events against terrorist attacks.")
    assert pick_themes(theme_scores([(text, 0, 1.0)])) == ["vulnerable_targets"]


def test_an_international_videoconference_is_a_conference(tmp_path):
    from release_helpers import one_event_tables

    t = one_event_tables(tmp_path, (
        "UN videoconference examines the experience of returnees\n\n26.09.2020 | 10:14\n\n"
        "TASHKENT, 26 September (Dunyo IA). On 25 September, an international videoconference on returnees took "
        "place. The online event was organized by UNOCT.\n"))
    ev = t.events.iloc[0]
    assert ev["event_type"] == "conference" and ev["start_date"].strftime("%Y-%m-%d") == "2020-09-25"


def test_a_programme_held_on_some_days_is_a_training(tmp_path):
    """'a two-day capacity building programme ... on April 21-22': an event, not a programme run for years."""
    ev, _ = _event(tmp_path, (
        "Central Asian experts study terrorist financing in New Delhi\n\n"
        "Experts from Kazakhstan and Uzbekistan attended a two-day capacity building programme on countering the "
        "financing of terrorism that India held in New Delhi on 21-22 April 2025.\n\n"
    ))
    assert ev["event_type"] == "training" and str(ev["start_date"])[:10] == "2025-04-21"


def test_the_launch_of_a_project_is_an_event_of_type_other(tmp_path):
    ev, _ = _event(tmp_path, (
        "New project against arms trafficking in Central Asia\n\n"
        "UNOCT and UNODC presented the project at the launch of the initiative in Vienna on 21 February 2020.\n\n"
    ))
    assert ev["event_type"] == "other" and ev["city"] == "Vienna"


def test_investigating_and_prosecuting_terrorism_cases_is_criminal_justice(tmp_path):
    _, themes = _event(tmp_path, (
        "Bringing terrorism cases to court\n\n"
        "UNODC held a course for investigators and judges in Bishkek on 4 April 2023. The sessions covered how to "
        "investigate and prosecute terrorism cases.\n"))
    assert "judicial_cooperation" in themes


@pytest.mark.parametrize(
    "lead, theme",
    [
        ("UNOCT held a training course on tools for the investigation and prosecution of terrorism cases linked to "
         "small arms and light weapons", "judicial_cooperation"),
        ("The SCO RATS held an exercise on countering cyberterrorism and attacks committed with "
         "information and communication technologies", "cyber_newtech"),
        ("UNICRI held a workshop on counter-proliferation finance and sanctions evasion for CBRN experts",
         "financing"),
        ("The CIS Anti-Terrorism Center held a training on the interstate cooperation of the special services and "
         "security agencies of the Commonwealth", "judicial_cooperation"),
        ("Special intervention officers held a training on CBRN-E threats", "cbrn"),
        ("The OSCE opened a training course for the Tajik Border Troops", "border_security"),
        ("The Prosecutor's Office held a conference on the state programmes on preventing terrorism", "strategy"),
        ("UNRCCA held a round table on how parliaments can contribute to national action plans", "strategy"),
        ("The forces held an exercise to destroy armed groups that have invaded the territory of a member state",
         "border_security"),
        ("UNODC held a course for officers of the Afghan Border Police", "border_security"),
        ("The secretaries of the security councils of the Turkic States held their meeting", "strategy"),
        ("The CIS Anti-Terrorism Center held an exercise against attacks on maritime infrastructure facilities",
         "vulnerable_targets"),
        ("The OSCE held a workshop for investigators on combating cybercrime", "cyber_newtech"),
        ("The OSCE held a course on digital forensics for police officers", "cyber_newtech"),
        ("The OSCE held a course on X-ray screening for aviation security staff of the airport",
         "vulnerable_targets"),
        ("The KNB held a lecture on the protection of facilities vulnerable to terrorism", "vulnerable_targets"),
        ("The Counter-Terrorism Committee held an open briefing on Central Asia", "strategy"),
        ("The Legal Experts Group of the SCO RATS held a meeting", "strategy"),
        ("The EAEU states held a forum on their joint anti-terrorist strategy", "strategy"),
        ("The CIS ATC held expert consultations on countering remote recruitment by terrorist organizations",
         "cyber_newtech"),
        ("The CIS ATC held expert consultations on counter-narratives against terrorist recruitment", "pve"),
        ("The Ministry held talks on the search for militants who fought for terrorist organizations in Syria and "
         "Iraq", "ftf"),
        ("The Ministry held talks on tracking down foreign fighters before they return home", "ftf"),
        ("Experts of three countries held a meeting on the children and women brought back from Iraq and Syria",
         "ftf"),
        ("The OSCE held a course on port security and port control procedures for officials of the seaport",
         "border_security"),
        ("The EU and the Central Asian states held the High-Level Political and Security Dialogue", "strategy"),
        ("The Senior Officials Committee of CICA held its meeting", "strategy"),
    ],
)
def test_themes_named_by_their_practice(tmp_path, lead, theme):
    """A theme named through what its practitioners do ("investigation and prosecution") or its newer
    words ("cyberterrorism", "proliferation finance") counts beside the event's leading theme."""
    _, themes = _event(tmp_path, f"Training course\n\n{lead} in Bishkek on 4 April 2023.\n")
    assert theme in themes


def test_people_who_met_somewhere_held_a_meeting(tmp_path):
    """No noun names the activity, but the people 'met in Tashkent': a meeting, not ``other``."""
    ev, _ = _event(tmp_path, (
        "Youth project reviews its results\n\n"
        "On 14 November 2021 UNODC and 30 representatives of youth organizations met in Tashkent to review what "
        "the project has achieved.\n\n"
    ))
    assert ev["event_type"] == "meeting"


def test_a_sentence_naming_the_activity_counts_for_the_theme_though_it_gives_no_date(tmp_path):
    """The lede says what the course was about; the dated sentence after it only where and when."""
    _, themes = _event(tmp_path, (
        "OSCE helps Uzbekistan step up security of key facilities\n\n31 October 2025\n\n"
        "Specialists from a dozen Uzbek agencies spent three days learning how to protect critical "
        "infrastructure at an OSCE training course.\n\n"
        "The course ran in Tashkent from 27 to 29 October 2025. It was organised by the OSCE.\n\n"
    ))
    assert themes == {"vulnerable_targets"}


def test_a_congress_is_a_conference(tmp_path):
    ev, _ = _event(tmp_path, (
        "Delegation takes part in the first Global Congress of Victims of Terrorism\n\nSeptember 12, 2022\n\n"
        "8-9 September, New York, UN Headquarters – A delegation took part in the Global Congress of Victims of "
        "Terrorism. The Congress was organized by the UN Office of Counter-Terrorism.\n\n"
    ))
    assert (ev["event_type"], ev["city"]) == ("conference", "New York")


def test_one_clear_keyword_of_a_theme_is_enough_when_no_other_theme_is_named():
    """A training on countering extremist propaganda names its theme once: that theme, not none."""
    from data_loader.extract.classify import pick_themes, theme_scores

    scores = theme_scores([("Journalists learn to counter extremist propaganda in their reporting.", 0, 1.0)])
    assert pick_themes(scores) == ["pve"]
    assert pick_themes(theme_scores([("Journalists met to talk about youth.", 0, 1.0)])) == []


def test_an_organiser_that_exists_for_one_subject_gives_its_event_that_theme(tmp_path):
    """The EAG's plenary is about terrorist financing though no keyword says so: its name is blanked for the
    keywords, and its mandate (registry/mandates.csv) stands in."""
    _, themes = _event(tmp_path, (
        "Results of the EAG Plenary Meeting\n\n"
        "The Eurasian Group on Combating Money Laundering and Financing of Terrorism (EAG) convened its 32nd "
        "plenary meeting remotely on 19 June 2020. The meeting postponed mutual evaluations and follow-up "
        "reports by one plenary cycle.\n"))
    assert themes == {"financing"}


def test_a_law_enforcement_programme_s_steering_committee_is_about_law_enforcement_cooperation(tmp_path):
    _, themes = _event(tmp_path, (
        "LEICA Steering Committee meets in Samarkand\n\n"
        "The annual Steering Committee meeting of the EU-funded Law Enforcement in Central Asia (LEICA) programme "
        "was held by LEICA in Samarkand on 14 June 2023. Members reviewed the work plan.\n"))
    assert "judicial_cooperation" in themes


def test_a_plenary_week_hosted_by_a_city_is_a_meeting_of_the_group_whose_plenary_it_is(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Delegation takes part in the 28th EAG Plenary week in Nanjing\n\n29.05.2018\n\n"
        "From May 22 to May 25, the city of Nanjing hosted the 28th Plenary week of the Eurasian Group on "
        "Combating Money Laundering and Financing of Terrorism (EAG). A delegation of Tajikistan took part.\n"))
    ev = tables.events.iloc[0]
    assert (ev["event_type"], str(ev["start_date"])[:10], str(ev["end_date"])[:10]) == (
        "meeting", "2018-05-22", "2018-05-25")
    orgs = tables.event_organizations
    assert set(orgs[orgs.role == "organizer"].organization) == {"EAG"}


def test_a_training_on_smuggling_and_organised_crime_is_about_trafficking_and_law_enforcement(tmp_path):
    _, themes = _event(tmp_path, (
        "Basic Training on Smuggling and Organized Crime\n\n6 December 2021\n\nFrom 29 November to 3 December "
        "2021 a training seminar on countering smuggling and organized crime for law enforcement officers was held in "
        "Ankara. Methods of countering corruption and money laundering were also presented.\n"))
    assert {"arms_trafficking", "judicial_cooperation"} <= themes


def test_a_training_on_preventing_radicalism_and_extremism_is_pve(tmp_path):
    _, themes = _event(tmp_path, (
        "Training on preventing radicalism and extremism in Karakol\n\n25.07.2019\n\nOn 25 and 26 July 2019 the "
        "State Commission held a training on preventing radicalism and extremism for staff of state bodies in "
        "Karakol.\n"))
    assert "pve" in themes


def test_a_conference_on_a_draft_strategy_is_about_strategy(tmp_path):
    _, themes = _event(tmp_path, (
        "Draft Strategy on preventing extremism and terrorism for 2026-2030 discussed\n\n27.09.2025\n\n"
        "The Academy of Public Administration hosted a conference in Dushanbe on 26 September 2025 devoted to the "
        "draft Strategy of the Republic of Tajikistan on preventing extremism and terrorism.\n"))
    assert "strategy" in themes


def test_a_programme_for_one_subject_gives_the_events_held_in_it_that_theme(tmp_path):
    """Held under the RFTF detention programme, a prison workshop is about foreign terrorist fighters,
    though the sentences only speak of prisons."""
    _, themes = _event(tmp_path, (
        "Prison staff workshop in Dushanbe\n\n"
        "Dushanbe, 14 March 2023 - UNODC held a workshop for prison staff on risk assessment and sentence planning "
        "on 13-14 March 2023.\n\nThe workshop was held under the Returning Foreign Terrorist Fighters Detention "
        "Programme.\n"))
    assert "ftf" in themes


@pytest.mark.parametrize("words", ["public safety at transportation facilities", "security at large-scale events"])
def test_transport_facilities_and_large_scale_events_are_vulnerable_targets(words):
    from data_loader.extract.classify import pick_themes, theme_scores

    assert pick_themes(theme_scores([(f"Police officers trained in {words}.", 0, 1.0)])) == ["vulnerable_targets"]


def test_a_training_ground_is_a_place_not_a_training():
    from data_loader.extract.classify import event_type_mentions

    found = event_type_mentions("DONGUZ TRAINING GROUND /Orenburg Region/ - the anti-terror exercise closed")
    assert [t for t, _, _ in found] == ["exercise"]


def test_countering_religious_extremism_is_preventing_violent_extremism():
    from data_loader.extract.classify import pick_themes, theme_scores

    scores = theme_scores([("Conference on countering religious extremism and terrorism opens in Astana", 0, 3.0)])
    assert pick_themes(scores) == ["pve"]


def test_a_drill_at_a_hydropower_plant_protects_a_vulnerable_target():
    from data_loader.extract.classify import pick_themes, theme_scores

    scores = theme_scores([("A counterterrorism exercise was held at the Uch-Korgon hydropower plant", 0, 2.0)])
    assert pick_themes(scores) == ["vulnerable_targets"]


@pytest.mark.parametrize("lead", [
    "UNDP held a workshop for staff of the religious affairs commission on extremism prevention",
    "The commission held a seminar on values of tradition against destructive ideologies",
    "UNDP held a workshop for the commission, supported by the STRIVE Asia project",
])
def test_extremism_prevention_words_and_a_pve_programme_make_the_pve_theme(tmp_path, lead):
    _, themes = _event(tmp_path, f"Workshop for the religious affairs commission\n\n{lead} in Bishkek on 4 April "
                                 "2023.\n")
    assert "pve" in themes


def test_an_online_hearing_of_a_parliamentary_assembly_is_a_virtual_meeting(tmp_path):
    ev, _ = _event(tmp_path, (
        "Kazakhstan's experience presented at a parliamentary hearing\n\n"
        "Nur-Sultan, 18 May 2021 - The online hearing of the Assembly's committee was held on 18 May 2021 on the "
        "theme of prosecuting and reintegrating foreign terrorist fighters.\n"))
    assert (ev["event_type"], ev["format"]) == ("meeting", "virtual")


def test_the_title_in_quotes_an_event_was_devoted_to_gives_its_themes(tmp_path):
    """'The seminar was devoted to "Organising the de-radicalisation of minors from families who returned from zones
    of terrorist activity. Developing support centres"': quoted words are masked as speech elsewhere, but a
    title after "devoted to" says what the event was about (here cut in two by the sentence splitter)."""
    _, themes = _event(tmp_path, (
        "Families returned home\n\n"
        "ALMATY. Thirty-nine families have been brought back, a lawyer said at a seminar held in Almaty on "
        "19 December 2018.\n\n"
        "The seminar was devoted to \"Organising work on the de-radicalisation and rehabilitation of minors from "
        "families who returned from zones of terrorist activity. Developing support centres for minors\".\n"
    ))
    assert {"pve", "ftf"} <= themes


@pytest.mark.parametrize("written", ["de-radicalisation", "de-radicalization", "deradicalisation"])
def test_deradicalisation_in_any_spelling_is_pve(tmp_path, written):
    _, themes = _event(tmp_path, f"Seminar\n\nUNODC held a seminar on {written} in prisons in Osh on 4 April 2023.\n")
    assert "pve" in themes


def test_a_meeting_of_the_heads_of_security_services_is_about_strategy(tmp_path):
    """A meeting of the heads of the region's security services on regional cooperation against terrorism sets
    policy: the strategy theme, not the law-enforcement cooperation of a training for investigators."""
    _, themes = _event(tmp_path, (
        "Heads of security services meet in Tashkent\n\n"
        "The heads of the security services of the Central Asian states met in Tashkent on 24 April 2025 to "
        "discuss counter-terrorism cooperation and regional security.\n"
    ))
    assert "strategy" in themes


def test_what_delegations_compared_notes_on_is_what_the_meeting_covered(tmp_path):
    """'The delegations compared notes on ... combating the financing of terrorism': the meeting's subject, as
    much as what its sessions 'discussed', outweighing a passing word in the story's other sentences."""
    _, themes = _event(tmp_path, (
        "Joint working group meets in Tashkent\n\n"
        "The ninth meeting of the Joint Working Group took place in Tashkent on 30 September 2025.\n\n"
        "The delegations compared notes on combating the financing of terrorism.\n\n"
        "Measures to deepen cooperation through information sharing against organised crime and terrorism "
        "were also discussed.\n"))
    assert "financing" in themes


def test_what_an_exercise_concentrates_on_is_its_theme(tmp_path):
    _, themes = _event(tmp_path, (
        "Regional Cooperation 2019 exercise\n\n"
        "Forces of five nations held the command-post exercise Regional Cooperation 2019 in Dushanbe on 5-16 "
        "August 2019.\n\n"
        "RC 19 concentrates on border security and stability operations.\n"))
    assert "border_security" in themes


def test_a_module_of_a_course_held_on_its_days_is_the_event(tmp_path):
    """'has completed the second module of its training course. The module took place in Osh from 18 to 21
    November 2024': the module is the event reported, a training, on its own days."""
    ev, _ = _event(tmp_path, "SALW training enhances border security\n\n27 November 2024\n\n"
                   "The OSCE Programme Office in Bishkek has completed the second module of its course on small arms. "
                   "The module took place in Osh from 18 to 21 November 2024 for officers of the Border Service.\n")
    assert (ev["event_type"], ev["city"], str(ev["start_date"])[:10]) == ("training", "Osh", "2024-11-18")


def test_a_teaching_module_handed_over_is_no_event_of_its_own(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Teaching modules handed over\n\n8 June 2023\n\n"
        "UNODC's teaching modules cover counter-terrorism and trafficking in persons. The modules were translated "
        "into Turkmen and Russian.\n\nUNODC held a seminar for university lecturers in Ashgabat on 6 June 2023.\n"))
    assert len(tables.events) == 1


def test_an_event_noun_inside_an_organisation_s_name_gives_no_type(tmp_path):
    """'working with the Forum for Security Co-operation Support Unit, has completed a training course': the
    office's name holds 'Forum'; the event is the training."""
    ev, _ = _event(tmp_path, "Course on small arms\n\n27 November 2024\n\n"
                   "The OSCE Programme Office in Bishkek, working with the Forum for Security Co-operation Support "
                   "Unit, has completed a training course for border officers in Osh on 21 November 2024.\n")
    assert ev["event_type"] == "training"


def test_an_event_named_only_to_time_this_one_gives_no_type(tmp_path):
    ev, _ = _event(tmp_path, (
        "Study visit to Budapest\n\n"
        "The day after the conference, on 12 June 2024, the OSCE organized a study visit to Budapest for police "
        "trainers.\n"))
    assert ev["event_type"] == "other"  # a study visit, which the codebook has no type for


def test_an_activity_word_used_as_a_verb_s_noun_is_the_topic_not_the_event(tmp_path):
    ev, _ = _event(tmp_path, (
        "Cybercrime workshop in Tashkent\n\n"
        "Ways of training and educating police officers were the subject of a regional workshop held in Tashkent on "
        "5 and 6 December 2024.\n"))
    assert ev["event_type"] == "workshop"


def test_an_activity_a_meeting_decided_to_hold_is_not_the_meeting_s_type(tmp_path):
    """'... met in Tashkent and took a decision to stage joint anti-terrorist exercises', under a headline of what
    it agreed to hold: the event is the meeting; the exercises and the conference are plans."""
    ev, _ = _event(tmp_path, (
        "SCO body agrees to hold joint border operation and research conference this year\n\n"
        "TASHKENT, March 30 2017 - The Council of the Regional Anti-Terrorist Structure met in Tashkent on 30 March "
        "2017 and took a decision to stage joint anti-terrorist exercises in 2017.\n"))
    assert ev["event_type"] == "meeting"


def test_a_body_that_holds_a_session_holds_a_meeting(tmp_path):
    """'The Committee of Secretaries of Security Councils of the CSTO will hold a session in Bishkek on 27 June': a
    body's session is a meeting (a session of a conference is part of the conference, and is not read so)."""
    ev, _ = _event(tmp_path, (
        "CSTO security council secretaries to discuss measures against terrorism\n\n"
        "25 June 2019\n\n"
        "MOSCOW - The Committee of Secretaries of Security Councils of the Collective Security Treaty Organization "
        "held a session in Bishkek on 24 June 2019.\n"))
    assert ev["event_type"] == "meeting"


def test_a_call_named_as_the_means_is_no_type(tmp_path):
    """'taking part, via videoconference, in a training': the call carries the event, it is not the event."""
    from release_helpers import one_event_tables

    t = one_event_tables(tmp_path, (
        "Waste management in a health emergency\n\n"
        "On 30 November 2020, 50 specialists from Uzbekistan took part, via videoconference, in a training on "
        "hazardous waste run by EU experts.\n"))
    assert t.events.iloc[0]["event_type"] == "training"


def test_a_simulation_that_qualifies_the_activity_is_its_method(tmp_path):
    from release_helpers import one_event_tables

    t = one_event_tables(tmp_path, (
        "Youth councils meet in Bishkek\n\n"
        "From 19 to 22 October 2017, members of youth councils gathered in Bishkek for a simulation game seminar.\n"))
    assert t.events.iloc[0]["event_type"] == "workshop"


def test_an_event_about_extremism_that_no_theme_s_keywords_name_is_pve(tmp_path):
    _, themes = _event(tmp_path, "Students attend lecture on extremism\n\nOn 26 April 2022, a lecture on extremism "
                                 "was given in Bishkek to more than 200 students of Jaiyl district.\n")
    assert themes == {"pve"}


def test_an_event_on_a_quoted_topic_about_extremism_is_pve(tmp_path):
    """'a meeting ... was held on the topic "Causes of young people joining extremist parties"': the topic the
    event was on says what it was about, though it is in quotes."""
    _, themes = _event(tmp_path, "Colonel meets the population of Rasht\n\nOn 27 January 2018, a meeting of the "
                                 "colonel with the population was held in Tojikobod district on the topic "
                                 "\u201cCauses and factors of young people joining extremist parties\u201d.\n")
    assert themes == {"pve"}


def test_extremism_does_not_add_pve_beside_a_theme_the_keywords_give(tmp_path):
    _, themes = _event(tmp_path, "Seminar on terrorist financing\n\nA seminar on countering the financing of terrorism "
                                 "and extremism was held for bankers in Bishkek on 26 April 2022.\n")
    assert themes == {"financing"}


def test_an_exercise_of_troops_that_no_theme_s_keywords_describe_is_border_security(tmp_path):
    _, themes = _event(tmp_path, "Tajik and Uzbek troops launch joint counter-terrorist exercise\n\nOn 18 "
                                 "September 2019, servicemen of the defense ministries of Tajikistan and Uzbekistan "
                                 "began a joint counter-terrorist exercise at a training ground in Sughd.\n")
    assert themes == {"border_security"}


def test_an_exercise_of_rescuers_gets_no_theme_by_guess(tmp_path):
    _, themes = _event(tmp_path, "Rescuers hold joint drill\n\nOn 18 September 2019, rescuers of Tajikistan and "
                                 "Uzbekistan held a joint exercise at a training ground in Sughd.\n")
    assert "border_security" not in themes


@pytest.mark.parametrize("met", [
    "researchers and officials from Kazakhstan and Russia came together in Almaty",
    "the Council of Border Troops Commanders of the CIS member states met for a session in Tashkent",
])
def test_people_who_came_together_or_met_for_a_session_held_a_meeting(tmp_path, met):
    ev, _ = _event(tmp_path, f"Border commanders review the situation\n\nOn 28 March 2019 {met}.\n")
    assert ev["event_type"] == "meeting"


def test_an_exercise_at_a_school_that_no_theme_s_keywords_describe_is_vulnerable_targets(tmp_path):
    _, themes = _event(tmp_path, "Anti-terrorist exercise in the capital\n\nOn 9 October 2021 the capital's "
                                 "operational headquarters for combating terrorism held an anti-terrorist exercise on "
                                 "the grounds of secondary school No. 29.\n")
    assert themes == {"vulnerable_targets"}


@pytest.mark.parametrize("within", ["during the OSCE course", "as part of the five-day training course"])
def test_an_exercise_done_within_a_course_is_the_course_s_exercise(tmp_path, within):
    """'Participants work through a forensic examination exercise during the OSCE course' (a photo's caption above
    the story): the course is the event, the exercise one of its sessions."""
    t = one_event_tables(tmp_path, (
        "Experts learn digital forensics\n\n20 May 2022\n\n"
        f"Participants work through a forensic examination exercise {within}, May 2022.\n\n"
        "The course was organized by the OSCE in Astana for experts of Kazakhstan and Uzbekistan.\n"))
    assert t.events.iloc[0]["event_type"] == "training"


def test_nuclear_smuggling_is_cbrn_not_small_arms_trafficking(tmp_path):
    """Smuggling of nuclear material is a CBRN subject; the word 'smuggling' alone is illicit trafficking's."""
    _, themes = _event(tmp_path, "Officers train to counter nuclear smuggling\n\nA workshop on detecting and "
                                 "investigating nuclear smuggling was held in Almaty on 12 June 2019 for customs "
                                 "officers.\n")
    assert themes == {"cbrn"}


@pytest.mark.parametrize("words", ["explosive hazards", "improvised explosive devices", "explosive ordnance disposal"])
def test_explosive_hazards_are_small_arms_and_illicit_trafficking(tmp_path, words):
    _, themes = _event(tmp_path, f"Regional workshop on {words}\n\nA regional workshop on {words} was held in "
                                 "Dushanbe on 25 September 2017 for officers of Tajikistan and Kyrgyzstan.\n")
    assert themes == {"arms_trafficking"}



def test_a_committee_that_convened_within_a_programme_held_a_meeting(tmp_path):
    """'Yesterday, the Steering Committee of the project convened within the SALIENT Global Programme': no activity
    word, but people met: a meeting, held under the programme."""
    tables = one_event_tables(tmp_path, (
        "Steering committee of the small arms project\n\nApril 24, 2024\n\n"
        "Bishkek, April 24, 2024 – Yesterday, the Steering Committee of the new small arms project convened within "
        "the SALIENT Global Programme. The members met to review the Joint Action Plan for 2024 and to approve it.\n"))
    ev = tables.events.iloc[0]
    assert ev["event_type"] == "meeting" and str(ev["start_date"])[:10] == "2024-04-23"
    assert set(tables.event_programmes["programme"]) == {"SALIENT"}


def test_an_open_lesson_held_for_students_is_an_event(tmp_path):
    ev, themes = _event(tmp_path, (
        "An open lesson on extremism was held at the college\n\n08.12.2021\n\n"
        "Today, 8 December 2021, the Medical College held an open lesson on countering religious extremism and "
        "terrorism for first- and second-year students.\n"))
    assert ev["event_type"] == "other" and str(ev["start_date"])[:10] == "2021-12-08"



@pytest.mark.parametrize("hour", ["an open online curatorial hour", "an information hour", "a class hour"])
def test_a_school_s_hour_on_a_topic_is_an_event(tmp_path, hour):
    """'an open online curatorial hour on the topic "We are against religious extremism" was held for third-year
    students': a talk a school or library holds, as releases from Kazakhstan call it."""
    ev, _ = _event(tmp_path, (
        "We are against religious extremism\n\n14.10.2020\n\n"
        f"On October 13, 2020, {hour} on the topic of religious extremism was held for third-year students.\n"))
    assert ev["event_type"] == "other" and str(ev["start_date"])[:10] == "2020-10-13"


def test_a_headline_opening_on_about_is_no_background_heading(tmp_path):
    """'About countering terrorism and extremism' heads the story: it is not an "About UNOCT" box, whose paragraphs
    below are background."""
    tables = load_release(tmp_path, (
        "Regional Children's Library\n\nAbout countering terrorism and extremism\n\nPublished: February 14, 2019\n\n"
        "On February 13, 2019 the regional library held a lecture on religious extremism and terrorism for "
        "8th-grade pupils.\n"))
    assert len(tables.events) == 1


def test_a_press_conference_is_no_capacity_building_event(tmp_path):
    tables = load_release(tmp_path, (
        "Observers hold press conference\n\n26 September 2025\n\nThe observation mission held a press "
        "conference in Bishkek on 25 September 2025 to present its findings on the elections.\n"))
    assert tables.events.empty


def test_a_training_told_with_a_press_conference_is_still_an_event(tmp_path):
    """Guard: the press conference after it hides nothing."""
    tables = one_event_tables(tmp_path, (
        "Police complete training\n\n26 September 2025\n\nTwenty police officers completed a training course in "
        "Bishkek on 25 September 2025; the OSCE held a press conference after it.\n"))
    assert tables.events.iloc[0]["event_type"] == "training"


def test_a_preventive_action_hosted_on_a_day_is_an_event(tmp_path):
    """'hosted a preventive action on protecting young people' (an awareness campaign's event, as releases translated
    from Russian call it)."""
    tables = one_event_tables(tmp_path, (
        "Youth protection from religious extremism: preventive action at the university\n\n28.02.2017\n\n"
        "On 27 February 2017, the Assembly Hall of the university hosted a preventive action on protecting young "
        "people from religious extremism and terrorism.\n"))
    assert str(tables.events.iloc[0]["start_date"])[:10] == "2017-02-27"


def test_preventive_action_as_a_policy_is_no_event(tmp_path):
    """Guard: 'calls for preventive action' names no event."""
    tables = load_release(tmp_path, (
        "UNRCCA calls for preventive action\n\n28.02.2017\n\nOn 27 February 2017 the Centre called for preventive "
        "action against violent extremism in the region.\n"))
    assert tables.events.empty


def test_a_remark_made_while_speaking_at_a_seminar_reports_the_seminar(tmp_path):
    tables = one_event_tables(tmp_path, (
        "32 people got life sentences for terrorist crimes\n\n06.05.2019\n\n"
        "Thirty-two citizens are serving life sentences for terrorist crimes, theologian Askar Sabdin said. Sabdin "
        "made the remark while speaking to imams of the capital's mosques at a seminar in Astana.\n"))
    assert tables.events.iloc[0]["event_type"] == "workshop"


def test_a_gathering_held_at_an_agency_is_a_meeting(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Useful meeting\n\n2019-04-17\n\nA gathering was held at the Agency in Dushanbe on countering terrorism and "
        "extremism, with representatives of the Prosecutor General's Office.\n"))
    assert tables.events.iloc[0]["event_type"] == "meeting"


@pytest.mark.parametrize("sentence", [
    "The Agency trains its staff in intelligence gathering and analysis.",
    "The Secretary-General addressed the gathering with a greeting delivered online."])
def test_gathering_as_an_activity_or_named_again_is_no_event(tmp_path, sentence):
    tables = load_release(tmp_path, f"Agency news\n\n2019-04-17\n\n{sentence}\n")
    assert tables.events.empty


def test_mass_gatherings_an_event_protects_are_no_meeting(tmp_path):
    """'an event on protecting mass gatherings': what the event is about, no word for a meeting."""
    tables = one_event_tables(tmp_path, (
        "Police study the security of mass gatherings\n\n12.05.2024\n\nOn 10 May 2024 UNOCT held an event in Almaty "
        "for 25 police officers on protecting mass gatherings.\n"))
    assert tables.events.iloc[0]["event_type"] != "meeting"


def test_a_youth_camp_held_at_a_university_is_an_event(tmp_path):
    """'A youth camp was held at ... University in Almaty': a camp held for young people is an event, a training
    (its days are skills sessions; the coders of tune43 and tune44 call it so)."""
    tables = one_event_tables(tmp_path, (
        "UNDP supports young people's skills\n\nAugust 8, 2024\n\nA youth camp was held at Suleyman Demirel "
        "University in Almaty, Kazakhstan, as part of the UNDP project on preventing violent extremism.\n"))
    assert tables.events.iloc[0]["event_type"] == "training"
    assert tables.events.iloc[0]["city"] == "Almaty"


def test_a_refugee_camp_is_no_event(tmp_path):
    """Guard: only a camp held for young people is an event."""
    tables = load_release(tmp_path, "Security news\n\nAugust 8, 2024\n\nAid was delivered on 5 August 2024 to the "
                                    "refugee camp held by the agency.\n")
    assert tables.events.empty


def test_an_expert_platform_held_in_a_city_is_a_conference(tmp_path):
    """'The International Expert Platform ... was held in Orenburg': a conference as releases translated from
    Russian call it."""
    tables = one_event_tables(tmp_path, (
        "Experts from Russia and Kazakhstan meet\n\nPublished: 28 February 2020\n\nThe International Expert "
        "Platform on cross-border threats of religious extremism was held in Orenburg on 26 February 2020.\n"))
    row = tables.events.iloc[0]
    assert (row["event_type"], str(row["start_date"])[:10]) == ("conference", "2020-02-26")


@pytest.mark.parametrize("text", [
    "A meeting with Oliver Stolpe, Regional Representative of UNODC for Central Asia, took place at the Ministry of "
    "Foreign Affairs of Turkmenistan on 10 September 2025. The talks, attended by the Deputy Minister, focused on "
    "joint efforts to counter terrorism.",
    "The Special Representative was in Uzbekistan on 16 May 2014 for talks with Foreign Minister Abdulaziz Kamilov "
    "on countering terrorism.",
    "DUSHANBE, September 27, 2017 - Interior Minister Ramazon Rahimzoda today met in Beijing with Chinese Minister "
    "of Public Security Guo Shengkun on the sidelines of the 86th session of the Interpol General Assembly.",
    # two officials by title as the ones who met, a courtesy call (initials with full stops inside the sentence)
    "The Director of the Centre, Major General A.B. Karimov, and the Minister of Internal Affairs of Kyrgyzstan, "
    "Lieutenant General C.D. Asanov, met on 25 September 2017 in Bishkek."])
def test_talks_with_an_official_are_no_event(tmp_path, text):
    """Talks of two sides build no one's capacity; nor is the session beside which they met what is reported."""
    tables = load_release(tmp_path, f"Ministry news\n\n27.09.2017\n\n{text}\n")
    assert tables.events.empty


def test_a_meeting_with_representatives_of_civil_society_is_still_an_event(tmp_path):
    """Guard: people met in numbers, not one official."""
    tables = one_event_tables(tmp_path, (
        "Youth and extremism\n\n12.11.2023\n\nOn 10 November 2023 a meeting with representatives of civil society "
        "and young people was held in Urgut on preventing violent extremism.\n"))
    assert tables.events.iloc[0]["event_type"] == "meeting"


def test_a_digest_s_later_talks_with_an_official_leave_its_meeting(tmp_path):
    """Guard: a story that opens on its meeting and tells of bilateral talks later keeps the meeting."""
    tables = one_event_tables(tmp_path, (
        "Focal points meet in Tashkent\n\n14.03.2019\n\nThe regional meeting of national focal points was held in "
        "Tashkent on 12 March 2019. The focal points also held bilateral talks with Ms. Natalie Pauwels, Head of the "
        "Stability and Peace Unit. The meeting reviewed the regional action plan.\n"))
    assert str(tables.events.iloc[0]["start_date"])[:10] == "2019-03-12"


def test_organized_crime_is_no_report_that_an_event_was_held(tmp_path):
    """'... ready to assist with the training of personnel ... combating transnational organized crime': 'organized'
    there names a kind of crime, so the sentence reports no training."""
    tables = load_release(tmp_path, (
        "Ministers discuss cooperation\n\n27.09.2017\n\nThe minister noted that China is ready to assist Tajikistan "
        "with the training of personnel in combating cybercrime and transnational organized crime.\n"))
    assert tables.events.empty


def test_a_centre_running_a_series_of_webinars_reports_them(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Webinar series\n\nWednesday 28th October 2020\n\nThe United Nations Counter-Terrorism Centre (UNCCT) is "
        "running a series of webinars, each focused on one region, on border security and management.\n"))
    assert tables.events.iloc[0]["format"] == "virtual"


def test_an_object_training_is_an_exercise(tmp_path):
    """An 'object training' (a drill of a building's staff, as Kazakh releases call it) is an exercise."""
    tables = one_event_tables(tmp_path, (
        "College rehearses actions in case of terrorist threat\n\n18.05.2023\n\nAn object training on the actions of "
        "staff in case of a threat of a terrorist act was held at the Higher College in Pavlodar on May 16.\n"))
    assert tables.events.iloc[0]["event_type"] == "exercise"


def test_the_meeting_of_a_named_forum_is_the_forum(tmp_path):
    """'The first meeting of the Central Asian Expert Forum opened today': a forum's meeting is a conference, and the
    forum, a name no registry knows, holds nothing: it is the event."""
    tables = one_event_tables(tmp_path, (
        "Central Asian Expert Forum opens in Tashkent\n\n29.10.2018\n\nThe first meeting of the Central Asian Expert "
        "Forum opened today in Tashkent. The forum has been organized by UNRCCA.\n"))
    assert tables.events.iloc[0]["event_type"] == "conference"
    assert set(tables.event_organizations.organization) == {"UNRCCA"}


def test_the_meeting_of_an_organisation_s_forum_body_stays_a_meeting(tmp_path):
    """Guard: 'the 916th plenary meeting of the OSCE Forum for Security Co-operation' is a meeting of a body."""
    tables = one_event_tables(tmp_path, (
        "Border security discussed in Vienna\n\n12.06.2019\n\nYesterday the 916th plenary meeting of the OSCE Forum "
        "for Security Co-operation was held in Vienna on border security in Central Asia.\n"))
    assert tables.events.iloc[0]["event_type"] == "meeting"


@pytest.mark.parametrize("students", ["first-year students", "first- and second-year students"])
def test_a_group_that_met_students_of_a_university_held_a_meeting(tmp_path, students):
    """'members of the regional information group ... met first-year students of Karaganda Industrial University':
    people of a body met, an outreach meeting, though no word names one."""
    tables = one_event_tables(tmp_path, (
        "Students talked with the information group about extremism\n\n06.10.2020\n\nOn October 5, 2020, members of "
        f"the regional information and explanatory group on religious issues met {students} of Karaganda "
        "Industrial University in Temirtau.\n"))
    assert tables.events.iloc[0]["event_type"] == "meeting"


def test_a_peer_review_held_on_days_is_a_meeting(tmp_path):
    """'From August 16 to 18, a Peer Review in support of the Convention ... was held at Issyk-Kul': experts of
    several countries met to review one's implementation."""
    tables = one_event_tables(tmp_path, (
        "A Peer Review was held in support of the BWC\n\nCategory: Our work\n\nFrom August 16 to 18, 2022, a Peer "
        "Review in support of the Biological Weapons Convention was held in Kyrgyzstan.\n"))
    row = tables.events.iloc[0]
    assert (row["event_type"], str(row["start_date"])[:10]) == ("meeting", "2022-08-16")


@pytest.mark.parametrize("place", ["the Chirchiq Training Area", "the Foreign Training Node", "a training base"])
def test_a_training_area_node_or_base_is_a_place_not_a_training(place):
    assert [t for t, _, _ in event_type_mentions(f"The exercise was held at {place} near the city.")] == ["exercise"]


def test_the_first_round_of_a_steering_group_held_is_a_meeting(tmp_path):
    """'... held the first round of its National Project Steering Group (NSG) in Nur-Sultan': a round of a body's
    sittings, held, under a headline that calls them meetings."""
    tables = one_event_tables(tmp_path, (
        "BOMCA opens first round of National Project Steering Group meetings\n\nOn September 5-6, 2022, the "
        "Border Management Programme in Central Asia held the first round of its National Project Steering Group "
        "(NSG) in Nur-Sultan, Kazakhstan.\n"))
    row = tables.events.iloc[0]
    assert (row["event_type"], row["city"], str(row["start_date"])[:10]) == ("meeting", "Astana", "2022-09-05")


@pytest.mark.parametrize("sentence", [
    "On 5 May 2022 the Fund opened the second round of funding for civil society in Kazakhstan.",
    "On 5 May 2022 the first round of applications for the grants closed in Almaty.",
])
def test_a_round_of_funding_or_applications_is_no_event(tmp_path, sentence):
    """Guard: a round of money or of applications is not a sitting held."""
    tables = load_release(tmp_path, f"Small grants for civil society\n\n{sentence}\n")
    assert tables.events.empty


def test_theoretical_classes_held_for_officers_are_a_training(tmp_path):
    """'the Almaty department of the Anti-Terrorist Centre held theoretical classes for servicemen': a training."""
    tables = one_event_tables(tmp_path, (
        "Almaty first responders take classes\n\n21 June 2025\n\nFrom May 16 to 26, the Almaty department of the "
        "Anti-Terrorist Centre held theoretical classes for servicemen of specialised battalions.\n"))
    assert tables.events.iloc[0]["event_type"] == "training"


def test_such_a_meeting_that_took_place_is_one_meeting(tmp_path):
    """'meetings are being held with students ... Yesterday, 23 November 2017, such a meeting took place at the
    Tashkent branch of Lomonosov Moscow State University': one meeting of the kind told of, with its day and place
    ('such meetings' stays generic)."""
    tables = one_event_tables(tmp_path, (
        "Against the ideology of religious extremism\n\n24.11.2017 · 09:15\n\nAt the initiative of the Ministry, "
        "meetings are being held with students of higher educational institutions.\n\nYesterday, 23 November 2017, "
        "such a meeting took place at the Tashkent branch of Lomonosov Moscow State University.\n"))
    row = tables.events.iloc[0]
    assert (str(row["start_date"])[:10], row["city"]) == ("2017-11-23", "Tashkent")


@pytest.mark.parametrize("topic, theme", [
    ("strategic trade and export control", "cbrn"),
    ("the control of dual-use goods", "cbrn"),
    ("arms export controls", "arms_trafficking"),
])
def test_strategic_trade_is_cbrn_and_arms_exports_are_arms(tmp_path, topic, theme):
    """Strategic trade control is about weapons of mass destruction and dual-use items; export control alone is not,
    and arms export controls are about arms."""
    _, themes = _event(tmp_path, f"Customs workshop\n\nOn 11-13 July 2018 UNODC held a workshop in Dushanbe on "
                                 f"{topic}.\n")
    assert theme in themes


def test_dialogue_between_faiths_is_a_topic_not_a_conference(tmp_path):
    """'to promote inter-religious dialogue' names what a lab is for, not a high-level dialogue held."""
    ev, _ = _event(tmp_path, "Youth lab in Osh\n\nOn 24-28 June 2022, the Center held a youth idea generation lab in "
                             "Osh, a space where young people build their capacity to promote inter-religious "
                             "dialogue.\n")
    assert ev["event_type"] == "workshop"


def test_a_security_council_open_debate_a_minister_addressed_is_a_meeting(tmp_path):
    """'took part in and addressed the United Nations Security Council Open Debate on ... the Financing of Terrorism':
    a sitting of the Council, dated by 'Yesterday', in New York."""
    tables = one_event_tables(tmp_path, (
        "Foreign Minister addresses the Security Council\n\nMarch 29, 2019\n\n"
        "DUSHANBE, 29.03.2019 - Yesterday at the UN Headquarters in New York, the Minister of Foreign Affairs of "
        "Tajikistan took part in and addressed the United Nations Security Council Open Debate on Preventing and "
        "Combating the Financing of Terrorism.\n"))
    ev = tables.events.iloc[0]
    assert (ev["event_type"], ev["city"]) == ("meeting", "New York")


def test_staff_talks_to_prepare_an_exercise_are_a_meeting(tmp_path):
    """'Bishkek is hosting the second round of staff talks to prepare and conduct the tactical-special exercise
    “Kobalt-2022”': the talks are the event; the exercise is what they prepare."""
    tables = one_event_tables(tmp_path, "Staff talks on CSTO special-forces exercise under way in Bishkek\n\n"
                                        "Bishkek is hosting, from 18 to 20 May 2022, the second round of staff talks "
                                        "to prepare and conduct the tactical-special exercise of the CSTO forces.\n")
    assert tables.events.iloc[0]["event_type"] == "meeting"


def test_the_financing_of_proliferation_is_financing_not_weapons_of_mass_destruction(tmp_path):
    """'countering the financing of proliferation of weapons of mass destruction (CPF)' is the AML/CFT regime's
    third part, a matter of banks: the weapons named are what the money would buy, not the event's subject."""
    _, themes = _event(tmp_path, (
        "Meeting with banks\n\n08.12.2017\n\nThe National Bank held a meeting on countering the financing of "
        "proliferation of weapons of mass destruction with representatives of credit institutions in Dushanbe on "
        "December 7, 2017.\n"))
    assert themes == {"financing"}


def test_the_council_of_interior_ministers_meets_about_law_enforcement_cooperation(tmp_path):
    """The CIS interior ministers' council exists for police cooperation (registry/mandates.csv): its regular meeting
    is about that, though no keyword says so."""
    _, themes = _event(tmp_path, (
        "Council of Ministers of Internal Affairs of the CIS Member States met in Saint Petersburg\n\n"
        "Published: 13.08.2025\n\nThe regular meeting of the Council of Ministers of Internal Affairs of the "
        "Commonwealth of Independent States was held in Saint Petersburg on 12 August.\n"))
    assert themes == {"judicial_cooperation"}
