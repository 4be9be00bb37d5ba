"""The ``diplotrack`` command line: a thin dispatcher over `diplotrack.commands`.

Exit codes: 0 success, 1 a finding (invalid file, changes found), 2 usage or
I/O error. Errors reach the user as one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from diplotrack._version import __version__
from diplotrack.commands import COMMAND_MODULES
from diplotrack.errors import DiplotrackError

EXIT_OK = 0
EXIT_FINDING = 1
EXIT_USAGE = 2


def _available_commands() -> list[ModuleType]:
    modules = []
    for name in COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="diplotrack",
        description="Track what leaders say, where they go and what they propose.",
    )
    parser.add_argument("--version", action="version", version=f"diplotrack {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _available_commands():
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except DiplotrackError as error:
        print(f"diplotrack: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"diplotrack: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("diplotrack: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
