"""Strike phrasings of round 18 (launched and intercepted figures, docs/facts.md 4), families the air-attack
reporting of 2022-2024 (r69) and the r53-r71 slices showed:

- a launched whole stated after the downed parts and away from them, "out of M": "downed all eight of the ballistic
  missiles, out of about 90 of various types that were fired", "31 drones and missiles were destroyed ... out of 52
  enemy air targets", "had shot down six missiles and 12 drones, out of roughly 25 that Russia had launched"; a whole
  of several kinds is a mixed total (`aerial_target`) and names no model; a whole that was itself downed ("41 drones
  ..., out of a total of 300 intercepted") is no launch;
- a figure restated in another sentence without the model a statement of it names (12 Vilkha rockets said to be
  intercepted over a region, then "12 missiles" destroyed over that same region in a quote or a second sentence) is
  one fact, the one naming the model; another day, another place, or a model-less figure of the model's own sentence
  stays;
- models as reporting spells them: the plural "Iskander-Ms", the transliteration "Kinzal" (also after its noun,
  "missiles X-47M2 'Kinzal'"), "Army Tactical Missile System (ATACMS)" spelt out; Ukraine's converted S-200 missiles,
  its Tu-141 Strizh drones, the "Vampir" spelling of the Vampire rockets;
- an item of a list of places with its own noun and no model is a part of the modelled figure opening its sentence
  ("17 Shahed drones were destroyed in the south: 10 drones in the Mykolaiv region, 4 in the Kherson region");
- the ministry's verb of downing in quotes ('five drones were "destroyed" over the Bryansk region') is that verb; a
  quoted aside closed right before the list's next figure ('six Kalibr missiles "launched from the sea," and 21
  Shahed drones') keeps the list; "Shahid 136" is the Shahed-136, not a figure of 136.

Every sentence below was written for these tests; none is copied from a story.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts, strike_tuples

PUBLISHED = "2024-01-03T08:00:00Z"


def strike_facts(text: str) -> set[tuple]:
    return strike_tuples(text, PUBLISHED)


def launched_models(text: str) -> set[tuple]:
    return {
        (r["count"], r["weapon_class"], r["weapon"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] == "launched"
    }


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        (
            "Air defence downed all eight of the ballistic missiles, out of about 90 of various types that were "
            "fired, the army chief said.",
            ("launched", 90, "RU", "missile"),
        ),
        (
            "In all, 31 drones and missiles were destroyed by Ukrainian air defence out of 52 enemy air targets.",
            ("launched", 52, "RU", "aerial_target"),
        ),
        (
            "The command said it had shot down six missiles and 12 drones, out of roughly 25 that Russia had "
            "launched at energy sites.",
            ("launched", 25, "RU", "aerial_target"),
        ),
        (
            "Ukrainian forces intercepted 14 Shahed drones overnight, out of 19 that were launched from Crimea.",
            ("launched", 19, "RU", "drone"),
        ),
    ],
)
def test_a_total_after_the_downed_parts_out_of_m_is_launched(text, launched):
    facts = strike_facts(text)
    assert launched in facts
    assert not {f for f in facts if f[0] == "intercepted" and f[1] == launched[1]}


def test_a_whole_of_various_types_names_no_model():
    text = (
        "The commander said air defences shot down 11 Kinzhal missiles out of approximately 110 various types of "
        "projectiles fired at the capital."
    )
    assert (110, "aerial_target", None) in launched_models(text)


@pytest.mark.parametrize(
    "text",
    [
        # the whole is a downing too
        "By midnight, air defence had shot down 41 drones over the Bryansk region, out of a total of 300 intercepted "
        "across Russia.",
        # no figure of a whole
        "Air defence destroyed 22 drones out of the 40 regions' skies, the ministry said.",
        # no downing before "out of"
        "Russia launched 12 drones out of 30 it had prepared, the report claimed.",
    ],
)
def test_out_of_without_a_launched_whole_gives_no_launch(text):
    facts = strike_facts(text)
    assert not {f for f in facts if f[0] == "launched" and f[1] in (300, 40, 30)}


def models(text: str) -> list[tuple]:
    return sorted(
        ((r["fact_type"], r["count"], r["weapon_class"], r["weapon"] or "")
         for r in article_facts(text, PUBLISHED).iter_rows(named=True)
         if r["fact_type"] in ("launched", "intercepted")),
    )


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, the defence ministry reported the destruction by air defence of 12 rockets of the Vilkha multiple "
        "launch rocket system over the Belgorod region. \"Duty air defence units brought down 12 missiles above "
        "the Belgorod region,\" the ministry said.",
        "Russia's ministry said on Saturday its air defence had intercepted 12 Ukrainian Vilkha rockets over the "
        "Belgorod region. Twelve missiles were destroyed over the region, the governor wrote.",
    ],
)
def test_a_figure_restated_without_its_model_is_one_fact(text):
    intercepted = [f for f in models(text) if f[0] == "intercepted" and f[1] == 12]
    assert intercepted == [("intercepted", 12, "missile", "Vilkha")]


@pytest.mark.parametrize(
    "text",
    [
        # another day, named
        "Air defences shot down eight Vilkha rockets over Belgorod on Tuesday. Air defences also shot down eight "
        "missiles over Kursk on Monday, the ministry said.",
        # one sentence, two parts
        "Air defences destroyed two Iskander-M missiles and two cruise missiles over Kyiv overnight.",
    ],
)
def test_a_modelless_figure_of_another_day_or_of_the_same_sentence_stays(text):
    count = 8 if "eight" in text else 2
    intercepted = [f for f in models(text) if f[0] == "intercepted" and f[1] == count]
    assert len(intercepted) == 2


def weapons(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in ("launched", "intercepted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air defence shot down 18 of the missiles, including four Iskander-Ms, the commander said.",
         ("intercepted", 4, "Iskander-M")),
        ("Russia fired three Iskander-Ms at Dnipro overnight, the air force said.", ("launched", 3, "Iskander-M")),
        ("Russia fired two Kinzal missiles at Kyiv on Monday, the air force said.", ("launched", 2, "Kinzhal")),
        ("Air defence destroyed 7 cruise missiles \u2018Kalibr\u2019 and two missiles \u2018Kinzal\u2019 overnight.",
         ("intercepted", 2, "Kinzhal")),
        ("From four MiG-31K aircraft, four hypersonic missiles X-47M2 \u2018Kinzal\u2019 were launched overnight.",
         ("launched", 4, "Kinzhal")),
        ("Kyiv hit the airfield with six Army Tactical Missile System (ATACMS) missiles it had received from "
         "Washington, the ministry said.", ("launched", 6, "ATACMS")),
        ("The ministry said its air defence brought down three missiles of Army Tactical Missile Systems (ATACMS) "
         "near Sevastopol before dawn.", ("intercepted", 3, "ATACMS")),
    ],
)
def test_models_as_reporting_spells_them(text, expected):
    assert expected in weapons(text)


def test_place_list_items_take_the_model_of_the_figure_opening_the_sentence():
    text = (
        "The southern command said 19 Shahed-131/136 drones launched from Crimea were destroyed over the south: "
        "11 drones in the Mykolaiv region, 5 in the Kherson region and 3 in the Odesa region."
    )
    assert {f for f in weapons(text) if f[1] in (11, 5, 3)} == {
        ("intercepted", 11, "Shahed-136/131"),
        ("intercepted", 5, "Shahed-136/131"),
        ("intercepted", 3, "Shahed-136/131"),
    }


def test_place_list_items_of_another_class_or_larger_keep_no_model():
    text = (
        "Air defence destroyed 9 Shahed drones and 12 missiles overnight: 12 missiles over the Kyiv region and "
        "9 drones over the Odesa region."
    )
    facts = weapons(text)
    assert ("intercepted", 12, "Shahed-136/131") not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the ministry, six Ukrainian drones were \u201cdestroyed\u201d over the Bryansk region.",
         ("intercepted", 6, "UA", "drone")),
        ('The Kursk governor said three drones were "shot down" above the Rylsky district on Saturday.',
         ("intercepted", 3, "UA", "drone")),
        ("The ministry said 40 Ukrainian drones were \u201cintercepted and destroyed\u201d over the Kursk region.",
         ("intercepted", 40, "UA", "drone")),
        ("Its air defences intercepted four Kalibr cruise missiles \u201cfired from the sea at Odesa,\u201d and 17 "
         "Shahed drones, the command said.", ("intercepted", 17, "RU", "drone")),
        ("Air defence intercepted 15 Iranian-made Shahid 136 drones overnight.", ("intercepted", 15, "RU", "drone")),
    ],
)
def test_quoted_verbs_and_asides_and_spelt_models(text, expected):
    facts = strike_facts(text)
    assert expected in facts
    assert not {f for f in facts if f[1] == 136}


@pytest.mark.parametrize(
    "text",
    [
        # a quoted word that is no downing
        'The governor said the drones were "everywhere" over the district, and 12 people were hurt.',
        # a quoted aside before a toll, not a weapon
        "The mayor said the strike \u201chit a school,\u201d and 4 people were killed.",
    ],
)
def test_quoted_words_that_are_no_downing_give_no_strike(text):
    assert not strike_facts(text)


@pytest.mark.parametrize(
    "teaser",
    [
        "Air defence forces destroy 41 out of 45 drones overnight - Air Force Mar 3 2024, 07:39 AM \u2022 12006 views",
        "Ukraine downs 20 Shahed drones over the south03.03.24, 09:15 \u2022 4,210 views",
    ],
)
def test_a_teaser_with_its_view_count_gives_no_strike(teaser):
    text = (
        "Officials in Odesa said the strike damaged a school on Monday.\n\nThe mayor said repairs would take a week."
        "\n\n" + teaser
    )
    assert not strike_facts(text)


def test_a_sentence_that_mentions_views_is_still_read():
    text = "Air defence destroyed 41 out of 45 drones overnight, the air force said, in a video with 1,200 views."
    assert ("intercepted", 41, "RU", "drone") in strike_facts(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("The air force said 14 drones were shot down before midnight and 31 after midnight.",
         {("intercepted", 14, "RU", "drone"), ("intercepted", 31, "RU", "drone")}),
        ("The command said it had destroyed 40 Shahed drones overnight, 28 of them on Monday after midnight and 12 "
         "late on Sunday.", {("intercepted", 28, "RU", "drone"), ("intercepted", 12, "RU", "drone")}),
        ("Air defences shot down 70 drones in two days, including 41 on the night of June 2-3 and 29 more the "
         "following day.", {("intercepted", 41, "RU", "drone"), ("intercepted", 29, "RU", "drone")}),
        ("Russia launched 22 drones on Saturday evening and 6 on Sunday morning, the air force said.",
         {("launched", 22, "RU", "drone"), ("launched", 6, "RU", "drone")}),
    ],
)
def test_a_count_split_by_the_hour_gives_each_part(text, parts):
    assert parts <= strike_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The air force said 14 drones were shot down before midnight and 31 people were hurt after midnight.",
        "The air force said 14 drones were shot down on Sunday and 31 houses on Monday were damaged.",
        "The air force said 14 drones were shot down, and 31 on Monday were reported missing.",
    ],
)
def test_a_figure_of_something_else_after_the_time_is_no_part(text):
    assert not {f for f in strike_facts(text) if f[1] == 31}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said its air defence shot down three converted S-200 missiles fired by Ukraine at the bridge.",
         ("intercepted", 3, "S-200")),
        ("On approach to Kursk, air defences shot down two Ukrainian Strizh drones, the governor said.",
         ("intercepted", 2, "Tu-141 Strizh")),
        ("The ministry said three Tu-141 drones were destroyed over Crimea on Sunday.", ("intercepted", 3, "Tu-141 Strizh")),
        ("Air defences downed 8 RM-70 Vampir rockets over the Belgorod region, the ministry said.",
         ("intercepted", 8, "Vampire")),
    ],
)
def test_more_models_as_reporting_names_them(text, expected):
    assert expected in weapons(text)


def test_the_launcher_of_russias_missiles_is_still_the_s300():
    text = "Russia launched 14 missiles from S-300 systems at Kharkiv overnight, the regional governor said."
    assert ("launched", 14, "S-300") in weapons(text)
