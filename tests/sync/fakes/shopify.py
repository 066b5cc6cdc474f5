"""A fake Shopify store: the GraphQL Admin API, as far as AgentDesk uses it.

What it reproduces (checked against shopify.dev for 2025-01):
- one endpoint per version, ``POST /admin/api/<version>/graphql.json``, the token in
  ``X-Shopify-Access-Token`` (HTTP 401 with Shopify's message for a wrong one);
- queries parsed and validated against a schema of the real types and field names
  (graphql-core), so a misspelt field fails here as it fails at Shopify;
- connections with ``first``/``after`` (at most 250, one of first/last required), opaque
  cursors that encode the last (sort value, id) so paging is stable while records change,
  ``sortKey`` and ``reverse``, and the search syntax ``updated_at:>='...'`` (also ``>``,
  ``<``, ``<=``, ``created_at``); timestamps have whole seconds;
- the calculated query cost: requested cost estimated from ``first`` (objects 1, a
  connection 2 + first x its node, lists x first, mutations 10), the single-query cap
  (MAX_COST_EXCEEDED above 1000), a leaky bucket per token (``maximum``, ``restore_rate``
  points per second) debited with the requested cost and refunded down to the actual
  cost, ``extensions.cost`` on every answer, and THROTTLED answers without ``data`` as
  HTTP 200 or 429 (``throttle_status``);
- notes on orders and customers (``orderUpdate``/``customerUpdate``), refunds against the
  order's sale transaction (``refundCreate``, with Shopify's userErrors when the amount is
  more than what was paid and not yet refunded), basic code discounts with unique codes,
  ``codeDiscountNodeByCode``, ``nodes(ids:)``, ``customersCount``/``ordersCount``;
- bulk queries: one at a time (OPERATION_IN_PROGRESS otherwise), a few polls RUNNING,
  then COMPLETED with a JSONL file served without the token from another path (as
  Shopify's storage URL would be); nested connections become lines of their own with
  ``__parentId``, and the lines are not grouped by parent.

What it does not: other resources and most fields, presentment currencies, the search
index's few seconds of lag, access scopes (ACCESS_DENIED), the 60-day limit without
``read_all_orders``, webhooks, and the exact wording of most error messages.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    build_schema,
    get_named_type,
    get_nullable_type,
    graphql_sync,
    is_list_type,
    is_object_type,
    parse,
    validate,
    value_from_ast,
)
from graphql import GraphQLSyntaxError as _SyntaxError

from tests.sync.fakes import FakeServer, Fault, Request, Response

SDL = """
scalar DateTime
scalar Decimal
scalar Money
scalar URL
scalar UnsignedInt64

interface Node { id: ID! }

type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

enum CustomerSortKeys { CREATED_AT ID LOCATION NAME RELEVANCE UPDATED_AT }
enum OrderSortKeys { CREATED_AT ID NUMBER PROCESSED_AT RELEVANCE TOTAL_PRICE UPDATED_AT }
enum CountPrecision { AT_LEAST EXACT }
enum CurrencyCode { DKK EGP EUR GBP IDR JPY USD VND }
enum CountryCode { DE DK EG GB ID US VN }
enum OrderDisplayFulfillmentStatus {
  FULFILLED IN_PROGRESS ON_HOLD OPEN PARTIALLY_FULFILLED PENDING_FULFILLMENT RESTOCKED
  SCHEDULED UNFULFILLED REQUEST_DECLINED
}
enum OrderDisplayFinancialStatus {
  AUTHORIZED EXPIRED PAID PARTIALLY_PAID PARTIALLY_REFUNDED PENDING REFUNDED VOIDED
}
enum FulfillmentStatus { CANCELLED ERROR FAILURE OPEN PENDING SUCCESS }
enum FulfillmentDisplayStatus {
  ATTEMPTED_DELIVERY CANCELED CONFIRMED DELIVERED FAILURE FULFILLED IN_TRANSIT
  LABEL_PRINTED LABEL_PURCHASED LABEL_VOIDED MARKED_AS_FULFILLED NOT_DELIVERED
  OUT_FOR_DELIVERY PICKED_UP READY_FOR_PICKUP SUBMITTED
}
enum OrderTransactionKind {
  AUTHORIZATION CAPTURE CHANGE EMV_AUTHORIZATION REFUND SALE SUGGESTED_REFUND VOID
}
enum OrderTransactionStatus { AWAITING_RESPONSE ERROR FAILURE PENDING SUCCESS UNKNOWN }
enum BulkOperationStatus { CANCELED CANCELING COMPLETED CREATED EXPIRED FAILED RUNNING }
enum BulkOperationType { MUTATION QUERY }
enum BulkOperationErrorCode { ACCESS_DENIED INTERNAL_SERVER_ERROR TIMEOUT }
enum BulkOperationUserErrorCode { INVALID OPERATION_IN_PROGRESS }
enum DiscountErrorCode { BLANK INVALID TAKEN TOO_LONG VALUE_OUTSIDE_RANGE }
enum DiscountStatus { ACTIVE EXPIRED SCHEDULED }

type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }
type Count { count: Int! precision: CountPrecision! }

type MailingAddress implements Node {
  id: ID!
  address1: String
  address2: String
  city: String
  zip: String
  country: String
  countryCodeV2: CountryCode
  firstName: String
  lastName: String
  phone: String
}

type Customer implements Node {
  id: ID!
  firstName: String
  lastName: String
  displayName: String!
  email: String
  phone: String
  locale: String!
  note: String
  createdAt: DateTime!
  updatedAt: DateTime!
  addresses(first: Int): [MailingAddress!]!
  defaultAddress: MailingAddress
  numberOfOrders: UnsignedInt64!
  tags: [String!]!
}
type CustomerEdge { cursor: String! node: Customer! }
type CustomerConnection { edges: [CustomerEdge!]! nodes: [Customer!]! pageInfo: PageInfo! }

type LineItem implements Node {
  id: ID!
  sku: String
  name: String!
  quantity: Int!
  originalUnitPriceSet: MoneyBag!
}
type LineItemEdge { cursor: String! node: LineItem! }
type LineItemConnection { edges: [LineItemEdge!]! nodes: [LineItem!]! pageInfo: PageInfo! }

type FulfillmentTrackingInfo { company: String number: String url: URL }
type Fulfillment implements Node {
  id: ID!
  name: String!
  status: FulfillmentStatus!
  displayStatus: FulfillmentDisplayStatus
  createdAt: DateTime!
  updatedAt: DateTime!
  inTransitAt: DateTime
  deliveredAt: DateTime
  trackingInfo(first: Int): [FulfillmentTrackingInfo!]!
}

type OrderTransaction implements Node {
  id: ID!
  kind: OrderTransactionKind!
  status: OrderTransactionStatus!
  gateway: String
  createdAt: DateTime!
  amountSet: MoneyBag!
  parentTransaction: OrderTransaction
}
type OrderTransactionEdge { cursor: String! node: OrderTransaction! }
type OrderTransactionConnection {
  edges: [OrderTransactionEdge!]!
  nodes: [OrderTransaction!]!
  pageInfo: PageInfo!
}

type Refund implements Node {
  id: ID!
  note: String
  createdAt: DateTime
  updatedAt: DateTime!
  totalRefundedSet: MoneyBag!
  transactions(first: Int, after: String): OrderTransactionConnection!
}

type Order implements Node {
  id: ID!
  name: String!
  note: String
  email: String
  createdAt: DateTime!
  updatedAt: DateTime!
  processedAt: DateTime!
  cancelledAt: DateTime
  closed: Boolean!
  currencyCode: CurrencyCode!
  presentmentCurrencyCode: CurrencyCode!
  customer: Customer
  displayFinancialStatus: OrderDisplayFinancialStatus
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
  totalPriceSet: MoneyBag!
  totalRefundedSet: MoneyBag!
  lineItems(first: Int, after: String): LineItemConnection!
  fulfillments(first: Int): [Fulfillment!]!
  refunds(first: Int): [Refund!]!
  transactions(first: Int): [OrderTransaction!]!
}
type OrderEdge { cursor: String! node: Order! }
type OrderConnection { edges: [OrderEdge!]! nodes: [Order!]! pageInfo: PageInfo! }

type DiscountRedeemCode { id: ID! code: String! }
type DiscountRedeemCodeEdge { cursor: String! node: DiscountRedeemCode! }
type DiscountRedeemCodeConnection {
  edges: [DiscountRedeemCodeEdge!]!
  nodes: [DiscountRedeemCode!]!
  pageInfo: PageInfo!
}
type DiscountCodeBasic {
  title: String!
  status: DiscountStatus!
  summary: String!
  startsAt: DateTime!
  usageLimit: Int
  appliesOncePerCustomer: Boolean!
  codes(first: Int, after: String): DiscountRedeemCodeConnection!
}
union DiscountCode = DiscountCodeBasic
type DiscountCodeNode implements Node { id: ID! codeDiscount: DiscountCode! }

type BulkOperation implements Node {
  id: ID!
  status: BulkOperationStatus!
  errorCode: BulkOperationErrorCode
  createdAt: DateTime!
  completedAt: DateTime
  objectCount: UnsignedInt64!
  rootObjectCount: UnsignedInt64!
  fileSize: UnsignedInt64
  url: URL
  partialDataUrl: URL
  query: String!
  type: BulkOperationType!
}

type UserError { field: [String!] message: String! }
type DiscountUserError { field: [String!] message: String! code: DiscountErrorCode }
type BulkOperationUserError {
  field: [String!]
  message: String!
  code: BulkOperationUserErrorCode
}

type OrderUpdatePayload { order: Order userErrors: [UserError!]! }
type CustomerUpdatePayload { customer: Customer userErrors: [UserError!]! }
type RefundCreatePayload { refund: Refund order: Order userErrors: [UserError!]! }
type DiscountCodeBasicCreatePayload {
  codeDiscountNode: DiscountCodeNode
  userErrors: [DiscountUserError!]!
}
type BulkOperationRunQueryPayload {
  bulkOperation: BulkOperation
  userErrors: [BulkOperationUserError!]!
}

input OrderInput { id: ID! note: String email: String tags: [String!] }
input CustomerInput {
  id: ID
  note: String
  firstName: String
  lastName: String
  email: String
  phone: String
  tags: [String!]
}
input OrderTransactionInput {
  amount: Money!
  gateway: String!
  kind: OrderTransactionKind!
  orderId: ID!
  parentId: ID
}
input RefundLineItemInput { lineItemId: ID! quantity: Int! }
input ShippingRefundInput { amount: Money fullRefund: Boolean }
input RefundInput {
  orderId: ID!
  note: String
  notify: Boolean
  currency: CurrencyCode
  transactions: [OrderTransactionInput!]
  refundLineItems: [RefundLineItemInput!]
  shipping: ShippingRefundInput
}
input DiscountCustomersInput { add: [ID!] remove: [ID!] }
input DiscountCustomerSelectionInput { all: Boolean customers: DiscountCustomersInput }
input DiscountAmountInput { amount: Decimal appliesOnEachItem: Boolean }
input DiscountCustomerGetsValueInput { percentage: Float discountAmount: DiscountAmountInput }
input DiscountItemsInput { all: Boolean }
input DiscountCustomerGetsInput { value: DiscountCustomerGetsValueInput items: DiscountItemsInput }
input DiscountCodeBasicInput {
  title: String
  code: String
  startsAt: DateTime
  endsAt: DateTime
  customerSelection: DiscountCustomerSelectionInput
  customerGets: DiscountCustomerGetsInput
  appliesOncePerCustomer: Boolean
  usageLimit: Int
}

type Query {
  customers(first: Int, after: String, last: Int, before: String, query: String,
            sortKey: CustomerSortKeys = ID, reverse: Boolean = false): CustomerConnection!
  orders(first: Int, after: String, last: Int, before: String, query: String,
         sortKey: OrderSortKeys = ID, reverse: Boolean = false): OrderConnection!
  customer(id: ID!): Customer
  order(id: ID!): Order
  nodes(ids: [ID!]!): [Node]!
  customersCount(query: String, limit: Int = 10000): Count
  ordersCount(query: String, limit: Int = 10000): Count
  codeDiscountNodeByCode(code: String!): DiscountCodeNode
  currentBulkOperation(type: BulkOperationType = QUERY): BulkOperation
}

type Mutation {
  orderUpdate(input: OrderInput!): OrderUpdatePayload
  customerUpdate(input: CustomerInput!): CustomerUpdatePayload
  refundCreate(input: RefundInput!): RefundCreatePayload
  discountCodeBasicCreate(basicCodeDiscount: DiscountCodeBasicInput!): DiscountCodeBasicCreatePayload
  bulkOperationRunQuery(query: String!): BulkOperationRunQueryPayload
}
"""

SCHEMA = build_schema(SDL)
MAX_PAGE = 250
GID = re.compile(r"^gid://shopify/(\w+)/(\d+)")
TERM = re.compile(r"(\w+):(>=|<=|>|<)?(?:'([^']*)'|\"([^\"]*)\"|(\S+))")


def gid(kind: str, n: int) -> str:
    return f"gid://shopify/{kind}/{n}"


def gid_number(value: str, kind: str | None = None) -> int | None:
    m = GID.match(value or "")
    if not m or (kind and m.group(1) != kind):
        return None
    return int(m.group(2))


def ts(at: datetime | None) -> str | None:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if at else None


def _parse_time(value: str) -> datetime:
    text = value.strip().replace("Z", "+00:00")
    if len(text) == 10:
        text += "T00:00:00+00:00"
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    # Shopify's Decimal scalar drops trailing zeros: "174.5", "10.0"
    text = format(amount.normalize(), "f")
    if "." not in text:
        text += ".0"
    money = {"amount": text, "currencyCode": currency}
    return {"shopMoney": money, "presentmentMoney": dict(money)}


class Bucket:
    """Shopify's leaky bucket of query cost points, per app and store."""

    def __init__(self, maximum: float, rate: float):
        self.maximum, self.rate = maximum, rate
        self.available = maximum
        self.at = time.monotonic()

    def level(self) -> float:
        now = time.monotonic()
        self.available = min(self.maximum, self.available + (now - self.at) * self.rate)
        self.at = now
        return self.available

    def status(self) -> dict[str, float]:
        return {
            "maximumAvailable": self.maximum,
            "currentlyAvailable": round(self.level(), 1),
            "restoreRate": self.rate,
        }


class ShopifyShop(FakeServer):
    def __init__(
        self,
        token: str = "shpat_fake",
        *,
        maximum: float = 1000.0,
        restore_rate: float = 50.0,
        throttle_status: int = 200,
        max_query_cost: int = 1000,
        bulk_polls: int = 2,
        currency: str = "DKK",
        now: datetime | None = None,
    ):
        super().__init__()
        self.token = token
        self.bucket = Bucket(maximum, restore_rate)
        self.throttle_status = throttle_status
        self.max_query_cost = max_query_cost
        self.bulk_polls = bulk_polls
        self.currency = currency
        self.now = (now or datetime(2026, 3, 1, 10, 0, tzinfo=UTC)).replace(microsecond=0)
        self.customers: dict[int, dict[str, Any]] = {}
        self.orders: dict[int, dict[str, Any]] = {}
        self.discounts: dict[int, dict[str, Any]] = {}
        self.bulk_ops: dict[int, dict[str, Any]] = {}
        self.bulk_files: dict[int, bytes] = {}
        self.bulk_downloads: list[dict[str, str]] = []  # the headers each download came with
        self.mutations: list[str] = []  # names of mutations that were applied
        self._ids = itertools.count(5_000_001)
        self._numbers = itertools.count(1001)
        self._bulk_lock = threading.Lock()

    # --- the shop, for tests ---------------------------------------------------------------

    def tick(self, seconds: float = 1) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def _id(self) -> int:
        return next(self._ids)

    def add_customer(
        self,
        first_name: str = "Mette",
        last_name: str = "Kjær",
        *,
        email: str | None = None,
        phone: str | None = None,
        locale: str = "da",
        note: str = "",
        addresses: list[dict[str, Any]] | None = None,
        at: datetime | None = None,
    ) -> str:
        with self.lock:
            n = self._id()
            when = (at or self.now).replace(microsecond=0)
            addrs = []
            for a in addresses if addresses is not None else [{"city": "Aarhus"}]:
                addrs.append(
                    {
                        "id": self._id(),
                        "address1": a.get("address1", "Vestergade 1"),
                        "address2": a.get("address2"),
                        "city": a.get("city", "Aarhus"),
                        "zip": a.get("zip", "8000"),
                        "country_code": a.get("country_code", "DK"),
                    }
                )
            self.customers[n] = {
                "id": n,
                "first_name": first_name,
                "last_name": last_name,
                "email": email or f"c{n}@example.com",
                "phone": phone,
                "locale": locale,
                "note": note or None,
                "created_at": when,
                "updated_at": when,
                "addresses": addrs,
            }
            return gid("Customer", n)

    def update_customer(self, customer: str, at: datetime | None = None, **fields: Any) -> None:
        with self.lock:
            c = self.customers[self._num(customer, "Customer")]
            c.update(fields)
            c["updated_at"] = (at or self.now).replace(microsecond=0)

    def delete_customer(self, customer: str) -> None:
        with self.lock:
            del self.customers[self._num(customer, "Customer")]

    def add_order(
        self,
        customer: str | None,
        lines: list[tuple[str | None, str, int, str]] | None = None,
        *,
        currency: str | None = None,
        note: str = "",
        paid: bool = True,
        at: datetime | None = None,
    ) -> str:
        with self.lock:
            n = self._id()
            when = (at or self.now).replace(microsecond=0)
            items = []
            for sku, name, qty, price in lines or [("SKU-1", "Tea", 2, "87.25")]:
                items.append(
                    {"id": self._id(), "sku": sku, "name": name, "quantity": qty, "price": price}
                )
            total = sum((Decimal(i["price"]) * i["quantity"] for i in items), Decimal(0))
            order = {
                "id": n,
                "number": next(self._numbers),
                "customer_id": self._num(customer, "Customer") if customer else None,
                "created_at": when,
                "updated_at": when,
                "cancelled_at": None,
                "note": note or None,
                "currency": currency or self.currency,
                "lines": items,
                "total": total,
                "fulfillments": [],
                "transactions": [],
                "refunds": [],
            }
            if paid:
                order["transactions"].append(
                    {
                        "id": self._id(),
                        "kind": "SALE",
                        "status": "SUCCESS",
                        "gateway": "manual",
                        "amount": total,
                        "parent_id": None,
                        "created_at": when,
                    }
                )
            self.orders[n] = order
            return gid("Order", n)

    def update_order(self, order: str, at: datetime | None = None, **fields: Any) -> None:
        with self.lock:
            o = self.orders[self._num(order, "Order")]
            o.update(fields)
            o["updated_at"] = (at or self.now).replace(microsecond=0)

    def delete_order(self, order: str) -> None:
        with self.lock:
            del self.orders[self._num(order, "Order")]

    def add_fulfillment(
        self,
        order: str,
        company: str = "PostNord",
        number: str = "00370712345678",
        *,
        display: str = "IN_TRANSIT",
        status: str = "SUCCESS",
        delivered_at: datetime | None = None,
        at: datetime | None = None,
    ) -> str:
        with self.lock:
            o = self.orders[self._num(order, "Order")]
            when = (at or self.now).replace(microsecond=0)
            n = self._id()
            o["fulfillments"].append(
                {
                    "id": n,
                    "status": status,
                    "display": display,
                    "created_at": when,
                    "updated_at": when,
                    "in_transit_at": when if display in ("IN_TRANSIT", "DELIVERED") else None,
                    "delivered_at": delivered_at,
                    "tracking": [{"company": company, "number": number}],
                }
            )
            o["updated_at"] = when
            return gid("Fulfillment", n)

    def note_of(self, owner: str) -> str:
        with self.lock:
            kind = (GID.match(owner) or [None, ""])[1]
            table = self.orders if kind == "Order" else self.customers
            return str(table[self._num(owner, kind)]["note"] or "")

    def refunds_of(self, order: str) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.orders[self._num(order, "Order")]["refunds"])

    @staticmethod
    def _num(value: str | None, kind: str) -> int:
        n = gid_number(value or "", kind)
        if n is None:
            raise KeyError(f"not a {kind} id: {value!r}")
        return n

    # --- HTTP ------------------------------------------------------------------------------

    def extra_faults(self) -> tuple[str, ...]:
        return ("throttled", "throttled429")

    def fault_response(self, fault: Fault, request: Request) -> Response | None:
        status = 429 if fault.kind == "throttled429" else 200
        body = self._throttled_body(float(self.max_query_cost))
        body["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] = 0.0
        headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after else {}
        return Response(status, body, headers, outcome="throttled")

    def handle(self, r: Request) -> Response:
        m = re.fullmatch(r"/bulk-results/(\d+)\.jsonl", r.path)
        if m and r.method == "GET":
            self.bulk_downloads.append(dict(r.headers))
            data = self.bulk_files.get(int(m.group(1)))
            if data is None:
                return Response(404, b"NoSuchKey", {"Content-Type": "application/xml"})
            return Response(200, data, {"Content-Type": "application/jsonl"})
        m = re.fullmatch(r"/admin/api/([\w-]+)/graphql\.json", r.path)
        if not m:
            return Response(404, {"errors": "Not Found"})
        if r.method != "POST":
            return Response(405, {"errors": "Method Not Allowed"})
        if r.headers.get("x-shopify-access-token") != self.token:
            return Response(
                401,
                {
                    "errors": "[API] Invalid API key or access token "
                    "(unrecognized login or wrong password)"
                },
            )
        version = {"X-Shopify-API-Version": m.group(1)}
        try:
            payload = r.json()
            source = payload["query"]
            variables = payload.get("variables") or {}
        except (ValueError, KeyError, TypeError):
            return Response(400, {"errors": {"query": "Required parameter missing or invalid"}})
        try:
            doc = parse(source)
        except _SyntaxError as e:
            return Response(200, {"errors": [e.formatted]}, version)
        problems = validate(SCHEMA, doc)
        if problems:
            return Response(200, {"errors": [p.formatted for p in problems]}, version)
        op = next(d for d in doc.definitions if isinstance(d, OperationDefinitionNode))
        fragments = {
            d.name.value: d for d in doc.definitions if isinstance(d, FragmentDefinitionNode)
        }
        requested = self.requested_cost(op, variables, fragments)
        if requested > self.max_query_cost:
            return Response(
                200,
                {
                    "errors": [
                        {
                            "message": f"Query cost is {requested}, which exceeds the single "
                            f"query max cost limit ({self.max_query_cost}).",
                            "extensions": {
                                "code": "MAX_COST_EXCEEDED",
                                "cost": requested,
                                "maxCost": self.max_query_cost,
                            },
                        }
                    ]
                },
                version,
            )
        if requested > self.bucket.level():
            body = self._throttled_body(requested)
            return Response(self.throttle_status, body, version, outcome="throttled")
        self.bucket.available -= requested
        result = graphql_sync(
            SCHEMA,
            source,
            root_value=_Root(self),
            variable_values=variables,
            context_value={"bulk": False},
        )
        data = result.data
        actual = self.actual_cost(op, data, fragments) if data else requested
        self.bucket.available = min(
            self.bucket.maximum, self.bucket.available + max(0, requested - actual)
        )
        body: dict[str, Any] = {}
        if result.errors:
            body["errors"] = [e.formatted for e in result.errors]
        body["data"] = data
        body["extensions"] = {
            "cost": {
                "requestedQueryCost": requested,
                "actualQueryCost": actual,
                "throttleStatus": self.bucket.status(),
            }
        }
        return Response(200, body, version)

    def _throttled_body(self, requested: float) -> dict[str, Any]:
        return {
            "errors": [
                {
                    "message": "Throttled",
                    "extensions": {
                        "code": "THROTTLED",
                        "documentation": "https://shopify.dev/api/usage/rate-limits",
                    },
                }
            ],
            "extensions": {
                "cost": {
                    "requestedQueryCost": requested,
                    "actualQueryCost": None,
                    "throttleStatus": self.bucket.status(),
                }
            },
        }

    # --- cost --------------------------------------------------------------------------------

    def requested_cost(
        self,
        op: OperationDefinitionNode,
        variables: dict[str, Any],
        fragments: dict[str, FragmentDefinitionNode],
    ) -> int:
        if op.operation == OperationType.MUTATION:
            return 10 * len(op.selection_set.selections)
        root = SCHEMA.query_type
        assert root is not None
        return self._cost(op.selection_set, root, variables, fragments)

    def _cost(
        self,
        sel: SelectionSetNode | None,
        parent: Any,
        variables: dict[str, Any],
        fragments: dict[str, FragmentDefinitionNode],
    ) -> int:
        if sel is None:
            return 0
        total = 0
        branches: list[int] = []
        for s in sel.selections:
            if isinstance(s, InlineFragmentNode):
                t = SCHEMA.get_type(s.type_condition.name.value) if s.type_condition else parent
                branches.append(self._cost(s.selection_set, t, variables, fragments))
            elif isinstance(s, FragmentSpreadNode):
                f = fragments[s.name.value]
                t = SCHEMA.get_type(f.type_condition.name.value)
                branches.append(self._cost(f.selection_set, t, variables, fragments))
            elif isinstance(s, FieldNode) and not s.name.value.startswith("__"):
                fdef = parent.fields[s.name.value]
                named = get_named_type(fdef.type)
                if not hasattr(named, "fields") and not hasattr(named, "types"):
                    continue  # scalars and enums are free
                args = {
                    a.name.value: value_from_ast(a.value, fdef.args[a.name.value].type, variables)
                    for a in s.arguments or ()
                }
                inner = self._cost(s.selection_set, named, variables, fragments)
                if named.name.endswith("Connection"):
                    n = args.get("first") or args.get("last") or 0
                    total += 2 + int(n) * inner
                elif named.name.endswith("Edge") or s.name.value == "pageInfo":
                    total += inner  # the connection's size already counts its edges
                elif is_list_type(get_nullable_type(fdef.type)):
                    if parent.name.endswith("Connection"):  # nodes: sized by the connection
                        total += 1 + inner
                    else:
                        n = args.get("first") or len(args.get("ids") or []) or 1
                        total += int(n) * (1 + inner)
                else:
                    total += 1 + inner
        return total + (max(branches) if branches else 0)

    def actual_cost(
        self,
        op: OperationDefinitionNode,
        data: Any,
        fragments: dict[str, FragmentDefinitionNode],
    ) -> int:
        if op.operation == OperationType.MUTATION:
            return 10 * len(op.selection_set.selections)
        root = SCHEMA.query_type
        return self._actual(op.selection_set, root, data, fragments)

    def _actual(
        self,
        sel: SelectionSetNode | None,
        parent: Any,
        data: Any,
        fragments: dict[str, FragmentDefinitionNode],
    ) -> int:
        if sel is None or not isinstance(data, dict):
            return 0
        total = 0
        for s in sel.selections:
            if isinstance(s, InlineFragmentNode | FragmentSpreadNode):
                if isinstance(s, FragmentSpreadNode):
                    f = fragments[s.name.value]
                    t, sub = SCHEMA.get_type(f.type_condition.name.value), f.selection_set
                else:
                    t = SCHEMA.get_type(s.type_condition.name.value) if s.type_condition else parent
                    sub = s.selection_set
                total += self._actual(sub, t, data, fragments)
                continue
            if not isinstance(s, FieldNode) or s.name.value.startswith("__"):
                continue
            fdef = parent.fields.get(s.name.value) if hasattr(parent, "fields") else None
            if fdef is None:
                continue
            named = get_named_type(fdef.type)
            if named.name == "PageInfo" or (
                not hasattr(named, "fields") and not hasattr(named, "types")
            ):
                continue
            value = data.get(s.alias.value if s.alias else s.name.value)
            if value is None:
                continue
            if named.name.endswith("Connection"):
                total += 2 + self._actual(s.selection_set, named, value, fragments)
            elif isinstance(value, list):
                edge = named.name.endswith("Edge")  # an edge is free, its node is not
                for v in value:
                    t = (
                        SCHEMA.get_type(v.get("__typename", named.name))
                        if isinstance(v, dict)
                        else None
                    )
                    t = t if is_object_type(t) else named
                    total += (0 if edge else 1) + self._actual(s.selection_set, t, v, fragments)
            else:
                total += 1 + self._actual(s.selection_set, named, value, fragments)
        return total

    # --- views: the shop's records as the API shows them --------------------------------------

    def customer_view(self, c: dict[str, Any]) -> dict[str, Any]:
        addresses = [self._address_view(a) for a in c["addresses"]]
        name = " ".join(p for p in (c["first_name"], c["last_name"]) if p)
        return {
            "__typename": "Customer",
            "id": gid("Customer", c["id"]),
            "firstName": c["first_name"],
            "lastName": c["last_name"],
            "displayName": name or c["email"] or "",
            "email": c["email"],
            "phone": c["phone"],
            "locale": c["locale"],
            "note": c["note"],
            "createdAt": ts(c["created_at"]),
            "updatedAt": ts(c["updated_at"]),
            "addresses": lambda info, first=None: addresses[: first if first else None],
            "defaultAddress": addresses[0] if addresses else None,
            "numberOfOrders": lambda info: str(
                sum(1 for o in self.orders.values() if o["customer_id"] == c["id"])
            ),
            "tags": [],
        }

    @staticmethod
    def _address_view(a: dict[str, Any]) -> dict[str, Any]:
        return {
            "__typename": "MailingAddress",
            "id": f"gid://shopify/MailingAddress/{a['id']}?model_name=CustomerAddress",
            "address1": a["address1"],
            "address2": a["address2"],
            "city": a["city"],
            "zip": a["zip"],
            "country": {"DK": "Denmark", "GB": "United Kingdom"}.get(a["country_code"], "?"),
            "countryCodeV2": a["country_code"],
            "firstName": None,
            "lastName": None,
            "phone": None,
        }

    def _txn_view(self, o: dict[str, Any], t: dict[str, Any]) -> dict[str, Any]:
        parent = next((p for p in o["transactions"] if p["id"] == t["parent_id"]), None)
        return {
            "__typename": "OrderTransaction",
            "id": gid("OrderTransaction", t["id"]),
            "kind": t["kind"],
            "status": t["status"],
            "gateway": t["gateway"],
            "createdAt": ts(t["created_at"]),
            "amountSet": _money(t["amount"], o["currency"]),
            "parentTransaction": self._txn_view(o, parent) if parent else None,
        }

    def order_view(self, o: dict[str, Any]) -> dict[str, Any]:
        lines = [
            (
                line["id"],
                line["id"],
                {
                    "__typename": "LineItem",
                    "id": gid("LineItem", line["id"]),
                    "sku": line["sku"],
                    "name": line["name"],
                    "quantity": line["quantity"],
                    "originalUnitPriceSet": _money(Decimal(line["price"]), o["currency"]),
                },
            )
            for line in o["lines"]
        ]
        fulfillments = [
            {
                "__typename": "Fulfillment",
                "id": gid("Fulfillment", f["id"]),
                "name": f"#{o['number']}-F{i + 1}",
                "status": f["status"],
                "displayStatus": f["display"],
                "createdAt": ts(f["created_at"]),
                "updatedAt": ts(f["updated_at"]),
                "inTransitAt": ts(f["in_transit_at"]),
                "deliveredAt": ts(f["delivered_at"]),
                "trackingInfo": (
                    lambda info, first=None, tr=f["tracking"]: [
                        {"company": t["company"], "number": t["number"], "url": None}
                        for t in tr[: first if first else None]
                    ]
                ),
            }
            for i, f in enumerate(o["fulfillments"])
        ]
        refunded = self._refunded(o)
        refunds = [self._refund_view(o, r) for r in o["refunds"]]
        txns = [self._txn_view(o, t) for t in o["transactions"]]
        shipped = sum(1 for f in o["fulfillments"] if f["status"] == "SUCCESS")
        fstatus = "FULFILLED" if shipped else "UNFULFILLED"
        paid = sum(
            (
                t["amount"]
                for t in o["transactions"]
                if t["kind"] in ("SALE", "CAPTURE") and t["status"] == "SUCCESS"
            ),
            Decimal(0),
        )
        if refunded and refunded >= paid:
            financial = "REFUNDED"
        elif refunded:
            financial = "PARTIALLY_REFUNDED"
        else:
            financial = "PAID" if paid else "PENDING"
        customer = self.customers.get(o["customer_id"]) if o["customer_id"] else None
        return {
            "__typename": "Order",
            "id": gid("Order", o["id"]),
            "name": f"#{o['number']}",
            "note": o["note"],
            "email": o.get("email") or (customer["email"] if customer else None),
            "createdAt": ts(o["created_at"]),
            "updatedAt": ts(o["updated_at"]),
            "processedAt": ts(o["created_at"]),
            "cancelledAt": ts(o["cancelled_at"]),
            "closed": False,
            "currencyCode": o["currency"],
            "presentmentCurrencyCode": o["currency"],
            "customer": self.customer_view(customer) if customer else None,
            "displayFinancialStatus": financial,
            "displayFulfillmentStatus": fstatus,
            "totalPriceSet": _money(o["total"], o["currency"]),
            "totalRefundedSet": _money(refunded, o["currency"]),
            "lineItems": lambda info, first=None, after=None: self._connection(
                info, lines, first=first, after=after
            ),
            "fulfillments": lambda info, first=None: fulfillments[: first if first else None],
            "refunds": lambda info, first=None: refunds[: first if first else None],
            "transactions": lambda info, first=None: txns[: first if first else None],
        }

    @staticmethod
    def _refunded(o: dict[str, Any]) -> Decimal:
        return sum(
            (
                t["amount"]
                for t in o["transactions"]
                if t["kind"] == "REFUND" and t["status"] == "SUCCESS"
            ),
            Decimal(0),
        )

    def _refund_view(self, o: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
        txns = [t for t in o["transactions"] if t["id"] in r["transaction_ids"]]
        views = [(t["id"], t["id"], self._txn_view(o, t)) for t in txns]
        return {
            "__typename": "Refund",
            "id": gid("Refund", r["id"]),
            "note": r["note"],
            "createdAt": ts(r["created_at"]),
            "updatedAt": ts(r["created_at"]),
            "totalRefundedSet": _money(r["amount"], o["currency"]),
            "transactions": lambda info, first=None, after=None: self._connection(
                info, views, first=first, after=after
            ),
        }

    def discount_view(self, d: dict[str, Any]) -> dict[str, Any]:
        code = (d["id"], d["id"], {"id": gid("DiscountRedeemCode", d["id"]), "code": d["code"]})
        return {
            "__typename": "DiscountCodeNode",
            "id": gid("DiscountCodeNode", d["id"]),
            "codeDiscount": {
                "__typename": "DiscountCodeBasic",
                "title": d["title"],
                "status": "ACTIVE",
                "summary": f"{d['amount']} off entire order",
                "startsAt": d["starts_at"],
                "usageLimit": d["usage_limit"],
                "appliesOncePerCustomer": d["once"],
                "codes": lambda info, first=None, after=None: self._connection(
                    info, [code], first=first, after=after
                ),
            },
        }

    # --- connections and search ------------------------------------------------------------

    def _connection(
        self,
        info: Any,
        items: list[tuple[Any, int, Any]],
        *,
        view: Callable[[Any], dict[str, Any]] = dict,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        reverse: bool = False,
    ) -> dict[str, Any]:
        """items are (sort value, id, record); keyset paging over (sort value, id); only
        the page's records are turned into views."""
        bulk = bool(info.context.get("bulk"))
        if not bulk:
            if first is None and last is None:
                raise GraphQLError("you must provide one of first or last")
            if (first or 0) > MAX_PAGE or (last or 0) > MAX_PAGE:
                raise GraphQLError(f"The first or last argument cannot exceed {MAX_PAGE}.")
        ordered = sorted(items, key=lambda x: (x[0], x[1]), reverse=reverse)
        if after:
            cv, cid = _decode(after)
            ordered = [
                x
                for x in ordered
                if ((x[0], x[1]) < (cv, cid) if reverse else (x[0], x[1]) > (cv, cid))
            ]
        if before:
            cv, cid = _decode(before)
            ordered = [
                x
                for x in ordered
                if ((x[0], x[1]) > (cv, cid) if reverse else (x[0], x[1]) < (cv, cid))
            ]
        if bulk:
            page, more = ordered, False
        elif first is not None:
            page, more = ordered[:first], len(ordered) > first
        else:
            page, more = ordered[-(last or 0) :], len(ordered) > (last or 0)
        edges = [{"cursor": _encode(v, i), "node": view(rec)} for v, i, rec in page]
        return {
            "edges": edges,
            "nodes": [e["node"] for e in edges],
            "pageInfo": {
                "hasNextPage": more if first is not None or bulk else False,
                "hasPreviousPage": bool(after),
                "startCursor": edges[0]["cursor"] if edges else None,
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
        }

    @staticmethod
    def matches(record: dict[str, Any], query: str | None) -> bool:
        for m in TERM.finditer(query or ""):
            field, op = m.group(1), m.group(2) or ":"
            value = m.group(3) if m.group(3) is not None else m.group(4) or m.group(5)
            if field not in ("updated_at", "created_at"):
                continue  # Shopify ignores what it cannot filter on
            have = record[field]
            want = _parse_time(value)
            ok = {
                ">": have > want,
                ">=": have >= want,
                "<": have < want,
                "<=": have <= want,
                ":": have == want,
            }[op]
            if not ok:
                return False
        return True


def _encode(value: Any, n: int) -> str:
    raw = json.dumps(
        {"last_id": n, "last_value": value if not isinstance(value, datetime) else ts(value)}
    )
    return base64.b64encode(raw.encode()).decode()


def _decode(cursor: str) -> tuple[Any, int]:
    try:
        data = json.loads(base64.b64decode(cursor))
        value = data["last_value"]
        if isinstance(value, str) and value.endswith("Z"):
            value = _parse_time(value)
        return value, int(data["last_id"])
    except (ValueError, KeyError, TypeError) as e:
        raise GraphQLError("Invalid cursor for current pagination sort.") from e


SORT: dict[str, Callable[[dict[str, Any]], Any]] = {
    "ID": lambda r: r["id"],
    "UPDATED_AT": lambda r: r["updated_at"],
    "CREATED_AT": lambda r: r["created_at"],
    "PROCESSED_AT": lambda r: r["created_at"],
    "NUMBER": lambda r: r.get("number", r["id"]),
}


class _Root:
    """Query and Mutation fields (graphql-core calls these with (info, **args))."""

    def __init__(self, shop: ShopifyShop):
        self.shop = shop

    # queries

    def _list(
        self, info: Any, table: dict[int, dict[str, Any]], view: Callable[..., Any], **a: Any
    ) -> dict[str, Any]:
        key = SORT.get(a.pop("sortKey", "ID") or "ID", SORT["ID"])
        query = a.pop("query", None)
        items = [(key(r), r["id"], r) for r in table.values() if self.shop.matches(r, query)]
        return self.shop._connection(info, items, view=view, **a)

    def customers(self, info: Any, **a: Any) -> dict[str, Any]:
        return self._list(info, self.shop.customers, self.shop.customer_view, **a)

    def orders(self, info: Any, **a: Any) -> dict[str, Any]:
        return self._list(info, self.shop.orders, self.shop.order_view, **a)

    def customer(self, info: Any, id: str) -> dict[str, Any] | None:
        c = self.shop.customers.get(gid_number(id, "Customer") or 0)
        return self.shop.customer_view(c) if c else None

    def order(self, info: Any, id: str) -> dict[str, Any] | None:
        o = self.shop.orders.get(gid_number(id, "Order") or 0)
        return self.shop.order_view(o) if o else None

    def nodes(self, info: Any, ids: list[str]) -> list[dict[str, Any] | None]:
        return [self.customer(info, i) or self.order(info, i) for i in ids]

    def _count(
        self, table: dict[int, dict[str, Any]], query: str | None, limit: int | None
    ) -> dict[str, Any]:
        n = sum(1 for r in table.values() if self.shop.matches(r, query))
        cap = limit or 10000
        return {"count": min(n, cap), "precision": "EXACT" if n <= cap else "AT_LEAST"}

    def customersCount(
        self, info: Any, query: str | None = None, limit: int | None = 10000
    ) -> dict[str, Any]:
        return self._count(self.shop.customers, query, limit)

    def ordersCount(
        self, info: Any, query: str | None = None, limit: int | None = 10000
    ) -> dict[str, Any]:
        return self._count(self.shop.orders, query, limit)

    def codeDiscountNodeByCode(self, info: Any, code: str) -> dict[str, Any] | None:
        for d in self.shop.discounts.values():
            if d["code"].lower() == code.lower():
                return self.shop.discount_view(d)
        return None

    def currentBulkOperation(self, info: Any, type: str = "QUERY") -> dict[str, Any] | None:
        ops = [op for op in self.shop.bulk_ops.values() if op["type"] == type]
        if not ops:
            return None
        op = max(ops, key=lambda o: o["id"])
        op["polls"] += 1
        if op["status"] in ("CREATED", "RUNNING") and op["polls"] > self.shop.bulk_polls:
            op["status"] = "COMPLETED"
            op["completedAt"] = ts(self.shop.now)
        elif op["status"] == "CREATED":
            op["status"] = "RUNNING"
        return self._bulk_view(op)

    def _bulk_view(self, op: dict[str, Any]) -> dict[str, Any]:
        done = op["status"] == "COMPLETED"
        return {
            "__typename": "BulkOperation",
            "id": gid("BulkOperation", op["id"]),
            "status": op["status"],
            "errorCode": None,
            "createdAt": op["createdAt"],
            "completedAt": op.get("completedAt"),
            "objectCount": str(op["objects"] if done else 0),
            "rootObjectCount": str(op["roots"] if done else 0),
            "fileSize": str(op["size"]) if done and op["objects"] else None,
            "url": f"{self.shop.url}/bulk-results/{op['id']}.jsonl"
            if done and op["objects"]
            else None,
            "partialDataUrl": None,
            "query": op["query"],
            "type": op["type"],
        }

    # mutations

    def orderUpdate(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:
        o = self.shop.orders.get(gid_number(input["id"], "Order") or 0)
        if o is None:
            return {
                "order": None,
                "userErrors": [{"field": ["id"], "message": "Order does not exist"}],
            }
        if "note" in input:
            o["note"] = input["note"]
        o["updated_at"] = self.shop.now
        self.shop.mutations.append("orderUpdate")
        return {"order": self.shop.order_view(o), "userErrors": []}

    def customerUpdate(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:
        c = self.shop.customers.get(gid_number(input.get("id") or "", "Customer") or 0)
        if c is None:
            return {
                "customer": None,
                "userErrors": [{"field": ["id"], "message": "Customer does not exist"}],
            }
        for k, field in (("note", "note"), ("firstName", "first_name"), ("lastName", "last_name")):
            if k in input:
                c[field] = input[k]
        c["updated_at"] = self.shop.now
        self.shop.mutations.append("customerUpdate")
        return {"customer": self.shop.customer_view(c), "userErrors": []}

    def refundCreate(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:
        shop = self.shop

        def error(field: list[str], message: str) -> dict[str, Any]:
            return {
                "refund": None,
                "order": None,
                "userErrors": [{"field": field, "message": message}],
            }

        o = shop.orders.get(gid_number(input["orderId"], "Order") or 0)
        if o is None:
            return error(["orderId"], "Order does not exist")
        planned = []
        for i, t in enumerate(input.get("transactions") or []):
            if t["kind"] != "REFUND":
                return error(["transactions", str(i), "kind"], "Kind must be refund")
            parent = next(
                (
                    p
                    for p in o["transactions"]
                    if gid("OrderTransaction", p["id"]) == t.get("parentId")
                ),
                None,
            )
            if (
                parent is None
                or parent["kind"] not in ("SALE", "CAPTURE")
                or parent["status"] != "SUCCESS"
            ):
                return error(
                    ["transactions", str(i), "parentId"], "Parent transaction could not be found"
                )
            if t["gateway"] != parent["gateway"]:
                return error(
                    ["transactions", str(i), "gateway"],
                    "Gateway doesn't match the parent transaction",
                )
            amount = Decimal(str(t["amount"]))
            done = sum(
                (
                    x["amount"]
                    for x in o["transactions"]
                    if x["parent_id"] == parent["id"]
                    and x["kind"] == "REFUND"
                    and x["status"] == "SUCCESS"
                ),
                Decimal(0),
            ) + sum((a for p, a in planned if p is parent), Decimal(0))
            if amount <= 0 or amount > parent["amount"] - done:
                return error(
                    ["transactions", str(i), "amount"],
                    f"Refund amount {amount} is greater than the net payment received "
                    f"{parent['amount'] - done} for this transaction",
                )
            planned.append((parent, amount))
        refund = {
            "id": shop._id(),
            "note": input.get("note"),
            "created_at": shop.now,
            "transaction_ids": [],
            "amount": Decimal(0),
        }
        for parent, amount in planned:
            n = shop._id()
            o["transactions"].append(
                {
                    "id": n,
                    "kind": "REFUND",
                    "status": "SUCCESS",
                    "gateway": parent["gateway"],
                    "amount": amount,
                    "parent_id": parent["id"],
                    "created_at": shop.now,
                }
            )
            refund["transaction_ids"].append(n)
            refund["amount"] += amount
        o["refunds"].append(refund)
        o["updated_at"] = shop.now
        shop.mutations.append("refundCreate")
        return {
            "refund": shop._refund_view(o, refund),
            "order": shop.order_view(o),
            "userErrors": [],
        }

    def discountCodeBasicCreate(
        self, info: Any, basicCodeDiscount: dict[str, Any]
    ) -> dict[str, Any]:
        shop = self.shop
        d = basicCodeDiscount
        errors = []
        for f in ("title", "code", "startsAt", "customerGets", "customerSelection"):
            if not d.get(f):
                errors.append(
                    {
                        "field": ["basicCodeDiscount", f],
                        "message": f"{f} can't be blank",
                        "code": "BLANK",
                    }
                )
        code = str(d.get("code") or "")
        if code and any(x["code"].lower() == code.lower() for x in shop.discounts.values()):
            errors.append(
                {
                    "field": ["basicCodeDiscount", "code"],
                    "message": "Code must be unique. Please try a different code.",
                    "code": "TAKEN",
                }
            )
        if errors:
            return {"codeDiscountNode": None, "userErrors": errors}
        value = (d.get("customerGets") or {}).get("value") or {}
        amount = (value.get("discountAmount") or {}).get("amount")
        n = shop._id()
        shop.discounts[n] = {
            "id": n,
            "code": code,
            "title": d["title"],
            "amount": str(amount) if amount is not None else None,
            "percentage": value.get("percentage"),
            "customers": list(
                ((d.get("customerSelection") or {}).get("customers") or {}).get("add") or []
            ),
            "all_customers": bool((d.get("customerSelection") or {}).get("all")),
            "usage_limit": d.get("usageLimit"),
            "once": bool(d.get("appliesOncePerCustomer")),
            "starts_at": d["startsAt"],
        }
        shop.mutations.append("discountCodeBasicCreate")
        return {"codeDiscountNode": shop.discount_view(shop.discounts[n]), "userErrors": []}

    def bulkOperationRunQuery(self, info: Any, query: str) -> dict[str, Any]:
        shop = self.shop

        def error(message: str, code: str) -> dict[str, Any]:
            return {
                "bulkOperation": None,
                "userErrors": [{"field": ["query"], "message": message, "code": code}],
            }

        running = [
            op
            for op in shop.bulk_ops.values()
            if op["type"] == "QUERY" and op["status"] in ("CREATED", "RUNNING")
        ]
        if running:
            return error(
                "A bulk query operation for this app and shop is already in progress: "
                f"{gid('BulkOperation', running[0]['id'])}.",
                "OPERATION_IN_PROGRESS",
            )
        try:
            doc = parse(query)
        except _SyntaxError as e:
            return error(f"Invalid bulk query: {e.message}", "INVALID")
        problems = validate(SCHEMA, doc)
        if problems:
            return error(f"Invalid bulk query: {problems[0].message}", "INVALID")
        if "edges" not in query and "nodes" not in query:
            return error("Bulk queries must contain at least one connection.", "INVALID")
        result = graphql_sync(SCHEMA, query, root_value=_Root(shop), context_value={"bulk": True})
        if result.errors:
            return error(f"Invalid bulk query: {result.errors[0].message}", "INVALID")
        parents: list[dict[str, Any]] = []
        children: list[dict[str, Any]] = []
        for value in (result.data or {}).values():
            for node in _nodes(value):
                parents.append(_flatten(node, None, children))
        lines = parents + children  # not grouped by parent: readers must not rely on order
        data = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
        n = shop._id()
        shop.bulk_files[n] = data
        shop.bulk_ops[n] = {
            "id": n,
            "type": "QUERY",
            "status": "CREATED",
            "createdAt": ts(shop.now),
            "query": query,
            "objects": len(lines),
            "roots": len(parents),
            "size": len(data),
            "polls": 0,
        }
        shop.mutations.append("bulkOperationRunQuery")
        return {"bulkOperation": self._bulk_view(shop.bulk_ops[n]), "userErrors": []}


def _nodes(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, dict):
        return []
    if "edges" in value:
        return [e["node"] for e in value["edges"]]
    return list(value.get("nodes") or [])


def _flatten(node: dict[str, Any], parent: str | None, out: list[dict[str, Any]]) -> dict[str, Any]:
    """A bulk line: the node without its nested connections, which become lines of their own."""
    line: dict[str, Any] = {}
    for k, v in node.items():
        if isinstance(v, dict) and ("edges" in v or "nodes" in v):
            for child in _nodes(v):
                out.append(_flatten(child, node.get("id"), out))
        else:
            line[k] = v
    if parent:
        line["__parentId"] = parent
    return line
