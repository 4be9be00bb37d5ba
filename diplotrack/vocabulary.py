"""The shipped topic vocabulary, and lookups that let users extend it."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources

from diplotrack.models.topic import Topic
from diplotrack.yamlio import load_yaml_text

_WORD = re.compile(r"[a-z0-9]+")
_FILLER = frozenset({"a", "an", "the", "of", "for", "on", "in", "to", "and", "its", "their", "his", "her"})


@functools.cache
def shipped_topics() -> tuple[Topic, ...]:
    """The default vocabulary from ``diplotrack/data/topics.yaml``."""
    text = resources.files("diplotrack.data").joinpath("topics.yaml").read_text("utf-8")
    data = load_yaml_text(text, "diplotrack/data/topics.yaml")
    return tuple(Topic.model_validate(entry) for entry in data["topics"])


@functools.cache
def shipped_topic_ids() -> frozenset[str]:
    """Ids of the shipped vocabulary."""
    return frozenset(topic.id for topic in shipped_topics())


def normalize_phrase(phrase: str) -> str:
    """A wording reduced to its content words, for matching aliases.

    Examples:
        >>> normalize_phrase("A Humanitarian Truce in Gaza")
        'humanitarian truce gaza'
    """
    ascii_text = unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode()
    return " ".join(w for w in _WORD.findall(ascii_text.lower()) if w not in _FILLER)


def fallback_topic_id(phrase: str) -> str:
    """A stable id for a wording that matches no topic: its content words.

    Examples:
        >>> fallback_topic_id("the protection of the civilian population in Gaza")
        'protection-civilian-population-gaza'
    """
    words = normalize_phrase(phrase).split()[:8]
    return "-".join(words) or "unknown-topic"


class Vocabulary:
    """Topics by id and by every wording, the shipped ones overridden by the user's.

    Examples:
        >>> vocabulary = Vocabulary([Topic(id="truce-x", label="truce in X")])
        >>> vocabulary.lookup("a truce in X").id
        'truce-x'
    """

    def __init__(self, extra: Iterable[Topic] = (), *, include_shipped: bool = True) -> None:
        self.by_id: dict[str, Topic] = {}
        for topic in (*(shipped_topics() if include_shipped else ()), *extra):
            self.by_id[topic.id] = topic
        self._by_phrase: dict[str, Topic] = {}
        for topic in self.by_id.values():
            for wording in (topic.label, *topic.aliases):
                self._by_phrase.setdefault(normalize_phrase(wording), topic)

    def lookup(self, wording: str) -> Topic | None:
        """The topic a wording names exactly (up to case and filler words), if any."""
        return self._by_phrase.get(normalize_phrase(wording))

    def broader_closure(self, topic_id: str) -> frozenset[str]:
        """The topic and every topic broader than it, following ``broader`` links."""
        seen: set[str] = set()
        pending = [topic_id]
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            topic = self.by_id.get(current)
            if topic:
                pending.extend(topic.broader)
        return frozenset(seen)

    @property
    def phrases(self) -> Mapping[str, Topic]:
        """Normalised wording -> topic, for matchers that scan text."""
        return self._by_phrase
