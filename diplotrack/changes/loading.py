"""Reading position files for the change tools."""

from __future__ import annotations

import os

from pydantic import ValidationError

from diplotrack.errors import DiplotrackError
from diplotrack.models import PositionFile
from diplotrack.yamlio import load_yaml_file


def load_position_file(path: str | os.PathLike[str]) -> PositionFile:
    """A position file read strictly and validated.

    Raises `OSError` when it cannot be read, `diplotrack.LocatedError` when it
    is not valid YAML and `pydantic.ValidationError` when it is not a valid
    position file.
    """
    return PositionFile.model_validate(load_yaml_file(os.fspath(path)).value)


class InvalidPositionFileError(DiplotrackError, ValueError):
    """A file that is YAML but not a valid position file; the message is one line."""


def load_or_explain(path: str | os.PathLike[str]) -> PositionFile:
    """`load_position_file`, with schema errors turned into a one-line `path: message` error.

    The command line prints `diplotrack.DiplotrackError` messages and exits 2;
    ``diplotrack validate`` gives the located report of every problem.
    """
    try:
        return load_position_file(path)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        more = f" (and {error.error_count() - 1} more; run `diplotrack validate`)" if error.error_count() > 1 else ""
        message = " ".join(str(first["msg"]).split())
        raise InvalidPositionFileError(f"{os.fspath(path)}: {where + ': ' if where else ''}{message}{more}") from None
