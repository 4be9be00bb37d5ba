"""Country fields: codes checked against ISO 3166-1, listed in the schema lazily."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from diplotrack.countries import country_codes, known_country_spellings


class _EnumSchema:
    """Replaces a string field's JSON Schema with an enum computed only when a schema is built.

    The country lists come from package data; building them at import time
    would make every ``import diplotrack`` pay for it.
    """

    def __init__(self, values: Callable[[], frozenset[str]], description: str) -> None:
        self.values = values
        self.description = description

    def __get_pydantic_json_schema__(self, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {"type": "string", "enum": sorted(self.values()), "description": self.description}


def _check_country_code(value: str) -> str:
    if value not in country_codes():
        raise ValueError(f"unknown ISO 3166-1 alpha-3 country code {value!r}")
    return value


def _check_country_spelling(value: str) -> str:
    if value not in known_country_spellings():
        raise ValueError(f"unknown country {value!r}: give a country name or an ISO 3166-1 code")
    return value


CountryCode = Annotated[
    str,
    AfterValidator(_check_country_code),
    _EnumSchema(country_codes, "ISO 3166-1 alpha-3 country code (XKX for Kosovo)."),
]
"""An ISO 3166-1 alpha-3 code such as ``FRA``, ``PSE`` or ``XKX``."""

CountryName = Annotated[
    str,
    AfterValidator(_check_country_spelling),
    _EnumSchema(known_country_spellings, "A country name, alias, demonym or ISO 3166-1 code."),
]
"""A country as people write it: ``France``, ``French``, ``FR`` or ``FRA``."""

__all__ = ["CountryCode", "CountryName"]
