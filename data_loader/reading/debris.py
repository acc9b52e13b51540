"""Scraping debris: the page furniture that comes along when a release is copied from a website.

Only whole lines that are furniture are removed (vote widgets, view counters,
share buttons, tag lists, cookie notices, breadcrumbs, "Back to top"), plus share
buttons glued after a sentence's final punctuation, so no sentence is ever cut.
A site date stamp at the head of the page ("date 2024-09-13") is not debris: it
is the publication date, and it is moved onto its own first line.
"""

from __future__ import annotations

import re

from data_loader.casefold import lowered

_I = re.IGNORECASE
_SHARE_WORDS = (
    r"share(?: this(?: (?:article|page|story|post))?| on \w+)?|print(?: this(?: page| article)?)?|"
    r"e-?mail(?: this(?: page| article)?)?|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|vk|"
    r"reddit|pinterest|copy link|bookmark|font size|pdf|like|save|[|•·/,:+>-]"
)
#: the heading of a list of the site's other stories (a furniture line, and the bulleted headlines under it go too)
_OTHER_STORIES_HEADING = (
    r"(?:related (?:posts|articles|news|stories|content|items)|read more|more news|see also|read also|also read|"
    r"you may also like|recommended(?: for you)?|most (?:read|popular)|popular (?:posts|news))\s*:?"
)
#: whole lines that are page furniture; matched against the stripped line.
DEBRIS_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"rate this (?:item|article|post|page|story)\b.{0,60}",
        r"\(?\d+ votes?\)?",
        r"(?:read|viewed|seen|visited|opened) [\d,.\s]+ times?\.?",
        r"[\d,.\s]+ (?:views?|reads?|hits?|visits?|page ?views?)",
        r"(?:views?|hits?|reads?|visits?|page ?views?)\s*[:：]?\s*[\d,.\s]+",
        r"tags?\s*[:：]\s*[^.!?,;|]{1,40}(?:\s*[,;|/•·]\s*[^.!?,;|]{1,40})*",
        rf"(?:(?:{_SHARE_WORDS})\s*)+",
        r"(?:back|go|return|scroll) to top|top of (?:the )?page|\^?\s*top|"
        r"skip to (?:main )?(?:content|navigation)",
        r"(?:leave|post|add|write) a (?:comment|reply)|\d+ comments?|comments? \(\d+\)|no comments(?: yet)?",
        r"(?:previous|next|older|newer) (?:post|article|story|news|item|page)s?:?",
        _OTHER_STORIES_HEADING,
        # the same label with its links run on in one line: "Related activities: Training for young diplomats
        # from Iraq (Kodori) · Conflict Transformation Training for international Diplomats"
        r"related (?:posts|articles|news|stories|content|items|activities|projects|events|publications|links)\s*:"
        r"\s*\S.{0,400}",
        r"advertisement|sponsored(?: content)?|ad",
        r"(?:home|main page)(?:\s*[>»/|›→]\s*[^>»/|›→]{1,80}){1,6}",
        r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?\b.{0,150}|"
        r".{0,150}\ball rights reserved\.?.{0,80}",
        r"(?:subscribe|sign up)(?: to| for)?(?: our| the)? (?:newsletter|updates|mailing list).{0,100}",
        r"follow us(?: on)?.{0,60}",
        # the site's own sponsor, in its footer: "Caravanserai is a website sponsored by United States Central
        # Command" (who pays for the site, not for any event it reports)
        r"(?:this |the |our )?[\w'&. -]{0,60}\b(?:is|are) an? (?:[\w-]+ ){0,3}(?:web ?site|site|portal|publication|"
        r"news ?paper|magazine|outlet|blog)\s+(?:sponsored|funded|financed|supported|operated|owned|run)\s+by\s"
        r".{0,120}|"
        r"(?:this |the |our )(?:[\w-]+ ){0,2}(?:web ?site|site|portal|publication|news ?paper|magazine|outlet|blog)\s+"
        r"(?:is|was)\s+(?:sponsored|funded|financed|operated|owned|run)\s+by\s.{0,120}",
        r"loading\.*|like this:|like loading\.*",
        r"accept(?: all)?(?: cookies)?|reject(?: all)?|decline|got it!?|i agree|ok|"
        r"allow(?: all)?(?: cookies)?|"
        r"manage (?:preferences|cookies|settings)|cookie (?:settings|preferences|policy)",
    )
)
_BREADCRUMB = DEBRIS_LINES[[p.pattern.startswith("(?:home|main page)") for p in DEBRIS_LINES].index(True)]
#: "© 2018 The Times of Central Asia", "Copyright 2021": one year (a range says nothing of the page); the HTML
#: reader and the extractor read the same pattern
COPYRIGHT_YEAR = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
_DATED_TRAIL = re.compile(r"[>»/|›→]\s*(?:19|20)\d\d\b")
#: what a copyright line says after its holder: "All rights reserved", "When using materials, a hyperlink ..."
RIGHTS_TAIL = re.compile(r"(?:[.,;|·]\s*)?\b(?:all\s+rights\s+reserved|when\s+(?:using|reprinting|quoting)|"
                         r"reproduction|any\s+use|use\s+of\s+(?:the\s+)?materials|a\s+hyperlink)\b.*$", re.I)


def copyright_line(line: str) -> str:
    """'© YEAR' and what follows it, its rights notice left out ("© 2021 Zhetysu University named after I.
    Zhansugurov. Taldykorgan, Republic of Kazakhstan."), or "" when the line opens on no copyright year."""
    line = line.strip()
    m = COPYRIGHT_YEAR.match(line)
    if m is None:
        return ""
    rest = RIGHTS_TAIL.sub("", line[m.end() :]).strip(" .,;|·-–—")
    return f"© {m.group(1)} {rest}" if rest else f"© {m.group(1)}"
#: the copyright line: its ``.{0,150}`` before "all rights reserved" is tried at every length on every line,
#: two thirds of the time of all the furniture lines over a corpus of releases
_RIGHTS_LINE = DEBRIS_LINES[[p.pattern.startswith("(?:copyright") for p in DEBRIS_LINES].index(True)]
#: a copyright line holds one of these (in lower case)
_RIGHTS_WORDS = ("©", "(c)", "copyright", "all rights reserved")
#: the other lines as one pattern: a full match of an alternation is a full match of one of its parts,
#: and one pass is far cheaper than twenty (this runs on every line of every document)
_ANY_DEBRIS_LINE = re.compile("|".join(f"(?:{p.pattern})" for p in DEBRIS_LINES if p is not _RIGHTS_LINE), _I)


def _is_furniture(s: str, rights: bool = True) -> bool:
    """Whether a stripped line fully matches one of ``DEBRIS_LINES``; the copyright line is tried only on a
    line holding its words (or one whose lowered copy cannot stand for it, see ``casefold.lowered``).
    ``rights=False`` says the text around the line holds none of those words."""
    if _ANY_DEBRIS_LINE.fullmatch(s) is not None:
        return True
    if not rights:
        return False
    low = lowered(s)
    if low is not None and not any(w in low for w in _RIGHTS_WORDS):
        return False
    return _RIGHTS_LINE.fullmatch(s) is not None
_COOKIE_WORD = re.compile(r"\bcookies?\b", _I)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we use|this (?:web)?site uses|uses cookies|accept|consent|privacy policy|by continuing|"
    r"by using)\b",
    _I,
)
#: share buttons glued after the last sentence of a paragraph ("... policy. Share Print Email").
_TRAILING_SHARE = re.compile(
    r"(?<=[.!?\"”’)])\s+(?:(?:Share|Print|E-?mail|Tweet|Facebook|Twitter|LinkedIn|WhatsApp|Telegram)\b[\s|•·]*)+$"
)
_TRAILING_WIDGET = re.compile(
    r"(?<=[.!?\"”’)])\s+(?:Rate this item(?:\s+\d)*\s*\(\d+ votes?\)|Read \d[\d,]* times|\d[\d,]* views)\s*$",
    _I,
)
#: a site date stamp: "date 2024-09-13" (also "Date: 2024/09/13") at the start of a line.
_DATE_STAMP = re.compile(
    r"^[ \t]*date\s*[:：]?\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d-])[ \t]*", re.IGNORECASE | re.MULTILINE
)
#: the stamp counts as the page's own only within its first lines.
STAMP_HEAD_LINES = 5
#: a line this long is prose even when it mentions cookies.
MAX_COOKIE_LINE = 400


def is_debris_line(line: str, cookies: bool = True, rights: bool = True) -> bool:
    """True when the whole line is page furniture rather than release text. ``cookies=False`` says the
    text around the line never names cookies, so the cookie-notice rule need not look; ``rights=False``
    that it holds no word of a copyright line (``_RIGHTS_WORDS``)."""
    s = line.strip()
    if not s:
        return False
    if cookies and len(s) <= MAX_COOKIE_LINE and _COOKIE_WORD.search(s) and _COOKIE_CONTEXT.search(s):
        return True
    if len(s) > 250 or not _is_furniture(s, rights):
        return False
    # "Home > News > 2022 > September": a trail that names the year is the page's only date on some sites
    return not (_DATED_TRAIL.search(s) and _BREADCRUMB.fullmatch(s))


def _without_look_behind(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its leading ``(?<=[...])`` made an ordinary character class, over whole texts.

    It matches wherever the original matches on some line (one character earlier), and it is
    several times faster to search: when it finds nothing in a text, no line needs the original.
    """
    body = pattern.pattern.replace("(?<=[", "[", 1).replace("])", "]", 1)
    return re.compile(body, pattern.flags | re.MULTILINE)


_MAYBE_SHARE = _without_look_behind(_TRAILING_SHARE)
_MAYBE_WIDGET = _without_look_behind(_TRAILING_WIDGET)


#: that heading alone on a line: the bulleted headlines under it are furniture too (their countries and programmes
#: are not the release's)
_OTHER_STORIES = re.compile(_OTHER_STORIES_HEADING, _I)
_BULLET = re.compile(r"\s*[-*•·–]\s")


def remove_debris(text: str) -> tuple[str, int]:
    """Drop furniture lines and glued share buttons; returns the text and the number of removals."""
    kept: list[str] = []
    removed = 0
    share = _TRAILING_SHARE if _MAYBE_SHARE.search(text) else None
    widget = _TRAILING_WIDGET if _MAYBE_WIDGET.search(text) else None
    # a line names cookies only if the text does (the line's edges are spaces or line feeds in the text)
    # (the case-insensitive word is tried at every word start: only a text whose lowered copy holds it is searched)
    low = lowered(text)
    cookies = (low is None or "cookie" in low) and _COOKIE_WORD.search(text) is not None
    rights = low is None or any(w in low for w in _RIGHTS_WORDS)
    listing = False  # under a heading of other stories: its bulleted headlines go too
    for line in text.split("\n"):
        if listing and (_BULLET.match(line) or not line.strip()):
            removed += bool(line.strip())
            kept.append("")
            continue
        listing = False
        if is_debris_line(line, cookies, rights):
            listing = _OTHER_STORIES.fullmatch(line.strip()) is not None
            removed += 1
            # "© 2018 The Times of Central Asia. All rights reserved." -> "© 2018 The Times of Central Asia": the only
            # year some pages carry, kept for a day written without one (as the HTML reader keeps a footer's), and
            # whose page it is (the extractor reads the holder and sets the line apart from the story)
            kept.append(copyright_line(line))  # ("" for any other line: keep paragraph structure)
            continue
        cleaned = share.sub("", line) if share else line
        cleaned = widget.sub("", cleaned) if widget else cleaned
        removed += cleaned != line
        kept.append(cleaned)
    return "\n".join(kept), removed


def lift_date_stamp(text: str, after_title: bool = False) -> tuple[str, str | None]:
    """Move a head-of-page date stamp onto its own line as ``date YYYY-MM-DD``.

    The line goes first, or second when ``after_title`` (web pages, whose headline
    is always the first line).
    """
    head_end = _offset_after_lines(text, STAMP_HEAD_LINES)
    start = text.find("\n") + 1 if after_title else 0
    if after_title and start == 0:
        return text, None
    m = _DATE_STAMP.search(text, start, head_end)
    if m is None:
        return text, None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return text, None
    stamp = f"date {year:04d}-{month:02d}-{day:02d}"
    head, rest = text[:start], (text[start : m.start()] + text[m.end() :]).lstrip()
    return (f"{head}{stamp}\n{rest}" if rest else f"{head}{stamp}"), stamp


def _offset_after_lines(text: str, n: int) -> int:
    """Character offset just after the first ``n`` non-blank lines."""
    seen = 0
    for m in re.finditer(r"[^\n]*\n?", text):
        if m.group().strip():
            seen += 1
        if seen >= n:
            return m.end()
    return len(text)
