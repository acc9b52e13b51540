"""How sure the loader is of every field of every event: the Review page's field-confidence table.

Each evidence row says how sure the loader is of its value (``confidence``: stated, inferred, guessed) and,
unless stated, how it was worked out (``reasoning``). A curator wants the other way round: for each event
and field, how sure is the value, and why. :func:`field_confidence` gives one row per event and field (per
value for the long tables: one row per organiser, funder, theme...), with

* ``missing`` where the event has no value for a field a complete record has (:data:`EXPECTED`);
* ``no evidence`` where it has a value but no evidence row supports it;
* otherwise the weakest confidence of the value's evidence rows, their reasoning, and the passage of one
  of those rows,

weakest first. Plain pandas, no Streamlit; the readable field names (:data:`FIELD_LABELS`) are shared with
the dashboard's event view.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from data_loader.review.cells import _coded, _coded_texts, _empty, _norm, _objects, _texts
from data_loader.review.evidence_rule import SCALAR_FACTS, registry_aliases

#: confidence levels, weakest first: no value at all, a value no evidence row supports, then the evidence
#: table's own levels (``data_loader.columns.CONFIDENCE``, surest first, reversed)
CONFIDENCE_ORDER = ["missing", "no evidence", "guessed", "inferred", "stated"]
CONFIDENCE_HELP = {
    "missing": "The event has no value for a field a complete record has: the release does not say, or the "
               "loader did not find it.",
    "no evidence": "The event has a value but no evidence row: nothing can be shown as its source.",
    "guessed": "A default or a weak clue (in person when nothing says online, the publication month when no "
               "date is written, a generated title).",
    "inferred": "Worked out by a rule from what is written (the country of a city, coordinates, 'all five "
                "Central Asian states', a date from 'today', a co-hosting donor coded as funder).",
    "stated": "Written in the passage.",
}

#: readable names of the event's fields, in the order the event view lists them; the keys are the events
#: columns and the evidence ``field`` names of the long tables (organisations are named after their role)
FIELD_LABELS: dict[str, str] = {
    "title": "Title",
    "event_type": "Event type",
    "format": "Format",
    "start_date": "First day",
    "end_date": "Last day",
    "date_precision": "Date precision",
    "year": "Year",
    "month": "Month",
    "duration_days": "Duration (days)",
    "published_date": "Release published",
    "city": "Host city",
    "country": "Host country",
    "country_iso3": "Host country code (ISO 3166)",
    "lat": "Latitude",
    "lon": "Longitude",
    "location_precision": "Place precision",
    "participants": "Participants",
    "participants_qualifier": "Participant count is",
    "organizer": "Organiser",
    "funder": "Funder",
    "partner": "Partner",
    "participant": "Participating organisation",
    "participant_country": "Participating country",
    "programme": "Programme",
    "theme": "Theme",
    "summary": "Summary",
}
#: the events table's scalar columns, in the order of FIELD_LABELS
SCALAR_FIELDS = [f for f in FIELD_LABELS if f not in
                 ("organizer", "funder", "partner", "participant", "participant_country", "programme", "theme")]
#: the long-table facts: evidence field -> (table, value column, role filter or None)
LIST_FIELDS: dict[str, tuple[str, str, str | None]] = {
    "organizer": ("event_organizations", "organization", "organizer"),
    "funder": ("event_organizations", "organization", "funder"),
    "partner": ("event_organizations", "organization", "partner"),
    "participant": ("event_organizations", "organization", "participant"),
    "participant_country": ("event_countries", "iso3", "participant"),
    "programme": ("event_programmes", "programme", None),
    "theme": ("event_themes", "theme", None),
}
#: fields listed as ``missing`` when the event has no value. A complete record has its dates, type, format,
#: a participant count, an organiser, a theme and participating countries; a place unless it was online,
#: coordinates when a city is known, a qualifier when a count is. Funders, programmes, partners and
#: participating organisations are often rightly absent (most releases name no donor), the publication
#: date and the duration are conveniences: none of these is listed when empty.
EXPECTED = ["title", "event_type", "format", "start_date", "end_date", "date_precision", "year", "month",
            "city", "country", "lat", "lon", "location_precision", "participants", "participants_qualifier",
            "summary", "organizer", "theme", "participant_country"]
#: why an expected field is empty, in words
MISSING_WHY = {
    "start_date": "no day of the event is written",
    "end_date": "no day of the event is written",
    "year": "no date of the event or of the release is written",
    "month": "no month of the event or of the release is written",
    "city": "no host city is named",
    "country": "no host country is named",
    "lat": "the city has no coordinates in the gazetteer",
    "lon": "the city has no coordinates in the gazetteer",
    "participants": "no participant count is written",
    "organizer": "no organiser is named",
    "theme": "no theme's keywords were found",
    "participant_country": "no participating country is named",
}

CONFIDENCE_COLUMNS = ["event_id", "title", "field", "label", "value", "confidence", "reasoning", "passage",
                      "source_file", "passages"]

_RANK = {c: i for i, c in enumerate(CONFIDENCE_ORDER)}
_FIELD_CODE = {f: i for i, f in enumerate(FIELD_LABELS)}
_LISTED = np.array([f in LIST_FIELDS for f in FIELD_LABELS], dtype=bool)
#: evidence field names that support another scalar fact than their own (SCALAR_FACTS' aliases: a ``dates``
#: row supports both days)
_ALIASED = {alias: [f for f, names in SCALAR_FACTS.items() if alias in names]
            for names in SCALAR_FACTS.values() for alias in names if alias not in FIELD_LABELS}
#: room for the key codes in a combined (event, field, key) code
_KEY_BITS = 1 << 24


@dataclass
class _Facts:
    """Every filled value, one array per column: the event's row in ``events`` (or a code past them for an id
    the events table lacks), the field's code (into FIELD_LABELS), the value as the review tables write it, and
    the key an evidence row must match (code 0, "", for a scalar field: its evidence rows all count; else the
    normalised value's code into ``keys``)."""

    event: np.ndarray
    field: np.ndarray
    value: np.ndarray
    key: np.ndarray
    events: dict[str, int]  # event id -> code
    keys: dict[str, int]  # normalised value -> code

    def code(self, book: dict[str, int], values: list[str]) -> np.ndarray:
        return np.fromiter((book.setdefault(v, len(book)) for v in values), dtype=np.int64, count=len(values))

    def combined(self, event: np.ndarray, field: np.ndarray, key: np.ndarray) -> np.ndarray:
        return (event * len(FIELD_LABELS) + field) * _KEY_BITS + key


def _facts(tables) -> _Facts:
    ev = tables.events
    ids = _texts(ev["event_id"])
    facts = _Facts(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, object), np.zeros(0, np.int64),
                   events={e: i for i, e in enumerate(ids)}, keys={"": 0})
    event, field, value, key = [], [], [], []
    rows = np.arange(len(ids), dtype=np.int64)
    for name in SCALAR_FIELDS:
        if name not in ev.columns:
            continue
        codes, labels = _coded_texts(ev[name])
        filled = np.array([x != "" for x in labels], dtype=bool)[codes]
        event.append(rows[filled])
        field.append(np.full(int(filled.sum()), _FIELD_CODE[name], dtype=np.int64))
        value.append(_objects(labels)[codes[filled]])
        key.append(np.zeros(int(filled.sum()), dtype=np.int64))
    for name, (table, column, role) in LIST_FIELDS.items():
        df = getattr(tables, table)
        if role is not None:
            df = df[(df["role"] == role).fillna(False).to_numpy(dtype=bool)]
        codes, labels = _coded_texts(df[column])
        norms = facts.code(facts.keys, [_norm(x) for x in labels])
        filled = np.array([x != "" for x in labels], dtype=bool)[codes]
        e = facts.code(facts.events, [x for x, f in zip(_texts(df["event_id"]), filled.tolist(), strict=True) if f])
        k = norms[codes[filled]]
        # one row per (event, value): a value listed twice (in two spellings) is one fact
        combined = facts.combined(e, np.zeros(len(e), np.int64), k)
        _, first = np.unique(combined, return_index=True)
        first = np.sort(first)
        event.append(e[first])
        field.append(np.full(len(first), _FIELD_CODE[name], dtype=np.int64))
        value.append(_objects(labels)[codes[filled][first]])
        key.append(k[first])
    if event:
        facts.event, facts.field = np.concatenate(event), np.concatenate(field)
        facts.value, facts.key = np.concatenate(value), np.concatenate(key)
    return facts


def _evidence_rows(tables, facts: _Facts) -> dict[str, np.ndarray]:
    """The evidence rows as facts see them, one array per column: the combined key (a row of an alias field
    such as ``dates`` once for each fact it supports), the confidence's rank, the row, the passage (file,
    start, end)."""
    evid = tables.evidence
    n = len(evid)
    stated = _RANK["stated"]
    rank = np.full(n, stated, dtype=np.int64)
    if "confidence" in evid.columns and n:
        c, labels = _coded(evid["confidence"])
        # a row that does not say how sure it is claims to be stated, as every row did before the column
        rank = np.array([_RANK[x] if x in ("stated", "inferred", "guessed") else stated for x in labels],
                        dtype=np.int64)[c]
    f, field_labels = _coded(evid["field"], str)
    targets = [[_FIELD_CODE[x]] if x in _FIELD_CODE else [_FIELD_CODE[t] for t in _ALIASED.get(x, [])]
               for x in field_labels]
    repeat = np.array([len(t) for t in targets], dtype=np.int64)[f] if n else np.zeros(0, np.int64)
    rows = np.repeat(np.arange(n, dtype=np.int64), repeat)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    offset = np.cumsum([0] + [len(t) for t in targets])
    field = np.array([x for t in targets for x in t] + [0], dtype=np.int64)[offset[f[rows]] + within]
    v, value_labels = _coded(evid["value"])
    norms = facts.code(facts.keys, [_norm(x) for x in value_labels])
    key = np.where(_LISTED[field], norms[v[rows]], 0)
    e, event_labels = _coded(evid["event_id"])  # a missing id reads "", as in the facts
    event = facts.code(facts.events, event_labels)[e[rows]]
    s, _ = _coded(evid["source_file"])
    start = pd.to_numeric(evid["start"], errors="coerce").astype("Float64").fillna(-1).to_numpy(dtype=np.int64)
    end = pd.to_numeric(evid["end"], errors="coerce").astype("Float64").fillna(-1).to_numpy(dtype=np.int64)
    return {"key": facts.combined(event, field, key), "rank": rank[rows], "row": rows, "source": s[rows],
            "start": start[rows], "end": end[rows]}


@dataclass
class _Support:
    """For each fact: its confidence's rank, reasoning, passage, file and number of distinct passages."""

    rank: np.ndarray
    reasoning: np.ndarray
    passage: np.ndarray
    source_file: np.ndarray
    passages: np.ndarray


def _supported(tables, facts: _Facts, aliases: dict[str, frozenset[str]]) -> _Support:
    """Each fact's weakest evidence: the rank, the distinct reasonings of its weakest rows, the passage and file
    of the first of them, and how many distinct passages support the fact. A list value no row names as such
    may be named by a registry alias of it (UNCCT for UNOCT).

    A fact's rows are a range of the evidence sorted by key, then by confidence and position, found by binary
    search: at 10,000 events the same walk through dictionaries took seconds."""
    ev = _evidence_rows(tables, facts)
    order = np.lexsort((ev["row"], ev["rank"], ev["key"]))
    key, rank, row = ev["key"][order], ev["rank"][order], ev["row"][order]
    fact_key = facts.combined(facts.event, facts.field, facts.key)
    lo, hi = np.searchsorted(key, fact_key, "left"), np.searchsorted(key, fact_key, "right")
    names = {code: name for name, code in facts.keys.items()}
    for i in np.flatnonzero((lo == hi) & (facts.key > 0)).tolist():
        value = names[int(facts.key[i])]
        for alias in sorted(aliases.get(value, frozenset()) - {value}):  # a registry name of the value
            if alias in facts.keys:
                other = fact_key[i] - facts.key[i] + facts.keys[alias]
                a, b = np.searchsorted(key, other, "left"), np.searchsorted(key, other, "right")
                if b > a:
                    lo[i], hi[i] = a, b
                    break
    found = hi > lo
    n = len(fact_key)
    if not len(key):
        empty = _objects([""] * n)
        return _Support(np.full(n, _RANK["no evidence"]), empty, empty, empty, np.zeros(n, np.int64))
    at = np.minimum(lo, len(key) - 1)
    weakest = np.where(found, rank[at], _RANK["no evidence"])
    weak_hi = np.searchsorted(key * 8 + rank, key[at] * 8 + weakest, "right")  # (key, rank) sorts like the rows
    first = row[at]
    evid = tables.evidence
    reasons = _objects(_texts(evid["reasoning"]) if "reasoning" in evid.columns else [""] * len(evid))
    reasoning = np.where(found, reasons[first], "").astype(object)
    for i in np.flatnonzero(found & (weak_hi - lo > 1)).tolist():  # several weakest rows: each reasoning once
        reasoning[i] = " · ".join(dict.fromkeys(r for r in reasons[row[lo[i]:weak_hi[i]]].tolist() if r))
    # distinct passages of each key: its distinct (file, start, end), counted on the unique rows
    by = np.lexsort((ev["end"], ev["start"], ev["source"], ev["key"]))
    same = np.ones(max(len(by) - 1, 0), dtype=bool)  # a row like the one before it in every column
    for column in ("key", "source", "start", "end"):
        values = ev[column][by]
        same &= values[1:] == values[:-1]
    new = np.concatenate([[True], ~same]) if len(by) else same
    distinct = ev["key"][by][new]
    matched = key[at]  # the key found: the value's own, or a registry alias of it
    counts = np.searchsorted(distinct, matched, "right") - np.searchsorted(distinct, matched, "left")
    return _Support(
        rank=weakest,
        reasoning=reasoning,
        passage=np.where(found, _objects(_texts(evid["snippet"]))[first], "").astype(object),
        source_file=np.where(found, _objects(_texts(evid["source_file"]))[first], "").astype(object),
        passages=np.where(found, counts, 0).astype(np.int64),
    )


def _missing(tables, facts: _Facts) -> tuple[np.ndarray, np.ndarray]:
    """(event rows, field codes) of the expected fields events have no value for (see :data:`EXPECTED`)."""
    ev = tables.events
    n = len(ev)
    has = np.zeros((n, len(FIELD_LABELS)), dtype=bool)
    mine = facts.event < n
    has[facts.event[mine], facts.field[mine]] = True
    fmt = np.array(_texts(ev["format"]) if "format" in ev.columns else [""] * n, dtype=object)
    loc = np.array(_texts(ev["location_precision"]) if "location_precision" in ev.columns else [""] * n, dtype=object)
    online = (fmt == "virtual") | (loc == "virtual")
    expected = np.zeros_like(has)
    for name in EXPECTED:
        expected[:, _FIELD_CODE[name]] = True
    for name in ("city", "country"):
        expected[:, _FIELD_CODE[name]] = ~online
    for name in ("lat", "lon"):
        expected[:, _FIELD_CODE[name]] = has[:, _FIELD_CODE["city"]]
    expected[:, _FIELD_CODE["participants_qualifier"]] = has[:, _FIELD_CODE["participants"]]
    return np.nonzero(expected & ~has)


def _order(rank: np.ndarray, event_ids: np.ndarray, field: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Rows weakest first, then by event id, field (in FIELD_LABELS' order) and value: integer keys sorted once
    (sorting the text columns themselves took longer than the rest of the table)."""
    keys = [rank, field]
    for column in (event_ids, value):
        codes, uniques = pd.factorize(column)
        position = np.empty(len(uniques), dtype=np.int64)
        position[np.argsort(np.asarray(uniques, dtype=object), kind="stable")] = np.arange(len(uniques))
        keys.append(position[codes])
    return np.lexsort((keys[3], keys[1], keys[2], keys[0]))


def field_confidence(tables, aliases: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """One row per event and field (per value for long tables): event_id, title, field, label, value,
    confidence, reasoning, passage, source_file, passages; weakest first (:data:`CONFIDENCE_ORDER`), then by
    event id and in the order of :data:`FIELD_LABELS`.

    ``aliases`` (default: the registries) let an evidence row name a list value by another of its names.
    """
    if tables.events.empty:
        return _empty(CONFIDENCE_COLUMNS)
    aliases = registry_aliases() if aliases is None else aliases
    facts = _facts(tables)
    support = _supported(tables, facts, aliases)
    gap_event, gap_field = _missing(tables, facts)
    m = len(gap_event)
    blank = _objects([""] * m)
    names = _objects(list(FIELD_LABELS))
    event = np.concatenate([facts.event, gap_event])
    field = np.concatenate([facts.field, gap_field])
    rank = np.concatenate([support.rank, np.full(m, _RANK["missing"], dtype=np.int64)])
    value = np.concatenate([facts.value, blank])
    ids = _objects(list(facts.events))  # codes in order: the events' rows first, then ids only other tables have
    titles = _objects(_texts(tables.events["title"]) + [""] * (len(ids) - len(tables.events)))
    why = _objects([MISSING_WHY.get(f, "not found in the release") for f in FIELD_LABELS])
    order = _order(rank, ids[event], field, value)
    columns = {
        "event_id": ids[event], "title": titles[event], "field": names[field],
        "label": _objects(list(FIELD_LABELS.values()))[field], "value": value,
        "confidence": _objects(CONFIDENCE_ORDER)[rank],
        "reasoning": np.concatenate([support.reasoning, why[gap_field]]),
        "passage": np.concatenate([support.passage, blank]),
        "source_file": np.concatenate([support.source_file, blank]),
        "passages": np.concatenate([support.passages, np.zeros(m, dtype=np.int64)]),
    }
    return pd.DataFrame({c: v[order] for c, v in columns.items()}, columns=CONFIDENCE_COLUMNS).astype(
        {c: "str" for c in CONFIDENCE_COLUMNS if c != "passages"})


def confidence_counts(table: pd.DataFrame) -> pd.DataFrame:
    """confidence, rows, meaning: the legend of the field-confidence table, weakest first."""
    counts = table["confidence"].value_counts() if not table.empty else pd.Series(dtype=int)
    return pd.DataFrame([{"confidence": c, "rows": int(counts.get(c, 0)), "meaning": CONFIDENCE_HELP[c]}
                         for c in CONFIDENCE_ORDER], columns=["confidence", "rows", "meaning"])
