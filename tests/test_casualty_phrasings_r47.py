"""Casualty and clash phrasings, round 47: families met in the opened real stories of rounds 44 to 47 (wire copy, Indian
and Gulf syndications, Ukrainian officials' reports in translation, Russian ministry claims, 2022-2026) and checked
against other reporting of the same kinds. Every sentence here was written for these tests; none is quoted from a
story."""

from __future__ import annotations

import polars as pl
import pytest

from tests.batched_facts import article_facts
from tests.casualty_cases import tolls

# --- 1. a wound that kills is a death: "lethal wounds", "injuries incompatible with life" -------------------------------
FATAL_WOUNDS = [
    ("Two servicemen suffered lethal wounds when the drone fell on the airfield, the ministry said.", [("killed", 2)]),
    ("Two elderly men sustained injuries incompatible with life, the regional governor wrote.", [("killed", 2)]),
    ("Three rescuers received wounds that were incompatible with life during the second strike.", [("killed", 3)]),
    ("One soldier received a mortal wound in the artillery attack, his unit said.", [("killed", 1)]),
    ("A shell hit the bus stop; four passengers sustained lethal injuries.", [("killed", 4)]),
    # negatives and neighbours: a wound that did not kill stays an injury
    ("Two soldiers suffered non-lethal wounds in the shelling of the village.", [("injured", 2)]),
    ("Five people sustained injuries of varying severity in the attack on the port.", [("injured", 5)]),
    ("The doctors said the injuries of the three wounded were not life-threatening.", [("injured", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), FATAL_WOUNDS)
def test_fatal_wounds_are_deaths(text, expected):
    assert tolls(text) == expected


# --- 2. people admitted, rushed or brought to hospital are hospitalised -----------------------------------------------
ADMITTED_TO_HOSPITAL = [
    ("Two people were killed in the blast and three more were admitted to hospital, the channel reported.",
     [("injured", 3), ("killed", 2)]),
    ("Four residents were rushed to hospital after the drone hit their building.", [("injured", 4)]),
    ("Two women were brought to a local hospital with shrapnel in their legs.", [("injured", 2)]),
    ("Six people were admitted to the regional hospital after the strike on the market.", [("injured", 6)]),
    # held in the injured figure of its sentence, as any hospitalised part
    ("Nine people were injured in the attack; four of them were admitted to hospital.", [("injured", 9)]),
    # negatives: patients moved between hospitals are no casualties
    ("After the strike, 12 patients were evacuated to another hospital in the city.", []),
    ("The hospital admitted 40 patients last month, its director said.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADMITTED_TO_HOSPITAL)
def test_admitted_to_hospital(text, expected):
    assert tolls(text) == expected


# --- 3. "additional" or "further" deaths: the word between the figure and its noun ------------------------------------
ADDITIONAL_DEATHS = [
    ("Two additional deaths were reported in the Sumy region on Monday.", [("killed", 2)]),
    ("Three further deaths were confirmed in the city after the overnight attack.", [("killed", 3)]),
    ("Authorities recorded four additional injuries among the rescuers.", [("injured", 4)]),
    # negative: the word alone, no figure
    ("Officials warned that additional deaths were possible as the search went on.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADDITIONAL_DEATHS)
def test_additional_deaths(text, expected):
    assert tolls(text) == expected


# --- 4. a nationality counted with the casualty word right after it --------------------------------------------------
DEMONYM_THEN_WORD = [
    ("The barrage left at least 27 Ukrainians dead, and almost 80 people were hurt.", [("injured", 80), ("killed", 27)]),
    ("The shelling left two Russians wounded in the border village, the governor said.", [("injured", 2)]),
    ("The night's strikes left 11 Ukrainians dead across four regions, officials said.", [("killed", 11)]),
    # negative: a nationality counted with no casualty word
    ("About 40 Ukrainians were evacuated from the border village on Monday, none of them hurt.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYM_THEN_WORD)
def test_demonym_then_casualty_word(text, expected):
    assert tolls(text) == expected


# --- 5. "the 10 lives lost": the participle alone ---------------------------------------------------------------------
LIVES_LOST = [
    ("The mayor declared a day of mourning for the 10 lives lost in the missile attack on Wednesday.", [("killed", 10)]),
    ("Residents laid flowers to remember the 14 lives lost when the missile hit the block.", [("killed", 14)]),
    ("Seven lives were lost in the strike on the railway station.", [("killed", 7)]),
    # negatives: a rate, and lives that could be lost
    ("Officials said 20 lives lost every day was a toll the city could not bear.", []),
    ("The governor warned that lives could be lost if people ignored the alerts.", []),
]


@pytest.mark.parametrize(("text", "expected"), LIVES_LOST)
def test_lives_lost(text, expected):
    assert tolls(text) == expected


# --- 6. "one was killed and another was injured": another is one more person -----------------------------------------
ANOTHER_ONE = [
    ("One civilian was killed and another was wounded, the regional governor said.", [("injured", 1), ("killed", 1)]),
    ("The drone hit a car, killing one man and wounding another on the outskirts of the town.",
     [("injured", 1), ("killed", 1)]),
    ("One soldier died and another was hurt when the mine exploded.", [("injured", 1), ("killed", 1)]),
    ("The strike killed one person and injured another, police said.", [("injured", 1), ("killed", 1)]),
    # "another three" is a figure of its own; "another wounded man" is inside a toll
    ("The strike injured two people, and another three were wounded in a nearby village.",
     [("injured", 2), ("injured", 3)]),
    ("The death toll has risen to 32, and another wounded man died in hospital overnight.", [("killed", 32)]),
    # negative: no casualty word after "another"
    ("One drone was shot down and another was lost from radar.", []),
]


@pytest.mark.parametrize(("text", "expected"), ANOTHER_ONE)
def test_another_is_one(text, expected):
    assert tolls(text) == expected


# --- 7. "also" after a casualty word of the same kind is another toll; after the other kind, it restates ----------------
ALSO_ANOTHER_TOLL = [
    # a round-up of regions: each region's one death, however its place is written
    (
        "The mayor of the western city of Lutsk said a residential building was hit and one person was killed.\n\n"
        "Another person was killed in the central Vinnytsia region, where a fire started, the governor said.\n\n"
        "One person also died in the southern, partly occupied region of Kherson, its governor said.",
        [("killed", 1), ("killed", 1)],
    ),
    (
        "A missile killed two people in a village near Kharkiv, the governor said. Two people were also killed in "
        "the southern, frontline region of Kherson, officials added.",
        [("killed", 2), ("killed", 2)],
    ),
    # after a death: the injured of the lede told again
    (
        "One woman was killed and nine people were injured in a drone attack on the city, officials said.\n\n"
        "\"Fires broke out in several houses. Sadly, an elderly woman died. Nine people were also injured,\" the "
        "regional government wrote.",
        [("injured", 9), ("killed", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALSO_ANOTHER_TOLL)
def test_also_after_the_same_kind(text, expected):
    assert tolls(text) == expected


# --- 8. "has claimed that": a reporting verb, no running toll ---------------------------------------------------------
CLAIMED_THAT = [
    ("The Ukrainian army has claimed that nearly 180 Russian troops were killed in the past day.",
     [("killed", 180)]),
    ("The army has claimed that 150 enemy troops were killed over the past 24 hours.", [("killed", 150)]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMED_THAT)
def test_claimed_that_is_no_running_toll(text, expected):
    assert tolls(text) == expected


def test_claimed_the_lives_stays_a_running_toll():
    text = "The war has claimed the lives of 10,000 soldiers, the ministry said."
    assert tolls(text) == []
    assert tolls(text, scope="cumulative") == [("killed", 10000)]


def test_past_one_day_is_a_daily_tally():
    # dated by its report, not by the Sunday of a later sentence
    text = (
        "The military said nearly 200 Russian soldiers were killed in the past one day.\n\n"
        "The Russians also launched 25 air strikes on Sunday, according to the General Staff."
    )
    facts = article_facts(text, published="2023-06-26T06:00:00Z").filter(pl.col("fact_type") == "killed")
    assert [(r["count"], str(r["event_date"]), r["scope"]) for r in facts.iter_rows(named=True)] == [
        (200, "2023-06-26", "event")
    ]


# --- 9. two days or more counted in hours or days are a period -------------------------------------------------------
SEVERAL_DAYS = [
    ("The military said that in the last 48 hours there were more than 20 combat engagements near Bakhmut.",
     [("clash", 20)]),
    ("Over the past 72 hours, Russian shelling killed nine civilians in the region, the governor said.",
     [("killed", 9)]),
    ("In the last three days, 14 people were injured in the shelling of the city.", [("injured", 14)]),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL_DAYS)
def test_several_days_are_a_period(text, expected):
    assert tolls(text) == []
    assert tolls(text, scope="period") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the past 24 hours, there were 81 combat clashes along the front line.", [("clash", 81)]),
        ("In the last day, Russian shelling killed two people in the region.", [("killed", 2)]),
    ],
)
def test_one_day_stays_an_event(text, expected):
    assert tolls(text) == expected


# --- 10. a day written before its month, then a count ------------------------------------------------------------------
DAY_THEN_COUNT = [
    ("The governor reported that on 6 May five civilians were killed and three injured by the shelling.",
     [("injured", 3), ("killed", 5)]),
    ("On 24 February three people died when a drone hit a house in the region.", [("killed", 3)]),
    ("On 12 June 5 people were wounded in the shelling of the town, police said.", [("injured", 5)]),
    # the other order still reads the day: "May 6" is no count
    ("On May 6 two people were killed when shelling hit the village.", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_THEN_COUNT)
def test_day_then_count(text, expected):
    assert tolls(text) == expected


# --- 11. "a minimum of", and one "individual" ------------------------------------------------------------------------
def test_a_minimum_of_is_at_least():
    facts = article_facts(
        "Russian drones hit the south overnight, causing injuries to a minimum of 10 residents, officials said."
    ).filter(pl.col("fact_type") == "injured")
    assert [(r["count"], r["qualifier"]) for r in facts.iter_rows(named=True)] == [(10, "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone struck a new building, leading to one individual being hospitalized with burns.", [("injured", 1)]),
        ("One individual was killed when the shell hit the yard, the mayor said.", [("killed", 1)]),
        ("Four individuals suffered injuries in the region, the governor said.", [("injured", 4)]),
    ],
)
def test_individual(text, expected):
    assert tolls(text) == expected


# --- 12. two regions named, one by an official's title and one by a place's own word, are two tolls ---------------------
REGIONS_APART = [
    (
        "\"As a result of the strikes, one civilian was killed,\" the Belgorod governor said on Telegram.\n\n"
        "Ukraine's rescue service reported one person killed in the village of Hlevakha in the Kyiv region.",
        [("killed", 1), ("killed", 1)],
    ),
    (
        "Two people died in the shelling, Kursk regional governor Alexander Khinshtein said.\n\n"
        "In Ukraine, two people were killed when a drone hit a car in the Sumy region, police said.",
        [("killed", 2), ("killed", 2)],
    ),
    # the same region twice is one toll
    (
        "A missile killed two people in the Kharkiv region on Monday, officials said. Two people were killed, "
        "Kharkiv governor Oleh Syniehubov wrote on Telegram.",
        [("killed", 2)],
    ),
    # a town alone names no region: the governor's toll of it is the same one
    (
        "Russian shelling killed three people in Bilozerka on Sunday, officials said. Three people were killed, "
        "Kherson governor Oleksandr Prokudin said.",
        [("killed", 3)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS_APART)
def test_regions_apart_are_two_tolls(text, expected):
    assert tolls(text) == expected


# --- 13. "employees of one of the facilities": which place the people are of, no count of one ---------------------------
PEOPLE_OF_ONE_OF = [
    ("The mayor said that after the rocket attacks on the city, three workers at one of the power supply "
     "facilities were killed.", [("killed", 3)]),
    ("Two workers at one of the plants were injured in the morning strike.", [("injured", 2)]),
    ("Five residents of one of the damaged buildings were hospitalised, the governor said.", [("injured", 5)]),
    # a death of one of a group is still one
    ("The second strike resulted in the death of one of the rescuers.", [("killed", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_OF_ONE_OF)
def test_people_of_one_of_the_places(text, expected):
    assert tolls(text) == expected


def test_place_without_its_possessive():
    facts = article_facts(
        "Officials said that after rocket attacks on Kyiv's energy facilities, three workers were killed."
    ).filter(pl.col("fact_type") == "killed")
    assert [(r["count"], r["place"]) for r in facts.iter_rows(named=True)] == [(3, "Kyiv")]
