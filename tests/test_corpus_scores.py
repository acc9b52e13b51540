"""The project's own corpus of releases written from real public sources (tests/corpus/, issue 11), scored
by the shared scorer as a user's export: the held-out half must keep the floor it was measured at, and
every document of both halves is read without an error. Skipped on a fresh clone, where ../shared (the
scorer) does not exist."""

from __future__ import annotations

import corpus_eval
import pytest

pytestmark = [pytest.mark.shared, pytest.mark.skipif(not corpus_eval.SCORER.exists(),
                                                     reason="../shared (the scorer) is not present")]

#: the blind half's floor, measured once at the end of the work that tuned the rules on the other half
#: (docs/EXTRACTION.md, "Blind evaluation"); a change that loses ground on releases it was not tuned on fails
BLIND_OVERALL = 0.90
BLIND_FIELD = 0.80
#: the tuning half is held to the same bars
TUNE_OVERALL = 0.90
TUNE_FIELD = 0.80


@pytest.mark.parametrize(("half", "overall", "field"), [("blind", BLIND_OVERALL, BLIND_FIELD),
                                                       ("tune", TUNE_OVERALL, TUNE_FIELD)])
def test_corpus_half_meets_its_floor(tmp_path, half, overall, field):
    result, report = corpus_eval.score(half, tmp_path)
    low = {f: round(v, 3) for f, v in result["fields"].items() if v < field}
    assert result["overall"] >= overall, report
    assert not low, (low, report)


def test_every_corpus_document_is_read(tmp_path):
    """Every document of the corpus, damaged encodings included, gets a row and is read."""
    import csv

    for half in corpus_eval.HALVES:
        out = tmp_path / half
        corpus_eval.export(corpus_eval.CORPUS / half / "docs", out / "out", out / "cache")
        with (out / "out" / "documents.csv").open(encoding="utf-8") as fh:
            docs = {r["source_file"]: r for r in csv.DictReader(fh)}
        assert len(docs) == len(list((corpus_eval.CORPUS / half / "docs").iterdir()))
        assert not [n for n, r in docs.items() if r["status"] in ("unreadable", "empty")]
