"""Strike phrasings of round 17 (launched and intercepted figures, docs/facts.md 4), the families the audit of r66-r68
found in real reporting:

- the Russian ministry's dash list of places with its lines set as paragraphs of their own, a figure shared "each"
  among places before or after the dash ("4 – each over A and B", "and one each – over A, B and C"), and a hedged
  part headed for a city ("including 34 allegedly heading for Moscow");
- the air force's reporting verbs of what came in ("tallied", "counted") before a mixed total and its breakdown;
- "N of the M drones (UAVs) shot down": an abbreviation in brackets after the noun;
- "lost after being neutralised by electronic warfare" is a downing; "lost due to electronic warfare" stays lost;
- "intercepted 475 and 39 of those respectively" after two launched figures: paired in order;
- ", with 26 cruise missiles," after a launch: the list's next item;
- "of which 67 were shot down" after a list of drones and missiles: a part of the mixed group;
- "this was one of the drones downed earlier": an identity, no count of one;
- a share of a list ("most of the 36 drones and three missiles launched by Ukraine had been downed") counts each
  figure's launch and no downing; "launched by Ukraine" names Ukraine's weapons;
- "all of the drones headed for Kyiv" is the city's whole, its count unsaid;
- an editor's noun in square brackets ('"Nine [drones] were shot down"');
- a weapons sale's items ("$600 million worth of arms, including 2,000 ... missiles") are no launch;
- plain "rockets" downed by air defence or fired by aircraft are missiles (artillery rockets otherwise count nothing);
- "two each over the nearby Kursk and Tula regions": a description before the places' names;
- "the destruction by air defence of 10 missiles of the Vilkha MLRS": the agent between the noun and its weapons, and
  the launcher after "missiles of";
- "downed 337 drones, 91 of which targeted Moscow": a part of the downing placed at its target, no launch;
- "the strikes on Ukrainian fuel and energy sites included ...", "the night of May 6-7 saw Russia fire ...",
  "including two of its rarely used Zircon missiles": launches; "Ukraine hit a refinery", "Russia carried out an
  attack" name the attacker;
- "all missiles had been shot down", "all of Friday's drones were destroyed": "all" with a bare plural is "all the
  missiles"; after a downing of the same figure it restates the downing (no launch), unless it names the launch;
- weapons that got through or were sent off course count no downing and no launch: "two drones destroyed an
  administrative building" (a hit), "60 drones had evaded air defences", "36 were redirected using electronic
  warfare" (lost), "300 drones went off radar or were jammed" (lost);
- "five drones headed towards Moscow were downed": on their way in (only "towards Belarus", "towards the
  Russian border" is flying away);
- "used 53 shells and 19 drones in their attacks": the shells are no count and no item between the verb and the
  drones;
- "all the missiles" after a sentence listing several missile figures is each of them;
- a Russian official's sentence that reports no downing ("The attack involved missiles and drones, according to the
  Russian defence ministry") goes on with the side of the sentence before it.

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


def lost_facts(text: str) -> set[tuple]:
    return strike_tuples(text, PUBLISHED, types=("launched", "intercepted", "lost"))


# the ministry's list, one paragraph a line
PARAGRAPH_LIST = (
    "Russia's defence ministry said its air defences destroyed 120 Ukrainian drones overnight.\n\n"
    "According to the ministry:\n\n"
    "35 drones were downed over the Smolensk region,\n\n"
    "30 - over the Tver region, including 12 allegedly heading for Moscow,\n\n"
    "20 – over Kursk region,\n\n"
    "6 – each over the Penza and Saratov regions,\n\n"
    "and one each – over the Ryazan, Tambov and Kaluga regions."
)
# ... and one line a line
LINE_LIST = (
    "The ministry said 64 drones were intercepted overnight:\n"
    "25 drones – over the territory of the Bryansk region,\n"
    "9 – over the territory of the Oryol region,\n"
    "5 each – over the territories of the Lipetsk and Tula regions,\n"
    "two – each over the Kaluga and Vladimir regions,\n"
    "one each – over the Ryazan and Penza regions."
)


def test_a_dash_list_set_as_paragraphs_gives_one_fact_a_line_and_place():
    assert placed_facts(PARAGRAPH_LIST) == {
        ("intercepted", 120, None),
        ("intercepted", 35, "Smolensk region"),
        ("intercepted", 30, "Tver region"),
        ("intercepted", 12, "Moscow"),
        ("intercepted", 20, "Kursk region"),
        ("intercepted", 6, "Penza region"),
        ("intercepted", 6, "Saratov region"),
        ("intercepted", 1, "Ryazan region"),
        ("intercepted", 1, "Tambov region"),
        ("intercepted", 1, "Kaluga region"),
    }


def test_a_dash_list_with_each_before_or_after_the_dash():
    assert placed_facts(LINE_LIST) == {
        ("intercepted", 64, None),
        ("intercepted", 25, "Bryansk region"),
        ("intercepted", 9, "Oryol region"),
        ("intercepted", 5, "Lipetsk region"),
        ("intercepted", 5, "Tula region"),
        ("intercepted", 2, "Kaluga region"),
        ("intercepted", 2, "Vladimir region"),
        ("intercepted", 1, "Ryazan region"),
        ("intercepted", 1, "Penza region"),
    }


def test_the_list_paragraphs_keep_their_offsets():
    facts = article_facts(PARAGRAPH_LIST, PUBLISHED)
    for row in facts.iter_rows(named=True):
        assert PARAGRAPH_LIST[row["evidence_start"]:row["evidence_end"]] == row["evidence"]


def test_a_paragraph_after_a_full_stop_is_no_line_of_the_list():
    text = (
        "The ministry said 40 drones were destroyed over the Belgorod region.\n\n"
        "5 – over the Kursk region, a local official later added, without saying what was downed."
    )
    assert placed_facts(text) == {("intercepted", 40, None)}


CASES = [
    # reporting verbs of what came in, before a mixed total and its breakdown
    (
        "The air force tallied 312 aerial weapons overnight, including 18 missiles and 294 drones.",
        {("launched", 312, "RU", "aerial_target"), ("launched", 18, "RU", "missile"), ("launched", 294, "RU", "drone")},
    ),
    (
        "Ukraine's air force counted 145 air attack weapons, including 7 missiles and 138 drones.",
        {("launched", 145, "RU", "aerial_target"), ("launched", 7, "RU", "missile"), ("launched", 138, "RU", "drone")},
    ),
    # an abbreviation in brackets after the noun
    (
        "The city was attacked overnight, with the air force reporting 51 of the 60 Russian unmanned aerial vehicles "
        "(UAVs) shot down.",
        {("intercepted", 51, "RU", "drone"), ("launched", 60, "RU", "drone")},
    ),
    (
        "Officials said 14 drones (UAV) were destroyed over the region by mobile fire groups.",
        {("intercepted", 14, "RU", "drone")},
    ),
    # "respectively" pairing downed figures with the launched ones before them
    (
        "Overnight Russia launched 390 drones and 44 missiles, the air force said, adding that it had downed 370 and 31 "
        "of them respectively.",
        {
            ("launched", 390, "RU", "drone"), ("launched", 44, "RU", "missile"),
            ("intercepted", 370, "RU", "drone"), ("intercepted", 31, "RU", "missile"),
        },
    ),
    (
        "Moscow sent 150 drones and nine missiles against Ukraine; air defences destroyed 132 and 6, respectively.",
        {
            ("launched", 150, "RU", "drone"), ("launched", 9, "RU", "missile"),
            ("intercepted", 132, "RU", "drone"), ("intercepted", 6, "RU", "missile"),
        },
    ),
    (
        "Russia fired 85 drones and 11 missiles at the country, of which 70 and 8, respectively, were shot down.",
        {
            ("launched", 85, "RU", "drone"), ("launched", 11, "RU", "missile"),
            ("intercepted", 70, "RU", "drone"), ("intercepted", 8, "RU", "missile"),
        },
    ),
    # "with" weapons beside the launched ones
    (
        "Russia fired 480 attack drones and decoys, with 19 cruise missiles, into Ukraine overnight.",
        {("launched", 480, "RU", "drone"), ("launched", 19, "RU", "missile")},
    ),
    (
        "Moscow launched 75 drones, along with four ballistic missiles, at Kharkiv on Tuesday night.",
        {("launched", 75, "RU", "drone"), ("launched", 4, "RU", "missile")},
    ),
    # a part of a mixed list, its count unsplit
    (
        "Russia launched 58 drones and three Iskander-M ballistic missiles overnight, of which 49 were shot down or "
        "suppressed, the air force said.",
        {("launched", 58, "RU", "drone"), ("launched", 3, "RU", "missile"), ("intercepted", 49, "RU", "aerial_target")},
    ),
    (
        "Russia fired 22 cruise missiles and 40 Shahed drones at the west, 51 of which were destroyed.",
        {("launched", 22, "RU", "missile"), ("launched", 40, "RU", "drone"), ("intercepted", 51, "RU", "aerial_target")},
    ),
    # ... a list of one class keeps its class, and "all of which" is each figure
    (
        "Russia fired 30 drones, of which 24 were shot down.",
        {("launched", 30, "RU", "drone"), ("intercepted", 24, "RU", "drone")},
    ),
    (
        "Russia fired 30 drones and 2 missiles, all of which were shot down.",
        {
            ("launched", 30, "RU", "drone"), ("launched", 2, "RU", "missile"),
            ("intercepted", 30, "RU", "drone"), ("intercepted", 2, "RU", "missile"),
        },
    ),
    # one of a group named before, after a copula, is no count; a count of one stays
    (
        "One of the drones was downed close to the airport.",
        {("intercepted", 1, "RU", "drone")},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_phrasings_of_round_17(text, expected):
    assert strike_facts(text) == expected


NEGATIVES = [
    "Officials could not say whether the wreck was one of the drones downed by air defences earlier.",
    "Officials said the missile that hit the depot is one of the missiles fired from the Black Sea.",
    "Russia launched 40 drones at Odesa, with three missiles held in reserve.",
    "Russia fired drones and missiles at Kyiv and Lviv respectively, officials said.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_give_no_new_strike_fact(text):
    facts = strike_facts(text)
    assert not any(count in (1, 3) for _, count, _, _ in facts)


LOST_CASES = [
    (
        "Seven more drones were lost after being neutralised by electronic warfare, the air force said.",
        {("intercepted", 7, "RU", "drone")},
    ),
    (
        "The air force said 12 drones were lost after getting suppressed by electronic warfare.",
        {("intercepted", 12, "RU", "drone")},
    ),
    (
        "A further 30 drones were lost due to electronic warfare, the air force said.",
        {("lost", 30, "RU", "drone")},
    ),
    (
        "Another 44 decoy drones were lost, likely having been jammed.",
        {("lost", 44, "RU", "drone")},
    ),
]


@pytest.mark.parametrize("text,expected", LOST_CASES)
def test_lost_after_neutralising_is_a_downing(text, expected):
    assert lost_facts(text) == expected


MORE_CASES = [
    # a share of a list is a share of each figure: each launched, none downed
    (
        "Most of the roughly two dozen drones and four missiles launched by Ukraine in the raid had been downed by "
        "the region's air defences, the governor said.",
        {("launched", 24, "UA", "drone"), ("launched", 4, "UA", "missile")},
    ),
    (
        "The majority of the 70 drones and 6 missiles fired overnight were shot down, officials said.",
        {("launched", 70, "RU", "drone"), ("launched", 6, "RU", "missile")},
    ),
    # the weapons' own launcher after "by"
    (
        "Twelve drones fired by Ukrainian forces were destroyed over the border, the governor said.",
        {("intercepted", 12, "UA", "drone")},
    ),
    # an editor's noun in brackets
    (
        '"Nine [drones] were shot down," the spokesman said.',
        {("intercepted", 9, "RU", "drone")},
    ),
    (
        '"Twenty-two [missiles] were intercepted over the capital," the mayor wrote.',
        {("intercepted", 22, "RU", "missile")},
    ),
]


@pytest.mark.parametrize("text,expected", MORE_CASES)
def test_more_phrasings_of_round_17(text, expected):
    assert strike_facts(text) == expected


def test_all_the_drones_headed_for_a_city_is_no_whole_of_the_country():
    text = (
        "The air force said Russia attacked overnight with 3 missiles and 52 drones. It said it had shot down 41 of "
        "the drones. The city's military administration said its air defences had shot down all of the drones headed "
        "for Kyiv after an alert that began at 4 a.m. and lasted 2 hours."
    )
    assert strike_facts(text) == {
        ("launched", 3, "RU", "missile"), ("launched", 52, "RU", "drone"), ("intercepted", 41, "RU", "drone"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The State Department told Congress that Kyiv will pay for $500 million worth of weapons, including 2,100 "
        "air-launched missiles and spare parts.",
        "The arms sale covers 1,200 guided missiles and training, officials said.",
    ],
)
def test_a_weapons_sale_counts_no_launch(text):
    assert strike_facts(text) == set()


def test_a_russian_ministry_sentence_without_a_downing_goes_on_with_the_side_before():
    text = (
        "Russian forces launched a large-scale air assault on Ukraine overnight, officials said. The strike used "
        "missiles and attack drones aimed at energy sites, according to the Russian Ministry of Defence.\n\n"
        "It came weeks after an earlier offensive that deployed over 700 drones and dozens of missiles."
    )
    assert strike_facts(text) == {("launched", 700, "RU", "drone")}


def test_a_russian_ministry_sentence_after_no_side_still_speaks_for_ukraines_weapons():
    text = (
        "The Ukrainian army made an attempt to attack the Tula region with five drones. The Russian Ministry of "
        "Defence reported this on Telegram.\n\nIt said air defence systems had destroyed all the drones."
    )
    assert strike_facts(text) == {("launched", 5, "UA", "drone"), ("intercepted", 5, "UA", "drone")}


ROCKETS = [
    (
        "According to preliminary information, more than 8 rockets were shot down over the bay, the governor said.",
        {("intercepted", 8, "RU", "missile")},
    ),
    (
        "Air defences intercepted 14 rockets over the city overnight.",
        {("intercepted", 14, "RU", "missile")},
    ),
    (
        "The governor said Russian warplanes fired about 20 rockets at the airfield before dawn.",
        {("launched", 20, "RU", "missile")},
    ),
    # artillery rockets count nothing
    ("Russian forces fired 40 rockets at the town from multiple launch rocket systems overnight.", set()),
    ("The troops shelled the village with 25 rockets and mortar rounds.", set()),
]


@pytest.mark.parametrize("text,expected", ROCKETS)
def test_rockets_downed_or_fired_by_aircraft_are_missiles(text, expected):
    assert strike_facts(text) == expected


def test_each_over_places_described_before_their_names():
    text = (
        "Five drones were destroyed each over the Kursk and Lipetsk regions in western Russia and three each over the "
        "neighbouring Tula and Kaluga regions."
    )
    assert placed_facts(text) == {
        ("intercepted", 5, "Kursk region"), ("intercepted", 5, "Lipetsk region"),
        ("intercepted", 3, "Tula region"), ("intercepted", 3, "Kaluga region"),
    }


def test_the_destruction_by_air_defence_of_missiles_of_a_launcher():
    text = (
        "The ministry reported the destruction by air defence forces (air defence) of 12 missiles of a Vilkha rocket "
        "system over the Kursk region."
    )
    facts = article_facts(text, PUBLISHED)
    assert {(r["fact_type"], r["count"], r["attacker"], r["weapon_class"], r["weapon"]) for r in facts.iter_rows(named=True)} == {
        ("intercepted", 12, "UA", "missile", "Vilkha")
    }


CASES_3 = [
    (
        "Russia's ministry said it downed 212 Ukrainian drones, 64 of which targeted Moscow.",
        {("intercepted", 212, "UA", "drone"), ("intercepted", 64, "UA", "drone")},
    ),
    (
        "Russia's defence ministry said it had destroyed 95 drones, of which 40 had targeted the Bryansk region.",
        {("intercepted", 95, "UA", "drone"), ("intercepted", 40, "UA", "drone")},
    ),
    # after a launch, the part by its target stays a launch
    (
        "Russia launched 80 drones at Ukraine, 30 of which targeted Kharkiv.",
        {("launched", 80, "RU", "drone"), ("launched", 30, "RU", "drone")},
    ),
    (
        "The strikes on Ukraine's gas and power facilities included 44 cruise missiles as well as 90 Shaheds and "
        "other drones, the air force said.",
        {("launched", 44, "RU", "missile"), ("launched", 90, "RU", "drone")},
    ),
    (
        "The night of May 6-7 saw Russia fire 420 drones at Ukraine.",
        {("launched", 420, "RU", "drone")},
    ),
    (
        "The air force said Russia had fired 290 drones and 18 missiles, including three of its rarely used Zircon "
        "missiles, overnight.",
        {("launched", 290, "RU", "drone"), ("launched", 18, "RU", "missile"), ("launched", 3, "RU", "missile")},
    ),
    (
        "Ukraine reportedly hit a Russian fuel depot overnight in a raid involving at least 60 drones.",
        {("launched", 60, "UA", "drone")},
    ),
]


@pytest.mark.parametrize("text,expected", CASES_3)
def test_parts_by_target_and_launch_wordings(text, expected):
    assert strike_facts(text) == expected


def test_a_downed_part_by_its_target_is_placed_there():
    assert ("intercepted", 64, "Moscow") in placed_facts(
        "Russia's ministry said it downed 212 Ukrainian drones, 64 of which targeted Moscow."
    )


def test_a_city_hit_by_strikes_names_no_attacker():
    text = (
        "Kyiv hit by strikes on energy sites\n\nOvernight, Russia carried out a combined air attack on Ukraine, "
        "deploying 250 drones and 12 missiles."
    )
    assert strike_facts(text) == {("launched", 250, "RU", "drone"), ("launched", 12, "RU", "missile")}


ALL_BARE = [
    (
        "Russia fired 12 missiles at Kyiv overnight. The ministry said all missiles were intercepted.",
        {("launched", 12, "RU", "missile"), ("intercepted", 12, "RU", "missile")},
    ),
    (
        "Officials said Russia attacked Ukraine with 21 drones. The military said that all of Sunday's drones were destroyed.",
        {("launched", 21, "RU", "drone"), ("intercepted", 21, "RU", "drone")},
    ),
    # a bare "all" after a downing of the figure restates the downing
    (
        "Air defences downed nine drones over the port, the governor said. Nothing was damaged and all drones were "
        "brought down over the bay.",
        {("intercepted", 9, "RU", "drone")},
    ),
    # ... unless it names the launch
    (
        "Air defence destroyed six ballistic missiles over the capital. All the missiles launched were downed, the air "
        "force said.",
        {("intercepted", 6, "RU", "missile"), ("launched", 6, "RU", "missile")},
    ),
    # the city's whole, its count unsaid
    (
        "Russia launched 30 drones overnight. The mayor said air defences destroyed all drones that were moving "
        "toward Kyiv.",
        {("launched", 30, "RU", "drone")},
    ),
    # shares stay shares
    (
        "Russia launched 30 drones overnight. Not all drones were shot down, officials said.",
        {("launched", 30, "RU", "drone")},
    ),
]


@pytest.mark.parametrize("text,expected", ALL_BARE)
def test_all_with_a_bare_plural(text, expected):
    assert strike_facts(text) == expected


NOT_DOWNED = [
    ("Two drones destroyed an office building near the harbour, the governor said.", set()),
    ("Three drones destroyed the roof of a warehouse on the outskirts.", set()),
    (
        "The air force said eight missiles and about 40 drones had evaded air defences and struck targets.",
        set(),
    ),
    # a headline's participle stays a downing
    ("Fifteen drones destroyed overnight over the Odesa region, the air force said.", {("intercepted", 15, "RU", "drone")}),
]


@pytest.mark.parametrize("text,expected", NOT_DOWNED)
def test_weapons_that_got_through(text, expected):
    assert strike_facts(text) == expected


LOST_MORE = [
    (
        "The air force said Russia launched 70 drones overnight. Of these, 30 were shot down, and another 25 were "
        "redirected using electronic warfare.",
        {("launched", 70, "RU", "drone"), ("intercepted", 30, "RU", "drone"), ("lost", 25, "RU", "drone")},
    ),
    (
        "A further 120 drones went off radar or were jammed, the air force said.",
        {("lost", 120, "RU", "drone")},
    ),
]


@pytest.mark.parametrize("text,expected", LOST_MORE)
def test_redirected_and_off_radar_are_lost(text, expected):
    assert lost_facts(text) == expected


HEADED_AND_SHELLS = [
    (
        "The mayor wrote that four drones headed towards Moscow were destroyed.",
        {("intercepted", 4, "UA", "drone")},
    ),
    (
        "Air defences shot down 41 drones, while nine drones headed towards Belarus, the air force said.",
        {("intercepted", 41, "RU", "drone")},
    ),
    (
        "The governor said Ukrainian forces used 61 shells and 23 drones in their attacks on the region over the past day.",
        {("launched", 23, "UA", "drone")},
    ),
    (
        "Ukrainian troops launched four mortar rounds and two drones at the district, the governor said.",
        {("launched", 2, "UA", "drone")},
    ),
    ("The army fired 40 shells and 12 mortar rounds at the village.", set()),
]


@pytest.mark.parametrize("text,expected", HEADED_AND_SHELLS)
def test_headed_for_a_city_and_shells_before_drones(text, expected):
    assert strike_facts(text) == expected


ALL_OF_A_CLASS_LIST = [
    (
        "Russia fired 3 ballistic missiles and 24 cruise missiles at the capital. Air defences shot down all the "
        "missiles, the air force said.",
        {
            ("launched", 3, "RU", "missile"), ("launched", 24, "RU", "missile"),
            ("intercepted", 3, "RU", "missile"), ("intercepted", 24, "RU", "missile"),
        },
    ),
    # the drones of the list are not "all the missiles"
    (
        "Overnight Russia used 50 drones, 4 Kalibr missiles and 2 Kinzhal missiles. All the missiles were destroyed.",
        {
            ("launched", 50, "RU", "drone"), ("launched", 4, "RU", "missile"), ("launched", 2, "RU", "missile"),
            ("intercepted", 4, "RU", "missile"), ("intercepted", 2, "RU", "missile"),
        },
    ),
    # one figure of the class: that figure
    (
        "Russia launched 35 drones and 6 missiles. Air defences destroyed all the missiles.",
        {("launched", 35, "RU", "drone"), ("launched", 6, "RU", "missile"), ("intercepted", 6, "RU", "missile")},
    ),
]


@pytest.mark.parametrize("text,expected", ALL_OF_A_CLASS_LIST)
def test_all_the_missiles_after_a_list_of_missile_figures(text, expected):
    assert strike_facts(text) == expected
