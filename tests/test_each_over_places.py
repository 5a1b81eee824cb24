"""A figure stated for several places at once with a distributive "each" (the Russian defence ministry's lists).

"N (weapon noun) each over/above/in <a coordination of places>" gives one fact of N per place, each with its place
(FACTS.md: "nine each over three regions" is three facts of 9), and the list goes on after it. The coordination
may share its kind ("the A and B regions", "the regions of A, B and C"), mix kinds ("the A region and the Republic
of B", "the A and B regions and the Sea of C", "the territories of the Republic of A, B and C regions") or
describe a place after a comma ("the A region, north of Moscow, and the B region").

"each" in other senses names no places: "each drone carried ...", "two missiles each night", "10 drones each day in
March and April", a single place ("four missiles each over the Black Sea"), a figure of people ("killing two each
in ...").

Every sentence below was written for these tests (figures, places and wording changed); none is copied from a story.
"""

from __future__ import annotations

import pytest

from pipelines.extract.strike_mentions import each_place_names
from tests.test_strike_families3 import strikes_of


def placed(text: str) -> set[tuple]:
    return {(r["fact_type"], r["count"], r["attacker"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}


EACH_LISTS = [
    # "the regions of A, B and C": the kind is shared by every name after it; the list went on before it
    (
        "Russia's defence ministry said air defences destroyed 40 Ukrainian drones overnight: 17 over the Bryansk "
        "region, five over the Moscow region, and two each over the regions of Pskov, Tver, Novgorod and Lipetsk.",
        {
            ("intercepted", 40, "UA", None), ("intercepted", 17, "UA", "Bryansk region"),
            ("intercepted", 5, "UA", "Moscow region"), ("intercepted", 2, "UA", "Pskov region"),
            ("intercepted", 2, "UA", "Tver region"), ("intercepted", 2, "UA", "Novgorod region"),
            ("intercepted", 2, "UA", "Lipetsk region"),
        },
    ),
    # "the A and B regions and the Sea of C": a plural kind is shared by the bare names before it only
    (
        "The ministry said 23 Ukrainian drones were downed: ten over the Black Sea, three each over the Kursk and "
        "Penza regions and the Sea of Azov, and four over Crimea.",
        {
            ("intercepted", 23, "UA", None), ("intercepted", 10, "UA", "Black Sea"),
            ("intercepted", 3, "UA", "Kursk region"), ("intercepted", 3, "UA", "Penza region"),
            ("intercepted", 3, "UA", "Sea of Azov"), ("intercepted", 4, "UA", "Crimea"),
        },
    ),
    # "N UAVs each over the A region and the Republic of B", twice in one list
    (
        "Air defences intercepted 15 Ukrainian drones: 9 UAVs over the Voronezh region, 2 UAVs each over the "
        "Lipetsk region and the Republic of Tatarstan, and 1 UAV each over the Tambov region and the Republic of "
        "Mordovia.",
        {
            ("intercepted", 15, "UA", None), ("intercepted", 9, "UA", "Voronezh region"),
            ("intercepted", 2, "UA", "Lipetsk region"), ("intercepted", 2, "UA", "Republic of Tatarstan"),
            ("intercepted", 1, "UA", "Tambov region"), ("intercepted", 1, "UA", "Republic of Mordovia"),
        },
    ),
    # "each over the territories of the Republic of A, B and C regions"; the items take the side of the total
    # that heads the list, whatever else the sentence says ("Ukrainian air defence" in a garbled translation)
    (
        "Between 19:00 and 21:00, Ukrainian air defence systems destroyed seven Ukrainian drones: four UAVs over the "
        "territory of the Kaluga region and one drone each over the territories of the Republic of Adygea, Tula and "
        "Ryazan regions, the statement said.",
        {
            ("intercepted", 7, "UA", None), ("intercepted", 4, "UA", "Kaluga region"),
            ("intercepted", 1, "UA", "Republic of Adygea"), ("intercepted", 1, "UA", "Tula region"),
            ("intercepted", 1, "UA", "Ryazan region"),
        },
    ),
    # items with their noun go on after an "each" item
    (
        "Air defences shot down 30 Ukrainian drones: 12 UAVs over the Oryol Region, four UAVs each over the Kursk "
        "and Tula Regions, six UAVs over the Moscow Region, three UAVs over the Lipetsk Region and one UAV each over "
        "the Penza and Smolensk Regions.",
        {
            ("intercepted", 30, "UA", None), ("intercepted", 12, "UA", "Oryol Region"),
            ("intercepted", 4, "UA", "Kursk region"), ("intercepted", 4, "UA", "Tula region"),
            ("intercepted", 6, "UA", "Moscow Region"), ("intercepted", 3, "UA", "Lipetsk Region"),
            ("intercepted", 1, "UA", "Penza region"), ("intercepted", 1, "UA", "Smolensk region"),
        },
    ),
    # "one each in the A region, north of Moscow, and the B region, east of the capital": descriptions are no places
    (
        "Russia said it downed 52 Ukrainian drones, including one each in the Yaroslavl region, north of Moscow, "
        "and the Vladimir region, east of the capital.",
        {
            ("intercepted", 52, "UA", None), ("intercepted", 1, "UA", "Yaroslavl region"),
            ("intercepted", 1, "UA", "Vladimir region"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EACH_LISTS)
def test_each_over_a_coordination_of_places(text, expected):
    assert placed(text) == expected


NOT_EACH_OVER_PLACES = [
    # "each" before a noun, and "each" of a time: no place items
    ("Russia launched 40 Shahed drones overnight; each drone carried a 50 kg warhead.", {("launched", 40, "RU", None)}),
    ("Ukraine said Russia fired 10 drones each day in March and April.", set()),
    ("Russia has been launching two missiles each night over the past week.", set()),
    # a single place: "each" distributes over the bombers, not over places
    (
        "The two bombers fired four missiles each over the Black Sea, Ukraine's air force said.",
        {("launched", 4, "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_EACH_OVER_PLACES)
def test_each_in_other_senses_gives_no_place_items(text, expected):
    assert placed(text) == expected


def test_people_each_in_places_are_no_weapons():
    facts = strikes_of("Russia launched 50 drones overnight, killing two each in Kharkiv and Sumy.")
    assert "strike.each_place" not in set(facts["rule_id"])
    assert not any(r["place"] for r in facts.iter_rows(named=True))


@pytest.mark.parametrize(
    ("coordination", "places"),
    [
        ("the Rostov and Saratov regions", ["Rostov region", "Saratov region"]),
        ("the regions of Astrakhan, Belgorod and Kaluga", ["Astrakhan region", "Belgorod region", "Kaluga region"]),
        ("the Belgorod region and the Republic of Kalmykia", ["Belgorod region", "Republic of Kalmykia"]),
        ("the Saratov and Krasnodar regions and the Sea of Azov", ["Saratov region", "Krasnodar region", "Sea of Azov"]),
        ("the territories of the Republic of Crimea, Oryol and Kursk regions",
         ["Republic of Crimea", "Oryol region", "Kursk region"]),
        ("the Tver region, northwest of Moscow, and the Ivanovo region", ["Tver region", "Ivanovo region"]),
        ("Crimea and the Black Sea", ["Crimea", "Black Sea"]),
    ],
)
def test_each_place_names(coordination, places):
    assert each_place_names(coordination) == places
