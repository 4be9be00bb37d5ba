"""Properties of diff, apply, invert, merge and timeline (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotrack.changes import apply, diff, invert, merge, normalize, resolver_for, timeline
from diplotrack.models import PositionFile
from tests.strategies import VOCABULARY, position_files, shuffled

SETTINGS = settings(max_examples=100, deadline=None)


def _same(a: PositionFile, b: PositionFile, *others: PositionFile) -> bool:
    resolver = resolver_for([t for f in (a, b, *others) for t in f.topics], VOCABULARY)
    return normalize(a, resolver) == normalize(b, resolver)


@SETTINGS
@given(position_files())
def test_diff_of_a_file_with_itself_is_empty(a: PositionFile) -> None:
    assert not diff(a, a, vocabulary=VOCABULARY)


@SETTINGS
@given(position_files(), position_files())
def test_applying_a_diff_gives_the_new_file(a: PositionFile, b: PositionFile) -> None:
    assert _same(apply(a, diff(a, b, vocabulary=VOCABULARY)), b, a)


@SETTINGS
@given(position_files(), position_files())
def test_the_reverse_diff_is_the_inverse(a: PositionFile, b: PositionFile) -> None:
    forward = diff(a, b, vocabulary=VOCABULARY)
    assert diff(b, a, vocabulary=VOCABULARY) == invert(forward)
    assert invert(invert(forward)) == forward


@SETTINGS
@given(position_files(), position_files(), st.data())
def test_record_order_never_changes_the_diff(a: PositionFile, b: PositionFile, data: st.DataObject) -> None:
    shuffled_a, shuffled_b = data.draw(shuffled(a)), data.draw(shuffled(b))
    assert diff(shuffled_a, shuffled_b, vocabulary=VOCABULARY) == diff(a, b, vocabulary=VOCABULARY)


@SETTINGS
@given(st.lists(position_files(), min_size=1, max_size=3), st.data())
def test_merge_is_order_independent(files: list[PositionFile], data: st.DataObject) -> None:
    reordered = [data.draw(shuffled(f)) for f in data.draw(st.permutations(files))]
    first, second = merge(files, vocabulary=VOCABULARY), merge(reordered, vocabulary=VOCABULARY)
    assert first.file == second.file
    assert first.conflicts == second.conflicts


@SETTINGS
@given(st.lists(position_files(), min_size=1, max_size=3))
def test_merge_is_idempotent(files: list[PositionFile]) -> None:
    once = merge(files, vocabulary=VOCABULARY).file
    assert merge([once], vocabulary=VOCABULARY).file == once
    assert merge([once, once], vocabulary=VOCABULARY).file == once


@SETTINGS
@given(position_files(), st.data())
def test_record_order_never_changes_the_timeline(a: PositionFile, data: st.DataObject) -> None:
    assert timeline(data.draw(shuffled(a)), vocabulary=VOCABULARY) == timeline(a, vocabulary=VOCABULARY)


@SETTINGS
@given(position_files())
def test_every_dated_position_is_on_the_timeline_once(a: PositionFile) -> None:
    found = timeline(a, vocabulary=VOCABULARY)
    assert sum(len(track) for track in found) == sum(1 for p in a.positions if p.date is not None)
    for track in found:
        dates = [p.date for p in track.positions]
        assert dates == sorted(dates)  # type: ignore[type-var]
