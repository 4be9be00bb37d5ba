"""``diplotrack validate PATH...``: check position files and annotated articles."""

from __future__ import annotations

import argparse
import json
import sys

from diplotrack.validate import validate_paths

NAME = "validate"
HELP = "Check position files and annotated articles; report every problem as file:line:column."
EXIT_CODES = {
    0: "every file is valid",
    1: "at least one file is invalid",
    2: "usage or I/O error, or no YAML file found",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``validate``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, or directories searched for *.yaml/*.yml")
    parser.add_argument(
        "--kind",
        choices=["position", "annotated"],
        help="what the files are (default: recognised from each file's content)",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="report format (default: text)")


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every file is valid, 1 when any is invalid, 2 on I/O errors or no files."""
    report = validate_paths(args.paths, args.kind)
    if args.format == "json":
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        for issue in report.issues:
            print(issue.format())
        if report.files and report.valid:
            noun = "file" if len(report.files) == 1 else "files"
            print(f"{len(report.files)} {noun} valid")
    if not report.files:
        print("diplotrack: error: no YAML files found in the given paths", file=sys.stderr)
        return 2
    if any(file.io_error for file in report.files):
        return 2
    return 0 if report.valid else 1
