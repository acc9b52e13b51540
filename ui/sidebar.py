"""The filter widgets, drawn once in the sidebar for every page and bound to the URL.

Each widget's key is its query parameter (see ``ui.filters.KEYS``): Streamlit keeps
the URL and the widget in step, drops invalid values from a pasted link, and keeps
the choice when the user moves between pages.
"""

from __future__ import annotations

import streamlit as st

from data_loader import Tables
from data_loader import columns as C
from data_loader.lookup.gazetteer import country_name
from ui.derived import per_tables
from ui.filters import KEYS, ROLE_LABELS, ROLES, FilterState, Options, options_from

BIND = "query-params"


def _reset(options: Options) -> None:
    """Back to no filter. The widgets are set (not deleted), so their URL parameters go too."""
    for field, key in KEYS.items():
        if key not in st.session_state:
            continue
        if field == "years":
            st.session_state[key] = (options.year_min, options.year_max)
        elif field == "country_role":
            st.session_state[key] = ROLES[0]
        else:
            st.session_state[key] = []


#: the filter choices of one loaded corpus, computed once and let go with its tables
_options = per_tables(options_from)


def render(tables: Tables) -> FilterState:
    opts = _options(tables)
    sb = st.sidebar
    sb.header("Filters")
    years = None
    if opts.year_min is not None and opts.year_max is not None and opts.year_max > opts.year_min:
        lo, hi = sb.slider(
            "Years", opts.year_min, opts.year_max, (opts.year_min, opts.year_max), step=1,
            key=KEYS["years"], bind=BIND,
            help="Events whose year is unknown are left out when the range is narrowed.",
        )
        years = None if (lo, hi) == (opts.year_min, opts.year_max) else (int(lo), int(hi))
    elif opts.year_min is not None:
        sb.caption(f"Years: every dated event is in {opts.year_min}.")
    else:
        sb.caption("Years: no event has a known date yet.")
    countries = sb.multiselect(
        "Country", opts.countries, format_func=country_name, key=KEYS["countries"], bind=BIND,
        placeholder="All countries",
    )
    role = sb.radio(
        "Country counts as", ROLES, format_func=ROLE_LABELS.__getitem__, key=KEYS["country_role"],
        bind=BIND, help="Match the host country of the event, the countries whose officials took part, "
        "or either.",
    )
    types = sb.multiselect("Event type", C.EVENT_TYPES, key=KEYS["event_types"], bind=BIND,
                           placeholder="All types")
    themes = sb.multiselect("Theme", list(C.THEMES), format_func=C.THEMES.__getitem__,
                            key=KEYS["themes"], bind=BIND, placeholder="All themes")
    programmes = sb.multiselect("Programme", opts.programmes, key=KEYS["programmes"], bind=BIND,
                                placeholder="All programmes")
    funders = sb.multiselect("Funder", opts.funders, key=KEYS["funders"], bind=BIND,
                             placeholder="All funders",
                             help="“(not stated)” keeps events whose documents name no funder.")
    formats = sb.multiselect("Format", C.FORMATS, key=KEYS["formats"], bind=BIND, placeholder="All formats")
    sb.button("Reset filters", on_click=_reset, args=(opts,), width="stretch")
    return FilterState(
        years=years, countries=tuple(countries), country_role=role or ROLES[0],
        event_types=tuple(types), themes=tuple(themes), programmes=tuple(programmes),
        funders=tuple(funders), formats=tuple(formats),
    )
