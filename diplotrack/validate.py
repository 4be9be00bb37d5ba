"""Validate position files and annotated articles: every problem, located.

Each problem becomes a `ValidationIssue` with the file, 1-based line and
column, the field path (``positions[3].stance``), a plain message and a
stable type code. Structure is checked first (YAML, then the models); the
rules that span records (unique ids, references, evidence offsets) are checked
once the structure is sound, since they need it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

import attrs
from pydantic import BaseModel, TypeAdapter, ValidationError

from diplotrack.errors import LocatedError
from diplotrack.models.annotated import AnnotatedArticle, annotated_article_problems
from diplotrack.models.integrity import IntegrityChecker, in_document_order, integrity_problems
from diplotrack.models.position import Position
from diplotrack.models.position_file import SKIP_INTEGRITY, PositionFile
from diplotrack.problems import PathItem, Problem
from diplotrack.yamlio import LoadedYaml, load_yaml_file

DocumentKind = Literal["position", "annotated"]
YAML_SUFFIXES = (".yaml", ".yml")


@attrs.frozen(order=True)
class ValidationIssue:
    """One problem at one place of one file."""

    file: str
    line: int
    column: int
    path: str
    message: str
    type: str

    def format(self) -> str:
        """The yamllint-style line: ``file:line:column: [error] path: message (type)``."""
        return f"{self.file}:{self.line}:{self.column}: [error] {self.path}: {self.message} ({self.type})"


@attrs.frozen
class FileReport:
    """What validating one file found."""

    file: str
    kind: DocumentKind | None
    issues: tuple[ValidationIssue, ...]
    io_error: bool = False

    @property
    def valid(self) -> bool:
        """Whether the file has no problem at all."""
        return not self.issues


@attrs.frozen
class Report:
    """What validating many files found, shaped like a frictionless report."""

    files: tuple[FileReport, ...]

    @property
    def valid(self) -> bool:
        """Whether every file is valid."""
        return all(file.valid for file in self.files)

    @property
    def issues(self) -> list[ValidationIssue]:
        """Every issue of every file, in file order."""
        return [issue for file in self.files for issue in file.issues]

    def to_json(self) -> dict[str, Any]:
        """``{"valid", "stats", "errors"}`` with one dict per issue."""
        return {
            "valid": self.valid,
            "stats": {
                "files": len(self.files),
                "invalid_files": sum(not file.valid for file in self.files),
                "errors": len(self.issues),
            },
            "errors": [attrs.asdict(issue) for issue in self.issues],
        }


def detect_kind(value: Any) -> DocumentKind | None:
    """Tell a position file from an annotated article by its top-level keys."""
    if not isinstance(value, dict):
        return None
    if "expect" in value or "text" in value:
        return "annotated"
    if "format_version" in value:
        return "position"
    return None


def validate_file(path: str, kind: DocumentKind | None = None) -> FileReport:
    """Validate one file; I/O failures are reported as an ``io-error`` issue."""
    try:
        loaded = load_yaml_file(path)
    except LocatedError as error:
        issue = ValidationIssue(path, error.line, error.column, "(document)", error.message, error.type)
        return FileReport(path, kind, (issue,))
    except OSError as error:
        issue = ValidationIssue(path, 0, 0, "(document)", error.strerror or str(error), "io-error")
        return FileReport(path, kind, (issue,), io_error=True)
    return validate_loaded(loaded, kind, consume=True)


def validate_loaded(loaded: LoadedYaml, kind: DocumentKind | None = None, *, consume: bool = False) -> FileReport:
    """Validate an already loaded document.

    With ``consume``, the loaded value's lists are emptied as their records
    are validated, so that raw data and models of a large file are never in
    memory in full at the same time; ``loaded.value`` is unusable afterwards.
    """
    return _validate(loaded, kind, consume=consume)[1]


def validate_document(loaded: LoadedYaml, kind: DocumentKind) -> tuple[BaseModel | None, FileReport]:
    """Validate a loaded document and keep its model: ``(model, report)``, the model None when invalid.

    For readers that need the model as well as the verdict, so that the
    document is not validated a second time to build it.
    """
    return _validate(loaded, kind, consume=False)


def _validate(loaded: LoadedYaml, kind: DocumentKind | None, *, consume: bool) -> tuple[BaseModel | None, FileReport]:
    kind = kind or detect_kind(loaded.value)
    if kind is None:
        message = (
            "cannot tell what this file is: a position file has a top-level `format_version`, "
            "an annotated article has `text` and `expect`"
        )
        line, column = loaded.locate(())
        issue = ValidationIssue(loaded.filename, line, column, "(document)", message, "unknown-kind")
        return None, FileReport(loaded.filename, None, (issue,))
    if kind == "position" and consume and isinstance(loaded.value, dict):
        details, problems = _check_position_file_streaming(loaded.value)
        issues = [_issue_from_pydantic(loaded, d) for d in details] + [_issue_from_problem(loaded, p) for p in problems]
        return None, FileReport(loaded.filename, kind, tuple(issues))
    model: type[BaseModel] = PositionFile if kind == "position" else AnnotatedArticle
    try:
        document = model.model_validate(loaded.value, context={SKIP_INTEGRITY: True})
    except ValidationError as error:
        issues = [_issue_from_pydantic(loaded, detail) for detail in error.errors(include_url=False)]
        return None, FileReport(loaded.filename, kind, tuple(issues))
    if isinstance(document, PositionFile):
        problems = integrity_problems(document)
    else:
        assert isinstance(document, AnnotatedArticle)
        problems = annotated_article_problems(document)
    report = FileReport(loaded.filename, kind, tuple(_issue_from_problem(loaded, p) for p in problems))
    return (None if problems else document), report


_CHUNK = 2_000
_POSITIONS: TypeAdapter[list[Position]] = TypeAdapter(list[Position])


def _check_position_file_streaming(value: dict[str, Any]) -> tuple[list[Any], list[Problem]]:
    """Validate a position file with its positions a chunk at a time, consuming ``value``.

    Raw positions are freed as they are validated and checked, and their
    models are not kept, so a file of many positions needs little more
    memory than its raw data. Returns pydantic error details (structure) or,
    when the structure is sound, integrity problems, as whole validation would.
    """
    raw_positions: list[Any] = value.pop("positions") if isinstance(value.get("positions"), list) else []
    details: list[Any] = []
    checker: IntegrityChecker | None = None
    try:
        checker = IntegrityChecker(PositionFile.model_validate(value, context={SKIP_INTEGRITY: True}))
        checker.run()
    except ValidationError as error:
        details.extend(error.errors(include_url=False))
    ids: list[str | None] = []
    for start in range(0, len(raw_positions), _CHUNK):
        chunk = raw_positions[start : start + _CHUNK]
        raw_positions[start : start + _CHUNK] = [None] * len(chunk)
        try:
            positions = _POSITIONS.validate_python(chunk)
        except ValidationError as error:
            for detail in error.errors(include_url=False):
                index, *rest = detail["loc"]
                details.append({**detail, "loc": ("positions", start + int(index), *rest)})
            continue
        if checker is not None and not details:
            for offset, position in enumerate(positions):
                checker.check_position(start + offset, position)
            ids.extend(position.id for position in positions)
    if details or checker is None:
        return details, []
    checker.check_unique("positions", ids)
    return [], in_document_order(checker.problems)


def _issue_from_problem(loaded: LoadedYaml, problem: Problem) -> ValidationIssue:
    line, column = loaded.locate(problem.path)
    return ValidationIssue(loaded.filename, line, column, problem.dotted_path, problem.message, problem.type)


_PLAIN_MESSAGES = {
    "missing": "required field missing",
    "model_type": "expected a mapping of fields",
    "model_attributes_type": "expected a mapping of fields",
    "dict_type": "expected a mapping",
    "list_type": "expected a list",
}


def _issue_from_pydantic(loaded: LoadedYaml, detail: Any) -> ValidationIssue:
    path: tuple[PathItem, ...] = tuple(item for item in detail["loc"] if isinstance(item, (str, int)))
    kind = detail["type"]
    if kind == "extra_forbidden":
        line, column = loaded.locate_key(path)
        message = f"unknown field {path[-1]!r}"
    else:
        line, column = loaded.locate(path)
        message = _PLAIN_MESSAGES.get(kind) or str(detail["msg"]).removeprefix("Value error, ")
        shows_input = kind not in _PLAIN_MESSAGES and kind != "value_error"
        if shows_input and "input" in detail and not isinstance(detail["input"], (dict, list)):
            message += f", got {detail['input']!r}"
    return ValidationIssue(
        loaded.filename, line, column, Problem(path, "", "").dotted_path, message, kind.replace("_", "-")
    )


def iter_yaml_files(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, and ``*.yaml``/``*.yml`` under directories, recursively and sorted.

    A path that does not exist is yielded as is, so that reading it reports the error.
    """
    for path in paths:
        if Path(path).is_dir():
            found: list[str] = []
            for directory, subdirectories, files in os.walk(path):
                subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
                found.extend(os.path.join(directory, f) for f in files if f.endswith(YAML_SUFFIXES))
            yield from sorted(found)
        else:
            yield path


def validate_paths(paths: Iterable[str], kind: DocumentKind | None = None) -> Report:
    """Validate files and directories of files."""
    return Report(tuple(validate_file(path, kind) for path in iter_yaml_files(paths)))
