"""Markdown -> plain text: drop the markup, keep every word.

Releases saved as Markdown (and plain-text files that carry a little Markdown,
like ``*Programme Name*``) would otherwise leak asterisks, link targets and
heading hashes into titles and evidence snippets.
"""

from __future__ import annotations

import re

from data_loader.textscan import prefilter, required_words

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_FIELD = re.compile(r"^(title|date)\s*:\s*[\"']?(.*?)[\"']?\s*$", re.IGNORECASE | re.MULTILINE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_ATX_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_SETEXT_RULE = re.compile(r"^[ \t]{0,3}(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_HR = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.MULTILINE)
_REF_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]+?)`+")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_STAR_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.MULTILINE)
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
_TABLE_EDGES = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def front_matter(text: str) -> tuple[str, list[str]]:
    """Strip YAML front matter, returning the body and head lines worth keeping (date, title)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, []
    fields = {k.lower(): v for k, v in _FM_FIELD.findall(m.group(1))}
    head: list[str] = []
    date = _ISO_DATE.search(fields.get("date", ""))
    if date:
        head.append(f"date {date.group()}")
    if fields.get("title"):
        head.append(fields["title"])
    return text[m.end() :], head


#: the inline markup, in the order it is removed, each with the marks every match of it holds ("](" for
#: a link, "*" for emphasis, read from the pattern): a plain-text release holds none of most of them,
#: and looking for a mark is far cheaper than trying the pattern at every character
_INLINE = [(p, prefilter(p, min_word=1)) for p in (_IMAGE, _LINK, _REF_LINK, _AUTOLINK, _CODE, _STRONG, _STRIKE,
                                                   _EMPHASIS_STAR, _EMPHASIS_UNDERSCORE, _ESCAPE)]
#: all those marks as plain strings: a text holding none of them (most plain-text releases) is given back at
#: once, after a substring test per mark, which is faster than ten searches (None: a pattern needs no mark)
_MARK_WORDS = [required_words(p) for p, _ in _INLINE]
_ALL_MARKS = tuple(sorted(set().union(*_MARK_WORDS))) if all(_MARK_WORDS) else None


def _inner(m: re.Match[str]) -> str:
    return m.group(m.lastindex)


def strip_inline_markdown(text: str) -> str:
    """Links, images, emphasis, code spans and escapes -> their words; safe on plain text too."""
    if _ALL_MARKS is not None and not any(mark in text for mark in _ALL_MARKS):
        return text
    for pattern, marks in _INLINE:
        if marks is None or marks.search(text):
            text = pattern.sub(r"\1" if pattern is _ESCAPE else _inner, text)
    return text


def markdown_to_text(text: str) -> str:
    """A whole Markdown document -> plain text with the same paragraphs."""
    text, head = front_matter(text.replace("\r\n", "\n"))
    text = _FENCE.sub("", text)
    text = _REF_DEFINITION.sub("", text)
    text = _ATX_HEADING.sub(lambda m: m.group(1), text)
    text = _SETEXT_RULE.sub("", text)
    text = _HR.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _TABLE_EDGES.sub(lambda m: m.group(1).strip(), text)
    text = _BLOCKQUOTE.sub("", text)
    text = _STAR_BULLET.sub(r"\1- ", text)
    text = _HTML_TAG.sub("", text)
    text = strip_inline_markdown(text)
    if head and head[-1] and text.lstrip().startswith(head[-1]):
        head = head[:-1]  # the title is already the first heading
    return "\n".join([*head, text]) if head else text
