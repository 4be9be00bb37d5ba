"""Benchmark: validating a 100,000-position file against a bare YAML load and check-jsonschema.

Run by hand: ``python benchmarks/validate.py [--positions N]``. Prints the
time of a bare ``yaml.load(..., CSafeLoader)``, of diplotrack's validation,
and of ``check-jsonschema`` on the same file, with the ratios, plus the peak
memory of ``diplotrack validate`` run alone against the file size.

Goals (issue 2): validation within 3x the bare load, at least 2x faster than
check-jsonschema, peak memory under 10x the file size.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from diplotrack.validate import validate_file
from diplotrack.yamlio import dump_yaml

STANCES = ("support", "oppose", "neutral")
VERBS = ("calls for", "condemns", "backs", "warns against", "urges")


def build_document(positions: int) -> dict[str, object]:
    """A valid position file with ``positions`` positions over 1,000 leaders and 200 topics."""
    text = "".join(f"Leader {i} said something about topic {i % 200}. " for i in range(1000))
    leaders = [
        {
            "id": f"leader-{i}",
            "name": f"Leader {i}",
            "roles": [{"title": "Minister", "country": "FRA", "start": "2020-01-01"}],
        }
        for i in range(1000)
    ]
    topics = [{"id": f"topic-{i}", "label": f"topic {i}"} for i in range(200)]
    records = []
    for i in range(positions):
        leader = i % 1000
        quote = f"Leader {leader} said"
        start = text.index(quote + " something")
        records.append(
            {
                "id": f"position-{i}",
                "holder": f"leader-{leader}",
                "topic": f"topic-{i % 200}",
                "wording": f"topic {i % 200}",
                "stance": STANCES[i % 3],
                "verb": VERBS[i % 5],
                "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "evidence": [{"source": "corpus", "start": start, "end": start + len(quote), "quote": quote}],
            }
        )
    return {
        "format_version": 1,
        "sources": [{"id": "corpus", "title": "Synthetic corpus", "text": text}],
        "leaders": leaders,
        "topics": topics,
        "positions": records,
    }


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


_REPORT_OWN_PEAK = (
    "import resource, sys\n"
    "from diplotrack.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def peak_rss_of_validate(path: Path) -> tuple[int, float]:
    """Exit code and peak resident memory (bytes) of ``diplotrack validate PATH`` run alone.

    The child reports its own peak: the kernel's figure for children is the
    largest of any child so far, which would mix in other processes.
    """
    result = subprocess.run(
        [sys.executable, "-c", _REPORT_OWN_PEAK, "validate", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    return result.returncode, int(result.stderr.split()[-1]) * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--positions", type=int, default=100_000)
    parser.add_argument("--write", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        Path(args.write).write_text(dump_yaml(build_document(args.positions)), encoding="utf-8")
        return

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "positions.yaml"
        # Built in a child: this process stays small, so the children it forks
        # below do not start out with its memory counted in their peak.
        subprocess.run([sys.executable, __file__, "--write", str(path), "--positions", str(args.positions)], check=True)
        size = path.stat().st_size
        print(f"file: {args.positions:,} positions, {size / 1e6:.1f} MB")

        def bare_load() -> None:
            with path.open("rb") as stream:
                yaml.load(stream, Loader=yaml.CSafeLoader)

        def ours() -> None:
            report = validate_file(str(path))
            assert report.valid, report.issues[:3]

        schema = Path(__file__).resolve().parent.parent / "schemas" / "position-file.schema.json"
        jsonschema_command = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), str(path)]

        code, peak = peak_rss_of_validate(path)
        assert code == 0
        bare = min(timed(bare_load) for _ in range(2))
        validate = min(timed(ours) for _ in range(2))
        external = timed(lambda: subprocess.run(jsonschema_command, stdout=subprocess.DEVNULL, check=True))

    print(f"bare yaml.load (CSafeLoader) : {bare:7.2f} s   1.00x")
    print(f"diplotrack validate          : {validate:7.2f} s   {validate / bare:.2f}x bare load   (goal <= 3x)")
    speedup = external / validate
    print(f"check-jsonschema             : {external:7.2f} s   {speedup:.2f}x slower than diplotrack   (goal >= 2x)")
    print(f"peak memory of validate      : {peak / 1e6:7.0f} MB  {peak / size:.1f}x file size   (goal < 10x)")


if __name__ == "__main__":
    main()
