"""The project's own corpus of releases written from real public sources (tests/corpus/, issue 11), scored
by the shared scorer as a user's export. Each half must keep the floor it was measured at (the held-out
half's as scored once at the end of its round), and every document of every half is read without an error.
Skipped on a fresh clone, where ../shared (the scorer) does not exist."""

from __future__ import annotations

import csv
import os

import corpus_eval
import pytest

pytestmark = [pytest.mark.shared, pytest.mark.skipif(not corpus_eval.SCORER.exists(),
                                                     reason="../shared (the scorer) is not present"),
              # the first test of the module waits for every half's export (see ``scored``)
              pytest.mark.timeout(1800)]

#: (half, overall floor, lowest field floor): each half's scores at the end of round 67 (docs/EXTRACTION.md §9), rounded
#: down to two places, so that every gain so far is held. tune2 to tune67 are the held-out halves of rounds 1 to 66
#: (tune60 holds rounds 59 and 60's writing joined; tune61 is round 62's, tune62 round 63's, tune63 round 64's,
#: tune64 round 65's, tune65 round 66's, tune66 round 67's, tune67 round 68's), tuned on since. blind/ is round 69's
#: writing, held out in round 67, and its floor is its single score (0.790, funders 0.000): below the issue's bar of
#: 0.90 overall and 0.80 per field, which the loader does not reach on held-out writing.
#: tune's overall floor went from 0.96 to 0.94 in round 9: one of its releases' seminars now joins another release's
#: seminar of the same organiser, theme and days, which its gold codes apart (docs/EXTRACTION.md §9, round 9).
FLOORS = [
    ("tune", 0.94, 0.87),
    ("tune2", 0.96, 0.70),  # round 35: BOMCA is coded by its acronym; this half's coder wrote its long name
    ("tune3", 0.87, 0.76),
    ("tune4", 0.93, 0.81),
    # round 67: countries listed after a dash with their articles: a diaspora workshop's other countries are read too
    ("tune5", 0.95, 0.83),  # countries 0.831
    ("tune6", 0.93, 0.66),  # round 33: one report's town (Panj) is now right, and no longer joins its twin
    # round 66: the EU CBRN CoE Initiative is named by its long name with its acronym; this coder lists the acronym as
    # optional beside the long name, and the scorer's optional match now drops the name given: programmes 0.583
    ("tune7", 0.93, 0.58),
    ("tune8", 0.92, 0.85),
    # round 64: 0.908 (a listing's stamp lines with fields); programmes 0.667: two programmes under other names than
    # its coder's (ICExH, BOMCA), rounds 34-35
    ("tune9", 0.90, 0.66),
    ("tune10", 0.85, 0.65),
    ("tune11", 0.93, 0.74),  # (its lowest field is 0.750, kept clear of floating point)
    ("tune12", 0.90, 0.74),  # round 34: a listing is read whole; its June item joins a twin its gold codes apart
    ("tune13", 0.96, 0.76),  # round 66: as tune7 (the EU CBRN CoE named long and short); programmes 0.769
    ("tune14", 0.87, 0.57),  # round 35: BOMCA by its acronym (its coder wrote both names)
    ("tune15", 0.93, 0.86),  # round 67: PFCB2 registered; end date 0.870
    ("tune16", 0.88, 0.63),
    ("tune17", 0.88, 0.57),  # programmes 0.571
    ("tune18", 0.88, 0.66),  # round 66: PRECA by its acronym, its coder wrote the long name; programmes 0.667
    ("tune19", 0.87, 0.39),  # funders 0.400, kept clear of floating point
    ("tune20", 0.85, 0.72),
    ("tune21", 0.82, 0.65),  # start date 0.652
    ("tune22", 0.90, 0.74),  # funders 0.750, kept clear of floating point
    ("tune23", 0.94, 0.79),  # funders 0.800, kept clear of floating point
    # round 47: a tag page's first item, talks in New York, is dated by its date line now and read as an event
    ("tune24", 0.86, 0.76),  # city 0.769
    ("tune25", 0.96, 0.89),
    ("tune26", 0.90, 0.66),  # rounds 34-35: its archive read whole; BOMCA by its acronym
    ("tune27", 0.91, 0.76),
    ("tune28", 0.96, 0.83),
    ("tune29", 0.85, 0.22),  # round 35: programmes 0.222 (two background lists and one unregistered name)
    ("tune30", 0.96, 0.83),
    ("tune31", 0.85, 0.76),  # round 38: one Aktau drill its two writers coded twice is now one event
    ("tune32", 0.85, 0.76),  # round 33: its masthead no longer stands for the headline (it gave a city); month 0.765
    ("tune33", 0.88, 0.69),  # 0.881 after round 66; event type 0.692
    ("tune34", 0.94, 0.76),
    ("tune35", 0.68, 0.00),  # funders is 0.000
    ("tune36", 0.76, 0.66),  # end date 0.667
    ("tune37", 0.83, 0.72),  # city 0.724
    # programmes is 2 of 3 (0.667). Round 40: 0.89, as its digest's organisers had come from reading "organized crime"
    # as a verb ("launched the initiative ... related to organized crime ..., under which ... trainings")
    ("tune38", 0.89, 0.66),
    ("tune39", 0.89, 0.80),  # start date 0.808
    ("tune40", 0.82, 0.49),  # funders 0.500, kept clear of floating point
    ("tune41", 0.91, 0.79),  # round 67: programmes 0.800, kept clear of floating point
    # round 66: 0.876 (0.900 before): an akimat's story in a listing, wrongly read as an event of 22 June, is read no
    # longer, and its gold event, the listing's exercise it scored against, is not read either; countries 0.632
    ("tune42", 0.87, 0.63),
    # round 43: its US Embassy co-host is a funder by the codebook's co-host rule, which its coder left out
    ("tune43", 0.88, 0.42),  # funders 0.429
    ("tune44", 0.92, 0.69),  # programmes 0.696
    ("tune45", 0.88, 0.74),  # round 67: organizers 0.750, kept clear of floating point
    ("tune46", 0.96, 0.84),  # programmes 0.846
    ("tune47", 0.89, 0.66),  # funders 0.667
    ("tune48", 0.80, 0.49),  # funders is 0.500, kept clear of floating point
    ("tune49", 0.84, 0.63),  # round 56: a CSTO listing's items are known to their date lines' months; type 0.640
    ("tune50", 0.84, 0.49),  # round 56: a commission's listed meeting is known to its date line's month; funders 0.500
    ("tune51", 0.92, 0.74),  # programmes 0.750, kept clear of floating point
    ("tune52", 0.94, 0.79),  # funders 0.800, kept clear of floating point
    ("tune53", 0.80, 0.00),  # funders 0.000
    ("tune54", 0.66, 0.00),  # funders 0.000
    ("tune55", 0.84, 0.49),  # programmes 0.500, kept clear of floating point
    ("tune56", 0.79, 0.48),  # organizers 0.483
    ("tune57", 0.77, 0.39),  # round 67: programmes 0.400, kept clear of floating point
    ("tune58", 0.78, 0.00),  # round 59: tuned on, 0.781 (its single score was 0.681); funders 0.000
    ("tune59", 0.79, 0.00),  # round 59: tuned on, 0.799 (its single score was 0.751); funders 0.000
    ("tune60", 0.95, 0.86),  # round 60: tuned on, 0.952 (its single score was 0.868); events 0.870
    ("tune61", 0.83, 0.62),  # round 61: tuned on, 0.776 (its single score was 0.660); 0.831 after round 63's
    # funder rule (funders 0.000 -> 1.000); events 0.625
    ("tune62", 0.89, 0.00),  # round 62: tuned on, 0.896 (its single score was 0.798); funders 0.000
    ("tune63", 0.95, 0.76),  # round 63: tuned on, 0.952 (its single score was 0.813); organizers 0.765
    ("tune64", 0.85, 0.66),  # rounds 64-65: tuned on, 0.801 (its single score was 0.666); 0.858 in round 67; city 0.667
    ("tune65", 0.87, 0.00),  # round 65: tuned on, 0.867 (its single score was 0.834); 0.872 after round 66
    # round 67: the digest's row of earlier milestones is an event of its own, not joined to the bank's own page
    ("tune66", 0.96, 0.83),  # events 0.833
    ("tune67", 0.93, 0.76),  # round 67: tuned on, 0.938 (its single score was 0.810); themes 0.769
    # round 69's writing: its single score, 0.790 (funders 0.000: its one funded event's funder is not read)
    ("blind", 0.79, 0.00),
]


@pytest.fixture(scope="module")
def scored(request, tmp_path_factory):
    """Every half this session tests, exported and scored once, as many halves at a time as the machine has cores:
    the floors and the documents test read the same exports (each half was exported twice, one at a time, before)."""
    calls = [getattr(item, "callspec", None) for item in request.session.items if item.module is request.module]
    # (the documents test, which has no parameters, reads every half)
    halves = set(corpus_eval.HALVES) if None in calls else {call.params["half"] for call in calls}
    work = tmp_path_factory.mktemp("corpus")
    results = corpus_eval.score_halves(sorted(halves), work, os.cpu_count() or 1)
    return {half: (result, report, work / half / "out") for half, (result, report) in results.items()}


@pytest.mark.parametrize(("half", "overall", "field"), FLOORS)
def test_corpus_half_keeps_its_floor(scored, half, overall, field):
    result, report, _ = scored[half]
    low = {f: round(v, 3) for f, v in result["fields"].items() if v < field}
    assert result["overall"] >= overall, report
    assert not low, (low, report)


def test_every_corpus_document_is_read(scored):
    """Every document of the corpus, damaged encodings included, gets a row and is read."""
    assert set(scored) == set(corpus_eval.HALVES)
    for half in corpus_eval.HALVES:
        with (scored[half][2] / "documents.csv").open(encoding="utf-8") as fh:
            docs = {r["source_file"]: r for r in csv.DictReader(fh)}
        assert len(docs) == len(list((corpus_eval.CORPUS / half / "docs").iterdir()))
        assert not [n for n, r in docs.items() if r["status"] in ("unreadable", "empty")]
