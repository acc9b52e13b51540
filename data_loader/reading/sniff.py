"""What a file really is, from its first bytes rather than its name.

Users rename files, sites serve PDFs as ".html", and folders collect images and
installers by accident. Magic numbers decide; the suffix only breaks ties
between the text formats (txt, md, html), which have no magic number.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import filetype

from data_loader.reading.decode import BOMS

#: our name for a file kind -> how a message names it.
KIND_LABELS = {
    "xlsx": "an Excel workbook", "pptx": "a PowerPoint presentation", "odt": "an OpenDocument text file",
    "ods": "an OpenDocument spreadsheet", "odp": "an OpenDocument presentation", "epub": "an e-book (EPUB)",
    "zip": "a ZIP archive", "doc": "an old-style Microsoft Office file (.doc/.xls/.ppt)",
    "rtf": "an RTF document", "exe": "a Windows program", "elf": "a Linux program",
    "binary": "a binary file",
}
#: advice appended when a document format we do not read has an easy way out.
SAVE_AS_HINT = " Save it as .docx, .pdf or .txt and add it again."
_HINTED = frozenset({"doc", "rtf", "odt", "epub", "xlsx", "pptx", "ods", "odp"})
_ZIP_MEMBERS = (
    ("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx"),
    ("META-INF/container.xml", "epub"),
)


@dataclass(frozen=True)
class Sniffed:
    #: "pdf", "docx", "text" (txt/md/html decided after decoding), or the name of what was found.
    kind: str
    #: for unsupported kinds: what a message calls it ("a PNG image").
    label: str = ""

    @property
    def supported(self) -> bool:
        return self.kind in ("pdf", "docx", "text")

    def refusal(self) -> str:
        """The plain-language message for an unsupported kind."""
        hint = SAVE_AS_HINT if self.kind in _HINTED else ""
        return f"This looks like {self.label}, not a press release: nothing was read.{hint}"


def sniff(data: bytes, suffix: str) -> Sniffed:
    """Classify raw bytes; text encodings with a BOM are text whatever filetype thinks."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return Sniffed("text")
    if b"%PDF-" in data[:1024]:
        return Sniffed("pdf")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, suffix)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return Sniffed("doc", KIND_LABELS["doc"])
    if data.startswith(b"{\\rtf"):
        return Sniffed("rtf", KIND_LABELS["rtf"])
    if _has_binary_head(data) or data.startswith(b"%!PS"):
        guess = _filetype_guess(data)
        if guess is not None:
            return guess
    return Sniffed("text")


#: bytes that plain text contains: tab, line feed, form feed, carriage return, and everything from the space up
_TEXT_BYTES = bytes([9, 10, 12, 13, *range(32, 256)])


def _has_binary_head(data: bytes) -> bool:
    """A NUL in the first kilobyte, or a control byte among the first 32 bytes where magic numbers live.

    Only such heads are given to ``filetype``: its signatures include printable ones, so a release
    that begins "BMW ..." or "ID3 ..." was refused as a bitmap or an MP3. Every binary format it knows
    has a NUL or a control byte there (PostScript, the printable exception, is checked by name).
    """
    return b"\x00" in data[:1024] or bool(data[:32].translate(None, _TEXT_BYTES))


def _filetype_guess(data: bytes) -> Sniffed | None:
    try:
        kind = filetype.guess(data[:8192])
    except Exception:  # noqa: BLE001 - a sniffer failure only means "unknown"
        return None
    if kind is None:
        return None
    ext, mime = kind.extension, kind.mime
    if ext in KIND_LABELS:
        return Sniffed(ext, KIND_LABELS[ext])
    family = mime.split("/", 1)[0]
    noun = {"image": "image", "audio": "audio file", "video": "video"}.get(family, "file")
    return Sniffed(ext, f"{_article(ext)} {ext.upper()} {noun}")


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aefhilmnorsx" else "a"


def _zip_kind(data: bytes, suffix: str) -> Sniffed:
    """A zip is a DOCX, another Office/ODF file, or just an archive; a broken .docx stays docx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100].decode("ascii", "ignore") if "mimetype" in names else ""
    except Exception:  # noqa: BLE001 - a damaged zip: let the DOCX reader explain, if it claims to be one
        return Sniffed("docx") if suffix == ".docx" else Sniffed("zip", "a damaged ZIP archive")
    for member, kind in _ZIP_MEMBERS:
        if member in names:
            return Sniffed(kind) if kind == "docx" else Sniffed(kind, KIND_LABELS[kind])
    for odf in ("odt", "ods", "odp"):
        if mimetype.endswith({"odt": "text", "ods": "spreadsheet", "odp": "presentation"}[odf]):
            return Sniffed(odf, KIND_LABELS[odf])
    return Sniffed("zip", KIND_LABELS["zip"])
