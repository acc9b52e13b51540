"""Structure of a cleaned release: paragraphs, sentences, background and quoted speech.

Extraction rules look at *sentences that report the event*; background
paragraphs ("UNOCT was established in 2017 ...") and quoted speech feed no
field, so they are identified here once, with character offsets preserved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from data_loader.casefold import CuePattern

_ABBREV = (
    r"(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Gen|Col|Amb|H\.E|e\.g|i\.e|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|U\.S|U\.N|U\.K|Rep|Art|para|approx)"
)
_BACKGROUND_HEAD = re.compile(
    # ("About UNOCT", "About the project", "About us"; not a headline "About countering terrorism and extremism")
    r"^\s*(?:#+\s*)?(?:background|about (?:the [\w -]{1,60}|(?-i:[A-Z])[\w -]{1,60}|us)|"
    r"notes? (?:to|for) (?:the )?editors?|"
    r"for more information|for further information|media contacts?|contacts?|press contacts?|"
    r"related (?:links|stories|news)|see also|read also|also read|"
    # "Other EU-supported work", "Other projects in the region": what else goes on, not the story's event
    r"other (?:[\w-]+ ){0,2}(?:work|projects?|initiatives?|efforts?|programmes?|programs?|activities)"
    r"(?: (?:in|of|by) [\w -]{1,40})?)\s*[:.]?\s*$",
    re.IGNORECASE,
)
#: the heading of the site's other news, once the story has begun ("Latest news" above the headline is a
#: section label of the page, under the story it opens a list of other stories)
_OTHER_NEWS_HEAD = re.compile(
    r"^\s*(?:#+\s*)?[*_]*(?:related|also in (?:the )?news|in other news|other news(?: in this section)?|"
    r"more (?:news|stories)|"
    r"latest (?:news|stories|publications|articles|posts|(?:in|from) [a-z]+(?: [a-z]+){0,2})|"
    # "More from Central Asia", "You may also like", "Most read"
    r"more from [a-z]+(?: [a-z]+){0,2}|you (?:may|might) also (?:like|be interested in)|most read|"
    # "Related news", "Other mission activities", "Recent posts" (not "Other events": a digest's own list)
    r"(?:other|related|recent|similar)(?: [a-z]+){0,2} (?:news|stories|articles|posts|publications|activities|items|"
    r"updates|content|press releases)"
    # "Other press releases in the “Events” section:"
    r"(?: in (?:the|this) [^:.]{1,40} section)?)[*_]*\s*:?\s*$",
    re.IGNORECASE)
#: a paragraph that opens with such a label and goes on after it ("Background: The Centre was ...")
_BACKGROUND_LABEL = re.compile(r"^(?:Background|BACKGROUND|About UN\w*)\s*[:\-–]\s")
#: a paragraph of background opened by its label, which ends with it ("For reference: the joint exercises have been
#: held since 2019 ...", as government releases write): a digest's next item follows it
_REFERENCE_LABEL = re.compile(r"^[*_]*(?:For\s+reference|Reference|Background\s+information|Historical\s+background)"
                              r"[*_]*\s*[:\-–][*_]*\s")
_BACKGROUND_SENT = CuePattern.compile(
    r"\b(?:was|were) (?:established|created|founded|set up) (?:in|on|by)\b|\bis mandated\b|^Mandated by\b|"
    # "CABSI, launched in 2002 on the initiative of ...", "a body established in 2004": when something began
    r"\b(?:established|created|founded|set up|launched) in (?:19|20)\d\d\b|"
    r"\bfor more information\b|\bplease (?:contact|visit|write)\b|@[\w-]+\.\w+|\bwww\.|https?://|"
    # "Since 2017 UNODC, with funding from Japan, has also supported ...": work going on for years, not the event
    r"^Since (?:19|20)\d\d\b[^.;]{0,120}?\b(?:has|have) (?:also )?(?:been )?[a-z]+ed\b|"
    r"\b(?:is|was|are|were) separate from (?:this|the)\b",
    prefilter=True, min_word=1,  # every branch holds a word ("established", "please ", "@", "www."...)
)
_SPEECH_VERB = re.compile(
    # ("states" and "notes" in lower case: "the Central Asian States" is no verb)
    r"\b(?:said|says|stated|(?-i:states)|added|noted|(?-i:notes)|emphasi[sz]ed|stressed|underlined|underscored|"
    r"highlighted|indicated|remarked|told|explained|observed|affirmed|reaffirmed|confirmed|concluded|"
    r"declared|urged|pointed out|according to)\b",
    re.IGNORECASE,
)
_TITLE_CUE = re.compile(
    r"(?:project|programme|program|initiative|entitled|titled|called|named|theme|themed|slogan|"
    r"strategy|plan|network|facility|platform|process|framework|action)"
    r"(?:\s+(?:No\.\s*)?\d{1,4})?\s*:?\s*$",  # (a numbered one: Project 65 "Strengthening ...")
    re.IGNORECASE,
)
#: lines that never carry on the line before: list items ("- ", "• ", "1. ", "a) ") and table rows
#: the first characters such a line can start with (a cheap test before the pattern)
_OWN_LINE_FIRST = frozenset("-•*–—▪●◦(0123456789abcdefghijklmnopqrstuvwxyz")
_LINE_OF_ITS_OWN = re.compile(r"(?:[-•*–—▪●◦]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|[^\n]*\s\|\s)")
#: the name of the event itself in quotes ('a conference on "Countering the use of cryptocurrencies to finance
#: terrorism"', 'the Forum "Addressing Digital Dimensions ..."'): what the event was about, not speech
#: a title in quotes before its head word: the "Youth for Social Harmony" project, "X", a joint initiative of
_TITLE_AFTER = re.compile(
    r"\s*(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?)?(?:project|programme|program|initiative)\b", re.IGNORECASE)
_EVENT_TITLE_CUE = re.compile(
    r"(?:conference|workshop|seminar|forum|training|course|meeting|dialogue|round\s*-?table|consultation|"
    r"briefing|exercise|webinar|symposium|summit|session|event|partnership)s?"
    r"(?:\s+(?:on|entitled|titled|themed|called|on\s+the\s+(?:theme|topic)\s+of))?\s*[:,]?\s*$",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"“[^”\n]{1,1500}”|\"[^\"\n]{1,1500}\"|«[^»\n]{1,1500}»")  # (a quotation ends with its paragraph)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    background: bool


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")
_ABBREV_BEFORE = re.compile(r"(?:^|[\s(])" + _ABBREV + r"$")
_INITIAL_BEFORE = re.compile(r"\b[A-Z]$")


#: a paragraph opened by a place and a dated day closed by a full stop ("Tashkent, 14 May 2024.")
_DATELINE_SENTENCE = re.compile(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}(?:,\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?,\s*"
                                r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+(?:19|20)\d\d\.")


#: a quoted title is short: a quote of more words is speech, whose full stops do end sentences
_TITLE_WORDS = 20


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted names of events and projects in a paragraph ('the conference "Preventing Extremism.
    Successes and Difficulties" took place in ...'): a full stop inside one does not end the sentence, which
    goes on to say where and when."""
    if '"' not in text and "“" not in text and "«" not in text:
        return []  # most paragraphs quote nothing
    out = []
    for m in _QUOTE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if len(m.group(0).split()) <= _TITLE_WORDS and (_EVENT_TITLE_CUE.search(before) or _TITLE_CUE.search(before)):
            out.append(m.span())
    return out


#: a day or month of a numeric date before its point, and the next part after it ("14. 04. 2022")
_NUMERIC_DATE_PART = re.compile(r"(?<![\w.])\d{1,2}$")
_NUMERIC_DATE_NEXT = re.compile(r"\d{1,2}\.\s?(?:19|20)\d\d\b|(?:19|20)\d\d\b")


def _split_abbrev_safe(text: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans in one paragraph; a period after a known abbreviation or inside a quoted title does
    not end a sentence."""
    spans, start = [], 0
    titles: list[tuple[int, int]] | None = None
    for m in _SENTENCE_END.finditer(text):
        head = text[max(0, m.start() - 6) : m.start()]
        if _ABBREV_BEFORE.search(head) or _INITIAL_BEFORE.search(head):
            continue
        if _NUMERIC_DATE_PART.search(head) and _NUMERIC_DATE_NEXT.match(text, m.end()):
            continue  # "14. 04. 2022": the points of a numeric date with spaces end no sentence
        if titles is None:
            titles = _quoted_titles(text)
        if any(a < m.start() and m.end() < b for a, b in titles):
            continue
        if start == 0 and _DATELINE_SENTENCE.fullmatch(text, 0, m.start() + 1):
            continue  # "Tashkent, 14 May 2024. The Council held ...": the dateline dates the sentence after it
        spans.append((offset + start, offset + m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((offset + start, offset + len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def _is_background_sentence(sentence: str) -> bool:
    return _BACKGROUND_SENT.search(sentence) is not None


#: a paragraph this long ending like a sentence is the story's
MIN_STORY_CHARS = 80


class TextModel:
    """A read-only view of one document's text with its structure resolved."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Lines are paragraphs (releases put each paragraph on its own line), except where a block
        of lines is hard-wrapped (text copied from a PDF or an e-mail): those lines are one paragraph."""
        blocks: list[list[tuple[int, int]]] = [[]]
        pos = 0
        for line in self.text.split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                blocks[-1].append((pos + lead, pos + lead + len(stripped)))
            elif blocks[-1]:
                blocks.append([])
            pos += len(line) + 1
        spans: list[tuple[int, int]] = []
        for block in blocks:
            spans.extend(self._unwrap(block))
        return spans

    def _unwrap(self, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for s, e in lines:
            if out and self._continues(out[-1], (s, e), lines):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    def _continues(self, prev: tuple[int, int], line: tuple[int, int], block: list[tuple[int, int]]) -> bool:
        """Whether ``line`` carries on the paragraph of ``prev`` rather than starting a new one."""
        last_line = self.text[self.text.rfind("\n", 0, prev[1]) + 1 : prev[1]].strip()
        this = self.text[line[0] : line[1]]
        if (this[:1] in _OWN_LINE_FIRST or " | " in this) and _LINE_OF_ITS_OWN.match(this):
            return False  # a list item or a table row starts its own line, however full the one before
        if last_line.endswith((".", "!", "?", ":", "”", '"', ";")) and not this[:1].islower():
            return False
        if last_line.isupper() and this.isupper():
            return True  # a headline in capitals broken over two lines
        if this[:1].islower():
            return True
        # a wrapped line is as full as the block allows: the next line's first word did not fit on it
        width = max(e - s for s, e in block)
        first_word = len(this.split(None, 1)[0]) if this.strip() else 0
        return 30 <= len(last_line) <= 130 and width <= 130 and len(last_line) + 1 + first_word > 0.9 * width

    @cached_property
    def background_paragraphs(self) -> set[int]:
        """Paragraphs under a 'Background' / 'About' / 'Contact' heading, to the end of the text."""
        flagged: set[int] = set()
        in_background = False
        other = self.other_news_start
        for i, (s, e) in enumerate(self.paragraphs):
            para = self.text[s:e]
            if _BACKGROUND_HEAD.match(para) or _BACKGROUND_LABEL.match(para) or i == other:
                in_background = True
            if in_background or _REFERENCE_LABEL.match(para):
                flagged.add(i)
        return flagged

    @cached_property
    def other_news_start(self) -> int | None:
        """The paragraph that opens the page's other stories under the story ("Latest publications:"), if any:
        what stands below it is not the story's, not even a date line."""
        story_begun = False
        for i, (s, e) in enumerate(self.paragraphs):
            para = self.text[s:e]
            if story_begun and _OTHER_NEWS_HEAD.match(para):
                return i
            story_begun = story_begun or (len(para) >= MIN_STORY_CHARS and para.rstrip()[-1] in ".!?\"”")
        return None

    @cached_property
    def masked(self) -> str:
        """The text with quoted speech blanked out (same length, so offsets still hold)."""
        text = self.text
        if '"' not in text and "“" not in text and "«" not in text:
            return text  # nothing quoted (most documents): every quote opens with one of these marks
        pieces: list[str] = []  # the text up to each blanked quote, and the blanks (not a list of every character)
        last = 0
        for m in _QUOTE.finditer(self.text):
            inner = m.group(0)[1:-1]
            before = self.text[max(0, m.start() - 40) : m.start()]
            after = self.text[m.end() : m.end() + 60]
            short = len(inner.split()) <= 30 and not re.search(r"[.!?]\s", inner)
            if (_TITLE_CUE.search(before) or _TITLE_AFTER.match(after)) and short:
                continue  # a title in quotes, e.g. project "Addressing the ..." or the "Youth for ..." project
            if _EVENT_TITLE_CUE.search(before) and short and not _SPEECH_VERB.search(after[:40]):
                continue  # the event's own title, e.g. a conference on "Countering ..."
            if len(inner.split()) >= 6 or _SPEECH_VERB.search(after) or _SPEECH_VERB.search(before):
                pieces += [text[last : m.start()], " " * (m.end() - m.start())]
                last = m.end()
        return "".join([*pieces, text[last:]]) if pieces else text

    @cached_property
    def sentences(self) -> list[Sentence]:
        out = []
        bg = self.background_paragraphs
        for pi, (ps, pe) in enumerate(self.paragraphs):
            for s, e in _split_abbrev_safe(self.text[ps:pe], ps):
                sent = self.text[s:e]
                is_bg = pi in bg or _is_background_sentence(sent)
                out.append(Sentence(s, e, sent, pi, is_bg))
        return out
