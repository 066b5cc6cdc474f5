"""Scoring lexicons: every language has every criterion, and entries match as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agentdesk.training.lexicon import EARN, LOSE, LexiconError, load_lexicon
from agentdesk.training.scenarios import LANGUAGES

# A reply a good agent might send, and one the rubric must punish, per language.
GOOD = {
    "en": "Hi Sarah, I'm so sorry. I can see your parcel has been stuck since Monday, which isn't "
    "good enough. I'll send a replacement today by Tracked 24 so it arrives tomorrow, and I'll "
    "email you the new tracking number within the hour.",
    "da": "Hej Mette, det er jeg virkelig ked af. Jeg kan se, at din pakke har stået stille i seks "
    "dage. Jeg sørger for at sende en ny pakke i dag, så den er fremme i morgen, og jeg skriver "
    "til dig med det nye trackingnummer inden for en time.",
    "ar": "أهلًا أستاذة منى، حقك علينا وأنا آسفة جدًا. راجعت طلبك رقم 4821 وشايفة إن الطرد واقف "
    "من ست أيام. هبعتلك شحنة بديلة النهارده، وهتوصلك بكرة، وهبعتلك رقم التتبع الجديد خلال ساعة.",
    "id": "Halo Kak Rina, mohon maaf sekali atas ketidaknyamanannya. Saya sudah cek, paket kakak "
    "memang tertahan enam hari. Saya akan kirim ulang pesanan hari ini lewat JNE YES, sampai "
    "besok, dan nomor resi baru saya kabari dalam satu jam.",
    "vi": "Dạ em chào chị Lan, em rất tiếc vì đơn hàng của chị bị chậm. Em đã kiểm tra, kiện hàng "
    "đứng yên sáu ngày rồi. Em sẽ gửi lại đơn ngay hôm nay bằng gói giao nhanh, chị nhận vào "
    "ngày mai, và em nhắn mã vận đơn mới cho chị trong vòng một tiếng.",
}
BAD = {
    "en": "Calm down. You should have checked the tracking. Our policy says you have to contact "
    "the courier, there's nothing I can do. Your RMA was escalated to L2.",
    "da": "Slap af. Du skulle have tjekket sporingen. Ifølge vores politik må du selv kontakte "
    "PostNord, det kan jeg ikke gøre noget ved. Din ticket er eskaleret.",
    "ar": "اهدي شوية يا فندم. كان المفروض تتأكدي من التتبع. السياسة بتقول لازم تكلمي شركة الشحن، "
    "مفيش حاجة أقدر أعملها. التيكت اتعملها تصعيد.",
    "id": "Tenang saja kak. Seharusnya kakak cek resi sendiri. Sesuai kebijakan, silakan hubungi "
    "ekspedisi, tidak ada yang bisa saya lakukan. Tiket sudah dieskalasi ke L2.",
    "vi": "Chị bình tĩnh. Lẽ ra chị phải tự theo dõi. Theo chính sách, chị liên hệ bên vận chuyển "
    "nhé, em không làm được gì. Ticket đã escalate lên tuyến 2.",
}
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "training" / "lexicon"


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_loads_with_every_criterion(language: str) -> None:
    lexicon = load_lexicon(language)
    assert lexicon.language == language
    for group in (*EARN, *LOSE):
        assert lexicon.groups[group], (language, group)
    c = lexicon.clarity
    assert 0 < c.min_words < c.max_words and c.max_sentence_words > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_good_reply_earns_and_loses_nothing(language: str) -> None:
    lexicon = load_lexicon(language)
    for group in EARN:
        assert lexicon.find(group, GOOD[language]), (language, group)
    for group in LOSE:
        assert not lexicon.find(group, GOOD[language]), (language, group)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dismissive_reply_loses_on_every_count(language: str) -> None:
    lexicon = load_lexicon(language)
    for group in LOSE:
        assert lexicon.find(group, BAD[language]), (language, group)
    for group in ("empathy", "ownership", "next_step"):
        assert not lexicon.find(group, BAD[language]), (language, group)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_losing_phrase_contains_an_earning_one(language: str) -> None:
    lexicon = load_lexicon(language)
    for lose in LOSE:
        for entry in lexicon.groups[lose]:
            for earn in EARN:
                assert not lexicon.find(earn, entry.rstrip("*")), (language, lose, entry, earn)


def test_matches_report_the_words_as_written() -> None:
    en = load_lexicon("en")
    [match] = en.find("empathy", "Oh no. I APOLOGISE for that.")
    assert (match.entry, match.text) == ("apolog*", "APOLOGISE")
    assert "Oh no. I APOLOGISE for that."[match.start : match.end] == "APOLOGISE"
    assert [m.text for m in en.find("ownership", "I’ll sort it")] == ["I’ll"]  # curly apostrophe
    assert not en.find("jargon", "pods and skus")  # whole words only: 'pod' is not 'pods'


def test_folding_ignores_case_diacritics_and_harakat() -> None:
    assert [m.text for m in load_lexicon("da").find("acknowledge", "JEG FORSTÅR")] == [
        "JEG FORSTÅR"
    ]
    ar = load_lexicon("ar")
    assert [m.text for m in ar.find("empathy", "أَعْتَذِرُ جِدًّا")] == ["أَعْتَذِرُ"]
    assert [m.text for m in ar.find("ownership", "وسأرسل لك البديل")] == ["وسأرسل"]  # prefix و


def test_vietnamese_keeps_tones() -> None:
    vi = load_lexicon("vi")
    assert vi.keep_diacritics
    assert [m.text for m in vi.find("next_step", "Em nhắn chị nhé")] == ["nhắn"]
    assert not vi.find("next_step", "chị nhận hàng")  # 'nhận' (receive) is not 'nhắn' (message)
    assert not vi.find("time_words", "sáu ngày")  # 'ngày' (day) is not 'ngay' (right away)


def test_unknown_group_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        load_lexicon("en").find("flattery", "lovely")


def _write(folder: Path, language: str, data: object) -> Path:
    path = folder / f"{language}.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def en_data() -> dict[str, object]:
    data: dict[str, object] = json.loads((SHIPPED / "en.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["earn"].pop("empathy"), "'earn.empathy' must be a non-empty list"),
        (lambda d: d["lose"].update(jargon=[]), "'lose.jargon' must be a non-empty list"),
        (lambda d: d["earn"]["empathy"].append("So Sorry"), "must be lower-case"),
        (lambda d: d["earn"]["empathy"].append("so*rry"), "may only end in '*'"),
        (lambda d: d["lose"]["blame"].append("i'll"), "is already listed in 'earn.ownership'"),
        (lambda d: d.update(language="fr"), "'language' must be one of"),
        (lambda d: d.update(diacritics="sometimes"), "'diacritics' must be 'ignore' or 'keep'"),
        (lambda d: d["clarity"].update(min_words=500), "'clarity' must give"),
    ],
)
def test_validator_rejects_broken_lexicons(
    tmp_path: Path, en_data: dict[str, object], change: object, expected: str
) -> None:
    change(en_data)  # type: ignore[operator]
    _write(tmp_path, "en", en_data)
    with pytest.raises(LexiconError) as caught:
        load_lexicon("en", tmp_path)
    message = str(caught.value)
    assert "en.json" in message and expected in message
    assert message.endswith(".") and "\n" not in message


def test_bad_json_and_missing_lexicon(tmp_path: Path) -> None:
    _write(tmp_path, "da", "{")
    with pytest.raises(LexiconError, match=r"da\.json is not valid JSON"):
        load_lexicon("da", tmp_path)
    with pytest.raises(LexiconError, match=r"xx\.json does not exist"):
        load_lexicon("xx")
