"""Every field of one event beside the document text that supports it (pure pandas, no Streamlit).

For each field the event view shows its value, readable; how sure the loader is (``stated`` in the passage,
``inferred`` by a rule, ``guessed``, ``no evidence`` when a value has no evidence row, ``not stated`` when
the release gives none); for a value that is not stated, the loader's reasoning in words; and each distinct
passage that supports it once, with the supporting words marked ⟦like this⟧. Organisers, funders, partners,
participating organisations and countries, programmes and themes get one row per value, so that a funder
coded by a rule ("a donor government that co-hosts") shows that rule beside it instead of the passage alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from data_loader import Tables
from data_loader import columns as C
from data_loader.lookup.gazetteer import country_name
from data_loader.review.cells import _norm
from data_loader.review.confidence import CONFIDENCE_ORDER, FIELD_LABELS, LIST_FIELDS, SCALAR_FIELDS
from data_loader.review.evidence_rule import SCALAR_FACTS, registry_aliases

OPEN, CLOSE = "⟦", "⟧"
EMPTY = "—"
NOT_STATED = "not stated"
#: the confidence of a field the release gives no value for (the review tables call it ``missing``)
NOT_STATED_CONFIDENCE = "not stated"
#: weakest first, as on the Review page; a field without a value comes last in no order: it has no evidence
CONFIDENCE_RANK = {c: i for i, c in enumerate(CONFIDENCE_ORDER)}

#: the event view's sections and the fields each lists, in order
SECTIONS: dict[str, list[str]] = {
    "What": ["title", "event_type", "format", "theme", "programme", "summary"],
    "When": ["start_date", "end_date", "date_precision", "duration_days", "year", "month", "published_date"],
    "Where": ["city", "country", "country_iso3", "lat", "lon", "location_precision"],
    "Who": ["organizer", "funder", "partner", "participant", "participant_country", "participants",
            "participants_qualifier"],
}
#: plural labels of the long-table fields, for the line saying none is named
PLURAL = {"organizer": "Organisers", "funder": "Funders", "partner": "Partners",
          "participant": "Participating organisations", "participant_country": "Participating countries",
          "programme": "Programmes", "theme": "Themes"}
#: long-table fields whose absence is worth a line (an event always has organisers, themes and countries)
SHOW_EMPTY = {"organizer", "funder", "participant_country", "theme", "programme"}
#: evidence field names accepted for each scalar field besides its own (the review rule's aliases that are
#: not fields of their own: a ``dates`` row supports both days)
_ACCEPTED = {f: {f} | {a for a in SCALAR_FACTS.get(f, ()) if a not in FIELD_LABELS} for f in SCALAR_FIELDS}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass(frozen=True)
class FieldRow:
    section: str
    field: str
    label: str
    value: str
    confidence: str
    reasoning: tuple[str, ...]
    passages: tuple[str, ...]
    more: int = 0  # distinct passages not listed


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (not isinstance(value, str) and pd.isna(value))


def display_value(field: str, value: object) -> str:
    """A value as a reader wants it: dates and months in words, theme labels, country names with their codes;
    ``not stated`` when there is none (never 0 nor None)."""
    if _missing(value) or (isinstance(value, str) and not value.strip()):
        return NOT_STATED
    if isinstance(value, pd.Timestamp):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    text = str(value)
    if field in ("start_date", "end_date", "published_date"):
        try:
            return display_value(field, pd.Timestamp(text))
        except ValueError:
            return text
    if field == "month" and text.isdigit() and 1 <= int(text) <= 12:
        return MONTHS[int(text) - 1]
    if field in ("theme", "themes"):
        return "; ".join(C.THEMES.get(t, t) for t in text.split("; ") if t) or NOT_STATED
    if field == "participant_country":
        name = country_name(text)
        return f"{name} ({text})" if name and name != text else text
    if field == "duration_days":
        return f"{text} day" + ("" if text == "1" else "s")
    return text


#: a supporting span longer than this is shown by its two ends (a lead paragraph cited for the summary)
LONG_SPAN = 180


def passage(row, texts: dict[str, str] | None, width: int = 50) -> str:
    """The evidence span marked in its surroundings, from the document text (else the stored snippet). A long
    span keeps its first and last words with "…" between them."""
    text = (texts or {}).get(str(row.source_file), "")
    ok = not _missing(row.start) and not _missing(row.end) and 0 <= int(row.start) < int(row.end) <= len(text)
    if not ok:
        return str(row.snippet) if isinstance(row.snippet, str) else ""
    start, end = int(row.start), int(row.end)
    shown = " ".join(around(text, start, end, width).split())
    if end - start <= LONG_SPAN:
        return shown
    span = " ".join(text[start:end].split())
    head, tail = span[: LONG_SPAN // 2].rsplit(" ", 1)[0], span[-LONG_SPAN // 2:].split(" ", 1)[-1]
    return shown.replace(f"{OPEN}{span}{CLOSE}", f"{OPEN}{head} … {tail}{CLOSE}")


def _cited(rows: pd.DataFrame, texts: dict[str, str] | None, limit: int) -> tuple[tuple[str, ...], int]:
    """Each distinct passage (file, start, end) of ``rows`` once, in the order of the documents' text."""
    if rows.empty:
        return (), 0
    spans = rows.assign(_s=pd.to_numeric(rows["start"], errors="coerce"),
                        _e=pd.to_numeric(rows["end"], errors="coerce"))
    spans = spans.drop_duplicates(["source_file", "_s", "_e"]).sort_values(["source_file", "_s", "_e"], kind="stable")
    shown = []
    for r in spans.head(limit).itertuples():
        where = f"{r.source_file}, characters {r.start}–{r.end}" if not _missing(r.start) else str(r.source_file)
        shown.append(f"“{passage(r, texts)}” ({where})")
    return tuple(shown), max(0, len(spans) - limit)


def _judged(rows: pd.DataFrame) -> tuple[str, tuple[str, ...]]:
    """The weakest confidence of the rows and the distinct reasonings of the rows at that level."""
    if rows.empty:
        return "no evidence", ()
    sure = rows["confidence"].astype("object") if "confidence" in rows.columns else pd.Series("stated",
                                                                                              index=rows.index)
    sure = sure.map(lambda c: c if c in ("stated", "inferred", "guessed") else "stated")
    weakest = min(sure, key=CONFIDENCE_RANK.__getitem__)
    why = rows.loc[sure == weakest, "reasoning"] if "reasoning" in rows.columns else pd.Series([], dtype=object)
    return weakest, tuple(dict.fromkeys(str(w) for w in why.tolist() if isinstance(w, str) and w.strip()))


def _values_of(tables: Tables, event_id: str, field: str) -> list[str]:
    """The event's values of a long-table field, in the table's order, each once."""
    table, column, role = LIST_FIELDS[field]
    df = getattr(tables, table)
    mine = df[(df["event_id"] == event_id).fillna(False).to_numpy(dtype=bool)]
    if role is not None:
        mine = mine[(mine["role"] == role).fillna(False).to_numpy(dtype=bool)]
    return list(dict.fromkeys(str(v) for v in mine[column].dropna().tolist() if str(v).strip()))


def event_fields(tables: Tables, event_id: str, max_passages: int = 6,
                 aliases: dict[str, frozenset[str]] | None = None) -> list[FieldRow]:
    """Every field of one event, section by section: its value, confidence, reasoning and distinct passages.

    ``aliases`` (default: the registries) let an evidence row name a value by another of its names (UNCCT
    for UNOCT), as the Review page does."""
    aliases = registry_aliases() if aliases is None else aliases
    ev = tables.events
    hit = ev[(ev["event_id"] == event_id).fillna(False).to_numpy(dtype=bool)]
    if hit.empty:
        return []
    event = hit.iloc[0]
    evid = tables.evidence[(tables.evidence["event_id"] == event_id).fillna(False).to_numpy(dtype=bool)]
    fields = evid["field"].astype("object").tolist()
    keys = [_norm(str(v)) if isinstance(v, str) else "" for v in evid["value"].astype("object").tolist()]
    texts = tables.texts
    out: list[FieldRow] = []
    for section, names in SECTIONS.items():
        for field in names:
            label = FIELD_LABELS[field]
            if field in LIST_FIELDS:
                values = _values_of(tables, event_id, field)
                if not values and field in SHOW_EMPTY:
                    out.append(FieldRow(section, field, PLURAL[field], "none named", NOT_STATED_CONFIDENCE, (), ()))
                for value in values:
                    key = _norm(value)
                    names_of = aliases.get(key, frozenset()) | {key}
                    mine = [f == field and k in names_of for f, k in zip(fields, keys, strict=True)]
                    rows = evid[mine]
                    confidence, why = _judged(rows)
                    cited, more = _cited(rows, texts, max_passages)
                    out.append(FieldRow(section, field, label, display_value(field, value), confidence, why, cited,
                                        more))
                continue
            if field not in event.index:
                continue
            value = event[field]
            rows = evid[[f in _ACCEPTED[field] for f in fields]]
            if field == "participants_qualifier" and _missing(event.get("participants")):
                continue  # "not stated" once, for the count, is enough
            if _missing(value) or (isinstance(value, str) and not value.strip()):
                out.append(FieldRow(section, field, label, NOT_STATED, NOT_STATED_CONFIDENCE, (), ()))
                continue
            confidence, why = _judged(rows)
            cited, more = _cited(rows, texts, max_passages)
            out.append(FieldRow(section, field, label, display_value(field, value), confidence, why, cited, more))
    return out


def field_table(tables: Tables, event_id: str, max_passages: int = 6) -> pd.DataFrame:
    """``event_fields`` as a table: section, field, label, value, confidence, reasoning, passages, more."""
    rows = event_fields(tables, event_id, max_passages)
    return pd.DataFrame([r.__dict__ for r in rows],
                        columns=["section", "field", "label", "value", "confidence", "reasoning", "passages", "more"])


def evidence_rows(evidence: pd.DataFrame) -> pd.DataFrame:
    """The evidence table of one event for reading: readable field names, its columns in a reader's order."""
    out = evidence.copy()
    out.insert(0, "label", out["field"].map(lambda f: FIELD_LABELS.get(f, f)))
    cols = ["label", "value", "confidence", "reasoning", "source_file", "start", "end", "snippet"]
    return out[[c for c in cols if c in out.columns]]


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
