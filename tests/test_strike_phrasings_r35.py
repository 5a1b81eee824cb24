"""Strike phrasing families of the 32nd-35th rounds of real stories (launched and intercepted figures).

Found in the opened rounds r32-r35 and checked against how wire services, Ukrainian outlets and the Russian defence
ministry word them: every sentence below was written for these tests, none is copied from a story. Each case gives
every strike fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope).
"""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_strike_families3 import facts_of, strikes_of


# A share of a figure downed, its count unsaid ("most of which were shot down", "the majority of them were destroyed",
# "nearly all of which were intercepted"): the figure is what was launched, typed by its own verb, and nothing counts
# the downings (FACTS.md 4: a share stated without a count). Before, the downing verb of the share's clause typed the
# figure before it as intercepted, and "almost all" was read as "all" (intercepted the whole).
SHARE_DOWNED = [
    (
        "According to the mayor, 28 drones attacked the capital, most of which were shot down.",
        {("launched", 28, "drone", None, "RU", "event")},
    ),
    (
        "Around 30 Shahed drones targeted Odesa overnight, many of them were destroyed by mobile fire groups.",
        {("launched", 30, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Over 20 drones attacked Kharkiv, the majority of which were intercepted over the outskirts.",
        {("launched", 20, "drone", None, "RU", "event")},
    ),
    (
        "Russia fired 12 cruise missiles at the grid, almost all of which were brought down.",
        {("launched", 12, "missile", None, "RU", "event")},
    ),
    (
        "The enemy launched 64 drones overnight; nearly all of them were downed, the air force said.",
        {("launched", 64, "drone", None, "RU", "event")},
    ),
    (
        "Air defences shot down almost all of the 45 drones Russia sent overnight.",
        {("launched", 45, "drone", None, "RU", "event")},
    ),
]
# controls: a counted part, and a whole "all", keep their figures
SHARE_CONTROLS = [
    (
        "Russia launched 40 drones overnight, 31 of which were shot down.",
        {("launched", 40, "drone", None, "RU", "event"), ("intercepted", 31, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 40 drones overnight, some 30 of which were shot down.",
        {("launched", 40, "drone", None, "RU", "event"), ("intercepted", 30, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 18 drones at the city, all of which were shot down.",
        {("launched", 18, "drone", None, "RU", "event"), ("intercepted", 18, "drone", None, "RU", "event")},
    ),
    (
        "Some 30 drones were shot down overnight over the south, the air force said.",
        {("intercepted", 30, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_DOWNED + SHARE_CONTROLS)
def test_a_share_downed_with_no_count_counts_no_interception(text, expected):
    assert facts_of(text) == expected


# "all of which targeted Kyiv", "all of which were Shaheds", "all of them aimed at Odesa": an "all" whose own verb is
# where the weapons went or what they were counts no downing; only the figures stated count. Before, such an "all"
# took the figure before it and the sentence's downing verb, a launched and an intercepted figure of the part.
ALL_NOT_DOWNED = [
    (
        "The air force said it destroyed 23 out of 31 drones sent by Russia, all of which targeted the Kyiv region.",
        {("intercepted", 23, "drone", None, "RU", "event"), ("launched", 31, "drone", None, "RU", "event")},
    ),
    (
        "Air defence shot down 20 drones overnight, all of which were Shaheds.",
        {("intercepted", 20, "drone", None, "RU", "event")},
    ),
    (
        "Ukrainian forces downed 14 of 19 drones, all of them aimed at the Odesa region.",
        {("intercepted", 14, "drone", None, "RU", "event"), ("launched", 19, "drone", None, "RU", "event")},
    ),
    (
        "Air defences intercepted 9 of 11 missiles, all of which were fired from the Black Sea.",
        {("intercepted", 9, "missile", None, "RU", "event"), ("launched", 11, "missile", None, "RU", "event")},
    ),
]
# controls: an "all" whose own verb is a downing is the whole
ALL_DOWNED_CONTROLS = [
    (
        "Russia launched 12 drones at Sumy, which were all shot down.",
        {("launched", 12, "drone", None, "RU", "event"), ("intercepted", 12, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 40 drones and 3 missiles, all of which were destroyed.",
        {
            ("launched", 40, "drone", None, "RU", "event"), ("launched", 3, "missile", None, "RU", "event"),
            ("intercepted", 40, "drone", None, "RU", "event"), ("intercepted", 3, "missile", None, "RU", "event"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_NOT_DOWNED + ALL_DOWNED_CONTROLS)
def test_all_of_which_with_no_downing_verb_is_no_figure(text, expected):
    assert facts_of(text) == expected


# "14 Tu-95 missile-carrying aircraft", "eight missile-armed ships", "drone-carrying vessels": the weapon word only
# modifies the carrier, and carriers are never a count (FACTS.md 4: aircraft, launchers, ships). Before, "missile" in
# "missile-carrying" was read as the figure's noun.
CARRIERS = [
    "The Russians involved 14 Tu-95 strategic missile-carrying aircraft in the overnight attack.",
    "Russia kept eight missile-armed ships on combat duty in the Black Sea.",
    "The navy deployed two drone-carrying vessels off the coast.",
    "Air defences shot down three missile-carrying aircraft, the ministry claimed.",
]
CARRIER_CONTROLS = [
    (
        "Russia launched 30 cruise missiles from 11 missile-carrying Tu-95 bombers.",
        {("launched", 30, "missile", None, "RU", "event")},
    ),
    (
        "Russia fired 40 air-launched missiles overnight.",
        {("launched", 40, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize("text", CARRIERS)
def test_carriers_of_weapons_are_no_weapon_count(text):
    assert facts_of(text) == set()


@pytest.mark.parametrize(("text", "expected"), CARRIER_CONTROLS)
def test_weapons_fired_from_carriers_still_count(text, expected):
    assert facts_of(text) == expected


# "it was possible to shoot down 38 missiles" (the translated Ukrainian idiom for what the defenders managed) is an
# interception like "managed to shoot down"; "employed" is a launch verb like "used". A capability or a failure is no
# figure.
ACHIEVED_AND_EMPLOYED = [
    (
        "It was possible to shoot down 38 missiles and 4 drones, the air force said.",
        {("intercepted", 38, "missile", None, "RU", "event"), ("intercepted", 4, "drone", None, "RU", "event")},
    ),
    (
        "Overnight it was possible to destroy 20 of the 25 Shahed drones.",
        {("intercepted", 20, "drone", "Shahed-136/131", "RU", "event"),
         ("launched", 25, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Russia employed 12 Iskander missiles and 40 drones in the attack on the city.",
        {("launched", 12, "missile", "Iskander-M", "RU", "event"), ("launched", 40, "drone", None, "RU", "event")},
    ),
    ("It would be possible to shoot down 40 drones with more launchers.", set()),
    ("It was not possible to shoot down 3 ballistic missiles.", set()),
    ("The plant employed 500 workers to assemble 2,000 drones a month.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACHIEVED_AND_EMPLOYED)
def test_it_was_possible_to_shoot_down_and_employed(text, expected):
    assert facts_of(text) == expected


def placed_of(text: str, published: str = "2025-06-14T08:00:00Z") -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["place"])
        for r in strikes_of(text, published).iter_rows(named=True)
    }


# Figures for several places: a list whose items each name the noun after the sentence's active verb ("destroyed 28
# UAVs over the Bryansk Region, 2 UAVs over the Smolensk Region, ..."), "over each of A and B", the places stated
# before "N each", and "N and M drones ... over the A and B regions, respectively": one fact per place (FACTS.md 4:
# "a figure stated for several places at once is one per place"). Before, the items kept no place, so two equal items
# were read as one figure restated, and "each of" / "respectively" gave one figure.
PLACES = [
    (
        "Air defences destroyed 14 UAVs over the Bryansk Region, 3 UAVs over the Oryol Region, 3 UAVs over the Tula "
        "Region and one UAV over the Kaluga Region, the ministry said.",
        {("intercepted", 14, "Bryansk Region"), ("intercepted", 3, "Oryol Region"), ("intercepted", 3, "Tula Region"),
         ("intercepted", 1, "Kaluga Region")},
    ),
    (
        "Russian air defences shot down two drones over each of the Kursk and Belgorod regions.",
        {("intercepted", 2, "Kursk region"), ("intercepted", 2, "Belgorod region")},
    ),
    (
        "Air defences destroyed one drone over each of Lipetsk and Tambov, the ministry said.",
        {("intercepted", 1, "Lipetsk"), ("intercepted", 1, "Tambov")},
    ),
    (
        "Over the Rostov and Volgograd regions, Russian air defences destroyed four Ukrainian drones each.",
        {("intercepted", 4, "Rostov region"), ("intercepted", 4, "Volgograd region")},
    ),
    (
        "Seven and two Ukrainian drones were downed over the Kursk and Bryansk regions, respectively, the ministry said.",
        {("intercepted", 7, "Kursk region"), ("intercepted", 2, "Bryansk region")},
    ),
    (
        "Russian air defences destroyed six and four drones over the regions of Oryol and Smolensk, respectively.",
        {("intercepted", 6, "Oryol region"), ("intercepted", 4, "Smolensk region")},
    ),
]
# "the same number" after a placed figure is that figure again, for its own place
SAME_NUMBER = [
    (
        "Eight of the drones were intercepted over the Bryansk region, two over the Kursk region, the same number in the "
        "Tula region, and another one in the Belgorod region, the ministry said.",
        {("intercepted", 8, "Bryansk region"), ("intercepted", 2, "Kursk region"), ("intercepted", 2, "Tula region"),
         ("intercepted", 1, "Belgorod region")},
    ),
    (
        "Air defences destroyed 10 drones: four over the Oryol region and the same number over the Lipetsk region, and "
        "two over Crimea.",
        {("intercepted", 10, None), ("intercepted", 4, "Oryol region"), ("intercepted", 4, "Lipetsk region"),
         ("intercepted", 2, "Crimea")},
    ),
]
# a count of regions is no figure: "downed drones over nine regions, including 13 over the Kursk region" breaks down
# the drones by region (before, the "nine" hid the list)
REGIONS_COUNTED = [
    (
        "The ministry said air defences had downed drones over eight Russian regions, including 11 over the Kursk region.",
        {("intercepted", 11, "Kursk region")},
    ),
    (
        "Russian air defences destroyed Ukrainian drones across six regions, including 12 over the Bryansk region and 7 "
        "over the Oryol region.",
        {("intercepted", 12, "Bryansk region"), ("intercepted", 7, "Oryol region")},
    ),
    (
        "Air defences destroyed 40 drones over 8 regions, including 13 over the Kursk region.",
        {("intercepted", 40, None), ("intercepted", 13, "Kursk region")},
    ),
    ("Air raid alerts sounded in 12 regions overnight.", set()),
]
# controls: "each" with no places is one figure or none
PLACE_CONTROLS = [
    ("In Kharkiv, three drones each hit two districts.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLACES + SAME_NUMBER + REGIONS_COUNTED + PLACE_CONTROLS)
def test_figures_for_several_places_are_one_per_place(text, expected):
    assert placed_of(text) == expected


def dated_of(text: str, published: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], str(r["event_date"])[:10])
        for r in strikes_of(text, published).iter_rows(named=True)
    }


# Dating (FACTS.md 5): the day a "since" phrase names ("since launching an incursion last Tuesday", "the first such
# attack since the raid on Monday") is when something else began and dates no figure.
DATES = [
    (
        "Air defences shot down 20 drones overnight, the first such attack since the raid on Monday.",
        "2024-08-14T09:00:00Z",
        {("intercepted", 20, "2024-08-14")},
    ),
    (
        "The ministry said early Wednesday its air defences downed 60 drones. All 12 missiles were downed over the Kursk "
        "region, where Ukrainian troops have advanced since launching an incursion on Tuesday.",
        "2024-08-14T09:00:00Z",
        {("intercepted", 60, "2024-08-14"), ("intercepted", 12, "2024-08-14"), ("launched", 12, "2024-08-14")},
    ),
]
# controls: "overnight" after a sentence about an earlier day stays the story's own night (the sentence before may be
# context: "On Saturday, ... Overnight, ..."), and a night's start ("since 6 p.m. on ...") as before
DATE_CONTROLS = [
    (
        "On Saturday, Russia struck the port with missiles. Overnight, air defences shot down 20 of 25 drones.",
        "2024-11-24T09:00:00Z",
        {("intercepted", 20, "2024-11-23"), ("launched", 25, "2024-11-23")},
    ),
    (
        "Since 6 p.m. on Aug. 13, Russian forces had attacked with 121 Shahed drones, the air force said.",
        "2024-08-14T09:00:00Z",
        {("launched", 121, "2024-08-14")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES + DATE_CONTROLS)
def test_since_phrases_date_nothing(text, published, expected):
    assert dated_of(text, published) == expected


# The modifier letter apostrophe some Ukrainian outlets type ("yesterdayʼs attack", "Ukraineʼs air force") reads as an
# apostrophe; the evidence stays the text as given.
def test_the_modifier_letter_apostrophe_reads_as_an_apostrophe():
    from pipelines.extract.facts import extract_facts
    from tests.conftest import one_article

    text = (
        "Ten people were killed in yesterday\u02bcs massive missile attack on Ukraine.\n\n"
        "Ukraine\u02bcs air force said Russia launched 60 cruise missiles. It was possible to shoot down 44 missiles."
    )
    facts = extract_facts(one_article(text, "2022-11-24T12:00:00Z"))
    strikes = facts.filter(pl.col("fact_type").is_in(["launched", "intercepted"]))
    assert {(r["fact_type"], r["count"], str(r["event_date"])[:10]) for r in strikes.iter_rows(named=True)} == {
        ("launched", 60, "2022-11-23"), ("intercepted", 44, "2022-11-23"),
    }
    for r in facts.iter_rows(named=True):
        assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]


# The model of the launcher the missiles were fired from names them ("16 missiles from the S-300 complex", "six
# missiles from Iskander systems"); what shot them down does not ("destroyed 5 missiles using S-300 systems"). "Shahid"
# is a spelling of Shahed.
WEAPON_MODELS = [
    (
        "The deputy head of the office said Russia launched 14 missiles from the S-300 complex at the city.",
        {("launched", 14, "missile", "S-300", "RU", "event")},
    ),
    (
        "Russia fired six missiles from Iskander systems at Kharkiv overnight.",
        {("launched", 6, "missile", "Iskander-M", "RU", "event")},
    ),
    (
        "The enemy fired 12 missiles from S-300 anti-aircraft missile systems at the region.",
        {("launched", 12, "missile", "S-300", "RU", "event")},
    ),
    (
        "Air defences shot down 19 of 24 Iranian-made Shahid drones, according to the air force.",
        {("intercepted", 19, "drone", "Shahed-136/131", "RU", "event"),
         ("launched", 24, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Air defence destroyed 5 missiles using S-300 systems.",
        {("intercepted", 5, "missile", None, "RU", "event")},
    ),
    (
        "Russia launched 40 drones from the Kursk region.",
        {("launched", 40, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEAPON_MODELS)
def test_launcher_models_and_spellings_name_the_weapon(text, expected):
    assert facts_of(text) == expected


# Ukraine's military as the subject of its own launch ("Ukraine's armed forces launched 30 drones at the Belgorod
# region", "the Ukrainian army attacked the Kursk region with 20 drones") is the attacker, not a speaker reporting a
# Russian attack. Before, the actor lexicon read it as Ukraine's military speaking, so the attacker was RU.
UA_MILITARY_ATTACKS = [
    (
        "Ukraine's armed forces launched 30 drones at the Belgorod region overnight, the governor said.",
        {("launched", 30, "drone", None, "UA", "event")},
    ),
    (
        "The Ukrainian army attacked the Kursk region with 20 drones overnight.",
        {("launched", 20, "drone", None, "UA", "event")},
    ),
    (
        "Ukrainian troops fired 12 drones at the border district, the regional governor wrote.",
        {("launched", 12, "drone", None, "UA", "event")},
    ),
]
# controls: Ukraine's military speaking of a Russian attack
UA_MILITARY_SPEAKS = [
    (
        "Ukraine's armed forces said Russia launched 40 drones overnight.",
        {("launched", 40, "drone", None, "RU", "event")},
    ),
    (
        "Ukraine's military said it shot down 22 of 25 drones.",
        {("intercepted", 22, "drone", None, "RU", "event"), ("launched", 25, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UA_MILITARY_ATTACKS + UA_MILITARY_SPEAKS)
def test_ukraines_military_launching_is_the_attacker(text, expected):
    assert facts_of(text) == expected
