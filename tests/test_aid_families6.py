"""Aid phrasing families read in real reporting the rules had not met (issue: aid6): the Straits Times, Yonhap and
KBS, Japan's foreign ministry, Kyodo and UrduPoint, Canadian Press and Jang, the Canberra Times and SMH, TRT Haber,
Forces News and i24, Ukrinform (via MENAFN), UNN, Babel, Militarnyi, Censor.NET, Interfax-Ukraine, Kyiv Post, LB.ua,
Ukrainska Pravda, Xinhua, Brussels Morning and EU releases, the Swiss FDFA, Euromaidan Press, Saudi and Gulf outlets,
Hindustan Times and Deccan Herald, Euronews, Sofia Globe and TASS on the European Peace Facility, EBRD coverage,
Antiwar.com and NATO coverage of PURL, US supplemental coverage. The sentences are written for these tests; figures
may follow the stories, the wording does not; other countries' dollars and the Polish and Czech abbreviations
follow the same forms by analogy.

Each family has controls: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest
from tests.batched_facts import article_facts


PUBLISHED = "2025-03-10T12:00:00Z"  # a Monday with an ECB fixing


def facts_of(*texts: str) -> list[dict]:
    frame = article_facts(" ".join(texts), PUBLISHED, stage="aid")
    return frame.sort("evidence_start").to_dicts()


def amounts(*texts: str) -> list[tuple[float, str]]:
    return [(f["amount"], f["currency"]) for f in facts_of(*texts)]


def amounts_scopes(*texts: str) -> list[tuple[float, str]]:
    return [(f["amount"], f["scope"]) for f in facts_of(*texts)]


def donors(*texts: str) -> list[tuple[float, str]]:
    return [(f["amount"], f["donor"]) for f in facts_of(*texts)]


# Family 31: another country's dollar in a stated conversion ("S$", "R$", "Mex$"): the conversion is folded into
# the amount, never a second amount in US dollars.
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Britain will give Ukraine an extra £90 million (S$155 million) for air defence, the ministry said.",
         90e6, "GBP"),
        ("Germany pledged €500 million (R$3 billion) in new military aid to Ukraine.", 500e6, "EUR"),
        ("Canada pledged C$200 million (Mex$2.5 billion) in new military aid for Ukraine.", 200e6, "CAD"),
    ],
)
def test_another_country_s_dollar_in_a_conversion_is_folded(text, amount, currency):
    (fact,) = facts_of(text)
    assert (fact["amount"], fact["currency"]) == (amount, currency)
    assert fact["amount_usd"] != 155e6 and fact["amount_usd"] != 3e9


def test_a_singapore_dollar_amount_is_no_us_dollar_amount():
    (fact,) = facts_of("Singapore gave S$2 million in humanitarian aid to Ukraine, the foreign ministry said.")
    assert fact["currency"] == "SGD"


# Family 32: a currency word that ends in a non-ASCII letter ("zł", "Kč") after the figure.
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Poland's government approved a 47th aid package for Ukraine worth 1.2 billion zł.", 1.2e9, "PLN"),
        ("Warsaw will send Ukraine military equipment worth 325 mln zł, the ministry said.", 325e6, "PLN"),
        ("Czech ministers approved aid to Ukraine of 500 million Kč for demining.", 500e6, "CZK"),
        ("Prague gave Ukraine humanitarian aid worth 80 mln Kč on Monday.", 80e6, "CZK"),
        ("Warsaw approved its next aid package for Ukraine, worth 1.2 mld zł.", 1.2e9, "PLN"),
    ],
)
def test_a_currency_word_ending_in_a_non_ascii_letter(text, amount, currency):
    assert amounts(text) == [(amount, currency)]


# Family 33: givers the lexicon did not know: Korea named without "South" ("the Korean government",
# "the Republic of Korea"), India; North Korea stays the other side.
@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("The Korean government decided to provide 20 billion won in humanitarian aid to Ukraine.", 20e9,
         "South Korea"),
        ("The Republic of Korea will provide US$100 million in humanitarian aid to Ukraine this time.", 100e6,
         "South Korea"),
        ("India sent humanitarian aid worth Rs 25 crore to Ukraine, the external affairs ministry said.", 250e6,
         "India"),
    ],
)
def test_givers_the_lexicon_did_not_know(text, amount, donor):
    assert donors(text) == [(amount, donor)]


def test_north_korea_is_never_a_giver():
    text = "The North Korean regime received $500 million in cash for shells that Russia fired at Ukraine."
    assert facts_of(text) == []


# Family 34: aid verbs the rules did not read: "granted", "granting", "promised", "pay for".
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Tokyo is granting Ukraine 5 billion yen for demining.", 5e9, "JPY"),
        ("Japan granted 22.44 billion yen ($165 million) to Ukraine for its emergency recovery programme.",
         22.44e9, "JPY"),
        ("Norway will pay for Patriot interceptors worth $200 million for Ukraine.", 200e6, "USD"),
    ],
)
def test_aid_verbs_the_rules_did_not_read(text, amount, currency):
    assert amounts(text) == [(amount, currency)]


def test_the_package_a_total_includes_is_its_part():
    facts = facts_of(
        "Australia has committed over $1.9 billion in support for Ukraine since the Russian invasion began.",
        "That includes the $250 million promised by the prime minister at the Vilnius summit in July.",
    )
    assert [(f["amount"], f["scope"], f["rule_id"]) for f in facts] == [
        (1.9e9, "cumulative", "aid.running_total"),
        (250e6, "cumulative", "aid.part_of_total"),
    ]


# Family 35: frozen assets said as the predicate of their sentence ("the assets amount to EUR 210 billion",
# "total about", "are worth"): no fact; the loan beside them stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian central bank assets blocked in Europe amount to €185 billion, the ministry said, as "
         "Kyiv got a €3 billion loan tranche from Brussels.", [(3e9, "EUR")]),
        ("Russia's immobilised central bank assets total about €190 billion, most of them at Euroclear, as the EU "
         "lends Ukraine €18 billion.", [(18e9, "EUR")]),
        ("The Russian sovereign assets frozen in the West are worth some $300 billion, and the G7 loan to Ukraine "
         "of $50 billion is repaid from their profits.", [(50e9, "USD")]),
    ],
)
def test_frozen_assets_said_as_a_predicate_are_no_aid(text, expected):
    assert amounts(text) == expected


# Family 36: running totals in other words: "currently totals", "has now mobilised", "aid to Ukraine has
# reached", "bringing its drone package to", a mechanism used many times.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PEACE project pools World Bank and donor loans and grants for Kyiv and currently "
         "totals $17.3 billion.", [(17.3e9, "cumulative")]),
        ("With this grant, the World Bank has now mobilized almost $40 billion in urgent financing for "
         "Kyiv.", [(40e9, "cumulative")]),
        ("Japan's aid to Ukraine has reached $7.6 billion, according to the finance ministry.",
         [(7.6e9, "cumulative")]),
        ("Sweden's military support to Ukraine has exceeded SEK 80 billion, the government said.",
         [(80e9, "cumulative")]),
        ("Britain will allocate an extra £125 million ($160 million) to buy drones for Ukraine, bringing its drone "
         "package to £325 million.", [(125e6, "event"), (325e6, "cumulative")]),
        ("The Pentagon has used its drawdown authority 37 times to provide roughly $21 billion of equipment to "
         "Ukraine.", [(21e9, "cumulative")]),
    ],
)
def test_running_totals_in_other_words(text, expected):
    assert amounts_scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a package's own total and new money stay events
        ("The World Bank announced $1.34 billion in additional financing for Ukraine on Friday.",
         [(1.34e9, "event")]),
        ("Britain has now pledged a further £150 million in military aid to Ukraine.", [(150e6, "event")]),
        ("Japan's aid package for Ukraine totals $4.5 billion, Kishida said.", [(4.5e9, "event")]),
        ("Germany will bring 20 IRIS-T launchers to Ukraine in a new package worth €500 million.",
         [(500e6, "event")]),
    ],
)
def test_new_money_beside_those_wordings_stays_an_event(text, expected):
    assert amounts_scopes(text) == expected


# Family 37: a decision still to be taken ("will consider the disbursement of", "will decide on", "in case of a
# positive decision", "if approved", "subject to approval") commits nothing yet.
@pytest.mark.parametrize(
    "text",
    [
        "The IMF's directors will consider the disbursement of a $700 million tranche for Kyiv in early July.",
        "The fund's directors will decide on the allocation of one more tranche, of up to $1.3 billion, for Kyiv.",
        "In case of a positive decision, Kyiv's next IMF tranche will come to roughly $700 million.",
        "If approved, the payment will raise the total Ukraine receives under the IMF programme by $1.1 billion.",
        "The staff-level agreement, subject to approval by the IMF board, would give Ukraine access to about "
        "$400 million.",
        "EU finance ministers are set to consider a €4.1 billion payment to Ukraine next week.",
    ],
)
def test_a_decision_still_to_be_taken_is_no_fact(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The IMF board approved the disbursement of $900 million to Ukraine on Monday.", 900e6),
        ("After considering the review, the IMF board decided to disburse $1.1 billion to Ukraine.", 1.1e9),
        ("The Council gave its green light to a €4.1 billion payment to Ukraine under the Ukraine Facility.", 4.1e9),
    ],
)
def test_a_decision_taken_stays_aid(text, amount):
    assert [f["amount"] for f in facts_of(text)] == [amount]


# Family 38: money only hoped or aimed for ("partners hope to provide", "Kyiv aims to secure").
@pytest.mark.parametrize(
    "text",
    [
        "Allied partners hope to provide Kyiv with some $8 billion of weapons through the scheme.",
        "NATO allies aim to fund $1 billion a month of US weapons for Ukraine.",
    ],
)
def test_money_hoped_or_aimed_for_is_no_fact(text):
    assert facts_of(text) == []


def test_a_hope_in_its_own_clause_does_not_drop_the_commitment():
    text = "Hoping to speed up deliveries, Sweden approved SEK 2 billion in air defence aid for Ukraine."
    assert amounts(text) == [(2e9, "SEK")]


# Family 39: a government that invests or spends on weapons for Ukraine gives aid ("The Netherlands will invest
# EUR 500 million in drones for Ukraine"); a company's investment stays no aid.
@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("The Netherlands will invest €500 million in drones for Ukraine, the defence minister said.", 500e6,
         "Netherlands"),
        ("The Netherlands is investing another €90 million in drones made in Ukraine, Brekelmans said.", 90e6,
         "Netherlands"),
        ("Denmark will spend an additional DKK 1.5 billion on Ukrainian-made howitzers for Ukraine's army.",
         1.5e9, "Denmark"),
    ],
)
def test_a_government_investing_in_weapons_for_ukraine_gives_aid(text, amount, donor):
    assert donors(text) == [(amount, donor)]


@pytest.mark.parametrize(
    "text",
    [
        "Germany's Rheinmetall will invest €300 million in an ammunition plant in Ukraine.",
        "Britain will spend an extra £2.2 billion on defence next year as it keeps up its support for Ukraine.",
        "The Danish arms maker will invest DKK 500 million in a drone factory near Kyiv to supply Ukraine.",
    ],
)
def test_a_company_s_or_a_country_s_own_spending_stays_no_aid(text):
    assert facts_of(text) == []


# Family 40: the country whose weapons are bought is a seller, not the giver: "to buy US weapons for Ukraine",
# "US-made interceptors".
@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Under the deal, Norway will pay for US-made Patriot interceptors worth $200 million for Ukraine.",
         "Norway"),
        ("Nordic and Baltic states pooled $500 million to buy US weapons for Ukraine under the PURL scheme.",
         "Nordic and Baltic countries"),
        ("Canada committed $500 million to purchase American weapons for Ukraine.", "Canada"),
    ],
)
def test_the_country_whose_weapons_are_bought_is_no_giver(text, donor):
    assert [f["donor"] for f in facts_of(text)] == [donor]


def test_a_giver_s_own_weapons_still_name_it():
    assert donors("The US will send $300 million of American weapons to Ukraine.") == [(300e6, "United States")]


# Family 41: a perfect in an earlier clause with another subject ("Britain has sent tanks, and Germany pledged
# ...") does not make the next giver's money a running total.
def test_a_perfect_in_an_earlier_clause_is_not_the_amount_s():
    text = "Britain has sent tanks to Ukraine, and Germany pledged €1.3 billion in new military aid."
    assert amounts_scopes(text) == [(1.3e9, "event")]


def test_a_perfect_in_the_amount_s_own_clause_stays_a_running_total():
    text = "Since the spring, and with its partners, Germany has provided €1.3 billion in military aid to Ukraine."
    assert amounts_scopes(text) == [(1.3e9, "cumulative")]


# Family 42: a lending programme's length in months ("a 48-month programme") makes its envelope a period, as
# "a four-year programme" does; a tranche of it stays an event.
def test_a_programme_s_length_in_months_is_a_period():
    text = "The IMF approved a 36-month programme for Kyiv with total access to $12.2 billion in loans."
    assert amounts_scopes(text) == [(12.2e9, "period")]


def test_a_tranche_beside_a_programme_in_months_stays_an_event():
    text = "The IMF board disbursed a $1.1 billion tranche to Ukraine on Monday."
    assert amounts_scopes(text) == [(1.1e9, "event")]


# Family 43: a place before a comma ("At the NATO summit in Washington, Britain pledged ...") is where the giver
# spoke, not a second giver; a list of givers stays one donor.
@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("At the NATO summit in Vilnius, Britain pledged £2.5 billion a year in arms support for Ukraine.",
         "United Kingdom"),
        ("At the meeting in Germany, Sweden announced a package for Ukraine worth about $1.2 billion.", "Sweden"),
        ("Speaking in Tokyo, Canada's minister said Ottawa would give Ukraine C$60 million for demining.", "Canada"),
    ],
)
def test_a_place_before_a_comma_is_no_giver(text, donor):
    assert [f["donor"] for f in facts_of(text)] == [donor]


def test_a_list_of_givers_after_a_place_stays_one_donor():
    text = "In Brussels, Denmark, Norway and Sweden pledged $495 million for US weapons for Ukraine."
    assert donors(text) == [(495e6, "Denmark, Norway, Sweden")]


# Family 44: money "in the pipeline" is not yet committed; the money mobilised beside it stays.
def test_money_in_the_pipeline_is_no_fact():
    text = (
        "The EU has mobilised 10 billion euros in assistance for Ukraine since February, and another five billion "
        "euros in financing are in the pipeline."
    )
    assert amounts_scopes(text) == [(10e9, "cumulative")]


# Family 45: several grants, loans or packages given at once "totalling" a figure are one event, not a running
# total; a running total named so stays one.
def test_grants_totalling_a_figure_are_an_event():
    text = "Austria, Norway and the US sent Ukraine grants totalling €495 million through the World Bank's trust fund."
    assert amounts_scopes(text) == [(495e6, "event")]


def test_drawdowns_totalling_a_figure_since_a_date_stay_a_running_total():
    text = "Washington has directed 55 drawdowns totalling $23.5 billion for Ukraine since August 2021."
    assert amounts_scopes(text) == [(23.5e9, "cumulative")]


# Family 46: Ukraine's finance ministry says money was "attracted"; a Canadian outlet writes "Cdn$".
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Ukraine has attracted €3 billion from the EU under the ERA mechanism, the finance ministry said.", 3e9,
         "EUR"),
        ("Trudeau announced Cdn$3.85 million for two police projects in Ukraine, and the US$ figure was not given.",
         3.85e6, "CAD"),
    ],
)
def test_attracted_funds_and_canadian_dollars(text, amount, currency):
    assert amounts(text) == [(amount, currency)]


# Family 47: shares for several countries: the share named for Ukraine right after it is Ukraine's, whatever
# share for another country comes before it; the other country's share stays no fact.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU's new humanitarian package includes 5 million euros for Moldova and 45 million euros for Ukraine.",
         [(45e6, "EUR")]),
        ("The EU announced €140 million in humanitarian aid for Ukraine and €8 million for Moldova.",
         [(140e6, "EUR")]),
        ("Congress approved $26 billion for Israel and $61 billion for Ukraine.", [(61e9, "USD")]),
    ],
)
def test_a_share_named_for_ukraine_after_another_country_s(text, expected):
    assert amounts(text) == expected


def test_a_share_for_ukraine_and_another_country_together_stays_no_fact():
    assert facts_of("The EU announced €50 million in humanitarian aid for Ukraine and Moldova.") == []


# Family 48: a giver's own refugee costs at home ("spent EUR 6 billion on hosting Ukrainian refugees", "on people
# with protection status in Switzerland") are not aid to Ukraine; humanitarian aid to Ukraine for its displaced
# people stays aid.
@pytest.mark.parametrize(
    "text",
    [
        "Poland has spent PLN 25 billion on refugees from Ukraine since the invasion began.",
        "The migration office spent around CHF 2.5 billion on people with protection status S who fled Ukraine.",
        "Ireland will allocate €1.2 billion next year to housing Ukrainian refugees, the government said.",
    ],
)
def test_a_giver_s_refugee_costs_at_home_are_no_aid(text):
    assert facts_of(text) == []


def test_aid_for_displaced_people_inside_ukraine_stays_aid():
    text = "Sweden will give SEK 300 million in humanitarian aid to Ukraine for shelters for displaced families."
    assert amounts(text) == [(300e6, "SEK")]


# Family 49: ", as" with a new subject opens another clause: the year of the money before it is not the new
# amount's ("spent EUR 6 billion last year ..., the ministry said, as Berlin pledged EUR 500 million more").
def test_a_clause_opened_by_as_and_a_new_subject_has_its_own_scope():
    text = (
        "Germany spent €6 billion last year on hosting Ukrainian refugees, the interior ministry said, as Berlin "
        "pledged €500 million more in military aid to Ukraine."
    )
    assert amounts_scopes(text) == [(500e6, "event")]


def test_as_well_as_shares_the_scope_of_the_amount_before():
    text = "Norway will give Ukraine NOK 5 billion this year, as well as NOK 3 billion for air defence."
    assert amounts_scopes(text) == [(5e9, "period"), (3e9, "period")]


# Family 50: a Ukrainian borrower that signs a loan with a lender ("Naftogaz signed a EUR 500 million loan
# agreement with the EBRD"): the lender gives it; a contract with a company stays a purchase.
@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("Naftogaz signed a €500 million loan agreement with the EBRD to buy gas, backed by an EU guarantee for "
         "Ukraine.", 500e6, "EBRD"),
        ("Ukraine's government signed a $300 million loan agreement with Japan's JICA for reconstruction.", 300e6,
         "Japan"),
        ("Ukrenergo signed a €100 million grant agreement with the EIB to repair Ukraine's substations.", 100e6,
         "EIB"),
    ],
)
def test_a_ukrainian_borrower_signing_with_a_lender(text, amount, donor):
    assert donors(text) == [(amount, donor)]


def test_a_contract_with_a_company_stays_a_purchase():
    assert facts_of("Ukraine signed a $300 million contract with an American drone maker for new interceptors.") == []


# Family 51: the words that lead to the next amount ("will now bring the total ... to EUR 3.1 billion") are not
# the first amount's: the tranche stays an event, the new total is cumulative.
@pytest.mark.parametrize(
    "text",
    [
        "The sixth tranche, of €500 million, will now bring the overall EU contribution under the EPF for Kyiv to "
        "€3.1 billion.",
        "The new €500 million tranche for Ukraine will lift the overall EPF support to €3.1 billion.",
    ],
)
def test_the_lead_to_a_new_total_belongs_to_the_total(text):
    assert amounts_scopes(text) == [(500e6, "event"), (3.1e9, "cumulative")]


# Family 52: an omnibus bill's shares: after a share for Ukraine, a share for something else ("$20 billion for border
# security", "$8 billion to counter China in the Indo-Pacific") is not Ukraine's; parts of Ukraine's share and the
# purposes of a Ukraine package stay.
@pytest.mark.parametrize(
    "text",
    [
        "Congress approved $61 billion for Ukraine and $20 billion for border security.",
        "The US package includes $61 billion for Ukraine and $8 billion to counter China in the Indo-Pacific.",
        "The US bill provides $61 billion for Ukraine, $14 billion for the southern border and $8 billion for Asian "
        "allies.",
    ],
)
def test_an_omnibus_share_for_something_else_is_not_ukraine_s(text):
    assert amounts(text) == [(61e9, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US law provides $61 billion for Ukraine, including $13.8 billion for weapons purchases.",
         [(61e9, "USD"), (13.8e9, "USD")]),
        ("Norway will give Ukraine NOK 5 billion, with NOK 3 billion for air defence and NOK 2 billion for civilian "
         "needs.", [(5e9, "NOK"), (3e9, "NOK"), (2e9, "NOK")]),
    ],
)
def test_parts_and_purposes_of_ukraine_s_share_stay(text, expected):
    assert amounts(text) == expected


# Family 53: money said as possible after the amount ("some $2 billion of that money could be on its way", "EUR 5
# billion may be released") is not yet committed.
@pytest.mark.parametrize(
    "text",
    [
        "US officials said about $1 billion of the aid to Ukraine could be on its way shortly.",
        "The EU said €5 billion in support for Ukraine may be released next month once the reforms are done.",
    ],
)
def test_money_said_as_possible_after_it_is_no_fact(text):
    assert facts_of(text) == []


def test_money_that_may_be_used_is_still_given():
    text = "Britain gave Ukraine £500 million in military aid, which may be used for air defence."
    assert amounts(text) == [(500e6, "GBP")]


# Family 54: Nordic releases abbreviate every crown "kr" (resolved by the giver, and only with a scale); the won's
# sign "₩".
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Denmark's government approved a new donation package to Ukraine worth 1.7 billion kr.", 1.7e9, "DKK"),
        ("Sweden will give Ukraine 500 million kr for demining this week.", 500e6, "SEK"),
        ("Seoul will give Ukraine ₩30 billion in humanitarian aid.", 30e9, "KRW"),
    ],
)
def test_abbreviated_crowns_and_the_won_sign(text, amount, currency):
    assert amounts(text) == [(amount, currency)]


def test_a_price_in_kr_without_a_scale_is_no_amount():
    assert facts_of("A coffee cost 35 kr at the Kyiv cafe that received aid from Sweden for Ukraine.") == []


# Family 55: money said to arrive ("$1.1 billion from the IMF arrived in Ukraine's budget", "were credited to
# Ukraine's state budget") or got ("Ukraine got EUR 1.5 billion from the EU") is a disbursement.
@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("Another $1.1 billion from the IMF arrived in Ukraine's budget, the National Bank said.", 1.1e9, "IMF"),
        ("The €4.2 billion were credited to Ukraine's general fund from the EU on Friday.", 4.2e9, "EU"),
        ("Ukraine got €1.5 billion from the EU's Ukraine Facility, Prime Minister Shmyhal said.", 1.5e9, "EU"),
    ],
)
def test_money_that_arrived_or_was_got_is_a_disbursement(text, amount, donor):
    assert donors(text) == [(amount, donor)]


def test_a_budget_line_that_arrived_at_nothing_stays_no_aid():
    text = "Russia got $12 billion more from oil exports than planned, the ministry said, as Ukraine's allies debated."
    assert facts_of(text) == []


# Family 56: other money in aid stories: a company's deal ("Dutch firms signed contracts worth EUR 100 million with
# Ukrainian drone makers"), the giver's own forces ("EUR 8 billion for Bundeswehr ammunition"), a bookkeeping figure
# ("an accounting error worth $6.2 billion"); weapons from the giver's stocks stay aid.
@pytest.mark.parametrize(
    "second",
    [
        "Dutch firms signed contracts worth €100 million with Ukrainian drone makers.",
        "The Bundestag's defence committee approved €8 billion for Bundeswehr ammunition.",
        "The Pentagon found an accounting error worth $6.2 billion in the value of weapons sent to Ukraine.",
        "Officials said the Pentagon had overvalued the weapons it sent to Ukraine by $3 billion.",
    ],
)
def test_other_money_in_aid_stories(second):
    first = "The Netherlands pledged €350 million for drones for Ukraine on Monday."
    assert amounts(first, second) == [(350e6, "EUR")]


def test_weapons_from_the_giver_s_stocks_stay_aid():
    text = "Germany will send Ukraine IRIS-T missiles from Bundeswehr stocks worth €500 million."
    assert amounts(text) == [(500e6, "EUR")]


# Family 57: money spread over a decade ("over a decade", "over the next decade") or over a financial year written
# short ("in 2025-26", "until 2030/31") is a period; a package ranked in a decade stays an event.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Under the security agreement, Denmark will give Ukraine $1.8 billion over a decade.", 1.8e9),
        ("Japan committed $4.5 billion to Ukraine over the next decade for reconstruction.", 4.5e9),
        ("Britain will provide £3 billion in military aid to Ukraine in 2025-26.", 3e9),
    ],
)
def test_money_over_a_decade_or_a_short_financial_year_is_a_period(text, amount):
    assert amounts_scopes(text) == [(amount, "period")]


def test_the_largest_package_in_a_decade_stays_an_event():
    text = "Sweden announced a SEK 13 billion package for Ukraine, its largest aid decision in a decade."
    assert amounts_scopes(text) == [(13e9, "event")]


# Family 58: money set or due to come ("the Pentagon is set to announce", "Ukraine is due to receive") is a forecast,
# as "is poised to" is; the announcement itself stays.
@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon is set to announce a $275 million weapons package for Ukraine on Friday, officials said.",
        "Ukraine is due to receive €4.2 billion from the EU next week.",
        "Japan is scheduled to sign a ¥50 billion loan for Ukraine's recovery later this month.",
    ],
)
def test_money_set_or_due_to_come_is_no_fact(text):
    assert facts_of(text) == []


def test_the_announcement_itself_stays():
    text = "The Pentagon announced a $275 million weapons package for Ukraine on Friday, as it had been set to do."
    assert amounts(text) == [(275e6, "USD")]
