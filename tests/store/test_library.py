"""The shipped library of canned responses and articles, as the composer reads it."""

import json

import pytest

from agentdesk.core.templates import PLACEHOLDERS, placeholders_in
from agentdesk.core.text import fold
from agentdesk.paths import resources_dir
from agentdesk.store import library
from agentdesk.store.db import open_cache

LANGS = ("en", "da", "ar", "id", "vi")


@pytest.fixture
def conn(tmp_path):
    c = open_cache(tmp_path / "c.sqlite", create=True).conn
    yield c
    c.close()


def test_every_language_has_the_same_library_and_only_known_placeholders():
    root = resources_dir() / "library"
    keys = {}
    for lang in LANGS:
        canned = json.loads((root / "canned" / f"{lang}.json").read_text(encoding="utf-8"))
        kb = json.loads((root / "kb" / f"{lang}.json").read_text(encoding="utf-8"))
        assert canned["language"] == kb["language"] == lang
        keys[lang] = (
            [(r["key"], r["category"]) for r in canned["responses"]],
            [a["key"] for a in kb["articles"]],
        )
        for r in canned["responses"]:
            braces = {w.split("}")[0] for w in r["body"].split("{")[1:]}
            assert braces <= set(PLACEHOLDERS), (lang, r["key"], braces)
    assert all(k == keys["en"] for k in keys.values())
    assert len(keys["en"][0]) >= 15 and len(keys["en"][1]) >= 10


def test_the_library_is_copied_in_once_and_again_only_when_it_changes(conn):
    with conn:
        library.ensure_library(conn, "https://help.example.com/")
    count = conn.execute("SELECT count(*) FROM canned_responses").fetchone()[0]
    assert count >= 15 * len(LANGS)
    before = conn.total_changes
    with conn:
        library.ensure_library(conn, "https://help.example.com/")
    assert conn.total_changes == before  # already up to date: nothing written
    url = conn.execute("SELECT url FROM kb_articles WHERE id = 'returns@da'").fetchone()[0]
    assert url == "https://help.example.com/da/returns"


def test_responses_come_in_the_customers_language_with_their_category_first(conn):
    with conn:
        library.ensure_library(conn)
    found = library.canned(conn, "vi", category="late_delivery")
    assert found[0]["category"] == "late_delivery" and found[0]["language"] == "vi"
    assert all(r["language"] == "vi" for r in found)
    assert "{first_name}" in found[0]["body"]
    assert "order_number" in placeholders_in(found[0]["body"])


def test_a_language_without_the_library_falls_back_to_the_agents_then_english(conn):
    with conn:
        library.ensure_library(conn)
        conn.execute("DELETE FROM canned_responses WHERE language = 'id'")
    assert {r["language"] for r in library.canned(conn, "id", fallback="da")} == {"da"}
    assert {r["language"] for r in library.canned(conn, "xx")} == {"en"}


def test_typing_narrows_by_words_without_diacritics(conn):
    with conn:
        library.ensure_library(conn)
    hits = library.articles(conn, "vi", "hoan tien")  # "hoàn tiền", refund
    assert hits[0]["key"] == "refund-timing"  # a title match comes first
    for h in hits:
        text = fold(h["title"] + " " + h["body"])
        assert "hoan" in text and "tien" in text
    assert len(hits) < len(library.articles(conn, "vi"))
    assert library.canned(conn, "en", "zzzz-nothing") == []
