"""``tracker`` builds only the command it runs, and shows what Typer's whole tree shows.

Typer builds every command's Click parameters before it runs one, half of a short command's
start-up (suite29b, docs/reliability.md). The console script's tree
(:func:`incident_tracker.cli.app.console_command`) builds each command when it is first asked
for; ``--help``, completion and "did you mean" read every name, in the same order. Every
command's own help is compared with Typer's by ``docs/cli.md``'s check (``test_docs.py``),
since the tests' ``CliRunner`` runs the console script's tree (``tests/conftest.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner

from incident_tracker.cli import app
from incident_tracker.cli.app import console_command

#: Run as ``tracker list --json`` is, through the console script's entry point, with Typer's
#: two builders counted (they still build; the names are printed at exit).
COUNTED_START = """
import atexit, sys
import typer.main
built = []
def counted(real):
    def build(*args, **kwargs):
        made = real(*args, **kwargs)
        built.append(made.name)
        return made
    return build
typer.main.get_command_from_info = counted(typer.main.get_command_from_info)
typer.main.get_group_from_info = counted(typer.main.get_group_from_info)
atexit.register(lambda: print("BUILT", *built, file=sys.stderr))
sys.argv = ["tracker", *sys.argv[1:]]
from incident_tracker.cli import main
main()
"""


def test_the_console_script_builds_the_root_and_the_one_command_it_runs(example_db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", COUNTED_START, "list", "--json"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 2  # the article's two incidents
    built = [line for line in done.stderr.splitlines() if line.startswith("BUILT ")]
    assert built == ["BUILT tracker list"], done.stderr


def _invoke(root: Any, args: list[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """``args`` through the tests' runner on ``root`` (a Click group already built)."""
    monkeypatch.setattr(typer.testing, "_get_command", lambda _: root)
    return CliRunner().invoke(app, args, prog_name="tracker", env={"COLUMNS": "80", "NO_COLOR": "1"})


def test_a_subgroup_is_built_when_its_command_runs_and_not_before(
    example_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = console_command(app)
    assert root.commands.built() == []
    result = _invoke(root, ["places", "list"], monkeypatch)
    assert result.exit_code == 0, result.stderr
    assert root.commands.built() == ["places"]


@pytest.mark.parametrize(
    "args",
    [["--help"], ["places", "--help"], ["gazetteer", "--help"], ["lst"], ["places", "ad"], []],
    ids=["help", "places-help", "gazetteer-help", "did-you-mean", "sub-did-you-mean", "no-command"],
)
def test_what_the_whole_tree_shows_is_typers(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    eager = _invoke(typer.main.get_command(app), args, monkeypatch)
    lazy = _invoke(console_command(app), args, monkeypatch)
    assert (lazy.exit_code, lazy.stdout, lazy.stderr) == (eager.exit_code, eager.stdout, eager.stderr)


def test_every_group_lists_the_same_names_in_the_same_order() -> None:
    def names(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
        found = []
        for name in group.commands:
            found.append((*path, name))
            found += names(group.commands[name], (*path, name)) if hasattr(group.commands[name], "commands") else []
        return found

    assert names(console_command(app)) == names(typer.main.get_command(app))
