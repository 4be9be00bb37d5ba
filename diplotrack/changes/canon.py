"""Canonical forms: what "the same record" means when order carries no meaning.

Lists whose order says nothing (aliases, hosts, evidence, sources) compare as
sorted; plan items keep their order, because reordering a plan is a change.
Every ``*_key`` function returns a plain tuple of strings, so keys hash, sort
and compare fast; `normalize` rewrites a file so that equal keys mean equal
records.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from diplotrack.changes.topics import TopicResolver
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

EvidenceKey = tuple[str, int, int, str]
Key = tuple[object, ...]

STANCE_ORDER = {"oppose": 0, "neutral": 1, "support": 2}
STRENGTH_RANK = {"weak": 0, None: 1, "moderate": 1, "strong": 2}
"""An unmarked stance ("supports") counts as moderate when telling hardening from softening."""

_Model = TypeVar("_Model", bound=BaseModel)


def evidence_key(evidence: Evidence) -> EvidenceKey:
    """Evidence as a sortable tuple: source, offsets, quote.

    Examples:
        >>> evidence_key(Evidence(source="a", start=0, end=2, quote="We"))
        ('a', 0, 2, 'We')
    """
    return (evidence.source, evidence.start, evidence.end, evidence.quote)


def evidence_keys(evidence: list[Evidence]) -> tuple[EvidenceKey, ...]:
    """The sorted keys of a list of evidence (its order carries no meaning)."""
    return tuple(sorted(evidence_key(item) for item in evidence))


def position_key(position: Position, topic: str) -> Key:
    """Everything a position says, with ``topic`` already canonical; sorts by holder, topic, date."""
    return (
        position.holder,
        topic,
        position.date.isoformat() if position.date else "",
        STANCE_ORDER[position.stance],
        position.strength or "",
        position.wording or "",
        position.verb or "",
        position.reported_by or "",
        position.id or "",
        evidence_keys(position.evidence),
    )


def exact_position_key(position: Position, topic: str) -> Key:
    """`position_key` refined by what it deliberately ignores (raw topic id, evidence order).

    Sorting by it makes tuples of positions independent of input order even
    when two positions differ only in those details.
    """
    return (*position_key(position, topic), position.topic, tuple(evidence_key(e) for e in position.evidence))


def role_key(role: Role) -> Key:
    """A role as a sortable tuple, start date first."""
    return (
        role.start.isoformat() if role.start else "",
        role.title,
        role.country or "",
        role.organization or "",
        role.end.isoformat() if role.end else "",
    )


def role_identity(role: Role) -> Key:
    """What makes a role the same role across snapshots: everything but its end."""
    return role_key(role)[:4]


def leader_key(leader: Leader) -> Key:
    """A leader as a comparable tuple."""
    return (
        leader.id,
        leader.name,
        tuple(sorted(leader.aliases)),
        leader.wikidata or "",
        tuple(sorted(role_key(role) for role in leader.roles)),
    )


def organization_key(organization: Organization) -> Key:
    """An organisation as a comparable tuple."""
    return (
        organization.id,
        organization.name,
        tuple(sorted(organization.aliases)),
        organization.kind,
        organization.country or "",
    )


def topic_key(topic: Topic) -> Key:
    """A topic definition as a comparable tuple."""
    return (topic.id, topic.label, tuple(sorted(topic.aliases)), tuple(sorted(topic.broader)))


def source_key(source: Source) -> Key:
    """A source as a comparable tuple."""
    return (
        source.id,
        source.title or "",
        source.publisher or "",
        source.url or "",
        source.date.isoformat() if source.date else "",
        source.text or "",
    )


def visit_key(visit: Visit) -> Key:
    """A visit as a comparable tuple (visitors, places and hosts as sets)."""
    return (
        visit.id,
        tuple(sorted(visit.visitors)),
        visit.destination,
        tuple(sorted(visit.places)),
        tuple(sorted(visit.hosts)),
        visit.start or "",
        visit.end or "",
        visit.status,
        visit.purpose or "",
        tuple(sorted(visit.sources)),
        evidence_keys(visit.evidence),
    )


def item_key(item: PlanItem) -> Key:
    """A plan item as a comparable tuple."""
    return (item.text, evidence_key(item.evidence) if item.evidence else ())


def plan_key(plan: Plan) -> Key:
    """A plan as a comparable tuple; items keep their order."""
    return (
        plan.id,
        plan.proposer,
        plan.name or "",
        tuple(item_key(item) for item in plan.items),
        plan.date.isoformat() if plan.date else "",
        plan.status,
        tuple(sorted(plan.endorsers)),
        tuple(sorted(plan.sources)),
        evidence_keys(plan.evidence),
    )


def _sorted_evidence(evidence: list[Evidence]) -> list[Evidence]:
    return sorted(evidence, key=evidence_key)


def _copy(model: _Model, **update: object) -> _Model:
    # model_copy skips validation: the values are already-valid parts re-ordered.
    return model.model_copy(update=update)


def normalize_position(position: Position, resolver: TopicResolver) -> Position:
    """The position with its canonical topic id and sorted evidence."""
    return _copy(position, topic=resolver.canonical(position.topic), evidence=_sorted_evidence(position.evidence))


def normalize_leader(leader: Leader) -> Leader:
    """The leader with sorted aliases and roles."""
    return _copy(leader, aliases=sorted(leader.aliases), roles=sorted(leader.roles, key=role_key))


def normalize_visit(visit: Visit) -> Visit:
    """The visit with its unordered lists sorted."""
    return _copy(
        visit,
        visitors=sorted(visit.visitors),
        places=sorted(visit.places),
        hosts=sorted(visit.hosts),
        sources=sorted(visit.sources),
        evidence=_sorted_evidence(visit.evidence),
    )


def normalize_plan(plan: Plan) -> Plan:
    """The plan with its unordered lists sorted (items keep their order)."""
    return _copy(
        plan, endorsers=sorted(plan.endorsers), sources=sorted(plan.sources), evidence=_sorted_evidence(plan.evidence)
    )


def normalize(document: PositionFile, resolver: TopicResolver) -> PositionFile:
    """A file in canonical form: records sorted, unordered lists sorted, topic ids canonical.

    Two files mean the same when their normal forms are equal; this is the
    equality under which ``apply(a, diff(a, b))`` gives back ``b``.
    """
    positions = [normalize_position(p, resolver) for p in document.positions]
    return _copy(
        document,
        sources=sorted(document.sources, key=source_key),
        leaders=sorted((normalize_leader(leader) for leader in document.leaders), key=leader_key),
        organizations=sorted(
            (_copy(o, aliases=sorted(o.aliases)) for o in document.organizations), key=organization_key
        ),
        topics=sorted(
            (_copy(t, aliases=sorted(t.aliases), broader=sorted(t.broader)) for t in document.topics), key=topic_key
        ),
        visits=sorted((normalize_visit(v) for v in document.visits), key=visit_key),
        plans=sorted((normalize_plan(p) for p in document.plans), key=plan_key),
        positions=sorted(positions, key=lambda p: position_key(p, p.topic)),
    )
