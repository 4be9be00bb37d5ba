"""The models' own rules, countries, and what a Python user sees on bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from diplotrack import AnnotatedArticle, Leader, PositionFile, Role
from diplotrack.countries import country_name, resolve_country
from diplotrack.models.common import partial_date_precision, partial_date_start
from diplotrack.yamlio import load_yaml_file

SEEDS = Path(__file__).parent.parent / "seeds"


def seed_position_file() -> PositionFile:
    return PositionFile.model_validate(load_yaml_file(str(SEEDS / "macron-israel-2023-11-10.position.yaml")).value)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("France", "FRA"),
        ("French", "FRA"),
        ("FR", "FRA"),
        ("FRA", "FRA"),
        ("Israeli", "ISR"),
        ("Britain", "GBR"),
        ("the UK", "GBR"),
        ("the US", "USA"),
        ("American", "USA"),
        ("Palestinian", "PSE"),
        ("Palestine", "PSE"),
        ("Kosovo", "XKX"),
        ("NO", "NOR"),
        ("Norwegian", "NOR"),
        ("South Korea", "KOR"),
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("Iran", "IRN"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("germany", "DEU"),
    ],
)
def test_countries_resolve_from_the_ways_news_names_them(name: str, code: str) -> None:
    assert resolve_country(name) == code


def test_unknown_country_is_none_and_names_are_common_ones() -> None:
    assert resolve_country("Atlantis") is None
    assert country_name("PSE") == "Palestine"
    assert country_name("XKX") == "Kosovo"
    with pytest.raises(LookupError):
        country_name("ZZZ")


def test_who_was_prime_minister_of_israel_on_a_day() -> None:
    document = seed_position_file()
    holders = document.office_holders("prime minister", "ISR", dt.date(2023, 10, 24))
    assert [leader.name for leader in holders] == ["Benjamin Netanyahu"]
    assert document.office_holders("Prime Minister", "ISR", dt.date(2021, 7, 1)) == []


def test_role_needs_exactly_one_seat() -> None:
    with pytest.raises(ValidationError, match="exactly one of country and organization"):
        Role(title="President")
    with pytest.raises(ValidationError, match="unknown ISO 3166-1"):
        Role(title="President", country="XXY")


def test_leader_roles_on_a_day() -> None:
    leader = Leader(
        id="recep-tayyip-erdogan",
        name="Recep Tayyip Erdogan",
        roles=[
            Role(title="Prime Minister", country="TUR", start=dt.date(2003, 3, 14), end=dt.date(2014, 8, 28)),
            Role(title="President", country="TUR", start=dt.date(2014, 8, 28)),
        ],
    )
    assert [r.title for r in leader.roles_on(dt.date(2010, 1, 1))] == ["Prime Minister"]
    assert [r.title for r in leader.roles_on(dt.date(2014, 8, 28))] == ["Prime Minister", "President"]
    assert leader.roles_on(dt.date(2000, 1, 1)) == []


def test_partial_dates() -> None:
    assert partial_date_precision("2023") == "year"
    assert partial_date_precision("2023-10-24") == "day"
    assert partial_date_start("2023") == dt.date(2023, 1, 1)


def test_integrity_errors_reach_python_users() -> None:
    data = seed_position_file().model_dump(mode="json")
    data["positions"][0]["holder"] = "nobody-known"
    data["positions"][1]["evidence"][0]["start"] += 1
    with pytest.raises(ValidationError) as caught:
        PositionFile.model_validate(data)
    message = str(caught.value)
    assert "positions[0].holder: leader or organization 'nobody-known' is not defined" in message
    assert "positions[1].evidence[0].quote: quote does not match" in message


def test_models_are_immutable() -> None:
    document = seed_position_file()
    with pytest.raises(ValidationError):
        document.positions[0].stance = "oppose"  # type: ignore[misc]


def test_seed_model_dump_round_trips_through_yaml() -> None:
    from diplotrack.yamlio import dump_yaml, load_yaml_text

    document = seed_position_file()
    again = PositionFile.model_validate(load_yaml_text(dump_yaml(document.model_dump(mode="json", exclude_none=True))))
    assert again == document


def test_annotated_seed_is_consistent_with_its_text() -> None:
    article = AnnotatedArticle.model_validate(load_yaml_file(str(SEEDS / "macron-israel-2023-11-10.yaml")).value)
    assert article.date == dt.date(2023, 11, 10)
    assert [plan.name for plan in article.expect.plans] == ["four-point plan"]
    assert len(article.expect.plans[0].items) == 4
    assert all(position.evidence in article.text for position in article.expect.positions)


def test_annotated_article_rejects_evidence_outside_text() -> None:
    with pytest.raises(ValidationError, match="evidence is not a substring of text"):
        AnnotatedArticle.model_validate(
            {
                "id": "x-2024-01-01",
                "date": "2024-01-01",
                "source": "own",
                "text": "Store spoke.",
                "expect": {"positions": [{"holder": "Norway", "topic": "t", "stance": "support", "evidence": "nope"}]},
            }
        )
