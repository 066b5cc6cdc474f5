"""A complete role-play through the widgets: the customer's lines branch on the answers, the
scorecard explains each point, and the trainee's history records the session."""

from PySide6.QtCore import Qt

from tests.training.test_lexicon import BAD, GOOD


def training(window, qtbot):
    window.show_view("training")
    view = window.training
    assert window.tasks.wait_idle()
    qtbot.waitUntil(lambda: view.library.count() >= 12, timeout=5000)
    return view


def play_through(view, qtbot, window, answer):
    runner = view.runner
    runner.live = False  # no response-time points: the test is not timed
    lost = next(
        i
        for i in range(view.library.count())
        if view.library.item(i).data(Qt.ItemDataRole.UserRole) == "lost-parcel"
    )
    view.library.setCurrentRow(lost)
    qtbot.mouseClick(view.begin, Qt.MouseButton.LeftButton)
    assert runner.composer.isEnabled()
    assert "4821" in runner.chat.toPlainText()  # the customer's opening line
    for _ in range(6):
        if not runner.composer.isEnabled():
            break
        runner.composer.setPlainText(answer)
        qtbot.keyClick(runner.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not runner.composer.isEnabled(), "the role-play reached an ending"
    assert window.tasks.wait_idle()


def test_a_good_role_play_ends_well_and_is_recorded(window, qtbot):
    view = training(window, qtbot)
    qtbot.waitActive(window)
    play_through(view, qtbot, window, GOOD["en"])
    card = view.card.toPlainText()
    assert "The customer is satisfied." in card and "Passed" in card
    assert "You named the problem" in card and "“I can see”" in card
    row = window.conn.execute(
        "SELECT scenario_id, outcome, total_score, trainee_id FROM training_sessions "
        "ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    assert row[:2] == ("lost-parcel", "success") and row[2] >= 80
    assert row[3] == view.trainee.currentData()
    turns = window.conn.execute(
        "SELECT count(*) FROM training_turns t JOIN training_sessions s ON s.id = t.session_id "
        "WHERE s.rowid = (SELECT max(rowid) FROM training_sessions)"
    ).fetchone()[0]
    assert turns >= 5  # customer, trainee, customer, trainee, …, the ending
    view.tabs.setCurrentIndex(1)
    view.reload()
    assert window.tasks.wait_idle()
    assert view.history.rowCount() >= 1
    assert view.history.item(0, 4).text() == "Satisfied"
    # an agent sees their own history, not the team's (a trainer's: tests/ui/test_security.py)
    assert view.team.rowCount() == 0


def test_a_blaming_role_play_escalates_and_explains_why(window, qtbot):
    view = training(window, qtbot)
    qtbot.waitActive(window)
    play_through(view, qtbot, window, BAD["en"])
    card = view.card.toPlainText()
    assert "The customer escalated." in card and "Not passed yet" in card
    assert "You blamed the customer or the carrier" in card
    assert "“Calm down”" in card
    assert "Furious" in view.runner.mood.text()


def test_editing_a_scenario_saves_it_validated_and_export_import_round_trip(
    window, qtbot, tmp_path
):
    view = training(window, qtbot)
    view.tabs.setCurrentIndex(3)
    row = next(
        i
        for i in range(view.edit_list.count())
        if view.edit_list.item(i).data(Qt.ItemDataRole.UserRole) == "lost-parcel"
    )
    view.edit_list.setCurrentRow(row)
    view.edit_lang.setCurrentIndex(view.edit_lang.findData("en"))
    view.edit_title.setText("Lost parcel: six days without a scan")
    view.save_edits()
    assert window.tasks.wait_idle()
    stored = window.conn.execute(
        "SELECT data, updated_at FROM training_scenarios WHERE id = 'lost-parcel'"
    ).fetchone()
    assert "six days without a scan" in stored[0] and stored[1]
    # a broken edit is refused with a sentence, and nothing changes
    view.edit_lines.item(0, 2).setText("")
    view.save_edits()
    assert window.tasks.wait_idle()
    assert view.edit_error.text()
    path = tmp_path / "lost.json"
    view.export_file("lost-parcel", path)
    assert "six days without a scan" in path.read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x"}', encoding="utf-8")
    view.import_file(broken)
    assert window.tasks.wait_idle()
    assert "x.json" in view.edit_error.text() or "cannot" in view.edit_error.text().lower()
