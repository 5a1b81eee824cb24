"""robots.txt, read once per site and asked before every archive request.

The rules are parsed by protego (the parser Scrapy uses: wildcards, `$`,
longest match, Crawl-delay, Request-rate, Sitemap lines). What an answer
other than 200 means follows RFC 9309, section 2.3.1:

* 4xx (no robots.txt, 401, 403, ...): nothing is disallowed;
* 5xx, a timeout, no connection: the site is "unreachable", so everything is
  disallowed for this run (asking again tomorrow is cheap; crawling a site
  whose rules we could not read is not polite);
* only the first 500 KiB are parsed, as the RFC allows.

A Crawl-delay (or a Request-rate) for our User-Agent raises the fetcher's
per-host delay for that host; it never lowers per_host_delay_s.

`RobotsCache.obey()` makes the fetcher ask before every article page and
every redirect hop (the daily job's pages as well as a backfill's): a page
the rules disallow is recorded `disallowed` and not tried again; while a
site's robots.txt is unreachable its pages are `robots_unreachable` and wait
for a later run. Feeds are fetched without asking: each one is a URL the
user registered, published for machines to read.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

from pipelines.ingest.http import Fetcher, FetchResult

ROBOTS_MAX_BYTES = 500 * 1024


def site_of(url: str) -> str:
    """scheme://host[:port] of a URL, lower-cased: robots.txt applies per origin."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass
class SiteRules:
    """What one site's robots.txt says to us."""

    site: str
    status: str  # 'rules', 'no_robots' (4xx: all allowed), 'unreachable' (all disallowed)
    detail: str = ""
    parser: Protego | None = None
    crawl_delay_s: float | None = None
    sitemaps: list[str] = field(default_factory=list)

    def allows(self, url: str, user_agent: str) -> bool:
        if self.status == "unreachable":
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(url, user_agent)


def rules_from_answer(site: str, result: FetchResult, user_agent: str) -> SiteRules:
    """The rules a robots.txt answer gives (see the module docstring for the non-200 cases)."""
    if result.outcome == "ok" and result.body is not None:
        text = result.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
        parser = Protego.parse(text)
        delay = parser.crawl_delay(user_agent)
        rate = parser.request_rate(user_agent)
        if rate is not None and rate.requests:
            # "Request-rate: 1/5" is a request every 5 s
            delay = max(delay or 0.0, rate.seconds / rate.requests)
        return SiteRules(
            site=site,
            status="rules",
            parser=parser,
            crawl_delay_s=float(delay) if delay is not None else None,
            sitemaps=list(parser.sitemaps),
        )
    if result.outcome == "http_error" and result.status_code is not None and 400 <= result.status_code < 500:
        return SiteRules(site=site, status="no_robots", detail=f"HTTP {result.status_code}: nothing disallowed")
    reason = result.error or result.outcome
    return SiteRules(site=site, status="unreachable", detail=f"robots.txt unreachable ({reason}): nothing fetched")


class RobotsCache:
    """robots.txt per site, fetched once through the guarded fetcher; Crawl-delay applied to it."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self.user_agent = fetcher.settings.user_agent
        self._rules: dict[str, SiteRules] = {}
        self._lock = threading.Lock()
        # one robots.txt request per site, however many fetcher threads ask at once
        self._site_locks: dict[str, threading.Lock] = {}

    def rules_for(self, url: str) -> SiteRules:
        site = site_of(url)
        with self._lock:
            known = self._rules.get(site)
            site_lock = self._site_locks.setdefault(site, threading.Lock())
        if known is not None:
            return known
        with site_lock:
            with self._lock:
                known = self._rules.get(site)
            if known is not None:
                return known
            rules = rules_from_answer(site, self.fetcher.get(f"{site}/robots.txt"), self.user_agent)
            if rules.crawl_delay_s:
                host = urlsplit(site).hostname or ""
                self.fetcher.raise_host_delay(host, rules.crawl_delay_s)
            with self._lock:
                return self._rules.setdefault(site, rules)

    def refusal(self, url: str) -> tuple[str, str] | None:
        """None when `url` may be fetched, else the fetch outcome and its reason (Fetcher's URL check)."""
        if urlsplit(url).path == "/robots.txt":
            return None  # the rules themselves are always read
        rules = self.rules_for(url)
        if rules.status == "unreachable":
            return "robots_unreachable", f"{rules.site}: {rules.detail}"
        if not rules.allows(url, self.user_agent):
            return "disallowed", f"{rules.site}/robots.txt disallows this page for {self.user_agent.split('/')[0]}"
        return None

    def obey(self) -> RobotsCache:
        """Make the fetcher ask these rules before every request and redirect hop."""
        self.fetcher.check_urls_with(self.refusal)
        return self

    def allows(self, url: str) -> bool:
        return self.rules_for(url).allows(url, self.user_agent)

    def sites(self) -> list[SiteRules]:
        with self._lock:
            return list(self._rules.values())


__all__ = ["ROBOTS_MAX_BYTES", "RobotsCache", "SiteRules", "rules_from_answer", "site_of"]
