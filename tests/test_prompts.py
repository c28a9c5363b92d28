"""On a terminal, missing required fields are asked for (a real pty, the installed tracker)."""

from __future__ import annotations

import sys

import pexpect
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def test_missing_fields_are_prompted_for_and_bad_answers_asked_again(tmp_path, spawn):
    db = tmp_path / "prompt.db"
    child = spawn(["add", "--killed", "2"], db)
    child.expect("Date of the event")
    child.sendline("31 Nov 2025")  # impossible: asked again
    child.expect("does not exist")
    child.sendline("Nov 2025")
    child.expect("Event type")
    child.sendline("vac")
    child.expect("Place, as the source reports it")
    child.sendline("Panj river bank")
    child.expect("Country")
    child.sendline("Tajikistan")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    from incident_tracker.store import IncidentStore

    record = IncidentStore.open(db, create=False).get(1)
    assert (record["event_date"], record["date_precision"], record["event_type"]) == (
        "2025-11-01",
        "month",
        "Violence against civilians",
    )
    assert (record["place"], record["country"], record["killed"]) == ("Panj river bank", "TJ", 2)


def test_no_input_never_prompts_even_on_a_terminal(tmp_path, spawn):
    db = tmp_path / "prompt.db"
    child = spawn(["add", "--country", "TJ", "--type", "battles", "--no-input"], db)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert "Missing date: give it with --date" in child.before
    assert not db.exists()


def test_ambiguous_place_is_asked_about_on_a_terminal(tmp_path, spawn):
    """Dasht-e Qal'ah is a village in Takhar and one in Farah: on a terminal the user picks one."""
    db = tmp_path / "prompt.db"
    child = spawn(["add", "--date", "2025-11-24", "--type", "battles", "--place", "Dasht-e Qala"], db)
    child.expect("could be:", timeout=120)  # may build the gazetteer first
    child.expect("Which one")
    before = child.before
    # Pick the one in Farah, whatever its position in the list.
    number = next(line.split(".")[0].strip() for line in before.splitlines() if "Farah" in line)
    child.sendline(number)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    from incident_tracker.store import IncidentStore

    record = IncidentStore.open(db, create=False).get(1)
    assert (record["place"], record["country"], record["geocoder"]) == ("Dasht-e Qala", "AF", "geonames")
    assert abs(record["latitude"] - 33.03) < 0.1 and abs(record["longitude"] - 63.84) < 0.1
