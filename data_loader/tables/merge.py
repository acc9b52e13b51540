"""One event, several reports: merge records of different documents that describe the same event.

An announcement, a news agency's report and the organiser's release of one event rarely agree on every
detail: one gives only the first day, another only the month it was published in, a third names the
country but not the city, and each names the organisers it knows. Two records from *different* documents
are the same event when
  1. their dates agree: the same days; or one's days within the other's ("18 October" of "18-19 October"); or one
     is known only to the month and the other's days fall in that month; or both only to the same month; or, for an
     exercise named with its year in quotes ("Commonwealth-2022"), days within two weeks of each other;
  2. their place agrees: the same city; or one names a city and the other only that city's country; or
     neither names a city and both the same country; or both are online; and
  3. they share evidence of identity: an organiser in common; or the event's name quoted the same way
     (a conference's theme in quotes); or the same event type and a programme in common; or — when both
     give days one within the other in the same city — the same event type and organisers that do not
     contradict each other (one report names none), and, unless the days are the very same, a theme or three
     participating countries from abroad in common (the same delegations); or the
     very same span of three days or more, the same event type and such organisers, wherever the place agrees
     (and in one city, spans of three days or more one within the other need no theme); or, both known only
     to the same month, the same event type and stated length of two days or more in one city, one report
     naming no organiser.
The looser the dates or the place, the more is asked: the same event type or a programme in common as
well. A report joins an event only when it contradicts none of its reports (a report known only to the
month must not bridge two events of that month). Records of one document are never merged with each
other (a series of national consultations in five capitals stays five events).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import attrgetter

from data_loader.columns import EVENTS
from data_loader.extract.records import GUESSED, DocumentResult, EventRecord

#: a record spanning more months than this is indexed under its first months only (a merge needs shared days)
_MAX_MONTHS = 3


@dataclass
class MergedEvent:
    event_id: str
    records: list[EventRecord]
    reasons: list[str] = field(default_factory=list)

    @property
    def primary(self) -> EventRecord:
        return self.records[0]


def _days(r: EventRecord) -> tuple[date, date] | None:
    """The record's days; a record that knows only its last day ("graduated today from a three-week course")
    or only its first has that one day to match another report by."""
    if r.date_precision != "day":
        return None
    try:
        days = r.known_days()
    except ValueError:
        return None
    if days is None:
        return None
    first, last = days
    return (first, last) if last >= first else (first, first)


def record_months(r: EventRecord) -> list[tuple[int, int]]:
    """The (year, month) the record's dates fall in; none for a record known only to the year."""
    days = _days(r)
    if days is not None:
        (y, m), end = (days[0].year, days[0].month), (days[1].year, days[1].month)
        out = [(y, m)]
        while (y, m) < end and len(out) < _MAX_MONTHS:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            out.append((y, m))
        return out
    if r.date_precision == "month" and r.year and r.month:
        return [(int(r.year), int(r.month))]
    return []


def _place(r: EventRecord) -> str:
    """Where the record puts the event, for the index: its country, or online, or nowhere ("")."""
    if r.format == "virtual" and not r.city:
        return "virtual"
    return r.country_iso3 or ""


def merge_buckets(r: EventRecord) -> set[tuple]:
    """(year, month, country) keys: ``merge_events`` only compares records that share one. None for a
    record without a month (it is merged only by a name in quotes, see ``same_event``)."""
    where = _place(r)
    keys = {(y, m, where) for y, m in record_months(r)}
    if where and where != "virtual" and not r.city:
        # a report that names only a country may tell of an event another report says was online
        keys |= {(y, m, "virtual") for y, m in record_months(r)}
    return keys


def _dates_agree(a: EventRecord, b: EventRecord) -> tuple[str, bool] | None:
    """(how the dates agree, whether they agree exactly) or None."""
    da, db = _days(a), _days(b)
    if da and db:
        if da == db:
            return f"same dates ({da[0].isoformat()})", True
        inner, outer = (da, db) if da[1] - da[0] <= db[1] - db[0] else (db, da)
        if outer[0] <= inner[0] and inner[1] <= outer[1]:
            # one report gives only some of the days ("opened on 18 October" of an 18-19 October event)
            return f"days within the other report's ({inner[0].isoformat()} in {outer[0].isoformat()} to " \
                   f"{outer[1].isoformat()})", False
        if _shifted_span(da, db):
            # "opened on 29 May ... to run for ten days" and "a ten-day course ... ended today, 9 June": a course
            # counted in working days, read as calendar days from its first day in one report, from its last in
            # the other
            return f"days that overlap ({da[0].isoformat()} to {da[1].isoformat()} and {db[0].isoformat()} to " \
                   f"{db[1].isoformat()})", False
        return None
    if da or db:
        days, other = (da, b) if da else (db, a)
        month = record_months(other)
        if month and month[0] in {(d.year, d.month) for d in days}:
            return f"days in the month of the other report ({month[0][0]}-{month[0][1]:02d})", False
        return None
    ma, mb = record_months(a), record_months(b)
    if ma and ma == mb:
        return f"same month ({ma[0][0]}-{ma[0][1]:02d})", True
    return None


def _places_agree(a: EventRecord, b: EventRecord) -> tuple[str, bool] | None:
    """(how the places agree, whether they agree exactly) or None."""
    if a.format == "virtual" and b.format == "virtual" and not a.city and not b.city:
        return "both online", True
    if names_no_place(a) != names_no_place(b):
        return "one report names no place", False
    if not (a.city or b.city) and _online_nowhere(a) != _online_nowhere(b):
        # online in one report; the other names only a country (often its government's, held "at home")
        return "one report online, the other names only a country", False
    ca, cb = (a.city or "").casefold(), (b.city or "").casefold()
    if ca and cb:
        return (f"same place ({a.city})", True) if ca == cb else None
    if (a.country_iso3 or "") != (b.country_iso3 or ""):
        return None
    if ca or cb:
        return f"same country ({a.country or a.country_iso3}), one report names the city", False
    return f"same place ({a.country or a.country_iso3 or 'not named'})", True


def _online_nowhere(r: EventRecord) -> bool:
    return r.format == "virtual" and not r.country_iso3


def names_no_place(r: EventRecord) -> bool:
    """A report that names no place at all (not online, no city, no country)."""
    return not (r.city or r.country_iso3) and r.format != "virtual"


def _organizers(r: EventRecord) -> set[str]:
    return {o for o, role in r.organizations if role == "organizer"}


def _named(r: EventRecord) -> set[str]:
    """The organisations a report names in any role but as a participant (governments included)."""
    return {o for o, role in r.organizations if role != "participant"}


#: how far apart two reports' first days (and last days) of a course of days may be (a weekend and a day)
_SHIFT_DAYS = 3
#: the fewest days of a course whose two reports' spans may be so shifted
_SHIFTED_SPAN_DAYS = 5


def _shifted_span(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two spans of days of a longer course are one span shifted by a few days (both ends)."""
    return min((a[1] - a[0]).days, (b[1] - b[0]).days) >= _SHIFTED_SPAN_DAYS - 1 \
        and abs((a[0] - b[0]).days) <= _SHIFT_DAYS and abs((a[1] - b[1]).days) <= _SHIFT_DAYS


#: how far apart two reports' days of one exercise or operation named with its year may lie: the one reports its
#: opening, the other its closing ceremony a week later
_NAMED_DAYS = 14
#: a name in quotes that ends on its year: "Commonwealth-2022", "Rubezh-2021" (read as "commonwealth 2022")
_NAME_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d$")


def _named_days(a: EventRecord, b: EventRecord) -> str | None:
    """How two reports of an exercise named with its year in quotes agree, when their days do not meet: "opened in
    Termez on 4 August" and "the closing ceremony of the joint exercise 'Commonwealth-2022', which started on 3
    August": days of that year within two weeks of each other, and the same name. A name without a year (a
    conference's theme) repeats too often for this."""
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return None
    titles = sorted(t for t in set(a.quoted_titles) & set(b.quoted_titles)
                    if (m := _NAME_WITH_YEAR.search(t)) and int(m.group(0)) in {da[0].year, db[0].year})
    if not titles or max(da[0], db[0]) - min(da[1], db[1]) > timedelta(days=_NAMED_DAYS):
        return None
    return f"days within two weeks of each other ({da[0].isoformat()}, {db[0].isoformat()}), the same name with " \
           f"its year in quotes (\"{titles[0]}\")"


def same_event(a: EventRecord, b: EventRecord) -> str | None:
    """The reason two records are one event, or None."""
    if a.source_file == b.source_file:
        return None
    if is_undated(a) or is_undated(b):
        # a report that gives no date at all: only the same name in quotes, at a place that agrees, joins it
        titles = sorted(set(a.quoted_titles) & set(b.quoted_titles))
        where = _places_agree(a, b) if titles else None
        if where is None:
            return None
        return f"one report gives no date, {where[0]}, the same name in quotes (\"{titles[0]}\")"
    when = _dates_agree(a, b)
    if when is None:
        named = _named_days(a, b)
        where = _places_agree(a, b) if named else None
        return None if where is None else f"{named}, {where[0]}"
    where = _places_agree(a, b)
    if where is None:
        return None
    orgs_a, orgs_b = _organizers(a), _organizers(b)
    common = sorted(orgs_a & orgs_b)
    progs = sorted(set(a.programmes) & set(b.programmes))
    titles = sorted(set(a.quoted_titles) & set(b.quoted_titles))
    same_type = a.event_type == b.event_type
    if not (when[1] and where[1]) and not (same_type or progs or (when[1] and common and _multi_day(a))):
        # loose dates or place: the same kind of event, or the same programme, as well (or the very same span of
        # days and an organiser in common: a project's table calls it a training, the host's story a workshop)
        return None
    if _written_month_only(a, b) and not titles:
        # "in April 2011" written in one report, a day of April in the other: two reports of one event
        # rarely differ so; two events of one month often do. A report with no date at all (the month of
        # its publication) is the usual case, and needs no more than the rest of the rule.
        return None
    if common:
        return f"{when[0]}, {where[0]}, common organiser ({', '.join(common)})"
    if titles:
        return f"{when[0]}, {where[0]}, the same name in quotes (\"{titles[0]}\")"
    if same_type and progs:
        return f"{when[0]}, {where[0]}, same type and programme ({progs[0]})"
    if progs and when[1] and where[1] and (_untyped(a) or _untyped(b)):
        # "the first session for students of the Preventive Diplomacy Academy took place online" on the day the
        # Academy's students "met online": the same days, place (or both online) and programme, and one report
        # names no kind of event, so its type was only a guess
        return f"{when[0]}, {where[0]}, the same programme ({progs[0]}); one report names no kind of event"
    da, db = _days(a), _days(b)
    if progs and when[1] and where[1] and da is not None and da[1] > da[0]:
        # the very same days (two or more), the same place (or both online) and the same programme: one event,
        # though one report calls it a discussion and the other a training
        return f"{when[0]} to {da[1].isoformat()}, {where[0]}, the same programme ({progs[0]})"
    if same_type and da is None and db is None and where[1] and a.city and not (orgs_a and orgs_b) \
            and a.duration_days and a.duration_days >= 2 and a.duration_days == b.duration_days:
        # "a five-day course ... late last month" and "the latest session, a five-day course, at the end of
        # September": the same month, city, kind and length, and one report names no organiser
        return (f"{when[0]}, {where[0]}, same type ({a.event_type}) lasting {a.duration_days} days; one report names "
                "no organiser")
    if same_type and when[1] and da is not None and (da[1] - da[0]).days >= 2 and not (orgs_a and orgs_b):
        # the same span of three days or more, the same kind of event, places that agree: one event
        return (f"{when[0]} to {da[1].isoformat()}, {where[0]}, same type ({a.event_type}); one report names no "
                "organiser")
    if same_type and when[1] and da is not None and (da[1] - da[0]).days >= _SAME_SPAN_DAYS - 1:
        # the very same span of four days or more, the same kind of event, places that agree: one event, though
        # the two reports credit different organisers (the OSCE's announcement, the host's report)
        return f"{when[0]} to {da[1].isoformat()}, {where[0]}, same type ({a.event_type})"
    shared = _named(a) & _named(b)
    if same_type and when[1] and where[1] and da is not None and shared:
        # the same days, the same place (or none named by either), the same kind, and an organisation both
        # name in any role: UNODC organised the drill in one report and only supported it in the host's
        return (f"{when[0]}, {where[0]}, same type ({a.event_type}) and an organisation named in both "
                f"({', '.join(sorted(shared))})")
    if same_type and where[1] and a.city and not (orgs_a and orgs_b) and (filed := _filed_during(a, b)):
        # "The heads of the security services have met for the first time ... in Tashkent", filed on 24 April with
        # no date of its own, and another report of a meeting in Tashkent on 24 April: one event
        return (f"{when[0]}, {where[0]}, same type ({a.event_type}); the report that gives no date was published "
                f"on {filed}, a day of the other's")
    if not same_type or (orgs_a and orgs_b) or not (where[1] and a.city) or da is None or db is None:
        return None
    if when[1] or min((da[1] - da[0]).days, (db[1] - db[0]).days) >= 2:
        # the same days, or spans of three days or more one within the other (24-28 and 24-30 November)
        return f"{when[0]}, {where[0]}, same type ({a.event_type}); one report names no organiser"
    themes = sorted(set(a.themes) & set(b.themes))
    if themes:  # a report of one day of it, naming nobody: the same subject as well
        return (f"{when[0]}, {where[0]}, same type ({a.event_type}) and theme ({themes[0]}); one report names "
                "no organiser")
    guests = _guest_countries(a) & _guest_countries(b)
    if len(guests) >= _SAME_GUESTS:
        # or the same delegations: "delegations of Afghanistan, the United States, Russia, China ..." in both
        return (f"{when[0]}, {where[0]}, same type ({a.event_type}) and {len(guests)} participating countries in "
                "common; one report names no organiser")
    return None


#: the fewest days of an event whose two reports, giving exactly these days, need name no common organiser
_SAME_SPAN_DAYS = 4
#: participating countries from outside the host that two reports of one day of an event must share
_SAME_GUESTS = 3


def _untyped(r: EventRecord) -> bool:
    """Whether no word of the report names the kind of event (its ``other`` is a guess)."""
    return r.event_type == "other" and any(e.field == "event_type" and e.confidence == GUESSED for e in r.evidence)


def _multi_day(r: EventRecord) -> bool:
    """Whether the report gives a span of two days or more."""
    days = _days(r)
    return days is not None and days[1] > days[0]


def _guest_countries(r: EventRecord) -> set[str]:
    return {iso for iso, role in r.countries if role == "participant" and iso != r.country_iso3}


def _filed_during(a: EventRecord, b: EventRecord) -> str | None:
    """The publication day of the report that gives no date of its own, when it falls on a day of the other
    report's event or the day after: a news story filed as the event happens, told without a date, has only
    its publication month (the codebook's rule), which alone would join any event of that month."""
    da, db = _days(a), _days(b)
    if (da is None) == (db is None):
        return None
    days, undated = (da, b) if da else (db, a)
    try:
        filed = date.fromisoformat(undated.published_date or "")
    except ValueError:
        return None
    return filed.isoformat() if days[0] <= filed <= days[1] + timedelta(days=1) else None


def _written_month_only(a: EventRecord, b: EventRecord) -> bool:
    """One report gives days and the other a month it writes out (not the month it was published in)."""
    if (_days(a) is None) == (_days(b) is None):
        return False
    monthly = b if _days(a) is not None else a
    return any(e.field == "month" and e.confidence != "guessed" for e in monthly.evidence)


def _contradicts(a: EventRecord, b: EventRecord) -> bool:
    """Whether two reports cannot be of one event whatever else they share: days that are not one within
    the other, different months, or different cities. A report known only to the month may join two
    dated ones; the dated ones must still agree with each other."""
    if is_undated(a) or is_undated(b):
        return _places_agree(a, b) is None
    return (_dates_agree(a, b) is None and _named_days(a, b) is None) or _places_agree(a, b) is None


def is_undated(r: EventRecord) -> bool:
    """A report that gives neither days nor a month."""
    return _days(r) is None and not record_months(r)


def lookup_tokens(ev: EventRecord, seer: bool) -> set[tuple]:
    """How ``merge_events`` finds records: record a may be compared with record b only when a's tokens as a
    seer meet b's tokens as seen (a superset of the index look-ups: any city, any place of the month). The
    incremental load draws in old events by them: a change to merge_events' look-ups changes them too."""
    if seer:
        if is_undated(ev):
            return {("title", t) for t in ev.quoted_titles}
        out = {("undated title", t) for t in ev.quoted_titles}
        if names_no_place(ev):
            return out | {("month", ym) for ym in record_months(ev)}
        return out | {("bucket", b) for b in merge_buckets(ev)} | {("bucket", (y, m, "")) for y, m in record_months(ev)}
    out = {("title", t) for t in ev.quoted_titles} | {("bucket", b) for b in merge_buckets(ev)}
    out |= {("month", ym) for ym in record_months(ev)}
    if is_undated(ev):
        out |= {("undated title", t) for t in ev.quoted_titles}
    return out


_SCALARS = attrgetter(*[c for c in EVENTS if c != "event_id"])
_EMPTY = (None, "", [])


def _richness(r: EventRecord) -> int:
    """Filled scalar fields plus organisations (same count as over ``scalar_fields()``, without the dict)."""
    return sum(v not in _EMPTY for v in _SCALARS(r)) + len(r.organizations)


def event_id_for(sha256: str, ordinal: int) -> str:
    """Stable across runs and machines: depends only on document content and position."""
    return "ev-" + hashlib.sha256(f"{sha256}:{ordinal}".encode()).hexdigest()[:12]


def merge_events(results: list[DocumentResult]) -> list[MergedEvent]:
    """Group records into events; a record is compared only with the groups that share a (month,
    country) bucket with it and could share its place (linear in N)."""
    groups: list[list[EventRecord]] = []
    reasons: list[list[str]] = []
    #: bucket -> city (casefolded; "" for records without one) -> indexes of groups with such a record
    index: dict[tuple, dict[str, list[int]]] = {}
    #: quoted title -> indexes of groups with a record of that title (how an undated report finds its event)
    by_title: dict[str, list[int]] = {}
    #: the same for groups with an undated record
    undated_by_title: dict[str, list[int]] = {}
    #: (year, month) -> the places of the buckets of that month
    places_in: dict[tuple[int, int], set[str]] = {}
    for rec in (ev for r in results for ev in r.events):
        keys = sorted(merge_buckets(rec))
        city = (rec.city or "").casefold()
        seen: set[int] = set()
        candidates: list[int] = []
        # a report that names no place may be of an event placed anywhere that month, and the other way round
        months = sorted({(y, m) for y, m, _ in keys})
        if names_no_place(rec):
            lookup = sorted({(y, m, w) for y, m in months for w in places_in.get((y, m), ())})
        else:
            lookup = keys + [(y, m, "") for y, m in months if (y, m, "") not in keys]
        for key in lookup:
            by_city = index.get(key)
            if not by_city:
                continue
            # same city, or a record without a city; a record without a city may match any city
            pools = by_city.values() if not city else (by_city.get(city, ()), by_city.get("", ()))
            for pool in pools:
                candidates.extend(gi for gi in pool if gi not in seen and not seen.add(gi))
        # by a name in quotes only where a report gives no date: an undated report looks among every event of its
        # name, a dated one among the undated reports of it (names repeat across years: no wider search)
        undated = is_undated(rec)
        for title in rec.quoted_titles:
            pool = by_title.get(title, ()) if undated else undated_by_title.get(title, ())
            candidates.extend(gi for gi in pool if gi not in seen and not seen.add(gi))
        placed = None
        for gi in sorted(candidates):
            group = groups[gi]
            if any(o.source_file == rec.source_file or _contradicts(o, rec) for o in group):
                continue
            reason = next((why for other in group if (why := same_event(other, rec))), None)
            if reason:
                group.append(rec)
                reasons[gi].append(f"{rec.source_file} merged with {group[0].source_file}: {reason}")
                placed = gi
                break
        if placed is None:
            groups.append([rec])
            reasons.append([])
            placed = len(groups) - 1
        for key in keys:
            places_in.setdefault(key[:2], set()).add(key[2])
            pool = index.setdefault(key, {}).setdefault(city, [])
            if not pool or pool[-1] != placed:
                pool.append(placed)
        for title in rec.quoted_titles:
            for index_ in (by_title, undated_by_title) if undated else (by_title,):
                pool = index_.setdefault(title, [])
                if not pool or pool[-1] != placed:
                    pool.append(placed)
    merged = []
    for group, why in zip(groups, reasons, strict=True):
        if len(group) == 1:  # most events have one source: nothing to choose
            rec = group[0]
            merged.append(MergedEvent(event_id_for(rec.sha256, rec.ordinal), group, why))
            continue
        anchor = min(group, key=lambda r: (r.sha256, r.ordinal))
        ordered = sorted(group, key=lambda r: (-_richness(r), r.source_file))
        merged.append(MergedEvent(event_id_for(anchor.sha256, anchor.ordinal), ordered, why))
    return merged
