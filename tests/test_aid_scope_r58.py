"""Aid scope (FACTS.md 6), round 58: the whole a giver's share goes to, and totals said as a donor's rank or as what a
programme has paid for, met in the opened real stories of rounds 56 to 58. The sentences are written for these tests;
names and figures are made up.

- a giver's share of, or contribution to, a joint loan or fund with that whole's amount ("Canada's share of a $50
  billion G7 loan", "Britain's contribution to a GBP 38bn fund"), the whole the money just named
  will be "part of" said in a relative clause, and a fund a giver gives its own amount to ("$100 million to a new $500
  million fund"): the whole is the envelope, a period, never the giver's event;
- a giver ranked among the donors "with" its amount ("the leading donor, with more than EUR 70 billion"): a running
  total;
- what a programme "has enabled", "has financed" or "has paid for" so far: a running total, and its parts with it;
- every part of a breakdown of money not yet committed is uncommitted, the later parts joined by "and" too;
- a piece of the package named before, said as what it is ("a key element of this aid package is the allocation
  of GBP 150 million"), is that package's part and takes its scope;
- "It amounted to EUR 3 billion" after a sentence that names a tranche or package for Ukraine, its giver and no amount
  is that tranche's amount, given by that giver and dated by that sentence;
- a tranche named by its rank, opening its sentence ("The second was for EUR 1.5 billion"), is another tranche even of
  an amount named before, as one "also" of that amount is.

Each family has controls: the neighbouring wordings whose scope must stay as it was.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts


def scopes(text: str, **kwargs) -> dict[float, str]:
    return {f["amount"]: f["scope"] for f in aid_facts(text, **kwargs)}


# Family 1: the whole a share or contribution goes to is its envelope
WHOLES = [
    ("Canada will lend Ukraine C$4.5 billion backed by immobilised Russian funds. These funds are Canada's share "
     "of a $50 billion (€46 billion) loan package the G7 leaders agreed.", 4.5e9, 50e9),
    ("Britain will give Ukraine another £1.7bn. The money is Britain's contribution to a £38 billion ($50 billion) "
     "fund set up by the G7 states last summer.", 1.7e9, 38e9),
    ("Japan pledged $3 billion for Ukraine on Monday, its share of a joint $50 billion loan backed by the G7.", 3e9, 50e9),
    ("Norway will contribute $100 million to a new $600 million fund for Ukraine's energy grid.", 100e6, 600e6),
    ("Sweden will give Ukraine $80 million to a $400 million trust fund run by the World Bank.", 80e6, 400e6),
]


@pytest.mark.parametrize(("text", "own", "whole"), WHOLES)
def test_the_whole_a_share_goes_to_is_its_envelope(text, own, whole):
    found = scopes(text)
    assert found.get(own) == "event"
    assert found.get(whole, "period") == "period"


def test_the_whole_the_money_just_named_is_part_of():
    text = (
        "Ukraine will get ERA loans under the G7 scheme for Ukraine. Under the scheme:\n"
        "- The US will allocate $20 billion to Ukraine;\n"
        "- Japan - about $3 billion, which will be part of an overall package worth $50 billion."
    )
    found = scopes(text)
    assert found.get(20e9) == "event"
    assert found.get(50e9, "period") == "period"


def test_a_fund_a_giver_contributes_to_without_an_amount_of_its_own():
    text = "Norway will contribute to a $600 million fund for Ukraine's energy grid, the ministry said."
    assert scopes(text).get(600e6, "period") == "period"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a package named with "a" that a sum is part of stays a package of its own (FACTS.md 6)
        ("The EU approved a €300 million loan as part of a €600 million package for Ukraine on Tuesday.", 600e6),
        # a giver's contribution with its own verb stays its event
        ("Germany will contribute €400 million to the fund for Ukraine's air defence.", 400e6),
        # the whole said with the day it was agreed is that day's news
        ("Britain will lend Ukraine £2 billion. The money is Britain's share of a $50 billion loan that G7 leaders agreed "
         "at their summit on June 13.", 50e9),
        # two sums to two recipients are no fund and its share
        ("Denmark will send $100 million to Ukraine and $50 million to Ukraine's neighbours.", 100e6),
    ],
)
def test_packages_and_own_contributions_stay_events(text, amount):
    assert scopes(text).get(amount) == "event"


# Family 2: a giver ranked among the donors with its amount
RANKED = [
    ("Washington is by far Ukraine's leading donor, with over 70 billion euros of aid pledged.", 70e9),
    ("Germany remains the second-largest donor with €17 billion in aid to Ukraine.", 17e9),
    ("Among Ukraine's backers, Britain is the third largest donor, with £12 billion in support.", 12e9),
]


@pytest.mark.parametrize(("text", "amount"), RANKED)
def test_a_ranked_donors_amount_is_its_running_total(text, amount):
    assert scopes(text).get(amount) == "cumulative"


def test_a_ranked_donors_new_pledge_stays_an_event():
    text = "Germany, a major donor to Ukraine, announced €500 million in new military aid on Monday."
    assert scopes(text).get(500e6) == "event"


# Family 3: what a programme has paid for so far
PROGRAMME_PAID_FOR = [
    ("The Danish model, launched by Denmark and Ukraine, has enabled weapons purchases worth about €540 million. This "
     "includes €130 million from Denmark, €25 million from Sweden and €3 million from Iceland.",
     {540e6: "cumulative", 130e6: "cumulative", 25e6: "cumulative", 3e6: "cumulative"}),
    ("The Czech initiative has financed shells for Ukraine worth €1.2 billion, the government said.",
     {1.2e9: "cumulative"}),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMME_PAID_FOR)
def test_what_a_programme_has_paid_for_is_a_running_total(text, expected):
    found = scopes(text)
    assert {amount: found.get(amount) for amount in expected} == expected


def test_a_package_funded_with_its_day_stays_an_event():
    text = "Germany has financed a new €50 million air defence package for Ukraine on Friday."
    assert scopes(text).get(50e6) == "event"


# Family 4: every part of a breakdown of money not yet committed is uncommitted too, the later parts joined by "and"
# with their own giver and giving word (FACTS.md 6: "a breakdown of money not yet committed is not committed either")
@pytest.mark.parametrize(
    "text",
    [
        "Denmark and Norway are set to allocate €180 million ($190 million) to buy arms from Ukrainian makers in 2025, "
        "with Denmark committing €140 million ($150 million) under its model and Norway adding €40 million ($42 "
        "million).",
        "Sweden and Finland are expected to provide €90 million for Ukraine's grid, with Sweden contributing €60 "
        "million and Finland giving €30 million.",
    ],
)
def test_every_part_of_uncommitted_money_is_uncommitted(text):
    assert [f for f in aid_facts(text) if f["scope"] == "event"] == []


def test_parts_of_committed_money_keep_their_totals_scope():
    text = ("Denmark and Norway will allocate €180 million to buy arms from Ukrainian makers in 2025, with Denmark "
            "committing €140 million and Norway adding €40 million.")
    assert scopes(text) == {180e6: "period", 140e6: "period", 40e6: "period"}


def test_a_new_sentences_pledge_after_a_plan_stays_given():
    text = ("Denmark is set to announce new aid for Ukraine next week. Norway pledged €43 million for Ukraine on "
            "Monday and Sweden adding €20 million for demining.")
    assert scopes(text).get(43e6) == "event"


# Family 5: a piece of the package named before, said as what it is, is a part of that package and takes its scope
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On a visit to Kyiv on Friday the British defence secretary set out £2.4 billion of military aid for Ukraine "
         "for the coming financial year. A key element of this aid package is the allocation of "
         "£150 million for drones for Ukraine, the government said.", {2.4e9: "period", 150e6: "period"}),
        ("Britain announced a new £500 million package for Ukraine on Tuesday. A key part of the package is £60 "
         "million for demining, the ministry said.", {500e6: "event", 60e6: "event"}),
    ],
)
def test_a_piece_of_the_package_before_is_its_part(text, expected):
    found = scopes(text)
    assert {amount: found.get(amount) for amount in expected} == expected


def test_a_new_sum_after_a_package_keeps_its_own_scope():
    text = ("Britain announced a £2.4 billion military budget for Ukraine for the next financial year. Britain will "
            "also give £60 million for demining on Monday, the ministry said.")
    assert scopes(text).get(60e6) == "event"


# Family 6: "It amounted to EUR 3 billion": the amount of the tranche or package the sentence before names without one,
# given by that sentence's giver and dated by its day or month
def dated(text: str, published: str = "2024-05-10T08:00:00Z") -> list[tuple]:
    return sorted(
        (f["amount"], f["donor"], str(f["event_date"]), f["scope"]) for f in aid_facts(text, published=published)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In February Ukraine received the first EU tranche of budget aid. It amounted to €2 billion. The second was "
         "for roughly €1.5 billion and arrived in April.",
         [(1.5e9, "EU", "2024-04-30", "event"), (2e9, "EU", "2024-02-29", "event")]),
        ("On Tuesday, Ukraine received a new grant for Ukraine's budget from Japan. It amounts to $470 million, the "
         "finance ministry said.", [(470e6, "Japan", "2024-05-07", "event")]),
        ("Kyiv signed a loan agreement for Ukraine with the World Bank on Monday. It totals $300 million.",
         [(300e6, "World Bank", "2024-05-06", "event")]),
    ],
)
def test_it_amounted_to_gives_the_tranche_before(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names no tranche or package for Ukraine
        "Russia's budget deficit widened sharply in May. It amounted to $3 billion, the ministry said.",
        "Ukraine's exports of grain fell in March. It amounted to $1 billion.",
    ],
)
def test_it_amounted_to_after_no_tranche_gives_nothing(text):
    assert aid_facts(text) == []


def test_it_amounted_to_after_an_amount_restates_it():
    text = ("Ukraine received a €1.5 billion tranche from the European Union on Monday. It amounted to €1.5 billion, "
            "the ministry said.")
    assert [f["amount"] for f in aid_facts(text)] == [1.5e9]


# Family 7: a tranche named by its rank, opening its sentence, is another tranche even of an equal amount
def test_a_ranked_tranche_of_an_equal_amount_is_another_tranche():
    text = (
        "On Tuesday Brussels paid Kyiv another tranche worth €1.5 billion. The previous tranche came on 29 May, and it "
        "also amounted to €1.5 billion.\n\n"
        "In January Ukraine received the first EU tranche of budget aid. It amounted to €2.5 billion. The second was "
        "for roughly €1.5 billion and arrived in March."
    )
    assert sorted(f["amount"] for f in aid_facts(text, published="2024-06-20T08:00:00Z")) == [1.5e9, 1.5e9, 1.5e9, 2.5e9]


def test_an_equal_amount_said_again_without_a_rank_is_one_fact():
    text = (
        "The EU paid Ukraine a tranche of €1.5 billion on Tuesday, the finance ministry said. The €1.5 billion will go "
        "to pensions and wages."
    )
    assert [f["amount"] for f in aid_facts(text)] == [1.5e9]
