"""The annotated-article format: an article and the gold extraction of it."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import AfterValidator, Field, WithJsonSchema, model_validator
from typing_extensions import Self

from diplotrack.countries import known_country_spellings
from diplotrack.models.common import NonEmptyText, Slug, StrictModel
from diplotrack.models.position import Stance
from diplotrack.models.visit import VisitStatus
from diplotrack.problems import Problem


def _check_country_spelling(value: str) -> str:
    if value not in known_country_spellings():
        raise ValueError(f"unknown country {value!r}: give a country name or an ISO 3166-1 code")
    return value


def _country_spelling_schema() -> dict[str, Any]:
    return {
        "type": "string",
        "enum": sorted(known_country_spellings()),
        "description": "A country name, alias, demonym or ISO 3166-1 code.",
    }


CountryName = Annotated[str, AfterValidator(_check_country_spelling), WithJsonSchema(_country_spelling_schema())]


class GoldLeader(StrictModel):
    """A leader the article mentions, named in full once."""

    name: NonEmptyText
    role: NonEmptyText | None = None
    country: CountryName | None = None


class GoldVisit(StrictModel):
    """A visit the article reports."""

    visitor: NonEmptyText = Field(description="A name listed under `leaders`.")
    destination: CountryName
    place: NonEmptyText | None = None
    hosts: list[NonEmptyText] = Field(default_factory=list)
    date: dt.date | None = None
    status: VisitStatus | None = None


class GoldPlan(StrictModel):
    """A plan the article reports, items in the article's words."""

    proposer: NonEmptyText
    name: NonEmptyText | None = None
    items: list[NonEmptyText] = Field(default_factory=list)


class GoldPosition(StrictModel):
    """A stated position; `evidence` locates the sentence that states it."""

    holder: NonEmptyText
    topic: NonEmptyText
    stance: Stance
    evidence: NonEmptyText = Field(description="An exact substring of `text`.")


class Expectation(StrictModel):
    """What a correct extraction of the article contains."""

    leaders: list[GoldLeader] = Field(default_factory=list)
    visits: list[GoldVisit] = Field(default_factory=list)
    plans: list[GoldPlan] = Field(default_factory=list)
    positions: list[GoldPosition] = Field(default_factory=list)


class AnnotatedArticle(StrictModel):
    """A gold file: an article's text, its metadata and its expected extraction."""

    id: Slug
    date: dt.date
    source: NonEmptyText
    text: NonEmptyText
    expect: Expectation

    @model_validator(mode="after")
    def _evidence_and_names_fit(self) -> Self:
        problems = annotated_article_problems(self)
        if problems:
            raise ValueError("; ".join(f"{p.dotted_path}: {p.message}" for p in problems[:5]))
        return self


def annotated_article_problems(article: AnnotatedArticle) -> list[Problem]:
    """Cross-field rules: evidence lies in the text, names refer to listed leaders."""
    problems: list[Problem] = []
    names = [leader.name for leader in article.expect.leaders]
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            problems.append(Problem(("expect", "leaders", index, "name"), f"leader {name!r} is listed twice", "duplicate-id"))
        seen.add(name)
    for index, visit in enumerate(article.expect.visits):
        if visit.visitor not in seen:
            problems.append(
                Problem(("expect", "visits", index, "visitor"), f"visitor {visit.visitor!r} is not listed under leaders", "dangling-reference")
            )
        for host_index, host in enumerate(visit.hosts):
            if host not in seen:
                problems.append(
                    Problem(("expect", "visits", index, "hosts", host_index), f"host {host!r} is not listed under leaders", "dangling-reference")
                )
    for index, position in enumerate(article.expect.positions):
        if position.evidence not in article.text:
            problems.append(
                Problem(("expect", "positions", index, "evidence"), "evidence is not a substring of text", "evidence-not-in-text")
            )
    return problems
