"""A figure's scope from the words around it: one event (a night, a day), a period (a week, a month,
"in June alone") or a running total ("since the start of the invasion", "has shot down"). Shared by
the strike and casualty rules.
"""

from __future__ import annotations

import polars as pl

from pipelines.extract.numbers import ascii_bounds


SUPERLATIVE = (
    r"(?i)\b(?:biggest|largest|heaviest|highest|greatest|deadliest|worst|most|first|record|longest|massive)\b[^,;]*?"
    r"\b(?:since|so\s+far|this\s+year|ever|in\s+the\s+war|of\s+the\s+war)\b[^,;]*"
)
CUMULATIVE = (
    r"(?i)\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+|russia's\s+)?(?:full-scale\s+)?(?:war|invasion)"
    r"|\bsince\s+(?:#?20\d\d|february|feb\.?\s+#?24|the\s+start|the\s+beginning)|\bduring\s+the\s+(?:whole\s+|entire\s+)?war\b"
    r"|\bin\s+(?:total|all)\s+since\b|\bto\s+date\b|\bso\s+far\s+in\s+the\s+war\b"
    # since a named day of a month: "a total of 223 drones since Sept. 13" (the day number is masked by now)
    r"|\bsince\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+#?\d"
)
# since a month named whole: "since May last year, troops have shot down 15 Kinzhal missiles", "since early March" (docs/
# facts.md 5: "since January" is a running total), read by the strike rules with a perfect of a strike verb only (where
# troops "have held ground since August, the army repelled 13 attacks" is a day's count)
SINCE_MONTH = (
    r"(?i)\bsince\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b"
)
# "has launched", "have shot down": a running total, unless the words give the figure one night or one
# day's tally ("have shot down 40 drones overnight", "has destroyed 9 drones over the past 24 hours")
PERFECT_VERB = (
    r"(?i)\b(?:has|have)\s+(?:so\s+far\s+|already\s+)?(?:fired|launched|used|shot\s+down|destroyed|downed|intercepted)\b"
)
ONE_NIGHT = (
    r"(?i)\b(?:overnight|last\s+night|tonight|this\s+morning|(?:during|in|over|throughout)\s+the\s+(?:past\s+|last\s+)?night"
    r"|on\s+the\s+night\s+of|(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:#?24\s+hours|day)\b"
    r"|(?:over|in|within)\s+#?24\s+hours|since\s+(?:the\s+)?(?:evening|midnight|#?\d)|since\s+last\s+(?:night|evening)"
    r"|(?:early|late)\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)
# a day named in a perfect's own clause: "have fired three missiles at a power facility on the morning of Oct. 18",
# "has launched 40 drones on Tuesday", "have shot down 12 drones today" (FACTS.md 5: a perfect with a night or a day
# in its clause is that night's or day's event)
ONE_DAY = (
    r"(?i)\bon\s+(?:the\s+(?:morning|evening|night|afternoon)\s+of\s+)?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+#?\d{1,2}\b"
    r"|#?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\btoday\b"
)
# the air force's morning report: "As of 9:00 a.m., air defences have destroyed 50 drones" is the night's tally,
# not a running total (the clock time of a day's report, said before the perfect)
AS_OF_CLOCK = r"(?i)^\W*as\s+of\s+#?\d{1,2}(?:[:.]#?\d\d|\s*[ap]\.?m\b)"
# ... or a place of its own, where the weapons were downed or sent: "have shot down 11 Shahed drones in the Mykolaiv
# and Odesa regions", "have destroyed 13 missiles in the sky over Lviv" (the news of one attack; a running total
# says so: "since", "so far", "in total"). The country ("in Ukraine", "over Russia") places no attack.
PERFECT_PLACE = r"\b(?:over|above|in)\s+(?:the\s+)?(?:skies?\s+over\s+)?[A-Z]"
# ... or its figures placed by a list after the speech tag: "have destroyed five drones, the ministry said, two over
# Crimea and three over the Kursk region" (the places of one attack)
PERFECT_PLACED_AFTER_TAG = (
    r"(?i)\b(?:has|have)\s+(?:[a-z]+\s+){0,2}?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\s+[^,;]*,"
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:said|says|reported|claimed|added),\s+(?:[\w-]+\s+){1,2}?(?:over|above|in)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?-i:[A-Z])"
)
PERFECT_COUNTRY = r"\b(?:Ukraine|Russia|Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\b"
PERFECT_TOTAL_WORDS = r"(?i)\b(?:so\s+far|already|in\s+total|a\s+total\s+of|altogether|overall|in\s+all)\b"
PERIOD = (
    r"(?i)\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)(?:\s+#?20\d\d)?(?:\s+alone)?(?:\s*[,.;)]|\s+[a-z]|\s*$)"
    r"|\b(?:last|this|past|previous)\s+(?:month|week|year)\b|\bover\s+the\s+(?:past|last)\s+(?:week|month|year|#?\d+\s+days)"
    r"|\bin\s+#20\d\d\b|\bso\s+far\s+this\s+(?:year|month)\b"
    # ("since last night" is one night: see ONE_NIGHT)
    r"|\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+(?:week|month|year|summer|winter"
    r"|spring|autumn|fall|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    # weekly tallies and spans of days: "over the week", "in that single week", "since the start of the week",
    # "between May 20 and May 23", "from Saturday to Monday", "in the last days of 2023"
    r"|\b(?:over|during|throughout)\s+(?:the|a|that|this|one)\s+(?:single\s+|whole\s+|entire\s+)?(?:week|month|winter|summer)\b"
    r"|\bin\s+(?:that|this|one|the\s+past|the\s+last)\s+(?:single\s+)?(?:week|month)\b|\bweekly\b|\bseven\s+days\b"
    r"|\bbetween\s+(?:#?\d+\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bfrom\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:to|through|until|till)\b"
    # ... and their first or last weeks: "in the first few weeks of September", "the last two weeks of March" (not "the
    # first half of the day", one day's)
    r"|\b(?:first|last)\s+(?:few\s+|couple\s+of\s+|#?\d+\s+)?(?:days|weeks)\s+of\b"
    # ... and halves of a month or a year: "in the first half of this June alone", "the second half of 2024"
    r"|\b(?:first|second|last)\s+half\s+of\s+(?:this\s+|last\s+)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|(?:the|this|last)\s+(?:month|year)|#?20\d\d)\b"
    # "over the year", and a headline's "over year" without its article ("Russia launches 2,000 Shaheds over year")
    r"|\bover\s+(?:the\s+)?year\b"
    # a sentence that opens on "Last year" ("November 15 last year" dates one attack, so only as the opening)
    r"|^\s*last\s+year\b"
    # "within a week", "in just this one week" (Zelensky's weekly tallies)
    r"|\b(?:in|over|during|within)\s+(?:just\s+|only\s+)?(?:a|this|that)\s+(?:single\s+)?(?:#?1\s+)?(?:week|month)\b"
    # number words are digits by now, and a count of days or weeks is masked: "in one week" -> "in #1 week"
    r"|\b(?:in|over|during|within)\s+(?:just\s+|only\s+)?(?:the\s+(?:past|last)\s+)?#\d+\s+(?:days|weeks?|months?)\b"
    # "over the three winter months", "in the summer months"
    r"|\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:#?\d+\s+|[a-z]+\s+)?(?:winter|summer|spring|autumn)\s+months\b"
    # a month as a whole, "across the month of August", "across September"
    r"|\bacross\s+(?:the\s+(?:whole\s+|entire\s+)?month\s+of\s+)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b"
    # a span of a few days: "over the past few days", "in the last several days", "over the past couple of days"
    r"|\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:few|several|couple\s+of)\s+days\b"
    # the period a report or an earlier sentence named: "during the same period", "in the reporting period", "over
    # the period under review", "during the specified period" (not "in the period between 9 p.m. and 6 a.m.", one night)
    r"|\b(?:in|over|during|throughout|within|for)\s+the\s+(?:same|specified|reporting|reported|review|said"
    r"|aforementioned|above-mentioned)\s+(?:time\s+)?period\b|\bperiod\s+under\s+review\b"
)
# a span that starts this week or month is a period even with a running-total verb ("has launched")
PERIOD_SINCE = (
    r"(?i)\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month)\b"
    # ... and one that "alone" marks as a span, as "this year alone" is: "since the beginning of this June alone", "since
    # the start of the year alone"
    r"|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+|this\s+)?(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december|year|month|week)(?:\s+#?20\d\d)?\s+alone\b"
)
# the war's age, as a round-up's or a live blog's opener gives it: "on day 1,000 of the war", "on the 1,000th
# day of the invasion", and "1,115 days since the invasion, Russia launched ..." opening a sentence: a day of
# the war, no running total ("in the 1,000 days since the invasion" is a span, and stays one)
_WAR = r"\s+(?:the\s+|russia['’]s\s+)?(?:full[\s-]scale\s+)?(?:war|invasion)\b"
# ("the 1,000th day of the war" keeps its ordinal, masked already; the words start at "day" for a fast search)
WAR_AGE = r"(?i)\bday(?:\s+#?\d[\d,]*)?\s+of" + _WAR
WAR_AGE_OPENER = r"(?i)^[\s\W]*#?\d[\d,]*\s+days\s+(?:since|after|into)" + _WAR
_WAR_AGE_DAYS = r"(?i)\bdays\s+(?:since|after|into)" + _WAR
# a week or a month named as when, not as a span: "earlier this week", "last month", "late last week" (not "over the
# past week", "since last week")
RELATIVE_WEEK_OR_MONTH = ascii_bounds(r"(?i)\b(?:(?:earlier|early|late|later)\s+)?(?:this|last)\s+(?:week|month)\b")
# a weekday of this or last week is one day: "killed in an attack on Wednesday this week" is an event
ONE_DAY_OF_A_WEEK = r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?(?:this|last)\s+week\b"
# "Last week, Moscow sent more than 600 drones in a single night", "unleashed 145 drones in a single assault":
# one attack, whatever period the sentence places it in
SINGLE_ATTACK = (
    # (the strike rules write it "in a single night" again: a digit would end the figure's context; see
    # strike_verbs.plain_verbs)
    # (case-sensitive, the capitals spelled out: several times faster than (?i))
    r"\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ww]ithin)\s+(?:a\s+single|one\s+single|(?:just\s+|only\s+|a\s+)?(?:one|#?1))\s+"
    r"(?:night|attack|assault|salvo|barrage|wave|strike|raid)\b"
)
SINGLE_ATTACK = ascii_bounds(SINGLE_ATTACK)
# a record or a comparable attack and the clause that tells it ("the largest earlier barrage came in October 2022 when
# Russia fired 84 missiles", "in what was then its biggest attack on the capital, when air defence destroyed 20
# drones", "the last attack on that scale came in October 2022, when ..."): one attack, whatever month names it
ONE_ATTACK_WHEN = ascii_bounds(
    r"(?i)\b(?:biggest|largest|heaviest|most\s+massive|previous|last|comparable|record)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:attack|assault|barrage|strike|raid|salvo|wave|bombardment|record)\b[^.;]*?\bwhen\b"
)
# a gloss on a place, not the figure's time: "over Crimea (annexed by Russia in 2014)", "Crimea, which Moscow
# annexed in 2014", "occupied since 2014"
ANNEXED_IN = ascii_bounds(
    r"(?i)\b(?:annexed|seized|occupied|captured|took)\b[^,;.()]{0,40}?\b(?:in|since)\s+#?(?:19|20)\d\d\b"
)
SUPERLATIVE = ascii_bounds(SUPERLATIVE)
# a year's words after a day of a month date that day, no period: "the previous record was 96 missiles on November 15
# last year" is the night of November 15 (FACTS.md 5: a figure about another, dated attack takes that date); the
# Russian defence ministry's night "from 11 p.m. on December 22 of this year to 7 a.m. on December 23 of this year"
# is one night
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY_OF_A_YEAR = ascii_bounds(
    r"(?i)(\b(?:" + _MONTH + r"\s+#?\d{1,2}(?:st|nd|rd|th)?|#?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"))"
    r",?\s+(?:of\s+)?(?:last|this|previous|past|the\s+current)\s+year\b"
)
ONE_DAY_OF_A_WEEK = ascii_bounds(ONE_DAY_OF_A_WEEK)
WAR_AGE = ascii_bounds(WAR_AGE)
WAR_AGE_OPENER = ascii_bounds(WAR_AGE_OPENER)
_WAR_AGE_DAYS = ascii_bounds(_WAR_AGE_DAYS)
CUMULATIVE = ascii_bounds(CUMULATIVE)
SINCE_MONTH = ascii_bounds(SINCE_MONTH)
DAY_SO_FAR = ascii_bounds(r"(?i)\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+day\b")
PERFECT_OF_ONE_ATTACK = ascii_bounds(
    r"(?i)\b(?:has|have)\s+((?:also\s+|again\s+)?(?:launched|fired|carried\s+out|conducted|mounted)\s+(?:a|an|another)\s)"
)
PERFECT_VERB = ascii_bounds(PERFECT_VERB)
ONE_NIGHT = ascii_bounds(ONE_NIGHT)
AS_OF_CLOCK = ascii_bounds(AS_OF_CLOCK)
PERIOD = ascii_bounds(PERIOD)
PERIOD_SINCE = ascii_bounds(PERIOD_SINCE)
ONE_DAY = ascii_bounds(ONE_DAY)
PERFECT_PLACE = ascii_bounds(PERFECT_PLACE)
PERFECT_PLACED_AFTER_TAG = ascii_bounds(PERFECT_PLACED_AFTER_TAG)
PERFECT_COUNTRY = ascii_bounds(PERFECT_COUNTRY)
PERFECT_TOTAL_WORDS = ascii_bounds(PERFECT_TOTAL_WORDS)
# two days in a row, "from Sunday to Monday", "the night from Wednesday into Thursday": an air attack's one night, no
# span of days ("from Saturday to Monday" stays a period; FACTS.md 5, "the night of September 27-28")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NIGHT_OF_TWO_DAYS = ascii_bounds(
    r"(?i)\bfrom\s+(?:"
    + "|".join(rf"{day}\s+(?:to|into|until|till)\s+{_DAYS[(i + 1) % 7]}" for i, day in enumerate(_DAYS))
    + r")\b"
)


def scope_expr(context: pl.Expr, sentence: pl.Expr | None = None) -> pl.Expr:
    """event / period / cumulative from the words around a figure (superlatives like 'biggest since' do not count).

    With `sentence` (the strike rules), a perfect ("has launched") is a running total unless its own clause
    (the verb to the next comma) names one night or day ("have shot down 29 drones and one rocket over the
    past 24 hours"), or its words a period ("has used 550 bombs this week"). Without it (the casualty rules)
    any perfect of a strike verb is a running total.
    """
    text = context.str.replace_all(SUPERLATIVE, " ").str.replace_all(WAR_AGE, " ").str.replace_all(ANNEXED_IN, " ")
    text = text.str.replace_all(DAY_OF_A_YEAR, "${1}")
    # "in an attack on Wednesday this week" names one day of the week, not the week
    text = text.str.replace_all(ONE_DAY_OF_A_WEEK, "${1}")
    # "claiming to have downed all the drones": a perfect infinitive tells what was done that night, not a total
    # (for the casualty rules too: "Moscow claims to have downed drones while two were reported dead")
    text = text.str.replace_all(ascii_bounds(r"(?i)\bto\s+have\b"), "to")
    # "since the beginning of the day": a day's tally (FACTS.md: an event), no running total; "have launched a
    # missile attack on ..., injuring 12": a perfect whose object is one attack tells of that attack
    text = text.str.replace_all(DAY_SO_FAR, " today ").str.replace_all(PERFECT_OF_ONE_ATTACK, "${1}")
    if sentence is None:
        return (
            pl.when(text.str.contains(PERIOD_SINCE))
            .then(pl.lit("period"))
            .when(text.str.contains(CUMULATIVE) | text.str.contains(PERFECT_VERB))
            .then(pl.lit("cumulative"))
            .when(text.str.contains(PERIOD))
            .then(pl.lit("period"))
            .otherwise(pl.lit("event"))
        )
    text = pl.when(sentence.str.contains(WAR_AGE_OPENER)).then(text.str.replace(_WAR_AGE_DAYS, " ")).otherwise(text)
    text = text.str.replace_all(NIGHT_OF_TWO_DAYS, " overnight ")
    # a running-total cue that only a superlative of the sentence holds ("deployed 407 drones in a single night - the
    # highest number since the invasion began") is none, also where the figure's context starts after the
    # superlative's word ("one of the largest-scale attacks since the start of the war, with ... 42 drones")
    cumulative = text.str.contains(CUMULATIVE) & sentence.str.replace_all(SUPERLATIVE, " ").str.contains(CUMULATIVE)
    cumulative = cumulative | (
        text.str.contains(SINCE_MONTH) & text.str.contains(PERFECT_VERB)
        & sentence.str.replace_all(SUPERLATIVE, " ").str.contains(SINCE_MONTH)
    )
    perfect_clause = sentence.str.extract(ascii_bounds(r"(?i)(\b(?:has|have)\s[^,;]*)")).fill_null("")
    one_night = perfect_clause.str.contains(ONE_NIGHT) | perfect_clause.str.contains(ONE_DAY)
    # "have shot down 11 drones in the Mykolaiv and Odesa regions": the place of one attack
    one_night = one_night | (
        perfect_clause.str.replace_all(PERFECT_COUNTRY, "x").str.contains(PERFECT_PLACE)
        & ~perfect_clause.str.contains(PERFECT_TOTAL_WORDS)
    )
    one_night = one_night | (sentence.str.contains(PERFECT_PLACED_AFTER_TAG) & ~perfect_clause.str.contains(PERFECT_TOTAL_WORDS))
    # "As of 9:00 a.m., air defences have destroyed 50 drones": the night's tally up to the morning
    one_night = one_night | sentence.str.contains(AS_OF_CLOCK) | sentence.str.contains(DAY_SO_FAR)
    return (
        pl.when(text.str.contains(PERIOD_SINCE))
        .then(pl.lit("period"))
        .when(cumulative)
        .then(pl.lit("cumulative"))
        .when(text.str.contains(SINGLE_ATTACK) | text.str.contains(ONE_ATTACK_WHEN))
        .then(pl.lit("event"))
        # before the perfect: "has used 550 bombs this week" is the week's
        .when(text.str.contains(PERIOD))
        .then(pl.lit("period"))
        .when(text.str.contains(PERFECT_VERB) & ~one_night)
        .then(pl.lit("cumulative"))
        .otherwise(pl.lit("event"))
    )


def scope_context() -> pl.Expr:
    """The words that can set a figure's scope: the text since the previous
    figure, the rest of its own clause, and a sentence-opening "In October," / "Since ...,".
    """
    opening = pl.col("sentence").str.extract(
        r"^((?:In|During|Since|Throughout|Over|So\s+far|Last|This|From)\b[^,]{0,60}),"
    ).fill_null("")
    return pl.concat_str(
        [opening, pl.col("pre").str.extract(r"([^;]*)$"), pl.col("post").str.extract(r"^([^,;]*)")], separator=" "
    )
