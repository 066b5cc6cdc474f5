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


# Public tracking pages of the carriers the shops we serve use; `{}` is the tracking number.
TRACKING_PAGES: dict[str, str] = {
    "postnord": "https://tracking.postnord.com/dk/?id={}",
    "gls": "https://gls-group.com/DK/da/find-pakke?match={}",
    "dao": "https://www.dao.as/privat/find-din-pakke?stregkode={}",
    "bring": "https://tracking.bring.com/tracking/{}",
    "royal mail": "https://www.royalmail.com/track-your-item#/tracking-results/{}",
    "dpd": "https://track.dpd.co.uk/parcels/{}",
    "evri": "https://www.evri.com/track/parcel/{}",
    "parcelforce": "https://www.parcelforce.com/track-trace?trackNumber={}",
    "aramex": "https://www.aramex.com/track/results?ShipmentNumber={}",
    "bosta": "https://bosta.co/tracking-shipments?shipment-number={}",
    "egypt post": "https://egyptpost.gov.eg/ar-eg/TrackTrace/GetShipmentDetails?barcode={}",
    "j&t express": "https://jet.co.id/track?awb={}",
    "jne": "https://www.jne.co.id/tracking-package?awb={}",
    "sicepat": "https://www.sicepat.com/checkAwb?awb={}",
    "anteraja": "https://anteraja.id/tracking/{}",
    "giao hàng nhanh": "https://donhang.ghn.vn/?order_code={}",
    "giao hàng tiết kiệm": "https://i.ghtk.vn/{}",
    "viettel post": "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?key={}",
    "vnpost": "https://www.vnpost.vn/tra-cuu-hanh-trinh/buu-pham?key={}",
}


def tracking_link(carrier: str | None, tracking: str | None) -> str | None:
    """The carrier's public tracking page for this parcel, when we know the carrier."""
    if not carrier or not tracking:
        return None
    page = TRACKING_PAGES.get(carrier.strip().casefold())
    if page is None:
        return None
    from urllib.parse import quote

    return page.format(quote(tracking.strip(), safe=""))
