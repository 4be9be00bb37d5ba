"""Reference pages generated when the project's site is built, so they never drift.

`schema_page` turns a JSON Schema from ``schemas/`` into a field-by-field
page; `cli_page` documents every command, option and exit code from the
argument parser itself.
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections.abc import Mapping
from typing import Any

from diplotrack.render import markup

_ENUM_SHOWN = 8
_CODE_SPAN = re.compile(r"``(.+?)``|`([^`]+)`")


def code(value: object) -> str:
    """Inline code that survives backticks inside the value.

    Examples:
        >>> code("a`b"), code(1)
        ('`` a`b ``', '`1`')
    """
    shown = str(value)
    return f"`` {shown} ``" if "`" in shown else f"`{shown}`"


def prose(description: str) -> str:
    """A docstring-born description as Markdown: code spans kept, the rest escaped, examples cut.

    Examples:
        >>> prose("Count ``start`` from *zero*.  Examples: >>> 1")
        'Count `start` from \\\\*zero\\\\*.'
    """
    description = " ".join(description.split("Examples:", 1)[0].split())
    out, cursor = "", 0
    for match in _CODE_SPAN.finditer(description):
        before = description[cursor : match.start()]
        # Escaping trims the edges; put back the spaces around code spans.
        out += (" " if before[:1] == " " else "") + markup.text(before) + (" " if before[-1:] == " " else "")
        out += code(match.group(1) or match.group(2))
        cursor = match.end()
    rest = description[cursor:]
    return (out + (" " if rest[:1] == " " else "") + markup.text(rest)).strip()


def definition_anchor(name: str) -> str:
    """The id of a ``$defs`` entry's section.

    Examples:
        >>> definition_anchor("PlanItem")
        'def-planitem'
    """
    return "def-" + "".join(ch for ch in name.lower() if ch.isalnum())


def describe_type(schema: Mapping[str, Any]) -> str:
    """A JSON Schema type in words, with links to the definitions it uses (Markdown).

    Examples:
        >>> describe_type({"type": "array", "items": {"$ref": "#/$defs/Role"}})
        'list of [Role](#def-role)'
        >>> describe_type({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]})
        'string (date) or null'
        >>> describe_type({"enum": ["support", "oppose"]})
        'one of `support`, `oppose`'
    """
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return f"[{markup.text(name)}](#{definition_anchor(name)})"
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            joiner = " and " if key == "allOf" else " or "
            return joiner.join(describe_type(option) for option in schema[key])
    if "const" in schema:
        return f"exactly {code(schema['const'])}"
    if "enum" in schema:
        values = list(schema["enum"])
        shown = ", ".join(code(v) for v in values[:_ENUM_SHOWN])
        return f"one of {shown}" if len(values) <= _ENUM_SHOWN else f"one of {len(values)} values ({shown}, …)"
    kind = schema.get("type", "any value")
    if isinstance(kind, list):
        return " or ".join(describe_type({**schema, "type": k}) for k in kind)
    if kind == "array":
        items = schema.get("items")
        text = f"list of {describe_type(items)}" if isinstance(items, Mapping) else "list"
        if "minItems" in schema:
            text += f" (at least {schema['minItems']})"
        return text
    if kind == "object" and isinstance(schema.get("additionalProperties"), Mapping):
        return f"mapping of {describe_type(schema['additionalProperties'])}"
    details = [str(schema[k]) for k in ("format",) if k in schema]
    details += [f"matching {code(schema['pattern'])}"] if "pattern" in schema else []
    details += [f"≥ {schema['minimum']}"] if "minimum" in schema else []
    details += [f"at least {schema['minLength']} characters"] if schema.get("minLength", 0) > 1 else []
    return f"{kind} ({', '.join(details)})" if details else str(kind)


def _fields_table(schema: Mapping[str, Any]) -> list[str]:
    required = set(schema.get("required", []))
    rows = []
    for name, field in schema.get("properties", {}).items():
        description = prose(str(field.get("description", "")))
        if "default" in field and field["default"] not in (None, [], {}):
            description = f"{description} Default: {code(field['default'])}.".strip()
        rows.append([code(name), describe_type(field), "yes" if name in required else "no", description or " "])
    return markup.table(["Field", "Type", "Required", "Description"], rows) if rows else ["No fields."]


def schema_page(schema: Mapping[str, Any], title: str, schema_path: str) -> str:
    """A page documenting a JSON Schema: the top level, then every definition in name order."""
    body = [prose(str(schema.get("description", ""))), ""]
    body += [f"Generated from {code(schema_path)} when this site was built."]
    if "$id" in schema:
        body += [
            "",
            "To have an editor (VS Code with the YAML extension, or any yaml-language-server client) "
            "check and complete a file as you type, make this its first line:",
            "",
            "```yaml",
            f"# yaml-language-server: $schema={schema['$id']}",
            "```",
        ]
    body += ["", "## Top level", "", *_fields_table(schema), ""]
    for name, definition in sorted(schema.get("$defs", {}).items()):
        body += [markup.heading(2, name, definition_anchor(name)), ""]
        if definition.get("description"):
            body += [prose(str(definition["description"])), ""]
        if "properties" in definition:
            body += _fields_table(definition)
        else:
            body.append(f"A value: {describe_type(definition)}.")
        body.append("")
    return markup.page(title, body)


def missing_page(title: str, message: str) -> str:
    """A page that says plainly why its content is not there."""
    return markup.page(title, ['!!! warning "Not generated"', "", f"    {markup.text(message)}"])


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse offers no public way to list subparsers
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _argument_row(action: argparse.Action) -> list[str]:
    if action.option_strings:
        name = ", ".join(code(o) for o in action.option_strings)
        if action.nargs != 0:
            name += " " + code(action.metavar or action.dest.upper())
    else:
        name = code(action.metavar or action.dest)
        if action.nargs in ("+", "*"):
            name += " …"
    text = action.help or ""
    if "%(" in text:
        text = text % {**vars(action), "default": action.default, "prog": ""}
    if action.choices is not None:
        text = f"{text} (one of: {', '.join(str(c) for c in action.choices)})".strip()
    required = "yes" if action.required or (not action.option_strings and action.nargs not in ("?", "*")) else "no"
    return [name, required, markup.text(text) or " "]


def _width_88(prog: str) -> argparse.HelpFormatter:
    # A fixed width: usage lines must not depend on the terminal that builds the docs.
    return argparse.HelpFormatter(prog, width=88)


def cli_page(parser: argparse.ArgumentParser, exit_codes: Mapping[int, str]) -> str:
    """Every command with its usage, arguments and exit codes, in the parser's order."""
    commands = _subcommands(parser)
    body = [
        "Generated from the command-line parser when this site was built. "
        "`python -m diplotrack` works the same as `diplotrack`.",
        "",
        "## Exit codes",
        "",
        *markup.table(["Code", "Meaning"], [[str(c), markup.text(m)] for c, m in sorted(exit_codes.items())]),
        "",
        "Errors are printed on one line (`diplotrack: error: …`, or `path:line:column: message` for a "
        "problem in a file), never as a traceback.",
        "",
        "## Commands",
        "",
        *markup.table(
            ["Command", "What it does"],
            [[f"[{code(n)}](#{n})", markup.text(p.description or "")] for n, p in commands.items()],
        ),
        "",
    ]
    for name, sub in commands.items():
        sub.formatter_class = _width_88
        rows = [_argument_row(a) for a in sub._actions if not isinstance(a, argparse._HelpAction)]
        body += [markup.heading(2, f"diplotrack {name}", name), "", markup.text(sub.description or ""), ""]
        body += ["```text", sub.format_usage().strip(), "```", ""]
        body += markup.table(["Argument", "Required", "Meaning"], rows) if rows else ["No arguments."]
        command_codes = _command_exit_codes(sub)
        if command_codes:
            body += ["", "Exit codes:", ""]
            body += [f"- {code(c)}: {markup.text(m)}" for c, m in sorted(command_codes.items())]
        body.append("")
    return markup.page("Command line", body)


def _command_exit_codes(sub: argparse.ArgumentParser) -> dict[int, str]:
    # Commands may document their own exit codes as EXIT_CODES in their module.
    run = sub.get_default("run")
    module = importlib.import_module(run.__module__) if run is not None else None
    codes = getattr(module, "EXIT_CODES", None)
    return dict(codes) if isinstance(codes, Mapping) else {}
