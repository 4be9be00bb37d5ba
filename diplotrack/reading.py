"""Reading one position file for a command, with its first problem located at a line."""

from __future__ import annotations

import os

from diplotrack.errors import LocatedError
from diplotrack.models import PositionFile
from diplotrack.validate import validate_document
from diplotrack.yamlio import LoadedYaml, load_yaml_file


def read_position_file(loaded: LoadedYaml) -> PositionFile:
    """The position file of a loaded document; its first problem raises `LocatedError`."""
    document, report = validate_document(loaded, "position")
    if report.issues:
        first = report.issues[0]
        more = (
            f" (and {len(report.issues) - 1} more problems; run `diplotrack validate`)"
            if len(report.issues) > 1
            else ""
        )
        raise LocatedError(first.file, first.line, first.column, f"{first.path}: {first.message}{more}", first.type)
    assert isinstance(document, PositionFile)
    return document


def load_located(path: str | os.PathLike[str]) -> PositionFile:
    """A position file read strictly; unreadable YAML or an invalid record raises `LocatedError`.

    The command line prints it as ``path:line:col: field.path: message`` and
    exits 2; ``diplotrack validate`` lists every problem.
    """
    return read_position_file(load_yaml_file(os.fspath(path)))
