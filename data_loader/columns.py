"""Column order of every codebook table.

The codebook (CODEBOOK.md) is the contract between the loader, the export and
the dashboard; keeping the column lists in one place means the CSV export, the
schemas and the pages cannot drift apart.
"""

from __future__ import annotations

EVENTS = [
    "event_id", "title", "event_type", "format", "start_date", "end_date", "date_precision",
    "year", "month", "published_date", "city", "country_iso3", "country", "lat", "lon",
    "location_precision", "participants", "participants_qualifier", "duration_days", "summary",
]
#: Reading conveniences after the codebook columns: joined lists, never parsed back.
EVENTS_EXTRA = [
    "organizers", "funders", "programmes", "themes", "participant_countries", "sources",
]
EVENT_SOURCES = ["event_id", "source_file", "sha256"]
EVENT_COUNTRIES = ["event_id", "iso3", "country", "role"]
EVENT_ORGANIZATIONS = ["event_id", "organization", "role"]
EVENT_PROGRAMMES = ["event_id", "programme"]
EVENT_THEMES = ["event_id", "theme"]
DOCUMENTS = ["source_file", "sha256", "status", "message", "encoding_repaired", "n_events"]
DOCUMENTS_EXTRA = ["format", "encoding", "size_bytes", "title", "published_date", "text_sha256"]
EVIDENCE = ["event_id", "field", "value", "source_file", "start", "end", "snippet"]
#: how sure the loader is of the value (``CONFIDENCE``) and, unless it is written in the passage, how it
#: was worked out
EVIDENCE_EXTRA = ["confidence", "reasoning"]
#: Not in the codebook: names that look like organisations or programmes but match no registry
#: entry, and merges of several documents into one event, for the review page.
UNKNOWN_NAMES = ["event_id", "source_file", "kind", "name", "start", "end", "snippet"]
MERGES = ["event_id", "source_file", "merged_with", "reason"]

#: table name -> codebook columns, in export order.
TABLES: dict[str, list[str]] = {
    "events": EVENTS,
    "event_sources": EVENT_SOURCES,
    "event_countries": EVENT_COUNTRIES,
    "event_organizations": EVENT_ORGANIZATIONS,
    "event_programmes": EVENT_PROGRAMMES,
    "event_themes": EVENT_THEMES,
    "documents": DOCUMENTS,
    "evidence": EVIDENCE,
    "unknown_names": UNKNOWN_NAMES,
    "merges": MERGES,
}
#: extra columns allowed after the codebook ones.
EXTRA: dict[str, list[str]] = {"events": EVENTS_EXTRA, "documents": DOCUMENTS_EXTRA, "evidence": EVIDENCE_EXTRA}

EVENT_TYPES = ["workshop", "training", "conference", "meeting", "consultation", "briefing", "exercise", "other"]
FORMATS = ["in-person", "virtual", "hybrid"]
DATE_PRECISIONS = ["day", "month", "year"]
LOCATION_PRECISIONS = ["city", "country", "region", "virtual"]
PARTICIPANT_QUALIFIERS = ["exact", "more than", "approximately", "up to"]
COUNTRY_ROLES = ["host", "participant"]
ORG_ROLES = ["organizer", "funder", "partner", "participant"]
DOC_STATUSES = ["ok", "empty", "unreadable", "duplicate", "no_event"]
#: evidence confidence, surest first: written in the passage, worked out by a rule from what is written,
#: a default or weak clue. ``missing`` (no value at all) is not an evidence row; the review tables add it.
CONFIDENCE = ["stated", "inferred", "guessed"]
THEMES: dict[str, str] = {
    "cbrn": "CBRN and weapons of mass destruction",
    "vulnerable_targets": "Vulnerable targets and critical infrastructure",
    "border_security": "Border security and management",
    "arms_trafficking": "Small arms and illicit trafficking",
    "judicial_cooperation": "Criminal justice and law-enforcement cooperation",
    "pve": "Preventing violent extremism and community resilience",
    "early_warning": "Early warning and threat monitoring",
    "cyber_newtech": "Cybersecurity and new technologies",
    "ftf": "Foreign terrorist fighters, returnees and their families",
    "financing": "Countering the financing of terrorism",
    "human_rights_gender": "Human rights and gender",
    "strategy": "Counter-terrorism strategy and policy (national and regional plans)",
}
