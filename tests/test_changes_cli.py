"""``diplotrack merge``, ``diff`` and ``timeline`` on small position files written for these tests.

The three articles follow one (fictional) chancellor who opposed sending
long-range missiles in January, held that line in February and supported it
in May.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplotrack.changes import load_position_file, timeline
from diplotrack.cli import main
from diplotrack.yamlio import dump_yaml

ARTICLES = [
    (
        "wire-2024-01-12", "2024-01-12", "oppose", "rules out",
        "Chancellor Anna Berger said on Friday that Germany would not send long-range missiles to Ukraine. "
        "\"Sending these missiles would risk drawing us into the war,\" she told reporters in Berlin.",
        "Germany would not send long-range missiles to Ukraine",
    ),
    (
        "paper-2024-02-20", "2024-02-20", "oppose", "repeats",
        "Berger repeated her refusal on Tuesday. \"My answer on the missiles has not changed,\" "
        "she said after meeting Ukraine's foreign minister.",
        "My answer on the missiles has not changed",
    ),
    (
        "wire-2024-05-08", "2024-05-08", "support", "announces",
        "In a reversal, Chancellor Berger announced on Wednesday that Germany will deliver long-range "
        "missiles to Ukraine. \"The situation has changed, and so has our decision,\" she said.",
        "Germany will deliver long-range missiles to Ukraine",
    ),
]


def article_file(source: str, day: str, stance: str, verb: str, text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {
        "format_version": 1,
        "sources": [{"id": source, "date": day, "text": text}],
        "leaders": [{"id": "anna-berger", "name": "Anna Berger",
                     "roles": [{"title": "Chancellor", "country": "DEU", "start": "2021-12-08"}]}],
        "topics": [{"id": "long-range-missiles-ukraine", "label": "sending long-range missiles to Ukraine",
                    "aliases": ["long-range missiles for Ukraine"]}],
        "positions": [{
            "holder": "anna-berger", "topic": "long-range-missiles-ukraine", "stance": stance, "verb": verb,
            "date": day, "evidence": [{"source": source, "start": start, "end": start + len(quote), "quote": quote}],
        }],
    }


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for source, day, stance, verb, text, quote in ARTICLES:
        path = tmp_path / f"{source}.yaml"
        path.write_text(dump_yaml(article_file(source, day, stance, verb, text, quote)), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_opposed_in_january_held_in_february_supported_in_may(articles: list[str]) -> None:
    (track,) = timeline([load_position_file(path) for path in articles])
    assert [(str(s.date), s.stance, s.kind) for s in track.steps] == [
        ("2024-01-12", "oppose", "new"), ("2024-02-20", "oppose", "reaffirmed"), ("2024-05-08", "support", "reversed")
    ]


def test_merge_then_timeline(articles: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    merged = tmp_path / "merged.yaml"
    assert main(["merge", *articles, "-o", str(merged)]) == 0
    assert capsys.readouterr().err == ""
    document = load_position_file(merged)
    assert len(document.leaders) == 1 and len(document.sources) == 3 and len(document.positions) == 3
    assert main(["timeline", str(merged), "--holder", "Berger"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Anna Berger · sending long-range missiles to Ukraine"
    assert [line.split()[1:3] for line in out.splitlines()[1:]] == [
        ["oppose", "new"], ["oppose", "reaffirmed"], ["support", "reversed"]
    ]


def test_timeline_formats(articles: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", *articles, "--topic", "long-range missiles for Ukraine", "--format", "json"]) == 0
    (track,) = json.loads(capsys.readouterr().out)["tracks"]
    assert [step["kind"] for step in track["steps"]] == ["new", "reaffirmed", "reversed"]
    assert main(["timeline", *articles, "--format", "markdown"]) == 0
    assert "| 2024-05-08 | support | reversed |" in capsys.readouterr().out


def test_diff_exit_codes_and_formats(articles: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    january, february, may = articles
    assert main(["diff", january, january]) == 0
    assert capsys.readouterr().out == "no changes\n"
    before, after = tmp_path / "before.yaml", tmp_path / "after.yaml"
    assert main(["merge", january, "-o", str(before)]) == 0
    assert main(["merge", january, february, may, "-o", str(after)]) == 0
    capsys.readouterr()
    assert main(["diff", str(before), str(after)]) == 1
    out = capsys.readouterr().out
    assert "Anna Berger · sending long-range missiles to Ukraine: oppose → support (2024-01-12 → 2024-05-08)" in out
    assert '    before: "Germany would not send long-range missiles to Ukraine"' in out
    assert '    after:  "Germany will deliver long-range missiles to Ukraine"' in out
    assert main(["diff", str(before), str(after), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["positions.reversed"] == 1
    assert main(["diff", str(before), str(after), "--format", "markdown"]) == 1
    assert "## Positions" in capsys.readouterr().out


def test_merge_reports_conflicts_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, day, _, verb, text, quote = ARTICLES[0]
    first, second = tmp_path / "one.yaml", tmp_path / "two.yaml"
    first.write_text(dump_yaml(article_file(source, day, "oppose", verb, text, quote)), encoding="utf-8")
    second.write_text(dump_yaml(article_file(source, day, "support", verb, text, quote)), encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["merge", str(first), str(second), "-o", str(out)]) == 0
    assert "conflict: positions anna-berger · long-range-missiles-ukraine · 2024-01-12: stance differs" in (
        capsys.readouterr().err
    )
    assert len(load_position_file(out).positions) == 2
    assert main(["merge", str(first), str(second), "-o", str(out), "--fail-on-conflict"]) == 1


def test_invalid_files_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\npositions:\n  - holder: FRA\n", encoding="utf-8")
    assert main(["diff", str(bad), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"diplotrack: error: {bad}:3:5: positions[0].topic: required field missing")
    assert err.count("\n") == 1
    assert main(["timeline", str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
