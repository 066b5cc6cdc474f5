"""The back ends AgentDesk can sync with, by name."""

from __future__ import annotations

from agentdesk.sync.http import RetryPolicy
from agentdesk.sync.protocol import Connector

BACKENDS = ("vendure", "shopify", "woocommerce")


def make(backend: str, url: str, token: str, policy: RetryPolicy | None = None) -> Connector:
    """A connector for ``backend`` at ``url``; ValueError for an unknown one or a bad URL."""
    if backend == "vendure":
        from agentdesk.sync.vendure import VendureConnector

        return VendureConnector(url, token, policy=policy)
    if backend == "shopify":
        from agentdesk.sync.shopify import ShopifyConnector

        return ShopifyConnector(url, token, policy=policy)
    if backend == "woocommerce":
        from agentdesk.sync.woocommerce import WooConnector

        key, sep, secret = token.partition(":")
        if not sep:
            raise ValueError("A WooCommerce token is the consumer key and secret as key:secret.")
        return WooConnector(url, key, secret, policy=policy)
    raise ValueError(f"Unknown back end {backend!r}: use one of {', '.join(BACKENDS)}.")
