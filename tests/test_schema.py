"""The JSON Schemas in ``schemas/`` match the models, and agree with the validator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplotrack.cli import main
from diplotrack.schema import SCHEMA_MODELS, render_schema, schema_filename
from diplotrack.validate import validate_file

ROOT = Path(__file__).parent.parent
SCHEMAS = ROOT / "schemas"
MALFORMED = ROOT / "tests" / "malformed"


def test_committed_schemas_are_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--check", "--dir", str(SCHEMAS)]) == 0


def test_check_fails_on_a_stale_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--dir", str(tmp_path)]) == 0
    stale = tmp_path / schema_filename("position-file")
    stale.write_text(stale.read_text().replace('"Position"', '"Stance"', 1))
    assert main(["schema", "--check", "--dir", str(tmp_path)]) == 1
    assert "position-file.schema.json: out of date" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(SCHEMA_MODELS))
def test_schema_has_draft_and_id(name: str) -> None:
    schema = json.loads(render_schema(name))
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["$id"] == f"urn:diplotrack:schema:{name}"


# Files whose problems are structural: JSON Schema can see them. Rules that span
# records (references, unique ids, offsets against the text) are beyond JSON
# Schema, so those files are valid to check-jsonschema by design.
STRUCTURAL = [
    "model-bad-stance",
    "model-unknown-field",
    "model-missing-stance",
    "model-list-expected",
    "model-bad-slug",
    "model-unknown-country-code",
    "model-country-name-not-code",
    "model-bad-visit-status",
    "model-format-version-2",
    "model-bad-wikidata",
    "model-plan-item-without-text",
    "model-negative-offset",
    "model-empty-visitors",
    "yaml-invalid-date",
    "yaml-float-not-string",
    "yaml-yes-is-not-a-stance",
    "yaml-version-as-string",
    "annotated-bad-id",
    "annotated-missing-text",
    "annotated-unknown-country",
    "annotated-bad-status",
]


def check_jsonschema(schema: str, path: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMAS / schema), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr + result.stdout
    return result.returncode == 0


@pytest.mark.parametrize("stem", [*STRUCTURAL, "valid-position", "valid-annotated"])
def test_check_jsonschema_gives_the_same_verdict(stem: str) -> None:
    if stem == "valid-position":
        path = ROOT / "seeds" / "macron-israel-2023-11-10.position.yaml"
    elif stem == "valid-annotated":
        path = ROOT / "seeds" / "macron-israel-2023-11-10.yaml"
    else:
        path = MALFORMED / f"{stem}.yaml"
    schema = schema_filename(
        "annotated-article" if stem.startswith(("annotated", "valid-annotated")) else "position-file"
    )
    ours = validate_file(str(path)).valid
    assert check_jsonschema(schema, path) == ours
