"""A guarded HTTP fetcher for feeds and article pages (issue 5).

Salvo fetches URLs that come from third-party feeds, so every URL is
untrusted. `Fetcher.get` never raises for network problems; it returns a
`FetchResult` whose `outcome` says what happened:

    ok, not_modified, http_error, refused, timeout, too_large,
    connect_error, too_many_redirects, bad_scheme, disallowed,
    robots_unreachable, error

Guards, in the order a request meets them:

* only http and https URLs (`bad_scheme`);
* the host is resolved and EVERY address it resolves to must be globally
  routable: loopback, private, link-local (cloud metadata 169.254.169.254),
  shared 100.64/10, unspecified, multicast, reserved, IPv6 ULA/link-local and
  IPv4-mapped forms of those are refused (`refused`) before any socket is
  opened, unless "host:port" (or "ip:port") is in `FetchSettings.allow_hosts`;
* DNS rebinding: the addresses that passed the check are pinned for the
  request. Our network backend (`_GuardedBackend`, plugged into the httpcore
  connection pool we drive directly) connects to those exact IP addresses
  instead of resolving the name again; TLS still verifies the certificate
  and sends SNI for the original host name because the URL keeps the name. A
  connection attempt for a host that was not checked for this request is
  resolved and checked again inside the backend, so nothing can reach a
  socket unchecked;
* redirects are followed by hand, at most `max_redirects`, and every hop goes
  through the same scheme and address checks (`too_many_redirects` for
  loops and long chains);
* a URL check set with `Fetcher.check_urls_with` (robots.txt, see
  robots.py) is asked before the first request and before every redirect
  hop, so a redirect cannot lead into a section a site disallows
  (`disallowed`, or `robots_unreachable` while a site's rules cannot be read);
* a connect timeout and a hard total deadline per attempt: the deadline is
  enforced inside the socket reads, so a server that drips a byte a second
  (in the headers or the body) is cut off (`timeout`);
* the body cap applies to the DECOMPRESSED bytes while they are read; we
  decompress gzip/deflate ourselves with a bounded output size, so a gzip
  bomb stops at `max_bytes` (`too_large`) without ever inflating in memory;
* proxies from the environment are ignored (a proxy would bypass the
  address check), and the User-Agent says who we are.

`Fetcher.fetch_many` runs requests on a thread pool with at most
`per_host_concurrency` requests in flight per host and `per_host_delay_s`
between request starts to one host. 429/503 with a short Retry-After (at
most `retry_after_cap_s`) are retried once; a longer one is reported in
`retry_after_s` for the caller's back-off state. `Fetcher.raise_host_delay`
lengthens the gap for one host (a robots.txt Crawl-delay), and an archive
backfill's fetcher slows a host down on every 429/503 it answers.

Limitation: `socket.getaddrinfo` has no timeout of its own, so a very slow
DNS server can delay a request beyond `total_timeout_s`.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import urljoin

import certifi
import httpcore
import httpx

from pipelines.config import FetchSettings

OUTCOMES = (
    "ok",
    "not_modified",
    "http_error",
    "refused",
    "timeout",
    "too_large",
    "connect_error",
    "too_many_redirects",
    "bad_scheme",
    "disallowed",  # the site's robots.txt says no (pipelines/ingest/robots.py)
    "robots_unreachable",  # the site's robots.txt could not be read: nothing is fetched there this time
    "error",
)

# A URL check answers None for a URL that may be requested, else (outcome, reason).
UrlCheck = Callable[[str], "tuple[str, str] | None"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Statuses worth another attempt: the server says "not now", not "never".
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})

Resolver = Callable[[str], list[str]]


@dataclass
class FetchResult:
    url: str
    final_url: str
    status_code: int | None
    outcome: str
    error: str | None = None
    body: bytes | None = None
    headers: dict = field(default_factory=dict)
    bytes: int = 0  # body bytes read, after decompression
    duration_ms: float = 0.0
    retry_after_s: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    redirects: list[str] = field(default_factory=list)  # every URL requested after the first
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class RefusedAddress(Exception):
    """The host resolves to an address Salvo must not connect to."""


class _DeadlineExceeded(httpcore.ReadTimeout):
    """The total time allowed for one request ran out."""


class _BodyTooLarge(Exception):
    pass


class _UnsupportedEncoding(Exception):
    pass


# ---------------------------------------------------------------- address guard


def default_resolver(host: str) -> list[str]:
    """All addresses `host` resolves to (IPv4 and IPv6), in resolver order."""
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        address = info[4][0].split("%", 1)[0]  # drop an IPv6 zone id
        if address not in addresses:
            addresses.append(address)
    return addresses


_METADATA_ADDRESSES = {
    ipaddress.ip_address("169.254.169.254"),
    ipaddress.ip_address("fd00:ec2::254"),
    ipaddress.ip_address("100.100.100.200"),
}
_SHARED_NAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def address_problem(address: str) -> str | None:
    """Why `address` must not be fetched from, or None if it is a public address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # ::ffff:127.0.0.1 and 64:ff9b::a00:5 reach the embedded IPv4 address.
        embedded = ip.ipv4_mapped
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            inner = address_problem(str(embedded))
            return f"IPv4-mapped {inner}" if inner else None
    if ip in _METADATA_ADDRESSES:
        return f"{ip} is a cloud metadata address"
    if ip.is_loopback:
        return f"{ip} is a loopback address"
    if ip.is_unspecified:
        return f"{ip} is an unspecified address"
    if ip.is_link_local:
        return f"{ip} is a link-local address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED_NAT:
        return f"{ip} is in the shared (carrier NAT) range 100.64.0.0/10"
    if ip.is_multicast:
        return f"{ip} is a multicast address"
    if ip.is_private:
        return f"{ip} is a private address"
    if ip.is_reserved or not ip.is_global:
        return f"{ip} is not a globally routable address"
    return None


def _host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class AddressGuard:
    """Resolves a host and decides whether Salvo may connect to it."""

    def __init__(self, allow_hosts: Iterable[str] = (), resolver: Resolver | None = None):
        self.allow_hosts = frozenset(entry.lower() for entry in allow_hosts)
        self.resolver = resolver or default_resolver

    def check(self, host: str, port: int) -> list[str]:
        """The addresses to connect to; raises RefusedAddress with a human reason."""
        host = host.lower().strip("[]")
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = list(self.resolver(host))
            except (OSError, UnicodeError) as exc:
                # A name that does not resolve is a connection problem, not a refusal.
                raise httpcore.ConnectError(f"cannot resolve {host!r}: {exc}") from exc
            if not addresses:
                raise httpcore.ConnectError(f"cannot resolve {host!r}: no addresses")
        if _host_port(host, port) in self.allow_hosts:
            return addresses
        if all(_host_port(address, port) in self.allow_hosts for address in addresses):
            return addresses
        for address in addresses:
            problem = address_problem(address)
            if problem:
                via = "" if host == address else f"{host} resolves to {address}; "
                raise RefusedAddress(
                    f"refused {_host_port(host, port)}: {via}{problem} "
                    "(not in allow_hosts)"
                )
        return addresses


# ---------------------------------------------------------------- network backend

# Per-thread state of the request being made on this thread: httpcore's sync
# pool does all socket work on the calling thread, so the backend can read it.
_request_state = threading.local()


def _deadline() -> float | None:
    return getattr(_request_state, "deadline", None)


def _clip_timeout(timeout: float | None) -> float | None:
    deadline = _deadline()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _DeadlineExceeded("total time limit exceeded")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write stops at the request deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clip_timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clip_timeout(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        tls = self._inner.start_tls(ssl_context, server_hostname, _clip_timeout(timeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses the guard accepted, by IP (no second DNS lookup)."""

    def __init__(self, guard: AddressGuard):
        self._guard = guard
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        pinned = getattr(_request_state, "pinned", {})
        addresses = pinned.get((host.lower(), port))
        if addresses is None:
            addresses = self._guard.check(host, port)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, _clip_timeout(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            return _DeadlineStream(stream)
        assert last_error is not None
        raise last_error

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _connection_pool(guard: AddressGuard, max_connections: int) -> httpcore.ConnectionPool:
    """httpcore's connection pool over the guarded backend (keep-alive, TLS verified with certifi)."""
    return httpcore.ConnectionPool(
        ssl_context=ssl.create_default_context(cafile=certifi.where()),
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=5.0,
        network_backend=_GuardedBackend(guard),
    )


def _header_text(value: bytes) -> str:
    # Latin-1 maps every byte to one character, so a validator sent back in a
    # conditional request (encoded the same way) is byte for byte what came.
    return value.decode("latin-1")


class _ResponseView:
    """What `_read_response` needs of an httpcore response: status, headers by lower-case name, body chunks.

    We talk to httpcore directly rather than through an httpx Client: the
    client's models, cookie jar and auth/redirect machinery cost about as much
    CPU per page as the HTTP exchange itself, and we follow redirects ourselves.
    """

    def __init__(self, response: httpcore.Response):
        self._response = response
        self.status_code = response.status
        headers: dict[str, str] = {}
        for name, value in response.headers:
            key = _header_text(name).lower()
            # repeated headers are joined, as HTTP allows for list-valued fields
            headers[key] = f"{headers[key]}, {_header_text(value)}" if key in headers else _header_text(value)
        self.headers = headers
        self.reason_phrase = _header_text(response.extensions.get("reason_phrase", b""))

    def iter_raw(self) -> Iterator[bytes]:
        """The body as received (still content-encoded), in the chunks the socket gave."""
        return self._response.iter_stream()


# ---------------------------------------------------------------- body decoding


class _BoundedDecoder:
    """Undoes Content-Encoding without ever producing more than `limit` bytes."""

    def __init__(self, content_encoding: str | None, limit: int):
        encoding = (content_encoding or "identity").strip().lower()
        self._limit = limit
        self._produced = 0
        if encoding in ("identity", ""):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()  # zlib-wrapped; raw deflate handled below
            self._deflate_untested = True
        else:
            raise _UnsupportedEncoding(f"unsupported Content-Encoding {content_encoding!r}")

    def feed(self, data: bytes) -> bytes:
        if self._zlib is None:
            return self._count(data)
        if getattr(self, "_deflate_untested", False):
            self._deflate_untested = False
            try:
                return self._inflate(data)
            except zlib.error:
                # Some servers send raw deflate without the zlib header.
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inflate(data)

    def _inflate(self, data: bytes) -> bytes:
        pieces = []
        pending = data
        while pending:
            # One byte more than allowed is enough to know the cap is exceeded.
            room = self._limit - self._produced + 1
            piece = self._zlib.decompress(pending, room)
            pieces.append(self._count(piece))
            pending = self._zlib.unconsumed_tail
            if self._zlib.eof:
                break
        return b"".join(pieces)

    def _count(self, piece: bytes) -> bytes:
        self._produced += len(piece)
        if self._produced > self._limit:
            raise _BodyTooLarge()
        return piece

    def flush(self) -> bytes:
        if self._zlib is None:
            return b""
        return self._count(self._zlib.flush())


# ---------------------------------------------------------------- per-host gate


class _HostGate:
    """At most N requests in flight per host, and a minimum gap between starts."""

    def __init__(self, concurrency: int, delay_s: float):
        self._concurrency = max(1, concurrency)
        self._delay_s = max(0.0, delay_s)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}
        # hosts that asked for a longer gap than the default (robots.txt Crawl-delay)
        self._host_delay_s: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str):
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._concurrency))
        semaphore.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, 0.0))
                self._next_start[host] = start + self._host_delay_s.get(host, self._delay_s)
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            semaphore.release()

    def raise_delay(self, host: str, seconds: float) -> None:
        """At least `seconds` between request starts to `host` from now on (never lowers the default)."""
        with self._lock:
            self._host_delay_s[host] = max(self._delay_s, self._host_delay_s.get(host, 0.0), seconds)

    def delay_for(self, host: str) -> float:
        with self._lock:
            return self._host_delay_s.get(host, self._delay_s)

    def hold_off(self, host: str, seconds: float) -> None:
        """No new request to `host` before `seconds` from now (a Retry-After)."""
        with self._lock:
            until = time.monotonic() + seconds
            self._next_start[host] = max(self._next_start.get(host, 0.0), until)


# ---------------------------------------------------------------- fetcher


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _standard_reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# Statuses of a host that is overloaded or rate-limiting us.
OVERLOAD_STATUSES = frozenset({429, 503})


class Fetcher:
    """Fetches untrusted URLs under the guards described in the module docstring.

    With `slow_down_on_overload` (archive backfills: thousands of pages to one
    host) every 429 or 503 doubles the gap between requests to that host, from
    OVERLOAD_FIRST_DELAY_S up to OVERLOAD_MAX_DELAY_S, for the rest of the run.
    """

    OVERLOAD_FIRST_DELAY_S = 1.0
    OVERLOAD_MAX_DELAY_S = 60.0

    def __init__(
        self, settings: FetchSettings | None = None, resolver: Resolver | None = None,
        slow_down_on_overload: bool = False,
    ):
        self.settings = settings or FetchSettings()
        self.slow_down_on_overload = slow_down_on_overload
        self.guard = AddressGuard(self.settings.allow_hosts, resolver)
        self._gate = _HostGate(self.settings.per_host_concurrency, self.settings.per_host_delay_s)
        max_connections = max(16, self.settings.max_workers * 2)
        self._pool = _connection_pool(self.guard, max_connections)
        # asked before every request and redirect hop; None: every URL that passes the guards
        self._url_check: UrlCheck | None = None
        self._default_headers = [
            (b"User-Agent", self.settings.user_agent.encode("latin-1", "replace")),
            # some sites' firewalls turn away requests that name no acceptable type
            (b"Accept", b"text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"),
            # Only encodings we can decompress under the size cap ourselves.
            (b"Accept-Encoding", b"gzip, deflate"),
        ]

    # -- lifecycle

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- politeness

    def raise_host_delay(self, host: str, seconds: float) -> None:
        """Space requests to `host` at least `seconds` apart (a robots.txt Crawl-delay).

        `host` is the name as in the URL (no port); per_host_delay_s stays the floor.
        """
        self._gate.raise_delay(host.lower(), seconds)

    def host_delay(self, host: str) -> float:
        return self._gate.delay_for(host.lower())

    def check_urls_with(self, check: UrlCheck | None) -> None:
        """Ask `check` before every request, redirect hops included (robots.txt: RobotsCache.obey)."""
        self._url_check = check

    # -- one URL

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Fetch one URL; never raises for network problems (see FetchResult.outcome)."""
        started = time.monotonic()
        attempts_left = max(0, self.settings.retries)
        waited_for_retry_after = False
        attempt = 0
        while True:
            attempt += 1
            result = self._fetch_following_redirects(url, etag, last_modified)
            result.attempts = attempt
            wait_s = self._retry_wait(result, attempt)
            if wait_s is None or attempts_left <= 0:
                break
            if result.retry_after_s is not None:
                # The server named its price once; a second "later" is reported, not obeyed.
                if waited_for_retry_after:
                    break
                waited_for_retry_after = True
            attempts_left -= 1
            time.sleep(wait_s)
        result.duration_ms = (time.monotonic() - started) * 1000.0
        return result

    def _retry_wait(self, result: FetchResult, attempt: int) -> float | None:
        """How long to wait before another attempt, or None for no retry."""
        backoff = self.settings.backoff_s * (2 ** (attempt - 1))
        if result.outcome == "connect_error":
            return backoff
        if result.outcome == "http_error" and result.status_code in RETRYABLE_STATUSES:
            if result.retry_after_s is None:
                return backoff
            if result.retry_after_s <= self.settings.retry_after_cap_s:
                return result.retry_after_s
            return None  # too long to wait here: the caller records it and backs off
        return None

    def _fetch_following_redirects(
        self, url: str, etag: str | None, last_modified: str | None
    ) -> FetchResult:
        headers = list(self._default_headers)
        # validators go back exactly as they came (see _header_text)
        if etag:
            headers.append((b"If-None-Match", etag.encode("latin-1", "replace")))
        if last_modified:
            headers.append((b"If-Modified-Since", last_modified.encode("latin-1", "replace")))
        current = url
        visited = [url]
        while True:
            refusal = self._url_check(current) if self._url_check is not None else None
            if refusal is not None:
                result = FetchResult(url=url, final_url=current, status_code=None, outcome=refusal[0], error=refusal[1])
                result.redirects = visited[1:]
                return result
            result, location = self._fetch_once(url, current, headers)
            result.redirects = visited[1:]
            if location is None:
                return result
            next_url = urljoin(current, location)
            if next_url in visited:
                result.outcome = "too_many_redirects"
                result.error = "redirect loop: " + " -> ".join(visited + [next_url])
                return result
            if len(visited) > self.settings.max_redirects:
                result.outcome = "too_many_redirects"
                result.error = f"more than {self.settings.max_redirects} redirects"
                return result
            visited.append(next_url)
            current = next_url

    def _fetch_once(
        self, original_url: str, url: str, headers: list[tuple[bytes, bytes]]
    ) -> tuple[FetchResult, str | None]:
        """One request (no redirect following). Returns the result and a Location to follow."""
        result = FetchResult(url=original_url, final_url=url, status_code=None, outcome="error")
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            result.error = f"invalid URL {url!r}: {exc}"
            return result, None
        if parsed.scheme not in ("http", "https"):
            result.outcome = "bad_scheme"
            result.error = f"only http and https URLs are fetched, not {parsed.scheme or 'no scheme'!r}"
            return result, None
        # raw_host is the ASCII (IDNA) form, the same string the network backend sees.
        host = parsed.raw_host.decode("ascii").lower()
        if not host:
            result.error = f"URL {url!r} has no host"
            return result, None
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            addresses = self.guard.check(host, port)
        except RefusedAddress as exc:
            result.outcome = "refused"
            result.error = str(exc)
            return result, None
        except httpcore.ConnectError as exc:
            result.outcome = "connect_error"
            result.error = str(exc)
            return result, None

        settings = self.settings
        timeouts = {
            "connect": settings.connect_timeout_s,
            "read": settings.total_timeout_s,
            "write": settings.total_timeout_s,
            "pool": settings.total_timeout_s,
        }
        target = httpcore.URL(scheme=parsed.raw_scheme, host=parsed.raw_host, port=parsed.port, target=parsed.raw_path)
        location = None
        with self._gate.slot(host):
            deadline = time.monotonic() + settings.total_timeout_s
            _request_state.deadline = deadline
            _request_state.pinned = {(host, port): addresses}
            try:
                with self._pool.stream("GET", target, headers=headers, extensions={"timeout": timeouts}) as response:
                    location = self._read_response(_ResponseView(response), result)
            except RefusedAddress as exc:  # the backend's own check (should not happen after ours)
                result.outcome, result.error = "refused", str(exc)
            except httpcore.TimeoutException as exc:
                result.outcome = "timeout"
                # A read clipped to the remaining time fails with a plain read
                # timeout; the clock tells us it was the total deadline.
                if isinstance(exc, _DeadlineExceeded) or time.monotonic() >= deadline - 0.05:
                    result.error = f"total time limit of {settings.total_timeout_s:g}s exceeded"
                elif isinstance(exc, httpcore.ConnectTimeout):
                    result.error = f"no connection within {settings.connect_timeout_s:g}s"
                else:
                    result.error = _describe(exc)
                result.body = None
            except httpcore.ConnectError as exc:
                result.outcome, result.error = "connect_error", _describe(exc)
            except (httpcore.NetworkError, httpcore.ProtocolError) as exc:
                result.outcome, result.error = "error", _describe(exc)
                result.body = None
            except Exception as exc:  # never let one bad URL stop a whole run
                result.outcome, result.error = "error", _describe(exc)
                result.body = None
            finally:
                _request_state.deadline = None
                _request_state.pinned = {}
        if result.retry_after_s:
            self._gate.hold_off(host, result.retry_after_s)
        if self.slow_down_on_overload and result.status_code in OVERLOAD_STATUSES:
            slower = max(self.OVERLOAD_FIRST_DELAY_S, 2 * self._gate.delay_for(host))
            self._gate.raise_delay(host, min(slower, self.OVERLOAD_MAX_DELAY_S))
        return result, location

    def _read_response(self, response: _ResponseView, result: FetchResult) -> str | None:
        """Fill `result` from `response`; returns the Location of a redirect to follow."""
        result.status_code = response.status_code
        result.headers = dict(response.headers)
        result.etag = response.headers.get("etag")
        result.last_modified = response.headers.get("last-modified")
        result.content_type = response.headers.get("content-type")
        status = response.status_code

        if status in REDIRECT_STATUSES:
            location = response.headers.get("location")
            if location:
                result.outcome = "too_many_redirects"  # replaced if the chain ends well
                result.error = None
                return location.strip()
            result.outcome, result.error = "http_error", f"HTTP {status} redirect without a Location"
            return None
        if status == 304:
            result.outcome = "not_modified"
            return None
        if not 200 <= status < 300:
            result.outcome = "http_error"
            result.error = f"HTTP {status} {response.reason_phrase or _standard_reason(status)}".strip()
            result.retry_after_s = parse_retry_after(response.headers.get("retry-after"))
            return None

        limit = self.settings.max_bytes
        content_encoding = response.headers.get("content-encoding")
        declared = response.headers.get("content-length")
        if not content_encoding and declared and declared.isdigit() and int(declared) > limit:
            result.outcome = "too_large"
            result.error = f"Content-Length {declared} exceeds the {limit}-byte cap"
            return None
        try:
            decoder = _BoundedDecoder(content_encoding, limit)
        except _UnsupportedEncoding as exc:
            result.outcome, result.error = "error", str(exc)
            return None

        chunks: list[bytes] = []
        try:
            for raw in response.iter_raw():
                _clip_timeout(None)  # raises once the total deadline has passed
                chunks.append(decoder.feed(raw))
            chunks.append(decoder.flush())
        except _BodyTooLarge:
            result.outcome = "too_large"
            result.error = f"body exceeds the {limit}-byte cap (after decompression)"
            result.bytes = limit
            return None
        except zlib.error as exc:
            result.outcome = "error"
            result.error = f"cannot decompress {content_encoding} body: {exc}"
            return None
        body = b"".join(chunks)
        result.body = body
        result.bytes = len(body)
        result.outcome = "ok"
        return None

    # -- many URLs

    def fetch_many(
        self,
        urls: Iterable[str],
        validators: Mapping[str, tuple[str | None, str | None]] | None = None,
        max_workers: int | None = None,
    ) -> Iterator[FetchResult]:
        """Fetch URLs on a thread pool; yields results as they complete (not in input order).

        `validators` maps a URL to its (etag, last_modified) for a conditional GET.
        Per-host concurrency and spacing apply across all workers. At most
        2 x workers requests are queued at once, so a long URL list is streamed.
        """
        validators = validators or {}
        workers = max(1, max_workers or self.settings.max_workers)
        url_iter = iter(urls)
        in_flight: set[Future[FetchResult]] = set()
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="salvo-fetch")
        try:
            exhausted = False
            while True:
                while not exhausted and len(in_flight) < workers * 2:
                    try:
                        url = next(url_iter)
                    except StopIteration:
                        exhausted = True
                        break
                    etag, last_modified = validators.get(url, (None, None))
                    in_flight.add(executor.submit(self.get, url, etag, last_modified))
                if not in_flight:
                    return
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


__all__ = [
    "AddressGuard",
    "FetchResult",
    "Fetcher",
    "OUTCOMES",
    "RefusedAddress",
    "address_problem",
    "default_resolver",
    "parse_retry_after",
]
