"""Month names of the region's other scripts, put into English before those scripts are removed.

A scraped English page keeps its site's header in the site's language: "30 мая 2017, 18:05", "16 октября
2024". The other-script step (foreign_script.py) would leave "30 2017", and the publication date with it would
be lost. The names come from the Unicode CLDR through Babel, for the languages written in Cyrillic in and around
Central Asia, in every form a date uses (genitive "мая", nominative "май", abbreviated "окт."); a name is read
only next to a figure, so a word that happens to spell a month elsewhere is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: the languages whose month names are put into English: Russian, Ukrainian, Kazakh, Kyrgyz, Uzbek (Cyrillic), Tajik
LOCALES = ("ru", "uk", "kk", "ky", "uz_Cyrl", "tg")
_ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Each language's month name (lower case, without an abbreviation's full stop) -> the English name."""
    from babel.dates import get_month_names  # (loaded only for a page that holds another script)

    names: dict[str, str] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=locale).items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3 and not key.isascii():
                        names.setdefault(key, _ENGLISH[number - 1])
    return names


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    # (a name inside a longer word, "маяк" a lighthouse, is no month)
    return re.compile(rf"\b({words})\.?(?![^\W\d_])", re.IGNORECASE)


#: a figure just before the name ("30 мая") or just after it ("май 2017", "окт. 5")
_FIGURE_BEFORE = re.compile(r"\d[ \t\u00a0]{1,2}$")
_FIGURE_AFTER = re.compile(r"[ \t\u00a0]{1,2}\d")


def english_month_names(text: str) -> str:
    """``text`` with other-script month names next to a figure put into English."""

    def english(m: re.Match[str]) -> str:
        if not (_FIGURE_BEFORE.search(text, max(0, m.start() - 3), m.start())
                or _FIGURE_AFTER.match(text, m.end())):
            return m.group()  # a name with no figure beside it
        return _names()[m.group(1).lower()]

    return _pattern().sub(english, text)
