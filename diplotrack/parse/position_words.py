"""Word lists the position reader consults: stance and reporting cues, holders' offices, topic stops.

Kept apart from `positions`, whose job is the reading itself.
"""

from __future__ import annotations

from diplotrack.parse.dates import MONTHS, WEEKDAYS
from diplotrack.parse.lexicon import NUMBER_WORDS
from diplotrack.parse.text import QUOTE_MARKS
from diplotrack.parse.topics import PHRASE_ENDS, PREPOSITIONS

TOPIC_STOPS = PHRASE_ENDS | {"following", "whereas"}
QUOTES = QUOTE_MARKS
OPEN_QUOTES = frozenset({"“", '"'})
TOPIC_SKIP = frozenset({"that", "the", "a", "an", "for", "to", "it", "of", "on", "with", "need", "importance"})
TOPIC_TRAIL = frozenset({"the", "a", "an", "of", "to", "and", "in", "on", "for", "also", "with", "by", "its", "their"})
# Determiners opening a short noun phrase: "expected its ally to respect".
DETERMINED = frozenset({"its", "his", "her", "their", "the", "our"})
NEGATORS = frozenset({"not", "never", "refused", "declined", "no", "longer"})
# Words between a subject and its verb that do not interrupt them.
AUXILIARIES = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "shall",
        "did",
        "does",
        "do",
        "also",
        "too",
        "then",
        "later",
        "again",
        "now",
        "still",
        "already",
        "never",
        "not",
        "no",
        "longer",
        "once",
        "both",
        "all",
        "only",
        "earlier",
        "first",
        "swiftly",
        "quickly",
        "to",
        "ready",
        "willing",
        "prepared",
        "determined",
        "going",
        "able",
        "eager",
        "set",
        "expected",
        "likely",
        "on",
        "last",
        "this",
        "week",
        "today",
        "yesterday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "for",
        "his",
        "her",
        "their",
        "its",
        "part",
        "further",  # "Kim and Putin further agreed to"
    }
)
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# "China's foreign ministry said": an office speaks for the actor before "'s".
# Offices of a government as a whole, which speak for the country: "the foreign ministry said".
GOVERNMENT_OFFICES = frozenset({"ministry", "government"})
OFFICE_NOUNS = frozenset(
    {
        "office",
        "ministry",
        "government",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "cabinet",
        "presidency",
        "administration",
        "embassy",
        "mission",
        "delegation",
        "statement",
        "foreign",
        "defence",
        "defense",
        "commerce",
        "trade",
        "interior",
        "finance",
        "state",
        "leadership",
        "agency",
        "news",
        "official",
        "security",
        "council",
        # "Trump's transition team said", "the president's campaign said".
        "team",
        "transition",
        "campaign",
    }
)
PLURAL_LEADERS = frozenset({"leaders", "men", "presidents", "women", "heads", "premiers", "chancellors", "ministers"})
# Plural subjects for the states behind a joint text: "In a joint statement, the two governments said".
STATE_PLURALS = frozenset({"governments", "countries", "allies", "nations", "neighbours", "neighbors"})
# Counts that "according to X" may cite, which state no view.
TALLIES = frozenset({"figures", "data", "estimates", "statistics", "count", "tally", "numbers"})
# How far into a sentence a counted subject may end: "The six foreign ministers".
PLURAL_OPENING = 5
# Plural offices counted like leaders after their kind: "the two prime ministers", "both foreign ministers".
PLURAL_OFFICES_OF = frozenset({"ministers", "secretaries"})

NUMBERS = {**NUMBER_WORDS, "both": 2}
RELATIVES = frozenset({"who", "which", "whose", "whom"})
# Words that may stand before a clause's subject without governing it as an object.
NOT_VERBS = frozenset(
    {"and", "or", "but", "the", "both", "while", "as", "when", "then", "also", "former", "visiting", "outgoing", "new"}
)
SPECULATION = frozenset({"whether", "if"})
# Words that make the next verb form a noun: "our full backing", "the internationally backed road map".
NOUN_OPENERS = frozenset({"the", "a", "an", "our", "his", "her", "their", "its", "my", "your", "full", "strong", "any"})
# Words before a gerund that make it what someone did ("criticised X for blocking"), not a stance.
GERUND_OWNERS = NOUN_OPENERS | {"for", "of"}
# What "call" takes when it names ("called it a disgrace"), not when it calls for something.
CALLED_OBJECTS = NOUN_OPENERS | {"it", "them", "this", "that", "these", "those"}
# What opens the description after a bare noun that "call" names: 'called dialogue "the only road"'.
DESCRIPTION_OPENERS = frozenset({'"', "“", "a", "an"})
PERFECT = frozenset({"has", "have", "had"})
QUOTED = frozenset({"quoted", "cited"})
# How far before a verb "has long" may stand: "has long pressed Serbia to recognise".
LONG_REACH = 6
# How many words a bare noun phrase that "call" names may have: "called illegal immigration a threat".
BARE_NOUN_WORDS = 3
CALL_PARTICLES = PREPOSITIONS | frozenset({"off", "up", "out", "back", "away", "together"})
# Words that open no clause after a reporting verb: '"...," Rasmussen said outside his residence'.
AFTER_REPORT = PREPOSITIONS | frozenset(
    {"outside", "inside", "near", "during", "after", "before", "later", "afterwards", "earlier", "while", "as"}
    | {"when", "alongside", "beside", "upon"}
)
# What follows a guest's name when someone is welcomed or called on: a place, a time, the clause's end.
AFTER_A_GUEST = frozenset(
    {".", ",", ";", "at", "in", "on", "during", "and", "before", "after", "when", "who", "with", "as", "—"}
)
AT_THE_TIME_REACH = 12
DATED_REACH = 6
EARLIER_SPANS = frozenset({"month", "year", "week", "autumn", "spring", "summer", "winter", "decade"})
TELLING = frozenset({"told", "said", "tells", "says", "assured", "stressed", "insisted", "warned"})
RELATIVE_OBJECTS = frozenset({"which", "whom"})
BACK_REFERENCE = 6
# What someone embraces when the embrace is a hug: "embraced him", "embraced each other".
EMBRACED = frozenset({"him", "her", "them", "each", "one", "warmly", "and", "at", "on", "before", "as"})
# Verbs that introduce a list of proposals after a colon.
INTRODUCING = frozenset({"set out", "outline", "lay out", "present", "put forward", "list", "spell out"})
LISTING = frozenset({":", "includes", "including", "include", "comprises", "comprising"})
# Words before "to <verb>" that forecast the act rather than report a view.
FORECAST = frozenset({"expected", "likely", "unlikely", "poised", "set", "due"})
# "called Putin a day later": a time after "a" is no name for the one called.
SPANS_OF_TIME = frozenset({"day", "week", "month", "year", "few", "second", "third", "number", "couple"})
# A connective set off by commas between a reporting verb and its "that": "said, however, that".
HEDGED_THAT = frozenset(
    (",", connective, ",", "that")
    for connective in ("however", "though", "nevertheless", "moreover", "also", "again", "too", "instead")
)
SCENE_OPENERS = frozenset({"before", "after", "during", "when", "while", "earlier", "later", "then", "afterwards"})
SHORT_TAIL = 5
# Words opening a short phrase between a parenthetical speaker's verb and the closing comma.
SETTING_WORDS = frozenset({"in", "on", "at", "to", "during", "after", "before", "from", "via", "through", "later"})
SETTING_SPAN = 6
SCOPE_ENDS = frozenset({";", "while", "whereas"})
# How many words the subject of a report joined by ", and" may take: ", and the ministry's spokesman said".
JOINED_SUBJECT = 4
# What a relative clause answers, told as background: "..., which he denies", "a charge Bamako rejects".
DENIED_BEFORE = frozenset({"which", "charge", "charges", "accusation", "accusations", "allegation", "allegations"})
# How far before its verb the charge answered may stand: "a charge Foreign Minister Hor Namhong dismissed".
CHARGE_REACH = 7
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
POSSESSIVE_OPENERS = frozenset({"his", "her", "their", "its", "our", "the"})
ADVERBIAL_STARTS = frozenset(
    {"in", "at", "on", "from", "during", "after", "before", "as", "through", "while", "when", "afterwards", "later"}
)
# "on Tuesday", "in an interview", "at a news conference in Doha": how long an adverbial after "said" may run.
SHORT_ADVERBIAL = 6
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser"})
# How many title words may stand between a verb and the name they introduce ("UN Secretary-General").
TITLE_SPAN = 4
# Plural speakers a country name may qualify without being the government: "U.S. states", "Iraqi officials".
NOT_GOVERNMENTS = frozenset(
    {"states", "cities", "officials", "diplomats", "lawmakers", "companies", "analysts", "troops", "citizens"}
    | {"businesses", "governors", "senators", "legislators", "protesters", "activists", "media", "newspapers"}
)
EXCUSE_REACH = 3
NAME_PARTICLES = frozenset({"bin", "al", "de", "da", "del", "von", "van", "der", "ibn", "el"})
# A leader's own stand, reported by someone else: "said Zelensky was open to", "Kim had assured him".
ATTITUDES = frozenset({"open", "ready", "willing", "prepared", "determined", "committed", "concerned", "eager"})
ATTITUDE_VERBS = frozenset(
    {"assured", "promised", "believed", "wanted", "hoped", "intended", "understood", "respected", "pledged"}
    # "said Singh had stressed the importance of ...": another leader's words, reported.
    | {"stressed", "insisted", "emphasised", "emphasized", "reiterated", "urged", "expressed", "welcomed"}
)
# Before a past participle these make it passive; "was opposed to" and "is committed to" stay stances.
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be", "being"})
# Reported words this long are a clause of the speaker's, not a fragment.
VIEW_WORDS = 6
CLAUSE_OPENERS = frozenset({"as", "while", "when", "after", "before"})
RECAP_ADVERBS = frozenset({"long", "never", "previously", "repeatedly", "always", "already"})
# Verbs whose object is someone asked to act ("urged Xi to use his influence").
ADDRESSEE_VERBS = frozenset({"urge", "call on", "ask", "appeal to", "press", "encourage", "push", "invite", "tell"})
STOP_VERBS = frozenset(
    {"stop", "scrap", "halt", "cease", "abandon", "drop", "lift", "end", "withdraw", "cancel", "resist", "reject"}
    | {"reverse", "revoke", "rescind", "repeal", "overturn"}
)
# What "declined to" withholds (a word, a view, a commitment) rather than refuses to do.
WITHHELD = frozenset(
    {"say", "comment", "commit", "discuss", "elaborate", "specify", "confirm", "predict", "name", "give", "answer"}
    | {"speculate", "reveal", "disclose", "detail", "identify", "respond", "be", "take", "put", "go", "set", "rule"}
    | {"endorse", "criticise", "criticize", "condemn", "blame", "express", "state", "offer", "provide", "describe"}
)
# Words of need, which ask for something with or without "to" ("said only that more work was needed"); "should",
# "must" and "had to" are stance.obliged_at's.
NEEDING = frozenset({"need", "needs", "needed", "ought"})
# What a report left unanswered opens with: "would not say whether", "did not say when".
OPEN_QUESTIONS = frozenset({"whether", "if", "when", "how", "what", "why", "where", "which"})
# How far into a verb's object someone's opposition may begin ("thanked his guest for Spain's opposition to").
OPPOSITION_REACH = 7
# Verbs of keeping away from something: urging them opposes the thing, war or not.
AVOIDING = frozenset({"avoid", "refrain", "shun"})
# How far after an urging verb the act urged may start: "urged the United States on Sunday to lift its embargo".
URGED_ACT_REACH = 8
# Removing verbs whose act is what is asked for: "urged Britain to lift the sanctions" backs lifting them.
LIFTING_VERBS = frozenset({"lift", "withdraw"})
WAR_OBJECTS = frozenset({"war", "fighting", "conflict", "hostilities", "bloodshed", "killing", "violence", "attacks"})
TITLE_WORDS = frozenset({"the", "'s", "’s", "of", "for", "-"})
# Verbs that name what a holder judges ("what he called X").
NAMING_VERBS = frozenset({"called", "described", "termed", "dubbed", "labelled", "labeled"})
# "The statement, read out by the spokesman, Colonel X, said": the reader does not hold the position.
READ_PARTICIPLES = frozenset({"read", "delivered", "broadcast", "presented", "issued", "released"})
READ_SPAN = 10
# "... in a joint communique": later "the statement said" speaks for every signatory.
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "memorandum"})
# Words between an issuing verb and its text: "issued a joint statement", "signed the final declaration".
DOCUMENT_MODIFIERS = frozenset({"a", "an", "the", "joint", "final", "short", "brief", "written", "new", "their"})
ISSUING_VERBS = frozenset({"issued", "signed", "released", "adopted", "published", "agreed", "approved"})
WEEKDAY_WORDS = frozenset({"week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"})
# Stance nouns inside a verb phrase that belong to its topic ("express solidarity with").
NAME_OBJECT_LEADS = frozenset({"solidarity", "sympathy"})
# Speakers who are not officials: what they say is commentary, not a position.
COMMENTATORS = frozenset(
    {
        "analysts",
        "analyst",
        "experts",
        "expert",
        "observers",
        "critics",
        "commentators",
        "economists",
        "scholars",
        "researchers",
        "polls",
        "poll",
        "surveys",
        "survey",
        "residents",
        "protesters",
        "campaigners",
        "activists",
        "groups",
        "diplomats",
    }
)
COMMENTATOR_SPAN = 6
# Verb forms whose object is asked to act: "urged Iran to return", "called on Russia to withdraw".
ADDRESSING = frozenset(
    {
        "urged",
        "urges",
        "urging",
        "pressed",
        "presses",
        "pressing",
        "asked",
        "asks",
        "asking",
        "encouraged",
        "encourages",
        "invited",
        "invites",
        "called",
        "calls",
        "calling",
        "pushed",
        "pushing",
        "persuaded",
        "allowed",
        "allow",
        "forced",
        "told",
        "wants",
        "wanted",
    }
)
NAMING_FILLERS = frozenset({"it", "them", "this", "that", "the", "a", "an", "of", "its", "their"})
PREDICTION_VERBS = frozenset({"predict", "predicted", "expected", "expects", "expect", "likely", "unlikely"})
ANTECEDENT_SPAN = 40
MAX_TOPIC_TOKENS = 10
TOPIC_WINDOW = 30
# Verbs whose object is someone charged or thanked "of"/"for" something: the topic is the something.
CHARGE_VERBS = frozenset(
    {"accuse", "blame", "criticise", "criticize", "condemn", "praise", "thank", "commend", "fault"}
)
# Verbs whose object is someone warned "against" something: the topic is the something.
WARNING_VERBS = frozenset({"warn", "caution", "advise"})
# How far after the verb "against" may stand: "warned the new government in Damascus against".
WARNED_REACH = 6
CHARGED_FILLERS = frozenset({"him", "her", "them", "it", "the", "its", "their", "his", "'s", "’s", "government"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
PLURAL_OFFICES = frozenset(
    {"ministers", "leaders", "heads", "governments", "presidents", "envoys", "delegations", "representatives"}
)
# Those told things who are not the stance's addressee: "told reporters", "told parliament".
AUDIENCES = frozenset(
    {"reporters", "journalists", "lawmakers", "legislators", "parliament", "supporters", "delegates", "diplomats"}
    | {"students", "crowds", "crowd", "audience", "press", "nation", "viewers", "listeners", "senators"}
    | {"conference", "briefing", "rally", "session", "gathering", "hearing", "interviewer", "newspaper"}
    | {"mourners", "veterans", "hall", "assembly", "congress", "ceremony", "summit", "meeting", "council", "guests"}
)
OFFICE_KINDS = frozenset({"foreign", "finance", "defence", "defense", "trade", "economy", "interior"})
GUESTS = frozenset(
    {"visiting", "guests", "guest", "delegations", "delegation", "visitors", "visitor", "couple", "presidents"}
    | {"leaders", "monarch", "king", "queen", "pope", "pontiff"}
)
POSSESSIVE_MARKS = frozenset({("'s",), ("’s",), ("'",), ("’",)})
DASH_TOKENS = frozenset({"—", "–", "-"})
PARENTHETICAL_VIEW = 6
SINCE_SPAN = 12
# Plural offices of heads of state or government and the titles they stand for.
HEAD_PLURALS = {
    "presidents": frozenset({"president"}),
    "ministers": frozenset({"prime minister"}),
    "leaders": frozenset({"president", "prime minister", "chancellor", "king", "emir", "premier", "leader"}),
    "chancellors": frozenset({"chancellor"}),
}
ARTICLES = frozenset({"a", "an", "the"})  # "a state visit": a noun, not "to state"
MODAL_WORDS = frozenset({"would", "will", "could", "might", "should", "can"})
# Verbs whose "that" clause, not the verb, says which way the holder leans ("agreed that X would be
# unacceptable"); "stressed that" keeps its support ("stressed that the two share a common enemy").
CLAUSE_VERDICT_VERBS = frozenset({"agree", "hope"})
BODIES = frozenset({"country", "org"})  # "Israel and Hamas agreed": a state and a group together
RECENT_LEADERS = 12  # enough for "the ten leaders"
STATE_NOUNS = frozenset(
    {"television", "tv", "media", "news", "agency", "radio", "visit", "department", "secretary", "council"}
    | {"broadcaster", "newspaper", "dinner", "banquet", "funeral", "security", "company", "companies", "capitalism"}
)
OPENING_SPAN = 5
REFUSALS = frozenset({"refuse", "decline"})
NO_COMMENT = frozenset(("to", word) for word in ("comment", "answer", "elaborate", "speculate", "confirm", "respond"))
MERGE_GAP = 5
APPOSITIVE_SPAN = 25

# "used the visit to press Hungary": a verb of purpose whose subject acts through the infinitive after
# its object, how far back it may stand, and the words its object opens with.
PURPOSE_VERBS = frozenset({"used", "uses", "use", "using"})
PURPOSE_REACH = 10
PURPOSE_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "our"})
# Words that end the object before "to" is reached: another clause has begun.
PURPOSE_STOPS = frozenset({",", ";", ":", "that", "who", "which", "said", "says", "told", "but"})
# How many words after "during" may name the earlier time: "during its 1980-88 war".
DURING_REACH = 3
# How far after "sought" its "to" may stand ("sought on Thursday to reassure").
AIM_REACH = 5
