"""Who holds positions: leaders with dated roles, and organisations."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from diplotrack.models.common import NonEmptyText, Slug, StrictModel
from diplotrack.models.country_code import CountryCode

WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]

OrganizationKind = Literal["igo", "state-body", "armed-group", "party", "ngo", "alliance", "company", "other"]


class Role(StrictModel):
    """An office held, as Popolo memberships and Wikidata "position held" record it.

    Exactly one of ``country`` and ``organization`` says where the office is.
    """

    title: NonEmptyText = Field(description='The office: "President", "Foreign Minister".')
    country: CountryCode | None = None
    organization: Slug | None = Field(default=None, description="Id of an organisation.")
    start: dt.date | None = None
    end: dt.date | None = Field(default=None, description="Left out while in office.")

    @model_validator(mode="after")
    def _one_seat_and_ordered_dates(self) -> Self:
        if (self.country is None) == (self.organization is None):
            raise ValueError("a role names exactly one of country and organization")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self

    def held_on(self, day: dt.date) -> bool:
        """Whether the role was held on ``day`` (open ends count as held)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Leader(StrictModel):
    """A person who holds or speaks for public office.

    Examples:
        >>> import datetime as dt
        >>> macron = Leader(id="emmanuel-macron", name="Emmanuel Macron",
        ...     roles=[Role(title="President", country="FRA", start=dt.date(2017, 5, 14))])
        >>> [role.title for role in macron.roles_on(dt.date(2023, 10, 24))]
        ['President']
    """

    id: Slug
    name: NonEmptyText
    aliases: list[NonEmptyText] = Field(default_factory=list)
    wikidata: WikidataId | None = None
    roles: list[Role] = Field(default_factory=list)

    def roles_on(self, day: dt.date) -> list[Role]:
        """The roles held on ``day``, in the order the file gives them."""
        return [role for role in self.roles if role.held_on(day)]


class Organization(StrictModel):
    """A body that holds positions: a state body, an IGO, an armed group, a party."""

    id: Slug
    name: NonEmptyText
    aliases: list[NonEmptyText] = Field(default_factory=list)
    kind: OrganizationKind = "other"
    country: CountryCode | None = None
