"""bench/extract_first_scores.py scores drafts value by value as evaluate_real counts them, labels each value's
reading path from what the draft gives (house sentences), and bench/extract_abstain_judge.py weighs an abstention
on those rows: an actor dropped leaves the attribution at the unattributed default, and a rule is kept only where
the out-of-sample F1 rises and the weighing holds on each sample."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import eval_extract  # noqa: E402
import extract_abstain_judge as judge  # noqa: E402
import extract_first_scores as first  # noqa: E402
from extract_paths import reading_path  # noqa: E402


def _draft(values: dict[str, Any], evidence: dict[str, str] | None = None, defaults: list[str] | None = None):
    return {"values": values, "evidence": evidence or {}, "defaults": defaults or [], "notes": [], "place_path": None}


def test_reading_paths_of_house_sentences() -> None:
    claim = _draft({}, {"perpetrator": "The Sistan Front said in a statement that it had carried out the attack."})
    assert reading_path("actor", claim, "Sistan Front", claim["evidence"]["perpetrator"], False) == "a name, a claim"
    subject = "Terrorists attacked a post in the hills on Monday night."
    assert reading_path("actor", _draft({}), "terrorists", subject, False) == "a generic label, the act's subject"
    guards = "An Uzbek border patrol opened fire on two men near the canal."
    label = reading_path("actor", _draft({}), "Military Forces of Uzbekistan", guards, False)
    assert label == "a state's forces, the act's subject"
    assert reading_path("attribution", _draft({}), "unattributed", "", True) == "default unattributed"
    assert reading_path("attribution", _draft({}), "alleged", "x", False) == "read: alleged"
    assert reading_path("weapons", _draft({}), ["firearms", "mortar"], "", False) == "several, with firearms"
    assert reading_path("weapons", _draft({}), ["mortar"], "", False) == "one weapon, not firearms"
    people = "Six people were killed when a shell hit a house in the village."
    assert reading_path("victims", _draft({}), ("civilians", None), people, False) == "civilians, from 'people'"
    assert reading_path("place", _draft({}), "Kalat", "Gunmen struck a bus in Kalat on Sunday.", False) == "'in X'"
    week = _draft({"date_precision": "week"})
    assert reading_path("date", week, "2024-05-01", "The guards said a smuggler was shot.", False) == (
        "week, no day in its sentence"
    )


def test_rows_count_what_evaluate_real_counts(tmp_path: Path) -> None:
    coded = {
        "event_date": "2024-05-06",
        "date_precision": "day",
        "country": "PK",
        "place": "Kalat",
        "killed": 2,
        "sub_event_type": "Armed clash",
        "weapons": ["firearms"],
        "target_type": "military",
        "attribution": "unattributed",
        "perpetrator": None,
    }
    spec = {"published": "2024-05-07", "split": "dev", "incidents": [coded]}
    (tmp_path / "r.json").write_text(json.dumps(spec), encoding="utf-8")
    (tmp_path / "r.txt").write_text("# Outlet: house\nTerrorists attacked a post in Kalat on Monday.\n", "utf-8")
    proposed = {
        "event_date": "2024-05-06",
        "date_precision": "day",
        "country": "PK",
        "place": "Kalat",
        "killed": 3,
        "sub_event_type": "Armed clash",
        "weapons": ["firearms", "mortar"],
        "attribution": "alleged",
        "perpetrator": "terrorists",
    }
    spurious = {"event_date": "2024-04-01", "killed": 1}
    evidence = {"perpetrator": "Terrorists attacked a post in Kalat on Monday."}
    drafts = {"r": [_draft(proposed, evidence), _draft(spurious)]}
    rows = first.score("out", {"r": 70}, [tmp_path / "r.json"], drafts)
    by_field = {row["field"]: row for row in rows if row["incident"] == 0}
    assert by_field["date"]["outcome"] == "right"
    assert by_field["killed"]["outcome"] == "wrong"
    assert by_field["actor"]["outcome"] == "filled, nothing coded"
    assert by_field["actor"]["path"] == "a generic label, the act's subject"
    assert by_field["victims"]["outcome"] == "missed"
    assert [row["field"] for row in rows if row["outcome"] == "spurious draft"] == ["date", "killed"]
    counted = eval_extract.evaluate_real(
        None, tmp_path, drafts_of=lambda path, text, published: [d["values"] for d in drafts[path.stem]]
    )
    total = eval_extract.totals(counted)
    outcomes = judge.outcomes([{k: v for k, v in row.items()} for row in rows])
    assert outcomes["right"] == total["correct"]
    assert outcomes["right"] + sum(outcomes[o] for o in first.WRONG) == total["proposed"]
    assert round(first.f1_of(outcomes), 6) == round(eval_extract.f1(total), 6)


def _row(sample: str, field: str, path: str, outcome: str, coded: str, incident: str = "0") -> dict[str, Any]:
    return {"sample": sample, "report": f"{sample}-r", "incident": incident, "field": field, "path": path} | {
        "outcome": outcome,
        "coded": coded,
    }


def test_an_actor_dropped_leaves_the_default_and_today_must_agree() -> None:
    generic = "a generic label, the act's subject"
    rows = [
        _row("out", "actor", generic, "filled, nothing coded", "null"),
        _row("out", "attribution", "read: alleged", "wrong", "unattributed"),
        _row("in", "actor", generic, "right", "terrorists"),
        _row("in", "attribution", "read: alleged", "right", "alleged"),
        _row("in", "date", "day, a weekday", "right", "2024-05-06"),
    ]
    rule = judge.RULES["an actor that is a generic label ('terrorists', 'militants'), read as the act's subject"]
    result = judge.judge(rows, rule)
    assert result["out"]["moves"] == {"wrong removed": 1, "wrong → right": 1}
    assert result["in"]["moves"] == {"right lost": 1, "right → wrong": 1}
    assert result["out"]["after"] > result["out"]["before"]
    assert judge.verdict(result) == "no (today's dev)"
    without_today = judge.judge(rows[:2], rule)
    assert judge.verdict(without_today) == "yes"
