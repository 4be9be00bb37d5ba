"""Topic identity for comparisons: which topic ids name the same subject.

Two positions are about the same topic when their topic ids resolve to the
same canonical id. Resolution goes through the vocabulary: topics that share a
wording (a label or an alias, compared with `normalize_phrase`) are one topic,
so a file that calls it ``truce-gaza`` and the shipped ``ceasefire-gaza`` with
the alias "truce in Gaza" agree. ``broader`` links are *not* identity: a
ceasefire in Gaza stays a different topic from a ceasefire in general, because
a stance on the narrow topic says little about the broad one.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplotrack.models import Topic
from diplotrack.vocabulary import Vocabulary, normalize_phrase


class TopicResolver:
    """Maps topic ids and wordings to canonical topic ids.

    The canonical id of a group of same-wording topics is a base-vocabulary id
    when the group has one (so files converge on the shipped ids), else the
    alphabetically first: the choice never depends on input order.

    Examples:
        >>> base = Vocabulary([Topic(id="ceasefire-gaza", label="ceasefire in Gaza",
        ...     aliases=["truce in Gaza"])], include_shipped=False)
        >>> resolver = TopicResolver(base, [Topic(id="truce-gaza", label="a truce in Gaza")])
        >>> resolver.canonical("truce-gaza")
        'ceasefire-gaza'
        >>> resolver.canonical("truce-in-gaza")
        'ceasefire-gaza'
        >>> resolver.canonical("humanitarian-pauses")
        'humanitarian-pauses'
    """

    def __init__(self, base: Vocabulary, extra: Iterable[Topic] = ()) -> None:
        self.base_ids = frozenset(base.by_id)
        own: dict[str, Topic] = {}
        # Sorted so that files defining one id differently resolve the same way in any order.
        for topic in sorted(extra, key=lambda t: (t.id, t.label, tuple(t.aliases), tuple(t.broader))):
            own.setdefault(topic.id, topic)
        # A file's own definition overrides the shipped one, as in `Vocabulary`.
        topics = dict(base.by_id) | own
        self.topics = topics
        self._parent = {topic_id: topic_id for topic_id in topics}
        by_phrase: dict[str, str] = {}
        for topic in topics.values():
            for wording in (topic.label, *topic.aliases):
                phrase = normalize_phrase(wording)
                if not phrase:
                    continue
                if phrase in by_phrase:
                    self._union(by_phrase[phrase], topic.id)
                else:
                    by_phrase[phrase] = topic.id
        self._by_phrase = {phrase: self._find(topic_id) for phrase, topic_id in by_phrase.items()}
        self._cache: dict[str, str] = {}

    def _rank(self, topic_id: str) -> tuple[bool, str]:
        return (topic_id not in self.base_ids, topic_id)

    def _find(self, topic_id: str) -> str:
        root = topic_id
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[topic_id] != root:
            self._parent[topic_id], topic_id = root, self._parent[topic_id]
        return root

    def _union(self, first: str, second: str) -> None:
        a, b = self._find(first), self._find(second)
        if a != b:
            keep, drop = (a, b) if self._rank(a) <= self._rank(b) else (b, a)
            self._parent[drop] = keep

    def lookup(self, wording: str) -> str | None:
        """The canonical id a wording names, if any vocabulary topic uses it."""
        return self._by_phrase.get(normalize_phrase(wording))

    def canonical(self, topic_id: str) -> str:
        """The canonical id for a position's topic id.

        A known id maps to its group's id; an unknown one is tried as a wording
        (fallback ids are content words joined by hyphens) and otherwise stays
        as it is, so unknown topics keep a stable identity.
        """
        cached = self._cache.get(topic_id)
        if cached is not None:
            return cached
        if topic_id in self._parent:
            result = self._find(topic_id)
        else:
            result = self.lookup(topic_id.replace("-", " ")) or topic_id
        self._cache[topic_id] = result
        return result

    def label(self, topic_id: str) -> str:
        """A readable name for a topic id: its label, or its words."""
        topic = self.topics.get(topic_id)
        return topic.label if topic else topic_id.replace("-", " ")


def default_vocabulary() -> Vocabulary:
    """The shipped vocabulary, or an empty one while the package ships no topics file."""
    try:
        return Vocabulary()
    except FileNotFoundError:
        return Vocabulary(include_shipped=False)


def resolver_for(topics: Iterable[Topic], vocabulary: Vocabulary | None = None) -> TopicResolver:
    """A resolver over ``vocabulary`` (default: the shipped one) extended by ``topics``."""
    return TopicResolver(vocabulary if vocabulary is not None else default_vocabulary(), topics)
