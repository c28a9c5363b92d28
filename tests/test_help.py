"""Help that teaches: every command shows examples that work, choices are listed, typos are caught."""

from __future__ import annotations

import functools
import shlex
import shutil
from pathlib import Path

import pytest
import typer
from docgen import NOT_IN_COMMANDS_PAGE, help_examples, leaf_commands

from incident_tracker.cli import app

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def _leaves() -> list[tuple[str, str]]:
    """Every command's --help, rendered once per process (three tests read them all)."""
    return leaf_commands()


#: 'export' belongs to the import/export work; everything else is checked here.
NOT_HERE = {"tracker export"}


@pytest.mark.slow
def test_every_command_and_option_has_help_and_examples():
    group = typer.main.get_command(app)
    lacking = []
    for path, text in _leaves():
        command = group
        for name in path.split()[1:]:
            command = command.commands[name]  # type: ignore[attr-defined]
        lacking += [f"{path} {p.name}" for p in command.params if not getattr(p, "help", None)]
        found = help_examples(text)
        if path not in NOT_HERE and (
            not any(e.startswith(path) for e in found) or not all(e.startswith("tracker ") for e in found)
        ):
            lacking.append(f"{path}: examples {found}")
    assert not lacking


def test_tracker_help_shows_examples(run):
    assert help_examples(run("--help").stdout) == [
        "tracker --db incidents.db timeline",
        "tracker list --country TJ --since 2025-11",
        "tracker config show",
    ]


@pytest.mark.slow
def test_every_example_is_run_for_docs_commands_md():
    """docs/commands.md shows each example's real output (cog, checked by test_docs)."""
    page = (ROOT / "docs" / "commands.md").read_text()
    missing = [
        example
        for path, text in _leaves()
        if path not in NOT_IN_COMMANDS_PAGE
        for example in help_examples(text)
        if f"$ {example}\n" not in page
    ]
    assert not missing, f"run 'cog -r docs/commands.md': {missing}"


@pytest.mark.slow
def test_the_gazetteer_examples_run(run, tmp_path, monkeypatch, tmp_path_factory):
    """The commands left out of docs/commands.md (their output is the machine's).

    ``gazetteer add`` works on a copy of the session's gazetteer, reads TJ.zip from the
    current folder and downloads from a local stand-in for download.geonames.org.
    """
    from test_geo_border import geonames_stub, own_gazetteer_copy, write_dump_zip

    own_gazetteer_copy(tmp_path_factory, tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    write_dump_zip(tmp_path / "TJ.zip", "TJ")
    with geonames_stub(tmp_path / "served", ["AF", "TJ"]) as url:
        monkeypatch.setenv("TRACKER_GEONAMES_URL", url)
        for path, text in _leaves():
            if path.startswith("tracker gazetteer"):
                for example in help_examples(text):
                    run(*shlex.split(example)[1:])


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
        (["list", "--country", "Tajikstan"], "Unknown country 'Tajikstan'. Did you mean 'Tajikistan'? Give an ISO"),
        (["list", "--country", "Narnia"], "Unknown country 'Narnia'. Give an ISO code"),
    ],
)
def test_typos_and_invalid_choices_name_the_valid_ones(run, db_path, args, says):
    shutil.copy(ROOT / "incidents.db", db_path)
    result = run(*args, expect=2)
    assert says in result.stderr
    assert "Traceback" not in result.stderr


def _groups() -> list[str]:
    """Every command group of the tree, by its path after ``tracker`` ('' for the root)."""
    found, todo = [], [("", typer.main.get_command(app))]
    while todo:
        path, command = todo.pop()
        if hasattr(command, "commands"):
            found.append(path)
            todo += [(f"{path} {name}".strip(), sub) for name, sub in command.commands.items()]
    return sorted(found)


def test_every_group_without_a_command_is_a_usage_error_that_shows_its_help(run):
    """``tracker``, ``tracker places`` …: exit 2 like any missing argument, the group's help on
    stderr, stdout empty; its --help stays the request for help (stdout, exit 0)."""
    groups = _groups()
    assert {"", "source", "places", "config", "gazetteer", "actors"} <= set(groups)
    for path in groups:
        args = path.split()
        result = run(*args, expect=2)
        assert result.stdout == "", path
        assert result.stderr.startswith(f"Usage: tracker {path}".rstrip() + " [OPTIONS] COMMAND"), path
        assert "Commands:" in result.stderr, path
        assert result.stderr.strip() == run(*args, "--help").stdout.strip(), path


def test_global_options_without_a_command_show_the_help_as_bare_tracker_does(run, tmp_path):
    """``tracker --db x.db`` said only "Missing command." while ``tracker`` showed the help:
    both are a group given no command, so both print its help on stderr and exit 2."""
    bare = run(expect=2)
    given = run("--db", str(tmp_path / "x.db"), expect=2)
    assert given.stdout == ""
    assert given.stderr == bare.stderr
    assert given.stderr.startswith("Usage: tracker [OPTIONS] COMMAND")
    assert not (tmp_path / "x.db").exists()
