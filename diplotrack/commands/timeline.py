"""``diplotrack timeline FILE...``: each holder's dated positions per topic, with each step's change."""

from __future__ import annotations

import argparse
import sys

from diplotrack.changes import FORMATS, render_timeline, timeline
from diplotrack.reading import load_located

NAME = "timeline"
HELP = "Order every dated position per holder and topic and mark what changed at each step."
EXIT_CODES = {
    0: "timeline printed",
    2: "usage or I/O error, or an invalid input",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the timeline options."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="position files (their records are pooled)")
    parser.add_argument("--holder", help="only this holder: an id, a leader's name or surname")
    parser.add_argument("--topic", help="only this topic: an id or any wording the vocabulary knows")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    """Print the timeline."""
    files = [load_located(path) for path in args.files]
    sys.stdout.write(render_timeline(timeline(files, args.holder, args.topic), args.format))
    return 0
