"""Aid phrasing families read in real reporting the rules had not been tuned on (issue: aid4): Reuters and
AFP syndications, Ukrinform and UNN, Interfax-Ukraine, Kyiv Independent, Babel, Censor.NET, Devdiscourse,
Sweden Herald, Defense Mirror, World Bank and IMF releases, TASS. The sentences are written for these tests;
figures may follow the stories, the wording does not."""

from __future__ import annotations

import pytest
from tests.batched_facts import article_facts


PUBLISHED = "2024-10-16T12:00:00Z"  # a Wednesday with an ECB fixing


def facts_of(*texts: str) -> list[dict]:
    frame = article_facts(" ".join(texts), PUBLISHED, stage="aid")
    return frame.sort("evidence_start").to_dicts()


def amounts_scopes(*texts: str) -> list[tuple[float, str]]:
    return [(f["amount"], f["scope"]) for f in facts_of(*texts)]


# Family 14: "already" beside a new amount ("have already committed an additional ...") dates the new money;
# it is no running total. Without a new-amount word it still is one.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("London and Oslo have already committed an additional £450 million ($585 million) in military support "
         "for Ukraine.", 450e6),
        ("Warsaw has already sent another 300 million zlotys in military aid to Ukraine this week.", 300e6),
        ("Tokyo has already disbursed a further $470 million in budget support to Ukraine, the embassy said.", 470e6),
    ],
)
def test_already_with_a_new_amount_is_an_event(text, amount):
    assert amounts_scopes(text) == [(amount, "event")]


def test_already_without_a_new_amount_stays_a_running_total():
    text = ("The Dutch minister said the Netherlands had already provided Kyiv with almost €1.1 billion in arms "
            "support.")
    assert amounts_scopes(text) == [(1.1e9, "cumulative")]


# Family 15: the giver named by "from" right after the amount, in lists of several givers ("a $1.1 billion
# grant from Washington, and a $20 million grant from Norway"), not the giver named before.
def test_each_grant_takes_the_giver_after_from():
    text = (
        "The World Bank's new financing for Ukraine combines a $600 million loan backed by Britain, a $1.1 billion "
        "grant from the U.S. and a $20 million grant from the Government of Norway."
    )
    donors = {f["amount"]: f["donor"] for f in facts_of(text)}
    assert donors[1.1e9] == "United States" and donors[20e6] == "Norway"


def test_loans_and_grants_from_two_givers():
    text = "Last week Kyiv also got loans worth 300 million euros from France and $500 million in grants from the U.S."
    assert [(f["amount"], f["donor"]) for f in facts_of(text)] == [(300e6, "France"), (500e6, "United States")]


def test_a_list_of_parts_each_from_its_giver_takes_the_total_s_scope():
    text = (
        "Under the Danish model, allies have funded Ukrainian-made weapons worth nearly €540 million since 2024, "
        "including €110 million from Denmark, €25 million from Norway and €3.2 million from Iceland."
    )
    facts = facts_of(text)
    assert [(f["amount"], f["donor"], f["scope"]) for f in facts] == [
        (540e6, "Denmark", "cumulative"),
        (110e6, "Denmark", "cumulative"),
        (25e6, "Norway", "cumulative"),
        (3.2e6, "Iceland", "cumulative"),
    ]
    assert [f["rule_id"] for f in facts[1:]] == ["aid.part_of_total"] * 3


def test_a_seller_after_from_is_not_the_giver():
    text = "Denmark will give Ukraine $90 million to buy air defence missiles from the United States."
    assert [f["donor"] for f in facts_of(text)] == ["Denmark"]


# Family 16: money that is only awaited, debated, possible, held back or asked for, said in wordings the rules
# did not read: the wait after the amount, "may", "whether to", "held back", "paused", the amount someone
# asked for, and the difference between two amounts.
NOT_YET_COMMITTED = [
    # awaited, said after the amount
    "The first IMF tranche for Ukraine, worth about $880 million, is expected in late March.",
    "Kyiv says the next EU tranche of 1.6 billion euros for Ukraine is due next month.",
    "A further €2 billion for Ukraine under the Ukraine Facility is scheduled to be disbursed in December.",
    # "may"
    "Next year Ukraine may receive another $2.5 billion from the IMF in several tranches.",
    "The IMF programme for Ukraine may grow by $2.7 billion in 2025, a fund spokeswoman said.",
    # undecided
    "The German cabinet was at odds over whether to approve 3 billion euros ($3.1 billion) of new military aid "
    "for Ukraine.",
    # held back, paused, suspended
    "Scholz has held back an air defence package for Ukraine worth €3 billion, German media report.",
    "The White House paused a $1 billion package of weapons for Ukraine last week.",
    "Washington has suspended the $300 million in military aid it had approved for Ukraine.",
    # asked for: the request is no commitment
    "Biden had asked Congress for a smaller $33 billion aid package for Ukraine.",
    "Kyiv requested $5 billion in additional military aid from its allies.",
    # authority not yet used, in other word orders
    "The Pentagon is ready to tap $4 billion in remaining drawdown authority for Ukraine.",
    "The Pentagon still has roughly $3.9 billion in drawdown authority available for Ukraine.",
]


@pytest.mark.parametrize("text", NOT_YET_COMMITTED)
def test_money_not_yet_committed_is_no_fact(text):
    assert facts_of(text) == []


def test_the_amount_requested_and_a_difference_are_no_facts_beside_the_granted_package():
    text = (
        "The $40 billion aid package for Ukraine is $7 billion bigger than the $33 billion Biden requested in "
        "April, and adds to the $14 billion already allocated to Ukraine."
    )
    assert amounts_scopes(text) == [(40e9, "event"), (14e9, "cumulative")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # "more" after a pledged amount is more money, not a comparison
        ("Berlin pledged €500 million more in military aid for Ukraine on Tuesday.", 500e6),
        # a committed package that is "expected to help", not expected to come
        ("The US unveiled a $425 million package for Ukraine, which is expected to help its air defences.", 425e6),
        # "May" the month is no "may"
        ("In May Germany gave Ukraine €500 million in air defence aid.", 500e6),
        # a blocker named in its own clause does not hold back a later commitment
        ("After Budapest dropped its veto, the EU approved a €5 billion military aid fund for Ukraine.", 5e9),
    ],
)
def test_commitments_beside_those_wordings_stay(text, amount):
    assert amount in [f["amount"] for f in facts_of(text)]


# Family 17: a crown written with another country's plural: Swedish outlets write "Norwegian kronor" and
# "Danish kronor", Norwegian ones "Swedish kroner"; "kroons" (the old Estonian crown) for today's crowns.
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Norway will raise its support for Ukraine by five billion Norwegian kronor this year.", 5e9, "NOK"),
        ("Denmark pledged 2.3 billion Danish kronor in military aid to Ukraine on Monday.", 2.3e9, "DKK"),
        ("Norway gave 400 million Swedish kroner to the joint air defence fund for Ukraine.", 400e6, "SEK"),
        ("The Czech government approved 500 million kroons for the ammunition initiative for Ukraine.", 500e6, "CZK"),
        ("Prague will allocate almost 870 million kroons (34.8 million euros) to buy shells for Ukraine.",
         870e6, "CZK"),
    ],
)
def test_a_crown_named_by_its_country_whatever_its_plural(text, amount, currency):
    (fact,) = facts_of(text)
    assert (fact["amount"], fact["currency"]) == (amount, currency)
    assert fact["amount_eur"] and fact["amount_usd"]


# Family 18: parts of a total in other wordings: the givers of a shared total ("with Denmark committing ... and
# Norway adding ..."), and the rest of a package opening the next sentence ("The remaining $1.24 billion ...").
def test_givers_of_a_shared_total_are_its_parts():
    text = (
        "Denmark and Norway will allocate €180 million in 2025 to buy arms for Ukraine from Ukrainian makers, "
        "with Denmark committing €135 million and Norway adding €45 million."
    )
    facts = facts_of(text)
    assert [(f["amount"], f["donor"], f["scope"], f["rule_id"]) for f in facts] == [
        (180e6, "Denmark, Norway", "period", "aid.period_budget"),
        (135e6, "Denmark", "period", "aid.part_of_total"),
        (45e6, "Norway", "period", "aid.part_of_total"),
    ]


def test_the_remaining_part_of_a_package_in_the_next_sentence():
    text = (
        "Biden announced a new $2.5 billion security assistance package for Ukraine on Monday, including "
        "$1.25 billion under USAI. The remaining $1.25 billion will come from Pentagon stocks."
    )
    facts = facts_of(text)
    assert [(f["amount"], f["scope"], f["rule_id"]) for f in facts] == [
        (2.5e9, "event", "aid.direct_commitment"), (1.25e9, "event", "aid.part_of_total")
    ]
    assert {f["donor"] for f in facts} == {"United States"}


def test_a_different_remainder_in_the_next_sentence_is_a_part_too():
    text = (
        "The US package of $2.3 billion for Ukraine includes $1.1 billion for new contracts. "
        "The remaining $1.2 billion will come from Pentagon stocks."
    )
    assert amounts_scopes(text) == [(2.3e9, "event"), (1.1e9, "event"), (1.2e9, "event")]
    assert facts_of(text)[2]["rule_id"] == "aid.part_of_total"


def test_remaining_authority_opening_a_sentence_is_still_no_aid():
    text = (
        "The US announced a $250 million package for Ukraine on Monday. "
        "The remaining $5.6 billion in drawdown authority will expire at the end of September."
    )
    assert amounts_scopes(text) == [(250e6, "event")]


# Family 19: a figure raised to a new total without its old figure ("would increase its loans to Ukraine to $300
# million") is the new total, as "raised from X to Y" is; a year's budget raised so keeps its period.
@pytest.mark.parametrize(
    ("text", "amount", "scope"),
    [
        ("Kishida said Japan would increase its yen loans to Ukraine to $300 million.", 300e6, "cumulative"),
        ("Canberra has boosted its military assistance to Ukraine to A$880 million.", 880e6, "cumulative"),
        ("Berlin will raise its military aid to Ukraine to €8 billion next year.", 8e9, "period"),
    ],
)
def test_a_figure_raised_to_a_new_total(text, amount, scope):
    assert amounts_scopes(text) == [(amount, scope)]


# Other money in the same stories, in new wordings: still no fact of any scope.
OTHER_MONEY = [
    "Ukraine needs $60 billion from partners next year to cover half of its $120 billion defence budget.",
    "Kyiv's budget deficit this year will reach $43.9 billion despite Western aid.",
    "The World Bank puts Ukraine's reconstruction needs at $486 billion.",
    "Rheinmetall's sales rose to €9.8 billion as Germany ordered more weapons for Ukraine.",
    "Alongside its aid to Ukraine, the EU will lend Moldova 1.9 billion euros.",
    "Of the Russian central bank reserves frozen in the West, more than €190 billion sits at Euroclear, which "
    "the EU wants to use to help Ukraine.",
    "Russia spent about 100 billion euros on the war against Ukraine last year, Kubilius said.",
]


@pytest.mark.parametrize("text", OTHER_MONEY)
def test_other_money_in_aid_stories_is_no_fact(text):
    assert facts_of(text) == []


# Family 20: a giver that is elsewhere a recipient. Taiwan gives Ukraine reconstruction aid ("Taiwan pledged
# US$2.5 million for a bridge in Kyiv"); "$8.1 billion for Taiwan" in a US bill is still aid to someone else, and
# a country right after "for" or "to" is a recipient, never the giver of the amount before it.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Taiwan pledged a donation of US$2.5 million toward a new bridge in Kyiv.", 2.5e6),
        ("Taipei has set aside about US$56 million (NT$1.8 billion) to donate to Ukraine, the foreign ministry said.",
         56e6),
    ],
)
def test_taiwan_as_a_giver_to_ukraine(text, amount):
    assert [(f["amount"], f["currency"], f["donor"]) for f in facts_of(text)] == [(amount, "USD", "Taiwan")]


def test_a_part_of_taiwan_s_pledge_for_a_ukrainian_city():
    text = "Taiwan's foreign minister pledged $4 million to help rebuild Ukraine, including $2 million for Kharkiv."
    assert [(f["amount"], f["donor"]) for f in facts_of(text)] == [(4e6, "Taiwan"), (2e6, "Taiwan")]


def test_a_country_after_for_is_a_recipient_not_the_giver():
    text = "The bill sets aside $60.8 billion for Ukraine, $26.4 billion for Israel and $8.1 billion for Taiwan."
    assert facts_of(text) == []


def test_the_giver_named_after_for_ukraine_still_gives():
    text = "A further $725 million in military aid for Ukraine was announced by the United States on Monday."
    assert [(f["amount"], f["donor"]) for f in facts_of(text)] == [(725e6, "United States")]


# Family 21: "as part of a $2.3 billion package": the period of the part before is not the package's own.
def test_the_package_a_yearly_part_belongs_to_is_an_event():
    text = "Seoul pledged $150 million in relief aid for Kyiv this year as part of a $2.3 billion package."
    assert amounts_scopes(text) == [(150e6, "period"), (2.3e9, "event")]


# Family 22: a range names no commitment of either end ("EUR 2bn-EUR 3bn", "between $1bn and $2bn"); nor does
# money someone is pushing for.
@pytest.mark.parametrize(
    "text",
    [
        "The EU will give Ukraine €2bn-€3bn this year from the windfall profits of frozen Russian assets.",
        "Germany's new air defence package for Ukraine is worth between €1 billion and €1.5 billion, officials "
        "say.",
        "Brussels is pushing to give Ukraine €3 billion more from the profits of frozen Russian assets.",
    ],
)
def test_a_range_or_money_pushed_for_is_no_fact(text):
    assert facts_of(text) == []


def test_a_sum_joined_by_and_without_between_stays():
    text = "Germany pledged €1 billion in air defence aid and €500 million in ammunition to Ukraine."
    assert [f["amount"] for f in facts_of(text)] == [1e9, 500e6]


# Family 23: a package's value said as its cost or value (Finnish defence ministry releases): the package's own
# figure, not a price. What a weapon or a purchase costs stays no aid.
@pytest.mark.parametrize(
    ("text", "amount", "qualifier"),
    [
        ("Finland will send Ukraine its 26th defence package, whose estimated cost is EUR 190 million.",
         190e6, "exact"),
        ("The estimated cost of replacing the equipment in Finland's new package for Ukraine is around EUR 120 "
         "million.", 120e6, "approx"),
        ("The value of the defence materiel package for Ukraine is an estimated 118 million euros, Finland's "
         "defence ministry said.", 118e6, "approx"),
        ("Finland said its new Ukraine package's estimated value is EUR 198 million.", 198e6, "exact"),
    ],
)
def test_a_package_value_said_as_its_cost_is_an_event(text, amount, qualifier):
    assert [(f["amount"], f["scope"], f["donor"], f["qualifier"]) for f in facts_of(text)] == [
        (amount, "event", "Finland", qualifier)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Each Patriot interceptor sent to Ukraine has an estimated cost of about $4 million.",
        "Finland said the cost of the air defence system Ukraine wants to buy is about EUR 700 million.",
    ],
)
def test_the_cost_of_a_weapon_or_a_purchase_stays_no_aid(text):
    assert facts_of(text) == []


# Family 24: "already" beside a year's budget ("has already pledged EUR 1 billion ... this year", "already
# earmarked for 2025", "GBP 3 billion a year ... already committed") is that year's budget, not a running total;
# a year in a later clause is not the amount's.
@pytest.mark.parametrize(
    ("text", "amount", "scope"),
    [
        ("Madrid has already promised €1.2 billion of arms support to Kyiv this year.", 1.2e9, "period"),
        ("The new money comes on top of the £3 billion a year that Britain has already committed to Ukraine.",
         3e9, "period"),
        ("Berlin added 3 billion euros for Ukraine this year on top of the 4 billion euros already earmarked for "
         "2025.", 4e9, "period"),
        ("Kishida pledged new support for Ukraine on top of the $600 million Tokyo had already provided, as Japan "
         "chairs the G7 this year.", 600e6, "cumulative"),
    ],
)
def test_already_beside_a_year_s_budget(text, amount, scope):
    assert (amount, scope) in amounts_scopes(text)


# Family 25: a conversion set off by commas with a word of approximation ("100 billion yen, about $650 million,
# to Ukraine") is the same amount; a list of amounts in two currencies stays two amounts.
def test_a_conversion_between_commas_is_folded():
    (fact,) = facts_of("Under the earlier phases, Japan allocated 100 billion yen, about $650 million, to Ukraine.")
    assert (fact["amount"], fact["currency"], fact["amount_usd"]) == (100e9, "JPY", 650e6)


def test_a_list_of_amounts_in_two_currencies_stays_two():
    text = "Germany pledged €500 million, and Britain £300 million, in new military aid for Ukraine."
    assert [(f["amount"], f["currency"]) for f in facts_of(text)] == [(500e6, "EUR"), (300e6, "GBP")]


# Family 26: a giver that receives the money is its recipient ("Poland received EUR 200 million from the EU to
# host Ukrainian refugees"), while Ukraine receiving money from a giver stays aid.
@pytest.mark.parametrize(
    "text",
    [
        "Poland received €200 million from the EU to help it host Ukrainian refugees.",
        "Slovakia has received another €50 million from the EU for hosting refugees from Ukraine.",
    ],
)
def test_a_giver_that_receives_is_the_recipient(text):
    assert facts_of(text) == []


def test_ukraine_receiving_from_a_giver_stays_aid():
    assert [(f["amount"], f["donor"]) for f in facts_of("Ukraine received €1.5 billion from the EU on Tuesday.")] == [
        (1.5e9, "EU")
    ]


# Family 27: a giver's aid to Ukraine as a whole in the plain past ("US aid commitments to Ukraine totalled $119
# billion by the end of 2024") is a running total; a package that totalled a figure stays an event.
def test_aid_to_ukraine_that_totalled_is_a_running_total():
    text = "The Kiel Institute says US aid commitments to Ukraine totalled $119 billion by the end of 2024."
    assert amounts_scopes(text) == [(119e9, "cumulative")]


def test_a_package_that_totalled_is_an_event():
    assert amounts_scopes("Germany's aid package for Ukraine totalled €1.3 billion.") == [(1.3e9, "event")]


def test_taiwan_named_as_a_recipient_in_a_list_is_no_giver():
    text = (
        "The overall package, which also includes aid for Israel and Taiwan, is worth $95 billion, while $61 billion "
        "of it goes to Ukraine."
    )
    assert facts_of(text) == []


# Family 28: the country that leads, hosts or runs a pooled fund ("a joint drone fund for Ukraine led by the UK")
# is its organiser, not the giver of what others put in; a giver named before keeps the amount.
def test_the_organiser_of_a_pooled_fund_is_not_its_giver():
    text = "Coalition members put around €180 million into a joint drone procurement fund for Ukraine led by the UK."
    assert facts_of(text) == []


def test_a_giver_to_a_fund_led_by_another_country_keeps_its_amount():
    text = "Britain pledged £50 million to the drone fund for Ukraine led by Latvia."
    assert [(f["amount"], f["donor"]) for f in facts_of(text)] == [(50e6, "United Kingdom")]


# Family 29: a budget spread over the coming years or a financial year, in words the period rules did not read.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The EU set aside 50 billion euros for Ukraine for the next four years.", 50e9),
        ("The UK will give Ukraine £2.5 billion in military aid in the next financial year.", 2.5e9),
    ],
)
def test_a_budget_for_the_coming_years_is_a_period(text, amount):
    assert amounts_scopes(text) == [(amount, "period")]


# Family 30: "a minimum of" is a floor, like "at least".
def test_a_minimum_of_is_at_least():
    text = "NATO allies pledged to provide a minimum of €40 billion in military aid to Ukraine next year."
    (fact,) = facts_of(text)
    assert (fact["amount"], fact["qualifier"]) == (40e9, "at_least")


# An announcement with no aid noun: the money, its giver and "for Ukraine" say what it is.
@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("Britain announced £100 million for Ukraine's power grid on Wednesday.", 100e6, "United Kingdom"),
        ("Ottawa announced a further C$60 million for Kyiv's drone makers, the minister said.", 60e6, "Canada"),
    ],
)
def test_an_announced_amount_for_ukraine_is_aid(text, amount, donor):
    got = facts_of(text)
    assert [(f["amount"], f["donor"], f["scope"]) for f in got] == [(amount, donor, "event")]


def test_an_announced_amount_of_another_kind_is_no_aid():
    # the same verb with money that is not given: a budget, a company's investment
    assert facts_of("Moscow announced a defence budget of 13 trillion roubles for next year, citing Ukraine.") == []
    assert facts_of("Rheinmetall announced it will invest €300 million in a shell plant in Ukraine.") == []
