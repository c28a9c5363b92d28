"""The record's rules as pure functions, including property tests of the parsers."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_tracker import models
from incident_tracker.errors import ValidationError


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_written_form_of_a_day_parses_back(day):
    for text in (day.isoformat(), day.strftime("%d %b %Y"), day.strftime("%B %d, %Y"), day.strftime("%d %B %Y")):
        parsed = models.parse_date(text)
        assert (parsed.start, parsed.end, parsed.precision) == (day, None, "day")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_month_forms_cover_the_whole_month(day):
    for text in (day.strftime("%Y-%m"), day.strftime("%b %Y"), day.strftime("%B %Y")):
        parsed = models.parse_date(text)
        assert parsed.precision == "month"
        assert parsed.start == day.replace(day=1)
        assert parsed.end is not None and parsed.end.month == day.month
        assert (parsed.end + dt.timedelta(days=1)).day == 1


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_ranges_keep_low_best_high_order(a, b):
    low, high = min(a, b), max(a, b)
    parsed = models.parse_casualties(f"{low}-{high}")
    assert (parsed.best, parsed.low, parsed.high) == (low, low, high)
    models.check_casualty_order(parsed.best, parsed.low, parsed.high, "killed")
    if low < high:
        with pytest.raises(ValidationError, match="low > high"):
            models.parse_casualties(f"{high}-{low}")


@given(st.integers(min_value=1, max_value=10_000))
def test_negative_tolls_are_refused(n):
    with pytest.raises(ValidationError, match="negative"):
        models.parse_casualties(f"-{n}")


@given(st.text(max_size=20))
def test_casualty_parser_never_crashes(text):
    try:
        parsed = models.parse_casualties(text)
    except ValidationError:
        return
    assert parsed.best is None or parsed.best >= 0


@given(st.text(max_size=30))
def test_date_parser_never_crashes(text):
    with contextlib.suppress(ValidationError):
        models.parse_date(text)


def test_unknown_and_zero_are_different():
    assert models.parse_casualties("unknown").best is None
    assert models.parse_casualties("0").best == 0
    assert models.parse_casualties("none").best == 0


@pytest.mark.parametrize("text", ["at least 10", "more than 10", "over 10", "> 10", ">=10", "more than ten"])
def test_an_open_bound_is_the_figure_reported_with_the_phrase_kept(text):
    """The codebook's ruling (2026-12-04): "more than 10" is 10, ACLED's most conservative
    estimate and the extraction corpus's coding; 11 would be a figure no report gave."""
    toll = models.parse_casualties(text)
    assert (toll.best, toll.low, toll.high, toll.text) == (10, 10, None, text)


def test_a_number_of_is_a_vague_word_like_several():
    """The coding notes' ruling (2026-12-04): "a number of" in a toll is 3, the phrase kept, as "several" is."""
    toll = models.parse_casualties("a number of")
    assert (toll.best, toll.low, toll.high, toll.text) == (3, 3, None, "a number of")


@pytest.mark.parametrize(
    ("best", "low", "high", "shown"),
    [(None, None, None, "?"), (3, None, None, "3"), (3, 3, 5, "3 (3–5)"), (3, 3, None, "≥3"), (0, None, None, "0")],
)
def test_format_toll(best, low, high, shown):
    assert models.format_toll(best, low, high) == shown


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("2025-11-24", None, "day"), "2025-11-24"),
        (("2025-11-01", "2025-11-30", "month"), "Nov 2025"),
        (("2025-01-01", "2025-12-31", "year"), "2025"),
        (("2025-11-24", "2025-11-26", "days"), "2025-11-24 – 2025-11-26"),
    ],
)
def test_format_event_date_never_invents_a_day(args, shown):
    assert models.format_event_date(*args) == shown


def test_every_sub_type_belongs_to_one_type():
    for event_type, subs in models.EVENT_TYPES.items():
        for sub in subs:
            assert models.parse_sub_event_type(sub.upper(), None) == (event_type, sub)
    assert sum(len(s) for s in models.EVENT_TYPES.values()) == 25
    assert len(models.EVENT_TYPES) == 6


def test_countries():
    assert models.parse_country("Afghanistan") == "AF"
    assert models.parse_country("afg") == "AF"
    assert models.parse_country("Kyrgyz Republic") == "KG"
    assert models.country_name("TJ") == "Tajikistan"
    with pytest.raises(ValidationError, match="ISO code"):
        models.parse_country("Middle Earth")
    # The geocoder's question, "is this context part a country?", answered without raising.
    assert [models.country_code(t) for t in ("tjk", " Tajikistan ", "the uk", "Khatlon", "TJ")] == [
        "TJ",
        "TJ",
        "GB",
        None,
        "TJ",
    ]
    with pytest.raises(ValidationError, match="Did you mean 'Tajikistan'"):
        models.parse_country("Tajikstan")


def test_normalize_record_refuses_unknown_fields():
    with pytest.raises(ValidationError, match="Unknown field"):
        models.normalize_record({"colour": "red"})


def test_check_record_needs_order():
    record = models.normalize_record(
        {"event_date": "2025-01-01", "event_type": "riots", "country": "AF", "killed": 5, "killed_high": 4}
    )
    with pytest.raises(ValidationError, match="greater than"):
        models.check_record(record)


@pytest.mark.parametrize(("value", "expected"), [(1, True), (0, False), ("yes", True), ("0", False), (True, True)])
def test_parse_bool_takes_stored_flags(value: object, expected: bool) -> None:
    """SQLite stores civilian_targeting as 0/1: a stored record must pass the check again."""
    assert models.parse_bool(value) is expected  # type: ignore[arg-type]


def test_parse_bool_refuses_other_integers() -> None:
    with pytest.raises(ValidationError, match="Expected yes or no"):
        models.parse_bool(2)


def test_a_prepared_record_passes_prepare_again() -> None:
    from incident_tracker.store import IncidentStore

    record = IncidentStore.prepare(
        {"event_date": "2025-11-24", "event_type": "explosions", "country": "TJ", "civilian_targeting": "yes"}
    )
    assert record["civilian_targeting"] == 1  # stored as SQLite keeps a flag
    assert IncidentStore.prepare(dict(record)) == record
