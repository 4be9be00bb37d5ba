"""The stance of reported words: a small polarity lexicon with negation scope and hedges.

"Said the deal was a failure" opposes, "said it was ready to help" supports,
"said Israel would not end the war" opposes what is negated, "said all options
were on the table" is neutral. Concessive tails ("even if ...", "though ...")
do not count: the main clause carries the stance.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from diplotrack.parse.lexicon import cue_words

# How far apart "without" and the negation it cancels may stand: "there could be no X without Y".
_REQUIREMENT_REACH = 12
# Units a told fact is counted in: "the meeting had lasted two hours".
_COUNTED_UNITS = frozenset(
    {"hours", "hour", "minutes", "days", "weeks", "months", "years", "people", "times", "percent"}
)
# Words that praise or commit (their presence makes reported words read as support).
POSITIVE = frozenset(
    {
        # "America's commitment to Israel's security was unshakeable": a bond affirmed.
        "unshakeable",
        "unshakable",
        "unwavering",
        "steadfast",
        "unbreakable",
        "ready",
        "willing",
        "prepared",
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
        "vital",
        "essential",
        "crucial",
        "critical",
        "win",
        "appreciate",
        "appreciated",
        "appreciates",
        "stronger",
        "clearer",
        "pleased",
        "proud",
        "confident",
        "optimistic",
        "encouraging",
        "fruitful",
        "excellent",
        "useful",
        "intend",
        "intends",
        "intended",
        "plan",
        "plans",
        "planned",
        "necessary",
        "priority",
        # Significance: "a pivot of history", "a new era", "a milestone" praise what they describe.
        "history",
        "era",
        "pivot",
        "milestone",
        "landmark",
        "chapter",
        # "a goodwill gesture", "welcome news".
        "goodwill",
        # Contentment and care: "very satisfied with the result", "the deal protected our interests".
        "satisfied",
        "relieved",
        "encouraged",
        "achievable",
        "protect",
        "protects",
        "protected",
        "friend",
        "friendship",
        "reconciliation",
        "respect",
        "respects",
        "respected",
        # An apology supports what it apologises for ("deeply sorry for the deaths").
        "sorry",
        "apologise",
        "apologize",
        "apologised",
        "apologized",
        "satisfaction",
        "gratitude",
        "appreciation",
        "optimism",
    }
)
# Negative words beyond the lexicon file's list.
NEGATIVE = frozenset(
    {
        # "called it an attempt to punish countries": a design imputed, nearly always a charge (90 gold of 95).
        "attempt",
        "attempts",
        # "put the whole region at risk", "we risk choking off the recovery": a danger named (15 gold of 17).
        "risk",
        "risks",
        "obscene",
        "inconsistent",
        "pretext",
        "misleading",
        "sad",
        "irritating",
        "corrupt",
        "garbage",
        "relic",
        "distort",
        "distorts",
        "distorted",
        "nullified",
        "incompatible",
        "heartless",
        "heartlessness",
        "troubled",
        "failure",
        "failing",
        "miserable",
        "tragic",
        "loopholes",
        "illegitimate",
        "uninformed",
        "ill-informed",
        "misinformed",
        "regret",
        "regrets",
        "regretted",
        "tragedies",
        "impossible",
        "overthrow",
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
        "hasty",
        "ambiguous",
        "rude",
        "undiplomatic",
        "self-coup",
        "sin",
        "stain",
        "extermination",
        "punitive",
        "fetishism",
        "racist",
        "xenophobic",
        "hate-filled",
        "trampled",
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
        "punished",
        "looted",
        "pillaged",
        "nasty",
        "harm",
        "damage",
        "damaging",
        "alarming",
        "worrying",
        "troubling",
        "undermine",
        "undermines",
        "unrealistic",
        "unacceptable",
        "hypocritical",
        "interference",
        # Evaluative nouns: "a huge disappointment", "a devastating blow", "a setback".
        "disappointment",
        "devastating",
        "setback",
        # Suffering: "painful and heart-wrenching".
        "heart-wrenching",
        "tragedy",
        # Exclusion: "the resolution excluded any automatic use of force".
        "exclude",
        "excludes",
        "excluded",
        # Verdicts on conduct: "a travesty", "insulting", "counterproductive", "null and void".
        "devil",
        "thug",
        "dictator",
        "tyrant",
        "criminal",
        "liar",
        "murderer",
        "butcher",
        "void",
        "defamatory",
        "venomous",
        "hateful",
        "slanderous",
        "incitement",
        "travesty",
        "insulting",
        "insult",
        "dishonest",
        "shameful",
        "disgrace",
        "extremist",
        # Conduct condemned in reported words: "flagrant interference", "plunging the region into chaos".
        "meddle",
        "false",
        "grave",
        "chaos",
        "chaotic",
        "flagrant",
        "blatant",
        "protectionism",
        "protectionist",
        "ignoring",
        "condemnation",
        "accusation",
        "accusations",
        "objections",
        "plunging",
        "devastated",
        "slap",
        "disgraceful",
        "outrage",
        "betrayal",
        "counterproductive",
        "unfortunate",
        "unbalanced",
        "sobering",
        "depressing",
        "biased",
        "cynical",
        "arrogant",
        "humiliating",
        "sabotage",
        "destabilising",
        "destabilizing",
        "unlawful",
        "unjustified",
        "unwarranted",
        "baseless",
        "groundless",
        "nonsense",
        "ridiculous",
        "bullying",
        "coercion",
        "coercive",
        # Verdicts on terms and acts: "grossly unfavourable", "a petty trick", "violated international law".
        "unfavourable",
        "unfavorable",
        "distressed",
        "desperation",
        "violated",
        "trick",
        # Calling something off opposes it: "would cancel a $20 billion railway".
        "cancel",
        "cancelled",
        "canceled",
        "cancelling",
        "scrap",
        "scrapped",
        "scrapping",
        # Disgust and alarm at conduct: "serious concerns about", "disgusted that", "treated like criminals".
        "concerns",
        "disgusted",
        "disgusting",
        "criminals",
        "tampered",
        # Verdicts that name a wrong: "amounted to piracy and to murder", "an attempted coup", "a predator".
        "piracy",
        "murder",
        "murderous",
        "coup",
        "predator",
        "futility",
        "intolerant",
        "intolerable",
        "arrogance",
        "lie",
        "lying",
        "extortion",
        "brutality",
        "warmongering",
        "war-mongering",
        "fraud",
        "fraudulent",
        "rigged",
        "undermining",
        "betray",
        "betrayed",
        "cowardly",
        "catastrophic",
        "excessive",
        "disproportionate",
        "hegemonic",
        "imperialism",
        "imperialist",
        "contempt",
        "smear",
        "distortion",
        "deplore",
        "lamentable",
        "worrisome",
        "disturbing",
        "incomprehensible",
        "unjustifiable",
        "inexplicable",
        "unforgivable",
        "indefensible",
        "inexcusable",
        "trafficker",
        "grab",
        "weaponise",
        "weaponize",
        "weaponising",
        "weaponizing",
        # Harm done: "the pope's words had wounded Muslims", "would wreck the peace process".
        "wounded",
        "wreck",
        "wrecked",
        "contradicted",
        "contradicts",
        "conspiring",
        "conspiracy",
        "plotting",
        "destabilise",
        "destabilize",
        # Damning words: "the war is an absurdity", "a cynical ploy", "an inhumane blockade".
        "absurdity",
        "absurdly",
        "blunder",
        "vile",
        "despicable",
        "abhorrent",
        "odious",
        "repugnant",
        "unconscionable",
        "hollow",
        "ploy",
        "stunt",
        "obsolete",
        "anachronism",
        "anachronistic",
        "inhumane",
        "inhuman",
        "cruel",
        "unprovoked",
        "indiscriminate",
    }
)
# Modality and evaluation: what makes reported words a stance rather than a fact.
_STANCE_MARKERS = frozenset(
    {
        "better",
        "worse",
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
_NEGATIONS_EXTRA = frozenset({"nothing", "nobody", "neither", "none"})
# A negated comparative praises: "there is no better deal".
_COMPARATIVES = frozenset({"better", "alternative", "stronger", "closer", "warmer"})  # "never been stronger"
# How far after "no other" its "than" may stand: "no other future for the Western Balkans than".
_OTHER_THAN_REACH = 10
# Under a negation these say the speaker holds firm: "will not leave Iraq", "cannot wait", "must not be wasted".
_GIVING_UP = frozenset(
    {"leave", "wait", "waste", "wasted", "lose", "lost", "squander", "squandered", "retreat", "surrender"}
    | {"change", "changed", "unanswered", "stop", "afford", "hesitate", "close", "shut", "negotiable", "ignore"}
    | {"unpunished", "yield"}  # "such crimes would not go unpunished", "we do not yield"
    | {"relax", "ignoring"}  # "would not relax its guard", "could no longer go on ignoring a fifth of humanity"
    | {"turning"}  # "there is no turning back"
    | {"reverse", "undo"}  # "Washington would not reverse its decision", "nobody can undo it"
)
# "We will not be intimidated", "would not be cowed", "will not be driven out": resolve, not refusal (but "not be
# intimidated by this barbaric act" opposes the act that tried).
_RESOLVE_PASSIVES = frozenset(
    {"intimidated", "cowed", "deterred", "silenced", "blackmailed", "bullied", "frightened", "browbeaten"}
)
_RESOLVE_HEADS = {"driven": frozenset({"out", "away"})}
# Subjects who hold firm when they "will not stop"; and words after "stop" that say so ("will not stop until").
_PERSONAL_SUBJECTS = frozenset({"we", "i", "he", "she", "they", "you"})
_STOP_HOLDING = frozenset({"until", "short", "at", "there", "now", "here", "halfway", "before", "for"})
# Words before "to" that keep the negated verb going: "would not have to change", "no time to lose".
_TO_CARRIERS = frozenset(
    {"have", "has", "had", "going", "need", "needs", "ought", "able", "want", "wants", "be", "time"}
)
# What changing nothing leaves as it was: "would not change the outcome", "will not change anything".
_FUTILE_OBJECTS = frozenset({"outcome", "anything", "situation", "facts", "reality", "result", "results"})
# Verbs and nouns that undo a harm: a negative word just after them is what the speaker wants remedied.
_REMEDIES = frozenset(
    {"settle", "settled", "settling", "resolve", "resolved", "resolving", "solve", "solved", "solving"}
    | {"counter", "countering", "combat", "combating", "combatting"}
    | {"tackle", "tackled", "tackling", "overcome", "overcoming", "bridge", "bridged", "heal", "healing"}
    | {"dismantle", "dismantled", "renounce", "renounced", "eradicate", "eradicating", "eliminate", "eliminating"}
    | {"prevent", "prevented", "preventing", "curb", "curbing", "defeat", "defeating", "closed"}
    | {"solution", "settlement", "justice", "account"}
)
# Nouns that undo a harm only with "of" or "to" after them ("the resolution condemned ..." is a text).
_REMEDY_NOUNS = frozenset({"resolution", "end"})
_APOLOGISING = frozenset(
    {"apologise", "apologised", "apologises", "apologising", "apologize", "apologized", "apologizes", "apologizing"}
)
_APOLOGY_WORDS = _APOLOGISING | {"regret", "apology"}
# Words before "regret" that make it an apology: "my deepest regret", "express regret".
_APOLOGY_LEADS = frozenset(
    {"my", "our", "deepest", "deep", "sincere", "profound", "express", "expressed", "expresses", "an", "formal"}
)
# "would spare no effort to carry out": the "no" gives all to what follows.
_SPARING = frozenset({"spare", "spares", "spared", "sparing"})
# Verdicts of several words: "the decision falls short of what Turkey deserves", "the OAS had outlived its usefulness".
_DAMNING_PHRASES = frozenset(
    {("falls", "short"), ("fell", "short"), ("fall", "short"), ("fallen", "short"), ("outlived", "its")}
    | {
        ("had", "its", "day"),
        ("has", "had", "its", "day"),
        ("too", "far"),
        ("dead", "end"),
        ("back", "of", "the", "queue"),
    }
    | {("step", "backwards"), ("step", "back"), ("red", "line")}
    # "the remark flies in the face of all accepted behaviour", "a moral outrage".
    | {("flies", "in", "the", "face"), ("flew", "in", "the", "face"), ("fly", "in", "the", "face")}
    | {("moral", "outrage"), ("too", "little")}
    # "any suspension was out of the question": ruled out ("off the table" is a hedge: "nothing is").
    | {("out", "of", "the", "question")}
)
_DAMNING_HEADS = frozenset(phrase[0] for phrase in _DAMNING_PHRASES)
# Adverbs between a copula and "against": "we are always against".
_ADVERBS_OF_ALWAYS = frozenset({"always", "firmly", "strongly", "resolutely", "totally", "also", "still"})
# Participles of remedies after "be": "the crisis would be resolved", "concerns had to be addressed".
_REMEDIED = frozenset({"resolved", "settled", "solved", "addressed", "tackled", "overcome", "healed", "ended"})
# Words before "be avoided" that make it a demand: "should be avoided", "has to be avoided".
_OUGHT = frozenset({"should", "must", "to"})
# Verbs whose object is wanted in a remedied state: "wanted the conflict settled", "hopes to see the dispute resolved".
_WANTING = frozenset({"want", "wants", "wanted", "wanting", "see", "seeing", "get", "getting"})
# Fighting against a harm is a remedy too, though "fight" alone ("will fight the ruling") opposes.
_FIGHTING = frozenset({"fight", "fighting", "struggle", "campaign", "war"})
# Acting against a harm: "to fight drug traffickers", "will combat corruption", "help counter extremism".
_COMBATING = frozenset({"fight", "combat", "counter", "tackle", "confront", "defeat", "eradicate", "battle"})
_BEFORE_ACTING = frozenset({"to", "will", "would", "must", "should", "can", "could", "help", "and", "jointly"})
# "committed to fighting drug trafficking", "an interest in fighting terrorism": the same act as a gerund.
_COMBATING_GERUNDS = frozenset(
    {"fighting", "combating", "combatting", "countering", "tackling", "confronting", "defeating", "eradicating"}
    | {"battling"}
)
_BEFORE_GERUND = _BEFORE_ACTING | {"in", "of", "on", "for", "at", "by"}
# Joining forces against a harm: "cooperate with Russia against terrorism", "unite against extremism".
_JOINING = frozenset({"cooperate", "cooperation", "unite", "united", "together", "jointly", "join", "coalition"})
_JOINED_REACH = 4
# Every word that may excuse the harm words after or before it (content_stance): a clause with none skips that loop.
_EXCUSING = (
    frozenset({"than", "against", "free"})
    | _REMEDIES
    | _REMEDY_NOUNS
    | _REMEDIED
    | _FIGHTING
    | _COMBATING
    | _COMBATING_GERUNDS
)
# How many words after a remedy its object may run: "settle the Nagorno-Karabakh conflict".
_REMEDY_REACH = 5
# Verbs of protecting: what comes after "against" is the danger warded off, not the verdict.
_PROTECTING = frozenset({"defend", "defending", "protect", "protecting", "guard", "safeguard", "shield", "secure"})
_GIVING_UP_HEADS = {
    "back": frozenset({"down", "away"}),
    "backing": frozenset({"down", "away"}),
    "step": frozenset({"back", "down"}),  # "will not take a step back from Afrin"
    "stay": frozenset({"away", "out"}),
    "give": frozenset({"up"}),
    "giving": frozenset({"up"}),
    "up": frozenset({"for"}),  # "were not up for discussion", "is not up for grabs": held, not given
    "look": frozenset({"away"}),
    "slip": frozenset({"away"}),
    "set": frozenset({"aside"}),
}
# How far after a negation "be intimidated" may stand: "will not let ourselves be intimidated".
_RESOLVE_REACH = 4
# How far before "not" the speaker's own "we" or "I" may stand: "we have not given up".
_OWN_SUBJECT_REACH = 3
# What no one may be: "no one is above the law", "nobody would be beyond the reach of justice".
_EXEMPT = frozenset({"above", "beyond", "exempt", "immune"})
_EXEMPT_VERBS = frozenset({"is", "was", "will", "would"})
# "is not perfect", "no easy fixes": a concession, not a rejection.
_CONCESSIONS = frozenset({"perfect", "easy", "ideal"})
# "Bahrain said it was severing relations": a government announcing its own measure backs it.
_MEASURE_AUXILIARIES = frozenset({"was", "were", "is", "are", "would", "will"})
_MEASURES = frozenset(
    {"withdrawing", "severing", "recalling", "freezing", "suspending", "expelling", "closing", "pulling"}
    | {"withdraw", "sever", "recall", "freeze", "suspend", "expel", "close", "pull", "breaking", "cutting"}
)
_MEASURE_REACH = 6
# How far the treaty a measure falls on may stand: "suspending with immediate effect its 2002 friendship treaty".
_TREATY_REACH = 9
_TREATIES = frozenset({"treaty", "agreement", "deal", "accord", "accords", "pact", "convention", "protocol", "talks"})
_REGRETS = frozenset({"regret", "regrets", "regretted", "regretting", "regrettable", "regretful"})
# A "but" this far in follows a statement of its own: "valued the partnership but would not choose".
_RESERVATION_AFTER = 4
# "painful, but the right one", "costly, but necessary": the verdict after the "but" stands.
_VINDICATING = frozenset({"right", "correct", "necessary", "worthwhile"})
_VINDICATION_REACH = 6
# "X, and not Y" contrasts; "would, and did not" does not.
_FINITE_BEFORE_NOT = frozenset({"would", "will", "could", "can", "did", "does", "do", "should", "must", "is", "was"})
# Verbs of leaving an agreement or a partner.
_WITHDRAWAL_WORDS = frozenset(
    {"withdraw", "withdrawing", "withdraws", "quit", "quitting", "abandon", "abandoning", "suspend", "suspending"}
    | {"waver", "wavering"}  # "China would never waver from its partnership": held to
)
_OBLIGATIONS = frozenset({"should", "must"})
_OBLIGING_BEFORE_TO = frozenset({"has", "have", "had", "needs", "need", "ought"})
_MOVING_OUT = frozenset({"withdraw", "withdraws", "withdrawing", "pull", "pulling"})
_FIRST_PERSON = frozenset({"we", "i", "our", "us"})
_DEMAND_REACH = 4
_WITHDRAWAL_HEADS = {
    "pull": frozenset({"out"}),
    "pulling": frozenset({"out"}),
    "walk": frozenset({"away", "out"}),
    "walking": frozenset({"away", "out"}),
}
# "X must end": ending a war is support; ending anything else opposes it.
_WAR_WORDS = frozenset({"war", "wars", "fighting", "conflict", "hostilities", "bloodshed", "killing", "suffering"})
# "The war must end", "the shelling had to stop", "the killing must cease".
_ENDING_VERBS = frozenset({"end", "stop", "cease"})
_END_LEADS = frozenset({"must", "will", "would", "should", "to", "can", "shall", "soon"})
_END_FOLLOWERS = frozenset({".", ",", "and", "now", "soon", "immediately", "”", '"', ";", "!"})
_RELATIVE_CUTS = frozenset({"which", "who", "whom", "whose"})
_WHO = frozenset({"who", "whom"})
# Antecedents of "who" whose clause carries the meaning: "those who kill", "people who work here".
_WHO_CARRIES = frozenset(
    {"those", "others", "ones", "one", "anyone", "someone", "everyone", "people", "citizens", "persons", "world"}
    | {"is", "was", "wants", "know", "knows", "asked", "ask", "decide", "decides", "and", "or"}
)
_PREFERENCES = frozenset({"better", "preferable", "rather", "safer", "wiser"})
_OPPOSING_WORDS = frozenset(
    {"against", "harm", "threaten", "undermine", "afraid", "damaged", "damage"} | {"enemy", "enemies"}
)
_ABSENCES = frozenset({"failure", "postponement", "cancellation", "delay", "lack", "absence", "no"})
# Words of wanting that "no" disowns: "no wish to quarrel", "no intention of attacking".
_INTENTS = frozenset({"wish", "desire", "intention", "interest"})
# Negative adjectives a negation turns round: "cannot be unarmed", "will not go unnoticed", "is not alone".
_DOUBLY_DENIED = frozenset(
    {"unarmed", "unnoticed", "unchallenged", "unheeded", "unturned", "isolated", "taboo", "alone"}
    # "the reforms could not be reversed": what cannot be undone is upheld.
    | {"reversed", "undone"}
)
_FORGETTING = frozenset(
    {"forget", "forgotten", "fade", "fades", "forgets", "abandon", "abandons", "abandoned"}
    | {"questioned", "contested", "disputed", "doubted"}  # "its right to exist should not be questioned"
)
# Verbs of coming to an end, denied of their subject: "will not end", "will never waver".
_WANING = frozenset({"end", "waver", "falter", "wane", "weaken", "diminish"})
# What may follow such a verb used without an object: "will not end in 2014", "will never end there".
_AFTER_WANING = frozenset(
    {"in", "with", "there", "here", "now", "soon", "today", ".", ",", "until", "when", "'", '"', "”"}
)
_COPULA_FORMS = frozenset({"is", "was", "are", "were", "be", "being"})
# Being, for "I am against": the copula forms and "am".
# "I'm against", "we're against": what is left of a contracted copula.
_BEING = _COPULA_FORMS | {"am", "m", "re"}
_DIFFICULT = frozenset({"hard", "difficult", "tough", "complicated"})
_CONCESSIVE = frozenset({"though", "although", "even", "whereas", "unless", "whether", "despite"})
_CLAUSE_CUTS = _CONCESSIVE | _RELATIVE_CUTS
_PERFECT = frozenset({"had", "been"})
# Words after a "had" of possession: "Uruguay had nothing to hide", "had no reason to doubt it".
_POSSESSED = frozenset({"nothing", "no", "a", "an", "the", "any", "every", "little", "its", "their"})
_PERFECT_STANCE = frozenset({"yet"})  # "had not yet agreed": still open
_RELATIVE_SPAN = 25
_VERDICT_SPAN = 4
# "would only complicate matters", "will only reward aggression": a consequence foretold as harm.
_WORSENING = frozenset(
    {"push", "reward", "give", "complicate", "set", "worsen", "deepen", "prolong", "embolden", "encourage", "fuel"}
    | {"isolate", "serve", "invite", "harm", "hurt", "damage", "weaken", "undermine", "play", "provoke", "escalate"}
    | {"aggravate", "heighten", "add", "lead", "drive", "create", "make", "inflame", "exacerbate", "widen", "delay"}
    | {"feed", "compound", "drag", "entrench", "harden"}
)
# Harms that are fought but are no verdict in other words ("the smugglers said", "the disease spread"): "to fight
# drug traffickers", "to fight the disease abroad".
_SCOURGES = frozenset(
    {"smugglers", "smuggling", "traffickers", "trafficking", "disease", "diseases", "epidemic", "pandemic", "virus"}
    | {"jihadists", "jihadist", "insurgents", "insurgency", "militants", "pirates", "poverty", "hunger", "drugs"}
    | {"corruption", "extremism", "extremists", "terrorists", "malaria", "aids"}
)
# What stays open to others rather than to an idea: "the door remained open", "a fresh vote open to all".
_OPEN_WAYS = frozenset({"door", "doors", "route", "routes", "waterway", "vote", "election", "border", "strait"})
# What may be "on the table" as an open choice ("all options are on the table", "whether sanctions would be on the
# table"), and how far before the phrase it may stand.
_OPTIONS = frozenset({"option", "options", "instruments", "all", "whether"})
_OPTIONS_REACH = 6
# "make sure", "ensure": what follows is brought about, so a denial in it is prevention, not refusal; and how far
# before the denial the word may stand.
_ENSURING = frozenset({"sure", "ensure", "ensures", "ensured", "ensuring"})
_ENSURED_REACH = 8
# Possessive words: "his demand that", "their firm opposition to".
_OWNERS = frozenset({"his", "her", "its", "their", "our", "my"})
# Words before "opposition to" that make it someone's stand, unlike "the opposition to", the political opposition.
_OPPOSITION_OWNERS = _OWNERS | {"'s", "’s", "firm", "strong", "resolute"}
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
    # "early elections could not be ruled out", "cannot be excluded": the passive hedge.
    ("not", "be", "ruled", "out"),
    ("not", "been", "ruled", "out"),
    ("cannot", "be", "ruled", "out"),
    ("t", "be", "ruled", "out"),
    ("not", "be", "excluded"),
    ("cannot", "be", "excluded"),
    ("t", "be", "excluded"),
    ("would", "look", "at", "the"),
    ("would", "look", "at", "any"),
    ("will", "look", "at", "the"),
    ("would", "think", "about"),
    ("passing", "judgment"),
    ("by", "their", "actions"),
    ("by", "its", "actions"),
    ("by", "his", "actions"),
    ("by", "her", "actions"),
    # "no decision had been taken", "Washington would judge the new government on its record": not yet.
    ("no", "decision"),
    ("would", "judge"),
    ("will", "judge"),
    # "said he understood the American concern", "she understood that Britain needed time": sympathy, not support
    # (16 gold positions in 18 with "understood the", 5 in 7 with "understood that").
    ("understood", "the"),
    ("understood", "that"),
    ("understood", "why"),
    ("he", "understood"),
    ("she", "understood"),
    # "India had no objection to ties between China and Pakistan": tolerated, neither backed nor opposed.
    ("no", "objection"),
    ("no", "objections"),
    # "We will judge Pakistan by what it does, not by what it says".
    ("by", "what", "it", "does"),
    ("by", "what", "they", "do"),
    ("by", "its", "deeds"),
    ("by", "their", "deeds"),
    ("see", "what", "happens"),
    ("being", "studied"),
    ("not", "commit", "to"),
    ("declined", "to", "commit"),
    ("respected", "the", "sovereign"),
    ("respects", "the", "sovereign"),
    ("not", "say", "whether"),
    ("no", "position", "on"),
    ("ruling", "anything", "out"),
    ("nothing", "should", "be", "ruled", "out"),
    ("nothing", "is", "ruled", "out"),
    ("time", "is", "right"),
    ("as", "and", "when"),
    ("would", "watch", "closely"),
    ("will", "watch", "closely"),
)


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    negative, negations, hedges = cue_words()
    return negative | NEGATIVE, negations | _NEGATIONS_EXTRA, hedges + _HEDGES_EXTRA


@functools.cache
def stance_words() -> frozenset[str]:
    """Every praising or damning word (to trim from a topic: "the drills provocative")."""
    return POSITIVE | _lexicon()[0]


def negative_words() -> frozenset[str]:
    """Every word that makes reported words read as opposition."""
    return _lexicon()[0]


# The most words of a possessor between "the" and what it owns: "the secretary-general's", "the Chinese side's".
_POSSESSOR_WORDS = 2


@functools.cache
def _hedges_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for hedge in _lexicon()[2]:
        if hedge:
            grouped.setdefault(hedge[0], []).append(tuple(hedge))
    return {first: tuple(phrases) for first, phrases in grouped.items()}


def _hedged(words: Sequence[str], *, possessors: bool = True) -> bool:
    """Whether a hedge phrase occurs in ``words`` (one pass, indexed by first word)."""
    by_first = _hedges_by_first()
    if by_first.keys().isdisjoint(words):
        return False  # the common case: no word starts a hedge
    for index, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[index : index + len(phrase)]) == phrase and not _hedge_misread(words, index, phrase):
                return True
    if possessors and ("'s" in words or "’s" in words):
        # "respected the president's choice", "understood the secretary-general's decision": the hedge with a
        # possessor after its "the".
        return _hedged(_without_possessors(words), possessors=False)
    return False


def _hedge_misread(words: Sequence[str], index: int, phrase: tuple[str, ...]) -> bool:
    """Whether a hedge phrase at ``index`` says something else here.

    "NATO's door remained open to other countries", "a vote open to all parties": a way kept open for others, not
    a speaker's openness to an idea. "My plan remains on the table", "put a compromise on the table": an offer
    upheld; only options on the table are left open ("all options are on the table").
    """
    if phrase == ("open", "to"):
        return not _OPEN_WAYS.isdisjoint(words[max(0, index - 3) : index]) or words[index + 2 : index + 3] in (
            ["everyone"],
            ["all"],
        )
    if phrase == ("on", "the", "table"):
        return _OPTIONS.isdisjoint(words[max(0, index - _OPTIONS_REACH) : index])
    return False


def _without_possessors(words: Sequence[str]) -> list[str]:
    """``words`` with a short possessor after "the" left out: "the president's choice" becomes "the choice"."""
    kept: list[str] = []
    index = 0
    while index < len(words):
        kept.append(words[index])
        if words[index] == "the":
            owned = next(
                (
                    k
                    for k in range(index + 1, min(len(words), index + _POSSESSOR_WORDS + 2))
                    if words[k] in ("'s", "’s")
                ),
                None,
            )
            if owned is not None:
                index = owned
        index += 1
    return kept


def main_clause(words: Sequence[str]) -> list[str]:
    """The words before a concessive tail ("even if", "though", "although")."""
    if _CLAUSE_CUTS.isdisjoint(words[1:]):
        return list(words)  # the common case: nothing to cut
    kept: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in _CONCESSIVE and index > 0:
            break
        if word in _WHO and index > 1 and _describes_people(words[index - 1]):
            break  # "ready to talk to opposition leaders who condemned the violence": the leaders described
        if word in _RELATIVE_CUTS and index > 0 and (words[index - 1] == "," or words[index - 2 : index - 1] == [","]):
            closing = _closing_comma(words, index + 1)
            if closing is None:
                break  # ", after which it would have no more room": a side remark
            index = closing + 1  # "X, which began in January, illegitimate": the verdict follows the aside
            continue
        kept.append(word)
        index += 1
    return kept


def _describes_people(word: str) -> bool:
    """Whether the word before "who" names people it describes ("leaders who"), not the ones the clause is
    about ("those who sowed terror", "the people who work here would be handled like criminals") or a question
    ("showed the world who wants peace")."""
    return word.isalpha() and word not in _WHO_CARRIES


def _closing_comma(words: Sequence[str], start: int) -> int | None:
    """The comma closing a relative clause opened before ``start``, when a short verdict follows it."""
    for index in range(start, min(len(words), start + _RELATIVE_SPAN)):
        if words[index] in (";", "but"):
            return None
        if words[index] == ",":
            tail = words[index + 1 : index + 1 + _VERDICT_SPAN + 1]
            if tail[:1] in (["a"], ["an"]):
                return index  # "called the strike, which killed twenty, a massacre and an aggression against ..."
            return index if 0 < len(tail) <= _VERDICT_SPAN else None
    return None


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
        >>> bears_stance("it was expelling the ambassador".split())
        True
    """
    negative = _lexicon()[0]
    for index, word in enumerate(words):
        if word in _STANCE_MARKERS or word in POSITIVE or word in negative or is_negation(words, index):
            return True
    # "said it was expelling the ambassador": a measure announced is a position (the guidelines settle it).
    return _hedged(words) or _announced_measure(words)


def negated_fact(words: Sequence[str]) -> bool:
    """Whether words are a denied past fact and nothing more ("no agreements had been signed").

    Examples:
        >>> negated_fact("no agreements had been signed".split())
        True
        >>> negated_fact("israel would not end the war".split())
        False
        >>> negated_fact("attempts to isolate iran had failed".split())
        False
        >>> negated_fact("uruguay had nothing to hide".split())
        False
        >>> negated_fact("japan's position had not changed".split())
        False
        >>> negated_fact("germany 's opposition to joint debt had not changed".split())
        False
        >>> negated_fact("he had seen no proof that the gunman was a pakistani".split())
        False
    """
    negative = _lexicon()[0]
    if not any(_perfect_at(words, index) for index, word in enumerate(words) if word in _PERFECT):
        return False
    if not _EVIDENCE.isdisjoint(words):
        return False  # "had seen no proof that the gunman was a Pakistani": disputing a claim is a view
    if declared_opposition(words):
        return False  # "Germany's opposition to joint debt had not changed": an opposition upheld
    if _lexicon()[1].isdisjoint(words) and _COUNTED_UNITS.isdisjoint(words):
        return False  # a past judgement ("attempts to isolate Iran had failed"), not a fact told or denied
    for word in words:
        if word in _STANCE_MARKERS or word in POSITIVE or word in negative or word in _PERFECT_STANCE:
            return False
    # "had not walked away", "Japan's position had not changed": holding firm, a view.
    return not (_hedged(words) or _withdrawal_at(words, 0, len(words)) or _giving_up_at(words, 0, len(words)))


# Words of proof: denying one has seen any disputes a claim.
_EVIDENCE = frozenset({"proof", "evidence"})


def _perfect_at(words: Sequence[str], index: int) -> bool:
    """Whether "had" at ``index`` is an auxiliary ("had been signed"), not a possession ("had nothing to hide")."""
    return words[index] != "had" or index + 1 == len(words) or words[index + 1] not in _POSSESSED


# "his demand that", "their call for": a request, named as a noun after "repeated" or "reiterated".
_REQUEST_NOUNS = frozenset({"demand", "demands", "call", "calls", "appeal", "appeals", "plea", "request"})
_REQUEST_OPENING = 4  # "repeated on Thursday his demand that": a time may stand before the request


def renews_request(words: Sequence[str]) -> bool:
    """Whether the words open on someone's own request: "(on Thursday) his demand that Israel withdraw"."""
    return any(
        words[k] in _OWNERS
        and words[k + 1] in _REQUEST_NOUNS
        and words[k + 2] in ("that", "for")
        and "not" not in words[k + 3 :]
        for k in range(min(_REQUEST_OPENING, len(words) - 3))
    )


def content_stance(words: Sequence[str]) -> str:
    """Support, oppose or neutral for folded words someone said.

    Examples:
        >>> content_stance("the deal was a failure".split())
        'oppose'
        >>> content_stance("israel would not end the war".split())
        'oppose'
        >>> content_stance("all options are on the table".split())
        'neutral'
        >>> content_stance("a freeze of enrichment is out of the question".split())
        'oppose'
        >>> content_stance("he was ready to talk to opposition leaders who condemned the violence".split())
        'support'
        >>> content_stance("cuba armed those who sowed terror in my country".split())
        'oppose'
        >>> content_stance("there is not a better deal available".split())
        'support'
        >>> content_stance("the agreement offered hope , even if not everything was settled".split())
        'support'
        >>> content_stance("china's engagement is not a threat".split())
        'support'
        >>> content_stance("the memory must never fade".split())
        'support'
        >>> content_stance("we will bring the conflict to an end".split())
        'support'
        >>> content_stance("he deeply regretted the council's failure to act".split())
        'support'
        >>> content_stance("the council called it a travesty".split())
        'oppose'
        >>> content_stance("a halt to hostilities is a great deal better than war".split())
        'support'
        >>> content_stance("our cooperation is not directed against any third country".split())
        'support'
        >>> content_stance('turkey is " a neighbour , not a threat , " for europe'.split())
        'support'
        >>> content_stance("we came to work , not to quarrel".split())
        'support'
        >>> content_stance("the army must withdraw its tanks from the border".split())
        'support'
        >>> content_stance("we must withdraw from the treaty".split())
        'oppose'
        >>> content_stance("the junta must abandon its hostile course".split())
        'oppose'
        >>> content_stance("the plan would lead to new tragedies in the region".split())
        'oppose'
        >>> content_stance("the offer was being studied in ankara".split())
        'neutral'
        >>> content_stance("britain was not ruling anything out".split())
        'neutral'
        >>> content_stance("we had no intention of apologising".split())
        'oppose'
        >>> content_stance("i won ' t apologise for it".split())
        'oppose'
        >>> content_stance("there is no other road for kosovo than the road to brussels".split())
        'support'
    """
    negative = _lexicon()[0]
    if renews_request(words):
        return "support"  # "repeated his demand that Zeman withdraw the remark": what is asked for is wanted
    clause = _unwanted_before_but(main_clause(words))
    if _vindicated(clause):
        return "support"  # before "hard but": "hard on ordinary people but necessary" upholds the choice
    if _hedged(clause) or _hard_but(clause):
        return "neutral"
    clause = _before_reservation(clause)
    if regretted_absence(clause) or _requirement(clause) or _apology(clause):
        return "support"
    if _only_worsens(clause):
        return "oppose"
    negated = False
    withdrawal_negated = False
    excused: set[int] = set()
    negations = _lexicon()[1]
    size = len(clause)
    # Most clauses have no negation and no excusing word: one scan in C spares them each loop.
    if not (negations.isdisjoint(clause) and CONTRACTED.isdisjoint(clause)):
        for index, word in enumerate(clause):
            # is_negation, inlined: this loop runs over every word of every negated clause.
            if word in negations or (
                word in CONTRACTED and index + 2 < size and clause[index + 1] in ("'", "’") and clause[index + 2] == "t"
            ):
                following = clause[index + 1 : index + 4]
                if word == "without":
                    # "talks without preconditions", "a peninsula without nuclear weapons": the state wished for, not a
                    # refusal; "no peace without X" was read as a requirement above.
                    continue
                if any(w in _COMPARATIVES for w in following) or following[:1] in (
                    ["too"],
                    ["only"],
                    ["just"],
                    ["merely"],
                ):
                    continue  # "no better deal", "not too late", "not only", "did not just elect a president"
                if word == "never" and index > 0 and clause[index - 1] == "than":
                    continue  # "better late than never": a comparison, no refusal
                if _affirming_denial(clause, index):
                    continue  # "had no choice but to", "do not need anyone's permission", "will not rest until"
                if not _ENSURING.isdisjoint(clause[max(0, index - _ENSURED_REACH) : index]):
                    continue  # "make sure this agreement does not fail", "ensure it never happens again": prevention
                if (
                    word == "no"
                    and following[:1] == ["other"]
                    and "than" in clause[index + 2 : index + _OTHER_THAN_REACH]
                ):
                    continue  # "I see no other future for the Western Balkans than the European one": only that
                if word == "nothing" and following[:2] in (["less", "than"], ["short", "of"]):
                    continue  # "would settle for nothing less than the return of the Golan": a demand
                if word in ("no", "nobody") and _none_exempt(clause, index):
                    continue  # "no one was beyond the reach of justice", "nobody is above the law": the rule upheld
                if word == "no" and following[:2] == ["substitute", "for"]:
                    continue  # "the new ties were no substitute for progress": the progress is what is wanted
                if (
                    word == "no"
                    and following[:1] in (["effort"], ["efforts"])
                    and index > 0
                    and clause[index - 1] in _SPARING
                ):
                    continue  # "would spare no effort to carry out the resolution": all is given to it
                if word == "no" and following[:2] == ["question", "of"] and not _going_back(clause, index + 3):
                    negated = True  # "there can be no question of tutelage": ruled out
                    continue
                if word == "no" and following[:1] in (["question"], ["doubt"]):
                    continue  # "there is no question of going back on CPEC", "no doubt that": an affirmation
                ahead = clause[index + 1 : index + 6]
                if "more" in ahead and "than" in clause[index + 2 : index + 7]:
                    continue  # "no one wanted peace more than Ukraine"
                if _withdrawal_at(clause, index + 1, 3):
                    # "would not abandon the mission", "we will not walk away": staying is support.
                    negated = withdrawal_negated = True
                    continue
                if _denied_harm(clause, index):
                    # "the victims of the massacre should never be forgotten": what is remembered is no verdict either.
                    remembered = not _FORGETTING.isdisjoint(clause[index + 1 : index + 4])
                    excused.update(range(0 if remembered else index + 1, index + 4))
                    continue  # "is not a threat", "must never be forgotten": a denial that affirms
                if _contrasted(clause, index):
                    # "partners, not rivals", "not a retreat but a promise kept": the foil set aside is no verdict
                    excused.update(range(index + 1, index + 4))
                    continue
                if any(w in _CONCESSIONS for w in following):
                    continue  # "it is not perfect"
                if (
                    (_giving_up_at(clause, index + 1, 5) and not _futile_means(clause, index))
                    or _own_not_given_up(clause, index)
                    # "did not want a war but would not be intimidated": the first denial keeps the clause
                    or (not negated and _resolve_at(clause, index + 1))
                ):
                    withdrawal_negated = True
                negated = True
    if negated:
        # "Germany's opposition to joint debt had not changed": what is held to is an opposition.
        return "support" if withdrawal_negated and not declared_opposition(clause) else "oppose"
    if _announced_measure(clause):
        return "support"  # "it was severing relations", "would withdraw its monitors": the measure is backed
    ending = _ending(clause)
    if ending is not None:
        return ending
    if _withdrawal_at(clause, 0, len(clause)):
        # "would pull out of the agreement"; but "Israel should withdraw from the Golan" asks another to leave
        return "support" if _withdrawal_demanded(clause) else "oppose"
    if not _EXCUSING.isdisjoint(clause):
        for index, word in enumerate(clause):
            if word == "than" and index > 0 and clause[index - 1] in _PREFERENCES:
                excused.update(range(index + 1, index + 4))  # "better than war": the war is the foil, not the verdict
            if word == "against" and not _PROTECTING.isdisjoint(clause[max(0, index - 3) : index]):
                excused.update(range(index + 1, index + 4))  # "help them defend themselves against attacks"
            if (
                word in _REMEDIES
                or (word in _REMEDY_NOUNS and clause[index + 1 : index + 2] in (["of"], ["to"]))
                or (word == "free" and clause[index + 1 : index + 2] in (["of"], ["from"]))
            ):
                # "settle the conflict", "renounced terrorism", "a solution to the crisis", "a peaceful resolution of
                # the conflict", "a Gulf free of weapons of mass destruction": the harm is what is undone.
                excused.update(range(index + 1, index + 1 + _REMEDY_REACH))
            if word in _REMEDIED and index > 0 and clause[index - 1] in _COPULA_FORMS:
                # "the crisis would be resolved", "Turkey's security concerns had to be addressed": the same, passive.
                excused.update(range(max(0, index - _REMEDY_REACH - 1), index))
            elif word in _REMEDIED and not _WANTING.isdisjoint(clause[max(0, index - _REMEDY_REACH - 1) : index]):
                # "wanted the conflict settled through talks", "to see the dispute resolved": the harm undone.
                excused.update(range(max(0, index - _REMEDY_REACH - 1), index))
            if word in _FIGHTING and clause[index + 1 : index + 2] == ["against"]:
                excused.update(range(index, index + 2 + _REMEDY_REACH))  # "work together in the fight against terror"
            if word == "against" and not _JOINING.isdisjoint(clause[max(0, index - _JOINED_REACH) : index]):
                excused.update(range(index, index + 1 + _REMEDY_REACH))  # "to cooperate with Russia against terrorism"
            before = clause[index - 1] if index > 0 else ""
            if (word in _COMBATING and before in _BEFORE_ACTING) or (
                word in _COMBATING_GERUNDS and before in _BEFORE_GERUND
            ):
                # "needed helicopters to fight traffickers"; "must fight terrorism": with a harm after it, the
                # fighting word itself is no verdict either ("will fight the ruling" still opposes).
                fought = clause[index + 1 : index + 1 + _REMEDY_REACH]
                harmed = not (negative.isdisjoint(fought) and _SCOURGES.isdisjoint(fought))
                excused.update(range(index if harmed else index + 1, index + 1 + _REMEDY_REACH))
    if excused:
        return "oppose" if any(w in negative for i, w in enumerate(clause) if i not in excused) else "support"
    return (
        "support"
        if negative.isdisjoint(clause)
        and not _damning_phrase(clause)
        and not _against(clause)
        and not _avoided(clause)
        and not declared_opposition(clause)
        else "oppose"
    )


def _affirming_denial(words: Sequence[str], negation: int) -> bool:
    """A denial that states resolve: "had no choice but to", "do not need anyone's permission", "will not rest
    until"."""
    ahead = words[negation + 1 : negation + 5]
    if words[negation] == "no" and ahead[:1] in (["choice"], ["option"], ["alternative"]) and "but" in ahead[1:3]:
        return True
    if "permission" in ahead and ("anyone" in ahead or "anybody" in ahead):
        return True
    return ahead[:1] == ["rest"] and "until" in words[negation + 2 : negation + 4]


def _only_worsens(words: Sequence[str]) -> bool:
    """'sanctions would only complicate matters', 'will only push Syria towards war' (not 'would only make sense')."""
    if "only" not in words:
        return False
    return any(
        word == "only"
        and words[index - 1] in ("would", "will")
        and index + 1 < len(words)
        and words[index + 1] in _WORSENING
        and words[index + 2 : index + 3] != ["sense"]
        for index, word in enumerate(words)
        if index > 0
    )


def _unwanted_before_but(words: list[str]) -> list[str]:
    """ "did not want a war with China but would not be intimidated": the words up to "but", where what is not
    wanted is said (the rest is a second view)."""
    if "want" not in words or "but" not in words:
        return words
    unwanted = next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k] == "want" and any(is_negation(words, j) for j in range(max(0, k - 3), k))
        ),
        None,
    )
    if unwanted is None:
        return words
    cut = next((k for k in range(unwanted + 2, len(words)) if words[k] == "but"), None)
    return words[:cut] if cut is not None else words


def declared_opposition(words: Sequence[str]) -> bool:
    """Whether ``words`` state someone's opposition to a thing: "Brazil's opposition to", "their firm opposition to"
    (but not "the opposition to talks", the political opposition)."""
    if "opposition" not in words:
        return False
    return any(
        word == "opposition" and words[index + 1] == "to" and words[index - 1] in _OPPOSITION_OWNERS
        for index, word in enumerate(words[:-1])
        if index > 0
    )


def _avoided(words: Sequence[str]) -> bool:
    """ "the use of force should be avoided", "hasty steps must be avoided": what ought to be avoided is opposed
    (but "hopeful that war could be avoided" hopes for peace)."""
    if "avoided" not in words:
        return False  # most clauses: one scan in C, as _against does
    return any(
        word == "avoided" and index > 1 and words[index - 1] == "be" and words[index - 2] in _OUGHT
        for index, word in enumerate(words)
    )


def _against(words: Sequence[str]) -> bool:
    """ "I am against hunger strikes", "we are always against any attempt at unconstitutional action"."""
    if "against" not in words:
        return False
    at = words.index("against")
    before = [word for word in words[max(0, at - 3) : at] if word not in _ADVERBS_OF_ALWAYS]
    return bool(before) and before[-1] in _BEING


def _damning_phrase(words: Sequence[str]) -> bool:
    """A verdict of several words none of which damns alone: "falls short of", "had outlived its usefulness"."""
    if _DAMNING_HEADS.isdisjoint(words):
        return False  # most clauses: one scan in C
    return any(
        tuple(words[index : index + len(phrase)]) == phrase
        for index, word in enumerate(words)
        if word in _DAMNING_HEADS
        for phrase in _DAMNING_PHRASES
        if phrase[0] == word
    )


def _vindicated(words: Sequence[str]) -> bool:
    """ "It was a painful decision, but it was the right one": a cost conceded, then the choice upheld."""
    if "but" not in words:
        return False
    at = words.index("but")
    return not _VINDICATING.isdisjoint(words[at + 1 : at + 1 + _VINDICATION_REACH])


def _before_reservation(words: list[str]) -> list[str]:
    """ "Respected Colombia's right, but would not take part": the view comes first, the reservation after.

    Only a "but" after a clause of its own cuts ("not only ... but" and "nothing but" do not).
    """
    if "but" not in words:
        return words
    for index in range(_RESERVATION_AFTER, len(words)):
        if words[index] != "but" or words[index - 1] in ("not", "nothing", "anything", "all"):
            continue
        if "only" in words[max(0, index - 8) : index] or {"not", "no"} & set(words[max(0, index - 7) : index]):
            return words  # "not only ... but", "not a retreat but a promise kept": one contrast
        return words[:index] if words[index - 1] != "," else words[: index - 1]
    return words


def _requirement(words: Sequence[str]) -> bool:
    """ "No peace without a two-state solution", "Without the truth, there can be no reconciliation": what is
    required is backed; the two negations cancel."""
    if "without" not in words:
        return False
    at = words.index("without")
    if words[at + 1 : at + 2] == ["end"]:
        return False  # "a transition without end": endless, no requirement
    near = range(max(0, at - _REQUIREMENT_REACH), min(len(words), at + _REQUIREMENT_REACH))
    for index in near:
        if index == at or words[index] == "without" or not is_negation(words, index):
            continue
        between = words[min(index, at) : max(index, at)]
        if "that" not in between and ";" not in between:
            return True
    return False


_APOLOGY_NEGATION_REACH = 4


def _apology(words: Sequence[str]) -> bool:
    """ "to apologise and express my regret", "our deepest regret for the wounds": apologising is backing the
    apology (the guidelines), however dark the past it names."""
    if _APOLOGY_WORDS.isdisjoint(words):
        return False  # most clauses: one scan in C
    for index, word in enumerate(words):
        if word in _APOLOGISING:
            # the verb: "came to apologise", "apologised for the raid"; not "had no intention of apologising"
            return not any(is_negation(words, k) for k in range(max(0, index - _APOLOGY_NEGATION_REACH), index))
        if word in ("regret", "apology") and index > 0 and words[index - 1] in _APOLOGY_LEADS:
            return True
    return False


def regretted_absence(words: Sequence[str]) -> bool:
    """'regretted the council's failure to act', 'regretted that no levy was agreed': for what did not happen."""
    if _REGRETS.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word.startswith("regret") and any(w in _ABSENCES for w in words[index + 1 : index + 6]):
            return True
    return False


def _resolve_at(words: Sequence[str], start: int) -> bool:
    """Whether "be intimidated", "be driven out" follows a negation with no agent named after it.

    Examples:
        >>> _resolve_at("we will not be intimidated".split(), 3)
        True
        >>> _resolve_at("we will not be intimidated by this act".split(), 3)
        False
    """
    verb = _verb_index(words, start, _RESOLVE_REACH, _RESOLVE_PASSIVES, _RESOLVE_HEADS)
    return verb is not None and "by" not in words[verb + 1 : verb + 3]


def _own_not_given_up(words: Sequence[str], negation: int) -> bool:
    """ "I have not given up on the charter": the speaker holds to it. "Iran had not given up its ambition",
    said of another, is a charge against what was not given up.

    Examples:
        >>> _own_not_given_up("i have not given up on it".split(), 2)
        True
        >>> _own_not_given_up("iran had not given up its ambition".split(), 2)
        False
    """
    return words[negation + 1 : negation + 3] == ["given", "up"] and not _FIRST_PERSON.isdisjoint(
        words[max(0, negation - _OWN_SUBJECT_REACH) : negation]
    )


def _none_exempt(words: Sequence[str], negation: int) -> bool:
    """ "no one was beyond the reach of justice", "nobody is above the law": a rule that spares no one.

    Examples:
        >>> _none_exempt("no one is above the law".split(), 0), _none_exempt("no one came".split(), 0)
        (True, False)
    """
    if words[negation] == "no":
        if negation + 1 >= len(words) or words[negation + 1] != "one":
            return False
        verb = negation + 2
    else:
        verb = negation + 1  # "nobody"
    return verb < len(words) and words[verb] in _EXEMPT_VERBS and not _EXEMPT.isdisjoint(words[verb + 1 : verb + 3])


def _denied_harm(words: Sequence[str], negation: int) -> bool:
    """'is not a threat', 'was no failure', 'must never fade', 'will never be forgotten'."""
    ahead = words[negation + 1 : negation + 4]
    if any(word in _FORGETTING for word in ahead):
        return True
    if words[negation] in ("not", "never") and any(word in _OPPOSING_WORDS for word in ahead):
        return True  # "is not directed against any third country", "would not harm"
    if (
        words[negation] == "no"
        and ahead[:1] == ["more"]
        and ahead[1:2]
        and ahead[1] in _WAR_WORDS
        and ahead[2:] != ["games"]
    ):
        return True  # "there will be no more fighting": an end of the war, wished for
    if (
        words[negation] in ("not", "never")
        and ahead[:1]
        and ahead[0] in _WANING
        and (len(ahead) == 1 or ahead[1] in _AFTER_WANING)
    ):
        return True  # "our commitment will not end in 2014", "our resolve will never waver": lasting, upheld
    if words[negation] == "never" and ahead[:1] == ["repeat"]:
        return True  # "we must never repeat the horrors of war": a harm disowned
    if words[negation] in ("not", "never") and ahead[:1] in (["aimed"], ["targeted"], ["directed"]):
        return True  # "the trip was not aimed at Japan"
    if ahead[:1] in (["turn"], ["turned"]) and "back" in words[negation + 2 : negation + 5]:
        return True  # "the world must not turn its back on ordinary Palestinians"
    if words[negation] in ("not", "never") and ahead[:2] in (["be", "interfered"], ["been", "interfered"]):
        return True  # "must not be interfered with": what is protected; "would never interfere" opposes meddling
    if words[negation] == "no" and ahead[:1] and ahead[0] in _lexicon()[0]:
        return True  # "posed no threat to anyone", "saw no danger": a harm denied
    disowned = words[negation + 3 : negation + 5]
    if (
        words[negation] == "no"
        and ahead[:1]
        and ahead[0] in _INTENTS
        and ahead[1:2] == ["to"]
        and any(word in _lexicon()[0] or word in _OPPOSING_WORDS for word in disowned)
    ):
        return True  # "we have no wish to quarrel with our neighbour": a harm disowned
    # "should not stand in the way of good relations", "would no longer stand in the way of those negotiations".
    barred = negation + 2 if words[negation + 1 : negation + 2] == ["longer"] else negation + 1
    if words[barred : barred + 4] in (["stand", "in", "the", "way"], ["get", "in", "the", "way"]):
        return True
    if any(word in _DOUBLY_DENIED for word in ahead):
        return True  # "such a mission cannot be unarmed"
    copula = negation > 0 and words[negation - 1] in _COPULA_FORMS
    if copula and ahead[:2] == ["the", "end"]:
        return True  # "this is not the end of the road": holding on
    return copula and len(ahead) >= 2 and ahead[0] in ("a", "an") and ahead[1] in _lexicon()[0]


def _hard_but(words: Sequence[str]) -> bool:
    """'Very hard to implement but interesting': a difficulty weighed against a merit is neutral."""
    if "but" not in words or _DIFFICULT.isdisjoint(words):
        return False
    return any(word in _DIFFICULT and "but" in words[index + 1 : index + 5] for index, word in enumerate(words))


def _verb_at(
    words: Sequence[str], start: int, span: int, verbs: frozenset[str], heads: Mapping[str, frozenset[str]]
) -> bool:
    """Whether one of ``verbs``, or a head with its particle ("pull out"), starts within ``span`` words."""
    return _verb_index(words, start, span, verbs, heads) is not None


def _verb_index(
    words: Sequence[str], start: int, span: int, verbs: frozenset[str], heads: Mapping[str, frozenset[str]]
) -> int | None:
    """Where one of ``verbs``, or a head with its particle ("pull out"), starts within ``span`` words.

    An infinitive of another verb ends the search: in "would never tolerate attempts to change" the negated
    verb is "tolerate", not "change"; "would not have to change" goes on.
    """
    window = words[start : start + span]
    if verbs.isdisjoint(window) and heads.keys().isdisjoint(window):
        return None  # most windows: no such verb, found by one scan in C
    for index in range(start, min(len(words), start + span)):
        word = words[index]
        if word == "to" and index > start and words[index - 1] not in _TO_CARRIERS:
            return None
        if word in verbs:
            return index
        if word in heads and index + 1 < len(words) and words[index + 1] in heads[word]:
            return index
    return None


def _going_back(words: Sequence[str], start: int) -> bool:
    """Whether a retreat starts at ``start``: "going back on", "calling off", "abandoning", "giving up"."""
    return (
        not {"back", "off"}.isdisjoint(words[start : start + 2])
        or _withdrawal_at(words, start, 2)
        or _giving_up_at(words, start, 2)
    )


def _withdrawal_at(words: Sequence[str], start: int, span: int) -> bool:
    """Whether a verb of leaving ("pull out", "walk away", "quit") starts within ``span`` words."""
    return _verb_at(words, start, span, _WITHDRAWAL_WORDS, _WITHDRAWAL_HEADS)


def _withdrawal_demanded(words: Sequence[str]) -> bool:
    """ "Israel should withdraw from the Golan", "Russia would first have to withdraw its troops": another party
    is asked to leave (not "we must quit the treaty", a step of the speaker's own)."""
    leaving = next((k for k in range(len(words)) if _withdrawal_at(words, k, 1)), None)
    if leaving is None or words[leaving] not in _MOVING_OUT or not _FIRST_PERSON.isdisjoint(words[:leaving]):
        return False  # "Haftar had to abandon his hostile attitude": what is abandoned is opposed
    return any(obliged_at(words, at) for at in range(max(0, leaving - _DEMAND_REACH), leaving))


def obliged_at(words: Sequence[str], at: int) -> bool:
    """Whether an obligation stands at ``words[at]``: "must", "should", "has to", "needs to", "ought to".

    Examples:
        >>> obliged_at("israel must leave".split(), 1), obliged_at("we ought to go".split(), 1)
        (True, True)
        >>> obliged_at("they have two".split(), 1)
        False
    """
    if at >= len(words):
        return False
    return words[at] in _OBLIGATIONS or (
        words[at] in _OBLIGING_BEFORE_TO and at + 1 < len(words) and words[at + 1] == "to"
    )


# "not X , it is Y": the claim restated in the affirmative after a comma or a semicolon.
_RESTATING = frozenset((subject, verb) for subject in ("it", "this", "that") for verb in ("is", "was"))
_RESTATED_REACH = 8


def _contrasted(words: Sequence[str], negation: int) -> bool:
    """ "Partners, not rivals", "verification, not trust", "not a retreat but a promise kept"."""
    if words[negation] == "no" and "but" in words[negation + 2 : negation + 4]:
        return True  # "we have no choice but to understand each other"
    if words[negation] == "no" and words[negation + 1 : negation + 2] == ["longer"]:
        return "but" in words[negation + 3 : negation + 6]  # "is no longer a choice but a duty"
    if words[negation] != "not":
        return False
    if negation >= 2 and words[negation - 1] in (",", "and") and words[negation - 2] not in _FINITE_BEFORE_NOT:
        return True
    if any(
        words[k] in (",", ";") and tuple(words[k + 1 : k + 3]) in _RESTATING
        for k in range(negation + 2, min(len(words) - 2, negation + _RESTATED_REACH))
    ):
        return True  # "this is not a matter of generosity , it is a matter of justice"
    return "but" in words[negation + 2 : negation + 8] and "only" not in words[negation + 1 : negation + 3]


def _futile_means(words: Sequence[str], negation: int) -> bool:
    """ "Travel bans will not stop this disease", "words alone will not stop the ayatollahs": a means said to
    fail, not a speaker holding firm ("we will not stop", "Iran would not stop enriching uranium")."""
    if words[:1] and words[0] in _PERSONAL_SUBJECTS:
        return False
    stop = next((k for k in range(negation + 1, min(len(words), negation + 3)) if words[k] == "stop"), None)
    if stop is None or stop + 1 >= len(words):
        return False
    following = words[stop + 1]
    if not following.isalpha() or following in _STOP_HOLDING:
        return False
    # "will not stop migrants heading for Europe", "does not stop us having ties": a prevention refused.
    return not any(word.endswith("ing") or word == "from" for word in words[stop + 1 : stop + 4])


def _giving_up_at(words: Sequence[str], start: int, span: int) -> bool:
    """Whether a verb of giving up ("leave", "back down", "stay away", "wait") starts within ``span`` words.

    "Would not change the outcome" is futility, not holding firm.
    """
    if not _verb_at(words, start, span, _GIVING_UP, _GIVING_UP_HEADS):
        return False
    return not any(
        word in ("change", "changed") and not _FUTILE_OBJECTS.isdisjoint(words[index + 1 : index + 3])
        for index, word in enumerate(words[start : start + span], start)
    )


def _announced_measure(words: Sequence[str]) -> bool:
    """ "was withdrawing its monitors", "would sever relations": a measure the speaker announces taking."""
    if _MEASURES.isdisjoint(words[:_MEASURE_REACH]):
        return False
    for index in range(min(len(words) - 1, _MEASURE_REACH)):
        if words[index] in _MEASURE_AUXILIARIES and words[index + 1] in _MEASURES:
            # "would pull out of the treaty" rejects the treaty; "is recalling its envoy" takes a measure.
            return _TREATIES.isdisjoint(words[index + 2 : index + 2 + _TREATY_REACH])
    return False


def _ending(words: Sequence[str]) -> str | None:
    """'The war must end' supports ending the war; 'the embargo is going to end' opposes the embargo."""
    if _ENDING_VERBS.isdisjoint(words):
        return None  # most clauses: one scan in C instead of a loop in Python
    for index, word in enumerate(words):
        if word not in _ENDING_VERBS or index == 0:
            continue
        after = words[index + 1] if index + 1 < len(words) else "."
        before = words[index - 1]
        if any(w in _WAR_WORDS for w in words[index + 1 : index + 4]) and before in _END_LEADS:
            return "support"  # "an opportunity to end the conflict for good"
        intransitive = after in _END_FOLLOWERS and before in _END_LEADS
        come_to_end = (
            before == "an"
            and index >= 3
            and (words[index - 3] in ("come", "came", "coming") or words[index - 2] == "to")
        )
        if not (intransitive or come_to_end):
            continue
        return "support" if any(w in _WAR_WORDS for w in words[:index]) else "oppose"
    return None
