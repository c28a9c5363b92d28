"""The duplicates score is defined once (``store/duplicate_score.py``): the comparison of two
records, the window of the sweep and the array sweep add it through the same functions, and
two pairs pin its value (date 0.3, place 0.3, toll 0.2, type 0.2)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from incident_tracker.store import IncidentStore
from incident_tracker.store.duplicate_score import UNKNOWN_TOLL, WEIGHTS, toll_score, toll_scores
from incident_tracker.store.duplicates import scan_duplicate_pairs, similarity

#: Two reports of one clash on the same day in one country, no coordinates, 3 and 4 killed:
#: date 1, place 0.5 (same country), toll 3/4, type 1 (the same sub-event type).
CLASH = (
    {
        "event_date": "2025-11-24",
        "country": "TJ",
        "killed": 3,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
    },
    {
        "event_date": "2025-11-24",
        "country": "TJ",
        "killed": 4,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
    },
)
#: A strike at one spot told a day apart, once without a toll and once with 2 killed, as two
#: sub-event types of one event type: date 0.75 (one day of a 3-day window), place 1, toll
#: unknown (0.5), type 0.7.
STRIKE = (
    {
        "event_date": "2025-11-10",
        "country": "TJ",
        "latitude": 37.5,
        "longitude": 71.5,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
    },
    {
        "event_date": "2025-11-11",
        "country": "TJ",
        "latitude": 37.5,
        "longitude": 71.5,
        "killed": 2,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
    },
)


def test_the_toll_part_is_the_ratio_of_the_tolls_and_a_half_when_one_is_unknown() -> None:
    assert toll_score(3, 4) == 0.75 and toll_score(5, 1) == toll_score(1, 5) == 0.2
    assert toll_score(0, 0) == toll_score(7, 7) == 1.0  # the same toll, zero included
    assert toll_score(0, 3) == 0.0
    assert toll_score(None, 2) == toll_score(2, None) == toll_score(None, None) == UNKNOWN_TOLL == 0.5
    assert sum(WEIGHTS.values()) == 1.0


def test_the_array_form_gives_the_same_bits() -> None:
    np = pytest.importorskip("numpy")
    values: list[float | None] = [None, 0, 1, 2, 3, 7, 10, 99, 1000]
    pairs = [(a, b) for a in values for b in values]
    arrays = [
        np.array([math.nan if v is None else v for v in side], dtype=np.float64) for side in zip(*pairs, strict=True)
    ]
    assert toll_scores(np, *arrays).tolist() == [toll_score(a, b) for a, b in pairs]


def test_two_pairs_pin_the_score_for_a_draft_and_for_the_sweep(tmp_path: Path) -> None:
    expected = {
        "clash": 0.3 * 1 + 0.3 * 0.5 + 0.2 * 0.75 + 0.2 * 1,
        "strike": 0.3 * 0.75 + 0.3 * 1 + 0.2 * 0.5 + 0.2 * 0.7,
    }
    assert similarity(*CLASH).score == pytest.approx(expected["clash"]) == pytest.approx(0.8)
    assert similarity(*STRIKE).score == pytest.approx(expected["strike"]) == pytest.approx(0.765)
    store = IncidentStore.open(tmp_path / "pairs.db")
    ids: dict[str, list[int]] = {}
    for name, pair in (("clash", CLASH), ("strike", STRIKE)):
        ids[name] = [store.add(dict(record, description=name)) for record in pair]
    found: dict[tuple[Any, ...], float] = {(p[0][0], p[1][0]): p[2] for p in scan_duplicate_pairs(store.conn)}
    store.close()
    assert found == {
        tuple(ids["clash"]): similarity(*CLASH).score,  # the sweep's score, to the last bit
        tuple(ids["strike"]): similarity(*STRIKE).score,
    }
