"""Empathy training: the scenario library, a chat-like role-play runner (the customer's mood,
a timer), the scorecard with feedback per answer and a model answer, each trainee's progress,
the trainer's team overview, and scenarios to edit, import and export."""

from __future__ import annotations

import html
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk import i18n
from agentdesk.core.types import Changes
from agentdesk.settings import Settings
from agentdesk.training import history
from agentdesk.training.scenarios import Node, Scenario
from agentdesk.training.scoring import CRITERIA, CriterionScore, RubricScorer, SessionScore, play
from agentdesk.ui import labels
from agentdesk.ui.safe_text import SafeBrowser
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS
from agentdesk.ui.views.dashboard import plot_widget


def criterion_name(code: str) -> str:
    return {
        "acknowledge": QCoreApplication.translate("Training", "Acknowledges the problem"),
        "empathy": QCoreApplication.translate("Training", "Empathy"),
        "ownership": QCoreApplication.translate("Training", "Ownership"),
        "next_step": QCoreApplication.translate("Training", "Next step with a time"),
        "personalization": QCoreApplication.translate("Training", "Personal"),
        "tone": QCoreApplication.translate("Training", "Tone"),
        "clarity": QCoreApplication.translate("Training", "Clear and short"),
        "response_time": QCoreApplication.translate("Training", "Answered quickly"),
    }.get(code, code)


def feedback(c: CriterionScore | dict[str, Any]) -> str:
    """What a criterion's score means, in the user's language, with the deciding words."""
    criterion = c.criterion if isinstance(c, CriterionScore) else c["criterion"]
    reason = c.reason if isinstance(c, CriterionScore) else c.get("reason", "")
    words = c.words if isinstance(c, CriterionScore) else tuple(c.get("words", ()))
    texts = {
        ("acknowledge", "found"): QCoreApplication.translate("Training", "You named the problem"),
        ("acknowledge", "missing"): QCoreApplication.translate(
            "Training", "Say what you see went wrong first"
        ),
        ("empathy", "found"): QCoreApplication.translate(
            "Training", "You showed you understand how it feels"
        ),
        ("empathy", "missing"): QCoreApplication.translate(
            "Training", "Show you understand how this feels"
        ),
        ("ownership", "found"): QCoreApplication.translate("Training", "You took it on yourself"),
        ("ownership", "found_but_blame"): QCoreApplication.translate(
            "Training", "You took it on, but also blamed the customer or the carrier"
        ),
        ("ownership", "blame"): QCoreApplication.translate(
            "Training", "You blamed the customer or the carrier"
        ),
        ("ownership", "missing"): QCoreApplication.translate(
            "Training", "Say what you will do (I will …)"
        ),
        ("next_step", "step_and_time"): QCoreApplication.translate(
            "Training", "A concrete next step, with when"
        ),
        ("next_step", "step_no_time"): QCoreApplication.translate(
            "Training", "A next step, but not when: give a time"
        ),
        ("next_step", "time_no_step"): QCoreApplication.translate(
            "Training", "A time, but no concrete step"
        ),
        ("next_step", "missing"): QCoreApplication.translate("Training", "No concrete next step"),
        ("personalization", "name_and_order"): QCoreApplication.translate(
            "Training", "Their name and their order"
        ),
        ("personalization", "name_only"): QCoreApplication.translate(
            "Training", "Their name; mention their order too"
        ),
        ("personalization", "order_only"): QCoreApplication.translate(
            "Training", "Their order; use their name too"
        ),
        ("personalization", "missing"): QCoreApplication.translate(
            "Training", "Use their name and refer to their order"
        ),
        ("tone", "clean"): QCoreApplication.translate("Training", "A kind tone"),
        ("clarity", "ok"): QCoreApplication.translate("Training", "Clear and the right length"),
        ("clarity", "too_short"): QCoreApplication.translate("Training", "Too short to help"),
        ("clarity", "too_long"): QCoreApplication.translate(
            "Training", "Too long: keep to what matters"
        ),
        ("clarity", "long_sentence"): QCoreApplication.translate(
            "Training", "A sentence is too long to follow"
        ),
        ("response_time", "quick"): QCoreApplication.translate("Training", "A quick answer"),
        ("response_time", "slow"): QCoreApplication.translate("Training", "A slow answer"),
        ("response_time", "very_slow"): QCoreApplication.translate(
            "Training", "The customer waited a long time"
        ),
    }
    if criterion == "tone" and reason != "clean":
        parts = {
            "blame": QCoreApplication.translate("Training", "blame"),
            "dismissive": QCoreApplication.translate("Training", "dismissive words"),
            "jargon": QCoreApplication.translate("Training", "jargon"),
        }
        text = QCoreApplication.translate("Training", "Tone: %1").replace(
            "%1", ", ".join(parts.get(p, p) for p in reason.split("+"))
        )
    else:
        text = texts.get((criterion, reason), reason)
    if words:
        text += " (" + ", ".join(f"“{w}”" for w in dict.fromkeys(words)) + ")"
    return text


def mood(anger: int) -> tuple[str, str]:
    """(words, tone colour) for the customer's anger, 0 calm … 4 furious."""
    level = max(0, min(4, anger))
    words, tone = [
        (QCoreApplication.translate("Training", "Calm"), "ok"),
        (QCoreApplication.translate("Training", "Listening"), "ok"),
        (QCoreApplication.translate("Training", "Annoyed"), "warn"),
        (QCoreApplication.translate("Training", "Angry"), "bad"),
        (QCoreApplication.translate("Training", "Furious"), "bad"),
    ][level]
    return f"{'●' * (level + 1)}{'○' * (4 - level)} {words}", tone


class Runner(QWidget):
    """One role-play: the customer speaks, the trainee answers, the score picks the branch."""

    finished = Signal(object, object, object)  # scenario, language, SessionScore (+ lines)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.heading = QLabel(self)
        self.heading.setObjectName("PaneTitle")
        self.heading.setWordWrap(True)
        self.mood = QLabel(self)
        self.mood.setAccessibleName(self.tr("The customer's mood"))
        self.clock = QLabel(self)
        self.clock.setObjectName("Muted")
        self.clock.setAccessibleName(self.tr("Time since the customer wrote"))
        self.briefing = QLabel(self)
        self.briefing.setWordWrap(True)
        self.briefing.setObjectName("Muted")
        self.chat = SafeBrowser(self)
        self.chat.setAccessibleName(self.tr("Role-play"))
        self.composer = QPlainTextEdit(self)
        self.composer.setAccessibleName(self.tr("Your answer"))
        self.composer.setPlaceholderText(self.tr("Answer the customer… (Ctrl+Enter sends)"))
        self.composer.setMaximumHeight(130)
        self.send = QPushButton(self.tr("Answer"), self)
        self.send.clicked.connect(self.answer)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self.composer)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.answer)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mood)
        top.addWidget(self.clock)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.briefing)
        layout.addWidget(self.chat, 1)
        layout.addWidget(self.composer)
        layout.addLayout(row)
        self.elapsed = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._tick)
        self.scenario: Scenario | None = None
        self.language = "en"
        self.node: Node | None = None
        self.answers: list[tuple[str, float | None]] = []
        self.lines: list[tuple[str, str, str]] = []
        self.parts: list[str] = []
        self.started = datetime.now(UTC)
        self.live = True  # response time counts (tests turn it off for determinism)
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        self.composer.setEnabled(on)
        self.send.setEnabled(on)

    def start(self, scenario: Scenario, language: str) -> None:
        self.scenario, self.language = scenario, language
        text = scenario.text(language)
        self.node = scenario.start
        self.answers, self.lines, self.parts = [], [], []
        self.started = datetime.now(UTC)
        self.heading.setText(text.title)
        self.briefing.setText(
            self.tr("You talk to %1. %2")
            .replace("%1", text.persona.name)
            .replace("%2", text.briefing)
        )
        self.chat.clear()
        self._customer_says(self.node)
        self.set_enabled(True)
        self.composer.clear()
        self.composer.setFocus()
        self.ticker.start(1000)

    def _tick(self) -> None:
        s = self.elapsed.elapsed() // 1000
        self.clock.setText(f"{labels.number(s // 60)}:{labels.number(s % 60).rjust(2, '0')}")

    def _customer_says(self, node: Node) -> None:
        assert self.scenario is not None
        text = self.scenario.text(self.language)
        line = text.line(node.id)
        self.lines.append(("customer", node.id, line))
        words, tone = mood(node.anger)
        self.mood.setText(words)
        self.mood.setStyleSheet(f"color: {COLORS[tone]}; font-weight: 600;")
        self._bubble(text.persona.name, line, COLORS["customer_bg"], customer=True)
        self.elapsed.start()
        self._tick()

    def _bubble(self, who: str, body: str, bg: str, customer: bool, extra: str = "") -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = ("right" if rtl else "left") if customer else ("left" if rtl else "right")
        direction = labels.text_direction(body)
        self.parts.append(
            f'<table width="78%" align="{side}" cellpadding="8" style="background:{bg};'
            f' margin-bottom:4px;"><tr><td><div style="color:{COLORS["muted"]};">'
            f"{html.escape(labels.isolate(who))}</div>"
            f'<div dir="{direction}">{html.escape(body).replace(chr(10), "<br/>")}</div>'
            f"{extra}</td></tr></table><table width='100%'><tr><td></td></tr></table>"
        )
        self.chat.setHtml("".join(self.parts))
        bar = self.chat.verticalScrollBar()
        bar.setValue(bar.maximum())

    def answer(self) -> None:
        if self.scenario is None or self.node is None or self.node.is_end:
            return
        text = self.composer.toPlainText().strip()
        if not text:
            return
        seconds = self.elapsed.elapsed() / 1000 if self.live else None
        self.answers.append((text, seconds))
        self.lines.append(("trainee", self.node.id, text))
        session = play(self.scenario, self.language, self.answers, self.scorer())
        turn = session.turns[-1]
        chip = (
            self.tr("%1 points · %2")
            .replace("%1", labels.number(round(100 * turn.result.score)))
            .replace("%2", band_name(turn.result.band.value))
        )
        tone = {"good": "ok", "ok": "warn"}.get(turn.result.band.value, "bad")
        self._bubble(
            self.tr("You"),
            text,
            COLORS["agent_bg"],
            customer=False,
            extra=f'<div style="color:{COLORS[tone]}; font-weight:600;">{html.escape(chip)}</div>',
        )
        self.composer.clear()
        self.node = self.scenario.nodes[session.path[-1]]
        self._customer_says(self.node)
        if self.node.is_end:
            self.ticker.stop()
            self.set_enabled(False)
            self.finished.emit(self.scenario, self.language, (session, list(self.lines)))

    def scorer(self) -> RubricScorer:
        weights = {c: self.settings.get(f"training.weight_{c}") for c in CRITERIA}
        return RubricScorer(self.language, weights)


def band_name(code: str) -> str:
    return {
        "good": QCoreApplication.translate("Training", "good"),
        "ok": QCoreApplication.translate("Training", "could be better"),
        "bad": QCoreApplication.translate("Training", "poor"),
    }.get(code, code)


class TrainingView(QWidget):
    message = Signal(str)

    def __init__(
        self,
        tasks: Tasks,
        settings: Settings,
        agent: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.settings, self.agent = tasks, settings, agent
        role = (agent or {}).get("role")
        # Trainers and leads follow the whole team; an agent or a trainee practises as
        # themselves and sees their own history only; a trainee does not edit the library.
        self.sees_team = agent is None or role in ("trainer", "lead")
        self.edits_library = role != "trainee"
        self.scenarios: dict[str, Scenario] = {}
        self._stored: dict[str, str] = {}
        self.tabs = QTabWidget(self)
        self._build_play()
        self._build_progress()
        self._build_team()
        self._build_library()
        if not self.sees_team:
            self.tabs.removeTab(self.tabs.indexOf(self.team_page))
        if not self.edits_library:
            self.tabs.removeTab(self.tabs.indexOf(self.library_page))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.tabs)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.reload)
        tasks.changed.connect(self._refresh_soon)  # a method: gone with the view
        self.tasks.change(history.ensure_scenarios, lambda _c: self.reload())

    def _refresh_soon(self, _changes: object) -> None:
        self.debounce.start()

    # --- role-play ----------------------------------------------------------------------
    def _build_play(self) -> None:
        page = QWidget()
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Language of the role-play"))
        ui = QLocale().name().split("_")[0]
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui)))
        self.trainee = QComboBox(page)
        self.trainee.setAccessibleName(self.tr("Trainee"))
        self.library = QListWidget(page)
        self.library.setAccessibleName(self.tr("Scenarios"))
        self.library.setWordWrap(True)
        self.library.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.library.itemActivated.connect(lambda _i: self.start())
        self.begin = QPushButton(self.tr("Start role-play"), page)
        self.begin.clicked.connect(self.start)
        self.runner = Runner(self.settings, page)
        self.runner.finished.connect(self._finished)
        self.card = SafeBrowser(page)
        self.card.setAccessibleName(self.tr("Scorecard"))
        self.card.hide()
        left = QWidget(page)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Trainee"), self.trainee)
        lv.addLayout(form)
        lv.addWidget(self.library, 1)
        lv.addWidget(self.begin)
        right = QSplitter(Qt.Orientation.Vertical, page)
        right.addWidget(self.runner)
        right.addWidget(self.card)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 900])
        QVBoxLayout(page).addWidget(split)
        self.language.currentIndexChanged.connect(self._fill_library)
        self.tabs.addTab(page, self.tr("Role-play"))

    def _fill_library(self) -> None:
        lang = self.language.currentData()
        keep = (
            self.library.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.library.currentItem()
            else None
        )
        self.library.clear()
        for sid, s in sorted(self.scenarios.items(), key=lambda kv: (kv[1].difficulty, kv[0])):
            if lang not in s.languages:
                continue
            t = s.text(lang)
            item = QListWidgetItem(f"{'★' * s.difficulty}  {t.title}\n{t.persona.name}")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setToolTip(t.persona.description)
            self.library.addItem(item)
            if sid == keep:
                self.library.setCurrentItem(item)
        if self.library.currentRow() < 0 and self.library.count():
            self.library.setCurrentRow(0)

    def start(self, scenario_id: str | None = None) -> None:
        item = self.library.currentItem()
        sid = scenario_id or (item.data(Qt.ItemDataRole.UserRole) if item else None)
        if sid not in self.scenarios:
            return
        self.card.hide()
        self.runner.start(self.scenarios[sid], self.language.currentData())

    def _finished(
        self, scenario: Scenario, language: str, result: tuple[SessionScore, list[Any]]
    ) -> None:
        session, lines = result
        self.show_card(scenario, language, session)
        trainee = self.trainee.currentData()
        started = self.runner.started
        self.tasks.change(
            lambda conn: history.record(conn, scenario, language, trainee, started, session, lines)[
                1
            ],
            lambda _c: self.message.emit(self.tr("Role-play saved to the trainee's history.")),
        )

    def show_card(self, scenario: Scenario, language: str, session: SessionScore) -> None:
        text = scenario.text(language)
        won = session.outcome is not None and session.outcome.value == "success"
        verdict = (
            self.tr("The customer is satisfied.") if won else self.tr("The customer escalated.")
        )
        passed = self.tr("Passed") if session.passed else self.tr("Not passed yet")
        title = self.tr("Score %1 of 100").replace("%1", labels.number(session.total, 1))
        out = [
            f"<h2>{html.escape(title)}</h2>",
            f"<p><b>{html.escape(verdict)}</b> {html.escape(passed)}</p>",
            "<table cellpadding='3'>",
        ]
        for criterion, v in session.criteria().items():
            share = v["points"] / v["max"] if v["max"] else 0
            tone = "ok" if share >= 0.7 else "warn" if share >= 0.4 else "bad"
            bar = "█" * round(share * 10) + "░" * (10 - round(share * 10))
            out.append(
                f"<tr><td>{html.escape(criterion_name(criterion))}</td>"
                f'<td style="color:{COLORS[tone]};">{bar}</td>'
                f"<td>{labels.number(v['points'], 1)} / {labels.number(v['max'])}</td></tr>"
            )
        out.append("</table>")
        direction = "rtl" if i18n.is_rtl(language) else "ltr"
        for i, turn in enumerate(session.turns, 1):
            head = (
                self.tr("Answer %1: %2 points")
                .replace("%1", labels.number(i))
                .replace("%2", labels.number(round(100 * turn.result.score)))
            )
            out.append(f"<h3>{html.escape(head)}</h3>")
            out.append(f'<p dir="{direction}"><i>{html.escape(turn.answer)}</i></p><ul>')
            for c in turn.result.criteria:
                mark = "✓" if c.points >= c.weight else "✗" if c.points == 0 else "½"
                out.append(f"<li>{mark} {html.escape(feedback(c))}</li>")
            out.append("</ul>")
            model = text.model_answer(turn.node)
            if model:
                label = self.tr("A model answer:")
                out.append(
                    f"<p><b>{html.escape(label)}</b></p>"
                    f'<p dir="{direction}" style="background:{COLORS["ok_bg"]};">'
                    f"{html.escape(model)}</p>"
                )
        self.card.setHtml("".join(out))
        self.card.show()

    # --- progress -----------------------------------------------------------------------
    def _build_progress(self) -> None:
        page = QWidget()
        self.person = QComboBox(page)
        self.person.setAccessibleName(self.tr("Trainee"))
        self.person.currentIndexChanged.connect(self.reload)
        self.trend = plot_widget(self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        self.trend.setTitle(self.tr("Score per role-play"))
        self.trend.setYRange(0, 100)
        self.trend.setMenuEnabled(False)
        self.trend.hideButtons()
        self.trend.setMinimumHeight(220)
        self.weak = QListWidget(page)
        self.weak.setAccessibleName(self.tr("Weakest criteria"))
        self.todo = QListWidget(page)
        self.todo.setAccessibleName(self.tr("Scenarios not passed yet"))
        self.history = QTableWidget(0, 5, page)
        self.history.setAccessibleName(self.tr("Role-plays"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Scenario"),
                self.tr("Language"),
                self.tr("Score"),
                self.tr("Outcome"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("Weakest criteria"), self.weak),
            (self.tr("Scenarios not passed yet"), self.todo),
        ):
            box = QVBoxLayout()
            label = QLabel(title, page)
            label.setObjectName("Muted")
            box.addWidget(label)
            box.addWidget(widget)
            lists.addLayout(box)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Trainee"), page))
        row.addWidget(self.person)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.trend, 2)
        layout.addLayout(lists, 1)
        layout.addWidget(self.history, 2)
        self.tabs.addTab(page, self.tr("Progress"))

    def _build_team(self) -> None:
        page = QWidget()
        self.team = QTableWidget(0, 5, page)
        self.team.setAccessibleName(self.tr("The team's training"))
        self.team.setHorizontalHeaderLabels(
            [
                self.tr("Trainee"),
                self.tr("Role-plays"),
                self.tr("Average"),
                self.tr("Last"),
                self.tr("Scenarios passed"),
            ]
        )
        self.team.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team.verticalHeader().hide()
        self.team.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(page).addWidget(self.team)
        self.tabs.addTab(page, self.tr("Team"))
        self.team_page = page

    # --- scenarios ----------------------------------------------------------------------
    def _build_library(self) -> None:
        page = QWidget()
        self.edit_list = QListWidget(page)
        self.edit_list.setAccessibleName(self.tr("Scenarios"))
        self.edit_list.currentItemChanged.connect(lambda _i, _p: self._load_editor())
        self.edit_lang = QComboBox(page)
        self.edit_lang.setAccessibleName(self.tr("Language to edit"))
        for code, name in i18n.LANGUAGES.items():
            self.edit_lang.addItem(name, code)
        self.edit_lang.currentIndexChanged.connect(self._load_editor)
        self.edit_title = QLineEdit(page)
        self.edit_title.setAccessibleName(self.tr("Title"))
        self.edit_persona = QLineEdit(page)
        self.edit_persona.setAccessibleName(self.tr("Customer's name"))
        self.edit_briefing = QPlainTextEdit(page)
        self.edit_briefing.setAccessibleName(self.tr("Briefing"))
        self.edit_briefing.setMaximumHeight(80)
        self.edit_lines = QTableWidget(0, 3, page)
        self.edit_lines.setAccessibleName(self.tr("The customer's lines"))
        self.edit_lines.setHorizontalHeaderLabels(
            [self.tr("Turn"), self.tr("Mood"), self.tr("Customer says")]
        )
        self.edit_lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.edit_lines.verticalHeader().hide()
        self.preview = SafeBrowser(page)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.edit_error = QLabel(page)
        self.edit_error.setObjectName("Error")
        self.edit_error.setWordWrap(True)
        save = QPushButton(self.tr("Save changes"), page)
        save.clicked.connect(self.save_edits)
        preview = QPushButton(self.tr("Preview"), page)
        preview.clicked.connect(self._preview)
        imp = QPushButton(self.tr("Import…"), page)
        imp.clicked.connect(self._import)
        exp = QPushButton(self.tr("Export…"), page)
        exp.clicked.connect(self._export)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.edit_lang)
        form.addRow(self.tr("Title"), self.edit_title)
        form.addRow(self.tr("Customer's name"), self.edit_persona)
        form.addRow(self.tr("Briefing"), self.edit_briefing)
        editor = QWidget(page)
        ev = QVBoxLayout(editor)
        ev.setContentsMargins(0, 0, 0, 0)
        ev.addLayout(form)
        ev.addWidget(self.edit_lines, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(imp)
        buttons.addWidget(exp)
        buttons.addStretch(1)
        buttons.addWidget(preview)
        buttons.addWidget(save)
        ev.addLayout(buttons)
        ev.addWidget(self.edit_error)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(self.edit_list)
        split.addWidget(editor)
        split.addWidget(self.preview)
        split.setSizes([260, 640, 380])
        QVBoxLayout(page).addWidget(split)
        self.tabs.addTab(page, self.tr("Scenarios"))
        self.library_page = page

    def _editing(self) -> tuple[str, str] | None:
        item = self.edit_list.currentItem()
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), self.edit_lang.currentData()

    def _load_editor(self) -> None:
        target = self._editing()
        if target is None or target[0] not in self.scenarios:
            return
        sid, lang = target
        s = self.scenarios[sid]
        t = s.text(lang)
        self.edit_title.setText(t.title)
        self.edit_persona.setText(t.persona.name)
        self.edit_briefing.setPlainText(t.briefing)
        nodes = list(s.nodes.values())
        self.edit_lines.setRowCount(len(nodes))
        for r, node in enumerate(nodes):
            ident = QTableWidgetItem(node.id)
            ident.setFlags(ident.flags() & ~Qt.ItemFlag.ItemIsEditable)
            anger = QTableWidgetItem(mood(node.anger)[0])
            anger.setFlags(anger.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.edit_lines.setItem(r, 0, ident)
            self.edit_lines.setItem(r, 1, anger)
            self.edit_lines.setItem(r, 2, QTableWidgetItem(t.line(node.id)))
        self.edit_error.clear()
        self._preview()

    def edited_json(self) -> str | None:
        """The scenario's file with this language's texts as the form has them."""
        target = self._editing()
        if target is None:
            return None
        sid, lang = target
        # the stored text (shipped or edited) is what gets changed, field by field
        source = self._stored.get(sid)
        if source is None:
            return None
        data = json.loads(source)
        block = data["languages"][lang]
        block["title"] = self.edit_title.text().strip()
        block["persona"]["name"] = self.edit_persona.text().strip()
        block["briefing"] = self.edit_briefing.toPlainText().strip()
        for r in range(self.edit_lines.rowCount()):
            node = self.edit_lines.item(r, 0).text()
            block["script"][node] = self.edit_lines.item(r, 2).text().strip()
        return json.dumps(data, ensure_ascii=False, indent=1)

    def _preview(self) -> None:
        """The customer's side of the all-good path, as the trainee will read it."""
        target = self._editing()
        if target is None or target[0] not in self.scenarios:
            return
        sid, lang = target
        s = self.scenarios[sid]
        lines = {
            self.edit_lines.item(r, 0).text(): self.edit_lines.item(r, 2).text()
            for r in range(self.edit_lines.rowCount())
        }
        from agentdesk.training.scenarios import Band

        node = s.start
        out = [f"<h3>{html.escape(self.edit_title.text())}</h3>"]
        direction = "rtl" if i18n.is_rtl(lang) else "ltr"
        while True:
            out.append(
                f'<p dir="{direction}"><b>{html.escape(mood(node.anger)[0])}</b><br/>'
                f"{html.escape(lines.get(node.id, ''))}</p>"
            )
            if node.is_end:
                break
            node = s.next(node.id, Band.GOOD)
        self.preview.setHtml("".join(out))

    def save_edits(self) -> None:
        text = self.edited_json()
        if text is None:
            return

        def write(conn: sqlite3.Connection) -> Changes:
            return history.save_scenario(conn, text)[1]

        self.tasks.change(
            write,
            lambda _c: (self.message.emit(self.tr("Scenario saved.")), self.reload()),
            lambda message: self.edit_error.setText(message),
        )

    def import_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self.edit_error.setText(self.tr("Cannot read %1.").replace("%1", str(path)))
            return

        def write(conn: sqlite3.Connection) -> Changes:
            return history.save_scenario(conn, text)[1]

        self.tasks.change(
            write,
            lambda _c: (self.message.emit(self.tr("Scenario imported.")), self.reload()),
            lambda message: self.edit_error.setText(message),
        )

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a scenario"), str(Path.home()), "JSON (*.json)"
        )
        if path:
            self.import_file(Path(path))

    def export_file(self, scenario_id: str, path: Path) -> None:
        text = self._stored.get(scenario_id)
        if text is not None:
            path.write_text(text, encoding="utf-8")
            self.message.emit(self.tr("Scenario exported to %1.").replace("%1", str(path)))

    def _export(self) -> None:
        target = self._editing()
        if target is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the scenario"),
            str(Path.home() / f"{target[0]}.json"),
            "JSON (*.json)",
        )
        if path:
            self.export_file(target[0], Path(path))

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        person = self.person.currentData()

        def load(conn: sqlite3.Connection) -> tuple[Any, ...]:
            stored = {
                sid: history.scenario_text(conn, sid)
                for (sid,) in conn.execute("SELECT id FROM training_scenarios")
            }
            people = conn.execute("SELECT id, name, role FROM agents ORDER BY name").fetchall()
            return (
                history.library(conn),
                stored,
                people,
                history.sessions(conn, person) if person else [],
                history.criteria_shares(conn, person) if person else {},
                history.team(conn),
            )

        self.tasks.query(load, self.tasks.latest(f"training-{id(self)}", self._loaded))

    def _loaded(self, out: tuple[Any, ...]) -> None:
        scenarios, stored, people, sessions, shares, team = out
        self.scenarios, self._stored = scenarios, {k: v for k, v in stored.items() if v}
        if self.person.count() == 0 and people:  # the team arrived: choose, then read history
            me = (self.agent or {}).get("id")
            for combo in (self.trainee, self.person):
                combo.blockSignals(True)
                for pid, name, _role in people:
                    if self.sees_team or pid == me:
                        combo.addItem(name, pid)
                combo.setCurrentIndex(max(0, combo.findData(me)))
                combo.blockSignals(False)
            self.reload()
        self._fill_library()
        keep = (
            self.edit_list.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.edit_list.currentItem()
            else None
        )
        self.edit_list.blockSignals(True)
        self.edit_list.clear()
        for sid, s in sorted(scenarios.items()):
            item = QListWidgetItem(s.text("en").title if "en" in s.languages else sid)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.edit_list.addItem(item)
            if sid == keep:
                self.edit_list.setCurrentItem(item)
        self.edit_list.blockSignals(False)
        if self.edit_list.currentRow() < 0 and self.edit_list.count():
            self.edit_list.setCurrentRow(0)
            self._load_editor()
        self._show_progress(sessions, shares)
        self._show_team(team if self.sees_team else [])

    def _show_progress(self, sessions: list[dict[str, Any]], shares: dict[str, float]) -> None:
        plot = self.trend
        plot.clear()
        if sessions:
            x = np.arange(len(sessions), dtype=float)
            y = np.array([s["total_score"] or 0 for s in sessions], dtype=float)
            plot.plot(
                x,
                y,
                pen=pg.mkPen(COLORS["accent"], width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=COLORS["accent"],
                symbolPen=None,
            )
            plot.addItem(
                pg.InfiniteLine(
                    pos=70, angle=0, pen=pg.mkPen(COLORS["ok"], style=Qt.PenStyle.DashLine)
                )
            )
        self.weak.clear()
        for criterion, share in sorted(shares.items(), key=lambda kv: kv[1])[:4]:
            self.weak.addItem(f"{criterion_name(criterion)}: {labels.percent(100 * share)}")
        passed = {s["scenario_id"] for s in sessions if s["passed"]}
        lang = self.language.currentData()
        self.todo.clear()
        for sid, s in sorted(self.scenarios.items()):
            if sid not in passed and lang in s.languages:
                self.todo.addItem(s.text(lang).title)
        self.history.setRowCount(len(sessions))
        for r, s in enumerate(reversed(sessions)):
            scenario = self.scenarios.get(s["scenario_id"])
            title = (
                scenario.text(s["language"]).title
                if scenario and s["language"] in scenario.languages
                else s["scenario_id"]
            )
            outcome = self.tr("Satisfied") if s["outcome"] == "success" else self.tr("Escalated")
            cells = (
                labels.when(s["started_at"]),
                title,
                i18n.LANGUAGES.get(s["language"], ""),
                labels.number(s["total_score"], 1),
                outcome,
            )
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))

    def _show_team(self, team: list[dict[str, Any]]) -> None:
        self.team.setRowCount(len(team))
        for r, p in enumerate(team):
            cells = (
                p["trainee"] or "",
                labels.number(p["sessions"]),
                labels.number(p["average"], 1),
                labels.number(p["last"], 1),
                labels.number(p["passed"]),
            )
            for c, text in enumerate(cells):
                self.team.setItem(r, c, QTableWidgetItem(text))
