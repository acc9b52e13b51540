"""The review tables as they were computed row by row before they were vectorised, kept as the oracle.

``data_loader.review.curator`` now works on whole columns (the row-by-row version took four seconds at
10,000 events). The property tests in ``test_review_equivalence.py`` check that it gives exactly
these frames: this is a verbatim copy of the old ``weak_evidence``, ``missing_fields`` and
``add_links`` with the helpers that were rewritten, so that a later edit of the module cannot move the
reference along with it. What was not rewritten is imported: the rule for one row (``value_stated``,
itself unit-tested in ``test_review.py``), the cell readers and the rule's data, so the bulk check is held
to the rule, row by row.

One rule was changed on purpose since (issue 12), here and in the module alike: evidence rows the loader
marks ``inferred`` or ``guessed`` carry their reasoning and are no longer read against their quote (they
were listed as "not in quote" although they never claimed to be written there); see ``weak_evidence``.
"""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd

from data_loader.review.cells import _empty, _norm, _str
from data_loader.review.curator import (
    LINK_COLUMN,
    LIST_FACTS,
    MISSING_COLUMNS,
    SCALAR_FACTS,
    WEAK_COLUMNS,
    WEAK_PROBLEMS,
    registry_aliases,
)
from data_loader.review.evidence_rule import value_stated


def event_link(event_id: object, page: str = "events") -> str:
    """Relative URL of the Events page showing one event (``events?event=<id>``), id URL-encoded."""
    return f"{page}?event={quote(str(event_id), safe='')}"


def add_links(df: pd.DataFrame, page: str = "events", column: str = LINK_COLUMN) -> pd.DataFrame:
    """``df`` with a first column of links to each row's event (empty where there is no event)."""
    out = df.copy()
    ids = out["event_id"].astype("object").tolist() if "event_id" in out.columns else [None] * len(out)
    # each id is quoted once: the weak-evidence table repeats an event's id on dozens of rows
    link = {e: event_link(e, page) for e in set(ids) if isinstance(e, str) and e}
    out.insert(0, column, pd.Series([link.get(e) if isinstance(e, str) else None for e in ids],
                                    index=out.index, dtype="object"))
    return out




def _titles(tables) -> dict[str, object]:
    ev = tables.events
    return dict(zip(ev["event_id"].astype(str), ev["title"].astype("object"), strict=True))


def missing_fields(tables) -> pd.DataFrame:
    """Events missing a date (no start day), a place (no city or country, and not online) or an organiser.

    ``missing`` says it in words, e.g. ``"date (month only); organiser"``.
    """
    ev = tables.events
    if ev.empty:
        return _empty(MISSING_COLUMNS)
    orgs = tables.event_organizations
    organised = set(orgs.loc[orgs["role"] == "organizer", "event_id"].astype(str))
    no_date = ev["start_date"].isna().to_numpy()
    virtual = ((ev["format"].astype(str) == "virtual") |
               (ev["location_precision"].astype(str) == "virtual")).to_numpy()
    city = ev["city"].astype("object").map(_str).to_numpy()
    country = ev["country_iso3"].astype("object").map(_str).to_numpy()
    no_place = (city == "") & (country == "") & ~virtual
    no_org = ~ev["event_id"].astype(str).isin(organised).to_numpy()
    rows = []
    for i, eid in enumerate(ev["event_id"].astype(str)):
        words = []
        if no_date[i]:
            prec = _str(ev["date_precision"].iloc[i])
            words.append("date" + (" (month only)" if prec == "month" else " (year only)" if prec == "year"
                                   else ""))
        if no_place[i]:
            words.append("place")
        elif not city[i] and not virtual[i]:
            words.append("city (country only)")
        if no_org[i]:
            words.append("organiser")
        if not words:
            continue
        rows.append({
            "event_id": eid, "title": _str(ev["title"].iloc[i]), "missing": "; ".join(words),
            "no_date": bool(no_date[i]), "no_place": bool(no_place[i]), "no_organiser": bool(no_org[i]),
            "date_precision": _str(ev["date_precision"].iloc[i]),
            "location_precision": _str(ev["location_precision"].iloc[i]),
            "sources": _str(ev["sources"].iloc[i]) if "sources" in ev.columns else "",
        })
    return pd.DataFrame(rows, columns=MISSING_COLUMNS) if rows else _empty(MISSING_COLUMNS)


def _fact_rows(tables) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(event_id, fact, value, accepted evidence fields) for every filled value that needs support."""
    facts: list[tuple[str, str, str, tuple[str, ...]]] = []
    ev = tables.events
    for fact, accepted in SCALAR_FACTS.items():
        if fact not in ev.columns:
            continue
        col = ev[fact]
        for eid, v in zip(ev["event_id"].astype(str), col.astype("object"), strict=True):
            sv = _str(v)
            if sv:
                facts.append((eid, fact, sv, accepted))
    for fact, (table, column, accepted) in LIST_FACTS.items():
        df = getattr(tables, table)
        if fact == "participant_country":
            df = df[df["role"] == "participant"]
        roles = df["role"].astype("object") if fact == "organization" else [fact] * len(df)
        for eid, v, role in zip(df["event_id"].astype(str), df[column].astype("object"), roles, strict=True):
            sv = _str(v)
            if sv:
                name = str(role) if fact == "organization" else fact
                facts.append((eid, name, sv, (name, *accepted) if fact == "organization" else accepted))
    return facts


def weak_evidence(tables, aliases: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """Facts whose support is weak, one row per (event, field, value, problem); see :data:`WEAK_PROBLEMS`.

    ``aliases`` defaults to the project's registry (:func:`registry_aliases`).
    """
    aliases = registry_aliases() if aliases is None else aliases
    titles = _titles(tables)
    evid = tables.evidence
    texts = getattr(tables, "texts", {}) or {}
    rows: list[dict] = []

    # 1. values without any evidence row
    have: dict[tuple[str, str], set[str]] = {}
    for eid, field, value in zip(evid["event_id"].astype(str).tolist(), evid["field"].astype(str).tolist(),
                                 map(_str, evid["value"].astype("object").tolist()), strict=True):
        have.setdefault((eid, field), set()).add(_norm(value))
    for eid, fact, value, accepted in _fact_rows(tables):
        supported = False
        for f in accepted:
            vals = have.get((eid, f))
            if vals is None:
                continue
            names = aliases.get(_norm(value), frozenset()) | {_norm(value)}
            if fact in SCALAR_FACTS or vals & names:  # one value per scalar field
                supported = True
                break
        if not supported:
            rows.append({"event_id": eid, "title": _str(titles.get(eid, "")), "field": fact, "value": value,
                         "problem": "no evidence", "source_file": "", "snippet": ""})

    # 2. and 3. evidence rows that cannot be shown, or do not state their value (columns read as lists:
    # a row-by-row walk of the arrow-backed table cost seconds at 10,000 events)
    columns = [evid[c].astype("object").tolist() for c in ("event_id", "field", "value", "source_file",
                                                            "snippet", "start", "end")]
    # CHANGED ON PURPOSE (issue 12): a row the loader marks inferred or guessed does not claim its value is
    # written in the quote (its reasoning says how it was worked out), so it is no longer "not in quote";
    # a broken span is still listed whatever the confidence
    confidence = (evid["confidence"].astype("object").tolist() if "confidence" in evid.columns
                  else [None] * len(evid))
    for eid, field, value, src, snippet, start, end, sure in zip(*columns, confidence, strict=True):
        value, src, snippet = _str(value), _str(src), _str(snippet)
        text = texts.get(src)
        bad_span = (pd.isna(start) or pd.isna(end) or int(end) <= int(start) or int(start) < 0
                    or (text is not None and int(end) > len(text)) or not snippet)
        if bad_span:
            problem = "broken span"
        elif _str(sure) in ("inferred", "guessed") or value_stated(
                str(field), value, f"{snippet} {text[int(start):int(end)] if text else ''}", aliases):
            continue
        else:
            problem = "not in quote"
        eid = str(eid)
        rows.append({"event_id": eid, "title": _str(titles.get(eid, "")), "field": str(field), "value": value,
                     "source_file": src, "snippet": snippet, "problem": problem})

    if not rows:
        return _empty(WEAK_COLUMNS)
    # (every cell is text; an event id that is missing in every row would otherwise be inferred a float column)
    out = pd.DataFrame(rows, columns=WEAK_COLUMNS).astype({"event_id": "str"}).drop_duplicates()
    order = {p: i for i, p in enumerate(WEAK_PROBLEMS)}
    out["_rank"] = out["problem"].map(order)
    out = out.sort_values(["_rank", "event_id", "field"], kind="stable").drop(columns="_rank")
    return out.reset_index(drop=True)


# ------------------------------------------------------------------- field confidence, row by row (issue 11)
#
# data_loader.review.confidence works on coded arrays (a dictionary walk took seconds at 10,000 events); this
# is the plain version it is held to: every fact looked up in a dictionary of its evidence rows.


def field_confidence(tables, aliases: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """One row per event and field (per value for long tables), weakest first; see
    ``data_loader.review.confidence.field_confidence``."""
    from data_loader.review.confidence import (
        CONFIDENCE_COLUMNS,
        CONFIDENCE_ORDER,
        EXPECTED,
        FIELD_LABELS,
        LIST_FIELDS,
        MISSING_WHY,
        SCALAR_FIELDS,
    )

    if tables.events.empty:
        return _empty(CONFIDENCE_COLUMNS)
    aliases = registry_aliases() if aliases is None else aliases
    rank_of = {c: i for i, c in enumerate(CONFIDENCE_ORDER)}
    evid = tables.evidence
    n = len(evid)
    column = lambda c, default=None: (evid[c].astype("object").tolist() if c in evid.columns  # noqa: E731
                                      else [default] * n)
    rows: dict[tuple[str, str, str], list[int]] = {}
    ranks, reasons, snippets, sources, spans = [], [], [], [], []
    for i, (eid, field, value, src, snippet, start, end, sure, why) in enumerate(zip(
            column("event_id"), column("field"), column("value"), column("source_file"), column("snippet"),
            column("start"), column("end"), column("confidence"), column("reasoning"), strict=True)):
        field = _str(field)
        ranks.append(rank_of[_str(sure)] if _str(sure) in ("stated", "inferred", "guessed") else rank_of["stated"])
        reasons.append(_str(why))
        snippets.append(_str(snippet))
        sources.append(_str(src))
        spans.append((_str(src), -1 if pd.isna(start) else int(start), -1 if pd.isna(end) else int(end)))
        facts = [field] if field in FIELD_LABELS else [f for f, names in SCALAR_FACTS.items() if field in names]
        for fact in facts:
            key = "" if fact in SCALAR_FIELDS else _norm(_str(value))
            if fact in SCALAR_FIELDS or fact in LIST_FIELDS:
                rows.setdefault((_str(eid), fact, key), []).append(i)

    out = []
    ev = tables.events
    titles = _titles(tables)
    facts: list[tuple[str, str, str, str]] = []
    for field in SCALAR_FIELDS:
        if field in ev.columns:
            for eid, v in zip(ev["event_id"].astype(str).tolist(), ev[field].astype("object").tolist(), strict=True):
                if _str(v):
                    facts.append((eid, field, _str(v), ""))
    for field, (table, col, role) in LIST_FIELDS.items():
        df = getattr(tables, table)
        seen = set()
        for eid, v, r in zip(df["event_id"].astype("object").tolist(), df[col].astype("object").tolist(),
                             df["role"].astype("object").tolist() if "role" in df.columns else [None] * len(df),
                             strict=True):
            if (role is not None and _str(r) != role) or not _str(v) or (_str(eid), _norm(_str(v))) in seen:
                continue
            seen.add((_str(eid), _norm(_str(v))))
            facts.append((_str(eid), field, _str(v), _norm(_str(v))))
    has = set()
    for eid, field, value, key in facts:
        has.add((eid, field))
        found = rows.get((eid, field, key))
        if found is None and key:
            for alias in sorted(aliases.get(key, frozenset()) - {key}):
                if (eid, field, alias) in rows:
                    found = rows[(eid, field, alias)]
                    break
        if not found:
            out.append((eid, field, value, rank_of["no evidence"], "", "", "", 0))
            continue
        weakest = min(ranks[i] for i in found)
        weak = [i for i in found if ranks[i] == weakest]
        out.append((eid, field, value, weakest, " · ".join(dict.fromkeys(reasons[i] for i in weak if reasons[i])),
                    snippets[weak[0]], sources[weak[0]], len({spans[i] for i in found})))
    for eid, fmt, loc in zip(ev["event_id"].astype(str).tolist(), ev["format"].astype("object").tolist(),
                             ev["location_precision"].astype("object").tolist(), strict=True):
        online = "virtual" in (_str(fmt), _str(loc))
        for field in EXPECTED:
            if ((eid, field) in has or (field in ("city", "country") and online)
                    or (field in ("lat", "lon") and (eid, "city") not in has)
                    or (field == "participants_qualifier" and (eid, "participants") not in has)):
                continue
            out.append((eid, field, "", rank_of["missing"], MISSING_WHY.get(field, "not found in the release"), "",
                        "", 0))
    field_rank = {f: i for i, f in enumerate(FIELD_LABELS)}
    out.sort(key=lambda r: (r[3], r[0], field_rank[r[1]], r[2]))
    frame = pd.DataFrame([{
        "event_id": eid, "title": _str(titles.get(eid, "")), "field": field, "label": FIELD_LABELS[field],
        "value": value, "confidence": CONFIDENCE_ORDER[rank], "reasoning": why, "passage": passage,
        "source_file": src, "passages": count} for eid, field, value, rank, why, passage, src, count in out],
        columns=CONFIDENCE_COLUMNS)
    return frame.astype({c: "str" for c in CONFIDENCE_COLUMNS if c != "passages"} | {"passages": "int64"})
