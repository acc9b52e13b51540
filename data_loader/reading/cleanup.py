"""The cleaning every format's text goes through, in one fixed order.

Encoding repair first (later rules match characters, so they must see the real
ones), whitespace next (line rules see clean lines), then other-script spam,
page furniture, and the date stamp, and a final whitespace pass to tidy the
gaps those removals leave.
"""

from __future__ import annotations

from dataclasses import dataclass

from data_loader.reading.debris import lift_date_stamp, remove_debris
from data_loader.reading.foreign_script import remove_foreign_script
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
    text, repaired, notes = repair_mojibake(text)
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
