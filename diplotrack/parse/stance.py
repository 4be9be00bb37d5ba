"""The stance of reported words: a small polarity lexicon with negation scope and hedges.

"Said the deal was a failure" opposes, "said it was ready to help" supports,
"said Israel would not end the war" opposes what is negated, "said all options
were on the table" is neutral. Concessive tails ("even if ...", "though ...")
do not count: the main clause carries the stance.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from diplotrack.parse.lexicon import cue_words

# Words that praise or commit (their presence makes reported words read as support).
POSITIVE = frozenset(
    {
        "ready",
        "willing",
        "committed",
        "determined",
        "welcome",
        "welcomed",
        "hope",
        "hopeful",
        "positive",
        "positively",
        "historic",
        "important",
        "best",
        "masterpiece",
        "win-win",
        "opportunity",
        "constructive",
        "constructively",
        "success",
        "successful",
        "progress",
        "productive",
        "meaningful",
        "legitimate",
        "solidarity",
        "ironclad",
        "breakthrough",
        "grateful",
        "support",
        "supported",
        "backing",
    }
)
# Negative words beyond the lexicon file's list.
NEGATIVE = frozenset(
    {
        "failure",
        "failing",
        "miserable",
        "tragic",
        "loopholes",
        "illegitimate",
        "regret",
        "regretted",
        "disappointed",
        "disappointing",
        "unfair",
        "absurd",
        "blackmail",
        "provocation",
        "provocative",
        "withdraw",
        "withdrawing",
        "countermeasures",
        "retaliate",
        "retaliation",
        "obstacle",
        "draconian",
        "horrible",
        "unjust",
        "irresponsible",
        "reckless",
        "outrageous",
        "puppet",
        "worst",
        "fight",
        "resist",
        "block",
        "concern",
        "concerned",
        "worried",
        "deplorable",
        "regrettable",
        "defective",
        "flawed",
        "one-sided",
        "frightening",
        "oppose",
        "opposed",
        "reject",
        "rejected",
        "condemn",
        "condemned",
        "against",
        "punished",
        "looted",
        "pillaged",
    }
)
# Modality and evaluation: what makes reported words a stance rather than a fact.
_STANCE_MARKERS = frozenset(
    {
        "would",
        "will",
        "must",
        "should",
        "could",
        "can",
        "cannot",
        "need",
        "needs",
        "needed",
        "want",
        "wants",
        "wanted",
        "time",
        "only",
        "choice",
        "continue",
        "remain",
        "remained",
        "remains",
        "going",
        "agree",
        "agreed",
        "share",
        "shared",
        "stand",
        "stands",
        "right",
        "wrong",
    }
)
# Tokens of English contractions: "didn't" is "didn", "’", "t".
CONTRACTED = frozenset(
    {"didn", "doesn", "don", "won", "wouldn", "isn", "wasn", "aren", "weren", "couldn", "can", "hasn"}
)
_NEGATIONS_EXTRA = frozenset({"nothing", "nobody", "neither"})
# A negated comparative praises: "there is no better deal".
_COMPARATIVES = frozenset({"better", "alternative"})
_CONCESSIVE = frozenset({"though", "although", "even", "whereas", "unless"})
_HEDGES_EXTRA: tuple[tuple[str, ...], ...] = (
    ("on", "the", "table"),
    ("off", "the", "table"),
    ("conditions", "are", "right"),
    ("conditions", "were", "right"),
    ("too", "early"),
    ("remains", "to", "be", "seen"),
    ("would", "study"),
    ("would", "consider"),
    ("will", "consider"),
    ("open", "to"),
    ("not", "rule", "out"),
    ("did", "not", "exclude"),
    ("not", "ruling", "out"),
)


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    negative, negations, hedges = cue_words()
    return negative | NEGATIVE, negations | _NEGATIONS_EXTRA, hedges + _HEDGES_EXTRA


@functools.cache
def _hedges_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for hedge in _lexicon()[2]:
        if hedge:
            grouped.setdefault(hedge[0], []).append(tuple(hedge))
    return {first: tuple(phrases) for first, phrases in grouped.items()}


def _hedged(words: Sequence[str]) -> bool:
    """Whether a hedge phrase occurs in ``words`` (one pass, indexed by first word)."""
    by_first = _hedges_by_first()
    for index, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[index : index + len(phrase)]) == phrase:
                return True
    return False


def main_clause(words: Sequence[str]) -> list[str]:
    """The words before a concessive tail ("even if", "though", "although")."""
    kept: list[str] = []
    for index, word in enumerate(words):
        if word in _CONCESSIVE and index > 0:
            break
        kept.append(word)
    return kept


def is_negation(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` negates ("not", "never", "didn" + "'t", ...)."""
    word = words[index]
    _, negations, _ = _lexicon()
    if word in negations:
        return True
    return word in CONTRACTED and index + 2 < len(words) and words[index + 1] in ("'", "’") and words[index + 2] == "t"


def bears_stance(words: Sequence[str]) -> bool:
    """Whether reported words state a view: modality, evaluation, negation or commitment.

    Examples:
        >>> bears_stance("the call had lasted nearly an hour".split())
        False
        >>> bears_stance("washington would impose sanctions".split())
        True
    """
    negative = _lexicon()[0]
    for index, word in enumerate(words):
        if word in _STANCE_MARKERS or word in POSITIVE or word in negative or is_negation(words, index):
            return True
    return _hedged(words)


def content_stance(words: Sequence[str]) -> str:
    """Support, oppose or neutral for folded words someone said.

    Examples:
        >>> content_stance("the deal was a failure".split())
        'oppose'
        >>> content_stance("israel would not end the war".split())
        'oppose'
        >>> content_stance("all options are on the table".split())
        'neutral'
        >>> content_stance("there is not a better deal available".split())
        'support'
        >>> content_stance("the agreement offered hope , even if not everything was settled".split())
        'support'
    """
    negative = _lexicon()[0]
    clause = main_clause(words)
    if _hedged(clause):
        return "neutral"
    negated = False
    for index in range(len(clause)):
        if is_negation(clause, index):
            following = clause[index + 1 : index + 4]
            if any(w in _COMPARATIVES for w in following):
                continue
            negated = True
    if negated:
        return "oppose"
    return "oppose" if any(word in negative for word in clause) else "support"
