"""Word lists the trip reader consults: verbs and nouns of travel, tenses of a trip, what a place may follow.

With the one-line tests made of them that both `trips` and `attendance` ask.

Kept apart from `trips`, whose job is the reading itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotrack.parse.actors import HEAD_TITLES
from diplotrack.parse.dates import WEEKDAYS

TRIGGERS = frozenset(
    [
        "visit",
        "visits",
        "visited",
        "visiting",
        "trip",
        "tour",
        "travel",
        "travels",
        "travelled",
        "traveled",
        "travelling",
        "traveling",
        "arrive",
        "arrives",
        "arrived",
        "arriving",
        "fly",
        "flies",
        "flew",
        "landed",
        "landing",
        "lands",
        "head",
        "heads",
        "headed",
        "heading",
        "went",
        "go",
        "goes",
        "going",
        "meet",
        "meets",
        "met",
        "meeting",
        "talks",
        "summit",
        "speaking",
        "spoke",
        "conference",
        "flown",
        "flying",
        "leave",
        "leaves",
        "leaving",
        "guest",
        "stop",
        "stops",
        "stopped",
        "stopping",
        "stopover",
        "due",
        "expected",
        "attend",
        "attends",
        "attended",
        "attending",
        "signed",
        "standing",
        "left",
        "addressing",
        "addressed",
        "spent",
        "spending",
        "staying",
        "stayed",
        "been",
        "delegation",
        "shook",
        # "will brief his EU counterparts in Luxembourg": a meeting where the counterparts are.
        "brief",
        "briefs",
        # "Briefing reporters in Thimphu, X said": where the briefing is given (see AUDIENCES).
        "briefing",
        # "will chair an emergency summit in Brussels": the one who chairs is there.
        "chair",
        "chairs",
        "chairing",
        # "came to Kyiv from Warsaw": only with the place right after (see COMING).
        "came",
        "comes",
        "come",
        # "who had crossed into Poland for the talks": only with "into" (see INTO_MOTION).
        "crossed",
        # "shuttled between Beirut and Jerusalem": only with "between" (see BETWEEN_MOTION).
        "shuttled",
        "shuttling",
    ]
)
CHAIRING = frozenset({"chair", "chairs", "chairing"})
# How far after "chair" the event chaired may be named: "will chair an emergency summit of EU leaders".
CHAIRED_EVENT = 4
# Words of being awaited somewhere: "in Cartagena, where Obama is also expected".
AWAITED = frozenset({"expected", "due"})
# Verbs of coming, which name a trip only when the place follows at once ("came to Kyiv", not "came as ...").
COMING = frozenset({"came", "comes", "come"})
COMING_REACH = 5
# Words that place their subject where an event happens even when no place follows:
# "who had flown in on Wednesday", "on a three-day state visit", "arriving at the summit".
PLACELESS_VERBS = frozenset(["arrived", "arrives", "arriving", "flown", "flew", "landed", "addressing", "addressed"])
PLACELESS_NOUNS = frozenset(["visit", "trip", "tour"])
ATTEND_VERBS = frozenset({"attend", "attends", "attending"})
CLAUSE_STOPS = frozenset({",", ".", ";", "—", "–"})
EVENT_NOUNS = frozenset(["summit", "meeting", "talks", "conference", "ceremony", "plenary", "gathering", "forum"])
ARRIVALS = frozenset(["arrived", "arrives", "arriving", "flown", "landed", "arrive"])
COPULAS = frozenset(["is", "was", "are", "were", "be", "been"])
# Words between ", and" and a verb that shares the sentence's subject ("and is then to stop").
AUXILIARIES = frozenset(["is", "was", "will", "would", "to", "then", "also", "later", "due", "expected", "has", "had"])
# How far after ", where" the meeting verb may stand ("where on Monday the president met").
WHERE_REACH = 8
FROM_REACH = 9
SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson", "press secretary")
COPULA_ADVERBS = frozenset(["also", "already", "still", "then", "briefly", "currently", "both", "all"])
MEETINGS = frozenset(["meet", "meets", "met", "meeting", "talks", "summit"])
HOSTING = frozenset(
    {"hosted", "hosts", "hosting", "host", "received", "receives", "welcomed", "welcomes", "welcoming", "greeted"}
    | {"receive", "receiving"}
)
COMPANY = frozenset(["accompanied", "accompanies", "accompanying", "accompany"])
# "He was joined in Monrovia by X": X goes along (only with a phrase before "by"; see trips._companions_by).
JOINING = frozenset(["joined"])
WITH_TRAVEL = frozenset(["travelling", "traveling", "travelled", "traveled", "travels", "flew", "flying"])
CLAUSE_END = frozenset({";", ".", "?", "!", "—", "–", ":"})
# "accompanied by A and met B": a verb after "and" ends the list of companions.
AFTER_AND_VERBS = frozenset({"met", "held", "said", "signed", "told", "visited", "laid", "toured", "was", "were", "is"})
# "part of Duterte's delegation", "a member of", "among", "in".
MEMBERSHIP = frozenset({"part", "member", "members", "among", "in", "joined", "with"})
PLACE_PREPOSITIONS = frozenset({"in", "to", "at", "of", "for", "near", "outside", "into", "between"})
# Present forms of verbs of travel and meeting: "when the two meet in Vienna on Sunday".
PRESENT_TRIP_VERBS = frozenset(
    {"meet", "meets", "visit", "visits", "travel", "travels", "fly", "flies", "go", "goes", "arrive", "arrives"}
)
# Nouns whose "to" names where something goes, not where anyone travels: "humanitarian access to Yemen".
NOUNS_TAKING_TO = frozenset(
    {"access", "aid", "assistance", "exports", "shipments", "deliveries", "threat", "threats", "relief", "corridor"}
    | {"ambassador", "ambassadors", "envoy", "envoys", "embassy", "loans", "arms", "weapons", "sales", "flights"}
    # "the trip was intended as a signal to Washington": a message goes there, not the traveller.
    | {"signal", "message", "warning", "rebuke", "snub", "overture", "olive"}
)
# Verbs of travel a list of places may follow with "between": "spent two days flying between Manila and Hanoi".
BETWEEN_MOTION = frozenset(
    {"flew", "flies", "fly", "flying", "travelled", "traveled", "travelling", "traveling", "shuttled", "shuttling"}
)
# Verbs of travel a place may follow with "into": "flew into Kiev", "was flown into Damascus".
INTO_MOTION = frozenset({"flew", "flown", "flies", "fly", "flying", "arrived", "came", "drove", "travelled", "crossed"})
DIRECT_OBJECT_TRIGGERS = frozenset({"visit", "visits", "visited", "visiting", "tour", "left"})
PLANNED = frozenset(
    [
        "will",
        "plans",
        "plan",
        "planned",
        "to",
        "expected",
        "due",
        "scheduled",
        "upcoming",
        "next",
        "would",
        "set",
        "shall",
        "intends",
    ]
)
CANCELLED = frozenset(["cancelled", "canceled", "cancel", "cancels", "postponed", "scrapped", "called-off", "aborted"])
CALL_OFF = frozenset(["called", "call", "calls", "calling", "put", "puts"])
COMPLETED = frozenset(
    {
        "visited",
        "travelled",
        "traveled",
        "went",
        "flew",
        "shuttled",
        "returned",
        "had",
        "last",
        "earlier",
        "been",
        "already",
    }
    | {"ago", "shook"}
    # "paid an unannounced visit to Tehran", "made a surprise trip to Damascus": a trip told as done
    | {"paid", "made"}
)
HOST_TITLES = HEAD_TITLES | {"leader", "supreme leader", "crown prince", "taoiseach"}
WINDOW = 12
# Plural offices before "of": "the leaders of Colombia and Ecuador" names whose leaders, not where.
OFFICE_PLURALS = frozenset(
    {"leaders", "presidents", "ministers", "heads", "governments", "delegations", "representatives", "envoys"}
)
# Nouns whose "of" names a claimant, not a place: "over the objections of Bolivia".
CLAIMS = frozenset(
    {"objections", "objection", "opposition", "wishes", "concerns", "interests", "demands", "rights", "sovereignty"}
    | {"security", "position", "positions", "request", "requests", "consent", "support", "behalf", "expense"}
)
# Nouns after a city that make the city part of a name: "the Doha round", "the Oslo accords".
NAMED_PROCESSES = frozenset(
    {"round", "accord", "accords", "agreement", "agreements", "protocol", "process", "format", "declaration", "group"}
    | {"convention", "conventions", "consensus", "formula", "principles", "framework", "communique", "plan"}
)
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "these", "those", "this", "that"})
# Nouns for people who travel, which a determiner may open: "the two leaders flew", "the delegation arrived".
PEOPLE_NOUNS = frozenset(
    {"leaders", "ministers", "presidents", "delegation", "delegations", "team", "envoys", "officials", "men"}
    | {"women", "pair", "couple", "two", "three", "four", "visitors", "guests", "heads", "group", "royals"}
    | {"counterparts", "colleagues", "peers", "hosts"}
)
# Words that order a leg of a trip after ", and": ", and before that spent two days in Tokyo".
SEQUENCE_WORDS = frozenset({"then", "later", "afterwards", "also", "before", "after", "that", "earlier"})
# Where one stands beside someone at an event: "standing beside Tusk in Warsaw", "standing next to".
STANDING_SIDES = frozenset((word,) for word in ("beside", "alongside", "next", "with", "in", "at", "behind", "before"))
# Words before a trip noun that make it something talked about: "comment on the visit", "said that the visit".
SPOKEN_ABOUT = frozenset({"comment", "commented", "that", "described", "called", "criticised", "criticized"})
# Verbs of thanks and blame whose "for ...ing" tells a deed elsewhere: "thanked Cuba for sending troops to Angola".
GRATITUDE = frozenset({"thanked", "thanks", "praised", "blamed", "criticised", "criticized", "condemned"})
REASON_REACH = 12
Spot = tuple[int, int, str, str | None]
SCHEDULED = frozenset({"flies", "travels", "heads", "goes", "visits", "leaves", "moves", "ends", "wraps"})
WEEKDAY_WORDS = frozenset(WEEKDAYS)
POSSESSIVE = frozenset({"'s", "’s"})
LOCATIVE = frozenset({"in", "at"})
# Verbs that bring someone "into" a place: "flown into Beirut", "poured into the capital".
TRAVELLED_INTO = frozenset({"flew", "flown", "flying", "came", "coming", "poured", "streamed", "crowded", "arrived"})
TIME_WORDS = frozenset(
    {"earlier", "later", "on", "this", "last", "week", "morning", "afternoon", "evening", "night", "day", ","}
    | frozenset(WEEKDAYS)
    | {"today", "yesterday"}
)
NOMINAL_CUES = frozenset({"on", "during", "his", "her", "their", "state", "'s", "’s", "official"})
EVENT_VERBS = frozenset({"at", "told", "addressing", "addressed", "attending", "attended", "joined", "joining"})
NEGATIONS = frozenset({"not", "n't", "never", "without", "skip", "skipped", "boycott", "boycotted", "missed"})
# Words that join the places of one trip ("Qatar and the United Arab Emirates", "and then to Kyrgyzstan").
LEG_LINKS = frozenset({",", "and"})
# A day may date each leg: "to Kinshasa on Tuesday and on Wednesday to Kigali".
LEG_JOINERS = LEG_LINKS | frozenset({"then", "to", "in", "the", "finally", "later", "on"}) | frozenset(WEEKDAYS)
LEG_GAP = 6
# What may follow "in Muskoka, Canada" when the country only locates the town before it.
AFTER_TOWN = frozenset((word,) for word in (",", ".", ";", "on", "next", "this", "last", "in", "for", "to")) | {()}
TOWN_WORDS = 3
ASIDE_SPAN = 16
# Words that take their destination with "for": "left for Moscow", "is due to leave on Tuesday for Lima".
DEPARTURES = frozenset(
    {"left", "leave", "leaves", "leaving", "headed", "heading", "head", "heads", "flew", "fly", "due"}
)
HYPOTHETICAL = frozenset({"might", "may", "could", "would"})
# Words after which a name is supposed, not present: "if Putin sent his forces", "left open whether Assad could".
SUPPOSING = frozenset({"if", "unless", "whether"})
TRIP_NEGATIONS = frozenset({"not", "never", "t"})
MODALS = frozenset({"would", "will", "could", "should", "can", "may", "must"})
# A return leg names where the leader has been: "returned from Beijing", "on his way home from Kabul".
RETURNS = frozenset(["returned", "returns", "returning", "return", "home", "back", "came", "comes"]) | ARRIVALS
DELEGATIONS = frozenset(["delegation", "entourage", "party"])
INVITATIONS = frozenset(["invited", "invite", "invites", "inviting", "invitation", "invitations"])
INVITATION_REACH = 10
# Verbs that take an invitation up: "accepted an invitation to visit Brazil".
ACCEPTING = frozenset({"accepted"})  # "would accept NATO's invitation" is only hoped for
# Verbs of sending someone on a mission: the one sent travels.
SENDING = frozenset({"sent", "sends", "sending", "send", "dispatched", "dispatches", "dispatch", "dispatching"})
# Word pairs that put an aide on every leg of a leader's trip: "for the whole tour", "on both legs".
WHOLE_TRIP = frozenset(
    {("whole", "tour"), ("whole", "trip"), ("entire", "tour"), ("entire", "trip"), ("both", "legs")}
    | {("every", "leg"), ("every", "stop"), ("all", "legs"), ("each", "leg"), ("each", "stop")}
)
# Words between a subject and "crossed into": "who had already crossed into".
CROSSING_AUXILIARIES = frozenset({"had", "has", "have", "already", "just", "then", "also"})
# The verb of visiting whose object may be a person: "visited King Hamad of Bahrain" ("a visit" and
# "visiting" name their place more often, and a person after them is met, not visited).
VISIT_VERBS = frozenset({"visited"})
# How far after such a verb the person visited may be named: "visited King Hamad".
VISITED_REACH = 4
# "the four leaders": a count of people the story named before, from two to six of them, how far before the
# trip word the count may stand, and how many sentences back they may have been named.
MOST_COUNTED = 6
PEOPLE_PLURALS = frozenset({"leaders", "presidents", "premiers"})
COLLECTIVE_REACH = 8
COLLECTIVE_LOOKBACK = 8
# How many words may stand between a possessor and their trip noun: "Prabowo's first state visit".
OWNER_REACH = 3
# Verbs of a trip's first leg: "a tour that began in Egypt".
BEGINNING = frozenset({"began", "begins", "started", "starts"})
TRIP_NOUNS = frozenset({"tour", "trip", "visit", "swing", "journey", "tours", "trips"})
# Nouns of an event or a trip one may own or pull out of: "Clinton's meeting", "pulled out of the summit".
EVENTS_AND_TRIPS = EVENT_NOUNS | TRIP_NOUNS
# How far a trip noun may stand before "began", and the place after it: "a tour of Africa that began in".
BEGAN_REACH = 8
# Verbs of a journey carrying someone: "a tour that took Merkel to Mali".
CARRYING = frozenset({"take", "takes", "took", "taken", "taking"})
# How far after such a verb the one carried may be named: "took German Chancellor Angela Merkel to".
CARRIED_REACH = 5
# Verbs of saying that place the speaker when a place follows: "told reporters in Cartagena", "said in Brussels".
SPEECH = frozenset({"said", "says", "told", "tells"})
# "said that" / "told that": a reported clause opens after them.
SAID_THAT = frozenset((said, "that") for said in SPEECH)
# Verbs of staying that place their subject like "is in": "who remains in New York until Friday".
REMAINING = frozenset({"remains", "remained", "remain", "stays"})
AUDIENCES = frozenset({"reporters", "journalists"})
AUDIENCE_AFTER = frozenset((audience,) for audience in AUDIENCES)
# "China was represented at the ceremony by its culture minister": the envoy is there (see trips.represented_by).
REPRESENTING = frozenset({"represented"})
CANDIDATES = (
    TRIGGERS
    | EVENT_NOUNS
    | HOSTING
    | COMPANY
    | JOINING
    | WITH_TRAVEL
    | COPULAS
    | RETURNS
    | DELEGATIONS
    | SENDING
    | REPRESENTING
    | CARRYING
    | BEGINNING
    | SPEECH
    | REMAINING
)
# "announced by X", "attended by X", "talks between X and Y": X takes part in the event.
AGENT_PARTICIPLES = frozenset(
    {"led", "headed", "attended", "announced", "signed", "accompanied", "joined", "chaired", "opened", "brokered"}
    | {"represented"}
)
LEAD_SENTENCES = 4
# Calls and video links are not visits.
# "called off", "called for", "called the building a symbol": naming or urging, not a phone call.
OFF = frozenset(["off"])
NAMING = frozenset(["off", "for", "on", "upon", "a", "an", "it", "this", "that", "them"])
# "with call to lift embargo": an appeal, not a phone call.
NOT_A_CALL: dict[str, frozenset[str]] = {"call": NAMING | {"to"}, "called": NAMING}
REMOTE_WORDS = frozenset(
    ["phone", "call", "called", "video", "videolink", "virtual", "remotely", "telephone", "telephoned", "phoned"]
)
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# Verbs with an audience, whose "that" may stand further on: "told reporters after the meeting that".
TELLING = frozenset({"told", "tells", "assured", "reminded"})
# Reporting words that open a clause with "that", a few words on: "warned that", "told Putin that".
REPORTING_BEFORE_THAT = TELLING | frozenset(
    {"said", "says", "warned", "added", "insisted", "stressed", "argued", "noted", "believed", "hoped", "feared"}
    | {"repeated", "reiterated", "emphasised", "emphasized", "underlined", "explained", "declared", "stated"}
    | {"complained", "acknowledged", "conceded", "recalled", "suggested"}
)
# Nouns of what happens somewhere, so that "the crisis in Ukraine" names no destination.
HAPPENINGS = frozenset(
    {"crisis", "war", "conflict", "fighting", "violence", "situation", "unrest", "turmoil", "protests", "election"}
    | {"elections", "killings", "attacks", "offensive", "coup", "massacre", "famine", "earthquake", "floods"}
    | {"peace", "ceasefire", "truce", "stability", "reconciliation"}  # "called for peace in Ukraine at a summit"
    | {"bloodshed", "insurgency", "clashes", "hostilities", "tensions", "crackdown", "repression", "bombings"}
    | {"occupation", "atrocities", "genocide", "drought", "instability", "chaos", "bloodletting", "carnage"}
)
# Verbs before "home from X" whose subject is the one coming home.
HOMEWARD = frozenset(
    {"flew", "flies", "fly", "flying", "went", "going", "headed", "heads", "returned", "returning", "came", "come"}
    | {"arrived", "arriving", "travelled", "traveled", "is", "was", "be", "back", "way"}
)
DECLINING = frozenset({"refused", "declined", "refuses", "declines", "refusing", "declining"})
# "was unlikely to travel": a trip nobody expects, neither planned nor called off.
DOUBTED = frozenset({"unlikely"})
# "had no plans to travel", "no intention of going": no trip.
PLAN_NOUNS = frozenset({"plan", "plans", "intention", "intentions", "wish", "desire"})
# Counts of a crowd that a bare number does not give: "thousands of migrants", "dozens of protesters".
CROWD_COUNTS = frozenset({"hundreds", "thousands", "millions", "dozens", "scores", "tens"})
# Verbs of a journey whose "from" names the leg before: "flew in from Lima", "crossed into Iraq from Iran".
LEGS_FROM = frozenset({"flew", "flown", "came", "crossed", "drove", "travelled", "traveled", "went", "headed"})
# "addressed the summit" is a trip word; "addressed his Colombian counterpart, Alvaro Uribe" speaks to a leader.
ADDRESSING = frozenset({"addressed", "addressing", "addresses"})
# Words between "addressed" and the leader it names: "his Colombian counterpart,".
ADDRESSEE_WORDS = frozenset({"his", "her", "their", "the", ",", "counterpart", "host", "guest"})
AGENT_REACH = 16
# Verbs of setting off: a sentence that sends someone to another country is not about the dateline's.
ONWARD = frozenset(
    {"fly", "flies", "flew", "flying", "travel", "travels", "travelling", "traveling", "travelled", "traveled"}
    | {"heads", "head", "heading", "leaves", "leaving", "go", "goes", "going"}
)
STOPS = frozenset({"stop", "stops", "stopped", "stopping"})
# Words before "in" that name where people live or are based, not a scene: "living in Chile".
DWELLING = frozenset(
    {"living", "live", "lives", "lived", "based", "born", "resident", "residing", "stationed"}
    # "an economist trained in Belgium": a life story, not a scene
    | {"trained", "educated", "studied", "raised", "schooled"}
)
# Words between "which" and a verb of travel it is the subject of: "which had been due to go to Colombia".
AWAITING_WORDS = frozenset(
    {"due", "to", "expected", "scheduled", "set", "supposed", "been", "had", "was", "were", "is"}
)
# Words that follow a place in the name of a news outlet: "Israel Radio", "China Daily", "Kyiv Post".
NEWS_OUTLET_WORDS = frozenset(
    {"radio", "television", "tv", "daily", "times", "post", "herald", "news", "today", "broadcasting", "tribune"}
)


# Words that make a meeting only wished for: "offered to meet X", "is ready to meet X".
_WISHING = frozenset(
    {"offer", "offered", "offers", "want", "wants", "wanted", "hope", "hoped", "hopes", "ready", "willing"}
    | {"prepared", "eager", "keen", "invited", "asked", "refused", "declined", "proposed", "seeking", "sought"}
)
_WISH_REACH = 3


def wished_meeting(words: Sequence[str], verb: int) -> bool:
    """Whether the meeting verb at ``verb`` is only wished for: "offered (once more) to meet", "wants to meet".

    Examples:
        >>> wished_meeting("he offered once more to meet putin".split(), 5)
        True
        >>> wished_meeting("he is due to meet putin".split(), 4)
        False
    """
    if verb < 2 or words[verb - 1] != "to":
        return False
    return not _WISHING.isdisjoint(words[max(0, verb - 1 - _WISH_REACH) : verb - 1])
