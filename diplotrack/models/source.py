"""Where records come from: articles, statements, transcripts."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from diplotrack.models.common import NonEmptyText, Slug, StrictModel


class Source(StrictModel):
    """An article or other document that evidence points into."""

    id: Slug
    title: NonEmptyText | None = None
    publisher: NonEmptyText | None = None
    url: NonEmptyText | None = None
    date: dt.date | None = Field(default=None, description="Publication date.")
    text: str | None = Field(
        default=None,
        description="The full text; when present, evidence offsets are checked against it.",
    )
