"""Score parser extractions against annotated-article gold files.

Matching rules (each gold record matches at most one predicted record, and
the other way round; matching is greedy in gold order):

- **Names** are compared after normalisation: accents and case removed,
  punctuation dropped, spaces collapsed. Two names match when equal (spaces
  aside: "Abdul Aziz" / "Abdulaziz"), or when
  they share the last word and the words of one are all in the other
  ("Jonas Store" / "Jonas Gahr Store"). Country names match by their ISO code
  ("Britain" / "United Kingdom"), and the shipped organisations by their
  names and aliases ("CARICOM" / "Caribbean Community"), and the shipped
  leaders likewise ("Moammar Gadhafi" / "Muammar Gaddafi"), also by a one-word
  alias with the leader's given names ("Viktor Yanukovich" / "Viktor Yanukovych").
- **Leaders** match by name.
- **Visits** match by visitor name and destination country. **Status accuracy**
  is the share of matched visits whose gold gives a status (planned, ongoing,
  completed, cancelled) with the same status.
- **Plans** match by proposer; among the proposer's plans the one sharing the
  most items is taken, and the plan counts as found when at least one item
  matches (or both have no items). **Plan items** match inside matched plans
  when their content words overlap by at least half of the longer item's;
  items of unmatched plans are all missed or spurious.
- **Positions** match by holder and by the sentence of the evidence (the gold
  evidence's first occurrence in the text; the predicted evidence's start).
  Among candidates the one with the same stance, then the closest topic, is
  taken. **Stance accuracy** is the share of matched positions whose stance
  agrees; **topic overlap** is the mean content-word overlap of their topics.

Precision, recall and F1 are micro-averaged over all articles.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from diplotrack.countries import resolve_country
from diplotrack.models import AnnotatedArticle, Expectation, GoldPlan, GoldPosition
from diplotrack.parse.text import split_sentences
from diplotrack.vocabulary import normalize_phrase

G = TypeVar("G")
P = TypeVar("P")
CATEGORIES = ("leaders", "visits", "plans", "plan_items", "positions")


@attrs.define
class Counts:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold records found (1.0 when there were none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall.

        Examples:
            >>> round(Counts(tp=3, fp=1, fn=1).f1, 2)
            0.75
        """
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        """Add another category's counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@attrs.define
class Score:
    """Counts per category, plus stance agreement and topic overlap over matched positions and status
    agreement over matched visits."""

    counts: dict[str, Counts] = attrs.Factory(lambda: {name: Counts() for name in CATEGORIES})
    stance_right: int = 0
    stance_total: int = 0
    topic_overlap: float = 0.0
    articles: int = 0
    status_right: int = 0
    status_total: int = 0

    @property
    def stance_accuracy(self) -> float:
        """Share of matched positions with the gold stance (1.0 when none matched)."""
        return self.stance_right / self.stance_total if self.stance_total else 1.0

    @property
    def status_accuracy(self) -> float:
        """Share of matched visits (with a gold status) that have that status (1.0 when none)."""
        return self.status_right / self.status_total if self.status_total else 1.0

    def add(self, other: Score) -> None:
        """Add another score to this one."""
        for name in CATEGORIES:
            self.counts[name].add(other.counts[name])
        self.stance_right += other.stance_right
        self.stance_total += other.stance_total
        self.status_right += other.status_right
        self.status_total += other.status_total
        self.topic_overlap += other.topic_overlap
        self.articles += other.articles

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        result: dict[str, Any] = {"articles": self.articles}
        for name, counts in self.counts.items():
            result[name] = {
                "precision": round(counts.precision, 4),
                "recall": round(counts.recall, 4),
                "f1": round(counts.f1, 4),
                "tp": counts.tp,
                "fp": counts.fp,
                "fn": counts.fn,
            }
        result["stance_accuracy"] = round(self.stance_accuracy, 4)
        result["topic_overlap"] = round(self.topic_overlap / self.stance_total, 4) if self.stance_total else 1.0
        result["status_accuracy"] = round(self.status_accuracy, 4)
        return result

    def table(self) -> str:
        """A text table of the figures."""
        lines = [f"{'':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, c in self.counts.items():
            lines.append(f"{name:12} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}")
        data = self.as_dict()
        lines.append(f"stance accuracy {self.stance_accuracy:.3f} over {self.stance_total} matched positions")
        lines.append(f"topic overlap   {data['topic_overlap']:.3f}")
        stated = f"{self.status_total} matched visits with a status"
        lines.append(f"status accuracy {self.status_accuracy:.3f} over {stated}")
        return "\n".join(lines)


def normalize_name(name: str) -> str:
    """A name without accents, case or punctuation.

    Examples:
        >>> normalize_name("Pedro Sánchez"), normalize_name("Xi  Jinping")
        ('pedro sanchez', 'xi jinping')
    """
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in ascii_text).split())


def names_match(gold: str, predicted: str) -> bool:
    """Whether two names denote the same person, country or body (see the module rules).

    Examples:
        >>> names_match("Jonas Gahr Store", "Jonas Store"), names_match("Britain", "United Kingdom")
        (True, True)
        >>> names_match("Caribbean Community", "CARICOM")
        True
    """
    a, b = normalize_name(gold), normalize_name(predicted)
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True  # "Abdullah bin Abdul Aziz" / "Abdullah bin Abdulaziz": one name, spaced two ways
    country_a, country_b = resolve_country(gold), resolve_country(predicted)
    if country_a is not None or country_b is not None:
        return country_a == country_b
    body_a, body_b = _bodies().get(a), _bodies().get(b)
    if body_a is not None and body_a == body_b:
        return True  # "CARICOM" / "Caribbean Community": one body under its acronym and its name
    person_a, person_b = _person(a), _person(b)
    if person_a is not None and person_a == person_b:
        return True  # "Moammar Gadhafi" / "Muammar Gaddafi": one leader under two spellings
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b or words_a[-1] != words_b[-1]:
        return False
    return set(words_a) <= set(words_b) or set(words_b) <= set(words_a)


@functools.cache
def _bodies() -> dict[str, str]:
    """Normalised names and aliases of the shipped organisations, to their ids."""
    from diplotrack.parse.lexicon import organizations

    found: dict[str, str] = {}
    for organization in organizations().values():
        for name in (organization.name, *organization.aliases):
            found.setdefault(normalize_name(name), organization.id)
    return found


@functools.cache
def _people() -> dict[str, str]:
    """Normalised names and aliases of the shipped leaders, to their ids (an alias two leaders share is left out)."""
    from diplotrack.parse.lexicon import leaders

    owners: dict[str, set[str]] = {}
    for leader in leaders().values():
        for name in (leader.name, *leader.aliases):
            owners.setdefault(normalize_name(name), set()).add(leader.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}


@functools.cache
def _person(name: str) -> str | None:
    """The shipped leader a normalised name denotes: by a name or alias, or by a one-word alias with given names.

    "viktor yanukovich" is Viktor Yanukovych: "Yanukovich" is his alias and "viktor" is in his name.
    """
    found = _people().get(name)
    if found is not None:
        return found
    words = name.split()
    owner = _people().get(words[-1]) if len(words) >= 2 else None
    if owner is None:
        return None
    from diplotrack.parse.lexicon import leaders

    given = set(normalize_name(leaders()[owner].name).split())
    return owner if set(words[:-1]) <= given else None


def overlap(a: str, b: str) -> float:
    """Content-word overlap of two phrases, relative to the longer one.

    Examples:
        >>> overlap("securing the release of captives", "release of captives")
        0.6666666666666666
    """
    words_a, words_b = set(normalize_phrase(a).split()), set(normalize_phrase(b).split())
    if not words_a or not words_b:
        return 1.0 if words_a == words_b else 0.0
    return len(words_a & words_b) / max(len(words_a), len(words_b))


def _match(
    gold: Sequence[G], predicted: Sequence[P], fits: Callable[[G, P], float]
) -> tuple[list[tuple[G, P]], Counts]:
    """Greedy one-to-one matching: each gold record takes its best unused fit (a score > 0)."""
    used: set[int] = set()
    pairs: list[tuple[G, P]] = []
    for record in gold:
        best, best_score = -1, 0.0
        for index, candidate in enumerate(predicted):
            if index in used:
                continue
            score = fits(record, candidate)
            if score > best_score:
                best, best_score = index, score
        if best >= 0:
            used.add(best)
            pairs.append((record, predicted[best]))
    return pairs, Counts(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs))


def _item_pairs(gold: Sequence[str], predicted: Sequence[str]) -> Counts:
    return _match(gold, predicted, lambda g, p: overlap(g, p) if overlap(g, p) >= 0.5 else 0.0)[1]


def _sentence_finder(text: str) -> Callable[[int], int]:
    starts = [sentence.start for sentence in split_sentences(text)]

    def sentence_of(offset: int) -> int:
        index = 0
        for position, start in enumerate(starts):
            if start <= offset:
                index = position
        return index

    return sentence_of


def score_expectation(
    text: str, gold: Expectation, predicted: Expectation, *, predicted_starts: Sequence[int] | None = None
) -> Score:
    """Score one predicted extraction (in gold form) against the gold one, both of ``text``.

    ``predicted_starts`` gives where each predicted position's evidence starts, in order; without
    it the evidence's first occurrence is taken, as for gold (a short quote such as "accept" may
    occur earlier than the words the parser pointed at).
    """
    score = Score(articles=1)
    score.counts["leaders"] = _match(
        gold.leaders, predicted.leaders, lambda g, p: 1.0 if names_match(g.name, p.name) else 0.0
    )[1]
    visit_pairs, score.counts["visits"] = _match(
        gold.visits,
        predicted.visits,
        lambda g, p: (
            1.0
            if names_match(g.visitor, p.visitor) and resolve_country(g.destination) == resolve_country(p.destination)
            else 0.0
        ),
    )
    stated = [(g, p) for g, p in visit_pairs if g.status is not None]
    score.status_total = len(stated)
    score.status_right = sum(1 for g, p in stated if g.status == p.status)
    _score_plans(gold.plans, predicted.plans, score)
    sentence_of = _sentence_finder(text)
    starts = (
        {id(p): start for p, start in zip(predicted.positions, predicted_starts, strict=True)}
        if predicted_starts is not None
        else {}
    )

    def position_fit(g: GoldPosition, p: GoldPosition) -> float:
        if not names_match(g.holder, p.holder):
            return 0.0
        if sentence_of(text.find(g.evidence)) != sentence_of(starts.get(id(p), text.find(p.evidence))):
            return 0.0
        return 1.0 + (1.0 if g.stance == p.stance else 0.0) + overlap(g.topic, p.topic)

    pairs, counts = _match(gold.positions, predicted.positions, position_fit)
    score.counts["positions"] = counts
    score.stance_total = len(pairs)
    score.stance_right = sum(1 for g, p in pairs if g.stance == p.stance)
    score.topic_overlap = sum(overlap(g.topic, p.topic) for g, p in pairs)
    return score


def _score_plans(gold: Sequence[GoldPlan], predicted: Sequence[GoldPlan], score: Score) -> None:
    def fits(g: GoldPlan, p: GoldPlan) -> float:
        if not names_match(g.proposer, p.proposer):
            return 0.0
        if not g.items and not p.items:
            return 1.0
        return float(_item_pairs(g.items, p.items).tp)

    pairs, score.counts["plans"] = _match(gold, predicted, fits)
    items = Counts()
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g, p in pairs:
        items.add(_item_pairs(g.items, p.items))
    items.fn += sum(len(g.items) for g in gold if id(g) not in matched_gold)
    items.fp += sum(len(p.items) for p in predicted if id(p) not in matched_predicted)
    score.counts["plan_items"] = items


def score_article(article: AnnotatedArticle) -> Score:
    """Parse a gold article's text and score the result against its ``expect`` block."""
    from diplotrack.parse import parse_article

    extraction = parse_article(article.text, date=article.date, source=article.id)
    starts = [position.evidence[0].start for position in extraction.positions if position.evidence]
    return score_expectation(article.text, article.expect, extraction.to_expectation(), predicted_starts=starts)


def evaluate(articles: Iterable[AnnotatedArticle]) -> Score:
    """Micro-averaged score over many gold articles."""
    total = Score()
    for article in articles:
        total.add(score_article(article))
    return total
