"""Per-record differs: the changes between one record's old and new versions.

`diff` runs these over matched records; `invert` runs them again with the
sides swapped, which is why the inverse of a diff is the diff the other way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal, TypeVar

from diplotrack.changes.canon import (
    STRENGTH_RANK,
    Key,
    evidence_key,
    evidence_keys,
    exact_position_key,
    leader_key,
    organization_key,
    plan_key,
    position_key,
    role_identity,
    source_key,
    topic_key,
    visit_key,
)
from diplotrack.changes.values import (
    LeaderChange,
    PlanChange,
    PositionChange,
    PositionKind,
    RecordChange,
    RecordModel,
    VisitChange,
)
from diplotrack.models import Leader, Organization, Plan, Position, Source, Visit
from diplotrack.vocabulary import normalize_phrase

_OPPOSITES = frozenset({"support", "oppose"})


def record_key(record: RecordModel) -> Key:
    """The comparable tuple of a source, organisation or topic."""
    if isinstance(record, Source):
        return source_key(record)
    if isinstance(record, Organization):
        return organization_key(record)
    return topic_key(record)


def record_changes(
    collection: Literal["sources", "organizations", "topics"],
    record_id: str,
    before: RecordModel | None,
    after: RecordModel | None,
) -> list[RecordChange]:
    """Added, removed or edited source, organisation or topic."""
    if before is None and after is None:
        return []
    if before is None:
        return [RecordChange(collection, "new", record_id, None, after)]
    if after is None:
        return [RecordChange(collection, "removed", record_id, before, None)]
    if record_key(before) == record_key(after):
        return []
    return [RecordChange(collection, "amended", record_id, before, after)]


def position_kind(before: Sequence[Position], after: Sequence[Position], topic: str) -> PositionKind | None:
    """How the positions of one holder on one topic changed, or None if they did not.

    Both sides are in canonical order, so the last position is the latest
    statement. Stance beats strength beats wording; with all three equal, new
    statements or evidence make a reaffirmation.

    Examples:
        >>> old = Position(holder="FRA", topic="t", stance="oppose")
        >>> position_kind([old], [old, old.model_copy(update={"stance": "support"})], "t")
        'reversed'
    """
    if not before and not after:
        return None
    if not before:
        return "new"
    if not after:
        return "dropped"
    old, new = before[-1], after[-1]
    if old.stance != new.stance:
        return "reversed" if {old.stance, new.stance} == _OPPOSITES else "shifted"
    old_rank, new_rank = STRENGTH_RANK[old.strength], STRENGTH_RANK[new.strength]
    if old_rank != new_rank:
        return "hardened" if new_rank > old_rank else "softened"
    # A wording missing on one side is an article that did not quote it, not a rewording.
    if old.wording and new.wording and normalize_phrase(old.wording) != normalize_phrase(new.wording):
        return "reworded"
    old_keys = Counter(position_key(p, topic) for p in before)
    new_keys = Counter(position_key(p, topic) for p in after)
    if old_keys == new_keys:
        return None
    if old_keys < new_keys:
        return "reaffirmed"
    if new_keys < old_keys:
        return "evidence-removed"
    old_evidence = {evidence_key(e) for p in before for e in p.evidence}
    new_evidence = {evidence_key(e) for p in after for e in p.evidence}
    if old_evidence < new_evidence:
        return "reaffirmed"
    if new_evidence < old_evidence:
        return "evidence-removed"
    return "amended"


def position_changes(
    holder: str, topic: str, before: Sequence[Position], after: Sequence[Position]
) -> list[PositionChange]:
    """The change (at most one) of a holder's positions on a canonical topic."""
    ordered_before = tuple(sorted(before, key=lambda p: exact_position_key(p, topic)))
    ordered_after = tuple(sorted(after, key=lambda p: exact_position_key(p, topic)))
    kind = position_kind(ordered_before, ordered_after, topic)
    return [] if kind is None else [PositionChange(kind, holder, topic, ordered_before, ordered_after)]


_Change = TypeVar("_Change", VisitChange, PlanChange, LeaderChange)


def _appeared_or_went(make: type[_Change], record_id: str, before: Any, after: Any) -> list[_Change]:
    if before is None and after is None:
        return []
    return [make("new" if before is None else "removed", record_id, before, after)]


def visit_changes(visit_id: str, before: Visit | None, after: Visit | None) -> list[VisitChange]:
    """A visit's lifecycle, date, host and other changes, one change per aspect."""
    if before is None or after is None:
        return _appeared_or_went(VisitChange, visit_id, before, after)
    changes = []
    if before.status != after.status:
        changes.append(VisitChange("status-changed", visit_id, before, after))
    if (before.start, before.end) != (after.start, after.end):
        changes.append(VisitChange("dates-changed", visit_id, before, after))
    if sorted(before.hosts) != sorted(after.hosts):
        changes.append(VisitChange("hosts-changed", visit_id, before, after))
    if _rest_of_visit(before) != _rest_of_visit(after):
        changes.append(VisitChange("amended", visit_id, before, after))
    return changes


def _rest_of_visit(visit: Visit) -> Key:
    # Everything but status (index 7), dates (5, 6) and hosts (4), which have kinds of their own.
    key = visit_key(visit)
    return key[:4] + key[8:]


def plan_changes(plan_id: str, before: Plan | None, after: Plan | None) -> list[PlanChange]:
    """A plan's status, item and endorser changes, one change per aspect."""
    if before is None or after is None:
        return _appeared_or_went(PlanChange, plan_id, before, after)
    changes = []
    if before.status != after.status:
        changes.append(PlanChange("status-changed", plan_id, before, after))
    old_items = [item.text for item in before.items]
    new_items = [item.text for item in after.items]
    added = Counter(new_items) - Counter(old_items)
    removed = Counter(old_items) - Counter(new_items)
    if added:
        changes.append(PlanChange("items-added", plan_id, before, after, _in_order(new_items, added)))
    if removed:
        changes.append(PlanChange("items-removed", plan_id, before, after, _in_order(old_items, removed)))
    kept_old = [text for text in old_items if text in set(new_items)]
    kept_new = [text for text in new_items if text in set(old_items)]
    if not added and not removed and kept_old != kept_new:
        changes.append(PlanChange("items-reordered", plan_id, before, after, tuple(new_items)))
    old_endorsers, new_endorsers = set(before.endorsers), set(after.endorsers)
    if new_endorsers - old_endorsers:
        changes.append(
            PlanChange("endorsers-added", plan_id, before, after, tuple(sorted(new_endorsers - old_endorsers)))
        )
    if old_endorsers - new_endorsers:
        changes.append(
            PlanChange("endorsers-removed", plan_id, before, after, tuple(sorted(old_endorsers - new_endorsers)))
        )
    # Edits without a kind of their own, or that the kinds above cannot show (duplicates), still count.
    common = set(old_items) & set(new_items)
    other_edits = _plan_other(before, common) != _plan_other(after, common)
    if other_edits or (not changes and plan_key(before) != plan_key(after)):
        changes.append(PlanChange("amended", plan_id, before, after))
    return changes


def _in_order(texts: list[str], wanted: Counter[str]) -> tuple[str, ...]:
    remaining = Counter(wanted)
    picked = []
    for text in texts:
        if remaining[text] > 0:
            remaining[text] -= 1
            picked.append(text)
    return tuple(picked)


def _plan_other(plan: Plan, common_items: set[str]) -> Key:
    # Fields without a kind of their own: proposer, name, date, sources, evidence, evidence of kept items.
    item_evidence = sorted(
        (item.text, evidence_key(item.evidence)) for item in plan.items if item.evidence and item.text in common_items
    )
    return (
        plan.proposer,
        plan.name or "",
        plan.date,
        tuple(sorted(plan.sources)),
        evidence_keys(plan.evidence),
        tuple(item_evidence),
    )


def leader_changes(leader_id: str, before: Leader | None, after: Leader | None) -> list[LeaderChange]:
    """Roles started, ended, reopened or removed, and other edits of a leader."""
    if before is None or after is None:
        return _appeared_or_went(LeaderChange, leader_id, before, after)
    changes = []
    old_roles = {role_identity(role): role for role in before.roles}
    new_roles = {role_identity(role): role for role in after.roles}
    for identity, role in new_roles.items():
        old = old_roles.get(identity)
        if old is None:
            changes.append(LeaderChange("role-started", leader_id, before, after, role))
        elif old.end != role.end:
            kind: Literal["role-ended", "role-reopened", "role-amended"] = (
                "role-ended" if old.end is None else "role-reopened" if role.end is None else "role-amended"
            )
            changes.append(LeaderChange(kind, leader_id, before, after, role))
    for identity, role in old_roles.items():
        if identity not in new_roles:
            changes.append(LeaderChange("role-removed", leader_id, before, after, role))
    edited = (before.name, sorted(before.aliases), before.wikidata) != (
        after.name,
        sorted(after.aliases),
        after.wikidata,
    )
    if edited or (not changes and leader_key(before) != leader_key(after)):
        changes.append(LeaderChange("amended", leader_id, before, after))
    return changes
