"""Aid precision, round 62: money that is not one giver's commitment to Ukraine, amounts said again, and parts and
totals read as events, met in the opened real stories of rounds 32 to 62. The sentences are written for these tests;
names and figures are made up.

- currency written apart from its figure: "US $ 1.04 billion" in brackets is the conversion of the amount before it,
  "Canadian $ 8 million" is CAD, "a half-a-billion-dollar package" is $500 million;
- the larger share of a whole a giver pays ("most of the $500 million package", "the bulk of the fund") is no figure
  of that giver;
- the headlines listed under a "Read also:" header, bulleted or not, are other stories;
- the size of a fund many givers pay into ("the fund is over GBP 1.3 billion"), money given to it "by allies and
  partners", a counted group's allocation ("five countries confirmed the allocation of $1 billion"), what a
  conference as a whole brought, and a sum "split among" givers named after it name no one giver;
- running totals: "this amount exceeded $14 billion", a second total joined to a "brings ... to" total, "has
  committed a total of" (not "in new aid");
- parts: "Of the EUR 2 billion package, EUR 500 million ..." and "The fund would direct X to ..." take the scope of the
  figure before; the plain items of a list whose first item is other money are other money too;
- one sum for Ukraine and a group of other states named before the amount ("will give Ukraine and a few
  neighbouring states"); "NATO-approved" names no giver;
- a conversion restated in a sentence of its own ("its dollar value at around $220 million"), and a later exact
  conversion of a rounded figure said first, are that figure;
- the items of a list headed as still planned ("Two tranches are planned for 2027: ...");
- a place named before the amount ("said in Brussels") yields to a giver named before it;
- a sentence listing bare "$" sums of several givers keeps the US dollar for a Canadian one.

Each family has negatives: the neighbouring wordings that must keep their fact as it was.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts, amounts, events


def found(text: str) -> list[tuple[float, str, str | None, str]]:
    """(amount, currency, donor, scope) of each aid fact."""
    return [(f["amount"], f["currency"], f["donor"], f["scope"]) for f in aid_facts(text)]


# Family 1: currency written apart from its figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Commission approved a new € 2 billion (US $ 2.1 billion) loan to Ukraine on Tuesday.", [(2e9, "EUR")]),
        ("Brussels lent Ukraine € 600 million (U.S. $ 640 million) on Monday.", [(600e6, "EUR")]),
        ("Ottawa said on Friday it will give Kyiv Canadian $ 8 million in winter clothing aid.", [(8e6, "CAD")]),
        ("Perth confirmed Australia will send Ukraine Australian $ 40 million in military aid.", [(40e6, "AUD")]),
        ("Oslo will give Ukraine half a billion dollars in military aid.", [(500e6, "USD")]),
        ("Finland approved a half-a-billion-dollar military aid package for Ukraine.", [(500e6, "USD")]),
    ],
)
def test_a_currency_written_apart_from_its_figure_is_read_as_one(text, expected):
    assert amounts(text) == expected


# Family 2: the larger share of a whole is no figure of the giver who pays it
@pytest.mark.parametrize(
    "text",
    [
        "Sweden will pay for most of the half-a-billion-dollar package for Ukraine, the minister said.",
        "The bulk of the $800 million arms package for Ukraine is being funded by Denmark.",
        "Norway is covering the majority of the EUR 400 million ammunition deal for Ukraine.",
        "Finland will fund half of the $300 million air defence package for Kyiv.",
    ],
)
def test_the_larger_share_of_a_whole_is_no_figure_of_its_payer(text):
    assert amounts(text) == []


def test_a_giver_s_own_whole_package_stays():
    assert amounts("Sweden will pay for the whole $500 million package for Ukraine, the minister said.") == [
        (500e6, "USD")
    ]


# Family 3: headlines listed under a "Read also:" header
RELATED_LISTS = [
    "Norway will give Ukraine NOK 2 billion for gas, the ministry said on Monday.\n\nRead also:\n\n"
    "  • Latvia sends Ukraine a $30 million drone package\n\n  • Spain will allocate almost $90 million for tanks",
    "Norway will give Ukraine NOK 2 billion for gas, the ministry said on Monday.\n\nMore on this:\n"
    "- Latvia sends Ukraine a $30 million drone package\n- Spain will allocate almost $90 million for tanks",
    "Norway will give Ukraine NOK 2 billion for gas, the ministry said on Monday.\n\nSee also:\n\n"
    "Latvia sends Ukraine a $30 million drone package\n\nSpain will allocate almost $90 million for tanks",
]


@pytest.mark.parametrize("text", RELATED_LISTS)
def test_the_headlines_listed_under_a_related_header_are_other_stories(text):
    assert amounts(text) == [(2e9, "NOK")]


def test_the_story_going_on_after_the_list_keeps_its_figures():
    text = (
        "Norway will give Ukraine NOK 2 billion for gas, the ministry said on Monday.\n\nSee also:\n\n"
        "Latvia sends Ukraine a $30 million drone package\n\n"
        "Latvia also gave Ukraine $5 million for demining last week."
    )
    assert amounts(text) == [(2e9, "NOK"), (5e6, "USD")]


# Family 4: money no one giver gives
@pytest.mark.parametrize(
    "text",
    [
        "Britain gave Ukraine GBP 45 million for drones. The minister said the International Fund for Ukraine is "
        "over GBP 1.3 billion.",
        "Britain gave Ukraine GBP 45 million for drones. The demining coalition now stands at GBP 900 million.",
        "Germany pledged EUR 100 million to Ukraine. An extra GBP 170 million has been pledged to the drone fund by "
        "allies and partners.",
        "Germany pledged EUR 100 million to Ukraine. Another $300 million was committed to the fund by several "
        "partners.",
        "Five countries confirmed the allocation of $1 billion for Ukraine's army through the PURL scheme, the "
        "minister said at NATO headquarters.",
        "The recovery conference in Vienna has led to commitments of over EUR 8 billion in aid for Ukraine, Austria "
        "said.",
        "The G7 agreed a $40 billion loan for Ukraine. Washington pledged $25 billion. The last $10 billion is to "
        "be divided between Britain, Japan and Canada.",
        "The G7 agreed a $40 billion loan for Ukraine. The last $10 billion will be shared among the U.K., Japan and "
        "Canada.",
    ],
)
def test_money_no_one_giver_gives_is_no_fact(text):
    pooled = {1.3e9, 900e6, 170e6, 300e6, 1e9, 8e9, 10e9}
    assert [a for a, _ in amounts(text) if a in pooled] == []


def test_a_headline_restating_a_pooled_figure_is_no_fact_either():
    text = (
        "Summit brings over 8 bln euros for Ukraine recovery, Austria says\n\n"
        "The recovery conference in Vienna has led to commitments of over EUR 8 billion in aid for Ukraine, the "
        "Austrian government said."
    )
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a giver's own part of the fund
        ("The International Fund for Ukraine now stands at GBP 1.3 billion, of which Britain has given GBP 600 "
         "million.", [(600e6, "GBP")]),
        ("Norway's contribution to the fund is NOK 1 billion, the ministry said of its aid to Ukraine.",
         [(1e9, "NOK")]),
        # a giver named after the pledges
        ("The conference in Vienna has led to pledges of 1 billion euros from Austria for Ukraine.",
         [(1e9, "EUR")]),
        # named givers that confirmed it
        ("The countries confirmed the allocation of $1 billion for Ukraine's army.", []),
        # a sum split between uses, not givers
        ("Norway and Sweden pledged $100 million for Ukraine, to be split between the army and the grid.",
         [(100e6, "USD")]),
    ],
)
def test_a_giver_s_own_money_beside_a_pooled_fund_stays(text, expected):
    assert amounts(text) == expected


# Family 5: running totals
@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The Pentagon said Washington has provided Ukraine with more than $13 billion in security aid since 2022. "
         "Counting Friday's package, that figure has now topped $14 billion.", 14e9),
        ("Norway has given Ukraine NOK 30 billion since 2022. With Friday's new package, the sum has now reached NOK "
         "35 billion.", 35e9),
        ("Washington announced $60 million in new food aid for Ukraine. This takes all the food aid that the agency "
         "has sent to Ukrainians since the invasion to almost $900 million, and the total the whole federal "
         "government gave to about $1.4 billion.", 1.4e9),
        ("Canada has committed a total of 4 billion Canadian dollars to the scheme, which lends Ukraine money "
         "against frozen Russian assets.", 4e9),
    ],
)
def test_a_total_said_again_as_it_grows_is_a_running_total(text, total):
    assert (total, "cumulative") in [(a, s) for a, _, _, s in found(text)]


def test_a_pledge_of_a_total_in_new_aid_stays_an_event():
    assert events("Spain has committed a total of EUR 300 million in new aid to Ukraine on Monday.") == [
        (300e6, "EUR")
    ]


# Family 6: parts take the scope of the figure before
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Norway will give Ukraine NOK 5 billion this year. Of the NOK 5 billion package, NOK 2 billion will go to "
         "air defence.", 2e9),
        ("Belgium will allocate EUR 1 billion to Ukraine in 2026. Out of the EUR 1 billion (about $1.1 billion), "
         "EUR 300 million is for F-16 training.", 300e6),
        ("Denmark said it would set up a 6 billion Danish crown fund for aid to Ukraine this year. The fund, backed "
         "by most parties, would direct 4 billion crowns to military aid.", 4e9),
        ("Sweden will give Ukraine SEK 3 billion this year. The package allocates SEK 1 billion to mine clearing.",
         1e9),
    ],
)
def test_a_part_of_a_year_s_figure_takes_its_scope(text, part):
    assert (part, "period") in [(a, s) for a, _, _, s in found(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a whole that is not the figure before is its own
        ("Germany gave Ukraine EUR 5 billion in 2024. Of the EUR 2 billion package announced today, EUR 500 million "
         "will go to drones.", 500e6),
        # an event's part is an event
        ("Norway gave Ukraine NOK 5 billion on Monday. Of the NOK 5 billion, NOK 2 billion is for air defence.",
         2e9),
        # a programme's larger sum is no part of the figure before
        ("Austria has given Ukraine EUR 300 million in aid. The package allocates EUR 900 million to Ukraine's "
         "recovery.", 900e6),
    ],
)
def test_a_figure_that_is_not_a_part_of_a_year_s_budget_stays_an_event(text, part):
    assert (part, "event") in [(a, s) for a, _, _, s in found(text)]


def test_the_plain_items_after_a_budget_item_are_budget_items():
    text = (
        "Seoul said on Monday its aid to Ukraine will grow next year. Under the 2025 budget, the package includes $90 "
        "million for schools, more than $150 million for food and another $90 million through UN agencies."
    )
    assert [a for a, _, _, s in found(text) if s == "event"] == []


def test_an_item_with_its_own_noun_after_other_money_stays():
    text = (
        "On Monday Ukraine's finance ministry reported a $400 million loan from the World Bank with a guarantee of $300 "
        "million from Sweden, and a grant of $700 million from Japan."
    )
    assert amounts(text) == [(400e6, "USD"), (700e6, "USD")]


# Family 7: one sum for Ukraine and other states; a standard is no giver
@pytest.mark.parametrize(
    "text",
    [
        "Washington will supply Ukraine and a number of Baltic states with arms worth $2 billion.",
        "Brussels will give Ukraine and a few neighbouring countries EUR 500 million in energy aid.",
        "Tokyo will send Ukraine and several other states humanitarian aid totalling $80 million.",
    ],
)
def test_one_sum_for_ukraine_and_other_states_named_first_is_no_fact(text):
    assert amounts(text) == []


def test_a_standard_a_body_sets_names_no_giver():
    text = "Canada will give Ukraine $1 billion in military aid. Another $400 million will fund NATO-approved purchases."
    assert {d for _, _, d, _ in found(text)} == {"Canada"}


# Family 8: a conversion said again
@pytest.mark.parametrize(
    "text",
    [
        "Canada announced a new C$250 million military aid package for Ukraine. The conversion rate at the time put "
        "the package's dollar value at about $180 million.",
        "Norway pledged NOK 3 billion to Ukraine on Friday. In dollar terms, the aid is worth about $280 million.",
    ],
)
def test_a_conversion_restated_in_its_own_sentence_is_no_second_fact(text):
    assert len(amounts(text)) == 1


def test_a_conversion_folded_into_its_amount_keeps_the_fact():
    assert amounts("Norway pledged NOK 3 billion, or about $280 million in dollar terms, to Ukraine on Friday.") == [
        (3e9, "NOK")
    ]


def test_the_exact_conversion_of_a_rounded_figure_said_first_restates_it():
    text = (
        "Copenhagen unveiled arms aid for Kyiv worth nearly $300 million on Tuesday. Its price is 2 billion Danish "
        "kroner (approximately $293 million), the minister said."
    )
    assert amounts(text) == [(300e6, "USD")]


def test_an_exact_figure_said_first_is_not_rounded():
    text = (
        "Copenhagen unveiled arms aid for Kyiv worth $300 million on Tuesday. The minister said Denmark will also "
        "give 2 billion Danish kroner (approximately $293 million) for Ukraine's grid."
    )
    assert amounts(text) == [(300e6, "USD"), (2e9, "DKK")]


# Family 9: the items of a list headed as still planned
@pytest.mark.parametrize(
    "text",
    [
        "The IMF disbursed $700 million to Ukraine on Friday. Two tranches are planned for 2027: $800 million in "
        "March, followed by $1.1 billion in August.",
        "The IMF disbursed $700 million to Ukraine on Friday. Three more payments are scheduled for next year: $500 "
        "million in May, followed by $600 million in October.",
        "The EU disbursed EUR 1 billion to Ukraine on Monday. Further tranches are expected in 2027: EUR 2 billion in "
        "spring and EUR 3 billion in autumn.",
    ],
)
def test_the_items_of_a_planned_list_are_no_facts(text):
    assert len(amounts(text)) == 1


# Family 10: a place before the amount yields to a giver before it
@pytest.mark.parametrize(
    "text",
    [
        "Latvian Defence Minister Ivo Berzins, after arriving at the NATO meeting in Brussels, said that his country "
        "will contribute $15 million to the PURL package for Ukraine.",
        "Latvian Defence Minister Ivo Berzins said in Brussels that his country will give $15 million for Ukraine.",
    ],
)
def test_a_place_before_the_amount_yields_to_the_giver_before_it(text):
    assert [d for _, _, d, _ in found(text)] == ["Latvia"]


def test_a_place_alone_before_the_amount_stays_the_giver():
    assert [d for _, _, d, _ in found("In Germany, the government pledged EUR 1 billion in aid to Ukraine.")] == [
        "Germany"
    ]


# Family 11: bare "$" sums of several givers in one sentence are US dollars
def test_bare_dollars_of_several_givers_in_one_sentence_are_us_dollars():
    text = (
        "NATO allies have paid for US weapons for Ukraine. The first package was paid by the Netherlands for $500 "
        "million, the second by Germany for $400 million, and the third, also for $400 million, by Canada."
    )
    assert {c for _, c, _, _ in found(text)} == {"USD"}


def test_a_bare_dollar_of_a_canadian_giver_alone_stays_its_own():
    assert amounts("Canada announces $4 million in demining aid for Ukraine today.") == [(4e6, "CAD")]


# Family 12: a part said again and dropped does not cut the list of parts after it
def test_the_parts_after_a_restated_part_keep_the_total_s_scope():
    text = (
        "Sweden pledged SEK 16 billion ($1.5 billion) for Ukraine's grid on Monday. Its aid scheme has gathered SEK 40 "
        "billion ($3.8 billion) for Ukraine since 2022, from which $1.5 billion goes to civilian needs and $2.3 billion "
        "is set aside for the army."
    )
    assert [a for a, _, _, s in found(text) if s == "event"] == [16e9]


# Family 13: the loan a tranche is drawn from, named with its amount before its noun, is the envelope
@pytest.mark.parametrize(
    "text",
    [
        "The IMF disbursed the third tranche of its $12 billion loan to Ukraine on Friday, worth $700 million.",
        "The EU paid out a new instalment of the EUR 18 billion (about $19.5 billion) financing package to Ukraine on "
        "Tuesday, worth EUR 1.5 billion.",
    ],
)
def test_the_loan_a_tranche_comes_from_is_no_event(text):
    assert len(events(text)) == 1
    assert all(s != "event" for a, _, _, s in found(text) if a in (12e9, 18e9))


def test_a_loan_said_as_such_stays_an_event():
    assert events("The IMF approved a $12 billion loan for Ukraine on Friday.") == [(12e9, "USD")]


# Family 14: a draft of an agreement is not yet signed
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's cabinet has approved a draft agreement with Japan on a grant of JPY 5 billion.",
        "The government in Kyiv endorsed the draft accord with Norway on NOK 1 billion for the power grid.",
    ],
)
def test_a_draft_agreement_s_money_is_no_fact(text):
    assert amounts(text) == []


def test_an_agreement_signed_stays():
    assert amounts("Japan signed an agreement with Ukraine on a grant of JPY 5 billion on Monday.") == [
        (5e9, "JPY")
    ]


# Family 15: a title-case line inside the body with a figure the article never states again
def test_a_title_case_line_with_a_figure_of_its_own_is_another_story():
    text = (
        "Japan will lend Ukraine about $2 billion, the finance ministry in Kyiv said on Friday.\n\n"
        "Biden And Japan Deepen Defence Ties With $900 Million Missile Deal\n\n"
        "Japan has given Ukraine more than $7 billion since 2022."
    )
    assert (900e6, "USD") not in amounts(text)
    assert (2e9, "USD") in amounts(text)


def test_a_title_case_line_restating_the_body_leaves_its_figure():
    text = (
        "Tokyo Pledges $2 Billion Loan For Ukraine\n\n"
        "Japan will lend Ukraine $2 billion, the finance ministry in Kyiv said on Friday."
    )
    assert amounts(text) == [(2e9, "USD")]


# The test for other money is one long expression: it must stay shallow enough for `with_columns_once` to take it apart
# (evaluated whole, its repeated parts are read again and again: a tenth of aid's time)
def test_every_shared_evaluation_of_aid_is_taken_apart(monkeypatch):
    from pipelines.extract import frames
    from pipelines.extract.aid import extract_aid
    from pipelines.extract.sentences import split_sentences
    from tests.batched_facts import articles_frame

    results = []
    taken_apart = frames._shared_parts

    def spy(exprs):
        parts = taken_apart(exprs)
        results.append(([e.meta.output_name() for e in exprs], parts is not None))
        return parts

    monkeypatch.setattr(frames, "_shared_parts", spy)
    text = (
        "Norway pledged NOK 5 billion (about $470 million) in military aid to Ukraine on Monday, including NOK 2 "
        "billion for air defence. Norway has given Ukraine NOK 80 billion since 2022."
    )
    extract_aid(split_sentences(articles_frame([(text, "2024-03-14T08:00:00Z")])))
    other_money = [ok for names, ok in results if "_other_money" in names]
    assert other_money == [True]


# Family 16: a giver ranked by its verb among several is a running total
@pytest.mark.parametrize(
    "text",
    [
        "Allies have lent Ukraine $30 billion under the scheme. Among them, Germany gave the most, $9 billion.",
        "Of the donors, the United States contributed the largest share, with $40 billion in arms for Ukraine.",
    ],
)
def test_a_giver_ranked_by_its_verb_gives_a_running_total(text):
    assert [s for a, _, _, s in found(text) if a in (9e9, 40e9)] == ["cumulative"]


def test_a_giver_that_gave_most_of_a_new_package_is_no_ranking():
    assert events("Germany gave EUR 500 million in new aid to Ukraine on Monday, the most since spring.") == [
        (500e6, "EUR")
    ]
