"""Dating families found by measuring the extractor on the opened real slices r26-r28 (FACTS.md 5). Every sentence
here was written for these tests, with other places, figures, days and wording; none is quoted from a story.

Each family has controls: the near-misses that must keep the date they had.
"""

from __future__ import annotations

import pytest

from tests.date_cases import dates_of, has




# Family 1: a weekday's night ends the next morning ("drones attacked Lviv on Thursday night" is the Friday's: an
# overnight attack is dated by the morning it ended), never after publication.
@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        ("The air force said it shot down 31 Shahed drones that Russia sent against Lviv on Thursday night.",
         "2025-06-14T09:00:00Z", ("intercepted", 31, "2025-06-13")),
        ("Ukraine pressed on with its own long-range drone raids on Russia on Wednesday night. The Russian defence "
         "ministry said it downed 54 Ukrainian drones over five regions.",
         "2025-06-14T09:00:00Z", ("intercepted", 54, "2025-06-12")),
        ("Russia launched 64 drones at Kharkiv on Friday night, the regional governor said.",
         "2025-06-16T09:00:00Z", ("launched", 64, "2025-06-14")),
    ],
)
def test_weekday_night_is_the_next_morning(text, published, fact):
    has(text, fact, published)


@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        # a day without its night is that day
        ("The air force said it shot down 31 Shahed drones that Russia sent against Lviv on Thursday.",
         "2025-06-14T09:00:00Z", ("intercepted", 31, "2025-06-12")),
        # a story of that very night: the night has not ended after publication
        ("Russia launched 45 drones at Kyiv on Thursday night, the city's military administration said.",
         "2025-06-12T19:00:00Z", ("launched", 45, "2025-06-12")),
        # the night named by both its days keeps its second day
        ("Russia launched 45 drones at Kyiv on the night of Wednesday to Thursday, the air force said.",
         "2025-06-14T09:00:00Z", ("launched", 45, "2025-06-12")),
    ],
)
def test_weekday_night_controls(text, published, fact):
    has(text, fact, published)


# Family 2: "on Tuesday last week" is that weekday of the week before the publication's.
@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        ("It fired nearly 480 drones at Ukraine on Tuesday last week in a record overnight barrage.",
         "2025-06-18T09:00:00Z", ("launched", 480, "2025-06-10")),
        ("Russia launched 320 drones at Ukraine on Friday last week, the air force said.",
         "2025-06-14T09:00:00Z", ("launched", 320, "2025-06-06")),
        ("Russia launched 320 drones at Ukraine on Friday last week, the air force said.",
         "2025-06-16T09:00:00Z", ("launched", 320, "2025-06-13")),
        # control: the weekday alone is the latest such day
        ("Russia launched 320 drones at Ukraine on Tuesday, the air force said.",
         "2025-06-18T09:00:00Z", ("launched", 320, "2025-06-17")),
    ],
)
def test_weekday_of_last_week(text, published, fact):
    has(text, fact, published)


# Family 3: when a night's attack began, told by its verb at an evening hour, dates nothing ("which started at about
# 10 p.m. on Sunday and went on until 4 a.m. on Monday" is the Monday's night); nor does the evening the night went
# on from ("on the evening of June 12 and into the early hours of June 13", "in the evening of June 12 and overnight").
@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        ("The air force said 27 missiles and 40 drones were fired in the barrage, which began at about 11 p.m. "
         "(2000 GMT) on Thursday (June 12) and went on until 4 a.m. on Friday.",
         "2025-06-14T09:00:00Z", ("launched", 40, "2025-06-13")),
        ("Russia launched 57 drones in an attack that started at 22:30 on June 12 and lasted until dawn on June 13.",
         "2025-06-15T09:00:00Z", ("launched", 57, "2025-06-13")),
        ("Russian forces launched 150 attack drones and decoys at Ukraine on the evening of June 12 and into the "
         "early morning of June 13, the air force said.",
         "2025-06-14T09:00:00Z", ("launched", 150, "2025-06-13")),
        ("Three people were injured in the Nikopol district when Russia shelled it in the evening of June 12 and "
         "overnight, the governor said.",
         "2025-06-13T05:00:00Z", ("injured", 3, "2025-06-13")),
    ],
)
def test_when_a_night_began_dates_nothing(text, published, fact):
    has(text, fact, published)


@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        # an attack that began early on a day is that day's
        ("Russia launched 57 drones in an attack that began early on June 12, the air force said.",
         "2025-06-15T09:00:00Z", ("launched", 57, "2025-06-12")),
        # an evening alone is that day's
        ("On the evening of June 12, Russia launched 20 drones at Sumy, the air force said.",
         "2025-06-15T09:00:00Z", ("launched", 20, "2025-06-12")),
        # a morning hour is no night's start
        ("Russia launched 57 drones in an attack that began at 5 a.m. on June 12, the air force said.",
         "2025-06-15T09:00:00Z", ("launched", 57, "2025-06-12")),
    ],
)
def test_when_a_night_began_controls(text, published, fact):
    has(text, fact, published)


# Family 4: "said yesterday" (a paper printed the next morning) names the statement's day: the "overnight" beside it
# and the story's undated figures are that day's night, not the one before; "a nighttime bombardment" is the night's.
def test_said_yesterday_is_the_statement_day():
    text = (
        "Russian missiles and drones killed at least eight civilians in overnight attacks on Ukraine, regional "
        "officials said yesterday, with five of the deaths in Odesa. "
        "Russia fired 210 drones and decoys overnight, the Ukrainian air force said."
    )
    found = dates_of(text, "2025-06-14T12:00:00Z")
    assert ("killed", 8, "2025-06-13") in found, found
    assert ("launched", 210, "2025-06-13") in found, found


def test_nighttime_bombardment_told_yesterday():
    text = (
        "A nighttime Russian missile and drone bombardment of Dnipro killed at least 11 people and injured 40, "
        "local officials said yesterday. "
        "The mayor said nine people were killed in the city as blasts shook it for hours during the night."
    )
    found = dates_of(text, "2025-06-14T12:00:00Z")
    assert ("killed", 11, "2025-06-13") in found, found
    assert ("killed", 9, "2025-06-13") in found, found


def test_yesterday_of_the_event_is_kept():
    # control: "yesterday" that dates the attack itself is the day before publication
    has("Russia launched 75 drones at Ukraine yesterday, the air force said.", ("launched", 75, "2025-06-13"))


# Family 5: Interfax's dateline ("KYIV. Jun 13 (Interfax-Ukraine) -") is no event day: the statement's day dates
# the aid.
def test_interfax_dateline_is_no_event_day():
    text = (
        "KYIV. Jun 13 (Interfax-Ukraine) - Ukraine has received a $400 million grant from Norway through the "
        "World Bank, the Finance Ministry said on Wednesday."
    )
    has(text, ("aid", 400e6, "2025-06-11"), "2025-06-13T09:00:00Z")


# Family 6: a photo's caption that ends in a bracketed credit ("... on June 11, 2025. (Oleh Syniehubov/Telegram)")
# is no lede: its day is the picture's.
def test_caption_with_credit_is_no_lede():
    text = (
        "A warehouse damaged by a Russian drone attack in the Kupiansk district, Kharkiv Oblast, on June 11, 2025. "
        "(Oleh Syniehubov/Telegram)\n\n"
        "Russian attacks against Ukraine over the past day killed four people and injured 17, regional authorities "
        "reported early on June 13.\n\n"
        "In Kharkiv Oblast, three civilians were killed and another six were injured, the governor said on Telegram."
    )
    found = dates_of(text, "2025-06-13T08:00:00Z")
    assert ("killed", 3, "2025-06-13") in found, found


# Family 7: bombs dropped on a day date the attack the next sentence tells of.
def test_dropped_bombs_date_the_attack():
    text = (
        "Background: At about 05:10 on the morning of 10 June, Russian forces dropped four guided bombs on "
        "Kostiantynivka, damaging homes. Two people were killed and three injured."
    )
    found = dates_of(text, "2025-06-13T09:00:00Z")
    assert ("killed", 2, "2025-06-10") in found, found
    assert ("injured", 3, "2025-06-10") in found, found


# Family 8: the statement's day told before its speaker ("On Friday, the defence ministry reported that ...") or
# after "according to" ("..., according to the air force on Friday") is the day its "overnight" counts from.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("On Friday, the Russian defence ministry reported that its air defences destroyed 41 Ukrainian drones "
         "over the Bryansk and Kursk regions overnight.", ("intercepted", 41, "2025-06-13")),
        ("Russia launched 23 drones overnight at Ukraine's central and western regions, according to the "
         "Ukrainian air force on Friday.", ("launched", 23, "2025-06-13")),
    ],
)
def test_statement_day_before_the_speaker(text, fact):
    has(text, fact, "2025-06-14T09:00:00Z")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # control: a figure between the day and the verb: the day is the attack's, "overnight" the publication's
        ("Russia launched 23 drones overnight, the air force said.", ("launched", 23, "2025-06-14")),
        ("On Friday, Russia launched 23 drones at Odesa, the air force said.", ("launched", 23, "2025-06-13")),
    ],
)
def test_statement_day_before_the_speaker_controls(text, fact):
    has(text, fact, "2025-06-14T09:00:00Z")


# Family 9: a page's link list before the story (related headlines, one a line, no closing stop) is no lede: the
# story's first sentences after it date its undated figures, however many headlines came first.
def test_lede_after_a_long_list_of_headlines():
    headlines = "\n\n".join(
        f"{topic} | {place} news roundup for readers" for topic, place in [
            ("Sport", "Mumbai"), ("Weather", "Delhi"), ("Markets", "Pune"), ("Cinema", "Chennai"),
            ("Cricket", "Kolkata"), ("Travel", "Goa"), ("Food", "Jaipur"), ("Health", "Agra"),
            ("Tech", "Surat"), ("Books", "Patna"), ("Music", "Bhopal"), ("Autos", "Indore"),
            ("Jobs", "Nagpur"), ("Fashion", "Kochi"),
        ]
    )
    text = (
        headlines + "\n\n"
        "Russian missiles that struck a city in western Ukraine killed at least 17 people and wounded 60 Wednesday, "
        "Ukrainian officials said.\n\n"
        "The regional governor said air defences downed three of the five missiles that were launched.\n\n"
        "Of the 41 people taken to hospital, eight are in a serious condition, the health department said."
    )
    # filed in the small hours of Thursday (Kyiv)
    found = dates_of(text, "2025-06-12T01:10:00Z")
    assert ("killed", 17, "2025-06-11") in found, found
    assert ("injured", 41, "2025-06-11") in found, found
