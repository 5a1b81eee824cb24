"""Casualty and clash phrasings, round 35: families met in the opened real stories of rounds 32-35 (Russian
defence-ministry battlegroup claims, General Staff front paragraphs, Kyiv Independent style daily round-ups of
governors' counts) and checked against other reporting of the same kinds. Every sentence here was written for these
tests; none is quoted from a story."""

from __future__ import annotations

import pytest

from tests.test_extract_casualties import casualties_of, tuples


def facts_of(text: str) -> list[tuple]:
    return sorted((r["fact_type"], r["count"]) for r in casualties_of(text).filter(scope="event").iter_rows(named=True))


# --- 1. counterattacks repelled (the Russian ministry's battlegroup claims) and one attack repelled ------------------
COUNTERATTACKS = [
    ("The Vostok battlegroup repelled seven counterattacks by Ukrainian assault units, the ministry said.",
     {("clash", 7)}),
    ("Units of the Dnepr group beat off three counter-attacks near Kamianske and destroyed a tank.", {("clash", 3)}),
    ("The Zapad group of forces has repulsed four Ukrainian counterattacks and improved its positions.",
     {("clash", 4)}),
    ("Russian troops fended off one counterattack near Tetkino, the ministry reported.", {("clash", 1)}),
    ("Ukrainian defenders repelled one Russian assault near Hulyaipole over the past day.", {("clash", 1)}),
    ("The ministry said its forces had defended against five counterattacks in the border area.", {("clash", 5)}),
    # a counterattack only mounted, an air attack repelled, a weapon or a unit named "attack"/"assault": no clash
    ("The Ukrainian army launched two counterattacks near Robotyne on Friday.", set()),
    ("Air defence forces repelled one massive attack on the capital overnight.", set()),
    ("Anti-aircraft gunners beat off two attacks on the port city.", set()),
    ("Soldiers repelled one attack drone over the trenches.", set()),
    ("One assault brigade was moved to the Kupiansk front.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERATTACKS)
def test_counterattacks_repelled_are_clashes(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 2. attempts on positions or defences, whatever their verb, and attempts thwarted ---------------------------------
ATTEMPTS = [
    ("The occupiers attempted to break the Ukrainian defences near Siversk 12 times.", {("clash", 12)}),
    ("Russian units tried to dislodge our troops from their positions near Kupiansk six times.", {("clash", 6)}),
    ("The enemy sought to wedge into our defence lines nine times on the Lyman front.", {("clash", 9)}),
    ("The border guards thwarted four attempts by Ukrainian sabotage groups to breach the border near Tyotkino.",
     {("clash", 4)}),
    ("Our units foiled two attempts by the enemy to advance near Vuhledar.", {("clash", 2)}),
    # the same verbs on a city with weapons, or attempts that are no ground push: no clash
    ("Russian troops tried to storm the city 4 times with drones and artillery.", set()),
    ("The air force thwarted three attempts by the enemy to strike the bridge with missiles.", set()),
    ("Hackers attempted to break into the ministry's servers 30 times.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ATTEMPTS)
def test_attempts_on_positions_are_clashes(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 3. equal counts of two fronts are two clash facts ----------------------------------------------------------------
FRONTS = [
    ("On the Lyman front, Ukrainian defenders repelled six Russian attacks in the vicinity of Terny and Yampolivka."
     "\n\nOn the Kurakhove front, the invaders tried to break through our defences six times.",
     [("clash", 6), ("clash", 6)]),
    ("In the Pokrovsk direction, the defenders stopped 11 assault actions by the enemy."
     "\n\nIn the Toretsk direction, 11 enemy attacks were repelled in the vicinity of Shcherbynivka.",
     [("clash", 11), ("clash", 11)]),
    # one front's count restated is one fact
    ("On the Pokrovsk front, our troops repelled 23 attacks. The General Staff said 23 attacks on the Pokrovsk front "
     "had been repelled.", [("clash", 23)]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTS)
def test_equal_counts_of_two_fronts(text, expected):
    assert facts_of(text) == expected


# --- 4. a region's count after the country's round-up total is its part, not a restatement ----------------------------
ROUNDUPS = [
    ("Over the past day, at least three people died and five were injured in Russian attacks across Ukraine, "
     "regional authorities said.\n\nFive people were wounded in Kharkiv Oblast, Governor Oleh Syniehubov said.",
     [("injured", 5), ("injured", 5), ("killed", 3)]),
    ("Russian strikes killed two civilians and injured nine in five regions overnight, local officials reported."
     "\n\nIn Zaporizhzhia Oblast, shelling killed two people in Huliaipole.",
     [("injured", 9), ("killed", 2), ("killed", 2)]),
    ("Russian attacks killed four people and injured 11 others nationwide over the past day.\n\nIn Kherson Oblast, 11 "
     "people were injured, the regional administration said.", [("injured", 11), ("injured", 11), ("killed", 4)]),
    # a figure stated twice for one city stays one fact
    ("A Russian drone strike on Sumy injured seven people, the mayor said.\n\nSeven people were injured in Sumy, the "
     "city's military administration added.", [("injured", 7)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDUPS)
def test_a_regions_count_after_a_roundup_total(text, expected):
    assert facts_of(text) == expected


# --- 5. a sentence that names no place is about its paragraph's place -------------------------------------------------
PARAGRAPH_PLACES = [
    ("In Donetsk Oblast, two residents were killed in Kostiantynivka. Another four people were injured, the governor "
     "said.\n\nIn Sumy Oblast, four people were injured when a drone hit a bus.",
     [("injured", 4), ("injured", 4), ("killed", 2)]),
    ("In Kharkiv Oblast, a guided bomb hit a village. Three people were wounded, the governor said.\n\nIn Dnipropetrovsk "
     "Oblast, three people were wounded in Nikopol.", [("injured", 3), ("injured", 3)]),
    # the paragraph's own place restated stays one fact
    ("In Odesa Oblast, a drone hit a warehouse. Two people were injured, the governor said.\n\nTwo people were "
     "injured in Odesa Oblast, the emergency service added.", [("injured", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_PLACES)
def test_a_sentence_without_a_place_takes_its_paragraphs(text, expected):
    assert facts_of(text) == expected


# --- 6. a restatement that names no day is the figure of the statement that does ---------------------------------------
UNDATED_RESTATEMENTS = [
    # the quote names no day: it restates the figure of the day named before it, not another of the lede's day
    ("Rescuers searched the rubble on Friday after a Russian strike on Thursday killed at least 20 in Vinnytsia.\n\n"
     "Late Friday, missiles struck Dnipro, killing at least four people and wounding 17.\n\n"
     "The regional governor said the strike had killed at least four people and wounded 17.",
     [("injured", 17), ("killed", 4), ("killed", 20)]),
    ("Russia on Saturday bombed a block of flats in Kharkiv, killing four people and wounding 30.\n\n"
     "The president posted footage of the ruins on Telegram, announcing four dead.\n\n"
     "Thirty people were wounded, including five children, prosecutors said.",
     [("injured", 5), ("injured", 30), ("killed", 4)]),
    # two days named, two figures: equal counts of two named days stay apart
    ("A drone strike on Monday killed two people in Kherson. On Wednesday, another strike killed two people in "
     "Nikopol.", [("killed", 2), ("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), UNDATED_RESTATEMENTS)
def test_an_undated_restatement_is_one_fact(text, expected):
    assert facts_of(text) == expected


# --- 7. the holidays are several days ---------------------------------------------------------------------------------
HOLIDAYS = [
    ("Moscow fired hundreds of drones over the New Year, killing at least six civilians and injuring more than 120, "
     "officials said.", set()),
    ("Russian shelling during the Christmas holidays killed seven people in Kherson Oblast.", set()),
    ("Strikes throughout the festive period wounded 40 people in Kharkiv.", set()),
    # one day of the holidays is one day
    ("A drone hit a minibus in Kherson on New Year's Eve, killing two people.", {("killed", 2)}),
    ("Russia struck Odesa on Christmas Day, injuring 11 people.", {("injured", 11)}),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_the_holidays_are_a_period(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 8. people who came to medical institutions are the injured; their hospitalised part is no second figure -----------
MEDICAL_INSTITUTIONS = [
    ("After the strike, 41 people applied to medical institutions, 17 of them were hospitalised.", {("injured", 41)}),
    ("Nineteen residents turned to medical facilities, the regional administration said.", {("injured", 19)}),
    ("Twelve people applied for medical help after the attack on Zaporizhzhia, the governor said.", {("injured", 12)}),
    ("Three people were killed and 26 went to medical institutions with cuts from glass.",
     {("killed", 3), ("injured", 26)}),
    # a hospitalised figure's parts by kind of person stay parts
    ("Twenty people were hospitalised, three of them children.", {("injured", 20), ("injured", 3)}),
    # institutions counted are no people
    ("The city has 40 medical institutions that applied for new generators.", set()),
    ("Fourteen medical facilities were damaged in the strike.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MEDICAL_INSTITUTIONS)
def test_people_who_came_to_medical_institutions(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 9. a person noun used as an adjective before the person noun ------------------------------------------------------
ATTRIBUTIVE_PERSONS = [
    ("Two elderly people have been killed in the shelling of a village in the Belgorod region.", {("killed", 2)}),
    ("Three elderly women were wounded when a drone hit their house.", {("injured", 3)}),
    ("Two civilian workers died at the substation, the energy company said.", {("killed", 2)}),
    ("Four volunteer firefighters were injured by a second strike.", {("injured", 4)}),
    ("A strike on the bus injured five child passengers.", {("injured", 5)}),
    # the noun alone still counts, and a kind of person that is no victim gives no figure
    ("Two elderly were killed in Kupiansk.", {("killed", 2)}),
    ("Two child psychologists arrived to help 30 residents of the damaged block.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIVE_PERSONS)
def test_a_person_noun_as_an_adjective(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 10. a toll figure followed by a dash and the next clause -----------------------------------------------------------
DASHED_TOLLS = [
    ("The number of people killed in the strike on the convoy has risen to 27 – another wounded man died in hospital, "
     "the governor said.", {("killed", 27)}),
    ("The death toll in Dnipro has risen to 46 - rescuers pulled two more bodies from the rubble.", {("killed", 46)}),
    ("The number of injured rose to 48 — most of them cut by flying glass.", {("injured", 48)}),
    # a time and its dash are no toll
    ("The drone hit the block at 03:40 – 20 minutes after the alert sounded.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_TOLLS)
def test_a_toll_before_a_dash(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 11. a figure after a day's attack is that day's ---------------------------------------------------------------------
def dated(text: str, published: str) -> list[tuple]:
    return sorted(
        (r["fact_type"], r["count"], str(r["event_date"]))
        for r in casualties_of(text, published).filter(scope="event").iter_rows(named=True)
    )


# published on Thursday 2 May 2024
POSSESSIVE_DAYS = [
    ("The strike comes after Tuesday's attack on Mykolaiv that killed two people and Monday's attack on Sumy that killed "
     "six people and injured at least 19.",
     [("injured", 19, "2024-04-29"), ("killed", 2, "2024-04-30"), ("killed", 6, "2024-04-29")]),
    ("Wednesday's missile strike on Dnipro killed four, while Monday's shelling of Kherson wounded nine.",
     [("injured", 9, "2024-04-29"), ("killed", 4, "2024-05-01")]),
    ("It came after yesterday's drone attack on Sumy, which injured 12 people.", [("injured", 12, "2024-05-01")]),
    # a day named after the possessive, nearer the figure, is the figure's day
    ("Tuesday's attack came after Russian strikes on Sunday on the port of Izmail, in which two people were injured.",
     [("injured", 2, "2024-04-28")]),
    ("Monday's strike killed five people, and three more died on Wednesday.",
     [("killed", 3, "2024-05-01"), ("killed", 5, "2024-04-29")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_DAYS)
def test_a_figure_after_a_days_attack(text, expected):
    assert dated(text, "2024-05-02T09:00:00Z") == expected
