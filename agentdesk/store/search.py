"""One search across customers, orders, tickets, messages and notes (Ctrl+K, `agentdesk search`).

The index holds folded tokens (see core.text.fold), so case and diacritics do not matter;
every typed token matches as a prefix, so partial input works; phone-like input is collapsed
to its digits, so "+45 21 34" finds "+45 21 34 56 78".
"""

from __future__ import annotations

import re
import sqlite3

from agentdesk.core.text import fold, folds_in_place, looks_like_phone, tokens
from agentdesk.core.types import SearchHit, SearchKind
from agentdesk.store.schema import KIND_CODES, KIND_SHIFT

MAX_QUERY = 200
MAX_TOKENS = 8
_KIND_CODE = {SearchKind(kind): code for kind, code in KIND_CODES.items()}
# On equal match quality, people and orders before conversations.
_KIND_RANK = {
    SearchKind.CUSTOMER: 0,
    SearchKind.ORDER: 1,
    SearchKind.TICKET: 2,
    SearchKind.NOTE: 3,
    SearchKind.MESSAGE: 4,
}


def _terms(query: str) -> list[str]:
    text = query.strip()[:MAX_QUERY]
    if looks_like_phone(text):
        return ["".join(ch for ch in text if ch.isdigit())]
    return tokens(text)[:MAX_TOKENS]


def match_expression(query: str, prefix: bool = True) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None if nothing to search.

    Tokens are \\w+ only, so quoting cannot be broken out of.
    """
    # A one-letter prefix has no prefix index and matches a large share of all words ("h*"):
    # it would cost a scan of the whole index, so a single letter matches only as a word.
    return (
        " ".join(f'"{t}"' + ("*" if prefix and len(t) > 1 else "") for t in _terms(query)) or None
    )


_EMAILISH = re.compile(r"^[\w.+\-]+(@[\w.\-]*)?$")


def email_prefix(query: str) -> str | None:
    """The typed start of an e-mail address ("mette@", "joel.h"), or None."""
    text = query.strip().lower()
    if len(text) < 3 or not ("@" in text or "." in text) or not _EMAILISH.match(text):
        return None
    return text


def _by_email(conn: sqlite3.Connection, prefix: str, limit: int) -> list[SearchHit]:
    """Customers whose address starts with `prefix`: a range on the e-mail index."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found = []
    for rowid in (
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM customers WHERE email >= ? AND email < ? ORDER BY email LIMIT ?",
            [prefix, upper, limit],
        )
    ):
        found.append(rowid)
    return list(_load(conn, SearchKind.CUSTOMER, found).values()) if found else []


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Ranked hits across all kinds, best first.

    Each kind is read as its own rowid range, newest first, stopping after a bounded number
    of candidates, so a common prefix ("ho", "pa") costs the same as a rare one. Candidates
    are then ranked by how well the title matches, the kind, and bm25.
    """
    prefix_expr = match_expression(query)
    if prefix_expr is None or limit <= 0:
        return []
    # Whole words first (selective: "nguyen thi ha" must not lose to newer "Hạnh"s), then
    # prefixes for what is still being typed.
    expressions = [match_expression(query, prefix=False), prefix_expr]
    wanted = [] if looks_like_phone(query) else tokens(query)
    per_kind = max(limit * 3, 60)
    hits: list[tuple[tuple[int, int, float], SearchHit]] = []
    typed_email = email_prefix(query)
    if typed_email:
        hits += [((0, -1, 0.0), hit) for hit in _by_email(conn, typed_email, limit)]
    for kind, code in _KIND_CODE.items():
        lo = code << KIND_SHIFT
        ranks: dict[int, float] = {}
        for expr in expressions:
            for rowid, rank in conn.execute(
                "SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? "
                "AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?",
                [expr, lo, lo + (1 << KIND_SHIFT), per_kind],
            ):
                ranks.setdefault(rowid - lo, rank)
        if not ranks:
            continue
        for src_rowid, hit in _load(conn, kind, list(ranks)).items():
            key = (_quality(hit.title, wanted), _KIND_RANK[kind], ranks[src_rowid])
            hits.append((key, hit))
    hits.sort(key=lambda pair: pair[0])
    seen: set[tuple[SearchKind, str]] = set()
    hits = [
        h for h in hits if (h[1].kind, h[1].id) not in seen and not seen.add((h[1].kind, h[1].id))
    ]
    return [
        SearchHit(h.kind, h.id, h.title, h.snippet, score=round(-key[2], 4))
        for key, h in hits[:limit]
    ]


def _quality(title: str, wanted: list[str]) -> int:
    """0: the title is exactly the query; 1: every typed word is a whole word of it; 2: else."""
    if not wanted:
        return 1
    have = tokens(title)
    if have == wanted:
        return 0
    return 1 if all(w in have for w in wanted) else 2


_LOADERS = {
    SearchKind.CUSTOMER: (
        "SELECT rowid, id, name, coalesce(email, ''), coalesce(phone, '') FROM customers",
        lambda r: (r[1], r[2], " · ".join(x for x in (r[3], r[4]) if x)),
    ),
    SearchKind.ORDER: (
        "SELECT o.rowid, o.id, o.number, c.name, o.status, o.total, o.currency "
        "FROM orders o JOIN customers c ON c.id = o.customer_id",
        lambda r: (r[1], f"#{r[2]} · {r[3]}", f"{r[4]} · {r[5]} {r[6]}"),
    ),
    SearchKind.TICKET: (
        "SELECT t.rowid, t.id, t.subject, c.name, t.status, t.channel "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id",
        lambda r: (r[1], r[2], f"{r[3]} · {r[4]} · {r[5]}"),
    ),
    SearchKind.MESSAGE: (
        "SELECT m.rowid, m.id, t.subject, m.body FROM messages m "
        "JOIN tickets t ON t.id = m.ticket_id",
        lambda r: (r[1], r[2], r[3]),
    ),
    SearchKind.NOTE: (
        "SELECT n.rowid, n.id, c.name, n.body FROM notes n JOIN customers c ON c.id = n.customer_id",
        lambda r: (r[1], r[2], r[3]),
    ),
}
_ALIAS = {
    SearchKind.CUSTOMER: "",
    SearchKind.ORDER: "o.",
    SearchKind.TICKET: "t.",
    SearchKind.MESSAGE: "m.",
    SearchKind.NOTE: "n.",
}


def _load(conn: sqlite3.Connection, kind: SearchKind, rowids: list[int]) -> dict[int, SearchHit]:
    sql, shape = _LOADERS[kind]
    marks = ", ".join("?" for _ in rowids)
    out = {}
    for row in conn.execute(f"{sql} WHERE {_ALIAS[kind]}rowid IN ({marks})", rowids):
        ident, title, snippet = shape(row)
        out[row[0]] = SearchHit(kind, ident, title, snippet, 0.0)
    return out


def excerpt(text: str, query: str, width: int = 90) -> str:
    """A window of `text` around the first place a query word occurs, with ellipses."""
    words = tokens(query)
    folded = fold(text)
    at = min((i for w in words if (i := folded.find(w)) >= 0), default=0)
    if folds_in_place(text):
        index = at
    else:  # "æ" folds to "ae": find the character the folded position belongs to
        starts, pos = [], 0
        for ch in text:
            starts.append(pos)
            pos += len(fold(ch))
        index = next((i for i, s in enumerate(starts) if s >= at), 0)
    begin = max(0, index - width // 3)
    end = min(len(text), begin + width)
    snippet = " ".join(text[begin:end].split())
    return ("…" if begin else "") + snippet + ("…" if end < len(text) else "")


def search_with_snippets(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Like search, with message and note bodies cut to a window around the match."""
    return [
        SearchHit(h.kind, h.id, h.title, excerpt(h.snippet, query), h.score)
        if h.kind in (SearchKind.MESSAGE, SearchKind.NOTE)
        else h
        for h in search(conn, query, limit)
    ]
