"""The customer 360 panel: who this is, what they bought, where it is, what happened before."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, QUrl, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.shipping import PROBLEM_STATES, ParcelState
from agentdesk.core.types import Changes
from agentdesk.store import actions, queries
from agentdesk.ui import labels
from agentdesk.ui.safe_text import SafeBrowser
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from agentdesk.ui.views.call import CallDialog
    from agentdesk.ui.views.goodwill import GoodwillDialog


def _e(text: object) -> str:
    return html.escape(str(text or ""))


TIMELINE_ROWS = 40
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

    message = Signal(str)  # a short confirmation for the status bar
    plan_requested = Signal(object)  # the customer dict: open a recovery plan

    def __init__(
        self,
        tasks: Tasks | None = None,
        agent_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_id = agent_id
        self.browser = SafeBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Customer details"))
        self.browser.anchorClicked.connect(self._link)
        self.empty = QLabel(self.tr("Select a ticket or search for a customer (Ctrl+K)."), self)
        self.empty.setObjectName("Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.timeline_label = QLabel(self.tr("Timeline shows:"), self)
        self.timeline_kind = QComboBox(self)
        self.timeline_kind.setAccessibleName(self.tr("Timeline filter"))
        self.timeline_label.setBuddy(self.timeline_kind)
        for code, text in (
            (None, self.tr("Everything")),
            ("order", self.tr("Orders")),
            ("scan", self.tr("Parcel scans")),
            ("ticket", self.tr("Tickets")),
            ("message", self.tr("Messages")),
            ("call", self.tr("Calls")),
            ("survey", self.tr("Surveys")),
            ("note", self.tr("Notes")),
            ("goodwill", self.tr("Goodwill")),
        ):
            self.timeline_kind.addItem(text, code)
        self.timeline_kind.currentIndexChanged.connect(self._refilter)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("New note about this customer"))
        self.note.setPlaceholderText(self.tr("Add a note about this customer…"))
        self.note.setMaximumHeight(64)
        self.note_kind = QComboBox(self)
        self.note_kind.setAccessibleName(self.tr("Note kind"))
        for kind in ("general", "personalization", "preference", "warning"):
            self.note_kind.addItem(labels.note_kind(kind), kind)
        self.note_pin = QCheckBox(self.tr("Pin"), self)
        self.note_pin.setToolTip(self.tr("Pinned notes show at the top of every ticket"))
        self.call_button = QPushButton(self.tr("Log call"), self)
        self.call_button.setToolTip(self.tr("Start a call log with a running timer (Ctrl+L)"))
        self.call_button.clicked.connect(self.start_call)
        self.call: CallDialog | None = None
        self.ticket_id: str | None = None
        self.note_save = QPushButton(self.tr("Save note"), self)
        self.note_save.clicked.connect(self.save_note)
        self.note_cancel = QPushButton(self.tr("Cancel edit"), self)
        self.note_cancel.clicked.connect(self.cancel_edit)
        self.note_cancel.setVisible(False)
        self.editing: str | None = None  # the id of the note being edited
        self.goodwill: GoodwillDialog | None = None
        self.note_form = QWidget(self)
        row = QHBoxLayout(self.note_form)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note_kind)
        row.addWidget(self.note_pin)
        row.addStretch(1)
        row.addWidget(self.call_button)
        row.addWidget(self.note_cancel)
        row.addWidget(self.note_save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.timeline_label)
        filter_row.addWidget(self.timeline_kind)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.note_form)
        self.customer: dict[str, Any] | None = None
        self._set_visible(False)

    def _set_visible(self, shown: bool) -> None:
        self.empty.setVisible(not shown)
        self.browser.setVisible(shown)
        self.timeline_label.setVisible(shown)
        self.timeline_kind.setVisible(shown)
        writable = shown and self.tasks is not None
        self.note.setVisible(writable)
        self.note_form.setVisible(writable)

    def start_call(self) -> CallDialog | None:
        """Open the call log for the shown customer (and ticket, beside a ticket)."""
        if self.tasks is None or self.customer is None:
            return None
        if self.call is not None and self.call.isVisible():
            self.call.raise_()
            return self.call
        from agentdesk.ui.views.call import CallDialog

        self.call = CallDialog(self.tasks, self.customer, self.agent_id, self.ticket_id, self)
        self.call.show()
        return self.call

    def save_note(self) -> None:
        text = self.note.toPlainText()
        if self.tasks is None or self.customer is None or not text.strip():
            return
        cid, agent = self.customer["id"], self.agent_id
        kind, pinned = self.note_kind.currentData(), self.note_pin.isChecked()
        editing = self.editing

        def done(_changes: Changes) -> None:
            self.cancel_edit()
            self.message.emit(self.tr("Note changed.") if editing else self.tr("Note saved."))

        if editing is not None:
            self.tasks.change(
                lambda conn: actions.edit_note(conn, editing, agent, text, kind), done
            )
            return
        self.tasks.change(lambda conn: actions.add_note(conn, cid, agent, text, kind, pinned), done)

    def edit_note(self, note_id: str) -> None:
        """Load one of the agent's own notes into the form to correct it."""
        note = next((n for n in (self.customer or {}).get("notes", []) if n["id"] == note_id), None)
        if note is None or note["author_id"] != self.agent_id:
            return
        self.editing = note_id
        self.note.setPlainText(note["body"])
        self.note_kind.setCurrentIndex(max(0, self.note_kind.findData(note["kind"])))
        self.note_pin.setVisible(False)
        self.note_save.setText(self.tr("Save changes"))
        self.note_cancel.setVisible(True)
        self.note.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        self.note.clear()
        self.note_pin.setChecked(False)
        self.note_pin.setVisible(True)
        self.note_save.setText(self.tr("Save note"))
        self.note_cancel.setVisible(False)

    def propose_goodwill(self, order_id: str) -> GoodwillDialog | None:
        """Open the goodwill form (refund, reship, voucher) for one of the shown orders."""
        if self.tasks is None or self.customer is None:
            return None
        order = next((o for o in self.customer["orders"] if o["id"] == order_id), None)
        if order is None:
            return None
        from agentdesk.ui.views.goodwill import GoodwillDialog

        self.goodwill = GoodwillDialog(self.tasks, order, self.agent_id, self.ticket_id, self)
        self.goodwill.proposed.connect(self.message)
        self.goodwill.open()
        return self.goodwill

    def _link(self, url: QUrl) -> None:
        action, _, arg = url.toString().partition(":")
        if action == "copy":
            text = QUrl.fromPercentEncoding(arg.encode())
            QApplication.clipboard().setText(text)
            self.message.emit(self.tr("Copied %1").replace("%1", text))
            return
        if self.tasks is None:
            return
        if action in ("pin", "unpin"):
            pinned = action == "pin"
            self.tasks.change(lambda conn: actions.set_pinned(conn, arg, pinned))
        elif action == "edit":
            self.edit_note(arg)
        elif action == "goodwill":
            self.propose_goodwill(arg)
        elif action == "plan" and self.customer is not None:
            self.plan_requested.emit(self.customer)

    def show_customer(self, c: dict[str, Any] | None, now: datetime | None = None) -> None:
        if c is None or self.customer is None or c["id"] != self.customer["id"]:
            self.cancel_edit()  # a draft note belongs to its customer
        self.customer = c
        self._set_visible(c is not None)
        if c is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.render_html(c, now or datetime.now(UTC)))
        self.browser.verticalScrollBar().setValue(scroll)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _note_html(self, n: dict[str, Any]) -> str:
        tone = "bad" if n["kind"] == "warning" else "warn" if n["kind"] == "preference" else "ok"
        mark = ("★ " if n["pinned"] else "") + labels.note_kind(n["kind"])
        link_text = self.tr("Unpin") if n["pinned"] else self.tr("Pin")
        link = f'<a href="{"unpin" if n["pinned"] else "pin"}:{_e(n["id"])}">{_e(link_text)}</a>'
        waiting = ""
        if n.get("sync"):
            waiting = " " + badge("⏳ " + self.tr("waiting to send"), "warn")
        edited_word = self.tr("edited")
        edited = f" · {edited_word}" if n.get("edited_at") else ""
        author = (
            f' <span style="color:{COLORS["muted"]};">— {_e(n["author"] or "")}{_e(edited)}</span>'
        )
        if self.tasks is not None and n.get("author_id") and n["author_id"] == self.agent_id:
            edit = self.tr("Edit")
            link += f' <a href="edit:{_e(n["id"])}">{_e(edit)}</a>'
        return (
            f"<p>{badge(mark, tone)} {_e(labels.isolate(n['body']))}{author}"
            f"{waiting} {link if self.tasks is not None else ''}</p>"
        )

    def _timeline_line(self, item: dict[str, Any]) -> str:
        r = item["ref"]
        kind = item["kind"]
        if kind == "order":
            total = labels.money(r["total"], r["currency"])
            return _e(
                self.tr("Order #%1 · %2")
                .replace("%1", labels.order_number(r["number"]))
                .replace("%2", total)
            )
        if kind == "scan":
            text = self.tr("Parcel of #%1: %2").replace("%1", labels.order_number(r["order"]))
            return _e(text.replace("%2", labels.scan(r["status"]))) + _e(
                f" · {r['carrier']}" + (f" · {r['location']}" if r.get("location") else "")
            )
        if kind == "ticket":
            return (
                f"<b>{_e(labels.isolate(r['subject']))}</b> · "
                f"{_e(labels.channel(r['channel']))} · {_e(labels.category(r['category']))}"
            )
        if kind == "message":
            who = self.tr("Customer") if r["author"] == "customer" else self.tr("Agent")
            if not r["public"]:
                who = self.tr("Internal note")
            body = " ".join(r["body"][:1000].split())  # (a message may be megabytes long)
            short = body[:90] + ("…" if len(body) > 90 else "")
            return f"{_e(who)}: {_e(labels.isolate(short))}"
        if kind == "call":
            text = self.tr("Call · %1").replace("%1", labels.call_outcome(r["outcome"]))
            if r.get("follow_up_at"):
                text += " · " + self.tr("follow up %1").replace("%1", r["follow_up_at"])
            if r.get("summary"):
                text += " · " + labels.isolate(r["summary"])
            return _e(text)
        if kind == "survey":
            label = self.tr("CSAT") if r["kind"] == "csat" else self.tr("NPS")
            comment = f" · {labels.isolate(r['comment'])}" if r.get("comment") else ""
            return _e(f"{label} {r['score']}{comment}")
        if kind == "goodwill":
            what = labels.goodwill_kind(r["kind"])
            if r.get("amount"):
                what += " " + labels.money(r["amount"], r["currency"])
            text = (
                self.tr("%1 for #%2 · %3")
                .replace("%1", what)
                .replace("%2", labels.order_number(r["order"]))
            )
            return _e(text.replace("%3", labels.goodwill_state(r["state"])))
        return _e(self.tr("Note: %1").replace("%1", labels.isolate(r["body"])))

    def _local_time(self, zone: str | None) -> str:
        """The customer's own clock, so nobody calls them at 3 a.m."""
        if not zone:
            return ""
        tz = QTimeZone(zone.encode())
        if not tz.isValid():
            return ""
        moment = QDateTime.currentDateTime().toTimeZone(tz)
        clock = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
        return self.tr("%1 local time").replace("%1", labels.isolate(clock))

    def _goodwill_html(self, g: dict[str, Any]) -> str:
        tone = {"failed": "bad", "confirmed": "ok"}.get(g["state"], "warn")
        what = labels.goodwill_kind(g["kind"])
        if g.get("amount"):
            what += " " + labels.money(g["amount"], g["currency"])
        state = labels.goodwill_state(g["state"])
        if g["state"] == "failed" and g.get("error"):
            state += ": " + g["error"]
        return (
            f"<div>{badge('↺ ' + what, tone)} {_e(state)} · "
            f'<span style="color:{COLORS["muted"]};">{_e(labels.isolate(g["reason"]))}</span></div>'
        )

    def _refilter(self) -> None:
        if self.customer is not None:
            self.show_customer(self.customer)

    def render_html(self, c: dict[str, Any], now: datetime) -> str:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # lupdate only sees self.tr calls outside f-strings: name every text first.
        ltv_label = self.tr("Lifetime value")
        order_count = self.tr("%n order(s)", "", c["order_count"])
        csat_label = self.tr("CSAT")
        nps_label = self.tr("NPS")
        orders_title = self.tr("Orders")
        notes_title = self.tr("Notes")
        no_orders = self.tr("No orders yet.")
        timeline_title = self.tr("Timeline")
        no_history = self.tr("Nothing of this kind yet.")
        goodwill_link = self.tr("Refund, reship or voucher…")
        plan_link = self.tr("Recovery plan…")
        muted = COLORS["muted"]
        out = [f'<html dir="{"rtl" if rtl else "ltr"}"><body style="margin:6px;">']
        out.append(f'<div style="font-size:17pt; font-weight:700;">{_e(c["name"])}</div>')
        meta = [labels.language_name(c.get("locale"))]
        if c.get("address"):
            meta.append(f"{c['address']['city']}")
        local = self._local_time(c.get("time_zone"))
        if local:
            meta.append(local)
        out.append(f'<div style="color:{muted};">{_e(" · ".join(m for m in meta if m))}</div>')
        copy_tip = self.tr("Click to copy")
        contacts = " · ".join(
            f'<a href="copy:{_e(QUrl.toPercentEncoding(x).data().decode())}" '
            f'title="{_e(copy_tip)}">{_e(x)}</a>'
            for x in (c.get("email"), c.get("phone"))
            if x
        )
        out.append(f'<div dir="ltr">{contacts}</div>')
        ltv = ", ".join(labels.money(v, cur) for cur, v in c["lifetime_value"].items()) or "—"
        out.append(f"<p><b>{_e(ltv_label)}:</b> {_e(ltv)} · {_e(order_count)}</p>")
        if self.tasks is not None:
            out.append(f'<p><a href="plan:">{_e(plan_link)}</a></p>')
        for cat in c.get("same_problem_again", []):
            text = self.tr("Same problem again: %1 within 7 days").replace(
                "%1", labels.category(cat)
            )
            out.append(f"<p>{badge('⚠ ' + text, 'bad')}</p>")
        for n in (n for n in c["notes"] if n["pinned"]):
            out.append(self._note_html(n))
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
        others = [n for n in c["notes"] if not n["pinned"]]
        if others:
            out.append(f"<h3>{_e(notes_title)}</h3>")
            out.extend(self._note_html(n) for n in others[:10])
        out.append(f"<h3>{_e(orders_title)}</h3>")
        if not c["orders"]:
            out.append(f'<p style="color:{muted};">{_e(no_orders)}</p>')
        for o in c["orders"][:12]:
            out.append(
                f'<p style="margin-bottom:0;"><b dir="ltr">#{_e(labels.order_number(o["number"]))}</b> · '
                f"{_e(labels.day(o['created_at']))} · "
                f"{_e(labels.money(o['total'], o['currency']))} · "
                f"{_e(labels.order_status(o['status']))}</p>"
            )
            items = ", ".join(
                f"{labels.number(line['qty'])}× {line['name']}" for line in o["lines"]
            )
            out.append(f'<div style="color:{muted};">{_e(labels.isolate(items))}</div>')
            for g in o.get("goodwill", []):
                out.append(self._goodwill_html(g))
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
            if self.tasks is not None:
                out.append(f'<div><a href="goodwill:{_e(o["id"])}">{_e(goodwill_link)}</a></div>')
        if len(c["orders"]) > 12:
            more = self.tr("and %n more order(s)", "", len(c["orders"]) - 12)
            out.append(f'<p style="color:{muted};">{_e(more)}</p>')
        out.append(f"<h3>{_e(timeline_title)}</h3>")
        kind = self.timeline_kind.currentData()
        every = c.get("timeline")
        every = queries.timeline(c) if every is None else every  # (made in the background)
        items = [i for i in every if kind is None or i["kind"] == kind]
        if not items:
            out.append(f'<p style="color:{muted};">{_e(no_history)}</p>')
        for item in items[:TIMELINE_ROWS]:
            out.append(
                f'<div><span style="color:{muted};">{_e(labels.when(item["at"]))}</span> '
                f"{self._timeline_line(item)}</div>"
            )
        if len(items) > TIMELINE_ROWS:
            more = self.tr("%n older item(s) not shown", "", len(items) - TIMELINE_ROWS)
            out.append(f'<p style="color:{muted};">{_e(more)}</p>')
        out.append("</body></html>")
        return directed("".join(out), rtl)
