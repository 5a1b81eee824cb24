"""Strike phrasing families of the 44th, 45th and 47th rounds of real stories (launched and intercepted figures, the
side that launched them, their scope).

Found in the opened rounds r44, r45 and r47 (2022-2025 air attacks: wire syndications, Ukrinform, TASS and Sputnik
relays, Gulf, Indian and Pakistani outlets) and checked against how wire services, Ukrainian outlets and the Russian
ministry's relays word them: every sentence below was written for these tests, none is copied from a story. Each case
gives every strike fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope); the controls give what
must not be read.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2024-05-16T09:00:00Z"
STRIKE_TYPES = ("launched", "intercepted", "lost")


def strike_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["weapon"], r["attacker"], r["scope"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


def strike_places(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["place"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 1. The side that launched. Moscow as the subject of a launch is Russia ("Moscow launched 75 drones into Ukraine"),
#    also after a story about Russia's own downings; "Ukraine, meanwhile, said its air defence had destroyed ..." is
#    Ukraine's claim; Russian officials' "the Kiev regime" and "the attack carried out by Ukraine" name Ukraine as the
#    attacker; the Russian army's groups of forces and its defence minister report downings as the ministry does.
ATTACKER = [
    (
        "Russian air defences downed six Ukrainian drones over the Bryansk region. Moscow launched 60 drones into "
        "Ukraine overnight, most of them aimed at Kyiv.",
        {("intercepted", 6, "drone", None, "UA", "event"), ("launched", 60, "drone", None, "RU", "event")},
    ),
    (
        "Russia's ministry said it destroyed 12 Ukrainian drones over the Kursk region. Kyiv said Moscow had fired 30 "
        "drones and four missiles at the country.",
        {
            ("intercepted", 12, "drone", None, "UA", "event"), ("launched", 30, "drone", None, "RU", "event"),
            ("launched", 4, "missile", None, "RU", "event"),
        },
    ),
    (
        "Russia's defence ministry said it shot down 20 Ukrainian drones over the Belgorod region. Ukraine, meanwhile, "
        "said its air defence had destroyed 14 out of 16 drones over the country on Sunday.",
        {
            ("intercepted", 20, "drone", None, "UA", "event"), ("intercepted", 14, "drone", None, "RU", "event"),
            ("launched", 16, "drone", None, "RU", "event"),
        },
    ),
    (
        "Russian Defence Minister Sergei Shoigu said the Kiev regime had staged a terrorist act overnight. Seven "
        "aircraft-type drones were involved in it.",
        {("launched", 7, "drone", None, "UA", "event")},
    ),
    (
        "The drone attack carried out by Ukraine before dawn on Tuesday hit a fuel depot. Nine unmanned aerial vehicles "
        "took part in the raid, officials said.",
        {("launched", 9, "drone", None, "UA", "event")},
    ),
    (
        "The air defence of the West group of troops destroyed 31 unmanned aerial vehicles in one day, the group's press "
        "centre said.",
        {("intercepted", 31, "drone", None, "UA", "event")},
    ),
    (
        "Battlegroup Centre said its air defence units had shot down 17 drones near Pokrovsk over the past day.",
        {("intercepted", 17, "drone", None, "UA", "event")},
    ),
    (
        "Russian Defence Minister Andrei Belousov said 40 drones had been destroyed overnight.",
        {("intercepted", 40, "drone", None, "UA", "event")},
    ),
]
ATTACKER_CONTROLS = [
    # Ukraine's own groups of forces (the Eastern Group, Khortytsia) report Russia's weapons
    (
        "A spokesman for Ukraine's Eastern Group of Forces said 22 Russian drones were shot down near Bakhmut.",
        {("intercepted", 22, "drone", None, "RU", "event")},
    ),
    (
        "The Khortytsia group of troops said its units destroyed 18 drones over the past day.",
        {("intercepted", 18, "drone", None, "RU", "event")},
    ),
    # the Moscow region as the target is no launch by Moscow
    (
        "Ukraine launched 25 drones at the Moscow region overnight, the mayor said.",
        {("launched", 25, "drone", None, "UA", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKER + ATTACKER_CONTROLS)
def test_attacker_from_the_launching_state_and_the_reporting_side(text, expected):
    assert strike_facts(text) == expected


# 2. The noun and its modifiers. "Uncrewed aerial vehicles" are the unmanned ones; a missile's role written as one
#    compound ("Kh-59 air-to-surface missiles", "S-300 surface-to-air missiles" fired at a city) is the noun's modifier,
#    not a preposition ending the noun phrase; a model typed with a Ukrainian "і" ("Kalіbr") is the model; a figure
#    quoted with its qualifier ('"more than ten" drones') is the figure.
NOUN_PHRASES = [
    (
        "Two Ukrainian uncrewed aerial vehicles were intercepted over the Kursk region, the ministry said.",
        {("intercepted", 2, "drone", None, "UA", "event")},
    ),
    (
        "Air defence destroyed 11 uncrewed aircraft overnight, the air force said.",
        {("intercepted", 11, "drone", None, "RU", "event")},
    ),
    (
        "Russia fired five S-300 air-defence missiles at the Zaporizhzhia region on Thursday night.",
        {("launched", 5, "missile", "S-300", "RU", "event")},
    ),
    (
        "The enemy also launched six Kh-59 air-to-surface missiles at the Odesa region overnight.",
        {("launched", 6, "missile", "Kh-59", "RU", "event")},
    ),
    (
        "Russian aircraft fired three guided air-to-ground missiles at the port overnight.",
        {("launched", 3, "missile", None, "RU", "event")},
    ),
    (
        "The navy launched nine cruise missiles \u2018Kal\u0456br\u2019 from the Black Sea overnight.",
        {("launched", 9, "missile", "Kalibr", "RU", "event")},
    ),
    (
        "Russia launched eight Kal\u0456br missiles at the south overnight.",
        {("launched", 8, "missile", "Kalibr", "RU", "event")},
    ),
    (
        'A news outlet quoted an unnamed source who said "more than ten" drones were downed over the capital overnight.',
        {("intercepted", 10, "drone", None, "RU", "event")},
    ),
    (
        'The mayor said "about 20" drones were downed on the approach to the city overnight.',
        {("intercepted", 20, "drone", None, "RU", "event")},
    ),
]
NOUN_PHRASE_CONTROLS = [
    # surface-to-air missiles without a model Russia fires at the ground are interceptors: no launch
    ("Ukraine fired 12 surface-to-air missiles at the incoming drones overnight.", set()),
    ("The battery used 30 ground-to-air missiles in a week, the commander said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_PHRASES + NOUN_PHRASE_CONTROLS)
def test_noun_phrases_of_weapons(text, expected):
    assert strike_facts(text) == expected


# 3. What was launched, said with the attack as the subject of "featured", or with the launch as a noun after "saw"
#    ("the offensive saw the deployment of 95 missiles and 28 drones", "the barrage saw the use of 40 drones").
ATTACK_AS_SUBJECT = [
    (
        "According to the air force, the Russian strikes featured 70 missiles and nine drones.",
        {("launched", 70, "missile", None, "RU", "event"), ("launched", 9, "drone", None, "RU", "event")},
    ),
    (
        "The overnight attack featured 35 Shahed drones, the air force said.",
        {("launched", 35, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "The assault saw the deployment of 110 missiles and 30 drones, officials said.",
        {("launched", 110, "missile", None, "RU", "event"), ("launched", 30, "drone", None, "RU", "event")},
    ),
    (
        "The night's barrage saw the use of 40 Shahed drones and three missiles.",
        {("launched", 40, "drone", "Shahed-136/131", "RU", "event"), ("launched", 3, "missile", None, "RU", "event")},
    ),
    (
        "The attack saw the launch of more than 90 missiles, the largest in weeks.",
        {("launched", 90, "missile", None, "RU", "event")},
    ),
]
ATTACK_AS_SUBJECT_CONTROLS = [
    # a year, a system or a plan "saw" or "featured" no attack
    ("The year saw the deployment of 500 missiles to the border.", set()),
    ("The new air defence system featured 12 missiles on its launchers.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ATTACK_AS_SUBJECT + ATTACK_AS_SUBJECT_CONTROLS)
def test_attack_as_subject_and_launch_as_noun(text, expected):
    assert strike_facts(text) == expected


# 4. Places of a list of downings: a region's sky ("in the sky of the Dnipropetrovsk region") and an air command's
#    direction ("4 in the Chernihiv direction") place each item.
PLACE_LISTS = [
    (
        "According to the spokesman, 7 attack drones were downed in the Sumy direction, 3 in the Chernihiv direction, "
        "and 12 in the Kyiv direction.",
        {("intercepted", 7, "Sumy"), ("intercepted", 3, "Chernihiv"), ("intercepted", 12, "Kyiv")},
    ),
    (
        "It is known that 4 UAVs were eliminated in the sky of the Poltava region, 3 in the Kirovohrad region, and "
        "one in the Cherkasy region.",
        {
            ("intercepted", 4, "Poltava region"), ("intercepted", 3, "Kirovohrad region"),
            ("intercepted", 1, "Cherkasy region"),
        },
    ),
    (
        "Nine drones were shot down in the skies over the Odesa region, two in the Mykolaiv region.",
        {("intercepted", 9, "Odesa region"), ("intercepted", 2, "Mykolaiv region")},
    ),
]
PLACE_LIST_CONTROLS = [
    # people placed by a direction are no weapons
    (
        "Russian troops fired 12 drones at the border villages, killing 3 in the Kupiansk direction.",
        {("launched", 12, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LISTS + PLACE_LIST_CONTROLS)
def test_place_lists_by_sky_and_direction(text, expected):
    assert strike_places(text) == expected


# 5. Periods: the first or last weeks of a month, a half of a month or a year, and "over the year" (a headline's
#    "over year") are periods, not one night; the first half of a day stays that day.
PERIODS = [
    (
        "The president said Russia used more than 580 Shaheds to strike Ukraine in the first weeks of October.",
        {("launched", 580, "drone", "Shahed-136/131", "RU", "period")},
    ),
    (
        "Russian forces launched 900 drones in the first half of this month alone, the president said.",
        {("launched", 900, "drone", None, "RU", "period")},
    ),
    (
        "Russia fired 40 missiles in the last two weeks of March, the air force said.",
        {("launched", 40, "missile", None, "RU", "period")},
    ),
    (
        "Russia launches more than 2,500 Shaheds at Ukraine over year",
        {("launched", 2500, "drone", "Shahed-136/131", "RU", "period")},
    ),
    (
        "The enemy sent 6,000 drones against the country over the year, the commander said.",
        {("launched", 6000, "drone", None, "RU", "period")},
    ),
]
PERIOD_CONTROLS = [
    (
        "Only during the first half of the day on Monday, the air force shot down 20 cruise missiles.",
        {("intercepted", 20, "missile", None, "RU", "event")},
    ),
    # the biggest attack "in over a year" is still one attack
    (
        "Russia launched 90 drones overnight, the biggest attack in over a year.",
        {("launched", 90, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS + PERIOD_CONTROLS)
def test_weeks_and_halves_are_periods(text, expected):
    assert strike_facts(text) == expected


# 6. A sentence adding to a period's tally in its own passive, "More than 40 Lancet drones were also destroyed",
#    shares that period, as "The occupiers also launched ..." does; with a night or a day of its own it keeps it.
ALSO_PASSIVE = [
    (
        "During the past week, air defenders destroyed 120 out of 140 Shahed drones. More than 30 Lancet drones were "
        "also destroyed.",
        {
            ("intercepted", 120, "drone", "Shahed-136/131", "RU", "period"),
            ("launched", 140, "drone", "Shahed-136/131", "RU", "period"),
            ("intercepted", 30, "drone", "Lancet", "RU", "period"),
        },
    ),
    (
        "Air defence shot down 30 drones overnight. Two missiles were also destroyed.",
        {("intercepted", 30, "drone", None, "RU", "event"), ("intercepted", 2, "missile", None, "RU", "event")},
    ),
]
ALSO_PASSIVE_CONTROLS = [
    (
        "In September, Russia launched 1,200 drones. Twenty missiles were also launched on Monday.",
        {("launched", 1200, "drone", None, "RU", "period"), ("launched", 20, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALSO_PASSIVE + ALSO_PASSIVE_CONTROLS)
def test_also_in_the_passive_continues_the_period(text, expected):
    assert strike_facts(text) == expected


# 7. No count: the items of a related-links list ("Read also:" and its bullet lines) are other stories' headlines; a
#    weapon ranked "one of the most deadly missiles" after a copula is a description; a bare figure after sea drones
#    ("five naval drones ... All five devices were destroyed") counts boats.
NO_COUNT = [
    (
        "Russia fired 30 drones at Odesa overnight; 25 were shot down.\nRead also:\n- Ukraine downs 40 of 50 drones, "
        "air force says\n- Russia launches 12 missiles at Kharkiv",
        {("launched", 30, "drone", None, "RU", "event"), ("intercepted", 25, "drone", None, "RU", "event")},
    ),
    (
        "Air defence destroyed 20 drones over the south.\nRelated:\n- Ukraine downs all 31 cruise missiles, 12 of 14 "
        "drones overnight",
        {("intercepted", 20, "drone", None, "RU", "event")},
    ),
    (
        "The attack featured 60 missiles. These included five Kinzhal missiles, reportedly among the most sophisticated "
        "weapons Russia has.",
        {("launched", 60, "missile", None, "RU", "event"), ("launched", 5, "missile", "Kinzhal", "RU", "event")},
    ),
    (
        "Russia fired 12 Kinzhal missiles, the weapon being one of Russia's newest missiles, the air force said.",
        {("launched", 12, "missile", "Kinzhal", "RU", "event")},
    ),
    (
        "The ministry said Ukraine tried to attack a patrol ship using five naval drones. All five boats were "
        "destroyed by the ship's guns.",
        set(),
    ),
    ("Ukraine attacked the fleet with four sea drones overnight. All of them were destroyed, Moscow said.", set()),
]
NO_COUNT_CONTROLS = [
    # a list of the night's own figures is no related-links list
    (
        "Key figures of the night:\n- 30 drones launched\n- 25 drones downed",
        {("launched", 30, "drone", None, "RU", "event"), ("intercepted", 25, "drone", None, "RU", "event")},
    ),
    # one of the weapons counted stays a count
    (
        "Russia fired 40 missiles overnight. One of the newest missiles was shot down over Kyiv.",
        {("launched", 40, "missile", None, "RU", "event"), ("intercepted", 1, "missile", None, "RU", "event")},
    ),
    # a bare figure after aerial drones refers to them
    (
        "Russia attacked with 20 drones overnight. All 20 devices were shot down.",
        {("launched", 20, "drone", None, "RU", "event"), ("intercepted", 20, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_COUNT + NO_COUNT_CONTROLS)
def test_related_links_ranks_and_boats_count_nothing(text, expected):
    assert strike_facts(text) == expected


# 8. A figure over Kyiv restated with "the capital" ("fired about 40 missiles over Kyiv", then "about 40 missiles were
#    detected in the capital's airspace") is one fact.
KYIV_AS_CAPITAL = [
    (
        "Russia fired about 40 missiles over Kyiv. About 40 missiles were detected in the capital's airspace. 34 of them "
        "were shot down.",
        {("launched", 40, "Kyiv"), ("intercepted", 34, None)},
    ),
    (
        "Russia sent 25 drones over Kyiv overnight. The military administration said 25 drones had entered the "
        "capital's airspace.",
        {("launched", 25, "Kyiv")},
    ),
]
KYIV_AS_CAPITAL_CONTROLS = [
    # another city's figure is not restated by "the capital"
    (
        "Russia fired 15 missiles over Kharkiv. Another 15 missiles were fired at the capital, the air force said.",
        {("launched", 15, "Kharkiv"), ("launched", 15, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KYIV_AS_CAPITAL + KYIV_AS_CAPITAL_CONTROLS)
def test_kyiv_restated_as_the_capital(text, expected):
    assert strike_places(text) == expected


# 9. A part downed by the defenders in a sentence of its own: "Among them, 17 were landed by mobile fire groups" ("landed",
#    the translated Ukrainian idiom for brought down, like "hit by air defence"); "Among them," refers back to the total
#    before as "Of them," does.
PARTS_OF_THE_DOWNED = [
    (
        "The commander said 50 Shahed drones were shot down over the north. Among them, 21 were landed by mobile fire groups.",
        {
            ("intercepted", 50, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 21, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Air defence destroyed 35 drones overnight. Of them, 12 were landed by mobile fire groups.",
        {("intercepted", 35, "drone", None, "RU", "event"), ("intercepted", 12, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 40 drones at the capital overnight. Among them, 30 were destroyed by air defence.",
        {("launched", 40, "drone", None, "RU", "event"), ("intercepted", 30, "drone", None, "RU", "event")},
    ),
]
PARTS_OF_THE_DOWNED_CONTROLS = [
    ("The plane with 40 passengers landed by the airport after the drones were shot down.", set()),
    (
        "Russia fired 60 drones overnight, the air force said. Among them, two children were injured in Kharkiv.",
        {("launched", 60, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_THE_DOWNED + PARTS_OF_THE_DOWNED_CONTROLS)
def test_parts_landed_by_the_defenders(text, expected):
    assert strike_facts(text) == expected


# 10. "All" before a list that ends on the weapons' own attack ("all of the 9 Shahed drones and three Kalibr missiles that
#     targeted Mykolaiv", "... that were aimed at the port") is the whole of each figure, as a list ending on "launched by
#     Russia" is: launched and intercepted for each.
ALL_OF_A_LIST_THAT_TARGETED = [
    (
        "The governor said air defences destroyed all of the 10 Shahed drones and three Kalibr missiles that targeted the "
        "city.",
        {
            ("intercepted", 10, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 10, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 3, "missile", "Kalibr", "RU", "event"), ("launched", 3, "missile", "Kalibr", "RU", "event"),
        },
    ),
    (
        "Air defences shot down all 20 drones and three missiles that were aimed at the port overnight.",
        {
            ("intercepted", 20, "drone", None, "RU", "event"), ("launched", 20, "drone", None, "RU", "event"),
            ("intercepted", 3, "missile", None, "RU", "event"), ("launched", 3, "missile", None, "RU", "event"),
        },
    ),
]
ALL_OF_A_LIST_CONTROLS = [
    # "all" of the first figure only when the list does not end on its launch
    (
        "Air defences shot down all 20 drones and three missiles overnight.",
        {
            ("intercepted", 20, "drone", None, "RU", "event"), ("launched", 20, "drone", None, "RU", "event"),
            ("intercepted", 3, "missile", None, "RU", "event"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_OF_A_LIST_THAT_TARGETED + ALL_OF_A_LIST_CONTROLS)
def test_all_of_a_list_that_targeted_a_place(text, expected):
    assert strike_facts(text) == expected


def strike_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], str(r["event_date"]))
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 11. A strike figure restated in a sentence that names no day (a photo caption, a summary line) beside a statement of
#     it that names one is that one fact, the dated statement's: "Moscow launched 75 drones into Ukraine [Photo]" and
#     "On Saturday, Kyiv said Moscow had launched 75 drones" are the Saturday's 75.
UNDATED_RESTATEMENTS = [
    (
        "Moscow launched 60 drones into Ukraine, most of them at Kyiv, in what officials called a record [Photo/Agency]"
        "\n\nOn Saturday, Kyiv said Moscow had launched 60 drones into the country.",
        "2024-05-19T12:00:00Z",
        {("launched", 60, "2024-05-18")},
    ),
    (
        "Air defence shot down 33 drones, the air force said.\n\nThe air force reported on Friday that it had shot down 33 "
        "drones over the south.",
        "2024-05-19T12:00:00Z",
        {("intercepted", 33, "2024-05-17")},
    ),
]
UNDATED_RESTATEMENT_CONTROLS = [
    # two days with the same figure are two facts, each with its day
    (
        "Russia launched 40 drones at Ukraine, the air force said.\n\nOn Monday, Russia launched 40 drones at the south, "
        "the air force said. On Tuesday it launched 40 drones again.",
        "2024-03-14T08:00:00Z",
        {("launched", 40, "2024-03-11"), ("launched", 40, "2024-03-12")},
    ),
    # two undated statements stay one fact, as before
    (
        "Russia fired 12 missiles at the region, the governor said. The governor said 12 missiles were fired.",
        "2024-03-14T08:00:00Z",
        {("launched", 12, "2024-03-14")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNDATED_RESTATEMENTS + UNDATED_RESTATEMENT_CONTROLS)
def test_undated_restatement_is_the_dated_fact(text, published, expected):
    assert strike_dates(text, published) == expected


# 12. The defenders "stopped" counted weapons: "was able to intercept 64 missiles and stopped 19 drones", "stopped 20
#     of the 25 drones" are downings (only with the weapons right after the verb).
STOPPED = [
    (
        "The commander said the defenders were able to intercept 70 missiles and stopped 22 drones.",
        {("intercepted", 70, "missile", None, "RU", "event"), ("intercepted", 22, "drone", None, "RU", "event")},
    ),
    (
        "Air defence stopped 20 of the 25 drones launched overnight, the air force said.",
        {("intercepted", 20, "drone", None, "RU", "event"), ("launched", 25, "drone", None, "RU", "event")},
    ),
    (
        "Mobile fire groups stopped all 14 Shahed drones over the Kyiv region overnight.",
        {
            ("intercepted", 14, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 14, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
]
STOPPED_CONTROLS = [
    # assaults stopped are ground fighting; a drone that stopped somewhere was not downed; a negation counts nothing
    (
        "Ukrainian forces stopped 12 Russian assaults near Bakhmut, and air defence downed 30 drones.",
        {("intercepted", 30, "drone", None, "RU", "event")},
    ),
    ("The enemy has not stopped 40 drones a night for months.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STOPPED + STOPPED_CONTROLS)
def test_stopped_weapons_were_downed(text, expected):
    assert strike_facts(text) == expected


# 13. The air force's translated statements name the model after its noun, often in quotes and with the Kh- number
#     spelled with an X and a suffix ("four hypersonic missiles X-47M2 'Kinzhal' were fired, 7 cruise missiles
#     'Kalibr' from ships"): the model names the figure, and the list stays one list.
MODEL_AFTER_NOUN = [
    (
        "From five aircraft, five hypersonic missiles X-47M2 \u2018Kinzhal\u2019 were launched, 8 cruise missiles "
        "\u2018Kalibr\u2019 from ships and two ground-based missiles. All of them were shot down.",
        {
            ("launched", 5, "missile", "Kinzhal", "RU", "event"), ("intercepted", 5, "missile", "Kinzhal", "RU", "event"),
            ("launched", 8, "missile", "Kalibr", "RU", "event"), ("intercepted", 8, "missile", "Kalibr", "RU", "event"),
            ("launched", 2, "missile", None, "RU", "event"), ("intercepted", 2, "missile", None, "RU", "event"),
        },
    ),
    (
        "Air defence destroyed 20 drones Shahed-136 over the south overnight.",
        {("intercepted", 20, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Russia launched four X-59MK missiles and two X-31P missiles at Odesa overnight.",
        {("launched", 4, "missile", "Kh-59", "RU", "event"), ("launched", 2, "missile", "Kh-31P", "RU", "event")},
    ),
]
MODEL_AFTER_NOUN_CONTROLS = [
    # models set off by commas after the noun are a mixed group: no single model
    (
        "Russia launched 12 missiles, Kalibr and Iskander, overnight.",
        {("launched", 12, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_AFTER_NOUN + MODEL_AFTER_NOUN_CONTROLS)
def test_model_named_after_its_noun(text, expected):
    assert strike_facts(text) == expected
