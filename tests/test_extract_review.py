"""Reviewing drafts on a terminal (a real pty, the installed tracker): accept, edit, skip, attach."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pexpect
import pytest

from incident_tracker.store import IncidentStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

ARTICLE = Path(__file__).resolve().parent / "fixtures" / "news-afghan-tajik-talks.txt"
ARGS = ["extract", str(ARTICLE), "--published", "2025-12-02", "--outlet", "Inter Bellum News", "--add"]


def test_edit_the_first_draft_accept_it_and_skip_the_second(tmp_path, spawn):
    db = tmp_path / "review.db"
    child = spawn(ARGS, db, columns=200)
    child.expect("Draft 1: 2025-11-24", timeout=120)  # may build the gazetteer first
    child.expect(r"Draft 1: a=accept, e=edit, s=skip")
    child.sendline("e")
    child.expect("Field to change")
    child.sendline("killed=a handful")  # not a toll: refused, asked again
    child.expect("Cannot read killed")
    child.expect("Field to change")
    child.sendline("killed=3-4")
    child.expect("Field to change")
    child.sendline("place=outskirts of Khorog")  # located again, offline
    child.expect("Field to change")
    child.sendline("")
    child.expect(re.escape("killed=3 (3–4)"))
    child.expect(r"Draft 1: a=accept")
    child.sendline("a")
    child.expect("Draft 2: 2025-11-30")
    child.expect(r"Draft 2: a=accept, e=edit, s=skip")
    child.sendline("s")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    store = IncidentStore.open(db, create=False)
    assert store.count() == 1
    record = store.get(1)
    assert (record["killed"], record["killed_low"], record["killed_high"]) == (3, 3, 4)
    assert (record["place"], record["location"], record["geo_precision"]) == ("outskirts of Khorog", "Khorugh", "near")
    assert (record["country"], record["geocoder"], round(record["latitude"])) == ("TJ", "geonames", 37)
    assert record["sources"][0]["outlet"] == "Inter Bellum News"


def test_a_duplicate_draft_can_attach_the_article_to_the_recorded_incident(example_db, spawn):
    before = IncidentStore.open(example_db, create=False).get(1)["sources"]
    child = spawn(ARGS, example_db, columns=200)
    child.logfile_read = transcript = io.StringIO()  # shown if the check below fails
    child.expect("possible duplicate of #1", timeout=120)  # may build the gazetteer first
    child.expect(r"attach the article to it.*a/e/s/1")
    child.sendline("1")
    child.expect("possible duplicate of #2")
    child.expect(r"a/e/s/2")
    child.sendline("s")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    store = IncidentStore.open(example_db, create=False)
    assert store.count() == 2  # nothing new recorded
    sources = store.get(1)["sources"]
    assert len(sources) == len(before) + 1, transcript.getvalue()
    assert (sources[-1]["outlet"], sources[-1]["published"]) == ("Inter Bellum News", "2025-12-02")
    assert sources[-1]["note"].startswith("Gives 2025-11-24, 3 killed")


def test_without_a_file_on_a_terminal_extract_asks_for_one_instead_of_waiting(tmp_path, spawn):
    child = spawn(["extract", "--published", "2025-12-02"], tmp_path / "none.db", columns=200)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert "Error: Give the article: a text file" in child.before
    assert not (tmp_path / "none.db").exists()
