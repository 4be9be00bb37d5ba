"""Reading position files for the change tools."""

from __future__ import annotations

import os

from diplotrack.models import PositionFile
from diplotrack.yamlio import load_yaml_file


def load_position_file(path: str | os.PathLike[str]) -> PositionFile:
    """A position file read strictly and validated.

    Raises `OSError` when it cannot be read, `diplotrack.LocatedError` when it
    is not valid YAML and `pydantic.ValidationError` when it is not a valid
    position file.
    """
    return PositionFile.model_validate(load_yaml_file(os.fspath(path)).value)
