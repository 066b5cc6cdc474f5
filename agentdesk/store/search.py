"""One search across customers, orders, tickets, messages and notes (Ctrl+K, `agentdesk search`).

The index holds folded tokens (see core.text.fold), so case and diacritics do not matter;
every typed token matches as a prefix, so partial input works; phone-like input is collapsed
to its digits, so "+45 21 34" finds "+45 21 34 56 78".
"""

from __future__ import annotations

import json
import re
import sqlite3

from agentdesk.core.text import fold, folds_in_place, looks_like_phone, tokens
from agentdesk.core.types import SearchHit, SearchKind
from agentdesk.store.schema import FTS_TABLES, KIND_CODES

MAX_QUERY = 200
MAX_TOKENS = 8
_KIND_FTS = {SearchKind(kind): FTS_TABLES[kind] for kind in KIND_CODES}
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
    return _expression(_terms(query), prefix)


def _expression(terms: list[str], prefix: bool) -> str | None:
    return " ".join(f'"{t}"' + ("*" if prefix and len(t) > 1 else "") for t in terms) or None


_EMAILISH = re.compile(r"^[\w.+\-]+(@[\w.\-]*)?$")


def email_prefix(query: str) -> str | None:
    """The typed start of an e-mail address ("mette@", "joel.h"), or None."""
    text = query.strip().lower()
    if len(text) < 3 or not ("@" in text or "." in text) or not _EMAILISH.match(text):
        return None
    return text


def _by_email(conn: sqlite3.Connection, prefix: str, limit: int) -> list[tuple[int, SearchHit]]:
    """(rowid, hit) of customers whose address starts with `prefix`: a range on the e-mail
    index."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM customers WHERE email >= ? AND email < ? ORDER BY email LIMIT ?",
            [prefix, upper, limit],
        )
    ]
    return list(_load(conn, SearchKind.CUSTOMER, found).items()) if found else []


# Candidates read per kind and expression, newest first: as many as are shown, so one kind
# can fill the list, whole-word matches (read apart) are not crowded out by newer prefix
# ones, and naming and ranking them stays small beside the FTS5 statements themselves.
# (Three times as many changed which equally good rows tie-break into view on the bench's
# queries, not the title-match and kind order of what is shown.)
def candidates(limit: int) -> int:
    return max(limit, 20)


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Ranked hits across all kinds, best first.

    Each kind's index is read newest first, stopping after a bounded number
    of candidates, so a common prefix ("ho", "pa") costs the same as a rare one. Candidates
    are ranked by how well the title matches, the kind, whole words before prefixes, then
    the newest first, reading only their titles; the rest of a hit (its snippet) is read
    for the rows shown. (Not bm25: its weights need how many rows hold each term, which for
    a prefix means reading the term's whole list of rows, every time: 3 ms a kind for "sa"
    on 100k customers, ten times that on a million, where the newest 20 cost 0.05 ms.)
    The score is 2 for a title that is the query, 1 for one holding every typed word, 0
    else, plus 0.5 when the words matched whole.
    """
    terms = _terms(query)
    prefix_expr = _expression(terms, prefix=True)
    if prefix_expr is None or limit <= 0:
        return []
    # Whole words first (selective: "nguyen thi ha" must not lose to newer "Hạnh"s), then
    # prefixes for what is still being typed.
    expressions = [_expression(terms, prefix=False), prefix_expr]
    wanted = [] if looks_like_phone(query) else tokens(query)
    per_kind = candidates(limit)
    ranked: list[tuple[tuple[int, int, int, int], SearchKind, int]] = []
    typed_email = email_prefix(query)
    by_email = _by_email(conn, typed_email, limit) if typed_email else []
    emailed = {rowid for rowid, _hit in by_email}
    qualities: dict[str, int] = {}  # messages of one ticket share its subject
    loaded: dict[SearchKind, dict[int, SearchHit]] = {}
    for kind, fts in _KIND_FTS.items():
        ranks: dict[int, int] = {}  # source rowid -> 0 matched as whole words, 1 as prefixes
        for rank, expr in enumerate(expressions):
            for (rowid,) in conn.execute(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?",
                [expr, per_kind],
            ).fetchall():
                ranks.setdefault(rowid, rank)
        if not ranks:
            continue
        kind_rank = _KIND_RANK[kind]
        if kind in _READ_WHOLE:  # a title is most of the row: read the rest with it
            whole = loaded[kind] = _load(conn, kind, list(ranks))
            titled = [(r, hit.title) for r, hit in whole.items()]
        else:
            titled = _titles(conn, kind, list(ranks))
        for src_rowid, title in titled:
            quality = qualities.get(title)
            if quality is None:
                quality = qualities[title] = _quality(title, wanted)
            ranked.append(((quality, kind_rank, ranks[src_rowid], -src_rowid), kind, src_rowid))
    ranked.sort(key=lambda r: r[0])
    # e-mail matches first (they rank as exact), then the best candidates not among them
    shown: list[tuple[float, SearchKind, int]] = [
        (2.5, SearchKind.CUSTOMER, r) for r, _ in by_email
    ]
    rows: dict[SearchKind, list[int]] = {}
    for key, kind, src_rowid in ranked:
        if len(shown) >= limit:
            break
        if kind is SearchKind.CUSTOMER and src_rowid in emailed:
            continue
        shown.append((2 - key[0] + 0.5 * (key[2] == 0), kind, src_rowid))
        if kind not in loaded:
            rows.setdefault(kind, []).append(src_rowid)
    loaded |= {kind: _load(conn, kind, wanted_rows) for kind, wanted_rows in rows.items()}
    loaded.setdefault(SearchKind.CUSTOMER, {}).update(by_email)
    out = []
    for score, kind, src_rowid in shown[:limit]:
        hit = loaded[kind].get(src_rowid)
        if hit is not None:  # (unless it was deleted in between)
            out.append(SearchHit(kind, hit.id, hit.title, hit.snippet, score=score))
    return out


def _quality(title: str, wanted: list[str]) -> int:
    """0: the title is exactly the query; 1: every typed word is a whole word of it; 2: else."""
    if not wanted:
        return 1
    folded = fold(title)
    if not all(w in folded for w in wanted):
        return 2  # a word that is not even inside the title is not a whole word of it
    have = tokens(title)
    if have == wanted:
        return 0
    return 1 if all(w in have for w in wanted) else 2


_TITLES = {
    SearchKind.CUSTOMER: ("SELECT rowid, name FROM customers", "{}"),
    SearchKind.ORDER: (
        "SELECT o.rowid, o.number, c.name FROM orders o JOIN customers c ON c.id = o.customer_id",
        "#{} · {}",
    ),
    SearchKind.TICKET: ("SELECT t.rowid, t.subject FROM tickets t", "{}"),
    SearchKind.MESSAGE: (
        "SELECT m.rowid, t.subject FROM messages m JOIN tickets t ON t.id = m.ticket_id",
        "{}",
    ),
    SearchKind.NOTE: (
        "SELECT n.rowid, c.name FROM notes n JOIN customers c ON c.id = n.customer_id",
        "{}",
    ),
}


_READ_WHOLE = frozenset((SearchKind.CUSTOMER, SearchKind.ORDER))
# One statement text whatever the number of rows, so SQLite prepares it once.
_ROWIDS = "rowid IN (SELECT value FROM json_each(?))"


def _titles(conn: sqlite3.Connection, kind: SearchKind, rowids: list[int]) -> list[tuple[int, str]]:
    """(source rowid, title) of candidates, as `_load` would title them: what ranking reads."""
    sql, shape = _TITLES[kind]
    rows = conn.execute(f"{sql} WHERE {_ALIAS[kind]}{_ROWIDS}", [json.dumps(rowids)])
    if shape == "{}":
        return rows.fetchall()
    return [(r[0], shape.format(*r[1:])) for r in rows]


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
    out = {}
    for row in conn.execute(f"{sql} WHERE {_ALIAS[kind]}{_ROWIDS}", [json.dumps(rowids)]):
        ident, title, snippet = shape(row)
        out[row[0]] = SearchHit(kind, ident, title, snippet, 0.0)
    return out


def excerpt(text: str, query: str, width: int = 90) -> str:
    """A window of `text` around the first place a query word occurs, with ellipses."""
    return _excerpt(text, tokens(query), width)


def _excerpt(text: str, words: list[str], width: int = 90) -> str:
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
    words = tokens(query)
    cuts: dict[str, str] = {}  # one cut per text (templated notes and replies repeat)
    out = []
    for h in search(conn, query, limit):
        if h.kind in (SearchKind.MESSAGE, SearchKind.NOTE):
            cut = cuts.get(h.snippet)
            if cut is None:
                cut = cuts[h.snippet] = _excerpt(h.snippet, words)
            h = SearchHit(h.kind, h.id, h.title, cut, h.score)
        out.append(h)
    return out
