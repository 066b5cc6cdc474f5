"""Where a parcel stands, from its promised date, delivery and carrier scans."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from agentdesk.core.timefmt import parse_rfc3339

EXCEPTION_SCANS = frozenset({"damaged", "address_problem", "returned_to_sender", "exception"})
LOST_AFTER = timedelta(days=5)  # no scan for this long after the promise: treat as lost


class ParcelState(StrEnum):
    IN_TRANSIT = "in_transit"
    LATE = "late"
    LOST = "lost"
    DAMAGED = "damaged"
    EXCEPTION = "exception"
    DELIVERED = "delivered"
    DELIVERED_LATE = "delivered_late"
    RETURNED = "returned"


def parcel_state(
    promised_at: str | None,
    delivered_at: str | None,
    scans: Sequence[str],
    last_scan_at: str | None,
    now: datetime,
) -> ParcelState:
    """The one badge an agent sees for a shipment. `scans` are status codes, oldest first."""
    if "returned_to_sender" in scans:
        return ParcelState.RETURNED
    if "damaged" in scans:
        return ParcelState.DAMAGED
    promised = parse_rfc3339(promised_at) if promised_at else None
    if delivered_at:
        if promised and parse_rfc3339(delivered_at) > promised:
            return ParcelState.DELIVERED_LATE
        return ParcelState.DELIVERED
    if scans and scans[-1] in EXCEPTION_SCANS:
        return ParcelState.EXCEPTION
    if promised and now > promised:
        last = parse_rfc3339(last_scan_at) if last_scan_at else None
        if last is None or now - last > LOST_AFTER:
            return ParcelState.LOST
        return ParcelState.LATE
    return ParcelState.IN_TRANSIT


PROBLEM_STATES = frozenset(
    {
        ParcelState.LATE,
        ParcelState.LOST,
        ParcelState.DAMAGED,
        ParcelState.EXCEPTION,
        ParcelState.RETURNED,
    }
)
