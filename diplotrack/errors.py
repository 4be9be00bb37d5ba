"""The root error type and the located errors users see."""

from __future__ import annotations


class DiplotrackError(Exception):
    """Root of every error diplotrack raises on purpose."""


class LocatedError(DiplotrackError, ValueError):
    """A problem at a place in a file: ``path:line:column: message``.

    ``line`` and ``column`` count from 1, as editors do; 0 means unknown.
    """

    def __init__(self, filename: str, line: int, column: int, message: str, type: str) -> None:
        super().__init__(f"{filename}:{line}:{column}: {message}")
        self.filename = filename
        self.line = line
        self.column = column
        self.message = message
        self.type = type
