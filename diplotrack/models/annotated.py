"""The annotated-article format: an article and the gold extraction of it."""

from __future__ import annotations

import datetime as dt
from typing import Self

from pydantic import Field, ValidationInfo, model_validator

from diplotrack.models.common import NonEmptyText, Slug, StrictModel
from diplotrack.models.country_code import CountryName
from diplotrack.models.position import Stance
from diplotrack.models.position_file import SKIP_INTEGRITY
from diplotrack.models.visit import VisitStatus
from diplotrack.problems import Problem


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
    def _evidence_and_names_fit(self, info: ValidationInfo) -> Self:
        if isinstance(info.context, dict) and info.context.get(SKIP_INTEGRITY):
            return self
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
            problems.append(
                Problem(("expect", "leaders", index, "name"), f"leader {name!r} is listed twice", "duplicate-id")
            )
        seen.add(name)
    for index, visit in enumerate(article.expect.visits):
        if visit.visitor not in seen:
            problems.append(
                Problem(
                    ("expect", "visits", index, "visitor"),
                    f"visitor {visit.visitor!r} is not listed under leaders",
                    "dangling-reference",
                )
            )
        for host_index, host in enumerate(visit.hosts):
            if host not in seen:
                problems.append(
                    Problem(
                        ("expect", "visits", index, "hosts", host_index),
                        f"host {host!r} is not listed under leaders",
                        "dangling-reference",
                    )
                )
    for index, position in enumerate(article.expect.positions):
        if position.evidence not in article.text:
            problems.append(
                Problem(
                    ("expect", "positions", index, "evidence"),
                    "evidence is not a substring of text",
                    "evidence-not-in-text",
                )
            )
    return problems
