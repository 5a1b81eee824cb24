"""Aid phrasing families met on the opened slice r37 (money for Ukraine, 2023-2024) and checked against the aid facts of
r36, r38 and r39 and other real reporting (AP and Reuters copy on the 2024 US supplemental, the G7 loan repaid from the
profits of frozen Russian assets, Ukrainian agencies' "Read also" links, Nordic roundups). The sentences are written
for these tests; figures and names are changed.

Each family has controls: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts, amounts, amounts_scopes, events


def dates(text: str, **kwargs) -> list[tuple[float, str]]:
    return [(f["amount"], str(f["event_date"])) for f in aid_facts(text, **kwargs)]


# Family 1: a related-story link in the body is another story's headline.
@pytest.mark.parametrize(
    "link",
    [
        "Read also: IMF approves next $700 million tranche for Ukraine",
        "Read more: Japan pledges $300 million to Kyiv",
        "See also: Sweden sends SEK 2 billion package to Ukraine",
        "Related: EU disburses EUR 1.2 billion to Ukraine",
        "READ ALSO: Canada gives C$40 million in aid to Ukraine",
    ],
)
def test_a_related_story_link_gives_no_fact(link):
    text = f"Norway pledged NOK 3 billion in aid to Ukraine on Tuesday.\n\n{link}\n\nThe money goes to energy repairs."
    assert amounts(text) == [(3e9, "NOK")]


# Family 2: frozen assets, Russia's money and blocked tranches stay no aid.
@pytest.mark.parametrize(
    "text",
    [
        "The EU holds about EUR 190 billion of frozen Russian assets, most of them at Euroclear, as it weighs aid to "
        "Ukraine.",
        "Russia pledged $2 billion to its allies while it kept up its war on Ukraine.",
        "Hungary has blocked a EUR 5.5 billion tranche of military aid for Ukraine.",
    ],
)
def test_frozen_assets_russian_money_and_blocked_tranches_stay_no_aid(text):
    assert amounts(text) == []


# Family 3: money that someone urged lawmakers to pass, said in a relative clause after it, is asked for.
@pytest.mark.parametrize(
    "text",
    [
        "The United States sent weapons to Ukraine. These funds are well below the $55 billion in aid that the "
        "president has urged lawmakers to approve.",
        "The United States sent weapons to Ukraine. The bill leaves out the $55 billion package the White House asked "
        "lawmakers to pass.",
        "The United States sent weapons to Ukraine. It is less than the $55 billion in military aid that Biden has "
        "repeatedly pressed the House to fund.",
    ],
)
def test_money_lawmakers_were_urged_to_pass_is_asked_for(text):
    assert amounts(text) == []


def test_money_lawmakers_passed_stays_aid():
    text = "The US Congress on Tuesday approved $55 billion in aid for Ukraine that Biden signed on Wednesday."
    assert amounts(text) == [(55e9, "USD")]


# Family 4: drawdown authority said to remain after its amount is no commitment.
@pytest.mark.parametrize(
    "sentence",
    [
        "There is $4.3 billion remaining of presidential drawdown authority.",
        "The Pentagon still has $4.3 billion left in drawdown authority for Ukraine.",
        "About $4.3 billion remains available under the presidential drawdown authority for Ukraine.",
    ],
)
def test_authority_said_to_remain_after_the_amount_is_no_aid(sentence):
    text = "The US announced a $500 million military aid package for Ukraine on Monday. " + sentence
    assert amounts(text) == [(5e8, "USD")]


# Family 5: a running total said with a verb of growth, or as an accumulation.
@pytest.mark.parametrize(
    "text",
    [
        "Estonia's arms support for Kyiv over the course of the war has escalated to about $1.5 billion.",
        "Sweden's support for Ukraine has swelled to SEK 80 billion.",
        "Finland's aid to Ukraine has soared to EUR 2.9 billion.",
        "The Nansen programme for Ukraine has seen an accumulation of NOK 30 billion in support from Norway.",
        "Norway's Nansen programme has accumulated NOK 30 billion in support for Ukraine.",
    ],
)
def test_growth_verbs_and_accumulation_are_running_totals(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["cumulative"]


def test_a_part_opened_by_from_which_takes_the_totals_scope():
    text = ("Norway's programme for Ukraine has seen an accumulation of NOK 30 billion in support, from which NOK 10 "
            "billion is allocated to civilian needs and NOK 20 billion is dedicated to military aid.")
    assert amounts_scopes(text) == [(30e9, "cumulative"), (10e9, "cumulative"), (20e9, "cumulative")]


def test_a_pledge_stays_an_event():
    assert amounts_scopes("Denmark pledged $500 million in military aid to Ukraine on Monday.") == [(5e8, "event")]


# Family 6: a value only guessed at is a forecast.
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's upcoming American arms package, likely worth $700 million, could contain long-range missiles.",
        "A new German package for Ukraine that could be worth EUR 2 billion is being discussed.",
        "The next tranche of aid to Ukraine is expected to be worth $900 million.",
        "The Pentagon said the next aid package for Ukraine would be worth about $400 million.",
    ],
)
def test_a_guessed_value_is_no_commitment(text):
    assert events(text) == []


def test_a_package_worth_its_value_stays_aid():
    assert events("The US announced a package worth $800 million in military aid for Ukraine on Friday.") == [
        (8e8, "USD")]


# Family 7: an amount said to be coming, due or to follow is still to come.
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv is set to get an opening tranche of EUR 3 billion in May, with the second tranche of EUR 1 billion "
        "coming in June.",
        "The EU approved the plan, and a payment of EUR 1 billion due in June for Ukraine.",
        "Ukraine will receive EUR 4 billion from the EU in March, with another EUR 1 billion to follow next month.",
    ],
)
def test_an_amount_coming_or_due_is_not_yet_given(text):
    assert events(text) == []


def test_an_amount_disbursed_in_a_month_stays_aid():
    assert events("The EU disbursed EUR 1 billion to Ukraine in April.", published="2024-05-10T08:00:00Z") == [
        (1e9, "EUR")]


# Family 8: a participle clause after the amount comments on it; its "since" makes no running total.
@pytest.mark.parametrize(
    "text",
    [
        "Australia committed $1.5 billion in relief aid for Ukraine on Monday, roughly tripling its support since "
        "the war started.",
        "Seoul pledged $2 billion to Ukraine on Monday, more than doubling its aid since the invasion began.",
        "Canada announced C$500 million for Ukraine on Monday, making it one of the largest donors since 2022.",
    ],
)
def test_a_participle_clause_after_the_amount_keeps_it_an_event(text):
    facts = aid_facts(text, published="2024-03-14T08:00:00Z")
    assert [(f["scope"], str(f["event_date"])) for f in facts] == [("event", "2024-03-11")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan has provided $12 billion to Ukraine since the war started.",
        "Since the invasion, Canada has committed C$15 billion to Ukraine, making it one of the largest donors.",
    ],
)
def test_a_running_total_with_since_stays_cumulative(text):
    assert [scope for _, scope in amounts_scopes(text)] == ["cumulative"]


# Family 9: a month still to come dates an announced amount by the publication day, not by last year's month.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The US said it would put $20 billion into the G7 loan for Kyiv during December.",
         "2024-10-25T12:00:00Z", "2024-10-25"),
        ("Japan said it will give Ukraine $3 billion in November.", "2024-09-10T12:00:00Z", "2024-09-10"),
    ],
)
def test_a_future_month_dates_nothing_before_publication(text, published, expected):
    assert [d for _, d in dates(text, published=published)] == [expected]


def test_a_past_month_without_a_future_verb_is_last_years():
    text = "In December, Japan gave Ukraine $3 billion in budget support."
    assert dates(text, published="2024-02-10T12:00:00Z") == [(3e9, "2023-12-31")]


# Family 10: a Nordic crown in the singular, as an adjective before its noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark said on Wednesday it set up a 6 billion Danish crown ($870 million) fund for military aid to Ukraine "
         "this year.", [(6e9, "DKK")]),
        ("Sweden approved a 5 billion Swedish crown military aid package for Ukraine on Monday.", [(5e9, "SEK")]),
        ("Norway pledged a 2 billion Norwegian crown grant to Ukraine on Tuesday.", [(2e9, "NOK")]),
    ],
)
def test_a_singular_nordic_crown_names_its_currency(text, expected):
    assert amounts(text) == expected


# Family 11: the total of a bill for several countries, and a sentence going on with another country's package.
@pytest.mark.parametrize(
    "text",
    [
        "Congress passed military aid for Ukraine on Tuesday. The whole $90 billion foreign aid package won the "
        "Senate's backing on Tuesday.",
        "Congress passed military aid for Ukraine on Tuesday. The House approved a $90 billion national security package "
        "on Saturday.",
        "Congress passed military aid for Ukraine on Tuesday. Biden signed the $90 billion foreign aid bill on Wednesday.",
    ],
)
def test_a_bills_total_for_several_countries_is_no_aid_to_ukraine(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    "continuation",
    [
        "It also includes $2 billion for air defence interceptors.",
        "The package also provides $2 billion for munitions.",
        "The bill also sets aside $2 billion in military aid for munitions.",
    ],
)
def test_a_sentence_going_on_with_another_countrys_package_is_that_countrys(continuation):
    text = ("The US Congress approved $50 billion in military aid to Ukraine on Tuesday. Aid to Israel includes more "
            "than $4 billion for air defences. " + continuation)
    assert amounts(text) == [(50e9, "USD")]


def test_a_sentence_going_on_with_ukraines_package_stays_aid():
    text = "The US Congress passed a $55 billion package for Ukraine on Saturday. It also includes $7 billion in economic aid."
    assert amounts(text) == [(55e9, "USD"), (7e9, "USD")]


# Family 12: a lede that names the day of a joint announcement without its amount dates the givers' amounts after it.
def test_a_lede_without_an_amount_dates_the_amounts_of_the_givers_it_lists():
    text = (
        "On February 24, the Nordic countries - Denmark, Norway and Sweden - pledged new humanitarian and military "
        "aid to Ukraine.\n\nThe leaders travelled to Kyiv together.\n\nDenmark is giving 300 million Danish kroner "
        "for humanitarian aid in Ukraine.\n\nIts embassy will coordinate the work.\n\nThe money goes to shelters.\n\n"
        "Norway pledged NOK 10 billion in aid to Ukraine for energy.\n\nGermany gave Ukraine EUR 500 million for air "
        "defence."
    )
    assert dates(text, published="2025-02-25T10:00:00Z") == [
        (3e8, "2025-02-24"), (10e9, "2025-02-24"), (5e8, "2025-02-25")]


def test_a_running_total_after_such_a_lede_keeps_its_own_day():
    text = (
        "On February 24, Denmark and Norway pledged new aid to Ukraine.\n\n"
        "Since the invasion, Denmark's total contribution to Ukraine has exceeded 2 billion Danish kroner."
    )
    assert dates(text, published="2025-02-25T10:00:00Z") == [(2e9, "2025-02-25")]


# Family 13: a conversion between dashes is the same amount.
@pytest.mark.parametrize(
    ("text", "expected_eur"),
    [
        ("Norway has announced that it allocated NOK 5 billion\u2014more than \u20ac420 million\u2014for drones for "
         "Ukraine.", 420e6),
        ("Britain pledged GBP 100 million \u2013 about EUR 117 million \u2013 in air defence for Ukraine on Monday.",
         117e6),
    ],
)
def test_a_conversion_between_dashes_is_one_fact(text, expected_eur):
    facts = aid_facts(text)
    assert len(facts) == 1 and facts[0]["amount_eur"] == expected_eur


def test_a_range_with_a_dash_stays_no_fact():
    assert amounts("The EU will give Ukraine EUR 2bn\u2013EUR 3bn this year.") == []


# Family 14: a giver's earlier pledge named as the envelope of a sum is a period; a plan named with its aid is none.
@pytest.mark.parametrize(
    "sentence",
    [
        "This sum forms part of the UK's wider GBP 4 billion pledge from earlier this year.",
        "The money comes from its GBP 4 billion commitment for this year.",
    ],
)
def test_an_earlier_pledge_named_as_the_envelope_is_a_period(sentence):
    text = "Britain gave Ukraine GBP 150 million for drones on Monday. " + sentence
    assert amounts_scopes(text) == [(150e6, "event"), (4e9, "period")]


@pytest.mark.parametrize(
    "text",
    [
        "The trip came after Berlin said it was planning fresh aid for Ukraine worth EUR 2 billion.",
        "Paris is planning a new military package for Ukraine worth EUR 1 billion.",
    ],
)
def test_a_plan_named_with_its_aid_is_no_commitment(text):
    assert amounts(text) == []
