"""One module per subcommand of ``diplotrack``.

Each module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int`` (the exit code). `diplotrack.cli` finds them in
``COMMAND_MODULES``; adding a command is adding a module and a line there.
"""

COMMAND_MODULES = [
    "diplotrack.commands.validate",
    "diplotrack.commands.schema",
    "diplotrack.commands.parse",
    "diplotrack.commands.eval",
    "diplotrack.commands.merge",
    "diplotrack.commands.diff",
    "diplotrack.commands.timeline",
    "diplotrack.commands.docs",
]
