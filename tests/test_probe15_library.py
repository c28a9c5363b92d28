"""probe15: the library used from Python, as a user of ``import incident_tracker`` would.

Wrong types where the CLI never passes them, a closed store, two stores on one file (one process,
two threads), a generator that raises half-way through an import, an exception inside a block that
writes, a record changed after it was added, a read-then-save racing another process. Each ends in
one of the library's own errors (``TrackerError``) in one line, never ``sqlite3``'s, a ``TypeError``
or a ``KeyError`` from deep inside, and nothing half-written. Real files in tmp dirs, real threads,
a real second process.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.errors import ConflictError, StorageError, TrackerError, ValidationError
from incident_tracker.extract import extract_drafts
from incident_tracker.geo.locate import locate
from incident_tracker.store import Filters, IncidentStore
from incident_tracker.store.database import transaction

RECORD: dict[str, Any] = {"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"}
SRC = Path(__file__).resolve().parent.parent / "src"
DAY = dt.date(2025, 11, 24)
ARTICLE = "Two soldiers were killed in Khorog on Monday."


def _rows(db: Path) -> tuple[int, int, int]:
    """Incidents, history rows and sources in the file, read by a connection of its own."""
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("incidents", "history", "sources")
        )  # type: ignore[return-value]
    finally:
        conn.close()


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text, text
    return text


def _refused(db: Path, call: Callable[[], object], kind: type[TrackerError] = ValidationError) -> str:
    """``call`` raises ``kind`` (not a bare Python or SQLite error), in one line, and the file is unchanged."""
    before = _rows(db)
    with pytest.raises(TrackerError) as caught:
        call()
    assert isinstance(caught.value, kind), repr(caught.value)
    assert _rows(db) == before
    return _one_line(caught.value)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[IncidentStore]:
    opened = IncidentStore.open(tmp_path / "lib.db")
    opened.add(dict(RECORD), locate=False)
    yield opened
    opened.close()


# --- wrong types where the CLI never passes them -------------------------------------------------

WRONG_VALUES = [
    ({"event_date": 20251124}, "event_date must be a day as YYYY-MM-DD text or a datetime.date, got 20251124 (an int)"),
    ({"event_date": b"2025-11-24"}, "got b'2025-11-24' (a bytes)"),
    ({"event_date": dt.datetime(2025, 11, 24, 3, 0)}, "not a moment with a time"),
    ({"place": {"name": "Khorog"}}, "place must be text, got {'name': 'Khorog'} (a dict)"),
    ({"place": ["Khorog"]}, "place must be text, got ['Khorog'] (a list)"),
    ({"place": b"Khorog"}, "place must be text, got b'Khorog' (a bytes)"),
    ({"description": ["a"]}, "description must be text"),
    ({"country": b"TJ"}, "country must be a country as text (TJ, Tajikistan), got b'TJ' (a bytes)"),
    ({"event_type": b"Battles"}, "event_type must be text, got b'Battles' (a bytes)"),
    ({"killed": 2.5}, "killed must be a whole number, got 2.5"),
    ({"latitude": b"37.5", "longitude": 71.5}, "latitude must be a number, got b'37.5' (a bytes)"),
    ({"attribution_default": {"x": 1}}, "attribution_default must be True or False, got {'x': 1} (a dict)"),
    ({"weapons": "drone"}, "weapons must be a list of text items, got 'drone'"),
]


WRONG_IDS = [True, "1", 1.0, None, b"1"]


@pytest.mark.parametrize("wrong_id", WRONG_IDS, ids=[repr(i) for i in WRONG_IDS])
def test_an_incident_id_that_is_no_int_is_refused_not_matched(store: IncidentStore, wrong_id: object) -> None:
    # Before: SQLite matched True and '1' to incident 1 by the column's affinity, so
    # get(True) returned incident 1 and edit(True, ...) changed it.
    db = store.path
    assert db is not None
    wanted = "An incident id must be an int, got"
    assert wanted in _refused(db, lambda: store.get(wrong_id))  # type: ignore[arg-type]
    assert wanted in _refused(db, lambda: store.edit(wrong_id, {"killed": 3}))  # type: ignore[arg-type]
    assert wanted in _refused(db, lambda: store.delete(wrong_id, reason="a test"))  # type: ignore[arg-type]
    assert wanted in _refused(db, lambda: store.history(wrong_id))  # type: ignore[arg-type]
    assert wanted in _refused(db, lambda: store.exists(wrong_id))  # type: ignore[arg-type]
    assert store.get(1)["killed"] is None and store.exists(1)


@pytest.mark.parametrize(("change", "words"), WRONG_VALUES, ids=[str(c) for c, _ in WRONG_VALUES])
def test_a_value_of_the_wrong_type_is_refused_not_stored_as_its_repr(
    store: IncidentStore, change: dict[str, Any], words: str
) -> None:
    # Before: an int date was read as ISO's basic form, a dict or bytes stored as their repr
    # ("{'name': 'Khorog'}", "b'Khorog'"), a datetime and a dict flag raised TypeError.
    assert store.path is not None
    assert words in _refused(store.path, lambda: store.add({**RECORD, **change}, locate=False))
    assert words in _refused(store.path, lambda: store.edit(1, change))


def test_a_record_a_source_or_a_reason_of_the_wrong_shape_is_refused(store: IncidentStore) -> None:
    db = store.path
    assert db is not None
    # Before: TypeError ('NoneType' object is not iterable), AttributeError ('list' object has no
    # attribute 'keys'), and a source given as its URL read letter by letter.
    assert "A record must be a dict" in _refused(db, lambda: store.add(None, locate=False))  # type: ignore[arg-type]
    assert "A record must be a dict" in _refused(db, lambda: store.add([("event_date", "2025-11-24")]))  # type: ignore[arg-type]
    assert "Unknown field(s): 1." in _refused(db, lambda: store.add({**RECORD, 1: 2}, locate=False))  # type: ignore[dict-item]
    words = _refused(db, lambda: store.add(RECORD, sources="https://example.org/a", locate=False))  # type: ignore[arg-type]
    assert words.startswith("The sources must be a list of sources") and "'https://example.org/a' (a str)" in words
    assert "one source goes in a list" in _refused(db, lambda: store.add(RECORD, sources={"url": "https://x.org"}))  # type: ignore[arg-type]
    assert "The sources must be a list" in _refused(db, lambda: store.add(RECORD, sources=None, locate=False))  # type: ignore[arg-type]
    assert "A source must be a dict" in _refused(db, lambda: store.add(RECORD, sources=["https://x.org"]))  # type: ignore[list-item]
    assert "A source must be a dict" in _refused(db, lambda: store.add_source(1, "https://x.org"))  # type: ignore[arg-type]
    assert "The changes must be a dict" in _refused(db, lambda: store.edit(1, None))  # type: ignore[arg-type]
    assert "A reason must be text, got 5 (an int)" in _refused(db, lambda: store.add(RECORD, reason=5))  # type: ignore[arg-type]
    assert "A reason must be text, got b'x'" in _refused(db, lambda: store.edit(1, {"killed": 3}, reason=b"x"))  # type: ignore[arg-type]
    assert "A reason must be text" in _refused(db, lambda: store.delete(1, reason=5))  # type: ignore[arg-type]


def test_add_many_given_what_is_not_records_is_refused(store: IncidentStore) -> None:
    db = store.path
    assert db is not None
    # Before: TypeError, and ValueError ("dictionary update sequence element #0 has length 1").
    assert "The records must be an iterable of dicts" in _refused(db, lambda: store.add_many(None))  # type: ignore[arg-type]
    assert "The records must be an iterable of dicts" in _refused(db, lambda: store.add_many("abc"))  # type: ignore[arg-type]
    assert "Record 2 must be a dict" in _refused(db, lambda: store.add_many([RECORD, "abc"]))  # type: ignore[list-item]
    assert "Record 1 must be a dict" in _refused(db, lambda: store.add_many([None]))  # type: ignore[list-item]
    words = _refused(db, lambda: store.add_many([{**RECORD, "sources": "https://x.org"}]))
    assert words.startswith("Record 1: The sources must be a list")
    assert "batch_size" in _refused(db, lambda: store.add_many([RECORD], batch_size="5"))  # type: ignore[arg-type]


FILTER_SHAPES = [
    (lambda: Filters(countries="TJ"), "countries must be a list of text, got 'TJ' (a str)"),  # type: ignore[arg-type]
    (lambda: Filters(since=2030), "since must be a day as YYYY-MM-DD"),  # type: ignore[arg-type]
    (lambda: Filters(since="Nov 2025"), "since must be a day as YYYY-MM-DD"),
    (lambda: Filters(until="2025-W47-1"), "until must be a day as YYYY-MM-DD"),
    (lambda: Filters(min_killed="3"), "min_killed must be a whole number"),  # type: ignore[arg-type]
    (lambda: Filters(search=["drone"]), "search must be text"),  # type: ignore[arg-type]
    (lambda: Filters(ids=[True]), "ids must be a list of whole numbers"),
    (lambda: Filters(deleted="no"), "must be True or False"),  # type: ignore[arg-type]
    (lambda: Filters(near=(37.5, 71.5, 10)), "near must be a Near"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("make", "words"), FILTER_SHAPES, ids=[w for _, w in FILTER_SHAPES])
def test_a_filter_of_the_wrong_shape_is_refused_not_compared(
    store: IncidentStore, make: Callable[[], Filters], words: str
) -> None:
    # Before: countries="TJ" and since="Nov 2025" matched nothing, since=2030 every incident (text
    # sorts after numbers): a silent wrong answer.
    with pytest.raises(ValidationError) as caught:
        list(store.query(make()))
    assert words in _one_line(caught.value)
    with pytest.raises(ValidationError):
        store.count(make())


def test_a_query_given_what_is_not_filters_or_a_limit_is_refused(store: IncidentStore) -> None:
    # Before: AttributeError ('dict' object has no attribute 'search'), TypeError ('<' between str and int).
    with pytest.raises(ValidationError, match=r"Filters must be a Filters\(...\), got \{'countries'"):
        store.query({"countries": ["TJ"]})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="The limit must be a whole number or None, got '5' "):
        store.query(Filters(), limit="5")  # type: ignore[arg-type]
    assert [r["id"] for r in store.query(Filters(since=dt.date(2025, 11, 1)))] == [1]  # a day, as the CLI gives it


# --- the store's life: closed, shared, threads ---------------------------------------------------


def test_a_closed_store_used_again_is_one_storage_error(tmp_path: Path) -> None:
    db = tmp_path / "closed.db"
    store = IncidentStore.open(db)
    store.add(dict(RECORD), locate=False)
    store.close()
    for call in (
        lambda: store.get(1),
        lambda: store.add(dict(RECORD), locate=False),
        lambda: store.count(),
        lambda: store.query(),
        lambda: store.edit(1, {"killed": 3}),
    ):
        # Before: sqlite3.ProgrammingError: Cannot operate on a closed database.
        words = _refused(db, call, StorageError)
        assert words.startswith("Database error: this store was closed")
    store.close()  # twice is harmless


def test_a_store_closed_while_its_query_is_read_raises_storage_error(tmp_path: Path) -> None:
    store = IncidentStore.open(tmp_path / "q.db")
    store.add_many([dict(RECORD)] * 3)
    rows = store.query()
    next(rows)
    store.close()
    with pytest.raises(StorageError, match="this store was closed"):
        list(rows)


def test_a_store_used_from_another_thread_is_one_storage_error(store: IncidentStore) -> None:
    seen: list[BaseException] = []

    def use() -> None:
        try:
            store.count()
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever came
            seen.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join()
    # Before: sqlite3.ProgrammingError: SQLite objects created in a thread can only be used in that same thread.
    assert len(seen) == 1 and isinstance(seen[0], StorageError), seen
    assert "open one store per thread" in _one_line(seen[0])


def test_a_store_per_thread_writes_every_record(tmp_path: Path) -> None:
    db = tmp_path / "threads.db"
    IncidentStore.open(db).close()
    failures: list[BaseException] = []

    def add(k: int) -> None:
        try:
            with IncidentStore.open(db) as mine:
                for i in range(15):
                    mine.add({**RECORD, "description": f"t{k}-{i}"}, locate=False)
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    workers = [threading.Thread(target=add, args=(k,)) for k in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    with IncidentStore.open(db) as store:
        assert sorted(r["description"] for r in store.query(limit=None)) == sorted(
            f"t{k}-{i}" for k in range(3) for i in range(15)
        )


def test_two_stores_on_one_file_in_one_process_wait_then_say_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "0.2")
    db = tmp_path / "two.db"
    first, second = IncidentStore.open(db), IncidentStore.open(db)
    with first.bulk(reason="held") as _writer:
        first.add(dict(RECORD), locate=False)
        # Before: sqlite3.OperationalError: database is locked.
        with pytest.raises(StorageError) as caught:
            second.add(dict(RECORD), locate=False)
    assert caught.value.sqlite_errorname.startswith("SQLITE_BUSY")
    # probe16: at once, naming this thread's other store (it waited the timeout and blamed another process).
    assert _one_line(caught.value).startswith("Database error: another store of this process, in this thread,")
    assert second.count() == 1  # the first's write, whole; the second's, none
    second.add(dict(RECORD), locate=False)  # and it writes once the lock is free
    assert first.count() == 2
    first.close()
    second.close()


def test_a_store_is_a_context_manager_that_closes(tmp_path: Path) -> None:
    db = tmp_path / "with.db"
    with IncidentStore.open(db) as store:
        store.add(dict(RECORD), locate=False)
    with pytest.raises(StorageError, match="closed"):
        store.count()
    assert not Path(f"{db}-wal").exists()  # folded into the file, as a command leaves it
    assert _rows(db)[0] == 1


# --- writes that stop half-way --------------------------------------------------------------------


def test_a_generator_that_raises_half_way_through_add_many_leaves_nothing(store: IncidentStore) -> None:
    def records() -> Iterator[dict[str, Any]]:
        for i in range(10):
            if i == 6:
                raise KeyError("the caller's own")
            yield {**RECORD, "description": f"g{i}"}

    db = store.path
    assert db is not None
    before = _rows(db)
    # The caller's exception is the caller's: it passes unchanged (not dressed as ours), and the
    # five records read before it are not written.
    with pytest.raises(KeyError, match="the caller's own"):
        store.add_many(records(), batch_size=2)  # two batches were inserted before the generator failed
    assert _rows(db) == before
    assert not store.conn.in_transaction
    store.add(dict(RECORD), locate=False)  # the store is usable after
    assert _rows(db)[0] == before[0] + 1


def test_an_exception_inside_a_block_that_writes_undoes_the_block(store: IncidentStore) -> None:
    db = store.path
    assert db is not None
    before = _rows(db)
    with pytest.raises(ZeroDivisionError), transaction(store.conn):
        store.add(dict(RECORD), locate=False)
        store.edit(1, {"killed": 4})
        _ = 1 / 0
    with pytest.raises(ZeroDivisionError), store.bulk(reason="load") as _writer:
        store.add_many([dict(RECORD)] * 3)
        _ = 1 / 0
    assert _rows(db) == before
    assert store.get(1)["killed"] is None


# --- records and references -----------------------------------------------------------------------


def test_a_record_changed_after_it_was_added_or_read_changes_nothing_stored(store: IncidentStore) -> None:
    record = {**RECORD, "weapons": ["drone"], "tags": ["border"]}
    first = store.add(record, locate=False)
    record["weapons"].append("grenade")
    record["killed"] = 9
    read = store.get(first)
    read["weapons"].append("firearms")
    read["killed"] = 7
    assert (store.get(first)["weapons"], store.get(first)["killed"]) == (["drone"], None)
    # The same dict added twice is two incidents, each its own uid (as two 'tracker add' are):
    # 'tracker duplicates' is what finds them.
    second, third = store.add(record, locate=False), store.add(record, locate=False)
    assert store.get(second)["uid"] != store.get(third)["uid"]
    # A record as read is not a record to add: its id, uid and timestamps are the store's.
    assert "Unknown field(s): created_at" in _refused(store.path or Path(), lambda: store.add(store.get(1)))


def test_an_edit_worked_out_from_a_stale_read_is_refused_with_expect(store: IncidentStore) -> None:
    db = store.path
    assert db is not None
    store.edit(1, {"killed": 3})
    read = store.get(1)
    script = (
        f"from incident_tracker.store import IncidentStore; IncidentStore.open({str(db)!r}).edit(1, {{'killed': 4}})"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    # Without expect the edit is saved on the stale read (its history keeps the true old value, 4):
    # the lost update a script makes. With expect, refused whole, naming the field.
    words = _refused(db, lambda: store.edit(1, {"killed": read["killed"] + 1}, expect=read), ConflictError)
    assert "Incident 1 was changed since it was read (killed was 3, is now 4)" in words
    assert "Unknown" not in words
    fresh = store.get(1)
    fresh_killed = fresh["killed"]
    fresh["killed"] += 1  # the caller's own copy, changed before the edit: expect names the old value
    assert store.edit(1, {"killed": fresh["killed"]}, expect={"killed": fresh_killed}) == [
        {"field": "killed", "old": 4, "new": 5}
    ]
    with pytest.raises(ValidationError, match="expect names what is not a field of a record: colour"):
        store.edit(1, {"killed": 6}, expect={"colour": "red"})


# --- the other entry points: extraction and locating ----------------------------------------------

ENTRY_CALLS = [
    ("extract_drafts(None, day)", lambda: extract_drafts(None, DAY), "text must be text, got None"),  # type: ignore[arg-type]
    ("extract_drafts(bytes, day)", lambda: extract_drafts(b"Two killed", DAY), "text must be text, got b'Two killed'"),  # type: ignore[arg-type]
    ("extract_drafts(text, str)", lambda: extract_drafts(ARTICLE, "2025-11-24"), "published must be a day"),  # type: ignore[arg-type]
    ("extract_drafts(text, int)", lambda: extract_drafts(ARTICLE, 20251124), "published must be a day"),  # type: ignore[arg-type]
    (
        "extract_drafts(text, datetime)",
        lambda: extract_drafts(ARTICLE, dt.datetime(2025, 11, 24, 5)),
        "published must be a day (a datetime.date), got datetime.datetime",
    ),
    ("locate(int)", lambda: locate(123), "place must be text, got 123 (an int)"),  # type: ignore[arg-type]
    ("locate(bytes)", lambda: locate(b"Khorog"), "place must be text, got b'Khorog' (a bytes)"),  # type: ignore[arg-type]
    ("locate(country=int)", lambda: locate("Khorog", country=7), "country must be text, got 7"),  # type: ignore[arg-type]
    ("locate(latitude=str)", lambda: locate("Khorog", latitude="north", longitude=3), "latitude must be a number"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("label", "call", "words"), ENTRY_CALLS, ids=[label for label, _, _ in ENTRY_CALLS])
def test_extraction_and_locating_refuse_a_wrong_argument_at_their_entry(
    label: str, call: Callable[[], object], words: str
) -> None:
    # Before: AttributeError ('NoneType' object has no attribute 'replace', 'int' object has no attribute
    # 'strip', 'str' object has no attribute 'weekday'), TypeError; a datetime as the publication day
    # made a draft dated '2025-11-24T05:00:00'.
    with pytest.raises(ValidationError) as caught:
        call()
    assert words in _one_line(caught.value)
