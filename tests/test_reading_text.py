"""Reader rules on short inputs: encodings, mojibake, debris, spam, date stamps, whitespace, Markdown.

Every test states what a user of the cleaned text needs (words intact, names
untouched, no furniture), not what the code happened to output.
"""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from data_loader.reading import read_bytes
from data_loader.reading.mojibake import (
    PUNCTUATION_BLOCKS,
    gbk_punctuation_table,
    repair_gbk_punctuation,
    repair_utf8_read_as_gbk,
)

SENTENCE = "The United Nations Office of Counter-Terrorism held a workshop in Almaty on 4 March 2024."


def read_txt(text: str, name: str = "release.txt"):
    return read_bytes(text.encode("utf-8"), name)


# --- GBK punctuation mojibake ---------------------------------------------------------------

def test_gbk_punctuation_read_as_latin1_is_repaired():
    doc = read_txt("Kyrgyzstan¡¯s ¡°soft targets¡± plan for 2023¨C2027.")
    assert doc.text == "Kyrgyzstan’s “soft targets” plan for 2023–2027."
    assert doc.encoding_repaired


def test_utf8_read_as_gbk_is_repaired_and_real_chinese_is_kept():
    """'Russia鈥檚 military', '鈥淩ubezh-2018鈥? drills': UTF-8 punctuation misread as GBK swallows the letter after
    it; its GBK bytes are the UTF-8 text. A closing quote whose last byte was lost ('鈥?') closes the quotation.
    A navigation bar in real Chinese is not touched by the repair (other-script spam is removed later)."""
    doc = read_txt("Russia鈥檚 military. The 鈥淩ubezh-2018鈥? drills. " + SENTENCE)
    assert doc.text.startswith("Russia’s military. The “Rubezh-2018” drills.")
    assert doc.encoding_repaired
    assert "Russia’s".encode().decode("gbk", errors="ignore").startswith("Russia鈥檚")  # (the damage's shape)
    assert repair_utf8_read_as_gbk("和谐英语 英语新闻") == ("和谐英语 英语新闻", 0)


def test_gbk_repair_is_general_not_a_list_of_three_pairs():
    # an em dash and a fullwidth comma, neither of which is in the seed files
    gbk_em_dash = "—".encode("gbk").decode("latin-1")
    gbk_comma = "，".encode("gbk").decode("latin-1")
    doc = read_txt(f"Astana{gbk_em_dash}the capital{gbk_comma} hosted the event.")
    assert doc.text == "Astana—the capital, hosted the event."


def test_gbk_table_is_derived_from_the_codec_and_only_yields_punctuation():
    table = gbk_punctuation_table()
    assert len(table) > 30
    for key in table:
        ch = key.encode("latin-1").decode("gbk")
        assert any(lo <= ord(ch) <= hi for lo, hi in PUNCTUATION_BLOCKS)
        assert unicodedata.category(ch).startswith("P") or ch == "\u3000"


@pytest.mark.parametrize("name", [
    "Michèle Coninsx", "Türkiye", "São Paulo", "Château-d’Œx", "Ñuñoa", "Łódź", "Ærø", "©UNOCT 2024",
    "£100 and ¡Hola!", "naïve café", "Kazakhstan’s",
])
def test_accented_latin_text_is_untouched(name):
    doc = read_txt(f"{name} attended the meeting.")
    assert doc.text == f"{name} attended the meeting."
    assert not doc.encoding_repaired


def test_repair_gbk_counts_nothing_on_clean_text():
    assert repair_gbk_punctuation("Michèle Coninsx, São Paulo") == ("Michèle Coninsx, São Paulo", 0)


# --- classic UTF-8 mojibake (ftfy) ----------------------------------------------------------

def test_utf8_read_as_cp1252_is_repaired():
    doc = read_txt("The UNOCTâ€™s workshop â€“ held in Bishkek â€“ ended.")
    assert doc.text == "The UNOCT’s workshop – held in Bishkek – ended."
    assert doc.encoding_repaired


def test_curly_quotes_are_kept_curly():
    doc = read_txt("“Early warning works,” she said. It’s true.")
    assert doc.text == "“Early warning works,” she said. It’s true."
    assert not doc.encoding_repaired


# --- encodings ------------------------------------------------------------------------------

def test_windows_1252_smart_punctuation():
    raw = b"Counter-Terrorism\x92s workshop on 5\x966 June 2023 \x93in person\x94."
    doc = read_bytes(raw, "r.txt")
    assert doc.text == "Counter-Terrorism’s workshop on 5–6 June 2023 “in person”."
    assert doc.encoding == "windows-1252"
    assert doc.encoding_repaired


def test_latin1_accents():
    doc = read_bytes("Délégués de São Paulo et de Türkiye à Genève.".encode("latin-1"), "r.txt")
    assert doc.text == "Délégués de São Paulo et de Türkiye à Genève."
    assert doc.encoding_repaired
    assert doc.encoding in ("iso-8859-1", "windows-1252")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    doc = read_bytes(bom + f"{SENTENCE} Türkiye — ok".encode(codec), "r.txt")
    assert doc.ok
    assert doc.text == f"{SENTENCE} Türkiye — ok"
    assert doc.encoding.startswith("utf-16")
    assert doc.encoding_repaired


def test_utf16_without_bom():
    doc = read_bytes(SENTENCE.encode("utf-16-le"), "r.txt")
    assert doc.text == SENTENCE


def test_utf8_bom_is_not_part_of_the_text():
    doc = read_bytes(codecs.BOM_UTF8 + b"Title line\n\nBody.", "r.txt")
    assert doc.text == "Title line\n\nBody."
    assert doc.encoding == "utf-8-sig"


def test_plain_utf8_is_not_flagged_repaired():
    doc = read_txt("Plain text, Türkiye – fine.")
    assert doc.encoding == "utf-8"
    assert not doc.encoding_repaired


def test_mixed_utf8_and_cp1252_keeps_both():
    raw = "São Paulo – UTF-8 part.".encode() + b" A cp1252 quote: \x93yes\x94."
    doc = read_bytes(raw, "r.txt")
    assert doc.text == "São Paulo – UTF-8 part. A cp1252 quote: “yes”."


def test_cyrillic_legacy_encoding_is_detected():
    text = "Пресс-релиз: семинар по противодействию терроризму прошёл в Бишкеке. Участники обсудили меры."
    doc = read_bytes(text.encode("cp1251"), "r.txt")
    assert doc.text == text


# --- whitespace -----------------------------------------------------------------------------

def test_whitespace_normalisation():
    raw = "\r\n\r\nTitle  \r\nline\u00a0two\u200b here   \r\n\r\n\r\n\r\nNext\u200d paragraph.\r\n\r\n"
    doc = read_txt(raw)
    assert doc.text == "Title\nline two here\n\nNext paragraph."


def test_paragraph_breaks_are_kept():
    doc = read_txt("First paragraph.\n\nSecond paragraph.\n\n\n\nThird.")
    assert doc.text.split("\n\n") == ["First paragraph.", "Second paragraph.", "Third."]


# --- other-script spam ----------------------------------------------------------------------

def test_cjk_spam_glued_to_a_name_is_removed_and_the_sentence_kept():
    spam = "缅北禁地"
    doc = read_txt(f"{spam}\nTitle here\n\n{SENTENCE} Run by the {spam}United Nations Office on Drugs.")
    assert doc.text == f"Title here\n\n{SENTENCE} Run by the United Nations Office on Drugs."


def test_a_lone_foreign_character_between_figures_is_the_dash_of_a_range():
    """A mirror wrote '每' for the dash of '13–15 June'; removing it as spam would glue the days into '1315'."""
    doc = read_txt(f"Title here\n\n{SENTENCE} The seminar ran in Bishkek (13每15 June 2022), from April每September.")
    assert "(13–15 June 2022)" in doc.text and "April–September" in doc.text


def test_a_bracket_emptied_of_a_name_in_another_script_goes_with_it():
    """'held in Qostanay (Қостанай) region': the local spelling in brackets is removed with its brackets, so that the
    place reads 'Qostanay region', as the text means, not 'Qostanay () region'."""
    doc = read_txt(f"Title here\n\n{SENTENCE} The exercise was held in Qostanay (Қостанай) region last month.")
    assert "held in Qostanay region last month" in doc.text


def test_brackets_the_text_left_empty_itself_are_kept():
    """Guard: only brackets that the removal emptied go."""
    doc = read_txt(f"Title here\n\n{SENTENCE} Call f() in Қостанай.")
    assert "Call f() in" in doc.text


def test_mostly_non_latin_document_is_left_alone():
    text = "Семинар по противодействию терроризму прошёл в Бишкеке при поддержке UNOCT."
    assert read_txt(text).text == text


# --- scraping debris ------------------------------------------------------------------------

@pytest.mark.parametrize("debris", [
    "Rate this item (0 votes)", "Rate this item 1 2 3 4 5 (3 votes)", "Read 412 times",
    "Tags: UNRCCA, security",
    "Share", "Print", "Email", "Share Print Email", "1,234 views", "Hits: 12", "Back to top",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "Home > News > Press releases", "© 2021-2024 Central Asia Review. All rights reserved.",
    "Subscribe to our newsletter", "Skip to main content",
    "Caravanserai is a website sponsored by United States Central Command.",
    "This news portal is funded by the Ministry of Information.",
])
def test_debris_lines_are_removed_and_sentences_kept(debris):
    doc = read_txt(f"Title of the release\n\n{SENTENCE}\n\n{debris}\n\nLast sentence stays.")
    assert doc.text == f"Title of the release\n\n{SENTENCE}\n\nLast sentence stays."


def test_a_copyright_line_of_one_year_is_reduced_to_its_year_and_holder():
    """The rights notice is furniture; the year is the only date some pages carry (a range of years says nothing),
    and the holder says whose page it is."""
    doc = read_txt(f"Title of the release\n\n{SENTENCE}\n\n© 2024 Central Asia Review. All rights reserved.")
    assert doc.text == f"Title of the release\n\n{SENTENCE}\n\n© 2024 Central Asia Review"


def test_share_buttons_glued_to_the_last_sentence_are_removed():
    doc = read_txt(f"{SENTENCE} Share Print Email")
    assert doc.text == SENTENCE


def test_the_headlines_listed_under_related_stories_go_with_their_heading():
    """'Related stories' and the bulleted headlines under it are the site's other stories: their countries are
    not the release's. A list the release makes of its own, after the block, stays."""
    doc = read_txt(f"Title of the release\n\n{SENTENCE}\n\nRelated stories\n- Turkmenistan and UNODC review "
                   "cooperation\n- UNODC trains officers of Turkmenistan\n\nLast sentence stays.\n- A list item stays.")
    assert doc.text == f"Title of the release\n\n{SENTENCE}\n\nLast sentence stays.\n- A list item stays."


def test_a_read_also_heading_with_a_colon_and_its_headlines_are_furniture():
    doc = read_txt(f"Title of the release\n\n{SENTENCE}\n\nRead also:\n - Wheat harvest forecast raised\n"
                   " - Exchange extends trading hours")
    assert doc.text == f"Title of the release\n\n{SENTENCE}"


def test_a_related_activities_label_with_its_links_on_one_line_is_furniture():
    """'Related activities: Training for young diplomats from Iraq (Kodori) · ...': the site's other pages, whose
    countries are not the release's."""
    doc = read_txt(f"Title of the release\n\n{SENTENCE}\n\nRelated activities: Training for young diplomats from "
                   "Iraq (Kodori) · Conflict Transformation Training for international Diplomats\n\nLast sentence.")
    assert doc.text == f"Title of the release\n\n{SENTENCE}\n\nLast sentence."


def test_sentences_mentioning_debris_words_are_kept():
    text = (
        "Participants learned to share information and print travel documents securely.\n\n"
        "Tags: were attached to seized weapons, officials explained, to trace them across borders "
        "and to document how trafficking routes had changed over the previous decade of conflict."
    )
    assert read_txt(text).text == text


def test_byline_with_dates_is_kept():
    text = "Title\n\nBy April 20, 2021 April 20, 2021 UNOCT Features News POM\n\nBody."
    assert read_txt(text).text == text


# --- date stamps ----------------------------------------------------------------------------

def test_date_stamp_glued_to_first_sentence_goes_on_its_own_first_line():
    doc = read_txt(f" date 2024-09-13 {SENTENCE}\n\nMore.")
    assert doc.text == f"date 2024-09-13\n{SENTENCE}\n\nMore."


def test_date_stamp_above_the_title_stays_first():
    doc = read_txt(" date 2023-12-21\nA title\n\nBody.")
    assert doc.text.splitlines()[0] == "date 2023-12-21"
    assert "A title" in doc.text


def test_a_date_in_the_body_is_not_moved():
    text = "Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nThe report gives date 2024-01-05 as final."
    assert read_txt(text).text == text


# --- Markdown -------------------------------------------------------------------------------

def test_markdown_markup_is_stripped_and_words_kept():
    md = (
        "# Workshop in **Tashkent**\n\n"
        "The *Global Programme* and [UNOCT](https://www.un.org/counterterrorism) met.\n\n"
        "## Background ##\n\n- first point\n* second point\n\n> a quote with `code`"
    )
    doc = read_bytes(md.encode(), "a.md")
    assert doc.format == "md"
    assert doc.text == (
        "Workshop in Tashkent\n\nThe Global Programme and UNOCT met.\n\nBackground\n\n"
        "- first point\n- second point\n\na quote with code"
    )


def test_markdown_keeps_snake_case_and_arithmetic():
    doc = read_bytes(b"Use file_name_here and 2*3*4 in text.", "a.md")
    assert doc.text == "Use file_name_here and 2*3*4 in text."


def test_stray_markdown_emphasis_in_a_txt_file_is_removed():
    doc = read_txt("The four-day *Strengthening Capacity* workshop and **UNCCT** met.")
    assert doc.text == "The four-day Strengthening Capacity workshop and UNCCT met."


def test_a_breadcrumb_is_furniture_unless_it_names_the_year():
    """'Home > News > 2022 > September' is the only date some pages carry: it stays for the extractor."""
    from data_loader.reading.debris import is_debris_line

    assert is_debris_line("Home > News > Security")
    assert not is_debris_line("Home > News > 2022 > September")


def test_a_closing_quote_whose_last_byte_was_lost_is_restored():
    """'â€œSupport to States ... Actionâ€�': cp1252 has no character for the last byte of ”; a decoder put a
    replacement character there. It closes the quotation the same paragraph opened."""
    from data_loader.reading.mojibake import repair_mojibake

    damaged = "the Framework â€œSupport to States â€“ Security Actionâ€\ufffd, and UNOCTâ€™s team"
    text, repaired, _ = repair_mojibake(damaged)
    assert text == "the Framework “Support to States – Security Action”, and UNOCT’s team" and repaired


def test_a_closing_quote_whose_last_byte_was_dropped_is_restored():
    """'/â€œDunyoâ€ IA/.': the last byte of ” dropped altogether, not replaced; inside an open quotation it is the
    closing mark, not the dagger "â€" and a no-break space would be."""
    from data_loader.reading.mojibake import repair_mojibake

    text, repaired, _ = repair_mojibake("TASHKENT, 1 October. /â€œDunyoâ€ IA/. The meetingâ€™s chair")
    assert text == "TASHKENT, 1 October. /“Dunyo” IA/. The meeting’s chair" and repaired


def test_a_quotation_ends_with_its_paragraph():
    """An opening mark whose closing one was lost must not blank out the next paragraphs up to another quotation's
    closing mark: the days in between are the event's."""
    from data_loader.extract.text import TextModel

    text = ("The partners held an exercise called “Snow Leopard in the capital, the embassy said.\n\n"
            "The three-day exercise ran from May 30 to June 1.\n\n"
            "An official said that “cooperation and information sharing against such threats” matters more than ever.")
    assert "from May 30 to June 1" in TextModel(text).masked


def test_a_month_in_another_script_next_to_its_day_is_put_into_english():
    """A scraped English page keeps its site's header in Russian ("30 мая 2017, 18:05"): the month is put into
    English rather than removed with its script, which would leave "30 2017" and lose the publication date."""
    doc = read_txt(f"Title here\n\n30 мая 2017, 18:05 · Просмотры: 2 311\n\n{SENTENCE}")
    assert "30 May 2017, 18:05" in doc.text


@pytest.mark.parametrize(("written", "english"), [("16 октября 2024", "16 October 2024"), ("май 2017", "May 2017"),
                                                  ("6 қараша 2019", "6 November 2019")])
def test_month_names_of_the_region_s_cyrillic_languages(written, english):
    doc = read_txt(f"Title here\n\n{written} · Жаңалықтар\n\n{SENTENCE}")
    assert english in doc.text


def test_a_word_in_another_script_that_spells_a_month_with_no_figure_beside_it_is_removed():
    """Guard: "в мае" (no figure) is no date; "маяк" (a lighthouse) holds "мая" but is another word."""
    doc = read_txt(f"Title here\n\nв мае маяк 5\n\n{SENTENCE}")
    assert "May" not in doc.text.split("\n\n")[1]


def test_a_site_name_in_another_script_goes_with_the_separator_after_it():
    """'Мой ГОРОД | mgorod.kz — news of Uralsk': the removed name would leave the line opening on a bar."""
    doc = read_txt(f"Мой ГОРОД | mgorod.kz — news of Uralsk and West Kazakhstan region\n\nTitle here\n\n{SENTENCE}")
    assert doc.text.startswith("mgorod.kz — news of Uralsk")
