"""Bytes -> str: find the encoding a press release was really saved in.

Order matters. A byte-order mark is proof; valid UTF-8 is near-proof (random
legacy text almost never validates); then Western single-byte text (cp1252 /
Latin-1), which is what English releases saved on Windows are, checked by a
cheap rule because charset-normalizer mislabels short, mostly-ASCII cp1252
files (it calls them cp1250 and turns "São" into "Săo"); only then the
statistical detector for everything else (Cyrillic code pages, GBK, ...).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from data_loader.reading.errors import Unreadable

#: longest byte-order marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: at most this share of NUL bytes is treated as stray litter in a text file, not as binary.
MAX_STRAY_NUL_SHARE = 0.001
#: a statistical guess noisier than this is not trusted.
MAX_CHAOS = 0.25
#: share of printable ASCII above which undecodable bytes are replaced rather than refused.
MOSTLY_TEXT_SHARE = 0.75

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_ASCII_LETTER = re.compile(rb"[A-Za-z]")
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.IGNORECASE)
_FALLBACK_HANDLER = "ct-events-cp1252-fallback"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: True when anything other than plain UTF-8 decoding was needed.
    repaired: bool
    notes: tuple[str, ...] = ()


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252 (Latin-1 for its five unassigned bytes)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(_byte_as_cp1252(b) for b in bad), err.end


def _byte_as_cp1252(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


codecs.register_error(_FALLBACK_HANDLER, _cp1252_fallback)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a text file; raise ``Unreadable`` when the bytes are not text in any encoding."""
    for decoder in (_from_bom, _from_bomless_utf16):
        found = decoder(data)
        if found is not None:
            return found
    data, notes = _drop_stray_nuls(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", bool(notes), notes)
    except UnicodeDecodeError:
        pass
    declared = declared or _declared_charset(data)
    for decoder in (lambda d: _from_declared(d, declared), _from_western, _from_detector):
        found = decoder(data)
        if found is not None:
            return Decoded(found.text, found.encoding, True, notes + found.notes)
    return _best_effort(data, notes)


def _from_bom(data: bytes) -> Decoded | None:
    """A byte-order mark names the encoding outright."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding.replace("-sig", ""), errors="replace")
            notes = ("some bytes could not be decoded and were replaced",) if "\ufffd" in text else ()
            # UTF-8 with a BOM is still plain UTF-8; UTF-16/32 is a conversion.
            return Decoded(text, encoding, encoding != "utf-8-sig" or bool(notes), notes)
    return None


def _from_bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 saved without a BOM shows as a NUL byte beside almost every ASCII character."""
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    text = data[: len(data) // 2 * 2].decode(encoding, errors="replace")
    return Decoded(text, encoding, True, ("UTF-16 text without a byte-order mark",))


def _drop_stray_nuls(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """A NUL or two in a text file is litter; many NULs mean the file is binary."""
    nuls = data.count(0)
    if not nuls:
        return data, ()
    if nuls > max(1, len(data) * MAX_STRAY_NUL_SHARE):
        raise Unreadable(
            "This file contains binary data (NUL bytes), not text: nothing was read. "
            "If it is a document, save it as .txt, .docx, .pdf or .html and add it again."
        )
    return data.replace(b"\x00", b""), (f"removed {nuls} stray NUL byte(s)",)


def _declared_charset(data: bytes) -> str | None:
    """An HTML page's own ``<meta charset>`` declaration, when it has one."""
    m = _DECLARED.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


#: the encoding a browser reads a declared legacy charset as (the WHATWG Encoding Standard): a page that says
#: "gb2312" is GBK or GB18030 in practice, "euc-kr" is Windows-949, "shift_jis" Windows-932
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932", "big5": "big5hkscs",
             "iso8859-9": "cp1254", "tis-620": "cp874"}


def _from_declared(data: bytes, declared: str | None) -> Decoded | None:
    """Trust a declared charset only when the bytes decode under it without error."""
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
        if codec in ("utf-8", "iso8859-1", "cp1252", "ascii"):
            return None  # these declarations are routinely wrong; the Western rule decides
        codec = _SUPERSET.get(codec, codec)
        return Decoded(data.decode(codec), codec, True, (f"declared charset {declared}",))
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def _looks_western(data: bytes) -> bool:
    """English (or other Western) text: mostly ASCII letters, non-ASCII bytes in short runs.

    In cp1252 text the non-ASCII bytes are curly quotes, dashes and accented letters,
    one or two at a time; Cyrillic or CJK legacy text has long runs of high bytes.
    """
    runs = [len(m.group()) for m in _HIGH_RUN.finditer(data)]
    if not runs:
        return True
    short = sum(1 for r in runs if r <= 3)
    letters = len(_ASCII_LETTER.findall(data))
    return short >= 0.9 * len(runs) and letters >= 3 * sum(runs)


def _from_western(data: bytes) -> Decoded | None:
    """Windows-1252 / Latin-1, keeping any valid UTF-8 sequences of a mixed file as UTF-8."""
    if not _looks_western(data):
        return None
    text = data.decode("utf-8", errors=_FALLBACK_HANDLER)
    base = "windows-1252" if _C1_BYTE.search(data) else "iso-8859-1"
    if _UTF8_MULTIBYTE.search(data):
        return Decoded(text, f"utf-8+{base}", True, (f"mixed encodings: UTF-8 with {base} parts",))
    return Decoded(text, base, True, ())


def _from_detector(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess, when it is confident enough."""
    try:
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure is just "no guess"
        return None
    if best is None or best.chaos > MAX_CHAOS:
        return None
    return Decoded(str(best), best.encoding, True, (f"encoding detected as {best.encoding}",))


def _best_effort(data: bytes, notes: tuple[str, ...]) -> Decoded:
    """Mostly-text bytes are decoded with replacement characters; anything else is refused."""
    printable = sum(1 for b in data if 32 <= b < 127 or b in (9, 10, 13))
    if data and printable / len(data) >= MOSTLY_TEXT_SHARE:
        text = data.decode("utf-8", errors="replace")
        note = "the encoding could not be identified; undecodable bytes were replaced with \ufffd"
        return Decoded(text, "utf-8 (best effort)", True, (*notes, note))
    raise Unreadable(
        "This file does not contain text in any encoding we recognise (it looks like binary data): "
        "nothing was read."
    )
