"""Articles in, facts out: the one entry point to figure extraction."""

import polars as pl

from pipelines.contract import ARTICLE_SCHEMA, FACT_SCHEMA, conform, empty_facts
from pipelines.extract.aid import extract_aid
from pipelines.extract.casualties import extract_casualties
from pipelines.extract.dates import article_dates
from pipelines.extract.sentences import headline_line, split_sentences
from pipelines.extract.strikes import extract_strikes
from pipelines.extract.topic import add_off_topic

EXTRACTOR_VERSION = "0.8.0"

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
    return flagged.filter(~(pl.col("_headline") & restated)).drop("_headline")


STRIKE_TYPES = ("launched", "intercepted", "lost")
# a place as written, reduced for comparing restatements: "the Kursk Region", "Kursk region" and "Kursk oblast"
# are one place
_PLACE_NOISE = r"(?i)^(?:the\s+)|\s+(?:region|oblast|province|krai|republic)$"


def _place_key(place: pl.Expr) -> pl.Expr:
    return place.str.strip_chars().str.replace_all(_PLACE_NOISE, "").str.to_lowercase()


def drop_restated_places(facts: pl.DataFrame) -> pl.DataFrame:
    """`facts` without a strike figure restated with a place its first statement did not read.

    A TASS lede "shot down 10 drones in the airspace over the Kursk Region and three more over the Oryol Region"
    and the ministry's quote after it, "Ten ... were destroyed over the territory of the Kursk Region and three
    over the Oryol Region", state two figures, not four (FACTS.md section 4). The statement without a place is
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
            & pl.col("evidence").str.to_lowercase().str.contains(pl.col("_place"), literal=True)
        )
        .select("_row")
        .unique()
    )
    return indexed.join(restated, on="_row", how="anti", maintain_order="left").drop("_row")


def extract_facts(articles: pl.DataFrame) -> pl.DataFrame:
    """Facts (FACT_SCHEMA) stated in `articles` (ARTICLE_SCHEMA columns)."""
    if articles.is_empty():
        return empty_facts()
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
    facts = drop_restated_headlines(pl.concat(parts, how="vertical"))
    # FACTS.md: the same figure repeated in one article is one fact; keep its
    # first statement.
    # (which rule read it, and how sure, do not make it another figure)
    key = [
        c for c in FACT_SCHEMA
        if c not in ("evidence", "evidence_start", "evidence_end", "note", "attribution", "rule_id", "confidence")
    ]
    # ... also when its place is written differently ("the Kursk Region", "Kursk region")
    facts = drop_restated_places(facts).with_columns(_place_key(pl.col("place")).alias("_place"))
    key = ["_place" if c == "place" else c for c in key]
    facts = facts.sort("article_id", "evidence_start")
    # a strike sentence's facts are already one per figure (`strikes._one_fact_per_figure`): two equal figures of
    # one sentence are two parts ("two ballistic and two cruise missiles"), so only a later sentence restates one
    strike = pl.col("fact_type").is_in(STRIKE_TYPES)
    first_said = pl.col("evidence_start") == pl.col("evidence_start").min().over(key)
    return (
        pl.concat(
            [
                facts.filter(strike & first_said),
                facts.filter(~strike).unique(subset=key, keep="first", maintain_order=True),
            ]
        )
        .sort("article_id", "evidence_start", maintain_order=True)
        .drop("_place")
    )
