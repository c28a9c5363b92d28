"""The import's fast checks accept and refuse exactly what the full checks did (issue 17).

``looks_like_url`` settles plain ASCII addresses with a regular expression before
``urlsplit``; ``_stamp`` checks our own timestamps with the ``datetime`` constructor
instead of ``strptime``. The oracles below are the checks as they were before.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from incident_tracker.errors import ValidationError
from incident_tracker.exchange.import_rows import _stamp
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


_PIECES = st.sampled_from(
    ["http", "HTTPS", "ftp", "mailto", "javascript", "://", ":", "/", "//", "?", "#", "@", "[", "]", "::1", "%20",
     " ", "\t", "\n", "\u00a0", "\u3000", "\x00", "\x1f", "\x85", "example.org", "ﬀ.com", "ａ", "é", "bbc.co.uk",
     "user:pw", "80", "-", ".", "~", "a b", "/path", "?q=1&x=2", "#frag", "xn--80ak6aa92e.com", "\u2028"]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8).map("".join))
@settings(max_examples=3000, deadline=None)
@example("http://example.org/a b")
@example("https://[::1]/x")
@example("http://ex\u00a0ample.org")
@example("http://ｅxample.org/")
@example("HTTP://EXAMPLE.ORG")
@example("http://:")
def test_url_check_accepts_and_refuses_as_before(text: str) -> None:
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
@settings(max_examples=3000, deadline=None)
@example((2024, 2, 29, 23, 59, 59))
@example((2025, 2, 29, 0, 0, 0))
@example((2025, 12, 31, 24, 0, 0))
@example((2025, 6, 30, 23, 59, 60))
@example((0, 1, 1, 0, 0, 0))
def test_timestamp_check_accepts_and_refuses_as_before(parts: tuple[int, ...]) -> None:
    year, month, day, hour, minute, second = parts
    text = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z"
    if len(text) != 20:
        return  # not our shape: the ISO parser's path, unchanged
    if stamp_before(text):
        assert _stamp(text, "created_at") == text
    else:
        with pytest.raises(ValidationError, match="not a real date and time"):
            _stamp(text, "created_at")


def test_timestamp_check_with_other_digits_as_before() -> None:
    text = "٢٠٢٥-١١-٢٤T10:00:00Z"  # Arabic-Indic digits: the shape matches, strptime refused them
    assert not stamp_before(text)
    with pytest.raises(ValidationError, match="not a real date and time"):
        _stamp(text, "created_at")
