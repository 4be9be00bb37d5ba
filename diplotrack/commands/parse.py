"""``diplotrack parse FILE...``: extract leaders, visits, plans and positions from articles."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from diplotrack.atomic import write_text_atomic
from diplotrack.commands._inputs import is_yaml, load_annotated, read_text
from diplotrack.errors import DiplotrackError
from diplotrack.file_data import file_data
from diplotrack.parse import Extraction, parse_article
from diplotrack.parse.actors import slugify
from diplotrack.parse.text import read_date_header
from diplotrack.yamlio import dump_yaml

NAME = "parse"
HELP = "Parse articles (plain text or annotated-article YAML) into a position file, a gold draft or JSON."
EXIT_CODES = {
    0: "every file parsed and written",
    2: "usage error, or an input that cannot be read or is not a valid annotated article",
}
_SUFFIX = {"position": ".position.yaml", "annotation": ".annotated.yaml", "json": ".json"}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``parse``."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="article texts or annotated-article YAML files")
    parser.add_argument("--date", type=_date, help="publication date YYYY-MM-DD (overrides the file's)")
    parser.add_argument(
        "--format",
        choices=["position", "annotation", "json"],
        default="position",
        help="position file (default), annotated-article draft, or JSON",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="output file, or directory when several inputs")
    parser.add_argument(
        "-j",
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes (default 1); a progress count goes to standard error",
    )


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def _document(path: str, date: dt.date | None, output_format: str) -> str:
    if is_yaml(path):
        article = load_annotated(path)
        day = date or article.date
        extraction = parse_article(article.text, date=day, source=article.id)
        header: dict[str, Any] = {
            "id": article.id,
            "date": day.isoformat(),
            "source": article.source,
            "text": article.text,
        }
    else:
        text = read_text(path)
        text_day = date or read_date_header(text)[0]
        identifier = slugify(Path(path).stem)
        extraction = parse_article(text, date=text_day, source=identifier if _SLUG.match(identifier) else None)
        when = text_day.isoformat() if text_day else None
        header = {"id": extraction.source.id, "date": when, "source": path, "text": text}
    return _render(extraction, header, output_format, path)


def _render(extraction: Extraction, header: dict[str, Any], output_format: str, path: str) -> str:
    if output_format == "annotation":
        if header["date"] is None:
            raise DiplotrackError(f"{path}: no date: give --date or start the text with a line `date YYYY-MM-DD`")
        expect = extraction.to_expectation().model_dump(mode="json", exclude_none=True)
        return dump_yaml({**header, "expect": expect})
    document = file_data(extraction.to_position_file())
    if output_format == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return dump_yaml(document)


def _documents(paths: list[str], date: dt.date | None, output_format: str, workers: int) -> list[str]:
    """Each file's output, in input order, parsed in ``workers`` processes with a progress count."""
    show_progress = len(paths) > 1 and sys.stderr.isatty()
    if workers <= 1 or len(paths) == 1:
        texts = []
        for done, path in enumerate(paths, start=1):
            texts.append(_document(path, date, output_format))
            _report_progress(show_progress, done, len(paths))
        return texts
    texts = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = pool.map(_document, paths, [date] * len(paths), [output_format] * len(paths))
        for done, text in enumerate(jobs, start=1):
            texts.append(text)
            _report_progress(show_progress, done, len(paths))
    return texts


def _report_progress(enabled: bool, done: int, total: int) -> None:
    if enabled:
        end = "\n" if done == total else ""
        print(f"\rparsed {done}/{total} articles", end=end, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every file was parsed and written; 2 on unreadable input."""
    outputs = list(zip(args.files, _documents(args.files, args.date, args.format, args.workers), strict=True))
    if args.output is None:
        separator = "" if args.format == "json" else "---\n"
        sys.stdout.write(separator.join(text for _, text in outputs) if len(outputs) > 1 else outputs[0][1])
        return 0
    target = Path(args.output)
    if len(outputs) == 1 and not target.is_dir():
        write_text_atomic(target, outputs[0][1])
        return 0
    target.mkdir(parents=True, exist_ok=True)
    for path, text in outputs:
        name = Path(path).name
        stem = name[: -len(Path(name).suffix)] if Path(name).suffix else name
        write_text_atomic(target / (stem + _SUFFIX[args.format]), text)
    return 0
