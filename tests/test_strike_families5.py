"""Phrasing families of real strike reporting, fifth round.

Found by reading 2022-2026 reporting (Kyiv Independent and Ukrinform on the Kh-101/Kalibr waves of autumn
2022, Interfax-Ukraine, NV, Ukrainska Pravda, Babel, Reuters syndications on Devdiscourse, Swissinfo and
Cyprus Mail, AFP via Channels TV and LBC, Al Arabiya, Times of Israel live blog, TASS and Sputnik on the
Russian ministry's place lists, Anadolu, IANS/Xinhua relays, Al Jazeera key-event lists) and running their
figure sentences through the extractor. Every sentence below was written for these tests; none is copied
from a story. Each case gives every fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope).
"""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_strike_families3 import facts_of, strikes_of


# the launched total named after the intercepted figure, with its noun left out: "out of a total of 35
# launched", "Russia had launched a total of 35", "while Russia launched 35". Before, the total was dropped.
TOTAL_AFTER_THE_PART = [
    (
        "Ukraine's military said it destroyed 33 Russian drones in the latest attack, out of a total of 38 launched.",
        {("intercepted", 33, "drone", None, "RU", "event"), ("launched", 38, "drone", None, "RU", "event")},
    ),
    (
        "Air defences brought down 19 Shahed drones overnight, the air force said, adding that Russia had launched "
        "a total of 24.",
        {
            ("intercepted", 19, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 24, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Ukrainian forces shot down 41 drones overnight while Russia launched 47, the air force said.",
        {("intercepted", 41, "drone", None, "RU", "event"), ("launched", 47, "drone", None, "RU", "event")},
    ),
    (
        "The air force said it intercepted nine cruise missiles; the enemy had fired 11.",
        {("intercepted", 9, "missile", None, "RU", "event"), ("launched", 11, "missile", None, "RU", "event")},
    ),
]

# controls: a bare figure after a launch verb that counts something else, or stands with no weapon figure
# before it in its sentence, stays no fact
BARE_LAUNCH_CONTROLS = [
    "Russia launched 14 attacks on the Pokrovsk front, the General Staff said.",
    "The enemy launched 35 over the last day, the spokesman said.",
    "Air defences shot down 12 drones, and Russia has used 40 launchers in the region, the air force said.",
]


# the Russian ministry's lists of places in other shapes: the first item with its own passive and the noun
# named again ("29 drones were shot down over X, 15 drones over Y and 11 drones over Z"), "N of them over X
# and M over Y", and "namely" before the first item. Before, an item was dropped or left without its place,
# so a regional part could pass for the night's national figure.
PLACE_LISTS = [
    (
        "Thus, 31 drones were shot down over the Bryansk region, 14 drones over the Oryol region and 9 drones over "
        "the Belgorod region, the ministry said.",
        {
            ("intercepted", 31, "Bryansk region"), ("intercepted", 14, "Oryol region"),
            ("intercepted", 9, "Belgorod region"),
        },
    ),
    (
        "The Russian defence ministry said 212 Ukrainian drones had been destroyed overnight, 118 of them over the "
        "Kursk region and 47 over the Moscow region.",
        {("intercepted", 212, None), ("intercepted", 118, "Kursk region"), ("intercepted", 47, "Moscow region")},
    ),
    (
        "Air defences intercepted or destroyed 38 Ukrainian fixed-wing drones overnight, namely 16 over the Kursk "
        "region, 12 over the Bryansk region and ten over the Tula region, the ministry said.",
        {
            ("intercepted", 38, None), ("intercepted", 16, "Kursk region"),
            ("intercepted", 12, "Bryansk region"), ("intercepted", 10, "Tula region"),
        },
    ),
]

# controls: a single placed figure with its passive is no list, and a list after a colon keeps working
PLACE_LIST_CONTROLS = [
    (
        "Russia's defence ministry said 23 Ukrainian drones were shot down over the Rostov region overnight.",
        {("intercepted", 23, None)},
    ),
    (
        "Air defence systems destroyed nine Ukrainian drones overnight: five over the Belgorod region and four over "
        "the Kursk region.",
        {("intercepted", 9, None), ("intercepted", 5, "Belgorod region"), ("intercepted", 4, "Kursk region")},
    ),
]


# a weapon figure with a participle of downing right after it ("25 Shaheds shot down", "12 missiles
# intercepted"), as a part of a total or on its own: the intercepted figure. Before, it took the launch verb of
# the total it is a part of.
PARTICIPLE_OF_DOWNING = [
    (
        "Russia launched 52 air attack weapons overnight, of which 44 were neutralised, the air force said, "
        "including 30 Shaheds shot down and 14 lost to electronic warfare.",
        {
            ("launched", 52, "aerial_target", None, "RU", "event"),
            ("intercepted", 44, "aerial_target", None, "RU", "event"),
            ("intercepted", 30, "drone", "Shahed-136/131", "RU", "event"),
            ("lost", 14, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "The air force reported 64 drones launched overnight and 57 drones shot down over eleven regions.",
        {("launched", 64, "drone", None, "RU", "event"), ("intercepted", 57, "drone", None, "RU", "event")},
    ),
    (
        "Russia used 18 missiles in the morning attack, with 15 missiles intercepted by air defence, officials said.",
        {("launched", 18, "missile", None, "RU", "event"), ("intercepted", 15, "missile", None, "RU", "event")},
    ),
]

# control: a launch participle after the figure keeps the launch
PARTICIPLE_CONTROLS = [
    (
        "Air defences destroyed 26 drones launched from the Kursk region overnight.",
        {("intercepted", 26, "drone", None, "RU", "event")},
    ),
]


# "all the drones and two missiles": "all" with a noun of its own is that class only, not each figure of the
# list before. Before, the missiles of the list were read as all intercepted too (a wrong figure).
ALL_OF_A_CLASS_AND_A_FIGURE = [
    (
        "The enemy attacked with 37 Shaheds and five missiles; the air force and other defence forces downed all the "
        "drones and three missiles.",
        {
            ("launched", 37, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 5, "missile", None, "RU", "event"),
            ("intercepted", 37, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 3, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia fired 6 missiles and 22 drones overnight; air defence destroyed all the missiles and 19 drones.",
        {
            ("launched", 6, "missile", None, "RU", "event"), ("launched", 22, "drone", None, "RU", "event"),
            ("intercepted", 6, "missile", None, "RU", "event"), ("intercepted", 19, "drone", None, "RU", "event"),
        },
    ),
]


# a figure of one weapon beside a vague number of another ("40 drones and several missiles", "dozens of
# drones and 12 missiles") counts its own weapon, not a mixed total of air targets
VAGUE_PARTNER = [
    (
        "Russia attacked Kyiv with 44 drones and several missiles overnight, Yermak said.",
        {("launched", 44, "drone", None, "RU", "event")},
    ),
    (
        "The enemy launched 27 missiles and some drones at the west of the country, the governor said.",
        {("launched", 27, "missile", None, "RU", "event")},
    ),
]

# control: the mixed noun itself, with a word between, stays a mixed total
VAGUE_PARTNER_CONTROLS = [
    (
        "Russia launched 61 missiles and attack drones overnight, the air force said.",
        {("launched", 61, "aerial_target", None, "RU", "event")},
    ),
]


# the Kh- models spelled as in Ukrainian and Russian ("X-101", "Х-555" with a Cyrillic letter), as English
# reports of 2022 often did: the same models, and a group of them with Kalibr is a mixed group
CYRILLIC_SPELLING = [
    (
        "At least ten bombers fired 19 cruise missiles of the X-101 type from the Rostov region.",
        {("launched", 19, "missile", "Kh-101", "RU", "event")},
    ),
    (
        "Russia fired 67 Х-101, Х-555 and Kalibr cruise missiles on Wednesday; 49 of them were destroyed.",
        {("launched", 67, "missile", None, "RU", "event"), ("intercepted", 49, "missile", None, "RU", "event")},
    ),
    (
        "Air defence destroyed 21 X-101/X-555 cruise missiles overnight.",
        {("intercepted", 21, "missile", "Kh-101/Kh-555", "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOTAL_AFTER_THE_PART + PARTICIPLE_OF_DOWNING + PARTICIPLE_CONTROLS
                         + ALL_OF_A_CLASS_AND_A_FIGURE + VAGUE_PARTNER + VAGUE_PARTNER_CONTROLS + CYRILLIC_SPELLING)
def test_strike_families_5(text, expected):
    assert facts_of(text) == expected


@pytest.mark.parametrize("text", BARE_LAUNCH_CONTROLS)
def test_bare_launch_figure_controls(text):
    facts = strikes_of(text)
    assert facts.filter(pl.col("fact_type") == "launched").filter(pl.col("count").is_in([14, 35, 40])).is_empty()


@pytest.mark.parametrize(("text", "expected"), PLACE_LISTS + PLACE_LIST_CONTROLS)
def test_place_lists_5(text, expected):
    facts = strikes_of(text)
    assert {(r["fact_type"], r["count"], r["place"]) for r in facts.iter_rows(named=True)} == expected
    assert set(facts["attacker"]) == {"UA"}


# Ukraine's air force breaking its downings down by regional air command (autumn 2022 and 2023 reports):
# "12 by Air Command Centre, 9 by Air Command South": regional parts, each with its command as the place, never
# the national figure. Before, only the total was read.
AIR_COMMAND_PARTS = [
    (
        "Of these, 41 cruise missiles were shot down in the zones of the air commands: 17 by Air Command Centre, "
        "13 by Air Command South, seven by Air Command East and four by Air Command West.",
        {
            ("intercepted", 41, None), ("intercepted", 17, "Air Command Centre"),
            ("intercepted", 13, "Air Command South"), ("intercepted", 7, "Air Command East"),
            ("intercepted", 4, "Air Command West"),
        },
    ),
    (
        "Air defence destroyed 28 drones overnight: 16 within Air Command South and 12 within Air Command East.",
        {("intercepted", 28, None), ("intercepted", 16, "Air Command South"), ("intercepted", 12, "Air Command East")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIR_COMMAND_PARTS)
def test_air_command_parts(text, expected):
    facts = strikes_of(text)
    assert {(r["fact_type"], r["count"], r["place"]) for r in facts.iter_rows(named=True)} == expected
    assert set(facts["attacker"]) == {"RU"}


# quantities in other words: "50-plus" is more than 50; a quotation opening "Out of more than 80 missiles, 66 were
# shot down" still makes the first figure the launched total (it was dropped)
OTHER_WORDS = [
    (
        "Air defences shot down 47 of the 60-plus cruise missiles fired on Thursday, the military said.",
        {("intercepted", 47, "missile", None, "RU", "event"), ("launched", 60, "missile", None, "RU", "event")},
    ),
    (
        '"Out of more than 70 missiles, 58 were shot down," the air force spokesman said on television.',
        {("launched", 70, "missile", None, "RU", "event"), ("intercepted", 58, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_WORDS)
def test_quantities_in_other_words(text, expected):
    assert facts_of(text) == expected


def test_plus_is_at_least():
    facts = strikes_of("Russia fired 100-plus missiles at Ukraine on Monday, Zelensky said.")
    assert [(r["count"], r["qualifier"]) for r in facts.iter_rows(named=True)] == [(100, "at_least")]


# incidents named with a weapon noun as modifier ("drone incursions", "drone sightings", "airspace violations")
# count incidents, not weapons launched
NOT_WEAPONS = [
    "Poland recorded 19 drone incursions overnight, the prime minister said.",
    "Residents reported 14 drone sightings near the airport before it closed.",
    "Moldova has logged 11 airspace violations by Russian drones since the start of the year.",
]


@pytest.mark.parametrize("text", NOT_WEAPONS)
def test_incidents_are_no_weapon_counts(text):
    assert strikes_of(text).is_empty()
