"""Placeholders in canned responses, greeting names and tracking links."""

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.core.shipping import tracking_link
from agentdesk.core.templates import PLACEHOLDERS, fill, first_name, placeholders_in


def test_known_values_are_filled_and_missing_ones_stay_visible():
    out = fill(
        "Hej {first_name}, ordre {order_number} er hos {carrier}: {tracking_link}. /{agent_name}",
        {"first_name": "Mette", "order_number": "1042", "carrier": "PostNord", "agent_name": ""},
    )
    assert out.text == ("Hej Mette, ordre 1042 er hos PostNord: {tracking_link}. /{agent_name}")
    assert out.missing == ("tracking_link", "agent_name")


def test_unknown_braces_are_left_alone():
    out = fill("Use code {SAVE10} or {first_name}", {"first_name": "Siti"})
    assert out.text == "Use code {SAVE10} or Siti" and out.missing == ()
    assert placeholders_in("{SAVE10} {order_number} {order_number}") == ("order_number",)


@given(st.text(max_size=200), st.dictionaries(st.sampled_from(PLACEHOLDERS), st.text(max_size=20)))
def test_fill_never_fails_and_reports_exactly_what_is_left(template, values):
    out = fill(template, values)
    assert set(out.missing) <= set(PLACEHOLDERS)
    for name in out.missing:
        assert "{" + name + "}" in out.text


def test_greeting_names_follow_the_language():
    assert first_name("Nguyễn Thị Hạnh", "vi") == "Hạnh"
    assert first_name("Mette Kjær", "da") == "Mette"
    assert first_name("أحمد محمود", "ar") == "أحمد"
    assert first_name("  ", "en") == ""


def test_tracking_links_for_known_carriers_only():
    assert (
        tracking_link("PostNord", "PO123 DK") == "https://tracking.postnord.com/dk/?id=PO123%20DK"
    )
    assert tracking_link("Giao Hàng Nhanh", "GI9").startswith("https://donhang.ghn.vn/")
    assert tracking_link("Unknown Express", "X1") is None
    assert tracking_link("GLS", None) is None
