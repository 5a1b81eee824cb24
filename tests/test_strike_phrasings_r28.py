"""Strike phrasing families of the 26th-28th rounds of real stories (launched and intercepted figures).

Found in the opened rounds r26-r28 and checked against other real reporting of 2022-2026 (Reuters, Kyiv
Independent and Ukrinform news desks, TASS, city military administrations, Zelensky's weekly tallies, Pentagon aid
packages): every sentence below was written for these tests, none is copied from a story. Each case gives every
strike fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope).
"""

from __future__ import annotations

import pytest

from tests.test_strike_families3 import facts_of


# A speaker's tally quoted whole opens on its period ("“Over the three winter months, Russian forces fired ...",
# "“Throughout the week, Russia has attacked ..."): the period words are the quoted sentence's opening, and its
# figures are the period's (FACTS.md 3, 4: a season's figures stay periods). Before, the opening quote mark hid the
# opening and the figures were read as one night's.
QUOTED_PERIOD_OPENING = [
    (
        "\u201cOver the three summer months, the enemy launched more than 9,200 attack drones and 410 missiles at our "
        "cities,\u201d the president said.",
        {("launched", 9200, "drone", None, "RU", "period"), ("launched", 410, "missile", None, "RU", "period")},
    ),
    (
        "\"Over the two autumn months, Russia sent 4,100 drones against our towns,\" the minister wrote.",
        {("launched", 4100, "drone", None, "RU", "period")},
    ),
]
# controls: a quoted night stays the night's
QUOTED_OPENING_CONTROLS = [
    (
        "\u201cLast night, the occupiers launched 75 drones at our cities,\u201d the president wrote.",
        {("launched", 75, "drone", None, "RU", "event")},
    ),
    (
        "\"Overnight, Russia fired 14 missiles at the region,\" the governor said.",
        {("launched", 14, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_PERIOD_OPENING + QUOTED_OPENING_CONTROLS)
def test_a_quoted_sentence_opening_on_its_period_is_that_period(text, expected):
    assert facts_of(text) == expected


# "flung" is a launch verb like "hurled" (Reuters: "Russia flung N drones and M missiles at Ukraine").
FLUNG = [
    (
        "Moscow flung 310 drones and 12 missiles at Ukraine overnight, officials said.",
        {("launched", 310, "drone", None, "RU", "event"), ("launched", 12, "missile", None, "RU", "event")},
    ),
    (
        "Overnight, Russia flung more than 150 attack drones at the capital, the mayor said.",
        {("launched", 150, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLUNG)
def test_flung_is_a_launch(text, expected):
    assert facts_of(text) == expected


# A remainder that flew back, in the speaker's quoted words ('the last one "returned to Russia"'), is neither
# downed nor lost (FACTS.md 2): no figure. Before, the opening quote mark hid the verb and the remainder was read as
# another interception.
REMAINDER_FLEW_BACK_QUOTED = [
    (
        "The air force said it destroyed 23 drones while the remaining one \"flew back to Belarus.\"",
        {("intercepted", 23, "drone", None, "RU", "event")},
    ),
    (
        "Defences downed 31 drones while the last one \"went back to Russia.\"",
        {("intercepted", 31, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REMAINDER_FLEW_BACK_QUOTED)
def test_a_quoted_remainder_that_flew_back_is_no_figure(text, expected):
    assert facts_of(text) == expected


# A figure that counts launchers sent with their rockets ("four HIMARS launchers and associated rockets") counts
# equipment, no launch (FACTS.md 4: launchers are never a count). Before, the rockets' noun took the figure.
LAUNCHERS_WITH_ROCKETS = [
    (
        "By using emergency powers, the five HIMARS launchers and associated rockets, 80 trucks and spare parts can "
        "reach Kyiv this month.",
        set(),
    ),
    ("Using its stocks, the army fielded the three HIMARS launchers and their rockets, 90 trucks and mines.", set()),
]
# control: rockets fired are a launch
LAUNCHERS_CONTROLS = [
    (
        "Ukraine fired 12 HIMARS rockets at the bridge overnight, the ministry said.",
        {("launched", 12, "missile", "HIMARS", "UA", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCHERS_WITH_ROCKETS + LAUNCHERS_CONTROLS)
def test_launchers_sent_with_their_rockets_are_no_launch(text, expected):
    assert facts_of(text) == expected


# A photo caption's "damaged by a Russian military attack" names the attack, not a Russian speaker: the figures after
# it stay Russia's launches (FACTS.md 3, attacker). Before, "Russian military" was read as the Russian ministry
# speaking, and a later figure naming no side took UA.
RUSSIAN_MILITARY_ATTACK = [
    (
        "A school damaged by a Russian military attack in Kharkiv, May 3, 2024.\n\n"
        "The southern command said Russia directed 14 drones at Mykolaiv and fired 3 Kalibr missiles.",
        {("launched", 14, "drone", None, "RU", "event"), ("launched", 3, "missile", "Kalibr", "RU", "event")},
    ),
]
# control: the Russian military speaking is still Russia's claim of downing Ukrainian drones
RUSSIAN_MILITARY_CONTROLS = [
    (
        "The Russian military said air defences destroyed 17 drones over the Belgorod region.",
        {("intercepted", 17, "drone", None, "UA", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN_MILITARY_ATTACK + RUSSIAN_MILITARY_CONTROLS)
def test_a_russian_military_attack_is_no_russian_speaker(text, expected):
    assert facts_of(text) == expected


# "All of them" right after a part sent one way ("and 36 of them headed towards the capital") is that part: a city's
# account of the drones that came its way (FACTS.md 4, "all of them" is the whole of the figure named before). Before,
# it was the whole the sentence began with.
ALL_OF_A_PART_HEADED = [
    (
        "Russia launched some 50 Shahed drones overnight, and 22 of them flew towards the capital. All of them were "
        "shot down, the mayor said.",
        {
            ("launched", 50, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 22, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 22, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "The enemy sent 40 drones against the region, 15 of them were aimed at the city. All of them were destroyed.",
        {
            ("launched", 40, "drone", None, "RU", "event"),
            ("launched", 15, "drone", None, "RU", "event"),
            ("intercepted", 15, "drone", None, "RU", "event"),
        },
    ),
]
# control: "all of them" after a whole is the whole
ALL_OF_A_PART_CONTROLS = [
    (
        "Russia launched 45 drones overnight. All of them were shot down.",
        {("launched", 45, "drone", None, "RU", "event"), ("intercepted", 45, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_OF_A_PART_HEADED + ALL_OF_A_PART_CONTROLS)
def test_all_of_them_after_a_part_headed_one_way_is_that_part(text, expected):
    assert facts_of(text) == expected


# The total's own words inside a partitive: "two of the total four missiles", "Of a total of 64 drones, 51 ...", and
# a total followed by the side that used them ("84 drones out of the 99 Russia used"): launched the total and
# intercepted the part (FACTS.md 4, "48 of the 61 drones").
PARTITIVE_TOTAL_WORDS = [
    (
        "Air defences shot down three of the total five missiles fired at the region.",
        {("intercepted", 3, "missile", None, "RU", "event"), ("launched", 5, "missile", None, "RU", "event")},
    ),
    (
        "Of a total of 64 drones, 51 were destroyed, the air force said.",
        {("launched", 64, "drone", None, "RU", "event"), ("intercepted", 51, "drone", None, "RU", "event")},
    ),
    (
        "Air defence destroyed 61 drones out of the 70 the enemy used in the attack.",
        {("intercepted", 61, "drone", None, "RU", "event"), ("launched", 70, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTITIVE_TOTAL_WORDS)
def test_a_partitive_with_its_totals_words(text, expected):
    assert facts_of(text) == expected


# A headline's plural present "down" with the defenders as its subject: "Ukrainian forces down 16 kamikaze drones"
# is a downing. Not where "down" is a fall ("attacks down 20%").
DEFENDERS_DOWN = [
    ("Ukrainian air defences down 27 Shahed drones overnight", {("intercepted", 27, "drone", "Shahed-136/131", "RU", "event")}),
    ("Russian forces down 9 Ukrainian drones over Kursk region", {("intercepted", 9, "drone", None, "UA", "event")}),
]
DEFENDERS_DOWN_CONTROLS = [
    ("Drone attacks down 20% from last week, the monitor says", set()),
    ("Missile launches down 12 from the previous month", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEFENDERS_DOWN + DEFENDERS_DOWN_CONTROLS)
def test_a_headlines_defenders_down_is_a_downing(text, expected):
    assert facts_of(text) == expected


# A regional head's tally of the day's weapons after a colon, its items ending on semicolons ("used against the
# region: 64 unguided aerial missiles; 8 KABs; 13 Shahed-type UAVs"): each item is launched, like the items of a
# list with commas. Before, only the first item took the header's verb.
SEMICOLON_LIST_AFTER_COLON = [
    (
        "The enemy used several kinds of weapons against the district: 21 unguided missiles; 6 guided aerial bombs; "
        "4 Shahed-type UAVs.",
        {
            ("launched", 21, "missile", None, "RU", "event"),
            ("launched", 6, "guided_bomb", "KAB", "RU", "event"),
            ("launched", 4, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
]
# controls: a semicolon with no colon header before it starts a clause of its own; an item with its own verb keeps it
SEMICOLON_LIST_CONTROLS = [
    ("Russia launched 40 drones; 12 hit targets in Kharkiv.", {("launched", 40, "drone", None, "RU", "event")}),
    (
        "Air defence destroyed 40 drones: 30 over Kyiv; 10 more were lost.",
        {
            ("intercepted", 40, "drone", None, "RU", "event"),
            ("intercepted", 30, "drone", None, "RU", "event"),
            ("lost", 10, "drone", None, "RU", "event"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEMICOLON_LIST_AFTER_COLON + SEMICOLON_LIST_CONTROLS)
def test_a_semicolon_list_after_a_colon_header_shares_its_verb(text, expected):
    assert facts_of(text) == expected


# A wire's link headline inside the body, a side's claim in its own line ("Russia says it downs 15 Ukrainian drones
# overnight" between two paragraphs of a story about a Russian attack), is another story's figure (like "Ukraine
# destroys 26 Russian drones" lines, `strikes._drop_related_headlines`). The article's own headline stays read.
RELATED_CLAIM_HEADLINE = [
    (
        "Ukraine says it shot down 31 drones in overnight attack\n\n"
        "KYIV: The Ukrainian air force said on Thursday it shot down 31 out of 35 drones during an overnight Russian "
        "attack.\n\n"
        "Debris damaged a warehouse, the governor said.\n\n"
        "Russia claims it destroyed 22 Ukrainian drones over border regions\n\n"
        "Shelling of the region damaged a school on Wednesday.",
        {("intercepted", 31, "drone", None, "RU", "event"), ("launched", 35, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATED_CLAIM_HEADLINE)
def test_a_sides_claim_as_a_link_headline_is_another_story(text, expected):
    assert facts_of(text) == expected


# A side's body that has said nothing ("The Russian Defense Ministry has made no comment on the attack", "Russia's
# defence ministry did not immediately respond to a request for comment", "there was no immediate comment from
# Moscow") speaks for no figure: it names no attacker, and the figures around it keep Russia's launches. Before, the
# ministry's name was read as the Russian side reporting downings, and the side was carried to the article's figures.
NOT_COMMENTING = [
    (
        "According to the regional governor, air defences shot down three more missiles over the city.\n\n"
        "The Russian Defence Ministry has not commented on the strike.",
        {("intercepted", 3, "missile", None, "RU", "event")},
    ),
    (
        "Air defences downed 12 drones over the region, the governor said.\n\n"
        "Russia's defence ministry did not immediately respond to a request for comment.",
        {("intercepted", 12, "drone", None, "RU", "event")},
    ),
]
# control: the Russian ministry speaking still names Ukraine as the attacker
NOT_COMMENTING_CONTROLS = [
    (
        "Kyiv has not commented. The Russian Defence Ministry said air defences destroyed 14 drones over Kursk.",
        {("intercepted", 14, "drone", None, "UA", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_COMMENTING + NOT_COMMENTING_CONTROLS)
def test_a_side_that_has_not_commented_names_no_attacker(text, expected):
    assert facts_of(text) == expected


# "lost track of N decoy drones" is the air force's locationally lost (FACTS.md 2, `lost`), not a launch of its
# own, whatever participle describes the drones ("launched by Russia alongside the attack drones"). Before, the
# participle made it a launched figure.
LOST_TRACK_OF = [
    (
        "The air force also said it lost track of 52 decoy drones launched by Russia alongside the attack drones.",
        {("lost", 52, "drone", None, "RU", "event")},
    ),
    ("The military lost track of the 17 imitation drones that the enemy sent overnight.", {("lost", 17, "drone", None, "RU", "event")}),
]


@pytest.mark.parametrize(("text", "expected"), LOST_TRACK_OF)
def test_lost_track_of_is_lost(text, expected):
    assert facts_of(text) == expected


# "All the drones Russia launched on Kyiv were destroyed" after the country's figures: a city's whole whose count
# the article does not give (the capital's administration speaking of its own sky), no "all" of the figure before.
# Before, it took the country's launched total as the city's interception. (The country's own whole stays one.)
ALL_THE_WEAPONS_AT_A_CITY = [
    (
        "Russia launched 24 drones overnight, the air force said. Air defences destroyed 21 of the drones over five "
        "regions. All the drones Russia launched on Kyiv were destroyed, the head of the city administration said.",
        {("launched", 24, "drone", None, "RU", "event"), ("intercepted", 21, "drone", None, "RU", "event")},
    ),
]
ALL_THE_WEAPONS_AT_A_CITY_CONTROLS = [
    # the city's whole with its parts after it keeps the parts
    (
        "The air force said its defences downed all of the drones and missiles that Russia fired at the capital on "
        "Tuesday night, including four Kinzhal missiles.",
        {("intercepted", 4, "missile", "Kinzhal", "RU", "event"), ("launched", 4, "missile", "Kinzhal", "RU", "event")},
    ),
    (
        "Russia launched 16 drones overnight. All the drones Russia launched at Ukraine were destroyed.",
        {("launched", 16, "drone", None, "RU", "event"), ("intercepted", 16, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 16 drones overnight. All the drones were destroyed.",
        {("launched", 16, "drone", None, "RU", "event"), ("intercepted", 16, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_THE_WEAPONS_AT_A_CITY + ALL_THE_WEAPONS_AT_A_CITY_CONTROLS)
def test_all_the_weapons_launched_at_a_city_is_no_count(text, expected):
    assert facts_of(text) == expected
