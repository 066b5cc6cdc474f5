"""How fast a full listing of orders goes against the local fakes (one run, printed).

    .venv/bin/python -m tests.sync.throughput [orders]

Shopify is paced by its cost bucket, so it is measured with a bucket that never runs dry
(what the connector and the fake cost), with Shopify Plus's restore rate (1000 points/s)
and through a bulk operation; WooCommerce with and without the connector's default rate
limit (20 requests/s). Times include the fakes, which run in this process.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from agentdesk.sync.http import RetryPolicy
from agentdesk.sync.shopify import ShopifyConnector
from agentdesk.sync.woocommerce import WooConnector
from tests.sync.fakes.drive import pull
from tests.sync.fakes.shopify import ShopifyShop
from tests.sync.fakes.woocommerce import WooShop

POLICY = RetryPolicy(initial=0.05, cap=1.0)


def fill_shopify(shop: ShopifyShop, n: int) -> None:
    customers = [shop.add_customer(f"K{i}", "Jensen") for i in range(max(1, n // 5))]
    for i in range(n):
        o = shop.add_order(customers[i % len(customers)], lines=[("TEA", "Tea", 1, "49.50")] * 2)
        if i % 2:
            shop.add_fulfillment(o, number=f"PN{i:08d}")
        if i % 4 == 0:
            shop.tick()


def fill_woo(shop: WooShop, n: int) -> None:
    customers = [shop.add_customer(f"K{i}", "Jensen") for i in range(max(1, n // 5))]
    for i in range(n):
        o = shop.add_order(customers[i % len(customers)], [("TEA", "Tea", 2, "49.50")])
        if i % 2:
            shop.add_tracking(o, number=f"PN{i:08d}")
        if i % 4 == 0:
            shop.tick()


def measure(label: str, n: int, run: Callable[[], int], requests: Callable[[], int]) -> None:
    started = time.perf_counter()
    got = run()
    spent = time.perf_counter() - started
    assert got == n, f"{label}: {got} of {n}"
    print(
        f"{label:<52} {got} orders in {spent:6.1f} s = {got / spent:7.0f}/s, {requests()} requests"
    )


def main(n: int) -> None:
    for label, maximum, rate in (
        ("Shopify, bucket never dry", 2000.0, 1e9),
        ("Shopify, Plus plan (2000 points, 1000/s)", 2000.0, 1000.0),
    ):
        with ShopifyShop(maximum=maximum, restore_rate=rate) as shop:
            fill_shopify(shop, n)
            c = ShopifyConnector(shop.url, shop.token, policy=POLICY)
            measure(label, n, lambda c=c: len(pull(c, "orders")), lambda c=c: c.http.requests)
            if rate < 1e9:
                print(
                    f"{'':<52} waited {c.bucket.waited:.1f} s for points, "
                    f"{shop.count('throttled')} throttled"
                )
            else:
                b = ShopifyConnector(shop.url, shop.token, policy=POLICY, bulk_poll=0.05)
                measure(
                    "Shopify, bulk operation",
                    n,
                    lambda b=b: sum(1 for _ in b.bulk("orders")),
                    lambda b=b: b.http.requests,
                )
    with WooShop() as shop:
        fill_woo(shop, n)
        for label, rate in (
            ("WooCommerce, no rate limit", 0.0),
            ("WooCommerce, 20 requests/s", 20.0),
        ):
            w = WooConnector(shop.url, shop.key, shop.secret, policy=POLICY, rate=rate)
            measure(label, n, lambda w=w: len(pull(w, "orders")), lambda w=w: w.http.requests)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
