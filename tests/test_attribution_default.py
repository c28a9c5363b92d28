"""An ``unattributed`` nobody stated is kept and shown as the default it is (the codebook:
"a default must be visible as a default"), apart from one a user or a source gave."""

from __future__ import annotations

import csv
import io

import pytest

from incident_tracker.errors import ValidationError
from incident_tracker.store import IncidentStore

ADD = ["add", "--date", "2025-11-24", "--type", "battles", "--country", "PK", "--place", "Torkham"]


def test_add_without_an_attribution_marks_the_default(run, run_json):
    result = run(*ADD)
    assert "unattributed (default)" in result.stderr
    record = run_json("show", "1", "--json")
    assert (record["attribution"], record["attribution_default"]) == ("unattributed", True)
    assert "unattributed (the default: nobody stated an attribution)" in run("show", "1").stdout
    assert "(default)" in run("list").stdout


def test_an_unattributed_given_is_not_a_default(run, run_json):
    run(*ADD, "--attribution", "unattributed")
    record = run_json("show", "1", "--json")
    assert (record["attribution"], record["attribution_default"]) == ("unattributed", None)
    assert "(default)" not in run("list").stdout
    assert "the default" not in run("show", "1").stdout


def test_giving_a_status_later_clears_the_mark_and_keeps_it_in_the_history(run, run_json):
    run(*ADD)
    run("edit", "1", "--attribution", "unattributed", "--reason", "checked: nobody claimed it")
    record = run_json("show", "1", "--json")
    assert (record["attribution"], record["attribution_default"]) == ("unattributed", False)
    history = run("history", "1").stdout
    assert "attribution_default" in history


def test_the_library_marks_the_default_too(tmp_path):
    store = IncidentStore.open(tmp_path / "lib.db")
    first = store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"})
    second = store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ", "attribution": "claimed"})
    assert store.get(first)["attribution_default"] is True
    assert store.get(second)["attribution_default"] is None
    with pytest.raises(ValidationError, match="attribution_default marks the 'unattributed' default"):
        store.add({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ", "attribution": "claimed",
                   "attribution_default": True})  # fmt: skip
    store.close()


def test_export_and_import_carry_the_mark(run, tmp_path):
    run(*ADD)
    run(*ADD, "--attribution", "alleged")
    exported = run("export", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [r["attribution_default"] for r in rows] == ["true", ""]
    path = tmp_path / "out.csv"
    path.write_text(exported, encoding="utf-8")
    run("--db", str(tmp_path / "copy.db"), "import", str(path))
    copied = run("--db", str(tmp_path / "copy.db"), "export", "--format", "csv").stdout
    again = list(csv.DictReader(io.StringIO(copied)))
    assert [r["attribution_default"] for r in again] == ["true", ""]


def test_an_import_row_marking_a_stated_status_as_default_is_refused(run, tmp_path, db_path, file_digest):
    run(*ADD)
    before = file_digest(db_path)
    path = tmp_path / "bad.csv"
    path.write_text("event_date,event_type,country,attribution,attribution_default\n"
                    "2025-11-24,Battles,TJ,claimed,true\n", encoding="utf-8")  # fmt: skip
    result = run("import", str(path), expect=2)
    assert "attribution_default marks the 'unattributed' default" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_digest(db_path) == before


ARTICLE_SILENT = (
    "PESHAWAR: Two soldiers were killed when gunmen attacked a checkpost at Torkham on Monday, officials said.\n"
)
ARTICLE_TOLD = (
    "PESHAWAR: Three policemen were killed when a bomb exploded near a police van in Bara on Tuesday. "
    "No group has claimed responsibility for the attack.\n"
)


def test_extract_add_keeps_a_default_apart_from_one_read(run, run_json):
    published = ["--published", "2025-11-26"]
    run("extract", "-", *published, "--outlet", "Wire", "--add", "--yes", input=ARTICLE_SILENT)
    run("extract", "-", *published, "--outlet", "Wire 2", "--add", "--yes", input=ARTICLE_TOLD)
    records = run_json("list", "--json")
    marks = {r["place"]: (r["attribution"], r["attribution_default"]) for r in records}
    assert marks == {"Torkham": ("unattributed", True), "Bara": ("unattributed", None)}


def _without_the_mark(exported: str, path, **changes: str) -> None:
    """The exported file as a tool that does not know the mark writes it: no attribution_default column."""
    rows = list(csv.DictReader(io.StringIO(exported)))
    names = [name for name in rows[0] if name != "attribution_default"]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({**row, **changes} for row in rows)


@pytest.mark.parametrize(
    ("changes", "after"),
    [
        ({"attribution": "unattributed"}, ("unattributed", True)),  # restated: the mark stays as it is
        ({"attribution": "alleged", "perpetrator": "TTP"}, ("alleged", False)),  # stated: the mark goes
    ],
)
def test_an_import_without_the_column_settles_the_mark_as_edit_does(run, run_json, tmp_path, changes, after):
    run(*ADD)
    path = tmp_path / "edited.csv"
    _without_the_mark(run("export", "--format", "csv").stdout, path, **changes)
    run("import", str(path))
    record = run_json("show", "1", "--json")
    assert (record["attribution"], record["attribution_default"]) == after


def test_an_import_emptying_a_stated_attribution_makes_it_the_default_again(run, run_json, tmp_path):
    run(*ADD, "--attribution", "alleged")
    path = tmp_path / "emptied.csv"
    _without_the_mark(run("export", "--format", "csv").stdout, path, attribution="")
    run("import", str(path))
    record = run_json("show", "1", "--json")
    assert (record["attribution"], record["attribution_default"]) == ("unattributed", True)
