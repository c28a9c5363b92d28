"""Help that teaches: every command shows examples that work, choices are listed, typos are caught."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
import typer

from incident_tracker.cli import app
from incident_tracker.cli.reference import command_paths

ROOT = Path(__file__).resolve().parent.parent
#: 'export' belongs to the import/export work; everything else is checked here.
NOT_HERE = {"tracker export"}


def help_text(run, path: str) -> str:
    return run(*path.split()[1:], "--help").stdout


def examples(text: str) -> list[str]:
    """The commands under 'Examples:', continuation lines joined."""
    block = text.split("Examples:\n", 1)[1].split("\n\n", 1)[0]
    return [" ".join(line.split()) for line in block.replace("\\\n", " ").splitlines() if line.strip()]


def leaf_commands() -> list[str]:
    group = typer.main.get_command(app)
    leaves = []
    for path in command_paths():
        command = group
        for name in path.split()[1:]:
            command = command.commands[name]  # type: ignore[attr-defined]
        if not getattr(command, "commands", None) and path not in NOT_HERE:
            leaves.append(path)
    return leaves


def test_every_command_and_option_has_help_and_examples(run):
    group = typer.main.get_command(app)
    lacking = []
    for path in leaf_commands():
        command = group
        for name in path.split()[1:]:
            command = command.commands[name]  # type: ignore[attr-defined]
        lacking += [f"{path} {p.name}" for p in command.params if not getattr(p, "help", None)]
        text = help_text(run, path)
        found = examples(text) if "Examples:" in text else []
        if not any(e.startswith(path) for e in found) or not all(e.startswith("tracker ") for e in found):
            lacking.append(f"{path}: examples {found}")
    assert not lacking


def test_every_example_runs_on_the_shipped_database(run, tmp_path, monkeypatch):
    """Paste each example, in the order of 'tracker --help', into a copy of the shipped database."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "incidents.db", tmp_path / "incidents.db")
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "incidents.db"))
    (tmp_path / "my-places.csv").write_text("name,latitude,longitude,country,kind\nDusti crossing,37.35,68.68,TJ,\n")
    ran = 0
    order = leaf_commands()
    order.remove("tracker unlink")  # the shipped incidents are linked already: unlink them first
    order.insert(order.index("tracker link"), "tracker unlink")
    for path in order:
        for example in examples(help_text(run, path)):
            args = shlex.split(example)[1:]
            result = run(*args, expect=None)
            assert result.exit_code == 0, f"{example}\n{result.stderr}"
            ran += 1
    assert ran >= 30
    assert (tmp_path / "tj-2025.png").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["lst"], "No such command 'lst'. Did you mean 'list'?"),
        (["histroy", "1"], "No such command 'histroy'. Did you mean 'history'?"),
        (["places", "lst"], "No such command 'lst'. Did you mean 'list'?"),
        (["confg"], "No such command 'confg'. Did you mean 'config'?"),
        (["list", "--format", "xml"], "'xml' is not one of 'table', 'json', 'jsonl', 'csv'"),
        (["timeline", "--group", "weak"], "'weak' is not one of 'day', 'week', 'month', 'quarter', 'year'"),
        (["list", "--attribution", "alledged"], "Did you mean 'alleged'? Valid values: unattributed, alleged,"),
        (["list", "--weapon", "dron"], "Did you mean 'drone'? Valid values: firearms,"),
        (["list", "--type", "batles"], "Did you mean 'Battles'? Valid types: Battles, Protests,"),
        (["list", "--sub-type", "armed clsh"], "Did you mean 'Armed clash'? Valid sub-types:"),
        (["list", "--target", "milatary"], "Did you mean 'military'? Valid values: military,"),
        (["list", "--sort", "dat"], "Did you mean 'date'? Valid keys: date,"),
        (["list", "--weapon", "xyz"], "Unknown weapon 'xyz'. Valid values: firearms,"),
    ],
)
def test_typos_and_invalid_choices_name_the_valid_ones(run, db_path, args, says):
    shutil.copy(ROOT / "incidents.db", db_path)
    result = run(*args, expect=2)
    assert says in result.stderr
    assert "Traceback" not in result.stderr
