"""Programmes (CODEBOOK.md, event_programmes): registry aliases map to canonical short names, phases
are dropped, and a named project unknown to the registry is kept and listed for review."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_helpers import load_release, one_event_tables

from data_loader.extract.programmes import clean_title, named_projects, registry_programme

VT = "Global Programme on Countering Terrorist Threats against Vulnerable Targets"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("“Strengthening Resilience in Prisons – Phase IV”", "Strengthening Resilience in Prisons"),
        ("Strengthening Resilience in Prisons (Phase 2)", "Strengthening Resilience in Prisons"),
        ('"Community Policing for Prevention, phase three"', "Community Policing for Prevention"),
    ],
)
def test_clean_title_drops_quotes_and_phases(raw, clean):
    assert clean_title(raw) == clean


@pytest.mark.parametrize("raw", ["Preventing Violent Extremism in Prisons (2018-2021)",
                                 "Preventing Violent Extremism in Prisons (2019–2022)",
                                 "“Preventing Violent Extremism in Prisons (2020)”"])
def test_clean_title_drops_the_years_a_project_runs(raw):
    """The years in brackets after a project's name are when it runs, not part of its name: the name alone is the
    same project as the one named without them."""
    assert clean_title(raw) == "Preventing Violent Extremism in Prisons"


def test_clean_title_cuts_a_long_subtitle_after_a_colon():
    assert clean_title("Resilient Communities of Central Asia: Supporting Local Prevention Networks") == (
        "Resilient Communities of Central Asia")


@pytest.mark.parametrize(
    "alias",
    ["Global Vulnerable Targets Programme", "Vulnerable Targets Programme",
     "Global Programme on the Protection of Vulnerable Targets"],
)
def test_registry_alias_maps_to_canonical(alias):
    assert registry_programme(f"under the {alias} of UNOCT") == VT


@pytest.mark.parametrize("written", ["the Regional Programme for Afghanistan and Neighbouring Countries",
                                     "UNODC's Regional Programme for Afghanistan and Neighboring Countries"])
def test_unodc_s_regional_programme_for_afghanistan_and_neighbours_is_registered(written):
    """Sub-programme 2 of UNODC's programme for the countries around Afghanistan, Central Asia's among them."""
    assert registry_programme(f"a workshop under {written}") == "Regional Programme for Afghanistan and Neighbouring " \
        "Countries"


@pytest.mark.parametrize("written", ["the United Nations Office on Drugs and Crime Programme for Central Asian States",
                                     "the UNODC Programme for Central Asia"])
def test_unodc_s_programme_for_central_asia_is_registered_by_its_other_english_name(written):
    """The programme's English name varies with the translation: 'for Central Asian States' is the same programme."""
    assert registry_programme(f"a meeting held within {written} for 2015-2019") == \
        "UNODC Regional Programme for Central Asia"


def test_named_project_after_cue_is_detected():
    text = "The course was held under the project “Safe Cities for Everyone – Phase II”, funded by Japan."
    found = named_projects(text)
    assert [(name, known) for name, *_, known in found] == [("Safe Cities for Everyone", False)]
    _, a, b, _ = found[0]
    assert "Safe Cities for Everyone" in text[a:b]


def _tables(tmp_path: Path, text: str):
    tables = one_event_tables(tmp_path, text)
    return tables


def test_release_registry_alias_gives_canonical_programme(tmp_path):
    t = _tables(tmp_path, (
        "Workshop on protecting places of worship\n\n"
        "Under the Global Vulnerable Targets Programme, UNOCT organized a workshop on the protection of places "
        "of worship in Bishkek on 22 February 2023.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == [VT]


def test_release_phase_is_dropped(tmp_path):
    t = _tables(tmp_path, (
        "Regional meeting on the Joint Plan of Action\n\n"
        "The regional meeting, held in Ashgabat on 6 April 2022, took place within the framework of the Joint "
        "Plan of Action for Central Asia – Phase IV.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Joint Plan of Action for Central Asia"]


def test_release_new_named_project_is_kept_and_listed_for_review(tmp_path):
    t = _tables(tmp_path, (
        "Training for probation officers\n\n"
        "UNODC conducted a training for probation officers in Khujand on 9-10 May 2023 under the project "
        "“Rehabilitation Pathways in Central Asian Prisons – Phase II”.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Rehabilitation Pathways in Central Asian Prisons"]
    review = t.unknown_names[t.unknown_names.kind == "programme"].name.tolist()
    assert "Rehabilitation Pathways in Central Asian Prisons" in review


def test_release_named_initiative_unquoted(tmp_path):
    t = _tables(tmp_path, (
        "Seminar on community policing\n\n"
        "The OSCE held a seminar in Osh on 1 December 2022 as part of the Safe Neighbourhoods Initiative.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Safe Neighbourhoods Initiative"]


def test_release_programme_in_background_is_not_an_event_programme(tmp_path):
    t = _tables(tmp_path, (
        "Workshop on drones\n\n"
        "UNOCT held a workshop on unmanned aircraft systems in Almaty on 3 October 2023.\n\n"
        "Background\n\n"
        "The Global Programme on Countering the Financing of Terrorism was established in 2020.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == []


@pytest.mark.parametrize("said", ["is a joint initiative of UNRCCA and UNOCT under", "is implemented under",
                                  "has been run since 2019 within"])
def test_release_a_framework_another_programme_is_held_under_is_not_the_events(tmp_path, said):
    """'The Early Warning Network is a joint initiative of UNRCCA and UNOCT under the Joint Plan of Action': the
    "under" ties the Plan to the Network the sentence is about, not to the event the page reports."""
    t = _tables(tmp_path, (
        "Exercise in Kostanay\n\n18 July 2025\n\n"
        "A counter-terrorism exercise was held in Kostanay on 20 June 2025.\n\n"
        f"The Early Warning Network {said} the Joint Plan of Action for Central Asia.\n"
    ))
    assert t.event_programmes.programme.tolist() == []


def test_release_a_framework_the_event_is_held_under_is_the_events(tmp_path):
    """Guard: 'The workshop was held under the Joint Plan of Action' ties the Plan to the event."""
    t = _tables(tmp_path, (
        "Workshop in Almaty\n\n18 July 2025\n\n"
        "A workshop on border security was held in Almaty on 20 June 2025 under the Joint Plan of Action for "
        "Central Asia.\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Joint Plan of Action for Central Asia"]


def test_release_without_programme(tmp_path):
    t = _tables(tmp_path, (
        "Briefing for diplomats\n\n"
        "CTED held a briefing for diplomats in Tashkent on 6 May 2022.\n\n"
    ))
    assert t.event_programmes.empty


def test_topic_words_are_not_a_programme_name(tmp_path):
    t = _tables(tmp_path, (
        "Course for trainers in Bishkek\n\n"
        "UNOCT organized a train-the-trainers course on countering terrorist travel in Bishkek on "
        "4 May 2023.\n"
    ))
    assert t.event_programmes.programme.tolist() == []


def test_programme_named_in_capitals_is_coded(tmp_path):
    t = _tables(tmp_path, (
        "Course for trainers in Bishkek\n\n"
        "Under the UN Countering Terrorist Travel Programme, UNOCT organized a course on advance passenger "
        "information in Bishkek on 4 May 2023.\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Countering Terrorist Travel Programme"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # the name before a lower-case head word; an owner in front is kept when the rest is too short alone
        ("IOM, as part of the USAID Dignity and Rights project, brought NGOs together.", "USAID Dignity and Rights"),
        # a project in single quotes
        ("It was supported by Japan under the project 'Interdicting Foreign Terrorist Fighters travelling to "
         "conflict zones'.", "Interdicting Foreign Terrorist Fighters travelling to conflict zones"),
        # a proper name after a capitalised head word
        ("Specialists met at a workshop of INTERPOL's Project Kalkan.", "Project Kalkan"),
        # the short name in brackets after the long one
        ("It was held under the project “Strengthening Resilience of Border Communities” (SAFE Borders).",
         "SAFE Borders"),
    ],
)
def test_named_projects_in_more_shapes(sentence, name):
    assert [n for n, *_ in named_projects(sentence)] == [name]


def test_a_project_manager_is_not_a_project():
    assert named_projects("The Project Manager opened the session.") == []


def test_release_this_programme_points_back_to_the_programme_named_before(tmp_path):
    t = _tables(tmp_path, (
        "Prison management in Central Asia\n\n"
        "Since 2019, UNODC has been delivering the Returning Foreign Terrorist Fighters Detention Programme in "
        "Kazakhstan and Kyrgyzstan. Under this programme, UNODC organised a study visit in Kostanay on 4-6 "
        "October 2022.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Returning Foreign Terrorist Fighters Detention Programme"]
    ev = t.evidence[t.evidence.field == "programme"]
    assert set(ev.confidence) == {"inferred"} and "points back" in ev.reasoning.iloc[0]


def test_release_a_programme_only_described_in_passing_is_not_the_events(tmp_path):
    """A sentence that describes a programme on its own says nothing of this event being part of it."""
    t = _tables(tmp_path, (
        "Expert meeting on energy infrastructure\n\n"
        "An expert meeting on protecting energy infrastructure was held in Ashgabat on 11-12 November 2024 by "
        "the Government of Turkmenistan and UNOCT.\n\n"
        "Since 2021, the Global Vulnerable Targets Programme has been helping Member States to build capacity "
        "in protecting critical infrastructure.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == []


def test_release_a_programme_tied_to_the_event_by_a_cue_outside_the_lead(tmp_path):
    t = _tables(tmp_path, (
        "Workshop in Bishkek\n\n"
        "UNOCT held a workshop on the protection of critical infrastructure in Bishkek on 28-29 May 2025.\n\n"
        "UNOCT also worked with UNRCCA to support the Joint Plan of Action for Central Asia.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["Joint Plan of Action for Central Asia"]


def test_release_a_programme_named_only_by_a_description(tmp_path):
    t = _tables(tmp_path, (
        "Forum of women parliamentarians\n\n"
        "UNRCCA held a forum in Istanbul on 22-23 June 2022 under a joint EU-UN programme to strengthen "
        "resilience against violent extremism in Asia.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["STRIVE Asia"]
    ev = t.evidence[t.evidence.field == "programme"]
    assert ev.confidence.tolist() == ["inferred"] and "describes STRIVE Asia" in ev.reasoning.iloc[0]


def test_a_description_that_fits_no_registry_programme_adds_none():
    from data_loader.extract.programmes import described_programmes

    assert described_programmes("It forms part of a multi-year OSCE-UNODC programme that supports national "
                                "efforts to counter terrorist financing across Central Asia.") == []


def test_release_a_named_project_inside_a_registry_name_is_that_programme_only(tmp_path):
    t = _tables(tmp_path, (
        "Course on border management\n\n"
        "The OSCE conducted a course on border management in Dushanbe on 5 May 2023. The course was funded "
        "under the EU's Border Management Programme in Central Asia.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == ["BOMCA"]
    assert set(t.event_organizations[t.event_organizations.role == "funder"].organization) == {"European Union"}


def test_a_name_in_quotes_after_the_head_word_is_a_programme():
    from data_loader.extract.programmes import named_projects

    text = ("The global joint initiative “Supporting the Management of Violent Extremist Prisoners” is "
            "implemented by UNODC.")
    assert [n for n, *_ in named_projects(text)] == ["Supporting the Management of Violent Extremist Prisoners"]


def test_an_unnamed_programme_of_the_event_is_the_only_one_the_text_names(tmp_path):
    """The headline marks 'the completion of a joint initiative'; the closing paragraph names one initiative."""
    from release_helpers import one_event_tables

    text = ("Kazakhstan hosts conference to mark the completion of a joint initiative of the EU and the UN\n\n"
            "On 22 September 2022, officials from Kazakhstan and Tunisia met at a conference in Astana.\n\n"
            "The global joint initiative “Supporting the Management of Violent Extremist Prisoners” is implemented "
            "by UNODC.\n")
    t = one_event_tables(tmp_path, text)
    assert list(t.event_programmes["programme"]) == ["Supporting the Management of Violent Extremist Prisoners"]
    ev = t.evidence[t.evidence["field"] == "programme"]
    assert set(ev["confidence"]) == {"inferred"}


def test_two_programmes_named_leave_an_unnamed_one_unresolved(tmp_path):
    from release_helpers import one_event_tables

    text = ("Kazakhstan hosts conference to mark the completion of a joint initiative\n\n"
            "On 22 September 2022, officials from Kazakhstan met at a conference in Astana.\n\n"
            "Kazakhstan is known for its initiative “Supporting the Management of Violent Extremist Prisoners”.\n\n"
            "Kazakhstan is known for its project “Youth Resilience in Central Asia Today”.\n")
    t = one_event_tables(tmp_path, text)
    assert t.event_programmes.empty


def test_a_framework_named_in_quotes_with_a_subtitle(tmp_path):
    """'within the framework of the EU-UN Global Framework “Support to States in Central Asia for Third Country
    Nationals – Security and Accountability Action”': the name, its subtitle after the dash dropped."""
    from release_helpers import one_event_tables

    t = one_event_tables(tmp_path, (
        "Network members share experiences\n\nPublished: 7 December 2022\n\n"
        "On 5-6 December 2022 in Astana, UNODC convened the annual meeting of the Central Asian Network for "
        "Preventing and Countering Violent Extremism (CAPVE).\n\n"
        "The meeting was organized within the framework of the EU-UN Global Framework “Support to States in Central "
        "Asia for Third Country Nationals – Security and Accountability Action”, funded by the European Union.\n"))
    assert set(t.event_programmes["programme"]) == {
        "CAPVE", "Support to States in Central Asia for Third Country Nationals"}
    assert set(t.event_organizations[t.event_organizations["role"] == "organizer"]["organization"]) == {"UNODC"}


@pytest.mark.parametrize("written, canonical", [
    ("under the US Antiterrorism Assistance Program", "Antiterrorism Assistance"),
    ("the second meeting of the Regional Expert Council on Rehabilitation and Reintegration of Returnees from "
     "Conflict Zones", "Regional Expert Council on Rehabilitation and Reintegration of Returnees"),
    # round 48: UNODC's pages name the Container Control Programme by its acronym
    ("a national workshop in Turkmenbashi under the CCP on strategic trade", "Container Control Programme"),
])
def test_programmes_named_in_releases_of_round_three_are_registered(written, canonical):
    from data_loader.extract.programmes import registry_programme

    assert registry_programme(written) == canonical


@pytest.mark.parametrize("text, canonical", [
    ("It forms part of the OSCE’s Leaders against Intolerance and Violent Extremism (LIVE) Initiative.",
     "Leaders against Intolerance and Violent Extremism"),
    ("the UNRCCA Preventive Diplomacy Academy held an online session", "Preventive Diplomacy Academy"),
    ("in support of the Joint Action Plan for the implementation of the UN Global Counter-Terrorism Strategy in "
     "Central Asia", "Joint Plan of Action for Central Asia"),
    ("the second phase of its Line Up Live Up life skills training programme", "Line Up Live Up"),
    # round 59: the dialogue formats of Central Asia with a donor government
    ("The Twelfth Senior Officials Meeting of the “Central Asia plus Japan” Dialogue will take place in Dushanbe",
     "Central Asia plus Japan Dialogue"),
    ("the C5+1 Security Working Group met in Tashkent", "C5+1"),
])
def test_registry_names_programmes_of_other_organisations(text, canonical):
    assert registry_programme(text) == canonical


def test_a_programme_its_trainers_completed_is_not_the_event_s(tmp_path):
    t = _tables(tmp_path, (
        "Courses on preventing radicalisation in Ashgabat\n\n"
        "The OSCE held a course for teachers in Ashgabat on 4-6 March 2024. It was delivered by national experts "
        "who completed the OSCE Leaders against Intolerance and Violent Extremism Training-of-Trainers programme.\n\n"
    ))
    assert t.event_programmes.programme.tolist() == []


@pytest.mark.parametrize("written", ["Law Enforcement in Central Asia", "LEICA", "Project Leica"])
def test_a_programme_is_coded_by_its_short_name(written):
    """The codebook's canonical names are short names: the EU's LEICA, however the text writes it."""
    assert registry_programme(f"held under the {written} project of the EU") == "LEICA"


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a name in quotes before its head word
        ('Youth met to review what the "Safe Streets for Young People" project has achieved.',
         "Safe Streets for Young People"),
        # ... and before an apposition naming the head word
        ('UNODC worked with youth as part of "Safe Streets for Young People", a joint initiative of two agencies.',
         "Safe Streets for Young People"),
        # a name in single curly quotes after a glued backer ("EU-supported")
        ("The EU-supported project ‘Media Literacy for Peace in Central Asia’ trained journalists.",
         "Media Literacy for Peace in Central Asia"),
    ],
)
def test_named_projects_in_quotes_around_the_head_word(sentence, name):
    assert [n for n, *_ in named_projects(sentence)] == [name]


def test_two_quoted_sayings_are_not_a_project_name():
    assert named_projects('He said "we will win" and "the project is good".') == []


def test_release_a_project_named_in_quotes_before_its_head_word_is_the_events(tmp_path):
    t = _tables(tmp_path, (
        'UNODC "Safe Streets for Young People" Initiative reviews its results\n\n'
        "On 14 November 2021 UNODC and 30 representatives of youth organizations met in Tashkent to review what "
        'the "Safe Streets for young people" project has achieved.\n\n'
    ))
    # named twice in two cases: one programme, not quoted speech blanked out
    assert [p.casefold() for p in t.event_programmes.programme] == ["safe streets for young people"]


@pytest.mark.parametrize("written", [
    "EU CBRN CoE", "CBRN CoE Initiative",
    "European Union Chemical, Biological, Radiological and Nuclear Risk Mitigation Centres of Excellence Initiative",
])
def test_the_eu_cbrn_centres_of_excellence_are_a_programme_not_the_council_of_europe(written):
    from data_loader.extract.mentions import find_registry

    found = find_registry(f"The meeting was held under the {written} in Tashkent.")
    assert [(m.kind, m.value) for m in found] == [
        ("programme", "EU CBRN Risk Mitigation Centres of Excellence (CoE) Initiative")]


@pytest.mark.parametrize("written", ["EU CBRN CoE", "EU CBRN Centres of Excellence Initiative",
                                     "EU CBRN Risk Mitigation Centres of Excellence Initiative"])
def test_the_eu_cbrn_initiative_s_name_carries_both_its_long_name_and_its_acronym(written):
    """Releases and coders name it either way ("EU CBRN CoE" as often as the long name): the name the loader gives
    carries the long name and the acronym, so a reader who knows either finds it."""
    name = registry_programme(f"under the {written}")
    assert "Centres of Excellence" in name and "CoE" in name


@pytest.mark.parametrize("written", [
    "the PRECA project", "EU CBRN CoE Project 87",
    "the project Preparedness and Response for Mass Gatherings and Other Health Threats in Central Asia",
])
def test_preca_is_known_by_its_acronym_its_project_number_and_its_long_name(written):
    assert registry_programme(f"a training held under {written}") == "PRECA"


@pytest.mark.parametrize("written", ["the OSCE PROTECT project", "Project PROTECT", "the PROTECT project"])
def test_the_osce_protect_project_is_one_programme(written):
    assert registry_programme(written.removeprefix("the ")) == "Project PROTECT"


def test_a_name_with_its_acronym_before_a_lower_case_programme_word():
    """(A name no registry holds: a registered one is given its canonical name, see the next test.)"""
    text = ("On 15 March 2024, the Integrated Co-operation on Border Hazards (ICBH) programme of the OSCE "
            "Programme Office in Dushanbe held the first online meeting of its International Training Board.")
    assert [n for n, *_ in named_projects(text)] == ["Integrated Co-operation on Border Hazards"]


@pytest.mark.parametrize("written", ["Integrated Co-operation on Explosive Hazards", "ICExH programme",
                                     "Integrated Cooperation on Explosive Hazards Programme in Central Asia"])
def test_the_osce_explosive_hazards_programme_is_one_programme(written):
    assert registry_programme(written) == "Integrated Cooperation on Explosive Hazards Programme"


def test_an_office_with_its_acronym_before_programme_is_not_a_programme():
    text = ("The course was organized by the International Narcotics and Law Enforcement (INL) programme of the "
            "United States Embassy in Kazakhstan.")
    assert named_projects(text) == []


def test_a_registered_name_with_a_capital_after_a_hyphen_is_found_in_lower_case_too():
    """'Anti-terrorism Assistance' for the registry's 'Anti-Terrorism Assistance': a short name matches as
    written, but the case of a letter after a hyphen varies from writer to writer."""
    from data_loader.extract.mentions import find_registry

    text = "The course was sponsored by the U.S. Department of State's Anti-terrorism Assistance (ATA) program."
    assert "Antiterrorism Assistance" in [m.value for m in find_registry(text)]


def test_an_owner_with_a_possessive_is_not_part_of_the_programme_name():
    """'the OSCE’s WIN Project': the possessive marks the owner, however short the name left."""
    assert clean_title("OSCE’s WIN Project") == "WIN Project"
    assert clean_title("UNODC's STRIVE Programme") == "STRIVE Programme"


def test_a_two_word_name_led_by_an_acronym_is_a_programme():
    text = "The Gender Issues Programme of the OSCE Secretariat (through its WIN Project) organized the meeting."
    assert [n for n, *_ in named_projects(text)] == ["WIN Project"]


def test_an_acronym_with_its_phase_in_quotes_before_project_is_a_programme():
    """'as part of its "CASE II" project': a quoted acronym and phase name one project; a quoted organisation's
    acronym does not ("the "OSCE" project" names whose project it is)."""
    text = "The course is delivered by the ECAC as part of its “CASE II” project."
    assert [n for n, *_ in named_projects(text)] == ["CASE II"]
    assert [n for n, *_ in named_projects("It is part of the “OSCE” project on borders.")] == []


def test_the_dialogue_of_women_of_central_asia_is_a_regional_framework():
    assert registry_programme("Dialogue of Women of Central Asia") == "Dialogue of Women of Central Asia"


def test_an_owner_in_the_possessive_before_a_lower_case_project_word_is_not_a_programme():
    """'part of the Programme Office’s project on counter-terrorism': the words before 'project' name whose
    project it is, not the project."""
    text = "The training is part of the Programme Office’s project on counter-terrorism and on the prevention."
    assert [n for n, *_ in named_projects(text)] == []


def test_an_office_named_after_a_programme_is_not_the_programme(tmp_path):
    tables = one_event_tables(tmp_path, (
        "Investigators trained in Astana\n\n12 May 2021\n\nA training course for investigators was held in Astana on "
        "10-12 May 2021. The sessions were delivered by representatives of the Office of Antiterrorism Assistance "
        "of the US Department of State.\n"))
    assert list(tables.event_programmes.programme) == []


def test_what_belongs_to_a_framework_is_no_event_held_under_it(tmp_path):
    """'a valuable component of the C5+1 Diplomatic Platform', 'all the members of the C5+1 Diplomatic Platform':
    said of the framework, not that the exercise was held under it."""
    tables = one_event_tables(tmp_path, (
        "Kazakhstan holds national exercise on WMD terrorism\n\n12 May 2021\n\nA national exercise on responding "
        "to WMD terrorism was held in Astana on 10-12 May 2021. National exercise programs are a valuable component "
        "of the C5+1 Diplomatic Platform. The United States values its partnership with all the members of the C5+1 "
        "Diplomatic Platform.\n"))
    assert list(tables.event_programmes.programme) == []


@pytest.mark.parametrize("alias", ["Central Asian Border Management Initiative (CABMI)", "CABMI conference"])
def test_the_border_management_initiative_is_known(alias):
    assert registry_programme(f"the 17th meeting of the {alias}") == "Central Asia Border Management Initiative"


def test_a_project_presented_to_another_field_s_group_is_not_the_event_s(tmp_path):
    t = _tables(tmp_path, (
        "Security working group meets in Tashkent\n\n"
        "The Security Working Group held a meeting in Tashkent on 23 July 2018 on countering violent extremism.\n\n"
        "The Environment Working Group, which also convened in Almaty, was introduced to the Central Asian "
        "Regional Electricity Market (CAREM) project.\n"
    ))
    assert t.event_programmes.programme.tolist() == []


def test_a_programme_named_with_its_acronym_in_brackets(tmp_path):
    t = _tables(tmp_path, (
        "Nuclear security course in Ust-Kamenogorsk\n\n"
        "A qualification course for nuclear security guard forces was organised from 17 to 25 July 2023 in "
        "Ust-Kamenogorsk. The course was conducted by the Global Nuclear Security (GNS) Program of the U.S. Defense "
        "Threat Reduction Agency.\n"))
    assert t.event_programmes.programme.tolist() == ["Global Nuclear Security Program"]


def test_a_closing_word_on_the_activities_above_gives_every_event_its_programme(tmp_path):
    """A bulletin of numbered items closed by 'The activities above were carried out under ... the UNODC
    Programme for Central Asia': each item's course was held under that programme."""
    t = load_release(tmp_path, (
        "Field bulletin, July - October 2021\n\n"
        "1. KYRGYZ BORDER OFFICERS TRAINED ON RISK PROFILING\n\n"
        "From 28 June to 2 July 2021, UNODC ran a training course on risk profiling for ten officers of the Border "
        "Service in Bishkek.\n\n"
        "2. KAZAKH OFFICERS TRAINED ON INSPECTION TECHNIQUES\n\n"
        "On 4-8 October 2021, UNODC held a national training course for border officers in Almaty.\n\n"
        "3. ABOUT THE COMPONENT\n\n"
        "The activities above were carried out under the Cross-Border Cooperation Component of the UNODC Programme "
        "for Central Asia. The component aims to stem trafficking along the northern route.\n"))
    assert len(t.events) == 2
    per_event = t.event_programmes.groupby("event_id").programme.apply(set)
    assert len(per_event) == 2 and all("UNODC Regional Programme for Central Asia" in p for p in per_event)


@pytest.mark.parametrize(("text", "canonical"), [
    ("within the regional project “Strengthening Communities Resilience and Regional Cooperation for Prevention of "
     "Violent Extremism in Central Asia”, funded by Japan",
     "Strengthening Community Resilience and Regional Cooperation to Prevent Violent Extremism in Central Asia"),
    ("the OSCE regional project on combating cybercrime in Central Asia",
     "Capacity Building on Combating Cybercrime in Central Asia"),
    ("the draft CSTO targeted interstate programme for strengthening the Tajik-Afghan border",
     "CSTO Targeted Interstate Programme for Strengthening the Tajik-Afghan Border"),
])
def test_regional_projects_known_by_their_long_names(text, canonical):
    assert registry_programme(text) == canonical


def test_the_one_programme_of_an_about_the_project_section_is_the_event_s(tmp_path):
    t = one_event_tables(tmp_path, (
        "Study visit to Budapest\n\n13 June 2024\n\n"
        "On 12 June 2024 the OSCE organized a study visit to Budapest for police trainers from Central Asia.\n\n"
        "About the project\n\n"
        "The project “Capacity Building on Combating Cybercrime in Central Asia” started in 2020.\n"))
    assert t.event_programmes.programme.tolist() == ["Capacity Building on Combating Cybercrime in Central Asia"]


def test_a_closing_section_about_two_programmes_gives_none(tmp_path):
    t = one_event_tables(tmp_path, (
        "Workshop in Almaty\n\n13 June 2024\n\n"
        "ALMATY, 11 June 2024 – The OSCE held a workshop on border security in Almaty.\n\n"
        "About the programme\n\n"
        "The Central Asia Border Security Initiative and the EU Border Management Programme in Central Asia "
        "work together.\n"))
    assert t.event_programmes.empty


@pytest.mark.parametrize("name", ["the Global Initiative to Combat Nuclear Terrorism", "GICNT"])
def test_the_nuclear_terrorism_initiative_is_known_by_its_name_and_acronym(name):
    assert registry_programme(f"under the auspices of {name}") == "Global Initiative to Combat Nuclear Terrorism"


@pytest.mark.parametrize("written, name", [
    # a number the registry knows by its own name
    ("under Project 65 of the EU CBRN Centres of Excellence Initiative", "CABICHEM"),
    ("under EU CBRN CoE Project 65", "CABICHEM"),
    # a number it does not: the programme's short name and the number
    ("under Project 7 of the European Union's CBRN Risk Mitigation Centres of Excellence Initiative",
     "EU CBRN CoE Project 7"),
])
def test_a_numbered_project_of_a_programme_is_a_programme_of_its_own(tmp_path, written, name):
    t = _tables(tmp_path, (
        "Regional workshop on waste management\n\n"
        f"A regional workshop was held in Tashkent on 9-11 October 2019 {written}.\n\n"
    ))
    assert name in set(t.event_programmes.programme)


def test_a_numbered_project_s_title_in_quotes_is_its_name_not_quoted_speech(tmp_path):
    t = _tables(tmp_path, (
        "Regional workshop on waste management\n\n"
        "A regional workshop was held in Tashkent on 9-11 October 2019. The event, held as part of Project 65 "
        "“Strengthening chemical and biological waste management in Central Asian countries for improved security "
        "and safety risk mitigation”, gathered 40 experts.\n\n"
    ))
    assert "CABICHEM" in set(t.event_programmes.programme)


@pytest.mark.parametrize("heading", ["Project Newsletter", "Project Update", "Project News"])
def test_a_project_s_newsletter_is_no_project_named_newsletter(heading):
    assert named_projects(f"From the {heading}, issue 3: a virtual seminar was held.") == []


@pytest.mark.parametrize("sentence, name", [
    ("UWED organised a signature conference of the GCRF COMPASS project in Tashkent.", "GCRF COMPASS"),
    ("It was the final workshop of the STRIVE Asia programme.", "STRIVE Asia"),
])
def test_an_event_of_a_named_project_names_the_project(sentence, name):
    assert [n for n, *_ in named_projects(sentence)] == [name]


def test_an_event_of_an_organisation_s_project_names_no_project():
    assert named_projects("It was a meeting of the UNODC project team.") == []


def test_a_list_of_verbs_stays_inside_a_programme_s_name():
    found = named_projects("It was the first package under the Global Coordinated Programme on Detecting, Preventing, "
                           "and Countering the Financing of Terrorism.")
    assert found and found[0][0] == "Global Programme on Countering the Financing of Terrorism"


def test_a_comma_before_a_country_ends_a_programme_s_name():
    found = named_projects("Officers were trained under the Global Programme on Border Security Cooperation, "
                           "Kazakhstan and Uzbekistan said.")
    assert [n for n, *_ in found] == ["Global Programme on Border Security Cooperation"]


def test_an_alias_with_an_unquoted_comma_in_the_last_column_is_read_as_typed(tmp_path, monkeypatch):
    """A curator's edit in a text editor: the comma splits the cell, and the row is joined back, not lost."""
    from data_loader.lookup import registries

    (tmp_path / "programmes.csv").write_text(
        "canonical,owner,aliases\nCFT Programme,UNOCT,Global Programme on Detecting, Preventing and Countering|CFT\n",
        encoding="utf-8")
    monkeypatch.setattr(registries, "REGISTRY_DIR", tmp_path)
    assert registries._rows("programmes.csv") == [
        {"canonical": "CFT Programme", "owner": "UNOCT",
         "aliases": "Global Programme on Detecting, Preventing and Countering|CFT"}]


@pytest.mark.parametrize("written", ["the UNODC Global Programme against Money Laundering", "GPML",
                                     "the Global Programme against Money Laundering, Proceeds of Crime and the "
                                     "Financing of Terrorism"])
def test_the_money_laundering_programme_has_its_short_name_without_its_owner(written):
    """The codebook's short name; the owner is coded as the organiser, not in the programme's name."""
    assert registry_programme(written.removeprefix("the ")) == "Global Programme against Money Laundering"


def test_the_osce_travel_document_security_programme_is_a_programme(tmp_path):
    """The OSCE Transnational Threats Department's programme that supports courses on travel documents: events held
    with its support are coded under it (a topic in lower case, 'a course on travel document security', is not)."""
    t = _tables(tmp_path, (
        "TASHKENT, 30 May 2017 - On 29 May the OSCE Project Co-ordinator in Uzbekistan opened a training course on "
        "travel document security in Tashkent. The course receives support from the Travel Document Security "
        "Programme of the OSCE Transnational Threats Department."))
    assert t.event_programmes.programme.tolist() == ["Travel Document Security Programme"]


def test_under_this_component_points_back_to_a_programme_named_in_background_with_its_donor(tmp_path):
    """A sentence of background ('launched in 2017') is not read for the event's programme, but 'Under this
    component' in the event's sentence points back to the programme it names, and to its donor."""
    t = _tables(tmp_path, (
        "ALMATY, 20 December 2017 - The UNODC Programme for Central Asia offers capacity-building under its "
        "cybercrime component, launched in 2017 and funded by the Government of Sweden. Under this component a "
        "training workshop on cryptocurrencies was held in Almaty on 12-14 December 2017."))
    assert t.event_programmes.programme.tolist() == ["UNODC Regional Programme for Central Asia"]
    orgs = t.event_organizations
    assert orgs[orgs.role == "funder"].organization.tolist() == ["Sweden"]


def test_a_project_described_in_lower_case_is_named_by_its_acronym_in_brackets(tmp_path):
    t = _tables(tmp_path, (
        "ASTANA, 12 July 2025 - The WCO held a regional seminar for customs officers in Astana on 8-11 July 2025. "
        "The seminar was held under the security project for Central Asia and the Caucasus (CCASP), which is being "
        "implemented with the support of the Government of Japan."))
    assert t.event_programmes.programme.tolist() == ["CCASP"]


def test_the_academy_of_preventive_diplomacy_is_the_preventive_diplomacy_academy():
    """UNRCCA's programme for young people, as some of its pages word it."""
    assert registry_programme("seminars under its Academy of Preventive Diplomacy initiative") == \
        "Preventive Diplomacy Academy"


def test_a_programme_named_again_by_its_head_word_is_that_programme(tmp_path):
    """'the UNRCCA Preventive Diplomacy Academy (PDA) held ...' and then 'On 10 May, the Academy organized a hybrid
    training session': the later event is the Academy's too."""
    t = load_release(tmp_path, (
        "Activities of the Academy in May 2023\n\n2 Jun 2023\n\nASHGABAT, Turkmenistan\n\n"
        "On 3 May, the UNRCCA Preventive Diplomacy Academy and the Delegation of the European Union held a hybrid "
        "training for youth activists from Central Asia.\n\n"
        "On 10 May, the Academy organized a hybrid training session joined by the Head of the ICRC Mission.\n"))
    assert len(t.events) == 2
    assert set(t.event_programmes.event_id) == set(t.events.event_id)
    later = t.events.sort_values("start_date").event_id.iloc[1]
    orgs = t.event_organizations
    organisers = orgs[(orgs.event_id == later) & (orgs.role == "organizer")].organization
    assert set(organisers) == {"UNRCCA"}  # (the Academy's owner; the EU co-held only the first)


def test_another_academy_named_with_its_own_words_is_not_the_programme(tmp_path):
    """Guard: 'the Academy of the Ministry of Internal Affairs' is a school, not the programme named before."""
    t = load_release(tmp_path, (
        "Activities in May 2023\n\n2 Jun 2023\n\n"
        "On 3 May, the UNRCCA Preventive Diplomacy Academy held a hybrid training for youth activists in Ashgabat.\n\n"
        "On 10 May, the Academy of the Ministry of Internal Affairs organized a training session in Dushanbe.\n"))
    dushanbe = t.events[t.events.city == "Dushanbe"].event_id
    assert not set(t.event_programmes[t.event_programmes.event_id.isin(dushanbe)].programme)


def test_a_movement_named_by_its_hashtag_is_a_programme():
    """'Both labs were held within the #unity_in_diversity movement': the movement's name, as words."""
    assert [n for n, *_ in named_projects("Both labs were held within the #unity_in_diversity movement.")] == \
        ["Unity in Diversity"]


def test_a_hashtag_alone_names_no_programme():
    """Guard: a post's tag ('#unity_in_diversity in Chon-Kemin') says nothing was held under it."""
    assert named_projects("Youth Idea Lab (video) #unity_in_diversity in Chon-Kemin") == []


def test_a_lab_held_within_a_movement_is_the_movement_s(tmp_path):
    t = load_release(tmp_path, ("Youth labs held\n\nPublished 2 August 2022\n\nThe Center held a youth idea generation "
                                "lab in Osh on 24-28 June 2022. The lab was held within the #unity_in_diversity "
                                "movement.\n"))
    assert list(t.event_programmes.programme) == ["Unity in Diversity"]


@pytest.mark.parametrize("written, canonical", [
    ("the EU Central Asia Drug Action Programme (CADAP)", "CADAP"),
    ("the European Action Against Drugs and Organized Crime (EU-ACT 2)", "EU-ACT"),
    ("the Paris Pact Initiative", "Paris Pact Initiative"),
])
def test_drug_programmes_of_the_eu_and_unodc_are_registered(written, canonical):
    """CADAP and EU-ACT run their own events, as BOMCA does, and are coded by their acronyms; the Paris Pact is
    UNODC's (its name holds a city, which is no venue)."""
    assert registry_programme(f"a workshop held under {written}") == canonical


def test_the_paris_pact_names_no_venue(tmp_path):
    t = load_release(tmp_path, ("Paris Pact expert working group met at CARICC\n\n7 October 2022\n\n"
                                "On 5-6 October 2022, the Paris Pact expert working group on cross-border cooperation "
                                "met in Almaty.\n"))
    assert list(t.events.city) == ["Almaty"]


@pytest.mark.parametrize("background, programmes", [
    # the linking word opens the sentence, a clause of its own stands between: the Plan is only what the map is of
    ("Under Phase III of the joint project of the UN Office of Counter-Terrorism and the UN Regional Centre for "
     "Preventive Diplomacy for Central Asia, in its fourth year of work with the five countries, the two offices "
     "keep a running map of activities that relate to the Joint Plan of Action for Central Asia.", []),
    # (guard) the linking word governs the name in its own phrase
    ("The seminars are held under the Joint Plan of Action for Central Asia.",
     ["Joint Plan of Action for Central Asia"]),
])
def test_a_linking_word_far_before_a_programme_s_name_does_not_link_it(tmp_path, background, programmes):
    t = _tables(tmp_path, (
        "Activities reported in open sources\n\nPublished: 30 July 2018\n\n"
        f"{background}\n\nOn 21 December 2017 the regional anti-terrorist commission held a seminar in Aktobe.\n"))
    assert t.event_programmes.programme.tolist() == programmes


def test_an_event_of_a_project_is_held_under_the_programme_the_project_is_part_of(tmp_path):
    """The release names only the project in its label; the registry knows the project (PRECA) as part of the EU CBRN
    CoE Initiative, so the event is held under both."""
    t = _tables(tmp_path, (
        "PRECA training\n\n"
        "A national training on water safety during mass gatherings was held in Tashkent on 17-18 April 2023 "
        "under the PRECA project.\n\n"
    ))
    names = set(t.event_programmes.programme)
    assert "PRECA" in names
    assert any("Centres of Excellence" in n for n in names)


def test_at_the_initiative_of_a_body_names_no_programme(tmp_path):
    """'launched at the initiative of the International Cooperation Bureau': at its suggestion; the one programme the
    text names elsewhere ('in the spirit of the Belt and Road Initiative') is not the event's."""
    t = _tables(tmp_path, (
        "Anti-terrorism seminar held at the university\n\n"
        "The Anti-terrorism Seminar took place at Dalian Maritime University from 23 to 28 September 2018.\n\n"
        "The seminar had been declared open in Shanghai on 18 September. It was launched at the initiative of the "
        "International Cooperation Bureau of the Ministry of Public Security, and was hosted by the training base.\n\n"
        "The rector said that, in the spirit of the Belt and Road Initiative, the university supports exchange.\n"))
    assert t.event_programmes.empty


@pytest.mark.parametrize("written, canonical", [
    ("EU–UN support to the States of Central Asia for their citizens returned from conflict zones, primarily from "
     "Syria and Iraq", "EU-UN Support to the States in Central Asia for their Citizens Returned from Conflict Zones"),
    ("Integrated Co-operation on Explosive Hazards Programme", "Integrated Cooperation on Explosive Hazards Programme"),
])
def test_a_registry_programme_worded_otherwise_is_found_by_its_words(written, canonical):
    """A name that words a registry programme otherwise ('of Central Asia' for 'in Central Asia', 'Co-operation', a
    dash of another kind, an aside at its end) is that programme."""
    assert registry_programme(written) == canonical


@pytest.mark.parametrize("written", [
    "Strengthening Community Resilience in Europe",
    "Global Programme on Countering Trafficking in Persons in Latin America",
])
def test_a_name_sharing_only_some_words_with_a_registry_programme_is_not_it(written):
    assert registry_programme(written) is None


@pytest.mark.parametrize("written, canonical", [
    ("WCO STCE Programme", "Strategic Trade Control Enforcement Programme"),
    ("Education for Justice (E4J)", "Education for Justice"),
    ("Heart of Asia-Istanbul Process", "Istanbul Process"),
    ("BOMNAF", "Border Management Northern Afghanistan"),
    ("PFCB2", "Patrol Field Capacity Building of the Tajik Border Troops through Promotion of Regional Co-operation"),
    ("GASeP", "Global Aviation Security Plan"),
    ("Rukhani Jangyru", "Rukhani Zhangyru"),
])
def test_programmes_of_customs_aviation_border_and_national_bodies_are_registered(written, canonical):
    assert registry_programme(written) == canonical
