"""Strike phrasing and dating families of the 40th and 41st rounds of real stories (launched, intercepted and lost
figures, and the event dates they carry).

Found in the opened rounds r40 (2024 air attacks from 28 outlets) and r41 (2025-2026: the air force's tallies and the
Russian ministry's lists), and checked against how wire services, Ukrainian outlets and the ministries word them:
every sentence below was written for these tests, none is copied from a story. Each case gives every strike fact
expected, as (fact_type, count, weapon_class, weapon, attacker, place); the controls give what must not be read.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2025-06-14T09:00:00Z"
STRIKE_TYPES = ("launched", "intercepted", "lost")


def strike_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["weapon"], r["attacker"], r["place"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


def strike_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], str(r["event_date"]))
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 1. "all N of its X": a bare figure of a group someone owns is no weapon count unless X is a weapon. Before, "Moscow
#    shut all four of its major airports" in a sentence about missiles read four missiles launched and downed.
POSSESSED_GROUPS = [
    (
        "Russia fired 300 drones and 50 missiles overnight, as Moscow closed all four of its major airports.",
        {("launched", 300, "drone", None, "RU", None), ("launched", 50, "missile", None, "RU", None)},
    ),
    (
        "Ukraine sent 40 drones toward Moscow, and the authorities shut all three of the city's airports for hours.",
        {("launched", 40, "drone", None, "UA", None)},
    ),
    (
        "The enemy launched 12 missiles at the region, and all two of their power plants were hit.",
        {("launched", 12, "missile", None, "RU", None)},
    ),
]
POSSESSED_GROUPS_CONTROLS = [
    # the group owned is the weapons themselves
    (
        "Russia sent 40 drones at Odesa overnight, and air defence shot down all 40 of its drones.",
        {("launched", 40, "drone", None, "RU", None), ("intercepted", 40, "drone", None, "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED_GROUPS + POSSESSED_GROUPS_CONTROLS)
def test_figure_of_a_possessed_group_is_no_weapon(text, expected):
    assert strike_facts(text) == expected


# 2. "While A were downed, B and C reached their targets": a figure opening its clause and joined by "and" to a figure
#    that hit is a subject of that hit, not one more item of the downing before the comma (FACTS.md 4: hits are not
#    launches nor interceptions).
HIT_SUBJECTS = [
    (
        "While 171 drones and 14 missiles were intercepted, 8 missiles and 22 drones hit targets in seven places.",
        {("intercepted", 171, "drone", None, "RU", None), ("intercepted", 14, "missile", None, "RU", None)},
    ),
    (
        "Air defence shot down 70 drones and six missiles, while two missiles and 12 drones hit targets in the west.",
        {("intercepted", 70, "drone", None, "RU", None), ("intercepted", 6, "missile", None, "RU", None)},
    ),
    (
        "Sixty drones were downed over the south, but four missiles and nine drones struck the port.",
        {("intercepted", 60, "drone", None, "RU", None)},
    ),
]
HIT_SUBJECTS_CONTROLS = [
    # an object of the downing joined by "and" before "before they reached": nothing hit
    (
        "Air defence downed 12 drones and two missiles before they reached the city.",
        {("intercepted", 12, "drone", None, "RU", None), ("intercepted", 2, "missile", None, "RU", None)},
    ),
    # a clause whose pair of figures has its own downing, not a hit
    (
        "Russia launched 40 drones and 10 missiles, and 30 drones and eight missiles were shot down.",
        {
            ("launched", 40, "drone", None, "RU", None), ("launched", 10, "missile", None, "RU", None),
            ("intercepted", 30, "drone", None, "RU", None), ("intercepted", 8, "missile", None, "RU", None),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), HIT_SUBJECTS + HIT_SUBJECTS_CONTROLS)
def test_subject_joined_to_a_hit_is_a_hit(text, expected):
    assert strike_facts(text) == expected


# 3. Ukraine's weapons in Russia's claim: the Russian side's claim of a downing in the passive ("Russia claimed all four
#    missiles fired at the city were intercepted", "Moscow said 30 drones had been downed") and weapons sent at a
#    Russian city or region are Ukraine's, even after a sentence about a Russian attack. Before, the story's last
#    side (RU) was kept.
RUSSIAN_CLAIMS = [
    (
        "Zelensky said Russia had fired over 400 drones and 40 missiles. Russia claimed all five missiles fired at "
        "Kursk were intercepted.",
        {
            ("launched", 400, "drone", None, "RU", None), ("launched", 40, "missile", None, "RU", None),
            ("launched", 5, "missile", None, "UA", None), ("intercepted", 5, "missile", None, "UA", None),
        },
    ),
    (
        "Russian drones struck Odesa overnight. Moscow said 30 drones had been downed over its southern regions.",
        {("intercepted", 30, "drone", None, "UA", None)},
    ),
    (
        "The air force said Russia launched 50 drones. Russia said on Sunday that 12 drones were shot down overnight.",
        {("launched", 50, "drone", None, "RU", None), ("intercepted", 12, "drone", None, "UA", None)},
    ),
]
# ... and so are those a Russian region's own authorities report downed
RUSSIAN_CLAIMS += [
    (
        "Russia launched 40 drones at Kyiv. Authorities in Russia's Oryol Oblast announced that three drones were "
        "downed over the oblast overnight.",
        {("launched", 40, "drone", None, "RU", None), ("intercepted", 3, "drone", None, "UA", None)},
    ),
    (
        "Russia launched 40 drones at Kyiv. The governor of Russia's Kursk region said eight drones were destroyed.",
        {("launched", 40, "drone", None, "RU", None), ("intercepted", 8, "drone", None, "UA", None)},
    ),
]
RUSSIAN_CLAIMS_CONTROLS = [
    # a Russian region as the launch area of Russia's drones
    (
        "Ukrainian air defence destroyed all but one of the 24 drones Russia launched from Russia's Kursk region.",
        {("intercepted", 23, "drone", None, "RU", None), ("launched", 24, "drone", None, "RU", None)},
    ),
    # launched from a Russian region at a Ukrainian city: Russia's
    (
        "Russia launched 40 drones at Odesa from the Kursk region, and 35 were shot down.",
        {("launched", 40, "drone", None, "RU", None), ("intercepted", 35, "drone", None, "RU", None)},
    ),
    # Ukraine's claim in the passive stays Russia's attack
    (
        "Ukraine said 25 Russian drones were shot down over the Kyiv region.",
        {("intercepted", 25, "drone", None, "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN_CLAIMS + RUSSIAN_CLAIMS_CONTROLS)
def test_russian_claim_of_a_downing_is_ukraines_attack(text, expected):
    # (who attacked is the point here, not where: the place is left out)
    assert {fact[:5] + (None,) for fact in strike_facts(text)} == expected


# 4. "They included N X, M Y and K Z": a sentence whose subject is a pronoun for the weapons the sentence right before
#    counted lists their parts, with that total's type ("destroyed 23 out of the 33 weapons Russia launched. They
#    included ..." lists what was launched; "shot down 40 air targets. They included ..." what was downed). "Air
#    weapons" is a mixed aerial total, as "aerial weapons" was.
PRONOUN_PARTS = [
    (
        "Air defence destroyed 20 out of the 30 air weapons Russia launched. They included 24 Shahed drones, five "
        "cruise missiles and one Iskander ballistic missile, the air force said.",
        {
            ("intercepted", 20, "aerial_target", None, "RU", None), ("launched", 30, "aerial_target", None, "RU", None),
            ("launched", 24, "drone", "Shahed-136/131", "RU", None), ("launched", 5, "missile", None, "RU", None),
            ("launched", 1, "missile", "Iskander-M", "RU", None),
        },
    ),
    (
        "Russia fired 60 drones and missiles overnight. These included 50 Shahed drones and ten Kalibr missiles.",
        {
            ("launched", 60, "aerial_target", None, "RU", None),
            ("launched", 50, "drone", "Shahed-136/131", "RU", None), ("launched", 10, "missile", "Kalibr", "RU", None),
        },
    ),
    (
        "Ukrainian air defence shot down 40 aerial targets. They included 30 drones and 10 missiles.",
        {
            ("intercepted", 40, "aerial_target", None, "RU", None),
            ("intercepted", 30, "drone", None, "RU", None), ("intercepted", 10, "missile", None, "RU", None),
        },
    ),
]
# ... and so does a sentence opening on "Among them," or "Of these," whose figures have no verb of their own ("20
# drones were over the Kursk region, ten over ...": the ministry's regions of the downed total)
PRONOUN_PARTS += [
    (
        "The Russian defence ministry said air defences destroyed 35 drones over three regions. Among them, 20 drones "
        "were over the Kursk region, ten over the Oryol region, and five over the Tula region.",
        {
            ("intercepted", 35, "drone", None, "UA", None),
            ("intercepted", 20, "drone", None, "UA", "Kursk region"),
            ("intercepted", 10, "drone", None, "UA", "Oryol region"),
            ("intercepted", 5, "drone", None, "UA", "Tula region"),
        },
    ),
    (
        "Air defence units shot down 18 Ukrainian drones overnight, the ministry said. Of these, 12 drones were above "
        "the Bryansk region and six above the Smolensk region.",
        {
            ("intercepted", 18, "drone", None, "UA", None),
            ("intercepted", 12, "drone", None, "UA", "Bryansk region"),
            ("intercepted", 6, "drone", None, "UA", "Smolensk region"),
        },
    ),
]
# ... and a sentence saying the same of more weapons ("So too were ...") has the type of the sentence before
PRONOUN_PARTS += [
    (
        "The air force said at least six Kinzhal missiles were among the weapons used in the attack. So too were a single "
        "Zircon missile and more than 90 Kalibr cruise missiles.",
        {
            ("launched", 6, "missile", "Kinzhal", "RU", None), ("launched", 1, "missile", "Zircon", "RU", None),
            ("launched", 90, "missile", "Kalibr", "RU", None),
        },
    ),
    (
        "Air defence shot down 40 drones overnight. So were 12 missiles.",
        {("intercepted", 40, "drone", None, "RU", None), ("intercepted", 12, "missile", None, "RU", None)},
    ),
]
PRONOUN_PARTS_CONTROLS = [
    # "So were" two sentences after the weapons: nothing to refer to
    (
        "Russia launched 60 drones overnight. The mayor said five people were hurt. So were 12 missiles.",
        {("launched", 60, "drone", None, "RU", None)},
    ),
    # a part with a verb of its own keeps it
    (
        "Russia launched 40 drones overnight. Among them, 12 drones were shot down over the Kyiv region.",
        {("launched", 40, "drone", None, "RU", None), ("intercepted", 12, "drone", None, "RU", "Kyiv region")},
    ),
    # a part that hit is no fact
    ("Russia launched 40 drones overnight. Of them, three drones hit buildings.", {("launched", 40, "drone", None, "RU", None)}),
    # the pronoun stands for people
    ("Russia launched 60 drones overnight. They included two children.", {("launched", 60, "drone", None, "RU", None)}),
    # the weapons were counted two sentences before: the pronoun may stand for anything in between
    (
        "Russia launched 60 drones overnight. The mayor said five people were hurt. They included 20 drones over Kyiv.",
        {("launched", 60, "drone", None, "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_PARTS + PRONOUN_PARTS_CONTROLS)
def test_pronoun_sentence_lists_parts_of_the_total_before(text, expected):
    assert strike_facts(text) == expected


def strike_scopes(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["scope"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 5. A perfect with a place of its own ("have shot down 11 Shahed drones in the Mykolaiv and Odesa regions", "have
#    destroyed 14 missiles in the sky above Kyiv") is the news of one attack, an event, like a perfect with its night
#    (FACTS.md 5). Before, only a night or a day in its clause did that, and the labellers of r32, r36 and r40 read
#    every such perfect as an event. A running total still says so ("so far", "in total", "since ..."), and the
#    country ("in Ukraine") places no attack.
PERFECT_WITH_PLACE = [
    ("Ukraine's air defence forces have shot down 14 Shahed drones in the Mykolaiv, Odesa and Kherson regions.",
     {("intercepted", 14, "event")}),
    ("Ukrainian air defence forces have destroyed 12 missiles in the sky over Kyiv.", {("intercepted", 12, "event")}),
    ("Russian air defences have downed 27 Ukrainian drones over the Belgorod region, the ministry said.",
     {("intercepted", 27, "event")}),
]
PERFECT_WITH_PLACE_CONTROLS = [
    # no place: a running total, as before
    ("Ukrainian air defences have destroyed 9,600 Shahed drones, the air force said.", {("intercepted", 9600, "cumulative")}),
    # the country is no place of one attack
    ("Russia has launched more than 7,000 drones at targets in Ukraine.", {("launched", 7000, "cumulative")}),
    # a running total's own words win over the place
    ("Air defences have so far shot down 2,500 drones over Kyiv.", {("intercepted", 2500, "cumulative")}),
    ("In total, Russian forces have destroyed 3,100 drones over the Kursk region.", {("intercepted", 3100, "cumulative")}),
]


@pytest.mark.parametrize(("text", "expected"), PERFECT_WITH_PLACE + PERFECT_WITH_PLACE_CONTROLS)
def test_perfect_with_a_place_is_one_attack(text, expected):
    assert strike_scopes(text) == expected


# 6. A spaced double hyphen is the dash of wire copy typed in plain text: "downed 131 targets -- 95 missiles and 36
#    drones" is the breakdown "downed 131 targets: 95 missiles and 36 drones" is. Before, the first item after "--"
#    was lost.
DOUBLE_HYPHEN_DASH = [
    (
        "The air force said air defence downed 130 targets -- 90 missiles and 40 drones.",
        {
            ("intercepted", 130, "aerial_target", None, "RU", None),
            ("intercepted", 90, "missile", None, "RU", None), ("intercepted", 40, "drone", None, "RU", None),
        },
    ),
    (
        "Russia fired 50 drones -- 35 of them Shaheds -- at the capital overnight.",
        {("launched", 50, "drone", None, "RU", None), ("launched", 35, "drone", "Shahed-136/131", "RU", None)},
    ),
    (
        "Russia launched 110 missiles -- including seven Kinzhals -- and 80 drones, the air force said.",
        {
            ("launched", 110, "missile", None, "RU", None), ("launched", 7, "missile", "Kinzhal", "RU", None),
            ("launched", 80, "drone", None, "RU", None),
        },
    ),
]
DOUBLE_HYPHEN_DASH_CONTROLS = [
    # an aside with no figure changes nothing
    (
        "Russia launched 100 missiles and 80 drones -- its largest attack in months -- the air force said.",
        {("launched", 100, "missile", None, "RU", None), ("launched", 80, "drone", None, "RU", None)},
    ),
    # a hyphen inside a model or a range is no dash
    ("Russia fired two Kh-101 missiles and 3-4 drones.", {("launched", 2, "missile", "Kh-101", "RU", None)}),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLE_HYPHEN_DASH + DOUBLE_HYPHEN_DASH_CONTROLS)
def test_double_hyphen_is_a_dash(text, expected):
    assert strike_facts(text) == expected


# 7. Weapons on their way to a place are weapons launched at it: "warned of more than 20 drones heading towards
#    Kyiv", "15 drones were flying toward Kharkiv" (a verb of their own still wins: "12 drones heading towards the city
#    were destroyed"). Those on their way to a Russian city are Ukraine's ("drones flying towards Moscow").
HEADING_TOWARDS = [
    (
        "Before the attack, the mayor warned residents of more than 25 Russian strike drones heading towards Kyiv.",
        {("launched", 25, "drone", None, "RU", "Kyiv")},
    ),
    ("The air force warned of 15 attack drones heading toward Kharkiv.", {("launched", 15, "drone", None, "RU", "Kharkiv")}),
    (
        "More than 30 Russian drones were flying towards Odesa, the governor said.",
        {("launched", 30, "drone", None, "RU", "Odesa")},
    ),
]
HEADING_TOWARDS_CONTROLS = [
    # their own verb wins, and a Russian city makes them Ukraine's
    (
        "Eleven drones flying towards Moscow were shot down, the mayor said.",
        {("intercepted", 11, "drone", None, "UA", "Moscow")},
    ),
    # back where they came from: no launch
    ("Two drones headed back to Russia, the air force said.", set()),
    # a part of a launch already counted keeps that launch's figure alone
    (
        "Russia launched 40 drones overnight, with three heading toward the city.",
        {("launched", 40, "drone", None, "RU", None), ("launched", 3, "drone", None, "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADING_TOWARDS + HEADING_TOWARDS_CONTROLS)
def test_weapons_heading_to_a_place_were_launched_at_it(text, expected):
    assert strike_facts(text) == expected


def strike_weapons(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 8. The model named after the noun by "known as", "called", "dubbed": "five long-range missiles known as ATACMS" are
#    ATACMS, as "112 strike UAVs of the Shahed type" are Shaheds.
NAMED_AS = [
    ("The ministry said air defences destroyed four long-range missiles known as ATACMS over Crimea.",
     {("intercepted", 4, "ATACMS")}),
    ("Russia launched 12 drones known as Lancets at the front line overnight.", {("launched", 12, "Lancet")}),
    ("The air force said Russia fired six missiles dubbed Kinzhals at the west.", {("launched", 6, "Kinzhal")}),
]
NAMED_AS_CONTROLS = [
    # no model after "called"
    ("Air defence destroyed 10 drones called a new threat by officials.", {("intercepted", 10, None)}),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AS + NAMED_AS_CONTROLS)
def test_model_named_after_known_as(text, expected):
    assert strike_weapons(text) == expected


# 9. A story stamped with its day only (the feed's noon placeholder, 12:00:00 UTC: the hour is unknown) whose sources
#    all spoke on the day before ("local prosecutors said Tuesday", in its first sentences) was written that day: its
#    undated figures are that day's, as a story filed in the small hours whose lede names the day before (FACTS.md 5).
#    2026-01-28 is a Wednesday.
DAY_ONLY_STAMP = [
    (
        "President Zelensky said the strikes undermined the talks. Two people were killed when a drone hit a bus in "
        "the Sumy region, local officials said Tuesday. The governor said Russia had launched more than 40 attack "
        "drones at the region.",
        "2026-01-28T12:00:00Z",
        {("launched", 40, "2026-01-27")},
    ),
    (
        "Russia fired 60 drones and five missiles at Ukraine, the air force said on Tuesday, adding that 50 drones "
        "were shot down.",
        "2026-01-28T12:00:00Z",
        {("launched", 60, "2026-01-27"), ("launched", 5, "2026-01-27"), ("intercepted", 50, "2026-01-27")},
    ),
]
DAY_ONLY_STAMP_CONTROLS = [
    # a real hour: a daytime story that looks back a day is about a new day
    (
        "Two people were killed when a drone hit a bus in the Sumy region, local officials said Tuesday. The governor "
        "said Russia had launched more than 40 attack drones at the region.",
        "2026-01-28T14:20:00Z",
        {("launched", 40, "2026-01-28")},
    ),
    # sources speaking on two days: no single day of the story
    (
        "Officials said Tuesday that a drone hit a bus. The governor said on Wednesday that Russia had launched more "
        "than 40 attack drones at the region.",
        "2026-01-28T12:00:00Z",
        {("launched", 40, "2026-01-28")},
    ),
    # the stamped day named too, beside a source that spoke the day before: the story is the stamped day's
    (
        "Russia launched 40 drones at the Odesa region on Wednesday, the governor said. Hours earlier, the air force "
        "said Tuesday that it expected new attacks.",
        "2026-01-28T12:00:00Z",
        {("launched", 40, "2026-01-28")},
    ),
    (
        "The regional governor said Tuesday that drones had hit a depot. Russia launched 40 drones at the Odesa "
        "region today, the air force said.",
        "2026-01-28T12:00:00Z",
        {("launched", 40, "2026-01-28")},
    ),
    # the source spoke on the stamped day itself
    (
        "The air force said on Wednesday that Russia had launched 45 drones at the south.",
        "2026-01-28T12:00:00Z",
        {("launched", 45, "2026-01-28")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_ONLY_STAMP + DAY_ONLY_STAMP_CONTROLS)
def test_day_only_stamp_takes_the_day_its_sources_spoke(text, published, expected):
    assert strike_dates(text, published) == expected


# 10. An aside between two dashes with no figure of its own is no part of the clause: the figure's verb follows it
#     ("eight Kinzhal missiles -- among Moscow's most modern arms -- were among the weapons fired").
DASH_ASIDE = [
    (
        "The air force said at least seven Kinzhal missiles -- among Russia's most modern arms -- were among the "
        "weapons fired in the attack.",
        {("launched", 7, "missile", "Kinzhal", "RU", None)},
    ),
    (
        "Officials said 30 drones — a record for the region — were shot down over Odesa overnight.",
        {("intercepted", 30, "drone", None, "RU", "Odesa")},
    ),
]
DASH_ASIDE_CONTROLS = [
    # an aside with a figure is a part, kept
    (
        "Russia fired 50 drones -- 35 of them Shaheds -- at the capital overnight.",
        {("launched", 50, "drone", None, "RU", None), ("launched", 35, "drone", "Shahed-136/131", "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASH_ASIDE + DASH_ASIDE_CONTROLS)
def test_dash_aside_without_a_figure_is_skipped(text, expected):
    assert strike_facts(text) == expected
