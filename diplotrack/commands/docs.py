"""``diplotrack docs``: a Markdown dossier and its ``mkdocs.yml`` from position files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from diplotrack.atomic import write_text_atomic
from diplotrack.errors import DiplotrackError
from diplotrack.render import GENERATED_MARKER, Dossier, load_position_files, merge_files, mkdocs_config, render_site

NAME = "docs"
HELP = "Write a Markdown dossier (a page per leader, topic, visit, plan and source) and its mkdocs.yml."
EXIT_CODES = {
    0: "the pages were written (and, with --build, the site built with no broken link)",
    2: "bad input (the first problem as path:line:col: message), an unwritable output, or a failed build",
}
DOCS_DIR = "docs"
SITE_DIR = "site"
_GENERATED_SUFFIXES = (".md", ".svg")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments."""
    parser.add_argument(
        "paths", nargs="+", metavar="FILE_OR_DIR", help="position files, or directories searched for them"
    )
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="where to write mkdocs.yml and docs/")
    parser.add_argument("--title", default="diplotrack dossier", help="the site's name (default: %(default)s)")
    parser.add_argument(
        "--build",
        action="store_true",
        help="also build the HTML site into DIR/site with mkdocs --strict (needs the docs extra)",
    )


def run(args: argparse.Namespace) -> int:
    """Render the dossier, write it, and build it when asked."""
    files = load_position_files(args.paths)
    if not files:
        raise DiplotrackError(f"no position file found in {', '.join(args.paths)}")
    site = render_site(Dossier(merge_files(files)), args.title)
    output = Path(args.output)
    write_dossier(output, site.files, mkdocs_config(args.title, site.nav, DOCS_DIR, SITE_DIR))
    print(f"wrote {len(site.files)} files to {output / DOCS_DIR} and {output / 'mkdocs.yml'}", file=sys.stderr)
    if args.build:
        build_site(output / "mkdocs.yml")
        print(f"built {output / SITE_DIR}", file=sys.stderr)
    return 0


def _generated(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(512)
    return (
        GENERATED_MARKER.encode() in head
        or GENERATED_MARKER.removeprefix("<!-- ").removesuffix(" -->").encode() in head
    )


def write_dossier(output: Path, files: dict[str, str], config: str) -> None:
    """Write pages and config atomically, leave unchanged files alone, remove stale generated ones.

    Files the user wrote (without the generated marker) are never overwritten or removed.
    """
    config_path = output / "mkdocs.yml"
    if config_path.exists() and not _generated(config_path):
        raise DiplotrackError(f"{config_path}: exists and was not written by diplotrack docs; choose another -o")
    docs = output / DOCS_DIR
    wanted = {docs / relative: text for relative, text in files.items()}
    for path in wanted:
        if path.exists() and not _generated(path):
            raise DiplotrackError(f"{path}: exists and was not written by diplotrack docs; choose another -o")
    if docs.is_dir():
        for directory, _, names in os.walk(docs, topdown=False):
            for name in names:
                path = Path(directory) / name
                if path.suffix in _GENERATED_SUFFIXES and path not in wanted and _generated(path):
                    path.unlink()
            if Path(directory) != docs and not any(Path(directory).iterdir()):
                Path(directory).rmdir()
    for path, text in [*wanted.items(), (config_path, config)]:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text("utf-8") != text:
            write_text_atomic(path, text)


def build_site(config_file: Path) -> None:
    """Build the HTML site with ``mkdocs build --strict``, then check its links."""
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import MkDocsException
    except ImportError:
        raise DiplotrackError("--build needs mkdocs: pip install 'diplotrack[docs]'") from None
    from diplotrack.render.linkcheck import broken_links

    try:
        config = load_config(str(config_file), strict=True)
        build(config)
    except MkDocsException as error:
        raise DiplotrackError(f"{config_file}: mkdocs build failed: {error}") from None
    broken = broken_links(config["site_dir"])
    if broken:
        first = broken[0]
        raise DiplotrackError(f"{config['site_dir']}/{first.page}: broken link {first.target!r} ({first.reason})")
