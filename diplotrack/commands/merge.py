"""``diplotrack merge FILE... -o OUT``: combine position files, reporting conflicts."""

from __future__ import annotations

import argparse
import sys

from diplotrack.atomic import write_text_atomic
from diplotrack.changes import merge, render_conflicts
from diplotrack.file_data import file_data
from diplotrack.models.integrity import integrity_problems
from diplotrack.reading import load_located
from diplotrack.yamlio import dump_yaml

NAME = "merge"
HELP = "Merge position files into one; records of the same thing become one, conflicts are reported."
EXIT_CODES = {
    0: "merged file written",
    1: "conflicts found with --fail-on-conflict (the file is still written)",
    2: "usage or I/O error, an invalid input, or merged records that would not validate (nothing written)",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the merge options."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="position files to merge")
    parser.add_argument("-o", "--output", metavar="OUT", help="file to write (default: standard output)")
    parser.add_argument(
        "--fail-on-conflict", action="store_true", help="exit 1 when records disagree (the file is still written)"
    )


def run(args: argparse.Namespace) -> int:
    """Merge, write atomically, print conflicts to standard error.

    Exit 0 when written, 1 with ``--fail-on-conflict`` and conflicts, 2 when
    the merged records would not form a valid file (nothing is written).
    """
    result = merge([load_located(path) for path in args.files])
    sys.stderr.write(render_conflicts(result.conflicts))
    problems = integrity_problems(result.file)
    if problems:
        # A conflict the merge could not settle left records that no longer fit
        # together; writing them would give a file that `validate` rejects.
        for problem in problems:
            print(f"diplotrack: error: merged file: {problem.dotted_path}: {problem.message}", file=sys.stderr)
        print("diplotrack: error: nothing written; resolve the conflicts above in the inputs", file=sys.stderr)
        return 2
    text = dump_yaml(file_data(result.file))
    if args.output:
        write_text_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if result.conflicts:
        print(f"{len(result.conflicts)} conflict(s); kept values are listed above", file=sys.stderr)
    return 1 if result.conflicts and args.fail_on_conflict else 0
