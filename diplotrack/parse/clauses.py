"""Who is the subject of a word in a sentence: the shared holder/visitor finder."""

from __future__ import annotations

from collections.abc import Sequence

from diplotrack.parse.mentions import Mention, is_object
from diplotrack.parse.text import Token

_JOINERS = frozenset({",", "and", "&"})
CLAUSE_BREAKS = frozenset({";", "—", "–", ":", "“", '"'})


def group_of(mentions: Sequence[Mention], anchor: Mention, tokens: Sequence[Token]) -> list[Mention]:
    """The anchor and the mentions coordinated with it ("Ireland, Spain and Norway")."""
    ordered = sorted(mentions, key=lambda m: m.first)
    position = ordered.index(anchor)
    group = [anchor]
    for direction in (-1, 1):
        current = anchor
        index = position + direction
        while 0 <= index < len(ordered):
            other = ordered[index]
            left, right = (other, current) if direction < 0 else (current, other)
            between = tokens[left.last : right.first]
            if other.kind != anchor.kind or not between or not all(t.lower in _JOINERS for t in between):
                break
            group.append(other)
            current = other
            index += direction
    return sorted(group, key=lambda m: m.first)


def subject_before(
    mentions: Sequence[Mention], tokens: Sequence[Token], position: int, *, floor: int = 0
) -> list[Mention]:
    """The nearest non-object holder mention before token ``position``, with its group."""
    candidates = [m for m in mentions if floor <= m.first and m.last <= position and not is_object(tokens, m)]
    if not candidates:
        return []
    anchor = max(candidates, key=lambda m: m.first)
    if anchor.kind == "leader":
        # A leader outranks a country named nearer the verb ("Xi said China ...").
        pass
    return group_of([m for m in candidates if m.kind == anchor.kind], anchor, tokens)


def subject_after(mentions: Sequence[Mention], position: int, limit: int = 4) -> list[Mention]:
    """A speaker named just after a reporting verb: '..., said Macron' / '..., he said'."""
    for mention in mentions:
        if position <= mention.first <= position + limit:
            return [mention]
    return []
