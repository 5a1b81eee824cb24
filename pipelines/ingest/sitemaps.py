"""Archive discovery: the article URLs a site's sitemaps list for a date window.

(A feed with `archive_pages` is read from its date-archive listing pages
instead: archive_pages.py.)

A site's sitemaps are found in the feed's `sitemap` setting and in the
`Sitemap:` lines of its robots.txt. Sitemap indexes are followed (nested, at
most MAX_DEPTH levels), urlsets are read, gzip files are unpacked (by their
magic bytes, whatever the name or Content-Type says), Google News sitemaps
give `news:publication_date`, plain ones `lastmod`.

An entry is a candidate when its date, `news:publication_date` else
`lastmod`, falls in the window (both ends included; the calendar day as the
sitemap writes it, in the site's own time zone) and, when the feed sets
`article_pattern`, its URL matches it. A child sitemap whose `lastmod` in the
index is before the window is not fetched: nothing in it changed since, so
nothing in it was published in the window.

XML is parsed with defusedxml: a DTD is tolerated, entity declarations
(billion laughs, external entities) are refused and reported as a problem of
that sitemap. Every request goes through the guarded fetcher and asks
robots.txt first (RobotsCache); nothing here knows about Dagster.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from pipelines.config import FeedConfig
from pipelines.ingest.archive_pages import listed_articles
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache
from pipelines.ingest.urls import article_id_for, canonical_url

# The sitemap protocol's own limit for one uncompressed file.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# index -> index -> index -> urlset is already unusual
MAX_DEPTH = 5
# sitemaps read per feed in one discovery, whatever the indexes say
MAX_SITEMAPS = 20_000

_GZIP_MAGIC = b"\x1f\x8b"


class SitemapError(ValueError):
    """A sitemap that cannot be read (not XML, refused XML, too large once unpacked)."""


@dataclass(frozen=True)
class SitemapEntry:
    """One <url> of a urlset."""

    url: str
    lastmod: str | None = None
    publication_date: str | None = None  # news:publication_date

    @property
    def date_text(self) -> str | None:
        return self.publication_date or self.lastmod


@dataclass(frozen=True)
class ChildSitemap:
    """One <sitemap> of a sitemap index."""

    url: str
    lastmod: str | None = None


@dataclass
class ParsedSitemap:
    kind: str  # 'index' or 'urlset'
    children: list[ChildSitemap] = field(default_factory=list)
    entries: list[SitemapEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    """An archived article to fetch: the row shape of queries.pending_articles, plus its sitemap date."""

    article_id: str
    canonical_url: str
    link: str
    source: str
    feed_name: str
    day: date
    # news:publication_date: the article's date, as a feed's pubDate would be
    published_at: datetime | None
    # lastmod: only when the page itself gives no date (a modification, not a publication)
    archive_date: datetime | None


@dataclass
class Discovery:
    """What discovery found for the feeds it was given."""

    candidates: list[Candidate] = field(default_factory=list)
    sitemaps_read: int = 0
    sitemaps_pruned: int = 0  # children skipped: their lastmod is before the window
    listed: int = 0  # <url> entries read in all sitemaps
    undated: int = 0
    out_of_window: int = 0
    not_articles: int = 0  # failed article_pattern
    disallowed: int = 0  # robots.txt
    duplicates: int = 0  # the same canonical URL listed again
    listing_pages_read: int = 0  # date-archive listing pages (feeds with `archive_pages`)
    days_without_listing: int = 0  # their 404s: days with no listing page
    problems: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- parsing


def unpack(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """The body itself, or its gzip content (at most `limit` bytes, so a gzip bomb stops there)."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise SitemapError(f"broken gzip: {exc}") from None
    if len(out) > limit:
        raise SitemapError(f"more than {limit} bytes once unpacked")
    return out


def _local(tag: object) -> str:
    """An element's name without its namespace: sites get the namespace wrong more often than the names."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _news_date(url_element) -> str | None:
    for child in url_element:
        if _local(child.tag) == "news":
            return _child_text(child, "publication_date")
    return None


def parse_sitemap(body: bytes) -> ParsedSitemap:
    """A sitemap index or urlset (gzip or not); raises SitemapError for anything else."""
    xml = unpack(body)
    try:
        # forbid_dtd=False: some CMSs still write a DOCTYPE; entities stay forbidden
        root = fromstring(xml, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise SitemapError(f"refused XML ({type(exc).__name__}): {exc}") from None
    except ParseError as exc:
        raise SitemapError(f"not XML: {exc}") from None
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = [
            ChildSitemap(url=loc, lastmod=_child_text(item, "lastmod"))
            for item in root
            if _local(item.tag) == "sitemap" and (loc := _child_text(item, "loc"))
        ]
        return ParsedSitemap(kind="index", children=children)
    if kind == "urlset":
        entries = [
            SitemapEntry(url=loc, lastmod=_child_text(item, "lastmod"), publication_date=_news_date(item))
            for item in root
            if _local(item.tag) == "url" and (loc := _child_text(item, "loc"))
        ]
        return ParsedSitemap(kind="urlset", entries=entries)
    raise SitemapError(f"neither a sitemap index nor a urlset (root element <{kind}>)")


# W3C datetime, as sitemaps write it: YYYY, YYYY-MM, YYYY-MM-DD, and with a time.
_W3C = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](.+))?)?)?\s*$")


def sitemap_day(text: str | None) -> date | None:
    """The calendar day a sitemap date names, as written (no time-zone shift); None when unreadable.

    "2023-05" and "2023" are taken as their first day: a page dated that
    coarsely belongs to the window only if the window starts that early.
    """
    if not text:
        return None
    match = _W3C.match(text)
    if not match:
        return None
    year, month, day, _time = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def sitemap_datetime(text: str | None) -> datetime | None:
    """A sitemap date as an aware UTC datetime (a bare date is its noon UTC); None when unreadable."""
    day = sitemap_day(text)
    if day is None:
        return None
    value = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) <= 10:
        return datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# ---------------------------------------------------------------- discovery


def sitemap_roots(feed: FeedConfig, robots: RobotsCache) -> list[str]:
    """The feed's `sitemap`, then the Sitemap: lines of robots.txt of its site (the sitemap's, else the feed's)."""
    roots: list[str] = []
    if feed.sitemap:
        roots.append(feed.sitemap)
    site_url = feed.sitemap or feed.url
    for url in robots.rules_for(site_url).sitemaps:
        absolute = urljoin(site_url, url.strip())
        if absolute not in roots:
            roots.append(absolute)
    return roots


def _in_window(day: date | None, since: date, until: date) -> bool:
    return day is not None and since <= day <= until


def discover(
    feeds: Iterable[FeedConfig],
    fetcher: Fetcher,
    robots: RobotsCache,
    since: date,
    until: date,
) -> Discovery:
    """Walk every feed's sitemaps and return the article URLs dated in [since, until].

    One canonical URL is one candidate, whichever feed or sitemap listed it
    first. A sitemap is read once per call: two feeds of one site share its
    sitemaps, and the first feed's source and article_pattern apply to them.
    """
    found = Discovery()
    by_id: dict[str, Candidate] = {}
    read: set[str] = set()
    for feed in feeds:
        pattern = re.compile(feed.article_pattern) if feed.article_pattern else None
        if feed.archive_pages and pattern is not None:
            # a site without a usable sitemap: its listing pages instead
            links, pages, missing = listed_articles(
                feed.archive_pages, pattern, fetcher, since, until, found.problems, feed.name
            )
            found.listing_pages_read += pages
            found.days_without_listing += missing
            for url, day in links:
                found.listed += 1
                entry = SitemapEntry(url=url, lastmod=day.isoformat())
                _consider(found, by_id, feed, pattern, robots, url, entry, since, until)
            continue
        level = [(url, None) for url in sitemap_roots(feed, robots)]
        if not level:
            found.problems.append(f"{feed.name}: no sitemap (set `sitemap` in feeds.toml, or robots.txt has none)")
        sitemaps_this_feed = 0
        for depth in range(MAX_DEPTH + 1):
            to_fetch = []
            for url, lastmod in level:
                key = canonical_url(url)
                if key in read:
                    continue
                read.add(key)
                if lastmod is not None and (day := sitemap_day(lastmod)) is not None and day < since:
                    found.sitemaps_pruned += 1
                    continue
                if not robots.allows(url):
                    rules = robots.rules_for(url)
                    why = rules.detail if rules.status == "unreachable" else "disallowed by robots.txt"
                    found.problems.append(f"{feed.name}: sitemap {url} not read: {why}")
                    continue
                to_fetch.append(url)
            if sitemaps_this_feed + len(to_fetch) > MAX_SITEMAPS:
                found.problems.append(f"{feed.name}: more than {MAX_SITEMAPS} sitemaps; the rest were not read")
                to_fetch = to_fetch[: MAX_SITEMAPS - sitemaps_this_feed]
            if not to_fetch:
                break
            if depth == MAX_DEPTH:
                found.problems.append(f"{feed.name}: sitemap indexes nested deeper than {MAX_DEPTH}; not followed")
                break
            sitemaps_this_feed += len(to_fetch)
            level = []
            for result in fetcher.fetch_many(to_fetch):
                if not result.ok or result.body is None:
                    found.problems.append(f"{feed.name}: sitemap {result.url}: {result.error or result.outcome}")
                    continue
                try:
                    parsed = parse_sitemap(result.body)
                except SitemapError as exc:
                    found.problems.append(f"{feed.name}: sitemap {result.url}: {exc}")
                    continue
                found.sitemaps_read += 1
                base = result.final_url or result.url
                level += [(urljoin(base, child.url), child.lastmod) for child in parsed.children]
                for entry in parsed.entries:
                    found.listed += 1
                    _consider(found, by_id, feed, pattern, robots, urljoin(base, entry.url), entry, since, until)
    found.candidates = sorted(by_id.values(), key=lambda c: (c.day, c.canonical_url))
    return found


def _consider(
    found: Discovery,
    by_id: dict[str, Candidate],
    feed: FeedConfig,
    pattern: re.Pattern | None,
    robots: RobotsCache,
    url: str,
    entry: SitemapEntry,
    since: date,
    until: date,
) -> None:
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        found.not_articles += 1
        return
    day = sitemap_day(entry.date_text)
    if day is None:
        found.undated += 1
        return
    if not _in_window(day, since, until):
        found.out_of_window += 1
        return
    if pattern is not None and not pattern.search(url):
        found.not_articles += 1
        return
    canonical = canonical_url(url)
    article_id = article_id_for(canonical)
    if article_id in by_id:
        found.duplicates += 1
        known = by_id[article_id]
        # a news sitemap's publication date beats a plain lastmod for the same article
        if known.published_at is None and entry.publication_date:
            by_id[article_id] = Candidate(**{**known.__dict__, "published_at": sitemap_datetime(entry.publication_date)})
        return
    if not robots.allows(url):
        found.disallowed += 1
        return
    by_id[article_id] = Candidate(
        article_id=article_id,
        canonical_url=canonical,
        link=url,
        source=feed.source,
        feed_name=feed.name,
        day=day,
        published_at=sitemap_datetime(entry.publication_date),
        archive_date=sitemap_datetime(entry.lastmod),
    )


__all__ = [
    "Candidate",
    "ChildSitemap",
    "Discovery",
    "MAX_DEPTH",
    "ParsedSitemap",
    "SitemapEntry",
    "SitemapError",
    "discover",
    "parse_sitemap",
    "sitemap_datetime",
    "sitemap_day",
    "sitemap_roots",
    "unpack",
]
