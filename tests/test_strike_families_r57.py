"""Strike families of round 57 (launched and intercepted figures, docs/facts.md 4):

- an explicit side attacking the other country "with N" names the attacker of its own figures ("Russians attacked
  Ukraine with 120 attack UAVs" after sentences about attacks on Russia), and so does the target in the passive
  ("Kharkiv was bombarded by a swarm of 25 drones"); a Russian ministry reporting Ukraine's drones stays Ukraine's;
- a bare figure of hits counts no weapons ("but 12 hits were recorded");
- regional parts in brackets after their places, also several places sharing one "each" ("over Bryansk (40 drones),
  Kursk (25), Oryol and Tula (five each)"), even after a night told by its clock times;
- downings by the operational commands, the first with its passive, the next ones elliptical ("Twenty cruise
  missiles were destroyed by air defence units of the Operational Command Centre, eight by the Operational
  Command West");
- a bare "all N" that is not the figure before it is the group of N named earlier ("destroyed 8 Kalibr cruise
  missiles and all 21 mopeds"); with no such group, no fact;
- a place list's last item named by its region alone ("and two in Lipetsk"), an item after a part headed for a city
  ("including one flying towards Moscow and 16 over the Tver region"), a perfect placed after its speech tag;
- "took out", "the repulsion of", "directed N drones", "N of Russia's drones".

Every sentence below was written for these tests; none is copied from a story.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts, placed_tuples, strike_tuples

PUBLISHED = "2025-06-14T08:00:00Z"


def strike_facts(text: str) -> set[tuple]:
    return strike_tuples(text, PUBLISHED, ("launched", "intercepted"))


def placed_facts(text: str) -> set[tuple]:
    return placed_tuples(text, PUBLISHED)


SIDES = [
    # the side and the other country, after sentences about attacks on Russia
    (
        "Explosions hit an oil depot in Russia's Kaluga region overnight, Russian media said. Russia's defence ministry "
        "said it downed 30 Ukrainian drones. On the night of June 13, Russians attacked Ukraine with 120 attack UAVs. "
        "The defense forces shot down 100 of them, but 12 hits were recorded in 8 locations.",
        {
            ("intercepted", 30, "UA", "drone"),
            ("launched", 120, "RU", "drone"),
            ("intercepted", 100, "RU", "drone"),
        },
    ),
    # an adverb between the side and its verb, two figures after "with"
    (
        "Drones set fire to a refinery in Russia's Krasnodar region, the governor said. Meanwhile, Russia overnight "
        "struck Ukraine with 90 drones and three missiles.",
        {("launched", 90, "RU", "drone"), ("launched", 3, "RU", "missile")},
    ),
    # the other way round, reported by Russia's ministry
    (
        "Ukraine's air force said it shot down 40 Russian drones. The Russian defence ministry said Ukraine attacked "
        "Russia with 35 drones overnight, all of which were destroyed.",
        {("intercepted", 40, "RU", "drone"), ("launched", 35, "UA", "drone"), ("intercepted", 35, "UA", "drone")},
    ),
    # the target in the passive
    (
        "Russian officials said air defences destroyed 20 drones over Belgorod overnight. Earlier, Kharkiv was "
        "bombarded by a swarm of some 25 drones that were intercepted by air defence, the city's military "
        "administration said.",
        {("intercepted", 20, "UA", "drone"), ("launched", 25, "RU", "drone"), ("intercepted", 25, "RU", "drone")},
    ),
    (
        "Ukraine's air force said 40 Shahed drones were shot down. Belgorod was attacked overnight by 15 drones, the "
        "governor said.",
        {("intercepted", 40, "RU", "drone"), ("launched", 15, "UA", "drone")},
    ),
    # negatives: a Russian ministry reporting Ukraine's drones, a new clause after "with", a reporting clause
    (
        "Russia's defence ministry said air defences destroyed 25 drones over the Kursk region. Russians said Ukraine "
        "attacked the region with 25 drones.",
        {("intercepted", 25, "UA", "drone"), ("launched", 25, "UA", "drone")},
    ),
    (
        "Russia attacked Ukraine with drones overnight, while the Russian defence ministry said it downed 30 Ukrainian "
        "drones over the Bryansk region.",
        {("intercepted", 30, "UA", "drone")},
    ),
    # not past another verb
    (
        "Russia's defence ministry said it downed 20 Ukrainian drones. Ukraine launched a counteroffensive and Russia "
        "fired 40 drones overnight.",
        {("intercepted", 20, "UA", "drone"), ("launched", 40, "RU", "drone")},
    ),
]


SIDES += [
    # the attack as a noun, "using" for "with"
    (
        "Drones struck a refinery in Russia's Ryazan region, its governor said. Russia launched another massive attack "
        "on Ukraine with 90 drones and four missiles overnight.",
        {("launched", 90, "RU", "drone"), ("launched", 4, "RU", "missile")},
    ),
    (
        "Drones struck a refinery in Russia's Ryazan region, its governor said. Russian troops attacked Ukraine "
        "overnight using 70 Shahed drones.",
        {("launched", 70, "RU", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_explicit_side_names_its_own_figures(text, expected):
    assert strike_facts(text) == expected


HITS = [
    "Russia launched 50 drones overnight. Air defences shot down 41 of them, but 9 hits were recorded in five regions.",
    "Russia fired 20 missiles; 16 were shot down and 4 direct hits were reported.",
]


@pytest.mark.parametrize("text", HITS)
def test_a_bare_figure_of_hits_is_no_weapon_count(text):
    assert not any(count in (9, 4) for _, count, *_ in strike_facts(text))


BRACKETS = [
    (
        "Russia's defence ministry said its air defences destroyed 90 Ukrainian drones overnight. The drones were "
        "brought down between 10:30 p.m. and 4:40 a.m., with most of them over Bryansk (40 drones), Kursk (25), Oryol "
        "and Tula (five each), and others over Lipetsk.",
        {
            ("intercepted", 90, None), ("intercepted", 40, "Bryansk"), ("intercepted", 25, "Kursk"),
            ("intercepted", 5, "Oryol"), ("intercepted", 5, "Tula"),
        },
    ),
    (
        "Russia's defence ministry said it downed 34 Ukrainian drones overnight: over Kursk (14), Belgorod and Rostov "
        "(ten each).",
        {("intercepted", 34, None), ("intercepted", 14, "Kursk"), ("intercepted", 10, "Belgorod"), ("intercepted", 10, "Rostov")},
    ),
    (
        "Russia's defence ministry said it downed 36 drones over the Kursk and Bryansk regions (15 each), the Oryol "
        "region (6) and the Tula region (3).",
        {
            ("intercepted", 36, None), ("intercepted", 15, "Kursk region"), ("intercepted", 15, "Bryansk region"),
            ("intercepted", 6, "Oryol region"), ("intercepted", 3, "Tula region"),
        },
    ),
]


BRACKETS += [
    # the places' kind said once after the last bracket
    (
        "Russia's defence ministry said it downed 75 Ukrainian drones over the Bryansk (46), Belgorod (20) and Kursk (9) "
        "regions.",
        {
            ("intercepted", 75, None), ("intercepted", 46, "Bryansk region"), ("intercepted", 20, "Belgorod region"),
            ("intercepted", 9, "Kursk region"),
        },
    ),
    # an item after "followed by"
    (
        "Russia's defence ministry said it downed 75 Ukrainian drones, with most over Bryansk (46 drones), followed by "
        "Belgorod (20) and Kursk (9).",
        {("intercepted", 75, None), ("intercepted", 46, "Bryansk"), ("intercepted", 20, "Belgorod"), ("intercepted", 9, "Kursk")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_places_with_their_figures_in_brackets(text, expected):
    assert placed_facts(text) == expected


def test_bracketed_figures_that_count_no_weapons_give_no_fact():
    facts = placed_facts("Ukraine's air force said it shot down 50 of 65 drones. Debris fell over Kyiv (3 districts) and Odesa (2).")
    assert facts == {("intercepted", 50, None), ("launched", 65, None)}


COMMANDS = [
    (
        "The air force said its air defences downed 40 of the 48 cruise missiles Russia launched. Twenty cruise "
        "missiles were destroyed by air defence units of the Operational Command Centre, eight by the Operational "
        "Command West, 12 by the Operational Command North.",
        {
            ("intercepted", 40, None), ("launched", 48, None),
            ("intercepted", 20, "Operational Command Centre"), ("intercepted", 8, "Operational Command West"),
            ("intercepted", 12, "Operational Command North"),
        },
    ),
    (
        "The air force said 30 drones were destroyed by the Air Command East, 6 by the Air Command West and four by "
        "Air Command South.",
        {("intercepted", 30, "Air Command East"), ("intercepted", 6, "Air Command West"), ("intercepted", 4, "Air Command South")},
    ),
    (
        "Fourteen Shahed drones were downed by the Operational Command South overnight, its spokeswoman said.",
        {("intercepted", 14, "Operational Command South")},
    ),
    # the command named by its direction first, and "units of" a command
    (
        "Eighteen cruise missiles were shot down by the Eastern Air Command, 12 by the Southern Air Command and nine by "
        "the Central Air Command.",
        {("intercepted", 18, "Air Command East"), ("intercepted", 12, "Air Command South"), ("intercepted", 9, "Air Command Centre")},
    ),
    (
        "Twelve missiles were destroyed by units of Air Command South and seven by Air Command East.",
        {("intercepted", 12, "Air Command South"), ("intercepted", 7, "Air Command East")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMANDS)
def test_downings_by_command(text, expected):
    assert placed_facts(text) == expected


WHOLE_NAMED_BEFORE = [
    (
        "Russia launched another strike with 10 Kalibr cruise missiles and 21 Shahed-136 drones overnight. Air "
        "defense destroyed 8 Kalibr cruise missiles and all 21 mopeds.",
        {
            ("launched", 10, "RU", "missile"), ("launched", 21, "RU", "drone"),
            ("intercepted", 8, "RU", "missile"), ("intercepted", 21, "RU", "drone"),
        },
    ),
    (
        "Russia launched 40 drones and 3 missiles at Ukraine overnight. Air defences destroyed all 40, the air force "
        "said.",
        {("launched", 40, "RU", "drone"), ("launched", 3, "RU", "missile"), ("intercepted", 40, "RU", "drone")},
    ),
    (
        "Russia launched 19 drones overnight. Air defences destroyed all 19.",
        {("launched", 19, "RU", "drone"), ("intercepted", 19, "RU", "drone")},
    ),
    # no group of 10 counted before: no fact for it
    (
        "Russia fired 32 drones at Ukraine overnight, the air force said. The ministry said Ukraine fired rockets at "
        "the Belgorod region. All 10 were shot down over the region.",
        {("launched", 32, "RU", "drone")},
    ),
    (
        "Air defences destroyed 8 Kalibr cruise missiles and all 21 mopeds.",
        {("intercepted", 8, "RU", "missile")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_NAMED_BEFORE)
def test_all_n_is_the_group_named_before(text, expected):
    assert strike_facts(text) == expected


PLACE_LISTS = [
    (
        "Russia's defence ministry said air defences destroyed 31 drones in the Kursk region and two in Lipetsk.",
        {("intercepted", 31, "Kursk region"), ("intercepted", 2, "Lipetsk")},
    ),
    (
        '"Air defence systems destroyed 12 drones in the Bryansk region and one in Oryol," the ministry said on '
        "Telegram.",
        {("intercepted", 12, "Bryansk region"), ("intercepted", 1, "Oryol")},
    ),
    # a month is no place
    (
        "Russia's defence ministry said air defences destroyed 31 drones in the Kursk region and two in March.",
        {("intercepted", 31, None)},
    ),
    (
        "Overnight 20 Ukrainian drones were knocked out by air defence, the Russian defence ministry reported, "
        "including one flying towards Moscow and 16 over the Tver region which lies northwest of the capital.",
        {("intercepted", 20, None), ("intercepted", 1, "Moscow"), ("intercepted", 16, "Tver region")},
    ),
    (
        "The ministry said 12 Ukrainian drones were destroyed, including three heading for Moscow and nine over the "
        "Kaluga region.",
        {("intercepted", 12, None), ("intercepted", 3, "Moscow"), ("intercepted", 9, "Kaluga region")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LISTS)
def test_place_list_items(text, expected):
    assert placed_facts(text) == expected


def _scopes(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["scope"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in ("launched", "intercepted")
    }


def test_a_perfect_placed_after_its_speech_tag_is_one_attack():
    text = (
        "Russian air defences have destroyed 12 drones, the ministry said, eight over the Bryansk region and four over "
        "Kursk."
    )
    assert _scopes(text) == {("intercepted", 12, "event"), ("intercepted", 8, "event"), ("intercepted", 4, "event")}


def test_a_perfect_with_a_running_total_word_stays_cumulative():
    text = (
        "Russian air defences have destroyed 1,200 drones so far, the ministry said, 800 over the Bryansk region and "
        "400 over Kursk."
    )
    assert {scope for *_, scope in _scopes(text)} == {"cumulative"}


VERBS = [
    (
        "Air defenses also took out nine Ukrainian drones over the Tver region, the ministry said.",
        {("intercepted", 9, "UA", "drone")},
    ),
    (
        "Ukraine's air force said it had taken out 41 of the 50 drones launched overnight.",
        {("intercepted", 41, "RU", "drone"), ("launched", 50, "RU", "drone")},
    ),
    (
        "Moscow's mayor reported the repulsion of three UAVs that were heading for the capital.",
        {("intercepted", 3, "UA", "drone")},
    ),
    (
        "According to the Russian military, Ukraine directed 28 drones at Moscow overnight.",
        {("launched", 28, "UA", "drone")},
    ),
    (
        "Air defence downed 48 of Russia's Iranian-designed drones overnight, while 7 flew back towards Russia.",
        {("intercepted", 48, "RU", "drone")},
    ),
    # "of Russia's" before a total stays a partitive
    (
        "Ukraine's air force shot down 48 of Russia's 60 drones.",
        {("intercepted", 48, "RU", "drone"), ("launched", 60, "RU", "drone")},
    ),
    # weapons hitting a place are hits
    ("The strike came at 9:20 am, with three ballistic missiles hitting the centre of the city.", set()),
]


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_verbs_of_launch_and_downing(text, expected):
    assert strike_facts(text) == expected


LAUNCH_AREAS = [
    (
        "Ukraine said on Sunday that it had repelled 25 drones overnight, as Moscow reported downing 31 drones fired "
        "from Ukraine.",
        {("intercepted", 25, "RU", "drone"), ("intercepted", 31, "UA", "drone")},
    ),
    (
        "The Russian defence ministry said it downed 14 missiles fired from Ukrainian territory.",
        {("intercepted", 14, "UA", "missile")},
    ),
    # Russia's launch area stays Russia's
    (
        "Ukraine's air force said it shot down 20 drones launched from Russia's Kursk region overnight.",
        {("intercepted", 20, "RU", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCH_AREAS)
def test_the_launch_area_names_the_side(text, expected):
    assert strike_facts(text) == expected


NO_COUNT = [
    # where a weapon came down is no downing
    "Russian air defence systems shot down four missiles overnight, Russian officials said. A warehouse burned down "
    "after the fall of one of the missiles, according to the governor.",
    # a range written with an em dash
    "The air force said four missiles were shot down. Officials said 2—4 more missiles were fired later.",
]


@pytest.mark.parametrize("text", NO_COUNT)
def test_no_extra_count(text):
    assert strike_facts(text) == {("intercepted", 4, "UA" if "Russian" in text else "RU", "missile")}


OWN_SIDE = [
    # the side opening its clause, then a launch participle
    (
        "Drones hit a refinery in Russia's Samara region, the governor said. Meanwhile, Russia stepped up its air "
        "campaign, launching 380 drones and nine missiles at Ukraine.",
        {("launched", 380, "RU", "drone"), ("launched", 9, "RU", "missile")},
    ),
    # the side's military as the subject of "used"
    (
        "Russia's defence ministry said it downed 40 Ukrainian drones. The Ukrainian military used three converted "
        "S-200 missiles in the attack, the ministry said.",
        {("intercepted", 40, "UA", "drone"), ("launched", 3, "UA", "missile")},
    ),
    # a side's defenders downing the other side's weapons
    (
        "Russia's defence ministry said it downed 25 Ukrainian drones. Ukrainian forces downed 44 of 50 drones "
        "overnight, the air force said.",
        {("intercepted", 25, "UA", "drone"), ("intercepted", 44, "RU", "drone"), ("launched", 50, "RU", "drone")},
    ),
    # downings placed over Russia by the words after the figure
    (
        "Russia launched 60 drones at Ukraine. The defence ministry of Russia announced the downing of seven drones "
        "over various regions of Russia.",
        {("launched", 60, "RU", "drone"), ("intercepted", 7, "UA", "drone")},
    ),
    (
        "Russia launched 60 drones at Ukraine. Russia's ministry reported the downing of six drones in the Penza "
        "region.",
        {("launched", 60, "RU", "drone"), ("intercepted", 6, "UA", "drone")},
    ),
    # a launch area in Russia stays Russia's launch
    (
        "Ukraine's air force said 29 cruise missiles were fired from the Engels air base in the Saratov region.",
        {("launched", 29, "RU", "missile")},
    ),
    (
        "Ukraine's air force said Tu-95 bombers fired 29 cruise missiles from the Volgodonsk area in the Rostov region.",
        {("launched", 29, "RU", "missile")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SIDE)
def test_the_side_of_a_figures_own_clause(text, expected):
    assert strike_facts(text) == expected


def test_gerbera_decoys_are_drones():
    assert strike_facts("Air defence units downed all 13 Gerbera decoys over the Sumy region, the governor said.") == {
        ("launched", 13, "RU", "drone"), ("intercepted", 13, "RU", "drone"),
    }
    assert strike_facts("Russia launched 90 Shahed drones and 30 Gerbera decoys overnight.") == {
        ("launched", 90, "RU", "drone"), ("launched", 30, "RU", "drone"),
    }


TRADED = [
    # a downing told by "being" after the figure, in a sentence that opens on both sides' launches
    (
        "Overnight Kyiv and Moscow exchanged drone strikes: a depot caught fire in Ukraine's Sumy region, with five "
        "Ukrainian drones being shot down over two western Russian regions, according to officials.",
        {("intercepted", 5, "UA", "drone")},
    ),
    # weapons downed over Russia named as such
    (
        "Kyiv and Moscow trade drone attacks, five UAVs shot down over western Russia.",
        {("intercepted", 5, "UA", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRADED)
def test_downings_over_russia_in_a_sentence_of_both_sides(text, expected):
    assert strike_facts(text) == expected


def test_fixed_wing_without_its_noun_counts_drones():
    text = (
        '"Overnight, air defenses intercepted and destroyed 40 Ukrainian fixed-wing: 25 over the Bryansk Region, ten '
        'over the Kaluga Region, and five over Crimea," the statement said.'
    )
    assert placed_facts(text) == {
        ("intercepted", 40, None), ("intercepted", 25, "Bryansk Region"), ("intercepted", 10, "Kaluga Region"),
        ("intercepted", 5, "Crimea"),
    }
    # aircraft stay aircraft
    assert placed_facts("Ukraine said it shot down two fixed-wing aircraft.") == set()


LIST_AFTER_ALL_DEVICES = [
    (
        "Ukraine again tried to attack Russian sites with four drones, the Russian defence ministry said. On "
        "Thursday, its statement said, the Ukrainian military tried new drone raids; all devices were shot down, "
        "three over the Oryol region and one in the Tula region.",
        {("launched", 4, "UA", "drone"), ("intercepted", 3, "UA", "drone"), ("intercepted", 1, "UA", "drone")},
    ),
    # a list item after a participle set off by commas and the place of the item before
    (
        "Air defences brought down three SCALP cruise missiles, launched by Ukraine, over the Kherson region, and 21 "
        "Ukrainian drones over the Belgorod and Kursk regions, the ministry reported.",
        {("intercepted", 3, "UA", "missile"), ("intercepted", 21, "UA", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_AFTER_ALL_DEVICES)
def test_list_items_and_their_side(text, expected):
    assert strike_facts(text) == expected


def test_a_sentence_going_on_with_the_list_of_the_one_before():
    text = (
        '"Air defence systems intercepted and destroyed 40 UAVs over the Rostov Region," the Russian defence ministry '
        'said. It was added that "three over the Lipetsk Region, six over the Krasnodar Region, one over the Oryol '
        'Region, as well as 12 drones over the waters of the Black Sea."'
    )
    assert placed_facts(text) == {
        ("intercepted", 40, None), ("intercepted", 3, "Lipetsk Region"), ("intercepted", 1, "Oryol Region"),
        ("intercepted", 6, "Krasnodar Region"), ("intercepted", 12, None),
    }
    # no list before it: no figure of a place from "It was added that"
    assert placed_facts("Russia launched 40 drones at Ukraine. It was added that two over the Kyiv region hit buildings.") == {
        ("launched", 40, None),
    }


OTHER_THINGS = [
    # "one other enterprise" counts an enterprise
    (
        "Overnight Ukrainian drones struck a refinery in Russia's Krasnodar region; the plant and at least one other "
        "enterprise were set on fire.",
        set(),
    ),
    # "others" and "more" with a verb, an adverb or a preposition after them still refer back
    (
        "Russia launched 40 drones; 30 were shot down and 6 others were lost.",
        {("launched", 40, "RU", "drone"), ("intercepted", 30, "RU", "drone"), ("intercepted", 6, "RU", "drone")},
    ),
    (
        "The Russian defence ministry said 14 drones were downed by anti-aircraft fire and six more by electronic "
        "warfare.",
        {("intercepted", 14, "UA", "drone"), ("intercepted", 6, "UA", "drone")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_THINGS)
def test_other_and_more_after_a_bare_figure(text, expected):
    assert strike_facts(text) == expected


def test_a_night_told_by_its_hours_and_weekdays_is_the_later_day():
    text = (
        "Russia's defence ministry said its air defences destroyed 90 Ukrainian drones. They were downed from 10:15 "
        "p.m. Wednesday to 4:40 a.m. Thursday, with most over Bryansk (40 drones), Kursk (25), Oryol and Tula (five "
        "each)."
    )
    dates = {
        (r["count"], r["place"]): str(r["event_date"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["place"] is not None
    }
    assert dates == {
        (40, "Bryansk"): "2025-06-12", (25, "Kursk"): "2025-06-12", (5, "Oryol"): "2025-06-12", (5, "Tula"): "2025-06-12",
    }
