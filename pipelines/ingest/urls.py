"""Canonical article URLs and the article ids derived from them.

Two links to the same article (one with ?utm_source=rss, one with a
#comments fragment, one with an upper-case host) must give one article_id,
otherwise the same story is fetched and counted twice.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from; they never change
# the page. Everything else is kept because it may select the article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "ito", "itm_source", "itm_medium", "itm_campaign", "ocid", "ncid", "_ga", "_gl",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "itm_", "pk_", "hsa_")

DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Normalise a link so that equal articles compare equal.

    Lower-cases the scheme and host, drops the default port, the fragment,
    user info and tracking parameters, sorts the remaining query parameters
    (blank values kept) and keeps the path as given (an empty path becomes "/").
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal: put the brackets back
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = parts.path or "/"
    query_pairs = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    ]
    query = urlencode(sorted(query_pairs))
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id_for(canonical: str) -> str:
    """The warehouse key of an article: sha1 of its canonical URL, 16 hex chars."""
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


__all__ = ["article_id_for", "canonical_url", "TRACKING_PARAMS"]
