"""The records of one or more position files, with the lookups every page needs."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import attrs

from diplotrack.countries import country_name
from diplotrack.models import Leader, Organization, Plan, Position, PositionFile, Source, Topic, Visit
from diplotrack.models.common import is_country_code
from diplotrack.models.position_file import SKIP_INTEGRITY
from diplotrack.vocabulary import Vocabulary

HolderKind = Literal["leader", "organization", "country"]
_COLLECTIONS = ("sources", "leaders", "organizations", "topics", "visits", "plans", "positions")


def merge_files(files: Sequence[PositionFile]) -> PositionFile:
    """One position file holding the records of all ``files``.

    `diplotrack.changes.merge` is used when it is available, since it also
    joins records that two articles report under different ids. Otherwise
    records are concatenated and a record whose id (or, for positions without
    an id, whose whole content) was already seen is dropped.

    Examples:
        >>> from diplotrack.models import Leader
        >>> a = PositionFile(format_version=1, leaders=[Leader(id="a", name="A")])
        >>> [leader.id for leader in merge_files([a, a]).leaders]
        ['a']
    """
    if len(files) == 1:
        return files[0]
    external = _external_merge()
    if external is not None:
        return external(list(files))
    merged: dict[str, list[Any]] = {name: [] for name in _COLLECTIONS}
    for name in _COLLECTIONS:
        seen: set[Any] = set()
        for document in files:
            for record in getattr(document, name):
                identity = record.id if getattr(record, "id", None) else record.model_dump_json()
                if identity not in seen:
                    seen.add(identity)
                    merged[name].append(record)
    # Each input was checked on its own; records dropped as duplicates may
    # differ in detail (a longer text), which is not this page generator's call.
    return PositionFile.model_validate({"format_version": 1, **merged}, context={SKIP_INTEGRITY: True})


def _external_merge() -> Callable[[list[PositionFile]], PositionFile] | None:
    try:
        module = importlib.import_module("diplotrack.changes")
    except ImportError:
        return None
    function = getattr(module, "merge", None)
    if not callable(function):
        return None
    return lambda files: function(files).file


def date_key(value: dt.date | str | None) -> str:
    """A sort key that puts undated records first and dates in order.

    Examples:
        >>> sorted(["2023-10", None, "2023-09-30"], key=date_key)
        [None, '2023-09-30', '2023-10']
    """
    return "" if value is None else str(value)


@attrs.frozen
class Holder:
    """Someone records can point at: a leader, an organisation or a country."""

    reference: str
    name: str
    kind: HolderKind

    @property
    def page(self) -> str:
        """Path of the holder's page below the docs root."""
        folder = {"leader": "leaders", "organization": "organizations", "country": "countries"}[self.kind]
        return f"{folder}/{self.reference.lower()}.md"


class Dossier:
    """A merged position file and indexes over it, built once per site.

    Examples:
        >>> from diplotrack.models import Leader
        >>> d = Dossier(PositionFile(format_version=1, leaders=[Leader(id="a", name="A")]))
        >>> d.holder("a").page, d.holder("FRA").name
        ('leaders/a.md', 'France')
    """

    def __init__(self, document: PositionFile) -> None:
        self.document = document
        self.vocabulary = Vocabulary(document.topics)
        self.leaders: dict[str, Leader] = {leader.id: leader for leader in document.leaders}
        self.organizations: dict[str, Organization] = {org.id: org for org in document.organizations}
        self.sources: dict[str, Source] = {source.id: source for source in document.sources}
        self.visits: list[Visit] = sorted(document.visits, key=lambda v: (date_key(v.start), v.id))
        self.plans: list[Plan] = sorted(document.plans, key=lambda p: (date_key(p.date), p.id))
        self.positions: list[Position] = sorted(document.positions, key=position_order)

    def holder(self, reference: str) -> Holder:
        """The holder a reference names; unknown references keep their text as name."""
        if reference in self.leaders:
            return Holder(reference, self.leaders[reference].name, "leader")
        if reference in self.organizations:
            return Holder(reference, self.organizations[reference].name, "organization")
        if is_country_code(reference):
            return Holder(reference, country_label(reference), "country")
        return Holder(reference, reference, "organization")

    def holders(self) -> list[Holder]:
        """Every holder that gets a page: all leaders and organisations, countries that act or are visited."""
        references: set[str] = set(self.leaders) | set(self.organizations)
        # A role's country gets a page too, so every role can link to its seat.
        references.update(role.country for leader in self.leaders.values() for role in leader.roles if role.country)
        for visit in self.visits:
            references.update(visit.visitors, visit.hosts)
            references.add(visit.destination)
        for plan in self.plans:
            references.update([plan.proposer, *plan.endorsers])
        references.update(position.holder for position in self.positions)
        holders = [self.holder(reference) for reference in references]
        return sorted(holders, key=lambda h: (h.kind, h.name.casefold(), h.reference))

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id; an id in no vocabulary gets a label made from its words."""
        found = self.vocabulary.by_id.get(topic_id)
        return found if found is not None else Topic(id=topic_id, label=topic_id.replace("-", " "))

    def topic_ids(self) -> list[str]:
        """Ids of the topics that positions are about, sorted by label."""
        ids = {position.topic for position in self.positions} | {topic.id for topic in self.document.topics}
        return sorted(ids, key=lambda i: (self.topic(i).label.casefold(), i))

    def source_label(self, source_id: str) -> str:
        """How a source is named in links: its title, else its id."""
        source = self.sources.get(source_id)
        return source.title if source is not None and source.title else source_id


def position_order(position: Position) -> tuple[str, str, str, str, str]:
    """Positions by date (undated first), then holder, topic and content, for stable pages."""
    return (date_key(position.date), position.holder, position.topic, position.id or "", position.model_dump_json())


def visit_title(visit: Visit, dossier: Dossier) -> str:
    """A visit as people say it: "Emmanuel Macron in Ramallah, Palestine"."""
    visitors = " and ".join(dossier.holder(reference).name for reference in visit.visitors)
    places = ", ".join([*visit.places[:1], country_label(visit.destination)])
    return f"{visitors} in {places}"


def plan_title(plan: Plan) -> str:
    """A plan's name, else its id in words."""
    return plan.name or plan.id.replace("-", " ")


def country_label(code: str) -> str:
    """A country code's name, or the code when it has none."""
    try:
        return country_name(code)
    except LookupError:
        return code


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without repeats.

    Examples:
        >>> unique(["b", "a", "b"])
        ['b', 'a']
    """
    return list(dict.fromkeys(items))
