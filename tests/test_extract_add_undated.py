"""`extract --add --yes` with a draft the text gives no date for (review11).

A draft can be left undated on purpose (a numeric day that reads both ways, a date that is not its own).
With --yes nothing is reviewed, so such a draft used to stop the whole article with "Missing date" (exit 2)
after the database was created. Now it is set aside and said; the dated drafts are added. House text.
"""

from __future__ import annotations

from pathlib import Path

UNDATED = "PESHAWAR: Gunmen killed two soldiers at a checkpoint in Kurram district on 05/06/2023, officials said.\n"
DATED = "QUETTA: Militants killed three policemen at a checkpoint in Chaman on June 9, 2023, police said.\n"


def test_an_undated_draft_is_left_out_and_said_not_a_failure(run, run_json, tmp_path):
    db, article = str(tmp_path / "x.db"), tmp_path / "a.txt"
    article.write_text(UNDATED, encoding="utf-8")
    result = run(
        "--db", db, "extract", str(article), "--published", "2023-06-10", "--add", "--yes",
        "--source", "https://example.org/a",
    )  # fmt: skip
    assert "1 draft(s) left out (1): the text gives no date for them" in result.stderr
    assert "added 0 incident(s)" in result.stderr
    assert not Path(db).exists()  # nothing added: no new, empty database either (probe17)


def test_a_dated_draft_is_still_added_with_yes(run, run_json, tmp_path):
    db, article = str(tmp_path / "x.db"), tmp_path / "b.txt"
    article.write_text(DATED, encoding="utf-8")
    result = run(
        "--db", db, "extract", str(article), "--published", "2023-06-10", "--add", "--yes",
        "--source", "https://example.org/b",
    )  # fmt: skip
    assert "left out" not in result.stderr
    [incident] = run_json("--db", db, "list", "--json")
    assert (incident["event_date"], incident["killed"]) == ("2023-06-09", 3)
