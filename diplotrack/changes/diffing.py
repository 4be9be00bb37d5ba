"""``diff(old, new)``: the typed changes between two snapshots of a position file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from diplotrack.changes.canon import position_key
from diplotrack.changes.records import (
    leader_changes,
    plan_changes,
    position_changes,
    record_changes,
    visit_changes,
)
from diplotrack.changes.topics import TopicResolver, resolver_for
from diplotrack.changes.values import Change, ChangeSet
from diplotrack.models import Position, PositionFile
from diplotrack.vocabulary import Vocabulary

_Record = TypeVar("_Record")
GroupKey = tuple[str, str]


def diff(old: PositionFile, new: PositionFile, *, vocabulary: Vocabulary | None = None) -> ChangeSet:
    """The changes that turn ``old`` into ``new``.

    Records match by id; positions match by holder and topic, topics compared
    through ``vocabulary`` (default: the shipped one) extended by both files'
    own topics. Record order never matters. Cost is linear in the number of
    records plus n log n for the groups that changed.

    Examples:
        >>> from diplotrack.models import PositionFile, Position
        >>> old = PositionFile(format_version=1, positions=[Position(holder="FRA", topic="t", stance="oppose")],
        ...     topics=[{"id": "t", "label": "t"}])
        >>> new = old.model_copy(update={"positions": [Position(holder="FRA", topic="t", stance="support")]})
        >>> [change.kind for change in diff(old, new, vocabulary=Vocabulary(include_shipped=False))]
        ['reversed']
    """
    resolver = resolver_for([*old.topics, *new.topics], vocabulary)
    changes: list[Change] = []
    for a_source, b_source, source_id in _match(old.sources, new.sources, lambda r: r.id):
        changes += record_changes("sources", source_id, a_source, b_source)
    for a_topic, b_topic, topic_id in _match(old.topics, new.topics, lambda r: r.id):
        changes += record_changes("topics", topic_id, a_topic, b_topic)
    for a_org, b_org, org_id in _match(old.organizations, new.organizations, lambda r: r.id):
        changes += record_changes("organizations", org_id, a_org, b_org)
    for a_leader, b_leader, leader_id in _match(old.leaders, new.leaders, lambda r: r.id):
        changes += leader_changes(leader_id, a_leader, b_leader)
    for a_visit, b_visit, visit_id in _match(old.visits, new.visits, lambda r: r.id):
        changes += visit_changes(visit_id, a_visit, b_visit)
    for a_plan, b_plan, plan_id in _match(old.plans, new.plans, lambda r: r.id):
        changes += plan_changes(plan_id, a_plan, b_plan)
    changes += diff_positions(old.positions, new.positions, resolver)
    return ChangeSet(changes)


def diff_positions(old: Sequence[Position], new: Sequence[Position], resolver: TopicResolver) -> list[Change]:
    """Position changes only, one per holder and canonical topic that changed."""
    old_groups = group_positions(old, resolver)
    new_groups = group_positions(new, resolver)
    changes: list[Change] = []
    empty: list[Position] = []
    for key in old_groups.keys() | new_groups.keys():
        before = old_groups.get(key, empty)
        after = new_groups.get(key, empty)
        # Most groups are untouched and listed in the same order: equal lists need no sorting.
        if before == after:
            continue
        holder, topic = key
        if len(before) == len(after) and sorted(position_key(p, topic) for p in before) == sorted(
            position_key(p, topic) for p in after
        ):
            continue
        changes += position_changes(holder, topic, before, after)
    return changes


def group_positions(positions: Iterable[Position], resolver: TopicResolver) -> dict[GroupKey, list[Position]]:
    """Positions grouped by holder and canonical topic, in input order."""
    groups: dict[GroupKey, list[Position]] = {}
    canonical = resolver.canonical
    for position in positions:
        key = (position.holder, canonical(position.topic))
        group = groups.get(key)
        if group is None:
            groups[key] = [position]
        else:
            group.append(position)
    return groups


def _match(
    old: Iterable[_Record], new: Iterable[_Record], identify: Callable[[_Record], str]
) -> list[tuple[_Record | None, _Record | None, str]]:
    old_by_id = {identify(record): record for record in old}
    new_by_id = {identify(record): record for record in new}
    return [(old_by_id.get(i), new_by_id.get(i), i) for i in sorted(old_by_id.keys() | new_by_id.keys())]
