"""Every UI string is in every .ts file and finished; the compiled translation really loads."""

import html
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from agentdesk.ui import translations

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("da", "ar", "id", "vi")


def sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found = set()
    for ctx in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for src in re.findall(r"<source>(.*?)</source>", ctx.group(2), re.S):
            found.add((ctx.group(1), html.unescape(src)))
    return found


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory) -> set[tuple[str, str]]:
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "agentdesk" / "ui").rglob("*.py"))
    files.append(str(ROOT / "agentdesk" / "settings.py"))  # setting descriptions
    lupdate = Path(translations.lrelease()).with_name("lupdate")
    subprocess.run([str(lupdate), "-silent", *files, "-ts", str(out)], check=True)
    return sources(out)


@pytest.mark.parametrize("lang", LANGS)
def test_translation_covers_every_ui_string_and_is_finished(code_strings, lang):
    ts = ROOT / "resources" / "translations" / f"agentdesk_{lang}.ts"
    missing = code_strings - sources(ts)
    assert not missing, f"run tools/i18n.sh and translate: {sorted(missing)[:5]}"
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text


def test_window_speaks_danish_and_arabic(qtbot, demo_db, tmp_path):
    from agentdesk.settings import Settings
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        for lang, expected in (("da", "Kunder"), ("ar", "العملاء")):
            install_language(app, lang)
            w = MainWindow(demo_db, lang, Settings(tmp_path / "s.json"))
            qtbot.addWidget(w)
            assert w.nav_buttons["customers"].text() == expected
            w.tasks.wait_idle()
            w.tasks.close()
    finally:
        install_language(app, "en")


def test_no_ui_string_hides_inside_an_f_string():
    """lupdate cannot read tr() inside an f-string: such a text would stay English."""
    pattern = re.compile(r"""\bf(["']).*?\b(tr|translate)\(""")
    offenders = [
        f"{path.name}:{n}"
        for path in (ROOT / "agentdesk" / "ui").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not offenders, offenders


def test_english_has_every_plural_form(tmp_path):
    """English needs its own plural forms too, or it would say "2 ticket(s)"."""
    out = tmp_path / "plurals.ts"
    files = sorted(str(p) for p in (ROOT / "agentdesk" / "ui").rglob("*.py"))
    lupdate = Path(translations.lrelease()).with_name("lupdate")
    subprocess.run([str(lupdate), "-silent", "-pluralonly", *files, "-ts", str(out)], check=True)
    ts = ROOT / "resources" / "translations" / "agentdesk_en.ts"
    missing = sources(out) - sources(ts)
    assert not missing, f"run tools/i18n.sh: {sorted(missing)[:5]}"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


def test_translate_is_never_called_through_an_alias():
    """lupdate reads only QCoreApplication.translate("Context", "text") and self.tr("text");
    `tr = QCoreApplication.translate` files the texts under the wrong context."""
    offenders = [
        f"{path.name}:{n}"
        for path in (ROOT / "agentdesk" / "ui").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"=\s*QCoreApplication\.translate\s*$", line)
        or re.search(r"(?<![\w.])tr\(", line)
    ]
    assert not offenders, offenders
