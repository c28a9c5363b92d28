"""Session 14's leftovers (fixes21): a NUL character is refused by every write, not only by the
import, so a database never holds text its own export cannot bring back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.errors import ValidationError
from incident_tracker.store import IncidentStore

Run = Callable[..., Result]
_ADD = ("add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles")


def _desk(run: Run, db: Path) -> Callable[..., Result]:
    def at(*args: str, expect: int | None = 0) -> Result:
        return run("--db", str(db), *args, expect=expect)

    return at


def _one_line(result: Result, field: str) -> None:
    # One error line (a place's province may be noted before it, as any place add notes it).
    err = result.stderr.strip().splitlines()[-1]
    assert [line for line in result.stderr.splitlines() if line.startswith("Error")] == [err]
    assert err.startswith("Error: ") and f"{field} holds a NUL character" in err, err
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("option", "field"),
    [("--description", "description"), ("--place", "place"), ("--tag", "tags"), ("--notes", "notes")],
)
def test_add_refuses_a_nul_naming_the_field(run: Run, tmp_path: Path, option: str, field: str) -> None:
    desk = _desk(run, tmp_path / "t.db")
    _one_line(desk(*_ADD, option, "two shots\x00 at the post", expect=2), field)
    if (tmp_path / "t.db").exists():
        assert sqlite3.connect(tmp_path / "t.db").execute("SELECT count(*) FROM incidents").fetchone() == (0,)


def test_edit_source_and_reason_refuse_a_nul(run: Run, tmp_path: Path) -> None:
    desk = _desk(run, tmp_path / "t.db")
    desk(*_ADD)
    before = sqlite3.connect(tmp_path / "t.db").execute("SELECT count(*) FROM history").fetchone()
    _one_line(desk("edit", "1", "--notes", "a\x00b", expect=2), "notes")
    _one_line(desk("edit", "1", "--killed", "3", "--reason", "the clinic\x00s count", expect=2), "reason")
    _one_line(desk("source", "add", "1", "--outlet", "Radio\x00Ozodi", expect=2), "outlet")
    _one_line(desk("source", "add", "1", "https://news.example.org/a\x00b", expect=2), "url")
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("SELECT count(*) FROM history").fetchone() == before
        assert conn.execute("SELECT killed, notes FROM incidents").fetchone() == (None, None)
        assert conn.execute("SELECT count(*) FROM sources").fetchone() == (0,)


def test_places_add_refuses_a_nul(run: Run, tmp_path: Path) -> None:
    desk = _desk(run, tmp_path / "t.db")
    result = desk("places", "add", "Ford\x00 post", "--lat", "38.5", "--lon", "68.7", "--country", "TJ", expect=2)
    _one_line(result, "name")
    result = desk("places", "add", "Ford post", "--lat", "38.5", "--lon", "68.7", "--alias", "F\x00P", expect=2)
    _one_line(result, "alias")
    assert "Ford" not in desk("places", "list").stdout


def test_the_library_refuses_a_nul_on_every_write(tmp_path: Path) -> None:
    store = IncidentStore.open(tmp_path / "t.db")
    record = {"event_date": "2025-06-01", "country": "TJ", "event_type": "battles"}
    with pytest.raises(ValidationError) as caught:
        store.add({**record, "victims": "two\x00guards"})
    assert caught.value.field == "victims"
    with pytest.raises(ValidationError, match="weapons holds a NUL"):
        store.add({**record, "weapons": ["drone\x00"]})
    incident_id = store.add(record)
    with pytest.raises(ValidationError, match="perpetrator holds a NUL"):
        store.edit(incident_id, {"perpetrator": "\x00"})
    with pytest.raises(ValidationError, match="note holds a NUL"):
        store.add_source(incident_id, {"outlet": "Asia-Plus", "note": "said\x00so"})
    with pytest.raises(ValidationError, match="reason holds a NUL"):
        store.delete(incident_id, reason="twice\x00")
    assert store.get(incident_id)["deleted_at"] is None
    # Other control characters are kept: CSV and JSON carry them both ways.
    store.edit(incident_id, {"notes": "page\x0cbreak\tand a bell\x07"})
    assert store.get(incident_id)["notes"] == "page\x0cbreak\tand a bell\x07"
    store.close()


def test_actors_add_refuses_a_nul(run: Run, tmp_path: Path) -> None:
    desk = _desk(run, tmp_path / "t.db")
    _one_line(desk("actors", "add", "Jamoat\x00 guard", expect=2), "name")
    _one_line(desk("actors", "add", "Jamoat guard", "--alias", "JG\x00", expect=2), "alias")
    _one_line(desk("actors", "add", "Jamoat guard", "--reason", "seen\x00twice", expect=2), "reason")
    assert "Jamoat" not in desk("actors", "list").stdout


def test_history_says_which_import_brought_a_row(run: Run, tmp_path: Path) -> None:
    a, b = _desk(run, tmp_path / "a.db"), _desk(run, tmp_path / "b.db")
    a(*_ADD, "--killed", "1")
    a("edit", "1", "--killed", "3", "--reason", "the clinic's list")
    a("export", "--with-history", "-o", str(tmp_path / "desk-a.json"))
    b("import", str(tmp_path / "desk-a.json"))
    b("edit", "1", "--injured", "2")
    rows = json.loads(b("history", "1", "--json").stdout)
    assert [row["reason"] for row in rows] == [None, "the clinic's list", None]
    came = [row["imported"] for row in rows]
    assert came[0] == came[1] and came[0].startswith("import of desk-a.json at ") and came[2] is None
    shown = b("history", "1").stdout
    assert "came in by import of desk-a.json" in " ".join(shown.split())
    # No export carries it: the file's rows travel as they came.
    b("export", "--with-history", "-o", str(tmp_path / "desk-b.json"))
    assert "imported" not in (tmp_path / "desk-b.json").read_text(encoding="utf-8")


def test_the_library_sorts_an_articles_drafts_before_adding() -> None:
    from incident_tracker.extract import Draft
    from incident_tracker.extract.adding import sort_marked, taken_unreviewed

    here = Draft(values={"event_date": "2025-06-01"}, recorded={"id": 4, "same_article": True, "reason": "r"})
    elsewhere = Draft(values={"event_date": "2025-06-02"}, recorded={"id": 7, "same_article": False, "reason": "r"})
    dated, undated = Draft(values={"event_date": "2025-06-03"}), Draft(values={"place": "Ishkoshim"})
    drafts = sort_marked([here, elsewhere, dated, undated])
    assert drafts.known == [here] and drafts.fresh == [elsewhere, dated, undated]
    taken = taken_unreviewed(drafts.fresh)
    assert taken.accepted == [dated] and taken.attach == [(7, elsewhere)] and taken.undated == [undated]
