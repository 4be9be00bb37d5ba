"""The seed article parses into its gold extraction, with evidence that points at the right words."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotrack.commands._inputs import load_annotated
from diplotrack.evaluate import score_expectation
from diplotrack.parse import Extraction, parse_article

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "000_35a98759154c98ed.txt"
SEED_GOLD = ROOT / "seeds" / "macron-israel-2023-11-10.yaml"


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return parse_article(SEED_TEXT.read_text("utf-8"))


def test_date_line_gives_the_date(seed: Extraction) -> None:
    assert seed.source.date is not None and seed.source.date.isoformat() == "2023-11-10"


def test_seed_matches_gold_everywhere(seed: Extraction) -> None:
    gold = load_annotated(str(SEED_GOLD))
    score = score_expectation(seed.text, gold.expect, seed.to_expectation())
    for name, counts in score.counts.items():
        assert (counts.fp, counts.fn) == (0, 0), name
    assert score.stance_accuracy == 1.0


def test_every_evidence_quote_is_its_slice_of_the_text(seed: Extraction) -> None:
    records = [*seed.visits, *seed.plans, *seed.positions]
    evidence = [item for record in records for item in record.evidence]
    evidence += [item.evidence for plan in seed.plans for item in plan.items if item.evidence]
    assert evidence
    for item in evidence:
        assert seed.text[item.start : item.end] == item.quote


def test_position_file_passes_validation(seed: Extraction) -> None:
    document = seed.to_position_file()
    assert {leader.name for leader in document.leaders} == {"Emmanuel Macron", "Benjamin Netanyahu", "Mahmoud Abbas"}


def test_visits_and_plan(seed: Extraction) -> None:
    expect = seed.to_expectation()
    statuses = {(visit.destination, visit.status) for visit in expect.visits}
    assert statuses == {("Israel", "ongoing"), ("Palestine", "planned")}
    (plan,) = expect.plans
    assert plan.name == "four-point plan"
    assert plan.items[-1] == "fostering a two-state solution"
