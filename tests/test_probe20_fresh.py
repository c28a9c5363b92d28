"""What probe20 found afresh: a signal just after a command said it succeeded, and a map of a desk's record
across the world. Each failed against main's ``src``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import signals_at_start

#: The command line as the console script runs it, with a signal sent to itself once the command has returned
#: (an ``atexit`` function runs as the interpreter ends): the moment a `kill` lands just after "Wrote …".
_SIGNAL_AT_EXIT = """
import atexit, os, signal, sys
signum = int(sys.argv.pop(1))
atexit.register(lambda: os.kill(os.getpid(), signum))
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_after_the_command_has_finished_does_not_contradict_it(
    run: Callable[..., Result], tmp_path: Path, signum: int
) -> None:
    """Before: `Wrote 1 incident to out.csv.`, then the process ended as killed (status -15 or -2: a script's
    `|| echo failed` said the export failed), or `Error: Terminated (SIGTERM): stopped.` after the success line."""
    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--no-input")
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [sys.executable, "-c", signals_at_start() + _SIGNAL_AT_EXIT, str(int(signum)), "export", "-o", str(out)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, env=dict(os.environ),
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, f"Wrote 1 incident to {out}.\n")
    assert out.read_text(encoding="utf-8").count("\n") == 2


def test_a_map_across_the_world_draws_its_graticule() -> None:
    """Before: a record spanning more than 240° of longitude (Mexico and New Zealand) ended `map` (PNG, SVG) and
    `brief` in `Error: Unexpected StopIteration` after the whole drawing: no graticule step was wide enough."""
    from matplotlib.figure import Figure

    from incident_tracker.report.geomap_draw import _draw_graticule

    ax = Figure().add_subplot()
    _draw_graticule(ax, (-190.0, -120.0, 190.0, 120.0))  # the box of such a map, fitted to the panel
    assert len(ax.get_xticks()) <= 9
    assert all(abs(latitude) <= 90 for latitude in ax.get_yticks())  # no 120°S


@pytest.mark.parametrize("replaced_by", ["nothing", "a file"])
def test_a_backup_whose_folder_went_says_so_and_names_the_file_asked_for(tmp_path: Path, replaced_by: str) -> None:
    """Before: `Cannot read or write D/.b.db.lkpk4x0w.partial: Not a directory.` (our temporary file's name; the
    cleanup's own error hid the first), or SQLite's "disk I/O error: is the disk full?" for a folder that went."""
    import shutil

    from incident_tracker.errors import TrackerError
    from incident_tracker.exchange.files import output_target
    from incident_tracker.store.backup import _put_in_place

    folder = tmp_path / "D"
    folder.mkdir()
    target = output_target(folder / "b.db")
    temporary = folder / ".b.db.x.partial"
    temporary.write_bytes(b"copy")
    shutil.rmtree(folder)
    if replaced_by == "a file":
        folder.write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(TrackerError) as raised:
        _put_in_place(temporary, target, folder)
    assert str(raised.value) == (
        f"Cannot back up to {folder / 'b.db'}: the folder {folder} was removed or replaced while the copy was "
        "written. Nothing was written."
    )


@pytest.mark.parametrize(("by", "option"), [("perpetrator", "--perpetrator"), ("admin1", "--admin1")])
def test_a_timelines_csv_lanes_are_spreadsheet_safe(run: Callable[..., Result], by: str, option: str) -> None:
    """Before: `timeline --by perpetrator -f csv` wrote the lane `+1 district` as it is, a formula to a spreadsheet,
    where the export writes `'+1 district` (docs/import-export.md, "Spreadsheet safety")."""
    import csv
    import io

    run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", option, "=cmd|' /C calc'!A0",
        "--no-input")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(run("timeline", "--by", by, "-f", "csv").stdout)))
    assert {(row["lane"], row["lane_label"]) for row in rows} == {("'=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")}


#: ``tracker import`` into a new database, with Ctrl-C sent as the schema is about to be made (the real function,
#: entered once the signal is sent, as ``tests/_workers.py killed-at`` wraps ``database._open``).
_CTRL_C_AS_THE_SCHEMA_IS_MADE = """
import os, signal, sys
from incident_tracker.store import database
migrate = database._check_and_migrate
def interrupted(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    return migrate(*args, **kwargs)
database._check_and_migrate = interrupted
from incident_tracker.cli import app
sys.argv[0] = "tracker"
app()
"""


def test_an_import_into_a_new_database_stopped_as_its_schema_is_made_leaves_no_file(tmp_path: Path) -> None:
    """Before: `Error: Interrupted (Ctrl-C): stopped. …` (130) and a 0-byte `new.db` left, which the next reading
    command called "an empty file, not a tracker database yet"."""
    rows = tmp_path / "rows.csv"
    rows.write_text("event_date,country,event_type\n2025-11-24,TJ,Battles\n", encoding="utf-8")
    new = tmp_path / "new.db"
    done = subprocess.run(
        [sys.executable, "-c", signals_at_start() + _CTRL_C_AS_THE_SCHEMA_IS_MADE, "--db", str(new), "import",
         str(rows)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 130 and done.stderr.startswith("Error: Interrupted (Ctrl-C): stopped."), done.stderr
    assert sorted(os.listdir(tmp_path)) == ["rows.csv"]
