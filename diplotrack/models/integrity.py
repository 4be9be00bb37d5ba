"""Rules that span records of a position file: unique ids, references, offsets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from diplotrack.countries import country_codes
from diplotrack.models.common import Evidence, is_country_code
from diplotrack.models.position import Position
from diplotrack.models.position_file import PositionFile
from diplotrack.problems import PathItem, Problem
from diplotrack.vocabulary import shipped_topic_ids


def integrity_problems(document: PositionFile) -> list[Problem]:
    """Every cross-record problem of a position file, in document order."""
    checker = IntegrityChecker(document)
    checker.run()
    return in_document_order(checker.problems)


def in_document_order(problems: Iterable[Problem]) -> list[Problem]:
    """Problems sorted as their places appear in a position file."""
    return sorted(problems, key=lambda p: _path_key(p.path))


def _path_key(path: tuple[PathItem, ...]) -> tuple[tuple[int, str], ...]:
    order = ["format_version", "sources", "leaders", "organizations", "topics", "visits", "plans", "positions"]
    key = []
    for item in path:
        if isinstance(item, int):
            key.append((item, ""))
        else:
            key.append((order.index(item) if item in order else len(order), item))
    return tuple(key)


class IntegrityChecker:
    """Collects cross-record problems; `run` checks a whole file.

    Positions can also be checked one at a time with `check_position` (and
    their ids with `check_unique`), so that a validator can stream them.
    """

    def __init__(self, document: PositionFile) -> None:
        self.document = document
        self.problems: list[Problem] = []
        self.source_texts = {source.id: source.text for source in document.sources}
        self.actor_ids = {leader.id for leader in document.leaders} | {
            organization.id for organization in document.organizations
        }
        self.organization_ids = {organization.id for organization in document.organizations}
        self.topic_ids = {topic.id for topic in document.topics} | shipped_topic_ids()

    def report(self, path: tuple[PathItem, ...], message: str, kind: str) -> None:
        self.problems.append(Problem(path, message, kind))

    def run(self) -> None:
        d = self.document
        self.check_unique("sources", [s.id for s in d.sources])
        self.check_unique_actors()
        self.check_unique("topics", [t.id for t in d.topics])
        self.check_unique("visits", [v.id for v in d.visits])
        self.check_unique("plans", [p.id for p in d.plans])
        self.check_unique("positions", [p.id for p in d.positions])
        for i, leader in enumerate(d.leaders):
            for j, role in enumerate(leader.roles):
                if role.organization is not None and role.organization not in self.organization_ids:
                    self.dangling(("leaders", i, "roles", j, "organization"), role.organization, "organization")
        for i, topic in enumerate(d.topics):
            for j, broader in enumerate(topic.broader):
                if broader not in self.topic_ids:
                    self.dangling(("topics", i, "broader", j), broader, "topic")
        for i, visit in enumerate(d.visits):
            base: tuple[PathItem, ...] = ("visits", i)
            self.check_actors((*base, "visitors"), visit.visitors)
            self.check_actors((*base, "hosts"), visit.hosts)
            self.check_sources((*base, "sources"), visit.sources)
            self.check_evidence_list((*base, "evidence"), visit.evidence)
        for i, plan in enumerate(d.plans):
            base = ("plans", i)
            self.check_actor((*base, "proposer"), plan.proposer)
            self.check_actors((*base, "endorsers"), plan.endorsers)
            self.check_sources((*base, "sources"), plan.sources)
            self.check_evidence_list((*base, "evidence"), plan.evidence)
            for j, item in enumerate(plan.items):
                if item.evidence is not None:
                    self.check_evidence((*base, "items", j, "evidence"), item.evidence)
        for index, position in enumerate(d.positions):
            self.check_position(index, position)

    def check_position(self, index: int, position: Position) -> None:
        """The rules of one position: holder, topic and evidence resolve."""
        base: tuple[PathItem, ...] = ("positions", index)
        self.check_actor((*base, "holder"), position.holder)
        if position.topic not in self.topic_ids:
            self.report(
                (*base, "topic"),
                f"topic {position.topic!r} is neither in this file's topics nor in the shipped vocabulary",
                "unknown-topic",
            )
        self.check_evidence_list((*base, "evidence"), position.evidence)

    def check_unique(self, collection: str, ids: Sequence[str | None]) -> None:
        first_index: dict[str, int] = {}
        for index, identifier in enumerate(ids):
            if identifier is None:
                continue
            if identifier in first_index:
                self.report(
                    (collection, index, "id"),
                    f"duplicate id {identifier!r} (first used at {collection}[{first_index[identifier]}])",
                    "duplicate-id",
                )
            else:
                first_index[identifier] = index

    def check_unique_actors(self) -> None:
        self.check_unique("leaders", [leader.id for leader in self.document.leaders])
        self.check_unique("organizations", [org.id for org in self.document.organizations])
        leader_ids = {leader.id for leader in self.document.leaders}
        for index, organization in enumerate(self.document.organizations):
            if organization.id in leader_ids:
                self.report(
                    ("organizations", index, "id"),
                    f"id {organization.id!r} is already a leader's id; holders share one namespace",
                    "duplicate-id",
                )

    def dangling(self, path: tuple[PathItem, ...], reference: str, what: str) -> None:
        self.report(path, f"{what} {reference!r} is not defined in this file", "dangling-reference")

    def check_actor(self, path: tuple[PathItem, ...], reference: str) -> None:
        if is_country_code(reference):
            if reference not in country_codes():
                self.report(path, f"unknown ISO 3166-1 alpha-3 country code {reference!r}", "unknown-country")
        elif reference not in self.actor_ids:
            self.dangling(path, reference, "leader or organization")

    def check_actors(self, path: tuple[PathItem, ...], references: Iterable[str]) -> None:
        for index, reference in enumerate(references):
            self.check_actor((*path, index), reference)

    def check_sources(self, path: tuple[PathItem, ...], sources: Iterable[str]) -> None:
        for index, source in enumerate(sources):
            if source not in self.source_texts:
                self.dangling((*path, index), source, "source")

    def check_evidence_list(self, path: tuple[PathItem, ...], evidence: Iterable[Evidence]) -> None:
        for index, item in enumerate(evidence):
            self.check_evidence((*path, index), item)

    def check_evidence(self, path: tuple[PathItem, ...], evidence: Evidence) -> None:
        if evidence.source not in self.source_texts:
            self.dangling((*path, "source"), evidence.source, "source")
            return
        if evidence.end < evidence.start:
            self.report((*path, "end"), f"end {evidence.end} is before start {evidence.start}", "offset-order")
            return
        text = self.source_texts[evidence.source]
        if text is None:
            return
        if evidence.end > len(text):
            self.report(
                (*path, "end"),
                f"end {evidence.end} lies outside the text of source {evidence.source!r} ({len(text)} characters)",
                "offset-out-of-range",
            )
        elif text[evidence.start : evidence.end] != evidence.quote:
            found = text[evidence.start : evidence.end]
            self.report(
                (*path, "quote"),
                f"quote does not match the source text at {evidence.start}:{evidence.end} (text there: {found!r})",
                "evidence-mismatch",
            )
