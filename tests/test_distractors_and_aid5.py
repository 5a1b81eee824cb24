"""Distractors and other money read in real reporting (issue: aid5): Middle East and Sudan wire stories
(Reuters, AFP, AP, Anadolu, Xinhua, L'Orient-Le Jour, JNS, Middle East Monitor, Dabanga, Al Jazeera, TRT),
roundups that put Ukraine beside other wars, IMF releases and their coverage, US supplemental coverage, defence
industry news (Rheinmetall), Russia's budget stories. The sentences and articles are written for these tests;
figures may follow the stories, the wording does not.

Every family asserts what must not come out and, next to it, a control: the Ukraine-war figure beside it that
must still be read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipelines.extract.facts import extract_facts
from tests.test_extract_aid import articles

PUBLISHED = "2025-03-10T12:00:00Z"  # a Monday with an ECB fixing


def facts_of(*texts: str, published: str = PUBLISHED) -> list[dict]:
    """All facts of one article made of `texts` (paragraphs), in text order."""
    frame = extract_facts(articles("\n\n".join(texts), published=published))
    return frame.sort("evidence_start").to_dicts()


def counts(*texts: str) -> list[tuple[str, int]]:
    return [(f["fact_type"], f["count"]) for f in facts_of(*texts) if f["fact_type"] != "aid"]


def aid(*texts: str, published: str = PUBLISHED) -> list[tuple[float, str, str]]:
    return [
        (f["amount"], f["donor"], f["scope"]) for f in facts_of(*texts, published=published) if f["fact_type"] == "aid"
    ]


# Family 1: another war named by its places or actors, not by its country: "health officials in Rafah",
# "the Palestinian health ministry", "El Fasher in Darfur", "Pakistan's army", "the IDF".
@pytest.mark.parametrize(
    "text",
    [
        "Medics in Rafah reported 31 people dead and 52 hurt after an air strike on a shelter on Sunday.",
        "The Palestinian health ministry counted twelve people killed, three of them children, and 19 wounded.",
        "A drone slammed into a market in El Fasher, killing seven people and injuring 15, residents said.",
        "An RSF drone attack in South Kordofan killed nine soldiers, the army said.",
        "Pakistan's military said its air defences downed 25 drones overnight.",
        "The IDF said it shot down 14 drones fired at the north overnight.",
        "Air strikes on the port of Hodeidah killed six dockworkers and wounded 30, the rebels' health office said.",
    ],
)
def test_another_war_named_by_its_places_gives_no_fact(text):
    assert counts(text) == []


def test_a_ukraine_article_keeps_its_figures_beside_a_paragraph_on_gaza():
    facts = counts(
        "Russia fired 88 drones at Ukraine overnight, and 61 of them were shot down, the air force said.",
        "In Rafah, medics said 27 people were killed and 40 injured in a strike on a tent camp.",
        "In Kharkiv, three people were killed and 11 injured, the governor said.",
    )
    assert facts == [("launched", 88), ("intercepted", 61), ("killed", 3), ("injured", 11)]


# Family 2: a sentence that names no war keeps the topic of the sentence before it in its paragraph.
def test_a_sentence_after_one_about_another_war_stays_off_topic():
    lead = "A Russian missile killed four people in Dnipro on Tuesday, the regional governor said."
    text = (
        "Elsewhere, Israeli strikes hit a school sheltering displaced families. "
        "Rescuers said 18 people were killed and 35 wounded."
    )
    assert counts(lead, text) == [("killed", 4)]


def test_a_sentence_after_one_about_ukraine_is_read():
    lead = "Kyiv woke to explosions again on Tuesday."
    text = (
        "Israel's war in Gaza has drawn air defence systems away from Europe. "
        "Russia launched 64 drones at Ukraine overnight. Air defences destroyed 50 of them, the air force said."
    )
    assert counts(lead, text) == [("launched", 64), ("intercepted", 50)]


# Family 3: roundups. A heading that names another war ("Sudan: ...") heads paragraphs that may not name it
# again; the next heading ends its section.
ROUNDUP = [
    "Ukraine: night attack repelled",
    "Air defences shot down 74 of the 90 drones Russia launched at Kyiv overnight, the air force said.",
    "Sudan: drone hits graduation ceremony",
    "The army chief escaped unhurt, but the drone attack killed five people and injured 12.",
    "Myanmar: mine casualties soar",
    "Last year buried explosives killed 188 people and maimed 864, a monitoring group said.",
    "Ukraine: Odesa port hit",
    "Two port workers were killed and four injured, the regional governor said.",
]


def test_a_roundup_section_under_another_war_s_heading_gives_no_fact():
    facts = counts(*ROUNDUP)
    assert ("killed", 5) not in facts and ("injured", 12) not in facts
    assert ("killed", 188) not in facts and ("injured", 864) not in facts


def test_a_roundup_keeps_the_ukraine_sections():
    facts = counts(*ROUNDUP)
    assert ("launched", 90) in facts and ("intercepted", 74) in facts
    assert ("killed", 2) in facts and ("injured", 4) in facts


# Family 3b: disasters, accidents and crimes are no part of the war, in Russia or elsewhere, though the sentence
# names Russia; a strike's own wording ("the building collapsed", a drone that hit a bus) keeps it.
@pytest.mark.parametrize(
    "text",
    [
        "A blast at a petrol station in Russia's Dagestan region left 13 people dead and 60 hurt, officials said.",
        "A gunman opened fire in a school in Russia's Udmurtia region, killing 17 people and wounding 24.",
        "A passenger plane crashed on approach in Russia's Amur region on Thursday, killing all 48 on board.",
        "Floods in Russia's Orenburg region drove thousands from their homes, and two people died, Russian officials "
        "said.",
        "A fire at a shopping centre in Kemerovo killed 64 people, Russian investigators said.",
    ],
)
def test_a_disaster_in_russia_gives_no_fact(text):
    assert counts(text) == []


def test_an_article_led_by_a_disaster_gives_no_fact_further_on():
    assert counts(
        "A minibus collided with a lorry on a highway in Russia's Tver region on Sunday.",
        "Eleven people were killed and three injured, the regional emergencies office said.",
    ) == []


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Russia struck an apartment block in Dnipro overnight.",
          "Part of the building collapsed, and rescuers said 12 people were killed and 40 injured."),
         [("killed", 12), ("injured", 40)]),
        (("A Russian drone hit a bus in Kherson, killing two passengers.",), [("killed", 2)]),
        (("Floods after the destruction of the Kakhovka dam killed 52 people, officials said.",), [("killed", 52)]),
    ],
)
def test_a_strike_s_own_disaster_wording_is_still_read(texts, expected):
    assert counts(*texts) == expected


# Family 4: a country that receives the money as one of a group of receivers is no giver ("Taiwan and other
# Indo-Pacific partners will receive $8.1 billion").
@pytest.mark.parametrize(
    "text",
    [
        "The bill gives $61 billion to Ukraine. Taiwan and other Indo-Pacific partners will receive $8.1 billion "
        "in military aid to counter China.",
        "The bill gives $61 billion to Ukraine. Israel and its regional allies are set to get $26.4 billion "
        "in security assistance.",
    ],
)
def test_a_receiving_group_is_no_giver(text):
    assert all(amount == 61e9 for amount, _, _ in aid("The US Congress passed a foreign aid bill.", text))


def test_a_listed_recipient_that_gives_to_ukraine_is_still_a_giver():
    text = "Taiwan pledged US$2.5 million in humanitarian aid for a bridge in Kyiv, its foreign ministry said."
    assert aid(text) == [(2.5e6, "Taiwan", "event")]


# Family 5: a company's business, not a giver's: investments, contracts it wins, order backlogs. Nor does it
# take the giver of the aid sentence before it.
@pytest.mark.parametrize(
    "second",
    [
        "Rheinmetall, which builds air defence guns for Ukraine, won a contract worth 600 million euros from "
        "the Bundeswehr.",
        "Rheinmetall will invest 200 million euros in a new shell factory in Ukraine, its chief executive said.",
        "The arms maker, a key supplier of ammunition to Ukraine, reported an order backlog of 55 billion euros.",
        "Diehl secured orders worth 1.2 billion euros for IRIS-T systems, some of them bound for Ukraine.",
    ],
)
def test_company_money_is_not_aid(second):
    first = "Germany has committed a further 500 million euros in military aid to Ukraine."
    assert aid(first, second) == [(500e6, "Germany", "event")]


def test_a_country_s_company_investing_is_not_its_aid():
    text = "Germany's Rheinmetall will invest 300 million euros in an ammunition plant in western Ukraine."
    assert aid(text) == []


def test_a_lender_named_investment_bank_still_gives_aid():
    text = "The European Investment Bank signed a 400 million euro loan to repair Ukraine's power grid."
    assert [(a, d) for a, d, _ in aid(text)] == [(400e6, "EIB")]


# Family 5b: the giver's own rearmament is not aid, though its sentence names Ukraine ("a EUR 150 billion loan
# scheme to help member states rearm, part of an EUR 800 billion plan drawn up after Washington paused aid to
# Ukraine").
@pytest.mark.parametrize(
    "text",
    [
        "EU ministers approved a 150 billion euro loan scheme to help member states rearm, part of an 800 billion "
        "euro plan drawn up after Washington paused its military aid to Ukraine.",
        "Brussels will lend 150 billion euros for member states' defence readiness, some of which may also help "
        "Ukraine.",
    ],
)
def test_the_giver_s_own_rearmament_is_not_aid(text):
    assert aid(text, published="2025-05-28T12:00:00Z") == []


def test_money_that_reimburses_member_states_for_shells_sent_to_ukraine_is_still_aid():
    text = (
        "The EU agreed to give Ukraine 1 billion euros from the European Peace Facility, which will reimburse "
        "member states that hand over shells from their stocks."
    )
    assert [(a, d) for a, d, _ in aid(text)] == [(1e9, "EU")]


# Family 6: a need that rises from one figure to another ("Ukraine's financing needs would rise from $115
# billion to about $140 billion"): the new figure is as little aid as the old one.
@pytest.mark.parametrize(
    "text",
    [
        "If the fighting lasts into 2025, Ukraine's external financing needs would rise from $115 billion to about "
        "$140 billion, the IMF said.",
        "The funding gap for Ukraine's budget grew from $8 billion to $12 billion this spring, the finance ministry "
        "said, as aid deliveries slowed.",
    ],
)
def test_a_rising_need_is_no_aid(text):
    assert aid(text) == []


def test_aid_raised_from_one_figure_to_another_is_still_the_new_total():
    text = "Japan raised its loans to Ukraine from $100 million to $300 million on Monday."
    assert aid(text) == [(300e6, "Japan", "cumulative")]


# Family 7: IMF programmes. The pooled envelope of all lenders an IMF programme is part of names no giver;
# a lending programme's size is its envelope (a period); a payout a review only opens the way for is not
# yet committed; the payout the board allows is.
def test_a_pooled_envelope_of_all_lenders_is_no_fact():
    text = (
        "The IMF board approved a four-year loan of about $15.6 billion for Ukraine, part of a $115 billion "
        "overall support package."
    )
    assert [a for a, _, _ in aid(text, published="2023-03-31T18:00:00Z")] == [15.6e9]


def test_a_lending_programme_s_size_is_a_period_and_a_payout_in_prospect_no_fact():
    text = (
        "The IMF finished its first review of Ukraine's $15.6 billion loan programme, paving the way for a "
        "payout of around $900 million."
    )
    assert aid(text, published="2023-05-30T12:00:00Z") == [(15.6e9, "IMF", "period")]


def test_the_disbursement_the_board_allows_is_an_event():
    text = "The IMF board's decision allows Ukraine an immediate disbursement of about $2.7 billion."
    assert aid(text, published="2023-03-31T18:00:00Z") == [(2.7e9, "IMF", "event")]


# Family 8: a list of givers joined by "with" is one donor ("The Netherlands, with Denmark and Germany, ...").
@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands, with Denmark and Germany, will provide 500 million euros in air defence for Ukraine.",
        "The Netherlands, together with Denmark and Germany, pledged 500 million euros in military aid to Ukraine.",
    ],
)
def test_a_list_of_givers_joined_by_with_is_one_donor(text):
    assert aid(text) == [(500e6, "Netherlands, Denmark, Germany", "event")]


# Family 9: a legislature votes aid; its country is the giver named earlier in the article.
def test_the_senate_gives_through_the_country_named_before_it():
    text = (
        "Washington has shipped weapons to Kyiv for three months. "
        "The Senate approved $40 billion in new aid for Ukraine on Thursday."
    )
    facts = facts_of(text, published="2022-05-20T12:00:00Z")
    assert [(f["amount"], f["donor"], f["event_date"]) for f in facts] == [
        (40e9, "United States", dt.date(2022, 5, 19))
    ]


def test_the_senate_without_a_country_in_the_article_names_no_giver():
    assert aid("The Senate approved $40 billion in new aid for Ukraine on Thursday.") == []


# Family 10: the perfect with the day of the transfer in its own clause is that day's event; with the day only in
# a speech tag, or with no day, it is a running total (FACTS.md 5 and 6).
def test_a_perfect_with_its_own_day_is_that_day_s_event():
    facts = facts_of("The EU has transferred $1.7bn to Ukraine on Friday under the G7's ERA loans.")
    assert [(f["amount"], f["scope"], f["event_date"]) for f in facts] == [(1.7e9, "event", dt.date(2025, 3, 7))]


@pytest.mark.parametrize(
    "text",
    [
        "The EU has transferred $1.7bn to Ukraine under the G7's ERA loans.",
        "Britain said on Friday it had contributed GBP 2.26bn to the ERA scheme for Ukraine.",
        "The United States has provided $66 billion in military aid to Ukraine, the Pentagon said on Friday.",
    ],
)
def test_a_perfect_without_its_own_day_stays_a_running_total(text):
    assert [scope for _, _, scope in aid(text)] == ["cumulative"]


def test_the_families_do_not_silence_a_whole_article_that_mentions_another_country():
    # an aid story that also mentions Israel's air defences keeps its Ukraine figure
    facts = aid(
        "Israel's Patriot systems are being refurbished in the United States. "
        "Germany pledged 300 million euros in military aid to Ukraine on Monday."
    )
    assert facts == [(300e6, "Germany", "event")]
