"""Dating families found by measuring the extractor on the opened real slices r32-r62 (FACTS.md 5: the night of an
attack, weekdays, "yesterday", the lede's day). Every sentence here was written for these tests, with other places,
figures, days and wording; none is quoted from a story.

Each family has controls: the near-misses that must keep the date they had.
"""

from __future__ import annotations

import pytest

from tests.date_cases import SATURDAY, dates_of, has




# Family 1: "the previous day" and "the day before" count one day back from the day the sentence speaks from: the day
# its source spoke on ("the governor said on Friday ... the previous day" is the Thursday), else the publication.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Kherson governor said on Friday that Russian artillery had killed three villagers and wounded eleven "
         "the previous day.", ("killed", 3, "2025-06-12")),
        ("The Kherson governor said on Friday that Russian artillery had killed three villagers and wounded eleven "
         "the previous day.", ("injured", 11, "2025-06-12")),
        ("The regional head said on Friday that one man was killed and four people were wounded in Nikopol when "
         "artillery hit the town the previous day.", ("injured", 4, "2025-06-12")),
        ("Shelling wounded five people in Kherson over the previous day, the governor wrote on Friday.",
         ("injured", 5, "2025-06-12")),
        ("The previous day, the border guards had reported that a glide bomb wounded nine people near Vovchansk.",
         ("injured", 9, "2025-06-13")),
        ("Police said on Thursday that six people had been confirmed dead after the missile strike, which took place "
         "the day before.", ("killed", 6, "2025-06-11")),
    ],
)
def test_previous_day_counts_back_from_the_statement(text, fact):
    has(text, fact)


# Family 1 controls: the eve of another event ("the day before the summit") names no day of the attack, and "the day
# before yesterday" is still two days back.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("On the day before the summit opened, a drone strike on a bus depot in Kherson wounded seven workers.",
         ("injured", 7, "2025-06-14")),
        ("The day before yesterday, a guided bomb wounded five people in a village near Kupiansk.",
         ("injured", 5, "2025-06-12")),
        ("Rescuers said a drone that crashed into a market the day before yesterday had injured eight shoppers.",
         ("injured", 8, "2025-06-12")),
    ],
)
def test_previous_day_controls(text, fact):
    has(text, fact)


# Family 2: "one day after" before the figure's clause is the day before, as "a day after" is (a number word reaches the
# dating as a figure, "#1 day after"); a day named inside that clause still wins, and a sentence opening on it is no
# such clause.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The raid came one day after Russian missiles killed seven people at a bus stop in Zaporizhzhia.",
         ("killed", 7, "2025-06-13")),
        ("Kyiv was attacked again just one day after a drone barrage wounded 12 people in Odesa.",
         ("injured", 12, "2025-06-13")),
        ("The barrage came one day after strikes on Monday killed four people in Chernihiv.",
         ("killed", 4, "2025-06-09")),
    ],
)
def test_one_day_after(text, fact):
    has(text, fact)


# Family 3: a night told by its two weekdays ("overnight Thursday-Friday", "the night of Wednesday-Thursday") ends on
# the morning of the second, as "the night of Thursday to Friday" does.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Ukraine's air force said Russia had sent 87 drones against the country overnight Thursday-Friday.",
         ("launched", 87, "2025-06-13")),
        ("On the night of Wednesday-Thursday, Russian forces fired 33 Shahed drones at the Odesa region.",
         ("launched", 33, "2025-06-12")),
        ("Air defences destroyed 41 Ukrainian drones over Bryansk during the Thursday/Friday night, the Russian "
         "defence ministry said.", ("intercepted", 41, "2025-06-13")),
    ],
)
def test_night_of_two_weekdays(text, fact):
    has(text, fact)


# Family 3 control: one weekday alone is that day.
def test_night_of_two_weekdays_control():
    has("Russia fired 52 drones at Ukraine on Thursday, the air force said.", ("launched", 52, "2025-06-12"))


# Family 4: a lede that opens on its day and tells people killed or wounded ("On 12 June, the occupiers killed three
# civilians") dates the story's attack, as one that tells the attack's own verb does: the figures after it that name
# no day of their own are that day's.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("On 12 June, Russian forces killed three civilians in the Donetsk region, the governor reported on Telegram. "
         "Another six people were wounded in Kramatorsk and Druzhkivka.", ("injured", 6, "2025-06-12")),
        ("On Thursday, Russian shelling killed two residents of Kherson, the regional administration wrote. "
         "Four more people in the region were injured.", ("injured", 4, "2025-06-12")),
        ("On June 12, eight people were wounded by Russian drones in the Sumy region, the local prosecutors said. "
         "A drone also hit a petrol station in Shostka, injuring two more.", ("injured", 2, "2025-06-12")),
    ],
)
def test_lede_day_of_people_killed(text, fact):
    has(text, fact)


# Family 4 controls: a day that is the statement's (a reporting verb between the day and the casualty word) dates no
# attack; the figures after it keep the publication day.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("On Thursday, the governor said the shelling of the past weeks had worn the town down. "
         "Four people in the region were injured, the police reported.", ("injured", 4, "2025-06-14")),
    ],
)
def test_lede_day_of_people_killed_controls(text, fact):
    has(text, fact)


# Family 5: a story stamped with its day only (noon UTC) whose sources spoke the day before is that day's story, unless
# its first sentences name the stamped day itself; by its weekday, and also by its day and month ("Russia on June 14
# bombed ..." beside "Kyiv said on June 13 that ..."): a day-month of the stamped day is never last year's.
DAY_ONLY = "2025-06-14T12:00:00Z"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("KHARKIV - Russia on June 14 shelled a furniture market in Kharkiv, killing at least three people. "
         "The regional governor said 17 others were hurt. Kyiv said on June 13 that its troops had slowed the advance "
         "near Vovchansk.", ("killed", 3, "2025-06-14")),
        ("A glide bomb hit a shopping centre in Zaporizhzhia on 14 June, wounding 26 people, the governor said. "
         "Officials said on June 13 that repairs to the dam road would take weeks.", ("injured", 26, "2025-06-14")),
    ],
)
def test_day_only_story_naming_its_stamped_day(text, fact):
    has(text, fact, DAY_ONLY)


# Family 5 control: with no word of the stamped day, the sources' day is the story's.
def test_day_only_story_of_the_day_before():
    has("A Russian missile hit a depot in Dnipro, wounding 14 people, regional officials said on June 13.",
        ("injured", 14, "2025-06-13"), DAY_ONLY)


# Family 6: "bombed" and "bombing" are an attack's verbs like "shelled": a lede that tells the bombing with its day
# ("Russia on Friday bombed ...", "aircraft bombed the town on Thursday") dates the figures after it that name none.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Russia on Friday bombed a school in Kostiantynivka, killing two teachers. "
         "Nine more people were wounded, the regional police said.", ("injured", 9, "2025-06-13")),
        ("Russian aircraft bombed the border town of Vovchansk on Thursday, officials in the Kharkiv region said. "
         "Five civilians were wounded and a clinic was destroyed.", ("injured", 5, "2025-06-12")),
    ],
)
def test_bombed_on_a_day_dates_the_story(text, fact):
    has(text, fact)


# Family 6 control: the bombs of a sentence that names no day leave the story on its publication day.
def test_bombed_without_a_day_control():
    has("Guided bombs hit a depot in Kupiansk. Six workers were wounded, the regional police said.",
        ("injured", 6, "2025-06-14"))


# Family 7: a dateline of a city in capitals (maybe its country), the day and a dash ("ODESA, UKRAINE, June 14 — ...")
# names the day the story was filed, not an attack's: it is dropped before the lede is read, and the story's relative
# words count from it, as from a wire story's "(Reuters) -" dateline.
@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        ("ODESA, UKRAINE, June 14 — On June 12, at about 9:40 a.m., Russian forces attacked the port with missiles. "
         "Their strike killed two dockers and injured seven.", SATURDAY, ("injured", 7, "2025-06-12")),
        ("ZAPORIZHZHIA, June 14 — Russian drones attacked the city on Thursday. Four people were wounded, the "
         "governor said.", SATURDAY, ("injured", 4, "2025-06-12")),
        ("KYIV, June 13 — Russian drones hit a warehouse overnight, wounding three workers, the mayor said.",
         SATURDAY, ("injured", 3, "2025-06-13")),
    ],
)
def test_capital_city_dateline(text, published, fact):
    has(text, fact, published)


# Family 7 control: a city in ordinary case before a day is no dateline.
def test_capital_city_dateline_control():
    has("In Kherson, June 12 was the worst day of the month: Russian shelling wounded eight people.",
        ("injured", 8, "2025-06-12"))


# Family 8: "overnight from Friday to Saturday" is the night of its two days, as "the night from Friday to Saturday"
# is: the morning of the second.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("One man was killed and six others were injured in Russian strikes on Kharkiv overnight from Thursday to "
         "Friday, the mayor said.", ("injured", 6, "2025-06-13")),
        ("Russia launched 58 drones against Ukraine overnight from Wednesday into Thursday, the air force said.",
         ("launched", 58, "2025-06-12")),
    ],
)
def test_overnight_from_one_weekday_to_the_next(text, fact):
    has(text, fact)


# Family 9: "deployed" and "unleashed" after a day are an attack told by its day ("Between Wednesday evening and early
# Thursday, Russia deployed 210 drones"): the next sentence's figures that name no day are that attack's.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Between Wednesday evening and early Thursday, Russia deployed 210 drones and nine missiles against western "
         "Ukraine. Air defences intercepted 180 drones, the air force said.", ("intercepted", 180, "2025-06-12")),
        ("On Tuesday, Russian forces unleashed 64 drones on Odesa. Air defences shot down 51 of them, the navy said.",
         ("intercepted", 51, "2025-06-10")),
    ],
)
def test_deployed_after_a_day(text, fact):
    has(text, fact)


# Family 9 control: troops deployed with no day leave the next sentence's figure on the publication day.
def test_deployed_without_a_day_control():
    has("Russia has deployed more troops near Kupiansk. Shelling wounded four people there, the governor said.",
        ("injured", 4, "2025-06-14"))


# Family 4, with a daily tally after it: a tally "in the past day" is dated by its report, not by the attack the
# sentence before tells ("On June 12, Russians killed ... . Three more people were injured in the past day"), so it
# stays a restatement of the lede's figure (one fact), not a figure of its own day.
def test_daily_tally_after_a_dated_killing_restates_the_lede():
    text = (
        "On June 12, the Russian army killed one resident of the Donetsk region and injured three others. "
        "The regional governor gave the figures on Telegram. "
        '"On June 12, the Russians killed one resident of the region, in Siversk. Another three residents were '
        'wounded over the past 24 hours," she added.'
    )
    injured = {fact for fact in dates_of(text, "2025-06-13T12:00:00Z") if fact[0] == "injured"}
    assert injured == {("injured", 3, "2025-06-12")}


# Family 10: the day of the record a figure is measured against ("exceeding the June 2 attack", "surpassing the
# previous record set on June 9", "topping Tuesday's barrage") is the other attack's, not the figure's.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Russia fired 120 missiles at Ukraine, exceeding the June 2 barrage, the air force said.",
         ("launched", 120, "2025-06-14")),
        ("Russia launched 480 drones at Ukraine overnight, surpassing the previous record set on June 9.",
         ("launched", 480, "2025-06-14")),
        ("The air force said Russia sent 310 drones against Ukraine, topping Tuesday's wave.",
         ("launched", 310, "2025-06-14")),
    ],
)
def test_the_record_compared_against_dates_nothing(text, fact):
    has(text, fact)


# Family 10 control: a figure told after the record's day is that record's.
def test_the_record_compared_against_control():
    has("The barrage exceeded the June 2 attack, when Russia fired 84 missiles at Ukraine.",
        ("launched", 84, "2025-06-02"))


# Family 11: an evening hour "shortly before" or "just after" which a night began names its start, not its day: the
# night ends the next morning (air defences that downed 30 drones "from shortly before 11 pm on Friday" are the
# Saturday's, in a Saturday story).
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("In the six hours beginning shortly before 11 pm Moscow time on Friday, Russian air defences shot down "
         "30 drones heading for the capital, the mayor said.", ("intercepted", 30, "2025-06-14")),
        ("Starting just after 9 p.m. on Friday, air defence units destroyed 47 Ukrainian drones over the Kursk and "
         "Bryansk regions, the ministry said.", ("intercepted", 47, "2025-06-14")),
    ],
)
def test_night_begun_shortly_before_an_hour(text, fact):
    has(text, fact)


# Family 11 control: a day with no hour is the day.
def test_night_begun_shortly_before_an_hour_control():
    has("Shortly before midnight on Thursday, air defences shot down 12 drones over Belgorod, the governor said.",
        ("intercepted", 12, "2025-06-12"))
