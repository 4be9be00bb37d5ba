"""Hypothesis strategies for position files, built to collide.

Ids, holders, topics and dates come from small pools so that two independent
draws share records and differ in the ways diffs and merges care about. Files
are built with ``model_construct`` (records themselves are validated): the
change tools do not need cross-record integrity, and skipping it keeps
examples small.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from diplotrack.models import (
    Evidence,
    Leader,
    Organization,
    Plan,
    PlanItem,
    Position,
    PositionFile,
    Role,
    Source,
    Topic,
    Visit,
)
from diplotrack.vocabulary import Vocabulary

BASE_TOPICS = [
    Topic(id="ceasefire-gaza", label="ceasefire in Gaza", aliases=["truce in Gaza"]),
    Topic(id="two-state-solution", label="two-state solution"),
    Topic(id="weapons-ukraine", label="sending weapons to Ukraine", broader=["military-aid"]),
    Topic(id="military-aid", label="military aid"),
]
FILE_TOPICS = [
    Topic(id="truce-gaza", label="a truce in Gaza"),
    Topic(id="humanitarian-pauses", label="humanitarian pauses"),
    Topic(id="two-state-solution", label="two-state solution", aliases=["two states"]),
]
VOCABULARY = Vocabulary(BASE_TOPICS, include_shipped=False)
"""The vocabulary the property tests compare topics through (independent of the shipped file)."""

HOLDERS = st.sampled_from(["FRA", "USA", "macron", "biden"])
TOPIC_IDS = st.sampled_from(["ceasefire-gaza", "truce-gaza", "two-state-solution", "weapons-ukraine",
                             "humanitarian-pauses"])
DATES = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 6))
SMALL_TEXT = st.sampled_from(["alpha", "beta", "gamma"])


def evidence() -> st.SearchStrategy[Evidence]:
    """Evidence in sources ``a`` or ``b`` with a few offsets."""
    return st.builds(
        lambda source, start, quote: Evidence(source=source, start=start, end=start + len(quote), quote=quote),
        st.sampled_from(["a", "b"]), st.integers(0, 2), st.sampled_from(["We oppose it.", "We support it."]),
    )


def positions() -> st.SearchStrategy[Position]:
    """Positions from small pools of holders, topics, dates and wordings."""
    return st.builds(
        Position,
        id=st.none() | st.sampled_from(["p1", "p2"]),
        holder=HOLDERS,
        topic=TOPIC_IDS,
        wording=st.none() | st.sampled_from(["truce in Gaza", "a ceasefire", "Truce in Gaza"]),
        stance=st.sampled_from(["support", "oppose", "neutral"]),
        strength=st.none() | st.sampled_from(["weak", "moderate", "strong"]),
        verb=st.none() | st.sampled_from(["calls for", "rejects"]),
        date=st.none() | DATES,
        reported_by=st.none() | st.just("his office"),
        evidence=st.lists(evidence(), max_size=2),
    )


@st.composite
def _dates_in_order(draw: st.DrawFn) -> tuple[str | None, str | None]:
    start = draw(st.none() | DATES)
    if start is None:
        return None, None
    end = draw(st.none() | st.dates(min_value=start, max_value=dt.date(2024, 1, 8)))
    precision = draw(st.sampled_from([10, 7]))
    return start.isoformat()[:precision], end.isoformat() if end else None


@st.composite
def visits(draw: st.DrawFn) -> Visit:
    """Visits with ids v1..v3, a few visitors, hosts, dates and statuses."""
    start, end = draw(_dates_in_order())
    return Visit(
        id=draw(st.sampled_from(["v1", "v2", "v3"])),
        visitors=draw(st.lists(st.sampled_from(["macron", "biden"]), min_size=1, max_size=2, unique=True)),
        destination=draw(st.sampled_from(["ISR", "UKR"])),
        places=draw(st.lists(st.sampled_from(["Kyiv", "Tel Aviv"]), max_size=2, unique=True)),
        hosts=draw(st.lists(st.sampled_from(["netanyahu", "zelensky"]), max_size=2, unique=True)),
        start=start,
        end=end,
        status=draw(st.sampled_from(["planned", "ongoing", "completed", "cancelled"])),
        sources=draw(st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True)),
        evidence=draw(st.lists(evidence(), max_size=1)),
    )


def plans() -> st.SearchStrategy[Plan]:
    """Plans with ids q1..q2, items from a small pool (order matters), endorsers and statuses."""
    return st.builds(
        Plan,
        id=st.sampled_from(["q1", "q2"]),
        proposer=st.sampled_from(["CHN", "macron"]),
        name=st.none() | st.sampled_from(["peace plan", "four-point plan"]),
        items=st.lists(st.builds(PlanItem, text=st.sampled_from(["ceasefire", "talks", "aid", "prisoners"])),
                       max_size=3),
        date=st.none() | DATES,
        status=st.sampled_from(["proposed", "endorsed", "adopted", "abandoned"]),
        endorsers=st.lists(st.sampled_from(["BRA", "ZAF", "IDN"]), max_size=2, unique=True),
        sources=st.lists(st.sampled_from(["a", "b"]), max_size=1),
        evidence=st.lists(evidence(), max_size=1),
    )


@st.composite
def roles(draw: st.DrawFn) -> Role:
    """Roles with a few titles and dates, end never before start."""
    start = draw(st.none() | DATES)
    end = draw(st.none() | st.dates(min_value=start or dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 9)))
    return Role(title=draw(st.sampled_from(["President", "Minister"])), country=draw(st.sampled_from(["FRA", "USA"])),
                start=start, end=end)


def leaders() -> st.SearchStrategy[Leader]:
    """Leaders macron and biden with varying names, aliases and roles."""
    return st.builds(
        Leader,
        id=st.sampled_from(["macron", "biden"]),
        name=st.sampled_from(["Emmanuel Macron", "Joe Biden", "E. Macron"]),
        aliases=st.lists(SMALL_TEXT, max_size=2, unique=True),
        roles=st.lists(roles(), max_size=2),
    )


def sources() -> st.SearchStrategy[Source]:
    """Sources a and b, sometimes with a title."""
    return st.builds(Source, id=st.sampled_from(["a", "b"]), title=st.none() | SMALL_TEXT)


def organizations() -> st.SearchStrategy[Organization]:
    """One organisation, in two kinds."""
    return st.builds(Organization, id=st.just("un"), name=st.sampled_from(["United Nations", "UN"]),
                     kind=st.sampled_from(["igo", "other"]))


def _unique_ids(strategy: st.SearchStrategy[object], max_size: int) -> st.SearchStrategy[list[object]]:
    return st.lists(strategy, max_size=max_size, unique_by=lambda record: record.id)  # type: ignore[attr-defined]


@st.composite
def position_files(draw: st.DrawFn, max_positions: int = 8) -> PositionFile:
    """A position file whose ids are unique per collection (records valid, integrity not checked)."""
    return PositionFile.model_construct(
        format_version=1,
        sources=draw(_unique_ids(sources(), 2)),
        leaders=draw(_unique_ids(leaders(), 2)),
        organizations=draw(_unique_ids(organizations(), 1)),
        topics=draw(_unique_ids(st.sampled_from(FILE_TOPICS), 3)),
        visits=draw(_unique_ids(visits(), 3)),
        plans=draw(_unique_ids(plans(), 2)),
        positions=draw(st.lists(positions(), max_size=max_positions)),
    )


@st.composite
def shuffled(draw: st.DrawFn, document: PositionFile) -> PositionFile:
    """The same file with every collection's records in another order."""
    update = {
        name: draw(st.permutations(getattr(document, name)))
        for name in ("sources", "leaders", "organizations", "topics", "visits", "plans", "positions")
    }
    return document.model_copy(update=update)
