"""Finding and reading position files, with errors that point at the line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from diplotrack.errors import LocatedError
from diplotrack.models import PositionFile
from diplotrack.validate import detect_kind, iter_yaml_files, validate_document
from diplotrack.yamlio import LoadedYaml, load_yaml_file


def find_position_files(paths: Iterable[str]) -> list[tuple[str, LoadedYaml]]:
    """Files given by name, and position files found under directories.

    Under a directory, YAML files that are not position files (annotated
    articles, an ``mkdocs.yml``) are passed over; a file named explicitly must
    be a position file. Unreadable YAML is an error either way.
    """
    found: list[tuple[str, LoadedYaml]] = []
    for given in paths:
        explicit = not Path(given).is_dir()
        for path in iter_yaml_files([given]):
            loaded = load_yaml_file(path)
            if explicit or detect_kind(loaded.value) == "position":
                found.append((path, loaded))
    return found


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


def load_position_files(paths: Sequence[str]) -> list[PositionFile]:
    """Every position file in ``paths`` (files and directories), in path order."""
    return [read_position_file(loaded) for _, loaded in sorted(find_position_files(paths), key=lambda pair: pair[0])]
