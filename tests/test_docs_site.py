"""Built sites: the seed dossier and the project's own documentation, strict and without broken links.

mkdocs is required here, not skipped: CI installs the ``docs`` extra.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from diplotrack.cli import build_parser, main
from diplotrack.models import PositionFile
from diplotrack.render import load_position_files
from diplotrack.render.linkcheck import broken_links

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dossier")
    assert main(["docs", str(SEEDS), "-o", str(out), "--build"]) == 0
    return out


@pytest.fixture(scope="module")
def seed() -> PositionFile:
    (document,) = load_position_files([str(SEEDS)])
    return document


def _html(page: str) -> str:
    return page.removesuffix(".md") + ".html"


def test_seed_dossier_has_a_page_for_every_leader_topic_visit_and_plan(dossier: Path, seed: PositionFile) -> None:
    site = dossier / "site"
    names = {leader.name for leader in seed.leaders}
    assert {"Emmanuel Macron", "Benjamin Netanyahu", "Mahmoud Abbas"} <= names
    assert len(seed.visits) >= 2 and seed.plans
    expected = [f"leaders/{leader.id}" for leader in seed.leaders]
    expected += [f"topics/{position.topic}" for position in seed.positions]
    expected += [f"visits/{visit.id}" for visit in seed.visits] + [f"plans/{plan.id}" for plan in seed.plans]
    for page in expected:
        assert (dossier / "docs" / f"{page}.md").is_file(), page
        assert (site / f"{page}.html").is_file(), page
    macron = (site / "leaders" / "emmanuel-macron.html").read_text("utf-8")
    assert "four-point plan" in macron


def test_seed_dossier_has_no_broken_link(dossier: Path) -> None:
    assert broken_links(dossier / "site") == []


def test_seed_dossier_is_searchable_offline(dossier: Path) -> None:
    # The offline plugin inlines the search index so search works from file://.
    assert list((dossier / "site" / "search").glob("search_index.js"))


def test_link_checker_finds_a_broken_link_and_anchor(dossier: Path, tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(
        '<a href="missing.html">x</a><a href="index.html#nowhere">y</a><a id="here" href="#here">z</a>'
        '<a href="https://example.org/">w</a>'
    )
    found = {(b.target, b.reason.split(" ")[0]) for b in broken_links(tmp_path)}
    assert found == {("missing.html", "no"), ("index.html#nowhere", "no")}


@pytest.fixture(scope="module")
def project_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("project-site")
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(out), strict=True)
    build(config)
    return out


def test_project_site_builds_strictly_with_generated_pages(project_site: Path) -> None:
    for page in ("index", "quickstart", "tutorial", "cli", "changelog", "annotation-guidelines", "api/models"):
        assert (project_site / f"{page}.html").is_file(), page
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        assert (project_site / "formats" / f"{schema.name.removesuffix('.schema.json')}.html").is_file()
    assert (project_site / "examples" / "index.html").is_file()
    if (ROOT / "docs" / "parser-quality.md").is_file():
        assert (project_site / "parser-quality.html").is_file()


def test_cli_page_lists_every_command(project_site: Path) -> None:
    page = (project_site / "cli.html").read_text("utf-8")
    commands = re.findall(r"^    (\w+)  ", build_parser().format_help(), flags=re.MULTILINE)
    assert "docs" in commands
    for command in commands:
        assert f'id="{command}"' in page, command


def test_project_site_has_no_broken_link(project_site: Path) -> None:
    assert broken_links(project_site) == []
