"""A small local news site server for the demo, the tests and the benchmarks.

Serves the files under a root folder over HTTP on 127.0.0.1. Feeds and pages
carry the token ``__BASE__`` where an absolute link starts; it is replaced by
the server's own address on the fly, so the same folder works on any port.

The server behaves like a well-run news site as far as the pipeline cares:
correct content types, a strong ETag and Last-Modified on every file, 304
answers to conditional requests, 404 for anything that is not a file under
the root (no directory listings, no way out of the root). It counts what it
served per path so tests can assert what a pipeline run fetched.

    with serve_site(Path("../shared/devset")) as site:
        httpx.get(f"{site.base_url}/feeds/ap.xml")
        assert site.requests["/feeds/ap.xml"] == 1

By hand: ``python -m pipelines.sample_site.server ROOT --port 8765``.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import mimetypes
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

BASE_TOKEN = b"__BASE__"

# Only these kinds of files carry the __BASE__ token.
SUBSTITUTED_SUFFIXES = {".xml", ".html", ".htm"}

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".json": "application/json",
    ".jsonl": "application/x-ndjson; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
}


def content_type_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


@dataclass(frozen=True)
class CachedFile:
    """One file as served: the substituted bytes and the validators derived from them."""

    body: bytes
    content_type: str
    etag: str
    last_modified: str  # HTTP date of the file's mtime
    mtime_seconds: int  # mtime truncated to whole seconds, as HTTP dates are
    stat_key: tuple[int, int]  # (mtime_ns, size): re-read the file when it changes


@dataclass
class SiteServer:
    """What ``serve_site`` yields: the address and what was served.

    ``requests`` counts every request per path (query string dropped),
    ``full_responses`` the 200 answers that carried a body, ``conditional_hits``
    the 304 answers and ``not_found`` the 404 answers.
    """

    base_url: str
    root: Path
    requests: Counter = field(default_factory=Counter)
    full_responses: Counter = field(default_factory=Counter)
    conditional_hits: Counter = field(default_factory=Counter)
    not_found: Counter = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _cache: dict[Path, CachedFile] = field(default_factory=dict, repr=False)

    def url(self, path: str) -> str:
        """The absolute URL of a path under the root: ``site.url("feeds/ap.xml")``."""
        return f"{self.base_url}/{path.lstrip('/')}"

    def reset_counts(self) -> None:
        """Forget what was served so far (between two pipeline runs, say)."""
        with self._lock:
            for counter in (self.requests, self.full_responses, self.conditional_hits, self.not_found):
                counter.clear()

    @property
    def request_counts(self) -> Counter:
        """Another name for ``requests``."""
        return self.requests

    @property
    def total_requests(self) -> int:
        return sum(self.requests.values())

    def __str__(self) -> str:
        return self.base_url

    # -- used by the request handler -------------------------------------------------

    def _count(self, counter: Counter, path: str) -> None:
        with self._lock:
            counter[path] += 1

    def _resolve(self, url_path: str) -> Path | None:
        """The file a URL path names, or None when it is not a regular file inside the root."""
        decoded = unquote(url_path)
        parts = [part for part in decoded.split("/") if part not in ("", ".")]
        # Refuse any parent step outright rather than trusting normalisation.
        if any(part == ".." or "\\" in part or "\x00" in part for part in parts):
            return None
        candidate = self.root.joinpath(*parts) if parts else self.root
        try:
            resolved = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        # A symlink could still point outside the root.
        if not resolved.is_relative_to(self.root) or not resolved.is_file():
            return None
        return resolved

    def _load(self, path: Path) -> CachedFile | None:
        """The served form of a file, read once and re-read only when the file changes."""
        try:
            stat = path.stat()
        except OSError:
            return None
        stat_key = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(path)
        if cached is not None and cached.stat_key == stat_key:
            return cached
        try:
            body = path.read_bytes()
        except OSError:
            return None
        if path.suffix.lower() in SUBSTITUTED_SUFFIXES:
            body = body.replace(BASE_TOKEN, self.base_url.encode("ascii"))
        mtime_seconds = int(stat.st_mtime)
        cached = CachedFile(
            body=body,
            content_type=content_type_for(path),
            etag='"' + hashlib.sha256(body).hexdigest()[:32] + '"',
            last_modified=formatdate(mtime_seconds, usegmt=True),
            mtime_seconds=mtime_seconds,
            stat_key=stat_key,
        )
        # A plain dict assignment is atomic under the GIL; two threads loading the
        # same file at once just do the work twice.
        self._cache[path] = cached
        return cached


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """If-None-Match uses the weak comparison: W/"x" matches "x"."""
    if if_none_match.strip() == "*":
        return True
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate.startswith("W/"):
            candidate = candidate[2:]
        if candidate == etag:
            return True
    return False


def _not_modified_since(if_modified_since: str, mtime_seconds: int) -> bool:
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError, IndexError):
        return False  # an unparseable date is ignored, as RFC 9110 says
    if since.tzinfo is None:
        return False
    return mtime_seconds <= since.timestamp()


def _make_handler(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class SiteRequestHandler(BaseHTTPRequestHandler):
        # HTTP/1.1 keeps connections alive, which the benchmark's client relies on.
        protocol_version = "HTTP/1.1"
        server_version = "SalvoSampleSite/1.0"
        sys_version = ""
        timeout = 30  # an idle keep-alive connection does not hold its thread forever
        # Headers and body go out in two writes; with Nagle on, a keep-alive client
        # waits for the delayed ACK (~40 ms) on every request.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
            pass  # quiet: tests and benchmarks make thousands of requests

        def do_GET(self) -> None:
            self._answer(send_body=True)

        def do_HEAD(self) -> None:
            self._answer(send_body=False)

        def _answer(self, send_body: bool) -> None:
            url_path = urlsplit(self.path).path or "/"
            site._count(site.requests, url_path)

            file_path = site._resolve(url_path)
            cached = site._load(file_path) if file_path is not None else None
            if cached is None:
                site._count(site.not_found, url_path)
                self._send_plain(HTTPStatus.NOT_FOUND, b"Not Found\n", send_body)
                return

            if self._is_not_modified(cached):
                site._count(site.conditional_hits, url_path)
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", cached.etag)
                self.send_header("Last-Modified", cached.last_modified)
                self.end_headers()
                return

            site._count(site.full_responses, url_path)
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", cached.content_type)
            self.send_header("Content-Length", str(len(cached.body)))
            self.send_header("ETag", cached.etag)
            self.send_header("Last-Modified", cached.last_modified)
            self.end_headers()
            if send_body:
                self.wfile.write(cached.body)

        def _is_not_modified(self, cached: CachedFile) -> bool:
            # If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
            if_none_match = self.headers.get("If-None-Match")
            if if_none_match is not None:
                return _etag_matches(if_none_match, cached.etag)
            if_modified_since = self.headers.get("If-Modified-Since")
            if if_modified_since is not None:
                return _not_modified_since(if_modified_since, cached.mtime_seconds)
            return False

        def _send_plain(self, status: HTTPStatus, body: bytes, send_body: bool) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)

    return SiteRequestHandler


def _format_base_url(host: str, port: int) -> str:
    if ":" in host:  # an IPv6 literal needs brackets in a URL
        return f"http://[{host}]:{port}"
    return f"http://{host}:{port}"


class _QuietThreadingHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A client that hangs up mid-response (a timeout test, a cancelled fetch)
        # is normal here; do not print tracebacks to the test output.
        pass


# `salvo demo` serves the sample site on the first free one of these: the
# articles' URLs (and so their ids) stay the same from one demo to the next,
# where a random port made every demo store every article again.
DEMO_PORTS = tuple(range(8765, 8775))


def _bind(host: str, ports: Sequence[int], handler) -> _QuietThreadingHTTPServer:
    for position, port in enumerate(ports):
        try:
            return _QuietThreadingHTTPServer((host, port), handler)
        except OSError as error:
            if error.errno != errno.EADDRINUSE or position == len(ports) - 1:
                raise
    raise ValueError("no port to bind")


@contextmanager
def serve_site(root: Path | str, host: str = "127.0.0.1", port: int | Sequence[int] = 0) -> Iterator[SiteServer]:
    """Serve ``root`` over HTTP in a background thread; yield the running ``SiteServer``.

    ``port=0`` picks a free port; a sequence of ports takes the first free one
    (``DEMO_PORTS``). Files are read once and cached; a file whose mtime or
    size changes is re-read, so a test can rewrite a feed between runs.
    """
    root_path = Path(root).resolve(strict=True)
    if not root_path.is_dir():
        raise NotADirectoryError(root_path)

    # The handler needs the SiteServer and the SiteServer needs the bound port,
    # so bind first with a placeholder and fill the address in before serving.
    site = SiteServer(base_url="", root=root_path)
    httpd = _bind(host, (port,) if isinstance(port, int) else tuple(port), _make_handler(site))
    bound_host, bound_port = httpd.server_address[:2]
    site.base_url = _format_base_url(host or str(bound_host), bound_port)

    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                              name=f"sample-site-{bound_port}", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    from pipelines.sample_site import SITE_ROOT

    parser = argparse.ArgumentParser(
        prog="python -m pipelines.sample_site.server",
        description="Serve a folder of feeds and pages, replacing __BASE__ with this server's address.",
    )
    parser.add_argument("root", nargs="?", type=Path, default=SITE_ROOT,
                        help="folder to serve (default: the bundled sample site)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)

    with serve_site(args.root, host=args.host, port=args.port) as site:
        feeds = sorted(p.relative_to(site.root).as_posix() for p in site.root.glob("feeds/*.xml"))
        print(f"Serving {site.root} at {site.base_url}", flush=True)
        for feed in feeds:
            print(f"  {site.url(feed)}", flush=True)
        print("Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("Stopped.", flush=True)


if __name__ == "__main__":
    main()
