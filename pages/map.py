"""Map: host cities sized by number of events; online and country-level events listed below it."""

import streamlit as st

from ui import layout, maps, state
from ui.text import md_escape

ctx = state.context()
if layout.header("Map", ctx):
    events = ctx.view.events
    places = maps.venues(events)
    elsewhere = maps.not_on_map(events)
    outside = maps.outside_region(places)
    c1, c2, _ = st.columns([1, 1, 2])
    fit_all = c1.toggle("Fit all venues", value=False, key="map_fit",
                        help="Zoom out so that venues outside Central Asia are in view too.")
    basemap = c2.toggle("Street basemap", value=False, key="map_tiles",
                        help="Map tiles from the internet behind the outlines. Offline, keep it off.")
    if not outside.empty and not fit_all:
        names = ", ".join(md_escape(c or "?") for c in outside["city"])
        many = len(outside) != 1
        st.caption(f"{len(outside)} venue{'s are' if many else ' is'} outside this view "
                   f"({names}): switch on *Fit all venues* to see {'them' if many else 'it'}.")
    if places.empty:
        st.info("No event of this selection has a city with coordinates; see the list below the map.")
    st.pydeck_chart(maps.deck(places, fit_all=fit_all, basemap=basemap), height=maps.MAP_HEIGHT_PX, key="map")
    st.caption("Circle area grows with the number of events in the city; hover a circle for its events. Where "
               "two cities are too close for both names, the smaller one's name is left to its tooltip and "
               "the table below. " + maps.ATTRIBUTION)
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader("Venues")
        if places.empty:
            st.caption("None.")
        else:
            st.dataframe(places[["city", "country", "events"]], hide_index=True, width="stretch",
                         column_config={"city": "City", "country": "Country", "events": "Events"})
    with right:
        st.subheader("Not on the map")
        st.caption("Online events, events whose documents name only the country, and towns no gazetteer holds are "
                   "listed here, not drawn at an invented point.")
        if elsewhere.empty:
            st.caption("None.")
        else:
            st.dataframe(
                elsewhere[["where", "year", "title"]], hide_index=True, width="stretch", row_height=72,
                placeholder="not stated",
                column_config={"where": st.column_config.TextColumn("Where", width=120),
                               "year": st.column_config.NumberColumn("Year", format="%d", width=70),
                               "title": st.column_config.TextColumn("Event")},
            )
