"""Text folding for search: case, diacritics and script variants must not matter.

The same fold runs on what is indexed and on what is typed, so "nguyen van an" finds
"Nguyễn Văn An", "kjaer" finds "Kjær" and "محمد" finds "مُحَمَّد". The index stores only
folded tokens, so changing this function requires rebuilding the search index (a migration).
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into base + mark, folded by hand.
_SPECIAL = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        # Arabic: hamza-carrying alefs and alef wasla to bare alef, alef maqsura to ya,
        # ta marbuta to ha, tatweel dropped. Harakat are combining marks, removed below.
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ـ": "",
        # Eastern Arabic and Persian digits to ASCII.
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)


class _FoldTable(dict[int, str]):
    """Code point -> folded text, filled on first sight; str.translate then runs in C."""

    def __missing__(self, key: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(key).translate(_SPECIAL))
        kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = kept.translate(_SPECIAL).casefold()
        self[key] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify letter variants; keeps word boundaries."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def folds_in_place(text: str) -> bool:
    """Whether every character of `text` folds to exactly one character, so a position in
    fold(text) is the same position in `text`."""
    return text.isascii() or all(len(_TABLE[ord(ch)]) == 1 for ch in set(text))


_TOKEN = re.compile(r"\w+", re.UNICODE)
_PHONEISH = re.compile(r"^[\s+()\-./\d]+$")


def tokens(text: str) -> list[str]:
    """Folded word tokens, the way the FTS tokenizer splits them (underscore splits too)."""
    return [t for t in _TOKEN.findall(fold(text).replace("_", " ")) if t]


def looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and bool(_PHONEISH.match(text.strip())) and not text.strip().isdigit()
