"""Per-language word lists for rubric scoring, and the one way an entry matches an answer.

A lexicon is `resources/training/lexicon/<language>.json` (format in
`resources/scenarios/README.md`). Entries are lower-case phrases. An entry matches an answer
where its words appear in that order as whole words. Both sides are compared in NFC with curly
apostrophes read as straight ones, and folded: with `"diacritics": "ignore"` (the default) by
`agentdesk.core.text.fold`, so case, accents and Arabic harakat do not matter; with `"keep"`
(Vietnamese, where "nhắn" and "nhận" are different words) only by case. A trailing `*` lets the
last word go on ("apolog*" matches "apologise" and "apologies"). A word may also carry one of
the lexicon's `prefixes` glued on (Arabic "و" and, "ف" so).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import cast

from agentdesk.core.text import fold
from agentdesk.paths import resources_dir
from agentdesk.training._json import invalid, read_json, unknown_keys
from agentdesk.training.scenarios import LANGUAGES

EARN: tuple[str, ...] = (
    "acknowledge",  # names the problem: "I can see", "jeg har tjekket"
    "empathy",  # "I'm so sorry", "det er jeg ked af", "em rất tiếc"
    "ownership",  # "I will", "jeg sørger for", "saya akan", "سأقوم"
    "next_step",  # a concrete action: reship, refund, new tracking number, a text message
    "time_words",  # when: today, tomorrow, within 24 hours, by Friday
    "order_words",  # refers to their order or parcel: "your order", "din pakke"
)
LOSE: tuple[str, ...] = (
    "blame",  # "you should have", "your fault", sending them to the carrier
    "dismissive",  # "calm down", "policy says", "nothing I can do"
    "jargon",  # "SLA", "RMA", "escalated to L2"
)
_CLARITY = ("min_words", "max_words", "max_sentence_words")
_FIELDS = frozenset(
    {"language", "version", "earn", "lose", "honorifics", "prefixes", "diacritics", "clarity"}
)
_DIACRITICS = ("ignore", "keep")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_KIND = "Lexicon file"


class LexiconError(ValueError):
    """A lexicon that cannot be used; the message is one sentence naming the file."""


@dataclass(frozen=True)
class Clarity:
    min_words: int  # shorter answers are too curt to help
    max_words: int  # longer ones bury the answer
    max_sentence_words: int


@dataclass(frozen=True)
class Match:
    entry: str  # the lexicon entry, e.g. "sorry*"
    text: str  # the words of the answer that matched it, as written, e.g. "Sorry"
    start: int  # offsets into the answer in NFC (the answer itself for ordinary typed text)
    end: int


@dataclass(frozen=True)
class Lexicon:
    language: str
    version: int
    groups: Mapping[str, tuple[str, ...]]  # every EARN and LOSE group, plus "honorifics"
    prefixes: tuple[str, ...]
    clarity: Clarity
    keep_diacritics: bool = False
    _patterns: Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(
        repr=False, compare=False, default_factory=dict
    )

    def find(self, group: str, answer: str) -> tuple[Match, ...]:
        """Where entries of `group` occur in `answer`, in reading order."""
        patterns = self._patterns.get(group)
        if patterns is None:
            raise KeyError(f"the {self.language} lexicon has no group {group!r}")
        answer = unicodedata.normalize("NFC", answer)
        folded, origin = _fold_with_offsets(answer, self.keep_diacritics)
        found: list[Match] = []
        for entry, pattern in patterns:
            for m in pattern.finditer(folded):
                # the end runs on to the next compared character, so marks that fold away
                # (Arabic harakat, a combining accent) stay with the word they sit on
                start = origin[m.start()]
                end = origin[m.end()] if m.end() < len(origin) else len(answer)
                found.append(Match(entry, answer[start:end], start, end))
        return tuple(sorted(found, key=lambda m: (m.start, -m.end)))


def lexicon_path(language: str, folder: Path | None = None) -> Path:
    root = folder if folder is not None else resources_dir() / "training" / "lexicon"
    return root / f"{language}.json"


def load_lexicon(language: str, folder: Path | str | None = None) -> Lexicon:
    """The lexicon of `language`; LexiconError (one sentence, with the file name) if bad."""
    path = lexicon_path(language, Path(folder) if folder is not None else None)
    data = read_json(path, _KIND, LexiconError)
    problems = validate_lexicon(data, language=language)
    if problems:
        raise LexiconError(invalid(_KIND, path.name, problems))
    raw = cast(dict[str, object], data)
    earn = cast(dict[str, list[str]], raw["earn"])
    lose = cast(dict[str, list[str]], raw["lose"])
    groups = {g: tuple(earn[g]) for g in EARN} | {g: tuple(lose[g]) for g in LOSE}
    groups["honorifics"] = tuple(cast(list[str], raw.get("honorifics", [])))
    prefixes = tuple(cast(list[str], raw.get("prefixes", [])))
    keep = raw.get("diacritics", "ignore") == "keep"
    clarity = cast(dict[str, int], raw["clarity"])
    return Lexicon(
        language=language,
        version=cast(int, raw["version"]),
        groups=MappingProxyType(groups),
        prefixes=prefixes,
        clarity=Clarity(*(clarity[k] for k in _CLARITY)),
        keep_diacritics=keep,
        _patterns=MappingProxyType(
            {
                g: tuple((e, _compile(e, prefixes, keep)) for e in entries)
                for g, entries in groups.items()
            }
        ),
    )


def _normal(text: str, keep_diacritics: bool) -> str:
    """How an entry and an answer are compared (for text already in NFC)."""
    text = text.translate(_APOSTROPHES)
    return text.lower() if keep_diacritics else fold(text)


def _fold_with_offsets(text: str, keep_diacritics: bool) -> tuple[str, list[int]]:
    """The compared form of text, and for each of its characters the index it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = _normal(ch, keep_diacritics)
        pieces.append(piece)
        origin.extend([i] * len(piece))
    return "".join(pieces), origin


def _compile(entry: str, prefixes: tuple[str, ...], keep_diacritics: bool) -> re.Pattern[str]:
    stem = entry.removesuffix("*")
    words = _normal(stem, keep_diacritics).split()
    body = r"\s+".join(re.escape(w) for w in words)
    glued = "|".join(re.escape(_normal(p, keep_diacritics)) for p in prefixes)
    head = rf"(?<!\w)(?:{glued})?" if glued else r"(?<!\w)"
    tail = r"\w*" if entry.endswith("*") else ""
    return re.compile(rf"{head}{body}{tail}(?!\w)")


def validate_lexicon(data: object, *, language: str | None = None) -> list[str]:
    """Everything wrong with a parsed lexicon file, each as a short phrase; [] when usable."""
    if not isinstance(data, dict):
        return ["the file must hold one JSON object"]
    problems = unknown_keys(data, _FIELDS, "the lexicon")
    lang = data.get("language")
    if lang not in LANGUAGES:
        problems.append(f"'language' must be one of {', '.join(LANGUAGES)}")
    elif language is not None and lang != language:
        problems.append(f"'language' is '{lang}', but the file is for '{language}'")
    version = data.get("version")
    if not (isinstance(version, int) and not isinstance(version, bool) and version >= 1):
        problems.append("'version' must be a whole number from 1")
    diacritics = data.get("diacritics", "ignore")
    if diacritics not in _DIACRITICS:
        problems.append("'diacritics' must be 'ignore' or 'keep'")
    keep = diacritics == "keep"
    seen: dict[str, str] = {}  # compared form of an entry -> its group, across earn and lose
    for side, names in (("earn", EARN), ("lose", LOSE)):
        groups = data.get(side)
        if not isinstance(groups, dict):
            problems.append(f"'{side}' must be an object with the groups {', '.join(names)}")
            continue
        problems += unknown_keys(groups, frozenset(names), f"'{side}'")
        for name in names:
            problems += _check_entries(groups.get(name), f"{side}.{name}", seen, keep, True)
    problems += _check_entries(data.get("honorifics", []), "honorifics", {}, keep, False)
    problems += _check_entries(data.get("prefixes", []), "prefixes", {}, keep, False)
    clarity = data.get("clarity")
    if not (
        isinstance(clarity, dict)
        and set(clarity) == set(_CLARITY)
        and all(isinstance(clarity[k], int) and clarity[k] > 0 for k in _CLARITY)
        and clarity["min_words"] < clarity["max_words"]
    ):
        problems.append(
            "'clarity' must give whole numbers min_words < max_words and max_sentence_words"
        )
    return problems


def _check_entries(
    entries: object, where: str, seen: dict[str, str], keep_diacritics: bool, required: bool
) -> list[str]:
    if not isinstance(entries, list) or (required and not entries):
        return [f"'{where}' must be a {'non-empty ' if required else ''}list of phrases"]
    problems: list[str] = []
    for entry in entries:
        if not isinstance(entry, str) or not entry.strip():
            problems.append(f"'{where}' has an entry that is not a phrase: {entry!r}")
            continue
        if entry != " ".join(entry.split()) or entry != unicodedata.normalize("NFC", entry):
            problems.append(f"'{where}' entry {entry!r} has extra spaces or is not NFC")
        if entry != entry.lower():
            problems.append(f"'{where}' entry {entry!r} must be lower-case")
        if "*" in entry.removesuffix("*") or entry == "*":
            problems.append(f"'{where}' entry {entry!r} may only end in '*', nowhere else")
        key = _normal(unicodedata.normalize("NFC", entry), keep_diacritics)
        if key in seen:
            problems.append(f"'{where}' entry {entry!r} is already listed in '{seen[key]}'")
        seen[key] = where
    return problems
