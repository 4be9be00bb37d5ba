"""``diplotrack validate``: directories, kinds, JSON reports and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from diplotrack.cli import main

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
MALFORMED = ROOT / "tests" / "malformed"


def test_seed_files_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SEEDS)]) == 0
    assert "files valid" in capsys.readouterr().out


def test_directories_are_searched_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(MALFORMED / "model-bad-stance.yaml", nested / "x.yml")
    shutil.copy(SEEDS / "macron-israel-2023-11-10.position.yaml", tmp_path / "ok.yaml")
    (tmp_path / "notes.txt").write_text("not yaml")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.count("[error]") == 1 and "x.yml" in out


def test_json_report_has_frictionless_shape(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(MALFORMED / "model-bad-stance.yaml"), str(MALFORMED / "model-dangling-holder.yaml"), str(SEEDS)]
    assert main(["validate", "--format", "json", *files]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    assert report["stats"] == {"files": 4, "invalid_files": 2, "errors": 2}
    first = report["errors"][0]
    assert set(first) == {"file", "line", "column", "path", "message", "type"}
    assert first["type"] == "literal-error" and first["path"] == "positions[0].stance"


def test_missing_file_is_an_io_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 2
    out = capsys.readouterr().out
    assert "nope.yaml:0:0: [error] (document): No such file or directory (io-error)" in out


def test_empty_directory_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert "no YAML files" in capsys.readouterr().err


def test_kind_can_be_forced(capsys: pytest.CaptureFixture[str]) -> None:
    seed_gold = SEEDS / "macron-israel-2023-11-10.yaml"
    assert main(["validate", "--kind", "position", str(seed_gold)]) == 1
    assert "unknown field 'expect'" in capsys.readouterr().out


def test_norway_code_no_is_a_country_not_a_boolean(tmp_path: Path) -> None:
    path = tmp_path / "norway.yaml"
    path.write_text(
        "id: store-2024-01-01\ndate: 2024-01-01\nsource: own\ntext: Store spoke.\n"
        "expect:\n  leaders:\n    - name: Jonas Gahr Store\n      country: NO\n"
    )
    assert main(["validate", str(path)]) == 0


def test_python_m_diplotrack_runs() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "diplotrack", "validate", str(SEEDS)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
