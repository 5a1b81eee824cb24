"""Aid phrasing families met on the opened slices r32-r35 and checked against other real reporting (Pentagon drawdown
releases, translated Japanese and Ukrainian wire copy with decimal commas, PURL pledges of the same size from several
givers, Naftogaz and Ukrenergo loan and grant agreements, World Bank conference remarks). The sentences are written for
these tests; figures and names are changed.

Each family has controls: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts, amounts, amounts_scopes, events


# Family 1: a decimal comma before a scale word is a decimal point ("471,9 billion yen", "$3,3 billion").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo will lend Ukraine 512,4 billion yen (about $3,6 billion), repaid from Russian asset profits.",
         [(512.4e9, "JPY")]),
        ("The European Commission disbursed EUR 1,5 billion to Ukraine on Monday.", [(1.5e9, "EUR")]),
        ("Berlin has handed Kyiv a new package of 2,75 bn euros for air defence.", [(2.75e9, "EUR")]),
        ("Norway gave Ukraine NOK 3,25 billion in humanitarian aid on Friday.", [(3.25e9, "NOK")]),
    ],
)
def test_a_decimal_comma_is_read_as_a_decimal(text, expected):
    assert amounts(text) == expected


def test_a_decimal_comma_keeps_its_stated_conversion():
    facts = aid_facts("Tokyo will lend Ukraine 512,4 billion yen (about $3,6 billion), repaid from asset profits.")
    assert [f["amount_usd"] for f in facts] == [3.6e9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thousands group has three digits
        ("Denmark gave Ukraine DKK 3,500 million on Friday.", [(3.5e9, "DKK")]),
        ("Sweden sent Ukraine SEK 1,250,000 in aid on Tuesday.", [(1.25e6, "SEK")]),
    ],
)
def test_thousands_separators_stay(text, expected):
    assert amounts(text) == expected


def test_a_comma_between_a_year_and_an_amount_is_no_decimal():
    assert amounts("In 2023, 5 billion euros went to Ukraine from Brussels.") == []


# Family 2: a readiness or willingness to give is an intention, also with an aside between commas.
@pytest.mark.parametrize(
    "text",
    [
        "Berlin has announced its readiness, along with its partners, to finance a $400 million military package for "
        "Ukraine.",
        "Japan expressed its willingness to provide Ukraine with $300 million in grants.",
        "Oslo confirmed readiness to allocate NOK 2 billion for Ukraine's energy sector.",
        "Sweden is prepared, together with partners, to fund a PURL package for Ukraine worth $250 million, the "
        "communique added.",
        "At the forum we are going to announce an additional $90 million in grant funding for Ukraine's heating, the "
        "bank's country director said.",
    ],
)
def test_a_readiness_to_give_is_not_committed(text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany, which had earlier signalled readiness to help, on Friday approved a EUR 400 million package for "
         "Ukraine.", [(400e6, "EUR")]),
        ("Germany, with its allies, will finance a $400 million package for Ukraine, Berlin said.", [(400e6, "USD")]),
    ],
)
def test_a_decision_beside_a_readiness_stays(text, expected):
    assert events(text) == expected


# Family 3: a planned financing named before its amount ("the planned financing ... in the amount of $70 million").
@pytest.mark.parametrize(
    "text",
    [
        "The lender's help also covers the planned financing, via loans and grants, for Ukrenergo in the amount of $45 "
        "million.",
        "The bank discussed the envisaged loan for Ukraine's grid operator worth EUR 40 million.",
        "A potential tranche for Kyiv of $2 billion was on the agenda of the meeting.",
    ],
)
def test_a_planned_financing_is_not_committed(text):
    assert events(text) == []


def test_a_planned_tranche_paid_out_stays():
    assert events("The EU disbursed the planned tranche of EUR 4.2 billion to Ukraine on Friday.") == [(4.2e9, "EUR")]


# Family 4: a US presidential drawdown authorised in the perfect is that package, and its purpose may name Ukraine's
# "critical security and defense needs" and its content "military assets".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Biden has given the Pentagon authorization for a drawdown of up to $325 million to cover Kyiv's "
         "urgent weapons requirements.", [(325e6, "USD")]),
        ("On Thursday the White House said the president has authorized a drawdown of $410 million worth in American "
         "military hardware for Ukraine's critical defense and security needs amid the Russian offensive.",
         [(410e6, "USD")]),
        ("Biden authorized a drawdown of $600 million in military assets for Ukraine on Friday.", [(600e6, "USD")]),
        ("The EU has disbursed a tranche of EUR 600 million to Ukraine.", [(600e6, "EUR")]),
    ],
)
def test_a_drawdown_in_the_perfect_is_an_event(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The G7 will use $300 billion in frozen Russian assets for Ukraine.",
        "Kyiv wants Brussels to confiscate the EUR 180 billion that Moscow's central bank holds in Europe.",
    ],
)
def test_frozen_assets_stay_no_aid(text):
    assert amounts(text) == []


def test_a_perfect_total_since_a_date_stays_cumulative():
    assert amounts_scopes("The EU has disbursed a tranche of EUR 600 million to Ukraine since 2022.") == [(600e6, "cumulative")]


# Family 5: "blocked Russian assets" names the frozen assets a loan is repaid from; the loan is not blocked.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 9 London concluded a deal to lend Ukraine GBP 1.7 billion, a loan likewise serviced by "
         "income from blocked Russian assets.", [(1.7e9, "GBP")]),
        ("Japan will lend Ukraine $3 billion, repaid from the proceeds of blocked sovereign assets.", [(3e9, "USD")]),
    ],
)
def test_a_loan_repaid_from_blocked_assets_stays(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The $60 billion package for Ukraine remains blocked in the House.",
        "A EUR 5 billion tranche for Ukraine is blocked by Hungary, which holds frozen Russian assets hostage.",
    ],
)
def test_a_blocked_package_stays_no_aid(text):
    assert events(text) == []


# Family 6: a grant or loan for gas or power imports is aid, not a trade figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naftogaz and the European Investment Bank have signed a grant agreement for EUR 115 million for gas import, "
         "the company's chairman said.", [(115e6, "EUR")]),
        ("The EBRD will lend Naftogaz EUR 300 million to finance emergency gas imports before winter.",
         [(300e6, "EUR")]),
        ("Norway gave Ukraine a NOK 1 billion grant for electricity imports.", [(1e9, "NOK")]),
    ],
)
def test_a_grant_for_gas_imports_is_aid(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's gas imports cost $2 billion last year.",
        "Ukraine spent $2 billion on gas imports from the EU in 2024.",
    ],
)
def test_the_cost_of_imports_stays_no_aid(text):
    assert amounts(text) == []


# Family 7: an unnamed share of a sum is not the sum given.
@pytest.mark.parametrize(
    "text",
    [
        "Rome said it would put a share of EUR 900 million earned on immobilised Russian holdings toward buying "
        "weapons for Ukraine.",
        "The EU said a portion of the $3 billion windfall will go to Kyiv's air defence.",
        "Canada will direct some of its C$500 million fund to drones for Ukraine.",
    ],
)
def test_an_unnamed_share_of_a_sum_is_no_fact(text):
    assert events(text) == []


# Family 8: the first, previous or all of several packages, with their combined value, is a running total.
@pytest.mark.parametrize(
    "text",
    [
        "Ottawa said its first five weapons packages, worth over $1 billion, covered drones and radars for "
        "Ukraine.",
        "Sweden's previous three tranches for Ukraine, totalling SEK 4.5 billion, went to the army.",
    ],
)
def test_a_series_of_packages_is_a_running_total(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["cumulative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany announced three packages for Ukraine worth EUR 500 million on Friday.", [(500e6, "EUR")]),
        ("The EU paid Ukraine the first tranche, worth EUR 4 billion.", [(4e9, "EUR")]),
    ],
)
def test_packages_given_at_once_stay_events(text, expected):
    assert events(text) == expected


# Family 9: a programme's size said in a relative clause is its envelope (a period), not an event.
@pytest.mark.parametrize(
    "text",
    [
        "This credit belongs to the G7's ERA scheme, which provides Kyiv with $50 billion serviced by the profits "
        "of immobilised Russian reserves.",
        "The money comes from the Ukraine Facility, which will give Ukraine up to EUR 50 billion over four years.",
    ],
)
def test_a_programme_size_in_a_relative_clause_is_a_period(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["period"]


def test_a_loan_in_a_relative_clause_stays_an_event():
    assert events("Japan signed a loan, which provides Kyiv with $3 billion.") == [(3e9, "USD")]


# Family 10: the same sum from another giver, named as its own subject, is another package.
def test_the_same_sum_from_another_giver_is_another_fact():
    text = (
        "Germany will finance a PURL package for Ukraine totaling $400 million, the foreign ministry said on "
        "Wednesday.\n\n"
        "Denmark, Norway and Sweden said on Monday that they will together finance a $400 million package of arms "
        "for Ukraine.\n\n"
        "A day earlier, the Netherlands announced it will fund a $400 million package of artillery for Ukraine."
    )
    facts = [(f["amount"], f["donor"]) for f in aid_facts(text) if f["scope"] == "event"]
    assert facts == [(400e6, "Germany"), (400e6, "Denmark, Norway, Sweden"), (400e6, "Netherlands")]


@pytest.mark.parametrize(
    "text",
    [
        # a lede and its body from the same giver
        "Germany pledges $400 million for Ukraine's air defence\n\nGermany will give Ukraine $400 million for air "
        "defence, the chancellor said on Tuesday.",
        # a restatement with no giver of its own
        "Germany will give Ukraine $400 million for air defence, the chancellor said on Tuesday. The $400 million "
        "package includes IRIS-T missiles.",
    ],
)
def test_a_restated_sum_stays_one_fact(text):
    assert len([f for f in aid_facts(text) if f["scope"] == "event"]) == 1


# Family 11: a memorandum signed together with a loan, credit or grant agreement comes with the agreement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On October 14, Brussels and Kyiv signed the MoU and the Loan Agreement "
         "for 2 billion euros of special macro-financial help, the cabinet said.", [(2e9, "EUR")]),
        ("Kuwait signed a grant agreement and an MoU with Kyiv that give Ukraine "
         "$120 million in humanitarian aid, its cabinet said on Friday.", [(120e6, "USD")]),
        ("On Tuesday Brussels and Kyiv signed a memorandum of understanding and a financing agreement worth "
         "EUR 1 billion.", [(1e9, "EUR")]),
    ],
)
def test_a_memorandum_signed_with_an_agreement_is_aid(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and the EBRD signed a memorandum of understanding on EUR 300 million for the grid.",
        "The MoU will give Ukraine access to EUR 500 million.",
        "Kyiv and Oslo signed a memorandum of understanding, and the agreement on NOK 2 billion is still being drafted.",
    ],
)
def test_a_memorandum_alone_stays_no_commitment(text):
    assert events(text) == []


# Family 12: a contrast after the amount ("but only ... so far") is another clause; its "so far" sums nothing of the
# pledge before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier, Brussels agreed to back Kyiv with 6 billion euros in May, but only 2 billion of that "
         "package has been paid out so far.", [(6e9, "event")]),
        ("Brussels agreed to support Ukraine with 7 billion euros in June, but only a small part has been paid so far.",
         [(7e9, "event")]),
        ("Tokyo pledged $4 billion to Ukraine in March, but just $1 billion has arrived to date.",
         [(4e9, "event"), (1e9, "cumulative")]),
    ],
)
def test_a_contrast_after_the_pledge_is_its_own_clause(text, expected):
    assert amounts_scopes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United States has given Ukraine $60 billion so far, but only a fraction of it was in cash.",
        "The United States has given Ukraine $60 billion since 2022, but only half of it was weapons.",
    ],
)
def test_a_total_before_the_contrast_stays_cumulative(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["cumulative"]
