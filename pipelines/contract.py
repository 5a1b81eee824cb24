"""The contract between the stages: what an article is when the figure rules read it, and what a
fact is (docs/facts.md).

Ingest fills `ARTICLE_SCHEMA` rows (raw.articles holds them), the figure rules
(`pipelines/extract/`) turn them into rows of `FACT_SCHEMA`, the warehouse
loads those into the raw fact tables, and the CLI prints them. Every figure
family (strikes, casualties, clashes, aid) returns a frame with exactly these
columns, in this order; `extract.facts.extract_facts` concatenates them.
Columns that do not apply to a fact type are null.
"""

import polars as pl

FACT_TYPES = ("launched", "intercepted", "lost", "aid", "clash", "killed", "injured")
STRIKE_TYPES = ("launched", "intercepted", "lost")
CASUALTY_TYPES = ("killed", "injured")
SCOPES = ("event", "period", "cumulative")
QUALIFIERS = ("exact", "at_least", "approx", "at_most")
ATTACKERS = ("RU", "UA")
WEAPON_CLASSES = ("drone", "missile", "guided_bomb", "aerial_target")
ATTRIBUTIONS = ("national_official", "regional_official", "political", "media", "monitoring")

# An article as the figure rules read it: its text (trafilatura's, or given in
# a JSON Lines file) and what dates it.
ARTICLE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String,
    "source": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "title": pl.String,
    "text": pl.String,
}

FACT_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String,
    "fact_type": pl.String,
    "event_date": pl.Date,
    "scope": pl.String,
    "qualifier": pl.String,
    # the sentence the figure was read from, verbatim, and where it starts and
    # ends in the article text (character offsets, end exclusive)
    "evidence": pl.String,
    "evidence_start": pl.Int64,
    "evidence_end": pl.Int64,
    "place": pl.String,
    # strikes, clashes, casualties
    "count": pl.Int64,
    "attacker": pl.String,
    "weapon_class": pl.String,
    "weapon": pl.String,
    # who the figure is credited to (lexicon/actors.csv): 'national_official'
    # (air force, General Staff, commander-in-chief, a defence ministry),
    # 'regional_official' (governors, city/regional military administrations,
    # mayors, regional air commands), 'political' (president, ministers,
    # advisers), 'media' (an outlet's own estimate, a wire), 'monitoring'
    # (monitoring channels, trackers), or null when the sentence does not say
    "attribution": pl.String,
    # casualties: 'civilian', 'military', or null; clashes: null
    "victims": pl.String,
    # aid
    "amount": pl.Float64,
    "currency": pl.String,
    "amount_eur": pl.Float64,
    "amount_usd": pl.Float64,
    # how amount_eur/amount_usd were obtained: 'stated' (the article gives it),
    # 'ecb' (reference rate of rate_date), 'ecb_fallback' (nearest earlier
    # rate because the publication date had none), 'same' (already in it)
    "rate_source": pl.String,
    "rate_date": pl.Date,
    "donor": pl.String,
    "recipient": pl.String,
    "aid_type": pl.String,
    # free text: how the date or figure was derived
    "note": pl.String,
    # which rule produced the fact (see the rule tables), and how sure it is:
    # 1.0 by default, lower when an in-article consistency check fails
    "rule_id": pl.String,
    "confidence": pl.Float64,
}


def empty_facts() -> pl.DataFrame:
    return pl.DataFrame(schema=FACT_SCHEMA)


def conform(frame: pl.DataFrame) -> pl.DataFrame:
    """Add missing fact columns as nulls, cast, and order them as FACT_SCHEMA."""
    missing = [pl.lit(None, dtype=dtype).alias(name) for name, dtype in FACT_SCHEMA.items() if name not in frame.columns]
    if missing:
        frame = frame.with_columns(missing)
    return frame.select([pl.col(name).cast(dtype) for name, dtype in FACT_SCHEMA.items()])
