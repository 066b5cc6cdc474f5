"""One HTTP client for a whole sync: TLS verified, retries with capped exponential backoff
and jitter (tenacity), Retry-After honoured, a rate limit per back end.

TLS is always verified, against certifi's authorities (the ones httpx ships with), and no
environment variable changes that: not ``SSL_CERT_FILE``/``SSL_CERT_DIR`` (httpx would read
them), nor anything that turns checks off. A shop with a certificate of its own (a company
authority, a self-signed one) is trusted only by an explicit setting for that one address:
``trust(url, ca_file)`` makes the connections to ``url``, and to no other address, verify
against that file instead; each such connection logs a warning.

What counts as transient: connection errors and timeouts, 429, 5xx, and a body that is
not the JSON it claims to be (a truncated answer). Everything else is the caller's to
judge (a 4xx is usually a rejection)."""

from __future__ import annotations

import json
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
)

from agentdesk.sync.protocol import AuthError, Rejected, Transient

LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}
log = logging.getLogger("agentdesk.sync.http")

# base URL -> a PEM file of the authorities to trust for that shop instead of certifi's
_TRUSTED: dict[str, str] = {}
_LOCK = threading.Lock()


class TlsError(ValueError):
    """A custom authority file that cannot be used (missing, unreadable, not PEM)."""


def trust(url: str, ca_file: str | os.PathLike[str] | None) -> None:
    """Trust the authorities in ``ca_file`` for connections to ``url`` only (None or an empty
    name: back to the default). The file is checked at once; TlsError when it is unusable."""
    base = check_url(url)
    with _LOCK:
        if not ca_file or not str(ca_file).strip():
            _TRUSTED.pop(base, None)
            return
    path = os.fspath(ca_file)
    try:
        ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as e:
        raise TlsError(
            f"{path} cannot be used as a certificate authority file ({e.__class__.__name__}); "
            "give a PEM file."
        ) from None
    with _LOCK:
        _TRUSTED[base] = path


def trusted(url: str) -> str | None:
    """The custom authority file trusted for ``url``, if one was set with ``trust``."""
    with _LOCK:
        return _TRUSTED.get(url.strip().rstrip("/"))


def tls_context(base: str) -> ssl.SSLContext:
    """Verification always on (hostname and chain): certifi's authorities, or the file
    trusted for this address. Built here, so httpx reads no certificate variables."""
    import certifi

    custom = trusted(base)
    if custom is not None and base.startswith("https:"):
        log.warning(
            "TLS: trusting the certificate authorities in %s for %s (set for this shop only)",
            custom,
            base,
        )
    context = ssl.create_default_context(cafile=custom or certifi.where())
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    # Python reads SSLKEYLOGFILE into every default context: the session keys would let
    # anyone with that file read the token off the wire. Not for a sync.
    context.keylog_filename = None  # type: ignore[assignment]
    return context


def check_url(url: str) -> str:
    """The base URL without a trailing slash; plain http only to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not a web address: {url!r}. Give it as https://shop.example.com.")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise ValueError(
            "Use https:// for a shop on another machine: the token must not travel unencrypted."
        )
    return url.strip().rstrip("/")


@dataclass
class RetryPolicy:
    attempts: int = 6
    initial: float = 0.5  # seconds before the second try
    cap: float = 30.0  # no wait is longer than this
    jitter: float = 0.5
    retry_after_cap: float = 60.0


class RateLimiter:
    """At most ``rate`` requests per second on average, bursts of ``burst`` (token bucket)."""

    def __init__(self, rate: float, burst: int = 1, clock: Callable[[], float] = time.monotonic):
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens = float(burst)
        self.at = clock()
        self.lock = threading.Lock()
        self.waited = 0.0

    def acquire(self) -> None:
        if self.rate <= 0:
            return
        with self.lock:
            now = self.clock()
            self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
            self.at = now
            if self.tokens < 1:
                pause = (1 - self.tokens) / self.rate
                time.sleep(pause)
                self.waited += pause
                self.tokens = 1.0
                self.at = self.clock()
            self.tokens -= 1


class RetryAfter(Transient):
    def __init__(self, message: str, after: float | None):
        super().__init__(message)
        self.after = after


# errors of requests that never reached the shop: nothing can have been applied
UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def unsent(error: BaseException) -> bool:
    """The failed request certainly changed nothing in the shop."""
    if isinstance(error, RetryAfter):
        return True
    return isinstance(error, Transient) and isinstance(error.__cause__, UNSENT)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to the backoff


class Http:
    """Requests to one back end. ``on_retry`` hears about each retry (for the sync log)."""

    def __init__(
        self,
        base_url: str,
        headers: dict[str, str] | None = None,
        *,
        auth: httpx.Auth | tuple[str, str] | None = None,
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        on_retry: Callable[[str], None] | None = None,
    ):
        self.base = check_url(base_url)
        self.policy = policy or RetryPolicy()
        self.limiter = limiter
        self.on_retry = on_retry
        self.requests = 0
        self.retries = 0
        # Verification always on: there is deliberately no switch to turn TLS checks off
        # (tls_context; trust_env stays on for the proxy variables only, as the context is ours)
        self.client = httpx.Client(
            base_url=self.base,
            headers={"User-Agent": "AgentDesk", **(headers or {})},
            auth=auth,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            verify=tls_context(self.base),
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def _wait(self, state: RetryCallState) -> float:
        p = self.policy
        # capped exponential backoff with full jitter on top
        backoff: float = min(p.cap, p.initial * 2.0 ** (state.attempt_number - 1))
        backoff += random.uniform(0, p.jitter * backoff)
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, RetryAfter) and error.after is not None:
            return float(min(max(backoff, error.after), p.retry_after_cap))
        return backoff

    def _before_sleep(self, state: RetryCallState) -> None:
        self.retries += 1
        error = state.outcome.exception() if state.outcome else None
        log.warning("%s: retry %d after %s", self.base, state.attempt_number, error)
        if self.on_retry:
            self.on_retry(f"retry {state.attempt_number}: {error}")

    def request(
        self, method: str, path: str, *, idempotent: bool = True, **kwargs: Any
    ) -> tuple[Any, httpx.Headers]:
        """(parsed JSON, headers); retries what is transient, raises Transient when the
        tries run out, AuthError on 401/403 and Rejected on other 4xx.

        A write (``idempotent=False``) that timed out or lost its answer may have been
        applied: it is tried again here only when the failure proves the shop did nothing
        (no connection, 429/503); otherwise the Transient goes to the engine, whose next
        try first asks the connector's ``find`` whether it got through."""
        retrying = Retrying(
            stop=stop_after_attempt(self.policy.attempts),
            wait=self._wait,
            retry=retry_if_exception_type(Transient) if idempotent else retry_if_exception(unsent),
            before_sleep=self._before_sleep,
            reraise=True,
        )
        result: tuple[Any, httpx.Headers] = retrying(self._once, method, path, **kwargs)
        return result

    def _once(self, method: str, path: str, **kwargs: Any) -> tuple[Any, httpx.Headers]:
        if self.limiter:
            self.limiter.acquire()
        self.requests += 1
        try:
            response = self.client.request(method, path, **kwargs)
        except httpx.TimeoutException as e:
            log.info("%s %s: timed out (%s)", method, path, type(e).__name__)
            raise Transient(f"the shop did not answer in time ({type(e).__name__})") from e
        except httpx.TransportError as e:
            log.info("%s %s: %s: %s", method, path, type(e).__name__, e)
            raise Transient(f"cannot reach the shop ({type(e).__name__}: {e})") from e
        status = response.status_code
        log.debug("%s %s: HTTP %s, %d bytes", method, path, status, len(response.content))
        if status == 429 or status == 503:
            raise RetryAfter(
                f"the shop asks us to slow down (HTTP {status})", _retry_after(response)
            )
        if status >= 500:
            raise Transient(f"the shop had an error (HTTP {status})")
        if status in (401, 403):
            raise AuthError(f"the shop refused the token (HTTP {status})")
        if status >= 400:
            raise Rejected(f"the shop refused the request (HTTP {status}): {_excerpt(response)}")
        if not response.content:
            return None, response.headers
        try:
            return json.loads(response.content), response.headers
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise Transient(f"the shop's answer was cut off or not JSON ({str(e)[:80]})") from e


def _excerpt(response: httpx.Response) -> str:
    text = response.text.strip().replace("\n", " ")
    return text[:200]
