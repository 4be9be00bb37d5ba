"""Position files survive dump -> load -> validate unchanged, and validate as files."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from diplotrack.atomic import write_text_atomic
from diplotrack.models import PositionFile
from diplotrack.validate import validate_file
from diplotrack.yamlio import dump_yaml, load_yaml_text
from tests.model_strategies import as_data, position_files


@given(position_files())
@settings(max_examples=150, deadline=None)
def test_position_file_round_trips_through_yaml(document: PositionFile) -> None:
    assert PositionFile.model_validate(load_yaml_text(dump_yaml(as_data(document)))) == document


@given(position_files())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_written_position_files_validate(tmp_path: Path, document: PositionFile) -> None:
    path = tmp_path / "file.yaml"
    write_text_atomic(path, dump_yaml(as_data(document)))
    report = validate_file(str(path))
    assert report.valid, report.issues


@given(position_files())
@settings(max_examples=100, deadline=None)
def test_written_files_leave_out_only_empty_optional_lists(document: PositionFile) -> None:
    written = dump_yaml(as_data(document))
    # An empty list is written as "key: []"; a text that reads "[]" is quoted and is no list.
    assert re.search(r":[ ]\[\][ ]*$", written, re.MULTILINE) is None
    assert PositionFile.model_validate(load_yaml_text(written)) == document
