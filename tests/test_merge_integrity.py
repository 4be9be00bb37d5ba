"""``diplotrack merge`` never writes a file that ``validate`` would reject."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotrack.cli import main

FIRST = """format_version: 1
sources:
  - id: wire
    text: "{text}"
leaders:
  - id: jonas-gahr-store
    name: Jonas Gahr Store
    roles:
      - title: Prime Minister
        country: NOR
positions:
  - holder: jonas-gahr-store
    topic: ceasefire
    stance: support
    date: {day}
    evidence:
      - source: wire
        start: {start}
        end: {end}
        quote: Norway backs the talks
"""


def write(path: Path, text: str, day: str) -> None:
    start = text.index("Norway backs the talks")
    path.write_text(FIRST.format(text=text, day=day, start=start, end=start + 22), encoding="utf-8")


def test_unsettled_source_conflict_writes_nothing_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.yaml", "Store said Norway backs the talks.", "2024-01-02")
    write(tmp_path / "b.yaml", "On Friday Store said: Norway backs the talks now.", "2024-01-05")
    assert main(["validate", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]) == 0
    out = tmp_path / "merged.yaml"
    assert main(["merge", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "conflict: sources wire: text differs" in err
    assert "merged file: positions[0].evidence[0].quote: quote does not match" in err
    assert not out.exists()


def test_consistent_inputs_merge_into_a_valid_file(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "Store said Norway backs the talks.", "2024-01-02")
    write(tmp_path / "b.yaml", "Store said Norway backs the talks.", "2024-01-05")
    out = tmp_path / "merged.yaml"
    assert main(["merge", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
