"""A leader's trip abroad and its lifecycle."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from diplotrack.models.common import (
    Evidence,
    NonEmptyText,
    PartialDate,
    Reference,
    Slug,
    StrictModel,
    partial_date_start,
)
from diplotrack.models.country_code import CountryCode

VisitStatus = Literal["planned", "ongoing", "completed", "cancelled"]


class Visit(StrictModel):
    """One trip: who went, where, who received them, when, and how it stands."""

    id: Slug
    visitors: list[Reference] = Field(min_length=1, description="Leader or organisation ids.")
    destination: CountryCode
    places: list[NonEmptyText] = Field(default_factory=list, description="Cities or venues.")
    hosts: list[Reference] = Field(default_factory=list)
    start: PartialDate | None = Field(default=None, description="YYYY-MM-DD, YYYY-MM or YYYY.")
    end: PartialDate | None = None
    status: VisitStatus = "planned"
    purpose: NonEmptyText | None = None
    sources: list[Slug] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Self:
        if self.start and self.end and partial_date_start(self.end) < partial_date_start(self.start):
            raise ValueError(f"visit ends ({self.end}) before it starts ({self.start})")
        return self
