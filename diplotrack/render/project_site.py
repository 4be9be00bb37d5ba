"""Pages of diplotrack's own documentation site that are generated at build time.

The MkDocs hook in ``docs/hooks/`` calls `generated_pages` and `prune_nav`;
keeping the logic here keeps it typed and tested. Formats come from
``schemas/``, the command line from `diplotrack.cli.build_parser`, the
changelog from ``CHANGELOG.md``, the API pages from the modules that exist,
and the dossier example from ``seeds/*.position.yaml``.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from diplotrack.render.dossier import Dossier, merge_files
from diplotrack.render.load import load_position_files
from diplotrack.render.reference import cli_page, missing_page, schema_page
from diplotrack.render.site import NavEntry, render_site

SCHEMAS = {"position-file": "Position file", "annotated-article": "Annotated article"}
API_MODULES = (
    "diplotrack",
    "diplotrack.models",
    "diplotrack.yamlio",
    "diplotrack.validate",
    "diplotrack.schema",
    "diplotrack.countries",
    "diplotrack.vocabulary",
    "diplotrack.parse",
    "diplotrack.evaluate",
    "diplotrack.changes",
    "diplotrack.render",
    "diplotrack.errors",
)
EXAMPLES = "examples"


def _exit_codes() -> dict[int, str]:
    from diplotrack import cli

    return {
        cli.EXIT_OK: "success: the command did what was asked and found nothing wrong",
        cli.EXIT_FINDING: "a finding: an invalid file, or changes found (as `diff` does)",
        cli.EXIT_USAGE: "a usage error, an I/O error, or input that cannot be read",
        130: "interrupted (Ctrl-C)",
    }


def _schema_pages(root: Path) -> dict[str, str]:
    pages = {}
    for name, title in SCHEMAS.items():
        relative = f"schemas/{name}.schema.json"
        path = root / relative
        if path.is_file():
            pages[f"formats/{name}.md"] = schema_page(json.loads(path.read_text("utf-8")), title, relative)
        else:
            message = f"{relative} was not found when this site was built; run `diplotrack schema` to write it."
            pages[f"formats/{name}.md"] = missing_page(title, message)
    return pages


def _api_pages() -> dict[str, str]:
    pages = {}
    for module in API_MODULES:
        if importlib.util.find_spec(module) is not None:
            pages[f"api/{module.removeprefix('diplotrack.') if '.' in module else 'index'}.md"] = f"::: {module}\n"
    return pages


def _changelog(root: Path) -> str:
    path = root / "CHANGELOG.md"
    if not path.is_file():
        return missing_page("Changelog", "CHANGELOG.md was not found when this site was built.")
    return path.read_text("utf-8")


def _examples(root: Path) -> tuple[dict[str, str], list[NavEntry]]:
    seeds = sorted(str(p) for p in (root / "seeds").glob("*.position.yaml"))
    if not seeds:
        return {}, []
    site = render_site(Dossier(merge_files(load_position_files(seeds))), "Dossier example")
    files = {f"{EXAMPLES}/{path}": text for path, text in site.files.items()}
    return files, _prefix(site.nav, f"{EXAMPLES}/")


def _prefix(nav: list[NavEntry], prefix: str) -> list[NavEntry]:
    result: list[NavEntry] = []
    for entry in nav:
        ((title, value),) = entry.items()
        result.append({title: _prefix(value, prefix) if isinstance(value, list) else prefix + value})
    return result


def generated_pages(root: Path) -> tuple[dict[str, str], list[NavEntry]]:
    """Every generated file by path below ``docs/``, and the nav of the dossier example."""
    from diplotrack.cli import build_parser

    pages = {**_schema_pages(root), **_api_pages()}
    pages["cli.md"] = cli_page(build_parser(), _exit_codes())
    pages["changelog.md"] = _changelog(root)
    examples, examples_nav = _examples(root)
    pages.update(examples)
    return pages, examples_nav


def prune_nav(nav: list[Any], available: Iterable[str], examples_nav: list[NavEntry]) -> list[Any]:
    """The nav without entries whose page does not exist; the examples entry expanded.

    Examples:
        >>> prune_nav([{"A": "a.md"}, {"B": [{"C": "c.md"}]}, "d.md"], {"a.md", "d.md"}, [])
        [{'A': 'a.md'}, 'd.md']
    """
    present = set(available)
    result: list[Any] = []
    for entry in nav:
        title, value = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        expand = examples_nav
        if value == f"{EXAMPLES}/index.md" and examples_nav:
            value, expand = examples_nav, []  # the example's own overview is examples/index.md too
        if isinstance(value, list):
            value = prune_nav(value, present, expand)
            keep = bool(value)
        else:
            keep = "://" in value or value in present
        if keep:
            result.append({title: value} if title is not None else value)
    return result
