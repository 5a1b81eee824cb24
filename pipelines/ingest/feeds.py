"""RSS/Atom parsing: feed bytes -> entries with canonical URLs and UTC dates.

Feeds come from third parties, so the bytes are treated as hostile:

* Document type declarations are removed BEFORE feedparser (and the expat
  parser under it) sees the document. Without a DTD there is nothing to
  expand: billion-laughs entities and external entities such as
  `<!ENTITY x SYSTEM "file:///etc/passwd">` become plain undefined
  references, which the parser drops or keeps as literal text; nothing
  is read from disk or the network. feedparser is given an in-memory
  stream, never a string (a string that looks like a URL would be fetched).
* The text is decoded here, not by feedparser: BOM, then the HTTP charset
  and the XML declaration, checked against the bytes. Valid UTF-8 wins over a
  single-byte label (UTF-8 bytes decoded as latin-1 would give "Ð£ÐºÑ..."), and
  cp1251 text labelled latin-1 (or the other way round) is recognised by the
  words it produces. The decoded text is handed on as UTF-8.
* Malformed XML keeps the entries that parse (feedparser's lenient mode);
  the reason is reported in `problems`.
"""

from __future__ import annotations

import codecs
import io
import re
from calendar import timegm
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import feedparser

from pipelines.config import FeedConfig
from pipelines.ingest.urls import article_id_for, canonical_url


@dataclass
class FeedEntry:
    link: str
    canonical_url: str
    article_id: str
    guid: str | None
    title: str | None
    summary: str | None
    published_at: datetime | None  # UTC; None when the feed gives no usable date
    source: str
    feed_name: str


@dataclass
class ParsedFeed:
    entries: list[FeedEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    title: str | None = None
    encoding: str | None = None  # the charset the text was decoded with
    bozo: bool = False  # the XML was not well-formed (entries may still have been kept)


# Content types that can never be a feed; anything textual is tried, because
# many servers send feeds as text/html or application/octet-stream.
_NOT_A_FEED_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                        "application/gzip", "application/msword", "application/vnd.")

_SINGLE_BYTE_FALLBACKS = ("cp1251", "cp1252")


# ---------------------------------------------------------------- decoding


def _header(headers: dict | None, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value
    return None


def _charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _charset_from_xml_declaration(body: bytes) -> str | None:
    match = re.match(rb"\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)[\"']", body[:512], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # Browsers and feeds mean windows-1252 when they say latin-1; it is a superset.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


_WORD = re.compile(r"[^\W\d_]+")


def _mojibake_score(text: str) -> int:
    """How many words look like text decoded with the wrong single-byte charset."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        has_latin_ascii = any("a" <= ch.lower() <= "z" for ch in word)
        has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        if has_latin_ascii and has_cyrillic:
            score += 1  # "Zьrich": latin-1 text read as cp1251
        elif not has_latin_ascii and not has_cyrillic and len(word) >= 3 and all(
            "\u00c0" <= ch <= "\u00ff" for ch in word
        ):
            score += 1  # "Óêðà¿í³": cp1251 text read as latin-1
    score += sum(1 for ch in text if "\x80" <= ch <= "\x9f")  # C1 controls never occur in real text
    return score


def declared_charsets(body: bytes, headers: dict | None = None, extra: tuple[str, ...] = ()) -> list[str]:
    """Codec names claimed by the HTTP header, the XML declaration and `extra` labels, in that order."""
    labels = [
        _charset_from_content_type(_header(headers, "content-type")),
        _charset_from_xml_declaration(body),
        *extra,
    ]
    names: list[str] = []
    for label in labels:
        name = _codec_name(label)
        if name and name not in names:
            names.append(name)
    return names


def decode_document(body: bytes, headers: dict | None = None, extra: tuple[str, ...] = ()) -> tuple[str, str]:
    """Decode an XML/HTML document; returns (text, codec name used).

    `extra` are further charset labels (an HTML meta charset).
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode("utf-8-sig" if codec == "utf-8" else codec, errors="replace"), codec

    declared = declared_charsets(body, headers, extra)
    if any(name.startswith(("utf-16", "utf-32")) for name in declared):
        codec = next(name for name in declared if name.startswith(("utf-16", "utf-32")))
        return body.decode(codec, errors="replace"), codec

    # Valid UTF-8 with non-ASCII bytes is almost never a single-byte charset.
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    candidates: list[str] = []
    for name in [*declared, *_SINGLE_BYTE_FALLBACKS]:
        if name != "utf-8" and name not in candidates:
            candidates.append(name)
    best_text, best_codec, best_score = None, None, None
    for codec in candidates:
        try:
            text = body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _mojibake_score(text)
        # Strictly better only: on a tie the declared charset (listed first) wins.
        if best_score is None or score < best_score:
            best_text, best_codec, best_score = text, codec, score
    if best_text is None:
        return body.decode("utf-8", errors="replace"), "utf-8"
    return best_text, best_codec


# ---------------------------------------------------------------- DTD removal


def _doctype_end(text: str, start: int) -> int:
    """Index just after the DOCTYPE that starts at `start` (internal subset included)."""
    depth = 0
    quote = None
    position = start + len("<!DOCTYPE")
    while position < len(text):
        char = text[position]
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == ">" and depth == 0:
            return position + 1
        position += 1
    return len(text)  # unterminated: everything after it is part of the declaration


_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_STRAY_DECLARATION = re.compile(r"<!(ENTITY|ELEMENT|ATTLIST|NOTATION)\b[^>]*>", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def strip_dtd(text: str) -> tuple[str, bool]:
    """Remove every DOCTYPE (with its internal subset) and stray declarations."""
    removed = False
    while True:
        match = _DOCTYPE.search(text)
        if not match:
            break
        text = text[: match.start()] + text[_doctype_end(text, match.start()) :]
        removed = True
    text, strays = _STRAY_DECLARATION.subn("", text)
    return text, removed or strays > 0


# ---------------------------------------------------------------- entries


def _plain_text(value: str | None) -> str | None:
    if not value:
        return None
    if "<" in value:
        import lxml.html

        try:
            value = lxml.html.fromstring(value).text_content()
        except Exception:  # not HTML after all: keep the string, tags stripped crudely
            value = re.sub(r"<[^>]+>", " ", value)
    value = re.sub(r"\s+", " ", value).strip()
    return value or None


def _entry_datetime(entry) -> tuple[datetime | None, str | None]:
    """(UTC datetime, problem) from an entry's published/updated date."""
    # dict.get skips FeedParserDict's deprecated updated->published key aliasing.
    for parsed_key, raw_key in (("published_parsed", "published"), ("updated_parsed", "updated")):
        parsed = dict.get(entry, parsed_key)
        if parsed:
            try:
                moment = datetime.fromtimestamp(timegm(parsed), tz=timezone.utc)
            except (OverflowError, ValueError):
                return None, f"date {dict.get(entry, raw_key)!r} is out of range"
            if moment.year < 1990:
                return None, f"date {dict.get(entry, raw_key)!r} is implausible"
            return moment, None
    for raw_key in ("published", "updated"):
        if dict.get(entry, raw_key):
            return None, f"date {dict.get(entry, raw_key)!r} could not be parsed"
    return None, None


def _describe_item(position: int, entry) -> str:
    title = (entry.get("title") or "").strip()
    return f"item {position}" + (f" ({title[:60]!r})" if title else "")


def parse_feed(
    body: bytes, headers: dict | None, feed: FeedConfig, base_url: str | None = None
) -> ParsedFeed:
    """Parse feed bytes into entries; never raises for bad input (see `problems`)."""
    result = ParsedFeed()
    content_type = (_header(headers, "content-type") or "").split(";")[0].strip().lower()
    if content_type.startswith(_NOT_A_FEED_PREFIXES):
        result.problems.append(f"content type {content_type!r} is not a feed; nothing parsed")
        return result
    if not body or not body.strip():
        result.problems.append("empty response body: no feed")
        return result

    text, result.encoding = decode_document(body, headers)
    declared = declared_charsets(body, headers)
    if declared and result.encoding not in declared and not body.isascii():
        result.problems.append(
            f"charset declared as {', '.join(declared)} but the bytes are {result.encoding}; decoded as {result.encoding}"
        )
    text, had_dtd = strip_dtd(text)
    if had_dtd:
        result.problems.append("document type declaration removed (DTDs and entities are not processed)")
    # The text is now Unicode; say so, whatever the original declaration claimed.
    text = _XML_DECLARATION.sub("", text, count=1).lstrip("\ufeff")
    clean = ('<?xml version="1.0" encoding="utf-8"?>\n' + text.lstrip()).encode("utf-8")

    response_headers = {"content-type": "application/xml; charset=utf-8"}
    if base_url:
        response_headers["content-location"] = base_url
    # resolve_relative_uris rewrites links inside the items' HTML (summaries,
    # content); we keep only their plain text, so it is a third of the parse's
    # CPU for nothing. The item's own <link> is still resolved, below.
    parsed = feedparser.parse(io.BytesIO(clean), response_headers=response_headers, resolve_relative_uris=False)

    result.title = _plain_text(parsed.feed.get("title"))
    if parsed.get("bozo"):
        result.bozo = True
        reason = parsed.get("bozo_exception")
        result.problems.append(
            f"feed is not well-formed ({type(reason).__name__}: {reason}); "
            f"kept the {len(parsed.entries)} item(s) that parsed"
        )
    if not parsed.entries:
        version = parsed.get("version") or ""
        if not version:
            shown = content_type or "no content type"
            result.problems.append(f"no RSS/Atom feed found ({shown})")
        return result

    seen_urls: set[str] = set()
    for position, entry in enumerate(parsed.entries, start=1):
        link = (entry.get("link") or "").strip()
        guid = (entry.get("id") or entry.get("guid") or "").strip() or None
        if not link and guid and guid.startswith(("http://", "https://")):
            link = guid  # a permalink guid is the link when <link> is missing
        if not link:
            result.problems.append(f"{_describe_item(position, entry)} skipped: no link")
            continue
        try:
            if base_url:
                link = urljoin(base_url, link)
            parts = urlsplit(link)
            usable = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
            canonical = canonical_url(link) if usable else ""
        except ValueError:  # e.g. a malformed IPv6 host
            usable = False
        if not usable:
            result.problems.append(f"{_describe_item(position, entry)} skipped: link {link[:100]!r} is not http(s)")
            continue
        if canonical in seen_urls:
            result.problems.append(f"{_describe_item(position, entry)} skipped: duplicate of an earlier item ({canonical})")
            continue
        seen_urls.add(canonical)
        published_at, date_problem = _entry_datetime(entry)
        if date_problem:
            result.problems.append(f"{_describe_item(position, entry)}: {date_problem}; published_at left empty")
        result.entries.append(
            FeedEntry(
                link=link,
                canonical_url=canonical,
                article_id=article_id_for(canonical),
                guid=guid,
                title=_plain_text(entry.get("title")),
                summary=_plain_text(entry.get("summary")),
                published_at=published_at,
                source=feed.source,
                feed_name=feed.name,
            )
        )
    return result


__all__ = ["FeedEntry", "ParsedFeed", "declared_charsets", "decode_document", "parse_feed", "strip_dtd"]
