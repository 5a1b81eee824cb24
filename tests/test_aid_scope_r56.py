"""Aid scope (FACTS.md 6): whether an amount is one event, a period's budget or a running total, across the shapes
fresh reporting uses: a total said as it stands now, a point of an earlier year that dates a payment, the envelope a
sum is drawn from, a programme's size said as what it provides for, a giver's share of a joint loan, parts with a cue of
their own, lists after a colon, one contribution to a fund in the perfect, a year said of one package. The sentences are
written for these tests; names and figures are made up.

Each family has controls: the neighbouring wordings whose scope must stay as it was.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts


def scopes(text: str, **kwargs) -> dict[float, str]:
    return {f["amount"]: f["scope"] for f in aid_facts(text, **kwargs)}


# Family 1: a running total said as it stands now, after a noun that would otherwise be the package's own value, or as
# a sum that "has now been" paid out (FACTS.md 6: "currently totals", "has now mobilized" are running totals).
@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The World Bank's HOPE project for Ukraine combines grants and loans (currently totaling $12.4 billion) from "
         "several donors.", 12.4e9),
        ("The trust fund for Ukraine, now amounting to EUR 2.3 billion, pays for schools and hospitals, the World Bank "
         "said.", 2.3e9),
        ("Ukraine received 2.1 billion euros from the EU on Monday. Nearly $3 billion has now been disbursed under the "
         "scheme, the bank said.", 3e9),
        ("Japan sent Ukraine $400 million on Tuesday. About $6 billion have so far been paid out to Kyiv under the "
         "programme, the ministry said.", 6e9),
    ],
)
def test_a_total_said_as_it_stands_is_a_running_total(text, total):
    assert scopes(text).get(total) == "cumulative"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a package's own value stays an event
        ("The World Bank approved a package of grants for Ukraine totaling $1.3 billion on Tuesday.", 1.3e9),
        ("Sweden sent Ukraine two aid packages totalling SEK 4 billion this week.", 4e9),
        # a tranche said with its day stays that day's
        ("Ukraine received 2.1 billion euros from the EU on Monday, the finance ministry said.", 2.1e9),
    ],
)
def test_a_package_value_stays_an_event(text, amount):
    assert scopes(text).get(amount) == "event"


# Family 2: a point of an earlier year dates a payment or a decision; it makes no year's budget (FACTS.md 6: a month of
# this year dates an amount; the same holds for last year's months, its end or start, and "early in 2023").
@pytest.mark.parametrize(
    ("text", "published", "amount"),
    [
        ("In November last year, the G7 leaders announced an agreement on giving Ukraine a loan of $40 billion.",
         "2025-03-01T10:00:00Z", 40e9),
        ("At the end of last year, Canada paid 2 billion dollars to Ukraine under the loan scheme.",
         "2025-03-01T10:00:00Z", 2e9),
        ("As early as the start of last year, Japan transferred $900 million to Ukraine.", "2025-03-01T10:00:00Z", 900e6),
        ("Early in 2023, Japan agreed to allocate more than 500 million dollars in aid for Ukraine's recovery.",
         "2023-06-01T10:00:00Z", 500e6),
        ("Late in 2024, Norway signed an agreement to give Ukraine NOK 3 billion in energy aid.",
         "2024-12-20T10:00:00Z", 3e9),
        ("The EIB's new loan follows an emergency aid package for Ukraine of EUR 700 million from the EIB, fully "
         "disbursed within a month of the invasion.", "2024-03-14T08:00:00Z", 700e6),
    ],
)
def test_a_point_of_an_earlier_year_dates_the_amount(text, published, amount):
    assert scopes(text, published=published).get(amount) == "event"


@pytest.mark.parametrize(
    ("text", "published", "amount", "scope"),
    [
        # a year as a whole stays a period
        ("Norway gave Ukraine NOK 9 billion in aid last year, the ministry said.", "2025-03-01T10:00:00Z", 9e9, "period"),
        ("Britain will give Ukraine 3 billion pounds a year in military aid.", "2024-03-14T08:00:00Z", 3e9, "period"),
        ("Germany will provide Ukraine with EUR 4 billion in military aid in 2024.", "2024-03-14T08:00:00Z", 4e9,
         "period"),
    ],
)
def test_a_whole_year_stays_a_period(text, published, amount, scope):
    assert scopes(text, published=published).get(amount) == scope


# Family 3: the envelope a sum is drawn from (FACTS.md 6): "the money is the first slice of a package of ...", a
# package "of macro-financial assistance worth ..." transferred from, a year's pot; the sum itself stays an event.
@pytest.mark.parametrize(
    ("text", "event", "envelope"),
    [
        ("Kyiv got EUR 1.3 billion from Brussels on Wednesday. The premier noted these funds are the initial "
         "part of a package of EUR 7 billion.", 1.3e9, 7e9),
        ("Ukraine got EUR 2 billion from the EU on Friday. He noted that this money is the second part of a package "
         "worth EUR 9 billion.", 2e9, 9e9),
        ("Brussels transferred EUR 1.1 billion to Kyiv on Thursday from a package of budget assistance worth "
         "EUR 14 billion.", 1.1e9, 14e9),
        ("Britain will give Ukraine GBP 350m in new military aid. The funding includes GBP 250m from this year's "
         "pot of GBP 3bn.", 250e6, 3e9),
    ],
)
def test_the_envelope_a_sum_is_drawn_from_is_a_period(text, event, envelope):
    found = scopes(text)
    assert found.get(envelope) == "period"
    assert found.get(event) == "event"


def test_a_package_of_its_own_stays_an_event():
    # a package named with "a" that is the subject's own new package, no sum drawn from it
    found = scopes("Denmark announced a package of military assistance worth DKK 1.2 billion for Ukraine on Monday.")
    assert found.get(1.2e9) == "event"


# Family 4: a programme's size said as what it provides for is its envelope, and the givers' shares of it ("of which
# $15 billion will be provided by the EU") take its scope, the rest of the total too.
@pytest.mark.parametrize(
    "text",
    [
        "The G7 loan initiative provides for the allocation of $45 billion to Ukraine, of which $18 billion is to "
        "come from the EU, a further $20 billion has been pledged by Washington, and the remaining $7 billion will "
        "come from the other G7 members.",
        "The Ukraine Recovery Facility provides up to EUR 45 billion in grants and loans for Ukraine, of which EUR 15 "
        "billion comes from the EU, another EUR 20 billion from the bank, and the remaining EUR 10 billion from "
        "other lenders.",
    ],
)
def test_a_programme_that_provides_for_an_amount_is_an_envelope(text):
    found = scopes(text)
    assert found and all(scope == "period" for scope in found.values())


def test_a_giver_that_provides_stays_an_event():
    found = scopes("Germany provides Ukraine with EUR 500 million in military aid, the chancellor said on Monday.")
    assert found.get(500e6) == "event"


# Family 5: a giver's share of a joint loan or fund, said as what its contribution is, with no verb of giving: the share
# of an envelope, a period (whether it is a new commitment cannot be told, so no event).
@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("The G7 agreed a $50 billion loan for Ukraine. The US contribution was $20 billion.", 20e9),
        ("The EU paid the first tranche of the G7 loan to Ukraine. The EU's contribution will amount to EUR 18.1 "
         "billion.", 18.1e9),
        ("The G7 agreed a $45 billion loan for Ukraine. The Japanese contribution will be $3 billion in loans.", 3e9),
    ],
)
def test_a_giver_share_of_a_joint_envelope_is_no_event(text, share):
    assert scopes(text).get(share) in ("period", "cumulative")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Germany will contribute EUR 500 million to the fund for Ukraine.", 500e6),
        ("Canada contributed C$50 million to the fund for Ukraine's air defence on Friday.", 50e6),
        # said with the package it goes to, the giver's own commitment
        ("Canada's contribution to the new drone package for Ukraine will be C$80 million.", 80e6),
    ],
)
def test_a_contribution_given_stays_an_event(text, amount):
    assert scopes(text).get(amount) == "event"


# Family 6: one package or tranche that a perfect names, with its kind of money before its amount, and a loan "to keep
# Kyiv afloat over the coming two years", stay events (FACTS.md 6: a package or decision stays an event even when it
# spans years); "already" with a decision's own day dates it.
@pytest.mark.parametrize(
    ("text", "published", "amount"),
    [
        ("Brussels has sent Kyiv the first tranche of credit support worth EUR 1.7 billion "
         "within the framework of the G7 loan.", "2024-03-14T08:00:00Z", 1.7e9),
        ("Japan has sent Ukraine the second instalment of budget support worth $500 million.", "2024-03-14T08:00:00Z",
         500e6),
        ("EU heads of government have agreed to raise a EUR 70 billion loan to keep Kyiv afloat over the coming two "
         "years.", "2025-12-20T10:00:00Z", 70e9),
        ("The G7 agreed a $40 billion loan to finance Kyiv over the coming three years.", "2024-06-14T10:00:00Z", 40e9),
        ("The Czech government had already approved on Friday a shipment of weapons for Ukraine worth 200 million "
         "crowns.", "2024-03-14T08:00:00Z", 200e6),
        ("Sweden has already signed on Monday a contract for Ukraine's air defence worth SEK 900 million.",
         "2024-03-14T08:00:00Z", 900e6),
    ],
)
def test_one_package_named_by_a_perfect_or_over_years_is_an_event(text, published, amount):
    assert scopes(text, published=published).get(amount) == "event"


@pytest.mark.parametrize(
    ("text", "amount", "scope"),
    [
        ("The EU has transferred EUR 5 billion to Ukraine.", 5e9, "cumulative"),
        ("Poland has already provided military aid to Ukraine worth 3 billion euros.", 3e9, "cumulative"),
        ("Britain will give Ukraine 2 billion pounds a year for the next four years.", 2e9, "period"),
    ],
)
def test_running_totals_and_rates_stay(text, amount, scope):
    assert scopes(text).get(amount) == scope


# Family 7: a part that is a relative clause with a verb and a scope of its own keeps it ("of which EUR 2 billion will be
# spent this year", "of which the UK has contributed GBP 500 million"); a part with none takes its total's, and a part
# opening a sentence keeps its total's whatever a relative clause after it says.
@pytest.mark.parametrize(
    ("text", "part", "scope"),
    [
        ("Finland said it was allocating a further 2 billion euros for Ukraine, of which "
         "800 million euros will be spent this year.", 8e8, "period"),
        ("Belgium pledged an additional EUR 1 billion for Ukraine, of which EUR 400 million will go out in 2024.",
         4e8, "period"),
        ("The minister said the UK-run fund for Ukraine is over GBP 1.2 billion, of which the UK has contributed GBP 400 "
         "million.", 4e8, "cumulative"),
    ],
)
def test_a_part_with_its_own_cue_keeps_it(text, part, scope):
    assert scopes(text).get(part) == scope


@pytest.mark.parametrize(
    ("text", "part", "scope"),
    [
        ("Since 2022 Canada has committed C$20 billion to Ukraine, including C$6 billion in military aid.", 6e9,
         "cumulative"),
        ("Norway will give Ukraine NOK 5 billion this year, of which NOK 3 billion is for air defence.", 3e9, "period"),
        ("Britain pledged a further GBP 400m of military support to Ukraine on Monday. The package includes GBP 150m to "
         "repair the vehicles the UK has already provided.", 150e6, "event"),
    ],
)
def test_a_part_without_a_cue_takes_its_total_scope(text, part, scope):
    assert scopes(text).get(part) == scope


# Family 8: items of a list after a colon share the first one's scope.
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The EU set up the Ukraine Facility in 2024. Since the launch of the facility, Ukraine has already received "
         "from the EU: 5 billion euros in bridge financing, 1.5 billion euros in pre-financing, three tranches of 4.1 "
         "billion , 3.9 billion , 3.3 billion and 3.1 billion euros. The money comes quarterly.", "cumulative"),
        ("The EU announced new aid to Ukraine on Monday: 2 billion euros in loans, 500 million euros in grants and 300 "
         "million euros for energy.", "event"),
    ],
)
def test_items_of_a_colon_list_share_the_first_scope(text, scope):
    found = scopes(text)
    assert len(found) >= 3
    assert all(value == scope for value in found.values())


# Family 9: one contribution in the perfect, said with the fund or project it went to, is an event (a running total says
# so: "since 2022", "so far").
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Japan has sent 380 million dollars to the Ukraine Recovery Trust Fund.", 380e6),
        ("Austria has provided 9 million euros for a World Bank multi-donor trust fund that helps Ukraine.",
         9e6),
        ("Japan has transferred about $650 million as part of the World Bank's social protection projects in Ukraine.",
         650e6),
    ],
)
def test_one_contribution_to_a_fund_is_an_event(text, amount):
    assert scopes(text).get(amount) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Japan has provided $5 billion to the Ukraine Recovery Trust Fund since 2022.",
        "Germany, the largest sponsor since 2022, has transferred EUR 200 million to the fund for Ukraine.",
        "Japan has so far sent $2 billion as part of the World Bank's projects in Ukraine.",
        # a past perfect in reported speech stays a running total (the contract's "said it had contributed")
        "The bank said Belgium had provided 12 million euros for a multi-donor trust fund to help Ukraine.",
    ],
)
def test_a_total_to_a_fund_stays_a_running_total(text):
    found = scopes(text)
    assert found and all(value == "cumulative" for value in found.values())


# Family 10: a year said of one package or contract dates it, and a raise to a figure without its old one is a running
# total also with a longer object between.
@pytest.mark.parametrize(
    ("text", "published", "amount", "scope"),
    [
        ("The EBRD supported Naftogaz last year with a 200-million-euro loan to buy gas for Ukraine.",
         "2024-03-14T08:00:00Z", 200e6, "event"),
        ("Britain led the drone coalition for Ukraine in 2025, sending 20,000 drones through a GBP 40 million contract "
         "signed by the fund.", "2025-05-14T08:00:00Z", 40e6, "event"),
        ("Austria's cabinet has decided to increase its humanitarian assistance for Ukraine and neighbouring states "
         "to EUR 70 million.", "2024-03-14T08:00:00Z", 70e6, "cumulative"),
    ],
)
def test_a_year_of_one_package_and_a_longer_raise(text, published, amount, scope):
    assert scopes(text, published=published).get(amount) == scope


# ... and the joint loan such a share goes to, named by its purpose after "contribution to the ... initiative to
# provide Ukraine with", is that initiative's size, a period; the initiative agreed as the news stays an event.
@pytest.mark.parametrize(
    ("text", "amount", "scope"),
    [
        ("The EU sent Ukraine EUR 3 billion in aid on Friday. This money is the bloc's contribution to the G7 scheme "
         "to provide Kyiv with a $45 billion loan.", 45e9, "period"),
        ("Japan sent Ukraine $2 billion in aid on Monday as its share of the G7 plan to lend Kyiv a $45 billion loan.",
         45e9, "period"),
        ("The G7 agreed on Friday on an initiative to provide Ukraine with a $45 billion loan.", 45e9, "event"),
    ],
)
def test_the_joint_loan_a_share_goes_to(text, amount, scope):
    found = scopes(text)
    assert found.get(amount, "period") == scope
