"""``diplotrack eval GOLD...``: parse annotated articles and score the parser against them."""

from __future__ import annotations

import argparse
import json
import sys

from diplotrack.commands._inputs import load_annotated
from diplotrack.evaluate import Score, score_article
from diplotrack.validate import iter_yaml_files

NAME = "eval"
HELP = "Score the parser on annotated articles: precision, recall and F1 per record kind, and stance accuracy."
EXIT_CODES = {
    0: "scored",
    2: "usage error, or a gold file that cannot be read or is invalid",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``eval``."""
    parser.add_argument("gold", nargs="+", metavar="GOLD", help="annotated-article files, or directories of them")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--per-article", action="store_true", help="also print each article's figures")


def run(args: argparse.Namespace) -> int:
    """Exit 0 after printing the figures; 2 when a gold file cannot be read."""
    files = list(iter_yaml_files(args.gold))
    if not files:
        print("diplotrack: error: no annotated articles found in the given paths", file=sys.stderr)
        return 2
    total = Score()
    per_article = {}
    for path in files:
        article = load_annotated(path)
        score = score_article(article)
        per_article[path] = score
        total.add(score)
    if args.json:
        data = total.as_dict()
        if args.per_article:
            data["per_article"] = {path: score.as_dict() for path, score in per_article.items()}
        print(json.dumps(data, indent=2))
        return 0
    if args.per_article:
        for path, score in per_article.items():
            print(f"== {path}\n{score.table()}\n")
    print(f"{total.articles} articles")
    print(total.table())
    return 0
