"""The hostile-input generator, grown with the shapes that found issue 15's defects.

``test_hostile_input.py`` throws any value at every option through the CLI. This file adds
the *shapes* a hostile tester used: dates at the calendar's ends, long cells, terminal
control characters, minus signs in tolls, circles across the antimeridian and the poles,
duplicated keys in an import, special files as outputs. Most properties run against the
library on in-memory databases (no fsync), so thousands of values cost seconds; the
reading commands run through the real CLI on a database that holds dates at both ends of
the calendar, as an older version could have stored them.

The library properties also sweep their listed values in full (every edge day in every
form, every prefix and sign of a toll, every control character): hypothesis spends ~10 times
what the property itself costs to draw a value, so it runs a few hundred examples per
property for the mixtures and random text, and the sweeps carry the edges.

``TRACKER_STRESS=N`` multiplies the examples by 10×N, as in test_hostile_input.py. The
counts are printed by ``test_report_shape_counts`` (``pytest -s``) for docs/reliability.md.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import math
import os
import sqlite3
import stat
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from incident_tracker import models
from incident_tracker.errors import TrackerError, ValidationError
from test_hostile_input import check_run, examples

SHAPES: Counter[str] = Counter()

#: Days at and near both ends of the calendar, and of the range a record may hold.
EDGE_DAYS = [
    dt.date(1, 1, 1),
    dt.date(1, 1, 7),
    dt.date(1899, 12, 31),
    dt.date(1900, 1, 1),
    dt.date(2100, 12, 31),
    dt.date(2101, 1, 1),
    dt.date(9999, 12, 25),
    dt.date(9999, 12, 31),
]
days = st.one_of(st.sampled_from(EDGE_DAYS), st.dates())
FORMS = ["%Y-%m-%d", "%d %b %Y", "%B %d, %Y", "%Y-%m", "%b %Y", "%Y"]


def _written(day: dt.date, form: str) -> str:
    """``day`` in ``form``, with a four-digit year (strftime drops leading zeros of year 1)."""
    return day.strftime(form.replace("%Y", f"{day.year:04d}"))


date_texts = st.builds(_written, days, st.sampled_from(FORMS))
CONTROLS = "".join(chr(c) for c in [*range(0, 32), 127, *range(128, 160)])
#: what report.text.printable escapes (embeddings, overrides, isolates) or leaves out (the marks) beside the controls:
#: a right-to-left override in a place name would turn the rest of the analyst's line around
BIDI_EMBEDDINGS = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
BIDI_CONTROLS = BIDI_EMBEDDINGS + "\u200e\u200f\u061c"
hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from(list(CONTROLS) + list("ab ;\\'\"=+-@,\n")), max_size=40),
    st.sampled_from(["\x1b]0;title\x07", "\x1b[2J", "\x1b]8;;http://x\x1b\\", "\x1b]52;c;ZQ==\x07", "\x9b2J"]),
)


def _store(path: str | Path = ":memory:") -> Any:
    from incident_tracker.store import IncidentStore

    return IncidentStore.open(path)


# --- dates at the calendar's ends -----------------------------------------------------


@examples(300)
@given(start=date_texts, end=st.none() | date_texts, precision=st.none() | st.sampled_from(models.DATE_PRECISIONS))
def test_any_date_either_fits_the_record_or_is_refused(start, end, precision):
    """A record's dates are refused or lie in 1900-2100 with a span that agrees with the precision,
    and then show and settle without an error (nothing after a commit can fail on them)."""
    SHAPES["dates"] += 1
    try:
        fields = models.resolve_dates(start, end, precision)
        record = {"event_type": "Battles", "country": "TJ", "attribution": "unattributed", **fields}
        models.check_record(record)
    except ValidationError:
        return
    first = dt.date.fromisoformat(record["event_date"])
    last = dt.date.fromisoformat(record["event_date_end"] or record["event_date"])
    assert models.EARLIEST_DATE <= first <= last <= models.LATEST_DATE
    if record["date_precision"] == "week":
        assert (last - first).days == 6
    if record["date_precision"] == "day":
        assert first == last
    models.format_event_date(record["event_date"], record["event_date_end"], record["date_precision"])


def test_every_edge_day_in_every_form_fits_the_record_or_is_refused():
    """Each edge day in each form as the start, with each as the end, and with each precision."""
    dated = test_any_date_either_fits_the_record_or_is_refused.hypothesis.inner_test
    texts = [_written(day, form) for day in EDGE_DAYS for form in FORMS]
    for start in texts:
        for end in [None, *texts]:
            dated(start=start, end=end, precision=None)
        for precision in models.DATE_PRECISIONS:
            dated(start=start, end=None, precision=precision)
            dated(start=start, end=start, precision=precision)


@pytest.fixture(scope="module")
def edge_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Incidents dated at both ends of the calendar, as a version that did not check could store them."""
    db = tmp_path_factory.mktemp("edges") / "edges.db"
    store = _store(db)
    store.add_many([{"event_date": "2025-11-24", "event_type": "battles", "country": "TJ", "killed": 3}] * 3)
    store.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE incidents SET event_date = '0001-01-01', date_precision = 'day' WHERE id = 1")
        conn.execute(
            "UPDATE incidents SET event_date = '9999-12-01', event_date_end = '9999-12-31', "
            "date_precision = 'month' WHERE id = 2"
        )
    conn.close()
    return db


@examples(300)
@given(
    command=st.sampled_from(["list", "timeline", "stats", "export"]),
    since=st.none() | date_texts,
    until=st.none() | date_texts,
    group=st.none() | st.sampled_from(["day", "week", "month", "quarter", "year"]),
)
@pytest.mark.slow
def test_reading_commands_with_calendar_end_dates_never_fail_at_run_time(edge_db, command, since, until, group):
    """Stored dates of year 1 and 9999, filters at the calendar's ends: a filter is understood or
    refused (exit 2), never a run-time failure, an overflow or a traceback."""
    SHAPES["calendar-end filters"] += 1
    args = [command, "--format", "json"]
    args += ["--since", since] if since else []
    args += ["--until", until] if until else []
    if group and command == "timeline":
        args += ["--group", group]
    code, _, err = check_run(edge_db, args, may_write=False)
    assert code in (0, 2), (args, err)
    assert "too large" not in err, (args, err)


# --- tolls ---------------------------------------------------------------------------


PREFIXES = ["", "at least ", "over ", "more than ", ">", ">=", "about ", "3-", "3 - ", "  "]
SIGNS = ["", "-", "−", "- ", "–", "+"]


@examples(300)
@given(
    prefix=st.sampled_from(PREFIXES),
    sign=st.sampled_from(SIGNS),
    number=st.integers(0, 10**6),
    noise=st.text(max_size=8),
)
def test_a_toll_is_never_negative_and_never_turns_a_minus_into_a_plus(prefix, sign, number, noise):
    SHAPES["tolls"] += 1
    for text in (f"{prefix}{sign}{number}", noise):
        try:
            toll = models.parse_casualties(text, "killed")
        except ValidationError:
            continue
        for value in (toll.best, toll.low, toll.high):
            assert value is None or value >= 0, (text, toll)
        if text != noise and sign.strip() in ("-", "−", "–"):
            raise AssertionError(f"{text!r} has a minus sign before its number but was read as {toll}")


def test_every_prefix_and_sign_of_a_toll_is_never_negative():
    toll = test_a_toll_is_never_negative_and_never_turns_a_minus_into_a_plus.hypothesis.inner_test
    for prefix, sign, number in itertools.product(PREFIXES, SIGNS, [0, 1, 9, 10, 99, 1000, 10**6]):
        toll(prefix=prefix, sign=sign, number=number, noise=f"{sign}{number}")


# --- control characters ----------------------------------------------------------------


@examples(300)
@given(text=hostile_text)
def test_printable_leaves_no_control_character_and_loses_no_text(text):
    from incident_tracker.report.text import printable

    SHAPES["control characters"] += 1
    shown = printable(text)
    assert not any(c in CONTROLS and c not in "\n\t" for c in shown), repr(shown)
    assert not any(c in BIDI_CONTROLS for c in shown), repr(shown)
    plain = "".join(c for c in text if (c not in CONTROLS or c in "\n\t") and c not in BIDI_CONTROLS)
    assert all(c in shown for c in plain)  # every printable character is still there
    for c in set(text) & set(BIDI_EMBEDDINGS):  # an embedding, override or isolate is shown by its name
        assert f"\\u{ord(c):04x}" in shown, repr(shown)


def test_every_control_character_is_left_out_and_no_text_lost():
    shown = test_printable_leaves_no_control_character_and_loses_no_text.hypothesis.inner_test
    for c in CONTROLS:
        for text in (c, f"a{c}b", f"{c}{c}x", f"\n{c}\t", f"x\x1b[{c}"):
            shown(text=text)
    for text in ["\x1b]0;title\x07", "\x1b[2J", "\x1b]8;;http://x\x1b\\", "\x1b]52;c;ZQ==\x07", "\x9b2J"]:
        shown(text=text)
    for c in BIDI_CONTROLS:  # Hypothesis met U+202A once in CI; every one of them, every run
        shown(text=f"a{c}b")


# --- long cells, control characters and quotes: every file we write imports back -------


@pytest.fixture(scope="module")
def exchange_stores() -> Any:
    source, target = _store(), _store()
    yield source, target
    source.close()
    target.close()


@examples(500)
@given(
    description=st.one_of(hostile_text, st.integers(131_000, 140_000).map(lambda n: "d" * n)),
    note=st.one_of(hostile_text, st.just("n" * 70_000)),
    fmt=st.sampled_from(["csv", "jsonl", "json"]),
)
@example(description="\uf900 e\u0301", note="\uf900 e\u0301", fmt="csv")  # a compatibility ideograph, a decomposed é
@pytest.mark.slow
def test_every_file_we_write_imports_back(exchange_stores, tmp_path_factory, description, note, fmt):
    from incident_tracker.exchange import export_records, import_file
    from incident_tracker.models.text import tidy_text
    from incident_tracker.store.filters import Filters

    assume("\x00" not in description + note)  # SQLite text ends at NUL only in FTS; kept out of this property
    SHAPES["round trips"] += 1
    source, target = exchange_stores
    new_id = source.add(
        {"event_date": "2025-11-24", "event_type": "battles", "country": "TJ", "description": description},
        sources=[{"url": "https://a.org/1", "note": note}, {"outlet": "Other", "note": note}],
    )
    out = io.StringIO()
    export_records(source, out, filters=Filters(ids=[new_id]), fmt=fmt)
    path = tmp_path_factory.mktemp("round") / f"one.{fmt}"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    import_file(target, path)
    uid = source.get(new_id)["uid"]
    copy = target.get(target.conn.execute("SELECT id FROM incidents WHERE uid = ?", [uid]).fetchone()[0])
    # the record keeps its text composed (NFC: ``models.text.tidy_text``, probe12), so a compatibility
    # ideograph or a decomposed letter comes back as its canonical equal; a source's text too (probe13)
    assert copy["description"] == (tidy_text("description", description).strip() or None)
    assert [s["note"] for s in copy["sources"]] == [tidy_text("note", note).strip() or None] * 2


# --- duplicated keys ----------------------------------------------------------------------


_NONCES = itertools.count()


@pytest.fixture(scope="module")
def import_store() -> Any:
    store = _store()
    yield store
    store.close()


@examples(300)
@given(
    rows=st.lists(st.sampled_from(["U1", "U2", "U3", ""]), min_size=2, max_size=6),
    repeat_column=st.booleans(),
    nonce=st.uuids(),
)
def test_an_import_naming_an_incident_twice_is_refused_whole(
    import_store, tmp_path_factory, rows, repeat_column, nonce
):
    """One store for every example (a new in-memory one costs its migrations): each example's
    uids and content carry a nonce, so its rows are new to the store."""
    from incident_tracker.exchange import import_file

    SHAPES["duplicated keys"] += 1
    nonce = next(_NONCES)
    header = "uid,event_date,event_type,country,description" + (",country" if repeat_column else "")
    lines = [
        f"{uid and f'{uid}-{nonce}'},2025-11-24,battles,TJ,{nonce}" + (",TJ" if repeat_column else "") for uid in rows
    ]
    path = tmp_path_factory.mktemp("dup") / "rows.csv"
    path.write_text("\n".join([header, *lines]) + "\n")
    store = import_store
    before = store.count()
    twice = len(set(rows)) < len(rows)
    try:
        import_file(store, path)
    except ValidationError as exc:
        assert twice or repeat_column, (rows, exc)
        assert store.count() == before  # refused whole
        if repeat_column:
            assert "more than once" in str(exc)
        else:
            second = next(j for j, uid in enumerate(rows) if uid in rows[:j])
            first = rows.index(rows[second])
            assert f"lines {first + 2} and {second + 2}" in str(exc), (rows, exc)
    else:
        assert not twice and not repeat_column
        assert store.count() == before + len(rows)


# --- circles anywhere on earth ---------------------------------------------------------------


@pytest.fixture(scope="module")
def points_store() -> Any:
    import random

    rng = random.Random(1515)
    points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(300)]
    points += [(0, 180), (0, -180), (90, 0), (-90, 0), (89.99, 179.99), (-89.99, -179.99)]
    store = _store()
    ids = store.add_many(
        {"event_date": "2025-11-24", "event_type": "battles", "latitude": la, "longitude": lo} for la, lo in points
    )
    yield store, dict(zip(ids, points, strict=True))
    store.close()


@examples(500)
@given(
    latitude=st.one_of(st.floats(-90, 90), st.sampled_from([-90.0, -89.9, 0.0, 89.9, 90.0])),
    longitude=st.one_of(st.floats(-180, 180), st.sampled_from([-180.0, -179.9, 179.9, 180.0])),
    km=st.one_of(st.floats(0.001, 25_000), st.sampled_from([1.0, 500.0, 10_000.0, 20_015.0, 40_000.0])),
)
def test_near_selects_exactly_the_points_in_the_circle(points_store, latitude, longitude, km):
    from incident_tracker.store.filters import Filters, Near, haversine_km

    SHAPES["circles"] += 1
    store, points = points_store
    where, params = Filters(near=Near(latitude, longitude, km)).where()
    found = {row[0] for row in store.conn.execute(f"SELECT id FROM incidents AS i WHERE {where}", params)}
    expected = {i for i, (la, lo) in points.items() if haversine_km(la, lo, latitude, longitude) <= km}
    # points within a rounding error of the edge may fall either way
    edge = {
        i
        for i, (la, lo) in points.items()
        if math.isclose(haversine_km(la, lo, latitude, longitude) or 0, km, rel_tol=1e-9)
    }
    assert found - edge == expected - edge, (latitude, longitude, km)


@examples(100)
@given(radius=st.sampled_from([math.nan, math.inf, -math.inf, -1.0, 0.0, -0.0]))
def test_a_radius_that_is_not_a_positive_number_is_refused(radius):
    from incident_tracker.store.filters import Near

    SHAPES["circles"] += 1
    with pytest.raises(ValidationError):
        Near(0.0, 0.0, radius)


# --- special files as outputs -----------------------------------------------------------


@examples(200)
@given(
    kind=st.sampled_from(
        ["database", "wal", "shm", "journal", "dot-slash", "symlink-db", "fifo", "stdout", "new", "folder"]
    ),
)
def test_output_paths_are_classified_before_anything_is_written(tmp_path_factory, kind):
    from incident_tracker.exchange.files import output_target, protected_files

    SHAPES["output paths"] += 1
    folder = tmp_path_factory.mktemp("out")
    db = folder / "a.db"
    db.write_bytes(b"SQLite format 3\x00")
    protect = protected_files(db)
    path: str | Path = {
        "database": db,
        "wal": Path(f"{db}-wal"),
        "shm": Path(f"{db}-shm"),
        "journal": Path(f"{db}-journal"),
        "dot-slash": Path(os.path.relpath(db)),
        "symlink-db": folder / "link",
        "fifo": folder / "fifo",
        "stdout": "-",
        "new": folder / "new.csv",
        "folder": folder,
    }[kind]
    if kind == "symlink-db":
        Path(path).symlink_to(db)
    if kind == "fifo":
        os.mkfifo(path)
    if kind in {"database", "wal", "shm", "journal", "dot-slash", "symlink-db", "folder"}:
        with pytest.raises(TrackerError):
            output_target(path, protect=protect)
        return
    target = output_target(path, protect=protect)
    assert target.kind == {"fifo": "special", "stdout": "stdout", "new": "regular"}[kind]
    if kind == "fifo":
        assert stat.S_ISFIFO(Path(path).stat().st_mode)


def test_report_shape_counts(capsys):
    """Says how many generated shapes ran, for docs/reliability.md (shown with pytest -s)."""
    with capsys.disabled():
        print(f"\ngenerated shapes tried: {dict(SHAPES)} (total {sum(SHAPES.values())})")
    json.dumps(dict(SHAPES))
