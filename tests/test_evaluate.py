"""Scoring rules of `diplotrack.evaluate`."""

from __future__ import annotations

from diplotrack.evaluate import Counts, names_match, overlap, score_expectation
from diplotrack.models import Expectation, GoldLeader, GoldPlan, GoldPosition, GoldVisit

TEXT = "Macron called for a truce. He condemned the attack. Scholz backed the plan."


def _gold() -> Expectation:
    return Expectation(
        leaders=[GoldLeader(name="Emmanuel Macron"), GoldLeader(name="Olaf Scholz")],
        visits=[GoldVisit(visitor="Emmanuel Macron", destination="Israel")],
        plans=[GoldPlan(proposer="Emmanuel Macron", items=["a truce", "aid into Gaza"])],
        positions=[
            GoldPosition(holder="Emmanuel Macron", topic="truce", stance="support", evidence="called for a truce"),
            GoldPosition(holder="Emmanuel Macron", topic="attack", stance="oppose", evidence="condemned the attack"),
        ],
    )


def test_identical_extraction_scores_perfectly() -> None:
    score = score_expectation(TEXT, _gold(), _gold())
    assert all(counts.f1 == 1.0 for counts in score.counts.values())
    assert score.stance_accuracy == 1.0


def test_position_in_another_sentence_does_not_match() -> None:
    predicted = _gold().model_copy(
        update={
            "positions": [GoldPosition(holder="Macron", topic="truce", stance="support", evidence="backed the plan")]
        }
    )
    counts = score_expectation(TEXT, _gold(), predicted).counts["positions"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 2)


def test_wrong_stance_matches_but_lowers_accuracy() -> None:
    predicted = _gold().model_copy(
        update={"positions": [GoldPosition(holder="Macron", topic="the truce", stance="oppose", evidence="a truce")]}
    )
    score = score_expectation(TEXT, _gold(), predicted)
    assert score.counts["positions"].tp == 1 and score.stance_accuracy == 0.0


def test_plan_items_match_by_overlap() -> None:
    predicted = _gold().model_copy(
        update={"plans": [GoldPlan(proposer="Emmanuel Macron", items=["a truce", "more aid into Gaza", "talks"])]}
    )
    counts = score_expectation(TEXT, _gold(), predicted).counts["plan_items"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 0)


def test_names_and_countries() -> None:
    assert names_match("Macron", "Emmanuel Macron")
    assert names_match("United Kingdom", "Britain")
    assert not names_match("Joe Biden", "Hunter Biden")
    assert names_match("Moammar Gadhafi", "Muammar Gaddafi")  # one shipped leader, two spellings
    assert names_match("Abdullah bin Abdul Aziz", "Abdullah bin Abdulaziz")  # spaced two ways
    assert not names_match("Moammar Gadhafi", "Saif al-Islam Gaddafi")
    # A one-word alias with the leader's given names: "Yanukovich" is listed for Viktor Yanukovych.
    assert names_match("Viktor Yanukovich", "Viktor Yanukovych")
    assert not names_match("Mikhail Yanukovich", "Viktor Yanukovych")
    assert overlap("humanitarian truce in Gaza", "a humanitarian truce") == 2 / 3


def test_empty_counts_are_perfect() -> None:
    assert Counts().f1 == 1.0


def test_a_predicted_position_is_placed_by_its_offset_not_the_first_occurrence_of_its_words() -> None:
    text = "Scholz backed the plan. Macron backed the plan too."
    gold = Expectation(
        positions=[GoldPosition(holder="Emmanuel Macron", topic="plan", stance="support", evidence="Macron backed")]
    )
    predicted = Expectation(
        positions=[GoldPosition(holder="Emmanuel Macron", topic="plan", stance="support", evidence="backed the plan")]
    )
    assert score_expectation(text, gold, predicted).counts["positions"].tp == 0
    second = text.index("backed the plan", 10)
    assert score_expectation(text, gold, predicted, predicted_starts=[second]).counts["positions"].tp == 1


def test_visit_status_is_compared_on_matched_visits_only() -> None:
    gold = _gold().model_copy(
        update={
            "visits": [
                GoldVisit(visitor="Emmanuel Macron", destination="Israel", status="ongoing"),
                GoldVisit(visitor="Olaf Scholz", destination="Israel", status="planned"),
                GoldVisit(visitor="Olaf Scholz", destination="Egypt"),
            ]
        }
    )
    predicted = _gold().model_copy(
        update={
            "visits": [
                GoldVisit(visitor="Macron", destination="Israel", status="completed"),
                GoldVisit(visitor="Scholz", destination="Israel", status="planned"),
                GoldVisit(visitor="Scholz", destination="Egypt", status="ongoing"),
                GoldVisit(visitor="Scholz", destination="Jordan", status="planned"),
            ]
        }
    )
    score = score_expectation(TEXT, gold, predicted)
    assert (score.status_right, score.status_total) == (1, 2)
    assert score.status_accuracy == 0.5
    assert score.as_dict()["status_accuracy"] == 0.5
    assert "status accuracy 0.500 over 2 matched visits" in score.table()
