"""Punctuation lost on the way to the documents folder: HTML entities left in plain text and Markdown,
and the ``?``, ``*`` or U+FFFD an export wrote where it could not write an apostrophe, a dash or a quote.
A damaged dash inside a date range must still read as a range."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from release_helpers import load_release, one_event_tables

from data_loader.reading import read_bytes
from data_loader.reading.lost_marks import repair_lost_marks, unescape_entities


def _days(tables) -> tuple[str, str]:
    ev = tables.events.iloc[0]
    return (pd.Timestamp(ev["start_date"]).date().isoformat(), pd.Timestamp(ev["end_date"]).date().isoformat())


def test_entities_escaped_twice_are_replaced():
    assert unescape_entities("Kyrgyzstan&amp;rsquo;s R&amp;D") == ("Kyrgyzstan’s R&D", 3)


def test_entities_left_in_plain_text_are_replaced():
    text, n = unescape_entities("Kyrgyzstan&rsquo;s &#8220;soft targets&#8221;, R&amp;D, 28&ndash;29 May, &#x2014;")
    assert text == "Kyrgyzstan’s “soft targets”, R&D, 28–29 May, —"
    assert n == 6


@pytest.mark.parametrize("kept", ["AT&T; Co", "&bogus; entity", "Q&A session", "&#0; control"])
def test_what_is_no_known_entity_stays(kept):
    assert unescape_entities(kept)[0] == kept


@pytest.mark.parametrize("name", ["release.txt", "release.md"])
def test_a_range_written_with_an_entity_dash_is_a_range(tmp_path: Path, name: str):
    tables = load_release(tmp_path, (
        "UNOCT workshop on critical infrastructure\n\n"
        "The workshop was held in Bishkek on 28&ndash;29 May 2025. It was organized by the Government&rsquo;s "
        "Anti-Terrorism Centre with UNOCT.\n"), name)
    assert _days(tables) == ("2025-05-28", "2025-05-29")
    assert bool(tables.documents.iloc[0]["encoding_repaired"]) is True


def test_question_marks_of_an_ascii_export_become_apostrophes_quotes_and_dashes():
    text, n = repair_lost_marks(
        "Home ? Politics ? Security\n"
        "The OSCE holds seminar for Turkmenistan?s officers\n"
        "They attended a ?Combating financing of terrorism? seminar on 17?18 September 2018. Why? It matters.\n"
        "? Tajikistan?s bank tightens rules\n"
        "See page.php?s=2\n")
    assert text == (
        "Home – Politics – Security\n"
        "The OSCE holds seminar for Turkmenistan’s officers\n"
        "They attended a “Combating financing of terrorism” seminar on 17–18 September 2018. Why? It matters.\n"
        "• Tajikistan’s bank tightens rules\n"
        "See page.php?s=2\n")
    assert n == 8


@pytest.mark.parametrize("text", [
    "What next? The meeting ends. Is it 2023 ? Perhaps.",  # no word?s: real question marks
    "*Note*: 5*6 and a * b, footnote*",  # no word*s: asterisks of markup or arithmetic
])
def test_an_undamaged_text_keeps_its_question_marks_and_asterisks(text):
    assert repair_lost_marks(text) == (text, 0)


@pytest.mark.parametrize("mark", ["*", "\ufffd"])
def test_other_placeholders(mark):
    text, _ = repair_lost_marks(f"the OSCE{mark}s course on 28{mark}29 May {mark} a success")
    assert text == "the OSCE’s course on 28–29 May – a success"


@pytest.mark.parametrize("damaged", ["28?29 May 2025", "28*29 May 2025", "28¨C29 May 2025", "28\ufffd29 May 2025"])
def test_a_damaged_dash_in_a_date_range_still_reads_as_a_range(tmp_path: Path, damaged: str):
    apostrophe = {"?": "?", "*": "*", "¨": "¡¯", "\ufffd": "\ufffd"}[damaged[2]]
    tables = one_event_tables(tmp_path, (
        "UNOCT workshop on critical infrastructure\n\n"
        f"The workshop was held in Bishkek on {damaged}. It was organized by the Kyrgyz Republic{apostrophe}s "
        "Anti-Terrorism Centre with UNOCT.\n"))
    assert _days(tables) == ("2025-05-28", "2025-05-29")


def test_the_reader_reports_the_repair():
    doc = read_bytes(b"Kazakhstan?s officials met in Almaty on 3?4 May 2024.", "a.txt")
    assert doc.text == "Kazakhstan’s officials met in Almaty on 3–4 May 2024."
    assert doc.encoding_repaired is True
    assert any("put back" in note for note in doc.notes)


def test_a_replacement_character_is_always_a_lost_mark():
    text, n = repair_lost_marks("Astana, 9 December 2010 \ufffd UNRCCA organized a meeting. "
                                "\ufffdWe act together,\ufffd said a speaker.")
    assert text == "Astana, 9 December 2010 – UNRCCA organized a meeting. “We act together,” said a speaker."
    assert n == 3  # a dash and a pair of quotes
