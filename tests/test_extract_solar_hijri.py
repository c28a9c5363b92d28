"""Solar Hijri days (Iranian and Afghan month names, Latin letters and Persian script) as event dates.

Every sentence here is house-written. The first tests fail on main (no Solar Hijri reading); the guards pass
on both: a name that is also a person's, a place's or an English word is no date without a day beside it, and
the ambiguous ones (Hut, Asad, Mizan, Dey, Tir, Mehr, Jadi) not without a year too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from incident_tracker.errors import ValidationError
from incident_tracker.extract import extract_drafts
from incident_tracker.extract.dates import find_dates
from incident_tracker.models import parse_date

#: A Tuesday report; 11 Azar 1404 (= 11 Qaws) is Tuesday 2 December 2025, a week before.
PUBLISHED = dt.date(2025, 12, 9)


def _days(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [d.start.isoformat() for d in find_dates(text, published) if not d.reporting]


@pytest.mark.parametrize(
    "text",
    [
        "Border guards opened fire on a group of travellers on 11 Azar near the river.",
        "Border guards opened fire on a group of travellers on 11 Qaws near the river.",
        "Border guards opened fire on the 11th of Qaws, 1404, near the river.",
        "Border guards opened fire on 11 Azar 1404 near the river.",
        "Border guards opened fire on ۱۱ آذر ۱۴۰۴ near the river.",
        "Border guards opened fire on ۱۱ قوس near the river.",
        "Border guards opened fire on ١١ قوس near the river.",  # Arabic-Indic digits
        "Border guards opened fire on ۱۱ آذرماه near the river.",
    ],
)
def test_a_solar_hijri_day_is_its_gregorian_day(text):
    assert _days(text) == ["2025-12-02"]


def test_an_ambiguous_month_name_with_its_day_and_year_is_a_date():
    assert _days("The post was shelled on 11 Mizan 1404, the villagers recall.") == ["2025-10-03"]
    assert _days("Two porters were shot on 3 Hut 1403 at the pass.") == ["2025-02-21"]
    assert _days("دو نفر در ۳ تیر ۱۴۰۴ کشته شدند") == ["2025-06-24"]


def test_a_day_without_a_year_is_the_latest_one_on_or_before_publication():
    # 9 Dalw 1404 is 29 January 2026, after this report: the year before's 9 Dalw (28 January 2025)
    assert _days("A patrol was ambushed on 9 Dalw in the valley.") == ["2025-01-28"]


def test_the_weekday_and_week_told_before_the_day_are_that_day():
    text = "The shooting happened on Tuesday night last week, 11 Azar, near the crossing."
    assert _days(text) == ["2025-12-02"]


def test_the_gregorian_gloss_is_kept_and_a_day_off_is_noted():
    assert _days("Guards fired on 11 Azar (2 December) at the crossing.") == ["2025-12-02"]
    found = find_dates("Guards fired on 11 Azar (3 December) at the crossing.", PUBLISHED)
    assert [d.start.isoformat() for d in found] == ["2025-12-03"]
    assert "Solar Hijri" in found[0].note


def test_a_gloss_far_off_leaves_no_day():
    assert _days("Guards fired on 11 Azar (7 December) at the crossing.") == []


def test_a_report_dated_in_solar_hijri_is_drafted_on_that_day():
    text = (
        # (not "on the night of 11 Qaws", which is the evening before and that day since extract146: .nights)
        "Iranian border guards shot dead four Afghan migrants on 11 Qaws near the Farah border, "
        "a district official said."
    )
    drafts = extract_drafts(text, PUBLISHED)
    assert [d.values["event_date"] for d in drafts] == ["2025-12-02"]


@pytest.mark.parametrize(
    "text",
    [
        "Azar said the guards had fired first.",
        "The case went to the Mizan court in the city.",
        "Fighting spread to the Mizan district of Zabul.",
        "The family sheltered in a hut near the river.",
        "Asad, a shopkeeper, saw the shooting.",
        "On 11 Mizan district elders met the governor.",  # an ambiguous name with a day but no year
        "Mehr 12 was the name of the checkpoint.",
        "The smugglers carried 3 Hut bags.",
        "The officer fired ۳ تیر into the air.",  # three bullets, not 3 Tir
        "Nobody was hurt on 31 Mehr 1404.",  # Mehr has thirty days
    ],
)
def test_names_that_are_not_dates(text):
    assert _days(text) == []


def test_gregorian_days_are_read_as_before():
    assert _days("Guards fired on 2 December near the crossing.") == ["2025-12-02"]
    assert _days("Guards fired on Tuesday near the crossing.") == ["2025-12-09"]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("11 Azar 1404", "2025-12-02"),
        ("11 Qaws 1404", "2025-12-02"),
        ("11th of Qaws, 1404", "2025-12-02"),
        ("۱۱ آذر ۱۴۰۴", "2025-12-02"),
        ("1404-09-11 SH", "2025-12-02"),
    ],
)
def test_the_record_date_takes_a_solar_hijri_day_with_its_year(written, day):
    parsed = parse_date(written)
    assert (parsed.start.isoformat(), parsed.end, parsed.precision) == (day, None, "day")


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("11 Azar", "has no year"),
        ("31 Mehr 1404", "does not exist in the Solar Hijri calendar"),
        ("1404-13-01 SH", "does not exist in the Solar Hijri calendar"),
        ("11 Azar 2025", "2025 is not a Solar Hijri year"),  # a Gregorian year with a Persian month
        ("0011-09-11 SH", "11 is not a Solar Hijri year"),
    ],
)
def test_the_record_date_refuses_a_solar_hijri_day_it_cannot_place_and_says_why(written, says):
    with pytest.raises(ValidationError, match=says):
        parse_date(written)


def test_add_refuses_a_gregorian_year_with_a_persian_month_in_one_line(run, tmp_path):
    db = str(tmp_path / "x.db")
    result = run("--db", db, "add", "--date", "11 Azar 2025", "--place", "Zahedan", "--type", "attack", expect=2)
    assert "2025 is not a Solar Hijri year" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert run("--db", db, "list", "--json", expect=None).stdout.strip() in ("", "[]")


def test_the_solar_hijri_reader_is_not_imported_at_start_up():
    import subprocess
    import sys

    code = "import sys, incident_tracker.cli; print('incident_tracker.models.solar_hijri' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )


def test_gregorian_record_dates_are_read_as_before():
    assert parse_date("24 Nov 2025").start == dt.date(2025, 11, 24)
