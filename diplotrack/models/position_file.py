"""The position file: one document bundling every record about a story."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Self

from pydantic import Field, ValidationInfo, model_validator

from diplotrack.models.actors import Leader, Organization
from diplotrack.models.common import StrictModel
from diplotrack.models.plan import Plan
from diplotrack.models.position import Position
from diplotrack.models.source import Source
from diplotrack.models.topic import Topic
from diplotrack.models.visit import Visit

FORMAT_VERSION = 1
SKIP_INTEGRITY = "skip_integrity"


class PositionFileIntegrityError(ValueError):
    """A position file whose records do not fit together (ids, references, offsets)."""


class PositionFile(StrictModel):
    """Sources, actors, topics, visits, plans and positions, checked as a whole.

    Beyond each record's own rules, ids are unique, every reference resolves
    and evidence offsets point at their quotes; see
    `diplotrack.models.integrity.integrity_problems`.
    """

    format_version: Literal[1] = Field(description="Version of the position-file format.")
    sources: list[Source] = Field(default_factory=list)
    leaders: list[Leader] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list, description="Extends the shipped vocabulary.")
    visits: list[Visit] = Field(default_factory=list)
    plans: list[Plan] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)

    def office_holders(self, title: str, country: str, on: dt.date) -> list[Leader]:
        """Leaders of this file who held an office on a day ("Prime Minister", "ISR").

        Titles compare case-insensitively; ``country`` is an alpha-3 code.
        """
        wanted = title.casefold()
        return [
            leader
            for leader in self.leaders
            if any(role.title.casefold() == wanted and role.country == country for role in leader.roles_on(on))
        ]

    @model_validator(mode="after")
    def _records_fit_together(self, info: ValidationInfo) -> Self:
        context: Any = info.context
        if isinstance(context, dict) and context.get(SKIP_INTEGRITY):
            return self
        from diplotrack.models.integrity import integrity_problems

        problems = integrity_problems(self)
        if problems:
            listed = "; ".join(f"{p.dotted_path}: {p.message}" for p in problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise PositionFileIntegrityError(listed + more)
        return self
