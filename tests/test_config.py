"""Settings and the feed registry (pipelines/config.py).

fault                                  -> behaviour                                 -> test
the shipped feeds.toml                 -> 8 feeds, no allowed private hosts         -> test_repository_feeds_toml_loads
missing name / url                     -> ConfigError naming file and feed          -> test_missing_name_or_url_is_an_error
duplicate feed names                   -> ConfigError                              -> test_duplicate_names_are_an_error
ftp:/file: URL                         -> ConfigError                              -> test_bad_url_scheme_is_an_error
unknown keys (typos)                   -> ConfigError listing the known keys       -> test_unknown_keys_are_errors
wrong types, bad allow_hosts entry     -> ConfigError                              -> test_wrong_types_are_errors
missing file / invalid TOML            -> ConfigError naming the file              -> test_missing_file_and_bad_toml
sitemap / article_pattern (backfill)   -> read; bad URL, bad regex: ConfigError     -> test_archive_settings
shipped feeds' article_pattern         -> articles match; sections, tags do not     -> test_shipped_article_patterns
environment overrides                  -> SALVO_FEEDS, SALVO_WAREHOUSE honoured     -> test_paths_follow_the_environment
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines.config import (
    REPO_ROOT,
    ConfigError,
    FeedConfig,
    FetchSettings,
    data_dir,
    default_feeds_path,
    load_feed_registry,
    warehouse_path,
)

EXAMPLE = """
[settings]
# private or loopback addresses are refused unless listed here, host:port
allow_hosts = ["127.0.0.1:8765"]
per_host_concurrency = 2
per_host_delay_s = 1.0

[[feeds]]
name = "rferl-ukraine"
source = "rferl"
url = "https://www.rferl.org/api/zviipl-vomx-tpeugmm"
language = "en"
enabled = true

[[feeds]]
name = "local"
source = "devset"
url = "http://127.0.0.1:8765/feeds/rferl.xml"
enabled = false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text)
    return path


def test_example_format_loads(tmp_path):
    registry = load_feed_registry(write(tmp_path, EXAMPLE))
    assert registry.settings == FetchSettings(allow_hosts=("127.0.0.1:8765",), per_host_concurrency=2, per_host_delay_s=1.0)
    assert registry.feeds[0] == FeedConfig(
        name="rferl-ukraine", source="rferl", url="https://www.rferl.org/api/zviipl-vomx-tpeugmm"
    )
    assert registry.feeds[1].enabled is False and registry.feeds[1].language == "en"
    assert [f.name for f in registry.enabled_feeds()] == ["rferl-ukraine"]
    assert registry.by_name("local").source == "devset"


def test_repository_feeds_toml_loads():
    registry = load_feed_registry(REPO_ROOT / "feeds.toml")
    assert registry.settings.allow_hosts == ()
    assert {f.source for f in registry.feeds} == {
        "rferl", "ukrinform", "interfax", "unian", "kyivindependent", "pravda", "tass"
    }
    assert len(registry.feeds) == 8
    assert all(f.url.startswith("https://") and f.enabled for f in registry.feeds)
    assert "https://tass.com/rss/v2.xml" in {f.url for f in registry.feeds}


def test_defaults_are_sane():
    settings = FetchSettings()
    assert settings.max_bytes == 10 * 1024 * 1024
    assert settings.max_redirects == 5
    assert settings.user_agent.startswith("Salvo/0.1 (+https://github.com/salvo-data/salvo")
    assert settings.allow_hosts == ()


@pytest.mark.parametrize("missing", ["name", "url"])
def test_missing_name_or_url_is_an_error(tmp_path, missing):
    fields = {"name": '"a"', "source": '"s"', "url": '"https://example.com/rss"'}
    del fields[missing]
    body = "[[feeds]]\n" + "\n".join(f"{k} = {v}" for k, v in fields.items())
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as error:
        load_feed_registry(path)
    assert str(path) in str(error.value)
    assert f"missing {missing}" in str(error.value)
    assert "feed #1" in str(error.value)


def test_duplicate_names_are_an_error(tmp_path):
    body = '[[feeds]]\nname = "x"\nurl = "https://a.example/rss"\n[[feeds]]\nname = "x"\nurl = "https://b.example/rss"\n'
    with pytest.raises(ConfigError, match="duplicate feed name 'x'"):
        load_feed_registry(write(tmp_path, body))


@pytest.mark.parametrize("url", ["ftp://example.com/rss", "file:///etc/passwd", "example.com/rss", "https:///no-host"])
def test_bad_url_scheme_is_an_error(tmp_path, url):
    body = f'[[feeds]]\nname = "x"\nurl = "{url}"\n'
    with pytest.raises(ConfigError, match="'x'"):
        load_feed_registry(write(tmp_path, body))


@pytest.mark.parametrize(
    "body, words",
    [
        ('[settings]\nper_host_concurrancy = 3\n', "per_host_concurrancy"),
        ('[[feeds]]\nname = "x"\nurl = "https://a.example/"\nlanguge = "en"\n', "languge"),
        ('[feed]\nname = "x"\n', "feed"),
    ],
)
def test_unknown_keys_are_errors(tmp_path, body, words):
    with pytest.raises(ConfigError, match="unknown") as error:
        load_feed_registry(write(tmp_path, body))
    assert words in str(error.value)


@pytest.mark.parametrize(
    "body",
    [
        '[settings]\nper_host_concurrency = "two"\n',
        "[settings]\nretries = true\n",
        "[settings]\nper_host_concurrency = 0\n",
        "[settings]\nper_host_delay_s = -1\n",
        '[settings]\nallow_hosts = ["127.0.0.1"]\n',
        '[settings]\nallow_hosts = "127.0.0.1:8765"\n',
        '[[feeds]]\nname = "x"\nurl = "https://a.example/"\nenabled = "yes"\n',
        "feeds = 3\n",
    ],
)
def test_wrong_types_are_errors(tmp_path, body):
    with pytest.raises(ConfigError):
        load_feed_registry(write(tmp_path, body))


def test_missing_file_and_bad_toml(tmp_path):
    with pytest.raises(ConfigError, match="not found") as error:
        load_feed_registry(tmp_path / "nope.toml")
    assert "nope.toml" in str(error.value)
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_feed_registry(write(tmp_path, "[[feeds]\nname = \n"))


ARCHIVE_FEED = '[[feeds]]\nname = "x"\nurl = "https://a.example/rss"\n'


def test_archive_settings(tmp_path):
    body = ARCHIVE_FEED + 'sitemap = " https://a.example/sitemap_index.xml "\narticle_pattern = \'/news/[0-9]{4}/\'\n'
    feed = load_feed_registry(write(tmp_path, body)).feeds[0]
    assert feed.sitemap == "https://a.example/sitemap_index.xml"
    assert feed.article_pattern == "/news/[0-9]{4}/"
    plain = load_feed_registry(write(tmp_path, ARCHIVE_FEED)).feeds[0]
    assert plain.sitemap is None and plain.article_pattern is None
    for line, words in [
        ('sitemap = "ftp://a.example/sitemap.xml"', "sitemap 'ftp://a.example/sitemap.xml' must be an http or https URL"),
        ('sitemap = "/sitemap.xml"', "must be an http or https URL"),
        ("sitemap = 3", "sitemap has the wrong type"),
        ("article_pattern = '/news/(['", "article_pattern '/news/([' is not a valid regex"),
        ('article_pattern = " "', "article_pattern is empty"),
    ]:
        with pytest.raises(ConfigError) as error:
            load_feed_registry(write(tmp_path, ARCHIVE_FEED + line + "\n"))
        assert words in str(error.value) and "'x'" in str(error.value), line


# Invented URLs in the shapes of each site's articles, and pages of the same
# site a sitemap also lists (sections, tags, authors, other languages, AMP copies).
SHIPPED_PATTERN_CASES = {
    "rferl-ukraine": (
        ["https://www.rferl.org/a/ukraine-drones-overnight-kyiv/33012345.html",
         "https://www.rferl.org/a/33012345.html"],
        ["https://www.rferl.org/z/682", "https://www.rferl.org/author/jane-doe/abc",
         "https://www.rferl.org/amp/ukraine-drones-overnight-kyiv/33012345.html"],
    ),
    "ukrinform-latest": (
        ["https://www.ukrinform.net/rubric-ato/4012345-air-defense-downs-drones-over-region.html",
         "https://www.ukrinform.net/rubric-polytics/3912345-eu-approves-tranche.html"],
        ["https://www.ukrinform.net/rubric-ato", "https://www.ukrinform.net/tag-drones",
         "https://www.ukrinform.ua/rubric-ato/"],
    ),
    "interfax-ukraine": (
        ["https://en.interfax.com.ua/news/general/1012345.html",
         "https://en.interfax.com.ua/news/economic/912345.html"],
        ["https://en.interfax.com.ua/news/general/", "https://en.interfax.com.ua/news/last.rss"],
    ),
    "pravda-english": (
        ["https://www.pravda.com.ua/eng/news/2024/03/8/7451234/",
         "https://www.pravda.com.ua/eng/news/2023/11/21/7430123/"],
        ["https://www.pravda.com.ua/news/2024/03/08/7451234/",
         "https://www.pravda.com.ua/eng/columns/2024/03/08/7451234/",
         "https://www.pravda.com.ua/eng/news/2024/03/8/7451234/index.amp"],
    ),
    "tass-english": (
        ["https://tass.com/defense/1912345", "https://tass.com/world/1812345"],
        ["https://tass.com/defense", "https://tass.ru/politika/1912345", "https://tass.com/tag/ukraine"],
    ),
}


@pytest.mark.parametrize("feed_name", sorted(SHIPPED_PATTERN_CASES))
def test_shipped_article_patterns(feed_name):
    feed = next(f for f in load_feed_registry(default_feeds_path()).feeds if f.name == feed_name)
    pattern = re.compile(feed.article_pattern)
    articles, others = SHIPPED_PATTERN_CASES[feed_name]
    assert [url for url in articles if not pattern.search(url)] == []
    assert [url for url in others if pattern.search(url)] == []


def test_source_defaults_to_name(tmp_path):
    registry = load_feed_registry(write(tmp_path, '[[feeds]]\nname = "tass"\nurl = "https://tass.com/rss/v2.xml"\n'))
    assert registry.feeds[0].source == "tass"
    assert registry.settings == FetchSettings()


def test_paths_follow_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("SALVO_FEEDS", raising=False)
    monkeypatch.delenv("SALVO_WAREHOUSE", raising=False)
    monkeypatch.delenv("SALVO_DATA_DIR", raising=False)
    assert default_feeds_path() == REPO_ROOT / "feeds.toml"
    assert warehouse_path() == REPO_ROOT / "data" / "warehouse.duckdb"
    assert data_dir() == REPO_ROOT / "data"
    monkeypatch.setenv("SALVO_FEEDS", str(tmp_path / "f.toml"))
    monkeypatch.setenv("SALVO_WAREHOUSE", str(tmp_path / "w.duckdb"))
    assert default_feeds_path() == tmp_path / "f.toml"
    assert warehouse_path() == tmp_path / "w.duckdb"
    write(tmp_path, EXAMPLE).rename(tmp_path / "f.toml")
    assert len(load_feed_registry().feeds) == 2


def test_extraction_workers_default_to_one_more_than_the_cores(monkeypatch):
    from pipelines.config import default_text_workers

    monkeypatch.delenv("SALVO_WORKERS", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert default_text_workers() == 3
    monkeypatch.setattr("os.cpu_count", lambda: 64)
    assert default_text_workers() == 9
    monkeypatch.setenv("SALVO_WORKERS", "2")
    assert default_text_workers() == 2
