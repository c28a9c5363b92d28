"""The import's fast checks accept and refuse exactly what the full checks did (issue 17).

``looks_like_url`` settles plain ASCII addresses with a regular expression before
``urlsplit``; ``checked_stamp`` checks our own timestamps with the ``datetime`` constructor
instead of ``strptime``. The oracles below are the checks as they were before.

Each check is tried two ways: every combination of the interesting pieces, in full (a few
tens of thousands of values, ~1 s), and hypothesis joining longer strings from the same
pieces and random text. Hypothesis costs ~4 ms a value here, ~20 times what the checks
themselves cost, so the sweeps carry the bulk of the values and hypothesis the variety.
"""

from __future__ import annotations

import datetime as dt
import itertools
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from incident_tracker.errors import ValidationError
from incident_tracker.exchange.import_cells import checked_stamp
from incident_tracker.store.records import _PLAIN_URL, looks_like_url


def url_before(text: str) -> bool:
    parts = urlsplit(text)
    return (
        parts.scheme.lower() in ("http", "https", "ftp") and bool(parts.netloc) and not any(c.isspace() for c in text)
    )


def stamp_before(text: str) -> bool:
    try:
        dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


PIECES = (
    ["http", "HTTPS", "ftp", "mailto", "javascript", "://", ":", "/", "//", "?", "#", "@", "[", "]", "::1", "%20",
     " ", "\t", "\n", "\u00a0", "\u3000", "\x00", "\x1f", "\x85", "example.org", "ﬀ.com", "ａ", "é", "bbc.co.uk",
     "user:pw", "80", "-", ".", "~", "a b", "/path", "?q=1&x=2", "#frag", "xn--80ak6aa92e.com", "\u2028"]
)  # fmt: skip
_PIECES = st.sampled_from(PIECES)


def _url_as_before(text: str) -> None:
    fast = _PLAIN_URL.fullmatch(text) is not None
    try:
        before = url_before(text)
    except ValueError:  # urlsplit refuses some netlocs outright ("[" unclosed, NFKC tricks)
        assert not fast
        with pytest.raises(ValueError):
            looks_like_url(text)
        return
    assert not fast or before  # the fast path never accepts what the full check refused
    assert looks_like_url(text) == before


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8).map("".join))
@settings(max_examples=300, deadline=None)
@example("http://example.org/a b")
@example("https://[::1]/x")
@example("http://ex\u00a0ample.org")
@example("http://ｅxample.org/")
@example("HTTP://EXAMPLE.ORG")
@example("http://:")
def test_url_check_accepts_and_refuses_as_before(text: str) -> None:
    _url_as_before(text)


def test_url_check_as_before_for_every_join_of_up_to_three_pieces() -> None:
    """Every string of one, two or three of the pieces (65,640 of them): what the
    generated joins above meet only by chance, tried in full."""
    tried = 0
    for size in (1, 2, 3):
        for pieces in itertools.product(PIECES, repeat=size):
            _url_as_before("".join(pieces))
            tried += 1
    assert tried == 65_640  # 40 + 40² + 40³


@given(
    st.tuples(
        st.integers(0, 10000),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
    )
)
@settings(max_examples=300, deadline=None)
@example((2024, 2, 29, 23, 59, 59))
@example((2025, 2, 29, 0, 0, 0))
@example((2025, 12, 31, 24, 0, 0))
@example((2025, 6, 30, 23, 59, 60))
@example((0, 1, 1, 0, 0, 0))
def test_timestamp_check_accepts_and_refuses_as_before(parts: tuple[int, ...]) -> None:
    _stamp_as_before(*parts)


#: Every value where a field turns from valid to invalid, and a few inside.
_YEARS = [0, 1, 999, 1000, 1899, 1900, 2000, 2023, 2024, 2025, 2100, 9999, 10000]
_EDGES = [0, 1, 9, 10, 23, 24, 25, 59, 60, 61, 99]


def test_timestamp_check_as_before_at_every_edge() -> None:
    """Every day number 0-99 of every month 0-13, in leap and common years (with 1900 and
    2000) and at the ends of the four-digit years; then every edge of the hours, minutes and
    seconds on two days: 20,862 stamps the generated ones above meet only by chance."""
    for year, month, day in itertools.product(_YEARS, range(14), range(100)):
        _stamp_as_before(year, month, day, 12, 30, 30)
    for hour, minute, second in itertools.product(_EDGES, repeat=3):
        _stamp_as_before(2024, 2, 29, hour, minute, second)
        _stamp_as_before(2025, 12, 31, hour, minute, second)


#: Real times more than a day ahead are refused as in the future (models.times.FUTURE_SLACK); the
#: hour either side of that line is left untried, so a slow run cannot see it move.
_NOW = dt.datetime.now(dt.UTC)
_LINE_FROM, _LINE_TO = ((_NOW + dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ") for hours in (23, 25))


def _stamp_as_before(year: int, month: int, day: int, hour: int, minute: int, second: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z"
    if len(text) != 20:
        return  # not our shape: the ISO parser's path, unchanged
    if stamp_before(text) and _LINE_FROM <= text <= _LINE_TO:
        return  # at the future line: either answer is right
    if stamp_before(text) and text > _LINE_TO:
        with pytest.raises(ValidationError, match="is in the future"):  # refused since fixes18
            checked_stamp(text, "created_at")
    elif stamp_before(text):
        assert checked_stamp(text, "created_at") == text
    else:
        with pytest.raises(ValidationError, match="not a real date and time"):
            checked_stamp(text, "created_at")


def test_timestamp_check_with_other_digits_as_before() -> None:
    text = "٢٠٢٥-١١-٢٤T10:00:00Z"  # Arabic-Indic digits: the shape matches, strptime refused them
    assert not stamp_before(text)
    with pytest.raises(ValidationError, match="not a real date and time"):
        checked_stamp(text, "created_at")
