"""Countries as ISO 3166-1 alpha-3 codes, resolved from the ways news names them.

ISO names and codes come from pycountry; the names news actually uses
("Britain", "the US"), demonyms ("French", "Israeli") and Kosovo (``XKX``, a
code in common use but not in ISO) come from ``data/countries.yaml``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from importlib import resources
from typing import Any

import pycountry

from diplotrack.yamlio import load_yaml_text

KOSOVO = "XKX"


def _fold(name: str) -> str:
    """Case-, accent- and article-insensitive form of a name used as a lookup key."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = " ".join(ascii_only.replace("’", "'").casefold().split())
    return folded.removeprefix("the ")


@functools.cache
def _alias_records() -> tuple[Mapping[str, Any], ...]:
    text = resources.files("diplotrack.data").joinpath("countries.yaml").read_text("utf-8")
    data = load_yaml_text(text, "diplotrack/data/countries.yaml")
    return tuple(data["countries"])


@functools.cache
def country_codes() -> frozenset[str]:
    """Every code a position file accepts: ISO alpha-3 plus ``XKX`` (Kosovo)."""
    return frozenset({c.alpha_3 for c in pycountry.countries} | {KOSOVO})


@functools.cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(_fold(value), country.alpha_3)
        names[_fold(country.alpha_3)] = country.alpha_3
        names[_fold(country.alpha_2)] = country.alpha_3
    names[_fold(KOSOVO)] = KOSOVO
    # Our own layer wins over ISO long forms: "Congo" means what news means.
    for record in _alias_records():
        code = record["code"]
        for value in [record["name"], *record.get("aliases", []), *record.get("demonyms", [])]:
            names[_fold(value)] = code
    return names


@functools.cache
def _common_names() -> dict[str, str]:
    common = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    common[KOSOVO] = "Kosovo"
    for record in _alias_records():
        common[record["code"]] = record["name"]
    return common


def resolve_country(name: str) -> str | None:
    """The alpha-3 code for a country name, code, alias or demonym, or None.

    Examples:
        >>> resolve_country("French"), resolve_country("NO"), resolve_country("Britain")
        ('FRA', 'NOR', 'GBR')
        >>> resolve_country("Narnia") is None
        True
    """
    return _names().get(_fold(name))


# Territories with an ISO code of their own that belong to another state: a trip there is a trip at home.
_SOVEREIGNS = {
    **dict.fromkeys(("MTQ", "GLP", "GUF", "REU", "MYT", "NCL", "PYF", "SPM", "BLM", "MAF", "WLF"), "FRA"),
    **dict.fromkeys(("PRI", "GUM", "VIR", "ASM", "MNP"), "USA"),
    **dict.fromkeys(("GIB", "BMU", "FLK", "CYM", "VGB", "TCA", "MSR", "AIA", "IOT"), "GBR"),
    **dict.fromkeys(("GRL", "FRO"), "DNK"),
    **dict.fromkeys(("ABW", "CUW", "SXM"), "NLD"),
    **dict.fromkeys(("HKG", "MAC"), "CHN"),
}


def sovereign_of(code: str) -> str:
    """The state a territory belongs to ("MTQ", Martinique, is French); a state is its own.

    Examples:
        >>> sovereign_of("MTQ"), sovereign_of("GIB"), sovereign_of("KEN")
        ('FRA', 'GBR', 'KEN')
    """
    return _SOVEREIGNS.get(code, code)


def country_name(code: str) -> str:
    """The common English name of a country code ("PSE" -> "Palestine").

    Examples:
        >>> country_name("USA")
        'United States'
    """
    try:
        return _common_names()[code]
    except KeyError:
        raise LookupError(f"unknown country code {code!r}") from None


def known_country_spellings() -> frozenset[str]:
    """Every spelling `resolve_country` accepts, as written in the data (not folded)."""
    spellings: set[str] = set(country_codes())
    for country in pycountry.countries:
        spellings.add(country.alpha_2)
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                spellings.add(value)
    for record in _alias_records():
        spellings.update([record["name"], *record.get("aliases", []), *record.get("demonyms", [])])
    return frozenset(spellings)
