"""``diplotrack diff OLD NEW``: typed changes between two snapshots; exit 1 when there are any."""

from __future__ import annotations

import argparse
import sys

from diplotrack.changes import FORMATS, Names, PositionChange, diff, render_changes, resolver_for
from diplotrack.reading import load_located

NAME = "diff"
HELP = "Show what changed between two position files: positions, visits, plans, leaders."
EXIT_CODES = {
    0: "no change",
    1: "something changed",
    2: "usage or I/O error, or an invalid input",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the diff options."""
    parser.add_argument("old", metavar="OLD", help="the earlier position file")
    parser.add_argument("new", metavar="NEW", help="the later position file")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    """Print the changes; exit 0 when there are none and 1 when there are, as diff(1) does."""
    old = load_located(args.old)
    new = load_located(args.new)
    changes = diff(old, new)
    resolver = resolver_for([*old.topics, *new.topics])
    holders = {leader.id: leader.name for f in (old, new) for leader in f.leaders}
    holders |= {organization.id: organization.name for f in (old, new) for organization in f.organizations}
    topics = {change.topic: resolver.label(change.topic) for change in changes if isinstance(change, PositionChange)}
    sys.stdout.write(render_changes(changes, args.format, Names(holders, topics)))
    return 1 if changes else 0
