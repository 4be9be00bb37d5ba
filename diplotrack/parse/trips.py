"""Trips told in one sentence: a leader's visit to another country, its hosts, date and status.

A trigger word ("visit", "arrived", "travelled", "meet ... in", "summit in",
"speaking in") followed by a place that maps to a country gives a visit by
the trigger's subject, unless that country is the visitor's own. Status comes
from tense and modality; relative dates are resolved against the article date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs

from diplotrack.countries import sovereign_of
from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.clauses import group_of, subject_after, subject_before
from diplotrack.parse.dates import MONTHS, resolve_day, year_before, years_in
from diplotrack.parse.lexicon import NUMBER_WORDS, PLACE_KINDS, headquarters, leaders, seated_in, title_words
from diplotrack.parse.mentions import Mention, is_object, object_marker
from diplotrack.parse.phrases import fold
from diplotrack.parse.text import Sentence
from diplotrack.parse.trip_words import (
    ACCEPTING,
    ADDRESSEE_WORDS,
    ADDRESSING,
    AFTER_AND_VERBS,
    AFTER_TOWN,
    AGENT_REACH,
    ARRIVALS,
    ASIDE_SPAN,
    ATTEND_VERBS,
    AUDIENCE_AFTER,
    AUDIENCES,
    AUXILIARIES,
    AWAITED,
    AWAITING_WORDS,
    BEGAN_REACH,
    BEGINNING,
    BETWEEN_MOTION,
    CALL_OFF,
    CANCELLED,
    CANDIDATES,
    CARRIED_REACH,
    CARRYING,
    CHAIRED_EVENT,
    CHAIRING,
    CLAIMS,
    CLAUSE_END,
    CLAUSE_STOPS,
    COLLECTIVE_LOOKBACK,
    COLLECTIVE_REACH,
    COMING,
    COMING_REACH,
    COMPANY,
    COMPLETED,
    COPULA_ADVERBS,
    COPULAS,
    CROSSING_AUXILIARIES,
    CROWD_COUNTS,
    DECLINING,
    DELEGATIONS,
    DEPARTURES,
    DETERMINERS,
    DIRECT_OBJECT_TRIGGERS,
    DOUBTED,
    DWELLING,
    EVENT_NOUNS,
    EVENT_VERBS,
    EVENTS_AND_TRIPS,
    FROM_REACH,
    HAPPENINGS,
    HOMEWARD,
    HOST_TITLES,
    HOSTING,
    HYPOTHETICAL,
    INTO_MOTION,
    INVITATION_REACH,
    INVITATIONS,
    JOINING,
    LEG_GAP,
    LEG_JOINERS,
    LEG_LINKS,
    LEGS_FROM,
    LOCATIVE,
    MEETINGS,
    MEMBERSHIP,
    MODALS,
    MOST_COUNTED,
    NAMED_PROCESSES,
    NEGATIONS,
    NEWS_OUTLET_WORDS,
    NOMINAL_CUES,
    NOT_A_CALL,
    NOUNS_TAKING_TO,
    OFF,
    OFFICE_PLURALS,
    ONWARD,
    OWNER_REACH,
    PEOPLE_NOUNS,
    PEOPLE_PLURALS,
    PLACE_PREPOSITIONS,
    PLACELESS_NOUNS,
    PLACELESS_VERBS,
    PLAN_NOUNS,
    PLANNED,
    POSSESSIVE,
    PRESENT_TRIP_VERBS,
    REMAINING,
    REMOTE_WORDS,
    REPORTING_BEFORE_THAT,
    REPRESENTING,
    RETURNS,
    SAID_THAT,
    SCHEDULED,
    SENDING,
    SEQUENCE_WORDS,
    SPEECH,
    SPOKEN_ABOUT,
    SPOKESPEOPLE,
    STANDING_SIDES,
    STOPS,
    SUBJECT_PRONOUNS,
    SUPPOSING,
    TIME_WORDS,
    TOWN_WORDS,
    TRAVELLED_INTO,
    TRIGGERS,
    TRIP_NEGATIONS,
    TRIP_NOUNS,
    VISIT_VERBS,
    VISITED_REACH,
    WEEKDAY_WORDS,
    WHERE_REACH,
    WHOLE_TRIP,
    WINDOW,
    WITH_TRAVEL,
    Spot,
    wished_meeting,
)

# Words of a time phrase between a journey's traveller and its "to": "took him last week to".
_TIME_WORDS = frozenset({"last", "this", "next", "week", "month", "year", "earlier", "later", "also", "first", "then"})
# Words that join another event to a clause: "received him, a day after a trip to Riyadh".
_EVENT_LINKS = frozenset({"after", "before", "since"})
# Plural guests a host receives before naming some of them: "welcomed leaders ..., among them X and Y".
_GUEST_PLURALS = frozenset({"leaders", "heads", "presidents", "guests", "delegations", "counterparts", "dignitaries"})
# "Among them were A, B and C", "Among the guests were": the guests of a gathering just told.
_GUESTS_LISTED = re.compile(
    r"\A(?:Among[ \t]+(?:them|those[ \t]+(?:present|attending|there)|the[ \t]+(?:guests|mourners|dignitaries))"
    r"|(?:Also[ \t]+)?(?:[Pp]resent|[Aa]ttending))"
    r"[ \t]+(?:were|was)[ \t]",
)
# "A dozen heads of state attended, among them A, B and C": the guests named after the list opens.
_ATTENDED_AMONG_THEM = re.compile(
    r"\battended\b[^.;:]{0,40}?,[ \t]+(?:among[ \t]+them|including)[ \t]"
    # "told a crowd of dignitaries that included A, B and C".
    r"|\b(?:dignitaries|guests|heads[ \t]+of[ \t]+state)[ \t]+(?:that|which|who)[ \t]+included[ \t]"
)
# "A, B and C were also among the guests": the guests named before.
_AMONG_THE_GUESTS = re.compile(
    r"\b(?:were|was)[ \t]+(?:also[ \t]+)?among[ \t]+(?:the[ \t]+)?"
    r"(?:(?:foreign|invited|visiting|distinguished|other|many)[ \t]+)?"
    r"(?:guests|mourners|dignitaries|those[ \t]+(?:present|attending))\b"
)
# How far after a trip word its month may stand: "visits to Kazakhstan and Uzbekistan in September".
_MONTH_REACH = 10
# How far before "an invitation" the verb that takes it up may stand: "accepted an invitation".
_ACCEPTED_REACH = 3
# How far after a trip noun its year may stand: "visit to Caracas in January 1959".
_DATED_AFTER_REACH = 6
_RECOUNTED_YEARS = 2
# "five days in India": time spent somewhere, not where the sentence is set.
_SPANS_OF_TIME = frozenset((span,) for span in ("days", "weeks", "months", "years", "hours", "nights"))
# "heads to Paris", "headed home": the verb travels only towards somewhere ("heads the government" leads it).
_HEAD_VERBS = frozenset({"head", "heads", "headed", "heading"})
_HEADED_WAYS = frozenset(
    (way,)
    for way in ("to", "for", "into", "on", "home", "back", "off", "out", "abroad", "north", "south", "east", "west")
)
# "accompanied to the Kremlin by", "joined in Monrovia by", "accompanied on the trip by": a short phrase
# of place or occasion between the verb and those who go along, at most this many words.
_COMPANY_PHRASES = frozenset((word,) for word in ("to", "in", "at", "on", "for", "during"))
_COMPANY_PHRASE_REACH = 5
_PULLING = frozenset({"pulled", "pulls", "pull", "pulling"})
# "sent X in his place": whose place a stand-in takes.
_ONES = frozenset({"his", "her", "their"})
# "pulled out of the Vladivostok summit": words up to the event noun.
_PULLED_OUT_REACH = 3
# "arrived on Sunday night with Trade Secretary Liam Fox", "flew in for the day with Foreign Minister X",
# "flew to Tehran with their French counterpart": those named right after "with" travel with whoever
# arrives. Only words of time, place or a capital stand between; "for talks with" meets someone instead.
_ARRIVING_WITH = ARRIVALS | {"flew"}
_BEFORE_WITH = TIME_WORDS - {","} | {"in", "at", "to", "from", "late", "early", "overnight", "the", "for", "back"}
_BEFORE_WITH_REACH = 7
# The longest where-clause a further leg is listed after ("to Brussels, where he will see A and B, and to Paris").
_WHERE_CLAUSE_WORDS = 20
# "with his foreign minister", "with their then French counterpart": words before the companion's name.
_COMPANION_OPENERS = frozenset({"his", "her", "their", "then"})
_COMPANION_TITLE_REACH = 6
_WITH_LIST_JOINERS = _COMPANION_OPENERS | {",", "and", "the"}
# What may open the party a leader travels with before its first name: "with five ministers, among them".
_PARTY_WORDS = _WITH_LIST_JOINERS | NUMBER_WORDS.keys() | {"among", "them", "including", "several", "a"}
_PARTY_WORDS |= {"ministers", "officials", "aides", "advisers", "delegation", "members", "of", "cabinet", "senior"}
_PARTY_REACH = 10
# "a delegation of ECOWAS foreign ministers led by": how far after "delegation" its leader's "led by" may stand.
_DELEGATION_LED_REACH = 7
_LEADING = frozenset({"led", "headed"})
# "was represented at the funeral of the late king by": how far after "represented" its "by" may stand.
_REPRESENTED_BY_REACH = 8
# Small words in the titles before an envoy's name: "by Culture and Tourism Minister X", "by its foreign minister, X".
_TITLE_JOINERS = frozenset({"and", "of", "for", "the", "its", "his", "her", "their", ","})
_DELEGATION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "high-level", "senior", "large"})


# Groups named by their office: guests a sentence counts without naming ("attended by three other heads of
# state"), or who meet among themselves ("envoys meeting in Minsk").
_GROUPS = OFFICE_PLURALS | {"dignitaries", "officials", "diplomats", "negotiators", "mediators"}
# "The EU's top officials were attending a summit": how far into its sentence the group may be named.
_GROUP_SUBJECT_REACH = 6
_BEING_THERE = frozenset({"were", "was"})
# Verbs that make a "who" clause about one person: "Conille and X, who was", "who has".
_SINGULAR_VERBS = frozenset({"is", "was", "has", "does"})


@attrs.frozen
class FoundVisit:
    """A visit found in a sentence."""

    visitor: str
    destination: str
    place: str | None
    sentence: int
    start: int
    end: int
    status: str
    date: dt.date | None


# Verbs of asking someone else to come, and how far before "come" they may stand.
_ASKING = frozenset({"urged", "urge", "urges", "asked", "ask", "asks", "told", "called", "invited", "invite"})
_ASKING_REACH = 10
# Verbs of going whose "there" is the place just named: "is expected to travel there".
_MOTION_THERE = frozenset(
    {"travel", "travels", "travelled", "traveled", "travelling", "go", "goes", "went", "going", "fly", "flies"}
    | {"flew", "flying", "head", "heads", "headed", "heading"}
)
# Words that set an event noun's clause in days to come ("is expected to sign it at the summit").
_FUTURE_WORDS = frozenset({"will", "expected", "due", "scheduled"})
# A clause that "whether" opens leaves its trips undecided.
_UNDECIDED = frozenset({"whether"})
_COPULA_PAST_PRESENT = frozenset({"is", "was"})
# How far back a clause's cue may stand before the word it governs.
_CLAUSE_REACH = 12


def _called_off(words: Sequence[str], trigger: int) -> bool:
    window = words[max(0, trigger - 5) : trigger]
    return any(a in CALL_OFF and b == "off" for a, b in itertools.pairwise(window))


def reports_cancellation(words: Sequence[str]) -> bool:
    """Whether a sentence reports a trip called off ("postponed", "called off") anywhere in it."""
    if not CANCELLED.isdisjoint(words):
        return True
    # Most sentences have no "off": one scan in C spares them the walk over word pairs.
    if "off" in words and any(a in CALL_OFF and b == "off" for a, b in itertools.pairwise(words)):
        return True
    return "out" in words and _pulled_out_of_event(words)


def in_ones_place(words: Sequence[str]) -> bool:
    """Whether the words say "in his place", "in her place" or "in their place"."""
    return any(words[k] == "in" and words[k + 1] in _ONES and words[k + 2] == "place" for k in range(len(words) - 2))


def _pulled_out_of_event(words: Sequence[str]) -> bool:
    """ "pulled out of the summit", "of the trip": a trip withdrawn from ("pulled out of the deal" is not)."""
    return any(
        words[k] in _PULLING
        and words[k + 1] == "out"
        and words[k + 2] == "of"
        and not EVENTS_AND_TRIPS.isdisjoint(words[k + 3 : k + 3 + _PULLED_OUT_REACH])
        for k in range(len(words) - 3)
    )


def _past_where_clause(between: Sequence[str]) -> Sequence[str]:
    """The words after a where-clause on a leg: "to Brussels, where he will see Barroso, and to Paris"."""
    if tuple(between[:2]) != (",", "where") or len(between) > LEG_GAP + _WHERE_CLAUSE_WORDS:
        return between
    close = max(k for k, word in enumerate(between) if word == ",")
    inside = between[2:close]
    if not inside or not CLAUSE_END.isdisjoint(inside) or "to" not in between[close:]:
        return between
    return between[close:]


def _declared_off(words: Sequence[str]) -> bool:
    """ "the trip is off", "the visit was now off": a trip called off, said with the adverb "off" alone."""
    for k in range(len(words) - 2):
        if words[k] in TRIP_NOUNS and words[k + 1] in _COPULA_PAST_PRESENT:
            rest = words[k + 2 : k + 4]
            if rest[:1] == ("off",) or (rest[:1] in (("now",), ("definitely",)) and rest[1:] == ("off",)):
                return True
    return False


def _flew_in(words: Sequence[str], trigger: int) -> bool:
    """ "who flew in last night", "flies in on Monday": an arrival, like "arrived"."""
    return words[trigger] in ("flew", "flies") and words[trigger + 1 : trigger + 2] == ("in",)


def trip_status(words: Sequence[str], trigger: int, *, to_plans: bool = True) -> str:
    """Planned, cancelled, ongoing or completed, from the words around the trip word at ``trigger``.

    With ``to_plans`` false, "to" before it plans nothing: for an event noun, whose "to" may be another
    word's ("held out membership to the Balkans at a Zagreb summit").
    """
    before = set(words[max(0, trigger - 4) : trigger + 1])
    if not to_plans:
        before.discard("to")
    if not CANCELLED.isdisjoint(words) or _called_off(words, trigger):  # the words before are among them
        return "cancelled"
    if "off" in words and _declared_off(words):
        return "cancelled"  # "had been preparing to travel to Uzbekistan, but the trip is now off"
    if not TRIP_NEGATIONS.isdisjoint(words[max(0, trigger - 2) : trigger]):
        return "cancelled"  # "said he would not travel to Crimea": the trip expected will not happen
    if _fell_through(words, trigger):
        return "cancelled"  # "Zelenskiy had been due in Madrid", "were to have flown to Brussels"
    if (before & PLANNED or (words[trigger].endswith("ing") and "to" in before)) and not _first_to(words, trigger):
        return "planned"
    if words[trigger] in ARRIVALS or words[trigger] == "come" or _flew_in(words, trigger):
        # "Arrived on Sunday", "had flown in", "had come to Algiers": the visitor is still there.
        return "ongoing"
    has_been = words[trigger] == "been" and words[trigger - 1 : trigger] in (("has",), ("have",))
    if has_been and words[trigger + 1 : trigger + 2] in (("in",), ("at",)):
        return "ongoing"  # "has been in Cairo for several days": still there
    if words[trigger] == "left" or before & COMPLETED or words[trigger] in COMPLETED:
        return "completed"
    return "ongoing"


def _companions_by(words: Sequence[str], verb: int) -> int | None:
    """Where "by" names who goes along: "accompanied by", or after a short phrase of place or occasion
    ("accompanied to the Kremlin by", "joined in Monrovia by"); "joined by" alone is left to the
    gathering rules."""
    if words[verb] not in JOINING and words[verb + 1 : verb + 2] == ("by",):
        return verb + 1
    if words[verb + 1 : verb + 2] not in _COMPANY_PHRASES:
        return None
    for k in range(verb + 2, min(len(words), verb + 2 + _COMPANY_PHRASE_REACH)):
        if words[k] == "by":
            return k
        if words[k] in CLAUSE_END or words[k] == ",":
            return None
    return None


def _group_meeting(words: Sequence[str], index: int) -> bool:
    """ "envoys meeting in Minsk": a group named by its office meets there, no one the sentence names."""
    return words[index] == "meeting" and index > 0 and words[index - 1] in _GROUPS


def _first_to(words: Sequence[str], trigger: int) -> bool:
    """ "became the first Latvian head of state to hold talks in the Kremlin": a record, not a plan.

    Examples:
        >>> _first_to("he became the first latvian head of state to hold talks".split(), 10)
        True
        >>> _first_to("she is the first leader due to visit".split(), 7)
        False
    """
    if trigger >= 1 and words[trigger - 1] == "to":
        to = trigger - 1
    elif trigger >= 2 and words[trigger - 2] == "to" and words[trigger - 1] not in PLANNED:
        to = trigger - 2
    else:
        return False
    if to == 0 or words[to - 1] in PLANNED:
        return False  # "the first leader due to visit": planned all the same
    return not _RECORDS.isdisjoint(words[max(0, to - _RECORD_REACH) : to])


# "the first / only / last ... to hold talks", "the most senior official to visit": how far before "to" the word
# may stand.
_RECORDS = frozenset({"first", "only", "last", "senior", "highest-ranking", "highest-level", "latest"})
_RECORD_REACH = 6
# Texts whose signing place follows them: "the peace deal signed in Minsk", "the accord signed in Algiers".
_SIGNED_TEXTS = frozenset(
    {"deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "treaties", "ceasefire", "truce"}
    | {"protocol", "declaration", "memorandum", "pact", "charter", "convention", "armistice"}
)
# Verbs that open a second predicate of the same subject after "and": "for talks with X and is due in Harare".
_JOINED_VERBS = frozenset({"is", "was", "will", "would", "travels", "flies", "heads", "goes", "moves"})


def _verb_joined(words: Sequence[str], trigger: int, place: int) -> bool:
    """Whether another verb of the subject is joined between a trigger and a place: "and is due in"."""
    return any(words[k] == "and" and words[k + 1] in _JOINED_VERBS for k in range(trigger + 1, place - 1))


def _other_event_between(words: Sequence[str], trigger: int, place: int) -> bool:
    """Whether an earlier or later event is told between a trigger and a place: "after talks in Moscow"."""
    return any(
        words[k] in ("after", "before") and not (EVENT_NOUNS | PLACELESS_NOUNS).isdisjoint(words[k + 1 : place])
        for k in range(trigger + 1, place)
    )


_SAYING = frozenset({"said", "says"})
# What may follow "said" without opening what was said: "said in Beirut", "said after the talks".
_AFTER_SAID = PLACE_PREPOSITIONS | {"during", "after", "before", "while", "when", "as", "by", "from", "late", "then"}


def _reported_between(words: Sequence[str], trigger: int, place: int) -> bool:
    """Whether a place is inside a clause opened after the trigger: "told X that ...", ", referring to ..."."""
    reported = any(
        words[k] == "that" and not REPORTING_BEFORE_THAT.isdisjoint(words[max(0, k - 4) : k])
        for k in range(trigger + 1, place)
    )
    # "Erdogan said Turkey backed the efforts of Saudi Arabia": a clause follows "said" with no "that".
    reported = reported or any(
        word in _SAYING and following not in _AFTER_SAID and following not in TIME_WORDS
        for word, following in itertools.pairwise(words[trigger + 1 : place])
    )
    return reported or any(
        word == "," and following.endswith("ing") and following not in TRIGGERS
        for word, following in itertools.pairwise(words[trigger + 1 : place])
    )


# Words that tell a visit is over: "left Kyiv", "flew home", "returned to Paris", "wrapped up his visit".
_LEAVING = frozenset(
    {"left", "leaves", "leaving", "home", "back", "returned", "departed", "ended", "wrapped", "concluded", "after"}
    | {"earlier", "previous", "last", "ago", "once", "first"}
)
# "had been due", "had been expected": a plan told in the past perfect, which the story says did not hold.
_UNHELD_PLANS = frozenset({"due", "expected", "scheduled", "supposed", "slated", "meant"})
# How far before a trip word that plan may stand: "had been expected to fly on Wednesday to Asuncion".
_UNHELD_REACH = 6


def _fell_through(words: Sequence[str], trigger: int) -> bool:
    """Whether a trip was to happen and did not: "had been due in Lima", "was to have flown to Brussels"."""
    for k in range(max(2, trigger - _UNHELD_REACH), trigger + 1):
        if words[k] in _UNHELD_PLANS and words[k - 2 : k] == ("had", "been"):
            return True
        if words[k] == "have" and words[k - 1] == "to" and words[k - 2] in ("was", "were"):
            return True
    return False


# Words that open a clause between an event noun and a place, which is then no longer the event's.
_CLAUSE_OPENERS = frozenset({"to", "that", "which", "who", "where", ",", "because", "while"})
# How far before a trip word "after" makes it an earlier leg: "after a three-day visit to India".
_AFTER_LEG_REACH = 3
# Trip words that, after "after", name a leg before this one: "after stops in Qatar", "after beginning the tour".
_LEG_WORDS = TRIP_NOUNS | {"stop", "stops", "stopover", "leg", "legs", "stay", "beginning", "starting", "visiting"}
# Words of a sentence about trips to come ("will fly to Paris after a stop in Rome"); not "to", as in "visit to".
_PLANNING = PLANNED - {"to", "set"}
# "last month", "last year": a period gone by, after a trip word.
_PAST_PERIODS = frozenset({"week", "month", "year", "spring", "summer", "autumn", "fall", "winter"})
# "thanked X for his visit": verbs whose object is the one who travelled.
_THANKING = frozenset({"thanked", "thanks", "thanking", "praised", "praises", "commended", "congratulated", "hailed"})

# The country and the American state that share a name: "Sea Island, Georgia" is in the United States.
_GEORGIA, _US = "GEO", "USA"


@attrs.define
class VisitContext:
    """What the article has said so far about where things happen."""

    last_place: tuple[str, str | None] | None = None
    event_place: tuple[str, str | None] | None = None
    # "The talks were also attended by three other heads of state.": the next sentence names them.
    attendees_due: bool = False


@attrs.frozen
class Companion:
    """An aide travelling with a leader: "X, who accompanied him", "X is travelling with Y"."""

    aide: str
    leader: str
    sentence: int
    start: int
    end: int
    # "travelling with Abbott for the whole tour", "accompanied him on both legs": every leg, not the latest.
    every_leg: bool = False
    # "who is travelling with Macron": the leg under way, not one announced for later.
    under_way: bool = False
    # "accompanied to the Kremlin by": the country of the leg named, when one is.
    toward: str | None = None
    # "arrived on Sunday with X": X shares the trip this sentence tells, not an earlier one.
    arriving: bool = False


class SentenceVisits:
    def __init__(
        self, sentence: Sentence, actors: ArticleActors, date: dt.date | None, context: VisitContext | None = None
    ) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.words = sentence.words
        self.actors = actors
        self.mentions = [m for m in actors.mentions[sentence.index] if m.kind == "leader"]
        self.places = actors.place_mentions[sentence.index]
        self.countries = [m for m in actors.mentions[sentence.index] if m.kind == "country" and m.form == "country"]
        self.date = date
        self.context = context or VisitContext()
        self.companions: list[Companion] = []
        self._spots: list[Spot] | None = None
        self._remote: list[int] | None = None
        # Whether the sentence holds a word of inviting at all, found once: a trip word asks for each.
        self._inviting: bool | None = None

    def remote_near(self, start: int, end: int) -> bool:
        if self._remote is None and REMOTE_WORDS.isdisjoint(self.words):
            self._remote = []  # most sentences: no call or video link to place
        if self._remote is None:
            words = self.words
            self._remote = [
                k
                for k, word in enumerate(words)
                if word in REMOTE_WORDS
                and not (k + 1 < len(words) and words[k + 1] in NOT_A_CALL.get(word, OFF))
                # "called the Russian president" is a call; "called the building a symbol" is not.
                and not (
                    k + 1 < len(words)
                    and words[k + 1] == "the"
                    and word in NOT_A_CALL
                    and not any(k + 1 < m.first <= k + 4 for m in self.mentions)
                )
            ]
        return bool(self._remote) and any(start <= k < end for k in self._remote)

    # --- places -----------------------------------------------------------------------------

    def possesses(self, last: int) -> bool:
        """Whether a place ending before ``last`` owns what follows it ("Moscow's hands", "Kosovo's leaders")."""
        return last < len(self.words) and self.words[last] in POSSESSIVE

    def _possessed_person(self, last: int) -> bool:
        """ "Saudi Arabia's Crown Prince Abdullah": a possessive country naming a person, not a place."""
        return self.possesses(last) and any(last < m.first <= last + 4 for m in self.mentions)

    def _names_a_text(self, spot: Spot) -> bool:
        """'the Doha round', 'the Minsk agreements', 'the Paris accord': a city naming a process, not a place."""
        last = spot[1]
        return spot[3] is not None and last < len(self.words) and self.words[last] in NAMED_PROCESSES

    def _names_a_medium(self, spot: Spot) -> bool:
        """ "Israel Radio", "China Daily", "Kyiv Post": a place in the name of a news outlet, not where anyone is."""
        last = spot[1]
        return last < len(self.words) and self.tokens[last].capitalized and self.words[last] in NEWS_OUTLET_WORDS

    def spots(self) -> list[Spot]:
        if self._spots is None and not self.places and not self.countries:
            self._spots = []  # most sentences name no place
        if self._spots is None:
            found: list[Spot] = list(self.places)
            found += [(m.first, m.last, m.ref, None) for m in self.countries]
            self._spots = [
                spot
                for spot in sorted(found)
                if not (self._possessed_person(spot[1]) or self._names_a_text(spot) or self._names_a_medium(spot))
            ]
        return self._spots

    def destination_after(self, trigger: int) -> tuple[str, str | None, int] | None:
        """Country, place name and end token of the first place after the trigger."""
        # "a conference on aid to Afghanistan": countries in an event's subject are not where it is held.
        following = self.words[trigger + 1] if trigger + 1 < len(self.words) else ""
        if following == "back" and self.words[trigger] in BETWEEN_MOTION:
            return None  # "before flying back to Rome": the way home, not a visit
        on_topic = self.words[trigger] in EVENT_NOUNS and following in ("on", "about")
        reach = WINDOW + self.aside_after(trigger)
        for first, last, country, name in self.spots():
            if not trigger < first <= trigger + reach:
                continue
            if on_topic and (
                name is None or (self.words[first - 1] == "of" and self.words[first - 2] not in PLACE_KINDS)
            ):
                continue  # "a summit on the reconstruction of Gaza" is about Gaza; "on the island of Okinawa" is there
            if self.possesses(last):
                continue  # "had written to Kosovo's leaders": whose leaders, not where anyone goes
            if self.happening_in(first):
                continue  # "a trip overshadowed by the crisis in Ukraine": where the crisis is, not the trip
            if self.words[trigger] in EVENT_NOUNS and (
                not ONWARD.isdisjoint(self.words[trigger + 1 : first]) or _verb_joined(self.words, trigger, first)
            ):
                # "talks with Fox on migration, then fly to Lima", "talks with Museveni and is due in Zimbabwe":
                # the place is the next leg's.
                return None
            if _reported_between(self.words, trigger, first):
                return None  # "told his guest that Pakistan was ready to talk to India": India is talked about
            if _other_event_between(self.words, trigger, first):
                return None  # "met Zelenskiy on Thursday, two days after talks in Moscow": Moscow is the talks'
            of_at = self.index_before(first)  # over an article: "of the United States"
            previous = self.words[of_at] if of_at >= 0 else ""
            if previous == "of" and (
                any(m.last == of_at for m in self.mentions) or (of_at >= 1 and self.words[of_at - 1] in OFFICE_PLURALS)
            ):
                # "President Ilham Aliyev of Azerbaijan", "the leaders of Colombia and Ecuador": whose, not where.
                # "meet the leaders of Poland, Hungary and Slovakia in Warsaw": the place may follow the list.
                whose = self.coordinated_after((country, name, last))
                reach += (whose[-1][2] if whose else last) - first
                continue
            if previous == "of" and first >= 2 and self.words[first - 2] in CLAIMS:
                continue  # "over the objections of Bolivia", "the interests of Serbia": whose, not where
            if previous == "into" and self.words[trigger] not in INTO_MOTION:
                continue  # "to meet Putin since troops crossed into Ukraine": only one who flies in arrives
            if previous == "for" and self.words[trigger] not in DEPARTURES:
                continue  # "the costs for Moscow would rise": a government; "left for Moscow" is a trip
            if previous == "to" and of_at >= 1 and self.words[of_at - 1] in NOUNS_TAKING_TO:
                continue  # "use the visit to press for humanitarian access to Yemen": access goes there, not he
            if previous == "between" and self.words[trigger] not in BETWEEN_MOTION:
                continue  # "talks between Russia and Ukraine": who talks, not where anyone goes
            if previous != "for" and self.words[trigger] == "leave":
                continue  # "would not leave the building until Kiev": only "leave for Beijing" is a trip
            if previous in PLACE_PREPOSITIONS or (
                # "visit Islamabad", "visit both Islamabad and New Delhi"
                (first == trigger + 1 or (first == trigger + 2 and self.words[trigger + 1] == "both"))
                and self.words[trigger] in DIRECT_OBJECT_TRIGGERS
            ):
                return country, name, last
            if name is None and self.town_before(first, last):
                # "at the summit in Huntsville, Canada": a town the gazetteer lacks; "Sea Island, Georgia" is
                # in the American state (the country's towns that make news are in the gazetteer).
                return (_US if country == _GEORGIA else country), name, last
        return None

    def town_before(self, first: int, last: int) -> bool:
        """Whether a country follows an unknown town it locates: "in Huntsville, Canada", "at Sea Island, Georgia",
        "fly to Los Cabos, Mexico"."""
        if first < 3 or self.words[first - 1] != "," or self.words[last : last + 1] not in AFTER_TOWN:
            return False
        back = first - 2
        while back > 0 and self.tokens[back].capitalized and first - back <= TOWN_WORDS + 1:
            back -= 1
        town = range(back + 1, first - 1)
        known = any(spot[0] in town for spot in self.spots()) or any(m.first in town for m in self.mentions)
        return bool(town) and not known and (self.words[back] in LOCATIVE or self.words[back] == "to")

    def aside_after(self, trigger: int) -> int:
        """The length of an aside set off by commas right after a trip noun ("Pompeo's tour, the first by a
        U.S. secretary of state to the region since 2015, began in Kyiv"): the place may follow it."""
        words = self.words
        if words[trigger] not in PLACELESS_NOUNS or words[trigger + 1 : trigger + 2] != (",",):
            return 0
        for index in range(trigger + 2, min(len(words), trigger + 2 + ASIDE_SPAN)):
            if words[index] == ",":
                return index - trigger
            if words[index] in CLAUSE_END:
                return 0
        return 0

    def coordinated_after(self, target: tuple[str, str | None, int]) -> list[tuple[str, str | None, int]]:
        """Further legs listed after a place: "in Moscow and Kyiv", "a tour of A, B and C", "to A and then to B"."""
        legs: list[tuple[str, str | None, int]] = []
        end = target[2]
        for first, last, country, name in self.spots():
            if first < end:
                continue
            between = _past_where_clause(self.words[end:first])
            joined = set(between) <= LEG_JOINERS and not LEG_LINKS.isdisjoint(between)
            if not between or len(between) > LEG_GAP or not joined:
                break
            legs.append((country, name, last))
            end = last
        return legs

    def destination_before(self, trigger: int) -> tuple[str, str | None, int] | None:
        """A place naming an event: "an Oval Office meeting", "the Brussels summit"."""
        for _, last, country, name in self.spots():
            if last == trigger and name is not None:
                return country, name, last
        return None

    def where_before(self, trigger: int) -> tuple[str, str | None, int] | None:
        """ "a day in Nur-Sultan, where Pompeo met Tokayev", "flies to Geneva, where he is to meet Assad":
        the place the where-clause hangs on."""
        for first, last, country, name in self.spots():
            hangs = self.words[last : last + 2] == (",", "where") and self.before(first) in LOCATIVE | {"to"}
            if hangs and last + 2 < trigger <= last + 2 + WHERE_REACH:
                return country, name, last
        return None

    def index_before(self, first: int) -> int:
        """Where the word before a place stands, over an article ("at the White House"); -1 at the start."""
        back = first - 1
        if back > 0 and self.words[back] in ("the", "a", "an"):
            back -= 1
        return back

    def before(self, first: int) -> str:
        """The word before a place, over an article ("at the White House", "in an Istanbul hotel")."""
        back = self.index_before(first)
        return self.words[back] if back >= 0 else ""

    def stop_over(self, index: int) -> bool:
        """Whether "stop" is a leg of a trip: "a stop in Tokyo", "will stop in Manila", "stopped over in Dubai"."""
        after = self.words[index + 1] if index + 1 < len(self.words) else ""
        before = self.words[index - 1] if index else ""
        return (
            after in ("in", "at", "over", "off", "en")
            or before in DETERMINERS
            or before in ("first", "second", "last", "final", "next", "brief")
        )

    def travels_elsewhere(self, country: str) -> bool:
        """Whether someone in the sentence travels to another country: "flies to Santiago to meet Bachelet"."""
        for index, word in enumerate(self.words):
            if word in ONWARD:
                target = self.destination_after(index)
                if target is not None and target[0] != country:
                    return True
        return False

    def located_spots(self) -> list[Spot]:
        # "in Moscow's hands", "in Beijing's view": a government owning something, no place.
        return [
            spot
            for spot in self.spots()
            if (self.before(spot[0]) in LOCATIVE or self.kind_named_in(spot[0]))
            and not self.dwelling(spot[0])
            and not self.possesses(spot[1])
        ]

    def kind_named_in(self, first: int) -> bool:
        """Whether a place follows its kind after a locative: "in the port city of Valparaiso", "at the Black
        Sea resort of Sochi"."""
        if first < 2 or self.words[first - 1] != "of" or self.words[first - 2] not in PLACE_KINDS:
            return False
        the = next(
            (k for k in range(first - 3, max(-1, first - 3 - _KIND_MODIFIERS - 1), -1) if self.words[k] == "the"), None
        )
        return the is not None and the > 0 and self.words[the - 1] in LOCATIVE

    def flown_into(self) -> list[Spot]:
        """Places travelled into: "guests who had flown into Beirut for the vote"."""
        return [
            spot
            for spot in self.spots()
            if spot[0] >= 2 and self.words[spot[0] - 1] == "into" and self.words[spot[0] - 2] in TRAVELLED_INTO
        ]

    def happening_in(self, first: int) -> bool:
        """Whether a place names where something happens: "the crisis in Ukraine", "the war in Iraq"."""
        if first < 2 or self.words[first - 1] != "in":
            return False
        before = first - 2
        if before > 0 and self.words[before] in ('"', "”"):
            before -= 1  # 'a "just peace" in Ukraine'
        return self.words[before] in HAPPENINGS

    def dwelling(self, first: int) -> bool:
        """Whether a place is where people live, not where things happen: "Venezuelans living in Chile"."""
        back = first - 2
        if back > 0 and self.words[back + 1] == "the":
            back -= 1
        return back >= 0 and self.words[back] in DWELLING

    # --- people -----------------------------------------------------------------------------

    def possessive(self, mention: Mention) -> bool:
        return mention.last < len(self.words) and self.words[mention.last] in POSSESSIVE

    def owner_of(self, trigger: int) -> list[Mention]:
        """The leader whose trip noun it is: "signed with China during Prabowo's visit to Beijing"."""
        if self.words[trigger] not in PLACELESS_NOUNS:
            return []
        return [
            m
            for m in self.mentions
            if m.kind == "leader"
            and self.possessive(m)
            and m.last < trigger <= m.last + 1 + OWNER_REACH
            and all(not token.capitalized and token.text.isalpha() for token in self.tokens[m.last + 1 : trigger])
        ][-1:]

    def antecedent(self, trigger: int) -> list[Mention]:
        """The leader a relative clause describes: "Li Keqiang, who was in Berlin"."""
        for k in range(trigger - 1, max(0, trigger - 12), -1):
            if self.words[k] in CLAUSE_END:
                return []
            if self.words[k] == "who" and k >= 2 and self.words[k - 1] == ",":
                # "the presidents of Lithuania and Latvia, X and Y, who had flown in": both of them.
                described = [m for m in self.mentions if m.last == k - 1]
                if not described:
                    return []
                group = group_of(self.mentions, described[0], self.tokens)
                # Only names apposed to a plural title share the clause ("Conille and X, who heads" is X's),
                # or a pair opening the sentence whose verb is not singular ("Mbeki and Obasanjo, who flew").
                apposed = group[0].first > 0 and self.words[group[0].first - 1] == ","
                verb = self.words[k + 1] if k + 1 < len(self.words) else ""
                plural_verb = (
                    verb not in _SINGULAR_VERBS
                    and not (verb.endswith("s") and not verb.endswith("ss"))
                    and {"his", "her"}.isdisjoint(self.words[k + 1 : k + 6])  # "who interrupted his campaign"
                )
                opening = group[0].first == 0 and plural_verb
                return group if apposed or opening else described
        return []

    def visitors(self, trigger: int, place_end: int) -> list[Mention]:
        mentions = self.mentions
        if self.words[trigger] not in PLACELESS_NOUNS | EVENT_NOUNS:
            # A possessor is the subject of a noun ("Macron's visit"), never of a verb.
            mentions = [m for m in mentions if not self.possessive(m)]
        if self.words[trigger] not in PLACELESS_NOUNS and self.thing_subject(trigger):
            return []  # "a surprise trip" is no thing that travels
        if self.words[trigger] in PLACELESS_NOUNS and self.words[max(0, trigger - 2) : trigger] == ("that", "the"):
            return []  # "Suga said ... that the visit to Sochi did not change that": a trip talked about
        if self.words[trigger].endswith("ing") and self.plural_before(trigger):
            return []  # "he hoped the leaders visiting Havana would ...": the leaders travel, not he
        if self.words[trigger] == "delegation":
            leader = self.delegation_leader(trigger)
            if leader is not None:
                return [leader]
        if self.words[trigger] in PLACELESS_NOUNS:
            # "a trip by Vice President Dick Cheney to Azerbaijan", "a visit to Washington by his minister, X,
            # and his adviser, Y": the travellers follow the noun or the place.
            for by in (trigger + 1, place_end):
                if self.words[by : by + 1] == ("by",):
                    agents = [
                        m
                        for m in self.mentions
                        if by < m.first <= by + AGENT_REACH and m.kind == "leader" and m.form != "pronoun"
                    ]
                    if agents:
                        return agents if by == place_end else agents[:1]
        thanked = self.thanked_for(trigger)
        if thanked is not None:
            return [thanked]
        found = self.antecedent(trigger) or self.owner_of(trigger) or self.shared_subject(mentions, trigger)
        found = found or self.bare_pair(trigger) or subject_before(mentions, self.tokens, trigger)
        found = found or self.collective_before(trigger) or self.led_delegation_before(trigger)
        if not found and trigger <= 2 and self.words[trigger].endswith("ing"):
            # "Speaking in Tallinn, X said", "Arriving at the summit, X said".
            found = subject_after(self.mentions, place_end, limit=6)
        # "He urged the donors who pledged aid at a conference in Washington": the donors were there.
        found = [m for m in found if not self.others_relative_between(m.last, trigger)]
        if found and self.country_reported_after(found[-1].last, trigger):
            return []  # "Rashid said Iraq would be represented at the summit": Iraq goes, by someone
        if self.words[trigger] in PLACELESS_NOUNS:
            # "the sultan received him for a state visit": who receives is the host, not the visitor.
            # "received Raisi on Thursday, a day after a trip to the UAE": the trip is an event of its own.
            hosting = [
                k
                for k in range(trigger)
                if self.words[k] in HOSTING
                and (k == 0 or self.words[k - 1] not in COPULAS)
                and _EVENT_LINKS.isdisjoint(self.words[k:trigger])
            ]
            found = [m for m in found if not any(m.last <= k for k in hosting)]
        return found

    def thanked_for(self, trigger: int) -> Mention | None:
        """ "Biden praised Yoon for his visit to Tokyo", "thanked President X for her visit": the one thanked made
        the trip, not the one who thanks."""
        if trigger < 3 or self.words[trigger - 2] != "for" or self.words[trigger - 1] not in ("his", "her"):
            return None
        return next(
            (
                m
                for m in self.mentions
                if m.kind == "leader"
                and m.last == trigger - 2
                and m.form != "pronoun"
                and object_marker(self.tokens, m) in _THANKING
            ),
            None,
        )

    def delegation_leader(self, trigger: int) -> Mention | None:
        """ "A Turkish delegation led by Deputy Foreign Minister X held talks in Washington", "received a delegation
        of ECOWAS ministers headed by Ghana's X in Ouagadougou": who leads the delegation travels with it."""
        words = self.words
        for k in range(trigger + 1, min(len(words) - 1, trigger + _DELEGATION_LED_REACH)):
            if words[k] in CLAUSE_END:
                return None
            if words[k] in _LEADING and words[k + 1] == "by":
                return next(
                    (
                        m
                        for m in self.mentions
                        if k + 1 < m.first <= k + 1 + AGENT_REACH and m.kind == "leader" and m.form != "pronoun"
                    ),
                    None,
                )
        return None

    def represented_by(self, index: int) -> list[FoundVisit]:
        """ "China was represented at the ceremony by Culture Minister Luo Shugang": the envoy is where the event is,
        for the country whose subject the sentence opens with."""
        words = self.words
        by = next(
            (k for k in range(index + 1, min(len(words), index + _REPRESENTED_BY_REACH)) if words[k] == "by"), None
        )
        if by is None or any(w in CLAUSE_END or w == "," for w in words[index:by]):
            return []
        # The envoy's name follows "by" with only its titles between: "by Ben Rhodes, Obama's adviser" is Rhodes.
        envoy = next(
            (
                m
                for m in self.mentions
                if by < m.first
                and m.form != "pronoun"
                and not self.possessive(m)
                and all(
                    self.tokens[k].capitalized or words[k] in title_words() or words[k] in _TITLE_JOINERS
                    for k in range(by + 1, m.first)
                )
            ),
            None,
        )
        target = self.destination_after(index)
        place = (
            (target[0], target[1])
            if target is not None and target[2] <= by + 1
            else (self.context.event_place or self.story_place())
        )
        if envoy is None or place is None:
            return []
        entity = self.actors.entities[envoy.ref]
        represented = next(
            (m for m in reversed(self.countries) if m.last <= index and not is_object(self.tokens, m)), None
        )
        if entity.country is None and entity.organization is None and represented is not None:
            entity.country = represented.ref  # the envoy serves the country represented
        if not self.can_visit(envoy, place[0]):
            return []
        status, day = self.status_and_day(index)
        return [self.make(envoy, index, (*place, envoy.last), status, day)]

    def led_delegation_before(self, trigger: int) -> list[Mention]:
        """ "A Turkish delegation led by X held talks in Washington": a delegation opening the clause travels, and
        with it the one who leads it."""
        words, tokens = self.words, self.tokens
        if "delegation" not in words:
            return []  # most sentences: no delegation, found by one scan in C before any walk back
        for k in range(trigger - 1, -1, -1):
            if words[k] in CLAUSE_END or words[k] == ",":
                return []
            if words[k] != "delegation":
                continue
            opening = k
            while opening > 0 and (tokens[opening - 1].capitalized or words[opening - 1] in _DELEGATION_OPENERS):
                opening -= 1
            if opening > 0 and words[opening - 1] != ",":
                return []  # "received a delegation led by X": the delegation is the object, not who travels
            leader = self.delegation_leader(k)
            return [leader] if leader is not None and leader.last <= trigger else []
        return []

    def country_reported_after(self, end: int, trigger: int) -> bool:
        """Whether a country opens a reported clause between a speaker and a trigger: "said Iraq would"."""
        return any(
            end <= m.first < trigger
            and (self.words[m.first - 1] in SPEECH or self.words[m.first - 2 : m.first] in SAID_THAT)
            for m in self.countries
        )

    def collective_before(self, trigger: int) -> list[Mention]:
        """ "The four leaders are due to meet again next week in Vienna": as many leaders as counted, the ones
        the story named last, in earlier sentences."""
        counted = next(
            (
                (k, *found)
                for k in range(max(0, trigger - COLLECTIVE_REACH), trigger - 1)
                if (found := self.counted_people(k, trigger)) is not None
            ),
            None,
        )
        if counted is None:
            return []
        phrase, count, phrase_end = counted
        named: dict[str, Mention] = {}
        for index in range(self.sentence.index - 1, max(-1, self.sentence.index - COLLECTIVE_LOOKBACK), -1):
            for mention in reversed(self.actors.mentions[index]):
                entity = self.actors.entities.get(mention.ref) if mention.kind == "leader" else None
                if entity is None or entity.history_only or mention.form == "pronoun" or entity.title is None:
                    continue
                if fold(entity.title) in HOST_TITLES or self.heads_a_state(entity.gazetteer_id):
                    named.setdefault(mention.ref, mention)
            if len(named) >= count:
                break
        if len(named) < count:
            return []
        # Each stands at the words "the four leaders" of this sentence, which are the evidence.
        start, end = self.tokens[phrase].start, self.tokens[phrase_end - 1].end
        return [Mention(m.kind, m.ref, phrase, phrase_end, start, end, "title") for m in list(named.values())[:count]]

    def heads_a_state(self, gazetteer_id: str | None) -> bool:
        """Whether a gazetteer leader is head of state or government on the article date, whatever other office
        names them first ("General Secretary" Jiang Zemin was also China's president)."""
        leader = leaders().get(gazetteer_id or "")
        if leader is None or self.date is None:
            return False
        return any(fold(role.title) in HOST_TITLES for role in leader.roles_on(self.date))

    def bare_pair(self, trigger: int) -> list[Mention]:
        """ "raise it with Kerry when the two meet in Vienna": the two leaders the sentence named before."""
        phrase = trigger - 2
        if phrase > 0 and self.words[trigger - 1] in MODALS:
            phrase -= 1  # "when the two will meet"
        if phrase < 1 or self.words[phrase] != "the" or NUMBER_WORDS.get(self.words[phrase + 1], 0) != 2:
            return []
        named: dict[str, Mention] = {}
        for mention in self.mentions:
            if mention.kind == "leader" and mention.last <= phrase:
                named.setdefault(mention.ref, mention)
        if len(named) != 2:
            return []
        start, end = self.tokens[phrase].start, self.tokens[phrase + 1].end
        return [Mention(m.kind, m.ref, phrase, phrase + 2, start, end, "title") for m in named.values()]

    def counted_people(self, first: int, trigger: int) -> tuple[int, int] | None:
        """How many people "the four leaders" or "both leaders" at token ``first`` counts, and where it ends."""
        words = self.words
        if (
            words[first] in ("the", "both")
            and first + 2 < trigger
            and 2 <= NUMBER_WORDS.get(words[first + 1], 0) <= MOST_COUNTED
            and words[first + 2] in PEOPLE_PLURALS
        ):
            return NUMBER_WORDS[words[first + 1]], first + 3
        if words[first] == "both" and words[first + 1] in PEOPLE_PLURALS:
            return 2, first + 2
        if (
            # "The four will take it to Brussels": a bare number as subject, then the verb or its auxiliary
            words[first] == "the"
            and (first == 0 or words[first - 1] == ",")
            and 2 <= NUMBER_WORDS.get(words[first + 1], 0) <= MOST_COUNTED
            and (first + 2 == trigger or words[first + 2] in AUXILIARIES)
        ):
            return NUMBER_WORDS[words[first + 1]], first + 2
        return None

    def others_relative_between(self, end: int, trigger: int) -> bool:
        """Whether a "who" clause about people other than the one named opens before the trigger."""
        return any(
            # ", whose country holds ... and who brokered": a second clause about the one named.
            self.words[k] == "who"
            and self.words[k - 1] not in (",", "and")
            and not any(m.last == k for m in self.mentions)
            for k in range(end + 1, trigger)
        )

    def plural_before(self, trigger: int) -> bool:
        """Whether a common plural noun stands just before a participle ("the leaders visiting Havana")."""
        back = trigger - 1
        if back < 1 or self.tokens[back].capitalized or any(m.first <= back < m.last for m in self.mentions):
            return False
        return self.words[back].isalpha() and _plural_noun(self.words[back]) and self.words[back - 1] == "the"

    def thing_subject(self, trigger: int) -> bool:
        """Whether a verb of travel has a thing for subject: "under which the remains would go to Kharkiv"."""
        back = trigger - 1
        while back >= 0 and (self.words[back] in AUXILIARIES or self.words[back] in ("would", "could", "should")):
            back -= 1
        which = back
        while which >= 0 and self.words[which] in AWAITING_WORDS:
            which -= 1
        if which > 0 and self.words[which] == "which" and self.words[which - 1] == ",":
            return True  # "the rotating presidency, which had been due to go to Colombia"
        if back < 1 or self.tokens[back].capitalized or not self.words[back].isalpha():
            return False
        if any(m.first <= back < m.last for m in self.mentions):
            return False  # "the president would go": a leader after all
        noun = self.words[back]
        if noun in PEOPLE_NOUNS or noun in title_words():
            return False  # "more than 20 leaders expected in Kazan": among them, those named
        if _counted_crowd(self.words[: back + 1]):
            return True  # "Renzi said about 102,000 people had arrived": they came, not he
        # "missile experts from both sides would meet": a bare plural before a modal is a subject too
        # ("Macron plans to meet" has a verb there, and no modal follows a verb).
        modal = not MODALS.isdisjoint(self.words[back + 1 : trigger])
        return self.words[back - 1] in DETERMINERS or (modal and _plural_noun(noun))

    def shared_subject(self, mentions: Sequence[Mention], trigger: int) -> list[Mention]:
        """ "He flies on to South Africa, which Ramaphosa will host, and is to stop in Mauritius": a verb
        joined by ", and" with no subject of its own shares the sentence's first subject."""
        back = trigger - 1
        if back >= 1 and self.words[trigger].endswith("ing") and self.words[back] in _PARTICIPLE_LINKS:
            # "stopped in Djibouti to see X before flying to Nairobi": whoever stopped flies on.
            subjects = [m for m in mentions if m.last <= back and not is_object(self.tokens, m)]
            return subjects[:1]
        while back >= 0 and (self.words[back] in AUXILIARIES or self.words[back] in SEQUENCE_WORDS):
            back -= 1  # ", and before that spent two days in Tokyo"
        if back < 1 or self.words[back] != "and" or self.words[back - 1] != ",":
            return []
        subjects = [m for m in mentions if m.last <= back and not is_object(self.tokens, m) and not self.possessive(m)]
        return subjects[:1]

    def objects_between(self, trigger: int, end: int) -> list[Mention]:
        """Leaders met: "meet Putin in Saudi Arabia", "talks with Xi in Beijing"."""
        return [m for m in self.mentions if trigger < m.first < end and not self.possessive(m)]

    def can_visit(self, mention: Mention, country: str, *, explicit: bool = True) -> bool:
        return may_visit(self.actors, mention.ref, country, explicit=explicit)

    # --- status -----------------------------------------------------------------------------

    def clause_before_holds(self, index: int, cues: frozenset[str]) -> bool:
        """Whether one of ``cues`` stands in the clause before the word at ``index`` (back to a comma or dash)."""
        for word in reversed(self.words[max(0, index - _CLAUSE_REACH) : index]):
            if word in CLAUSE_STOPS:
                return False
            if word in cues:
                return True
        return False

    def future_event(self, index: int) -> bool:
        """Whether an event noun stands in a clause of days to come: "is expected to discuss it at the summit"."""
        return self.words[index] in EVENT_NOUNS and self.clause_before_holds(index, _FUTURE_WORDS)

    def coming_to(self, index: int) -> bool:
        """Whether "come" at ``index`` is a trip of its subject's: "would still come to Mexico City".

        Not "had not come to Japan to demand an apology" (why, not whether, he came), "urged the rebels to come
        to Libya" (someone else asked to), "weapons having come out of Libya", nor "the first president to come to
        India" (a record; the sentence tells the trip another way).
        """
        words = self.words
        if words[index + 1 : index + 2] != ("to",) or not TRIP_NEGATIONS.isdisjoint(words[max(0, index - 2) : index]):
            return False
        if _first_to(words, index):
            return False  # "the first American president to come to India in 22 years": a record, told of a trip
        return _ASKING.isdisjoint(words[max(0, index - _ASKING_REACH) : index])

    def status_and_day(self, trigger: int, inherited: str | None = None) -> tuple[str, dt.date | None]:
        if self.earlier_leg(trigger):
            return "completed", None  # "arrived in Jakarta on Tuesday after a three-day visit to India"
        status = trip_status(self.words, trigger)
        if status == "ongoing" and self.future_event(trigger):
            # "are expected to sign the agreement on the sidelines of the summit in Buenos Aires"
            status = "planned"
        if inherited == "planned" and status == "ongoing" and self.words[trigger] not in ARRIVALS:
            # "due to fly to Seoul before a stop in Japan": the later leg is planned too.
            status = "planned"
        if (
            status == "ongoing"
            and self.words[trigger] in SCHEDULED
            and WEEKDAY_WORDS.isdisjoint(self.words)
            and self.sentence.text.rstrip().endswith((".", '"', "”"))
        ):
            return "planned", None  # "Obama flies on to Turkey.": the next leg (a headline speaks of now)
        if status == "ongoing" and not SCHEDULED.isdisjoint(self.words) and not WEEKDAY_WORDS.isdisjoint(self.words):
            # "The president flies to Kigali on Tuesday": a present tense with a weekday is a schedule.
            ahead = resolve_day(self.tokens, self.date, future=True)
            # "Obama flies to Wales on Thursday" in Thursday's paper: later that day, still to come.
            if self.date is not None and ahead is not None and ahead >= self.date:
                return "planned", ahead
        # "when the two meet in Vienna on Sunday": a present tense after "when" speaks of days to come.
        after_when = "when" in self.words[max(0, trigger - _WHEN_REACH) : trigger]
        coming = status == "ongoing" and self.words[trigger] in PRESENT_TRIP_VERBS and after_when
        day = resolve_day(self.tokens, self.date, future=status == "planned" or coming)
        if self.date is not None and day is not None:
            if status == "ongoing" and day > self.date:
                status = "planned"  # "will see each other at the summit in Muskoka on June 25": not yet
            elif status == "completed" and day >= self.date:
                status = "ongoing"
            elif (
                status == "ongoing"
                and day < self.date
                and self.words[trigger] not in ARRIVALS | PLACELESS_NOUNS | {"during"}
            ):
                # "met Putin on Monday" is over; "on the second day of a three-day visit" is not.
                status = "completed"
        if status == "ongoing" and day is None and self.in_an_earlier_month(trigger):
            status = "completed"  # "after visits to Kazakhstan and Uzbekistan in September" (in November)
        return status, day

    def earlier_leg(self, trigger: int) -> bool:
        """Whether the trip word follows "after" in a sentence of what is or was ("after a three-day visit to
        India", "after stops in Qatar and Switzerland", "after beginning the tour in Iceland"): a leg now over."""
        words = self.words
        return (
            "after" in words[max(0, trigger - _AFTER_LEG_REACH) : trigger]
            # not "after arriving in Kyiv, he met", nor "said after talks in Moscow": still there
            and words[trigger] in _LEG_WORDS
            and _PLANNING.isdisjoint(words)
        )

    def in_an_earlier_month(self, trigger: int) -> bool:
        """Whether a time soon after a trip word is gone: "in <month>" of this year before the article's, "last
        week", "last month"."""
        if self.date is None:
            return False
        words = self.words
        for k in range(trigger + 1, min(len(words) - 1, trigger + _MONTH_REACH)):
            if words[k] in CLAUSE_END:
                return False
            if words[k] == "in" and words[k + 1] in MONTHS:
                return MONTHS[words[k + 1]] < self.date.month and words[k + 2 : k + 3] != ("next",)
            if words[k] == "last" and words[k + 1] in _PAST_PERIODS:
                return True  # "his visit to Tokyo last month"
        return False

    def make(
        self, visitor: Mention, trigger: int, target: tuple[str, str | None, int], status: str, day: dt.date | None
    ) -> FoundVisit:
        country, place, place_end = target
        if status == "completed" and self.still_there(trigger, country):
            status = "ongoing"  # "FREETOWN - Blair flew in on Thursday": the visit the story is set in goes on
        start = min(visitor.start, self.tokens[trigger].start)
        end = max(visitor.end, self.tokens[min(place_end, len(self.tokens)) - 1].end)
        return FoundVisit(visitor.ref, country, place, self.sentence.index, start, end, status, day)

    def still_there(self, trigger: int, country: str) -> bool:
        """Whether a trip told in the past goes to the country the story is datelined in and nothing says it
        is over: no leaving or going home, no earlier leg, period or year."""
        dateline = self.actors.dateline
        if dateline is None or dateline.where is None or dateline.where[0] != country:
            return False
        words = self.words
        return (
            _LEAVING.isdisjoint(words)  # "after" among them: no earlier leg either
            and not self.in_an_earlier_month(trigger)
            and not (self.date is not None and any(year_before(word, self.date) for word in words))
        )

    # --- rules ------------------------------------------------------------------------------

    def clause_end(self, index: int) -> int:
        for k in range(index, len(self.words)):
            if self.words[k] in CLAUSE_END:
                return k
        return len(self.words)

    def returned_from(self, index: int, after: int | None = None) -> list[FoundVisit]:
        """ "X returned from Beijing", "X arrived from Jeddah": X has been to the place left."""
        after = index + 1 if after is None else after
        if after >= len(self.words) or self.words[after] != "from":
            return []
        # "flew in from the Syria peace talks in Switzerland": the talks' place, not the country they are about.
        # "came away from talks in Budapest with a promise": what the talks gave, not a journey home.
        spot = self.event_left(after) if self.words[after - 1] != "away" else None
        spot = spot or next(
            (s for s in self.spots() if s[0] in (after + 1, after + 2) and self.before(s[0]) == "from"), None
        )
        if spot is None:
            return []
        _, last, country, name = spot
        subjects = self.antecedent(index) or subject_before(
            [m for m in self.mentions if not self.possessive(m)], self.tokens, index
        )
        _, day = self.status_and_day(index)
        if day is not None and self.date is not None and day >= self.date:
            # The day given is the return, not the stay.
            day = None
        return [
            self.make(m, index, (country, name, last), "completed", day)
            for m in subjects
            if self.can_visit(m, country, explicit=True)
        ]

    def event_left(self, after: int) -> tuple[int, int, str, str | None] | None:
        """The place of the event after "from": "flew home from the NATO summit in Newport, Wales"."""
        words = self.words
        event = next(
            (k for k in range(after + 1, min(len(words), after + _EVENT_AFTER_FROM)) if words[k] in EVENT_NOUNS), None
        )
        if event is None or not all(w.isalpha() or w == "-" for w in words[after + 1 : event]):
            return None
        if event + 2 >= len(words) or words[event + 1] not in ("in", "at"):
            return None
        # "in Newport, Wales": a town the gazetteer lacks, then its country or region.
        starts = (event + 2, event + 4) if event + 3 < len(words) and words[event + 3] == "," else (event + 2,)
        return next((s for s in self.spots() if s[0] in starts), None)

    def sent(self, index: int) -> list[FoundVisit]:
        """ "sends Medvedev instead", "sent Thomas Shannon, the assistant secretary, to La Paz": the envoy travels."""
        envoys = [
            m for m in self.mentions if m.kind == "leader" and m.form != "pronoun" and index < m.first <= index + 3
        ]
        if not envoys:
            return []
        envoys = group_of([m for m in self.mentions if m.kind == "leader"], envoys[0], self.tokens)
        target = self.destination_after(index) or self.context_place(len(self.words), event_first=True)
        if target is None:
            return []
        status, day = self.status_and_day(index)
        if status == "cancelled" and in_ones_place(self.words[index:]):
            # "pulled out of the summit and sent X in his place": the leader's trip is off, not the envoy's.
            status = "ongoing" if self.words[index] == "sent" else "planned"
        return [self.make(m, index, target, status, day) for m in envoys if self.can_visit(m, target[0], explicit=True)]

    def dated_long_ago(self, index: int) -> bool:
        """Whether a trip noun is dated a year before the article's: "his 2014 visit", "his visit to Caracas in
        January 1959"."""
        date = self.date
        if date is None:
            return False
        if any(year_before(word, date) for word in self.words[max(0, index - 2) : index]):
            return True
        # A visit told with its year after it ("in July 2000") is still news two years on.
        years = years_in(self.words, index + 1, index + 1 + _DATED_AFTER_REACH)
        return any(year < date.year - _RECOUNTED_YEARS for year in years)

    def addresses_a_leader(self, index: int) -> bool:
        """Whether "addressed" has a leader for object: "addressed his Colombian counterpart, Alvaro Uribe"."""
        for mention in self.mentions:
            if index < mention.first <= index + _ADDRESSEE_REACH:
                return all(
                    token.capitalized or token.lower in ADDRESSEE_WORDS or token.lower in title_words()
                    for token in self.tokens[index + 1 : mention.first]
                )
        return False

    def crossed_by_leader(self, index: int) -> bool:
        """Whether "crossed into" has a leader for subject: "Kuleba and Reznikov, who had crossed into Poland"."""
        if self.words[index + 1 : index + 2] != ("into",):
            return False
        back = index - 1
        while back >= 0 and self.words[back] in CROSSING_AUXILIARIES:
            back -= 1
        return back >= 0 and (self.words[back] == "who" or any(m.last == back + 1 for m in self.mentions))

    def host_country(self, index: int) -> tuple[str, str | None, int] | None:
        """The country of a foreign leader named as the one visited: "visited King Hamad of Bahrain"."""
        host = next((m for m in self.mentions if index < m.first <= index + VISITED_REACH), None)
        if host is None or host.form == "pronoun" or self.possessive(host):
            return None
        if any(word in CLAUSE_END or word == "," for word in self.words[index + 1 : host.first]):
            return None
        country = self.actors.entities[host.ref].country
        return (country, None, host.last) if country is not None else None

    def began_in(self, index: int) -> list[FoundVisit]:
        """ "a four-nation tour of Africa that began in Mozambique on Thursday", "Li's four-day trip began in
        Adelaide", "Biden began in Brazil": the first leg of a trip, whose traveller is the one the trip belongs
        to, or the subject."""
        target = self.destination_after(index)
        if target is None or target[2] > index + BEGAN_REACH:
            return []
        words = self.words
        if "visit" in words[index + 1 : target[2]]:
            return []  # "began his first official visit to Lebanon": the visit is read on its own
        trip = next((k for k in range(index - 1, max(-1, index - BEGAN_REACH), -1) if words[k] in TRIP_NOUNS), None)
        before = [m for m in self.mentions if m.last <= index and m.kind == "leader"]
        if trip is None:
            # "Biden began in Brazil": only a leader right before the verb, and a trip told in the article.
            travellers = [m for m in before if m.last == index]
            if not travellers or (self.context.last_place is None and TRIP_NOUNS.isdisjoint(words)):
                return []
        else:
            owners = [m for m in before if m.last == trip - 1 or (m.last < trip and words[m.last] in POSSESSIVE)]
            travellers = owners[-1:] or [m for m in before if m.form != "pronoun" and not self.possessive(m)][:1]
        status, day = self.status_and_day(index)
        if status == "ongoing" and (trip is None or words[trip] != "visit"):
            # "a tour that began in Mozambique on Thursday": the first leg is over unless it began today; a
            # "visit that began on Sunday" is still under way.
            began = resolve_day(self.tokens[index:], self.date, future=False)
            if self.date is not None and (began is None or began < self.date):
                status, day = "completed", began
        return [
            self.make(traveller, index, target, status, day)
            for traveller in travellers
            if self.can_visit(traveller, target[0], explicit=True)
        ]

    def carried(self, index: int) -> list[FoundVisit]:
        """ "a tour that took Merkel to Mali on Sunday and Niger on Monday", "a swing that will also take him to
        Morocco, Nigeria and Kenya": the one a journey takes somewhere travels there."""
        traveller = next(
            (m for m in self.mentions if m.kind == "leader" and index < m.first <= index + CARRIED_REACH), None
        )
        to = traveller.last if traveller is not None else index + 2
        if traveller is not None:
            pronoun = traveller.form == "pronoun"
        else:
            pronoun = self.words[to - 1 : to] in (("him",), ("her",))  # a text may end at the verb
        if pronoun:
            # "Bush leaves for Kuwait, the first stop of a tour that also takes him to Bahrain": the one the
            # sentence is about, named before.
            named = [m for m in self.mentions if m.kind == "leader" and m.form != "pronoun" and m.last <= index]
            traveller = named[0] if named else traveller
        # "a mission that took him last week to Washington": over a time phrase.
        while to < len(self.words) and to - index <= CARRIED_REACH and self.words[to] in _TIME_WORDS:
            to += 1
        if self.words[to : to + 2] == ("on", "to"):
            to += 1  # "took Cameron on to Indonesia and Malaysia"
        if traveller is None or self.words[to : to + 1] != ("to",):
            return []
        target = next(
            ((country, name, last) for first, last, country, name in self.spots() if first == to + 1),
            None,
        )
        if target is None:
            return []
        status, day = self.status_and_day(index)
        if status == "ongoing" and self.words[index] in ("took", "taken"):
            status = "completed"  # "a mission that took him last week to Washington": a journey told as past
        legs = [target, *self.coordinated_after(target)]
        # "took him to Washington, where he saw Bush, and to Moscow": a leg after an aside on the one before.
        words = self.words
        end = next((k for k in range(legs[-1][2], len(words)) if words[k] in (";", "—", "–")), len(words))
        legs += [
            (country, name, last)
            for first, last, country, name in self.spots()
            if legs[-1][2] < first < end and words[first - 2 : first] == ("and", "to")
        ]
        return [
            self.make(traveller, index, leg, status, day if leg is target else None)
            for leg in legs
            if self.can_visit(traveller, leg[0], explicit=True)
        ]

    def context_place(self, end: int, *, event_first: bool) -> tuple[str, str | None, int] | None:
        """The event or the place the article is about, for a trip that names none (a visit, a summit: the
        event first; a verb of arriving: the place last named first)."""
        places = (self.context.event_place, self.context.last_place)
        for spot in places if event_first else places[::-1]:
            if spot is not None:
                return spot[0], spot[1], end
        return None

    def hosting(self, index: int) -> list[FoundVisit]:
        """ "X hosted / received / welcomed Y (in Z)" and "Y was hosted by X": Y visits X's country."""
        # "was received by X" is passive; "was hosting a forum" is not.
        passive = index > 0 and self.words[index - 1] in COPULAS | {"being"} and self.words[index].endswith("ed")
        if passive:
            hosts = [m for m in self.mentions if m.first > index and self.after_by(m)]
            hosts = hosts or [m for m in self.mentions if index < m.first <= index + 6 and is_object(self.tokens, m)]
            guests = self.antecedent(index) or subject_before(self.mentions, self.tokens, index)
        else:
            hosts = self.antecedent(index) or subject_before(self.mentions, self.tokens, index)
            end = self.clause_end(index)
            guests = []
            for m in self.mentions:
                if not index < m.first < end or self.possessive(m):
                    continue
                back = m.first - 1
                # Past the guest's titles: "U.S. Secretary of State Antony Blinken".
                while back > index and (
                    self.tokens[back].capitalized or self.words[back] in POSSESSIVE | {"the", "of"}
                ):
                    back -= 1
                if back == index or (self.words[back] in (",", "and") and guests):
                    guests.append(m)
            if "where" in self.words[index:end]:
                where = index + self.words[index:end].index("where")
                guests += [m for m in self.mentions if m.first > where and m.first < end and not self.possessive(m)]
            guests = guests or self.named_among(index)
        if not hosts or not guests:
            return []
        host = self.actors.entities[hosts[0].ref]
        if host.country is None:
            return []
        target = self.destination_after(index)
        if target is None or target[0] != host.country:
            target = (host.country, None, index + 1)
        status, day = self.status_and_day(index)
        return [
            self.make(guest, index, target, status, day)
            for guest in guests
            if guest.ref != hosts[0].ref and self.can_visit(guest, host.country, explicit=False)
        ]

    def named_among(self, index: int) -> list[Mention]:
        """ "welcomed leaders at the convention centre, among them Britain's Keir Starmer and Hungary's Viktor
        Orban": the leaders named in the list after a plural of guests."""
        words = self.words
        for k in range(index + 1, len(words) - 1):
            if words[k] in CLAUSE_END:
                return []
            listed = (words[k], words[k + 1]) == ("among", "them") or (words[k] == "including" and words[k - 1] == ",")
            if not listed:
                continue
            if _GUEST_PLURALS.isdisjoint(words[index + 1 : k]):
                return []
            stop = next((j for j in range(k, len(words)) if words[j] == ";"), len(words))
            return [m for m in self.mentions if k < m.first < stop and m.kind == "leader" and not self.possessive(m)]
        return []

    def after_by(self, mention: Mention) -> bool:
        """Whether "by" introduces a mention, over its titles ("by Ukrainian President Viktor Yushchenko")."""
        back = mention.first - 1
        while back > 0 and (self.tokens[back].capitalized or self.words[back] in title_words()):
            back -= 1
        return back >= 0 and self.words[back] == "by"

    def invited_to(self, index: int) -> bool:
        """Whether the trip word is what someone is invited to ("invited X to visit", "an invitation to")."""
        if self._inviting is None:
            self._inviting = not INVITATIONS.isdisjoint(self.words)
        if not self._inviting:
            return False
        for k in range(index - 1, max(-1, index - INVITATION_REACH), -1):
            word = self.words[k]
            if word in CLAUSE_END or word in (";", "and", "but"):
                return False
            if word in INVITATIONS:
                # "accepted an invitation to visit Brazil": the trip is agreed, a planned visit.
                return not ACCEPTING.intersection(self.words[max(0, k - _ACCEPTED_REACH) : k])
        return False

    def company(self, index: int) -> bool:
        """Record an aide travelling with a leader; their visits are copied later."""
        word = self.words[index]
        if word in COMPANY or word in JOINING:
            by = _companions_by(self.words, index)
            if by is not None:
                return self.accompanied_by(index, by)
            if word in JOINING:
                return False
        if word in WITH_TRAVEL and (index + 1 >= len(self.words) or self.words[index + 1] != "with"):
            return False
        aides = self.antecedent(index) or subject_before(self.mentions, self.tokens, index)
        if word in WITH_TRAVEL and aides and self._leads_the_party(aides[0], index + 1):
            return self.accompanied_by(index, index + 1, party=True)
        followed = [m for m in self.mentions if index < m.first <= index + 4]
        if not aides or not followed:
            return False
        under_way = index > 0 and self.words[index - 1] in ("is", "are")
        self.travel_with(aides, followed[0], under_way=under_way)
        return True

    def _leads_the_party(self, subject: Mention, with_index: int) -> bool:
        """ "He is travelling with Foreign Minister X", "Boric is travelling with five ministers, among them X":
        a head of state or government as subject leads the party; those named after "with" go along."""
        if not self.actors.is_head(subject):
            return False
        words, tokens = self.words, self.tokens
        first = next((m for m in self.mentions if m.first > with_index), None)
        if first is None or first.first - with_index > _PARTY_REACH or self.actors.is_head(first):
            return False
        return all(
            tokens[k].capitalized or words[k] in _PARTY_WORDS or words[k] in title_words()
            for k in range(with_index + 1, first.first)
        )

    def travel_with(
        self,
        aides: Sequence[Mention],
        leader: Mention,
        *,
        under_way: bool = False,
        toward: str | None = None,
        arriving: bool = False,
    ) -> None:
        """Record aides travelling with ``leader``; the evidence runs from the aide to whichever is named later."""
        every_leg = any(pair in WHOLE_TRIP for pair in itertools.pairwise(self.words))
        for aide in aides:
            if aide.ref != leader.ref:
                end = max(aide.end, leader.end)
                companion = Companion(
                    aide.ref, leader.ref, self.sentence.index, aide.start, end, every_leg, under_way, toward, arriving
                )
                self.companions.append(companion)

    def accompanied_by(self, index: int, by: int, *, arriving: bool = False, party: bool = False) -> bool:
        """ "X was accompanied by A and by his adviser, B": every leader named after "by" travels with X.

        ``arriving``: "arrived with A": only the arrival this sentence tells; ``party``: "is travelling with A":
        a list of those along, which any other word ends, as after "arrived with"."""
        # "Ahmadinejad, who made his first visit since Karzai's re-election, arrived with": not Karzai.
        holders = [m for m in self.mentions if not self.possessive(m)] if arriving else self.mentions
        leaders = subject_before(holders, self.tokens, index)
        if not leaders:
            return False
        aides: list[Mention] = []
        words = self.words
        position = by + 1
        for mention in sorted(self.mentions, key=lambda m: m.first):
            if mention.first < position:
                continue
            between = words[position : mention.first]
            # The list ends at a clause break or a new verb phrase ("and met the sultan", ", was welcomed by").
            if any(w in CLAUSE_END for w in between) or any(
                w in ("and", ",") and k + 1 < len(between) and between[k + 1] in AFTER_AND_VERBS
                for k, w in enumerate(between)
            ):
                break
            if (
                (arriving or party)
                and aides
                and not all(w in _WITH_LIST_JOINERS or w in title_words() for w in between)
            ):
                break  # "with Foreign Minister X, two weeks after meeting Putin": the list of those along ended
            if not self.possessive(mention):
                aides.append(mention)
            position = mention.last
        toward = next((spot[2] for spot in self.spots() if index < spot[0] < by), None)
        under_way = party and index > 0 and self.words[index - 1] in ("is", "are")
        self.travel_with(aides, leaders[0], toward=toward, arriving=arriving, under_way=under_way)
        return bool(aides)

    def arrived_with(self, index: int) -> None:
        """ "May, who arrived on Sunday with Trade Secretary Liam Fox": Fox travels with May."""
        words, tokens = self.words, self.tokens
        for k in range(index + 1, min(len(words), index + 1 + _BEFORE_WITH_REACH)):
            if words[k] == "with":
                named = [m.first for m in self.mentions if k < m.first <= k + _COMPANION_TITLE_REACH]
                if named and all(
                    tokens[j].capitalized or words[j] in _COMPANION_OPENERS or words[j] in title_words()
                    for j in range(k + 1, min(named))
                ):
                    self.accompanied_by(index, k, arriving=True)
                return
            if words[k] not in _BEFORE_WITH and not tokens[k].capitalized:
                return

    def delegation(self, index: int) -> bool:
        """ "X, who is part of Duterte's delegation" / "X was in Duterte's delegation": X travels with him."""
        owner = [m for m in self.mentions if m.last in (index - 1, index - 2) and self.possessive(m)]
        if not owner or not set(self.words[max(0, owner[0].first - 3) : owner[0].first]) & MEMBERSHIP:
            return False
        aides = self.antecedent(owner[0].first) or subject_before(self.mentions, self.tokens, owner[0].first)
        self.travel_with(aides, owner[0])
        return bool(aides)

    def placeless(self, index: int) -> tuple[str, str | None, int] | None:
        """Where a trip with no place named goes: the event or the place the article is about."""
        word = self.words[index]
        if word in _MOTION_THERE and self.words[index + 1 : index + 2] == ("there",):
            # "No date was given for the first session in Quito, but Pearl is expected to travel there".
            named = [spot for spot in self.spots() if spot[1] <= index and not self.happening_in(spot[0])]
            if named:
                return named[-1][2], named[-1][3], index + 2
            return self.context_place(index + 2, event_first=False)
        after = self.words[index + 1 : index + 3]
        event = (len(after) == 2 and after[0] == "the" and after[1] in EVENT_NOUNS) or _part_of_event(
            self.words, index + 1
        )
        if word in EVENT_NOUNS and index >= 2 and self.words[index - 1] == "the":
            # "told the plenary", "attended the summit", "at the talks".
            negated = bool(set(self.words[max(0, index - 6) : index]) & NEGATIONS)
            event = self.words[index - 2] in EVENT_VERBS and not negated
            if not event:
                return None
        if word in PLACELESS_NOUNS:
            before = set(self.words[max(0, index - 6) : index])
            # "did not appear in public during the visit": someone absent from it.
            if not before & NOMINAL_CUES or before & NEGATIONS:
                return None
            if any(
                self.words[k] in SPOKEN_ABOUT and self.words[k + 1] != "off" for k in range(max(0, index - 4), index)
            ):
                # "declined to comment on the visit", "said on Twitter that the visit": talked about ("called off
                # his trip" calls nothing).
                return None
        elif (
            word in ATTEND_VERBS
            and (not after or after[0] in CLAUSE_STOPS)
            and (index == 0 or self.words[index - 1] not in HYPOTHETICAL)  # "might attend": supposed
        ):
            # "Morales and Chavez are both expected to attend, officials said": the event just named.
            return self.context_place(index + 1, event_first=True)
        elif word not in PLACELESS_VERBS and not event:
            return None
        elif after[:1] in (("home",), ("back",)) and any(
            spot[1] <= index and self.before(spot[0]) in LOCATIVE for spot in self.spots()
        ):
            return None  # "a news conference in Addis Ababa, ... and flew home": leaving the place just named
        if word in ARRIVALS:
            # "signed in the Ethiopian capital by X, who had flown in for the ceremony": where the sentence is set.
            here = [
                spot
                for spot in self.located_spots()
                if spot[1] <= index
                and not self.happening_in(spot[0])
                # "at the end of five days in India, ... Air Force One landed": a stay before, not here
                and self.words[spot[0] - 2 : spot[0] - 1] not in _SPANS_OF_TIME
            ]
            if here:
                return here[-1][2], here[-1][3], index + 1
        return self.context_place(index + 1, event_first=event or word in PLACELESS_NOUNS)

    def guests_listed(self) -> list[FoundVisit]:
        """ "X received the mourners at a mosque near Cairo airport. Among them were A, B and C": the guests of
        the gathering just placed are there."""
        text, offset = self.sentence.text, self.sentence.start
        # Most sentences have neither word: a scan in C spares them the searches.
        listed_after = (
            _ATTENDED_AMONG_THEM.search(text) if "attended" in self.words or "included" in self.words else None
        )
        listed_before = _AMONG_THE_GUESTS.search(text) if "among" in self.words else None
        place = self.context.event_place
        if _GUESTS_LISTED.match(text) is not None:
            guests = self.mentions
        elif listed_after is not None:
            guests = [m for m in self.mentions if m.start >= offset + listed_after.end()]
            place = self.story_place()
        elif listed_before is not None:
            guests = [
                m
                for m in self.mentions
                if m.end <= offset + listed_before.start() and not is_object(self.tokens, m) and not self.possessive(m)
            ]
            # "were also among the guests at Arromanches": the gathering placed in the same breath.
            place = next(
                (
                    (spot[2], spot[3])
                    for spot in self.located_spots()
                    if self.tokens[spot[0]].start >= offset + listed_before.end()
                ),
                self.story_place(),
            )
        elif self.context.attendees_due:
            # "... attended by three other heads of state. A of X, B of Y and C of Z sat in on the final session";
            # "EU officials were attending a summit in Ulaanbaatar. In a statement, Tusk and Juncker called".
            guests = [m for m in self.mentions if not is_object(self.tokens, m) and not self.possessive(m)]
        else:
            return []
        if place is None:
            return []
        target = (*place, len(self.tokens))
        status, day = self.status_and_day(0)
        return [
            self.make(mention, 0, target, status, day)
            for mention in guests
            if mention.kind == "leader" and mention.form != "pronoun" and self.can_visit(mention, target[0])
        ]

    def story_place(self) -> tuple[str, str | None] | None:
        """Where the story's own gathering is: the dateline's place, else the last event placed."""
        dateline = self.actors.dateline
        return dateline.where if dateline is not None and dateline.where is not None else self.context.event_place

    def announces_attendees(self) -> bool:
        """ "The talks were also attended by three other heads of state.", "The EU's top officials were attending a
        summit in Ulaanbaatar.": a gathering's guests, not yet named."""
        if any(m.kind == "leader" for m in self.mentions):
            return False
        opening = self.words[:_GROUP_SUBJECT_REACH]
        if not _GROUPS.isdisjoint(opening) and any(
            word in _BEING_THERE and self.words[index + 1 : index + 2] in (("in",), ("at",), ("attending",))
            for index, word in enumerate(self.words[:-1])
        ):
            return True
        for index, word in enumerate(self.words[:-1]):
            if word in ("attended", "joined") and self.words[index + 1] == "by":
                return (
                    not EVENT_NOUNS.isdisjoint(self.words[:index])
                    and not _GROUPS.isdisjoint(self.words[index:])
                    and not any(m.kind == "leader" and m.first > index for m in self.mentions)
                )
        return False

    def fronted(self) -> list[FoundVisit]:
        """ "In Addis Ababa, Guterres said", "Earlier, at NATO headquarters in Brussels, Hegseth told"."""
        # The place opens the sentence, after time words at most: most sentences open otherwise.
        opener = self.words[0] if self.words else ""
        if opener not in LOCATIVE and opener not in TIME_WORDS:
            return []
        subjects = [m for m in self.mentions if not self.possessive(m) and not is_object(self.tokens, m)]
        if not subjects:
            return []
        subject = subjects[0]
        if subject.form == "pronoun" and len(subjects) > 1 and subjects[1].ref == subject.ref:
            subject = subjects[1]  # "In Kigali, where he was on a tour, President Bush said": he is Bush
        back = subject.first - 1
        # "In Brasilia on Monday he met Cardoso": no comma is needed before a pronoun; only the place and time
        # words may open the sentence then (checked once the place is found).
        bare_pronoun = subject.form == "pronoun" and subject.first >= 2 and self.words[back] != ","
        if bare_pronoun:
            back = subject.first
        else:
            while (
                back >= 0
                and subject.first - back < 7
                and (self.tokens[back].capitalized or self.words[back] in POSSESSIVE | {"-", "the"})
            ):
                back -= 1
            if back < 2 or self.words[back] != ",":
                return []
        if any(m.first < back and m.ref != subject.ref for m in self.mentions):
            return []
        group = group_of(self.mentions, subject, self.tokens)
        if self.remote_near(0, max(m.last for m in group) + _FRONTED_VERB_REACH):
            # "In Washington, Obama spoke by phone with Putin"; "In Buenos Aires, Wen had met X and had held a
            # video conference with Y" was there all the same.
            return []
        prefix = self.words[:back]
        opening = next((k for k, w in enumerate(prefix) if w in LOCATIVE), None)
        if opening is None or not all(w in TIME_WORDS for w in prefix[:opening]):
            return []
        located = [spot for spot in self.located_spots() if spot[1] <= back]
        if not located:
            return []
        first, last, country, name = located[-1]
        if bare_pronoun and not all(word in TIME_WORDS for word in self.words[last:back]):
            return []
        status, day = self.status_and_day(subject.first)
        return [
            self.make(m, first, (country, name, last), status, day)
            for m in group
            if self.can_visit(m, country, explicit=self.actors.entities[m.ref].organization is not None)
        ]

    def apposed_presence(self) -> list[FoundVisit]:
        """ "Britain's foreign secretary, David Miliband, also in Brussels, said": a place set off after a name."""
        words = self.words
        found: list[FoundVisit] = []
        for mention in self.mentions:
            position = mention.last
            if words[position : position + 1] != (",",) or mention.form == "pronoun" or self.possessive(mention):
                continue
            position += 1
            if words[position : position + 1] and words[position] in COPULA_ADVERBS:
                position += 1
            if words[position : position + 1] not in (("in",), ("at",)):
                continue
            spot = next((s for s in self.spots() if s[0] in (position + 1, position + 2) and s[3] is not None), None)
            # "X, also in Brussels, said", "X, in New York for a UN meeting, held talks".
            if spot is None or words[spot[1] : spot[1] + 1] not in ((",",), ("for",)):
                continue
            if self.can_visit(mention, spot[2], explicit=True):
                status, day = self.status_and_day(position)
                found.append(self.make(mention, position, (spot[2], spot[3], spot[1]), status, day))
        return found

    def spoken_at(self, index: int) -> bool:
        """Whether a verb of saying is followed by where it was said: "said in Brussels", "told reporters in Lima"."""
        position = index + 1
        if position < len(self.words) and self.words[position] in AUDIENCES:
            position += 1
        if position >= len(self.words) or self.words[position] != "in":
            return False
        return any(spot[0] == position + 1 and spot[3] is not None for spot in self.spots())

    def onward_leg(self, trigger: int, target: tuple[str, str | None, int]) -> bool:
        """Whether the place after a meeting is the traveller's next leg ("met X, and to El Salvador", "met X
        before flying on to Havana"), not where the meeting is: those met stay at home."""
        first = next((spot[0] for spot in self.spots() if spot[1] == target[2]), None)
        return first is not None and first > trigger and self.words[first - 1] == "to"

    def summit_attendees(self, index: int, target: tuple[str, str | None, int], status: str) -> list[Mention]:
        """Everyone named in a sentence about a summit held in a place attends it."""
        if self.words[index] != "summit" or status == "cancelled":
            return []
        if status == "planned" and not (trip_status(self.words, index) == "ongoing" and self.future_event(index)):
            # "will attend the summit in Lima": the attendees are those the trip names; but in "Bush is expected
            # to discuss it with Kim and Koizumi at the summit in Los Cabos" all three will be there.
            return []
        opening = self.clause_opening(index)
        return [
            m
            for m in self.mentions
            if m.first >= opening and not self.possessive(m) and self.words[max(0, m.first - 1)] != "without"
        ]

    def clause_opening(self, index: int) -> int:
        """Where the clause of token ``index`` opens, when ", and" begins a clause with a pronoun subject.

        "he flew to Asmara for talks with Isaias, and on Thursday he attended a summit": the summit's clause.
        """
        for k in range(index - 1, 0, -1):
            if self.words[k] == "and" and self.words[k - 1] == ",":
                pronoun = any(
                    k < m.first < index and m.form == "pronoun" and self.words[m.first] in SUBJECT_PRONOUNS
                    for m in self.mentions
                )
                return k + 1 if pronoun else 0
        return 0

    def run(self) -> list[FoundVisit]:
        found: list[FoundVisit] = []
        found += self.fronted()
        found += self.apposed_presence()
        found += self.guests_listed()
        inherited: str | None = None
        refused_until = 0
        words = self.words
        for index in [k for k, word in enumerate(words) if word in CANDIDATES]:
            word = words[index]
            if word in SPEECH and not self.spoken_at(index):
                continue  # most "said": no place follows, nothing to check
            if self.remote_near(index - _REMOTE_BEFORE, index + _REMOTE_AFTER):
                # Only trigger words matter; "spoke by phone with", "addressed the summit by
                # video" are not trips.
                continue
            if word in HOSTING:
                found += self.hosting(index)
                continue
            if word in SENDING:
                found += self.sent(index)
                continue
            if word in REPRESENTING:
                found += self.represented_by(index)
                continue
            if word in CARRYING:
                found += self.carried(index)
                continue
            if word in BEGINNING:
                first_legs = self.began_in(index)
                # "a tour of Africa that began in Mozambique on Thursday": the leg's own tense, not the tour's.
                legs = {(visit.visitor, visit.destination) for visit in first_legs}
                found = [visit for visit in found if (visit.visitor, visit.destination) not in legs] + first_legs
                continue
            if word in RETURNS and index + 1 < len(words) and words[index + 1] == "from":
                if word in ("home", "back") and index > 0 and words[index - 1] not in HOMEWARD:
                    continue  # "ordered the troops home from Iraq": the troops come home, not the one who orders
                found += self.returned_from(index)
                continue
            if index < refused_until:
                continue  # "refused to travel to the Caracas summit": nor is the summit his
            if (
                index >= 2
                and words[index - 1] == "to"
                and word in TRIGGERS
                and (words[index - 2] in DECLINING | DOUBTED or _no_plan_before(words, index - 1))
            ):
                refused_until = self.clause_end(index)
                continue  # "Gbagbo refused to go", "was unlikely to travel", "had no plans to travel": no trip
            if word in TRIGGERS and _simply_not(words, index) and not reports_cancellation(words):
                refused_until = self.clause_end(index)
                continue  # "Maduro did not attend", "Abbas, who did not attend the talks": no trip was his
            if word in ARRIVALS or word in LEGS_FROM:
                # "arrived in Japan on Wednesday from Vietnam", "flew in from Lima": the leg before this one.
                source = next(
                    (k for k in range(index + 2, min(len(words), index + FROM_REACH)) if words[k] == "from"), None
                )
                if source is not None and not any(w in CLAUSE_END or w == "," for w in words[index:source]):
                    found += self.returned_from(index, source)
            if word in _ARRIVING_WITH:
                self.arrived_with(index)
            if (word in COMPANY or word in JOINING or word in WITH_TRAVEL) and self.company(index):
                continue
            if word in DELEGATIONS and self.delegation(index):
                continue
            # "was in Kyiv", "was also in The Hague", "who remains in New York", "has been in Cairo for days".
            gap = 2 if index + 1 < len(words) and words[index + 1] in COPULA_ADVERBS else 1
            being = word in COPULAS | REMAINING
            copula = (being and index + gap + 1 < len(words) and words[index + gap] in LOCATIVE) and any(
                spot[0] == index + gap + 1 or (spot[0] == index + gap + 2 and words[index + gap + 1] == "the")
                for spot in self.spots()
            )
            if word not in TRIGGERS and word not in EVENT_NOUNS and word not in SPEECH and not copula:
                continue
            if word in EVENT_NOUNS and "ahead" in words[max(0, index - _AHEAD_OF_REACH) : index]:
                continue  # "appealed to producers ahead of an OPEC meeting in Algiers": a time, not a trip
            if word in ADDRESSING and self.addresses_a_leader(index):
                continue  # "Chavez then addressed his Colombian counterpart, Alvaro Uribe": spoke to him
            if word == "crossed" and not self.crossed_by_leader(index):
                continue  # "troops crossed into Ukraine": only "X, who had crossed into Poland" takes X somewhere
            if word == "signed" and words[index + 1 : index + 2] == ("by",):
                continue  # "a flag signed by soldiers in Bakhmut": the signers are elsewhere, not the subject
            if word == "signed" and index > 0 and words[index - 1] in _SIGNED_TEXTS:
                continue  # "the peace deal signed in Minsk in September": where the text was signed, not a trip
            if word == "briefing" and words[index + 1 : index + 2] not in AUDIENCE_AFTER:
                continue  # "a briefing in Washington": a spokesman at home, not a trip
            if word in CHAIRING and EVENT_NOUNS.isdisjoint(words[index + 1 : index + CHAIRED_EVENT]):
                continue  # "whose country chairs the African Union": a body, not an event where one is
            if word == "standing" and words[index + 1 : index + 2] not in STANDING_SIDES:
                continue  # "standing by Serbia", "standing up to Moscow": support, not a scene
            if word in STOPS and not self.stop_over(index):
                continue  # "to stop the war Russia has started in Ukraine": halting, not stopping over
            if word == "been" and (index + 1 >= len(words) or words[index + 1] != "to") and not copula:
                continue  # "has been to Honiara", "has been in Cairo" are trips; "has been critical of Russia" is not
            if self.invited_to(index):
                continue  # "invited Santos to visit Caracas": an invitation alone is no visit
            if self.clause_before_holds(index, _UNDECIDED):
                # "would decide at short notice whether to travel to Ukraine", "declined to say whether Russian
                # President Vladimir Putin would travel to the summit": not decided yet
                continue
            if word in BETWEEN_MOTION and words[index + 1 : index + 2] == ("back",):
                continue  # "Abdullah flew back to Amman after lunch": the way home, and no place of the story's
            if word in _HEAD_VERBS and words[index + 1 : index + 2] not in _HEADED_WAYS:
                continue  # "who heads the government in Tripoli": leading it, not travelling
            if _group_meeting(words, index):
                continue  # "provided envoys meeting in Minsk signed a deal": the envoys meet there, not the speaker
            if word in PLACELESS_NOUNS and self.dated_long_ago(index):
                continue  # "during his 2014 visit", in a story of 2016: history
            if word == "visiting" and index > 0 and _counts_or_determines(words[index - 1]):
                continue  # "after meeting three visiting U.S. senators": those who visit, not the subject
            target = self.destination_after(index)
            if target is None and word == "delegation":
                leader = self.delegation_leader(index)
                # "a delegation of ministers led by Ghana's X in Ouagadougou": the place follows its leader's name.
                target = self.destination_after(leader.last - 1) if leader is not None else None
            if word in COMING and (target is None or target[2] > index + COMING_REACH):
                continue  # "the visit comes as Beijing presses Manila": no trip of its own
            if word == "come" and not self.coming_to(index):
                continue
            if target is None and word in VISIT_VERBS:
                target = self.host_country(index)  # "visited King Hamad of Bahrain on Sunday": the host's country
            explicit_target = target is not None
            if target is None and word in EVENT_NOUNS:
                target = self.destination_before(index)
            if target is None and (word in MEETINGS or word in EVENT_NOUNS or word in AWAITED):
                target = self.where_before(index)  # "In St Petersburg, where he was hosting a forum": there
            if target is None and not (found and word in PLACELESS_NOUNS):
                # "flew to Cartagena on Wednesday for a visit": the visit is the trip just placed.
                target = self.placeless(index)
            if target is None:
                continue
            country, _, place_end = target
            status, day = self.status_and_day(index, inherited)
            if status == "planned":
                inherited = status
            people = [(m, True) for m in self.visitors(index, place_end)]
            if word in EVENT_NOUNS and not people and "represented" not in words[max(0, index - 3) : index]:
                # "powers meeting in Geneva left open whether President Assad could have a part": supposed, not there.
                people = [
                    (m, False)
                    for m in self.mentions
                    if index < m.first < self.clause_end(index)
                    and SUPPOSING.isdisjoint(words[index : m.first])
                    # "diplomats at the meeting said Ghani's outburst ...": said of him, not where he was.
                    and _SAYING.isdisjoint(words[index : m.first])
                ]
            elif word in EVENT_NOUNS and words[index + 1 : index + 3] in (("attended", "by"), ("joined", "by")):
                # "an economic forum attended by Macron and Abe": those who attend are there too.
                people += [(m, False) for m in self.mentions if index + 2 < m.first < self.clause_end(index + 3)]
            if (
                word in MEETINGS
                and "respectively" not in words
                and not self.onward_leg(index, target)
                # "offered to meet Putin" at a summit: the one wished for is not there ("hoped to meet Xi in Lima"
                # places both).
                and not (wished_meeting(words, index) and not explicit_target)
            ):
                # "to Kinshasa and to Kigali, where he meets X and Y respectively": each at home.
                end = target[2] if target[2] > index + 1 else self.clause_end(index)
                if "then" not in words[index:end]:
                    # "where he is to meet Boric, and then to Lima": only the traveller goes on to Lima.
                    people += [(m, False) for m in self.objects_between(index, end)]
            people += [(m, False) for m in self.summit_attendees(index, target, status)]
            seen: set[str] = set()
            if word in SPEECH:
                # "spokesman X said in Paris": only someone whose country is known is known to be abroad.
                people = [(m, e) for m, e in people if self.actors.entities[m.ref].country is not None]
            for visitor, explicit in people:
                if visitor.ref in seen or not self.can_visit(visitor, country, explicit=explicit):
                    continue
                seen.add(visitor.ref)
                found.append(self.make(visitor, index, target, status, day))
            if explicit_target:
                for leg in self.coordinated_after(target):
                    found += [
                        self.make(visitor, index, leg, status, day)
                        for visitor, explicit in people
                        if explicit and self.can_visit(visitor, leg[0], explicit=True)
                    ]
        return found

    def update(self) -> None:
        """Remember where this sentence places things, for later trips that name no place."""
        # "disagreed about the war in Iraq": where things happen that nobody travels to.
        self.context.attendees_due = self.announces_attendees()
        located = [spot for spot in self.located_spots() if not self.happening_in(spot[0])]
        located = sorted([*located, *self.flown_into()])
        if located and located[0][0] == 1 and self.context.last_place is not None and self.home_scene(located[0][2]):
            return  # "In Taipei, Foreign Minister Ou told legislators ...": a reaction at home, not where the story is
        if located:
            _, _, country, name = located[-1]
            self.context.last_place = (country, name)
            # "In Kyiv on Friday, ...": an opening place sets the scene for what follows.
            if located[0][0] == 1:
                self.context.event_place = (country, name)
            elif any(
                (word in EVENT_NOUNS and not _group_meeting(self.words, k)) or word in _INVESTITURE
                for k, word in enumerate(self.words)
            ):
                # "called an emergency meeting in Santiago to discuss the situation in Bolivia": the event's place;
                # "after taking the oath of office at Eagle Square in Abuja": an inauguration's.
                event = next(k for k, word in enumerate(self.words) if word in EVENT_NOUNS or word in _INVESTITURE)
                if event > 0 and self.words[event - 1] in TIME_LINKS:
                    return  # "two weeks after meeting Putin in Sochi": an event before or after the story's
                held = self.destination_after(event)
                if held is not None and not _CLAUSE_OPENERS.isdisjoint(self.words[event + 1 : held[2]]):
                    held = None  # "their news conference to warn firms doing business in Iran": talked of
                if held is not None:
                    self.context.event_place = (held[0], held[1])
                else:
                    # "gave Hollande a welcome at the White House, but used their news conference to warn firms
                    # doing business in Iran": the scene named before the event, not a place talked of after it.
                    scene = [spot for spot in located if spot[1] <= event]
                    self.context.event_place = (scene[-1][2], scene[-1][3]) if scene else (country, name)
        elif self.context.event_place is None:
            # "Humala was sworn in as Peru's president": a swearing-in with no place named is in that country.
            self.context.event_place = self.sworn_in_country()

    def home_scene(self, country: str) -> bool:
        """Whether every leader the sentence names is the country's own."""
        return bool(self.mentions) and all(self.actors.entities[m.ref].country == country for m in self.mentions)

    def sworn_in_country(self) -> tuple[str, str | None] | None:
        """The country of the office someone is sworn into: "sworn in as Peru's president"."""
        if _INVESTITURE.isdisjoint(self.words):
            return None  # most sentences: no swearing-in, found by one scan in C
        sworn = next(k for k, word in enumerate(self.words) if word in _INVESTITURE)
        # "Peru's president" names a person, so the country is read from the mentions, not the places.
        office = next((m for m in self.countries if sworn < m.first <= sworn + _OFFICE_REACH), None)
        return (office.ref, None) if office is not None else None


# How far after "sworn in" the office's country may stand: "sworn in on Thursday as Peru's president".
_OFFICE_REACH = 6
# Words that date one event against another: "after meeting Putin in Sochi", "before talks in Geneva".
TIME_LINKS = frozenset({"after", "before", "since"})
# Words that may stand between "the" and a kind of place: "the Black Sea resort of", "the southern port city of".
_KIND_MODIFIERS = 3
# How far before a trip word a call or video link may stand: "speaking by video link on Saturday to a
# conference in Tokyo" puts nobody in Tokyo.
_REMOTE_BEFORE = 8
# How far after "addressed" its addressee may be named: "addressed his Colombian counterpart, Alvaro Uribe".
_ADDRESSEE_REACH = 6
# How far after it: "addressed the forum by video link".
_REMOTE_AFTER = 6
# How far after a fronted place's subject a call or video link makes the place the caller's, not a visit's.
_FRONTED_VERB_REACH = 6
# How far before an event noun "ahead of" may date it: "ahead of an informal OPEC meeting".
_AHEAD_OF_REACH = 5
# How far before a trip verb "when" may stand: "when the two leaders meet".
_WHEN_REACH = 4
# How far after "from" the event left may be named: "home from the annual NATO summit in Newport".
_EVENT_AFTER_FROM = 5
# Words of a swearing-in, which foreign guests attend as they do a summit.
_INVESTITURE = frozenset({"oath", "inauguration", "inaugurated", "sworn", "swearing-in", "investiture"})
# Words that join a participle of travel to the clause whose subject travels: "before flying to Nairobi".
_PARTICIPLE_LINKS = frozenset({"before", "after"})


def may_visit(actors: ArticleActors, key: str, country: str, *, explicit: bool) -> bool:
    """Whether a leader can be a visitor to ``country``."""
    entity = actors.entities[key]
    if entity.history_only or entity.country in (country, sovereign_of(country)):
        return False  # "flying on to the French island of Martinique": still at home
    seat = headquarters(entity.organization) if entity.country is None else None
    if entity.country is None and seated_in(entity.organization, country):
        # The heads of an international body at its own seat are at home.
        return False
    title = fold(entity.title or "")
    if "ambassador" in title and not (explicit and (entity.organization is not None or " to " in title)):
        # An ambassador is posted where the story happens, not visiting; one to a body (the U.N.) travels.
        return False
    if not explicit and any(word in title for word in SPOKESPEOPLE):
        return False  # a spokesman answers from the capital; only a trip the story tells is a visit
    # A visitor must belong somewhere: a country, or (for explicit trips) an international body.
    # Someone inferred to travel (a guest, a leader met, a summit attendee) must belong to a
    # known country or to a body with a known seat; a traveller the sentence names may be any official.
    return explicit or entity.country is not None or seat is not None


def hosts_for(actors: ArticleActors, destination: str, visitor: str) -> list[str]:
    """Leaders of the destination country who would receive a visitor: heads of state or government."""
    return [
        key
        for key, entity in actors.entities.items()
        if key != visitor
        and not entity.history_only
        and entity.country == destination
        and entity.title is not None
        and fold(entity.title) in HOST_TITLES
    ]


def _counts_or_determines(word: str) -> bool:
    """Whether a word opens a noun phrase: "the", "three", "12"."""
    return word in DETERMINERS or word in NUMBER_WORDS or word.isdigit()


# Words that name a part of an event before "of the summit": "both days of", "the opening session of".
_EVENT_PARTS = frozenset(
    {"both", "all", "two", "three", "the", "first", "second", "last", "final", "opening", "closing", "part", "most"}
    | {"day", "days", "session", "sessions", "rest", "whole"}
)
_EVENT_PART_REACH = 5
# Words telling that a trip was expected: "was due to attend but did not", "had been invited".
_EXPECTED = AWAITED | frozenset({"scheduled", "planned", "supposed", "promised"})
# How far before the trip word the expectation is looked for: its own clause, not another's ("Zebari was due
# to return to Baghdad to brief Prime Minister Ayad Allawi, who did not attend").
_EXPECTED_REACH = 8


def _part_of_event(words: Sequence[str], start: int) -> bool:
    """Whether words from ``start`` name a part of the event: "both days of the meeting", "the first session
    of the talks", "part of the summit".

    Examples:
        >>> _part_of_event(tuple("attended both days of the meeting".split()), 1)
        True
        >>> _part_of_event(tuple("attended the funeral of the king".split()), 1)
        False
    """
    for k in range(start, min(len(words) - 2, start + _EVENT_PART_REACH)):
        if words[k] == "of":
            return k > start and words[k + 1] == "the" and words[k + 2] in EVENT_NOUNS
        if words[k] not in _EVENT_PARTS:
            return False
    return False


def _simply_not(words: Sequence[str], trigger: int) -> bool:
    """Whether a plain past negation stands before the trip word ("did not attend", "didn't travel") in a
    sentence that tells of no trip expected: one never planned is neither made nor called off. "was due
    to attend but did not travel" was expected, and is left to the rules for trips called off.

    Examples:
        >>> _simply_not(tuple("maduro did not attend".split()), 3)
        True
        >>> _simply_not(tuple("he was due to come but did not attend".split()), 8)
        False
    """
    negated = words[trigger - 2 : trigger] == ("did", "not") or words[trigger - 3 : trigger] == ("didn", "'", "t")
    before = words[max(0, trigger - _EXPECTED_REACH) : trigger]
    return negated and _EXPECTED.isdisjoint(before) and INVITATIONS.isdisjoint(before)


def _no_plan_before(words: Sequence[str], to: int) -> bool:
    """Whether "no plans" or "no intention" stands before the "to" at ``to``: "had no plans to travel"."""
    return to >= 2 and words[to - 1] in PLAN_NOUNS and words[to - 2] == "no"


def _counted_crowd(words: Sequence[str]) -> bool:
    """Whether words end on a crowd counted without "the": "102,000 people", "thousands of migrants"."""
    if len(words) < 2 or (not _plural_noun(words[-1]) and words[-1] != "people"):
        return False
    count = words[-3] if words[-2] == "of" and len(words) > 2 else words[-2]
    return count.replace(",", "").isdigit() or count in CROWD_COUNTS


def _plural_noun(word: str) -> bool:
    """Whether a word looks like a plural noun ("experts", "leaders"; not "press")."""
    return word.endswith("s") and not word.endswith("ss")
