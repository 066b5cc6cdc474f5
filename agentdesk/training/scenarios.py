"""Role-play scenarios: the shipped library, its file format and its validation.

A scenario is one JSON file under `resources/scenarios/` (the format is documented in
`resources/scenarios/README.md`). It has one branching graph of customer turns, shared by every
language, and per language the texts: title, persona, briefing, the order as that market sees it
(currency, carrier, product names), the customer's line for every node of the graph and,
optionally, a model answer (what an excellent agent would reply) to the lines the trainee answers.

After each answer the trainee's score picks the band (`band_for`), the band picks the edge, and
the customer's next line is the line of the node at the end of that edge. Endings have no edges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import cast

from agentdesk.core.money import MoneyError, parse_amount
from agentdesk.core.shipping import ParcelState
from agentdesk.core.templates import first_name
from agentdesk.core.types import Category, Channel, NoteKind
from agentdesk.paths import resources_dir
from agentdesk.training._json import invalid, read_json, text_problem, unknown_keys

LANGUAGES: tuple[str, ...] = ("en", "da", "ar", "id", "vi")
START = "start"
MIN_TURNS = 3  # customer lines on every path from start to an ending, the ending included
MAX_TURNS = 5
MAX_ANGER = 4
GOOD_FROM = 0.7  # a turn scoring at least this share of the rubric's points is "good"
OK_FROM = 0.4  # ... at least this is "ok"; anything lower is "bad"

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NODE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TAG = re.compile(r"^[a-z][a-z0-9_]*$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_KIND = "Scenario file"


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message is one sentence naming the file."""


class Band(StrEnum):
    GOOD = "good"
    OK = "ok"
    BAD = "bad"


class Ending(StrEnum):
    SUCCESS = "success"
    ESCALATION = "escalation"


def band_for(score: float) -> Band:
    """The band of a turn whose score is `score`, the share (0.0-1.0) of the rubric's points."""
    if score >= GOOD_FROM:
        return Band.GOOD
    if score >= OK_FROM:
        return Band.OK
    return Band.BAD


@dataclass(frozen=True)
class Node:
    """One customer turn of the graph (the same in every language)."""

    id: str
    anger: int  # 0 calm ... 4 furious
    next: Mapping[Band, str]  # empty for an ending
    end: Ending | None = None

    @property
    def is_end(self) -> bool:
        return self.end is not None


@dataclass(frozen=True)
class Context:
    """The language-independent facts of the case."""

    channel: Channel
    order_number: str
    parcel_state: ParcelState
    ordered_days_ago: int
    promised_days_ago: int | None = None  # negative: promised for a later day
    delivered_days_ago: int | None = None
    previous_contacts: int = 0


@dataclass(frozen=True)
class Persona:
    name: str
    first_name: str  # the given name (for Vietnamese the last word of the name)
    address_as: str  # how a good answer addresses them ("Sarah", "chị Lan"); uses a word of name
    description: str


@dataclass(frozen=True)
class OrderLine:
    sku: str
    name: str
    qty: int
    unit_price: Decimal


@dataclass(frozen=True)
class Order:
    """The order as the customer's market sees it."""

    number: str
    currency: str
    carrier: str
    tracking: str
    shipping: Decimal
    total: Decimal
    lines: tuple[OrderLine, ...]


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    text: str


@dataclass(frozen=True)
class ScenarioText:
    """Everything a scenario says in one language."""

    language: str
    title: str
    persona: Persona
    briefing: str
    order: Order
    notes: tuple[Note, ...]
    script: Mapping[str, str]  # node id -> the customer's line
    # node id -> what an excellent agent would answer to that line (non-ending nodes only)
    model: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def line(self, node_id: str) -> str:
        return self.script[node_id]

    def model_answer(self, node_id: str) -> str | None:
        """The model answer to the customer's line at `node_id`, if the scenario has one."""
        return self.model.get(node_id)


@dataclass(frozen=True)
class Scenario:
    id: str
    version: int
    category: Category
    tags: tuple[str, ...]
    difficulty: int  # 1 easy ... 3 hard
    context: Context
    nodes: Mapping[str, Node]
    texts: Mapping[str, ScenarioText]
    source: Path | None = field(default=None, compare=False)

    @property
    def start(self) -> Node:
        return self.nodes[START]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)

    def text(self, language: str) -> ScenarioText:
        return self.texts[language]

    def next(self, node_id: str, band: Band) -> Node:
        """The customer's next turn after an answer in `band` to the turn `node_id`."""
        node = self.nodes[node_id]
        if node.is_end:
            raise ValueError(f"node {node_id!r} of scenario {self.id!r} is an ending")
        return self.nodes[node.next[band]]

    def paths(self) -> tuple[tuple[str, ...], ...]:
        """Every path from the start to an ending, as node ids."""
        edges = {n.id: tuple(n.next.values()) for n in self.nodes.values()}
        return tuple(_paths(edges, START))


# --- loading ---------------------------------------------------------------------------------


def default_folder() -> Path:
    return resources_dir() / "scenarios"


def load_scenario(path: Path | str) -> Scenario:
    """One scenario file, validated; ScenarioError (one sentence, with the file name) if bad."""
    path = Path(path)
    data = read_json(path, _KIND, ScenarioError)
    problems = validate(data, stem=path.stem)
    if problems:
        raise ScenarioError(invalid(_KIND, path.name, problems))
    return _built(data, path, path.name)


def parse_scenario(text: str, name: str) -> Scenario:
    """A scenario from JSON text (an edited or imported one), validated like a file named
    `name`.json; ScenarioError (one sentence) if bad."""
    import json

    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: "[[[[..." nested too deep
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:120]
        raise ScenarioError(f"{_KIND} {name}.json is not valid JSON ({why}).") from None
    problems = validate(data, stem=name)
    if problems:
        raise ScenarioError(invalid(_KIND, f"{name}.json", problems))
    return _built(data, None, f"{name}.json")


def _built(data: object, path: Path | None, name: str) -> Scenario:
    """The validated file as a Scenario; should validate() miss a shape that building
    stumbles on, that is still one sentence, never a traceback."""
    try:
        return _build(cast(dict[str, object], data), path)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise ScenarioError(
            invalid(_KIND, name, [f"a value has the wrong form ({type(exc).__name__})"])
        ) from None


def load_library(folder: Path | str | None = None) -> dict[str, Scenario]:
    """Every `*.json` scenario in `folder` (default: the shipped library), by id in id order."""
    root = Path(folder) if folder is not None else default_folder()
    if not root.is_dir():
        raise ScenarioError(f"Scenario folder {root} does not exist.")
    scenarios = (load_scenario(p) for p in sorted(root.glob("*.json")))
    return {s.id: s for s in sorted(scenarios, key=lambda s: s.id)}


def _build(data: dict[str, object], path: Path | None) -> Scenario:
    ctx = cast(dict[str, object], data["context"])
    context = Context(
        channel=Channel(cast(str, ctx["channel"])),
        order_number=cast(str, ctx["order_number"]),
        parcel_state=ParcelState(cast(str, ctx["parcel_state"])),
        ordered_days_ago=cast(int, ctx["ordered_days_ago"]),
        promised_days_ago=cast("int | None", ctx.get("promised_days_ago")),
        delivered_days_ago=cast("int | None", ctx.get("delivered_days_ago")),
        previous_contacts=cast(int, ctx.get("previous_contacts", 0)),
    )
    nodes: dict[str, Node] = {}
    for node_id, raw in cast(dict[str, dict[str, object]], data["graph"]).items():
        edges = cast(dict[str, str], raw.get("next", {}))
        end = raw.get("end")
        nodes[node_id] = Node(
            id=node_id,
            anger=cast(int, raw["anger"]),
            next=MappingProxyType({b: edges[b.value] for b in Band if b.value in edges}),
            end=Ending(cast(str, end)) if end is not None else None,
        )
    languages = cast(dict[str, dict[str, object]], data["languages"])
    texts = {
        lang: _build_text(lang, languages[lang], context.order_number, list(nodes))
        for lang in LANGUAGES
    }
    return Scenario(
        id=cast(str, data["id"]),
        version=cast(int, data["version"]),
        category=Category(cast(str, data["category"])),
        tags=tuple(cast(list[str], data.get("tags", []))),
        difficulty=cast(int, data["difficulty"]),
        context=context,
        nodes=MappingProxyType(nodes),
        texts=MappingProxyType(texts),
        source=path,
    )


def _build_text(
    language: str, raw: dict[str, object], order_number: str, node_ids: list[str]
) -> ScenarioText:
    persona = cast(dict[str, str], raw["persona"])
    order = cast(dict[str, object], raw["order"])
    lines = cast(list[dict[str, object]], order["lines"])
    script = cast(dict[str, str], raw["script"])
    model = cast(dict[str, str], raw.get("model", {}))
    return ScenarioText(
        language=language,
        title=cast(str, raw["title"]),
        persona=Persona(
            name=persona["name"],
            first_name=first_name(persona["name"], language),
            address_as=persona["address_as"],
            description=persona["description"],
        ),
        briefing=cast(str, raw["briefing"]),
        order=Order(
            number=order_number,
            currency=cast(str, order["currency"]),
            carrier=cast(str, order["carrier"]),
            tracking=cast(str, order["tracking"]),
            shipping=Decimal(cast(str, order["shipping"])),
            total=Decimal(cast(str, order["total"])),
            lines=tuple(
                OrderLine(
                    sku=cast(str, line["sku"]),
                    name=cast(str, line["name"]),
                    qty=cast(int, line["qty"]),
                    unit_price=Decimal(cast(str, line["unit_price"])),
                )
                for line in lines
            ),
        ),
        notes=tuple(
            Note(NoteKind(n["kind"]), n["text"])
            for n in cast(list[dict[str, str]], raw.get("notes", []))
        ),
        script=MappingProxyType({node_id: script[node_id] for node_id in node_ids}),
        model=MappingProxyType({n: model[n] for n in node_ids if n in model}),
    )


# --- validation ------------------------------------------------------------------------------

_TOP_REQUIRED = frozenset({"id", "version", "category", "difficulty", "context", "graph"})
_TOP_FIELDS = _TOP_REQUIRED | {"tags", "languages"}
_CONTEXT_REQUIRED = frozenset({"channel", "order_number", "parcel_state", "ordered_days_ago"})
_CONTEXT_FIELDS = _CONTEXT_REQUIRED | {
    "promised_days_ago",
    "delivered_days_ago",
    "previous_contacts",
}
_TEXT_FIELDS = frozenset({"title", "persona", "briefing", "order", "notes", "script", "model"})
_TEXT_OPTIONAL = frozenset({"notes", "model"})
_PERSONA_FIELDS = frozenset({"name", "address_as", "description"})
_ORDER_FIELDS = frozenset({"currency", "carrier", "tracking", "shipping", "total", "lines"})
_LINE_FIELDS = frozenset({"sku", "name", "qty", "unit_price"})


def validate(data: object, *, stem: str | None = None) -> list[str]:
    """Everything wrong with a parsed scenario file, each as a short phrase; [] when usable.

    `stem` is the file name without `.json`; when given, the id must equal it.
    """
    if not isinstance(data, dict):
        return ["the file must hold one JSON object"]
    problems = unknown_keys(data, _TOP_FIELDS, "the scenario")
    problems += [f"the field '{k}' is missing" for k in sorted(_TOP_REQUIRED) if k not in data]
    problems += _check_header(data, stem)
    if isinstance(data.get("context"), dict):
        problems += _check_context(data["context"])
    elif "context" in data:
        problems.append("'context' must be an object")
    graph = data.get("graph")
    node_ids: list[str] = []
    ends: set[str] = set()
    if graph is not None:
        graph_problems = _check_graph(graph)
        problems += graph_problems
        if not graph_problems:
            nodes = cast(dict[str, dict[str, object]], graph)
            node_ids = list(nodes)
            ends = {node_id for node_id, node in nodes.items() if "end" in node}
            problems += _check_flow(nodes)
    problems += _check_languages(data.get("languages"), node_ids, ends)
    return problems


def _among(value: object, values: set[str]) -> bool:
    """``value`` is one of the words ``values`` (a list or object from the file is not)."""
    return isinstance(value, str) and value in values


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_header(data: dict[str, object], stem: str | None) -> list[str]:
    problems: list[str] = []
    sid = data.get("id")
    if "id" in data:
        if not isinstance(sid, str) or not _ID.match(sid):
            problems.append("'id' must be lower-case words joined by hyphens, like 'lost-parcel'")
        elif stem is not None and sid != stem:
            problems.append(f"the id '{sid}' differs from the file name '{stem}.json'")
    version = data.get("version")
    if "version" in data and not (_is_int(version) and cast(int, version) >= 1):
        problems.append("'version' must be a whole number from 1")
    category = data.get("category")
    if "category" in data and not _among(category, {c.value for c in Category}):
        problems.append(
            f"'category' must be one of {', '.join(c.value for c in Category)}, not {category!r}"
        )
    difficulty = data.get("difficulty")
    if "difficulty" in data and not (_is_int(difficulty) and 1 <= cast(int, difficulty) <= 3):
        problems.append("'difficulty' must be 1, 2 or 3")
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and _TAG.match(t) for t in tags):
        problems.append("'tags' must be a list of lower-case words such as 'vip'")
    elif len(set(tags)) != len(tags):
        problems.append("'tags' lists a tag twice")
    return problems


def _check_context(ctx: dict[str, object]) -> list[str]:
    problems = unknown_keys(ctx, _CONTEXT_FIELDS, "'context'")
    problems += [f"'context' has no '{k}'" for k in sorted(_CONTEXT_REQUIRED) if k not in ctx]
    if "channel" in ctx and not _among(ctx["channel"], {c.value for c in Channel}):
        problems.append(f"'context.channel' must be one of {', '.join(c.value for c in Channel)}")
    if "parcel_state" in ctx and not _among(ctx["parcel_state"], {s.value for s in ParcelState}):
        problems.append(
            f"'context.parcel_state' must be one of {', '.join(s.value for s in ParcelState)}"
        )
    number = ctx.get("order_number")
    if "order_number" in ctx and not (isinstance(number, str) and number.strip()):
        problems.append("'context.order_number' must be a non-empty text")
    for key in ("ordered_days_ago", "delivered_days_ago", "previous_contacts"):
        value = ctx.get(key)
        if value is not None and not (_is_int(value) and cast(int, value) >= 0):
            problems.append(f"'context.{key}' must be a whole number of 0 or more")
    promised = ctx.get("promised_days_ago")
    if promised is not None and not _is_int(promised):
        problems.append("'context.promised_days_ago' must be a whole number or null")
    return problems


def _check_graph(graph: object) -> list[str]:
    """The shape of every node; the flow between nodes is checked by _check_flow."""
    if not isinstance(graph, dict) or not graph:
        return ["'graph' must be an object of nodes"]
    problems: list[str] = []
    if START not in graph:
        problems.append(f"the graph has no '{START}' node")
    for node_id, node in graph.items():
        where = f"node '{node_id}'"
        if not _NODE_ID.match(node_id):
            problems.append(f"{where} needs an id of lower-case letters, digits and '_'")
        if not isinstance(node, dict):
            problems.append(f"{where} must be an object")
            continue
        problems += unknown_keys(node, frozenset({"anger", "next", "end"}), where)
        anger = node.get("anger")
        if not (_is_int(anger) and 0 <= cast(int, anger) <= MAX_ANGER):
            problems.append(f"{where} needs an 'anger' from 0 to {MAX_ANGER}")
        has_next, has_end = "next" in node, "end" in node
        if has_next == has_end:
            problems.append(f"{where} must have either 'next' or 'end'")
        elif has_end and not _among(node["end"], {e.value for e in Ending}):
            problems.append(f"{where} must end in 'success' or 'escalation', not {node['end']!r}")
        elif has_next:
            edges = node["next"]
            if not isinstance(edges, dict) or set(edges) != {b.value for b in Band}:
                problems.append(f"{where} needs 'next' with exactly 'good', 'ok' and 'bad'")
                continue
            for band, target in edges.items():
                if not isinstance(target, str) or target not in graph:
                    problems.append(
                        f"{where} sends a '{band}' answer to {target!r}, which is not a node"
                    )
    return problems


def _check_flow(graph: dict[str, dict[str, object]]) -> list[str]:
    """Endings, reachability, cycles, path lengths and the direction of the customer's mood."""
    problems: list[str] = []
    ends = {cast(str, n["end"]) for n in graph.values() if "end" in n}
    for ending in Ending:
        if ending.value not in ends:
            problems.append(f"the graph has no '{ending.value}' ending")
    edges = {
        node_id: tuple(cast(dict[str, str], node.get("next", {})).values())
        for node_id, node in graph.items()
    }
    reached = _reachable(edges, START)
    problems += [f"node '{n}' cannot be reached from '{START}'" for n in graph if n not in reached]
    loop = _find_cycle(edges, START)
    if loop:
        return [*problems, f"the graph loops ({' -> '.join(loop)}); it must not have cycles"]
    for path in _paths(edges, START):
        if not MIN_TURNS <= len(path) <= MAX_TURNS:
            problems.append(
                f"the path {' -> '.join(path)} has {len(path)} customer turns, "
                f"not {MIN_TURNS} to {MAX_TURNS}"
            )
            break
    anger = {node_id: cast(int, node["anger"]) for node_id, node in graph.items()}
    for node_id, node in graph.items():
        if "next" not in node:
            continue
        to = {b: anger[t] for b, t in cast(dict[str, str], node["next"]).items()}
        if not to["good"] <= to["ok"] <= to["bad"]:
            problems.append(f"node '{node_id}': a better answer must not make the customer angrier")
        if not to["good"] <= anger[node_id] <= to["bad"]:
            problems.append(
                f"node '{node_id}': a good answer must not raise the anger, a bad one not lower it"
            )
    for band, wanted in ((Band.GOOD, Ending.SUCCESS), (Band.BAD, Ending.ESCALATION)):
        node_id = START
        while "next" in graph[node_id]:
            node_id = cast(dict[str, str], graph[node_id]["next"])[band.value]
        if graph[node_id]["end"] != wanted.value:
            problems.append(f"answering '{band.value}' every time must end in '{wanted.value}'")
    return problems


def _reachable(edges: Mapping[str, tuple[str, ...]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start] if start in edges else []
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(edges.get(node, ()))
    return seen


def _find_cycle(edges: Mapping[str, tuple[str, ...]], start: str) -> list[str]:
    """A loop reachable from start, as the node ids around it (first repeated at the end)."""
    trail: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> list[str]:
        if node in trail:
            return [*trail[trail.index(node) :], node]
        if node in done:
            return []
        trail.append(node)
        for target in dict.fromkeys(edges.get(node, ())):
            found = visit(target)
            if found:
                return found
        trail.pop()
        done.add(node)
        return []

    return visit(start) if start in edges else []


def _paths(edges: Mapping[str, tuple[str, ...]], start: str) -> Iterator[tuple[str, ...]]:
    """Every path from start to a node without edges. The graph must be acyclic."""
    targets = tuple(dict.fromkeys(edges.get(start, ())))
    if not targets:
        yield (start,)
    for target in targets:
        for rest in _paths(edges, target):
            yield (start, *rest)


def _check_languages(languages: object, node_ids: list[str], ends: set[str]) -> list[str]:
    if languages is None:
        return ["the field 'languages' is missing"]
    if not isinstance(languages, dict):
        return ["'languages' must be an object with one entry per language"]
    problems = [f"language '{lang}' is missing" for lang in LANGUAGES if lang not in languages]
    problems += [
        f"language '{lang}' is not one AgentDesk speaks ({', '.join(LANGUAGES)})"
        for lang in languages
        if lang not in LANGUAGES
    ]
    orders: dict[str, list[tuple[object, object]]] = {}
    notes: dict[str, list[object]] = {}
    models: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        block = languages.get(lang)
        if block is None:
            if lang in languages:  # "da": null
                problems.append(f"language '{lang}' is missing")
            continue
        if not isinstance(block, dict):
            problems.append(f"language '{lang}' must be an object")
            continue
        problems += _check_text(lang, block, node_ids, ends)
        model = block.get("model", {})
        if isinstance(model, dict):
            models[lang] = sorted(model)
        order = block.get("order")
        if isinstance(order, dict) and isinstance(order.get("lines"), list):
            orders[lang] = [
                (line.get("sku"), line.get("qty"))
                for line in order["lines"]
                if isinstance(line, dict)
            ]
        if isinstance(block.get("notes", []), list):
            notes[lang] = [
                n.get("kind") if isinstance(n, dict) else None for n in block.get("notes", [])
            ]
    problems += _differs(orders, "order lines (products and quantities)")
    problems += _differs(notes, "notes (how many, of which kind)")
    problems += _differs(models, "model answers (for other nodes)")
    return problems


def _differs(per_language: Mapping[str, object], what: str) -> list[str]:
    if not per_language:
        return []
    first, reference = next(iter(per_language.items()))
    return [
        f"language '{lang}' has other {what} than '{first}'"
        for lang, value in per_language.items()
        if value != reference
    ]


def _check_text(
    lang: str, block: dict[str, object], node_ids: list[str], ends: set[str]
) -> list[str]:
    where = f"language '{lang}'"
    problems = unknown_keys(block, _TEXT_FIELDS, where)
    problems += [
        f"{where} has no '{k}'" for k in sorted(_TEXT_FIELDS - _TEXT_OPTIONAL) if k not in block
    ]
    for key in ("title", "briefing"):
        if key in block:
            problems += _text(block[key], f"{where} '{key}'")
    persona = block.get("persona")
    if "persona" in block:
        if isinstance(persona, dict):
            problems += unknown_keys(persona, _PERSONA_FIELDS, f"{where} 'persona'")
            for key in sorted(_PERSONA_FIELDS):
                problems += _text(persona.get(key), f"{where} 'persona.{key}'")
            name, address_as = persona.get("name"), persona.get("address_as")
            if (
                isinstance(name, str)
                and isinstance(address_as, str)
                and not set(name.split()) & set(address_as.split())
            ):
                problems.append(
                    f"{where} 'persona.address_as' ({address_as!r}) does not use the name {name!r}"
                )
        else:
            problems.append(f"{where} 'persona' must be an object")
    if "order" in block:
        problems += _check_order(block["order"], f"{where} 'order'")
    notes = block.get("notes", [])
    if not isinstance(notes, list):
        problems.append(f"{where} 'notes' must be a list")
    else:
        kinds = {k.value for k in NoteKind}
        for i, note in enumerate(notes, 1):
            if not (
                isinstance(note, dict)
                and set(note) == {"kind", "text"}
                and _among(note["kind"], kinds)
                and text_problem(note["text"], "") is None
            ):
                problems.append(
                    f"{where} note {i} must be {{'kind': one of {', '.join(sorted(kinds))}, "
                    f"'text': ...}}"
                )
    script = block.get("script")
    if "script" in block:
        if not isinstance(script, dict):
            problems.append(f"{where} 'script' must be an object of node id -> customer line")
        else:
            problems += [
                f"{where} has no customer line for node '{n}'" for n in node_ids if n not in script
            ]
            if node_ids:
                problems += [
                    f"{where} has a line for '{n}', which is not a node of the graph"
                    for n in script
                    if n not in node_ids
                ]
            for node_id, line in script.items():
                problems += _text(line, f"{where} line '{node_id}'")
    if "model" in block:
        problems += _check_model(block["model"], where, node_ids, ends)
    return problems


def _check_model(model: object, where: str, node_ids: list[str], ends: set[str]) -> list[str]:
    """Model answers: node id -> the answer to that node's line; never for an ending."""
    if not isinstance(model, dict):
        return [f"{where} 'model' must be an object of node id -> model answer"]
    problems: list[str] = []
    for node_id, answer in model.items():
        if node_ids and node_id not in node_ids:
            problems.append(f"{where} has a model answer for '{node_id}', which is not a node")
        elif node_id in ends:
            problems.append(
                f"{where} has a model answer for '{node_id}', an ending the trainee never answers"
            )
        problems += _text(answer, f"{where} model answer '{node_id}'")
    return problems


def _text(value: object, where: str) -> list[str]:
    problem = text_problem(value, where)
    return [problem] if problem else []


def _check_order(order: object, where: str) -> list[str]:
    if not isinstance(order, dict):
        return [f"{where} must be an object"]
    problems = unknown_keys(order, _ORDER_FIELDS, where)
    problems += [f"{where} has no '{k}'" for k in sorted(_ORDER_FIELDS) if k not in order]
    currency = order.get("currency")
    if "currency" in order and not (isinstance(currency, str) and _CURRENCY.match(currency)):
        problems.append(f"{where} 'currency' must be a three-letter code such as DKK")
    for key in ("carrier", "tracking"):
        if key in order:
            problems += _text(order[key], f"{where} '{key}'")
    amounts: dict[str, Decimal] = {}
    for key in ("shipping", "total"):
        if key in order:
            try:
                amounts[key] = parse_amount(order[key])
            except MoneyError:
                problems.append(f"{where} '{key}' must be a decimal text such as \"59.00\"")
    lines = order.get("lines")
    if "lines" not in order:
        return problems
    if not isinstance(lines, list) or not lines:
        return [*problems, f"{where} 'lines' must be a non-empty list"]
    subtotal = Decimal(0)
    for i, line in enumerate(lines, 1):
        at = f"{where} line {i}"
        if not isinstance(line, dict):
            problems.append(f"{at} must be an object")
            continue
        problems += unknown_keys(line, _LINE_FIELDS, at)
        problems += _text(line.get("sku"), f"{at} 'sku'")
        problems += _text(line.get("name"), f"{at} 'name'")
        qty = line.get("qty")
        if not (_is_int(qty) and cast(int, qty) >= 1):
            problems.append(f"{at} 'qty' must be a whole number from 1")
            qty = 0
        try:
            subtotal += parse_amount(line.get("unit_price")) * cast(int, qty)
        except MoneyError:
            problems.append(f"{at} 'unit_price' must be a decimal text such as \"59.00\"")
    if not problems and len(amounts) == 2 and amounts["total"] != subtotal + amounts["shipping"]:
        problems.append(
            f"{where} 'total' is {amounts['total']}, but the lines and shipping add up to "
            f"{subtotal + amounts['shipping']}"
        )
    return problems
