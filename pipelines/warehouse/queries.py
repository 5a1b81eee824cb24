"""What the Dagster assets read from the raw schema.

Each function takes a connection (`Warehouse.read()` or a transaction) and
returns plain rows or a polars frame; the assets only wire them together.
Values go in as parameters or registered Arrow tables, never as SQL text.
The writes are in loads.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import duckdb
import polars as pl

# ---------------------------------------------------------------- feeds


def feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """raw.feed_state by feed name."""
    return {row["feed_name"]: row for row in con.execute("SELECT * FROM raw.feed_state").pl().to_dicts()}


def listed_before(con: duckdb.DuckDBPyConnection, entries: pl.DataFrame) -> set[tuple[str, str]]:
    """The (article_id, feed_name) pairs of `entries` that their feed listed in an earlier poll."""
    con.register("polled", entries.select("article_id", "feed_name").to_arrow())
    try:
        seen = con.execute(
            "SELECT p.article_id, p.feed_name FROM polled p JOIN raw.feed_sightings s USING (article_id, feed_name)"
        ).fetchall()
    finally:
        con.unregister("polled")
    return set(seen)


def open_feed_gaps(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Feed gaps not filled yet, oldest first."""
    return con.execute("SELECT * FROM raw.feed_gaps WHERE filled_at IS NULL ORDER BY gap_start, feed_name").pl().to_dicts()


def feed_gap_summary(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Per feed: gaps found, filled, still open, archived articles found in them."""
    return con.execute(
        "SELECT feed_name AS feed, count(*) AS gaps_found, count(filled_at) AS filled, "
        "count(*) - count(filled_at) AS open, coalesce(sum(articles_found), 0) AS articles_found, "
        "max(gap_end) AS latest_gap_end FROM raw.feed_gaps GROUP BY feed_name ORDER BY feed_name"
    ).pl().to_dicts()


def failing_feeds(con: duckdb.DuckDBPyConnection, failures_at_least: int) -> pl.DataFrame:
    return con.execute(
        "SELECT feed_name, consecutive_failures, last_status FROM raw.feed_state WHERE consecutive_failures >= ?",
        [failures_at_least],
    ).pl()


def row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows in raw.<table>; `table` is one of ours, never content."""
    return con.execute(f"SELECT count(*) FROM raw.{table}").fetchone()[0]


# ---------------------------------------------------------------- articles to fetch

_PENDING_SQL = """
SELECT e.article_id, e.canonical_url, e.link, e.source, e.feed_name, e.published_at, e.title,
       coalesce(a.attempts, 0) AS attempts
FROM raw.feed_entries e
LEFT JOIN raw.articles a USING (article_id)
WHERE a.article_id IS NULL
   OR (a.next_attempt_after IS NOT NULL AND a.next_attempt_after <= ?)
ORDER BY e.published_at DESC NULLS LAST, e.article_id
"""


def pending_articles(con: duckdb.DuckDBPyConnection, now: datetime) -> pl.DataFrame:
    """Articles never fetched, and failed ones whose back-off is over, newest first."""
    return con.execute(_PENDING_SQL, [now]).pl()


# An article is read again when a feed changed its item (date, title or guid)
# after the page was last asked for, or while it is younger than the window.
# Only articles whose page was once kept: one that never answered is retried
# by its back-off (pending_articles), one that failed for good stays failed.
_REFETCH_SQL = """
WITH item_changes AS (
    SELECT article_id, max(item_changed_at) AS item_changed_at
    FROM raw.feed_sightings
    WHERE item_changed_at IS NOT NULL
    GROUP BY article_id
),
candidates AS (
    SELECT e.article_id, e.canonical_url, e.link, e.source, e.feed_name, e.published_at, e.title,
           a.attempts, a.version, a.html_sha256 AS kept_sha256, md5(a.text) AS kept_text_md5, a.etag, a.last_modified,
           coalesce(c.item_changed_at > coalesce(a.last_checked_at, a.fetched_at), false) AS item_changed,
           -- a null bound (no window) makes no article recent
           coalesce(coalesce(e.published_at, a.published_at, e.first_seen_at) >= ?, false) AS recent
    FROM raw.feed_entries e
    JOIN raw.articles a USING (article_id)
    LEFT JOIN item_changes c USING (article_id)
    WHERE a.html_sha256 IS NOT NULL AND a.next_attempt_after IS NULL
)
SELECT * EXCLUDE (item_changed, recent),
       CASE WHEN item_changed THEN 'feed_item_changed' ELSE 'recent' END AS refetch_reason
FROM candidates
WHERE item_changed OR recent
ORDER BY published_at DESC NULLS LAST, article_id
"""


def articles_to_refetch(con: duckdb.DuckDBPyConnection, now: datetime, window_hours: float) -> pl.DataFrame:
    """Kept articles to ask for again with a conditional GET (see _REFETCH_SQL), newest first.

    Columns of pending_articles plus version, kept_sha256, kept_text_md5 (md5
    of the kept text), etag, last_modified and refetch_reason ('feed_item_changed' or 'recent'). A window of 0 hours
    leaves only the changed feed items.
    """
    since = now - timedelta(hours=window_hours) if window_hours > 0 else None
    return con.execute(_REFETCH_SQL, [since]).pl()


def article_attempts(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> pl.DataFrame:
    """article_id, attempts, next_attempt_after of those of these articles already in raw.articles.

    An article there with no next attempt is done (fetched, or failed for
    good); one whose back-off is over is due again (see pending_articles).
    """
    con.register("candidate_ids", pl.DataFrame({"article_id": article_ids}, schema={"article_id": pl.String}).to_arrow())
    try:
        return con.execute(
            "SELECT article_id, attempts, next_attempt_after FROM raw.articles "
            "WHERE article_id IN (SELECT article_id FROM candidate_ids)"
        ).pl()
    finally:
        con.unregister("candidate_ids")


def latest_articles(con: duckdb.DuckDBPyConnection, limit: int = 10) -> pl.DataFrame:
    """The last articles fetched with a text, for a run's metadata."""
    return con.execute(
        "SELECT source, published_at, title, length(text) AS chars FROM raw.articles "
        "WHERE text_status = 'ok' ORDER BY fetched_at DESC, published_at DESC LIMIT ?",
        [limit],
    ).pl()


def text_share(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(articles with a text, all articles)."""
    return con.execute("SELECT count(*) FILTER (text_status = 'ok'), count(*) FROM raw.articles").fetchone()


# ---------------------------------------------------------------- kept pages and texts


def kept_page_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Articles whose fetched page is kept (read again offline)."""
    return [
        article_id
        for (article_id,) in con.execute(
            "SELECT article_id FROM raw.articles WHERE html_gz IS NOT NULL ORDER BY article_id"
        ).fetchall()
    ]


def kept_pages(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> pl.DataFrame:
    """article_id, canonical_url, final_url, html_gz of these articles."""
    con.register("batch_ids", pl.DataFrame({"article_id": article_ids}, schema={"article_id": pl.String}).to_arrow())
    try:
        return con.execute(
            "SELECT article_id, canonical_url, final_url, html_gz FROM raw.articles "
            "WHERE article_id IN (SELECT article_id FROM batch_ids)"
        ).pl()
    finally:
        con.unregister("batch_ids")


def articles_to_extract(con: duckdb.DuckDBPyConnection, extractor_version: str, everything: bool = False) -> list[str]:
    """Articles with a text whose facts this extractor version has not extracted (all of them with `everything`)."""
    where = "text_status = 'ok'"
    params: list = []
    if not everything:
        where += " AND (facts_extracted_at IS NULL OR extractor_version IS DISTINCT FROM ?)"
        params = [extractor_version]
    return [
        article_id
        for (article_id,) in con.execute(
            f"SELECT article_id FROM raw.articles WHERE {where} ORDER BY article_id", params
        ).fetchall()
    ]


def article_texts(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> pl.DataFrame:
    """The extractor's input for these articles: article_id, source, published_at, title, text."""
    con.register("batch_ids", pl.DataFrame({"article_id": article_ids}, schema={"article_id": pl.String}).to_arrow())
    try:
        return con.execute(
            "SELECT article_id, source, published_at, title, text FROM raw.articles "
            "WHERE article_id IN (SELECT article_id FROM batch_ids)"
        ).pl()
    finally:
        con.unregister("batch_ids")


# ---------------------------------------------------------------- facts

_FACT_PREVIEWS = {
    "fact_strikes": "SELECT event_date, fact_type, attacker, weapon_class, weapon, count, evidence "
    "FROM raw.fact_strikes ORDER BY extracted_at DESC, event_date DESC LIMIT ?",
    "fact_aid": "SELECT event_date, donor, amount, currency, amount_eur, amount_usd, evidence "
    "FROM raw.fact_aid ORDER BY extracted_at DESC, event_date DESC LIMIT ?",
    "fact_casualties": "SELECT event_date, fact_type, count, place, evidence "
    "FROM raw.fact_casualties ORDER BY extracted_at DESC, event_date DESC LIMIT ?",
    "fact_clashes": "SELECT event_date, count, place, evidence "
    "FROM raw.fact_clashes ORDER BY extracted_at DESC, event_date DESC LIMIT ?",
}


def latest_facts(con: duckdb.DuckDBPyConnection, table: str, limit: int = 10) -> list[dict]:
    """The last facts extracted into raw.<table>, for a run's metadata."""
    return con.execute(_FACT_PREVIEWS[table], [limit]).pl().to_dicts()


def strikes_without_evidence(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute(
        "SELECT count(*) FROM raw.fact_strikes WHERE evidence IS NULL OR trim(evidence) = ''"
    ).fetchone()[0]


__all__ = [
    "article_attempts",
    "article_texts",
    "articles_to_extract",
    "articles_to_refetch",
    "text_share",
    "failing_feeds",
    "feed_gap_summary",
    "feed_states",
    "kept_page_ids",
    "kept_pages",
    "latest_articles",
    "latest_facts",
    "listed_before",
    "open_feed_gaps",
    "pending_articles",
    "row_count",
    "strikes_without_evidence",
]
