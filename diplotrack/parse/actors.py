"""Leader recognition and coreference, plus the countries and bodies that can hold positions.

A person becomes a leader when a title introduces them ("French President
Emmanuel Macron", "Norway's prime minister, Jonas Gahr Store", "Scholz, the
German chancellor") or when the shipped gazetteer knows the name. Later short
mentions are resolved to the same leader: a name part ("Macron"), a title
("the president"), a pronoun ("he", "his") or an office ("Macron's office").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence

import attrs

from diplotrack.models import Leader, OrganizationKind, Role
from diplotrack.parse.bodies import BODY_HEADS, UnlistedBody, unlisted_body
from diplotrack.parse.dateline import Dateline, read_dateline
from diplotrack.parse.dates import MONTHS, WEEKDAYS, years_in
from diplotrack.parse.lexicon import (
    PLACE_KINDS,
    Entry,
    capital_of,
    gazetteer,
    leaders,
    organizations,
    plural_title_names,
    plural_titles,
    title_words,
)
from diplotrack.parse.mentions import Mention, MentionForm, is_object
from diplotrack.parse.phrases import PhraseIndex, PhraseMatch, fold
from diplotrack.parse.text import QUOTE_MARKS, Sentence, Token, quoted_flags

_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})
_OBJECT_PRONOUNS = frozenset({"him"})
_MASCULINE_PRONOUNS = frozenset({"he", "his", "him", "himself"})
_FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Title words that say whether "he" or "she" can mean their holder ("said Sabina Sparwasser, deputy spokeswoman,
# adding that Fischer had ... during his trip").
_FEMININE_TITLE_WORDS = frozenset({"spokeswoman", "queen", "princess", "chairwoman", "congresswoman", "empress"})
_MASCULINE_TITLE_WORDS = frozenset({"spokesman", "king", "prince", "emir", "sultan", "congressman", "pope"})
# Titles that name the same office as another: "the Chinese premier" is the State Council's Premier.
_SAME_OFFICE = {"premier": "prime minister"}
_PARTICLES = frozenset({"von", "der", "van", "de", "bin", "al", "la", "da", "del", "di", "ibn", "le", "dos", "el"})
# Words that cannot sit between a country and a title ("U.S. House Speaker" is fine).
# Marks that end a relative clause before a later pronoun.
_CLAUSE_BREAKS = frozenset({",", ";", ".", ":", "—", "–", '"', "“", "”"})
_NOT_TITLE_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "of", "in", "at", "to", "for", "on", "by", "with", "from", "said", "says", "as"}
    # Prepositions and conjunctions: "signed with China during President Prabowo's visit".
    | {"during", "after", "before", "since", "until", "under", "against", "between", "while", "when", "than", "but"}
    | {"about", "into", "over", "without", "through", "towards", "toward", "because", "if", "unless", "whether"}
)
# Titles that go with one name only ("Pope Francis", "King Charles", "Emir Tamim").
_SINGLE_NAME_TITLES = frozenset({"pope", "king", "queen", "emir", "sultan", "sheikh", "crown prince"})
_HISTORY = frozenset({"former", "late", "ex", "then", "predecessor"})
# Past forms that may stand between a country and a title without belonging to either ("gave", "met").
_IRREGULAR_PASTS = frozenset({"met", "told", "gave", "sent", "saw", "took", "made", "said", "thanked", "hosted"})
# How far before a name a "then-" or "ex-" prefix may sit ("then-U.S. President Barack Obama").
_PREFIX_REACH = 6
# Words that open a name without being a first name: "Sheikh Hamad bin Khalifa".
_HONORIFICS = frozenset(
    {"sheikh", "sheikha", "sheik", "prince", "princess", "king", "queen", "emir", "sultan", "crown"}
)
_SPOUSES = frozenset({"wife", "husband", "widow", "spouse"})
# Nouns a month may qualify: "a May election", "the March summit".
_MONTH_NOUNS = frozenset({"election", "elections", "vote", "summit", "meeting", "referendum", "poll", "deadline"})
_OFFICE_WORDS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "government", "ministry", "aides"})
_ENTRY_PRIORITY = {"leader": 0, "title": 1, "org": 2, "place": 3, "country": 4, "demonym": 5, "surname": 6}
_SLUG_WORD = re.compile(r"[a-z0-9]+")
# How far into a sentence the "his" of an opening phrase may stand: "In his", "During her", "At his".
_OPENING_POSSESSIVE = 2
# Words inside the name of a body an office belongs to: "the Presidium of the Supreme People's Assembly".
_SEAT_WORDS = frozenset({"the", "of", "for", "and", "'s", "’s", "-"})
_MAX_SEAT = 9


@attrs.define
class LeaderEntity:
    """A leader as this article knows them."""

    key: str
    name: str
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    gazetteer_id: str | None = None
    history_only: bool = True
    # Whether the title is the article's own ("the two foreign ministers, X and Y"), not the gazetteer's.
    title_given: bool = False
    # Whether the article gives any title at all, a past one included ("former President Thabo Mbeki").
    titled: bool = False
    name_parts: frozenset[str] = frozenset()


@attrs.define
class ArticleActors:
    """Leaders of an article and the mentions of actors in each sentence."""

    entities: dict[str, LeaderEntity] = attrs.Factory(dict)
    mentions: list[list[Mention]] = attrs.Factory(list)
    place_mentions: list[list[tuple[int, int, str, str]]] = attrs.Factory(list)
    # Bodies the gazetteer does not list, by id: their name and kind ("party", "armed-group", ...).
    bodies: dict[str, tuple[str, OrganizationKind]] = attrs.Factory(dict)
    # The article's date, for telling what was said before its news ("warned in March").
    date: dt.date | None = None
    # The dateline ("SINGAPORE, July 13 -"): its country's "foreign ministry" needs no name.
    dateline: Dateline | None = None

    def leader_keys(self) -> list[str]:
        """Keys of the leaders who take part in the events, in order of first mention."""
        return [key for key, entity in self.entities.items() if not entity.history_only]

    def is_head(self, mention: Mention) -> bool:
        """Whether a leader mention names a head of state or government, by the title the article gives."""
        return fold(self.entities[mention.ref].title or "") in HEAD_TITLES


# Words that cannot modify a title set after a name ("X, where Prime Minister Y ...").
_NOT_MODIFIERS = frozenset(
    {"the", "a", "an", "former", "late", "ex", "where", "who", "which", "whose", "when", "while", "as", "and"}
    | {"or", "but", "with", "said", "says", "told", "met", "after", "before", "that", "then", "whom", "whereas"}
)
# What may follow a title set after a name: "Scholz, the German chancellor, said", "X, Sudan's president."
_APPOSITION_ENDS = frozenset(
    {",", ".", ";", ":", "—", "–", "-", ")", "of", "for", "and", "who", "'s", "’s", "in", "to", "at", "on", "with"}
    | {"responsible"}  # "Peter Hain, the Foreign Office minister responsible for Africa,"
    | {'"', "”"}
)
# Words that may open a title set after a name, before its body or country: "the senior White House adviser".
_APPOSITION_OPENERS = frozenset(
    {"the", "a", "an", "'s", "’s", "senior", "top", "chief", "deputy", "special", "government", "acting", "interim"}
    | {"'", "’"}  # "the United Arab Emirates' minister": a plural possessive
)
# How many words a portfolio may have: "for European and Eurasian Affairs".
_PORTFOLIO_WORDS = 6
_CONGO_REPUBLIC = "COG"
_CONGO_DEMOCRATIC = "COD"
# Offices a capitalised word may describe ("Jakarta's Christian governor"): no surname stands before them.
_OFFICE_NOUNS = frozenset(
    {"governor", "minister", "president", "leader", "mayor", "senator", "lawmaker", "official", "officials"}
    | {"chief", "spokesman", "spokeswoman", "envoy", "ambassador", "party", "government", "candidate", "premier"}
)
# "the Tajik leader" is the country's head, whatever the title the article gave first.
_GENERIC_TITLES = frozenset({"leader", "head of state", "strongman", "ruler"})
# "the funeral of X", "buried X", "X's death", "X, who died": a leader mourned, not one taking part.
_BURYING = frozenset({"buried", "bury", "burying", "mourn", "mourned", "mourning", "mourns"})
_DEATH_NOUNS = frozenset(
    {"death", "funeral", "coffin", "burial", "wake", "assassination", "deaths", "funerals", "coffins", "bodies"}
)
_DEATH_WORDS = _BURYING | _DEATH_NOUNS | {"died", "dead", "assassinated", "killed", "farewell"}
_DIED_REACH = 10
# "X was shot dead", "X was assassinated": the reach also covers an aside ("X, Japan's longest-serving
# prime minister, was shot dead").
_KILLED = frozenset({("shot", "dead"), ("was", "assassinated"), ("was", "killed")})
# Words before a month name in a date ("in May", "since March", "early June").
_MONTH_LEADS = frozenset(
    {"in", "since", "of", "early", "late", "mid", "last", "next", "until", "by", "from", "on", "to", "through"}
    | {"during", "between", "and", "or", "before", "after", "this", "that", "each", "every", "-"}
)
# Last words of names of places and buildings, never of people: "Harambee House", "the Pine Residence".
_PLACE_NOUNS = frozenset(
    {"house", "palace", "residence", "hall", "building", "centre", "center", "square", "street", "hotel"}
    | {"castle", "hospital", "university", "airport", "cathedral", "mosque", "stadium", "base", "office"}
)
# Last words of things named after people: "the Amir Amanullah Khan Award", "the King Fahd Causeway".
_NAMED_THINGS = _PLACE_NOUNS | frozenset(
    {"award", "prize", "medal", "foundation", "institute", "library", "museum", "bridge", "causeway", "avenue"}
    | {"road", "highway", "dam", "port", "park", "mosque", "memorial", "mausoleum", "school", "academy"}
)
# The most capitalised words a thing's name runs on after a person's ("International Conference Centre").
_THING_WORDS = 4


def _named_thing_end(tokens: Sequence[Token], words: Sequence[str], last: int) -> int | None:
    """The end of a thing's name that goes on after a person's, if one does ("Kenneth Kaunda Airport").

    "the Obama White House" is the president's administration, not a building named after him.
    """
    end = last
    while end < len(tokens) and end - last < _THING_WORDS and tokens[end].capitalized:
        end += 1
    if end == last or words[end - 1] not in _NAMED_THINGS or words[last:end] == ("white", "house"):
        return None
    return end


# Characters a name word may hold besides letters: "O'Connor", "Jean-Louis", "P.J.".
_NAME_CHARS = re.compile(r"['’.-]")
_TITLE_MODIFIERS = frozenset({"new", "incoming", "outgoing", "acting", "interim", "veteran", "embattled", "visiting"})
# Titles of those sent on a mission: "envoy for Syria" names where they go, not where they are from.
_ENVOY_WORDS = ("envoy", "representative", "mediator", "coordinator")
# One-word offices that stand for a longer title of the same office ("the minister" for the Foreign Minister).
_OFFICE_HEADS = frozenset({"minister", "secretary", "envoy", "spokesman", "spokeswoman", "adviser"})
# Titles of those posted abroad, whose post may be a body ("ambassador to NATO").
_POSTED_TITLES = frozenset({"ambassador", "permanent representative"})
# Titles of heads of state or government.
HEAD_TITLES = frozenset({"president", "prime minister", "king", "emir", "sultan", "chancellor", "premier"})
# Capitalised words that open a sentence or tell a day, never a given name before a known one.
_NOT_GIVEN_NAMES = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | {"if", "what", "when", "while", "as", "after", "before", "since", "though", "although", "because", "once"}
    | {"until", "unless", "whether", "where", "why", "how", "so", "then", "yet", "now", "only", "even", "also"}
    | {"but", "and", "or", "nor", "for", "with", "without", "from", "by", "to", "of", "not", "no", "said", "says"}
)
_ADDRESS_FORMS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mister"})
# Shorter words are initials or particles ("J.", "al"), never a given name that tells two people apart.
_GIVEN_NAME_LENGTH = 3
# Capitalised function words that open a sentence: never the first word of a name.
_FUNCTION_WORDS = frozenset({"a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and"})
# Nouns by which a story refers back to a body it has named: "the bloc called for ...".
_BODY_NOUNS = frozenset(
    {"bloc", "alliance", "organisation", "organization", "union", "league", "community"}
    | {"group", "movement", "party", "rebels", "militants", "council"}
)
# How far into a sentence "In Tashkent, where" may put its "where".
_WHERE_OPENING = 6
# Suffixes written with a stop inside a sentence: "Ferdinand Marcos Jr. said".
_NAME_SUFFIXES = frozenset({"jr", "sr"})
# Gazetteer words that may stand inside a body's name: "Pakistan Peoples Party", "Free Syrian Army".
_BODY_NAME_PARTS = frozenset({"country", "demonym", "place"})
# Lower-case words a title may carry before it in an apposition: "the EU's economic and monetary affairs commissioner".
_MAX_MODIFIERS = 4
# How far after the comma the title of an apposition may end.
_APPOSITION_REACH = 11
# Capitalised role nouns that may open a sentence before a name.
_ROLE_NOUNS = frozenset({"host", "hosts", "guest", "visiting", "incumbent", "outgoing", "incoming", "chair"})


@functools.cache
def _plural_titles_by_last_word() -> dict[str, list[tuple[str, ...]]]:
    """Plural title phrases by their last word, longest first ("deputy prime ministers" before "ministers")."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(plural_title_names(), key=len, reverse=True):
        found.setdefault(key[-1], []).append(key)
    return found


def _paired_offices(words: Sequence[str], of: int, plurals: Mapping[tuple[str, ...], str]) -> list[str]:
    """The two offices of "the foreign and defence ministers of": ["Foreign Minister", "Defence Minister"]."""
    if of < 4 or words[of - 3] != "and":
        return []
    offices = [plurals.get((words[of - 4], words[of - 1])), plurals.get((words[of - 2], words[of - 1]))]
    return [office for office in offices if office is not None] if all(offices) else []


def _demonym_capitals(
    tokens: Sequence[Token], words: Sequence[str], starts: dict[int, PhraseMatch[Entry]]
) -> list[tuple[int, int, str, str]]:
    """ "the Algerian capital", "the Argentine resort of Bariloche": a place in that country, named as the
    article names it."""
    found = []
    for first, match in starts.items():
        entry = _choose(match.values)
        if entry.kind != "demonym" or match.last >= len(words) or words[match.last] not in PLACE_KINDS:
            continue
        end = match.last + 1
        if end + 1 < len(tokens) and words[end] == "of" and tokens[end + 1].capitalized:
            name_end = end + 1
            while name_end < len(tokens) and tokens[name_end].capitalized and tokens[name_end].text.isalpha():
                name_end += 1
            found.append((first, name_end, entry.ref, " ".join(t.text for t in tokens[end + 1 : name_end])))
        elif words[match.last] == "capital":
            found.append((first, end, entry.ref, capital_of(entry.ref) or f"{tokens[first].text} capital"))
    return found


def _is_month_date(tokens: Sequence[Token], words: Sequence[str], index: int, match: PhraseMatch[Entry]) -> bool:
    """Whether a one-word surname match is a month in a date: "in May", "since March", "May 5"."""
    if match.last - match.first != 1 or words[index] not in MONTHS:
        return False
    if any(entry.kind not in ("surname", "leader") for entry in match.values):
        return False
    before = words[index - 1] if index > 0 else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if before in ("a", "an", "the", "last", "this", "next") and after in _MONTH_NOUNS:
        return True  # "in a May election", "the March summit": the month names the event
    return before in _MONTH_LEADS or after[:1].isdigit() or before[:1].isdigit()


def _who_clause_start(tokens: Sequence[Token], mention: Mention) -> int | None:
    """Where the "who" clause describing a mention opens: "Widodo, who held talks", "Prince Abdullah of Saudi
    Arabia, who told" (the "who"), or None."""
    after = mention.last
    if after + 1 < len(tokens) and tokens[after].lower == "of" and tokens[after + 1].capitalized:
        after += 1
        while after < len(tokens) and tokens[after].capitalized:
            after += 1
    if after + 1 < len(tokens) and tokens[after].lower == "," and tokens[after + 1].lower == "who":
        return after + 1
    return None


def _coordinated_subject(tokens: Sequence[Token], mentions: Sequence[Mention]) -> set[str]:
    """The leaders of the subject an object pronoun stands after: the last leader named before it, with
    those joined to that one by "and" or a comma ("Foreign Minister A and spokesman B are travelling
    with him": "him" is neither).

    Only titles, capitalised words, "and" and commas may stand between the joined names.
    """
    named = [m for m in mentions if m.kind == "leader"]
    own = {named[-1].ref}
    for earlier, later in zip(reversed(named[:-1]), reversed(named[1:]), strict=True):
        between = tokens[earlier.last : later.first]
        joined = any(token.lower == "and" for token in between) and all(
            token.lower in ("and", ",") or token.capitalized or token.folded in title_words() for token in between
        )
        if not joined:
            break
        own.add(earlier.ref)
    return own


def _relative_antecedent(tokens: Sequence[Token], mentions: Sequence[Mention], pronoun: int) -> str | None:
    """The leader a "who" clause describes, for a pronoun inside it: "a debut for Widodo, who held his first
    talks" is Widodo's talks, whoever the sentence's subject is."""
    for mention in reversed(mentions):
        if mention.kind != "leader" or mention.form == "pronoun":
            continue
        who = _who_clause_start(tokens, mention)
        inside = who is not None and who < pronoun and all(t.text not in _CLAUSE_BREAKS for t in tokens[who:pronoun])
        return mention.ref if inside else None
    return None


def _point_opening_possessive_forward(tokens: Sequence[Token], mentions: list[Mention]) -> None:
    """ "In his address, Karzai set out ...": an opening phrase's "his" is the subject named after it.

    So are the other pronouns read before that subject, and later ones read the same wrong way: "In his own
    address, which he kept short, Castro attacked what he called ...".
    """
    if not mentions or mentions[0].form != "pronoun" or tokens[mentions[0].first].lower not in ("his", "her"):
        return
    if mentions[0].first > _OPENING_POSSESSIVE:
        return  # the phrase must open the sentence: "In his address", "During her visit"
    subject = next((m for m in mentions if m.kind == "leader" and m.form != "pronoun"), None)
    if subject is None or is_object(tokens, subject):
        return
    opening = _name_opening(tokens, subject.first)
    if opening < 1 or tokens[opening - 1].text != ",":
        return
    pronouns = [
        index
        for index, mention in enumerate(mentions)
        if mention.form == "pronoun" and tokens[mention.first].lower not in _OBJECT_PRONOUNS
    ]
    _point_pronouns_at(mentions, pronouns, subject, wrong=mentions[0].ref)


def _point_where_clause_forward(tokens: Sequence[Token], mentions: list[Mention]) -> None:
    """ "In Tashkent, where he was on a state visit, Putin warned": the where-clause's "he" is the subject after it."""
    if len(tokens) < 4 or tokens[0].lower not in ("in", "at"):
        return
    opening = range(2, min(_WHERE_OPENING, len(tokens)))
    where = next((k for k in opening if tokens[k].lower == "where" and tokens[k - 1].text == ","), None)
    if where is None:
        return
    pronouns = [i for i, m in enumerate(mentions) if m.form == "pronoun" and m.first > where]
    if not pronouns or any(m.kind == "leader" and m.form != "pronoun" for m in mentions[: pronouns[0]]):
        return
    subject = next(
        (
            m
            for m in mentions
            if m.kind == "leader"
            and m.form != "pronoun"
            and m.first > mentions[pronouns[0]].last
            and tokens[_name_opening(tokens, m.first) - 1].text == ","
            and not is_object(tokens, m)
        ),
        None,
    )
    if subject is None:
        return
    _point_pronouns_at(mentions, pronouns, subject, wrong=mentions[pronouns[0]].ref)


def _point_pronouns_at(mentions: list[Mention], pronouns: Sequence[int], subject: Mention, *, wrong: str) -> None:
    """Point the pronouns (indices into ``mentions``) read before ``subject`` at it, and the later ones read
    with the same wrong referent too: "..., Pinera welcomed a ruling he said had"."""
    for index in pronouns:
        if mentions[index].first < subject.first or mentions[index].ref == wrong:
            mentions[index] = attrs.evolve(mentions[index], ref=subject.ref)


def _portfolio_end(tokens: Sequence[Token], words: Sequence[str], after_title: int) -> int | None:
    """Where a portfolio after a title ends: "for African Affairs", "for European and Eurasian Affairs"."""
    if words[after_title : after_title + 1] != ("for",):
        return None
    end = after_title + 1
    while (
        end < len(tokens) and end - after_title <= _PORTFOLIO_WORDS and (tokens[end].capitalized or words[end] == "and")
    ):
        if words[end] == "affairs":
            return end + 1
        end += 1
    return None


def _name_opening(tokens: Sequence[Token], first: int) -> int:
    """Where a name's capitalised titles begin ("President Vladimir Putin", "Secretary of State Hillary Clinton")."""
    while first > 1 and (tokens[first - 1].capitalized or (tokens[first - 1].lower == "of" and first > 2)):
        first -= 1
    return first


# How many words a gazetteer phrase just before a title may span ("the Democratic Republic of the Congo").
_PHRASE_BEFORE_REACH = 5


def _entry_ending_at(starts: Mapping[int, PhraseMatch[Entry]], end: int) -> tuple[int, Entry] | None:
    """The gazetteer phrase that ends just before token ``end``, with the token it begins at.

    The matches of a sentence do not overlap, so at most one ends there.
    """
    for begin in range(max(0, end - _PHRASE_BEFORE_REACH), end):
        match = starts.get(begin)
        if match is not None and match.last == end:
            return begin, _choose(match.values)
    return None


def _country_owning(starts: Mapping[int, PhraseMatch[Entry]], words: Sequence[str], at: int) -> str | None:
    """The country named just before token ``at`` ("Pakistan's", "the Pakistani"), if any."""
    found = _entry_ending_at(starts, at - 1 if at >= 2 and words[at - 1] in ("'s", "’s") else at)
    return found[1].ref if found is not None and found[1].kind in ("country", "demonym", "place") else None


def _countries_before(starts: Mapping[int, PhraseMatch[Entry]], words: Sequence[str], title: int) -> list[str]:
    """Two or more countries joined by "and" just before a plural title ("Polish and French counterparts")."""
    found: list[str] = []
    end = title
    while True:
        match = next((m for k, m in starts.items() if m.last == end and k < end), None)
        if match is None or _choose(match.values).kind not in ("country", "demonym"):
            break
        found.append(_choose(match.values).ref)
        end = match.first - 1
        if end < 1 or words[end] not in ("and", ","):
            break
    return found[::-1] if len(found) >= 2 else []


def slugify(name: str) -> str:
    """A lowercase id from a name.

    Examples:
        >>> slugify("Jonas Gahr Støre")
        'jonas-gahr-store'
    """
    return "-".join(_SLUG_WORD.findall(" ".join(fold(word) for word in name.split()).replace("ø", "o"))) or "leader"


def _capital_after_particles(tokens: Sequence[Token], words: Sequence[str], first: int, last: int) -> bool:
    """Whether the first word after the particles opening a name is capitalised: "von der Leyen"."""
    rest = next((k for k in range(first, last) if words[k] not in _PARTICLES), None)
    return rest is not None and tokens[rest].capitalized


def _without_article(index: PhraseIndex[Entry], words: Sequence[str], match: PhraseMatch[Entry]) -> PhraseMatch[Entry]:
    """A match that begins with a lowercase "the" ("the UK", "the Kremlin") minus the article.

    Names are recognised by their capitals; the article is not part of the name.
    The rest keeps the values of the longer alias unless a longer phrase starts there.
    """
    if match.last - match.first < 2:
        return match
    rest = index.match_at(words, match.first + 1)
    if rest is not None and rest.last >= match.last:
        return rest
    return PhraseMatch(match.first + 1, match.last, match.values)


def _is_name_spelling(text: str) -> bool:
    """Whether a word is letters, perhaps with the marks of "O'Connor", "Jean-Louis" or "P.J."."""
    # Most name words are plain letters: only the others need their marks taken out.
    return text.isalpha() or _NAME_CHARS.sub("", text).isalpha()


def _name_word(text: str) -> bool:
    """A word that continues a name: capitalised, or a particle joined to one ("al-Aiban", "el-Sisi")."""
    if text[:1].isupper():
        return text.replace("-", "").isalpha()
    head, dash, rest = text.partition("-")
    return bool(dash) and head in _PARTICLES and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _full_name_end(words: Sequence[str], first: int, last: int, leader_id: str) -> int:
    """End of an alias extended by the rest of the leader's full name ("Sheikh Mohamed bin Zayed" + "Al Nahyan")."""
    leader = leaders().get(leader_id)
    if leader is None or last <= first:
        return last
    end = last
    # The alias ends inside the full name (or a longer alias: "Crown Prince Abdullah" + "bin Abdul Aziz"): the
    # rest may follow, as words or hyphenated ("al-Thani"), whatever the spelling of the words before
    # ("Mohammed bin Zayed" for "Mohamed bin Zayed Al Nahyan").
    for form in (leader.name, *leader.aliases):
        full = [fold(word) for word in form.split()]
        if words[last - 1] not in full[:-1]:
            continue
        rest = full[full.index(words[last - 1]) + 1 :]
        if "of" in rest:
            continue  # "King Abdullah II" + "of Jordan": the country stays a mention of its own
        if list(words[last : last + len(rest)]) == rest:
            end = max(end, last + len(rest))
        elif last < len(words) and words[last].replace("-", " ").split() == rest:
            end = max(end, last + 1)
    return end


def _titled_alias(words: Sequence[str], match: PhraseMatch[Entry]) -> bool:
    """Whether a leader's alias opens with a title ("King Salman", "Sheikh Tamim")."""
    if not any(value.kind == "leader" for value in match.values):
        return False
    return any(value.kind == "title" for value in gazetteer().get((words[match.first],)))


# A pure function of the name and the shipped gazetteer, asked up to three times per new leader.
@functools.lru_cache(maxsize=4096)
def _without_titles(name: str) -> str:
    """A name without the titles an alias may start with ("Crown Prince Abdullah"), suffixes written whole."""
    words = name.split()
    if words and words[-1].lower() in _NAME_SUFFIXES:
        words[-1] += "."  # "Ferdinand Marcos Jr." (the stop is a token of its own)
    index = gazetteer()
    for length in range(min(len(words) - 1, 4), 0, -1):
        if any(v.kind == "title" for v in index.get(tuple(fold(word) for word in words[:length]))):
            return " ".join(words[length:])
    return " ".join(words)


# Articles joined to an Arabic surname by a hyphen: "al-Sharaa" is later plain "Sharaa".
_JOINED_ARTICLES = ("al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-")


def _part_forms(word: str) -> set[str]:
    """A folded name word and, for "al-Sharaa", the surname without its article ("sharaa").

    Examples:
        >>> sorted(_part_forms("al-Sharaa"))
        ['al-sharaa', 'sharaa']
    """
    folded = fold(word)
    bare = next((folded[len(a) :] for a in _JOINED_ARTICLES if folded.startswith(a) and len(folded) > len(a) + 1), None)
    return {folded, bare} if bare else {folded}


@functools.lru_cache(maxsize=4096)
def _gazetteer_name_parts(leader_id: str) -> frozenset[str]:
    """The folded words of a shipped leader's name and one-word aliases, by which later mentions find them."""
    leader = leaders()[leader_id]
    return frozenset(form for word in leader.name.split() for form in _part_forms(word)) | {
        fold(alias) for alias in leader.aliases if " " not in alias
    }


def _choose(values: Sequence[Entry]) -> Entry:
    if len(values) == 1:
        return values[0]  # most phrases name one thing: no ranking to do
    return min(values, key=lambda entry: _ENTRY_PRIORITY[entry.kind])


# Where a one-word name that is also a place ("Muscat") reads as the place.
_LOCATING_WORDS = frozenset(
    {"in", "to", "at", "from", "near", "outside", "into", "via", "visit", "visited", "visiting"}
)


class _Resolver:
    def __init__(self, date: dt.date | None) -> None:
        self.actors = ArticleActors(date=date)
        self.by_part: dict[str, str] = {}
        self.shadowed: set[str] = set()
        self.last_subject: str | None = None
        # The body named last, for "the bloc" and "the alliance" in later sentences.
        self.last_body: str | None = None
        # The bodies named so far by the last word of their names: "the Commission" after the European one.
        self.body_heads: dict[str, str] = {}
        self.locale: str | None = None
        self.current = Sentence(0, 0, 0, "", ())
        # The mentions of the sentence being read, as far as it has been read.
        self.current_mentions: list[Mention] = []
        # Leaders whose titles gave their sex ("spokeswoman"), so that "his" cannot mean them.
        self.sexes: dict[str, str] = {}

    @property
    def date(self) -> dt.date | None:
        """The article's date, which the actors keep for the later stages too."""
        return self.actors.date

    # --- entities -------------------------------------------------------------------------

    def entity(
        self,
        name: str,
        *,
        gazetteer_id: str | None,
        title: str | None,
        country: str | None,
        organization: str | None,
        history: bool,
    ) -> LeaderEntity:
        key = gazetteer_id or self._known_by_name(name)
        if key is None:
            # "Sheikh Tamim bin Hamad Al Thani" after a title: the gazetteer's full name under an honorific.
            bare_name = _without_titles(name)
            key = (self._known_by_name(bare_name) if bare_name != name else None) or slugify(name)
        entity = self.actors.entities.get(key)
        if entity is None:
            entity = LeaderEntity(key=key, name=name, gazetteer_id=gazetteer_id)
            self.actors.entities[key] = entity
            self._fill_from_gazetteer(entity)
            bare = _without_titles(name)
            if len(bare.split()) >= 2:
                # The fullest form the article gives, not the gazetteer's ("Faisal bin Farhan").
                entity.name = bare
        elif len(name.split()) > len(entity.name.split()) and fold(name.split()[-1]) in entity.name_parts:
            entity.name = _without_titles(name)
        entity.titled = entity.titled or bool(title)
        if title and (entity.title is None or gazetteer_id is None or self._out_of_office(gazetteer_id)):
            # The gazetteer's office is outranked by the article's when it was over by then
            # ("the EU's external relations commissioner, Benita Ferrero-Waldner", once Austria's minister).
            entity.title = title
            entity.title_given = not history  # "former President Trump": the office is over, as the gazetteer says
        if country and (organization or not entity.organization):
            entity.country = country
            entity.organization = organization
        elif organization:
            entity.organization = organization
            entity.country = None
        if not history:
            entity.history_only = False
        parts = {
            form
            for word in name.split()
            if fold(word) not in _PARTICLES and len(word) > 1
            for form in _part_forms(word)
        }
        entity.name_parts = entity.name_parts | parts
        for part in parts:
            self.by_part.setdefault(part, key)
        # The last word of a name is the strongest cue for later short mentions, unless this one is named as
        # history and the word already stands for someone acting now: "Prime Minister Saad Hariri ... the
        # killing of former prime minister Rafik Hariri ... Hariri said" is the son.
        last = fold(name.split()[-1])
        holder = self.by_part.get(last)
        if not (history and holder is not None and holder != key and not self.actors.entities[holder].history_only):
            self.by_part[last] = key
        return entity

    def _out_of_office(self, gazetteer_id: str | None) -> bool:
        """Whether every office the gazetteer gives a leader was over (or not begun) on the article's date."""
        leader = leaders().get(gazetteer_id) if gazetteer_id else None
        return leader is not None and self.date is not None and not leader.roles_on(self.date)

    def _by_full_name(self, words: Sequence[str], country: str | None) -> str | None:
        """A gazetteer leader whose names hold the first and last words of a name ("Abdullatif al-Zayani").

        An honorific is no first name: "Sheikh Hamad bin Khalifa al-Thani" is looked up by "Hamad".
        """
        folded = [fold(word) for word in words]
        while len(folded) > 2 and folded[0] in _HONORIFICS:
            folded = folded[1:]
        first, last = folded[0], folded[-1]
        candidates = []
        for value in gazetteer().get((last,)):
            leader = leaders().get(value.ref)
            if leader is None or value.kind not in ("leader", "surname"):
                continue
            parts = {fold(w) for alias in [leader.name, *leader.aliases] for w in alias.split()}
            if first in parts and (country is None or any(role.country == country for role in leader.roles)):
                candidates.append(leader.id)
        return candidates[0] if len(candidates) == 1 else None

    def _known_by_name(self, name: str) -> str | None:
        folded = " ".join(fold(word) for word in name.split())
        for key, entity in self.actors.entities.items():
            if " ".join(fold(word) for word in entity.name.split()) == folded:
                return key
        values = gazetteer().get(tuple(fold(word) for word in name.split()))
        for value in values:
            if value.kind == "leader":
                return value.ref
        return None

    def _role_of(self, leader: Leader) -> Role | None:
        """A gazetteer leader's role on the article date: the first held then, else (or with no date) the latest."""
        roles = (leader.roles_on(self.date) if self.date else []) or leader.roles[-1:]
        return roles[0] if roles else None

    def _seat_of(self, leader_id: str) -> tuple[str | None, str | None]:
        """The country or body a gazetteer leader serves on the article date (their latest, with no date)."""
        leader = leaders().get(leader_id)
        role = self._role_of(leader) if leader is not None else None
        return (role.country, role.organization) if role is not None else (None, None)

    def _fill_from_gazetteer(self, entity: LeaderEntity) -> None:
        leader = leaders().get(entity.key)
        if leader is None:
            return
        entity.gazetteer_id = leader.id
        entity.name = leader.name
        role = self._role_of(leader)
        if role is not None:
            entity.title = role.title
            entity.country = role.country
            entity.organization = role.organization
        entity.name_parts = _gazetteer_name_parts(leader.id)
        for part in entity.name_parts:
            self.by_part.setdefault(part, entity.key)

    def pick_leader(self, values: Sequence[Entry], country: str | None = None) -> str | None:
        """The gazetteer leader a name stands for: one already met, else one in office on the article date.

        A country given by a title ("Singapore's Prime Minister Lee") must be the leader's.
        """
        ids = [value.ref for value in values if value.kind == "leader"]
        ids = ids or [value.ref for value in values if value.kind == "surname"]
        ids = [i for i in ids if i in leaders()]
        if country is not None:
            ids = [i for i in ids if any(role.country == country for role in leaders()[i].roles)]
        for leader_id in ids:
            if leader_id in self.actors.entities:
                return leader_id
        if self.date is not None:
            date = self.date
            active = [i for i in ids if leaders()[i].roles_on(date)]
            if len(active) > 1:
                # "Saudi Arabia, where he is to be received by King Abdullah": the king of the country just named.
                named = {m.ref for m in self.current_mentions if m.kind == "country"}
                here = [i for i in active if any(role.country in named for role in leaders()[i].roles_on(date))]
                active = here or active
            if len(active) == 1 or (active and any(v.kind == "leader" for v in values)):
                return active[0]
            if any(v.kind == "leader" for v in values) and len(ids) == 1:
                # A full name still identifies a leader out of office ("former President ...").
                return ids[0]
            return None
        return ids[0] if len(ids) == 1 else None

    def surname_leader(self, values: Sequence[Entry]) -> str | None:
        ids = [value.ref for value in values if value.kind == "surname"]
        for leader_id in ids:
            if leader_id in self.actors.entities:
                return leader_id
        if self.date is not None:
            active = [i for i in ids if i in leaders() and leaders()[i].roles_on(self.date)]
            if len(active) == 1:
                return active[0]
            return None
        return ids[0] if len(ids) == 1 else None

    # --- sentences ------------------------------------------------------------------------

    def _body_references(self, tokens: Sequence[Token], words: Sequence[str], mentions: list[Mention]) -> None:
        """ "the bloc", "the group": the body the story named last, when no other mention covers the words."""
        taken = {k for m in mentions for k in range(m.first, m.last)}
        found: list[Mention] = []
        for k in range(1, len(words)):
            if words[k - 1] != "the" or k in taken:
                continue
            if tokens[k].capitalized:
                # "the Commission", once the European Commission is named: a short name of a body.
                body = self.body_heads.get(words[k])
                if body is not None:
                    found.append(Mention("org", body, k - 1, k + 1, tokens[k - 1].start, tokens[k].end, "name"))
                continue
            if words[k] not in _BODY_NOUNS:
                continue
            # "the league" is the Arab League named earlier, even after the U.N. was named since.
            body = self.body_heads.get(words[k]) or next(
                (m.ref for m in reversed(mentions) if m.kind == "org" and m.last <= k), self.last_body
            )
            if body is not None:
                found.append(Mention("org", body, k - 1, k + 1, tokens[k - 1].start, tokens[k].end, "name"))
        if found:
            mentions.extend(found)
            mentions.sort(key=lambda m: m.first)

    def _body_name(self, ref: str) -> str:
        listed = organizations().get(ref)
        return listed.name if listed is not None else self.actors.bodies.get(ref, (ref, None))[0]

    def _body_mention(self, body: UnlistedBody, tokens: Sequence[Token]) -> Mention:
        key = slugify(body.name)
        self.actors.bodies.setdefault(key, (body.name, body.kind))
        return Mention("org", key, body.first, body.last, tokens[body.first].start, tokens[body.last - 1].end, "name")

    def span(self, tokens: Sequence[Token], first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last`` as written ("George W. Bush")."""
        offset = self.current.start
        return self.current.text[tokens[first].start - offset : tokens[last - 1].end - offset]

    def sentence(self, sentence: Sentence) -> None:
        self.current = sentence
        tokens = sentence.tokens
        words = sentence.words
        index = gazetteer()
        starts: dict[int, PhraseMatch[Entry]] = {}
        first_words = index.first_words
        position = 0
        # Only words that begin some gazetteer phrase are probed.
        for candidate in [k for k, word in enumerate(words) if word in first_words]:
            if candidate < position:
                continue
            match = index.match_at(words, candidate)
            if match is not None and words[candidate] == "the" and not tokens[candidate].capitalized:
                match = _without_article(index, words, match)
            if match is None:
                position = candidate + 1
            else:
                starts[match.first] = match
                position = match.last
        mentions: list[Mention] = []
        self.current_mentions = mentions
        places: list[tuple[int, int, str, str]] = []
        self._locale(tokens, words, starts)
        has_head = not BODY_HEADS.isdisjoint(words)  # most sentences name no party or front
        # Every other word is skipped: only phrase starts, pronouns and capitals begin a mention.
        interesting = sorted(
            {*starts, *[k for k, token in enumerate(tokens) if token.capitalized or token.folded in _PRONOUNS]}
        )
        i = 0
        for k in interesting:
            if k < i:
                continue
            i = k
            match = starts.get(i)
            if match is not None and _is_month_date(tokens, words, i, match):
                i = match.last  # "in May", "May 5": the month, not Theresa May
                continue
            if has_head and tokens[i].capitalized and (match is None or _choose(match.values).kind in _BODY_NAME_PARTS):
                body = unlisted_body(tokens, i)
                # A listed body inside the name makes a longer, other body: "the New Democratic Party".
                if body is not None and all(
                    _choose(starts[k].values).kind in _BODY_NAME_PARTS or (k > i and starts[k].values[0].kind == "org")
                    for k in range(body.first, body.last)
                    if k in starts
                ):
                    mentions.append(self._body_mention(body, tokens))
                    i = body.last
                    continue
            if match is not None:
                entry = _choose(match.values)
                dateline = i == 0 and tokens[i].text.isupper() and len(tokens[i].text) > 1  # "MUSCAT, Jan 12 —"
                if (
                    entry.kind in ("leader", "surname")
                    and match.last - match.first == 1
                    and ((i > 0 and words[i - 1] in _LOCATING_WORDS) or dateline)
                    and words[i] not in self.by_part
                ):
                    # "in Muscat": the city, not Malta's Joseph Muscat, unless the article named him;
                    # "in Austin", "in English": a place or a language the gazetteer lacks, no person either.
                    place = next((value for value in match.values if value.kind in ("place", "country")), None)
                    if place is None:
                        i = match.last
                        continue
                    entry = place
                i = self._entry(tokens, words, starts, match, entry, mentions, places)
                continue
            token = tokens[i]
            if words[i] in _PRONOUNS:
                # "Widodo, who held his first talks": the clause's own subject; "X, who received him" is another.
                owner = _relative_antecedent(tokens, mentions, i) if words[i] in ("his", "he", "she") else None
                target = owner or self._pronoun_target(
                    tokens,
                    mentions,
                    reflexive=words[i] not in _OBJECT_PRONOUNS,
                    excluded=self._other_sex(words[i], tokens, words, mentions),
                )
                if words[i] in ("himself", "herself") and mentions and mentions[-1].last == i:
                    target = mentions[-1].ref if mentions[-1].kind == "leader" else target  # "Modi himself"
                if target is not None:
                    mentions.append(self._leader_mention(target, tokens, i, i + 1, "pronoun"))
                i += 1
                continue
            if token.capitalized and (token.text.isalpha() or words[i] in self.by_part):
                i = self._name_run(tokens, words, starts, i, mentions)  # "O'Connor said", once he is named
                continue
            i += 1
        if not PLACE_KINDS.isdisjoint(words):
            places += _demonym_capitals(tokens, words, starts)
        if "of" in words:
            self._plural_title_list(tokens, words, starts, mentions)
            self._plural_title_apposition(tokens, words, starts, mentions)
        if not _BODY_NOUNS.isdisjoint(words) or not self.body_heads.keys().isdisjoint(words):
            self._body_references(tokens, words, mentions)
        for mention in mentions:
            if mention.kind == "org":
                self.last_body = mention.ref
                self.body_heads[fold(self._body_name(mention.ref).split()[-1])] = mention.ref
        _point_opening_possessive_forward(tokens, mentions)
        _point_where_clause_forward(tokens, mentions)
        leaders_here = [m for m in mentions if m.kind == "leader" and not is_object(tokens, m)]
        if leaders_here and any(token.text in QUOTE_MARKS for token in tokens):
            # '"I will be a president for all Kenyans," Ruto told the crowd. He said': the speaker, not
            # someone named inside the quotation, is whom "he" goes on to mean.
            quoted = quoted_flags(tokens)
            leaders_here = [m for m in leaders_here if not quoted[m.first]] or leaders_here
        # "The summit caps a debut for Widodo, who held talks in Beijing. He flies to Brisbane": one named as
        # an object but described by a "who" clause is whom the story follows.
        described = [m for m in mentions if m.kind == "leader" and _who_clause_start(tokens, m) is not None]
        if leaders_here or described:
            self.last_subject = (leaders_here or described)[0].ref
        self.actors.mentions.append(mentions)
        self.actors.place_mentions.append(places)

    def _plural_title_list(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        mentions: list[Mention],
    ) -> None:
        """'the foreign ministers of India and Pakistan, Yashwant Sinha and Khurshid Kasuri': one leader per country."""
        by_last = _plural_titles_by_last_word()
        if by_last.keys().isdisjoint(words):
            return  # most sentences with "of" hold no plural title: no word to look back from
        for of in [k for k, word in enumerate(words) if word == "of" and k > 0 and words[k - 1] in by_last]:
            title = _plural_title_ending_at(words, of)
            if title is None:
                continue
            countries: list[str] = []
            j = of + 1
            while j < len(words):
                match = starts.get(j)
                if match is None or _choose(match.values).kind not in ("country", "demonym"):
                    break
                countries.append(_choose(match.values).ref)
                j = match.last
                if j + 1 < len(words) and words[j] == "," and words[j + 1] == "and":
                    j += 2
                elif j < len(words) and (
                    words[j] == "and"
                    or (
                        words[j] == ","
                        and j + 1 in starts
                        and _choose(starts[j + 1].values).kind in ("country", "demonym")
                    )
                ):
                    j += 1
                else:
                    break
            # "the foreign and defence ministers of Ukraine, A and B": one country, one office each.
            offices = _paired_offices(words, of, plural_title_names()) if len(countries) == 1 else []
            if len(countries) == 1 and offices:
                seats = [(office, countries[0]) for office in offices]
            else:
                seats = [(title, country) for country in countries]
            if len(seats) < 2 or j >= len(words) or words[j] not in (",", "-", "—", "–"):
                continue
            names: list[tuple[int, int]] = []
            k = j + 1
            while k < len(words) and len(names) < len(seats) and tokens[k].capitalized:
                end = self._run_end(tokens, words, starts, k)
                if end <= k:
                    break
                names.append((k, end))
                k = end
                while k < len(words) and words[k] in (",", "and"):
                    k += 1
            if len(names) != len(seats):
                continue
            seated = [
                (first, last, office, country) for (first, last), (office, country) in zip(names, seats, strict=True)
            ]
            self._seat(tokens, seated, mentions, retitle=False)

    def _plural_title_apposition(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        mentions: list[Mention],
    ) -> None:
        """ "The two foreign ministers, Seyoum Mesfin of Ethiopia and Haile Woldensae of Eritrea,": each holds the
        office for the country named after them."""
        by_last = _plural_titles_by_last_word()
        for comma in [k for k, word in enumerate(words) if word == "," and k > 0 and words[k - 1] in by_last]:
            title = _plural_title_ending_at(words, comma)
            if title is None:
                continue
            seated: list[tuple[int, int, str, str]] = []
            k = comma + 1
            while k < len(words) and tokens[k].capitalized:
                end = self._run_end(tokens, words, starts, k)
                seat = starts.get(end + 1) if end > k and words[end : end + 1] == ("of",) else None
                if seat is None or _choose(seat.values).kind != "country":
                    break
                seated.append((k, end, title, _choose(seat.values).ref))
                k = seat.last
                while k < len(words) and words[k] in (",", "and"):
                    k += 1
            if len(seated) >= 2:
                self._seat(tokens, seated, mentions, retitle=True)

    def _seat(
        self,
        tokens: Sequence[Token],
        seated: Sequence[tuple[int, int, str, str]],
        mentions: list[Mention],
        *,
        retitle: bool,
    ) -> None:
        """Make each name (its first and last token) the holder of an office for a country.

        A name already mentioned is left as it is, or, with ``retitle``, given that office as well ("Seyoum Mesfin
        of Ethiopia", read as a bare name before its plural title was seen).
        """
        for first, last, office, country in seated:
            named = any(m.kind == "leader" and m.first <= first < m.last for m in mentions)
            if named and not retitle:
                continue
            entity = self.entity(
                self.span(tokens, first, last),
                gazetteer_id=None,
                title=office,
                country=country,
                organization=None,
                history=False,
            )
            if not named:
                mentions.append(self._leader_mention(entity.key, tokens, first, last, "name"))
        mentions.sort(key=lambda m: m.first)

    def _locale(self, tokens: Sequence[Token], words: tuple[str, ...], starts: dict[int, PhraseMatch[Entry]]) -> None:
        # "In Kyiv, President ..." places untitled-country leaders of this sentence.
        self.locale = None
        if words[:1] == ("in",) and 1 in starts:
            entry = _choose(starts[1].values)
            if entry.kind in ("place", "country"):
                self.locale = entry.ref

    def _other_sex(
        self, pronoun: str, tokens: Sequence[Token], words: Sequence[str], mentions: Sequence[Mention]
    ) -> frozenset[str]:
        """The leaders a pronoun cannot mean: those whose title in the article says they are of the other sex."""
        gendered = not (_FEMININE_TITLE_WORDS.isdisjoint(words) and _MASCULINE_TITLE_WORDS.isdisjoint(words))
        for mention in mentions if gendered else ():  # most sentences have no such title: one scan in C
            if mention.kind == "leader" and mention.form != "pronoun":
                said = {token.lower for token in tokens[mention.first : mention.last]}
                if not _FEMININE_TITLE_WORDS.isdisjoint(said):
                    self.sexes[mention.ref] = "feminine"
                elif not _MASCULINE_TITLE_WORDS.isdisjoint(said):
                    self.sexes[mention.ref] = "masculine"
        if not self.sexes:
            return frozenset()
        other = "feminine" if pronoun in _MASCULINE_PRONOUNS else "masculine" if pronoun in _FEMININE_PRONOUNS else None
        return frozenset(key for key, sex in self.sexes.items() if sex == other)

    def _pronoun_target(
        self,
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        *,
        reflexive: bool = True,
        excluded: frozenset[str] = frozenset(),
    ) -> str | None:
        subjects = [
            mention.ref
            for mention in mentions
            # A possessive ("In his address, Karzai said he ...") is no subject.
            if mention.kind == "leader"
            and mention.ref not in excluded
            and not (mention.form == "pronoun" and tokens[mention.first].lower in ("his", "her"))
            and (not is_object(tokens, mention) or _office_holder(tokens, mention))
        ]
        subject = subjects[0] if subjects else None
        if subject is None and reflexive:
            # "The visit is one of Putin's first trips abroad since he returned": with no leader as subject,
            # the leader whose thing the sentence is about.
            subject = next(
                (
                    m.ref
                    for m in mentions
                    if m.kind == "leader"
                    and m.ref not in excluded
                    and m.form == "name"
                    and m.last < len(tokens)
                    and tokens[m.last].lower in ("'s", "’s")
                ),
                None,
            )
        last_subject = self.last_subject if self.last_subject not in excluded else None
        if reflexive or subject is None:
            return subject or last_subject
        # "X is travelling with him", "Marcos went to Brunei, where the sultan received him": an object
        # pronoun is someone other than the subject of its own clause, the nearest one before it.
        own = _coordinated_subject(tokens, mentions)
        if subject not in own:
            return subject
        for mention in mentions:
            if mention.kind == "leader" and mention.ref not in own and mention.ref not in excluded:
                return mention.ref
        return last_subject if last_subject not in own else None

    def _leader_mention(self, key: str, tokens: Sequence[Token], first: int, last: int, form: MentionForm) -> Mention:
        if tokens[last - 1].lower in _NAME_SUFFIXES and last + 1 < len(tokens) and tokens[last].text == ".":
            last += 1  # "Ferdinand Marcos Jr. said": the stop belongs to the name, not to a sentence end
        office = (
            last < len(tokens) - 1
            and tokens[last].lower in ("'s", "’s")
            and fold(tokens[last + 1].text) in _OFFICE_WORDS
        )
        if form == "pronoun" and tokens[first].lower == "his" and last < len(tokens):
            office = fold(tokens[last].text) in _OFFICE_WORDS
        return Mention("leader", key, first, last, tokens[first].start, tokens[last - 1].end, form, office)

    def _entry(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        match: PhraseMatch[Entry],
        entry: Entry,
        mentions: list[Mention],
        places: list[tuple[int, int, str, str]],
    ) -> int:
        first, last = match.first, match.last
        if entry.kind == "title":
            return self._title(tokens, words, starts, match, entry, mentions)
        if (
            (entry.kind == "surname" or (entry.kind == "leader" and last - first == 1))
            and last < len(tokens)
            and _name_word(tokens[last].text)
            and (last not in starts or all(v.kind == "surname" for v in starts[last].values))
            and tokens[first].capitalized
        ):
            # "Ali Shamkhani", "Omar Touray": a known surname followed by more name is a given name.
            return self._name_run(tokens, words, starts, first, mentions)
        if last - first == 1 and entry.kind == "leader" and tokens[first].capitalized:
            # A one-word alias ("Saleh", "Lee") is first the person this article has named so.
            known = self.by_part.get(words[first])
            if known is not None:
                self.actors.entities[known].history_only &= self._is_history(words, first, last)
                mentions.append(self._leader_mention(known, tokens, first, last, "name"))
                return last
            if words[first] in self.shadowed:
                return last
        # "In Manila, del Rosario welcomed": a name may open on a lower-case particle.
        particle = words[first] in _PARTICLES and _capital_after_particles(tokens, words, first, last)
        if entry.kind == "leader" and (tokens[first].capitalized or particle):
            # "Saudi Arabia's King Abdullah bin Abdulaziz": the rest of the name, or the country before it,
            # tells which of the leaders sharing an alias is meant.
            if sum(1 for v in match.values if v.kind == "leader") > 1:
                named_on = [
                    v for v in match.values if v.kind == "leader" and _full_name_end(words, first, last, v.ref) > last
                ]
                country, _ = self._title_context(tokens, words, starts, first)
                gid = (
                    self.pick_leader(named_on or match.values, country)
                    or self.pick_leader(named_on or match.values)
                    or entry.ref
                )
            else:
                gid = self.pick_leader(match.values) or entry.ref
            last = _full_name_end(words, first, last, gid)
            thing_end = _named_thing_end(tokens, words, last)
            if thing_end is not None:
                return thing_end  # "the Joaquim Chissano International Conference Centre": named after him
            entity = self.entity(
                self.span(tokens, first, last),
                gazetteer_id=gid,
                title=None,
                country=None,
                organization=None,
                history=self._is_history(words, first, last),
            )
            if self._out_of_office(gid):
                # "Benita Ferrero-Waldner, the EU's external relations commissioner": the office held now.
                self._appositive_title(tokens, words, starts, last, first, [])
            mentions.append(self._leader_mention(entity.key, tokens, first, last, "name"))
            return last
        if entry.kind == "surname" and tokens[first].capitalized:
            key = self.by_part.get(words[first])
            if key is None and last < len(tokens) and not tokens[last].capitalized and words[last] in _OFFICE_NOUNS:
                return last  # "Jakarta's Christian governor": a word describing an office, not a leader's name
            if key is None and words[first] not in self.shadowed:
                key = self.surname_leader(match.values)
            if key is not None:
                if key not in self.actors.entities:
                    self.entity(
                        leaders()[key].name,
                        gazetteer_id=key,
                        title=None,
                        country=None,
                        organization=None,
                        history=False,
                    )
                self.actors.entities[key].history_only &= self._is_history(words, first, last)
                mentions.append(self._leader_mention(key, tokens, first, last, "name"))
            return last
        if not tokens[first].capitalized and entry.kind != "org":
            return last
        if entry.kind == "country":
            mentions.append(
                Mention("country", entry.ref, first, last, tokens[first].start, tokens[last - 1].end, "country")
            )
        elif entry.kind == "org":
            if tokens[first].capitalized or tokens[first].text.isupper():
                mentions.append(
                    Mention("org", entry.ref, first, last, tokens[first].start, tokens[last - 1].end, "name")
                )
        elif entry.kind == "place":
            form: MentionForm = (
                "government" if entry.extra == "government" else ("capital" if entry.extra == "capital" else "place")
            )
            places.append((first, last, entry.ref, self.span(tokens, first, last)))
            if form != "place":
                mentions.append(
                    Mention("country", entry.ref, first, last, tokens[first].start, tokens[last - 1].end, form)
                )
        return last

    def _is_history(self, words: Sequence[str], first: int, last: int = 0) -> bool:
        if 0 < last < len(words) and words[last] == "administration":
            return True  # "the outgoing Obama administration": a government named by its head, not the person
        before = words[max(0, first - 3) : first]
        if not _HISTORY.isdisjoint(before):
            return True
        if not _SPOUSES.isdisjoint(words[max(0, first - 2) : first]):
            return True  # "Herzog and his wife, Michal, were greeted": a spouse, not an official
        # "then-U.S. President Barack Obama": the prefix sits on the first word of a title that may run long.
        for word in words[max(0, first - _PREFIX_REACH) : first]:
            if word.startswith(("then-", "ex-")):
                return True
        # "first floated by President Harry Truman in 1946": a sentence set years before the article.
        if self.date is not None:
            near = range(max(1, first - 8), min(len(words), first + 9))
            if "in" not in words[near.start - 1 : near.stop - 1]:
                return False  # most names have no "in" near them: no year to read
            years = years_in(words, near.start, near.stop)
            return bool(years) and max(years) < self.date.year - 2
        return False

    def _title_context(
        self, tokens: Sequence[Token], words: Sequence[str], starts: dict[int, PhraseMatch[Entry]], first: int
    ) -> tuple[str | None, str | None]:
        """Country and organisation named just before a title."""
        back = first - 1
        plural_possessive = back >= 1 and words[back] in ("'", "’") and words[back - 1].endswith("s")
        if back >= 0 and (words[back] in ("'s", "’s") or plural_possessive):
            back -= 1  # "Ukraine's minister", "the United Arab Emirates' minister"
        # The country may stand one or two words before the title: "U.S. House Speaker", "U.S. climate envoy".
        ends = [back + 1]
        if (
            back >= 1
            and tokens[back].text.isalpha()
            and words[back] not in _NOT_TITLE_WORDS
            and back not in starts
            and not _verb_like(tokens[back])
        ):
            ends.append(back)
            # "Ukraine's Infrastructure Minister", "China's Vice Premier".
            if back >= 2 and words[back - 1] in ("'s", "’s"):
                ends.append(back - 1)
        for end in ends:
            found = _entry_ending_at(starts, end)
            if found is None:
                continue
            begin, entry = found
            if entry.kind in ("country", "demonym", "place"):
                return entry.ref, None
            if entry.kind == "org":
                body = organizations().get(entry.ref)
                if body is not None and body.kind == "state-body" and body.country:
                    owner = _country_owning(starts, words, begin)
                    if owner is not None:
                        return owner, None  # "Pakistan's Foreign Office spokesman": Pakistan's own
                    if not any(tokens[k].capitalized for k in range(begin, end) if words[k] != "the"):
                        continue  # "In Islamabad, foreign office spokesman X": any country's office
                    return body.country, None  # "the Foreign Office minister": a minister of Britain
                return None, entry.ref
        if first > 1 and words[first - 1] in ("'s", "’s"):
            # "Olmert's chief of staff, Yoram Turbowicz": an aide serves the leader's country.
            owner = self.by_part.get(words[first - 2])
            if owner is not None:
                entity = self.actors.entities[owner]
                return entity.country, entity.organization
        return None, None

    def _title(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        match: PhraseMatch[Entry],
        entry: Entry,
        mentions: list[Mention],
    ) -> int:
        first, last = match.first, match.last
        country, organization = self._title_context(tokens, words, starts, first)
        country = country or entry.extra or self._possessor_country(words, first, mentions)
        history = self._is_history(words, first)
        title = entry.ref
        name_first = last
        post = _seat_after_to(starts, words, last)
        if post is not None and _choose(post.values).kind == "org" and fold(title) in _POSTED_TITLES:
            # "Ambassador to the United Nations": posted to a body, whose envoys travel on its business.
            title = f"{title} to {self.span(tokens, last + 1, post.last)}"
        if last + 3 < len(tokens) and words[last] == "to" and words[last + 2] == ",":
            # "Russia's ambassador to NATO, Dmitry Rogozin": the post's seat stands between title and name.
            last += 2
        elif post is not None and words[post.last : post.last + 1] == (",",) and post.last + 1 < len(tokens):
            # "Iran's envoy to the International Atomic Energy Agency, Ali Asghar Soltanieh": a longer seat.
            last = post.last
        elif post is not None and post.last < len(tokens) and tokens[post.last].capitalized and post.last not in starts:
            # "U.S. Ambassador to the United Nations Samantha Power": the seat, then the name at once.
            last = name_first = post.last
            if country is None and _choose(post.values).kind == "country":
                country = _choose(post.values).ref
        portfolio = _portfolio_end(tokens, words, last)
        if portfolio is not None:
            last = name_first = portfolio  # "Assistant Secretary of State for African Affairs Molly Phee"
        elif (
            words[last : last + 1] in (("of",), ("for",), ("in",))
            and first > 0
            and tuple(words[first:last]) not in plural_titles()
        ):
            # "the director of the National Intelligence Service, Lim Dong-won", "a spokesman for the German
            # government, X", "Canada's ambassador in Washington, Y": the office's body or seat, then the name.
            seat = self._office_seat(tokens, words, starts, last)
            if seat is not None:
                # "a spokesman for U.N. Secretary-General Antonio Guterres, Stephane Dujarric": the one served is
                # named too.
                served = next(
                    (starts[k] for k in range(last + 1, seat[0]) if k in starts and _serves_person(starts, k)), None
                )
                if served is not None:
                    self._entry(tokens, words, starts, served, _choose(served.values), mentions, [])
                # "the AU's special envoy for the Comoros": the country an envoy is sent to is not theirs.
                remit = words[last] == "for" and any(word in fold(title) for word in _ENVOY_WORDS)
                last, seat_country, seat_organization = seat
                country = country or (None if remit else seat_country)
                organization = organization or seat_organization
        if last + 1 < len(tokens) and words[last] == "," and first > 0:
            name_first = last + 1
            # "its lead negotiator, Samoa's Anne Rasmussen": the possessive gives the country.
            ahead = starts.get(name_first)
            if (
                ahead is not None
                and ahead.last + 1 < len(tokens)
                and words[ahead.last] in ("'s", "’s")
                and _choose(ahead.values).kind in ("country", "place")
            ):
                country = country or _choose(ahead.values).ref
                name_first = ahead.last + 1
        name_last = self._run_end(tokens, words, starts, name_first)
        if name_last - name_first >= 2 and words[name_last - 1] in _NAMED_THINGS:
            return name_last  # "the Amir Amanullah Khan Award": a thing named after someone, not a leader
        single = fold(title) in _SINGLE_NAME_TITLES and name_last - name_first == 1 and name_first == last
        if name_last - name_first >= 1 and (
            name_last - name_first >= 2 or single or self._single_known(words[name_first])
        ):
            plural = tuple(words[first:last]) in plural_titles()
            # "his Polish and French counterparts, X and Y": the countries go with the names in order.
            paired = _countries_before(starts, words, first) if plural else []
            countries = iter(paired[1:])
            self._titled_name(
                tokens,
                words,
                starts,
                (name_first, name_last),
                title,
                paired[0] if paired else country,
                organization,
                history,
                mentions,
            )
            if not plural:
                return name_last
            # "Presidents Xi Jinping and Nursultan Nazarbayev": a plural title introduces each name listed.
            j = name_last
            while j + 1 < len(tokens) and words[j] in (",", "and"):
                j += 2 if words[j] == "," and words[j + 1] == "and" and j + 2 < len(tokens) else 1
                end = self._run_end(tokens, words, starts, j)
                if end - j < 2:
                    break
                self._titled_name(
                    tokens, words, starts, (j, end), title, next(countries, None), organization, history, mentions
                )
                name_last = j = end
            return name_last
        # A bare title refers back to a leader who holds it: "the president", "Israel's prime minister".
        target = self._holder_of(title, country)
        # "the new president", "the 65-year-old president": a modifier may stand between article and title.
        modified = (
            first >= 2
            and (words[first - 1] in _TITLE_MODIFIERS or words[first - 1].endswith("-year-old"))
            and words[first - 2] == "the"
        )
        apposed = (
            first >= 2
            and words[first - 1] == "the"
            and words[first - 2] == ","
            and any(m.kind == "leader" and m.form == "name" and m.last == first - 2 for m in mentions)
        )
        if apposed or _predicated(words, first, mentions):
            return last  # "Sidiki Kaba, the president of the Assembly of States Parties": his office, no one else
        if target is not None and (first == 0 or words[first - 1] in ("the", "'s", "’s") or country or modified):
            mentions.append(self._leader_mention(target, tokens, first, last, "title"))
        return last

    def _office_seat(
        self, tokens: Sequence[Token], words: Sequence[str], starts: dict[int, PhraseMatch[Entry]], of: int
    ) -> tuple[int, str | None, str | None] | None:
        """Where "of the International Monetary Fund, " ends (the comma), and the country or body it names."""
        j = of + 1
        country: str | None = None
        organization: str | None = None
        while j < len(tokens) and j - of <= _MAX_SEAT:
            match = starts.get(j)
            if match is not None and not any(v.kind in ("leader", "surname") for v in match.values):
                entry = _choose(match.values)
                if entry.kind in ("country", "demonym", "place"):
                    country = country or entry.ref
                elif entry.kind == "org":
                    organization = organization or entry.ref
                j = match.last
                continue
            if (
                tokens[j].capitalized
                or words[j] in _SEAT_WORDS
                or words[j] in ("'s", "’s")
                or (tokens[j].text.isalpha() and j - of <= 4)
            ):
                j += 1
                continue
            break
        if j < len(tokens) and words[j] == "," and j > of + 1:
            return j, country, organization
        return None

    def _titled_name(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        span: tuple[int, int],
        title: str,
        country: str | None,
        organization: str | None,
        history: bool,
        mentions: list[Mention],
    ) -> None:
        """A leader named after a title: a known one when the gazetteer holds the whole name."""
        name_first, name_last = span
        name = self.span(tokens, name_first, name_last)
        gid = None
        match_here = starts.get(name_first)
        # Only a gazetteer phrase covering the whole name identifies the person ("Omar Touray" is not Omar).
        known = self.by_part.get(words[name_last - 1]) if name_last - name_first == 1 else None
        if match_here is not None and match_here.last == name_last and known is None:
            gid = self.pick_leader(match_here.values, country)
        if gid is None and known is None and name_last - name_first >= 2:
            gid = self._by_full_name(name.split(), country)
        if known is not None:
            name = self.actors.entities[known].name
            gid = self.actors.entities[known].gazetteer_id
        if country is None and organization is None and gid is None:
            country = self.locale
        entity = self.entity(
            name, gazetteer_id=gid, title=title, country=country, organization=organization, history=history
        )
        mentions.append(self._leader_mention(entity.key, tokens, name_first, name_last, "name"))

    def _single_known(self, word: str) -> bool:
        return word in self.by_part

    def _titles_of(self, entity: LeaderEntity) -> set[str]:
        """The titles a leader goes by: the story's, and every office the gazetteer gives them on its date.

        Xi Jinping is General Secretary and President: "the Chinese president" is Xi (a bare "the
        president" is whoever the story itself calls so).
        """
        titles = {_office(entity.title)} if entity.title else set()
        leader = leaders().get(entity.gazetteer_id or "")
        if leader is not None and self.date is not None:
            titles.update(_office(role.title) for role in leader.roles_on(self.date) if role.country == entity.country)
        return titles

    def _holder_of(self, title: str, country: str | None) -> str | None:
        """The leader a bare title refers to: among its holders, the one the story names most, then the latest.

        "The tour began in Benin, where President Boni Yayi welcomed Bush. The president flies to Kigali":
        the story's president is Bush.
        """
        wanted = _office(title)
        generic = wanted in _GENERIC_TITLES
        holders = [
            key
            for key, entity in self.actors.entities.items()
            if entity.title
            and (country is None or entity.country == country)
            and (
                wanted == _office(entity.title)
                # The gazetteer's offices count only when the title names its country ("the Chinese president").
                or (
                    country is not None
                    and (wanted in (held := self._titles_of(entity)) or (generic and held & HEAD_TITLES))
                )
            )
        ]
        if not holders and wanted in _OFFICE_HEADS:
            # "the Russian minister" for Foreign Minister Lavrov, "the secretary" for Secretary of State Rice.
            holders = [
                key
                for key, entity in self.actors.entities.items()
                if entity.title
                and wanted in fold(entity.title).replace("-", " ").split()
                and (country is None or entity.country == country)
            ]
            if len(holders) > 1 and country is None:
                return None  # "the minister" among several ministers: no telling which
        if country is not None:
            # "the Italian leader" after "former prime minister Silvio Berlusconi": the one in office.
            in_office = [key for key in holders if not self.actors.entities[key].history_only]
            holders = in_office or holders
        if len(holders) <= 1 or country is not None:
            return holders[-1] if holders else None
        counts = dict.fromkeys(holders, 0)
        for sentence_mentions in self.actors.mentions:
            for mention in sentence_mentions:
                if mention.ref in counts:
                    counts[mention.ref] += 1
        return max(reversed(holders), key=lambda key: counts[key])

    def _run_end(
        self, tokens: Sequence[Token], words: Sequence[str], starts: dict[int, PhraseMatch[Entry]], i: int
    ) -> int:
        """End of a run of name words from ``i`` (capitalised words and particles)."""
        j = i
        while j < len(tokens) and j - i < 7:
            token = tokens[j]
            match = starts.get(j)
            lowered_org = token.text[1:].islower() and all(v.kind == "org" for v in match.values) if match else False
            # Only countries may sit inside a name ("Israel Katz").
            if (
                match is not None
                and not lowered_org
                and not any(v.kind in ("leader", "surname") for v in match.values)
                and not (
                    j == i
                    and any(v.kind in ("country", "place") for v in match.values)
                    and j + 1 < len(tokens)
                    and tokens[j + 1].capitalized
                    and j + 1 not in starts
                )
                and not _surname_like_place(tokens, starts, match, i, j)
            ):
                break
            if j > i and match is not None and match.last - j >= 2 and _titled_alias(words, match):
                # "the Custodian of the Two Holy Mosques King Salman": a titled name starts a new run.
                break
            if (token.capitalized and _is_name_spelling(token.text)) or (j > i and _name_word(token.text)):
                j += 1
                # An initial: "George W. Bush".
                if len(token.text) == 1 and j < len(tokens) and tokens[j].text == ".":
                    j += 1
            elif words[j] in _PARTICLES and j > i:
                # "Humberto de la Calle": particles may come in pairs before the last name.
                k = j + 1
                while k < len(tokens) and k - j < 3 and words[k] in _PARTICLES:
                    k += 1
                if k >= len(tokens) or not tokens[k].capitalized:
                    break
                j = k
            else:
                break
        return j

    def _possessor_country(self, words: Sequence[str], first: int, mentions: Sequence[Mention]) -> str | None:
        """ "Her spokesman, Steffen Seibert": the country of the leader the possessive pronoun stands for."""
        if not words[first].startswith("spokes"):
            return None  # a spokesperson only: "his counterpart, X" is the other side's
        if first == 0 or words[first - 1] not in ("his", "her") or not mentions:
            return None
        owner = mentions[-1]
        if owner.kind != "leader" or owner.last != first:
            return None
        # "Putin received Orban and his spokesman": "his" is whoever was named just before "and".
        coordinated = [m for m in mentions if m.kind == "leader" and m.last == first - 2 and words[first - 2] == "and"]
        entity = self.actors.entities.get((coordinated or [owner])[-1].ref)
        return entity.country if entity is not None else None

    def _name_run(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        i: int,
        mentions: list[Mention],
    ) -> int:
        if words[i] in _ROLE_NOUNS and i + 2 < len(tokens) and tokens[i + 1].capitalized and tokens[i + 2].capitalized:
            return i + 1  # "Host Stephen Harper": the role opening the sentence is no part of the name
        if words[i] in _FUNCTION_WORDS:
            return i + 1  # "A Hamas spokesman said": a capitalised article opens no name
        end = self._run_end(tokens, words, starts, i)
        end = max(end, i + 1)
        for j in range(i, end):
            key = self.by_part.get(words[j])
            if key is not None and not (
                end - i == 2 and j == i + 1 and self._other_given_name(key, words[i], words[j], opening=i == 0)
            ):
                mentions.append(self._leader_mention(key, tokens, i, end, "name"))
                return end
        if (
            end - i >= 2
            and words[end - 1] not in _PLACE_NOUNS
            and self._appositive_title(tokens, words, starts, end, i, mentions)
        ):
            return end  # "Harambee House, the president's office": a building, however titled
        if end - i >= 2:
            # "Aguila Saleh", "Lee Hsien Loong": someone else who shares a known leader's surname;
            # a later bare "Saleh" is this person, not the gazetteer's.
            self.shadowed.update(words[j] for j in range(i, end) if j in starts)
        return end

    def _other_given_name(self, key: str, given: str, known: str, *, opening: bool) -> bool:
        """Whether "``given`` ``known``" names someone other than the article's person ``key``.

        "Hanna Herman" is not Herman Van Rompuy, though "Herman" opens his name; "Karan Singh" is not
        Manmohan Singh, whose given name is another. A day or a sentence opener is no given name ("On
        Tuesday Hu", "If Kim" are still Hu Jintao and Kim Jong Un), nor is a form of address or an initial.
        """
        if given in _NOT_GIVEN_NAMES or given in _HONORIFICS | _ADDRESS_FORMS:
            return False
        name = [fold(word) for word in self.actors.entities[key].name.split()]
        if name[0] == known:
            return True
        # A sentence's first word is capitalised whatever it is ("There Cheney"); and only a plain two-word
        # name tells a given name from a surname ("Hamad bin Jassim" is no such name).
        return (
            not opening
            and len(name) == 2
            and known == name[1]
            and given not in name
            and len(given.rstrip(".")) >= _GIVEN_NAME_LENGTH
            and given not in title_words()
        )

    def _appositive_title(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        starts: dict[int, PhraseMatch[Entry]],
        end: int,
        begin: int,
        mentions: list[Mention],
    ) -> bool:
        # "Scholz, the German chancellor" / "Olaf Scholz, Germany's chancellor".
        if end >= len(tokens) or words[end] != ",":
            return False
        covered: set[int] = set()
        served: str | None = None  # "X, President Bush's special envoy": the leader the title serves
        for j in range(end + 1, min(end + _APPOSITION_REACH, len(tokens))):
            match = starts.get(j)
            if match is None:
                continue
            covered.update(range(match.first, match.last))
            entry = _choose(match.values)
            before = [k for k in range(j - 1, end, -1) if k not in covered]
            if entry.kind == "title":
                # "the EU's trade commissioner", "Russia's top diplomat": a modifier or two before the title.
                modifiers = 0
                while (
                    modifiers < min(_MAX_MODIFIERS, len(before))
                    and not tokens[before[modifiers]].capitalized
                    and words[before[modifiers]].isalpha()
                    and (
                        words[before[modifiers]] not in _NOT_MODIFIERS
                        # "economic and monetary affairs commissioner": two fields joined by "and"
                        or (words[before[modifiers]] == "and" and 0 < modifiers < len(before) - 1)
                    )
                ):
                    modifiers += 1
                # "the EU's external relations commissioner": the body stands before the modifiers.
                title_start = before[modifiers - 1] if modifiers else j
                before = before[modifiers:]
            if any(words[k] not in _APPOSITION_OPENERS for k in before):
                return False
            following = words[match.last] if match.last < len(words) else "."
            if entry.kind == "title" and match.last < len(tokens) and tokens[match.last].capitalized:
                continue  # "Greenblatt, President Donald Trump's envoy": a titled name inside the apposition
            if entry.kind == "leader" and following in ("'s", "’s"):
                served = entry.ref
                continue
            if entry.kind == "title" and (
                tuple(words[match.first : match.last]) in plural_titles()
                or (following not in _APPOSITION_ENDS and not following.endswith("ing"))
            ):
                # "Lake Prespa, the foreign ministers of ...", "External Affairs, the prime minister welcomed":
                # a plural title, or a title that goes on into its own clause, is no apposition.
                return False
            if entry.kind == "title":
                country, organization = self._title_context(tokens, words, starts, j)
                if country is None and organization is None:
                    country, organization = self._title_context(tokens, words, starts, title_start)
                if country is None and organization is None and following in ("of", "to", "in"):
                    # "Ali Shamkhani, the secretary of Iran's Supreme National Security Council,"
                    seat = self._office_seat(tokens, words, starts, match.last)
                    if seat is not None:
                        # A country named in the seat outranks a body matched inside a longer name
                        # ("Iran's Supreme National Security Council" is not the UN's).
                        _, country, organization = seat
                        organization = None if country else organization
                if country is None and organization is None and served is not None:
                    country, organization = self._seat_of(served)
                name = self.span(tokens, begin, end)
                entity = self.entity(
                    name,
                    gazetteer_id=None,
                    title=entry.ref,
                    country=country or entry.extra,
                    organization=organization,
                    history=self._is_history(words, j),
                )
                mentions.append(self._leader_mention(entity.key, tokens, begin, end, "name"))
                return True
            if entry.kind not in ("country", "demonym", "org", "place"):
                return False
        return False


def _predicated(words: Sequence[str], first: int, mentions: Sequence[Mention]) -> bool:
    """'the election of Benjamin Netanyahu as Israel's prime minister': the title said of the name before "as"."""
    opening = first
    if opening > 0 and words[opening - 1] in ("'s", "’s"):
        owner = next((m for m in mentions if m.last == opening - 1), None)
        opening = owner.first if owner is not None else opening
    elif opening > 0 and words[opening - 1] == "the":
        opening -= 1
    return (
        opening >= 2
        and words[opening - 1] == "as"
        and any(m.kind == "leader" and m.form == "name" and m.last == opening - 1 for m in mentions)
    )


def _plural_title_ending_at(words: Sequence[str], end: int) -> str | None:
    """The office of a plural title whose last word stands just before ``end`` ("the foreign ministers," gives
    "Foreign Minister"), or None."""
    keys = _plural_titles_by_last_word().get(words[end - 1], ()) if end > 0 else ()
    return next((plural_title_names()[key] for key in keys if tuple(words[end - len(key) : end]) == key), None)


def _seat_after_to(starts: dict[int, PhraseMatch[Entry]], words: Sequence[str], to: int) -> PhraseMatch[Entry] | None:
    """The body or country a post is "to" ("envoy to the International Atomic Energy Agency")."""
    if words[to : to + 1] != ("to",):
        return None
    seat = starts.get(to + 2 if words[to + 1 : to + 2] == ("the",) else to + 1)
    return seat if seat is not None and _choose(seat.values).kind in ("org", "country") else None


def _serves_person(starts: dict[int, PhraseMatch[Entry]], at: int) -> bool:
    """Whether the seat of an office names a known leader there, after a title or not."""
    match = starts[at]
    kind = _choose(match.values).kind
    if kind == "title" and match.last in starts:
        kind = _choose(starts[match.last].values).kind  # "Secretary-General Antonio Guterres"
    return kind == "leader"


def _office(title: str) -> str:
    """A title's folded form, with the names one office goes by made one: China's "Premier" is a prime minister.

    Examples:
        >>> _office("Premier"), _office("Prime Minister"), _office("President")
        ('prime minister', 'prime minister', 'president')
    """
    folded = fold(title)
    return _SAME_OFFICE.get(folded, folded)


def _office_holder(tokens: Sequence[Token], mention: Mention) -> bool:
    """ "The office of Czech President Vaclav Klaus said he ...": the leader an office speaks for."""
    back = mention.first - 1
    while back > 0 and tokens[back].lower not in ("of", "for") and tokens[back].capitalized:
        back -= 1
    return back > 0 and tokens[back].lower in ("of", "for") and fold(tokens[back - 1].text) in _OFFICE_WORDS


def _verb_like(token: Token) -> bool:
    """ "of Saudi Arabia presented President Bush": a lower-case past form between a country and a title."""
    return not token.capitalized and (token.lower.endswith("ed") or token.lower in _IRREGULAR_PASTS)


def _surname_like_place(
    tokens: Sequence[Token], starts: dict[int, PhraseMatch[Entry]], match: PhraseMatch[Entry], i: int, j: int
) -> bool:
    """ "Maria Isabel Salvador": a one-word place after two unknown given names ends the name, not the run.

    Not after a known name ("Narendra Modi India's ..."), nor before a possessive.
    """
    if j - i < 2 or match.last != j + 1 or not all(v.kind in ("country", "place") for v in match.values):
        return False
    if j + 1 < len(tokens) and (tokens[j + 1].capitalized or tokens[j + 1].lower in ("'s", "’s")):
        return False
    return not any(k in starts and any(v.kind in ("leader", "surname") for v in starts[k].values) for k in range(i, j))


def resolve_actors(sentences: Sequence[Sentence], date: dt.date | None) -> ArticleActors:
    """Leaders and actor mentions of every sentence, coreference resolved in reading order."""
    resolver = _Resolver(date)
    for sentence in sentences:
        resolver.sentence(sentence)
    _mark_the_dead(sentences, resolver.actors)
    _groups_speak_for_their_chiefs(resolver.actors)
    _read_bare_congo(sentences, resolver.actors)
    resolver.actors.dateline = read_dateline(sentences)
    return resolver.actors


def _read_bare_congo(sentences: Sequence[Sentence], actors: ArticleActors) -> None:
    """A bare "Congo" is the Democratic Republic of Congo, as wire style has it, unless the story names the
    Republic of Congo in full ("Congo-Brazzaville", "the Republic of Congo", Brazzaville)."""
    bare: list[tuple[list[Mention], int]] = []
    for sentence in sentences:
        for index, mention in enumerate(actors.mentions[sentence.index]):
            if mention.kind != "country" or mention.ref != _CONGO_REPUBLIC:
                continue
            if sentence.words[mention.first : mention.last] != ("congo",):
                return  # the smaller Congo, named in full: "Congo" is it too
            bare.append((actors.mentions[sentence.index], index))
        if any(place[2] == _CONGO_REPUBLIC for place in actors.place_mentions[sentence.index]):
            return  # "in Brazzaville"
    for sentence_mentions, index in bare:
        sentence_mentions[index] = attrs.evolve(sentence_mentions[index], ref=_CONGO_DEMOCRATIC)


def _groups_speak_for_their_chiefs(actors: ArticleActors) -> None:
    """Chiefs and spokesmen of armed groups are no leaders: their group holds what they say (the guidelines).

    "Hamas's exiled political leader, Khaled Meshaal, said": Hamas. Their named mentions become the
    group's; the person is not listed, travels nowhere and holds nothing.
    """
    bodies = organizations()
    chiefs = {
        key: entity.organization
        for key, entity in actors.entities.items()
        if entity.organization is not None
        and entity.organization in bodies
        and bodies[entity.organization].kind == "armed-group"
    }
    if not chiefs:
        return
    for key in chiefs:
        actors.entities[key].history_only = True
    for sentence_mentions in actors.mentions:
        for index, mention in enumerate(sentence_mentions):
            group = chiefs.get(mention.ref) if mention.kind == "leader" and mention.form != "pronoun" else None
            if group is not None:
                sentence_mentions[index] = attrs.evolve(mention, kind="org", ref=group)


def _mark_the_dead(sentences: Sequence[Sentence], actors: ArticleActors) -> None:
    """Leaders whose funeral or death the story reports are history: mourned, not taking part."""
    titles = title_words()
    for sentence in sentences:
        words = sentence.words
        if _DEATH_WORDS.isdisjoint(words):
            continue
        tokens = sentence.tokens
        for mention in actors.mentions[sentence.index]:
            if mention.kind != "leader" or mention.form == "pronoun":
                continue
            back = mention.first - 1
            while back >= 0 and (
                tokens[back].capitalized
                or (words[back] in titles and words[back] not in ("of", "for", "to"))
                or words[back] in ("the", "his", "her", "their", "its")
                or words[back] in _HISTORY
            ):
                back -= 1  # "buried President Lech Kaczynski", "the death of her predecessor X": past the title
            governing = words[back] if back >= 0 else ""
            of_death = back >= 1 and (
                (governing in ("of", "for") and words[back - 1] in _DEATH_NOUNS)
                or (governing == "to" and words[back - 1] == "farewell")  # "bid farewell to President X"
            )
            after = words[mention.last : mention.last + 2]
            possessed = len(after) == 2 and after[0] in ("'s", "’s") and after[1] in _DEATH_NOUNS
            aside = words[mention.last : mention.last + _DIED_REACH]
            killed = any(aside[k : k + 2] in _KILLED for k in range(len(aside) - 1))
            died = after[:1] == ("died",) or (after == (",", "who") and "died" in aside) or killed
            if governing in _BURYING or of_death or possessed or died:
                actors.entities[mention.ref].history_only = True
