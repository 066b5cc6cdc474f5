"""The settings dialog is built from the declared settings and saves only valid values."""

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from agentdesk.settings import DECLARED, Settings


def test_every_declared_setting_has_a_field_and_valid_changes_are_saved(qtbot, tmp_path):
    from agentdesk.ui.settings_dialog import SettingsDialog

    settings = Settings(tmp_path / "s.json")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {s.name for s in DECLARED}
    assert isinstance(dialog.fields["ui.language"], QComboBox)
    chat = dialog.fields["sla.chat_minutes"]
    assert isinstance(chat, QSpinBox) and chat.value() == 10
    chat.setValue(12)
    question = dialog.fields["survey.csat_question.da"]
    assert isinstance(question, QLineEdit) and "tilfreds" in question.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    again = Settings(tmp_path / "s.json")  # from the file, as the next start reads it
    assert again.get("sla.chat_minutes") == 12
    assert again.sla_minutes("chat") == 12


def test_a_wrong_value_is_explained_and_nothing_is_saved(qtbot, tmp_path):
    from agentdesk.ui.settings_dialog import SettingsDialog

    settings = Settings(tmp_path / "s.json")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.fields["sla.phone_minutes"].setValue(30)
    dialog.fields["kpi.time_zone"].setText("Mars/Olympus")
    dialog.save()
    assert "Mars/Olympus is not a time zone" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert Settings(tmp_path / "s.json").get("sla.phone_minutes") == 15
    dialog.fields["kpi.time_zone"].setText("Asia/Jakarta")
    dialog.save()
    assert Settings(tmp_path / "s.json").get("kpi.time_zone") == "Asia/Jakarta"
