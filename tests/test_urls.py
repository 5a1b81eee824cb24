"""Canonical URLs and article ids (pipelines/ingest/urls.py).

fault                                 -> behaviour                          -> test
tracking parameters (utm_*, fbclid..) -> dropped                            -> test_tracking_parameters_are_dropped
upper-case scheme/host, default port  -> normalised                         -> test_scheme_host_and_default_port_are_normalised
fragment                              -> dropped                            -> test_fragment_is_dropped
query order                           -> sorted, meaningful params kept     -> test_query_parameters_are_sorted_and_kept
same article, different links         -> same article_id                    -> test_same_article_gets_one_id
"""

from __future__ import annotations

import hashlib

import pytest

from pipelines.ingest.urls import article_id_for, canonical_url


@pytest.mark.parametrize(
    "link",
    [
        "https://www.rferl.org/a/ukraine-drones/32613379.html?utm_source=rss&utm_medium=feed&utm_campaign=x",
        "https://www.rferl.org/a/ukraine-drones/32613379.html?fbclid=IwAR0abc",
        "https://www.rferl.org/a/ukraine-drones/32613379.html?gclid=1&mc_cid=2&mc_eid=3",
        "https://www.rferl.org/a/ukraine-drones/32613379.html?ref=homepage&cmpid=rss",
        "https://www.rferl.org/a/ukraine-drones/32613379.html?at_medium=rss&at_campaign=feed",
        "https://www.rferl.org/a/ukraine-drones/32613379.html?UTM_SOURCE=Twitter",
    ],
)
def test_tracking_parameters_are_dropped(link):
    assert canonical_url(link) == "https://www.rferl.org/a/ukraine-drones/32613379.html"


def test_scheme_host_and_default_port_are_normalised():
    assert canonical_url("HTTPS://WWW.UkrInform.NET:443/rubric-ato/3766.html") == (
        "https://www.ukrinform.net/rubric-ato/3766.html"
    )
    assert canonical_url("http://Example.com:80") == "http://example.com/"
    assert canonical_url("http://example.com:8080/a") == "http://example.com:8080/a"
    assert canonical_url("http://[::1]:8765/x") == "http://[::1]:8765/x"


def test_path_case_is_kept():
    assert canonical_url("https://tass.com/World/1234") == "https://tass.com/World/1234"


def test_fragment_is_dropped():
    assert canonical_url("https://kyivindependent.com/news#comments") == "https://kyivindependent.com/news"


def test_query_parameters_are_sorted_and_kept():
    assert canonical_url("https://example.com/a?page=2&id=7&utm_source=x&empty=") == (
        "https://example.com/a?empty=&id=7&page=2"
    )


def test_same_article_gets_one_id():
    links = [
        "https://en.interfax.com.ua/news/general/932011.html",
        "HTTPS://en.interfax.com.ua/news/general/932011.html?utm_source=rss#top",
        "https://en.interfax.com.ua:443/news/general/932011.html?fbclid=x",
    ]
    ids = {article_id_for(canonical_url(link)) for link in links}
    assert len(ids) == 1
    (only,) = ids
    assert only == hashlib.sha1(b"https://en.interfax.com.ua/news/general/932011.html").hexdigest()[:16]
    assert len(only) == 16


def test_different_articles_get_different_ids():
    first = article_id_for(canonical_url("https://example.com/a?id=1"))
    second = article_id_for(canonical_url("https://example.com/a?id=2"))
    assert first != second
