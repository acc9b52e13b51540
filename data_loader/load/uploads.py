"""Add a document to the documents folder from an untrusted upload.

Plain Python (the upload page is a thin shell around :func:`save_upload`).

Nothing the client sends is trusted:

* the **name** is reduced to a safe base name (:func:`safe_filename`): directories, drive letters,
  control and invisible characters, reserved device names and leading dots are removed, the stem is
  shortened, and only the suffixes the reader supports are kept;
* the **content** must match the suffix (:func:`check_content`): a ``.pdf`` starts with ``%PDF-``, a
  ``.docx`` is a zip holding ``word/document.xml``, an ``.html`` file is text with HTML markup, a
  ``.txt``/``.md`` file decodes as text and holds no NUL bytes;
* the **size** is capped (:data:`MAX_UPLOAD_BYTES`);
* an exact copy (same SHA-256) of a file already in the folder is refused, naming that file.

The file is written to a hidden temporary file in the same folder, flushed to disk, then linked to
its final name, which never overwrites an existing file (a concurrent upload of the same name gets
another one). The final path is checked to lie inside the folder before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from data_loader.load.pipeline import IGNORED_NAMES, list_files

try:  # the reader's own per-format ceilings (text files are refused sooner than PDFs)
    from data_loader.reading.limits import limit_for as _reader_limit_for
except ImportError:  # pragma: no cover - reader without limits
    _reader_limit_for = None

#: Largest file accepted from the browser.
MAX_UPLOAD_MB = 10
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
#: Suffixes accepted (what the reader reads); ``.htm`` is kept as ``.htm``.
ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
#: For ``st.file_uploader(type=...)``.
UPLOADER_TYPES = [s.lstrip(".") for s in ALLOWED_SUFFIXES]
#: Longest stem kept, in UTF-8 bytes (file systems allow 255 per name; room is left for ``-NNN``).
MAX_STEM_BYTES = 120
DEFAULT_STEM = "document"

#: Device names Windows refuses as file names, whatever the extension (a shared folder may be on SMB).
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in [*"123456789", "¹", "²", "³"]
}

#: Which content kinds each suffix accepts.
EXPECTED_KINDS: dict[str, tuple[str, ...]] = {
    ".txt": ("text", "html"),
    ".md": ("text", "html"),
    ".html": ("html",),
    ".htm": ("html",),
    ".pdf": ("pdf",),
    ".docx": ("docx",),
}
KIND_LABELS = {
    "text": "plain text", "html": "an HTML page", "pdf": "a PDF", "docx": "a Word (.docx) document",
}

_HTML_MARKERS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]|<meta[\s>]|<article[\s>]"
    rb"|<div[\s>]|<p[\s>]|<h[1-6][\s>]|<span[\s>]|<table[\s>]|<br\s*/?>",
    re.IGNORECASE,
)
#: Magic numbers of formats people drop by mistake (checked before deciding a file is text).
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (e.g. WebP, WAV, AVI)"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF document; save it as .docx or .txt"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"\x00\x00\x00", "a binary file"),
]
_TEXT_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v", "\x1b"}


@dataclass(frozen=True)
class UploadResult:
    """What happened to one uploaded file: saved (``path``/``name`` set) or refused (``reason``)."""

    original_name: str
    saved: bool
    reason: str = ""
    #: absolute path of the new file
    path: Path | None = None
    #: the file's name inside the documents folder: its ``source_file`` in the tables
    name: str = ""
    sha256: str = ""
    size_bytes: int = 0
    #: detected content: text, html, pdf, docx, or empty when refused before detection
    kind: str = ""
    #: ``source_file`` of the identical file already in the folder, when refused as a duplicate
    duplicate_of: str = ""
    #: the name was changed (sanitised, or made unique)
    renamed: bool = False

    @property
    def message(self) -> str:
        if not self.saved:
            return self.reason
        note = f" (renamed from “{self.original_name}”)" if self.renamed else ""
        return f"Saved as {self.name}{note}."


# ----------------------------------------------------------------------------------------- names


def _split_suffix(name: str, allow_empty_stem: bool = False) -> tuple[str, str]:
    dot = name.rfind(".")
    if dot < 0 or (dot == 0 and not allow_empty_stem):
        return name, ""
    return name[:dot], name[dot:].lower()


def _keep_char(ch: str) -> bool:
    if ch in "-_.()+,":
        return True
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "N") or cat == "Mn"  # letters, digits, combining accents


def _clip_utf8(text: str, limit: int) -> str:
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    return raw[:limit].decode("utf-8", errors="ignore")


def base_name(client_name: str) -> str:
    """The last path component of a client-supplied name (``/`` ``\\`` and drive letters are separators)."""
    name = unicodedata.normalize("NFKC", str(client_name or ""))
    name = name.replace("\x00", "")
    # Every slash-like character counts as a separator, whichever OS the client runs.
    name = re.sub(r"[/\\\u2215\u2044\u29f8\u29f9\uff0f\uff3c]", "/", name)
    name = name.rsplit("/", 1)[-1]
    return re.sub(r"^[A-Za-z]:", "", name)  # "C:x.txt" is relative to drive C's cwd on Windows


def safe_filename(client_name: str, default_suffix: str = "") -> str:
    """A file name that is safe to create in the documents folder, or ``""`` if the suffix is not allowed.

    Keeps the readable part of the client's name: ``"../../Press release (EN).PDF"`` ->
    ``"Press_release_(EN).pdf"``. The suffix is lower-cased and must be one of
    :data:`ALLOWED_SUFFIXES` (``default_suffix`` is used when the name has none).
    """
    name = base_name(client_name)
    name = "".join(ch if _keep_char(ch) else (" " if ch.isspace() else "") for ch in name)
    stem, suffix = _split_suffix(name.strip(), allow_empty_stem=True)
    suffix = suffix or default_suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return ""
    stem = re.sub(r"\s+", "_", stem.strip())
    stem = re.sub(r"\.{2,}", ".", stem)  # no "..", however harmless in a base name
    stem = stem.strip("._-+, ")
    stem = _clip_utf8(stem, MAX_STEM_BYTES).rstrip("._-+, ")
    if stem.split(".", 1)[0].upper() in WINDOWS_RESERVED:
        stem = f"{stem}_"
    if not stem:
        stem = DEFAULT_STEM
    name = f"{stem}{suffix}"
    if name in IGNORED_NAMES:  # the loader would skip it (e.g. README.md)
        name = f"{stem}_doc{suffix}"
    return name


def _existing_names(folder: Path) -> set[str]:
    try:
        return {n.casefold() for n in os.listdir(folder)}
    except OSError:
        return set()


def unique_name(folder: Path, name: str) -> str:
    """``name``, or ``stem-2.ext``, ``stem-3.ext``... so that no existing file (any case) is reused."""
    taken = _existing_names(folder)
    stem, suffix = _split_suffix(name)
    candidate, n = name, 1
    while candidate.casefold() in taken or os.path.lexists(folder / candidate):
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    return candidate


def inside(folder: Path, path: Path) -> bool:
    """True when ``path`` (after resolving symlinks and ``..``) is a direct child of ``folder``."""
    folder = folder.resolve()
    resolved = path.resolve()
    return resolved.parent == folder and resolved.is_relative_to(folder)


# --------------------------------------------------------------------------------------- content


def _looks_like_text(data: bytes) -> str | None:
    """The decoded text when ``data`` is text in some encoding, else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    else:
        if b"\x00" in data:
            return None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:200_000]).best()
            if best is None:
                return None
            text = str(best)
    if "\x00" in text:
        return None
    sample = text[:100_000]
    if not sample:
        return text
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROL_OK)
    return text if bad <= max(2, len(sample) // 200) else None


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def detect_kind(data: bytes) -> tuple[str, str]:
    """``(kind, description)`` of the bytes, from the content alone.

    kind is ``pdf``, ``docx``, ``html``, ``text``, or ``""`` (not a document; description says what it
    seems to be).
    """
    head = data[:1024]
    if data[:5] == b"%PDF-" or b"%PDF-" in head.lstrip()[:16]:
        return "pdf", KIND_LABELS["pdf"]
    if data[:4] == b"PK\x03\x04":
        if _is_docx(data):
            return "docx", KIND_LABELS["docx"]
        return "", "a zip archive (not a Word document)"
    for magic, label in _MAGIC:
        if data.startswith(magic):
            # two letters are too common a start of text: only when the rest is binary
            if magic in (b"BM", b"MZ") and _looks_like_text(data) is not None:
                break
            return "", label
    text = _looks_like_text(data)
    if text is None:
        return "", "binary data (not text)"
    if _HTML_MARKERS.search(data[:200_000]):
        return "html", KIND_LABELS["html"]
    return "text", KIND_LABELS["text"]


def check_content(data: bytes, suffix: str) -> tuple[str, str]:
    """``(kind, refusal)``: the content's kind, and why it does not fit ``suffix`` (empty when it does)."""
    suffix = suffix.lower()
    if not data.strip():
        return "", "The file is empty."
    kind, label = detect_kind(data)
    expected = EXPECTED_KINDS.get(suffix, ())
    if kind and kind in expected:
        return kind, ""
    want = " or ".join(KIND_LABELS[k] for k in expected[:1]) or "a supported document"
    if kind:
        better = next((s for s, kinds in EXPECTED_KINDS.items() if kinds[0] == kind), "")
        hint = f"; rename it to {better}" if better else ""
        return kind, f"The file is named {suffix} but its content is {label}, not {want}{hint}."
    return "", f"The file is named {suffix} but its content is {label}, not {want}."


# ---------------------------------------------------------------------------------------- saving


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_duplicate(folder: Path, data: bytes, sha256: str | None = None) -> str:
    """Relative name of a document in ``folder`` with exactly these bytes, or ``""``.

    Only files of the same size are hashed, so a large folder costs a directory walk.
    """
    sha256 = sha256 or sha256_of(data)
    for path in list_files(folder):
        try:
            if path.stat().st_size != len(data):
                continue
            with path.open("rb") as fh:
                if hashlib.file_digest(fh, "sha256").hexdigest() == sha256:
                    return path.relative_to(folder).as_posix()
        except OSError:
            continue
    return ""


def _write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` under a fresh name close to ``name``; never overwrites. Returns the final path."""
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        for _ in range(1000):
            final = folder / unique_name(folder, name)
            if not inside(folder, final):
                raise ValueError(f"refusing to write outside the documents folder: {final}")
            try:
                os.link(tmp, final)  # atomic and exclusive: fails if the name appeared meanwhile
            except FileExistsError:
                continue
            except OSError:
                # No hard links on this file system: atomic rename (checked free just above).
                os.replace(tmp, final)
            return final
        raise FileExistsError(f"no free name for {name} in {folder}")
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def save_upload(
    folder: Path | str, client_name: str, data: bytes, *, max_bytes: int = MAX_UPLOAD_BYTES
) -> UploadResult:
    """Check one uploaded file and, if it is acceptable, save it in ``folder``.

    Never raises for bad input: a refusal is a result with ``saved=False`` and a ``reason`` a user
    can act on.
    """
    original = str(client_name or "")
    shown = base_name(original) or original or "(no name)"

    def refuse(reason: str, **kw) -> UploadResult:
        return UploadResult(original_name=original, saved=False, reason=f"{shown}: {reason}",
                            size_bytes=len(data), **kw)

    folder = Path(folder)
    if not folder.is_dir():
        return refuse(f"the documents folder {folder} does not exist.")
    folder = folder.resolve()
    if len(data) > max_bytes:
        return refuse(f"the file is {len(data) / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB.")
    name = safe_filename(original)
    if not name:
        allowed = " ".join(ALLOWED_SUFFIXES)
        return refuse(f"only these file types are accepted: {allowed}.")
    kind, problem = check_content(data, _split_suffix(name)[1])
    if problem:
        return refuse(problem, kind=kind)
    reader_limit = _reader_limit_for(kind) if _reader_limit_for else None
    if reader_limit and len(data) > reader_limit:
        return refuse(f"the file is {len(data) / 1048576:.1f} MB; the reader does not read "
                      f"{KIND_LABELS[kind]} larger than {reader_limit / 1048576:.0f} MB.", kind=kind)
    sha = sha256_of(data)
    dup = find_duplicate(folder, data, sha)
    if dup:
        return refuse(f"this exact file is already in the documents folder as {dup}; it was not added again.",
                      kind=kind, sha256=sha, duplicate_of=dup)
    try:
        final = _write_new(folder, name, data)
    except OSError as exc:
        return refuse(f"the file could not be saved ({exc.strerror or exc}).", kind=kind, sha256=sha)
    rel = final.relative_to(folder).as_posix()
    return UploadResult(
        original_name=original, saved=True, path=final, name=rel, sha256=sha, size_bytes=len(data),
        kind=kind, renamed=rel != original,
    )


# ---------------------------------------------------------------------------------- what it gave


@dataclass(frozen=True)
class DocumentOutcome:
    """What the loader made of one document: its events, or why there are none."""

    source_file: str
    status: str
    message: str
    #: events rows (codebook columns + reading conveniences) reported by this document
    events: pd.DataFrame
    #: merges rows in which this document took part
    merges: pd.DataFrame

    @property
    def found(self) -> bool:
        return self.status != "missing"


OUTCOME_COLUMNS = ["event_id", "title", "event_type", "start_date", "end_date", "city", "country",
                   "organizers", "sources"]


def document_outcome(tables, source_file: str) -> DocumentOutcome:
    """The events ``source_file`` produced in ``tables`` (a :class:`~data_loader.Tables`), or its status."""
    docs = tables.documents
    row = docs[docs["source_file"] == source_file]
    ids = tables.event_sources.loc[tables.event_sources["source_file"] == source_file, "event_id"]
    events = tables.events[tables.events["event_id"].isin(set(ids))]
    events = events.reindex(columns=[c for c in OUTCOME_COLUMNS if c in events.columns] +
                            [c for c in events.columns if c not in OUTCOME_COLUMNS])
    merges = tables.merges
    merges = merges[(merges["source_file"] == source_file) | (merges["merged_with"] == source_file)]
    if row.empty:
        return DocumentOutcome(source_file, "missing",
                               "The loader did not list this file (is it hidden or ignored?).",
                               events.reset_index(drop=True), merges.reset_index(drop=True))
    first = row.iloc[0]
    message = first["message"] if isinstance(first["message"], str) else ""
    return DocumentOutcome(source_file, str(first["status"]), message, events.reset_index(drop=True),
                           merges.reset_index(drop=True))
