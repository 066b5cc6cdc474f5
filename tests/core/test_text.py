from agentdesk.core.phones import search_tokens
from agentdesk.core.text import fold, looks_like_phone, tokens


def test_fold_removes_vietnamese_diacritics_and_d_stroke():
    assert fold("Nguyễn Văn An") == "nguyen van an"
    assert fold("Đặng Thị Hà") == "dang thi ha"


def test_fold_unifies_danish_letters():
    assert fold("Mette Kjær") == "mette kjaer"
    assert fold("Søren Åberg") == "soren aberg"


def test_fold_strips_arabic_harakat_and_unifies_alef():
    assert fold("مُحَمَّد") == fold("محمد")
    assert fold("أحمد") == fold("احمد")
    assert fold("فاطمة") == fold("فاطمه")


def test_tokens_split_email_and_order_marks():
    assert tokens("mette@example.dk") == ["mette", "example", "dk"]
    assert tokens("#1042") == ["1042"]


def test_phone_tokens_cover_international_and_national_forms():
    found = search_tokens("+45 21 34 56 78").split()
    assert "4521345678" in found and "21345678" in found and "021345678" in found
    assert search_tokens(None) == ""
    assert search_tokens("call me") == ""


def test_phone_detection():
    assert looks_like_phone("+45 21 34")
    assert not looks_like_phone("1042")
    assert not looks_like_phone("mette")
