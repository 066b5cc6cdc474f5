"""The shipped scenario library, its content per language, and the validator on broken files."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from agentdesk.store.demo_people import MARKETS
from agentdesk.training.scenarios import (
    LANGUAGES,
    MAX_TURNS,
    MIN_TURNS,
    Band,
    Ending,
    Scenario,
    ScenarioError,
    band_for,
    default_folder,
    load_library,
    load_scenario,
    validate,
)

REQUIRED_IDS = {
    "lost-parcel",
    "late-birthday-gift",
    "damaged-on-arrival",
    "wrong-address",
    "carrier-blames-shop",
    "wrong-item",
    "refund-refused",
    "refund-delay",
    "return-label-missing",
    "payment-charged-twice",
    "repeat-contact",
    "vip-personal",
}
CURRENCY = {"en": "GBP", "da": "DKK", "ar": "EGP", "id": "IDR", "vi": "VND"}
RESOURCES = default_folder().parent


@pytest.fixture(scope="module")
def library() -> dict[str, Scenario]:
    return load_library()


def texts(scenario: Scenario, language: str) -> list[str]:
    """Every text of one language: title, persona, briefing, notes and the customer's lines."""
    t = scenario.text(language)
    return [
        t.title,
        t.persona.description,
        t.briefing,
        *(n.text for n in t.notes),
        *t.script.values(),
    ]


# --- the shipped library ---------------------------------------------------------------------


def test_library_has_the_twelve_scenarios(library: dict[str, Scenario]) -> None:
    assert len(library) >= 12
    assert "lost-parcel" in library
    assert set(library) >= REQUIRED_IDS
    assert list(library) == sorted(library)


def test_every_scenario_speaks_every_language_over_one_graph(
    library: dict[str, Scenario],
) -> None:
    for s in library.values():
        assert s.languages == LANGUAGES, s.id
        for lang in LANGUAGES:
            assert list(s.text(lang).script) == list(s.nodes), (s.id, lang)


def test_every_path_ends_within_three_to_five_customer_turns(
    library: dict[str, Scenario],
) -> None:
    for s in library.values():
        paths = s.paths()
        assert paths, s.id
        for path in paths:
            assert MIN_TURNS <= len(path) <= MAX_TURNS, (s.id, path)
            assert path[0] == "start"
            assert s.nodes[path[-1]].is_end
            assert len(set(path)) == len(path)  # no node twice: no cycles


def test_good_answers_calm_the_customer_and_bad_ones_escalate(
    library: dict[str, Scenario],
) -> None:
    for s in library.values():
        for band, ending in ((Band.GOOD, Ending.SUCCESS), (Band.BAD, Ending.ESCALATION)):
            node, angers = s.start, [s.start.anger]
            while not node.is_end:
                node = s.next(node.id, band)
                angers.append(node.anger)
            assert node.end is ending, (s.id, band)
            if band is Band.GOOD:
                assert angers == sorted(angers, reverse=True), (s.id, angers)
            else:
                assert angers == sorted(angers), (s.id, angers)
        assert {n.end for n in s.nodes.values() if n.is_end} == {Ending.SUCCESS, Ending.ESCALATION}


def test_categories_cover_logistics_refunds_payment_repeat_and_vip(
    library: dict[str, Scenario],
) -> None:
    categories = {s.category.value for s in library.values()}
    assert {
        "late_delivery",
        "lost_parcel",
        "damaged",
        "wrong_item",
        "refund",
        "payment",
    } <= categories
    assert library["repeat-contact"].context.previous_contacts >= 1
    assert "vip" in library["vip-personal"].tags
    vip_notes = {lang: library["vip-personal"].text(lang).notes for lang in LANGUAGES}
    assert all(len(notes) >= 2 for notes in vip_notes.values())


def test_orders_use_the_market_currency_carrier_and_prices(library: dict[str, Scenario]) -> None:
    prices = {
        lang: {
            p["sku"]: (p["name"], p["price"])
            for p in json.loads((RESOURCES / "demo" / f"{lang}.json").read_text(encoding="utf-8"))[
                "products"
            ]
        }
        for lang in LANGUAGES
    }
    for s in library.values():
        for lang in LANGUAGES:
            order = s.text(lang).order
            assert order.number == s.context.order_number
            assert order.currency == CURRENCY[lang], (s.id, lang)
            assert order.carrier in MARKETS[lang].carriers, (s.id, lang, order.carrier)
            for line in order.lines:
                name, price = prices[lang][line.sku]
                assert (line.name, f"{line.unit_price:.2f}") == (name, price), (s.id, lang)


def test_arabic_texts_are_in_arabic_script(library: dict[str, Scenario]) -> None:
    for s in library.values():
        t = s.text("ar")
        assert re.search(r"[\u0600-\u06ff]", t.persona.name) and re.search(
            r"[\u0600-\u06ff]", t.persona.address_as
        ), s.id
        for text in texts(s, "ar"):
            letters = [ch for ch in text if ch.isalpha()]
            arabic = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"]
            assert len(arabic) >= 0.9 * len(letters), (s.id, text)


_VI_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")


def test_vietnamese_texts_have_diacritics_and_polite_address(library: dict[str, Scenario]) -> None:
    for s in library.values():
        t = s.text("vi")
        assert t.persona.address_as.split()[0] in {"anh", "chị", "cô", "chú", "bác"}, s.id
        for text in texts(s, "vi"):
            assert unicodedata.is_normalized("NFC", text)
            words = re.findall(r"\w+", text.lower())
            marked = [w for w in words if _VI_MARKED.search(w)]
            assert len(marked) >= 0.4 * len(words), (s.id, text)


_DA_WORDS = {
    "jeg",
    "det",
    "og",
    "er",
    "ikke",
    "du",
    "har",
    "til",
    "på",
    "en",
    "at",
    "i",
    "der",
    "de",
}
_DA_WORDS |= {"os", "for", "med", "af", "som", "den", "vi", "så", "kan", "fra", "hun", "han", "sig"}
_ID_WORDS = {"saya", "yang", "tidak", "nggak", "sudah", "ini", "dan", "ke", "di", "ya", "kak"}
_ID_WORDS |= {"anda", "dari", "untuk", "dengan", "lebih", "saja", "akan", "bisa", "juga", "ia"}
_EN_WORDS = {"the", "and", "you", "your", "is", "of", "with", "that", "this", "will", "have"}


@pytest.mark.parametrize(("language", "common"), [("da", _DA_WORDS), ("id", _ID_WORDS)])
def test_danish_and_indonesian_are_written_not_copied(
    library: dict[str, Scenario], language: str, common: set[str]
) -> None:
    for s in library.values():
        english = set(texts(s, "en"))
        title, *sentences = texts(s, language)
        for text in (title, *sentences):
            assert text not in english, (s.id, language, text)
            words = re.findall(r"\w+", text.lower())
            assert len([w for w in words if w in _EN_WORDS]) < 2, (s.id, language, text)
        for text in sentences:  # a title is often too short to hold a function word
            words = re.findall(r"\w+", text.lower())
            assert len(words) < 6 or set(words) & common, (s.id, language, text)


def test_danish_is_informal_and_indonesian_addresses_with_a_title(
    library: dict[str, Scenario],
) -> None:
    for s in library.values():
        assert re.search(r"\bdu\b", s.text("da").briefing.lower()), s.id
        assert not re.search(r"\b(Dem|Deres)\b", " ".join(texts(s, "da"))), s.id
        title = s.text("id").persona.address_as.split()[0]
        assert title in {"Kak", "Bu", "Pak", "Mas", "Mbak"}, s.id


def test_personas_have_local_names(library: dict[str, Scenario]) -> None:
    for s in library.values():
        names = {lang: s.text(lang).persona.name for lang in LANGUAGES}
        assert len(set(names.values())) == len(LANGUAGES), (s.id, names)
        for lang in LANGUAGES:
            p = s.text(lang).persona
            assert p.first_name and p.first_name in p.name


def test_band_for_score() -> None:
    assert band_for(1.0) is Band.GOOD
    assert band_for(0.7) is Band.GOOD
    assert band_for(0.69) is Band.OK
    assert band_for(0.4) is Band.OK
    assert band_for(0.39) is Band.BAD
    assert band_for(0.0) is Band.BAD


def test_next_from_an_ending_is_refused(library: dict[str, Scenario]) -> None:
    with pytest.raises(ValueError, match="ending"):
        library["lost-parcel"].next("end_success", Band.GOOD)


# --- broken files ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (default_folder() / "lost-parcel.json").read_text(encoding="utf-8")
    )
    return data


def write(tmp_path: Path, data: Any, name: str = "lost-parcel.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def add_node(data: dict[str, Any], node_id: str, node: dict[str, Any]) -> None:
    data["graph"][node_id] = node
    for lang in LANGUAGES:
        data["languages"][lang]["script"][node_id] = f"A line for {node_id}."


def rejected(path: Path) -> str:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    message = str(caught.value)
    assert path.name in message
    assert message.endswith(".") and "\n" not in message
    return message


def test_the_base_file_is_valid(base: dict[str, Any]) -> None:
    assert validate(base, stem="lost-parcel") == []


def test_bad_json(tmp_path: Path) -> None:
    message = rejected(write(tmp_path, '{"id": "lost-parcel",'))
    assert "not valid JSON" in message and "line 1" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in rejected(tmp_path / "lost-parcel.json")


def test_missing_language(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    del data["languages"]["vi"]
    assert "language 'vi' is missing" in rejected(write(tmp_path, data))


def test_unknown_language(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["languages"]["fr"] = copy.deepcopy(data["languages"]["en"])
    assert "language 'fr' is not one AgentDesk speaks" in rejected(write(tmp_path, data))


def test_a_language_with_a_node_fewer(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    del data["languages"]["da"]["script"]["calmer"]
    message = rejected(write(tmp_path, data))
    assert "language 'da' has no customer line for node 'calmer'" in message


def test_a_language_with_a_node_more(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["languages"]["ar"]["script"]["surprise"] = "نص إضافي"
    message = rejected(write(tmp_path, data))
    assert "language 'ar' has a line for 'surprise', which is not a node" in message


def test_dangling_edge(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["graph"]["calmer"]["next"]["ok"] = "nowhere"
    message = rejected(write(tmp_path, data))
    assert "node 'calmer' sends a 'ok' answer to 'nowhere', which is not a node" in message


def test_unreachable_node(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    add_node(data, "orphan", {"anger": 0, "end": "success"})
    assert "node 'orphan' cannot be reached from 'start'" in rejected(write(tmp_path, data))


def test_cycle(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["graph"]["reassured"]["next"]["bad"] = "start"
    message = rejected(write(tmp_path, data))
    assert "the graph loops (start -> calmer -> reassured -> start)" in message


def test_missing_ending(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["graph"]["end_escalation"]["end"] = "success"
    assert "the graph has no 'escalation' ending" in rejected(write(tmp_path, data))


def test_node_without_edges_or_ending(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    del data["graph"]["end_grudging"]["end"]
    assert "node 'end_grudging' must have either 'next' or 'end'" in rejected(write(tmp_path, data))


def test_path_too_long(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    detour = {"good": "end_grudging", "ok": "end_grudging", "bad": "end_grudging"}
    add_node(data, "detour", {"anger": 1, "next": detour})
    data["graph"]["last_chance"]["next"]["good"] = "detour"
    message = rejected(write(tmp_path, data))
    assert "has 6 customer turns, not 3 to 5" in message


def test_good_answer_must_not_anger(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["graph"]["start"]["next"]["good"] = "angrier"
    assert "a good answer must not raise the anger" in rejected(write(tmp_path, data))


def test_id_must_match_file_name(tmp_path: Path, base: dict[str, Any]) -> None:
    message = rejected(write(tmp_path, base, name="lost-parcel-copy.json"))
    assert "differs from the file name" in message


def test_order_total_must_add_up(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["languages"]["da"]["order"]["total"] = "1.00"
    assert "but the lines and shipping add up to" in rejected(write(tmp_path, data))


def test_order_lines_must_match_across_languages(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    order = data["languages"]["id"]["order"]
    order["lines"][0]["qty"] = 2
    order["total"] = "1508000.00"  # keep the sum right: only the quantity differs
    message = rejected(write(tmp_path, data))
    assert "language 'id' has other order lines" in message


def test_unknown_field_is_reported(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["languages"]["en"]["persona"]["nickname"] = "Sal"
    assert "unknown field 'nickname'" in rejected(write(tmp_path, data))


def test_many_problems_stay_one_sentence(tmp_path: Path) -> None:
    message = rejected(write(tmp_path, {"id": "lost-parcel"}))
    assert "more problem" in message


def test_library_names_the_bad_file(tmp_path: Path, base: dict[str, Any]) -> None:
    write(tmp_path, base)
    broken = copy.deepcopy(base)
    broken["id"] = "broken"
    del broken["languages"]["en"]
    write(tmp_path, broken, name="broken.json")
    (tmp_path / "README.md").write_text("not a scenario", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"broken\.json.*language 'en' is missing"):
        load_library(tmp_path)
    (tmp_path / "broken.json").unlink()
    assert list(load_library(tmp_path)) == ["lost-parcel"]


def test_missing_library_folder(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="does not exist"):
        load_library(tmp_path / "nope")


def test_validate_never_raises_on_junk() -> None:
    for junk in (None, [], "text", 3, {"graph": []}, {"graph": {"start": 1}}, {"languages": []}):
        assert validate(junk)


def test_all_bad_answers_must_escalate(tmp_path: Path, base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    data["graph"]["angrier"]["next"]["bad"] = "end_grudging"
    message = rejected(write(tmp_path, data))
    assert "answering 'bad' every time must end in 'escalation'" in message
    assert (
        "node 'angrier': a good answer must not raise the anger, a bad one not lower it" in message
    )
