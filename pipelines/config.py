"""Salvo settings: paths from the environment and the feed registry from feeds.toml.

The TOML format (kept stable, the README documents it):

    [settings]
    # private or loopback addresses are refused unless listed here, host:port
    allow_hosts = ["127.0.0.1:8765"]
    per_host_concurrency = 2
    per_host_delay_s = 1.0
    # pages younger than this are read again each run (conditional GET)
    refetch_window_hours = 48

    [[feeds]]
    name = "rferl-ukraine"
    source = "rferl"
    url = "https://www.rferl.org/api/zviipl-vomx-tpeugmm"
    language = "en"
    enabled = true
    # optional, for `salvo backfill`: the site's sitemap (or sitemap index),
    # and a regex an article URL must match (re.search, not anchored)
    sitemap = "https://www.rferl.org/sitemap.xml"
    article_pattern = '/a/[^/]+/[0-9]+[.]html$'   # a literal string: no escapes
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent

DEFAULT_USER_AGENT = "Salvo/0.1 (+https://github.com/salvo-data/salvo; war-reporting research)"


class ConfigError(ValueError):
    """A configuration file is missing, unreadable or says something invalid."""


@dataclass(frozen=True)
class FeedConfig:
    name: str
    source: str
    url: str
    language: str = "en"
    enabled: bool = True
    # Archive discovery for `salvo backfill` (pipelines/ingest/sitemaps.py):
    # the site's sitemap or sitemap index (robots.txt Sitemap: lines are read too)
    sitemap: str | None = None
    # a regex (re.search) an archived URL must match to be taken for an article
    article_pattern: str | None = None
    # for a site without a usable sitemap: its date-archive listing page, a URL
    # with a {date:...} placeholder in strftime's terms, e.g.
    # "https://example.org/news/archive/{date:%Y/%m/%d}/"; needs article_pattern
    archive_pages: str | None = None


@dataclass(frozen=True)
class FetchSettings:
    # "host:port" entries that may be private/loopback (test servers, a local mirror).
    allow_hosts: tuple[str, ...] = ()
    per_host_concurrency: int = 2
    per_host_delay_s: float = 1.0
    connect_timeout_s: float = 10
    total_timeout_s: float = 30
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    # Extra attempts after a transient failure (connection error, 429, 502/503/504).
    retries: int = 1
    # First back-off pause; doubled on every further attempt.
    backoff_s: float = 1.0
    # A Retry-After longer than this is reported (retry_after_s), not waited for.
    retry_after_cap_s: float = 30.0
    # Threads used by Fetcher.fetch_many (per-host limits still apply).
    max_workers: int = 8
    # Articles published less than this many hours ago are fetched again on
    # every run (a conditional GET; a 304 costs nothing): outlets update a
    # story in place as the air force's figures become final. 0 turns it off;
    # a changed feed item (date, title or guid) still brings its page back.
    refetch_window_hours: float = 48.0


@dataclass(frozen=True)
class FeedRegistry:
    settings: FetchSettings
    feeds: tuple[FeedConfig, ...]

    def enabled_feeds(self) -> tuple[FeedConfig, ...]:
        return tuple(feed for feed in self.feeds if feed.enabled)

    def by_name(self, name: str) -> FeedConfig:
        for feed in self.feeds:
            if feed.name == name:
                return feed
        raise KeyError(name)


# ---------------------------------------------------------------- paths


def default_feeds_path() -> Path:
    """`$SALVO_FEEDS`, else feeds.toml at the repository root."""
    env = os.environ.get("SALVO_FEEDS")
    return Path(env) if env else REPO_ROOT / "feeds.toml"


def data_dir() -> Path:
    """`$SALVO_DATA_DIR`, else <repo>/data (not created here)."""
    env = os.environ.get("SALVO_DATA_DIR")
    return Path(env) if env else REPO_ROOT / "data"


def warehouse_path() -> Path:
    """`$SALVO_WAREHOUSE`, else <repo>/data/warehouse.duckdb."""
    env = os.environ.get("SALVO_WAREHOUSE")
    return Path(env) if env else data_dir() / "warehouse.duckdb"


def duckdb_memory_limit() -> str:
    """`$SALVO_DUCKDB_MEMORY_LIMIT`, else 256MB: what a DuckDB database opened by this process may keep in memory.

    DuckDB's buffer manager keeps the blocks it reads and builds up to its
    `memory_limit`, 80% of RAM by default, so the run's process grew with the
    warehouse: the analysts' snapshot copying every table of a 50,000-page
    backfill took the process from about 480 to 1,170 MiB. Bounded, DuckDB
    spills joins, sorts and aggregations to a temporary directory beside the
    database file (its default, `<file>.tmp`, removed when it closes). The
    snapshot's copy of that warehouse alone: 730 MiB of RSS unbounded, 640 at
    512MB, 396 at 256MB (same rows); that of a 10,000-page warehouse stays
    under 256MB unbounded (247 MiB RSS, the process's own ~110 included). The
    margin: list aggregates cannot spill, and the copy and the run's other
    queries (a batch of pages or of facts) have none that grow with the
    warehouse; joins and sorts spill. dbt's process has its own limit
    (dbt_project/profiles.yml, `$SALVO_DBT_MEMORY_LIMIT`). Any DuckDB size
    ('1GB', '512MiB').
    """
    return os.environ.get("SALVO_DUCKDB_MEMORY_LIMIT") or "256MB"


def dbt_memory_limit() -> str:
    """`$SALVO_DBT_MEMORY_LIMIT`, else 256MB: DuckDB's memory_limit in dbt's process.

    dbt_project/profiles.yml reads the same variable with the same default
    (for dbt started by hand); the dbt asset sets it before starting dbt.
    Beyond the bound DuckDB spills joins, sorts and aggregates to
    `<warehouse>.tmp/`, but not list() and string_agg() states: the models
    that build those over many articles or nights build them in groups
    (dbt_project/README.md, "Memory"), and first builds of the archive
    benchmark's 10,000, 50,000 and 100,000 pages pass at 256MB. A history
    whose lists still outgrow it fails the build with an error that names
    this variable.
    """
    return os.environ.get("SALVO_DBT_MEMORY_LIMIT") or "256MB"


# ---------------------------------------------------------------- loading

_SETTINGS_TYPES: dict[str, tuple[type, ...]] = {
    "allow_hosts": (list,),
    "per_host_concurrency": (int,),
    "per_host_delay_s": (int, float),
    "connect_timeout_s": (int, float),
    "total_timeout_s": (int, float),
    "max_bytes": (int,),
    "max_redirects": (int,),
    "user_agent": (str,),
    "retries": (int,),
    "backoff_s": (int, float),
    "retry_after_cap_s": (int, float),
    "max_workers": (int,),
    "refetch_window_hours": (int, float),
}
_FEED_TYPES: dict[str, type] = {
    "name": str,
    "source": str,
    "url": str,
    "language": str,
    "enabled": bool,
    "sitemap": str,
    "article_pattern": str,
    "archive_pages": str,
}
_TOP_LEVEL_KEYS = {"settings", "feeds"}


def load_feed_registry(path: str | os.PathLike | None = None) -> FeedRegistry:
    """Read and validate a feeds.toml; any problem raises ConfigError naming the file."""
    path = Path(path) if path is not None else default_feeds_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None

    unknown = set(raw) - _TOP_LEVEL_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key(s) {sorted(unknown)}; expected [settings] and [[feeds]]")

    settings = _parse_settings(path, raw.get("settings", {}))
    feeds = _parse_feeds(path, raw.get("feeds", []))
    return FeedRegistry(settings=settings, feeds=feeds)


def _parse_settings(path: Path, table: object) -> FetchSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [settings] must be a table")
    unknown = set(table) - set(_SETTINGS_TYPES)
    if unknown:
        raise ConfigError(f"{path}: [settings] has unknown key(s) {sorted(unknown)}; known: {sorted(_SETTINGS_TYPES)}")
    values: dict[str, object] = {}
    for key, value in table.items():
        expected = _SETTINGS_TYPES[key]
        # bool is a subclass of int in Python; "retries = true" is a mistake, not 1.
        if isinstance(value, bool) or not isinstance(value, expected):
            raise ConfigError(f"{path}: [settings] {key} has the wrong type ({type(value).__name__})")
        values[key] = value
    allow = values.get("allow_hosts", [])
    for entry in allow:  # type: ignore[union-attr]
        if not isinstance(entry, str) or not _looks_like_host_port(entry):
            raise ConfigError(f"{path}: [settings] allow_hosts entry {entry!r} is not host:port")
    values["allow_hosts"] = tuple(allow)  # type: ignore[arg-type]
    for key in ("per_host_concurrency", "max_bytes", "max_workers"):
        if key in values and values[key] < 1:  # type: ignore[operator]
            raise ConfigError(f"{path}: [settings] {key} must be at least 1")
    for key in ("per_host_delay_s", "connect_timeout_s", "total_timeout_s", "max_redirects", "retries",
                "backoff_s", "retry_after_cap_s", "refetch_window_hours"):
        if key in values and values[key] < 0:  # type: ignore[operator]
            raise ConfigError(f"{path}: [settings] {key} must not be negative")
    return FetchSettings(**values)  # type: ignore[arg-type]


def _looks_like_host_port(entry: str) -> bool:
    host, sep, port = entry.rpartition(":")
    return bool(sep and host and port.isdigit() and 0 < int(port) < 65536)


def _parse_feeds(path: Path, items: object) -> tuple[FeedConfig, ...]:
    if not isinstance(items, list):
        raise ConfigError(f"{path}: feeds must be an array of tables ([[feeds]])")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for position, item in enumerate(items, start=1):
        where = f"{path}: feed #{position}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} is not a table")
        if isinstance(item.get("name"), str) and item["name"].strip():
            where = f"{path}: feed #{position} ({item['name']!r})"
        unknown = set(item) - set(_FEED_TYPES)
        if unknown:
            raise ConfigError(f"{where} has unknown key(s) {sorted(unknown)}; known: {sorted(_FEED_TYPES)}")
        for key in ("name", "url"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise ConfigError(f"{where} is missing {key}")
        for key, value in item.items():
            if not isinstance(value, _FEED_TYPES[key]):
                raise ConfigError(f"{where}: {key} has the wrong type ({type(value).__name__})")
        name = item["name"].strip()
        if name in seen:
            raise ConfigError(f"{path}: duplicate feed name {name!r}")
        seen.add(name)
        url = item["url"].strip()
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise ConfigError(f"{where}: url {url!r} must use http or https")
        if not parts.hostname:
            raise ConfigError(f"{where}: url {url!r} has no host")
        sitemap = item.get("sitemap")
        if sitemap is not None:
            sitemap = sitemap.strip()
            sitemap_parts = urlsplit(sitemap)
            if sitemap_parts.scheme.lower() not in ("http", "https") or not sitemap_parts.hostname:
                raise ConfigError(f"{where}: sitemap {sitemap!r} must be an http or https URL with a host")
        article_pattern = item.get("article_pattern")
        if article_pattern is not None:
            if not article_pattern.strip():
                raise ConfigError(f"{where}: article_pattern is empty (leave it out to take every URL)")
            try:
                re.compile(article_pattern)
            except re.error as exc:
                raise ConfigError(f"{where}: article_pattern {article_pattern!r} is not a valid regex: {exc}") from None
        archive_pages = item.get("archive_pages")
        if archive_pages is not None:
            archive_pages = archive_pages.strip()
            archive_pages_problem = _archive_pages_problem(archive_pages)
            if archive_pages_problem:
                raise ConfigError(f"{where}: archive_pages {archive_pages!r} {archive_pages_problem}")
            if article_pattern is None:
                raise ConfigError(
                    f"{where}: archive_pages needs article_pattern (a listing page links to much besides articles)"
                )
        # The source defaults to the feed name: most sources have a single feed.
        source = item.get("source", name).strip() or name
        feeds.append(
            FeedConfig(
                name=name,
                source=source,
                url=url,
                language=item.get("language", "en"),
                enabled=item.get("enabled", True),
                sitemap=sitemap,
                article_pattern=article_pattern,
                archive_pages=archive_pages,
            )
        )
    return tuple(feeds)


def _archive_pages_problem(template: str) -> str | None:
    """What is wrong with a date-archive URL template, or None."""
    from datetime import date

    if "{date" not in template:
        return "has no {date:...} placeholder (e.g. {date:%Y/%m/%d})"
    try:
        url = template.format(date=date(2024, 3, 1))
    except (KeyError, IndexError, ValueError) as exc:
        return f"is not a valid template: {exc} (only {{date:...}} may be in braces)"
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "must be an http or https URL with a host"
    return None


def default_text_workers() -> int:
    """$SALVO_WORKERS, else one worker more than the machine has cores (at most 9).

    The one extra is measured, not a guess: while this process fetches pages
    on several threads it hands the next page to a worker a little late, and
    with exactly one worker per core the cores sit idle in those gaps (on 2
    cores, 1,000 pages: 3 workers read pages ~15% faster than 2).
    """
    if os.environ.get("SALVO_WORKERS"):
        return int(os.environ["SALVO_WORKERS"])
    return min(os.cpu_count() or 1, 8) + 1


__all__ = [
    "ConfigError",
    "FeedConfig",
    "FeedRegistry",
    "FetchSettings",
    "data_dir",
    "default_text_workers",
    "default_feeds_path",
    "duckdb_memory_limit",
    "load_feed_registry",
    "warehouse_path",
]
