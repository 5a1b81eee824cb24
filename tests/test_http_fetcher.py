"""The guarded HTTP fetcher (pipelines/ingest/http.py): faults and what Salvo does.

Every server here listens on 127.0.0.1; names like `internal.test` are
answered by a stub resolver, never by DNS.

fault                                   -> behaviour                               -> test
ok page, honest User-Agent              -> outcome ok, body, validators kept       -> test_ok_page_returns_body_and_sends_user_agent
HTTP_PROXY etc. in the environment      -> ignored: the request goes direct        -> test_environment_proxy_is_not_used
non-ASCII ETag, repeated headers        -> validator sent back byte for byte       -> test_response_headers_are_kept_byte_exact_and_repeated_ones_joined
status line without a reason phrase     -> error names the standard phrase         -> test_status_without_reason_phrase_is_named
conditional GET                         -> If-None-Match/If-Modified-Since, 304    -> test_conditional_get_304_is_not_modified
404                                     -> http_error, no retry                    -> test_404_is_http_error
500                                     -> http_error, not retried                 -> test_500_is_http_error_without_retry
503 + short Retry-After                 -> waits, retries once, ok                 -> test_503_with_short_retry_after_is_retried_once
503 + short Retry-After twice           -> second one reported, not obeyed         -> test_short_retry_after_is_obeyed_only_once
429/503 + long Retry-After              -> http_error, retry_after_s reported      -> test_long_retry_after_is_reported_not_waited
connection refused                      -> connect_error                           -> test_connection_refused_is_connect_error
connect never completes (SYN dropped)   -> timeout after connect_timeout_s         -> test_unanswered_connect_hits_connect_timeout
server accepts, never answers           -> timeout                                 -> test_silent_server_times_out
slow drip (a byte at a time) body       -> timeout at the total deadline           -> test_slow_drip_body_hits_total_deadline
slow drip headers                       -> timeout at the total deadline           -> test_slow_drip_headers_hit_total_deadline
redirect chain                          -> followed by hand, every hop recorded    -> test_redirect_chain_is_followed
redirect loop                           -> too_many_redirects                      -> test_redirect_loop_is_too_many_redirects
chain longer than max_redirects         -> too_many_redirects                      -> test_redirect_chain_over_limit
redirect to a refused loopback port     -> refused, listener sees no connection    -> test_redirect_to_unlisted_loopback_port_is_refused_without_connecting
name resolving to 10.0.0.5 / metadata   -> refused before any connect              -> test_private_resolution_is_refused_before_connect
loopback not in allow_hosts             -> refused                                 -> test_loopback_is_refused_unless_allowed
DNS rebinding between check and connect -> connects to the checked IP only         -> test_validated_address_is_pinned_against_dns_rebinding
file:, ftp:, gopher: URLs               -> bad_scheme                              -> test_non_http_schemes_are_bad_scheme
unresolvable name                       -> connect_error                           -> test_unresolvable_name_is_connect_error
huge body (declared and chunked)        -> too_large at max_bytes                  -> test_huge_declared_body_is_too_large, test_huge_chunked_body_stops_at_cap
gzip bomb                               -> too_large on the decompressed stream    -> test_gzip_bomb_stops_at_cap
gzip page                               -> decompressed body                       -> test_gzip_page_is_decompressed
many URLs on one host                   -> <= per_host_concurrency in flight       -> test_fetch_many_limits_per_host_concurrency
many URLs on one host                   -> per_host_delay_s between starts         -> test_fetch_many_spaces_request_starts
"""

from __future__ import annotations

import gzip
import socket
import threading
import time

import pytest

from pipelines.config import FetchSettings
from pipelines.ingest.http import Fetcher, address_problem, parse_retry_after

pytestmark = pytest.mark.timeout(20)


def settings_for(*allowed: str, **overrides) -> FetchSettings:
    values = dict(
        allow_hosts=tuple(allowed),
        per_host_delay_s=0.0,
        connect_timeout_s=2,
        total_timeout_s=5,
        retries=0,
        backoff_s=0.0,
    )
    values.update(overrides)
    return FetchSettings(**values)


def allowed(server) -> str:
    return f"127.0.0.1:{server.port}"


class RawServer:
    """A tiny threaded TCP server: `handler(conn)` runs for every accepted connection."""

    def __init__(self, handler=None):
        self.handler = handler
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self):
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            with self.lock:
                self.connections += 1
            if self.handler is None:
                conn.close()
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn):
        try:
            self.handler(conn, self)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self.stopped.set()
        self.thread.join(timeout=2)
        self.sock.close()


def read_request(conn) -> bytes:
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


@pytest.fixture
def raw_server():
    servers = []

    def start(handler=None):
        server = RawServer(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def no_sockets(monkeypatch):
    """Fail loudly if anything tries to open a TCP connection."""
    attempts = []

    def refuse(address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError(f"unexpected connection to {address}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


# ---------------------------------------------------------------- plain HTTP


def test_ok_page_returns_body_and_sends_user_agent(httpserver_ipv4):
    httpserver_ipv4.expect_request("/page").respond_with_data(
        "<html>hello</html>",
        content_type="text/html; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 27 Sep 2023 10:00:00 GMT"},
    )
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/page"))
    assert result.outcome == "ok", result.error
    assert result.status_code == 200
    assert result.body == b"<html>hello</html>"
    assert result.bytes == len(result.body)
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 27 Sep 2023 10:00:00 GMT"
    assert result.content_type.startswith("text/html")
    request, _ = httpserver_ipv4.log[0]
    assert request.headers["User-Agent"].startswith("Salvo/")
    assert "gzip" in request.headers["Accept-Encoding"]
    assert "text/html" in request.headers["Accept"]
    assert request.headers["Host"] == f"127.0.0.1:{httpserver_ipv4.port}"


def test_environment_proxy_is_not_used(httpserver_ipv4, monkeypatch):
    # a proxy would fetch on our behalf, past the address guard
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    httpserver_ipv4.expect_request("/direct").respond_with_data("direct")
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/direct"))
    assert result.outcome == "ok", result.error
    assert result.body == b"direct"


def test_response_headers_are_kept_byte_exact_and_repeated_ones_joined(raw_server):
    # An ETag with a non-ASCII byte must go back in If-None-Match exactly as it came.
    requests: list[bytes] = []

    def answer(conn, server):
        request = read_request(conn)
        requests.append(request)
        if b"If-None-Match" in request:
            conn.sendall(b"HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n")
            return
        conn.sendall(
            b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nETag: "caf\xe9"\r\n'
            b"Vary: Accept\r\nVary: Accept-Encoding\r\nConnection: close\r\n\r\nok"
        )

    server = raw_server(answer)
    with Fetcher(settings_for(allowed(server))) as fetcher:
        first = fetcher.get(server.url("/x"))
        again = fetcher.get(server.url("/x"), etag=first.etag)
    assert first.outcome == "ok", first.error
    assert first.headers["vary"] == "Accept, Accept-Encoding"
    assert again.outcome == "not_modified", again.error
    assert b'If-None-Match: "caf\xe9"' in requests[1]


def test_status_without_reason_phrase_is_named(raw_server):
    def answer(conn, server):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 503 \r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    server = raw_server(answer)
    with Fetcher(settings_for(allowed(server))) as fetcher:
        result = fetcher.get(server.url("/x"))
    assert result.outcome == "http_error"
    assert result.error == "HTTP 503 Service Unavailable"


def test_conditional_get_304_is_not_modified(httpserver_ipv4):
    httpserver_ipv4.expect_request(
        "/feed", headers={"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 27 Sep 2023 10:00:00 GMT"}
    ).respond_with_data("", status=304)
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(
            httpserver_ipv4.url_for("/feed"), etag='"v1"', last_modified="Wed, 27 Sep 2023 10:00:00 GMT"
        )
    assert result.outcome == "not_modified", result.error
    assert result.status_code == 304
    assert result.body is None


def test_404_is_http_error(httpserver_ipv4):
    httpserver_ipv4.expect_request("/missing").respond_with_data("nope", status=404)
    with Fetcher(settings_for(allowed(httpserver_ipv4), retries=1)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/missing"))
    assert result.outcome == "http_error"
    assert result.status_code == 404
    assert "404" in result.error
    assert result.attempts == 1


def test_500_is_http_error_without_retry(httpserver_ipv4):
    httpserver_ipv4.expect_request("/boom").respond_with_data("oops", status=500)
    with Fetcher(settings_for(allowed(httpserver_ipv4), retries=2)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/boom"))
    assert result.outcome == "http_error"
    assert result.status_code == 500
    assert len(httpserver_ipv4.log) == 1


def test_503_with_short_retry_after_is_retried_once(httpserver_ipv4):
    httpserver_ipv4.expect_ordered_request("/busy").respond_with_data(
        "later", status=503, headers={"Retry-After": "1"}
    )
    httpserver_ipv4.expect_ordered_request("/busy").respond_with_data("fine now")
    with Fetcher(settings_for(allowed(httpserver_ipv4), retries=1, retry_after_cap_s=5)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/busy"))
    assert result.outcome == "ok", result.error
    assert result.body == b"fine now"
    assert result.attempts == 2


@pytest.mark.parametrize("status", [429, 503])
def test_long_retry_after_is_reported_not_waited(httpserver_ipv4, status):
    httpserver_ipv4.expect_request("/slow-down").respond_with_data(
        "go away", status=status, headers={"Retry-After": "3600"}
    )
    with Fetcher(settings_for(allowed(httpserver_ipv4), retries=1, retry_after_cap_s=5)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/slow-down"))
    assert result.outcome == "http_error"
    assert result.status_code == status
    assert result.retry_after_s == 3600
    assert len(httpserver_ipv4.log) == 1  # not retried


def test_parse_retry_after_accepts_seconds_and_http_dates():
    from datetime import datetime, timezone

    now = datetime(2023, 9, 28, 10, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Thu, 28 Sep 2023 10:01:30 GMT", now=now) == 90
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# ---------------------------------------------------------------- network faults


def test_connection_refused_is_connect_error():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens on this port now
    with Fetcher(settings_for(f"127.0.0.1:{port}")) as fetcher:
        result = fetcher.get(f"http://127.0.0.1:{port}/")
    assert result.outcome == "connect_error"
    assert result.status_code is None
    assert result.error


def test_silent_server_times_out(raw_server):
    def never_answer(conn, server):
        read_request(conn)
        server.stopped.wait(10)

    server = raw_server(never_answer)
    with Fetcher(settings_for(allowed(server), total_timeout_s=1)) as fetcher:
        result = fetcher.get(server.url())
    assert result.outcome == "timeout"
    assert "1s" in result.error


def test_slow_drip_body_hits_total_deadline(raw_server):
    def drip_body(conn, server):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nContent-Type: text/html\r\n\r\n")
        # A byte every 0.2 s: each read succeeds well within any read timeout.
        while not server.stopped.wait(0.2):
            conn.sendall(b"x")

    server = raw_server(drip_body)
    with Fetcher(settings_for(allowed(server), total_timeout_s=1.5)) as fetcher:
        result = fetcher.get(server.url())
    assert result.outcome == "timeout"
    assert "total time limit" in result.error
    assert result.body is None


def test_slow_drip_headers_hit_total_deadline(raw_server):
    def drip_headers(conn, server):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        while not server.stopped.wait(0.2):
            conn.sendall(b"X-Drip: 1\r\n")

    server = raw_server(drip_headers)
    with Fetcher(settings_for(allowed(server), total_timeout_s=1.5)) as fetcher:
        result = fetcher.get(server.url())
    assert result.outcome == "timeout"
    assert "total time limit" in result.error


# ---------------------------------------------------------------- redirects


def test_redirect_chain_is_followed(httpserver_ipv4):
    httpserver_ipv4.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver_ipv4.expect_request("/b").respond_with_data(
        "", status=302, headers={"Location": httpserver_ipv4.url_for("/c")}
    )
    httpserver_ipv4.expect_request("/c").respond_with_data("", status=307, headers={"Location": "d"})
    httpserver_ipv4.expect_request("/d").respond_with_data("arrived")
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/a"))
    assert result.outcome == "ok", result.error
    assert result.body == b"arrived"
    assert result.url == httpserver_ipv4.url_for("/a")
    assert result.final_url == httpserver_ipv4.url_for("/d")
    assert result.redirects == [httpserver_ipv4.url_for(p) for p in ("/b", "/c", "/d")]


def test_redirect_loop_is_too_many_redirects(httpserver_ipv4):
    httpserver_ipv4.expect_request("/ping").respond_with_data("", status=302, headers={"Location": "/pong"})
    httpserver_ipv4.expect_request("/pong").respond_with_data("", status=302, headers={"Location": "/ping"})
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/ping"))
    assert result.outcome == "too_many_redirects"
    assert "loop" in result.error
    assert len(httpserver_ipv4.log) == 2


def test_redirect_chain_over_limit(httpserver_ipv4):
    for hop in range(10):
        httpserver_ipv4.expect_request(f"/hop{hop}").respond_with_data(
            "", status=302, headers={"Location": f"/hop{hop + 1}"}
        )
    with Fetcher(settings_for(allowed(httpserver_ipv4), max_redirects=3)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/hop0"))
    assert result.outcome == "too_many_redirects"
    assert len(httpserver_ipv4.log) == 4  # the first request and three redirects


def test_redirect_to_unlisted_loopback_port_is_refused_without_connecting(httpserver_ipv4, raw_server):
    forbidden = raw_server()  # counts connections; must see none
    httpserver_ipv4.expect_request("/out").respond_with_data(
        "", status=302, headers={"Location": f"http://127.0.0.1:{forbidden.port}/admin"}
    )
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/out"))
    assert result.outcome == "refused"
    assert "loopback" in result.error
    assert result.final_url == f"http://127.0.0.1:{forbidden.port}/admin"
    time.sleep(0.3)  # give a (wrong) connection time to be accepted
    assert forbidden.connections == 0


# ---------------------------------------------------------------- address guard


@pytest.mark.parametrize(
    "answer, words",
    [
        ("10.0.0.5", "private"),
        ("169.254.169.254", "metadata"),
        ("127.0.0.1", "loopback"),
        ("192.168.1.10", "private"),
        ("172.16.0.1", "private"),
        ("100.64.1.1", "shared"),
        ("0.0.0.0", "unspecified"),
        ("::1", "loopback"),
        ("fd00::1", "private"),
        ("fe80::1", "link-local"),
        ("::ffff:10.0.0.5", "IPv4-mapped"),
    ],
)
def test_private_resolution_is_refused_before_connect(answer, words, no_sockets):
    def stub_resolver(host):
        assert host == "internal.test"
        return [answer]

    with Fetcher(settings_for(), resolver=stub_resolver) as fetcher:
        result = fetcher.get("http://internal.test/latest.rss")
    assert result.outcome == "refused"
    assert words in result.error
    assert "internal.test" in result.error
    assert no_sockets == []


def test_one_private_answer_among_public_ones_is_refused(no_sockets):
    with Fetcher(settings_for(), resolver=lambda host: ["93.184.216.34", "10.0.0.5"]) as fetcher:
        result = fetcher.get("https://mixed.test/")
    assert result.outcome == "refused"
    assert no_sockets == []


def test_loopback_is_refused_unless_allowed(httpserver_ipv4):
    httpserver_ipv4.expect_request("/").respond_with_data("local")
    with Fetcher(settings_for()) as fetcher:
        refused = fetcher.get(httpserver_ipv4.url_for("/"))
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        accepted = fetcher.get(httpserver_ipv4.url_for("/"))
    assert refused.outcome == "refused"
    assert accepted.outcome == "ok"
    assert len(httpserver_ipv4.log) == 1


def test_validated_address_is_pinned_against_dns_rebinding(monkeypatch):
    answers = iter([["93.184.216.34"], ["127.0.0.1"], ["127.0.0.1"]])
    lookups = []

    def rebinding_resolver(host):
        lookups.append(host)
        return next(answers)

    connected_to = []

    def fake_connect(address, *args, **kwargs):
        connected_to.append(address)
        raise ConnectionRefusedError("test: no real network")

    monkeypatch.setattr(socket, "create_connection", fake_connect)
    with Fetcher(settings_for(), resolver=rebinding_resolver) as fetcher:
        result = fetcher.get("http://rebind.test:8080/")
    assert result.outcome == "connect_error"
    assert connected_to == [("93.184.216.34", 8080)]  # the checked address, never 127.0.0.1
    assert lookups == ["rebind.test"]  # no second lookup between check and connect


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/", "data:,x"])
def test_non_http_schemes_are_bad_scheme(url, no_sockets):
    with Fetcher(settings_for()) as fetcher:
        result = fetcher.get(url)
    assert result.outcome == "bad_scheme"
    assert result.body is None
    assert no_sockets == []


def test_unresolvable_name_is_connect_error(no_sockets):
    def no_such_host(host):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with Fetcher(settings_for(), resolver=no_such_host) as fetcher:
        result = fetcher.get("https://does-not-exist.test/")
    assert result.outcome == "connect_error"
    assert "does-not-exist.test" in result.error


def test_address_problem_classifies_addresses():
    assert address_problem("93.184.216.34") is None
    assert address_problem("2606:2800:220:1:248:1893:25c8:1946") is None
    assert "metadata" in address_problem("169.254.169.254")
    assert "private" in address_problem("10.1.2.3")
    assert "IPv4-mapped" in address_problem("::ffff:127.0.0.1")
    assert address_problem("::ffff:93.184.216.34") is None


# ---------------------------------------------------------------- size caps


def test_huge_declared_body_is_too_large(httpserver_ipv4):
    httpserver_ipv4.expect_request("/big").respond_with_data(b"x" * 200_000)
    with Fetcher(settings_for(allowed(httpserver_ipv4), max_bytes=100_000)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/big"))
    assert result.outcome == "too_large"
    assert result.body is None


def test_huge_chunked_body_stops_at_cap(raw_server):
    sent = {"bytes": 0}

    def endless_chunks(conn, server):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        block = b"y" * 65536
        while not server.stopped.is_set() and sent["bytes"] < 50_000_000:
            conn.sendall(b"%x\r\n%s\r\n" % (len(block), block))
            sent["bytes"] += len(block)

    server = raw_server(endless_chunks)
    with Fetcher(settings_for(allowed(server), max_bytes=1_000_000)) as fetcher:
        result = fetcher.get(server.url())
    assert result.outcome == "too_large"
    assert result.bytes == 1_000_000
    assert sent["bytes"] < 50_000_000  # we hung up long before the end


def test_gzip_bomb_stops_at_cap(raw_server):
    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 KB on the wire
    assert len(bomb) < 1_000_000

    def send_bomb(conn, server):
        read_request(conn)
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n"
            b"Content-Length: %d\r\n\r\n" % len(bomb)
        )
        conn.sendall(head + bomb)

    server = raw_server(send_bomb)
    with Fetcher(settings_for(allowed(server), max_bytes=2_000_000)) as fetcher:
        result = fetcher.get(server.url())
    assert result.outcome == "too_large"
    assert "decompression" in result.error
    assert result.body is None


def test_gzip_page_is_decompressed(httpserver_ipv4):
    page = "<html><p>Ukraine’s air force said 34 of 44 drones were destroyed.</p></html>".encode()
    httpserver_ipv4.expect_request("/gz").respond_with_data(
        gzip.compress(page), headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    with Fetcher(settings_for(allowed(httpserver_ipv4))) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/gz"))
    assert result.outcome == "ok", result.error
    assert result.body == page


# ---------------------------------------------------------------- fetch_many


def counting_handler(state, pause_s):
    def handle(conn, server):
        read_request(conn)
        with state["lock"]:
            state["active"] += 1
            state["peak"] = max(state["peak"], state["active"])
            state["starts"].append(time.monotonic())
        time.sleep(pause_s)
        with state["lock"]:
            state["active"] -= 1
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    return handle


def new_state():
    return {"lock": threading.Lock(), "active": 0, "peak": 0, "starts": []}


def test_fetch_many_limits_per_host_concurrency(raw_server):
    state = new_state()
    server = raw_server(counting_handler(state, pause_s=0.3))
    urls = [server.url(f"/page{i}") for i in range(6)]
    settings = settings_for(allowed(server), per_host_concurrency=2, max_workers=6)
    with Fetcher(settings) as fetcher:
        results = list(fetcher.fetch_many(urls))
    assert sorted(r.url for r in results) == sorted(urls)
    assert all(r.outcome == "ok" for r in results), [r.error for r in results]
    assert state["peak"] == 2


def test_fetch_many_spaces_request_starts(raw_server):
    state = new_state()
    server = raw_server(counting_handler(state, pause_s=0.0))
    urls = [server.url(f"/item{i}") for i in range(4)]
    settings = settings_for(allowed(server), per_host_concurrency=4, per_host_delay_s=0.25, max_workers=4)
    with Fetcher(settings) as fetcher:
        results = list(fetcher.fetch_many(urls))
    assert all(r.outcome == "ok" for r in results)
    starts = sorted(state["starts"])
    gaps = [later - earlier for earlier, later in zip(starts, starts[1:])]
    assert min(gaps) >= 0.2, gaps


def test_short_retry_after_is_obeyed_only_once(httpserver_ipv4):
    httpserver_ipv4.expect_request("/still-busy").respond_with_data(
        "later", status=503, headers={"Retry-After": "0"}
    )
    with Fetcher(settings_for(allowed(httpserver_ipv4), retries=3, retry_after_cap_s=5)) as fetcher:
        result = fetcher.get(httpserver_ipv4.url_for("/still-busy"))
    assert result.outcome == "http_error"
    assert result.status_code == 503
    assert result.retry_after_s == 0
    assert result.attempts == 2
    assert len(httpserver_ipv4.log) == 2


def test_unanswered_connect_hits_connect_timeout():
    # A listener whose accept queue is full: the kernel drops further SYNs,
    # so a new connection neither succeeds nor fails until our timeout.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            try:
                filler.connect(("127.0.0.1", port))
            except BlockingIOError:
                pass
            fillers.append(filler)
        time.sleep(0.2)
        with Fetcher(settings_for(f"127.0.0.1:{port}", connect_timeout_s=1)) as fetcher:
            result = fetcher.get(f"http://127.0.0.1:{port}/")
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
    assert result.outcome == "timeout"
    assert "no connection within 1s" in result.error
