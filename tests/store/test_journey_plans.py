"""Journeys (stage, friction) and recovery plans (steps, goodwill, win-back) on hand-built data."""

import json
from datetime import UTC, date, datetime

import pytest

from agentdesk.core import kpi as K
from agentdesk.store import journey, plans
from agentdesk.store.db import open_cache
from agentdesk.store.errors import UserError
from agentdesk.store.interchange import import_lines
from agentdesk.store.plans import Step, outcome


@pytest.fixture
def conn(tmp_path):
    c = open_cache(tmp_path / "j.sqlite", create=True).conn
    rows = [{"type": "agent", "id": "a1", "name": "Sara", "role": "agent"}]
    for cid in ("c1", "c2", "c3"):
        rows.append(
            {
                "type": "customer",
                "id": cid,
                "name": cid.upper(),
                "created_at": "2025-01-01T00:00:00Z",
            }
        )
    for n, (cid, carrier) in enumerate((("c1", "PostNord"), ("c2", "PostNord"), ("c3", "GLS")), 1):
        rows.append(
            {
                "type": "order",
                "id": f"o{n}",
                "number": f"10{n}",
                "customer_id": cid,
                "created_at": "2026-03-01T09:00:00Z",
                "status": "shipped",
                "total": "200.00",
                "currency": "DKK",
                "lines": [{"sku": "M", "name": "Krus", "qty": 1, "unit_price": "200.00"}],
            }
        )
        rows.append(
            {
                "type": "shipment",
                "id": f"s{n}",
                "order_id": f"o{n}",
                "carrier": carrier,
                "tracking": f"T{n}",
                "promised_at": "2026-03-04T16:00:00Z",
                "events": [],
            }
        )

    def t(tid, cid, order, created, category="late_delivery", subject="Where is my parcel?"):
        return {
            "type": "ticket",
            "id": tid,
            "customer_id": cid,
            "order_id": order,
            "channel": "email",
            "category": category,
            "subject": subject,
            "status": "open",
            "created_at": created,
            "origin": "customer",
        }

    rows += [
        t("t1", "c1", "o1", "2026-03-05T10:00:00Z"),
        t("t2", "c1", "o1", "2026-03-07T10:00:00Z"),  # came back
        t("t3", "c2", "o2", "2026-03-06T10:00:00Z"),
        t("t4", "c3", "o3", "2026-03-06T11:00:00Z"),
        t("t5", "c3", "o3", "2026-03-08T11:00:00Z"),  # came back
        t("t6", "c2", None, "2026-03-06T12:00:00Z", "refund", "I was charged twice on my card"),
        {
            "type": "survey",
            "id": "v1",
            "customer_id": "c3",
            "ticket_id": "t5",
            "kind": "csat",
            "score": 1,
            "created_at": "2026-03-09T10:00:00Z",
        },
    ]
    import_lines(c, [json.dumps(r) for r in rows])
    with c:  # addresses are not in the interchange format: written as a sync would
        for cid, city in (("c1", "Aarhus"), ("c2", "Aarhus"), ("c3", "Odense")):
            c.execute(
                "INSERT INTO addresses(id, customer_id, city, country) VALUES (?,?,?,'DK')",
                [f"a-{cid}", cid, city],
            )
    yield c
    c.close()


MARCH = K.period(date(2026, 3, 1), date(2026, 3, 31), "Europe/Copenhagen")


def test_every_ticket_gets_a_stage_and_an_agents_choice_wins(conn):
    suggested = dict(conn.execute("SELECT id, journey_suggested FROM tickets"))
    assert suggested["t1"] == "delivery" and suggested["t6"] == "payment"  # its words
    with conn:
        conn.execute("UPDATE tickets SET journey_stage = 'returns' WHERE id = 't6'")
    out = journey.stages(conn, MARCH)
    assert out["cells"]["delivery"] == {"late_delivery": 5}
    assert out["cells"]["returns"] == {"refund": 1}
    delivery = out["stages"]["delivery"]
    assert delivery["contacts"] == 5 and delivery["repeat_pct"] == 40.0
    assert delivery["csat_pct"] == 0.0
    assert sum(out["trend"]["delivery"]) == 5


def test_friction_points_rank_by_contacts_repeats_and_unhappiness(conn):
    points = journey.friction(conn, MARCH)
    top = [(p["carrier"], p["city"], p["contacts"], p["score"]) for p in points]
    # GLS (everywhere, 2 contacts in Odense): 1 came back, its only rating was bad: 2 * 1.5 * 2
    # PostNord everywhere: 3 contacts, 1 came back, no rating: 3 * (4/3); in Aarhus the same
    assert top == [
        ("GLS", None, 2, 6.0),
        ("PostNord", None, 3, 4.0),
        ("PostNord", "Aarhus", 3, 4.0),
    ]
    total, rows = journey.tickets(conn, MARCH, category="late_delivery", carrier="GLS")
    assert total == 2 and {r["id"] for r in rows} == {"t4", "t5"}
    total, _rows = journey.tickets(
        conn, MARCH, category="late_delivery", carrier="PostNord", city="Aarhus"
    )
    assert total == 3


def test_a_plan_with_a_voucher_queues_it_and_tracks_its_steps(conn):
    with conn:
        pid, changes = plans.create_plan(
            conn,
            "c1",
            "Get Mette's parcel to her and make the next order safe",
            [
                Step("Call Mette", "call", "2026-03-06T10:00:00Z"),
                Step("Send a voucher", "voucher", None, None, "30.00"),
                Step("Check she is happy", "call", "2026-03-20T10:00:00Z"),
            ],
            "a1",
            ticket_id="t2",
            order_id="o1",
            template="late_parcel",
        )
    assert changes.customers == {"c1"}
    voucher = conn.execute(
        "SELECT g.kind, g.amount, g.state FROM action_steps s JOIN goodwill_actions g "
        "ON g.id = s.goodwill_id WHERE s.plan_id = ?",
        [pid],
    ).fetchone()
    assert voucher == ("voucher", "30.00", "queued")
    assert conn.execute("SELECT count(*) FROM outbox WHERE kind = 'goodwill'").fetchone()[0] == 1
    now = datetime(2026, 3, 10, tzinfo=UTC)
    [plan] = plans.plans(conn, now)
    assert plan["cause"] == "late_delivery" and plan["cost"] == "30.00"
    assert [s["title"] for s in plan["overdue"]] == ["Call Mette"]
    assert [
        s["title"] for s in plans.due_steps(conn, "a1", datetime(2026, 3, 19, 12, tzinfo=UTC))
    ] == [
        "Call Mette",
        "Check she is happy",
    ]
    with conn:
        plans.set_step_done(conn, plan["steps"][0]["id"], True)
    assert plans.plans(conn, now)[0]["steps_done"] == 1


def test_win_back_counts_only_orders_after_the_plan():
    made = "2026-03-10T10:00:00Z"
    now = datetime(2026, 6, 30, tzinfo=UTC)
    assert outcome(made, ["2026-03-01T10:00:00Z"], now, 30) == "no"  # before the plan
    assert outcome(made, ["2026-03-25T10:00:00Z"], now, 30) == "yes"
    assert outcome(made, ["2026-04-25T10:00:00Z"], now, 30) == "no"
    assert outcome(made, ["2026-04-25T10:00:00Z"], now, 90) == "yes"
    assert outcome(made, [], datetime(2026, 3, 20, tzinfo=UTC), 30) == "waiting"


def test_win_back_rate_by_template(conn):
    with conn:
        for cid, template in (("c1", "late_parcel"), ("c2", "late_parcel"), ("c3", "lost_parcel")):
            plans.create_plan(
                conn, cid, "Win back", [Step("Call", "call")], "a1", template=template
            )
        conn.execute("UPDATE action_plans SET created_at = '2026-03-10T10:00:00Z'")
        conn.execute(
            "INSERT INTO orders(id, number, customer_id, created_at, status, total, currency) "
            "VALUES ('again', '200', 'c1', '2026-03-20T10:00:00Z', 'delivered', '90.00', 'DKK')"
        )
    rows = plans.plans(conn, datetime(2026, 6, 30, tzinfo=UTC))
    report = {g["key"]: g for g in plans.winback(rows, "template")}
    assert report["late_parcel"]["winback_30_pct"] == 50.0
    assert report["lost_parcel"]["winback_30_pct"] == 0.0
    by_cause = {g["key"]: g for g in plans.winback(rows, "cause")}
    assert by_cause["late_delivery"]["plans"] == 2


def test_a_plan_needs_a_goal_and_steps(conn):
    for goal, steps in (("", [Step("Call")]), ("Win back", []), ("Win back", [Step("", "call")])):
        with pytest.raises(UserError), conn:
            plans.create_plan(conn, "c1", goal, steps, "a1")
    assert conn.execute("SELECT count(*) FROM action_plans").fetchone()[0] == 0
