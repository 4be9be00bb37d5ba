"""Proposals with ordered parts: "a four-point plan"."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from diplotrack.models.common import Evidence, NonEmptyText, Reference, Slug, StrictModel

PlanStatus = Literal["proposed", "endorsed", "adopted", "abandoned"]


class PlanItem(StrictModel):
    """One part of a plan, in the source's own words."""

    text: NonEmptyText
    evidence: Evidence | None = None


class Plan(StrictModel):
    """A proposal by a leader, country or organisation, with its items in order."""

    id: Slug
    proposer: Reference
    name: NonEmptyText | None = Field(default=None, description='As the source calls it: "four-point plan".')
    items: list[PlanItem] = Field(default_factory=list)
    date: dt.date | None = None
    status: PlanStatus = "proposed"
    endorsers: list[Reference] = Field(default_factory=list)
    sources: list[Slug] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
