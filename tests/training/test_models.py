"""Model answers: what an excellent agent would reply at each turn of the all-good path, in
every language. Each must earn the good band with the default scorer, so answering with them
walks every scenario to success; the validator guards the optional `model` field."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from agentdesk.training.scenarios import (
    GOOD_FROM,
    LANGUAGES,
    Band,
    Ending,
    Scenario,
    default_folder,
    load_library,
    load_scenario,
    validate,
)
from agentdesk.training.scoring import RubricScorer, explain, play
from tests.training.test_scenarios import rejected, write

_WORD = re.compile(r"\w+")
LIBRARY = load_library()
CASES = [(sid, lang) for sid in LIBRARY for lang in LANGUAGES]


def good_path(scenario: Scenario) -> list[str]:
    """The nodes the trainee answers when every answer is good (the ending left out)."""
    node, path = scenario.start, []
    while not node.is_end:
        path.append(node.id)
        node = scenario.next(node.id, Band.GOOD)
    return path


# --- the shipped model answers ---------------------------------------------------------------


def test_model_answers_cover_exactly_the_all_good_path_in_every_language() -> None:
    assert len(LIBRARY) >= 12
    for s in LIBRARY.values():
        path = good_path(s)
        assert 2 <= len(path) <= 4, s.id
        for lang in LANGUAGES:
            t = s.text(lang)
            assert list(t.model) == path, (s.id, lang)
            for node_id in path:
                assert t.model_answer(node_id) == t.model[node_id]
            assert all(t.model_answer(n) is None for n in s.nodes if n not in path)


@pytest.mark.parametrize(("sid", "language"), CASES)
def test_every_model_answer_scores_in_the_good_band(sid: str, language: str) -> None:
    s = LIBRARY[sid]
    text = s.text(language)
    scorer = RubricScorer(language)
    for node_id in good_path(s):
        result = scorer.score(text.model[node_id], text)
        missed = [explain(c) for c in result.criteria if c.points < c.weight]
        assert result.score >= GOOD_FROM and result.band is Band.GOOD, (node_id, missed)
        assert result.of("tone").reason == "clean", (node_id, missed)


@pytest.mark.parametrize(("sid", "language"), CASES)
def test_answering_with_the_model_answers_ends_in_success(sid: str, language: str) -> None:
    s = LIBRARY[sid]
    path = good_path(s)
    session = play(s, language, [s.text(language).model[n] for n in path])
    assert session.outcome is Ending.SUCCESS, session.path
    assert list(session.path[:-1]) == path
    assert all(t.result.band is Band.GOOD for t in session.turns)


@pytest.mark.parametrize(("sid", "language"), CASES)
def test_model_answers_address_the_persona_and_their_order(sid: str, language: str) -> None:
    s = LIBRARY[sid]
    t = s.text(language)
    answers = list(t.model.values())
    # the persona as that market addresses them, in every answer
    assert all(t.persona.address_as in a for a in answers), (sid, language)
    # and their own order: its number, carrier or an item, somewhere in the conversation
    specifics = [t.order.number, t.order.carrier, *(line.name for line in t.order.lines)]
    joined = " ".join(answers).casefold()
    assert any(x.casefold() in joined for x in specifics), (sid, language)


@pytest.mark.parametrize(("sid", "language"), CASES)
def test_model_answers_are_a_readable_length(sid: str, language: str) -> None:
    longest = 130 if language == "vi" else 90  # Vietnamese counts syllables
    for node_id, answer in LIBRARY[sid].text(language).model.items():
        assert answer == answer.strip() and "\n" not in answer
        assert unicodedata.is_normalized("NFC", answer)
        assert 40 <= len(_WORD.findall(answer)) <= longest, (sid, language, node_id)


def test_model_answers_keep_each_markets_register() -> None:
    for s in LIBRARY.values():
        da = " ".join(s.text("da").model.values())
        assert re.search(r"\bdu\b|\bdig\b|\bdin\b", da) and not re.search(r"\b(Dem|Deres)\b", da)
        for answer in s.text("vi").model.values():
            assert re.search(r"\b(em|cháu)\b", answer.lower()) and "ạ" in answer, s.id
        for answer in s.text("ar").model.values():
            letters = [ch for ch in answer if ch.isalpha()]
            arabic = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"]
            assert len(arabic) >= 0.9 * len(letters), s.id


# --- the validator ---------------------------------------------------------------------------


@pytest.fixture
def base() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (default_folder() / "lost-parcel.json").read_text(encoding="utf-8")
    )
    return data


def test_model_answers_are_optional(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    for lang in LANGUAGES:
        del data["languages"][lang]["model"]
    assert validate(data, stem="lost-parcel") == []
    text = load_scenario(write(tmp_path, data)).text("en")
    assert dict(text.model) == {}
    assert text.model_answer("start") is None


def test_a_model_answer_for_an_ending_is_rejected(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    for lang in LANGUAGES:
        data["languages"][lang]["model"]["end_success"] = "Thanks, have a lovely day."
    message = rejected(write(tmp_path, data))
    assert "language 'en' has a model answer for 'end_success', an ending" in message


def test_a_model_answer_for_an_unknown_node_is_rejected(
    tmp_path: Path, base: dict[str, Any]
) -> None:
    data = copy.deepcopy(base)
    for lang in LANGUAGES:
        data["languages"][lang]["model"]["nowhere"] = "An answer to nothing."
    message = rejected(write(tmp_path, data))
    assert "language 'en' has a model answer for 'nowhere', which is not a node" in message


def test_model_answers_for_other_nodes_in_one_language_are_rejected(
    tmp_path: Path, base: dict[str, Any]
) -> None:
    data = copy.deepcopy(base)
    data["languages"]["id"]["model"]["neutral"] = "Mohon maaf, Kak Rina, saya cek sekarang."
    message = rejected(write(tmp_path, data))
    assert "language 'id' has other model answers" in message
    data = copy.deepcopy(base)
    del data["languages"]["vi"]["model"]
    assert "language 'vi' has other model answers" in rejected(write(tmp_path, data))


def test_an_empty_model_answer_is_rejected(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["languages"]["da"]["model"]["calmer"] = "  "
    message = rejected(write(tmp_path, data))
    assert "language 'da' model answer 'calmer' must be a non-empty text" in message


def test_model_must_be_an_object(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["languages"]["ar"]["model"] = ["start"]
    message = rejected(write(tmp_path, data))
    assert "language 'ar' 'model' must be an object" in message
