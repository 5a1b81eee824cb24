"""Casualty families, fifth round, found by reading wire, agency and regional reporting of 2022-2026 (AP, Reuters
syndications, AFP relays, NBC, Moscow Times, TASS, Sputnik relays, Kyiv Independent, LB.ua, RBC-Ukraine, Gulf
and South Asian outlets, UN monitoring mission summaries). Every sentence here was written for these tests; none
is quoted from a story."""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_extract_casualties import casualties_of, tuples

# (sentence, expected event facts as (fact_type, count))
FAMILIES = [
    # bodies recovered from the ruins are the dead of the strike
    ("Rescuers pulled the bodies of 12 people from the rubble of the apartment block, the emergency service said.",
     {("killed", 12)}),
    ("The bodies of seven residents were recovered from the ruins overnight, officials said.", {("killed", 7)}),
    ("Rescuers recovered five bodies from the rubble of the house in Odesa, the emergency service said.",
     {("killed", 5)}),
    ("Four bodies were pulled out of the debris of the school overnight, the mayor said.", {("killed", 4)}),
    ("The bodies of three people were found after the Russian strike on the village, police said.",
     {("killed", 3)}),
    # ... but the bodies that raise a toll in the same sentence are no second figure
    ("The bodies of two more victims were found under the debris on Monday, bringing the toll to 23.",
     {("killed", 23)}),
    # a family of N killed or injured: N people (as "a family of five was killed" already read)
    ("A Russian drone strike on a house in the Sumy region killed a family of four, the governor said.",
     {("killed", 4)}),
    ("The missile killed a family of three in Kryvyi Rih, officials said.", {("killed", 3)}),
    ("Shrapnel injured a family of five in the village, the regional administration said.", {("injured", 5)}),
    # people who sought or received medical help are counted like the hospitalised: injured
    ("Nine people sought medical help after the attack, the city administration said.", {("injured", 9)}),
    ("Thirteen residents sought medical attention after the blast, the governor said.", {("injured", 13)}),
    ("The number of people who sought medical help rose to 27, the city council said.", {("injured", 27)}),
    ("Five people received medical assistance for cuts, the administration said.", {("injured", 5)}),
    ("Medics treated 14 people for injuries after the drone attack on the city, the governor said.",
     {("injured", 14)}),
    # ... and, like the hospitalised, they are no second figure beside the injured that hold them
    ("Twenty people were injured in the strike, and six of them sought medical help in hospital.",
     {("injured", 20)}),
    # more bodies found, with no toll in the sentence, are more dead (as "two more people died" is)
    ("Two more bodies were found under the rubble of the block, the mayor said.", {("killed", 2)}),
    # people who remain or are still in hospital are hospitalised; "of them ... in hospital" is a part
    ("Three people remain in hospital after the drone attack on Kharkiv, the governor said.", {("injured", 3)}),
    ("Four people were injured in the strike; two of them are in hospital, the governor said.", {("injured", 4)}),
    ("Nine patients were in hospital when the drone hit the clinic, but no one was hurt.", set()),
]

# positive controls: read right before this round, kept so the fixes cannot break them
CONTROLS = [
    ("The death toll from Saturday's strike on Dnipro rose to 44, officials said on Tuesday.", {("killed", 44)}),
    ("Among the dead were three children, the prosecutor's office said.", {("killed", 3)}),
    ("The number of dead has reached 19, including four children, the regional governor said.",
     {("killed", 19), ("killed", 4)}),
    ("The toll rose to 16 after another body was retrieved from the rubble, the ministry said.", {("killed", 16)}),
    ("A family of five was killed when the drone hit their home, the regional governor said.", {("killed", 5)}),
    ("Twenty people were injured, of whom nine were taken to hospital, the police said.", {("injured", 20)}),
    ("Eleven people were hurt, three of them seriously, the mayor said.", {("injured", 11), ("injured", 3)}),
]

# no casualty figure of an attack: bodies exchanged, prisoners swapped, "losses" that lump the killed with the
# wounded, and figures killed or wounded together
NO_CASUALTY_FACT = [
    "Russia returned the bodies of 909 fallen soldiers to Ukraine, the coordination headquarters said.",
    "Ukraine said it had received the bodies of 1,000 soldiers in a repatriation, with 24 bodies handed to Russia.",
    "Kyiv handed over 24 bodies of Russian servicemen in exchange.",
    "Ukraine and Russia each exchanged 390 prisoners of war on Friday.",
    "Investigators exhumed 440 bodies from a mass grave near the town, officials said.",
    "Sappers found the bodies of 3 downed drones in the field near the village, police said.",
    "Investigators examined 3 bodies of Russian missiles that fell near the village.",
    "The Russian defence ministry said Ukraine lost up to 1,520 servicemen over the past 24 hours.",
    "Ukraine's General Staff said Russian losses amounted to 1,180 troops over the past day.",
    "In total, 57 civilians were killed or wounded in the strikes, the UN said.",
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES + CONTROLS)
def test_casualty_families(text, expected):
    assert tuples(casualties_of(text)) == expected


@pytest.mark.parametrize("text", NO_CASUALTY_FACT)
def test_no_casualty_of_an_attack(text):
    assert tuples(casualties_of(text), scope=None) == set()


def test_a_russian_governor_counts_ukraine_s_victims():
    facts = casualties_of("The Ukrainian drone attack on Belgorod wounded six civilians, Governor Gladkov said.")
    assert tuples(facts) == {("injured", 6)}
    assert facts["attacker"].to_list() == ["UA"]


def test_bodies_recovered_keep_their_rule_and_scope():
    facts = casualties_of("Rescuers recovered the bodies of 8 people from the rubble, the emergency service said.")
    assert tuples(facts) == {("killed", 8)}
    assert facts["rule_id"].to_list()[0] is not None


# cumulative tallies of the UN monitoring mission stay out of the day's events
def test_monitoring_mission_tallies_are_no_event():
    facts = casualties_of("The UN monitoring mission said it had recorded 13,580 civilians killed since February 2022.")
    assert tuples(facts) == set()
    assert set(facts["scope"]) == {"cumulative"}
    monthly = casualties_of("In May the mission recorded 174 civilians killed and 1,000 injured across Ukraine.")
    assert tuples(monthly) == set()
    assert set(monthly.filter(pl.col("fact_type").is_in(["killed", "injured"]))["scope"]) == {"period"}
