"""Who is the subject of a word in a sentence: the shared holder/visitor finder."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diplotrack.parse.lexicon import title_words
from diplotrack.parse.mentions import Mention, is_object
from diplotrack.parse.text import Token

_JOINERS = frozenset({",", "and", "&"})
# Small words inside a title between two coordinated names ("Secretary of State").
_TITLE_INNER = frozenset({"of", "for", "'s", "’s", "-"})
_MAX_TITLE = 6
# How many capitalised words a country after "of" may have ("of the United Arab Emirates" has three).
_MAX_OF_WORDS = 3
_HIS = frozenset({"his", "her", "their"})
CLAUSE_BREAKS = frozenset({";", "—", "–", ":", "“", '"'})


def coordinated_run(
    ordered: Sequence[Mention],
    anchor: Mention,
    tokens: Sequence[Token],
    joins: Callable[[Mention, Sequence[Token]], bool],
) -> list[Mention]:
    """The anchor and its neighbours in ``ordered``, each joined to the next by ``joins``, in text order.

    ``joins`` sees a neighbour and the tokens between it and the run so far.
    """
    position = ordered.index(anchor)
    group = [anchor]
    for direction in (-1, 1):
        current = anchor
        index = position + direction
        while 0 <= index < len(ordered):
            other = ordered[index]
            left, right = (other, current) if direction < 0 else (current, other)
            if not joins(other, tokens[left.last : right.first]):
                break
            group.append(other)
            current = other
            index += direction
    return sorted(group, key=lambda m: m.first)


def group_of(mentions: Sequence[Mention], anchor: Mention, tokens: Sequence[Token]) -> list[Mention]:
    """The anchor and the mentions coordinated with it ("Ireland, Spain and Norway")."""
    if len(mentions) == 1 and mentions[0] is anchor:
        return [anchor]  # the usual case: no other mention to coordinate with
    links: list[Sequence[Token]] = []
    # "Zeman and his Slovak counterpart Dzurinda": the possessive "his" is Zeman again, no member of the list.
    mentions = [m for m in mentions if m is anchor or m.form != "pronoun" or tokens[m.first].lower not in _HIS]

    def joins(other: Mention, between: Sequence[Token]) -> bool:
        same_kind = other.kind == anchor.kind or {other.kind, anchor.kind} <= {"country", "org"}
        if same_kind and _coordinated(between, anchor.kind == "leader"):
            links.append(between)
            return True
        return False

    group = coordinated_run(sorted(mentions, key=lambda m: m.first), anchor, tokens, joins)
    if not any(t.lower in ("and", "&") for between in links for t in between):
        return [anchor]  # "a meeting with Li, Scholz, the chancellor, said": commas alone make no list
    last_link = tokens[group[-2].last : group[-1].first]
    if not any(t.lower in ("and", "&") for t in last_link):
        return [anchor]  # "led by A, B and C, Trump said": a list closes with its "and"
    return group


def _coordinated(between: Sequence[Token], titles: bool) -> bool:
    """Whether the tokens between two names join them: ", " / "and", then perhaps a title.

    "May, German Chancellor Angela Merkel and French President Emmanuel Macron": the
    titles of the later names do not break the list.
    """
    if titles and len(between) > 2 and between[0].lower == "of" and between[1].capitalized:
        # "Rajnath Singh of India and Wei Fenghe of China": the first name's country goes with it.
        skip = 1
        while skip < len(between) and skip <= _MAX_OF_WORDS and between[skip].capitalized:
            skip += 1
        between = between[skip:]
    if not between or between[0].lower not in _JOINERS:
        return False
    index = 0
    while index < len(between) and between[index].lower in _JOINERS:
        index += 1
    rest = between[index:]
    if not rest or (len(rest) == 1 and rest[0].lower == "the"):
        return True  # "Mexico, the United States and Canada": the article of a name
    if titles and rest[-1].lower == "counterpart" and all(t.capitalized or t.lower in _HIS for t in rest[:-1]):
        return True  # "Lavrov and his Chinese counterpart Wang Yi": "his" is Lavrov again
    if not titles or len(rest) > _MAX_TITLE:
        return False
    if not rest[0].capitalized:
        # "de la Calle and peace commissioner Sergio Jaramillo": a lower-case office before the name.
        return rest[-1].lower in title_words() and all(t.text.isalpha() and not t.capitalized for t in rest)
    return all(t.capitalized or t.lower in _TITLE_INNER for t in rest)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def subject_before(
    mentions: Sequence[Mention], tokens: Sequence[Token], position: int, *, floor: int = 0
) -> list[Mention]:
    """The nearest non-object holder mention before token ``position``, with its group."""
    candidates = [
        m
        for m in mentions
        if floor <= m.first
        and m.last <= position
        and not is_object(tokens, m)
        # "the men who took him came from Russia": a pronoun in the object case is never a subject.
        and tokens[m.first].lower not in _OBJECT_PRONOUNS
    ]
    if not candidates:
        return []
    anchor = max(candidates, key=lambda m: m.first)
    return group_of([m for m in candidates if m.kind == anchor.kind], anchor, tokens)


def subject_after(mentions: Sequence[Mention], position: int, limit: int = 4) -> list[Mention]:
    """A speaker named just after a reporting verb: '..., said Macron' / '..., he said'."""
    for mention in mentions:
        if position <= mention.first <= position + limit:
            return [mention]
    return []
