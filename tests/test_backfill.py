"""`salvo backfill` against an archive site served on 127.0.0.1 (issue 14).

The site: robots.txt with a disallowed section, a Crawl-delay and two
Sitemap: lines; a three-level sitemap index (index -> one index per year ->
one urlset per month) whose urlsets are gzip files (.xml.gz) for one year and
gzip-encoded responses for another; a Google News sitemap; 5,000 article
URLs over three years, plus tag pages that are not articles.

fault / situation                          -> behaviour                                     -> test
a month's backfill                         -> exactly that month's allowed article pages    -> test_a_month_is_fetched_exactly_once
                                              fetched, facts and marts built, exit 0
the same backfill again                    -> no page fetched, no rebuild                   -> test_a_second_backfill_fetches_nothing
a section disallowed by robots.txt         -> never requested (pages nor anything)          -> test_a_month_is_fetched_exactly_once
a page answering 404                       -> recorded in raw.fetch_log, exit still 0       -> test_a_month_is_fetched_exactly_once
a kill in the middle, then a restart       -> the same rows as one run, pages of committed  -> test_a_killed_backfill_resumes_where_it_stopped
                                              batches not fetched again
bad --since / since > until / unknown source -> exit 2 and a message                        -> test_bad_input_exits_2
entities in a sitemap (billion laughs)     -> refused, reported, not expanded               -> test_sitemap_parsing
Crawl-delay                                -> raises the fetcher's per-host delay           -> test_robots_rules_and_crawl_delay
robots.txt answering 503                   -> nothing read from that site, said why         -> test_an_unreachable_robots_txt_reads_nothing
a feed whose items rolled off between polls -> the gap recorded, filled from the sitemap,   -> test_a_feed_gap_is_recorded_and_filled
                                              its articles fetched by the daily fetch
a host answering 429/503                   -> the backfill's fetcher doubles its delay      -> test_a_host_answering_429_is_slowed_down
a gap of a feed without a sitemap          -> recorded, left open, no request               -> test_a_gap_of_a_feed_without_sitemap_is_recorded_and_left_open
a partition (or a range) of raw/archive_pages -> that day's pages; a range is one run      -> test_the_archive_asset_fetches_its_days
the archive's partitions                   -> a code location of their own                 -> test_the_archive_is_a_code_location_of_its_own
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipelines.cli import app

REPO_ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

FIRST_DAY = date(2021, 1, 1)
DAYS = 3 * 365
N_ARTICLES = 5000
MONTH = ("2022-05-01", "2022-05-31")
CRAWL_DELAY = 0.01
SM = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


# ---------------------------------------------------------------- the archive site


def _article_path(i: int, day: date) -> str:
    # every 23rd article sits in the section robots.txt disallows
    section = "news/private" if i % 23 == 0 else "news"
    return f"/{section}/{day:%Y/%m/%d}/story-{i}.html"


class ArchiveSite:
    """The site's files in memory, and every path requested, in order."""

    def __init__(self):
        self.files: dict[str, tuple[bytes, str, str | None]] = {}  # path -> body, content type, content encoding
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.articles: dict[str, date] = {}  # path -> day
        self.missing: set[str] = set()  # article paths answered with 404
        self.base_url = ""

    def build(self, base_url: str) -> None:
        self.base_url = base_url
        by_month: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for i in range(N_ARTICLES):
            day = FIRST_DAY + timedelta(days=i * DAYS // N_ARTICLES)
            path = _article_path(i, day)
            self.articles[path] = day
            # times with a +03:00 offset: the day counts as written, even late at night
            stamp = f"{day.isoformat()}T{(i * 7) % 24:02d}:{(i * 13) % 60:02d}:00+03:00"
            by_month.setdefault((day.year, day.month), []).append((path, stamp))
            if i % 50 == 0:  # a tag page, listed and dated like an article, but not one
                by_month[(day.year, day.month)].append((f"/tag/topic-{i}", stamp))
        may = sorted(p for p, d in self.articles.items() if d.year == 2022 and d.month == 5 and "/private/" not in p)
        self.missing = {may[3]}

        years: dict[int, list[str]] = {}
        for (year, month), items in sorted(by_month.items()):
            urlset = self._urlset(items)
            last_day = max(stamp for _, stamp in items)[:10]
            if year == 2022:  # gzip files
                path = f"/sitemaps/{year}/{month:02d}.xml.gz"
                self.files[path] = (gzip.compress(urlset), "application/gzip", None)
            else:  # plain names, gzip-encoded responses
                path = f"/sitemaps/{year}/{month:02d}.xml"
                self.files[path] = (gzip.compress(urlset), "application/xml", "gzip")
            years.setdefault(year, []).append(f'<sitemap><loc>{base_url}{path}</loc><lastmod>{last_day}</lastmod></sitemap>')
        top = []
        for year, children in years.items():
            path = f"/sitemaps/{year}/index.xml"
            self.files[path] = (self._index(children), "application/xml", None)
            top.append(f"<sitemap><loc>{base_url}{path}</loc></sitemap>")
        self.files["/sitemap_index.xml"] = (self._index(top), "application/xml", None)

        # the news sitemap repeats two May articles with tracking parameters (the same
        # canonical URL: fetched once) and gives one a publication date
        news_items = []
        for path in may[-2:]:
            news_items.append(
                f"<url><loc>{base_url}{path}?utm_source=news&amp;utm_medium=sitemap</loc><news:news>"
                f"<news:publication><news:name>Archive</news:name><news:language>en</news:language></news:publication>"
                f"<news:publication_date>{self.articles[path].isoformat()}T08:00:00+03:00</news:publication_date>"
                f"<news:title>Story</news:title></news:news></url>"
            )
        news = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SM}" xmlns:news="{NEWS}">{"".join(news_items)}</urlset>'
        self.files["/news-sitemap.xml"] = (news.encode(), "application/xml", None)
        robots = (
            "User-agent: *\n"
            "Disallow: /news/private/\n"
            f"Crawl-delay: {CRAWL_DELAY}\n\n"
            f"Sitemap: {base_url}/sitemap_index.xml\n"
            f"Sitemap: {base_url}/news-sitemap.xml\n"
        )
        self.files["/robots.txt"] = (robots.encode(), "text/plain", None)

    feed_items: list[str] = []  # article paths the RSS feed lists now

    def feed_xml(self) -> bytes:
        items = "".join(
            f"<item><title>Story</title><link>{self.base_url}{path}</link><guid>{self.base_url}{path}</guid>"
            f"<pubDate>{self.articles[path]:%a, %d %b %Y} 09:00:00 +0000</pubDate></item>"
            for path in self.feed_items
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Archive</title><link>{self.base_url}/</link>'
            f"<description>news</description>{items}</channel></rss>"
        ).encode()

    def _urlset(self, items: list[tuple[str, str]]) -> bytes:
        urls = "".join(f"<url><loc>{self.base_url}{path}</loc><lastmod>{stamp}</lastmod></url>" for path, stamp in items)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SM}">{urls}</urlset>'.encode()

    @staticmethod
    def _index(children: list[str]) -> bytes:
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SM}">{"".join(children)}</sitemapindex>'.encode()

    def expected_pages(self, first: str, last: str) -> set[str]:
        lo, hi = date.fromisoformat(first), date.fromisoformat(last)
        return {p for p, d in self.articles.items() if lo <= d <= hi and "/private/" not in p}

    def article_requests(self) -> list[str]:
        with self.lock:
            return [p for p in self.requests if p.startswith(("/news/", "/tag/"))]

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()

    def page(self, path: str) -> bytes:
        day = self.articles[path]
        number = int(path.rsplit("-", 1)[1].split(".")[0])
        drones = 20 + number % 60
        downed = drones - 1 - number % 7
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Overnight attack, story {number}</title>
<meta property="article:published_time" content="{day.isoformat()}T07:30:00+03:00"></head>
<body><header><nav><a href="/">Archive</a> | <a href="/tag/topic-1">Topics</a></nav></header>
<article><h1>Overnight attack, story {number}</h1>
<p>Russia launched {drones} Shahed drones at Ukraine overnight, the air force said on {day:%B} {day.day}.</p>
<p>Air defences shot down {downed} of them over the central and southern regions, according to the statement
published on the air force's channel in the morning.</p>
<p>Debris fell on a warehouse on the edge of the city, regional officials said, and firefighters worked through
the night to put out the fire. Nobody was hurt, they added.</p>
<p>The attack was the latest in a series of strikes on energy facilities that officials say are meant to
wear down the country's power grid before the cold season.</p></article>
<footer>Archive site, all rights reserved.</footer></body></html>""".encode()


def _handler(site: ArchiveSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server's name)
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.requests.append(path)
            encoding = None
            if path in site.files:
                body, ctype, encoding = site.files[path]
                status = 200
            elif path.startswith("/busy/"):
                body, ctype, status = b"slow down", "text/plain", 429
            elif path == "/feed.xml":
                body, ctype, status = site.feed_xml(), "application/rss+xml; charset=utf-8", 200
            elif path in site.articles and path not in site.missing:
                body, ctype, status = site.page(path), "text/html; charset=utf-8", 200
            else:
                body, ctype, status = b"not here", "text/plain", 404
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture(scope="module")
def archive_site():
    site = ArchiveSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.build(f"http://127.0.0.1:{server.server_address[1]}")
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def _feeds_toml(path: Path, base_url: str) -> Path:
    host_port = base_url.split("://", 1)[1]
    path.write_text(
        f"""[settings]
allow_hosts = ["{host_port}"]
per_host_concurrency = 4
per_host_delay_s = 0.0
retries = 0

[[feeds]]
name = "archive-news"
source = "archive"
url = "{base_url}/feed.xml"
sitemap = "{base_url}/sitemap_index.xml"
article_pattern = '^https?://[^/]+/news/'
"""
    )
    return path


@pytest.fixture(scope="module")
def first_backfill(archive_site, tmp_path_factory):
    """One backfill of May 2022 into a fresh warehouse: (result, warehouse, feeds, requests)."""
    tmp = tmp_path_factory.mktemp("backfill")
    feeds = _feeds_toml(tmp / "feeds.toml", archive_site.base_url)
    warehouse = tmp / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DAGSTER_HOME", str(tmp / "dagster_home"))
        mp.setenv("SALVO_FEEDS", str(feeds))
        mp.setenv("SALVO_WAREHOUSE", str(warehouse))
        mp.setenv("SALVO_WORKERS", "2")
        archive_site.reset()
        result = runner.invoke(
            app,
            ["backfill", "--feeds", str(feeds), "--warehouse", str(warehouse), "--since", MONTH[0], "--until", MONTH[1]],
        )
        requests = list(archive_site.requests)
    return result, warehouse, feeds, requests


def _query(warehouse: Path, sql: str):
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# ---------------------------------------------------------------- the end-to-end tests


def test_a_month_is_fetched_exactly_once(archive_site, first_backfill):
    result, warehouse, _feeds, requests = first_backfill
    assert result.exit_code == 0, result.output
    expected = archive_site.expected_pages(*MONTH)
    private_in_may = {
        p for p, d in archive_site.articles.items() if "/private/" in p and d.year == 2022 and d.month == 5
    }
    assert len(expected) > 100 and private_in_may  # the test can fail both ways
    pages = [p for p in requests if p.startswith(("/news/", "/tag/"))]
    # exactly the month's allowed article pages, each once (the news sitemap's tracked links included)
    assert sorted(pages) == sorted(expected)
    # the disallowed section is never requested, and no tag page either (article_pattern)
    assert not [p for p in requests if "/private/" in p or p.startswith("/tag/")]
    # robots.txt first, once; sitemaps of years wholly before the window are never read
    assert requests[0] == "/robots.txt" and requests.count("/robots.txt") == 1
    assert not [p for p in requests if p.startswith("/sitemaps/2021/") and not p.endswith("index.xml")]
    assert "/sitemaps/2022/05.xml.gz" in requests and "/news-sitemap.xml" in requests
    assert "found" in result.output and "pages/s" in result.output

    rows = _query(warehouse, "SELECT canonical_url, text_status, feed_name, published_at FROM raw.articles")
    assert len(rows) == len(expected)
    assert {r[0].split("://", 1)[1].split("/", 1)[1] for r in rows} == {p.lstrip("/") for p in expected}
    statuses = [r[1] for r in rows]
    assert statuses.count("fetch_failed") == 1 and statuses.count("ok") == len(expected) - 1
    assert {r[2] for r in rows} == {"sitemap:archive-news"}
    assert all(r[3].year == 2022 and r[3].month == 5 for r in rows)
    # the 404 is in the fetch log, like the daily job's failures
    failed = _query(warehouse, "SELECT url, status_code FROM raw.fetch_log WHERE outcome <> 'ok'")
    assert len(failed) == 1 and failed[0][1] == 404 and failed[0][0].endswith(next(iter(archive_site.missing)))
    # facts extracted and the marts built, as the daily job does
    strikes = _query(warehouse, "SELECT count(*) FROM raw.fact_strikes")[0][0]
    assert strikes >= len(expected) - 1
    nights = _query(warehouse, "SELECT count(DISTINCT event_date) FROM marts.daily_air_attacks")[0][0]
    assert nights >= 25


def test_a_second_backfill_fetches_nothing(archive_site, first_backfill, monkeypatch):
    result, warehouse, feeds, _ = first_backfill
    assert result.exit_code == 0, result.output
    before = _query(warehouse, "SELECT count(*), max(fetched_at) FROM raw.articles")
    monkeypatch.setenv("DAGSTER_HOME", str(warehouse.parent / "dagster_home"))
    monkeypatch.setenv("SALVO_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("SALVO_FEEDS", str(feeds))
    archive_site.reset()
    again = runner.invoke(
        app, ["backfill", "--feeds", str(feeds), "--warehouse", str(warehouse), "--since", MONTH[0], "--until", MONTH[1]]
    )
    assert again.exit_code == 0, again.output
    assert archive_site.article_requests() == []
    assert "nothing new" in again.output
    assert _query(warehouse, "SELECT count(*), max(fetched_at) FROM raw.articles") == before


def test_bad_input_exits_2(archive_site, tmp_path):
    feeds = _feeds_toml(tmp_path / "feeds.toml", archive_site.base_url)
    warehouse = tmp_path / "w.duckdb"
    archive_site.reset()
    cases = [
        (["--since", "2022-05-32"], "not a date"),
        (["--since", "May 2022"], "YYYY-MM-DD"),
        (["--since", "2022-06-01", "--until", "2022-05-01"], "after"),
        (["--since", "2022-05-01", "--source", "nowhere"], "unknown source"),
    ]
    for args, words in cases:
        result = runner.invoke(app, ["backfill", "--feeds", str(feeds), "--warehouse", str(warehouse), *args])
        assert result.exit_code == 2, (args, result.output)
        assert words in result.output, (args, result.output)
    bad = tmp_path / "bad.toml"
    bad.write_text(feeds.read_text().replace("article_pattern = '^https?://[^/]+/news/'", "article_pattern = '(['"))
    result = runner.invoke(app, ["backfill", "--feeds", str(bad), "--warehouse", str(warehouse), "--since", "2022-05-01"])
    assert result.exit_code == 2 and "article_pattern" in result.output
    assert archive_site.requests == []  # nothing asked of the site
    assert not warehouse.exists()


# ---------------------------------------------------------------- resumable

_PARTIAL_BACKFILL = """
import sys
from datetime import date, datetime, timezone
from pipelines.config import load_feed_registry
from pipelines.ingest.backfill import fetch_pending, plan_backfill, select_feeds
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache
from pipelines.warehouse.db import Warehouse

registry = load_feed_registry(sys.argv[1])
db = Warehouse(sys.argv[2])
now = datetime.now(timezone.utc)
with Fetcher(registry.settings) as fetcher:
    robots = RobotsCache(fetcher)
    plan = plan_backfill(select_feeds(registry, None), fetcher, robots, db, date.fromisoformat(sys.argv[3]),
                         date.fromisoformat(sys.argv[4]), now)
    progress = fetch_pending(plan.pending, fetcher, db, now, workers=2, timeout_s=20, batch_size=int(sys.argv[5]))
print("fetched", progress.fetched)
"""


def _fetch_only(feeds: Path, warehouse: Path, first: str, last: str, batch: int, kill_at: int | None = None):
    """Discovery and fetch (no Dagster) in a child process; (returncode, output)."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("SALVO_FAULT_KILL_BEFORE_COMMIT", None)
    if kill_at is not None:
        # the warehouse's fault hook: SIGKILL just before the N-th commit
        env["SALVO_FAULT_KILL_BEFORE_COMMIT"] = str(kill_at)
    log = warehouse.with_suffix(f".{kill_at}.log")
    with open(log, "w") as output:
        # its own process group: the text workers of a killed parent are cleaned up below
        child = subprocess.Popen(
            [sys.executable, "-c", _PARTIAL_BACKFILL, str(feeds), str(warehouse), first, last, str(batch)],
            env=env, stdout=output, stderr=subprocess.STDOUT, cwd=REPO_ROOT, start_new_session=True,
        )
        try:
            code = child.wait(timeout=300)
        finally:
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    return code, log.read_text()


def test_a_killed_backfill_resumes_where_it_stopped(archive_site, tmp_path):
    feeds = _feeds_toml(tmp_path / "feeds.toml", archive_site.base_url)
    window = ("2023-02-01", "2023-02-28")
    expected = archive_site.expected_pages(*window)
    batch = 20
    assert len(expected) > 3 * batch

    archive_site.reset()
    # one commit per batch: two batches are stored, the process dies before the third is
    killed = _fetch_only(feeds, tmp_path / "killed.duckdb", *window, batch, kill_at=3)
    assert killed[0] == -signal.SIGKILL, killed[1]
    first_pages = archive_site.article_requests()
    stored = {r[0] for r in _query(tmp_path / "killed.duckdb", "SELECT canonical_url FROM raw.articles")}
    assert len(stored) == 2 * batch

    archive_site.reset()
    resumed = _fetch_only(feeds, tmp_path / "killed.duckdb", *window, batch)
    assert resumed[0] == 0, resumed[1]
    second_pages = archive_site.article_requests()
    # what was committed is not fetched again; together, every page of the window
    assert not {p for p in second_pages if any(url.endswith(p) for url in stored)}
    assert set(first_pages) | set(second_pages) == expected
    assert len(second_pages) == len(expected) - len(stored)

    straight = _fetch_only(feeds, tmp_path / "straight.duckdb", *window, batch)
    assert straight[0] == 0, straight[1]
    columns = "canonical_url, source, feed_name, published_at, title, text, text_status, html_sha256"
    sql = f"SELECT {columns} FROM raw.articles ORDER BY canonical_url"
    assert _query(tmp_path / "killed.duckdb", sql) == _query(tmp_path / "straight.duckdb", sql)


# ---------------------------------------------------------------- the parts


def test_sitemap_parsing():
    from pipelines.ingest.sitemaps import SitemapError, parse_sitemap, sitemap_datetime, sitemap_day

    news = (
        f'<urlset xmlns="{SM}" xmlns:news="{NEWS}"><url><loc>https://example.org/a</loc>'
        "<lastmod>2023-06-02</lastmod><news:news><news:publication_date>2023-05-31T23:30:00+03:00"
        "</news:publication_date></news:news></url><url><loc>https://example.org/b</loc></url></urlset>"
    ).encode()
    for body in (news, gzip.compress(news)):
        parsed = parse_sitemap(body)
        assert parsed.kind == "urlset"
        assert [e.url for e in parsed.entries] == ["https://example.org/a", "https://example.org/b"]
        # news:publication_date wins over lastmod, and its day is the one written
        assert sitemap_day(parsed.entries[0].date_text) == date(2023, 5, 31)
        assert parsed.entries[1].date_text is None
    assert str(sitemap_datetime("2023-05-31T23:30:00+03:00")) == "2023-05-31 20:30:00+00:00"

    index = f'<?xml version="1.0"?><!DOCTYPE x><sitemapindex xmlns="{SM}"><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>'
    assert parse_sitemap(index.encode()).children[0].url == "/s1.xml"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        f'<urlset xmlns="{SM}"><url><loc>&lol2;</loc></url></urlset>'
    )
    with pytest.raises(SitemapError, match="refused"):
        parse_sitemap(laughs.encode())
    with pytest.raises(SitemapError, match="not XML"):
        parse_sitemap(b"<html><body>Not found")
    with pytest.raises(SitemapError, match="neither"):
        parse_sitemap(b"<rss><channel/></rss>")
    # a gzip bomb stops at the cap
    with pytest.raises(SitemapError, match="unpacked"):
        from pipelines.ingest.sitemaps import unpack

        unpack(gzip.compress(b"\0" * 2_000_000), limit=1_000_000)


def test_robots_rules_and_crawl_delay(archive_site, tmp_path):
    from pipelines.config import load_feed_registry
    from pipelines.ingest.http import Fetcher, FetchResult
    from pipelines.ingest.robots import RobotsCache, rules_from_answer

    registry = load_feed_registry(_feeds_toml(tmp_path / "feeds.toml", archive_site.base_url))
    with Fetcher(registry.settings) as fetcher:
        robots = RobotsCache(fetcher)
        assert fetcher.host_delay("127.0.0.1") == 0.0
        assert robots.allows(f"{archive_site.base_url}/news/2022/05/01/story-1.html")
        assert not robots.allows(f"{archive_site.base_url}/news/private/2022/05/01/story-23.html")
        assert fetcher.host_delay("127.0.0.1") == pytest.approx(CRAWL_DELAY)
        assert robots.rules_for(archive_site.base_url).sitemaps[1].endswith("/news-sitemap.xml")

    ua = "Salvo/0.1"
    gone = rules_from_answer("http://h", FetchResult(url="u", final_url="u", status_code=404, outcome="http_error"), ua)
    assert gone.allows("http://h/anything", ua)
    down = rules_from_answer("http://h", FetchResult(url="u", final_url="u", status_code=503, outcome="http_error"), ua)
    assert not down.allows("http://h/anything", ua)
    timeout = rules_from_answer("http://h", FetchResult(url="u", final_url="u", status_code=None, outcome="timeout"), ua)
    assert not timeout.allows("http://h/anything", ua)


def test_a_host_answering_429_is_slowed_down(archive_site, tmp_path, monkeypatch):
    from pipelines.config import load_feed_registry
    from pipelines.ingest.http import Fetcher

    settings = load_feed_registry(_feeds_toml(tmp_path / "feeds.toml", archive_site.base_url)).settings
    monkeypatch.setattr(Fetcher, "OVERLOAD_FIRST_DELAY_S", 0.02)
    with Fetcher(settings) as daily:  # the daily job's fetcher keeps its pace
        assert [daily.get(f"{archive_site.base_url}/busy/{i}").status_code for i in range(2)] == [429, 429]
        assert daily.host_delay("127.0.0.1") == 0.0
    with Fetcher(settings, slow_down_on_overload=True) as backfill:
        assert [backfill.get(f"{archive_site.base_url}/busy/{i}").status_code for i in range(3)] == [429] * 3
        assert backfill.host_delay("127.0.0.1") == pytest.approx(0.08)  # 0.02, doubled twice
        assert backfill.get(f"{archive_site.base_url}/robots.txt").ok
        assert backfill.host_delay("127.0.0.1") == pytest.approx(0.08)  # an answer does not speed it up again
        monkeypatch.setattr(Fetcher, "OVERLOAD_MAX_DELAY_S", 0.1)
        backfill.get(f"{archive_site.base_url}/busy/x")
        assert backfill.host_delay("127.0.0.1") == pytest.approx(0.1)


# ---------------------------------------------------------------- feed gaps


def test_a_feed_gap_is_recorded_and_filled(archive_site, tmp_path):
    import dagster as dg

    from pipelines.defs import ingest
    from tests.conftest import make_resources

    feeds = _feeds_toml(tmp_path / "feeds.toml", archive_site.base_url)
    warehouse = tmp_path / "warehouse.duckdb"
    resources = make_resources(warehouse, feeds)
    poll = [ingest.poll_feeds_asset, ingest.fetch_log]

    def day_paths(first: str, last: str) -> list[str]:
        return sorted(archive_site.expected_pages(first, last), key=lambda p: (archive_site.articles[p], p))

    # the first poll sees three items of 10-12 May; the next one only items of 20-22 May
    before, after = day_paths("2022-05-10", "2022-05-12")[-3:], day_paths("2022-05-20", "2022-05-22")[:3]
    archive_site.feed_items = before
    assert dg.materialize(poll, resources=resources).success
    archive_site.feed_items = after
    archive_site.reset()
    second = dg.materialize(poll, resources=resources)
    assert second.success
    # the UI shows the gaps found and filled per feed on raw/feed_state
    state = [
        event.event_specific_data.materialization.metadata
        for event in second.get_asset_materialization_events()
        if event.event_specific_data.materialization.asset_key == ingest.FEED_STATE
    ][0]
    assert state["gaps_found"].value == 1 and state["gaps_filled"].value == 1
    assert "archive-news" in state["gaps_per_feed"].value
    assert "/robots.txt" in archive_site.requests and "/sitemaps/2022/05.xml.gz" in archive_site.requests

    gaps = _query(warehouse, "SELECT feed_name, gap_start, gap_end, filled_at, articles_found FROM raw.feed_gaps")
    assert len(gaps) == 1
    name, start, end, filled_at, found = gaps[0]
    assert name == "archive-news"
    assert start.date() == archive_site.articles[before[-1]] and end.date() == archive_site.articles[after[0]]
    in_gap = set(day_paths("2022-05-11", "2022-05-21"))  # the gap's days and one more each side
    assert filled_at is not None and found == len(in_gap)
    entries = {url.split("/", 3)[3] for (url,) in _query(warehouse, "SELECT canonical_url FROM raw.feed_entries")}
    assert entries == {p.lstrip("/") for p in in_gap | set(before) | set(after)}

    # the next article fetch reads them like any feed entry; a third poll finds no new gap
    archive_site.reset()
    assert dg.materialize([ingest.articles], resources=resources).success
    assert set(archive_site.article_requests()) == (in_gap | set(before) | set(after)) - archive_site.missing
    archive_site.reset()
    assert dg.materialize(poll, resources=resources).success
    assert archive_site.requests == ["/feed.xml"]
    assert len(_query(warehouse, "SELECT * FROM raw.feed_gaps")) == 1


# ---------------------------------------------------------------- the partitioned asset


def test_the_archive_asset_fetches_its_days(archive_site, tmp_path):
    import dagster as dg

    from pipelines.defs import archive
    from tests.conftest import make_resources

    feeds = _feeds_toml(tmp_path / "feeds.toml", archive_site.base_url)
    resources = make_resources(tmp_path / "warehouse.duckdb", feeds)
    archive_site.reset()
    one_day = dg.materialize([archive.archive_pages], partition_key="2022-05-14", resources=resources)
    assert one_day.success
    assert sorted(archive_site.article_requests()) == sorted(archive_site.expected_pages("2022-05-14", "2022-05-14"))

    # a range of days is one run (single-run backfill policy); the day already stored is not fetched again
    archive_site.reset()
    three_days = dg.materialize(
        [archive.archive_pages],
        resources=resources,
        tags={"dagster/asset_partition_range_start": "2022-05-13", "dagster/asset_partition_range_end": "2022-05-15"},
    )
    assert three_days.success
    assert sorted(archive_site.article_requests()) == sorted(
        archive_site.expected_pages("2022-05-13", "2022-05-15") - archive_site.expected_pages("2022-05-14", "2022-05-14")
    )
    assert archive_site.requests.count("/sitemap_index.xml") == 1


def test_the_archive_is_a_code_location_of_its_own():
    import dagster as dg
    import yaml

    from pipelines.archive_definitions import defs as archive_defs
    from pipelines.definitions import defs

    dg.Definitions.validate_loadable(archive_defs)
    assert archive_defs.resolve_job_def("archive_job").partitions_def.get_first_partition_key() == "2022-02-24"
    # the daily definitions stay unpartitioned: materialising all of them needs no partition key
    assert not [a for a in defs.assets if getattr(a, "partitions_def", None)]
    workspace = yaml.safe_load((REPO_ROOT / "workspace.yaml").read_text())
    modules = [entry["python_module"]["module_name"] for entry in workspace["load_from"]]
    assert modules == ["pipelines.definitions", "pipelines.archive_definitions"]


def test_a_gap_of_a_feed_without_sitemap_is_recorded_and_left_open(archive_site, tmp_path):
    import dagster as dg

    from pipelines.defs import ingest
    from tests.conftest import make_resources

    feeds = _feeds_toml(tmp_path / "feeds.toml", archive_site.base_url)
    feeds.write_text(feeds.read_text().replace(f'sitemap = "{archive_site.base_url}/sitemap_index.xml"\n', ""))
    warehouse = tmp_path / "warehouse.duckdb"
    resources = make_resources(warehouse, feeds)
    poll = [ingest.poll_feeds_asset, ingest.fetch_log]
    pages = sorted(archive_site.expected_pages("2022-06-01", "2022-06-30"))
    archive_site.feed_items = pages[:2]
    assert dg.materialize(poll, resources=resources).success
    archive_site.feed_items = pages[-2:]
    archive_site.reset()
    assert dg.materialize(poll, resources=resources).success
    assert archive_site.requests == ["/feed.xml"]  # no robots.txt, no sitemap
    gaps = _query(warehouse, "SELECT filled_at, note FROM raw.feed_gaps")
    assert gaps == [(None, "open: no `sitemap` or `archive_pages` for this feed in feeds.toml")]


def test_an_unreachable_robots_txt_reads_nothing(tmp_path):
    """robots.txt answering 503: the site is unreachable for this run (RFC 9309), no sitemap is read."""
    from pipelines.config import load_feed_registry
    from pipelines.ingest.http import Fetcher
    from pipelines.ingest.robots import RobotsCache
    from pipelines.ingest.sitemaps import discover

    seen: list[str] = []

    class Down(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append(self.path)
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Down)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        registry = load_feed_registry(_feeds_toml(tmp_path / "feeds.toml", base))
        with Fetcher(registry.settings) as fetcher:
            found = discover(registry.feeds, fetcher, RobotsCache(fetcher), date(2022, 5, 1), date(2022, 5, 31))
    finally:
        server.shutdown()
        server.server_close()
    assert seen == ["/robots.txt"]
    assert found.candidates == [] and found.sitemaps_read == 0
    assert any("robots.txt unreachable" in problem for problem in found.problems), found.problems
