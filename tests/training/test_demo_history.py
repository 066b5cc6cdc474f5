"""The demo cache's training history: real role-plays scored by the rubric, trainees who get
better with practice, and the same history for the same seed."""

import sqlite3
from statistics import mean

from agentdesk.store.db import open_cache
from agentdesk.training import history


def test_demo_trainees_practised_and_improved(demo_db):
    conn = open_cache(demo_db, create=False).conn
    rows = history.sessions(conn)
    assert len(rows) >= 24
    people = {r["trainee_id"] for r in rows}
    assert len(people) >= 4
    assert {r["language"] for r in rows} >= {"en", "da", "ar"}
    scores = [r["total_score"] for r in rows]
    assert min(scores) < 50 < 70 <= max(scores)  # some fail, some pass
    for person in people:
        mine = [r["total_score"] for r in rows if r["trainee_id"] == person]
        half = len(mine) // 2
        assert mean(mine[half:]) > mean(mine[:half])  # the later role-plays score better
    # every recorded score is the rubric's score of the recorded answers
    turns = conn.execute(
        "SELECT count(*) FROM training_turns t JOIN training_sessions s ON s.id = t.session_id"
    ).fetchone()[0]
    assert turns >= len(rows)
    overview = history.team(conn)
    assert {p["trainee_id"] for p in overview} == people
    conn.close()


def test_the_same_seed_gives_the_same_history(tmp_path):
    from agentdesk.cli import _demo_training
    from agentdesk.store import demo

    totals = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        demo.build(path, customers=300, seed=3)
        _demo_training(path, 3)
        conn = sqlite3.connect(path)
        totals.append(
            conn.execute(
                "SELECT id, trainee_id, scenario_id, total_score FROM training_sessions ORDER BY id"
            ).fetchall()
        )
        conn.close()
    assert totals[0] == totals[1] and totals[0]
