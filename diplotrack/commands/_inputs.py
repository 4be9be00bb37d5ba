"""Reading the inputs of ``parse`` and ``eval``: plain texts and annotated articles."""

from __future__ import annotations

from pathlib import Path

from diplotrack.errors import LocatedError
from diplotrack.models import AnnotatedArticle
from diplotrack.validate import YAML_SUFFIXES, validate_document
from diplotrack.yamlio import invalid_utf8, load_yaml_file

MAX_TEXT_BYTES = 64 * 1024 * 1024


def load_annotated(path: str) -> AnnotatedArticle:
    """An annotated article, or a `LocatedError` at the first problem of the file."""
    loaded = load_yaml_file(path)
    article, report = validate_document(loaded, "annotated")
    if report.issues:
        issue = report.issues[0]
        raise LocatedError(path, issue.line, issue.column, f"{issue.path}: {issue.message}", issue.type)
    assert isinstance(article, AnnotatedArticle)
    return article


def is_yaml(path: str) -> bool:
    """Whether a path names a YAML file."""
    return path.endswith(YAML_SUFFIXES)


def read_text(path: str) -> str:
    """A plain-text article, decoded as UTF-8; undecodable input is a one-line error."""
    data = Path(path).read_bytes()
    if len(data) > MAX_TEXT_BYTES:
        raise LocatedError(path, 1, 1, f"file is larger than {MAX_TEXT_BYTES} bytes", "file-too-large")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise invalid_utf8(data, error, path) from None
