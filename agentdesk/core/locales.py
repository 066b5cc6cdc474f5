"""Which of AgentDesk's languages a customer most likely reads, from where they live."""

from __future__ import annotations

import phonenumbers

LANGUAGE_OF_COUNTRY = {
    "DK": "da",
    "GL": "da",
    "FO": "da",
    "ID": "id",
    "VN": "vi",
    # Arabic-speaking countries
    **dict.fromkeys(
        [
            "AE",
            "BH",
            "DZ",
            "EG",
            "IQ",
            "JO",
            "KW",
            "LB",
            "LY",
            "MA",
            "OM",
            "PS",
            "QA",
            "SA",
            "SD",
            "SY",
            "TN",
            "YE",
        ],
        "ar",
    ),
}


def language_for(country: str | None, phone: str | None = None) -> str:
    """The language code (da, ar, id, vi or en) for an address country, else the phone's."""
    if country and country.upper() in LANGUAGE_OF_COUNTRY:
        return LANGUAGE_OF_COUNTRY[country.upper()]
    if not country and phone:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(phone, None))
        except phonenumbers.NumberParseException:
            region = None
        if region in LANGUAGE_OF_COUNTRY:
            return LANGUAGE_OF_COUNTRY[region]
    return "en"
