"""Plans: proposals with several named parts and their proposer.

Shapes recognised: an inline list after "includes", "including", "calls for"
or a colon ("a four-point plan, which includes A, B and C"); a list of
bulleted or numbered lines after a sentence that ends with a colon; "Phase
one: ..." lines; an ordinal run ("First, ...; second, ...") after a sentence
naming the plan; and "The first phase would ... The second phase ..."
sentences; "an offer under which A would ..., B would ..."; a plan named in one
sentence whose parts follow as modal sentences ("Troops would leave, and
militias would disarm."); and, with no plan noun, three or more sentences of
"X should/shall/must ..." (the speaker's proposal; a shared pronoun subject
goes from the items). Item splitting lives in `diplotrack.parse.lists`.

The proposer is the agent ("drawn up by X"), a possessor or demonym before
the plan noun ("X's plan", "the Chinese paper"), the signers of a joint text,
or the subject of the sentence — not the recipient ("presented Y with a
plan") nor a subject that reacts to it ("Y rejected the offer"); when the
plan noun is itself the subject ("The paper lists:"), the
proposer of the plan the article last named; for an unsigned text with no
proposer at all, the organisation the article named last.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import attrs

from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.clauses import coordinated_run
from diplotrack.parse.dateline import dateline_length
from diplotrack.parse.lexicon import NUMBER_WORDS, gazetteer, leaders, seated_in, title_words
from diplotrack.parse.lists import (
    ACTION_VERBS,
    BULLET,
    MODAL_VERBS,
    SAID_ASIDE,
    FoundItem,
    clean,
    ordinal_items,
    repeated_for_items,
    split_items,
    verb_phrase_items,
)
from diplotrack.parse.mentions import Mention, is_object, object_marker, objects_joined_by_and
from diplotrack.parse.phrases import fold
from diplotrack.parse.position_words import ARTICLES
from diplotrack.parse.stance import obliged_at
from diplotrack.parse.text import Sentence, Token
from diplotrack.parse.topics import FINITE_VERBS, PREPOSITIONS

# Adjectives that stand for a body before a plan noun as a demonym does for a country: "the European package".
_BODY_ADJECTIVES = {"european": "eu"}
_PLAN_NOUN = (
    r"(?:plan|formula|proposal|proposals|initiative|roadmap|road map|framework|document|documents|paper|blueprint"
    r"|memorandum|communique|communiqué|amendments|recommendations|understanding"
    r"|measures"
    r"|draft(?![ \t]+(?:resolution|law|bill|text|constitution|budget|treaty))"
    r"|agenda|programme|program|strategy|demands|conditions|terms|points|steps|principles|route|path|vision|commitments"
    r"|offer|package|consensus|declaration|provisions|timetable)"
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# A counted text lists its parts even when it is an agreement: "a four-point agreement", "a 12-point accord".
_NAMED = re.compile(
    rf"\b{_NUMBER}-(?:point|step|part|stage|phase)(?:[ \t]+[\"“]?[\w-]+[\"”]?){{0,3}}?[ \t]+[\"“]?"
    rf"(?:{_PLAN_NOUN}|agreement|accord|arrangement)\b[\"”]?",
    re.IGNORECASE,
)
_ANY_PLAN = re.compile(rf"\b(?:peace[ \t]+)?{_PLAN_NOUN}\b", re.IGNORECASE)
_INTRO = re.compile(
    r"\b(?:asks?[ \t]+[\w'’]+(?:[ \t]+[\w'’]+)?[ \t]+for|asked[ \t]+[\w'’]+(?:[ \t]+[\w'’]+)?[ \t]+for"
    r"|which[ \t]+(?:includes|included|include|calls[ \t]+for|comprises)"
    r"|that[ \t]+(?:includes|included|include|calls[ \t]+for)"
    r"|including|includes|consisting[ \t]+of|comprising|calling[ \t]+for|calls[ \t]+for|under[ \t]+which|whereby"
    # "the European package is made up of A, B and C".
    r"|(?:is|was|are|were)[ \t]+(?:made[ \t]+up|composed)[ \t]+of"
    r"|call[ \t]+on[ \t]+(?:[\w'’-]+[ \t]+){1,4}?(?=to[ \t])"
    r"|(?:begin|start|open)s?[ \t]+with"
    r"|(?:demands|requires)[ \t]+that|envisages|envisions|(?:provides|provided|would[ \t]+provide)[ \t]+for|foresees"
    # "the plan he first sketched at the Sorbonne, built around A, B and C".
    r"|(?<=,[ \t])(?:built|centred|centered|based)[ \t]+(?:around|on)"
    r"|(?:which|that)[ \t]+commits[ \t]+(?:both|the[ \t]+two|all)[ \t]+[\w-]+[ \t]+to"
    # "a plan to knit the continent together through A, B and C": the means are its parts.
    r"|(?:plan|proposal|strategy|initiative)[ \t]+to[ \t]+[^,;:.\n]{1,60}?[ \t]through(?=[ \t][^.;]*,)"
    r"|(?:which|that)?[ \t]*(?:covers|covered)(?![ \t]+by\b)"  # "the weapons covered by": a participle
    # "set up five working commissions, dealing with A, B and C": what the parts deal with.
    r"|(?<=,[ \t])dealing[ \t]+with"
    r"|(?:would|will|should)[ \t]+include|(?:are|were)[ \t]+that|(?:are|were)[ \t]+(?=to[ \t])"
    # "his Zero Hunger programme, which he said would A, B and C": what the plan would do (see `_acts_or_objects`).
    r"|(?<=,[ \t])which[ \t]+(?:(?:he|she|they)[ \t]+said[ \t]+)?(?:would|will)"
    r"(?=[ \t]+(?!be\b|not\b|have\b)[a-z]+[ \t])"
    # "Ukraine's proposals, set out by its negotiator, include A, B and C": plural parts after an aside.
    r"|(?<=,[ \t])include(?=[ \t])"
    # "Under the nine-point document, the three leaders agreed to a ceasefire, the return of A and B".
    r"|(?:agreed|committed|commit)(?:[ \t]+themselves)?[ \t]+to(?=[ \t]+(?:a|an|the)[ \t][^.;]*,[^.;]*,)"
    # "Under the declaration the two countries commit themselves to A, B and C": parts without articles.
    r"|commit[ \t]+themselves[ \t]+to(?=[ \t][^.;]*,[^.;]*,)"
    # "the four leaders committed themselves to (1) A, (2) B and (3) C": an enumerated run.
    r"|(?:pledged|committed|agreed|undertook)(?:[ \t]+themselves)?[ \t]+to(?=[ \t]+\(1\))"
    # "In the joint statement, the two presidents pledged to A, to B and to C".
    r"|(?:pledged|pledge|agreed|agree|committed|undertook|promised|vowed)"
    r"[ \t]+(?=to[ \t][^,;]+,[ \t]*(?:and[ \t]+)?to[ \t]))\b"
    r"|:(?!\d)",
    re.IGNORECASE,
)
# "Under the proposal, put forward by Qatar, Israel would ...": the clauses after the opening are the parts.
# An agreed text whose clauses are its parts: "Under the protocol, agreed by the two presidents, X will ...;".
_UNDER_OPENING = (
    r"\A(?:under|in)[ \t]+(?:the|this|that|its|his|her|their|an?|[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:plan|proposal|offer|initiative|roadmap|road[ \t]+map|framework|blueprint|formula|timetable"
    r"|protocol|agreement|accord|pact)\b"
)
_UNDER = re.compile(rf"{_UNDER_OPENING}(?:[ \t]*,[^,]{{1,100}},|[^,]{{0,80}},)[ \t]*", re.IGNORECASE)
# "He set out a package of steps. Under it, the AU will ...": the plan named in the sentence before.
_UNDER_PRONOUN = re.compile(r"\AUnder[ \t]+(?:it|this|them)[ \t]*,[ \t]*")
# The opening alone, without an aside: "Under the timetable Macron set out, ".
_UNDER_HEAD = re.compile(rf"{_UNDER_OPENING}[^,]{{0,80}},[ \t]*", re.IGNORECASE)
_MODAL_WORD = re.compile(rf"\b{MODAL_VERBS}\b", re.IGNORECASE)
# "he proposed A, B and C": a proposing verb whose object is a list (no plan noun needed).
_PROPOSED_LIST = re.compile(
    r"\b(?:proposed|put[ \t]+forward|laid[ \t]+out|set[ \t]+out)[ \t]+(?=\S)",
    re.IGNORECASE,
)
_MAX_LIST_ITEM_WORDS = 14
# "set out in March:": a colon a few words after the proposing verb, before any list separator.
_COLON_SOON = re.compile(r"[^,;:.\n]{0,60}?:[ \t]*(?!\d)")
# "told Reuters in Riyadh that", "said on Monday that": a reporting verb opening a clause of measures.
_REPORTED_THAT = re.compile(r"\b(?:said|told[ \t]+[^,;.]{1,40}?|announced|added)[ \t]+that[ \t]+", re.IGNORECASE)
_REPORTED_MUST = re.compile(
    r"\b(?:said|told[ \t]+[^,;.]{1,40}?|added)[ \t]+(?=(?:[\w'’.-]+[ \t]+){1,5}?(?:should|must)[ \t])", re.IGNORECASE
)
_MIN_MEASURES = 3
# "The reconstruction package", "The new aid plan": a plan opening its sentence, with one or two words before it.
_OPENING_PLAN = re.compile(r"\AThe[ \t]+(?:[a-z][\w-]*[ \t]+){1,2}[a-z]+\Z")
# "a solution that includes", "an arrangement which would include": the object of a proposing verb and its parts.
_PROPOSED_INCLUDING = re.compile(
    r"(?:a|an|the|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:that|which)[ \t]+"
    r"(?:includes|included|include|would[ \t]+include|covers|would[ \t]+cover)[ \t]+"
)
# "Ukraine's most urgent needs were A, B and C": one side's asks, listed after a copula.
_NEEDS_WERE = re.compile(
    r"\b(?:needs|priorities|demands|conditions|requests|requirements)[ \t]+(?:were|are)[ \t]+(?!that\b|not\b)",
    re.IGNORECASE,
)
_NEED_NOUNS = frozenset({"needs", "priorities", "demands", "conditions", "requests", "requirements"})
# Words between the owner and the noun: "Ukraine's most urgent needs".
_NEED_MODIFIERS = 3
# "In it they committed to A, B and C": commitments listed after a joint text.
_COMMITTED_TO = re.compile(
    r"\b(?:committed|commit|pledged|pledge)[ \t]+(?:themselves[ \t]+)?to[ \t]+(?!\w+ing\b)", re.IGNORECASE
)
_COMMITTING = frozenset({"committed", "commit", "pledged", "pledge"})
# "set out what Mexico expected from whoever wins: A; B; and C": demands listed after what one side expects.
# Verbs of setting a list out: "set out", "laid out", "spelled out", "outlined".
_SETTING_OUT = r"(?:(?:set|sets|laid|lays|spelled|spells)[ \t]+out|outlined|outlines)"
# "set out what he said the Church owed the victims: A, B and C": a verb of setting out names the list itself.
_EXPECTATION = re.compile(
    r"\b(?:what[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:expected|expects|wanted|wants|demanded|demands|needed|needs|required|requires|sought|seeks|asked|asks)\b"
    rf"|(?:{_SETTING_OUT}|listed|lists)[ \t]+what\b)"
    r"(?:[^:;.\n]|\.(?=\S)|(?<=\.[A-Z])\.){0,120}:[ \t]*(?!\d)",  # "U.S." is no sentence end
    re.IGNORECASE,
)
# "that A, that B, and that C": three or more "that" clauses, each opening its part.
_THAT_CLAUSES = re.compile(r"that[ \t][^;]+?(?:,[ \t]*(?:and[ \t]+)?that[ \t][^;]+?){2,}", re.IGNORECASE)
_PROPOSED_LIST_WORDS = frozenset({"proposed", "put", "laid", "set"})
# "called for A; B; and C": a verb of demanding before a list set apart by semicolons.
_CALLED_FOR = re.compile(r"\b(?:called|calls|call|calling)[ \t]+for[ \t]+", re.IGNORECASE)
_DEMANDED_LIST = re.compile(r"\b(?:called[ \t]+for|calls[ \t]+for|demanded|demands)[ \t]+(?=[^;]+;)", re.IGNORECASE)
# "offered Serbia three things: ...": a counted list after a colon names a proposal's parts.
_COUNTED = re.compile(
    rf"\b(?:{_NUMBER}(?:-(?:point|part|step))?[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:things|measures|ideas|elements"
    r"|priorities|requests|request|goals|options|tracks|tests|commitments|pledges|recommendations|guarantees"
    r"|objectives|areas|pillars|demands|conditions|steps|points|principles|proposals|fronts|tasks|actions"
    r"|instructions|directives|suggestions|reforms|initiatives|amendments|assurances|undertakings|benchmarks"
    r"|targets|parts|components|planks|strands)"
    # "a three-part bargain from the rich world:": a count of parts makes any noun the name of a list.
    rf"|{_NUMBER}-(?:point|part|step|pronged)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?[a-z]+)\b"
    # "three areas where allies could do more:", "three requests from his government:"
    r"(?:[ \t]+(?:where|in|from|for|on|that|which|to)\b[^:.;\n]{0,80}?|(?:[ \t]+[a-z-]+){1,3})?"
    # "follow three tracks — A, B and C": a dash may stand for the colon.
    r"(?:[ \t]*:(?!\d)|[ \t]+[—–][ \t])"
    # "a short list of requests:": a list named as one, without a count.
    r"|\blist[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:requests|demands|proposals|conditions|priorities|ideas|goals)\b"
    r"(?:[ \t]+(?:for|from|to|on)\b[^:.;\n]{0,60}?)?[ \t]*:(?!\d)"
    # "his \"four Rs\" for South Asia:", "the 'three Ds':": a count of initials named in quotes.
    rf"|[\"“'‘]{_NUMBER}[ \t]+[A-Z]{{1,2}}['’]?s[\"”'’](?:[ \t]+(?:for|on|in|of)\b[^:.;\n]{{0,60}}?)?[ \t]*:(?!\d)",
    re.IGNORECASE,
)
# Any counted plural before a colon, in a sentence that proposes: "what he called "three major networks":".
_COUNTED_PROPOSED = re.compile(
    rf"\b{_NUMBER}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?[a-z]+s\b[\"”'’]?[ \t]*:(?!\d)", re.IGNORECASE
)
_COUNT_TO_COLON_REACH = 80
# Any count of a plural before a colon, the colon a few words on: "three ways out of the crisis:".
_COUNT_TO_COLON = re.compile(
    rf"\b(?P<number>{_NUMBER})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?[a-z]+s\b[^:.;\n\"“”]{{0,50}}:[ \t]*(?!\d)",
    re.IGNORECASE,
)
# "five concrete projects", "the government's four priorities": a count naming parts listed next.
_COUNTED_ONLY = re.compile(
    rf"\b(?:{_NUMBER}|its|his|her|their|the[ \t]+[\w-]+['’]s)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
    r"(?:projects|priorities|measures|steps|points|proposals|demands"
    r"|conditions|commitments|goals|areas|pillars|principles|elements|ideas|requests|reforms)\b",
    re.IGNORECASE,
)
_COUNT_NOUNS = frozenset(
    {"projects", "priorities", "measures", "steps", "points", "proposals", "demands", "conditions", "commitments"}
    | {"goals", "areas", "pillars", "principles", "elements", "ideas", "requests", "reforms"}
)
# "Phase one: ...", "Step 2, within a month: ...": a staged plan, one item per line.
_PHASE = re.compile(
    rf"\A(?:phase|stage|step|part|point)[ \t]+(?:{_NUMBER}|[ivx]{{1,4}}|first|second|third|fourth|fifth|final|last)\b"
    r"[^:\n]{0,60}:[ \t]*",
    re.IGNORECASE,
)
# "The first phase would see ...", "In the second stage, ...": one sentence per stage.
_STAGE_SENTENCE = re.compile(
    r"\A(?:in[ \t]+|during[ \t]+)?the[ \t]+(?:first|second|third|fourth|fifth|final|last|next)[ \t]+"
    r"(?:phase|stage|step)\b[^,\n]{0,6}?"
    # "The first stage, Lee said, would be": an aside, but not the stage's own clause ("In the first stage, the
    # commission would be given more powers over trade, defence and ...").
    r"(?:,(?![^,\n]{0,60}\b(?:would|will|should|must|could|can)\b)[^,\n]{0,60},)?[ \t]*"
    r"(?:(?:would|will|should|is[ \t]+to|is[ \t]+meant[ \t]+to|is|was)[ \t]+)?"
    r"(?:(?:see|involve|include|bring|cover|consist[ \t]+of|focus[ \t]+on|be)[ \t]+)?",
    re.IGNORECASE,
)
# "The second would be ...", "In the third, ...": a later stage of a run, its noun left out.
_LATER_STAGE = re.compile(
    r"\A(?:(?:in|during)[ \t]+the[ \t]+(?:second|third|fourth|fifth|final|last|next)[ \t]*,[ \t]*"
    # "Only in the last stage would a union government be formed": the stage fronted, the verb before its subject.
    r"|(?:only[ \t]+)?in[ \t]+the[ \t]+(?:second|third|fourth|fifth|final|last|next)[ \t]+(?:phase|stage|step)[ \t]+"
    r"(?:would|will)[ \t]+"
    r"|the[ \t]+(?:second|third|fourth|fifth|final|last|next)[ \t]+(?:would|will)[ \t]+"
    r"(?:see|involve|include|bring|cover|consist[ \t]+of|focus[ \t]+on|be)[ \t]+"
    # "The first stage is a settlement. The second is the deployment of the force."
    r"|the[ \t]+(?:second|third|fourth|fifth|final|last|next)[ \t]+(?:is|was)[ \t]+(?!\w+ed\b))",
    re.IGNORECASE,
)
# "It would be followed by ...": the next stage of a run of stages.
_FOLLOWED_BY = re.compile(
    r"\A(?:It|This|That|That[ \t]+stage|This[ \t]+stage)[ \t]+(?:would|will)[ \t]+(?:then[ \t]+)?be[ \t]+"
    r"followed[ \t]+by[ \t]+",
    re.IGNORECASE,
)
# "In the first phase, A. Then, as conditions allow, B.": after a stage, a sentence opening on "then" is the next.
_THEN_STAGE = re.compile(
    r"\A(?:then|next|after[ \t]+that)[ \t]*,[ \t]*(?:(?:if|as|once|when)[ \t][^,\n]{1,50},[ \t]*)?", re.IGNORECASE
)
# "The first is to ...", "The second would be ...", "Second, ...": a part of a count named just before, one
# sentence each.
_ORDINAL_SENTENCE = re.compile(
    r"\AThe[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)[ \t]+"
    # "The first principle, he said, is to", "The fifth calls for": a noun and an aside may come first.
    r"(?:(?P<noun>[a-z]+)[ \t]*)?(?:,[^,\n]{1,40},[ \t]*)?"
    r"(?:is|was|would[ \t]+be|will[ \t]+be|calls[ \t]+for)[ \t]+(?=\S)"
    # "First, he said, there had to be A. ... And third, there had to be C": the aside and the frame go too.
    r"|\A(?:and[ \t]+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?|finally|lastly),"
    r"[ \t]+(?:(?:he|she)[ \t]+(?:said|added),[ \t]+)?"
    r"(?:there[ \t]+(?:had[ \t]+to|has[ \t]+to|must|should|would[ \t]+have[ \t]+to)[ \t]+be[ \t]+)?(?=\S)",
    re.IGNORECASE,
)
_ORDINAL_RANKS = {
    word: rank
    for rank, word in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=1
    )
}
_LAST_RANK = 99
# How many sentences back the count of parts told one per sentence may stand.
_COUNT_REACH = 3
_UNCOUNTED_RUN = 3
# "The others, he said, were A, B and C": the parts after the first, told together.
_THE_OTHERS = re.compile(
    r"\AThe[ \t]+(?:others|rest|other[ \t]+(?:two|three|four|five|six))"
    + SAID_ASIDE
    + r"[ \t]+(?:are|were|would[ \t]+be|will[ \t]+be)[ \t]+",
    re.IGNORECASE,
)
# "First, all ballots will be audited.": the opening of a run of parts told one per sentence.
_FIRST_SENTENCE = re.compile(r"\A(?:(?:in|during)[ \t]+)?(?:the[ \t]+first[ \t]|first(?:ly)?,[ \t])", re.IGNORECASE)
# "It rests on four strategic lines.": a count of parts that closes its sentence, the parts told after it.
_COUNT_CLOSING = re.compile(rf"\b{_NUMBER}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?[a-z]+s[ \t]*[.:]?\Z", re.IGNORECASE)
# "drawn up by the Quartet", "put forward by Saudi Arabia's Crown Prince": the proposer follows "by".
_AGENT = re.compile(
    r"\b(?:put[ \t]+forward|drawn[ \t]+up|drafted|proposed|presented|unveiled|tabled|brokered|written|outlined"
    r"|laid[ \t]+out|set[ \t]+out|published|issued|released|announced|introduced|devised|submitted|floated"
    r"|sponsored|authored|prepared)[ \t]+by\b",
    re.IGNORECASE,
)
# Agents who only carry a plan to its audience ("presented by the foreign minister").
_RELAYED = re.compile(
    r"\b(?:presented|submitted|tabled|delivered|relayed|conveyed|read[ \t]+out|read|handed[ \t]+over"
    r"|(?:handed|delivered|brought|carried|sent)[ \t]+to[^,;.]{1,40}?)[ \t]+by\b",
    re.IGNORECASE,
)
# A meeting's own text as subject: "The summit's conclusions attach ...", "The council's final communique sets".
_MEETING_TEXT = re.compile(
    r"\s*(?:the|under\s+the|in\s+the)\s+(?:summit|meeting|council|conference|ministers)(?:'s|’s|')?\s+"
    r"(?:final\s+|closing\s+|joint\s+)?(?:conclusions|declaration|communiqu[eé]|statement|resolution|text)\b",
    re.IGNORECASE,
)
_JOINT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué"})
_JOINT = re.compile(
    rf"\b(?:joint|trilateral|bilateral|tripartite)[ \t]+(?:{'|'.join(sorted(_JOINT_NOUNS))})\b", re.IGNORECASE
)
# "At the end, the leaders signed what they called the Meseberg Declaration, which commits Germany and France to:".
_LEADERS_SIGNED = re.compile(
    r"\b(?:the|both)[ \t]+(?:(?:two|three|four)[ \t]+)?(?:leaders|presidents)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:signed|adopted|issued|endorsed|initialled)\b",
    re.IGNORECASE,
)
# Nouns of a written text whose owner proposes the list it introduces: "Natalegawa's text commits the group to:".
_DOCUMENT_NOUNS = frozenset(
    {"text", "draft", "paper", "document", "list", "letter", "memo", "note", "statement", "declaration"}
    | {"proposal", "plan", "blueprint", "roadmap", "initiative", "programme", "program", "formula", "offer"}
)
# Capitalised words that make a country's name the name of a programme: "Plan Colombia", "Peace Colombia".
_NAMING_WORDS = frozenset({"Plan", "Peace", "Operation", "Project", "Team", "Pact", "Vision", "Agenda", "Initiative"})
# "the protocol, agreed by the two presidents": the agents of a text, named as a pair.
_AGREED_BY = re.compile(r"\b(?:agreed|signed|adopted|endorsed|approved|initialled)[ \t]+by[ \t]+\Z", re.IGNORECASE)
_PAIR_AGENT_REACH = 40
# "the two governments", "both sides": the pair the article named last.
_PAIR = re.compile(
    r"\b(?:the[ \t]+(?P<count>two|three|four|five|six|seven|eight)|both)[ \t]+"
    r"(?:governments|countries|nations|states|sides|capitals"
    r"|(?P<people>leaders|presidents|men|ministers))\b",
    re.IGNORECASE,
)
# Text ending on "by", just before the one it names: "a joint statement by| the two governments".
_BY_END = re.compile(r"\bby\s+$")
# A sentence opening on a description of someone already named: "The former general, who ...", "The 64-year-old".
_EPITHET = re.compile(
    r"\AThe[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:general|leader|president|premier|minister|[\d]+-year-old)\b"
)
_EPITHET_REACH = 3
# How many sentences back "the package" may find the sentence that introduced the package.
_ANTECEDENT_REACH = 3
_PROPOSING = re.compile(
    r"\b(?:propos|unveil|present|set[ \t]+out|sets[ \t]+out|put[ \t]+forward|puts[ \t]+forward|outlin|lay[ \t]+out"
    r"|laid[ \t]+out|lays[ \t]+out|offer|submit|tabled|announc|launch|draw[ \t]+up|drew[ \t]+up|publish|issu"
    r"|put[ \t]+to\b|puts[ \t]+to\b"
    # "put a package for Ukraine to the leaders": "put" right before the plan's article.
    r"|\bputs?[ \t]+(?=(?:a|an|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z))",
    re.IGNORECASE,
)
# "Hu made five proposals": making a plan noun proposes it.
_MADE_BEFORE = re.compile(r"\b(?:made|makes|make)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z", re.IGNORECASE)
# Verbs whose first object is the one who receives a plan ("presented Putin with a plan").
_RECIPIENT_VERBS = frozenset(
    {"presented", "presents", "present", "handed", "hands", "gave", "gives", "offered", "offers", "sent", "sends"}
    | {"showed", "shown", "briefed", "briefs", "assured", "promised", "pitched"}
)
# A sentence going on about the plan just named: "It included", "The plan covers", "Its three parts were".
_CONTINUATION = re.compile(
    r"\AAmong[ \t]+(?:them|the[ \t]+first|its[ \t]+parts|the[ \t]+(?:measures|proposals|steps|projects|pledges))\b"
    r"[^.;:]{0,40}?\b(?:would[ \t]+be|were|are)\b[ \t]*"
    r"|\A(?:They|These)[ \t]+(?:are|were|will[ \t]+be|would[ \t]+be)\b(?:[ \t]*,[^,]{1,30},)?[ \t]*"
    r"|\AIn[ \t]+(?:it|them),?[ \t]+[^.;:]{0,60}?\b(?:committed[ \t]+themselves[ \t]+to|commit[ \t]+themselves[ \t]+to"
    r"|agreed[ \t]+to|pledged[ \t]+to|undertook[ \t]+to|undertake[ \t]+to|promised[ \t]+to)[ \t]*"
    r"|\A(?:Its|Their|The)[ \t]+(?:[\w-]+[ \t]+)?(?:parts|points|steps|elements|pillars|priorities|components)\b"
    r"[^.;:]{0,40}?\b(?:were|are)\b[ \t]*:?[ \t]*"
    r"|\A(?:It|They|(?:The|His|Her|Their|Its)[ \t]+[\"“]?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:plan|proposal|proposals|text|declaration|road[ \t]+map|roadmap|formula|list|statement|agreement|accord"
    r"|package|measures|document|initiative|programme|program|commitments))\b"
    r"[^.;:]{0,140}?\b(?:includes|include|included|covers|cover|covered|comprises|comprised"
    r"|commits[^.;:]{0,40}?\bto|committed[^.;:]{0,40}?\bto|would[ \t]+begin[ \t]+with"
    r"|begins[ \t]+with|began[ \t]+with|calls[ \t]+for|called[ \t]+for|sets[ \t]+out|lists|listed"
    r"|consists[ \t]+of|consisted[ \t]+of|contains|contained"
    r"|rests[ \t]+on|rested[ \t]+on|envisages|envisaged|envisions|envisioned"
    r"|provides[ \t]+for|provided[ \t]+for|would[ \t]+provide[ \t]+for)"
    r"\b[ \t]*:?[ \t]*"
    # "He put forward a plan of his own. It would set up A, B and C": what the plan would do.
    r"|\A(?P<acts>It|(?:The|His|Her|Their|Its)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:plan|proposal|package|draft|initiative|programme|program|measures))[ \t]+(?:would|will)[ \t]+"
    r"(?=[a-z]+[ \t])(?!be\b|have\b|not\b|also[ \t]+be\b)"
    # "set out what Baku needs. Armenia, he said, must A, B and C"; "unveiled a package. China would
    # provide A, B and C": the parts as what one side must do or will give.
    r"|\A(?P<obliged>(?:(?:before|after|in|at|for)[ \t][^,;.]{1,60},[ \t]+)?"
    r"(?-i:(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*),?(?:[ \t]+(?:he|she|they)[ \t]+said,)?[ \t]+"
    r"(?:must|would[ \t]+have[ \t]+to|will[ \t]+have[ \t]+to|has[ \t]+to|had[ \t]+to"
    r"|(?:would|will)[ \t]+(?:provide|offer|give|extend)"
    # "outlined a package of steps. Washington will A; it will B; and it will C": one side's acts.
    r"|(?:would|will|wanted|wants)(?=[ \t][^;.]+;[ \t]*(?:and[ \t]+)?it[ \t]+(?:also[ \t]+)?"
    r"(?:would|will|wanted|wants)[ \t]))[ \t]+)",
    re.IGNORECASE,
)
# "it will", "it also wanted": the subject and verb a list of one side's acts repeats before each part.
_REPEATED_SUBJECT = re.compile(r"\Ait[ \t]+(?:also[ \t]+)?(?:would|will|wanted|wants)[ \t]+")
# "Singh set out New Delhi's demands. India wants Islamabad to A, to B and to C": one side's asks of another.
_WANTS_OF = re.compile(
    r"\A(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?:wants|wanted|expects|expected|demands|demanded|asks|asked)[ \t]+"
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}to[ \t]+"
)
# "He called for", "She urged": the proposer, named or as a pronoun, telling the parts of a counted plan.
_TELLS_PARTS = re.compile(
    r"\A(?:He|She|They|It|[A-Z][\w'’-]+)[ \t]+(?:also[ \t]+)?(?:called[ \t]+for|urged|proposed|demanded"
    r"|asked[ \t]+for|suggested|wants|wanted)[ \t]+"
)
# "The money will buy ...", "The funds would pay for ...": what a plan's money is for.
_MONEY_WILL = re.compile(
    r"(?:\A|\b(?:said|says|added)[ \t]+(?:that[ \t]+)?)(?i:the|that|this)[ \t]+(?:money|funds|funding|cash|sum)[ \t]+"
    r"(?:will|would|is[ \t]+to)[ \t]+(?:also[ \t]+)?(?=[a-z])"
)
_GOES_TO = re.compile(r"go[ \t]+(?=to[ \t])")
# "He then set out what his country wants from the summit. It includes A, B and C."
# "he set out what he called", "Sarraj set out the government's priorities": parts to come, with no plan noun.
_SET_OUT_WHAT = re.compile(
    rf"\b{_SETTING_OUT}[ \t]+(?:what\b|(?:[\w'’-]+[ \t]+){{1,3}}?"
    r"(?:priorities|goals|aims|objectives|tasks|approach|response)\b)",
    re.IGNORECASE,
)
_STEP_VERB = re.compile(
    r"\A(?:and[ \t]+)?(?:then[ \t]+)?(?:move|moves|moving|go|goes|going)[ \t]+on[ \t]+to[ \t]+"
    r"|\A(?:and[ \t]+)?(?:then[ \t]+)?(?:end|ends|ending|finish|finishes|close|closes)[ \t]+with[ \t]+",
    re.IGNORECASE,
)
_MAX_CONTINUED_ITEM_WORDS = 22
# "to recall our ambassadors in New Zealand and Senegal for consultations": acts may run long.
_MAX_INFINITIVE_ITEM_WORDS = 30
# Words after "to" that open no act: "to the summit", "to its end".
_NOT_ACTS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "what", "whom", "be"})
# "provides for A and for B": "for" repeated, one part each.
_FOR_PARTS = re.compile(r"(?:,|\band)[ \t]+for[ \t]", re.IGNORECASE)
# "set up", "target", "pay for": the verb (and its particle) whose objects a plan lists.
_LEADING_VERB = re.compile(r"\A[a-z]+(?:[ \t]+(?:up|out|off|down|for|in|on|to))?[ \t]+(?=\S)")
# "Under the AU roadmap,", "Under the Saudi proposal,": a plan named with its owner, opening the sentence.
_UNDER_OWNED = re.compile(r"\s*Under (?:the|an?) [^,]{1,60},")
# "the two governments", "both sides", "the four presidents": a joint text's signatories, not yet named.
_COLLECTIVE = re.compile(
    # "Leaders also launched five instruments:": a sentence may open on the bare noun.
    r"(?:\b(?:the|both|all)[ \t]+|\A(?=(?:leaders|heads)\b))"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten)?[ \t]*"
    r"(?P<noun>countries|governments|sides|presidents|leaders|co-hosts|parties|candidates"
    r"|prime[ \t]+ministers|ministers|heads[ \t]+of[ \t]+(?:state|government)(?:[ \t]+and[ \t]+government)?)\b"
    r"(?=[^:]*:|[^.]*\b(?:committed|agreed|undertake|undertook|pledged|set[ \t]+out|issued|signed|adopted"
    r"|called[ \t]+for)\b)",
    re.IGNORECASE,
)
# Collectives whose members are not heads of state or government: named ones only.
_NOT_HEADS = frozenset({"ministers", "candidates", "parties", "sides"})
_STATES = frozenset({"countries", "governments"})
# "a statement in the names of Clinton, Barak and Arafat": the signers named after it.
_NAMES_OF = re.compile(r"\b(?:in[ \t]+the[ \t]+names?|on[ \t]+behalf)[ \t]+of[ \t]", re.IGNORECASE)
_SIGNING_VERBS = frozenset({"signed", "issued", "agreed", "adopted", "endorsed", "initialled", "approved"})
_NAME_JOINS = frozenset({",", "'s", "’s", "the"})
_SIGNING_WORDS = _SIGNING_VERBS | {"sign", "signs", "signing", "signature", "signatures", "agree", "agreement"}
_HOSTING_WORDS = frozenset({"hosted", "co-hosted", "hosts", "co-hosts", "host", "convened", "co-chaired", "chaired"})
_PLAN_PROPOSED = re.compile(r"\b(?:proposed|proposes|envisaged)[ \t]+(?=\S)", re.IGNORECASE)
_NOT_ITEM_OPENERS = frozenset({"at", "on", "after", "before", "during", "while", "when", "as", "president", "prime"})
_ANNOUNCER_REACH = 5
_PLAN_ADVERBS = frozenset({"first", "then", "later", "already", "had", "has", "once"})
_QUOTE_OPENINGS = frozenset({'"', "“", "'", "‘"})
# Verbs that report what someone demands of another: "Peskov said Ukraine must:".
_REPORTING = frozenset({"said", "says", "insisted", "insists", "added", "stressed", "declared", "told"})
# "expected Pakistan to", "urged Israel to": the one addressed by a demand.
_ADDRESSEE_VERBS = frozenset(
    {"expected", "expects", "expect", "asked", "asks", "urged", "urges", "told", "tells", "wants", "wanted"}
    | {"pressed", "presses", "on", "required", "requires", "demanded", "demands"}
)
# "a delegation led by X": X stands for the subject.
_LEADING_AGENT = frozenset({"led", "headed", "chaired"})
# Words that may stand between a possessor or demonym and the plan noun ("Zelensky's ten-point peace formula").
_PLAN_MODIFIERS = frozenset({"peace", "ceasefire", "new", "position", "settlement", "reform", "draft", "own", "latest"})
# Lower-case words of a title between coordinated names ("Trump and North Korean leader Kim").
_TITLE_WORDS = frozenset(
    {"'s", "’s", "leader", "president", "prime", "minister", "chancellor", "king", "emir", "premier", "foreign"}
    | {"secretary", "state", "crown", "prince", "vice", "chief", "head", "counterpart", "of", "the", "general"}
    # "Ukraine's acting foreign minister, X", "their host, Pakistani President X", "and his Mauritian
    # counterpart, X"
    | {"acting", "interim", "outgoing", "their", "host", "his", "her"}
)
# How many words may stand between two names listed together, titles included.
_MAX_BETWEEN_LISTED = 8
# "pledged that there would be no A, no B and no C" (Taiwan's "four noes"): a pledge told as what will not be.
_PLEDGED_NO = re.compile(
    r"\b(?:pledged|pledging|pledges|promised|promising|promises|vowed|vowing|vows)[ \t]+that"
    # "pledged that, as long as Beijing had no intention of using force, there would be": a condition first.
    r"(?:[ \t]*,[^,;.]{1,120},)?[ \t]+there[ \t]+(?:would|will)[ \t]+be[ \t]+[\"“]?(?=no[ \t])",
    re.IGNORECASE,
)
_MIN_NOES = 3
# "signed late on Monday in Djibouti by": how far after the verb its "by" may come.
_SIGNED_BY_REACH = 8
# Words that end the noun phrase after "by": a clause of its own follows.
_CLAUSE_WORDS = FINITE_VERBS | {"said", "says", "told", "who", "which", "that", ";", ":"}
_DASHES = frozenset({"—", "–"})
_APPOSITION_DASHES = frozenset({"—", "–", "-"})
# Words that open a relative clause set between commas: "X, who is due in Rome, has set out".
_RELATIVE_OPENERS = frozenset({"who", "whose", "which"})
# A place noun that a name in apposition follows: "in the Liberian capital, Monrovia,".
_NAMED_PLACE_NOUNS = frozenset({"capital", "city", "town", "port", "province", "region"})
# Words that open a relative clause whose pronoun subject stands for the main clause's subject.
_RELATIVE_WORDS = frozenset({"which", "that", "whom"})
# Last words of the titles in "the Chinese president", "the Indian prime minister".
_HEAD_TITLES = frozenset({"president", "premier", "chancellor", "king", "emir", "leader"})
# How many sentences back a collective's signatories may be named.
_SIGNERS_REACH = 25
# How many sentences back "the leaders" may find the heads it stands for, and how many they must be.
_LEADERS_REACH = 2
_MIN_LEADERS_NAMED = 3
# The office a plural names: "the two presidents".
_PLURAL_OFFICES = {"presidents": "president", "prime ministers": "prime minister"}
# Offices that speak for a country that signs a joint text.
_HEAD_OFFICES = frozenset({"president", "prime minister", "chancellor", "king", "emir", "premier", "supreme leader"})
_PREPOSITIONS = frozenset({"to", "with", "by", "of", "for", "from", "on", "at", "and"})
# "Foreign troops would leave, and militias would disarm.": one clause of a proposal told sentence by
# sentence; the lead ("Finally, he said,") and a reporting aside before the modal are not the subject.
_RUN_CLAUSE = re.compile(
    r"\A(?P<lead>(?:(?:finally|then|also|next|lastly|first|second|third|fourth|fifth|sixth|in[ \t]+addition)"
    r"\b,?[ \t]*)?"
    r"(?:(?:he|she|they|it)[ \t]+(?:said|added|proposed|suggested),[ \t]*)?)"
    r"(?P<subject>[^,;:\"“”()]{1,90}?)(?:,[ \t]*(?:he|she|they)[ \t]+(?:said|added|proposed|suggested),)?[ \t]+"
    r"(?P<modal>shall|should|would|must|could)(?:[ \t]+(?:then|also|now|first))?[ \t]+(?=[a-z])",
    re.IGNORECASE,
)
# Where a sentence of a run holds a second clause: ", and militias would ...", "; they should ...".
_RUN_JOIN = re.compile(r"(?:,[ \t]+and|;(?:[ \t]+and)?)[ \t]+")
_RUN_BAD_SUBJECT = frozenset(
    {"said", "says", "told", "tells", "added", "stated", "warned", "argued", "that", "if", "whether", "who"}
    | {"which", "when", "while", "because", "would", "will", "should", "shall", "must", "not", "but"}
)
_MODALS = frozenset({"shall", "should", "would", "must"})
_LATER_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "finally", "lastly"})
_PRONOUNS = frozenset({"they", "we", "it", "he", "she"})
# Prescriptive modals: a run of them (three sentences or more) is a proposal even with no plan noun.
_PRESCRIPTIVE = frozenset({"should", "shall", "must"})
# "Direct peace talks could follow within months": a "could" step goes on a run of modal steps, never opens one.
_RUN_GOING_ON_MODALS = _MODALS | {"could"}
_RELATIVE = re.compile(r",[ \t]*(?:who|which|whose)\b[^,]*,")
# "X rejected the offer", "Y welcomed the plan": the subject reacts to the plan, it does not propose it.
_REACTING = re.compile(
    r"\b(?:reject|spurn|refus|dismiss|turn(?:ed|s)?[ \t]+down|accept|welcom|criticis|criticiz|condemn|rebuff"
    r"|consider|stud(?:y|ied|ies)|respond|receiv)\w*",
    re.IGNORECASE,
)
# Folded words without which neither _ANY_PLAN (so neither _NAMED) nor _JOINT can match a sentence:
# every plan noun ("map" for "road map") and every joint-text noun. A pre-filter, so it may over-admit.
_TRIGGERS = frozenset(
    {*_PLAN_NOUN.strip("(?:)").replace(" ", "|").split("|"), "draft"}
    | {"statement", "declaration", "communique", "communiqué"}
    | {"agreement", "accord", "arrangement"}  # counted ones only: "a four-point agreement"
)
_SKIP_BEFORE_NAME = frozenset({"the", "so-called", "so", "-", "called"})


@attrs.frozen
class FoundPlan:
    """A plan found in the article."""

    proposer: Mention | None
    name: str | None
    items: tuple[FoundItem, ...]
    sentence: int
    start: int
    end: int


_Group = tuple[Mention, ...]


def _may_name_plan(sentence: Sentence) -> bool:
    """Whether the plan or joint-text patterns may match: a trigger word is among the sentence's words.

    Words inside hyphenated tokens ("peace-plan") count too. A dotless "ı" matches "i" under
    case-insensitive matching but does not fold to it, so a sentence holding one always passes.
    """
    words = sentence.words
    if not _TRIGGERS.isdisjoint(words):
        return True
    text = sentence.text
    if not text.isascii() and "ı" in text:
        return True
    if "-" in text:
        for word in words:
            if "-" in word and not _TRIGGERS.isdisjoint(word.split("-")):
                return True
    return False


def _rank(mention: Mention) -> int:
    return {"leader": 0, "org": 1}.get(mention.kind, 2)


class _PlanFinder:
    def __init__(self, sentences: Sequence[Sentence], actors: ArticleActors) -> None:
        self.sentences = sentences
        self.actors = actors
        self.context: tuple[_Group, str | None] = ((), None)
        self.item_sentences: set[int] = set()
        # Sentences read as clauses of a proposal told sentence by sentence (not item lines).
        self.run_sentences: set[int] = set()
        self.plan_sentence = -2
        # A counted plan named with no parts ("repeated a three-step proposal"): its sentence and count.
        self.untold_count = (-2, 0)
        # proposers() depends only on its sentence and offset; run() and plans_in() ask twice.
        self._proposers: dict[tuple[int, int], tuple[_Group, bool]] = {}

    def mentions(self, sentence: Sentence) -> list[Mention]:
        return list(self.actors.mentions[sentence.index]) if sentence.index < len(self.actors.mentions) else []

    # -- who -----------------------------------------------------------------

    def floor(self, sentence: Sentence) -> int:
        """The first token after a dateline ("ST PETERSBURG, Russia —", "RIYADH/DOHA (Reuters) -")."""
        for index, token in enumerate(sentence.tokens[:12]):
            if token.text in _DASHES:
                return index + 1
        opening = dateline_length(sentence.text)
        return self.token_at(sentence, sentence.start + opening) if opening else 0

    def is_subject(self, sentence: Sentence, mention: Mention) -> bool:
        tokens = sentence.tokens
        if mention.kind == "country" and mention.first > 0 and tokens[mention.first - 1].text in _NAMING_WORDS:
            return False  # "Peace Colombia rests on three pillars": a programme named after the country
        marker = object_marker(tokens, mention)
        if mention.first >= 2 and tokens[mention.first - 1].lower == "by":
            if tokens[mention.first - 2].lower in _LEADING_AGENT:
                return True
        elif marker == "by" and mention.first >= 1:
            back = mention.first - 1
            while back > 0 and tokens[back].lower != "by":
                back -= 1
            if back > 0 and tokens[back - 1].lower in _LEADING_AGENT:
                return True
        if marker in _RECIPIENT_VERBS:
            return False
        if marker == "and" and self.joined_to_object(sentence, mention):
            return False
        if (
            mention.first >= 2
            and tokens[mention.first - 1].lower == "the"
            and tokens[mention.first - 2].text == ","
            and mention.last < len(tokens)
            and tokens[mention.last].lower in ("'s", "’s")
        ):
            return False  # "Catherine Ashton, the European Union's foreign policy chief,": whose office, not who
        if marker in _ADDRESSEE_VERBS and mention.last < len(tokens) and tokens[mention.last].lower in ("to", ":"):
            return False  # "India expected Pakistan to:", "Hanoi wants China:": the one asked is not the proposer
        if marker in _REPORTING and obliged_at(sentence.words, mention.last):
            return False  # "Peskov said Ukraine must:": the one obliged is not the one who sets the terms
        return not is_object(tokens, mention)

    def joined_to_object(self, sentence: Sentence, mention: Mention) -> bool:
        """'Sisi received Haftar and Saleh in Cairo and unveiled': the name after "and" is a verb's object too.

        Only after a verb: "in the names of Modi and Sheikh Mohamed" names the signers of a text.
        """
        tokens = sentence.tokens
        return any(
            object_marker(tokens, other) not in PREPOSITIONS
            for other in objects_joined_by_and(tokens, mention, self.mentions(sentence))
        )

    def coordinated(self, sentence: Sentence, candidates: Sequence[Mention], anchor: Mention) -> _Group:
        """The anchor with the mentions listed beside it ("Biden, Australia's Albanese and Sunak")."""
        same = sorted((m for m in candidates if m.kind == anchor.kind), key=lambda m: m.first)

        def joins(_other: Mention, between: Sequence[Token]) -> bool:
            joiners = [t for t in between if t.lower in (",", "and", "&")]
            rest = [t for t in between if t.lower not in (",", "and", "&")]
            return (
                bool(joiners)
                and len(between) <= _MAX_BETWEEN_LISTED
                and all(t.capitalized or t.lower in _TITLE_WORDS or t.lower in title_words() for t in rest)
            )

        return tuple(coordinated_run(same, anchor, sentence.tokens, joins))

    def subject(self, sentence: Sentence, token: int) -> _Group:
        """The subject of the clause before token ``token``, with its coordinated mentions.

        A pronoun that opens a relative clause ("conditions, which he set out") stands for the
        subject of the main clause before it; a lone "the Chinese president" is the leader of that
        country whom the article names.
        """
        floor = self.floor(sentence)
        asides = _relative_asides(sentence.tokens, token)
        candidates = [
            m
            for m in self.mentions(sentence)
            if floor <= m.first
            and m.last <= token
            and self.is_subject(sentence, m)
            and not self.in_dashes(sentence, m)
            and not any(begin < m.first < end for begin, end in asides)
        ]
        titled = self.titled_demonym(sentence, floor, token)
        if titled is not None and all(m.first < titled.first or m.first >= titled.last for m in candidates):
            candidates.append(titled)
        if not candidates:
            return ()
        tokens = sentence.tokens
        # "The secretary laid out what Washington wants": the subject of a "what" clause is not the one who
        # sets it out.
        outside = [m for m in candidates if m.first == 0 or tokens[m.first - 1].lower != "what"]
        candidates = outside or candidates
        anchor = max(candidates, key=lambda m: m.first)
        if anchor.kind != "leader":
            # "Ghassan Salame, the U.N. envoy for Libya, told reporters": the body is in his title.
            apposed = [
                m
                for m in candidates
                if m.kind == "leader"
                and m.last + 1 < anchor.first
                and tokens[m.last].text == ","
                and tokens[m.last + 1].lower in ("the", "a", "an")
                and all(t.text != "," for t in tokens[m.last + 1 : anchor.first])
            ]
            anchor = apposed[-1] if apposed else anchor
        if anchor.form == "pronoun" and anchor.first >= 1 and tokens[anchor.first - 1].lower in _RELATIVE_WORDS:
            main = [m for m in candidates if m.last < anchor.first - 1 and m.form != "pronoun"]
            if main:
                return self.coordinated(sentence, main, max(main, key=lambda m: m.first))
        return self.coordinated(sentence, candidates, anchor)

    def in_dashes(self, sentence: Sentence, mention: Mention) -> bool:
        """'the Quartet - the UN, the US, the EU and Russia - said': members listed inside dashes."""
        tokens = sentence.tokens
        before = [k for k in range(max(0, mention.first - 20), mention.first) if tokens[k].text in _APPOSITION_DASHES]
        after = [
            k for k in range(mention.last, min(len(tokens), mention.last + 20)) if tokens[k].text in _APPOSITION_DASHES
        ]
        return bool(before and after) and before[-1] > self.floor(sentence)

    def titled_demonym(self, sentence: Sentence, floor: int, token: int) -> Mention | None:
        """'the Chinese president' as a subject before token ``token``: that country's leader in the article."""
        words = sentence.words
        if _HEAD_TITLES.isdisjoint(words):
            return None
        tokens = sentence.tokens
        for index in range(max(floor, 1), min(token, len(tokens)) - 1):
            if words[index - 1] != "the" or not tokens[index].capitalized or words[index + 1] not in _HEAD_TITLES:
                continue
            if index >= 2 and words[index - 2] in _PREPOSITIONS:
                continue
            match = gazetteer().match_at(words, index)
            if match is None or match.last != index + 1:
                continue
            for entry in match.values:
                if entry.kind == "demonym":
                    key = self.leader_of(entry.ref, words[index + 1])
                    if key is not None:
                        return Mention(
                            "leader", key, index - 1, index + 2, tokens[index - 1].start, tokens[index + 1].end, "title"
                        )
        return None

    def leader_of(self, country: str, title: str | None = None) -> str | None:
        """The one taking-part leader of ``country`` whom the article names.

        With ``title`` ("president"), the one who holds it, else the country's only leader in the
        article; without, its one head of state or government.
        """
        present = [
            (key, fold(entity.title or ""))
            for key, entity in self.actors.entities.items()
            if entity.country == country and not entity.history_only
        ]
        if title is None:
            found = [key for key, office in present if office in _HEAD_OFFICES]
        else:
            found = [key for key, office in present if office.split()[-1:] == [title]] or [key for key, _ in present]
        return found[0] if len(found) == 1 else None

    def named_after(self, sentence: Sentence, token: int) -> Mention | None:
        """An organisation named right after "by" though not found as a mention ("the so-called Quartet"), or
        the country of a demonym before a plain noun ("by Sudanese mediators")."""
        tokens = sentence.tokens
        index = token
        while index < len(tokens) and index - token < 4 and tokens[index].lower in _SKIP_BEFORE_NAME:
            index += 1
        if index >= len(tokens) or not tokens[index].capitalized:
            return None
        words = [fold(t.text) for t in tokens[index : index + 6]]
        for key in (words, ["the", *words]):
            match = gazetteer().match_at(key, 0)
            if match is None:
                continue
            width = match.last - (len(key) - len(words))
            for entry in match.values:
                if entry.kind == "org" and width >= 1:
                    last = index + width
                    return Mention("org", entry.ref, index, last, tokens[index].start, tokens[last - 1].end, "name")
                if entry.kind == "demonym" and width == 1 and len(words) > 1 and not tokens[index + 1].capitalized:
                    found = tokens[index]
                    return Mention("country", entry.ref, index, index + 1, found.start, found.end, "demonym")
        return None

    def agent(self, sentence: Sentence, plan_at: int) -> Mention | None:
        """The "by" agent of the plan named at character ``plan_at``."""
        # _AGENT needs a token "by" (or "by-..."); most sentences have none.
        if "by" not in sentence.words and not any(word.startswith("by-") for word in sentence.words):
            return None
        crafted: Mention | None = None
        for agent in _AGENT.finditer(sentence.text):
            # "The text, drafted by Ukraine, does four things:": an apposed agent may stand well before the count.
            apposed = agent.start() < plan_at and sentence.text[: agent.start()].rstrip().endswith(",")
            if not (plan_at - 10 <= agent.start() <= plan_at + 100 or apposed):
                continue
            by = self.token_at(sentence, sentence.start + agent.end()) - 1
            after = [m for m in self.mentions(sentence) if m.start >= sentence.start + agent.end()]
            if after and after[0].first <= by + 3:
                # "put forward by Qatar, Israel would ...": the agent phrase ends at its comma.
                stop = next(
                    (k for k in range(after[0].last, len(sentence.tokens)) if sentence.tokens[k].text in (",", ";")),
                    len(sentence.tokens),
                )
                window = [m for m in after if m.start - after[0].start < 60 and m.first < stop]
                return sorted(window, key=lambda m: (_rank(m), m.start))[0]
            named = self.named_after(sentence, by + 1)
            if named is not None and named.form != "demonym":
                return named
            # "drafted by Angolan mediators and put forward by Lourenco": a named agent after outranks them.
            crafted = crafted or named
        return crafted

    def announced_by(self, sentence: Sentence, token: int) -> Mention | None:
        """'the eight measures Hu announced': a leader named right after the plan noun, then a proposing verb."""
        tokens = sentence.tokens
        for mention in self.mentions(sentence):
            if (
                mention.kind == "leader"
                # "the eight measures Hu announced", "an eight-point economic cooperation plan he put to Putin"
                and token < mention.first <= token + _ANNOUNCER_REACH
                and all(t.text not in (",", ";", ":") for t in tokens[token : mention.first])
                and mention.last < len(tokens)
                # "the timetable Macron set out", "the plan he first put to Putin": a particle, an adverb.
                and self.proposes_at(sentence, mention.last + (tokens[mention.last].lower in _PLAN_ADVERBS))
            ):
                return mention
        return None

    def proposes_at(self, sentence: Sentence, index: int) -> bool:
        """Whether a proposing verb ("proposed", "set out", "put to") starts at token ``index``."""
        tokens = sentence.tokens
        if index >= len(tokens) or tokens[index].text.endswith("ing"):
            return False
        return _PROPOSING.match(sentence.text, tokens[index].start - sentence.start) is not None

    def possessor_before(self, sentence: Sentence, token: int) -> Mention | None:
        """'Zelensky's ten-point peace formula', "China's plan": the possessor of the plan noun."""
        tokens = sentence.tokens
        for mention in self.mentions(sentence):
            pronoun = mention.form == "pronoun" and tokens[mention.first].lower in ("his", "her")
            owns = pronoun or (mention.last < token and tokens[mention.last].lower in ("'s", "’s"))
            if mention.last > token or not owns:
                continue
            between = tokens[mention.last + (0 if pronoun else 1) : token]
            if len(between) <= 4 and all(
                t.lower in _PLAN_MODIFIERS or "-" in t.text or t.lower.isdigit() or t.text in ('"', "“", "”")
                for t in between
            ):
                if pronoun and self.plan_sentence == sentence.index - 1 and len(self.context[0]) == 1:
                    # "a plan that Mbeki put to the delegates. Under his proposal, Kabila would": the pronoun
                    # looks back to the plan just named, not ahead to the name after it.
                    earlier = self.context[0][0]
                    if earlier is not None and earlier.kind == "leader":
                        return earlier
                return mention
        return None

    def dateline_government_before(self, sentence: Sentence, token: int) -> Mention | None:
        """ "HAVANA - ... The government's plan": a government named by no country is the dateline's."""
        dateline = self.actors.dateline
        tokens = sentence.tokens
        back = token - 1
        while back > 0 and (tokens[back].lower in _PLAN_MODIFIERS or "-" in tokens[back].text):
            back -= 1
        if dateline is None or dateline.country is None or back < 2 or tokens[back].lower not in ("'s", "’s"):
            return None
        office = tokens[back - 1]
        if office.lower != "government" or tokens[back - 2].lower != "the":
            return None
        return Mention("country", dateline.country, back - 2, back, tokens[back - 2].start, office.end, "country")

    def opening_possessor(self, sentence: Sentence) -> Mention | None:
        """ "Natalegawa's text commits the group to:": whose text opens the sentence that introduces a list."""
        floor = self.floor(sentence)
        words = sentence.words
        for mention in self.mentions(sentence):
            if mention.first == floor and mention.kind in ("leader", "country"):
                # "China's foreign ministry said that Wang proposed:" is no text of China's.
                owned = words[mention.last + 1 : mention.last + 3]
                owns = words[mention.last : mention.last + 1] in (("'s",), ("’s",))
                return mention if owns and not _DOCUMENT_NOUNS.isdisjoint(owned) else None
        return None

    def signers(self, sentence: Sentence, joint_at: int) -> _Group:
        """Who agreed a joint text: the subjects named in its sentence, or the pair named last."""
        by_pair = _PAIR.search(sentence.text, joint_at, joint_at + _PAIR_AGENT_REACH)
        if by_pair is not None and _BY_END.search(sentence.text, joint_at, by_pair.start()):
            # "a joint statement by the two governments": the pair named last, not a subject near it.
            pair_signers = self.pair_named_last(sentence.index, by_pair)
            if pair_signers:
                return pair_signers
        floor = self.floor(sentence)
        joint_token = self.token_at(sentence, sentence.start + joint_at)
        candidates = [
            m
            for m in self.mentions(sentence)
            if m.first >= floor
            and (self.is_subject(sentence, m) or _signing_agent(sentence.tokens, m) or _text_agent(sentence.tokens, m))
            # "The Pyongyang Joint Declaration": a city in the text's name signs nothing.
            and not (m.form in ("capital", "place") and joint_token - 3 <= m.last <= joint_token + 1)
        ]
        leaders = [m for m in candidates if m.kind == "leader"]
        pool = leaders or candidates
        pair = _PAIR.search(sentence.text)
        if (
            pair is not None
            and pair.group("people")
            and pair.end() <= joint_at
            and all(m.end <= sentence.start + pair.start() for m in pool)
        ):
            # "X welcomed Y, and the two leaders signed a joint statement": the two, not the first clause's subject.
            named: dict[str, Mention] = {}
            for mention in self.mentions(sentence):
                if mention.kind == "leader" and mention.end <= sentence.start + pair.start():
                    named.setdefault(mention.ref, mention)
            if len(named) == _collective_size(pair):
                return tuple(named.values())
        if pool:
            group = self.coordinated(sentence, pool, pool[0])
            if len(group) > 1 or len(pool) == 1:
                return group
        if pair is not None:
            return self.last_pair(sentence.index, "leader" if pair.group("people") else "country")
        return tuple(pool[:1])

    def proposers(self, sentence: Sentence, plan_at: int) -> tuple[_Group, bool]:
        """Who proposes the plan named at character ``plan_at``, and whether the cue is strong (memoised)."""
        key = (sentence.index, plan_at)
        found = self._proposers.get(key)
        if found is None:
            found = self._proposers[key] = self._find_proposers(sentence, plan_at)
        return found

    def _find_proposers(self, sentence: Sentence, plan_at: int) -> tuple[_Group, bool]:
        """Who proposes the plan named at character ``plan_at``, and whether the cue is strong.

        Strong cues: an agent ("put forward by X"), a possessor, demonym or country before the
        plan noun ("an Israeli proposal"), the signers of a joint text, or a subject with a
        proposing verb ("X unveiled a plan").
        """
        text = sentence.text
        agent = self.agent(sentence, plan_at)
        token = self.token_at(sentence, sentence.start + plan_at)
        if agent is not None:
            # "Lula's proposal, presented by his foreign minister": who relays a plan does not own it;
            # "The proposal, handed to Berri by the ambassador": the plan the article named before.
            if _RELAYED.search(text):
                owner = self.possessor_before(sentence, token)
                if owner is not None:
                    return (owner,), True
                if self.context[0]:
                    return self.context[0], True
            return (agent,), True
        pair = _PAIR.search(text, plan_at)
        if (
            pair is not None
            and pair.start() - plan_at < _PAIR_AGENT_REACH
            and _AGREED_BY.search(text, plan_at, pair.start())
        ):
            # "Under the protocol, agreed by the two presidents,": the pair named last signed it.
            signers = self.pair_named_last(sentence.index, pair)
            if signers:
                return signers, True
        announcer = self.announced_by(sentence, token)
        if announcer is not None:
            return (announcer,), True
        for cue in (
            self.possessor_before(sentence, token),
            self.demonym_before(sentence, token),
            self.dateline_government_before(sentence, token),
        ):
            if cue is not None and cue.kind == "country" and cue.form == "demonym":
                return (self.national_author(sentence, cue) or cue,), True
            if cue is not None:
                return (cue,), True
        for mention in self.mentions(sentence):
            if (
                mention.kind == "country"
                and mention.form == "country"  # "the Pyongyang Joint Declaration": a city names, it does not propose
                and token - 3 <= mention.last <= token
                and mention.first > 0
            ):
                before = sentence.tokens[mention.first - 1].lower
                if before in ("a", "an", "the", "new"):
                    return (mention,), True
        joint = _JOINT.search(text)
        if joint is not None:
            return self.signers(sentence, joint.start()), True
        group = self.subject(sentence, token)
        if group and self.reacts(sentence, group, plan_at):
            return (), False
        if group and group[0].kind != "leader":
            leaders = self.subject(sentence, group[0].first)
            group = leaders if leaders and leaders[0].kind == "leader" and len(group) == 1 else group
        strong = bool(_PROPOSING.search(text[:plan_at]) or _MADE_BEFORE.search(text[:plan_at]))
        if not group and strong and _EPITHET.match(text):
            # "The former general, who took office in January, laid out three proposals": the leader the
            # story spoke of last, named again by a description.
            previous = self.leader_subject_before(sentence.index)
            return ((previous,), True) if previous is not None else ((), False)
        return (group, strong) if group else ((), False)

    def leader_subject_before(self, index: int) -> Mention | None:
        """The subject leader of the nearest earlier sentence that has one."""
        for sentence in reversed(self.sentences[max(0, index - _EPITHET_REACH) : index]):
            for mention in self.mentions(sentence):
                if mention.kind == "leader" and self.is_subject(sentence, mention):
                    return mention
        return None

    def reacts(self, sentence: Sentence, group: _Group, plan_at: int) -> bool:
        """Whether the subject ``group`` answers the plan named at ``plan_at`` ("Brazil spurned the offer").

        A relative clause on the subject ("Obama, who was welcomed by X, laid out") does not count, nor
        a reaction before the verb that puts the plan forward ("received the envoys and unveiled a plan").
        """
        between = _RELATIVE.sub(",", sentence.text[sentence.tokens[group[-1].last - 1].end - sentence.start : plan_at])
        reaction = _REACTING.search(between)
        return reaction is not None and _PROPOSING.search(between, reaction.end()) is None

    def demonym_before(self, sentence: Sentence, token: int) -> Mention | None:
        """'a new Israeli proposal', 'the Saudi peace initiative': the country of a demonym; 'the European
        package': the European Union's; 'the AU roadmap': the body named before the plan noun."""
        tokens = sentence.tokens
        words = sentence.words
        for back in range(token - 1, max(-1, token - 4), -1):
            if not tokens[back].capitalized:
                if words[back] in _PLAN_MODIFIERS or "-" in tokens[back].text:
                    continue
                return None
            if words[back] in _BODY_ADJECTIVES:
                body = _BODY_ADJECTIVES[words[back]]
                return Mention("org", body, back, back + 1, tokens[back].start, tokens[back].end, "demonym")
            match = gazetteer().match_at(words, back)
            if match is not None and match.last == back + 1:
                for entry in match.values:
                    if entry.kind == "demonym":
                        return Mention(
                            "country", entry.ref, back, back + 1, tokens[back].start, tokens[back].end, "demonym"
                        )
            # "Under the AU roadmap", "the Arab League plan": a body named as the plan's owner.
            return next((m for m in self.mentions(sentence) if m.kind == "org" and m.last == back + 1), None)
        return None

    def national_author(self, sentence: Sentence, demonym: Mention) -> Mention | None:
        """ "a proposal by President Putin ... Under the Russian proposal,": the one leader of the demonym's
        country who put a plan forward in the sentences just before."""
        for previous in reversed(self.sentences[max(0, sentence.index - _ANTECEDENT_REACH) : sentence.index]):
            for plan in _ANY_PLAN.finditer(previous.text):
                found, _ = self.proposers(previous, plan.start())
                authors = {
                    m.ref: m
                    for m in found
                    if m is not None and m.kind == "leader" and self.actors.entities[m.ref].country == demonym.ref
                }
                if len(authors) == 1:
                    return next(iter(authors.values()))
        return None

    def token_at(self, sentence: Sentence, offset: int) -> int:
        for index, token in enumerate(sentence.tokens):
            if token.start >= offset:
                return index
        return len(sentence.tokens)

    def presenter_before(self, sentence: Sentence) -> _Group:
        """ "Espinosa presented the compromise text. It includes:": a list whose introduction names no one
        belongs to whoever opened the sentence before it."""
        if sentence.index == 0 or _COLLECTIVE.search(sentence.text) or _PAIR.search(sentence.text):
            return ()  # "the two governments set out:": the collective, not whoever spoke before
        previous = self.sentences[sentence.index - 1]
        if BULLET.match(previous.text):
            return ()
        pair = _PAIR.match(previous.text)
        if pair is not None and pair.group("people"):
            return self.last_pair(previous.index, "leader")  # "The two leaders unveiled ... The paper rests on:"
        floor = self.floor(previous)
        candidates = [m for m in self.mentions(previous) if m.first >= floor and self.is_subject(previous, m)]
        # "In East Jerusalem, U.S. President Joe Biden announced": a place before the leader, or the country of
        # the leader's title, does not open the sentence.
        leaders = [m for m in candidates if m.kind == "leader"]
        return (min(leaders or candidates, key=lambda m: m.first),) if candidates else ()

    def signed_before(self, sentence: Sentence) -> _Group:
        """ "... a memorandum the two leaders signed. The Meseberg memorandum proposes:": the signers just named."""
        if sentence.index == 0:
            return ()
        previous = self.sentences[sentence.index - 1]
        if _SIGNING_VERBS.isdisjoint(previous.words):
            # "The accord was signed by X and by Y. Z, who hosted the talks, attended. The two sides
            # committed themselves to:": the agents of a signing told one sentence further back.
            earlier = self.sentences[sentence.index - 2] if sentence.index >= 2 else None
            if earlier is None or _SIGNING_VERBS.isdisjoint(earlier.words):
                return ()
            return self.signing_agents(earlier, next(k for k, w in enumerate(earlier.words) if w in _SIGNING_VERBS))
        pair = _PAIR.search(previous.text)
        named_in = _NAMES_OF.search(previous.text)
        if pair is None and named_in is not None:
            # "issued a statement in the names of Clinton, Barak and Arafat. In it, the two sides:".
            at = self.token_at(previous, previous.start + named_in.end())
            named = [m for m in self.mentions(previous) if m.kind == "leader" and m.first >= at]
            signers = self.coordinated(previous, named, named[0]) if named else ()
            if len(signers) >= 2:
                return signers
        if pair is None:
            # "X, Y and Z agreed a four-point statement ... Under it:": the signers listed as its subject.
            verb = next(k for k, word in enumerate(previous.words) if word in _SIGNING_VERBS)
            signers = self.subject(previous, verb)
            if len(signers) >= 2 and all(m.kind == "leader" for m in signers):
                return signers
            # "The accord was signed by Prime Minister X and by the Alliance for Y. The two sides committed
            # themselves to:": the agents of the signing, leaders and bodies alike.
            return self.signing_agents(previous, verb)
        return self.last_pair(previous.index + 1, "leader" if pair.group("people") else "country")

    def signing_agents(self, sentence: Sentence, verb: int) -> _Group:
        """ "The accord was signed late on Monday in Djibouti by Prime Minister X and by the Alliance for Y":
        the leaders and bodies after the "by" of a passive signing verb, when there are two or more."""
        words = sentence.words
        by = next((k for k in range(verb + 1, min(len(words), verb + _SIGNED_BY_REACH)) if words[k] == "by"), None)
        if by is None or any(word in (",", ";") for word in words[verb:by]):
            return ()
        mentions = self.mentions(sentence)
        ends = {m.last for m in mentions}
        agents: list[Mention] = []
        for mention in mentions:
            agent_of = _agent_by(sentence.tokens, mention, ends) if mention.kind in ("leader", "org") else None
            # "by X and by Y", not "after talks chaired by the U.N. envoy".
            if agent_of is not None and (agent_of == by or (agent_of > by and words[agent_of - 1] == "and")):
                agents.append(mention)
        return tuple(agents) if len(agents) >= 2 else ()

    def pair_named_last(self, index: int, pair: re.Match[str]) -> _Group:
        """Who "the two presidents" or "both governments" are: the pair of that kind named last before sentence
        ``index``, heads of state or government for "leaders" and "presidents"."""
        people = (pair.group("people") or "").lower()
        return self.last_pair(index, "leader" if people else "country", heads=people in ("leaders", "presidents"))

    def last_pair(self, index: int, kind: str, *, heads: bool = False) -> _Group:
        """The coordinated subjects of ``kind`` named last before sentence ``index``, for "the two governments";
        with ``heads``, heads of state or government only ("the two presidents", not their ministers)."""
        for sentence in reversed(self.sentences[max(0, index - 6) : index]):
            floor = self.floor(sentence)
            pool = [
                m
                for m in self.mentions(sentence)
                if m.kind == kind
                and m.first >= floor
                and self.is_subject(sentence, m)
                and (not heads or _is_head(self.actors, m))
            ]
            if len(pool) >= 2:
                group = self.coordinated(sentence, pool, pool[0])
                if len(group) >= 2:
                    return group
        return ()

    # -- what ----------------------------------------------------------------

    def bullets_after(self, index: int) -> list[FoundItem]:
        items: list[FoundItem] = []
        for sentence in self.sentences[index + 1 :]:
            phase = _PHASE.match(sentence.text)
            if phase is not None:
                item = clean(sentence.text[phase.end() :], sentence.start + phase.end())
            elif BULLET.match(sentence.text):
                item = clean(sentence.text, sentence.start)
            else:
                break
            if item is not None:
                items.append(item)
                self.item_sentences.add(sentence.index)
        return items

    def stages_from(self, index: int) -> list[FoundItem]:
        """Items of consecutive "The first phase would ..." sentences, or of "The first is to ..." ones."""
        items: list[FoundItem] = []
        for sentence in self.sentences[index:]:
            stage = _STAGE_SENTENCE.match(sentence.text) or (
                (
                    _FOLLOWED_BY.match(sentence.text)
                    or _THEN_STAGE.match(sentence.text)
                    or _LATER_STAGE.match(sentence.text)
                )
                if items
                else None
            )
            if stage is None:
                return items or self.ordinal_sentences(index)
            item = clean(sentence.text[stage.end() :], sentence.start + stage.end())
            if item is not None:
                items.append(item)
        return items

    def ordinal_sentences(self, index: int) -> list[FoundItem]:
        """ "The first is to A. The second is to B. The third is C, and the fourth D.": one part per ordinal.

        Only after a count that closes the sentence before ("It rests on four strategic lines."), and
        only when the parts told number as many as the count.
        """
        if index == 0 or not _opens_on_first(self.sentences[index]):
            return []
        before = self.sentences[index - 1].text
        # "It rests on four strategic lines.", "Kerry put a five-part arrangement to the two campaigns."
        count = _NAMED.search(before) or _COUNT_CLOSING.search(before)
        wanted = _count_of(count.group()) if count is not None else 0
        counted_back = self.count_of_noun_before(index)
        if counted_back is not None:
            # "offered what he called three guiding principles. ... The first principle, he said, is to A."
            wanted = _count_of(counted_back[1].group())
        # "Aquino set out a road map. First, ... Second, ... Finally, ...": without a count, the run of a plan
        # named just before must go in order and reach a third part.
        # "Then he set out what he called the price of peace. First, ...": a run announced without a plan noun.
        uncounted = wanted == 0 and (self.plan_sentence == index - 1 or self.announces_parts(index - 1))
        items: list[FoundItem] = []
        told: list[int] = []
        ranks: list[int] = []
        for sentence in self.sentences[index:]:
            opening = _ORDINAL_SENTENCE.match(sentence.text)
            others = _THE_OTHERS.match(sentence.text) if opening is None and items else None
            if others is not None and len(items) < wanted:
                # "The first was restoring security. The others, he said, were A, B and C."
                items.extend(split_items(sentence.text[others.end() :], sentence.start + others.end()))
                told.append(sentence.index)
                break
            if opening is None or (len(items) >= wanted and not uncounted):
                break
            rank = _ordinal_rank(opening.group())
            if uncounted and (rank != len(ranks) + 1 and not (rank == _LAST_RANK and len(ranks) >= 2)):
                break
            ranks.append(rank)
            parts = ordinal_items(sentence.text, sentence.start)
            if not parts:
                part = clean(sentence.text[opening.end() :], sentence.start + opening.end())
                parts = [part] if part is not None else []
            items.extend(parts)
            told.append(sentence.index)
            if rank == _LAST_RANK:
                break
        if uncounted:
            if len(ranks) < _UNCOUNTED_RUN:
                return []
        elif wanted < 2 or len(items) != wanted:
            return []
        self.item_sentences.update(told)
        return items

    def run(self) -> list[FoundPlan]:
        plans: list[FoundPlan] = []
        for sentence in self.sentences:
            if sentence.index in self.item_sentences or sentence.index in self.run_sentences:
                continue
            if _may_name_plan(sentence):
                named = _NAMED.search(sentence.text)
                joint = _JOINT.search(sentence.text)
                any_plan = named or _ANY_PLAN.search(sentence.text) or joint
            else:
                named = joint = any_plan = None
            if any_plan is not None and self.inside_continued_list(sentence, any_plan.start()):
                named = joint = any_plan = None  # "It contained A, B and language calling Ukraine's path ..."
            if any_plan is None and sentence.words[:1] in (("under",), ("in",)):
                # "Under the protocol, X will A; Y will B; and Z will C."
                any_plan = _UNDER.match(sentence.text) or self.under_plan_before(sentence)
            if any_plan is None and (":" in sentence.words or "—" in sentence.words or "–" in sentence.words):
                any_plan = _COUNTED.search(sentence.text)
                counted = _COUNTED_PROPOSED.search(sentence.text) if any_plan is None else None
                if counted is not None and _PROPOSING.search(sentence.text, 0, counted.start()):
                    # "He proposed that China help Africa build what he called "three major networks":".
                    any_plan = counted
            if any_plan is None and ":" in sentence.words:
                any_plan = _counted_as_listed(sentence)  # "there were only three ways out: A, B or C"
            if any_plan is None and self.lists_next(sentence):
                any_plan = _SET_OUT_WHAT.search(sentence.text)  # "set out what his country wants. It includes"
            if any_plan is None and self.ordinals_next(sentence):
                any_plan = _COUNT_CLOSING.search(sentence.text)  # "It rests on four lines. The first is to"
            if any_plan is None and not _COUNT_NOUNS.isdisjoint(sentence.words) and self.lists_next(sentence):
                any_plan = _COUNTED_ONLY.search(sentence.text)  # "five concrete projects. They are A, B and C."
            name = named.group().strip('"“” ') if named else None
            if name is None and joint is not None:
                name = joint.group().lower()
            plan_at = any_plan.start() if any_plan is not None else None
            # "Under them, X will A; Y will B": the text named just before, whose proposers are the context.
            if plan_at is not None and any_plan is not None and any_plan.re is not _UNDER_PRONOUN:
                found, strong = self.proposers(sentence, plan_at)
                # "His plan differs": a plan owned outright by someone new is theirs, named or not.
                owner = self.possessor_before(sentence, self.token_at(sentence, sentence.start + plan_at))
                new_owner = owner is not None and owner.ref not in {m.ref for m in self.context[0] if m is not None}
                if found and (
                    not self.context[0] or (strong and (named is not None or not self.context[1] or new_owner))
                ):
                    self.context = (found, name or (None if new_owner else self.context[1]))
                elif name and not self.context[1]:
                    self.context = (self.context[0], name)
            found_here = self.plans_in(sentence, plan_at, name)
            plans.extend(found_here)
            if plan_at is not None:
                self.plan_sentence = sentence.index
                if named is not None and not found_here:
                    self.untold_count = (sentence.index, _count_of(named.group().split("-")[0]))
        return plans

    def inside_continued_list(self, sentence: Sentence, at: int) -> bool:
        """Whether character ``at`` falls in the parts of the plan named just before ("It contained A, B ...")."""
        if self.plan_sentence != sentence.index - 1:
            return False
        lead = _CONTINUATION.match(sentence.text)
        return lead is not None and at >= lead.end()

    def under_plan_before(self, sentence: Sentence) -> re.Match[str] | None:
        """ "Under it, X will A, Y will B": the clauses of the plan named in the sentence just before."""
        if self.plan_sentence != sentence.index - 1 or sentence.text.rstrip().endswith(":"):
            return None  # "Under it, Russia and Turkey will:" opens bullets, read as such
        return _UNDER_PRONOUN.match(sentence.text)

    def count_of_noun_before(self, index: int) -> tuple[Sentence, re.Match[str]] | None:
        """The count of the parts a sentence opening "The first <noun>" tells, in a sentence shortly before
        ("three guiding principles", "read out the five points"), with that sentence."""
        opening = _ORDINAL_SENTENCE.match(self.sentences[index].text)
        noun = opening.group("noun") if opening is not None else None
        if noun is None or not _opens_on_first(self.sentences[index]):
            return None
        counted = re.compile(rf"\b{_NUMBER}[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?{re.escape(noun)}s\b", re.IGNORECASE)
        for sentence in reversed(self.sentences[max(0, index - _COUNT_REACH) : index]):
            found = counted.search(sentence.text)
            if found is not None:
                return sentence, found
        return None

    def announces_parts(self, index: int) -> bool:
        """Whether sentence ``index`` announces parts to come with no plan noun: "he set out what he called"."""
        return index >= 0 and _SET_OUT_WHAT.search(self.sentences[index].text) is not None

    def ordinals_next(self, sentence: Sentence) -> bool:
        following = sentence.index + 1
        return following < len(self.sentences) and _opens_on_first(self.sentences[following])

    def _each(
        self, proposers: Sequence[Mention | None], name: str | None, items: Sequence[FoundItem], sentence: Sentence
    ) -> list[FoundPlan]:
        end = items[-1].end if items else sentence.end
        before_items = items[0].start - sentence.start if items else len(sentence.text)
        signed = _LEADERS_SIGNED.search(sentence.text, 0, before_items) is not None
        if (name is not None and _JOINT.search(name) is not None) or signed or self.leaders_signed_before(sentence):
            proposers = self.signatory_leaders(proposers, sentence.index)
        proposers = self.named_proposers(sentence, proposers, items)
        return [
            FoundPlan(p, name, tuple(items), sentence.index, sentence.start, end) for p in _once(proposers) or [None]
        ]

    def named_proposers(
        self, sentence: Sentence, proposers: Sequence[Mention | None], items: Sequence[FoundItem]
    ) -> Sequence[Mention | None]:
        """The proposers as the article names them: the leader relaying a country's list, or each signatory."""
        proposers = self.relaying_leader(sentence, proposers)
        collective = _COLLECTIVE.search(sentence.text)
        if (
            collective is not None
            and not self.authored_before(sentence)
            and not self.owner_opens(sentence, proposers, collective)
            and (not items or collective.start() < items[0].start - sentence.start)
            and not self.subject_before_collective(sentence, sentence.start + collective.start())
        ):
            proposers = self.collective_signatories(sentence, collective, proposers)
            if not any(p is not None for p in proposers) and collective.group("noun").lower().startswith(
                ("leaders", "heads")
            ):
                # "In their resolution, the leaders called for four steps:": the summit's body speaks.
                proposers = self.recent_org(sentence.index) or proposers
        return proposers

    def owner_opens(self, sentence: Sentence, proposers: Sequence[Mention | None], collective: re.Match[str]) -> bool:
        """ "Under the AU roadmap, the two governments must:": the body or country that owns the plan is named
        in the opening phrase, so what the parties must do is its proposal."""
        opening = _UNDER_OWNED.match(sentence.text)
        return (
            opening is not None
            and opening.end() <= collective.start()
            and bool(proposers)
            and all(
                p is not None and p.kind in ("org", "country") and 0 <= p.start - sentence.start < opening.end()
                for p in proposers
            )
        )

    def authored_before(self, sentence: Sentence) -> bool:
        """ "a plan drawn up by Gaddafi. Under it, the two countries undertake to:": the plan's author, named with
        it in the sentence before, proposes what the parties take on."""
        if sentence.index == 0 or _UNDER_PRONOUN.match(sentence.text) is None:
            return False
        previous = self.sentences[sentence.index - 1]
        plan = _ANY_PLAN.search(previous.text)
        return plan is not None and self.agent(previous, plan.start()) is not None

    def subject_before_collective(self, sentence: Sentence, offset: int) -> bool:
        """ "He said the South would propose, whenever the two presidents met:": the collective is not the subject."""
        tokens = sentence.tokens
        return any(
            m.end <= offset
            and not is_object(tokens, m)
            and _agent_by(tokens, m) is None
            and not (m.last < len(tokens) and tokens[m.last].lower in ("'s", "’s"))
            for m in self.mentions(sentence)
            if m.kind == "leader"
        )

    def collective_signatories(
        self, sentence: Sentence, collective: re.Match[str], proposers: Sequence[Mention | None]
    ) -> Sequence[Mention | None]:
        """ "The two governments committed to:", "the four presidents set out:": one plan per signatory.

        The signatories are the leaders named in the sentence ("a joint statement issued by Obama and
        Trudeau"), else the signers of a text named just before, else the latest leaders of as many
        different countries named before it.
        """
        noun = collective.group("noun").lower()
        # "the presidents of Egypt, Eritrea and Somalia": as many signatories as countries, one of each.
        named_countries = self.countries_after(sentence, sentence.start + collective.end())
        wanted = _collective_size(collective) or (len(named_countries) if len(named_countries) >= 2 else 0)
        office = _PLURAL_OFFICES.get(noun)
        named_already = len({p.ref for p in proposers if p is not None}) >= max(wanted, 2)
        if named_already and (
            office is None or all(p is not None and _holds(self.actors, p, office) for p in proposers)
        ):
            # The signatories are named already ("Japan and China agreed"), and hold the office the
            # plural names ("the two presidents": not President Musharraf and his prime minister).
            return proposers
        by_country = noun in _STATES
        # "the two presidents" itself names nobody: a bare title may point at a president named earlier.
        here = [
            m for m in self.mentions(sentence) if m.kind == "leader" and m.form != "title" and self.signs(sentence, m)
        ]
        chosen = _distinct(here, self.actors, by_country=by_country)
        if len(chosen) >= 2 and (not wanted or len(chosen) == wanted):
            return chosen
        # "X and Y signed matching documents. In them, the two sides undertook to:": the signers just named.
        signed = self.signed_before(sentence)
        if len(signed) >= 2 and (not wanted or len(signed) == wanted):
            return signed
        if by_country and wanted:
            # "Wade received Deby of Chad and Bashir of Sudan. ... commits the two governments to": the
            # leaders of as many countries named together last, subjects or not.
            together = self.leaders_named_together(sentence, wanted)
            if together:
                return together
        if not wanted and noun == "leaders":
            heads = self.heads_just_named(sentence)
            if len(heads) >= _MIN_LEADERS_NAMED:
                return heads
        if not wanted or noun in _NOT_HEADS:
            return proposers
        earlier = self.earlier_signers(sentence, noun, office)
        countries = self.signing_countries(sentence) if len(named_countries) != wanted else set(named_countries)
        if len(countries) == wanted:
            earlier = [m for m in earlier if self.actors.entities[m.ref].country in countries]
        if office is not None:
            # "the two presidents": the presidents among the heads named before (Hu, not Premier Wen).
            holders = [m for m in earlier if _holds(self.actors, m, office)]
            if len(_distinct([*here, *holders], self.actors, by_country=by_country)) >= wanted:
                earlier = holders
        chosen = _distinct([*here, *earlier], self.actors, by_country=by_country)[:wanted]
        if len(chosen) == wanted:
            return chosen
        if by_country:
            # "Saudi Arabia, the UAE and Bahrain said ... In the statement, the three governments said:" with
            # no leader named: the countries named together as a subject before.
            named_together = self.last_pair(sentence.index, "country")
            if len(named_together) == wanted:
                return named_together
        return proposers

    def leaders_named_together(self, sentence: Sentence, wanted: int) -> list[Mention]:
        """The latest ``wanted`` leaders of as many countries listed together before ``sentence``."""
        for previous in reversed(self.sentences[max(0, sentence.index - _SIGNERS_REACH) : sentence.index]):
            # Governments answer through their heads: not the UN chief or a secretary of state among the guests.
            pool = [
                m
                for m in self.mentions(previous)
                if m.kind == "leader" and m.form != "pronoun" and _is_head(self.actors, m)
            ]
            for anchor in pool:
                group = self.coordinated(previous, pool, anchor)
                if len(group) == wanted and len(_distinct(list(group), self.actors, by_country=True)) == wanted:
                    return list(group)
        return []

    def heads_just_named(self, sentence: Sentence) -> list[Mention]:
        """ "Putin and his guests -- Bush, Blair, ... -- argued over the wording. A lasting end to the
        violence, the leaders said, requires:": the heads named just before, one per country."""
        named = [
            m
            for previous in self.sentences[max(0, sentence.index - _LEADERS_REACH) : sentence.index]
            for m in self.mentions(previous)
            if m.kind == "leader" and self.takes_part(m) and _is_head(self.actors, m)
        ]
        return _distinct(named, self.actors, by_country=True)

    def earlier_signers(self, sentence: Sentence, noun: str, office: str | None) -> list[Mention]:
        """The leaders before ``sentence`` who may be among a collective's signatories, those of a sentence
        about signing or agreeing first ("put their signatures to"), then the latest."""
        cohosts = noun == "co-hosts"  # "the three co-hosts": a UN chief among them
        # Within a reach: signatories are named in the story told around the text, not anywhere before.
        latest_first = self.sentences[max(0, sentence.index - _SIGNERS_REACH) : sentence.index][::-1]
        cue = _HOSTING_WORDS if cohosts else _SIGNING_WORDS  # "co-hosted by A, B and C" names the co-hosts
        before = sorted(latest_first, key=lambda previous: cue.isdisjoint(previous.words))
        return [
            m
            for previous in before
            for m in self.mentions(previous)
            if m.kind == "leader"
            and self.takes_part(m)
            and (
                cohosts
                or _is_head(self.actors, m)
                # "all four leaders": the head of a body at the table is one of them.
                or (noun == "leaders" and self.actors.entities[m.ref].country is None)
                or (office is not None and _holds(self.actors, m, office))
            )
        ]

    def signing_countries(self, sentence: Sentence) -> set[str]:
        """ "The two leaders signed a partnership in which France and Sweden committed to": the countries
        bound, named before the list (a country in the list is no signer)."""
        colon = sentence.text.find(":")
        opening = sentence.start + (colon if colon >= 0 else len(sentence.text))
        return {
            m.ref
            for m in self.mentions(sentence)
            if m.kind == "country" and m.end <= opening and not is_object(sentence.tokens, m)
        }

    def countries_after(self, sentence: Sentence, offset: int) -> list[str]:
        """The countries coordinated after "of" at character ``offset``: "of Egypt, Eritrea and Somalia"."""
        tokens = sentence.tokens
        at = self.token_at(sentence, offset)
        if at >= len(tokens) or tokens[at].lower != "of":
            return []
        countries = {m.first: m for m in self.mentions(sentence) if m.kind == "country"}
        named: list[str] = []
        position = at + 1
        while position in countries:
            named.append(countries[position].ref)
            position = countries[position].last
            if position < len(tokens) and tokens[position].lower in (",", "and"):
                position += 1
                if position < len(tokens) and tokens[position].lower == "and":
                    position += 1
        return named

    def signs(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a leader named beside a joint text signs it: not "read out by X", "in the presence of X"."""
        if not self.takes_part(mention):
            return False
        tokens = sentence.tokens
        # Another leader named just before ends the walk back: "read out by Solana, Prime Minister X".
        others = {m.last for m in self.mentions(sentence) if m.kind == "leader" and m is not mention}
        back = _start_of_name(tokens, mention.first, others, _NAME_JOINS)
        by = back if back >= 0 and tokens[back].lower == "by" else _agent_by(tokens, mention, others)
        if by is not None:
            return _signed_by(tokens, by)
        return not (back >= 1 and tokens[back].lower == "of" and tokens[back - 1].lower == "presence")

    def takes_part(self, mention: Mention) -> bool:
        return not self.actors.entities[mention.ref].history_only

    def relaying_leader(self, sentence: Sentence, proposers: Sequence[Mention | None]) -> Sequence[Mention | None]:
        """ "The king told Trump that Morocco would:", "Erdogan set out Ankara's terms:": the leader who
        states a country's list proposes it, as a spokesperson's words are their leader's."""
        if len(proposers) != 1 or proposers[0] is None or proposers[0].kind != "country":
            return proposers
        country = proposers[0]
        here = self.mentions(sentence)
        if not sentence.start <= country.start < sentence.end:
            return proposers  # a proposer carried over from an earlier sentence
        tokens = sentence.tokens
        if country.first > 0 and tokens[country.first - 1].text.lower() == "by":
            return proposers  # "a plan put forward by India": the country is named as its author
        for mention in here:
            if mention.kind != "leader" or mention.last > country.first or is_object(tokens, mention):
                continue
            between = tokens[mention.last : country.first]
            # A verb stands between them: "Erdogan set out Ankara's terms", not "Turkey's Erdogan".
            acts = any(t.text.isalpha() and t.text.islower() for t in between)
            entity = self.actors.entities[mention.ref]
            # "Foreign Minister X said Quito would ask": a minister the article gives no country speaks for it.
            if acts and entity.country in (country.ref, None) and entity.organization is None:
                return [mention]
            if acts and entity.country is None and seated_in(entity.organization, country.ref):
                return [mention]  # "Barroso said Brussels expected": the seat of his body stands for it
        # "Minh set out four demands. Hanoi wants China:": the leader who opened the sentence before speaks for it.
        # A demonym keeps the country: "the final Qatari proposal" is Qatar's (the guidelines).
        opener = self.presenter_before(sentence) if country.form in ("capital", "country", "government") else ()
        leader = opener[0] if opener else None
        if leader is None and country.form in ("country", "government"):
            # "Obama ordered troops ... Under the plan, the United States will:": the leader who acted last.
            leader = self.leader_subject_before(sentence.index)
        if leader is not None and leader.kind == "leader" and self.actors.entities[leader.ref].country == country.ref:
            return [leader]
        return proposers

    def leaders_signed_before(self, sentence: Sentence) -> bool:
        """Whether the sentence before says leaders signed the text: "the memorandum the two leaders had signed
        off on. Under it, Russia and Turkey will:" is the two leaders' text."""
        if sentence.index == 0:
            return False
        previous = self.sentences[sentence.index - 1]
        pair = _PAIR.search(previous.text) if not _SIGNING_VERBS.isdisjoint(previous.words) else None
        return pair is not None and pair.group("people") is not None

    def signatory_leaders(self, proposers: Sequence[Mention | None], index: int) -> Sequence[Mention | None]:
        """Countries that sign a joint text, as the leaders who met to agree it.

        Only when every signatory is a country with exactly one head of state or government named,
        and those leaders are named together in a sentence up to ``index`` (they met in person;
        a text agreed by delegations stays with the countries).
        """
        if len(proposers) < 2 or any(p is None or p.kind != "country" for p in proposers):
            return proposers
        leaders: list[Mention | None] = []
        for mention in proposers:
            assert mention is not None
            key = self.leader_of(mention.ref)
            if key is None:
                return proposers
            leaders.append(attrs.evolve(mention, kind="leader", ref=key))
        keys = {m.ref for m in leaders if m is not None}
        for sentence in self.sentences[: index + 1]:
            if keys <= {m.ref for m in self.mentions(sentence) if m.kind == "leader"}:
                return leaders
        return proposers

    def chosen(self, sentence: Sentence, plan_at: int | None, position: int, *, ordinal: bool = False) -> _Group:
        """The proposers of a plan whose list starts in ``sentence``: a cue there, else the context."""
        if plan_at is not None:
            found, strong = self.proposers(sentence, plan_at)
            if found and (strong or not self.context[0]):
                return found
            if ordinal and self.context[0]:
                return self.context[0]
            plan_token = self.token_at(sentence, sentence.start + plan_at)
            # "In its final declaration, the league called for:": the subject after the text it is named in.
            after = tuple(m for m in self.subject(sentence, position) if m.first > plan_token)
            if after and sentence.words[0] == "in":
                # "In the declaration, Rakhmonov and Putin agreed to:", whoever signed it before; "Under the
                # proposal, the United States would:" names a party bound by it, not its author.
                return after
            if plan_token <= 3 and self.context[0]:
                # "The plan calls for:", "The paper lists:": the plan is the subject.
                return self.context[0]
            if not (found or after) and _MEETING_TEXT.match(sentence.text):
                # "The summit's conclusions attach four conditions": the body that met, not the last speaker.
                return self.recent_org(sentence.index) or self.context[0] or self.signed_before(sentence)
            return found or after or self.context[0] or self.signed_before(sentence)
        if ordinal and self.context[0]:
            return self.context[0]
        found = self.subject(sentence, position)
        # The text signed just before ("... issued a statement in the names of A, B and C. In it:") outranks
        # a plan named earlier.
        return found or self.signed_before(sentence) or self.context[0]

    def plans_in(self, sentence: Sentence, plan_at: int | None, name: str | None) -> list[FoundPlan]:
        told_after = self.counted_run(sentence) or self.counted_parts_told(sentence)
        if told_after:
            return told_after  # the parts of a count put forward in the sentence before
        noes = self.pledged_noes(sentence)
        if noes:
            return noes  # "pledged that there would be no declaration of independence, no ...": whatever else it names
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
                owner = self.opening_possessor(sentence)
                proposers = (
                    (owner,) if owner is not None else self.chosen(sentence, plan_at, len(sentence.tokens))
                ) or self.presenter_before(sentence)
                return self._each(proposers, name or self.context[1], items, sentence)
            return []
        # "The first stage, Lee said, would be A. ...": a run of stages needs no plan named just before.
        first_stage = _STAGE_SENTENCE.match(text) is not None and _opens_on_first(sentence)
        counted_back = self.count_of_noun_before(sentence.index) if plan_at is None else None
        if (
            self.plan_sentence == sentence.index - 1
            or plan_at is not None
            or first_stage
            or counted_back
            or self.announces_parts(sentence.index - 1)
        ):
            items = ordinal_items(text, sentence.start) or self.stages_from(sentence.index)
            if len(items) >= 2:
                for index in range(sentence.index, sentence.index + len(items)):
                    if _STAGE_SENTENCE.match(self.sentences[index].text) if index < len(self.sentences) else False:
                        self.item_sentences.add(index)
                proposers = self.chosen(sentence, plan_at, len(sentence.tokens), ordinal=True)
                named_before = self.plan_sentence == sentence.index - 1
                after_plan_named = named_before and sentence.index > 1
                if counted_back is not None and not named_before:
                    # The parts of a count told sentences before: whoever put that count forward.
                    where, count = counted_back
                    proposers = self.subject(where, self.token_at(where, where.start + count.start())) or proposers
                elif not proposers and (after_plan_named or first_stage):
                    # With no one named, the leader who acted shortly before the sentence naming the plan
                    # ("Hollande pledged money and arms. The package has three parts. The first is"), or before
                    # the stages themselves ("Konare presented a study that proposes moving in stages. In the
                    # first stage, ...").
                    presenter = self.leader_subject_before(sentence.index - 1 if after_plan_named else sentence.index)
                    proposers = (presenter,) if presenter is not None else ()
                return self._each(proposers, name or self.context[1], items, sentence)
        if plan_at is None:
            return (
                self.continued_list(sentence)
                or self.expectation_list(sentence)  # before "laid out A, B and C": "laid out what ...: A, B"
                or self.proposed_list(sentence)
                or self.demanded_list(sentence)
                or self.committed_list(sentence)
                or self.needs_list(sentence)
                or self.reported_measures(sentence)
                or self.infinitive_list(sentence)
                or self.prescriptive_run(sentence)
            )
        under = _UNDER.match(text) or self.under_plan_before(sentence)
        if under is not None:
            items = split_items(text[under.end() :], sentence.start + under.end())
            if len(items) == 1 and _MODAL_WORD.search(items[0].text):
                # "Under his proposal, Kabila would have stayed on. Four vice-presidents would have ...": the
                # opening clause is the first of parts told one sentence each.
                told = self.run_after(sentence, plan_at, name, items)
                if told:
                    return told
            if not (len(items) >= 2 and all(_MODAL_WORD.search(item.text) for item in items)):
                # "Under the proposal, the United States would hold X, send Y and help Z": one subject, several acts.
                head = _UNDER_HEAD.match(text)
                body = head.end() if head is not None else under.end()
                items = verb_phrase_items(text[body:], sentence.start + body)
            if len(items) >= 2:
                before = under.re is _UNDER_PRONOUN and self.context[0]
                proposers = self.context[0] if before else self.chosen(sentence, plan_at, len(sentence.tokens))
                return self._each(proposers, name or self.context[1], items, sentence)
        intro = _INTRO.search(text)
        if intro is not None and intro.group() == ":" and text[intro.end() :].lstrip()[:1] in _QUOTE_OPENINGS:
            intro = None  # 'said: "As you know, ..."': a quotation, not a list
        if intro is not None and intro.group().lower() == "including" and intro.start() < plan_at:
            # "Leaders including Starmer and Macron discussed a U.S. plan": who discussed it, not its parts.
            intro = _INTRO.search(text, plan_at)
        if intro is not None and intro.group().lower() == "including" and text[intro.end() :].lstrip()[:1] == ",":
            intro = None  # 'to do their share, including, "as appropriate," by joining ...': an aside, not a list
        proposed = _PLAN_PROPOSED.search(text, plan_at)  # "The plan drawn up by Annan proposed A, B and C"
        if proposed is not None and text[proposed.end() :].lower().startswith("by "):
            proposed = None  # "The principles were proposed by X, who flew to A, B and C": the agent, no parts
        if intro is None or (
            proposed is not None and intro.group().lower() == "including" and proposed.start() < intro.start()
        ):
            intro = proposed  # "The plan proposes A; energy, including oil; and B": the list opens at the verb
        if intro is None:
            counted = _COUNTED.match(text, plan_at)
            if counted is not None and counted.group().rstrip().endswith(("—", "–")):
                intro = counted  # "would follow three tracks — A, B and C": the dash opens the list
        if intro is None:
            return (
                self.continued_list(sentence)
                or self.run_after(sentence, plan_at, name, [])
                or self.needs_list(sentence)
                or self.infinitive_list(sentence, plan_at, name)
            )
        counted = _counted_as_listed(sentence, intro.end()) if intro.group() != ":" else None
        # "will start with pilot projects and will concentrate on five areas: A, B, C, D and E": the list opens
        # at the counted colon, while who proposes is read where the first opening stands.
        body_start = counted.end() if counted is not None else intro.end()
        colon = _COLON_SOON.match(text, body_start) if counted is None and intro.group() != ":" else None
        if colon is not None:
            body_start = colon.end()  # "three demands that he said the powers must make of Tehran: A, B and C"
        items = split_items(text[body_start:], sentence.start + body_start)
        if intro.group().lower().startswith("which") and intro.group().endswith(("would", "will")):
            items = _acts_or_objects(items)
        if len(items) < 2:
            return self.run_after(sentence, plan_at, name, items)
        position = self.token_at(sentence, sentence.start + intro.start())
        found, strong = self.proposers(sentence, min(plan_at, intro.start()))
        subject = self.subject(sentence, position)
        if subject and self.reacts(sentence, subject, min(plan_at, intro.start())):
            subject = ()
        if subject and _RELAYED.search(text) and self.context[0]:
            subject = ()  # "The proposal, handed to Berri by the ambassador, includes": whoever carried it
        chosen: Sequence[Mention | None] = (
            found if strong and found else (subject[:1] or self.antecedent(sentence, plan_at) or self.context[0])
        )
        chosen = self.named_proposers(sentence, chosen, items)
        return [
            FoundPlan(p, name, tuple(items), sentence.index, sentence.start, sentence.end)
            for p in _once(chosen) or [None]
        ]

    def antecedent(self, sentence: Sentence, plan_at: int) -> _Group:
        """Who proposed the plan that "the package" names again: the proposer where that noun was last used.

        "Samaras said his government would finalise a savings package. According to Greek officials,
        the package rests on three pillars:" is Samaras's package.
        """
        noun = _ANY_PLAN.match(sentence.text, plan_at)
        if noun is None:
            return ()
        if not sentence.text[:plan_at].lower().endswith("the "):
            # "The emir raised Qatar's pledge. The reconstruction package includes": a plan opening the
            # sentence with no owner named belongs to whoever opened the sentence before it.
            return self.presenter_before(sentence) if _OPENING_PLAN.match(sentence.text[: noun.end()]) else ()
        same_noun = re.compile(rf"\b{re.escape(noun.group())}\b", re.IGNORECASE)
        for previous in reversed(self.sentences[max(0, sentence.index - _ANTECEDENT_REACH) : sentence.index]):
            used = same_noun.search(previous.text)
            if used is not None:
                return self.proposers(previous, used.start())[0]
        return ()

    def lists_next(self, sentence: Sentence) -> bool:
        """Whether the next sentence opens by listing ("They are ..."), after a count in this one."""
        following = self.sentences[sentence.index + 1] if sentence.index + 1 < len(self.sentences) else None
        return following is not None and _CONTINUATION.match(following.text) is not None

    def continued_list(self, sentence: Sentence) -> list[FoundPlan]:
        """The plan named in the sentence before, its parts listed now: "It included A, B and C",
        "The plan covers A, B and C", "It would begin with A, move on to B and end with C"."""
        if self.plan_sentence != sentence.index - 1:
            return []
        lead = _CONTINUATION.match(sentence.text) or _WANTS_OF.match(sentence.text)
        if lead is None:
            return self.money_uses(sentence)
        body = sentence.text[lead.end() :]
        items = [_without_step_verb(item) for item in split_items(body, sentence.start + lead.end())]
        if lead.groupdict().get("acts"):
            items = _acts_or_objects(items)
        elif _FOR_PARTS.search(body) and lead.group().rstrip(" \t:").lower().endswith("for"):
            # "It provides for A and for B, C and D": two parts, the second with its own list, or three.
            items = repeated_for_items(body, sentence.start + lead.end())
        if len(items) < 2 or any(len(item.text.split()) > _MAX_CONTINUED_ITEM_WORDS for item in items):
            return []
        # The plan was named, and its proposers with it, in the sentence before, unless the list's own
        # opening names them: "X and Y signed matching documents. In them, the two sides undertook to".
        named_in = self.sentences[sentence.index - 1]
        proposers: Sequence[Mention | None] = self.context[0] or [None]
        if lead.groupdict().get("obliged"):
            # "Bayramov ... set out what Baku needs. Armenia, he said, must A, B and C": whoever set it out
            # there, not others of the story's plans.
            there = {m.ref for m in self.mentions(named_in)}
            proposers = [p for p in proposers if p is not None and p.ref in there] or proposers
            if not any(proposers):
                # "The delegation outlined a package. Washington will A; it will B": the side that acts, named
                # once; "it will" repeats it.
                opening = [
                    m
                    for m in self.mentions(sentence)
                    if m.start < sentence.start + lead.end() and m.kind in ("country", "org")
                ]
                proposers = opening[:1] or proposers
            items = [_without_repeated_subject(item) for item in items]
        collective = _COLLECTIVE.search(sentence.text, 0, lead.end())
        if collective is not None:
            proposers = self.collective_signatories(sentence, collective, proposers)
        plans = self._each(proposers, self.context[1], items, named_in)
        return plans if any(plan.proposer is not None for plan in plans) else []

    def money_uses(self, sentence: Sentence) -> list[FoundPlan]:
        """ "The plan will be run by OCHA. The money will buy A, install B and pay for C.": what the plan named
        just before pays for, one part per act."""
        money = _MONEY_WILL.search(sentence.text)
        if money is None or not self.context[0]:
            return []
        goes_to = _GOES_TO.match(sentence.text, money.end())
        if goes_to is not None:
            # "She said the money would go to A, to B and to C": one part per "to".
            items = split_items(sentence.text[goes_to.end() :], sentence.start + goes_to.end())
        else:
            items = verb_phrase_items(sentence.text[money.start() :], sentence.start + money.start())
        if len(items) < _MIN_MEASURES:
            return []
        # "She said the money would go to": the speaker who tells it; else the plan's proposer.
        speaker = self.subject(sentence, self.token_at(sentence, sentence.start + money.start()))[:1]
        theirs = not speaker or speaker[0].ref in {m.ref for m in self.context[0] if m is not None}
        name = self.context[1] if theirs else None  # another's plan keeps its name to itself
        return self._each(speaker or self.context[0], name, items, self.sentences[sentence.index - 1])

    def counted_parts_told(self, sentence: Sentence) -> list[FoundPlan]:
        """ "Guterres repeated a three-step proposal. He called for A, for B, and for C.": the parts of a counted
        plan named without them just before, told by its proposer, as many as counted."""
        told_after, wanted = self.untold_count
        lead = _TELLS_PARTS.match(sentence.text) if told_after == sentence.index - 1 else None
        if lead is None or not self.context[0]:
            return []
        items = split_items(sentence.text[lead.end() :], sentence.start + lead.end())
        if len(items) != wanted:
            return []
        return self._each(self.context[0], self.context[1], items, sentence)

    def proposed_list(self, sentence: Sentence) -> list[FoundPlan]:
        """'he proposed the lifting of sanctions, an amnesty and new elections': three or more parts, no plan noun."""
        if _PROPOSED_LIST_WORDS.isdisjoint(sentence.words):
            return []  # the pattern needs one of these words; most sentences have none
        text = sentence.text
        verb = _PROPOSED_LIST.search(text)
        if verb is None:
            return []
        opening = verb.end()
        colon = _COLON_SOON.match(text, opening)
        if colon is not None:
            opening = colon.end()  # "the pillars that Grossi set out in March: A; B; and C": the list after it
        rest = text[opening:]
        including = _PROPOSED_INCLUDING.match(rest)
        if including is not None:
            # "proposed a solution that includes A, B and C": whatever is proposed is a proposal.
            items = split_items(rest[including.end() :], sentence.start + opening + including.end())
            return self.by_subject(sentence, verb.start(), items) if len(items) >= _MIN_MEASURES else []
        clauses = _THAT_CLAUSES.fullmatch(rest.rstrip(" .;"))
        if clauses is not None:
            # "proposed that A, that B and that C": each "that" clause is a part.
            items = split_items(rest, sentence.start + opening)
            if len(items) >= _MIN_MEASURES and all(item.text.split()[0].lower() != "that" for item in items):
                return self.by_subject(sentence, verb.start(), items)
            return []
        if re.search(r"\bthat\b", rest):
            return []  # "proposed X, and that de-escalation was possible": reported clauses, not parts
        items = split_items(rest, sentence.start + opening)
        if len(items) < 3 or any(len(item.text.split()) > _MAX_LIST_ITEM_WORDS for item in items):
            return []
        if any(item.text.split()[0].lower() in _NOT_ITEM_OPENERS for item in items if item.text.split()):
            return []  # "set out new targets ..., at the end of two days of talks": a scene, not parts
        return self.by_subject(sentence, verb.start(), items)

    def by_subject(self, sentence: Sentence, head: int, items: list[FoundItem]) -> list[FoundPlan]:
        """The plan of the subject of the clause whose cue starts at character ``head`` (none without one)."""
        proposers = self.subject(sentence, self.token_at(sentence, sentence.start + head))
        if proposers:
            return self._each(proposers[:1], None, items, sentence)
        pair = _PAIR.search(sentence.text, 0, head)
        if pair is not None:
            # "In the statement, the two presidents proposed that A, that B and that C": the pair named last.
            signers = self.pair_named_last(sentence.index, pair)
            return self._each(signers, None, items, sentence) if signers else []
        return []

    def needs_list(self, sentence: Sentence) -> list[FoundPlan]:
        """ "Ukraine's most urgent needs were A, B and C": what one side asks for, listed after a copula.

        The owner is the possessor of the noun; a leader who says it speaks for the country (the guidelines).
        """
        listed = _list_after(sentence, _NEEDS_WERE, _NEED_NOUNS)
        if listed is None:
            return []
        head, items = listed
        noun = self.token_at(sentence, sentence.start + head.start())
        tokens = sentence.tokens
        owner = next(
            (
                m
                for m in self.mentions(sentence)
                if m.last < noun
                and tokens[m.last].lower in ("'s", "’s")
                and noun - m.last - 1 <= _NEED_MODIFIERS
                and all(t.text.isalpha() and t.text.islower() for t in tokens[m.last + 1 : noun])
            ),
            None,
        )
        if owner is None:
            return []
        return self._each(self.relaying_leader(sentence, [owner]), None, items, sentence)

    def counted_run(self, sentence: Sentence) -> list[FoundPlan]:
        """ "Kenyatta set out four steps. The force is to deploy ...; all parties must ...; ...": the parts of a
        count named in the sentence before, one per clause between semicolons, as many as counted."""
        if sentence.index == 0 or sentence.text.count(";") < _MIN_MEASURES - 1:
            return []  # most sentences have no such run
        previous = self.sentences[sentence.index - 1]
        if _COUNT_NOUNS.isdisjoint(previous.words):
            return []
        counted = _COUNTED_ONLY.search(previous.text)
        number = NUMBER_WORDS.get(counted.group().split()[0].lower(), 0) if counted is not None else 0
        if counted is None or not _PROPOSING.search(previous.text, 0, counted.start()):
            return []  # "set out four steps", "proposed three measures": a count someone puts forward
        if sum(1 for part in sentence.text.split(";") if part.strip(" .")) != number:
            return []
        found = split_items(sentence.text, sentence.start)
        proposers = self.subject(previous, self.token_at(previous, previous.start + counted.start()))
        return self._each(proposers[:1], None, found, sentence) if proposers and len(found) == number else []

    def pledged_noes(self, sentence: Sentence) -> list[FoundPlan]:
        """ "X pledged that there would be no A, no B and no C": the pledge's parts, each a "no", three or more."""
        pledge = _PLEDGED_NO.search(sentence.text) if "no" in sentence.words else None
        if pledge is None:
            return []
        text = sentence.text
        # '"no unification, no independence and no use of force" across the Strait': the quotation holds the list.
        closing = (
            text.find("”" if text[pledge.end() - 1] == "“" else '"', pledge.end())
            if text[pledge.end() - 1] in '"“'
            else -1
        )
        body = text[pledge.end() : closing] if closing > 0 else text[pledge.end() :]
        items = split_items(body, sentence.start + pledge.end())
        if len(items) < _MIN_NOES or not all(item.text.lower().startswith("no ") for item in items[:_MIN_NOES]):
            return []
        proposers = self.subject(sentence, self.token_at(sentence, sentence.start + pledge.start()))
        return self._each(proposers[:1], None, items, sentence) if proposers else []

    def committed_list(self, sentence: Sentence) -> list[FoundPlan]:
        """ "... issued a joint statement. In it they committed to A, B and C": each signer's commitments.

        The joint text is named in the sentence or the one before it; "they" are the leaders who signed it.
        """
        listed = _list_after(sentence, _COMMITTED_TO, _COMMITTING)
        if listed is None:
            return []
        head, items = listed
        source, joint = sentence, _JOINT.search(sentence.text, 0, head.start())
        if joint is None and sentence.index > 0:
            source = self.sentences[sentence.index - 1]
            joint = _JOINT.search(source.text)
        if joint is None:
            return []
        subject = self.subject(sentence, self.token_at(sentence, sentence.start + head.start()))
        if not subject:
            signing = [m for m in self.mentions(source) if m.kind == "leader" and self.signs(source, m)]
            subject = tuple(_distinct(signing, self.actors, by_country=False)) or self.signers(source, joint.start())
        return self._each(subject, joint.group().lower(), items, sentence)

    def demanded_list(self, sentence: Sentence) -> list[FoundPlan]:
        """ "the three co-hosts called for A; B; C; and D": demands set apart by semicolons are parts."""
        repeated_for = _CALLED_FOR.search(sentence.text) if "for" in sentence.words else None
        if repeated_for is not None:
            # "the ICGLR calls for the M23 to withdraw, for the rebels to pull back, and for talks": each "for"
            items = repeated_for_items(sentence.text[repeated_for.end() :], sentence.start + repeated_for.end())
            if items:
                proposers = self.subject(sentence, self.token_at(sentence, sentence.start + repeated_for.start()))
                return self._each(proposers[:1] or [None], None, items, sentence)
        if sentence.text.count(";") < _MIN_MEASURES - 1:
            return []  # most sentences have no such list
        head = _DEMANDED_LIST.search(sentence.text)
        if head is None:
            return []
        rest = sentence.text[head.end() :]
        items = split_items(rest, sentence.start + head.end())
        if len(items) < _MIN_MEASURES or any(len(item.text.split()) > _MAX_CONTINUED_ITEM_WORDS for item in items):
            return []
        proposers = self.subject(sentence, self.token_at(sentence, sentence.start + head.start()))
        return self._each(proposers[:1] or [None], None, items, sentence)

    def reported_measures(self, sentence: Sentence) -> list[FoundPlan]:
        """ "told Reuters that the kingdom would end all flights, halt trade and bar travel": three acts or
        more announced in one reported clause are the speaker's package of measures."""
        if "that" in sentence.words:
            head = _REPORTED_THAT.search(sentence.text)
        elif not _PRESCRIPTIVE.isdisjoint(sentence.words):
            # "Bush said Cuba's new leaders should release A, allow B and hold C": what others must do.
            head = _REPORTED_MUST.search(sentence.text)
        else:
            return []
        if head is None:
            return []
        body = sentence.text[head.end() :]
        items = verb_phrase_items(body, sentence.start + head.end())
        if len(items) < _MIN_MEASURES or items[0].text.split()[0].lower() not in ACTION_VERBS:
            return []
        return self.by_subject(sentence, head.start(), items)

    def expectation_list(self, sentence: Sentence) -> list[FoundPlan]:
        """ "set out what Mexico expected from the next president: A; B; and C": what one side asks of another,
        or any list that a verb of setting out introduces as "what ...:"."""
        if ":" not in sentence.text or "what" not in sentence.words:
            return []  # most sentences have neither
        head = _EXPECTATION.search(sentence.text)
        if head is None:
            return []
        items = split_items(sentence.text[head.end() :], sentence.start + head.end())
        if len(items) < 2 or any(len(item.text.split()) > _MAX_CONTINUED_ITEM_WORDS for item in items):
            return []
        return self.by_subject(sentence, head.start(), items)

    # -- proposals told sentence by sentence ---------------------------------

    def run_clauses(self, sentence: Sentence) -> list[tuple[bool, str, int, int, int]]:
        """The modal clauses of a sentence of a run: (pronoun subject, modal, subject start, verb start, end).

        Offsets are the article's. Empty unless the sentence opens with "<subject> <modal> <verb>".
        """
        text = sentence.text
        # Each clause with where it starts and where the join before it starts.
        found: list[tuple[re.Match[str], int, int]] = []
        match = _RUN_CLAUSE.match(text)
        if match is None or not _good_subject(match.group("subject")):
            return []
        found.append((match, 0, 0))
        for join in _RUN_JOIN.finditer(text, match.end()):
            clause = _RUN_CLAUSE.match(text[join.end() : join.end() + 200])
            # "..., and fourth, they should expand exchanges": a later part of the run may open on its ordinal.
            lead = clause.group("lead").strip(" \t,").lower() if clause is not None else ""
            if clause is not None and (not lead or lead in _LATER_ORDINALS) and _good_subject(clause.group("subject")):
                found.append((clause, join.end(), join.start()))
        clauses: list[tuple[bool, str, int, int, int]] = []
        for number, (clause, offset, _) in enumerate(found):
            stop = found[number + 1][2] if number + 1 < len(found) else len(text)
            subject = clause.group("subject").strip().lower()
            clauses.append(
                (
                    subject in _PRONOUNS,
                    clause.group("modal").lower(),
                    sentence.start + offset + clause.start("subject"),
                    sentence.start + offset + clause.end(),
                    sentence.start + stop,
                )
            )
        return clauses

    def modal_run(self, index: int, *, prescriptive: bool) -> tuple[list[FoundItem], list[int]]:
        """Items of consecutive modal sentences from sentence ``index``, and those sentences.

        When most clauses have a pronoun subject ("They should ..."), the subject is the
        addressee shared by every item and goes; otherwise it is part of the item.
        """
        clauses: list[tuple[bool, str, int, int, int]] = []
        used: list[int] = []
        for sentence in self.sentences[index:]:
            if sentence.index in self.item_sentences or sentence.index in self.run_sentences:
                break
            modals = _RUN_GOING_ON_MODALS if used else _MODALS
            if modals.isdisjoint(sentence.words) or _STAGE_SENTENCE.match(sentence.text):
                break  # "The first phase would ..." sentences are read as stages
            found = self.run_clauses(sentence)
            if not found or (prescriptive and any(modal not in _PRESCRIPTIVE for _, modal, *_ in found)):
                break
            if not used and any(modal == "could" for _, modal, *_ in found):
                break
            clauses.extend(found)
            used.append(sentence.index)
        shared = 2 * sum(1 for pronoun, *_ in clauses if pronoun) > len(clauses)
        items: list[FoundItem] = []
        for _, _, subject, verb, end in clauses:
            sentence = self.sentence_at(subject)
            begin = verb if shared else subject
            item = clean(sentence.text[begin - sentence.start : end - sentence.start], begin)
            if item is not None:
                items.append(item)
        return items, used

    def sentence_at(self, offset: int) -> Sentence:
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].start <= offset:
                low = middle
            else:
                high = middle - 1
        return self.sentences[low]

    def recent_org(self, index: int) -> _Group:
        """The organisation named last up to sentence ``index``: the author of an unsigned text."""
        for sentence in reversed(self.sentences[max(0, index - 8) : index + 1]):
            orgs = [m for m in self.mentions(sentence) if m.kind == "org"]
            if orgs:
                return (orgs[-1],)
        return ()

    def run_after(
        self, sentence: Sentence, plan_at: int, name: str | None, lead: Sequence[FoundItem]
    ) -> list[FoundPlan]:
        """A plan named in ``sentence`` whose parts follow as modal sentences ("Troops would leave.")."""
        if not self.sentences or sentence.index + 1 >= len(self.sentences):
            return []
        if self.sentences[sentence.index + 1].start - sentence.end > 1:
            return []  # "... called for a national plan.\n\nThe visit would have been ...": a new paragraph
        items, used = self.modal_run(sentence.index + 1, prescriptive=False)
        if not used or len(lead) + len(items) < 2:
            return []
        self.run_sentences.update(used)
        proposers = self.chosen(sentence, plan_at, len(sentence.tokens)) or self.recent_org(sentence.index)
        return self._each(proposers, name or self.context[1], [*lead, *items], sentence)

    def infinitive_list(
        self, sentence: Sentence, plan_at: int | None = None, name: str | None = None
    ) -> list[FoundPlan]:
        """ "India wants Islamabad to hand over A, to ban B and to end C": three acts or more, each opened by
        its own "to", are the parts of what the clause's subject proposes or demands; after a plan noun
        ("The package the six powers put on the table asks Iran to A, to B and to C"), of that plan."""
        head = _infinitive_run(sentence)
        if head is None:
            return []
        offset = sentence.tokens[head].start
        items = split_items(sentence.text[offset - sentence.start :], offset)
        if len(items) < _MIN_MEASURES or any(len(item.text.split()) > _MAX_INFINITIVE_ITEM_WORDS for item in items):
            return []
        if plan_at is not None and sentence.start + plan_at < offset:
            found, _ = self.proposers(sentence, plan_at)
            proposers = found or self.subject(sentence, head)
            return self._each(proposers, name or self.context[1], items, sentence) if proposers else []
        proposers = self.subject(sentence, head)
        return self._each(proposers[:1], None, items, sentence) if proposers else []

    def prescriptive_run(self, sentence: Sentence) -> list[FoundPlan]:
        """Three or more sentences of "X should ..." with no plan noun: a proposal by the last speaker."""
        if _PRESCRIPTIVE.isdisjoint(sentence.words):
            return []
        items, used = self.modal_run(sentence.index, prescriptive=True)
        if len(used) < 3:
            return []
        self.run_sentences.update(used)
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        speaker = self.subject(before, len(before.tokens)) if before is not None else ()
        proposers = speaker or self.context[0] or self.recent_org(sentence.index)
        return self._each(proposers, None, items, sentence)


def _infinitive_run(sentence: Sentence) -> int | None:
    """The token of the first "to" of a run "to A, to B and to C" (three or more, the last after "and")."""
    tokens = sentence.tokens
    if sentence.words.count("to") < _MIN_MEASURES:
        return None  # most sentences cannot hold such a run
    opens = [
        k
        for k in range(len(tokens) - 1)
        if tokens[k].lower == "to"
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
        # "took him to the summit, to Aachen and to Moscow": places, not acts.
        and tokens[k + 1].lower not in _NOT_ACTS
    ]
    for first_at, first in enumerate(opens):
        for joined, later in enumerate(opens[first_at + 1 :], start=1):
            if tokens[later - 1].text not in (",", ";", "and"):
                break
            if joined >= _MIN_MEASURES - 1 and tokens[later - 1].lower == "and":
                return first
    return None


def _list_after(
    sentence: Sentence, cue: re.Pattern[str], cue_words: frozenset[str]
) -> tuple[re.Match[str], list[FoundItem]] | None:
    """Three or more short items listed after a cue ("committed to", "needs were"), with the cue's match.

    ``cue_words`` are the words the cue needs: most sentences have none, and are passed over at once.
    """
    if cue_words.isdisjoint(sentence.words):
        return None
    head = cue.search(sentence.text)
    if head is None:
        return None
    items = split_items(sentence.text[head.end() :], sentence.start + head.end())
    if len(items) < _MIN_MEASURES or any(len(item.text.split()) > _MAX_LIST_ITEM_WORDS for item in items):
        return None
    return head, items


def _counted_as_listed(sentence: Sentence, start: int = 0) -> re.Match[str] | None:
    """A count of anything before a colon, followed by exactly as many parts: "only three ways out: A, B or C".

    Parts that are bare names ("three countries: France, Italy and Spain") list no proposal.
    """
    colon = sentence.text.find(":", start)
    if colon < 0:
        return None
    # The count nearest the colon: "start with projects in nine countries and focus on five areas:".
    count = _COUNT_TO_COLON.search(sentence.text, max(start, colon - _COUNT_TO_COLON_REACH), colon + 1)
    while count is not None and _COUNT_TO_COLON.search(sentence.text, count.start() + 1, colon + 1) is not None:
        count = _COUNT_TO_COLON.search(sentence.text, count.start() + 1, colon + 1)
    if count is None:
        return None
    wanted = _count_of(count.group("number"))
    items = split_items(sentence.text[count.end() :], sentence.start + count.end())
    if wanted < 2 or len(items) != wanted or all(item.text[:1].isupper() for item in items):
        return None
    return count


def _signing_agent(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a mention is among the agents of a signing verb: "signed by Putin and Rasmussen"."""
    return _signed_by(tokens, _agent_by(tokens, mention, ends=frozenset()))


def _text_agent(tokens: Sequence[Token], mention: Mention) -> bool:
    """Whether a mention is the agent of a joint text's noun: "a joint statement by Starmer and ..."."""
    by = _agent_by(tokens, mention, ends=frozenset())
    return by is not None and by > 0 and tokens[by - 1].lower in _JOINT_NOUNS


def _signed_by(tokens: Sequence[Token], by: int | None) -> bool:
    """Whether the "by" at ``by`` follows a verb of signing: "signed by", "issued by"."""
    return by is not None and by > 0 and tokens[by - 1].lower in _SIGNING_VERBS


def _agent_by(
    tokens: Sequence[Token], mention: Mention, stops: Collection[int] = (), ends: frozenset[str] = _CLAUSE_WORDS
) -> int | None:
    """The "by" whose agent a mention is, over the words that describe it: "read out by Obama", "read out
    by Eritrea's information minister, Yemane Gebremeskel" (not "signed by X, Y said": a word of ``ends``
    opens a clause of its own). A name ending at one of ``stops`` ends the walk: "read out by Solana,
    Prime Minister X" names X beside Solana."""
    back = mention.first - 1
    while back > 0 and mention.first - back <= _MAX_BETWEEN_LISTED and tokens[back].lower != "by":
        if tokens[back].lower in ends or back + 1 in stops:
            return None
        back -= 1
    return back if back >= 0 and tokens[back].lower == "by" else None


def _relative_asides(tokens: Sequence[Token], before: int) -> list[tuple[int, int]]:
    """Relative clauses closed before token ``before``: "Guzman, who is due at the Vatican with X, has set out".

    Each is given as the token of its comma and the token of the comma that closes it.
    """
    asides: list[tuple[int, int]] = []
    for index in range(1, before):
        if tokens[index].lower in _RELATIVE_OPENERS and tokens[index - 1].text == ",":
            close = next((k for k in range(index + 1, before) if tokens[k].text == ","), None)
            if close is not None and tokens[close - 1].lower in _NAMED_PLACE_NOUNS:
                # "which will be run from the Liberian capital, Monrovia, the United States will": the
                # place's name belongs to the aside.
                close = next((k for k in range(close + 1, before) if tokens[k].text == ","), close)
            if close is not None:
                asides.append((index - 1, close))
    return asides


def _without_repeated_subject(item: FoundItem) -> FoundItem:
    """ "it will send more vaccines" -> "send more vaccines": the side already named, repeated per part."""
    repeated = _REPEATED_SUBJECT.match(item.text)
    if repeated is None or repeated.end() >= len(item.text):
        return item
    return attrs.evolve(item, text=item.text[repeated.end() :], start=item.start + repeated.end())


def _acts_or_objects(items: list[FoundItem]) -> list[FoundItem]:
    """The parts after "It would": acts when the later parts open on verbs, none on an article ("overhaul A,
    ratify B and raise C"), else the objects of the one verb, which goes from the first ("set up A, B and C")."""
    if len(items) < _MIN_MEASURES:
        return []
    openings = [item.text.split(maxsplit=1)[0].lower() for item in items[1:]]
    verbs = sum(1 for word in openings if word in ACTION_VERBS)
    if 2 * verbs >= len(openings) and ARTICLES.isdisjoint(openings):
        return items
    verb = _LEADING_VERB.match(items[0].text)
    if verb is None or verb.end() >= len(items[0].text):
        return []
    first = attrs.evolve(items[0], text=items[0].text[verb.end() :], start=items[0].start + verb.end())
    return [first, *items[1:]]


def _without_step_verb(item: FoundItem) -> FoundItem:
    """ "move on to the lifting of the ban" -> "the lifting of the ban": the verb that orders the steps."""
    step = _STEP_VERB.match(item.text)
    if step is None or step.end() >= len(item.text):
        return item
    return attrs.evolve(item, text=item.text[step.end() :], start=item.start + step.end())


def _good_subject(subject: str) -> bool:
    """Whether the words before a run's modal can be its subject (not "Sisi said the plan")."""
    words = subject.lower().split()
    return 0 < len(words) <= 12 and _RUN_BAD_SUBJECT.isdisjoint(words)


def _start_of_name(tokens: Sequence[Token], first: int, stops: set[int], joins: frozenset[str]) -> int:
    """The index of the word before a name, over its titles and the ``joins`` between names."""
    titles = title_words()
    back = first - 1
    while (
        back >= 0
        and back + 1 not in stops
        and (tokens[back].capitalized or tokens[back].lower in joins or tokens[back].folded in titles)
    ):
        back -= 1
    return back


def _opens_on_first(sentence: Sentence) -> bool:
    """Whether a sentence opens "The first ..." or "First, ...", the start of a run of parts told one per sentence."""
    return _FIRST_SENTENCE.match(sentence.text) is not None


def _ordinal_rank(opening: str) -> int:
    """1 for "First," or "The first is", 2 for "Second,", ...; `_LAST_RANK` for "Finally," or "The last is"."""
    words = opening.lower().replace(",", " ").split()
    word = words[1] if words[0] in ("the", "and") and len(words) > 1 else words[0]
    word = word.removesuffix("ly") if word not in ("finally", "lastly") else word
    return _ORDINAL_RANKS.get(word, _LAST_RANK)


def _count_of(counted: str) -> int:
    """The number a count opens with: "four strategic lines" is 4, "a five-part arrangement" is 5."""
    first = re.split(r"[ \t-]+", counted.strip())[0].lower()
    return int(first) if first.isdigit() else NUMBER_WORDS.get(first, 0)


def _once(proposers: Sequence[Mention | None]) -> list[Mention | None]:
    """Each proposer once, at its last place: "Perez Molina and his counterparts" names one leader twice."""
    return list({(p.kind, p.ref) if p is not None else None: p for p in reversed(proposers)}.values())[::-1]


def _distinct(mentions: Sequence[Mention], actors: ArticleActors, *, by_country: bool) -> list[Mention]:
    """The mentions in order, one per leader, and with ``by_country`` one per country too."""
    chosen: list[Mention] = []
    seen: set[str] = set()
    for mention in mentions:
        entity = actors.entities[mention.ref]
        key = (entity.country or mention.ref) if by_country else mention.ref
        if mention.ref in seen or key in seen:
            continue
        seen.update((mention.ref, key))
        chosen.append(mention)
    return chosen


def _collective_size(collective: re.Match[str]) -> int:
    """How many a collective counts: "the four presidents" four, "both sides" two, "the leaders" none."""
    count = collective.group("count")
    if count:
        return NUMBER_WORDS.get(count.lower(), 0)
    return 2 if collective.group(0).lower().startswith("both") else 0


def _holds(actors: ArticleActors, mention: Mention, office: str) -> bool:
    """Whether a leader holds ``office`` then: the article's title, or a gazetteer role on its date
    ("President Hu Jintao", whom the gazetteer also knows as the party's general secretary)."""
    entity = actors.entities.get(mention.ref) if mention.kind == "leader" else None
    if entity is None:
        return False  # a country or a body holds no office
    if fold(entity.title or "") == office:
        return True
    leader = leaders().get(entity.gazetteer_id) if entity.gazetteer_id else None
    date = actors.date
    return leader is not None and date is not None and any(fold(r.title) == office for r in leader.roles_on(date))


def _is_head(actors: ArticleActors, mention: Mention) -> bool:
    return fold(actors.entities[mention.ref].title or "") in _HEAD_OFFICES


def find_plans(sentences: Sequence[Sentence], actors: ArticleActors) -> tuple[list[FoundPlan], frozenset[int]]:
    """Plans of the article and the indices of the sentences that are plan item lines."""
    finder = _PlanFinder(sentences, actors)
    plans = finder.run()
    return plans, frozenset(finder.item_sentences)
