"""Journey-stage suggestions from category and words, in the shop's five languages."""

import pytest

from agentdesk.core.journey import suggest_stage


@pytest.mark.parametrize(
    ("category", "text", "stage"),
    [
        ("late_delivery", "", "delivery"),
        ("refund", "Where is my money?", "returns"),
        ("product_question", "Do you have the mug in stock?", "browse"),
        ("account", "", "after_sales"),
        (None, "", None),
    ],
)
def test_the_category_decides_when_the_words_do_not(category, text, stage):
    assert suggest_stage(category, text) == stage


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("I was charged twice on my card", "payment"),
        ("Jeg er blevet trukket to gange på mit kort", "payment"),
        ("Saya sudah transfer tapi pembayaran gagal", "payment"),
        ("Tôi bị trừ tiền hai lần, thanh toán lỗi", "payment"),
        ("تم خصم المبلغ مرتين من بطاقتي عند الدفع", "payment"),
        ("The discount code does not work in the basket", "checkout"),
        ("Mã giảm giá không dùng được trong giỏ hàng", "checkout"),
    ],
)
def test_two_clear_words_move_it_to_another_stage(text, stage):
    assert suggest_stage("refund", text) == stage


def test_one_stray_word_does_not_move_it():
    assert suggest_stage("late_delivery", "My card says the parcel is late") == "delivery"
    assert suggest_stage(None, "Hvor er min pakke? Sporingen står stille") == "delivery"
    assert suggest_stage(None, "وين الشحنة؟ التتبع ما اتحركش") == "delivery"
