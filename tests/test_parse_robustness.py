"""The parser never raises, and its time grows linearly with its input."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotrack.parse import parse_article
from diplotrack.parse.text import split_sentences

_WORDS = st.sampled_from(
    [
        "President",
        "Macron",
        "said",
        "he",
        "will",
        "visit",
        "Israel",
        "in",
        "Ramallah",
        ",",
        ".",
        "“",
        "”",
        ":",
        "\n- ",
        "four-point",
        "plan",
        "which",
        "includes",
        "and",
        "the",
        "Kremlin",
        "'s",
        "office",
        "not",
        "urged",
        "Washington",
        "Zelensky",
        "Putin",
        "Hamas",
        "met",
        "arrived",
        "from",
        "summit",
        ";",
        "Under",
        "protocol",
        "agreed",
        "signed",
        "the two presidents",
        "the leaders",
        "joint statement",
        "commits",
        "to",
        "against",
        "whom",
        "next",
        "reaction",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises_on_any_string(text: str) -> None:
    parse_article(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_never_raises_on_newsy_word_salad(text: str) -> None:
    extraction = parse_article(text)
    for position in extraction.positions:
        for item in position.evidence:
            assert text[item.start : item.end] == item.quote


def _seconds(text: str) -> float:
    """The faster of two runs: one run can be slowed by whatever else the machine is doing."""
    timings = []
    for _ in range(2):
        began = time.perf_counter()
        parse_article(text)
        timings.append(time.perf_counter() - began)
    return min(timings)


def _scaling(unit: str) -> float:
    """Time for 1 MB over time for 1/4 MB: about 4 when linear, far more when backtracking."""
    quarter = unit * (256 * 1024 // len(unit))
    parse_article(unit * 4)  # lexicons load on first use: keep that one-time cost out of the ratio
    return _seconds(quarter * 4) / max(_seconds(quarter), 1e-6)


def test_adversarial_inputs_scale_linearly() -> None:
    units = [
        "a" * 1000 + " ",  # one huge word
        "U.S. " * 50,  # dots that are not sentence ends
        "President " * 50,  # a title with no name, over and over
        "- , and " * 50,  # list markers and separators with nothing between
        "“" * 100 + " ",  # quotes that never close
        "Abc " * 100,  # an endless run of capitalised words
        "Biden met Xi in Lima, " * 20,  # one run-on sentence of meetings, each a visit to relate to the others
        "Under the plan, A will go; " * 20,  # one run-on sentence of trip words
        "The two leaders agreed to a truce:\n- a ceasefire\n- talks\n",  # a joint text after every other line
    ]
    for unit in units:
        assert _scaling(unit) < 12, repr(unit[:20])


def test_sentence_split_is_linear_on_one_long_line() -> None:
    text = "x." * 500_000
    assert len(split_sentences(text)) == 1


def test_a_collective_of_presidents_after_a_country_list_does_not_raise() -> None:
    # Found by fuzzing: countries as the proposers already named, then "the two presidents".
    text = (
        "the two presidents agreed the presidents of Egypt, Eritrea and Somalia set out the following: "
        "Under the nine-point document, sat next to"
    )
    parse_article(text)


@pytest.mark.parametrize("text", ["Zelensky said Washington", "Biden said Russia", "Macron said France"])
def test_a_country_ending_a_text_after_said_does_not_raise(text: str) -> None:
    # Found by fuzzing: the title reader looked one word past the end of a text without a full stop.
    parse_article(text)


@pytest.mark.parametrize("text", ["months it had taken ", "what diplomats took"])
def test_a_verb_of_carrying_ending_a_text_does_not_raise(text: str) -> None:
    # Found by parsing random slices of articles: the carrying reader looked one word past the end.
    parse_article(text)


def test_a_statement_said_after_a_body_named_far_into_the_sentence_before_does_not_raise() -> None:
    text = (
        "After weeks of heavy fighting around the lakeside town of Sake in eastern Congo, where thousands of "
        "families have fled their homes, the M23 rebels said on Monday that they would pull back. "
        "Tshisekedi and Kagame both endorsed the document, the statement said."
    )
    extraction = parse_article(text)
    assert all(text[p.evidence[0].start : p.evidence[0].end] == p.evidence[0].quote for p in extraction.positions)


def test_a_date_may_be_an_iso_string_or_a_datetime() -> None:
    text = "Israeli Prime Minister Benjamin Netanyahu said he would visit Washington on Thursday."
    as_date = parse_article(text, date=dt.date(2016, 3, 1)).to_expectation()
    assert parse_article(text, date="2016-03-01").to_expectation() == as_date
    assert parse_article(text, date=dt.datetime(2016, 3, 1, 9, 30)).to_expectation() == as_date
    assert as_date.visits[0].date == dt.date(2016, 3, 3)


def test_a_date_that_is_not_iso_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match=r"ISO date \(YYYY-MM-DD\), got '03/01/2016'"):
        parse_article("Netanyahu spoke.", date="03/01/2016")


_FILLER = st.sampled_from(
    ["after", "weeks", "of", "talks", "in", "the", "capital", "that", "ran", "late", "on", "Monday", "with", "all"]
)
_ACTING_BODIES = st.sampled_from(
    ["ECOWAS", "the State Department", "the African Union", "NATO", "the Foreign Office", "Congress", "the Kremlin"]
)
_FOLLOW_UPS = st.sampled_from(
    [
        "The communique refused to back the plan.",
        "The communique warned against the plan.",
        "The statement urged the junta to yield.",
        "The declaration said it would act.",
        "Its spokesman vowed to back the deal.",
        "The document, the statement said, was final.",
        "It pressed Congress to approve more aid.",
    ]
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_FILLER, min_size=0, max_size=40).map(" ".join), _ACTING_BODIES, _FOLLOW_UPS)
def test_a_short_sentence_whose_subject_was_named_far_into_the_one_before_never_raises(
    filler: str, body: str, follow_up: str
) -> None:
    # A subject carried over from the sentence before ("the communique" for the body that acted) has token
    # positions of that sentence; they must never be read against the shorter sentence's words.
    text = f"{filler.capitalize()}, {body} closed its borders.\n{follow_up}"
    extraction = parse_article(text)
    assert all(text[p.evidence[0].start : p.evidence[0].end] == p.evidence[0].quote for p in extraction.positions)
