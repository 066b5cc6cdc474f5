"""One ticket: its fields, the conversation (chat tickets as a chat), and the composer."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import i18n
from agentdesk.core.shipping import tracking_link
from agentdesk.core.templates import first_name, placeholders_in
from agentdesk.core.types import Category, JourneyStage, Priority, TicketStatus
from agentdesk.store import actions
from agentdesk.ui import labels
from agentdesk.ui.safe_text import SafeBrowser, plain
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS
from agentdesk.ui.views.customer360 import badge, directed


def _sync_text(state: str | None) -> str:
    if state is None:
        return ""
    tone = "bad" if state == "failed" else "warn"
    text = (
        QCoreApplication.translate("Conversation", "Not sent: will retry")
        if state == "failed"
        else QCoreApplication.translate("Conversation", "Saved · waiting to send")
    )
    return f"<div>{badge('⏳ ' + text, tone)}</div>"


# A message longer than this is shown cut, with "Show more" and "Copy all": laying out
# rich text costs ~2 ms per 1,000 characters on the GUI thread (a 10 MB message froze the
# console for 19 s); each "Show more" adds as much again.
LONG_MESSAGE = 8_000


def _body(text: str, limit: int | None = None, message_id: str | None = None) -> str:
    limit = LONG_MESSAGE if limit is None else limit
    shown = text if len(text) <= limit else text[:limit]
    more = ""
    if len(shown) < len(text) and message_id is not None:
        left = QLocale().toString(len(text) - len(shown))
        ref = html.escape(message_id, quote=True)
        more = (
            f'<div>… <a href="more:{ref}">'
            + html.escape(
                QCoreApplication.translate(
                    "Conversation", "Show more (%1 characters not shown)"
                ).replace("%1", left)
            )
            + f'</a> · <a href="copyall:{ref}">'
            + html.escape(QCoreApplication.translate("Conversation", "Copy all"))
            + "</a></div>"
        )
    return (
        f'<div dir="{labels.text_direction(shown[:2000])}">'
        f"{html.escape(shown).replace(chr(10), '<br/>')}</div>{more}"
    )


class Conversation(QWidget):
    send_requested = Signal(str, str, bool)  # ticket id, text, public
    fields_requested = Signal(dict)  # {"status": "solved"} etc., for the selected tickets
    message = Signal(str)

    def __init__(self, tasks: Tasks | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_name = ""
        self.selected = 1
        self.title = plain(QLabel(self))  # the customer's subject, as written
        self.title.setObjectName("PaneTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("Muted")
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.browser = SafeBrowser(self)
        self.browser.setAccessibleName(self.tr("Conversation"))
        self.browser.anchorClicked.connect(self._anchor)
        self._shown: dict[str, int] = {}  # message id -> characters shown of a long one
        self.empty = QLabel(
            self.tr("Select a ticket in the queue. Use j and k to move, Enter to open."), self
        )
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The ticket's fields; a change applies to every selected ticket.
        self.status = self._combo(self.tr("Ticket status"))
        for code in TicketStatus:
            self.status.addItem(labels.status(code.value), code.value)
        self.priority = self._combo(self.tr("Priority"))
        for code in Priority:
            self.priority.addItem(labels.priority(code.value), code.value)
        self.category = self._combo(self.tr("Category"), 9)
        for code in Category:
            self.category.addItem(labels.category(code.value), code.value)
        self.assignee = self._combo(self.tr("Assignee"), 9)
        self.assignee.addItem(self.tr("Unassigned"), None)
        self.stage = self._combo(self.tr("Journey stage"))
        self.stage.addItem(labels.journey_stage(None), None)
        for code in JourneyStage:
            self.stage.addItem(labels.journey_stage(code.value), code.value)
        self.fields = {
            "status": self.status,
            "priority": self.priority,
            "category": self.category,
            "assignee_id": self.assignee,
            "journey_stage": self.stage,
        }
        for name, combo in self.fields.items():
            combo.activated.connect(lambda _i, n=name: self._field_chosen(n))
        self.selection_note = QLabel(self)
        self.selection_note.setObjectName("Muted")

        self.canned = QPushButton(self.tr("Canned response…"), self)
        self.canned.setToolTip(self.tr("Insert a canned response (Ctrl+Shift+C)"))
        self.canned.clicked.connect(self.pick_canned)
        self.kb = QPushButton(self.tr("Knowledge base…"), self)
        self.kb.setToolTip(self.tr("Link or insert a help article (Ctrl+Shift+A)"))
        self.kb.clicked.connect(self.pick_article)
        self.composer = QPlainTextEdit(self)
        self.composer.setAccessibleName(self.tr("Reply"))
        self.composer.setMaximumHeight(140)
        self.internal = QCheckBox(self.tr("Internal note"), self)
        self.internal.setToolTip(self.tr("Only colleagues see internal notes (Ctrl+I)"))
        self.internal.toggled.connect(self._mode_changed)
        self.send = QPushButton(self)
        self.send.clicked.connect(self._send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self.composer)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self._send)
        for keys, slot in (
            ("Ctrl+I", self.internal.toggle),
            ("Ctrl+Shift+C", self.pick_canned),
            ("Ctrl+Shift+A", self.pick_article),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        fields_row = QHBoxLayout()
        for combo in self.fields.values():
            fields_row.addWidget(combo)
        fields_row.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.canned)
        tools.addWidget(self.kb)
        tools.addStretch(1)
        tools.addWidget(self.selection_note)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.internal)
        actions_row.addStretch(1)
        actions_row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(fields_row)
        layout.addWidget(self.browser, 1)
        layout.addLayout(tools)
        layout.addWidget(self.composer)
        layout.addLayout(actions_row)
        layout.addWidget(self.empty, 1)
        QWidget.setTabOrder(self.stage, self.browser)  # Tab reads top down: fields, thread
        self.ticket: dict[str, Any] | None = None
        self.picker: QWidget | None = None
        self._drafting = True
        self._draft_ticket: str | None = None
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(800)
        self.draft_timer.timeout.connect(self.save_draft)
        self._draft_dirty = False
        self.composer.textChanged.connect(self._draft_changed)
        self._mode_changed(False)
        self.show_ticket(None)

    def _combo(self, name: str, letters: int = 5) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        # Five of them share one row: let them shrink rather than widen the pane.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)
        return combo

    def set_agents(self, agents: list[dict[str, Any]], me: str | None) -> None:
        self.assignee.clear()
        self.assignee.addItem(self.tr("Unassigned"), None)
        for a in agents:
            name = self.tr("%1 (me)").replace("%1", a["name"]) if a["id"] == me else a["name"]
            self.assignee.addItem(name, a["id"])
        if self.ticket is not None:
            self._show_fields(self.ticket)

    def set_selected(self, count: int) -> None:
        self.selected = count
        self.selection_note.setText(
            self.tr("Changes apply to %n selected ticket(s)", "", count) if count > 1 else ""
        )

    # --- composing ----------------------------------------------------------------------
    def _mode_changed(self, internal: bool) -> None:
        self.send.setText(self.tr("Add internal note") if internal else self.tr("Send reply"))
        self.send.setToolTip(self.tr("Ctrl+Enter"))
        name = self.ticket["customer"] if self.ticket else ""
        self.composer.setPlaceholderText(
            self.tr("Note for colleagues only…")
            if internal
            else self.tr("Reply to %1… (Ctrl+Enter sends)").replace("%1", name)
        )

    def _send(self) -> None:
        text = self.composer.toPlainText()
        if self.ticket is None or not text.strip():
            return
        left = placeholders_in(text)
        if left:
            self._select_placeholder(left[0])
            self.message.emit(
                self.tr("Fill in %1 before sending.").replace("%1", "{" + left[0] + "}")
            )
            return
        self.send_requested.emit(self.ticket["id"], text, not self.internal.isChecked())

    def sent(self) -> None:
        """The reply is saved locally: clear the composer for the next one."""
        self.draft_timer.stop()  # the store dropped the draft with the send
        self._draft_dirty = False
        self._drafting = False
        self.composer.clear()
        self._drafting = True
        self.internal.setChecked(False)

    def _draft_changed(self) -> None:
        if self._drafting and self.ticket is not None:
            self._draft_ticket = self.ticket["id"]
            self._draft_dirty = True
            self.draft_timer.start()

    def save_draft(self) -> None:
        """Keep the text being written (a crash or a restart loses nothing)."""
        self.draft_timer.stop()
        if not self._draft_dirty or self.tasks is None or self._draft_ticket is None:
            return
        self._draft_dirty = False
        tid, body = self._draft_ticket, self.composer.toPlainText()
        public = not self.internal.isChecked()
        self.tasks.change(lambda conn: actions.save_draft(conn, tid, body, public))

    def placeholder_values(self, language: str) -> dict[str, str | None]:
        """What each placeholder stands for on this ticket, dates in `language`."""
        t = self.ticket or {}
        order = (t.get("order") or [{}])[0]
        promised = order.get("promised_at")
        promised_text = None
        if promised:
            moment = labels.parse_ts(promised).toLocalTime().date()
            promised_text = QLocale(language).toString(moment, QLocale.FormatType.LongFormat)
        return {
            "first_name": first_name(t.get("customer") or "", t.get("locale")) or None,
            "customer_name": t.get("customer"),
            "order_number": order.get("number"),
            "carrier": order.get("carrier"),
            "tracking_number": order.get("tracking"),
            "tracking_link": tracking_link(order.get("carrier"), order.get("tracking")),
            "promised_date": promised_text,
            "agent_name": self.agent_name or None,
        }

    def _language(self) -> str:
        locale = (self.ticket or {}).get("locale") or ""
        code = locale.replace("-", "_").split("_")[0]
        return code if code in i18n.LANGUAGES else QLocale().name().split("_")[0]

    def pick_canned(self) -> None:
        self._pick("canned")

    def pick_article(self) -> None:
        self._pick("kb")

    def _pick(self, kind: str) -> None:
        if self.tasks is None or self.ticket is None:
            return
        from agentdesk.ui.views.library import LibraryPicker

        picker = LibraryPicker(
            self.tasks,
            kind,
            self._language(),
            self.ticket.get("category"),
            self.placeholder_values,
            self,
        )
        picker.chosen.connect(self.insert_text)
        self.picker = picker
        picker.open()

    def insert_text(self, text: str, missing: tuple[str, ...] = ()) -> None:
        """Put `text` at the cursor; leave the first unfilled placeholder selected."""
        cursor = self.composer.textCursor()
        start = cursor.selectionStart()
        cursor.insertText(text)
        self.composer.setTextCursor(cursor)
        self.composer.setFocus()
        if missing:
            self._select_placeholder(missing[0], start)
            self.message.emit(
                self.tr("Fill in: %1").replace("%1", ", ".join("{" + m + "}" for m in missing))
            )

    def _select_placeholder(self, name: str, start: int = 0) -> None:
        token = "{" + name + "}"
        at = self.composer.toPlainText().find(token, start)
        if at < 0:
            at = self.composer.toPlainText().find(token)
        if at < 0:
            return
        cursor = self.composer.textCursor()
        cursor.setPosition(at)
        cursor.setPosition(at + len(token), QTextCursor.MoveMode.KeepAnchor)
        self.composer.setTextCursor(cursor)
        self.composer.setFocus()

    # --- fields -------------------------------------------------------------------------
    def _field_chosen(self, name: str) -> None:
        if self.ticket is None:
            return
        value = self.fields[name].currentData()
        if self.selected > 1 or value != self.ticket.get(name):
            self.fields_requested.emit({name: value})

    def _show_fields(self, t: dict[str, Any]) -> None:
        category = self.category
        if category.findData(t["category"]) < 0:
            category.addItem(labels.category(t["category"]), t["category"])
        for name, combo in self.fields.items():
            at = combo.findData(t.get(name))
            combo.setCurrentIndex(max(at, 0))
        # No stage set: say what the category and words suggest (choosing it sets it).
        suggested = t.get("journey_suggested")
        self.stage.setItemText(
            0,
            self.tr("Suggested: %1").replace("%1", labels.journey_stage(suggested))
            if suggested and not t.get("journey_stage")
            else labels.journey_stage(None),
        )

    # --- showing --------------------------------------------------------------------------
    def show_ticket(self, t: dict[str, Any] | None) -> None:
        if t is None or self.ticket is None or t["id"] != self.ticket["id"]:
            self.save_draft()  # what was written on the last ticket stays with it
            self._drafting = False
            self.composer.clear()  # a draft belongs to its ticket
            if t is not None and t.get("draft"):
                self.composer.setPlainText(t["draft"]["body"])
                self.internal.setChecked(not t["draft"]["public"])
            self._drafting = True
        if t is None or self.ticket is None or t["id"] != self.ticket["id"]:
            self._shown.clear()  # a long message opens cut again on another ticket
        self.ticket = t
        for w in (
            self.title,
            self.meta,
            self.browser,
            self.composer,
            self.internal,
            self.send,
            self.canned,
            self.kb,
            self.selection_note,
            *self.fields.values(),
        ):
            w.setVisible(t is not None)
        self.empty.setVisible(t is None)
        if t is None:
            return
        self._show_fields(t)
        self._mode_changed(self.internal.isChecked())
        self.title.setText(t["subject"])
        bits = [
            f'<span dir="ltr">#{html.escape(t["id"])}</span>',
            html.escape(labels.channel(t["channel"])),
            html.escape(labels.when(t["created_at"])),
        ]
        if t.get("origin") == "proactive":
            bits.append(html.escape(self.tr("Proactive")))
        if t.get("order"):
            number = f"#{labels.order_number(t['order'][0]['number'])}"
            bits.append(html.escape(self.tr("order %1").replace("%1", number)))
        meta = " · ".join(bits)
        if t.get("same_problem"):
            meta += " " + badge("⚠ " + self.tr("Same problem again"), "bad")
        self.meta.setText(meta)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        render = self._chat if t["channel"] == "chat" else self._thread
        out = [f'<html dir="{"rtl" if rtl else "ltr"}"><body>']
        out += [render(t, m, rtl) for m in t["messages"]]
        out.append("</body></html>")
        self._render("".join(out), rtl, to_end=True)

    def _render(self, document: str, rtl: bool, to_end: bool) -> None:
        bar = self.browser.verticalScrollBar()
        at = bar.value()
        self.browser.setHtml(directed(document, rtl))
        bar.setValue(bar.maximum() if to_end else at)  # the newest message is read first

    def _anchor(self, url: QUrl) -> None:
        """ "Show more" and "Copy all" of a long message."""
        kind, mid = url.scheme(), url.path()
        m = next((m for m in (self.ticket or {}).get("messages", []) if m["id"] == mid), None)
        if m is None:
            return
        if kind == "copyall":
            QGuiApplication.clipboard().setText(m["body"])
            self.message.emit(self.tr("The whole message is on the clipboard."))
        elif kind == "more" and self.ticket is not None:
            self._shown[mid] = self._shown.get(mid, LONG_MESSAGE) + LONG_MESSAGE
            t, rtl = self.ticket, self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            render = self._chat if t["channel"] == "chat" else self._thread
            body = "".join(render(t, x, rtl) for x in t["messages"])
            self._render(
                f'<html dir="{"rtl" if rtl else "ltr"}"><body>{body}</body></html>', rtl, False
            )

    def _message_body(self, m: dict[str, Any]) -> str:
        return _body(m["body"], self._shown.get(m.get("id") or ""), m.get("id"))

    def _who(self, t: dict[str, Any], m: dict[str, Any]) -> tuple[str, str]:
        if not m["public"]:
            name = self.tr("Internal note · %1").replace("%1", m["agent"] or "")
            return COLORS["internal_bg"], name
        if m["author"] == "agent":
            return COLORS["agent_bg"], m["agent"] or self.tr("Agent")
        if m["author"] == "system":
            return COLORS["alt"], self.tr("System")
        return COLORS["customer_bg"], t["customer"]

    def _thread(self, t: dict[str, Any], m: dict[str, Any], _rtl: bool) -> str:
        bg, who = self._who(t, m)
        return (
            f'<table width="100%" cellpadding="8" style="margin-bottom:6px; background:{bg};">'
            f"<tr><td><b>{html.escape(labels.isolate(who))}</b> "
            f'<span style="color:{COLORS["muted"]};">{labels.when(m["created_at"])}</span>'
            f"{self._message_body(m)}{_sync_text(m.get('sync'))}</td></tr></table>"
        )

    def _chat(self, t: dict[str, Any], m: dict[str, Any], rtl: bool) -> str:
        """Chat bubbles: the customer on the reading side, the team on the other."""
        if not m["public"]:
            return self._thread(t, m, rtl)
        bg, who = self._who(t, m)
        ours = m["author"] != "customer"
        side = ("left" if rtl else "right") if ours else ("right" if rtl else "left")
        stamp = labels.parse_ts(m["created_at"]).toLocalTime().time()
        clock = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        return (
            f'<table width="72%" align="{side}" cellpadding="7" '
            f'style="margin-bottom:4px; background:{bg};"><tr><td>'
            f"{self._message_body(m)}"
            f'<div style="color:{COLORS["muted"]}; font-size:small;">'
            f"{html.escape(labels.isolate(who))} · {html.escape(labels.isolate(clock))}</div>"
            f"{_sync_text(m.get('sync'))}</td></tr></table>"
            f'<table width="100%"><tr><td></td></tr></table>'
        )
