"""Casualty and dating families found by measuring the extractor on real wire, agency and regional stories
(the realdev corpus). Every sentence here was written for these tests, with other wording, figures and places;
none is quoted from a story."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipelines.extract.dates import add_event_dates
from tests.batched_facts import article_facts
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
    # a second counted object of a casualty verb is a figure of its own (every stated count is a fact)
    ("The governor said the shelling also wounded two women and one man in the village.",
     {("injured", 2), ("injured", 1)}),
    ("The missile killed four soldiers and three civilians near the depot, officials said.",
     {("killed", 4), ("killed", 3)}),
    # near miss: a second object that is no person is no figure
    ("The drone injured two people and damaged a house and one car.", {("injured", 2)}),
    # an "including" aside whose closing comma is left out; shell shock is an injury, medical help counts as
    # hospitalised
    ("Four people, including a 9-year-old boy were shell-shocked and were receiving medical help, the governor said.",
     {("injured", 4)}),
    ("Two women were shell-shocked when the shell hit their yard in Nikopol.", {("injured", 2)}),
    # people treated at the scene received medical help: injured, and no second figure beside their total
    ("One more person, a man, was treated at the scene, the mayor said.", {("injured", 1)}),
    ("Twenty people were injured; nine of them were treated at the scene.", {("injured", 20)}),
    # a perfect infinitive in another clause ("claims to have downed") makes no running total of the dead
    ("Kyiv claims to have downed drones over the south while three were reported dead in a strike on Sumy.",
     {("killed", 3)}),
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


# --- dating ---------------------------------------------------------------------------------------------------

D = dt.date

# the hour a night's attack began, with "at about", does not date it ("from 8:00 p.m. on August 17" already did not)
WHEN_IT_BEGAN = [
    ("Twenty missiles and 40 drones were launched starting at about 11 pm local time on Tuesday.",
     D(2024, 5, 8), D(2024, 5, 8)),
    ("The drones were fired from around 9 p.m. on Sunday, the air force said.", D(2024, 5, 6), D(2024, 5, 6)),
    # near miss: a weekday with no hour before it still dates the attack
    ("Russia launched 35 drones on Tuesday, the air force said.", D(2024, 5, 8), D(2024, 5, 7)),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), WHEN_IT_BEGAN)
def test_the_hour_a_night_began_is_no_event_day(sentence, published, expected):
    frame = pl.DataFrame({"sentence": [sentence], "published_date": [published]})
    assert add_event_dates(frame)["event_date"][0] == expected


def _dates(text: str, published: str) -> dict[tuple, str]:
    facts = article_facts(text, published).filter(pl.col("scope") == "event")
    return {(r["fact_type"], r["count"]): str(r["event_date"]) for r in facts.iter_rows(named=True)}


# A story filed in the small hours (Kyiv time) whose lede names the day before, as the day its source spoke or as
# the night it reports, is that day's story: its undated and "overnight" figures take that day
STORY_DAYS = [
    # 23:40 UTC on Tuesday is 01:40 on Wednesday in Kyiv; the air force spoke on Tuesday
    ("KYIV: Russia attacked Ukraine with 20 attack drones, the Ukrainian air force said Tuesday, claiming to "
     "have downed all the drones.\n\nThe air force said air defences had destroyed 18 Shahed drones over the "
     "central regions.",
     "2024-04-16T22:40:00Z",
     {("launched", 20): "2024-04-16", ("intercepted", 20): "2024-04-16", ("intercepted", 18): "2024-04-16"}),
    # 01:30 Kyiv on Saturday; the lede names Friday's night
    ("Russia battered Ukraine with drones and missiles overnight on Friday, leaving thousands without power, "
     "officials said.\n\nThe air force said Russia launched 90 drones overnight. Three people were injured in "
     "Kharkiv, the mayor said.",
     "2025-03-07T23:30:00Z",
     {("launched", 90): "2025-03-07", ("injured", 3): "2025-03-07"}),
    # ... "saying on Sunday" is the day its source spoke too
    ("KYIV: Both sides traded drone strikes overnight, with Russian officials saying on Sunday that a Ukrainian "
     "attack had injured two people in Kursk.\n\nRussia said it had downed 30 Ukrainian drones overnight.",
     "2024-09-30T02:10:00Z",
     {("injured", 2): "2024-09-29", ("intercepted", 30): "2024-09-29"}),
]

STORY_DAY_NEAR_MISSES = [
    # a daytime story looking back a day keeps its own day for its own night
    ("Russia battered Ukraine with drones and missiles overnight on Friday, leaving thousands without power, "
     "officials said.\n\nThe air force said Russia launched 90 drones overnight.",
     "2025-03-08T09:30:00Z",
     {("launched", 90): "2025-03-08"}),
    # a story of the small hours whose lede speaks of its own day
    ("Russia launched 45 drones at Ukraine overnight, the air force said on Saturday.\n\nAir defences shot down "
     "40 of them, it said.",
     "2025-03-08T03:00:00Z",
     {("launched", 45): "2025-03-08", ("intercepted", 40): "2025-03-08"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), STORY_DAYS + STORY_DAY_NEAR_MISSES)
def test_a_story_filed_in_the_small_hours_keeps_its_day(text, published, expected):
    assert _dates(text, published) == expected
