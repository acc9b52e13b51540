"""Size limits: a reader that tries to load anything a user drops in must refuse absurd files.

Press releases are a few kilobytes of text; a 20 MB "text" file is a log, a dump or a
mistake, and decoding/cleaning it would stall the whole corpus load. Containers (PDF,
DOCX) carry images and fonts, so they get a higher ceiling.
"""

from __future__ import annotations

MB = 1024 * 1024
#: text-like formats (txt, md, html): more than this is not a press release.
TEXT_LIMIT_BYTES = 5 * MB
#: container formats (pdf, docx), which embed fonts and pictures.
CONTAINER_LIMIT_BYTES = 30 * MB
#: PDF pages read at most; a release is a few pages, a 2,000-page report is not one.
PDF_MAX_PAGES = 300
#: total uncompressed size a DOCX may declare (a zip bomb guard).
DOCX_MAX_UNCOMPRESSED_BYTES = 200 * MB

CONTAINER_FORMATS = frozenset({"pdf", "docx"})


def limit_for(fmt: str) -> int:
    """The byte limit for a detected format."""
    return CONTAINER_LIMIT_BYTES if fmt in CONTAINER_FORMATS else TEXT_LIMIT_BYTES


def human_size(n: int) -> str:
    """Sizes as people say them ("20.0 MB", "512 bytes"), for user-facing messages."""
    if n >= MB:
        return f"{n / MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def too_large_message(size: int, fmt: str) -> str | None:
    """A plain-language refusal when ``size`` exceeds the limit for ``fmt``, else None."""
    limit = limit_for(fmt)
    if size <= limit:
        return None
    return (
        f"This {fmt.upper()} file is {human_size(size)}, larger than the {human_size(limit)} limit "
        f"for {fmt.upper()} files, so it was not read. A press release is much smaller: check that "
        "this is the right file, or split it."
    )
