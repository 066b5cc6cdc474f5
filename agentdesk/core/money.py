"""Money as decimal strings: exact, with the currency beside it."""

from __future__ import annotations

from collections.abc import Iterable
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


def refund_left(total: str, refunds: Iterable[tuple[str, str | None]]) -> Decimal:
    """What is left to refund on an order of `total`, given its refunds as (state, amount);
    a refund the shop rejected ("failed") gave nothing back."""
    done = sum((Decimal(a) for state, a in refunds if state != "failed" and a), Decimal(0))
    return max(Decimal(0), Decimal(total) - done)


# Rough units per euro, only to rank customers and orders across markets (which parcel to
# look at first). Never used for an amount shown, charged or refunded.
ROUGH_PER_EUR = {
    "EUR": 1.0,
    "DKK": 7.46,
    "GBP": 0.85,
    "USD": 1.08,
    "EGP": 52.0,
    "IDR": 17_500.0,
    "VND": 27_500.0,
}


def rough_eur(amount: str | Decimal, currency: str) -> float:
    """An amount in roughly euros, for ranking only (unknown currencies count as euros)."""
    return float(Decimal(amount)) / ROUGH_PER_EUR.get(currency.upper(), 1.0)
