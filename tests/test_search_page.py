"""A page of search results (``--limit``) costs about the same however many incidents match.

Issue 17: ``tracker list --search drone -n 50`` on a million incidents fetched all
150,000 matches, built each one's record (weapons, tags, sources and links are each a
subquery) and sorted them, to show fifty. Now the page's ids are chosen first, and for a
common word the incidents are read in order and tested against the matches until the
page is full. The work SQLite does is counted here in virtual-machine steps, which do
not depend on the machine's speed or load: ten times the matches may cost a little more,
never ten times more. Both plans give the same page.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from incident_tracker.store import Filters, IncidentStore


def _steps(store: IncidentStore, filters: Filters, limit: int) -> int:
    counted = [0]

    def tick() -> int:
        counted[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 100)
    try:
        found = list(store.query(filters, limit=limit))
    finally:
        store.conn.set_progress_handler(None, 0)
    assert len(found) == limit
    return counted[0]


def _store(path: Path, matches: int) -> IncidentStore:
    store = IncidentStore.open(path)
    record = {
        "country": "TJ",
        "sub_event_type": "Air/drone strike",
        "weapons": ["drone"],
        "tags": ["border"],
        "attribution": "unattributed",
        "sources": [{"outlet": "Example News", "headline": "a drone strike"}],
    }
    store.add_many(
        {**record, "event_date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "description": f"drone attack {n}"}
        for n in range(matches)
    )
    return store


def test_a_page_of_a_common_search_costs_about_the_same_however_many_match(tmp_path: Path):
    few, many = _store(tmp_path / "few.db", 60), _store(tmp_path / "many.db", 600)
    try:
        filters = Filters(search="drone")
        assert _steps(many, filters, 20) < 3 * _steps(few, filters, 20)
        listed = [r["id"] for r in many.query(filters, sort="id", limit=5)]
        assert listed == [1, 2, 3, 4, 5]
        assert [r["id"] for r in many.query(filters, sort="-id", limit=3)] == [600, 599, 598]
    finally:
        few.close()
        many.close()


@pytest.mark.parametrize("sort", [None, "id", "-id", "killed", "country"])
def test_both_plans_give_the_same_page(tmp_path: Path, sort: str | None, monkeypatch: pytest.MonkeyPatch):
    store = _store(tmp_path / "db.db", 300)
    try:
        store.add_many(
            {"event_date": "2025-03-03", "country": "AF", "event_type": "Battles", "description": "no match here"}
            for _ in range(50)
        )
        by_id = Filters(search="drone", countries=["TJ"])
        in_order = dataclasses.replace(by_id, search_in_order=True)
        for limit in (1, 7, 40):
            ordered = [r["id"] for r in store.query(in_order, sort=sort, limit=limit)]
            with monkeypatch.context() as patch:
                patch.setattr(IncidentStore, "_search_plan", lambda self, filters, limit: filters)
                assert [r["id"] for r in store.query(by_id, sort=sort, limit=limit)] == ordered
            assert len(ordered) == limit
    finally:
        store.close()
