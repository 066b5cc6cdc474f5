"""Translated display names for the domain's codes, and locale-aware formatting (QLocale)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone


def channel(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Label", "Phone"),
        "chat": QCoreApplication.translate("Label", "Chat"),
        "email": QCoreApplication.translate("Label", "E-mail"),
        "social": QCoreApplication.translate("Label", "Social"),
        "portal": QCoreApplication.translate("Label", "Portal"),
    }.get(code, code)


def category(code: str) -> str:
    return {
        "late_delivery": QCoreApplication.translate("Label", "Late delivery"),
        "lost_parcel": QCoreApplication.translate("Label", "Lost parcel"),
        "wrong_item": QCoreApplication.translate("Label", "Wrong item"),
        "damaged": QCoreApplication.translate("Label", "Damaged"),
        "refund": QCoreApplication.translate("Label", "Refund"),
        "payment": QCoreApplication.translate("Label", "Payment"),
        "account": QCoreApplication.translate("Label", "Account"),
        "product_question": QCoreApplication.translate("Label", "Product question"),
    }.get(code, code.replace("_", " ").capitalize())


def status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Label", "Open"),
        "pending": QCoreApplication.translate("Label", "Pending"),
        "solved": QCoreApplication.translate("Label", "Solved"),
        "closed": QCoreApplication.translate("Label", "Closed"),
    }.get(code, code)


def priority(code: str) -> str:
    return {
        "low": QCoreApplication.translate("Label", "Low"),
        "normal": QCoreApplication.translate("Label", "Normal"),
        "high": QCoreApplication.translate("Label", "High"),
        "urgent": QCoreApplication.translate("Label", "Urgent"),
    }.get(code, code)


def journey_stage(code: str | None) -> str:
    return {
        "browse": QCoreApplication.translate("Label", "Browsing"),
        "checkout": QCoreApplication.translate("Label", "Checkout"),
        "payment": QCoreApplication.translate("Label", "Payment"),
        "delivery": QCoreApplication.translate("Label", "Delivery"),
        "returns": QCoreApplication.translate("Label", "Returns"),
        "after_sales": QCoreApplication.translate("Label", "After sales"),
    }.get(code or "", QCoreApplication.translate("Label", "No stage"))


def goodwill_kind(code: str) -> str:
    return {
        "refund": QCoreApplication.translate("Label", "Refund"),
        "reship": QCoreApplication.translate("Label", "Reship"),
        "voucher": QCoreApplication.translate("Label", "Voucher"),
    }.get(code, code)


def goodwill_state(code: str) -> str:
    return {
        "queued": QCoreApplication.translate("Label", "Queued for the shop"),
        "sent": QCoreApplication.translate("Label", "Sent, waiting for the shop"),
        "confirmed": QCoreApplication.translate("Label", "Confirmed by the shop"),
        "failed": QCoreApplication.translate("Label", "Failed"),
    }.get(code, code)


def parcel(code: str) -> str:
    return {
        "in_transit": QCoreApplication.translate("Label", "In transit"),
        "late": QCoreApplication.translate("Label", "Late"),
        "lost": QCoreApplication.translate("Label", "Lost?"),
        "damaged": QCoreApplication.translate("Label", "Damaged"),
        "exception": QCoreApplication.translate("Label", "Carrier problem"),
        "delivered": QCoreApplication.translate("Label", "Delivered"),
        "delivered_late": QCoreApplication.translate("Label", "Delivered late"),
        "returned": QCoreApplication.translate("Label", "Returned"),
    }.get(code, code)


def scan(code: str) -> str:
    return {
        "label_created": QCoreApplication.translate("Label", "Label created"),
        "picked_up": QCoreApplication.translate("Label", "Picked up"),
        "in_transit": QCoreApplication.translate("Label", "In transit"),
        "at_hub": QCoreApplication.translate("Label", "At sorting hub"),
        "out_for_delivery": QCoreApplication.translate("Label", "Out for delivery"),
        "delivered": QCoreApplication.translate("Label", "Delivered"),
        "damaged": QCoreApplication.translate("Label", "Reported damaged"),
        "address_problem": QCoreApplication.translate("Label", "Address problem"),
        "returned_to_sender": QCoreApplication.translate("Label", "Returned to sender"),
        "exception": QCoreApplication.translate("Label", "Delivery problem"),
    }.get(code, code.replace("_", " "))


def note_kind(code: str) -> str:
    return {
        "personalization": QCoreApplication.translate("Label", "Personal"),
        "preference": QCoreApplication.translate("Label", "Preference"),
        "warning": QCoreApplication.translate("Label", "Warning"),
        "general": QCoreApplication.translate("Label", "Note"),
    }.get(code, code)


def call_outcome(code: str | None) -> str:
    return {
        "resolved": QCoreApplication.translate("Label", "Resolved on the call"),
        "follow_up": QCoreApplication.translate("Label", "Follow-up needed"),
        "no_answer": QCoreApplication.translate("Label", "No answer"),
        "escalated": QCoreApplication.translate("Label", "Escalated"),
    }.get(code or "", code or "")


def order_status(code: str) -> str:
    return {
        "delivered": QCoreApplication.translate("Label", "Delivered"),
        "shipped": QCoreApplication.translate("Label", "Shipped"),
        "cancelled": QCoreApplication.translate("Label", "Cancelled"),
        "returned": QCoreApplication.translate("Label", "Returned"),
        "refunded": QCoreApplication.translate("Label", "Refunded"),
        "processing": QCoreApplication.translate("Label", "Processing"),
    }.get(code, code)


def language_name(code: str | None) -> str:
    if not code:
        return ""
    return QLocale(code).nativeLanguageName() or code


# --- formatting -----------------------------------------------------------------------------

# Symbols nobody mistakes; every other foreign currency is shown by its ISO code.
_UNAMBIGUOUS = {"GBP": "£", "EUR": "€", "VND": "₫", "USD": "US$"}
_ZERO_DECIMALS = frozenset({"VND", "IDR", "JPY", "KRW"})
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def text_direction(text: str) -> str:
    """'rtl' or 'ltr' from the first strongly directional letter (Unicode's P2 rule)."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def isolate(text: str) -> str:
    """Wrap text in a Unicode first-strong isolate so it cannot reorder its neighbours."""
    return f"{FSI}{text}{PDI}"


def parse_ts(text: str) -> QDateTime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())


def when(text: str | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A timestamp in the user's locale and time zone."""
    if not text:
        return ""
    return isolate(QLocale().toString(parse_ts(text).toLocalTime(), fmt))


def day(text: str | None) -> str:
    if not text:
        return ""
    return isolate(
        QLocale().toString(parse_ts(text).toLocalTime().date(), QLocale.FormatType.ShortFormat)
    )


def order_number(number: str) -> str:
    """An order number in the UI's digits ("#2027" reads "#٢٠٢٧" in Arabic); numbers with
    letters stay as the shop wrote them."""
    zero = QLocale().zeroDigit()
    if not number.isascii() or not number.isdigit() or zero == "0":
        return number
    return "".join(chr(ord(zero) + int(d)) for d in number)


def money(amount: str, currency: str) -> str:
    """An amount in the UI's number format, with the currency as the UI's language writes it."""
    ui = QLocale()
    if ui.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        symbol = ui.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = _UNAMBIGUOUS.get(currency, currency)
        if symbol == currency and ui.toCurrencyString(1.0, "¤").startswith("¤"):
            symbol += "\u00a0"  # "DKK 3,200.00", not "DKK3,200.00"
    decimals = 0 if currency in _ZERO_DECIMALS else 2
    return isolate(ui.toCurrencyString(float(Decimal(amount)), symbol, decimals))


def age(text: str | None, now: datetime) -> str:
    """How long ago, compactly: 4m, 3h, 2d."""
    if not text:
        return ""
    secs = (now - datetime.fromisoformat(text.replace("Z", "+00:00"))).total_seconds()
    loc = QLocale()
    if secs < 3600:
        return QCoreApplication.translate("Age", "%1m").replace(
            "%1", loc.toString(max(0, int(secs // 60)))
        )
    if secs < 86400:
        return QCoreApplication.translate("Age", "%1h").replace(
            "%1", loc.toString(int(secs // 3600))
        )
    return QCoreApplication.translate("Age", "%1d").replace("%1", loc.toString(int(secs // 86400)))


def duration(seconds: float) -> str:
    """A signed SLA remainder such as 12m, -1h 5m."""
    sign = "-" if seconds < 0 else ""
    s = abs(int(seconds))
    loc = QLocale()
    if s < 3600:
        return sign + QCoreApplication.translate("Age", "%1m").replace("%1", loc.toString(s // 60))
    if s < 86400:
        return sign + QCoreApplication.translate("Age", "%1h %2m").replace(
            "%1", loc.toString(s // 3600)
        ).replace("%2", loc.toString((s % 3600) // 60))
    return sign + QCoreApplication.translate("Age", "%1d").replace("%1", loc.toString(s // 86400))


def span(seconds: float | None) -> str:
    """A length of time the way a lead reads it: 45 s, 12 min, 3 h 5 min, 2 d 4 h."""
    if seconds is None:
        return "—"
    loc = QLocale()
    s = round(abs(seconds))
    sign = "−" if seconds < 0 else ""
    units = {
        "s": QCoreApplication.translate("Span", "%1 s"),
        "min": QCoreApplication.translate("Span", "%1 min"),
        "h": QCoreApplication.translate("Span", "%1 h"),
        "d": QCoreApplication.translate("Span", "%1 d"),
    }

    def unit(name: str, n: int) -> str:
        return units[name].replace("%1", loc.toString(n))

    if s < 60:
        return sign + unit("s", s)
    if s < 3600:
        return sign + unit("min", s // 60)
    if s < 86400:
        big, rest = unit("h", s // 3600), (s % 3600) // 60
        small = unit("min", rest) if rest else ""
    else:
        big, rest = unit("d", s // 86400), (s % 86400) // 3600
        small = unit("h", rest) if rest else ""
    return sign + (f"{big} {small}" if small else big)


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    number = QLocale().toString(float(value), "f", 1)
    return QCoreApplication.translate("Span", "%1%").replace("%1", number)


def number(value: float | int | None, decimals: int = 0, signed: bool = False) -> str:
    if value is None:
        return "—"
    loc = QLocale()
    text = (
        loc.toString(float(abs(value)), "f", decimals)
        if decimals
        else loc.toString(abs(int(value)))
    )
    if value < 0:
        return "−" + text
    return ("+" + text) if signed and value > 0 else text


def weekday(index: int, short: bool = True) -> str:
    """Monday is 0."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(index + 1, fmt)


def date_text(day: date) -> str:
    """A calendar date in the user's short format."""
    return isolate(
        QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    )
