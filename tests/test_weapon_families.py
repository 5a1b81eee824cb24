"""The weapon field (class and model) of strike facts, families found by reading wire, agency and outlet
reports of 2022-2026 (Reuters syndications, AP, AFP, Sputnik, TASS relays, Ukrinform, LB.ua, Kyiv Independent,
Moscow Times, Devdiscourse, Naharnet, Gulf and South Asian outlets) and running their figure sentences through
the extractor. Every sentence below was written for these tests; none is copied from a story. Each case gives
every fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope); FACTS.md sections 3, 4 and 10
say what each model is.
"""

from __future__ import annotations

import pytest

from tests.test_strike_families3 import facts_of


FAMILIES = [
    # Ukraine's own long-range drones named by model: Liutyi (also spelt Lyutyi) and Bober are drones of UA
    (
        "Ukraine sent 40 Liutyi long-range drones against refineries in the Krasnodar region overnight, a source said.",
        {("launched", 40, "drone", "Liutyi", "UA", "event")},
    ),
    (
        "The Russian defence ministry said 12 Lyutyi drones had been shot down over the Bryansk region overnight.",
        {("intercepted", 12, "drone", "Liutyi", "UA", "event")},
    ),
    (
        "Air defences destroyed 9 Bober attack drones over the Moscow region overnight, the Russian ministry said.",
        {("intercepted", 9, "drone", "Bober", "UA", "event")},
    ),
    # the jet-powered Shahed (Geran-3, Shahed-238) is its own model, not the propeller Shahed-136/131
    (
        "The air force said Russia launched 35 Geran-3 jet drones overnight, of which 30 were shot down.",
        {("launched", 35, "drone", "Geran-3", "RU", "event"), ("intercepted", 30, "drone", "Geran-3", "RU", "event")},
    ),
    (
        "Air defence downed 14 jet-powered Shahed drones over the Kyiv region, the air force said.",
        {("intercepted", 14, "drone", "Geran-3", "RU", "event")},
    ),
    (
        "Russia used 6 Shahed-238 jet drones in the attack, the air force said.",
        {("launched", 6, "drone", "Geran-3", "RU", "event")},
    ),
    # the Parodiya decoy named by model, like the Gerbera
    (
        "Air defence shot down 23 Parodiya decoy drones over the centre overnight, the air force said.",
        {("intercepted", 23, "drone", "Parodiya", "RU", "event")},
    ),
    # HARM anti-radar missiles in the Russian ministry's claims are Ukraine's missiles
    (
        "The Russian defence ministry said its air defences had intercepted five HARM anti-radar missiles over "
        "the past 24 hours.",
        {("intercepted", 5, "missile", "HARM", "UA", "event")},
    ),
    # a new Russian cruise missile: the Kh-50
    (
        "Russia fired four Kh-50 cruise missiles at the Khmelnytskyi region overnight, the air force said.",
        {("launched", 4, "missile", "Kh-50", "RU", "event")},
    ),
    # "Iskander cruise missiles" without the letter are the Iskander-K, as the ballistic ones are the Iskander-M
    (
        "The enemy launched three Iskander cruise missiles from the Kursk region, the air force said.",
        {("launched", 3, "missile", "Iskander-K", "RU", "event")},
    ),
    (
        "Russia attacked with 4 Iskander ballistic missiles, the air force said.",
        {("launched", 4, "missile", "Iskander-M", "RU", "event")},
    ),
    # missiles named by their index beside their name: 3M14 is the Kalibr, 3M22 the Zircon
    (
        "Air defence destroyed 6 3M14 Kalibr cruise missiles launched from the Black Sea.",
        {("intercepted", 6, "missile", "Kalibr", "RU", "event")},
    ),
    (
        "Russia launched 2 3M22 Zircon missiles at Kyiv, the air force said.",
        {("launched", 2, "missile", "Zircon", "RU", "event")},
    ),
    # bombs fitted with UMPK kits are guided aerial bombs, Russia's KAB
    (
        "Russian aircraft dropped 15 UMPK-fitted bombs on the town over the day, the governor said.",
        {("launched", 15, "guided_bomb", "KAB", "RU", "event")},
    ),
    # a group of two models counted as one figure has no model (FACTS.md 10): an Iskander-M and an S-300
    (
        "Russia fired 11 Iskander-M ballistic missiles and S-300 guided missiles at Kharkiv overnight, the air "
        "force said.",
        {("launched", 11, "missile", None, "RU", "event")},
    ),
    (
        "The attack included 8 Kalibr cruise missiles and Kh-101 missiles, the air force said.",
        {("launched", 8, "missile", None, "RU", "event")},
    ),
    # strike and reconnaissance drones counted together are no reconnaissance drones
    (
        "Air defence destroyed 37 strike and reconnaissance drones over the east, the air force said.",
        {("intercepted", 37, "drone", None, "RU", "event")},
    ),
    (
        "Russian forces used 20 attack and reconnaissance UAVs against the region, the governor said.",
        {("launched", 20, "drone", None, "RU", "event")},
    ),
]

# the Kh-101 and Kh-555 the air force reports as one pair, however joined
FAMILIES += [
    (
        "Russia launched 20 Kh-101 and Kh-555 cruise missiles from Tu-95MS bombers, the air force said.",
        {("launched", 20, "missile", "Kh-101/Kh-555", "RU", "event")},
    ),
    (
        "Air defence destroyed 15 Kh-101/555 cruise missiles over the west, the air force said.",
        {("intercepted", 15, "missile", "Kh-101/Kh-555", "RU", "event")},
    ),
    # sibling models with the noun after each are still the first: Kh-22 and Kh-32
    (
        "Russia fired 7 Kh-22 missiles and Kh-32 missiles from Tu-22M3 bombers, the air force said.",
        {("launched", 7, "missile", "Kh-22", "RU", "event")},
    ),
    # the Bayraktar TB2 in the Russian ministry's claims is a drone of UA
    (
        "The Russian defence ministry said it had shot down 3 Bayraktar TB2 drones over the Kherson region.",
        {("intercepted", 3, "drone", "Bayraktar TB2", "UA", "event")},
    ),
]

# positive controls: phrasings the extractor already reads right, kept so the fixes above cannot break them
CONTROLS = [
    (
        "The air force said Russia launched 88 Geran-2 drones overnight, and air defence downed 70 of them.",
        {("launched", 88, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 70, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Russia attacked overnight with 120 Shahed strike drones and Gerbera-type decoy drones, the air force "
        "said, adding that 95 were shot down.",
        {("launched", 120, "drone", None, "RU", "event"), ("intercepted", 95, "drone", None, "RU", "event")},
    ),
    (
        "Russia sent 30 reconnaissance drones over the Sumy region, of which 28 were downed.",
        {("launched", 30, "drone", "reconnaissance drone", "RU", "event"), ("intercepted", 28, "drone", "reconnaissance drone", "RU", "event")},
    ),
    (
        "The air force said it had downed 8 Orlan-10 reconnaissance UAVs over the past day.",
        {("intercepted", 8, "drone", "reconnaissance drone", "RU", "event")},
    ),
    (
        "Russia fired 4 Iskander-M ballistic missiles and 2 Kh-59 guided missiles at the Dnipropetrovsk region, the "
        "air force said.",
        {("launched", 4, "missile", "Iskander-M", "RU", "event"), ("launched", 2, "missile", "Kh-59", "RU", "event")},
    ),
    (
        "Russia launched 2 Kh-35 anti-ship missiles against Odesa; one was shot down.",
        {("launched", 2, "missile", "Kh-35", "RU", "event"), ("intercepted", 1, "missile", "Kh-35", "RU", "event")},
    ),
    (
        "Russia fired 4 Kh-47M2 Kinzhal missiles from MiG-31K jets, all of which were shot down.",
        {("launched", 4, "missile", "Kinzhal", "RU", "event"), ("intercepted", 4, "missile", "Kinzhal", "RU", "event")},
    ),
    (
        "The air force said 6 Kh-59/69 guided missiles were launched and all were destroyed.",
        {("launched", 6, "missile", "Kh-59", "RU", "event"), ("intercepted", 6, "missile", "Kh-59", "RU", "event")},
    ),
    (
        "The Russian ministry said it had destroyed 2 Long Neptune missiles over the Black Sea.",
        {("intercepted", 2, "missile", "Neptune", "UA", "event")},
    ),
    (
        "Russian air defences destroyed 41 Ukrainian aircraft-type unmanned aerial vehicles overnight, the ministry said.",
        {("intercepted", 41, "drone", None, "UA", "event")},
    ),
    (
        "The Russian defence ministry said 11 guided aerial bombs of Ukrainian make had been shot down.",
        {("intercepted", 11, "guided_bomb", None, "UA", "event")},
    ),
    (
        "Russian aircraft dropped 20 guided aerial bombs on the Zaporizhzhia region, the governor said.",
        {("launched", 20, "guided_bomb", "KAB", "RU", "event")},
    ),
    (
        "In total Russia launched 47 means of air attack, the air force said; 40 were shot down.",
        {("launched", 47, "aerial_target", None, "RU", "event"), ("intercepted", 40, "aerial_target", None, "RU", "event")},
    ),
    (
        "The enemy struck Kharkiv with 3 S-300 anti-aircraft guided missiles on Tuesday morning, the governor said.",
        {("launched", 3, "missile", "S-300", "RU", "event")},
    ),
    (
        "The Russian defence ministry said its air defences had shot down four ATACMS missiles and 12 HIMARS "
        "rockets over the past day.",
        {("intercepted", 4, "missile", "ATACMS", "UA", "event"), ("intercepted", 12, "missile", "HIMARS", "UA", "event")},
    ),
    (
        "The enemy launched 4 Iskander-K cruise missiles from the Kursk region.",
        {("launched", 4, "missile", "Iskander-K", "RU", "event")},
    ),
    (
        "Air defence shot down 12 Lancet loitering munitions near the front, the military said.",
        {("intercepted", 12, "drone", "Lancet", "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_weapon_families(text, expected):
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_weapon_controls(text, expected):
    assert facts_of(text) == expected
