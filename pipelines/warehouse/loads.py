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

from pipelines.contract import CASUALTY_TYPES, STRIKE_TYPES
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
    """New entries only (first sighting wins); returns how many were new.

    Each new (article, feed) sighting records the item as the feed listed it,
    so that `record_item_changes` can tell when the feed changes it.
    """
    if entries.is_empty():
        return 0
    before = con.execute("SELECT count(*) FROM raw.feed_entries").fetchone()[0]
    _insert(con, "feed_entries", entries.unique("article_id", keep="first", maintain_order=True))
    _insert(
        con,
        "feed_sightings",
        entries.select(
            "article_id", "feed_name", "first_seen_at", "guid", "title", "published_at",
            pl.col("first_seen_at").alias("item_seen_at"),
        ).unique(["article_id", "feed_name"], keep="first"),
    )
    return con.execute("SELECT count(*) FROM raw.feed_entries").fetchone()[0] - before


def record_item_changes(con: duckdb.DuckDBPyConnection, entries: pl.DataFrame, now: datetime) -> list[str]:
    """Compare each polled item with the same feed's earlier listing; returns the articles whose item changed.

    An item changed when its guid, title or date differs from what that feed
    listed before (outlets re-date and retitle a story they updated). The
    sighting then records the new item and `item_changed_at`, and the
    article's raw.feed_entries row takes the changed item's guid, title,
    description and date (the latest-dated one when several feeds changed it).
    A sighting from before items were recorded (item_seen_at null) has its
    item recorded without counting as a change. Call before
    insert_feed_entries: new sightings have nothing to compare with.
    """
    if entries.is_empty():
        return []
    polled = entries.select("article_id", "feed_name", "guid", "title", "summary", "published_at").unique(
        ["article_id", "feed_name"], keep="first", maintain_order=True
    )
    con.register("polled_items", polled.to_arrow())
    try:
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE compared_items AS
            SELECT p.*, s.item_seen_at IS NOT NULL AS changed
            FROM polled_items p JOIN raw.feed_sightings s USING (article_id, feed_name)
            WHERE s.item_seen_at IS NULL
               OR p.guid IS DISTINCT FROM s.guid
               OR p.title IS DISTINCT FROM s.title
               OR p.published_at IS DISTINCT FROM s.published_at
            """
        )
        con.execute(
            """
            UPDATE raw.feed_sightings AS s
            SET guid = c.guid, title = c.title, published_at = c.published_at, item_seen_at = $now,
                item_changed_at = CASE WHEN c.changed THEN $now ELSE s.item_changed_at END
            FROM compared_items c
            WHERE s.article_id = c.article_id AND s.feed_name = c.feed_name
            """,
            {"now": now},
        )
        con.execute(
            """
            UPDATE raw.feed_entries AS e
            SET guid = c.guid, title = c.title, summary = c.summary, published_at = c.published_at,
                item_changed_at = $now
            FROM (
                SELECT * FROM compared_items WHERE changed
                QUALIFY row_number() OVER (
                    PARTITION BY article_id ORDER BY published_at DESC NULLS LAST, feed_name
                ) = 1
            ) c
            WHERE e.article_id = c.article_id
            """,
            {"now": now},
        )
        changed = [
            article_id
            for (article_id,) in con.execute(
                "SELECT DISTINCT article_id FROM compared_items WHERE changed ORDER BY 1"
            ).fetchall()
        ]
        con.execute("DROP TABLE compared_items")
    finally:
        con.unregister("polled_items")
    return changed


def upsert_articles(con: duckdb.DuckDBPyConnection, articles: pl.DataFrame) -> int:
    return _insert(con, "articles", articles.unique("article_id", keep="last"), verb="INSERT OR REPLACE")


def insert_feed_gaps(con: duckdb.DuckDBPyConnection, gaps: list[dict]) -> int:
    """New gaps only: a gap found again (same feed and start) keeps its first row."""
    if not gaps:
        return 0
    before = con.execute("SELECT count(*) FROM raw.feed_gaps").fetchone()[0]
    con.register("incoming_gaps", pl.DataFrame(gaps, schema=FEED_GAP_SCHEMA).to_arrow())
    try:
        con.execute(
            "INSERT INTO raw.feed_gaps SELECT feed_name, gap_start, gap_end, found_at, filled_at, articles_found, note "
            "FROM incoming_gaps ON CONFLICT DO NOTHING"
        )
    finally:
        con.unregister("incoming_gaps")
    return con.execute("SELECT count(*) FROM raw.feed_gaps").fetchone()[0] - before


def update_feed_gaps(con: duckdb.DuckDBPyConnection, gaps: list[dict]) -> int:
    """What filling did: filled_at (null while open), articles_found, note."""
    for gap in gaps:
        con.execute(
            "UPDATE raw.feed_gaps SET filled_at = ?, articles_found = ?, note = ? WHERE feed_name = ? AND gap_start = ?",
            [gap["filled_at"], gap["articles_found"], gap["note"], gap["feed_name"], gap["gap_start"]],
        )
    return len(gaps)


FEED_GAP_SCHEMA = {
    "feed_name": pl.String,
    "gap_start": pl.Datetime("us", "UTC"),
    "gap_end": pl.Datetime("us", "UTC"),
    "found_at": pl.Datetime("us", "UTC"),
    "filled_at": pl.Datetime("us", "UTC"),
    "articles_found": pl.Int32,
    "note": pl.String,
}


def write_article_batch(con: duckdb.DuckDBPyConnection, batch, now: datetime) -> None:
    """One batch of fetch_articles.fetch_and_read, as the articles asset and `salvo backfill` load it."""
    # the current version is archived before its successor replaces it
    archive_article_versions(con, batch.superseded, now)
    upsert_articles(con, batch.articles)
    update_article_checks(con, batch.checked)
    insert_fetch_log(con, batch.fetch_log)


def archive_article_versions(con: duckdb.DuckDBPyConnection, article_ids: list[str], superseded_at: datetime) -> int:
    """Copy these articles' current rows into raw.article_versions, before a newer page replaces them."""
    if not article_ids:
        return 0
    ids = pl.DataFrame({"article_id": article_ids}, schema={"article_id": pl.String})
    con.register("superseded_articles", ids.to_arrow())
    try:
        # a version archived by an earlier, interrupted run is kept as it was
        con.execute(
            """
            INSERT INTO raw.article_versions
                (article_id, version, canonical_url, final_url, published_at, fetched_at, superseded_at, title,
                 text, author, page_date, html_sha256, html_gz, text_status, facts_extracted_at,
                 extractor_version)
            SELECT article_id, coalesce(version, 1), canonical_url, final_url, published_at, fetched_at, ?, title,
                   text, author, page_date, html_sha256, html_gz, text_status, facts_extracted_at,
                   extractor_version
            FROM raw.articles WHERE article_id IN (SELECT article_id FROM superseded_articles)
            ON CONFLICT DO NOTHING
            """,
            [superseded_at],
        )
    finally:
        con.unregister("superseded_articles")
    return len(article_ids)


def update_article_checks(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    """A page asked for again that did not replace the article: when, and the validators it came with.

    Rows have article_id, last_checked_at, etag, last_modified; a null
    validator keeps the stored one (a 304 need not repeat them).
    """
    if not rows:
        return 0
    checks = pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "last_checked_at": pl.Datetime("us", "UTC"),
            "etag": pl.String,
            "last_modified": pl.String,
        },
    ).unique("article_id", keep="last")
    con.register("article_checks", checks.to_arrow())
    try:
        con.execute(
            """
            UPDATE raw.articles AS a
            SET last_checked_at = c.last_checked_at,
                etag = coalesce(c.etag, a.etag), last_modified = coalesce(c.last_modified, a.last_modified)
            FROM article_checks c WHERE a.article_id = c.article_id
            """
        )
    finally:
        con.unregister("article_checks")
    return checks.height


def update_reread_text(con: duckdb.DuckDBPyConnection, fresh: pl.DataFrame) -> int:
    """Texts read again from kept pages replace the stored ones; their facts are then extracted again."""
    if fresh.is_empty():
        return 0
    con.register("fresh", fresh.to_arrow())
    try:
        con.execute(
            """
            UPDATE raw.articles AS a
            SET title = coalesce(f.title, a.title), text = f.text, author = f.author, page_date = f.page_date,
                text_status = f.text_status, error = f.error, facts_extracted_at = NULL
            FROM fresh f WHERE a.article_id = f.article_id
            """
        )
    finally:
        con.unregister("fresh")
    return fresh.height


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
