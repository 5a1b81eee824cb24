"""A site without a sitemap: `salvo backfill` reads its date-archive listing pages (feeds.toml `archive_pages`).

site                                                -> expected                                              -> test
a listing page per day, paginated with rel="next"   -> every article of the window, from every page of a day   -> test_listing_pages_give_the_windows_articles
menus, tags, other days' listings on the pages      -> not articles (article_pattern)                        -> test_listing_pages_give_the_windows_articles
a story listed on two pages of a day                -> one article                                           -> test_listing_pages_give_the_windows_articles
a day without a listing page (404)                  -> counted, not a problem per day                        -> test_listing_pages_give_the_windows_articles
a linked story in a section robots.txt disallows    -> never requested                                       -> test_a_backfill_from_listing_pages_fetches_exactly_the_windows_articles
the backfill's fetch                                -> the window's articles in raw.articles, each page once   -> test_a_backfill_from_listing_pages_fetches_exactly_the_windows_articles
archive_pages without {date}, without a pattern     -> a clear configuration error                          -> test_archive_pages_settings_are_checked
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pipelines.config import ConfigError, FetchSettings, load_feed_registry
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache
from pipelines.ingest.sitemaps import discover
from pipelines.sample_site.server import serve_site

STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/about.html">About</a></nav><article><h1>{title}</h1>
<p>Engineers in the river port finished clearing the damaged grain terminal on {day}, the port authority said,
and loading resumed on two berths by the evening.</p>
<p>The authority said the repairs to the third berth would take another week and thanked the crews who
worked through the weekend to restore power to the cranes.</p>
</article></body></html>"""

LISTING = """<!DOCTYPE html><html><head><title>Archive {day}</title>{head}</head><body>
<nav><a href="/about.html">About</a> <a href="/tag/ports.html">Ports</a> <a href="/archive/2024-02-29.html">Previous day</a></nav>
<ul>{items}</ul>{more}</body></html>"""

# day -> listing pages, each a list of story paths (a page may link a story listed before)
LISTINGS = {
    "2024-03-01": [
        ["/news/2024/03/01/port-reopens.html", "/news/2024/03/01/cranes-back.html"],
        ["/news/2024/03/01/third-berth.html", "/news/2024/03/01/port-reopens.html"],
    ],
    # 2024-03-02: no listing page at all (404)
    "2024-03-03": [["/news/2024/03/03/night-shift.html", "/news/private/2024/03/03/memo.html"]],
    # outside the window
    "2024-03-04": [["/news/2024/03/04/later.html"]],
}


def _write_site(root: Path) -> None:
    root.mkdir(parents=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /news/private/\n")
    (root / "about.html").write_text("<html><body>About us</body></html>")
    for day, pages in LISTINGS.items():
        for number, stories in enumerate(pages, start=1):
            name = f"{day}.html" if number == 1 else f"{day}-p{number}.html"
            following = f"{day}-p{number + 1}.html" if number < len(pages) else None
            head = f'<link rel="next" href="/archive/{following}">' if following else ""
            more = f'<a class="more" rel="next nofollow" href="/archive/{following}">More</a>' if following else ""
            items = "".join(f'<li><a href="{path}">{path.rsplit("/", 1)[1]}</a></li>' for path in stories)
            page = root / "archive" / name
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(LISTING.format(day=day, head=head, items=items, more=more))
            for path in stories:
                story = root / path.lstrip("/")
                story.parent.mkdir(parents=True, exist_ok=True)
                story.write_text(STORY.format(title=path.rsplit("/", 1)[1], day=day))


def _feeds_toml(path: Path, base_url: str) -> Path:
    path.write_text(
        "[settings]\n"
        f'allow_hosts = ["{base_url.split("://", 1)[1]}"]\n'
        "per_host_concurrency = 2\nper_host_delay_s = 0.0\n\n"
        "[[feeds]]\n"
        'name = "riverport"\n'
        f'url = "{base_url}/feed.xml"\n'
        f'archive_pages = "{base_url}/archive/{{date:%Y-%m-%d}}.html"\n'
        "article_pattern = '/news/([a-z]+/)?[0-9]{4}/[0-9]{2}/[0-9]{2}/[a-z-]+[.]html$'\n"
    )
    return path


@pytest.fixture
def listing_site(tmp_path):
    root = tmp_path / "site"
    _write_site(root)
    with serve_site(root) as site:
        yield site


WINDOW_ARTICLES = {
    "/news/2024/03/01/port-reopens.html", "/news/2024/03/01/cranes-back.html",
    "/news/2024/03/01/third-berth.html", "/news/2024/03/03/night-shift.html",
}


def test_listing_pages_give_the_windows_articles(listing_site, tmp_path):
    registry = load_feed_registry(_feeds_toml(tmp_path / "feeds.toml", listing_site.base_url))
    with Fetcher(registry.settings) as fetcher:
        robots = RobotsCache(fetcher).obey()
        found = discover(registry.feeds, fetcher, robots, date(2024, 3, 1), date(2024, 3, 3))

    paths = {c.canonical_url.split(listing_site.base_url, 1)[1]: c.day for c in found.candidates}
    assert set(paths) == WINDOW_ARTICLES
    assert paths["/news/2024/03/01/third-berth.html"] == date(2024, 3, 1)  # from the day's second page
    assert all(c.archive_date is not None and c.published_at is None for c in found.candidates)
    assert (found.listing_pages_read, found.days_without_listing) == (3, 1)
    assert found.duplicates == 1 and found.disallowed == 1
    assert found.problems == []
    assert "/archive/2024-03-04.html" not in listing_site.requests  # a day outside the window


def test_a_backfill_from_listing_pages_fetches_exactly_the_windows_articles(listing_site, tmp_path):
    """The backfill's fetch (plan, then pages in committed batches); `salvo backfill` adds the facts job,
    which tests/test_backfill.py covers."""
    from datetime import datetime, timezone

    import duckdb

    from pipelines.ingest.backfill import discovery_summary, fetch_pending, plan_backfill
    from pipelines.warehouse.db import Warehouse

    registry = load_feed_registry(_feeds_toml(tmp_path / "feeds.toml", listing_site.base_url))
    db = Warehouse(tmp_path / "warehouse.duckdb")
    now = datetime(2024, 3, 10, tzinfo=timezone.utc)
    listing_site.reset_counts()
    with Fetcher(registry.settings) as fetcher:
        robots = RobotsCache(fetcher).obey()
        plan = plan_backfill(list(registry.feeds), fetcher, robots, db, date(2024, 3, 1), date(2024, 3, 3), now)
        progress = fetch_pending(plan.pending, fetcher, db, now, workers=0, timeout_s=30)

    assert "3 listing pages read (1 days without one)" in discovery_summary(plan)
    assert progress.fetched == len(WINDOW_ARTICLES)
    stories = {path for path, n in listing_site.requests.items() if path.startswith("/news/") and n}
    assert stories == WINDOW_ARTICLES  # each fetched, the disallowed one never
    assert all(listing_site.requests[path] == 1 for path in stories)
    with duckdb.connect(str(db.path), read_only=True) as con:
        rows = con.execute("SELECT canonical_url, text_status FROM raw.articles").fetchall()
    assert sorted(url.split(listing_site.base_url, 1)[1] for url, _ in rows) == sorted(WINDOW_ARTICLES)
    assert {status for _, status in rows} == {"ok"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("archive_pages = 'https://example.org/archive/today.html'\narticle_pattern = '/news/'", "no {date:...} placeholder"),
        ("archive_pages = 'https://example.org/archive/{date:%Y}-{page}.html'\narticle_pattern = '/news/'", "not a valid template"),
        ("archive_pages = 'ftp://example.org/{date:%Y}'\narticle_pattern = '/news/'", "http or https"),
        ("archive_pages = 'https://example.org/archive/{date:%Y/%m/%d}/'", "needs article_pattern"),
    ],
)
def test_archive_pages_settings_are_checked(tmp_path, entry, message):
    path = tmp_path / "feeds.toml"
    path.write_text(f"[[feeds]]\nname = 'port'\nurl = 'https://example.org/feed.xml'\n{entry}\n")
    with pytest.raises(ConfigError, match="archive_pages") as error:
        load_feed_registry(path)
    assert message in str(error.value)


def test_a_valid_template_is_kept():
    from pipelines.ingest.archive_pages import listing_page_url

    assert listing_page_url("https://example.org/archive/{date:%Y/%m/%d}/", date(2024, 3, 1)) == (
        "https://example.org/archive/2024/03/01/"
    )
    assert FetchSettings().per_host_delay_s > 0  # listing pages are polite like everything else
