"""A small hand-made corpus for the dashboard tests (the tables, not documents)."""

from __future__ import annotations

import pandas as pd

from data_loader import Tables
from data_loader import columns as C
from data_loader.tables.schema import coerce_and_validate

# event_id, title, type, format, start, end, precision, year, month, city, iso3, lat, lon, location, participants
_EVENTS = [
    ("ev-a", "Almaty CBRN workshop", "workshop", "in-person", "2023-03-04", "2023-03-07", "day", 2023, 3,
     "Almaty", "KAZ", 43.25, 76.91, "city", 25),
    ("ev-b", "Border security training in Tashkent", "training", "in-person", None, None, "month", 2024, 5,
     "Tashkent", "UZB", 41.31, 69.28, "city", None),
    ("ev-c", "Online briefing on financing", "briefing", "virtual", "2022-09-14", "2022-09-14", "day", 2022, 9,
     None, None, None, None, "virtual", 40),
    ("ev-d", '=HYPERLINK("http://evil.example","click")', "conference", "hybrid", "2024-12-17", "2024-12-18",
     "day", 2024, 12, "Bishkek", "KGZ", 42.87, 74.59, "city", 60),
    ("ev-e", "Expert meeting in Bratislava", "meeting", "in-person", "2010-12-15", "2010-12-15", "day", 2010, 12,
     "Bratislava", "SVK", 48.15, 17.11, "city", None),
    ("ev-f", "Undated consultation", "consultation", "in-person", None, None, "year", None, None,
     None, "TJK", None, None, "country", None),
]
_PARTICIPANTS = {"ev-a": ["KGZ", "UZB"], "ev-b": ["KAZ"], "ev-c": ["TJK", "KAZ"], "ev-d": ["KAZ"],
                 "ev-e": ["KAZ", "TKM"]}
_ORGS = [("ev-a", "UNOCT", "organizer"), ("ev-a", "Kazakhstan", "organizer"), ("ev-a", "European Union", "funder"),
         ("ev-b", "UNODC", "organizer"), ("ev-c", "UNOCT", "organizer"), ("ev-c", "Japan", "funder"),
         ("ev-d", "UNRCCA", "organizer"), ("ev-d", "United States", "funder"), ("ev-d", "European Union", "funder"),
         ("ev-e", "OSCE", "organizer")]
_PROGRAMMES = [("ev-a", "Global Programme on Countering Terrorist Use of Weapons"),
               ("ev-b", "Border Security and Management Programme"),
               ("ev-d", "Joint Plan of Action for Central Asia"), ("ev-e", "Joint Plan of Action for Central Asia")]
_THEMES = [("ev-a", "cbrn"), ("ev-b", "border_security"), ("ev-c", "financing"), ("ev-d", "strategy"),
           ("ev-d", "pve"), ("ev-e", "strategy")]
TEXT_A = "UNOCT held a CBRN workshop in Almaty, Kazakhstan on 4-7 March 2023 for 25 officials."


def _joined(pairs, eid, role=None):
    return "; ".join(v for e, v, *r in pairs if e == eid and (role is None or r[0] == role))


def make_tables() -> Tables:
    """Six events covering the cases the pages must handle (month-only dates, online, no year, a hostile
    title, a venue outside Central Asia, an unreadable file)."""
    from data_loader.lookup.gazetteer import country_name

    ev_rows = []
    for (eid, title, typ, fmt, start, end, prec, year, month, city, iso, lat, lon, loc, people) in _EVENTS:
        ev_rows.append({
            "event_id": eid, "title": title, "event_type": typ, "format": fmt, "start_date": start,
            "end_date": end, "date_precision": prec, "year": year, "month": month, "published_date": None,
            "city": city, "country_iso3": iso, "country": country_name(iso) if iso else None, "lat": lat,
            "lon": lon, "location_precision": loc, "participants": people,
            "participants_qualifier": "exact" if people else None, "duration_days": None,
            "summary": f"Summary of {title}.",
            "organizers": _joined(_ORGS, eid, "organizer"), "funders": _joined(_ORGS, eid, "funder"),
            "programmes": _joined(_PROGRAMMES, eid), "themes": _joined(_THEMES, eid),
            "participant_countries": "; ".join(_PARTICIPANTS.get(eid, [])), "sources": f"{eid}.txt",
        })
    countries = [{"event_id": e[0], "iso3": e[10], "country": country_name(e[10]), "role": "host"}
                 for e in _EVENTS if e[10]]
    countries += [{"event_id": eid, "iso3": iso, "country": country_name(iso), "role": "participant"}
                  for eid, isos in _PARTICIPANTS.items() for iso in isos]
    docs = [{"source_file": f"{e[0]}.txt", "sha256": "0" * 64, "status": "ok", "message": "",
             "encoding_repaired": False, "n_events": 1} for e in _EVENTS]
    docs.append({"source_file": "broken.pdf", "sha256": "1" * 64, "status": "unreadable",
                 "message": "Not a PDF.", "encoding_repaired": False, "n_events": 0})
    start = TEXT_A.index("Almaty")
    evidence = [{"event_id": "ev-a", "field": "city", "value": "Almaty", "source_file": "ev-a.txt",
                 "start": start, "end": start + len("Almaty"), "snippet": TEXT_A},
                {"event_id": "ev-a", "field": "participants", "value": "25", "source_file": "ev-a.txt",
                 "start": TEXT_A.index("25"), "end": TEXT_A.index("25") + 2, "snippet": TEXT_A}]
    tables = Tables(
        events=pd.DataFrame(ev_rows, columns=C.EVENTS + C.EVENTS_EXTRA),
        event_sources=pd.DataFrame([{"event_id": e[0], "source_file": f"{e[0]}.txt", "sha256": "0" * 64}
                                    for e in _EVENTS], columns=C.EVENT_SOURCES),
        event_countries=pd.DataFrame(countries, columns=C.EVENT_COUNTRIES),
        event_organizations=pd.DataFrame(_ORGS, columns=C.EVENT_ORGANIZATIONS),
        event_programmes=pd.DataFrame(_PROGRAMMES, columns=C.EVENT_PROGRAMMES),
        event_themes=pd.DataFrame(_THEMES, columns=C.EVENT_THEMES),
        documents=pd.DataFrame(docs, columns=C.DOCUMENTS + C.DOCUMENTS_EXTRA),
        evidence=pd.DataFrame(evidence, columns=C.EVIDENCE),
        unknown_names=pd.DataFrame(columns=C.UNKNOWN_NAMES),
        merges=pd.DataFrame(columns=C.MERGES),
        texts={"ev-a.txt": TEXT_A, **{f"{e[0]}.txt": f"Text of {e[1]}." for e in _EVENTS[1:]}},
    )
    for col in ("start_date", "end_date", "published_date"):
        tables.events[col] = pd.to_datetime(tables.events[col])
    return coerce_and_validate(tables, validate=False)


def filter_states(tables: Tables):
    """Any filter a user could set on these tables (plus a country that is not in them)."""
    from hypothesis import strategies as st

    from ui.filters import ROLES, FilterState, options_from

    opts = options_from(tables)
    pick = lambda values: st.lists(st.sampled_from(list(values) or ["none"]), max_size=3, unique=True).map(tuple)  # noqa: E731
    lo, hi = opts.year_min or 2000, opts.year_max or 2000
    years = st.one_of(st.none(), st.tuples(st.integers(lo - 1, hi), st.integers(lo, hi + 1)).map(sorted).map(tuple))
    themes = tables.event_themes["theme"].dropna().astype(str).unique()
    return st.builds(
        FilterState, years=years, countries=pick([*opts.countries, "XXX"]), country_role=st.sampled_from(ROLES),
        event_types=pick(tables.events["event_type"].dropna().astype(str).unique()),
        themes=pick(themes), programmes=pick(opts.programmes), funders=pick(opts.funders),
        formats=pick(tables.events["format"].dropna().astype(str).unique()),
    )
