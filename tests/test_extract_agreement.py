"""The blind second coding (tests/fixtures/extract-recode/) and the agreement it measures.

See docs/extract-journal.md, section "Two coders: how far agreement goes".
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from eval_extract import ADJUDICATION, REAL, RECODE, evaluate_agreement, f1, totals  # noqa: E402

CODED = sorted(RECODE.glob("*.json"))


def test_every_second_coding_names_a_corpus_report_of_both_splits() -> None:
    splits = []
    for path in CODED:
        corpus = json.loads((REAL / path.name).read_text(encoding="utf-8"))
        again = json.loads(path.read_text(encoding="utf-8"))
        assert again["second_coding"].endswith("blind"), path.name
        assert again["published"] == corpus["published"], path.name
        assert isinstance(again["incidents"], list), path.name
        splits.append(corpus["split"])
    assert splits.count("dev") == 85 and splits.count("test") == 450


def test_a_second_coding_equal_to_the_first_agrees_fully_and_scores_the_reader_alike(tmp_path: Path) -> None:
    """Sanity of the measure: copy two dev reports' corpus coding as their "second" coding."""
    stems = [p.stem for p in CODED if json.loads((REAL / p.name).read_text(encoding="utf-8"))["split"] == "dev"][:2]
    for stem in stems:
        shutil.copy(REAL / f"{stem}.json", tmp_path / f"{stem}.json")
    result = evaluate_agreement(
        "dev", recode=tmp_path, adjudication=tmp_path / "none", drafts_of=lambda path, text, published: []
    )
    assert f1(totals(result["first coding ~ second coding"])) == pytest.approx(1.0)
    assert result["reader ~ corpus coding"]["fields"] == result["reader ~ second coding"]["fields"]
    assert result["reader ~ corpus coding"]["texts"] == 2


def test_agreement_differs_from_one_where_the_second_coder_reads_otherwise(tmp_path: Path) -> None:
    stem = next(p.stem for p in CODED if json.loads((REAL / p.name).read_text(encoding="utf-8"))["split"] == "dev")
    spec = json.loads((REAL / f"{stem}.json").read_text(encoding="utf-8"))
    for incident in spec["incidents"]:
        incident["killed"] = (incident.get("killed") or 0) + 7
    (tmp_path / f"{stem}.json").write_text(json.dumps(spec), encoding="utf-8")
    result = evaluate_agreement("dev", recode=tmp_path, drafts_of=lambda path, text, published: [])
    assert result["first coding ~ second coding"]["fields"]["killed"]["correct"] == 0


def test_an_adjudicated_report_keeps_the_coders_agreement_as_first_coded(tmp_path: Path) -> None:
    """After a blind adjudication the corpus holds the settled coding; the coders' agreement is still measured on
    the coding as first written (the adjudication's record of it), and two more rows say how far each was moved."""
    stem = next(p.stem for p in CODED if json.loads((REAL / p.name).read_text(encoding="utf-8"))["split"] == "dev")
    recode, adjudication = tmp_path / "recode", tmp_path / "adjudication"
    recode.mkdir()
    adjudication.mkdir()
    shutil.copy(REAL / f"{stem}.json", recode / f"{stem}.json")
    first = json.loads((REAL / f"{stem}.json").read_text(encoding="utf-8"))["incidents"]
    for incident in first:
        incident["killed"] = (incident.get("killed") or 0) + 7
    (adjudication / f"{stem}.json").write_text(json.dumps({"first_coding": first}), encoding="utf-8")
    result = evaluate_agreement(
        "dev", recode=recode, adjudication=adjudication, drafts_of=lambda path, text, published: []
    )
    assert result["first coding ~ second coding"]["fields"]["killed"]["correct"] == 0
    assert result["first coding ~ adjudicated"]["fields"]["killed"]["correct"] == 0
    assert f1(totals(result["second coding ~ adjudicated"])) == pytest.approx(1.0)
    without = evaluate_agreement("dev", recode=recode, adjudication=tmp_path / "none", drafts_of=lambda p, t, d: [])
    assert "first coding ~ adjudicated" not in without


ADJUDICATED = sorted(ADJUDICATION.glob("*.json"))
RULINGS = {"first", "second", "both", "neither", "keep", "drop"}
FIELD_GROUPS = {"date", "country", "place", "killed", "injured", "attribution", "actor", "type", "weapons", "victims"}


@pytest.mark.parametrize("path", ADJUDICATED, ids=lambda p: p.stem)
def test_each_adjudication_settles_a_report_coded_twice_and_the_corpus_holds_its_outcome(path: Path) -> None:
    """A record keeps the first coding as written and the rulings in first/second terms; the corpus coding moved
    from the first coding exactly when a ruling took the second coder's reading, a third value, or an incident."""
    record = json.loads(path.read_text(encoding="utf-8"))
    corpus = json.loads((REAL / path.name).read_text(encoding="utf-8"))
    assert (RECODE / path.name).exists()
    assert record["adjudicated"].endswith("blind") and record["split"] == corpus["split"]
    for ruling in record["rulings"]:
        assert ruling["ruling"] in RULINGS and (ruling["field"] in FIELD_GROUPS or ruling["field"] == "incident")
        assert ruling["why"].strip(), "every ruling says why"
    applied = [r for r in record["rulings"] if r.get("applied", True)]
    for ruling in record["rulings"]:
        assert ruling.get("applied", True) or ruling["why_not_applied"], "a ruling left unapplied says why"
    moved = any(r["ruling"] in {"second", "neither"} for r in applied) or any(
        (r["ruling"], "first" in r) in {("drop", True), ("keep", False)} for r in applied
    )
    assert (corpus["incidents"] != record["first_coding"]) == moved
