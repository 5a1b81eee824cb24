"""Who launched a strike figure (the attacker), in stories told from the Russian side or about Ukraine's strikes on
Russia, and the reverse: Russia's own launch told after a paragraph of Russian claims.

Found in the opened rounds r32-r55 (audit13, cause F: wire syndications, Ukrainian and Russian outlets, Gulf and
Indian relays), and checked against how wire services, Ukrinform and TASS relays word them: every sentence below was
written for these tests, none is copied from a story. The attacker is decided, in this order (docs/facts.md 4):
the weapon's own adjective or model, the sentence (the subject of the launch verb, the speaker, the place over which
weapons were downed, who was blamed), the last figure before it, the article. A bare figure whose antecedent is the
other side's weapons gives no fact. Each case gives every strike fact expected, as (fact_type, count, weapon_class,
weapon, attacker, scope); the controls give what must not be read.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2024-05-16T09:00:00Z"
STRIKE_TYPES = ("launched", "intercepted", "lost")

# a paragraph about Russia's own claims before, so that the article's last side is Ukraine's attack
RUSSIAN_CLAIM_BEFORE = "Russia's defence ministry said it destroyed 17 Ukrainian drones over the Kursk region. "
RUSSIAN_CLAIM_FACT = ("intercepted", 17, "drone", None, "UA", "event")
# ... and a paragraph about Ukraine's air force, so that the article's last side is Russia's attack
UKRAINIAN_CLAIM_BEFORE = "Ukraine's air force said it shot down 23 Russian drones overnight. "
UKRAINIAN_CLAIM_FACT = ("intercepted", 23, "drone", None, "RU", "event")


def strike_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["weapon"], r["attacker"], r["scope"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 1. The Russian defence ministry under its full name speaks for downings of Ukraine's weapons.
FULL_MINISTRY_NAME = [
    (
        UKRAINIAN_CLAIM_BEFORE + "The Ministry of Defence of the Russian Federation reported the downing of 14 drones "
        "overnight.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 14, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "The Ministry of Defense of Russia said air defences destroyed six drones overnight.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 6, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "According to the Defence Ministry of Russia, 11 drones were shot down on Tuesday night.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 11, "drone", None, "UA", "event")},
    ),
]


# 2. The place over which weapons were downed: Russia named as such, or a Russian region further east.
OVER_RUSSIA = [
    (
        UKRAINIAN_CLAIM_BEFORE + "Air defences shot down 15 drones over several regions of Russia overnight, officials said.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 15, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Seven drones were destroyed over Russian territory, the ministry said.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 7, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Twelve drones were intercepted over Russia's southern border region of Rostov, the "
        "ministry said.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 12, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "The ministry reported that nine drones were shot down in the Saratov region.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 9, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Officials said five drones were downed over the Penza region before dawn.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 5, "drone", None, "UA", "event")},
    ),
]


# 3. A Russian region's or city's own head speaking.
RUSSIAN_HEAD_SPEAKING = [
    (
        UKRAINIAN_CLAIM_BEFORE + "The governor of the Tula region said three drones were destroyed overnight.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 3, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Voronezh governor Alexander Gusev said five drones were downed.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 5, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Moscow mayor Sergei Sobyanin said two drones were shot down on the approach.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 2, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Sevastopol governor Mikhail Razvozhayev said 12 drones were destroyed.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 12, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "The Russian MoD said 25 drones were downed overnight.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 25, "drone", None, "UA", "event")},
    ),
]


# 3b. A Russian place as the target: attacked, an attack by weapons on it, their approach to it.
RUSSIAN_PLACE_TARGETED = [
    (
        UKRAINIAN_CLAIM_BEFORE + "Thirty drones were shot down on the approach to Moscow, officials said.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 30, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Drones attacked Moscow overnight; 14 were destroyed, the ministry said.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 14, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Air defences repelled an attack by 10 drones on Sevastopol, the governor said.",
        {UKRAINIAN_CLAIM_FACT, ("intercepted", 10, "drone", None, "UA", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Drones targeted Sevastopol overnight; 9 were shot down.",
        {RUSSIAN_CLAIM_FACT, ("intercepted", 9, "drone", None, "UA", "event")},
    ),
]


# 4. Ukraine as the subject of its launch: with the time between, "reportedly hit", "the Ukrainians", Ukraine's
#    military "used" a counted weapon, Ukraine claiming the attack or blamed for it.
UKRAINE_LAUNCHED = [
    (
        UKRAINIAN_CLAIM_BEFORE + "Ukraine overnight launched 40 drones at oil depots, the Russian side said.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 40, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Kyiv on Friday morning fired six missiles at the bridge, according to the ministry.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 6, "missile", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Ukraine reportedly hit a fuel depot in an attack involving at least 50 drones.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 50, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "The Russian defence ministry said the Ukrainian military used three converted S-200 "
        "missiles in the raid.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 3, "missile", "S-200", "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Ukraine hit Russia with 100 drones overnight.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 100, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "The Ukrainians launched 12 drones at the district, the governor said.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 12, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "The Ukrainian military, claiming responsibility for the raid, said 20 drones had been "
        "launched at the airfield.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 20, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "A plant manager said four drones were involved in the raid and suggested that Ukraine "
        "was responsible.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 4, "drone", None, "UA", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Local officials said eight drones were involved in the raid and blamed Kyiv.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 8, "drone", None, "UA", "event")},
    ),
    # Russian air defences downing Vampire (Vampir, RM-70) rockets: Ukraine's missiles
    (
        "Russian air defences downed 10 RM-70 Vampir rockets over the Belgorod region, the ministry said.",
        {("intercepted", 10, "missile", "Vampire", "UA", "event")},
    ),
]


# 5. Russia as the subject of its launch after a paragraph about Russia's claims: "Russia <verb> ..., launching N",
#    "Russia hit Kyiv with N"; the weapons' maker naming Russia's supply; Ukraine's forces downing weapons.
RUSSIA_LAUNCHED = [
    (
        RUSSIAN_CLAIM_BEFORE + "Meanwhile, Russia stepped up its attacks, launching 300 drones and 12 missiles.",
        {RUSSIAN_CLAIM_FACT, ("launched", 300, "drone", None, "RU", "event"), ("launched", 12, "missile", None, "RU", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Moscow struck again overnight, firing 40 drones at the capital.",
        {RUSSIAN_CLAIM_FACT, ("launched", 40, "drone", None, "RU", "event")},
    ),
    # the weapons' maker naming Russia's supply: "Iranian-made", "North Korean" (RU), after a Russian claim
    (
        RUSSIAN_CLAIM_BEFORE + "Air defence units downed all 30 Iranian-made drones over the Kyiv region, the governor said.",
        {RUSSIAN_CLAIM_FACT, ("intercepted", 30, "drone", None, "RU", "event"), ("launched", 30, "drone", None, "RU", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Russia fired four North Korean ballistic missiles overnight, the air force said.",
        {RUSSIAN_CLAIM_FACT, ("launched", 4, "missile", None, "RU", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Russia hit Kyiv with 40 drones overnight.",
        {RUSSIAN_CLAIM_FACT, ("launched", 40, "drone", None, "RU", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Russia again hit Ukraine's energy grid with 60 missiles.",
        {RUSSIAN_CLAIM_FACT, ("launched", 60, "missile", None, "RU", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Ukrainian forces downed 40 of 55 drones sent overnight.",
        {RUSSIAN_CLAIM_FACT, ("intercepted", 40, "drone", None, "RU", "event"), ("launched", 55, "drone", None, "RU", "event")},
    ),
    (
        RUSSIAN_CLAIM_BEFORE + "Ukrainian troops have shot down 18 drones over the Sumy region, the army said.",
        {RUSSIAN_CLAIM_FACT, ("intercepted", 18, "drone", None, "RU", "event")},
    ),
]


# 6. Controls: the other side's wording must not flip the side.
CONTROLS = [
    # Ukraine as the subject that opens the clause; Russia is the target of the participle's launch
    (
        RUSSIAN_CLAIM_BEFORE + "Ukraine struck Russia overnight, launching 100 drones at refineries.",
        {RUSSIAN_CLAIM_FACT, ("launched", 100, "drone", None, "UA", "event")},
    ),
    # Ukraine's military using something that is not a counted weapon
    (
        "Ukraine's armed forces used mobile fire groups and shot down 20 drones, the air force said.",
        {("intercepted", 20, "drone", None, "RU", "event")},
    ),
    # a launch point in Russia is not a place of downing
    (
        RUSSIAN_CLAIM_BEFORE + "Ukraine's air force said 40 drones were launched from positions in the Russian region "
        "of Kursk.",
        {RUSSIAN_CLAIM_FACT, ("launched", 40, "drone", None, "RU", "event")},
    ),
    # where the bombers flew when they fired is Russia's launch area, not a place of downing (the figure keeps the
    # article's side)
    (
        UKRAINIAN_CLAIM_BEFORE + "Some 40 cruise missiles were fired by Tu-95 bombers flying over Russia's Saratov region.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 40, "missile", None, "RU", "event")},
    ),
    (
        UKRAINIAN_CLAIM_BEFORE + "Six missiles were launched from over the Belgorod region, the air force said.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 6, "missile", None, "RU", "event")},
    ),
    # "Kyiv hit with": the target's passive, not Kyiv hitting
    (
        UKRAINIAN_CLAIM_BEFORE + "Kyiv hit with 40 drones overnight, the air force said.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 40, "drone", None, "RU", "event")},
    ),
    # Russia answering an attack on Belgorod: "the attack on Belgorod" names no weapons, and says nothing of the side
    # of the figures around it
    (
        "Russia answered the strike on Belgorod with 50 kamikaze drones. The toll of the attack on Belgorod rose to 20.",
        {("launched", 50, "drone", None, "RU", "event")},
    ),
    # a Ukrainian city hit: the target, not the attacker
    (
        UKRAINIAN_CLAIM_BEFORE + "The air force said Kyiv had been hit after Russia launched 30 drones.",
        {UKRAINIAN_CLAIM_FACT, ("launched", 30, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FULL_MINISTRY_NAME + OVER_RUSSIA + RUSSIAN_HEAD_SPEAKING + RUSSIAN_PLACE_TARGETED + UKRAINE_LAUNCHED + RUSSIA_LAUNCHED + CONTROLS,
)
def test_strike_attacker(text: str, expected: set[tuple]) -> None:
    assert strike_facts(text) == expected


# 7. A bare figure ("All 8 were shot down") in a sentence that names the other side as the attacker refers to weapons
#    the last counted figure did not count: no fact rather than the wrong side or class.
OTHER_SIDE_ANTECEDENT = [
    (
        "Russia fired 30 drones at Ukraine overnight, the air force said. The Russian ministry also said Ukraine had "
        "fired rockets at the city. All 8 were shot down over Russia's border region of Belgorod.",
        {("launched", 30, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 45 drones at Ukraine, Kyiv said. Separately, Moscow said Ukraine had attacked the region with "
        "rockets. All six were downed over the Kursk region, the ministry said.",
        {("launched", 45, "drone", None, "RU", "event")},
    ),
]
# ... while a bare figure of the same side still reads its antecedent
SAME_SIDE_ANTECEDENT = [
    (
        "Russia launched 30 drones overnight. Ukraine's air force said 25 were shot down.",
        {("launched", 30, "drone", None, "RU", "event"), ("intercepted", 25, "drone", None, "RU", "event")},
    ),
    (
        "Russia's defence ministry said it had destroyed 20 Ukrainian drones. Of these, 12 were downed over the "
        "Bryansk region, the ministry said.",
        {("intercepted", 20, "drone", None, "UA", "event"), ("intercepted", 12, "drone", None, "UA", "event")},
    ),
    # (the weapons named without a count in the figure's own sentence are its antecedent, whatever came before)
    (
        "Russia launched 45 drones at Ukraine, Kyiv said. Moscow said Ukrainian drones targeted the region and that "
        "all 6 were downed over the Kursk region.",
        {
            ("launched", 45, "drone", None, "RU", "event"), ("intercepted", 6, "drone", None, "UA", "event"),
            ("launched", 6, "drone", None, "UA", "event"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SIDE_ANTECEDENT + SAME_SIDE_ANTECEDENT)
def test_bare_figure_side(text: str, expected: set[tuple]) -> None:
    assert strike_facts(text) == expected
