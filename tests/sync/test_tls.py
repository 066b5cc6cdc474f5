"""TLS verification (Qt-free): always on; a shop's own certificate authority is trusted only
through the explicit per-address setting, with a warning at every connection, and no
environment variable changes what is trusted."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import logging
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from agentdesk.cli import main
from agentdesk.sync import http
from agentdesk.sync.http import Http, RetryPolicy, TlsError, trust
from agentdesk.sync.protocol import Transient

ONCE = RetryPolicy(attempts=1)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(tmp: Path, cn: str) -> tuple[Any, x509.Certificate, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp / f"{cn}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


@dataclass
class Shop:
    url: str
    ca: Path  # the authority that signed the shop's certificate
    other_ca: Path  # an authority that did not
    hits: list[str]


@pytest.fixture
def https_shop(tmp_path: Path) -> Iterator[Shop]:
    """An HTTPS server on 127.0.0.1 with a certificate from a private authority (what a shop
    with a self-made certificate has)."""
    ca_key, ca_cert, ca_path = _ca(tmp_path, "Shop Test CA")
    _, _, other = _ca(tmp_path, "Somebody Else CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            hits.append(self.path)
            body = json.dumps({"ok": True}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        yield Shop(f"https://127.0.0.1:{port}", ca_path, other, hits)
    finally:
        server.shutdown()
        server.server_close()
        http._TRUSTED.clear()


def _get(url: str) -> Any:
    client = Http(url, policy=ONCE, timeout=5)
    try:
        return client.request("GET", "/ping")[0]
    finally:
        client.close()


def _refused(url: str) -> str:
    with pytest.raises(Transient) as e:
        _get(url)
    return str(e.value)


def test_the_default_rejects_a_self_signed_shop(https_shop: Shop) -> None:
    assert "CERTIFICATE_VERIFY_FAILED" in _refused(https_shop.url)
    assert https_shop.hits == []  # no request was sent over the unverified connection


def test_certificate_variables_in_the_environment_change_nothing(
    https_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(https_shop.ca))
    monkeypatch.setenv("SSL_CERT_DIR", str(https_shop.ca.parent))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(https_shop.ca))
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    monkeypatch.setenv("PYTHONHTTPSVERIFY", "0")
    assert "CERTIFICATE_VERIFY_FAILED" in _refused(https_shop.url)
    assert https_shop.hits == []


def test_the_shops_own_authority_works_only_when_set_for_that_address(
    https_shop: Shop,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    keys = tmp_path / "tls-keys.txt"
    monkeypatch.setenv("SSLKEYLOGFILE", str(keys))
    trust(https_shop.url, https_shop.ca)
    with caplog.at_level(logging.WARNING, "agentdesk.sync.http"):
        assert _get(https_shop.url) == {"ok": True}
        assert _get(https_shop.url + "/") == {"ok": True}
    warnings = [r for r in caplog.records if "TLS: trusting" in r.getMessage()]
    assert len(warnings) == 2 and str(https_shop.ca) in warnings[0].getMessage()
    # Python opens the file with each default context; no session key goes in it (one
    # would let anyone who has the file read the token off a recorded connection)
    assert not keys.exists() or "SECRET" not in keys.read_text(encoding="utf-8")
    # the same server under another address is not covered by the setting
    assert "CERTIFICATE_VERIFY_FAILED" in _refused(https_shop.url.replace("127.0.0.1", "localhost"))
    # an authority that did not sign the shop's certificate does not help
    trust(https_shop.url, https_shop.other_ca)
    assert "CERTIFICATE_VERIFY_FAILED" in _refused(https_shop.url)
    # and unset, it is the default again
    trust(https_shop.url, None)
    assert "CERTIFICATE_VERIFY_FAILED" in _refused(https_shop.url)
    assert len(https_shop.hits) == 2


def test_an_unusable_authority_file_is_one_sentence(tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(TlsError, match="cannot be used as a certificate authority file"):
        trust("https://shop.example", bad)
    code = main(["sync", "--db", str(tmp_path / "c.sqlite"), "--backend", "shopify",
                 "--url", "https://shop.example", "--once", "--ca-file", str(bad)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "certificate authority file" in err
    assert not (tmp_path / "c.sqlite").exists()


def test_no_code_turns_verification_off() -> None:
    """There is no switch: no verify=False, unverified context or CERT_NONE anywhere."""
    import agentdesk

    root = Path(agentdesk.__file__).parent
    found = []
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for needle in ("verify=False", "CERT_NONE", "check_hostname = False", "_create_unverified"):
            if needle in text:
                found.append(f"{source.relative_to(root)}: {needle}")
    assert not found, found
