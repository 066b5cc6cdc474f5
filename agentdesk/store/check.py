"""`agentdesk check`: is this cache healthy? Plain answers, non-zero exit on damage."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from agentdesk.store.db import SQLITE_HEADER, connect, schema_version
from agentdesk.store.schema import FTS_TABLES, LATEST, TABLES


@dataclass
class Report:
    path: str
    ok: bool = True
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def fail(self, sentence: str) -> None:
        self.ok = False
        self.problems.append(sentence)

    @property
    def summary(self) -> str:
        if self.ok:
            return f"{self.path} is healthy (schema {self.schema_version})."
        return self.problems[0]


def check(path: Path) -> Report:
    report = Report(str(path))
    if not path.exists():
        report.fail(f"There is no cache at {path}.")
        return report
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            report.fail(f"{path} is not an SQLite database, so it is not an AgentDesk cache.")
            return report
    try:
        conn = connect(path)
    except sqlite3.DatabaseError as exc:
        report.fail(f"{path} cannot be opened: {exc}.")
        return report
    try:
        _check_open(conn, report)
    except sqlite3.DatabaseError as exc:
        report.fail(f"{path} is damaged: SQLite says “{exc}”.")
    finally:
        conn.close()
    return report


def _check_open(conn: sqlite3.Connection, report: Report) -> None:
    version = schema_version(conn)
    report.schema_version = version
    if version > LATEST:
        report.fail(
            f"{report.path} has schema {version}, newer than this AgentDesk knows ({LATEST})."
        )
        return
    if (
        version == 0
        and conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
    ):
        report.fail(f"{report.path} is an SQLite database but not an AgentDesk cache.")
        return
    if version < LATEST:
        report.fail(
            f"{report.path} has schema {version}; opening it with AgentDesk upgrades it to {LATEST}."
        )
        return
    result = [
        line.strip()
        for r in conn.execute("PRAGMA integrity_check(20)")
        for line in str(r[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if result != ["ok"]:
        more = f" and {len(result) - 1} more" if len(result) > 1 else ""
        report.fail(
            f"{report.path} is damaged: SQLite's integrity check found “{result[0]}”{more}."
        )
        report.problems.extend(result)  # the details, for --json
        return
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [t for t in TABLES if t not in present]
    if missing:
        report.fail(f"{report.path} is missing the table(s) {', '.join(missing)}.")
        return
    bad_refs = conn.execute("PRAGMA foreign_key_check").fetchall()
    if bad_refs:
        table, _rowid, parent, _ = bad_refs[0]
        report.fail(
            f"{report.path} has {len(bad_refs)} row(s) pointing at missing rows "
            f"(first: a {table} row refers to a missing {parent} row)."
        )
    try:
        for fts in FTS_TABLES.values():
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        report.fail(f"{report.path} has a damaged search index ({exc}); it can be rebuilt.")
    for table in ("customers", "orders", "tickets", "messages", "notes", "outbox"):
        report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
