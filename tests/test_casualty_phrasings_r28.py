"""Casualty and clash phrasings, round 28: families found in the opened real stories of rounds 26-28 and checked on
other real reporting (wire relays of governors' Telegram posts, General Staff and defence-ministry summaries, news
sites that glue "Read also" links to the paragraph before). Every sentence here was written for these tests; none is
quoted from a story."""

from __future__ import annotations

import pytest

from tests.test_extract_casualties import casualties_of, tuples


def with_scope(text: str) -> set[tuple]:
    return {(r["fact_type"], r["count"], r["scope"]) for r in casualties_of(text).iter_rows(named=True)}


# --- 1. a related-story link glued to the sentence before it is another story ------------------------------------
GLUED_LINKS = [
    ("Firefighters are still at the scene.Read also: Russian drone strike on Poltava: three killed, 11 injured", set()),
    ("Police cordoned off the street. Read more: Guided bomb hits Kupiansk, two dead", set()),
    ("Crews worked through the night.See also: Kherson shelling wounds four", set()),
    # the sentence's own figure before the link stays
    ("Two people were injured in Sumy.Read also: Strike on Dnipro kills six", {("injured", 2)}),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_LINKS)
def test_a_glued_related_link_is_another_story(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 2. the parts of a figure set between dashes before its verb ----------------------------------------------------
DASHED_PARTS = [
    ("Six people — four women and two men — were killed in Kramatorsk, the governor said.",
     {("killed", 6), ("killed", 4), ("killed", 2)}),
    ("Seven residents – five adults and two children – were injured when the drone hit the block.",
     {("injured", 7), ("injured", 5), ("injured", 2)}),
    # ages between dashes are no parts, an aside without a figure is an aside
    ("Three rescuers — 41, 29 and 36 years old — were wounded by the second strike.", {("injured", 3)}),
    ("Four people — all of them civilians — died in the shelling of Nikopol.", {("killed", 4)}),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_PARTS)
def test_parts_between_dashes(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 3. a nationality counted as people ------------------------------------------------------------------------------
DEMONYMS = [
    ("A missile struck a cargo ship in Izmail, killing two Ukrainians and wounding three others.",
     {("killed", 2), ("injured", 3)}),
    ("The drone hit a port in Odesa, killing one Ukrainian and injuring four others, officials said.",
     {("killed", 1), ("injured", 4)}),
    ("Three Russians were wounded when the depot caught fire, the governor said.", {("injured", 3)}),
    # a nationality before its noun counts the noun
    ("Two Ukrainian soldiers were killed near Toretsk.", {("killed", 2)}),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_a_nationality_counted_as_people(text, expected):
    assert tuples(casualties_of(text)) == expected


def test_a_demonym_before_its_noun_keeps_the_victims():
    facts = casualties_of("Two Ukrainian soldiers were killed near Toretsk.")
    assert facts["victims"].to_list() == ["military"]


# --- 4. victims counted by their fate -----------------------------------------------------------------------------
VICTIMS = [
    ("Four victims were hospitalised, the mayor of Sumy said.", {("injured", 4)}),
    ("Two victims later died in hospital, the regional administration said.", {("killed", 2)}),
    # one of the victims is one of a count, and the victims of a total with no word are no figure
    ("One of the victims, who suffered burns, was pulled from the rubble by rescuers.", set()),
    ("Among the 14 victims of the attack were three children, officials said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS)
def test_victims_counted_by_their_fate(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 5. a ground assault backed by fire is still an assault ----------------------------------------------------------
FIRE_SUPPORTED = [
    ("On the Toretsk front, Russian units stormed Ukrainian positions 17 times with artillery support.",
     {("clash", 17)}),
    ("The enemy attacked our defence lines 12 times, supported by armoured vehicles, the brigade said.",
     {("clash", 12)}),
    ("Russian troops assaulted the positions near Vovchansk 9 times under the cover of aviation.", {("clash", 9)}),
    # shelling stays shelling
    ("Russian forces attacked Nikopol 14 times with artillery and drones, the governor said.", set()),
    ("The invaders attacked the Kherson region 60 times, firing 300 shells.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FIRE_SUPPORTED)
def test_fire_supported_assaults(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 6. repelled attacks with a phrase between the figure and its verb ---------------------------------------------
REPELLED = [
    ("The ministry claimed that 11 attacks of the Ukrainian army were repulsed in the Lyman direction.",
     {("clash", 11)}),
    ("The General Staff said 23 assaults by Russian units near Pokrovsk were repelled.", {("clash", 23)}),
    # attacks by air are no clashes, and unrepelled attacks are not counted
    ("The air force said 30 attacks by drones on the city were repelled overnight.", set()),
    ("Officials said 8 attacks of Russian aviation were repelled.", set()),
    ("The governor said 45 attacks on the region were recorded over the day.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REPELLED)
def test_repelled_attacks_with_a_phrase(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 7. scope: a record's comparison, a weekend of attacks, "and left" after a part -------------------------------
SCOPES = [
    # "its deadliest attack ... in six months" compares; the figure is the attack's
    ("Russia also struck Dnipro on May 3, killing at least 9 people in its deadliest attack on the city in six months.",
     {("killed", 9, "event")}),
    ("The strike killed 11 people, the worst loss of life in the town in three years, officials said.",
     {("killed", 11, "event")}),
    # a span that is the figure's own stays a period
    ("Russian shelling killed 40 civilians in the region over the past three months, the governor said.",
     {("killed", 40, "period")}),
    # a weekend of attacks is several days
    ("A weekend of Russian drone attacks killed at least 18 people across Ukraine, Kyiv said.",
     {("killed", 18, "period")}),
    # a figure joined by "and" after a part takes the part's total's scope
    ("The war has killed more than 9,000 civilians, including 500 children, and left around 17,000 injured.",
     {("killed", 9000, "cumulative"), ("killed", 500, "cumulative"), ("injured", 17000, "cumulative")}),
    # ... and an attack's pair stays the attack's
    ("The strike killed 4 people, including a child, and left 12 injured, the mayor said.",
     {("killed", 4, "event"), ("injured", 12, "event")}),
]


@pytest.mark.parametrize(("text", "expected"), SCOPES)
def test_scopes(text, expected):
    assert with_scope(text) == expected


# --- 8. rates said "daily" are no facts; an age bound after a child noun is no count --------------------------------
NOT_COUNTS = [
    ("Roughly forty combat engagements occur daily on the Kurakhove front, the commander said.", set()),
    ("He said 15 soldiers are killed on a daily basis in the sector.", set()),
    ("Two children under 12 among the dead, the mayor said.", {("killed", 2)}),
    ("Four children below 6 were injured when the shell hit the yard.", {("injured", 4)}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_COUNTS)
def test_daily_rates_and_child_age_bounds(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 9. more ways a clash count is said ----------------------------------------------------------------------------
MORE_CLASHES = [
    # a quoted verb in a relayed statement
    ('Near Sudzha, the General Staff said, Ukrainian troops "successfully repelled" 13 enemy attacks.', {("clash", 13)}),
    # a relative clause tells the attacks were repelled
    ("The ministry said there had been 8 attacks near Kreminna, which its forces repelled.", {("clash", 8)}),
    ("The enemy made 19 attacks on the Lyman front, which were all repulsed.", {("clash", 19)}),
    ("Russian forces carried out 40 attacks on the district, which damaged homes.", set()),
    # repulsed N times
    ("Since morning, the invaders near Kurakhove have been repulsed six times by our soldiers.", {("clash", 6)}),
    # one clash, one battle
    ("In the Kupiansk direction there was one combat clash near Synkivka.", {("clash", 1)}),
    ("One battle is still under way near Chasiv Yar, the General Staff said.", {("clash", 1)}),
    # things named for battle are no clashes
    ("The allies pledged 14 main battle tanks and one battle group to the mission.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CLASHES)
def test_more_clash_phrasings(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 10. dashes without spaces, and a superlative's comparison ------------------------------------------------------
MORE_SCOPES = [
    ("The governor said two residents—a man and a woman—died in Bucha.", {("killed", 2, "event")}),
    ("The city's deadliest strike in April killed five people, officials said.", {("killed", 5, "event")}),
    ("At least six people died after Russia launched one of its fiercest missile attacks since the full-scale "
     "invasion began, the president said.", {("killed", 6, "event")}),
    # a running total stays one
    ("Russian shelling has killed 700 civilians in the region since the invasion began.",
     {("killed", 700, "cumulative")}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_SCOPES)
def test_unspaced_dashes_and_superlatives(text, expected):
    assert with_scope(text) == expected


# --- 11. a longer verb after a phrase; a hospitalised figure held by the injured figure before it ------------------
ADDED_AND_LONGER = [
    # a hospitalised figure right after the injured figure stays held by it
    ("Officials said 30 people were injured in the strike. The governor said 12 people were hospitalised.",
     {("injured", 30)}),
    ("More than 50 soldiers of the brigade are said to have been killed, the ministry claimed.", {("killed", 50)}),
]


@pytest.mark.parametrize(("text", "expected"), ADDED_AND_LONGER)
def test_added_hospitalised_and_longer_verbs(text, expected):
    assert tuples(casualties_of(text)) == expected
