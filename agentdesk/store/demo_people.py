"""Per-market facts for demo data: names where Faker falls short, cities, carriers, phones.

Faker's ar_* providers give Latin-script names and vi_VN gives English first names, so those
two markets use the curated pools below (each Arabic name paired with its usual Latin
spelling, used for e-mail addresses). Danish, Indonesian and English names come from Faker.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Market:
    language: str
    faker_locale: str | None
    country: str
    currency: str
    utc_offset_h: int
    carriers: tuple[str, ...]
    share: int  # relative share of customers
    phone_prefixes: tuple[str, ...]
    phone_shape: str  # '#' = digit, after the prefix
    delivery_days: tuple[int, int]
    email_domains: tuple[str, ...]


MARKETS: dict[str, Market] = {
    "da": Market(
        "da",
        "da_DK",
        "DK",
        "DKK",
        1,
        ("PostNord", "GLS", "DAO", "Bring"),
        30,
        ("+45 2", "+45 3", "+45 4", "+45 5", "+45 6", "+45 7", "+45 9"),
        "# ## ## ##",
        (1, 3),
        ("gmail.com", "hotmail.dk", "outlook.dk", "mail.dk", "live.dk"),
    ),
    "en": Market(
        "en",
        "en_GB",
        "GB",
        "GBP",
        0,
        ("Royal Mail", "DPD", "Evri", "Parcelforce"),
        20,
        ("+44 7",),
        "### ######",
        (1, 4),
        ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"),
    ),
    "ar": Market(
        "ar",
        None,
        "EG",
        "EGP",
        2,
        ("Aramex", "Bosta", "Egypt Post", "J&T Express"),
        15,
        ("+20 10", "+20 11", "+20 12", "+20 15"),
        "# ### ####",
        (2, 6),
        ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com"),
    ),
    "id": Market(
        "id",
        "id_ID",
        "ID",
        "IDR",
        7,
        ("JNE", "J&T Express", "SiCepat", "AnterAja"),
        18,
        ("+62 812-", "+62 813-", "+62 821-", "+62 857-", "+62 878-"),
        "####-####",
        (2, 7),
        ("gmail.com", "yahoo.co.id", "outlook.com"),
    ),
    "vi": Market(
        "vi",
        None,
        "VN",
        "VND",
        7,
        ("Giao Hàng Nhanh", "Giao Hàng Tiết Kiệm", "Viettel Post", "VNPost"),
        17,
        ("+84 90", "+84 91", "+84 93", "+84 97", "+84 98", "+84 35", "+84 70", "+84 83"),
        " ### ## ##",
        (2, 6),
        ("gmail.com", "yahoo.com.vn", "outlook.com"),
    ),
}

# Arabic (Egyptian) names with their common Latin spelling.
AR_MALE = [
    ("محمد", "mohamed"),
    ("أحمد", "ahmed"),
    ("محمود", "mahmoud"),
    ("مصطفى", "mostafa"),
    ("عمر", "omar"),
    ("يوسف", "youssef"),
    ("خالد", "khaled"),
    ("إبراهيم", "ibrahim"),
    ("علي", "ali"),
    ("حسن", "hassan"),
    ("حسين", "hussein"),
    ("طارق", "tarek"),
    ("كريم", "karim"),
    ("شريف", "sherif"),
    ("هشام", "hesham"),
    ("وليد", "walid"),
    ("عمرو", "amr"),
    ("ياسر", "yasser"),
    ("سامح", "sameh"),
    ("أيمن", "ayman"),
    ("مينا", "mina"),
    ("بيشوي", "bishoy"),
    ("رامي", "rami"),
    ("زياد", "ziad"),
]
AR_FEMALE = [
    ("فاطمة", "fatma"),
    ("مريم", "mariam"),
    ("نور", "nour"),
    ("سارة", "sara"),
    ("ياسمين", "yasmine"),
    ("هبة", "heba"),
    ("منى", "mona"),
    ("دينا", "dina"),
    ("رنا", "rana"),
    ("سلمى", "salma"),
    ("آية", "aya"),
    ("شيماء", "shaimaa"),
    ("إيمان", "eman"),
    ("نادية", "nadia"),
    ("ليلى", "laila"),
    ("هند", "hind"),
    ("رحاب", "rehab"),
    ("مي", "mai"),
    ("جنى", "jana"),
    ("مارينا", "marina"),
]
AR_FAMILY = [
    ("عبد الرحمن", "abdelrahman"),
    ("السيد", "elsayed"),
    ("إبراهيم", "ibrahim"),
    ("حسن", "hassan"),
    ("مصطفى", "mostafa"),
    ("عبد الله", "abdallah"),
    ("الشريف", "elsherif"),
    ("منصور", "mansour"),
    ("فؤاد", "fouad"),
    ("سليمان", "soliman"),
    ("عثمان", "osman"),
    ("النجار", "elnaggar"),
    ("الشناوي", "elshenawy"),
    ("رزق", "rizk"),
    ("عادل", "adel"),
    ("فهمي", "fahmy"),
    ("جرجس", "gerges"),
    ("صبري", "sabry"),
    ("زكي", "zaki"),
    ("حلمي", "helmy"),
    ("البنا", "elbanna"),
    ("شاكر", "shaker"),
    ("الجمال", "elgamal"),
]
AR_CITIES = [
    "القاهرة",
    "الجيزة",
    "الإسكندرية",
    "المنصورة",
    "طنطا",
    "الزقازيق",
    "أسيوط",
    "الأقصر",
    "أسوان",
    "بورسعيد",
    "السويس",
    "الإسماعيلية",
    "دمياط",
    "المنيا",
    "سوهاج",
    "شبين الكوم",
]
AR_STREETS = [
    "شارع التحرير",
    "شارع الهرم",
    "شارع جامعة الدول العربية",
    "شارع فيصل",
    "شارع عباس العقاد",
    "شارع مصطفى النحاس",
    "طريق الكورنيش",
    "شارع شبرا",
    "شارع رمسيس",
    "شارع الثورة",
    "شارع البحر",
    "شارع سعد زغلول",
    "شارع الجلاء",
    "شارع النصر",
    "شارع طلعت حرب",
]

VI_FAMILY = [
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Trần",
    "Trần",
    "Lê",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
VI_MIDDLE_MALE = ["Văn", "Minh", "Đức", "Hữu", "Quốc", "Thành", "Công", "Hoàng", "Gia", "Anh"]
VI_MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Thanh", "Hoài", "Phương", "Kim", "Bảo", "Mỹ", "Khánh"]
VI_GIVEN_MALE = [
    "An",
    "Bình",
    "Dũng",
    "Hải",
    "Hiếu",
    "Hùng",
    "Khánh",
    "Long",
    "Nam",
    "Phúc",
    "Quân",
    "Quang",
    "Sơn",
    "Tâm",
    "Trung",
    "Tuấn",
    "Việt",
    "Đạt",
    "Huy",
    "Khoa",
    "Thắng",
    "Toàn",
]
VI_GIVEN_FEMALE = [
    "Anh",
    "Châu",
    "Giang",
    "Hà",
    "Hạnh",
    "Hoa",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Nga",
    "Ngân",
    "Phương",
    "Thảo",
    "Trang",
    "Vy",
    "Yến",
    "Nhung",
    "Tuyết",
    "Diệp",
    "Quyên",
    "Loan",
]
VI_CITIES = [
    "Hà Nội",
    "TP. Hồ Chí Minh",
    "Đà Nẵng",
    "Hải Phòng",
    "Cần Thơ",
    "Huế",
    "Nha Trang",
    "Biên Hòa",
    "Vũng Tàu",
    "Quy Nhơn",
    "Buôn Ma Thuột",
    "Đà Lạt",
    "Thủ Đức",
    "Bắc Ninh",
]
VI_STREETS = [
    "Nguyễn Trãi",
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Điện Biên Phủ",
    "Nguyễn Huệ",
    "Phan Đình Phùng",
    "Cách Mạng Tháng Tám",
    "Võ Văn Tần",
    "Lê Duẩn",
    "Hoàng Diệu",
    "Nguyễn Văn Cừ",
    "Pasteur",
    "Bạch Đằng",
]

# Status codes of carrier scans; the UI translates them.
SCAN_FLOW = ("label_created", "picked_up", "in_transit", "at_hub", "out_for_delivery")
