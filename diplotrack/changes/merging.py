"""``merge(files)``: many articles' records combined into one position file.

Records that describe the same thing become one record listing every source
and every piece of evidence. Where they disagree (two dates for one visit, a
plan with different items, one leader holding two stances on one day), the
merge keeps a value chosen by a fixed rule and reports a `Conflict`: nothing
is dropped silently, and the choice never depends on the order of the inputs.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from diplotrack.changes.canon import (
    STRENGTH_RANK,
    evidence_key,
    normalize,
    plan_key,
    position_key,
    role_identity,
    role_key,
    visit_key,
)
from diplotrack.changes.loading import load_position_file
from diplotrack.changes.topics import TopicResolver, resolver_for
from diplotrack.models import (
    Evidence,
    Leader,
    Organization,
    Plan,
    PlanItem,
    Position,
    PositionFile,
    Role,
    Source,
    Topic,
    Visit,
)
from diplotrack.models.common import partial_date_start
from diplotrack.vocabulary import Vocabulary, normalize_phrase

_T = TypeVar("_T")

VISIT_PROGRESS = {"planned": 0, "ongoing": 1, "completed": 2, "cancelled": 1}
PLAN_PROGRESS = {"proposed": 0, "endorsed": 1, "adopted": 2, "abandoned": 1}
# Lifecycle dead ends: a cancelled visit cannot also have happened, an abandoned plan cannot be adopted.
_INCOMPATIBLE = {
    frozenset({"cancelled", "ongoing"}),
    frozenset({"cancelled", "completed"}),
    frozenset({"abandoned", "adopted"}),
}


@attrs.frozen(order=True)
class Conflict:
    """Records of one thing that disagree on a field, and the value the merge kept.

    Examples:
        >>> print(Conflict("visits", "macron-isr", "start", ("2023-10-24", "2023-10-25"), "2023-10-24"))
        visits macron-isr: start differs (2023-10-24 | 2023-10-25); kept 2023-10-24
    """

    collection: str
    record: str
    field: str
    values: tuple[str, ...]
    kept: str

    def __str__(self) -> str:
        return f"{self.collection} {self.record}: {self.field} differs ({' | '.join(self.values)}); kept {self.kept}"


@attrs.frozen
class MergeResult:
    """The merged file and every conflict found while merging."""

    file: PositionFile
    conflicts: tuple[Conflict, ...]


def merge(
    inputs: Iterable[PositionFile | str | os.PathLike[str]], *, vocabulary: Vocabulary | None = None
) -> MergeResult:
    """Combine position files (or paths to them) into one, reporting conflicts.

    - Sources, leaders, organisations and topics are the same when their ids are.
    - Visits are the same when their ids are, or when the same visitors go to
      the same country on compatible dates (equal, one missing, or one a
      month or year containing the other).
    - Plans are the same when their ids are, or their proposer and name.
    - Positions are the same statement when holder, topic (through the
      vocabulary), stance and date agree; their evidence is pooled.

    The result is in canonical order, so merging is idempotent and
    independent of the order of files and of records within them.

    Examples:
        >>> from diplotrack.models import Evidence
        >>> def article(source):
        ...     quote = Evidence(source=source, start=0, end=6, quote="Non. ")
        ...     return PositionFile(format_version=1, sources=[{"id": source}], topics=[{"id": "t", "label": "t"}],
        ...         positions=[Position(holder="FRA", topic="t", stance="oppose", evidence=[quote])])
        >>> result = merge([article("b"), article("a")], vocabulary=Vocabulary(include_shipped=False))
        >>> [e.source for e in result.file.positions[0].evidence], result.conflicts
        (['a', 'b'], ())
    """
    files = [item if isinstance(item, PositionFile) else load_position_file(item) for item in inputs]
    merger = _Merger(resolver_for([t for f in files for t in f.topics], vocabulary))
    merged = PositionFile.model_construct(
        format_version=1,
        sources=merger.by_id("sources", [r for f in files for r in f.sources], merger.source),
        leaders=merger.by_id("leaders", [r for f in files for r in f.leaders], merger.leader),
        organizations=merger.by_id("organizations", [r for f in files for r in f.organizations], merger.organization),
        topics=merger.by_id("topics", [r for f in files for r in f.topics], merger.topic),
        visits=merger.visits([r for f in files for r in f.visits]),
        plans=merger.plans([r for f in files for r in f.plans]),
        positions=merger.positions([r for f in files for r in f.positions]),
    )
    return MergeResult(normalize(merged, merger.resolver), tuple(sorted(set(merger.conflicts))))


def _text(value: object) -> str:
    return "(none)" if value is None else str(value)


def _union(lists: Iterable[Iterable[_T]], key: Callable[[_T], Any] = lambda v: v) -> list[_T]:
    seen: dict[Any, _T] = {}
    for values in lists:
        for value in values:
            seen.setdefault(key(value), value)
    return [seen[k] for k in sorted(seen)]


def _evidence(lists: Iterable[list[Evidence]]) -> list[Evidence]:
    return _union(lists, evidence_key)


class _Components:
    """Union-find over record indexes: which records describe one thing."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            found[self.find(i)].append(i)
        return list(found.values())


def _join_by(components: _Components, keys: Iterable[tuple[int, Any]]) -> None:
    first: dict[Any, int] = {}
    for index, key in keys:
        if key in first:
            components.join(first[key], index)
        else:
            first[key] = index


def _until_stable(records: list[_T], one_pass: Callable[[list[_T]], list[_T]]) -> list[_T]:
    # A merged record gathers visitors, dates, proposer and name from all its reports, so it can
    # match a record none of them matched alone: merge again until nothing joins (idempotence).
    while True:
        merged = one_pass(records)
        if len(merged) == len(records):
            return merged
        records = merged


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


class _Merger:
    def __init__(self, resolver: TopicResolver) -> None:
        self.resolver = resolver
        self.conflicts: list[Conflict] = []

    def one(
        self,
        collection: str,
        record: str,
        field: str,
        values: Iterable[_T | None],
        choose: Callable[[list[_T]], _T] | None = None,
    ) -> _T | None:
        """The single value of a field across records; more than one is a conflict."""
        distinct = sorted({v for v in values if v is not None}, key=lambda v: (str(v), repr(v)))
        if not distinct:
            return None
        kept = choose(distinct) if choose else distinct[0]
        if len(distinct) > 1:
            self.conflicts.append(Conflict(collection, record, field, tuple(_text(v) for v in distinct), _text(kept)))
        return kept

    def by_id(self, collection: str, records: Sequence[_T], combine: Callable[[str, list[_T]], _T]) -> list[_T]:
        groups: dict[str, list[_T]] = defaultdict(list)
        for record in records:
            groups[record.id].append(record)  # type: ignore[attr-defined]
        return [combine(record_id, group) for record_id, group in sorted(groups.items())]

    def source(self, record_id: str, group: list[Source]) -> Source:
        field = self._field_of("sources", record_id, group)
        return Source(
            id=record_id,
            title=field("title"),
            publisher=field("publisher"),
            url=field("url"),
            date=field("date"),
            text=field("text"),
        )

    def organization(self, record_id: str, group: list[Organization]) -> Organization:
        field = self._field_of("organizations", record_id, group)
        kinds = [o.kind for o in group if o.kind != "other"]
        kind = self.one("organizations", record_id, "kind", kinds) or "other"
        return Organization(
            id=record_id,
            name=field("name"),
            aliases=_union(o.aliases for o in group),
            kind=kind,
            country=field("country"),
        )

    def topic(self, record_id: str, group: list[Topic]) -> Topic:
        field = self._field_of("topics", record_id, group)
        return Topic(
            id=record_id,
            label=field("label"),
            aliases=_union(t.aliases for t in group),
            broader=_union(t.broader for t in group),
        )

    def leader(self, record_id: str, group: list[Leader]) -> Leader:
        field = self._field_of("leaders", record_id, group)
        roles_by_identity: dict[Any, list[Role]] = defaultdict(list)
        for leader in group:
            for role in leader.roles:
                roles_by_identity[role_identity(role)].append(role)
        roles = []
        for identity, same in sorted(roles_by_identity.items()):
            title = f"{record_id} role {identity[1]}"
            end = self.one("leaders", title, "end", (r.end for r in same))
            roles.append(same[0].model_copy(update={"end": end}))
        return Leader(
            id=record_id,
            name=field("name"),
            aliases=_union(le.aliases for le in group),
            wikidata=field("wikidata"),
            roles=sorted(roles, key=role_key),
        )

    def _field_of(self, collection: str, record_id: str, group: Sequence[Any]) -> Callable[[str], Any]:
        def field(name: str) -> Any:
            return self.one(collection, record_id, name, (getattr(record, name) for record in group))

        return field

    def _status(self, collection: str, record: str, statuses: Iterable[str], progress: dict[str, int]) -> str:
        distinct = sorted(set(statuses))
        # The furthest along wins: a planned visit later reported as completed is one visit, completed.
        kept = max(distinct, key=lambda s: (progress[s], s))
        if any(frozenset({a, b}) in _INCOMPATIBLE for a in distinct for b in distinct):
            self.conflicts.append(Conflict(collection, record, "status", tuple(distinct), kept))
        return kept

    def _date(self, collection: str, record: str, field: str, values: Iterable[str | None]) -> str | None:
        distinct = sorted({v for v in values if v is not None})
        if not distinct:
            return None
        most_precise = max(distinct, key=lambda v: (len(v), v))
        if all(most_precise.startswith(v) for v in distinct):
            return most_precise
        # Keep what every report agrees on (the month, or the year) rather than pick a side.
        agreed = next(
            (distinct[0][:size] for size in (7, 4) if all(v[:size] == distinct[0][:size] for v in distinct)), None
        )
        kept = agreed or distinct[0]
        self.conflicts.append(Conflict(collection, record, field, tuple(distinct), kept))
        return kept

    def visits(self, visits: list[Visit]) -> list[Visit]:
        return _until_stable(visits, self._visit_pass)

    def _visit_pass(self, visits: list[Visit]) -> list[Visit]:
        components = _Components(len(visits))
        _join_by(components, ((i, v.id) for i, v in enumerate(visits)))
        buckets: dict[Any, list[int]] = defaultdict(list)
        for i, visit in enumerate(visits):
            for visitor in set(visit.visitors):
                buckets[(visitor, visit.destination)].append(i)
        for members in buckets.values():
            for a_index, i in enumerate(members):
                for j in members[a_index + 1 :]:
                    if _dates_compatible(visits[i].start, visits[j].start):
                        components.join(i, j)
        merged = [self.visit([visits[i] for i in group]) for group in components.groups()]
        return sorted(merged, key=visit_key)

    def visit(self, group: list[Visit]) -> Visit:
        group = sorted(group, key=visit_key)
        visit_id = min(v.id for v in group)
        field = self._field_of("visits", visit_id, group)
        start = self._date("visits", visit_id, "start", (v.start for v in group))
        end = self._date("visits", visit_id, "end", (v.end for v in group))
        if start and end and partial_date_start(end) < partial_date_start(start):
            # Start and end came from different reports that disagree; an end before the start is no date.
            self.conflicts.append(Conflict("visits", visit_id, "end", (end,), f"(none): ends before start {start}"))
            end = None
        return Visit(
            id=visit_id,
            visitors=_union(v.visitors for v in group),
            destination=field("destination"),
            places=_union(v.places for v in group),
            hosts=_union(v.hosts for v in group),
            start=start,
            end=end,
            status=self._status("visits", visit_id, (v.status for v in group), VISIT_PROGRESS),
            purpose=field("purpose"),
            sources=_union(v.sources for v in group),
            evidence=_evidence(v.evidence for v in group),
        )

    def plans(self, plans: list[Plan]) -> list[Plan]:
        return _until_stable(plans, self._plan_pass)

    def _plan_pass(self, plans: list[Plan]) -> list[Plan]:
        components = _Components(len(plans))
        _join_by(components, ((i, p.id) for i, p in enumerate(plans)))
        _join_by(components, ((i, (p.proposer, normalize_phrase(p.name))) for i, p in enumerate(plans) if p.name))
        merged = [self.plan([plans[i] for i in group]) for group in components.groups()]
        return sorted(merged, key=plan_key)

    def plan(self, group: list[Plan]) -> Plan:
        group = sorted(group, key=plan_key)
        plan_id = min(p.id for p in group)
        field = self._field_of("plans", plan_id, group)
        item_lists = {tuple(item.text for item in p.items) for p in group if p.items}
        # The fullest list is most likely the whole plan; shorter ones are partial reports.
        texts = max(item_lists, key=lambda texts: (len(texts), texts), default=())
        if len(item_lists) > 1:
            shown = tuple(sorted("; ".join(t) for t in item_lists))
            self.conflicts.append(Conflict("plans", plan_id, "items", shown, "; ".join(texts)))
        items = []
        for position, text in enumerate(texts):
            evidence = [
                p.items[position].evidence
                for p in group
                if tuple(i.text for i in p.items) == texts and p.items[position].evidence is not None
            ]
            chosen = min(evidence, key=lambda e: evidence_key(e) if e else (), default=None)
            items.append(PlanItem(text=text, evidence=chosen))
        return Plan(
            id=plan_id,
            proposer=field("proposer"),
            name=field("name"),
            items=items,
            date=self.one("plans", plan_id, "date", (p.date for p in group)),
            status=self._status("plans", plan_id, (p.status for p in group), PLAN_PROGRESS),
            endorsers=_union(p.endorsers for p in group),
            sources=_union(p.sources for p in group),
            evidence=_evidence(p.evidence for p in group),
        )

    def positions(self, positions: list[Position]) -> list[Position]:
        canonical = self.resolver.canonical
        statements: dict[Any, list[Position]] = defaultdict(list)
        for position in positions:
            statements[(position.holder, canonical(position.topic), position.stance, position.date)].append(position)
        merged = [self.statement(key[1], group) for key, group in statements.items()]
        merged.sort(key=lambda p: position_key(p, p.topic))
        self._disagreements(merged)
        return self._unique_ids(merged)

    def statement(self, topic: str, group: list[Position]) -> Position:
        group = sorted(group, key=lambda p: position_key(p, topic))
        first = group[0]
        name = f"{first.holder} · {topic}" + (f" · {first.date}" if first.date else "")

        def earliest(field: str) -> Any:
            # Wording, verb and reporter differ between articles that paraphrase; all quotes stay as evidence.
            return min((getattr(p, field) for p in group if getattr(p, field) is not None), default=None)

        strength = self.one(
            "positions",
            name,
            "strength",
            (p.strength for p in group),
            choose=lambda values: max(values, key=lambda s: STRENGTH_RANK[s]),
        )
        return Position(
            id=earliest("id"),
            holder=first.holder,
            topic=topic,
            wording=earliest("wording"),
            stance=first.stance,
            strength=strength,
            verb=earliest("verb"),
            date=first.date,
            reported_by=earliest("reported_by"),
            evidence=_evidence(p.evidence for p in group),
        )

    def _disagreements(self, positions: list[Position]) -> None:
        stances: dict[Any, set[str]] = defaultdict(set)
        for position in positions:
            if position.date is not None:
                stances[(position.holder, position.topic, position.date)].add(position.stance)
        for (holder, topic, date), found in sorted(stances.items()):
            if len(found) > 1:
                values = tuple(sorted(found))
                self.conflicts.append(
                    Conflict("positions", f"{holder} · {topic} · {date}", "stance", values, "all (one record each)")
                )

    def _unique_ids(self, positions: list[Position]) -> list[Position]:
        used: dict[str, int] = {}
        result = []
        for position in positions:
            if position.id is None or position.id not in used:
                if position.id is not None:
                    used[position.id] = 1
                result.append(position)
                continue
            used[position.id] += 1
            new_id = f"{position.id}-{used[position.id]}"
            while new_id in used:
                used[position.id] += 1
                new_id = f"{position.id}-{used[position.id]}"
            used[new_id] = 1
            self.conflicts.append(Conflict("positions", position.id, "id", (position.id,), new_id))
            result.append(position.model_copy(update={"id": new_id}))
        return result
