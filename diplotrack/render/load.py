"""Finding and reading position files, with errors that point at the line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from diplotrack.models import PositionFile
from diplotrack.reading import read_position_file
from diplotrack.validate import detect_kind, iter_yaml_files
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


def load_position_files(paths: Sequence[str]) -> list[PositionFile]:
    """Every position file in ``paths`` (files and directories), in path order."""
    return [read_position_file(loaded) for _, loaded in sorted(find_position_files(paths), key=lambda pair: pair[0])]
