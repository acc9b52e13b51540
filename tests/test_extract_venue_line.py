"""A line of place and date under the headline (event pages: "Tashkent (Uzbekistan), 3-4 October 2023").

A span of days there says when the event was when the story gives no day of its own; it is also the
year against which "On 3 and 4 October" is read when nothing says when the story was published. One
day there may be the filing date, so it is read like a publication date (month precision). A line with
any other words in it is not such a line."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import one_event_tables

from data_loader.extract.header import find_venue
from data_loader.extract.text import TextModel

TITLE = "Regional meeting on countering the financing of terrorism\n\n"


def _event(tmp_path: Path, text: str) -> dict:
    """The one event's fields, its days as ISO strings."""
    ev = one_event_tables(tmp_path, text).events.iloc[0].to_dict()
    for key in ("start_date", "end_date"):
        ev[key] = None if pd.isna(ev[key]) else pd.Timestamp(ev[key]).date().isoformat()
    return ev


def test_a_yearless_day_is_read_against_the_venue_line(tmp_path):
    ev = _event(tmp_path, TITLE + "Tashkent (Uzbekistan), 3-4 October 2023\n\n"
                "On 3 and 4 October, UNODC convened a regional meeting for financial intelligence units.\n")
    assert (ev["start_date"], ev["end_date"], ev["date_precision"]) == ("2023-10-03", "2023-10-04", "day")
    assert (ev["city"], ev["country_iso3"]) == ("Tashkent", "UZB")


@pytest.mark.parametrize("line", [
    "Astana, Kazakhstan | 12–13 May 2024",
    "12-13 May 2024, Astana",
    "Venue: Astana · Dates: 12-13 May 2024",
    "ASTANA, 12-13 May 2024",
])
def test_a_span_of_days_in_the_venue_line_dates_a_story_without_days(tmp_path, line):
    ev = _event(tmp_path, TITLE + line + "\n\n"
                "UNOCT held a workshop on border security for officials of the region.\n")
    assert (ev["start_date"], ev["end_date"], ev["date_precision"]) == ("2024-05-12", "2024-05-13", "day")
    assert ev["city"] == "Astana"


def test_the_story_s_own_day_and_place_come_first(tmp_path):
    ev = _event(tmp_path, TITLE + "Astana, 12-13 May 2024\n\n"
                "UNOCT held a workshop on border security in Almaty on 14 May 2024.\n")
    assert (ev["start_date"], ev["city"]) == ("2024-05-14", "Almaty")


def test_one_day_in_the_venue_line_gives_the_month_only(tmp_path):
    ev = _event(tmp_path, TITLE + "Bishkek, 7 June 2022\n\n"
                "The OSCE held a training on border security for officials of the region.\n")
    assert (ev["date_precision"], ev["year"], ev["month"]) == ("month", 2022, 6)
    assert ev["start_date"] is None
    assert ev["city"] == "Bishkek"


@pytest.mark.parametrize("line", [
    "Tashkent hosts experts, 3-4 October 2023",  # other words: a sentence, not a venue line
    "Tashkent, 3-4 October 2023 and 5 November 2023",  # two dates
    "Tashkent, October 2023",  # no day
    "Tashkent (Uzbekistan), 3-4 October 2023. More follows.",  # a sentence
])
def test_lines_that_are_not_venue_lines(line):
    tm = TextModel(TITLE + line + "\n\nUNODC convened a meeting.\n")
    assert find_venue(tm, 1) is None


def test_a_venue_line_of_countries_only_gives_dates_but_no_city():
    tm = TextModel(TITLE + "Uzbekistan, 3-4 October 2023\n\nUNODC convened a meeting.\n")
    venue = find_venue(tm, 1)
    assert venue is not None and venue.city is None
    assert (venue.date.first.isoformat(), venue.date.last.isoformat()) == ("2023-10-03", "2023-10-04")
    assert tm.text[venue.date.start : venue.date.end] == "3-4 October 2023"


def test_an_event_card_s_place_line_goes_with_its_dates_line(tmp_path):
    """An event page's card ("Dates: | 17 – 18 April 2019", then "Place: | Ashgabat, Turkmenistan", as an HTML
    table of labels reads): that is where, though the story names a session in Vienna."""
    t = one_event_tables(tmp_path, (
        "High-level Regional Conference on countering terrorist financing\n\nEvent\n\n"
        "Dates: | 17 – 18 April 2019\n\nPlace: | Ashgabat, Turkmenistan\n\nType: | Conference\n\n"
        "Turkmenistan will host a high-level regional conference on countering the financing of terrorism.\n\n"
        "Arrangements for the event were presented at a session of the OSCE Security Committee in Vienna.\n"))
    ev = t.events.iloc[0]
    assert (ev["city"], ev["country_iso3"]) == ("Ashgabat", "TKM")
    assert (ev["start_date"].strftime("%Y-%m-%d"), ev["end_date"].strftime("%Y-%m-%d")) == ("2019-04-17", "2019-04-18")


def test_a_table_of_quick_facts_dates_and_places_a_page_of_one_event(tmp_path):
    """An activity page whose lead names no day and no place ('we ran a training ... for young diplomats'),
    and a two-column table of quick facts under it ('Duration | 25.02.2019', 'Location | Berlin, Germany'):
    the table's bar parts each field's label from its value as a colon would."""
    ev = _event(tmp_path, (
        "Training for young diplomats on religious extremism\n\n"
        "At the invitation of the Foreign Office, we ran a training on religious extremism for young diplomats.\n\n"
        "Quick facts\n\n| | |\n|---|---|\n| **Duration** | 25.02.2019 |\n| **Location** | Berlin, Germany |\n"
        "| **Participants** | 12 young diplomats |\n"))
    assert (ev["start_date"], ev["city"], ev["country_iso3"]) == ("2019-02-25", "Berlin", "DEU")


def test_a_page_of_several_place_fields_does_not_place_its_event_by_one_of_them(tmp_path):
    """Two 'Location:' fields list two activities' places: neither is the place of the story's event."""
    ev = _event(tmp_path, (
        "Trainings on religious extremism\n\n"
        "We ran a training on religious extremism for young diplomats on 25 February 2019.\n\n"
        "Upcoming courses\n\n| Location | Berlin, Germany |\n\n| Location | Vienna, Austria |\n"))
    assert ev["city"] != "Berlin"
