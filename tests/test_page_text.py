"""Page text (pipelines/ingest/page_text.py) on the devset pages and on bad input.

fault                                  -> behaviour                                     -> test
devset pages (4 templates, live blog)  -> every body paragraph, nothing else, "\\n\\n"  -> test_devset_pages_read_exactly_the_body
nav, "Read also", "Views", credits     -> dropped                                       -> test_devset_pages_have_no_navigation_text
page metadata                          -> JSON-LD datePublished, page date, title       -> test_devset_page_metadata
PDF / PNG / JSON / binary bodies       -> not_html                                      -> test_non_html_bodies_are_not_html
non-HTML content type                  -> not_html                                      -> test_non_html_content_type_is_not_html
empty body, page without text          -> empty                                         -> test_empty_pages_are_empty
cp1251 page labelled UTF-8             -> decoded right                                 -> test_mislabelled_cp1251_page_is_decoded_right
meta charset windows-1251 / latin-1    -> honoured                                      -> test_meta_charset_is_honoured
pathological page (never finishes)     -> worker killed, timeout, pool continues        -> test_pathological_page_times_out_and_pool_continues
worker crash                           -> text_failed, pool continues                -> test_worker_crash_is_text_failed
many pages                             -> both workers used, input read lazily          -> test_pool_reads_devset_like_single_process, test_pool_reads_items_lazily
tiny batch                             -> in-process, same result                       -> test_tiny_batch_runs_in_process
"""

from __future__ import annotations

import json
import os
import time
from datetime import date, datetime

import pytest

from pipelines.ingest.page_text import PageText, read_page_text, read_pages_parallel

pytestmark = pytest.mark.timeout(30)

# Strings of the page chrome around the devset articles (menus, sidebars,
# "Read also" blocks, counters, credits, cookie and membership boxes).
NAVIGATION_STRINGS = [
    "Read also",
    "SEE ALSO",
    "Read Next",
    "Most Popular",
    "Most Read",
    "Latest news",
    "News Feed",
    "Views:",
    "When citing",
    "Reporting by",
    "contributed to this report",
    "Support independent journalism",
    "Join now",
    "cookie",
    "Cookie",
    "Live Briefing",
    "Copy link",
]


@pytest.fixture(scope="module")
def devset_pages(devset, devset_articles):
    return {a["id"]: (devset / "pages" / f"{a['id']}.html").read_bytes() for a in devset_articles}


def test_devset_pages_read_exactly_the_body(devset_articles, devset_pages):
    for article in devset_articles:
        result = read_page_text(devset_pages[article["id"]], url=f"https://example.com/{article['id']}.html")
        assert result.status == "ok", (article["id"], result.error)
        gold = article["text"].split("\n\n")
        got = result.text.split("\n\n")
        missing = [p for p in gold if p not in got]
        extra = [p for p in got if p not in gold]
        assert not missing, (article["id"], missing)
        assert not extra, (article["id"], extra)
        assert result.text == article["text"], article["id"]


def test_devset_pages_have_no_navigation_text(devset_articles, devset_pages):
    for article in devset_articles:
        text = read_page_text(devset_pages[article["id"]]).text
        for marker in NAVIGATION_STRINGS:
            if marker not in article["text"]:
                assert marker not in text, (article["id"], marker)
        if article["title"] not in article["text"]:
            assert article["title"] not in text, article["id"]


def test_devset_page_metadata(devset_articles, devset_pages):
    for article in devset_articles:
        result = read_page_text(devset_pages[article["id"]])
        published = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
        assert result.published_at == published, article["id"]
        assert result.date == published.date(), article["id"]
        assert result.title, article["id"]
    d000 = read_page_text(devset_pages["d000"])
    assert d000.date == date(2023, 9, 28)
    assert d000.title.startswith("NATO Chief Says Ukraine")


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "body, words",
    [
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b'  {"headline": "Russia launches 44 drones", "body": "..."}', "JSON"),
        (b'[{"id": 1}]', "JSON"),
        (b"\x00\x01\x02\x03binary<junk>", "binary"),
    ],
)
def test_non_html_bodies_are_not_html(body, words):
    result = read_page_text(body, url="https://example.com/file")
    assert result.status == "not_html"
    assert words in result.error
    assert result.text is None


@pytest.mark.parametrize("content_type", ["application/pdf", "image/jpeg", "application/json; charset=utf-8"])
def test_non_html_content_type_is_not_html(content_type):
    page = b"<html><body><p>Looks like HTML but the server says otherwise.</p></body></html>"
    result = read_page_text(page, content_type=content_type)
    assert result.status == "not_html"
    assert content_type.split(";")[0] in result.error


@pytest.mark.parametrize(
    "body",
    [b"", b"   \n\t ", "", "<html><head><title>Nothing</title></head><body></body></html>",
     b"<html><body><nav><a href='/'>Home</a></nav></body></html>"],
)
def test_empty_pages_are_empty(body):
    result = read_page_text(body)
    assert result.status == "empty"
    assert result.text is None
    assert result.error


ARTICLE_UK = (
    "<html><head>{meta}<title>Новини</title></head><body><article><h1>Атака дронів</h1>"
    "<p>Сили протиповітряної оборони знищили 34 з 44 ударних дронів типу Shahed, повідомили у Повітряних силах.</p>"
    "<p>Уламки пошкодили житловий будинок у Києві, ніхто не постраждав, повідомила міська військова адміністрація.</p>"
    "</article></body></html>"
)


def test_mislabelled_cp1251_page_is_decoded_right():
    page = ARTICLE_UK.format(meta='<meta charset="utf-8">').encode("cp1251")
    result = read_page_text(page, content_type="text/html; charset=utf-8")
    assert result.status == "ok", result.error
    assert "знищили 34 з 44 ударних дронів" in result.text
    assert result.encoding == "cp1251"


@pytest.mark.parametrize(
    "meta, encoding, text",
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251", None),
        ('<meta charset="iso-8859-1">', "latin-1", "Le Danemark a promis 2,5 milliards de couronnes à l'Ukraine, a déclaré le ministre."),
    ],
)
def test_meta_charset_is_honoured(meta, encoding, text):
    html = ARTICLE_UK.format(meta=meta)
    if text:
        html = f"<html><head>{meta}</head><body><article><p>{text}</p><p>{text} Encore une fois, très clairement.</p></article></body></html>"
    result = read_page_text(html.encode(encoding))
    assert result.status == "ok", result.error
    assert (text or "знищили 34 з 44") in result.text


def test_paragraphs_are_joined_by_blank_lines():
    page = (
        "<html><body><article><h1>Headline with 52 drones</h1>"
        "<p>Ukraine's air force said it shot down 52 of 54 drones launched overnight.</p>"
        "<p>Two people were killed and three injured in Kyiv, the mayor said on Sunday.</p>"
        "<p>Reporting by Reuters staff in Kyiv</p></article></body></html>"
    )
    result = read_page_text(page)
    assert result.text == (
        "Ukraine's air force said it shot down 52 of 54 drones launched overnight.\n\n"
        "Two people were killed and three injured in Kyiv, the mayor said on Sunday."
    )


# ---------------------------------------------------------------- the process pool


def slow_or_crashing_reader(html, url, content_type):
    """Test reader: never finishes on a pathological page, dies on a poisoned one."""
    if b"PATHOLOGICAL" in html:
        while True:  # a page trafilatura never finishes with
            time.sleep(0.05)
    if b"POISON" in html:
        os._exit(3)
    return read_page_text(html, url, content_type)


def test_pathological_page_times_out_and_pool_continues(devset_pages):
    items = [("slow", b"<html><body><p>PATHOLOGICAL</p></body></html>", None)]
    items += [(key, page, None) for key, page in list(devset_pages.items())[:6]]
    results = dict(read_pages_parallel(items, workers=2, timeout_s=2, reader=slow_or_crashing_reader))
    assert set(results) == {key for key, _, _ in items}
    assert results["slow"].status == "timeout"
    assert "2s" in results["slow"].error
    assert all(results[key].status == "ok" for key, _, _ in items[1:])


def test_worker_crash_is_text_failed(devset_pages):
    items = [("poison", b"<html><body><p>POISON</p></body></html>", None)]
    items += [(key, page, None) for key, page in list(devset_pages.items())[:4]]
    results = dict(read_pages_parallel(items, workers=2, timeout_s=10, reader=slow_or_crashing_reader))
    assert results["poison"].status == "text_failed"
    assert "died" in results["poison"].error
    assert all(results[key].status == "ok" for key, _, _ in items[1:])


@pytest.mark.parametrize("bad_page, status", [(b"PATHOLOGICAL", "timeout"), (b"POISON", "text_failed")])
def test_pages_queued_behind_a_killed_worker_are_still_read(devset_pages, bad_page, status):
    # one worker: the pages after the bad one were already sent to it when it was killed
    items = [("bad", b"<html><body><p>" + bad_page + b"</p></body></html>", None)]
    items += [(key, page, None) for key, page in list(devset_pages.items())[:5]]
    results = list(read_pages_parallel(items, workers=1, timeout_s=2, reader=slow_or_crashing_reader))
    assert sorted(key for key, _ in results) == sorted(key for key, _, _ in items)  # each exactly once
    outcome = dict(results)
    assert outcome["bad"].status == status
    assert all(outcome[key].status == "ok" for key, _, _ in items[1:])


def test_pool_reads_devset_like_single_process(devset_articles, devset_pages):
    items = ((a["id"], devset_pages[a["id"]], None, "text/html; charset=utf-8") for a in devset_articles)
    results = dict(read_pages_parallel(items, workers=2, timeout_s=20))
    assert len(results) == len(devset_articles)
    for article in devset_articles:
        assert isinstance(results[article["id"]], PageText)
        assert results[article["id"]].text == article["text"], article["id"]


def test_pool_reads_items_lazily(devset_pages):
    pulled = []
    page = next(iter(devset_pages.values()))

    def items():
        for number in range(40):
            pulled.append(number)
            yield number, page, None

    stream = read_pages_parallel(items(), workers=2, timeout_s=20)
    first_key, first = next(stream)
    assert first.status == "ok"
    assert len(pulled) <= 5  # two in flight plus the look-ahead, not the whole input
    rest = list(stream)
    assert len(rest) == 39


def test_tiny_batch_runs_in_process(devset_pages):
    key, page = next(iter(devset_pages.items()))
    results = list(read_pages_parallel([(key, page, "https://example.com/x")], workers=2))
    assert [(k, r.status) for k, r in results] == [(key, "ok")]
    assert results[0][1].text == read_page_text(page).text


def test_page_text_keeps_the_lead_constructor():
    # pipelines/ingest/fetch_articles.py builds one by keywords.
    article = PageText(status="text_failed", title=None, text=None, author=None, date=None, error="x")
    assert json.dumps(article.status) == '"text_failed"'
