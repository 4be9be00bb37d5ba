"""Speed of `timeline` and `diff` on large files, side by side with deepdiff.

Goals (issue 4), on one core: a timeline of 1,000,000 positions over 10,000
holder-topic pairs in under 2 s; a diff of two 100,000-position files in
under 1 s; cost growing as n log n or better (the scaling table shows time
per position staying flat as n doubles).

Run: ``python benchmarks/timeline.py`` (``--quick`` for a smaller run).
Records are built with ``model_construct``: validating a million positions
would take longer than everything measured here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from deepdiff import DeepDiff

from diplotrack.changes import diff, timeline
from diplotrack.models import Evidence, Position, PositionFile, Stance, Strength, Topic
from diplotrack.vocabulary import Vocabulary

_T = TypeVar("_T")
STANCES: tuple[Stance, ...] = ("support", "oppose", "neutral")
STRENGTHS: tuple[Strength | None, ...] = (None, "weak", "moderate", "strong")


def timed(function: Callable[[], _T]) -> tuple[_T, float]:
    """The result of ``function`` and the seconds it took (best of one, garbage collector off)."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        result = function()
        return result, time.perf_counter() - started
    finally:
        gc.enable()


def build_positions(count: int, pairs: int, seed: int = 4) -> tuple[list[Position], list[Topic]]:
    """``count`` positions spread over ``pairs`` holder-topic pairs, dated over three years, in random order."""
    rng = random.Random(seed)
    side = max(1, int(pairs**0.5))
    topics = [Topic.model_construct(id=f"topic-{t}", label=f"topic {t}", aliases=[], broader=[]) for t in range(side)]
    holders = [f"leader-{h}" for h in range(side)]
    quotes = [Evidence.model_construct(source=f"article-{i}", start=0, end=9, quote="We insist") for i in range(997)]
    first_day = dt.date(2021, 1, 1).toordinal()
    days = [dt.date.fromordinal(first_day + d) for d in range(3 * 365)]
    positions = []
    # Records are built in shuffled order, as loading a file listed in random order would
    # build them: list order is random and memory order follows it.
    order = list(range(count))
    rng.shuffle(order)
    for i in order:
        pair = i % (side * side)
        positions.append(
            Position.model_construct(
                id=f"p-{i}", holder=holders[pair // side], topic=topics[pair % side].id, wording=None,
                stance=rng.choice(STANCES), strength=rng.choice(STRENGTHS), verb=None, date=rng.choice(days),
                reported_by=None, evidence=[quotes[i % len(quotes)]],
            )
        )
    return positions, topics


def edited(positions: list[Position], fraction: float, seed: int = 5) -> list[Position]:
    """A later snapshot: a fraction of positions flipped, dropped or added, all reordered."""
    rng = random.Random(seed)
    result: list[Position] = []
    for i, position in enumerate(positions):
        roll = rng.random()
        if roll < fraction / 3:
            continue
        if roll < 2 * fraction / 3:
            stance = "support" if position.stance != "support" else "oppose"
            result.append(position.model_copy(update={"stance": stance}))
        elif roll < fraction:
            result.append(position)
            later = (position.date or dt.date(2024, 1, 1)) + dt.timedelta(days=400)
            result.append(position.model_copy(update={"id": f"q-{i}", "date": later}))
        else:
            result.append(position)
    rng.shuffle(result)
    return result


def as_file(positions: list[Position], topics: list[Topic]) -> PositionFile:
    """A position file holding just these positions and topics."""
    return PositionFile.model_construct(
        format_version=1, sources=[], leaders=[], organizations=[], topics=topics, visits=[], plans=[],
        positions=positions,
    )


def main() -> None:
    """Build the data, time everything, print a table and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--positions", type=int, default=1_000_000)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--diff-size", type=int, default=100_000)
    parser.add_argument("--deepdiff-size", type=int, default=20_000,
                        help="positions per file given to deepdiff (100000 takes minutes)")
    parser.add_argument("--quick", action="store_true", help="a tenth of every size")
    args = parser.parse_args()
    if args.quick:
        args.positions, args.pairs, args.diff_size = args.positions // 10, args.pairs // 10, args.diff_size // 10
        args.deepdiff_size //= 10

    started = time.perf_counter()
    positions, topics = build_positions(args.positions, args.pairs)
    vocabulary = Vocabulary(topics, include_shipped=False)
    print(f"setup: {len(positions):,} positions over {args.pairs:,} pairs in {time.perf_counter() - started:.1f} s")

    print("\ntimeline (goal < 2 s for 1,000,000 positions)")
    print(f"  {'positions':>10}  {'seconds':>8}  {'µs/position':>11}")
    found: Any = None
    for share in (8, 4, 2, 1):
        subset = positions[: len(positions) // share]
        found, seconds = timed(lambda subset=subset: timeline(subset, vocabulary=vocabulary))  # type: ignore[misc]
        print(f"  {len(subset):>10,}  {seconds:>8.3f}  {seconds / len(subset) * 1e6:>11.2f}")
    timeline_seconds = seconds
    print(f"  tracks: {len(found):,}; steps that changed the stance: "
          f"{sum(k in ('reversed', 'shifted') for t in found for k in t.kinds):,}")

    old_positions = positions[: args.diff_size]
    new_positions = edited(old_positions, 0.01)
    old, new = as_file(old_positions, topics), as_file(new_positions, topics)
    print(f"\ndiff of {len(old_positions):,} and {len(new_positions):,} positions (goal < 1 s)")
    changes, diff_seconds = timed(lambda: diff(old, new, vocabulary=vocabulary))
    print(f"  diplotrack.diff: {diff_seconds:8.3f} s, {len(changes):,} changes")
    print(f"  kinds: {dict(sorted(changes.counts().items()))}")

    # deepdiff grows faster than n log n (about 4 s at 10,000 positions, 6 minutes at 100,000
    # here), so by default it gets the first --deepdiff-size positions of both files and
    # diplotrack.diff is timed again on exactly that data (edited the same way) for the ratio.
    size = min(args.deepdiff_size, len(old_positions))
    old_slice = old_positions[:size]
    new_slice = edited(old_slice, 0.01)
    small_changes, small_seconds = timed(
        lambda: diff(as_file(old_slice, topics), as_file(new_slice, topics), vocabulary=vocabulary)
    )
    # deepdiff compares plain data, so dumping is not timed; ignore_order matches diff's disregard for order.
    old_data = [p.model_dump(mode="json") for p in old_slice]
    new_data = [p.model_dump(mode="json") for p in new_slice]
    found_diff, deep_seconds = timed(lambda: DeepDiff(old_data, new_data, ignore_order=True))
    print(f"\nsame data, {len(old_slice):,} and {len(new_slice):,} positions")
    print(f"  diplotrack.diff: {small_seconds:8.3f} s, {len(small_changes):,} typed changes")
    print(f"  deepdiff (ignore_order=True): {deep_seconds:8.3f} s, "
          f"{len(found_diff.get('iterable_item_added', {})):,} items added and "
          f"{len(found_diff.get('iterable_item_removed', {})):,} removed, untyped")

    print("\nratios")
    print(f"  deepdiff / diplotrack.diff on {len(old_slice):,} positions: {deep_seconds / small_seconds:,.1f}x")
    print(f"  timeline of {len(positions):,} / diff of {len(old_positions):,}: {timeline_seconds / diff_seconds:.1f}x")
    print(f"  timeline goal met: {timeline_seconds < 2 * len(positions) / 1_000_000}; diff goal met: "
          f"{diff_seconds < 1 * len(old_positions) / 100_000}")


if __name__ == "__main__":
    main()
