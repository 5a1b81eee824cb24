"""Phrasing families of real strike reporting, fourth round.

Found by reading wire, agency and outlet reports of 2022-2026 (Reuters syndications, AP, AFP, VOA, Xinhua via
IANS, Ukrinform, Ukrainska Pravda, LB.ua, Babel, UNN, TASS, Sputnik, RT, Al Jazeera, TRT, Anadolu, NDTV,
National Herald, Gulf and Pakistani outlets) and running their figure sentences through the extractor. Every
sentence below was written for these tests; none is copied from a story. Each case gives every fact expected,
as (fact_type, count, weapon_class, weapon, attacker, scope).
"""

from __future__ import annotations

import polars as pl
import pytest

from tests.batched_facts import article_facts
from tests.test_strike_families3 import facts_of, strikes_of


# "N of M" with the noun on the part ("41 drones out of 50"), or the side between ("30 of Russia's 36
# drones"): the part is intercepted and the total launched. Read as they were, the total was taken for the
# intercepted figure: a wrong number.
PARTITIVE_VARIANTS = [
    (
        "The air force said 41 drones out of 50 had been shot down over the north and east.",
        {("intercepted", 41, "drone", None, "RU", "event"), ("launched", 50, "drone", None, "RU", "event")},
    ),
    (
        "Ukrainian air defences neutralised 77 Shahed drones out of 83 launched overnight, the military said.",
        {
            ("intercepted", 77, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 83, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Kyiv's military said 30 of Russia's 36 attack drones were destroyed before dawn.",
        {("intercepted", 30, "drone", None, "RU", "event"), ("launched", 36, "drone", None, "RU", "event")},
    ),
    (
        "The air force said it had downed 33 drones out of 45 and that nine more were lost locally.",
        {
            ("intercepted", 33, "drone", None, "RU", "event"), ("launched", 45, "drone", None, "RU", "event"),
            ("lost", 9, "drone", None, "RU", "event"),
        },
    ),
    # the total named last, after the passive of the part
    (
        "The air force reported that 512 air targets had been shot down or suppressed out of 540 launched.",
        {("intercepted", 512, "aerial_target", None, "RU", "event"), ("launched", 540, "aerial_target", None, "RU", "event")},
    ),
    (
        "Air defence downed 61 drones, the air force said, out of 70 launched overnight.",
        {("intercepted", 61, "drone", None, "RU", "event"), ("launched", 70, "drone", None, "RU", "event")},
    ),
    (
        "Air defence units brought down 12 missiles of the 15 fired at the capital, the mayor said.",
        {("intercepted", 12, "missile", None, "RU", "event"), ("launched", 15, "missile", None, "RU", "event")},
    ),
]

# "..., which were all shot down", "..., and all were downed", "they were all destroyed", "both of which":
# the whole of the figure (or the list) named before
ALL_AFTER_THE_FIGURE = [
    (
        "Russia fired seven Kalibr cruise missiles from the Black Sea overnight, which were all intercepted.",
        {("launched", 7, "missile", "Kalibr", "RU", "event"), ("intercepted", 7, "missile", "Kalibr", "RU", "event")},
    ),
    (
        "The enemy sent 26 attack drones towards the south overnight, and all were destroyed, the air force said.",
        {("launched", 26, "drone", None, "RU", "event"), ("intercepted", 26, "drone", None, "RU", "event")},
    ),
    (
        "The air force said Russia used nine Shahed drones and two cruise missiles, which were all shot down.",
        {
            ("launched", 9, "drone", "Shahed-136/131", "RU", "event"), ("launched", 2, "missile", None, "RU", "event"),
            ("intercepted", 9, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 2, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia launched 14 drones and two Kh-59 guided missiles, both of which were downed over the Poltava region.",
        {
            ("launched", 14, "drone", None, "RU", "event"), ("launched", 2, "missile", "Kh-59", "RU", "event"),
            ("intercepted", 2, "missile", "Kh-59", "RU", "event"),
        },
    ),
    (
        "Overnight the enemy attacked with 19 strike UAVs. They were all shot down by mobile fire groups.",
        {("launched", 19, "drone", None, "RU", "event"), ("intercepted", 19, "drone", None, "RU", "event")},
    ),
]

# a weapon figure no verb types, its parts after it: the launched whole
TOTAL_OF_PARTS = [
    (
        "The air force counted 88 drones, of which 71 were shot down or suppressed.",
        {("launched", 88, "drone", None, "RU", "event"), ("intercepted", 71, "drone", None, "RU", "event")},
    ),
    # parts that were not downed say nothing of a launch
    ("Kyiv has received 40 drones from the partners, of which 25 were made in Poland.", set()),
    # a verb of its own still types it
    (
        "Russian air defences destroyed 64 Ukrainian drones, of which 20 were over the Kursk region.",
        {("intercepted", 64, "drone", None, "UA", "event"), ("intercepted", 20, "drone", None, "UA", "event")},
    ),
]

# what an attack consisted of is what was launched
ATTACK_MAKEUP = [
    (
        "The overnight barrage comprised 310 drones and 14 missiles of various types, the air force said.",
        {("launched", 310, "drone", None, "RU", "event"), ("launched", 14, "missile", None, "RU", "event")},
    ),
    (
        "Russia's attack overnight consisted of eight Iskander-M ballistic missiles and 47 drones.",
        {("launched", 8, "missile", "Iskander-M", "RU", "event"), ("launched", 47, "drone", None, "RU", "event")},
    ),
]

# "lost locally" is the air force's own wording for drones that vanished without being shot down
LOST_LOCALLY = [
    (
        "Russia sent 61 drones; air defence shot down 40 of them, while 19 were lost locally, the air force said.",
        {
            ("launched", 61, "drone", None, "RU", "event"), ("intercepted", 40, "drone", None, "RU", "event"),
            ("lost", 19, "drone", None, "RU", "event"),
        },
    ),
    (
        "A further 23 drones were locally lost, the statement said.",
        {("lost", 23, "drone", None, "RU", "event")},
    ),
]

# rockets named by their launcher after the noun are missiles of that model; several launchers are a mixed
# group with no single model
ROCKETS_OF_A_LAUNCHER = [
    (
        "Russian air defences intercepted nine rockets fired by US-made HIMARS launchers over "
        "the past day, the defence ministry said.",
        {("intercepted", 9, "missile", "HIMARS", "UA", "event")},
    ),
    (
        "Russia's defence ministry said its air defences also destroyed six rockets fired from HIMARS and Uragan "
        "launchers.",
        {("intercepted", 6, "missile", None, "UA", "event")},
    ),
    (
        "Russian air defence units shot down 95 Ukrainian drones and four rockets of Czech-made Vampire launchers, "
        "the ministry said.",
        {("intercepted", 95, "drone", None, "UA", "event"), ("intercepted", 4, "missile", "Vampire", "UA", "event")},
    ),
    # rockets with no launcher named stay artillery
    ("The town was shelled with 40 rockets overnight, the governor said.", set()),
]

# drones that do not fly are no aerial weapons: sea and naval drones are boats, ground drones vehicles
NOT_AERIAL = [
    ("Russia's Black Sea Fleet destroyed 9 Ukrainian sea drones heading for Sevastopol, the ministry said.", set()),
    ("Russia's defence ministry said its navy sank four naval drones and air defences shot down 12 Ukrainian "
     "drones near Novorossiysk.",
     {("intercepted", 12, "drone", None, "UA", "event")}),
    ("Ukrainian ground drones destroyed 3 Russian positions near Pokrovsk, the brigade said.", set()),
]

# Western guided bombs named by their model before "bombs", or "precision-guided": guided bombs of that
# model (not KAB); before, the figure had no noun and took the verb away from the figure after it
WESTERN_GUIDED_BOMBS = [
    (
        "Russian air defences intercepted four JDAM bombs and 212 fixed-wing drones over the past 24 hours, "
        "the defence ministry said.",
        {("intercepted", 4, "guided_bomb", "JDAM", "UA", "event"), ("intercepted", 212, "drone", None, "UA", "event")},
    ),
    (
        "Air defence systems shot down five US-made JDAM precision-guided bombs over the past day, the Russian "
        "defence ministry said.",
        {("intercepted", 5, "guided_bomb", "JDAM", "UA", "event")},
    ),
    (
        "Russia's defence ministry said its air defences downed two French-made Hammer bombs over the past day.",
        {("intercepted", 2, "guided_bomb", "Hammer", "UA", "event")},
    ),
]

# "the Russian ministry said" (wire copy shortening the defence ministry) speaks for Russia's air defence
RUSSIAN_MINISTRY_SHORT = [
    (
        "Air defence systems on duty destroyed 44 aircraft-type drones overnight, the Russian ministry said.",
        {("intercepted", 44, "drone", None, "UA", "event")},
    ),
]

# "with N being shot down", "N of a total of M": the part in its own wording
PARTS_IN_OTHER_WORDS = [
    (
        "Overnight the enemy attacked with 93 drones, with 71 being shot down, the air force said.",
        {("launched", 93, "drone", None, "RU", "event"), ("intercepted", 71, "drone", None, "RU", "event")},
    ),
    (
        "The air force said 64 drones were launched, with 50 having been destroyed and 11 lost to electronic warfare.",
        {
            ("launched", 64, "drone", None, "RU", "event"), ("intercepted", 50, "drone", None, "RU", "event"),
            ("lost", 11, "drone", None, "RU", "event"),
        },
    ),
    (
        "The army said its air defences destroyed 27 of a total of 31 drones launched overnight.",
        {("intercepted", 27, "drone", None, "RU", "event"), ("launched", 31, "drone", None, "RU", "event")},
    ),
]

# ", and" before a pair of figures with their own passive starts a new clause: the pair was intercepted, not a
# third and fourth item of the launched list (read as launched, the first of the pair was a wrong figure)
NEW_CLAUSE_AFTER_A_LIST = [
    (
        "According to the air force, Russia fired 14 missiles and 38 drones, and 11 missiles and 30 drones were "
        "shot down.",
        {
            ("launched", 14, "missile", None, "RU", "event"), ("launched", 38, "drone", None, "RU", "event"),
            ("intercepted", 11, "missile", None, "RU", "event"), ("intercepted", 30, "drone", None, "RU", "event"),
        },
    ),
    # a third item of the list keeps the list's verb
    (
        "Russia launched 20 drones, six missiles, and two guided bombs overnight, the air force said.",
        {
            ("launched", 20, "drone", None, "RU", "event"), ("launched", 6, "missile", None, "RU", "event"),
            ("launched", 2, "guided_bomb", "KAB", "RU", "event"),
        },
    ),
]

# models named in other words: a factory index before the name, ATACMS without "missiles", Ukraine's Flamingo,
# North Korean missiles fired by Russia (North Korea alone stays another conflict)
MODEL_NAMES = [
    (
        "Russia fired three 3M22 Zircon hypersonic missiles at Kyiv overnight, the air force said.",
        {("launched", 3, "missile", "Zircon", "RU", "event")},
    ),
    (
        "The Russian defence ministry said air defences shot down 6 ATACMS over Crimea.",
        {("intercepted", 6, "missile", "ATACMS", "UA", "event")},
    ),
    (
        "Russia's defence ministry said its air defences intercepted five Flamingo cruise missiles overnight.",
        {("intercepted", 5, "missile", "Flamingo", "UA", "event")},
    ),
    (
        "Russia launched four North Korean KN-23 ballistic missiles at Zaporizhzhia overnight, the air force said.",
        {("launched", 4, "missile", "KN-23", "RU", "event")},
    ),
    ("North Korea fired 3 ballistic missiles into the sea off its east coast, Seoul said.", set()),
]

FAMILIES = MODEL_NAMES + NOT_AERIAL + NEW_CLAUSE_AFTER_A_LIST + PARTS_IN_OTHER_WORDS + WESTERN_GUIDED_BOMBS + RUSSIAN_MINISTRY_SHORT + PARTITIVE_VARIANTS + ALL_AFTER_THE_FIGURE + TOTAL_OF_PARTS + ATTACK_MAKEUP + LOST_LOCALLY + ROCKETS_OF_A_LAUNCHER


@pytest.mark.parametrize("text,expected", FAMILIES)
def test_phrasing_families(text, expected):
    assert facts_of(text) == expected


# a place list with an Oxford comma before its last item: one fact per place, the last one too
def test_a_place_list_with_a_comma_before_its_last_item():
    facts = strikes_of(
        "Russian air defences intercepted 47 Ukrainian fixed-wing drones overnight: 30 over the Rostov Region, "
        "16 over the Bryansk Region, and one over the Smolensk Region, the ministry said."
    )
    places = {(r["count"], r["place"]) for r in facts.filter(pl.col("place").is_not_null()).iter_rows(named=True)}
    assert places == {(30, "Rostov Region"), (16, "Bryansk Region"), (1, "Smolensk Region")}


# A Ukrainian count after a sentence about Russia's claims is still a Russian attack when its words say so:
# "launched by Russia", "Russia-launched", "Ukraine said it shot down".
SIDE_AFTER_A_RUSSIAN_CLAIM = [
    (
        "Russia's defence ministry said its air defences downed 57 Ukrainian drones overnight. "
        "Ukraine said it shot down 31 of the 40 drones launched by Russia.",
        {
            ("intercepted", 57, "drone", None, "UA", "event"),
            ("intercepted", 31, "drone", None, "RU", "event"), ("launched", 40, "drone", None, "RU", "event"),
        },
    ),
    (
        "Moscow said 12 Ukrainian drones were destroyed over the Belgorod region. "
        "Kyiv's air force said air defences shot down all 18 Russia-launched drones.",
        {
            ("intercepted", 12, "drone", None, "UA", "event"),
            ("intercepted", 18, "drone", None, "RU", "event"), ("launched", 18, "drone", None, "RU", "event"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", SIDE_AFTER_A_RUSSIAN_CLAIM)
def test_the_side_after_a_russian_claim(text, expected):
    assert facts_of(text) == expected


# Figures that are no night's event: running totals, periods, production, other wars, hypotheticals. The new
# rules must not turn them into event facts.
NOT_A_NIGHT = [
    "Since the start of the invasion, air defences have shot down 9,200 drones out of 11,000 launched.",
    "In October alone Russia launched 5,300 drones, of which 4,700 were downed, the air force said.",
    "Russia can produce 2,700 Shahed drones a month, of which about half are decoys, intelligence said.",
    "Israel said its air defences intercepted 40 drones out of 45 launched from Yemen, all of which were Iranian-made.",
    "If Ukraine gets more systems, it could shoot down 90 drones out of 100, the minister said.",
    "Over the past week Russia fired 190 missiles, which were all of the cruise type, Zelensky said.",
    "Within a week, Russia used about 1,100 guided aerial bombs and more than 400 Shahed drones, Zelensky said.",
    "In just this one week Russia launched over 900 glide bombs and 60 missiles at Ukraine, the president said.",
    # a later figure of a period sentence is part of the period, however it is joined
    "Last year Russia fired 11,000 drones at Ukraine, with 8,600 being shot down, the air force said.",
    "In 2024 Russia launched 310 missiles and 4,000 drones, and 250 missiles and 3,500 drones were shot down.",
]


# ... but a night named in the later clause keeps it the night's
def test_a_night_after_a_running_total_stays_an_event():
    facts = strikes_of(
        "Russia has launched more than 9,000 Shahed drones since the start of the year, and 45 drones were shot "
        "down overnight, the air force said."
    )
    scopes = {(r["fact_type"], r["count"], r["scope"]) for r in facts.iter_rows(named=True)}
    assert scopes == {("launched", 9000, "cumulative"), ("intercepted", 45, "event")}


@pytest.mark.parametrize("text", NOT_A_NIGHT)
def test_figures_that_are_no_nights_event(text):
    events = strikes_of(text).filter(pl.col("scope") == "event")
    assert events.is_empty(), events.select("fact_type", "count", "weapon_class", "scope", "rule_id")


# "all of those" after a figure of its own sentence is that figure (and its place), not the total an earlier
# sentence began with: reading it as the earlier total gave a national interception figure that was wrong
def test_all_of_those_after_a_figure_of_its_own_sentence():
    facts = strikes_of(
        "Overnight the enemy launched 72 Shahed drones. Forty of them were fired at the capital, and air defence shot "
        "down all of those, the city administration said."
    )
    intercepted = facts.filter(pl.col("fact_type") == "intercepted")
    assert {(r["count"], r["place"]) for r in intercepted.iter_rows(named=True)} == {(40, "Kyiv")}
    national = facts.filter((pl.col("fact_type") == "launched") & pl.col("place").is_null())
    assert set(national["count"]) == {72}


# "all of them" is the figure before with its qualifier: "about 40 drones, all of which were destroyed" states
# about 40 destroyed, and its derived launched figure is the same fact as the stated one (not a second 40)
@pytest.mark.parametrize("text", [
    "Russia launched about 70 drones overnight, all of which were destroyed, the air force said.",
    "Russia sent more than 70 attack drones overnight. All of them were shot down, the air force said.",
])
def test_all_of_them_keeps_the_qualifier_of_its_figure(text):
    # the article's facts, after the repeated figure of two sentences is made one
    facts = article_facts(text, "2025-06-14T08:00:00Z")
    launched = facts.filter(pl.col("fact_type") == "launched")
    intercepted = facts.filter(pl.col("fact_type") == "intercepted")
    assert launched.height == 1 and intercepted.height == 1
    assert set(launched["count"]) == set(intercepted["count"]) == {70}
    assert launched["qualifier"][0] == intercepted["qualifier"][0] != "exact"


# a perfect infinitive ("claiming to have downed all the drones") tells what was done that night
def test_a_perfect_infinitive_is_no_running_total():
    facts = strikes_of(
        "Russia attacked Ukraine with 17 attack drones and a cruise missile overnight, the air force said, "
        "claiming to have downed all the drones."
    )
    assert {(r["fact_type"], r["count"], r["scope"]) for r in facts.iter_rows(named=True)} == {
        ("launched", 17, "event"), ("intercepted", 17, "event"),
    }
