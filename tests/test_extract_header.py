"""The parts of a page around the story (extract/header.py): the headline under mastheads, menus and
breadcrumbs; the publication date in any header form (numeric dates, times, view counters,
"Published:", "Posted on", bylines, stamps, a date right after the headline, dates at the end of the
text); datelines, also of several cities or closed by an agency."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import load_release, one_event_tables

from data_loader.extract.header import read_header
from data_loader.extract.text import TextModel

BODY = "UNOCT held a regional workshop on border security in Bishkek on 3-4 March 2024.\n"


def _iso(value) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _event(tmp_path: Path, text: str) -> dict:
    tables = one_event_tables(tmp_path, text)
    ev = tables.events.iloc[0].to_dict()
    for key in ("start_date", "end_date", "published_date"):
        ev[key] = _iso(ev[key])
    ev["doc_title"] = tables.documents.iloc[0]["title"]
    return ev


def test_the_headline_is_found_under_masthead_menus_and_breadcrumbs(tmp_path):
    ev = _event(tmp_path, (
        "ASIA-PLUS | News > Tajikistan > Security\n\n"
        "United Nations in Uzbekistan\n\n"
        "Home › Events › Countering terrorism\n\n"
        "Event type: Workshop\n\n"
        "Regional workshop strengthens border security cooperation\n\n"
        "18/10/2022 10:25 Views: 1 312\n\n" + BODY))
    assert ev["doc_title"] == "Regional workshop strengthens border security cooperation"
    assert ev["published_date"] == "2022-10-18"


@pytest.mark.parametrize("header, published", [
    ("Publishing date: 6 October 2022", "2022-10-06"),
    ("Publication date: 6 October 2022", "2022-10-06"),
    ("WSi News2017-04-13 14:45:12", "2017-04-13"),  # a stamp glued to the site's name, with a time
    ("Currency rates from 16/11/2023\n\nFinance 15/11/2023 Workshop news", "2023-11-15"),  # "from": no stamp
    ("12:07 14.11.2024 · Views: 2728", "2024-11-14"),  # the time first
    ("Politics 2024/03/12", "2024-03-12"),  # year first with slashes
    ("By Staff Report in Nation on 16 January 2020", "2020-01-16"),  # a byline with its date at the end
    ("Posted by admin | March 12, 2024", "2024-03-12"),
    ("Published by UNODC on 12 March 2024", "2024-03-12"),
    ("Press release | 12 March 2024", "2024-03-12"),
    ("Sumaira FH  2 minutes ago  Sat 12th March 2024 | 01:12 AM", "2024-03-12"),  # a byline, a relative time, a weekday
    ("Keywords: training\nAdded on: 12 Mar 2024\nRights: OSCE", "2024-03-12"),  # a library's record
    # a news agency's section path, then its stamp with the time and the time zone
    ("Central Asia | Turkmenistan Materials   12 March 2024 12:40 (UTC+04:00)", "2024-03-12"),
])
def test_publication_dates_in_header_forms(tmp_path, header, published):
    ev = _event(tmp_path, "Regional workshop strengthens border security cooperation\n\n" + header + "\n\n" + BODY)
    assert ev["published_date"] == published
    assert (ev["start_date"], ev["end_date"]) == ("2024-03-03", "2024-03-04")


def test_a_headline_in_capitals_under_a_menu_line(tmp_path):
    ev = _event(tmp_path, (
        "UNODC Regional Office | News\n\n"
        "UNODC HOLDS TRAINING FOR KYRGYZ PROSECUTORS ON TERRORIST FINANCING\n\n"
        "Bishkek, 3 May 2024 – UNODC held a training for 25 prosecutors on terrorist financing on 1-2 May.\n"))
    assert ev["doc_title"] == "UNODC HOLDS TRAINING FOR KYRGYZ PROSECUTORS ON TERRORIST FINANCING"
    assert (ev["published_date"], ev["start_date"], ev["city"]) == ("2024-05-03", "2024-05-01", "Bishkek")


def test_a_date_right_after_the_headline_is_the_publication_date_not_the_event_s(tmp_path):
    ev = _event(tmp_path, (
        "TURKPA - Parliamentary Assembly of Turkic States\nHome / Press Centre / News\n\n"
        "TURKPA attended Parliamentary Forum on Counter-Terrorism\nJune 22, 2022\n\n"
        "On 22-23 June 2022, representatives of TURKPA took part in the forum held in Istanbul, Turkiye.\n"))
    assert ev["doc_title"] == "TURKPA attended Parliamentary Forum on Counter-Terrorism"
    assert ev["published_date"] == "2022-06-22"
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2022-06-22", "2022-06-23", "Istanbul")


@pytest.mark.parametrize("ending, published", [
    ("Last updated: 12 December 2019", "2019-12-12"),
    ("Last modified: 12.12.2019", "2019-12-12"),
    ("17 12 2019 Hits: 286", "2019-12-17"),  # a page's date field in figures and spaces
    ("///nCa, 25 May 2023 (based on information from the OSCE Centre in Ashgabat)", "2023-05-25"),
    ("11:42 10.10.2022 (updated: 12:05 10.10.2022)", "2022-10-10"),  # an agency's time stamp, then its edit
    # a day alone on a line under the story's closing list
    ("It covered:\n– the identification of terrorist financing;\n– the suppression of its channels.\n\n09.10.2018\n\n"
     "« Previous news Next news »\n\n© CIS Anti–Terrorism Center, 2018", "2018-10-09"),
    # ... above a list of the site's other stories
    ("11:42 10.10.2022\n\nRead also:\n - Wheat harvest forecast raised\n - Exchange extends trading hours",
     "2022-10-10"),
    # ... above the site's list of its other items, under a heading of its own words (below a story long enough
    # that the label is not in the page's header)
    ("The course covered risk indicators, profiling at border crossing points and the analysis of data on "
     "criminal incidents. " * 6 + "\n\nAdded on\n\n12 Jul 2018\n\nOSCE Programme Office in Astana\n"
     "risk management, profiling\n\nOther mission activities\n - Office in Bishkek supports a working group\n"
     " - Mission in Kosovo holds a community safety forum\n - Co-ordinator in Ukraine trains police\n\n"
     "The site is managed by the Strategic Police Matters Unit.", "2018-07-12"),
])
def test_a_date_at_the_end_of_the_text_is_the_publication_date(tmp_path, ending, published):
    ev = _event(tmp_path, "Regional workshop strengthens border security cooperation\n\n" + BODY + "\n" + ending + "\n")
    assert ev["published_date"] == published


def test_a_day_closing_the_headline_is_the_publication_date_and_the_story_s_days_are_the_event_s(tmp_path):
    ev = _event(tmp_path, (
        "IOM Kazakhstan | UN Migration\n\n"
        "USAID hosts the workshop for NGOs on reducing risks of youth radicalization, Almaty, April 23, 2018\n\n"
        "Almaty – IOM brought NGOs together in Almaty on April 18-19, 2018 for a regional workshop on "
        "preventing radicalization.\n"))
    assert ev["published_date"] == "2018-04-23"
    assert (ev["start_date"], ev["end_date"]) == ("2018-04-18", "2018-04-19")


def test_a_dateline_of_several_cities_names_no_venue_but_the_story_does(tmp_path):
    ev = _event(tmp_path, (
        "Cross-border workshop on terrorist financing\n\n"
        "ALMATY/BISHKEK, 12 March 2024 – UNODC held a workshop for financial analysts in Bishkek on 11 March.\n"))
    assert (ev["published_date"], ev["start_date"], ev["city"]) == ("2024-03-12", "2024-03-11", "Bishkek")


def test_a_dateline_under_a_standfirst_a_time_stamp_and_a_photo_caption_is_found():
    """Standfirst, 'HH:MM DD.MM.YYYY (updated ...)', 'Photo: ...', then 'DUSHANBE, 29 Jan – Sputnik.': the stamp
    and the caption are page furniture, whatever stands above them, and the dateline under them is the story's."""
    tm = TextModel("Colonel meets residents of Rasht\n\nThe Interior Ministry has set up study courses for young "
                   "people.\n\n18:05 29.01.2018 (updated 18:40 29.01.2018)\n\nPhoto: MIA press service. Explaining "
                   "the Message to the people of Rasht\n\nDUSHANBE, 29 Jan – Sputnik. This was reported by a police "
                   "colonel.\n\nOn 27 January a meeting of the colonel with the population was held in Tojikobod "
                   "district.\n")
    assert read_header(tm).dateline_city == "Dushanbe"


def test_a_dateline_of_several_cities_alone_gives_no_city():
    tm = TextModel("Cross-border workshop on terrorist financing\n\n"
                   "ALMATY/BISHKEK, 12 March 2024 – UNODC held a workshop for financial analysts.\n")
    head = read_header(tm)
    assert head.dateline_city is None and head.dateline_span is not None
    assert head.published.isoformat() == "2024-03-12"


@pytest.mark.parametrize("dateline", ["Dushanbe, 18 October (UzA).", "DUSHANBE, 18.10.2022 /NIAT Khovar/."])
def test_a_dateline_closed_by_its_agency_is_where_the_story_was_filed(tmp_path, dateline):
    ev = _event(tmp_path, (
        "Foreign minister addresses conference on border security\n\n18.10.2022 17:42\n\n"
        f"{dateline} The minister took part today in the conference on border security, held in Almaty "
        "on 18 October.\n"))
    assert (ev["start_date"], ev["city"]) == ("2022-10-18", "Almaty")


def test_a_dateline_closed_by_its_agency_on_a_line_of_its_own_dates_the_story(tmp_path):
    # the agency's full stop ends the paragraph: the story starts on the next line
    ev = _event(tmp_path, (
        "Police officers talk to medical students about extremism\n\nBishkek, 10.04.24. /Kabar/.\n\n"
        "Officers of the Interior Ministry met students of the medical school on April 8 and 9 to talk "
        "about extremism.\n"))
    assert (ev["published_date"], ev["start_date"], ev["end_date"]) == ("2024-04-10", "2024-04-08", "2024-04-09")
    assert ev["country_iso3"] == "KGZ"


def test_a_day_without_a_year_after_a_dated_dateline_is_the_event_s_day(tmp_path):
    ev = _event(tmp_path, (
        "Regional workshop strengthens border security cooperation\n\n"
        "ALMATY, March 8, 2024 – On March 6-7, UNOCT held a regional workshop on border security.\n"))
    assert (ev["published_date"], ev["start_date"], ev["end_date"]) == ("2024-03-08", "2024-03-06", "2024-03-07")
    assert ev["city"] == "Almaty"


def test_an_agency_line_is_no_venue(tmp_path):
    ev = _event(tmp_path, (
        "OSCE seminar on countering terrorism\n\n11 June 2017, 14:20\n\n"
        "ASTANA. KAZINFORM - The OSCE held a two-day seminar on countering terrorism in Almaty on 8-9 June.\n"))
    assert (ev["city"], ev["start_date"], ev["published_date"]) == ("Almaty", "2017-06-08", "2017-06-11")


def test_a_section_label_is_no_headline_when_a_headline_follows(tmp_path):
    ev = _event(tmp_path, (
        "Embassy news\n\n"
        "UNOCT and Qatar hold workshop in Doha for Central Asian officials\n\n"
        "Doha, Qatar, 3 November 2022 – UNOCT and Qatar held a workshop for officials from Kazakhstan and "
        "Uzbekistan in Doha from 1 to 3 November 2022.\n"))
    assert ev["doc_title"] == "UNOCT and Qatar hold workshop in Doha for Central Asian officials"
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2022-11-01", "2022-11-03", "Doha")


def test_a_byline_and_a_venue_line_glued_under_the_headline_are_not_part_of_it(tmp_path):
    ev = _event(tmp_path, (
        "UNODC ROCA\n\n"
        "Regional meeting on countering terrorist financing held in Tashkent\n"
        "By Aigerim Seitova, 2 October 2023\n"
        "Tashkent, 28–29 September 2023\n\n"
        "The regional meeting, organized by UNODC and the EAG, brought together 40 experts.\n"))
    assert ev["doc_title"] == "Regional meeting on countering terrorist financing held in Tashkent"
    assert ev["published_date"] == "2023-10-02"
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2023-09-28", "2023-09-29", "Tashkent")


def test_a_span_of_days_is_never_the_publication_date(tmp_path):
    ev = _event(tmp_path, (
        "Regional meeting on countering terrorist financing held in Tashkent\n\n"
        "Tashkent, 28–29 September 2023\n\n"
        "The regional meeting, organized by UNODC, brought together 40 experts.\n"))
    assert ev["published_date"] is None
    assert (ev["start_date"], ev["end_date"]) == ("2023-09-28", "2023-09-29")


def test_the_date_of_a_dateline_closed_by_its_agency_is_the_publication_date(tmp_path):
    ev = _event(tmp_path, (
        "Tajikistan hosts OSCE seminar\n\n"
        "DUSHANBE, 22.04.2021 /Khovar/. An OSCE seminar on the rights of victims of terrorism is being held in "
        "Dushanbe from 21 to 23 April.\n"))
    assert ev["published_date"] == "2021-04-22"
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2021-04-21", "2021-04-23", "Dushanbe")


def test_a_day_in_brackets_closing_the_headline_dates_an_announcement(tmp_path):
    ev = _event(tmp_path, (
        "UNOCT to convene workshop in Bishkek (10.05.2024)\n\n"
        "UNOCT will convene a workshop on protecting soft targets in Bishkek on 14-15 May.\n"))
    assert ev["published_date"] == "2024-05-10"
    assert (ev["start_date"], ev["end_date"], ev["city"]) == ("2024-05-14", "2024-05-15", "Bishkek")


def test_a_day_and_a_dash_opening_the_story_is_its_dateline(tmp_path):
    ev = _event(tmp_path, (
        "OSCE workshop on terrorist financing\n\n"
        "March 12, 2024 — The OSCE held a workshop for financial analysts on March 10-11 in Almaty.\n"))
    assert (ev["published_date"], ev["start_date"], ev["end_date"]) == ("2024-03-12", "2024-03-10", "2024-03-11")


def test_a_day_opening_a_sentence_of_the_story_is_the_event_s(tmp_path):
    ev = _event(tmp_path, (
        "OSCE seminars in Kyrgyzstan\n\n"
        "15 June 2023: The OSCE held a seminar on border security for 20 officers in Osh.\n"))
    assert (ev["published_date"], ev["start_date"]) == (None, "2023-06-15")


def test_a_joomla_byline(tmp_path):
    ev = _event(tmp_path, "Regional workshop strengthens border security cooperation\n\n"
                "Written by Admin on 5 March 2024\n\n" + BODY)
    assert ev["published_date"] == "2024-03-05"


def test_a_sites_tagline_under_its_name_is_not_the_headline(tmp_path):
    """'Caravanserai / Central Asia news and analysis': a short line right under the site's name is its
    tagline; the headline is the next line, and the date under the byline is the publication date."""
    ev = _event(tmp_path, (
        "Caravanserai\nCentral Asia news and analysis\n\n"
        "Kyrgyz border guards trained on detecting foreign terrorist fighters\n\n"
        "By Staff Writer\n2021-03-12\n\n" + BODY))
    assert ev["doc_title"] == "Kyrgyz border guards trained on detecting foreign terrorist fighters"
    assert ev["published_date"] == "2021-03-12"


def test_a_masthead_saying_what_the_site_is_and_its_hotline_is_not_the_headline(tmp_path):
    """'Counter-Terrorist Committee / Official website of the republican public association / 110 — Anti-Terrorist
    Service telephone': the site's name, what it is and its hotline, above the menu and the headline."""
    ev = _event(tmp_path, (
        "Counter-Terrorist Committee\nOfficial website of the republican public association\n"
        "110 — Anti-Terrorist Service telephone\n\nHome · About · News · Contacts\n\n"
        "Streets near City Mall in Petropavlovsk to be closed for an anti-terrorist exercise\n\n"
        "19.11.2024 · Regions · Views: 167\n\n" + BODY))
    assert ev["doc_title"] == "Streets near City Mall in Petropavlovsk to be closed for an anti-terrorist exercise"


def test_a_headline_in_title_case_naming_its_day_is_no_site_name(tmp_path):
    """'Security Alert – Counter-Terrorism Exercise in Petropavl (November 20, 2024)': every word capitalised, as a
    name's are, but a name holds no day."""
    ev = _event(tmp_path, (
        "Alerts\n\nSecurity Alert – Counter-Terrorism Exercise in Petropavl (November 20, 2024)\n\n"
        "By U.S. Embassy Astana | 19 November, 2024 | Topics: Alerts, Security Alert\n\n"
        "Location: Petropavl. Event: The regional police headquarters will hold a counter-terrorism exercise on "
        "Wednesday, November 20, 2024. Traffic will be restricted around the City Mall… Read More »\n\n"
        "Message for U.S. Citizens – Winter Driving in Northern Kazakhstan\n\n"
        "By U.S. Embassy Astana | 5 November, 2024 | Topics: Alerts\n\n"
        "Snowstorms regularly close highways in the north between November and March. Check road status before "
        "travel… Read More »\n"))
    assert ev["doc_title"] == "Security Alert – Counter-Terrorism Exercise in Petropavl (November 20, 2024)"


def test_a_short_headline_without_a_masthead_above_it_is_kept(tmp_path):
    ev = _event(tmp_path, "UNOCT trains Kyrgyz prosecutors\n\n" + BODY)
    assert ev["doc_title"] == "UNOCT trains Kyrgyz prosecutors"


def test_a_dateline_closed_by_a_full_stop_gives_the_publication_date(tmp_path):
    """'Astana, 22 September 2022. In a prison ...': a feature's dateline, then 'Today, officials met'."""
    ev = _event(tmp_path, (
        "A global initiative to manage violent extremist prisoners\n\n"
        "Astana, 22 September 2022. In a prison in Kazakhstan, prisoners are at work in a furniture workshop.\n\n"
        "Today, officials from Kazakhstan, Tunisia and Uganda met in Astana to share what they learned.\n"))
    assert ev["published_date"] == "2022-09-22"
    assert ev["start_date"] == "2022-09-22" and ev["city"] == "Astana"


def test_currency_rates_and_a_section_stamp_above_the_headline(tmp_path):
    """'Currency rates from 26/11/2024' with a line of rates per currency, then 'Uzbekistan 26/11/2024' (the
    section and the page's date) above the headline."""
    ev = _event(tmp_path, (
        "Currency rates from 26/11/2024\n$1 – 12814.78 UZS – -0.11%\n€1 – 13442.70 UZS – 0.73%\n\n"
        "Uzbekistan 26/11/2024\n\n"
        "Tashkent to host second meeting of the Regional Expert Council on returnees\n\n"
        "The meeting of the Council will take place in Tashkent on 27 November 2024.\n\n"
        "The meeting is being organized by the OSCE and UNOCT.\n"))
    assert ev["doc_title"].startswith("Tashkent to host second meeting")
    assert ev["published_date"] == "2024-11-26"
    assert ev["start_date"] == "2024-11-27" and ev["city"] == "Tashkent"


def test_a_site_line_split_by_dashes_is_not_the_headline(tmp_path):
    ev = _event(tmp_path, ("UNODC Regional Office for Central Asia – News – Criminal justice\n\n"
                           "Network members share experiences on returnees\n\n" + BODY))
    assert ev["doc_title"] == "Network members share experiences on returnees"


def test_a_headline_that_names_organisations_is_not_an_organisation_line(tmp_path):
    """'UNODC and OSCE support Kazakh prosecutors in Almaty': names and lower-case words; only a line mostly of
    names ('UNODC Regional Office for Central Asia') is a masthead."""
    ev = _event(tmp_path, "United Nations Office on Drugs and Crime\n\nUNODC and OSCE support Kazakh prosecutors "
                          "in Almaty\n\n" + BODY)
    assert ev["doc_title"] == "UNODC and OSCE support Kazakh prosecutors in Almaty"


def test_a_dateline_closed_by_a_colon_names_the_city(tmp_path):
    ev = _event(tmp_path, (
        "UNDP and partners hold roundtable on preventing violent extremism\n\nFeb 27, 2019\n\n"
        "Ashgabat, 27 February 2019: UNDP and Hedayah met today to compare experience in preventing violent "
        "extremism at a roundtable.\n"))
    assert ev["city"] == "Ashgabat" and ev["start_date"] == "2019-02-27"


def test_the_day_a_wire_story_was_filed_is_not_the_event_s(tmp_path):
    """'UNITED NATIONS (UrduPoint News / Sputnik - 22nd February, 2020)': the agency's day in brackets; 'on
    Friday' is the event's, read against it."""
    ev = _event(tmp_path, (
        "Russia funds a new project against arms trafficking\n\n"
        "Sat 22nd February 2020 | 01:12 AM\n\n"
        "UNITED NATIONS (UrduPoint News / Sputnik - 22nd February, 2020) Russia's envoy said on Friday at the launch "
        "event of the project, held by UNOCT and UNODC, that Russia had given half a million dollars.\n"))
    assert ev["published_date"] == "2020-02-22"
    assert ev["start_date"] == "2020-02-21"


def test_a_dateline_under_lines_of_page_furniture_is_found(tmp_path):
    ev = _event(tmp_path, (
        "OSCE course strengthens skills of border officers\n\nNews Provided By\n\nOSCE\n\nJuly 8, 2024, 09:41 GMT\n\n"
        "BISHKEK, 1-5 July 2024 – A week-long training course on interviewing techniques was conducted by the OSCE.\n"))
    assert ev["city"] == "Bishkek" and ev["start_date"] == "2024-07-01"


def test_a_city_and_its_country_alone_above_the_story_is_its_dateline(tmp_path):
    ev = _event(tmp_path, (
        "UNRCCA co-organizes third regional conference on early warning\n\n20 Dec 2023\n\nALMATY, Kazakhstan\n\n"
        "From 18 to 20 December 2023, UNRCCA and UNOCT held the third regional conference on the early warning "
        "network.\n"))
    assert ev["city"] == "Almaty" and ev["country_iso3"] == "KAZ"


def test_an_office_s_name_under_a_masthead_is_not_the_headline(tmp_path):
    ev = _event(tmp_path, (
        "EMBASSY OF TURKMENISTAN IN THE REPUBLIC OF AUSTRIA\n\n"
        "Permanent Mission of Turkmenistan to the OSCE and other international organizations in Vienna\n\n"
        "News\n\n"
        "Turkmenistan takes part in a high-level conference on preventing violent extremism\n\n"
        "On 26 November 2020 the UNDP Regional Center in Istanbul hosted a high-level conference on preventing "
        "violent extremism.\n"))
    assert ev["doc_title"].startswith("Turkmenistan takes part")


def test_a_time_label_over_the_date_line_dates_the_page(tmp_path):
    """A page that labels its fields on lines of their own ('Source / Xinhuanet / Editor / ... / Time /
    2019-05-17 00:59:55'): the date under 'Time' is the publication date."""
    ev = _event(tmp_path, (
        "Military Online > Exchanges\n\nTwo forces wrap up joint anti-terror drills\n\nSource\nXinhuanet\n"
        "Editor\nLi Jiayao\nTime\n2019-05-17 00:59:55\n\n"
        "TASHKENT, May 16 (Xinhua) -- Two forces on Wednesday completed a joint anti-terror exercise in "
        "Uzbekistan's Jizzakh region.\n\n"
        "Speaking at the closing ceremony, the commander said the drills had strengthened mutual trust between the "
        "two forces and raised their ability to respond to new threats.\n\n"
        "The other commander said his country stands ready to work for peace and stability in the region, and "
        "the two sides identified new areas of cooperation, including the training of specialists.\n"))
    assert ev["published_date"] == "2019-05-17"
    assert ev["end_date"] == "2019-05-15"


def test_a_dateline_day_without_a_year_is_the_day_of_its_today(tmp_path):
    """'Dushanbe, 17 May - ... held in Dushanbe today' on a page stamped 18/05/2019 09:25: the 17th."""
    ev = _event(tmp_path, (
        "EU at the Dushanbe conference\n\n18/05/2019 - 09:25\n\n"
        "Dushanbe, 17 May - A high-level conference on countering terrorism and its financing was held in "
        "Dushanbe today with the support of the European Union.\n"))
    assert (ev["published_date"], ev["start_date"]) == ("2019-05-18", "2019-05-17")


def test_a_weekday_day_month_and_year_parted_by_commas_is_a_date():
    from data_loader.extract.dates import find_dates

    found = find_dates("Monday, 24, September, 2018 | Home")
    assert [(d.first.isoformat(), d.precision) for d in found] == [("2018-09-24", "day")]


def test_a_place_line_with_its_day_is_a_dateline_and_has_been_held_is_that_day(tmp_path):
    """'BAKU, Azerbaijan, Sept. 6' alone above the story: a dateline of the day the story was filed, and a
    meeting that 'has been held' there was held that day."""
    ev = _event(tmp_path, (
        "Baku hosts meeting of special services\n\n06 September 2019 14:32 (UTC+04:00)\n\n"
        "BAKU, Azerbaijan, Sept. 6\n\nTrend:\n\n"
        "The 22nd meeting of the Conference of Special Service Bodies has been held in Baku, the State Security "
        "Service told Trend. The delegations discussed cooperation against terrorism.\n"))
    assert (ev["start_date"], ev["city"]) == ("2019-09-06", "Baku")


def test_a_date_line_closing_the_story_above_the_site_s_latest_publications(tmp_path):
    ev = _event(tmp_path, (
        "Anti-Terrorism Center\n\nMeeting of the heads of counter-terrorism units held in Moscow\n\n"
        "The eighteenth meeting of the heads of the counter-terrorism units of the CIS member states was held in "
        "Moscow. Representatives of nine states took part.\n\n"
        "The meeting is a standing format that brings together the chiefs of counter-terrorism units.\n\n"
        "It reviewed the state of the terrorist threat and the practical interaction of the security agencies.\n\n"
        "The participants adopted recommendations for the next period.\n\n10 June 2025\n\nPrint version | Back\n\n"
        "Latest publications:\n\nHead of the Center gives an interview on its anniversary\n\n"
        "Schedule of the reception of citizens at the Center\n\nThe Center's delegation visits a partner agency\n\n"
        "Results of the regional conference on countering extremism\n"))
    assert ev["published_date"] == "2025-06-10"


def test_a_headline_naming_two_bodies_that_sign_is_no_masthead_and_a_stamp_is_no_headline(tmp_path):
    """'UN Office of Counter-Terrorism and Uzbekistan's Institute for Strategic and Regional Studies sign
    memorandum' is mostly names, but its verb makes it a headline; the stamp under it ('06.12.2023 09:15 👁 734',
    a view counter) never is one."""
    ev = _event(tmp_path, (
        "UN Office of Counter-Terrorism and Uzbekistan's Institute for Strategic and Regional Studies sign "
        "memorandum\n\n06.12.2023 09:15 👁 734\n\n"
        "On 4 December 2023 UNOCT held a workshop in Tashkent for the Institute's researchers.\n"))
    assert ev["doc_title"].startswith("UN Office of Counter-Terrorism and Uzbekistan")
    assert ev["published_date"] == "2023-12-06"


def test_a_headline_in_capitals_naming_an_activity_is_no_masthead(tmp_path):
    """Under 'NATIONAL SECURITY COMMITTEE OF THE REPUBLIC OF KAZAKHSTAN' / 'Press Service', the line 'ON THE HOLDING OF
    THE TACTICAL ANTI-TERRORIST EXERCISE "KUZ-2023" IN ASTANA' is the headline: it names what was held."""
    ev = _event(tmp_path, (
        "NATIONAL SECURITY COMMITTEE OF THE REPUBLIC OF KAZAKHSTAN\nPress Service\n\nHome > Press Centre > "
        "Announcements\n\n18.10.2023 | 11:05\n\n"
        'ON THE HOLDING OF THE TACTICAL ANTI-TERRORIST EXERCISE "KUZ-2023" IN ASTANA\n\n'
        "On 18-19 October 2023 the National Security Committee will conduct the tactical exercise in Astana.\n"))
    assert ev["doc_title"].startswith("ON THE HOLDING OF THE TACTICAL ANTI-TERRORIST EXERCISE")


def test_a_news_agency_s_full_name_is_its_masthead(tmp_path):
    ev = _event(tmp_path, (
        "KABAR National News Agency of the Kyrgyz Republic\n\n"
        "Kyrgyz special forces take part in SCO anti-terror exercise in India\n\n"
        "Bishkek, October 13, 2022. Kyrgyz special forces took part in an SCO exercise in Manesar on 8-12 October "
        "2022.\n"))
    assert ev["doc_title"] == "Kyrgyz special forces take part in SCO anti-terror exercise in India"


@pytest.mark.parametrize("marker", ["1. ", "• "])
def test_a_list_item_s_number_or_bullet_is_no_part_of_the_title(tmp_path, marker):
    ev = _event(tmp_path, (
        f"{marker}LEICA holds its first Project Steering Committee\n\n"
        "TASHKENT, 15 June 2021 - The first meeting of the Project Steering Committee of LEICA was held in Tashkent "
        "today.\n"))
    assert ev["doc_title"] == "LEICA holds its first Project Steering Committee"


def test_a_headline_with_its_breadcrumb_under_it_in_one_block(tmp_path):
    """'OSCE supports Tajikistan's second penitentiary reform forum ...' over 'Programme Office in Dushanbe › News ›
    25.10.2023', with no blank line between: the headline, and the breadcrumb's last step is the page's date (the
    block was taken for the site's masthead, and its date for a second event)."""
    ev = _event(tmp_path, (
        "OSCE supports Tajikistan's second penitentiary reform forum on the development of the prison system\n"
        "Programme Office in Dushanbe › News › 25.10.2023\n\n"
        "The Second Forum on Penitentiary Reform took place in Dushanbe on 23 October 2023 with the support of the "
        "OSCE Programme Office in Dushanbe.\n"))
    assert ev["doc_title"].startswith("OSCE supports Tajikistan's second penitentiary reform forum")
    assert ev["published_date"] == "2023-10-25"
    assert ev["start_date"] == "2023-10-23"


def test_a_labelled_date_under_the_site_s_related_stories_is_the_publication_date(tmp_path):
    ev = _event(tmp_path, (
        "ASIA-PLUS\nTajikistan / Security\n\nOSCE starts online course for community leaders\n\n"
        "DUSHANBE, April 21, Asia-Plus -- The OSCE held a regional seminar for community leaders in Dushanbe on "
        "April 19-20.\n\n" + "Its sessions dealt with the role of community leaders in preventing violent "
        "extremism, policy development and media literacy. " * 3 + "\n\nRelated:\nCotton sowing campaign nearly over\n"
        "New airport terminal to open in summer\n\nPublished: 21.04.2021 15:47\n"))
    assert ev["published_date"] == "2021-04-21"


@pytest.mark.parametrize("dateline", ["Astana (Kazakhstan), 11–12 March 2025 –", "Astana, 11-12 March 2025 –"])
def test_a_span_of_days_in_a_dateline_is_the_event_s_and_no_publication_date(tmp_path, dateline):
    ev = _event(tmp_path, (
        "Regional meeting on foreign terrorist fighters\n\n"
        f"{dateline} The countries of Central Asia face particular challenges.\n\n"
        "UNODC convened a regional expert meeting on these challenges. The two-day meeting was held in Astana and "
        "brought together 52 participants.\n"))
    assert (ev["start_date"], ev["end_date"], ev["published_date"]) == ("2025-03-11", "2025-03-12", None)


def test_consultations_that_have_taken_place_are_reported(tmp_path):
    """'have taken place' reports an event, as 'took place' does (the headline alone says 'held')."""
    ev = _event(tmp_path, (
        "Consultations on new threats held in Minsk\n\n07.06.2024 15:20\n\n"
        "DUSHANBE, 07.06.2024 /Khovar/. Foreign-ministry consultations on countering new challenges and threats "
        "have taken place in Minsk, the agency reports. Representatives of Tajikistan, Belarus and Kazakhstan "
        "attended.\n"))
    assert (ev["city"], ev["event_type"]) == ("Minsk", "consultation")


def test_a_bulletin_s_issue_line_dates_it_and_a_day_without_a_year_after_it(tmp_path):
    ev = _event(tmp_path, (
        "NEWS AGENCY | WEEKLY BULLETIN: SECURITY COOPERATION Tashkent, 25.07.2022 No. 29 (assembled from official "
        "press releases)\n\n"
        "1. UZBEK INVESTIGATORS SHARE EXPERIENCE AT EAG FORUM\n\n"
        "On July 18–21, a delegation of Uzbekistan's law enforcement agencies took part in the international forum "
        "of the Eurasian Group on Combating Money Laundering and Financing of Terrorism in Nur-Sultan.\n"))
    assert (ev["published_date"], ev["start_date"]) == ("2022-07-25", "2022-07-18")


def test_a_dateline_under_a_press_release_stamp_a_subheading_and_a_photo_caption(tmp_path):
    ev = _event(tmp_path, (
        "UNDP Turkmenistan › News Centre › Press releases\n\n"
        "UNDP regional project on preventing violent extremism holds its final Project Board meeting\n\n"
        "PRESS RELEASE | February 10, 2021\n\n"
        "Final Project Board meeting of the regional PVE project\n\n"
        "Partners of the regional PVE project at the final Project Board meeting. Photo: UNDP Turkmenistan\n\n"
        "Ashgabat, 10 February 2021 – The regional project of UNDP today brought its implementing partners together "
        "for the project's final Project Board meeting.\n"))
    assert (ev["city"], ev["start_date"]) == ("Ashgabat", "2021-02-10")


def test_a_project_site_s_donor_label_is_no_headline_and_a_spaced_numeric_date_dates_the_page(tmp_path):
    """A project's page: its logo's 'Funded by European Union' label, the menu, the headline and '14. 04. 2022'
    (a numeric date with spaces after its points, which ends no sentence)."""
    ev = _event(tmp_path, (
        "Funded by European Union\n\n"
        "Home · About · Activities · News · Contact\n\n"
        "Regional Workshop on Conducting a Counter Terrorist Investigation\n\n"
        "Project Leica - Regional Workshop on Conducting a Counter Terrorist Investigation\n\n"
        "14. 04. 2022\n\n" + BODY))
    assert ev["doc_title"] == "Regional Workshop on Conducting a Counter Terrorist Investigation"
    assert ev["published_date"] == "2022-04-14"


def test_a_row_of_rule_characters_is_no_headline(tmp_path):
    """'AGENCY NEWS' over a row of '=' on a plain-text page that puts no headline of its own in lower case above
    the story: the row names nothing, so the event is titled by its type, place and month, not '====='."""
    ev = _event(tmp_path, (
        "AGENCY NEWS\n=================\n\n26.07.2017\n\n"
        "CRISP held a workshop for journalists in Bishkek, Kyrgyzstan, on 20 July 2017 on reporting on religion.\n"))
    assert any(c.isalnum() for c in ev["title"])
    assert ev["start_date"] == "2017-07-20"


def test_a_wire_dateline_may_put_the_country_in_brackets():
    """'New Delhi [India], December 11 (ANI):': the city the story was filed from, with its country in brackets."""
    tm = TextModel("India organises seminar on cyberspace security\n\n"
                   "New Delhi [India], December 11 (ANI): India hosted a practical seminar for delegates.\n")
    head = read_header(tm)
    assert head.dateline_city == "New Delhi"
    assert head.dateline_agency


def test_a_closing_guillemet_in_a_headline_does_not_make_it_a_menu():
    """'Final stage of CSTO «Rubezh-2021» drills held at Edelweiss training ground': the » closes a quoted name; a
    breadcrumb's » stands between spaces ("Home » News"). The page's stamp line under it is no headline."""
    tm = TextModel("Final stage of CSTO «Rubezh-2021» drills held at Edelweiss training ground\n\n"
                   "09.09.2021 18:12 Views: 1 947 Newsroom\n\n"
                   "BISHKEK, 09.09.2021 – Today the final stage of the joint exercise took place at the training "
                   "ground, the Ministry of Defence reported.\n")
    assert read_header(tm).title == "Final stage of CSTO «Rubezh-2021» drills held at Edelweiss training ground"


def test_what_is_left_of_a_label_in_another_script_does_not_open_the_headline():
    tm = TextModel("??:Russia, Central Asian allies to hold drills in Tajikistan\n\n2018-08-09\n\n"
                   "MOSCOW, Aug. 8 (Xinhua) -- Russia and its allies will stage joint military drills in Tajikistan "
                   "in late October, TASS reported on Wednesday.\n")
    assert read_header(tm).title == "Russia, Central Asian allies to hold drills in Tajikistan"


def test_a_page_title_of_site_and_headline_gives_way_to_the_headline_below_it():
    text = ("Project Leica - LEICA Concludes Crime Scene Investigation Training in Kazakhstan\n\n20. 10. 2023\n\n"
            "LEICA Concludes Crime Scene Investigation Training in Kazakhstan\n\n"
            "Twelve officers have completed a five-day course on crime scene investigation.\n")
    assert read_header(TextModel(text)).title == "LEICA Concludes Crime Scene Investigation Training in Kazakhstan"


def test_a_headline_with_a_dash_that_is_not_repeated_stays_whole():
    text = ("Kazakhstan - UNODC training on crime scene investigation concludes in Almaty\n\n20. 10. 2023\n\n"
            "Twelve officers have completed a five-day course on crime scene investigation.\n")
    assert read_header(TextModel(text)).title.startswith("Kazakhstan - UNODC")


@pytest.mark.parametrize("dateline", ["DUSHANBE, September 29, 2017, Asia-Plus",
                                      "ALMATY, 29 September 2017, Kazinform"])
def test_a_dateline_alone_on_its_line_with_the_agency_after_the_day_dates_the_page(tmp_path, dateline):
    """'DUSHANBE, September 29, 2017, Asia-Plus' over the story: the page's date, so 'ended ... yesterday' is
    the 28th; the agency's city is where the story was filed, not the venue."""
    ev = _event(tmp_path, f"OSCE holds regional workshop on explosive hazards\n\n{dateline}\n\n"
                          "A four-day regional OSCE workshop on explosive hazards ended in Khujand yesterday.\n")
    assert (ev["published_date"], ev["start_date"], ev["end_date"]) == ("2017-09-29", "2017-09-25", "2017-09-28")
    assert ev["city"] == "Khujand"


def test_a_site_name_and_its_tagline_on_one_line_is_no_headline():
    """'DUSHANBE NEWSLINE — news of Tajikistan and Central Asia' over a menu and a stamp: the masthead; the
    headline is the line under the stamp."""
    text = ("DUSHANBE NEWSLINE — news of Tajikistan and Central Asia\nHome | Politics | Economy | Society\n\n"
            "27.09.2024, 10:42 | Views: 238\n\nWomen leaders talk peace and security at UN Women open day\n\n"
            "DUSHANBE, 27 September — More than fifty women leaders gathered on Thursday for an open day held by "
            "UN Women.\n")
    assert read_header(TextModel(text)).title == "Women leaders talk peace and security at UN Women open day"


def test_a_place_then_a_headline_with_a_verb_after_a_dash_stays_the_headline():
    text = ("TAJIKISTAN — UNODC trains border officers\n\n27.09.2024\n\n"
            "Twenty border officers completed a course in Dushanbe on 26 September 2024.\n")
    assert read_header(TextModel(text)).title == "TAJIKISTAN — UNODC trains border officers"


def test_an_empty_field_label_between_standfirst_and_story_does_not_hide_the_dateline(tmp_path):
    """'Press release' / a standfirst / 'Date:' left empty / a photo caption / 'Dushanbe, 26 September 2024 – ...':
    the template's empty field is passed over, and the dateline's city is read."""
    ev = _event(tmp_path, (
        "UN Women holds open day for peace dialogue with women leaders\n\nPress release\n\n"
        "The day gave women leaders a space to swap experience on peace and security\n\nDate:\n\n"
        "Women leaders at the open day. Photo: UN Women\n\n"
        "Dushanbe, 26 September 2024 – The UN Women office in Tajikistan opened its doors to local women leaders "
        "for an open day, a dialogue meeting on peace and security.\n"))
    assert ev["city"] == "Dushanbe"


def test_a_site_name_and_the_kind_of_outlet_it_is_is_no_headline():
    """'Kazakhstan Today — news agency': a masthead whatever the case of its name; the headline is the line under
    the menu."""
    text = ("Kazakhstan Today — news agency\nKZ | RU | EN\nHome › Society › Analytics\n\n"
            "Children of terror: why Central Asia's prisons need more than locks\n\n"
            "20.11.2018, 11:47 · Views: 1 208\n\n"
            "ASTANA, November 20. Prison chiefs of five countries met in Bishkek for a dialogue, Kazakhstan Today "
            "reports.\n")
    assert read_header(TextModel(text)).title == "Children of terror: why Central Asia's prisons need more than locks"


def test_a_headline_after_a_dash_that_names_no_outlet_stays_the_headline():
    """Guard: 'Kazakhstan — UNODC trains border officers' is a headline."""
    text = ("Kazakhstan — UNODC trains border officers\n\n27.09.2024\n\n"
            "Twenty border officers completed a course in Almaty on 26 September 2024.\n")
    assert read_header(TextModel(text)).title == "Kazakhstan — UNODC trains border officers"


def test_a_menu_of_sections_whose_separators_were_lost_is_no_headline(tmp_path):
    """'Politics  Economy  Society ...' set out with wide spaces reads as one line of section names."""
    ev = _event(tmp_path, (
        "UzA — National News Agency of Uzbekistan\n\nPolitics  Economy  Society  Culture  Sport  Regions  World  "
        "Photo  Video\n\nRegions / Samarkand region\n\nYoung people of Urgut warned against extremist ideas\n\n"
        "25.11.2023 | 17:05\n\nSAMARKAND, 25 November (UzA). A meeting with students on extremism was held in Urgut "
        "on 24 November 2023.\n"))
    assert ev["doc_title"] == "Young people of Urgut warned against extremist ideas"


def test_the_headline_under_a_breadcrumb_from_home_is_found_past_page_widgets(tmp_path):
    """A rector's quoted motto and a blog teaser above the breadcrumb read like sentences; the headline is the line
    under "Home – News – ..."."""
    ev = _event(tmp_path, (
        "Karaganda Industrial University\n\nUniversity | Admission | Education | Students | Press centre\n\n"
        "“Ultimately, Kazakh education and science face a large-scale, urgent task: to be one step ahead.”\n\n"
        "K.K. Tokayev\n\nRector's blog\n\nFor the period of 50 years the university, founded in 1963, has become one "
        "of the leading higher schools...\n\nMore –\n\nHome – News – Spiritual and moral education\n\n"
        "Students talked with the information group about extremism in the youth environment\n\n"
        "On October 5, 2020, a meeting on preventing extremism was held with first-year students in Temirtau.\n"))
    assert ev["doc_title"] == "Students talked with the information group about extremism in the youth environment"


def test_a_university_site_s_menu_whose_separators_were_lost_is_no_headline(tmp_path):
    ev = _event(tmp_path, (
        "TIIAME | Tashkent Institute of Irrigation and Agricultural Mechanization Engineers\n\nUniversity   "
        "Faculties   Admission   Education   Science   International   News   Contacts\n\n"
        "Students discuss the threat of radicalism\n\n06.04.2019\n\nOn 5 April 2019 a roundtable discussion "
        "against radicalism took place at the Faculty of Management of Land Resources in Tashkent.\n"))
    assert ev["doc_title"] == "Students discuss the threat of radicalism"


def test_a_masthead_of_a_legal_form_and_a_quoted_name_is_no_headline():
    """'ANTITERR.KZ' / 'Public Foundation "Center for the Study of ..."' over the page's headline: the site's name."""
    head = read_header(TextModel(
        'ANTITERR.KZ\nPublic Foundation "Center for the Study of Terrorism and Extremism Problems"\n\n'
        "REFERENCE NOTE ON THE FINAL PRESENTATION OF THE PROJECT RESULTS\n\n"
        "On 21 November 2020 the Center held a final presentation on the implementation of the grant project.\n"))
    assert head.title == "REFERENCE NOTE ON THE FINAL PRESENTATION OF THE PROJECT RESULTS"


def test_a_short_headline_in_capitals_that_holds_something_is_no_masthead():
    """'ANTI-TERRORIST EXERCISE HELD': three words in capitals, but an activity and its verb; a masthead ('UN NEWS')
    names neither."""
    text = ("Home  Society  Politics  Economy  Region  Culture  Sport  Video\n"
            "Kyzylorda, Friday 19 August 2022   +34°C\n\n"
            "Home » Society » Anti-terrorist exercise held\n\nANTI-TERRORIST EXERCISE HELD\n\n"
            "An exercise was held at the railway station of Aral on 18 August 2022. The regional headquarters "
            "organised it.\n")
    assert read_header(TextModel(text)).title == "ANTI-TERRORIST EXERCISE HELD"


def test_a_short_masthead_in_capitals_stays_furniture():
    """Guard: 'KABAR NEWS' over the headline is the site's name."""
    text = ("KABAR NEWS\n\nBorder officers trained in Osh\n\n"
            "Twenty border officers completed a course in Osh on 26 September 2024.\n")
    assert read_header(TextModel(text)).title == "Border officers trained in Osh"


def test_a_masthead_in_capitals_named_after_someone_is_no_headline():
    """'ALMATY ACADEMY OF THE MINISTRY ... named after Makan Yesbolatov' / 'Official website': an institution's name
    in capitals, then whom it is named after, is its masthead; the headline is under the breadcrumb (a search
    box's "Search..." above it starts no story)."""
    text = ("ALMATY ACADEMY OF THE MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN named after Makan "
            "Yesbolatov\nOfficial website\n\nKAZ | RUS | ENG Version for the visually impaired Search...\n\n"
            "Press centre > News > Ideological work\n\n"
            "Academy lecturer talks to students about shielding young people from radical ideology\n\n"
            "27.11.2025 | 10:42 | Views: 96\n\n"
            "On 25 November, an associate professor of the Academy met first-year students of the university.\n")
    head = read_header(TextModel(text))
    assert head.title == "Academy lecturer talks to students about shielding young people from radical ideology"
    assert head.published is not None and head.published.isoformat() == "2025-11-27"


def test_a_site_name_with_its_domain_and_the_kind_of_outlet_is_no_headline():
    """'Tolqyn Tolqyn.kz — Tolqyn.kz news agency': the outlet named by its domain, then what kind it is."""
    text = ("Tolqyn Tolqyn.kz — Tolqyn.kz news agency\n\n"
            "Regional exercise tests the response of the police\n\n19 August 2022\n\n"
            "An exercise was held at the railway station of Aral on 18 August 2022.\n")
    assert read_header(TextModel(text)).title == "Regional exercise tests the response of the police"


def test_a_headline_in_capitals_taken_at_last_leaves_its_date_line_out():
    """'LABOUR MIGRANTS OF UZBEKISTAN IN RUSSIA: ...' over 'date 2018-03-01' in one block: a headline in capitals
    that names no activity is read only when no other comes, and its date line is no part of it."""
    text = ("LABOUR MIGRANTS OF UZBEKISTAN IN RUSSIA: SOCIAL NETWORKS AND RELIGIOUS CONTEXTS\ndate 2018-03-01\n\n"
            "Our events\n\nBy admin - 01.03.2018\n\n"
            "The Centre thanks the OSCE Project Co-ordinator in Uzbekistan for organizing the presentation.\n")
    assert read_header(TextModel(text)).title == \
        "LABOUR MIGRANTS OF UZBEKISTAN IN RUSSIA: SOCIAL NETWORKS AND RELIGIOUS CONTEXTS"


def test_a_site_named_by_its_address_with_a_tagline_is_no_headline():
    """'Pavlodarnews.kz — news of Pavlodar and the region': a masthead, though its tagline names no kind of outlet."""
    text = ("PAVLODAR NEWS\nPavlodarnews.kz — news of Pavlodar and the region\n| | Eng\n\nMain » Society » Security\n\n"
            "Anti-terrorist exercise to be held in Pavlodar\n\n03.03.2025, 17:26 • 👁 1 846\n\n"
            "Residents are asked to stay calm, a correspondent reports.\n")
    assert read_header(TextModel(text)).title == "Anti-terrorist exercise to be held in Pavlodar"


def test_a_menu_over_a_search_box_s_ellipsis_is_no_sentence_of_the_story():
    """'Main | News | Society | ... | Archive of issues' over 'Search...': a long block ending on a full stop, but an
    ellipsis's; the headline below it is the page's."""
    text = ("ARQA AJARY — socio-political newspaper of Karaganda region\nMain | News | Society | Culture | Education | "
            "Sport | Regions | Archive of issues\nSearch...\n\nJournalism in conflict and crisis\n\nPublished: "
            "11.05.2023 | Category: Society\n\nA seminar for media representatives was held in Shymkent.\n")
    assert read_header(TextModel(text)).title == "Journalism in conflict and crisis"


def test_a_table_row_opening_on_a_date_is_no_publication_stamp():
    """'14.11.2018 | Tokmok | 80th meeting ...' under 'Date | Venue | Event | Participants' is the first row of a
    chronicle of meetings: its day is the meeting's, not the page's."""
    text = ("Chronicle: meetings of the heads of border agencies\n\nDate | Venue | Event | Participants\n"
            "14.11.2018 | Tokmok, Kyrgyz Republic | 80th meeting of the Council | Border delegations of nine states\n\n"
            "The 80th meeting of the Council was hosted by the Kyrgyz side and held in Tokmok.\n")
    assert read_header(TextModel(text)).published is None


MAIL = (
    "From:        UNDSS Kazakhstan - Security Operations <sioc@example.org>\n"
    "Sent:        Monday, 21 August 2023 17:40\n"
    "To:          UN personnel - Kazakhstan (all agencies)\n"
    "Subject:     FW: SECURITY INFORMATION - Pavlodar: planned anti-terrorist exercise, 22 August\n"
    "Importance:  Normal\n\n"
    "Dear colleagues,\n\n"
    "WHAT\nThe regional Operational Headquarters for Combating Terrorism has announced a planned anti-terrorist "
    "exercise in the city of Pavlodar.\n\n"
    "WHEN\nTomorrow, 22 August, from 16:00 to 18:00 local time.\n\n"
    "WHERE\nAt the crossing of Abai and Krivenko streets, on the grounds of the House of Friendship.\n"
)


def test_an_e_mail_s_headline_is_its_subject_and_its_fields_in_capitals_give_the_event_s_day(tmp_path):
    """An advisory forwarded as an e-mail: its headline is the subject (less 'FW:'), sent on 21 August; its 'WHEN'
    field over its value gives the day of the exercise, as 'When: ...' does."""
    t = load_release(tmp_path, MAIL)
    ev = t.events.iloc[0]
    assert ev["title"] == "SECURITY INFORMATION - Pavlodar: planned anti-terrorist exercise, 22 August"
    assert (str(ev["published_date"])[:10], str(ev["start_date"])[:10], ev["city"]) == \
        ("2023-08-21", "2023-08-22", "Pavlodar")
