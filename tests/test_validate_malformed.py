"""Every malformed example file gives exactly the problems its header announces.

Each file in ``tests/malformed/`` starts with one or more lines
``# expect: LINE:COLUMN PATH: MESSAGE (TYPE)``: the validator must report
exactly those problems (the message is matched as a fragment), all at once,
and never raise.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplotrack.cli import main
from diplotrack.validate import validate_file

MALFORMED = Path(__file__).parent / "malformed"
EXPECT = re.compile(rb"^# expect: (\d+):(\d+) (\S+): (.*) \(([a-z0-9-]+)\)$")


def expectations(path: Path) -> list[tuple[int, int, str, str, str]]:
    found = []
    for line in path.read_bytes().splitlines():
        match = EXPECT.match(line)
        if match:
            number, column, field, message, kind = (group.decode("utf-8") for group in match.groups())
            found.append((int(number), int(column), field, message, kind))
    return found


FILES = sorted(MALFORMED.glob("*.yaml"))


def test_the_collection_is_large_enough() -> None:
    assert len(FILES) >= 30


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_malformed_file_reports_expected_problems(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' header"
    report = validate_file(str(path))
    got = [(i.line, i.column, i.path, i.message, i.type) for i in report.issues]
    assert len(got) == len(expected), got
    for (line, column, field, fragment, kind), issue in zip(expected, got, strict=True):
        assert issue[:3] == (line, column, field), issue
        assert fragment in issue[3], issue
        assert issue[4] == kind, issue


@pytest.mark.parametrize("path", FILES[:8], ids=[p.stem for p in FILES[:8]])
def test_cli_prints_one_line_per_problem_and_exits_1(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert len(lines) == len(expectations(path))
    assert all(line.startswith(f"{path}:") and "[error]" in line for line in lines)
