"""Casualty phrasings, round 58: families met in the opened real stories of rounds 56 to 58 (wire headlines, Telegram
posts, Ukrainian officials' quotes in translation) and checked against other reporting of the same kinds. Every
sentence here was written for these tests; none is quoted from a story.

- a figure belongs to the casualty verb right before it; a second verb after a comma whose object is no figure
  ("kills five, wounds dozens") gives no fact and lends the figure no word;
- a breakdown by place whose items name the place's kind in an editor's brackets ("two in [the village of] A");
- a record said "to date" ("its largest drone attack to date") is no running total;
- a headline line that opens on the emoji presentation selector (its emoji lost) still counts its figure;
- a related-links header alone on its line ("Read more:") heads the headlines printed after it as paragraphs of their
  own, up to the first sentence that ends as one (FACTS.md 4: the items of a related-links list are other stories);
- a part's own verb after "of whom" before its figure is the part's alone ("131 people of whom 24 people died"), a part
  named after its copula ("of whom seven were children") is a part, and a part of a total said without a figure takes
  that total's verb ("wounded dozens, including six children");
- a General Staff paragraph that opens on its front ("In the Kupyansk direction, ...") is about that front: a clash
  still going on there is no restatement of another front's equal count;
- a bare figure before "the previous day" ("wounded seven the previous day") takes its verb;
- a city named by its kind after "against" or "at" ("a strike against the city of Kherson killed two") is the
  sentence's place: an equal toll of another place is no restatement of it.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts
from tests.casualty_cases import tolls


def placed_tolls(text: str) -> list[tuple]:
    facts = article_facts(text)
    return sorted(
        (r["fact_type"], r["count"], r["place"] or "")
        for r in facts.iter_rows(named=True)
        if r["fact_type"] in ("killed", "injured")
    )


# --- 1. the figure is the verb's before it; an uncounted second verb gives nothing ---------------------------------
VERB_THEN_UNCOUNTED_VERB = [
    ("Missile strike on Zaporizhzhia kills six, wounds dozens", [("killed", 6)]),
    ("A glide bomb attack on Kharkiv killed three people, injured dozens more.", [("killed", 3)]),
    ("Russian shelling killed two, wounded several others in the village on Monday.", [("killed", 2)]),
    ("Drone strike on Sumy injures 11, kills many livestock", [("injured", 11)]),
    ("The attack on the port killed one person and wounded many others, the governor said.", [("killed", 1)]),
    ("Shelling of Nikopol wounds four, damages dozens of homes", [("injured", 4)]),
    # neighbours: both verbs with a figure each keep their own; people described by a participle keep its word
    ("Russian strike kills 4, wounds 19 in Dnipro", [("injured", 19), ("killed", 4)]),
    ("The missile killed two people, injured at least 15 others, officials said.", [("injured", 15), ("killed", 2)]),
    ("Five people, wounded in the shelling, remain in hospital in Kherson.", [("injured", 5)]),
    ("Two men, injured by falling debris, were taken to hospital.", [("injured", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_THEN_UNCOUNTED_VERB)
def test_a_figure_belongs_to_the_verb_before_it(text, expected):
    assert tolls(text) == expected


# --- 2. a breakdown by place with the place's kind in brackets --------------------------------------------------------
BRACKETED_PLACE_KIND = [
    (
        'The governor posted: "Russian attacks on 4 March killed three civilians of Donetsk Oblast: two in [the '
        'settlement of] Ivanopillia and one in [the town of] Kurakhove."',
        [("killed", 1, "Kurakhove"), ("killed", 2, "Ivanopillia"), ("killed", 3, "")],
    ),
    (
        "Russian shelling wounded five residents of the region on 9 June: three in [the settlement of] Ocheretyne and "
        "two in [the city of] Myrnohrad.",
        [("injured", 2, "Myrnohrad"), ("injured", 3, "Ocheretyne"), ("injured", 5, "")],
    ),
    (
        "On 11 April the occupiers killed four residents of the oblast: three in the village of Prechystivka and one "
        "in the town of Vuhledar.",
        [("killed", 1, "Vuhledar"), ("killed", 3, "Prechystivka"), ("killed", 4, "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_PLACE_KIND)
def test_a_place_list_with_the_places_kind_in_brackets(text, expected):
    assert placed_tolls(text) == expected


def test_a_bracketed_kind_with_no_place_list_adds_nothing():
    text = "Two men were wounded in [the village of] Ivanopillia on Tuesday, the governor said."
    assert placed_tolls(text) == [("injured", 2, "Ivanopillia")]


# --- 3. a record "to date" is no running total --------------------------------------------------------------------
RECORD_TO_DATE = [
    (
        "Early on Tuesday Ukraine staged its biggest drone raid to date on Russia, hitting homes near the capital, "
        "killing two people and injuring 12 others.",
        [("injured", 12), ("killed", 2)],
    ),
    ("Russia fired its biggest missile barrage to date at Lviv on Sunday, killing five people.", [("killed", 5)]),
    ("The deadliest strike to date on the city killed 14 people on Friday.", [("killed", 14)]),
]


@pytest.mark.parametrize(("text", "expected"), RECORD_TO_DATE)
def test_a_record_to_date_is_one_attack(text, expected):
    assert tolls(text) == expected


def test_a_toll_to_date_stays_a_running_total():
    text = "Russian attacks on the city have killed 230 civilians to date, the regional prosecutor said."
    assert tolls(text) == []
    assert tolls(text, scope="cumulative") == [("killed", 230)]


# --- 4. a headline opening on the emoji presentation selector -------------------------------------------------------
EMOJI_SELECTOR = [
    ("\ufe0fTwo killed in drone attack on Belgorod\n\nA drone hit a house on the city's edge, the governor said.",
     [("killed", 2)]),
    ("\u26a1\ufe0f4 people injured in shelling of Kherson\n\nShells hit a bus stop in the city centre.", [("injured", 4)]),
    # a selector before no figure changes nothing
    ("\u2757\ufe0fAir raid alert in Kyiv region\n\nResidents are urged to stay in shelters.", []),
]


@pytest.mark.parametrize(("text", "expected"), EMOJI_SELECTOR)
def test_a_line_opening_on_the_emoji_selector(text, expected):
    assert tolls(text) == expected


# --- 5. a related-links header alone on its line heads the linked headlines after it --------------------------------
RELATED_HEADER_ALONE = [
    ("Russia said it downed 30 drones overnight over the Belgorod region.\n\nRead more:\n\nMissile strike in the east "
     "kills six, wounds dozens\n\nEU opens membership talks with Ukraine and Moldova", []),
    ("Russia said it downed 12 drones.\n\nRead More\n\nDrone attack on Sumy leaves four dead\n\nIn Kursk, a drone "
     "strike killed three people, the governor said.", [("killed", 3)]),
    # the story going on right after the header is the story's own
    ("Russia said it downed 30 drones.\n\nREAD MORE\n\nA Russian strike on Odesa killed two people on Monday, the "
     "governor said.", [("killed", 2)]),
    ("Read also:\n\nShelling of Kherson on Monday killed two residents, the regional administration said.", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), RELATED_HEADER_ALONE)
def test_headlines_after_a_related_header_alone_are_other_stories(text, expected):
    assert tolls(text) == expected


# --- 6. parts: "of whom N died", "of whom N were children", a part of an uncounted total ----------------------------
PARTS = [
    # the part's own verb is the part's alone: the casualties in all are no deaths
    ("The number of casualties of the shelling of Shebekino reached 95 people, of whom 14 people died, the ministry "
     "reported.", [("killed", 14)]),
    ("The casualties of the attack totalled 40 people of whom six people died, including two children.",
     [("killed", 2), ("killed", 6)]),
    # a part named after its copula
    ("The strike killed 18 people, of whom 5 were children.", [("killed", 5), ("killed", 18)]),
    ("The shelling wounded 14 people, among them three were children, the governor said.",
     [("injured", 3), ("injured", 14)]),
    # a part of a total said without a figure takes that total's verb (FACTS.md 8: parts are facts of their own)
    ("A Russian drone attack on Kyiv killed two people and wounded dozens, including five children, the mayor said.",
     [("injured", 5), ("killed", 2)]),
    ("The strike killed one man and injured many others, including four children.", [("injured", 4), ("killed", 1)]),
    # neighbours: a counted total keeps its parts; a part's word after "of them" stays the part's
    ("The strike killed 12 people, including three children, and injured 30.",
     [("injured", 30), ("killed", 3), ("killed", 12)]),
    ("Nine people, among them two children, were killed in the strike.", [("killed", 2), ("killed", 9)]),
    ("Four people were pulled from the rubble, one of them died.", [("killed", 1)]),
    ("The shelling wounded 30 people, of whom 11 were taken to hospital.", [("injured", 30)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_parts_with_their_own_words(text, expected):
    assert tolls(text) == expected


# --- 7. a paragraph opening on its front holds that front for its sentences ------------------------------------------
def test_an_ongoing_battle_on_another_front_is_its_own_count():
    text = (
        '"On the Kharkiv direction, one combat engagement took place near Vovchansk. In the Kupyansk direction, the '
        'enemy tried 9 times to push our units out of their positions. One battle continues," the General Staff wrote.'
    )
    assert tolls(text) == [("clash", 1), ("clash", 1), ("clash", 9)]


def test_a_weekday_opening_names_no_place():
    text = "On Tuesday, three people were killed in Kherson. Three people were killed, the governor said."
    assert tolls(text) == [("killed", 3)]


# --- 8. a bare figure before "the previous day" ---------------------------------------------------------------------
PREVIOUS_DAY = [
    ("The governor said on Sunday that Russian attacks had killed four people and wounded nine the previous day.",
     [("injured", 9), ("killed", 4)]),
    ("Shelling killed two and injured five the same day, the mayor said.", [("injured", 5), ("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), PREVIOUS_DAY)
def test_a_bare_figure_before_the_previous_day(text, expected):
    assert tolls(text) == expected


# --- 9. a city named by its kind after "against" or "at" is the sentence's place ------------------------------------
def test_a_city_of_another_toll_is_no_restatement():
    text = (
        "In Donetsk Oblast, two people were killed and six injured in Kramatorsk, the governor said.\n\n"
        "A Russian strike against the city of Kherson killed two people and injured 11, the governor said."
    )
    assert tolls(text) == [("injured", 6), ("injured", 11), ("killed", 2), ("killed", 2)]


def test_the_same_city_said_again_is_one_toll():
    text = (
        "A Russian strike against the city of Kherson killed two people on Monday.\n\n"
        "Two people were killed in Kherson, the governor said."
    )
    assert tolls(text) == [("killed", 2)]
