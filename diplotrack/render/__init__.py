"""Markdown dossiers from position files: a page per leader, topic, visit, plan and source.

Examples:
    >>> from diplotrack.models import Leader, PositionFile
    >>> site = render_site(Dossier(PositionFile(format_version=1, leaders=[Leader(id="a", name="A")])))
    >>> site.files["leaders/a.md"].splitlines()[2]
    '# A'
"""

from diplotrack.reading import read_position_file
from diplotrack.render.dossier import Dossier, Holder, merge_files
from diplotrack.render.load import find_position_files, load_position_files
from diplotrack.render.markup import GENERATED_MARKER
from diplotrack.render.site import Site, mkdocs_config, render_site

__all__ = [
    "GENERATED_MARKER",
    "Dossier",
    "Holder",
    "Site",
    "find_position_files",
    "load_position_files",
    "merge_files",
    "mkdocs_config",
    "read_position_file",
    "render_site",
]
