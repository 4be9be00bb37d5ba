"""Applying and inverting change sets."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from diplotrack.changes.canon import Key, leader_key, plan_key, position_key, visit_key
from diplotrack.changes.records import (
    leader_changes,
    plan_changes,
    position_changes,
    record_changes,
    record_key,
    visit_changes,
)
from diplotrack.changes.values import (
    Change,
    ChangeSet,
    LeaderChange,
    PlanChange,
    PositionChange,
    RecordChange,
    VisitChange,
)
from diplotrack.errors import DiplotrackError
from diplotrack.models import Position, PositionFile


class ApplyError(DiplotrackError, ValueError):
    """A change set does not fit the file: a record it changes is not there as it expects."""


def _per_record(changes: Iterable[Change]) -> dict[tuple[str, tuple[str, ...]], Change]:
    # Several changes of one record (status and dates) carry the same two sides: one is enough.
    first: dict[tuple[str, tuple[str, ...]], Change] = {}
    for change in changes:
        first.setdefault((change.collection, change.record_key), change)
    return first


def invert(changes: ChangeSet) -> ChangeSet:
    """The change set that undoes ``changes``: ``invert(diff(a, b)) == diff(b, a)``.

    Each changed record is diffed again with its sides swapped, so a role that
    started becomes a role removed and an item added becomes an item removed.
    """
    inverted: list[Change] = []
    for change in _per_record(changes).values():
        if isinstance(change, PositionChange):
            inverted += position_changes(change.holder, change.topic, change.after, change.before)
        elif isinstance(change, VisitChange):
            inverted += visit_changes(change.visit_id, change.after, change.before)
        elif isinstance(change, PlanChange):
            inverted += plan_changes(change.plan_id, change.after, change.before)
        elif isinstance(change, LeaderChange):
            inverted += leader_changes(change.leader_id, change.after, change.before)
        else:
            inverted += record_changes(change.record_collection, change.record_id, change.after, change.before)
    return ChangeSet(inverted)


def apply(old: PositionFile, changes: ChangeSet) -> PositionFile:
    """``old`` with ``changes`` applied: ``apply(a, diff(a, b))`` means the same as ``b``.

    Untouched records keep their place; changed ones are replaced where they
    stood and new ones are appended. Raises `ApplyError` when a record the
    change set expects is missing or different, as ``patch`` refuses a hunk.
    """
    per_record = _per_record(changes)
    by_collection: dict[str, list[Change]] = {}
    for change in per_record.values():
        by_collection.setdefault(change.collection, []).append(change)
    update: dict[str, Any] = {}
    keyers: dict[str, Callable[[Any], Key]] = {
        "sources": record_key,
        "topics": record_key,
        "organizations": record_key,
        "leaders": leader_key,
        "visits": visit_key,
        "plans": plan_key,
    }
    for collection, keyer in keyers.items():
        if collection in by_collection:
            update[collection] = _apply_by_id(collection, getattr(old, collection), by_collection[collection], keyer)
    if "positions" in by_collection:
        update["positions"] = _apply_positions(old.positions, by_collection["positions"])
    return old.model_copy(update=update)


def _sides(change: Change) -> tuple[Any, Any]:
    if isinstance(change, RecordChange | VisitChange | PlanChange | LeaderChange):
        return change.before, change.after
    raise TypeError(f"not a per-id change: {change!r}")


def _apply_by_id(
    collection: str, records: Sequence[Any], changes: list[Change], keyer: Callable[[Any], Key]
) -> list[Any]:
    result: list[Any] = list(records)
    index = {record.id: i for i, record in enumerate(result)}
    for change in changes:
        before, after = _sides(change)
        record_id = change.record_key[0]
        at = index.get(record_id)
        current = None if at is None else result[at]
        if (current is None) != (before is None) or (
            current is not None and before is not None and keyer(current) != keyer(before)
        ):
            raise ApplyError(f"{collection} {record_id!r} is not as the change set expects")
        if at is None:
            index[record_id] = len(result)
            result.append(after)
        else:
            result[at] = after
    return [record for record in result if record is not None]


def _apply_positions(positions: Sequence[Position], changes: list[Change]) -> list[Position]:
    result: list[Position | None] = list(positions)
    index: dict[Key, list[int]] = {}
    for i, position in enumerate(positions):
        index.setdefault(position_key(position, position.topic), []).append(i)
    for change in changes:
        assert isinstance(change, PositionChange)
        for position in change.before:
            slots = index.get(position_key(position, position.topic))
            if not slots:
                raise ApplyError(
                    f"position of {change.holder!r} on {change.topic!r} ({position.stance}, {position.date}) "
                    "is not in the file"
                )
            result[slots.pop()] = None
        result.extend(change.after)
    return [position for position in result if position is not None]
