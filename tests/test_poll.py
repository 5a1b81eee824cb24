"""Polling several feeds: fetched on threads, parsed on worker processes."""

from __future__ import annotations

from datetime import datetime, timezone

import pipelines.ingest.poll as poll_module
from pipelines.config import load_feed_registry
from pipelines.ingest.feeds import parse_feed
from pipelines.ingest.http import Fetcher
from pipelines.ingest.poll import poll_feeds
from pipelines.sample_site.server import serve_site
from tests.conftest import write_feeds_toml

NAMES = ["alpha", "bravo", "charlie", "delta"]


def _feed(name: str, items: int) -> str:
    entries = "".join(
        f"<item><title>{name} story {n}</title><link>__BASE__/pages/{name}-{n}.html</link>"
        f"<pubDate>Thu, 28 Sep 2023 0{n % 10}:30:00 GMT</pubDate></item>"
        for n in range(items)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>{entries}</channel></rss>'


def _site(tmp_path):
    root = tmp_path / "site"
    (root / "feeds").mkdir(parents=True)
    for number, name in enumerate(NAMES):
        (root / "feeds" / f"{name}.xml").write_text(_feed(name, 20 + number))
    return root


def _poll(tmp_path, site):
    registry = load_feed_registry(write_feeds_toml(tmp_path / "feeds.toml", site.base_url, NAMES))
    with Fetcher(registry.settings) as fetcher:
        return {p.feed.name: p for p in poll_feeds(registry, fetcher, {}, datetime.now(timezone.utc), parse_workers=2)}


def test_feeds_parsed_on_workers_give_what_parsing_here_gives(tmp_path):
    with serve_site(_site(tmp_path)) as site:
        polls = _poll(tmp_path, site)
    for number, name in enumerate(NAMES):
        poll = polls[name]
        assert poll.fetch.outcome == "ok" and poll.problems == []
        here = parse_feed(poll.fetch.body, poll.fetch.headers, poll.feed, base_url=poll.fetch.final_url)
        assert poll.entries == here.entries
        assert len(poll.entries) == 20 + number


def _broken_on_charlie(body, headers, feed, base_url=None):
    if feed.name == "charlie":
        raise RuntimeError("parser bug")
    return parse_feed(body, headers, feed, base_url=base_url)


def test_a_feed_the_parser_fails_on_is_reported_and_the_others_kept(tmp_path, monkeypatch):
    # the workers are forks of this process, so they see the patched parser
    monkeypatch.setattr(poll_module, "parse_feed", _broken_on_charlie)
    with serve_site(_site(tmp_path)) as site:
        polls = _poll(tmp_path, site)
    assert polls["charlie"].entries == []
    assert polls["charlie"].problems == ["feed could not be parsed: RuntimeError: parser bug"]
    assert [len(polls[name].entries) for name in ("alpha", "bravo", "delta")] == [20, 21, 23]


def test_feeds_larger_than_a_pipe_buffer_come_back_whole(tmp_path):
    # each feed and each parsed result is several times an OS pipe buffer: a
    # pool that writes the next feed to a worker still sending its last result
    # would hang here, so the poll runs on a thread with a deadline
    import threading

    root = tmp_path / "site"
    (root / "feeds").mkdir(parents=True)
    for name in NAMES:
        (root / "feeds" / f"{name}.xml").write_text(_feed(name, 1500))
    outcome: dict = {}
    with serve_site(root) as site:
        thread = threading.Thread(target=lambda: outcome.update(_poll(tmp_path, site)), daemon=True)
        thread.start()
        thread.join(120)
    assert not thread.is_alive(), "the poll did not finish"
    assert [len(outcome[name].entries) for name in NAMES] == [1500] * 4
    assert all(outcome[name].fetch.bytes > 64 * 1024 for name in NAMES)
