"""Tab completion through Typer's own machinery: commands, options and dynamic values."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incident_tracker.cli import app

ROOT = Path(__file__).resolve().parent.parent


def complete(line: str, shell: str = "bash", **env: str) -> list[str]:
    """What the shell would offer after ``line`` (a trailing space means a new word)."""
    words = line.split()
    cword = len(words) if line.endswith(" ") else len(words) - 1
    variables = {"_TRACKER_COMPLETE": f"complete_{shell}", "COMP_WORDS": line, "COMP_CWORD": str(cword)}
    if shell == "zsh":
        variables = {"_TRACKER_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    result = CliRunner().invoke(app, [], env={**variables, **env}, prog_name="tracker")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return [line for line in result.stdout.splitlines() if line]  # bash prints one empty line for none


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "shipped.db"
    shutil.copy(ROOT / "incidents.db", db)
    monkeypatch.setenv("TRACKER_DB", str(db))
    return db


def test_commands_and_options():
    assert complete("tracker li") == ["list", "link"]
    assert complete("tracker places ") == ["add", "list", "remove", "import"]
    assert "--attribution" in complete("tracker list --at")


def test_vocabularies():
    assert complete("tracker list --attribution ") == [
        "unattributed",
        "alleged",
        "suspected",
        "claimed",
        "confirmed",
        "disputed",
    ]
    assert complete("tracker add --attribution c") == ["claimed", "confirmed"]
    assert complete("tracker list --type B") == ["Battles"]
    assert "Explosions/Remote violence" in complete("tracker add --type ")
    assert complete("tracker add --sub-type Air") == ["Air/drone strike"]
    assert complete("tracker list --weapon dr") == ["drone"]
    assert sorted(complete("tracker add --target b")) == ["border_guards", "business"]
    assert "TJ" in complete("tracker list --country T") and "AF" in complete("tracker add --origin-country A")
    assert "Tajikistan" in complete("tracker list --country Taj")
    assert complete("tracker link 1 2 --kind d") == ["duplicate_of"]
    assert "border_crossing" in complete("tracker places add X --kind bo")


def test_incident_ids_and_places_from_the_database(run, shipped):
    assert complete("tracker show ") == ["2", "1"]  # newest first
    assert complete("tracker link 1 ") == ["2", "1"]
    run("places", "add", "Esteqlol border crossing", "--lat", "37.615", "--lon", "71.455", "--country", "TJ")
    assert complete("tracker list --near Est") == ["Esteqlol border crossing"]
    assert complete("tracker geocode E") == ["Esteqlol border crossing"]
    zsh = complete("tracker show ", shell="zsh")[0]
    assert '"2":"2025-11-30 TJ\\\\: Attack"' in zsh  # zsh shows what each id is


def test_the_database_follows_db_and_config(run, shipped, tmp_path):
    other = tmp_path / "other.db"
    run("--db", str(other), "add", "-d", "2025-01-01", "-c", "AF", "-t", "battles")
    assert complete(f"tracker --db {other} show ") == ["1"]
    config = Path(os.environ["TRACKER_CONFIG"])
    config.write_text(f'database = "{other}"\n')
    assert complete("tracker history ", TRACKER_DB="") == ["1"]


@pytest.mark.parametrize("content", [None, b"not a database at all", b""])
def test_a_missing_or_broken_database_offers_nothing_and_never_fails(tmp_path, content):
    db = tmp_path / "broken.db"
    if content is not None:
        db.write_bytes(content)
    assert complete(f"tracker --db {db} show ") == []
    assert complete(f"tracker --db {db} list --near E") == []
    assert not db.exists() or db.read_bytes() == content  # never created, never migrated


def test_installed_tracker_completes_and_installs(tmp_path, shipped, tracker_script):
    env = {**os.environ, "_TRACKER_COMPLETE": "complete_bash", "COMP_WORDS": "tracker show ", "COMP_CWORD": "2"}
    out = subprocess.run([tracker_script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "1"]
    # Name the shell instead of letting Typer detect it from the process tree (shellingham):
    # under a background job or a CI runner the detected parent is not always a shell.
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "SHELL": "/bin/bash",
        "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1",
    }
    script = subprocess.run(
        [tracker_script, "--show-completion", "bash"], env=env, capture_output=True, text=True, check=False
    )
    assert script.returncode == 0, script.stdout + script.stderr
    assert "_TRACKER_COMPLETE=complete_bash" in script.stdout
    subprocess.run(
        [tracker_script, "--install-completion", "bash"], env=env, capture_output=True, text=True, check=True
    )
    assert "_TRACKER_COMPLETE=complete_bash" in (tmp_path / ".bash_completions" / "tracker.sh").read_text()
    assert "tracker.sh" in (tmp_path / ".bashrc").read_text()
