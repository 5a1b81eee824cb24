"""Phrasing families of real reporting, round r11 (air attacks: launched / intercepted / killed / injured).

- number words of hundreds and "one dozen" ("nearly two hundred drones", "more than one dozen drones");
- two casualty verbs in a row, each with its own figure ("kills 23, wounds 28", "killed one person, wounded
  at least two"): the second verb belongs to the second figure;
- "N missile and M air strikes": a singular weapon word after a plural figure is the modifier of strikes;
- quotation marks around a figure's noun ("13 “kamikaze” drones", "67 “air targets”");
- who attacked: drones "of the Ukrainian Armed Forces" name the owner, not the speaker; "launched towards the
  city by Russia's military"; "over the southern Adygeya region"; "the defence ministry in Moscow";
- lists of places that go on after an "each" item, after a part headed for a city, and with a compass word
  before the place ("over the western Smolensk region");
- an age after "both" ("Olena and Petro, both 41,"); an agency's dateline ("TEHRAN (MNA) –") that is no
  other war; ordinal days ("on May 28th").

Every sentence below was written for these tests (wording, figures, places and speakers changed); none is copied
from a story. Each family has near-misses that must stay as they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.batched_facts import article_facts
from tests.test_strike_families3 import facts_of, strikes_of


def casualties(text: str, published: str = "2024-05-10T08:00:00Z") -> set[tuple]:
    facts = article_facts(text, published, stage="casualties")
    return {(r["fact_type"], r["count"]) for r in facts.iter_rows(named=True)}


def placed(text: str) -> set[tuple]:
    return {(r["fact_type"], r["count"], r["attacker"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}


# Family 1: hundreds and dozens in words
NUMBER_WORDS = [
    (
        "Russia struck Ukraine with nearly three hundred drones overnight, officials said on Tuesday.",
        {("launched", 300, "drone", None, "RU", "event")},
    ),
    (
        "Overnight, Russia launched more than one dozen attack drones at cities in the south.",
        {("launched", 12, "drone", None, "RU", "event")},
    ),
    (
        "Air defence units shot down a hundred drones over the northern regions overnight, the air force said.",
        {("intercepted", 100, "drone", None, "RU", "event")},
    ),
    # near-misses: vague hundreds stay no figure
    ("Russia launched hundreds of drones at Ukraine overnight, officials said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_WORDS)
def test_hundreds_and_dozens_in_words(text, expected):
    assert facts_of(text) == expected


# Family 2: two casualty verbs in a row
CHAINED_CASUALTY_VERBS = [
    ("Russian drone strike kills 14, wounds 31 in eastern city - governor", {("killed", 14), ("injured", 31)}),
    (
        "A missile attack on the Odesa region killed two people, injured at least nine and damaged a port, the "
        "governor said.",
        {("killed", 2), ("injured", 9)},
    ),
    (
        "The shelling killed one woman, wounded four others in the village, officials said.",
        {("killed", 1), ("injured", 4)},
    ),
    # near-misses: a figure with its own word after it keeps it
    ("Three people were killed, six wounded in the strike on Sumy.", {("killed", 3), ("injured", 6)}),
    ("Two people killed, five injured as drones hit Kharkiv.", {("killed", 2), ("injured", 5)}),
]


@pytest.mark.parametrize(("text", "expected"), CHAINED_CASUALTY_VERBS)
def test_chained_casualty_verbs(text, expected):
    assert casualties(text) == expected


# Family 3: "N missile and M air strikes"
MISSILE_STRIKES = [
    ("Over the past day the enemy launched 6 missile and 52 air strikes on the front line.", set()),
    ("In all, the occupiers carried out 3 missile and 41 airstrikes and 90 shelling attacks.", set()),
    # near-misses: plural weapons stay counts
    (
        "The enemy launched 6 missiles and 52 drones overnight, the air force said.",
        {("launched", 6, "missile", None, "RU", "event"), ("launched", 52, "drone", None, "RU", "event")},
    ),
    ("The enemy launched 6 missile strikes overnight.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MISSILE_STRIKES)
def test_missile_and_air_strikes(text, expected):
    assert facts_of(text) == expected


# Family 4: quotation marks around a figure's noun
QUOTED_NOUNS = [
    (
        "The southern command said it destroyed 17 “kamikaze” drones over the Mykolaiv region overnight.",
        {("intercepted", 17, "drone", None, "RU", "event")},
    ),
    (
        "Ukrainian air defences downed 41 \"air targets\" launched overnight at Kyiv, the commander said.",
        {("intercepted", 41, "aerial_target", None, "RU", "event")},
    ),
    (
        "The mayor added that 9 ‘Shahed drones,’ the Iranian-designed kind, had been shot down over the city.",
        {("intercepted", 9, "drone", "Shahed-136/131", "RU", "event")},
    ),
    # near-miss: a quote after a figure that is no noun phrase
    ("The air force said 12 drones were shot down, calling the night “difficult”.", {("intercepted", 12, "drone", None, "RU", "event")}),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NOUNS)
def test_quoted_noun_after_a_figure(text, expected):
    assert facts_of(text) == expected


# Family 5: who attacked
ATTACKERS = [
    (
        "Russian air defence forces destroyed four unmanned aerial vehicles (UAVs) of the Ukrainian Armed Forces "
        "over the Kursk Region.",
        {("intercepted", 4, "drone", None, "UA", "event")},
    ),
    (
        "The defence ministry in Moscow reported downing 11 drones over the southern Adygeya region.",
        {("intercepted", 11, "drone", None, "UA", "event")},
    ),
    (
        "Three blasts shook the capital after 19 drones were launched towards the city by Russia's military, "
        "the mayor said.",
        {("launched", 19, "drone", None, "RU", "event")},
    ),
    # near-miss: Ukraine's own forces reporting still name Russia the attacker
    (
        "The Ukrainian Armed Forces said they shot down 23 drones overnight.",
        {("intercepted", 23, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKERS)
def test_attacker_cues(text, expected):
    assert facts_of(text) == expected


# Family 6: lists of places
PLACE_LISTS = [
    (
        "Air defences destroyed 25 Ukrainian drones: 7 over the Kursk Region, three each over the Tula, Penza and "
        "Oryol regions, four over Crimea, and two over the Moscow Region.",
        {
            ("intercepted", 25, "UA", None), ("intercepted", 7, "UA", "Kursk Region"),
            ("intercepted", 3, "UA", "Tula region"), ("intercepted", 3, "UA", "Penza region"),
            ("intercepted", 3, "UA", "Oryol region"), ("intercepted", 4, "UA", "Crimea"),
            ("intercepted", 2, "UA", "Moscow Region"),
        },
    ),
    (
        "Moscow said its air defences had shot down seven Ukrainian drones over the eastern Bryansk region and two "
        "over the western Pskov region.",
        {("intercepted", 7, "UA", "Bryansk region"), ("intercepted", 2, "UA", "Pskov region")},
    ),
    (
        "Air defences destroyed 31 Ukrainian drones: 12 over the Oryol Region, four each over the Tula and Kaluga "
        "regions, five over Crimea, and six over the Lipetsk Region.",
        {
            ("intercepted", 31, "UA", None), ("intercepted", 12, "UA", "Oryol Region"),
            ("intercepted", 4, "UA", "Tula region"), ("intercepted", 4, "UA", "Kaluga region"),
            ("intercepted", 5, "UA", "Crimea"), ("intercepted", 6, "UA", "Lipetsk Region"),
        },
    ),
    (
        "Overnight, air defences intercepted 20 Ukrainian drones: eight over the Kursk Region, five over the Moscow "
        "Region, including two headed for Moscow, four over the Tver Region and three over the Smolensk Region.",
        {
            ("intercepted", 20, "UA", None), ("intercepted", 8, "UA", "Kursk Region"),
            # (the part headed for Moscow is the city's: test_strike_phrasings_r23.py)
            ("intercepted", 5, "UA", "Moscow Region"), ("intercepted", 2, "UA", "Moscow"),
            ("intercepted", 4, "UA", "Tver Region"), ("intercepted", 3, "UA", "Smolensk Region"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LISTS)
def test_place_lists(text, expected):
    assert placed(text) == expected


# Family 7: ages, datelines, ordinal days
def test_age_after_both_is_no_count():
    text = "Marta and Ihor, both 52, were found dead after a house was hit in the Podilskyi district, police said."
    assert casualties(text) == set()
    assert casualties("Two men, both 40, were injured in the shelling.") == {("injured", 2)}


def test_agency_dateline_is_no_other_war():
    text = "TEHRAN, Apr 11 (MNA) – Russian air defence systems intercepted 5 HIMARS rockets, the ministry said."
    assert facts_of(text) == {("intercepted", 5, "missile", "HIMARS", "UA", "event")}
    # near-miss: a dateline does not hide another war named in the sentence
    assert facts_of("TEHRAN, Apr 11 (MNA) – The IDF said 30 rockets were fired from Gaza.") == set()


def test_ordinal_day_dates_a_figure():
    facts = strikes_of("On April 21st, the ministry said air defences shot down four Storm Shadow missiles.", "2024-04-25T08:00:00Z")
    assert facts["event_date"].to_list() == [dt.date(2024, 4, 21)]


# Family 8: a headline before any attacker cue takes the side the story first names
def test_headline_takes_the_first_named_side():
    text = (
        "Kaluga, 18 drones shot down in 5 regions during the night\n\n"
        "Air defence units intercepted 18 Ukrainian drones over five Russian regions overnight, the Russian "
        "Defence Ministry said."
    )
    assert {(r["count"], r["attacker"]) for r in strikes_of(text).iter_rows(named=True)} == {(18, "UA")}
    # near-miss: a later sentence's side does not reach back past the first cue
    text = (
        "Ukraine's air force said it shot down 22 drones overnight.\n\n"
        "Separately, Russia's defence ministry said it had downed 6 Ukrainian drones over the Kursk region."
    )
    assert {(r["count"], r["attacker"]) for r in strikes_of(text).iter_rows(named=True)} == {(22, "RU"), (6, "UA")}


# Family 9: scope. "since the beginning of the day" is the day's tally (an event); a perfect whose object is one
# attack ("have launched a missile attack on ..., injuring 9") tells of that attack
def scopes(text: str) -> set[tuple]:
    facts = article_facts(text, "2024-05-10T08:00:00Z", stage="casualties")
    return {(r["fact_type"], r["count"], r["scope"]) for r in facts.iter_rows(named=True)}


def test_scope_of_a_day_so_far_and_of_one_attack():
    text = "Since the beginning of the day, Russian aircraft have carried out 14 strikes, dropping 31 guided aerial bombs."
    assert {(r["count"], r["scope"]) for r in strikes_of(text).iter_rows(named=True)} == {(31, "event")}
    text = "Since the beginning of the day, air defence units have destroyed 16 drones over the south."
    assert {(r["count"], r["scope"]) for r in strikes_of(text).iter_rows(named=True)} == {(16, "event")}
    text = "Russian forces have launched a missile attack on Sloviansk, hitting a school and injuring 9 people, the mayor said."
    assert scopes(text) == {("injured", 9, "event")}
    # near-misses: running totals stay running totals
    text = "Since the beginning of the war, Russia has launched 7,400 drones at Ukraine."
    assert {(r["count"], r["scope"]) for r in strikes_of(text).iter_rows(named=True)} == {(7400, "cumulative")}
    assert scopes("Russian strikes have killed 42 civilians in the city since the start of the invasion.") == {
        ("killed", 42, "cumulative")
    }


# Family 10: a list of places placed "in" named regions after a weapon figure placed the same way
IN_REGION_LISTS = [
    (
        "Air defence shot down 9 Russian missiles in Lviv Oblast, four in the western Volyn Oblast, and two in "
        "Rivne Oblast, the command said.",
        {
            ("intercepted", 9, "RU", "Lviv"), ("intercepted", 4, "RU", "Volyn"), ("intercepted", 2, "RU", "Rivne"),
        },
    ),
    # near-misses: "in" a month or a time of day is no place
    ("Air defence destroyed 14 drones in the Poltava region, 5 in March.", {("intercepted", 14, "RU", None)}),
    ("Air defence destroyed 14 drones in the Poltava region, 5 in the morning.", {("intercepted", 14, "RU", None)}),
]


@pytest.mark.parametrize(("text", "expected"), IN_REGION_LISTS)
def test_in_region_lists(text, expected):
    assert placed(text) == expected


# Family 11: a sentence opened by "Separately" or "Elsewhere" tells of another attack: its figure is no
# restatement of the same figure before it
def test_separately_is_another_figure():
    text = "A drone hit a warehouse in Izmail, killing one. Separately, one person was killed by shelling overnight."
    assert sorted(casualties(text)) == [("killed", 1)]  # a set: both facts are killed 1
    facts = article_facts(text, "2024-05-10T08:00:00Z", stage="casualties")
    assert facts.height == 2
    # near-miss: the same figure restated stays one fact
    text = "A drone hit a warehouse in Izmail, killing one. One person was killed in the attack, the governor said."
    facts = article_facts(text, "2024-05-10T08:00:00Z", stage="casualties")
    assert facts.height == 1


# Family 12: the rockets of a multiple rocket launcher are missiles; its shells are no count, but the figures listed
# with them keep their verb
MLRS_ROCKETS_AND_SHELLS = [
    (
        "Air defences intercepted 9 HIMARS multiple launch rocket system rockets over the past day, the ministry said.",
        {("intercepted", 9, "missile", "HIMARS", "UA", "event")},
    ),
    (
        "\"Four Storm Shadow cruise missiles, two HARM anti-radar missiles and six HIMARS multiple rocket launcher "
        "shells were intercepted,\" Konashenkov said.",
        {("intercepted", 4, "missile", "Storm Shadow", "UA", "event"), ("intercepted", 2, "missile", "HARM", "UA", "event")},
    ),
    # near-miss: launchers destroyed are equipment, no weapon count
    ("Russian forces destroyed 14 multiple rocket launchers over the past day, the ministry said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MLRS_ROCKETS_AND_SHELLS)
def test_mlrs_rockets_and_shells(text, expected):
    assert facts_of(text) == expected
