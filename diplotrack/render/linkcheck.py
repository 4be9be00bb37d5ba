"""Find broken relative links and anchors in a built HTML site, offline.

Examples:
    >>> import tempfile, pathlib
    >>> site = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (site / "index.html").write_text('<a href="a.html#x">a</a><a href="#top">t</a><p id="top">')
    >>> _ = (site / "a.html").write_text('<h1 id="y">A</h1>')
    >>> [(b.page, b.target) for b in broken_links(site)]
    [('index.html', 'a.html#x')]
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import attrs

_LINK_ATTRIBUTES = frozenset({"href", "src"})


@attrs.frozen(order=True)
class BrokenLink:
    """A link on ``page`` (relative to the site) whose ``target`` does not resolve."""

    page: str
    target: str
    reason: str


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in _LINK_ATTRIBUTES and tag != "base":
                self.links.append(value)


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text("utf-8", errors="replace"))
    parser.close()
    return parser


def broken_links(site: str | os.PathLike[str]) -> list[BrokenLink]:
    """Every relative ``href``/``src`` in the site's HTML whose file, or whose anchor in an HTML file, is missing.

    Absolute URLs (with a scheme or host) are not fetched: the check works offline.
    Paths starting with ``/`` are taken from the site root.
    """
    root = Path(site).resolve()
    pages = {path: _parse(path) for path in sorted(root.rglob("*.html"))}
    broken: list[BrokenLink] = []
    for page, parsed in pages.items():
        name = page.relative_to(root).as_posix()
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("//"):
                continue
            # A root-relative link ("/assets/x", as 404.html has) resolves as a server at the site root would.
            base = root if parts.path.startswith("/") else page.parent
            target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
            if parts.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_relative_to(root):
                broken.append(BrokenLink(name, link, "points outside the site"))
            elif not target.is_file():
                broken.append(BrokenLink(name, link, "no such file"))
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(BrokenLink(name, link, f"no element with id {parts.fragment!r}"))
    return sorted(broken)
