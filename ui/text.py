"""Safe text helpers: document text and URL values are shown as text, never as markup."""

from __future__ import annotations

import re

import pandas as pd

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$=^&\"'])")


def md_escape(value: object) -> str:
    """Backslash-escape every character Markdown (and Streamlit's directives) would act on."""
    text = "" if value is None else str(value)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def plot_safe(value: object, limit: int | None = None) -> str:
    """Text for Plotly labels and hovers: Plotly reads a few HTML tags, so angle brackets go."""
    text = "" if value is None else str(value)
    text = text.replace("<", "‹").replace(">", "›")
    if limit is not None:
        text = shorten(text, limit)
    return text


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis when longer than ``limit`` characters."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def wrap(text: str, width: int, sep: str = "<br>") -> str:
    """Wrap plain words onto lines of about ``width`` characters joined by ``sep`` (Plotly's line break)."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return sep.join(lines)


def cut_words(text: str, width: int) -> str:
    """``text`` cut between words to fit ``width`` characters with an ellipsis; a word is cut only when it
    alone is longer than the line (a title cut mid-word reads as another title)."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    words, kept = text.split(" "), ""
    for word in words:
        if len(kept) + (1 if kept else 0) + len(word) > width - 1:
            break
        kept = f"{kept} {word}" if kept else word
    return (kept.rstrip(" ,;:-–") if kept else text[: width - 1]) + "…"


def wrap_short(text: str, width: int, lines: int = 2, sep: str = "<br>") -> str:
    """At most ``lines`` lines of about ``width`` characters, broken and cut between words; what does not fit
    ends in an ellipsis."""
    wrapped = wrap(text, width, sep="\n").split("\n")
    if len(wrapped) > lines:
        wrapped = wrapped[: lines - 1] + [cut_words(" ".join(wrapped[lines - 1:]), width)]
    return sep.join(cut_words(line, width) for line in wrapped)


def text_or(value: object, default: str) -> str:
    """``value`` as text, or ``default`` when it is missing (None, NaN, pd.NA) or blank."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return default
    text = str(value)
    return text if text.strip() else default


def when(row) -> str:
    """What is known of an event's dates, in words: '4–7 Mar 2024', 'until 13 May 2021 (first day not
    stated)', 'Apr 2021 (month only)', '2019 (year only)', 'undated'. A month-only event never shows as a blank
    or a made-up day."""
    return when_of(row.get("start_date"), row.get("end_date"), row.get("year"), row.get("month"))


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def when_of(start, end, year, month) -> str:
    """``when`` from the four date fields (a loop over columns calls this without building rows)."""
    if _missing(start) and not _missing(end):
        return f"until {end.strftime('%-d %b %Y')} (first day not stated)"
    if not _missing(start):
        end = start if _missing(end) else end
        if start == end:
            return start.strftime("%-d %b %Y")
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.strftime('%-d %b %Y')}"
        if start.year == end.year:
            return f"{start.strftime('%-d %b')} – {end.strftime('%-d %b %Y')}"
        return f"{start.strftime('%-d %b %Y')} – {end.strftime('%-d %b %Y')}"
    if not _missing(year):
        if not _missing(month):
            return pd.Timestamp(int(year), int(month), 1).strftime("%b %Y") + " (month only)"
        return f"{int(year)} (year only)"
    return "undated"
