"""robots.txt for every article page, the daily job's as well as a backfill's, redirects included.

site answer                                     -> what the page fetch does                                      -> test
robots.txt disallowing /private/                -> a page there is never requested, `disallowed`, never retried  -> test_a_disallowed_page_is_never_requested
an allowed page redirecting into /private/      -> the hop is not followed, `disallowed`                          -> test_a_disallowed_page_is_never_requested
many pages of one site fetched at once          -> robots.txt asked once                                          -> test_a_disallowed_page_is_never_requested
robots.txt answering 503                        -> no page requested, `robots_unreachable`, retried later         -> test_an_unreachable_robots_txt_holds_the_pages_for_a_later_run
"""

from __future__ import annotations

from datetime import datetime, timezone

import polars as pl

from pipelines.config import FetchSettings
from pipelines.ingest.fetch_articles import fetch_and_read, is_transient
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache

NOW = datetime(2026, 5, 2, 7, 0, tzinfo=timezone.utc)

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>
<p>Air defence crews in the south worked through the night as drones crossed the coast in several waves,
the regional administration said on Saturday morning.</p>
<p>Repair teams were restoring power to two districts by noon, and schools were to open as usual, officials
added in a statement published on the administration's channel.</p>
<p>No one was hurt, according to the preliminary information available to the local authorities.</p>
</article></body></html>"""


def _pending(server, paths: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "article_id": path.strip("/").replace("/", "_"), "canonical_url": server.url_for(path),
                "link": server.url_for(path), "source": "coastal", "feed_name": "coastal", "published_at": NOW,
                "title": path, "attempts": 0,
            }
            for path in paths
        ]
    )


def _fetch(server, paths: list[str]) -> pl.DataFrame:
    settings = FetchSettings(allow_hosts=(f"127.0.0.1:{server.port}",), per_host_concurrency=4, per_host_delay_s=0, retries=0)
    with Fetcher(settings) as fetcher:
        RobotsCache(fetcher).obey()
        batches = list(fetch_and_read(_pending(server, paths), fetcher, now=NOW, run_id="r", workers=0))
    return pl.concat([batch.articles for batch in batches]).sort("article_id")


def _requested(server) -> list[str]:
    return [request.path for request, _ in server.log]


def test_a_disallowed_page_is_never_requested(httpserver_ipv4):
    server = httpserver_ipv4
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    for name in ("one", "two", "three"):
        server.expect_request(f"/news/{name}.html").respond_with_data(
            ARTICLE.format(title=f"Coast quiet after night {name}"), content_type="text/html"
        )
    server.expect_request("/news/moved.html").respond_with_data("", status=302, headers={"Location": "/private/kept.html"})
    server.expect_request("/private/kept.html").respond_with_data(ARTICLE.format(title="kept"), content_type="text/html")
    server.expect_request("/private/notes.html").respond_with_data(ARTICLE.format(title="notes"), content_type="text/html")

    articles = _fetch(server, ["/news/one.html", "/news/two.html", "/news/three.html", "/news/moved.html", "/private/notes.html"])

    status = dict(zip(articles["article_id"], articles["text_status"]))
    assert status == {
        "news_one.html": "ok", "news_two.html": "ok", "news_three.html": "ok",
        "news_moved.html": "fetch_failed", "private_notes.html": "fetch_failed",
    }
    refused = articles.filter(pl.col("text_status") == "fetch_failed")
    assert all("robots.txt disallows" in error for error in refused["error"])
    assert refused["next_attempt_after"].is_null().all()  # the rules said no: not asked again
    requested = _requested(server)
    assert not [path for path in requested if path.startswith("/private/")]
    assert requested.count("/news/moved.html") == 1  # its redirect was not followed
    assert requested.count("/robots.txt") == 1  # four fetcher threads, one request for the rules


def test_an_unreachable_robots_txt_holds_the_pages_for_a_later_run(httpserver_ipv4):
    server = httpserver_ipv4
    server.expect_request("/robots.txt").respond_with_data("busy", status=503)
    server.expect_request("/news/one.html").respond_with_data(ARTICLE.format(title="one"), content_type="text/html")

    articles = _fetch(server, ["/news/one.html"])

    row = articles.row(0, named=True)
    assert row["text_status"] == "fetch_failed"
    assert "robots.txt unreachable" in row["error"]
    assert row["next_attempt_after"] is not None  # tried again on a later run
    assert _requested(server) == ["/robots.txt"]


def test_an_unreachable_robots_txt_is_transient_for_a_kept_page():
    from pipelines.ingest.http import FetchResult

    held = FetchResult(url="u", final_url="u", status_code=None, outcome="robots_unreachable", error="503")
    refused = FetchResult(url="u", final_url="u", status_code=None, outcome="disallowed", error="no")
    # a kept page whose site cannot be asked is asked again soon; one the rules refuse waits for its next reason
    assert is_transient(held) and not is_transient(refused)
