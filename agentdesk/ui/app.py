"""Starting the console: QApplication, language and direction, theme, main window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from agentdesk import i18n
from agentdesk.settings import Settings
from agentdesk.ui import theme, translations


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Load AgentDesk's and Qt's own translations; mirror the layout for right-to-left."""
    QLocale.setDefault(QLocale(language))
    for old in getattr(app, "_agentdesk_translators", []):
        app.removeTranslator(old)
    loaded = []
    own = translations.compiled(language)  # English too: its plural forms
    candidates = [(str(own), "")] if own else []
    candidates.append(
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    app._agentdesk_translators = loaded  # type: ignore[attr-defined]
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if i18n.is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )
    return loaded


DESKTOP_ID = "dk.agentdesk.AgentDesk"


def make_app(language: str, theme_choice: str = "light") -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("AgentDesk")
    app.setOrganizationName("AgentDesk")
    # the installed desktop entry (packaging/): Wayland docks match windows to it and its icon
    app.setDesktopFileName(DESKTOP_ID)
    install_language(app, language)
    theme.apply(app, theme_choice)
    return app


def _private_folders() -> None:
    """AgentDesk's folders are their owner's only (0700), also those Qt writes into itself
    (QSettings' window layout in the config folder)."""
    import contextlib

    from agentdesk import paths

    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir()):
        with contextlib.suppress(OSError):
            paths.private_dir(folder)


def _report_crashes() -> None:
    """Crash reports from the first line on, without loading the log machinery (logging's
    handlers, the redaction patterns: tens of milliseconds) before the first frame: an
    uncaught exception before `_log_to_file` installs the handler and goes to it."""

    def first(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        _full_reports()
        sys.excepthook(kind, error, tb)

    def first_thread(args: threading.ExceptHookArgs) -> None:
        _full_reports()
        threading.excepthook(args)

    sys.excepthook = first
    threading.excepthook = first_thread
    _early.append(first)


_early: list[object] = []


def _full_reports() -> None:
    from agentdesk import logs

    sys.excepthook, threading.excepthook = sys.__excepthook__, threading.__excepthook__
    _early.clear()
    logs.install_crash_handler()


def _log_to_file() -> None:
    from agentdesk import logs

    logs.setup()  # the user's log folder; secrets redacted, files 0600
    if _early:  # no crash so far: the early hook gives way to the full one
        _full_reports()


def run(db_path: Path, language: str | None, pop: dict[str, str] | None = None) -> int:
    _report_crashes()
    _private_folders()
    settings = Settings()
    lang = i18n.choose(language or settings.get("ui.language") or None)
    app = make_app(lang, settings.get("ui.theme"))
    from agentdesk.store import rescue as damage
    from agentdesk.ui.main_window import MainWindow

    while True:
        # a damaged cache: one sentence, and the offer to rebuild it (or open another)
        if damage.look(db_path) is not None:
            from agentdesk.ui import rescue

            chosen = rescue.prepare(db_path, settings)
            if chosen is None:
                return 1
            db_path = chosen
        window = MainWindow(db_path, lang, settings)
        window.tasks.later(_log_to_file)  # after the first frame
        window.resize(1440, 900)
        window.show()
        if pop:
            window.pop(pop)
            pop = None
        code = app.exec()
        # damage found while it ran: rebuild, reopen
        if window.guard is None or not window.guard.rebuild_requested:
            return code
        from agentdesk.ui import rescue

        if not rescue.rebuild_now(db_path, settings):
            return 1
