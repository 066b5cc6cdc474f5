"""Parcels at risk, found before the customer writes (issue 7): the rules and how worrying
each parcel is, so the proactive queue lists the worst first.

Rules, each with thresholds a shop sets per carrier:
- late: the promised date has passed (plus a grace period) and it is not delivered;
- stale: no carrier scan for a number of days while it is still on its way;
- exception: the last scan says something went wrong (address problem, damaged, returned);
- disputed: delivered, yet the customer opened a ticket saying it did not come.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from agentdesk.core.shipping import EXCEPTION_SCANS
from agentdesk.core.timefmt import parse_rfc3339


class Risk(StrEnum):
    LATE = "late"
    STALE = "stale"
    EXCEPTION = "exception"
    DISPUTED = "disputed"


# Disputes and exceptions need a person today; a late parcel can still arrive.
SEVERITY = {Risk.DISPUTED: 40.0, Risk.EXCEPTION: 35.0, Risk.STALE: 25.0, Risk.LATE: 20.0}
# Categories a customer uses when a delivered parcel did not reach them.
NOT_RECEIVED = frozenset({"lost_parcel", "late_delivery"})


@dataclass(frozen=True)
class Thresholds:
    late_grace_hours: float = 6.0
    stale_days: float = 3.0
    per_carrier_stale_days: Mapping[str, float] = field(default_factory=dict)
    high_spender_eur: float = 1500.0  # lifetime value (roughly, in euros) of a high spender

    def stale_for(self, carrier: str | None) -> float:
        wanted = (carrier or "").casefold()
        for name, days in self.per_carrier_stale_days.items():
            if name.casefold() == wanted:
                return days
        return self.stale_days


@dataclass(frozen=True)
class Parcel:
    """What the rules look at for one shipment."""

    promised_at: str | None
    delivered_at: str | None
    scans: Sequence[tuple[str, str]]  # (at, status), oldest first
    carrier: str | None = None
    # tickets of this order created after delivery: (created_at, category)
    tickets_after_delivery: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True)
class Finding:
    risk: Risk
    since: datetime  # when the problem began (promise passed, last scan, exception, dispute)
    days: float  # how long it has lasted


def assess(parcel: Parcel, now: datetime, t: Thresholds = Thresholds()) -> Finding | None:
    """The worst thing wrong with a parcel, or None when it is fine."""
    if parcel.delivered_at:
        delivered = parse_rfc3339(parcel.delivered_at)
        claims = [
            parse_rfc3339(at)
            for at, category in parcel.tickets_after_delivery
            if category in NOT_RECEIVED and parse_rfc3339(at) >= delivered
        ]
        if claims:
            since = min(claims)
            return Finding(Risk.DISPUTED, since, _days(now - since))
        return None
    last = parcel.scans[-1] if parcel.scans else None
    if last is not None and last[1] in EXCEPTION_SCANS:
        since = parse_rfc3339(last[0])
        return Finding(Risk.EXCEPTION, since, _days(now - since))
    if parcel.promised_at:
        due = parse_rfc3339(parcel.promised_at) + timedelta(hours=t.late_grace_hours)
        if now > due:
            # A late parcel that also stopped moving is the more worrying of the two.
            stale = _stale(last, now, t.stale_for(parcel.carrier))
            if stale is not None and stale.since < due:
                return stale
            return Finding(Risk.LATE, due, _days(now - due))
    return _stale(last, now, t.stale_for(parcel.carrier))


def _stale(last: tuple[str, str] | None, now: datetime, days: float) -> Finding | None:
    if last is None:
        return None
    since = parse_rfc3339(last[0])
    if now - since > timedelta(days=days):
        return Finding(Risk.STALE, since, _days(now - since))
    return None


def _days(span: timedelta) -> float:
    return round(span.total_seconds() / 86400, 2)


def priority(
    finding: Finding,
    order_eur: float,
    earlier_complaints: int,
    lifetime_eur: float,
    t: Thresholds = Thresholds(),
) -> float:
    """How soon to act: the rule's weight, how long it has lasted, and who the customer is
    (one who already complained, or spends a lot, goes higher). Amounts are rough euros
    (core.money.rough_eur), so markets compare. Higher is sooner."""
    score = SEVERITY[finding.risk] + min(finding.days, 14.0) * 2.0
    score += min(earlier_complaints, 3) * 8.0
    if t.high_spender_eur and lifetime_eur >= t.high_spender_eur:
        score += 10.0
    score += math.sqrt(min(max(order_eur, 0.0), 2000.0)) / 3.0
    return round(score, 2)


class ThresholdError(ValueError):
    pass


def parse_carrier_days(text: str) -> dict[str, float]:
    """'DAO=4, Egypt Post=5' -> {'DAO': 4.0, 'Egypt Post': 5.0} (days without a scan)."""
    out: dict[str, float] = {}
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        name, sep, days = part.partition("=")
        try:
            value = float(days.strip().replace(",", "."))
        except ValueError:
            value = -1.0
        if not sep or not name.strip() or not 0 < value <= 60:
            raise ThresholdError(
                f"{part.strip()!r} is not 'carrier=days' with days between 0 and 60."
            )
        out[name.strip()] = value
    return out


# What a proactive ticket is about, by the rule that found it.
CATEGORY_OF_RISK = {
    Risk.LATE: "late_delivery",
    Risk.STALE: "late_delivery",
    Risk.EXCEPTION: "late_delivery",
    Risk.DISPUTED: "lost_parcel",
}
