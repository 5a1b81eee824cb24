"""The FACTS.md dating rules as polars expressions.

Rules, in the order a reference is read:

| wording                                         | event date                                  |
|-------------------------------------------------|---------------------------------------------|
| "on the night of September 27-28", "night of December 27 to 28" | the morning: the 28th          |
| "overnight on September 28", "early on/late on September 28", "Nov. 15", "28 September" | that day |
| "November 15 last year", "September 28, 2023"   | that year                                   |
| "on Wednesday", "Monday's attack", "early Thursday", "overnight into Friday", "night of Saturday to Sunday" | the most recent such day on or before publication (the second day of a night) |
| "yesterday"; "followed a night in which ...", "a night earlier"; "(it came) a day after" or "some/less than 24 hours after" before a figure (and a figure joined to it) | the day before publication |
| "on New Year's Eve", "on Christmas Day", "on Christmas" | that day, the latest on or before publication |
| "(from 19:00 on July 8)" after a night, "from the evening of Jan. 9", "since 6 p.m. on Jan. 9", "from Thursday evening", "starting at about 10 pm local time on Thursday" | ignored: when the attack began, not the event day |
| "at 1:20 am (2220 GMT Sunday)"                   | ignored: GMT's day, not the event's         |
| "over the past 24 hours", "past day", "in a day" | a daily tally: the report's day             |
| aid: "by May 31", "no later than 30 April", "by the end of June" | ignored: a deadline dates no aid (`DEADLINE`) |
| "last night", "overnight", "this morning", "today" | the publication date                     |
| nothing                                         | the publication date (Kyiv)                 |

A relative word in a sentence that names the day the statement was made
("the ministry said on Wednesday it had downed 296 drones overnight") is
relative to that day, not to the publication: a report filed after midnight
still speaks of the night its source spoke of (`statement_day_ref`).

A story filed in the small hours whose lede names the day before (as the
day its source spoke, or the night it reports) is that day's story: its
publication day is that day (`add_story_days`).

Articles never state a year for recent events: the year is the publication
year, or the year before when the day-month would fall after publication
(a December night reported in January).

Days that are not the event are removed before reading: the dateline
("KYIV, Jan 16 (Reuters) -", "MOSCOW, December 30. /TASS/.") and the day a
statement was made ("said on Sunday", "told reporters Tuesday").

A sentence with several references is dated by its first day-month, else its
first weekday, else its first relative word. Callers that know where a
figure sits in the sentence (strikes, casualties) read the references next
to it with `date_from_text(..., pick="first"|"last")`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import polars as pl

from pipelines.extract.frames import with_columns_once
from pipelines.extract.numbers import MONTHS, ascii_bounds

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAME_CAP = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"#?(\d{1,2})\b"
# a night one day before the article's own: "followed a night in which", "after a night when", "a night earlier"
_NIGHT_BEFORE = r"(?:followed|came\s+after|after)\s+a\s+night\s+(?:in\s+which|when)|a\s+night\s+earlier"
# the day before the article's own, for a figure inside the clause it opens: "it comes a day after Russian strikes
# killed 13", "the attack took place the day after a bombardment killed 39" (`date_ref_expr`, pick="last": only the
# text before a figure; a sentence opening on it, "A day after the strike, Russia fired 40 missiles", is no such clause)
# ("one" may reach the dating masked as a figure: "#1 day after")
# ... and said by the hours: "came some 24 hours after a strike killed 12", "less than 24 hours after", "just 24 hours
# after" (the day before too)
_HOURS_HEDGE = r"(?:some|about|around|roughly|nearly|almost|barely|just|only|less\s+than|fewer\s+than|under)"
_DAY_AFTER = (
    rf"(?:(?:#1|\b(?:a|one|the))\s+day|\b(?:{_HOURS_HEDGE}\s+)?(?:#?24|twenty[\s-]four)\s+hours)\s+after"
)
_DAY_AFTER_TAIL = ascii_bounds(rf"(?is)\w.*{_DAY_AFTER}\b(.*)$")
# (a sentence opening on its hours, "Some 24 hours after the strike, ...", is no such clause either)
_OPENS_ON_HOURS_AFTER = ascii_bounds(rf"(?is)^\W*{_HOURS_HEDGE}\s+(?:#?24|twenty[\s-]four)\s+hours\s+after\b")

# One reference; named groups say which kind it is.
DATE_REF = (
    r"(?i)(?:(?:(?:on\s+)?the\s+)?night\s+of\s+|overnight\s+(?:on\s+|into\s+)?)?"
    # (an ordinal day: "On May 28th")
    rf"(?P<m1>{MONTHS})\s+#?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:\s*(?:-|–|to|and|into)\s*(?:(?P<m2>{MONTHS})\s+)?#?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+#?(?P<y1>(?:19|20)\d\d)\b|\s+(?P<ly1>last\s+year))?"
    # (the boundary keeps the last reference of "25-26 November" from starting inside "26": "6 November")
    # (a night across two months, the day first: "the night of 31 July-1 August" is the 1st of August)
    rf"|#?\b\d{{1,2}}\s+{MONTHS}\s*(?:-|–|to|into)\s*#?\d{{1,2}}\s+{MONTHS}\b"
    r"(?:,?\s+#?(?:19|20)\d\d\b)?"
    rf"|#?\b(?P<d3>\d{{1,2}})(?:\s*(?:-|–|to)\s*#?(?P<d4>\d{{1,2}}))?\s+(?P<m3>{MONTHS})\b"
    r"(?:,?\s+#?(?P<y2>(?:19|20)\d\d)\b|\s+(?P<ly2>last\s+year))?"
    # (a night told by its two weekdays joined by a dash or a slash, "overnight Monday-Tuesday", "the Saturday/Sunday
    # night": the second is its morning)
    # ("overnight from Friday to Saturday" too)
    rf"|(?:(?:over)?night\s+(?:of|from)\s+{_WEEKDAY}\s+(?:to|into)\s+|overnight\s+(?:on\s+|into\s+|to\s+)?)?(?:{_WEEKDAY}\s*[-–/]\s*)?(?P<wd>{_WEEKDAY})(?:\s+night\b|\s+(?:of\s+)?last\s+week\b)?"
    # a holiday names its day: "on New Year's Eve", "on Christmas Day", "on Christmas"
    r"|new\s+year['’]?s\s+(?:eve|day)|christmas\s+(?:eve|day)|on\s+christmas\b"
    # ("a nighttime bombardment" is the last night's, as "overnight" is)
    r"|(?P<rel>the\s+day\s+before\s+yesterday|yesterday|last\s+night|overnight|night-?time|this\s+morning|earlier\s+today|today|tonight"
    # the night before the one the article reports: "the assault followed a night in which Russia fired ..."
    rf"|{_NIGHT_BEFORE}"
    # "a wave the night before that ...", "drones launched the night before," (not "the night before the vote")
    r"|the\s+night\s+before(?:\s*[,.;:)]|\s+(?:that|which|when|and|as|in\s+which)\b|\s*$)"
    # the day before the one the sentence speaks from: "the governor said on Sunday that shelling had killed two the
    # previous day", "The previous day, officials had reported ...", "the strike, which took place the day before" (not
    # "the day before the talks": another event's eve)
    r"|(?:over\s+|on\s+|in\s+)?the\s+previous\s+day\b|the\s+day\s+before(?:\s*[,.;:)]|\s+(?:that|which|when|and|as)\b|\s*$))"
)

_REPORTING = (
    r"(?:said|says|saying|reported|announced|added|wrote|stated|confirmed|posted|told\s+(?:[\w'’.-]+\s+){1,3}?)"
    r"(?:\s+(?:on|in|via)\s+(?:telegram|facebook|x|twitter|(?:national\s+)?television|tv|a\s+statement|a\s+briefing"
    # ("said in an update on Monday night", "wrote in a post on Sunday", "said in a video address on Friday")
    # (a speaker's own: "said in its update on Saturday night", "wrote in his nightly address on Sunday")
    r"|(?:an?|its|his|her|their)\s+(?:(?:latest|daily|evening|morning)\s+)?(?:update|post|(?:video|evening|nightly|televised)\s+address)))?"
    r"(?:\s+(?:late|early))?(?:\s+(?:on|in\s+the\s+\w+\s+of))?\s+"
)
# The day something was said: for a strike it is not the night's day ("the air force said on
# Sunday" about Saturday night), for an announcement it is ("Britain said on October 21 that it
# would lend ...").
# ("said Saturday's strikes" names the event, so a possessive is kept)
# ("officials said yesterday", as a paper printed the next morning tells it, names the statement's day too)
_REPORTING_DAY = rf"(?i){_REPORTING}(?:{_WEEKDAY}(?:[^'’\w]|$)|{MONTHS}\s+#?\d{{1,2}}\b|yesterday\b)"
# ... and the night a statement was made, named right before its verb or after "according to": "the ministry on
# Saturday night said ...", "..., according to the ministry on Saturday night" are the Saturday (FACTS.md 5), like "said
# on Saturday night", not the night that ends on Sunday morning. A night that opens the sentence ("On Saturday night,
# the ministry said its air defences shot down 95 drones") is left to be the attack's: the labels read it so.
_SAID_VERB = r"(?:said|says|reported|announced|stated|claimed|confirmed|wrote)\b"
_STATEMENT_NIGHT = (
    rf"\bon\s+({_WEEKDAY})\s+(?:night|evening)\s+{_SAID_VERB}"
    rf"|\baccording\s+to\s+(?:[a-z'’.-]+\s+){{1,6}}?on\s+({_WEEKDAY})\s+(?:night|evening)\b"
)
_REPORTING_DAY += "|" + _STATEMENT_NIGHT
# Text that names a day which is not the event day of anything: datelines, when a night began.
_NEVER_EVENT_DAY = (
    rf"(?i)^\s*[A-Z][A-Za-z .'’-]*[,.]\s+(?:[A-Z][a-z]+,\s+)?{MONTHS}\s+#?\d{{1,2}}\b\.?\s*(?:\([\w -]+\)|/\w+/\.?)\s*[-–—]?"
    # (a city in capitals, maybe its country, the day and a dash: "KHARKIV, UKRAINE, May 1 — On April 30, ...")
    rf"|^\s*(?-i:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*)(?:,\s+(?-i:[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+)*))?,\s+{MONTHS}\s+#?\d{{1,2}}\b\.?\s*[-–—]"
    # (Interfax's "MOSCOW. Dec 21 (Interfax) -", its city a sentence of its own: the day and the agency)
    rf"|^\s*{MONTHS}\s+#?\d{{1,2}}\b\.?\s*\([\w -]+\)\s*[-–—]"
    # when an overnight attack began, in an aside: "on the night of July 9 (from 19:00 on July 8)"
    r"|\(\s*(?:from|since|starting|beginning)\b[^()]{0,60}\)"
    # ... or in the sentence: "from the evening of Jan. 9", "since 6 p.m. on Jan. 9", "from Thursday evening",
    # the Russian ministry's "from 9:00 p.m. Moscow time (6:00 p.m. GMT) on March 3 to ...", "between
    # 10:00 p.m. Moscow time on April 8 and 6:00 a.m. on April 9" (the night ends on the 9th)
    # ("starting at about 10 pm local time on Thursday": an hour may follow "at", "about", "around"; "beginning shortly
    # before 11 pm on Monday", "starting just after 9 p.m. on Friday")
    rf"|\b(?:from|since|starting|beginning|between)\s+"
    rf"(?:(?:at\s+)?(?:about|around|approximately|roughly|(?:shortly\s+|just\s+)?(?:before|after))\s+|at\s+)?"
    rf"(?:the\s+evening\s+of|#?\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+(?:local|Moscow|Kyiv|Kiev)\s+time)?(?:\s*\([^()]{0,40}\))?\s+on)\s+"
    # (a weekday and its date: "beginning at 20:00 on Monday, March 9")
    rf"(?:{MONTHS}\s+#?\d{{1,2}}\b|#?\d{{1,2}}\s+{MONTHS}|{_WEEKDAY}(?:,?\s+(?:{MONTHS}\s+#?\d{{1,2}}\b|#?\d{{1,2}}\s+{MONTHS}))?)"
    # ... or by the launch's evening: "112 drones sent on the evening of March 9" (a night's start)
    rf"|\b(?:launched|fired|sent)\s+(?:[\w-]+\s+){{0,3}}?on\s+the\s+evening\s+of\s+"
    rf"(?:{MONTHS}\s+#?\d{{1,2}}\b|#?\d{{1,2}}\s+{MONTHS}|{_WEEKDAY})"
    # a clock time's conversion to GMT names GMT's day, not the event's: "was heard at about 0:45 am (2145 GMT Sunday)"
    # in a Monday story is the Monday's, "overnight into Monday (2200 GMT Sunday)"
    rf"|\(\s*(?:at\s+)?#?\d{{1,2}}[:.]?\d\d\s*(?:GMT|UTC)\s+(?:on\s+)?{_WEEKDAY}\s*\)"
    # a clock time is no day: "on April 8 and 6:00 a.m." is no range of days ending on the 6th
    r"|\b\d{1,2}:\d\d\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\.\d\d\s*[ap]\.?m\.?"
    rf"|\b(?:from|since)\s+{_WEEKDAY}\s+(?:evening|night)\b"
    # the attack's start told by its verb, at an evening hour: "the attacks, which started at around 10:00 p.m. (1900
    # GMT) on Thursday (May 25) and continued until 5:00 a.m. on Friday" (the night ends on the Friday), "began at
    # 23:00 on March 3", "began on Sunday evening"
    rf"|\b(?:started|began|begun)\s+(?:(?:at\s+)?(?:about|around|approximately|roughly)\s+|at\s+)?"
    r"(?:#?\d{1,2}(?:[:.]\d\d)?\s*p\.?\s?m\.?|#?(?:1[89]|2[0-3])[:.]\d\d)"
    r"(?:\s+(?:local|Moscow|Kyiv|Kiev)\s+time)?(?:\s*\([^()]{0,40}\))?\s+on\s+"
    rf"(?:{MONTHS}\s+#?\d{{1,2}}\b|#?\d{{1,2}}\s+{MONTHS}|{_WEEKDAY})(?:\s*\([^()]{{0,20}}\))?"
    rf"|\b(?:started|began|begun)\s+(?:on\s+)?{_WEEKDAY}\s+evening\b"
    # an evening the night went on from: "on the evening of Feb. 27 and into the early morning hours of Feb. 28" (the
    # 28th), "in the evening of March 27 and overnight" (the night's morning), "on Thursday evening and into Friday"
    # (the relative word is kept: `keep`)
    rf"|\b(?:(?:on|in|during)\s+the\s+evening\s+of\s+(?:{MONTHS}\s+#?\d{{1,2}}\b|#?\d{{1,2}}\s+{MONTHS}|{_WEEKDAY})"
    rf"|(?:on\s+)?{_WEEKDAY}\s+evening)\s*,?\s+and\s+(?:into\b|(?P<keep>overnight|(?:through|during)\s+the\s+night)\b)"
)
# what a match of _NEVER_EVENT_DAY (or _NOT_EVENT_DAY) is replaced by: the relative word it may keep
_DROPPED = "${keep} "
# Text that names a day which is not a strike's (or a casualty's) event day.
_NOT_EVENT_DAY = _REPORTING_DAY + "|" + _NEVER_EVENT_DAY.removeprefix("(?i)")

DATE_REF = ascii_bounds(DATE_REF)
_NOT_EVENT_DAY = ascii_bounds(_NOT_EVENT_DAY)
_NEVER_EVENT_DAY = ascii_bounds(_NEVER_EVENT_DAY)

_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}


def date_refs(text: pl.Expr, announcement: bool = False) -> pl.Expr:
    """List of date references in `text`, in order, after dropping datelines and reporting days.

    announcement=True keeps the reporting days: the day a donor said it would give is the
    commitment's day.
    """
    dropped = _NEVER_EVENT_DAY if announcement else _NOT_EVENT_DAY
    return text.str.replace_all(dropped, _DROPPED).str.extract_all(DATE_REF)


def _month(name: pl.Expr) -> pl.Expr:
    return name.str.to_lowercase().str.slice(0, 3).replace_strict(_MONTH_NUMBER, default=None, return_dtype=pl.Int32)


_MONTH_WORD = ascii_bounds(rf"(?i)\b({MONTHS})")
_LAST_MONTH_WORD = ascii_bounds(rf"(?is).*\b({MONTHS})")
_LAST_WEEKDAY = ascii_bounds(rf"(?is).*\b({_WEEKDAY})")
_DAYS_BACK = ascii_bounds(
    rf"(?i)\b(the\s+day\s+before\s+yesterday|yesterday|{_NIGHT_BEFORE}|{_DAY_AFTER}|the\s+night\s+before|the\s+previous\s+day"
    r"|the\s+day\s+before)\b"
)
# (not a night told by its two days, "the Thursday/Friday night": the second is its morning already)
_WEEKDAY_NIGHT = ascii_bounds(r"(?i)^[^-–/]*day\s+night$")
_WEEKDAY_LAST_WEEK = ascii_bounds(r"(?i)day\s+(?:of\s+)?last\s+week$")
_RELATIVE = ascii_bounds(r"(?i)\b(?:last\s+night|overnight|night-?time|this\s+morning|earlier\s+today|today|tonight)\b")


def ref_to_date(ref: pl.Expr, published: pl.Expr, stated_on: pl.Expr | None = None) -> pl.Expr:
    """The day one reference (a string matched by DATE_REF) points to, given the publication date.

    `stated_on` (a date, may be null): the day the sentence says its statement was made; relative
    words ("overnight", "yesterday") count from it rather than from the publication.
    A reference is short, so its parts are read with small regexes rather
    than the capture groups of DATE_REF (much cheaper on big frames).
    """
    pub_year = published.dt.year()
    anchor = published if stated_on is None else pl.coalesce(stated_on, published)

    # day-month, either order; a night range takes its second (morning) day and month
    month = _month(ref.str.extract(_LAST_MONTH_WORD, 1))
    day = ref.str.replace_all(r"\d{3,}", "").str.extract_all(r"\d{1,2}").list.last().cast(pl.Int32, strict=False)
    stated_year = ref.str.extract(r"\b((?:19|20)\d\d)\b").cast(pl.Int32, strict=False)
    last_year = ref.str.contains(r"(?i)last\s+year")
    year = pl.when(stated_year.is_not_null()).then(stated_year).when(last_year).then(pub_year - 1).otherwise(pub_year)
    stated = pl.format("{}-{}-{}", year, month, day).str.to_date("%Y-%m-%d", strict=False)
    # a day-month after publication is last year's (December night, January report)
    day_month = (
        pl.when(stated.is_not_null() & stated_year.is_null() & ~last_year & (stated > published))
        .then(stated.dt.offset_by("-1y"))
        .otherwise(stated)
    )

    weekday = ref.str.extract(_LAST_WEEKDAY, 1).str.to_lowercase().replace_strict(
        {name: i + 1 for i, name in enumerate(WEEKDAYS)}, default=None, return_dtype=pl.Int32
    )
    back = (published.dt.weekday().cast(pl.Int32) - weekday + 7) % 7
    weekday_date = published - pl.duration(days=back)
    # a weekday's night ends the next morning: "drones attacked Kyiv on Tuesday night" is Wednesday's (FACTS.md 5: an
    # overnight attack is dated by the morning it ended), never after publication (a story of that night itself)
    weekday_date = (
        pl.when(ref.str.contains(_WEEKDAY_NIGHT) & (weekday_date < published))
        .then(weekday_date + pl.duration(days=1))
        # "on Tuesday last week": that weekday of the week before publication's (weeks start on Monday)
        .when(ref.str.contains(_WEEKDAY_LAST_WEEK))
        .then(published - pl.duration(days=published.dt.weekday().cast(pl.Int32) - weekday + 7))
        .otherwise(weekday_date)
    )

    days_back = ref.str.extract(_DAYS_BACK, 1).str.to_lowercase()
    rel_date = (
        pl.when(days_back.str.contains(r"^the\s+day\s+before\s+yesterday"))
        .then(anchor - pl.duration(days=2))
        .when(days_back.is_not_null())
        .then(anchor - pl.duration(days=1))
        .when(ref.str.contains(_RELATIVE))
        .then(anchor)
    )

    # a holiday: the latest on or before publication
    holiday_md = (
        pl.when(ref.str.contains(r"(?i)new\s+year['’]?s\s+eve")).then(pl.lit("12-31"))
        .when(ref.str.contains(r"(?i)new\s+year['’]?s\s+day")).then(pl.lit("01-01"))
        .when(ref.str.contains(r"(?i)christmas\s+eve")).then(pl.lit("12-24"))
        .when(ref.str.contains(r"(?i)christmas")).then(pl.lit("12-25"))
    )
    holiday = pl.format("{}-{}", pub_year, holiday_md).str.to_date("%Y-%m-%d", strict=False)
    holiday = pl.when(holiday > published).then(holiday.dt.offset_by("-1y")).otherwise(holiday)
    return (
        pl.when(ref.str.contains(_MONTH_WORD) & day.is_not_null())
        .then(day_month)
        .when(holiday_md.is_not_null())
        .then(holiday)
        .when(weekday.is_not_null())
        .then(weekday_date)
        .otherwise(rel_date)
        .cast(pl.Date)
    )


# the day a statement was made, right after its reporting verb ("said on Wednesday", "told reporters May 28"):
# _REPORTING_DAY with the day captured
_STATEMENT_DAY = ascii_bounds(rf"(?i){_REPORTING}((?:{_WEEKDAY})(?:[^'’\w]|$)|{MONTHS}\s+#?\d{{1,2}}\b)")
# ... or by "yesterday", as a paper printed the next morning tells it: "killed 10 civilians in overnight attacks,
# officials said yesterday" is the night before yesterday's morning
_STATEMENT_DAY_OR_YESTERDAY = ascii_bounds(
    rf"(?i){_REPORTING}((?:{_WEEKDAY})(?:[^'’\w]|$)|{MONTHS}\s+#?\d{{1,2}}\b|yesterday\b)"
)


# ... or before its speaker ("On Sunday, the defence ministry reported that ...": a short subject, no figure or comma
# in it), or after "according to" ("..., according to the air force on Saturday")
_STATEMENT_DAY_BEFORE = ascii_bounds(
    rf"(?i)^\W*on\s+({_WEEKDAY}|{MONTHS}\s+#?\d{{1,2}}\b),\s+(?:[a-z'’.-]+\s+){{1,6}}?"
    r"(?:said|says|reported|announced|stated|claimed|confirmed|wrote)\b"
)
_STATEMENT_DAY_ACCORDING = ascii_bounds(
    rf"(?i)\baccording\s+to\s+(?:[a-z'’.-]+\s+){{1,6}}?on\s+({_WEEKDAY}|{MONTHS}\s+#?\d{{1,2}})\b"
)


_STATEMENT_NIGHT_DAY = ascii_bounds(rf"(?i){_STATEMENT_NIGHT}")


def statement_day_ref(text: pl.Expr, yesterday: bool = True) -> pl.Expr:
    """The reference to the day the sentence's statement was made, or null (a string for `ref_to_date`).
    yesterday=False: only a named day ("said on Wednesday"), not "said yesterday"."""
    night = text.str.extract_groups(_STATEMENT_NIGHT_DAY)
    return pl.coalesce(
        night.struct.field("1"), night.struct.field("2"),
        text.str.extract(_STATEMENT_DAY_OR_YESTERDAY if yesterday else _STATEMENT_DAY, 1).str.strip_chars(" ,.;:"),
        text.str.extract(_STATEMENT_DAY_BEFORE, 1),
        text.str.extract(_STATEMENT_DAY_ACCORDING, 1),
    )


# The words of an attack: verbs and nouns ("airstrikes", "launching" too)
_ATTACK_WORDS = (
    r"(?:attack(?:ed|s|ing)?|barrages?|assaults?|bombardments?|raids?|(?:air)?strikes?|struck|launch(?:ed|ing)|fir(?:ed|ing)"
    r"|shell(?:ed|ing)|bomb(?:ed|ing)"
    # the weapon's own verb of impact: "a Russian missile slammed into a cafe on Thursday", "drones hit the port on
    # Sunday", "missiles pounded the city overnight"
    r"|hit(?:ting)?|slamm(?:ed|ing)\s+into|smash(?:ed|ing)\s+into|crash(?:ed|ing)\s+into|pound(?:ed|ing)|rock(?:ed|ing)"
    # ... and the defenders' verbs, a downing being the attack's too: "each said it had downed the other's drones over
    # the Sea of Azov on Friday", "air defences shot down 30 drones overnight on Sunday"
    r"|downed|downing|shot\s+down|shooting\s+down|intercepted|intercepting)"
)
# An attack and its day, close together: "a barrage that began early on August 26", "attacked Ukraine
# overnight". The words in between hold no sentence break.
# (`str.extract` returns the leftmost match, so these need no lazy ".*?" before them to find the first one: with
# one, every match started at the text's first character and the engine read its groups across the whole prefix,
# several times slower)
_ATTACK_DAY = ascii_bounds(
    r"(?is)\b" + _ATTACK_WORDS + r"\b"
    r"[^.;:!?]{0,90}?(" + DATE_REF[len("(?i)"):] + ")"
)
# ... or people killed and their day, in a lede: "Five civilians were killed by Russian fire on Saturday"
_KILLED_DAY = ascii_bounds(
    r"(?is)\b(?:killed|killing|wounded|wounding|injured|injuring|died)\b"
    r"[^.;:!?]{0,60}?(" + DATE_REF[len("(?i)"):] + ")"
)
# ... or the day right before the attack: "Russia on Thursday launched", "in the early Wednesday strike",
# "the death toll from Saturday's strike", "a Sunday night drone attack", "Saturday's wave of bombardments", "For
# example, on Christmas Eve, the Russians launched", "a nighttime Russian missile and drone bombardment"
_DAY_BEFORE_ATTACK = ascii_bounds(
    r"(?is)(" + DATE_REF[len("(?i)"):] + r")(?:['’]s)?,?\s+(?:[a-z][\w-]*\s+){0,4}?"
    # (the day people were killed, or drones destroyed: "On 27 January, the occupiers killed four civilians", "its air
    # defences late on Monday destroyed 51 drones")
    # (... or the toll the attack's clause goes on to: "hit a clinic in the town of Pavlohrad early on Nov. 9, killing
    # two people", the attack's verb too far before its day)
    r"(?:" + _ATTACK_WORDS + r"|hit|pounded|targeted|dropped|deployed|unleashed|killed|wounded|injured"
    r"|killing|wounding|injuring)\b"
)


# The day first, then the attack in the same clause: "Overnight on October 23, Russia attacked ...", "On the
# night of March 3, Russian forces launched ...", "Early on May 5, drones struck ...", "On the evening of April 4,
# Russian forces attacked ...". The day opens the lede; a reporting verb between the day and the attack ("On May
# 5, officials said Russia had fired ...") makes it the statement's day, not the attack's.
_DAY_THEN_ATTACK = (
    r"(?is)^[\s\W]*(?:(?:early|late)\s+on\s+|on\s+|during\s+the\s+night\s+of\s+|in\s+the\s+(?:early\s+hours|night)\s+of\s+"
    r"|(?:on\s+)?the\s+(?:evening|morning|afternoon)\s+of\s+)?"
    r"(" + DATE_REF[len("(?i)"):] + r")"
    r",?\s[^.;:!?]{0,80}?\b(?:attack(?:ed|s)?|barrages?|assaults?|bombardments?|raids?|strikes?|struck|launched|fired|hit|pounded|targeted|shelled|dropped"
    r"|killed|wounded|injured)\b"
)
_DAY_THEN_ATTACK = ascii_bounds(_DAY_THEN_ATTACK)
_REPORTING_BETWEEN = ascii_bounds(
    r"(?i)\b(?:said|says|reported|announced|stated|claimed|told|wrote|according\s+to|confirmed)\b"
)


# A daily tally is dated by its report, never by the attack a lede dates: "over the past 24 hours", "in the
# past day", "over the day", "since the start of the day"
DAILY_TALLY = ascii_bounds(
    # ("in the past one day": Indian wire copy's wording of the same)
    r"(?i)\b(?:past|last)\s+(?:24|twenty[\s-]four)\s+hours\b|\b(?:past|last)\s+(?:one\s+)?day\b|\bover\s+the\s+day\b"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+day\b"
    # "killed 7 civilians and injured 15 more in a day", "52 clashes with Russian forces in a day" (a day's tally;
    # not "in a single day", a record's)
    r"|\bin\s+(?:a|one|#1)\s+day(?:[^'’\w]|$)"
)


# "since launching an incursion last Tuesday", "the first such attack since the raid on Monday", "since the
# offensive began on May 10": the day a "since" phrase names is when something else began, never a figure's day (a
# running total "since" a day takes the publication date, FACTS.md 5)
# (not a night's start, "since 6 p.m. on Jan. 9", which `_NOT_EVENT_DAY` reads; a phrase goes on past an abbreviation's
# stop, "since Feb. 24", "at 6 p.m. on")
# After a figure, an earlier attack named by its day's possessive, "... were destroyed over Crimea, following Friday
# morning's massive drone attack", "..., after Monday's strike on Odesa": that day is the other attack's, not the
# figure's (a figure after the possessive is that attack's: casualties' POSSESSIVE_DAY_ATTACK)
# ... or the record a figure is measured against, "launched 120 missiles, exceeding the October 10 attack", "surpassing
# the previous record set on July 9", "topping Sunday's barrage": that day is the other attack's (in a lede too)
_RECORD_DAY = (
    rf"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|outstripp(?:ed|ing)|eclips(?:ed|ing))\s+(?:the\s+)?"
    rf"(?:previous\s+|earlier\s+|last\s+)?(?:record\s+)?(?:(?:set|of)\s+)?(?:on\s+)?"
    rf"(?:{_WEEKDAY}|{MONTHS}\s+#?\d{{1,2}}\b(?:,?\s+#?(?:19|20)\d\d\b)?)(?:['’]s)?"
)
RECORD_DAY = ascii_bounds("(?i)" + _RECORD_DAY)
FOLLOWING_DAYS_ATTACK = ascii_bounds(
    rf"(?i)\b(?:following|after)\s+(?:the\s+)?(?:{_WEEKDAY}|{MONTHS}\s+#?\d{{1,2}})(?:\s+(?:morning|evening|night|afternoon))?['’]s?\s[^,;:.]*"
    rf"|{_RECORD_DAY}"
)
SINCE_PHRASE = ascii_bounds(r"(?i)\bsince\s+[a-z](?:[^,;:.()]|\.\s*\d|\.[a-z]\.?|(?:feb|jan|aug|sept?|oct|nov|dec|mar|apr)\.)*")


def attack_day_ref(text: pl.Expr) -> pl.Expr:
    """The first reference that dates an attack in `text` (a lede), or null (a string for `ref_to_date`).

    An article about an attack of an earlier day says so in its lede ("still restoring power on
    August 27 after ... a barrage that began early on August 26", "Overnight on October 23, Russia
    attacked ...", "Russia on Thursday launched ...", "in the early Wednesday strike", "Five civilians were
    killed ... on Saturday"); days that are not the event (a dateline, the day of a statement) are dropped first.
    """
    # (nor is the day a "since" phrase names, when something else began: "the first attack since the raid on Monday")
    # (nor the day of a record the attack is measured against: "fired 120 missiles, exceeding the June 2 barrage")
    cleaned = text.str.replace_all(_NOT_EVENT_DAY, _DROPPED).str.replace_all(SINCE_PHRASE, " ").str.replace_all(RECORD_DAY, " ")
    day_first = cleaned.str.extract(_DAY_THEN_ATTACK, 1)
    # (the day itself holds no reporting verb, so the whole match stands for the words between)
    whole = cleaned.str.extract(_DAY_THEN_ATTACK, 0)
    before = cleaned.str.extract(_DAY_BEFORE_ATTACK, 0)
    return pl.coalesce(
        pl.when(~whole.str.contains(_REPORTING_BETWEEN)).then(day_first),
        cleaned.str.extract(_ATTACK_DAY, 1),
        pl.when(~before.str.contains(_REPORTING_BETWEEN)).then(cleaned.str.extract(_DAY_BEFORE_ATTACK, 1)),
        cleaned.str.extract(_KILLED_DAY, 1),
    )


# The lede is the story's first sentences of some length: a page's stamp line ("Thu. Nov 20th, 2025"), a
# byline, a view counter ("Views today — 0."), a photo's caption or a headline (no closing stop) before it are
# none. Its first
# sentence that dates an attack dates the story's undated figures; a sentence after the first that looks
# back ("since", "ago", "earlier", "previous", "a day after", "after an incursion that began on August 6") speaks
# of another attack.
LEDE_BODY_SENTENCES = 3
_LEDE_WORDS = 6
# (how many of the first sentences are looked at: a scraped page may open with a list of a dozen related headlines,
# one a line, before its lede)
_LEDE_SCAN = 20
_LOOKS_BACK = ascii_bounds(
    r"(?i)\b(?:since|ago|earlier|previous(?:ly)?|prior|after|before|following|last\s+(?:week|month|year))\b"
)
# the day a lede says its sources spoke, for the relative words beside it: "Ukraine and Russia accused each other
# on Saturday of launching strikes overnight" is Saturday's night
_LEDE_STATEMENT_DAY = ascii_bounds(
    rf"(?i)(?:{_REPORTING}|\b(?:accused|blamed)\s+(?:[\w'’.-]+\s+){{0,2}}?(?:on\s+)?)"
    rf"((?:{_WEEKDAY})(?:[^'’\w]|$)|{MONTHS}\s+#?\d{{1,2}}\b|yesterday\b)"
)


def relative_anchor(stated_on: pl.Expr | None, lede_anchor: pl.Expr, published: pl.Expr) -> pl.Expr:
    """The day a figure's relative words ("overnight", "today", "yesterday") count from (`stated_on` of
    `ref_to_date`): the day its sentence says the statement was made, else the earlier day on which the
    article's lede tells of its attack (`lede_dates`: a story printed or syndicated a day or more after the
    attack its lede dates speaks of that day's night: FACTS.md 5), else null (the publication)."""
    earlier_lede = pl.when(lede_anchor < published).then(lede_anchor)
    return earlier_lede if stated_on is None else pl.coalesce(stated_on, earlier_lede)


_RELATIVE_OR_BACK = ascii_bounds(
    rf"(?i)^(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|overnight|night-?time|this\s+morning|earlier\s+today|today|tonight"
    rf"|{_NIGHT_BEFORE}|the\s+night\s+before\b.*|(?:(?:over|on|in)\s+)?the\s+previous\s+day|the\s+day\s+before\b.*)$"
)
_LOOKS_BACK_ON_ATTACK = ascii_bounds(r"(?i)(?:day|\d)['’]s\s|\btoll\b")


# a photo's caption is no lede: "Smoke rises over ... in Kharkiv, Ukraine April 22, 2024, as seen in this screen
# grab", "People look at ... in Kyiv, Ukraine, January 1, 2023. REUTERS/...", or one a credit line follows
# ("(Photo | AFP)"); its day is the picture's
_CAPTION = ascii_bounds(
    rf"(?i)\b(?:in\s+this\s+(?:\w+\s+)?(?:picture|photo(?:graph)?|screen\s*grab|image|handout)|reuters/|ap\s+photo|getty\s+images"
    # (no "on" without the place's comma: "the drones, fired by Russia on March 11, 2024, hit ..." is a lede)
    rf"|photo\s*:)|(?-i:[A-Z][a-z]+)(?:,\s+(?:on\s+)?|\s+)(?-i:{_MONTH_NAME_CAP})\s+\d{{1,2}},\s+(?:19|20)\d\d\b"
    # (a credit in brackets ends it: "... on April 25, 2024. (Serhii Lysak/Telegram)")
    r"|\(\s*(?-i:[A-Z])[^()/]{1,60}/\s*[^()]{1,40}\)\s*$"
    # (... or a labelled credit: "... in Orikhiv, Zaporizhzhia Oblast, on June 3, 2023. (Source: the oblast's police
    # press service)", "(Photo: ...)", "(credit: ...)")
    r"|\(\s*(?:source|photo|photo\s+credit|credit)\s*:[^()]{1,80}\)\s*$"
    # (Getty's, opening on its dateline in capitals: "KHERSON, UKRAINE - MARCH 4: People stand near ...")
    r"|^\W*(?-i:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*),\s+(?-i:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*)\s*[-–—]\s*"
    r"(?-i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}\s*:"
    # (AP's: "... in Kyiv, Ukraine, Thursday." and "... Ukraine, Thursday, Nov. 17, 2022.")
    rf"|(?-i:[A-Z][a-z]+),\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:,\s+(?-i:{_MONTH_NAME_CAP})\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?)?\.\s*$"
)
_CREDIT = ascii_bounds(
    r"(?i)^\W*(?:photo|image|picture|file\s+photo)\b|^\W*(?:AFP|AP|Reuters|Getty\s+Images|EPA|Anadolu)(?:\s*/\s*[\w .]+)?\W*$"
    r"|^\s*\([^()]{0,60}\b(?:Associated\s+Press|AP\s+Photo|AFP|Reuters|Getty\s+Images|EPA)\b[^()]{0,30}\)\s*$"
    r"|^\s*\(\s*(?-i:[A-Z])[^()/]{1,60}/\s*[^()]{1,40}\)\s*$"
    r"|^\s*\(\s*(?:source|photo|photo\s+credit|credit)\s*:[^()]{1,80}\)\s*$"
)
_MAY_NAME_A_DAY = ascii_bounds(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday"
    r"|overnight|night|today|tonight|this\s+morning|christmas|new\s+year|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# how far back a lede's day may lie to be the day the story was written (its relative words count from it)
LEDE_DAY_WINDOW_DAYS = 14


def lede_dates(sentences: pl.DataFrame) -> pl.DataFrame:
    """`article_id` and `lede_date`: the day of the attack each article's lede (its first sentences of some
    length) names (`attack_day_ref`), null when it names none; the strike and casualty rules date the figures
    that name no day by it. A relative word in the lede counts from the day its source spoke."""
    lede = (
        sentences.filter(pl.col("sentence_idx") < _LEDE_SCAN)
        .sort("article_id", "sentence_idx")
        # (a caption's credit may follow it: "(Photo | AFP)")
        .with_columns(
            pl.when(pl.col("article_id").shift(-1) == pl.col("article_id")).then(pl.col("sentence").shift(-1))
            .fill_null("").alias("_next")
        )
        # (a headline ends in no stop: "Overnight Strikes Leave Casualties as Ukraine, Russia Accuse Each Other")
        .filter(pl.col("sentence").str.contains(r"[.!?…][\"'”’)\]]*\s*$"))
        # (words counted by their spaces: a cheap count)
        .filter(
            pl.col("sentence").str.strip_chars().str.replace_all("\n", " ", literal=True).str.count_matches(" ", literal=True)
            >= _LEDE_WORDS - 1
        )
        .filter(~pl.col("sentence").str.contains(_CAPTION) & ~pl.col("_next").str.contains(_CREDIT))
        .with_columns(pl.int_range(pl.len()).over("article_id").alias("_body_idx"))
        .filter(pl.col("_body_idx") < LEDE_BODY_SENTENCES)
    )
    # a story that opens on a daily tally ("Russian forces attacked 10 oblasts over the past day, killing one civilian and
    # injuring 10, officials reported early on Aug. 25") is the report's: a later lede sentence's attack ("Shelling of
    # Orikhiv injured four locals on Aug. 24") is one of its parts, not the story's day
    tally_stories = lede.filter((pl.col("_body_idx") == 0) & pl.col("sentence").str.contains(DAILY_TALLY)).select("article_id")
    # (a cheap test for a word a day may be named by, before the costly attack_day_ref)
    lede = lede.filter(pl.col("sentence").str.contains(_MAY_NAME_A_DAY))

    def read(rows: pl.DataFrame) -> pl.DataFrame:
        # the reference is a column before `ref_to_date` reads it: an eager frame evaluates an expression
        # each time it appears, and the reference is read about ten times
        return rows.select(
            "article_id", "_body_idx", "published_date",
            # (the day a toll was counted on is no attack's: "the death toll ... from Russia's missile strike climbed to 23
            # on Monday" dates no attack by the Monday, FACTS.md 5: a toll reported later is dated by the strike)
            attack_day_ref(without_update_days(pl.col("sentence"))).alias("_lede_ref"),
            pl.coalesce(
                pl.col("sentence").str.extract(_LEDE_STATEMENT_DAY, 1).str.strip_chars(" ,.;:"),
                pl.col("sentence").str.extract(_STATEMENT_DAY_BEFORE, 1),
                pl.col("sentence").str.extract(_STATEMENT_DAY_ACCORDING, 1),
            ).alias("_lede_said"),
            pl.col("sentence").alias("_lede_sentence"),
        ).filter(pl.col("_lede_ref").is_not_null())

    # the first sentence, then (for the ledes it does not date) the next ones that do not look back
    first = read(lede.filter(pl.col("_body_idx") == 0))
    later = read(
        lede.filter((pl.col("_body_idx") > 0) & ~pl.col("sentence").str.contains(_LOOKS_BACK))
        .join(first.select("article_id"), on="article_id", how="anti")
        .join(tally_stories, on="article_id", how="anti")
    )
    lede = pl.concat([first, later]).sort("article_id", "_body_idx").unique("article_id", keep="first", maintain_order=True)
    stated_on = ref_to_date(pl.col("_lede_said"), pl.col("published_date"))
    day = ref_to_date(pl.col("_lede_ref"), pl.col("published_date"), stated_on=pl.col("_lede_said"))
    recent = (pl.col("lede_date") <= pl.col("published_date")) & (
        pl.col("lede_date") >= pl.col("published_date") - pl.duration(days=LEDE_DAY_WINDOW_DAYS)
    )
    # the story's own day, for its relative words: a lede that tells of the attack by its day ("Russia on
    # Thursday launched ...") or by the night its source spoke of ("accused each other on Saturday of launching
    # strikes overnight") was written that day; one dated by "yesterday" counts from the publication, and one
    # that looks back on an attack by name ("the death toll from Saturday's strike rose") may be days later
    # (only the lede's first sentence: a later one may tell of an earlier attack than the story's)
    told = (
        (pl.col("_body_idx") == 0)
        & (pl.col("_lede_said").is_not_null() | ~pl.col("_lede_ref").str.contains(_RELATIVE_OR_BACK))
        & ~pl.col("_lede_sentence").str.contains(_LOOKS_BACK_ON_ATTACK)
    )
    return (
        lede.with_columns(stated_on.alias("_lede_said"))
        .with_columns(day.alias("lede_date"))
        .select(
            "article_id",
            pl.col("lede_date"),
            pl.when(recent & told).then(pl.col("lede_date")).alias("lede_anchor"),
        )
    )


def date_ref_expr(text: pl.Expr, pick: str = "best", announcement: bool = False) -> pl.Expr:
    """One date reference of `text` (a string, null when there is none).

    pick="first"/"last": the first/last reference; "best": the first
    day-month, else the first weekday, else the first relative word.
    announcement=True: the day something was said counts (see date_refs).
    """
    if pick in ("first", "last"):
        # one extract instead of a list: the leftmost match is the first reference, and a greedy prefix finds the
        # last (a lazy ".*?" for the first would only slow the engine: see _ATTACK_DAY)
        assert DATE_REF.startswith("(?i)")
        prefix = "(?is)" if pick == "first" else "(?is).*"
        cleaned = text.str.replace_all(_NEVER_EVENT_DAY if announcement else _NOT_EVENT_DAY, _DROPPED)
        found = cleaned.str.extract(prefix + "(" + DATE_REF[len("(?i)"):] + ")", 1)
        if pick == "first":
            return found
        # (the greedy prefix finds the "yesterday" inside "the day before yesterday": the whole of it is the reference)
        # (every "yesterday" of the text is one of "the day before yesterday")
        every_one = cleaned.str.count_matches(r"(?i)\byesterday\b") == cleaned.str.count_matches(r"(?i)\bday\s+before\s+yesterday\b")
        found = pl.when(found.str.contains(r"(?i)^yesterday$") & every_one).then(
            pl.lit("the day before yesterday")
        ).otherwise(found)
        # the text before a figure inside "a day after ..." ("the attack came a day after missiles killed four
        # people"): the day before, unless a day is named after it ("a day after strikes on Monday killed four")
        tail = cleaned.str.extract(_DAY_AFTER_TAIL, 1)
        return pl.when(tail.is_not_null() & ~tail.str.contains(DATE_REF) & ~cleaned.str.contains(_OPENS_ON_HOURS_AFTER)).then(
            pl.lit("a day after")
        ).otherwise(found)
    refs = date_refs(text, announcement)
    # the references joined by \x01, so one regex can pick the first of a kind
    joined = refs.list.join("\x01")
    return pl.coalesce(
        joined.str.extract(r"(?:^|\x01)([^\x01]*\d[^\x01]*)"),
        joined.str.extract(r"(?i)(?:^|\x01)([^\x01]*day(?-u:\b)[^\x01]*)"),
        joined.str.extract(r"^([^\x01]+)"),
    )


def date_from_text(text: pl.Expr, published: pl.Expr, pick: str = "best") -> pl.Expr:
    """The date of a reference in `text`, or null when there is none.

    `ref_to_date` reads its argument many times, so on big frames
    materialise `date_ref_expr(...)` as a column first and pass `pl.col` of
    it (as `add_event_dates` does); this one-expression form is for small frames.
    """
    return ref_to_date(date_ref_expr(text, pick), published)


def event_date_expr(text: pl.Expr = pl.col("sentence"), published: pl.Expr = pl.col("published_date")) -> pl.Expr:
    """The event date of a whole sentence: its best reference, else the publication date (small frames)."""
    return pl.coalesce(date_from_text(text, published, pick="best"), published).alias("event_date")


def add_event_dates(
    frame: pl.DataFrame,
    text_col: str = "sentence",
    published_col: str = "published_date",
    out_col: str = "event_date",
) -> pl.DataFrame:
    """`frame` plus an `event_date` column dated by the rules above.

    Works on any frame with a text column and a publication date (Kyiv day,
    pl.Date), e.g. the sentence frame of `split_sentences`.
    """
    ref = "__date_ref"
    return (
        frame.with_columns(date_ref_expr(pl.col(text_col), pick="best").alias(ref))
        .with_columns(pl.coalesce(ref_to_date(pl.col(ref), pl.col(published_col)), pl.col(published_col)).alias(out_col))
        .drop(ref)
    )


# A story filed in the small hours (Kyiv) is often the day before's: its lede says so by the day its source spoke
# ("the air force said Wednesday, claiming to have downed all the drones", in a report of 00:20 on Thursday) or
# by the night it reports ("pounded Ukraine overnight on Thursday", filed at 02:30 on Friday). That day, not the
# publication's, is then the story's own: its "overnight", "this morning" and undated figures count from it
# (FACTS.md 5: relative words beside the day a statement was made count from that day, even in a report filed
# after midnight). Only the day right before the publication's, and only before this hour: a daytime story
# that looks back a day is about a new day.
SMALL_HOURS_END = 8
# a night named by its day: "overnight on Thursday", "the night of February 11-12" (a bare "overnight" is the
# publication's own night)
_NAMED_NIGHT_REF = ascii_bounds(r"(?i)\b(?:overnight|night)\b.*(?:\d|day\b)")
# how far into a story stamped with its day only the days its sources spoke are read (`add_story_days`)
DAY_ONLY_SAID_SENTENCES = 8
# the story's own day, named without its weekday
_TODAY = ascii_bounds(r"(?i)\b(?:today|this\s+morning)\b")
# a weekday named in lowercased text
_WEEKDAY_WORD = ascii_bounds(rf"\b{_WEEKDAY}\b")
# the lede is the first sentence of some length: a page's stamp line ("AFP Published 23 Nov, 2023 03:19am")
# opening the text is none
_LEDE_MIN_WORDS = 8


def add_story_days(sentences: pl.DataFrame) -> pl.DataFrame:
    """`sentences` with `published_date` of a story filed in the small hours replaced by the day before, when its
    lede (first sentence) names that day as the day its source spoke or as the night it reports."""
    if sentences.is_empty() or "published_at" not in sentences.columns:
        return sentences
    early = pl.col("published_at").dt.convert_time_zone("Europe/Kyiv").dt.hour() < SMALL_HOURS_END
    long_enough = pl.col("sentence").str.count_matches(r"\S+") >= _LEDE_MIN_WORDS
    # (the stories filed in the small hours first: their words are counted, not every sentence's)
    ledes = (
        sentences.filter(early)
        .filter(long_enough)
        .filter(pl.col("sentence_idx") == pl.col("sentence_idx").min().over("article_id"))
    )
    night = date_ref_expr(pl.col("sentence"), pick="first")
    story_ref = pl.coalesce(
        statement_day_ref(pl.col("sentence"), yesterday=False), pl.when(night.str.contains(_NAMED_NIGHT_REF)).then(night)
    )
    story_days = (
        ledes
        # (the reference first, as a column: `ref_to_date` reads it about ten times, and an eager step would find it
        # again for each)
        .with_columns(story_ref.alias("_story_ref"))
        .select("article_id", "published_date", ref_to_date(pl.col("_story_ref"), pl.col("published_date")).alias("_story_day"))
        .filter(pl.col("_story_day") == pl.col("published_date") - pl.duration(days=1))
        .select("article_id", "_story_day")
        .unique("article_id")
    )
    # a story stamped with its day only (noon UTC, how a sitemap's bare date is stored: its hour unknown) whose
    # sources all spoke on the day before ("local prosecutors said Tuesday", in its first sentences) was written
    # that day
    undated_hour = (
        (pl.col("published_at").dt.hour() == 12) & (pl.col("published_at").dt.minute() == 0)
        & (pl.col("published_at").dt.second() == 0)
    )
    day_only = sentences.filter(undated_hour & (pl.col("sentence_idx") < DAY_ONLY_SAID_SENTENCES))
    if not day_only.is_empty():
        # ... unless those sentences also name the stamped day itself: "On Tuesday, Australia pledged $50 million"
        # in a story stamped Tuesday, beside "Trudeau announced Monday", is Tuesday's story
        stamp_weekday = pl.col("published_date").dt.strftime("%A").str.to_lowercase()
        # ... or by its day and month: "Russia on May 25 bombed a superstore" in a story stamped May 25, beside "Ukraine
        # said on May 24 that ...", is the 25th's story
        month, abbreviation, day = (
            pl.col("published_date").dt.strftime("%B"), pl.col("published_date").dt.strftime("%b"), pl.col("published_date").dt.day()
        )
        stamp_day_month = pl.format(
            r"(?i)\b(?:{}|{})\.?\s+#?0?{}\b|\b#?0?{}\s+(?:{}|{})\b", month, abbreviation, day, day, month, abbreviation
        )
        names_stamp_day = pl.col("sentence").str.contains(_TODAY) | (
            pl.col("sentence").str.to_lowercase().str.extract_all(_WEEKDAY_WORD).list.contains(stamp_weekday)
        ) | pl.col("sentence").str.contains(stamp_day_month)
        stamp_day_named = day_only.filter(names_stamp_day).select("article_id").unique()
        day_only = day_only.join(stamp_day_named, on="article_id", how="anti")
        said = (
            day_only.with_columns(statement_day_ref(pl.col("sentence"), yesterday=False).alias("_said_ref"))
            .filter(pl.col("_said_ref").is_not_null())
            .select("article_id", "published_date", ref_to_date(pl.col("_said_ref"), pl.col("published_date")).alias("_said_day"))
            .group_by("article_id")
            .agg(pl.col("_said_day").unique(), pl.col("published_date").first())
            .filter(
                (pl.col("_said_day").list.len() == 1)
                & (pl.col("_said_day").list.first() == pl.col("published_date") - pl.duration(days=1))
            )
            .select("article_id", pl.col("_said_day").list.first().alias("_story_day"))
        )
        story_days = pl.concat([story_days, said.join(story_days, on="article_id", how="anti")])
    if story_days.is_empty():
        return sentences
    return (
        sentences.join(story_days, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.coalesce("_story_day", "published_date").alias("published_date"))
        .drop("_story_day")
    )


# A live blog's or a timeline's entry names its day in a line of its own ("March 12", "Thu 13 Mar 2025
# 09.42 GMT", "Monday", "March 13, 2025 09:42") or in a prefix before its text ("Update, March 12, 10:42
# a.m.: Russia launched ..."). Its figures are of that day: the entry was written then, so its "overnight"
# and "yesterday" count from it, as they count from the publication in a plain story.
_WEEKDAY_ANY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
_ENTRY_TIME = r"(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?:[A-Z]{2,5}|(?:[A-Z][a-z]+\s+){1,3}[Tt]ime))?"
_ENTRY_DAY = (
    rf"(?:{_WEEKDAY_ANY},?\s+)?(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS})(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
ENTRY_HEADING = ascii_bounds(
    r"(?i)^[\s\-–—•*·#]*(?:(?:update[sd]?|posted|published)(?:\s+(?:at|on))?\s*[,:–—-]?\s*)?"
    # (the time first too: "7:30 p.m. ET, March 14, 2024", "Updated 7:34 p.m. ET, March 14, 2024")
    rf"(?:{_ENTRY_TIME}\s*,\s*)?"
    rf"(?:on\s+)?({_ENTRY_DAY})(?:,?\s*{_ENTRY_TIME})?"
    # a line of its own, or a prefix that ends in a colon or a dash before the entry's text
    r"(?:\s*[:.–—-]?\s*$|\s*[:–—-]\s)"
    # ... or a wire story's dateline: "July 6 (Reuters) - ...", "KYIV, Dec 29 (Reuters) - ..." (the story's day, which a
    # page's stamp line before it, "July 05, 2023 - 09:16 pm EDT", may tell in another time zone)
    rf"|^\s*(?:(?-i:[A-Z][A-Za-z.'’ -]{{1,30}}),\s+)?({MONTHS}\s+\d{{1,2}})\s*\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Interfax|TASS|"
    r"Ukrinform|UNIAN|KUNA|Anadolu|dpa)\)\s*[-–—]"
    # ... or a dateline of a city in capitals, maybe its country, the day and a dash: "KHARKIV, UKRAINE, May 1 — ..."
    rf"|^\s*(?-i:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*)(?:,\s+(?-i:[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+)*))?,\s+"
    rf"({MONTHS}\s+\d{{1,2}})\b\.?\s*[-–—]"
)
_WEEKDAY_ENTRY = ascii_bounds(
    r"(?i)^[\s\-–—•*·#]*(?:(?:update[sd]?|posted|published)\b|(?:on\s+)?(?:" + _WEEKDAY + r")(?:,?\s*" + _ENTRY_TIME + r")?[\s:.–—-]*$)"
)
# how far back an entry's day may lie: older headings are a timeline's history, not the blog's days
ENTRY_DAY_WINDOW_DAYS = 14
_NO_ENTRY_DAY = pl.date(1900, 1, 1)


def add_entry_days(sentences: pl.DataFrame) -> pl.DataFrame:
    """`sentences` (sorted by article and sentence) with `published_date` replaced, from a live-blog entry's
    heading on, by the day that heading names (up to the next heading). A heading whose day lies after the
    publication or more than ENTRY_DAY_WINDOW_DAYS before it ends the entry before it and dates nothing."""
    heading_ref = pl.coalesce(
        pl.col("sentence").str.extract(ENTRY_HEADING, 1), pl.col("sentence").str.extract(ENTRY_HEADING, 2),
        pl.col("sentence").str.extract(ENTRY_HEADING, 3),
    )
    # a weekday alone heads an entry on a line of its own or after "Update": "Monday: Zelensky meets ..." in a
    # story is that sentence's day, not the rest's
    heading_ref = pl.when(heading_ref.str.contains(r"\d") | pl.col("sentence").str.contains(_WEEKDAY_ENTRY)).then(heading_ref)
    flagged = sentences.with_columns(heading_ref.alias("_entry_ref"))
    if flagged.get_column("_entry_ref").null_count() == flagged.height:
        return sentences
    day = ref_to_date(pl.col("_entry_ref"), pl.col("published_date"))
    valid = (day <= pl.col("published_date")) & (day >= pl.col("published_date") - pl.duration(days=ENTRY_DAY_WINDOW_DAYS))
    first = pl.col("article_id") != pl.col("article_id").shift(1)
    entry = (
        pl.when(pl.col("_entry_ref").is_not_null())
        .then(pl.when(valid).then(day).otherwise(_NO_ENTRY_DAY))
        .when(first.fill_null(True))
        .then(_NO_ENTRY_DAY)
        .otherwise(None)
        .forward_fill()
    )
    return (
        flagged.with_columns(entry.alias("_entry_day"))
        .with_columns(
            pl.when(pl.col("_entry_day") != _NO_ENTRY_DAY).then(pl.col("_entry_day")).otherwise(pl.col("published_date"))
            .alias("published_date")
        )
        .drop("_entry_ref", "_entry_day")
    )


# A month without its day dates an amount (FACTS.md 6: "A month of this year dates an amount": "pledged by the
# prime minister in July, this year", "In March, the IMF provided an emergency loan", "a $300 million package in
# March", "In June 2024, the country allocated", "last October"). FACTS.md gives no day inside the month; like a
# period (section 5, "dated by their last stated day") it takes the month's last day, and never a day after
# publication (this month's "in May" is the publication day). Only a month after "in", "during", "early", "late",
# "mid-", "the beginning/end of" or "last": "since March" starts a running total, "by March" and "until March"
# are deadlines, and "in March next year" is to come. A capital letter keeps the modal "may" out.
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
MONTH_ONLY = ascii_bounds(
    r"\b(?:(?i:in|during)\s+(?:(?i:early|late|mid-?|the\s+(?:beginning|start|end|middle)\s+of)\s*)?"
    r"|(?i:early|late|mid-|(?:at\s+)?the\s+(?:beginning|start|end|middle)\s+of)\s*"
    r"|(?P<last>(?i:last))\s+)"
    rf"(?P<month>{_MONTH_NAME})(?-u:\b)?(?P<day>\s*#?\d{{1,2}}(?-u:\b))?"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)(?-u:\b)|\s+(?:of\s+)?(?P<lastyear>(?i:last\s+year))|(?P<next>\s+(?:of\s+)?(?i:next\s+year)))?"
)


_LAST_MONTH_ONLY = "(?s).*" + MONTH_ONLY

# A deadline names when something is due, not the day the money was given: "approved EUR 1 billion ... for ammunition
# to Ukraine by May 31", "to be delivered no later than 30 June", "weapons worth $100 million until the end of March"
# (the aid's own dating reads the text without it: `aid._add_clause_dates`)
DEADLINE = ascii_bounds(
    r"(?i)\b(?:by|until|till|no\s+later\s+than)\s+(?:the\s+(?:end|middle|beginning|start)\s+of\s+)?"
    rf"(?:{MONTHS}\s+#?\d{{1,2}}(?:st|nd|rd|th)?\b|#?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\b"
    rf"|(?-i:{_MONTH_NAME})(?:[^\w]|$))"
    r"(?:,?\s+#?(?:19|20)\d\d\b)?"
)


# a month inside a running total's start ("since Russia's invasion began in February 2022") dates nothing
_SINCE_MONTH = ascii_bounds(rf"(?i)\bsince\b[^,;:.!?]{{0,60}}?(?-i:{_MONTH_NAME})(?:,?\s+(?:19|20)\d\d\b)?")


def month_only_date(text: pl.Expr, published: pl.Expr, pick: str = "first", ahead: pl.Expr | None = None) -> pl.Expr:
    """The last day of the month `text` names without a day ("in July, this year", "In June 2024", "last October"),
    capped at publication; null when it names none (or names the day: that is a DATE_REF).
    pick="first"/"last": the first or the last such month of `text`. A bare month after the publication's is
    last year's ("In December, ... authorized a new package" in a February story), as a day-month is; with `ahead`
    (the amount's verb is still to come: "would add $15 billion to the credit line in December" in an October
    story, "with the second tranche coming in April" in March) it is this year's, so the publication day."""
    found = text.str.replace_all(_SINCE_MONTH, " ").str.extract_groups(MONTH_ONLY if pick == "first" else _LAST_MONTH_ONLY)
    month = _month(found.struct.field("month"))
    pub_year = published.dt.year().cast(pl.Int32)
    pub_month = published.dt.month().cast(pl.Int32)
    stated_year = found.struct.field("year").cast(pl.Int32, strict=False)
    year = (
        pl.when(stated_year.is_not_null()).then(stated_year)
        .when(found.struct.field("lastyear").is_not_null()).then(pub_year - 1)
        # "last October": the latest October before this month; a bare month after this one is last year's
        .when(found.struct.field("last").is_not_null() & (month >= pub_month)).then(pub_year - 1)
        .when((month > pub_month) & ~(pl.lit(False) if ahead is None else ahead.fill_null(False))).then(pub_year - 1)
        .otherwise(pub_year)
    )
    end = pl.date(year, month, 1).dt.month_end()
    usable = month.is_not_null() & found.struct.field("day").is_null() & found.struct.field("next").is_null()
    return pl.when(usable).then(pl.min_horizontal(end, published)).cast(pl.Date)


# An aid story's lede names the day of its announcement ("The Pentagon announced on Tuesday
# ... $640 million", "received approximately $950 million from Japan ..., the Finance Ministry reported on Dec.
# 21"); the amounts after it that name no day of their own are that announcement's parts and details ("This
# includes ... $50 million, as well as $770 million", "The package is made up of a $38.6 million grant ... and a $700
# million loan"): they take the lede's day, as a strike story's undated figures take the day of the attack its
# lede dates (FACTS.md 5). An amount its sentence places earlier or elsewhere in time keeps its own dating (the
# publication day): "Earlier, ...", "last year", "previously", "already", "since", a year.
LEDE_SENTENCES = 3
_OTHER_TIME = ascii_bounds(
    r"(?i)\b(?:earlier|previously|previous|before|ago|last|past|already|prior|former|formerly|since|recently"
    r"|originally|initially|first|next|later|future|upcoming|(?:19|20)\d\d|month|week|year)\b"
)


def date_aid_events(
    facts: pl.DataFrame, dated: str = "_text_dated", month: str = "_month_date", ledes: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """`facts` (aid, with `article_id`, `sentence_idx`, `scope`, `donor`, `sentence`, `event_date`, the flag
    `dated`: the date came from a day the amount's own clause names, and `month`: the month without a day it
    names, `month_only_date`) with the events' dates completed (both helper columns dropped): an event that
    names no day takes its month's last day; one that names neither, after a lede's dated event amount, the
    lede's day (the same giver's, or any giver's in the sentences right after). Running totals and periods keep
    the day of their statement or the publication (FACTS.md 5). `ledes` (`article_id`, `_lede_idx`, `_lede_donor`,
    `_lede_date`): ledes that name the day of an announcement without its amount ("On February 24, the Nordic countries
    pledged new aid to Ukraine"), the givers they name joined by ", "."""
    if facts.is_empty():
        return facts.drop(dated, month, strict=False)
    event = pl.col("scope") == "event"
    by_month = event & ~pl.col(dated) & pl.col(month).is_not_null()
    facts = facts.with_columns(
        pl.when(by_month).then(pl.col(month)).otherwise(pl.col("event_date")).alias("event_date"),
        (pl.col(dated) | by_month).alias(dated),
    ).drop(month)
    return _carry_lede_day(_carry_sentence_day(facts, dated), dated, ledes).drop(dated)


_MONTH_AND_YEAR = ascii_bounds(rf"\b{_MONTH_NAME}\s+(?:#?\d{{1,2}},?\s+)?(?:19|20)\d\d\b")


def _carry_sentence_day(facts: pl.DataFrame, dated: str) -> pl.DataFrame:
    """An undated event amount after a dated one in its sentence is a part of that commitment: "signed on March
    12 agreements on a $350 million package, $80 million in humanitarian aid and $270 million in fuel supplies"
    (facts sorted by article, sentence and mention); not in a sentence that places something in another time."""
    event = pl.col("scope") == "event"
    sentence_day = (
        pl.when(event & pl.col(dated)).then(pl.col("event_date")).forward_fill().over(["article_id", "sentence_idx"])
    )
    # (the year of the month that dated the sentence places nothing in another time: "In June 2024, the Netherlands
    # allocated EUR 60 million for drones, contributed EUR 400 million to a fund, ...")
    sentence = pl.col("sentence").str.replace_all(_MONTH_AND_YEAR, " ")
    carried = (event & ~pl.col(dated) & sentence_day.is_not_null() & ~sentence.str.contains(_OTHER_TIME)).fill_null(False)
    # (the sentence's day, a window, is read twice: once)
    return with_columns_once(
        facts,
        pl.when(carried).then(sentence_day).otherwise(pl.col("event_date")).alias("event_date"),
        (pl.col(dated) | carried).alias(dated),
    )


def _carry_lede_day(facts: pl.DataFrame, dated: str, ledes: pl.DataFrame | None = None) -> pl.DataFrame:
    event = pl.col("scope") == "event"
    lede = facts.filter(event & pl.col(dated) & (pl.col("sentence_idx") < LEDE_SENTENCES)).select(
        "article_id",
        pl.col("sentence_idx").alias("_lede_idx"),
        pl.col("donor").alias("_lede_donor"),
        pl.col("event_date").alias("_lede_date"),
    )
    if ledes is not None and not ledes.is_empty():
        lede = pl.concat([lede, ledes.select(lede.columns).cast(lede.schema)], how="vertical")
    lede = lede.sort("article_id", "_lede_idx").unique("article_id", keep="first", maintain_order=True)
    if lede.is_empty():
        return facts
    carried = (
        event
        & ~pl.col(dated)
        & (pl.col("sentence_idx") > pl.col("_lede_idx"))
        # (the lede's giver, or one of the givers it lists: "the Nordic countries - Denmark, Norway, Sweden")
        & (pl.col("_lede_donor").str.split(", ").list.contains(pl.col("donor")).fill_null(False)
           | (pl.col("sentence_idx") <= pl.col("_lede_idx") + LEDE_SENTENCES))
        & ~pl.col("sentence").str.contains(_OTHER_TIME)
    ).fill_null(False)
    return (
        facts.join(lede, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.when(carried).then(pl.col("_lede_date")).otherwise(pl.col("event_date")).alias("event_date"))
        .drop("_lede_idx", "_lede_donor", "_lede_date")
    )


# "that day", "the same day", "later that day" point back to the day named last before them: "Earlier on Oct. 22,
# Russia attacked ... . It sent 19 drones against Odesa that day." is the 22nd (FACTS.md 5: a figure
# about another, dated attack takes that date). Only a day ("that night" after a date may be the night after it).
_THAT_DAY = ascii_bounds(r"(?i)\b(?:that|the\s+same)\s+day\b")


def that_day_dates(sentences: pl.DataFrame) -> pl.DataFrame:
    """`article_id`, `sentence_idx` and `that_day_date` of each sentence that names no day of its own but "that day"
    or "the same day": the day of the last reference before it in its article (null when there is none)."""
    columns = {"article_id": sentences.schema["article_id"], "sentence_idx": sentences.schema["sentence_idx"],
               "that_day_date": pl.Date}
    flagged = sentences.filter(pl.col("sentence").str.contains(_THAT_DAY)).select("article_id").unique()
    if flagged.is_empty():
        return pl.DataFrame(schema=columns)
    frame = (
        sentences.join(flagged, on="article_id", how="semi")
        .sort("article_id", "sentence_idx")
        .select("article_id", "sentence_idx", "published_date", "sentence",
                date_ref_expr(pl.col("sentence"), pick="last").alias("_last_ref"))
        .with_columns(ref_to_date(pl.col("_last_ref"), pl.col("published_date")).alias("_last_day"))
        .with_columns(pl.col("_last_day").shift(1).forward_fill().over("article_id").alias("that_day_date"))
    )
    return frame.filter(pl.col("sentence").str.contains(_THAT_DAY) & pl.col("_last_ref").is_null()).select(
        "article_id", "sentence_idx", "that_day_date"
    )


class ArticleDates(NamedTuple):
    """The days the strike and the casualty rules both read off the whole sentence frame: each article's lede day
    (`lede_dates`) and the day each "that day" points back to (`that_day_dates`)."""

    ledes: pl.DataFrame
    that_day: pl.DataFrame


def article_dates(sentences: pl.DataFrame) -> ArticleDates:
    """`lede_dates` and `that_day_dates` of `sentences`: `extract_facts` reads them once for both rule sets (the lede
    days alone cost about 0.15 s on a 10,000-article batch)."""
    return ArticleDates(lede_dates(sentences), that_day_dates(sentences))


# A sentence that names no day goes on with the attack the sentence right before it (in its paragraph) dates:
# "On September 28, Russian troops attacked a hospital in Sumy. Ten people were killed." (FACTS.md 5: a figure
# about another, dated attack takes that date). Only a day of its own (a weekday, a day-month, a holiday): a
# relative word counts from the story's day anyway; and not a sentence that looks back ("a day after ...").
# (a cheap screen for sentences that may name such a day, before the costly attack_day_ref)
_NAMED_DAY_SCREEN = ascii_bounds(
    rf"(?i)\b(?:{_WEEKDAY}|christmas|new\s+year)|\b{MONTHS}\s+#?\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\b"
)


# how far back in its paragraph a sentence looks for the attack that dates it: "On the evening of 22 September, drones
# attacked Moscow. At least 10 explosions were heard. Air defences shot down nine drones." (no sentence between names a
# day of any kind)
PARAGRAPH_DAY_REACH = 3


def previous_attack_dates(sentences: pl.DataFrame, targets: pl.DataFrame | None = None) -> pl.DataFrame:
    """`article_id`, `sentence_idx` and `previous_attack_date`: for each sentence after one (in the same paragraph, at
    most PARAGRAPH_DAY_REACH before it, with no sentence between that names a day of any kind) that dates an attack by a
    day of its own (`attack_day_ref`, no relative word, not looking back), that day (the nearest such sentence's).
    `targets` (`article_id`, `sentence_idx`): the sentences asked about (the rest are not read)."""
    columns = {"article_id": sentences.schema["article_id"], "sentence_idx": sentences.schema["sentence_idx"],
               "previous_attack_date": pl.Date}
    idx_type = columns["sentence_idx"]
    if targets is not None:
        before = (
            targets.select("article_id", "sentence_idx")
            .unique()
            .with_columns(pl.int_ranges(1, PARAGRAPH_DAY_REACH + 1).alias("_back"))
            .explode("_back")
            .select("article_id", (pl.col("sentence_idx") - pl.col("_back")).cast(idx_type))
            .unique()
        )
        sentences_before = sentences.join(before, on=["article_id", "sentence_idx"], how="semi")
    else:
        sentences_before = sentences
    if sentences_before.is_empty():
        return pl.DataFrame(schema=columns)
    dated = sentences_before.filter(
        pl.col("sentence").str.contains(_NAMED_DAY_SCREEN) & ~pl.col("sentence").str.contains(_LOOKS_BACK)
    ).select("article_id", "paragraph_idx", "sentence_idx", "published_date", attack_day_ref(pl.col("sentence")).alias("_ref"))
    dated = dated.filter(pl.col("_ref").is_not_null() & ~pl.col("_ref").str.contains(_RELATIVE_OR_BACK))
    if dated.is_empty():
        return pl.DataFrame(schema=columns)
    dated = dated.select(
        "article_id", "paragraph_idx", pl.col("sentence_idx").alias("_dated_idx"),
        ref_to_date(pl.col("_ref"), pl.col("published_date")).alias("previous_attack_date"),
    )
    # the sentences after each dated one, in its paragraph (not a daily tally's: it is dated by its report, whatever
    # attack the sentences before tell), and how many of the sentences before them name a day of any kind
    after = (
        sentences.join(dated.select("article_id").unique(), on="article_id", how="semi")
        .sort("article_id", "sentence_idx")
        .with_columns(
            pl.col("sentence").str.contains(_MAY_NAME_A_DAY).cast(pl.Int32).cum_sum().over("article_id").alias("_days_so_far"),
            ~pl.col("sentence").str.contains(DAILY_TALLY).alias("_no_tally"),
        )
        .select("article_id", "paragraph_idx", "sentence_idx", "sentence", "_days_so_far", "_no_tally")
    )
    named_before = after.select(
        "article_id", (pl.col("sentence_idx") + 1).cast(idx_type).alias("sentence_idx"),
        pl.col("_days_so_far").alias("_days_before"),
    )
    found = (
        dated.join(after.drop("sentence"), on=["article_id", "paragraph_idx"])
        .filter(
            (pl.col("sentence_idx") > pl.col("_dated_idx"))
            & (pl.col("sentence_idx") <= pl.col("_dated_idx") + PARAGRAPH_DAY_REACH)
        )
        .join(named_before, on=["article_id", "sentence_idx"], how="left")
        .join(
            after.select("article_id", pl.col("sentence_idx").alias("_dated_idx"), pl.col("_days_so_far").alias("_days_at_dated")),
            on=["article_id", "_dated_idx"], how="left",
        )
        # (the sentence right after is dated whatever; a later one only with no day named between)
        .filter(
            (pl.col("sentence_idx") == pl.col("_dated_idx") + 1)
            | (pl.col("_days_before") == pl.col("_days_at_dated"))
        )
        .filter(pl.col("_no_tally"))
        .sort("article_id", "sentence_idx", "_dated_idx")
        .group_by("article_id", "sentence_idx", maintain_order=True)
        .last()
    )
    return found.select("article_id", "sentence_idx", "previous_attack_date").cast(columns)


# A toll reported later is the attack's (FACTS.md 5: "A toll reported later is dated by the strike"). A toll or an
# update of one names the day it was counted, not the day of the attack: "the death toll rose to 30 on Monday",
# "rose to five early Tuesday", "has climbed to 40 yesterday", "On Sunday, the death toll from the strike rose to
# 29", "As of the morning of June 28, 10 people are known to have been killed", a live blog's "Update 7:48 a.m. Jan.
# 15: ... revised the death toll to 23". Those days are dropped (`without_update_days`); what is left names the
# attack's own day ("the death toll from Saturday's strike"), else the figure takes the day of the attack its
# article dates elsewhere (the sentence before, the lede, or the one day the article's attacks are dated by).
_TOLL_CHANGE = (
    r"(?:rose|risen|rises|rising|climbed|climbs|climb|increased|increases|grew|grown|jumped|reached|reaches"
    r"|revised|raised|updated|stood|stands|stand|is\s+now|was\s+now|now\s+stands|went\s+up|gone\s+up|up)"
)
_UPDATE_CASUALTY = r"(?:dead|deaths|killed|fatalities|victims|casualties|injured|wounded|injuries|people\s+killed|people\s+injured)"
# a sentence that tells a toll or an update of one
TOLL_UPDATE = ascii_bounds(
    r"(?i)\b(?:death\s+)?toll\b|\bthe\s+number\s+of\s+(?:[\w-]+\s+){0,2}?" + _UPDATE_CASUALTY + r"\b"
    r"|\b(?:deaths|dead|fatalities|casualties|victims)\s+(?:[\w'’-]+\s+){0,8}?" + _TOLL_CHANGE + r"\s+to\b"
    r"|\bamong\s+the\s+(?:dead|killed|injured|wounded|victims)\b"
    r"|\bas\s+of\s+(?:the\s+(?:morning|evening|afternoon|night|end)\s+of\s+|\d|" + _WEEKDAY + r"|" + MONTHS + r")"
)
# (DATE_REF without its named groups: it appears three times below)
_D = re.sub(r"\(\?P<\w+>", "(?:", DATE_REF[len("(?i)"):])
_FIGURE = r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?[\d,.]*\d[\d,]*|[a-z]+(?:-[a-z]+)?"
_UPDATE_DAYS = ascii_bounds(
    # "rose to 30 on Monday", "climbed to five early Tuesday", "to 29 Sunday", "to 40 people by Monday morning"
    r"(?i)(?P<k1>\b" + _TOLL_CHANGE + r"\s+(?:[\w-]+\s+){0,2}?(?:to|at)\s+(?:" + _FIGURE + r")"
    r"(?:\s+(?:people|persons|civilians|residents|dead|killed|injured|wounded|victims|deaths))?,?\s+)"
    r"(?:(?:early|late)\s+)?(?:on\s+|by\s+|as\s+of\s+)?(?:the\s+(?:morning|evening|afternoon|night)\s+of\s+)?(?:" + _D + r")"
    # "As of the morning of June 28", "as of 9 a.m. on Monday", "as of Tuesday morning"
    r"|\bas\s+of\s+(?:the\s+(?:morning|evening|afternoon|night|end)\s+of\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+(?:local|Kyiv|Kiev|Moscow)\s+time)?,?\s+(?:on\s+)?)?(?:" + _D + r")"
    # "On Sunday, the death toll ...", "By Monday, the number of injured ..."
    r"|(?P<k2>^\W*)(?:on|by)\s+(?:" + _D + r"),?\s+(?P<k3>(?:the\s+)?(?:[\w-]+\s+)?(?:toll|number\s+of))"
    # a live blog's entry prefix: "Update 7:48 a.m. EST Jan. 15:", "UPDATE, March 12:"
    r"|^[\s\-–—•*·#]*update[sd]?\b[^\n]{0,50}?:\s"
)


def without_update_days(text: pl.Expr) -> pl.Expr:
    """`text` without the days a toll or an update of one was counted on (`_UPDATE_DAYS`)."""
    return text.str.replace_all(_UPDATE_DAYS, "${k1}${k2}${k3} ")


def is_toll_update(text: pl.Expr) -> pl.Expr:
    """Whether `text` tells a toll or an update of one (`TOLL_UPDATE`)."""
    return text.str.contains(TOLL_UPDATE)


# how far an update may lie after the attack it counts
TOLL_UPDATE_WINDOW_DAYS = 14
# a follow-up story tells a toll in its first sentences ("Death toll rises ...", "The number of victims has increased
# to 35"): only such a story's tolls take the day its attack is dated by further down (a story of a new attack that
# recalls an earlier, dated one keeps its tolls off that day)
TOLL_STORY_LEDE = 5


# "Saturday's strike", "Sunday night's missile attack": an attack named by its day
_DAYS_ATTACK_WORDS = (
    rf"{_WEEKDAY}(?:\s+(?:morning|evening|night|afternoon))?['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attack|strike|airstrike|barrage|bombardment|raid|shelling)\b"
)
_DAYS_ATTACK = ascii_bounds(r"(?i)\b" + _DAYS_ATTACK_WORDS)
# "after Saturday's strike", "following Sunday's missile attack": the follow-up's attack, named by its day
_AFTER_DAYS_ATTACK = ascii_bounds(r"(?i)\b(?:after|following)\s+(?:the\s+)?" + _DAYS_ATTACK_WORDS)


def article_attack_dates(sentences: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """`article_id` and `article_attack_date`: for each article of `articles` (`article_id`), the one day its
    sentences date attacks by (`attack_day_ref`: a day of their own, no relative word, not looking back, not a toll's
    update), null when they date none or several days, or when the article is no follow-up story (a toll in its
    first TOLL_STORY_LEDE sentences); where its sentences name the attack by its day ("after Saturday's strike", "the
    toll from Sunday's strike"), that one day, whatever other days they date. A toll that names no attack day takes
    it."""
    columns = {"article_id": sentences.schema["article_id"], "article_attack_date": pl.Date}
    follow_ups = (
        sentences.join(articles.select("article_id").unique(), on="article_id", how="semi")
        .filter((pl.col("sentence_idx") < TOLL_STORY_LEDE) & pl.col("sentence").str.contains(TOLL_UPDATE))
        .select("article_id")
        .unique()
    )
    in_follow_ups = sentences.join(follow_ups, on="article_id", how="semi")
    # the attacks named by their day ("Saturday's strike", every one of a sentence; also in a toll's own sentence, "the
    # death toll from Sunday's strike climbed to 23")
    named = (
        in_follow_ups.filter(pl.col("sentence").str.contains(_DAYS_ATTACK))
        .select("article_id", "published_date", pl.col("sentence").str.extract_all(_DAYS_ATTACK).alias("_ref"))
        .explode("_ref")
        .drop_nulls("_ref")
        .with_columns(pl.col("_ref").str.extract(r"(?i)^(" + _WEEKDAY + ")"), pl.lit(True).alias("_by_name"))
    )
    rows = in_follow_ups.filter(
        pl.col("sentence").str.contains(_NAMED_DAY_SCREEN)
        # ("a dozen people remain unaccounted for after Saturday's strike": a follow-up's look back on its own attack by its
        # day's name)
        & ~pl.col("sentence").str.replace_all(_AFTER_DAYS_ATTACK, " ").str.contains(_LOOKS_BACK)
        & ~pl.col("sentence").str.contains(TOLL_UPDATE)
    )
    rows = rows.select(
        "article_id", "published_date", attack_day_ref(pl.col("sentence")).alias("_ref"), pl.lit(False).alias("_by_name"),
    ).filter(pl.col("_ref").is_not_null() & ~pl.col("_ref").str.contains(_RELATIVE_OR_BACK))
    rows = pl.concat([rows, named.select(rows.columns).cast(rows.schema)])
    if rows.is_empty():
        return pl.DataFrame(schema=columns)
    # the attack named by its day ("Saturday's strike") is the follow-up's own: its one day holds whatever other days
    # the sentences name beside an attack ("On Monday Moscow rejected any blame for the strike")
    days = (
        rows.select("article_id", "_by_name", ref_to_date(pl.col("_ref"), pl.col("published_date")).alias("_day"))
        .drop_nulls("_day")
        .group_by("article_id")
        .agg(pl.col("_day").unique().alias("_days"), pl.col("_day").filter(pl.col("_by_name")).unique().alias("_named"))
    )
    return (
        days.with_columns(
            pl.when(pl.col("_named").list.len() == 1).then(pl.col("_named").list.first())
            .when((pl.col("_named").list.len() == 0) & (pl.col("_days").list.len() == 1)).then(pl.col("_days").list.first())
            .alias("article_attack_date")
        )
        .drop_nulls("article_attack_date")
        .select("article_id", "article_attack_date")
        .cast(columns)
    )
