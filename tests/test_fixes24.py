"""Session 15's leftovers (fixes24): text that is not text (a lone surrogate, bytes that are not
UTF-8) is refused in one line wherever it comes in, and nothing is written; "sub-tehsil" and
"sub division" are unit words of the tehsil reader; the pack's README counts the pack's rows."""

from __future__ import annotations

import collections
import csv
import json
import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from conftest import installed_tracker
from incident_tracker.errors import ValidationError
from incident_tracker.geo.subdistrict import with_district
from incident_tracker.models.text import text_refusal
from incident_tracker.store import IncidentStore
from incident_tracker.store.bulk import NewIncident

Run = Callable[..., Result]
_RECORD: dict[str, Any] = {"event_date": "2025-06-01", "country": "TJ", "event_type": "Battles"}
_STAMP = "2025-06-02T08:00:00Z"
#: Half of a UTF-16 pair (JSON may spell it), and a byte of Latin-1 as Python keeps it from argv.
_HIGH, _ESCAPED = "\ud800", "\udce9"


def _count(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM history), (SELECT count(*) FROM sources)"
        ).fetchone()


def _seed(run: Run, db: Path) -> None:
    run("--db", str(db), "add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles")


def test_the_guard_names_a_surrogate_and_passes_real_text() -> None:
    assert text_refusal("the post at Khorugh, Хорог, خاروغ 🙂") is None
    assert text_refusal("plain") is None
    refusal = text_refusal(f"a{_HIGH}b")
    assert refusal is not None and "'\\ud800'" in refusal and "not a character" in refusal
    assert "NUL" in (text_refusal("é\x00") or "")


def test_the_store_refuses_a_surrogate_on_every_write(tmp_path: Path) -> None:
    store = IncidentStore.open(tmp_path / "t.db")
    with pytest.raises(ValidationError, match="notes holds '\\\\udce9'") as caught:
        store.add({**_RECORD, "notes": f"caf{_ESCAPED}"}, locate=False)
    assert caught.value.field == "notes"
    with pytest.raises(ValidationError, match="place holds"):
        store.add({**_RECORD, "place": f"Khor{_ESCAPED}g"}, locate=False)
    new_id = store.add(dict(_RECORD), locate=False)
    with pytest.raises(ValidationError, match="description holds"):
        store.edit(new_id, {"description": f"x{_HIGH}"}, reason="a second report")
    with pytest.raises(ValidationError, match="reason holds"):
        store.edit(new_id, {"notes": "fine"}, reason=f"r{_ESCAPED}")
    incident = IncidentStore.prepare(dict(_RECORD))
    with pytest.raises(ValidationError, match="deleted_reason holds"), store.bulk(reason="load") as writer:
        writer.insert([NewIncident(incident, "u-two", _STAMP, _STAMP, deleted_at=_STAMP, deleted_reason=f"x{_HIGH}")])
    assert store.count() == 1 and store.get(new_id)["notes"] is None
    store.close()


def _refused(result: Result, where: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert f"{where}: holds '\\ud" in lines[0] and "Nothing was imported" in lines[0], lines[0]
    assert "Unexpected" not in lines[0]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("notes", f"a{_HIGH}b"),
        ("deleted_reason", f"counted {_ESCAPED}twice"),
        ("sources", [{"url": "https://example.org/a", "note": f"n{_HIGH}"}]),
    ],
)
def test_a_json_import_refuses_a_lone_surrogate_naming_record_and_column(
    run: Run, tmp_path: Path, field: str, value: Any
) -> None:
    db = tmp_path / "t.db"
    _seed(run, db)
    before = _count(db)
    extra = {"deleted_at": _STAMP} if field == "deleted_reason" else {}
    rows = [{**_RECORD, "uid": "u-good"}, {**_RECORD, "uid": "u-bad", field: value, **extra}]
    for name, text in (("rows.json", json.dumps(rows)), ("rows.jsonl", "\n".join(map(json.dumps, rows)) + "\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")  # json.dumps escapes it: the file is ASCII
        unit = "record" if name.endswith(".json") else "line"
        _refused(run("--db", str(db), "import", str(tmp_path / name), expect=2), f"{unit} 2, column {field}")
    assert _count(db) == before  # one transaction: the good row before the bad one was not kept
    fresh = tmp_path / "new.db"
    _refused(run("--db", str(fresh), "import", str(tmp_path / "rows.json"), expect=2), f"record 2, column {field}")
    assert not fresh.exists()


def test_a_skipped_surrogate_row_goes_to_the_rejects_file_escaped(run: Run, tmp_path: Path) -> None:
    db, rejects = tmp_path / "t.db", tmp_path / "rejects.jsonl"
    rows = [{**_RECORD, "uid": "u-good"}, {**_RECORD, "uid": "u-bad", "victims": f"v{_ESCAPED}"}]
    (tmp_path / "rows.json").write_text(json.dumps(rows), encoding="utf-8")
    run("--db", str(db), "import", str(tmp_path / "rows.json"), "--skip-invalid", "--rejects", str(rejects))
    assert _count(db)[0] == 1
    (line,) = rejects.read_text(encoding="utf-8").splitlines()
    rejected = json.loads(line)
    assert rejected["column"] == "victims" and rejected["record"]["victims"] == f"v{_ESCAPED}"


def test_a_csv_import_that_is_not_utf8_names_its_first_bad_line(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    _seed(run, db)
    before = _count(db)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        "event_date,country,event_type,notes\n2025-06-03,TJ,battles,ok\n2025-06-04,TJ,battles,café\n".encode("latin-1")
    )
    for args in (["import", str(latin)], ["import", "-", "--format", "csv"]):
        result = run("--db", str(db), *args, input=None if args[1] != "-" else latin.read_bytes(), expect=2)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "is not UTF-8 text (line 3 holds the byte 0xe9)" in lines[0], result.stderr
        assert "Nothing was imported" in lines[0]
    assert _count(db) == before


def test_command_line_bytes_that_are_not_utf8_are_refused_and_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    base: list[str | bytes] = [installed_tracker(), "--db", str(db), "add", "--no-input", "--date", "2025-06-01"]
    base += ["--country", "TJ", "--type", "battles"]
    subprocess.run(base, check=True, capture_output=True, timeout=60)
    for extra in (["--notes", b"caf\xe9"], ["--place", b"Khor\xf6g"]):
        result = subprocess.run([*base, *extra], capture_output=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert result.stderr.decode().startswith("Error: argument") and len(result.stderr.splitlines()) == 1
    edit = [installed_tracker(), "--db", str(db), "edit", "1", "--notes", b"x\xff", "--reason", "r"]
    assert subprocess.run(edit, capture_output=True, timeout=60).returncode == 2
    assert _count(db)[0] == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT notes, place FROM incidents").fetchall() == [(None, None)]


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("a checkpost in Mamund sub-tehsil", "Bajaur District"),
        ("Ghulam Khan sub tehsil", "North Waziristan District"),
        ("the Mamund subtehsil", "Bajaur District"),
        ("Nawagai sub division", "Bajaur District"),
        ("Nawagai subdivision", "Bajaur District"),
        ("Sub-tehsil Nawagai", "Bajaur District"),
    ],
)
def test_a_sub_tehsil_or_sub_division_is_a_unit_word(text: str, district: str) -> None:
    assert with_district(text) == f"{text}, {district}"


def test_division_alone_is_not_a_tehsil_and_a_named_district_stays() -> None:
    assert with_district("Mamund division") is None  # a division holds districts
    assert with_district("Mamund sub-tehsil of Bajaur district") is None


def test_the_pack_readme_counts_the_rows_the_pack_holds() -> None:
    data = Path(__file__).resolve().parents[1] / "src" / "incident_tracker" / "geo" / "data"
    lines = [line for line in (data / "border_places.tsv").read_text("utf-8").splitlines() if line and line[0] != "#"]
    kinds = collections.Counter(row["kind"] for row in csv.DictReader(lines, delimiter="\t"))
    readme = " ".join((data / "README.md").read_text("utf-8").split())
    said = re.search(
        r"The pack holds (\d+) rows: (\d+) on the line \((\d+) crossings, (\d+) passes, (\d+) posts, (\d+) bridges\), "
        r"(\d+) districts and (\d+) border towns",
        readme,
    )
    assert said is not None
    line = ("border_crossing", "pass", "border_post", "bridge")
    counted = [kinds.total(), sum(kinds[kind] for kind in line), *(kinds[kind] for kind in line)]
    assert [int(number) for number in said.groups()] == [*counted, kinds["district"], kinds["town"]]
    assert kinds.total() == sum(kinds[kind] for kind in (*line, "district", "town"))
