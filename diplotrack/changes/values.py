"""Typed changes between two snapshots: frozen attrs values with a stable total order.

Every change carries the whole record on each side (``before`` and
``after``), so a change set can be applied and inverted without the files it
came from, and it can cite the evidence on both sides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar, Literal

import attrs

from diplotrack.changes.canon import role_key
from diplotrack.models import Evidence, Leader, Organization, Plan, Position, Role, Source, Topic, Visit

Collection = Literal["sources", "leaders", "organizations", "topics", "visits", "plans", "positions"]
COLLECTIONS: tuple[Collection, ...] = ("sources", "topics", "organizations", "leaders", "visits", "plans", "positions")
"""Collections in the order changes are listed: what records refer to comes first."""

PositionKind = Literal[
    "new",
    "dropped",
    "reversed",
    "shifted",
    "hardened",
    "softened",
    "reworded",
    "reaffirmed",
    "evidence-removed",
    "amended",
]
VisitKind = Literal["new", "removed", "status-changed", "dates-changed", "hosts-changed", "amended"]
PlanKind = Literal[
    "new",
    "removed",
    "status-changed",
    "items-added",
    "items-removed",
    "items-reordered",
    "endorsers-added",
    "endorsers-removed",
    "amended",
]
LeaderKind = Literal[
    "new",
    "removed",
    "role-started",
    "role-ended",
    "role-reopened",
    "role-removed",
    "role-amended",
    "amended",
]
RecordKind = Literal["new", "removed", "amended"]

KIND_ORDER: dict[str, int] = {
    kind: index
    for index, kind in enumerate(
        (
            "new",
            "dropped",
            "removed",
            "reversed",
            "shifted",
            "hardened",
            "softened",
            "reworded",
            "status-changed",
            "dates-changed",
            "hosts-changed",
            "items-added",
            "items-removed",
            "items-reordered",
            "endorsers-added",
            "endorsers-removed",
            "role-started",
            "role-ended",
            "role-reopened",
            "role-removed",
            "role-amended",
            "reaffirmed",
            "evidence-removed",
            "amended",
        )
    )
}
_COLLECTION_ORDER = {name: index for index, name in enumerate(COLLECTIONS)}

SortKey = tuple[int, tuple[str, ...], int, tuple[object, ...]]


class _Ordered:
    """Orders changes of every type together: collection, record, kind, detail."""

    collection: ClassVar[Collection]

    @property
    def record_key(self) -> tuple[str, ...]:
        """Which record changed: ``(id,)``, or ``(holder, topic)`` for positions."""
        raise NotImplementedError

    @property
    def kind_name(self) -> str:
        """The kind of change, as a string."""
        raise NotImplementedError

    def _detail(self) -> tuple[object, ...]:
        return ()

    def sort_key(self) -> SortKey:
        """The key of the total order: ``sorted(changes)`` is the same for any input order."""
        return (_COLLECTION_ORDER[self.collection], self.record_key, KIND_ORDER[self.kind_name], self._detail())

    def __lt__(self, other: _Ordered) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: _Ordered) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: _Ordered) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: _Ordered) -> bool:
        return self.sort_key() >= other.sort_key()


@attrs.frozen(order=False)
class PositionChange(_Ordered):
    """How what a holder says on a topic changed.

    ``before`` and ``after`` hold every position of the holder on the topic,
    in canonical order (latest statement last); the kind compares the latest
    statement on each side.
    """

    collection: ClassVar[Collection] = "positions"
    kind: PositionKind
    holder: str
    topic: str
    before: tuple[Position, ...] = ()
    after: tuple[Position, ...] = ()

    @property
    def record_key(self) -> tuple[str, ...]:
        return (self.holder, self.topic)

    @property
    def kind_name(self) -> str:
        return self.kind

    @property
    def latest_before(self) -> Position | None:
        """The latest statement in the old snapshot."""
        return self.before[-1] if self.before else None

    @property
    def latest_after(self) -> Position | None:
        """The latest statement in the new snapshot."""
        return self.after[-1] if self.after else None

    @property
    def evidence_before(self) -> tuple[Evidence, ...]:
        """The evidence for the old stance."""
        latest = self.latest_before
        return tuple(latest.evidence) if latest else ()

    @property
    def evidence_after(self) -> tuple[Evidence, ...]:
        """The evidence for the new stance."""
        latest = self.latest_after
        return tuple(latest.evidence) if latest else ()

    @property
    def date_before(self) -> dt.date | None:
        """When the old stance was stated."""
        latest = self.latest_before
        return latest.date if latest else None

    @property
    def date_after(self) -> dt.date | None:
        """When the new stance was stated."""
        latest = self.latest_after
        return latest.date if latest else None


class _CitesRecords:
    """Evidence of whole records (visits, plans) on each side of a change."""

    before: Visit | Plan | None
    after: Visit | Plan | None

    @property
    def evidence_before(self) -> tuple[Evidence, ...]:
        """The old record's evidence."""
        return tuple(self.before.evidence) if self.before else ()

    @property
    def evidence_after(self) -> tuple[Evidence, ...]:
        """The new record's evidence."""
        return tuple(self.after.evidence) if self.after else ()


@attrs.frozen(order=False)
class VisitChange(_CitesRecords, _Ordered):
    """A visit appeared, disappeared, or changed status, dates, hosts or other details."""

    collection: ClassVar[Collection] = "visits"
    kind: VisitKind
    visit_id: str
    before: Visit | None = None
    after: Visit | None = None

    @property
    def record_key(self) -> tuple[str, ...]:
        return (self.visit_id,)

    @property
    def kind_name(self) -> str:
        return self.kind


@attrs.frozen(order=False)
class PlanChange(_CitesRecords, _Ordered):
    """A plan appeared, disappeared, or changed items, status or endorsers.

    ``detail`` lists the items or endorsers added or removed.
    """

    collection: ClassVar[Collection] = "plans"
    kind: PlanKind
    plan_id: str
    before: Plan | None = None
    after: Plan | None = None
    detail: tuple[str, ...] = ()

    @property
    def record_key(self) -> tuple[str, ...]:
        return (self.plan_id,)

    @property
    def kind_name(self) -> str:
        return self.kind

    def _detail(self) -> tuple[object, ...]:
        return self.detail


@attrs.frozen(order=False)
class LeaderChange(_Ordered):
    """A leader appeared or disappeared, or one of their roles started or ended.

    A role is the same role across snapshots when title, seat and start
    agree; ``role`` is that role as the side that has it states it.
    """

    collection: ClassVar[Collection] = "leaders"
    kind: LeaderKind
    leader_id: str
    before: Leader | None = None
    after: Leader | None = None
    role: Role | None = None

    @property
    def record_key(self) -> tuple[str, ...]:
        return (self.leader_id,)

    @property
    def kind_name(self) -> str:
        return self.kind

    def _detail(self) -> tuple[object, ...]:
        return role_key(self.role) if self.role else ()


RecordModel = Source | Organization | Topic


@attrs.frozen(order=False)
class RecordChange(_Ordered):
    """A source, organisation or topic definition was added, removed or edited."""

    record_collection: Literal["sources", "organizations", "topics"]
    kind: RecordKind
    record_id: str
    before: RecordModel | None = None
    after: RecordModel | None = None

    @property
    def collection(self) -> Collection:  # type: ignore[override]
        """Which collection the record belongs to."""
        return self.record_collection

    @property
    def record_key(self) -> tuple[str, ...]:
        return (self.record_id,)

    @property
    def kind_name(self) -> str:
        return self.kind


Change = PositionChange | VisitChange | PlanChange | LeaderChange | RecordChange


def _sorted_changes(changes: object) -> tuple[Change, ...]:
    return tuple(sorted(changes))  # type: ignore[call-overload]


@attrs.frozen
class ChangeSet:
    """The changes from one snapshot to another, in their stable order.

    Examples:
        >>> empty = ChangeSet(())
        >>> bool(empty), len(empty)
        (False, 0)
    """

    changes: tuple[Change, ...] = attrs.field(converter=_sorted_changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def counts(self) -> dict[str, int]:
        """How many changes of each kind, keyed ``collection.kind``."""
        result: dict[str, int] = {}
        for change in self.changes:
            name = f"{change.collection}.{change.kind_name}"
            result[name] = result.get(name, 0) + 1
        return result
