"""Topic phrases: the short noun phrase a stance is about, and its vocabulary topic.

The words after a stance verb or inside reported speech run on well past the
topic ("a humanitarian truce to allow critical aid into Gaza, which ...").
`topic_span` keeps the noun phrase: determiners dropped, cut at clause
boundaries, relative pronouns, infinitives and finite verbs, and after the
first prepositional phrase ("protection of the civilian population in Gaza"
keeps "of" and "in" but stops at a third link). For reported speech whose
subject is a thing ("the deal was a failure"), the subject is the topic; for
an actor or a pronoun ("Iran would stay in the agreement"), the predicate is.

`topic_id` maps a wording to the shipped vocabulary: the full phrase, then its
head noun phrase (before the first preposition), then that phrase without
its leading modifiers, so that "the Iran nuclear deal" and "the nuclear
deal with Iran" can meet the same topic.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from diplotrack.parse.dates import WEEKDAYS
from diplotrack.vocabulary import Vocabulary, fallback_topic_id, normalize_phrase

DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "any",
        "all",
        "every",
        "such",
        "some",
        "that",
    }
)
PREPOSITIONS = frozenset(
    {"of", "in", "on", "for", "with", "against", "to", "from", "by", "at", "between", "over", "into", "towards"}
)
# Words that end a phrase in any reading: punctuation, relatives, subordinators, reporting participles.
PHRASE_ENDS = frozenset(
    {",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "”", '"', "which", "who", "whose", "when", "while"}
    | {"because", "since", "after", "as", "but", "if", "unless", "until", "so", "though", "although", "despite"}
    | {"saying", "adding"}
)
# Words that end a noun phrase: clause links, relatives, conjunctions before a clause, punctuation.
_BOUNDARIES = PHRASE_ENDS | {"“", "whom", "where", "before", "calling", "and", "or"}
# Verbs of a reported clause whose object is what the stance is about ("we will never accept X").
_OBJECT_VERBS = frozenset(
    {
        "accept",
        "accepted",
        "accepts",
        "allow",
        "allowed",
        "allows",
        "backed",
        "backs",
        "condemn",
        "condemned",
        "condemns",
        "endorse",
        "endorsed",
        "endorses",
        "favor",
        "favored",
        "favors",
        "favour",
        "favoured",
        "favours",
        "oppose",
        "opposed",
        "opposes",
        "recognise",
        "recognised",
        "recognises",
        "recognize",
        "recognized",
        "recognizes",
        "reject",
        "rejected",
        "rejects",
        "support",
        "supported",
        "supports",
        "tolerate",
        "tolerated",
        "tolerates",
        "welcomed",
        "welcomes",
    }
)
_DEGREE_WORDS = frozenset({"very", "so", "too", "quite", "most", "more"})
_CLAUSE_NEGATORS = frozenset({"not", "never", "no", "longer", "n't"})
# Auxiliaries and modals that carry a clause's tense.
FINITE_VERBS = frozenset(
    {"is", "was", "are", "were", "would", "will", "had", "has", "have", "could", "should", "must", "can", "may"}
)
# Words that start or continue a verb group, so a noun phrase cannot run through them.
_FINITE = (
    FINITE_VERBS
    | {"be", "been", "being", "might", "did", "does", "do", "cannot", "not"}
    | {
        "remain",
        "remains",
        "remained",
    }
)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "everyone", "nobody"})
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(
    {"today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "weekend", "morning", "afternoon", "evening"}
)
_TIME_LEADS = frozenset({"on", "this", "last", "next", "in", "at", "by", "earlier", "later"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "'"})
# Verbs often found right after "to" or "and" that start a new clause.
_CLAUSE_VERBS = frozenset(
    {
        "allow",
        "help",
        "end",
        "use",
        "make",
        "take",
        "keep",
        "stop",
        "include",
        "create",
        "ensure",
        "protect",
        "build",
        "bring",
        "work",
        "find",
        "reach",
        "implement",
        "change",
        "become",
        "play",
        "support",
        "fight",
        "prevent",
        "said",
        "says",
        "urged",
        "called",
        "added",
        "warned",
        "promised",
        "pledged",
        "vowed",
        "agreed",
        "welcomed",
        "rejected",
        "give",
        "get",
        "go",
        "come",
        "open",
        "resume",
        "restore",
        "avoid",
        "show",
        "carry",
        "address",
        "deal",
        "move",
    }
)
# Nouns that stand for an actor in a clause subject ("the bloc remained committed to ...").
_AGENT_NOUNS = frozenset(
    {
        "kingdom",
        "bloc",
        "country",
        "countries",
        "government",
        "governments",
        "administration",
        "alliance",
        "union",
        "community",
        "side",
        "sides",
        "leaders",
        "nations",
        "states",
        "ministry",
        "republic",
        "party",
        "parties",
        "lawmakers",
        "congress",
        "europe",
        "world",
    }
)
# Predicates whose topic is their complement ("committed to X", "ready to X").
_PREDICATE_LEADS = frozenset(
    {
        "committed",
        "ready",
        "willing",
        "determined",
        "prepared",
        "satisfied",
        "disappointed",
        "open",
        "opposed",
        "keen",
        "eager",
        "happy",
        "glad",
        "able",
        "going",
        "concerned",
        "worried",
        "grateful",
        "interested",
        "firmly",
    }
)
# Adverbs between a subject and its verb ("we now have", "together we are").
_SUBJECT_ADVERBS = frozenset({"now", "together", "also", "still", "already", "all", "both", "and", ","})
# Nouns that only name the act of speaking: never a topic on their own.
REPORTING_NOUNS = frozenset(
    {
        "comment",
        "comments",
        "statement",
        "statements",
        "conversation",
        "call",
        "calls",
        "talks",
        "remarks",
        "remark",
        "meeting",
        "speech",
        "address",
        "interview",
        "message",
        "appeal",
        "day",
        "time",
        "moment",
        "way",
        "thing",
        "things",
        "point",
        "guest",
        "side",
        "sides",
        "countries",
        "community",
    }
)
# Stance nouns whose object is a country or a person ("solidarity with Israel").
_NAME_OBJECT_LEADS = frozenset(
    {"solidarity", "support", "backing", "recognition", "recognise", "recognize", "sympathy"}
)
# Verb forms that cannot stand as a one-word topic (a bare verb before a quotation or a clause).
_BARE_VERBS = frozenset({"said", "says", "seek", "ask", "asked", "warn", "describe", "held", "put", "represents"})
_MAX_WORDS = 8
# Unions of the sets above, so that acceptable_topic tests each word once (a set test in C).
_NOT_CONTENT = DETERMINERS | _QUOTE_MARKS
_NEVER_TOPICS = REPORTING_NOUNS | _TIME_WORDS | PREPOSITIONS
_MAX_LINKS = 2


def topic_span(words: Sequence[str], begin: int, end: int, *, capitals: Sequence[bool] = ()) -> tuple[int, int]:
    """The noun phrase of ``words[begin:end]`` (folded words) as a ``(first, last)`` slice.

    ``capitals`` tells which words are capitalised, so that a name's "and"
    ("Trinidad and Tobago") does not end the phrase early; it may be empty.

    Examples:
        >>> words = "a humanitarian truce to allow critical aid into gaza".split()
        >>> words[slice(*topic_span(words, 0, len(words)))]
        ['humanitarian', 'truce']
        >>> words = "the protection of the civilian population in gaza , which".split()
        >>> words[slice(*topic_span(words, 0, len(words)))]
        ['protection', 'of', 'the', 'civilian', 'population', 'in', 'gaza']
    """
    first = begin
    while first < end and (
        words[first] in DETERMINERS
        or words[first] in _QUOTE_MARKS
        or words[first] in _TIME_WORDS
        or (words[first] in _TIME_LEADS and first + 1 < end and words[first + 1] in _TIME_WORDS)
    ):
        first += 1  # "on Monday a plan to ...": the date before the object is no part of it
    if first + 1 < end and words[first] in ("not", "never") and words[first + 1] == "to":
        first += 2  # "pledged never to allow ...": the act pledged against
    links = 0
    last = first
    while last < end and last - first < _MAX_WORDS:
        word = words[last]
        following = words[last + 1] if last + 1 < end else ""
        if word in ("and", "or") and last > first:
            if following in _FINITE or following in _PRONOUNS or following in _CLAUSE_VERBS or not following:
                break  # "and said", "and that": a second clause
        elif word in _BOUNDARIES and last > first:
            break
        if (word in _FINITE or word == "that") and last > first:
            break
        if word in _TIME_WORDS or (word in _TIME_LEADS and following in _TIME_WORDS):
            break  # "sending tanks to Ukraine on Tuesday": the date is not the topic
        if word in PREPOSITIONS:
            if word == "to" and _infinitive(words, last, end, capitals):
                break  # "a truce to allow aid": an infinitive ends the phrase
            links += 1
            if links > _MAX_LINKS:
                break
        last += 1
    while last > first and (words[last - 1] in PREPOSITIONS or words[last - 1] in DETERMINERS):
        last -= 1
    return (first, last) if last > first else (begin, begin)


def _infinitive(words: Sequence[str], to: int, end: int, capitals: Sequence[bool]) -> bool:
    """Whether the "to" at ``to`` starts an infinitive ("to allow aid") rather than a phrase ("to Gaza")."""
    if to + 1 >= end:
        return False
    verb = words[to + 1]
    if verb in DETERMINERS or (capitals and to + 1 < len(capitals) and capitals[to + 1]) or verb[:1].isdigit():
        return False
    if verb in _CLAUSE_VERBS or verb.endswith("ly") or verb in ("be", "also"):
        return True
    after = words[to + 2] if to + 2 < end else ""
    return after in DETERMINERS or after in ("it", "them", "up", "out", "down")


def clause_topic(words: Sequence[str], begin: int, end: int, actor_words: Sequence[bool]) -> tuple[int, int]:
    """The topic of a reported clause: its subject, or its predicate when the subject is an actor.

    ``actor_words`` marks the words that belong to an actor mention (same length as ``words``).

    Examples:
        >>> words = "the deal was a failure".split()
        >>> words[slice(*clause_topic(words, 0, len(words), [False] * 5))]
        ['deal']
        >>> words = "we must protect civilians in gaza".split()
        >>> words[slice(*clause_topic(words, 0, len(words), [False] * 6))]
        ['protect', 'civilians', 'in', 'gaza']
        >>> words = "we will never accept the annexation of crimea".split()
        >>> words[slice(*clause_topic(words, 0, len(words), [False] * 8))]
        ['annexation', 'of', 'crimea']
        >>> words = "the kingdom rejected the plan".split()
        >>> words[slice(*clause_topic(words, 0, len(words), [False] * 5))]
        ['plan']
    """
    begin = _skip_opener(words, begin, end)
    verb = begin
    while verb < end and not (
        words[verb] in _FINITE
        or words[verb] in _BOUNDARIES
        or words[verb] in _OBJECT_VERBS
        or _past_verb(words, verb, begin)
    ):
        verb += 1
    subject = range(begin, verb)
    head = verb - 1
    by_actor = (head >= begin and head < len(actor_words) and actor_words[head]) or all(
        words[i] in _PRONOUNS
        or words[i] in DETERMINERS
        or words[i] in _AGENT_NOUNS
        or words[i] in _SUBJECT_ADVERBS
        or (i < len(actor_words) and actor_words[i])
        for i in subject
    )
    if verb >= end or words[verb] in _BOUNDARIES or verb == begin:
        if by_actor and verb > begin and begin < len(actor_words) and actor_words[begin]:
            # "Beijing firmly opposes the measures": past the actor, its adverbs and its verb.
            start = begin
            while start < end and start < len(actor_words) and actor_words[start]:
                start += 1
            while start < end and words[start].endswith("ly"):
                start += 1
            first, last = topic_span(words, start + 1, end)
            if last > first:
                return first, last
        return topic_span(words, begin, end)
    if not by_actor:
        return topic_span(words, begin, verb)
    # "Iran would stay in the agreement": skip the auxiliaries and adverbs, keep the predicate.
    start = verb
    while start < end and (
        words[start] in _FINITE
        or words[start].endswith("ly")
        or words[start] in _DEGREE_WORDS
        or words[start] in ("to", "also")
        or words[start] in _CLAUSE_NEGATORS
    ):
        start += 1
    if start + 1 < end and words[start] in _OBJECT_VERBS:
        start += 1  # "we will never accept the annexation": what is (not) accepted
    if start + 1 < end and words[start + 1] == "that":
        return clause_topic(words, start + 2, end, actor_words)  # "it was tragic that Britain was leaving"
    if start < end and words[start] in _PREDICATE_LEADS:
        # "remained committed to the accord", "was ready to help": what the commitment is to.
        ahead = start + 1
        while ahead < end and words[ahead].endswith("ly"):
            ahead += 1
        if ahead < end and words[ahead] in ("to", "with", "by", "in", "about", "on"):
            start = ahead + 1
    return topic_span(words, start, end)


def _past_verb(words: Sequence[str], index: int, begin: int) -> bool:
    """'the deal protected ...': a past form right after a noun is the clause's verb, not a modifier."""
    word = words[index]
    if not word.endswith("ed") or len(word) < 5 or index <= begin:
        return False
    previous = words[index - 1]
    return (
        previous not in DETERMINERS
        and previous not in PREPOSITIONS
        and not previous.endswith("ly")
        and previous.isalpha()
    )


def _skip_opener(words: Sequence[str], begin: int, end: int) -> int:
    """'Basically, they wanted ...', 'For decades, our country ...': past a short opening adverbial."""
    for position in range(begin, min(end, begin + 5)):
        if words[position] == ",":
            opener = words[begin]
            if opener.endswith("ly") or opener in PREPOSITIONS or opener in ("today", "now", "yesterday"):
                return position + 1
            return begin
    return begin


def topic_id(vocabulary: Vocabulary | None, wording: str) -> tuple[str, bool]:
    """The vocabulary topic of a wording, else a fallback id; and whether the vocabulary knew it.

    Examples:
        >>> topic_id(Vocabulary(), "the two-state solution")
        ('two-state-solution', True)
        >>> topic_id(Vocabulary(), "an immediate ceasefire in Gaza, which")[0]
        'ceasefire-gaza'
    """
    return _topic_id(vocabulary, wording)


@functools.lru_cache(maxsize=8192)
def _topic_id(vocabulary: Vocabulary | None, wording: str) -> tuple[str, bool]:
    if vocabulary is not None:
        # The candidates are normalised already: look them up as the vocabulary stores them, instead of
        # normalising each again (Vocabulary.lookup would).
        phrases = vocabulary.phrases
        for candidate in _candidates(wording):
            known = phrases.get(candidate)
            if known is not None:
                return known.id, True
    return fallback_topic_id(wording), False


def _candidates(wording: str) -> list[str]:
    """The full phrase, the head noun phrase before the first preposition, its last words; each normalised
    (`normalize_phrase`), as the vocabulary's phrases are."""
    words = normalize_phrase(wording).split()
    raw = wording.lower().replace(",", " ").split()
    found = [" ".join(words)]
    head = []
    for word in raw:
        if word in PREPOSITIONS:
            break
        head.append(word)
    head_words = normalize_phrase(" ".join(head)).split()
    if head and len(head) < len(raw):
        found.append(" ".join(head_words))
    for size in (3, 2, 1):
        if len(words) > size:
            found.append(" ".join(words[:size]))
    for size in (2, 1):
        if len(head_words) > size:
            found.append(" ".join(head_words[-size:]))
    return found


def acceptable_topic(words: Sequence[str], capitals: Sequence[bool] = (), lead: str = "") -> bool:
    """Whether folded topic words can stand as a topic.

    Function-word fragments, a bare reporting noun ("comment", "talks"), a time
    word, a bare verb form, a pronoun, and a lone name (unless ``lead`` takes a
    country as its object, "solidarity with") are not topics.

    Examples:
        >>> acceptable_topic(["of", "political"])
        False
        >>> acceptable_topic(["conversation"])
        False
        >>> acceptable_topic(["israel"], [True])
        False
        >>> acceptable_topic(["israel"], [True], lead="solidarity")
        True
        >>> acceptable_topic(["humanitarian", "truce"])
        True
    """
    content = [w for w in words if w not in _NOT_CONTENT]
    if not content:
        return False
    first, last = content[0], content[-1]
    if first in PREPOSITIONS or first in _BOUNDARIES or first in _FINITE or first in _PRONOUNS:
        return False
    if last in PREPOSITIONS or last in _FINITE or last in ("and", "or", "what"):
        return False
    if len(content) == 1:
        word = content[0]
        if word in REPORTING_NOUNS or word in _TIME_WORDS or word in _BARE_VERBS:
            return False
        if word.endswith("ed") or word.endswith("ly"):
            return False
        if capitals and all(capitals) and lead not in _NAME_OBJECT_LEADS:
            return False
    return not _NEVER_TOPICS.issuperset(content)
