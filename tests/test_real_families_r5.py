"""Phrasing families of real reporting, round r5: General Staff front lists, aid allocated by a government or lent
"from" one "through" a bank's project, a country's part of a package for several, programme envelopes and budget
levels read as packages, the Russian ministry's lede restated in its quote, and the ministry's dash lists of places.

Every sentence below was written for these tests (wording, figures, places and donors changed); none is copied
from a story. Each family has near-misses: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.test_extract_casualties import casualties_of


def clashes(text: str) -> list[tuple[int, str | None]]:
    facts = casualties_of(text)
    return sorted(
        (r["count"], r["place"]) for r in facts.iter_rows(named=True) if r["fact_type"] == "clash"
    )


# Family 1: the General Staff's list of fronts after one "repelled": each item is a clash figure of its front, equal
# counts included. Before, only the first item was read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian defenders repelled 7 Russian attacks on the Lyman front, 31 attacks on the Toretsk front, "
            "7 attacks on the Huliaipole front and 12 attacks on the Siversk front.",
            [(7, "Huliaipole"), (7, "Lyman"), (12, "Siversk"), (31, "Toretsk")],
        ),
        (
            "Over the past day the defence forces beat back 14 assaults near Vovchansk, 3 assaults near Kupiansk, "
            "and 22 assaults near Pokrovsk.",
            [(3, "Kupiansk"), (14, "Vovchansk"), (22, "Pokrovsk")],
        ),
    ],
)
def test_every_front_of_a_repelled_list_is_a_clash(text, expected):
    assert clashes(text) == expected


# near-misses: attacks that were not repelled stay no clash, also after a comma (strikes, shelling, attacks on
# towns); and a repelled figure does not lend its verb across a sentence
@pytest.mark.parametrize(
    "text",
    [
        "The Russians carried out 40 attacks on settlements in the Sumy region, 12 attacks on Kherson and 9 attacks "
        "on Nikopol.",
        "Russian troops launched 3 missile attacks, 51 air attacks and 88 MLRS attacks over the past day.",
    ],
)
def test_a_list_of_attacks_not_repelled_is_no_clash(text):
    assert clashes(text) == []


# Family 2: "mounted 25 attacks on Ukrainian positions but to no avail": attacks that failed were repelled (contract
# section 2: attacks are clashes when repelled). Attacks only "conducted" stay no clash.
def test_attacks_that_came_to_nothing_are_clashes():
    text = "On the Kharkiv front, Russian troops mounted 18 attacks on Ukrainian positions but to no avail."
    assert [c for c, _ in clashes(text)] == [18]
    assert [c for c, _ in clashes("Russian forces made 6 attacks near Robotyne, without success.")] == [6]
    assert clashes("Russian forces conducted four attacks near the village of Krynky.") == []
    assert clashes("Russian forces mounted 11 attacks on the town, but the garrison held.") == []

