"""Score the parser on the PETRARCH2 CAMEO validation cases (a third-party gold set).

Usage: python benchmarks/peer_suite.py [PEER_DIR]

PEER_DIR holds ``petrarch2-cases.jsonl`` and ``petrarch2-negatives.jsonl`` (see the
README there); it defaults to ``../shared/peer`` next to the repository. This is a
measurement, not a test: the data are not shipped and no test reads them.

Each distinct sentence is parsed once with `parse_article` (date from the record).
Two CAMEO notions are compared with ours:

- **visits** (CAMEO 042/043): found when the parser reports a visit by a leader of
  the source actor's country to the target actor's country.
- **disapprove / reject / demand** (CAMEO 11x, 12x, 10x) against our *oppose*
  positions: found when the parser reports an oppose position held by the source
  actor's country or one of its leaders.

When an actor code names no real country (fictional TABARI actors, legacy codes,
IGOs), any visit / oppose position in the sentence counts. Precision is taken over
sentences: a sentence where the parser predicts a visit (an oppose position) is right
when it carries a gold event of that category. Negatives are sentences whose gold
record says "no event"; every visit or oppose position found there is a false positive.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from diplotrack.parse import parse_article
from diplotrack.parse.extraction import Extraction
from diplotrack.parse.lexicon import organizations

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "peer"
OPPOSE_CATEGORIES = ("disapprove", "reject", "demand")


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _date(record: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(record.get("date")))
    except ValueError:
        return None


def _countries(extraction: Extraction) -> dict[str, str | None]:
    """Reference id -> the country it stands for (leaders by role, bodies by seat)."""
    found: dict[str, str | None] = {}
    for leader in extraction.leaders:
        found[leader.id] = next((role.country for role in leader.roles if role.country), None)
    for organization_id, organization in organizations().items():
        found.setdefault(organization_id, getattr(organization, "country", None))
    return found


def _country_of(reference: str, countries: dict[str, str | None]) -> str | None:
    if reference in countries:
        return countries[reference]
    return reference if len(reference) == 3 and reference.isupper() else None


def _found_visit(extraction: Extraction, source: str | None, target: str | None) -> bool:
    countries = _countries(extraction)
    for visit in extraction.visits:
        for visitor in visit.visitors:
            if (source is None or _country_of(visitor, countries) == source) and (
                target is None or visit.destination == target
            ):
                return True
    return False


def _found_oppose(extraction: Extraction, source: str | None) -> bool:
    countries = _countries(extraction)
    return any(
        position.stance == "oppose" and (source is None or _country_of(position.holder, countries) == source)
        for position in extraction.positions
    )


def _hit(kind: str, extraction: Extraction, event: dict[str, Any]) -> bool:
    if kind == "visit":
        return _found_visit(extraction, event.get("source_country"), event.get("target_country"))
    return _found_oppose(extraction, event.get("source_country"))


class _Tally:
    def __init__(self) -> None:
        self.gold = 0
        self.found = 0
        self.predicted = 0
        self.right = 0

    def row(self, label: str) -> str:
        recall = self.found / self.gold if self.gold else float("nan")
        precision = self.right / self.predicted if self.predicted else float("nan")
        cells = [label, self.gold, self.found, f"{recall:.2f}", self.predicted, self.right, f"{precision:.2f}"]
        return "| " + " | ".join(str(cell) for cell in cells) + " |"


def measure(cases: Iterable[dict[str, Any]], negatives: Iterable[dict[str, Any]]) -> str:
    """The markdown table of the peer-suite figures."""
    sentences: dict[str, dict[str, Any]] = {}
    events: dict[str, list[dict[str, Any]]] = {}
    for record in cases:
        sentences.setdefault(record["id"], record)
        events.setdefault(record["id"], []).append(record)
    parsed = {key: parse_article(record["text"], date=_date(record)) for key, record in sentences.items()}

    tallies = {(subset, kind): _Tally() for subset in ("real_world", "all") for kind in ("visit", "oppose")}
    for key, record in sentences.items():
        extraction = parsed[key]
        subsets = ["all", "real_world"] if record.get("real_world") else ["all"]
        for kind, categories in (("visit", ("visit",)), ("oppose", OPPOSE_CATEGORIES)):
            gold = [event for event in events[key] if event["category"] in categories]
            hits = sum(1 for event in gold if _hit(kind, extraction, event))
            predicted = bool(extraction.visits) if kind == "visit" else _found_oppose(extraction, None)
            for subset in subsets:
                tally = tallies[(subset, kind)]
                tally.gold += len(gold)
                tally.found += hits
                tally.predicted += int(predicted)
                tally.right += int(predicted and bool(gold))

    negative_count = visit_fp = oppose_fp = 0
    for record in negatives:
        extraction = parse_article(record["text"], date=_date(record))
        negative_count += 1
        visit_fp += int(bool(extraction.visits))
        oppose_fp += int(_found_oppose(extraction, None))

    lines = [
        "| subset / category | gold events | found | recall | sentences predicted | with gold event | precision |",
        "|---|---|---|---|---|---|---|",
    ]
    for subset in ("real_world", "all"):
        lines.append(tallies[(subset, "visit")].row(f"{subset}: visit (042/043)"))
        lines.append(tallies[(subset, "oppose")].row(f"{subset}: disapprove/reject/demand vs oppose"))
    lines.append("")
    lines.append(
        f"Negatives: {negative_count} sentences; a visit predicted in {visit_fp}, an oppose position in {oppose_fp}."
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    cases_path, negatives_path = folder / "petrarch2-cases.jsonl", folder / "petrarch2-negatives.jsonl"
    if not cases_path.is_file() or not negatives_path.is_file():
        print(f"peer suite not found in {folder}", file=sys.stderr)
        return 2
    print(measure(_read(cases_path), _read(negatives_path)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
