"""Archive discovery for a site without a usable sitemap: its date-archive listing pages.

A feed's `archive_pages` is a URL template with a `{date:...}` placeholder
(strftime codes), e.g. "https://example.org/news/archive/{date:%Y/%m/%d}/".
For every day of the window the listing page of that day is read, and then
its following pages (a `rel="next"` link, on the same site, at most
MAX_PAGES_PER_DAY). Every link on them that matches the feed's
`article_pattern` is an article of that day; the listing's day stands in
for the date until the page gives its own (as a sitemap's `lastmod` does).

Listing pages go through the same guarded fetcher and robots.txt check as
everything else; links are read with lxml's HTML parser, which fetches
nothing. A day whose listing page is missing (404: many sites have no page
for a day without stories) is counted, not reported one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urljoin, urlsplit

from pipelines.ingest.http import Fetcher

# a listing paginated further than this for one day is cut there (and said so)
MAX_PAGES_PER_DAY = 20


@dataclass
class ListingPage:
    links: list[str]
    next_page: str | None


def listing_page_url(template: str, day: date) -> str:
    return template.format(date=day)


def window_days(since: date, until: date) -> list[date]:
    return [since + timedelta(days=offset) for offset in range((until - since).days + 1)]


def read_listing_page(body: bytes, base_url: str, content_type: str | None = None) -> ListingPage:
    """The absolute links of a listing page, and the URL of its next page if it names one."""
    from lxml import etree
    from lxml import html as lxml_html

    from pipelines.ingest.page_text import decode_html

    text, _ = decode_html(body, content_type)
    try:
        document = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return ListingPage(links=[], next_page=None)
    links = [urljoin(base_url, href.strip()) for href in document.xpath("//a/@href") if href.strip()]
    has_next = "contains(concat(' ', normalize-space(@rel), ' '), ' next ')"
    following = document.xpath(f"//link[{has_next}]/@href | //a[{has_next}]/@href")
    next_page = urljoin(base_url, following[0].strip()) if following and following[0].strip() else None
    return ListingPage(links=links, next_page=next_page)


def _same_site(a: str, b: str) -> bool:
    return urlsplit(a).netloc.lower() == urlsplit(b).netloc.lower()


def listed_articles(
    template: str,
    pattern: re.Pattern,
    fetcher: Fetcher,
    since: date,
    until: date,
    problems: list[str],
    feed_name: str,
) -> tuple[list[tuple[str, date]], int, int]:
    """(article URL, listing day) pairs in [since, until], listing pages read, days without a listing page.

    Links that do not match `pattern` (menus, tags, authors, other days) are
    left out here; duplicates are left for the caller, which counts them.
    """
    found: list[tuple[str, date]] = []
    pages_read = missing_days = 0
    # the pages to read next, with their day and how many pages of that day came before
    wave = [(listing_page_url(template, day), day, 0) for day in window_days(since, until)]
    seen: set[str] = set()
    while wave:
        day_of = {url: (day, depth) for url, day, depth in wave}
        seen.update(day_of)
        following = []
        for result in fetcher.fetch_many(list(day_of)):
            day, depth = day_of[result.url]
            if not result.ok or result.body is None:
                if result.status_code == 404 and depth == 0:
                    missing_days += 1
                else:
                    problems.append(f"{feed_name}: listing page {result.url}: {result.error or result.outcome}")
                continue
            pages_read += 1
            base = result.final_url or result.url
            page = read_listing_page(result.body, base, result.content_type)
            found += [(link, day) for link in page.links if pattern.search(link)]
            nxt = page.next_page
            if nxt and nxt not in seen and _same_site(nxt, base):
                if depth + 1 >= MAX_PAGES_PER_DAY:
                    problems.append(f"{feed_name}: listing of {day} has more than {MAX_PAGES_PER_DAY} pages; the rest were not read")
                else:
                    following.append((nxt, day, depth + 1))
        wave = following
    return found, pages_read, missing_days


__all__ = ["MAX_PAGES_PER_DAY", "ListingPage", "listed_articles", "listing_page_url", "read_listing_page", "window_days"]
