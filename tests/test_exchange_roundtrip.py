"""Property: export → import into an empty database → export gives the identical file.

Generated incidents carry what breaks naive CSV: unicode, commas, quotes, newlines,
semicolons and backslashes in list items, formula-like text, NULL beside 0 tolls,
every date and geo precision, sources and links. The incidents are recorded through
the library (fast); export and import run through the real CLI.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from incident_tracker import models
from incident_tracker.cli import app
from incident_tracker.models.text import tidy_source_text
from incident_tracker.store import IncidentStore

TRICKY = "=+-@'\";,\\\n\t \u00e9\u0434\u062f\u4e2d\U0001f600"
# No NUL: an import refuses it in any text (tests/test_fixes19.py).
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00")
    | st.sampled_from(TRICKY),
    max_size=30,
)
optional_text = st.none() | text.filter(lambda t: t.strip() != "")
count = st.integers(min_value=0, max_value=10_000)


@st.composite
def tolls(draw: Any, what: str) -> dict[str, Any]:
    best = draw(st.none() | count)
    if best is None:
        return {what: None}
    low = draw(st.none() | st.integers(0, best))
    high = draw(st.none() | st.integers(best, best + 100))
    return {what: best, f"{what}_low": low, f"{what}_high": high, f"{what}_text": draw(optional_text)}


@st.composite
def incidents(draw: Any) -> dict[str, Any]:
    start = draw(st.dates(min_value=models.dt.date(1900, 1, 1), max_value=models.dt.date(2098, 12, 31)))
    # A precision with a span that agrees with it (models.EventDates.settled): a day has no end, a
    # week is 7 days, days need an end, a month or a year is its calendar month or year, given
    # with its end date or by one day in it.
    precision = draw(st.sampled_from(models.DATE_PRECISIONS))
    span = draw(st.integers(1, 400))
    end = {
        "day": None,
        "week": start + models.dt.timedelta(days=6),
        "days": start + models.dt.timedelta(days=span),
    }.get(precision)
    if precision in ("month", "year") and draw(st.booleans()):
        whole = models.EventDates(start, None, precision).settled()
        start, end = whole.start, whole.end
    located = draw(st.booleans())
    values: dict[str, Any] = {
        "event_date": start.isoformat(),
        "event_date_end": end.isoformat() if end else None,
        "date_precision": precision,
        "event_type": draw(st.sampled_from(list(models.EVENT_TYPES))),
        "country": draw(st.sampled_from(["TJ", "AF", "CN", "PK"])),
        "place": draw(optional_text),
        "admin1": draw(optional_text),
        "geo_precision": draw(st.sampled_from(models.GEO_PRECISIONS)),
        "latitude": draw(st.floats(-90, 90)) if located else None,
        "longitude": draw(st.floats(-180, 180)) if located else None,
        "weapons": draw(st.lists(st.sampled_from(models.WEAPONS), max_size=3)),
        "tags": draw(st.lists(text.filter(lambda t: t.strip() != ""), max_size=3)),
        "target_type": draw(st.none() | st.sampled_from(models.TARGET_TYPES)),
        "civilian_targeting": draw(st.none() | st.booleans()),
        "attribution": draw(st.sampled_from(models.ATTRIBUTION_STATUSES)),
        "perpetrator": draw(optional_text),
        "description": draw(optional_text),
        "notes": draw(optional_text),
        **draw(tolls("killed")),
        **draw(tolls("injured")),
    }
    sub_types = models.EVENT_TYPES[values["event_type"]]
    values["sub_event_type"] = draw(st.none() | st.sampled_from(sub_types))
    return values


sources = st.lists(
    st.fixed_dictionaries(
        # an outlet of nothing but spaces or invisible characters is no outlet (refused, probe13)
        {
            "outlet": text.filter(lambda t: tidy_source_text("outlet", t) != ""),
            "headline": optional_text,
            "note": optional_text,
        }
    ),
    max_size=2,
)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(incidents(), sources), min_size=1, max_size=4), st.booleans())
def test_export_import_export_is_identical(
    ram_path: Path, records: list[tuple[dict[str, Any], list[Any]]], linked: bool
) -> None:
    # Each example in a new folder of its own inside ``ram_path`` (in memory where there is
    # some): five writing commands an example, whose fsyncs on disk left the worker waiting.
    with tempfile.TemporaryDirectory(dir=ram_path) as folder:
        base = Path(folder)
        store = IncidentStore.open(base / "source.db")
        for values, its_sources in records:
            store.add(values, sources=its_sources)
        if linked and len(records) > 1:
            store.link(1, 2, "related")
            store.link(2, len(records), "duplicate_of") if len(records) > 2 else None
        store.close()
        for fmt in ("csv", "jsonl"):
            first, second = base / f"first.{fmt}", base / f"second.{fmt}"
            target = base / f"target-{fmt}.db"
            invoke("--db", str(base / "source.db"), "export", "-f", fmt, "--sort", "id", "-o", str(first))
            invoke("--db", str(target), "import", str(first))
            invoke("--db", str(target), "export", "-f", fmt, "--sort", "id", "-o", str(second))
            assert second.read_bytes() == first.read_bytes()
            second.unlink()  # an export replaces a file only with --force
            # And a second import of the same file changes nothing.
            assert "unchanged" in CliRunner().invoke(app, ["--db", str(target), "import", str(first)]).stderr
            invoke("--db", str(target), "export", "-f", fmt, "--sort", "id", "-o", str(second))
            assert second.read_bytes() == first.read_bytes()
