"""Casualty and clash phrasings, round 43: families met in the opened real stories of rounds 40 to 43 (wire copy,
regional officials' reports, round-ups of a day's attacks, 2022-2026) and checked against other reporting of the
same kinds. Every sentence here was written for these tests; none is quoted from a story."""

from __future__ import annotations

import polars as pl
import pytest

from tests.batched_facts import article_facts
from tests.casualty_cases import TOLLS, tolls

# --- 1. equal tolls of two attacks stay two; "more" and "others" beside the other casualty type restate --------------
TWO_EQUAL_TOLLS = [
    # two places' equal tolls, the second with "also" and a place of its own
    (
        "Three people were killed when a drone hit a train in the Kharkiv region, prosecutors said on Tuesday.\n\n"
        "A drone barrage also killed three people and wounded 20 in the city of Odesa, officials said.",
        [("injured", 20), ("killed", 3), ("killed", 3)],
    ),
    # "two other people" after a part of the same size
    (
        "Shelling of Donetsk killed 12 people, including two children, on Saturday. Cross-border fire also killed two "
        "other people in the Belgorod region.",
        [("killed", 2), ("killed", 2), ("killed", 12)],
    ),
    # a country's figure and one city's equal figure, each "others"
    (
        "Russian drones and missiles killed 10 people and injured more than 40 others in Ukraine, officials said. A "
        "missile attack on Dnipro killed four people and injured more than 40 others.",
        [("injured", 40), ("injured", 40), ("killed", 4), ("killed", 10)],
    ),
    # "two more" after a figure of its own type is added to it
    (
        "The strike on Kharkiv killed two people, the mayor said. Two more people later died of their wounds.",
        [("killed", 2), ("killed", 2)],
    ),
]

RESTATED_BESIDE_THE_OTHER_TYPE = [
    # "nine more" and "nine others" count the people besides the one killed: the same toll said twice
    (
        "One man was killed and nine others were injured across the Poltava region overnight. In the Poltava region, one "
        "resident died and nine more were injured, the governor posted.",
        [("injured", 9), ("killed", 1)],
    ),
    # ... also in a sentence of its own right after the killed figure
    (
        "A drone hit a minibus near Sumy on Sunday, killing three people and injuring five others. Three passengers "
        "were killed on the spot. Five more were wounded, the governor said.",
        [("injured", 5), ("killed", 3)],
    ),
    (
        "A guided bomb hit Kupiansk, killing one woman and injuring two others, the governor said. One woman was "
        "killed and another two people were wounded, police added.",
        [("injured", 2), ("killed", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_EQUAL_TOLLS + RESTATED_BESIDE_THE_OTHER_TYPE)
def test_equal_tolls_and_restatements(text, expected):
    assert tolls(text) == expected


# --- 2. one night named by the two days it joins is the night's toll, no span of days -----------------------------------
NIGHT_OF_TWO_DAYS = [
    ("One resident was killed and 10 others were injured when Russia struck the capital overnight from Friday to "
     "Saturday, the mayor said.", [("injured", 10), ("killed", 1)]),
    ("Russian drones killed two people and wounded 14 on the night from Sunday into Monday, the governor said.",
     [("injured", 14), ("killed", 2)]),
    ("During the night of Tuesday to Wednesday, a missile hit a dormitory in Kharkiv, injuring nine people.",
     [("injured", 9)]),
]
SEVERAL_DAYS_STAY_A_PERIOD = [
    # several days, and two days in a row without the night
    "Russian shelling killed 12 people and injured 40 from Friday to Sunday, the governor said.",
    "Russian shelling killed five people from Monday to Tuesday in the Kherson region.",
]


@pytest.mark.parametrize(("text", "expected"), NIGHT_OF_TWO_DAYS)
def test_night_of_two_days_is_an_event(text, expected):
    assert tolls(text) == expected


@pytest.mark.parametrize("text", SEVERAL_DAYS_STAY_A_PERIOD)
def test_days_without_the_night_stay_a_period(text):
    assert tolls(text) == []
    assert tolls(text, scope="period")


# --- 3. a total with an "including" part takes the word after the part; an "of them" part keeps its word to itself --------
INCLUDING_THEN_HOSPITALISED = [
    ("Authorities said four residents, including two children, asked for medical help after the strike.",
     [("injured", 2), ("injured", 4)]),
    ("Seven residents, including three children, were taken to hospital with shrapnel wounds.",
     [("injured", 3), ("injured", 7)]),
    ("Five people, including a 12-year-old boy, were hospitalised after the drone hit the block.", [("injured", 5)]),
    # held in the injured figure of the sentence before, as any hospitalised figure
    ("The strike injured 20 people. Eleven people, including two children, were hospitalised.", [("injured", 20)]),
]
PART_WORD_IS_THE_PARTS = [
    # the people pulled out, rescued or present are no casualty count: only the part that died is
    ("Four people were dug out of the debris, one of them died in hospital.", [("killed", 1)]),
    ("Rescuers freed six people from the ruins, two of whom later died.", [("killed", 2)]),
    ("Ten people were inside the house when it was hit, three of them were killed.", [("killed", 3)]),
    # "of them hospitalised" does not make the total hospitalised
    ("Rescuers evacuated 40 residents, 12 of them were taken to hospital.", [("injured", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDING_THEN_HOSPITALISED + PART_WORD_IS_THE_PARTS)
def test_words_shared_by_a_total_and_its_part(text, expected):
    assert tolls(text) == expected


# --- 4. a list of counted people with no total: each item is a figure, whether the verb comes first or last ---------------
PEOPLE_LISTS = [
    # subjects: every item takes the word after the last one
    ("4 soldiers, 2 officers and 3 civilians were wounded in the shelling.",
     [("injured", 2), ("injured", 3), ("injured", 4)]),
    ("Three soldiers, two medics and a volunteer were killed near the front.", [("killed", 2), ("killed", 3)]),
    ("Four doctors and one police officer were hurt as they answered the call after the strike.",
     [("injured", 1), ("injured", 4)]),
    ("Five civilians, two soldiers were killed, the governor said.", [("killed", 2), ("killed", 5)]),
    # ages between the items are no counts, and the next item's count is no age
    ("The governor stated that three men aged 31, 47 and 58 and three women aged 22, 39 and 61 had been injured.",
     [("injured", 3), ("injured", 3)]),
    ("Two women aged 30 and 45 and three men were hurt.", [("injured", 2), ("injured", 3)]),
    # people counted with their wounds
    ("Three men and two women with shrapnel wounds have been driven to hospital.", [("injured", 2), ("injured", 3)]),
    ("Police said two children and three adults with minor injuries were treated at the scene.",
     [("injured", 2), ("injured", 3)]),
    # objects: every item takes the verb before the first one
    ("The attack injured four soldiers, two officers and three civilians.",
     [("injured", 2), ("injured", 3), ("injured", 4)]),
    ("Among the dead were three children, two rescuers and one police officer.",
     [("killed", 1), ("killed", 2), ("killed", 3)]),
    # a total and its parts between commas
    ("Eight people, four soldiers and four civilians, were killed.", [("killed", 4), ("killed", 4), ("killed", 8)]),
]
NOT_ONE_LIST = [
    # a part closed by a comma, then a clause of its own: the part is its total's
    ("The death toll has now climbed to 9 people, including three children, and 60 residents have been hurt.",
     [("injured", 60), ("killed", 3), ("killed", 9)]),
    # an uncounted item breaks the list; wounds of no person; a hospitalised item is held in the injured before it
    ("Two soldiers, a medic and three civilians were killed.", [("killed", 3)]),
    ("The attack left two people with disabilities without power.", []),
    ("The strike injured five people. Two women with shrapnel wounds were hospitalised.", [("injured", 5)]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_LISTS + NOT_ONE_LIST)
def test_lists_of_people(text, expected):
    assert tolls(text) == expected


# --- 5. a part named after its total's "the N wounded" ----------------------------------------------------------------
PART_AFTER_THE_TOTAL = [
    ("Among the 64 wounded were 14 children, police reported.", [("injured", 14), ("injured", 64)]),
    ("He said the 18 wounded included two children.", [("injured", 2), ("injured", 18)]),
    ("The 12 dead include three children and a pregnant woman.", [("killed", 3), ("killed", 12)]),
    ("Of the 30 injured, 11 were children, the governor said.", [("injured", 11), ("injured", 30)]),
    ("Among the 40 people injured were six children.", [("injured", 6), ("injured", 40)]),
    ("Among the five killed were three soldiers and two medics.", [("killed", 2), ("killed", 3), ("killed", 5)]),
]
NO_PART_AFTER_THE_TOTAL = [
    # what the injured were, or where they went, is no part; people who were not hurt are no count
    ("The 40 people injured were taken to three hospitals.", [("injured", 40)]),
    ("Of the 30 injured, 11 were taken to hospital.", [("injured", 30)]),
    ("Among the 500 residents were 20 children, none were hurt.", []),
]


@pytest.mark.parametrize(("text", "expected"), PART_AFTER_THE_TOTAL + NO_PART_AFTER_THE_TOTAL)
def test_part_after_the_total(text, expected):
    assert tolls(text) == expected


# --- 6. the rules that read a total and its "including" parts -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nine people, including two women and three men, were killed.",
        "Five people — three women and two men — were killed in Kramatorsk.",
        "The strike killed 9 people, including two women and three men.",
        "Five people were injured, including three firefighters hit by a second strike on the same spot.",
    ],
)
def test_parts_are_read_by_the_part_rule_and_the_total_by_its_own(text):
    facts = article_facts(text).filter(pl.col("fact_type").is_in(TOLLS)).sort("count", descending=True)
    rules = facts.get_column("rule_id").to_list()
    assert rules[0] in ("casualty.word_after", "casualty.verb_before")
    assert rules[1:] and set(rules[1:]) == {"casualty.part_of_total"}


# --- 7. a weekly summary's clash counts are the week's ------------------------------------------------------------------
WEEKLY = (
    "The Russian Defense Ministry said its Battlegroup Vostok had eliminated up to 1,200 Ukrainian servicemen over "
    "the past week.\n\n"
    "The group also repelled 14 counterattacks, the ministry said, while Battlegroup Dnepr repelled six counterattacks."
)
DAILY_AFTER_A_WEEK = (
    "The Russian Defense Ministry said its forces had eliminated up to 1,200 Ukrainian servicemen over the past week."
    "\n\nOver the past day, Battlegroup Vostok repelled four counterattacks, the ministry said."
)
WEEK_IN_THE_BACKGROUND = (
    "Ukrainian forces repelled 12 Russian attacks near Pokrovsk, the General Staff said.\n\n"
    "Officials said the town had been shelled daily.\n\n"
    "Over the past week, Russia launched more than 1,000 drones at Ukraine, the president said."
)


def test_a_weekly_summarys_clashes_are_the_weeks():
    assert tolls(WEEKLY) == []
    assert tolls(WEEKLY, scope="period") == [("clash", 6), ("clash", 14)]


@pytest.mark.parametrize(("text", "expected"), [(DAILY_AFTER_A_WEEK, [("clash", 4)]), (WEEK_IN_THE_BACKGROUND, [("clash", 12)])])
def test_a_days_clashes_stay_the_days(text, expected):
    assert tolls(text) == expected


# --- 8. a part with no day of its own is dated by its total's day -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The assault came a day after Russian missiles and drones killed five people, including three in Kyiv, "
         "officials said.", "2024-03-13"),
        ("The strike came a day after a drone attack on Sumy killed five people, among them two children.", "2024-03-13"),
        ("The barrage followed Tuesday's attack on Odesa that injured 12 people, including three children.", "2024-03-12"),
    ],
)
def test_a_part_takes_its_totals_day(text, day):
    facts = article_facts(text).filter(pl.col("fact_type").is_in(TOLLS))
    assert facts.height == 2
    assert {str(d) for d in facts.get_column("event_date")} == {day}


# --- 9. a reported statement that opens on a span: "said that in September, ..." ---------------------------------------
REPORTED_SPANS = [
    ("As reported, the mayor said that in September, Russian forces shelled Kharkiv 47 times using assorted arms, "
     "injuring 163 people.", "period"),
    ("The governor noted that since January, 40 civilians have been killed in the region.", "cumulative"),
    ("Police reported that during the past month, shelling wounded 75 residents of Nikopol.", "period"),
]
REPORTED_DAYS = [
    # a time of one day, or a place, opening the statement keeps the figure an event
    "The governor said that in the morning, a drone hit a bus, injuring nine people.",
    "The governor said that on Monday, a drone hit a bus, injuring nine people.",
    "The mayor said that in Kharkiv, two people were killed.",
]


@pytest.mark.parametrize(("text", "scope"), REPORTED_SPANS)
def test_a_reported_span_sets_the_scope(text, scope):
    assert tolls(text) == []
    assert tolls(text, scope=scope)


@pytest.mark.parametrize("text", REPORTED_DAYS)
def test_a_reported_day_or_place_keeps_the_event(text):
    assert len(tolls(text)) == 1


# --- 10. a toll whose sentence names only the day its source spoke on is that day's -------------------------------------
def test_a_toll_is_of_the_day_its_source_spoke_on():
    text = (
        "The president said the strikes undermined the peace talks.\n\n"
        "Three people were killed when a drone hit a passenger train in the Kharkiv region, prosecutors said Tuesday."
    )
    facts = article_facts(text, published="2026-01-28T12:00:00Z").filter(pl.col("fact_type") == "killed")
    assert [str(d) for d in facts.get_column("event_date")] == ["2026-01-27"]


def test_the_ledes_attack_day_comes_first():
    text = (
        "A Russian missile hit a school in Sumy on Monday.\n\n"
        "Two teachers were killed, the governor said Tuesday."
    )
    facts = article_facts(text, published="2026-01-28T12:00:00Z").filter(pl.col("fact_type") == "killed")
    assert [str(d) for d in facts.get_column("event_date")] == ["2026-01-26"]


# --- 11. "others" besides a death named but not counted restate; the statement dated by its story's day stays -----------
def test_others_besides_an_uncounted_death_restate():
    text = (
        "A Russian missile attack on Kharkiv resulted in the death of a police officer and injured 30 others.\n\n"
        "In an assault on Friday, a missile struck a police building in Kharkiv. The strike claimed the life of a "
        "senior officer and left 30 other people wounded, the police said."
    )
    facts = article_facts(text, published="2024-11-02T12:00:00Z").filter(pl.col("fact_type").is_in(TOLLS))
    assert [(r["count"], str(r["event_date"])) for r in facts.iter_rows(named=True)] == [(30, "2024-11-01")]


@pytest.mark.parametrize(
    "text",
    [
        # other people besides figures of the same kind, counted before: added to them
        "Shelling killed two residents of Kherson on Monday. Later, a drone killed two other people in the city.",
        "Two soldiers were wounded near the border. Two other soldiers were wounded in a separate attack.",
    ],
)
def test_others_of_the_same_kind_are_added(text):
    assert len(tolls(text)) == 2


# --- 12. a figure's place is the first place after it, not a day or a month --------------------------------------------
TWO_TOWNS = (
    "The governor said two people died in Thursday's attack when a block of flats in Kharkiv was hit.\n\n"
    "He added that two people were killed on Thursday by a rocket strike on the town of Bohodukhiv in the Kharkiv region."
)


def test_a_place_after_a_day_is_the_figures_place():
    facts = article_facts(TWO_TOWNS).filter(pl.col("fact_type") == "killed")
    assert sorted(facts.get_column("place").to_list()) == ["Bohodukhiv", "Kharkiv"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were injured in March in a drone attack on Kherson.", "Kherson"),
        ("Two residents were killed on Sunday in the village of Zolochiv.", "Zolochiv"),
    ],
)
def test_a_month_or_a_day_is_no_place(text, place):
    facts = article_facts(text).filter(pl.col("fact_type").is_in(TOLLS))
    assert facts.get_column("place").to_list() == [place]


# --- 13. help given on the spot counts like medical help ------------------------------------------------------------------
ON_THE_SPOT = [
    ("Three other people – a 41-year-old man and women aged 35 and 70 – received assistance on the spot.",
     [("injured", 3)]),
    ("Two women were given first aid at the scene, the police said.", [("injured", 2)]),
    # held in the injured figure before it, as any hospitalised figure; help of no count is none
    ("Four people were injured. Two people received assistance on the spot.", [("injured", 4)]),
    ("Rescuers received help from volunteers on the spot.", []),
]


@pytest.mark.parametrize(("text", "expected"), ON_THE_SPOT)
def test_help_on_the_spot(text, expected):
    assert tolls(text) == expected


# --- 14. the UN's running toll after attacks in general ---------------------------------------------------------------
UN_TOLLS = [
    "The strikes have killed more than 11,000 Ukrainian civilians, according to the UN.",
    "Russian missile strikes have killed more than 10,000 civilians, the United Nations says.",
]
UN_ONE_ATTACK = [
    # one attack, or one night, named: that event's toll
    ("The missile strike on the market has killed 17 people, according to the UN.", [("killed", 17)]),
    ("Overnight attacks have killed five people, the UN office said on Tuesday.", [("killed", 5)]),
]


@pytest.mark.parametrize("text", UN_TOLLS)
def test_the_uns_toll_after_attacks_in_general_is_the_wars(text):
    assert tolls(text) == []
    assert tolls(text, scope="cumulative")


@pytest.mark.parametrize(("text", "expected"), UN_ONE_ATTACK)
def test_the_uns_toll_of_one_attack_is_an_event(text, expected):
    assert tolls(text) == expected


# --- 15. a monitoring report's tolls: documented deaths, the reporting period, a part in a sentence of its own ---------
MONITOR_REPORT = (
    "According to the mission, there have been 4,210 documented deaths and 6,530 injuries since Feb. 24. Among the "
    "dead are 240 children.\n\n"
    "During the reporting period, 310 people were detained, of which 11 were later found dead."
)


def test_a_monitoring_reports_tolls_are_no_event():
    assert tolls(MONITOR_REPORT) == []
    assert tolls(MONITOR_REPORT, scope="cumulative") == [("injured", 6530), ("killed", 240), ("killed", 4210)]
    assert tolls(MONITOR_REPORT, scope="period") == [("killed", 11)]


def test_a_part_sentence_after_an_event_stays_an_event():
    assert tolls("A missile killed 12 people in Dnipro on Monday. Among the dead are three children.") == [
        ("killed", 3), ("killed", 12)
    ]


# --- 16. "two of the three injured": the total named with its casualty word is a figure too ----------------------------
N_OF_THE_M = [
    ("In Uzhhorod, two of the three reported injured are children.", [("injured", 2), ("injured", 3)]),
    ("Two of the 12 killed were children.", [("killed", 2), ("killed", 12)]),
    ("Three of the 40 people injured are in serious condition.", [("injured", 3), ("injured", 40)]),
    # restated: one fact
    ("Twelve people were killed on Monday. Two of the 12 killed were children.", [("killed", 2), ("killed", 12)]),
    # a named person is one of the count, no count of one; a part of the dead with no figure of them stays the part
    ("Her son was one of three people killed in the strike.", [("killed", 3)]),
    ("Two of the dead were children.", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), N_OF_THE_M)
def test_n_of_the_m_casualties(text, expected):
    assert tolls(text) == expected
