"""Phone numbers: normalised to digits so that any way of typing one finds it."""

from __future__ import annotations


def search_tokens(phone: str | None) -> str:
    """Space-separated digit strings under which a phone number can be found.

    "+45 21 34 56 78" gives "4521345678 21345678 021345678": the full international
    digits, the national number and the national number with a trunk 0, so typing it in
    international, national or local form all match by prefix.
    """
    if not phone:
        return ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return ""
    found = [digits]
    import phonenumbers  # its import takes a while: only once a number is parsed

    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return digits
    national = str(parsed.national_number)
    if national and national != digits:
        found += [national, "0" + national]
    return " ".join(found)


def time_zone(phone: str | None) -> str | None:
    """The IANA time zone a phone number belongs to, when its country has exactly one
    (or the number pins it down); None when unknown."""
    if not phone:
        return None
    import phonenumbers
    from phonenumbers import timezone

    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return None
    zones = [z for z in timezone.time_zones_for_number(parsed) if "/" in z]
    return zones[0] if zones else None
