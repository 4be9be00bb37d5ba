"""Plans: proposals with several named parts and their proposer.

Three shapes are recognised: an inline list after "includes", "including",
"calls for" or a colon ("a four-point plan, which includes A, B and C"); a
list of bulleted or numbered lines after a sentence that ends with a colon;
and a named N-point plan whose items follow in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.clauses import subject_before
from diplotrack.parse.mentions import Mention
from diplotrack.parse.text import Sentence

_PLAN_NOUN = (
    r"(?:plan|formula|proposal|proposals|initiative|roadmap|road map|framework|document|paper|blueprint"
    r"|agenda|programme|program|strategy|demands|conditions|points|steps|principles)"
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_NAMED = re.compile(
    rf"\b{_NUMBER}-(?:point|step|part|stage|phase)(?:[ \t]+[\"“]?[\w-]+[\"”]?){{0,3}}?[ \t]+[\"“]?{_PLAN_NOUN}\b[\"”]?",
    re.IGNORECASE,
)
_ANY_PLAN = re.compile(rf"\b(?:peace[ \t]+)?{_PLAN_NOUN}\b", re.IGNORECASE)
_INTRO = re.compile(
    r"\b(?:which[ \t]+(?:includes|included|include|calls[ \t]+for|comprises)"
    r"|that[ \t]+(?:includes|included|include|calls[ \t]+for)"
    r"|including|includes|consisting[ \t]+of|comprising|calling[ \t]+for|calls[ \t]+for)\b|:",
    re.IGNORECASE,
)
_BULLET = re.compile(r"\A(?:[-*•–]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
_LEADING = re.compile(r"\A(?:and|or|to|as[ \t]+well[ \t]+as)[ \t]+", re.IGNORECASE)
_TRAILING = " \t;,.:"


@attrs.frozen
class FoundItem:
    """One part of a plan, with its offsets."""

    text: str
    start: int
    end: int


@attrs.frozen
class FoundPlan:
    """A plan found in the article."""

    proposer: Mention | None
    name: str | None
    items: tuple[FoundItem, ...]
    sentence: int
    start: int
    end: int


def _clean(text: str, start: int) -> FoundItem | None:
    """An item without list markers, leading "and"/"to" or trailing punctuation."""
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    for pattern in (_BULLET, _LEADING):
        match = pattern.match(stripped)
        if match:
            stripped = stripped[match.end() :]
            start += match.end()
    stripped = stripped.rstrip(_TRAILING)
    if stripped.endswith(" and") or stripped.endswith(" or"):
        stripped = stripped.rsplit(" ", 1)[0].rstrip(_TRAILING)
    return FoundItem(stripped, start, start + len(stripped)) if stripped else None


def split_items(text: str, start: int) -> list[FoundItem]:
    """Items of an inline list: split at semicolons, else commas, with the last "and" too.

    Examples:
        >>> [i.text for i in split_items("preventing escalation, securing aid, and fostering peace.", 0)]
        ['preventing escalation', 'securing aid', 'fostering peace']
    """
    separator = ";" if ";" in text else ","
    pieces: list[tuple[str, int]] = []
    offset = 0
    for piece in text.split(separator):
        pieces.append((piece, offset))
        offset += len(piece) + 1
    if len(pieces) >= 1:
        last, last_offset = pieces[-1]
        cut = last.rfind(" and ")
        if cut > 0 and not last.lstrip().lower().startswith("and "):
            pieces[-1:] = [(last[:cut], last_offset), (last[cut:], last_offset + cut)]
    items = [_clean(piece, start + piece_offset) for piece, piece_offset in pieces]
    return [item for item in items if item is not None]


class _PlanFinder:
    def __init__(self, sentences: Sequence[Sentence], actors: ArticleActors) -> None:
        self.sentences = sentences
        self.actors = actors
        self.context: tuple[Mention | None, str | None] = (None, None)
        self.item_sentences: set[int] = set()

    def proposer(self, sentence: Sentence, position: int) -> Mention | None:
        mentions = list(self.actors.mentions[sentence.index])
        found = subject_before(mentions, sentence.tokens, position)
        leaders = [m for m in found if m.kind == "leader"]
        candidates = leaders or found
        return candidates[0] if candidates else None

    def token_at(self, sentence: Sentence, offset: int) -> int:
        for index, token in enumerate(sentence.tokens):
            if token.start >= offset:
                return index
        return len(sentence.tokens)

    def bullets_after(self, index: int) -> list[FoundItem]:
        items: list[FoundItem] = []
        for sentence in self.sentences[index + 1 :]:
            if not _BULLET.match(sentence.text):
                break
            item = _clean(sentence.text, sentence.start)
            if item is not None:
                items.append(item)
                self.item_sentences.add(sentence.index)
        return items

    def run(self) -> list[FoundPlan]:
        plans: list[FoundPlan] = []
        for sentence in self.sentences:
            if sentence.index in self.item_sentences:
                continue
            named = _NAMED.search(sentence.text)
            any_plan = named or _ANY_PLAN.search(sentence.text)
            name = named.group().strip('"“” ') if named else None
            if any_plan is not None:
                proposer = self.proposer(sentence, self.token_at(sentence, sentence.start + any_plan.start()))
                if proposer is not None or name:
                    self.context = (proposer or self.context[0], name or self.context[1])
            plan = self.plan_in(sentence, any_plan is not None, name)
            if plan is not None:
                plans.append(plan)
        return plans

    def plan_in(self, sentence: Sentence, has_plan_word: bool, name: str | None) -> FoundPlan | None:
        text = sentence.text
        if text.rstrip().endswith(":"):
            items = self.bullets_after(sentence.index)
            if len(items) >= 2:
                proposer = self.proposer(sentence, len(sentence.tokens)) or self.context[0]
                return FoundPlan(
                    proposer, name or self.context[1], tuple(items), sentence.index, sentence.start, items[-1].end
                )
            return None
        if not has_plan_word:
            return None
        intro = _INTRO.search(text)
        if intro is None:
            return None
        body_start = intro.end()
        items = split_items(text[body_start:], sentence.start + body_start)
        if len(items) < 2:
            return None
        proposer = self.proposer(sentence, self.token_at(sentence, sentence.start + intro.start())) or self.context[0]
        return FoundPlan(proposer, name, tuple(items), sentence.index, sentence.start, sentence.end)


def find_plans(sentences: Sequence[Sentence], actors: ArticleActors) -> tuple[list[FoundPlan], frozenset[int]]:
    """Plans of the article and the indices of the sentences that are plan item lines."""
    finder = _PlanFinder(sentences, actors)
    plans = finder.run()
    return plans, frozenset(finder.item_sentences)
