"""JSON Schemas generated from the models, for editors and other validators.

The files in ``schemas/`` are generated, never edited: `check_schemas` says
which are out of date, and a test keeps them in sync.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from diplotrack.atomic import write_text_atomic
from diplotrack.models.annotated import AnnotatedArticle
from diplotrack.models.position_file import PositionFile

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "position-file": PositionFile,
    "annotated-article": AnnotatedArticle,
}


def schema_id(name: str) -> str:
    """The ``$id`` of a schema: a URN, so nothing pretends to be downloadable."""
    return f"urn:diplotrack:schema:{name}"


def build_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one model, with ``$schema`` and ``$id`` first."""
    body = SCHEMA_MODELS[name].model_json_schema(mode="validation")
    return {"$schema": DRAFT, "$id": schema_id(name), **body}


def render_schema(name: str) -> str:
    """The schema as the file holds it: stable key order, two-space indent, final newline."""
    return json.dumps(build_schema(name), indent=2, ensure_ascii=False) + "\n"


def schema_filename(name: str) -> str:
    """``position-file`` -> ``position-file.schema.json``."""
    return f"{name}.schema.json"


def outdated_schemas(directory: Path) -> list[Path]:
    """Schema files in ``directory`` that are missing or differ from the models."""
    stale = []
    for name in SCHEMA_MODELS:
        path = directory / schema_filename(name)
        if not path.is_file() or path.read_text(encoding="utf-8") != render_schema(name):
            stale.append(path)
    return stale


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema into ``directory`` (atomically); return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_MODELS:
        path = directory / schema_filename(name)
        write_text_atomic(path, render_schema(name))
        written.append(path)
    return written
