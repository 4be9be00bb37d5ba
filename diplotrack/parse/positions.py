"""Stated positions: stance verbs and reported speech, their holders, topics and stances.

Every stance or reporting verb of a sentence is attached to its grammatical
subject, found by walking back from the verb over auxiliaries, adverbs, time
words and parenthetical commas ("Scholz, the German chancellor, said"), or
after it in an inverted quote ("..., said Macron"). A verb whose subject is no
actor ("analysts said", "the text calls for") gives nothing. Coordinated and
participial verbs ("rejected X and said ...", "..., calling it historic")
share the subject of the verb before them.

Background is skipped: pluperfects ("had threatened"), relative clauses
("who has long opposed"), speculation ("whether X would back"), passives and
participles used as adjectives ("the internationally backed road map").

A stance verb ("calls for", "condemned", "did not rule out") gives one
position per holder and per coordinated object. A reporting verb ("said",
"told") gives one position judged by what was said (see `stance`), unless a
stance verb of the same holder in the same sentence says it better; a stance
verb inside what someone reports of another actor ("X said Hamas wants ...")
belongs to the reporter, or to nobody when its subject is someone else.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs

from diplotrack.countries import resolve_country, sovereign_of
from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.clauses import group_of
from diplotrack.parse.dates import MONTHS
from diplotrack.parse.lexicon import NUMBER_WORDS, VerbSense, organizations, seats_of_office, title_words, verb_index
from diplotrack.parse.mentions import Mention, is_object, is_possessive, marker_index, object_marker
from diplotrack.parse.phrases import PhraseMatch, fold
from diplotrack.parse.position_words import (
    ADDRESSEE_VERBS,
    ADDRESSING,
    ADVERBIAL_STARTS,
    AFTER_A_GUEST,
    AFTER_REPORT,
    AIM_REACH,
    ANTECEDENT_SPAN,
    APPOSITIVE_SPAN,
    ARTICLES,
    AT_THE_TIME_REACH,
    ATTITUDE_VERBS,
    ATTITUDES,
    AUDIENCES,
    AUXILIARIES,
    AVOIDING,
    BACK_REFERENCE,
    BARE_NOUN_WORDS,
    BODIES,
    CALL_PARTICLES,
    CALLED_OBJECTS,
    CHARGE_REACH,
    CHARGE_VERBS,
    CHARGED_FILLERS,
    CLAUSE_OPENERS,
    CLAUSE_VERDICT_VERBS,
    COMMENTATOR_SPAN,
    COMMENTATORS,
    DASH_TOKENS,
    DATED_REACH,
    DENIED_BEFORE,
    DESCRIPTION_OPENERS,
    DETERMINED,
    DOCUMENT_MODIFIERS,
    DOCUMENT_NOUNS,
    DURING_REACH,
    EARLIER_SPANS,
    EMBRACED,
    EXCUSE_REACH,
    FORECAST,
    GERUND_OWNERS,
    GOVERNMENT_OFFICES,
    GUESTS,
    HEAD_PLURALS,
    HEDGED_THAT,
    INTRODUCING,
    ISSUING_VERBS,
    JOINED_SUBJECT,
    LIFTING_VERBS,
    LISTING,
    LONG_REACH,
    MAX_TOPIC_TOKENS,
    MERGE_GAP,
    MODAL_WORDS,
    NAME_OBJECT_LEADS,
    NAME_PARTICLES,
    NAMING_FILLERS,
    NAMING_VERBS,
    NEEDING,
    NEGATORS,
    NO_COMMENT,
    NOT_GOVERNMENTS,
    NOT_VERBS,
    NOUN_OPENERS,
    NUMBERS,
    OFFICE_KINDS,
    OFFICE_NOUNS,
    OPEN_QUESTIONS,
    OPEN_QUOTES,
    OPENING_SPAN,
    OPPOSITION_REACH,
    PARENTHETICAL_VIEW,
    PASSIVE_AUXILIARIES,
    PERFECT,
    PLURAL_LEADERS,
    PLURAL_OFFICES,
    PLURAL_OFFICES_OF,
    PLURAL_OPENING,
    POSSESSIVE_MARKS,
    POSSESSIVE_OPENERS,
    POSSESSIVES,
    PREDICTION_VERBS,
    PURPOSE_OBJECT_OPENERS,
    PURPOSE_REACH,
    PURPOSE_STOPS,
    PURPOSE_VERBS,
    QUOTED,
    QUOTES,
    READ_PARTICIPLES,
    READ_SPAN,
    RECAP_ADVERBS,
    RECENT_LEADERS,
    REFUSALS,
    RELATIVE_OBJECTS,
    RELATIVES,
    SCENE_OPENERS,
    SCOPE_ENDS,
    SETTING_SPAN,
    SETTING_WORDS,
    SHORT_ADVERBIAL,
    SHORT_TAIL,
    SINCE_SPAN,
    SPANS_OF_TIME,
    SPECULATION,
    SPOKESPEOPLE,
    STATE_NOUNS,
    STATE_PLURALS,
    STOP_VERBS,
    SUBJECT_PRONOUNS,
    TALLIES,
    TELLING,
    TIME_WORDS,
    TITLE_SPAN,
    TITLE_WORDS,
    TOPIC_SKIP,
    TOPIC_STOPS,
    TOPIC_TRAIL,
    TOPIC_WINDOW,
    URGED_ACT_REACH,
    VIEW_WORDS,
    WAR_OBJECTS,
    WARNED_REACH,
    WARNING_VERBS,
    WEEKDAY_WORDS,
    WITHHELD,
)
from diplotrack.parse.stance import (
    CONTRACTED,
    bears_stance,
    content_stance,
    declared_opposition,
    is_negation,
    negated_fact,
    negative_words,
    obliged_at,
    regretted_absence,
    renews_request,
    stance_words,
)
from diplotrack.parse.text import Sentence, Token, is_headline
from diplotrack.parse.topics import (
    DETERMINERS,
    FINITE_VERBS,
    PHRASE_ENDS,
    PREPOSITIONS,
    acceptable_topic,
    clause_topic,
    topic_span,
)

# How far before "welcomed" the "whom" that names its guest may stand: "whom the president welcomed".
_WHOM_REACH = 5
# Openings of reported words that go on about what was just said: "and said its ...", "and said there was".
_PRONOUN_OPENINGS = frozenset({"his", "her", "its", "their", "there", "this", "these", "those"})


# How long an apposition between a speaker's name and the verb may be: "X, the U.S. assistant secretary of state
# for Western Hemisphere affairs, said".
_APPOSITION_REACH = 16


# Things unveiled at a ceremony ("unveiled a plaque there"): no proposal, so no position.
_UNVEILED_THINGS = frozenset({"plaque", "plaques", "statue", "statues", "monument", "memorial", "bust", "stone"})
_UNVEILED_REACH = 3
# How many last words of a view may hold the count of a list it introduces: "on three fronts:".
_COUNTED_REACH = 4


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
    part: int = 0  # the second view of one report ("... and that ...") is 1


@attrs.frozen
class _Phrase:
    first: int
    last: int


@attrs.frozen
class _Subject:
    holders: tuple[Mention, ...]
    background: bool = False
    inherited: bool = False
    joiner: str = ""


@attrs.define
class _Verb:
    match: PhraseMatch[VerbSense]
    subject: _Subject
    stance: str
    scope_end: int = 0
    reporter: tuple[Mention, ...] = ()

    @property
    def sense(self) -> VerbSense:
        return self.match.values[0]


def _scare_quote_end(tokens: Sequence[Token], opening: int) -> int | None:
    """The closing mark of a word or two in quotes that the phrase goes on after, if ``opening`` opens one."""
    if tokens[opening].text not in OPEN_QUOTES or opening == 0 or not tokens[opening - 1].text.isalpha():
        return None
    for closing in range(opening + 2, min(opening + 4, len(tokens) - 1)):
        if tokens[closing].text in QUOTES:
            following = tokens[closing + 1]
            return closing if following.text.isalpha() and following.lower not in PHRASE_ENDS else None
        if not tokens[closing].text.isalpha():
            return None
    return None


def _object_phrases(tokens: Sequence[Token], first: int, *, assess: bool = False, split: bool = True) -> list[_Phrase]:
    """Noun phrases after a verb, cut at the clause end, split at "and the"."""
    index = first
    if assess:
        # "describing it as an “awful crime”": the description follows "as", quotes and all.
        for position in range(first, min(first + 4, len(tokens))):
            if tokens[position].lower == "as":
                index = position + 1
                break
    stops = TOPIC_STOPS - QUOTES - {"as"} if assess else TOPIC_STOPS
    while index < len(tokens) and tokens[index].lower in TOPIC_SKIP:
        index += 1
    stop = index
    while stop < len(tokens) and stop - index < TOPIC_WINDOW:
        if tokens[stop].lower in stops:
            closing = _scare_quote_end(tokens, stop)
            if closing is None:
                break
            stop = closing  # 'a "reasonable" increase': a word or two in quotes inside the phrase
        stop += 1
    phrases: list[_Phrase] = []
    begin = index
    if split:
        for position in range(index, stop - 1):
            if tokens[position].lower == "and" and tokens[position + 1].lower in ("the", "a", "an", "any"):
                phrases.append(_Phrase(begin, position))
                begin = position + 2
    phrases.append(_Phrase(begin, stop))
    trimmed = []
    for phrase in phrases:
        last = min(phrase.last, phrase.first + MAX_TOPIC_TOKENS)
        while last > phrase.first and tokens[last - 1].lower in TOPIC_TRAIL:
            last -= 1
        if last > phrase.first:
            trimmed.append(_Phrase(phrase.first, last))
    return trimmed


def states_view(words: Sequence[str]) -> bool:
    """Whether words a leader said, quoted or reported, state a view: a stance word, or a whole clause.

    What a reporter chooses to quote or report is the speaker's view ("This treaty liquidates the
    legacy of the Cold War", "said the organisation had become a pillar of a fairer world"); only a
    fragment ("the coming days") says nothing by itself. Forecasts and denied facts are sorted out
    by the callers.
    """
    if bears_stance(words):
        return True
    # "told to a packed hall at the ...": a phrase left over after the verb, not a clause.
    return len(words) >= VIEW_WORDS and words[0] not in PREPOSITIONS


def _verb_before(tokens: Sequence[Token], first: int) -> Token | None:
    """The lower-case word before token ``first`` that may be a verb governing it ("excluded Cuba"), if any."""
    before = tokens[first - 1] if first else None
    if before is None or not before.text.isalpha() or before.capitalized or before.lower in NOT_VERBS:
        return None
    return before


def _negated_stance(sense: VerbSense) -> str:
    return "oppose" if sense.stance == "support" else "neutral"


@functools.cache
def report_lemmas() -> frozenset[str]:
    """Lemmas of the reporting verbs."""
    return frozenset(sense.lemma for sense in verb_index().all_values() if sense.kind == "report")


# Verbs of getting in touch, whose purpose infinitive is the caller's: "telephoned Sharif to condemn the attack".
_CALLING = frozenset({"telephoned", "phoned", "rang", "called", "wrote", "visited"})


class _SentencePositions:
    def __init__(
        self,
        sentence: Sentence,
        mentions: Sequence[Mention],
        actors: ArticleActors,
        recent: Sequence[Mention],
        signatories: Sequence[Mention] = (),
        last_group: Sequence[Mention] = (),
        article: Sequence[Sentence] = (),
    ) -> None:
        self.sentence = sentence
        self.article = article
        self.last_group = tuple(last_group)
        self.tokens = sentence.tokens
        # The sentence carries its tokens' folded forms; a list, since callers compare slices with lists.
        self.words = list(sentence.words)
        self.mentions = [m for m in mentions if m.kind != "leader" or not actors.entities[m.ref].history_only]
        self.actors = actors
        self.recent = recent
        self.signatories = tuple(signatories)
        self.ends = {m.last: m for m in self.mentions}
        self.starts = {m.first: m for m in self.mentions}
        self.verbs: list[_Verb] = []
        self.speaker: tuple[Mention, ...] = ()
        self.orphan_reports: list[tuple[int, int]] = []

    # Built on first use: most sentences have no stance verb and never need them.
    @functools.cached_property
    def capitals(self) -> list[bool]:
        return [token.capitalized for token in self.tokens]

    @functools.cached_property
    def actor_words(self) -> list[bool]:
        actor_words = [False] * len(self.tokens)
        for mention in self.mentions:
            for position in range(mention.first, min(mention.last, len(self.tokens))):
                actor_words[position] = True
        return actor_words

    # --- subjects ------------------------------------------------------------------------

    def group(self, mention: Mention) -> tuple[Mention, ...]:
        # "Lavrov and his Chinese counterpart Wang Yi": a possessive "his" is no member of the list.
        candidates = [
            m
            for m in self.mentions
            if (m.kind == mention.kind or {m.kind, mention.kind} <= BODIES)
            and (m is mention or m.form != "pronoun" or self.words[m.first] not in POSSESSIVES)
        ]
        members = group_of(candidates, mention, self.tokens)
        kept = [m for m in members if m is mention or not is_object(self.tokens, m) or self.offices_of(m)]
        return tuple(self.heads_of_countries(kept))

    def heads_of_countries(self, members: list[Mention]) -> list[Mention]:
        """'The presidents of Brazil and Colombia proposed': the two presidents, when the article names them."""
        countries = [m for m in members if m.kind == "country"]
        if not countries or not self.offices_of(countries[0]):
            return members
        of = countries[0].first - 1
        office = self.words[of - 1]
        titles = HEAD_PLURALS.get(office)
        if titles is None or (office == "ministers" and (of < 2 or self.words[of - 2] != "prime")):
            return members
        heads: list[Mention] = []
        for member in members:
            holders = [
                key
                for key, entity in self.actors.entities.items()
                if entity.country == member.ref and not entity.history_only and fold(entity.title or "") in titles
            ]
            if member.kind != "country" or len(holders) != 1:
                return members
            heads.append(attrs.evolve(member, kind="leader", ref=holders[0]))
        return heads

    def offices_of(self, mention: Mention) -> bool:
        """'the foreign ministers of Egypt and Jordan': countries named for the people who speak for them."""
        marker = object_marker(self.tokens, mention)
        back = mention.first - 1
        return marker == "of" and back >= 1 and self.words[back] == "of" and self.words[back - 1] in PLURAL_OFFICES

    def spokesperson_for(self, mention: Mention) -> bool:
        """Whether a body or country is named after "a spokesman for (the)": the one the spokesman speaks for."""
        back = mention.first - 1
        if back >= 0 and self.words[back] == "the":
            back -= 1
        return back >= 1 and self.words[back] == "for" and self.words[back - 1] in SPOKESPEOPLE

    def body_of_office(self, index: int) -> Mention | None:
        """'EU leaders', 'NATO foreign ministers': the body or country whose office holders act together."""
        if self.words[index] not in PLURAL_OFFICES:
            return None
        back = index
        if back >= 1 and self.words[back - 1] in OFFICE_KINDS:
            back -= 1
        owner = self.ends.get(back)
        return owner if owner is not None and owner.kind in ("org", "country") else None

    def plural(self, index: int) -> tuple[Mention, ...]:
        """'the four leaders', 'both men': the last distinct leaders named."""
        word = self.words[index]
        alone = word == "both" and (index == 0 or self.words[index - 1] in (",", "and", "but", "—"))
        if word in PLURAL_OFFICES_OF and index > 0 and self.words[index - 1] in OFFICE_KINDS | {"prime"}:
            index -= 1  # "the two prime ministers", "both foreign ministers": count before the office's kind
        elif word not in PLURAL_LEADERS and not alone:
            return ()  # "the two leaders", "both men", or "Both condemned ..."
        count = 2 if alone else (NUMBERS.get(self.words[index - 1], 0) if index > 0 else 0)
        if not count or (
            not alone and self.words[index - 1] != "both" and (index < 2 or self.words[index - 2] != "the")
        ):
            return ()
        chosen: list[Mention] = []
        seen: set[str] = set()
        here = [m for m in self.mentions if m.kind == "leader" and m.last <= index]
        named = [m for m in here if m.form != "pronoun"]
        at = self.sentence.index
        previous, older = (self.leaders_in(at - back) for back in (1, 2))
        # "X met Y. The two leaders ...": Y, though an object, is one of the two; the sentence just before
        # names the pair more surely than the subjects met earlier.
        for mention in [*reversed(named), *reversed(here), *previous, *self.recent, *older]:
            if mention.ref not in seen:
                seen.add(mention.ref)
                chosen.append(mention)
            if len(chosen) == count:
                break
        return tuple(chosen) if len(chosen) == count else ()

    def pair_met(self) -> tuple[Mention, ...]:
        """The two leaders who met: "X met Y on Sunday", "the two prime ministers raised ties". "They" may follow."""
        words = self.words
        counts = not (PLURAL_LEADERS.isdisjoint(words) and PLURAL_OFFICES_OF.isdisjoint(words))
        for index, word in enumerate(words if counts else ()):  # most sentences count no leaders: one scan in C
            if word in PLURAL_LEADERS or (word in PLURAL_OFFICES_OF and index > 0 and words[index - 1] == "prime"):
                counted = self.plural(index)
                if len(counted) >= 2:
                    return counted
        if _MET.isdisjoint(words):
            return ()
        named = {m.ref: m for m in self.leaders_in(self.sentence.index) if m.form != "pronoun"}
        return tuple(named.values()) if len(named) == 2 else ()

    def leaders_in(self, sentence: int) -> list[Mention]:
        """The leaders a sentence names (none before the first), in order, without people of history."""
        if sentence < 0:
            return []
        entities = self.actors.entities
        return [m for m in self.actors.mentions[sentence] if m.kind == "leader" and not entities[m.ref].history_only]

    def speaks_for(self, mention: Mention) -> bool:
        """Whether a leader is named as the one a spokesperson speaks for: "a spokesman for President X"."""
        back = mention.first - 1
        while back > 0 and self.in_name_or_title(back) and self.words[back] not in ("for", "of"):
            back -= 1
        if back > 0 and self.words[back] == "of" and self.words[back - 1] == "office":
            return True  # "the office of Czech President Vaclav Klaus said"
        return back > 0 and self.words[back] == "for" and self.words[back - 1] in SPOKESPEOPLE

    def appositive_start(self, comma: int) -> int | None:
        """The comma (or dash) opening the parenthetical that ends at ``comma``, if any."""
        dashed = self.tokens[comma].text in DASH_TOKENS
        for back in range(comma - 1, max(-1, comma - APPOSITIVE_SPAN), -1):
            text = self.tokens[back].text
            # "the Quartet - the UN, the US, the EU and Russia - said": a dash pairs with a dash.
            opener = text in DASH_TOKENS if dashed else text in (",", "—", "–", "-")
            if opener and back < comma - 1 and not self.list_comma(back):
                return back
            if text in (";", ":", "“", "”", '"', ".") or (
                self.words[back] in report_lemmas()
                and not self.used_as_noun(back)
                and self.words[back - 1] != "of"
                and not self.tokens[back].capitalized  # "who received him at State House": a name
            ):
                return None  # ("minister of state for foreign affairs": a title, not a verb of saying)
        return None

    def opens_on_description(self, comma: int) -> bool:
        """Whether the sentence opens on a plain description up to ``comma``: "His host, Russian President
        Vladimir Putin, said", not "Tillerson, speaking after talks with his host, British Foreign Secretary X,"."""
        return all(
            (self.tokens[k].text.isalpha() or self.words[k] in ("'s", "’s"))
            and not self.words[k].endswith(("ing", "ed"))
            for k in range(comma)
        )

    def list_comma(self, comma: int) -> bool:
        """Whether a comma only separates two names of a list ("a trip to Ukraine, Belarus, Kazakhstan and Cyprus")."""
        before, after = self.ends.get(comma), self.starts.get(comma + 1)
        return (
            before is not None
            and after is not None
            and before.kind == after.kind == "country"
            and not is_possessive(self.tokens, after)  # "Britain, Malawi's largest donor, welcomed": an aside
        )

    def reading_agent(self, opening: int) -> int | None:
        """The comma before "read (out) by ..." when the appositive at ``opening`` names its reader."""
        for back in range(opening - 1, max(-1, opening - READ_SPAN), -1):
            if self.words[back] == "by":
                for before in range(back - 1, max(-1, back - READ_SPAN), -1):
                    if self.words[before] in READ_PARTICIPLES:
                        comma = before - 1
                        return comma if comma > 0 and self.tokens[comma].text in (",", "—", "–") else None
                return None
            if self.tokens[back].text in (",", "—", "–", ";", ":"):
                return None
        return None

    def relative_speaker(self, relative: int, verb: int) -> Mention | None:
        """The leader a "who told him that" / "who said" clause belongs to: what they say now is their view."""
        word = self.words[verb]
        pronoun = self.words[relative]
        if relative + 1 != verb or pronoun not in ("who", "which") or not (word in TELLING or word.endswith("ed")):
            return None  # "Yatseniuk, who thanked Berlin for its solidarity": a view of the day, not a recap
        if relative < 2 or self.tokens[relative - 1].text != ",":
            return None
        named = self.ends.get(relative - 1)
        # "Hamas, which called the vote illegal": a body speaks through "which" (a state's "which" clause is
        # mostly a recap: "Russia, which opposed earlier rounds").
        kinds = ("leader",) if pronoun == "who" else ("org",)
        return named if named is not None and named.kind in kinds else None

    def issuing_verb(self, participle: int) -> int | None:
        """The verb that issued the text a participle describes: "signed a declaration pledging ties"."""
        if not self.words[participle].endswith("ing") or participle < 2:
            return None
        back = participle - 1
        if self.words[back] not in DOCUMENT_NOUNS:
            return None
        back -= 1
        while back > 0 and self.words[back] in DOCUMENT_MODIFIERS:
            back -= 1
        return back if self.words[back] in ISSUING_VERBS else None

    def subject(self, verb: int) -> _Subject:
        """The subject of the verb at token ``verb`` (see the module notes)."""
        words = self.words
        index = verb - 1
        background = False
        if index >= 0 and self.tokens[index].text == "," and words[verb].endswith("ing"):
            return _Subject((), inherited=True)  # "..., describing it as": the participle shares the subject
        issuer = self.issuing_verb(verb)
        if issuer is not None:
            return self.subject(issuer)  # "the two leaders issued a joint statement expressing ...": the issuers
        purpose = self.purpose_verb(verb)
        if purpose is not None:
            return self.subject(purpose)  # "Macron used the visit to press Hungary": whoever used it presses
        if index >= 0 and words[index] == "both":
            pair = self.plural(index)
            if pair:
                return _Subject(pair)  # "Both condemned the vetoes": the two named last
        for _ in range(3):
            while (
                index >= 0
                and index + 1 not in self.ends
                and (
                    words[index] in AUXILIARIES
                    or words[index] in TIME_WORDS
                    or (words[index].endswith("ly") and not self.tokens[index].capitalized)
                    or words[index] in ("'", "’", "t")
                    or words[index] in CONTRACTED
                )
            ):
                if words[index] == "had" and (index + 1 == verb or words[index + 1] != "to"):
                    background = True
                if words[index] in ("has", "have") and (
                    any(w in RECAP_ADVERBS for w in words[index + 1 : verb])
                    or "since" in words[verb : verb + SINCE_SPAN]
                ):
                    background = True  # "has long opposed", "have stood by the junta since July": a recap
                index -= 1
            if index < 0:
                return _Subject(())
            token = self.tokens[index]
            mention = self.ends.get(index + 1)
            if words[index] == "they" and self.last_group and (index == 0 or words[index - 1] in (",", ";")):
                return _Subject(self.placed(self.last_group, index), background)  # "They also urged ...": the group
            # "a joint statement in which they condemned": those who issued the text.
            in_which = index >= 2 and words[index - 1] == "which" and words[index - 2] in ("in", "under")
            if words[index] == "they" and index > 0 and (words[index - 1] == "," or in_which):
                # "In a joint statement issued in the names of the four leaders, they agreed": the leaders.
                counts = (self.plural(k) for k in range(index - 2, 0, -1) if words[k] in PLURAL_LEADERS)
                counted = next((group for group in counts if group), ())
                if counted:
                    return _Subject(counted, background)
                if in_which:
                    return _Subject(self.clause_subject(index - 2), background)
            if mention is not None and mention.first > 0 and words[mention.first - 1] == "where":
                return _Subject((mention,), True)  # "Syria, where Moscow backs the government": background
            if (
                mention is not None
                and mention.first > 0
                and words[mention.first - 1] in DENIED_BEFORE
                and words[verb + 1 : verb + 2] in ([], ["."], [","], [";"])
            ):
                return _Subject((mention,), True)  # "..., which Kigali denies", "a charge Bamako denies": background
            if (
                mention is not None
                and mention.kind == "country"
                and mention.first > 1
                and words[mention.first - 1] == "of"
            ):
                owner = self.leader_before_of(mention.first - 1)
                if owner is not None:
                    mention = owner  # "Crown Prince Abdullah of Saudi Arabia presented": the prince
            if mention is not None and mention.kind == "country" and self.qualifies_others(mention):
                return _Subject((), background)  # "Several U.S. states and cities said": not the government
            if mention is not None:
                if self.offices_of(mention) and mention.kind == "org":
                    return _Subject((mention,), background)  # "Leaders of the Arab League ... endorsed"
                if is_object(self.tokens, mention) and mention.form != "pronoun":
                    if mention.kind == "leader" and self.speaks_for(mention):
                        return _Subject((mention,), background)  # "A spokesman for Prime Minister X said"
                    if mention.kind in ("org", "country") and self.spokesperson_for(mention):
                        return _Subject((mention,), background)  # "A spokesman for the European Commission said"
                    return _Subject((), background)  # "analysts in Berlin said"
                if words[verb - 1] == "to" and index + 1 == verb - 1 and self.governed(mention):
                    # "the king telephoned Abbas to assure him": whoever telephoned assures.
                    return _Subject(self.clause_subject(mention.first), background)
                return _Subject(self.group(mention), background)
            if token.text in (",", "—", "–", "-"):
                opening = self.appositive_start(index)
                if opening is None:
                    return _Subject((), background, inherited=True)
                named = self.ends.get(index)
                agent = self.reading_agent(opening)
                if agent is not None:
                    # "The statement, read by the government spokesman, Colonel X, said": the reader is
                    # not the holder; the subject is the document before the participle.
                    index = agent - 1
                    continue
                if named is not None and (named.kind in ("leader", "org") or token.text != ","):
                    # "The EU's foreign policy chief, Federica Mogherini, said": the name is the subject;
                    # "the ambassadors of A, B and C - X, Y and Z - said": so is the list of names, and
                    # "six governments - Argentina, Canada and Peru - asked": so are the countries.
                    group = self.group(named)
                    # "His host, Russian President Vladimir Putin, said": the title before the name belongs to it.
                    if any(
                        member.first == opening + 1
                        or (
                            member.form != "title"
                            and self.opens_on_description(opening)
                            and all(self.tokens[k].capitalized for k in range(opening + 1, member.first))
                        )
                        for member in group
                    ):
                        return _Subject(group, background)
                if self.ends.get(opening) is None and self.appositive_start(opening) is not None:
                    index = opening  # "X, the Russian defence minister, who travelled with Putin, said": two asides
                    continue
                index = opening - 1
                continue
            if words[index] in RELATIVES:
                speaker = self.relative_speaker(index, verb)
                if speaker is not None:
                    return _Subject((speaker,), background)  # "called on Zardari, who told him that ..."
                return _Subject((), True)
            if words[index] in ("and", "but", "or"):
                return _Subject((), background, inherited=True, joiner=words[index])
            body = self.body_of_office(index)
            if body is not None:
                return _Subject((body,), background)
            plural = self.plural(index) or self.joint_governments(index)
            if plural:
                return _Subject(plural, background)
            if words[index] in DOCUMENT_NOUNS and index > 0 and words[index - 1] == "the":
                if self.signatories:
                    return _Subject(self.signatories, background)  # "the communique said": its signatories
                body = self.body_named_before()
                if body is not None:
                    return _Subject((body,), background)  # "ECOWAS closed its borders. The communique described"
            if words[index] in OFFICE_NOUNS:
                back = index
                while back > 0 and (
                    words[back] in OFFICE_NOUNS
                    or (self.tokens[back].text.isupper() and back + 1 not in self.ends and back < index)
                ):
                    back -= 1  # "North Korea's official KCNA news agency": the agency's acronym too
                name_start = index
                while name_start > 0 and self.tokens[name_start].capitalized and self.tokens[name_start].text.isalpha():
                    name_start -= 1  # "China's Taiwan Affairs Office": an office's own name, back to its owner
                if self.tokens[index].capitalized and name_start < index - 1 and words[name_start] in ("'s", "’s"):
                    owner = self.ends.get(name_start)
                    if owner is not None and owner.kind == "country":
                        return _Subject((owner,), background)
                if words[back] == "its" and (back == 0 or words[back - 1] in (",", "and", "but")):
                    body = self.last_body_or_country(back)
                    if body is not None:
                        return _Subject((body,), background)  # "Its foreign ministry called ...": the one named last
                if back > 0 and words[back] in ("'s", "’s", "'", "’"):
                    owner = self.ends.get(back)
                    if owner is not None:
                        return _Subject((owner,), background)
                if words[back] in POSSESSIVES:
                    owner = self.ends.get(back + 1)
                    if owner is not None and owner.kind == "leader":
                        return _Subject((owner,), background)  # "His office said": the leader
                owner = self.ends.get(back + 1)
                if owner is not None and owner.kind in ("org", "country") and owner.last == back + 1:
                    return _Subject((owner,), background)  # "a Hamas spokesman condemned": Hamas
                demonym = self.demonym(back)
                if demonym is not None:
                    return _Subject((demonym,), background)  # "the German government said": Germany
                scene = self.scene_country(back, index + 1)
                if scene is not None:
                    return _Subject((scene,), background)  # "In Paris, the foreign ministry said": France
                home = self.dateline_office(back, index + 1)
                if home is not None:
                    return _Subject((home,), background)  # "SINGAPORE - ... the foreign ministry said"
            return _Subject((), background)
        return _Subject((), background)

    def qualifies_others(self, mention: Mention) -> bool:
        """Whether a country only qualifies other speakers: "U.S. states", "European diplomats", "Iraqi officials"."""
        return mention.last < len(self.words) and self.words[mention.last] in NOT_GOVERNMENTS

    def leader_before_of(self, of: int) -> Mention | None:
        """The leader named before "of" ("Abdullah bin Abdul Aziz of Saudi Arabia"), over name words left over."""
        back = of
        while (
            back > 0
            and back not in self.ends
            and (self.tokens[back - 1].capitalized or self.words[back - 1] in NAME_PARTICLES)
        ):
            back -= 1
        owner = self.ends.get(back)
        return owner if owner is not None and owner.kind == "leader" else None

    def dateline_office(self, first: int, last: int) -> Mention | None:
        """The dateline's country for "the foreign ministry" named without a country, placed on its words."""
        country = self.actors.dateline.country if self.actors.dateline is not None else None
        if country is None or self.words[first] != "the" or self.words[last - 1] not in GOVERNMENT_OFFICES:
            return None
        return self.country_on(country, first, last)

    def scene_country(self, first: int, last: int) -> Mention | None:
        """The country of the place a sentence opens on ("In Paris, ..."), placed on the words first..last."""
        if first < 3 or self.words[0] != "in" or self.words[first] != "the":
            return None
        for begin, end, country, _ in self.actors.place_mentions[self.sentence.index]:
            # "In New Delhi, where Clinton held talks, the foreign ministry said": over a where-clause too.
            where = self.words[end : end + 2] == [",", "where"] and self.words[first - 1] == ","
            if begin == 1 and self.words[end : end + 1] == [","] and (end + 1 == first or where):
                return self.country_on(country, first, last)
        return None

    def country_on(self, code: str, first: int, last: int) -> Mention:
        """A country placed on the words ``first`` to ``last`` that stand for it here."""
        return Mention("country", code, first, last, self.tokens[first].start, self.tokens[last - 1].end, "country")

    def placed(self, holders: Sequence[Mention], index: int) -> tuple[Mention, ...]:
        """Holders named in another sentence, placed on the word at ``index`` that stands for them here."""
        token = self.tokens[index]
        return tuple(Mention(m.kind, m.ref, index, index + 1, token.start, token.end, m.form) for m in holders)

    def joint_governments(self, index: int) -> tuple[Mention, ...]:
        """ "In a joint statement, the two governments said": the first countries the story names, as many as counted.

        The parties of a joint text are those the story opens with, not whoever was named last ("a protest
        from China"). Each is placed on the plural noun, so nothing reads another sentence's token positions.
        """
        words = self.words
        if words[index] not in STATE_PLURALS or index < 2 or words[index - 2] != "the":
            return ()
        # "In the statement, the two governments said": the joint text named before.
        in_the_text = index == 6 and words[:2] == ["in", "the"] and words[2] in DOCUMENT_NOUNS and words[3] == ","
        if "joint" not in words and index != 2 and not in_the_text:
            return ()
        count = NUMBERS.get(words[index - 1], 0)
        chosen: list[str] = []
        for mention in itertools.chain.from_iterable(self.actors.mentions):
            code = self.country_of(mention)
            if code is not None and code not in chosen and sovereign_of(code) == code:
                chosen.append(code)
            if len(chosen) == count:
                return tuple(self.country_on(code, index, index + 1) for code in chosen)
        return ()

    def country_of(self, mention: Mention) -> str | None:
        """The country a mention names, or a leader's country ("a Tokyo shrine" names a place, not a state)."""
        if mention.kind == "country":
            return mention.ref if mention.form in ("country", "name", "government") else None
        if mention.kind != "leader":
            return None
        return resolve_country(self.actors.entities[mention.ref].country or "")

    def sentences_before(self) -> Iterator[tuple[Sequence[Token], Sequence[Mention]]]:
        """The tokens and mentions of the two sentences before this one, the nearest first."""
        for index in range(self.sentence.index - 1, max(-1, self.sentence.index - 3), -1):
            yield (self.article[index].tokens if index < len(self.article) else ()), self.actors.mentions[index]

    def body_named_before(self) -> Mention | None:
        """The body that acted in one of the two sentences before, for a text named with no signatories."""
        for tokens, mentions in self.sentences_before():
            acting = [m for m in mentions if m.kind == "org" and not is_object(tokens, m)]
            if acting:
                return acting[0]
        return None

    def last_body_or_country(self, its: int) -> Mention | None:
        """The country or body that acted last in this sentence or the two before, for the "its" at ``its``.

        In this sentence it is the first clause's subject: "Honduras said it was studying a move, and its
        foreign ministry said". A possessor inside an apposition is no actor: in "China, Thailand's largest
        trading partner, was guarded" China acts (but "North Korea's response was defiant. Its news agency
        said": North Korea).
        """
        here = [
            m
            for m in self.mentions
            if m.last <= its
            and m.kind in ("country", "org")
            and m.form in ("country", "name", "government")
            and not is_object(self.tokens, m)
        ]
        if here:
            return here[0]
        for tokens, mentions in self.sentences_before():
            for mention in reversed(mentions):
                if (
                    mention.kind in ("country", "org")
                    and mention.form in ("country", "name", "government")
                    and not (tokens and _apposed_possessor(tokens, mention))
                ):
                    return mention
        return None

    def commentary(self, verb: _Verb) -> bool:
        """Whether ``verb`` lies inside what a commentator said ("analysts said Kim would ...")."""
        if verb.subject.inherited or self.answers_a_charge(verb.match.first):
            return False  # "Diplomats said X, a charge Hor Namhong dismissed": the answer is his own
        return any(last <= verb.match.first < end for last, end in self.orphan_reports)

    def answers_a_charge(self, verb: int) -> bool:
        """Whether a verb answers a charge just named: "..., a charge Foreign Minister X dismissed"."""
        for back in range(verb - 1, max(-1, verb - CHARGE_REACH), -1):
            if self.words[back] in DENIED_BEFORE and self.words[back] != "which":
                return back >= 2 and self.words[back - 1] in ("a", "an") and self.words[back - 2] == ","
        return False

    def demonym(self, index: int) -> Mention | None:
        """The country of a capitalised demonym at ``index`` ("the *Palestinian* foreign ministry")."""
        token = self.tokens[index]
        if not token.capitalized or not token.text.isalpha() or self.actor_words[index]:
            return None
        if index > 0 and self.words[index - 1] not in ("the", "a", "an", ",", "—"):
            return None
        code = resolve_country(token.text)
        return self.country_on(code, index, index + 1) if code is not None else None

    def naming(self, begin: int, end: int) -> bool:
        """Whether the words after 'call' only give a name ("calling it “Liberation Day.”")."""
        named = False
        for position in range(begin, min(end, len(self.tokens))):
            token, word = self.tokens[position], self.words[position]
            if word in stance_words() or word in negative_words():
                return False
            if token.capitalized:
                named = True
            elif word not in NAMING_FILLERS and token.text.isalnum():
                return False
        return named

    def caller_of(self, verb: int, holders: Sequence[Mention]) -> tuple[Mention, ...]:
        """ "Modi telephoned Sharif on Sunday to condemn the attack": who made the call, when the one found
        before the infinitive is the one called; the call's purpose is the caller's."""
        if verb < 2 or self.words[verb - 1] != "to" or len(holders) != 1 or not self.named_here(holders):
            return ()
        called = holders[0]
        marker = marker_index(self.tokens, called)
        if marker < 1 or self.words[marker] not in _CALLING:
            return ()
        caller = self.subject(marker)
        return tuple(m for m in caller.holders if m.ref != called.ref) if caller.holders else ()

    def named_here(self, mentions: Sequence[Mention]) -> bool:
        """Whether every mention is in this sentence, so that its token positions index this sentence's words.

        A subject can come from an earlier sentence ("the communique said": the body that acted before).
        """
        return all(self.sentence.start <= m.start < self.sentence.end for m in mentions)

    def addressee(self, verb: int, holders: Sequence[Mention]) -> bool:
        """'pressed Congress to approve more aid': the infinitive's subject is someone else's addressee."""
        if verb == 0 or self.words[verb - 1] != "to" or not self.named_here(holders):
            return False
        first = min(m.first for m in holders)
        if first == 0:
            return False
        before = self.words[first - 1]
        if before == "on" and first >= 2:
            before = self.words[first - 2]
        return before in ADDRESSING

    def commentator(self, verb: int) -> bool:
        """Whether the clause before ``verb`` names outside commentators ("analysts in Seoul said")."""
        for back in range(verb - 1, max(-1, verb - COMMENTATOR_SPAN), -1):
            if self.tokens[back].text in (",", ";", ":", ".", "“", "”", '"'):
                return False
            if self.words[back] in COMMENTATORS:
                return True
        return False

    def subject_after(self, match: PhraseMatch[VerbSense]) -> tuple[Mention, ...]:
        """'“...,” said Macron': an inverted speaker right after a reporting verb."""
        if match.first == 0 or self.tokens[match.first - 1].text not in (",", "”", '"'):
            return ()
        for position in range(match.last, min(match.last + 5, len(self.tokens))):
            mention = self.starts.get(position)
            if mention is None and not self.in_name_or_title(position):
                break  # ", calling it a day for Ukraine": not a speaker's name and title
            if mention is not None:
                if (
                    mention.kind == "country"  # not "said she would", nor a movement a chief speaks for
                    and mention.last < len(self.tokens)
                    and self.words[mention.last] in _CLAUSE_VERBS
                ):
                    return ()  # "..., said Pyongyang would study the ideas": the reported clause's subject
                if mention.kind != "leader":
                    # "said NATO Secretary-General Jens Stoltenberg": the body names the speaker's office.
                    for after in range(mention.last, min(mention.last + 6, len(self.tokens))):
                        person = self.starts.get(after)
                        if person is not None and person.kind == "leader":
                            return (person,)
                return (mention,)
            if self.tokens[position].text in (",", ".", "“", '"'):
                break
        return ()

    # --- verbs ----------------------------------------------------------------------------

    def is_verb(self, match: PhraseMatch[VerbSense]) -> bool:
        token = self.tokens[match.first]
        if match.first > 0 and token.capitalized:
            return False  # a capitalised form inside a sentence is a name ("the United States")
        head = self.words[match.first]
        before = self.words[match.first - 1] if match.first else ""
        after = self.words[match.last] if match.last < len(self.words) else ""
        if self.used_as_noun(match.first):
            return False  # "a state visit", "Libyan state television": the state, not stating
        if head == "back" and after in ("in", "at", "to", "home", "from", "on", "into"):
            return False  # "back in New Delhi by evening": an adverb, not backing anything
        if head == "press" and after in _PRESS_NOUNS:
            return False  # "Pentagon press secretary John Kirby", "a press conference": the press, not pressing
        if (head.endswith("ing") and before in GERUND_OWNERS) or before in POSSESSIVES:
            return False  # "our full backing", "its support", "criticised X for blocking": what X did
        if head.endswith("ed") or head in ("said", "told", "held", "laid"):
            back = match.first - 1
            while back >= 0 and self.words[back].endswith("ly"):
                back -= 1
            if back >= 0 and self.words[back] in NOUN_OPENERS:
                return False  # "the internationally backed road map"
            if after == "by":
                return False  # passive or reduced relative: "tariffs announced by Trump"
            if (
                back >= 0
                and self.words[back] in PASSIVE_AUXILIARIES
                and head.endswith("ed")
                and (after not in ("to", "that") or match.values[0].lemma == "welcome")
            ):
                # "Li was welcomed with a salute", "Ruto was welcomed to the White House": the one welcomed
                # holds no view; "was urged to" still reports a view.
                return False
        if match.values[0].lemma == "unveil" and not _UNVEILED_THINGS.isdisjoint(
            self.words[match.last : match.last + _UNVEILED_REACH]
        ):
            return False  # "unveiled a plaque", "unveiled a statue of Gandhi": a ceremony, not a proposal
        if match.values[0].lemma == "embrace" and (
            after in EMBRACED or match.last in self.starts or not after.isalpha()
        ):
            return False  # "embraced him on the tarmac", "the two men embraced": a hug, not a stance
        if match.values[0].lemma == "call" and not (
            after in CALLED_OBJECTS
            or (
                match.last + 2 < len(self.words)
                and self.words[match.last + 1] in ("'s", "’s")
                and not self.tokens[match.last + 2].capitalized
            )
            or self.names_someone(match.last)
            or self.bare_noun_named(match.last)
        ):
            return False  # "called Zelensky" is a phone call; "called the deal a failure" judges it
        # "what he described as ...": an aside inside another clause
        # "which he has called": an auxiliary may stand between.
        pronoun = match.first - (2 if match.first < 3 or self.words[match.first - 1] not in PERFECT else 3)
        if match.values[0].kind == "assess" and pronoun >= 0 and self.words[pronoun] in RELATIVE_OBJECTS:
            return False  # "terrorism, which he called a common enemy": a gloss on what the sentence is about
        quoted = before == "as" and head == "saying" and match.first >= 2 and self.words[match.first - 2] in QUOTED
        return quoted or not (before in ("what", "as") or (match.first >= 2 and self.words[match.first - 2] == "what"))

    def used_as_noun(self, index: int) -> bool:
        """Whether a verb's form is a noun here: after an article ("a state visit"), or "state television"."""
        before = self.words[index - 1] if index > 0 else ""
        after = self.words[index + 1] if index + 1 < len(self.words) else ""
        return before in ARTICLES or (self.words[index] == "state" and after in STATE_NOUNS)

    def in_name_or_title(self, index: int) -> bool:
        """Whether a word can belong to a speaker's name and title ("Kremlin spokesman Dmitry Peskov")."""
        word = self.words[index]
        return self.tokens[index].capitalized or word in TITLE_WORDS or word in title_words()

    def purpose_verb(self, verb: int) -> int | None:
        """Where "used" stands in "used the visit to press", "used his speech to announce", for the verb after "to"."""
        words = self.words
        if verb < 3 or words[verb - 1] != "to":
            return None
        for index in range(verb - 2, max(-1, verb - 2 - PURPOSE_REACH), -1):
            word = words[index]
            if word in PURPOSE_VERBS:
                # The object between is a plain noun phrase: "the visit", "his first summit with X".
                return index if index + 1 < verb - 1 and words[index + 1] in PURPOSE_OBJECT_OPENERS else None
            if word in PURPOSE_STOPS:
                return None
        return None

    def governed(self, mention: Mention) -> bool:
        """Whether a verb just before a mention takes it as object ("telephoned Abbas", "urged Putin")."""
        first = mention.first
        while first > 0 and self.in_name_or_title(first - 1) and self.tokens[first - 1].capitalized:
            first -= 1
        before = _verb_before(self.tokens, first)
        return before is not None and before.lower.endswith("ed")

    def clause_subject(self, participle: int) -> tuple[Mention, ...]:
        """The subject of the clause a participle hangs on: the nearest actor before it that no verb governs.

        "Washington has excluded Cuba and Venezuela, arguing that ...": the one who excludes argues,
        not the countries excluded.
        """
        candidates = [
            m
            for m in self.mentions
            if m.last <= participle and not is_object(self.tokens, m) and not self.names_a_thing(m)
        ]
        while candidates:
            group = group_of([m for m in candidates if m.kind == candidates[-1].kind], candidates[-1], self.tokens)
            first = min(m.first for m in group)
            if _verb_before(self.tokens, first) is None:
                return tuple(group)
            candidates = [m for m in candidates if m.last <= first]
        # "The six ministers opened the session by jointly condemning ...": a counted subject opening the sentence.
        for index in range(min(participle, PLURAL_OPENING)):
            if self.words[index] in PLURAL_LEADERS or self.words[index] in PLURAL_OFFICES_OF:
                return self.plural(index)
        return ()

    def names_a_thing(self, mention: Mention) -> bool:
        """ "the 1944 Warsaw Uprising", "the Minsk Agreements": a city inside a name, not a government."""
        if mention.kind != "country" or mention.form not in ("capital", "place") or mention.last >= len(self.tokens):
            return False
        return self.tokens[mention.last].capitalized

    def opening_subject(self, before: int) -> tuple[Mention, ...]:
        """The subject that opens the sentence: "The two leaders ...", "Modi and Zuma ..."."""
        for index in range(min(before, OPENING_SPAN)):
            if self.words[index] in PLURAL_LEADERS:
                return self.plural(index)
            mention = self.starts.get(index)
            if mention is not None and mention.kind == "leader" and not is_object(self.tokens, mention):
                return self.group(mention)
        return ()

    def bare_noun_named(self, position: int) -> bool:
        """'called dialogue "the only road"', "called illegal immigration a threat": a bare noun phrase, then
        what it is."""
        if position + 1 >= len(self.tokens):
            return False
        token = self.tokens[position]
        if not token.text.isalpha() or not token.text.islower() or token.lower in CALL_PARTICLES:
            return False  # "called off a trip", "called in an envoy": another verb
        for index in range(position + 1, min(len(self.tokens), position + 1 + BARE_NOUN_WORDS)):
            if self.words[index] in DESCRIPTION_OPENERS:
                return True
            if not (self.tokens[index].text.isalpha() and self.tokens[index].text.islower()):
                return False
        return False

    def names_someone(self, position: int) -> bool:
        """'called President George W. Bush "the devil"', 'called Chavez a thug': a person, then a name for them."""
        person = next((m for m in self.mentions if m.kind == "leader" and position <= m.first <= position + 3), None)
        if person is not None:
            end = person.last
        else:
            # "called NAFTA perhaps the worst trade deal ever made": a named thing, then what it is called.
            end = position
            while end < len(self.tokens) and end - position < 4 and self.tokens[end].capitalized:
                end += 1
            if end == position:
                return False
        if end >= len(self.tokens):
            return False
        following = self.tokens[end].text
        if following in ('"', "“"):
            return True
        named = self.words[end : end + 2]
        return named[:1] in (["a"], ["an"], ["perhaps"]) and not set(named) & SPANS_OF_TIME

    def parenthetical(self, verb: _Verb) -> tuple[int, int] | None:
        """'If X, Putin warned, Y would ...': the commas around a speaker set inside the reported words.

        Returns the comma before the speaker and the token after the verb (a comma or the
        sentence end), or None when the verb heads its own clause.
        """
        holders = verb.reporter or verb.subject.holders
        if not holders or verb.subject.inherited or not self.named_here(holders):
            return None
        first = min(m.first for m in holders)
        if first > verb.match.first:
            return None
        floor = max(0, first - 5)
        while first > floor and (self.tokens[first - 1].capitalized or self.words[first - 1] in TITLE_WORDS):
            first -= 1  # "..., French President Emmanuel Macron warned,": the title belongs to the speaker
        if first < 2 or self.tokens[first - 1].text != ",":
            return None
        after = verb.match.last
        if self.words[verb.match.first] in ("told", "tells", "tell"):
            # "..., Kerry told reporters.", "..., he told the BBC.": past the audience.
            audience = self.audience_end(after)
            listener = self.starts.get(after)
            after = audience if audience is not None else (listener.last if listener is not None else after)
        setting = after
        while after < len(self.tokens) and (self.words[after] in TIME_WORDS or self.words[after] in ("on", "late")):
            after += 1
        if after < len(self.tokens) and self.tokens[after].text not in (",", ".", "!", "?"):
            # "..., he said in a statement, should ...", "..., he wrote on Twitter, and ...", "..., he told
            # Swedish reporters, would ...": a short phrase of manner, place or audience before the comma.
            reach = setting
            opens = self.words[setting] in SETTING_WORDS or self.words[verb.match.first] in ("told", "tells", "tell")
            while opens and reach < min(len(self.tokens), setting + SETTING_SPAN) and self.words[reach].isalpha():
                reach += 1
            if not opens or (reach < len(self.tokens) and self.tokens[reach].text not in (",", ".", "!", "?")):
                return None
            after = reach
        return (first - 1, after)

    def speculative(self, verb: int) -> bool:
        reports = report_lemmas()
        for back in range(verb - 1, -1, -1):
            word = self.words[back]
            if word in SPECULATION and "," in self.words[back:verb] and self.words[0].endswith("ing"):
                return False  # "Speaking two months before Britain votes on whether to leave, he said": a scene
            if word in SPECULATION:
                # "Asked whether he would attend, Kagame said he had not decided": the question was put to
                # the speaker; the answer after the comma is theirs.
                return not (
                    back > 0 and self.words[back - 1] in ("asked", "questioned") and "," in self.words[back:verb]
                )
            if self.tokens[back].text in (";", ".", "”", '"') or word in reports:
                return False  # an "if" inside the speaker's own quotation is their condition, not doubt
        return False

    def left_open(self, match: PhraseMatch[VerbSense]) -> bool:
        """A negated report of an open question: "did not say whether", "would not say when"."""
        if match.last >= len(self.words) or self.words[match.last] not in OPEN_QUESTIONS:
            return False
        return any(is_negation(self.words, i) for i in range(max(0, match.first - 3), match.first))

    def said_only(self, match: PhraseMatch[VerbSense], end: int) -> bool:
        """ "said only that the matter would be looked at": a reply that gives away no view (but "said only that
        the dispute should be settled through dialogue" still asks for something)."""
        if tuple(self.words[match.last : match.last + 2]) != ("only", "that"):
            return False
        said = self.words[match.last + 2 : end]
        if not NEEDING.isdisjoint(said) or any(obliged_at(said, at) for at in range(len(said))):
            return False
        return stance_words().isdisjoint(said)

    def stance_of(self, match: PhraseMatch[VerbSense], end: int) -> str:
        sense = match.values[0]
        if sense.kind != "stance" or sense.stance is None:
            return content_stance(self.words[match.last : end])
        if sense.lemma == "decline" and match.last < len(self.words) and self.words[match.last] == "to":
            # "declined to name the pipeline", "declined to say whether" withhold a view; "declined to attend",
            # like "declined the invitation", refuses the act.
            declined = self.words[match.last + 1] if match.last + 1 < len(self.words) else ""
            return "oppose" if declined and declined not in WITHHELD else "neutral"
        window = range(max(0, match.first - 3), match.first)
        negated = any(self.words[i] in NEGATORS or is_negation(self.words, i) for i in window)
        if match.last < len(self.words) and self.words[match.last] in ("no", "nothing"):
            negated = not negated  # "agreed to no autonomy"
        if negated and sense.lemma.startswith("commit"):
            return "neutral"  # "did not commit to a date", "would not commit himself": undecided (27 gold of 29)
        if negated:
            return _negated_stance(sense)
        after = self.words[match.last : min(end, match.last + TOPIC_WINDOW)]
        if sense.lemma in CLAUSE_VERDICT_VERBS and after[:1] == ["that"] and bears_stance(after[1:]):
            return content_stance(after[1:])  # "agreed that such a test would be unacceptable"
        if sense.lemma == "regret" and regretted_absence(self.words[match.first : end]):
            return "support"  # "regretted the council's failure to act": for the action that did not happen
        if sense.stance == "support" and after[:2] in (["not", "to"], ["never", "to"]):
            return "oppose"  # "pledged never to allow Iran a bomb", "vowed not to raise new barriers": against the act
        if sense.stance == "support" and sense.lemma in ADDRESSEE_VERBS:
            for index, word in enumerate(after[:6]):
                if word == "not" and index + 1 < len(after) and after[index + 1] == "to":
                    return "oppose"  # "asked Washington not to take steps on visas"
        if sense.lemma == "warn" and _threatened_measure(after):
            return "support"  # "warned that Washington was prepared to impose sanctions": the threat is the view
        if sense.stance == "support" and declared_opposition(after[:OPPOSITION_REACH]):
            return "oppose"  # "reiterated Brazil's opposition to the embargo": what is upheld is an opposition
        if sense.stance == "support":
            for index, word in enumerate(after[:URGED_ACT_REACH]):
                if word in AVOIDING and index > 0 and after[index - 1] == "to":
                    return "oppose"  # "urged both sides to avoid provocations", "to refrain from violence"
                if word in STOP_VERBS and index > 0 and after[index - 1] == "to":
                    # "urged Washington to scrap its tariffs" opposes the tariffs; stopping a war is support, and
                    # so is lifting a measure or withdrawing forces: the act is asked for.
                    lifting = word in LIFTING_VERBS
                    return "support" if lifting or any(w in WAR_OBJECTS for w in after[index + 1 :]) else "oppose"
        return sense.stance

    def end_words(self, verb: _Verb, end: int) -> None:
        """End a verb's words at token ``end``, where a later verb of the sentence begins, and judge them again."""
        verb.scope_end = end
        verb.stance = self.stance_of(verb.match, end)

    def joined_report(self, match: PhraseMatch[VerbSense]) -> int | None:
        """Where ", and officials said" or ", and he urged" begins: the comma before a verb joined to the
        sentence with a short subject of its own; the words before it are a separate view."""
        words = self.words
        for back in range(match.first - 2, max(0, match.first - JOINED_SUBJECT - 2), -1):
            if words[back] == "and" and words[back - 1] == ",":
                subject = words[back + 1 : match.first]
                return back - 1 if all(word.isalpha() and word != "that" for word in subject) else None
        return None

    def scope_end(self, start: int) -> int:
        """Where reported words starting at ``start`` end: a semicolon or a contrasting clause."""
        quoted = False
        for position in range(start, len(self.tokens)):
            text = self.tokens[position].text
            if text in OPEN_QUOTES:
                quoted = not quoted if text == '"' else True
            elif text == "”":
                quoted = False
            if quoted:
                continue
            if text == ";" or self.words[position] in SCOPE_ENDS:
                return position
            if (
                text == ","
                and position + 2 < len(self.words)
                and self.words[position + 1] in ("but", "while", "as")
                and self.words[position + 2] != "that"
            ):
                return position
        return len(self.tokens)

    def quote_before(self, verb: int) -> tuple[int, int] | None:
        """Tokens of a quotation just before a verb ('“...,” he said', '“...,” X, the Russian foreign minister,
        told reporters')."""
        position = self.before_apposition(verb - 1)
        skipped = 0
        while position >= 0 and self.tokens[position].text not in ("”", '"'):
            token = self.tokens[position]
            if not (token.capitalized or token.text in ("-", "'s", "’s", ".")):
                skipped += 1  # the speaker's name and title do not count
            if skipped > 4 or verb - position > 12:
                return None
            position -= 1
        if position < 0:
            return None
        for opening in range(position - 1, -1, -1):
            if self.tokens[opening].text in ("“", '"'):
                return (opening + 1, position)
        return (0, position) if position > 0 else None

    def before_apposition(self, position: int) -> int:
        """Where a speaker's name ends when an apposition closes at ``position`` ("X, the U.S. assistant
        secretary of state, said"), else ``position``."""
        if position < 0 or self.tokens[position].text != ",":
            return position
        for opening in range(position - 1, max(-1, position - _APPOSITION_REACH), -1):
            text = self.tokens[opening].text
            if text in ("”", '"', "“", ";", ":"):
                return position
            if text == ",":
                named = opening > 0 and self.ends.get(opening) is not None
                return opening - 1 if named and opening + 1 < position else position
        return position

    def quote_after(self, start: int) -> tuple[int, int] | None:
        """'..., Scholz said, “accept this.”': the second part of a split quote."""
        position = start
        while position < len(self.tokens) and self.tokens[position].text in (",", "and"):
            position += 1
        if position < len(self.tokens) and self.tokens[position].text in ("“", '"'):
            for closing in range(position + 1, len(self.tokens)):
                if self.tokens[closing].text in ("”", '"'):
                    return (position + 1, closing)
            return (position + 1, len(self.tokens))
        return None

    def content_start(self, match: PhraseMatch[VerbSense]) -> int:
        """Where the reported words begin: after an indirect object, an adverbial and "that"."""
        position = match.last
        limit = min(len(self.tokens), match.last + 10)
        if self.words[match.first] in ("told", "tell", "tells", "telling"):
            mention = self.starts.get(position)
            audience = self.audience_end(position)
            if mention is not None:
                position = mention.last
            elif audience is not None:
                position = audience  # "told reporters the deal was a disaster", "told a closing news conference"
            else:
                while position < limit and self.words[position] not in SUBJECT_PRONOUNS | {"that"}:
                    if self.tokens[position].text in (",", ".", "“", '"') or position - match.last >= 3:
                        break
                    position += 1
        if tuple(self.words[position : position + 4]) in HEDGED_THAT:
            return position + 4  # "said, however, that Belgium would sign"
        for ahead in range(position, limit):
            word = self.words[ahead]
            if word == "that":
                return ahead + 1
            if (
                word in FINITE_VERBS
                or word in ("and", "but")
                or self.tokens[ahead].text in (",", ".", ";", "“", '"', ":")
            ):
                break  # "said the draft remained unacceptable and that ...": the clause began already
        if position < len(self.words) and self.words[position] in ADVERBIAL_STARTS:
            # "said from a White House balcony.": no reported words after the verb.
            for ahead in range(position, len(self.tokens)):
                if self.tokens[ahead].text in (",", ".", ";", "“", '"'):
                    return ahead
                if ahead - position <= SHORT_ADVERBIAL and self.words[ahead] == "that":
                    return ahead + 1  # "said on Twitter that Europe stood with them"
                if (
                    0 < ahead - position <= SHORT_ADVERBIAL
                    and (self.words[ahead] in SUBJECT_PRONOUNS or self.possessed_subject(ahead))
                    and self.words[position] not in CLAUSE_OPENERS
                ):
                    return ahead  # "said on Tuesday he wanted ...", "... his government would"; not "said as he"
        return position

    def possessed_subject(self, position: int) -> bool:
        """ "his government would", "their countries had": a possessive and a noun, then a verb."""
        if self.words[position] not in POSSESSIVE_OPENERS or position + 2 >= len(self.words):
            return False
        return self.words[position + 2] in FINITE_VERBS

    # --- run ------------------------------------------------------------------------------

    def earlier_news(self, match: PhraseMatch[VerbSense]) -> bool:
        """Whether a verb is dated before the story's news: "said last month", "warned earlier this year"."""
        after = self.words[match.last : match.last + 3]
        if after[:1] == ["repeatedly"]:
            return True  # "has said repeatedly that": a recap
        # Most verbs have no "long" before them and no "time" after: a scan in C for the word spares the loops.
        if "long" in self.words[max(0, match.first - LONG_REACH) + 1 : match.first]:
            for back in range(match.first - 1, max(0, match.first - LONG_REACH), -1):
                if not self.words[back].isalpha():
                    break
                if self.words[back] == "long" and self.words[back - 1] in PERFECT:
                    return True  # "who has long pressed Serbia to recognise Kosovo": a stance of old, recalled
        for index, word in enumerate(after[:-1]):
            if word == "last" and after[index + 1] in EARLIER_SPANS:
                return True
            if word == "earlier" and after[index + 1] == "this":
                return True
        if self.dated_before_the_news(match):
            return True  # "offered in May to help", "In March, days before the election, Zhu warned"
        # "called the incident a stab in the back at the time": what was said then
        scope = self.words[match.last : min(len(self.words), match.last + AT_THE_TIME_REACH)]
        return "time" in scope and any(scope[k : k + 3] == ["at", "the", "time"] for k in range(len(scope) - 2))

    def dated_before_the_news(self, match: PhraseMatch[VerbSense]) -> bool:
        """Whether "in <month>" or "in <year>" just after a verb, or opening its sentence, is before the article."""
        date = self.actors.date
        if date is None:
            return False
        words = self.words
        spots = [k for k in range(match.last, min(len(words) - 1, match.last + DATED_REACH)) if words[k] == "in"]
        if words[:1] == ["in"] and match.first > 1:
            spots.append(0)
        for k in range(match.last, min(len(words) - 1, match.last + DATED_REACH)):
            if words[k] == "during" and self.names_earlier_time(words[k + 1 : k + 1 + DURING_REACH], date.year):
                return True  # "called him a corrupt communist during last year's campaign", "during its 1980-88 war"
        for k in spots:
            when = words[k + 1]
            if when.isdigit() and len(when) == 4 and int(when) < date.year:
                return True
            if when in MONTHS and self.tokens[k + 1].capitalized and MONTHS[when] < date.month:
                following = words[k + 2] if k + 2 < len(words) else ""
                if not (following.isdigit() and len(following) == 4 and int(following) > date.year):
                    return True
        return False

    @staticmethod
    def names_earlier_time(words: Sequence[str], year: int) -> bool:
        """Whether words name a time before the article's year: "last year's", "the 2016", "its 1980-88"."""
        for index, word in enumerate(words):
            if word == "last" and words[index + 1 : index + 2] and words[index + 1] in EARLIER_SPANS:
                return True
            start = word.split("-")[0]
            if start.isdigit() and len(start) == 4 and int(start) < year:
                return True
        return False

    def acts_on_the_same(self, prior: _Verb, verb: _Verb) -> bool:
        """Whether a second stance verb of the same holder takes the first one's object back with "it"."""
        if prior.sense.kind != "stance" or verb.sense.kind != "stance" or not verb.subject.inherited:
            return False
        if prior.subject.holders != verb.subject.holders or prior.stance != verb.stance:
            return False
        return "it" in self.words[verb.match.last : min(verb.scope_end, verb.match.last + BACK_REFERENCE)]

    def governing_verb(self, verbs: Sequence[_Verb], previous: _Verb, participle: int) -> _Verb:
        """The verb whose subject a participle shares: not one inside the words another verb reports.

        "Obama assured them that the United States would defend them, telling a crowd ...":
        Obama tells, not the United States.
        """
        if previous.sense.kind == "report" or not (
            participle and self.tokens[participle - 1].text == "," and self.words[participle].endswith("ing")
        ):
            return previous
        for earlier in reversed(verbs):
            if earlier.sense.kind == "report" and earlier.match.last <= previous.match.first < earlier.scope_end:
                return earlier
        return previous

    def run(self) -> list[FoundPosition]:
        verbs: list[_Verb] = []
        previous: _Verb | None = None
        silent = -1
        for match in verb_index().scan(self.tokens, self.words):
            if not self.is_verb(match) or match.first == silent:
                continue
            if self.earlier_news(match):
                continue  # "the ministry said last month that ...": a stance from an earlier news cycle
            if (
                match.values[0].lemma == "go on"
                and self.words[match.last : match.last + 1] == ["to"]
                and match.last + 1 < len(self.tokens)
                and self.tokens[match.last + 1].capitalized
            ):
                continue  # "Ban goes on to Jerusalem": a journey, not more words
            if match.first >= 2 and self.words[match.first - 1] == "to" and self.words[match.first - 2] in FORECAST:
                continue  # "is expected to press lawmakers", "was likely to ask parliament": a forecast, not a view
            if match.values[0].lemma in REFUSALS and tuple(self.words[match.last : match.last + 2]) in NO_COMMENT:
                silent = match.last + 1  # "declined to comment", "refused to say": no view stated
                continue
            if (
                silent >= 0
                and self.words[match.first].endswith("ing")
                and 0 < match.first - silent <= EXCUSE_REACH
                and self.words[match.first - 1] == ","
            ):
                continue  # "declined to comment, saying the guest list was a matter for the city": an excuse
            joined = self.joined_report(match)
            if joined is not None and previous is not None and previous.match.last < joined < previous.scope_end:
                # "said Islamabad was committed to the process, and officials stressed that ...": the first
                # speaker's words end where the second report begins.
                self.end_words(previous, joined)
            subject = self.subject(match.first)
            holders = subject.holders
            if not holders and match.values[0].kind != "stance" and not self.words[match.first].endswith("ing"):
                # '", said Macron"'; never ", saying Washington would": what follows a participle is its words.
                holders = self.subject_after(match)
            if (
                not holders
                and previous is not None
                and previous.match.last == match.first - 1
                and self.words[match.first - 1] == "to"
            ):
                # "refused to condemn X", "agreed to back X": the infinitive shares the subject.
                holders = previous.subject.holders
                subject = _Subject(holders, previous.subject.background, True)
            if not holders and subject.inherited and previous is not None:
                holders = self.governing_verb(verbs, previous, match.first).subject.holders
                subject = _Subject(holders, subject.background or previous.subject.background, True, subject.joiner)
            elif not holders and subject.joiner == "and" and previous is None:
                # "The two leaders witnessed the signing, and agreed to expand ties": the sentence's subject.
                holders = self.opening_subject(match.first)
                subject = _Subject(holders, subject.background, True, subject.joiner)
            elif not holders and self.words[match.first].endswith("ing") and previous is None:
                # "..., saying that": a participle shares the main clause's subject.
                holders = self.clause_subject(match.first)
                subject = _Subject(holders, subject.background, inherited=True)
            else:
                subject = _Subject(holders, subject.background, subject.inherited)
            if holders and self.addressee(match.first, holders):
                continue
            caller = self.caller_of(match.first, holders)
            if caller:
                holders = caller  # "Modi telephoned Sharif to condemn the attack": Modi condemns it
                subject = _Subject(holders, subject.background, subject.inherited)
            if not holders:
                if match.values[0].kind == "report" and self.commentator(match.first):
                    # "analysts said Kim would ...": what a non-actor says is nobody's position here.
                    self.orphan_reports.append((match.last, self.scope_end(match.last)))
                continue
            end = self.scope_end(match.last)
            verb = _Verb(match, subject, self.stance_of(match, end), end)
            if subject.inherited and previous is not None and previous.scope_end > match.first:
                # "said X, and warned that Y": the first verb's words end where the second verb starts.
                self.end_words(previous, max(previous.match.last, match.first - 1))
            verbs.append(verb)
            previous = verb
        self.verbs = verbs
        if verbs and not QUOTES.isdisjoint(self.words):  # quote marks fold to themselves
            for verb in verbs:
                # '"...?" he asked. "We need a ceasefire now."': whoever a quotation is given to speaks on.
                if verb.sense.kind == "report" or self.quote_before(verb.match.first) is not None:
                    self.speaker = verb.reporter or verb.subject.holders
        return self._positions(verbs)

    def continued_quote(self, speaker: Sequence[Mention]) -> list[FoundPosition]:
        """'“...,” X said. “Europe is ready.”': a quotation standing alone continues the speaker's words."""
        tokens = self.tokens
        if not speaker or len(tokens) < 3 or tokens[0].text not in OPEN_QUOTES:
            return []
        closing = next((i for i in range(1, len(tokens)) if tokens[i].text in ("”", '"')), len(tokens))
        if closing < len(tokens) - 2:
            return []  # words after the quotation: not a bare quotation
        begin, finish = 1, closing
        while finish > begin and tokens[finish - 1].text in (",", ".", ";", "!", "?"):
            finish -= 1
        words = self.words[begin:finish]
        if finish <= begin or not states_view(words):
            return []  # a quoted fragment ("Thank you.") states nothing
        wording = self.topic_text(begin, finish, clause=True)
        stance = content_stance(words)
        return [
            FoundPosition(
                holder,
                self.sentence.index,
                tokens[begin].start,
                tokens[finish - 1].end,
                stance,
                None,
                "say",
                wording,
                self.reported_by(holder),
            )
            for holder in speaker
        ]

    def _inside_report(self, verbs: Sequence[_Verb], verb: _Verb) -> _Verb | None:
        for other in verbs:
            if other is verb or other.sense.kind != "report":
                continue
            if other.match.last <= verb.match.first < other.scope_end and (
                not verb.subject.inherited or self.shares_reported_subject(verbs, verb, other)
            ):
                return other
            if other.match.first > verb.match.first and (
                self.quoted_before(verb.match.first, other.match.first) or self.fronted_report(verb, other)
            ):
                return other  # '"Serbia will not accept it," Tadic said': the quotation is the speaker's
        return None

    def pledged_for_own_side(self, verbs: Sequence[_Verb], verb: _Verb) -> bool:
        """Whether ``verb`` is inside the that-clause of a stance verb ("vowed that Senegal would stand with its
        neighbours") whose holder speaks for the clause's subject: the outer verb already holds the view."""
        return any(
            other is not verb
            and other.sense.kind == "stance"
            and self.words[other.match.last : other.match.last + 1] == ["that"]
            and other.match.last < verb.match.first < other.scope_end
            and bool(other.subject.holders)
            # "warned that talks had failed, and he called for": a pronoun opens a clause of its own.
            and all(holder.form != "pronoun" for holder in verb.subject.holders)
            and self._same_side(other.subject.holders, verb.subject.holders)
            for other in verbs
        )

    def shares_reported_subject(self, verbs: Sequence[_Verb], verb: _Verb, report: _Verb) -> bool:
        """ "She said Washington opposed X and backed Y": the second verb's subject is one inside the report."""
        holders = verb.subject.holders
        return any(
            other is not verb
            and other is not report
            and other.subject.holders == holders
            and not other.subject.inherited
            and report.match.last <= other.match.first < verb.match.first
            for other in verbs
        )

    def fronted_report(self, verb: _Verb, report: _Verb) -> bool:
        """ "The United States is not seeking to topple anyone, Blinken said": reported words put first."""
        speakers = report.subject.holders
        if not speakers or report.subject.inherited:
            return False
        if not self.named_here(speakers):
            return False  # "the statement said" for a body named in an earlier sentence: no words of this one
        first = min(m.first for m in speakers)
        opening = first - 1
        while opening > verb.match.last and (self.in_name_or_title(opening) or self.words[opening] in OFFICE_NOUNS):
            opening -= 1  # "..., foreign ministry spokesman Qin Gang told"
        return opening > verb.match.last and self.tokens[opening].text == "," and first < report.match.first

    def quoted_before(self, inside: int, verb: int) -> bool:
        """Whether token ``inside`` is in the quotation just before the reporting verb at ``verb``."""
        quote = self.quote_before(verb)
        return quote is not None and quote[0] <= inside < quote[1]

    def recalled_by_a_government(self, verb: _Verb) -> bool:
        """ "Moscow has accused the West of meddling": a government's stance in the perfect is a recap.

        A leader's "has proposed" opens the news itself ("Macron has proposed expanding the coalition").
        """
        holders = verb.subject.holders
        if not holders or any(m.kind == "leader" for m in holders):
            return False
        dateline = self.actors.dateline
        if dateline is not None and self.sentence.index == dateline.opening.index:
            return False  # "RIYADH — Saudi Arabia has put forward a plan": the lead's perfect is the news itself
        index = verb.match.first - 1
        while index >= 0 and (self.words[index] in RECAP_ADVERBS or self.words[index] in ("also", "now", "not")):
            index -= 1
        return index >= 0 and self.words[index] in ("has", "have")

    def is_spokesperson(self, mention: Mention) -> bool:
        entity = self.actors.entities.get(mention.ref)
        title = fold(entity.title or "") if entity is not None else ""
        return any(word in SPOKESPEOPLE for word in title.split()) or title.endswith("press secretary")

    def _office_of(self, reporter: Sequence[Mention], holders: Sequence[Mention]) -> bool:
        """Whether a government, body or spokesperson reports a leader's view ("The White House said Obama
        backed Lee", "spokesman Wolfgang Buechner said Chancellor Olaf Scholz fully backed the trip")."""
        if not reporter or not holders:
            return False
        if any(m.kind == "leader" for m in reporter):
            if not all(m.kind == "leader" and self.is_spokesperson(m) for m in reporter):
                return False
            return all(
                h.kind == "leader" and h.form != "pronoun" and h.ref not in {m.ref for m in reporter} for h in holders
            )
        voices = {m.ref for m in reporter}
        own = False
        for holder in holders:
            entity = self.actors.entities.get(holder.ref) if holder.kind == "leader" else None
            if entity is None or holder.form == "pronoun":
                return False
            own = own or bool({entity.country, entity.organization} & voices)
        # "The two prime ministers agreed to ..., the Indian foreign ministry said": its own leader among them.
        return own

    def _same_side(self, reporter: Sequence[Mention], holders: Sequence[Mention]) -> bool:
        """Whether ``holders`` speak for the reporter: a pronoun, the same leader, or their country."""
        refs = {m.ref for m in reporter}
        countries = {self.actors.entities[m.ref].country for m in reporter if m.ref in self.actors.entities}
        bodies = {self.actors.entities[m.ref].organization for m in reporter if m.ref in self.actors.entities}
        for holder in holders:
            if holder.ref in refs or holder.form == "pronoun" or holder.office:
                continue
            if holder.kind == "country" and holder.ref in countries:
                continue
            if holder.kind == "org" and holder.ref in bodies:
                continue  # "Michel said the EU does not recognise ...": the EU's president speaks for it
            return False
        return True

    def _positions(self, verbs: list[_Verb]) -> list[FoundPosition]:
        if not verbs:
            return []
        kept: list[_Verb] = []
        for index, verb in enumerate(verbs):
            report = self._inside_report(verbs, verb)
            if report is None and self.pledged_for_own_side(verbs, verb):
                continue  # "Erdogan promised that Turkey would stand by Pakistan": the promise is the position
            if report is not None:
                if self._office_of(report.subject.holders, verb.subject.holders):
                    report.reporter = verb.subject.holders  # what the office reports is the leader's view
                elif not self._same_side(report.subject.holders, verb.subject.holders):
                    continue
                else:
                    verb.reporter = report.subject.holders
            elif (
                verb.subject.background
                or self.recalled_by_a_government(verb)
                or (self.speculative(verb.match.first) and self.parenthetical(verb) is None)
                or self.commentary(verb)
            ):
                continue
            if verb.sense.lemma in INTRODUCING and not LISTING.isdisjoint(self.words[verb.match.last : verb.scope_end]):
                # "Erdogan set out Ankara's terms: ...", "outlined a plan, which includes A, B and C": the plan's
                # own introduction, not a view beside it (the guidelines count one only in a sentence of its own).
                continue
            if verb.sense.lemma == "seek" and self.aims_to(verb):
                continue  # "sought to reassure investors", "seeking to calm allies": an aim, not a stated view
            if kept and index > 0 and self.acts_on_the_same(kept[-1], verb):
                continue  # "condemned Serbia's pledge and urged Belgrade to reverse it": one view of one thing
            if kept and index > 0:
                prior = kept[-1]
                if (
                    prior.sense.kind == "stance"
                    and verb.sense.kind == "stance"
                    and (prior.subject.holders == verb.subject.holders or verb.subject.inherited)
                    and verb.match.first - prior.match.last <= MERGE_GAP
                    and "to" in self.words[prior.match.last : verb.match.first]
                ):
                    # "refused to back X", "asked the G20 to back X": one position; the first verb decides.
                    stance = prior.stance if prior.stance == "oppose" or verb.stance == "neutral" else verb.stance
                    if prior.sense.lemma in REFUSALS and verb.sense.stance == "oppose":
                        stance = "neutral"  # "refused to condemn X" withholds a verdict; it does not oppose X
                    merged = _Verb(
                        PhraseMatch(prior.match.first, verb.match.last, prior.match.values),
                        prior.subject,
                        stance,
                        verb.scope_end,
                        prior.reporter,
                    )
                    kept[-1] = merged
                    continue
            kept.append(verb)
        found: list[FoundPosition] = []
        reported: dict[frozenset[str], list[int]] = {}
        for verb in kept:
            if verb.sense.kind == "report" and self._covered(verb, kept):
                continue
            refs = frozenset(m.ref for m in verb.reporter or verb.subject.holders)
            earlier = reported.get(refs)
            if verb.sense.kind == "assess" and verb.subject.inherited and verb.subject.joiner != "but" and earlier:
                # "said X, calling it Y" / "said X and called it Y": one position; a neutral report
                # takes the description's stance. "welcomed X, calling it Y" is one position when the
                # description agrees; "stressed X, describing it as a crime to Z" judges something else.
                described = self.positions(verb)[:1]
                if described and found[earlier[0]].verb not in report_lemmas():
                    if found[earlier[0]].stance != described[0].stance:
                        found.extend(described)
                    continue
                for position in described:
                    for index in earlier:
                        if found[index].stance == "neutral":
                            found[index] = attrs.evolve(found[index], stance=position.stance)
                continue
            new = self.positions(verb)
            if verb.sense.kind in ("report", "stance") and new:
                reported[refs] = list(range(len(found), len(found) + len(new)))
            found.extend(new)
        return self._drop_covered_reports(found)

    def aims_to(self, verb: _Verb) -> bool:
        """Whether "seek" takes an infinitive ("sought on Thursday to reassure"), not a thing sought."""
        after = self.words[verb.match.last : verb.match.last + AIM_REACH]
        following = [word for word in after if word not in TIME_WORDS]
        return "to" in following[: AIM_REACH - 2] and following[:1] != ["a"]

    def _covered(self, report: _Verb, verbs: Sequence[_Verb]) -> bool:
        """Whether a stance verb of the same holder says what the reporting verb reports.

        "said he backed it" (inside what is said) and "rejected X and said ..." (one
        thought, two verbs) are covered; "rejected X, but said Y" and "said X and
        urged Y" are two positions.
        """
        refs = {m.ref for m in report.reporter or report.subject.holders}
        for verb in verbs:
            if verb is report or verb.sense.kind == "report":
                continue
            if not refs & {m.ref for m in verb.reporter or verb.subject.holders}:
                continue
            if report.match.last <= verb.match.first < report.scope_end and not verb.subject.inherited:
                return True
            if verb.match.first < report.match.first and report.subject.joiner != "but":
                # "called for closer cooperation and said the EU had to protect its borders": a second view,
                # told with a subject of its own; "rejected X and said it was ..." goes on about X.
                return report.subject.joiner != "and" or not self.reports_own_subject(report)
        return False

    def reports_own_subject(self, report: _Verb) -> bool:
        """Whether the words a verb reports open on a subject other than a pronoun: "said the EU had to"."""
        opening = report.match.last
        if self.words[opening : opening + 1] == ["that"]:
            opening += 1
        if opening >= min(report.scope_end, len(self.words)):
            return False
        word = self.words[opening]
        return word not in SUBJECT_PRONOUNS and word not in _PRONOUN_OPENINGS and word.isalpha()

    def greets_a_guest(self, verb: _Verb) -> bool:
        """'welcomed Bush in Cotonou', 'called on Suleiman at the ministry': receiving or visiting someone."""
        match = verb.match
        if verb.sense.lemma not in ("welcome", "call on") or match.last >= len(self.words):
            return False
        if (
            self.words[match.last] in AFTER_A_GUEST
            and "whom" in self.words[max(0, match.first - _WHOM_REACH) : match.first]
        ):
            return True  # "King Felipe, whom Bukele welcomed at the National Palace": the guest is named before
        # "called on President Pranab Mukherjee at the palace": the guest or host after a title or two.
        guest = next((m for m in self.mentions if m.kind == "leader" and match.last <= m.first <= match.last + 3), None)
        if (
            guest is not None
            and any(not self.in_name_or_title(k) for k in range(match.last, guest.first))
            and marker_index(self.tokens, guest) != match.last - 1  # "welcomed Kazakh President Nazarbayev"
        ):
            guest = None
        after = guest.last if guest is not None else None
        if after is None:
            # "welcomed the visiting leaders", "welcomed the royal couple"; not "welcomed the leaders' decision".
            return any(
                self.words[k] in GUESTS and tuple(self.words[k + 1 : k + 2]) not in POSSESSIVE_MARKS
                for k in range(match.last, min(len(self.words), match.last + 3))
            )
        following = self.words[after] if after < len(self.words) else "."
        if following == "to" and verb.sense.lemma == "welcome":
            # "welcomed Nazarbayev to the White House": to a place (a name), not "to join" or "to the talks".
            place = after + 2 if self.words[after + 1 : after + 2] == ["the"] else after + 1
            return place < len(self.tokens) and self.tokens[place].capitalized
        # "welcomed Bush in Cotonou", "called on Mukherjee at the palace"; not "the Obama administration to".
        return following in AFTER_A_GUEST

    def leaders_named_for(self, holders: Sequence[Mention]) -> tuple[Mention, ...]:
        """ "Ethiopia and Eritrea declared ..., as Prime Minister Abiy and President Isaias embraced": when the
        sentence names one head of each country that acts, the heads hold the view."""
        if len(holders) < 2 or any(m.kind != "country" for m in holders):
            return tuple(holders)
        heads: list[Mention] = []
        for country in holders:
            named = [
                m
                for m in self.mentions
                if m.kind == "leader" and self.actors.entities[m.ref].country == country.ref and self.actors.is_head(m)
            ]
            if len({m.ref for m in named}) != 1:
                return tuple(holders)
            heads.append(named[0])
        return tuple(heads)

    def positions(self, verb: _Verb) -> list[FoundPosition]:
        match, sense = verb.match, verb.sense
        if self.greets_a_guest(verb):
            return []
        holders = self.leaders_named_for(verb.reporter or verb.subject.holders)
        verb_start = self.tokens[match.first].start
        verb_end = self.tokens[match.last - 1].end
        spans: list[tuple[int, int, str, str | None]] = []
        if sense.kind == "report":
            spans = self.report_spans(verb)
            principal = self.principal(holders, match.last)
            if principal is None and self.tokens[0].text in OPEN_QUOTES and match.first > 1:
                principal = self.principal(holders, 1)  # '"The president has decided to cancel," Peskov said'
            if principal is not None:
                holders = (principal,)  # "Peskov said the president was open to": the president's view
        else:
            has_clause = match.last < len(self.words) and self.words[match.last] == "that"
            phrases = _object_phrases(self.tokens, match.last, assess=sense.kind == "assess", split=not has_clause)
            if sense.kind != "stance":
                phrases = phrases[:1]
            for index, phrase in enumerate(phrases):
                first, last = self.tokens[phrase.first], self.tokens[phrase.last - 1]
                if sense.kind == "assess":
                    wording = self.assessed(match.last, phrase)
                else:
                    begin = (
                        self.infinitive(phrase.first, phrase.last) if sense.lemma in ADDRESSEE_VERBS else phrase.first
                    )
                    lead = self.words[match.last - 2] if match.last - match.first >= 3 else ""
                    if sense.lemma in CHARGE_VERBS:
                        begin = self.charge_start(begin, phrase.last)
                    elif sense.lemma in WARNING_VERBS:
                        begin = self.warned_against(begin, phrase.last)
                    if sense.lemma in REFUSALS:
                        begin = self.withheld_start(begin, phrase.last)
                    wording = self.topic_text(begin, phrase.last, clause=has_clause, lead=lead)
                    if lead in NAME_OBJECT_LEADS and self.words[match.last - 1] in PREPOSITIONS and index == 0:
                        # "expressed solidarity with Israel": the stance noun belongs to the topic.
                        noun = self.tokens[match.last - 2].text
                        wording = f"{noun} {self.tokens[match.last - 1].text} {wording}"
                spans.append(((verb_start if index == 0 else first.start), last.end, wording, None))
            if sense.kind == "assess":
                if self.naming(match.last, verb.scope_end):
                    return []  # "calling it 'Liberation Day'": a name without a verdict
                stance = content_stance(self.words[match.last : verb.scope_end])
                verb = _Verb(match, verb.subject, stance, verb.scope_end, verb.reporter)
        if not spans:
            if sense.kind == "report":
                return []  # nothing reported: no stance to judge
            spans = [(verb_start, verb_end, sense.lemma, None)]
        found = []
        for holder in [self.seat_holder(self.government_of(h)) for h in holders]:
            for part, (start, end, wording, own_stance) in enumerate(spans):
                found.append(
                    FoundPosition(
                        holder,
                        self.sentence.index,
                        start,
                        end,
                        own_stance or verb.stance,
                        sense.strength,
                        sense.lemma,
                        wording,
                        self.reported_by(holder),
                        part,
                    )
                )
        return found

    def report_spans(self, verb: _Verb) -> list[tuple[int, int, str, str | None]]:
        """The reported words of a reporting verb: its clause, or the quotation around it."""
        match = verb.match
        start = self.content_start(match)
        speakers = verb.reporter or verb.subject.holders
        if speakers and all(m.first >= match.last for m in speakers):
            # '“...,” said Kremlin spokesman Dmitry Peskov': the inverted speaker is not what is said.
            start = max(start, *(m.last for m in speakers))
        end = verb.scope_end
        if verb.sense.lemma in WARNING_VERBS:
            against = self.warned_against(start, end)
            if against != start:
                verb.stance = "oppose"  # "cautioned her listeners against blind faith": against what is named
                return self._span(against, end, None)
        directive = self.directive(match, end)
        if directive is not None:
            # "told Britain to start its departure quickly": telling someone to act backs the act.
            begin, verb.stance = directive
            return self._span(begin, end, None)
        quote = None
        # '"...," Obama told an audience of students', '"...," Martin said of the result': what follows the
        # verb is no clause, so the quotation before it is what was said.
        after_quote = (
            start < len(self.tokens)
            and (self.words[start] in AFTER_REPORT or self.short_tail(start))
            and self.quote_before(match.first) is not None
        )
        if start >= len(self.tokens) or self.tokens[start].text in (",", ".", ";") or after_quote:
            quote = self.quote_before(match.first)
            second = self.quote_after(start)
            if quote is None and second is None:
                return self.parenthetical_spans(verb)
            first_span = quote or second
            assert first_span is not None
            words = self.words[first_span[0] : first_span[1]]
            if quote is not None and second is not None:
                words = words + self.words[second[0] : second[1]]
            if not states_view(words):
                return []  # a quoted fragment without modality or verdict ("the coming days") is no stance
            verb.stance = content_stance(words)
            begin, finish = first_span
        else:
            demand = self.expected_of(start, end)
            if demand is not None:
                verb.stance = "support"  # "said they expected London to act quickly": a demand
                return self._span(demand, end, None)
            if not states_view(self.words[start:end]):
                return []  # a reported fragment ("said the coming days") is no stance
            if negated_fact(self.words[start:end]):
                return []  # "said no agreements had been signed": a denied fact, not a view
            lead = self.words[start : start + 4]
            if verb.sense.lemma in PREDICTION_VERBS or any(w in PREDICTION_VERBS for w in lead):
                return []  # a forecast ("said he expected to meet Putin soon") is no stance
            # "would not say whether the troops would leave", "said only that the matter would be looked at": no view.
            verb.stance = (
                "neutral"
                if self.left_open(match) or self.said_only(match, end)
                # "repeated his demand that Zeman withdraw the remark": the clause is what is asked for.
                else "support"
                if renews_request(self.words[match.last : end])
                else content_stance(self.words[start:end])
            )
            begin, finish = start, end
            caveat = self.but_that(start, end)
            if caveat is not None:
                # "remained committed to cooperation, but that it could only move forward ...": two views.
                first_words, second_words = self.words[start : caveat - 2], self.words[caveat + 1 : end]
                verb.stance = content_stance(first_words)
                spans = self._span(start, caveat - 2, verb.stance)
                if bears_stance(second_words):
                    spans += self._span(caveat + 1, end, content_stance(second_words))
                return spans
            split = self.and_that(start, end)
            if split is not None:
                first_stance = content_stance(self.words[start : split - 1])
                second_stance = content_stance(self.words[split + 1 : end])
                if first_stance == "oppose" and second_stance == "support":
                    # "said the draft was unacceptable and that France would keep defending X": a rejection
                    # and a commitment are two views.
                    verb.stance = first_stance
                    return [
                        *self._span(start, split - 1, first_stance),
                        *self._span(split + 1, end, second_stance),
                    ]
        return self._span(begin, finish, None)

    def short_tail(self, start: int) -> bool:
        """Whether a few plain words end the sentence: '"...," he told an Indian business audience.'"""
        end = start
        while end < len(self.tokens) and self.tokens[end].text.isalpha() and self.words[end] not in FINITE_VERBS:
            end += 1
        return end - start <= SHORT_TAIL and (end >= len(self.tokens) or self.tokens[end].text in (".", "!", "?"))

    def expected_of(self, start: int, end: int) -> int | None:
        """Where the act starts in "they expected London to act": expecting someone else to act demands it."""
        for index in range(start, min(end, start + 4)):
            if self.words[index] not in ("expected", "expects", "expect"):
                continue
            who = self.starts.get(index + 1)
            after = who.last if who is not None else index + 2
            following = self.words[index + 1] if index + 1 < len(self.words) else ""
            if who is None and following in DETERMINED:
                # "expected its ally to respect", "expects the new government to act": a short noun phrase.
                after = next((k for k in range(index + 2, min(end, index + 5)) if self.words[k] == "to"), end)
            elif who is None and following not in ("them", "him"):
                return None
            if after + 1 < end and self.words[after] == "to":
                return after + 1
            return None
        return None

    def audience_end(self, position: int) -> int | None:
        """The end of "reporters", "the press", "a closing news conference" after "told"."""
        if position < len(self.words) and self.words[position] in ("the", "a", "an"):
            position += 1
        for ahead in range(position, min(position + 3, len(self.words))):
            if self.words[ahead] in AUDIENCES:
                return ahead + 1
            if not self.words[ahead].isalpha() or self.tokens[ahead].capitalized:
                return None
        return None

    def directive(self, match: PhraseMatch[VerbSense], end: int) -> tuple[int, str] | None:
        """Where the act begins in "told X (on Friday) to act" / "not to act", and its stance."""
        if match.values[0].lemma not in ("tell", "ask"):
            return None
        addressee = self.starts.get(match.last)
        if addressee is None:
            return None
        start = position = addressee.last
        while position < min(end, start + 4) and (
            self.words[position] in TIME_WORDS or self.words[position] in ("on", "late", "again")
        ):
            position += 1
        negated = position < end and self.words[position] == "not"
        position += 1 if negated else 0
        if position + 1 < end and self.words[position] == "to" and self.words[position + 1].isalpha():
            return position + 1, "oppose" if negated else "support"
        return None

    def parenthetical_spans(self, verb: _Verb) -> list[tuple[int, int, str, str | None]]:
        """'As long as X, he said, the United States would Y': the words around the speaker."""
        commas = self.parenthetical(verb)
        if commas is None:
            return []
        opening, closing = commas
        begin = opening
        while begin > 0 and self.tokens[begin - 1].text not in (";", ":", "—", "–", "“", "”", '"'):
            begin -= 1
        end = self.scope_end(closing + 1) if closing < len(self.tokens) else closing
        words = self.words[begin:opening] + self.words[closing + 1 : end]
        leader = any(m.kind == "leader" for m in verb.reporter or verb.subject.holders)
        # "Before the dinner, he said, the two men walked": a scene set in time is narration.
        narrated = self.words[begin] in SCENE_OPENERS
        if not (leader and not narrated and states_view(words)) and (
            not bears_stance(words) and (len(words) < PARENTHETICAL_VIEW or not _ongoing_claim(words))
        ):
            # "X, he said, was pushing the region toward one state" is a view; "Before the dinner, he
            # said, the two men walked in the garden" is a narrated fact.
            return []
        verb.stance = content_stance(words)
        if end - closing > 3:
            return self._span(closing + 1, end, None)
        return self._span(begin, opening, None)

    def but_that(self, start: int, end: int) -> int | None:
        """The "that" of "..., but that ..." joining a view and its caveat, outside quotations."""
        quoted = False
        for position in range(start + 1, end - 1):
            if self.tokens[position].text in QUOTES:
                quoted = not quoted
            if (
                not quoted
                and self.words[position] == "but"
                and self.words[position + 1] == "that"
                and self.words[position - 1] == ","
            ):
                return position + 1
        return None

    def and_that(self, start: int, end: int) -> int | None:
        """The "that" of "..., and that ..." joining two reported clauses, outside quotations."""
        quoted = False
        for position in range(start + 1, end - 1):
            text = self.tokens[position].text
            if text in QUOTES:
                quoted = not quoted
            if not quoted and self.words[position] == "and" and self.words[position + 1] == "that":
                return position + 1
        return None

    def according_to(self) -> list[FoundPosition]:
        """'According to X, Y.' and 'Y, according to X.': X's reported words Y, when they bear a stance."""
        words = self.words
        for index in range(len(words) - 2):
            if words[index] != "according" or words[index + 1] != "to":
                continue
            holder = next(
                (
                    self.starts[at]
                    for at in range(index + 2, min(index + 8, len(words)))
                    if at in self.starts and all(self.in_name_or_title(k) for k in range(index + 2, at))
                ),
                None,
            )
            tally = holder is not None and holder.last < len(words) and words[holder.last] in TALLIES
            if holder is None or holder.form == "pronoun" or tally:
                return []  # "according to U.N. figures": numbers, not words anyone said
            if index == 0 or words[index - 1] in ("—", "–"):
                if holder.last >= len(words) or words[holder.last] != ",":
                    return []
                begin, finish = holder.last + 1, self.scope_end(holder.last + 1)
            elif words[index - 1] == ",":
                begin, finish = 0, index - 1
                while begin < finish and words[begin] in OPEN_QUOTES:
                    begin += 1
            else:
                return []
            content = words[begin:finish]
            if finish - begin < 3 or not bears_stance(content):
                return []
            return [
                FoundPosition(
                    holder,
                    self.sentence.index,
                    start,
                    end,
                    content_stance(content),
                    None,
                    "say",
                    wording,
                    self.reported_by(holder),
                )
                for start, end, wording, _ in self._span(begin, finish, None)
            ]
        return []

    def _span(self, begin: int, finish: int, stance: str | None) -> list[tuple[int, int, str, str | None]]:
        while finish > begin and self.tokens[finish - 1].text in (",", ".", "”", '"', ";"):
            finish -= 1
        if finish <= begin:
            return []
        first, last = self.tokens[begin], self.tokens[finish - 1]
        wording = self.topic_text(begin, finish, clause=True)
        return [(first.start, last.end, wording, stance)]

    def topic_text(self, begin: int, end: int, *, clause: bool, lead: str = "") -> str:
        """The article's words for the topic of the content ``begin:end`` (see `topics`).

        "what he called X" is about X; a topic that cannot stand ("comment", "of political",
        a lone country) gives way to the next noun phrase of the content; "their release"
        names what "their" stands for ("release of the hostages").
        """
        named = self.named_object(begin, end)
        if named is not None:
            begin, end, clause = named[0], named[1], False
        while begin < end and (self.words[begin] in TIME_WORDS or self.words[begin] in ("on", "last", "this")):
            if self.words[begin] in ("on", "last", "this") and (
                begin + 1 >= end or self.words[begin + 1] not in TIME_WORDS | WEEKDAY_WORDS
            ):
                break
            begin += 1  # "pledged on Sunday that ...": the date is not what was pledged
        if begin < end and self.words[begin] == "that" and not clause:
            begin, clause = begin + 1, True
        if clause:
            first, last = clause_topic(self.words, begin, end, self.actor_words)
        else:
            first, last = topic_span(self.words, begin, end, capitals=self.capitals)
        if last <= first:
            first, last = begin, min(end, begin + MAX_TOPIC_TOKENS)
        if last <= first:
            return ""
        if not acceptable_topic(self.words[first:last], self.capitals[first:last], lead):
            better = self.next_noun_phrase(last, end)
            if better is not None:
                first, last = better
        offset = self.sentence.start
        text = self.sentence.text[self.tokens[first].start - offset : self.tokens[last - 1].end - offset]
        if first > 0 and self.words[first - 1] == "their" and last - first <= 2:
            antecedent = self.antecedent(first - 1)
            if antecedent is not None:
                return f"{text} of {antecedent}"
        return text

    def named_object(self, begin: int, end: int) -> tuple[int, int] | None:
        """'what he called “war games”', 'what he described as X': the span of X."""
        for position in range(begin, min(begin + 4, len(self.words))):
            if self.words[position] != "what":
                continue
            for verb in range(position + 2, min(position + 5, len(self.words))):
                if self.words[verb] in NAMING_VERBS:
                    start = verb + 1
                    if start < len(self.words) and self.words[start] == "as":
                        start += 1
                    stop = start
                    quoted = False
                    while stop < len(self.tokens) and stop - start < MAX_TOPIC_TOKENS:
                        text = self.tokens[stop].text
                        if text == "“" or (text == '"' and not quoted):
                            quoted = True
                        elif text in ("”", '"') or (
                            not quoted and (text in (",", ";", ".") or self.words[stop] in TOPIC_STOPS)
                        ):
                            break
                        stop += 1
                    return (start, stop) if stop > start else None
            return None
        return None

    def next_noun_phrase(self, after: int, end: int) -> tuple[int, int] | None:
        """The first acceptable noun phrase after ``after`` that follows a determiner or preposition."""
        stances = stance_words()
        for position in range(after, min(end, after + TOPIC_WINDOW)):
            if self.tokens[position].text in (";", ":"):
                break
            before = self.words[position - 1] if position > 0 else ""
            if before not in DETERMINERS and before not in PREPOSITIONS:
                continue
            word = self.words[position]
            if word in DETERMINERS or word in PREPOSITIONS or self.actor_words[position]:
                continue
            if word in stances and before not in DETERMINERS:
                continue
            first, last = topic_span(self.words, position, end, capitals=self.capitals)
            if last > first and acceptable_topic(self.words[first:last], self.capitals[first:last]):
                return first, last
        return None

    def antecedent(self, pronoun: int) -> str | None:
        """'Regarding the hostages ..., Macron stressed their release': the last plural noun phrase before."""
        for position in range(pronoun - 1, max(0, pronoun - ANTECEDENT_SPAN), -1):
            word = self.words[position]
            if (
                self.words[position - 1] == "the"
                and word.endswith("s")
                and not word.endswith("ss")
                and not self.capitals[position]
                and not self.actor_words[position]
                and word not in PLURAL_LEADERS
            ):
                offset = self.sentence.start
                return self.sentence.text[self.tokens[position - 1].start - offset : self.tokens[position].end - offset]
        return None

    def infinitive(self, begin: int, end: int) -> int:
        """'urged Xi to use his influence': the requested action, after the addressee's "to"."""
        for position in range(begin + 1, min(end - 1, begin + 9)):
            if self.words[position] == "to" and self.words[position + 1] not in DETERMINERS:
                dropped = self.words[position + 1] in STOP_VERBS and self.words[position + 1] not in LIFTING_VERBS
                if dropped or self.words[position + 1] in AVOIDING:
                    # "to scrap its tariffs", "to avoid provocations", "to refrain from violence": what is dropped
                    return position + 3 if self.words[position + 2 : position + 3] == ["from"] else position + 2
                return position + 1
            if self.tokens[position].text in (",", ";"):
                break
        return begin

    def assessed(self, after_verb: int, phrase: _Phrase) -> str:
        """'calling the drills provocative' is about the drills; 'calling it historic' about what it names."""
        object_end = phrase.first
        for position in range(after_verb, min(phrase.first, after_verb + 6)):
            if self.words[position] == "as":
                object_end = position
                break
        first, last = topic_span(self.words, after_verb, object_end, capitals=self.capitals)
        if last <= first and object_end == phrase.first:
            # No "as": "called the expansion historic", the object and the verdict in one run.
            object_end = phrase.last
            first, last = topic_span(self.words, after_verb, object_end, capitals=self.capitals)
        if last > first and self.words[first] not in ("it", "them", "this", "that"):
            if object_end in (phrase.first, phrase.last):
                # "calling the drills provocative", "called the agreement a masterpiece": the object only.
                for position in range(first + 1, last):
                    if self.words[position] in DETERMINERS or self.words[position] in stance_words():
                        last = position
                        break
                last = min(last, first + 4)
            offset = self.sentence.start
            return self.sentence.text[self.tokens[first].start - offset : self.tokens[last - 1].end - offset]
        return self.topic_text(phrase.first, phrase.last, clause=False)

    def principal(self, holders: Sequence[Mention], after: int) -> Mention | None:
        """The leader whose view a spokesperson reports: "said the president believed ...", "said Pompeo had ..."."""
        if len(holders) != 1 or holders[0].kind != "leader":
            return None
        entity = self.actors.entities.get(holders[0].ref)
        title = fold(entity.title or "") if entity is not None else ""
        spokesperson = "spokes" in title or "press secretary" in title
        words = self.words
        position = after
        if position < len(words) and words[position] in ("earlier", "later"):
            position += 1  # "said earlier on Tuesday that the chancellor was confident"
        if position + 1 < len(words) and words[position] == "on" and words[position + 1] in TIME_WORDS:
            position += 2  # "said on Monday that Obama respected ..."
        if position < len(words) and words[position] == "that":
            position += 1
        if position < len(words) and words[position] == "the":
            position += 1
        # "said Secretary-General Antonio Guterres was deeply concerned": titles before the name.
        limit = position + TITLE_SPAN
        while position < min(len(words), limit):
            mention = self.starts.get(position)
            if mention is None and self.in_name_or_title(position):
                position += 1
            elif (
                mention is not None
                and mention.kind == "country"
                and mention.last < len(words)
                and self.in_name_or_title(mention.last)
            ):
                position = mention.last  # "said Myanmar leader Than Shwe had assured": the country opens the title
            else:
                break
        leader = self.starts.get(position) or self.starts.get(position - 1)
        if leader is None or leader.kind != "leader" or leader.ref == holders[0].ref:
            return None
        if not spokesperson and (leader.form == "pronoun" or not self.attitude_after(leader.last)):
            return None  # "Biden said Putin must pay", "Trump said he wanted": the speaker's own view
        if leader.form == "title" and (entity is None or self.actors.entities[leader.ref].country != entity.country):
            return None  # "spokesman McClellan said the president had seen the letter": his own president, unnamed
        return leader

    def attitude_after(self, index: int) -> bool:
        """ "Zelensky was open to ...", "Kim had assured him": another leader's own stand, reported."""
        ahead = self.words[index : index + 3]
        if ahead[:1] in (["had"], ["has"]):
            ahead = ahead[1:]
        if ahead[:1] in (["was"], ["is"], ["remained"]):
            return len(ahead) > 1 and ahead[1] in ATTITUDES
        return bool(ahead) and ahead[0] in ATTITUDE_VERBS

    def seat_holder(self, holder: Mention) -> Mention:
        """The leader a seat of office speaks for, when the article names one: "the Kremlin said" is the
        president's office, and an unnamed office's words are its leader's (the guidelines)."""
        if holder.kind != "country" or holder.form != "government":
            return holder
        if not self.named_here((holder,)):
            return holder  # a holder carried over from another sentence
        words = tuple(word for word in self.words[holder.first : holder.last] if word != "the")
        title = seats_of_office().get(words)
        if title is None:
            return holder
        for key, entity in self.actors.entities.items():
            if not entity.history_only and entity.country == holder.ref and fold(entity.title or "") == title:
                return attrs.evolve(holder, kind="leader", ref=key, form="name")
        return holder

    def government_of(self, holder: Mention) -> Mention:
        """A government department speaks for its country: "the State Department", "Pakistan's Foreign Office"."""
        if holder.kind != "org":
            return holder
        body = organizations().get(holder.ref)
        if body is None or body.kind != "state-body":
            return holder
        country = body.country
        owner = (
            self.ends.get(holder.first - 1)
            if holder.first > 0 and self.named_here((holder,)) and self.words[holder.first - 1] in ("'s", "’s")
            else None
        )
        if owner is not None and owner.kind == "country":
            country = owner.ref  # "Pakistan's Foreign Office"
        if country is None:
            return holder
        return attrs.evolve(holder, kind="country", ref=country)

    def withheld_start(self, begin: int, end: int) -> int:
        """'declined to say whether he would attend': the topic is what was withheld (attending)."""
        words = self.words
        position = begin + 1 if begin < end and words[begin] == "to" else begin
        if not (
            position + 1 < end
            and words[position] in ("say", "commit", "reveal", "disclose", "specify")
            and words[position + 1] in ("whether", "if", "on", "to", "when")
        ):
            return begin
        after = subject_end = position + 2
        while subject_end < end and (words[subject_end] in SUBJECT_PRONOUNS or self.actor_words[subject_end]):
            subject_end += 1
        if subject_end + 1 < end and words[subject_end] in MODAL_WORDS:
            after = subject_end + 1  # "whether he would attend", "whether Sweden would hand over"
        return after

    def charge_start(self, begin: int, end: int) -> int:
        """'accused Washington of stoking tensions', 'thanked India for its help': what the charge is."""
        actors = self.actor_words
        for position in range(begin, min(end - 1, begin + 8)):
            if self.words[position] in ("of", "for"):
                named = range(begin, position)
                if named and all(
                    actors[i] or self.words[i] in CHARGED_FILLERS or self.tokens[i].capitalized for i in named
                ):
                    return position + 1
                return begin
        return begin

    def warned_against(self, begin: int, end: int) -> int:
        """ "warned Israel against an attack on Rafah", "cautioned her listeners against blind faith": what is
        warned against, after the few words naming who is warned."""
        for position in range(begin + 1, min(end - 1, begin + WARNED_REACH)):
            if self.words[position] == "against":
                return position + 1
            word = self.words[position]
            if (not word.isalpha() and word not in ("'s", "’s")) or word == "that" or word in FINITE_VERBS:
                return begin  # "warning that Spain would vote against the deal": a clause, not someone warned
        return begin

    def reported_by(self, holder: Mention) -> str | None:
        entity = self.actors.entities.get(holder.ref) if holder.office else None
        return f"{entity.name.split()[-1]}'s office" if entity is not None else None

    def _drop_covered_reports(self, found: list[FoundPosition]) -> list[FoundPosition]:
        reports = report_lemmas()
        kept: list[FoundPosition] = []
        seen: set[tuple[str, str]] = set()
        for position in found:
            key = (position.holder.kind, position.holder.ref)
            if position.verb in reports and key in seen and not position.part:
                continue
            if position.verb in reports:
                seen.add(key)
            kept.append(position)
        return kept


# "press secretary", "press conference": nouns after which "press" names the press.
_PRESS_NOUNS = frozenset(
    {"secretary", "secretaries", "conference", "conferences", "briefing", "briefings", "release", "releases"}
    | {"office", "officer", "aide", "statement", "freedom", "corps", "agency", "service", "attache", "spokesman"}
)
# Words after a name that make it the subject of a clause, not a speaker named after "said".
_CLAUSE_VERBS = frozenset(
    {"would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should", "must", "might", "can"}
    | {"may", "did", "does", "remained", "remains", "wanted", "wants", "hoped", "hopes"}
)


def _ongoing_claim(words: Sequence[str]) -> bool:
    """Whether words claim how things are or are going ("is", "was pushing"), not what happened."""
    for index, word in enumerate(words):
        if word in ("is", "are", "am"):
            return True
        if word in ("was", "were") and index + 1 < len(words) and words[index + 1].endswith("ing"):
            return True
    return False


def _joint_document(words: Sequence[str]) -> bool:
    """Whether the sentence issues a joint document ("in a joint communique")."""
    if "joint" not in words:
        return False  # most sentences: one scan in C instead of a generator per word
    return any(
        word == "joint" and any(after in DOCUMENT_NOUNS for after in words[index + 1 : index + 3])
        for index, word in enumerate(words)
    )


def _issues_document(words: Sequence[str]) -> bool:
    """Whether the sentence issues or signs a text ("signed the Delhi Declaration", "issued a joint statement")."""
    if ISSUING_VERBS.isdisjoint(words):
        return False
    return any(
        word in ISSUING_VERBS and any(after in DOCUMENT_NOUNS for after in words[index + 1 : index + _ISSUED_REACH])
        for index, word in enumerate(words)
    )


# "signed the Delhi Declaration", "issued a short joint statement": how far the text's noun may follow the verb.
_ISSUED_REACH = 5


# Verbs of two leaders meeting, after which "They" means both: "Modi met Abe on Sunday. They said ...".
_MET = frozenset({"met", "meet", "meets", "hosted", "hosts", "received", "receives", "welcomed", "welcomes"})


def _shared_holders(found: Sequence[FoundPosition]) -> tuple[Mention, ...]:
    """The holders of one view held by two or more ("the four presidents called for"), else none."""
    by_words: dict[int, dict[str, Mention]] = {}
    for position in found:
        by_words.setdefault(position.start, {})[position.holder.ref] = position.holder
    return next((tuple(group.values()) for group in by_words.values() if len(group) >= 2), ())


def _apposed_possessor(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a possessor opens an apposition: "China, Thailand's largest trading partner, ..."."""
    return mention.first > 0 and tokens[mention.first - 1].text == "," and is_possessive(tokens, mention)


def _once_per_holder_and_span(positions: Iterable[FoundPosition]) -> list[FoundPosition]:
    """The positions of a sentence with each holder's view of one span once: two rules may both find "Obasanjo and
    Biya renewed their commitment to" for Obasanjo, and the second is the same claim, not another."""
    seen: set[tuple[str, int, int]] = set()
    kept: list[FoundPosition] = []
    for position in positions:
        key = (position.holder.ref, position.start, position.end)
        if key not in seen:
            seen.add(key)
            kept.append(position)
    return kept


def _opens_counted_list(sentence: Sentence, position: FoundPosition) -> bool:
    """Whether the words end on a counted noun that a colon then lists: "demanded three things: A, B and C".

    What follows is a plan, and its introduction no view of its own (in the development files, one such
    sentence in seventeen has a gold position).
    """
    if not sentence.text[position.end - sentence.start :].startswith(":"):
        return False
    counted = sentence.text[position.start - sentence.start : position.end - sentence.start].split()[-_COUNTED_REACH:-1]
    return any(word.lower() in NUMBER_WORDS or word.isdigit() for word in counted)


def find_positions(sentences: Sequence[Sentence], actors: ArticleActors, skip: frozenset[int]) -> list[FoundPosition]:
    """Positions of every sentence not in ``skip`` (plan item lines)."""
    found: list[FoundPosition] = []
    recent: list[Mention] = []
    speaker: tuple[Mention, ...] = ()
    signatories: list[Mention] = []
    last_group: tuple[Mention, ...] = ()
    previous_end = -10
    for sentence in sentences:
        if sentence.index == 0 and is_headline(sentences):
            continue  # a headline sums up positions the story then reports
        mentions = actors.mentions[sentence.index] if sentence.index < len(actors.mentions) else []
        if sentence.start - previous_end > 1:
            speaker = ()  # a new paragraph: the last speaker's quotation has ended
        previous_end = sentence.end
        if sentence.index not in skip:
            finder = _SentencePositions(sentence, mentions, actors, recent, signatories, last_group, sentences)
            here = finder.run()
            last_group = _shared_holders(here) or finder.pair_met()  # "they" in the next sentence only
            joint = _joint_document(finder.words)
            if not here and not finder.verbs:
                here = finder.continued_quote(speaker)
            if not here and "according" in finder.words:
                here = finder.according_to()
            if not sentence.text.rstrip().endswith(":"):
                # "In its final declaration, the league called for:": the list that follows is a plan, and
                # its introduction no position of its own (the gold files agree 42 times in 44).
                found.extend(
                    _once_per_holder_and_span(
                        position
                        for position in here
                        if position.wording.strip() and not _opens_counted_list(sentence, position)
                    )
                )
            if joint and here and len(last_group) >= 2:
                signatories = list(last_group)  # "In a joint statement, the two sides stressed": both of them
            elif joint and here and here[0].holder in finder.mentions:
                group = finder.group(here[0].holder)
                if len(group) >= 2:
                    signatories = list(group)
            elif not here and _issues_document(finder.words):
                # "Singh and King Abdullah signed the Delhi Declaration. The text also calls for ...": whoever
                # issued the text holds what it says, though its own sentence states no view.
                issuers = [m for m in finder.mentions if m.form != "pronoun" and not is_object(sentence.tokens, m)]
                group = finder.group(issuers[0]) if issuers else ()
                if len(group) >= 2:
                    signatories = list(group)
            speaker = finder.speaker or (speaker if here else ())
        else:
            speaker = ()
        for mention in mentions:
            if (
                mention.kind == "leader"
                and not actors.entities[mention.ref].history_only
                and not is_object(sentence.tokens, mention)
            ):
                recent[:] = [mention, *[m for m in recent if m.ref != mention.ref]][:RECENT_LEADERS]
    return found


def _threatened_measure(words: Sequence[str]) -> bool:
    """ "would not hesitate to use its strength", "was prepared to impose further sanctions": a measure the
    speaker's side holds ready."""
    return any(
        (words[k] == "not" and words[k + 1] == "hesitate")
        or (
            words[k] in ("prepared", "ready") and words[k + 1] == "to" and words[k + 2 : k + 3] in (["impose"], ["use"])
        )
        for k in range(len(words) - 1)
    )
