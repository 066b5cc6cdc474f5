import pytest

from agentdesk.settings import Settings


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    from PySide6.QtWidgets import QApplication

    from agentdesk.ui import theme
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    install_language(QApplication.instance(), "en")
    theme.apply(QApplication.instance())
    w = MainWindow(demo_db, "en", Settings(tmp_path / "settings.json"))
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.show()
    assert w.tasks.wait_idle()
    yield w
    w.tasks.close()
