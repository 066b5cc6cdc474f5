"""Scoring a trainee's answers on the empathy rubric, per language, with the words that earned
or lost each point (issue 8). Rule- and lexicon-based: no model downloads, works offline.

Criteria (weights a trainer can change): acknowledges the problem; empathy wording; ownership
("I will", not "you should have"); a concrete next step with a time; personalization (the
customer's name, their order or parcel); tone (no blame, dismissal or jargon); clarity and
length; and, in a live session, how quickly the answer came.

A richer scorer can plug in behind the same interface: anything with `score(answer, ...)`
returning a TurnScore.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from agentdesk.core.text import fold
from agentdesk.training.lexicon import Lexicon, load_lexicon
from agentdesk.training.scenarios import Band, Ending, Scenario, ScenarioText, band_for

CRITERIA: tuple[str, ...] = (
    "acknowledge",
    "empathy",
    "ownership",
    "next_step",
    "personalization",
    "tone",
    "clarity",
    "response_time",
)
DEFAULT_WEIGHTS: Mapping[str, int] = {
    "acknowledge": 15,
    "empathy": 15,
    "ownership": 20,
    "next_step": 20,
    "personalization": 15,
    "tone": 10,
    "clarity": 5,
    "response_time": 10,  # counts only when the answer's time is known (a live session)
}
PASS_FROM = 70.0  # total score (0-100) from which a session that ends well is passed
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")  # 16:00, 9.30
_SENTENCE = re.compile(r"[.!?؟。]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CriterionScore:
    criterion: str
    points: float  # 0 .. weight
    weight: float
    reason: str  # a code the UI explains in its own language (see EXPLAIN)
    words: tuple[str, ...] = ()  # the answer's words that earned or lost the point


@dataclass(frozen=True)
class TurnScore:
    score: float  # 0.0-1.0: the share of the rubric's points earned
    band: Band
    criteria: tuple[CriterionScore, ...]

    def of(self, criterion: str) -> CriterionScore | None:
        return next((c for c in self.criteria if c.criterion == criterion), None)


class Scorer(Protocol):
    def score(self, answer: str, text: ScenarioText, seconds: float | None = None) -> TurnScore: ...


@dataclass
class RubricScorer:
    """The default scorer: the language's lexicon and a few rules."""

    language: str
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def __post_init__(self) -> None:
        self.lexicon: Lexicon = _lexicon(self.language)

    def score(self, answer: str, text: ScenarioText, seconds: float | None = None) -> TurnScore:
        lx = self.lexicon
        found = {g: lx.find(g, answer) for g in lx.groups if g != "honorifics"}
        words = {g: tuple(m.text for m in found[g]) for g in found}
        parts = [
            self._acknowledge(words),
            self._empathy(words),
            self._ownership(words),
            self._next_step(answer, words),
            self._personalization(answer, text, words),
            self._tone(words),
            self._clarity(answer),
        ]
        if seconds is not None:
            parts.append(self._response_time(seconds))
        weight = sum(p.weight for p in parts)
        score = sum(p.points for p in parts) / weight if weight else 0.0
        return TurnScore(round(score, 4), band_for(score), tuple(parts))

    def _part(
        self, criterion: str, share: float, reason: str, words: Sequence[str] = ()
    ) -> CriterionScore:
        weight = float(self.weights.get(criterion, 0))
        return CriterionScore(criterion, round(weight * share, 2), weight, reason, tuple(words))

    def _acknowledge(self, w: Mapping[str, tuple[str, ...]]) -> CriterionScore:
        hit = w["acknowledge"]
        return self._part("acknowledge", 1.0 if hit else 0.0, "found" if hit else "missing", hit)

    def _empathy(self, w: Mapping[str, tuple[str, ...]]) -> CriterionScore:
        hit = w["empathy"]
        return self._part("empathy", 1.0 if hit else 0.0, "found" if hit else "missing", hit)

    def _ownership(self, w: Mapping[str, tuple[str, ...]]) -> CriterionScore:
        own, blame = w["ownership"], w["blame"]
        if own and not blame:
            return self._part("ownership", 1.0, "found", own)
        if own:
            return self._part("ownership", 0.5, "found_but_blame", own + blame)
        if blame:
            return self._part("ownership", 0.0, "blame", blame)
        return self._part("ownership", 0.0, "missing")

    def _next_step(self, answer: str, w: Mapping[str, tuple[str, ...]]) -> CriterionScore:
        step = w["next_step"]
        times = w["time_words"] + tuple(m.group(0) for m in _CLOCK.finditer(answer))
        if step and times:
            return self._part("next_step", 1.0, "step_and_time", step + times)
        if step:
            return self._part("next_step", 0.5, "step_no_time", step)
        if times:
            return self._part("next_step", 0.25, "time_no_step", times)
        return self._part("next_step", 0.0, "missing")

    def _personalization(
        self, answer: str, text: ScenarioText, w: Mapping[str, tuple[str, ...]]
    ) -> CriterionScore:
        same = _same_text(self.lexicon)
        said = same(answer)
        names = {
            text.persona.first_name,
            *text.persona.address_as.split(),
            *text.persona.name.split(),
        }
        names -= set(self.lexicon.groups.get("honorifics", ()))
        named = tuple(n for n in names if len(n) > 1 and _has_word(said, same(n)))
        order = list(w["order_words"])
        specifics = [
            text.order.number,
            text.order.carrier,
            *(line.name for line in text.order.lines),
        ]
        order += [s for s in specifics if s and same(s) in said]
        if named and order:
            return self._part("personalization", 1.0, "name_and_order", named + tuple(order))
        if named:
            return self._part("personalization", 0.5, "name_only", named)
        if order:
            return self._part("personalization", 0.5, "order_only", order)
        return self._part("personalization", 0.0, "missing")

    def _tone(self, w: Mapping[str, tuple[str, ...]]) -> CriterionScore:
        blame, dismissive, jargon = w["blame"], w["dismissive"], w["jargon"]
        share = 1.0 - 0.5 * bool(blame) - 1.0 * bool(dismissive) - 0.5 * bool(jargon)
        problems = [
            name
            for name, hit in (("blame", blame), ("dismissive", dismissive), ("jargon", jargon))
            if hit
        ]
        reason = "+".join(problems) if problems else "clean"
        return self._part("tone", max(0.0, share), reason, blame + dismissive + jargon)

    def _clarity(self, answer: str) -> CriterionScore:
        c = self.lexicon.clarity
        count = len(_WORD.findall(answer))
        longest = max((len(_WORD.findall(s)) for s in _SENTENCE.split(answer)), default=0)
        if count < c.min_words:
            return self._part("clarity", 0.0, "too_short")
        if count > c.max_words:
            return self._part("clarity", 0.0, "too_long")
        if longest > c.max_sentence_words:
            return self._part("clarity", 0.5, "long_sentence")
        return self._part("clarity", 1.0, "ok")

    def _response_time(self, seconds: float) -> CriterionScore:
        if seconds <= 90:
            return self._part("response_time", 1.0, "quick")
        if seconds <= 240:
            return self._part("response_time", 0.5, "slow")
        return self._part("response_time", 0.0, "very_slow")


@cache
def _lexicon(language: str) -> Lexicon:
    return load_lexicon(language)


def _same_text(lexicon: Lexicon) -> Callable[[str], str]:
    """How answers and names compare: folded, or only lower-cased where tones matter."""
    if lexicon.keep_diacritics:
        return lambda s: " ".join(_WORD.findall(s.casefold()))
    return lambda s: " ".join(_WORD.findall(fold(s)))


def _has_word(text: str, word: str) -> bool:
    return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


# --- a whole role-play --------------------------------------------------------------------


@dataclass(frozen=True)
class PlayedTurn:
    node: str  # the customer's turn the answer replied to
    answer: str
    result: TurnScore
    seconds: float | None = None


@dataclass(frozen=True)
class SessionScore:
    turns: tuple[PlayedTurn, ...]
    outcome: Ending | None  # where the customer ended up (None: the answers ran out first)
    path: tuple[str, ...]  # the customer's turns, from the start

    @property
    def total(self) -> float:
        """0-100: the average share of points over the answers."""
        if not self.turns:
            return 0.0
        return round(100 * sum(t.result.score for t in self.turns) / len(self.turns), 1)

    @property
    def passed(self) -> bool:
        return self.outcome == Ending.SUCCESS and self.total >= PASS_FROM

    def criteria(self) -> dict[str, dict[str, float]]:
        """Points and the most there were, per criterion, over the answers."""
        out: dict[str, dict[str, float]] = {}
        for t in self.turns:
            for c in t.result.criteria:
                entry = out.setdefault(c.criterion, {"points": 0.0, "max": 0.0})
                entry["points"] = round(entry["points"] + c.points, 2)
                entry["max"] = round(entry["max"] + c.weight, 2)
        return out


def play(
    scenario: Scenario,
    language: str,
    answers: Sequence[str | tuple[str, float | None]],
    scorer: Scorer | None = None,
) -> SessionScore:
    """Walk the scenario with these answers (optionally with the seconds each took): score
    each, follow the branch its band picks, stop at an ending."""
    text = scenario.text(language)
    scorer = scorer or RubricScorer(language)
    node = scenario.start
    path = [node.id]
    played = []
    for item in answers:
        if node.is_end:
            break
        answer, seconds = (item, None) if isinstance(item, str) else item
        result = scorer.score(answer, text, seconds)
        played.append(PlayedTurn(node.id, answer, result, seconds))
        node = scenario.next(node.id, result.band)
        path.append(node.id)
    return SessionScore(tuple(played), node.end, tuple(path))


# English explanations (the command line's; the app explains in the user's language).
EXPLAIN: Mapping[tuple[str, str], str] = {
    ("acknowledge", "found"): "Acknowledged the problem",
    ("acknowledge", "missing"): "Say what you see went wrong before anything else",
    ("empathy", "found"): "Showed empathy",
    ("empathy", "missing"): "No empathy: show you understand how this feels",
    ("ownership", "found"): "Took ownership",
    ("ownership", "found_but_blame"): "Took ownership, but also blamed the customer or the carrier",
    ("ownership", "blame"): "Blamed the customer or the carrier",
    ("ownership", "missing"): "Say what you will do (I will …)",
    ("next_step", "step_and_time"): "A concrete next step with a time",
    ("next_step", "step_no_time"): "A next step, but no time: say when",
    ("next_step", "time_no_step"): "A time, but no concrete step",
    ("next_step", "missing"): "No concrete next step",
    ("personalization", "name_and_order"): "Used their name and their order",
    ("personalization", "name_only"): "Used their name; refer to their order or parcel too",
    ("personalization", "order_only"): "Referred to their order; use their name too",
    ("personalization", "missing"): "Impersonal: use their name and refer to their order",
    ("tone", "clean"): "Kind tone",
    ("clarity", "ok"): "Clear and the right length",
    ("clarity", "too_short"): "Too short to help",
    ("clarity", "too_long"): "Too long: keep to what matters",
    ("clarity", "long_sentence"): "A sentence is too long to follow",
    ("response_time", "quick"): "Answered quickly",
    ("response_time", "slow"): "A slow answer",
    ("response_time", "very_slow"): "A very slow answer: the customer waited long",
}
_TONE = {"blame": "blame", "dismissive": "dismissive words", "jargon": "jargon"}


def explain(c: CriterionScore) -> str:
    """One English sentence for a criterion's score, with the words that decided it."""
    if c.criterion == "tone" and c.reason != "clean":
        sentence = "Tone: " + ", ".join(_TONE[p] for p in c.reason.split("+"))
    else:
        sentence = EXPLAIN[(c.criterion, c.reason)]
    if c.words:
        sentence += " (" + ", ".join(f"“{w}”" for w in dict.fromkeys(c.words)) + ")"
    return sentence + "."
