"""Articles in, facts out: the one entry point to figure extraction."""

import polars as pl

from pipelines.contract import ARTICLE_SCHEMA, FACT_SCHEMA, conform, empty_facts
from pipelines.extract.aid import extract_aid
from pipelines.extract.casualties import extract_casualties
from pipelines.extract.sentences import split_sentences
from pipelines.extract.strikes import extract_strikes
from pipelines.extract.topic import add_off_topic

EXTRACTOR_VERSION = "0.1.0"

# Articles per extraction batch: bounds memory, and each batch is one
# transaction. Each call also pays a fixed ~0.7 s (polars compiles the rules'
# regexes again, more than its cache holds, and plans every step), so smaller
# batches cost more per article: at 5,000 the rules ran at about 1,700
# articles/s per core, at 10,000 about 2,200, for ~85 MB more at the peak
# (bench/bench_extract.py measures the same size).
BATCH_SIZE = 10_000

__all__ = ["ARTICLE_SCHEMA", "BATCH_SIZE", "EXTRACTOR_VERSION", "extract_facts"]


def extract_facts(articles: pl.DataFrame) -> pl.DataFrame:
    """Facts (FACT_SCHEMA) stated in `articles` (ARTICLE_SCHEMA columns)."""
    if articles.is_empty():
        return empty_facts()
    sentences = split_sentences(articles)
    # strikes and casualties both skip sentences about other conflicts: flag them once
    flagged = add_off_topic(sentences)
    parts = [
        conform(extract_strikes(flagged)),
        conform(extract_casualties(flagged)),
        conform(extract_aid(sentences)),
    ]
    facts = pl.concat(parts, how="vertical")
    # FACTS.md: the same figure repeated in one article is one fact; keep its
    # first statement.
    # (which rule read it, and how sure, do not make it another figure)
    key = [
        c for c in FACT_SCHEMA
        if c not in ("evidence", "evidence_start", "evidence_end", "note", "attribution", "rule_id", "confidence")
    ]
    return facts.sort("article_id", "evidence_start").unique(subset=key, keep="first", maintain_order=True)
