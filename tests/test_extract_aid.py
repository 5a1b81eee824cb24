"""Aid extraction and currency conversion, on sentences written for these tests."""

import datetime as dt

import polars as pl
import pytest
from currency_converter import CurrencyConverter

from pipelines.extract.aid import extract_aid
from pipelines.extract.money import add_conversions, ecb_rate, find_money_mentions
from pipelines.contract import FACT_SCHEMA
from pipelines.extract.sentences import split_sentences

THURSDAY = "2023-06-15T12:00:00Z"
SATURDAY = "2023-06-17T12:00:00Z"


def articles(*texts: str, published: str = THURSDAY) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "source": ["test"] * len(texts),
            "published_at": [published] * len(texts),
            "title": [""] * len(texts),
            "text": list(texts),
        }
    ).with_columns(pl.col("published_at").str.to_datetime(time_zone="UTC"))


def aid_facts(*texts: str, published: str = THURSDAY) -> list[dict]:
    facts = extract_aid(split_sentences(articles(*texts, published=published)))
    assert facts.schema == pl.Schema(FACT_SCHEMA)
    return facts.sort("article_id", "evidence_start").to_dicts()


def only(facts: list[dict]) -> dict:
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The Netherlands pledged €500m in military aid to Ukraine.", 500e6, "EUR"),
        ("Washington will provide $1.2bn in air defence support for Ukraine.", 1.2e9, "USD"),
        ("Germany has promised 2.4 billion euros in humanitarian aid for Ukraine.", 2.4e9, "EUR"),
        ("Britain will give Ukraine £2.26 billion in military assistance.", 2.26e9, "GBP"),
        ("Norway's parliament approved NOK 10 billion in new support for Kyiv.", 10e9, "NOK"),
        ("France will send 1 billion euros of weapons to Ukraine.", 1e9, "EUR"),
        ("The Pentagon announced a $250 million weapons package for Ukraine.", 250e6, "USD"),
        ("Denmark will send Ukraine another 10 billion kroner of weapons.", 10e9, "DKK"),
        ("EU ministers endorsed a two-billion-euro scheme to send shells to Ukraine.", 2e9, "EUR"),
        ("Italy will send half a billion euros of air defence equipment to Ukraine.", 0.5e9, "EUR"),
        ("Poland donated 750,000 euros to a demining fund for Ukraine.", 750e3, "EUR"),
        ("Canada will give Ukraine C$40 million for drones.", 40e6, "CAD"),
        ("Tokyo approved a grant of 3.5 billion yen for Ukraine.", 3.5e9, "JPY"),
        ("Switzerland will provide 1.5 billion Swiss francs to Ukraine.", 1.5e9, "CHF"),
        ("The EU approved a 50 billion euro facility to support Ukraine.", 50e9, "EUR"),
        ("The Czech-led initiative raised €1.5bn to buy shells for Ukraine.", 1.5e9, "EUR"),
        ("Ukraine received $1.5 billion from Japan via the World Bank.", 1.5e9, "USD"),
        ("Britain will use £1.6 billion of export finance to buy air defence missiles for Ukraine.", 1.6e9, "GBP"),
        ("Britain and Ukraine signed a £2.26 billion loan to be repaid from the profits of immobilised Russian assets.",
         2.26e9, "GBP"),
    ],
)
def test_amount_forms(text, amount, currency):
    fact = only(aid_facts(text))
    assert fact["amount"] == pytest.approx(amount)
    assert fact["currency"] == currency
    assert fact["fact_type"] == "aid"
    assert fact["recipient"] == "Ukraine"
    assert fact["evidence"] == text


def test_parenthetical_conversion_is_one_fact_with_the_stated_figure():
    fact = only(aid_facts("The EU approved 2.4 billion euros ($2.53 billion) for Ukraine's army."))
    assert (fact["amount"], fact["currency"]) == (2.4e9, "EUR")
    assert fact["amount_eur"] == 2.4e9
    assert fact["amount_usd"] == 2.53e9
    assert fact["rate_source"] == "stated"


def test_conversion_from_a_third_currency_keeps_the_stated_figure_and_converts_the_other():
    fact = only(aid_facts("Canada will contribute C$40 million (about US$29.5 million) to buy shells for Ukraine."))
    assert (fact["amount"], fact["currency"], fact["amount_usd"]) == (40e6, "CAD", 29.5e6)
    rate = CurrencyConverter().convert(40e6, "CAD", "EUR", date=dt.date(2023, 6, 15))
    assert fact["amount_eur"] == pytest.approx(round(rate, 2))
    assert fact["rate_source"] == "ecb"
    assert "USD stated" in fact["note"]


def test_donor_is_the_actor_named_before_the_amount():
    facts = aid_facts(
        "KYIV, June 15 (Reuters) - British Prime Minister Rishi Sunak promised Ukraine £50 million in aid.",
        "The Nordic countries have pledged 3 billion euros to a fund for Ukraine's air defence.",
        "Defence Minister Pal Jonson said the new package, Sweden's fifth since the invasion, was worth SEK 2 billion for Ukraine.",
        "A fund that buys shells for Ukraine will receive €20m from the European Peace Facility.",
        "On Wednesday, the Pentagon unveiled a $300 million drawdown for Ukraine.",
    )
    assert [f["donor"] for f in facts] == ["United Kingdom", "Nordic countries", "Sweden", "EU", "United States"]


def test_parts_without_a_donor_inherit_it_and_totals_and_parts_are_all_facts():
    facts = aid_facts(
        "Italy unveiled a €300m aid package for Ukraine. Of that sum, €100m is for air defence, "
        "while €200m will go to ammunition, officials said."
    )
    assert [(f["amount"], f["donor"], f["scope"]) for f in facts] == [
        (300e6, "Italy", "event"), (100e6, "Italy", "event"), (200e6, "Italy", "event")
    ]
    assert [f["aid_type"] for f in facts][1:] == ["military", "ammunition"]


def test_bare_crowns_take_the_currency_of_the_article():
    facts = aid_facts(
        "Norway will give 5 billion Norwegian crowns (450 million euros) to Ukraine. "
        "Of that, 2 billion crowns is humanitarian relief."
    )
    assert [(f["amount"], f["currency"]) for f in facts] == [(5e9, "NOK"), (2e9, "NOK")]
    assert facts[0]["amount_eur"] == 450e6


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Germany unveiled aid worth more than €2.7 billion for Ukraine.", "at_least"),
        ("Germany unveiled aid worth over €2.7 billion for Ukraine.", "at_least"),
        ("The Pentagon unveiled aid worth up to $250 million for Ukraine.", "at_most"),
        ("Canada pledged roughly C$1.8 billion in military aid to Ukraine.", "approx"),
        ("Canada pledged about C$1.8 billion in military aid to Ukraine.", "approx"),
        ("Canada pledged C$1.8 billion in military aid to Ukraine.", "exact"),
    ],
)
def test_qualifiers(text, qualifier):
    assert only(aid_facts(text))["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The United States has provided $39 billion in security aid to Kyiv since the start of "
         "Russia's full-scale invasion.", "cumulative"),
        ("Canada has pledged over C$8 billion to Ukraine since the February 2022 invasion.", "cumulative"),
        ("The Nordic countries had so far given Ukraine 4.4 billion euros' worth of military support.", "cumulative"),
        ("The tranche raises the total of U.S. military aid to Ukraine to $24.9 billion.", "cumulative"),
        ("Japan pledged $5.5 billion for Ukraine, on top of $600 million it had already provided.", None),
        ("Britain has provided £2.3 billion of military aid to Ukraine this year.", "period"),
        ("Norway's pledge of 75 billion crowns to Ukraine is spread over the five years 2023 to 2027.", "period"),
        ("The Netherlands will give Ukraine €1 billion a year in military aid.", "period"),
        ("Germany approved a €2.7 billion package for Ukraine, the largest since the start of the invasion.", "event"),
        ("Sweden's tenth package since the Russian invasion was worth SEK 4.3 billion in aid to Ukraine.", "event"),
        ("Of the total, $128 million covers new weapons from Pentagon stocks for Ukraine.", "event"),
        ("Germany will give Ukraine military aid worth €8 billion in 2024.", "period"),
        ("Germany, which set up the fund in 2022, will put €80m into air defence for Ukraine.", "event"),
        ("Kyiv has received about $75 billion in U.S. aid so far.", "cumulative"),
        ("The United States has provided $44 billion in military aid to Ukraine.", "cumulative"),
        ("Germany's total commitments to Ukraine stand at 17.1 billion euros, the Kiel Institute said.", "cumulative"),
        ("Germany has pledged a new €1.3 billion air defence package for Ukraine.", "event"),
        ("The package for Ukraine, worth a total of $400 million, was unveiled by the Pentagon.", "event"),
        ("Norway agreed a five-year, NOK 75 billion support programme for Ukraine.", "period"),
    ],
)
def test_scope(text, scope):
    facts = aid_facts(text)
    if scope is None:  # the Japanese pair: a new pledge and a running total
        assert [(f["amount"], f["scope"]) for f in facts] == [(5.5e9, "event"), (600e6, "cumulative")]
    else:
        assert only(facts)["scope"] == scope


def test_event_date_from_the_clause_else_publication_day_in_kyiv():
    facts = aid_facts(
        "Japan pledged $5.5 billion for Ukraine on June 2. "
        "On Tuesday, Spain approved €100m in aid for Ukraine. "
        "Belgium will send Ukraine €50m in aid, its minister said on Monday.",
        # 22:30 UTC is already the next day in Kyiv
        published="2023-06-15T22:30:00Z",
    )
    # the minister's Monday is the announcement's day, so the commitment's
    assert [f["event_date"] for f in facts] == [dt.date(2023, 6, 2), dt.date(2023, 6, 13), dt.date(2023, 6, 12)]
    undated = aid_facts("Belgium will send Ukraine €50m in aid, its minister said.", published="2023-06-15T22:30:00Z")
    # 22:30 UTC is already the next day in Kyiv
    assert [f["event_date"] for f in undated] == [dt.date(2023, 6, 16)]


def test_a_commitment_is_dated_by_the_day_it_was_announced():
    facts = aid_facts(
        "Britain said on October 21 that it would lend Ukraine £2.26 billion to buy weapons.",
        published="2024-10-22T10:00:00Z",
    )
    assert [f["event_date"] for f in facts] == [dt.date(2024, 10, 21)]


# One plain aid sentence: the negatives below sit beside it, so "no aid" is
# never the whole article's verdict.
AID_ANCHOR = "Germany pledged €1 billion in military aid to Ukraine."


@pytest.mark.parametrize(
    "text",
    [
        # other recipients and conflicts
        "The bill also gives Israel $14 billion in military aid.",
        "Washington also approved $2 billion in military financing for Taiwan.",
        "Norway will give 2 billion crowns in humanitarian aid to Sudan.",
        "Moscow pledged $500 million in support to Belarus.",
        # money that is not aid
        "Ukraine's GDP shrank by $30 billion last year despite the aid.",
        "The World Bank estimates reconstruction in Ukraine will cost $411 billion.",
        "Ukraine needs about $14 billion this year for priority reconstruction, aid officials said.",
        "Russia's defence budget for next year is 10.8 trillion rubles, while its aid to occupied areas grows.",
        "Ukraine's central bank holds $40 billion in reserves, enough to support the hryvnia.",
        "Each Shahed drone used against Ukraine costs about $20,000, military analysts say.",
        "EU states will spend 70 billion euros more on their own defence while supporting Ukraine.",
        "The barrage against Ukraine cost Russia an estimated $120 million in missiles.",
        "Damage to Ukraine's energy grid reached $10 billion, the aid agency said.",
        # aid in kind and vague amounts
        "The package for Ukraine includes 125 anti-aircraft guns and 1,000 missiles.",
        "Partners have promised Ukraine billions of dollars in aid.",
        "The United States sanctioned firms that helped Russia buy $300 million in drone parts for its war in Ukraine.",
        "The EU will use windfall profits from €200 billion in frozen Russian assets to arm Ukraine.",
        "Officials said between $1-2 billion more would be needed.",
        "The State Department approved the possible sale of $138 million in Hawk missile parts to Ukraine.",
        # Ukraine's own spending: nobody gives it
        "Ukraine's defence ministry signed contracts worth 10 billion hryvnias for drones.",
        # the size of a fund, a company or a fortune is no aid, even next to aid words
        "Norway's oil fund, valued at over 20 trillion crowns, shed its Russian stakes.",
        "Denmark's pension fund ATP, with DKK 900 billion under management, funds no weapons.",
        "Rheinmetall, which supplies shells, has a market capitalisation of €80 billion.",
        "Sweden's sovereign wealth fund, worth SEK 500 billion, cannot give to Ukraine.",
        # a country's own military spending
        "Poland will spend 200 billion zlotys on its own defence this year.",
    ],
)
def test_not_aid(text):
    # each negative sits in an article that is otherwise about aid to Ukraine
    facts = aid_facts(AID_ANCHOR + " " + text)
    assert [f["amount"] for f in facts] == [1e9], facts


def test_no_aid_outside_ukraine_aid_articles():
    text = "Germany approved a €5 billion package for its rail network. The funds will be given to regional operators."
    assert aid_facts(text) == []


def test_same_amount_repeated_is_one_fact():
    facts = aid_facts("Spain pledged €300m in aid to Ukraine. The €300m package includes air defence.")
    assert len(facts) == 1


def test_weekend_publication_uses_the_last_fixing_before_it():
    fact = only(aid_facts("Britain promised Ukraine £50 million in air defence aid.", published=SATURDAY))
    converter = CurrencyConverter()
    friday = dt.date(2023, 6, 16)
    assert fact["rate_source"] == "ecb_fallback"
    assert fact["rate_date"] == friday
    assert fact["amount_eur"] == pytest.approx(round(converter.convert(50e6, "GBP", "EUR", date=friday), 2))
    assert fact["amount_usd"] == pytest.approx(round(converter.convert(50e6, "GBP", "USD", date=friday), 2))
    assert "2023-06-16" in fact["note"]


def test_currency_without_ecb_rate_is_kept_unconverted_with_a_note():
    fact = only(aid_facts("Poland transferred 500 million hryvnias in humanitarian aid to Ukraine."))
    assert fact["currency"] == "UAH"
    assert fact["amount_eur"] is None and fact["amount_usd"] is None
    assert "no ECB rate" in fact["note"]


def test_conversion_is_vectorised_over_distinct_pairs_and_handles_dates_past_the_data():
    facts = pl.DataFrame(
        {
            "amount": [100.0, 200.0, 300.0, 50.0],
            "currency": ["GBP", "GBP", "USD", "EUR"],
            "stated_eur": [None, None, None, None],
            "stated_usd": [None, None, None, None],
            "published_date": [dt.date(2023, 6, 15), dt.date(2023, 6, 15), dt.date(2099, 1, 1), dt.date(2023, 6, 15)],
        },
        schema_overrides={"stated_eur": pl.Float64, "stated_usd": pl.Float64},
    )
    converted = add_conversions(facts)
    converter = CurrencyConverter()
    assert converted["amount_eur"][1] == pytest.approx(round(converter.convert(200, "GBP", "EUR", date=dt.date(2023, 6, 15)), 2))
    assert converted["amount_eur"][3] == 50.0
    assert converted["rate_source"].to_list() == ["ecb", "ecb", "ecb_fallback", "ecb"]
    last = converter.bounds["USD"].last_date
    assert converted["rate_date"][2] == last
    assert ecb_rate("XYZ", dt.date(2023, 6, 15)) is None


def test_money_mentions_skip_weights_and_people():
    sentences = split_sentences(articles("The 1,000 pounds bomb hit. Some 5 million people lost power. It cost 20 hryvnias."))
    mentions = find_money_mentions(sentences)
    assert mentions["mention"].to_list() == ["20 hryvnias"]


# --- Generalisation: wordings outlets use that the first rules missed (issue 3 follow-up) ---


@pytest.mark.parametrize(
    ("text", "amount", "currency", "stated_eur", "stated_usd"),
    [
        # a conversion in brackets after a currency word, with or without a hedge
        ("The UK will lend Kyiv 1.7 billion pounds ($2.2 billion) to buy air defence for Ukraine.",
         1.7e9, "GBP", None, 2.2e9),
        ("Sweden approved a package of 7.1 billion Swedish kronor (around €620m) for Ukraine.",
         7.1e9, "SEK", 620e6, None),
        ("Poland will send 900 million Polish zloty (some $230 million) in weapons to Ukraine.",
         900e6, "PLN", None, 230e6),
        ("Prague sent 600 million Czech koruna (roughly €24m) of shells to Ukraine.", 600e6, "CZK", 24e6, None),
        ("Denmark gave Ukraine 3.3 billion Danish kroner (equivalent to about €440m) for drones.",
         3.3e9, "DKK", 440e6, None),
        ("Tokyo will provide 450 billion Japanese yen in financial aid to Ukraine.", 450e9, "JPY", None, None),
        ("Ottawa pledged 650 million Canadian dollars in armoured vehicles for Ukraine.", 650e6, "CAD", None, None),
        ("Canberra will give 245 million Australian dollars of military aid to Ukraine.", 245e6, "AUD", None, None),
        ("Bern approved 1.5 billion Swiss francs for Ukraine's recovery.", 1.5e9, "CHF", None, None),
        ("Oslo will give 5 billion Norwegian kroner in humanitarian aid to Ukraine.", 5e9, "NOK", None, None),
        # the ISO code before the figure, spaced or not, after "additional"/"extra"
        ("Norway will allocate an additional NOK 3 billion for Ukraine's energy grid.", 3e9, "NOK", None, None),
        ("Sweden approved an extra SEK2.5bn in humanitarian aid for Ukraine.", 2.5e9, "SEK", None, None),
        ("Finland will send EUR190m of defence equipment to Ukraine.", 190e6, "EUR", None, None),
    ],
)
def test_currency_names_codes_and_hedged_conversions(text, amount, currency, stated_eur, stated_usd):
    fact = only(aid_facts(text))
    assert (fact["amount"], fact["currency"], fact["scope"]) == (pytest.approx(amount), currency, "event")
    if stated_eur is not None:
        assert fact["amount_eur"] == stated_eur
    if stated_usd is not None:
        assert fact["amount_usd"] == stated_usd


def test_purpose_words_do_not_make_aid_someone_s_own_spending():
    # "for military spending" is what Ukraine does with the loan ...
    fact = only(aid_facts("Britain will lend Ukraine £1.7bn for military spending, repaid from Russian asset profits."))
    assert (fact["amount"], fact["donor"]) == (1.7e9, "United Kingdom")
    assert only(aid_facts("Canada will lend Ukraine C$2bn to cover Kyiv's budget needs."))["amount"] == 2e9
    # ... but without Ukraine in the clause it is a country's own spending
    facts = aid_facts(AID_ANCHOR + " Berlin also set aside €80 billion for military spending at home.")
    assert [f["amount"] for f in facts] == [1e9]


def test_proceeds_of_immobilised_assets_handed_to_ukraine_are_aid():
    facts = aid_facts(
        "The EU has paid Ukraine the second €1.9bn tranche of windfall profits from frozen Russian assets. "
        "Brussels has sent the first €1.4bn in proceeds from immobilised central bank assets to Kyiv's army."
    )
    assert [(f["amount"], f["donor"], f["scope"]) for f in facts] == [(1.9e9, "EU", "event"), (1.4e9, "EU", "event")]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # running totals, however the reference point is put
        ("Washington has committed more than $66 billion in weapons to Ukraine since Moscow launched its war.",
         "cumulative"),
        ("France has given Ukraine €3.7 billion in arms since Russia attacked in 2022.", "cumulative"),
        ("Denmark has given Ukraine DKK 60 billion in military aid over the past three years.", "cumulative"),
        ("The Netherlands has pledged €6 billion in military aid to Ukraine since 24 February 2022.", "cumulative"),
        ("Since Feb. 24, 2022, Finland has pledged €2.5 billion in defence aid to Ukraine.", "cumulative"),
        ("Altogether, Belgium has pledged €1.7 billion in military aid to Ukraine.", "cumulative"),
        ("Lithuania's aid to Ukraine to date amounts to €1.1 billion.", "cumulative"),
        ("In total since 2022, Canada has committed C$19.5 billion to Ukraine.", "cumulative"),
        ("Italy will fund Ukraine's power grid with €100 million through 2027.", "period"),
        # new amounts, even in the perfect or next to "so far"
        ("Norway unveiled a NOK 10 billion air defence package for Ukraine, its biggest to date.", "event"),
        ("Sweden announced SEK 8 billion in aid to Ukraine, its largest so far.", "event"),
        ("The EU has transferred the third €2 billion tranche to Ukraine.", "event"),
        ("Norway has allocated an additional NOK 2 billion for Ukraine's gas purchases.", "event"),
        ("Spain's package, worth €1 billion altogether, will equip Ukraine's brigades.", "event"),
    ],
)
def test_scope_generalises(text, scope):
    assert only(aid_facts(text))["scope"] == scope


def test_words_leading_to_the_next_amount_belong_to_it():
    facts = aid_facts(
        "The Netherlands has pledged a further €400 million in military aid to Ukraine, bringing its total to "
        "€6.4 billion. Norway will give an extra NOK 4 billion to Ukraine's air defence, raising this year's "
        "support to NOK 32 billion."
    )
    assert [(f["amount"], f["scope"]) for f in facts] == [
        (400e6, "event"), (6.4e9, "cumulative"), (4e9, "event"), (32e9, "period")
    ]


def test_words_of_an_earlier_clause_belong_to_its_amount():
    facts = aid_facts(
        "Washington has given Ukraine $64 billion in weapons since the invasion, and on Tuesday unveiled "
        "another $725 million package."
    )
    assert [(f["amount"], f["scope"]) for f in facts] == [(64e9, "cumulative"), (725e6, "event")]
    # ... and so do the words that make it other money
    facts = aid_facts("Oslo's $1.7 trillion sovereign fund keeps its stakes, while Norway pledged NOK 2 billion to Ukraine.")
    assert [(f["amount"], f["currency"]) for f in facts] == [(2e9, "NOK")]


def test_donor_is_the_nearest_or_grammatical_giver_including_institutions():
    facts = aid_facts(
        "Britain said its loan is part of the G7's $50 billion scheme for Ukraine.",
        "London's share comes from a $45 billion loan for Ukraine agreed by the Group of Seven in June.",
        "France backs a €2 billion loan to Ukraine approved by the European Commission.",
        "The EIB signed a €400 million loan for Ukraine's energy repairs.",
        "The IMF approved a $900 million disbursement for Ukraine.",
        "Kyiv received $1.5 billion in grants for Ukraine's budget from the World Bank.",
        "NATO allies agreed to provide €40 billion in military aid to Ukraine.",
        "The bloc will provide €18 billion in loans to Ukraine.",
    )
    assert [f["donor"] for f in facts] == [
        "G7", "G7", "EU", "EIB", "IMF", "World Bank", "NATO", "EU"
    ]


def test_implausibly_large_amounts_are_never_aid():
    # no donor has given a trillion dollars: such a figure is an economy or a fund
    facts = aid_facts(AID_ANCHOR + " Norway's support comes from a NOK 20 trillion pool of oil money.")
    assert [f["amount"] for f in facts] == [1e9], facts
