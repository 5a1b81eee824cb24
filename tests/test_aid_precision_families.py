"""Aid precision families (issue: aidprec): constructions that read a wrong aid figure on real reporting, named as a
reader of many stories would name them: requests and intentions, a fund's general envelope, a running total said as
the result of new money, a conversion in brackets with two currencies, a Canadian or Australian "dollars", and an
organisation of another country that receives part of the money. The sentences are written for these tests; none is
copied from a story."""

from __future__ import annotations

import pytest

# the same helpers as the earlier aid families: one article of the given sentences, published on a weekday
from tests.test_extract_aid_families import events, facts_of


# Family 3: a running total said as the result of the new money ("takes ... to", "brought the combined value of
# ... to", "will bring X's total aid ... since the invasion to"), also after a "latest package" that ranks it, and
# "since the first day of the war": cumulative, not a new commitment.
@pytest.mark.parametrize(
    "text",
    [
        "The new contribution takes New Zealand's military support to Ukraine to NZ$90 million in all.",
        "That brought the joint value of Canada's aid purchase at the time to about $700 million for Ukraine, the "
        "ministry said.",
        "The latest tranche will bring Finland's total defence aid to Ukraine since the full-scale invasion to over "
        "2.9 billion euros.",
        "Sweden's latest pledge to Ukraine takes its cumulative support so far to roughly 80 billion kronor.",
        "Since the first day of the war, Norway and its partners have allocated 30 billion kroner in aid to Ukraine.",
        "The EU and its member states have mobilised over €3 billion in humanitarian aid for Ukraine, the council said.",
    ],
)
def test_a_total_said_as_the_result_of_new_money_is_no_event(text):
    assert events(text) == []


def test_the_new_money_beside_its_running_total_stays_an_event():
    text = (
        "Belgium pledged a further €150 million in military aid to Ukraine on Tuesday, which takes its total "
        "support to €2.4 billion."
    )
    assert events(text) == [(150e6, "EUR")]


# Family 1: money asked for, proposed or only intended is no commitment (FACTS.md 6), in the word orders reporting
# uses: "asked <whom> <when> for", "asking <whom> to authorise", "<amount> previously requested by", "<amount> is
# proposed to fund", "announced its intention to finance"; and the parts of such money, in its sentence ("including")
# or in the sentences that go on describing it without a giver or a giving verb of their own.
@pytest.mark.parametrize(
    "text",
    [
        "President Biden asked lawmakers on Monday for a further $24 billion to support Ukraine through the winter.",
        "President Biden is asking Congress to authorise $40 billion in new aid for Ukraine's war effort, officials "
        "said.",
        "The United States agreed on $5 billion more than the $20 billion originally requested by the Treasury for "
        "Ukraine aid.",
        "The United States said a further $2 billion is proposed to fund humanitarian relief in Ukraine.",
        "Spain has announced its intention to finance the fifth package for Ukraine for $400 million.",
    ],
)
def test_money_asked_for_proposed_or_intended_is_no_fact(text):
    assert events(text) == []


def test_a_part_of_a_request_is_no_fact():
    text = (
        "The administration is asking Congress to authorise $30 billion for Ukraine, including $18 billion in "
        "military assistance."
    )
    assert events(text) == []


def test_the_sentences_that_go_on_describing_a_proposal_are_no_facts():
    text = (
        "Denmark gave Ukraine 2 billion kroner in May. The Danish government now proposes to keep its support at 20 "
        "billion kroner in the coming budget. Five billion ($0.7 billion) will go to civilian aid and 15 billion "
        "($2.2 billion) to military aid."
    )
    assert events(text) == [(2e9, "DKK")]


def test_a_proposal_that_was_approved_stays_aid():
    text = "Norway granted the NOK 5 billion proposed by the cabinet and agreed by all parties for Ukraine's air defence."
    assert events(text) == [(5e9, "NOK")]


def test_a_giver_announcing_its_own_money_after_a_proposal_stays_aid():
    text = (
        "The Commission proposed a €5 billion top-up for Ukraine. Separately, Austria pledged €20 million in "
        "humanitarian aid to Ukraine on Tuesday."
    )
    assert events(text) == [(20e6, "EUR")]


# Family 4: a conversion in brackets with two other currencies joined by "or": the first-stated amount is the fact,
# the brackets restate it.
def test_two_conversions_joined_by_or_restate_the_first_amount():
    text = (
        "The Dutch government is allocating €400 million (roughly $470 million or 40 billion rubles) for air "
        "defence for Ukraine."
    )
    assert events(text) == [(400e6, "EUR")]


# Family 1 (continued): money still to come or only made possible is no commitment yet (FACTS.md 6: awaited, due to
# come, only opened the way for): "is guaranteed to receive", "will be received in March", "will arrive in April",
# "expects to receive ..., in the amount of", "will make it possible to attract", a Ukrainian cabinet's decision to
# attract a grant.
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine is guaranteed to receive the next two payments under the programme: €2 billion in May and "
        "€1.2 billion in June, the EU said.",
        "The second EU tranche of €2.1 billion will be received in September, the Ukrainian finance minister said.",
        "Sweden's further aid payment of 800 million euros to Ukraine will arrive in early July, the minister said.",
        "Ukraine expects to receive the next tranche of budget support from Japan, in the amount of $470 million, "
        "in the autumn.",
        "Ukraine's progress on the benchmarks will make it possible to receive the next tranche of €3.1 billion in "
        "budget support from the EU in December.",
        "Kyiv's cabinet resolved to attract a $2.2 billion US grant via the World Bank.",
        "Ukraine's government approved the attraction of a $1.5 billion grant from Japan, the prime minister said.",
    ],
)
def test_money_still_to_come_is_no_fact(text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ukraine received €2.1 billion from the EU in September, the Ukrainian finance minister said.", 2.1e9),
        ("The EU has disbursed €1.9 billion to Ukraine, and the money arrived on Friday.", 1.9e9),
        ("Ukraine has attracted a $1.8 billion US grant via the World Bank.", 1.8e9),
    ],
)
def test_money_received_stays_aid(text, amount):
    assert [a for a, _ in events(text)] == [amount]


# Family 5: the word "dollars" from Canada, Australia or New Zealand, in an article that marks no dollar anywhere, is
# that giver's dollar like a bare "$" (FACTS.md 7).
@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Canada announced it is giving 40 million dollars in humanitarian aid to Ukraine.", "CAD"),
        ("Australia will send Ukraine another 25 million dollars in military assistance, the minister said.", "AUD"),
    ],
)
def test_bare_dollars_of_a_dollar_giver_are_its_own(text, currency):
    assert [c for _, c in events(text)] == [currency]


def test_dollars_in_an_article_that_marks_the_us_dollar_stay_us_dollars():
    text = (
        "Canada announced it is giving 40 million dollars in humanitarian aid to Ukraine. The United States "
        "pledged another 200 million US dollars."
    )
    assert [c for _, c in events(text)][0] == "USD"


# Family 6: a country named as the home of an organisation that receives or delivers part of the money (its
# possessive or adjective before a charity, an NGO, a council, a trust) is no giver; the article's giver carries.
def test_an_organisation_of_another_country_does_not_give_the_money():
    text = (
        "Australia will provide $4 million for Ukrainians to meet their basic needs. The funding includes $1.5 "
        "million for the Irish organisation Concern Worldwide, and another $2 million will go to relief work run "
        "by the Norwegian Refugee Council, while $500,000 is set aside for the UN's humanitarian service."
    )
    facts = [(f["amount"], f["currency"], f["donor"]) for f in facts_of(text) if f["scope"] == "event"]
    assert facts == [(4e6, "AUD", "Australia"), (1.5e6, "AUD", "Australia"), (2e6, "AUD", "Australia"),
                     (500e3, "AUD", "Australia")]


def test_a_country_that_gives_through_its_own_agency_stays_the_giver():
    text = "Norway's Refugee Council received NOK 30 million from Norway for its work in Ukraine."
    assert [f["donor"] for f in facts_of(text)] == ["Norway"]


# Family 2: a fund's or programme's general envelope mentioned in passing is no new commitment: its size named with
# its name ("the €50 billion Ukraine Facility programme"), its ceiling ("creates a provision for up to", "a mechanism
# worth up to"), the envelope a programme "became part of", the sum of many givers' contributions to a fund, a giver's
# ongoing support as a whole, a total said as what aid "will reach".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Commission is eager to start payments of the funds allocated by the €50 billion Ukraine Facility "
         "programme agreed last week, von der Leyen said of aid to Ukraine.", []),
        ("Set up in 2021, the EU's fund creates a provision for up to €8 billion in EU funding to equip the armed "
         "forces of partners such as Ukraine.", []),
        ("Ukraine's budget got €2 billion from the EU under the scheme, a financial mechanism worth up to €40 "
         "billion.", [(2e9, "EUR")]),
        ("The new IMF programme became part of the $122 billion support package for Ukraine.", []),
        ("Meeting NATO's Secretary General, Zelensky said contributions to the PURL programme for Ukraine amount to "
         "$3.4 billion.", []),
        ("Five countries have allocated an additional $900 million for Ukraine's forces through NATO's scheme.", []),
        ("Italy will deliver another air defence system to Ukraine as part of its ongoing support of over 3 billion "
         "euros.", []),
        ("Shmyhal said EU budget support to Ukraine will reach $38 billion by year-end.", []),
        ("The EU's approved 2.6 billion euros of aid for Ukraine is a larger sum than was first approved by EU "
         "ambassadors, which totalled 2.4 billion euros.", [(2.6e9, "EUR")]),
    ],
)
def test_an_envelope_or_a_total_in_passing_is_no_event(text, expected):
    assert events(text) == expected


def test_a_loan_of_up_to_stays_that_loan():
    text = "In October the EU Council approved a loan of up to €30 billion to Ukraine."
    assert events(text) == [(30e9, "EUR")]


def test_a_country_that_gives_to_ukraine_for_its_defence_stays_aid():
    text = "Lithuania allocated an additional €30 million to Ukraine for defence, the ministry said."
    assert events(text) == [(30e6, "EUR")]


def test_a_giver_own_contribution_to_a_fund_stays_aid():
    text = "Norway's contributions to the fund for Ukraine total $500 million, the ministry said on Tuesday."
    assert [a for a, _ in events(text)] in ([], [500e6])  # a running total or a commitment, never another giver's


# Family 7 (the catch-all's repeated errors): a figure the article names elsewhere as not yet given, restated with no
# aid verb of its own, is that figure; a forecast either way ("unlikely to include"); a part named "from the new
# package" opening its sentence takes its package's scope.
def test_a_restated_intention_is_no_fact():
    text = (
        "Italy's prime minister said Italy was ready to provide €1.2 billion more to Ukraine. Rome's new package will "
        "amount to around €1.2 billion for Italy, the news agency reported."
    )
    assert events(text) == []


def test_a_restated_figure_that_is_given_stays_aid():
    text = (
        "Italy is ready to provide €1.2 billion more to Ukraine, the prime minister said. On Friday Italy pledged "
        "€1.2 billion in aid to Ukraine."
    )
    assert events(text) == [(1.2e9, "EUR")]


def test_a_figure_a_package_is_unlikely_to_include_is_no_fact():
    text = "Officials said Washington's new package for Ukraine is unlikely to include the full $3 billion approved."
    assert events(text) == []


def test_a_part_from_the_new_package_takes_its_budget_scope():
    text = (
        "Belgium will allocate 1 billion euros to support Ukraine in 2027. 300 million euros from the new package "
        "will go to drones for Ukraine's army."
    )
    assert [(f["amount"], f["scope"]) for f in facts_of(text)] == [(1e9, "period"), (300e6, "period")]


# Family 7 (continued): a headline line that quotes the conversion the body states beside its figure, or rounds the
# body's figure down with "over", restates that figure: the body's statement is the fact, or there is none.
def test_a_headline_quoting_the_body_conversion_is_no_second_fact():
    text = (
        "Korea to send $30 million humanitarian aid to Ukraine\n\nKorea has set aside a special budget of 40 "
        "billion won (nearly $30 million) as humanitarian help for Ukraine this year."
    )
    assert events(text) == []


def test_a_headline_rounding_the_body_figure_down_is_no_second_fact():
    text = (
        "Ireland Announces Aid Package of Over €4 Million to Ukraine\n\nIreland has pledged an additional €4.6 "
        "million in humanitarian aid to Ukraine, the Taoiseach said."
    )
    assert events(text) == [(4.6e6, "EUR")]


def test_a_headline_with_its_own_figure_stays():
    text = (
        "Ireland Announces Aid Package of €10 Million to Ukraine\n\nIreland has pledged an additional €4.6 "
        "million in humanitarian aid to Ukraine, the Taoiseach said."
    )
    assert sorted(events(text)) == [(4.6e6, "EUR"), (10e6, "EUR")]


# Family 7 (continued): what a programme itself allocates is its envelope (period); pledges from many givers at once
# name no one giver; a sum provided "during the last two winters" is a running total; a payout only scheduled ("will
# be disbursed in April") with no decision in its clause is still to come.
def test_what_a_programme_allocates_is_its_envelope():
    text = (
        "Austria has given Ukraine 300 million euros since 2022. The programme will allocate 900 million euros to "
        "Ukraine's recovery."
    )
    assert [(f["amount"], f["scope"]) for f in facts_of(text)] == [(300e6, "cumulative"), (900e6, "period")]


def test_pledges_from_many_givers_are_no_fact():
    text = (
        "A World Bank official said the package for Ukraine includes $40bn in pledges for grants from multilateral "
        "institutions and other countries."
    )
    assert events(text) == []


def test_a_sum_given_during_the_last_two_winters_is_a_running_total():
    text = (
        "Britain's aid to Ukraine includes over £300 million in energy support provided during the last two winters "
        "to help Ukraine repair its grid."
    )
    assert events(text) == []


def test_a_payout_only_scheduled_is_still_to_come():
    text = (
        "Ukraine will get the first EU tranche in March, and the second tranche, worth €1.2 billion, will be "
        "disbursed in May."
    )
    assert events(text) == []


def test_a_decided_payout_with_its_date_stays_aid():
    text = "The EU approved a €1.2 billion tranche for Ukraine on Tuesday, which will be disbursed in May."
    assert events(text) == [(1.2e9, "EUR")]
