"""Who attends what a datelined story reports: foreign leaders acting where the story is set.

"MINSK, Feb. 12 — Merkel said ...": a foreign leader who acts in the lead of a
datelined story, or anywhere in the story of a gathering held there, is visiting
the dateline's country. A story without a dateline whose lead places a summit in
one city is read the same way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.dates import resolve_day, year_before
from diplotrack.parse.lexicon import gazetteer, leaders
from diplotrack.parse.mentions import (
    Mention,
    is_object,
    is_possessive,
    marker_index,
    object_marker,
    objects_joined_by_and,
)
from diplotrack.parse.phrases import fold
from diplotrack.parse.text import Sentence, Token, is_headline, quoted_flags
from diplotrack.parse.trip_words import (
    AGENT_PARTICIPLES,
    ARRIVALS,
    EVENT_NOUNS,
    EVENTS_AND_TRIPS,
    GRATITUDE,
    HOST_TITLES,
    HYPOTHETICAL,
    LEAD_SENTENCES,
    LOCATIVE,
    MEETINGS,
    REASON_REACH,
    REMOTE_WORDS,
    REPORTING_BEFORE_THAT,
    SUPPOSING,
    TELLING,
    TRIGGERS,
    TRIP_NEGATIONS,
    TRIP_NOUNS,
    Spot,
    wished_meeting,
)
from diplotrack.parse.trips import (
    TIME_LINKS,
    FoundVisit,
    SentenceVisits,
    in_ones_place,
    may_visit,
    reports_cancellation,
    trip_status,
)

_NOT_YET = frozenset(["ahead", "upcoming", "before", "next", "will", "tomorrow"])


def _takes_part(tokens: Sequence[Token], mention: Mention, mentions: Sequence[Mention] = ()) -> bool:
    """Whether a leader named as an object still takes part: "met X", "with X", "attended by X".

    One named after "and" shares the role of the name before it ("had informed X and Y").
    """
    if object_marker(tokens, mention) == "and":
        before = [m for m in mentions if m.last < mention.first and m.kind == mention.kind]
        if before and all(t.lower in ("and", ",") for t in tokens[before[-1].last : _name_start(tokens, mention)]):
            return _takes_part(tokens, before[-1], mentions)
    if not is_object(tokens, mention):
        return True
    marker = object_marker(tokens, mention)
    if marker == "with" and _related_with(tokens, mention):
        return False  # "hoped for close communication with the Chinese leader": no one met
    if marker in MEETINGS or marker in _JOINING:
        return True  # "sat at the table alongside X, Y and Z", "leaders including X", "came: X, Y", "as did X"
    if marker == "to" and any(
        tokens[k].lower == "next" and tokens[k + 1].lower == "to"
        for k in range(max(0, mention.first - _BESIDE_REACH), mention.first - 1)
    ):
        return True  # "sat next to Costa Rica's President X": beside someone who is there
    if marker != "by":
        return False
    back = mention.first - 1
    while back >= 0 and tokens[back].lower != "by":
        back -= 1
    return back > 0 and tokens[back - 1].lower in AGENT_PARTICIPLES


def _wished_for(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention is the one a meeting is wished with: "offered once more to meet Putin"."""
    return object_marker(sentence.tokens, mention) in MEETINGS and wished_meeting(
        sentence.words, marker_index(sentence.tokens, mention)
    )


def _name_start(tokens: Sequence[Token], mention: Mention) -> int:
    """Where a name begins with its titles ("Ukrainian President Petro Poroshenko")."""
    start = mention.first
    while start > 0 and tokens[start - 1].capitalized:
        start -= 1
    return start


# Words before the names of those who take part: "alongside X", "guests that included X", "as did X".
# How far before a name "next to" may stand, over its titles: "next to Costa Rica's President X".
_BESIDE_REACH = 7
# Verbs of coming that a place of origin may follow: "flew in from Cairo", "arrived from Jeddah".
_ARRIVED_FROM = frozenset({"flew", "flown", "arrived", "arriving", "came", "travelled", "traveled", "landed"})
_JOINING = frozenset({"with", "between", "alongside", "beside", "including", "included", "among", ":", "did"})
# Nouns of lasting relations: "ties with X", "communication with X" name no meeting.
_RELATION_NOUNS = frozenset(
    {"communication", "ties", "relations", "relationship", "cooperation", "partnership", "friendship", "contacts"}
    | {"dispute", "row", "tensions", "rift", "feud", "alliance", "solidarity", "coordination", "links"}
)


def _related_with(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether the "with" before a mention follows a noun of relations ("close communication with X")."""
    back = mention.first - 1
    while back >= 0 and tokens[back].lower != "with":
        back -= 1
    return back > 0 and tokens[back - 1].lower in _RELATION_NOUNS


# How far before "that" a verb with an audience may stand: "told reporters on Monday that".
_THAT_REACH = 6
# A place may stand after a longer audience: "told Russian President Dmitry Medvedev on Friday that ... in Georgia".
_PLACE_THAT_REACH = 9


def _talked_about(words: Sequence[str], first: int, that_reach: int = _THAT_REACH) -> bool:
    """Whether a leader is named inside what someone says or supposes, not as one present.

    "He warned that Russia would pay if Vladimir Putin sent his forces", "the president told Putin
    that John Kerry should keep working": the later names are talked about.
    """
    for index in range(first - 1, 0, -1):
        word = words[index]
        if word in SUPPOSING:
            return True
        if (
            word == "that"
            and (
                not REPORTING_BEFORE_THAT.isdisjoint(words[max(0, index - 4) : index])
                # "told reporters after the meeting that": a verb with an audience may stand further back.
                or not TELLING.isdisjoint(words[max(0, index - that_reach) : index])
            )
        ):
            return True  # "told Putin that", "told reporters on Monday that"
        if word in _SAYING and index >= first - _SAID_REACH:
            return True  # "said Arafat must do far more", "saying Prime Minister Ariel Sharon had begun"
        if word in (";", "—", "–"):
            return False
    return False


# Verbs whose object is a government when it is a capital: "accused Washington of", "urged Beijing to".
_GOVERNMENT_ADDRESSED = (
    GRATITUDE
    | TELLING
    | frozenset({"accused", "accusing", "urged", "urging", "warned", "warning", "pressed", "pressing", "rebuked"})
    | frozenset({"chided", "challenged", "defied", "lobbied", "attacked", "criticising", "criticizing"})
)
# How far after an event noun the place it is held in may stand: "summit in the Gambian capital, Banjul".
_HELD_IN_REACH = 6


def lead_event_place(sentences: Sequence[Sentence], actors: ArticleActors) -> tuple[str, str] | None:
    """Where an undatelined story's event is held, when its lead names a summit and one place.

    "Nearly 200 countries adopted the Glasgow Climate Pact ... the COP26 summit",
    "at a summit in Sharm el-Sheikh": every place the lead sentence names must be in one country.
    """
    # Under a headline, a lead that names the event but no place may place it in the sentence after
    # ("closed the first U.S.-Africa Leaders Summit ... Nearly 50 delegations came to Washington").
    unplaced_event = False
    for sentence in sentences[: _EVENT_LEAD + is_headline(sentences)]:
        if sentence.index == _EVENT_LEAD and not unplaced_event:
            break
        words = sentence.words
        events = [k for k, word in enumerate(words) if word in EVENT_NOUNS]
        if not events:
            # "before an unusual gallery of foreign guests who had flown into Beirut for the vote".
            guests = not _GATHERINGS.isdisjoint(words)
            flown_into = SentenceVisits(sentence, actors, None).flown_into() if guests else []
            if len({spot[2] for spot in flown_into}) == 1:
                return flown_into[0][2], flown_into[0][3] or ""
            many_there = _many_placed(sentences, sentence, actors)
            if many_there is not None:
                return many_there
            # "Leaders of the world's biggest economies agreed ... / The Group of 20 summit, held in Washington":
            # many leaders acting together, their meeting placed in the sentence after.
            unplaced_event = unplaced_event or (sentence.index > 0 and not _MANY.isdisjoint(words))
            continue
        if set(words) & _NOT_YET or any(
            trip_status(words, k, to_plans=False) in ("planned", "cancelled") for k in events
        ):
            # "ahead of an emergency summit in Brussels": the event has not happened.
            return None
        finder = SentenceVisits(sentence, actors, None)
        # Cities, and countries named as where things happen ("hosted by Britain", "in Egypt").
        spots = [
            spot
            for spot in finder.spots()
            if (spot[3] is not None or finder.before(spot[0]) in LOCATIVE | {"by"})
            # "Costa Rica, Beijing's newest ally": a capital owning something is its government, not a place.
            and not finder.possesses(spot[1])
            # "keep your England": a country someone owns in their words is no place of the event.
            and finder.before(spot[0]) not in _POSSESSIVE_PRONOUNS
            # "said Moscow was ready to discuss it": a government speaking in what is said, not a place.
            and finder.before(spot[0]) not in _SAYING
            # "accused Washington of turning its back": a government addressed, not a place.
            and finder.before(spot[0]) not in _GOVERNMENT_ADDRESSED
            # "calls for peace in Ukraine at BRICS summit": where the peace is wanted, not where the summit is.
            and not finder.happening_in(spot[0])
        ]
        spots += _named_venues(sentence, actors)
        countries = {spot[2] for spot in spots}
        if len(countries) == 1:
            return spots[0][2], spots[0][3] or ""
        # "closed their summit in the Gambian capital, Banjul, ... to let U.N. troops into Darfur": the place
        # the event noun itself is held in, when one is.
        held = [
            spot
            for spot in spots
            if spot[3] is not None
            and finder.before(spot[0]) in LOCATIVE
            and any(event < spot[0] <= event + _HELD_IN_REACH for event in events)
            and not _earlier_event_at(words, spot[0])  # "two days after talks in Moscow": another event
        ]
        if len({spot[2] for spot in held}) == 1:
            return held[0][2], held[0][3] or ""
        if countries:
            return None
        # "NATO summit, day one": a headline naming the event but no place; read on.
        unplaced_event = sentence.index > 0
    return None


def _named_venues(sentence: Sentence, actors: ArticleActors) -> list[Spot]:
    """Where a gathering named as a body after its city is held: "told the Munich Security Conference"."""
    venues: list[Spot] = []
    for mention in actors.mentions[sentence.index]:
        words = sentence.words[mention.first : mention.last]
        if mention.kind != "org" or EVENT_NOUNS.isdisjoint(words):
            continue
        place = next((entry for entry in gazetteer().get(words[:1]) if entry.kind == "place"), None)
        if place is not None:
            venues.append((mention.first, mention.first + 1, place.ref, sentence.tokens[mention.first].text))
    return venues


def _many_placed(sentences: Sequence[Sentence], lead: Sentence, actors: ArticleActors) -> tuple[str, str] | None:
    """ "Obama refugee summit draws pledges / Obama urged world leaders at the United Nations in New York": under
    a headline naming the event, a lead that puts many leaders in one place places the event there."""
    if lead.index != 1 or not is_headline(sentences) or EVENT_NOUNS.isdisjoint(sentences[0].words):
        return None
    if _MANY.isdisjoint(lead.words):
        return None
    spots = SentenceVisits(lead, actors, None).located_spots()
    if len({spot[2] for spot in spots}) != 1 or not any(spot[3] is not None for spot in spots):
        return None
    spot = next(spot for spot in spots if spot[3] is not None)
    return spot[2], spot[3] or ""


_POSSESSIVE_PRONOUNS = frozenset({"my", "your", "his", "her", "our", "their"})
# A verb of saying just before a name (over its titles): the name is inside the words said.
_SAYING = frozenset({"said", "says", "saying"})
_SAID_REACH = 4
# How many opening sentences may place an undatelined story's summit.
_EVENT_LEAD = 2
# Words that move the lead's events somewhere: trips, and returns home ("returned to Pyongyang").
_SCENE_WORDS = TRIGGERS | frozenset({"returned", "returns", "returning"})


def _dateline_dash(opening: Sentence) -> int | None:
    """The word index of the dash that ends a dateline ("SEOUL —", "ANKARA (Reuters) -"), if there is one."""
    return next((k for k, word in enumerate(opening.words) if word in ("—", "–", "-")), None)


def _bureau_dateline(sentences: Sequence[Sentence], lead: Sentence, actors: ArticleActors, country: str) -> bool:
    """A dateline that is only where the story was filed: the lead places its events in other countries.

    "SEOUL — X has returned to Pyongyang after six days in Russia": nothing happens in the dateline's country.
    """
    dash = _dateline_dash(lead)
    if dash is None:
        return False
    finder = SentenceVisits(lead, actors, None)
    spots = [spot for spot in finder.spots() if spot[0] > dash]
    scenes = {
        target[0]
        for k, word in enumerate(lead.words)
        if k > dash
        and word in _SCENE_WORDS
        and (target := finder.destination_after(k)) is not None
        # "would boycott the summit, meeting in Brussels instead": a future scene leaves this one here.
        and trip_status(lead.words, k) not in ("planned", "cancelled")
    }
    if not scenes or country in {spot[2] for spot in spots}:
        return False
    # A leader of the dateline's country in the lead, or just after it, is acting there, unless the lead
    # sends him abroad ("PARIS — a deal struck in Moscow by Sarkozy, who flew on to Tbilisi").
    travellers = {visit.visitor for visit in finder.run() if visit.destination != country}
    following = sentences[lead.index + 1 : lead.index + 1 + _BUREAU_CHECK]
    nearby = [*finder.mentions, *(m for s in following for m in actors.mentions[s.index] if m.kind == "leader")]
    return all(actors.entities[m.ref].country != country or m.ref in travellers for m in nearby)


def _events_placed_elsewhere(
    sentences: Sequence[Sentence], opening: Sentence, actors: ArticleActors, country: str
) -> bool:
    """A dateline where nobody of that country takes part, above a headline or lead set in another country.

    "Putin and Kim sign pact in Pyongyang / SEOUL — ...": the story is only filed from Seoul.
    """
    if any(entity.country == country for entity in actors.entities.values()):
        return False
    for sentence in sentences[: opening.index + 1]:
        finder = SentenceVisits(sentence, actors, None)
        if any(spot[3] is not None and spot[2] != country for spot in finder.located_spots()):
            return True
    return False


# How many sentences after the lead may show the dateline country's own leaders at work.
_BUREAU_CHECK = 2
# Lead words that make the story one of a gathering of leaders.
_GATHERINGS = frozenset(
    {"summit", "summits", "conference", "gathered", "gathering", "assembly", "forum"}
    # Ceremonies foreign leaders attend: "buried President X", "sworn in before foreign guests".
    | {"funeral", "buried", "inauguration", "inaugurated", "sworn", "oath", "coronation", "guests", "mourners"}
    | {"gather", "gathers", "wake", "memorial", "commemoration", "commemorations", "ceremony", "ceremonies"}
    # A joint text issued where the story is filed: "ended their annual meeting without a joint communique".
    | {"communique", "communiqué", "ministerial"}
    # Negotiations among many delegations: "told exhausted delegates", "the plenary".
    | {"delegates", "delegations", "plenary"}
)
# The first word after "a gathering of" that makes it an audience at home ("local officials", "party members").
_AT_HOME = frozenset(
    {"local", "provincial", "municipal", "party", "ruling", "supporters", "students", "lawmakers", "businessmen"}
    | {"business", "army", "military", "police", "village", "tribal"}
)
_AHEAD = frozenset(["ahead", "upcoming", "will", "tomorrow", "next"])
# Those whose "meeting in X" is a gathering: "world powers meeting in Geneva".
_MANY = frozenset({"powers", "leaders", "ministers", "governments", "countries", "nations", "delegations"})
_MANY_DECIDING = frozenset({"unveiled", "agreed", "endorsed", "approved", "pledged"})
_MANY_ACTING = frozenset({"meeting", "signed", "adopted"} | _MANY_DECIDING)
_SIGNED_WHERE_REACH = 4
# "CHICAGO — NATO leaders unveiled a road map": leaders deciding together under a dateline met there, unless
# the decision is an earlier one ("a day after regional leaders agreed", "euro zone leaders agreed last month").
_EARLIER_DECISION_REACH = 5
# How far after a gathering word its date may stand, and how old a gathering may be and still be the story's.
_GATHERING_DATE_REACH = 10
_RECENT_DAYS = 7
# "a week after", "months after": how far before a gathering word they may stand and still date it.
_LONG_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years"})
_PAST_SPAN_REACH = 24
_AHEAD_REACH = 6
# Words that place a speaker away from the gathering: statements sent from elsewhere.
# "The reaction from Israel was sharp.", "India answered within hours.": a capital answering from home.
_REACTION_NOUNS = frozenset({"reaction", "reactions", "response"})
_REACTING = frozenset({"reacted", "responded", "respond", "answered", "replied", "retorted", "hit"})
_REACTION_WORDS = _REACTING | _REACTION_NOUNS
_FROM_AFAR = frozenset(
    {"statement", "twitter", "tweet", "tweeted", "interview", "video", "television", "televised", "broadcast"}
    | {"radio", "home", "capital", "absent", "wrote", "posted", "ambassador", "envoy"}
)


# A gathering held without anyone travelling: "met by video link", "a virtual summit", "held online".
_HELD_REMOTELY = re.compile(
    r"\b(?:met|meeting|held|convened|took[ \t]+place|was[ \t]+held|were[ \t]+held|gathered)[ \t]+"
    r"(?:by[ \t]+video(?:[ \t]+link|[ \t]+conference)?|online|virtually|by[ \t]+videoconference)\b"
    r"|\bvirtual[ \t]+(?:summit|meeting|assembly|conference|session|gathering)\b"
    r"|\b(?:video|online)[ \t]+(?:summit|assembly|conference)\b",
    re.IGNORECASE,
)


def _calls_off_a_trip(words: Sequence[str]) -> bool:
    """ "has called off his visit", "will not travel to Lima": a sentence telling of a trip that will not be."""
    return reports_cancellation(words) or any(
        word in TRIGGERS and trip_status(words, k) == "cancelled" for k, word in enumerate(words)
    )


def _placed_only_elsewhere(opening: Sentence, actors: ArticleActors, country: str) -> bool:
    """Whether the dateline's sentence, after its dash, sends or places things only outside its country."""
    dash = _dateline_dash(opening)
    if dash is None:
        return False
    finder = SentenceVisits(opening, actors, None)
    countries = {spot[2] for spot in finder.spots() if spot[0] > dash and finder.before(spot[0]) in LOCATIVE | {"to"}}
    return bool(countries) and country not in countries


# What before "talks" makes them a session of delegations: "two days of talks", "a round of talks".
_TALKS_SPANS = frozenset((span, "of") for span in ("days", "rounds", "round", "weeks", "hours", "sessions", "session"))


def _is_gathering(lead: Sequence[Sentence], date: dt.date | None, *, datelined: bool = False) -> bool:
    """Whether the lead reports a gathering of leaders held now ("a summit", not "a news conference")."""
    for sentence in lead:
        words = sentence.words
        for index, word in enumerate(words):
            named = word in _GATHERINGS and not (index > 0 and words[index - 1] in ("news", "press"))
            # "told a gathering of local officials": an audience at home, no gathering of leaders.
            named = named and not (
                words[index + 1 : index + 2] == ("of",) and _AT_HOME.intersection(words[index + 2 : index + 3])
            )
            # "ended two days of talks", "a new round of talks": negotiations between delegations held there.
            named = named or (word == "talks" and words[max(0, index - 2) : index] in _TALKS_SPANS)
            # "World powers meeting in Geneva on Saturday adopted": a gathering under way.
            if not named and not (word in _MANY_ACTING and _many_acting(words, index, datelined=datelined)):
                continue
            day = resolve_day(sentence.tokens[index : index + _GATHERING_DATE_REACH], date, future=False)
            if day is not None and date is not None and (date - day).days > _RECENT_DAYS:
                continue  # "The Russian president, sworn in for a third term on May 7,": a ceremony long past
            if _weeks_after(words[max(0, index - _PAST_SPAN_REACH) : index]):
                continue  # "a week after its ministers failed for the first time to agree on a communique": past
            # "ahead of next week's summit": not held yet.
            return not set(words[max(0, index - _AHEAD_REACH) : index]) & _AHEAD
    return False


def _many_acting(words: Sequence[str], index: int, *, datelined: bool = False) -> bool:
    """ "World powers meeting in Geneva", "Foreign ministers from Iraq's neighbours ended a two-day meeting in
    Sharm el-Sheikh": many, met where the story is.

    "Forty-four countries signed an agreement in the Rwandan capital": many signing together are met too.
    """
    if words[index] == "meeting":
        # "BRATISLAVA — European Union leaders meeting without Britain agreed": under a dateline, the place
        # goes without saying.
        placed = words[index + 1 : index + 2] in (("in",), ("at",)) or (datelined and words[index - 1] in _MANY)
        return placed and not _MANY.isdisjoint(words[:index])
    if index == 0 or words[index - 1] not in _MANY:
        return False
    if (
        words[index] in _MANY_DECIDING
        and (
            "leaders" not in words[:index]  # "The two governments agreed": a pact between two, not a summit
            or "after" in words[max(0, index - _EARLIER_DECISION_REACH) : index]
            or not {"last", "earlier"}.isdisjoint(words[index + 1 : index + 1 + _EARLIER_DECISION_REACH])
        )
    ):
        return False
    # Under a dateline the place goes without saying: "PHNOM PENH — China and the ASEAN nations signed".
    return datelined or any(word in ("in", "at") for word in words[index + 1 : index + 1 + _SIGNED_WHERE_REACH])


def _weeks_after(words: Sequence[str]) -> bool:
    """Whether the words say "a week after" or "months after": what follows them is past."""
    return any(word in _LONG_SPANS and following == "after" for word, following in itertools.pairwise(words))


def dateline_visits(sentences: Sequence[Sentence], actors: ArticleActors, date: dt.date | None) -> list[FoundVisit]:
    """Foreign leaders who act in the lead of a datelined story are visiting the dateline's country.

    A story with no dateline whose lead places a summit in one city is read the same way.
    """
    opening = actors.dateline.opening if actors.dateline is not None else None
    dateline = actors.dateline.where if actors.dateline is not None else None
    if (
        dateline is not None
        and opening is not None
        and (
            _bureau_dateline(sentences, opening, actors, dateline[0])
            or _events_placed_elsewhere(sentences, opening, actors, dateline[0])
        )
    ):
        return []
    lead_start = opening.index if opening is not None else 0
    gathering = _is_gathering(sentences[: lead_start + 2], date, datelined=dateline is not None)
    if (
        dateline is not None
        and opening is not None
        and _calls_off_a_trip(opening.words)
        and _placed_only_elsewhere(opening, actors, dateline[0])
    ):
        return []  # "WASHINGTON — Trump will not travel to Lima for the summit": nobody comes to Washington
    if gathering and any(_HELD_REMOTELY.search(sentence.text) for sentence in sentences[: lead_start + 3]):
        return []  # "the assembly, which met by video link": nobody travelled
    if opening is not None and reports_cancellation(opening.words) and not gathering:
        # "JAKARTA — Obama has called off his visit": nobody came. At a summit held all the same
        # ("44 countries signed ... after Buhari called off his trip"), the others did.
        return []
    found = dateline or lead_event_place(sentences, actors)
    if found is None:
        return []
    if dateline is None and not gathering:
        # "Leaders of the biggest economies agreed ... / The Group of 20 summit, held in Washington": the
        # summit that placed the story may be named in the sentence after the lead.
        gathering = _is_gathering(sentences[: lead_start + _EVENT_LEAD + 1], date)
    country, place = found
    visits: list[FoundVisit] = []
    seen: set[str] = set()
    away = False
    scene: str | None = None  # the country of the last place a sentence put its events in
    answering: frozenset[str] = frozenset()  # countries whose reaction the last sentence announced
    # A headline above the dateline says what happened, not where: "Netanyahu calls speech biased".
    first = opening.index if dateline is not None and opening is not None else 0
    for sentence in sentences[first:]:
        # Past the lead, only the story of a summit held there places whoever acts at it, and a visitor's
        # countrymen who act in the story travel with them ("Foreign Minister Saud al-Faisal declined to say").
        past_lead = sentence.index >= LEAD_SENTENCES and not gathering
        delegations = {actors.entities[visit.visitor].country for visit in visits if visit.status == "ongoing"}
        if past_lead and not delegations:
            break
        tokens = sentence.tokens
        leaders_here = [m for m in actors.mentions[sentence.index] if m.kind == "leader"]
        # "The reaction from Israel was sharp. ... Netanyahu said": that country's leaders answer from home,
        # to the end of the paragraph.
        if sentence.index > 0 and sentence.start - sentences[sentence.index - 1].end > 1:
            answering = frozenset()
        # "In Kyiv, Zelensky was blunter. ... he told the visitors": the pronoun stays in that scene.
        was_away = away
        # "In London, ...": the scene moves elsewhere ("In the afternoon" does not).
        away = _scene_elsewhere(tokens) and sentence.index > 0
        if away or (was_away and leaders_here and leaders_here[0].form == "pronoun"):
            if away:
                # "In Washington, Powell said ... President Bush ordered ...": that country's leaders stay
                # at home to the end of the paragraph.
                answering |= _scene_country(sentence, actors, country)
            away = True
            continue
        words = {token.lower for token in tokens}
        lead = sentence.index < LEAD_SENTENCES
        if words & _REACTION_WORDS:
            answering |= _answering_countries(sentence, actors, country)
        if "table" in words and "at the table" in sentence.text:
            # "Among those at the table were ...", but not "back to the table".
            words.add("summit")
        if gathering and words & _FROM_AFAR and sentence is not opening:
            continue  # "wrote from Accra", "in a statement": sent from afar
        if not any(m.kind == "leader" for m in actors.mentions[sentence.index]):
            continue
        if _stays_away(sentence.words) and not reports_cancellation(sentence.words):
            continue  # "was the only head of state to stay away", "who was not among the guests"
        if not lead and date is not None and _dated_earlier(sentence.words, date):
            continue  # "a handshake with Bill Clinton at the United Nations in 2000": history
        finder = SentenceVisits(sentence, actors, date)
        located = finder.located_spots()
        arriving = not ARRIVALS.isdisjoint(sentence.words) and sentence is not opening
        previous_scene, scene = scene, (located[-1][2] if located and arriving else scene)
        if words & REMOTE_WORDS and finder.remote_near(0, len(tokens)):
            continue
        # A sentence that places its events in another country is not about the dateline's; a place in
        # a deed thanked for is not where they happen ("thanked Cuba for sending troops to Angola").
        # At a gathering, a place in what someone says there is talked about: "Abbas said he would not
        # return to talks while building went on in East Jerusalem".
        said_at = next((k for k, word in enumerate(sentence.words) if word in _SAYING), None) if gathering else None
        elsewhere = [
            spot
            for spot in located
            if spot[2] != country
            and not _told_of(sentence.words, spot[0])
            and not _earlier_event_at(sentence.words, spot[0])
            and (said_at is None or spot[0] < said_at)
            # "SOCHI — Merkel told Medvedev that Russia's actions in Georgia had gone too far": the dateline's
            # own sentence places its speaker, and what is said there is talked about.
            and not (sentence is opening and _talked_about(sentence.words, spot[0], _PLACE_THAT_REACH))
            # "Kerry flew in overnight from Cairo ... to join Fabius, Hammond and Steinmeier": where one came from.
            and not (
                spot[0] > 0 and sentence.words[spot[0] - 1] == "from" and not _ARRIVED_FROM.isdisjoint(sentence.words)
            )
        ]
        if elsewhere or finder.travels_elsewhere(country):
            continue
        if not gathering and not located and previous_scene not in (None, country):
            continue  # "Biden arrived in Warsaw. Standing beside Tusk, he said ...": still in Warsaw
        # "X arrived from Jeddah, where he met Y": the where-clause happens in the other place.
        cutoff = min(
            (spot[1] for spot in finder.spots() if spot[2] != country and _where_follows(sentence.words, spot[1])),
            default=len(tokens),
        )
        # "flew in from Cairo, where he had spent the week, to join Fabius and Hammond": after the where-clause's
        # closing comma, the sentence is back in the story's place.
        resumed = next(
            (
                k + 1
                for k in range(cutoff + 2, len(tokens))
                if sentence.words[k] == "," and sentence.words[k + 1 : k + 2] == ("to",)
            ),
            len(tokens),
        )
        # "offered to meet Putin, in any format the Russian leader chose": wished for, under every name.
        wished = {mention.ref for mention in actors.mentions[sentence.index] if _wished_for(sentence, mention)}
        # "“I do not know what Putin wants,” he said": a name inside a quotation is talked of, not present.
        quoted = quoted_flags(tokens)
        for mention in actors.mentions[sentence.index]:
            if (
                mention.kind != "leader"
                or cutoff <= mention.first < resumed
                or mention.ref in seen
                or mention.ref in wished
                or (mention.form != "pronoun" and quoted[mention.first])
                or not _takes_part(tokens, mention, actors.mentions[sentence.index])
                or (is_possessive(tokens, mention) and not _owns_the_event(sentence, mention, opening))
                or _names_a_thing(tokens, mention)
                or _talked_about(sentence.words, mention.first)
                # "two days after talks with Putin in Moscow": a leader of the earlier event is not here.
                or _earlier_event_at(sentence.words, mention.first)
                # "... that King Mohammed VI might attend": supposed, not present.
                or not HYPOTHETICAL.isdisjoint(sentence.words[mention.last : mention.last + 2])
            ):
                continue
            if not may_visit(actors, mention.ref, country, explicit=False) or _out_of_office(actors, mention.ref, date):
                continue
            if _met_at_home_elsewhere(
                finder.spots(),
                tokens,
                mention,
                actors.mentions[sentence.index],
                actors.entities[mention.ref].country,
                country,
            ):
                continue
            if past_lead and (
                actors.entities[mention.ref].country not in delegations
                # "Rouhani said in Tehran": the visitor's head of state answers from home.
                or fold(actors.entities[mention.ref].title or "") in HOST_TITLES
            ):
                continue
            if actors.entities[mention.ref].country in answering and not (
                _to_come(sentence.words, mention.last) or reports_cancellation(sentence.words)
            ):
                continue  # at home, unless told coming or kept away ("which X had planned to attend, postponed")
            if not _PAST_FATES.isdisjoint(sentence.words[max(0, mention.first - _FATE_REACH) : mention.first]):
                continue  # "after the army removed President Morsi", "succeeding his brother Fidel": history
            if object_marker(tokens, mention) == "since":
                continue  # "on his first trip since Bush appointed him": what that leader did is history
            coming = _to_come(sentence.words, mention.last)
            if coming and not _coming_here(sentence.words, mention.last):
                continue  # "Merkel is also due to take part in the talks": not there yet, and maybe elsewhere
            seen.add(mention.ref)
            # "X called off his trip", "Y also cancelled, as did Z": they were to come and did not.
            # "Lula and Petro are due to attend": the guests still to come.
            cancelled = reports_cancellation(sentence.words) and not _sent_in_place(sentence.words, mention)
            status = "cancelled" if cancelled else ("planned" if coming else "ongoing")
            day = resolve_day(tokens, date, future=False) if status == "ongoing" else None
            visits.append(
                FoundVisit(mention.ref, country, place, sentence.index, mention.start, mention.end, status, day)
            )
    spots: dict[int, list[Spot]] = {}  # the next sentence's places, once however many guests it follows
    return [visit for visit in visits if not _speaks_from_elsewhere(sentences, actors, visit, date, spots)]


def _out_of_office(actors: ArticleActors, key: str, date: dt.date | None) -> bool:
    """'The last Iranian president to visit was Mahmoud Ahmadinejad': named, untitled, and out of office by then.

    A title the article gives, even a past one, may come with a role the gazetteer lacks ("former President
    Thabo Mbeki, the AU mediator").
    """
    entity = actors.entities[key]
    leader = leaders().get(entity.gazetteer_id) if entity.gazetteer_id else None
    return leader is not None and date is not None and not entity.titled and not leader.roles_on(date)


# How far after "a visit to China" its talks may name the host ("that included talks with President Xi").
_HOME_TALKS_REACH = 12


def _met_at_home_elsewhere(
    spots: Sequence[Spot],
    tokens: Sequence[Token],
    mention: Mention,
    mentions: Sequence[Mention],
    home: str | None,
    country: str,
) -> bool:
    """'at the end of a visit to China that included talks with President Xi and Premier Li': met in their own
    country, earlier."""
    if home is None or home == country:
        return False
    if not (is_object(tokens, mention) or objects_joined_by_and(tokens, mention, mentions)):
        return False
    return any(
        spot[2] == home
        and spot[1] <= mention.first <= spot[1] + _HOME_TALKS_REACH
        and spot[0] >= 2
        and tokens[spot[0] - 1].lower == "to"
        and tokens[spot[0] - 2].lower in TRIP_NOUNS
        for spot in spots
    )


# "he told reporters in Istanbul", "she said in Ankara": words after which a place is where the speaker is.
_SPEAKING_FROM = frozenset({"told", "said", "says", "speaking", "spoke"})


def _speaks_from_elsewhere(
    sentences: Sequence[Sentence],
    actors: ArticleActors,
    visit: FoundVisit,
    date: dt.date | None,
    spots: dict[int, list[Spot]],
) -> bool:
    """Whether the next sentence of the paragraph has the visitor speak from another country: "Erdogan was less
    enthusiastic. "It lacks credibility," he told reporters in Istanbul." """
    following = visit.sentence + 1
    if following >= len(sentences) or sentences[following].start - sentences[visit.sentence].end > 1:
        return False
    sentence = sentences[following]
    if visit.visitor not in {m.ref for m in actors.mentions[following] if m.kind == "leader"}:
        return False
    words = sentence.words
    if following not in spots:
        spots[following] = SentenceVisits(sentence, actors, date).located_spots()
    return any(
        spot[2] != visit.destination and spot[0] >= 2 and not _SPEAKING_FROM.isdisjoint(words[spot[0] - 3 : spot[0]])
        for spot in spots[following]
    )


# "Clinton's rare face-to-face meeting with Assad ended": words between the owner and the event noun.
_OWNED_EVENT_REACH = 5


def _owns_the_event(sentence: Sentence, mention: Mention, opening: Sentence | None) -> bool:
    """Whether a possessive in the dateline's sentence owns the event the story is set at: "GENEVA -
    President Bill Clinton's rare face-to-face meeting with President Hafez al-Assad ended"."""
    if sentence is not opening:
        return False
    after = sentence.words[mention.last + 1 : mention.last + 1 + _OWNED_EVENT_REACH]
    return not EVENTS_AND_TRIPS.isdisjoint(after)


def _answering_countries(sentence: Sentence, actors: ArticleActors, host: str) -> frozenset[str]:
    """The countries other than the host a sentence says react: "The reaction from Israel was sharp",
    "India answered within hours" (not "Putin replied that Russia would ...", an answer given here)."""
    mentions = [m for m in actors.mentions[sentence.index] if m.form != "demonym"]
    words = sentence.words
    answering: set[str] = set()
    for index, word in enumerate(words):
        if word in _REACTION_NOUNS and index + 2 < len(words) and words[index + 1] in ("from", "in"):
            answering.update(m.ref for m in mentions if m.kind == "country" and m.first == index + 2)
        elif (
            word in _REACTING
            and mentions
            and mentions[0].kind == "country"
            and mentions[0].last <= index
            and not is_possessive(sentence.tokens, mentions[0])
        ):
            answering.add(mentions[0].ref)
    answering.discard(host)
    return frozenset(answering)


def _where_follows(words: Sequence[str], end: int) -> bool:
    """Whether a "where" clause opens after a place: "from Jeddah, where he met", "from Israel where he met"."""
    return words[end : end + 1] == ("where",) or words[end : end + 2] == (",", "where")


# Words of a fate or a succession before a name: someone the story recalls, not a guest.
_PAST_FATES = frozenset(
    {"removed", "ousted", "toppled", "overthrew", "overthrown", "deposed", "succeeding", "succeeded", "assassination"}
    | {"assassinated", "killed", "late", "predecessor", "founder", "brother", "father", "jailed", "exiled"}
    | {"replacing", "replaced", "ousting", "toppling"}  # "since replacing Robert Mugabe in November"
)
_FATE_REACH = 5
_FUTURE_AFTER_COPULA = frozenset({"due", "expected", "set", "scheduled", "to"})
# Verbs of coming to the event the story is set at: "are due to attend", "will come".
_ATTENDING = frozenset({"attend", "come", "join", "arrive", "travel"})
_ATTEND_REACH = 8


def _coming_here(words: Sequence[str], end: int) -> bool:
    """Whether one still to come comes to the story's event: "are due to attend", "are also expected on Friday"."""
    after = _words_after(words, end, _ATTEND_REACH)
    if len(after) >= 2 and after[0] in ("is", "are") and after[1] in ("expected", "due") and after[2:3] != ["to"]:
        return True
    return not _ATTENDING.isdisjoint(words[end : end + _ATTEND_REACH])


def _to_come(words: Sequence[str], end: int) -> bool:
    """Whether the verb right after a name is still to come: "X will", "X is (also) due to", "X is to"."""
    after = _words_after(words, end, 4)
    if after[:1] == ["will"]:
        return True
    return len(after) >= 2 and after[0] in ("is", "are") and after[1] in _FUTURE_AFTER_COPULA


def _words_after(words: Sequence[str], end: int, reach: int) -> list[str]:
    """The words that follow a name, "also" left out ("is also due to")."""
    return [word for word in words[end : end + reach] if word != "also"]


# Words of leaders who do not come: "skipped the summit", "stayed away", "was not among the guests".
_STAYING_AWAY = frozenset({"skip", "skipped", "skipping", "skips", "boycott", "boycotted", "boycotting", "absent"})
_AWAY_PAIRS = frozenset({("stay", "away"), ("stayed", "away"), ("staying", "away"), ("not", "among")})
_AWAY_NEGATED = frozenset({"go", "attend", "travel", "join"})
_AWAY_OPENERS = frozenset(first for first, _ in _AWAY_PAIRS) | TRIP_NEGATIONS
# Nouns a leader's name may only label: "the Trump plan", "the Obama administration".
_LABELLED_THINGS = frozenset(
    {"plan", "administration", "government", "doctrine", "era", "regime", "proposal", "presidency"}
)
# "sent Prime Minister Shtayyeh in his place": a stand-in goes, the leader does not.
_SENDING_DEPUTY = frozenset({"sent", "sends", "sending", "send"})
# "sent Secretary of State Hillary Clinton": title words between "sent" and the name.
_SENT_TITLE_REACH = 5


def _stays_away(words: Sequence[str]) -> bool:
    """Whether a sentence tells of someone not coming ("stay away", "would not attend", "skipped")."""
    if not _STAYING_AWAY.isdisjoint(words):
        return True
    if "place" in words and not _SENDING_DEPUTY.isdisjoint(words) and in_ones_place(words):
        return True  # "Abbas, a regular guest at AU summits, sent Prime Minister Shtayyeh in his place"
    if _AWAY_OPENERS.isdisjoint(words):
        return False  # most sentences: no word that opens a pair below, found by one scan in C
    for index in range(len(words) - 1):
        pair = (words[index], words[index + 1])
        # "did not go", "didn't travel" (split "didn", "'", "t"), "never attended"
        if pair in _AWAY_PAIRS or (words[index] in TRIP_NEGATIONS and words[index + 1] in _AWAY_NEGATED):
            return True
    return False


def _names_a_thing(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a name only labels a thing: "The Trump plan has no legitimacy", "the Obama administration"."""
    after = tokens[mention.last] if mention.last < len(tokens) else None
    return (
        mention.first > 0
        and tokens[mention.first - 1].lower in ("the", "a")
        and after is not None
        and after.lower in _LABELLED_THINGS
    )


def _sent_in_place(words: Sequence[str], mention: Mention) -> bool:
    """Whether a leader is the one sent instead of another: "pulled out and sent Secretary of State X in his place"."""
    before = words[max(0, mention.first - _SENT_TITLE_REACH) : mention.first]
    return not _SENDING_DEPUTY.isdisjoint(before) and in_ones_place(words[mention.last :])


def _earlier_event_at(words: Sequence[str], first: int) -> bool:
    """Whether a place stands in an event dated against this one: "a week after their negotiators in Kenya"."""
    return any(
        words[k] in TIME_LINKS and words[k - 1] in _SPANS_BEFORE_LINK
        for k in range(max(1, first - _EARLIER_EVENT_REACH), first)
    )


# "a week after", "two days before", "months since": a span, then the event it is measured from (`TIME_LINKS`).
_SPANS_BEFORE_LINK = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "shortly"})
# Up to twelve words: "less than two weeks after meeting Putin in the Black Sea resort of Sochi".
_EARLIER_EVENT_REACH = 12


def _told_of(words: Sequence[str], first: int) -> bool:
    """Whether a place stands in a deed someone gives thanks or blame for: "thanked X for sending troops to"."""
    return any(
        words[k] == "for" and words[k + 1].endswith("ing") and not GRATITUDE.isdisjoint(words[max(0, k - 4) : k])
        for k in range(max(0, first - REASON_REACH), first - 1)
    )


def _scene_country(sentence: Sentence, actors: ArticleActors, host: str) -> frozenset[str]:
    """The country of the place a sentence opens on, when it is not the host's: "In Washington, ..."."""
    located = SentenceVisits(sentence, actors, None).located_spots()
    if not located or located[0][0] != 1 or located[0][2] == host:
        return frozenset()
    return frozenset({located[0][2]})


def _scene_elsewhere(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens on another scene: "In London, ...", "At the United Nations, ..."."""
    if len(tokens) > 1 and tokens[0].lower == "in" and tokens[1].capitalized:
        return True  # "In the afternoon" stays
    return len(tokens) > 2 and tokens[0].lower == "at" and tokens[1].lower == "the" and tokens[2].capitalized


def _dated_earlier(words: Sequence[str], date: dt.date) -> bool:
    """Whether a sentence names a year before the article's ("in 2000", "since 1990")."""
    return any(
        year_before(word, date) and words[index - 1] in ("in", "since") for index, word in enumerate(words) if index > 0
    )
