"""The engine's promises on a real SQLite cache: nothing pulled is skipped however the shop's
rows move while we page, nothing is sent twice whatever fails when, an unreachable shop only
delays, and a stopped sync resumes. The shop is an in-memory one (tests/sync/memshop.py)."""

import random
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.store import actions, mirror
from agentdesk.store.check import check
from agentdesk.store.db import open_cache
from agentdesk.sync.engine import Engine
from tests.sync.memshop import EPOCH, MemConnector, MemShop, fail_times


def cache(tmp_path, name="c.sqlite"):
    conn = open_cache(tmp_path / name, create=True).conn

    def write(fn):
        with conn:
            return fn(conn)

    return conn, write


def engine(shop, write, **kw):
    kw.setdefault("take", 10)
    kw.setdefault("overlap_s", 2)
    kw.setdefault("clock", lambda: EPOCH + timedelta(seconds=shop.now))
    return Engine(MemConnector(shop), write, **kw)


def names(conn):
    return {
        r[0].split(":")[-1]: r[1]
        for r in conn.execute("SELECT id, name FROM customers WHERE id LIKE 'mem:%'")
    }


def shop_names(shop):
    return {cid: c["name"] for cid, c in shop.customers.items()}


def test_a_first_sync_brings_everything_even_when_many_rows_share_a_second(tmp_path):
    shop = MemShop()
    for i in range(95):  # 95 customers changed in the very same second: pages of 10
        shop.put_customer(f"c{i:03d}", f"Kunde {i}")
    shop.now = 1
    for i in range(95, 130):
        shop.put_customer(f"c{i:03d}", f"Kunde {i}")
        shop.put_order(f"o{i}", f"c{i:03d}")
    conn, write = cache(tmp_path)
    report = engine(shop, write).run()
    assert report.ok, report
    assert names(conn) == shop_names(shop)
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 35
    assert conn.execute("SELECT count(*) FROM shipments").fetchone()[0] == 35
    # the Danish address made the customers Danish-speaking
    assert {r[0] for r in conn.execute("SELECT DISTINCT locale FROM customers")} == {"da"}
    again = engine(shop, write).run()
    assert again.written == 0  # re-reading the overlap changes nothing


def test_rows_that_change_while_we_page_are_never_skipped(tmp_path):
    """Offset paging would lose a row each time an earlier one moves to the end."""
    shop = MemShop()
    for i in range(60):
        shop.now = i
        shop.put_customer(f"c{i:02d}", f"Customer {i}")
    rng = random.Random(5)

    def churn(s):  # between every two pages, three early customers are edited
        s.now += 1
        for _ in range(3):
            cid = f"c{rng.randrange(0, 60):02d}"
            s.put_customer(cid, s.customers[cid]["name"] + "'")

    shop.between_pages = churn
    conn, write = cache(tmp_path)
    engine(shop, write).run()
    shop.between_pages = None
    assert set(names(conn)) == set(shop.customers)
    engine(shop, write).run()
    assert names(conn) == shop_names(shop)


def test_changes_in_the_shop_come_with_the_next_sync(tmp_path):
    shop = MemShop()
    shop.put_customer("c1", "Mette Hansen")
    shop.put_order("o1", "c1")
    conn, write = cache(tmp_path)
    engine(shop, write).run()
    shop.now = 100
    shop.put_customer("c1", "Mette Kjær")
    shop.put_customer("c2", "Nguyễn Thị Lan", country="VN")
    shop.put_order("o2", "c2")  # the orders' cursor moves past o1
    shop.deliver("o1")  # does not move the order: the open-parcel re-read finds it
    shop.put_order("o3", "c1", shipped=False)
    report = engine(shop, write).run()
    assert report.ok
    shop.now = 200
    shop.orders["o3"]["shipments"] = [{"id": "fo3", "state": "shipped", "at": 200}]
    report = engine(shop, write).run()  # a parcel for a paid order: found the same way
    assert report.ok
    assert names(conn) == {"c1": "Mette Kjær", "c2": "Nguyễn Thị Lan"}
    assert (
        conn.execute("SELECT locale FROM customers WHERE id = 'mem:customer:c2'").fetchone()[0]
        == "vi"
    )
    delivered = conn.execute("SELECT delivered_at FROM shipments").fetchone()[0]
    assert delivered is not None
    scans = [
        r[0]
        for r in conn.execute(
            "SELECT status FROM shipment_events WHERE shipment_id = 'mem:shipment:fo1' "
            "ORDER BY position"
        )
    ]
    assert scans == ["label_created", "in_transit", "delivered"]
    assert conn.execute(
        "SELECT tracking FROM shipments WHERE order_id = 'mem:order:o3'"
    ).fetchone() == ("To3",)


def _note(conn, text, customer="mem:customer:c1", order=None):
    with conn:
        return actions.add_note(conn, customer, None, text, order_id=order)


def _bodies(shop):
    return sorted(n["text"].split("\n\n[agentdesk:")[0] for n in shop.notes.values())


def test_a_note_whose_answer_was_lost_is_not_sent_again(tmp_path):
    shop = MemShop()
    shop.put_customer("c1", "Mette")
    conn, write = cache(tmp_path)
    engine(shop, write).run()
    _note(conn, "Prefers calls after 16:00")
    key = conn.execute("SELECT idem_key FROM outbox WHERE kind = 'note'").fetchone()[0]
    shop.lose_answer.add(key)  # the shop writes it, the answer never arrives
    first = engine(shop, write).run()
    assert first.offline and len(shop.notes) == 1
    assert conn.execute("SELECT state FROM outbox").fetchone()[0] == "sending"
    second = engine(shop, write).run()
    assert second.ok and second.sent == 1
    assert _bodies(shop) == ["Prefers calls after 16:00"]
    remote = conn.execute("SELECT remote_id FROM notes").fetchone()[0]
    assert remote in shop.notes
    # pulling the shop's notes back does not make a second copy here
    engine(shop, write).run(sweep=True)
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1


def test_offline_the_agent_works_on_and_the_outbox_goes_out_later(tmp_path):
    shop = MemShop()
    shop.put_customer("c1", "Mette")
    shop.put_order("o1", "c1", total="400.00")
    conn, write = cache(tmp_path)
    engine(shop, write).run()
    shop.faults.append(fail_times(10**6))  # the shop is down
    _note(conn, "Called, no answer")
    with conn:
        actions.propose_goodwill(conn, "mem:order:o1", None, "refund", "Late parcel", "40")
    report = engine(shop, write).run()
    assert report.offline and "injected" in report.offline
    assert mirror.get_meta(conn, "sync.offline_since") is not None
    waiting = conn.execute(
        "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"
    ).fetchone()[0]
    assert waiting == 2 and not shop.notes and not shop.refunds
    shop.faults.clear()
    report = engine(shop, write).run()
    assert report.ok and report.sent == 2
    assert mirror.get_meta(conn, "sync.offline_since") is None
    assert [r["amount"] for r in shop.refunds] == ["40.00"]
    assert conn.execute("SELECT state FROM goodwill_actions").fetchone()[0] == "confirmed"


def test_what_no_shop_can_take_is_held_and_not_counted(tmp_path):
    from agentdesk.store import queries

    shop = MemShop()
    shop.put_customer("c1", "Mette")
    conn, write = cache(tmp_path)
    with conn:  # a customer from an import, not from this shop
        conn.execute("INSERT INTO customers(id, name) VALUES ('imp-1', 'Imported')")
    engine(shop, write).run()
    nid = _note(conn, "A note").notes
    with conn:
        actions.set_pinned(conn, next(iter(nid)), True)  # pins exist only here
    _note(conn, "On an imported customer", customer="imp-1")
    assert queries.cache_summary(conn)["outbox"] == 2
    engine(shop, write).run()
    states = dict(conn.execute("SELECT kind || ':' || entity_id, state FROM outbox"))
    assert sorted(states.values()) == ["held", "held", "sent"]
    assert queries.cache_summary(conn)["outbox"] == 0


def test_a_refused_change_is_marked_failed_with_the_reason(tmp_path):
    shop = MemShop()
    shop.put_customer("c1", "Mette")
    shop.put_order("o1", "c1")
    conn, write = cache(tmp_path)
    engine(shop, write).run()
    with conn:
        actions.propose_goodwill(conn, "mem:order:o1", None, "voucher", "Sorry", "10")
    report = engine(shop, write).run()
    assert report.ok and report.failed == 1
    state, error = conn.execute("SELECT state, error FROM goodwill_actions").fetchone()
    assert state == "failed" and "only refunds" in error


def test_a_cancelled_sync_resumes_where_it_stopped(tmp_path):
    shop = MemShop()
    for i in range(100):
        shop.now = i
        shop.put_customer(f"c{i:03d}", f"C{i}")
    conn, write = cache(tmp_path)
    e = engine(shop, write)
    pages = [0]

    def stop_after_three(p):
        pages[0] += 1
        if pages[0] == 3:
            e.cancel.set()

    e.on_progress = stop_after_three
    report = e.run()
    assert report.cancelled
    got = len(names(conn))
    assert 20 <= got < 100
    calls = shop.calls
    engine(shop, write).run()
    assert names(conn) == shop_names(shop)
    assert shop.calls - calls < 20  # it resumed instead of starting over


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["edit", "add", "note", "refund", "sync", "crash"]),
            st.integers(0, 10**6),
        ),
        min_size=5,
        max_size=40,
    )
)
def test_random_edits_syncs_and_crashes_end_in_the_shop_state_exactly_once(tmp_path_factory, steps):
    """Whatever happens in between, one clean sync at the end leaves the cache equal to the
    shop and every local note and refund in the shop exactly once."""
    tmp = tmp_path_factory.mktemp("rand")
    shop = MemShop()
    for i in range(12):
        shop.put_customer(f"c{i}", f"C{i}")
        shop.put_order(f"o{i}", f"c{i}", total="500.00")
    conn, write = cache(tmp)
    engine(shop, write).run()
    made_notes, made_refunds = [], 0
    for what, n in steps:
        shop.now += 1 + n % 3
        rng = random.Random(n)
        if what == "edit":
            cid = f"c{rng.randrange(12)}"
            shop.put_customer(cid, shop.customers[cid]["name"] + "+")
        elif what == "add":
            cid = f"n{n}"
            shop.put_customer(cid, f"New {n}")
        elif what == "note":
            text = f"note {n} {len(made_notes)}"
            _note(conn, text, customer=f"mem:customer:c{rng.randrange(12)}")
            made_notes.append(text)
        elif what == "refund":
            with conn:
                actions.propose_goodwill(
                    conn, f"mem:order:o{rng.randrange(12)}", None, "refund", "x", "1"
                )
            made_refunds += 1
        elif what == "sync":
            if rng.random() < 0.3:  # the answer to one of the writes gets lost
                keys = [
                    r[0] for r in conn.execute("SELECT idem_key FROM outbox WHERE state != 'sent'")
                ]
                if keys:
                    shop.lose_answer.add(rng.choice(keys))
            if rng.random() < 0.3:
                shop.faults.append(fail_times(rng.randrange(1, 4)))
            engine(shop, write, take=rng.choice([3, 5, 10])).run()
            shop.faults.clear()
        elif what == "crash":  # the process dies after k writes: the rest never happens
            budget = [rng.randrange(1, 15)]

            class Died(Exception):
                pass

            def dying_write(fn, budget=budget):
                if budget[0] == 0:
                    raise Died()
                budget[0] -= 1
                with conn:
                    return fn(conn)

            try:
                cut = engine(shop, dying_write, take=4).run()
            except Died:
                pass
            else:  # a lost answer made this run stop (offline) before its k-th write
                assert cut.offline, cut
    shop.lose_answer.clear()
    report = engine(shop, write).run(sweep=True)
    assert report.ok, report
    assert names(conn) == shop_names(shop)
    assert _bodies(shop) == sorted(made_notes)
    assert len(shop.refunds) == made_refunds
    assert conn.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0] == 0
    conn.close()
    assert check(tmp / "c.sqlite").ok
