"""Typed records of what leaders say, where they go and what they propose."""

from diplotrack.models.actors import Leader, Organization, OrganizationKind, Role
from diplotrack.models.annotated import (
    AnnotatedArticle,
    Expectation,
    GoldLeader,
    GoldPlan,
    GoldPosition,
    GoldVisit,
)
from diplotrack.models.common import Evidence, PartialDate, Reference, Slug
from diplotrack.models.plan import Plan, PlanItem, PlanStatus
from diplotrack.models.position import Position, Stance, Strength
from diplotrack.models.position_file import FORMAT_VERSION, PositionFile
from diplotrack.models.source import Source
from diplotrack.models.topic import Topic
from diplotrack.models.visit import Visit, VisitStatus

__all__ = [
    "FORMAT_VERSION",
    "AnnotatedArticle",
    "Evidence",
    "Expectation",
    "GoldLeader",
    "GoldPlan",
    "GoldPosition",
    "GoldVisit",
    "Leader",
    "Organization",
    "OrganizationKind",
    "PartialDate",
    "Plan",
    "PlanItem",
    "PlanStatus",
    "Position",
    "PositionFile",
    "Reference",
    "Role",
    "Slug",
    "Source",
    "Stance",
    "Strength",
    "Topic",
    "Visit",
    "VisitStatus",
]
