"""Phrasing families of real reporting, round r5: General Staff front lists, aid allocated by a government or lent
"from" one "through" a bank's project, a country's part of a package for several, programme envelopes and budget
levels read as packages, the Russian ministry's lede restated in its quote, and the ministry's dash lists of places.

Every sentence below was written for these tests (wording, figures, places and donors changed); none is copied
from a story. Each family has near-misses: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.test_aid_families6 import amounts_scopes, donors, facts_of
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


# Family 3: aid money written in ways the rules did not read: allocated by a government "for the basic needs" of
# Ukrainians, parts of a fund "reserved for" a purpose, money paid "under" a lender's project, a loan "from the
# Government of X through" a project named in capitals (HOPE is no hope), and the Australian "$US".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEK 180 million is allocated by the Swedish government for the essential basic needs of displaced "
         "families in Ukraine.", [(180e6, "SEK", "event")]),
        ("Finland has set up a fund of EUR 90 million for Ukraine. EUR 60 million has been reserved for demining "
         "and EUR 30 million for schools.", [(90e6, "EUR", "event"), (60e6, "EUR", "event"), (30e6, "EUR", "event")]),
        ("Ukraine's state budget received $64 million from Norway. US$21.5 million under the World Bank's PEACE "
         "project.", [(64e6, "USD", "event"), (21.5e6, "USD", "event")]),
        ("Ukraine's budget got aid: a $31 million grant from Korea for the HOPE project and a $410 million loan "
         "from the Government of Korea through the CARE project.", [(31e6, "USD", "event"), (410e6, "USD", "event")]),
        ("Lawmakers in Washington passed an aid bill worth $US60 billion for Ukraine, Israel and Taiwan, including "
         "$US9.2 billion for Kyiv to buy air defence.", [(9.2e9, "USD", "event")]),
    ],
)
def test_aid_written_in_new_ways(text, expected):
    assert [(f["amount"], f["currency"], f["scope"]) for f in facts_of(text)] == expected


def test_a_share_of_a_bill_for_several_countries_is_the_giver_s():
    text = ("The United States Congress approved a bill worth $US70 billion for Ukraine, Israel and Taiwan, "
            "including $US11 billion for Kyiv.")
    assert donors(text) == [(11e9, "United States")]


# near-misses: a programme's envelope is a period; a forecast is no aid; a raise "to" a level and its second
# figure, and a sum "in total ... including the increase", are no new package; a real hope stays no aid
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine received its first tranche of $2.1 billion from the IMF after the approval of the programme "
         "totalling $14.4 billion.", [(2.1e9, "event"), (14.4e9, "period")]),
        ("NATO Secretary-General Mark Rutte said the alliance's members are on track to deliver almost $48 "
         "billion in security assistance to Ukraine.", []),
        ("Under Sweden's new plan, humanitarian support to Ukraine will be increased to SEK 6 billion and "
         "military support to SEK 19 billion.", [(6e9, "cumulative"), (19e9, "cumulative")]),
        ("Kyiv hopes to receive $3 billion in aid from Japan this spring.", []),
    ],
)
def test_envelopes_forecasts_and_levels_are_no_package(text, expected):
    assert amounts_scopes(text) == expected

