"""The dateline that opens a story ("MINSK, Feb. 12 —"): which sentence carries it and where it places the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from diplotrack.parse.lexicon import gazetteer, headquarters
from diplotrack.parse.phrases import fold
from diplotrack.parse.text import Sentence

# "an angry response from Moscow", "a sharp shift for Berlin": a capital standing for its government.
_GOVERNMENT_BEFORE = frozenset({"from", "for", "by", "with", "against"})
_DATELINE = re.compile(
    r"\A([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{1,40}?)(?:,[ \t]*([A-Z][A-Za-z.'’ ]{1,30}))?(?:,[^—–(\n]{1,20})?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+(?:--|[—–-])|:)[ \t]"
)


@attrs.frozen
class Dateline:
    """Where a story is filed from: the sentence that opens with the dateline, and its country and place.

    ``country`` and ``place`` are None when the dateline names a place the gazetteer does not know,
    or two places ("WASHINGTON/BRUSSELS —").
    """

    opening: Sentence
    country: str | None = None
    place: str | None = None

    @property
    def where(self) -> tuple[str, str] | None:
        """Country and place, when the dateline names a place the gazetteer knows."""
        return (self.country, self.place) if self.country is not None and self.place is not None else None


def dateline_length(text: str) -> int:
    """How many characters of ``text`` a dateline opening takes ("RIYADH/DOHA (Reuters) - "), or 0.

    Examples:
        >>> dateline_length("RIYADH/DOHA (Reuters) - Saudi Arabia said"), dateline_length("Saudi Arabia said")
        (24, 0)
    """
    match = _DATELINE.match(text)
    return match.end() if match is not None else 0


def dateline_sentence(sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence that opens with the dateline: the first, or the one after a headline and a byline."""
    for sentence in sentences[:3]:
        if _DATELINE.match(sentence.text):
            return sentence
        if not sentence.text.rstrip().rstrip('"”').endswith((".", "!", "?")):
            continue  # a headline without a full stop ('... offers "total peace"'): the dateline may follow it
        return None
    return None


def read_dateline(sentences: Sequence[Sentence]) -> Dateline | None:
    """The story's dateline, such as "MINSK, Feb. 12 —" or "WOODSIDE, California —", if it has one.

    Examples:
        >>> from diplotrack.parse.text import split_sentences
        >>> dateline = read_dateline(split_sentences("MINSK, Feb. 12 — Leaders met.\\n\\nThey talked."))
        >>> dateline.opening.index, dateline.where
        (0, ('BLR', 'Minsk'))
        >>> read_dateline(split_sentences("Leaders met in Minsk.")) is None
        True
    """
    opening = dateline_sentence(sentences)
    if opening is None:
        return None
    match = _DATELINE.match(opening.text)
    if match is None:
        return Dateline(opening)
    if "/" in match.group(1):
        return _place_the_lead_names(opening, match)
    place = match.group(1).strip().title()
    for part in (match.group(1), match.group(2)):
        if not part:
            continue
        words = [fold(word) for word in part.split()]
        whole = [entry for entry in gazetteer().get(tuple(words)) if entry.kind in ("place", "country")]
        last = [entry for entry in gazetteer().get(tuple(words[-1:])) if entry.kind == "country"]
        if not whole and len(words) > 1 and last:
            return Dateline(opening, last[0].ref, place)  # "ANTIGUA GUATEMALA": the town's country last
        for length in range(len(words), 0, -1):
            for entry in gazetteer().get(tuple(words[:length])):
                if entry.kind in ("place", "country"):
                    return Dateline(opening, entry.ref, place)
        # "UNITED NATIONS, March 31 —": a body's name as a dateline is its seat.
        seats = [headquarters(entry.ref) for entry in gazetteer().get(tuple(words)) if entry.kind == "org"]
        if seats and seats[0] is not None:
            return Dateline(opening, seats[0], place)
    return Dateline(opening)


def _place_the_lead_names(opening: Sentence, match: re.Match[str]) -> Dateline:
    """Of a dateline's two places ("DUBAI/TEHRAN —"), the one its own sentence names again, if only one is.

    Examples:
        >>> from diplotrack.parse.text import split_sentences
        >>> read_dateline(split_sentences("DUBAI/TEHRAN (Reuters) - Crowds filled Tehran for the funeral.")).where
        ('IRN', 'Tehran')
        >>> read_dateline(split_sentences("DUBAI/TEHRAN (Reuters) - Iran and the UAE talked.")).where is None
        True
    """
    after = opening.start + match.end()
    rest = [token.folded for token in opening.tokens if token.start >= after]
    named: list[tuple[str, str]] = []
    for part in match.group(1).split("/"):
        words = tuple(fold(word) for word in part.split())
        places = [entry for entry in gazetteer().get(words) if entry.kind == "place"]
        if places and _named_as_scene(rest, words):
            named.append((places[0].ref, part.strip().title()))
    return Dateline(opening, *named[0]) if len(named) == 1 else Dateline(opening)


def _named_as_scene(words: Sequence[str], place: tuple[str, ...]) -> bool:
    """Whether ``place`` stands in ``words`` as where things happen, not as its government ("a response from
    Moscow", "a shift for Berlin", "Tokyo's protest")."""
    size = len(place)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) != place:
            continue
        before = words[start - 1] if start > 0 else ""
        after = words[start + size] if start + size < len(words) else ""
        if before not in _GOVERNMENT_BEFORE and after not in ("'s", "’s"):
            return True
    return False
