"""Session 24's hostile probe (probe17), its second half: ``tracker extract`` and the library's
``extract_drafts`` on hostile text. A FIFO nothing writes to, NUL bytes and UTF-16, a number of 5,000 digits, a
sentence of 200,000 characters, a text the reader takes minutes over, a published day in the year 1, and a failed
``extract --add`` into a database that did not exist. Each test of a fix failed before it (run against the code
before); the cases that held without a change are at the end. docs/reliability.md has the table of what was tried.
The leftovers of probe16 are tests/test_probe17_leftovers.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from incident_tracker.errors import ValidationError
from incident_tracker.extract import extract_drafts

Run = Callable[..., Result]
DAY = "2025-11-25"
ARTICLE = (
    "KABUL, Nov 24 (AP) - Three soldiers were killed on Monday when a roadside bomb hit their vehicle "
    "in Khost province."
)


def _one_error_line(result: Result | subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and "Traceback" not in result.stderr
    return lines[0]


def _tracker(tracker_script: str, args: list[str], db: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRACKER_DB": str(db), "NO_COLOR": "1"}
    return subprocess.run(
        [tracker_script, *args], env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


# --- what failed before ---------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_nothing_writes_to_is_given_up_in_one_line(tmp_path: Path, tracker_script: str) -> None:
    """Before: opening a FIFO that nothing writes to blocks until something does, so `tracker extract pipe`
    waited for ever (a `timeout 10` ended it with SIGTERM). Now a helper thread opens it; with no writer
    after 5 s the command stops in one line, exit 2, and no thread is left blocked."""
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = _tracker(tracker_script, ["extract", str(fifo), "--published", DAY], tmp_path / "a.db")
    elapsed = time.monotonic() - started
    assert result.returncode == 2
    assert f"Nothing wrote to the FIFO {fifo} within 5 s" in _one_error_line(result)
    assert elapsed < 30
    assert not (tmp_path / "a.db").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_whose_writer_comes_late_is_read_whole(tmp_path: Path, tracker_script: str) -> None:
    """A writer that opens the FIFO within the wait and writes slowly (a `<(curl …)` does) is read to its end."""
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        time.sleep(1.0)
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(ARTICLE[:40])
            handle.flush()
            time.sleep(1.0)
            handle.write(ARTICLE[40:])

    writer = threading.Thread(target=write)
    writer.start()
    result = _tracker(tracker_script, ["extract", str(fifo), "--published", DAY], tmp_path / "a.db")
    writer.join()
    assert result.returncode == 0, result.stderr
    assert "Khost province" in result.stdout and "3 killed" in result.stdout


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"Three soldiers were\x00 killed on Monday in Khost\x00 province.", "holds '\\x00' at character 20"),
        (ARTICLE.encode("utf-16-le"), "holds '\\x00' at character 2"),  # UTF-16 without its mark: half NULs
    ],
    ids=["NUL bytes", "UTF-16 without a BOM"],
)
def test_a_text_holding_nul_is_refused_from_a_file_and_from_stdin(
    content: bytes, said: str, run: Run, tmp_path: Path
) -> None:
    """Before: NUL bytes were read as text: the draft showed `\\x00` in its sentence and `--add` refused it
    ("description holds a NUL character"), and a UTF-16 file without its byte-order mark (valid UTF-8, half
    NULs) gave "No incident found". Now the text is refused at once, in one line that says what it may be."""
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    from_file = run("extract", str(article), "--published", DAY, expect=2)
    assert said in _one_error_line(from_file) and "UTF-16" in from_file.stderr
    from_stdin = run("extract", "--published", DAY, input=content.decode("utf-8"), expect=2)
    assert _one_error_line(from_stdin).startswith("Error: The text on stdin holds '\\x00'")


def test_a_number_of_thousands_of_digits_is_refused_in_one_line(run: Run, tmp_path: Path) -> None:
    """Before: "killed 1000…0 people" with 5,001 digits stopped the reader inside Python's int():
    `Unexpected ValueError: Exceeds the limit (4300 digits) for integer string conversion`, exit 1. Now the
    text is refused at the entry (the CLI's and the library's), exit 2."""
    article = tmp_path / "article.txt"
    article.write_text(f"KABUL, Nov 24 - Militants killed 1{'0' * 5000} people in Khost province on Monday.")
    line = _one_error_line(run("extract", str(article), "--published", DAY, expect=2))
    assert "holds a number of 5,001 digits at character 34" in line and "Unexpected" not in line
    with pytest.raises(ValidationError, match="text holds a number of 5,001 digits"):
        extract_drafts(article.read_text(), dt.date(2025, 11, 25))
    with pytest.raises(ValidationError, match="text holds '\\\\x00' at character 6"):
        extract_drafts("Three\x00 soldiers were killed.", dt.date(2025, 11, 25))


def test_a_text_the_reader_takes_too_long_over_stops_in_one_line(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some texts of ordinary sentences take the reader minutes (sentences of 500 characters, each one killing
    "and" another: 64 of them 7.8 s, and 500 KB of them far longer). The reader now has a deadline (180 s); set
    here to 1 s, the command stops after it in one line, exit 1, and writes nothing, not even a new database.
    Each sentence differs (its number): the reader keeps its readings per sentence (suite29a), so one sentence
    written 64 times is read once and no longer takes a second."""
    sentence = ("A border guard was killed in Khorog on Monday and " * 10).removesuffix(" and ")
    article = tmp_path / "slow.txt"
    # 960 sentences (486 KB, under the 500 KB an article may have): read whole, 10.7 s of CPU (conc31; 256 took
    # 2.9 s, under the bound below, so a deadline noticed only at the end of the reading passed).
    article.write_text("".join(f"{sentence} ({number}). " for number in range(960)))
    from incident_tracker.cli import article_input

    monkeypatch.setattr(article_input, "MAX_READING_SECONDS", 1.0)
    cpu = time.process_time()
    result = run("extract", str(article), "--published", DAY, "--add", "--yes", "--outlet", "X", expect=1)
    # CPU, not wall (conc31): a loaded machine stretched this command's wall past 6 s while its CPU stayed ~1 s;
    # the text read whole takes 10.7 s of CPU, so the bound still fails a deadline that does not stop the reader.
    assert time.process_time() - cpu < 6
    assert f"tracker extract stopped reading {article} after 1 s and wrote nothing" in _one_error_line(result)
    assert not Path(os.environ["TRACKER_DB"]).exists()


def test_a_published_day_in_the_year_1_is_refused_as_out_of_range(run: Run) -> None:
    """Before: `--published 0001-01-01` went to the reader, whose date arithmetic overflowed, said as "A date is
    out of range: the calendar stops at 9999-12-31" (about a day in the year 1); the library raised Python's
    OverflowError. Now the day is checked against a record's years, in the option's words and the library's."""
    line = _one_error_line(run("extract", "--published", "0001-01-01", input=ARTICLE, expect=2))
    assert (
        line == "Error: --published: The date 0001-01-01 is out of range: a record's dates lie between 1900 and 2100."
    )
    with pytest.raises(ValidationError, match="The published 0001-01-01 is out of range"):
        extract_drafts(ARTICLE, dt.date(1, 1, 1))


#: Runs ``tracker`` with the store's write of the drafts interrupted by a real SIGTERM the process sends itself
#: as the write begins: the honest failure of an ``--add`` whose drafts are sound (probe18; a toll of 10**400,
#: which failed it before, is now left empty and the rest added).
_TERMINATED_ADD = """
import os, signal, sys
from incident_tracker.store import IncidentStore
real = IncidentStore.add_drafts
def terminated(self, *args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    return real(self, *args, **kwargs)
IncidentStore.add_drafts = terminated
sys.argv = ['tracker', *sys.argv[1:]]
import runpy
runpy.run_module('incident_tracker', run_name='__main__')
"""


def test_a_failed_extract_add_leaves_no_new_database(run: Run, tmp_path: Path) -> None:
    """Before: `extract --add --yes` into a database that did not exist said "Created new database", then
    failed (the draft refused), and left the new empty file behind; a text with no incident left one too. Now the
    file is made only when an incident is kept in it: a write stopped by SIGTERM leaves none."""
    from conftest import signals_at_start

    database = tmp_path / "new.db"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    command = [sys.executable, "-c", signals_at_start() + _TERMINATED_ADD, "--db", str(database), "extract"]
    stopped = subprocess.run(
        [*command, str(article), "--published", DAY, "--add", "--yes", "--outlet", "X"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert stopped.returncode == 143, stopped.stderr
    assert "Terminated (SIGTERM)" in _one_error_line(stopped) and "Created new database" not in stopped.stderr
    assert not database.exists()
    nothing = run("extract", "--published", DAY, "--add", "--yes", "--outlet", "X", input="The weather was fine.")
    assert "No incident found" in nothing.stderr and not Path(os.environ["TRACKER_DB"]).exists()
    kept = run("extract", "--published", DAY, "--add", "--yes", "--outlet", "X", input=ARTICLE)
    assert f"Created new database {os.environ['TRACKER_DB']}." in kept.stderr and kept.stdout.strip() == "1"


def test_a_failed_extract_add_leaves_an_existing_database_byte_for_byte(
    run: Run, file_digest: Callable[[Path], str]
) -> None:
    """Held before: a refused write leaves the file that existed as it was (refused here by a trigger another
    program added, which stops every write before it runs)."""
    import sqlite3

    database = Path(os.environ["TRACKER_DB"])
    run("add", "--date", "2025-10-01", "--country", "PK", "--type", "battles", "--no-input")
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON incidents BEGIN SELECT RAISE(ABORT, 'no'); END")
    connection.close()
    before = file_digest(database)
    refused = run("extract", "--published", DAY, "--add", "--yes", "--outlet", "Y", input=ARTICLE, expect=1)
    assert "holds a trigger tracker did not make" in _one_error_line(refused)
    assert file_digest(database) == before


# --- what held without a change -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/dev/zero", "/dev/zero is more than 500,000 bytes"),
        ("/dev/urandom", "/dev/urandom is more than 500,000 bytes"),
    ],
)
def test_a_device_that_never_ends_is_read_only_to_the_limit(path: str, said: str, run: Run) -> None:
    if not Path(path).exists():
        pytest.skip(f"no {path} here")
    assert said in _one_error_line(run("extract", path, "--published", DAY, expect=2))


def test_what_cannot_be_read_is_one_line_and_what_can_gives_drafts(run: Run, tmp_path: Path) -> None:
    """A 5 MB article (a file, and stdin), a folder, invalid UTF-8: one line, exit 2. HTML pasted in: drafts from
    its text (probe17 found the markup in the description and the toll hidden by "were <b>killed</b>"; read as the
    page's text since probe18); text in Persian script only: "not in English"."""
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * (5_000_000 // len(ARTICLE) + 1))
    assert "is 5,000," in _one_error_line(run("extract", str(big), "--published", DAY, expect=2))
    piped = run("extract", "--published", DAY, input=big.read_text(), expect=2)
    assert "The text on stdin is more than 500,000 bytes" in _one_error_line(piped)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert "is a directory" in _one_error_line(run("extract", str(folder), "--published", DAY, expect=2))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Three soldiers were killed in Khōst \xff.".encode("latin-1", "replace") + b"\xff")
    assert "is not UTF-8 text" in _one_error_line(run("extract", str(latin1), "--published", DAY, expect=2))
    # HTML and RTF: read as the page's text, and refused, since probe18 (tests/test_probe18_extract.py)
    html = f"<html><body><p>{ARTICLE.replace('killed', '<b>killed</b>')}</p></body></html>"
    values = json.loads(run("extract", "--published", DAY, "--json", input=html).stdout)[0]["values"]
    assert values["place"] == "Khost province" and values["killed"] == 3
    assert not any("<" in str(value) for value in values.values())
    persian = "سه سرباز روز دوشنبه در انفجار بمب کنار جاده در ولایت خوست کشته شدند. " * 20
    assert "not in English" in run("extract", "--published", DAY, input=persian).stderr
