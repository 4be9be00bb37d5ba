"""MkDocs hook: add the pages diplotrack generates at build time (formats, CLI, API, changelog, examples).

Nav entries whose page neither exists in docs/ nor is generated are dropped,
so optional pages (the parser's quality report) never break a strict build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from diplotrack.render.project_site import generated_pages, prune_nav

_pages: dict[str, str] = {}


def on_config(config: Any) -> Any:
    root = Path(config.config_file_path).parent
    pages, examples_nav = generated_pages(root)
    _pages.clear()
    _pages.update(pages)
    docs = Path(config.docs_dir)
    on_disk = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
    if config.nav is not None:
        config.nav = prune_nav(config.nav, on_disk | set(_pages), examples_nav)
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, content in sorted(_pages.items()):
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content))
    return files
