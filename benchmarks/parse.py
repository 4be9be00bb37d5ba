"""Parser throughput on one core: articles/s and MB/s over a corpus of at least 1 MB.

The corpus is built from the annotated articles under tests/corpus/dev (and the
seed), each repeated with its leaders' sentences shuffled so no two copies are
identical. Figures are printed with their ratio to a baseline run in the same
process: a plain regular-expression sentence split over the same texts.

Run: python benchmarks/parse.py [--mb 1.5] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import re
import time
import tracemalloc
from pathlib import Path

from diplotrack.commands._inputs import load_annotated
from diplotrack.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float) -> list[str]:
    """Article texts totalling at least ``megabytes``, varied by shuffling paragraphs."""
    sources = [load_annotated(str(p)).text for p in sorted((ROOT / "tests" / "corpus" / "dev").glob("*.yaml"))]
    sources.append((ROOT / "seeds" / "000_35a98759154c98ed.txt").read_text("utf-8"))
    randomizer = random.Random(3)
    texts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        paragraphs = randomizer.choice(sources).split("\n\n")
        randomizer.shuffle(paragraphs)
        text = "\n\n".join(paragraphs)
        texts.append(text)
        size += len(text.encode("utf-8"))
    return texts


def main() -> None:
    """Print throughput and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.2)
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the fastest is reported")
    args = parser.parse_args()
    texts = corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    parse_article(texts[0])  # load the gazetteers outside the timing

    splitter = re.compile(r"(?<=[.!?])\s+")
    began = time.perf_counter()
    for text in texts:
        splitter.split(text)
    baseline = time.perf_counter() - began

    tracemalloc.start()
    began = time.perf_counter()
    for text in texts:
        parse_article(text)
    elapsed = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Best of several untraced runs: on a shared machine the fastest run is the least disturbed.
    untraced = float("inf")
    for _ in range(args.runs):
        began = time.perf_counter()
        for text in texts:
            parse_article(text)
        untraced = min(untraced, time.perf_counter() - began)

    print(f"corpus: {len(texts)} articles, {megabytes:.2f} MB")
    print(f"parse: {len(texts) / untraced:.0f} articles/s, {megabytes / untraced:.2f} MB/s (one core)")
    print(f"baseline regex split: {megabytes / baseline:.1f} MB/s; parse takes {untraced / baseline:.0f}x the baseline")
    print(f"peak traced memory while parsing: {peak / 1e6:.1f} MB (traced run {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
