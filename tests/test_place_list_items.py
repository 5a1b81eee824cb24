"""Regional place lists of interceptions, as one statement of the family.

A bare figure followed by its place ("over"/"above" and a named place, or "in" and a named region), joined to the
figure before it (a comma, "and", a dash of any kind, "followed by", "another"), is an item of that figure's list
when the figure before counts weapons and was placed itself (its own verb and place first: "nine were eliminated
over A and eight over B"), or names the weapons right before the list. The items are regional subsets: each keeps
its place, so two equal items are two facts. Every sentence below was written for these tests; none is copied from
a story. Each case gives every fact expected, as (fact_type, count, place).
"""

from __future__ import annotations

import pytest

from tests.test_strike_families3 import strikes_of


ITEMS = [
    # an item after a figure whose own verb and place come first, with a describing word before the place
    (
        "Of the downed drones, seven were destroyed over the northern Tula region and six over the Kaluga region.",
        {("intercepted", 7, "Tula region"), ("intercepted", 6, "Kaluga region")},
    ),
    # ... placed by "in" after a longer verb phrase; two equal items are both kept
    (
        "The ministry said 20 drones were destroyed or suppressed by electronic warfare in Kursk Oblast, six in "
        "Bryansk Oblast and six in Oryol Oblast.",
        {("intercepted", 20, "Kursk"), ("intercepted", 6, "Bryansk"), ("intercepted", 6, "Oryol")},
    ),
    # a plain hyphen before the list
    (
        "Air defences destroyed five Ukrainian drones - three over the Bryansk Region and two over the Oryol Region.",
        {("intercepted", 5, None), ("intercepted", 3, "Bryansk Region"), ("intercepted", 2, "Oryol Region")},
    ),
    # "followed by"
    (
        "The ministry said 40 drones were downed, with the largest share — 22 drones — destroyed over Kursk Region, "
        "followed by 11 over Bryansk Region.",
        {("intercepted", 40, None), ("intercepted", 22, "Kursk Region"), ("intercepted", 11, "Bryansk Region")},
    ),
    # "another" with an equal count: two places, two facts
    (
        "Six drones were shot down over the Sea of Azov and another six over Crimea, the ministry said.",
        {("intercepted", 6, "Sea of Azov"), ("intercepted", 6, "Crimea")},
    ),
    # words before the place's name: "the city of", "the surrounding"
    (
        "Air defences destroyed 60 Ukrainian drones overnight, including three over the city of Moscow and eight over "
        "the surrounding Moscow region.",
        {("intercepted", 60, None), ("intercepted", 3, "Moscow"), ("intercepted", 8, "Moscow region")},
    ),
    # a place with a short description after it
    (
        "Three Ukrainian drones were shot down over the Tula region, just south of the capital, and five in the Ryazan "
        "region, east of Moscow.",
        {("intercepted", 3, "Tula region"), ("intercepted", 5, "Ryazan region")},
    ),
    # items naming the noun again after a bare participle
    (
        "Regional officials reported five drones shot down over Odesa Oblast, and two drones over Kherson Oblast.",
        {("intercepted", 5, "Odesa"), ("intercepted", 2, "Kherson")},
    ),
    # a list with no figure of the weapons before it in its sentence takes the sentence's verb
    (
        "Russian air defences destroyed Ukrainian drones overnight, including 11 over the Bryansk region and four over "
        "the Kursk region.",
        {("intercepted", 11, "Bryansk region"), ("intercepted", 4, "Kursk region")},
    ),
]

# controls: periods after "over", people placed "in" a region, a single "in" after a weapon figure, and aircraft
CONTROLS = [
    ("Russia launched 30 drones over the past day, and 12 over the weekend.", {("launched", 30, None)}),
    ("Russian shelling killed two people in the Kherson region, and three in the Donetsk region.", set()),
    ("Russia launched 40 drones at Ukraine, 3 in Kharkiv Oblast were hit.", {("launched", 40, None)}),
    (
        "Air defences shot down 20 drones over the Belgorod region, and two in the Kursk region were injured.",
        {("intercepted", 20, None)},
    ),
    (
        "Russia's air defences shot down 12 drones overnight and two fighter jets - one over the Bryansk Region and one "
        "over the Kursk Region.",
        {("intercepted", 12, None)},
    ),
    (
        "The ministry said 25 drones were downed over the Rostov region, and 10 over the New Year holidays.",
        {("intercepted", 25, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEMS + CONTROLS)
def test_place_list_items(text, expected):
    facts = strikes_of(text)
    assert {(r["fact_type"], r["count"], r["place"]) for r in facts.iter_rows(named=True)} == expected
