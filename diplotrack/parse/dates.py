"""Relative and partial dates in a sentence, resolved against the article date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplotrack.parse.text import Token

# Day and month names, lower case, with their numbers; other parse modules reuse them as word sets.
WEEKDAYS = {
    name: index
    for index, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
MONTHS = {
    name: index + 1
    for index, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def year_before(word: str, date: dt.date) -> bool:
    """Whether a word is a year before the article's: "2014" in a story of 2016.

    Examples:
        >>> year_before("2014", dt.date(2016, 12, 19)), year_before("2016", dt.date(2016, 12, 19))
        (True, False)
        >>> year_before("500", dt.date(2016, 12, 19))
        False
    """
    return len(word) == 4 and word.isdigit() and int(word) < date.year


# What follows the date of a dateline: "WASHINGTON, March 8 —", "MOSCOW, Jan 12 (Reuters) -".
_DATELINE_ENDS = frozenset({"—", "–", "-", "("})


def resolve_day(tokens: Sequence[Token], article_date: dt.date | None, *, future: bool) -> dt.date | None:
    """The first day a sentence names ("on Thursday", "yesterday", "May 28"), if any.

    A weekday means the latest such day on or before the article date, or the
    next one on or after it for future events.

    Examples:
        >>> from diplotrack.parse.text import tokenize
        >>> resolve_day(tokenize("arrived on Tuesday"), dt.date(2023, 11, 10), future=False)
        datetime.date(2023, 11, 7)
        >>> resolve_day(tokenize("will visit on May 28"), dt.date(2024, 5, 22), future=True)
        datetime.date(2024, 5, 28)
    """
    if article_date is None:
        return None
    for index, token in enumerate(tokens):
        word = token.lower
        if word in _OFFSETS:
            return article_date + dt.timedelta(days=_OFFSETS[word])
        if word in WEEKDAYS and index > 0 and tokens[index - 1].lower in ("on", "last", "next", "this"):
            delta = (WEEKDAYS[word] - article_date.weekday()) % 7
            if future or tokens[index - 1].lower == "next":
                return article_date + dt.timedelta(days=delta)
            return article_date - dt.timedelta(days=(7 - delta) % 7)
        if word in MONTHS and index + 1 < len(tokens) and tokens[index + 1].text.isdigit():
            if index + 2 < len(tokens) and tokens[index + 2].text in _DATELINE_ENDS:
                continue  # "WASHINGTON, March 8 — Biden will fly to Wales on Sunday": the story's date
            day = int(tokens[index + 1].text)
            try:
                return dt.date(article_date.year, MONTHS[word], day)
            except ValueError:
                continue
    return None


def years_in(words: Sequence[str], start: int, stop: int) -> list[int]:
    """The years a span of words names after "in": "in 1946", "in January 1959".

    Examples:
        >>> years_in("his visit to caracas in january 1959 and in 1960".split(), 0, 10)
        [1959, 1960]
    """
    return [
        int(words[k])
        for k in range(max(1, start), min(len(words), stop))
        if len(words[k]) == 4
        and words[k].isdigit()
        and (words[k - 1] == "in" or (words[k - 1] in MONTHS and k >= 2 and words[k - 2] == "in"))
    ]
