"""Updated articles are read again (issue 12, item 6).

Outlets update a story in place as the air force's figures become final. A
page is asked for again, with its validators, when its feed item changes
(date, title or guid) and while it is younger than `refetch_window_hours`;
a changed page replaces the article's text and facts, the earlier version is
kept, and an unchanged one (304, or the same bytes) changes nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipelines.config import ConfigError, FetchSettings, load_feed_registry
from pipelines.ingest.fetch_articles import is_transient, page_sha256, refetch_outcome
from pipelines.ingest.http import Fetcher, FetchResult
from pipelines.warehouse import loads, queries
from pipelines.warehouse.db import Warehouse
from pipelines.warehouse.snapshot import snapshot_path_for
from tests.conftest import make_resources, write_feeds_toml

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "{published}"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/war">War</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Refetch Test Gazette</footer></body></html>
"""

DRONE_NIGHT = [
    "Russia attacked Ukraine overnight with 281 attack drones of the Shahed type and decoys, Ukraine's "
    "Air Force said in its morning update.",
    "By 09:00, air defence units had shot down {downed} of the drones over the north, east and centre of the "
    "country, the Air Force said.",
    "Falling debris damaged a warehouse and several homes in the region, local officials wrote on social media.",
]
CITY_COUNCIL = [
    "The city council voted on Tuesday to rebuild the school gymnasium before the start of the autumn term.",
    "Work on the roof is expected to begin next month, a spokeswoman for the council said.",
]
HARBOUR = [
    "The harbour authority reopened the northern pier after repairs to its lighting and mooring posts.",
    "Ferries will again call there twice a day, the authority said in a statement.",
]


# ---------------------------------------------------------------- what a page asked for again comes to


def _result(outcome: str, body: bytes | None = None, status: int | None = 200) -> FetchResult:
    return FetchResult(url="http://x/p", final_url="http://x/p", status_code=status, outcome=outcome, body=body)


def test_refetch_outcome_tells_unchanged_from_changed_pages():
    kept = page_sha256(b"<p>249 shot down</p>")
    assert refetch_outcome(kept, _result("not_modified", status=304)) == "not_modified"
    assert refetch_outcome(kept, _result("ok", b"<p>249 shot down</p>")) == "same_page"
    assert refetch_outcome(kept, _result("ok", b"<p>263 shot down</p>")) == "changed"
    assert refetch_outcome(kept, _result("http_error", status=404)) == "failed"
    assert refetch_outcome(kept, _result("timeout", status=None)) == "failed"


def test_only_passing_failures_leave_the_article_unchecked():
    assert is_transient(_result("timeout", status=None))
    assert is_transient(_result("connect_error", status=None))
    assert is_transient(_result("http_error", status=503))
    assert not is_transient(_result("http_error", status=404))
    assert not is_transient(_result("too_large"))


def _page(paragraphs: list[str], footer: str = "Refetch Test Gazette") -> bytes:
    return PAGE.format(
        title="Drones downed overnight", published="2026-03-10T06:00:00Z",
        paragraphs="".join(f"<p>{p}</p>" for p in paragraphs),
    ).replace("Refetch Test Gazette", footer).encode()


def test_only_a_changed_text_becomes_a_new_version(httpserver_ipv4):
    """Each page was kept as `before`; the server now answers as named."""
    from werkzeug import Response

    from pipelines.ingest.page_text import read_page_text
    from pipelines.ingest.fetch_articles import fetch_and_read, text_md5

    before = _page([DRONE_NIGHT[0], DRONE_NIGHT[1].format(downed=249), DRONE_NIGHT[2]])
    kept_text = read_page_text(before).text
    assert "249 of the drones" in kept_text

    def not_modified(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(before, status=200, content_type="text/html")

    server = httpserver_ipv4
    server.expect_request("/not_modified").respond_with_handler(not_modified)
    server.expect_request("/same_page").respond_with_data(before, content_type="text/html", headers={"ETag": '"v2"'})
    server.expect_request("/same_text").respond_with_data(
        _page([DRONE_NIGHT[0], DRONE_NIGHT[1].format(downed=249), DRONE_NIGHT[2]], footer="Views: 2931"),
        content_type="text/html",
    )
    server.expect_request("/new_version").respond_with_data(
        _page([DRONE_NIGHT[0], DRONE_NIGHT[1].format(downed=263), DRONE_NIGHT[2]]), content_type="text/html",
        headers={"ETag": '"v2"'},
    )
    server.expect_request("/no_text").respond_with_data(b"<html><body></body></html>", content_type="text/html")
    server.expect_request("/failed").respond_with_data("gone", status=404)
    names = ["not_modified", "same_page", "same_text", "new_version", "no_text", "failed"]
    pending = pl.DataFrame(
        [
            {
                "article_id": name, "canonical_url": server.url_for(f"/{name}"), "link": server.url_for(f"/{name}"),
                "source": "gazette", "feed_name": "gazette", "published_at": NOW, "title": name, "attempts": 1,
                "version": 1, "kept_sha256": page_sha256(before), "kept_text_md5": text_md5(kept_text),
                "etag": '"v1"', "last_modified": None,
            }
            for name in names
        ]
    )
    with Fetcher(FetchSettings(allow_hosts=(f"127.0.0.1:{server.port}",), per_host_delay_s=0, retries=0)) as fetcher:
        batches = list(fetch_and_read(pending, fetcher, now=NOW, run_id="r", workers=0))
    refetched = sum((b.refetched for b in batches), Counter())
    assert refetched == Counter(names)
    articles = pl.concat([b.articles for b in batches])
    assert articles["article_id"].to_list() == ["new_version"]
    assert articles.select("version", "etag").row(0) == (2, '"v2"')
    assert "263 of the drones" in articles["text"][0]
    assert [article_id for b in batches for article_id in b.superseded] == ["new_version"]
    checked = {row["article_id"]: row["etag"] for b in batches for row in b.checked}
    # a 404 is checked (no new validators); a page without a text keeps the old validators
    assert checked == {"not_modified": '"v1"', "same_page": '"v2"', "same_text": None, "no_text": None, "failed": None}
    assert len([row for b in batches for row in b.fetch_log]) == len(names)


# ---------------------------------------------------------------- which articles are asked for again


def _seed(db: Warehouse, articles: list[dict]) -> None:
    """One feed entry, one sighting and one article row per dict."""
    with db.connect() as con:
        for a in articles:
            url = f"http://news.test/{a['id']}"
            con.execute(
                "INSERT INTO raw.feed_entries (article_id, canonical_url, link, feed_name, source, title, "
                "published_at, first_seen_at) VALUES (?, ?, ?, 'wire', 'wire', ?, ?, ?)",
                [a["id"], url, url, a["id"], a["published_at"], a["published_at"]],
            )
            con.execute(
                "INSERT INTO raw.feed_sightings (article_id, feed_name, first_seen_at, item_seen_at, item_changed_at) "
                "VALUES (?, 'wire', ?, ?, ?)",
                [a["id"], a["published_at"], a["published_at"], a.get("item_changed_at")],
            )
            con.execute(
                "INSERT INTO raw.articles (article_id, canonical_url, source, feed_name, published_at, fetched_at, "
                "html_sha256, text_status, next_attempt_after, last_checked_at, etag) "
                "VALUES (?, ?, 'wire', 'wire', ?, ?, ?, ?, ?, ?, ?)",
                [
                    a["id"], url, a["published_at"], a.get("fetched_at", a["published_at"]),
                    a.get("html_sha256", "abc"), a.get("status", "ok"), a.get("next_attempt_after"),
                    a.get("last_checked_at"), '"v1"',
                ],
            )


def _refetch_reasons(db: Warehouse, window_hours: float = 48) -> dict[str, str]:
    with db.read() as con:
        frame = queries.articles_to_refetch(con, NOW, window_hours)
    return dict(frame.select("article_id", "refetch_reason").iter_rows())


def test_young_articles_and_changed_feed_items_are_asked_for_again(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    old = NOW - timedelta(days=5)
    _seed(
        db,
        [
            {"id": "young", "published_at": NOW - timedelta(hours=30)},
            {"id": "old", "published_at": old},
            # the feed re-dated or retitled the item after the page was last asked for
            {"id": "old_item_changed", "published_at": old, "last_checked_at": old + timedelta(hours=1),
             "item_changed_at": NOW - timedelta(hours=1)},
            # ...and before: already read again
            {"id": "old_item_changed_before", "published_at": old, "last_checked_at": NOW - timedelta(hours=2),
             "item_changed_at": NOW - timedelta(hours=3)},
            # never a page kept: the back-off retries it, not this
            {"id": "young_never_answered", "published_at": NOW - timedelta(hours=2), "html_sha256": None,
             "status": "fetch_failed", "next_attempt_after": NOW + timedelta(hours=1)},
        ],
    )
    assert _refetch_reasons(db) == {"young": "recent", "old_item_changed": "feed_item_changed"}
    # the window is a setting: shorter, the 30-hour-old article is left alone; 0 turns age off
    assert _refetch_reasons(db, window_hours=24) == {"old_item_changed": "feed_item_changed"}
    assert _refetch_reasons(db, window_hours=0) == {"old_item_changed": "feed_item_changed"}


def test_the_refetch_rows_carry_the_kept_page_and_its_validators(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    _seed(db, [{"id": "young", "published_at": NOW - timedelta(hours=1), "html_sha256": "f00d"}])
    with db.read() as con:
        row = queries.articles_to_refetch(con, NOW, 48).to_dicts()[0]
    assert (row["kept_sha256"], row["etag"], row["version"]) == ("f00d", '"v1"', 1)


def _entry(article_id: str, title: str, published_at: datetime, guid: str = "g1", feed: str = "wire") -> dict:
    return {
        "article_id": article_id, "canonical_url": f"http://news.test/{article_id}",
        "link": f"http://news.test/{article_id}", "feed_name": feed, "source": "wire", "guid": guid,
        "title": title, "summary": None, "published_at": published_at, "first_seen_at": NOW,
    }


def _poll(db: Warehouse, entries: list[dict], now: datetime) -> list[str]:
    from pipelines.ingest.poll import FEED_ENTRY_SCHEMA

    frame = pl.DataFrame(entries, schema=FEED_ENTRY_SCHEMA)
    with db.transaction() as con:
        changed = loads.record_item_changes(con, frame, now)
        loads.insert_feed_entries(con, frame)
    return changed


def test_a_redated_retitled_or_reguided_item_is_a_change(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    first = NOW - timedelta(hours=3)
    items = [_entry("a", "Drones downed", first), _entry("b", "Aid package", first), _entry("c", "Strike", first)]
    assert _poll(db, items, NOW) == []  # first sightings: nothing to compare with
    assert _poll(db, items, NOW + timedelta(hours=1)) == []  # listed again as it was
    later = NOW + timedelta(hours=2)
    changed = _poll(
        db,
        [
            _entry("a", "UPDATE: Drones downed", first + timedelta(hours=2)),
            _entry("b", "Aid package", first, guid="g2"),
            _entry("c", "Strike", first),
        ],
        later,
    )
    assert changed == ["a", "b"]
    with db.read() as con:
        entry = con.execute(
            "SELECT title, published_at, item_changed_at FROM raw.feed_entries WHERE article_id = 'a'"
        ).fetchone()
        sightings = dict(con.execute("SELECT article_id, item_changed_at FROM raw.feed_sightings").fetchall())
    assert entry == ("UPDATE: Drones downed", first + timedelta(hours=2), later)
    assert sightings == {"a": later, "b": later, "c": None}


def test_sightings_from_before_the_migration_are_recorded_not_taken_for_changes(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    with db.connect() as con:
        con.execute(
            "INSERT INTO raw.feed_sightings (article_id, feed_name, first_seen_at) VALUES ('a', 'wire', ?)", [NOW]
        )
    assert _poll(db, [_entry("a", "Drones downed", NOW)], NOW + timedelta(hours=1)) == []
    assert _poll(db, [_entry("a", "UPDATE: Drones downed", NOW)], NOW + timedelta(hours=2)) == ["a"]


def test_an_old_warehouse_gains_the_new_columns(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA raw")
    # as a warehouse of that time was: before the refetch columns, and before `text_status` was renamed
    con.execute(
        "CREATE TABLE raw.articles (article_id VARCHAR PRIMARY KEY, canonical_url VARCHAR NOT NULL, "
        "source VARCHAR NOT NULL, feed_name VARCHAR NOT NULL, extraction_status VARCHAR NOT NULL)"
    )
    con.execute("INSERT INTO raw.articles VALUES ('a', 'http://x/a', 'wire', 'wire', 'ok')")
    con.close()
    with Warehouse(path).read() as con:
        assert con.execute("SELECT version, etag, last_checked_at FROM raw.articles").fetchall() == [(1, None, None)]
        assert con.execute("SELECT count(*) FROM raw.article_versions").fetchone()[0] == 0


def test_the_window_is_a_setting_with_a_default(tmp_path):
    assert FetchSettings().refetch_window_hours == 48
    path = tmp_path / "feeds.toml"
    path.write_text("[settings]\nrefetch_window_hours = 12\n")
    assert load_feed_registry(path).settings.refetch_window_hours == 12
    path.write_text("[settings]\nrefetch_window_hours = -1\n")
    with pytest.raises(ConfigError, match="refetch_window_hours"):
        load_feed_registry(path)


# ---------------------------------------------------------------- the whole daily job, a page updated in place

FEED_ITEM = """    <item>
      <title>{title}</title>
      <link>__BASE__/pages/{page}.html</link>
      <guid isPermaLink="false">gazette-{page}</guid>
      <pubDate>{pub_date}</pubDate>
    </item>
"""


class Gazette:
    """A one-feed site in a folder, rewritten between runs (the server re-reads changed files)."""

    def __init__(self, root: Path):
        self.root = root
        (root / "pages").mkdir(parents=True)
        (root / "feeds").mkdir()
        self.items: dict[str, tuple[str, datetime]] = {}

    def page(self, page: str, title: str, published: datetime, paragraphs: list[str]) -> None:
        path = self.root / "pages" / f"{page}.html"
        path.write_text(PAGE.format(
            title=title, published=published.isoformat().replace("+00:00", "Z"),
            paragraphs="".join(f"<p>{p}</p>" for p in paragraphs),
        ))
        self.items[page] = (title, published)

    def item(self, page: str, title: str, published: datetime) -> None:
        self.items[page] = (title, published)

    def publish_feed(self) -> None:
        body = "".join(
            FEED_ITEM.format(title=title, page=page, pub_date=format_datetime(published, usegmt=True))
            for page, (title, published) in self.items.items()
        )
        path = self.root / "feeds" / "gazette.xml"
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Refetch Test Gazette</title>'
            f"<link>__BASE__/</link><description>test</description>\n{body}</channel></rss>\n"
        )


def _night(con) -> list[tuple]:
    return con.execute(
        "SELECT launched, intercepted FROM marts.daily_air_attacks WHERE attacker = 'RU' AND weapon_class = 'drone'"
    ).fetchall()


@pytest.mark.e2e
@pytest.mark.timeout(900)
def test_a_page_updated_in_place_reaches_the_mart_and_an_unchanged_one_costs_a_304(tmp_path, warehouse_path):
    from pipelines.definitions import defs
    from pipelines.sample_site.server import serve_site

    # a morning report on the Kyiv day of (now - 8 h), re-dated two hours later: both younger than 48 hours
    day = (datetime.now(timezone.utc) - timedelta(hours=8)).date()
    first = datetime(day.year, day.month, day.day, 4, 0, tzinfo=timezone.utc)
    updated = first + timedelta(hours=2)
    long_ago = datetime(2025, 6, 2, 8, 30, tzinfo=timezone.utc)

    site_root = tmp_path / "site"
    gazette = Gazette(site_root)
    downed = DRONE_NIGHT[1]
    gazette.page("night", "Air defence downs 249 of 281 drones", first,
                 [DRONE_NIGHT[0], downed.format(downed=249), DRONE_NIGHT[2]])
    gazette.page("council", "Council to rebuild school gymnasium", long_ago, CITY_COUNCIL)
    gazette.page("harbour", "Northern pier reopens", long_ago, HARBOUR)
    gazette.publish_feed()

    all_assets = list(defs.assets) + list(defs.asset_checks or [])
    with serve_site(site_root) as site:
        feeds_toml = write_feeds_toml(tmp_path / "feeds.toml", site.base_url, ["gazette"])
        resources = make_resources(warehouse_path, feeds_toml)

        def run() -> None:
            site.reset_counts()
            assert dg.materialize(all_assets, resources=resources).success

        run()
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            assert _night(con) == [(281, 249)]
            first_fetch = con.execute("SELECT fetched_at FROM raw.articles WHERE canonical_url LIKE '%/night.html'").fetchone()[0]

        # the outlet updates the tally, re-dates and retitles the item; the
        # harbour story's item is retitled too, its page untouched
        gazette.page("night", "UPDATE: Air defence downs 263 of 281 drones", updated,
                     [DRONE_NIGHT[0], downed.format(downed=263), DRONE_NIGHT[2]])
        gazette.item("harbour", "UPDATE: Northern pier reopens", long_ago)
        gazette.publish_feed()
        run()
        assert site.full_responses["/pages/night.html"] == 1
        assert site.conditional_hits["/pages/harbour.html"] == 1  # asked again for its item, unchanged
        assert site.requests["/pages/council.html"] == 0  # older than the window, its item unchanged
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            assert _night(con) == [(281, 263)]
        # the second build left out the views and the seed (unchanged project), and the analysts'
        # snapshot, after it, still has the updated night
        snapshot = snapshot_path_for(warehouse_path)
        with duckdb.connect(str(snapshot), read_only=True) as con:
            assert _night(con) == [(281, 263)]
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            article = con.execute(
                "SELECT article_id, version, title, text, published_at, facts_extracted_at FROM raw.articles "
                "WHERE canonical_url LIKE '%/night.html'"
            ).fetchone()
            article_id, version, title, text, published_at, extracted_at = article
            assert (version, title, published_at) == (2, "UPDATE: Air defence downs 263 of 281 drones", updated)
            assert "263 of the drones" in text and "249" not in text
            kept = con.execute(
                "SELECT version, fetched_at, published_at, text FROM raw.article_versions WHERE article_id = ?",
                [article_id],
            ).fetchall()
            assert [(v, f, p) for v, f, p, _ in kept] == [(1, first_fetch, first)]
            assert "249 of the drones" in kept[0][3]
            assert con.execute("SELECT version FROM staging.stg_articles WHERE article_id = ?", [article_id]).fetchone() == (2,)
            harbour = con.execute(
                "SELECT version, title FROM raw.articles WHERE canonical_url LIKE '%/harbour.html'"
            ).fetchone()
            assert harbour == (1, "Northern pier reopens")  # the page's own headline, not a new version
            assert con.execute("SELECT count(*) FROM raw.article_versions").fetchone()[0] == 1

        # nothing changed: the young page costs one conditional GET, answered 304
        run()
        assert site.conditional_hits["/pages/night.html"] == 1
        assert site.full_responses["/pages/night.html"] == 0
        assert site.requests["/pages/council.html"] == site.requests["/pages/harbour.html"] == 0
        # the whole run: the feed and the young page, both answered 304, and the site's robots.txt once
        assert site.requests["/robots.txt"] == 1
        assert (site.total_requests, sum(site.conditional_hits.values())) == (3, 2)
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            assert _night(con) == [(281, 263)]
            assert con.execute(
                "SELECT version, facts_extracted_at FROM raw.articles WHERE article_id = ?", [article_id]
            ).fetchone() == (2, extracted_at)
            outcomes = con.execute(
                "SELECT outcome, status_code, count(*) FROM raw.fetch_log WHERE kind = 'article' AND target = ? "
                "GROUP BY ALL ORDER BY min(fetch_id)",
                [article_id],
            ).fetchall()
            # every attempt is in the log: first fetch, the changed page, the 304
            assert outcomes == [("ok", 200, 2), ("not_modified", 304, 1)]
