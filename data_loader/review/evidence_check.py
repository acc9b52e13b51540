"""The weak-evidence table of the review page: every fact without evidence, and every evidence row
that cannot be shown or does not state its value (``evidence_rule.value_stated``), worked out
column by column."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from data_loader.review.cells import (
    _coded,
    _coded_texts,
    _empty,
    _norm,
    _objects,
    _present,
    _same,
    _str,
    _text_column,
    _titles,
    _unique_sorted,
    _within,
)
from data_loader.review.evidence_rule import (
    _ISO_DAY,
    _MONTH_SHORT,
    _WHOLE_NUMBER,
    CODED_FIELDS,
    LIST_FACTS,
    MONTHS,
    NOT_CLAIMED_STATED,
    SCALAR_FACTS,
    WEAK_COLUMNS,
    WEAK_PROBLEMS,
    _number_in_words,
    registry_aliases,
    value_stated,
)

# ---------------------------------------------------------- weak evidence, worked out column by column
#
# ``value_stated`` is the rule, for one evidence row. At 10,000 events the evidence table has 277,000
# rows and asking the rule of each took three seconds, so ``weak_evidence`` reaches the same verdicts in
# bulk: a text column is read once per distinct value (43,000 sentences, not 277,000 cells); a row
# whose sentence states its value is settled by a substring test on that sentence in a plain form; only
# the rows left over are checked against their whole quote (sentence and span), by the rule itself
# wherever the plain form cannot decide. tests/test_review_equivalence.py holds the old row-by-row code
# and checks that both give the same frames.


# ------------------------------------------------------------------------ 1. values without evidence


@dataclass
class _Facts:
    """One table's filled values of one kind of fact: rows of the table (in order), their values, and
    the fact's name and accepted evidence fields; ``named`` gives each row's name where rows differ."""

    ids: pd.Series  # the table's event ids, as the old code wrote them (``astype(str)``)
    rows: np.ndarray
    values: np.ndarray  # codes into value_labels
    value_labels: list[str]
    kinds: list[tuple[str, tuple[str, ...]]]  # (name, accepted evidence fields)
    named: np.ndarray | None = None  # each row's kind, for organisations (named after their roles)


def _fact_tables(tables) -> Iterator[_Facts]:
    """Every filled value that needs support, one block per scalar field and per long table, in the
    order the old code listed them (by block, then by row)."""
    ev = tables.events
    ids = ev["event_id"].astype(str)
    for fact, accepted in SCALAR_FACTS.items():
        if fact in ev.columns:
            values, labels = _coded_texts(ev[fact])
            rows = np.flatnonzero(np.array([v != "" for v in labels], dtype=bool)[values])
            yield _Facts(ids, rows, values[rows], labels, [(fact, accepted)])
    for fact, (table, column, accepted) in LIST_FACTS.items():
        df = getattr(tables, table)
        if fact == "participant_country":
            df = df[df["role"] == "participant"]
        values, labels = _coded_texts(df[column])
        rows = np.flatnonzero(np.array([v != "" for v in labels], dtype=bool)[values])
        block = _Facts(df["event_id"].astype(str), rows, values[rows], labels, [(fact, accepted)])
        if fact == "organization":  # named after the role, which is accepted as evidence too
            roles, names = _coded(df["role"], str)
            block.kinds = [(name, (name, *accepted)) for name in names]
            block.named = roles[rows]
        yield block


class _Support:
    """The evidence table as the old code's ``have`` (event, field) -> normalised values, in arrays: which
    events have a row of some accepted fields, and which (event, normalised value) pairs they have."""

    def __init__(self, q: _Quotes, evid: pd.DataFrame, aliases: dict[str, frozenset[str]]) -> None:
        self.aliases = aliases
        self.events, labels = _coded(evid["event_id"].astype(str), _same)  # the old code's keys
        self.event_index = pd.Index(_objects(labels), dtype=object)
        self.n_events = len(labels)
        # the old code keyed fields by astype(str) too, which leaves a string column's missing cell NaN
        labels = list(q.field_labels)
        if isinstance(evid["field"].dtype, pd.StringDtype) and evid["field"].hasnans:
            labels[-1] = np.nan
        self.fields, self.field_code = q.field, {f: i for i, f in enumerate(labels)}
        self.values, self.value_labels = q.value, q.value_labels
        self.norm_code: dict[str, int] = {}
        self._norm_of = np.full(len(self.value_labels), -1, dtype=np.int64)

    def event_codes(self, ids: pd.Series) -> np.ndarray:
        """The evidence's code of each id (-1: no evidence row), looked up once per distinct id."""
        codes, labels = _coded(ids, _same)
        return self.event_index.get_indexer(_objects(labels)).astype(np.int64)[codes]

    def _rows_of(self, accepted: tuple[str, ...]) -> np.ndarray:
        wanted = np.zeros(len(self.field_code) + 1, dtype=bool)
        wanted[[self.field_code[f] for f in accepted if f in self.field_code]] = True
        return wanted[self.fields]

    def with_any(self, events: np.ndarray, accepted: tuple[str, ...]) -> np.ndarray:
        """Whether each event has an evidence row of an accepted field (one value per scalar field)."""
        found = np.bincount(self.events[self._rows_of(accepted)], minlength=self.n_events + 1) > 0
        return (events >= 0) & found[events]

    def with_value(self, events: np.ndarray, values: np.ndarray, labels: list[str],
                   accepted: tuple[str, ...]) -> np.ndarray:
        """Whether each event has an evidence row of an accepted field whose normalised value is its value's
        (``labels[values]``) or a registry alias of it."""
        rows = self._rows_of(accepted)
        for v in _present(self.values[rows], len(self.value_labels)).tolist():
            if self._norm_of[v] < 0:
                self._norm_of[v] = self.norm_code.setdefault(_norm(self.value_labels[v]), len(self.norm_code))
        size = len(self.value_labels) + 1  # more than any normalised value's code
        have = _unique_sorted(self.events[rows] * size + self._norm_of[self.values[rows]])
        names = [self._names(labels[v]) for v in range(len(labels))]
        counts = np.array([len(n) for n in names], dtype=np.int64)
        per_fact = counts[values]
        owner = np.repeat(np.arange(len(values)), per_fact)
        first = np.repeat((np.cumsum(counts) - counts)[values], per_fact)
        within = np.arange(len(owner)) - np.repeat(np.cumsum(per_fact) - per_fact, per_fact)
        flat = np.concatenate([np.zeros(0, dtype=np.int64), *names])
        hit = _within(events[owner] * size + flat[first + within], have) & (events[owner] >= 0)
        return np.bincount(owner[hit], minlength=len(values)) > 0

    def _names(self, value: str) -> np.ndarray:
        """Codes of the normalised names the value may have in evidence (itself and its registry aliases)."""
        if not value:
            return np.zeros(0, dtype=np.int64)
        n = _norm(value)
        return np.array([self.norm_code[x] for x in self.aliases.get(n, frozenset()) | {n} if x in self.norm_code],
                        dtype=np.int64)


def _unsupported(tables, q: _Quotes, aliases: dict[str, frozenset[str]]) -> tuple[list, list[str], list[str]]:
    """(event ids, facts, values) of the filled values that no evidence row supports, in fact order."""
    support = _Support(q, tables.evidence, aliases)
    ids_out: list = []
    names_out: list[str] = []
    values_out: list[str] = []
    ids, table_events = None, np.zeros(0, dtype=np.int64)
    for facts in _fact_tables(tables):
        if facts.ids is not ids:  # the scalar fields share the events table's ids
            ids, table_events = facts.ids, support.event_codes(facts.ids)
        events = table_events[facts.rows]
        ok = np.zeros(len(facts.rows), dtype=bool)
        names = [name for name, _ in facts.kinds]
        for k, (name, accepted) in enumerate(facts.kinds):
            at = slice(None) if facts.named is None else facts.named == k
            if name in SCALAR_FACTS:
                ok[at] = support.with_any(events[at], accepted)
            else:
                ok[at] = support.with_value(events[at], facts.values[at], facts.value_labels, accepted)
        missing = np.flatnonzero(~ok)
        ids_out += facts.ids.iloc[facts.rows[missing]].tolist()
        names_out += [names[0]] * len(missing) if facts.named is None else [names[k] for k in facts.named[missing]]
        values_out += [facts.value_labels[v] for v in facts.values[missing].tolist()]
    return ids_out, names_out, values_out


# --------------------------------------------------------------------------- 2. and 3. the quotes

#: Non-ASCII characters common in press releases, each with the ASCII character every check treats
#: alike: each is its own casefold, no word character, composes with no neighbour and normalises (NFKC)
#: to itself or to spaces, so standing it in changes no verdict (the tests check each one).
_STANDINS = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"} | {
    c: " " for c in "\u00a0\u00ab\u00bb\u2002\u2003\u2009\u200a\u2018\u2019\u201a\u201b\u201c\u201d\u201e"
                    "\u201f\u2022\u2026\u2039\u203a\u202f\ufffd"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: bytes.translate table of the plain form: ASCII letters lower-cased; digits, "_" and "-" kept (word
#: characters to _norm); any other byte a space (a separator to _norm, and no word character to \b)
_PLAIN_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "_-" else 0x20 for c in range(128)).lower() + b" " * 128


def _plain(text: str) -> str | None:
    """``text`` one character for one, letters lower-cased and separators as spaces; None when it holds a
    character outside ASCII and :data:`_STANDINS` (the rule itself decides for such a quote).

    ``" ".join(_plain(t).split()) == _norm(t)``, and ``_plain(t)`` has the letters and digits of
    ``t.casefold()`` in the same places with the same word boundaries, so the rule's substring and
    word tests give the same answers on it. It is a byte translation, several times faster than _norm.
    """
    if not text.isascii():
        for c in set(_NON_ASCII.findall(text)):
            stand_in = _STANDINS.get(c)
            if stand_in is None:
                return None
            text = text.replace(c, stand_in)
    return text.encode("ascii").translate(_PLAIN_BYTES).decode("ascii")


#: _PLAIN_BYTES keeping NUL, which marks where one text ends in a batch translated at once
_PLAIN_BATCH = b"\x00" + _PLAIN_BYTES[1:]


def _padded_plains(texts: list[str]) -> list[str]:
    """`` _plain(t) `` of each text between spaces (a word test is then a substring test), "" where it has
    none. The ASCII texts are translated in one call, joined by NUL: one call per text cost more than
    the translation itself."""
    ascii_ = np.array([t.isascii() for t in texts], dtype=bool)
    batch = [t for t, a in zip(texts, ascii_.tolist(), strict=True) if a] if not ascii_.all() else texts
    joined = "\x00".join(batch)
    if not batch or joined.count("\x00") != len(batch) - 1:  # a text holding NUL: one at a time
        done = [f" {_plain(t)} " for t in batch]
    else:
        plain = joined.encode("ascii").translate(_PLAIN_BATCH).decode("ascii").replace("\x00", " \x00 ")
        done = f" {plain} ".split("\x00")
    if ascii_.all():
        return done
    out = _objects([""] * len(texts))
    out[ascii_] = _objects(done)
    others = [_plain(texts[i]) for i in np.flatnonzero(~ascii_).tolist()]
    out[~ascii_] = [f" {p} " if p is not None else "" for p in others]
    return out.tolist()


def _span_bounds(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(missing, values) of a span column; the values as the old code's ``int(cell)`` (0 where missing)."""
    missing = col.isna().to_numpy(dtype=bool)
    if pd.api.types.is_integer_dtype(col.dtype):
        return missing, col.to_numpy(dtype=np.int64, na_value=0)
    return missing, _objects([0 if m else int(v) for v, m in zip(col.tolist(), missing.tolist(), strict=True)])


class _Quotes:
    """The evidence table as the quote checks read it: coded text columns and the span bounds."""

    def __init__(self, tables) -> None:
        evid = tables.evidence
        texts = getattr(tables, "texts", {}) or {}
        self.field, self.field_labels = _coded(evid["field"], str)
        self.value, self.value_labels = _coded(evid["value"])
        self.source, self.source_labels = _coded(evid["source_file"])
        self.snippet, self.snippet_labels = _coded(evid["snippet"])
        self.texts = [texts.get(s) for s in self.source_labels]
        self.start_missing, self.start = _span_bounds(evid["start"])
        self.end_missing, self.end = _span_bounds(evid["end"])

    def broken(self) -> np.ndarray:
        """Rows whose span cannot be shown: missing or empty bounds, outside the text, no sentence."""
        length = np.array([-1 if t is None else len(t) for t in self.texts], dtype=np.int64)[self.source]
        no_snippet = np.array([s == "" for s in self.snippet_labels], dtype=bool)[self.snippet]
        return (self.start_missing | self.end_missing | (self.end <= self.start) | (self.start < 0)
                | ((length >= 0) & (self.end > length)) | no_snippet)

    def spans(self, rows: np.ndarray) -> list[str]:
        """The quoted span of each row (the old code read it only where the document has a text)."""
        texts = self.texts
        return [text[s:e] if (text := texts[c]) else "" for c, s, e in zip(
            self.source[rows].tolist(), self.start[rows].tolist(), self.end[rows].tolist(), strict=True)]

    def quote(self, row: int, span: str) -> str:
        """What the rule reads for a row: its sentence, then the span."""
        return f"{self.snippet_labels[self.snippet[row]]} {span}"


#: which branch of value_stated decides an evidence row
_EMPTY, _CODED, _DATE, _MONTH, _NUMBER, _NAMES = range(6)


class _Rows:
    """The rows whose span can be shown, each with the branch of value_stated that decides it and what
    that branch looks for: the month (dates, month fields), the number, or the value code (names)."""

    def __init__(self, q: _Quotes, rows: np.ndarray) -> None:
        self.rows = rows
        fields, values = q.field[rows], q.value[rows]
        coded = np.array([f in CODED_FIELDS for f in q.field_labels], dtype=bool)[fields]
        month_field = np.array([f == "month" for f in q.field_labels], dtype=bool)[fields]
        n = len(q.value_labels)
        empty = np.array([v == "" for v in q.value_labels], dtype=bool)
        date, number = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        month, year, day, figure, month_number = (np.zeros(n, dtype=np.int64) for _ in range(5))
        for v in _present(values[~coded], n).tolist():
            label = q.value_labels[v]
            if (iso := _ISO_DAY.fullmatch(label)) is not None:
                date[v], year[v], month[v], day[v] = True, int(iso[1]), int(iso[2]), int(iso[3])
            elif _WHOLE_NUMBER.fullmatch(label):
                number[v] = True
                try:
                    figure[v] = int(float(label))
                except ValueError:  # the rule then compares the texts themselves: left to it
                    figure[v] = -1
        for v in _present(values[month_field & ~coded], n).tolist():  # read by the rule for "month" only
            label = q.value_labels[v]
            if label and not date[v] and label.isdigit() and 1 <= int(label) <= 12:
                month_number[v] = int(label)
        self.kind = np.select(
            [empty[values], coded, date[values], month_field & (month_number[values] > 0), number[values]],
            [_EMPTY, _CODED, _DATE, _MONTH, _NUMBER], _NAMES)
        self.key = np.select([self.kind == _DATE, self.kind == _MONTH, self.kind == _NUMBER],
                             [month[values], month_number[values], figure[values]], values)
        self.year, self.day = year[values], day[values]


def _grouped(keys: np.ndarray, positions: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """(key, positions) for each distinct ``keys[positions]``, the positions in order."""
    order = positions[np.argsort(keys[positions], kind="stable")]
    ordered = keys[order]
    for part in np.split(order, np.flatnonzero(ordered[1:] != ordered[:-1]) + 1):
        if len(part):
            yield int(keys[part[0]]), part


class _Names:
    """A value's normalised names as the rule looks for them in a quote: one-word names (a word of the
    quote) and longer ones (a run of its words), each between spaces."""

    def __init__(self, value: str, aliases: dict[str, frozenset[str]]) -> None:
        n = _norm(value)
        names = [x for x in aliases.get(n, frozenset({n})) | {n} if x]
        self.words = frozenset(x for x in names if " " not in x)
        self.runs = [(f" {x} ", f" {x.split(' ', 1)[0]} ") for x in names if " " in x]
        self.padded = [f" {x} " for x in names]

    def in_sentences(self, texts: list[str]) -> list[bool]:
        """For each padded plain sentence: whether it states a name (the rule's test, on the sentence).

        Each name is looked for only in the sentences no earlier name was found in, the names found most
        often in a sample first (a third fewer tests at 10,000 events than in the registry's order)."""
        names = self.padded
        if len(names) > 2:
            sample = texts[::max(1, len(texts) // 64)]
            names = sorted(names, key=lambda p: -sum(p in t for t in sample))
        todo = range(len(texts))
        for p in names:
            todo = [i for i in todo if p not in texts[i]]
        found = [True] * len(texts)
        for i in todo:
            found[i] = False
        return found

    def in_quotes(self, sentences: list[str], spans: list[str]) -> list[bool]:
        """For each quote, given as padded plain ``sentences`` and ``spans`` none of whose sentences states a
        name alone: whether the quote does. A one-word name must then be a word of the span; a longer one
        may also straddle the two, which needs its first word as a word of either."""
        found = [not self.words.isdisjoint(sp.split()) for sp in spans] if self.words else [False] * len(spans)
        for run, first in self.runs:
            found = [f or run in sp or ((first in se or first in sp) and run in f" {' '.join((se + sp).split())} ")
                     for f, se, sp in zip(found, sentences, spans, strict=True)]
        return found


_UNITS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_word(n: int) -> str | None:
    """The word every number-word match worth ``n`` starts with, or None when no match is worth it.

    NUMBER_WORDS matches "two" to "nineteen" alone, a tens word with an optional unit ("twenty-five"),
    and a unit before "hundred" ("one hundred and five"): 2-19 are their own word, 20-99 start with
    their tens, 100 and more need "hundred", and no match is worth 0 or 1."""
    if 2 <= n <= 19:
        return _UNITS[n - 2]
    if 20 <= n <= 99:
        return _TENS[n // 10 - 2]
    return "hundred" if n >= 100 else None


def _month_in(month: int, texts: list[str]) -> list[bool]:
    """_month_named of each text: the month's name, or its short form as a word."""
    name, short = MONTHS[month - 1], _MONTH_SHORT[month - 1]
    return [name in t or short.search(t) is not None for t in texts]


def _bounded(text: str, figures: str, not_before: str) -> bool:
    """Whether ``figures`` occur in ``text`` with no digit (nor a character of ``not_before``) just before
    them and no digit just after."""
    at = text.find(figures)
    while at >= 0:
        end = at + len(figures)
        if ((at == 0 or not (text[at - 1].isdecimal() or text[at - 1] in not_before))
                and (end == len(text) or not text[end].isdecimal())):
            return True
        at = text.find(figures, at + 1)
    return False


def _date_in_figures(year: int, month: int, day: int, quote: str) -> bool | None:
    """Whether the day is written in figures in ``quote`` (_numeric_date's search), or None when only
    compiling that pattern can tell: compiled per day, it cost a quarter of a second at 10,000 events,
    where the ISO form is a word test and the other forms need these substrings (casefolding leaves
    figures and separators alone)."""
    q = quote.casefold()
    if _has_word(q, f"{year}-{month:02d}-{day:02d}"):
        return True
    if any(f"{month}{c}{year}" in q for c in "./-") and any(f"{day}{c}" in q for c in "./-"):
        return None
    return False


class _Verdicts:
    """value_stated of every row whose span can be shown, worked out in bulk (see the section's comment)."""

    def __init__(self, q: _Quotes, rows: np.ndarray, aliases: dict[str, frozenset[str]]) -> None:
        self.q, self.r, self.aliases = q, _Rows(q, rows), aliases
        self._names: dict[int, _Names] = {}
        self.plain = [""] * len(q.snippet_labels)  # padded plain sentence ("" where there is none)
        needed = _present(q.snippet[rows[self.r.kind >= _DATE]], len(self.plain)).tolist()
        for c, plain in zip(needed, _padded_plains([q.snippet_labels[c] for c in needed]), strict=True):
            self.plain[c] = plain

    def names(self, value: int) -> _Names:
        if value not in self._names:
            self._names[value] = _Names(self.q.value_labels[value], self.aliases)
        return self._names[value]

    def stated(self) -> np.ndarray:
        r = self.r
        out = r.kind == _CODED
        checked = np.flatnonzero(r.kind >= _DATE)
        found = self.by_sentence(checked)
        todo = checked[~found]
        out[checked[found]] = True
        out[todo] = self.by_quote(todo)
        return out

    def by_sentence(self, at: np.ndarray) -> np.ndarray:
        """Whether the sentence alone states the value, for the rows at ``at``: one substring test on the
        plain sentence per row and name. What the sentence states, the quote states: this settles yeses."""
        kinds, keys = self.r.kind[at], self.r.key[at]
        snippets, plain = self.q.snippet[self.r.rows[at]], self.plain
        found = np.zeros(len(at), dtype=bool)
        for key, part in _grouped(keys, np.flatnonzero(kinds == _NAMES)):
            found[part] = self.names(key).in_sentences([plain[c] for c in snippets[part].tolist()])
        for key, part in _grouped(keys, np.flatnonzero((kinds == _DATE) | (kinds == _MONTH))):
            found[part] = _month_in(key, [plain[c] for c in snippets[part].tolist()])
        for key, part in _grouped(keys, np.flatnonzero((kinds == _NUMBER) & (keys >= 0))):
            word = f" {key} "
            found[part] = [word in plain[c] for c in snippets[part].tolist()]
        return found

    def by_quote(self, at: np.ndarray) -> list[bool]:
        """The verdicts of the rows at ``at`` (not settled by their sentence), read in the whole quote: by
        the plain forms where they decide, else by value_stated itself."""
        q, r = self.q, self.r
        rows, kinds, keys = r.rows[at], r.kind[at], r.key[at]
        spans = q.spans(rows)
        sentences = [self.plain[c] for c in q.snippet[rows].tolist()]
        plain = [p if se else "" for p, se in zip(_padded_plains(spans), sentences, strict=True)]
        verdict: list[bool | None] = [None] * len(at)  # None: the rule decides
        readable = np.array([p != "" for p in plain], dtype=bool)
        for key, part in _grouped(keys, np.flatnonzero((kinds == _NAMES) & readable)):
            found = self.names(key).in_quotes([sentences[i] for i in part.tolist()], [plain[i] for i in part.tolist()])
            for i, hit in zip(part.tolist(), found, strict=True):
                verdict[i] = hit
        years, days, months = r.year[at].tolist(), r.day[at].tolist(), (kinds == _MONTH).tolist()
        for key, part in _grouped(keys, np.flatnonzero(((kinds == _DATE) | (kinds == _MONTH)) & readable)):
            for i, hit in zip(part.tolist(), _month_in(key, [plain[i] for i in part.tolist()]), strict=True):
                if hit or months[i]:
                    verdict[i] = hit
                else:
                    verdict[i] = _date_in_figures(years[i], key, days[i], q.quote(int(rows[i]), spans[i]))
        for key, part in _grouped(keys, np.flatnonzero((kinds == _NUMBER) & (keys >= 0) & readable)):
            figures, grouped, word = str(key), f"{key:,}", _number_word(key)
            for i in part.tolist():
                quote = q.quote(int(rows[i]), spans[i])
                if _bounded(quote, figures, "") or (grouped != figures and _bounded(quote, grouped, ",.")):
                    verdict[i] = True
                else:  # in words, only if the word such a number starts with is there (plain: lower-cased)
                    verdict[i] = (word is not None and (word in sentences[i] or word in plain[i])
                                  and _number_in_words(key, quote, True))
        for i in (i for i, v in enumerate(verdict) if v is None):
            row = int(rows[i])
            verdict[i] = value_stated(q.field_labels[q.field[row]], q.value_labels[q.value[row]],
                                      q.quote(row, spans[i]), self.aliases)
        return verdict


_WORD_CHARACTER = re.compile(r"\w")


def _has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{word}\\b", text)`` for a ``word`` that starts and ends with a word character."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if ((at == 0 or not _WORD_CHARACTER.match(text[at - 1]))
                and (end == len(text) or not _WORD_CHARACTER.match(text[end]))):
            return True
        at = text.find(word, at + 1)
    return False


def _claimed_stated(evid: pd.DataFrame) -> np.ndarray:
    """Whether each evidence row claims its value is written in its passage: every row but those marked
    inferred or guessed (a table without the ``confidence`` column, or a row without one, claims it, as
    the loader's rows did before they said how sure they are)."""
    if "confidence" not in evid.columns:
        return np.ones(len(evid), dtype=bool)
    codes, labels = _coded(evid["confidence"])
    return ~np.array([str(c) in NOT_CLAIMED_STATED for c in labels], dtype=bool)[codes]


def _quote_problems(tables, q: _Quotes, aliases: dict[str, frozenset[str]]) -> pd.DataFrame:
    """The evidence rows that cannot be shown or do not state their value, in table order: event_id,
    field, value, problem, source_file, snippet."""
    broken = q.broken()
    # a row marked inferred or guessed does not claim its value is written in the quote: its reasoning says
    # how it was worked out, and the field-confidence table lists it; only a stated row is read against it
    rows = np.flatnonzero(~broken & _claimed_stated(tables.evidence))
    listed = broken.copy()
    listed[rows[~_Verdicts(q, rows, aliases).stated()]] = True
    at = np.flatnonzero(listed)
    evid = tables.evidence
    return pd.DataFrame({
        "event_id": _text_column(evid["event_id"], at, str), "field": _text_column(evid["field"], at, str),
        "value": _text_column(evid["value"], at),
        "problem": pd.Series(np.where(broken[at], "broken span", "not in quote"), dtype="str"),
        "source_file": _text_column(evid["source_file"], at), "snippet": _text_column(evid["snippet"], at),
    })


def _sorted(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` by problem (most serious first), event and field, rows that tie kept in order: the old
    ``sort_values(kind="stable")``, as one argsort of integer keys (a tenth of the time on arrow text)."""
    codes, problems = pd.factorize(out["problem"])
    key = np.array([list(WEAK_PROBLEMS).index(p) for p in problems], dtype=np.int64)[codes]
    for column in ("event_id", "field"):
        codes, uniques = pd.factorize(out[column])
        rank = np.empty(len(uniques) + 1, dtype=np.int64)
        rank[np.argsort(np.array(uniques.tolist(), dtype=object), kind="stable")] = np.arange(len(uniques))
        rank[-1] = len(uniques)  # a missing id sorts last (code -1)
        key = key * (len(uniques) + 1) + rank[codes]
    return out.take(np.argsort(key, kind="stable")).reset_index(drop=True)


def weak_evidence(tables, aliases: dict[str, frozenset[str]] | None = None) -> pd.DataFrame:
    """Facts whose support is weak, one row per (event, field, value, problem); see :data:`WEAK_PROBLEMS`.

    ``aliases`` defaults to the project's registry (:func:`registry_aliases`).
    """
    aliases = registry_aliases() if aliases is None else aliases
    q = _Quotes(tables)
    ids, facts, values = _unsupported(tables, q, aliases)
    shown = _quote_problems(tables, q, aliases)
    if not ids and shown.empty:
        return _empty(WEAK_COLUMNS)
    unsupported = pd.DataFrame({
        "event_id": pd.Series(_objects(ids), dtype="str"), "field": pd.Series(facts, dtype="str"),
        "value": pd.Series(values, dtype="str"), "problem": pd.Series(["no evidence"] * len(ids), dtype="str"),
        "source_file": pd.Series([""] * len(ids), dtype="str"), "snippet": pd.Series([""] * len(ids), dtype="str"),
    })
    out = pd.concat([unsupported, shown], ignore_index=True)
    titles = _titles(tables)
    codes, event_ids = pd.factorize(out["event_id"])
    title = [_str(titles.get(e, "")) for e in [*event_ids.tolist(), np.nan]]  # code -1: a missing id
    out.insert(1, "title", pd.Series(_objects(title)[codes], dtype="str"))
    return _sorted(out.drop_duplicates())


def weak_counts(weak: pd.DataFrame) -> pd.DataFrame:
    """problem, rows, meaning: the legend of the weak-evidence table."""
    counts = weak["problem"].value_counts() if not weak.empty else pd.Series(dtype=int)
    return pd.DataFrame(
        [{"problem": p, "rows": int(counts.get(p, 0)), "meaning": m} for p, m in WEAK_PROBLEMS.items()],
        columns=["problem", "rows", "meaning"],
    )
