"""Reader formats (HTML, PDF, DOCX), content sniffing and bad input, on files the tests build.

PDFs are drawn with reportlab and Word files written with python-docx in a temp
dir, so the tests need nothing from outside the repository.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

from data_loader.reading import READER_VERSION, SUPPORTED_SUFFIXES, read_bytes, read_path
from data_loader.reading.document import EMPTY, OK, UNREADABLE
from data_loader.reading.limits import TEXT_LIMIT_BYTES

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
NOISE = ("trackingPixel", "NavHome", "SiteBanner", "FooterNote", "NewsletterSignup", "CookieText",
         "RelatedStory", "ShareBar", "menuItem")

PAGE = """<!DOCTYPE html><html><head><title>Workshop on border security | Example Site</title>
<style>.x {{ color: red }} body {{ font: CookieText }}</style>
<script>var trackingPixel = 1; document.write("trackingPixel");</script></head>
<body>
<div class="cookie-banner">CookieText: we use cookies. <button>Accept</button></div>
<header class="site-header"><div class="logo">SiteBanner</div>
<nav><ul><li><a href="/">NavHome</a></li><li>menuItem</li></ul></nav></header>
<div class="wrapper">
<aside class="sidebar"><h3>RelatedStory</h3><p>RelatedStory about something else entirely.</p></aside>
<article>
  {h1}
  <p>On 8 August 2019 officials met in Dushanbe &amp; discussed the Office&rsquo;s plans.</p>
  <div class="share-links">ShareBar <a href="#">Facebook</a></div>
  <p>Second paragraph with a <a href="/x">link</a> and <b>bold</b>&nbsp;text.</p>
  <ul><li>First item</li><li>Second item</li></ul>
</article>
</div>
<footer><div class="newsletter"><form>NewsletterSignup <input name="e"></form></div>FooterNote</footer>
</body></html>"""


def test_public_contract():
    from data_loader.load.pipeline import _cache_version

    assert READER_VERSION and f"/{READER_VERSION}/" in _cache_version()  # a new reader invalidates the cache
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


# --- HTML -----------------------------------------------------------------------------------

def test_html_main_text_only_with_h1_first_and_one_paragraph_per_block():
    doc = read_bytes(PAGE.format(h1="<h1>Border security workshop ends</h1>").encode(), "page.html")
    assert doc.status == OK and doc.format == "html"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Border security workshop ends"
    assert "On 8 August 2019 officials met in Dushanbe & discussed the Office’s plans." in paragraphs
    assert "Second paragraph with a link and bold text." in paragraphs
    assert "First item" in paragraphs and "Second item" in paragraphs
    for word in NOISE:
        assert word not in doc.text, word


def test_html_without_h1_uses_title_without_site_name():
    doc = read_bytes(PAGE.format(h1="").encode(), "page.htm")
    assert doc.text.splitlines()[0] == "Workshop on border security"


def test_html_detected_from_content_whatever_the_suffix():
    doc = read_bytes(PAGE.format(h1="<h1>Heading</h1>").encode(), "saved-page.txt")
    assert doc.format == "html"
    assert "trackingPixel" not in doc.text and doc.text.startswith("Heading")


def test_html_page_with_no_article_text_is_empty():
    page = b"<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>"
    doc = read_bytes(page, "a.html")
    assert doc.status == EMPTY
    assert doc.message


def test_html_publication_date_from_metadata_is_kept_below_the_headline():
    page = PAGE.format(h1="<h1>Headline</h1>").replace(
        "<head>", '<head><meta property="article:published_time" content="2019-08-09T10:00:00Z">'
    )
    lines = read_bytes(page.encode(), "a.html").text.splitlines()
    assert lines[:2] == ["Headline", "date 2019-08-09"]


def test_html_declared_legacy_charset_is_used():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Семинар в Бишкеке</p></body></html>'
    doc = read_bytes(page.encode("cp1251"), "a.html")
    assert "Семинар в Бишкеке" in doc.text


def test_html_declared_gb2312_is_read_as_the_gbk_a_browser_reads():
    """A page that declares gb2312 but holds characters only GBK/GB18030 has (as Chinese sites do): a browser
    reads it as GBK, and so does the reader, instead of guessing another encoding for the whole page."""
    story = ("Russia and its Central Asian allies will stage joint military drills in Tajikistan close to the Afghan "
             "border in late October, the ministry said. ")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
            '<title>国际英语新闻:Drills</title></head><body><div class="nav">和谐英语 | 英语新闻</div>'
            '<h1>国际英语新闻:Russia, Tajikistan to hold drills</h1><div class="info">2018-08-09来源:Xinhuanet</div>'
            f'<div class="content"><p>{story * 3}镕</p></div><div class="foot">和谐英语 版权所有</div></body></html>')
    data = page.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")  # ("镕" is outside GB2312)
    doc = read_bytes(data, "a.html")
    headline = doc.text.splitlines()[0]
    assert "Russia, Tajikistan to hold drills" in headline
    assert headline.isascii()  # (the site's name in Chinese is spam to the reader; no mojibake of it is left)
    assert story.strip() in doc.text


def test_html_iso_date_in_an_info_bar_above_the_content_is_kept_below_the_headline():
    page = ('<html><body><div class="arti_title"><h1>Russia, Tajikistan to hold drills</h1></div>'
            '<div class="arti_info">2018-08-09 Source: Xinhuanet</div><div class="arti_content"><p>'
            + "Russia and its allies will stage joint military drills in Tajikistan in late October. " * 3
            + "</p></div></body></html>")
    lines = read_bytes(page.encode(), "a.html").text.splitlines()
    assert lines[:3] == ["Russia, Tajikistan to hold drills", "", "2018-08-09"]



def test_html_date_in_the_article_s_own_meta_line_is_kept_though_its_class_says_header():
    """A story's meta line inside the article ("POLITICS | 17:05 / 30.03.2024 4312 2 min read"), in a block whose
    class names it part of the article's header ("single-header__meta"), is furniture by its class but holds the
    page's only date: it is kept as the date line under the headline."""
    story = "On March 29, a meeting of the Council of the Regional Anti-Terrorist Structure was held in Tashkent. "
    page = ('<html><body><header class="site-header"><div class="currency">$1 - 12 640.27 UZS</div></header>'
            '<main><article><div class="single-header__meta">POLITICS | 17:05 / 30.03.2024 &nbsp; 4312</div>'
            f'<h1>SCO endorses an initiative</h1><div class="text"><p>{story * 3}</p></div>'
            '<div class="related">14:20 / 28.03.2024 Rain expected over the weekend</div></article></main>'
            '</body></html>')
    lines = read_bytes(page.encode(), "a.html").text.splitlines()
    assert lines[:3] == ["SCO endorses an initiative", "", "30.03.2024"]



def test_html_date_in_an_article_header_that_holds_the_headline_is_written_once():
    """An article's header that holds its headline stays (it holds the release), and its date line with it: the
    date is not written a second time as a stamp."""
    story = "On 31 August twenty-six women officials graduated from the border management course in Dushanbe. "
    page = ('<html><body><main><article><header class="entry-header"><h1>Course completed in Dushanbe</h1>'
            '<div class="entry-meta"><span class="posted-on">September 5, 2017</span> by EU-BOMNAF</div></header>'
            f'<div class="entry-content"><p>{story * 3}</p></div></article></main></body></html>')
    assert read_bytes(page.encode(), "a.html").text.count("September 5, 2017") == 1

def test_html_date_in_a_related_list_after_the_story_is_not_the_page_s_date():
    story = "On March 29, a meeting of the Council of the Regional Anti-Terrorist Structure was held in Tashkent. "
    page = ('<html><body><main><article><h1>SCO endorses an initiative</h1><div class="text"><p>'
            f'{story * 3}</p></div><div class="related">14:20 / 28.03.2024 Rain expected over the weekend</div>'
            '</article></main></body></html>')
    assert "28.03.2024" not in read_bytes(page.encode(), "a.html").text

# --- PDF ------------------------------------------------------------------------------------

def _pdf(lines: list[str] | None, pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        if lines is None:
            c.rect(100, 100, 300, 400, fill=1)  # a "scan": graphics only, no text layer
        else:
            y = 780
            for line in lines:
                if line:
                    c.drawString(72, y, line)
                y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


PDF_LINES = [
    "Regional workshop on border security",
    "",
    "The United Nations Office of Counter-Terrorism held a regional coun-",
    "ter-terrorism workshop for border officials from all five Central",
    "Asian states in Dushanbe on 8 August 2019, with experts from OSCE.",
    "It ended with a joint statement.",
    "",
    "A second paragraph follows here.",
]


def test_pdf_text_layer_with_hyphenation_and_line_repair():
    doc = read_bytes(_pdf(PDF_LINES), "release.pdf")
    assert doc.status == OK and doc.format == "pdf"
    assert "counter-terrorism workshop for border officials from all five Central Asian states" in doc.text
    assert "coun-" not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Regional workshop on border security"
    assert paragraphs[1].endswith("with experts from OSCE. It ended with a joint statement.")
    assert paragraphs[-1] == "A second paragraph follows here."


def test_pdf_detected_from_content_not_suffix():
    assert read_bytes(_pdf(PDF_LINES), "download.html").format == "pdf"


def test_scanned_pdf_without_text_layer_needs_ocr():
    doc = read_bytes(_pdf(None), "scan.pdf")
    assert doc.status == UNREADABLE
    assert "scanned" in doc.message and "OCR" in doc.message


@pytest.mark.parametrize("data", [b"%PDF-1.7\n\x00\x01garbage\n%%EOF", b"%PDF-1.4\n1 0 obj <<"])
def test_corrupt_pdf_is_unreadable_with_message(data):
    doc = read_bytes(data, "broken.pdf")
    assert doc.status == UNREADABLE
    assert "PDF" in doc.message


def test_truncated_pdf_never_raises():
    data = _pdf(PDF_LINES)
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        assert read_bytes(data[:cut], "cut.pdf").status in (OK, UNREADABLE)


# --- DOCX -----------------------------------------------------------------------------------

def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Training course in Astana", level=1)
    d.add_paragraph("A training course was held on 12-15 March 2024 in Astana.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Venue"
    table.cell(0, 1).text = "Astana, Kazakhstan"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Organized by UNCCT and UNODC"
    d.add_paragraph("Closing paragraph after the table.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_table_rows_in_order():
    doc = read_bytes(_docx(), "release.docx")
    assert doc.status == OK and doc.format == "docx"
    assert doc.text.split("\n\n") == [
        "Training course in Astana",
        "A training course was held on 12-15 March 2024 in Astana.",
        # a row of two cells is one paragraph; a merged cell is read once
        "Venue | Astana, Kazakhstan", "Organized by UNCCT and UNODC",
        "Closing paragraph after the table.",
    ]


def test_docx_detected_from_content_not_suffix():
    assert read_bytes(_docx(), "release.bin").format == "docx"


@pytest.mark.parametrize("data", [b"PK\x03\x04" + b"\x00garbage" * 20, b"not a zip at all, but named docx"])
def test_corrupt_docx_is_unreadable_or_read_as_what_it_is(data):
    doc = read_bytes(data, "broken.docx")
    if data.startswith(b"PK"):
        assert doc.status == UNREADABLE and doc.message
    else:
        assert doc.status == OK  # text with a wrong suffix is still text


def test_other_zip_archives_are_named():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    doc = read_bytes(buf.getvalue(), "table.docx")
    assert doc.status == UNREADABLE and "Excel" in doc.message


# --- bad input ------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8"), "  ".encode("utf-16")])
def test_empty_or_whitespace_only_is_empty(data):
    doc = read_bytes(data, "blank.txt")
    assert doc.status == EMPTY
    assert doc.text == ""
    assert doc.message


def test_png_is_refused_with_a_plain_message():
    doc = read_bytes(PNG, "photo.txt")
    assert doc.status == UNREADABLE
    assert doc.message == "This looks like a PNG image, not a press release: nothing was read."


@pytest.mark.parametrize("data,word", [
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200), "program"),
    (b"\x7fELF\x02\x01\x01" + bytes(200), "program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), ".doc"),
    (b"\x00\x01\x02\x03\x04binary\x00\x00\xff\xfe\xfd" * 20, "binary"),
])
def test_binary_files_are_refused_naming_what_was_found(data, word):
    doc = read_bytes(data, "thing.txt")
    assert doc.status == UNREADABLE
    assert word in doc.message


@pytest.mark.parametrize("opening", ["BMW Group", "ID3 working group", "MZ Consulting", "FWS partners", "Cr24"])
def test_a_release_whose_first_letters_look_like_a_magic_number_is_read_as_text(opening):
    text = f"{opening} and UNODC held a workshop in Almaty on 3 May 2023 on countering terrorism."
    doc = read_bytes(text.encode("utf-8"), "release.txt")
    assert doc.status == OK
    assert doc.text == text


def test_postscript_is_still_refused():
    doc = read_bytes(b"%!PS-Adobe-3.0\n%%Creator: x\n/Times findfont\n", "release.txt")
    assert doc.status == UNREADABLE


def test_huge_text_file_is_refused_with_its_size_and_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"The workshop was held in Almaty on 4 March 2024 with 25 participants.\n"
    path.write_bytes(line * (20 * 1024 * 1024 // len(line) + 1))
    doc = read_path(path, tmp_path)
    assert doc.status == UNREADABLE
    assert "20.0 MB" in doc.message and "5.0 MB" in doc.message
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.source_file == "huge.txt"


def test_text_just_over_the_limit_is_refused_in_memory_too():
    doc = read_bytes(b"a" * (TEXT_LIMIT_BYTES + 1), "big.txt")
    assert doc.status == UNREADABLE and "5.0 MB" in doc.message


def test_undecodable_but_mostly_text_is_read_with_replacement():
    data = ("The workshop was held in Almaty with many participants. " * 5).encode() + b"\xff\xfe\x80\x81" * 3
    doc = read_bytes(b"x" + data, "odd.txt")
    assert doc.status == OK
    assert "The workshop was held in Almaty" in doc.text


def test_random_high_bytes_are_unreadable():
    data = bytes((i * 7919) % 128 + 128 for i in range(4000))
    doc = read_bytes(data, "noise.txt")
    assert doc.status == UNREADABLE
    assert doc.message


def test_sha256_is_of_the_raw_bytes():
    raw = "Kyrgyzstan¡¯s plan\r\n".encode()
    assert read_bytes(raw, "a.txt").sha256 == hashlib.sha256(raw).hexdigest()


def test_read_path_names_files_relative_to_root(tmp_path):
    sub = tmp_path / "2024" / "may"
    sub.mkdir(parents=True)
    (sub / "r.md").write_bytes(b"# Title\n\nBody text.")
    doc = read_path(sub / "r.md", root=tmp_path)
    assert doc.source_file == "2024/may/r.md"
    assert doc.text == "Title\n\nBody text."


def test_read_path_missing_file_does_not_raise(tmp_path):
    doc = read_path(tmp_path / "gone.txt", tmp_path)
    assert doc.status == UNREADABLE and doc.message


def test_an_html_page_keeps_its_copyright_year_and_holder():
    """The footer's copyright line: the only year some pages carry, and whose page it is (its rights notice goes)."""
    from data_loader.reading.html_text import html_to_text

    page = ("<html><body><article><h1>Conference on youth</h1><p>The conference closed on June 12.</p></article>"
            "<footer><p>&copy; 2018 The Times of Central Asia. All rights reserved.</p></footer></body></html>")
    assert html_to_text(page).endswith("© 2018 The Times of Central Asia")
    dated = page.replace("<html>", '<html><head><meta property="article:published_time" '
                                   'content="2018-06-14T10:00:00"></head>')
    assert html_to_text(dated).endswith("© 2018 The Times of Central Asia")


def test_html_date_in_a_top_bar_above_the_content_is_kept_below_the_headline():
    """No date in the metadata, the only one in a top bar outside the article container: it is kept as
    written, where the extractor looks for a page's date."""
    page = ('<html><head><title>Headline</title></head><body>'
            '<div class="topbar">Monday, 24, September, 2018 | <a href="/">Times</a> | National</div>'
            '<h1>Defence chiefs sum up the joint exercise</h1><div class="article"><p>'
            + "The joint exercise of the two armies was held on September 18-22 at a training ground. " * 3
            + "</p></div></body></html>")
    lines = read_bytes(page.encode(), "a.html").text.splitlines()
    assert lines[:3] == ["Defence chiefs sum up the joint exercise", "", "Monday, 24, September, 2018"]


def test_an_undated_html_page_keeps_its_breadcrumb_s_period_below_the_headline():
    """'UNODC ROCA › News › September – December 2023': a page filed by period, with no other date, keeps the
    period where the extractor looks for a page's date (the breadcrumb itself is furniture)."""
    page = ('<html><body><nav id="mainmenu"><a href="/">Home</a></nav><div id="breadcrumb"><a href="/">UNODC ROCA'
            '</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/n23">September &ndash; December 2023</a></div>'
            '<div id="content"><h1>UNODC brings together Steering Committees</h1><p>'
            + "On 24 - 25 October, UNODC held the annual regional meeting of the Steering Committees in Almaty. " * 2
            + "</p></div></body></html>")
    lines = read_bytes(page.encode(), "a.html").text.splitlines()
    assert lines[:3] == ["UNODC brings together Steering Committees", "", "September – December 2023"]
    assert "UNODC ROCA" not in read_bytes(page.encode(), "a.html").text


def test_a_breadcrumb_without_a_period_adds_nothing():
    """Guard: 'Home › News › Events' names no time."""
    page = ('<html><body><div class="breadcrumbs">Home &rsaquo; News &rsaquo; Events</div><div id="content">'
            '<h1>Meeting held</h1><p>' + "On 24 - 25 October, UNODC held the annual regional meeting in Almaty. " * 3
            + "</p></div></body></html>")
    lines = read_bytes(page.encode(), "a.html").text.splitlines()
    assert lines[0] == "Meeting held" and lines[2].startswith("On 24 - 25 October")


def test_html_news_listing_keeps_every_item_not_only_the_longest():
    """A listing page of <article> items side by side (date, headline, teaser): each item is a story of its own,
    so the page's text holds them all, not only the longest one."""
    items = "".join(
        f'<article class="news-item"><div class="news-date">{day}.10.2024</div><h2><a href="#">{head}</a></h2>'
        f"<p>{body}</p><a class=\"more\" href=\"#\">Read more</a></article>\n"
        for day, head, body in [
            ("21", "Active phase of the joint training completed", "The active phase of the joint training ended "
             "today at the training range in the Republic of Tajikistan after four days of drills."),
            ("17", "Active phase starts at the range", "The active phase of the joint training got under way "
             "today in Tajikistan at the training range near Dushanbe."),
            ("15", "Operational training session with the command", "From 14 to 16 October an operational training "
             "session with the command of the forces is taking place in Tajikistan at the training range, devoted "
             "to the fundamentals of training and combat employment of the forces."),
        ])
    page = f"<html><body><main class=\"news-list\"><h1>News</h1>{items}</main></body></html>"
    doc = read_bytes(page.encode(), "news.html")
    for day in ("21.10.2024", "17.10.2024", "15.10.2024"):
        assert day in doc.text
    assert "Active phase starts at the range" in doc.text


def test_a_listing_of_items_in_content_named_blocks_is_read_whole():
    """A news listing whose items are '<div class="item">' blocks, each with its own heading: the largest item is
    only the first of them, and every item is kept (the second's day and story were lost)."""
    from data_loader.reading.html_text import html_to_text

    item = ('<div class="item"><h2>{title}</h2><p class="dateline">{day}</p><p>{story}</p>'
            '<p class="readmore"><a href="#">Read more</a></p></div>')
    first = item.format(title="Regional workshop on explosives closes in Astana", day="ASTANA, 13 September 2018",
                        story="The tenth annual regional workshop on explosive hazards closed in Astana today. " * 4)
    second = item.format(title="Ordnance disposal courses completed in Dushanbe", day="DUSHANBE, 21 July 2017",
                         story="Two parallel 11-day courses on explosive ordnance disposal ended in Dushanbe today.")
    html = ('<html><body><div class="menu"><a href="#">Home</a></div><div class="items-leading">'
            f"{first}{second}</div></body></html>")
    text = html_to_text(html)
    assert "closed in Astana today" in text and "DUSHANBE, 21 July 2017" in text
    assert "ended in Dushanbe today" in text


def test_a_listing_of_cards_whose_content_block_is_inside_each_card_is_read_whole():
    """A calendar whose items are '<div class="event-card">' blocks, each holding its date and a content-named
    '<div class="event-body">' with a heading: the largest body is only the first card's, and every card is kept
    with its own date (the second card and the first card's first day were lost)."""
    from data_loader.reading.html_text import html_to_text

    card = ('<div class="event-card"><div class="event-date"><span class="d">{days}</span> <span class="m">{month}'
            '</span> <span class="y">2024</span></div><div class="event-body"><h2><a href="#">{title}</a></h2>'
            '<p class="country">{country}</p><p>{story}</p></div></div>')
    first = card.format(days="08&ndash;09", month="Apr", title="Police officers meet medical students",
                        country="Kyrgyzstan", story="Police officers met medical students on 8-9 April 2024 to talk "
                        "about extremism and how to recognise dangerous situations. " * 2)
    second = card.format(days="11&ndash;13", month="Feb", title="Master classes for prison staff",
                         country="Tajikistan", story="From 11 to 13 February 2024 a human rights centre held master "
                         "classes for prison staff.")
    html = ('<html><body><div class="menu"><a href="#">Home</a></div><h1>Calendar</h1>'
            f"{first}{second}</body></html>")
    text = html_to_text(html)
    assert "08–09 Apr 2024" in text and "11–13 Feb 2024" in text
    assert "Master classes for prison staff" in text and "held master classes" in text


def test_a_listing_of_two_teasers_each_with_its_heading_keeps_both():
    """Two <article> teasers side by side, each with its own heading and date: a listing of two stories, not one
    story and a box (the longer alone would lose the other's event)."""
    items = "".join(
        f'<article class="teaser"><div class="date">{day}</div><h2><a href="#">{head}</a></h2><p>{body}</p>'
        '<a href="#">Read more</a></article>\n'
        for day, head, body in [
            ("20. 10. 2023", "Regional workshop on financial evidence", "From 16 to 20 October 2023 the project "
             "held a five-day regional workshop in Wiesbaden for 13 officials."),
            ("25. 11. 2022", "Seminar on terrorist assets tracing", "On 22-25 November 2022 some 36 officers took "
             "part in a four-day regional seminar on tracing terrorist assets. " * 2),
        ])
    page = f'<html><body><section class="news-list">{items}</section></body></html>'
    text = read_bytes(page.encode(), "news.html").text
    assert "Wiesbaden" in text and "terrorist assets" in text
