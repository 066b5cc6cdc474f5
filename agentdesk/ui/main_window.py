"""The console window: navigation rail, the views, and a status bar for cache and sync."""

from __future__ import annotations

import gc
import itertools
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import i18n
from agentdesk.core.types import Changes
from agentdesk.settings import Settings
from agentdesk.store import queries
from agentdesk.store.db import open_connection
from agentdesk.ui import theme
from agentdesk.ui.app import install_language
from agentdesk.ui.sync import SyncController
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.views.inbox import InboxView

if TYPE_CHECKING:
    # Built after the first frame (or when first wanted): not imported before it.
    from agentdesk.ui.palette import CommandPalette
    from agentdesk.ui.pop import PopServer
    from agentdesk.ui.rescue import Guard
    from agentdesk.ui.views.customers import CustomersView
    from agentdesk.ui.views.dashboard import DashboardView
    from agentdesk.ui.views.journeys import JourneysView
    from agentdesk.ui.views.plans import PlansView
    from agentdesk.ui.views.proactive import ProactiveView
    from agentdesk.ui.views.training import TrainingView

VIEWS = ("inbox", "customers", "dashboard", "proactive", "journey", "plans", "training")


def freeze_heap() -> None:
    """Leave what the started console holds (Qt wrappers, modules, views: hundreds of
    thousands of objects) out of the garbage collector's full passes. A full pass holds the
    GIL while it walks every object, and a sync's allocations start one now and then: on
    the whole heap it took up to ~100 ms, a freeze of the window; on what came after the
    start, a fraction of that. (Frozen objects are still freed when no longer referenced;
    only cycles among them wait for the process to end.)"""
    gc.freeze()


class MainWindow(QMainWindow):
    """The shell (connection, background work, sync, shortcuts, status bar) lives as long
    as the window; the views are built by `_build_views` and built again by `rebuild` when
    the language or the theme changes, keeping the agent's place.

    The first frame shows the shell and the inbox only: results of background work wait
    for it (`Tasks.hold`), and the customers, proactive and plans views, the starter
    library, sync and the screen-pop listener come right after it (or when first
    wanted); the dashboard, journeys and training are built on first visit."""

    def __init__(
        self,
        db_path: Path,
        language: str,
        settings: Settings | None = None,
        remember_layout: bool = True,
        listen: bool = True,
    ) -> None:
        super().__init__()
        self.remember_layout = remember_layout
        self.db_path = db_path
        self.language = language
        self.setLocale(QLocale(language))
        self.settings = settings or Settings()
        self.tasks = Tasks(db_path, self)
        self.tasks.hold()  # released after the first frame (paintEvent)
        self._first_frame = False
        # The GUI thread's own read connection: only for indexed lookups of a few rows.
        self.conn: sqlite3.Connection = open_connection(db_path)
        agent = queries.current_agent(self.conn, self.settings.get("agent.current_id"))
        self.agent = agent
        # A trainee's console is the training only: no queue, customers, search or sync.
        self.trainee = bool(agent and agent.get("role") == "trainee")
        self.setMinimumSize(960, 600)
        demo_now = queries.meta(self.conn, "demo_now")
        # A demo cache lives at the moment it was made.
        self.demo_now = (
            datetime.fromisoformat(demo_now.replace("Z", "+00:00")) if demo_now else None
        )
        self.demo = demo_now is not None
        self.agents: list[dict[str, Any]] = []
        self.tasks.query(queries.agents, self._agents_loaded)
        self.palette: CommandPalette | None = None
        self._customers: CustomersView | None = None
        self._proactive: ProactiveView | None = None
        self._plans: PlansView | None = None
        self.dashboard: DashboardView | None = None
        self.journeys: JourneysView | None = None
        self.training: TrainingView | None = None
        # The starter library of canned responses and articles, copied in once per version.
        self.tasks.later(self._ensure_library)
        self._build_shortcuts()
        self._build_status_bar()
        self._build_views()
        self._retranslate()
        self.tasks.busy_changed.connect(self._busy)
        self._busy(self.tasks.pending)  # the first frame says the queue is on its way
        self.tasks.failed.connect(self._failed)
        self.guard: Guard | None = None  # from the first frame on (before any write)
        self.tasks.changed.connect(self._changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._color_scheme_changed)
        if not self.demo and not self.trainee:  # a trainee's console fetches no customers
            self.tasks.later(self.sync.start)
            self.tasks.later(self.hub.start)
        self.refresh_status()
        self._restore()
        self.show_view("inbox")
        self._focus_view()
        self.pop_server: PopServer | None = None
        if listen:
            self.tasks.later(self._listen)
        for build in (self._build_customers, self._build_proactive, self._build_plans):
            if not self.trainee:
                self.tasks.later(build)
        self.tasks.later(freeze_heap)  # once the window and its first views are built
        # A window that is not painted soon (hidden, minimised) does not keep work waiting.
        QTimer.singleShot(3000, self._after_first_frame)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_frame:
            self._first_frame = True
            QTimer.singleShot(0, self._after_first_frame)  # after the rest of this frame

    def _after_first_frame(self) -> None:
        self._first_frame = True
        if self.guard is None:  # its dialogs' classes cost more than the first frame allows
            from agentdesk.ui.rescue import Guard

            self.guard = Guard(self)  # a full disk, a disk error, a damaged cache: said, not lost
        if self.tasks.holding:
            self.tasks.release()

    def _ensure_library(self) -> None:
        from agentdesk.store import library

        url = self.settings.get("shop.help_url")
        self.tasks.change(lambda conn: library.ensure_library(conn, url))

    def _listen(self) -> None:
        """Take screen pops (unless another console already does)."""
        from agentdesk.ui.pop import PopServer

        self.pop_server = PopServer(self.pop, self)
        self.pop_server.start()

    def _agents_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.agents = rows

    def _build_shortcuts(self) -> None:
        for i, name in enumerate(VIEWS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, n=name: self.show_view(n))
            self.addAction(action)
        for keys, slot in (
            (QKeySequence("Ctrl+,"), self.show_settings),
            (QKeySequence(QKeySequence.StandardKey.HelpContents), self.show_shortcuts),
            (QKeySequence("Ctrl+L"), self.start_call),
            (QKeySequence("Ctrl+K"), self.find),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)

    def _build_status_bar(self) -> None:
        self.cache_label = QLabel(self)
        self.sync_label = QLabel(self)
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setMaximumHeight(14)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(self.sync_now)
        sync_menu = QMenu(self.sync_button)
        self.sync_now_action = sync_menu.addAction("", self.sync_now)
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.full_sync_action = sync_menu.addAction("", lambda: self.sync_now(sweep=True))
        self.connect_action = sync_menu.addAction("", self.connect_shop)
        self.hub_action = sync_menu.addAction("", self.connect_hub)
        self.sync_button.setMenu(sync_menu)
        self.addAction(self.sync_now_action)
        self.sync = SyncController(self.tasks, self.settings, self)
        self.sync.started.connect(self._sync_started)
        self.sync.progress.connect(self._sync_progress)
        self.sync.finished.connect(self._sync_finished)
        from agentdesk.ui.hub_sync import HubController

        self.hub = HubController(self.tasks, self.settings, self)
        self.hub.conflict.connect(self._show_message)
        self.hub.state_changed.connect(self.refresh_status)
        self.syncing: str | None = None
        self.busy_label = QLabel(self)
        self.lang_label = QLabel(self)
        self.reminder_label = QLabel(self)
        self.statusBar().addWidget(self.cache_label)
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.statusBar().addPermanentWidget(self.reminder_label)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.lang_label)

    def _build_views(self) -> None:
        """The rail and every view, in the current language, direction and theme."""
        # Each widget is made in its final parent: moving a built tree costs as much again.
        central = QWidget(self)
        self.stack = QStackedWidget(central)
        self.inbox = InboxView(
            self.tasks, self.conn, self.agent, self.settings.get("sla.warn_fraction"), self.stack
        )
        self.inbox.plan_requested.connect(self.open_plan)
        # The others are holders until built: customers, proactive and plans right after
        # the first frame (or when first wanted), the charts on first visit.
        self.views: dict[str, QWidget] = {
            name: self.inbox if name == "inbox" else QWidget(self.stack) for name in VIEWS
        }
        for name in VIEWS:
            self.stack.addWidget(self.views[name])

        rail = QWidget(central)
        rail.setObjectName("NavRail")
        rail.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        rail.setFixedWidth(136)
        rv = QVBoxLayout(rail)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.setSpacing(0)
        brand = QLabel("AgentDesk", rail)
        brand.setObjectName("Brand")
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rv.addWidget(brand)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        names = self.view_names()
        self.nav_buttons: dict[str, QToolButton] = {}
        for i, name in enumerate(VIEWS):
            button = QToolButton(rail)
            button.setText(names[name])
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, button.sizePolicy().verticalPolicy())
            shortcut = QKeySequence(f"Ctrl+{i + 1}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            button.setToolTip(f"{names[name]} ({shortcut})")
            button.setAccessibleName(names[name])
            self.nav.addButton(button, i)
            self.nav_buttons[name] = button
            button.setVisible(name in self.allowed_views())
            rv.addWidget(button)
        rv.addStretch(1)
        self.settings_button = QToolButton(rail)
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Settings (Ctrl+,)"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setSizePolicy(
            QSizePolicy.Policy.Expanding, self.settings_button.sizePolicy().verticalPolicy()
        )
        self.settings_button.clicked.connect(self.show_settings)
        rv.addWidget(self.settings_button)
        self.nav.idClicked.connect(lambda i: self.show_view(VIEWS[i]))

        h = QHBoxLayout(central)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(0)
        h.addWidget(rail)
        h.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.inbox.message.connect(self._show_message)
        self._reminders(0)
        # Names for screen readers and the Tab order: right after the first frame.
        self.tasks.later(lambda: self._prepare(central))

    def _put(self, name: str, view: QWidget) -> None:
        """A view built later fills its holder in the stack (built inside it: moving a
        built widget tree to another parent costs as much as building it)."""
        holder = self.views[name]
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        holder.setFocusProxy(view)
        self._prepare(view)

    def _prepare(self, view: QWidget) -> None:
        """Screen-reader names and keyboard behaviour for a view just built (a11y), and
        the Tab order with it."""
        from agentdesk.ui import a11y

        if not shiboken6.isValid(view):  # rebuilt (language, theme) before its turn came
            return
        a11y.prepare(view)
        self._status_bar_last()

    def _build_customers(self) -> None:
        if self._customers is not None:
            return
        from agentdesk.ui.views.customers import CustomersView

        agent_id = self.agent["id"] if self.agent else None
        self._customers = view = CustomersView(self.tasks, agent_id, self.views["customers"])
        view.panel.plan_requested.connect(lambda c: self.open_plan(c))
        view.panel.message.connect(self._show_message)
        self._put("customers", view)

    def _build_proactive(self) -> None:
        if self._proactive is not None:
            return
        from agentdesk.ui.views.proactive import ProactiveView

        self._proactive = view = ProactiveView(
            self.tasks, self.settings, self.agent, self.views["proactive"]
        )
        if self.demo_now is not None:
            view.now = self.demo_now
            view.reload()
        view.open_ticket.connect(lambda tid: self.open_found("ticket", tid))
        view.message.connect(self._show_message)
        self._put("proactive", view)

    def _build_plans(self) -> None:
        if self._plans is not None:
            return
        from agentdesk.ui.views.plans import PlansView

        agent_id = self.agent["id"] if self.agent else None
        self._plans = view = PlansView(self.tasks, agent_id, self.views["plans"])
        if self.demo_now is not None:
            view.now = self.demo_now
            view.reload()
        view.open_customer.connect(lambda cid: self.open_found("customer", cid))
        view.message.connect(self._show_message)
        view.due_changed.connect(self._reminders)
        self._put("plans", view)

    @property
    def customers(self) -> CustomersView:
        self._build_customers()
        assert self._customers is not None
        return self._customers

    @property
    def proactive(self) -> ProactiveView:
        self._build_proactive()
        assert self._proactive is not None
        return self._proactive

    @property
    def plans(self) -> PlansView:
        self._build_plans()
        assert self._plans is not None
        return self._plans

    def _status_bar_last(self) -> None:
        """Tab reads the window in order: the rail, the view, then the status bar (the
        views are built after the status bar, and the dashboard, journeys and training
        only when first shown)."""
        from agentdesk.ui import a11y

        in_views = a11y.tab_stops(self, self.stack)
        order = [*self.nav_buttons.values(), self.settings_button, *in_views, self.sync_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def view_names(self) -> dict[str, str]:
        return {
            "inbox": self.tr("Inbox"),
            "customers": self.tr("Customers"),
            "dashboard": self.tr("Dashboard"),
            "proactive": self.tr("Proactive"),
            "journey": self.tr("Journeys"),
            "plans": self.tr("Plans"),
            "training": self.tr("Training"),
        }

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _retranslate(self) -> None:
        """The shell's own texts (the views are built in the new language)."""
        self.setWindowTitle(self.tr("AgentDesk — %1").replace("%1", self.db_path.name))
        self.sync_now_action.setText(self.tr("Sync now"))
        self.full_sync_action.setText(
            self.tr("Full sync (deleted records, notes written in the shop)")
        )
        self.connect_action.setText(self.tr("Connect to the shop…"))
        self.hub_action.setText(self.tr("Connect to the team hub…"))
        self.lang_label.setText(i18n.LANGUAGES.get(self.language, self.language))
        self.lang_label.setToolTip(self.tr("Interface language"))
        self._sync_button_text()

    # --- language and theme at runtime ------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Speak `language` from now on: translations, layout direction, number and date
        formats, and every view built again in it."""
        self._switch(language, None)

    def set_theme(self, choice: str, scheme: Qt.ColorScheme | None = None) -> None:
        """Apply a theme setting ("system" follows the platform) to the whole window."""
        self._switch(None, choice, scheme)

    def _color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.settings.get("ui.theme") == "system":
            self.set_theme("system", scheme)

    def apply_settings(self, before: dict[str, Any]) -> None:
        """After the settings dialog: a new language or theme shows at once."""
        language, choice = self.settings.get("ui.language"), self.settings.get("ui.theme")
        self._switch(
            i18n.choose(language or None) if language != before["ui.language"] else None,
            choice if choice != before["ui.theme"] else None,
        )

    def _switch(
        self, language: str | None, choice: str | None, scheme: Qt.ColorScheme | None = None
    ) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if language == self.language and choice is None:
            return
        if language is not None:
            install_language(app, language)
            self.language = language
            self.setLocale(QLocale(language))
        if choice is not None:
            theme.apply(app, choice, scheme)
        self.rebuild()

    def rebuild(self) -> None:
        """Build the rail and the views again, keeping the view, the queue and its filters,
        the open ticket (its unsent reply is saved as the ticket's draft first), the shown
        customer and the splitters."""
        state = self._place()
        self.inbox.conversation.save_draft()
        self.tasks.wait_idle()
        old = self.takeCentralWidget()
        if self.palette is not None:
            self.palette.deleteLater()
            self.palette = None
        self.dashboard = self.journeys = self.training = None
        self._customers = self._proactive = self._plans = None
        old.hide()
        old.deleteLater()
        self._build_views()
        for build in (self._build_customers, self._build_proactive, self._build_plans):
            build()
        self._retranslate()
        self.refresh_status()
        self._return_to(state)

    def _place(self) -> dict[str, Any]:
        inbox, customers = self.inbox, self.customers
        shown = customers.panel.customer
        return {
            "view": self.current_view(),
            "queue": inbox.tabs.currentIndex(),
            "filters": [c.currentIndex() for c in (inbox.channel, inbox.category, inbox.status)],
            "ticket": inbox.current_ticket["id"] if inbox.current_ticket else None,
            "search": customers.search.text(),
            "customer": shown["id"] if shown else None,
            "splitters": (inbox.splitter.saveState(), customers.splitter.saveState()),
            "columns": inbox.table.horizontalHeader().saveState(),
        }

    def _return_to(self, state: dict[str, Any]) -> None:
        inbox, customers = self.inbox, self.customers
        inbox.splitter.restoreState(state["splitters"][0])
        customers.splitter.restoreState(state["splitters"][1])
        inbox.table.horizontalHeader().restoreState(state["columns"])
        inbox.tabs.setCurrentIndex(state["queue"])
        for combo, index in zip(
            (inbox.channel, inbox.category, inbox.status), state["filters"], strict=True
        ):
            combo.setCurrentIndex(index)
        customers.search.setText(state["search"])
        customers.debounce.stop()
        customers.run_search()
        self.show_view(state["view"])
        self.tasks.wait_idle()  # the queue and the search are in: select in them
        if state["ticket"]:
            inbox.open_ticket(state["ticket"])
        if state["customer"]:
            customers.show_customer(state["customer"])
            for row in range(customers.results.count()):
                if customers.results.item(row).data(Qt.ItemDataRole.UserRole) == state["customer"]:
                    customers.results.blockSignals(True)
                    customers.results.setCurrentRow(row)
                    customers.results.blockSignals(False)
        self.tasks.wait_idle()
        self._focus_view()

    def _focus_view(self) -> None:
        """Keyboard focus in the view, where the work is (the queue in the inbox)."""
        if self.current_view() == "inbox":
            self.inbox.table.setFocus()
        else:
            self.stack.currentWidget().setFocus()

    # --- screen pop -------------------------------------------------------------------------
    def pop(
        self, request: dict[str, str], reply: Callable[[bool, str], None] | None = None
    ) -> None:
        """Bring the customer of a phone number, e-mail or order number forward."""
        answer = reply or (lambda _ok, _message: None)
        if self.trainee:
            answer(False, self.tr("This console is for training: it shows no customers."))
            return
        if not request:
            answer(False, self.tr("Give a phone number, an e-mail address or an order number."))
            return

        def found(customer_id: str | None) -> None:
            self.show_view("customers")
            self.raise_()
            self.activateWindow()
            what = next(iter(request.values()))
            if customer_id is None:
                self.customers.search.setText(what)
                text = self.tr("No customer matches %1; showing the search.").replace("%1", what)
                self.statusBar().showMessage(text, 15_000)
                answer(False, text)
                return
            self.customers.show_customer(customer_id, start_call="phone" in request)
            text = self.tr("Incoming contact: %1").replace("%1", what)
            self.statusBar().showMessage(text, 15_000)
            answer(True, text)

        self.tasks.query(lambda conn: queries.find_customer(conn, **request), found)

    # --- navigation -----------------------------------------------------------------------
    def allowed_views(self) -> tuple[str, ...]:
        """What this agent may open: everything, or the training alone for a trainee."""
        return ("training",) if self.trainee else VIEWS

    def show_view(self, name: str) -> None:
        if name not in self.allowed_views():
            name = "training"  # a trainee never reaches customers' data
        {
            "customers": self._build_customers,
            "proactive": self._build_proactive,
            "plans": self._build_plans,
        }.get(name, lambda: None)()
        if name == "dashboard" and self.dashboard is None:
            self._build_dashboard()
        if name == "training" and self.training is None:
            from agentdesk.ui.views.training import TrainingView  # pyqtgraph: only when wanted

            self.training = TrainingView(self.tasks, self.settings, self.agent, self)
            self.training.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            QVBoxLayout(self.views["training"]).addWidget(self.training)
            self._prepare(self.training)
        if name == "journey" and self.journeys is None:
            from agentdesk.ui.views.journeys import JourneysView  # pyqtgraph: only when wanted

            self.journeys = JourneysView(self.tasks, self.settings, self)
            self.journeys.open_ticket.connect(lambda tid: self.open_found("ticket", tid))
            QVBoxLayout(self.views["journey"]).addWidget(self.journeys)
            self._prepare(self.journeys)
        self.stack.setCurrentWidget(self.views[name])
        self.nav_buttons[name].setChecked(True)

    def _build_dashboard(self) -> None:
        from agentdesk.ui.views.dashboard import DashboardView  # pyqtgraph: only when wanted

        self.dashboard = DashboardView(self.tasks, self.settings, self, viewer=self.agent)
        self.dashboard.open_ticket.connect(lambda tid: self.open_found("ticket", tid))
        holder = self.views["dashboard"]
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dashboard)
        self._prepare(self.dashboard)

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def start_call(self) -> None:
        if self.trainee:
            return
        panel = self.inbox.customer if self.current_view() == "inbox" else self.customers.panel
        panel.start_call()

    def open_plan(self, customer: dict[str, Any], ticket: dict[str, Any] | None = None) -> Any:
        """The recovery-plan form for a customer (and the ticket beside it)."""
        from agentdesk.ui.views.plans import PlanDialog

        dialog = PlanDialog(
            self.tasks,
            customer,
            self.agents,
            self.agent["id"] if self.agent else None,
            ticket,
            self,
        )
        dialog.saved.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.open()
        return dialog

    def show_settings(self) -> None:
        from agentdesk.ui.settings_dialog import SettingsDialog

        before = {name: self.settings.get(name) for name in ("ui.language", "ui.theme")}
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.apply_settings(before)
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    def show_shortcuts(self) -> None:
        from agentdesk.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def find(self) -> CommandPalette | None:
        """Ctrl+K: the palette over everything (not in a trainee's console)."""
        if self.trainee:
            self.statusBar().showMessage(self.tr("Search is not available in training."), 5000)
            return None
        if self.palette is None:
            from agentdesk.ui.palette import CommandPalette

            self.palette = CommandPalette(self.tasks, self)
            self.palette.opened.connect(self.open_found)
        self.palette.popup()
        return self.palette

    def open_found(self, kind: str, ident: str) -> None:
        if self.trainee:
            return
        if kind == "ticket":
            self.show_view("inbox")
            self.inbox.open_ticket(ident)
        else:
            self.show_view("customers")
            self.customers.show_customer(ident)

    # --- status -----------------------------------------------------------------------------
    def refresh_status(self) -> None:
        self.tasks.query(queries.cache_summary, self._show_status)

    def _show_status(self, s: dict[str, Any]) -> None:
        loc = self.locale()
        text = (
            self.tr("● Local cache: %1 customers · %2 open tickets")
            .replace("%1", loc.toString(s["customers"]))
            .replace("%2", loc.toString(s["open_tickets"]))
        )
        self.cache_label.setText(text)
        self.cache_label.setToolTip(str(self.db_path))
        if self.syncing:
            sync = self.syncing
        elif s["demo"]:
            sync = self.tr("Demo data · not connected to a shop")
        elif not self.sync.configured():
            sync = self.tr("Working offline · no shop connected yet")
        elif s["offline_since"]:
            sync = self.tr("Offline since %1").replace("%1", self._clock(s["offline_since"]))
        elif s["sync_error"]:
            sync = self.tr("Sync stopped: %1").replace("%1", s["sync_error"])
        elif s["last_ok"]:
            sync = self.tr("Up to date · synced at %1").replace("%1", self._clock(s["last_ok"]))
        else:
            sync = self.tr("Not synced yet")
        if s["outbox"]:
            sync += " · " + self.tr("%n change(s) waiting to be sent", "", s["outbox"])
        if s["failed"]:
            sync += " · " + self.tr("%n change(s) the shop refused", "", s["failed"])
        if self.hub.state == "ok":
            sync += " · " + self.tr("Team hub connected")
        elif self.hub.state == "offline" and self.hub.since:
            sync += " · " + self.tr("Team hub offline since %1").replace(
                "%1", self._clock(self.hub.since)
            )
        elif self.hub.state == "error":
            sync += " · " + self.tr("Team hub: %1").replace("%1", self.hub.error)
        self.sync_label.setText(sync)
        self.sync_label.setToolTip(s["sync_error"] or "")

    def _clock(self, stamp: str) -> str:
        """A sync time in the agent's own clock: the time today, else the date and time."""
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate).toLocalTime()
        loc = self.locale()
        if moment.date() == QDate.currentDate():
            return loc.toString(moment.time(), QLocale.FormatType.ShortFormat)
        return loc.toString(moment, QLocale.FormatType.ShortFormat)

    # --- sync ---------------------------------------------------------------------------
    def _sync_button_text(self) -> None:
        connected = self.sync.configured() and not self.demo
        self.sync_button.setText(self.tr("Sync now") if connected else self.tr("Connect…"))
        self.sync_button.setToolTip(
            self.tr("Sync with the shop now (F5)")
            if connected
            else self.tr("Connect AgentDesk to your shop's back end")
        )
        self.sync_now_action.setEnabled(connected)
        self.full_sync_action.setEnabled(connected)

    def sync_now(self, sweep: bool | None = None) -> None:
        if self.demo:
            self.statusBar().showMessage(
                self.tr("This is demo data: it is not synced with a shop."), 6000
            )
            return
        if not self.sync.configured():
            self.connect_shop()
            return
        if not self.sync.sync_now(sweep):
            self.statusBar().showMessage(self.tr("A sync is already running."), 4000)

    def connect_shop(self) -> None:
        from agentdesk.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        if dialog.exec():
            self._sync_button_text()
            if self.sync.configured() and not self.demo:
                self.sync.start(first_in_ms=0)
                self.statusBar().showMessage(self.tr("Connected. The first sync starts now."), 6000)
            else:
                self.sync.timer.stop()
            self.refresh_status()

    def connect_hub(self) -> None:
        from agentdesk.ui.hub_dialog import HubDialog

        dialog = HubDialog(self.settings, self)
        if dialog.exec():
            if self.hub.configured() and not self.demo:
                self.hub.restart()
                self.statusBar().showMessage(self.tr("Connected to the team hub."), 6000)
            else:
                self.hub.stop()

    def _sync_started(self) -> None:
        self.syncing = self.tr("Syncing…")
        self.sync_progress.setRange(0, 0)
        self.sync_progress.show()
        self.refresh_status()

    def _sync_progress(self, p: Any) -> None:
        phase = {
            "sending": self.tr("outgoing changes"),
            "customers": self.tr("customers"),
            "orders": self.tr("orders"),
            "parcels": self.tr("parcels on their way"),
            "notes": self.tr("notes"),
            "sweep": self.tr("deleted records"),
        }.get(p.phase, p.phase)
        loc = self.locale()
        if p.fraction is not None:
            self.sync_progress.setRange(0, 1000)
            self.sync_progress.setValue(int(p.fraction * 1000))
            text = (
                self.tr("Syncing %1: %2% (%3 of %4)")
                .replace("%1", phase)
                .replace("%2", loc.toString(int(p.fraction * 100)))
                .replace("%3", loc.toString(p.done))
                .replace("%4", loc.toString(p.total))
            )
            if p.eta_s is not None and p.eta_s >= 1:
                text += " · " + self.tr("about %n s left", "", int(p.eta_s))
        else:
            self.sync_progress.setRange(0, 0)
            text = (
                self.tr("Syncing %1: %2").replace("%1", phase).replace("%2", loc.toString(p.done))
            )
        self.syncing = text
        self.sync_label.setText(text)

    def _sync_finished(self, report: Any) -> None:
        self.syncing = None
        self.sync_progress.hide()
        if isinstance(report, str):
            self.statusBar().showMessage(
                self.tr("Sync could not start: %1").replace("%1", report), 15_000
            )
        self.refresh_status()

    def _reminders(self, due: int) -> None:
        self.reminder_label.setText(self.tr("⏰ %n plan step(s) due", "", due) if due else "")
        if self._plans is not None:
            self.reminder_label.setToolTip(self._plans.reminders.toolTip())

    def _busy(self, pending: int) -> None:
        self.busy_label.setText(self.tr("Working…") if pending else "")

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Something went wrong: %1").replace("%1", message), 10_000
        )

    def _changed(self, _changes: Changes) -> None:
        self.refresh_status()

    # --- window state -------------------------------------------------------------------
    def _restore(self) -> None:
        if not self.remember_layout:
            return
        qs = QSettings("AgentDesk", "AgentDesk")
        geometry = qs.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = qs.value("inbox/splitter")
        if splitter is not None:
            self.inbox.splitter.restoreState(splitter)
        customers = qs.value("customers/splitter")
        if customers is not None:
            self.customers.splitter.restoreState(customers)
        header = qs.value("inbox/columns")
        if header is not None:
            self.inbox.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            qs = QSettings("AgentDesk", "AgentDesk")
            qs.setValue("window/geometry", self.saveGeometry())
            qs.setValue("inbox/splitter", self.inbox.splitter.saveState())
            qs.setValue("inbox/columns", self.inbox.table.horizontalHeader().saveState())
            qs.setValue("customers/splitter", self.customers.splitter.saveState())
        if self.pop_server is not None:
            self.pop_server.server.close()
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._color_scheme_changed)
        self.sync.stop()
        self.hub.stop()
        self.tasks.close()
        self.conn.close()
        super().closeEvent(event)
