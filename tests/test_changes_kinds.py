"""Every change kind, by example, and the merge, topic and timeline rules they rest on."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diplotrack.changes import (
    ApplyError,
    ChangeSet,
    LeaderChange,
    PositionChange,
    apply,
    diff,
    invert,
    merge,
    render_changes,
    stance_at,
    timeline,
)
from diplotrack.models import Evidence, Leader, Plan, PlanItem, Position, PositionFile, Role, Source, Topic, Visit
from tests.strategies import VOCABULARY

JAN, FEB, MAY = dt.date(2024, 1, 12), dt.date(2024, 2, 20), dt.date(2024, 5, 8)


def said(stance: str = "oppose", day: dt.date = JAN, **fields: Any) -> Position:
    values: dict[str, Any] = {"holder": "berger", "topic": "missiles-ukraine", "stance": stance, "date": day}
    return Position(**(values | fields))


def document(**collections: Any) -> PositionFile:
    return PositionFile.model_construct(
        format_version=1, **({name: [] for name in PositionFile.model_fields if name != "format_version"} | collections)
    )


def kinds(old: PositionFile, new: PositionFile) -> list[str]:
    changes = diff(old, new, vocabulary=VOCABULARY)
    assert diff(new, old, vocabulary=VOCABULARY) == invert(changes)
    return [change.kind_name for change in changes]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([], [said()], "new"),
        ([said()], [], "dropped"),
        ([said()], [said(), said(day=FEB)], "reaffirmed"),
        ([said(), said(day=FEB)], [said()], "evidence-removed"),
        ([said()], [said(), said("support", MAY)], "reversed"),
        ([said("neutral")], [said("neutral"), said("support", MAY)], "shifted"),
        ([said("oppose")], [said("neutral")], "shifted"),
        ([said(strength="weak")], [said(strength="strong")], "hardened"),
        ([said(strength="strong")], [said()], "softened"),
        ([said(wording="long-range missiles")], [said(wording="cruise missiles")], "reworded"),
        ([said(verb="rejects")], [said(verb="refuses")], "amended"),
    ],
)
def test_position_change_kinds(before: list[Position], after: list[Position], expected: str) -> None:
    assert kinds(document(positions=before), document(positions=after)) == [expected]


def test_reaffirmation_by_new_evidence_for_the_same_statement() -> None:
    quote = Evidence(source="b", start=0, end=3, quote="No.")
    assert kinds(document(positions=[said()]), document(positions=[said(evidence=[quote])])) == ["reaffirmed"]


def test_a_change_cites_evidence_on_both_sides() -> None:
    old_quote = Evidence(source="jan", start=0, end=3, quote="No.")
    new_quote = Evidence(source="may", start=0, end=4, quote="Yes.")
    old = document(positions=[said(evidence=[old_quote])])
    new = document(positions=[said(evidence=[old_quote]), said("support", MAY, evidence=[new_quote])])
    (change,) = diff(old, new, vocabulary=VOCABULARY)
    assert isinstance(change, PositionChange)
    assert change.evidence_before == (old_quote,) and change.evidence_after == (new_quote,)
    assert (change.date_before, change.date_after) == (JAN, MAY)


def visit(**fields: Any) -> Visit:
    values: dict[str, Any] = {"id": "berger-kyiv", "visitors": ["berger"], "destination": "UKR", "start": "2024-03"}
    return Visit(**(values | fields))


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([], [visit()], ["new"]),
        ([visit()], [], ["removed"]),
        ([visit()], [visit(status="completed")], ["status-changed"]),
        ([visit()], [visit(start="2024-03-04", end="2024-03-05")], ["dates-changed"]),
        ([visit()], [visit(hosts=["zelensky"])], ["hosts-changed"]),
        ([visit()], [visit(places=["Kyiv"])], ["amended"]),
        ([visit()], [visit(status="cancelled", hosts=["zelensky"])], ["status-changed", "hosts-changed"]),
        ([visit(hosts=["a", "b"])], [visit(hosts=["b", "a"])], []),
    ],
)
def test_visit_change_kinds(before: list[Visit], after: list[Visit], expected: list[str]) -> None:
    assert kinds(document(visits=before), document(visits=after)) == expected


def plan(*items: str, **fields: Any) -> Plan:
    values: dict[str, Any] = {"id": "peace-plan", "proposer": "CHN", "items": [PlanItem(text=t) for t in items]}
    return Plan(**(values | fields))


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([], [plan("ceasefire")], ["new"]),
        ([plan("ceasefire")], [], ["removed"]),
        ([plan("ceasefire")], [plan("ceasefire", "talks")], ["items-added"]),
        ([plan("ceasefire", "talks")], [plan("talks")], ["items-removed"]),
        ([plan("ceasefire", "talks")], [plan("talks", "ceasefire")], ["items-reordered"]),
        ([plan("a")], [plan("a", status="endorsed")], ["status-changed"]),
        ([plan("a")], [plan("a", endorsers=["BRA"])], ["endorsers-added"]),
        ([plan("a", endorsers=["BRA", "ZAF"])], [plan("a", endorsers=["ZAF"])], ["endorsers-removed"]),
        ([plan("a")], [plan("a", name="twelve-point plan")], ["amended"]),
    ],
)
def test_plan_change_kinds(before: list[Plan], after: list[Plan], expected: list[str]) -> None:
    assert kinds(document(plans=before), document(plans=after)) == expected


def test_plan_item_changes_name_the_items() -> None:
    (change,) = diff(document(plans=[plan("a")]), document(plans=[plan("a", "b", "c")]), vocabulary=VOCABULARY)
    assert change.kind_name == "items-added"
    assert "items added: b; c" in render_changes(ChangeSet((change,)))


CHANCELLOR = Role(title="Chancellor", country="DEU", start=dt.date(2021, 12, 8))


def leader(*roles: Role, **fields: Any) -> Leader:
    return Leader(**({"id": "berger", "name": "Anna Berger", "roles": list(roles)} | fields))


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([], [leader()], ["new"]),
        ([leader()], [], ["removed"]),
        ([leader()], [leader(CHANCELLOR)], ["role-started"]),
        ([leader(CHANCELLOR)], [leader(CHANCELLOR.model_copy(update={"end": dt.date(2025, 5, 6)}))], ["role-ended"]),
        ([leader(CHANCELLOR.model_copy(update={"end": dt.date(2025, 5, 6)}))], [leader(CHANCELLOR)],
         ["role-reopened"]),
        ([leader(CHANCELLOR)], [leader()], ["role-removed"]),
        ([leader()], [leader(aliases=["Berger"])], ["amended"]),
    ],
)
def test_leader_change_kinds(before: list[Leader], after: list[Leader], expected: list[str]) -> None:
    assert kinds(document(leaders=before), document(leaders=after)) == expected


def test_role_changes_carry_the_role() -> None:
    (change,) = diff(document(leaders=[leader()]), document(leaders=[leader(CHANCELLOR)]), vocabulary=VOCABULARY)
    assert isinstance(change, LeaderChange) and change.role == CHANCELLOR
    assert render_changes(ChangeSet((change,))).startswith("berger: role-started: Chancellor of DEU (from 2021-12-08)")


def test_sources_and_topics_are_diffed_too() -> None:
    old = document(sources=[Source(id="a")], topics=[Topic(id="x", label="x")])
    new = document(sources=[Source(id="a", title="T")], topics=[])
    assert kinds(old, new) == ["amended", "removed"]


def test_changes_have_a_stable_total_order() -> None:
    changes = diff(
        document(positions=[said()], visits=[visit()], leaders=[leader()]),
        document(positions=[said("support")], visits=[visit(status="completed")], plans=[plan("a")]),
        vocabulary=VOCABULARY,
    )
    listed = list(changes)
    assert [c.collection for c in listed] == ["leaders", "visits", "plans", "positions"]
    shuffled = [listed[i] for i in (3, 1, 0, 2)]
    assert sorted(shuffled) == listed


def test_topics_match_through_aliases_not_through_broader_links() -> None:
    truce = [Topic(id="truce-gaza", label="a truce in Gaza")]
    old = document(topics=truce, positions=[said(holder="FRA", topic="truce-gaza")])
    same = document(topics=truce, positions=[said(holder="FRA", topic="ceasefire-gaza")])
    assert not diff(old, same, vocabulary=VOCABULARY)
    different = document(topics=truce, positions=[said(holder="FRA", topic="humanitarian-pauses")])
    assert kinds(old, different) == ["dropped", "new"]
    narrower = document(positions=[said(topic="weapons-ukraine")])
    broader = document(positions=[said(topic="military-aid")])
    assert kinds(narrower, broader) == ["new", "dropped"]  # military-aid sorts before weapons-ukraine


def test_apply_refuses_a_change_set_that_does_not_fit() -> None:
    changes = diff(document(visits=[visit()]), document(visits=[visit(status="completed")]), vocabulary=VOCABULARY)
    with pytest.raises(ApplyError, match="berger-kyiv"):
        apply(document(), changes)
    position_changes = diff(document(positions=[said()]), document(), vocabulary=VOCABULARY)
    with pytest.raises(ApplyError, match="not in the file"):
        apply(document(positions=[said("support")]), position_changes)


def quote(source: str, text: str = "We will not.") -> Evidence:
    return Evidence(source=source, start=0, end=len(text), quote=text)


def test_merge_pools_the_same_statement_quoted_twice() -> None:
    first = document(positions=[said(evidence=[quote("wire")], verb="rules out")])
    second = document(positions=[said(evidence=[quote("paper")], topic="missiles-ukraine")])
    result = merge([first, second], vocabulary=VOCABULARY)
    (position,) = result.file.positions
    assert [e.source for e in position.evidence] == ["paper", "wire"]
    assert position.verb == "rules out"
    assert result.conflicts == ()


def test_merge_reports_a_visit_with_two_dates() -> None:
    first = document(visits=[visit(start="2024-03-04", sources=["wire"])])
    second = document(visits=[visit(start="2024-03-05", sources=["paper"], status="completed")])
    result = merge([first, second], vocabulary=VOCABULARY)
    (merged,) = result.file.visits
    assert merged.sources == ["paper", "wire"] and merged.status == "completed"
    assert [str(c) for c in result.conflicts] == [
        "visits berger-kyiv: start differs (2024-03-04 | 2024-03-05); kept 2024-03"
    ]


def test_merge_joins_visits_by_visitors_destination_and_compatible_dates() -> None:
    first = document(visits=[visit(id="a-visit", start="2024-03")])
    second = document(visits=[visit(id="b-visit", start="2024-03-04", hosts=["zelensky"])])
    third = document(visits=[visit(id="c-visit", start="2024-09-01")])
    result = merge([first, second, third], vocabulary=VOCABULARY)
    assert [(v.id, v.start, v.hosts) for v in result.file.visits] == [
        ("a-visit", "2024-03-04", ["zelensky"]), ("c-visit", "2024-09-01", [])
    ]
    assert result.conflicts == ()


def test_merge_reports_a_plan_with_different_items() -> None:
    short = document(plans=[plan("ceasefire", name="peace plan")])
    full = document(plans=[plan("ceasefire", "talks", id="other-id", name="Peace Plan", endorsers=["BRA"])])
    result = merge([short, full], vocabulary=VOCABULARY)
    (merged,) = result.file.plans
    assert [item.text for item in merged.items] == ["ceasefire", "talks"]
    assert merged.id == "other-id" and merged.endorsers == ["BRA"]
    assert [(c.field, c.kept) for c in result.conflicts] == [("items", "ceasefire; talks"), ("name", "Peace Plan")]


def test_merge_keeps_both_stances_of_one_day_and_reports_them() -> None:
    result = merge([document(positions=[said()]), document(positions=[said("support")])], vocabulary=VOCABULARY)
    assert [p.stance for p in result.file.positions] == ["oppose", "support"]
    assert [c.field for c in result.conflicts] == ["stance"]


def test_merge_combines_leader_roles() -> None:
    ended = CHANCELLOR.model_copy(update={"end": dt.date(2025, 5, 6)})
    result = merge([document(leaders=[leader(CHANCELLOR)]), document(leaders=[leader(ended, aliases=["Berger"])])],
                   vocabulary=VOCABULARY)
    (merged,) = result.file.leaders
    assert merged.roles == [ended] and merged.aliases == ["Berger"]


def test_timeline_and_stance_at() -> None:
    records = [said("support", MAY), said("oppose", JAN), said("oppose", FEB), said("support", None)]
    (track,) = timeline(records, vocabulary=VOCABULARY)
    assert [(s.date, s.stance, s.kind) for s in track.steps] == [
        (JAN, "oppose", "new"), (FEB, "oppose", "reaffirmed"), (MAY, "support", "reversed")
    ]
    assert [s.kind for s in track.changes()] == ["new", "reversed"]
    day = dt.date(2024, 3, 1)
    found = stance_at(records, "berger", "missiles-ukraine", day, vocabulary=VOCABULARY)
    assert found is not None and found.stance == "oppose" and found.date == FEB
    assert stance_at(records, "berger", "missiles-ukraine", dt.date(2023, 1, 1), vocabulary=VOCABULARY) is None
    assert stance_at(records, "nobody", "missiles-ukraine", day, vocabulary=VOCABULARY) is None


def test_timeline_filters_by_holder_name_and_topic_wording() -> None:
    files = [document(leaders=[leader()], positions=[said(), said(holder="FRA", topic="truce-gaza")])]
    assert [t.holder for t in timeline(files, holder="Berger", vocabulary=VOCABULARY)] == ["berger"]
    found = timeline(files, topic="a truce in Gaza", vocabulary=VOCABULARY)
    assert [(t.holder, t.topic) for t in found] == [("FRA", "ceasefire-gaza")]
