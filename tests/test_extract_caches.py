"""What the extraction keeps between calls hands each caller its own answer, and sees a changed file (suite29a).

A report's reading asks for the tolls and the dates of one sentence many times, so both are kept per text; the
evaluation keeps each labels file's split and round. A cache that handed out one shared list, or that kept a file's
first reading after it changed, would make one caller's change or an old file another's answer.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from incident_tracker.extract.casualties import find_tolls
from incident_tracker.extract.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent


def test_each_caller_gets_its_own_list_of_tolls() -> None:
    sentence = "Two soldiers were killed and three were wounded in the attack."
    first = find_tolls(sentence)
    assert [toll.what for toll in first] == ["killed", "injured"]
    first.clear()  # a caller's own change to its list
    assert [toll.what for toll in find_tolls(sentence)] == ["killed", "injured"]


def test_each_caller_gets_its_own_list_of_dates() -> None:
    sentence = "The attack took place on Tuesday, officials said on Wednesday."
    published = dt.date(2025, 11, 28)
    first = find_dates(sentence, published)
    assert [date.text for date in first] == ["on Tuesday", "on Wednesday"]
    first.pop()
    assert [date.text for date in find_dates(sentence, published)] == ["on Tuesday", "on Wednesday"]
    # the anchor is part of the key: the same words counted from another day are another day
    assert find_dates(sentence, published, dt.date(2025, 11, 21))[0].start == dt.date(2025, 11, 18)


def test_a_labels_file_rewritten_is_read_again(tmp_path: Path) -> None:
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from eval_extract import _real_fixtures

    labels = tmp_path / "01-a.json"
    labels.write_text(json.dumps({"split": "dev", "round": 7}), encoding="utf-8")
    assert [p.stem for p in _real_fixtures("dev", tmp_path, 7)] == ["01-a"]
    labels.write_text(json.dumps({"split": "test", "round": 7}), encoding="utf-8")
    assert [p.stem for p in _real_fixtures("dev", tmp_path, 7)] == []
    assert [p.stem for p in _real_fixtures("test", tmp_path, 7)] == ["01-a"]
