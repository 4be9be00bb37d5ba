"""The shipped leader gazetteer covers what the parser promises: for every country of the G20, the Middle
East and the EU, someone heads the state or government and someone is foreign minister on every day
from 2000 to mid-2025 (sampled every 30 days), apart from a few days between holders."""

from __future__ import annotations

import datetime as dt

import pytest

from diplotrack.parse.lexicon import leaders

G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "IND", "IDN", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
MIDDLE_EAST = ["BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SYR", "ARE", "YEM"]
EU = [
    "AUT",
    "BEL",
    "BGR",
    "HRV",
    "CYP",
    "CZE",
    "DNK",
    "EST",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "HUN",
    "IRL",
    "ITA",
    "LVA",
    "LTU",
    "LUX",
    "MLT",
    "NLD",
    "POL",
    "PRT",
    "ROU",
    "SVK",
    "SVN",
    "ESP",
    "SWE",
]
COUNTRIES = sorted({*G20, *MIDDLE_EAST, *EU})

FOREIGN_MINISTERS = frozenset(
    {
        "Foreign Minister",
        "Acting Foreign Minister",
        "Secretary of State",
        "Foreign Secretary",
        "External Affairs Minister",
    }
)
HEADS = frozenset(
    {"President", "Acting President", "Interim President", "Prime Minister", "Acting Prime Minister", "Premier"}
    | {"Chancellor", "Taoiseach", "King", "Queen", "Emir", "Sultan", "Emperor", "Grand Duke", "Supreme Leader"}
    | {"Chairman of the Presidential Leadership Council", "Chairman of the Supreme Council of the Armed Forces"}
)
FIRST, LAST = dt.date(2000, 1, 1), dt.date(2025, 6, 30)
SAMPLE_DAYS = 30
# Samples allowed to fall between two holders (a caretaker the gazetteer does not list for a few weeks).
ALLOWED_GAPS = 3
# Periods with no such office: the Palestinian Authority named its first foreign minister in April 2003;
# Iraq was under the Coalition Provisional Authority from the fall of Baghdad to June 2004, with a foreign
# minister again from September 2003.
NO_OFFICE = {
    ("PSE", "foreign minister"): (dt.date(2000, 1, 1), dt.date(2003, 4, 30)),
    ("IRQ", "foreign minister"): (dt.date(2003, 4, 9), dt.date(2003, 9, 2)),
    ("IRQ", "head"): (dt.date(2003, 4, 9), dt.date(2004, 6, 28)),
}


def _days() -> list[dt.date]:
    days, day = [], FIRST
    while day <= LAST:
        days.append(day)
        day += dt.timedelta(days=SAMPLE_DAYS)
    return days


def _uncovered(country: str, titles: frozenset[str], office: str) -> list[dt.date]:
    spans = [
        (role.start, role.end)
        for leader in leaders().values()
        for role in leader.roles
        if role.country == country and role.title in titles
    ]
    exempt = NO_OFFICE.get((country, office))
    return [
        day
        for day in _days()
        if not (exempt and exempt[0] <= day <= exempt[1])
        and not any((start is None or start <= day) and (end is None or day <= end) for start, end in spans)
    ]


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_day_has_a_foreign_minister(country: str) -> None:
    missing = _uncovered(country, FOREIGN_MINISTERS, "foreign minister")
    assert len(missing) <= ALLOWED_GAPS, f"{country}: no foreign minister on {missing}"


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_day_has_a_head_of_state_or_government(country: str) -> None:
    missing = _uncovered(country, HEADS, "head")
    assert len(missing) <= ALLOWED_GAPS, f"{country}: no head of state or government on {missing}"
