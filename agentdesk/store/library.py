"""Canned responses and knowledge-base articles: the shipped starter library and lookups.

The library ships as `resources/library/{canned,kb}/<lang>.json`; each entry has a `key`
shared by its translations. `ensure_library` copies it into the cache once per library
version, so the composer reads it with the rest of the cache, offline.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from agentdesk.core.text import fold, tokens
from agentdesk.core.types import Changes
from agentdesk.paths import resources_dir

LANGUAGES = ("en", "da", "ar", "id", "vi")


def _folder() -> Path:
    return resources_dir() / "library"


def _files() -> list[Path]:
    root = _folder()
    return sorted(p for part in ("canned", "kb") for p in (root / part).glob("*.json"))


def digest() -> str:
    h = hashlib.sha256()
    for path in _files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def shipped() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(canned rows, article rows) of the shipped library, ready for the cache."""
    canned: list[tuple[Any, ...]] = []
    articles: list[tuple[Any, ...]] = []
    root = _folder()
    for path in sorted((root / "canned").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lang = data["language"]
        for r in data["responses"]:
            canned.append(
                (f"{r['key']}@{lang}", r["key"], lang, r.get("category"), r["title"], r["body"])
            )
    for path in sorted((root / "kb").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lang = data["language"]
        for a in data["articles"]:
            articles.append(
                (
                    f"{a['key']}@{lang}",
                    a["key"],
                    lang,
                    a["title"],
                    a["body"],
                    " ".join(a.get("tags", [])),
                    a.get("slug") or a["key"],
                )
            )
    return canned, articles


def ensure_library(conn: sqlite3.Connection, help_url: str = "") -> Changes:
    """Bring the cache's copy of the shipped library up to date (cheap when it already is)."""
    version = digest()
    row = conn.execute("SELECT value FROM meta WHERE key = 'library_digest'").fetchone()
    if row is not None and row[0] == version:
        return Changes()
    canned, articles = shipped()
    conn.executemany(
        "INSERT INTO canned_responses(id, key, language, category, title, body) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET key = excluded.key, "
        "category = excluded.category, title = excluded.title, body = excluded.body",
        canned,
    )
    base = help_url.rstrip("/")
    conn.executemany(
        "INSERT INTO kb_articles(id, key, language, title, body, tags, url) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET key = excluded.key, "
        "title = excluded.title, body = excluded.body, tags = excluded.tags, "
        "url = coalesce(excluded.url, kb_articles.url)",
        [(*a[:6], f"{base}/{a[2]}/{a[6]}" if base else None) for a in articles],
    )
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('library_digest', ?)", [version])
    return Changes()


def _matches(query: str, *texts: str | None) -> bool:
    wanted = tokens(query)
    if not wanted:
        return True
    have = fold(" ".join(t or "" for t in texts))
    return all(w in have for w in wanted)


def _language_rows(
    conn: sqlite3.Connection, table: str, columns: str, language: str, fallback: str
) -> list[dict[str, Any]]:
    """One row per key: in `language` when translated, else in `fallback`, else English."""
    order = [language, fallback, "en"]
    cur = conn.execute(
        f"SELECT {columns} FROM {table} WHERE language IN (?, ?, ?) ORDER BY key",
        order,
    )
    names = [d[0] for d in cur.description]
    best: dict[str, dict[str, Any]] = {}
    for values in cur:
        row = dict(zip(names, values, strict=True))
        key = row["key"] or row["id"]
        have = best.get(key)
        if have is None or order.index(row["language"]) < order.index(have["language"]):
            best[key] = row
    return list(best.values())


def canned(
    conn: sqlite3.Connection,
    language: str,
    query: str = "",
    category: str | None = None,
    fallback: str = "en",
) -> list[dict[str, Any]]:
    """Canned responses in the customer's language, those for `category` first."""
    rows = _language_rows(
        conn, "canned_responses", "id, key, language, category, title, body", language, fallback
    )
    found = [r for r in rows if _matches(query, r["title"], r["body"], r["category"])]
    # This ticket's kind first, then the general ones; the shipped order (by key) within.
    found.sort(key=lambda r: (r["category"] != category, r["category"] is not None, r["key"]))
    return found


def articles(
    conn: sqlite3.Connection, language: str, query: str = "", fallback: str = "en"
) -> list[dict[str, Any]]:
    rows = _language_rows(
        conn, "kb_articles", "id, key, language, title, body, tags, url", language, fallback
    )
    found = [r for r in rows if _matches(query, r["title"], r["tags"], r["body"])]
    # Typed words in the title first, then in the tags, then only in the text.
    found.sort(
        key=lambda r: (
            not _matches(query, r["title"]),
            not _matches(query, r["tags"]),
            r["title"],
        )
    )
    return found


def _shipped(part: str, language: str, key: str) -> list[dict[str, Any]]:
    """Entries of resources/library/<part>/<language>.json (English when not translated)."""
    for lang in (language, "en"):
        path = _folder() / part / f"{lang}.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            return list(data[key])
    return []


def proactive_messages(language: str) -> dict[str, dict[str, str]]:
    """risk -> {"subject", "body"}: the first message of a proactive ticket, by language."""
    return {m["key"]: m for m in _shipped("proactive", language, "messages")}


def plan_templates(language: str) -> dict[str, dict[str, Any]]:
    """template key -> {"title", "goal", "steps": [{"title", "kind", "due_days", ...}]}."""
    return {t["key"]: t for t in _shipped("plans", language, "templates")}
