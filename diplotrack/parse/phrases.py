"""Phrase lookup by token n-grams: one dict probe per candidate, no regex per name.

Gazetteers (leaders, places, organisations, titles, verbs) all map folded
token sequences to values; matching a sentence costs a few dict probes per
token whatever the size of the gazetteer.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

import attrs

from diplotrack.parse.text import Token, tokenize

V = TypeVar("V")


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case- and accent-free form of a token, with typographic apostrophes made plain.

    Examples:
        >>> fold("Zelenskyy’s"), fold("Sánchez")
        ("zelenskyy's", 'sanchez')
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded tokens of a phrase, as used for lookup.

    Examples:
        >>> phrase_key("Mahmoud Abbas")
        ('mahmoud', 'abbas')
    """
    return tuple(fold(token.text) for token in tokenize(phrase))


@attrs.frozen
class PhraseMatch(Generic[V]):
    """A match of tokens ``first`` to ``last`` (exclusive) and the values stored there."""

    first: int
    last: int
    values: tuple[V, ...]


class PhraseIndex(Generic[V]):
    """Folded token sequences -> values, matched longest-first over token lists.

    Examples:
        >>> index: PhraseIndex[str] = PhraseIndex()
        >>> index.add("Prime Minister", "pm"); index.add("Minister", "m")
        >>> [(m.first, m.last, m.values) for m in index.scan(tokenize("the prime minister spoke"))]
        [(1, 3, ('pm',))]
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[V]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}

    def add(self, phrase: str | Sequence[str], value: V) -> None:
        """Store ``value`` under a phrase (text, or already folded tokens)."""
        key = phrase_key(phrase) if isinstance(phrase, str) else tuple(phrase)
        if not key:
            return
        values = self._entries.setdefault(key, [])
        if value not in values:
            values.append(value)
        # Lengths of the phrases starting with this word, longest first.
        self._lengths[key[0]] = tuple(sorted({*self._lengths.get(key[0], ()), len(key)}, reverse=True))

    def add_all(self, phrases: Iterable[str], value: V) -> None:
        """Store ``value`` under every phrase."""
        for phrase in phrases:
            self.add(phrase, value)

    def all_values(self) -> list[V]:
        """Every stored value, once, in insertion order."""
        seen: list[V] = []
        for values in self._entries.values():
            seen.extend(value for value in values if value not in seen)
        return seen

    def get(self, key: tuple[str, ...]) -> tuple[V, ...]:
        """The values stored under a folded key."""
        return tuple(self._entries.get(key, ()))

    def match_at(self, words: Sequence[str], index: int) -> PhraseMatch[V] | None:
        """The longest phrase starting at ``words[index]`` (folded words), if any."""
        lengths = self._lengths.get(words[index])
        if not lengths:
            return None
        entries = self._entries
        for length in lengths:
            if index + length <= len(words):
                values = entries.get(tuple(words[index : index + length]))
                if values:
                    return PhraseMatch(index, index + length, tuple(values))
        return None

    def scan(self, tokens: Sequence[Token]) -> list[PhraseMatch[V]]:
        """Non-overlapping longest matches, left to right."""
        words = [fold(token.text) for token in tokens]
        matches: list[PhraseMatch[V]] = []
        index = 0
        while index < len(words):
            match = self.match_at(words, index)
            if match is None:
                index += 1
            else:
                matches.append(match)
                index = match.last
        return matches
