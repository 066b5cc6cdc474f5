"""Role-plays for the demo cache: trainees who practised over the past weeks, some getting
better, so the Progress and Team tabs have a history to show. Deterministic for a seed."""

from __future__ import annotations

import random
import re
import sqlite3
from datetime import datetime, timedelta

from agentdesk.training.history import ensure_scenarios, library, record
from agentdesk.training.scoring import RubricScorer, play

_SENTENCE = re.compile(r"(?<=[.!?؟])\s+")


def _weaker(answer: str, r: random.Random, skill: float, slips: tuple[str, ...]) -> str:
    """A trainee's version of a model answer: the less skilled, the more of it goes missing
    and the likelier a careless phrase slips in."""
    sentences = _SENTENCE.split(answer)
    kept = [
        s for i, s in enumerate(sentences) if r.random() < skill * skill or (i == 0 and skill > 0.6)
    ]
    if slips and r.random() < (1 - skill) * 0.8:
        slip = r.choice(slips)
        kept.append(slip[0].upper() + slip[1:].rstrip("*") + ".")
    return " ".join(kept) or sentences[-1]


def add_sessions(
    conn: sqlite3.Connection, now: datetime, seed: int = 1, per_trainee: int = 8
) -> int:
    """Played, scored and recorded role-plays for the demo's agents; returns how many."""
    ensure_scenarios(conn)
    scenarios = library(conn)
    if not scenarios:
        return 0
    r = random.Random(seed)
    agents = conn.execute(
        "SELECT id, name FROM agents WHERE role = 'agent' ORDER BY rowid LIMIT 6"
    ).fetchall()
    made = 0
    for a, (agent_id, _name) in enumerate(agents):
        language = ("en", "da", "ar", "id", "vi")[a % 5]
        skill = 0.3 + 0.1 * (a % 4)
        start = now - timedelta(days=6 * per_trainee)
        for n in range(per_trainee):
            sid = sorted(scenarios)[r.randrange(len(scenarios))]
            scenario = scenarios[sid]
            text = scenario.text(language)
            node = scenario.start
            answers: list[str] = []
            lines = [("customer", node.id, text.line(node.id))]
            scorer = RubricScorer(language)
            slips = scorer.lexicon.groups["dismissive"] + scorer.lexicon.groups["blame"]
            level = min(1.0, skill + n * 0.07)  # practice helps
            while not node.is_end:
                model = text.model_answer(node.id) or text.model_answer(scenario.start.id) or ""
                answer = _weaker(model, r, level, slips)
                answers.append(answer)
                lines.append(("trainee", node.id, answer))
                session = play(scenario, language, answers, scorer)
                node = scenario.nodes[session.path[-1]]
                lines.append(("customer", node.id, text.line(node.id)))
            started = start + timedelta(days=6 * n, hours=r.uniform(9, 16))
            record(
                conn,
                scenario,
                language,
                agent_id,
                started,
                play(scenario, language, answers, scorer),
                lines,
                ended=started + timedelta(minutes=r.uniform(4, 12)),
                session_id=f"train-demo-{a}-{n}",
            )
            made += 1
    return made
