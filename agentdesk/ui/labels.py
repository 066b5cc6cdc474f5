"""Translated display names for the domain's codes, and locale-aware formatting (QLocale)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

_ = QCoreApplication.translate


def channel(code: str) -> str:
    return {
        "phone": _("Label", "Phone"),
        "chat": _("Label", "Chat"),
        "email": _("Label", "E-mail"),
        "social": _("Label", "Social"),
        "portal": _("Label", "Portal"),
    }.get(code, code)


def category(code: str) -> str:
    return {
        "late_delivery": _("Label", "Late delivery"),
        "lost_parcel": _("Label", "Lost parcel"),
        "wrong_item": _("Label", "Wrong item"),
        "damaged": _("Label", "Damaged"),
        "refund": _("Label", "Refund"),
        "payment": _("Label", "Payment"),
        "account": _("Label", "Account"),
        "product_question": _("Label", "Product question"),
    }.get(code, code.replace("_", " ").capitalize())


def status(code: str) -> str:
    return {
        "open": _("Label", "Open"),
        "pending": _("Label", "Pending"),
        "solved": _("Label", "Solved"),
        "closed": _("Label", "Closed"),
    }.get(code, code)


def parcel(code: str) -> str:
    return {
        "in_transit": _("Label", "In transit"),
        "late": _("Label", "Late"),
        "lost": _("Label", "Lost?"),
        "damaged": _("Label", "Damaged"),
        "exception": _("Label", "Carrier problem"),
        "delivered": _("Label", "Delivered"),
        "delivered_late": _("Label", "Delivered late"),
        "returned": _("Label", "Returned"),
    }.get(code, code)


def scan(code: str) -> str:
    return {
        "label_created": _("Label", "Label created"),
        "picked_up": _("Label", "Picked up"),
        "in_transit": _("Label", "In transit"),
        "at_hub": _("Label", "At sorting hub"),
        "out_for_delivery": _("Label", "Out for delivery"),
        "delivered": _("Label", "Delivered"),
        "damaged": _("Label", "Reported damaged"),
        "address_problem": _("Label", "Address problem"),
        "returned_to_sender": _("Label", "Returned to sender"),
    }.get(code, code.replace("_", " "))


def note_kind(code: str) -> str:
    return {
        "personalization": _("Label", "Personal"),
        "preference": _("Label", "Preference"),
        "warning": _("Label", "Warning"),
        "general": _("Label", "Note"),
    }.get(code, code)


def order_status(code: str) -> str:
    return {
        "delivered": _("Label", "Delivered"),
        "shipped": _("Label", "Shipped"),
        "cancelled": _("Label", "Cancelled"),
        "returned": _("Label", "Returned"),
        "refunded": _("Label", "Refunded"),
        "processing": _("Label", "Processing"),
    }.get(code, code)


def language_name(code: str | None) -> str:
    if not code:
        return ""
    return QLocale(code).nativeLanguageName() or code


# --- formatting -----------------------------------------------------------------------------

_CURRENCY_LOCALE = {
    "DKK": "da_DK",
    "GBP": "en_GB",
    "EGP": "ar_EG",
    "IDR": "id_ID",
    "VND": "vi_VN",
    "EUR": "de_DE",
    "USD": "en_US",
    "SEK": "sv_SE",
    "NOK": "nb_NO",
}


def parse_ts(text: str) -> QDateTime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())


def when(text: str | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A timestamp in the user's locale and time zone."""
    if not text:
        return ""
    return QLocale().toString(parse_ts(text).toLocalTime(), fmt)


def day(text: str | None) -> str:
    if not text:
        return ""
    return QLocale().toString(parse_ts(text).toLocalTime().date(), QLocale.FormatType.ShortFormat)


def money(amount: str, currency: str) -> str:
    """An amount in the UI's number format with the currency's own symbol."""
    symbol_locale = QLocale(_CURRENCY_LOCALE.get(currency, "en_US"))
    symbol = (
        symbol_locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if currency in _CURRENCY_LOCALE
        else currency
    )
    value = Decimal(amount)
    decimals = 0 if currency in ("VND", "IDR") else 2
    return QLocale().toCurrencyString(float(value), symbol, decimals)


def age(text: str | None, now: datetime) -> str:
    """How long ago, compactly: 4m, 3h, 2d."""
    if not text:
        return ""
    secs = (now - datetime.fromisoformat(text.replace("Z", "+00:00"))).total_seconds()
    loc = QLocale()
    if secs < 3600:
        return _("Age", "%1m").replace("%1", loc.toString(max(0, int(secs // 60))))
    if secs < 86400:
        return _("Age", "%1h").replace("%1", loc.toString(int(secs // 3600)))
    return _("Age", "%1d").replace("%1", loc.toString(int(secs // 86400)))


def duration(seconds: float) -> str:
    """A signed SLA remainder such as 12m, -1h 5m."""
    sign = "-" if seconds < 0 else ""
    s = abs(int(seconds))
    loc = QLocale()
    if s < 3600:
        return sign + _("Age", "%1m").replace("%1", loc.toString(s // 60))
    if s < 86400:
        return sign + _("Age", "%1h %2m").replace("%1", loc.toString(s // 3600)).replace(
            "%2", loc.toString((s % 3600) // 60)
        )
    return sign + _("Age", "%1d").replace("%1", loc.toString(s // 86400))
