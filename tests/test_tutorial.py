"""The tutorial's commands work as the tutorial says (docs/tutorial.md).

The second article is read from the tutorial itself, so the page and the
test cannot drift apart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplotrack.cli import main

ROOT = Path(__file__).parent.parent
TUTORIAL = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")
SEED = ROOT / "seeds" / "000_35a98759154c98ed.txt"


def second_article() -> str:
    match = re.search(r"```text\n(date \d{4}-\d{2}-\d{2}\n.*?)```", TUTORIAL, re.DOTALL)
    assert match, "the tutorial shows the second article in a ```text block"
    return match.group(1)


def test_tutorial_walkthrough(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "later.txt").write_text(second_article(), encoding="utf-8")
    assert main(["parse", str(SEED), "--format", "position", "-o", "macron.yaml"]) == 0
    assert main(["validate", "macron.yaml"]) == 0
    assert main(["parse", "later.txt", "--format", "position", "-o", "later.yaml"]) == 0
    assert main(["validate", "later.yaml"]) == 0
    assert main(["merge", "macron.yaml", "later.yaml", "-o", "story.yaml"]) == 0
    assert main(["validate", "story.yaml"]) == 0
    capsys.readouterr()
    assert main(["diff", "macron.yaml", "story.yaml"]) == 1
    changes = capsys.readouterr().out
    assert "Emmanuel Macron · ceasefire" in changes and "new: support" in changes
    assert "removed" not in changes
    assert main(["timeline", "story.yaml", "--holder", "Emmanuel Macron"]) == 0
    timeline = capsys.readouterr().out
    assert "2023-11-10" in timeline and "2023-11-20" in timeline
    assert main(["docs", "story.yaml", "-o", "dossier"]) == 0
    assert (tmp_path / "dossier" / "docs" / "leaders" / "emmanuel-macron.md").is_file()
