"""Topics give positions an identity that survives rewording."""

from __future__ import annotations

from pydantic import Field

from diplotrack.models.common import NonEmptyText, Slug, StrictModel


class Topic(StrictModel):
    """A subject of positions, with the other words used for it.

    ``broader`` lists ids of wider topics: a ceasefire in Gaza is narrower
    than a ceasefire. Aliases make different wordings the same topic.
    """

    id: Slug
    label: NonEmptyText
    aliases: list[NonEmptyText] = Field(default_factory=list)
    broader: list[Slug] = Field(default_factory=list)
