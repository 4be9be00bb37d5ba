"""``diplotrack parse -j N``: several processes give the same files as one."""

from __future__ import annotations

from pathlib import Path

from diplotrack.cli import main

DEV = sorted((Path(__file__).parent / "corpus" / "dev").glob("*.yaml"))[:4]


def test_parallel_parse_writes_the_same_files_as_sequential(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["parse", *map(str, DEV), "-o", str(one)]) == 0
    assert main(["parse", "-j", "2", *map(str, DEV), "-o", str(two)]) == 0
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir()) and len(names) == len(DEV)
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes()
    assert main(["validate", str(two)]) == 0
