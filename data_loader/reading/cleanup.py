"""The cleaning every format's text goes through, in one fixed order.

Encoding repair first (later rules match characters, so they must see the real
ones): HTML entities left in the text, then mojibake, then the marks an export replaced with a
placeholder (``?``, ``*``); whitespace next (line rules see clean lines), then other-script spam,
page furniture, and the date stamp, and a final whitespace pass to tidy the
gaps those removals leave.
"""

from __future__ import annotations

from dataclasses import dataclass

from data_loader.reading.debris import lift_date_stamp, remove_debris
from data_loader.reading.foreign_script import remove_foreign_script
from data_loader.reading.lost_marks import repair_lost_marks, unescape_entities
from data_loader.reading.mojibake import repair_mojibake
from data_loader.reading.whitespace import normalize_whitespace


@dataclass(frozen=True)
class Cleaned:
    text: str
    #: True when mojibake was repaired.
    repaired: bool
    notes: tuple[str, ...]


def clean_text(text: str, title_first: bool = False) -> Cleaned:
    """Repair, normalise and de-clutter extracted text without dropping any sentence.

    ``title_first``: the first line is a headline that must stay first (web pages).
    """
    text, n_entities = unescape_entities(text)
    text, repaired, notes = repair_mojibake(text)
    text, n_lost = repair_lost_marks(text)
    if n_entities:
        notes = (f"replaced {n_entities} HTML entit{'y' if n_entities == 1 else 'ies'} left in the text", *notes)
    if n_lost:
        notes = (*notes, f"put back {n_lost} apostrophe(s), dash(es) or quote(s) an export had replaced")
    repaired = repaired or bool(n_entities or n_lost)
    text = normalize_whitespace(text)
    text, n_foreign = remove_foreign_script(text)
    text, n_debris = remove_debris(text)
    text, stamp = lift_date_stamp(text, after_title=title_first)
    extra = []
    if n_foreign:
        extra.append(f"removed {n_foreign} character(s) of other-script spam")
    if n_debris:
        extra.append(f"removed {n_debris} line(s) of page furniture (share/vote/view counters, tags, ...)")
    if stamp:
        extra.append(f"site date stamp kept on its own line: {stamp}")
    return Cleaned(normalize_whitespace(text), repaired, (*notes, *extra))
