"""Numbers in news text: number words, qualifiers, and "number mentions".

Rules (data in `lexicon/number_words.csv` and `lexicon/qualifiers.csv`):

* Number words become digits before anything else reads the text ("six" -> 6,
  "a dozen" -> 12, "a single" -> 1); "the single X" and "every one of the N"
  become "all 1 X" / "all N" because they state a whole group.
* Figures that are not counts are masked with a leading "#" so that no rule
  sees them as a number: days of a month ("September #28"), years
  ("#2023"), ages ("aged #41", "a woman, #78,"), times ("#10:30") and numbers
  followed by a unit (hours, years, km, %, percent, million...); "no one" and
  "not one" are no count. Vague words ("dozens", "several", "hundreds") are not
  numbers at all; "a dozen" and "two dozen" are. `mask_age_lists` masks the
  rest of a list of ages ("aged #27 and #58", "#44, #24 and #47 years old").
* A qualifier is the phrase right before a number: "more than/over/at least"
  -> at_least, "about/around/roughly/some/nearly" -> approx, "up to" ->
  at_most, nothing -> exact.

`number_mentions` cuts every sentence into mentions: the text since the
previous mention (`pre`), an optional qualifier, the number, an optional
"of (the) M" second number, and an optional noun phrase ending in one of the
caller's nouns (drones, missiles, people...); `post` is the text up to the
next mention. Extractors classify mentions with vectorised string rules on
those columns. Everything here is polars expressions, no per-row Python.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.extract.frames import only_where

LEXICON = Path(__file__).parent / "lexicon"


def ascii_bounds(pattern: str) -> str:
    """`pattern` with ASCII word boundaries.

    A Unicode `\\b` stops the regex engine's fast DFA on any non-ASCII text
    (curly quotes, dashes), which news text is full of; English words are
    ASCII, so an ASCII boundary means the same here and is several times faster.
    """
    return pattern.replace(r"\b", r"(?-u:\b)")


# A count in digits: "1,000", "2.4", "44". Followed by a word boundary so
# "14th" or "Tu-95MS" never read as numbers (their digits run into letters).
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

MONTHS = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)

# Words that never sit between a count and the noun it counts ("44 were shot down by drones",
# "one of its biggest drone attacks"): a noun found after one of them is not the figure's noun.
MODIFIER_STOP_WORDS = (
    r"(?i)\b(?:were|was|is|are|been|be|had|have|has|did|do|does|as|by|in|on|at|to|from|over|into|onto|when|while"
    r"|that|which|who|of|the|its|their|his|her|our|people|after|before|during|since|than|with|without|for|per"
    r"|a|an|it|they|we|he|she|said|says)\b"
)

# Units after which a number is a measure, not a count of weapons or people.
_UNITS = (
    r"%|percent|per cent|percentage points?|hours?|days?|weeks?|months?|years?|-year-old|-years-old|year-old"
    r"|-(?:month|week|day)s?-old"
    r"|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|tons?|tonnes?|kg|kilograms?|a\.m\.|p\.m\.|am\b|pm\b"
    r"|gmt|utc|hryvnias?|rubles?|roubles?|billion|million|trillion|mw|gw|degrees"
    # a count of explosions is no count of weapons or people: "FPV drones (4 explosions)", "guided bombs (2 explosions)"
    r"|explosions?\b|blasts?\b"
)


_NO_ONE = ascii_bounds(r"(?i)\b(?:no|not)[\s-]+one\b")
# "one of the largest attacks", "one of its heaviest barrages", "one of Russia's most intense assaults", "one of the
# deadliest since May", "one of several strikes": one of an uncounted group of attacks, never a count of one. A
# weapon or a person stays a count: "one of the newest missiles", "one of the oldest residents".
_ATTACK_NOUNS = (
    r"(?:attacks?|assaults?|strikes?|barrages?|battles?|raids?|bombardments?|salvos?|volleys?|waves?|swarms?"
    r"|offensives?|onslaughts?|clashes|engagements|operations?|shelling|attempts?|incidents?|nights?|days?"
    r"|tallies|episodes?|pushes|advances|counterattacks?|counteroffensives?|airstrikes?|air\s+raids?)"
)
_ONE_WAY = ascii_bounds(r"\b[Oo][Nn][Ee][\s-]+[Ww][Aa][Yy]\b")
_ONE_OF_A_KIND = ascii_bounds(
    r"(?i)\bone(\s+of\s+(?:"
    r"(?:(?:the|its|their|his|her|our|this|that)\s+|[A-Z][\w-]*(?:'s|’s)\s+|the\s+[\w-]+(?:'s|’s)\s+)"
    r"(?:(?:war|year|night|month|conflict|invasion)(?:'s|’s)\s+)?(?:[\w-]+-)?"
    r"(?:most|least|worst|[a-z]+iest|(?:larg|bigg|great|strong|fierc|long|hard|tough|high|wid|harsh|bold|grav"
    r"|dens|dark|low|intens|massiv)est)\b"
    r"|several|many|numerous|multiple|countless|a\s+(?:number|series|string|spate)\s+of)"
    # ... then the attacks, or no noun at all ("one of the deadliest since May", "one of the worst,")
    r"(?:(?:\s+[\w-]+){0,3}?\s+" + _ATTACK_NOUNS + r"\b|\s*[,.;:)]|\s+(?:on|in|since|so|yet|ever|to|against|for|of|this|that)\b))"
)
_QUOTED_NOUN_PHRASE = r"(\d\s+(?:[A-Za-z][\w-]*\s+){0,2}?)[“\"‘]([A-Za-z][\w -]{0,30}?),?[”\"’]"
_MAX_LISTED_AGES = 5
_AGE_LIST = r"(?i)(\b(?:aged|ages)\s+(?:#\d+\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|to\s+|-|–)\s*)+)(\d+)\b"
_AGE_LIST = ascii_bounds(_AGE_LIST)
_AGE_AFTER_PERSON = (
    r"(?i)(\b(?:man|woman|men|women|boy|girl|child|teenager|resident|pensioner|driver|grandmother|grandfather"
    r"|mother|father|son|daughter|husband|wife)(?:,\s*|\s*\(\s*))(\d{1,3})(\s*[,)])"
)
_AGE_AFTER_PERSON = ascii_bounds(_AGE_AFTER_PERSON)
_AGE_OF_BOTH = ascii_bounds(r"(?i)(,\s*(?:both|each|all)\s+(?:aged\s+)?)(\d{1,3})(\s*,)")
# a count of people after a list of ages is no age: "four men aged 28, 39 and 62 and two women aged ..." (held back
# from the age list by a mark the list's pattern does not read, taken out after it)
_COUNT_AFTER_AGES = ascii_bounds(
    r"(?i)(\b(?:and|or)\s+|,\s*)(\d+)(\s+(?:[a-z-]+\s+)?(?:men|women|boys|girls|children|people|persons|residents"
    r"|civilians|soldiers|teenagers|pensioners|others|more)\b)"
)
_HELD_BACK = "\u0001"
# what either age pattern needs: "aged" or "ages", or "years old" (they write no such words)
_NAMES_AN_AGE = ascii_bounds(r"(?i)\bage[sd]\b|years?[\s-]+old")
_AGES_BEFORE_YEARS_OLD = ascii_bounds(
    r"(?i)\b(\d{1,3})((?:-?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)#\d{1,3})+(?:\s*years?[\s-]+old|-years?-old))"
)


@lru_cache(maxsize=1)
def number_words() -> pl.DataFrame:
    """word -> value, longest words first (so "a dozen" wins over "a")."""
    with open(LEXICON / "number_words.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    frame = pl.DataFrame({"word": [r["word"] for r in rows], "value": [int(r["value"]) for r in rows]})
    return frame.sort(pl.col("word").str.len_chars(), descending=True)


@lru_cache(maxsize=1)
def qualifiers() -> pl.DataFrame:
    with open(LEXICON / "qualifiers.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    frame = pl.DataFrame({"phrase": [r["phrase"] for r in rows], "qualifier": [r["qualifier"] for r in rows]})
    return frame.sort(pl.col("phrase").str.len_chars(), descending=True)


# (a line break too: a list's line may open on its figure in words, "two – each over the Kaluga and Tula regions")
_LEFT_DELIMITERS = (" ", "(", "“", '"', "\n")
_RIGHT_DELIMITERS = (" ", ",", ".", ";", ":", ")", "”", '"', "-")


@lru_cache(maxsize=1)
def _number_word_replacements() -> tuple[list[str], list[str]]:
    """Literal patterns "<delimiter>word<delimiter>" -> the same with digits, longest words first."""
    words = dict(number_words().iter_rows())
    tens = {w: v for w, v in words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    units = {w: v for w, v in words.items() if 1 <= v <= 9 and " " not in w}
    # "twenty-four": compounds first, so they win over their first word
    compounds = {f"{t}-{u}": tv + uv for t, tv in tens.items() for u, uv in units.items()}
    patterns: list[str] = []
    values: list[str] = []
    for word, value in [*compounds.items(), *words.items()]:
        for left in _LEFT_DELIMITERS:
            for right in _RIGHT_DELIMITERS:
                patterns.append(f"{left}{word}{right}")
                values.append(f"{left}{value}{right}")
    return patterns, values


def qualifier_pattern() -> str:
    """Regex alternation of every qualifier phrase (no group), longest first."""
    return "|".join(p.replace(" ", r"\s+") for p in qualifiers()["phrase"])


def qualifier_expr(prefix_col: pl.Expr) -> pl.Expr:
    """Map a captured qualifier phrase ("More than", "about", null) to exact/at_least/approx/at_most.

    `prefix_col` holds the words right before a number (as captured by a
    regex built with `qualifier_pattern()`); null or empty means `exact`.
    """
    table = qualifiers()
    phrase = prefix_col.str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars()
    return phrase.replace_strict(table["phrase"], table["qualifier"], default="exact").fill_null("exact")


def parse_number_expr(text: pl.Expr) -> pl.Expr:
    """Digits as written ("1,000", "2.4", "44") -> Float64; null stays null."""
    return text.str.replace_all(",", "", literal=True).cast(pl.Float64, strict=False)


def normalize_numbers(text: pl.Expr) -> pl.Expr:
    """The text with number words as digits and non-count figures masked by "#".

    The result is only for finding figures; evidence is always taken from
    the original sentence.
    """
    # (U+FE0F, the emoji presentation selector a Telegram post's line may open on, is a space: "️One killed in ...",
    # its emoji lost, is "One killed")
    out = text.str.replace_all("\ufe0f", " ", literal=True)
    # Phrases that state a whole group; "all N" is a rule of its own downstream.
    out = out.str.replace_all(r"(?i)\bevery(?:\s+single)?\s+one\s+of\s+(them|these|those)\b", "all 0 of ${1}")
    out = out.str.replace_all(r"(?i)\bevery(?:\s+single)?\s+one\s+of\s+(?:the\s+)?", "all ")
    out = out.str.replace_all(r"(?i)\bthe\s+single\b", "all one")
    out = out.str.replace_all(r"(?i)\bthe\s+lone\b", "all one")
    # "all of them were shot down" states the whole figure before it; 0 marks "the same number"
    out = out.str.replace_all(r"(?i)\ball\s+of\s+(them|these|those|which)\b", "all 0 of ${1}")
    out = out.str.replace_all(r"(?i)\bboth\s+(?:of\s+them\s+)?(were|was|had|have)\b", "all 0 ${1}")
    # "no one was hurt", "not one missile reached Kyiv": no count of one
    out = out.str.replace_all(_NO_ONE, "nobody")
    out = out.str.replace_all(_ONE_OF_A_KIND, "#1${1}")
    # "Shahed one-way attack drones", "one way attack UAVs": a kind of drone, not a count of one (left as a
    # modifier word, so the figure before it still reaches its noun)
    out = out.str.replace_all(_ONE_WAY, "oneway")
    # all number words in one Aho-Corasick pass; the text is padded with spaces so
    # every word has a delimiter on both sides ("six," "(six" "Six people")
    patterns, values = _number_word_replacements()
    padded = pl.concat_str([pl.lit(" "), out, pl.lit(" ")])
    out = padded.str.replace_many(patterns, values, ascii_case_insensitive=True, leftmost=True)
    # (the padding off again without reading `out` twice: an expression is evaluated each time it appears)
    out = out.str.slice(1).str.head(-1)
    # "13 “kamikaze” drones", "67 “air targets”", "10 ‘Shahed drones,’": quotation marks around the words of a
    # figure's noun phrase are no break between the figure and its noun
    out = out.str.replace_all(_QUOTED_NOUN_PHRASE, "${1}${2}")
    # days of a month, both orders, and a year after them ("September 28, 2023")
    # (not a count right after a day written first: "on 6 May six civilians were killed" is the sixth of May and six
    # people, not "6 May" and "May 6")
    out = out.str.replace_all(r"(?i)(^|[^\d\s]|[^\d]\s+)\b(" + MONTHS + r"\s+)(\d{1,2})\b", "${1}${2}#${3}")
    out = out.str.replace_all(r"(?i)\b(\d{1,2})(\s*(?:-|–|to|and)\s*)(\d{1,2})(\s+" + MONTHS + r")\b", "#${1}${2}#${3}${4}")
    out = out.str.replace_all(r"(?i)\b(\d{1,2})(\s+" + MONTHS + r")\b", "#${1}${2}")
    out = out.str.replace_all(r"(#\d{1,2}\s*(?:-|–|to|and|into)\s*)(\d{1,2})\b", "${1}#${2}")
    out = out.str.replace_all(r"\b((?:19|20)\d\d)\b", "#${1}")
    # ages and measures
    out = out.str.replace_all(r"(?i)\b(aged|age of|ages of)(\s+)(\d+)", "${1}${2}#${3}")
    # an age set off by commas or brackets after a person: "a woman, 78, was killed", "a man (45)"
    out = out.str.replace_all(_AGE_AFTER_PERSON, "${1}#${2}${3}")
    # "Victoria and Bohdan, both 34, were found dead": the age of the people just named
    out = out.str.replace_all(_AGE_OF_BOTH, "${1}#${2}${3}")
    # (not a clock time's minutes: "9:50 p.m." is one time, masked whole below)
    out = out.str.replace_all(r"(?i)(^|[^\w#.,:])(\d[\d,.]*)(\s*(?:" + _UNITS + r"))", "${1}#${2}${3}")
    # a clock time is one masked figure: "19:00" -> "#19:00" (not "1#9:00", which leaves a count of 1)
    out = out.str.replace_all(r"(^|[^\d#])(\d{1,2}:\d\d)", "${1}#${2}")
    return out.name.keep()


def mask_age_lists(norm: pl.Expr) -> pl.Expr:
    """Text from `normalize_numbers` with the rest of a list of ages masked too: "aged #27 and #58",
    "aged #30, #41 and #56", "#44, #24 and #47 years old", "#65- and #70-year-old".

    Each pass masks one more age of a list, so this costs several passes over the text: callers
    that read people (casualties) run it on their few candidate sentences, not on every sentence; and the passes
    read only the texts that name an age ("aged", "ages", "years old"), which both patterns need. (`norm` is read
    more than once: pass a column.)
    """

    def masked(text: pl.Expr) -> pl.Expr:
        text = text.str.replace_all(_COUNT_AFTER_AGES, "${1}" + _HELD_BACK + "${2}${3}")
        for _ in range(_MAX_LISTED_AGES):
            text = text.str.replace_all(_AGE_LIST, "${1}#${2}").str.replace_all(_AGES_BEFORE_YEARS_OLD, "#${1}${2}")
        return text.str.replace_all(_HELD_BACK, "", literal=True)

    return only_where(norm.str.contains(_NAMES_AN_AGE), norm, masked)


def number_mentions(
    frame: pl.DataFrame,
    text_col: str,
    noun_pattern: str,
    max_modifiers: int = 6,
    keep: tuple[str, ...] = (),
) -> pl.DataFrame:
    """One row per number in `text_col` (already passed through `normalize_numbers`).

    Columns: `row_id` (position of the source row), `mention_idx`, the `keep`
    columns, and for each mention `pre` (text since the previous mention),
    `qual_text`, `count` (first number), `qual2_text`/`count2` (the M of
    "N of (the) M X"), `of_ref` (the "of the/them" in "N of the X"),
    `modifiers` + `noun` (the noun phrase, when one of `noun_pattern` follows
    within `max_modifiers` words; `hyphenated` when glued as in "81-missile"),
    and `post` (text up to the next mention).
    Matching is case-insensitive; `noun_pattern` must not contain capture groups.
    """
    qual = qualifier_pattern()
    modifier = r"[A-Za-z(][\w'’/.()-]*,?"
    # the figure and the words that go with it; a mention is the text since the previous one (`pre`, up to the start
    # of the text or a space, bracket, quote or dash) and then these
    figure = (
        rf"(?:(?P<qual>{qual})\s+)?(?P<num>{NUMBER})\b"
        rf"(?P<pair>\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?P<qual2>{qual})\s+)?(?P<num2>{NUMBER})\b)?"
        # "81-missile strike": a noun glued to the number by a hyphen, no modifiers
        rf"(?:-(?P<hnoun>{noun_pattern})\b"
        r"|\s+(?P<ofref>of\s+(?:the|them|these|those)\s+)?"
        rf"(?P<mods>(?:{modifier}\s+){{0,{max_modifiers}}}?)(?P<noun>{noun_pattern})\b)?"
    )
    before_figure = r"(?:^|[\s(\[“\"'—–])"
    pattern = ascii_bounds(r"(?is)(?P<pre>.*?" + before_figure + ")" + figure)
    rows = frame.with_row_index("row_id").select("row_id", *keep, pl.col(text_col).alias("_text"))
    matched = rows.with_columns(pl.col("_text").str.extract_all(pattern).alias("_match")).explode("_match")
    matched = matched.filter(pl.col("_match").is_not_null())
    if matched.is_empty():
        return _empty_mentions(rows, keep)
    stop = ascii_bounds(MODIFIER_STOP_WORDS)
    # After the explode the mentions of one row are contiguous and in text order, so positions
    # and running lengths within a row come from whole-column sums less the value at the row's
    # first mention, and "the next mention" is the next line when it has the same row_id:
    # the same numbers as windows over row_id, without their grouping cost.
    position = pl.int_range(pl.len())
    match_len = pl.col("_match").str.len_chars().cast(pl.Int64)
    first_of_row = pl.col("row_id") != pl.col("row_id").shift(1).fill_null(-1)
    # Each match is read again for its parts: the figure's words are the first place in it, after its start or a
    # space, bracket, quote or dash, where they match (where `pre`'s lazy ".*?" stops), and `pre` is the text before
    # them (and before anything after them, `_after`, none in a whole match). Their groups are read on those few
    # characters only: read with `pre` first, the engine took its slow path over the whole text before each figure.
    figure_in_match = ascii_bounds(r"(?is)" + before_figure + "(?P<_figure>" + figure + ")(?P<_after>.*)")
    matched = (
        matched.with_columns(
            pl.col("_match").str.extract_groups(figure_in_match).alias("_g"),
            (position - pl.when(first_of_row).then(position).forward_fill()).alias("mention_idx"),
            match_len.cum_sum().alias("_running"),
            match_len.alias("_len"),
        )
        .with_columns(
            (
                pl.col("_running")
                - pl.when(first_of_row).then(pl.col("_running") - pl.col("_len")).forward_fill()
            ).alias("_end")
        )
        .unnest("_g")
        .with_columns(
            pl.col("_match").str.head(
                pl.col("_match").str.len_chars() - pl.col("_figure").str.len_chars() - pl.col("_after").str.len_chars()
            ).alias("pre")
        )
        .with_columns(
            # the text after this mention: the next mention's `pre`, or the tail of the text
            pl.when(pl.col("row_id").shift(-1) == pl.col("row_id"))
            .then(pl.col("pre").shift(-1))
            .fill_null(pl.col("_text").str.slice(pl.col("_end").cast(pl.Int64)))
            .alias("post")
        )
    )
    # a noun reached across a stop word is not this figure's: give the words back to `post`
    crossed = pl.col("mods").fill_null("").str.contains(stop)
    matched = matched.with_columns(
        pl.when(crossed)
        .then(pl.concat_str([pl.lit(" "), pl.col("ofref").fill_null(""), pl.col("mods"), pl.col("noun"), pl.col("post")]))
        .otherwise(pl.col("post"))
        .alias("post"),
        pl.when(crossed).then(None).otherwise(pl.col("mods")).alias("mods"),
        pl.when(crossed).then(None).otherwise(pl.col("noun")).alias("noun"),
        pl.when(crossed).then(None).otherwise(pl.col("ofref")).alias("ofref"),
    )
    return matched.select(
        "row_id",
        "mention_idx",
        *keep,
        "pre",
        pl.col("qual").alias("qual_text"),
        parse_number_expr(pl.col("num")).alias("count"),
        pl.col("qual2").alias("qual2_text"),
        parse_number_expr(pl.col("num2")).alias("count2"),
        pl.col("ofref").alias("of_ref"),
        pl.col("mods").str.strip_chars().alias("modifiers"),
        pl.coalesce("noun", "hnoun").alias("noun"),
        pl.col("hnoun").is_not_null().alias("hyphenated"),
        "post",
    )


def _empty_mentions(rows: pl.DataFrame, keep: tuple[str, ...]) -> pl.DataFrame:
    schema = {"row_id": pl.UInt32, "mention_idx": pl.Int64}
    schema.update({name: rows.schema[name] for name in keep})
    schema.update(
        {
            "pre": pl.String, "qual_text": pl.String, "count": pl.Float64, "qual2_text": pl.String,
            "count2": pl.Float64, "of_ref": pl.String, "modifiers": pl.String, "noun": pl.String,
            "hyphenated": pl.Boolean, "post": pl.String,
        }
    )
    return pl.DataFrame(schema=schema)
