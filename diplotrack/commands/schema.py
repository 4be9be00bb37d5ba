"""``diplotrack schema``: write the JSON Schemas, or check they are up to date."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplotrack.schema import outdated_schemas, write_schemas

NAME = "schema"
HELP = "Write the JSON Schemas of the file formats into a directory, or check them with --check."
EXIT_CODES = {
    0: "schemas written, or up to date with --check",
    1: "--check found a missing or outdated schema",
    2: "usage or I/O error",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``schema``."""
    parser.add_argument("--dir", default="schemas", type=Path, help="where the schemas live (default: schemas)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a schema is missing or out of date")


def run(args: argparse.Namespace) -> int:
    """Exit 0 when written or up to date, 1 when --check finds stale schemas."""
    if args.check:
        stale = outdated_schemas(args.dir)
        for path in stale:
            print(f"{path}: out of date; run `diplotrack schema --dir {args.dir}`", file=sys.stderr)
        if not stale:
            print(f"schemas in {args.dir} are up to date")
        return 1 if stale else 0
    for path in write_schemas(args.dir):
        print(f"wrote {path}")
    return 0
