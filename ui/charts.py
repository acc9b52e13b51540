"""Figures and the tables behind them (pure pandas + Plotly, no Streamlit)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from data_loader import Tables
from data_loader import columns as C
from data_loader.gazetteer import country_name
from ui.text import plot_safe, shorten, text_or, wrap, wrap_short

NOT_STATED = "not stated"
GREY = "#9e9e9e"
BAR = "#2b7bba"
PALETTE = qualitative.Safe + qualitative.Vivid + qualitative.Pastel
FONT = dict(size=13)
#: breakdown id -> heading
BREAKDOWNS = {
    "programme": "Programme",
    "funder": "Funder",
    "organizer": "Organiser",
    "theme": "Theme",
    "host": "Host country",
    "participant": "Participating country",
    "event_type": "Event type",
}


# --- headline figures -----------------------------------------------------------------------

@dataclass(frozen=True)
class Headline:
    events: int
    host_countries: int
    participating_countries: int
    participants: int
    events_with_participants: int
    programmes: int
    funders: int


def headline(view: Tables) -> Headline:
    ev, ec, orgs = view.events, view.event_countries, view.event_organizations
    hosts = set(ev["country_iso3"].dropna()) | set(ec.loc[ec["role"] == "host", "iso3"].dropna())
    people = pd.to_numeric(ev["participants"], errors="coerce")
    return Headline(
        events=len(ev),
        host_countries=len(hosts),
        participating_countries=ec.loc[ec["role"] == "participant", "iso3"].nunique(),
        participants=int(people.sum(skipna=True)),
        events_with_participants=int(people.notna().sum()),
        programmes=view.event_programmes["programme"].nunique(),
        funders=orgs.loc[orgs["role"] == "funder", "organization"].nunique(),
    )


# --- timeline -------------------------------------------------------------------------------

def _first(joined: object) -> str:
    if joined is None or pd.isna(joined):
        return ""
    return str(joined).split("; ")[0].strip()


def _fmt_day(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts:%b %Y}"


def event_spans(events: pd.DataFrame) -> pd.DataFrame:
    """Start (inclusive), end (exclusive) and precision note of every event that can be placed in time.

    Events with known days span them; events known only to the month (or year) span the
    whole month (or year) and are marked ``approximate``. Events with no year are left out.
    """
    rows = []
    for r in events.itertuples(index=False):
        start, end = r.start_date, r.end_date
        year = None if pd.isna(r.year) else int(r.year)
        month = None if pd.isna(r.month) else int(r.month)
        if pd.notna(start):
            end = end if pd.notna(end) and end >= start else start
            span = (start, end + pd.Timedelta(days=1), False)
            when = _fmt_day(start) if end == start else f"{_fmt_day(start)} – {_fmt_day(end)}"
        elif year is not None and month is not None:
            first = pd.Timestamp(year=year, month=month, day=1)
            span = (first, first + pd.offsets.MonthBegin(1), True)
            when = f"{first:%B %Y} (month only; exact days not stated)"
        elif year is not None:
            first = pd.Timestamp(year=year, month=1, day=1)
            span = (first, pd.Timestamp(year=year + 1, month=1, day=1), True)
            when = f"{year} (year only; exact dates not stated)"
        else:
            continue
        rows.append({"event_id": r.event_id, "start": span[0], "end": span[1], "approximate": span[2],
                     "when": when})
    return pd.DataFrame(rows, columns=["event_id", "start", "end", "approximate", "when"])


def _place(r) -> str:
    if "virtual" in (text_or(r.format, ""), text_or(r.location_precision, "")):
        return "online"
    parts = [str(v) for v in (r.city, r.country) if isinstance(v, str) and v]
    return ", ".join(parts) or "place not stated"


def colour_map(groups: list[str]) -> dict[str, str]:
    named = [g for g in dict.fromkeys(groups) if g != NOT_STATED]
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(named)}
    colours[NOT_STATED] = GREY
    return colours


def timeline_frame(events: pd.DataFrame, colour_by: str = "theme") -> pd.DataFrame:
    """One row per placeable event with its bar, colour group and hover text, earliest first."""
    spans = event_spans(events)
    df = events.merge(spans, on="event_id", how="inner").sort_values(["start", "end", "title"])
    if colour_by == "theme":
        groups = df["themes"].map(_first).map(lambda t: C.THEMES.get(t, t) if t else NOT_STATED)
    else:
        groups = df["programmes"].map(_first).map(lambda p: p or NOT_STATED)
    df = df.assign(group=groups.to_numpy())
    hover = []
    for r in df.itertuples(index=False):
        lines = [
            f"<b>{wrap(plot_safe(text_or(r.title, 'untitled event')), 60)}</b>",
            f"When: {r.when}",
            f"Where: {plot_safe(_place(r))}",
            f"Type: {plot_safe(text_or(r.event_type, NOT_STATED))} · {plot_safe(text_or(r.format, ''))}",
        ]
        for label, value in (("Organisers", r.organizers), ("Funders", r.funders),
                             ("Programmes", r.programmes), ("Themes", r.themes)):
            text = value if isinstance(value, str) and value else NOT_STATED
            if label == "Themes" and text != NOT_STATED:
                text = "; ".join(C.THEMES.get(t, t) for t in text.split("; "))
            lines.append(f"{label}: {wrap(plot_safe(text), 70, '<br>   ')}")
        if pd.notna(r.participants):
            lines.append(f"Participants: {int(r.participants)}")
        hover.append("<br>".join(lines))
    df["hover"] = hover
    df["label"] = [shorten(plot_safe(text_or(t, "untitled event")), 48) for t in df["title"]]
    return df.reset_index(drop=True)


def timeline_figure(frame: pd.DataFrame, colour_by: str = "theme") -> go.Figure:
    """Every event as a bar from its first to its last day; month-only dates hatched and pale."""
    fig = go.Figure()
    colours = colour_map(list(frame["group"]))
    for group, part in frame.groupby("group", sort=False):
        approx = part["approximate"].to_numpy()
        # legend entry drawn plain, whatever the precision of the group's first event
        fig.add_bar(x=[None], y=[None], name=shorten(str(group), 55), marker_color=colours[group],
                    legendgroup=str(group), orientation="h")
        fig.add_bar(
            name=str(group), showlegend=False,
            orientation="h",
            base=part["start"].dt.strftime("%Y-%m-%d"),
            x=((part["end"] - part["start"]).dt.total_seconds() * 1000).to_numpy(),
            y=part["event_id"],
            marker=dict(
                color=colours[group],
                opacity=[0.45 if a else 1.0 for a in approx],
                pattern=dict(shape=["/" if a else "" for a in approx], solidity=0.35),
                line=dict(color=colours[group], width=1),
            ),
            hovertext=part["hover"],
            hovertemplate="%{hovertext}<extra></extra>",
            legendgroup=str(group),
        )
        # A marker at the middle of each bar keeps one-day events visible on a long time axis.
        fig.add_scatter(
            x=part["start"] + (part["end"] - part["start"]) / 2, y=part["event_id"], mode="markers",
            marker=dict(color=colours[group], size=10, line=dict(width=1.5, color=colours[group]),
                        symbol=["diamond-open" if a else "diamond" for a in approx]),
            hovertext=part["hover"], hovertemplate="%{hovertext}<extra></extra>",
            legendgroup=str(group), showlegend=False,
        )
    n = len(frame)
    show_labels = n <= 60
    fig.update_yaxes(
        type="category", categoryorder="array", categoryarray=list(frame["event_id"])[::-1],
        tickvals=list(frame["event_id"]), ticktext=list(frame["label"]), showticklabels=show_labels,
        title=None if show_labels else f"{n} events (hover a bar for its name)",
    )
    start, end = frame["start"].min(), frame["end"].max()
    pad = max(pd.Timedelta(days=20), (end - start) * 0.03) if n else pd.Timedelta(days=20)
    fig.update_xaxes(type="date", range=[start - pad, end + pad], showgrid=True, title=None)
    fig.update_layout(
        barmode="overlay", bargap=0.35, font=FONT, hoverlabel=dict(align="left"),
        height=min(1400, 140 + 26 * max(n, 3)), margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(title=dict(text="Theme" if colour_by == "theme" else "Programme"),
                    orientation="h", yanchor="bottom", y=1.02, x=0),
    )
    return fig


def per_year(events: pd.DataFrame) -> pd.DataFrame:
    """Events per year, split by whether the exact dates are known."""
    ev = events.dropna(subset=["year"])
    exact = ev["start_date"].notna()
    out = pd.DataFrame({"year": ev["year"].astype(int), "dates": exact.map({True: "exact days",
                                                                               False: "month or year only"})})
    table = out.groupby(["year", "dates"]).size().unstack(fill_value=0)
    for col in ("exact days", "month or year only"):
        if col not in table:
            table[col] = 0
    return table[["exact days", "month or year only"]].sort_index()


def per_year_figure(table: pd.DataFrame) -> go.Figure:
    fig = go.Figure()
    years = [str(y) for y in table.index]
    fig.add_bar(name="exact days known", x=years, y=table["exact days"], marker_color=BAR)
    fig.add_bar(name="month or year only", x=years, y=table["month or year only"], marker_color=BAR,
                marker=dict(opacity=0.45, pattern=dict(shape="/", solidity=0.35)))
    totals = table.sum(axis=1)
    fig.add_scatter(x=years, y=totals, mode="text", text=[str(t) for t in totals], textposition="top center",
                    showlegend=False, hoverinfo="skip")
    fig.update_layout(barmode="stack", font=FONT, height=320, margin=dict(l=10, r=10, t=30, b=10),
                      yaxis=dict(title="events", rangemode="tozero"), xaxis=dict(type="category", title=None),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))
    fig.update_yaxes(range=[0, max(1, totals.max() if len(totals) else 1) * 1.2])
    return fig


# --- breakdowns -----------------------------------------------------------------------------

def _pairs(view: Tables, by: str) -> pd.DataFrame:
    """(event_id, name) pairs for one breakdown; events with no value get ``not stated`` where it helps."""
    ev, ec, orgs = view.events, view.event_countries, view.event_organizations
    if by == "programme":
        pairs = view.event_programmes.rename(columns={"programme": "name"})
    elif by in ("funder", "organizer"):
        pairs = orgs.loc[orgs["role"] == by, ["event_id", "organization"]]
        pairs = pairs.rename(columns={"organization": "name"})
    elif by == "theme":
        pairs = view.event_themes.assign(name=view.event_themes["theme"].map(lambda t: C.THEMES.get(t, t)))
    elif by == "host":
        hosts = ec.loc[ec["role"] == "host", ["event_id", "iso3"]]
        direct = ev.loc[ev["country_iso3"].notna(), ["event_id", "country_iso3"]].rename(
            columns={"country_iso3": "iso3"})
        pairs = pd.concat([direct, hosts]).drop_duplicates()
        pairs = pairs.assign(name=pairs["iso3"].map(country_name))
    elif by == "participant":
        parts = ec.loc[ec["role"] == "participant", ["event_id", "iso3"]]
        pairs = parts.assign(name=parts["iso3"].map(country_name))
    elif by == "event_type":
        pairs = ev[["event_id", "event_type"]].rename(columns={"event_type": "name"})
    else:
        raise ValueError(f"unknown breakdown: {by}")
    pairs = pairs[["event_id", "name"]].dropna()
    pairs = pairs[pairs["name"].astype(str).str.strip() != ""]
    missing = sorted(set(ev["event_id"]) - set(pairs["event_id"]))
    if missing and by in ("funder", "organizer", "programme", "host", "theme", "event_type"):
        label = "none (online or not stated)" if by == "host" else NOT_STATED
        pairs = pd.concat([pairs, pd.DataFrame({"event_id": missing, "name": label})])
    return pairs.astype({"event_id": str, "name": str}).drop_duplicates()


def breakdown(view: Tables, by: str) -> pd.DataFrame:
    """Events and stated participants per value, most events first.

    An event counts once in every value it has (an event with two funders counts for both),
    so the rows can add up to more than the total.
    """
    pairs = _pairs(view, by)
    people = view.events[["event_id", "participants"]].astype({"event_id": str})
    df = pairs.merge(people, on="event_id", how="left")
    out = df.groupby("name").agg(
        events=("event_id", "nunique"),
        participants=("participants", lambda s: int(pd.to_numeric(s, errors="coerce").sum(skipna=True))),
        events_with_participants=("participants", lambda s: int(s.notna().sum())),
    )
    out = out.reset_index().sort_values(["events", "participants", "name"], ascending=[False, False, True])
    return out.reset_index(drop=True)


def breakdown_figure(table: pd.DataFrame, measure: str = "events", top: int = 15,
                     label_width: int = 30) -> go.Figure:
    """Horizontal bars, biggest on top; long names shortened on the axis and given in full on hover."""
    data = table.sort_values([measure, "name"], ascending=[False, True]).head(top)
    names = list(data["name"])
    short = [wrap_short(plot_safe(n), label_width) for n in names]
    colours = [GREY if n.startswith(("not stated", "none (")) else BAR for n in names]
    hover = [f"{wrap(plot_safe(n), 60)}<br>{int(e)} events · {int(p)} participants stated"
             for n, e, p in zip(names, data["events"], data["participants"], strict=True)]
    fig = go.Figure(go.Bar(
        x=data[measure], y=names, orientation="h", marker_color=colours, text=data[measure],
        textposition="outside", cliponaxis=False, hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
    ))
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], tickvals=names, ticktext=short,
                     automargin=True)
    top_value = max(1, data[measure].max() if len(data) else 1)
    fig.update_xaxes(title=measure, range=[0, top_value * 1.18], rangemode="tozero",
                     dtick=max(1, round(top_value / 5)) if top_value <= 50 else None)  # whole numbers
    two_line = sum("<br>" in s for s in short)
    fig.update_layout(font=FONT, height=90 + 30 * max(len(data), 2) + 12 * two_line,
                      margin=dict(l=10, r=30, t=10, b=10),
                      showlegend=False)
    return fig
