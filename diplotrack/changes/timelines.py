"""``timeline(records)``: every dated position per holder and topic, each step's change marked."""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal, TypeVar

import attrs

from diplotrack.changes.canon import STRENGTH_RANK, exact_position_key
from diplotrack.changes.topics import TopicResolver, resolver_for
from diplotrack.models import Evidence, Leader, Position, PositionFile, Stance, Topic
from diplotrack.vocabulary import Vocabulary, normalize_phrase

StepKind = Literal["new", "reaffirmed", "reversed", "shifted", "hardened", "softened", "reworded"]
Row = tuple[str, str, "dt.date | None", str, "str | None", "str | None"]
_ROW = operator.attrgetter("holder", "topic", "date", "stance", "strength", "wording")
_PAIR = operator.itemgetter(0, 1)
_DATE = operator.itemgetter(2)
_ORDER = operator.itemgetter(2, 3)
_SHAPE = operator.itemgetter(3, 4, 5)
_V = TypeVar("_V")
Records = PositionFile | Iterable[PositionFile] | Iterable[Position]


@attrs.frozen
class Step:
    """One dated statement on a track, and how it differs from the one before."""

    kind: StepKind
    position: Position

    @property
    def date(self) -> dt.date:
        """When the statement was made."""
        assert self.position.date is not None
        return self.position.date

    @property
    def stance(self) -> Stance:
        """The stance stated."""
        return self.position.stance

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The quotes that show it."""
        return tuple(self.position.evidence)


@attrs.frozen
class Track:
    """One holder's dated positions on one topic, oldest first.

    Steps are built on demand from ``positions`` and ``kinds``: a million
    positions need not become a million more objects to be ordered.
    """

    holder: str
    topic: str
    positions: tuple[Position, ...]
    kinds: tuple[StepKind, ...]

    @property
    def steps(self) -> tuple[Step, ...]:
        """The statements with their kinds."""
        return tuple(Step(kind, position) for kind, position in zip(self.kinds, self.positions, strict=True))

    def __len__(self) -> int:
        return len(self.positions)

    def stance_at(self, day: dt.date) -> Step | None:
        """The latest statement made on or before ``day``, if any."""
        dates = [p.date for p in self.positions]
        at = bisect.bisect_right(dates, day)  # type: ignore[type-var]
        return Step(self.kinds[at - 1], self.positions[at - 1]) if at else None

    def changes(self) -> tuple[Step, ...]:
        """Only the steps that changed something (not the reaffirmations)."""
        return tuple(step for step in self.steps if step.kind != "reaffirmed")


@attrs.frozen
class Timeline:
    """Tracks ordered by holder and topic, with names for showing them."""

    tracks: tuple[Track, ...]
    holder_names: Mapping[str, str] = attrs.field(factory=dict, eq=False)
    topic_labels: Mapping[str, str] = attrs.field(factory=dict, eq=False)

    def __iter__(self) -> Iterator[Track]:
        return iter(self.tracks)

    def __len__(self) -> int:
        return len(self.tracks)

    def track(self, holder: str, topic: str) -> Track | None:
        """The track of one holder on one canonical topic, if there is one."""
        for track in self.tracks:
            if track.holder == holder and track.topic == topic:
                return track
        return None


def _collect(records: Records) -> tuple[list[Position], list[Topic], list[Leader]]:
    if isinstance(records, PositionFile):
        return list(records.positions), list(records.topics), list(records.leaders)
    items = list(records)
    if not any(map(isinstance, items, itertools.repeat(PositionFile))):
        return items, [], []  # type: ignore[return-value]
    positions: list[Position] = []
    topics: list[Topic] = []
    leaders: list[Leader] = []
    for item in items:
        if isinstance(item, PositionFile):
            positions += item.positions
            topics += item.topics
            leaders += item.leaders
        else:
            positions.append(item)  # type: ignore[arg-type]
    return positions, topics, leaders


def resolve_holder(holder: str, leaders: Iterable[Leader]) -> str:
    """A holder id from an id, a leader's name or alias, or a surname (case-insensitive)."""
    wanted = holder.casefold()
    for leader in leaders:
        names = [leader.id, leader.name, *leader.aliases]
        if any(name.casefold() == wanted for name in names) or leader.name.casefold().split()[-1] == wanted:
            return leader.id
    return holder


def _resolve_topic(topic: str, resolver: TopicResolver) -> str:
    return resolver.lookup(topic) or resolver.canonical(topic)


def timeline(
    records: Records, holder: str | None = None, topic: str | None = None, *, vocabulary: Vocabulary | None = None
) -> Timeline:
    """Every dated position, per holder and canonical topic, oldest first, each step's change marked.

    ``records`` is a position file, several, or positions. ``holder`` takes an
    id or a leader's name; ``topic`` an id or any wording the vocabulary
    knows. Undated positions cannot be placed in time and are left out.
    Statements on one day are ordered by stance name and then by content,
    never by input order. Cost: one pass over the positions plus sorting
    each track, n log n at worst.

    Examples:
        >>> import datetime as dt
        >>> def said(stance, month):
        ...     return Position(holder="FRA", topic="t", stance=stance, date=dt.date(2024, month, 1))
        >>> track = timeline([said("support", 5), said("oppose", 1), said("oppose", 2)]).tracks[0]
        >>> [(str(step.date), step.stance, step.kind) for step in track.steps]
        [('2024-01-01', 'oppose', 'new'), ('2024-02-01', 'oppose', 'reaffirmed'), ('2024-05-01', 'support', 'reversed')]
    """
    positions, topics, leaders = _collect(records)
    resolver = resolver_for(topics, vocabulary)
    wanted_holder = resolve_holder(holder, leaders) if holder is not None else None
    wanted_topic = _resolve_topic(topic, resolver) if topic is not None else None
    # One pass reads every field the timeline needs into compact rows; the rest works on rows
    # and indexes, so a million models scattered in memory are each visited once.
    rows = list(map(_ROW, positions))
    buckets: dict[tuple[str, str], list[int]] = {}
    for index, pair in enumerate(map(_PAIR, rows)):
        bucket = buckets.get(pair)
        if bucket is None:
            buckets[pair] = [index]
        else:
            bucket.append(index)
    groups: dict[tuple[str, str], list[int]] = {}
    for (holder_id, topic_id), indexes in buckets.items():
        key = (holder_id, resolver.canonical(topic_id))
        if (wanted_holder is None or holder_id == wanted_holder) and (wanted_topic is None or key[1] == wanted_topic):
            groups.setdefault(key, []).extend(indexes)
    tracks = []
    for (holder_id, topic_id), indexes in sorted(groups.items()):
        dated = [i for i in indexes if rows[i][2] is not None] if None in map(_DATE, _pick(rows, indexes)) else indexes
        if dated:
            tracks.append(_track(holder_id, topic_id, rows, positions, dated))
    names = {leader.id: leader.name for leader in leaders}
    labels = {track.topic: resolver.label(track.topic) for track in tracks}
    return Timeline(tuple(tracks), names, labels)


def _pick(values: Sequence[_V], indexes: list[int]) -> list[_V]:
    # itemgetter gathers in C; with one index it returns the item, not a tuple.
    if len(indexes) == 1:
        return [values[indexes[0]]]
    return list(operator.itemgetter(*indexes)(values))


def _track(holder: str, topic: str, rows: list[Row], positions: Sequence[Position], indexes: list[int]) -> Track:
    keys = list(map(_ORDER, _pick(rows, indexes)))
    ranks = sorted(range(len(keys)), key=keys.__getitem__)
    order = _pick(indexes, ranks)
    if len(set(keys)) != len(keys):
        _order_ties(order, _pick(keys, ranks), positions, topic)
    ordered = _pick(positions, order)
    shapes = list(map(_SHAPE, _pick(rows, order)))
    # The kind of a step depends only on the two shapes, drawn from a small set: a C-level
    # cache answers almost every step without running Python code.
    kinds: tuple[StepKind, ...] = ("new", *map(_cached_shape_kind, shapes, itertools.islice(shapes, 1, None)))
    return Track(holder, topic, tuple(ordered), kinds)


def _order_ties(order: list[int], keys: list[tuple[dt.date, str]], positions: Sequence[Position], topic: str) -> None:
    # Statements of one day and stance keep no input order: sort each such run by its full content.
    for key, count in collections.Counter(keys).items():
        if count > 1:
            start = bisect.bisect_left(keys, key)
            order[start : start + count] = sorted(
                order[start : start + count], key=lambda i: exact_position_key(positions[i], topic)
            )


Shape = tuple[str, "str | None", "str | None"]


def _shape_kind(previous: Shape, current: Shape) -> StepKind:
    if previous[0] != current[0]:
        return "shifted" if "neutral" in (previous[0], current[0]) else "reversed"
    before, after = STRENGTH_RANK[previous[1]], STRENGTH_RANK[current[1]]
    if before != after:
        return "hardened" if after > before else "softened"
    # A wording missing on one side is an article that did not quote it, not a rewording.
    old_words, new_words = previous[2], current[2]
    if old_words and new_words and old_words != new_words:
        return "reworded" if normalize_phrase(old_words) != normalize_phrase(new_words) else "reaffirmed"
    return "reaffirmed"


_cached_shape_kind = functools.lru_cache(maxsize=4096)(_shape_kind)


def step_kind(previous: Position, current: Position) -> StepKind:
    """How one statement differs from the one before it on the same track.

    Examples:
        >>> a = Position(holder="FRA", topic="t", stance="support", strength="weak")
        >>> step_kind(a, a.model_copy(update={"strength": "strong"}))
        'hardened'
    """
    return _shape_kind(_SHAPE(_ROW(previous)), _SHAPE(_ROW(current)))


def stance_at(
    records: Records, holder: str, topic: str, day: dt.date, *, vocabulary: Vocabulary | None = None
) -> Step | None:
    """What ``holder`` held on ``topic`` on ``day``: the latest statement on or before it.

    Examples:
        >>> import datetime as dt
        >>> said = Position(holder="FRA", topic="t", stance="oppose", date=dt.date(2024, 1, 10))
        >>> stance_at([said], "FRA", "t", dt.date(2024, 2, 1)).stance
        'oppose'
        >>> stance_at([said], "FRA", "t", dt.date(2024, 1, 1)) is None
        True
    """
    found = timeline(records, holder, topic, vocabulary=vocabulary).tracks
    return found[0].stance_at(day) if found else None
