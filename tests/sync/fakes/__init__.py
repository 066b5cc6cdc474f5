"""Local fakes of shop back ends, served over real HTTP on 127.0.0.1.

Each fake is a small threaded ``http.server`` (not a mock of the client): the connectors
under test go through their real HTTP client, TLS aside, and meet the same failures a
shop on the internet gives them. Tests schedule those failures with ``fail(...)``:

``status``      answer with an HTTP status (429/500/502/503, with ``retry_after``)
``stall``       wait ``seconds`` (longer than the client's timeout) before doing anything
``truncate``    a complete HTTP answer whose JSON body is cut in half
``cut``         headers that promise the whole body, half of it, then the connection closes
``reset``       the connection is reset (TCP RST) before the request is handled
``drop``        the request is handled (a write is applied), then the connection is reset
                instead of answering: "the shop took it but the answer was lost"
``malformed``   a complete 200 answer whose body is not JSON at all (an HTML error page,
                a trailing comma, single quotes, bytes that are not UTF-8), not a cut one
``shape``       a complete 200 answer of valid JSON of the wrong shape (``mangle``: "list"
                wraps it in a list, "object" puts a list in an object, "missing" drops the
                ids and times, "types" makes times numbers and quantities words)
``duplicate``   the request is handled, but the answer is the one the same listing (path
                and query without its position) gave last: a page served twice
``reorder``     the answer's records (a list body, or GraphQL ``nodes``) in reverse order

``status`` with ``status=502`` is a bad gateway. A record whose ``updated_at`` goes back is
not a transport fault: the fakes' ``update_order(..., at=earlier)`` makes it.

Every request is logged in ``requests`` as a ``Seen`` (method, path, what happened), so
tests can count what a fake had to refuse.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

FAULTS = (
    "status",
    "stall",
    "truncate",
    "cut",
    "reset",
    "drop",
    "malformed",
    "shape",
    "duplicate",
    "reorder",
)
MALFORMED = (
    b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    b'{"data": {"items": [1, 2,], "total": 3},}',
    b"{'data': {'items': []}}",
    b'\xff\xfe{\x00"\x00d\x00"\x00}',
    b"OK",
)
TIMES = {
    "updatedAt",
    "createdAt",
    "date_modified_gmt",
    "date_created_gmt",
    "date_modified",
    "date_created",
}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else default

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    outcome: str | None = None  # what the log says instead of the status ("throttled")

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


@dataclass
class Fault:
    kind: str
    times: int = 1
    method: str | None = None
    path: str | None = None  # a substring of the path
    match: Callable[[Request], bool] | None = None
    status: int = 503
    retry_after: float | None = None
    seconds: float = 1.0
    body: Any = None
    mangle: str = "list"  # for "shape"

    def applies(self, r: Request) -> bool:
        if self.method and r.method != self.method:
            return False
        if self.path and self.path not in r.path:
            return False
        return self.match is None or self.match(r)


@dataclass
class Seen:
    method: str
    path: str
    outcome: str  # the status sent ("200"), or the fault ("reset", "throttled", ...)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away (a timeout, a reset we made) is expected here


class FakeServer:
    """The HTTP side of a fake shop; subclasses implement ``handle(request)``."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []
        self.requests: list[Seen] = []
        self._answers: dict[str, bytes] = {}  # listing -> its last answer ("duplicate")
        self._malformed = 0
        self.lock = threading.RLock()  # the shop's state: one request at a time inside
        self._stopping = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # or small answers wait 40 ms for an ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._serve(self)

            do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

            def finish(self) -> None:
                with contextlib.suppress(OSError, ValueError):
                    super().finish()

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self._stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- faults and the log ----------------------------------------------------------------

    def fail(self, kind: str, times: int = 1, **options: Any) -> Fault:
        """Schedule a fault for the next ``times`` requests that match (method, path,
        match); see the module docstring for the kinds."""
        if kind not in FAULTS and kind not in self.extra_faults():
            raise ValueError(f"unknown fault {kind!r}")
        fault = Fault(kind, times, **options)
        with self.lock:
            self.faults.append(fault)
        return fault

    def extra_faults(self) -> tuple[str, ...]:
        return ()

    def count(self, outcome: str, path: str | None = None) -> int:
        with self.lock:
            return sum(
                1
                for s in self.requests
                if s.outcome == outcome and (path is None or path in s.path)
            )

    def _take_fault(self, r: Request) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.applies(r):
                    fault.times -= 1
                    return fault
            return None

    def _log(self, r: Request, outcome: str) -> None:
        with self.lock:
            self.requests.append(Seen(r.method, r.path, outcome))

    # --- serving ---------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        raise NotImplementedError

    def fault_response(self, fault: Fault, request: Request) -> Response | None:
        """A subclass's own fault kinds (Shopify's THROTTLED answers)."""
        return None

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        parts = urlsplit(h.path)
        r = Request(
            h.command,
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            {k.lower(): v for k, v in h.headers.items()},
            body,
        )
        fault = self._take_fault(r)
        kind = fault.kind if fault else None
        if fault and kind == "reset":
            self._log(r, "reset")
            return self._reset(h)
        if fault and kind == "stall":
            self._log(r, "stall")
            self._stopping.wait(fault.seconds)
            fault = None  # then it is handled like any other request (the client is gone)
        if fault and kind == "status":
            self._log(r, str(fault.status))
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
            body = fault.body if fault.body is not None else {"errors": "Service unavailable"}
            return self._send(h, Response(fault.status, body, headers))
        if fault and kind not in FAULTS:
            special = self.fault_response(fault, r)
            if special is not None:
                self._log(r, kind or "")
                return self._send(h, special)
        try:
            with self.lock:
                response = self.handle(r)
        except Exception as e:  # the fake's own bug shows as a 500 with the reason
            response = Response(500, {"errors": f"fake error: {type(e).__name__}: {e}"})
        if kind == "drop":
            self._log(r, "drop")
            return self._reset(h)
        payload = response.payload()
        listing = _listing(r)
        last = self._answers.get(listing)
        if response.status == 200 and not isinstance(response.body, bytes):
            self._answers[listing] = payload
        if kind == "malformed":
            self._log(r, "malformed")
            self._malformed += 1
            bad = fault.body if isinstance(fault.body, bytes) else MALFORMED[self._malformed % 5]
            return self._send(h, response, bad)
        if kind == "shape" and fault is not None:
            self._log(r, "shape")
            body = mangle(json.loads(payload), fault.mangle)
            return self._send(h, response, json.dumps(body).encode())
        if kind == "duplicate":
            self._log(r, "duplicate")
            return self._send(h, response, last if last is not None else payload)
        if kind == "reorder":
            self._log(r, "reorder")
            return self._send(h, response, json.dumps(_reversed(json.loads(payload))).encode())
        if kind == "truncate":
            self._log(r, "truncate")
            return self._send(h, response, payload[: max(1, len(payload) // 2)])
        if kind == "cut":
            self._log(r, "cut")
            return self._send(h, response, payload, cut=True)
        self._log(r, response.outcome or str(response.status))
        return self._send(h, response, payload)

    def _send(
        self,
        h: BaseHTTPRequestHandler,
        response: Response,
        payload: bytes | None = None,
        cut: bool = False,
    ) -> None:
        data = response.payload() if payload is None else payload
        try:
            h.send_response(response.status)
            if not isinstance(response.body, bytes):
                h.send_header("Content-Type", "application/json; charset=utf-8")
            for k, v in response.headers.items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            if cut:
                h.wfile.write(data[: len(data) // 2])
                h.wfile.flush()
                self._reset(h)
                return
            h.wfile.write(data)
            h.wfile.flush()
        except OSError:
            h.close_connection = True  # the client left (it timed out)

    @staticmethod
    def _reset(h: BaseHTTPRequestHandler) -> None:
        h.close_connection = True
        sock = h.connection
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            sock.close()


# --- answers of the wrong shape -----------------------------------------------------------------

POSITION = {"offset", "page", "modified_after", "modified_before", "after", "before"}


def _listing(r: Request) -> str:
    """What identifies "the same listing" whatever page of it is asked: the path, the query
    without its position, and a GraphQL document without its variables."""
    query = sorted((k, v) for k, v in r.query.items() if k not in POSITION)
    try:
        doc = json.loads(r.body).get("query") if r.body else None
    except (ValueError, AttributeError):
        doc = None
    return f"{r.method} {r.path} {query} {doc}"


def mangle(body: Any, how: str) -> Any:
    """``body`` made the wrong shape (see the module docstring)."""
    if how == "list":
        return [body]
    if how == "object":
        return _walk(body, lambda x: {"items": x} if isinstance(x, list) and x else x)
    if how == "missing":
        return _walk(body, lambda x: _without(x) if isinstance(x, dict) else x)
    if how == "types":
        return _walk(body, lambda x: _retyped(x) if isinstance(x, dict) else x)
    raise ValueError(f"unknown shape {how!r}")


def _walk(value: Any, fn: Callable[[Any], Any]) -> Any:
    if isinstance(value, dict):
        value = {k: _walk(v, fn) for k, v in value.items()}
    elif isinstance(value, list):
        value = [_walk(v, fn) for v in value]
    return fn(value)


def _without(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in TIMES and k != "id"}


def _retyped(d: dict[str, Any]) -> dict[str, Any]:
    out = dict(d)
    for k in out:
        if k in TIMES and out[k] is not None:
            out[k] = 1764633600
        elif k == "quantity":
            out[k] = "several"
    return out


def _reversed(body: Any) -> Any:
    if isinstance(body, list):
        return body[::-1]
    return _walk(
        body,
        lambda x: (
            {**x, "nodes": x["nodes"][::-1]}
            if isinstance(x, dict) and isinstance(x.get("nodes"), list)
            else x
        ),
    )
