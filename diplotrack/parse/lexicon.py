"""Package data the parser reads: gazetteers of leaders, places, organisations,
countries, and the lexicons of titles and stance verbs.

Everything is loaded once per process through `importlib.resources`, so the
parser works from an installed wheel. A data file that is missing yields an
empty gazetteer rather than an error: the parser must never raise.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any, Literal, TypeVar

import attrs
import pycountry

from diplotrack.models import Leader, Organization
from diplotrack.parse.phrases import PhraseIndex, fold, phrase_key
from diplotrack.yamlio import load_yaml_text

EntryKind = Literal["leader", "surname", "title", "country", "demonym", "place", "org"]


@attrs.frozen
class Entry:
    """What a phrase names: a kind and a reference (leader id, country code, ...)."""

    kind: EntryKind
    ref: str
    extra: str | None = None


@attrs.frozen
class VerbSense:
    """A stance or reporting verb: its lemma, kind, stance and strength."""

    lemma: str
    kind: Literal["stance", "report", "assess"]
    stance: Literal["support", "oppose", "neutral"] | None
    strength: Literal["weak", "moderate", "strong"] | None


def _load(name: str) -> Any:
    try:
        text = resources.files("diplotrack.data").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return load_yaml_text(text, f"diplotrack/data/{name}") or {}


_Record = TypeVar("_Record", Leader, Organization)


def _shipped(model: type[_Record], key: str, names: Sequence[str]) -> dict[str, _Record]:
    """The valid records under ``key`` in shipped data files, by id; the first of a repeated id wins."""
    found: dict[str, _Record] = {}
    for name in names:
        for record in _load(name).get(key, []) or []:
            try:
                value = model.model_validate(record)
            except ValueError:
                continue
            found.setdefault(value.id, value)
    return found


@functools.cache
def leaders() -> Mapping[str, Leader]:
    """Shipped leaders by id, from ``data/leaders/*.yaml``."""
    return _shipped(Leader, "leaders", ("leaders/world.yaml", "leaders/europe.yaml", "leaders/rest.yaml"))


@functools.cache
def organizations() -> Mapping[str, Organization]:
    """Shipped organisations by id, from ``data/organizations.yaml``."""
    return _shipped(Organization, "organizations", ("organizations.yaml",))


# Countries where international bodies sit: their own officials there are at home, not visiting.
_HEADQUARTERS = {
    "un": "USA",
    "unsc": "USA",
    "unga": "USA",
    "unicef": "USA",
    "unhrc": "CHE",
    "ohchr": "CHE",
    "unhcr": "CHE",
    "who": "CHE",
    "iom": "CHE",
    "wto": "CHE",
    "icrc": "CHE",
    "wfp": "ITA",
    "iaea": "AUT",
    "opec": "AUT",
    "osce": "AUT",
    "icj": "NLD",
    "icc": "NLD",
    "opcw": "NLD",
    "unfccc": "DEU",
    "eu": "BEL",
    "european-commission": "BEL",
    "european-council": "BEL",
    "council-of-the-eu": "BEL",
    "eeas": "BEL",
    "nato": "BEL",
    "european-parliament": "FRA",
    "council-of-europe": "FRA",
    "ecb": "DEU",
    "au": "ETH",
    "ecowas": "NGA",
    "arab-league": "EGY",
    "gcc": "SAU",
    "oic": "SAU",
    "asean": "IDN",
    "sco": "CHN",
    "imf": "USA",
    "world-bank": "USA",
    "oas": "USA",
    "csto": "RUS",
}


def headquarters(organization_id: str | None) -> str | None:
    """The country where an international body has its seat (``"nato"`` -> ``"BEL"``), if known."""
    return _HEADQUARTERS.get(organization_id) if organization_id else None


# Number words a story counts people or parts with: "the four leaders", "five proposals".
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# Bodies that sit in a second country as well: the European Parliament meets in Strasbourg and Brussels.
_OTHER_SEATS = {"european-parliament": "BEL"}


def seated_in(organization_id: str | None, country: str) -> bool:
    """Whether an international body sits in ``country``, at its seat or at a second one.

    Examples:
        >>> seated_in("european-parliament", "BEL"), seated_in("european-parliament", "FRA"), seated_in("nato", "FRA")
        (True, True, False)
    """
    return organization_id is not None and country in (headquarters(organization_id), _OTHER_SEATS.get(organization_id))


@functools.cache
def _capitals() -> dict[str, str]:
    return {
        str(record["country"]): str(record["name"])
        for record in _load("places.yaml").get("places", []) or []
        if record.get("kind") == "capital"
    }


@functools.cache
def seats_of_office() -> Mapping[tuple[str, ...], str]:
    """Folded names of seats of office, without "the", and the folded title of the leader each houses.

    Examples:
        >>> seats_of_office()[("kremlin",)], seats_of_office()[("downing", "street")]
        ('president', 'prime minister')
    """
    seats: dict[tuple[str, ...], str] = {}
    for record in _load("places.yaml").get("places", []) or []:
        office = record.get("office")
        if office is None:
            continue
        for value in [record["name"], *record.get("aliases", [])]:
            key = phrase_key(str(value))
            seats[key[1:] if key[:1] == ("the",) else key] = fold(str(office))
    return seats


def capital_of(country: str) -> str | None:
    """The capital's name of a country (ISO alpha-3), if the gazetteer lists it."""
    return _capitals().get(country)


@functools.cache
def _plural_key(title: str) -> tuple[str, ...] | None:
    """The folded plural of a title ("presidents", "prime ministers", "foreign secretaries"), if regular.

    Examples:
        >>> _plural_key("Foreign Secretary"), _plural_key("Prime Minister"), _plural_key("Envoy")
        (('foreign', 'secretaries'), ('prime', 'ministers'), ('envoys',))
    """
    key = phrase_key(title)
    if not key or not key[-1].isalpha() or key[-1].endswith(("s", "h")):
        return None
    last = key[-1]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return (*key[:-1], last[:-1] + "ies")
    return (*key[:-1], last + "s")


@functools.cache
def plural_titles() -> frozenset[tuple[str, ...]]:
    """Folded plural title phrases: "Presidents A and B" introduces several leaders."""
    return frozenset(plural_title_names())


@functools.cache
def plural_title_names() -> Mapping[tuple[str, ...], str]:
    """Folded plural title phrase -> the canonical singular title ("foreign ministers" -> "Foreign Minister")."""
    found: dict[tuple[str, ...], str] = {}
    for record in _load("lexicon/titles.yaml").get("titles", []):
        for value in [record["title"], *record.get("aliases", [])]:
            plural = _plural_key(str(value))
            if plural is not None:
                found.setdefault(plural, str(record["title"]))
    return found


@functools.cache
def title_words() -> frozenset[str]:
    """Every folded word of every title and alias ("kremlin", "spokesman", "foreign", "minister")."""
    words: set[str] = set()
    for record in _load("lexicon/titles.yaml").get("titles", []):
        for value in [record["title"], *record.get("aliases", [])]:
            words.update(fold(word) for word in str(value).replace("-", " ").split())
    return frozenset(words)


def titles() -> Mapping[str, str | None]:
    """Canonical title -> the country it implies, if any."""
    return {str(r["title"]): r.get("country") for r in _load("lexicon/titles.yaml").get("titles", [])}


# Kinds of place: "the Algerian capital", "the Argentine resort of Bariloche", "in the port city of Valparaiso".
PLACE_KINDS = frozenset({"capital", "resort", "city", "town", "port", "island", "village", "province", "region"})

# Verbs that double their last consonant before -ed and -ing ("committed", "snubbing", "regretted").
_DOUBLING = frozenset(
    {"slam", "stop", "plan", "ban", "commit", "snub", "regret", "scrap", "bar", "drop", "step", "rebut"}
    | {"admit", "submit", "refer", "prefer", "permit", "expel", "compel", "deter"}
)


def _inflect(word: str, irregular: Mapping[str, list[str]]) -> list[str]:
    if word in irregular:
        return [word, *irregular[word]]
    if word.endswith("e"):
        return [word, word + "s", word + "d", word[:-1] + "ing"]
    if word.endswith(("s", "sh", "ch", "x")):
        return [word, word + "es", word + "ed", word + "ing"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    doubled = word + word[-1] if word in _DOUBLING else word
    if word == "veto":
        return [word, "vetoes", "vetoed", "vetoing"]
    return [word, word + "s", doubled + "ed", doubled + "ing"]


@functools.cache
def verb_index() -> PhraseIndex[VerbSense]:
    """Every inflected form of the stance and reporting verbs."""
    data = _load("lexicon/verbs.yaml")
    irregular = data.get("irregular", {})
    index: PhraseIndex[VerbSense] = PhraseIndex()
    for record in data.get("phrases", []):
        lemma = str(record["verb"])
        sense = VerbSense(lemma, record.get("kind", "stance"), record.get("stance"), record.get("strength"))
        forms = record.get("forms")
        if forms is None:
            head, _, rest = lemma.partition(" ")
            forms = [f"{form} {rest}".strip() for form in _inflect(head, irregular)]
        index.add_all(forms, sense)
    return index


@functools.cache
def cue_words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """Negative words, negations and hedge phrases (as folded token tuples)."""
    data = _load("lexicon/verbs.yaml")
    return (
        frozenset(str(w) for w in data.get("negative_words", []) if " " not in str(w)),
        frozenset(str(w) for w in data.get("negations", [])),
        tuple(phrase_key(str(h)) for h in data.get("hedges", [])),
    )


def _country_records() -> list[Mapping[str, Any]]:
    return list(_load("countries.yaml").get("countries", []) or [])


# Last words of names that never stand alone for the person: function words
# ("Moon Jae In") and regnal numbers or suffixes ("Abdullah II", "Jr.", "Elizabeth the Second").
_NOT_SURNAMES = frozenset(
    {"in", "of", "the", "and", "jr", "sr", "i", "ii", "iii", "iv", "v", "vi", "vii", "x"}
    | {"first", "second", "third", "fourth", "fifth", "sixth", "seventh"}
)


def _can_be_surname(word: str) -> bool:
    return word.replace("-", "").isalpha() and word not in _NOT_SURNAMES


@functools.cache
def gazetteer() -> PhraseIndex[Entry]:
    """One index of every name the parser looks up, each tagged with its kind."""
    index: PhraseIndex[Entry] = PhraseIndex()
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                index.add(value, Entry("country", country.alpha_3))
    for record in _country_records():
        code = str(record["code"])
        for value in [record["name"], *record.get("aliases", [])]:
            index.add(str(value), Entry("country", code))
        for value in record.get("demonyms", []):
            index.add(str(value), Entry("demonym", code))
    for record in _load("places.yaml").get("places", []) or []:
        kind = str(record.get("kind", "city"))
        for value in [record["name"], *record.get("aliases", [])]:
            index.add(str(value), Entry("place", str(record["country"]), kind))
    for organization in organizations().values():
        for value in [organization.name, *organization.aliases]:
            index.add(value, Entry("org", organization.id))
    for record in _load("lexicon/titles.yaml").get("titles", []):
        for value in [record["title"], *record.get("aliases", [])]:
            index.add(str(value), Entry("title", str(record["title"]), record.get("country")))
            plural = _plural_key(str(value))
            if plural is not None:
                index.add(plural, Entry("title", str(record["title"]), record.get("country")))
    for leader in leaders().values():
        for value in [leader.name, *leader.aliases]:
            key = phrase_key(value)
            if len(key) == 1 and any(entry.kind in ("country", "place") for entry in index.get(key)):
                # "Montenegro" alone is the country; Luis Montenegro needs his given name or the article's.
                index.add(key, Entry("surname", leader.id))
                continue
            index.add(key, Entry("leader", leader.id))
            if len(key) >= 2 and _can_be_surname(key[-1]):
                index.add(key[-1:], Entry("surname", leader.id))
    return index
