"""The hub's DSN rules (no server needed): TLS required off this machine, the password never
in the settings, from the keyring when the DSN has none."""

from __future__ import annotations

import keyring
import pytest

from agentdesk.hub import connection
from tests.sync.keyring_file import FileKeyring


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    monkeypatch.delenv("AGENTDESK_HUB_PASSWORD", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    yield
    keyring.set_keyring(before)


def test_a_remote_hub_is_reached_with_verified_tls_by_default(file_keyring):
    params = connection.parse(connection.prepare("host=hub.example.com dbname=ad user=anna"))
    assert params["sslmode"] == "verify-full" and params["sslrootcert"] == "system"
    own = connection.parse(
        connection.prepare("host=hub.example.com sslmode=verify-ca sslrootcert=/etc/ca.pem")
    )
    assert own["sslmode"] == "verify-ca" and own["sslrootcert"] == "/etc/ca.pem"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_a_remote_hub_without_tls_is_refused_in_one_sentence(mode):
    with pytest.raises(connection.HubDsnError, match="must be reached over TLS"):
        connection.prepare(f"host=hub.example.com dbname=ad sslmode={mode}")


def test_only_this_machine_may_go_without_tls(file_keyring):
    for host in ("127.0.0.1", "localhost", "/run/postgresql"):
        assert (
            connection.parse(connection.prepare(f"host={host} sslmode=disable"))["sslmode"]
            == "disable"
        )
    assert connection.parse(connection.prepare("host=127.0.0.1"))["sslmode"] == "prefer"
    with pytest.raises(connection.HubDsnError, match="TLS"):
        connection.prepare("host=127.0.0.1,hub.example.com sslmode=disable")


def test_a_malformed_dsn_is_one_sentence():
    with pytest.raises(
        connection.HubDsnError, match=r"^That is not a PostgreSQL connection string \(.*\)\.$"
    ):
        connection.prepare("this is = not 'a dsn")


def test_the_password_comes_from_the_keyring_and_the_saved_dsn_has_none(file_keyring, monkeypatch):
    dsn = connection.build("hub.example.com", 5433, "agentdesk", "anna")
    assert "password" not in dsn and "sslmode" not in dsn
    assert "password" not in connection.parse(connection.prepare(dsn))
    connection.store_password(dsn, "s3cret")
    assert connection.parse(connection.prepare(dsn))["password"] == "s3cret"
    monkeypatch.setenv("AGENTDESK_HUB_PASSWORD", "from-env")
    assert connection.parse(connection.prepare(dsn))["password"] == "from-env"
    monkeypatch.delenv("AGENTDESK_HUB_PASSWORD")
    connection.forget_password(dsn)
    assert "password" not in connection.parse(connection.prepare(dsn))
    assert connection.build("127.0.0.1", 5432, "ad", "anna", require_tls=False).endswith(
        "sslmode=disable"
    )
