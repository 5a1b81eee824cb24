"""Phrasing families of real strike reporting, third round (issue 11).

The sentences were written for these tests after reading wire, agency, ministry and outlet reports of
2022-2026 (Reuters, AP, AFP syndications, Ukrinform, Ukrainska Pravda, Kyiv Independent, TASS, Sputnik,
Xinhua, Al Jazeera, Anadolu, Indian, Gulf and Turkish outlets); none is copied from a story. Each case
gives every fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope).
"""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.extract.sentences import split_sentences
from tests.conftest import one_article
from tests.batched_facts import article_facts


def strikes_of(text: str, published: str = "2025-06-14T08:00:00Z") -> pl.DataFrame:
    return article_facts(text, published, stage="strikes")


def facts_of(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["weapon"], r["attacker"], r["scope"])
        for r in strikes_of(text).iter_rows(named=True)
    }


# A perfect tense ("have shot down") is a running total only when no night or day frames it: the Russian
# ministry's daily tally "over the past 24 hours" and an overnight report are the night's event.
PERFECT_OF_ONE_NIGHT = [
    (
        "Russian air defences have shot down 36 Ukrainian drones overnight, the defence ministry said.",
        {("intercepted", 36, "drone", None, "UA", "event")},
    ),
    (
        "Air defence forces have destroyed 22 Ukrainian drones and intercepted two HIMARS rockets over the past "
        "24 hours, the Russian Defence Ministry said.",
        {("intercepted", 22, "drone", None, "UA", "event"), ("intercepted", 2, "missile", "HIMARS", "UA", "event")},
    ),
    (
        "Russia has launched 97 drones and three missiles at Ukraine since the evening, the air force said.",
        {("launched", 97, "drone", None, "RU", "event"), ("launched", 3, "missile", None, "RU", "event")},
    ),
    # without a night the perfect stays a running total
    (
        "Russia has launched more than 4,000 Shahed drones at Ukraine, the president said.",
        {("launched", 4000, "drone", "Shahed-136/131", "RU", "cumulative")},
    ),
    # a night named outside the verb's own clause does not make a running total one night's
    (
        "Russia has fired 1,900 missiles at Ukraine, the air force said after an overnight attack.",
        {("launched", 1900, "missile", None, "RU", "cumulative")},
    ),
]

# "N were launched" right after the figure is its own verb: an interception verb in a later clause
# ("..., adding that air defences had downed 41") belongs to another figure
PASSIVE_LAUNCH = [
    (
        '"In all, 44 Shahed-136/131 strike UAVs had been launched," the air force reported, adding that air defences '
        "had downed 39 of the unmanned aerial vehicles.",
        {("launched", 44, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 39, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "In all 63 attack drones were used overnight, and mobile fire groups said they had destroyed 50.",
        {("launched", 63, "drone", None, "RU", "event"), ("intercepted", 50, "drone", None, "RU", "event")},
    ),
    # "an attack that also included" lists what was launched, however the sentence began
    (
        "Ukraine shot down 48 of 55 drones during a Russian attack that also included two ballistic and four cruise "
        "missiles, the air force said.",
        {
            ("intercepted", 48, "drone", None, "RU", "event"), ("launched", 55, "drone", None, "RU", "event"),
            ("launched", 2, "missile", None, "RU", "event"), ("launched", 4, "missile", None, "RU", "event"),
        },
    ),
]

# verbs of downing the extractor did not know: "managed to" / "were able to" + infinitive (done, not
# planned), the base form "neutralise", the ministry's "disabled", electronic warfare's "jammed", and
# weapons "hit by air defence"
DOWNING_VERBS = [
    ("By 09:00 air defence had managed to shoot down or neutralise 171 enemy UAVs, the air force said.",
     {("intercepted", 171, "drone", None, "RU", "event")}),
    ("Ukrainian forces were able to destroy 35 of the 47 drones, the air force said.",
     {("intercepted", 35, "drone", None, "RU", "event"), ("launched", 47, "drone", None, "RU", "event")}),
    ("Overnight, air defence systems on duty disabled 26 Ukrainian unmanned aerial vehicles, the Russian ministry said.",
     {("intercepted", 26, "drone", None, "UA", "event")}),
    ("Using electronic warfare, two Ukrainian UAVs were jammed and crashed, the Russian Defence Ministry said.",
     {("intercepted", 2, "drone", None, "UA", "event")}),
    ("Another five drones of the operational-tactical level were hit by air defence during the night, the air force said.",
     {("intercepted", 5, "drone", None, "RU", "event")}),
    # a capability, a future and an impact stay no fact; "jammed or lost" is lost, not intercepted
    ("Air defence is able to intercept 30 missiles at once.", set()),
    ("With the new systems Ukraine will be able to shoot down 60 drones a night.", set()),
    ("Four drones disabled a substation in the Sumy region.", set()),
    # (the target as the subject of "attacked by" names the attack's weapons; "was hit by" counts hits, no fact:
    # test_strike_phrasings_r23.py)
    ("Kherson was attacked by two missiles overnight.", {("launched", 2, "missile", None, "RU", "event")}),
    ("A further 390 drones were jammed or lost from radar, the air force said.", {("lost", 390, "drone", None, "RU", "event")}),
]

# a model named with "and other types of drones" is a mixed figure with no single model
MIXED_TYPES = [
    (
        "From 19:00 the enemy attacked with 128 Shahed drones and other types of drones, the air force said.",
        {("launched", 128, "drone", None, "RU", "event")},
    ),
    (
        "As of 08:30, 91 Shahed drones and other kinds of UAVs had been shot down over the north and east.",
        {("intercepted", 91, "drone", None, "RU", "event")},
    ),
]

# a back-reference sentence whose copula names the part's model: it takes the class and model of the noun
# and the type of the total it refers to (a total given as "N of M" is the launched M)
BACK_REFERENCE_COPULA = [
    (
        "Overnight the enemy attacked with 84 drones. Of these, 52 were Shahed drones.",
        {("launched", 84, "drone", None, "RU", "event"), ("launched", 52, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "The enemy attacked with one Iskander-M ballistic missile and 71 Shahed and Gerbera strike UAVs and drones "
        "of other types. More than 40 of them were Shahed drones.",
        {
            ("launched", 1, "missile", "Iskander-M", "RU", "event"), ("launched", 71, "drone", None, "RU", "event"),
            ("launched", 40, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Air defence destroyed 66 drones overnight. Of them, about 45 were Shaheds.",
        {("intercepted", 66, "drone", None, "RU", "event"), ("intercepted", 45, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Air defence destroyed 58 of 75 drones overnight. Of these, 49 were Shahed drones.",
        {
            ("intercepted", 58, "drone", None, "RU", "event"), ("launched", 75, "drone", None, "RU", "event"),
            ("launched", 49, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
]

# a list that goes on after the passive of its first figure shares it; "all of them" after a list with no
# total of its own is each figure of the list (never the first or the last alone)
LISTS_AFTER_A_PASSIVE = [
    (
        '"From four MiG-31K aircraft, four Kinzhal hypersonic missiles were launched, 7 Kalibr cruise missiles from '
        'vessels in the Caspian and three land-launched missiles. All of them were shot down," the air force said.',
        {
            ("launched", 4, "missile", "Kinzhal", "RU", "event"), ("launched", 7, "missile", "Kalibr", "RU", "event"),
            ("launched", 3, "missile", None, "RU", "event"), ("intercepted", 4, "missile", "Kinzhal", "RU", "event"),
            ("intercepted", 7, "missile", "Kalibr", "RU", "event"), ("intercepted", 3, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia launched 36 drones and 2 missiles overnight. All of them were shot down, the air force said.",
        {
            ("launched", 36, "drone", None, "RU", "event"), ("launched", 2, "missile", None, "RU", "event"),
            ("intercepted", 36, "drone", None, "RU", "event"), ("intercepted", 2, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia fired 44 drones and 4 missiles overnight, all of which were shot down, the air force said.",
        {
            ("launched", 44, "drone", None, "RU", "event"), ("launched", 4, "missile", None, "RU", "event"),
            ("intercepted", 44, "drone", None, "RU", "event"), ("intercepted", 4, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia fired six ballistic missiles at Kyiv early on Monday, all of which were shot down, the air force said.",
        {("launched", 6, "missile", None, "RU", "event"), ("intercepted", 6, "missile", None, "RU", "event")},
    ),
    (
        "During this attack, the Russians released 23 attack-type UAVs, of which 18 were intercepted.",
        {("launched", 23, "drone", None, "RU", "event"), ("intercepted", 18, "drone", None, "RU", "event")},
    ),
    # a stated total before its parts is what "all of them" means
    (
        "The enemy attacked with 29 means of air attack: 9 missiles and 20 drones. All of them were destroyed.",
        {
            ("launched", 29, "aerial_target", None, "RU", "event"), ("launched", 9, "missile", None, "RU", "event"),
            ("launched", 20, "drone", None, "RU", "event"), ("intercepted", 29, "aerial_target", None, "RU", "event"),
        },
    ),
]

# a share stated without its count ("a third of", "most of", "80% of") makes the figure after it the launched
# total, never the intercepted one; "plus" joins a figure to a list
SHARES_AND_PLUS = [
    ("Nearly a third of the 84 drones were shot down, according to the air force.", {("launched", 84, "drone", None, "RU", "event")}),
    ("Air defence destroyed roughly half of the 110 drones.", {("launched", 110, "drone", None, "RU", "event")}),
    ("Air defence shot down 85% of the 160 drones launched overnight.", {("launched", 160, "drone", None, "RU", "event")}),
    ("Most of the 45 missiles were intercepted.", {("launched", 45, "missile", None, "RU", "event")}),
    (
        "Russia launched a record 790 drones and decoys, plus 11 missiles, overnight.",
        {("launched", 790, "drone", None, "RU", "event"), ("launched", 11, "missile", None, "RU", "event")},
    ),
]

# live-blog entry lines in the body: the present tense of headlines ("downs") and a participle after a semicolon
LIVE_BLOG_LINES = [
    (
        "Ukraine downs 41 of 52 Russian drones, three missiles",
        {
            ("intercepted", 41, "drone", None, "RU", "event"), ("launched", 52, "drone", None, "RU", "event"),
            ("intercepted", 3, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia launches 58 drones overnight; 46 downed, air force says",
        {("launched", 58, "drone", None, "RU", "event"), ("intercepted", 46, "drone", None, "RU", "event")},
    ),
]

# "all the missiles", "all these air targets" with no count: the whole of the figure of that class named
# before (a list without a total: each of its figures)
ALL_THE_WEAPONS = [
    (
        "Russia launched 8 missiles and 26 drones at Ukraine overnight. All the missiles were intercepted.",
        {
            ("launched", 8, "missile", None, "RU", "event"), ("launched", 26, "drone", None, "RU", "event"),
            ("intercepted", 8, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia launched 19 drones overnight. All of the drones were destroyed, the air force said.",
        {("launched", 19, "drone", None, "RU", "event"), ("intercepted", 19, "drone", None, "RU", "event")},
    ),
    (
        '"Last night, the enemy used 12 cruise missiles and 15 Shahed attack drones - every one of these targets was '
        'destroyed by our defenders," the army said.',
        {
            ("launched", 12, "missile", None, "RU", "event"), ("launched", 15, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 12, "missile", None, "RU", "event"),
            ("intercepted", 15, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
]

# guided bombs without a model take their sentence's side: Russia's are KABs, Ukraine's are no KAB
GUIDED_BOMBS = [
    (
        "Over the past day, Russian forces dropped 87 guided aerial bombs on Ukrainian positions, the General Staff said.",
        {("launched", 87, "guided_bomb", "KAB", "RU", "event")},
    ),
    (
        "Russian air defence systems shot down 41 Ukrainian fixed-wing drones and 9 guided aerial bombs over the past "
        "day, the Russian Defence Ministry said.",
        {("intercepted", 41, "drone", None, "UA", "event"), ("intercepted", 9, "guided_bomb", None, "UA", "event")},
    ),
]

FAMILIES = PERFECT_OF_ONE_NIGHT + PASSIVE_LAUNCH + DOWNING_VERBS + MIXED_TYPES + BACK_REFERENCE_COPULA
FAMILIES += LISTS_AFTER_A_PASSIVE + SHARES_AND_PLUS + LIVE_BLOG_LINES + ALL_THE_WEAPONS + GUIDED_BOMBS

# decoys are drones; "alongside" and "together with" join a figure to the list
DECOYS_ALONGSIDE = [
    (
        "Russia launched 37 Gerbera decoy drones and 19 imitator drones alongside 55 Shaheds, the air force said.",
        {
            ("launched", 37, "drone", "Gerbera", "RU", "event"), ("launched", 19, "drone", None, "RU", "event"),
            ("launched", 55, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Russia fired 4 Kinzhal missiles together with 90 drones overnight.",
        {("launched", 4, "missile", "Kinzhal", "RU", "event"), ("launched", 90, "drone", None, "RU", "event")},
    ),
]
FAMILIES += DECOYS_ALONGSIDE

# a bare figure that counts regions, places or people is no weapon figure, however it is linked
BARE_FIGURES_OF_PLACES = [
    (
        "Russia reported that it destroyed over 20 drones in the Moscow region and 104 more across six other regions.",
        {("intercepted", 20, "drone", None, "UA", "event"), ("intercepted", 104, "drone", None, "UA", "event")},
    ),
    (
        "Air defence shot down 48 drones over the north and east; debris fell in three other districts.",
        {("intercepted", 48, "drone", None, "RU", "event")},
    ),
]
FAMILIES += BARE_FIGURES_OF_PLACES

# "means of enemy air attack" is a mixed total like "means of air attack"
ENEMY_MEANS = [
    (
        '"In all, 33 means of enemy air attack were tracked," the air force reported, adding it destroyed six missiles.',
        {("launched", 33, "aerial_target", None, "RU", "event"), ("intercepted", 6, "missile", None, "RU", "event")},
    ),
]
FAMILIES += ENEMY_MEANS

# "the number of ..." with the figure after "reached" or "was", as after "at" or "rose to"
NUMBER_OF = [
    ("The number of drones shot down overnight reached 57, the air force said.", {("intercepted", 57, "drone", None, "RU", "event")}),
    (
        "The total number of drones launched was 104, of which 88 were downed.",
        {("launched", 104, "drone", None, "RU", "event"), ("intercepted", 88, "drone", None, "RU", "event")},
    ),
]
FAMILIES += NUMBER_OF

# weekly and seasonal tallies are periods, also with a perfect ("has used ... this week") and with "just"
PERIOD_TALLIES = [
    "In the three winter months, Russian forces launched over 11,800 guided aerial bombs, 640 missiles and "
    "about 15,000 attack drones, he said.",
    "In just one week, the Russian army used about 470 attack drones, nearly 50 missiles of various types and more "
    "than 640 aerial bombs.",
    "This week alone, Russia has used over 520 guided aerial bombs, more than 45 Shahed drones and nearly 30 "
    "missiles of various types.",
    "Over the past week, from Monday to today, Russia has used almost 160 missiles of various types and nearly 110 "
    "Shahed drones.",
    "Air defences have shot down a total of 392 Ukrainian drones over Russian territory since Wednesday, the "
    "ministry said.",
]


@pytest.mark.parametrize("text", PERIOD_TALLIES)
def test_period_tallies_are_never_a_night(text):
    facts = strikes_of(text)
    assert not facts.is_empty()
    assert set(facts["scope"]) == {"period"}


def test_a_place_list_after_a_bare_passive():
    text = (
        "Russia's air defences destroyed 81 Ukrainian drones overnight. The ministry said 28 were downed over the "
        "Belgorod region, 25 over the Saratov region and 22 over the Voronezh region."
    )
    assert places_of(text) == {
        ("intercepted", 81, "UA", None), ("intercepted", 28, "UA", "Belgorod region"),
        ("intercepted", 25, "UA", "Saratov region"), ("intercepted", 22, "UA", "Voronezh region"),
    }


def places_of(text: str) -> set[tuple]:
    return {(r["fact_type"], r["count"], r["attacker"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}


# The Russian defence ministry's place lists: the figure first and a dash before the place, on one line or
# one line per place; items that name the noun again; seas. Every item is a regional part (a place), so no
# item passes for the night's national total.
MINISTRY_PLACE_LISTS = [
    # the figure in brackets after its place
    (
        "Air defences shot down 59 Ukrainian drones during the night, the Russian ministry said. The drones were "
        "neutralised over the Krasnodar region (27), the Rostov region (18), Voronezh (9) and Crimea (5).",
        {
            ("intercepted", 59, "UA", None), ("intercepted", 27, "UA", "Krasnodar region"),
            ("intercepted", 18, "UA", "Rostov region"), ("intercepted", 9, "UA", "Voronezh"),
            ("intercepted", 5, "UA", "Crimea"),
        },
    ),
    (
        "The ministry said 13 Ukrainian drones were destroyed over the Bryansk Region (7), Kursk Region (4) and "
        "Oryol Region (2).",
        {
            ("intercepted", 13, "UA", None), ("intercepted", 7, "UA", "Bryansk Region"),
            ("intercepted", 4, "UA", "Kursk Region"), ("intercepted", 2, "UA", "Oryol Region"),
        },
    ),
    (
        "Russian Ministry of Defence: overnight, duty air defence forces intercepted and destroyed 17 Ukrainian UAVs:\n"
        "8 – over the territory of the Bryansk region,\n5 – over the territory of the Kursk region,\n"
        "4 – over the territory of the Oryol region.",
        {
            ("intercepted", 17, "UA", None), ("intercepted", 8, "UA", "Bryansk region"),
            ("intercepted", 5, "UA", "Kursk region"), ("intercepted", 4, "UA", "Oryol region"),
        },
    ),
    (
        "Air defence systems destroyed 23 Ukrainian drones overnight: 12 – over the territory of the Belgorod region, "
        "11 – over the territory of the Voronezh region, the ministry said.",
        {
            ("intercepted", 23, "UA", None), ("intercepted", 12, "UA", "Belgorod region"),
            ("intercepted", 11, "UA", "Voronezh region"),
        },
    ),
    (
        '"Overnight, air defence systems on duty disabled 34 Ukrainian unmanned aerial vehicles: 16 UAVs - over the '
        'waters of the Black Sea, ten UAVs - over the Krasnodar Region, eight UAVs - over the Rostov Region," '
        "according to the ministry.",
        {
            ("intercepted", 34, "UA", None), ("intercepted", 16, "UA", "Black Sea"),
            ("intercepted", 10, "UA", "Krasnodar Region"), ("intercepted", 8, "UA", "Rostov Region"),
        },
    ),
    (
        "Air defence systems destroyed 19 Ukrainian drones: 10 UAVs over the territory of the Oryol region, 6 UAVs "
        "over the Kursk region and 3 UAVs over the Bryansk region.",
        {
            ("intercepted", 19, "UA", None), ("intercepted", 10, "UA", "Oryol region"),
            ("intercepted", 6, "UA", "Kursk region"), ("intercepted", 3, "UA", "Bryansk region"),
        },
    ),
    (
        "The ministry said air defences intercepted and destroyed 38 UAVs over the Rostov Region, three over the "
        "Belgorod Region, as well as 9 drones over the waters of the Sea of Azov.",
        {
            ("intercepted", 38, "UA", "Rostov Region"), ("intercepted", 3, "UA", "Belgorod Region"),
            ("intercepted", 9, "UA", "Sea of Azov"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), MINISTRY_PLACE_LISTS)
def test_ministry_place_lists(text, expected):
    assert places_of(text) == expected


def test_a_place_line_stays_with_its_header():
    text = "The ministry said 9 Ukrainian UAVs were destroyed:\n5 – over the Kursk region,\n4 – over the Tula region."
    assert split_sentences(one_article(text))["sentence"].to_list() == [text]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_phrasing_families(text, expected):
    assert facts_of(text) == expected


# Another war in the same words: the Gulf states under Iranian missiles and drones (2026) and US forces
# in the region. Neither names Iran as an actor in every sentence, so the states themselves mark it.
OTHER_WARS = [
    (
        "The UAE's air defence systems intercepted and destroyed 12 ballistic missiles and 88 drones on Sunday, the "
        "Ministry of Defence said.\n\nAir defences detected 13 ballistic missiles, destroying 12 of them, while one "
        "fell into the sea."
    ),
    "The ministry said 96 drones were detected in total, with 91 intercepted, in the latest Iranian strikes on the Emirates.",
    "Qatar's defence ministry reported that its forces had shot down seven drones and two missiles overnight.",
    "Central Command forces intercepted more than 60 attack drones and at least four ballistic missiles on Saturday night.",
]


@pytest.mark.parametrize("text", OTHER_WARS)
def test_other_wars_give_no_strike_fact(text):
    assert strikes_of(text).is_empty()


def test_an_undated_sentence_takes_the_day_of_the_attack_its_lede_names():
    # the lede names the day far from its verb; the next sentence names none
    text = (
        "Russia fired 460 attack drones and 20 missiles at targets across the whole country on Monday.\n\n"
        "The air force said 441 of the drones were intercepted."
    )
    facts = strikes_of(text, published="2025-06-14T08:00:00Z")
    assert {(r["fact_type"], r["count"], r["event_date"].isoformat()) for r in facts.iter_rows(named=True)} == {
        ("launched", 460, "2025-06-09"), ("launched", 20, "2025-06-09"), ("intercepted", 441, "2025-06-09"),
    }


# Russia reporting its own downings: "Russia said it shot down ...", "Russian forces downed ..." are Ukraine's
# drones; parts by place ("three of which were over ...", "including 21 over ...", "including seven in the
# Moscow region and 22 in the Ryazan region") are regional parts, never the night's national total
RUSSIA_REPORTING_DOWNINGS = [
    (
        "Russia said it shot down 109 drones targeting 11 regions, but reported no damage.",
        {("intercepted", 109, "UA", None)},
    ),
    ("Russian forces downed six drones over the peninsula, its Moscow-installed governor said.", {("intercepted", 6, "UA", None)}),
    (
        '"Air defence forces destroyed and intercepted 8 Ukrainian drones, four of which were over the Voronezh region, '
        'two over the Ryazan region and two over the Kursk region," the ministry said.',
        {
            ("intercepted", 8, "UA", None), ("intercepted", 4, "UA", "Voronezh region"),
            ("intercepted", 2, "UA", "Ryazan region"), ("intercepted", 2, "UA", "Kursk region"),
        },
    ),
    (
        "Russia's defence ministry reported that air defence units intercepted and destroyed 58 Ukrainian drones overnight, "
        "including 19 over the Volgograd region.",
        {("intercepted", 58, "UA", None), ("intercepted", 19, "UA", "Volgograd region")},
    ),
    (
        "The ministry said it destroyed 97 Ukrainian drones, including five in the Moscow region and 18 in the Ryazan region.",
        {("intercepted", 97, "UA", None), ("intercepted", 5, "UA", "Moscow region"), ("intercepted", 18, "UA", "Ryazan region")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIA_REPORTING_DOWNINGS)
def test_russia_reporting_downings(text, expected):
    assert places_of(text) == expected
