"""How each holder's stance on each topic moved, step by step.

Dated statements are ordered and classified by `diplotrack.changes.timeline`
when it is available, so pages and ``diplotrack timeline`` agree; undated
statements (which a timeline leaves out) come first, classified here with the
same words: new, reaffirmed, reversed, shifted, hardened, softened, reworded.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Literal

import attrs

from diplotrack.models import Position
from diplotrack.render.dossier import position_order

StepKind = Literal["new", "reaffirmed", "reversed", "shifted", "hardened", "softened", "reworded"]
_STRENGTH_RANK = {"weak": 1, "moderate": 2, "strong": 3}


@attrs.frozen
class Step:
    """One statement in a holder's record on a topic, and how it differs from the one before."""

    position: Position
    kind: StepKind
    previous: Position | None = None


def classify(previous: Position | None, current: Position) -> StepKind:
    """How ``current`` moves from ``previous`` (same holder, same topic).

    Examples:
        >>> p = Position(holder="FRA", topic="ceasefire", stance="support")
        >>> classify(None, p), classify(p, p.model_copy(update={"stance": "oppose"}))
        ('new', 'reversed')
        >>> classify(p, p.model_copy(update={"strength": "strong"}))
        'hardened'
    """
    if previous is None:
        return "new"
    if previous.stance != current.stance:
        return "shifted" if "neutral" in (previous.stance, current.stance) else "reversed"
    before = _STRENGTH_RANK.get(previous.strength or "moderate", 2)
    after = _STRENGTH_RANK.get(current.strength or "moderate", 2)
    if after != before:
        return "hardened" if after > before else "softened"
    if (previous.wording or "") != (current.wording or "") and previous.wording and current.wording:
        return "reworded"
    return "reaffirmed"


def timelines(positions: Iterable[Position]) -> dict[tuple[str, str], list[Step]]:
    """Steps per (holder, topic), oldest first; undated statements come first.

    Examples:
        >>> import datetime as dt
        >>> a = Position(holder="FRA", topic="t", stance="oppose", date=dt.date(2023, 1, 1))
        >>> b = a.model_copy(update={"stance": "support", "date": dt.date(2023, 5, 1)})
        >>> [step.kind for step in timelines([b, a])[("FRA", "t")]]
        ['new', 'reversed']
    """
    grouped: dict[tuple[str, str], list[Position]] = {}
    for position in sorted(positions, key=position_order):
        grouped.setdefault((position.holder, position.topic), []).append(position)
    result: dict[tuple[str, str], list[Step]] = {}
    for key in sorted(grouped):
        undated = [p for p in grouped[key] if p.date is None]
        dated = [p for p in grouped[key] if p.date is not None]
        external = _external_steps(dated)
        ordered: list[tuple[Position, StepKind | None]] = (
            list(external) if external is not None else [(p, None) for p in dated]
        )
        steps: list[Step] = []
        previous: Position | None = None
        for position in undated:
            steps.append(Step(position, classify(previous, position), previous))
            previous = position
        for index, (position, known) in enumerate(ordered):
            # The timeline never sees undated statements, so the first dated one is compared with them here.
            kind = classify(previous, position) if known is None or (index == 0 and undated) else known
            steps.append(Step(position, kind, previous))
            previous = position
        result[key] = steps
    return result


def _external_steps(positions: list[Position]) -> list[tuple[Position, StepKind]] | None:
    if not positions:
        return []
    try:
        module = importlib.import_module("diplotrack.changes")
    except ImportError:
        return None
    tracks = module.timeline(positions).tracks
    if len(tracks) != 1:
        return None
    return list(zip(tracks[0].positions, tracks[0].kinds, strict=True))
