"""Aid recall (FACTS.md 6), round 68: commitments the rules did not read, met in the opened real stories of rounds
32 to 68. The sentences are written for these tests; names and figures are made up.

- a legislature's bill, and the vote on it, give through the legislature's country as the Senate does: "The bill
  includes $60 billion for Ukraine", "The $61 billion package passed in a 311-112 vote", "was approved with 311 votes
  in favour" (not "lawmakers" alone, asked for money as often as giving it); with no giver named before it, the first
  the article names after it; and the figures after it that name no giver of their own take that giver;
- Russia's frozen assets named as the source of what a giver hands over ("is drawing on profits from frozen Russian
  assets to lend Ukraine GBP 2bn") make Russia no actor: the giver named before them gives; while the assets' own size,
  said after them ("Russian assets of roughly $260 billion", "assets worth EUR 390 million"), is no aid;
- what the war damaged, named as what the money goes to ("to rebuild its war-damaged infrastructure", "to five cities
  damaged by Russia's invasion"), is the aid's purpose, not a damage estimate; a lender's product named "Investment
  Project Financing" and "direct budget funding" are aid wordings, not an investment or a budget;
- a past fiscal year said whole ("during the last fiscal year, the Department provided $6.3 billion", "in fiscal year
  2022", "in FY23") is a period, and a total "to-date" (hyphenated) a running total, as "to date" is;
- a ranked package named as the object of a perfect, with its value after what it is of ("Sweden has sent the
  14th package of defence aid to Ukraine worth 160 million euros"), is that package, an event, as "a EUR 1.5 billion
  tranche" is.

Each family has controls: the neighbouring wordings that must stay as they were.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts


def donors(text: str) -> dict[float, str | None]:
    return {f["amount"]: f["donor"] for f in aid_facts(text) if f["scope"] == "event"}


# Family 1: a bill and its vote give through the legislature's country
BILLS = [
    ("Washington has armed Kyiv since the invasion. The bill includes $48 billion in aid for Ukraine to resist "
     "Russia's invasion.", 48e9),
    ("US lawmakers met on Saturday. The $57 billion package of weapons aid for Ukraine passed in a 298-120 vote.", 57e9),
    ("The US has led the support for Kyiv. The $57 billion aid package for Ukraine was approved with 298 votes in "
     "favour and 120 against.", 57e9),
    ("The United States pressed on with aid. Congress approved $12 billion in new military assistance for Ukraine on "
     "Friday.", 12e9),
    ("The Senate on Thursday approved more than $36 billion in humanitarian and military assistance for Ukraine. "
     "President Biden is expected to sign the US bill quickly.", 36e9),
]


@pytest.mark.parametrize(("text", "amount"), BILLS)
def test_a_bill_and_its_vote_give_through_the_legislatures_country(text, amount):
    assert donors(text).get(amount) == "United States"


def test_the_figures_after_a_voted_bill_take_its_giver():
    text = (
        "The Senate on Thursday approved more than $36 billion in humanitarian and military assistance for Ukraine. "
        "The package includes more than $18 billion for the Pentagon to provide weapons and training to Ukraine. "
        "Washington has been Kyiv's largest backer."
    )
    found = donors(text)
    assert found.get(36e9) == "United States"
    assert found.get(18e9) == "United States"


BILL_CONTROLS = [
    # no giver anywhere in the article: no donor, no fact
    "The bill includes $48 billion in aid for Ukraine in its war with Russia.",
    # the bill's other recipients stay out
    "Washington has armed Kyiv for months. The bill includes $14 billion in aid for Israel and $5 billion for Taiwan.",
]


@pytest.mark.parametrize("text", BILL_CONTROLS)
def test_a_bill_without_a_giver_or_for_others_gives_no_fact(text):
    assert donors(text) == {}


# Family 2: Russia's frozen assets as the source of the money are no actor
ASSET_SOURCES = [
    ("The UK is drawing on profits from frozen Russian assets to lend £1.6 billion to Ukraine for its defence.", 1.6e9,
     "United Kingdom"),
    ("Last summer G7 leaders agreed to use interest from immobilised Russian assets to allocate $45 billion to "
     "Ukraine.", 45e9, "G7"),
    ("Japan will draw on earnings from blocked Russian sovereign assets to fund a $2.5 billion loan to Ukraine.",
     2.5e9, "Japan"),
    ("Canada said it would use the proceeds of Russia's frozen assets to lend Ukraine C$4 billion.", 4e9, "Canada"),
]


@pytest.mark.parametrize(("text", "amount", "donor"), ASSET_SOURCES)
def test_frozen_russian_assets_as_the_source_are_no_actor(text, amount, donor):
    assert donors(text).get(amount) == donor


ASSET_SIZES = [
    ("Britain will lend Ukraine £1.9 billion. The loan is repaid from profits on frozen Russian assets of around "
     "$250 billion.", 250e9),
    ("Denmark backs Ukraine's arms makers. Frozen Russian assets worth €420 million and allied grants have funded "
     "the Danish model for Ukraine's defence industry.", 420e6),
    ("Norway gave Ukraine more weapons. Russian central bank reserves valued at $300 billion remain frozen in the "
     "West, and Norway wants them used for Ukraine.", 300e9),
]


@pytest.mark.parametrize(("text", "amount"), ASSET_SIZES)
def test_the_size_of_the_assets_is_no_aid(text, amount):
    assert amount not in {f["amount"] for f in aid_facts(text)}


def test_russia_as_the_giver_of_money_stays_no_donor():
    # Russia's own money, with no giver of aid named: no fact
    assert donors("Russia sent $50 million to Ukraine's occupied regions, the Kremlin said.") == {}


# Family 3: what the war damaged is the aid's purpose; a lending product's name and budget funding are aid wordings
PURPOSES = [
    ("South Korea will give Ukraine an aid package totalling $1.8 billion to rebuild its war-damaged roads and "
     "bridges.", 1.8e9),
    ("Taiwan said it will send $4 million to two Ukrainian towns damaged by Russia's invasion, among them Sumy.",
     4e6),
    ("Norway will give Ukraine NOK 500 million for power plants damaged by Russian missiles.", 500e6),
    ("The World Bank approved another $1.2 billion Investment Project Financing for Ukraine's hospitals.", 1.2e9),
    ("In March, $6.5 billion in direct budget funding from Washington kept Ukraine's hospitals open.", 6.5e9),
]


@pytest.mark.parametrize(("text", "amount"), PURPOSES)
def test_what_the_war_damaged_is_the_aids_purpose(text, amount):
    assert amount in {f["amount"] for f in aid_facts(text) if f["scope"] == "event"}


DAMAGE_CONTROLS = [
    "Ukraine says Russia's invasion has caused $150 billion in damage to its housing, the World Bank said.",
    "Russian strikes damaged energy infrastructure worth $2 billion, Ukraine's energy minister said of the aid talks.",
    "The EU's own budget funding for defence will rise to EUR 10 billion, while aid to Ukraine continues.",
    "Rheinmetall will invest EUR 200 million in a plant in Ukraine, the company said.",
]


@pytest.mark.parametrize("text", DAMAGE_CONTROLS)
def test_damage_and_other_money_stay_no_aid(text):
    assert aid_facts(text) == []


# Family 4: a past fiscal year said whole is a period; "to-date" sums as "to date" does
YEAR_SUMS = [
    ("During the last fiscal year, the Pentagon delivered $5.2 billion of security aid to "
     "Ukraine through the programme.", 5.2e9, "period"),
    ("Congress has appropriated $4 billion in USAI funding for Ukraine in fiscal year 2023.", 4e9, "period"),
    ("The Pentagon spent $3.1 billion on weapons for Ukraine in FY24, the report said.", 3.1e9, "period"),
    ("In the previous financial year, Britain gave Ukraine £2.3 billion in military aid.", 2.3e9, "period"),
    ("The United States has to-date committed $5 billion in replacement weapons for Ukraine.", 5e9, "cumulative"),
]


@pytest.mark.parametrize(("text", "amount", "scope"), YEAR_SUMS)
def test_a_past_fiscal_year_and_a_total_to_date_are_no_events(text, amount, scope):
    assert {f["amount"]: f["scope"] for f in aid_facts(text)}.get(amount) == scope


YEAR_CONTROLS = [
    ("The Pentagon announced a $400 million aid package for Ukraine on Friday.", 400e6),
    ("Britain pledged £300 million in new military aid to Ukraine on Tuesday, the FYI newsletter said.", 300e6),
    ("The United States has committed $5 billion in replacement weapons for Ukraine.", 5e9),
]


@pytest.mark.parametrize(("text", "amount"), YEAR_CONTROLS)
def test_a_package_without_a_year_stays_an_event(text, amount):
    assert {f["amount"]: f["scope"] for f in aid_facts(text)}.get(amount) == "event"


# Family 5: a ranked package in the perfect, its value said after it, is that package
RANKED = [
    "Denmark's defence ministry has provided the 17th package of defence aid to Ukraine worth 180 million "
    "euros.",
    "Finland has approved its 19th defence package for Ukraine, worth EUR 180 million.",
    "The European Commission has disbursed the third tranche of budget support to Ukraine, amounting to EUR 180 million.",
    "Sweden has sent its twentieth package of military aid to Ukraine valued at EUR 180 million.",
]


@pytest.mark.parametrize("text", RANKED)
def test_a_ranked_package_in_the_perfect_is_an_event(text):
    assert {f["amount"]: f["scope"] for f in aid_facts(text)}.get(180e6) == "event"


RANKED_CONTROLS = [
    "Finland has provided military aid to Ukraine worth 180 million euros since the invasion.",
    "Finland has provided the bulk of its support to Ukraine, worth 180 million euros, through the EU.",
]


@pytest.mark.parametrize("text", RANKED_CONTROLS)
def test_a_total_in_the_perfect_stays_a_running_total(text):
    assert {f["amount"]: f["scope"] for f in aid_facts(text)}.get(180e6) == "cumulative"


def test_lawmakers_asked_for_money_give_no_giver():
    # "lawmakers" alone names those asked for the money as often as those who give it
    text = (
        "Kyiv waits for aid. The new funds are well below the $48 billion in aid that the White House urged lawmakers "
        "to approve for Ukraine."
    )
    assert aid_facts(text) == []
