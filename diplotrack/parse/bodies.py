"""Organisations the gazetteer does not list, known by the noun that heads their name.

Parties, movements, fronts and coalitions come and go faster than any list:
"the New Democratic Party", "the Movement for Democratic Change", "the Polisario
Front". A run of capitalised words holding such a head noun names a body, and
the body can then hold positions like any listed organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplotrack.models import OrganizationKind
from diplotrack.parse.text import Token

# Head nouns of bodies' names, and the kind of body each suggests.
_HEADS: dict[str, OrganizationKind] = {
    "party": "party",
    "front": "other",
    "movement": "other",
    "alliance": "other",
    "league": "other",
    "bloc": "other",
    "coalition": "other",
    "platform": "other",
    "council": "other",
    "rally": "other",
    "congress": "other",
    "army": "armed-group",
    "brigades": "armed-group",
    "militia": "armed-group",
    "forces": "armed-group",
}
# The head nouns, folded, for a quick test of whether a sentence may name such a body.
BODY_HEADS = frozenset(_HEADS)
# Lower-case words that may join the capitalised words of a name: "Movement for Democratic Change".
_JOINERS = frozenset({"of", "for", "and", "the", "de", "du", "la", "del", "des", "under"})
# Capitalised words that open sentences or clauses but no body's name.
_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and", "his"})
_LONGEST = 8


# Words that may follow the head noun of an apposition naming a body: "the party of", "the movement that".
_AFTER_APPOSED_HEAD = frozenset({"of", ",", "that", "which", "led", "founded", "headed", "."})
_APPOSED_REACH = 3


def _apposed_kind(tokens: Sequence[Token], end: int) -> OrganizationKind | None:
    """The kind of body an apposition after a name calls it: ", the party of ...", ", a rebel movement that"."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower not in ("the", "a"):
        return None
    for index in range(end + 2, min(len(tokens) - 1, end + 2 + _APPOSED_REACH)):
        word = tokens[index].lower
        if word in _HEADS and not tokens[index].capitalized:
            return _HEADS[word] if tokens[index + 1].lower in _AFTER_APPOSED_HEAD else None
    return None


@attrs.frozen
class UnlistedBody:
    """A body named in the text: its tokens ``first`` to ``last`` (exclusive), name and kind."""

    first: int
    last: int
    name: str
    kind: OrganizationKind


def _capital_after_joiners(tokens: Sequence[Token], joiner: int) -> bool:
    """Whether a capitalised word follows the joiner at ``joiner`` and at most one more ("for the Re-liberation")."""
    for index in range(joiner + 1, min(len(tokens), joiner + 3)):
        if tokens[index].capitalized:
            return True
        if tokens[index].lower not in _JOINERS:
            return False
    return False


def unlisted_body(tokens: Sequence[Token], first: int) -> UnlistedBody | None:
    """The body whose name starts at token ``first``, if its words hold a head noun.

    Examples:
        >>> from diplotrack.parse.text import tokenize
        >>> tokens = tokenize("the Movement for Democratic Change said")
        >>> unlisted_body(tokens, 1).name
        'Movement for Democratic Change'
        >>> unlisted_body(tokenize("Back in Ottawa, the New Democratic Party said"), 5).kind
        'party'
        >>> unlisted_body(tokenize("Party Secretary Li Qiang said"), 0) is None
        True
        >>> unlisted_body(tokenize("Democratic Change said"), 0) is None
        True
        >>> unlisted_body(tokenize("Fanmi Lavalas, the party of Aristide, said"), 0).kind
        'party'
        >>> unlisted_body(tokenize("the Alliance for the Re-liberation of Somalia signed"), 1).name
        'Alliance for the Re-liberation of Somalia'
    """
    if not tokens[first].capitalized or tokens[first].lower in _OPENERS:
        return None
    last = first
    head: int | None = None
    while last < len(tokens) and last - first < _LONGEST:
        token = tokens[last]
        if token.capitalized and token.text[0].isalpha():
            if token.lower in _HEADS:
                head = last
            last += 1
        elif token.lower in _JOINERS and head is not None and _capital_after_joiners(tokens, last):
            last += 1  # "of"/"for" may follow the head: "Alliance of Small Island States", "Alliance for the Re-"
        else:
            break
    while last > first and not tokens[last - 1].capitalized:
        last -= 1
    if head is None and last - first >= 2:
        kind = _apposed_kind(tokens, last)
        if kind is not None:
            # "Fanmi Lavalas, the party of ousted president Aristide,": the apposition says what it is.
            return UnlistedBody(first, last, " ".join(token.text for token in tokens[first:last]), kind)
    if head is None or last - first < 2:
        return None
    if head != last - 1 and tokens[head + 1].lower not in _JOINERS:
        return None  # "Party Secretary Li": the head noun opens a title, not a body's name
    name = " ".join(token.text for token in tokens[first:last])
    return UnlistedBody(first, last, name, _HEADS[tokens[head].lower])
