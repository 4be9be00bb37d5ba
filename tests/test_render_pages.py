"""Dossier pages from position files: coverage, escaping, stability, charts, the docs command."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from diplotrack.cli import main
from diplotrack.commands.docs import write_dossier
from diplotrack.models import PositionFile
from diplotrack.render import Dossier, merge_files, render_site
from diplotrack.render.timeline import timelines
from diplotrack.yamlio import dump_yaml

TEXT = "Alpha said *no* to <b>the</b> truce. Later Alpha backed the truce. Beta: 1. go!"
NASTY = "Bob *Bold* <script>alert(1)</script> [x](javascript:y) | pipe"


def _evidence(quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"source": "s1", "start": start, "end": start + len(quote), "quote": quote}


def document() -> dict[str, Any]:
    return {
        "format_version": 1,
        "sources": [{"id": "s1", "title": "A [report] <i>", "url": "https://example.org/a(b)", "text": TEXT}],
        "leaders": [
            {
                "id": "alpha",
                "name": "Alpha One",
                "roles": [{"title": "President", "country": "FRA", "start": "2017-05-14"}],
            },
            {"id": "beta", "name": NASTY},
        ],
        "organizations": [{"id": "org", "name": "The Org", "kind": "igo"}],
        "topics": [{"id": "truce-x", "label": "truce in X", "aliases": ["pause in X"]}],
        "visits": [
            {
                "id": "v1",
                "visitors": ["alpha"],
                "destination": "ISR",
                "hosts": ["beta"],
                "start": "2023-10-24",
                "status": "completed",
            },
            {"id": "v2", "visitors": ["alpha"], "destination": "PSE", "places": ["Ramallah"], "status": "planned"},
        ],
        "plans": [
            {"id": "p1", "proposer": "alpha", "name": "two-point plan", "items": [{"text": "one"}, {"text": "two"}]}
        ],
        "positions": [
            {
                "holder": "alpha",
                "topic": "truce-x",
                "stance": "oppose",
                "date": "2023-01-01",
                "evidence": [_evidence("said *no* to <b>the</b> truce")],
            },
            {
                "holder": "alpha",
                "topic": "truce-x",
                "stance": "support",
                "date": "2023-05-01",
                "evidence": [_evidence("Alpha backed the truce")],
            },
            {"holder": "beta", "topic": "truce-x", "stance": "neutral", "evidence": [_evidence("Beta: 1. go!")]},
            {"holder": "org", "topic": "ceasefire-ukraine", "stance": "support", "date": "2023-02-01"},
        ],
    }


@pytest.fixture(scope="module")
def site_files() -> dict[str, str]:
    return render_site(Dossier(PositionFile.model_validate(document())), "Test").files


def test_every_record_gets_a_page(site_files: dict[str, str]) -> None:
    for page in (
        "leaders/alpha.md",
        "leaders/beta.md",
        "organizations/org.md",
        "countries/fra.md",
        "topics/truce-x.md",
        "topics/truce-x.svg",
        "topics/ceasefire-ukraine.md",
        "visits/v1.md",
        "visits/v2.md",
        "plans/p1.md",
        "sources/index.md",
        "sources/s1.md",
        "changes.md",
        "index.md",
    ):
        assert page in site_files, page


def test_pages_are_byte_stable_and_order_independent(site_files: dict[str, str]) -> None:
    again = render_site(Dossier(PositionFile.model_validate(document())), "Test").files
    reordered = document()
    for key in ("leaders", "visits", "positions"):
        reordered[key].reverse()
    shuffled = render_site(Dossier(PositionFile.model_validate(reordered)), "Test").files
    assert again == site_files
    assert shuffled == site_files


def test_user_text_is_escaped(site_files: dict[str, str]) -> None:
    everything = "\n".join(text for path, text in site_files.items() if path.endswith(".md"))
    assert "<script>" not in everything
    assert "<b>" not in everything and "<i>" not in everything
    assert "](javascript" not in everything
    assert "Bob \\*Bold\\* &lt;script&gt;" in site_files["leaders/beta.md"]


def test_leader_page_has_roles_visits_plans_and_positions_with_evidence(site_files: dict[str, str]) -> None:
    page = site_files["leaders/alpha.md"]
    assert "| President | [France](../countries/fra.md) | 2017-05-14 | in office |" in page
    assert page.index("visits/v2.md") < page.index("visits/v1.md")  # undated first, then by date
    assert "[two-point plan](../plans/p1.md)" in page
    assert "../sources/s1.md#q-" in page
    assert "*reversed*" in page


def test_topic_page_groups_holders_by_latest_stance(site_files: dict[str, str]) -> None:
    page = site_files["topics/truce-x.md"]
    supports, neutral = page.index("### Supports"), page.index("### Neutral")
    assert supports < page.index("leaders/alpha.md") < neutral
    assert "![Stance over time" in page and "(truce-x.svg)" in page


def test_charts_are_well_formed_svg(site_files: dict[str, str]) -> None:
    charts = [text for path, text in site_files.items() if path.endswith(".svg")]
    assert charts
    for chart in charts:
        assert ET.fromstring(chart).tag == "{http://www.w3.org/2000/svg}svg"


def test_source_page_anchors_every_cited_passage(site_files: dict[str, str]) -> None:
    page = site_files["sources/s1.md"]
    for position in document()["positions"]:
        for evidence in position.get("evidence", []):
            assert f'<a id="q-{evidence["start"]}-{evidence["end"]}"></a>' in page
    assert "<mark>" in page


def test_timelines_mark_reversals() -> None:
    steps = timelines(PositionFile.model_validate(document()).positions)
    assert [step.kind for step in steps[("alpha", "truce-x")]] == ["new", "reversed"]


def test_merge_keeps_records_of_both_files() -> None:
    first = PositionFile.model_validate(document())
    second_data = document()
    second_data["leaders"].append({"id": "gamma", "name": "Gamma"})
    merged = merge_files([first, PositionFile.model_validate(second_data)])
    assert {leader.id for leader in merged.leaders} == {"alpha", "beta", "gamma"}


def test_docs_command_writes_pages_and_removes_stale_ones(tmp_path: Path) -> None:
    source = tmp_path / "in" / "story.yaml"
    source.parent.mkdir()
    source.write_text(dump_yaml(document()), encoding="utf-8")
    (tmp_path / "in" / "article.yaml").write_text("id: a\ndate: 2023-01-01\nsource: x\ntext: t\nexpect: {}\n")
    out = tmp_path / "out"
    assert main(["docs", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert (out / "mkdocs.yml").is_file() and (out / "docs" / "leaders" / "alpha.md").is_file()
    stale = out / "docs" / "leaders" / "gone.md"
    stale.write_text((out / "docs" / "leaders" / "alpha.md").read_text())
    mine = out / "docs" / "notes.md"
    mine.write_text("# my own notes\n")
    assert main(["docs", str(source), "-o", str(out)]) == 0
    assert not stale.exists() and mine.exists()


def test_docs_command_refuses_to_overwrite_files_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: mine\n")
    with pytest.raises(Exception, match="not written by diplotrack docs"):
        write_dossier(tmp_path, {}, "site_name: x\n")


def test_docs_command_reports_bad_input_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\npositions:\n  - holder: nobody\n    topic: truce\n    stance: approve\n")
    assert main(["docs", str(bad), "-o", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "Traceback" not in error
    assert f"{bad}:5:13:" in error


def test_docs_command_reports_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "out")]) == 2
    assert "missing.yaml" in capsys.readouterr().err


def test_a_country_only_visited_gets_a_page_linked_from_its_visits(site_files: dict[str, str]) -> None:
    assert "Ramallah" in site_files["countries/pse.md"] and "destination" in site_files["countries/pse.md"]
    assert "](../countries/pse.md)" in site_files["visits/v2.md"]
