"""The reader's product: one source file turned into clean text, or a reason why not.

Everything downstream (extraction, evidence spans, the dashboard's source view)
works on ``Document.text``; character offsets in ``evidence`` point into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: reader statuses; the pipeline adds ``duplicate`` and ``no_event`` later.
OK, EMPTY, UNREADABLE = "ok", "empty", "unreadable"


@dataclass(frozen=True)
class Document:
    source_file: str
    sha256: str
    size_bytes: int
    format: str
    text: str
    status: str = OK
    message: str = ""
    encoding: str = ""
    encoding_repaired: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.status == OK
