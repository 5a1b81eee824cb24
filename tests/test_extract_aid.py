"""Aid extraction and currency conversion, on sentences written for these tests."""

import datetime as dt

import polars as pl
import pytest
from currency_converter import CurrencyConverter

from pipelines.extract.aid import extract_aid
from pipelines.extract.money import add_conversions, ecb_rate, find_money_mentions
from pipelines.extract.schema import FACT_SCHEMA
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
        ("The United States has provided $44 billion in security assistance to Ukraine since the start of "
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
    assert [f["event_date"] for f in facts] == [dt.date(2023, 6, 2), dt.date(2023, 6, 13), dt.date(2023, 6, 16)]


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
        "Allies have pledged billions of dollars in aid to Ukraine.",
        "The United States sanctioned firms that helped Russia buy $300 million in drone parts for its war in Ukraine.",
        "The EU will use windfall profits from €200 billion in frozen Russian assets to arm Ukraine.",
        "Officials said between $1-2 billion more would be needed.",
        "The State Department approved the possible sale of $138 million in Hawk missile parts to Ukraine.",
        # Ukraine's own spending: nobody gives it
        "Ukraine's defence ministry signed contracts worth 10 billion hryvnias for drones.",
    ],
)
def test_not_aid(text):
    # each negative sits in an article that is otherwise about aid to Ukraine
    anchor = "Germany pledged €1 billion in military aid to Ukraine."
    facts = aid_facts(anchor + " " + text)
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
