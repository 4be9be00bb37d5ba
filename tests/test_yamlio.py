"""The strict YAML layer: YAML 1.2 scalars, refusals, located errors, exact round trips."""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotrack.atomic import write_text_atomic
from diplotrack.errors import LocatedError
from diplotrack.yamlio import dump_yaml, load_yaml_bytes, load_yaml_file, load_yaml_text

KEYS = st.text(min_size=1, max_size=12)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.sampled_from(
        [
            "NO",
            "yes",
            "off",
            "On",
            "y",
            "~",
            "null",
            "1.10",
            "0o17",
            "0x1F",
            "1e3",
            "2023-10-24",
            ".inf",
            "-.Inf",
            ".nan",
            "",
            " lead",
            "trail ",
            "a: b",
            "- x",
            "#c",
            "'q'",
            '"d"',
            "\t",
            "\r\n",
        ]
    ),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
    max_leaves=25,
)


@given(DOCUMENTS)
@settings(max_examples=300, deadline=None)
def test_load_of_dump_is_identity(document: Any) -> None:
    assert load_yaml_text(dump_yaml(document)) == document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("country: NO", {"country": "NO"}),
        ("a: yes\nb: off\nc: On", {"a": "yes", "b": "off", "c": "On"}),
        ("date: 2023-10-24", {"date": "2023-10-24"}),
        ("v: 1.10", {"v": 1.1}),
        ("v: 0o17", {"v": 15}),
        ("v: true\nw: FALSE", {"v": True, "w": False}),
        ("v: ~\nw:", {"v": None, "w": None}),
        ("v: '1.10'", {"v": "1.10"}),
        ("v: !!str 12", {"v": "12"}),
    ],
)
def test_scalars_follow_yaml_1_2(text: str, expected: Any) -> None:
    assert load_yaml_text(text) == expected


def test_nan_and_infinity_load() -> None:
    loaded = load_yaml_text("a: .nan\nb: -.inf")
    assert math.isnan(loaded["a"]) and loaded["b"] == -math.inf


def error_of(text: str | bytes) -> LocatedError:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(LocatedError) as caught:
        load_yaml_bytes(data, "f.yaml")
    return caught.value


def test_duplicate_keys_are_refused_where_they_repeat() -> None:
    error = error_of("a: 1\nb:\n  c: 1\n  c: 2\n")
    assert (error.line, error.column, error.type) == (4, 3, "duplicate-key")
    assert "duplicate key 'c'" in str(error)


def test_aliases_are_refused() -> None:
    error = error_of("a: &x [1]\nb: *x\n")
    assert error.type == "alias" and error.line == 1


def test_billion_laughs_fails_fast() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    started = time.perf_counter()
    error = error_of("\n".join(lines))
    elapsed = time.perf_counter() - started
    assert error.type == "alias"
    # 10**12 leaves if expanded: finishing at all proves nothing was expanded.
    assert elapsed < 5


@pytest.mark.parametrize("depth", [65, 2000, 200_000])
def test_deep_nesting_is_refused_cleanly(depth: int) -> None:
    error = error_of("a: " + "[" * depth + "]" * depth)
    assert error.type in {"too-deep", "yaml-syntax"}


def test_nesting_within_the_bound_loads() -> None:
    assert load_yaml_text("[" * 60 + "]" * 60) is not None


def test_invalid_utf8_is_located() -> None:
    error = error_of("a: 1\nnamé: ".encode() + b"St\xf8re\n")
    assert (error.line, error.column, error.type) == (2, 9, "invalid-utf8")


def test_syntax_errors_are_located() -> None:
    error = error_of('a: "open\nb: 2\n')
    assert error.type == "yaml-syntax" and error.line >= 1


def test_python_tags_are_refused() -> None:
    error = error_of("a: !!python/object/apply:os.system [ls]\n")
    assert error.type == "tag"


def test_files_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n")
    with pytest.raises(LocatedError) as caught:
        load_yaml_file(str(path), max_bytes=1000)
    assert caught.value.type == "file-too-large"


def test_byte_order_mark_is_accepted() -> None:
    assert load_yaml_bytes(b"\xef\xbb\xbfa: 1\n", "f.yaml").value == {"a": 1}


def test_locate_points_at_values_and_keys() -> None:
    loaded = load_yaml_bytes(b"top:\n  - name: x\n    extra: 1\n", "f.yaml")
    assert loaded.locate(("top", 0, "name")) == (2, 11)
    assert loaded.locate_key(("top", 0, "extra")) == (3, 5)
    assert loaded.locate(("top", 0, "missing")) == (2, 5)


def test_dump_keeps_key_order_and_quotes_only_what_misreads() -> None:
    text = dump_yaml({"z": "NO", "a": "2023-10-24", "m": "plain words"})
    assert text == "z: 'NO'\na: 2023-10-24\nm: plain words\n"


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "out.yaml"
    path.write_text("old\n")
    write_text_atomic(path, "new\n")
    assert path.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]


def test_interrupted_atomic_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.yaml"
    path.write_text("old\n")

    def failing_replace(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("diplotrack.atomic.os.replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(path, "new\n")
    assert path.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]
