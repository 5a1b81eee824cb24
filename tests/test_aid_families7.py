"""Aid phrasing families the rules had not met (issue: aid7), from what the last round left alone and from real
reporting read for it: Japan's foreign ministry and JICA coverage, Yonhap-style Korean releases, the Austrian and
Swiss foreign ministries (via UNN, Interfax-Ukraine, Euromaidan Press, Swissinfo), Irish, Portuguese, Greek and
Central Asian and Latin American embassy notes, donor conferences in Warsaw, London, Paris and Rome (AP, Reuters,
Daily Sabah, Axios, The National), UN flash appeals and response plans (OCHA, UNHCR, Al Jazeera), EBRD and EIB
coverage of Ukrenergo and Naftogaz loans, Ukraine's finance ministry half-year and annual summaries (TASS, Ukrinform,
Babel), World Bank PEACE financing with Japanese guarantees. The sentences are written for these tests; figures may
follow the stories, the wording does not.

Each family has controls: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

# the same helpers and publication day (a Monday with an ECB fixing) as the sixth round's families
from tests.test_aid_families6 import amounts, amounts_scopes, donors, facts_of


def test_every_fact_keeps_a_rule_id():
    facts = facts_of("Cyprus gave Ukraine €2 million in humanitarian aid.",
                     "Seoul stands ready to provide $2 billion in aid to Ukraine.")
    assert facts and all(f["rule_id"] for f in facts)


# Family 59: an intention is not a commitment: "plans to send", "intends to give", "is ready to provide", "stands
# ready", "wants to", "is preparing to".
@pytest.mark.parametrize(
    "text",
    [
        "Berlin plans to send Ukraine €400 million in further military aid, a ministry spokesman said.",
        "Japan is ready to provide Ukraine with $2.5 billion in loans repaid from Russian asset profits.",
        "Oslo intends to give Ukraine NOK 4 billion for gas purchases before the winter.",
        "Seoul stands ready to provide $2 billion in aid to Ukraine, the Korean foreign ministry said.",
        "Tokyo wants to give Ukraine another 8 billion yen for demining, officials said.",
        "The Dutch cabinet is preparing to allocate €350 million more to Ukraine's drone industry.",
        "Lisbon is willing to contribute €30 million to the Czech shell initiative for Ukraine, the minister said.",
        "Brazil's government is considering sending $1 million in humanitarian aid to Ukraine.",
        "The summit declaration says allies intend to provide a minimum baseline of €40 billion in aid to Ukraine.",
    ],
)
def test_an_intention_is_not_a_commitment(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("Under plans unveiled on Monday, Germany will send €600 million in military aid to Ukraine.", 600e6,
         "Germany"),
        ("Portugal will give Ukraine €120 million in military aid, Prime Minister Luis Montenegro said.", 120e6,
         "Portugal"),
        ("Greece pledged €1.5 million in humanitarian aid to Ukraine, the foreign ministry said.", 1.5e6, "Greece"),
    ],
)
def test_a_decision_beside_a_plan_is_still_aid(text, amount, donor):
    assert donors(text) == [(amount, donor)]


# Family 60: a guarantor or co-financier named by a passive is not the giver of a loan: the lender is.
@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("The World Bank approved a $900 million loan to Ukraine co-financed by Japan.", "World Bank"),
        ("Ukraine received a $600 million World Bank loan guaranteed by Britain.", "World Bank"),
        ("The World Bank disbursed a $1.1 billion loan to Ukraine backed by the government of Japan.", "World Bank"),
        ("The EBRD lent Ukraine's Ukrenergo €200 million, a loan insured by Norway.", "EBRD"),
    ],
)
def test_a_guarantor_is_not_the_giver(text, donor):
    assert [f["donor"] for f in facts_of(text)] == [donor]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        # the giver named by "from", and one that provides the money through a bank's fund
        ("Ukraine received a $1 billion loan from the World Bank under a guarantee from the government of Japan.",
         "World Bank"),
        ("The World Bank approved a $500 million loan to Ukraine provided by Japan through a trust fund.", "Japan"),
    ],
)
def test_a_lender_or_a_provider_stays_the_giver(text, donor):
    assert [f["donor"] for f in facts_of(text)] == [donor]


# Family 61: a total pledged by many givers at a conference is no one's: not the host's, not the speaker's, not
# the place's.
@pytest.mark.parametrize(
    "text",
    [
        "Countries pledged $6.2 billion for Ukraine at a donor conference in Warsaw, Polish Prime Minister Mateusz "
        "Morawiecki announced.",
        "Donors at the London conference pledged €55 billion in support for Ukraine, British Foreign Secretary "
        "James Cleverly said.",
        "Ukraine received pledges of $6.2 billion in aid at a donor conference in Warsaw co-hosted by Poland.",
        "At the recovery conference in Rome, partners pledged €10 billion for Ukraine, Italy said.",
        "Italy hosted the conference where donors pledged more than €10 billion to Ukraine.",
        "Participants of the Ramstein meeting pledged $1.2 billion in new military aid for Ukraine, Umerov said.",
        "Dozens of countries and organisations committed more than €1 billion to keep Ukraine warm, France said.",
    ],
)
def test_a_conference_total_is_no_one_s(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forum named after the amount gives it; a donor's own members are the donor
        ("Ukraine's allies pledged $2 billion at a session of the Ukraine Defense Contact Group.",
         [(2e9, "Ukraine Defense Contact Group")]),
        ("G7 partners pledged $50 billion in loans to Ukraine backed by Russian assets.", [(50e9, "G7")]),
        # a country named at the conference gives its own pledge
        ("At the donor conference in Paris, Germany pledged €50 million in winter aid for Ukraine.",
         [(50e6, "Germany")]),
        # the total is no one's, a named giver's part is
        ("Donors pledged €1 billion for Ukraine at the Paris conference, with France contributing €100 million.",
         [(100e6, "France")]),
        ("Kyiv's donors have also pledged $1 billion, and Japan has promised another $500 million for Ukraine.",
         [(500e6, "Japan")]),
    ],
)
def test_a_forum_or_a_named_giver_at_a_conference_still_gives(text, expected):
    assert donors(text) == expected


# Family 62: a UN appeal or response plan is a need, not a commitment.
@pytest.mark.parametrize(
    "text",
    [
        "The United Nations launched an emergency appeal on Tuesday for $1.7 billion in humanitarian aid for "
        "people in Ukraine.",
        "The UN appealed for $5.6 billion to help people affected by the war in Ukraine.",
        "The humanitarian response plan for Ukraine calls for $3.9 billion to reach 11 million people with aid.",
        "The 2025 humanitarian plan for Ukraine requires $2.6 billion, the UN said, and is only 20 percent funded.",
        "The UN's $3.9 billion humanitarian response plan for Ukraine was only half funded by the end of the year.",
        "A regional refugee response plan for Ukraine's refugees appeals for $1.7 billion, UNHCR said.",
    ],
)
def test_an_appeal_is_a_need(text):
    assert facts_of(text) == []


@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("Japan gave $5 million to the flash appeal for Ukraine, the foreign ministry said.", 5e6, "Japan"),
        ("Ireland contributed €5 million to the UN appeal for Ukraine on Monday.", 5e6, "Ireland"),
        ("The UN's Central Emergency Response Fund allocated $10 million for aid in Ukraine.", 10e6,
         "United Nations"),
    ],
)
def test_a_contribution_to_an_appeal_is_aid(text, amount, donor):
    assert donors(text) == [(amount, donor)]


# Family 63: Ukraine's receipts from many givers at once (the finance ministry's half-year and annual summaries)
# name no one giver, even with the largest donors listed after them.
@pytest.mark.parametrize(
    "text",
    [
        "In the first half of 2024 Ukraine's budget received $13.8 billion in external financing, with the EU, "
        "Japan and Canada the largest donors.",
        "Ukraine received $41.7 billion in external financing from its partners in 2024, the finance ministry said.",
        "Since the full-scale invasion began, Ukraine has received $87 billion from partners, the minister said.",
        "Ukraine's Finance Ministry said it had received $41.7 billion in international financial aid in 2024.",
        "The IMF approved a new $8.1 billion loan for Ukraine on Friday, part of a $136.5 billion package from "
        "allies.",
    ],
)
def test_pooled_receipts_are_no_one_s(text):
    assert [f["amount"] for f in facts_of(text)] in ([], [8.1e9])
    assert all(f["amount"] != 136.5e9 for f in facts_of(text))


@pytest.mark.parametrize(
    ("text", "amount", "donor"),
    [
        ("Ukraine received €1.5 billion in external financing from the EU on Tuesday.", 1.5e9, "EU"),
        ("The Ukrainian state budget received $1.1 billion from the IMF on Friday.", 1.1e9, "IMF"),
        ("The IMF approved a new $8.1 billion loan for Ukraine on Friday, part of a $136.5 billion package from "
         "allies.", 8.1e9, "IMF"),
    ],
)
def test_a_receipt_from_one_giver_is_aid(text, amount, donor):
    assert donors(text) == [(amount, donor)]


# Family 64: amounts in SDR, the IMF's unit, which the ECB does not fix: the dollars stated beside them are the
# amount; an SDR figure alone gives no fact (FACTS.md 7).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IMF board approved a disbursement of SDR 1.6 billion (about $2.2 billion) to Ukraine.",
         [(2.2e9, "USD")]),
        ("The IMF board approved a disbursement of 1.6 billion SDR (about $2.2 billion) to Ukraine.",
         [(2.2e9, "USD")]),
        ("The IMF approved the immediate disbursement of SDR 400 million to Ukraine.", []),
        ("The IMF disbursed SDR1.1 billion to Ukraine on Friday, the fund said.", []),
    ],
)
def test_an_sdr_amount_is_read_through_its_stated_dollars(text, expected):
    assert amounts(text) == expected


# Family 65: givers the lexicon did not know: Central Asian, Latin American, Mediterranean and Balkan donors;
# a Portuguese prime minister named Montenegro is no country.
@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Kazakhstan sent humanitarian aid to Ukraine worth $1.3 million, the embassy said.", "Kazakhstan"),
        ("Uzbekistan delivered humanitarian aid worth $800,000 to Ukraine.", "Uzbekistan"),
        ("Chile sent Ukraine humanitarian aid worth $500,000, the embassy said.", "Chile"),
        ("Brazil sent Ukraine $1 million in humanitarian aid.", "Brazil"),
        ("Mexico donated $2 million in humanitarian aid to Ukraine through the UN.", "Mexico"),
        ("Cyprus gave Ukraine €2 million in humanitarian aid.", "Cyprus"),
        ("Malta pledged €1 million in humanitarian aid to Ukraine.", "Malta"),
        ("Albania sent Ukraine military aid worth €5 million, the defence ministry said.", "Albania"),
        ("North Macedonia gave Ukraine military equipment worth €20 million.", "North Macedonia"),
        ("Luis Montenegro said Portugal would give Ukraine €100 million in military aid.", "Portugal"),
    ],
)
def test_new_givers(text, donor):
    assert [f["donor"] for f in facts_of(text)] == [donor]


# Family 66: controls from the reporting read for this round: Japan's grant decisions, Austrian and Swiss running
# totals, the EBRD's total since the invasion, the EU Council named alone, a pooled envelope.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday the Japanese government decided to extend Emergency Grant Aid of about 480,000 US "
         "dollars for winter relief in Ukraine.", [(480e3, "event")]),
        ("Austria's state aid to Ukraine now amounts to more than 250 million euros, the foreign ministry said.",
         [(250e6, "cumulative")]),
        ("Emergency aid from Austria to Ukraine now totals 17.5 million euros, the chancellery said.",
         [(17.5e6, "cumulative")]),
        ("The Federal Council decided to increase its humanitarian aid to Ukraine to CHF 80 million.",
         [(80e6, "cumulative")]),
        ("Since Russia's full-scale invasion began, the EBRD has provided €3.5 billion of financing for Ukraine.",
         [(3.5e9, "cumulative")]),
        ("The Council adopted a decision to provide Ukraine with €1.9 billion under the Ukraine Facility.",
         [(1.9e9, "event")]),
        ("The programme became part of the $122.7 billion support package for Ukraine.", []),
        ("The World Bank has estimated the cost of Ukraine's reconstruction at more than $400 billion.", []),
        ("Ukraine needs $37.2 billion in external financing this year, of which $10.2 billion has already been "
         "attracted, the finance minister said.", []),
        ("The government plans to attract more than $38 billion in external financing next year.", []),
    ],
)
def test_controls_from_the_reporting(text, expected):
    assert amounts_scopes(text) == expected


def test_the_eu_council_named_alone_is_the_eu():
    (fact,) = facts_of("The Council adopted a decision to provide Ukraine with €1.9 billion under the Ukraine "
                       "Facility.")
    assert fact["donor"] == "EU"


# Family 67: a memorandum of understanding or a letter of intent sets out intentions, not a commitment.
@pytest.mark.parametrize(
    "text",
    [
        "The memorandum of understanding provides that the EIB will set aside €250 million for Ukraine's "
        "power grid.",
        "The MoU will give Ukraine access to €500 million of EIB loans this year.",
        "Kyiv and Oslo signed a letter of intent on NOK 2 billion in support for Ukraine's gas purchases.",
    ],
)
def test_a_memorandum_is_no_commitment(text):
    assert facts_of(text) == []


def test_a_loan_agreement_is_still_aid():
    assert donors("Ukraine signed a €300 million loan agreement with the EBRD to restore power grids.") == [
        (300e6, "EBRD")
    ]


# Family 68: "Overall," before a perfect sums what was given: a running total, and its parts with it.
def test_overall_before_a_perfect_is_a_running_total():
    text = "Overall, the EU has allocated 70 billion euros to support Ukraine, including 2.4 billion euros through the EIB."
    assert amounts_scopes(text) == [(70e9, "cumulative"), (2.4e9, "cumulative")]


def test_the_overall_package_is_not_the_word_overall():
    assert amounts_scopes("The EU approved a €5 billion overall package of military aid for Ukraine on Monday.") == [
        (5e9, "event")
    ]


# Family 69: one package or tranche named as the object of a perfect ("has given Ukraine a EUR 1.5 billion
# tranche") is that package, an event; a total after it stays a running total, and so does a perfect of a sum
# with no package noun or with "since".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU has given Ukraine a €1.5 billion tranche under the Ukraine Facility, bringing the overall sum to "
         "date to €12 billion.", [(1.5e9, "event"), (12e9, "cumulative")]),
        ("The Netherlands has sent Ukraine a €350 million package of drones.", [(350e6, "event")]),
        ("Japan has provided a $4.5 billion package to Ukraine since 2022.", [(4.5e9, "cumulative")]),
        ("Britain said on Friday it had contributed £2.26 billion to Ukraine.", [(2.26e9, "cumulative")]),
    ],
)
def test_one_package_after_a_perfect_is_an_event(text, expected):
    assert amounts_scopes(text) == expected


# Family 70: the Ramstein coalition and the Contact Group named in full are the Ukraine Defense Contact Group; a
# group of allies committing at such a meeting without naming it is no one's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members of the Contact Group on the Defense of Ukraine have committed more than $98 billion in security "
         "assistance to Ukraine since February 2022.", [(98e9, "Ukraine Defense Contact Group")]),
        ("The Ramstein coalition has committed more than $90 billion in military aid to Ukraine since 2022.",
         [(90e9, "Ukraine Defense Contact Group")]),
        ("At the previous meeting in February the allies committed almost $2 billion in aid to Ukraine, Healey said.",
         []),
        ("The UK and Norway have already committed an additional £450 million in military support for Ukraine.",
         [(450e6, "United Kingdom, Norway")]),
    ],
)
def test_the_ramstein_coalition(text, expected):
    assert donors(text) == expected


# Family 71: a giver joined with unnamed partners pledges a joint total, no one's; the EU with its member states
# stays the EU.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada and its partners pledged $1 billion for Ukraine's energy grid.", []),
        ("The EU and its member states pledged €5 billion in new military aid to Ukraine.", [(5e9, "EU")]),
        ("The EU and its member states have committed €135 billion to Ukraine since 2022.", [(135e9, "EU")]),
    ],
)
def test_a_giver_with_unnamed_partners(text, expected):
    assert donors(text) == expected
