"""Visits: a leader's trip to another country, its hosts, date and status.

A trigger word ("visit", "arrived", "travelled", "meet ... in", "summit in",
"speaking in") followed by a place that maps to a country gives a visit by
the trigger's subject, unless that country is the visitor's own. Status comes
from tense and modality; relative dates are resolved against the article date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.clauses import subject_after, subject_before
from diplotrack.parse.dates import resolve_day
from diplotrack.parse.lexicon import gazetteer
from diplotrack.parse.mentions import Mention, is_object
from diplotrack.parse.phrases import fold
from diplotrack.parse.text import Sentence

_TRIGGERS = frozenset(
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
    ]
)
_PLACE_PREPOSITIONS = frozenset({"in", "to", "at", "of", "for"})
_DIRECT_OBJECT_TRIGGERS = frozenset({"visit", "visits", "visited", "visiting", "tour"})
_PLANNED = frozenset(
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
_CANCELLED = frozenset(["cancelled", "canceled", "cancel", "cancels", "postponed", "scrapped", "called-off"])
_COMPLETED = frozenset(["visited", "travelled", "traveled", "went", "flew", "returned", "had", "last", "earlier"])
_ONGOING = frozenset(["arrived", "arrives", "during", "is", "are", "visiting", "comes", "speaking", "landed"])
_HOST_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "chancellor",
        "king",
        "emir",
        "leader",
        "crown prince",
        "taoiseach",
        "sultan",
        "supreme leader",
        "premier",
    }
)
_WINDOW = 12


@attrs.frozen
class FoundVisit:
    """A visit found in a sentence."""

    visitor: str
    destination: str
    place: str | None
    sentence: int
    start: int
    end: int
    status: str
    date: dt.date | None


def _status(words: Sequence[str], trigger: int) -> str:
    before = set(words[max(0, trigger - 4) : trigger + 1])
    if before & _CANCELLED or set(words) & _CANCELLED:
        return "cancelled"
    if before & _PLANNED or (words[trigger].endswith("ing") and "to" in before):
        return "planned"
    if before & _COMPLETED or words[trigger] in _COMPLETED:
        return "completed"
    return "ongoing"


class _SentenceVisits:
    def __init__(self, sentence: Sentence, actors: ArticleActors, date: dt.date | None) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.words = [fold(token.text) for token in sentence.tokens]
        self.actors = actors
        self.mentions = [m for m in actors.mentions[sentence.index] if m.kind == "leader"]
        self.places = actors.place_mentions[sentence.index]
        self.countries = [m for m in actors.mentions[sentence.index] if m.kind == "country" and m.form == "country"]
        self.date = date

    def destination_after(self, trigger: int) -> tuple[str, str | None, int] | None:
        """Country, place name and end token of the first place after the trigger."""
        spots: list[tuple[int, int, str, str | None]] = list(self.places)
        spots += [(m.first, m.last, m.ref, None) for m in self.countries]
        for first, last, country, name in sorted(spots):
            if not trigger < first <= trigger + _WINDOW:
                continue
            previous = self.words[first - 1]
            if previous in _PLACE_PREPOSITIONS or (
                first == trigger + 1 and self.words[trigger] in _DIRECT_OBJECT_TRIGGERS
            ):
                return country, name, last
        return None

    def visitors(self, trigger: int, place_end: int) -> list[Mention]:
        found = subject_before(self.mentions, self.tokens, trigger)
        if not found:
            # "Macron's visit to Israel" is caught above; "Speaking in Tallinn, X said" is here.
            found = subject_after(self.mentions, place_end, limit=6)
        return found

    def run(self) -> list[FoundVisit]:
        found: list[FoundVisit] = []
        for index, word in enumerate(self.words):
            if word not in _TRIGGERS:
                continue
            target = self.destination_after(index)
            if target is None:
                continue
            country, place, place_end = target
            status = _status(self.words, index)
            day = resolve_day(self.tokens, self.date, future=status == "planned")
            if status == "completed" and day is not None and self.date is not None and day >= self.date:
                status = "ongoing"
            for visitor in self.visitors(index, place_end):
                entity = self.actors.entities[visitor.ref]
                if entity.country == country:
                    continue
                start = min(visitor.start, self.tokens[index].start)
                end = self.tokens[place_end - 1].end
                found.append(FoundVisit(visitor.ref, country, place, self.sentence.index, start, end, status, day))
        return found


def hosts_for(actors: ArticleActors, destination: str, visitor: str) -> list[str]:
    """Leaders of the destination country who would receive a visitor: heads of state or government."""
    return [
        key
        for key, entity in actors.entities.items()
        if key != visitor
        and not entity.history_only
        and entity.country == destination
        and entity.title is not None
        and fold(entity.title) in _HOST_TITLES
    ]


_DATELINE = re.compile(
    r"\A([A-Z][A-Z.'’ -]{1,40})(?:,[ \t]*([A-Z][A-Za-z.'’ ]{1,30}))?(?:,[^—–\n]{1,20})?[ \t]+[—–-][ \t]"
)
_EVENT_WORDS = frozenset(
    [
        "met",
        "meet",
        "meeting",
        "talks",
        "summit",
        "signed",
        "visit",
        "arrived",
        "agreed",
        "attended",
        "joined",
        "hosted",
    ]
)
_LEAD_SENTENCES = 3
# Calls and video links are not visits.
_REMOTE_WORDS = frozenset(["phone", "call", "called", "video", "videolink", "virtual", "remotely", "telephone"])


def dateline_country(sentences: Sequence[Sentence]) -> tuple[str, str] | None:
    """Country and place of a dateline such as "MINSK, Feb. 12 —" or "WOODSIDE, California —"."""
    if not sentences:
        return None
    match = _DATELINE.match(sentences[0].text)
    if match is None or "/" in match.group(1):
        return None
    for part in (match.group(1), match.group(2)):
        if not part:
            continue
        words = [fold(word) for word in part.split()]
        for length in range(len(words), 0, -1):
            entries = gazetteer().get(tuple(words[:length]))
            for entry in entries:
                if entry.kind in ("place", "country"):
                    return entry.ref, match.group(1).strip().title()
    return None


def _dateline_visits(sentences: Sequence[Sentence], actors: ArticleActors, date: dt.date | None) -> list[FoundVisit]:
    """Foreign leaders who act in the lead of a datelined story are visiting the dateline's country."""
    found = dateline_country(sentences)
    if found is None:
        return []
    country, place = found
    visits: list[FoundVisit] = []
    seen: set[str] = set()
    for sentence in sentences:
        tokens = sentence.tokens
        words = {token.lower for token in tokens}
        lead = sentence.index < _LEAD_SENTENCES
        if (not lead and not words & _EVENT_WORDS) or words & _REMOTE_WORDS:
            continue
        if tokens and tokens[0].lower == "in" and sentence.index > 0:
            continue
        for mention in actors.mentions[sentence.index]:
            if mention.kind != "leader" or mention.ref in seen or is_object(tokens, mention):
                continue
            entity = actors.entities[mention.ref]
            if entity.history_only or entity.country is None or entity.country == country:
                continue
            seen.add(mention.ref)
            day = resolve_day(tokens, date, future=False)
            visits.append(
                FoundVisit(mention.ref, country, place, sentence.index, mention.start, mention.end, "ongoing", day)
            )
    return visits


def find_visits(sentences: Sequence[Sentence], actors: ArticleActors, date: dt.date | None) -> list[FoundVisit]:
    """Visits of the article, one per visitor and destination (the first sentence that reports it)."""
    merged: dict[tuple[str, str], FoundVisit] = {}
    explicit = [visit for sentence in sentences for visit in _SentenceVisits(sentence, actors, date).run()]
    for visit in [*explicit, *_dateline_visits(sentences, actors, date)]:
        if actors.entities[visit.visitor].history_only:
            continue
        key = (visit.visitor, visit.destination)
        if key not in merged:
            merged[key] = visit
        elif merged[key].place is None and visit.place is not None:
            merged[key] = attrs.evolve(merged[key], place=visit.place)
    return list(merged.values())
