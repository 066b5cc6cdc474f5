"""Domain vocabulary shared by every layer: enums for the closed sets of DESIGN §3/§5."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Channel(StrEnum):
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"
    SOCIAL = "social"
    PORTAL = "portal"


class TicketStatus(StrEnum):
    OPEN = "open"
    PENDING = "pending"
    SOLVED = "solved"
    CLOSED = "closed"


class Origin(StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    PROACTIVE = "proactive"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Category(StrEnum):
    LATE_DELIVERY = "late_delivery"
    LOST_PARCEL = "lost_parcel"
    WRONG_ITEM = "wrong_item"
    DAMAGED = "damaged"
    REFUND = "refund"
    PAYMENT = "payment"
    ACCOUNT = "account"
    PRODUCT_QUESTION = "product_question"


class JourneyStage(StrEnum):
    BROWSE = "browse"
    CHECKOUT = "checkout"
    PAYMENT = "payment"
    DELIVERY = "delivery"
    RETURNS = "returns"
    AFTER_SALES = "after_sales"


class Author(StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    SYSTEM = "system"


class NoteKind(StrEnum):
    PERSONALIZATION = "personalization"
    WARNING = "warning"
    PREFERENCE = "preference"
    GENERAL = "general"


class Role(StrEnum):
    AGENT = "agent"
    LEAD = "lead"  # sees the team's figures: the dashboard's per-agent table
    TRAINER = "trainer"
    TRAINEE = "trainee"  # an agent in training: the console shows the training only


class SurveyKind(StrEnum):
    CSAT = "csat"
    NPS = "nps"


class SearchKind(StrEnum):
    CUSTOMER = "customer"
    ORDER = "order"
    TICKET = "ticket"
    MESSAGE = "message"
    NOTE = "note"


@dataclass(frozen=True)
class Changes:
    """What a write changed, so that each view refreshes only when it cares."""

    customers: frozenset[str] = field(default_factory=frozenset)
    tickets: frozenset[str] = field(default_factory=frozenset)
    notes: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.customers or self.tickets or self.notes)

    def merge(self, other: Changes) -> Changes:
        return Changes(
            customers=self.customers | other.customers,
            tickets=self.tickets | other.tickets,
            notes=self.notes | other.notes,
            everything=self.everything or other.everything,
        )


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    id: str
    title: str
    snippet: str
    score: float


# Outbox kinds a shop back end can carry. Ticket changes, calls, plans and pins have no
# place in a shop: they wait for the team hub and do not count as waiting for the shop.
SHOP_KINDS = frozenset({"note", "note_edit", "message", "goodwill"})
