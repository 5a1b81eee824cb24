"""Casualty and dating families found by measuring the extractor on real wire, agency and regional stories
(the realdev corpus). Every sentence here was written for these tests, with other wording, figures and places;
none is quoted from a story."""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_extract_casualties import casualties_of, tuples


# (text, expected event facts as (fact_type, count))
CASUALTY_FAMILIES = [
    # a named person "was one of N people killed": the count is the N (the person named is no count)
    ("His neighbour was one of five people killed when a drone crashed into a block of flats in Sumy.",
     {("killed", 5)}),
    ("The teacher is one of at least 12 civilians wounded in the shelling of Nikopol, officials said.",
     {("injured", 12)}),
    # near miss: a part with no copula before it stays a part of its own
    ("Two of the dead were children, the governor of the Kharkiv region said.", {("killed", 2)}),
    # a toll with its verb left out after the first figure: "the number of dead rose to 4, injured - to 11"
    ("The number of dead has risen to four people, injured — to 11, the city administration said.",
     {("killed", 4), ("injured", 11)}),
    ("The number of those killed rose to six people, and of the wounded to 23, the mayor said.",
     {("killed", 6), ("injured", 23)}),
    # near miss: a person noun and a casualty word after a comma, with no toll before, still reads as one
    ("Seven people, wounded by shrapnel, were taken to hospital in Zaporizhzhia.", {("injured", 7)}),
    # the superseded figure of a toll that changed is no fact
    ("Among the victims is a teenager, the police said, raising an earlier toll of two dead.", set()),
    ("The toll now stands at nine, up from a previous count of five, the ministry said.", {("killed", 9)}),
    # near miss: an earlier toll that nothing raises is a figure like any other
    ("Five people were killed in the previous attack on the city, officials said.", {("killed", 5)}),
    # people treated in hospital are hospitalised: a part held by the injured figure before it is no new fact
    ("The mayor said two people were killed in the city and six injured, including four being treated in "
     "hospital, while 15 people were wounded in Kherson.", {("killed", 2), ("injured", 6), ("injured", 15)}),
    # ... and, alone, a hospitalised count of injured
    ("Three people are being treated in hospital after the strike on Chernihiv, the governor said.",
     {("injured", 3)}),
    # one day of a week is an event ("this week" alone is a period)
    ("Nine people were killed in a strike on Tuesday this week, the prosecutor's office said.", {("killed", 9)}),
    ("Six people were wounded in a drone attack on Monday last week, officials said.", {("injured", 6)}),
]

NOT_EVENTS = [
    # near miss: a week with no day named stays a period
    "Eleven people were killed in Kharkiv this week, the governor said.",
    "Over the past week, 30 civilians were injured in the Donetsk region.",
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_FAMILIES)
def test_real_casualty_families(text, expected):
    assert tuples(casualties_of(text)) == expected


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_week_is_no_event(text):
    facts = casualties_of(text)
    assert tuples(facts) == set()
    assert set(facts["scope"]) == {"period"}


# A hospitalised figure that calls its people the injured is part of the injured figure given before it, however
# far back; a hospitalised figure of plain people further on stands on its own (FACTS.md 8)
HOSPITALISED_FAR_BACK = [
    ("A Russian drone attack on Kharkiv on Monday killed two people and injured 18, the governor said. "
     "The attack damaged a school and two shops. Of the injured, seven were taken to hospital, he said.",
     {("killed", 2), ("injured", 18)}),
    ("Russian shelling of the village killed one man and wounded six more, the governor said. "
     "Houses and a shop were damaged, he added. Three wounded were hospitalised, officials said.",
     {("killed", 1), ("injured", 6)}),
    # near miss: plain people hospitalised two sentences on are a figure of their own
    ("A Russian drone attack on Kharkiv on Monday killed two people and injured 18, the governor said. "
     "The attack damaged a school and two shops. Five people were hospitalised in Izium after a separate strike.",
     {("killed", 2), ("injured", 18), ("injured", 5)}),
]


@pytest.mark.parametrize(("text", "expected"), HOSPITALISED_FAR_BACK)
def test_a_hospitalised_part_of_the_injured_before(text, expected):
    assert tuples(casualties_of(text)) == expected


# The same figure restated in an article is one fact, also where only one statement names its place, qualifies
# it or names the victims (FACTS.md 4); figures of two places and a figure added to another stay apart
RESTATED = [
    ("Russian missiles struck the southern Ukrainian region of Mykolaiv overnight, killing five people. "
     "\"Five people were killed,\" the governor wrote on Telegram.",
     [("killed", 5)]),
    ("At least four civilians were injured as Russia struck Kharkiv and Sumy overnight, officials said. "
     "\"We know about four injured men aged 40 and 71,\" the mayor of Kharkiv said.",
     [("injured", 4)]),
    ("Twelve people were injured in Dnipro due to the attack, the governor said. "
     "According to him, 12 people were wounded in the morning strike, including a child.",
     [("injured", 12)]),
    # near misses: another place, another side's country, a figure added to another
    ("One person was killed in the Kherson region, the governor said. "
     "In Russia, one man died when a drone hit his car, the regional head said.",
     [("killed", 1), ("killed", 1)]),
    ("Two people were killed in the strike on Odesa, the governor said. Two more died in hospital later.",
     [("killed", 2), ("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_a_restated_figure_is_one_fact(text, expected):
    facts = casualties_of(text).filter(pl.col("scope") == "event")
    assert sorted(facts.select("fact_type", "count").rows()) == sorted(expected)
    assert facts["rule_id"].null_count() == 0
