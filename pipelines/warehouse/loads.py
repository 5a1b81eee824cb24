"""Idempotent loads into the raw schema.

Each function takes rows from a polars frame and writes them inside the
caller's transaction (`Warehouse.transaction()`), keyed so that loading the
same rows twice changes nothing. Data goes in through registered Arrow
tables, never through SQL text, so nothing from a feed or page can change a
statement.
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import polars as pl

from pipelines.extract.schema import CASUALTY_TYPES, STRIKE_TYPES
from pipelines.warehouse.db import fault_point

FACT_TABLES = {
    "fact_strikes": list(STRIKE_TYPES),
    "fact_casualties": list(CASUALTY_TYPES),
    "fact_clashes": ["clash"],
    "fact_aid": ["aid"],
}


def _table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'raw' AND table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, verb: str = "INSERT") -> int:
    """Insert the frame's columns that the table has; returns rows offered."""
    if frame.is_empty():
        return 0
    columns = [c for c in _table_columns(con, table) if c in frame.columns]
    con.register("incoming_rows", frame.select(columns).to_arrow())
    try:
        column_list = ", ".join(f'"{c}"' for c in columns)
        # table and column names come from the schema, not from content
        con.execute(f"{verb} INTO raw.{table} ({column_list}) SELECT {column_list} FROM incoming_rows" + (
            " ON CONFLICT DO NOTHING" if verb == "INSERT" and table in ("feed_entries", "feed_sightings") else ""
        ))
    finally:
        con.unregister("incoming_rows")
    return frame.height


def insert_fetch_log(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    if not rows:
        return 0
    frame = pl.DataFrame(rows, infer_schema_length=None)
    return _insert(con, "fetch_log", frame)


def upsert_feed_state(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    if not rows:
        return 0
    return _insert(con, "feed_state", pl.DataFrame(rows, infer_schema_length=None), verb="INSERT OR REPLACE")


def insert_feed_entries(con: duckdb.DuckDBPyConnection, entries: pl.DataFrame) -> int:
    """New entries only (first sighting wins); returns how many were new."""
    if entries.is_empty():
        return 0
    before = con.execute("SELECT count(*) FROM raw.feed_entries").fetchone()[0]
    _insert(con, "feed_entries", entries.unique("article_id", keep="first", maintain_order=True))
    _insert(
        con,
        "feed_sightings",
        entries.select("article_id", "feed_name", "first_seen_at").unique(["article_id", "feed_name"], keep="first"),
    )
    return con.execute("SELECT count(*) FROM raw.feed_entries").fetchone()[0] - before


def upsert_articles(con: duckdb.DuckDBPyConnection, articles: pl.DataFrame) -> int:
    return _insert(con, "articles", articles.unique("article_id", keep="last"), verb="INSERT OR REPLACE")


def replace_facts(
    con: duckdb.DuckDBPyConnection,
    article_ids: list[str],
    facts: pl.DataFrame,
    extractor_version: str,
    extracted_at: datetime,
) -> dict[str, int]:
    """Replace all facts of these articles (a re-extraction replaces, never adds)."""
    ids = pl.DataFrame({"article_id": article_ids}, schema={"article_id": pl.String})
    con.register("extracted_articles", ids.to_arrow())
    counts: dict[str, int] = {}
    try:
        for table in FACT_TABLES:
            con.execute(f"DELETE FROM raw.{table} WHERE article_id IN (SELECT article_id FROM extracted_articles)")
        # every column in the order: two figures of one sentence (same start, same
        # type) got their ids in whatever order the batch gave them, so the same
        # fact had another id after a re-run in other batches (a crash, a backfill)
        key = ["article_id", "evidence_start", "fact_type"]
        numbered = (
            facts.sort([*key, *(c for c in facts.columns if c not in key)], nulls_last=True)
            .with_columns(
                (pl.col("article_id") + ":" + pl.int_range(pl.len()).over("article_id").cast(pl.String)).alias("fact_id"),
                pl.lit(extractor_version).alias("extractor_version"),
                pl.lit(extracted_at).cast(pl.Datetime("us", "UTC")).alias("extracted_at"),
            )
        )
        for table, types in FACT_TABLES.items():
            counts[table] = _insert(con, table, numbered.filter(pl.col("fact_type").is_in(types)))
        con.execute(
            "UPDATE raw.articles SET facts_extracted_at = ?, extractor_version = ? "
            "WHERE article_id IN (SELECT article_id FROM extracted_articles)",
            [extracted_at, extractor_version],
        )
        fault_point("fact_load")
    finally:
        con.unregister("extracted_articles")
    return counts
