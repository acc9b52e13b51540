"""One event, several reports (CODEBOOK.md: "Several documents can report the same event ... one event
with several sources"): the merge rule on hand-made records, and two short releases end to end."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from release_helpers import load_releases

from data_loader.extract.records import DocumentResult, EventRecord
from data_loader.load.pipeline import load_corpus, process_bytes
from data_loader.tables.merge import event_id_for, merge_events, same_event


def _rec(source: str, **kw) -> EventRecord:
    base = dict(
        event_type="workshop", start_date="2023-05-10", end_date="2023-05-11", date_precision="day",
        year=2023, month=5, city="Bishkek", country_iso3="KGZ", country="Kyrgyzstan",
        location_precision="city", organizations=[("UNOCT", "organizer")],
    )
    base.update(kw)
    return EventRecord(source, f"sha-{source}", **base)


def _result(*recs: EventRecord) -> DocumentResult:
    r = recs[0]
    return DocumentResult(r.source_file, r.sha256, 1, "txt", "ok", "", "utf-8", False, "x", events=list(recs))


def test_same_dates_place_and_organizer_is_one_event():
    assert same_event(_rec("a.txt"), _rec("b.txt"))


@pytest.mark.parametrize(
    "change",
    [
        {"start_date": "2023-05-11", "end_date": "2023-05-12"},  # overlapping, neither within the other
        {"start_date": "2023-05-12", "end_date": "2023-05-12"},
        {"city": "Osh"},
        {"city": "Almaty", "country_iso3": "KAZ"},
        {"organizations": [("OSCE", "organizer")]},  # both name organisers, none in common
        {"organizations": [("UNOCT", "funder")], "event_type": "training"},
        {"date_precision": "month", "start_date": None, "end_date": None, "month": 6},
        {"date_precision": "year", "start_date": None, "end_date": None, "month": None},
    ],
)
def test_different_dates_place_or_organizers_are_two_events(change):
    assert same_event(_rec("a.txt"), _rec("b.txt", **change)) is None


def test_a_report_of_only_the_first_day_is_the_same_event():
    """'The conference opened in Bishkek on 10 May' and the release of the 10-11 May conference."""
    first_day = _rec("b.txt", start_date="2023-05-10", end_date="2023-05-10")
    assert "within" in same_event(_rec("a.txt"), first_day)
    assert same_event(first_day, _rec("a.txt"))


def test_a_report_that_knows_only_the_last_day_joins_the_report_of_the_whole_course():
    only_end = _rec("a.txt", start_date=None, end_date="2023-05-11")
    assert same_event(only_end, _rec("b.txt"))
    assert not same_event(only_end, _rec("b.txt", start_date="2023-05-01", end_date="2023-05-05"))


def test_a_report_of_one_day_naming_nobody_joins_by_the_same_delegations():
    guests = [("AFG", "participant"), ("USA", "participant"), ("CHN", "participant"), ("KGZ", "participant")]
    whole = _rec("a.txt", event_type="conference", organizations=[], countries=guests)
    first_day = _rec("b.txt", event_type="conference", end_date="2023-05-10", countries=guests[:3])
    assert same_event(whole, first_day)
    assert not same_event(whole, _rec("c.txt", event_type="conference", end_date="2023-05-10",
                                      countries=guests[:2]))


def test_a_report_known_only_to_the_month_joins_the_dated_one_with_a_common_organiser():
    """'A conference has concluded in Bishkek' (no date: the month of publication) and the dated release."""
    undated = _rec("b.txt", date_precision="month", start_date=None, end_date=None)
    assert same_event(_rec("a.txt"), undated)
    assert same_event(_rec("a.txt"), _rec("b.txt", date_precision="month", start_date=None, end_date=None,
                                          organizations=[("OSCE", "organizer")])) is None


def test_a_report_naming_only_the_country_joins_the_one_naming_the_city():
    country_only = _rec("b.txt", city=None, location_precision="country")
    assert "one report names the city" in same_event(_rec("a.txt"), country_only)
    assert same_event(_rec("a.txt"), _rec("b.txt", city=None, country_iso3="TJK")) is None


def test_same_days_city_and_type_merge_when_one_report_names_no_organiser():
    """A news agency that names nobody, and the organiser's release of the same day and place."""
    assert same_event(_rec("a.txt"), _rec("b.txt", organizations=[]))
    assert same_event(_rec("a.txt"), _rec("b.txt", organizations=[("UNOCT", "funder")]))
    # days within the other's need a theme in common as well
    first_day = dict(start_date="2023-05-10", end_date="2023-05-10", organizations=[])
    assert same_event(_rec("a.txt"), _rec("b.txt", **first_day)) is None
    assert same_event(_rec("a.txt", themes=["pve"]), _rec("b.txt", themes=["pve"], **first_day))
    # a month-only report naming nobody is never enough
    undated = dict(date_precision="month", start_date=None, end_date=None, organizations=[], themes=["pve"])
    assert same_event(_rec("a.txt", themes=["pve"]), _rec("b.txt", **undated)) is None


def test_a_record_spanning_two_months_meets_records_of_either():
    a = _rec("a.txt", start_date="2023-05-31", end_date="2023-06-01", month=5)
    b = _rec("b.txt", start_date="2023-06-01", end_date="2023-06-01", month=6)
    merged = merge_events([_result(a), _result(b)])
    assert len(merged) == 1 and {r.source_file for r in merged[0].records} == {"a.txt", "b.txt"}


def test_same_type_and_programme_without_common_organizer_is_one_event():
    a = _rec("a.txt", organizations=[("UNOCT", "organizer")], programmes=["Joint Plan of Action for Central Asia"])
    b = _rec("b.txt", organizations=[("UNRCCA", "organizer")], programmes=["Joint Plan of Action for Central Asia"])
    assert same_event(a, b)


def test_month_precision_records_merge_on_year_and_month():
    kw = dict(start_date=None, end_date=None, date_precision="month", year=2022, month=11)
    assert same_event(_rec("a.txt", **kw), _rec("b.txt", **kw))
    assert same_event(_rec("a.txt", **kw), _rec("b.txt", **{**kw, "month": 12})) is None


def test_online_records_merge_without_a_city():
    kw = dict(format="virtual", city=None, country_iso3=None, location_precision="virtual")
    assert same_event(_rec("a.txt", **kw), _rec("b.txt", **kw))


def test_records_of_one_document_are_never_merged():
    a, b = _rec("a.txt"), _rec("a.txt", ordinal=1)
    assert same_event(a, b) is None
    merged = merge_events([_result(a, b)])
    assert len(merged) == 2


def test_merge_keeps_every_source_and_a_stable_id():
    a, b, c = _rec("a.txt"), _rec("b.txt"), _rec("c.txt", city="Osh")
    merged = merge_events([_result(a), _result(b), _result(c)])
    assert len(merged) == 2
    both = next(m for m in merged if len(m.records) == 2)
    assert {r.source_file for r in both.records} == {"a.txt", "b.txt"}
    assert both.reasons and "b.txt" in both.reasons[0]
    # the id depends on content only, not on the order the files were read
    again = merge_events([_result(c), _result(b), _result(a)])
    assert {m.event_id for m in again} == {m.event_id for m in merged}
    assert both.event_id == event_id_for(min("sha-a.txt", "sha-b.txt"), 0)


def _write(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_corpus(tmp_path, use_cache=False)


UN_PAGE = (
    "UNOCT and OSCE train border officers in Dushanbe\n\n"
    "Published: 16 June 2023\n\n"
    "The UN Office of Counter-Terrorism and the OSCE organized a training course for border officers in "
    "Dushanbe on 13-15 June 2023. Twenty officers from Tajikistan took part.\n\n"
)
NEWS_PAGE = (
    "Border officers complete course\n\n"
    "DUSHANBE, Asia-Plus – A three-day training course held by UNOCT for Tajik border officers ended in the "
    "capital on 15 June 2023. The course, which started on 13 June 2023 in Dushanbe, was supported by the "
    "European Union.\n\n"
)


def test_two_documents_about_one_event_give_one_event_with_two_sources(tmp_path):
    t = _write(tmp_path, {"un.txt": UN_PAGE, "news.txt": NEWS_PAGE})
    assert len(t.events) == 1, t.events[["start_date", "end_date", "city", "organizers"]].to_dict("records")
    eid = t.events.iloc[0]["event_id"]
    assert set(t.event_sources[t.event_sources.event_id == eid].source_file) == {"un.txt", "news.txt"}
    assert len(t.merges) == 1
    row = t.merges.iloc[0]
    assert row["event_id"] == eid
    assert {row["source_file"], row["merged_with"]} == {"un.txt", "news.txt"}
    assert row["reason"]
    assert set(t.documents.n_events) == {1}
    # facts from both reports are kept
    orgs = set(map(tuple, t.event_organizations[["organization", "role"]].values.tolist()))
    assert {("UNOCT", "organizer"), ("European Union", "funder")} <= orgs


def test_two_different_events_stay_apart(tmp_path):
    other = UN_PAGE.replace("13-15 June 2023", "20-22 June 2023").replace("Dushanbe", "Khujand")
    t = _write(tmp_path, {"un.txt": UN_PAGE, "other.txt": other})
    assert len(t.events) == 2
    assert t.merges.empty


def test_loose_dates_ask_for_the_same_kind_of_event_as_well():
    undated = dict(date_precision="month", start_date=None, end_date=None)
    assert same_event(_rec("a.txt"), _rec("b.txt", event_type="conference", **undated)) is None
    assert same_event(_rec("a.txt", programmes=["P"]), _rec("b.txt", event_type="conference", programmes=["P"],
                                                             **undated))


def test_an_undated_report_does_not_bridge_two_dated_events_of_its_month():
    """The 12-13 May workshop and the 20 May workshop of one organiser in one city, and a report that
    names only May: the two dated reports stay two events."""
    first = _rec("a.txt", start_date="2023-05-12", end_date="2023-05-13")
    undated = _rec("b.txt", date_precision="month", start_date=None, end_date=None)
    second = _rec("c.txt", start_date="2023-05-20", end_date="2023-05-20")
    merged = merge_events([_result(first), _result(undated), _result(second)])
    assert len(merged) == 2
    assert {r.source_file for m in merged for r in m.records if len(m.records) == 2} == {"a.txt", "b.txt"}


def test_the_same_name_in_quotes_is_evidence_of_one_event():
    """A news agency that names no organiser, and another report of the same conference known only to the
    month: both quote the conference's theme."""
    theme = ["international and regional border security and management cooperation to counter terrorism"]
    report = _rec("a.txt", organizations=[], event_type="conference", quoted_titles=theme)
    undated = _rec("b.txt", organizations=[], event_type="conference", quoted_titles=theme,
                   date_precision="month", start_date=None, end_date=None)
    assert "the same name in quotes" in same_event(report, undated)
    assert same_event(report, _rec("b.txt", organizations=[], event_type="conference", date_precision="month",
                                   start_date=None, end_date=None)) is None


def test_quoted_names_of_an_event_are_kept_but_quoted_speech_is_not():
    text = ("Conference on border security opens in Dushanbe\n\nPublished: 18 October 2022\n\n"
            "The High-Level Conference \u201cInternational and Regional Border Security Cooperation to Counter "
            "Terrorism\u201d was held in Dushanbe on 18 October 2022. \u201cWe must act together. Borders matter,"
            "\u201d said the minister at the conference held in Dushanbe on 18 October 2022.\n")
    (event,) = process_bytes(text.encode(), "r.txt").events
    assert event.quoted_titles == ["international and regional border security cooperation to counter terrorism"]


def test_the_merged_event_takes_each_field_from_the_report_that_knows_it_best():
    """The richest report leads, but the days come from the report with all of them, the place from the one
    naming the city, and the format from the one that says it, not from a default."""
    from data_loader.extract.records import Evidence
    from data_loader.tables.build import _fill

    rich = _rec("a.txt", start_date="2023-05-10", end_date="2023-05-10", duration_days=1, city=None,
                location_precision="country", participants=40, summary="long", title="A",
                evidence=[Evidence("format", "in-person", 0, 5, "guessed"), Evidence("start_date", "x", 0, 5)])
    other = _rec("b.txt", start_date="2023-05-10", end_date="2023-05-11", duration_days=2, format="hybrid",
                 lat=42.87, lon=74.59, evidence=[Evidence("format", "hybrid", 0, 5), Evidence("city", "Bishkek", 0, 5),
                                                 Evidence("start_date", "x", 0, 5)])
    row = _fill(rich, [other])
    assert (row["start_date"], row["end_date"], row["duration_days"]) == ("2023-05-10", "2023-05-11", 2)
    assert (row["city"], row["location_precision"], row["lat"]) == ("Bishkek", "city", 42.87)
    assert row["format"] == "hybrid"
    assert (row["title"], row["participants"]) == ("A", 40)


def test_the_merged_event_starts_on_the_day_most_of_its_reports_give():
    """'The exercise starts this week' read on 15 April as the 15th, and two reports that give 16-28 April: the
    16th, though the first report's span is a day longer."""
    from data_loader.extract.records import Evidence
    from data_loader.tables.build import _fill

    def rec(name: str, first: str, days: int):
        return _rec(name, start_date=first, end_date="2025-04-28", duration_days=days, year=2025, month=4,
                    evidence=[Evidence("start_date", first, 0, 5, "inferred")])

    row = _fill(rec("announce.txt", "2025-04-15", 14), [rec("report.txt", "2025-04-16", 13),
                                                        rec("digest.md", "2025-04-16", 13)])
    assert (row["start_date"], row["duration_days"]) == ("2025-04-16", 13)


def test_a_written_month_needs_the_same_quoted_name_to_join_a_dated_report():
    """'in August 2015' written in one release and '11-12 August' in another, by the same office in the same
    city: often two courses. A report with no date of its own (the month it was published in) joins."""
    from data_loader.extract.records import Evidence

    def monthly(confidence: str, **kw) -> EventRecord:
        return _rec("b.txt", date_precision="month", start_date=None, end_date=None,
                    evidence=[Evidence("month", "5", 0, 3, confidence)], **kw)

    assert same_event(_rec("a.txt"), monthly("stated")) is None
    assert same_event(_rec("a.txt"), monthly("guessed"))
    named = ["regional course on the investigation of terrorist financing"]
    assert same_event(_rec("a.txt", quoted_titles=named), monthly("stated", quoted_titles=named))


def test_a_report_with_no_date_joins_the_event_of_the_same_name_in_quotes():
    """'A regional training course "Good Practices in Border Security ..." has begun at the Ministry of
    Foreign Affairs of Turkmenistan' (no date on the page) and the dated agency report of that course."""
    title = "good practices in border security and management"
    dated = _rec("a.txt", city="Ashgabat", country_iso3="TKM", country="Turkmenistan", quoted_titles=[title])
    undated = _rec("b.txt", date_precision="year", start_date=None, end_date=None, year=None, month=None,
                   city=None, country_iso3="TKM", country="Turkmenistan", location_precision="country",
                   quoted_titles=[title])
    assert "no date" in same_event(dated, undated)
    for order in ((dated, undated), (undated, dated)):
        merged = merge_events([_result(r) for r in order])
        assert len(merged) == 1 and len(merged[0].records) == 2


def test_a_report_with_no_date_and_no_common_name_stays_apart():
    undated = _rec("b.txt", date_precision="year", start_date=None, end_date=None, year=None, month=None,
                   quoted_titles=["another course on something else"])
    assert same_event(_rec("a.txt", quoted_titles=["good practices in border security"]), undated) is None
    assert same_event(_rec("a.txt"), _rec("c.txt", date_precision="year", start_date=None, end_date=None,
                                          year=None, month=None)) is None


def test_a_report_that_names_no_place_joins_the_event_of_its_day_and_organisers():
    """The OSCE's release says only 'On 27 November, over 40 representatives ... met for the Second Meeting';
    the agency placed it in Tashkent."""
    placed = _rec("a.txt", event_type="meeting", start_date="2024-11-27", end_date="2024-11-27",
                  city="Tashkent", country_iso3="UZB", country="Uzbekistan",
                  organizations=[("OSCE", "organizer"), ("UNOCT", "organizer")])
    nowhere = _rec("b.txt", event_type="meeting", start_date="2024-11-27", end_date="2024-11-27", city=None,
                   country_iso3=None, country=None, location_precision="region",
                   organizations=[("OSCE", "organizer")])
    assert "no place" in same_event(placed, nowhere)
    for order in ((placed, nowhere), (nowhere, placed)):
        merged = merge_events([_result(r) for r in order])
        assert len(merged) == 1


def test_a_report_that_names_no_place_and_no_common_organiser_stays_apart():
    placed = _rec("a.txt", organizations=[("OSCE", "organizer")])
    nowhere = _rec("b.txt", city=None, country_iso3=None, country=None, location_precision="region",
                   organizations=[("UNODC", "organizer")])
    assert same_event(placed, nowhere) is None


def test_reports_naming_the_event_by_its_capitalised_name_are_one_event(tmp_path):
    """'EAG Secretariat participates in the First CIS Conference on Combating Terrorism and Extremism' (20
    September) and 'Specialists took part in the CIS Conference on Combating Terrorism and Extremism ... held in
    Bishkek on 19-22 September 2023': the same name (the ordinal aside), days within, one place."""
    from release_helpers import load_releases

    t = load_releases(tmp_path, {
        "a.txt": ("EAG Secretariat participates in the First CIS Conference on Combating Terrorism and Extremism\n\n"
                  "Published: 26 September 2023\n\nOn 20 September 2023, the EAG Secretariat took part in the First "
                  "CIS Conference on Combating Terrorism and Extremism in Bishkek.\n"),
        "b.txt": ("About participation in the CIS Conference on Combating Terrorism and Extremism\n\n"
                  "Specialists of the IAC took part in the CIS Conference on Combating Terrorism and Extremism, "
                  "held in Bishkek, Kyrgyz Republic, on 19-22 September 2023.\n"),
    })
    assert len(t.events) == 1 and len(t.event_sources) == 2


@pytest.mark.parametrize("name_b, events", [
    ("the Bishkek Anti-Terrorist Forum", 1),
    ("an expert forum", 2),  # (guard) a forum of the same month and city with no name in common
])
def test_reports_of_a_month_naming_the_same_short_capitalised_name_are_one_event(tmp_path, name_b, events):
    """A programme's table row 'June 2017 | Bishkek | Bishkek Anti-Terrorist Forum of the member states of the
    Eurasian Economic Union' and a media review's 'The Bishkek Anti-Terrorist Forum ... has taken place in the
    Kyrgyz capital', filed in June 2017: the same month, city, kind and name of three capitalised words."""
    t = load_releases(tmp_path, {
        "a.txt": ("Activities reported in 2017\n\nPublished: 30 July 2018\n\nIn June 2017 the Bishkek Anti-Terrorist "
                  "Forum of the member states of the Eurasian Economic Union was held in Bishkek by the Pikir club.\n"),
        "b.txt": ("Daily media review\n\n21.06.2017\n\nSummary: " + name_b[0].upper() + name_b[1:] + " on terrorism "
                  "and extremism has taken place in Bishkek, the Kyrgyz capital, the State Committee said.\n"),
    })
    assert len(t.events) == events


def test_an_exercise_announced_and_reported_under_its_code_name_is_one_event(tmp_path):
    """The alliance's announcement gives the days; a ministry's report gives only that it has begun. The code
    name with its year in quotes ties them, though neither names an organiser the other does."""
    t = _write(tmp_path, {
        "announce.txt": ("Alliance news\n\n07.10.2022\n\nJoint exercise will be held in Tajikistan\n\n"
                         "From 10 to 21 October, the rapid deployment forces will take part in the joint exercise "
                         "\"Rubezh-2022\" on the territory of the Republic of Tajikistan.\n"),
        "report.txt": ("Ministry of Defence\n\n16.10.2022 12:50\n\nServicemen join exercise in Tajikistan\n\n"
                       "ASTANA, 16 October - The joint exercise «Rubezh-2022» has begun at a training ground in the "
                       "Republic of Tajikistan, the press service reports. A unit of the Air Assault Forces takes "
                       "part in the exercise.\n"),
    })
    assert len(t.events) == 1
    assert set(t.event_sources.source_file) == {"announce.txt", "report.txt"}


def test_an_exercise_s_code_name_without_quotes_is_a_name_that_ties_its_reports():
    """"the CSTO Cobalt-2022 exercise completed": the code name ties reports as a quoted name does (not so a
    hyphened year in a sentence about no exercise, "the Strategy-2030")."""
    from data_loader.extract.events import extract_document
    from data_loader.reading.document import Document

    def titles(text: str) -> list[str]:
        return [t for r in extract_document(Document("r.txt", "0" * 64, len(text), "txt", text))[2]
                for t in r.quoted_titles]

    assert "cobalt 2022" in titles("CSTO Cobalt-2022 exercise completed in Kyrgyzstan\n\n5 August 2022\n\n"
                                   "The joint exercise of the special forces ended near Balykchy on 5 August 2022.\n")
    assert titles("Seminar on the Strategy-2030 held\n\n5 August 2022\n\nA seminar on the Strategy-2030 was "
                  "held in Bishkek on 5 August 2022.\n") == []


def test_the_same_span_of_five_days_and_type_with_no_organiser_named_by_one_report_is_one_event():
    """A drill of 18-22 September told by one report in a region no gazetteer knows, by another in the country:
    the same five days and the same kind of event."""
    a = _rec("a.txt", event_type="exercise", start_date="2018-09-18", end_date="2018-09-22", month=9, year=2018,
             city=None, country_iso3=None, country=None, location_precision="region", organizations=[])
    b = _rec("b.txt", event_type="exercise", start_date="2018-09-18", end_date="2018-09-22", month=9, year=2018,
             city=None, location_precision="country", country_iso3="TJK", country="Tajikistan", organizations=[])
    assert same_event(a, b) is not None
    one_day = _rec("c.txt", event_type="exercise", start_date="2018-09-18", end_date="2018-09-18", city=None,
                   location_precision="country", country_iso3="TJK", country="Tajikistan", organizations=[])
    alone = _rec("d.txt", event_type="exercise", start_date="2018-09-18", end_date="2018-09-18", city=None,
                 location_precision="region", country_iso3=None, country=None, organizations=[])
    assert same_event(one_day, alone) is None


def test_spans_of_several_days_one_within_the_other_in_one_city_with_no_organiser_are_one_event():
    a = _rec("a.txt", event_type="training", start_date="2025-11-24", end_date="2025-11-30", month=11, year=2025,
             city="Osh", organizations=[])
    b = _rec("b.txt", event_type="training", start_date="2025-11-24", end_date="2025-11-28", month=11, year=2025,
             city="Osh", organizations=[])
    assert same_event(a, b) is not None
    one_day = _rec("c.txt", event_type="training", start_date="2025-11-25", end_date="2025-11-25", month=11,
                   year=2025, city="Osh", organizations=[])
    assert same_event(a, one_day) is None  # a day of it, naming nobody, needs a theme in common as well


_MONTH_ONLY = dict(event_type="training", start_date=None, end_date=None, date_precision="month", year=2017, month=9)


def test_two_month_only_reports_of_a_course_of_the_same_length_in_one_city_are_one_event():
    a = _rec("a.txt", **_MONTH_ONLY, duration_days=5)
    b = _rec("b.txt", **_MONTH_ONLY, duration_days=5, organizations=[])
    assert same_event(a, b)


@pytest.mark.parametrize("change", [{"duration_days": 3}, {"duration_days": None}, {"city": "Osh"},
                                    {"organizations": [("OSCE", "organizer")]}])
def test_month_only_reports_that_differ_in_length_place_or_organiser_stay_apart(change):
    a = _rec("a.txt", **_MONTH_ONLY, duration_days=5)
    b = _rec("b.txt", **{**_MONTH_ONLY, "duration_days": 5, "organizations": [], **change})
    assert not same_event(a, b)


def test_same_days_place_and_type_with_an_organisation_both_name_in_another_role_is_one_event():
    """The agency's release names UNODC as organiser; the host's news names its ministry, the donors and
    UNODC as a supporter: the same three days in Dushanbe, the same exercise."""
    agency = _rec("a.txt", event_type="exercise", city="Dushanbe", country_iso3="TJK", country="Tajikistan",
                  start_date="2023-05-30", end_date="2023-06-01", organizations=[("UNODC", "organizer")])
    host = _rec("b.txt", event_type="exercise", city="Dushanbe", country_iso3="TJK", country="Tajikistan",
                start_date="2023-05-30", end_date="2023-06-01",
                organizations=[("Tajikistan", "organizer"), ("United States", "funder"), ("UNODC", "partner")])
    assert "named in both" in same_event(agency, host)
    assert same_event(agency, replace(host, organizations=[("Tajikistan", "organizer"), ("UNODC", "participant")])) \
        is None  # a participant is not enough
    assert same_event(agency, replace(host, event_type="training")) is None


def test_a_story_filed_on_the_event_s_day_without_a_date_joins_the_dated_report():
    """'The heads of the security services have met for the first time ... in Tashkent', published on 24 April
    with no date of its own (only its publication month), and another outlet's meeting in Tashkent on 24 April:
    one event. Published a week later, or naming another organiser, it stays apart."""
    guests = [("KAZ", "participant"), ("KGZ", "participant")]
    dated = _rec("a.txt", event_type="meeting", start_date="2023-05-10", end_date="2023-05-10", organizations=[],
                 countries=guests)
    filed = dict(event_type="meeting", date_precision="month", start_date=None, end_date=None, organizations=[],
                 countries=guests)
    assert "was published on 2023-05-10" in same_event(dated, _rec("b.txt", published_date="2023-05-10", **filed))
    assert same_event(_rec("b.txt", published_date="2023-05-11", **filed), dated)
    assert same_event(dated, _rec("b.txt", published_date="2023-05-18", **filed)) is None
    assert same_event(dated, _rec("b.txt", published_date="2023-05-10", **{**filed, "city": "Osh"})) is None
    other_organiser = _rec("b.txt", published_date="2023-05-10", **{**filed, "organizations": [("UNODC", "organizer")]})
    assert same_event(replace(dated, organizations=[("OSCE", "organizer")]), other_organiser) is None


def test_the_very_same_four_days_and_type_are_one_event_though_the_organisers_differ():
    """The OSCE's announcement of a round table on 16-19 September and the host's report of it, each crediting
    its own organiser."""
    announced = _rec("a.txt", event_type="meeting", start_date="2025-09-16", end_date="2025-09-19", month=9,
                     city=None, location_precision="country", organizations=[("OSCE", "organizer")])
    reported = _rec("b.txt", event_type="meeting", start_date="2025-09-16", end_date="2025-09-19", month=9,
                    city=None, country_iso3=None, country=None, location_precision="region",
                    organizations=[("Kyrgyzstan", "organizer")])
    assert same_event(announced, reported)
    two_days = {"start_date": "2025-09-16", "end_date": "2025-09-17"}
    assert same_event(replace(announced, **two_days), replace(reported, **two_days)) is None
    assert same_event(announced, replace(reported, event_type="training")) is None


def test_the_same_days_place_and_programme_are_one_event_though_the_types_differ():
    """A news agency's 'discussion' and the programme's newsletter's 'training', both online on 30 November and
    1 December, both under one project."""
    a = _rec("a.txt", event_type="meeting", organizations=[], programmes=["CABICHEM"])
    b = _rec("b.txt", event_type="training", organizations=[("ISTM-CNR", "organizer")], programmes=["CABICHEM"])
    assert "programme" in same_event(a, b)
    assert same_event(a, replace(b, programmes=["BOMCA"])) is None
    assert same_event(a, replace(b, start_date="2023-05-11")) is None  # one day of it only: not on this ground


def test_an_online_report_and_one_naming_only_a_country_are_one_event():
    """The organiser's page says the workshop was online; a news story, which misses that, places it only in the
    country whose government held it. The merged event is online (the report that says so knows the place best)."""
    from data_loader.extract.records import Evidence
    from data_loader.tables.build import _fill

    online = _rec("a.txt", format="virtual", city=None, country_iso3=None, country=None,
                  location_precision="virtual", evidence=[Evidence("format", "virtual", 0, 5)])
    national = _rec("b.txt", city=None, country_iso3="UZB", country="Uzbekistan", location_precision="country")
    merged = merge_events([_result(online), _result(national)])
    assert len(merged) == 1
    row = _fill(merged[0].primary, merged[0].records[1:])
    assert (row["format"], row["location_precision"], row["country_iso3"]) == ("virtual", "virtual", None)
    assert len(merge_events([_result(online), _result(replace(national, city="Tashkent"))])) == 2


def _online(source: str, event_type: str, guessed: bool, **kw) -> EventRecord:
    from data_loader.extract.records import GUESSED, STATED, Evidence

    return _rec(source, event_type=event_type, start_date="2024-03-05", end_date="2024-03-05", year=2024, month=3,
                city=None, country_iso3=None, country=None, format="virtual", location_precision="virtual",
                evidence=[Evidence("event_type", event_type, 0, 5, GUESSED if guessed else STATED)], **kw)


def test_a_report_naming_no_kind_of_event_joins_the_same_day_and_programme_online():
    """'the first session for students of the Preventive Diplomacy Academy took place online' (no activity word, so
    ``other`` is a guess) and 'students of the Academy met online' on the same day: one event."""
    a = _online("a.txt", "meeting", False, programmes=["Preventive Diplomacy Academy"],
                organizations=[("UNRCCA", "organizer")])
    b = _online("b.txt", "other", True, programmes=["Preventive Diplomacy Academy"], organizations=[])
    assert same_event(a, b)


@pytest.mark.parametrize("change", [
    {"guessed": False},  # a side event, say: a kind of its own
    {"programmes": ["Another Programme"]},
])
def test_a_stated_kind_or_another_programme_keeps_two_reports_apart(change):
    a = _online("a.txt", "meeting", False, programmes=["Preventive Diplomacy Academy"],
                organizations=[("UNRCCA", "organizer")])
    kw = {"guessed": True, "programmes": ["Preventive Diplomacy Academy"], **change}
    b = _online("b.txt", "other", kw.pop("guessed"), organizations=[], **kw)
    assert not same_event(a, b)


def test_two_reports_of_a_course_of_days_counted_from_either_end_are_one_event():
    """'opened on 29 May ... to run for ten days' (29 May-7 June) and 'a ten-day course ... ended today, 9 June'
    (31 May-9 June): a course of working days read as calendar days from either end; one organiser, one city."""
    a = _rec("opens.html", event_type="training", start_date="2017-05-29", end_date="2017-06-07", month=5)
    b = _rec("ends.txt", event_type="training", start_date="2017-05-31", end_date="2017-06-09", month=5)
    assert same_event(a, b) is not None


@pytest.mark.parametrize("days_a, days_b", [
    (("2017-05-29", "2017-06-07"), ("2017-06-12", "2017-06-21")),  # the next ten days
    (("2017-05-29", "2017-05-31"), ("2017-05-31", "2017-06-02")),  # three days each: too short to be one shifted
])
def test_spans_far_apart_or_short_are_not_one_shifted_course(days_a, days_b):
    a = _rec("opens.html", event_type="training", start_date=days_a[0], end_date=days_a[1], month=5)
    b = _rec("other.txt", event_type="training", start_date=days_b[0], end_date=days_b[1], month=5)
    assert same_event(a, b) is None


def test_two_undated_reports_of_a_seminar_titled_alike_are_one_event(tmp_path):
    """One report gives the seminar's title only in a sentence of speech ('... Askar Sabdin told the seminar, titled
    "Doctrinal grounds of ..."'): the name in quotes still joins it to the other report."""
    tables = load_releases(tmp_path, {
        "a.txt": ("32 people got life sentences for terrorist crimes\n\n06.05.2019\n\n"
                  "Sabdin made the remark while speaking to imams of the capital's mosques at a seminar in Kazakhstan. "
                  "\"More than 100 were convicted last year,\" Askar Sabdin told the seminar, titled \"Doctrinal "
                  "grounds of destructive religious movements: prevention, rehabilitation\".\n"),
        "b.txt": ("Imams of capital's mosques study roots of destructive religious movements\n\n06 May 2019\n\n"
                  "NUR-SULTAN. KAZINFORM - Imams of the capital's mosques have attended a seminar on \"Doctrinal "
                  "grounds of destructive religious movements: prevention, rehabilitation\".\n")})
    assert len(tables.events) == 1 and set(tables.event_sources["source_file"]) == {"a.txt", "b.txt"}


def test_a_project_table_s_row_and_the_host_s_story_of_the_same_two_days_are_one_event(tmp_path):
    """A row of a project's table ('12-13 June 2025 | Kazakhstan | national training strategy session | 20 officers |
    OSCE') and a story of a workshop in Astana on the same days by the OSCE and Kazakhstan: the same span of days and
    an organiser in common join them, though the row's kind of event is only a guess and its place only a country."""
    tables = load_releases(tmp_path, {
        "a.md": ("Combating cybercrime in Central Asia: project update\n\n1 July 2025\n\n"
                 "| Dates | Country | Activity | Participants | Organiser |\n|---|---|---|---|---|\n"
                 "| 27-28 February 2025 | Kyrgyzstan | National cybercrime training strategy session | 15 officers | "
                 "OSCE |\n| 12-13 June 2025 | Kazakhstan | National cybercrime training strategy session | 20 officers "
                 "| OSCE |\n"),
        "b.txt": ("OSCE workshop in Kazakhstan advances national training strategy on cybercrime\n\n16 June 2025\n\n"
                  "ASTANA - The OSCE and the Ministry of Internal Affairs of Kazakhstan held a workshop in Astana on "
                  "12 and 13 June 2025 on a national training strategy on cybercrime for 20 officers.\n")})
    june = tables.events[tables.events["start_date"].astype(str).str.startswith("2025-06")]
    assert len(june) == 1


def test_reports_of_an_exercise_named_with_its_year_a_week_apart_are_one_event():
    """'The joint exercise "Commonwealth-2022" opened in Termez on 3 August' (a training, in one report) and 'the
    closing ceremony of the exercise "Commonwealth-2022"' on 10 August: one exercise, whose reports give days a week
    apart and do not agree on its kind."""
    where = dict(city="Termez", country_iso3="UZB", country="Uzbekistan", organizations=[], year=2022, month=8)
    opening = _rec("a.txt", event_type="training", start_date="2022-08-03", end_date="2022-08-03",
                   quoted_titles=["commonwealth 2022"], **where)
    closing = _rec("b.txt", event_type="exercise", start_date="2022-08-10", end_date="2022-08-10",
                   quoted_titles=["commonwealth 2022"], **where)
    assert "the same name with its year" in same_event(opening, closing)
    assert len(merge_events([_result(opening), _result(closing)])) == 1


@pytest.mark.parametrize("change", [
    {"quoted_titles": ["commonwealth 2021"]},  # another year's exercise of that name
    {"quoted_titles": ["commonwealth"]},  # a name without its year
    {"start_date": "2022-08-25", "end_date": "2022-08-25"},  # three weeks later
    {"city": "Samarkand"},
])
def test_a_name_with_its_year_does_not_join_other_years_far_days_or_other_towns(change):
    where = dict(city="Termez", country_iso3="UZB", country="Uzbekistan", organizations=[], year=2022, month=8)
    opening = _rec("a.txt", event_type="exercise", start_date="2022-08-03", end_date="2022-08-03",
                   quoted_titles=["commonwealth 2022"], **where)
    later = _rec("b.txt", **{**where, "event_type": "exercise", "start_date": "2022-08-10", "end_date": "2022-08-10",
                             "quoted_titles": ["commonwealth 2022"], **change})
    assert same_event(opening, later) is None
