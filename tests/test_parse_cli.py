"""``diplotrack parse`` and ``diplotrack eval`` through `diplotrack.cli.main`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from diplotrack.cli import main
from diplotrack.commands._inputs import load_annotated
from diplotrack.models import PositionFile
from diplotrack.yamlio import load_yaml_file

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "000_35a98759154c98ed.txt"
SEED_GOLD = ROOT / "seeds" / "macron-israel-2023-11-10.yaml"


def test_parse_writes_a_valid_position_file(tmp_path: Path) -> None:
    out = tmp_path / "seed.yaml"
    assert main(["parse", str(SEED_TEXT), "-o", str(out)]) == 0
    PositionFile.model_validate(load_yaml_file(str(out)).value)


def test_parse_annotation_keeps_the_gold_header(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    assert main(["parse", str(SEED_GOLD), "--format", "annotation", "-o", str(out)]) == 0
    draft, gold = load_annotated(str(out)), load_annotated(str(SEED_GOLD))
    assert (draft.id, draft.date, draft.source, draft.text) == (gold.id, gold.date, gold.source, gold.text)
    assert draft.expect.plans


def test_parse_several_inputs_into_a_directory(tmp_path: Path) -> None:
    second = tmp_path / "other.txt"
    second.write_text("date 2024-01-02\nGerman Chancellor Olaf Scholz urged restraint.\n", "utf-8")
    assert main(["parse", str(SEED_TEXT), str(second), "--format", "json", "-o", str(tmp_path / "out")]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["000_35a98759154c98ed.json", "other.json"]
    assert json.loads((tmp_path / "out" / "other.json").read_text("utf-8"))["positions"]


def test_eval_prints_figures(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copy(SEED_GOLD, tmp_path / "seed.yaml")
    assert main(["eval", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 1 and figures["plan_items"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("content", "expected"),
    [("id: [unclosed\n", "bad.yaml:2:1: YAML syntax"), ("id: x\n", "bad.yaml:1:1:")],
)
def test_bad_gold_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, "utf-8")
    assert main(["eval", str(bad)]) == 2
    error = capsys.readouterr().err
    assert expected in error and error.count("\n") == 1 and "Traceback" not in error


def test_missing_and_undecodable_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"abc\n\xff")
    assert main(["parse", str(binary)]) == 2
    assert "binary.txt:2:1: invalid UTF-8" in capsys.readouterr().err


def test_annotation_of_undated_text_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Macron spoke.", "utf-8")
    assert main(["parse", str(plain), "--format", "annotation"]) == 2
    assert "no date" in capsys.readouterr().err
