"""Every field of one event beside the document text that supports it."""

from __future__ import annotations

import pandas as pd

from data_loader import columns as C
from data_loader.review.curator import LIST_FACTS, SCALAR_FACTS

OPEN, CLOSE = "⟦", "⟧"
EMPTY = "—"
#: evidence ``field`` names accepted for each events column (the review module's lists, plus the
#: joined columns of events).
ALIASES: dict[str, set[str]] = {col: set(names) | {col} for col, names in SCALAR_FACTS.items()}
ALIASES.update({
    "organizers": set(LIST_FACTS["organization"][2]) - {"funder", "partner", "participant"} | {"organizers"},
    "funders": {"funder", "funders"},
    "programmes": set(LIST_FACTS["programme"][2]),
    "themes": set(LIST_FACTS["theme"][2]),
    "participant_countries": {"participant_countries", "participant_country", "participants_countries",
                              "participating_countries"},
})


def display_value(column: str, value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return EMPTY
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if column == "themes" and isinstance(value, str):
        return "; ".join(C.THEMES.get(t, t) for t in value.split("; ") if t) or EMPTY
    text = str(value)
    return text if text.strip() else EMPTY


def _fields_of(column: str) -> set[str]:
    return ALIASES.get(column, {column})


def passage(row, texts: dict[str, str] | None, width: int = 60) -> str:
    """The evidence span marked in its surroundings, from the document text (else the stored snippet)."""
    text = (texts or {}).get(str(row.source_file), "")
    ok = not pd.isna(row.start) and not pd.isna(row.end) and 0 <= int(row.start) < int(row.end) <= len(text)
    if ok:
        return " ".join(around(text, int(row.start), int(row.end), width).split())
    return str(row.snippet) if isinstance(row.snippet, str) else ""


def field_table(event: pd.Series, evidence: pd.DataFrame, texts: dict[str, str] | None = None,
                per_field: int = 2) -> pd.DataFrame:
    """One row per field of the event: its value and the passages behind it (span marked ⟦…⟧)."""
    rows = []
    for column in [c for c in C.EVENTS + C.EVENTS_EXTRA if c != "event_id" and c in event.index]:
        ev = evidence[evidence["field"].isin(_fields_of(column))]
        passages = [f"“{passage(r, texts)}” ({r.source_file}, characters {r.start}–{r.end})"
                    for r in ev.head(per_field).itertuples()]
        if len(ev) > per_field:
            passages.append(f"and {len(ev) - per_field} more in the evidence table")
        rows.append({
            "field": column,
            "value": display_value(column, event[column]),
            "evidence": passages,
        })
    return pd.DataFrame(rows, columns=["field", "value", "evidence"])


def _merged(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    clamped = ((max(0, s), min(length, e)) for s, e in spans)
    for start, end in sorted((s, e) for s, e in clamped if e > s):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def mark_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every evidence span between ⟦ and ⟧ (overlapping spans merged)."""
    pieces, last = [], 0
    for start, end in _merged(spans, len(text)):
        pieces += [text[last:start], OPEN, text[start:end], CLOSE]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def spans_of(evidence: pd.DataFrame, source_file: str) -> list[tuple[int, int]]:
    mine = evidence["source_file"] == source_file
    rows = evidence[mine & evidence["start"].notna() & evidence["end"].notna()]
    return [(int(s), int(e)) for s, e in zip(rows["start"], rows["end"], strict=True)]


def around(text: str, start: int, end: int, width: int = 240) -> str:
    """The span in its surroundings, marked, with … where the text goes on."""
    start, end = max(0, start), min(len(text), end)
    left, right = max(0, start - width), min(len(text), end + width)
    while 0 < left < start and not text[left - 1].isspace():  # whole words only
        left += 1
    while end < right < len(text) and not text[right].isspace():
        right -= 1
    return ("…" if left else "") + text[left:start] + OPEN + text[start:end] + CLOSE + text[end:right] + (
        "…" if right < len(text) else "")
