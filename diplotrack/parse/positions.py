"""Stated positions: stance verbs and reported speech, their holders, topics and stances.

Each stance verb ("calls for", "condemned", "did not rule out") gives one
position per holder and per coordinated object ("the protection of X and the
resumption of Y" gives two). A reporting verb ("said", "told") gives one when
no stance verb of the same holder is in the sentence; its stance is read from
what was said: negations and negative words are counted, an odd count opposes,
a hedge ("difficult but") is neutral. "Describing it as ..." is judged the same
way and stands beside the sentence's other verbs.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.clauses import CLAUSE_BREAKS, subject_after, subject_before
from diplotrack.parse.lexicon import VerbSense, cue_words, verb_index
from diplotrack.parse.mentions import Mention
from diplotrack.parse.phrases import PhraseMatch, fold
from diplotrack.parse.text import Sentence, Token

_TOPIC_STOPS = frozenset(
    {
        ",",
        ";",
        ":",
        ".",
        "!",
        "?",
        "—",
        "–",
        "which",
        "who",
        "because",
        "following",
        "after",
        "since",
        "while",
        "when",
        "saying",
        "adding",
        "as",
        "but",
        "”",
        '"',
        "(",
        ")",
        "if",
        "so",
        "whereas",
    }
)
_QUOTES = frozenset({"“", "”", '"'})
_TOPIC_SKIP = frozenset({"that", "the", "a", "an", "for", "to", "it", "of", "on", "with", "need", "importance"})
_TOPIC_TRAIL = frozenset({"the", "a", "an", "of", "to", "and", "in", "on", "for", "also", "with", "by", "its", "their"})
_NEGATORS = frozenset({"not", "n't", "never", "refused", "declined", "no"})
_MAX_TOPIC_TOKENS = 10
_TOPIC_WINDOW = 30
_MERGE_GAP = 5


@attrs.frozen
class FoundPosition:
    """A position found in a sentence, before it becomes a model."""

    holder: Mention
    sentence: int
    start: int
    end: int
    stance: str
    strength: str | None
    verb: str
    wording: str
    reported_by: str | None


@attrs.frozen
class _Phrase:
    first: int
    last: int


def _object_phrases(tokens: Sequence[Token], first: int, *, assess: bool = False) -> list[_Phrase]:
    """Noun phrases after a verb, cut at the clause end, split at "and the"."""
    index = first
    if assess:
        # "describing it as an “awful crime”": the description follows "as", quotes and all.
        for position in range(first, min(first + 4, len(tokens))):
            if tokens[position].lower == "as":
                index = position + 1
                break
    stops = _TOPIC_STOPS - _QUOTES - {"as"} if assess else _TOPIC_STOPS
    while index < len(tokens) and tokens[index].lower in _TOPIC_SKIP:
        index += 1
    stop = index
    while stop < len(tokens) and tokens[stop].lower not in stops and stop - index < _TOPIC_WINDOW:
        stop += 1
    phrases: list[_Phrase] = []
    begin = index
    for position in range(index, stop - 1):
        if tokens[position].lower == "and" and tokens[position + 1].lower in ("the", "a", "an"):
            phrases.append(_Phrase(begin, position))
            begin = position + 2
    phrases.append(_Phrase(begin, stop))
    trimmed = []
    for phrase in phrases:
        last = min(phrase.last, phrase.first + _MAX_TOPIC_TOKENS)
        while last > phrase.first and tokens[last - 1].lower in _TOPIC_TRAIL:
            last -= 1
        if last > phrase.first:
            trimmed.append(_Phrase(phrase.first, last))
    return trimmed


def _content_stance(words: Sequence[str]) -> str:
    negative, negations, hedges = cue_words()
    joined = " " + " ".join(words) + " "
    if any(" " + " ".join(hedge) + " " in joined for hedge in hedges):
        return "neutral"
    count = sum(1 for word in words if word in negative or word in negations)
    return "oppose" if count % 2 else "support"


def _negated_stance(sense: VerbSense) -> str:
    return "oppose" if sense.stance == "support" else "neutral"


@functools.cache
def report_lemmas() -> frozenset[str]:
    """Lemmas of the reporting verbs."""
    return frozenset(sense.lemma for sense in verb_index().all_values() if sense.kind == "report")


class _SentencePositions:
    def __init__(self, sentence: Sentence, mentions: Sequence[Mention], actors: ArticleActors) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.words = [fold(token.text) for token in sentence.tokens]
        self.mentions = [m for m in mentions if m.kind != "leader" or not actors.entities[m.ref].history_only]
        self.actors = actors

    def holders(self, match: PhraseMatch[VerbSense]) -> list[Mention]:
        floor = 0
        for index in range(match.first - 1, -1, -1):
            if self.tokens[index].text in CLAUSE_BREAKS:
                floor = index + 1
                break
        found = subject_before(self.mentions, self.tokens, match.first, floor=floor)
        if not found:
            found = subject_before(self.mentions, self.tokens, match.first)
        if not found and match.values[0].kind == "report":
            found = subject_after(self.mentions, match.last)
        return found

    def reported_by(self, holder: Mention) -> str | None:
        entity = self.actors.entities.get(holder.ref) if holder.office else None
        return f"{entity.name.split()[-1]}'s office" if entity is not None else None

    def verbs(self) -> list[PhraseMatch[VerbSense]]:
        # A capitalised verb form inside a sentence is a name ("the United States").
        return [m for m in verb_index().scan(self.tokens) if m.first == 0 or not self.tokens[m.first].capitalized]

    def stance_of(self, match: PhraseMatch[VerbSense]) -> str:
        sense = match.values[0]
        if sense.kind != "stance" or sense.stance is None:
            return _content_stance(self.words[match.last :])
        if any(word in _NEGATORS for word in self.words[max(0, match.first - 3) : match.first]):
            return _negated_stance(sense)
        return sense.stance

    def run(self) -> list[FoundPosition]:
        found: list[FoundPosition] = []
        previous: tuple[PhraseMatch[VerbSense], list[Mention], str] | None = None
        for match in self.verbs():
            holders = self.holders(match)
            if not holders:
                continue
            stance = self.stance_of(match)
            sense = match.values[0]
            if (
                previous is not None
                and previous[1] == holders
                and match.first - previous[0].last <= _MERGE_GAP
                and previous[0].values[0].kind == "stance"
                and sense.kind == "stance"
            ):
                # "refused to back X", "asked the G20 to back X": one position; the first verb decides.
                found = [p for p in found if p.verb != previous[0].values[0].lemma or p.sentence != self.sentence.index]
                stance = previous[2] if previous[2] == "oppose" or stance == "neutral" else stance
                match = PhraseMatch(previous[0].first, match.last, previous[0].values)
            previous = (match, holders, stance)
            found.extend(self.positions(match, holders, stance))
        return self._drop_covered_reports(found)

    def positions(self, match: PhraseMatch[VerbSense], holders: Sequence[Mention], stance: str) -> list[FoundPosition]:
        sense = match.values[0]
        phrases = _object_phrases(self.tokens, match.last, assess=sense.kind == "assess")
        if sense.kind != "stance":
            phrases = phrases[:1]
        found = []
        verb_start = self.tokens[match.first].start
        verb_end = self.tokens[match.last - 1].end
        for holder in holders:
            for index, phrase in enumerate(phrases or [None]):
                if phrase is None:
                    wording, start, end = sense.lemma, verb_start, verb_end
                else:
                    first, last = self.tokens[phrase.first], self.tokens[phrase.last - 1]
                    wording = self.sentence.text[first.start - self.sentence.start : last.end - self.sentence.start]
                    start, end = (verb_start if index == 0 else first.start), last.end
                found.append(
                    FoundPosition(
                        holder,
                        self.sentence.index,
                        start,
                        end,
                        stance,
                        sense.strength,
                        sense.lemma,
                        wording,
                        self.reported_by(holder),
                    )
                )
        return found

    def _drop_covered_reports(self, found: list[FoundPosition]) -> list[FoundPosition]:
        reports = report_lemmas()
        direct = {(p.holder.kind, p.holder.ref) for p in found if p.verb not in reports}
        kept: list[FoundPosition] = []
        seen: set[tuple[str, str]] = set()
        for position in found:
            key = (position.holder.kind, position.holder.ref)
            if position.verb in reports and (key in direct or key in seen):
                continue
            if position.verb in reports:
                seen.add(key)
            kept.append(position)
        return kept


def find_positions(sentences: Sequence[Sentence], actors: ArticleActors, skip: frozenset[int]) -> list[FoundPosition]:
    """Positions of every sentence not in ``skip`` (plan item lines)."""
    found: list[FoundPosition] = []
    for sentence in sentences:
        if sentence.index not in skip:
            found.extend(_SentencePositions(sentence, actors.mentions[sentence.index], actors).run())
    return found
