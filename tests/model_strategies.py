"""Hypothesis strategies for valid position files (integrity included)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from diplotrack.file_data import file_data
from diplotrack.models import Evidence, Leader, Plan, PlanItem, Position, PositionFile, Role, Source, Topic, Visit

SLUG_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
SLUGS = st.lists(SLUG_WORDS, min_size=1, max_size=3).map("-".join)
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=30
)
COUNTRIES = st.sampled_from(["FRA", "ISR", "PSE", "NOR", "USA", "XKX", "DEU", "RUS", "UKR", "CHN"])
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
PARTIAL_DATES = DATES.flatmap(lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))


@st.composite
def evidence_in(draw: st.DrawFn, sources: list[Source]) -> Evidence:
    source = draw(st.sampled_from(sources))
    text = source.text or "x"
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    if not quote:
        quote = text
        start, end = 0, len(text)
    return Evidence(source=source.id, start=start, end=end, quote=quote)


@st.composite
def position_files(draw: st.DrawFn, max_records: int = 6) -> PositionFile:
    """A valid position file: unique ids, resolving references, offsets matching quotes."""
    ids = draw(st.lists(SLUGS, min_size=10 + max_records, max_size=10 + max_records, unique=True))
    pool = iter(ids)
    sources = [
        Source(id=next(pool), title=draw(st.none() | TEXT), date=draw(st.none() | DATES), text=draw(TEXT))
        for _ in range(draw(st.integers(1, 2)))
    ]
    leaders = [
        Leader(
            id=next(pool),
            name=draw(TEXT),
            aliases=draw(st.lists(TEXT, max_size=2)),
            roles=[Role(title=draw(TEXT), country=draw(COUNTRIES), start=draw(st.none() | DATES))],
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    topics = [Topic(id=next(pool), label=draw(TEXT)) for _ in range(draw(st.integers(1, 2)))]
    actor_refs = st.sampled_from([leader.id for leader in leaders]) | COUNTRIES
    visits = [
        Visit(
            id=next(pool),
            visitors=[draw(actor_refs)],
            destination=draw(COUNTRIES),
            places=draw(st.lists(TEXT, max_size=2)),
            start=draw(st.none() | PARTIAL_DATES),
            status=draw(st.sampled_from(["planned", "ongoing", "completed", "cancelled"])),
            sources=[sources[0].id],
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    plans = [
        Plan(
            id=next(pool),
            proposer=draw(actor_refs),
            name=draw(st.none() | TEXT),
            items=[PlanItem(text=draw(TEXT)) for _ in range(draw(st.integers(0, 3)))],
            status=draw(st.sampled_from(["proposed", "endorsed", "adopted", "abandoned"])),
        )
        for _ in range(draw(st.integers(0, 1)))
    ]
    positions = [
        Position(
            id=draw(st.none() | st.just(next(pool))),
            holder=draw(actor_refs),
            topic=draw(st.sampled_from([topic.id for topic in topics])),
            wording=draw(st.none() | TEXT),
            stance=draw(st.sampled_from(["support", "oppose", "neutral"])),
            strength=draw(st.none() | st.sampled_from(["weak", "moderate", "strong"])),
            date=draw(st.none() | DATES),
            evidence=draw(st.lists(evidence_in(sources), max_size=2)),
        )
        for _ in range(draw(st.integers(0, max_records)))
    ]
    return PositionFile(
        format_version=1,
        sources=sources,
        leaders=leaders,
        topics=topics,
        visits=visits,
        plans=plans,
        positions=positions,
    )


def as_data(document: PositionFile) -> dict[str, Any]:
    """What a position file holds on disk, as `diplotrack parse` and `merge` write it."""
    return file_data(document)
