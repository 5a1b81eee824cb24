"""Phrasing families of real reporting, round r5: General Staff front lists, aid allocated by a government or lent
"from" one "through" a bank's project, a country's part of a package for several, programme envelopes and budget
levels read as packages, the Russian ministry's lede restated in its quote, and the ministry's dash lists of places.

Every sentence below was written for these tests (wording, figures, places and donors changed); none is copied
from a story. Each family has near-misses: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts
from tests.test_aid_families6 import amounts_scopes, donors, facts_of
from tests.test_strike_families3 import facts_of as strike_facts_of
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


# Family 2: "mounted 18 attacks on Ukrainian lines but to no avail": attacks that failed were repelled (contract
# section 2: attacks are clashes when repelled). Attacks only "conducted" stay no clash.
def test_attacks_that_came_to_nothing_are_clashes():
    text = "On the Kharkiv front, Russian troops mounted 18 attacks on Ukrainian lines but to no avail."
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


def article_strikes(text: str) -> list[tuple]:
    """The strike facts of one article after the article-level restatement check, as (type, count, place, scope)."""
    facts = article_facts(text, "2025-06-14T06:00:00Z")
    return sorted(
        (r["fact_type"], r["count"], r["place"] or "", r["scope"])
        for r in facts.iter_rows(named=True)
        if r["fact_type"] in ("launched", "intercepted")
    )


# Family 4: the ministry's lede restated in its own quote, with the places written differently ("in the airspace
# over the X Region", "over the territory of the X Region"), is one figure per place, not two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, June 14. Russian air defences shot down 12 Ukrainian drones in the airspace over the Bryansk "
            "Region and four more over the Lipetsk Region overnight, the defence ministry said. \"Twelve Ukrainian "
            "UAVs were destroyed over the territory of the Bryansk Region and four over the "
            "Lipetsk Region by the air defence systems on alert,\" the ministry said.",
            [("intercepted", 4, "Lipetsk Region", "event"), ("intercepted", 12, "Bryansk Region", "event")],
        ),
        (
            "Air defences destroyed 8 Ukrainian drones over the Tula region overnight, the ministry said. "
            "\"Eight Ukrainian UAVs were destroyed over the territory of the Tula Region,\" it said.",
            [("intercepted", 8, "", "event")],
        ),
    ],
)
def test_a_lede_restated_in_the_quote_is_one_fact_per_place(text, expected):
    assert article_strikes(text) == expected


# near-misses: one place-less item of a sentence's own list is another figure; the same count over another place
# in another sentence stays
def test_an_equal_figure_elsewhere_is_not_a_restatement():
    text = ("Air defences downed three Ukrainian drones over the Kursk Region and the Black Sea overnight. "
            "Two drones were downed over the Kursk Region, one over the Oryol Region and another one over the "
            "Black Sea, the ministry said.")
    assert [c for t, c, _, _ in article_strikes(text) if t == "intercepted"] == [1, 1, 2, 3]
    # the lede's place is not the quote's: two figures of 12
    text = ("Air defences shot down 12 Ukrainian drones over the Belgorod Region overnight, the ministry said. "
            "\"Twelve drones were destroyed over the territory of the Bryansk Region and four over the Lipetsk "
            "Region,\" it said.")
    assert article_strikes(text) == [
        ("intercepted", 4, "Lipetsk Region", "event"), ("intercepted", 12, "", "event"),
        ("intercepted", 12, "Bryansk Region", "event"),
    ]


# Family 5: the ministry's dash list, where an item line ends in a full stop before the next one: every line is an
# item of the header's total (equal counts included)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the past night, air defence forces intercepted and destroyed 9 Ukrainian UAVs:\n"
            "5 – over the territory of Kursk region,\n2 – over the territory of Lipetsk region.\n"
            "1 – over the territory of Penza region.\n1 – over the territory of Tula region.",
            {("intercepted", 9), ("intercepted", 5), ("intercepted", 2), ("intercepted", 1)},
        ),
    ],
)
def test_every_line_of_a_dash_list_is_an_item(text, expected):
    facts = strike_facts_of(text)
    assert {(t, c) for t, c, *_ in facts} == expected
    places = sorted(r["place"] or "" for r in article_facts(text).iter_rows(named=True))
    assert places == ["", "Kursk region", "Lipetsk region", "Penza region", "Tula region"]


# Family 6: the air force's morning report "As of 9:00 a.m., air defences have destroyed N drones" is the night's
# tally, not a running total; a perfect with no clock time or night stays one
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("As of 8:30 a.m., Ukrainian air defences have destroyed 61 strike drones and other drones.", "event"),
        ("As of 09:00, air defence forces have shot down 23 Shahed drones.", "event"),
        ("Ukrainian air defences have destroyed 9,800 Shahed drones, the air force said.", "cumulative"),
    ],
)
def test_a_morning_report_s_clock_time_makes_the_night_s_tally(text, scope):
    assert {s for *_, s in strike_facts_of(text)} == {scope}


# Family 7: a negated downing is no interception: "the two drones that were not downed" is a remainder, no figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air defences shot down 14 of the 17 drones. Officials did not say what became of the three drones that "
            "were not downed.",
            {("launched", 17), ("intercepted", 14)},
        ),
        ("Ukraine downed 26 drones overnight; four drones weren't intercepted and hit a depot.", {("intercepted", 26)}),
        # near-miss: a downing that happened stays
        ("Four drones were downed over the Odesa region overnight.", {("intercepted", 4)}),
    ],
)
def test_a_negated_downing_is_no_interception(text, expected):
    assert {(t, c) for t, c, *_ in strike_facts_of(text)} == expected
