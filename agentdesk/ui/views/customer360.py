"""The customer 360 panel: who this is, what they bought, where it is, what happened before."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from agentdesk.core.shipping import PROBLEM_STATES, ParcelState
from agentdesk.ui import labels
from agentdesk.ui.theme import COLORS


def _e(text: object) -> str:
    return html.escape(str(text or ""))


_BLOCK = re.compile(r"<(div|p|h3|td)(?![^>]*\bdir=)")


def directed(markup: str, rtl: bool) -> str:
    """Give every block the interface's direction; Qt would guess it from the first letter,
    so an Arabic name would flip a line in an English window (and the reverse)."""
    return _BLOCK.sub(lambda m: f'<{m.group(1)} dir="{"rtl" if rtl else "ltr"}"', markup)


def badge(text: str, tone: str) -> str:
    fg = COLORS[tone]
    bg = COLORS[f"{tone}_bg"]
    return (
        f'<span style="background:{bg}; color:{fg}; font-weight:600;">&nbsp;{_e(text)}&nbsp;</span>'
    )


def parcel_tone(state: str) -> str:
    if ParcelState(state) in PROBLEM_STATES:
        return "bad" if state in ("lost", "damaged", "returned") else "warn"
    return "ok" if state.startswith("delivered") else "warn" if state == "delivered_late" else "ok"


class Customer360(QWidget):
    """Shows one customer's 360 from the dict `store.queries.customer_360` returns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Customer details"))
        self.empty = QLabel(self.tr("Select a ticket or search for a customer (Ctrl+K)."), self)
        self.empty.setObjectName("Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.browser)
        self.browser.hide()
        self.customer: dict[str, Any] | None = None

    def show_customer(self, c: dict[str, Any] | None, now: datetime | None = None) -> None:
        self.customer = c
        if c is None:
            self.browser.hide()
            self.empty.show()
            return
        self.empty.hide()
        self.browser.show()
        self.browser.setHtml(self.render_html(c, now or datetime.now(UTC)))

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def render_html(self, c: dict[str, Any], now: datetime) -> str:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # lupdate only sees tr() calls outside f-strings: name every text first.
        ltv_label = self.tr("Lifetime value")
        order_count = self.tr("%n order(s)", "", c["order_count"])
        csat_label = self.tr("CSAT")
        nps_label = self.tr("NPS")
        orders_title = self.tr("Orders")
        no_orders = self.tr("No orders yet.")
        tickets_title = self.tr("Earlier tickets")
        no_tickets = self.tr("No earlier contact.")
        muted = COLORS["muted"]
        out = [f'<html dir="{"rtl" if rtl else "ltr"}"><body style="margin:6px;">']
        out.append(f'<div style="font-size:17pt; font-weight:700;">{_e(c["name"])}</div>')
        meta = [labels.language_name(c.get("locale"))]
        if c.get("address"):
            meta.append(f"{c['address']['city']}")
        out.append(f'<div style="color:{muted};">{_e(" · ".join(m for m in meta if m))}</div>')
        contacts = " · ".join(_e(x) for x in (c.get("email"), c.get("phone")) if x)
        out.append(f'<div dir="ltr">{contacts}</div>')
        ltv = ", ".join(labels.money(v, cur) for cur, v in c["lifetime_value"].items()) or "—"
        out.append(f"<p><b>{_e(ltv_label)}:</b> {_e(ltv)} · {_e(order_count)}</p>")
        for cat in c.get("same_problem_again", []):
            text = self.tr("Same problem again: %1 within 7 days").replace(
                "%1", labels.category(cat)
            )
            out.append(f"<p>{badge('⚠ ' + text, 'bad')}</p>")
        pinned = [n for n in c["notes"] if n["pinned"]]
        for n in pinned:
            tone = (
                "bad" if n["kind"] == "warning" else "warn" if n["kind"] == "preference" else "ok"
            )
            star = badge("★ " + labels.note_kind(n["kind"]), tone)
            out.append(f"<p>{star} {_e(labels.isolate(n['body']))}</p>")
        surveys = c["surveys"]
        if surveys:
            csat = " ".join(str(s["score"]) for s in surveys if s["kind"] == "csat")[:40]
            nps = " ".join(str(s["score"]) for s in surveys if s["kind"] == "nps")[:40]
            parts = []
            if csat:
                parts.append(f"{_e(csat_label)} {csat}")
            if nps:
                parts.append(f"{_e(nps_label)} {nps}")
            out.append(f'<p style="color:{muted};">{" · ".join(parts)}</p>')
        out.append(f"<h3>{_e(orders_title)}</h3>")
        if not c["orders"]:
            out.append(f'<p style="color:{muted};">{_e(no_orders)}</p>')
        for o in c["orders"][:12]:
            out.append(
                f'<p style="margin-bottom:0;"><b dir="ltr">#{_e(o["number"])}</b> · '
                f"{_e(labels.day(o['created_at']))} · "
                f"{_e(labels.money(o['total'], o['currency']))} · "
                f"{_e(labels.order_status(o['status']))}</p>"
            )
            items = ", ".join(f"{line['qty']}× {line['name']}" for line in o["lines"])
            out.append(f'<div style="color:{muted};">{_e(labels.isolate(items))}</div>')
            for s in o["shipments"]:
                state = s["state"]
                last = s["last_scan"]
                scan = (
                    f"{labels.scan(last['status'])}, {labels.when(last['at'])}"
                    if last
                    else self.tr("no scan yet")
                )
                promised = self.tr("promised %1").replace("%1", labels.day(s["promised_at"]))
                out.append(
                    f"<div>{badge(labels.parcel(state), parcel_tone(state))} "
                    f'{_e(s["carrier"])} <span dir="ltr">{_e(s["tracking"])}</span> · '
                    f"{_e(promised)} · {_e(scan)}</div>"
                )
        if len(c["orders"]) > 12:
            more = self.tr("and %n more order(s)", "", len(c["orders"]) - 12)
            out.append(f'<p style="color:{muted};">{_e(more)}</p>')
        out.append(f"<h3>{_e(tickets_title)}</h3>")
        if not c["tickets"]:
            out.append(f'<p style="color:{muted};">{_e(no_tickets)}</p>')
        for t in c["tickets"][:15]:
            out.append(
                f"<div>{_e(labels.day(t['created_at']))} · {_e(labels.channel(t['channel']))} · "
                f"<b>{_e(labels.isolate(t['subject']))}</b> · {_e(labels.category(t['category']))} · "
                f"{_e(labels.status(t['status']))}</div>"
            )
        out.append("</body></html>")
        return directed("".join(out), rtl)
