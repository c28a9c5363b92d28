"""Guards found by reading the session's change (review14): a killed build's leftovers named by
hand."""

from __future__ import annotations

import os
from pathlib import Path

from incident_tracker.geo import leftovers


def test_a_leftover_named_with_a_number_no_process_can_have_is_removed_not_a_crash(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer.db"
    odd = tmp_path / ".gazetteer.db.99999999999999999999.k3x9q2za"
    odd.write_bytes(b"half a build")
    os.utime(odd, (1_000_000, 1_000_000))
    assert leftovers.remove_stale(target, now=1_000_000 + leftovers.QUIET_DEAD + 5) == [odd]
    assert not odd.exists()


def test_a_leftover_of_a_live_process_that_is_quiet_for_a_minute_stays(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer.db"
    live = tmp_path / f".gazetteer.db.{os.getppid()}.k3x9q2za"
    live.write_bytes(b"a build still running")
    os.utime(live, (1_000_000, 1_000_000))
    assert leftovers.remove_stale(target, now=1_000_000 + leftovers.QUIET_DEAD + 5) == []
    assert live.exists()
