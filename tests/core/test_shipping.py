from datetime import UTC, datetime

from agentdesk.core.shipping import ParcelState, parcel_state

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def test_delivered_on_time_and_late():
    assert (
        parcel_state(
            "2026-03-05T16:00:00Z",
            "2026-03-05T10:00:00Z",
            ["delivered"],
            "2026-03-05T10:00:00Z",
            NOW,
        )
        == ParcelState.DELIVERED
    )
    assert (
        parcel_state(
            "2026-03-05T16:00:00Z",
            "2026-03-07T10:00:00Z",
            ["delivered"],
            "2026-03-07T10:00:00Z",
            NOW,
        )
        == ParcelState.DELIVERED_LATE
    )


def test_past_promise_with_recent_scan_is_late_without_scans_for_days_is_lost():
    assert (
        parcel_state("2026-03-09T16:00:00Z", None, ["in_transit"], "2026-03-09T08:00:00Z", NOW)
        == ParcelState.LATE
    )
    assert (
        parcel_state("2026-03-04T16:00:00Z", None, ["in_transit"], "2026-03-02T08:00:00Z", NOW)
        == ParcelState.LOST
    )


def test_damage_and_exceptions_win_over_dates():
    assert (
        parcel_state(
            "2026-03-12T16:00:00Z", None, ["picked_up", "damaged"], "2026-03-09T08:00:00Z", NOW
        )
        == ParcelState.DAMAGED
    )
    assert (
        parcel_state(
            "2026-03-12T16:00:00Z",
            None,
            ["picked_up", "address_problem"],
            "2026-03-09T08:00:00Z",
            NOW,
        )
        == ParcelState.EXCEPTION
    )
    assert parcel_state("2026-03-12T16:00:00Z", None, [], None, NOW) == ParcelState.IN_TRANSIT
