"""The at-risk rules on hand-built parcels, each edge worked out by hand."""

from datetime import UTC, datetime

from agentdesk.core.proactive import Parcel, Risk, Thresholds, assess, priority

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
MOVING = [("2026-03-09T08:00:00Z", "in_transit")]


def test_a_parcel_on_its_way_and_on_time_is_fine():
    assert assess(Parcel("2026-03-11T16:00:00Z", None, MOVING), NOW) is None


def test_late_once_the_promise_and_the_grace_period_have_passed():
    # promised 05:00 + 6 h grace = 11:00, an hour ago
    found = assess(Parcel("2026-03-10T05:00:00Z", None, MOVING), NOW)
    assert found.risk == Risk.LATE and found.days == round(1 / 24, 2)
    # promised 07:00 + 6 h = 13:00: not late yet
    assert assess(Parcel("2026-03-10T07:00:00Z", None, MOVING), NOW) is None


def test_stale_when_no_scan_for_longer_than_the_carriers_threshold():
    scans = [("2026-03-06T11:00:00Z", "at_hub")]  # 4 days and 1 hour ago
    assert assess(Parcel("2026-03-12T16:00:00Z", None, scans), NOW).risk == Risk.STALE
    slow = Thresholds(per_carrier_stale_days={"DAO": 5})
    parcel = Parcel("2026-03-12T16:00:00Z", None, scans, carrier="dao")
    assert assess(parcel, NOW, slow) is None  # DAO is allowed five days
    assert assess(Parcel("2026-03-12T16:00:00Z", None, scans, "GLS"), NOW, slow).risk == "stale"


def test_late_and_stopped_moving_counts_as_stale_since_the_last_scan():
    scans = [("2026-03-04T09:00:00Z", "in_transit")]
    found = assess(Parcel("2026-03-08T16:00:00Z", None, scans), NOW)
    assert found.risk == Risk.STALE and found.since.day == 4


def test_an_exception_scan_beats_everything_but_delivery():
    scans = [*MOVING, ("2026-03-10T09:00:00Z", "address_problem")]
    found = assess(Parcel("2026-03-12T16:00:00Z", None, scans), NOW)
    assert found.risk == Risk.EXCEPTION and found.since.hour == 9


def test_delivered_but_the_customer_says_it_did_not_come():
    delivered = "2026-03-08T10:00:00Z"
    before = ("2026-03-07T10:00:00Z", "lost_parcel")  # written before delivery: not a dispute
    unrelated = ("2026-03-09T10:00:00Z", "refund")
    assert assess(Parcel(None, delivered, MOVING, None, [before, unrelated]), NOW) is None
    claim = ("2026-03-09T18:00:00Z", "lost_parcel")
    found = assess(Parcel(None, delivered, MOVING, None, [before, claim]), NOW)
    assert found.risk == Risk.DISPUTED and found.since.hour == 18


def test_priority_puts_repeat_complainers_and_high_spenders_first():
    late = assess(Parcel("2026-03-09T05:00:00Z", None, MOVING), NOW)
    base = priority(late, order_eur=40, earlier_complaints=0, lifetime_eur=100)
    assert priority(late, 40, 1, 100) > base
    assert priority(late, 40, 0, 5000) > base
    assert priority(late, 400, 0, 100) > base
    exception = assess(Parcel(None, None, [*MOVING, ("2026-03-10T09:00:00Z", "damaged")]), NOW)
    assert priority(exception, 40, 0, 100) > base
