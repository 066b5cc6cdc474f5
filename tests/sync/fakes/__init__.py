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

FAULTS = ("status", "stall", "truncate", "cut", "reset", "drop")


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
