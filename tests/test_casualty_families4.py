"""Casualty and clash families, fourth round, found by reading regional, wire and agency reporting of
2022-2026 (Ukrinform, UNN, Ukrainska Pravda, Novaya Gazeta Europe, Reuters syndications, RT, TASS, Gulf
outlets, General Staff summaries relayed by Ukrainian outlets). Every sentence here was written for these
tests; none is quoted from a story."""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_extract_casualties import casualties_of, tuples

# (sentence, expected event facts as (fact_type, count))
FAMILIES = [
    # a perfect with "has": "one person has died"
    ("One woman has died in hospital, the governor said.", {("killed", 1)}),
    ("So far one person has died and there are four wounded, the mayor said.", {("killed", 1), ("injured", 4)}),
    ("A second man has been injured by the falling debris.", set()),
    ("Two more people have died of their wounds, the regional administration said.", {("killed", 2)}),
    # a fatal wound is a death: never an injured figure
    ("Three men were fatally wounded when the shell hit the bus stop, the governor said.", {("killed", 3)}),
    ("The drone strike on the minibus fatally injured two volunteers.", {("killed", 2)}),
    ("Two pensioners suffered fatal injuries in the attack on the village.", {("killed", 2)}),
    ("One soldier was mortally wounded and four were hurt, the brigade said.", {("killed", 1), ("injured", 4)}),
    ("Three people sustained non-fatal injuries in the blast, the police said.", {("injured", 3)}),
    # a place list after a colon, the total's noun phrase naming where the people live
    ("Over the past day 17 residents of the Donetsk region were wounded by Russian fire: nine in Kostiantynivka, "
     "five in Druzhkivka and three in Lyman.",
     {("injured", 17), ("injured", 9), ("injured", 5), ("injured", 3)}),
    ("Six residents of the region were killed: four in Pokrovsk and two in Myrnohrad.",
     {("killed", 6), ("killed", 4), ("killed", 2)}),
    # "including" before a list of places: every item is a part
    ("The Russians killed one civilian and wounded 11 over the day, including six in Kherson and three in Beryslav.",
     {("killed", 1), ("injured", 11), ("injured", 6), ("injured", 3)}),
    # the share named, then its figure: "most of them, 48, in the Pokrovsk direction"
    ("There were 171 combat clashes over the past day, most of them, 48, in the Pokrovsk direction.",
     {("clash", 171), ("clash", 48)}),
    ("The toll rose to 15, the majority of them, nine, in the city centre.", {("killed", 15), ("killed", 9)}),
    # "clashed N times": each time a combat engagement
    ("Ukrainian and Russian forces clashed 139 times along the front line over the past day, the General Staff said.",
     {("clash", 139)}),
    ("In the Pokrovsk direction the defenders clashed with the occupiers 52 times.", {("clash", 52)}),
    # "claimed N lives"
    ("The missile strike has claimed 17 lives, including three children, the mayor said.",
     {("killed", 17), ("killed", 3)}),
    ("The Russian bombardment took at least 6 civilian lives in Kherson.", {("killed", 6)}),
    # an age bound is no count; the people it describes are
    ("Two boys younger than 12 were among the dead, the prosecutor said.", {("killed", 2)}),
    ("Four children under the age of 14 were injured in the strike.", {("injured", 4)}),
    # failed attacks were repelled attacks
    ("Near Robotyne the Russian troops launched 6 unsuccessful attacks on Ukrainian positions.", {("clash", 6)}),
    ("The occupiers made 11 failed assaults near Toretsk, the General Staff said.", {("clash", 11)}),
    ("The enemy carried out 14 artillery attacks on the town.", set()),
    # ... not shelling counted in times, nor a clash stated with no count
    ("The Russians shelled the Zaporizhzhia region 430 times over the past day.", set()),
    ("Ukrainian troops clashed with Russian forces near Kupiansk several times.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_casualty_and_clash_families(text, expected):
    assert tuples(casualties_of(text)) == expected


# running totals, periods and rates in the same wording stay out of the day's events
NOT_AN_EVENT = [
    "Since February 2022 Russian attacks have fatally wounded 1,204 civilians in the region, the governor said.",
    "In September the Russians shelled Kharkiv 61 times, injuring 190 people, the mayor said.",
    "Over the week the sides clashed 1,020 times along the front, the General Staff said.",
    "On average, one person has died every day this month in the city, officials said.",
    # a running total since an abbreviated date, read for both figures of a tight pair
    "According to the mission, 6,114 deaths and 9,132 injuries have been recorded since Feb. 24.",
    # a time after the second of a pair sets the scope of both
    "The foreign ministry said Ukrainian drone attacks killed 19 people and wounded 87 last week.",
]


@pytest.mark.parametrize("text", NOT_AN_EVENT)
def test_totals_periods_and_rates_are_no_event(text):
    assert tuples(casualties_of(text)) == set()


def test_a_fatal_wound_is_no_injury():
    facts = casualties_of("Four people were fatally injured and nine more were injured in the strike on Sumy.")
    assert tuples(facts) == {("killed", 4), ("injured", 9)}
    assert set(facts.filter(pl.col("count") == 4)["rule_id"]) == {"casualty.word_after"}
