"""When the disk or the cache file fails: what the agent is told, and the damaged-cache dialog.

- `trouble_text(kind)`: the one sentence for a write the disk refused (full, I/O error,
  read-only, busy) or a damaged file; the text being written stays where it was.
- `DamagedDialog`: at start-up (or when the background check finds damage) says in one
  sentence what is wrong and offers "Rebuild from the shop", "Open another…" and "Quit".
- `prepare(path, settings)`: the start-up check; returns the cache to open (the same one,
  rebuilt, or another the agent chose), or None to quit.
- `Guard(window)`: tells the agent about refused writes (a message box and the status bar),
  checks every page of the cache in the background a while after start-up, and offers the
  rebuild when damage shows up while the console runs (the window closes, `app.run`
  rebuilds and opens a new one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.settings import Settings
from agentdesk.store import rescue
from agentdesk.store.errors import CacheError


def trouble_text(kind: str) -> str:
    texts = {
        "full": QCoreApplication.translate(
            "Rescue",
            "The disk is full, so this was not saved; free some space and save again. "
            "Your text is still here and everything saved before is safe.",
        ),
        "io": QCoreApplication.translate(
            "Rescue",
            "The disk reported an error, so this was not saved; save again, and have the disk "
            "checked if it keeps happening. Your text is still here.",
        ),
        "readonly": QCoreApplication.translate(
            "Rescue", "The cache file cannot be written to, so this was not saved."
        ),
        "busy": QCoreApplication.translate(
            "Rescue", "The cache is busy in another program, so this was not saved; try again."
        ),
        "damaged": QCoreApplication.translate(
            "Rescue",
            "The cache file is damaged, so this was not saved; restart AgentDesk to rebuild it "
            "from the shop.",
        ),
    }
    return texts.get(kind, texts["io"])


class DamagedDialog(QDialog):
    REBUILD, OTHER, QUIT = 1, 2, 0

    def __init__(self, damage: rescue.Damage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The cache is damaged"))
        self.setAccessibleName(self.tr("The cache is damaged"))
        layout = QVBoxLayout(self)
        self.message = QLabel(damage.sentence)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if damage.rebuildable:
            offer = self.tr(
                "AgentDesk can rebuild it from the shop: the changes not yet sent are saved to "
                "a file beside it first and sent afterwards, and the damaged file is kept."
            )
        else:
            offer = self.tr("Update AgentDesk to open this cache, or open another one.")
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        row = QHBoxLayout()
        self.rebuild_button = QPushButton(self.tr("Rebuild from the shop"))
        self.rebuild_button.setVisible(damage.rebuildable)
        self.other_button = QPushButton(self.tr("Open another…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        for button, code in (
            (self.rebuild_button, self.REBUILD),
            (self.other_button, self.OTHER),
            (self.quit_button, self.QUIT),
        ):
            button.clicked.connect(lambda _=False, c=code: self.done(c))
            row.addWidget(button)
        layout.addLayout(row)
        (self.rebuild_button if damage.rebuildable else self.other_button).setDefault(True)


def rebuilt_text(result: rescue.Rebuilt, connected: bool) -> str:
    parts = [
        QCoreApplication.translate(
            "Rescue", "The cache was rebuilt; the damaged file is kept as %1."
        ).replace("%1", str(result.damaged))
    ]
    if result.outbox_file is not None:
        saved = QCoreApplication.translate(
            "Rescue", "Changes not yet sent: %1, saved to %2; they wait in the outbox."
        )
        count = QLocale().toString(result.kept)
        parts.append(saved.replace("%1", count).replace("%2", str(result.outbox_file)))
    if result.problem:
        parts.append(result.problem)
    parts.append(
        QCoreApplication.translate("Rescue", "The console now fills it from the shop.")
        if connected
        else QCoreApplication.translate(
            "Rescue",
            "No shop is connected: connect one (Sync ▸ Connect to the shop…) to fill it.",
        )
    )
    return " ".join(parts)


def _connected(settings: Settings) -> bool:
    return bool(settings.get("sync.backend") and settings.get("sync.url"))


def offer(
    damage: rescue.Damage, path: Path, settings: Settings, parent: QWidget | None = None
) -> Path | None:
    """Ask what to do with a damaged cache; the cache to open then, or None to quit."""
    dialog = DamagedDialog(damage, parent)
    choice = dialog.exec()
    if choice == DamagedDialog.REBUILD:
        return path if rebuild_now(path, settings, parent) else None
    if choice == DamagedDialog.OTHER:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("DamagedDialog", "Open another cache"),
            str(path.parent),
            QCoreApplication.translate(
                "DamagedDialog", "AgentDesk caches (*.sqlite);;All files (*)"
            ),
        )
        return Path(name) if name else None
    return None


def prepare(path: Path, settings: Settings, parent: QWidget | None = None) -> Path | None:
    """The start-up check: the cache to open, or None when the agent chose to quit."""
    for _ in range(10):  # another file chosen may be damaged too
        damage = rescue.look(path)
        if damage is None:
            return path
        chosen = offer(damage, path, settings, parent)
        if chosen is None:
            return None
        path = chosen
    return None


class Guard(QObject):
    DEEP_CHECK_S = 20.0  # after start-up, once: SQLite's quick_check of every page

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = window.tasks  # type: ignore[attr-defined]
        self.path: Path = window.db_path  # type: ignore[attr-defined]
        self.settings: Settings = window.settings  # type: ignore[attr-defined]
        self.box: QMessageBox | None = None
        self.damage: rescue.Damage | None = None
        self.rebuild_requested = False
        self.tasks.trouble.connect(self.on_trouble)
        if self.DEEP_CHECK_S >= 0:
            QTimer.singleShot(int(self.DEEP_CHECK_S * 1000), self, self.deep_check)

    def on_trouble(self, kind: str) -> None:
        text = trouble_text(kind)
        self.window.statusBar().showMessage(text, 30_000)
        if kind == "damaged":
            self.found(rescue.Damage(text))
            return
        if self.box is not None and self.box.isVisible():
            return
        self.box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self.window
        )
        self.box.setObjectName("not_saved")
        self.box.open()  # not modal to the work: the agent can copy the text away

    def deep_check(self) -> None:
        path = self.path
        self.tasks.query(lambda _conn: rescue.deep_look(path), self._checked)

    def _checked(self, damage: rescue.Damage | None) -> None:
        if damage is not None:
            self.found(damage)

    def found(self, damage: rescue.Damage) -> None:
        """Damage seen while the console runs: offer to rebuild (the window closes)."""
        if self.damage is not None:
            return
        self.damage = damage
        dialog = DamagedDialog(damage, self.window)
        dialog.other_button.setVisible(False)
        dialog.quit_button.setText(self.tr("Keep working"))
        if dialog.exec() == DamagedDialog.REBUILD:
            self.rebuild_requested = True
            self.window.close()


def rebuild_now(path: Path, settings: Settings, parent: QWidget | None = None) -> bool:
    """The rebuild the running console asked for; False when it could not be done."""
    title = QCoreApplication.translate("DamagedDialog", "The cache is damaged")
    try:
        result = rescue.rebuild(path)
    except CacheError as exc:
        QMessageBox.critical(parent, title, str(exc))
        return False
    box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=parent)
    box.setText(rebuilt_text(result, _connected(settings)))
    box.setObjectName("rebuilt")
    box.exec()
    return True
