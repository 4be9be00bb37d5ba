"""Plans: inline lists, bulleted lines, phases, proposers (own example texts)."""

from __future__ import annotations

from diplotrack.parse import parse_article
from diplotrack.parse.plans import split_items

HEAD = "date 2024-03-01\n"


def _plans(body: str) -> list[tuple[str, list[str]]]:
    extraction = parse_article(HEAD + body)
    return [(extraction.display_name(p.proposer), [i.text for i in p.items]) for p in extraction.plans]


def test_inline_items_keep_their_qualifiers() -> None:
    items = split_items("a full pullback from the border, including the hills, a prisoner swap, and new talks.", 0)
    assert [i.text for i in items] == [
        "a full pullback from the border, including the hills",
        "a prisoner swap",
        "new talks",
    ]


def test_phase_lines_make_a_plan_of_the_demonym_proposer() -> None:
    body = (
        "German Chancellor Olaf Scholz presented what he called a new French proposal for the region.\n\n"
        "Phase one, lasting a month: a halt to all shelling.\n\n"
        "Phase two: the exchange of prisoners.\n\n"
        "Phase three: elections under international monitoring.\n"
    )
    plans = _plans(body)
    assert plans == [
        ("France", ["a halt to all shelling", "the exchange of prisoners", "elections under international monitoring"])
    ]


def test_bulleted_joint_statement_gives_one_plan_per_signatory() -> None:
    body = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz signed a joint statement on Friday.\n\n"
        "The text sets out three commitments:\n\n"
        "- both countries will raise aid to Moldova;\n"
        "- they will open a shared training centre;\n"
        "- they will meet again in June.\n"
    )
    plans = _plans(body)
    assert [p for p, _ in plans] == ["Emmanuel Macron", "Olaf Scholz"]
    assert plans[0][1][1] == "they will open a shared training centre"


def test_agent_after_by_is_the_proposer() -> None:
    body = (
        "The plan, put forward by French President Emmanuel Macron, asks Moscow for a withdrawal of troops, "
        "a ceasefire along the river and the return of deported children."
    )
    assert _plans(body) == [
        (
            "Emmanuel Macron",
            ["a withdrawal of troops", "a ceasefire along the river", "the return of deported children"],
        )
    ]
