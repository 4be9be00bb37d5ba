"""Field types shared by every model: ids, references, partial dates, evidence."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
COUNTRY_CODE_PATTERN = r"^[A-Z]{3}$"
REFERENCE_PATTERN = r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{3})$"
PARTIAL_DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
"""A stable lowercase id: ``emmanuel-macron``, ``four-point-plan``."""

Reference = Annotated[str, StringConstraints(pattern=REFERENCE_PATTERN)]
"""A leader or organisation id (a slug) or a country code (``FRA``)."""

NonEmptyText = Annotated[str, StringConstraints(min_length=1)]


def _check_partial_date(value: str) -> str:
    parts = [int(part) for part in value.split("-")]
    year, month, day = ([*parts, 1, 1])[:3]
    try:
        dt.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"not a calendar date: {value} ({error})") from None
    return value


PartialDate = Annotated[
    str,
    StringConstraints(pattern=PARTIAL_DATE_PATTERN),
    AfterValidator(_check_partial_date),
]
"""A date known to the day (``2023-10-24``), the month (``2023-10``) or the year."""

DatePrecision = Literal["day", "month", "year"]


def partial_date_precision(value: str) -> DatePrecision:
    """How precisely a partial date is known.

    Examples:
        >>> partial_date_precision("2023-10")
        'month'
    """
    precisions: tuple[DatePrecision, ...] = ("year", "month", "day")
    return precisions[value.count("-")]


def partial_date_start(value: str) -> dt.date:
    """The first day a partial date can mean.

    Examples:
        >>> partial_date_start("2023-10")
        datetime.date(2023, 10, 1)
    """
    parts = [int(part) for part in value.split("-")]
    year, month, day = ([*parts, 1, 1])[:3]
    return dt.date(year, month, day)


def is_country_code(reference: str) -> bool:
    """Whether a reference names a country (``FRA``) rather than an id."""
    return re.fullmatch(COUNTRY_CODE_PATTERN, reference) is not None


class StrictModel(BaseModel):
    """Base of every model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Evidence(StrictModel):
    """Where a claim stands in a source: character offsets and the words there.

    ``start`` and ``end`` count Unicode code points from the start of the
    source text, as Python slicing does: ``text[start:end] == quote``.
    """

    source: Slug = Field(description="Id of the source whose text holds the quote.")
    start: int = Field(ge=0, description="Offset of the first character of the quote.")
    end: int = Field(ge=0, description="Offset just past the last character of the quote.")
    quote: NonEmptyText = Field(description="The words of the source at those offsets.")
