"""Aid phrasing families met in the open real-story measurement corpus (realdev: wire copy, agencies, other outlets,
State Department and Nordic government releases). The sentences are written for these tests: wording, amounts and
donors differ from the stories.

Each family has controls: the near-misses and neighbours that must still be read as they were.
"""

from __future__ import annotations

import pytest

# the same helpers and publication day (Monday 2025-03-10, with an ECB fixing) as the sixth round's families
from tests.test_aid_families6 import amounts_scopes, donors, facts_of


def test_every_fact_keeps_a_rule_id():
    facts = facts_of("Under authority delegated by the President, I am authorizing our 12th drawdown of American arms "
                     "and equipment for Kyiv since August 2021, valued at $275 million.",
                     "The package includes $120 million for air defence interceptors.")
    assert len(facts) == 2 and all(f["rule_id"] for f in facts)


# Family R1: a State Department release in the first person: the drawdown's value ("valued at") is the package, a
# drawdown ranked since a date is not a running total, and a Presidential Drawdown names its giver.
@pytest.mark.parametrize(
    ("text", "amount", "qualifier"),
    [
        ("Under authority delegated by the President, I am authorizing our 12th drawdown of American arms and "
         "equipment for Kyiv since August 2021, valued at $275 million.", 275e6, "exact"),
        ("Acting under a delegation signed earlier today, I have authorized a Presidential Drawdown of military "
         "assistance valued at up to $600 million for Ukraine's defense.", 600e6, "at_most"),
    ],
)
def test_a_first_person_drawdown_is_a_us_package(text, amount, qualifier):
    (fact,) = facts_of(text)
    assert (fact["amount"], fact["donor"], fact["scope"], fact["qualifier"]) == (
        amount, "United States", "event", qualifier)


@pytest.mark.parametrize(
    "text",
    [
        # authority left unused is still no aid, even named by the mechanism
        "The administration still has $3.7 billion in unused Presidential Drawdown authority for Ukraine.",
        # a company's plant valued at an amount is its business
        "Rheinmetall's new shell plant for Ukraine, valued at €250 million, will open next year.",
    ],
)
def test_a_drawdown_s_near_misses_stay_no_fact(text):
    assert facts_of(text) == []


# Family R2: a total after a ranked package sums all of them since then.
def test_a_total_after_a_ranked_package_is_a_running_total():
    text = ("This security package is the 23rd Washington has approved for Kyiv since the invasion began in "
            "February 2022, for a total of over $27 billion.")
    assert amounts_scopes(text) == [(27e9, "cumulative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ranked package's own value stays an event
        ("The package, the 12th approved for Ukraine since the invasion, is worth $300 million, the Pentagon said.",
         [(300e6, "event")]),
        # several packages given at once "for a total of" a figure, with no ranking since a date
        ("Germany pledged two new packages to Ukraine on Monday for a total of €400 million.", [(400e6, "event")]),
    ],
)
def test_a_ranked_package_s_own_value_stays_an_event(text, expected):
    assert amounts_scopes(text) == expected


# Family R3: an amount said with no giver ("the government is donating", "a further donation ... has been
# announced") in an article that has named no giver for a figure yet gives no fact, however near a giver is named:
# reading the giver from the sentences around read aid out of an article about other money (a fresh corpus's
# distractor), and a wrong figure is worse than a missing one.
@pytest.mark.parametrize(
    "text",
    [
        # a giver named in the sentence before
        "Sweden has unveiled a two-part support initiative for Ukraine. In one part, the government is donating 300 "
        "million Swedish kronor for demining.",
        # the giver named two paragraphs before
        "Norway has long backed Ukraine.\n\nThe weather in Kyiv was cold.\n\nThe government is donating 90 million "
        "euros to Ukraine for repairs.",
        # Russia, named before, gives nothing
        "Russia struck Ukraine's grid again on Sunday. The government is donating 40 million euros to Ukraine for "
        "repairs.",
    ],
)
def test_no_giver_near_the_amount_gives_no_fact(text):
    assert facts_of(text) == []


# Family R4: a sentence opening on the package named before ("The package includes £120m"): a part of it, in its
# scope, even when a relative clause after it says "already".
def test_the_package_named_before_includes_a_part():
    text = ("Britain announced a further £400m of military support to Kyiv on Friday. The package includes £120m to "
            "repair armoured vehicles the UK has already given to Ukraine.")
    facts = facts_of(text)
    assert [(f["amount"], f["scope"], f["rule_id"]) for f in facts] == [
        (400e6, "event", "aid.direct_commitment"), (120e6, "event", "aid.part_of_total")]


def test_a_running_total_s_part_stays_cumulative():
    text = "Since 2022 Britain has provided £12 billion to Ukraine. The total includes £7 billion in military aid."
    assert amounts_scopes(text) == [(12e9, "cumulative"), (7e9, "cumulative")]


# Family R5: a conversion restated by a relative clause ("..., which is roughly $146 million") is the same amount.
def test_a_conversion_in_a_relative_clause_is_folded():
    (fact,) = facts_of("Finland backs Ukraine's air defence. Finland is giving about 2 billion Swedish crowns, which "
                       "is roughly $190 million.")
    assert (fact["amount"], fact["currency"], fact["amount_usd"]) == (2e9, "SEK", 190e6)


def test_two_givers_amounts_are_not_a_conversion():
    text = "Denmark is contributing DKK 600 million to Ukraine and Norway $40 million."
    assert [(f["amount"], f["currency"]) for f in facts_of(text)] == [(600e6, "DKK"), (40e6, "USD")]


# Family R6: money a step only opens the way for, or that is the aim of a purpose clause, is not yet committed.
@pytest.mark.parametrize(
    "text",
    [
        "The vote clears the way for EU ministers to announce a €2 billion loan for Kyiv next week.",
        "The plan will use the income from frozen Russian assets held in Belgium, to secure a $30 billion loan for "
        "Ukraine from the G7.",
    ],
)
def test_money_a_step_only_opens_the_way_for_is_no_fact(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("After the vote cleared the way, EU ministers announced a €2 billion loan for Kyiv.", 2e9),
        ("Kyiv managed to secure a $3 billion loan from Japan for its budget, the finance ministry said.", 3e9),
    ],
)
def test_money_given_after_the_way_was_cleared_stays_aid(text, amount):
    assert [f["amount"] for f in facts_of(text)] == [amount]


# Family R7: a parliamentary committee's vote is a step before parliament decides; money for the giver's own army is
# not aid to Ukraine.
@pytest.mark.parametrize(
    "text",
    [
        "A Norwegian parliamentary committee on Wednesday voted to back a NOK 10 billion aid contribution for Ukraine "
        "as part of a wider package for the country's own defence.",
        "Backed by two parties, the Czech lower house's security committee approved the package to provide 6 billion "
        "Czech crowns for Ukraine's reconstruction.",
        "Lithuania approved EUR 300 million in new funds for the army, as its support for Ukraine continues.",
    ],
)
def test_a_committee_vote_or_the_giver_s_army_is_no_aid(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a budget committee releases the money
        ("Germany's budget committee approved €3 billion in military aid for Ukraine on Wednesday.", 3e9),
        ("Lithuania will give €20 million for the army of Ukraine, the defence minister said.", 20e6),
        ("Denmark will give DKK 1 billion to Ukraine for the army and for civilian needs.", 1e9),
    ],
)
def test_a_budget_committee_or_ukraine_s_army_stays_aid(text, amount):
    assert [f["amount"] for f in facts_of(text)] == [amount]


# Family R8: a fund's receipts listed giver by giver, each amount in brackets, share the scope of the first.
def test_a_fund_s_listed_receipts_share_the_running_total_s_scope():
    text = ("The trust fund for Ukraine has already received contributions from Norway (about EUR 30 million), Iceland "
            "(about EUR 500,000) and Finland (about EUR 7 million).")
    assert donors(text) == [(30e6, "Norway"), (500e3, "Iceland"), (7e6, "Finland")]
    assert {f["scope"] for f in facts_of(text)} == {"cumulative"}


def test_new_pledges_listed_giver_by_giver_stay_events():
    text = "On Monday the fund for Ukraine got new pledges: Norway (EUR 30 million), Iceland (EUR 500,000)."
    assert amounts_scopes(text) == [(30e6, "event"), (500e3, "event")]


# Family R9: an awaited tranche said far from its verb ("expects the third tranche of ... worth EUR 600 million on
# March 11") is no fact, so a credited tranche of the same amount keeps its own day (it was dated a year back by the
# awaited tranche's day after publication).
def test_an_awaited_tranche_far_from_its_verb_is_no_fact():
    text = ("Kyiv expects the third tranche of exceptional macro-financial assistance from the European Union worth "
            "EUR 600 million on March 11, the prime minister said. The second tranche of EUR 600 million from the EU "
            "has already been credited to the central bank's account.")
    (fact,) = facts_of(text)
    assert (fact["amount"], fact["scope"], str(fact["event_date"])) == (600e6, "event", "2025-03-10")
    assert "credited" in fact["evidence"]


# Family R10: a package's own total said far after its noun is an event; a month of this year dates an amount, it
# makes no year's budget.
def test_a_package_s_own_total_said_far_after_it_is_an_event():
    text = ("The EU disbursed EUR 2 billion to Ukraine on Monday. According to the minister, EUR 2 billion is part of a "
            "large package of support for Ukraine in easing the strain of the war, totaling EUR 8 billion.")
    assert amounts_scopes(text) == [(2e9, "event"), (8e9, "event")]


def test_packages_summed_since_a_date_stay_a_running_total():
    text = "The EU's packages of support for Ukraine since 2022, totalling EUR 80 billion, were praised by Kyiv."
    assert amounts_scopes(text) == [(80e9, "cumulative")]


def test_a_month_of_this_year_dates_the_amount():
    text = ("Canada will deliver new armoured vehicles to Ukraine. They are part of C$400 million in military assistance "
            "pledged by Canada in June, this year.")
    assert amounts_scopes(text) == [(400e6, "event")]


def test_this_year_s_budget_stays_a_period():
    assert amounts_scopes("Canada will give C$400 million in military aid to Ukraine this year.") == [(400e6, "period")]
