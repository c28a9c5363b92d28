"""Review 14's leftovers (fixes22): the overview's latest revision is the latest in time even
after an import brings older history; ``-n``'s help says what 0 does; geo keeps one country test
and no unused constant."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

import incident_tracker

Run = Callable[..., Result]

SRC = Path(incident_tracker.__file__).resolve().parent


def _overview(db: Path) -> tuple[str, str, str | None]:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT last_revised_at, last_revision, last_revision_reason FROM incidents_overview WHERE id = 1"
        ).fetchone()
    conn.close()
    return row


def test_the_latest_revision_is_the_latest_change_after_an_older_import(run: Run, tmp_path: Path) -> None:
    a_db, b_db = tmp_path / "a.db", tmp_path / "b.db"
    run("--db", str(a_db), "add", "--no-input", "--date", "2025-06-01", "--country", "TJ", "--type", "battles")
    run("--db", str(a_db), "export", "--with-history", "-o", str(tmp_path / "base.json"))
    run("--db", str(b_db), "import", str(tmp_path / "base.json"))
    # Both desks learn of the second death: A early in the morning, B that evening, before A's file
    # arrives with its older row.
    run("--db", str(a_db), "edit", "1", "--killed", "2", "--reason", "the morning's count")
    run("--db", str(b_db), "edit", "1", "--killed", "2", "--reason", "the clinic's list")
    for db, stamp in ((a_db, "2025-06-02T06:00:00Z"), (b_db, "2025-06-02T18:00:00Z")):
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE history SET changed_at = ? WHERE action = 'update'", [stamp])
            conn.execute("UPDATE history SET changed_at = '2025-06-01T12:00:00Z' WHERE action <> 'update'")
        conn.close()
    run("--db", str(a_db), "export", "--with-history", "-o", str(tmp_path / "a.json"))
    run("--db", str(b_db), "import", str(tmp_path / "a.json"))
    shown = json.loads(run("--db", str(b_db), "show", "1", "--json").stdout)["history"]
    assert [row["reason"] for row in shown[1:]] == ["the morning's count", "the clinic's list"]
    assert shown[1]["id"] > shown[2]["id"]  # the imported row is the newer in this database
    assert _overview(b_db) == ("2025-06-02T18:00:00Z", "update", "the clinic's list")


def test_the_limit_help_says_what_zero_does(run: Run) -> None:
    shown = " ".join(run("list", "--help").stdout.split())
    assert "0 lists every incident" in shown and "llm" not in shown


def test_geo_has_one_country_test() -> None:
    from incident_tracker.geo import coverage, phrase_head

    assert coverage.a_country is phrase_head.a_country
    assert phrase_head.a_country("Afghan") and phrase_head.a_country("TJ") and not phrase_head.a_country("Torkham")


def test_no_private_constant_of_geo_goes_unused() -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in SRC.rglob("*.py")}
    unused = []
    for path, text in sources.items():
        if path.parent.name != "geo":
            continue
        for match in re.finditer(r"^(_[A-Z][A-Z0-9_]*)\s*(?::[^=\n]*)?=", text, re.M):
            word = re.compile(rf"\b{match.group(1)}\b")
            if len(word.findall(text)) < 2 and not any(word.search(t) for p, t in sources.items() if p != path):
                unused.append(f"{path.name}: {match.group(1)}")
    assert unused == []
