"""Mentions of actors in a sentence, and whether one stands as an object."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from diplotrack.parse.text import Token

MentionKind = Literal["leader", "country", "org"]
# "demonym": a country named by its adjective before a noun ("the Qatari proposal").
MentionForm = Literal["name", "title", "pronoun", "government", "capital", "place", "country", "demonym"]

# A mention right after one of these words is an object, not the subject.
OBJECT_MARKERS = frozenset(
    {
        "with",
        "by",
        "towards",
        "toward",
        "about",
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
    # Verbs whose object is a person spoken to or about: "warned Donald Trump", "informed Chancellor Merkel".
    | {"warned", "thanked", "congratulated", "praised", "criticised", "criticized", "informed", "briefed"}
    | {"succeeded", "replaced", "invited", "reminded", "assured", "blamed", "rebuked"}
    | {"press", "pressed", "pressing", "urge", "urging", "push", "pushed", "pushing"}
    # Verbs whose first object is the one given to: "brought Washington a package", "handed Abbas a letter".
    | {"brought", "handed", "gave", "offered", "showed"}
)
# The markers that make an object of the mention after them: "and" joins a list, it governs nothing.
_GOVERNING_MARKERS = OBJECT_MARKERS - {"and"}
_PHRASE_INNER = frozenset({"'s", "’s", "-"})
_TITLE_INNER = frozenset({"of", "for", "the"})


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


# Honorifics written with a stop: "Mr. Obama", "Dr. Rice".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})


def is_object(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a mention follows a preposition or a verb that takes it as object."""
    return object_marker(tokens, mention) in _GOVERNING_MARKERS


def object_marker(tokens: Sequence[Token], mention: Mention) -> str | None:
    """The word before a mention and the titles that introduce it ("met" in "met Chancellor Scholz")."""
    back = marker_index(tokens, mention)
    return tokens[back].lower if back >= 0 else None


def marker_index(tokens: Sequence[Token], mention: Mention) -> int:
    """Where the word before a mention and its titles stands (-1 at the sentence's start)."""
    back = mention.first - 1
    # Titles and demonyms before a name belong to it: skip them, with the small words
    # inside a title ("Secretary of State John Kerry", "Minister for Foreign Affairs").
    # A pronoun has none: "In Madrid on Wednesday he was received" is governed by no "on".
    while back >= 0 and mention.first - back < 7 and mention.form != "pronoun":
        token = tokens[back]
        if (
            token.capitalized
            or token.lower in _PHRASE_INNER
            # "asked Mr. Obama for": the stop of an honorific belongs to it.
            or (token.text == "." and back > 0 and tokens[back - 1].lower in _HONORIFICS)
            or (
                token.lower in _TITLE_INNER
                and back > 0
                and tokens[back - 1].capitalized
                and tokens[back + 1].capitalized
            )
        ):
            back -= 1
        else:
            break
    if back > 0 and tokens[back].lower in ("the", "a", "an") and tokens[back - 1].text.isalpha():
        back -= 1  # "with the Chinese leader": the article opens the mention, the word before governs it
    return back


def objects_joined_by_and(tokens: Sequence[Token], mention: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    """The objects a mention is listed with by "and", so that it is an object too: "received Haftar and Saleh",
    "talks with President Xi and Premier Li"."""
    joiner = marker_index(tokens, mention)
    if joiner < 0 or tokens[joiner].lower != "and":
        return []
    return [other for other in mentions if other.last == joiner and is_object(tokens, other)]


def is_possessive(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a mention is a possessor ("Macron's visit", "the president's brother")."""
    return mention.last < len(tokens) and tokens[mention.last].lower in ("'s", "’s")
