"""The storage form of a timestamp, written by hand for speed, is exactly what strftime gives."""

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.core.timefmt import normalise, to_utc_text

moments = st.datetimes(min_value=datetime(1001, 1, 2), max_value=datetime(9998, 12, 30)).flatmap(
    lambda d: st.integers(-14 * 60, 14 * 60).map(
        lambda m: d.replace(tzinfo=timezone(timedelta(minutes=m)))
    )
)


@given(moments)
def test_the_storage_form_is_utc_in_strftime_s_own_format(moment: datetime) -> None:
    utc = moment.astimezone(UTC)
    expected = utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ" if utc.microsecond else "%Y-%m-%dT%H:%M:%SZ")
    assert to_utc_text(moment) == expected


def test_offsets_and_fractions_are_normalised() -> None:
    assert normalise("2026-03-29T02:30:00+02:00") == "2026-03-29T00:30:00Z"
    assert normalise("2026-03-29T00:30:00.250Z") == "2026-03-29T00:30:00.250000Z"
