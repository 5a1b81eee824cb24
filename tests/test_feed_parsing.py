"""Feed parsing (pipelines/ingest/feeds.py): hostile and broken feeds, and the devset feeds.

fault                                  -> behaviour                                   -> test
billion laughs (nested entities)       -> DTD removed before parsing, nothing expands -> test_billion_laughs_does_not_expand
external entity file:///etc/passwd     -> never read, never in the output           -> test_external_entity_is_not_resolved
parameter entity / external DTD        -> removed, nothing fetched                    -> test_parameter_entity_and_external_dtd_are_removed
malformed XML                          -> items that parse are kept, problem noted   -> test_malformed_xml_keeps_parsable_items
empty body / feed without items        -> no entries, problem / no error             -> test_empty_body_is_reported, test_feed_without_items_has_no_entries
wrong content type (HTML page, image)  -> no entries, problem says why              -> test_html_page_is_not_a_feed, test_image_content_type_is_not_parsed
cp1251 bytes labelled UTF-8            -> decoded as cp1251, problem noted           -> test_cp1251_labelled_utf8_is_decoded_right
cp1251 bytes labelled latin-1          -> decoded as cp1251                          -> test_cp1251_labelled_latin1_is_decoded_right
latin-1 bytes labelled cp1251          -> decoded as latin-1 (cp1252)                -> test_latin1_labelled_cp1251_is_decoded_right
UTF-8 bytes labelled latin-1           -> decoded as UTF-8                           -> test_utf8_labelled_latin1_is_decoded_right
charset only in the HTTP header        -> used                                       -> test_charset_from_http_header
duplicate items, tracking parameters   -> one entry per canonical URL               -> test_duplicates_and_tracking_parameters_give_one_entry
item without link                      -> skipped with a problem                    -> test_item_without_link_is_skipped
item without date / bad date           -> published_at None (bad date noted)         -> test_item_without_date_or_with_bad_date
relative link                          -> resolved against the feed URL              -> test_relative_link_resolved_against_base_url
javascript: link                       -> skipped with a problem                    -> test_non_http_link_is_skipped
Atom feed                              -> parsed like RSS                           -> test_atom_feed
all 7 devset feeds                     -> 47 entries, d005 once, dates in UTC        -> test_devset_feeds_parse
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.config import FeedConfig
from pipelines.ingest.feeds import decode_document, parse_feed, strip_dtd
from pipelines.ingest.urls import article_id_for, canonical_url

pytestmark = pytest.mark.timeout(10)

FEED = FeedConfig(name="test-feed", source="test", url="https://feeds.example.com/rss")


def rss(items: str, prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return f"""{prolog}
<rss version="2.0"><channel><title>Test feed</title><link>https://example.com/</link>
{items}
</channel></rss>"""


def item(title="Air defence downs 34 of 44 drones", link="https://example.com/a", date="Thu, 28 Sep 2023 06:30:00 GMT", guid=None):
    parts = [f"<title>{title}</title>"]
    if link is not None:
        parts.append(f"<link>{link}</link>")
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    return "<item>" + "".join(parts) + "</item>"


# ---------------------------------------------------------------- XML attacks

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>Boom &lol9;</title><link>https://example.com/laughs</link><description>&lol9;</description></item>
</channel></rss>"""


def test_billion_laughs_does_not_expand():
    parsed = parse_feed(BILLION_LAUGHS.encode(), {"content-type": "application/rss+xml"}, FEED)
    assert len(parsed.entries) == 1
    entry = parsed.entries[0]
    assert entry.link == "https://example.com/laughs"
    assert "lollol" not in (entry.title or "") + (entry.summary or "")
    assert len(entry.title) < 100
    assert any("document type declaration removed" in p for p in parsed.problems)


def test_external_entity_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    body = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}"> <!ENTITY passwd SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t &xxe;</title>
<item><title>leak &xxe; &passwd;</title><link>https://example.com/x</link><description>&xxe;&passwd;</description></item>
</channel></rss>"""
    parsed = parse_feed(body.encode(), {}, FEED)
    everything = repr(parsed)
    assert "TOP-SECRET-CONTENT" not in everything
    assert "root:" not in everything
    assert [e.link for e in parsed.entries] == ["https://example.com/x"]


def test_parameter_entity_and_external_dtd_are_removed():
    body = """<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd" [
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/x"> %remote;
  <!ENTITY tricky "a ]> b">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>ok</title><link>https://example.com/ok</link></item></channel></rss>"""
    cleaned, removed = strip_dtd(body)
    assert removed
    assert "ENTITY" not in cleaned and "DOCTYPE" not in cleaned
    assert "<rss" in cleaned  # a "]>" inside a quoted value does not end the DTD early
    parsed = parse_feed(body.encode(), {}, FEED)
    assert [e.title for e in parsed.entries] == ["ok"]


def test_malformed_xml_keeps_parsable_items():
    body = rss(
        item(title="first", link="https://example.com/1")
        + "<item><title>broken & <b>unclosed</title><link>https://example.com/2</link></item>"
        + item(title="third", link="https://example.com/3")
    ).replace("</channel></rss>", "")  # truncated document too
    parsed = parse_feed(body.encode(), {}, FEED)
    assert parsed.bozo
    assert [e.link for e in parsed.entries] == [f"https://example.com/{n}" for n in (1, 2, 3)]
    assert any("not well-formed" in p for p in parsed.problems)


# ---------------------------------------------------------------- empty / wrong content


def test_empty_body_is_reported():
    parsed = parse_feed(b"   \n", {"content-type": "application/rss+xml"}, FEED)
    assert parsed.entries == []
    assert parsed.problems == ["empty response body: no feed"]


def test_feed_without_items_has_no_entries():
    parsed = parse_feed(rss("").encode(), {}, FEED)
    assert parsed.entries == []
    assert parsed.title == "Test feed"
    assert parsed.problems == []


def test_html_page_is_not_a_feed():
    page = b"<!DOCTYPE html><html><head><title>Login</title></head><body><a href='/x'>x</a></body></html>"
    parsed = parse_feed(page, {"content-type": "text/html; charset=utf-8"}, FEED)
    assert parsed.entries == []
    assert any("no RSS/Atom feed found" in p for p in parsed.problems)


def test_image_content_type_is_not_parsed():
    parsed = parse_feed(b"\x89PNG\r\n\x1a\n....", {"Content-Type": "image/png"}, FEED)
    assert parsed.entries == []
    assert "image/png" in parsed.problems[0]


# ---------------------------------------------------------------- charsets

UKRAINIAN = "Сили ППО знищили 34 з 44 шахедів"
FRENCH = "Zürich: l'aide française à l'Ukraine dépasse 2 milliards d'euros"


def test_cp1251_labelled_utf8_is_decoded_right():
    body = rss(item(title=UKRAINIAN)).encode("cp1251")
    parsed = parse_feed(body, {"content-type": "application/rss+xml; charset=utf-8"}, FEED)
    assert [e.title for e in parsed.entries] == [UKRAINIAN]
    assert parsed.encoding == "cp1251"
    assert any("charset declared as utf-8" in p for p in parsed.problems)


def test_cp1251_labelled_latin1_is_decoded_right():
    body = rss(item(title=UKRAINIAN), prolog='<?xml version="1.0" encoding="ISO-8859-1"?>').encode("cp1251")
    parsed = parse_feed(body, {}, FEED)
    assert [e.title for e in parsed.entries] == [UKRAINIAN]


def test_latin1_labelled_cp1251_is_decoded_right():
    body = rss(item(title=FRENCH), prolog='<?xml version="1.0" encoding="windows-1251"?>').encode("latin-1")
    parsed = parse_feed(body, {}, FEED)
    assert [e.title for e in parsed.entries] == [FRENCH]


def test_utf8_labelled_latin1_is_decoded_right():
    body = rss(item(title=UKRAINIAN + " / " + FRENCH), prolog='<?xml version="1.0" encoding="iso-8859-1"?>').encode()
    parsed = parse_feed(body, {"content-type": "text/xml; charset=iso-8859-1"}, FEED)
    assert [e.title for e in parsed.entries] == [UKRAINIAN + " / " + FRENCH]


def test_charset_from_http_header():
    body = rss(item(title=UKRAINIAN), prolog="").encode("koi8-u")
    text, codec = decode_document(body, {"Content-Type": "application/xml; charset=KOI8-U"})
    assert UKRAINIAN in text
    assert codec == "koi8-u"


def test_utf16_with_bom():
    body = rss(item(title=UKRAINIAN), prolog='<?xml version="1.0" encoding="utf-16"?>').encode("utf-16")
    parsed = parse_feed(body, {}, FEED)
    assert [e.title for e in parsed.entries] == [UKRAINIAN]


# ---------------------------------------------------------------- items


def test_duplicates_and_tracking_parameters_give_one_entry():
    body = rss(
        item(link="https://Example.com/news/1?utm_source=rss&utm_medium=feed", guid="g-1")
        + item(link="https://example.com/news/1#comments", guid="g-1")
        + item(link="https://example.com/news/1?fbclid=abc", guid="g-2")
        + item(link="https://example.com/news/2?id=7&utm_campaign=x", guid="g-3")
    )
    parsed = parse_feed(body.encode(), {}, FEED)
    assert [e.canonical_url for e in parsed.entries] == [
        "https://example.com/news/1",
        "https://example.com/news/2?id=7",
    ]
    first = parsed.entries[0]
    assert first.link == "https://Example.com/news/1?utm_source=rss&utm_medium=feed"  # as the feed gave it
    assert first.article_id == article_id_for("https://example.com/news/1")
    assert first.guid == "g-1"
    assert first.source == "test" and first.feed_name == "test-feed"
    assert sum("duplicate" in p for p in parsed.problems) == 2


def test_item_without_link_is_skipped():
    body = rss(item(title="No link here", link=None) + item(link="https://example.com/ok"))
    parsed = parse_feed(body.encode(), {}, FEED)
    assert [e.link for e in parsed.entries] == ["https://example.com/ok"]
    assert any("No link here" in p and "no link" in p for p in parsed.problems)


def test_permalink_guid_stands_in_for_missing_link():
    body = rss('<item><title>t</title><guid isPermaLink="true">https://example.com/by-guid</guid></item>')
    parsed = parse_feed(body.encode(), {}, FEED)
    assert [e.link for e in parsed.entries] == ["https://example.com/by-guid"]


def test_item_without_date_or_with_bad_date():
    body = rss(
        item(link="https://example.com/no-date", date=None)
        + item(link="https://example.com/bad-date", date="the day before yesterday")
        + item(link="https://example.com/kyiv-time", date="Thu, 28 Sep 2023 09:30:00 +0300")
    )
    parsed = parse_feed(body.encode(), {}, FEED)
    dates = {e.link.rsplit("/", 1)[1]: e.published_at for e in parsed.entries}
    assert dates["no-date"] is None
    assert dates["bad-date"] is None
    assert dates["kyiv-time"] == datetime(2023, 9, 28, 6, 30, tzinfo=timezone.utc)
    assert any("could not be parsed" in p for p in parsed.problems)
    assert not any("no-date" in p for p in parsed.problems)


def test_relative_link_resolved_against_base_url():
    body = rss(item(link="/news/relative.html"))
    parsed = parse_feed(body.encode(), {}, FEED, base_url="https://www.ukrinform.net/rss/block-lastnews")
    assert [e.link for e in parsed.entries] == ["https://www.ukrinform.net/news/relative.html"]


def test_non_http_link_is_skipped():
    body = rss(item(link="javascript:alert(1)") + item(link="file:///etc/passwd"))
    parsed = parse_feed(body.encode(), {}, FEED)
    assert parsed.entries == []
    assert sum("not http(s)" in p for p in parsed.problems) == 2


def test_summary_html_becomes_plain_text():
    body = rss(
        "<item><title>Aid &amp; arms</title><link>https://example.com/s</link>"
        "<description>&lt;p&gt;Norway pledges &lt;b&gt;NOK 4.5 billion&lt;/b&gt;&lt;/p&gt;</description></item>"
    )
    entry = parse_feed(body.encode(), {}, FEED).entries[0]
    assert entry.title == "Aid & arms"
    assert entry.summary == "Norway pledges NOK 4.5 billion"


def test_atom_feed():
    body = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:x</id><updated>2023-12-29T10:00:00Z</updated>
<entry><title>Russia launches 122 missiles</title><link rel="alternate" href="https://example.com/atom/1"/>
<id>urn:entry:1</id><published>2023-12-29T09:15:00+02:00</published><updated>2023-12-29T09:15:00+02:00</updated></entry>
</feed>"""
    parsed = parse_feed(body.encode(), {"content-type": "application/atom+xml"}, FEED)
    assert [(e.link, e.guid, e.published_at) for e in parsed.entries] == [
        ("https://example.com/atom/1", "urn:entry:1", datetime(2023, 12, 29, 7, 15, tzinfo=timezone.utc))
    ]


# ---------------------------------------------------------------- devset


def test_devset_feeds_parse(devset, devset_articles):
    base = "http://127.0.0.1:8765"
    entries = []
    problems = []
    feeds = sorted((devset / "feeds").glob("*.xml"))
    assert len(feeds) == 7
    for path in feeds:
        body = path.read_bytes().replace(b"__BASE__", base.encode())
        feed = FeedConfig(name=path.stem, source=path.stem, url=f"{base}/feeds/{path.name}")
        parsed = parse_feed(body, {"content-type": "application/rss+xml"}, feed, base_url=feed.url)
        assert parsed.entries, path.name
        assert not parsed.bozo, path.name
        entries += parsed.entries
        problems += parsed.problems

    # 48 items; ap-d005 appears twice and is kept once.
    assert len(entries) == 47
    assert problems == [p for p in problems if "duplicate" in p] and len(problems) == 1
    pages = {e.link.rsplit("/", 1)[1].removesuffix(".html") for e in entries}
    assert {a["id"] for a in devset_articles} <= pages
    assert "d404" in pages
    assert all(e.published_at is not None and e.published_at.tzinfo is not None for e in entries)
    assert all(e.article_id == article_id_for(canonical_url(e.link)) for e in entries)
    # Feed dates agree with the articles' publication times.
    published = {a["id"]: a["published"] for a in devset_articles}
    for entry in entries:
        page = entry.link.rsplit("/", 1)[1].removesuffix(".html")
        if page in published:
            assert entry.published_at.strftime("%Y-%m-%dT%H:%M:%SZ") == published[page], page
