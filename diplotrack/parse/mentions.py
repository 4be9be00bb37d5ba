"""Mentions of actors in a sentence, and whether one stands as an object."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from diplotrack.parse.text import Token

MentionKind = Literal["leader", "country", "org"]
MentionForm = Literal["name", "title", "pronoun", "government", "capital", "place", "country"]

# A mention right after one of these words is an object, not the subject.
OBJECT_MARKERS = frozenset(
    {
        "with",
        "by",
        "of",
        "to",
        "against",
        "from",
        "for",
        "on",
        "at",
        "in",
        "into",
        "meet",
        "met",
        "meeting",
        "accused",
        "urged",
        "told",
        "asked",
        "called",
        "hosted",
        "received",
        "welcomed",
        "than",
        "between",
        "and",
    }
)
_PHRASE_INNER = frozenset({"'s", "’s", "-"})


@attrs.frozen
class Mention:
    """A reference in a sentence to something that can hold a position or travel."""

    kind: MentionKind
    ref: str
    first: int
    last: int
    start: int
    end: int
    form: MentionForm
    office: bool = False


def is_object(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a mention follows a preposition or a verb that takes it as object."""
    back = mention.first - 1
    # Titles and demonyms before a name belong to it: skip them.
    while back >= 0 and mention.first - back < 6 and (tokens[back].capitalized or tokens[back].lower in _PHRASE_INNER):
        back -= 1
    return back >= 0 and tokens[back].lower in OBJECT_MARKERS - {"and"}
