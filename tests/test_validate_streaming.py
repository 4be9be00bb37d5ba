"""Validating positions a chunk at a time reports exactly what whole validation does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotrack import validate
from diplotrack.models import PositionFile
from diplotrack.yamlio import dump_yaml, load_yaml_bytes
from tests.model_strategies import as_data, position_files

MALFORMED = sorted((Path(__file__).parent / "malformed").glob("model-*.yaml"))


def both_ways(data: bytes) -> tuple[list[Any], list[Any]]:
    whole = validate.validate_loaded(load_yaml_bytes(data, "f.yaml"), consume=False)
    streamed = validate.validate_loaded(load_yaml_bytes(data, "f.yaml"), consume=True)
    return list(whole.issues), list(streamed.issues)


@pytest.fixture(autouse=True)
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "_CHUNK", 2)


@pytest.mark.parametrize("path", MALFORMED, ids=[p.stem for p in MALFORMED])
def test_malformed_files_agree(path: Path) -> None:
    whole, streamed = both_ways(path.read_bytes())
    assert whole == streamed


CORRUPTIONS = st.sampled_from(["holder", "topic", "stance", "id", "quote", "start"])


@given(position_files(max_records=7), st.lists(st.tuples(st.integers(0, 6), CORRUPTIONS), max_size=3))
@settings(max_examples=60, deadline=None)
def test_generated_files_agree(document: PositionFile, corruptions: list[tuple[int, str]]) -> None:
    data = as_data(document)
    positions = data.get("positions", [])
    for index, field in corruptions:
        if not positions:
            break
        position = positions[index % len(positions)]
        if field == "holder":
            position["holder"] = "nobody-at-all"
        elif field == "topic":
            position["topic"] = "no-such-topic-here"
        elif field == "stance":
            position["stance"] = "maybe"
        elif field == "id":
            position["id"] = positions[0].get("id") or "same-id"
        elif position.get("evidence"):
            position["evidence"][0][field] = "zz" if field == "quote" else position["evidence"][0]["start"] + 1
    whole, streamed = both_ways(dump_yaml(data).encode())
    assert whole == streamed
