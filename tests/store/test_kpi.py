"""Every KPI of DESIGN §6 on small hand-built caches, against answers worked out by hand."""

import json
from datetime import date

import pytest

from agentdesk.core import kpi as K
from agentdesk.store.db import open_cache
from agentdesk.store.interchange import import_lines
from agentdesk.store.kpi import Filters, compute

BASE = [
    {"type": "agent", "id": "a1", "name": "Sara", "role": "agent"},
    {"type": "agent", "id": "a2", "name": "Jonas", "role": "agent"},
    {"type": "customer", "id": "c1", "name": "Mette", "created_at": "2026-01-01T00:00:00Z"},
    {"type": "customer", "id": "c2", "name": "Siti", "created_at": "2026-01-01T00:00:00Z"},
]


def ticket(
    tid,
    created,
    *,
    customer="c1",
    category="late_delivery",
    channel="email",
    solved=None,
    origin="customer",
    assignee="a1",
):
    row = {
        "type": "ticket",
        "id": tid,
        "customer_id": customer,
        "channel": channel,
        "category": category,
        "subject": f"Ticket {tid}",
        "created_at": created,
        "status": "solved" if solved else "open",
        "origin": origin,
        "assignee_id": assignee,
    }
    if solved:
        row["solved_at"] = solved
    return row


def msg(mid, tid, at, author="customer", public=True):
    row = {
        "type": "message",
        "id": mid,
        "ticket_id": tid,
        "author": author,
        "public": public,
        "created_at": at,
        "body": "…",
    }
    if author == "agent":
        row["author_id"] = "a1"
    return row


def survey(sid, kind, score, at, ticket_id=None, customer="c1"):
    row = {
        "type": "survey",
        "id": sid,
        "customer_id": customer,
        "kind": kind,
        "score": score,
        "created_at": at,
    }
    if ticket_id:
        row["ticket_id"] = ticket_id
    return row


@pytest.fixture
def cache(tmp_path):
    def build(*records):
        conn = open_cache(tmp_path / f"k{len(list(tmp_path.iterdir()))}.sqlite", create=True).conn
        import_lines(conn, [json.dumps(r) for r in (*BASE, *records)])
        return conn

    return build


def kpis(conn, first, last, tz="UTC", **filters):
    return compute(
        conn, K.period(date.fromisoformat(first), date.fromisoformat(last), tz), Filters(**filters)
    )


def test_an_empty_period_has_nulls_for_rates_and_zeros_for_counts(cache):
    out = kpis(cache(), "2026-03-01", "2026-03-31")
    assert list(out) == list(K.KPI_KEYS)
    assert out["tickets_created"] == 0 and out["tickets_solved"] == 0
    for key in (
        "first_response_median_s",
        "resolution_median_s",
        "one_touch_pct",
        "repeat_contact_pct",
        "csat_pct",
        "nps",
    ):
        assert out[key] is None, key
    assert out["busiest_hours"] == [[0] * 24 for _ in range(7)]
    assert out["top_categories"] == [] and out["csat_responses"] == out["nps_responses"] == 0


def test_period_edges_include_the_first_midnight_and_exclude_the_next(cache):
    conn = cache(
        ticket("before", "2026-03-01T23:59:59Z"),
        ticket("first", "2026-03-02T00:00:00Z"),
        ticket("last", "2026-03-03T23:59:59Z"),
        ticket("after", "2026-03-04T00:00:00Z"),
        ticket("fraction", "2026-03-03T23:59:59.999Z"),
    )
    assert kpis(conn, "2026-03-02", "2026-03-03")["tickets_created"] == 3


def test_first_response_ignores_internal_notes_proactive_tickets_and_silence(cache):
    conn = cache(
        ticket("t1", "2026-03-02T10:00:00Z"),
        msg("m1", "t1", "2026-03-02T10:00:00Z"),
        msg("m2", "t1", "2026-03-02T10:01:00Z", "agent", public=False),  # not a response
        msg("m3", "t1", "2026-03-02T10:10:00Z", "agent"),  # 600 s
        msg("m4", "t1", "2026-03-02T10:20:00Z", "agent"),
        ticket("t2", "2026-03-02T11:00:00Z"),
        msg("m5", "t2", "2026-03-02T11:30:00Z", "agent"),  # 1800 s
        ticket("t3", "2026-03-02T12:00:00Z"),  # never answered: not counted
        ticket("t4", "2026-03-02T13:00:00Z", origin="proactive"),
        msg("m6", "t4", "2026-03-02T13:00:05Z", "agent"),  # proactive: not counted
        ticket("t5", "2026-03-02T14:00:00Z"),
        msg("m7", "t5", "2026-03-02T14:00:00Z", "system"),
        msg("m8", "t5", "2026-03-02T14:40:00Z", "agent"),  # 2400 s
        ticket("t6", "2026-03-02T15:00:00Z"),
        msg("m9", "t6", "2026-03-02T15:20:00Z", "agent"),  # 1200 s
    )
    # 600, 1200, 1800, 2400: an even count averages the middle two
    assert kpis(conn, "2026-03-02", "2026-03-02")["first_response_median_s"] == 1500


def test_first_response_with_fractions_of_a_second(cache):
    conn = cache(
        ticket("t1", "2026-03-02T10:00:00Z"),
        msg("a", "t1", "2026-03-02T10:00:05Z", "agent"),
        msg("b", "t1", "2026-03-02T10:00:04.5Z", "agent"),  # earlier, though it sorts later as text
    )
    assert kpis(conn, "2026-03-02", "2026-03-02")["first_response_median_s"] == 4.5


def test_resolution_and_one_touch_over_tickets_solved_in_the_period(cache):
    conn = cache(
        ticket("t1", "2026-02-27T10:00:00Z", solved="2026-03-02T10:00:00Z"),  # 3 days
        msg("m1", "t1", "2026-03-01T09:00:00Z", "agent"),
        msg("m2", "t1", "2026-03-01T09:05:00Z", "agent", public=False),  # one touch still
        ticket("t2", "2026-03-02T08:00:00Z", solved="2026-03-02T09:00:00Z"),  # 3600 s
        msg("m3", "t2", "2026-03-02T08:10:00Z", "agent"),
        msg("m4", "t2", "2026-03-02T08:20:00Z", "agent"),  # two touches
        ticket("t3", "2026-03-02T08:00:00Z", solved="2026-03-02T08:30:00Z"),  # 1800 s, none
        ticket("t4", "2026-03-01T08:00:00Z", solved="2026-03-05T08:30:00Z"),  # solved later
    )
    out = kpis(conn, "2026-03-02", "2026-03-02")
    assert out["tickets_solved"] == 3
    assert out["resolution_median_s"] == 3600  # of 1800, 3600, 259200
    assert out["one_touch_pct"] == 33.3


def test_repeat_contact_needs_the_same_customer_and_category_within_168_hours(cache):
    conn = cache(
        ticket("old", "2026-03-01T10:00:00Z", channel="email"),  # outside the period
        ticket("exact", "2026-03-08T10:00:00Z", channel="chat"),  # exactly 168 h later: repeat
        ticket("late", "2026-03-09T10:00:01Z", customer="c2"),
        ticket("earlier-c2", "2026-03-02T10:00:00Z", customer="c2"),  # 7 days 1 s before
        ticket("other-cat", "2026-03-08T12:00:00Z", category="refund"),  # first refund
        ticket("proactive", "2026-03-08T13:00:00Z", origin="proactive"),  # not a contact
    )
    out = kpis(conn, "2026-03-08", "2026-03-09")
    # contacts: exact (repeat), late (not: 168 h 1 s), other-cat (not) -> 1 of 3
    assert out["repeat_contact_pct"] == 33.3
    # under a channel filter the earlier ticket still counts, kept or not
    assert kpis(conn, "2026-03-08", "2026-03-09", channel="chat")["repeat_contact_pct"] == 100.0


def test_csat_and_nps_with_their_response_counts(cache):
    conn = cache(
        ticket("t1", "2026-03-02T10:00:00Z", channel="chat"),
        survey("s1", "csat", 5, "2026-03-02T12:00:00Z", "t1"),
        survey("s2", "csat", 4, "2026-03-02T12:00:00Z"),
        survey("s3", "csat", 3, "2026-03-02T12:00:00Z"),
        survey("s4", "csat", 1, "2026-03-02T12:00:00Z"),
        survey("n1", "nps", 10, "2026-03-02T12:00:00Z", "t1"),
        survey("n2", "nps", 9, "2026-03-02T12:00:00Z"),
        survey("n3", "nps", 8, "2026-03-02T12:00:00Z"),
        survey("n4", "nps", 6, "2026-03-02T12:00:00Z"),
        survey("n5", "nps", 0, "2026-03-03T12:00:00Z"),  # outside
    )
    out = kpis(conn, "2026-03-02", "2026-03-02")
    assert (out["csat_pct"], out["csat_responses"]) == (50.0, 4)
    assert (out["nps"], out["nps_responses"]) == (25.0, 4)  # 2 promoters, 1 detractor of 4
    chat = kpis(conn, "2026-03-02", "2026-03-02", channel="chat")
    assert (chat["csat_pct"], chat["csat_responses"], chat["nps"]) == (100.0, 1, 100.0)


def test_busiest_hours_count_public_customer_messages_on_the_local_clock(cache):
    conn = cache(
        ticket("t1", "2026-03-02T23:00:00Z"),
        msg("m1", "t1", "2026-03-02T23:30:00Z"),  # Copenhagen: Tue 00:30
        msg("m2", "t1", "2026-03-02T23:40:00Z"),
        msg("m3", "t1", "2026-03-02T23:45:00Z", "agent"),  # not the customer
        msg("m4", "t1", "2026-03-02T23:50:00Z", public=False),
    )
    grid = kpis(conn, "2026-03-03", "2026-03-03", tz="Europe/Copenhagen")["busiest_hours"]
    assert grid[1][0] == 2 and sum(map(sum, grid)) == 2
    kolkata = kpis(conn, "2026-03-03", "2026-03-03", tz="Asia/Kolkata")["busiest_hours"]
    assert kolkata[1][5] == 2  # 23:30 UTC is 05:00 in India (+5:30)


def test_a_period_over_the_spring_clock_change(cache):
    # Copenhagen moves from +1 to +2 at 2026-03-29 01:00 UTC: that local day lasts 23 hours.
    conn = cache(
        ticket("in-first", "2026-03-28T23:00:00Z"),  # 00:00 CET on the 29th
        ticket("out-before", "2026-03-28T22:59:59Z"),
        ticket("in-last", "2026-03-29T21:59:59Z"),  # 23:59:59 CEST
        ticket("out-after", "2026-03-29T22:00:00Z", solved="2026-03-30T00:00:00Z"),
        ticket("spans", "2026-03-29T00:30:00Z", solved="2026-03-29T02:30:00Z"),
    )
    out = kpis(conn, "2026-03-29", "2026-03-29", tz="Europe/Copenhagen")
    assert out["tickets_created"] == 3
    assert out["resolution_median_s"] == 7200  # true elapsed time across the change
    span = K.period(date(2026, 3, 29), date(2026, 3, 29), "Europe/Copenhagen")
    assert (span.end - span.start).total_seconds() == 23 * 3600


def test_top_categories_by_count_then_name(cache):
    conn = cache(
        ticket("t1", "2026-03-02T10:00:00Z", category="refund"),
        ticket("t2", "2026-03-02T10:00:00Z", category="damaged"),
        ticket("t3", "2026-03-02T10:00:00Z", category="refund"),
        ticket("t4", "2026-03-02T10:00:00Z", category="account"),
        ticket("t5", "2026-03-02T10:00:00Z", category="damaged"),
        ticket("t6", "2026-03-02T10:00:00Z", category="wrong_item"),
    )
    assert kpis(conn, "2026-03-02", "2026-03-02")["top_categories"] == [
        ["damaged", 2],
        ["refund", 2],
        ["account", 1],
        ["wrong_item", 1],
    ]


def test_agent_filter_keeps_their_tickets_and_their_tickets_messages(cache):
    conn = cache(
        ticket("t1", "2026-03-02T10:00:00Z", assignee="a1"),
        msg("m1", "t1", "2026-03-02T10:00:00Z"),
        ticket("t2", "2026-03-02T10:00:00Z", assignee="a2", channel="phone"),
        msg("m2", "t2", "2026-03-02T11:00:00Z"),
        survey("s1", "csat", 5, "2026-03-02T12:00:00Z", "t2"),
        survey("s2", "csat", 1, "2026-03-02T12:00:00Z"),  # no ticket: drops out
    )
    out = kpis(conn, "2026-03-02", "2026-03-02", agent_id="a2")
    assert out["tickets_created"] == 1
    assert sum(map(sum, out["busiest_hours"])) == 1 and out["busiest_hours"][0][11] == 1
    assert (out["csat_pct"], out["csat_responses"]) == (100.0, 1)
    assert kpis(conn, "2026-03-02", "2026-03-02")["csat_pct"] == 50.0


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (1, 3, 33.3),
        (2, 3, 66.7),
        (1, 8, 12.5),
        (1, 16, 6.3),
        (0, 5, 0.0),
        (5, 5, 100.0),
        (1, 0, None),
    ],
)
def test_rates_round_half_up_to_one_decimal(part, whole, expected):
    assert K.pct(part, whole) == expected


def test_medians():
    assert K.median([]) is None
    assert K.median([5]) == 5
    assert K.median([1, 2]) == 1.5
    assert K.median([3, 1, 2]) == 2
    assert K.nps([]) is None and K.nps([9, 6, 7]) == 0.0
