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


def wrap_short(text: str, width: int, lines: int = 2, sep: str = "<br>") -> str:
    """At most ``lines`` lines of about ``width`` characters; what does not fit ends in an ellipsis."""
    wrapped = wrap(text, width, sep="\n").split("\n")
    if len(wrapped) > lines:
        wrapped = wrapped[: lines - 1] + [shorten(" ".join(wrapped[lines - 1:]), width)]
    return sep.join(shorten(line, width) for line in wrapped)


def text_or(value: object, default: str) -> str:
    """``value`` as text, or ``default`` when it is missing (None, NaN, pd.NA) or blank."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return default
    text = str(value)
    return text if text.strip() else default
