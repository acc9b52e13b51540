"""Reference data kept as CSV files in ``registry/``: organisations, programmes, places,
countries, themes and event types, each with aliases a curator can extend without code.

The content hash of the folder is part of the cache key, so an edited registry
re-extracts every document on the next load.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

REGISTRY_DIR = Path(__file__).resolve().parent.parent / "registry"


def _rows(name: str) -> list[dict[str, str]]:
    with (REGISTRY_DIR / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return [_row(row, reader.fieldnames or []) for row in reader]


def _row(row: dict, columns: list[str]) -> dict[str, str]:
    """A row's cells, stripped. A curator who types an alias holding a comma ("Programme on Detecting, Preventing
    and Countering ...") into the last column without quotes splits it into extra cells: they are joined back, so
    the alias is read as meant instead of every document failing on the row."""
    extra = row.pop(None, None)
    if extra and columns:
        row[columns[-1]] = ",".join([row.get(columns[-1]) or "", *extra])
    return {k: (v or "").strip() for k, v in row.items()}


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


#: British and American spellings of the words organisations' and programmes' names are made of: a
#: release may write either ("Organisation for Security and Cooperation in Europe"), so every alias is
#: also known in the other spellings and a curator lists one of them only
_SPELLINGS = [("isation", "ization"), ("Centre", "Center"), ("Co-operation", "Cooperation"),
              ("co-operation", "cooperation"), ("Co-ordination", "Coordination"), ("co-ordination", "coordination"),
              ("Programme", "Program"), ("programme", "program"), ("Counter-Terrorism", "Counter Terrorism"),
              ("Defence", "Defense")]
#: at most this many spellings of one alias (a name with every word spelt both ways is rare and long)
_MAX_SPELLINGS = 16


def spelling_variants(name: str) -> list[str]:
    """``name`` and the same name with British and American spellings swapped, word by word."""
    out = [name]
    for a, b in _SPELLINGS:
        for old, new in ((a, b), (b, a)):
            if old in name and not (old == "Program" and "Programme" in name):
                out += [v.replace(old, new) for v in out if old in v]
    if _CAPITAL_AFTER_HYPHEN.search(name):
        # "Anti-Terrorism Assistance" is also written "Anti-terrorism Assistance" (a short name matches as written)
        out += [_CAPITAL_AFTER_HYPHEN.sub(lambda m: m.group(0).lower(), v) for v in out]
    return list(dict.fromkeys(out))[:_MAX_SPELLINGS]


#: a capital letter after a hyphen inside a word ("Counter-Terrorism"), not an acronym's ("UN-Habitat")
_CAPITAL_AFTER_HYPHEN = re.compile(r"(?<=[a-z]-)[A-Z](?=[a-z])")


_CACHED: list = []
_SEEN: list[str] = []


def registry_cached(fn=None, *, maxsize: int | None = None):
    """``lru_cache`` for values built from the registry files, dropped when the files change.

    ``maxsize`` bounds caches keyed by text seen in documents (so memory does not grow with the corpus).
    """
    if fn is None:
        return lambda f: registry_cached(f, maxsize=maxsize)
    cached = lru_cache(maxsize=maxsize)(fn)
    _CACHED.append(cached)
    return cached


def registry_fingerprint() -> str:
    """Content hash of the registry files. Called on every load: when a curator has edited a file
    since the last call, every value built from the registries is rebuilt."""
    h = hashlib.sha256()
    for path in sorted(REGISTRY_DIR.glob("*.csv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    digest = h.hexdigest()[:12]
    if _SEEN and _SEEN[0] != digest:
        for cached in _CACHED:
            cached.cache_clear()
    _SEEN[:] = [digest]
    return digest


@dataclass(frozen=True)
class Organization:
    canonical: str
    kind: str
    part_of: str
    #: the city of its one seat, for a body that has one ("CARICC": Almaty), else ""
    seat: str = ""


_EDGE = r"(?<![\w-])(?:{})(?![\w-])"


@dataclass
class Matcher:
    """Longest-match alias finder. Acronyms match in capitals only; names of five words or more in any
    case; shorter names as written (the first letter may change case), so that the same words used as a
    topic ("countering terrorist travel") are not taken for a name ("Countering Terrorist Travel")."""

    table: dict[str, str]
    #: the three kinds' names in the scan shared with the other lists of names a document is read for
    #: (``name_scan``): "org " or "programme "; "" for a matcher scanning on its own
    shared: str = ""
    _ci: dict[str, str] = field(init=False)
    #: the three kinds of name (acronyms, long names casefolded, short names)
    _names: tuple[list[str], list[str], list[str]] = field(init=False)
    #: the three kinds, named with ``shared`` in front
    kinds: list = field(init=False)
    #: the three kinds found in one pass (see namescan.py), for a matcher not in the shared scan
    _scan: object = field(init=False)

    def __post_init__(self) -> None:
        from data_loader.lookup.namescan import NameKind, NameScan
        from data_loader.lookup.trie import stored

        self._ci = {k.casefold(): v for k, v in self.table.items() if not _is_acronym(k)}
        acronyms, long_names, short_names = [], [], []
        for n in self.table:
            if _is_acronym(n):
                acronyms.append(n)
            elif len(n.split()) >= 5:
                long_names.append(n.casefold())
            else:
                short_names += [n, n[:1].swapcase() + n[1:]]
        self._names = (acronyms, long_names, short_names)
        # the long names as their lower-case pattern spells them (casefolded, then lowered)
        p = self.shared
        self.kinds = [NameKind(p + "acronyms", acronyms), NameKind(p + "short", short_names),
                      NameKind(p + "long", [stored(n).lower() for n in long_names], folded=True)]
        self._scan = None if p else NameScan(self.kinds)

    # The patterns below are built when first asked for: the scan (namescan.py) finds the names, and building
    # them (tries of a thousand names, compiled) was a hundredth of a cold load that seldom needs them.
    @cached_property
    def _bodies(self) -> tuple[str, str, str]:
        """Trie alternations of the three kinds of name (acronyms, long names casefolded, short names)."""
        from data_loader.lookup.trie import trie_regex

        return tuple(trie_regex(names) for names in self._names)

    @cached_property
    def _long(self) -> re.Pattern[str]:
        """Long names in any case, for a text whose lowered copy cannot stand for it."""
        return re.compile(_EDGE.format(self._bodies[1]), re.IGNORECASE)

    def reference_patterns(self) -> list[re.Pattern[str]]:
        """What the matcher finds, stated plainly: acronyms as written, long names in any case, short
        names as written, none glued to a word. ``_spans`` must find exactly their hits (tested)."""
        acr, long, short = self._bodies
        return [re.compile(_EDGE.format(acr)), self._long, re.compile(_EDGE.format(short))]

    def lookup(self, surface: str) -> str | None:
        from data_loader.lookup.trie import stored

        key = stored(surface)
        return self.table.get(key) or self._ci.get(key.casefold())

    def finditer(self, text: str):
        """(start, end, value) of the longest names, left to right, without overlaps."""
        found = self._spans(text)
        found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        last_end = -1
        for s, e in found:
            if s < last_end:
                continue
            value = self.lookup(text[s:e])
            if value is not None:
                last_end = e
                yield s, e, value

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """Every hit of the reference patterns, found in one pass of an automaton (namescan.py)."""
        p = self.shared
        found = (name_scan() if p else self._scan).spans(text)
        long = found[p + "long"]
        if long is None:  # lowering would not match as IGNORECASE does: the pattern itself
            long = [m.span() for m in self._long.finditer(text)]
        return found[p + "acronyms"] + long + found[p + "short"]


def _is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) and len(s) <= 12


@registry_cached
def organizations() -> tuple[dict[str, Organization], Matcher]:
    orgs: dict[str, Organization] = {}
    table: dict[str, str] = {}
    for row in _rows("organizations.csv"):
        org = Organization(row["canonical"], row["kind"], row.get("part_of", ""), row.get("seat", ""))
        orgs[org.canonical] = org
        for alias in [org.canonical, *_aliases(row.get("aliases", ""))]:
            for spelling in spelling_variants(alias.replace("’", "'")):
                table.setdefault(spelling, org.canonical)
    return orgs, Matcher(table, shared="org ")


def org_seat(canonical: str) -> str:
    """The city an organisation with one seat sits in, or ""."""
    org = organizations()[0].get(canonical)
    return org.seat if org is not None else ""


def resolve_org(canonical: str) -> str:
    """A centre or office that belongs to another is coded as its parent (UNCCT -> UNOCT)."""
    orgs, _ = organizations()
    seen = set()
    while canonical in orgs and orgs[canonical].part_of and canonical not in seen:
        seen.add(canonical)
        canonical = orgs[canonical].part_of
    return canonical


@registry_cached
def programmes() -> tuple[dict[str, str], Matcher]:
    """canonical -> owning organisation ('' when none), and the alias matcher."""
    owners: dict[str, str] = {}
    table: dict[str, str] = {}
    for row in _rows("programmes.csv"):
        owners[row["canonical"]] = row.get("owner", "")
        for alias in [row["canonical"], *_aliases(row.get("aliases", ""))]:
            for spelling in spelling_variants(alias.replace("’", "'")):
                table.setdefault(spelling, row["canonical"])
    return owners, Matcher(table, shared="programme ")


#: words a programme's name shares with any other, left out when two wordings are compared
_NAME_FILLER = frozenset({"the", "of", "in", "for", "and", "to", "on", "a", "an", "from", "with", "by", "at", "its",
                          "their", "primarily", "especially", "notably"})


def name_words(name: str) -> frozenset[str]:
    """The words of a programme's name as compared across wordings: in lower case, a hyphen inside a word dropped
    ("Co-operation" is "cooperation"), a dash between words a space ("EU–UN" is "eu un"), filler left out."""
    low = re.sub(r"(?<=[a-z])-(?=[a-z])", "", name.replace("’", "'")).lower()  # (not "EU-UN": "eu un")
    return frozenset(w for w in re.split(r"[^\w']+", low) if w and w not in _NAME_FILLER)


@registry_cached
def programme_wordings() -> list[tuple[frozenset[str], str]]:
    """(the words of each canonical name and alias of five words or more, canonical): a written name that words a
    registry programme otherwise ("support to the States of Central Asia" for "support to the States in Central Asia")
    is found by its words (see ``extract.programmes.registry_programme``)."""
    out = []
    for row in _rows("programmes.csv"):
        for alias in [row["canonical"], *_aliases(row.get("aliases", ""))]:
            words = name_words(alias)
            if len(words) >= PROGRAMME_WORDS_COMPARED:
                out.append((words, row["canonical"]))
    return out


#: the fewest words of a registry name compared by its words: shorter names ("Early Warning Network") are matched
#: only as written
PROGRAMME_WORDS_COMPARED = 5


@registry_cached
def programme_parents() -> dict[str, str]:
    """A project -> the programme it is part of ("PRECA" is Project 87 of the EU CBRN CoE Initiative): an event held
    under the project is held under its programme too, which releases name in a background paragraph or not at
    all."""
    return {row["canonical"]: row["part_of"] for row in _rows("programmes.csv") if row.get("part_of")}


@registry_cached
def name_scan():
    """The names of organisations, programmes and countries in one scan (kinds "org ...", "programme
    ...", "country", "demonym"): every document is read for all of them, so it is scanned twice (as
    written, and lowered) instead of five times, and each list takes its kinds from the one result."""
    from data_loader.lookup.gazetteer import country_kinds
    from data_loader.lookup.namescan import NameScan

    return NameScan(organizations()[1].kinds + programmes()[1].kinds + country_kinds())


@dataclass(frozen=True)
class Place:
    city: str
    iso3: str
    geonames_name: str
    #: the registry's own coordinates, for a venue GeoNames does not hold (a training range, a training centre)
    lat: float | None = None
    lon: float | None = None


def _place(row: dict[str, str]) -> Place:
    lat, lon = row.get("lat") or "", row.get("lon") or ""
    return Place(row["city"], row["country_iso3"], row["geonames_name"] or row["city"],
                 float(lat) if lat else None, float(lon) if lon else None)


@registry_cached
def places() -> dict[str, Place]:
    return {
        row["alias"].casefold(): _place(row)
        for row in _rows("places.csv")
    }


@registry_cached
def namesakes() -> dict[str, list[Place]]:
    """Towns named like a better-known one in another country (alias -> the other towns): read as one of
    these only where the text places the town in its country."""
    out: dict[str, list[Place]] = {}
    for row in _rows("namesakes.csv"):
        out.setdefault(row["alias"].casefold(), []).append(_place(row))
    return out


@registry_cached
def country_rows() -> list[dict[str, str]]:
    return _rows("countries.csv")


def region_rows() -> list[tuple[str, list[str]]]:
    """(ISO 3166-2 code, spellings) of each province in ``regions.csv``."""
    return [(row["code"], _aliases(row.get("aliases", ""))) for row in _rows("regions.csv")]


@registry_cached
def theme_keywords() -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    for row in _rows("themes.csv"):
        out.setdefault(row["theme"], []).append((row["keyword"], float(row["weight"] or 1)))
    return out


@registry_cached
def mandates() -> dict[str, tuple[str, float]]:
    """Organisation -> (theme, weight): the one subject a body exists for (the EAG: terrorist financing)."""
    return {row["organization"]: (row["theme"], float(row["weight"] or 3)) for row in _rows("mandates.csv")}


@registry_cached
def event_type_keywords() -> dict[str, str]:
    return {row["keyword"].casefold(): row["event_type"] for row in _rows("event_types.csv")}
