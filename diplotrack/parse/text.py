"""Text units with offsets: the date header, sentences and tokens.

Every unit keeps its character offsets into the article text, so that
evidence quotes are slices of the text and never rebuilt strings.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

import attrs

_DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*\n?")
# Sentence ends: terminal punctuation, closing quotes or brackets, then space.
# Each quantifier is bounded by a distinct class, so matching stays linear.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")
_ACRONYM_END = re.compile(r"(?:\b[A-Z]\.){2,}\Z")
_LINE_BREAK = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")
# Words keep inner hyphens ("al-Sisi", "four-point") and dotted acronyms ("U.S.");
# a possessive "'s" is its own token so "Macron's" yields "Macron".
# No token starts with a space: the leading "(?!\s)" rejects a space at once, where the
# search would otherwise try every alternative there (a fifth faster on news text).
_TOKEN = re.compile(
    r"(?!\s)(?:"
    r"(?:[^\W\d_]\.){2,}"
    r"|[^\W\d_]+(?:-[^\W\d_]+|['’](?!(?:s|t|ll|re|ve|d|m)\b)[^\W\d_]+)*"
    r"|\d+(?:[.,:]\d+)*(?:-[^\W\d_]+)*"
    r"|[’']s\b"
    r"|[^\s\w]"
    r")"
)
# Words that open a sentence rather than go on with a time: "... shortly after 3 a.m. Under it, ...".
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "that", "there"}
    | {"under", "in", "at", "on", "but", "and", "after", "before", "when", "while", "as", "by", "for", "with"}
)
_OPENER_REACH = 20
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "prof",
        "sen",
        "rep",
        "gov",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
    ]
)


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case- and accent-free form of a word, with typographic apostrophes made plain.

    Examples:
        >>> fold("Zelenskyy’s"), fold("Sánchez")
        ("zelenskyy's", 'sanchez')
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


class Token:
    """A word or punctuation mark: its text, lower-case and folded forms, offsets and capital.

    Every field is computed once, when the text is tokenised, since the parser's stages read
    them many times per token. A class with slots rather than a named tuple: Python reads a
    slot about twice as fast as a named-tuple field, and the stages read far more fields than
    the tokeniser builds tokens. The fields are never reassigned (``Final``), so a token is a
    value like the tuple was: equal and hashed by its fields.
    """

    __slots__ = ("capitalized", "end", "folded", "lower", "start", "text")

    def __init__(
        self, text: str, lower: str, start: int, end: int, folded: str = "", capitalized: bool = False
    ) -> None:
        self.text: Final = text
        self.lower: Final = lower
        self.start: Final = start
        self.end: Final = end
        self.folded: Final = folded
        self.capitalized: Final = capitalized

    def _fields(self) -> tuple[str, str, int, int, str, bool]:
        return (self.text, self.lower, self.start, self.end, self.folded, self.capitalized)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Token(text={self.text!r}, lower={self.lower!r}, start={self.start!r}, end={self.end!r}, "
            f"folded={self.folded!r}, capitalized={self.capitalized!r})"
        )


@attrs.frozen
class Sentence:
    """A sentence: its index, offsets, text, tokens and the tokens' folded forms."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    words: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: tuple(token.folded for token in self.tokens), takes_self=True)
    )


def read_date_header(text: str) -> tuple[dt.date | None, int]:
    """The date of a leading ``date YYYY-MM-DD`` line and where the body starts.

    Examples:
        >>> read_date_header("date 2023-11-10\\nFrench President ...")
        (datetime.date(2023, 11, 10), 16)
        >>> read_date_header("No header here")
        (None, 0)
    """
    match = _DATE_HEADER.match(text)
    if not match:
        return None, 0
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None, 0
    return day, match.end()


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text``, with offsets shifted by ``offset``.

    Examples:
        >>> [t.text for t in tokenize("Macron’s U.S. four-point plan.")]
        ['Macron', '’s', 'U.S.', 'four-point', 'plan', '.']
        >>> [t.text for t in tokenize("D'Alema's view, don't")]
        ["D'Alema", "'s", 'view', ',', 'don', "'", 't']
    """
    tokens: list[Token] = []
    append = tokens.append
    plain = text.isascii()  # then every folded form is the lower-case one
    for match in _TOKEN.finditer(text):
        word = match.group()
        start = match.start() + offset
        lower = word.lower()
        folded = lower if plain or word.isascii() else fold(word)
        append(Token(word, lower, start, start + len(word), folded, word[:1].isupper()))
    return tuple(tokens)


def _sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if (
            match.group()[0] == "."
            and len(match.group()) == 1
            and _is_abbreviation(text, match.start())
            and not _clock_ends_sentence(text, match.start())
        ):
            continue
        if match.group() == "." and _is_list_marker(text, start, match.start()):
            continue  # "4. Jerusalem as the capital": the number of a list line
        following = text[stop : stop + 3].lstrip()
        if following and following[0].islower():
            continue
        bounds.append((begin, stop))
        begin = stop
    bounds.append((begin, end))
    return bounds


def _clock_ends_sentence(text: str, dot: int) -> bool:
    """Whether "a.m."/"p.m." ends its sentence: a word that opens sentences follows ("3 a.m. Under it,").

    "at 10 a.m. Monday" and "3 p.m. Moscow time" go on.

    Examples:
        >>> [s.text for s in split_sentences("They met until 3 a.m. Under it, all agreed. It ends at 3 p.m. Monday.")]
        ['They met until 3 a.m.', 'Under it, all agreed.', 'It ends at 3 p.m. Monday.']
    """
    if text[max(0, dot - 3) : dot].lower() not in ("a.m", "p.m"):
        return False
    following = text[dot + 1 : dot + 1 + _OPENER_REACH].split()
    return bool(following) and following[0][:1].isupper() and following[0].lower().strip(",") in _SENTENCE_OPENERS


def _is_list_marker(text: str, line_start: int, dot: int) -> bool:
    """Whether the dot closes a line's opening number ("4.") or letter ("b.")."""
    marker = text[line_start:dot].strip()
    return 0 < len(marker) <= 2 and (marker.isdigit() or (len(marker) == 1 and marker.isalpha()))


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    # "U.S." and single capitals ("J. Biden") do not end sentences.
    return "." in word or (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


# The most tokens one sentence is read with (see `_pieces`).
MAX_SENTENCE_TOKENS = 250


def split_sentences(text: str, start: int = 0) -> tuple[Sentence, ...]:
    """Sentences of ``text`` from ``start``; every line break also ends a sentence.

    Examples:
        >>> [s.text for s in split_sentences("Mr. Biden spoke. He left.\\n- one;\\n- two")]
        ['Mr. Biden spoke.', 'He left.', '- one;', '- two']
        >>> [s.text for s in split_sentences("They were:\\n4. Jerusalem as capital\\n5. Peace")]
        ['They were:', '4. Jerusalem as capital', '5. Peace']
    """
    sentences: list[Sentence] = []
    line_start = start
    breaks = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text, start)]
    breaks.append((len(text), len(text)))
    for line_end, next_start in breaks:
        for begin, stop in _sentence_bounds(text, line_start, line_end):
            while begin < stop and text[begin].isspace():
                begin += 1
            while stop > begin and text[stop - 1].isspace():
                stop -= 1
            if begin < stop:
                tokens = tokenize(text[begin:stop], begin)
                for first, last in _pieces(tokens):
                    piece_start, piece_end = tokens[first].start, tokens[last - 1].end
                    words = tuple([token.folded for token in tokens[first:last]])
                    sentences.append(
                        Sentence(
                            len(sentences),
                            piece_start,
                            piece_end,
                            text[piece_start:piece_end],
                            tokens[first:last],
                            words,
                        )
                    )
        line_start = next_start
    return tuple(sentences)


def _pieces(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The token ranges a sentence is read in: the whole of it, or, past ``MAX_SENTENCE_TOKENS``, pieces cut
    after the last semicolon or comma that keeps each piece within the bound.

    Real sentences stay far below the bound (the longest in the corpus has about 110 tokens); a run-on text
    without full stops would otherwise make the extractors, which relate every mention of a sentence to
    every other, slower with the square of its length.
    """
    pieces: list[tuple[int, int]] = []
    first = 0
    while len(tokens) - first > MAX_SENTENCE_TOKENS:
        limit = first + MAX_SENTENCE_TOKENS
        cut = next((k + 1 for k in range(limit - 1, first, -1) if tokens[k].text in (";", ",")), limit)
        pieces.append((first, cut))
        first = cut
    if first < len(tokens):
        pieces.append((first, len(tokens)))
    return pieces


# The marks that open or close a quotation (straight quotes do both).
QUOTE_MARKS = frozenset({"“", "”", '"'})


def quoted_flags(tokens: Sequence[Token]) -> list[bool]:
    """For each token, whether it stands inside a quotation ("“I will be a president for all,” Ruto said").

    Examples:
        >>> quoted_flags(tokenize('"We will go," he said.'))
        [True, True, True, True, True, True, False, False, False]
    """
    flags: list[bool] = []
    inside = False
    for token in tokens:
        closing = (token.text == '"' and inside) or token.text == "”"
        if token.text == '"':
            inside = not inside
        elif token.text in ("“", "”"):
            inside = token.text == "“"
        flags.append(inside or closing)
    return flags


def is_headline(sentences: Sequence[Sentence]) -> bool:
    """Whether the first sentence is a headline: no closing punctuation, a paragraph of its own.

    Examples:
        >>> is_headline(split_sentences("Leaders agree deal\\n\\nBRUSSELS — Leaders agreed."))
        True
        >>> is_headline(split_sentences("Leaders agreed a deal. They left."))
        False
        >>> is_headline(split_sentences("Chavez calls Bush the devil at U.N.\\n\\nUNITED NATIONS - He spoke."))
        True
        >>> is_headline(split_sentences('Marcos says death would be "an act of war"\\n\\nSINGAPORE - He spoke.'))
        True
        >>> is_headline(split_sentences('"We will win," he said.\\n\\nHe left.'))
        False
    """
    if len(sentences) < 2:
        return False
    first = sentences[0]
    ending = _ACRONYM_END.sub("", first.text.rstrip())  # "... at U.N." ends on an abbreviation, not a stop
    # A quotation ends a sentence only with its own stop inside: 'would be "close to an act of war"' is a headline.
    ending = ending.rstrip("\"”’'")
    return not ending.endswith((".", "!", "?", ":")) and sentences[1].start - first.end >= 2
