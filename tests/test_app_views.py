"""The tables behind the charts, the map and the evidence view (pure functions)."""

from __future__ import annotations

import pandas as pd

from ui import charts, maps
from ui import evidence as E
from ui.filters import FilterState, filter_tables
from ui.text import md_escape, plot_safe, shorten


def test_headline(tables):
    h = charts.headline(tables)
    assert (h.events, h.host_countries, h.participating_countries) == (6, 5, 5)
    assert (h.participants, h.events_with_participants) == (125, 3)
    assert (h.programmes, h.funders) == (3, 3)


def test_event_spans_show_month_precision_as_whole_month(tables):
    spans = charts.event_spans(tables.events).set_index("event_id")
    assert "ev-f" not in spans.index  # no year: not drawn
    b = spans.loc["ev-b"]
    assert (b["start"], b["end"], b["approximate"]) == (pd.Timestamp("2024-05-01"), pd.Timestamp("2024-06-01"), True)
    assert "month only" in b["when"]
    a = spans.loc["ev-a"]
    assert (a["start"], a["end"], a["approximate"]) == (pd.Timestamp("2023-03-04"), pd.Timestamp("2023-03-08"), False)


def test_timeline_figure_hatches_approximate_bars(tables):
    frame = charts.timeline_frame(tables.events, "theme")
    assert list(frame["event_id"]) == ["ev-e", "ev-c", "ev-a", "ev-b", "ev-d"]  # earliest first
    fig = charts.timeline_figure(frame)
    assert fig.layout.yaxis.type == "category"  # the legend-only traces must not make it numeric
    bars = [t for t in fig.data if t.type == "bar" and t.hovertext is not None]
    legend = [t.name for t in fig.data if t.showlegend is not False]
    assert len(legend) == len(set(frame["group"]))
    shapes = {y: s for t in bars for y, s in zip(t.y, t.marker.pattern.shape, strict=True)}
    assert shapes["ev-b"] == "/" and shapes["ev-a"] == ""
    # hover text is escaped and names the precision
    hover = " ".join(h for t in bars for h in t.hovertext)
    assert "month only" in hover and "<script" not in hover
    by_programme = charts.timeline_frame(tables.events, "programme")
    assert "not stated" in set(by_programme["group"])


def test_timeline_labels_keep_whole_words_and_the_time_axis_says_what_it_is(tables):
    long = "Strengthening Kyrgyzstan's Resilience Against Terrorism: Presentation of National Roadmap"
    tables.events.loc[tables.events["event_id"] == "ev-a", "title"] = long
    frame = charts.timeline_frame(tables.events)
    for title, label in zip(frame["title"], frame["label"], strict=True):
        words = set(plot_safe(title).split())
        for line in label.split("<br>"):
            assert len(line) <= charts.LABEL_WIDTH
            # no word cut in two, unless one word is longer than the line
            assert all(w.rstrip("…") in words or line == w for w in line.split()), (title, label)
    assert frame.set_index("event_id").loc["ev-a", "label"] == (
        "Strengthening Kyrgyzstan's Resilience<br>Against Terrorism: Presentation of…")
    fig = charts.timeline_figure(frame)
    assert fig.layout.xaxis.title.text == charts.TIME_AXIS and fig.layout.yaxis.automargin
    counts = charts.timeline_counts_figure(charts.timeline_rows(tables.events))
    assert counts.layout.xaxis.title.text


def test_cut_words():
    from ui.text import cut_words

    assert cut_words("Joint Plan of Action for Central Asia", 20) == "Joint Plan of…"
    assert cut_words("Short", 20) == "Short"
    assert cut_words("Supercalifragilistic expialidocious", 10) == "Supercali…"  # one word longer than a line


def test_per_year(tables):
    table = charts.per_year(tables.events)
    assert table.loc[2024].to_dict() == {"exact days": 1, "month or year only": 1}
    assert list(table.index) == list(range(2010, 2025))  # the years between have their (empty) bars
    assert table.loc[2015].to_dict() == {"exact days": 0, "month or year only": 0}
    assert table.loc[[2010, 2022, 2023]].sum(axis=1).gt(0).all()
    assert charts.per_year(tables.events.iloc[0:0]).empty
    charts.per_year_figure(table)


def test_breakdowns(tables):
    funders = charts.breakdown(tables, "funder").set_index("name")
    assert funders.loc["European Union", "events"] == 2
    assert funders.loc["European Union", "participants"] == 85
    assert funders.loc["not stated", "events"] == 3
    hosts = charts.breakdown(tables, "host").set_index("name")
    assert hosts.loc["Kazakhstan", "events"] == 1
    assert hosts.loc["online", "events"] == 1  # the online briefing has no host; not "not stated"
    parts = charts.breakdown(tables, "participant").set_index("name")
    assert parts.loc["Kazakhstan", "events"] == 4
    assert parts.loc["not stated", "events"] == 1  # the undated consultation names no participating country
    themes = charts.breakdown(tables, "theme")
    assert themes.iloc[0]["name"] == "Counter-terrorism strategy and policy (national and regional plans)"
    for by in charts.BREAKDOWNS:
        table = charts.breakdown(tables, by)
        fig = charts.breakdown_figure(table, "events")
        assert len(fig.data[0].y) == len(table)
        # axis labels are short, hover keeps the full name
        assert all(len(line) <= 30 for t in fig.layout.yaxis.ticktext for line in t.split("<br>"))


def test_no_participating_country_gets_a_head_count_the_release_does_not_give(tables):
    """A release gives one head count per event; a country's share of it is never stated, so no country has
    participants of its own. The events' count is given apart, as "in events with N participants"."""
    parts = charts.breakdown(tables, "participant").set_index("name")
    stated_per_country: dict[str, int] = {}  # what the releases state for a country: nothing
    for country, row in parts.iterrows():
        figure = row["participants"]
        assert pd.isna(figure) or figure <= stated_per_country.get(country, 0), country
    # Kazakhstan took part in ev-b (no count), ev-c (40), ev-d (60) and ev-e (no count)
    assert parts.loc["Kazakhstan", "participants_in_events"] == 100
    assert parts.loc["Kazakhstan", "events_with_participants"] == 2
    assert charts.breakdown_measure("participant", "participants") == "events"
    assert charts.breakdown_measure("funder", "participants") == "participants"
    fig = charts.breakdown_figure(charts.breakdown(tables, "participant"), "events")
    assert list(fig.data[0].x)[:1] == [4]


def test_a_missing_head_count_is_not_stated_never_zero(tables):
    funders = charts.breakdown(tables, "funder").set_index("name")
    assert funders.loc["Japan", "participants"] == 40
    hosts = charts.breakdown(tables, "host").set_index("name")
    # the Tashkent training states no count: its group has no participants, not 0
    assert pd.isna(hosts.loc["Uzbekistan", "participants"])
    fig = charts.breakdown_figure(charts.breakdown(tables, "host"), "participants")
    labels = dict(zip(fig.data[0].y, fig.data[0].text, strict=True))
    assert labels["Uzbekistan"] == "not stated (1 event)"
    assert labels["Kazakhstan"] == "25 (1 of 1)"
    download = charts.breakdown_download(charts.breakdown(tables, "host"), "host")
    assert list(download.columns[:4]) == ["host", "events", "events_stating_participants", "participants_stated"]
    from data_loader.tables.export import to_csv_bytes

    text = to_csv_bytes("breakdown_host", download).decode()
    assert "\nUzbekistan,1,0,\n" in text  # an empty cell, not 0
    assert "\nonline,1,1,40\n" in text


def test_participating_countries_of_the_seeds_get_no_head_count():
    from conftest import ROOT

    from data_loader import load_corpus

    t = load_corpus(ROOT / "raw", use_cache=False)
    parts = charts.breakdown(t, "participant")
    assert parts["participants"].isna().all()
    total = int(pd.to_numeric(t.events["participants"]).sum())
    assert (parts["participants_in_events"].fillna(0) <= total).all()
    # the United States co-hosted in Almaty: a funder by the codebook's rule, counted apart, shown on hover
    funders = charts.breakdown(t, "funder").set_index("name")
    assert funders.loc["United States", "events_inferred"] == 1 and funders.loc["Qatar", "events_inferred"] == 0
    fig = charts.breakdown_figure(charts.breakdown(t, "funder"), "events")
    hover = dict(zip(fig.data[0].y, fig.data[0].hovertext, strict=True))
    assert "inferred, not written as paying" in hover["United States"] and "inferred" not in hover["Qatar"]


def test_breakdowns_of_an_empty_view(tables):
    view = filter_tables(tables, FilterState(countries=("XXX",)))
    for by in charts.BREAKDOWNS:
        assert charts.breakdown(view, by).empty
    assert charts.timeline_frame(view.events).empty


def test_venues_and_events_not_on_the_map(tables):
    places = maps.venues(tables.events)
    assert set(places["city"]) == {"Almaty", "Tashkent", "Bishkek", "Bratislava"}
    assert places["events"].sum() == 4
    assert "Almaty CBRN workshop" in places.set_index("city").loc["Almaty", "tooltip"]
    elsewhere = maps.not_on_map(tables.events).set_index("event_id")
    assert elsewhere.loc["ev-c", "where"] == "online"
    assert elsewhere.loc["ev-f", "where"] == "Tajikistan (country only)"
    assert list(maps.outside_region(places)["city"]) == ["Bratislava"]


def test_a_town_without_coordinates_is_listed_by_its_name_not_as_country_only():
    """'the four dialogue meetings held in Tursunzoda, Shaartuz, ...': Shaartuz is in no gazetteer, so its event has
    a city but no point; the list says so rather than "Tajikistan (country only)"."""
    import pandas as pd

    events = pd.DataFrame({
        "event_id": ["a", "b", "c"], "title": ["x", "y", "z"], "start_date": [None] * 3, "year": [2019] * 3,
        "city": ["Shaartuz", None, None], "country": ["Tajikistan", "Tajikistan", None],
        "lat": [None] * 3, "lon": [None] * 3, "format": ["in-person"] * 3,
        "location_precision": ["city", "country", "region"]})
    where = maps.not_on_map(events).set_index("event_id")["where"]
    assert where.to_dict() == {"a": "Shaartuz, Tajikistan (no coordinates)", "b": "Tajikistan (country only)",
                               "c": "place not stated"}


def test_fit_view_takes_in_far_venues(tables):
    places = maps.venues(tables.events)
    view = maps.fit_view(places)
    assert view["zoom"] < maps.DEFAULT_VIEW["zoom"]
    assert 17 < view["longitude"] < 88
    deck = maps.deck(places, fit_all=True)
    assert deck.initial_view_state.zoom == view["zoom"]


def test_the_default_view_shows_all_five_countries():
    polygons, _ = maps.country_shapes()
    points = [pt for p in polygons if p["iso3"] in maps.CENTRAL_ASIA for pt in p["polygon"]]
    assert min(lon for lon, _ in points) < 47 and max(lon for lon, _ in points) > 87  # the whole of Kazakhstan
    outside = [pt for pt in points if not maps.in_view(maps.DEFAULT_VIEW, *pt)]
    assert not outside, outside[:5]
    # and the Caspian coast west of Kazakhstan's tip
    assert maps.in_view(maps.DEFAULT_VIEW, 47.5, 45.0)


def _dense_places() -> pd.DataFrame:
    cities = [("Almaty", 43.25, 76.91, 6), ("Bishkek", 42.87, 74.59, 4), ("Tashkent", 41.31, 69.28, 5),
              ("Dushanbe", 38.54, 68.78, 3), ("Astana", 51.17, 71.45, 2), ("Osh", 40.53, 72.80, 1),
              ("Khujand", 40.28, 69.62, 1), ("Shymkent", 42.32, 69.59, 2), ("Taraz", 42.90, 71.37, 1),
              ("Ashgabat", 37.95, 58.38, 1), ("Samarkand", 39.65, 66.96, 1)]
    events = pd.DataFrame([{"event_id": f"ev-{i}", "title": c, "city": c, "country": "X", "lat": lat, "lon": lon,
                            "format": "in-person", "location_precision": "city"}
                           for i, (c, lat, lon, n) in enumerate(cities) for _ in range(n)])
    return maps.venues(events)


def test_city_labels_keep_apart_from_each_other_circles_and_country_names():
    places = _dense_places()
    view = maps.DEFAULT_VIEW
    names = maps.label_boxes(maps.country_labels(), view)
    placed = maps.place_labels(places, view, names)
    shown = placed[placed["shown"]]
    assert {"Almaty", "Bishkek", "Tashkent", "Dushanbe", "Astana"} <= set(shown["city"])  # the biggest get names
    boxes = []
    for r in shown.itertuples():
        x, y = maps.to_pixels(view, r.lon, r.lat)
        boxes.append(maps._box(x + r.offset[0], y + r.offset[1], maps.CHAR_PX * len(r.label), maps.LINE_PX))
    for i, a in enumerate(boxes):
        assert not any(maps._overlaps(a, b) for b in boxes[i + 1:])
        assert not any(maps._overlaps(a, b) for b in names)
        for r in places.itertuples():
            x, y = maps.to_pixels(view, r.lon, r.lat)
            assert not maps._overlaps(a, maps._box(x, y, 2 * r.radius, 2 * r.radius)), r.city
    # what the map draws: only the placed labels, each at its offset
    layer = maps.deck(places).layers[-1]
    assert len(layer.data) == len(shown) and all("offset" in row for row in layer.data)


def test_country_outlines_are_packaged():
    polygons, labels = maps.country_shapes()
    assert {p["iso3"] for p in polygons} >= set(maps.CENTRAL_ASIA)
    assert any(lab["name"] == "Kazakhstan" for lab in labels)
    assert sum(len(p["polygon"]) for p in polygons) < 80_000  # simplified


def test_evidence_marking():
    text = "UNOCT held a workshop in Almaty for 25 officials."
    a, b = text.index("Almaty"), text.index("25")
    assert E.mark_spans(text, [(a, a + 6), (b, b + 2)]) == (
        "UNOCT held a workshop in ⟦Almaty⟧ for ⟦25⟧ officials.")
    assert E.mark_spans(text, [(a, a + 6), (a + 2, a + 9)]) == text[:a] + "⟦Almaty fo⟧" + text[a + 9:]
    assert E.mark_spans(text, [(500, 510), (-5, 0)]) == text  # bad spans are ignored
    assert E.around(text, a, a + 6, width=5) == "…in ⟦Almaty⟧ for…"  # whole words


def test_field_table_joins_values_and_evidence(tables):
    table = E.field_table(tables, "ev-a").set_index("field")
    assert table.loc["city", "value"] == "Almaty"
    (city,) = table.loc["city", "passages"]
    assert "workshop in ⟦Almaty⟧, Kazakhstan" in city and "ev-a.txt" in city
    assert table.loc["summary", "passages"] == ()
    assert table.loc["summary", "confidence"] == "no evidence"
    assert table.loc["start_date", "value"] == "4 March 2023"
    assert table.loc["theme", "value"] == "CBRN and weapons of mass destruction"
    assert table.loc["published_date", "value"] == "not stated"
    assert table.loc["published_date", "confidence"] == "not stated"


def test_text_helpers():
    assert md_escape("**bold** [x](javascript:alert(1)) <b>") == (
        r"\*\*bold\*\* \[x\]\(javascript\:alert\(1\)\) \<b\>")
    assert "<" not in plot_safe("<img src=x onerror=alert(1)>")
    assert shorten("Global Counter-Terrorism Programme on Cybersecurity", 20) == "Global Counter-Terr…"
    assert shorten("Joint Plan of Action for Central Asia", 30) == "Joint Plan of Action for…"


def blank_out(tables, event_id="ev-a"):
    """Every optional field of one event missing (pd.NA / NaT / NaN), as a poor extraction leaves it."""
    ev = tables.events
    row = ev["event_id"] == event_id
    for col in ev.columns:
        if col not in ("event_id", "year", "month", "date_precision", "start_date", "end_date"):
            ev.loc[row, col] = pd.NA if ev[col].dtype != "float64" else float("nan")
    return tables


def test_missing_values_do_not_break_any_view(tables):
    blank_out(tables)
    frame = charts.timeline_frame(tables.events, "theme")
    charts.timeline_figure(frame)
    assert "untitled event" in set(frame["label"])
    for by in charts.BREAKDOWNS:
        charts.breakdown_figure(charts.breakdown(tables, by))
    maps.venues(tables.events)
    maps.not_on_map(tables.events)
    assert E.field_table(tables, "ev-a").set_index("field").loc["title", "value"] == E.NOT_STATED


def test_when_says_what_is_known_of_the_dates():
    from ui.text import when

    day = {"start_date": pd.Timestamp("2024-03-04"), "end_date": pd.Timestamp("2024-03-07"), "year": 2024, "month": 3}
    one = {"start_date": pd.Timestamp("2023-09-27"), "end_date": pd.Timestamp("2023-09-27"), "year": 2023, "month": 9}
    across = {"start_date": pd.Timestamp("2023-11-30"), "end_date": pd.Timestamp("2023-12-01"), "year": 2023,
              "month": 11}
    month = {"start_date": pd.NaT, "end_date": pd.NaT, "year": 2021, "month": 4}
    year = {"start_date": pd.NaT, "end_date": pd.NaT, "year": 2019, "month": pd.NA}
    none = {"start_date": pd.NaT, "end_date": pd.NaT, "year": pd.NA, "month": pd.NA}
    assert when(day) == "4–7 Mar 2024"
    assert when(one) == "27 Sep 2023"
    assert when(across) == "30 Nov – 1 Dec 2023"
    assert when(month) == "Apr 2021 (month only)"
    assert when(year) == "2019 (year only)"
    assert when(none) == "undated"


def test_no_named_group_is_drawn_in_the_grey_of_not_stated():
    colours = charts.colour_map([f"group {i}" for i in range(40)] + [charts.NOT_STATED])
    named = [c for g, c in colours.items() if g != charts.NOT_STATED]
    for colour in named:
        rgb = [int(v) for v in colour.removeprefix("rgb(").removesuffix(")").split(",")] if colour.startswith(
            "rgb(") else [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
        assert max(rgb) - min(rgb) > 25, colour  # a grey has nearly equal red, green and blue


def test_a_group_keeps_its_colour_whatever_the_filter_hides():
    every = ["Programme B", "Programme A", charts.NOT_STATED, "Programme C"]
    whole = charts.colour_map(every, every)
    part = charts.colour_map(["Programme C", charts.NOT_STATED], every)
    assert part["Programme C"] == whole["Programme C"]
    assert part[charts.NOT_STATED] == charts.GREY
    assert charts.colour_map(list(reversed(every))) == charts.colour_map(every)  # not the order of appearance


def test_an_event_whose_last_day_alone_is_known_is_drawn_on_that_day_and_says_so():
    """"Graduated today from a three-week course": no first day, but the last one is known, and the views
    neither drop the event to its month nor make up a first day."""
    from ui.text import when_of

    end = pd.Timestamp("2021-05-13")
    events = pd.DataFrame({"event_id": ["ev-x"], "start_date": [pd.NaT], "end_date": [end], "year": [2021],
                           "month": [5]})
    span = charts.event_spans(events).iloc[0]
    assert (span["start"], span["end"], span["approximate"]) == (end, end + pd.Timedelta(days=1), True)
    assert "first day not stated" in span["when"] and "13" in span["when"]
    assert when_of(pd.NaT, end, 2021, 5).startswith("until 13 May 2021")
    assert charts.per_year(events).loc[2021, "exact days"] == 1
