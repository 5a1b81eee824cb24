"""Aid precision, round 17: money in a Ukraine story that is not aid given to Ukraine, money not (yet) given, a
many-lender envelope read as one giver's event, and a conversion or a rounded restatement split off as a second fact.
The sentences are written for these tests; names and figures are made up.

- a US-marked dollar in brackets after a bare "$" figure ("$5.4 billion (almost $4 billion US)", "(US$370
  million)", "[Australian dollars, $164 million US dollars]") is that figure's conversion, and the bare "$" is the
  giver's own dollar;
- not given yet: a package "already" being prepared, a payout that "will be immediately disbursed" with no decision in
  its clause, authority a giver "retains approximately", what Ukraine's government or a Ukrainian "we" "will
  receive", a sum "expected to be confirmed" said after it;
- not aid to Ukraine: refugees from Ukraine in EU countries, or Ukrainians living in neighbouring countries after a
  longer relative clause; a contract a company won with its amount inside the noun phrase; a bill's parts for the
  giver's refugee services at home, world food security or its European command, read on each part's own words;
- a many-lender envelope: a package said to include pledges from other institutions and countries; a scheme's size
  "through which" its members "will collectively provide" it (its envelope, a period);
- a headline's whole figure with trailing zeros is rounded: "$440 million" over the body's "$443 million".

Each family has negatives: the neighbouring wordings that must keep their fact as it was.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts, amounts


def found(text: str) -> list[tuple[float, str, str | None, str]]:
    """(amount, currency, donor, scope) of each aid fact."""
    return [(f["amount"], f["currency"], f["donor"], f["scope"]) for f in aid_facts(text)]


# Family 1: a US-marked conversion of a bare "$" figure
@pytest.mark.parametrize(
    ("text", "expected", "usd"),
    [
        ("Canada said on Monday it will give Ukraine $500 million (about $370 million US) in military aid.",
         (500e6, "CAD"), 370e6),
        ("Ottawa will send Ukraine $1.2 billion (almost $900 million US) in budget support, Canada's minister said.",
         (1.2e9, "CAD"), 900e6),
        ("Canada will give Ukraine $80 million (US$59 million) for air defence, the minister said on Monday.",
         (80e6, "CAD"), 59e6),
        ('"This package for Ukraine, valued at approximately $120 million [Australian dollars, $80 million US '
         'dollars], will add firepower," Australia\'s defence minister said.', (120e6, "AUD"), 80e6),
    ],
)
def test_a_us_marked_conversion_of_a_bare_dollar_is_folded_into_it(text, expected, usd):
    facts = aid_facts(text)
    assert [(f["amount"], f["currency"]) for f in facts] == [expected]
    assert facts[0]["amount_usd"] == usd


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two givers' bare dollar sums, the second marked: two facts, both US dollars
        ("The United States will give Ukraine $500 million and Canada $300 million US in military aid.",
         [(500e6, "USD"), (300e6, "USD")]),
        # a part in brackets, no US mark: the part stays a figure of its own
        ("Canada will give Ukraine $500 million ($300 million for drones) in military aid.",
         [(500e6, "CAD"), (300e6, "CAD")]),
    ],
)
def test_a_dollar_without_a_us_mark_is_no_conversion(text, expected):
    assert amounts(text) == expected


# Family 2: money not (yet) given
@pytest.mark.parametrize(
    "text",
    [
        "The president will sign the measure, and his team is already preparing a $1.3 billion weapons package for "
        "Ukraine, aides said.",
        "Officials said the Pentagon was already preparing a $725 million weapons package for Ukraine.",
        "The Pentagon sent Ukraine weapons this week. The White House retains approximately $5.2 billion in "
        "presidential drawdown authority for Ukraine.",
        "The US sent weapons to Ukraine. Washington still holds roughly $4 billion in drawdown authority for Kyiv.",
        "The EU announced aid to Ukraine. Ukraine's government will receive EUR 2 billion in budget support from the "
        "EU, the ministry said.",
        '"We will also receive nearly $6.5 billion in budget support from Washington," Ukraine\'s finance minister '
        "said.",
        "Britain will lend Ukraine more, as part of a wider $45bn loan programme expected to be confirmed by the "
        "group's leaders at their June summit.",
    ],
)
def test_money_not_yet_given_is_no_fact(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon sent Ukraine $400 million in weapons this week. The White House retains approximately $5.2 "
        "billion in presidential drawdown authority for Ukraine.",
        "The US gave Ukraine $400 million in aid on Monday. Ukraine's government will receive the money in "
        "instalments, beginning with a first payment of $2.5 billion in September.",
        "The US gave Ukraine $400 million in weapons on Monday. A further $250 million package, expected to be "
        "announced on Friday, will include rockets for Ukraine.",
    ],
)
def test_money_not_yet_given_after_a_given_sum_is_no_fact(text):
    assert [f[0] for f in found(text)] == [400e6]


@pytest.mark.parametrize(
    "text",
    [
        "The IMF approved a $15.6 billion programme for Ukraine on Friday. Roughly $1.9 billion will be immediately "
        "disbursed, the lender said.",
        "The IMF approved a $15.6 billion programme for Ukraine on Friday. About $2.7 billion will be paid out "
        "immediately, the fund said.",
    ],
)
def test_a_payout_only_scheduled_with_no_decision_in_its_clause_is_no_fact(text):
    assert [f[0] for f in found(text)] == [15.6e9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the decision in the payout's own clause gives it
        ("The IMF approved a fresh $1.1 billion tranche for Ukraine's budget, to be disbursed immediately.", [1.1e9]),
        ("The IMF approved $3 billion for Ukraine, and $2.7 billion will be immediately disbursed.", [3e9]),
        # a giver's "we will provide" is a commitment; what Ukraine's government received is aid
        ('"We will provide Ukraine with $8 billion in budget support," the US Treasury secretary said.', [8e9]),
        ("Ukraine's government received $3 billion from the United States on Monday.", [3e9]),
        # authority used is a drawdown given
        ("The United States has used its drawdown authority to provide approximately $2 billion in weapons to Ukraine "
         "this month.", [2e9]),
        # "expected to" with no step still to be taken on the money
        ("Japan will provide Ukraine with a $400 million loan, expected to help the country repair its grid.", [400e6]),
    ],
)
def test_money_given_keeps_its_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 3: money in a Ukraine story that is not aid to Ukraine
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EIB has backed Ukraine since the invasion. The bank also set aside a EUR 3 billion credit line to help "
         "integrate refugees from Ukraine in EU countries.", []),
        ("New Zealand will give Ukraine NZD 6 million for humanitarian aid. A further NZD 1.5 million will go to "
         "Ukrainians who have had to flee the war and today make their homes in neighbouring countries.",
         [6e6]),
        ("Ireland gave Ukraine EUR 20 million in aid. Ireland will also spend EUR 5 million on refugees from Ukraine "
         "living in other European countries.", [20e6]),
        ("The Pentagon announced $400 million in aid for Ukraine. In a related statement, the Pentagon said Oshkosh "
         "Defense won a 31.6 million dollar contract to build trucks.", [400e6]),
        ("The Pentagon announced $400 million in aid for Ukraine. Separately, Raytheon won a $1.2 billion contract to "
         "supply interceptors to Ukraine.", [400e6]),
    ],
)
def test_money_for_others_in_a_ukraine_story_is_no_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


def test_a_bill_s_parts_for_other_purposes_are_no_aid_to_ukraine():
    text = (
        "Congress passed a $36 billion aid bill for Ukraine on Thursday. Over $4 billion goes to easing global food "
        "insecurity, $2.8 billion to European Command operations, $700 million is set aside for refugee support "
        "services for new arrivals from Ukraine and almost $12 billion for the State Department to help Kyiv."
    )
    assert [f[0] for f in found(text)] == [36e9, 12e9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money for Ukrainians who stayed at home, a loan for families who returned: aid
        ("New Zealand will give NZ$1 million to support Ukrainians who stayed in their homes near the front.", [1e6]),
        ("The EIB signed a EUR 400 million loan with Ukraine to rebuild schools for families who returned to their "
         "homes.", [400e6]),
        # a bill's parts for Ukraine stay, and so does one for refugees inside Ukraine
        ("Congress approved $40 billion for Ukraine on Thursday. The bill includes $6 billion in weapons for Ukraine "
         "and $9 billion in economic aid for Kyiv.", [40e9, 6e9, 9e9]),
        ("Congress approved $40 billion for Ukraine on Thursday. It includes $4 billion for refugees in Ukraine and $2 "
         "billion for global food security.", [40e9, 4e9]),
    ],
)
def test_aid_in_ukraine_keeps_its_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 4: a many-lender envelope read as one giver's event
def test_a_package_made_of_many_lenders_pledges_is_no_one_givers_fact():
    text = (
        "The International Monetary Fund approved a $12.4bn loan programme for Ukraine. A fund spokesperson said the "
        "wider $98bn package includes the fund's own loan, $66bn in pledged grants and loans from multilateral "
        "institutions and other governments, and $18bn of debt relief."
    )
    assert [(f[0], f[3]) for f in found(text)] == [(12.4e9, "period")]


def test_a_package_of_one_givers_own_parts_stays():
    text = (
        "The EU will give Ukraine a new $5bn package, the Commission said. The package includes loans and grants for "
        "Ukraine's grid and $1bn for schools."
    )
    assert [f[0] for f in found(text)] == [5e9, 1e9]


@pytest.mark.parametrize(
    "text",
    [
        "The credit is Britain's share of the G7 ERA Loans to Ukraine scheme, through which the group's seven "
        "economies will collectively provide $45bn for Kyiv.",
        "Britain's loan is part of a G7 initiative, under which the group's members will jointly lend Ukraine $45 "
        "billion.",
    ],
)
def test_a_schemes_size_said_as_what_its_members_will_give_through_it_is_its_envelope(text):
    assert [(f[0], f[3]) for f in found(text)] == [(45e9, "period")]


def test_what_was_given_through_a_scheme_so_far_stays_a_running_total():
    text = (
        "The EIB loan belongs to the bank's Solidarity package for Ukraine, through which more than EUR 1.7 billion "
        "has already been provided to the country since 2023."
    )
    assert [(f[0], f[3]) for f in found(text)] == [(1.7e9, "cumulative")]


# Family 5: a headline's rounded restatement
def test_a_headline_figure_rounded_to_its_trailing_zeros_restates_the_body():
    text = (
        "Sweden unveils $510 million aid package for Ukraine\n\n"
        "Stockholm will give Ukraine its 19th military package, worth 5.4 billion Swedish crowns ($513 million), the "
        "defence minister said on Tuesday."
    )
    assert amounts(text) == [(5.4e9, "SEK")]


def test_a_headline_figure_far_from_the_body_stays():
    text = (
        "Sweden unveils $400 million aid package for Ukraine\n\n"
        "Stockholm will give Ukraine its 19th military package, worth 5.4 billion Swedish crowns ($513 million), the "
        "defence minister said on Tuesday."
    )
    assert len(amounts(text)) == 2


# Family 2b: a package still in the making, said before or after the amount
@pytest.mark.parametrize(
    "text",
    [
        "The US gave Ukraine $400 million in aid on Monday. A $500 million package is being prepared for Ukraine, "
        "officials said.",
        "The US gave Ukraine $400 million in aid on Monday. Washington is readying a $500 million package for Ukraine, "
        "officials said.",
        "The US gave Ukraine $400 million in aid on Monday. The administration is putting together a $500 million "
        "package for Ukraine, officials said.",
        "The US gave Ukraine $400 million in aid on Monday. Officials are finalising a $500 million package for "
        "Ukraine.",
        "The US gave Ukraine $400 million in aid on Monday. A further $500 million package for Ukraine is still being "
        "finalised.",
        "The US gave Ukraine $400 million in aid on Monday. A $500 million package for Ukraine is in the works, "
        "officials said.",
        "The US gave Ukraine $400 million in aid on Monday. A new $500 million package for Ukraine is under "
        "preparation.",
        "The US gave Ukraine $400 million in aid on Monday. The package, worth about $500 million, is being drawn up by "
        "the Pentagon.",
    ],
)
def test_a_package_still_in_the_making_is_no_fact(text):
    assert [f[0] for f in found(text)] == [400e6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the making said of another package in a clause of its own
        ("Japan gave Ukraine $500 million on Monday, while a new package is being prepared.", [500e6]),
        # made already, or being delivered
        ("The US gave Ukraine $400 million in aid on Monday. The $500 million package, which was prepared by the "
         "Pentagon, includes rockets for Ukraine.", [400e6, 500e6]),
        ("The US gave Ukraine $400 million in aid on Monday. The $500 million package is being delivered to Ukraine "
         "this week.", [400e6, 500e6]),
        ("Germany has finalised a EUR 500 million package for Ukraine, the ministry said.", [500e6]),
    ],
)
def test_a_package_made_or_delivered_keeps_its_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 3b: Ukraine's own purchases, and money for hosting Ukrainians in another country
@pytest.mark.parametrize(
    "text",
    [
        "Germany gave Ukraine EUR 400 million in aid on Monday. Ukraine will buy EUR 500 million of air defence systems "
        "from Germany, the ministry said.",
        "Germany gave Ukraine EUR 400 million in aid on Monday. Kyiv has bought EUR 300 million of shells with German "
        "money.",
        "Germany gave Ukraine EUR 400 million in aid on Monday. Ukraine's defence ministry will purchase EUR 250 million "
        "of drones from German firms.",
        "Germany gave Ukraine EUR 400 million in aid on Monday. Ukraine signed a EUR 500 million contract with "
        "Rheinmetall for shells.",
        "Germany gave Ukraine EUR 400 million in aid on Monday. The EU gave Poland EUR 200 million to host Ukrainians.",
    ],
)
def test_ukraine_s_own_purchases_and_hosting_elsewhere_are_no_fact(text):
    assert [f[0] for f in found(text)] == [400e6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loan or grant agreement Ukraine signs with a lender is the lender's aid
        ("Naftogaz signed a EUR 500 million loan agreement with the EBRD on Monday.", [500e6]),
        ("Ukraine signed a EUR 500 million grant agreement with the EU on Monday.", [500e6]),
        ("Ukraine signed a $500 million deal with the World Bank for a loan to rebuild schools.", [500e6]),
        # a giver buying for Ukraine gives
        ("Germany will buy EUR 500 million of air defence systems for Ukraine, the ministry said.", [500e6]),
    ],
)
def test_a_lender_s_agreement_and_a_giver_s_purchase_keep_their_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 4b: many givers' money named as support from them, or channelled by donors
@pytest.mark.parametrize(
    "text",
    [
        "Japan gave Ukraine $400 million on Monday. The IMF loan is part of a $122 billion package of support from "
        "international partners.",
        "Japan gave Ukraine $400 million on Monday. The World Bank said donors have channelled $50 billion through its "
        "trust funds for Ukraine.",
        "Japan gave Ukraine $400 million on Monday. The IMF programme unlocks $115 billion of support from other "
        "lenders.",
    ],
)
def test_many_givers_money_is_no_one_givers_fact(text):
    assert [f[0] for f in found(text)] == [400e6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU approved a EUR 5 billion package of support for Ukraine on Monday.", [5e9]),
        ("Japan gave Ukraine $400 million in support on Monday, the ministry said.", [400e6]),
    ],
)
def test_one_givers_package_of_support_stays(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 5b: conversions opened or closed in other words
@pytest.mark.parametrize(
    "text",
    [
        "Norway will give Ukraine NOK 1 billion (roughly equivalent to $95 million) in military aid.",
        "Norway will give Ukraine NOK 1 billion (which is about $95 million) in military aid.",
        "Norway will give Ukraine NOK 1 billion (~$95 million) in military aid.",
        "Norway will give Ukraine NOK 1 billion (in the region of $95 million) in military aid.",
        "Norway will give Ukraine NOK 1 billion, which is equivalent to about $95 million, in military aid.",
        "Norway will give Ukraine NOK 1 billion, equalling about $95 million, in military aid.",
        "Norway will give Ukraine NOK 1 billion, amounting to about $95 million, in military aid.",
        "Norway will give Ukraine NOK 1 billion (about $95 million at current exchange rates) in military aid.",
        "Norway will give Ukraine NOK 1 billion, about $95 million at the current exchange rate, in military aid.",
    ],
)
def test_a_conversion_in_other_words_is_folded_into_its_amount(text):
    facts = aid_facts(text)
    assert [(f["amount"], f["currency"]) for f in facts] == [(1e9, "NOK")]
    assert facts[0]["amount_usd"] == 95e6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two givers' sums in two currencies: no conversion
        ("Norway will give Ukraine NOK 1 billion and the US $95 million in military aid.", [(1e9, "NOK"), (95e6, "USD")]),
        # a part said in brackets in the same currency stays a part
        ("Norway will give Ukraine NOK 1 billion (NOK 400 million of it for air defence) in military aid.",
         [(1e9, "NOK"), (400e6, "NOK")]),
    ],
)
def test_two_sums_are_no_conversion(text, expected):
    assert amounts(text) == expected


# Family 3c: a company awarded a contract, a host scheme at home, the giver's own stocks refilled
@pytest.mark.parametrize(
    "text",
    [
        "The US gave Ukraine $400 million in aid on Monday. Raytheon was awarded a $1.2 billion contract to build air "
        "defence systems for Ukraine.",
        "The UK gave Ukraine GBP 400 million in aid on Monday. The UK has spent GBP 1 billion on the Homes for Ukraine "
        "scheme, which houses refugees.",
        "Canada gave Ukraine $400 million in aid on Monday. Canada also spent $100 million on settlement services for "
        "Ukrainians arriving in Canada.",
        "The US gave Ukraine $400 million in aid on Monday. The bill also includes $2 billion to replenish US weapons "
        "stocks.",
    ],
)
def test_money_for_the_giver_s_own_firms_hosts_and_stocks_is_no_fact(text):
    assert [f[0] for f in found(text)] == [400e6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a giver's contracts awarded for Ukraine stay aid
        ("Denmark awarded contracts worth EUR 600 million to Ukrainian arms makers last year, the minister said.",
         [600e6]),
        # stocks refilled that name no giver's own stocks, and Ukrainians at home, stay
        ("The US gave Ukraine $400 million in aid on Monday. The bill also includes $2 billion to replenish weapons "
         "sent to Ukraine.", [400e6, 2e9]),
        ("Canada gave Ukraine $400 million in aid on Monday. Canada will give $100 million for Ukrainians living in "
         "occupied areas.", [400e6, 100e6]),
    ],
)
def test_a_giver_s_contracts_and_aid_inside_ukraine_keep_their_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 2c: a payout only scheduled, in more words
@pytest.mark.parametrize(
    "text",
    [
        "The EU gave Ukraine EUR 400 million on Monday. Another EUR 4.2 billion will be transferred to Ukraine in July.",
        "The EU gave Ukraine EUR 400 million on Monday. A tranche of EUR 1.5 billion is scheduled for June.",
        "The EU gave Ukraine EUR 400 million on Monday. A further tranche of EUR 1.5 billion is planned for July.",
        "The EU gave Ukraine EUR 400 million on Monday. Another EUR 1.5 billion is to be paid out once reforms are "
        "done.",
    ],
)
def test_a_payout_only_scheduled_in_more_words_is_no_fact(text):
    assert [f[0] for f in found(text)] == [400e6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision in the payout's own clause gives it
        ("The EU gave Ukraine EUR 400 million on Monday. The EU approved EUR 1.5 billion, which will be transferred to "
         "Ukraine in July.", [400e6, 1.5e9]),
        # a year's budget earmarked is no schedule
        ("The EU gave Ukraine EUR 400 million on Monday. Germany has earmarked EUR 1.5 billion for 2025.",
         [400e6, 1.5e9]),
        ("The EU gave Ukraine EUR 400 million on Monday. The EU transferred EUR 1.5 billion to Ukraine, set for "
         "reconstruction.", [400e6, 1.5e9]),
    ],
)
def test_a_decided_payout_keeps_its_fact(text, expected):
    assert [f[0] for f in found(text)] == expected


# Family 4c: the whole a giver's share goes to, said after the share or with it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan gave Ukraine $400 million on Monday. The US will provide $20 billion of the $50 billion G7 loan.",
         [(400e6, "event"), (20e9, "event"), (50e9, "period")]),
        ("Japan gave Ukraine $400 million on Monday. The G7's $50 billion loan, of which the US provides $20 billion, "
         "will be repaid from Russian assets.", [(400e6, "event"), (50e9, "period"), (20e9, "event")]),
        ("Japan gave Ukraine $400 million on Monday. Canada's contribution to the G7's $50 billion ERA loans is C$5 "
         "billion.", [(400e6, "event"), (50e9, "period"), (5e9, "event")]),
    ],
)
def test_the_whole_a_givers_share_goes_to_is_its_envelope(text, expected):
    assert [(f[0], f[3]) for f in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown of one giver's own package: the parts take its scope, the package stays an event
        ("Canada pledged $500 million for Ukraine, of which $300 million is military aid.",
         [(500e6, "event"), (300e6, "event")]),
        ("Japan gave Ukraine $400 million on Monday. Of the $400 million, $100 million is for energy.",
         [(400e6, "event"), (100e6, "event")]),
    ],
)
def test_one_givers_package_and_its_parts_stay_events(text, expected):
    assert [(f[0], f[3]) for f in found(text)] == expected
