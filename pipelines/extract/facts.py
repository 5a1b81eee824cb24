"""Articles in, facts out: the one entry point to figure extraction."""

import polars as pl

from pipelines.contract import ARTICLE_SCHEMA, FACT_SCHEMA, conform, empty_facts
from pipelines.extract.aid import extract_aid
from pipelines.extract.casualties import extract_casualties
from pipelines.extract.dates import WEEKDAYS, article_dates
from pipelines.extract.sentences import headline_line, split_sentences
from pipelines.extract.strikes import extract_strikes
from pipelines.extract.topic import add_off_topic

EXTRACTOR_VERSION = "0.19.0"

# Articles per extraction batch: bounds memory, and each batch is one
# transaction. Each call also pays a fixed ~0.5 s (polars compiles the rules'
# regexes again, more than its cache holds, and plans every step), so smaller
# batches cost more per article; bench/bench_extract.py measures this size
# (about 2,200 articles/s per core on 2026-12-04's machine).
BATCH_SIZE = 10_000

__all__ = ["ARTICLE_SCHEMA", "BATCH_SIZE", "EXTRACTOR_VERSION", "drop_restated_headlines", "extract_facts"]

def drop_restated_headlines(facts: pl.DataFrame) -> pl.DataFrame:
    """`facts` without the figures of a headline line that the story's body states again.

    A headline names no day and so takes the publication's; the body says which night it was ("50 of 70
    drones Russia launched overnight on March 13"). The body's statement is the fact; the headline's would be a
    second one, a day off. A headline figure the body does not restate stays.
    """
    if facts.is_empty():
        return facts
    headline = headline_line(pl.col("evidence"))
    figure = [
        pl.col("article_id"),
        pl.col("fact_type"),
        pl.coalesce(pl.col("count").cast(pl.Float64), pl.col("amount")).fill_null(-1.0).alias("_figure"),
        pl.col("weapon_class").fill_null(""),
        pl.col("attacker").fill_null(""),
        # an aid amount is restated only in its own currency: "EUR 1 billion" is no "1 billion Canadian dollars"
        pl.col("currency").fill_null(""),
    ]
    flagged = facts.with_columns(headline.alias("_headline"))
    if not flagged.get_column("_headline").any():
        return facts
    restated = (~pl.col("_headline")).any().over(figure)
    flagged = flagged.filter(~(pl.col("_headline") & restated))
    return _drop_rounded_headline_strikes(flagged).drop("_headline")


# How far a headline's rounded strike figure ("about 50 drones") may lie from the body's, and, rounded down with "more
# than" or "over" ("Ukraine downs more than 25 drones" over the body's 26, "over 20 drones" over its 24), how far above
# it the body's figure may lie (as for aid amounts: `aid.HEADLINE_ROUNDING`)
HEADLINE_STRIKE_ROUNDING = 0.1
HEADLINE_STRIKE_ROUNDING_UP = 0.2


def _drop_rounded_headline_strikes(flagged: pl.DataFrame) -> pl.DataFrame:
    """`flagged` (with `_headline`) without a headline's strike figure that rounds a figure the body states of the
    same type, class and side (FACTS.md 4: the headline is that one fact, the body's)."""
    strike = pl.col("fact_type").is_in(STRIKE_TYPES)
    same = ["article_id", "fact_type", "_class", "_side"]
    keys = [pl.col("weapon_class").fill_null("").alias("_class"), pl.col("attacker").fill_null("").alias("_side")]
    indexed = flagged.with_row_index("_row")
    heads = indexed.filter(pl.col("_headline") & strike & (pl.col("qualifier") != "exact")).select(
        "_row", "article_id", "fact_type", *keys, "qualifier", "count"
    )
    if heads.is_empty():
        return flagged
    body = indexed.filter(~pl.col("_headline") & strike).select(
        "article_id", "fact_type", *keys, pl.col("count").alias("_body_count")
    )
    gap = (pl.col("_body_count") - pl.col("count")).cast(pl.Float64)
    rounded = (
        heads.join(body, on=same, how="inner")
        .filter(
            (gap.abs() <= pl.col("count") * HEADLINE_STRIKE_ROUNDING)
            | ((pl.col("qualifier") == "at_least") & (gap >= 0) & (gap <= pl.col("count") * HEADLINE_STRIKE_ROUNDING_UP))
        )
        .select("_row")
        .unique()
    )
    return indexed.join(rounded, on="_row", how="anti", maintain_order="left").drop("_row")


TOLL_TYPES = ("killed", "injured", "clash")
# a headline's "more than 20" over the body's "at least 21": the headline rounds the body's figure down
ROUNDED_DOWN_BY_AT_MOST = 1.25


def drop_rounded_headline_tolls(facts: pl.DataFrame, articles: pl.DataFrame | None = None) -> pl.DataFrame:
    """`facts` without a headline's toll that its body states again or rounds down (FACTS.md section 4).

    "Russian missile strike kills more than 20" over a body's "killed at least 21 people", and "More than 190
    combat clashes" over the General Staff's "191 combat clashes", are the body's one figure: the headline's
    "more than N" is dropped when the body states a figure of its type a little above N (up to a quarter more).
    The article's title repeated as its first line is a headline however long it is or however it ends ("84
    combat clashes take place during the day. General Staff tells ..."): its toll, said again by the body, is
    the body's.
    """
    if facts.is_empty():
        return facts
    headline = headline_line(pl.col("evidence"))
    if articles is not None and "title" in articles.columns:
        titles = articles.select("article_id", pl.col("title").str.strip_chars().alias("_title")).unique("article_id")
        facts = facts.join(titles, on="article_id", how="left", maintain_order="left")
        evidence = pl.col("evidence").str.strip_chars()
        # (a title's first sentence: the splitter cuts a title at its full stop)
        headline = headline | (
            pl.col("_title").is_not_null()
            & (evidence.str.len_chars() >= 20)
            & ((pl.col("_title") == evidence) | pl.col("_title").str.starts_with(evidence))
        )
    indexed = facts.with_row_index("_row").with_columns(headline.fill_null(False).alias("_headline"))
    tolls = pl.col("fact_type").is_in(TOLL_TYPES) & (pl.col("scope") == "event")
    heads = indexed.filter(tolls & pl.col("_headline")).select(
        "_row", "article_id", "fact_type", pl.col("count").alias("_head_count"), pl.col("qualifier").alias("_head_qual")
    )
    if heads.is_empty():
        return facts.drop("_title", strict=False)
    body = indexed.filter(tolls & ~pl.col("_headline")).select("article_id", "fact_type", pl.col("count").alias("_body_count"))
    rounded = (
        heads.join(body, on=["article_id", "fact_type"])
        .filter(
            (pl.col("_body_count") == pl.col("_head_count"))
            | (
                (pl.col("_head_qual") == "at_least")
                & (pl.col("_body_count") > pl.col("_head_count"))
                & (pl.col("_body_count") <= pl.col("_head_count") * ROUNDED_DOWN_BY_AT_MOST)
            )
        )
        .select("_row")
        .unique()
    )
    return indexed.join(rounded, on="_row", how="anti", maintain_order="left").drop("_row", "_headline", "_title", strict=False)


STRIKE_TYPES = ("launched", "intercepted", "lost")
# a place as written, reduced for comparing restatements: "the Kursk Region", "Kursk region" and "Kursk oblast"
# are one place
_PLACE_NOISE = r"(?i)^(?:the\s+)|\s+(?:region|oblast|province|krai|republic)$"


def _place_key(place: pl.Expr) -> pl.Expr:
    return place.str.strip_chars().str.replace_all(_PLACE_NOISE, "").str.to_lowercase()


def drop_restated_places(facts: pl.DataFrame) -> pl.DataFrame:
    """`facts` without a strike figure restated with a place its first statement did not read.

    A TASS lede "shot down 12 drones in the airspace over the Belgorod Region and four more over the Bryansk Region"
    and the ministry's quote after it, "Twelve ... were destroyed over the territory of the Belgorod Region and four
    over the Bryansk Region", state two figures, not four (FACTS.md section 4). The statement without a place is
    dropped when the same figure has a place elsewhere in the article that its own sentence names.
    """
    if facts.is_empty():
        return facts
    figure = ["article_id", "fact_type", "attacker", "weapon_class", "count", "event_date", "scope"]
    placed = (
        facts.filter(pl.col("fact_type").is_in(STRIKE_TYPES) & pl.col("place").is_not_null())
        .select(*figure, _place_key(pl.col("place")).alias("_place"), pl.col("evidence_start").alias("_placed_at"))
        .unique()
    )
    if placed.is_empty():
        return facts
    indexed = facts.with_row_index("_row")
    restated = (
        indexed.filter(pl.col("fact_type").is_in(STRIKE_TYPES) & pl.col("place").is_null())
        .join(placed, on=figure, how="inner", nulls_equal=True)
        # ... in another sentence: a place-less item of the placed one's own list ("one over the Kursk Region and
        # another one over the Black Sea") is another figure
        .filter(
            (pl.col("evidence_start") != pl.col("_placed_at"))
            & (
                pl.col("evidence").str.to_lowercase().str.contains(pl.col("_place"), literal=True)
                # Kyiv named as the capital: "31 missiles over Kyiv", then "31 missiles were tracked in the capital's
                # airspace" (one place, as "in the capital" and "in Kyiv" are for a toll)
                | (pl.col("_place").is_in(["kyiv", "kiev"]) & pl.col("evidence").str.contains(r"(?i)\bthe\s+capital\b"))
            )
        )
        .select("_row")
        .unique()
    )
    return indexed.join(restated, on="_row", how="anti", maintain_order="left").drop("_row")


# a day or a night named in a sentence: a weekday, "yesterday", "overnight", "last night", a day of a month
_NAMES_A_DAY = (
    rf"(?i)\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|overnight"
    r"|last\s+night|this\s+morning|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
)


def drop_undated_strike_restatements(facts: pl.DataFrame) -> pl.DataFrame:
    """`facts` without a strike figure restated, in a sentence that names no day, beside a statement of it that names
    one: a photo caption's "Moscow launched 83 drones into Ukraine" and the body's "On Tuesday, Kyiv said Russia had
    launched 83 drones" are one fact, the Saturday's (FACTS.md 4: a restatement that names no day of its own is the
    same fact as the statement that names one, whatever day its article would date it by)."""
    strike = pl.col("fact_type").is_in(STRIKE_TYPES)
    if facts.is_empty() or not facts.select(strike.any()).item():
        return facts
    figure = ["article_id", "fact_type", "attacker", "weapon_class", "weapon", "count", "scope", "place"]
    names_a_day = pl.col("evidence").str.contains(_NAMES_A_DAY)
    flagged = facts.with_columns(names_a_day.alias("_names_a_day"))
    group = {"partition_by": figure}
    restated = (
        strike
        & ~pl.col("_names_a_day")
        & pl.col("_names_a_day").any().over(**group)
        & (pl.col("event_date").n_unique().over(**group) > 1)
    )
    return flagged.filter(~restated.fill_null(False)).drop("_names_a_day")


def drop_modelless_strike_restatements(facts: pl.DataFrame) -> pl.DataFrame:
    """`facts` without a strike figure restated, in another sentence, without the model a statement of it names: the
    ministry's "air defences destroyed 10 missiles over the Belgorod region" beside "intercepted 10 Vilkha rockets over
    the Belgorod region" is one fact, the one naming the model (FACTS.md 4). Only the same side, class, count and scope, the
    same day (or none named in the model-less sentence), and a place that does not differ; a model-less figure of the model's own sentence is another part of it."""
    strike = pl.col("fact_type").is_in(STRIKE_TYPES)
    if facts.is_empty() or not facts.select((strike & pl.col("weapon").is_not_null()).any()).item():
        return facts
    figure = ["article_id", "fact_type", "attacker", "weapon_class", "count", "scope"]
    named = (
        facts.filter(strike & pl.col("weapon").is_not_null())
        .select(*figure, _place_key(pl.col("place")).alias("_named_place"),
                pl.col("evidence_start").alias("_named_at"), pl.col("event_date").alias("_named_date"))
    )
    indexed = facts.with_row_index("_row")
    restated = (
        indexed.filter(strike & pl.col("weapon").is_null())
        .join(named, on=figure, how="inner", nulls_equal=True)
        .filter(
            (pl.col("evidence_start") != pl.col("_named_at"))
            # the same day, or none named in the model-less sentence (dated by its article, not by its own words)
            & (
                (pl.col("event_date") == pl.col("_named_date")).fill_null(False)
                | ~pl.col("evidence").str.contains(_NAMES_A_DAY)
            )
            & (
                pl.col("place").is_null()
                | pl.col("_named_place").is_null()
                | (_place_key(pl.col("place")) == pl.col("_named_place"))
            )
        )
        .select("_row")
        .unique()
    )
    return indexed.join(restated, on="_row", how="anti", maintain_order="left").drop("_row")


# the modifier letter apostrophe (U+02BC), typed by some Ukrainian outlets for the apostrophe
MODIFIER_APOSTROPHE = "\u02bc"


def extract_facts(articles: pl.DataFrame) -> pl.DataFrame:
    """Facts (FACT_SCHEMA) stated in `articles` (ARTICLE_SCHEMA columns)."""
    if articles.is_empty():
        return empty_facts()
    # the modifier letter apostrophe some Ukrainian outlets type ("Ukraineʼs", "yesterdayʼs attack") reads as the
    # apostrophe the rules know; one character for one, so offsets hold and each evidence is cut from the text as given
    modified = articles.filter(pl.col("text").str.contains(MODIFIER_APOSTROPHE, literal=True))
    if not modified.is_empty():
        articles = articles.with_columns(pl.col("text").str.replace_all(MODIFIER_APOSTROPHE, "\u2019", literal=True))
        return _evidence_as_given(_extract_facts(articles), modified)
    return _extract_facts(articles)



def _evidence_as_given(facts: pl.DataFrame, originals: pl.DataFrame) -> pl.DataFrame:
    """Each evidence of an article in `originals` cut again from that article's own text, by its offsets."""
    given = originals.select("article_id", pl.col("text").alias("_given"))
    return (
        facts.join(given, on="article_id", how="left")
        .with_columns(
            pl.when(pl.col("_given").is_not_null() & pl.col("evidence_start").is_not_null() & pl.col("evidence_end").is_not_null())
            .then(pl.col("_given").str.slice(pl.col("evidence_start"), pl.col("evidence_end") - pl.col("evidence_start")))
            .otherwise(pl.col("evidence"))
            .alias("evidence")
        )
        .drop("_given")
    )


def _extract_facts(articles: pl.DataFrame) -> pl.DataFrame:
    sentences = split_sentences(articles)
    # strikes and casualties both skip sentences about other conflicts: flag them once; and both date figures by the
    # article's lede and by "that day": read those once too
    flagged = add_off_topic(sentences)
    dates = article_dates(flagged)
    parts = [
        conform(extract_strikes(flagged, dates)),
        conform(extract_casualties(flagged, dates)),
        conform(extract_aid(sentences)),
    ]
    facts = drop_rounded_headline_tolls(drop_restated_headlines(pl.concat(parts, how="vertical")), articles)
    # FACTS.md: the same figure repeated in one article is one fact; keep its
    # first statement.
    # (which rule read it, and how sure, do not make it another figure)
    key = [
        c for c in FACT_SCHEMA
        if c not in ("evidence", "evidence_start", "evidence_end", "note", "attribution", "rule_id", "confidence")
    ]
    # ... also when its place is written differently ("the Kursk Region", "Kursk region")
    # (a restatement that names no day, beside one that does, before the first statement of each figure is kept: the
    # undated one is not that first statement)
    facts = drop_modelless_strike_restatements(drop_undated_strike_restatements(drop_restated_places(facts))).with_columns(
        _place_key(pl.col("place")).alias("_place")
    )
    key = ["_place" if c == "place" else c for c in key]
    # (stable: two facts of one sentence keep the order their rules gave them, run after run)
    facts = facts.sort("article_id", "evidence_start", maintain_order=True)
    # a strike sentence's facts are already one per figure (`strikes._one_fact_per_figure`): two equal figures of
    # one sentence are two parts ("two ballistic and two cruise missiles"), so only a later sentence restates one
    strike = pl.col("fact_type").is_in(STRIKE_TYPES)
    # ... and a strike figure restated less precisely ("at least 25 drones", later "using 25 drones"; "launched 12 out of
    # 20 missiles", then "more than 20 cruise missiles") is that one figure: its qualifier makes no other one
    strike_key = [c for c in key if c != "qualifier"]
    first_said = pl.col("evidence_start") == pl.col("evidence_start").min().over(strike_key)
    # an aid sentence's equal figures that `aid` kept apart are two sums ("$3 billion in humanitarian relief and another
    # $3 billion in military financing"): as for strikes, only a later sentence restates one
    aid = pl.col("fact_type") == "aid"
    aid_first_said = pl.col("evidence_start") == pl.col("evidence_start").min().over(key)
    # a toll restated in a later sentence is judged by `casualties._without_restatements`, which reads what these
    # fields do not (the places a sentence names, "two more", "Separately,"): "killed three people" in Kharkiv and
    # "also killed three" in Odesa agree in every field here but are two figures; so no toll is dropped here
    return (
        pl.concat([facts.filter(strike & first_said), facts.filter(aid & aid_first_said), facts.filter(~strike & ~aid)])
        .sort("article_id", "evidence_start", maintain_order=True)
        .drop("_place")
    )
