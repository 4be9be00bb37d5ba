"""Phrase lookup by token n-grams: one dict probe per candidate, no regex per name.

Gazetteers (leaders, places, organisations, titles, verbs) all map folded
token sequences to values; matching a sentence costs a few dict probes per
token whatever the size of the gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Generic, TypeVar

from diplotrack.parse.text import Token, fold, tokenize

__all__ = ["PhraseIndex", "PhraseMatch", "fold", "phrase_key"]

V = TypeVar("V")
_NO_WORDS: frozenset[str] = frozenset()


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded tokens of a phrase, as used for lookup.

    Examples:
        >>> phrase_key("Mahmoud Abbas")
        ('mahmoud', 'abbas')
    """
    return tuple(token.folded for token in tokenize(phrase))


class PhraseMatch(Generic[V]):
    """A match of tokens ``first`` to ``last`` (exclusive) and the values stored there.

    A plain class with slots, built about three times faster than a frozen attrs class (which sets
    each field through ``object.__setattr__``): every sentence makes dozens of matches. The fields
    are never reassigned (``Final``); matches are equal and hashed by their fields.
    """

    __slots__ = ("first", "last", "values")

    def __init__(self, first: int, last: int, values: tuple[V, ...]) -> None:
        self.first: Final = first
        self.last: Final = last
        self.values: Final = values

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhraseMatch):
            return NotImplemented
        return (self.first, self.last, self.values) == (other.first, other.last, other.values)

    def __hash__(self) -> int:
        return hash((self.first, self.last, self.values))

    def __repr__(self) -> str:
        return f"PhraseMatch(first={self.first!r}, last={self.last!r}, values={self.values!r})"


class PhraseIndex(Generic[V]):
    """Folded token sequences -> values, matched longest-first over token lists.

    Examples:
        >>> index: PhraseIndex[str] = PhraseIndex()
        >>> index.add("Prime Minister", "pm"); index.add("Minister", "m")
        >>> [(m.first, m.last, m.values) for m in index.scan(tokenize("the prime minister spoke"))]
        [(1, 3, ('pm',))]
    """

    def __init__(self) -> None:
        # Values are kept as tuples, so a match hands them out without a copy.
        self._entries: dict[tuple[str, ...], tuple[V, ...]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        # Every proper prefix (of two words or more) of a stored phrase: a match grows only through these.
        self._prefixes: set[tuple[str, ...]] = set()
        # The second words of the phrases of two words or more, by first word: most probes ("the", "to")
        # are of a word whose next one goes on with no phrase, so only the word alone can match.
        self._followers: dict[str, set[str]] = {}

    def add(self, phrase: str | Sequence[str], value: V) -> None:
        """Store ``value`` under a phrase (text, or already folded tokens)."""
        key = phrase_key(phrase) if isinstance(phrase, str) else tuple(phrase)
        if not key:
            return
        values = self._entries.get(key, ())
        if value not in values:
            self._entries[key] = (*values, value)
        self._prefixes.update(key[:length] for length in range(2, len(key)))
        if len(key) >= 2:
            self._followers.setdefault(key[0], set()).add(key[1])
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
        return self._entries.get(key, ())

    @property
    def first_words(self) -> Mapping[str, tuple[int, ...]]:
        """The folded words that begin some phrase (with the phrases' lengths, longest first)."""
        return self._lengths

    def match_at(self, words: Sequence[str], index: int) -> PhraseMatch[V] | None:
        """The longest phrase starting at ``words[index]`` (folded words), if any."""
        word = words[index]
        lengths = self._lengths.get(word)
        if not lengths:
            return None
        entries = self._entries
        size = len(words)
        if index + 1 == size or words[index + 1] not in self._followers.get(word, _NO_WORDS):
            values = entries.get((word,))
            return PhraseMatch(index, index + 1, values) if values is not None else None
        if lengths[0] > 2:
            # Grow the phrase word by word while it is still the start of a stored one,
            # instead of probing every stored length.
            prefixes = self._prefixes
            best = 0
            best_values = entries.get((words[index],))
            if best_values is not None:
                best = 1
            length = 2
            limit = min(lengths[0], size - index)
            while length <= limit:
                key = tuple(words[index : index + length])
                values = entries.get(key)
                if values is not None:
                    best, best_values = length, values
                if key not in prefixes:
                    break
                length += 1
            if best_values is not None:
                return PhraseMatch(index, index + best, best_values)
            return None
        for length in lengths:
            if index + length <= size:
                values = entries.get(tuple(words[index : index + length]))
                if values:
                    return PhraseMatch(index, index + length, values)
        return None

    def scan(self, tokens: Sequence[Token], words: Sequence[str] | None = None) -> list[PhraseMatch[V]]:
        """Non-overlapping longest matches, left to right (``words``: the tokens' folded forms)."""
        if words is None:
            words = [token.folded or fold(token.text) for token in tokens]
        lengths_of = self._lengths.get
        matches: list[PhraseMatch[V]] = []
        index = 0
        size = len(words)
        while index < size:
            # Most words start no phrase: one dict probe, no call.
            if lengths_of(words[index]) is None:
                index += 1
                continue
            match = self.match_at(words, index)
            if match is None:
                index += 1
            else:
                matches.append(match)
                index = match.last
        return matches
