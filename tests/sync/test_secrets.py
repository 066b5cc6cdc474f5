"""Secrets and private files (Qt-free): a shop token lives in the keyring only; the cache,
settings, log and crash reports never hold it and are readable by their owner only."""

from __future__ import annotations

import base64
import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from agentdesk import logs, paths
from agentdesk.cli import main
from agentdesk.settings import Settings
from agentdesk.store.db import open_cache
from agentdesk.sync import credentials
from tests.sync.fakes.woocommerce import WooShop
from tests.sync.keyring_file import FileKeyring

KEY = "ck_CANARY5c1e0f7a2b9d44e8"
SECRET = "cs_CANARY8d3f6a1e0c7b52a9"
TOKEN = f"{KEY}:{SECRET}"
# every form the credentials could take on their way out
FORMS = (KEY, SECRET, TOKEN, base64.b64encode(TOKEN.encode()).decode())


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Path]:
    """A real keyring backend whose file lies outside every folder AgentDesk writes."""
    before = keyring.get_keyring()
    path = tmp_path / "vault" / "keyring.json"
    keyring.set_keyring(FileKeyring(path))
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def hooks() -> Iterator[None]:
    """The crash handler is installed for the test, then the previous hooks come back."""
    before = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = before
    logs.shutdown()


def _user_files() -> list[Path]:
    """Every file under the cache, data, settings and log folders (the cache, its -wal and
    -shm, settings.json, agentdesk.log*, crash-*.txt)."""
    found = []
    for folder in (paths.data_dir(), paths.cache_dir(), paths.config_dir(), paths.log_dir()):
        if folder.exists():
            found += [p for p in folder.rglob("*") if p.is_file()]
    return found


def _leaks(files: list[Path]) -> list[str]:
    out = []
    for f in files:
        raw = f.read_bytes()
        for form in FORMS:
            if form.encode() in raw:
                out.append(f"{f.name} holds {form[:12]}…")
    return out


def _crash_in_thread(url: str) -> None:
    def work() -> None:
        token = credentials.get("woocommerce", url)  # a local: crash reports leave them out
        raise ConnectionError(f"the worker failed talking with token {token}")

    t = threading.Thread(target=work, name="agentdesk-sync-test")
    t.start()
    t.join()


def test_a_token_is_in_the_keyring_only_never_in_cache_settings_log_or_crash_reports(
    vault: Path, hooks: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("AGENTDESK_TOKEN", raising=False)
    monkeypatch.setenv("AGENTDESK_LOG_LEVEL", "DEBUG")
    with WooShop(key=KEY, secret=SECRET) as shop:
        for i in range(12):
            shop.add_order(shop.add_customer(f"Kunde{i}", "Jensen"))
        credentials.store("woocommerce", shop.url, TOKEN)
        settings = Settings()
        settings.set("sync.backend", "woocommerce")
        settings.set("sync.url", shop.url)
        db = paths.default_cache()
        logs.install_crash_handler()
        # a real sync through the command, logging at DEBUG, with faults on the way:
        # a 500 and a cut-off answer (retried), then a refused key (the sync fails)
        shop.fail("status", times=1, status=500, path="/customers")
        shop.fail("truncate", times=1, path="/orders")
        assert main(["sync", "--db", str(db), "--backend", "woocommerce", "--url", shop.url,
                     "--once", "--page", "5"]) == 0  # fmt: skip
        shop.secret = "cs_changed_in_the_shop"
        assert main(["sync", "--db", str(db), "--backend", "woocommerce", "--url", shop.url,
                     "--once"]) == 1  # fmt: skip
        assert open_cache(db).conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 12
        # an uncaught exception on a thread, and one on the main thread (through the hook),
        # both with the token in their message
        _crash_in_thread(shop.url)
        try:
            raise RuntimeError(f"Authorization: Basic {FORMS[3]} failed for {KEY}")
        except RuntimeError as e:
            sys.excepthook(type(e), e, e.__traceback__)
        logging.getLogger("agentdesk.test").error("shop said: consumer_secret=%s", SECRET)
        logs.shutdown()

    assert TOKEN in vault.read_text(encoding="utf-8")  # the keyring has it
    files = _user_files()
    names = {f.name for f in files}
    assert {"cache.sqlite", "settings.json", "agentdesk.log"} <= names, names
    crashes = [f for f in files if f.name.startswith("crash-")]
    assert len(crashes) == 2, names
    log_text = (paths.log_dir() / "agentdesk.log").read_text(encoding="utf-8")
    assert "HTTP 200" in log_text and "retry" in log_text and "[redacted]" in log_text
    assert any("ConnectionError" in c.read_text(encoding="utf-8") for c in crashes)
    assert not _leaks(files), _leaks(files)
    out = capsys.readouterr()
    assert not [f for f in FORMS if f in out.out + out.err]
    # the SQLite file's raw bytes, its WAL and shared memory too (listed above when present)
    assert not _leaks([p for p in db.parent.iterdir() if p.name.startswith(db.name)])


def test_cache_settings_log_crash_and_export_files_are_private_whatever_the_umask(
    hooks: None, tmp_path: Path
) -> None:
    from agentdesk.store.interchange import export_file

    old = os.umask(0o022)
    try:
        db = paths.default_cache()
        conn = open_cache(db, create=True).conn
        conn.execute("INSERT INTO agents(id, name, role) VALUES ('a1', 'Aya', 'agent')")
        conn.commit()
        Settings().set("ui.theme", "dark")
        log = logs.setup(logging.INFO)
        handler = logging.getLogger("agentdesk").handlers[-1]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.maxBytes = 300  # roll over a few times
        for i in range(20):
            logging.getLogger("agentdesk.test").info("line %d %s", i, "x" * 40)
        try:
            raise ValueError("boom")
        except ValueError as e:
            crash = logs.crash_report(type(e), e, e.__traceback__)
        exported = tmp_path / "export.jsonl"
        assert export_file(conn, exported) == 1
        files = [
            db,
            Path(f"{db}-wal"),
            Path(f"{db}-shm"),
            Settings().path,
            log,
            log.with_name("agentdesk.log.1"),
            crash,
            exported,
        ]
        modes = {f.name: oct(f.stat().st_mode & 0o777) for f in files}
        assert set(modes.values()) == {"0o600"}, modes
        folders = {paths.data_dir(), paths.config_dir(), paths.log_dir()}
        dmodes = {str(d): oct(d.stat().st_mode & 0o777) for d in folders}
        assert set(dmodes.values()) == {"0o700"}, dmodes
        conn.close()
    finally:
        os.umask(old)
        logs.shutdown()


def test_an_existing_cache_folder_of_agentdesk_is_tightened_a_chosen_one_left_alone(
    tmp_path: Path,
) -> None:
    ours = paths.data_dir()
    ours.mkdir(parents=True, mode=0o755)
    os.chmod(ours, 0o755)
    open_cache(ours / "cache.sqlite", create=True).conn.close()
    assert ours.stat().st_mode & 0o777 == 0o700
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    open_cache(chosen / "team.sqlite", create=True).conn.close()
    assert chosen.stat().st_mode & 0o777 == 0o755
    assert (chosen / "team.sqlite").stat().st_mode & 0o777 == 0o600


def test_redaction_masks_credential_shapes_and_registered_secrets() -> None:
    logs.secret("ck_reg1234:cs_reg5678")
    cases = {
        "Authorization: Bearer abcdef123456": "abcdef123456",
        '{"authorization": "Bearer xyz1234567"}': "xyz1234567",
        "X-Shopify-Access-Token: shpat_1234abcd": "shpat_1234abcd",
        "https://admin:pw12345@shop.example/x": "pw12345",
        "GET /x?consumer_key=ck_zz1&consumer_secret=cs_yy2&page=2": "cs_yy2",
        "the key ck_reg1234 and the secret cs_reg5678": "cs_reg5678",
        'login {"password": "hunter22"}': "hunter22",
    }
    for text, secret in cases.items():
        assert secret not in logs.redact(text), text
    # ordinary words stay
    assert logs.redact("basic problems, 5 tokens") == "basic problems, 5 tokens"


def test_a_settings_file_left_readable_by_others_is_made_private_when_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"ui.theme": "dark"}', encoding="utf-8")
    os.chmod(path, 0o644)
    assert Settings(path).get("ui.theme") == "dark"
    assert path.stat().st_mode & 0o777 == 0o600


def test_without_a_writable_log_folder_the_work_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert logs.setup(directory=blocker / "log") is None
    assert "No log file" in capsys.readouterr().err
    logging.getLogger("agentdesk.test").warning("nowhere to go, and no error")
