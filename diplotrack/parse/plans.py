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
from diplotrack.parse.lexicon import gazetteer
from diplotrack.parse.mentions import Mention, is_object
from diplotrack.parse.phrases import fold
from diplotrack.parse.text import Sentence

_PLAN_NOUN = (
    r"(?:plan|formula|proposal|proposals|initiative|roadmap|road map|framework|document|paper|blueprint"
    r"|agenda|programme|program|strategy|demands|conditions|points|steps|principles|route|path|vision|commitments)"
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_NAMED = re.compile(
    rf"\b{_NUMBER}-(?:point|step|part|stage|phase)(?:[ \t]+[\"“]?[\w-]+[\"”]?){{0,3}}?[ \t]+[\"“]?{_PLAN_NOUN}\b[\"”]?",
    re.IGNORECASE,
)
_ANY_PLAN = re.compile(rf"\b(?:peace[ \t]+)?{_PLAN_NOUN}\b", re.IGNORECASE)
_INTRO = re.compile(
    r"\b(?:asks?[ \t]+[\w'’]+(?:[ \t]+[\w'’]+)?[ \t]+for|asked[ \t]+[\w'’]+(?:[ \t]+[\w'’]+)?[ \t]+for"
    r"|which[ \t]+(?:includes|included|include|calls[ \t]+for|comprises)"
    r"|that[ \t]+(?:includes|included|include|calls[ \t]+for)"
    r"|including|includes|consisting[ \t]+of|comprising|calling[ \t]+for|calls[ \t]+for)\b|:",
    re.IGNORECASE,
)
# "Phase one: ...", "Step 2, within a month: ...": a staged plan, one item per line.
_PHASE = re.compile(
    rf"\A(?:phase|stage|step|part|point)[ \t]+(?:{_NUMBER}|[ivx]{{1,4}}|first|second|third|fourth|fifth|final|last)\b"
    r"[^:\n]{0,60}:[ \t]*",
    re.IGNORECASE,
)
# "drawn up by the Quartet", "put forward by Saudi Arabia's Crown Prince": the proposer follows "by".
_AGENT = re.compile(
    r"\b(?:put[ \t]+forward|drawn[ \t]+up|drafted|proposed|presented|unveiled|tabled|brokered|written)[ \t]+by\b",
    re.IGNORECASE,
)
_JOINT = re.compile(r"\bjoint[ \t]+(?:statement|declaration|communiqu[eé])\b", re.IGNORECASE)
# A piece that only qualifies the item before it ("..., including X").
_ATTACHED = re.compile(r"\A[ \t]*(?:including|with|in[ \t]+exchange|so[ \t]+that|which|who|where)\b", re.IGNORECASE)
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
    joined: list[tuple[str, int]] = []
    for piece, piece_offset in pieces:
        if joined and _ATTACHED.match(piece):
            previous_offset = joined[-1][1]
            joined[-1] = (text[previous_offset : piece_offset + len(piece)], previous_offset)
        else:
            joined.append((piece, piece_offset))
    items = [_clean(piece, start + piece_offset) for piece, piece_offset in joined]
    return [item for item in items if item is not None]


_PROPOSING = re.compile(
    r"\b(?:propos|unveil|present|set[ \t]+out|sets[ \t]+out|put[ \t]+forward|puts[ \t]+forward|outlin|lay[ \t]+out"
    r"|laid[ \t]+out|lays[ \t]+out|offer|submit|tabled|announc|launch)",
    re.IGNORECASE,
)


class _PlanFinder:
    def __init__(self, sentences: Sequence[Sentence], actors: ArticleActors) -> None:
        self.sentences = sentences
        self.actors = actors
        self.context: tuple[tuple[Mention, ...], str | None] = ((), None)
        self.item_sentences: set[int] = set()

    def mentions(self, sentence: Sentence) -> list[Mention]:
        return list(self.actors.mentions[sentence.index]) if sentence.index < len(self.actors.mentions) else []

    def proposer(self, sentence: Sentence, position: int) -> Mention | None:
        found = subject_before(self.mentions(sentence), sentence.tokens, position)
        leaders = [m for m in found if m.kind == "leader"]
        candidates = leaders or found
        return candidates[0] if candidates else None

    def proposers(self, sentence: Sentence, plan_at: int) -> tuple[tuple[Mention, ...], bool]:
        """Who proposes the plan named at character ``plan_at``, and whether the cue is strong.

        Strong cues: an agent ("put forward by X"), a demonym or country before the plan
        noun ("an Israeli proposal"), or a subject with a proposing verb ("X unveiled a plan").
        """
        mentions = self.mentions(sentence)
        text = sentence.text
        agent = _AGENT.search(text)
        if agent is not None:
            after = [m for m in mentions if m.start >= sentence.start + agent.end()]
            if after:
                window = [m for m in after if m.start - after[0].start < 60]
                ranked = sorted(window, key=lambda m: ({"leader": 0, "org": 1}.get(m.kind, 2), m.start))
                return (ranked[0],), True
        token = self.token_at(sentence, sentence.start + plan_at)
        demonym = self.demonym_before(sentence, token)
        if demonym is not None:
            return (demonym,), True
        for mention in mentions:
            if mention.kind == "country" and token - 3 <= mention.last <= token and mention.first > 0:
                before = sentence.tokens[mention.first - 1].lower
                if before in ("a", "an", "the", "new") or sentence.tokens[mention.first - 1].text.lower() == "new":
                    return (mention,), True
        found = subject_before(mentions, sentence.tokens, token)
        leaders = [m for m in found if m.kind == "leader"]
        group = tuple(leaders or found)
        strong = bool(_PROPOSING.search(text[:plan_at])) or bool(_JOINT.search(text))
        joint = _JOINT.search(text)
        if joint is not None:
            signers = tuple(
                m
                for m in mentions
                if m.kind == "leader" and m.end <= sentence.start + joint.start() and not is_object(sentence.tokens, m)
            )
            return (signers or group), True
        return (group[:1], strong) if group else ((), False)

    def demonym_before(self, sentence: Sentence, token: int) -> Mention | None:
        """'a new Israeli proposal', 'the Saudi peace initiative': the country of a demonym."""
        tokens = sentence.tokens
        words = [fold(t.text) for t in tokens]
        for back in range(token - 1, max(-1, token - 3), -1):
            if not tokens[back].capitalized:
                if words[back] in ("peace", "ceasefire", "new"):
                    continue
                return None
            match = gazetteer().match_at(words, back)
            if match is not None and match.last == back + 1:
                for entry in match.values:
                    if entry.kind == "demonym":
                        return Mention(
                            "country", entry.ref, back, back + 1, tokens[back].start, tokens[back].end, "country"
                        )
            return None
        return None

    def token_at(self, sentence: Sentence, offset: int) -> int:
        for index, token in enumerate(sentence.tokens):
            if token.start >= offset:
                return index
        return len(sentence.tokens)

    def bullets_after(self, index: int) -> list[FoundItem]:
        items: list[FoundItem] = []
        for sentence in self.sentences[index + 1 :]:
            phase = _PHASE.match(sentence.text)
            if phase is not None:
                item = _clean(sentence.text[phase.end() :], sentence.start + phase.end())
            elif _BULLET.match(sentence.text):
                item = _clean(sentence.text, sentence.start)
            else:
                break
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
            any_plan = named or _ANY_PLAN.search(sentence.text) or _JOINT.search(sentence.text)
            name = named.group().strip('"“” ') if named else None
            if name is None and _JOINT.search(sentence.text):
                joint = _JOINT.search(sentence.text)
                name = joint.group().lower() if joint else None
            if any_plan is not None:
                found, strong = self.proposers(sentence, any_plan.start())
                if found and (not self.context[0] or (strong and (named is not None or not self.context[1]))):
                    self.context = (found, name or self.context[1])
                elif name and not self.context[1]:
                    self.context = (self.context[0], name)
            plans.extend(self.plans_in(sentence, any_plan is not None, name))
        return plans

    def _each(
        self, proposers: Sequence[Mention | None], name: str | None, items: Sequence[FoundItem], sentence: Sentence
    ) -> list[FoundPlan]:
        end = items[-1].end if items else sentence.end
        return [FoundPlan(p, name, tuple(items), sentence.index, sentence.start, end) for p in proposers or [None]]

    def plans_in(self, sentence: Sentence, has_plan_word: bool, name: str | None) -> list[FoundPlan]:
        text = sentence.text
        if _PHASE.match(text) and not text.rstrip().endswith(":"):
            # A run of "Phase one: ..." lines without an introducing colon sentence.
            items = self.bullets_after(sentence.index - 1) if sentence.index > 0 else []
            if len(items) >= 2:
                return self._each(self.context[0], name or self.context[1], items, sentence)
            for index in range(sentence.index, sentence.index + len(items)):
                self.item_sentences.discard(index)
            return []
        if text.rstrip().endswith(":"):
            items = self.bullets_after(sentence.index)
            if len(items) >= 2:
                proposer = self.proposer(sentence, len(sentence.tokens))
                proposers: Sequence[Mention | None] = (proposer,) if proposer is not None else self.context[0]
                return self._each(proposers, name or self.context[1], items, sentence)
            return []
        if not has_plan_word:
            return []
        intro = _INTRO.search(text)
        if intro is None:
            return []
        body_start = intro.end()
        items = split_items(text[body_start:], sentence.start + body_start)
        if len(items) < 2:
            return []
        proposer = self.proposer(sentence, self.token_at(sentence, sentence.start + intro.start()))
        found, strong = self.proposers(sentence, intro.start())
        chosen: Sequence[Mention | None] = (
            found if strong and found else ((proposer,) if proposer is not None else self.context[0])
        )
        return [
            FoundPlan(p, name, tuple(items), sentence.index, sentence.start, sentence.end) for p in chosen or [None]
        ]


def find_plans(sentences: Sequence[Sentence], actors: ArticleActors) -> tuple[list[FoundPlan], frozenset[int]]:
    """Plans of the article and the indices of the sentences that are plan item lines."""
    finder = _PlanFinder(sentences, actors)
    plans = finder.run()
    return plans, frozenset(finder.item_sentences)
