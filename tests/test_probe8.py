"""Session 15's hostile probe (probe8): outputs on a terminal, options in the wrong place,
long values in messages."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import installed_tracker

Run = Callable[..., Result]


def _on_a_terminal(db: Path, *args: str, both: bool = False) -> tuple[subprocess.CompletedProcess[str], bytes]:
    """Run the installed tracker with its stdout a real terminal (a pty); return what the
    terminal received (stderr too when ``both``). A thread drains the terminal, so a writer
    never blocks on it."""
    leader, follower = pty.openpty()
    received: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the follower side closed
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        done = subprocess.run(
            [installed_tracker(), "--db", str(db), *args],
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=follower if both else subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(follower)
    reader.join(timeout=10)
    os.close(leader)
    return done, b"".join(received)


@pytest.mark.parametrize(
    "args",
    [("backup", "-"), ("map", "-f", "png", "-o", "-"), ("map", "-f", "png", "-o", "/dev/stdout")],
)
def test_binary_output_is_not_sent_to_a_terminal(run: Run, tmp_path: Path, args: tuple[str, ...]) -> None:
    """A database or a PNG written on a terminal garbles it (and may drive it): refused in one
    line, as gzip refuses, with nothing written; the same command into a pipe still works."""
    db = tmp_path / "desk.db"
    run("--db", str(db), "add", "--date", "2025-11-02", "--country", "TJ", "--type", "battles")
    done, shown = _on_a_terminal(db, *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Error: Not writing ") and "to the terminal" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert b"SQLite format" not in shown and b"PNG" not in shown
    piped = subprocess.run(
        [installed_tracker(), "--db", str(db), *args], capture_output=True, stdin=subprocess.DEVNULL, timeout=120
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith((b"SQLite format 3", b"\x89PNG"))


def test_an_svg_is_text_and_still_reaches_a_terminal(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    run("--db", str(db), "add", "--date", "2025-11-02", "--country", "TJ", "--type", "battles")
    done, shown = _on_a_terminal(db, "map", "-f", "svg", "-o", "-")
    assert done.returncode == 0, done.stderr
    assert b"<svg" in shown


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("list", "--db", "other.db"), "--db here; it goes before the command: 'tracker --db <file> list …'"),
        (("places", "list", "--db=other.db"), "'tracker --db <file> places list …'"),
        (("add", "--version"), "--version here; it goes before the command: 'tracker --version'"),
    ],
)
def test_an_option_of_tracker_itself_after_a_command_says_where_it_goes(
    run: Run, args: tuple[str, ...], shown: str
) -> None:
    """'--db' after the command drew 'No such option: --db', and '--version' drew
    '(Possible options: --reason, --geo-precision)': neither says the option exists."""
    result = run(*args, expect=2)
    assert result.stdout == ""
    assert shown in result.stderr
    assert "Possible options" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_edit_of_a_long_text_confirms_in_one_short_line(run: Run) -> None:
    """The confirmation printed both values whole: an edit of a pasted 2,000-character note
    filled the screen, and a note in 50 lines took 50 lines; history keeps every character."""
    run("add", "--date", "2025-11-02", "--country", "TJ", "--type", "battles", "--notes", "first note")
    pasted = "The post reported shelling at dawn. " * 56
    result = run("edit", "1", "--notes", pasted)
    assert len(result.stderr.strip().splitlines()) == 1
    assert len(result.stderr) < 200
    assert "first note → The post reported shelling at dawn." in result.stderr
    assert f"({len(pasted.strip()):,} characters)" in result.stderr
    lines = "\n".join(f"line {n}" for n in range(50))
    assert len(run("edit", "1", "--notes", lines).stderr.strip().splitlines()) == 1
    assert lines in run("history", "1", "--json").stdout.replace("\\n", "\n")


def test_a_file_on_a_read_only_mount_is_refused_without_the_chmod_advice(run: Run, tmp_path: Path) -> None:
    """On a read-only mount the refusal said 'make it writable (chmod u+w)', which cannot help
    there (chmod fails on a read-only file system, even for root)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only mount needs root and unshare -m")
    if subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("unshare -m is not allowed here")
    db = tmp_path / "desk.db"
    run("--db", str(db), "add", "--date", "2025-11-02", "--country", "TJ", "--type", "battles")
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "old.csv").write_text("kept\n")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    export = [installed_tracker(), "--db", str(db), "export", "-o", str(shelf / "old.csv")]
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, str(shelf), *export],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "read-only file system" in done.stderr and "chmod" not in done.stderr
    assert (shelf / "old.csv").read_text() == "kept\n"


def test_an_export_to_the_terminal_draws_no_progress_bar_across_the_records(run: Run, tmp_path: Path) -> None:
    """'export -o -' on a terminal drew its progress bar (on stderr, the same screen) in among
    the records it was printing; it is left out there, as it is without -o."""
    db = tmp_path / "desk.db"
    run("--db", str(db), "add", "--date", "2025-11-02", "--country", "TJ", "--type", "battles")
    done, shown = _on_a_terminal(db, "export", "-f", "csv", "-o", "-", both=True)
    assert done.returncode == 0
    assert b"Exporting to" not in shown
    assert b"2025-11-02" in shown and b"Wrote 1 incident to -." in shown
