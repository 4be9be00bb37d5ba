"""Splitting a plan's list into items: inline lists, ordinal runs and enumerated runs.

Items keep the article's own words; list markers, a leading "and"/"to", a
leading pronoun with its modal ("it would ...") and trailing punctuation go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

_ATTACHED = re.compile(
    r"\A[ \t]*(?:including|near|with|in[ \t]+exchange|so[ \t]+that|which|who|where|as(?![ \t]+well[ \t]+as)"
    r"|while|whereas|although|though|because)\b",
    re.IGNORECASE,
)
_RELATIVE_PIECE = re.compile(r"\A[ \t]*(?:which|who|whom|whose)\b", re.IGNORECASE)
_AND_ASIDE = re.compile(r"(?<=\band),[ \t]*(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+,(?=[ \t])", re.IGNORECASE)
# Parts of a list that open on an article, and names listed inside one of them ("of the Agdam, Kalbajar and").
_DETERMINED = re.compile(r"\A[ \t]*(?:and[ \t]+)?(?:a|an|the)[ \t]", re.IGNORECASE)
_PROPER_START = re.compile(r"\A[ \t]*[A-Z][\w'’-]*(?:[ \t]+and[ \t]+[A-Z][\w'’-]*)?[ \t]+[a-z]")
_PROPER_END = re.compile(r"\b(?:the|of)[ \t]+[A-Z][\w'’-]*[ \t]*\Z")
_NESTED_MIN_DETERMINED = 3
_LEADING_TO = re.compile(r"\A[ \t]*to[ \t]+", re.IGNORECASE)
# What joins one item of a list to the next: ", ", ", and " or " and ".
_ITEM_JOIN = r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
# The modals of a proposal's clauses ("would", "is to").
MODAL_VERBS = r"(?:would|will|should|must|shall|is[ \t]+to|are[ \t]+to)"
# Only a "to" after a comma or "and" starts a new item: "to protect the poorest, to fight corruption and to".
_TO_JOIN = re.compile(rf"(?:{_ITEM_JOIN}|;[ \t]*(?:and[ \t]+)?)to[ \t]+", re.IGNORECASE)
# "the United States would ", "French troops will ": a subject of a few words and its modal.
_SUBJECT_AND_MODAL = re.compile(
    rf"\A[ \t]*(?:[\w'’.-]+[ \t]+){{1,5}}?{MODAL_VERBS}[ \t]+(?:also[ \t]+)?",
    re.IGNORECASE,
)
# ", move part of their forces", ", and keep providing cover", " and help partners": the next act.
_ACT_JOIN = re.compile(rf"{_ITEM_JOIN}(?P<verb>[a-z]+)\b")
# Verbs that open the acts of a plan; a word after a comma that is none of these continues the act before.
ACTION_VERBS = frozenset(
    {"close", "move", "keep", "send", "hold", "help", "provide", "deploy", "withdraw", "reduce", "cut", "lift"}
    | {"end", "open", "reopen", "build", "create", "establish", "set", "hand", "release", "allow", "grant"}
    | {"resume", "launch", "start", "stop", "halt", "bar", "ban", "freeze", "impose", "raise", "lower"}
    | {"restore", "return", "pay", "fund", "support", "train", "supply", "deliver", "expand", "extend"}
    | {"increase", "double", "strengthen", "boost", "invest", "offer", "give", "recognise", "recognize"}
    | {"accept", "respect", "guarantee", "protect", "ensure", "form", "appoint", "draft", "adopt", "sign"}
    | {"ratify", "implement", "monitor", "verify", "investigate", "dismantle", "disarm", "integrate", "share"}
    | {"pool", "coordinate", "exchange", "cooperate", "work", "seek", "pursue", "negotiate", "meet", "invite"}
    | {"consult", "review", "revise", "replace", "remove", "preposition", "station", "rotate", "patrol"}
    | {"abolish", "scrap", "suspend", "postpone", "organise", "organize", "step", "phase"}
    | {"buy", "install", "classify", "place"}
    | {"elect", "choose", "harmonise", "harmonize", "align", "unify", "merge", "introduce", "abandon", "cancel"}
    | {"recall", "define", "begin", "settle", "widen", "conduct", "improve", "promote", "develop", "encourage"}
    | {"facilitate", "simplify", "observe", "honour", "honor", "reinforce", "redeploy", "disband", "demobilise"}
    | {"demobilize", "hire", "recruit", "compensate", "join", "enter", "accelerate", "modernise", "modernize"}
    | {"bring", "make", "take", "commit"}
)
# ", in return for democracy, good governance and an end to conflict": what is asked back closes the list.
_COUNTERPART = re.compile(r",[ \t]*in[ \t]+(?:return|exchange)[ \t]+for\b", re.IGNORECASE)
# "the North froze its plutonium plants in return for fuel oil and two reactors": one part and its price.
_BARE_COUNTERPART = re.compile(r"[ \t]in[ \t]+(?:return|exchange)[ \t]+for\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(
    r"\A[ \t]*and[ \t]+(?:it|they|he|she|we|this|that)[ \t]+"
    r"(?:would|will|was|were|is|are|has|have|had|could|should|must|might|may|can)\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"\A[ \t]*(?:(?:and|that)[ \t]+)?(?:it|they|he|she|we)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\A[ \t]*(?!during\b|including\b|according\b|regarding\b|concerning\b)[a-z]+ing\b")
_PARTICIPLE_CLAUSE_WORDS = 15
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\A[ \t]*(?:but[ \t]"
    r"|and[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+(?:has|have|had|is|was|were|will|would)[ \t])"
)
_PRONOUN_OBJECT = re.compile(r"\A[ \t]*[a-z]+ing[ \t]+(?:it|him|her|them|this|that)\b")
# A name or pronoun and a verb of saying, set off as a piece of its own: ", Biden announced,", ", he said,".
_REPORTING_ASIDE = re.compile(
    r"\A[ \t]*(?:(?:he|she|they|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}))[ \t]+"
    r"(?:said|says|announced|added|told|noted|stressed|insisted|declared)\b"
)
# ", warning that failure would bring isolation", ", and urged Budapest to": the speaker going on, no part.
_SAYING_ON = re.compile(
    r"\A[ \t]*(?:and[ \t]+)?(?:warned|warning|added|adding|saying|noting|urged|urging)[ \t]+(?=that\b|[a-z]+[ \t])"
)
# ", if it met its obligations,", ", unless Moscow agreed,": a condition, not a part.
_CONDITION = re.compile(r"\A[ \t]*(?:and[ \t]+)?(?:if|unless)[ \t]", re.IGNORECASE)
_CLOSING_AND = re.compile(r"\A[ \t]*and[ \t]", re.IGNORECASE)
_WITH_TAIL = re.compile(r"\A[ \t]*with[ \t]", re.IGNORECASE)
# A piece that opens on a verb of its own, no subject and no "and": the main clause after a relative one.
_PREDICATE_ONLY = re.compile(r"\A[ \t]*(?:could|can|may|might|was|were|is|has|had)[ \t]+(?:not[ \t]+)?[a-z]")
_GLOSS = re.compile(r",[ \t]*(?:meaning|that[ \t]+is|i\.e\.|in[ \t]+other[ \t]+words)\b", re.IGNORECASE)
# "..., according to officials who have read it": a source, not an item.
_SOURCE = re.compile(r"\A[ \t]*(?:according[ \t]+to|officials[ \t]+said|diplomats[ \t]+said)\b", re.IGNORECASE)
# "the army commander, General Michel Suleiman, as ...": a name in apposition, not an item.
_NAME_ONLY = re.compile(r"\A[ \t]*(?:[A-Z][\w'’.-]*[ \t]*){1,5}\Z")
BULLET = re.compile(r"\A(?:[-*•–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
_LEADING = re.compile(
    r"\A(?:(?:and|or)[ \t]+(?:that[ \t]+|finally,?[ \t]+|to[ \t]+)?|(?:to|that|as[ \t]+well[ \t]+as|finally,?)[ \t]+)",
    re.IGNORECASE,
)
# "it would pursue ...", "they will resume ...": the subject and modal of a list item.
_SUBJECT_MODAL = re.compile(
    r"\A(?i:it|they|we|he|she)[ \t]+(?:would|will|should|must|could|is[ \t]+to|are[ \t]+to)[ \t]+"
    r"(?=[a-z])",
)
_TRAILING = " \t;,.:"
_ORDINAL = (
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth|seventh|eighth|ninth|tenth"
    r"|finally|lastly|then|next)"
)
# "First, ...; second, ...; and finally, ...": the markers of an ordinal run.
# "The first is A; the second, B; and the fifth, C": a counted ordinal may take "the" and a copula.
# "The first phase would bring A; the second, B; and the last, C": a stage's noun and verb may come first.
# ", he said,": a speaker's aside that may stand between an ordinal and what it counts ("The first, he said, was").
SAID_ASIDE = r"(?:[ \t]*,[ \t]*(?:he|she|they)[ \t]+(?:said|added)[ \t]*,)?"
_COUNTED_ORDINAL = (
    r"the[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\b"
    r"(?:[ \t]+(?:phase|stage|step|part|priority))?"
    + SAID_ASIDE
    + r"(?:[ \t]+(?:is|was|(?:would|will)[ \t]+(?:be|bring|see)))?"
)
_ORDINAL_MARK = re.compile(
    rf"(?:\A|(?<=[;,.:])[ \t]*(?:and[ \t]+)?)(?:{_COUNTED_ORDINAL}|\b{_ORDINAL}\b)[ \t]*,?[ \t]*", re.IGNORECASE
)
# "(1) ... (2) ...", "(a) ... (b) ...": the markers of an enumerated run.
_ENUM_MARK = re.compile(r"(?:\A|(?<=[\s;,]))(?:and[ \t]+)?\((?:\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})\)[ \t]*")
# "Seoul would first seek to ...": a subject, a modal and "first" opening a run of acts.
_ACTING_FIRST = re.compile(
    rf"\A(?:[\w'’.-]+[ \t]+){{1,5}}?{MODAL_VERBS}[ \t]+first[ \t]+(?:(?:seek|try|move|aim)[ \t]+to[ \t]+)?",
    re.IGNORECASE,
)
# Sequence words that continue a run but cannot open one.
_SEQUEL = frozenset({"then", "next", "finally", "lastly"})
_SEQUENCE_ONLY = frozenset({"finally", "and finally", "lastly", "and lastly", "then", "and then"})
# A comma between digits ("$5,000") separates nothing.
# A comma inside a closing quote ('with "outside forces," and') ends its item after the quote.
_SEPARATORS = {";": r";", ",": r",(?!\d{3}\b)(?![\"”])|(?<=,)[\"”](?=\s)"}
# ", for the rebels to ...", ", and for a joint force ...": the next part of a demand that repeats its "for".
_FOR_JOIN = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|;[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)for[ \t]+(?![\w-]+ing\b)")
_MIN_FOR_PARTS = 3
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "all", "new", "more"})
# "the repair of water, power and sanitation networks": a part ending on a preposition and one noun may open
# a list of its own, whose last piece carries its "and" and whose middle pieces are a word or two.
_INNER_LIST_HEAD = re.compile(
    r"\b(?:of|in|for|on|from|against|across|between)[ \t]+(?P<the>the[ \t]+)?(?P<noun>[\w'’-]+)[ \t]*\Z",
    re.IGNORECASE,
)
# "power and sanitation networks", "the wounded and the ships": the inner list's last two parts, the first a
# word or two ("dialogue between India and Pakistan" is an item of its own).
_INNER_AND = re.compile(r"\A[ \t]*(?:\S+[ \t]+)?\S+[ \t]+and[ \t]+(?P<next>\S+)")
# "a swift, transparent and independent investigation": adjectives listed before one noun.
_ARTICLE_AND_WORD = re.compile(r"\b(?:a|an|the)[ \t]+(?P<word>[a-z][\w-]*)[ \t]*\Z", re.IGNORECASE)
_PLAIN_ADJECTIVES = frozenset(
    {"new", "free", "fair", "swift", "full", "just", "open", "safe", "clear", "firm", "broad", "deep", "quick"}
    | {"lasting", "stable", "secure", "strong", "fresh", "complete", "genuine", "prompt", "thorough", "real"}
)
_ADJECTIVE_ENDINGS = ("ive", "al", "ent", "ant", "ous", "ful", "ic", "able", "ible", "less", "ary")
_INNER_LAST_WORDS = 6
_INNER_MIDDLE_WORDS = 2


@attrs.frozen
class FoundItem:
    """One part of a plan, with its offsets."""

    text: str
    start: int
    end: int


def clean(text: str, start: int, *, subject: bool = False) -> FoundItem | None:
    """An item without list markers, leading "and"/"to" or trailing punctuation.

    With ``subject``, a leading pronoun and modal go too: in a run of sentences
    ("First, it would cut tariffs") they repeat the proposer, not the item.
    """
    stripped = text.lstrip(" \t\n,;:")
    start += len(text) - len(stripped)
    for pattern in (BULLET, _LEADING, _SUBJECT_MODAL) if subject else (BULLET, _LEADING):
        match = pattern.match(stripped)
        if match:
            stripped = stripped[match.end() :]
            start += match.end()
    stripped = stripped.rstrip(_TRAILING)
    if stripped.endswith(" and") or stripped.endswith(" or"):
        stripped = stripped.rsplit(" ", 1)[0].rstrip(_TRAILING)
    return FoundItem(stripped, start, start + len(stripped)) if stripped else None


def _shape(piece: str) -> str:
    """The kind of word an item starts with: article, gerund, name or plain word."""
    words = piece.strip().split(None, 1)
    if not words:
        return ""
    word = words[0]
    lower = word.lower()
    if lower in ("and", "or") and len(words) > 1:
        return _shape(words[1])
    if lower in _DETERMINERS:
        return "det"
    if lower.endswith("ing") and len(lower) > 4:
        return "ing"
    if word[:1].isupper():
        return "name"
    return "word"


def _last_and(last: str, shapes: set[str]) -> int:
    """Where the list's final "and" stands in its last piece; -1 when it has none.

    Among several, the first whose next word starts items the way earlier items do
    ("..., a joint effort to protect X and the resumption of talks between A and B").
    """
    cuts = [match.start() for match in re.finditer(r" (?:and|as well as) ", last)]
    if not cuts:
        return -1
    if len(cuts) > 1:
        following = []
        for cut in cuts:
            after = last[cut : cut + 40].split(None, 1)
            rest = after[1] if len(after) > 1 else ""
            if rest.startswith("well as "):
                rest = rest[len("well as ") :]
            following.append(_shape(rest))
        if shapes == {"word"}:
            # "renounce violence, recognise Israel and accept previous agreements and obligations"
            for cut, shape in zip(cuts, following, strict=True):
                if shape == "word":
                    return cut
        for wanted in (shapes - {"word"}, {"det", "ing"}):
            for cut, shape in zip(cuts, following, strict=True):
                if shape in wanted:
                    return cut
    return cuts[-1]


def _infinitive_items(text: str, start: int) -> list[FoundItem]:
    """ "to work for peace, to fight corruption and to protect rivers, seas and forests": one item per "to".

    Examples:
        >>> [i.text for i in split_items("to build a port; to train pilots; and to open schools.", 0)]
        ['build a port', 'train pilots', 'open schools']
        >>> [i.text for i in split_items("set up a council, to hire staff, and to open labs, ports and schools.", 0)]
        ['set up a council', 'hire staff', 'open labs, ports and schools']
    """
    lead = _LEADING_TO.match(text)
    cuts = list(_TO_JOIN.finditer(text, lead.end() if lead is not None else 0))
    # "commits the two countries to set up A, to create B, and to deepen C, D and E": the cue took the
    # first "to"; two more after commas still mark every item.
    if lead is None and (len(cuts) < 2 or cuts[0].group().lstrip()[:1] not in (",", ";")):
        return []
    if len(cuts) < 1:
        return []
    return _parts(text, start, [lead.end() if lead is not None else 0, *(c.end() for c in cuts)], cuts)


def repeated_for_items(text: str, start: int) -> list[FoundItem]:
    """ "the M23 to withdraw, for the rebels to pull back, and for a joint force": after "called for", one part
    per repeated "for" (commas inside a part stay in it); empty unless "for" opens three parts or more.

    Examples:
        >>> [i.text for i in repeated_for_items("a truce, now, for talks, and for aid to Gaza, Rafah and Jenin.", 0)]
        ['a truce, now', 'talks', 'aid to Gaza, Rafah and Jenin']
        >>> repeated_for_items("a truce and for talks.", 0)
        []
    """
    cuts = list(_FOR_JOIN.finditer(text))
    if len(cuts) < _MIN_FOR_PARTS - 1:
        return []
    return _parts(text, start, [0, *(c.end() for c in cuts)], cuts)


def verb_phrase_items(text: str, start: int) -> list[FoundItem]:
    """The acts of one subject and modal: "French troops will close X, move Y and keep Z".

    Examples:
        >>> [i.text for i in verb_phrase_items("the US would hold drills, send units, air and naval, and help.", 0)]
        ['hold drills', 'send units, air and naval', 'help']
    """
    modal = _SUBJECT_AND_MODAL.match(text)
    if modal is None:
        return []
    cuts = [m for m in _ACT_JOIN.finditer(text, modal.end()) if m.group("verb").lower() in ACTION_VERBS]
    if not cuts:
        return []
    found = _parts(text, start, [modal.end(), *(c.start("verb") for c in cuts)], cuts)
    return found if len(found) >= 2 else []


def _parts(text: str, start: int, bounds: Sequence[int], cuts: Sequence[re.Match[str]]) -> list[FoundItem]:
    """The cleaned parts of ``text``: each from its bound to the next cut (the last to the end of the text)."""
    ends = [cut.start() for cut in cuts] + [len(text)]
    parts = (clean(text[bound:end], start + bound) for bound, end in zip(bounds, ends, strict=True))
    return [part for part in parts if part is not None]


def _in_quotes(text: str, at: int) -> bool:
    """Whether character ``at`` falls inside a quotation: 'backs "strong and effective action"' is one thing."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def split_items(text: str, start: int) -> list[FoundItem]:
    """Items of an inline list: split at semicolons, else commas, with the last "and" too.

    Examples:
        >>> [i.text for i in split_items("preventing escalation, securing aid, and fostering peace.", 0)]
        ['preventing escalation', 'securing aid', 'fostering peace']
        >>> [i.text for i in split_items("food aid, a new port and the return of A and B.", 0)]
        ['food aid', 'a new port', 'the return of A and B']
        >>> [i.text for i in split_items("renounce violence, recognise Israel and accept the accords, including X.", 0)]
        ['renounce violence', 'recognise Israel', 'accept the accords, including X']
        >>> [i.text for i in split_items("a rise to $2,000 a month, a truce, according to officials.", 0)]
        ['a rise to $2,000 a month', 'a truce']
        >>> [i.text for i in split_items("more aid and debt relief, in return for peace, order and law.", 0)]
        ['more aid', 'debt relief']
        >>> [i.text for i in split_items("it froze its reactors in return for fuel oil and two new ones.", 0)]
        ['it froze its reactors']
        >>> [i.text for i in split_items("a truce, talks and elections, and it would go to the parties.", 0)]
        ['a truce', 'talks', 'elections']
        >>> [i.text for i in split_items("to free the prisoners, to ban the groups, and to end raids.", 0)]
        ['free the prisoners', 'ban the groups', 'end raids']
        >>> [i.text for i in split_items("claimants would show restraint, but talks have stalled.", 0)]
        ['claimants would show restraint']
        >>> [i.text for i in split_items("A would resign, calling it an insult and a trap.", 0)]
        ['A would resign']
        >>> [i.text for i in split_items("$5 million for police, Biden announced, on top of earlier aid.", 0)]
        ['$5 million for police']
        >>> [i.text for i in split_items("roads, grids, and networks, with money from the bank.", 0)]
        ['roads', 'grids', 'networks']
        >>> [i.text for i in split_items("Iran would freeze enrichment, could not serve as a basis.", 0)]
        ['Iran would freeze enrichment']
        >>> [i.text for i in split_items("his release, his return and, until then, consular access.", 0)]
        ['his release', 'his return', 'consular access']
        >>> [i.text for i in split_items("a state on the 1967 lines, which X and Y say means peace.", 0)]
        ['a state on the 1967 lines, which X and Y say means peace']
        >>> [i.text for i in split_items("Kenya will A; Uganda will B; and Kenya will C, in full.", 0)]
        ['Kenya will A', 'Uganda will B', 'Kenya will C, in full']
        >>> [i.text for i in split_items('aid, and a text that backs "strong and effective action".', 0)]
        ['aid', 'a text that backs "strong and effective action"']
    """
    marked = enumerated_items(text, start) or ordinal_items(text, start)
    if marked:
        return marked
    gloss = _GLOSS.search(text)
    if gloss is not None:
        text = text[: gloss.start()]  # "highways, i-ways and trans-ways, meaning roads, ...": the gloss goes
    counterpart = _COUNTERPART.search(text)
    if counterpart is not None and re.search(_ITEM_JOIN, text[: counterpart.start()]):
        text = text[: counterpart.start()]
    bare = _BARE_COUNTERPART.search(text)
    if bare is not None and not re.search(_ITEM_JOIN, text[: bare.start()]):
        text = text[: bare.start()]  # the price paid is no part of the list
    # "A, B and, until then, C": the aside after the last "and" is said of C, and no part of the list.
    text = _AND_ASIDE.sub(lambda aside: " " * len(aside.group()), text)
    infinitives = _infinitive_items(text, start) or repeated_for_items(text, start)
    if infinitives:
        return infinitives
    separator = ";" if ";" in text else ","
    pieces: list[tuple[str, int]] = []
    offset = 0
    for piece in re.split(_SEPARATORS[separator], text):
        pieces.append((piece, offset))
        offset += len(piece) + 1
    if len(pieces) > 1 and _SOURCE.match(pieces[-1][0]):
        pieces.pop()
    # "A, B and C, and it would be put to the parties": a clause of its own after the list ends it.
    # A list of clauses ("it should create jobs, it should respect the law, and it should ...") goes on.
    clause = next((k for k, (piece, _) in enumerate(pieces) if k >= 2 and _NEW_CLAUSE.match(piece)), None)
    if clause is not None and not any(_PRONOUN_SUBJECT.match(piece) for piece, _ in pieces[:clause]):
        pieces = pieces[:clause]
    # The list ends at the first piece that is no part of it (see `_ends_list`).
    after_nouns = separator == "," and bool(pieces) and not _PARTICIPLE.match(pieces[0][0])
    # The pieces before this index are all clauses with a subject and a modal ("Britain will A; Mauritius will B").
    clauses_until = next((k for k, (piece, _) in enumerate(pieces) if not _SUBJECT_AND_MODAL.match(piece)), len(pieces))
    ends = (
        k
        for k, (piece, _) in enumerate(pieces)
        if k >= 1 and _ends_list(piece, after_nouns=after_nouns, after_clauses=k <= clauses_until)
    )
    end = next(ends, None)
    if end is not None:
        pieces = pieces[:end]
    # "A, B and, if the talks led nowhere, C": a condition set between the parts is none of them.
    pieces = [(piece, at) for k, (piece, at) in enumerate(pieces) if k == 0 or not _CONDITION.match(piece)]
    # "A, B, and C, with much of the money to come from X": a "with" after the closing "and" is said of them all.
    closing = max((k for k, (piece, _) in enumerate(pieces) if k >= 2 and _CLOSING_AND.match(piece)), default=None)
    if closing is not None and all(_WITH_TAIL.match(piece) for piece, _ in pieces[closing + 1 :]):
        pieces = pieces[: closing + 1]
    # "..., and, finally, new elections": a sequence word between commas is no item.
    pieces = [(piece, at) for piece, at in pieces if piece.strip().lower() not in _SEQUENCE_ONLY]
    if separator == ",":
        pieces = _with_inner_lists(text, _with_adjective_runs(text, pieces))
    if len(pieces) >= 1:
        # The list's last item: the last piece, or the one before a tail such as ", including X".
        target = len(pieces) - 1
        while target > 1 and _ATTACHED.match(pieces[target][0]):
            target -= 1
        last, last_offset = pieces[target]
        shapes = {_shape(piece) for piece, _ in pieces[:target]}
        cut = _last_and(last, shapes)
        # "a state on the 1967 lines, which Abbas and his supporters say means X": an "and" inside a relative
        # clause joins its own words, not the list's.
        relative = _RELATIVE_PIECE.match(last) is not None
        if cut > 0 and not relative and not last.lstrip().lower().startswith("and ") and not _in_quotes(last, cut):
            pieces[target : target + 1] = [(last[:cut], last_offset), (last[cut:], last_offset + cut)]
    joined: list[tuple[str, int]] = []
    determined = sum(1 for piece, _ in pieces if _DETERMINED.match(piece))
    for number, (piece, piece_offset) in enumerate(pieces):
        apposition = 0 < number < len(pieces) - 1 and _NAME_ONLY.match(piece) and separator == ","
        # "a ceasefire, the return of the Agdam, Kalbajar and Lachin districts, the deployment of troops": names
        # listed inside one part of a list whose parts open on articles.
        nested = (
            joined
            and separator == ","
            and determined >= _NESTED_MIN_DETERMINED
            and not _DETERMINED.match(piece)
            and _PROPER_START.match(piece) is not None
            and _PROPER_END.search(joined[-1][0]) is not None
        )
        if joined and (_ATTACHED.match(piece) or apposition or nested):
            previous_offset = joined[-1][1]
            joined[-1] = (text[previous_offset : piece_offset + len(piece)], previous_offset)
        else:
            joined.append((piece, piece_offset))
    items = [clean(piece, start + piece_offset) for piece, piece_offset in joined]
    return [item for item in items if item is not None]


def _with_adjective_runs(text: str, pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Pieces joined back where commas list adjectives: "a new, free and fair election" is one part.

    Examples:
        >>> [i.text for i in split_items("an end to raids and a new, free and fair election.", 0)]
        ['an end to raids', 'a new, free and fair election']
        >>> [i.text for i in split_items("a truce, talks and elections.", 0)]
        ['a truce', 'talks', 'elections']
    """
    merged: list[tuple[str, int]] = []
    open_run = False
    for piece, at in pieces:
        words = piece.split()
        if open_run and words and _is_adjective(words[0]):
            head_at = merged[-1][1]
            merged[-1] = (text[head_at : at + len(piece)], head_at)
            open_run = len(words) == 1
            continue
        merged.append((piece, at))
        run = _ARTICLE_AND_WORD.search(piece)
        open_run = run is not None and _is_adjective(run["word"])
    return merged


def _is_adjective(word: str) -> bool:
    lower = word.lower()
    return lower in _PLAIN_ADJECTIVES or (len(lower) > 4 and lower.endswith(_ADJECTIVE_ENDINGS))


def _with_inner_lists(text: str, pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Pieces with a list inside one item joined back to it: "the return of the dead, the wounded and the ships".

    A piece with an "and" inside cannot close the outer list when it is not the list's last piece, or when
    an earlier piece already opened on the closing "and" ("..., and deepening exchanges in education,
    culture and tourism").

    Examples:
        >>> [i.text for i in split_items("aid, the repair of roads, ports and grids, and new schools.", 0)]
        ['aid', 'the repair of roads, ports and grids', 'new schools']
        >>> [i.text for i in split_items("aid, trade and investment, and closer ties in energy, culture and sport.", 0)]
        ['aid', 'trade and investment', 'closer ties in energy, culture and sport']
        >>> [i.text for i in split_items("aid for refugees, schools and clinics.", 0)]
        ['aid for refugees', 'schools', 'clinics']
    """
    closing = next((k for k, (piece, _) in enumerate(pieces) if _CLOSING_AND.match(piece)), len(pieces))
    merged: list[tuple[str, int]] = []
    for number, (piece, at) in enumerate(pieces):
        inner_and = _INNER_AND.match(piece)
        inner_last = (
            bool(merged)
            and (number < len(pieces) - 1 or closing < number)
            and not _CLOSING_AND.match(piece)
            and len(piece.split()) <= _INNER_LAST_WORDS
        )
        head = len(merged) - 1
        while (
            inner_last
            and head > 0
            and not _INNER_LIST_HEAD.search(merged[head][0])
            and _is_inner_middle(merged[head][0])
        ):
            head -= 1
        inner_head = _INNER_LIST_HEAD.search(merged[head][0]) if inner_last else None
        if inner_head is not None and inner_and is not None and _same_articles(inner_head, piece, inner_and["next"]):
            head_at = merged[head][1]
            merged[head:] = [(text[head_at : at + len(piece)], head_at)]
        else:
            merged.append((piece, at))
    return merged


def _same_articles(head: re.Match[str], piece: str, after_and: str) -> bool:
    """Whether the inner list's parts take articles as its first does: "of the dead, the wounded and the ships",
    "of water, power and sanitation networks"; a name after "the" stands alone ("the Donetsk, Luhansk and")."""
    with_article = head["the"] is not None and head["noun"][:1].islower()
    if (_shape(piece) == "det") != with_article:
        return False
    return with_article or after_and.lower() not in _DETERMINERS


def _is_inner_middle(piece: str) -> bool:
    """ "ports" in "of roads, ports and grids": a word or two, neither an article nor an "and" of its own."""
    return (
        not _CLOSING_AND.match(piece)
        and not _DETERMINED.match(piece)
        and " and " not in piece
        and len(piece.split()) <= _INNER_MIDDLE_WORDS
    )


def _ends_list(piece: str, *, after_nouns: bool, after_clauses: bool = False) -> bool:
    """Whether a piece after the first is no part of the list but the sentence going on.

    - after a list of nouns, a long participle clause (", unveiling a framework called X as he hosted Y to
      mark Z") or one with a pronoun object (", calling it a blatant interference"); "training for police"
      may be a part;
    - a clause of its own: ", but talks have made little headway", ", and Beijing has since suspended",
      unless every piece before is such a clause ("Britain will A; Mauritius will B; and Britain will C");
    - a speaker's aside: ", Biden announced,";
    - the sentence's own verb resuming after a relative clause: ", could not serve as a basis".
    """
    if (
        after_nouns
        and _PARTICIPLE.match(piece)
        and (len(piece.split()) > _PARTICIPLE_CLAUSE_WORDS or _PRONOUN_OBJECT.match(piece) is not None)
    ):
        return True
    if after_clauses and _CLAUSE_OF_ITS_OWN.match(piece) and piece.lstrip().startswith("and"):
        return False
    return any(pattern.match(piece) for pattern in (_CLAUSE_OF_ITS_OWN, _REPORTING_ASIDE, _PREDICATE_ONLY, _SAYING_ON))


def _marked(text: str, start: int, marks: list[re.Match[str]], *, subject: bool = False) -> list[FoundItem]:
    items: list[FoundItem] = []
    for number, mark in enumerate(marks):
        end = marks[number + 1].start() if number + 1 < len(marks) else len(text)
        item = clean(text[mark.end() : end], start + mark.end(), subject=subject)
        if item is not None:
            items.append(item)
    return items


def ordinal_items(text: str, start: int) -> list[FoundItem]:
    """Items of a run that begins with "First, ..." and goes on "second, ...".

    Examples:
        >>> [i.text for i in ordinal_items("First, it would cut tariffs; second, it would free trade.", 0)]
        ['cut tariffs', 'free trade']
        >>> [i.text for i in ordinal_items("first a truce, then an exchange, and finally talks.", 0)]
        ['a truce', 'an exchange', 'talks']
        >>> [i.text for i in ordinal_items("The first is a truce; the second, talks; and the third, a vote.", 0)]
        ['a truce', 'talks', 'a vote']
        >>> [i.text for i in ordinal_items("The first stage would see a truce; and the last, a vote.", 0)]
        ['a truce', 'a vote']
        >>> [i.text for i in ordinal_items("The first, he said, was a truce; the second, a vote.", 0)]
        ['a truce', 'a vote']
        >>> [i.text for i in ordinal_items("Seoul would first open roads; then build ports; and finally talk.", 0)]
        ['open roads', 'build ports', 'talk']
    """
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    acting_first = _ACTING_FIRST.match(stripped)
    if acting_first is not None:
        # "Seoul would first seek to A; then B; and finally C": the subject's first act opens the run.
        following = _ORDINAL_MARK.finditer(stripped, acting_first.end())
        later = [mark for mark in following if stripped[mark.start() - 1] == ";"]
        return _marked(stripped, start, [acting_first, *later], subject=True) if later else []
    opening = _ORDINAL_MARK.match(stripped)
    if opening is None or opening.group().strip(" \t,").lower() in _SEQUEL:  # the run must start the text
        return []
    marks = list(_ORDINAL_MARK.finditer(stripped))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    return _marked(stripped, start, marks, subject=True)


def enumerated_items(text: str, start: int) -> list[FoundItem]:
    """Items of an inline run "(1) ... (2) ...".

    Examples:
        >>> [i.text for i in enumerated_items("(1) a truce, (2) talks and (3) elections.", 0)]
        ['a truce', 'talks', 'elections']
    """
    marks = list(_ENUM_MARK.finditer(text))
    if len(marks) < 2 or text[: marks[0].start()].strip():
        return []
    return _marked(text, start, marks)
