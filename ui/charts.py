"""Figures and the tables behind them (pure pandas + Plotly, no Streamlit)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from data_loader import Tables
from data_loader import columns as C
from data_loader.lookup.gazetteer import country_name
from ui.derived import per_tables
from ui.event_labels import participants_text
from ui.filters import rows_of_events
from ui.text import plot_safe, shorten, text_or, wrap, wrap_short

NOT_STATED = "not stated"
ONLINE = "online"
GREY = "#9e9e9e"
BAR = "#2b7bba"
#: named groups' colours; the palettes' own greys are left out, grey means "not stated"
_GREYS = {"rgb(136, 136, 136)", "rgb(165, 170, 153)", "rgb(179, 179, 179)"}
PALETTE = [c for c in qualitative.Safe + qualitative.Vivid + qualitative.Pastel if c not in _GREYS]
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
    whole month (or year) and are marked ``approximate``, as is an event whose last day alone is known
    (it spans that day). Events with no year are left out.
    """
    rows = []
    for r in events.itertuples(index=False):
        start, end = r.start_date, r.end_date
        year = None if pd.isna(r.year) else int(r.year)
        month = None if pd.isna(r.month) else int(r.month)
        if pd.isna(start) and pd.notna(end):
            # "graduated today from a three-week course": only the last day is known
            span = (end, end + pd.Timedelta(days=1), True)
            when = f"until {_fmt_day(end)} (first day not stated)"
        elif pd.notna(start):
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
    out = pd.DataFrame(rows, columns=["event_id", "start", "end", "approximate", "when"])
    # one unit whatever the dates: pandas infers it from the values, which differ between views
    return out.astype({"start": "datetime64[ns]", "end": "datetime64[ns]", "approximate": bool, "when": "str"})


def _place(r) -> str:
    if "virtual" in (text_or(r.format, ""), text_or(r.location_precision, "")):
        return "online"
    parts = [str(v) for v in (r.city, r.country) if isinstance(v, str) and v]
    return ", ".join(parts) or "place not stated"


_THEME_RANK = {label: i for i, label in enumerate(C.THEMES.values())}


def _colour_rank(group: str) -> tuple:
    """Themes in the codebook's order, then other names alphabetically."""
    return (0, _THEME_RANK[group], "") if group in _THEME_RANK else (1, 0, group.casefold())


def colour_map(groups: list[str], universe: list[str] | None = None) -> dict[str, str]:
    """A colour per group that does not depend on the order the groups come in, and, given every group
    of the corpus as ``universe``, does not change when a filter hides some of them."""
    named = sorted({g for g in [*groups, *(universe or [])] if g != NOT_STATED}, key=_colour_rank)
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(named)}
    colours[NOT_STATED] = GREY
    return colours


def colour_groups(tables: Tables, colour_by: str) -> list[str]:
    """Every colour group of the loaded corpus, so that a group keeps its colour under any filter."""
    rows = _all_timeline_rows(tables)
    return sorted(set(rows[_group_column(colour_by)]))


def _group_column(colour_by: str) -> str:
    """The column of ``timeline_rows`` that holds each event's colour group."""
    return "group_theme" if colour_by == "theme" else "group_programme"


def _groups(events: pd.DataFrame, colour_by: str) -> pd.Series:
    """The colour group of each event: its first theme's label, or its first programme."""
    if colour_by == "theme":
        return events["themes"].map(_first).map(lambda t: C.THEMES.get(t, t) if t else NOT_STATED)
    return events["programmes"].map(_first).map(lambda p: p or NOT_STATED)


def timeline_rows(events: pd.DataFrame) -> pd.DataFrame:
    """One row per placeable event with its span and both colour groups, earliest first.

    A stable sort: restricting these rows to some events gives the rows those events alone would
    give, in the same order (``timeline_rows_of`` relies on it).
    """
    spans = event_spans(events)
    df = events.merge(spans, on="event_id", how="inner")
    df = df.sort_values(["start", "end", "title"], kind="stable").reset_index(drop=True)
    return df.assign(group_theme=_groups(df, "theme").to_numpy(),
                     group_programme=_groups(df, "programme").to_numpy()).astype(
        {"group_theme": "str", "group_programme": "str"})


_all_timeline_rows = per_tables(lambda tables: timeline_rows(tables.events))


def timeline_rows_of(tables: Tables, events: pd.DataFrame) -> pd.DataFrame:
    """``timeline_rows(events)`` for rows of ``tables.events``, cut from rows worked out once per load."""
    return rows_of_events(_all_timeline_rows(tables), events)


def _hover(r) -> str:
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
    lines.append(f"Participants: {participants_text(r.participants, r.participants_qualifier)}")
    return "<br>".join(lines)


def with_hover(rows: pd.DataFrame, colour_by: str = "theme") -> pd.DataFrame:
    """``rows`` (from ``timeline_rows``) with the chosen colour ``group``, hover text and bar label."""
    df = rows.assign(group=rows[_group_column(colour_by)].to_numpy())
    df["hover"] = [_hover(r) for r in df.itertuples(index=False)]
    # two lines cut between words (a title cut mid-word reads as another title); the hover has it whole
    df["label"] = [wrap_short(plot_safe(text_or(t, "untitled event")), LABEL_WIDTH) for t in df["title"]]
    return df


def timeline_frame(events: pd.DataFrame, colour_by: str = "theme") -> pd.DataFrame:
    """One row per placeable event with its bar, colour group and hover text, earliest first."""
    return with_hover(timeline_rows(events), colour_by)


#: characters per line of a timeline row's label (two lines at most)
LABEL_WIDTH = 38
#: what the time axis shows
TIME_AXIS = "date (each bar runs from the event's first to its last day)"

#: above this many events the timeline counts events per month instead of drawing one bar each:
#: a bar then gets less than two pixels of the chart's height, and nobody can read or hover it.
TIMELINE_MAX_BARS = 300


def timeline_chart(rows: pd.DataFrame, colour_by: str = "theme", universe: list[str] | None = None) -> go.Figure:
    """One bar per event when they can be read, otherwise events per month (see ``TIMELINE_MAX_BARS``)."""
    if len(rows) > TIMELINE_MAX_BARS:
        return timeline_counts_figure(rows, colour_by, universe)
    return timeline_figure(with_hover(rows, colour_by), colour_by, universe)


def timeline_counts_figure(rows: pd.DataFrame, colour_by: str = "theme",
                           universe: list[str] | None = None) -> go.Figure:
    """Events per month, stacked by colour group; an event counts in the month it starts."""
    group = rows[_group_column(colour_by)].astype(str)
    month = rows["start"].dt.to_period("M").dt.to_timestamp()
    counts = pd.DataFrame({"month": month, "group": group}).groupby(["group", "month"], sort=False).size()
    colours = colour_map(list(group), universe)
    fig = go.Figure()
    for name in dict.fromkeys(group):
        part = counts.loc[name]
        fig.add_bar(x=part.index, y=part.to_numpy(), name=shorten(name, 55), marker_color=colours[name],
                    hovertext=[plot_safe(name)] * len(part),
                    hovertemplate="%{y} events starting in %{x|%B %Y}<br>%{hovertext}<extra></extra>")
    start, end = rows["start"].min(), rows["end"].max()
    pad = max(pd.Timedelta(days=20), (end - start) * 0.03)
    fig.update_xaxes(type="date", range=[start - pad, end + pad], showgrid=True,
                     title="month the events start in")
    fig.update_layout(
        barmode="stack", bargap=0.1, font=FONT, height=420, margin=dict(l=10, r=10, t=30, b=10),
        yaxis=dict(title="events starting in the month", rangemode="tozero"),
        legend=dict(title=dict(text="Theme" if colour_by == "theme" else "Programme"),
                    orientation="h", yanchor="bottom", y=1.02, x=0),
    )
    return fig


def timeline_figure(frame: pd.DataFrame, colour_by: str = "theme", universe: list[str] | None = None) -> go.Figure:
    """Every event as a bar from its first to its last day; month-only dates hatched and pale."""
    fig = go.Figure()
    colours = colour_map(list(frame["group"]), universe)
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
        automargin=True, tickfont=dict(size=12),
    )
    start, end = frame["start"].min(), frame["end"].max()
    pad = max(pd.Timedelta(days=20), (end - start) * 0.03) if n else pd.Timedelta(days=20)
    fig.update_xaxes(type="date", range=[start - pad, end + pad], showgrid=True, title=TIME_AXIS, automargin=True)
    fig.update_layout(
        barmode="overlay", bargap=0.35, font=FONT, hoverlabel=dict(align="left"),
        # two-line labels need 40 px a row; without labels (over 60 events) bars only need to be hoverable
        height=190 + 40 * max(n, 3) if show_labels else min(1400, 190 + 22 * n), margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(title=dict(text="Theme" if colour_by == "theme" else "Programme"),
                    orientation="h", yanchor="bottom", y=1.02, x=0),
    )
    return fig


def per_year(events: pd.DataFrame) -> pd.DataFrame:
    """Events per year, split by whether the exact dates are known. Every year from the first to the last
    has its row, zero when nothing happened: bars of 2019 and 2021 side by side would read as consecutive
    years."""
    ev = events.dropna(subset=["year"])
    exact = ev["start_date"].notna() | ev["end_date"].notna()
    out = pd.DataFrame({"year": ev["year"].astype(int), "dates": exact.map({True: "exact days",
                                                                               False: "month or year only"})})
    table = out.groupby(["year", "dates"]).size().unstack(fill_value=0)
    for col in ("exact days", "month or year only"):
        if col not in table:
            table[col] = 0
    table = table[["exact days", "month or year only"]].sort_index()
    if len(table):
        table = table.reindex(range(int(table.index.min()), int(table.index.max()) + 1), fill_value=0)
        table.index.name = "year"
    return table


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

def _names(codes: pd.Series, name) -> pd.Series:
    """``codes`` mapped through ``name``, asking it once per distinct code (thousands of rows, few codes)."""
    return codes.map({c: name(c) for c in codes.dropna().unique()})


def _pairs(view: Tables, by: str) -> pd.DataFrame:
    """(event_id, name) pairs for one breakdown; events with no value get ``not stated`` where it helps."""
    ev, ec, orgs = view.events, view.event_countries, view.event_organizations
    if by == "programme":
        pairs = view.event_programmes.rename(columns={"programme": "name"})
    elif by in ("funder", "organizer"):
        pairs = orgs.loc[orgs["role"] == by, ["event_id", "organization"]]
        pairs = pairs.rename(columns={"organization": "name"})
    elif by == "theme":
        pairs = view.event_themes.assign(name=_names(view.event_themes["theme"], lambda t: C.THEMES.get(t, t)))
    elif by == "host":
        hosts = ec.loc[ec["role"] == "host", ["event_id", "iso3"]]
        direct = ev.loc[ev["country_iso3"].notna(), ["event_id", "country_iso3"]].rename(
            columns={"country_iso3": "iso3"})
        pairs = pd.concat([direct, hosts]).drop_duplicates()
        pairs = pairs.assign(name=_names(pairs["iso3"], country_name))
    elif by == "participant":
        parts = ec.loc[ec["role"] == "participant", ["event_id", "iso3"]]
        pairs = parts.assign(name=_names(parts["iso3"], country_name))
    elif by == "event_type":
        pairs = ev[["event_id", "event_type"]].rename(columns={"event_type": "name"})
    else:
        raise ValueError(f"unknown breakdown: {by}")
    pairs = pairs[["event_id", "name"]].dropna()
    pairs = pairs[pairs["name"].astype(str).str.strip() != ""]
    # every breakdown has a row for the events that give no value: "not stated" is a group, never left out
    ids = ev["event_id"].dropna().astype(str)
    valued = pd.Index(pairs["event_id"].astype(str).unique())
    lacking = ev.loc[ids.index[valued.get_indexer(ids) < 0]]
    if len(lacking):
        labels = [ONLINE if by == "host" and _online(f, p) else NOT_STATED
                  for f, p in zip(lacking["format"].tolist(), lacking["location_precision"].tolist(), strict=True)]
        pairs = pd.concat([pairs, pd.DataFrame({"event_id": lacking["event_id"].astype(str).to_numpy(),
                                                "name": labels})])
    return pairs.astype({"event_id": str, "name": str}).drop_duplicates()


def _online(format_: object, precision: object) -> bool:
    return "virtual" in (text_or(format_, ""), text_or(precision, ""))


#: breakdowns whose groups split an event's head count: none does by itself, but the participants of an
#: event hosted in, funded by or run under a group all attended an event of that group. Participating
#: countries are the exception: a release gives one head count for the event, not one per country, so a
#: country's share is unknown and the event's count is given only as "in events with N participants".
NOT_SPLIT_BY = {"participant"}
BREAKDOWN_COLUMNS = ["name", "events", "events_with_participants", "participants", "participants_in_events",
                     "events_inferred"]


def breakdown(view: Tables, by: str) -> pd.DataFrame:
    """Events and stated participants per value, most events first: name, events, events_with_participants
    (events that state a head count), participants (the sum of those counts; empty - not stated, never 0 -
    when none of the group's events states one, and empty for participating countries, whose share of a
    head count no release gives), participants_in_events (participating countries only: the head count of
    the events the country took part in, all countries together), events_inferred (funders only: events
    where the funder is not written as paying but inferred by a rule: mostly a donor government that co-hosts
    abroad, the codebook's rule; a government body coded as its country).

    An event counts once in every value it has (an event with two funders counts for both),
    so the rows can add up to more than the total. Events with no value form a ``not stated`` row
    (``online`` for the host of an online event).
    """
    return breakdown_of(view, view, by)


@dataclass(frozen=True)
class _Counted:
    """One breakdown's (event, name) pairs over the whole corpus, as arrays: a filtered breakdown is then
    a few ``bincount`` calls over the kept pairs instead of a merge and a group-by on every rerun."""

    names: list[str]  # name of each code
    codes: np.ndarray  # name code of each pair
    events: np.ndarray  # row in ``tables.events`` of each pair's event
    inferred: np.ndarray | None = None  # funders: whether the pair's evidence is inferred, not written


def inferred_pairs(tables: Tables, role: str = "funder") -> set[tuple[str, str]]:
    """(event_id, organisation) of a role whose evidence rows are all inferred or guessed: a donor government
    coded as funder because it co-hosts an event abroad (the codebook's rule) with no words of paying, or a
    government body ("the U.S. Department of State's Bureau") coded as its country."""
    ev = tables.evidence
    if "confidence" not in ev.columns or ev.empty:
        return set()
    mine = ev[(ev["field"] == role).fillna(False).to_numpy(dtype=bool)]
    sure: dict[tuple[str, str], bool] = {}
    for eid, value, confidence in zip(mine["event_id"].astype(str).tolist(), mine["value"].astype(str).tolist(),
                                      mine["confidence"].astype("object").tolist(), strict=True):
        key = (eid, value)
        sure[key] = sure.get(key, False) or confidence not in ("inferred", "guessed")
    return {key for key, stated in sure.items() if not stated}


@dataclass(frozen=True)
class _Corpus:
    index: pd.Index  # event ids, in the events table's order
    people: np.ndarray  # stated participants of each event (NaN: not stated)
    by: dict[str, _Counted]


@per_tables
def _corpus(tables: Tables) -> _Corpus:
    ev = tables.events
    index = pd.Index(ev["event_id"].astype(str))
    people = pd.to_numeric(ev["participants"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    by = {}
    for name in BREAKDOWNS:
        pairs = _pairs(tables, name)
        codes, names = pd.factorize(pairs["name"])
        by[name] = _Counted(list(names), codes, index.get_indexer(pairs["event_id"]))
    inferred = inferred_pairs(tables)
    funders = _pairs(tables, "funder")
    by["funder"] = _Counted(by["funder"].names, by["funder"].codes, by["funder"].events, np.array(
        [(e, n) in inferred for e, n in zip(funders["event_id"].tolist(), funders["name"].tolist(), strict=True)],
        dtype=bool))
    return _Corpus(index, people, by)


def _breakdown_of_rows(corpus: _Corpus, by: str, keep: np.ndarray) -> pd.DataFrame:
    counted = corpus.by[by]
    sel = (counted.events >= 0) & keep[np.maximum(counted.events, 0)]
    codes, rows = counted.codes[sel], counted.events[sel]
    size = len(counted.names)
    people = corpus.people[rows]
    stated = ~np.isnan(people)
    events = np.bincount(codes, minlength=size)
    with_count = np.bincount(codes, weights=stated, minlength=size).astype(int)
    total = pd.array(np.bincount(codes, weights=np.where(stated, people, 0), minlength=size).astype(int),
                     dtype="Int64")
    total[with_count == 0] = pd.NA  # no event of the group states a count: not stated, not zero
    split = by not in NOT_SPLIT_BY
    out = pd.DataFrame({
        "name": counted.names,
        "events": events,
        "events_with_participants": with_count,
        "participants": total if split else pd.array([pd.NA] * size, dtype="Int64"),
        "participants_in_events": pd.array([pd.NA] * size, dtype="Int64") if split else total,
    })
    if counted.inferred is not None:  # funders inferred by a rule, not written as paying
        out["events_inferred"] = np.bincount(codes, weights=counted.inferred[sel], minlength=size).astype(int)
    out = out[out["events"] > 0]
    if split:
        out = out.drop(columns="participants_in_events")
    counted_people = out["participants"].fillna(-1) if split else out["participants_in_events"].fillna(-1)
    out = out.assign(_p=counted_people.to_numpy()).sort_values(["events", "_p", "name"],
                                                              ascending=[False, False, True]).drop(columns="_p")
    return out.reset_index(drop=True)


def breakdown_of(tables: Tables, view: Tables, by: str) -> pd.DataFrame:
    """``breakdown(view, by)`` for a view of ``tables``, counted from pairs worked out once per load.

    An event's values and its "not stated" row do not depend on the other events, so the view's pairs
    are the corpus's pairs of the kept events (a test holds this to ``breakdown``).
    """
    corpus = _corpus(tables)
    keep = np.zeros(len(corpus.index), dtype=bool)
    rows = corpus.index.get_indexer(view.events["event_id"].astype(str))
    keep[rows[rows >= 0]] = True
    return _breakdown_of_rows(corpus, by, keep)


def _is_gap(name: str) -> bool:
    """Groups that are not a named value: drawn grey."""
    return name in (NOT_STATED, ONLINE)


def breakdown_measure(by: str, measure: str) -> str:
    """The measure a breakdown can honestly draw: participating countries are counted in events, since no
    release splits its head count by country."""
    return "events" if measure == "participants" and by in NOT_SPLIT_BY else measure


def breakdown_figure(table: pd.DataFrame, measure: str = "events", top: int = 15,
                     label_width: int = 30) -> go.Figure:
    """Horizontal bars, biggest on top; long names shortened on the axis and given in full on hover.

    By participants, a group none of whose events states a count gets no bar and the words "not stated"
    (a missing count is never drawn as 0), and each bar says how many of the group's events state one.
    """
    data = table.assign(_v=pd.to_numeric(table[measure], errors="coerce").astype(float))
    data = data.sort_values(["_v", "name"], ascending=[False, True], na_position="last").head(top)
    names = list(data["name"])
    short = [wrap_short(plot_safe(n), label_width) for n in names]
    colours = [GREY if _is_gap(n) else BAR for n in names]
    values = data["_v"].to_numpy()
    stated = np.isfinite(values)
    if measure == "participants":  # the count, and how many of the group's events state one
        text = [f"{int(v):,} ({k} of {e})" if ok else f"not stated ({e} event{'s' if e != 1 else ''})"
                for v, ok, k, e in zip(values, stated, data["events_with_participants"], data["events"], strict=True)]
    else:
        text = [f"{int(v):,}" for v in values]
    hover = []
    inferred = data["events_inferred"].tolist() if "events_inferred" in data.columns else [0] * len(data)
    for n, e, k, p, i in zip(names, data["events"], data["events_with_participants"],
                             data.get("participants", pd.Series([pd.NA] * len(data))).tolist(), inferred, strict=True):
        count = (f"{int(p):,} participants stated by {k} of them" if k and not pd.isna(p) else
                 "no head count by country (releases give one per event)" if k else "no event states a head count")
        rule = (f"<br>{i} of them inferred, not written as paying (e.g. a donor government that co-hosts: "
                "the codebook's rule)" if i else "")
        hover.append(f"{wrap(plot_safe(n), 60)}<br>{int(e)} events · {count}{rule}")
    fig = go.Figure(go.Bar(
        x=np.where(stated, values, 0), y=names, orientation="h", marker_color=colours, text=text,
        textposition="outside", cliponaxis=False, hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
    ))
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], tickvals=names, ticktext=short,
                     automargin=True)
    top_value = max(1.0, float(np.nanmax(values)) if stated.any() else 1.0)
    title = "events" if measure == "events" else "participants stated"
    fig.update_xaxes(title=title, range=[0, top_value * (1.6 if measure == "participants" else 1.18)],
                     rangemode="tozero", dtick=max(1, round(top_value / 5)) if top_value <= 50 else None)
    two_line = sum("<br>" in s for s in short)
    fig.update_layout(font=FONT, height=90 + 30 * max(len(data), 2) + 12 * two_line,
                      margin=dict(l=10, r=30, t=10, b=10),
                      showlegend=False)
    return fig


def breakdown_download(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """A breakdown as it is downloaded: the group column named after the breakdown, readable headers; a
    count no event states stays an empty cell (never 0), and the events without a value are their own
    ``not stated`` row."""
    names = {"name": by, "events": "events", "events_with_participants": "events_stating_participants",
             "participants": "participants_stated", "participants_in_events": "participants_in_these_events",
             "events_inferred": "events_funder_inferred"}
    return table.rename(columns=names)
