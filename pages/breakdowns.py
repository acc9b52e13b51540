"""Breakdowns: events and participants by programme, funder, organiser, theme, country, type."""

from functools import partial

import streamlit as st

from ui import charts, downloads, layout, state

COLUMNS = {
    "events": st.column_config.NumberColumn("Events"),
    "events_with_participants": st.column_config.NumberColumn(
        "Events stating a count", help="Events of the group whose release gives a number of participants"),
    "participants": st.column_config.NumberColumn(
        "Participants", help="Sum of the counts the group's events state; empty when none states one"),
    "events_inferred": st.column_config.NumberColumn(
        "Of them inferred",
        help="Events where this funder is not written as paying but inferred by a rule: mostly a donor "
             "government that co-hosted an event abroad (the codebook codes it as funder), or a government body "
             "coded as its country. The Events page marks each as inferred, with its rule."),
    "participants_in_events": st.column_config.NumberColumn(
        "In events with … participants",
        help="The head count of the events the country took part in, all countries together: releases give "
             "one count per event, never a country's share"),
}

ctx = state.context()
if layout.header("Breakdowns", ctx):
    measure = st.radio("Measure", ["events", "participants"], horizontal=True, key="measure",
                       help="Participants: the sum of the numbers stated in the releases.") or "events"
    n = len(ctx.view.events)
    stated = int(ctx.view.events["participants"].notna().sum())
    st.caption(
        "An event counts in every group it belongs to (an event with two funders counts for both), "
        "so the bars can add up to more than the total. Events with no value for a breakdown are its "
        "*not stated* row (*online* for the host of an online event)."
        + (f" Participants are stated for {stated} of {n} events; the {n - stated} others add nothing to any "
           "bar (a missing count is not a zero); *(k of n)* beside a bar: k of the group's n events state a "
           "count, and a group none of whose events states one reads "
           "*not stated*. Participating countries are counted in events: a release gives one head count for "
           "the whole event, not one per country." if measure == "participants" else "")
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
                drawn = charts.breakdown_measure(by, measure)
                if drawn != measure:
                    st.caption("**Events per country**, not participants: releases state one head count per "
                               "event, never a country's share. The table gives each country's events and "
                               "the head count of those events, all countries together.")
                st.plotly_chart(charts.breakdown_figure(table, drawn), key=f"bd_{by}")
                ruled = int(table["events_inferred"].sum()) if "events_inferred" in table.columns else 0
                if ruled:
                    st.caption(f"{ruled} of these funder entries are inferred, not written as paying: mostly donor "
                               "governments that co-hosted an event abroad (the codebook codes them as funders), "
                               "or a government body coded as its country. The Events page marks each as "
                               "*inferred*, with its rule.")
                if len(table) > 15:
                    st.caption(f"The 15 largest of {len(table)}; the table below has them all.")
                with st.expander("Table"):
                    st.dataframe(table, hide_index=True, width="stretch", placeholder="not stated",
                                 column_config={"name": heading, **COLUMNS,
                                                # a country's share of a head count is never stated
                                                **({"participants": None} if by in charts.NOT_SPLIT_BY else {})})
                    st.download_button(
                        "Download this table (CSV)",
                        partial(downloads.frame_bytes, f"breakdown_{by}", charts.breakdown_download(table, by)),
                        file_name=downloads.frame_name(ctx.state, f"by-{by}"), mime="text/csv",
                        on_click="ignore", key=f"dl_bd_{by}", icon=":material/download:")
