"""Strike phrasings of 2024-2026 reporting that the labelled rounds hold few of (launched and intercepted figures,
docs/facts.md 4), found by reading nightly-attack wire copy, Russian ministry relays and governors' reports:

- the attack's target between the attack and its breakdown ("the overnight attack on Ukraine included ...");
- the heavier verbs of wire copy with "with" ("bombarded", "pummelled", "battered", "hammered", "an assault on ...
  with"), a second "with" in the list ("..., as well as with 76 drones"), and the target's idiom "came under attack
  from N drones";
- "with N shot down" after a launch, and "with N over <place>" opening a list of places (like "including");
- "..., and that N drones and M missiles were shot down": a reported clause of its own, not the launch before it;
- "four more were downed over ..." beside an equal figure of the same sentence: a second fact;
- a Western maker or supplier as the weapons' adjective ("US-supplied ATACMS") is no aid and names Ukraine's weapons;
- the Russian ministry's "the Kyiv regime" and "Kyiv tried to attack" name Ukraine the attacker;
- "with 12 more reported as lost" is no downing; "the elimination of", "liquidated", "were said to have been shot
  down" are.

Every sentence below was written for these tests; none is copied from a story.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts, placed_tuples, strike_tuples

PUBLISHED = "2025-06-14T08:00:00Z"


def strike_facts(text: str) -> set[tuple]:
    return strike_tuples(text, PUBLISHED)


def placed_facts(text: str) -> set[tuple]:
    return placed_tuples(text, PUBLISHED)


CASES = [
    # the attack's target before "included", "comprised", "consisted of"
    (
        "Moscow's attack on Ukraine overnight included 4 ballistic missiles and 170 drones, officials in Kyiv said.",
        {("launched", 4, "RU", "missile"), ("launched", 170, "RU", "drone")},
    ),
    (
        "Saturday's barrage against the power grid comprised 60 drones and 11 cruise missiles.",
        {("launched", 60, "RU", "drone"), ("launched", 11, "RU", "missile")},
    ),
    (
        "The most recent assault on Kharkiv consisted of 27 drones, the mayor wrote.",
        {("launched", 27, "RU", "drone")},
    ),
    # heavier attack verbs, and the attack as a noun, with "with"
    (
        "Russia pummelled Ukraine's cities with 230 drones and 14 missiles during the night.",
        {("launched", 230, "RU", "drone"), ("launched", 14, "RU", "missile")},
    ),
    (
        "Overnight Moscow battered the western regions with nearly 90 drones.",
        {("launched", 90, "RU", "drone")},
    ),
    (
        "Russian forces hammered Odesa with 35 attack drones on Tuesday night.",
        {("launched", 35, "RU", "drone")},
    ),
    (
        "Russia bombarded the country overnight with 410 drones and 25 missiles, the air force reported.",
        {("launched", 410, "RU", "drone"), ("launched", 25, "RU", "missile")},
    ),
    (
        "Moscow mounted a fresh night assault on Ukraine with about 150 drones, according to Kyiv.",
        {("launched", 150, "RU", "drone")},
    ),
    # a second "with" in the list of the attack's means
    (
        "From 19:00 the enemy attacked the country with two Iskander-M missiles from the Bryansk region, as well as "
        "with 76 drones, the air force said.",
        {("launched", 2, "RU", "missile"), ("launched", 76, "RU", "drone")},
    ),
    (
        "Russian troops struck Zaporizhzhia with 5 guided bombs, and with about 30 drones later in the night.",
        {("launched", 5, "RU", "guided_bomb"), ("launched", 30, "RU", "drone")},
    ),
    # the target's idiom
    (
        "Sumy came under attack from 11 Shahed drones before dawn, the regional head said.",
        {("launched", 11, "RU", "drone")},
    ),
    (
        "The port city came under a large attack by 44 drones, 39 of which were destroyed.",
        {("launched", 44, "RU", "drone"), ("intercepted", 39, "RU", "drone")},
    ),
    # "with N shot down"
    (
        "The air force counted 33 missiles fired at Ukraine, with 24 shot down.",
        {("launched", 33, "RU", "missile"), ("intercepted", 24, "RU", "missile")},
    ),
    (
        "Russia sent 58 drones over the border, with 50 destroyed by mobile fire groups and air defence.",
        {("launched", 58, "RU", "drone"), ("intercepted", 50, "RU", "drone")},
    ),
    (
        "Russia fired 96 drones at the country, with 71 of them brought down, the military said.",
        {("launched", 96, "RU", "drone"), ("intercepted", 71, "RU", "drone")},
    ),
    # "..., and that ..." opens a clause of its own
    (
        "The air force said 610 drones and 45 missiles had been launched and that 570 drones and 36 missiles were "
        "downed.",
        {
            ("launched", 610, "RU", "drone"), ("launched", 45, "RU", "missile"),
            ("intercepted", 570, "RU", "drone"), ("intercepted", 36, "RU", "missile"),
        },
    ),
    # a Western supplier as the weapons' adjective
    (
        "Russian air defences shot down six US-supplied ATACMS missiles over the Crimean peninsula, the ministry said.",
        {("intercepted", 6, "UA", "missile")},
    ),
    (
        "The ministry said air defences downed 4 British-supplied Storm Shadow missiles and 31 drones overnight.",
        {("intercepted", 4, "UA", "missile"), ("intercepted", 31, "UA", "drone")},
    ),
    (
        "Air defence units destroyed 9 Western-provided guided missiles over the region, the Russian ministry said.",
        {("intercepted", 9, "UA", "missile")},
    ),
    # the Russian ministry's name for Ukraine's government, and Kyiv's attempt
    (
        "The Kyiv regime tried to strike targets in Russia using 23 fixed-wing drones, all of which were downed, the "
        "ministry said.",
        {("launched", 23, "UA", "drone"), ("intercepted", 23, "UA", "drone")},
    ),
    (
        "Kyiv attempted to attack industrial sites in Russia with 12 drones overnight, the defence ministry said.",
        {("launched", 12, "UA", "drone")},
    ),
    (
        "Ukraine's army attempted to hit an airfield in Russia with 15 drones, the Russian side said.",
        {("launched", 15, "UA", "drone")},
    ),
    # the reported passive
    (
        "About 40 drones were said to have been shot down over the southern regions.",
        {("intercepted", 40, "RU", "drone")},
    ),
    (
        "The ministry said 19 Ukrainian drones were believed to have been destroyed by jamming near the border.",
        {("intercepted", 19, "UA", "drone")},
    ),
    # lost, not downed; other nouns and verbs of downing
    (
        "The air force said it shot down 140 of the drones, with 17 more reported as lost.",
        {("intercepted", 140, "RU", "drone"), ("lost", 17, "RU", "drone")},
    ),
    (
        "The governor announced the elimination of 4 drones approaching the city.",
        {("intercepted", 4, "RU", "drone")},
    ),
    (
        "Air defence liquidated seven drones over the Kursk region overnight, the governor said.",
        {("intercepted", 7, "UA", "drone")},
    ),
]

NEGATIVES = [
    # "with N destroyed" of buildings, not weapons
    "Russia's strikes damaged 40 houses in the district, with 9 destroyed, the governor said.",
    "The shelling hit 18 buildings, with 6 destroyed and the rest damaged.",
    # shells are no aerial weapon, whatever the verb
    "Russian troops bombarded the village with 70 artillery shells overnight.",
    "The town came under artillery fire from 25 shells on Monday.",
    # an attack's make-up that counts no weapons
    "The attack on the refinery included 2 separate blazes, the operator said.",
    "Russia's attack on the grid included strikes on 6 power plants.",
    # an aid or a stock of Western-made weapons stays no launch
    "Ukraine received 24 US-supplied Patriot missiles earlier this month.",
    "The Pentagon said it had supplied 50 ATACMS missiles to Kyiv.",
    "Kyiv asked for 150 Western-supplied missiles for its air defence.",
    # "hammered out" is no attack; a liquidated person is no drone
    "Negotiators hammered out 3 drafts with the delegation.",
    "Two commanders were liquidated with 4 others, the service said.",
    # a target said to have been hit counts hits, no launch
    "The depot is believed to have been hit by 5 drones on Sunday.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrasings_of_2024_to_2026(text, expected):
    assert strike_facts(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_give_no_strike_fact(text):
    assert strike_facts(text) == set()


def test_a_list_of_places_after_with_gives_one_fact_a_place():
    text = (
        "Russian air defences downed 26 drones overnight, with 14 over the Bryansk region, 8 over the Oryol region "
        "and 4 over the Kursk region, the ministry said."
    )
    assert placed_facts(text) == {
        ("intercepted", 26, None), ("intercepted", 14, "Bryansk region"),
        ("intercepted", 8, "Oryol region"), ("intercepted", 4, "Kursk region"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Five drones were downed over Kherson overnight, the governor said, while five more were shot down over "
        "nearby Mykolaiv.",
        "Air defence destroyed three drones over Poltava; three others were brought down over Sumy.",
        "Two drones were shot down near Kharkiv and two more over the Sumy region, officials said.",
    ],
)
def test_an_added_figure_equal_to_the_one_before_is_a_second_fact(text):
    counts = [
        r["count"] for r in article_facts(text, PUBLISHED).iter_rows(named=True) if r["fact_type"] == "intercepted"
    ]
    assert len(counts) == 2 and counts[0] == counts[1]


def test_more_than_is_no_added_figure():
    text = "Air defences shot down 12 drones over Kyiv, 12 more than the night before."
    assert strike_facts(text) == {("intercepted", 12, "RU", "drone")}


# precision: figures next to a strike figure that count no weapons launched or downed
NOT_WEAPON_FIGURES = [
    # a bare figure right after a verb of casualties counts people
    (
        "Russia sent more than 120 drones at the country overnight, killing at least three people and wounding 17 more.",
        {("launched", 120, "RU", "drone")},
    ),
    (
        "Moscow fired 45 drones at Kharkiv, injuring 6 others, the mayor said.",
        {("launched", 45, "RU", "drone")},
    ),
    # a range is no figure, its first number neither
    (
        "Later updates put the number of attack drones launched at about 70 to 80.",
        set(),
    ),
    (
        "Air defences brought down 10 or 11 drones over the capital, officials said.",
        set(),
    ),
    # a drone that flew back is neither downed nor lost
    (
        "Of the 95 drones, 70 were downed by air defence, 22 were lost on radar and one drone flew back to the Russian "
        "side, the air force said.",
        {("launched", 95, "RU", "drone"), ("intercepted", 70, "RU", "drone"), ("lost", 22, "RU", "drone")},
    ),
    (
        "Two drones returned to the territory of Belarus, the air force added.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_WEAPON_FIGURES)
def test_figures_that_count_no_weapons(text, expected):
    assert strike_facts(text) == expected


# "17 of the 28 drones" after "shot down 28 drones": the partitive's total is the downing named before, no launch
def test_a_partitive_total_equal_to_an_earlier_downing_is_no_launch():
    text = (
        "The air force said it destroyed 26 of 30 drones launched by Russia overnight. Air defences in the Mykolaiv "
        "region downed 15 of the 26 drones, the governor said."
    )
    assert strike_facts(text) == {
        ("intercepted", 26, "RU", "drone"), ("launched", 30, "RU", "drone"), ("intercepted", 15, "RU", "drone"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the total equal to an earlier launch stays a launch (the same figure)
        (
            "Russia sent 40 drones overnight. Air defences shot down 33 of the 40 drones, the air force said.",
            {("launched", 40, "RU", "drone"), ("intercepted", 33, "RU", "drone")},
        ),
        # a downing of "all N" says N were launched: a later "M of the N" keeps its launch
        (
            "Mobile fire groups downed all 35 drones over the Poltava region. Later the air force said 20 of the 35 "
            "drones were downed by gunfire.",
            {("launched", 35, "RU", "drone"), ("intercepted", 35, "RU", "drone"), ("intercepted", 20, "RU", "drone")},
        ),
        # a total named with its own launch stays launched
        (
            "Air defences shot down 44 drones over the south. The air force said it destroyed 30 of the 44 drones "
            "fired overnight at the north.",
            {("intercepted", 44, "RU", "drone"), ("intercepted", 30, "RU", "drone"), ("launched", 44, "RU", "drone")},
        ),
        # a total no downing named before is launched
        (
            "Air defences shot down 12 drones over Kharkiv. Across the country they destroyed 50 of the 61 drones.",
            {
                ("intercepted", 12, "RU", "drone"), ("intercepted", 50, "RU", "drone"),
                ("launched", 61, "RU", "drone"),
            },
        ),
    ],
)
def test_partitive_totals_that_stay_launches(text, expected):
    assert strike_facts(text) == expected
