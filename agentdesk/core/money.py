"""Money as decimal strings: exact, with the currency beside it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_AMOUNT = Decimal("1e15")


class MoneyError(ValueError):
    pass


def parse_amount(value: object) -> Decimal:
    if not isinstance(value, str):
        raise MoneyError(f"money must be a decimal string, got {value!r}")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise MoneyError(f"{value!r} is not a decimal amount") from exc
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        raise MoneyError(f"{value!r} is not a sensible amount")
    return amount
