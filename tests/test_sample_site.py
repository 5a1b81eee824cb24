"""The local site server and the bundled sample site for `salvo demo`."""

from __future__ import annotations

import csv
import http.client
import json
import os
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import lxml.html
import pytest

from pipelines.sample_site import SITE_ROOT, serve_site


def raw_get(base_url: str, path: str, headers: dict | None = None) -> tuple[int, bytes]:
    """Send the path exactly as written: httpx would normalise `..` away before sending."""
    connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=5)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture()
def tiny_site(tmp_path: Path) -> Path:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "feeds" / "wire.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>t</title>'
        "<link>__BASE__/</link><item><link>__BASE__/pages/a.html</link></item></channel></rss>\n",
        encoding="utf-8",
    )
    (tmp_path / "pages" / "a.html").write_text(
        '<html><body><a href="__BASE__/pages/b.html">b</a><p>Київ</p></body></html>', encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text("__BASE__ stays as written in plain text", encoding="utf-8")
    return tmp_path


# -- the server ------------------------------------------------------------------------


def test_serves_feed_with_base_replaced_and_headers(tiny_site: Path):
    with serve_site(tiny_site) as site:
        assert site.base_url.startswith("http://127.0.0.1:")
        response = httpx.get(site.url("feeds/wire.xml"))
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/rss+xml; charset=utf-8"
        assert "__BASE__" not in response.text
        assert f"<link>{site.base_url}/pages/a.html</link>" in response.text
        assert int(response.headers["content-length"]) == len(response.content)
        etag = response.headers["etag"]
        assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
        mtime = int((tiny_site / "feeds" / "wire.xml").stat().st_mtime)
        assert parsedate_to_datetime(response.headers["last-modified"]).timestamp() == mtime


def test_serves_html_as_utf8_and_plain_files_untouched(tiny_site: Path):
    with serve_site(tiny_site) as site:
        page = httpx.get(site.url("pages/a.html"))
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert f'href="{site.base_url}/pages/b.html"' in page.text
        assert "Київ" in page.text
        notes = httpx.get(site.url("notes.txt"))
        assert notes.text == "__BASE__ stays as written in plain text"


def test_conditional_get_answers_304_and_counts_it(tiny_site: Path):
    with serve_site(tiny_site) as site:
        first = httpx.get(site.url("feeds/wire.xml"))
        by_etag = httpx.get(site.url("feeds/wire.xml"), headers={"If-None-Match": first.headers["etag"]})
        by_date = httpx.get(site.url("feeds/wire.xml"),
                            headers={"If-Modified-Since": first.headers["last-modified"]})
        assert by_etag.status_code == 304 and by_etag.content == b""
        assert by_etag.headers["etag"] == first.headers["etag"]
        assert by_date.status_code == 304
        # A stale validator gets the full body; If-None-Match wins over the date.
        stale = httpx.get(site.url("feeds/wire.xml"),
                          headers={"If-None-Match": '"stale"', "If-Modified-Since": first.headers["last-modified"]})
        assert stale.status_code == 200 and stale.content == first.content
        weak = httpx.get(site.url("feeds/wire.xml"), headers={"If-None-Match": "W/" + first.headers["etag"]})
        assert weak.status_code == 304
        old_date = httpx.get(site.url("feeds/wire.xml"),
                             headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
        assert old_date.status_code == 200

        assert site.requests["/feeds/wire.xml"] == 6
        assert site.conditional_hits["/feeds/wire.xml"] == 3
        assert site.full_responses["/feeds/wire.xml"] == 3
        site.reset_counts()
        assert site.total_requests == 0


def test_second_poll_with_validators_fetches_nothing_new(tiny_site: Path):
    with serve_site(tiny_site) as site, httpx.Client() as client:
        validators = {}
        for path in ("feeds/wire.xml", "pages/a.html"):
            response = client.get(site.url(path))
            validators[path] = response.headers["etag"]
        site.reset_counts()
        for path, etag in validators.items():
            assert client.get(site.url(path), headers={"If-None-Match": etag}).status_code == 304
        assert sum(site.full_responses.values()) == 0
        assert sum(site.conditional_hits.values()) == 2


def test_changed_file_is_served_fresh_with_a_new_etag(tiny_site: Path):
    feed = tiny_site / "feeds" / "wire.xml"
    with serve_site(tiny_site) as site:
        before = httpx.get(site.url("feeds/wire.xml"))
        feed.write_text(feed.read_text(encoding="utf-8").replace("<title>t</title>", "<title>t2</title>"),
                        encoding="utf-8")
        # Push the mtime forward so the change is visible even within the same second.
        later = feed.stat().st_mtime + 10
        os.utime(feed, (later, later))
        after = httpx.get(site.url("feeds/wire.xml"), headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200
        assert "<title>t2</title>" in after.text
        assert after.headers["etag"] != before.headers["etag"]


def test_head_sends_headers_without_body(tiny_site: Path):
    with serve_site(tiny_site) as site:
        response = httpx.head(site.url("pages/a.html"))
        assert response.status_code == 200
        assert response.content == b""
        assert int(response.headers["content-length"]) == len(httpx.get(site.url("pages/a.html")).content)


def test_missing_files_and_directories_are_404(tiny_site: Path):
    with serve_site(tiny_site) as site:
        for path in ("pages/nope.html", "pages/", "pages", "", "feeds/"):
            assert httpx.get(site.url(path)).status_code == 404, path
        assert site.not_found["/pages/nope.html"] == 1


@pytest.mark.parametrize("path", [
    "/../pyproject.toml",
    "/pages/../../pyproject.toml",
    "/%2e%2e/pyproject.toml",
    "/pages/..%2f..%2fpyproject.toml",
    "/pages/%2E%2E/%2E%2E/pyproject.toml",
    "/..\\pyproject.toml",
])
def test_refuses_paths_outside_the_root(tiny_site: Path, path: str):
    (tiny_site.parent / "pyproject.toml").write_text("secret = true\n", encoding="utf-8")
    with serve_site(tiny_site) as site:
        status, body = raw_get(site.base_url, path)
        assert status == 404
        assert b"secret" not in body


def test_symlink_out_of_the_root_is_404(tiny_site: Path, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "secret.html"
    outside.write_text("<p>secret</p>", encoding="utf-8")
    (tiny_site / "pages" / "link.html").symlink_to(outside)
    with serve_site(tiny_site) as site:
        assert httpx.get(site.url("pages/link.html")).status_code == 404


def test_query_strings_are_ignored_for_lookup_and_counting(tiny_site: Path):
    with serve_site(tiny_site) as site:
        assert httpx.get(site.url("pages/a.html?utm_source=rss")).status_code == 200
        assert site.requests["/pages/a.html"] == 1


def test_server_stops_when_the_context_exits(tiny_site: Path):
    with serve_site(tiny_site) as site:
        base_url = site.base_url
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{base_url}/pages/a.html", timeout=2)


def test_serves_the_devset_as_is(devset: Path):
    # `devset` comes from conftest.py, which skips the test when ../shared is absent.
    with serve_site(devset) as site, httpx.Client() as client:
        feed = client.get(site.url("feeds/reuters.xml"))
        assert feed.status_code == 200
        assert "__BASE__" not in feed.text
        links = [item.findtext("link") for item in ET.fromstring(feed.content).iter("item")]
        assert links and all(link.startswith(f"{site.base_url}/pages/") for link in links)
        statuses = {link.rsplit("/", 1)[1]: client.get(link).status_code for link in links}
        assert statuses.pop("d404.html") == 404  # the devset's deliberate dead link
        assert set(statuses.values()) == {200}
        page = client.get(site.url("pages/d026.html"))
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert "Russia sent 44 Shahed-136/131 attack drones" in page.text


# -- the bundled sample site -------------------------------------------------------------


def sample_feeds() -> list[Path]:
    return sorted((SITE_ROOT / "feeds").glob("*.xml"))


def sample_labels() -> list[dict]:
    lines = (SITE_ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def article_paragraphs(page: Path) -> list[str]:
    tree = lxml.html.fromstring(page.read_bytes())
    (article,) = tree.xpath("//article")
    return [" ".join(p.text_content().split()) for p in article.xpath(".//p")]


def test_sample_site_ships_with_the_package():
    shipped = {entry.name for entry in (resources.files("pipelines.sample_site") / "site").iterdir()}
    assert {"feeds", "pages", "labels.jsonl", "expected_daily.csv"} <= shipped


def test_sample_feeds_are_rss2_with_complete_items():
    feeds = sample_feeds()
    assert 2 <= len(feeds) <= 3
    for feed in feeds:
        root = ET.parse(feed).getroot()
        assert root.tag == "rss" and root.get("version") == "2.0", feed.name
        items = root.findall("./channel/item")
        assert items, feed.name
        for item in items:
            for tag in ("title", "link", "guid", "pubDate", "description"):
                assert (item.findtext(tag) or "").strip(), f"{feed.name}: item without {tag}"
            assert item.findtext("link").startswith("__BASE__/pages/")
            assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None


def test_every_sample_feed_link_resolves_to_a_page():
    with serve_site(SITE_ROOT) as site, httpx.Client() as client:
        linked_pages = set()
        for feed in sample_feeds():
            response = client.get(site.url(f"feeds/{feed.name}"))
            assert response.status_code == 200
            for item in ET.fromstring(response.content).iter("item"):
                link = item.findtext("link")
                assert link.startswith(site.base_url)
                assert client.get(link).status_code == 200, link
                linked_pages.add(link.rsplit("/", 1)[1])
    assert linked_pages == {page.name for page in (SITE_ROOT / "pages").glob("*.html")}


def test_every_label_evidence_is_a_sentence_of_its_page_article():
    labels = sample_labels()
    assert {label["id"] for label in labels} == {p.stem for p in (SITE_ROOT / "pages").glob("*.html")}
    for label in labels:
        body = "\n".join(article_paragraphs(SITE_ROOT / "pages" / f"{label['id']}.html"))
        for fact in label["facts"]:
            assert fact["evidence"] in body, (label["id"], fact["evidence"])


def test_sample_pages_carry_json_ld_date_matching_the_feed():
    pub_dates = {}
    for feed in sample_feeds():
        for item in ET.parse(feed).getroot().iter("item"):
            pub_dates[item.findtext("link").rsplit("/", 1)[1]] = parsedate_to_datetime(item.findtext("pubDate"))
    for page in (SITE_ROOT / "pages").glob("*.html"):
        tree = lxml.html.fromstring(page.read_bytes())
        (ld_json,) = tree.xpath('//script[@type="application/ld+json"]/text()')
        published = datetime.fromisoformat(json.loads(ld_json)["datePublished"].replace("Z", "+00:00"))
        assert published == pub_dates[page.name], page.name


STRIKE_FIELDS = {"count", "attacker", "weapon_class", "weapon"}
AID_FIELDS = {"amount", "currency", "amount_eur", "amount_usd", "donor", "recipient"}
COMMON_FIELDS = {"fact_type", "event_date", "scope", "qualifier", "evidence"}


def test_sample_labels_are_well_formed():
    labels = sample_labels()
    assert 8 <= len(labels) <= 10
    assert any(not label["facts"] for label in labels), "the site needs an off-topic distractor"
    for label in labels:
        published = datetime.fromisoformat(label["published"].replace("Z", "+00:00"))
        assert published.year == 2025
        paragraphs = label["text"].split("\n\n")
        assert article_paragraphs(SITE_ROOT / "pages" / f"{label['id']}.html")[:len(paragraphs)] == paragraphs
        for fact in label["facts"]:
            assert COMMON_FIELDS <= fact.keys(), (label["id"], fact)
            assert fact["evidence"] in label["text"]
            assert fact["scope"] in ("event", "period", "cumulative")
            assert fact["qualifier"] in ("exact", "at_least", "approx", "at_most")
            assert fact["event_date"] <= published.date().isoformat()
            if fact["fact_type"] in ("launched", "intercepted", "lost"):
                assert STRIKE_FIELDS <= fact.keys()
                assert fact["attacker"] in ("RU", "UA")
                assert fact["weapon_class"] in ("drone", "missile", "guided_bomb", "aerial_target")
            if fact["fact_type"] == "aid":
                assert AID_FIELDS <= fact.keys()
                assert fact["amount"] >= 1_000_000  # units, not millions
                if fact["currency"] == "EUR":
                    assert fact["amount_eur"] == fact["amount"]
                if fact["currency"] == "USD":
                    assert fact["amount_usd"] == fact["amount"]
            else:
                assert isinstance(fact["count"], int) and fact["count"] > 0


def expected_daily_from_labels() -> dict[tuple, dict]:
    """Recompute expected_daily.csv from the labels by the daily_truth rules.

    National figures only (no `place`); per article, the class figure is the
    class-level label or else the sum of its model-level labels; the latest
    article wins.
    """
    per_article: dict[tuple, tuple[str, int]] = {}
    for label in sorted(sample_labels(), key=lambda label: label["published"]):
        class_level: dict[tuple, int] = {}
        model_sums: dict[tuple, int] = {}
        for fact in label["facts"]:
            if fact["fact_type"] not in ("launched", "intercepted") or fact.get("place"):
                continue
            key = (fact["event_date"], fact["attacker"], fact["weapon_class"], fact["fact_type"])
            if fact["weapon"] is None:
                class_level[key] = fact["count"]
            else:
                model_sums[key] = model_sums.get(key, 0) + fact["count"]
        for key in class_level.keys() | model_sums.keys():
            per_article[key] = (label["published"], class_level.get(key, model_sums.get(key)))
    rows: dict[tuple, dict] = {}
    for (event_date, attacker, weapon_class, fact_type), (_, count) in per_article.items():
        row = rows.setdefault((event_date, attacker, weapon_class), {"launched": "", "intercepted": ""})
        row[fact_type] = str(count)
    return rows


def test_expected_daily_matches_the_labels():
    with (SITE_ROOT / "expected_daily.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0].keys()) == ["event_date", "attacker", "weapon_class", "launched", "intercepted"]
    from_file = {(row["event_date"], row["attacker"], row["weapon_class"]):
                 {"launched": row["launched"], "intercepted": row["intercepted"]} for row in rows}
    assert len(from_file) == len(rows), "duplicate rows"
    assert from_file == expected_daily_from_labels()


def test_trafilatura_recovers_every_sample_paragraph():
    trafilatura = pytest.importorskip("trafilatura")
    for label in sample_labels():
        extracted = trafilatura.extract((SITE_ROOT / "pages" / f"{label['id']}.html").read_text(encoding="utf-8"))
        lines = set((extracted or "").splitlines())
        for paragraph in label["text"].split("\n\n"):
            assert paragraph in lines, (label["id"], paragraph[:60])


def test_build_reproduces_the_committed_pages_and_feeds(tmp_path: Path):
    from pipelines.sample_site.build import build

    (tmp_path / "labels.jsonl").write_bytes((SITE_ROOT / "labels.jsonl").read_bytes())
    for written in build(tmp_path):
        relative = written.relative_to(tmp_path)
        assert written.read_bytes() == (SITE_ROOT / relative).read_bytes(), f"{relative} is stale: rebuild"
