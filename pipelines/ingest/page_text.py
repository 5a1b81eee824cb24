"""Article pages -> clean body text with trafilatura.

`read_page_text` turns one page into an `PageText` whose `text` is
the body paragraphs joined by a blank line ("\\n\\n"): the sentence splitter
and the figure extractor rely on that. trafilatura's default extraction keeps
every body paragraph of the devset pages; what it lets through besides the
body (the page's <h1> repeated as the first line, "Views: 2851" counters,
citation notices, "Reporting by ..." credits, membership boxes) is removed
line by line below, because a headline or a sidebar line read as a paragraph
would give the figure extractor a second copy of a figure.

`read_pages_parallel` reads the pages in worker processes (pebble's
ProcessPool) so both cores are used, with a hard per-page timeout: a worker
that takes longer is killed, the page is reported `timeout`, and a fresh
worker takes its place; workers are recycled every 500 pages.
"""

from __future__ import annotations

import gc
import html as html_lib
import json
import multiprocessing
import os
import re
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

STATUSES = ("ok", "empty", "not_html", "text_failed", "timeout")


@dataclass
class PageText:
    status: str  # one of STATUSES
    title: str | None = None
    text: str | None = None  # paragraphs joined by "\n\n"
    author: str | None = None
    date: date | None = None  # the page's publication date (trafilatura metadata)
    error: str | None = None
    published_at: datetime | None = None  # JSON-LD datePublished, UTC, when the page has one
    encoding: str | None = None  # the charset the page was decoded with


# ---------------------------------------------------------------- content sniffing

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")

# Magic numbers of formats that are sometimes served where a page was expected.
_BINARY_SIGNATURES = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"ID3": "MP3 audio",
    b"OggS": "Ogg media",
}


def _not_html_reason(content: bytes | str, content_type: str | None) -> str | None:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type and media_type not in _HTML_TYPES and not media_type.startswith("text/html"):
        return f"content type {media_type!r} is not HTML"
    head = content[:1024]
    if isinstance(head, bytes):
        for signature, name in _BINARY_SIGNATURES.items():
            if head.startswith(signature):
                return f"body is a {name}, not HTML"
        if head[:12].startswith(b"RIFF") and head[8:12] == b"WEBP":
            return "body is a WEBP image, not HTML"
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "body is binary, not HTML"
        head = head.decode("latin-1")
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        return "body is JSON, not HTML"
    if "<" not in head:
        return "body has no markup, not HTML"
    return None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes: BOM, then header/meta charset checked against the bytes."""
    from pipelines.ingest.feeds import decode_document

    match = _META_CHARSET.search(content[:4096])
    meta = (match.group(1).decode("ascii", "ignore"),) if match else ()
    headers = {"content-type": content_type} if content_type else {}
    return decode_document(content, headers, extra=meta)


# ---------------------------------------------------------------- metadata from the page


_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(r"""<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']*)["']""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def _json_ld_objects(page: str) -> Iterator[dict]:
    for block in _JSON_LD.findall(page):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


_ARTICLE_TYPES = {"NewsArticle", "Article", "LiveBlogPosting", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}


def _page_metadata(page: str) -> tuple[str | None, datetime | None, list[str]]:
    """(JSON-LD headline, JSON-LD datePublished in UTC, all title-like strings on the page)."""
    headline = None
    published_at = None
    for item in _json_ld_objects(page):
        kinds = item.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if not kinds & _ARTICLE_TYPES:
            continue
        if headline is None and isinstance(item.get("headline"), str):
            headline = item["headline"].strip() or None
        if published_at is None and isinstance(item.get("datePublished"), str):
            published_at = _parse_iso_datetime(item["datePublished"])
    titles = [headline] if headline else []
    titles += [_TAG.sub("", h1) for h1 in _H1.findall(page)]
    titles += _OG_TITLE.findall(page)
    return headline, published_at, [html_lib.unescape(t) for t in titles if t]


def _json_ld_author(page: str) -> str | None:
    """The article's author(s) as its JSON-LD names them ("A, B")."""
    for item in _json_ld_objects(page):
        kinds = item.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if not kinds & _ARTICLE_TYPES:
            continue
        authors = item.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
        if names:
            return ", ".join(names)
    return None


def _parse_iso_datetime(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None  # a local time without an offset cannot be placed in UTC
    return moment.astimezone(timezone.utc)


# ---------------------------------------------------------------- boilerplate lines

_BOILERPLATE_LINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^views?:?\s*[\d\s,.]+$",  # agency page view counters
        r"^when citing .*hyperlink",  # agency citation notices
        r"^(additional )?(reporting|writing|editing|compiled) by\b",  # wire credits
        r"\bcontributed (reporting )?to this report\.?$",
        r"^support independent journalism\b",
        r"^join our community of members\b",
        r"^(join now|subscribe( now)?|become a member|read more|share|advertisement)\.?$",
        r"^(read also|see also|read next|related|most popular|most read|latest news)\b:?",
    )
]


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _is_boilerplate(line: str) -> bool:
    if any(pattern.search(line) for pattern in _BOILERPLATE_LINES):
        return True
    # A line of at most three words with no sentence punctuation and no figure
    # is a label (a source name, a button), never a paragraph with a fact.
    words = line.split()
    return len(words) <= 3 and not re.search(r"[.!?:;\"'”’)\d]$", line) and not re.search(r"\d", line)


def clean_paragraphs(raw_text: str, titles: Iterable[str] = ()) -> list[str]:
    """trafilatura's text -> body paragraphs without headline and boilerplate lines."""
    title_keys = {_normalise(title) for title in titles if title and title.strip()}
    paragraphs: list[str] = []
    for position, line in enumerate(raw_text.split("\n")):
        line = line.strip()
        if not line:
            continue
        # The headline is repeated as the first line on some templates.
        if not paragraphs and _normalise(line) in title_keys:
            continue
        if _is_boilerplate(line):
            continue
        paragraphs.append(line)
    return paragraphs


def _clean_author(author: str | None) -> str | None:
    if not author:
        return None
    author = re.sub(r"^(author|by)\s+", "", author.strip(), flags=re.IGNORECASE)
    return author or None


# ---------------------------------------------------------------- one page


def read_page_text(
    html: bytes | str, url: str | None = None, content_type: str | None = None
) -> PageText:
    """The body text and metadata of one page; never raises."""
    try:
        return _read_page_text(html, url, content_type)
    except Exception as exc:  # a trafilatura/lxml failure on one page must not stop a batch
        return PageText(status="text_failed", error=f"{type(exc).__name__}: {exc}")


def _read_page_text(html: bytes | str, url: str | None, content_type: str | None) -> PageText:
    import trafilatura

    if html is None or len(html) == 0 or (isinstance(html, bytes) and not html.strip()):
        return PageText(status="empty", error="empty page")
    reason = _not_html_reason(html, content_type)
    if reason:
        return PageText(status="not_html", error=reason)
    if isinstance(html, bytes):
        page, encoding = decode_html(html, content_type)
    else:
        page, encoding = html, None
    if not page.strip():
        return PageText(status="empty", error="empty page", encoding=encoding)

    headline, published_at, titles = _page_metadata(page)
    # trafilatura's own metadata search (date heuristics, author and title
    # guessing) costs about as much as the text extraction itself; a news page
    # whose JSON-LD already gives the headline and the date does not need it.
    # The body text is the same either way.
    need_metadata = not (headline and published_at)
    document = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=need_metadata,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        # trafilatura's deduplication keeps a cache across pages: it would drop
        # a paragraph because another article quoted it.
        deduplicate=False,
    )
    if document is None:
        return PageText(status="empty", error="trafilatura found no article text", encoding=encoding,
                                published_at=published_at, title=headline)
    meta_title = (document.title or "").strip() or None
    paragraphs = clean_paragraphs(document.text or "", [*titles, *([meta_title] if meta_title else [])])
    page_date = published_at.date() if published_at else None
    if need_metadata and document.date:
        try:
            page_date = date.fromisoformat(str(document.date)[:10])
        except ValueError:
            page_date = None
    article = PageText(
        status="ok" if paragraphs else "empty",
        title=headline or meta_title,
        text="\n\n".join(paragraphs) if paragraphs else None,
        author=_clean_author(document.author if need_metadata else _json_ld_author(page)),
        date=page_date,
        error=None if paragraphs else "no body paragraphs found",
        published_at=published_at,
        encoding=encoding,
    )
    return article


# ---------------------------------------------------------------- many pages

PageReader = Callable[[Any, "str | None", "str | None"], PageText]

# Every so many pages a worker clears trafilatura's caches, and after
# `_TASKS_PER_WORKER` pages it is replaced, so memory stays flat over long runs.
_RESET_CACHES_EVERY = 50
_TASKS_PER_WORKER = 500


def _reset_trafilatura_caches() -> None:
    try:
        from trafilatura.meta import reset_caches

        reset_caches()
    except Exception:  # only a memory optimisation
        pass


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this worker when its parent dies (Linux), even by SIGKILL.

    A SIGKILLed run cannot stop its workers; without this they would live
    on until they next read from the closed pipe, holding memory and the
    parent's copied file descriptors (the warehouse's lock file among them).
    """
    import ctypes
    import os
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the closed pipe still ends the worker
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _unpack(item: tuple) -> tuple[Hashable, Any, str | None, str | None]:
    """(key, html, url) or (key, html, url, content_type)."""
    if len(item) == 3:
        key, html, url = item
        return key, html, url, None
    key, html, url, content_type = item
    return key, html, url, content_type


def _run_with_thread_timeout(reader: PageReader, html, url, content_type, timeout_s: float) -> PageText:
    outcome: list[PageText] = []

    def run() -> None:
        try:
            outcome.append(reader(html, url, content_type))
        except Exception as exc:  # as in a worker process: reported, never raised
            outcome.append(PageText(status="text_failed", error=f"{type(exc).__name__}: {exc}"))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout_s)
    if outcome:
        return outcome[0]
    return PageText(status="timeout", error=f"reading the page took longer than {timeout_s:g}s (abandoned)")


def read_pages_parallel(
    items: Iterable[tuple],
    workers: int = 2,
    timeout_s: float = 20,
    *,
    inline_max: int = 2,
    reader: PageReader = read_page_text,
) -> Iterator[tuple[Hashable, PageText]]:
    """Read many pages; yields (key, PageText) as pages finish (not in input order).

    `items` are (key, html, url) or (key, html, url, content_type) tuples and
    are consumed lazily: at most two pages per worker are in flight, so memory
    stays flat however many pages there are. A page that takes longer than
    `timeout_s` has its worker killed and is reported with status `timeout`.

    Batches of at most `inline_max` pages (or `workers=0`) run in this process
    on a thread: no process start-up, but a page over the timeout is only
    abandoned (its thread cannot be killed), not stopped.
    `reader` replaces the per-page function; it must be importable by the
    worker processes and may return any picklable result (the feed poll
    parses feeds with it). A timeout or crash is always reported as an
    PageText with status `timeout` or `text_failed`.
    """
    iterator = iter(items)
    first: list[tuple] = []
    for item in iterator:
        first.append(item)
        if len(first) > inline_max:
            break
    if workers <= 0 or len(first) <= inline_max:
        for item in [*first, *iterator]:
            key, html, url, content_type = _unpack(item)
            yield key, _run_with_thread_timeout(reader, html, url, content_type, timeout_s)
        return

    yield from _read_in_processes(_chain(first, iterator), workers, timeout_s, reader)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _pool_context():
    # fork where the platform has it: workers start in milliseconds with
    # trafilatura already imported, and nothing re-runs the caller's __main__
    # module (spawn and forkserver do, which breaks unguarded scripts). The
    # risk of fork, a lock held by another thread at fork time, is bounded by
    # the hard timeout: a stuck worker is killed and replaced like a slow one.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


# ---------------------------------------------------------------- the worker processes (pebble)
# A well-kept pool instead of our own: per-task timeouts that kill the worker, worker recycling
# (max_tasks), a dead worker replaced. What Salvo adds: workers die with the run (PR_SET_PDEATHSIG),
# drop the run's signal handling, and a page whose worker died under it gets one more worker.

_worker_reader: PageReader | None = None
_worker_done = 0


def _forget_parent_signals() -> None:
    """A forked worker inherits the run's SIGTERM/SIGINT handling, wake-up socket included: a SIGTERM to
    the worker (the pool stopping it) would write to the parent's socket and cancel the whole run."""
    import signal

    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides


def _worker_init(parent_pid: int, reader: PageReader) -> None:
    global _worker_reader
    _forget_parent_signals()
    _die_with_parent(parent_pid)
    # The worker is a fork of the caller: everything the caller had (a DuckDB connection, Dagster state)
    # is copied in. Freezing those objects keeps our garbage collections from finalising them here.
    gc.freeze()
    _worker_reader = reader


def _worker_task(html, url, content_type):
    global _worker_done
    if _worker_reader is read_page_text and os.environ.get("SALVO_FAULT_KILL_AT") == "text_worker":
        from pipelines.warehouse.db import fault_point

        fault_point("text_worker")  # the crash tests: a worker killed with a page in hand
    try:
        result = _worker_reader(html, url, content_type)
    except Exception as exc:
        result = PageText(status="text_failed", error=f"{type(exc).__name__}: {exc}")
    _worker_done += 1
    if _worker_done % _RESET_CACHES_EVERY == 0:
        _reset_trafilatura_caches()
    return result


def _read_in_processes(
    items: Iterator[tuple], workers: int, timeout_s: float, reader: PageReader
) -> Iterator[tuple[Hashable, PageText]]:
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired, ProcessPool

    import trafilatura  # noqa: F401  (imported once, inherited by the forked workers)

    pool = ProcessPool(
        max_workers=workers, max_tasks=_TASKS_PER_WORKER, initializer=_worker_init,
        initargs=(os.getpid(), reader), context=_pool_context(),
    )
    in_flight: dict = {}  # future -> (key, task)
    retried: set = set()
    exhausted = False
    try:
        while True:
            # one page queued behind each busy worker keeps them fed; more would only hold pages in memory
            while not exhausted and len(in_flight) < 2 * workers:
                try:
                    key, html, url, content_type = _unpack(next(items))
                except StopIteration:
                    exhausted = True
                    break
                task = (html, url, content_type)
                in_flight[pool.schedule(_worker_task, args=task, timeout=timeout_s)] = (key, task)
            if not in_flight:
                return
            done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            for future in done:
                key, task = in_flight.pop(future)
                try:
                    yield key, future.result()
                except FutureTimeout:
                    yield key, PageText(
                        status="timeout", error=f"reading the page took longer than {timeout_s:g}s; worker killed"
                    )
                except ProcessExpired as died:
                    if key not in retried:  # a worker killed under its page: once more on a fresh one
                        retried.add(key)
                        in_flight[pool.schedule(_worker_task, args=task, timeout=timeout_s)] = (key, task)
                        continue
                    yield key, PageText(status="text_failed", error=f"text worker died twice (exit code {died.exitcode})")
                except Exception as exc:
                    yield key, PageText(status="text_failed", error=f"{type(exc).__name__}: {exc}")
    finally:
        pool.stop()
        pool.join(timeout=5)


__all__ = [
    "PageText",
    "STATUSES",
    "clean_paragraphs",
    "decode_html",
    "read_page_text",
    "read_pages_parallel",
]
