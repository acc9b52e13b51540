"""Overview: headline figures, the timeline of every event, events per year."""

import streamlit as st

from ui import charts, layout, state

ctx = state.context()
INTRO = ("UN counter-terrorism capacity-building events in Central Asia, coded from press releases. "
         "Every number can be checked against its source on the Events page.")

if layout.header("Overview", ctx, INTRO):
    h = charts.headline(ctx.view)
    cols = st.columns(6)
    cols[0].metric("Events", h.events)
    cols[1].metric("Host countries", h.host_countries)
    cols[2].metric("Participating countries", h.participating_countries)
    cols[3].metric("Participants", f"{h.participants:,}" if h.events_with_participants else "not stated",
                   help=f"Sum of the numbers stated in the releases; {h.events_with_participants} of "
                        f"{h.events} events state one (\"more than 25\" counts as 25). Events that state "
                        "no number add nothing: they are not counted as zero.")
    cols[4].metric("Programmes", h.programmes)
    cols[5].metric("Funders", h.funders, help="Organisations named as paying for or backing an event, and "
                   "donor governments that co-host an event abroad (the codebook's rule; such a funder is "
                   "marked inferred on the Events page).")
    unstated = h.events - h.events_with_participants
    if unstated:
        st.caption(f"Participants: the counts stated by {h.events_with_participants} of {h.events} events; "
                   f"{unstated} event{'s' if unstated != 1 else ''} state{'' if unstated != 1 else 's'} no count "
                   "and add nothing (not stated is not zero).")

    st.subheader("Timeline")
    colour_by = st.radio("Colour by", ["theme", "programme"], horizontal=True, key="colour",
                         help="An event with several themes or programmes takes the colour of the first "
                              "listed.")
    rows = charts.timeline_rows_of(ctx.tables, ctx.view.events)
    undated = len(ctx.view.events) - len(rows)
    if rows.empty:
        st.info("No event has a known date yet, so the timeline is empty.")
    else:
        colour_by = colour_by or "theme"
        st.plotly_chart(charts.timeline_chart(rows, colour_by, charts.colour_groups(ctx.tables, colour_by)),
                        key="timeline")
        if len(rows) > charts.TIMELINE_MAX_BARS:
            note = (f"{len(rows):,} events are too many to draw one bar each, so each bar counts the events "
                    "that start in that month (an event dated only to the year counts in its January). "
                    f"Narrow the filters to {charts.TIMELINE_MAX_BARS} events or fewer to see every event as "
                    "its own bar; the Events page lists them all.")
        else:
            note = ("Each event is a bar from its first to its last day, with a diamond in the middle so "
                    "that one-day events stay visible. Filled diamonds and solid bars: the days are known. "
                    "Open diamonds and pale hatched bars: only the month (or year) is known, and the bar "
                    "spans the whole month; or only the last day is known, and the diamond marks it. Hover for "
                    "details; drag to zoom, double-click to zoom out.")
        if undated:
            note += f" {undated} event{'s' if undated != 1 else ''} without any date "\
                    f"{'are' if undated != 1 else 'is'} not drawn."
        st.caption(note)

    st.subheader("Events per year")
    years = charts.per_year(ctx.view.events)
    if years.empty:
        st.info("No event has a known year yet.")
    else:
        st.plotly_chart(charts.per_year_figure(years), key="per_year")
