"""Where role-play sessions are kept (the cache's training tables): the scenario library as
the cache holds it (shipped files, plus the ones a trainer edited or imported), each session
with its turns and scores, and what a trainee's history says: the trend, the weakest
criteria, the scenarios not passed yet, and the team's overview for the trainer."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from agentdesk.core.timefmt import now_utc_text, to_utc_text
from agentdesk.core.types import Changes
from agentdesk.training.scenarios import Scenario, ScenarioError, default_folder, parse_scenario
from agentdesk.training.scoring import PASS_FROM, SessionScore, explain


def _shipped() -> dict[str, Path]:
    return {p.stem: p for p in sorted(default_folder().glob("*.json"))}


def ensure_scenarios(conn: sqlite3.Connection) -> Changes:
    """Copy the shipped scenarios into the cache; a trainer's own version (edited or
    imported, marked `updated_at`) is kept."""
    for sid, path in _shipped().items():
        conn.execute(
            "INSERT INTO training_scenarios(id, data, updated_at) VALUES (?, ?, NULL) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data "
            "WHERE training_scenarios.updated_at IS NULL",
            [sid, path.read_text(encoding="utf-8")],
        )
    return Changes()


def library(conn: sqlite3.Connection) -> dict[str, Scenario]:
    """Every scenario the cache holds, validated (a broken one is left out)."""
    out = {}
    for sid, data in conn.execute("SELECT id, data FROM training_scenarios ORDER BY id"):
        try:
            out[sid] = parse_scenario(str(data), sid)
        except ScenarioError:
            continue
    return out


def save_scenario(conn: sqlite3.Connection, text: str) -> tuple[str, Changes]:
    """Store a trainer's scenario (edited in the app or imported), after validating it."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ScenarioError(f"That is not a scenario file: the JSON is broken ({exc}).") from None
    sid = data.get("id") if isinstance(data, dict) else None
    if not isinstance(sid, str):
        raise ScenarioError("That is not a scenario file: it has no id.")
    parse_scenario(text, sid)  # validates, with one sentence on what is wrong
    conn.execute(
        "INSERT INTO training_scenarios(id, data, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        [sid, json.dumps(data, ensure_ascii=False, indent=1), now_utc_text()],
    )
    return sid, Changes()


def scenario_text(conn: sqlite3.Connection, sid: str) -> str | None:
    row = conn.execute("SELECT data FROM training_scenarios WHERE id = ?", [sid]).fetchone()
    return None if row is None else str(row[0])


def record(
    conn: sqlite3.Connection,
    scenario: Scenario,
    language: str,
    trainee_id: str | None,
    started: datetime,
    session: SessionScore,
    lines: list[tuple[str, str, str]],  # (speaker "customer"/"trainee", node, text), in order
    ended: datetime | None = None,
    session_id: str | None = None,
) -> tuple[str, Changes]:
    """Keep a finished role-play: its turns as said, each answer's points and why."""
    sid = session_id or f"train-{uuid.uuid4().hex[:16]}"
    end = to_utc_text(ended) if ended else now_utc_text()
    conn.execute(
        "INSERT INTO training_sessions(id, scenario_id, trainee_id, language, started_at, "
        "ended_at, outcome, total_score) VALUES (?,?,?,?,?,?,?,?)",
        [
            sid,
            scenario.id,
            trainee_id,
            language,
            to_utc_text(started),
            end,
            session.outcome.value if session.outcome else None,
            session.total,
        ],
    )
    answers = iter(session.turns)
    for position, (speaker, node, body) in enumerate(lines):
        tid = f"{sid}-{position}"
        conn.execute(
            "INSERT INTO training_turns(id, session_id, position, speaker, node, body, at) "
            "VALUES (?,?,?,?,?,?,?)",
            [tid, sid, position, speaker, node, body, end],
        )
        if speaker != "trainee":
            continue
        played = next(answers, None)
        if played is None:
            continue
        for c in played.result.criteria:
            conn.execute(
                "INSERT INTO training_scores(turn_id, criterion, score, weight, explanation) "
                "VALUES (?,?,?,?,?)",
                [
                    tid,
                    c.criterion,
                    c.points,
                    c.weight,
                    json.dumps(
                        {"reason": c.reason, "words": list(c.words), "text": explain(c)},
                        ensure_ascii=False,
                    ),
                ],
            )
    return sid, Changes()


def sessions(conn: sqlite3.Connection, trainee_id: str | None = None) -> list[dict[str, Any]]:
    """Sessions, oldest first (for a trend), of one trainee or of everyone."""
    where, args = ("WHERE s.trainee_id IS ?", [trainee_id]) if trainee_id is not None else ("", [])
    cur = conn.execute(
        f"""SELECT s.id, s.scenario_id, s.trainee_id, a.name AS trainee, s.language,
                   s.started_at, s.ended_at, s.outcome, s.total_score
            FROM training_sessions s LEFT JOIN agents a ON a.id = s.trainee_id {where}
            ORDER BY s.started_at, s.rowid""",
        args,
    )
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r, strict=True)) for r in cur]
    for s in out:
        s["passed"] = s["outcome"] == "success" and (s["total_score"] or 0) >= PASS_FROM
    return out


def criteria_shares(conn: sqlite3.Connection, trainee_id: str | None) -> dict[str, float]:
    """Per criterion, the share of its points a trainee earned over all their answers."""
    out = {}
    for criterion, points, weight in conn.execute(
        """SELECT sc.criterion, sum(sc.score), sum(sc.weight) FROM training_scores sc
           JOIN training_turns t ON t.id = sc.turn_id
           JOIN training_sessions s ON s.id = t.session_id
           WHERE s.trainee_id IS ? GROUP BY 1""",
        [trainee_id],
    ):
        if weight:
            out[str(criterion)] = round(points / weight, 3)
    return out


def turns(conn: sqlite3.Connection, session_id: str) -> list[dict[str, Any]]:
    """A session's turns, each answer with its criteria and their explanations."""
    cur = conn.execute(
        "SELECT id, position, speaker, node, body FROM training_turns WHERE session_id = ? "
        "ORDER BY position",
        [session_id],
    )
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r, strict=True)) for r in cur]
    scores: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for turn, criterion, points, weight, explanation in conn.execute(
        "SELECT sc.turn_id, sc.criterion, sc.score, sc.weight, sc.explanation "
        "FROM training_scores sc JOIN training_turns t ON t.id = sc.turn_id "
        "WHERE t.session_id = ?",
        [session_id],
    ):
        detail = json.loads(explanation or "{}")
        scores[turn].append({"criterion": criterion, "points": points, "weight": weight, **detail})
    for t in out:
        t["criteria"] = scores.get(t["id"], [])
    return out


def team(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The trainer's overview: per trainee, sessions, average, last score, scenarios passed."""
    people: dict[Any, dict[str, Any]] = {}
    for s in sessions(conn):
        p = people.setdefault(
            s["trainee_id"],
            {
                "trainee_id": s["trainee_id"],
                "trainee": s["trainee"],
                "sessions": 0,
                "scores": [],
                "passed": set(),
            },
        )
        p["sessions"] += 1
        p["scores"].append(s["total_score"] or 0.0)
        if s["passed"]:
            p["passed"].add(s["scenario_id"])
    out = []
    for p in people.values():
        scores = p.pop("scores")
        p["average"] = round(sum(scores) / len(scores), 1)
        p["last"] = scores[-1]
        p["passed"] = len(p["passed"])
        out.append(p)
    out.sort(key=lambda p: (-(p["average"]), str(p["trainee"])))
    return out
