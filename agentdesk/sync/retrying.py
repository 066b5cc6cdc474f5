"""What the Shopify and WooCommerce connectors add to ``agentdesk.sync.http``.

``Http.request`` retries every transient failure, which is right for reads. A write that
timed out, or whose answer was cut off or lost with a reset connection, may well have
been applied: trying it again at once would make a second note or a second refund. So
``call(..., idempotent=False)`` retries only failures that prove the shop did nothing
(no connection could be made; 429/503 or THROTTLED, which are refused before any work)
and hands every other one to the engine as ``Transient``; the engine's next try first
asks ``find()`` whether the write got through. (These belong in ``Http`` itself, as a
``request(..., idempotent=False)`` and a ``download(url, file)``; they use its private
``_once``, ``_wait`` and ``_before_sleep`` until then.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import IO, TypeVar

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt

from agentdesk.core.timefmt import parse_rfc3339, seconds_text
from agentdesk.sync.http import Http, RetryAfter, check_url, unsent
from agentdesk.sync.protocol import Transient

T = TypeVar("T")


def call(http: Http, attempt: Callable[[], T], *, idempotent: bool = True) -> T:
    """``attempt()`` with ``http``'s retry policy; a write (``idempotent=False``) is only
    tried again when the failure shows that it was not applied."""
    retrying = Retrying(
        stop=stop_after_attempt(http.policy.attempts),
        wait=http._wait,
        retry=retry_if_exception((lambda e: isinstance(e, Transient)) if idempotent else unsent),
        before_sleep=http._before_sleep,
        reraise=True,
    )
    return retrying(attempt)


def write(http: Http, method: str, path: str, **kwargs: object) -> object:
    """A request that changes something, tried again only while it surely did nothing."""
    body, _ = call(http, lambda: http._once(method, path, **kwargs), idempotent=False)
    return body


def download(http: Http, url: str, into: IO[bytes], headers: dict[str, str] | None = None) -> int:
    """The file at ``url`` (another host, e.g. cloud storage) into ``into``; the client's
    default headers go along, so a token must not be one of them. Returns its size."""
    check_url(url)

    def attempt() -> int:
        into.seek(0)
        into.truncate()
        http.requests += 1
        try:
            with http.client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in (429, 503):
                    raise RetryAfter(f"the file server asks us to wait (HTTP {status})", None)
                if status >= 500:
                    raise Transient(f"the file server had an error (HTTP {status})")
                if status >= 400:  # a signed link that expired: the export must be made again
                    raise Transient(f"the file is not there (HTTP {status}): the link expired?")
                size = 0
                for chunk in response.iter_bytes():
                    into.write(chunk)
                    size += len(chunk)
                return size
        except httpx.TimeoutException as e:
            raise Transient(f"the file did not come in time ({type(e).__name__})") from e
        except httpx.TransportError as e:
            raise Transient(f"the file download broke off ({type(e).__name__}: {e})") from e

    size = call(http, attempt)
    into.seek(0)
    return size


# --- times and money --------------------------------------------------------------------------


def utc(value: str | None, assume_utc: bool = False) -> str | None:
    """A shop's timestamp as 'YYYY-MM-DDTHH:MM:SSZ' (what the engine compares as text);
    ``assume_utc`` for shops that leave the offset out of GMT fields (WooCommerce)."""
    if not value:
        return None
    text = value.strip()
    if assume_utc and not (text.endswith(("Z", "z")) or "+" in text[10:] or "-" in text[10:]):
        text += "Z"
    return stamp(parse_rfc3339(text))


def stamp(moment: datetime) -> str:
    return seconds_text(moment.astimezone(UTC)) + "Z"


def whole_second(since: str) -> datetime:
    """The first whole second at or after ``since``: the shops keep whole seconds, so the
    records at or after ``since`` are exactly those at or after this."""
    t = parse_rfc3339(since).astimezone(UTC)
    if t.microsecond:
        t = t.replace(microsecond=0) + timedelta(seconds=1)
    return t


# ISO 4217 minor units where they are not 2
_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_EXPONENT = {c: 0 for c in _ZERO.split()} | {c: 3 for c in _THREE.split()}


def money(amount: Decimal | str, currency: str | None) -> str:
    """A decimal string with the currency's minor units ("174.5" DKK -> "174.50")."""
    places = _EXPONENT.get((currency or "").upper(), 2)
    value = Decimal(str(amount))
    return str(value.quantize(Decimal(1).scaleb(-places))) if value.is_finite() else str(value)
