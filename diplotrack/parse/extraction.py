"""The result of parsing one article, and its two outputs: a position file and a gold draft."""

from __future__ import annotations

import datetime as dt

import attrs

from diplotrack.countries import country_name
from diplotrack.models import (
    FORMAT_VERSION,
    Expectation,
    GoldLeader,
    GoldPlan,
    GoldPosition,
    GoldVisit,
    Leader,
    Organization,
    Plan,
    Position,
    PositionFile,
    Source,
    Topic,
    Visit,
)
from diplotrack.models.common import is_country_code


@attrs.frozen
class Extraction:
    """Everything the parser found in one article, as data-layer models.

    Every record's evidence points into ``source.text``.
    """

    source: Source
    leaders: tuple[Leader, ...] = ()
    organizations: tuple[Organization, ...] = ()
    topics: tuple[Topic, ...] = ()
    visits: tuple[Visit, ...] = ()
    plans: tuple[Plan, ...] = ()
    positions: tuple[Position, ...] = ()

    @property
    def text(self) -> str:
        """The article text."""
        return self.source.text or ""

    def to_position_file(self) -> PositionFile:
        """A position file holding this extraction (validated, integrity included)."""
        return PositionFile(
            format_version=FORMAT_VERSION,
            sources=[self.source],
            leaders=list(self.leaders),
            organizations=list(self.organizations),
            topics=list(self.topics),
            visits=list(self.visits),
            plans=list(self.plans),
            positions=list(self.positions),
        )

    def display_name(self, reference: str) -> str:
        """A reference as gold files write it: a leader's full name, a country or organisation name."""
        for leader in self.leaders:
            if leader.id == reference:
                return leader.name
        for organization in self.organizations:
            if organization.id == reference:
                return organization.name
        if is_country_code(reference):
            try:
                return country_name(reference)
            except LookupError:
                return reference
        return reference

    def to_expectation(self) -> Expectation:
        """The extraction in the annotated-article (gold) format."""
        leaders = []
        for leader in self.leaders:
            role = leader.roles[0] if leader.roles else None
            country = country_name(role.country) if role is not None and role.country else None
            leaders.append(GoldLeader(name=leader.name, role=role.title if role else None, country=country))
        visits = [
            GoldVisit(
                visitor=self.display_name(visitor),
                destination=country_name(visit.destination),
                place=visit.places[0] if visit.places else None,
                hosts=[self.display_name(host) for host in visit.hosts],
                date=dt.date.fromisoformat(visit.start) if visit.start and len(visit.start) == 10 else None,
                status=visit.status,
            )
            for visit in self.visits
            for visitor in visit.visitors
        ]
        plans = [
            GoldPlan(
                proposer=self.display_name(plan.proposer), name=plan.name, items=[item.text for item in plan.items]
            )
            for plan in self.plans
        ]
        labels = {topic.id: topic.label for topic in self.topics}
        positions = [
            GoldPosition(
                holder=self.display_name(position.holder),
                topic=position.wording or labels.get(position.topic, position.topic),
                stance=position.stance,
                evidence=position.evidence[0].quote,
            )
            for position in self.positions
            if position.evidence
        ]
        return Expectation(leaders=leaders, visits=visits, plans=plans, positions=positions)
