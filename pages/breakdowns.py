"""Breakdowns: events and participants by programme, funder, organiser, theme, country, type."""

import streamlit as st

from ui import charts, layout, state

ctx = state.context()
if layout.header("Breakdowns", ctx):
    measure = st.radio("Measure", ["events", "participants"], horizontal=True, key="measure",
                       help="Participants: the sum of the numbers stated in the releases.")
    n = len(ctx.view.events)
    stated = int(ctx.view.events["participants"].notna().sum())
    st.caption(
        "An event counts in every group it belongs to (an event with two funders counts for both), "
        "so the bars can add up to more than the total."
        + (f" Participants are stated for {stated} of {n} events." if measure == "participants" else "")
    )
    items = list(charts.BREAKDOWNS.items())
    for row in range(0, len(items), 2):
        cols = st.columns(2, gap="large")
        for col, (by, heading) in zip(cols, items[row:row + 2], strict=False):
            with col:
                table = charts.breakdown_of(ctx.tables, ctx.view, by)
                st.subheader(f"By {heading.lower()}")
                if table.empty:
                    st.caption("No value in this selection.")
                    continue
                st.plotly_chart(charts.breakdown_figure(table, measure or "events"), key=f"bd_{by}")
                if len(table) > 15:
                    st.caption(f"The 15 largest of {len(table)}; the table below has them all.")
                with st.expander("Table"):
                    st.dataframe(table, hide_index=True, width="stretch",
                                 column_config={"name": heading, "events": "Events",
                                                "participants": "Participants",
                                                "events_with_participants": "Events stating participants"})
