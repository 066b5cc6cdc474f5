"""`agentdesk screenshot`: render a view offscreen to PNG, in any language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from agentdesk.store.errors import UserError

VIEW_TARGET = {"ticket": "inbox", "customer": "customers"}


def render(
    db: Path,
    view: str,
    out: Path,
    language: str,
    size: tuple[int, int],
    theme_choice: str = "light",
) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from agentdesk.ui.app import make_app
    from agentdesk.ui.main_window import VIEWS, MainWindow

    app = make_app(language, theme_choice)
    window = MainWindow(db, language, remember_layout=False, listen=False)
    try:
        target = VIEW_TARGET.get(view, view)
        if target not in VIEWS:
            raise UserError(f"There is no view called {view}.")
        window.resize(*size)
        window.show_view(target)
        window.show()
        window.tasks.wait_idle()
        if view == "ticket" and window.inbox.model.rowCount():
            window.inbox.select(0)
        if view == "training" and window.training is not None:
            _play_model_answers(window)
        window.tasks.wait_idle()
        for _ in range(3):  # charts widen their axes to the labels on the first paint
            window.grab()
            app.processEvents()
        if not window.grab().save(str(out), "PNG"):
            raise UserError(f"Cannot write {out}.")
    finally:
        window.close()


def _play_model_answers(window: Any) -> None:
    """A real role-play for the picture: the lost-parcel scenario answered with its model
    answers, through the runner, ending on the scorecard."""
    view = window.training
    window.tasks.wait_idle()
    for i in range(view.library.count()):
        if view.library.item(i).data(0x0100) == "lost-parcel":
            view.library.setCurrentRow(i)
    view.start()
    runner = view.runner
    runner.live = False
    for _ in range(6):
        if runner.node is None or runner.node.is_end:
            break
        answer = runner.scenario.text(runner.language).model_answer(runner.node.id)
        if not answer:
            break
        runner.composer.setPlainText(answer)
        runner.answer()
    window.tasks.wait_idle()
