"""Lists and links (round 56): one figure per place in a list after a total or a verb, and a figure whose kind
comes from the sentence before.

Strike lists (docs/facts.md 4, "a figure stated for several places at once is one per place"):
- "each" after the passive: "six drones were downed each over the A and B regions", "one drone was destroyed
  over each of the A, B, and C regions";
- "single drones were downed over the A and B regions": one for each place;
- regions described before their kind: "one each over the Russian frontier regions of A and B";
- an item that elides the kind another item names: "three over the Moscow region, five in the Kaluga and two in
  the Tula region";
- the items with their own copula: "52 were destroyed over the A region, while 13 were over the B region".

Casualty breakdowns by place after a total: items naming their people again ("one person in A and one person in B"),
the list in brackets after the total, a colon list after "in the region" or a dated total, "one in each of A, B and
C"; the total of a breakdown is no other place's figure, so it may restate an earlier statement of the same toll.

A figure whose kind comes from the sentence before: "The number of injured ... has increased. There are 11 of
them."; people counted as missing whose next sentence says "they are dead".

Every sentence below was written for these tests; none is copied from a story.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2025-06-14T08:00:00Z"


def strike_facts(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["place"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in ("launched", "intercepted")
    }


def tolls(text: str) -> list[tuple]:
    return sorted(
        (r["fact_type"], r["count"], r["place"] or "")
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in ("killed", "injured")
    )


STRIKE_LISTS = [
    # "each" after the passive
    (
        "The Russian defence ministry said six Ukrainian drones were shot down each over the Lipetsk and Penza regions.",
        {("intercepted", 6, "Lipetsk region"), ("intercepted", 6, "Penza region")},
    ),
    (
        "Russia's defence ministry said two Ukrainian UAVs were destroyed each over the Tver and Smolensk regions.",
        {("intercepted", 2, "Tver region"), ("intercepted", 2, "Smolensk region")},
    ),
    # "over each of", an Oxford comma before the last place
    (
        "The Russian ministry said one Ukrainian drone was intercepted over each of the Oryol, Bryansk, and Kaluga "
        "regions.",
        {("intercepted", 1, "Oryol region"), ("intercepted", 1, "Bryansk region"), ("intercepted", 1, "Kaluga region")},
    ),
    # "single drones"
    (
        "The Russian defence ministry said 20 Ukrainian drones were downed over the Belgorod region. Single drones "
        "were also destroyed over the Voronezh and Lipetsk regions, it added.",
        {("intercepted", 20, None), ("intercepted", 1, "Voronezh region"), ("intercepted", 1, "Lipetsk region")},
    ),
    # regions described before their kind
    (
        "The Russian defence ministry said nine Ukrainian drones were brought down over the Sea of Azov and one each over "
        "the southern border regions of Rostov and Kursk.",
        {("intercepted", 9, None), ("intercepted", 1, "Rostov region"), ("intercepted", 1, "Kursk region")},
    ),
    # an item eliding its kind, the kind named after it ...
    (
        "The Russian defence ministry said three Ukrainian drones had been downed over the Bryansk region, five in the "
        "Oryol and two in the Tula region.",
        {("intercepted", 3, "Bryansk region"), ("intercepted", 5, "Oryol region"), ("intercepted", 2, "Tula region")},
    ),
    # ... two items eliding it
    (
        "The Russian defence ministry said 11 Ukrainian drones were destroyed over the Kursk region, four in the "
        "Lipetsk, three in the Tambov and one in the Penza region.",
        {
            ("intercepted", 11, "Kursk region"), ("intercepted", 4, "Lipetsk region"),
            ("intercepted", 3, "Tambov region"), ("intercepted", 1, "Penza region"),
        },
    ),
    # ... or named before it, the elided item ending the list
    (
        "The Russian defence ministry said four Ukrainian drones were downed over the Voronezh region and two over the "
        "Saratov.",
        {("intercepted", 4, "Voronezh region"), ("intercepted", 2, "Saratov region")},
    ),
    # items with their own copula
    (
        "The Russian defence ministry said 30 of the drones were destroyed over the Kursk region, while 12 were over "
        "the Bryansk region and five were over the Oryol region.",
        {("intercepted", 30, "Kursk region"), ("intercepted", 12, "Bryansk region"), ("intercepted", 5, "Oryol region")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRIKE_LISTS)
def test_one_figure_per_place_in_a_strike_list(text, expected):
    assert expected <= strike_facts(text)
    # no figure of the list read for the wrong place, nor a total made up
    assert {count for _, count, _ in strike_facts(text)} <= {count for _, count, _ in expected}


STRIKE_NEGATIVES = [
    # "single drones" over one place counts nothing
    ("The Russian defence ministry said single drones were destroyed over the Belgorod region.", set()),
    # an item's own copula after a launch is no downing of the list
    (
        "The Russian defence ministry said 30 drones were destroyed over the Kursk region, while 12 were launched "
        "from the Sumy region.",
        {("intercepted", 30, None)},
    ),
    # an elided kind that is no list item ("the Crimea" after a figure of its own, no region before it)
    ("The Russian defence ministry said 14 Ukrainian drones were downed over the Crimea.", {("intercepted", 14, None)}),
]


@pytest.mark.parametrize(("text", "expected"), STRIKE_NEGATIVES)
def test_no_place_figures_without_a_list(text, expected):
    assert strike_facts(text) == expected


CASUALTY_LISTS = [
    # items naming their people again
    (
        "Russian shelling killed two people in Kurakhove, one person in Pokrovsk and one person in Myrnohrad.",
        [("killed", 1, "Myrnohrad"), ("killed", 1, "Pokrovsk"), ("killed", 2, "Kurakhove")],
    ),
    (
        "Over the past day, Russian attacks injured four people in Kupiansk in Kupiansk hromada, two people in "
        "Izium and one person in Balakliia.",
        [("injured", 1, "Balakliia"), ("injured", 2, "Izium"), ("injured", 4, "Kupiansk")],
    ),
    # the list in brackets after its total
    (
        "Five more people were wounded (two in Kostiantynivka, two in Druzhkivka and one in Sloviansk).",
        [("injured", 1, "Sloviansk"), ("injured", 2, "Druzhkivka"), ("injured", 2, "Kostiantynivka"), ("injured", 5, "")],
    ),
    # a colon list after "in the region"
    (
        "Russian strikes killed four civilians in the region: two in Nikopol, one in Marhanets and one in Pokrov.",
        [("killed", 1, "Marhanets"), ("killed", 1, "Pokrov"), ("killed", 2, "Nikopol"), ("killed", 4, "")],
    ),
    # ... after a dated total, "one in each of A, B and C"
    (
        "Russian troops killed 5 residents of the oblast on 3 March: two in Kurakhove, and one in each of Selydove, "
        "Hirnyk and Ukrainsk.",
        [
            ("killed", 1, "Hirnyk"), ("killed", 1, "Selydove"), ("killed", 1, "Ukrainsk"),
            ("killed", 2, "Kurakhove"), ("killed", 5, ""),
        ],
    ),
    # "N people in each of A and B", "N each in A and B"
    (
        "Russian drones injured three people in each of Kherson and Beryslav.",
        [("injured", 3, "Beryslav"), ("injured", 3, "Kherson")],
    ),
    (
        "Shelling wounded six people, three each in Nikopol and Marhanets.",
        [("injured", 3, "Marhanets"), ("injured", 3, "Nikopol"), ("injured", 6, "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_LISTS)
def test_casualty_breakdown_by_place(text, expected):
    assert tolls(text) == expected


def test_a_breakdowns_total_restates_the_ledes_toll():
    # the total of the breakdown names no place of its own (its items do): it is the lede's five again
    text = (
        "At least 5 civilians were killed in Russian attacks on Donetsk Oblast on 3 March.\n\n"
        "Russian troops killed 5 residents of the oblast on 3 March: two in Kurakhove, and one in each of Selydove, "
        "Hirnyk and Ukrainsk."
    )
    assert [count for kind, count, _ in tolls(text) if kind == "killed"].count(5) == 1


CASUALTY_NEGATIVES = [
    # a list of places with no casualty word before it counts nobody
    "The governor visited two villages in the region: one in the north and one near Kupiansk.",
    # "in each of" after a figure of buildings
    "Russian drones damaged two houses in each of Kherson and Beryslav.",
]


@pytest.mark.parametrize("text", CASUALTY_NEGATIVES)
def test_no_casualty_list_without_casualties(text):
    assert tolls(text) == []


KIND_FROM_THE_SENTENCE_BEFORE = [
    (
        "The number of wounded in Pavlohrad has also risen. \"As of now, there are nine of them,\" the governor said.",
        [("injured", 9, "")],
    ),
    (
        "The number of injured in the city has grown again. There are already 14.",
        [("injured", 14, "")],
    ),
    (
        "The search for the four people who were missing under the rubble has ended. Sadly, they are dead.",
        [("killed", 4, "")],
    ),
    (
        "Rescuers had looked for two miners trapped after the strike. Unfortunately, they did not survive.",
        [("killed", 2, "")],
    ),
    # the victims of a toll just before, counted by kind
    (
        "At least 15 people were hurt when the city was attacked overnight.\n\nAmong the victims are six men and "
        "nine women.",
        [("injured", 6, ""), ("injured", 9, ""), ("injured", 15, "")],
    ),
    (
        "A drone hit a minibus in the suburbs, injuring eight passengers. The victims include five women and three men.",
        [("injured", 3, ""), ("injured", 5, ""), ("injured", 8, "")],
    ),
    (
        "Ten people were hurt, the governor said. The other victims include four women and two men, all of them in "
        "hospital.",
        [("injured", 2, ""), ("injured", 4, ""), ("injured", 10, "")],
    ),
    (
        "Four people died in the strike on the market. Among the victims were three women and a teenager.",
        [("killed", 3, ""), ("killed", 4, "")],
    ),
    (
        "The strike on the block left 14 people dead, including five children. The children included two boys and "
        "three girls, the minister said.",
        [("killed", 2, ""), ("killed", 3, ""), ("killed", 5, ""), ("killed", 14, "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIND_FROM_THE_SENTENCE_BEFORE)
def test_a_figure_takes_its_kind_from_the_sentence_before(text, expected):
    assert tolls(text) == expected


KIND_NEGATIVES = [
    # the sentence before speaks of no casualties
    "The number of drones has also increased. There are 40 of them.",
    # the sentence before gives its own figure: the count is no second one
    "The number of injured rose to 12. There are 12 of them.",
    # people still missing, not dead
    "Two people remain missing after the strike. They are being searched for.",
    # "they are dead" after a figure of no people
    "The strike destroyed three trucks that went missing last week. They are dead.",
    # victims counted by kind with no toll before them, or victims that are no people
    "The court heard the case on Monday. Among the victims are eight men and 11 women.",
    "The strike destroyed a warehouse. Among the victims are three companies and two farms.",
    "The school reopened on Monday. The children included two boys and three girls from the village.",
]


@pytest.mark.parametrize("text", KIND_NEGATIVES)
def test_no_kind_from_a_sentence_that_gives_none(text):
    assert [t for t in tolls(text) if t[1] != 12] == []


RESTATED_ADDITIONS = [
    # the same added figure of the same place, in the lede and again in the quote: one fact
    (
        "The governor said two civilians were killed in a bombardment of Siversk, while another two died in Lyman.\n\n"
        "He said two civilians were killed in a bombardment of Siversk, while another two died in Lyman.",
        [("killed", 2, ""), ("killed", 2, "Lyman")],
    ),
    # an added figure of another place stays apart
    (
        "The governor said two civilians were killed in Siversk, while another two died in Lyman.\n\n"
        "Later, another two died in Bakhmut, he said.",
        [("killed", 2, "Bakhmut"), ("killed", 2, "Lyman"), ("killed", 2, "Siversk")],
    ),
    # an added figure after the same figure of its place is more people, not the same ones
    (
        "Two people died in Lyman on Monday morning.\n\nTwo more people died in Lyman later that day, the governor said.",
        [("killed", 2, "Lyman"), ("killed", 2, "Lyman")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_ADDITIONS)
def test_an_added_figure_said_twice_is_one_fact(text, expected):
    assert tolls(text) == expected


def test_a_governor_named_by_the_side_that_installed_him_names_no_region():
    # "the Russian-appointed governor" and "the Russian-installed governor": one official's toll, restated
    text = (
        "Yevgeny Balitsky, the Russian-appointed governor of Zaporizhzhia, reported a drone strike on a market in "
        "Vasylivka, killing 9 and injuring over 30.\n\n"
        "Yevgeny Balitsky, the Russian-installed governor, said on Friday that the drone strike claimed at least 9 "
        "lives and injured more than 30 people."
    )
    assert sorted(count for _, count, _ in tolls(text)) == [9, 30]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's air defences downed 90 Ukrainian drones overnight, the ministry said. The ministry said the drones "
        "that were intercepted during the night included 25 over the Bryansk region, 20 in the Kursk region and 11 in the "
        "Oryol region.",
        "Russian air defence systems destroyed 64 drones, the ministry reported. The drones which were destroyed "
        "included 30 over the Belgorod region and 12 over the Voronezh region.",
    ],
)
def test_a_breakdown_of_the_downed_drones_is_no_launched_total(text):
    # "the drones that were intercepted ... included N over A": parts of the downings before, no "all of" a figure
    assert not {fact for fact in strike_facts(text) if fact[0] == "launched"}


def test_counted_weapons_with_a_relative_clause_are_all_downed():
    # the figure's own relative clause still says "all of them were downed"
    text = "The overnight attack included 12 Shahed drones and four cruise missiles that were shot down over the Kyiv region."
    assert ("launched", 12, None) in strike_facts(text) or ("launched", 12, "Kyiv region") in strike_facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Vilniansk, three men, (aged) 38, 52 and 67, were wounded during enemy shelling.", [("injured", 3, "Vilniansk")]),
        ("In Huliaipole, two women [aged] 45 and 71 were injured by a drone.", [("injured", 2, "Huliaipole")]),
    ],
)
def test_a_bracketed_aged_opens_an_ages_list(text, expected):
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine attacked the border regions with drones overnight; all drones were shot down, three over the Kursk "
            "region and one in the Oryol region, the Russian ministry said.",
            {("intercepted", 3, "Kursk region"), ("intercepted", 1, "Oryol region")},
        ),
        (
            "The Russian ministry said all missiles were intercepted, two over Crimea and two over the Black Sea.",
            {("intercepted", 2, "Crimea"), ("intercepted", 2, "Black Sea")},
        ),
    ],
)
def test_a_place_list_after_all_the_weapons_downed(text, expected):
    assert strike_facts(text) == expected


def test_a_place_list_after_weapons_not_downed_is_no_list():
    # a comma after a launch opens no list of downings
    text = "The Russian ministry said all drones were launched from Ukraine, two over the Kursk region and one in Oryol."
    assert not {fact for fact in strike_facts(text) if fact[0] == "intercepted"}
