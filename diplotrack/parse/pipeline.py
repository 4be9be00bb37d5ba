"""One pipeline from text to an `Extraction`, and a process pool for many articles."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from diplotrack.models import Evidence, Leader, Organization, Plan, PlanItem, Position, Role, Source, Topic, Visit
from diplotrack.parse.actors import ArticleActors, resolve_actors
from diplotrack.parse.extraction import Extraction
from diplotrack.parse.lexicon import leaders, organizations
from diplotrack.parse.mentions import Mention
from diplotrack.parse.plans import FoundPlan, find_plans
from diplotrack.parse.positions import FoundPosition, find_positions, report_lemmas
from diplotrack.parse.text import read_date_header, split_sentences
from diplotrack.parse.topics import topic_id as vocabulary_topic
from diplotrack.parse.visits import FoundVisit, find_visits, hosts_for
from diplotrack.vocabulary import Vocabulary

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHUNK = 8


@functools.cache
def _vocabulary() -> Vocabulary | None:
    # A broken or missing topics file must not stop parsing: positions then get fallback topics.
    try:
        return Vocabulary()
    except (OSError, ValueError, KeyError):
        return None


class _Builder:
    def __init__(self, text: str, source: Source, date: dt.date | None, actors: ArticleActors) -> None:
        self.text = text
        self.source = source
        self.date = date
        self.actors = actors
        self.organizations: dict[str, Organization] = {}
        self.topics: dict[str, Topic] = {}

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(source=self.source.id, start=start, end=end, quote=self.text[start:end])

    def reference(self, mention: Mention) -> str:
        if mention.kind == "org":
            self.organization(mention.ref)
        return mention.ref

    def organization(self, organization_id: str) -> None:
        known = organizations().get(organization_id)
        if known is not None:
            self.organizations.setdefault(organization_id, known)
        elif organization_id in self.actors.bodies:
            name, kind = self.actors.bodies[organization_id]
            self.organizations.setdefault(organization_id, Organization(id=organization_id, name=name, kind=kind))

    def leaders(self) -> list[Leader]:
        found = []
        for key in self.actors.leader_keys():
            entity = self.actors.entities[key]
            roles: list[Role] = []
            title = entity.title if entity.title_given else self.title_on_the_day(entity.gazetteer_id, entity.title)
            title = title or "leader"
            if entity.organization and entity.organization in organizations():
                self.organization(entity.organization)
                roles.append(Role(title=title, organization=entity.organization))
            elif entity.country:
                roles.append(Role(title=title, country=entity.country))
            found.append(Leader(id=key, name=entity.name, roles=roles))
        return found

    def title_on_the_day(self, gazetteer_id: str | None, title: str | None) -> str | None:
        """A gazetteer office the leader did not hold on the article's date, as the article should have put it:
        "former President" once it was over, none before it began ("Barack Obama" in a story of 2005)."""
        leader = leaders().get(gazetteer_id) if gazetteer_id else None
        if leader is None or self.date is None or title is None or leader.roles_on(self.date):
            return title
        held = [role for role in leader.roles if role.title == title]
        if not held:
            return title
        if any(role.end is not None and role.end < self.date for role in held):
            return f"former {title}"
        return None

    def topic(self, wording: str) -> str:
        topic_id, known = vocabulary_topic(_vocabulary(), wording)
        if not known:
            self.topics.setdefault(topic_id, Topic(id=topic_id, label=wording))
        return topic_id

    def visits(self, found: list[FoundVisit]) -> list[Visit]:
        return [
            Visit(
                id=f"{self.source.id}-visit-{index}",
                visitors=[visit.visitor],
                destination=visit.destination,
                places=[visit.place] if visit.place else [],
                hosts=hosts_for(self.actors, visit.destination, visit.visitor),
                start=visit.date.isoformat() if visit.date else None,
                status=visit.status,
                sources=[self.source.id],
                evidence=[self.evidence(visit.start, visit.end)],
            )
            for index, visit in enumerate(found, 1)
        ]

    def plans(self, found: list[FoundPlan]) -> list[Plan]:
        plans = []
        for index, plan in enumerate(found, 1):
            if plan.proposer is None:
                continue
            plans.append(
                Plan(
                    id=f"{self.source.id}-plan-{index}",
                    proposer=self.reference(plan.proposer),
                    name=plan.name,
                    items=[
                        PlanItem(text=item.text, evidence=self.evidence(item.start, item.end)) for item in plan.items
                    ],
                    date=self.date,
                    sources=[self.source.id],
                    evidence=[self.evidence(plan.start, plan.end)],
                )
            )
        return plans

    def positions(self, found: list[FoundPosition]) -> list[Position]:
        return [
            Position(
                id=f"{self.source.id}-position-{index}",
                holder=self.reference(position.holder),
                topic=self.topic(position.wording),
                wording=position.wording,
                stance=position.stance,
                strength=position.strength,
                verb=position.verb,
                date=self.date,
                reported_by=position.reported_by,
                evidence=[self.evidence(position.start, position.end)],
            )
            for index, position in enumerate(found, 1)
        ]


def _source(text: str, date: dt.date | None, source: Source | str | None) -> Source:
    if isinstance(source, Source):
        return source.model_copy(update={"text": text, "date": source.date or date})
    if isinstance(source, str) and _SLUG.match(source):
        return Source(id=source, date=date, text=text)
    return Source(id="article", title=source or None, date=date, text=text)


def _set_aside_people_named_in_parts(actors: ArticleActors, plans: list[FoundPlan]) -> None:
    """People named only inside a plan's parts ("a committee made up of Pope Francis, Guterres and Modi")
    are what the plan proposes, not leaders taking part in the story."""
    parts = [(item.start, item.end) for plan in plans for item in plan.items]
    if not parts:
        return
    inside: dict[str, bool] = {}
    for mention in (m for sentence_mentions in actors.mentions for m in sentence_mentions):
        if mention.kind == "leader" and mention.form != "pronoun":
            within = any(start <= mention.start and mention.end <= end for start, end in parts)
            inside[mention.ref] = inside.get(mention.ref, True) and within
    for key, only_inside in inside.items():
        if only_inside:
            actors.entities[key].history_only = True


def _outside_plan_parts(found: list[FoundPosition], plans: list[FoundPlan]) -> list[FoundPosition]:
    """Positions that are not a plan's parts restated (see the annotation guidelines).

    A stance inside a listed part ("recognise Israel") belongs to the plan, and so does reported
    speech that runs over whole parts ("said X must meet three conditions: A, B and C").
    """
    parts = [(item.start, item.end) for plan in plans if plan.proposer is not None for item in plan.items]
    return [
        position
        for position in found
        if not any(
            start <= position.start < end
            or (position.verb in report_lemmas() and position.start < start and end <= position.end)
            for start, end in parts
        )
    ]


def parse_article(text: str, *, date: dt.date | str | None = None, source: Source | str | None = None) -> Extraction:
    """Leaders, organisations, visits, plans and positions of one English news article.

    Args:
        text: The article. A first line ``date YYYY-MM-DD`` gives its date.
        date: The publication date, which resolves "on Thursday" and leaders' roles;
            overrides the date line. A string is read as an ISO date (``"2023-11-10"``).
        source: A `Source`, or a source id (a slug), or a free-text description.

    Returns:
        An `Extraction` whose evidence offsets point into ``text``.

    Examples:
        >>> extraction = parse_article("date 2023-11-10\\nFrench President Emmanuel Macron called for a truce.")
        >>> [leader.name for leader in extraction.leaders], extraction.positions[0].stance
        (['Emmanuel Macron'], 'support')
    """
    header_date, body_start = read_date_header(text)
    date = _as_date(date) or header_date
    sentences = split_sentences(text, body_start)
    actors = resolve_actors(sentences, date)
    found_plans, item_lines = find_plans(sentences, actors)
    _set_aside_people_named_in_parts(actors, found_plans)
    builder = _Builder(text, _source(text, date, source), date, actors)
    # Visits come first: an aide's country may be learnt from the leader they travel with.
    visits = builder.visits(find_visits(sentences, actors, date))
    leaders = builder.leaders()
    plans = builder.plans(found_plans)
    positions = builder.positions(_outside_plan_parts(find_positions(sentences, actors, item_lines), found_plans))
    return Extraction(
        source=builder.source,
        leaders=tuple(leaders),
        organizations=tuple(builder.organizations.values()),
        topics=tuple(builder.topics.values()),
        visits=tuple(visits),
        plans=tuple(plans),
        positions=tuple(positions),
    )


def _parse_one(text: str) -> Extraction:
    return parse_article(text)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date given as a date or an ISO string; anything else is a clear `ValueError`.

    Examples:
        >>> _as_date("2023-11-10")
        datetime.date(2023, 11, 10)
        >>> _as_date("10/11/2023")
        Traceback (most recent call last):
        ValueError: date must be an ISO date (YYYY-MM-DD), got '10/11/2023'
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"date must be an ISO date (YYYY-MM-DD), got {value!r}")


def parse_articles(texts: Iterable[str], *, workers: int | None = None, progress: bool = False) -> Iterator[Extraction]:
    """Parse many articles in worker processes, yielding extractions in input order.

    Args:
        texts: Article texts (each may start with a ``date`` line).
        workers: Number of processes; 1 parses in this process. Defaults to the CPU count.
        progress: Show a running count on standard error.
    """
    workers = workers or os.cpu_count() or 1
    done = 0
    if workers == 1:
        results: Iterable[Extraction] = map(_parse_one, texts)
        for result in results:
            done += 1
            if progress:
                print(f"\rparsed {done} articles", end="", file=sys.stderr, flush=True)
            yield result
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(_parse_one, texts, chunksize=_CHUNK):
                done += 1
                if progress:
                    print(f"\rparsed {done} articles", end="", file=sys.stderr, flush=True)
                yield result
    if progress and done:
        print(file=sys.stderr)
