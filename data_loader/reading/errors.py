"""The one exception format readers raise: a file that cannot be read, with a reason for users."""

from __future__ import annotations


class Unreadable(Exception):
    """Raised by a format reader; ``message`` is shown to end users as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
