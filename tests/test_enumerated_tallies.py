"""Enumerated tallies: a header with the total and a colon, then one line per model or per place.

Found by reading the Ukrainian Air Force's morning tallies as Ukrinform, Ukrainska Pravda, the Kyiv Independent,
RBC-Ukraine and Interfax-Ukraine relay them (a launched block and a downed block, dash, bullet or numbered
lines), regional round-ups of casualties with the place first, fact boxes with no semicolons, and the Russian
defence ministry's place lists as TASS gives them (figure first, with or without a dash), as trafilatura
gives their text: lines separated by newlines. Every sentence below was written for these tests; none is
copied from a story. Each case gives every fact expected, as
(fact_type, count, weapon_class, weapon, attacker, place).
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2025-03-14T09:00:00Z"


def frame_of(text: str, published: str = PUBLISHED):
    return article_facts(text, published)


def facts_of(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["weapon"], r["attacker"], r["place"])
        for r in frame_of(text).iter_rows(named=True)
    }


def check(text: str, expected: set[tuple]) -> None:
    assert facts_of(text) == expected


# ---------------------------------------------------------------------------
# 1. Launched block then downed block, dash or bullet lines: the items take the header's verb and attacker;
#    a downed item with a class and no model is the group whose model the launched block named.
# ---------------------------------------------------------------------------

DASH_BLOCKS = [
    # two blocks, the launched items name models, the downed ones only classes
    (
        "During the night the invaders used 63 means of air attack:\n"
        "- 58 Shahed attack drones;\n"
        "- 5 Kh-101 cruise missiles.\n"
        "Air defence destroyed 49 targets:\n"
        "- 46 drones;\n"
        "- 3 missiles.",
        {
            ("launched", 63, "aerial_target", None, "RU", None),
            ("launched", 58, "drone", "Shahed-136/131", "RU", None),
            ("launched", 5, "missile", "Kh-101", "RU", None),
            ("intercepted", 49, "aerial_target", None, "RU", None),
            ("intercepted", 46, "drone", "Shahed-136/131", "RU", None),
            ("intercepted", 3, "missile", "Kh-101", "RU", None),
        },
    ),
    # bullets, "aerial weapons" as the header's noun
    (
        "Russia struck overnight with 118 aerial weapons:\n"
        "• 110 attack drones;\n"
        "• 8 Iskander-M ballistic missiles.\n"
        "By 09:00 air defence had neutralised 97 of them:\n"
        "• 94 drones;\n"
        "• 3 missiles.",
        {
            ("launched", 118, "aerial_target", None, "RU", None),
            ("launched", 110, "drone", None, "RU", None),
            ("launched", 8, "missile", "Iskander-M", "RU", None),
            ("intercepted", 97, "aerial_target", None, "RU", None),
            ("intercepted", 94, "drone", None, "RU", None),
            ("intercepted", 3, "missile", "Iskander-M", "RU", None),
        },
    ),
    # a downed item larger than the model's launched figure is not that model
    (
        "The enemy attacked with 30 means of air attack:\n"
        "- 2 Kalibr cruise missiles;\n"
        "- 28 drones.\n"
        "Shot down were 20 targets:\n"
        "- 4 missiles;\n"
        "- 16 drones.",
        {
            ("launched", 30, "aerial_target", None, "RU", None),
            ("launched", 2, "missile", "Kalibr", "RU", None),
            ("launched", 28, "drone", None, "RU", None),
            ("intercepted", 20, "aerial_target", None, "RU", None),
            ("intercepted", 4, "missile", None, "RU", None),
            ("intercepted", 16, "drone", None, "RU", None),
        },
    ),
]


@pytest.mark.parametrize("text,expected", DASH_BLOCKS)
def test_dash_and_bullet_blocks(text, expected):
    check(text, expected)


# ---------------------------------------------------------------------------
# 2. Numbered items ("1. 40 Shahed drones;"): before, the item numbers split the tally into sentences of
#    their own and the items were lost.
# ---------------------------------------------------------------------------

NUMBERED = [
    (
        "Overnight Russia attacked Ukraine with 47 air attack weapons:\n"
        "1. 44 Shahed drones;\n"
        "2. 3 Kalibr cruise missiles.\n"
        "Ukrainian forces shot down 39 targets:\n"
        "1. 37 drones;\n"
        "2. 2 missiles.",
        {
            ("launched", 47, "aerial_target", None, "RU", None),
            ("launched", 44, "drone", "Shahed-136/131", "RU", None),
            ("launched", 3, "missile", "Kalibr", "RU", None),
            ("intercepted", 39, "aerial_target", None, "RU", None),
            ("intercepted", 37, "drone", "Shahed-136/131", "RU", None),
            ("intercepted", 2, "missile", "Kalibr", "RU", None),
        },
    ),
    # bracketed item numbers
    (
        "The enemy launched 26 means of air attack:\n1) 24 Shahed drones;\n2) 2 Iskander-M ballistic missiles.",
        {
            ("launched", 26, "aerial_target", None, "RU", None),
            ("launched", 24, "drone", "Shahed-136/131", "RU", None),
            ("launched", 2, "missile", "Iskander-M", "RU", None),
        },
    ),
]


@pytest.mark.parametrize("text,expected", NUMBERED)
def test_numbered_items(text, expected):
    check(text, expected)


def test_numbered_list_of_full_sentences_stays_split():
    # each numbered sentence has its own verb: the second is no item of the first
    text = (
        "Main points:\n"
        "1. Russia launched 52 drones at Ukraine overnight.\n"
        "2. 4 people were injured in Kharkiv."
    )
    assert facts_of(text) == {
        ("launched", 52, "drone", None, "RU", None),
        ("injured", 4, None, None, None, "Kharkiv"),
    }


# ---------------------------------------------------------------------------
# 3. Items share the header's night: a header that names its night dates every item.
# ---------------------------------------------------------------------------


def test_items_take_the_header_night():
    text = (
        "On the night of March 12, the enemy attacked with 33 means of air attack:\n"
        "- 31 Shahed drones;\n"
        "- 2 Iskander-M ballistic missiles."
    )
    dates = set(frame_of(text).get_column("event_date").to_list())
    assert len(dates) == 1 and dates.pop().isoformat() == "2025-03-12"


# ---------------------------------------------------------------------------
# 4. Place-first casualty items under a header that names the attacker: every item takes its side, and every
#    figure of an item its place.
# ---------------------------------------------------------------------------

CASUALTY_ITEMS = [
    (
        "Russian attacks over the past day:\n"
        "• Dnipropetrovsk region: 2 killed, 9 injured\n"
        "• Zaporizhzhia: 1 killed, 3 injured\n"
        "• Kherson region: 5 injured",
        {
            ("killed", 2, "RU", "Dnipropetrovsk region"), ("injured", 9, "RU", "Dnipropetrovsk region"),
            ("killed", 1, "RU", "Zaporizhzhia"), ("injured", 3, "RU", "Zaporizhzhia"),
            ("injured", 5, "RU", "Kherson region"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", CASUALTY_ITEMS)
def test_casualty_items_take_the_header_side_and_their_place(text, expected):
    got = {(r["fact_type"], r["count"], r["attacker"], r["place"]) for r in frame_of(text).iter_rows(named=True)}
    assert got == expected


def test_item_label_that_is_no_place():
    # "Update:" labels an item, it names no place
    places = {r["place"] for r in frame_of("Latest:\n- Update: 3 people were killed.").iter_rows(named=True)}
    assert places == {None}


def test_roundup_header_passes_no_side():
    # "Key events:" names no side, and one item's side is not the next item's
    text = (
        "Key events:\n"
        "- Russian shelling killed 4 people in Nikopol.\n"
        "- Three people were injured in Lviv, police said."
    )
    sides = {(r["fact_type"], r["count"], r["attacker"]) for r in frame_of(text).iter_rows(named=True)}
    assert ("killed", 4, "RU") in sides
    assert ("injured", 3, None) in sides


# ---------------------------------------------------------------------------
# 5. Fact boxes after a header, with no semicolons: each line is its own figure (before, only the first).
# ---------------------------------------------------------------------------

FACT_BOXES = [
    (
        "Overnight attack in figures:\n- drones launched: 134\n- drones shot down: 109",
        {("launched", 134, "drone", None, "RU", None), ("intercepted", 109, "drone", None, "RU", None)},
    ),
    (
        "Night of strikes:\n- missiles launched: 14\n- missiles intercepted: 11\n- drones launched: 65\n- drones downed: 58",
        {
            ("launched", 14, "missile", None, "RU", None), ("intercepted", 11, "missile", None, "RU", None),
            ("launched", 65, "drone", None, "RU", None), ("intercepted", 58, "drone", None, "RU", None),
        },
    ),
]


@pytest.mark.parametrize("text,expected", FACT_BOXES)
def test_fact_box_lines(text, expected):
    check(text, expected)


# ---------------------------------------------------------------------------
# 6. A part named after the total restated: "Of the 40 missiles, 9 were Iskander-M ballistic missiles".
# ---------------------------------------------------------------------------

RESTATED_TOTAL = [
    (
        "Russia fired 46 missiles at Ukraine overnight, the air force said. Of the 46 missiles, 11 were Kinzhal "
        "hypersonic missiles.",
        {("launched", 46, "missile", None, "RU", None), ("launched", 11, "missile", "Kinzhal", "RU", None)},
    ),
    # control: a part that says what happened to the group keeps its noun and its own type
    (
        "Russia launched 70 drones and 6 missiles overnight. Of the 70 drones, 58 were shot down.",
        {
            ("launched", 70, "drone", None, "RU", None), ("launched", 6, "missile", None, "RU", None),
            ("intercepted", 58, "drone", None, "RU", None),
        },
    ),
]


@pytest.mark.parametrize("text,expected", RESTATED_TOTAL)
def test_part_of_a_restated_total(text, expected):
    check(text, expected)


# ---------------------------------------------------------------------------
# 7. The Russian ministry's lines with the figure first and no dash: one fact per place.
# ---------------------------------------------------------------------------


def test_ministry_lines_without_a_dash():
    text = (
        "Air defence systems intercepted and destroyed 18 Ukrainian drones overnight, the ministry said:\n"
        "9 over the Kursk region,\n"
        "6 over the Belgorod region,\n"
        "3 over the Voronezh region."
    )
    assert facts_of(text) == {
        ("intercepted", 18, "drone", None, "UA", None),
        ("intercepted", 9, "drone", None, "UA", "Kursk region"),
        ("intercepted", 6, "drone", None, "UA", "Belgorod region"),
        ("intercepted", 3, "drone", None, "UA", "Voronezh region"),
    }


# ---------------------------------------------------------------------------
# 8. Negative controls: lists that are no tally, and totals vs parts.
# ---------------------------------------------------------------------------


def test_roundup_of_places_is_no_tally():
    text = (
        "City news:\n"
        "- Kharkiv: 2 schools reopened after repairs.\n"
        "- Lviv: the 3 museums extended their hours.\n"
        "- Odesa: the port handled 14 ships."
    )
    assert facts_of(text) == set()


def test_header_and_items_are_one_total_and_its_parts():
    # the header is the mixed total, the items its parts: no second launched drone total of the group
    text = (
        "The enemy attacked with 52 means of air attack:\n"
        "- 48 Shahed drones;\n"
        "- 4 Kh-59 guided missiles."
    )
    frame = frame_of(text)
    launched = frame.filter(frame["fact_type"] == "launched")
    assert sorted(launched.get_column("weapon_class").to_list()) == ["aerial_target", "drone", "missile"]
    assert set(frame.get_column("rule_id").to_list()) == {"strike.enumerated_tally"}
    assert set(frame.get_column("confidence").to_list()) == {1.0}


def test_items_that_do_not_sum_to_the_header_lower_confidence():
    text = (
        "Russia attacked with 60 means of air attack:\n"
        "- 50 Shahed drones;\n"
        "- 4 Kh-101 cruise missiles."
    )
    frame = frame_of(text)
    assert set(frame.get_column("confidence").to_list()) == {0.5}
    assert all("parts sum to 54" in n for n in frame.get_column("note").to_list())
