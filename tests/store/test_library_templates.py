"""The proactive messages and recovery-plan templates ship in all five languages, alike."""

import json

import pytest

from agentdesk.core.templates import PLACEHOLDERS
from agentdesk.paths import resources_dir
from agentdesk.store import library

LANGS = ("en", "da", "ar", "id", "vi")


def braces(text):
    return {w.split("}")[0] for w in text.split("{")[1:]}


@pytest.mark.parametrize("lang", LANGS)
def test_proactive_messages_cover_every_rule_with_known_placeholders(lang):
    messages = library.proactive_messages(lang)
    assert set(messages) == {"late", "stale", "exception", "lost", "disputed"}
    for m in messages.values():
        assert braces(m["subject"] + m["body"]) <= set(PLACEHOLDERS)
        assert "{first_name}" in m["body"] and "{order_number}" in m["body"]


def test_plan_templates_have_the_same_steps_in_every_language():
    shapes = {}
    for lang in LANGS:
        path = resources_dir() / "library" / "plans" / f"{lang}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        shapes[lang] = {
            t["key"]: [(s["kind"], s["due_days"], s.get("percent")) for s in t["steps"]]
            for t in data["templates"]
        }
        for t in data["templates"]:
            goodwill = [s for s in t["steps"] if s["kind"] in ("refund", "reship", "voucher")]
            assert len(goodwill) == 1, (lang, t["key"])
    assert set(shapes["en"]) == {
        "late_parcel",
        "lost_parcel",
        "wrong_item",
        "damaged_item",
        "refund_delay",
    }
    assert all(shape == shapes["en"] for shape in shapes.values())
