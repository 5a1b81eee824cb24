"""Aid phrasing families met on the opened slice r42 (money for Ukraine, 2022-2026: World Bank and IMF budget
support, EU macro-financial loans, national packages) and checked against other real reporting (Reuters and AP copy on
World Bank financing, PURL contributions, wire-service ledes). The sentences are written for these tests; figures and
names are changed.

Each family has controls: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts, amounts, amounts_scopes, events


def donors(text: str, **kwargs) -> list[tuple[float, str | None]]:
    return [(f["amount"], f["donor"]) for f in aid_facts(text, **kwargs)]


# Family 1: a running total said after the new money with a verb of growth ("expanding", "increasing", "boosting")
# is the second amount's; the new money before it stays an event.
@pytest.mark.parametrize(
    "text",
    [
        "The World Bank approved $1.2 billion of extra financing for Ukraine, expanding its total support for Kyiv to "
        "over $5 billion.",
        "Japan approved $400 million in loans to Ukraine, increasing its total pledged support to $6 billion.",
        "The EIB signed a EUR 300 million loan with Ukraine, boosting its overall backing for the country to EUR 2 "
        "billion.",
    ],
)
def test_a_total_grown_by_the_new_money_is_the_second_amounts(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["event", "cumulative"]


def test_a_total_alone_stays_cumulative():
    text = "Japan's total pledged support for Ukraine has grown to $6 billion since the invasion."
    assert [scope for _, scope in amounts_scopes(text)] == ["cumulative"]


# Family 2: budget support names the Ukrainian payroll it keeps paying; that is what the money is for, not a wage bill.
@pytest.mark.parametrize(
    "text",
    [
        "The World Bank approved $700 million for Ukraine to help pay wages for teachers and civil servants.",
        "Japan will provide $500 million to Ukraine to cover salaries and pensions of public sector workers.",
        "Norway gave NOK 1 billion to Ukraine's budget, financing the salaries of doctors in frontline regions.",
        "Sweden's grant of SEK 250 million to Ukraine helps pay pensions and social payments.",
    ],
)
def test_budget_support_for_ukraines_payroll_is_aid(text):
    assert len(events(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Germany raised public sector wages by EUR 5 billion this year.",
        "Poland will spend EUR 2 billion to pay pensions next year.",
        "The average monthly salary in Kyiv rose to UAH 20,000.",
    ],
)
def test_a_countrys_own_wage_bill_stays_no_aid(text):
    assert amounts(text) == []


# Family 3: money someone is still working on, or that a goal names, is not given yet.
@pytest.mark.parametrize(
    "sentence",
    [
        "The lender said it was still working on a $2.5 billion support package for the months ahead.",
        "An official told reporters the goal is to supply $8 billion of arms through the new mechanism.",
        "The aim is to raise another EUR 1 billion for Ukraine's air defence by June, a diplomat said.",
        "The plan is to send $2 billion more before the winter, officials said.",
        "Our objective is to mobilise EUR 5 billion for the energy grid, the minister said.",
    ],
)
def test_money_still_being_worked_on_or_aimed_at_is_no_aid(sentence):
    text = "The IMF approved $1.2 billion in emergency financing for Kyiv on Monday. " + sentence
    assert amounts(text) == [(1.2e9, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged EUR 500 million to Ukraine, the aim of which is to bolster air defence.",
        "The plan is to help Kyiv, and Germany pledged EUR 500 million to Ukraine on Monday.",
    ],
)
def test_a_pledge_beside_an_aim_stays_aid(text):
    assert amounts(text) == [(5e8, "EUR")]


# Family 4: a group named as what the giver belongs to, a mechanism it leads, or the seller of what is bought names
# no giver; the giver named as an attribute of the aid noun right after the amount gives it.
@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Canada, a member of the G7, announced $250 million in loans for Kyiv in March.", "Canada"),
        ("Austria, one of the EU member states, gave EUR 10 million to Ukraine.", "Austria"),
        ("The Netherlands became the first NATO ally to use the new mechanism by pledging EUR 500 million for "
         "Ukraine.", "Netherlands"),
        ("As a fellow EU member, Ireland sent EUR 20 million to Ukraine.", "Ireland"),
        ("The IMF loan comes on top of a $700 million World Bank economic package for Ukraine.", "World Bank"),
        ("Ukraine received a EUR 18 billion EU loan in January.", "EU"),
    ],
)
def test_the_giver_not_the_group_it_belongs_to(text, donor):
    assert [d for _, d in donors(text)] == [donor]


@pytest.mark.parametrize(
    "sentence",
    [
        "Another CA$50 million will flow into PURL, a NATO-led programme that buys weapons for Ukraine.",
        "Some CA$50 million is set aside for the purchase of NATO-prioritised military equipment from the US for Kyiv.",
        "Some CA$50 million goes to the purchase of air defence interceptors from the United States.",
    ],
)
def test_a_mechanism_led_by_nato_or_the_seller_names_no_giver(sentence):
    text = "Canada pledged CA$2 billion in military aid to Ukraine on Monday. " + sentence
    assert [d for _, d in donors(text)][-1] != "NATO"
    assert "United States" not in [d for _, d in donors(text)]


def test_nato_allies_as_a_subject_stay_a_giver():
    assert [d for _, d in donors("NATO allies pledged EUR 40 billion in military aid to Ukraine on Monday.")] == [
        "NATO"
    ]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Carney announced over CA$30 million for humanitarian assistance to Ukraine.", "Canada"),
        ("Merz said Berlin would give EUR 2 billion more to Ukraine.", "Germany"),
        ("Frederiksen announced DKK 500 million in aid to Ukraine on Friday.", "Denmark"),
    ],
)
def test_current_leaders_who_announce_aid_name_their_country(text, donor):
    assert [d for _, d in donors(text)] == [donor]


# Family 5: a clause of contrast or simultaneity after the amount ("while simultaneously expanding sanctions") is about
# something else; its words do not make the amount other money.
@pytest.mark.parametrize(
    "text",
    [
        "Australia unveiled a AUD 95 million defence assistance initiative for Kyiv on Tuesday while "
        "simultaneously widening sanctions on Russian tankers.",
        "Australia unveiled a AUD 95 million aid initiative for Ukraine, while also widening sanctions on Moscow.",
        "Australia set out a AUD 95 million assistance initiative for Ukraine even as it tightened sanctions on "
        "Russian oil.",
    ],
)
def test_a_contrast_clause_after_the_amount_does_not_unmake_the_aid(text):
    assert amounts(text) == [(95e6, "AUD")]


def test_sanctions_money_stays_no_aid():
    assert amounts("The EU froze EUR 5 billion in sanctions on Russian banks while it debated aid to Ukraine.") == []


# Family 6: the money named again by its noun and given as an equivalent in another currency restates the figure
# before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The funds, equivalent to 450 billion yen, are part of a wider G7 scheme.",
        "This amount, the equivalent of about EUR 2.8 billion, will be paid through the World Bank.",
        "The loan, equal to roughly 450 billion yen, carries no interest.",
    ],
)
def test_the_money_restated_as_an_equivalent_is_one_fact(sentence):
    text = "Tokyo has converted a $3 billion loan for Kyiv on Monday. " + sentence
    assert events(text) == [(3e9, "USD")]


def test_an_equivalent_that_opens_the_article_stays_the_fact():
    text = "The funds, equivalent to 450 billion yen, were pledged by Japan to Ukraine on Monday."
    assert amounts(text) == [(450e9, "JPY")]


# Family 7: a kind of aid named with its figure after a running total ("with military assistance exceeding ...") is a
# part of that total and takes its scope; after a new pledge it stays the pledge's part.
@pytest.mark.parametrize(
    "text",
    [
        "Australia's total commitment to Ukraine has passed AUD 1.5 billion since 2022, with military assistance "
        "exceeding AUD 1.2 billion.",
        "Norway's support for Ukraine since the invasion has reached NOK 90 billion, with humanitarian aid at NOK 20 "
        "billion.",
        "Canada has provided C$19 billion to Ukraine since 2022, with military support totalling C$4 billion.",
    ],
)
def test_a_kind_of_aid_with_its_figure_after_a_running_total_is_cumulative(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["cumulative", "cumulative"]


def test_a_kind_of_aid_with_its_figure_after_a_pledge_stays_an_event():
    text = "Germany pledged EUR 500 million to Ukraine on Monday, with military aid worth EUR 300 million."
    assert [scope for _, scope in amounts_scopes(text)] == ["event", "event"]


# Family 8: money given to meet Ukraine's needs names its purpose; the needs are not the figure.
@pytest.mark.parametrize(
    "text",
    [
        "The World Bank has approved allocating $600 million to address urgent needs in Ukraine.",
        "EU leaders agreed on a EUR 70 billion loan for Kyiv to cover its defence and budget needs.",
        "Norway will give NOK 2 billion to Ukraine to help meet its most pressing financial needs.",
    ],
)
def test_money_for_ukraines_needs_is_aid(text):
    assert len(events(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's financing needs next year are estimated at $40 billion.",
        "The IMF puts Ukraine's economic needs at $15 billion for next year.",
        "Ukraine needs $10 billion to address its urgent needs, the minister said.",
    ],
)
def test_ukraines_needs_stay_no_aid(text):
    assert amounts(text) == []


# Family 9: a sentence whose subject is the money just named, said to be part of a larger package named with "a" or
# "an", names that package's envelope; so does the macro-financial "operation" a tranche is paid under.
@pytest.mark.parametrize(
    "sentence",
    [
        "This is part of an MFA package worth up to EUR 8 billion announced in May.",
        "The tranche forms part of a $15 billion programme agreed in March.",
        "It is part of a EUR 8 billion support package for Kyiv.",
    ],
)
def test_the_package_the_money_just_named_is_part_of_is_its_envelope(sentence):
    text = "The European Commission disbursed EUR 2 billion to Ukraine on Tuesday. " + sentence
    assert [scope for _, scope in amounts_scopes(text)] == ["event", "period"]


@pytest.mark.parametrize(
    "text",
    [
        "Today the Commission paid out a first instalment of EUR 2 billion under the EUR 5 billion special "
        "macro-financial (MFA) operation for Kyiv.",
        "The EU disbursed EUR 2 billion to Ukraine on Tuesday under the EUR 5 billion MFA operation.",
    ],
)
def test_the_operation_a_tranche_is_paid_under_is_its_envelope(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["event", "period"]


@pytest.mark.parametrize(
    "text",
    [
        "The EU gave EUR 2 billion to Ukraine on Monday. It is part of a wider effort, and Germany pledged EUR 500 "
        "million on Tuesday.",
        "The EU announced a EUR 500 million humanitarian operation for Ukraine on Monday.",
    ],
)
def test_a_package_of_its_own_stays_an_event(text):
    assert all(scope == "event" for _, scope in amounts_scopes(text))


# Family 10: "the Commission" named alone in EU releases and the reports that follow them is the EU.
@pytest.mark.parametrize(
    "text",
    [
        "The Commission has today disbursed EUR 1.5 billion to Ukraine.",
        "On Tuesday the Commission paid out a EUR 1.5 billion loan to Ukraine.",
        "Kyiv received EUR 1.5 billion from the Commission on Tuesday.",
    ],
)
def test_the_commission_named_alone_is_the_eu(text):
    assert donors(text) == [(1.5e9, "EU")]


# Family 11: a running total quoted and glossed ("brings \"the total (aid) announced ... to $1 billion\"") is still
# a running total.
@pytest.mark.parametrize(
    "sentence",
    [
        'The new package brings "the total (aid) pledged over the past seven days to $1 billion," an official said.',
        "The decision brings \u201ctotal US security assistance to $1.2 billion\u201d since January.",
        'This takes "our (military) support since 2022 to $1.5 billion", the minister said.',
    ],
)
def test_a_quoted_running_total_is_cumulative(sentence):
    text = "The US announced $200 million in aid for Ukraine on Saturday. " + sentence
    assert [scope for _, scope in amounts_scopes(text)] == ["event", "cumulative"]


# Family 12: "another" before the same figure in one sentence names a second sum, not a restatement.
@pytest.mark.parametrize(
    "text",
    [
        "The US pledged $8 billion to Kyiv on Monday, with $3.5 billion in humanitarian aid and another $3.5 billion "
        "in military financing.",
        "Congress approved $40 billion for Ukraine. The law provides $20 billion for weapons for Ukraine and another $20 "
        "billion in economic aid.",
        "Norway gave NOK 500 million to Ukraine's grid on Monday and a further NOK 500 million for heating in Ukraine.",
    ],
)
def test_another_equal_sum_in_one_sentence_is_a_second_fact(text):
    figures = [amount for amount, _ in events(text)]
    assert len(figures) == len(set(figures)) + 1


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged EUR 500 million to Ukraine on Monday. The EUR 500 million package includes air defence.",
        "Germany pledged EUR 500 million to Ukraine on Monday. Another EUR 500 million was pledged by Germany in May, "
        "the ministry recalled, of which EUR 500 million went to air defence.",
    ],
)
def test_an_equal_figure_in_a_later_sentence_stays_one_fact(text):
    assert events(text).count((5e8, "EUR")) == 1


# Family 13: money an agency of the giver is given to spend on aid for Ukraine is aid, not the giver's own spending.
@pytest.mark.parametrize(
    "text",
    [
        "The US law authorizes $18 billion for the Pentagon to spend on security assistance for Ukraine.",
        "The bill gives the State Department $5 billion to spend on humanitarian aid for Ukraine.",
    ],
)
def test_money_to_spend_on_aid_for_ukraine_is_aid(text):
    assert len(events(text)) == 1


def test_a_givers_own_spending_stays_no_aid():
    assert amounts("Germany's budget will spend EUR 5 billion on its own army's equipment next year.") == []
