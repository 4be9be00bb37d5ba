"""Stated positions: who holds what stance on which topic, and the proof."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from diplotrack.models.common import Evidence, NonEmptyText, Reference, Slug, StrictModel

Stance = Literal["support", "oppose", "neutral"]
Strength = Literal["weak", "moderate", "strong"]


class Position(StrictModel):
    """A stance a holder stated on a topic, on a date, with evidence.

    ``verb`` keeps the word the source used ("calls for", "condemns");
    ``strength`` grades it so that hardening and softening can be told apart.
    ``reported_by`` names who relayed it ("Macron's office").
    """

    id: Slug | None = None
    holder: Reference = Field(description="Leader or organisation id, or a country code.")
    topic: Slug = Field(description="Id of a topic in the file or in the shipped vocabulary.")
    wording: NonEmptyText | None = Field(default=None, description="The source's words for the topic.")
    stance: Stance
    strength: Strength | None = None
    verb: NonEmptyText | None = None
    date: dt.date | None = Field(default=None, description="When the position was stated.")
    reported_by: NonEmptyText | None = None
    evidence: list[Evidence] = Field(default_factory=list)
