"""HTML page -> the release's own text: headline first, then one paragraph per block.

A saved web page is mostly furniture: scripts, menus, site header and footer,
newsletter forms, cookie banners, share bars, related-article lists. Only the
main content is kept: ``<article>``, else ``<main>``/``role=main``, else the
largest container whose class or id says it holds the content, else the body.
The page's ``<h1>`` (or its ``<title>`` minus the site name) becomes the first
line; a publication date in the page's metadata becomes a ``date YYYY-MM-DD``
line below it, the same form site date stamps take in scraped text files.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from data_loader.reading.debris import COPYRIGHT_YEAR, RIGHTS_TAIL, copyright_line

#: elements whose content is never release text.
NOISE_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form",
    "button", "input", "select", "textarea", "nav", "aside", "dialog", "menu", "img", "picture",
    "video", "audio", "map", "head",
)
NOISE_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
    "menubar", "toolbar",
})
#: class/id words that mark furniture ("site-header", "cookie-banner", "share-links", ...).
NOISE_WORDS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "share", "sharing",
    "social", "breadcrumb", "breadcrumbs", "sidebar", "related", "comment", "comments", "advert",
    "advertisement", "ads", "ad", "promo", "popup", "modal", "menu", "nav", "navbar", "navigation",
    "footer", "header", "masthead", "skip", "toolbar", "pagination", "pager", "tags", "tagcloud",
    "rating", "vote", "votes", "hits", "print", "widget", "banner", "signup", "offcanvas",
})
#: class/id words of content containers, used when a page has no <article> or <main>.
CONTENT_WORDS = frozenset({
    "content", "article", "post", "entry", "story", "body", "main", "text", "news", "release", "item",
})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "caption", "figure", "figcaption", "address", "hr", "center", "details", "summary",
    "body", "html",
})
DATE_META = (
    'meta[property="article:published_time"]', 'meta[property="og:published_time"]',
    'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]',
    'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="dc.date"]',
    'meta[name="DC.date"]', 'meta[name="dcterms.date"]', 'meta[name="DC.date.issued"]',
    'meta[name="citation_publication_date"]',
)
#: a container with less text than this is not taken as the page's main content.
MIN_MAIN_CHARS = 140

_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_TITLE_SEPARATORS = re.compile(r"\s+[|•·»]\s+|\s+[-–—:]\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def looks_like_html(text: str, strong_only: bool = False) -> bool:
    """Markup markers at the head of a file; ``strong_only`` demands a document-level tag."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower():
        return True
    if re.search(r"<(?:html|head|body)[\s>]", head):
        return True
    if strong_only:
        return False
    return len(re.findall(r"</?(?:p|div|br|span|a|h[1-6]|li|table|article|section)[\s>/]", head)) >= 2


def html_to_text(html: str) -> str:
    """The release text of an HTML page (headline, then paragraphs), or "" when there is none."""
    tree = LexborHTMLParser(html)
    date = _published_date(tree)
    page_title = _page_title(tree)
    # the page's copyright line is kept (it leaves with the footer otherwise): the only year some pages carry, read
    # by the extractor for a day written without one, and whose page it is
    rights = _copyright(tree)
    # and the site's name in its masthead (it leaves with the header): whose page it is, where no copyright line says
    # (or, with none, the site's name its <title> closes on: "News - BOMCA - Border Management Programme in Central
    # Asia"; with the address its footer gives beside the same name: "... · 139 Rudaki Avenue, Dushanbe")
    masthead = _masthead(tree)
    from_title = None if masthead else _title_site(tree)
    site = None if not (masthead or from_title) else _site_with_address(tree, masthead or from_title)
    # and its breadcrumb's period ("UNODC ROCA › News › September – December 2023"), which leaves with the furniture
    period = None if date else _breadcrumb_period(tree)
    for tag in NOISE_TAGS:
        for node in tree.css(tag):
            node.decompose()
    body = tree.body or tree.root
    if body is None:
        return ""
    total = len(_text(body))
    doomed = [node for node in body.traverse() if _goes(node, total)]
    # (read before the furniture goes: the meta line's class often names it part of a header)
    meta_line = None if date else _date_in_meta_line(body, {node.mem_id for node in doomed})
    _decompose(doomed)
    root = _main_container(body)
    h1 = root.css_first("h1") or body.css_first("h1")
    title = _clean(h1.text(separator=" ")) if h1 is not None else page_title
    paragraphs = [p for p in _blocks(root, skip=h1) if p]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if from_title is not None and from_title == title:
        site = None  # ("Site | Headline": the <title>'s last part is the headline)
    above = None if date or root is body else _date_above(body, root)
    stamp = next(([line] for line in (f"date {date}" if date else None, meta_line, above, period) if line), [])
    lines = ([title] if title else []) + stamp + paragraphs
    lines += [f"{SITE_LINE} {site}"] if site and paragraphs else []
    lines += [rights] if rights and paragraphs else []
    if not paragraphs and not (h1 is not None and title):
        return ""  # only a <title>: there is no release on this page
    return "\n\n".join(lines)


_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
#: a whole date as a page's top bar or byline writes it: "Monday, 24, September, 2018", "March 5, 2024",
#: "24.09.2018", "2018-08-09"
_WHOLE_DATE = re.compile(
    r"(?<![\w.])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2},?\s+" + _MONTH_NAME + r",?\s+(?:19|20)\d\d|"
    + _MONTH_NAME + r"\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|"
    r"(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\w.]\d|-\d)")
#: how much of the page above its content is searched for a date
ABOVE_CHARS = 1000


def _date_above(body: LexborNode, root: LexborNode) -> str | None:
    """A date written above the page's content container (a top bar, a byline outside the article), as
    written, when the metadata gives none: the extractor reads it like a date line under the headline."""
    everything, content = _text(body), _text(root)
    at = everything.find(content[:80]) if content else -1
    if at <= 0:
        return None
    m = _WHOLE_DATE.search(everything, max(0, at - ABOVE_CHARS), at)
    return m.group(0) if m else None


#: a story's meta line is short ("POLITICS | 17:05 / 30.03.2024 4312 2 min read"); a longer block is a list
META_LINE_CHARS = 160
#: a paragraph of this many characters is the story's text: a meta line stands above it
STORY_PARAGRAPH_CHARS = 60


def _date_in_meta_line(body: LexborNode, doomed: set[int]) -> str | None:
    """A whole date in a short block of furniture inside the article, above its first paragraph: the story's
    meta line ("<div class="single-header__meta">POLITICS | 17:05 / 30.03.2024</div>"), whose class marks it as
    part of a header and so as furniture to remove (``doomed``, by ``mem_id``), when it holds the only date the page
    gives."""
    for container in body.css("article, main, [role=main]"):
        for node in container.traverse():
            if node.tag == "p" and len(_text(node)) >= STORY_PARAGRAPH_CHARS:
                break
            if node.mem_id not in doomed:
                continue
            text = _text(node)
            m = _WHOLE_DATE.search(text) if len(text) <= META_LINE_CHARS else None
            if m:
                return m.group(0)
    return None


#: the crumbs of a breadcrumb trail, between its separators
_CRUMB_SEPARATORS = re.compile(r"\s*[›»>/|]\s*")
#: a crumb that is a period of time: "September – December 2023", "March 2019", "2018"
_PERIOD_CRUMB = re.compile(r"(?:" + _MONTH_NAME + r"\s*[–—-]\s*)?(?:" + _MONTH_NAME + r"\s+)?(?:19|20)\d\d")


def _breadcrumb_period(tree: LexborHTMLParser) -> str | None:
    """The last crumb of the page's breadcrumb trail that is a period of time, when the page files its news by
    period: with no other date, it is the only year the page gives, read like a date line under the headline."""
    for node in tree.css('[class*="breadcrumb"], [id*="breadcrumb"]'):
        crumbs = [_clean(c) for c in _CRUMB_SEPARATORS.split(node.text(separator=" ") or "")]
        periods = [c for c in crumbs if _PERIOD_CRUMB.fullmatch(c)]
        if periods:
            return periods[-1]
    return None


#: the label of the line that carries the site's name from its masthead, or its <title> (read by ``extract.publisher``)
SITE_LINE = "Site name:"
#: where a page's masthead writes the site's name: its logo's text, a name or title block in the header
_MASTHEAD = ('[class*="logo"], [class*="site-name"], [class*="sitename"], [class*="site-title"], [class*="brand"], '
             'header .name, #header .name, header [class*="__name"]')
#: a footer, by its tag or its name
_FOOTER = 'footer, [id*="footer"], [class*="footer"]'
#: a name in quotes after its legal form: "SEI «Avicenna Tajik State Medical University»" (a state educational
#: institution)
_LEGAL_FORM = re.compile(r"^(?:[A-Z]{2,6}\s+)?[«“\"](?P<name>[^»”\"]{3,})[»”\"]$")
#: the most characters of an address after the site's name in its footer
ADDRESS_CHARS = 160
#: a site's name is this short
MASTHEAD_WORDS = 14


def _masthead(tree: LexborHTMLParser) -> str | None:
    """The site's name its masthead writes ("KOSTANAY CONSTRUCTION COLLEGE", "International School of Medicine")."""
    for node in tree.css(_MASTHEAD):
        text = _clean(node.text(separator=" "))
        if 2 <= len(text.split()) <= MASTHEAD_WORDS and any(c.isalpha() for c in text):
            return text
    return None


def _site_with_address(tree: LexborHTMLParser, masthead: str) -> str:
    """The site's name (without its legal form: "SEI «Avicenna Tajik State Medical University»" is the university),
    and the address a footer line gives after the same name ("SEI «...» · 139 Rudaki Avenue, Dushanbe, Republic of
    Tajikistan")."""
    m = _LEGAL_FORM.match(masthead)
    name = m.group("name").strip() if m else masthead
    for node in tree.css(_FOOTER):
        for line in (node.text(separator="\n") or "").split("\n"):
            line = _clean(line)
            at = line.find(masthead)
            # (not its rights notice: "© International School of Medicine. All rights reserved.")
            rest = RIGHTS_TAIL.sub("", line[at + len(masthead) :]).strip(" .·•|,–—-") if at >= 0 else ""
            if rest and len(rest) <= ADDRESS_CHARS and any(c.isalpha() for c in rest):
                return f"{name} · {rest}"
    return name


def _copyright(tree: LexborHTMLParser) -> str | None:
    """The footer's copyright line, from its year on ("© 2025 Kyrgyz National University ... 720033, Bishkek")."""
    for node in tree.css(_FOOTER):
        for line in (node.text(separator="\n") or "").split("\n"):
            m = COPYRIGHT_YEAR.search(line)
            if m:
                return copyright_line(line[m.start() :]) or None
    return None


def _text(node: LexborNode) -> str:
    return node.text(separator=" ", strip=True) or ""


def _clean(text: str) -> str:
    return " ".join(text.split())


def _words(node: LexborNode) -> set[str]:
    attrs = node.attributes
    value = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return set(_WORD_SPLIT.split(value)) - {""}


def _is_furniture(node: LexborNode) -> bool:
    attrs = node.attributes
    if (attrs.get("role") or "").lower() in NOISE_ROLES:
        return True
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    if node.tag in ("header", "footer") and not _inside(node, "article"):
        return True
    return node.tag == "footer" or bool(_words(node) & NOISE_WORDS)


def _inside(node: LexborNode, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _decompose(doomed: list[LexborNode]) -> None:
    """Remove the furniture found by ``_goes``, read once for the meta line and for this."""
    for node in doomed:
        with contextlib.suppress(Exception):  # already gone with a removed ancestor
            node.decompose()


def _goes(node: LexborNode, total: int) -> bool:
    """Whether a node is furniture to remove: never one that holds the release itself."""
    if node.tag in ("-text", "-comment", "body", "html") or not _is_furniture(node):
        return False
    if node.css_first("article, main, [role=main], h1"):
        return False
    return not (total and len(_text(node)) > 0.5 * total)


def _main_container(body: LexborNode) -> LexborNode:
    """The element holding the release: article, main, a content-named container, else body."""
    listing = _listing_of_articles(body)
    if listing is not None:
        return listing
    for selector in ("article", "main, [role=main]", '[itemprop="articleBody"]'):
        best = _largest(body.css(selector))
        if best is not None and len(_text(best)) >= MIN_MAIN_CHARS:
            return best
    named = [n for n in body.css("div, section, td") if _words(n) & CONTENT_WORDS]
    best = _largest(named)
    if best is not None and len(_text(best)) >= MIN_MAIN_CHARS:
        return _listing_of_items(best) or best
    return body


#: how far above a content-named block a listing's item may begin: the block is the item, or the body of a card
#: that holds its date beside it ('<div class="event-card"><div class="event-date">...<div class="event-body">')
ITEM_LEVELS = 3


def _listing_of_items(best: LexborNode) -> LexborNode | None:
    """The parent of a listing's items, when a content-named block is one of them or inside one: siblings of its
    tag and class, each with a heading of its own ("<div class="item"><h2>...</h2><p class="dateline">..."), are
    stories of their own, and the largest is only the first of them."""
    node = best
    for _ in range(ITEM_LEVELS):
        parent, cls = node.parent, node.attributes.get("class")
        if parent is None:
            return None
        if cls:
            items = [n for n in parent.iter() if n.tag == node.tag and n.attributes.get("class") == cls]
            if len(items) >= 2:
                return parent if _each_headed(items) else None
        node = parent
    return None


def _each_headed(nodes: list[LexborNode]) -> bool:
    """Whether every node has a heading of its own: items of a listing, each a story, not a story and a box."""
    return all(n.css_first("h2, h3, h4") is not None for n in nodes)


def _listing_of_articles(body: LexborNode) -> LexborNode | None:
    """The parent of a page's <article> elements when they are a news listing (two or more side by side, none the
    page's main story): a list of dated items, each a story of its own, of which the largest alone is not the
    page's content."""
    articles = body.css("article")
    if len(articles) < 2 or (len(articles) == 2 and not _each_headed(articles)):
        return None  # (two make a listing only when each has a heading of its own: two teasers, not a story and a box)
    parent = articles[0].parent
    if parent is None or any(a.parent is None or a.parent.mem_id != parent.mem_id for a in articles):
        return None
    sizes = sorted(len(_text(a)) for a in articles)
    return parent if sizes[-1] < 2 * sizes[-2] else None


def _largest(nodes: list[LexborNode]) -> LexborNode | None:
    return max(nodes, key=lambda n: len(_text(n)), default=None)


def _blocks(root: LexborNode, skip: LexborNode | None) -> Iterator[str]:
    """One string per block element, in document order, walking without recursion."""
    buffer: list[str] = []
    skip_id = skip.mem_id if skip is not None else None
    stack: list[tuple[LexborNode, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        if node.tag == "-text":
            buffer.append(node.text(deep=False) or "")
            continue
        if node.tag == "-comment" or node.mem_id == skip_id and entering:
            continue
        if node.tag == "br" or node.tag in BLOCK_TAGS:
            yield _clean(" ".join(buffer))
            buffer = []
        if entering and node.tag == "tr":
            # a table row is one paragraph of cells joined by " | " (as in a Markdown table): its date, place and
            # organiser stay together, as the row tells one activity
            cells = [_clean(c.text(separator=" ")) for c in node.iter() if c.tag in ("td", "th")]
            if cells:
                yield " | ".join(cells)
                continue
        if entering and node.tag != "br":
            stack.append((node, False))
            children = list(node.iter(include_text=True))
            stack.extend((child, True) for child in reversed(children))
    yield _clean(" ".join(buffer))


def _title_site(tree: LexborHTMLParser) -> str | None:
    """The site's name the <title> closes on, after a separator ("News - BOMCA - Border Management Programme in
    Central Asia"), if it is as short as a site's name."""
    node = tree.css_first("title")
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(_clean(node.text()) if node is not None else "") if p.strip()]
    return parts[-1] if len(parts) > 1 and 2 <= len(parts[-1].split()) <= MASTHEAD_WORDS else None


def _page_title(tree: LexborHTMLParser) -> str:
    """The <title> (or og:title) without the site name tacked on after a separator."""
    node = tree.css_first("title")
    title = _clean(node.text()) if node is not None else ""
    if not title:
        meta = tree.css_first('meta[property="og:title"]')
        title = _clean(meta.attributes.get("content") or "") if meta is not None else ""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:
        longest = max(parts, key=len)
        if len(longest.split()) >= 4:
            return longest.strip()
    return title


def _published_date(tree: LexborHTMLParser) -> str | None:
    """The publication date from the page's metadata, as YYYY-MM-DD."""
    candidates = []
    for selector in DATE_META:
        node = tree.css_first(selector)
        if node is not None:
            candidates.append(node.attributes.get("content") or "")
    for node in tree.css("article time[datetime], main time[datetime], [itemprop=datePublished]"):
        candidates.append(node.attributes.get("datetime") or node.attributes.get("content") or "")
    for node in tree.css('script[type="application/ld+json"]'):
        m = _JSONLD_DATE.search(node.text() or "")
        if m:
            candidates.append(m.group(1))
    for value in candidates:
        m = _ISO_DATE.match(value.strip())
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return m.group(0)
    return None
