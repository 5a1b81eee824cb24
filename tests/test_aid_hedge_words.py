"""One set of hedge words for every aid pattern that looks back from an amount (`aid.HEDGE_WORDS`).

A writer may put "approximately", "just over" or "close to" between a cue and its amount as readily as "about":
each pattern reads the amount the same way whichever hedge stands there. Before the set was shared, each pattern
spelt out its own list (a dozen variants), so "worth about $5 million each" was a unit price and "worth
approximately $5 million each" a commitment. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from pipelines.extract import aid
from tests.aid_cases import amounts, amounts_scopes


@pytest.mark.parametrize("hedge", ["about", "approximately", "close to", "just over", "an estimated", "more than"])
def test_a_units_value_is_no_commitment_whatever_the_hedge(hedge):
    text = f"Norway will buy three ships for the Ukrainian navy, valued at {hedge} EUR 90 million each."
    assert amounts(text) == []


@pytest.mark.parametrize("hedge", ["about", "approximately", "close to", "just under"])
def test_remaining_authority_is_no_commitment_whatever_the_hedge(hedge):
    text = (
        f"The Pentagon said on Monday it still has its remaining {hedge} $3.9 billion in drawdown authority "
        "for weapons to Ukraine."
    )
    assert amounts(text) == []


@pytest.mark.parametrize("hedge", ["around", "approximately", "close to"])
def test_a_range_gives_neither_figure_whatever_the_hedge(hedge):
    text = f"Finland will give Ukraine between {hedge} EUR 100 million and EUR 150 million in defence aid."
    assert amounts(text) == []


@pytest.mark.parametrize("hedge", ["about", "approximately", "close to"])
def test_repaying_a_loan_is_no_aid_whatever_the_hedge(hedge):
    text = (
        f"Ukraine will repay {hedge} $2 billion of the World Bank loans by 2030, the finance ministry said, "
        "while Japan pledged $500 million in new aid."
    )
    assert amounts(text) == [(500e6, "USD")]


# the count of packages behind a sum, with a hedge that the shared set now reads: the sum is a running total
def test_many_packages_totalling_a_hedged_sum_are_a_running_total():
    text = (
        "Denmark has supported Ukraine through 21 military aid packages totalling approximately DKK 60 billion, "
        "the defence ministry said on Tuesday."
    )
    assert amounts_scopes(text) == [(60e9, "cumulative")]


# near-miss: two grants sent at once are one transfer, an event, with or without the hedge
@pytest.mark.parametrize("hedge", ["", "approximately "])
def test_two_grants_totalling_a_sum_stay_one_event(hedge):
    text = f"Sweden sent Ukraine two grants totalling {hedge}SEK 400 million for the power grid on Monday."
    assert amounts_scopes(text) == [(400e6, "event")]


def test_longer_hedges_are_tried_first():
    # "just over" must win over "over" and "a total of" over nothing, or a pattern anchored on the hedge
    # would stop one word early
    words = aid.HEDGE_WORDS.split("|")
    for long_hedge in ("just over", "just under"):
        assert words.index(long_hedge) < words.index(long_hedge.split()[1])
