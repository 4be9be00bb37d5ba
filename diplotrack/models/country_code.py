"""The country-code field type, checked against ISO 3166-1 and listed in the schema."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, WithJsonSchema

from diplotrack.countries import country_codes


def _check_country_code(value: str) -> str:
    if value not in country_codes():
        raise ValueError(f"unknown ISO 3166-1 alpha-3 country code {value!r}")
    return value


def _country_code_schema() -> dict[str, Any]:
    return {
        "type": "string",
        "enum": sorted(country_codes()),
        "description": "ISO 3166-1 alpha-3 country code (XKX for Kosovo).",
    }


CountryCode = Annotated[str, AfterValidator(_check_country_code), WithJsonSchema(_country_code_schema())]
"""An ISO 3166-1 alpha-3 code such as ``FRA``, ``PSE`` or ``XKX``."""
