"""Undo mojibake: text that was decoded with the wrong codec somewhere upstream.

Two kinds are seen in scraped releases:

* UTF-8 read as Latin-1/cp1252 ("UNOCTâ€™s"): ftfy's job.
* GBK-encoded punctuation read as Latin-1 and saved again as UTF-8
  ("Kyrgyzstan¡¯s", "¡°soft targets¡±", "2023¨C2027"). ftfy does not do this one.
  The repair table is built from the GBK codec itself: every two-character
  sequence in U+00A1..U+00FE (+ an ASCII trail byte, as GBK allows) whose Latin-1
  bytes decode under GBK to a punctuation mark from the General Punctuation,
  CJK Symbols or fullwidth blocks. Letters are never produced, so accented Latin
  words ("Michèle", "Türkiye", "São") cannot match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ftfy

#: Unicode blocks a GBK punctuation repair may produce.
PUNCTUATION_BLOCKS = ((0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))
#: CJK punctuation has no place in English text: fold it to the Western mark it stands for.
CJK_TO_WESTERN = {
    "\u3000": " ", "、": ",", "。": ".", "〃": "\"", "〔": "(", "〕": ")", "〈": "‹", "〉": "›",
    "《": "«", "》": "»", "「": "“", "」": "”", "『": "“", "』": "”", "〖": "[", "〗": "]",
    "【": "[", "】": "]", "〝": "“", "〞": "”",
}
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html="auto", normalization="NFC")
#: ftfy steps that mean the text's encoding was repaired (not merely tidied).
_ENCODING_STEPS = {"encode", "decode", "transcode"}
_ENCODING_APPLIES = {
    "decode_inconsistent_utf8", "fix_c1_controls", "restore_byte_a0", "replace_lossy_sequences",
}


def _is_punctuation(ch: str) -> bool:
    code = ord(ch)
    in_block = any(lo <= code <= hi for lo, hi in PUNCTUATION_BLOCKS)
    return in_block and (unicodedata.category(ch).startswith("P") or ch == "\u3000")


def _westernise(ch: str) -> str:
    """Fullwidth ASCII punctuation becomes ASCII; CJK brackets and stops their Western twins."""
    if ch in CJK_TO_WESTERN:
        return CJK_TO_WESTERN[ch]
    return unicodedata.normalize("NFKC", ch) if 0xFF00 <= ord(ch) <= 0xFFEF else ch


@lru_cache(maxsize=1)
def gbk_punctuation_table() -> dict[str, str]:
    """Latin-1 look of every GBK punctuation mark -> the mark (as used in English text)."""
    table: dict[str, str] = {}
    trails = [*range(0x40, 0x7F), *range(0x80, 0xFF)]
    for lead in range(0xA1, 0xFF):
        for trail in trails:
            try:
                ch = bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and _is_punctuation(ch):
                table[chr(lead) + chr(trail)] = _westernise(ch)
    return table


@lru_cache(maxsize=1)
def _gbk_pattern() -> re.Pattern[str]:
    keys = sorted(gbk_punctuation_table(), key=re.escape)
    return re.compile("|".join(re.escape(k) for k in keys))


def repair_gbk_punctuation(text: str) -> tuple[str, int]:
    """Replace GBK-as-Latin-1 punctuation mojibake; returns the text and the number of repairs."""
    if not re.search("[\u00a1-\u00fe]", text):
        return text, 0
    table = gbk_punctuation_table()
    return _gbk_pattern().subn(lambda m: table[m.group()], text)


_UTF8_AS_LATIN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


#: "â€" and a replacement character: the right double quotation mark (E2 80 9D) read as cp1252, whose last
#: byte cp1252 does not define and a decoder replaced (the bytes of four rarer marks end the same way); or the same
#: mark with that byte dropped, not replaced ("/â€œDunyoâ€ IA/."): "â€" before a space or a stop, read as a lost
#: closing mark only inside an open quotation (a dagger, E2 80 A0, ends "â€" and a no-break space)
_LOST_MARK = re.compile(r"â€(?:\ufffd|(?=[\s.,;:!?)\]/]|$))")
_OPENING = re.compile(r"â€œ|“")
_CLOSING = re.compile(r"â€\x9d|”|â€\ufffd")


def _close_lost_quotes(text: str) -> tuple[str, int]:
    """'â€œSupport to States ... Actionâ€�,': the lost mark closes the quotation a 'â€œ' opened in the same
    paragraph, so it is the closing quotation mark (elsewhere it is left for ftfy)."""
    if "â€" not in text:
        return text, 0
    out, n, pos = [], 0, 0
    for m in _LOST_MARK.finditer(text):
        para_start = text.rfind("\n", 0, m.start()) + 1
        opens = len(_OPENING.findall(text, para_start, m.start()))
        closes = len(_CLOSING.findall(text, para_start, m.start()))
        if opens > closes:
            out.append(text[pos : m.start()] + "”")
            pos, n = m.end(), n + 1
    out.append(text[pos:])
    return "".join(out), n


#: a run of CJK letters, symbols or fullwidth forms, and the "?" an encoder may have left for a lost last byte
_CJK_RUN = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\??")
#: the GBK look of a UTF-8 lead byte of General Punctuation (E2 80): "鈥檚" is "’s", "鈥淩" is "“R"
_GBK_PUNCT_LEAD = "鈥"


def repair_utf8_read_as_gbk(text: str) -> tuple[str, int]:
    """UTF-8 text misread as GBK (or GB18030) and saved again ("Russia鈥檚 military", "鈥淩ubezh-2018鈥?"): a run
    of CJK characters whose GBK bytes are valid UTF-8 for Latin text and punctuation is that text; a closing
    mark whose last byte the encoder could not write ("鈥?") is the closing quotation mark. Real Chinese text
    is left alone: its bytes are almost never valid UTF-8, and never UTF-8 of Latin text."""
    if _GBK_PUNCT_LEAD not in text:
        return text, 0
    n = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal n
        run = m.group(0)
        lost = run.endswith("?")
        body = run[:-1] if lost else run
        try:
            raw = body.encode("gb18030")
        except UnicodeEncodeError:
            return run
        # as written; or, when a "?" follows, with the closing quotation mark's last byte (0x9D) it stands for
        readings = [(raw, "?" if lost else "")] + ([(raw + b"\x9d", "")] if lost else [])
        for data, keep in readings:
            try:
                fixed = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if fixed and all(ord(c) < 0x3000 for c in fixed):
                n += 1
                return fixed + keep
        return run

    return _CJK_RUN.sub(fix, text), n


def repair_mojibake(text: str) -> tuple[str, bool, tuple[str, ...]]:
    """Both repairs plus ftfy's harmless tidying; says whether any encoding repair happened."""
    if text.isascii():
        return text, False, ()  # plain ASCII cannot hold mojibake: skip ftfy, the slowest step of reading
    notes: list[str] = []
    text, n_as_gbk = repair_utf8_read_as_gbk(text)
    if n_as_gbk:
        notes.append(f"repaired {n_as_gbk} run(s) of UTF-8 text misread as GBK")
    text, n_gbk = repair_gbk_punctuation(text)
    n_gbk += n_as_gbk
    if not _UTF8_AS_LATIN.search(text):
        # UTF-8 read as Latin-1/cp1252 always leaves a lead-byte letter (Â…ô) followed by a
        # continuation-byte character; without one there is nothing for ftfy to repair
        return text, bool(n_gbk), tuple(notes)
    if n_gbk:
        notes.append(f"repaired {n_gbk} GBK punctuation mark(s) misread as Latin-1")
    text, n_quotes = _close_lost_quotes(text)
    if n_quotes:
        notes.append(f"restored {n_quotes} closing quotation mark(s) whose last byte was lost")
    try:
        fixed = ftfy.fix_and_explain(text, _FTFY_CONFIG)
    except Exception:  # noqa: BLE001 - ftfy failing must not lose the text
        return text, bool(n_gbk), tuple(notes)
    steps = fixed.explanation or []
    encoding_fixed = any(
        action in _ENCODING_STEPS or (action == "apply" and arg in _ENCODING_APPLIES) for action, arg in steps
    )
    if encoding_fixed:
        notes.append("repaired UTF-8 text that had been misread as Latin-1/Windows-1252")
    return fixed.text, bool(n_gbk) or encoding_fixed, tuple(notes)
