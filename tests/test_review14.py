"""Guards found by reading the session's change (review14): a killed build's leftovers named by
hand, and a SIGTERM handler set outside Python."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from incident_tracker.cli import interrupts
from incident_tracker.exchange import leftovers


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


def test_a_sigterm_handler_set_outside_python_gives_way_to_the_default_afterwards(monkeypatch: Any) -> None:
    real = signal.signal
    given: list[Any] = []

    def from_outside(signum: int, handler: Any) -> Any:
        previous = real(signum, handler)
        given.append(handler)
        return None if len(given) == 1 else previous  # as Python reports a handler a C program set

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(signal, "signal", from_outside)
    try:
        with interrupts.terminate_as_interrupt():
            assert signal.getsignal(signal.SIGTERM) is interrupts._raise_terminated
        assert given[-1] is signal.SIG_DFL
    finally:
        real(signal.SIGTERM, before)


def test_a_sigterm_handler_set_in_python_is_put_back() -> None:
    def mine(signum: int, frame: Any) -> None:
        raise AssertionError("not expected to run")

    before = signal.signal(signal.SIGTERM, mine)
    try:
        with interrupts.terminate_as_interrupt():
            pass
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, before)


def test_the_zero_point_is_read_with_and_without_the_ezafe_hamza() -> None:
    """One alternative of the pattern reads "نقطه صفر", "نقطهٔ صفر" and "نقطه‌ٔ صفر" alike (the second
    alternative it once had for "نقطهٔ" could never add a match)."""
    from incident_tracker.geo.zero_point import names_zero_point

    for text in ("نقطه صفر مرزی سرخس", "نقطهٔ صفر مرزی سرخس", "نقطه\u200cٔ صفر مرزی سرخس"):
        assert names_zero_point(text)
