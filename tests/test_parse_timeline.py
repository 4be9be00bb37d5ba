"""Parsing a series of dated articles, then reading the timeline, shows a change of stance.

The three articles in ``tests/series/`` are written for this test: a leader
rejects sending tanks, rejects it again a month later, then backs it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplotrack import parse_article, stance_at, timeline
from diplotrack.cli import main
from diplotrack.vocabulary import Vocabulary

SERIES = sorted((Path(__file__).parent / "series").glob("scholz-tanks-*.txt"))


def test_parsed_series_shows_oppose_reaffirmed_then_reversed() -> None:
    files = [parse_article(path.read_text(encoding="utf-8")).to_position_file() for path in SERIES]
    topic = Vocabulary().lookup("Leopard tanks")
    assert topic is not None
    track = timeline(files, holder="Olaf Scholz", topic=topic.id).track("olaf-scholz", topic.id)
    assert track is not None
    steps = [(str(step.date), step.stance, step.kind) for step in track.steps]
    assert steps == [
        ("2022-12-05", "oppose", "new"),
        ("2023-01-10", "oppose", "reaffirmed"),
        ("2023-01-25", "support", "reversed"),
    ]
    assert all(step.evidence and "Leopard tanks" in step.evidence[0].quote for step in track.steps)
    answer = stance_at(files, "olaf-scholz", topic.id, dt.date(2023, 1, 20))
    assert answer is not None and answer.stance == "oppose"


def test_parse_then_timeline_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, SERIES), "-o", str(tmp_path)]) == 0
    outputs = sorted(str(path) for path in tmp_path.glob("*.position.yaml"))
    assert main(["validate", *outputs]) == 0
    capsys.readouterr()
    assert main(["timeline", *outputs, "--holder", "Olaf Scholz", "--topic", "Leopard tanks"]) == 0
    text = capsys.readouterr().out
    assert "2022-12-05  oppose" in text and "reaffirmed" in text and "reversed" in text
