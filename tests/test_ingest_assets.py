"""The ingest assets against the dev corpus served on 127.0.0.1 (issue 2)."""

from __future__ import annotations

import re

import dagster as dg
import duckdb
import pytest

from pipelines.defs import ingest
from tests.conftest import DEVSET, make_resources

# Site chrome that the devset page templates wrap around every article.
CHROME = ["Accept all", "Reject non-essential", "Privacy Settings", "Newsletters", "Investigations"]


def _materialize_ingest(warehouse_path, feeds_toml):
    return dg.materialize(
        [ingest.poll_feeds_asset, ingest.articles, ingest.fetch_log],
        resources=make_resources(warehouse_path, feeds_toml),
        raise_on_error=True,
    )


def _feed_links() -> list[str]:
    links = []
    for feed in sorted((DEVSET / "feeds").glob("*.xml")):
        links += re.findall(r"<link>__BASE__/pages/(d\d+)\.html</link>", feed.read_text())
    return links


def _dump(path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "entries": con.execute("SELECT * FROM raw.feed_entries ORDER BY article_id").fetchall(),
            "articles": con.execute(
                "SELECT * EXCLUDE (fetched_at) FROM raw.articles ORDER BY article_id"
            ).fetchall(),
        }
    finally:
        con.close()


@pytest.mark.e2e
def test_every_feed_page_lands_once_with_clean_text(devset_site, devset_feeds_toml, warehouse_path, devset_articles):
    result = _materialize_ingest(warehouse_path, devset_feeds_toml)
    assert result.success
    links = _feed_links()
    con = duckdb.connect(str(warehouse_path), read_only=True)
    rows = con.execute(
        "SELECT canonical_url, text_status, text, title, published_at, html_gz IS NOT NULL FROM raw.articles"
    ).fetchall()
    statuses = con.execute("SELECT outcome, status_code FROM raw.fetch_log WHERE kind = 'article'").fetchall()
    con.close()
    by_page = {re.search(r"/pages/(d\d+)\.html", url).group(1): row for url, *row in rows}
    # every distinct page listed in a feed is there once (the duplicated link included once)
    assert sorted(by_page) == sorted(set(links))
    assert len(rows) == len(set(links))

    texts = {a["id"]: a for a in devset_articles}
    for page, (status, text, title, published_at, kept_html) in by_page.items():
        if page not in texts:  # the item whose page does not exist
            assert status == "fetch_failed"
            assert not kept_html
            continue
        assert status == "ok", page
        assert kept_html
        for paragraph in texts[page]["text"].split("\n\n"):
            assert paragraph in text, (page, paragraph[:60])
        for chrome in CHROME:
            assert chrome not in text, (page, chrome)
        assert published_at is not None
    assert ("http_error", 404) in statuses


@pytest.mark.e2e
def test_second_run_fetches_nothing_and_changes_no_row(devset_site, devset_feeds_toml, warehouse_path):
    _materialize_ingest(warehouse_path, devset_feeds_toml)
    before = _dump(warehouse_path)
    pages_fetched = sum(n for path, n in devset_site.requests.items() if path.startswith("/pages/"))
    _materialize_ingest(warehouse_path, devset_feeds_toml)
    after = _dump(warehouse_path)
    assert after == before
    # no page fetched again (the 404 page waits for its back-off), feeds answered 304
    assert sum(n for path, n in devset_site.requests.items() if path.startswith("/pages/")) == pages_fetched
    con = duckdb.connect(str(warehouse_path), read_only=True)
    outcomes = con.execute(
        "SELECT outcome, count(*) FROM raw.fetch_log WHERE kind = 'feed' GROUP BY ALL ORDER BY 1"
    ).fetchall()
    con.close()
    assert dict(outcomes) == {"ok": 7, "not_modified": 7}
