"""The FACTS.md dating rules as polars expressions.

Rules, in the order a reference is read:

| wording                                         | event date                                  |
|-------------------------------------------------|---------------------------------------------|
| "on the night of September 27-28", "night of December 27 to 28" | the morning: the 28th          |
| "overnight on September 28", "early on/late on September 28", "Nov. 15", "28 September" | that day |
| "November 15 last year", "September 28, 2023"   | that year                                   |
| "on Wednesday", "Monday's attack", "early Thursday", "night of Saturday to Sunday" | the most recent such day on or before publication (the second day of a night) |
| "yesterday"                                     | the day before publication                  |
| "last night", "overnight", "this morning", "today" | the publication date                     |
| nothing                                         | the publication date (Kyiv)                 |

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

import polars as pl

from pipelines.extract.numbers import MONTHS, ascii_bounds

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = r"#?(\d{1,2})\b"

# One reference; named groups say which kind it is.
DATE_REF = (
    r"(?i)(?:(?:(?:on\s+)?the\s+)?night\s+of\s+|overnight\s+(?:on\s+|into\s+)?)?"
    rf"(?P<m1>{MONTHS})\s+#?(?P<d1>\d{{1,2}})\b"
    rf"(?:\s*(?:-|–|to|and|into)\s*(?:(?P<m2>{MONTHS})\s+)?#?(?P<d2>\d{{1,2}})\b)?"
    r"(?:,?\s+#?(?P<y1>(?:19|20)\d\d)\b|\s+(?P<ly1>last\s+year))?"
    rf"|#?(?P<d3>\d{{1,2}})(?:\s*(?:-|–|to)\s*#?(?P<d4>\d{{1,2}}))?\s+(?P<m3>{MONTHS})\b"
    r"(?:,?\s+#?(?P<y2>(?:19|20)\d\d)\b|\s+(?P<ly2>last\s+year))?"
    rf"|(?:night\s+(?:of|from)\s+{_WEEKDAY}\s+(?:to|into)\s+)?(?P<wd>{_WEEKDAY})"
    r"|(?P<rel>the\s+day\s+before\s+yesterday|yesterday|last\s+night|overnight|this\s+morning|earlier\s+today|today|tonight)"
)

_REPORTING = (
    r"(?:said|says|reported|announced|added|wrote|stated|confirmed|posted|told\s+(?:[\w'’.-]+\s+){1,3}?)"
    r"(?:\s+(?:on|in|via)\s+(?:telegram|facebook|x|twitter|(?:national\s+)?television|tv|a\s+statement|a\s+briefing))?"
    r"(?:\s+(?:late|early))?(?:\s+(?:on|in\s+the\s+\w+\s+of))?\s+"
)
# Text that names a day which is not the event day.
_NOT_EVENT_DAY = (
    # ("said Saturday's strikes" names the event, so a possessive is kept)
    rf"(?i){_REPORTING}(?:{_WEEKDAY}(?:[^'’\w]|$)|{MONTHS}\s+#?\d{{1,2}}\b)"
    rf"|^\s*[A-Z][A-Za-z .'’-]*,\s+(?:[A-Z][a-z]+,\s+)?{MONTHS}\s+#?\d{{1,2}}\b\.?\s*(?:\([\w ]+\)|/\w+/\.?)\s*[-–—]?"
)

DATE_REF = ascii_bounds(DATE_REF)
_NOT_EVENT_DAY = ascii_bounds(_NOT_EVENT_DAY)

_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}


def date_refs(text: pl.Expr) -> pl.Expr:
    """List of date references in `text`, in order, after dropping datelines and reporting days."""
    return text.str.replace_all(_NOT_EVENT_DAY, " ").str.extract_all(DATE_REF)


def _month(name: pl.Expr) -> pl.Expr:
    return name.str.to_lowercase().str.slice(0, 3).replace_strict(_MONTH_NUMBER, default=None, return_dtype=pl.Int32)


def ref_to_date(ref: pl.Expr, published: pl.Expr) -> pl.Expr:
    """The day one reference (a string matched by DATE_REF) points to, given the publication date."""
    g = ref.str.extract_groups(DATE_REF)
    pub_year = published.dt.year()

    # day-month, either order; a night range takes its second (morning) day
    month = pl.coalesce(_month(g.struct["m2"]), _month(g.struct["m1"]), _month(g.struct["m3"]))
    day = pl.coalesce(g.struct["d2"], g.struct["d1"], g.struct["d4"], g.struct["d3"]).cast(pl.Int32, strict=False)
    stated_year = pl.coalesce(g.struct["y1"], g.struct["y2"]).cast(pl.Int32, strict=False)
    last_year = pl.coalesce(g.struct["ly1"], g.struct["ly2"]).is_not_null()

    def on_year(year: pl.Expr) -> pl.Expr:
        return pl.format("{}-{}-{}", year, month, day).str.to_date("%Y-%m-%d", strict=False)

    this_year = on_year(pub_year)
    day_month = (
        pl.when(stated_year.is_not_null())
        .then(on_year(stated_year))
        .when(last_year)
        .then(on_year(pub_year - 1))
        # a day-month after publication is last year's (December night, January report)
        .when(this_year > published)
        .then(on_year(pub_year - 1))
        .otherwise(this_year)
    )

    weekday = g.struct["wd"].str.to_lowercase().replace_strict(
        {name: i + 1 for i, name in enumerate(WEEKDAYS)}, default=None, return_dtype=pl.Int32
    )
    back = (published.dt.weekday().cast(pl.Int32) - weekday + 7) % 7
    weekday_date = published - pl.duration(days=back)

    rel = g.struct["rel"].str.to_lowercase().str.replace_all(r"\s+", " ")
    rel_date = (
        pl.when(rel == "yesterday")
        .then(published - pl.duration(days=1))
        .when(rel == "the day before yesterday")
        .then(published - pl.duration(days=2))
        .otherwise(published)
    )

    return (
        pl.when(month.is_not_null() & day.is_not_null())
        .then(day_month)
        .when(weekday.is_not_null())
        .then(weekday_date)
        .when(rel.is_not_null())
        .then(rel_date)
        .otherwise(None)
        .cast(pl.Date)
    )


def date_ref_expr(text: pl.Expr, pick: str = "best") -> pl.Expr:
    """One date reference of `text` (a string, null when there is none).

    pick="first"/"last": the first/last reference; "best": the first
    day-month, else the first weekday, else the first relative word.
    """
    refs = date_refs(text)
    if pick == "first":
        return refs.list.first()
    if pick == "last":
        return refs.list.last()
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
