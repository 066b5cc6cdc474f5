"""Reading a shop's answers defensively: whatever JSON comes back, a connector raises only
the sync layer's own errors, and a record that is not of the shape the engine expects
never reaches the cache.

``answers(shop)`` wraps a connector's readers (plain functions and generators): a
``KeyError``, ``TypeError``, ``ValueError``, ``AttributeError``, ``IndexError`` or
arithmetic error while reading an answer becomes ``BadAnswer``, a ``Transient``: the run
stops with "the shop answered badly", nothing of that answer is written, and the next run
reads it again. ``answers(shop, check=True)`` on a normaliser also checks each ``Record``
it makes against the shapes of ``agentdesk.sync.protocol`` (an e-mail that is a number, a
line without a quantity, an ``updated_at`` that is not a time)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, ParamSpec, TypeVar, cast

from agentdesk.core.timefmt import parse_rfc3339
from agentdesk.sync.protocol import Page, Record, Transient

P = ParamSpec("P")
R = TypeVar("R")

# what reading a JSON value of the wrong shape raises
UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError)


class BadAnswer(Transient):
    """The shop answered with JSON of the wrong shape (a list for an object, a key missing,
    a value of the wrong type): nothing of it is written, the next run asks again."""


def bad(shop: str, error: BaseException | str) -> BadAnswer:
    why = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    why = "".join(ch if ch.isprintable() else " " for ch in why[:160])  # it quotes the shop
    return BadAnswer(f"{shop} answered with data AgentDesk cannot read ({why}).")


# --- the shapes of normalised records (agentdesk.sync.protocol) ------------------------------

TEXT, OPTIONAL, TIME, INT, BOOL, MONEY = "text", "optional", "time", "int", "bool", "money"
ADDRESS = {
    "remote_id": TEXT,
    "kind": TEXT,
    "line1": OPTIONAL,
    "line2": OPTIONAL,
    "city": OPTIONAL,
    "postcode": OPTIONAL,
    "country": OPTIONAL,
}
LINE = {"sku": OPTIONAL, "name": TEXT, "qty": INT, "unit_price": MONEY}
SHIPMENT = {
    "remote_id": TEXT,
    "carrier": OPTIONAL,
    "tracking": OPTIONAL,
    "shipped_at": TIME,
    "delivered_at": TIME,
    "state": TEXT,
    "updated_at": TIME,
}
GUEST = {"name": OPTIONAL, "email": OPTIONAL, "phone": OPTIONAL, "country": OPTIONAL}
SHAPES: dict[str, dict[str, Any]] = {
    "customers": {
        "name": TEXT,
        "email": OPTIONAL,
        "phone": OPTIONAL,
        "locale": OPTIONAL,
        "created_at": TIME,
        "addresses": [ADDRESS],
    },
    "orders": {
        "number": TEXT,
        "customer_remote_id": OPTIONAL,
        "guest": GUEST,
        "created_at": TIME,
        "status": TEXT,
        "total": MONEY,
        "currency": TEXT,
        "lines": [LINE],
        "shipments": [SHIPMENT],
    },
    "notes": {
        "parent": TEXT,
        "parent_remote_id": TEXT,
        "body": TEXT,
        "created_at": TIME,
        "public": BOOL,
        "author": OPTIONAL,
        "ref": OPTIONAL,
    },
}
OPTIONAL_KEYS = {"guest"}


def _problem(value: Any, spec: Any, where: str) -> str | None:
    """What is wrong with ``value`` against ``spec``, or None."""
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return f"{where} is not an object"
        for key, sub in spec.items():
            if key not in value and key in OPTIONAL_KEYS:
                continue
            found = _problem(value.get(key), sub, f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(spec, list):
        if not isinstance(value, list):
            return f"{where} is not a list"
        for i, item in enumerate(value):
            found = _problem(item, spec[0], f"{where}[{i}]")
            if found:
                return found
        return None
    if spec == TEXT:
        return None if isinstance(value, str) else f"{where} is not text"
    if spec == OPTIONAL:
        return None if value is None or isinstance(value, str) else f"{where} is not text"
    if spec == INT:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f"{where} is not a whole number"
    if spec == BOOL:
        return None if isinstance(value, bool) else f"{where} is not true or false"
    if spec == MONEY:
        try:
            ok = isinstance(value, str) and Decimal(value).is_finite()
        except InvalidOperation:
            ok = False
        return None if ok else f"{where} is not an amount"
    if spec == TIME:
        if value is None:
            return None
        return None if _is_time(value) else f"{where} is not a time"
    raise AssertionError(spec)


def _is_time(value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    try:
        parse_rfc3339(value)
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def check_record(shop: str, record: Record) -> Record:
    """``record`` when it has the shape the engine and the cache expect, else BadAnswer."""
    if not isinstance(record.remote_id, str) or not record.remote_id.strip():
        raise bad(shop, f"a {record.resource} without an id")
    if not _is_time(record.updated_at):
        raise bad(shop, f"{record.resource} {record.remote_id[:40]} has no time of change")
    spec = SHAPES.get(record.resource)
    if spec is not None:
        found = _problem(record.data, spec, record.resource[:-1])
        if found:
            raise bad(shop, f"{record.resource[:-1]} {record.remote_id[:40]}: {found}")
    return record


def _checked(shop: str, value: Any) -> Any:
    if isinstance(value, Record):
        return check_record(shop, value)
    if isinstance(value, Page):
        for r in value.items:
            check_record(shop, r)
    elif isinstance(value, list):
        for r in value:
            if isinstance(r, Record):
                check_record(shop, r)
    return value


def answers(shop: str, check: bool = False) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Wrap a reader of ``shop``'s answers (see the module docstring)."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        if inspect.isgeneratorfunction(fn):

            @functools.wraps(fn)
            def gen(*args: P.args, **kwargs: P.kwargs) -> Iterator[Any]:
                try:
                    for x in cast(Iterator[Any], fn(*args, **kwargs)):
                        yield _checked(shop, x) if check else x
                except UNREADABLE as e:
                    raise bad(shop, e) from e

            return cast(Callable[P, R], gen)

        @functools.wraps(fn)
        def plain(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                result = fn(*args, **kwargs)
            except UNREADABLE as e:
                raise bad(shop, e) from e
            return cast(R, _checked(shop, result)) if check else result

        return plain

    return wrap
