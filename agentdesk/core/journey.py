"""Where in the customer journey a contact happened, suggested from its category and words.

An agent can always set the stage; this suggestion fills in for the tickets nobody did, so
the friction report covers every contact. Words are matched folded (no case or diacritics)
and as word beginnings, in the five languages the shop speaks.
"""

from __future__ import annotations

from agentdesk.core.text import tokens
from agentdesk.core.types import JourneyStage

STAGE_OF_CATEGORY: dict[str, JourneyStage] = {
    "late_delivery": JourneyStage.DELIVERY,
    "lost_parcel": JourneyStage.DELIVERY,
    "damaged": JourneyStage.DELIVERY,
    "wrong_item": JourneyStage.DELIVERY,
    "refund": JourneyStage.RETURNS,
    "payment": JourneyStage.PAYMENT,
    "account": JourneyStage.AFTER_SALES,
    "product_question": JourneyStage.BROWSE,
}

# Word beginnings (folded) that point at a stage, in en, da, ar, id, vi.
KEYWORDS: dict[JourneyStage, tuple[str, ...]] = {
    JourneyStage.BROWSE: (
        "stock",
        "size",
        "colour",
        "color",
        "available",
        "lager",
        "storrelse",
        "farve",
        "stok",
        "ukuran",
        "warna",
        "tersedia",
        "con hang",
        "kich thuoc",
        "mau",
        "متوفر",
        "مقاس",
        "لون",
    ),
    JourneyStage.CHECKOUT: (
        "basket",
        "cart",
        "checkout",
        "discount code",
        "voucher code",
        "kurv",
        "kassen",
        "rabatkode",
        "keranjang",
        "kode promo",
        "gio hang",
        "ma giam gia",
        "سله",
        "كود خصم",
        "كوبون",
    ),
    JourneyStage.PAYMENT: (
        "payment",
        "charged",
        "card",
        "invoice",
        "paid twice",
        "betaling",
        "kort",
        "trukket",
        "faktura",
        "pembayaran",
        "kartu",
        "tagihan",
        "transfer",
        "thanh toan",
        "the ngan hang",
        "tru tien",
        "دفع",
        "بطاقه",
        "خصم",
        "فاتوره",
    ),
    JourneyStage.DELIVERY: (
        "parcel",
        "delivery",
        "tracking",
        "courier",
        "pakke",
        "levering",
        "sporing",
        "paket",
        "pengiriman",
        "kurir",
        "resi",
        "giao hang",
        "van chuyen",
        "ma van don",
        "شحنه",
        "توصيل",
        "تتبع",
        "مندوب",
    ),
    JourneyStage.RETURNS: (
        "return",
        "refund",
        "money back",
        "retur",
        "refusion",
        "pengembalian",
        "refund dana",
        "tra hang",
        "hoan tien",
        "doi tra",
        "استرجاع",
        "استرداد",
        "ارجاع",
    ),
    JourneyStage.AFTER_SALES: (
        "account",
        "password",
        "warranty",
        "login",
        "konto",
        "adgangskode",
        "garanti",
        "akun",
        "kata sandi",
        "garansi",
        "tai khoan",
        "mat khau",
        "bao hanh",
        "حساب",
        "كلمه المرور",
        "ضمان",
    ),
}
# Arabic joins the article and some prepositions to the word: "بالشحنة" is "الشحنة".
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")


def _words(text: str) -> list[str]:
    out = []
    for word in tokens(text):
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                word = word[len(prefix) :]
                break
        out.append(word)
    return out


# First word of each phrase -> [(stage, phrase index, all its words)]: a text word is looked
# up by each of its beginnings, so matching costs a few dict lookups a word.
_FIRST: dict[str, list[tuple[JourneyStage, int, list[str]]]] = {}
for _stage, _phrases in KEYWORDS.items():
    for _i, _phrase in enumerate(_phrases):
        _parts = _words(_phrase)
        if _parts:
            _FIRST.setdefault(_parts[0], []).append((_stage, _i, _parts))


def suggest_stage(category: str | None, text: str = "") -> JourneyStage | None:
    """The likeliest stage: the category's, unless the words point clearly elsewhere (two
    or more words of another stage outweigh the category)."""
    words = _words(text or "")
    hits: dict[JourneyStage, set[int]] = {}
    for at, word in enumerate(words):
        for end in range(1, len(word) + 1):
            for stage, i, parts in _FIRST.get(word[:end], ()):
                rest = words[at + 1 : at + len(parts)]
                if len(rest) == len(parts) - 1 and all(
                    w.startswith(p) for w, p in zip(rest, parts[1:], strict=True)
                ):
                    hits.setdefault(stage, set()).add(i)  # each phrase counts once
    score: dict[JourneyStage, float] = {stage: len(found) for stage, found in hits.items()}
    base = STAGE_OF_CATEGORY.get(category or "")
    if base is not None:
        score[base] = score.get(base, 0) + 1.5  # one stray word does not move it
    if not score:
        return None
    best = max(score.values())
    if base is not None and score[base] == best:
        return base
    return max(score, key=lambda s: (score[s], s == base))
