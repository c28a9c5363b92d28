"""How the command line is put together: one tree, options declared once, errors that name flags."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from incident_tracker.errors import ValidationError

CLI = Path(__file__).resolve().parent.parent / "src" / "incident_tracker" / "cli"


def test_a_library_error_about_a_field_names_the_option(run, monkeypatch):
    """The library names fields; the user sees the flag to change (issue 18, item 5)."""
    from incident_tracker.store import IncidentStore

    def refuse(values):
        error = ValidationError("killed_low is more than the best estimate.")
        error.field = "killed_low"  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(IncidentStore, "prepare", staticmethod(refuse))
    result = run("add", "--date", "2025-11-24", "--country", "TJ", "--type", "battles", "--killed", "3", expect=2)
    assert result.stderr == "Error: --killed: killed_low is more than the best estimate.\n"


@pytest.mark.parametrize(
    ("field", "option"),
    [("place", "--place"), ("sub_event_type", "--sub-type"), ("latitude", "--lat"), ("url", "--source"),
     ("event_clarity", "--clarity"), ("injured_high", "--injured")],
)  # fmt: skip
def test_every_record_field_maps_to_its_option(field, option):
    from incident_tracker.cli.record_options import OPTION_FOR_FIELD

    assert OPTION_FOR_FIELD[field] == option


def test_an_error_that_names_its_option_already_or_no_field_is_left_alone():
    from incident_tracker.cli.messages import error_text
    from incident_tracker.errors import MissingFieldError

    assert error_text(MissingFieldError("date", "--date")) == "Missing date: give it with --date."
    assert error_text(ValidationError("Bad.")) == "Bad."
    unknown = ValidationError("Bad.")
    unknown.field = "no_such_field"  # type: ignore[attr-defined]
    assert error_text(unknown) == "Bad."


def test_the_package_imports_nothing_for_its_side_effects():
    """cli/__init__ only re-exports the app; cli/app.py composes the tree. (The import sits in a
    ``try`` that turns a Ctrl-C while it loads into a quiet exit, so every level is looked at.)"""
    tree = ast.parse((CLI / "__init__.py").read_text())
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert [(node.module, [a.name for a in node.names]) for node in imports if node.module != "__future__"] == [
        ("app", ["app"])
    ]


def test_only_app_py_puts_commands_on_the_tree():
    for module in CLI.glob("*.py"):
        if module.name == "app.py":
            continue
        text = module.read_text()
        assert "@app." not in text and "app.add_typer" not in text, module.name


def test_every_cli_module_is_short():
    long = {m.name: n for m in CLI.glob("*.py") if (n := len(m.read_text().splitlines())) > 420}
    # extract.py and geo.py belong to the extract and geocode work (issue 18); they shrink there.
    assert set(long) <= {"extract.py", "geo.py"}, long


def test_record_options_are_declared_once():
    """A record option is a row of the table, not also a parameter of build_record."""
    import inspect

    from incident_tracker.cli.options import build_filters
    from incident_tracker.cli.record_options import build_record

    for build in (build_record, build_filters):
        assert list(inspect.signature(build).parameters) == ["values", "ctx"]


def test_build_record_reads_the_typed_values():
    from incident_tracker.cli.record_options import build_record

    record = build_record({"date": "2025-11-24", "lat": 37.5, "killed": "at least 3", "sub_type": "Armed clash",
                           "source": ["https://example.org/a"], "outlet": ["Asia-Plus"]})  # fmt: skip
    assert record.values["latitude"] == 37.5
    assert record.values["killed_low"] == 3
    assert record.values["sub_event_type"] == "Armed clash"
    assert record.sources[0]["url"] == "https://example.org/a" and record.sources[0]["outlet"] == "Asia-Plus"
    assert not record.place_given


def test_json_is_written_in_one_place_and_progress_drawn_by_one_helper():
    def calls_dumps(module: Path) -> bool:
        return any(
            isinstance(node, ast.Attribute) and node.attr == "dumps" for node in ast.walk(ast.parse(module.read_text()))
        )

    dumps = {m.name for m in CLI.glob("*.py") if calls_dumps(m)}
    assert dumps == {"output.py"}
    bars = {m.name for m in CLI.glob("*.py") if "rich.progress import" in m.read_text()}
    assert bars == {"output.py"}


def test_emit_writes_each_format(capsys):
    from incident_tracker.cli.output import Result, emit

    built = []
    result = Result(data=lambda: built.append(1) or {"n": 1}, draw=lambda out: out.print("drawn"),
                    markdown=lambda: "# md\n", note="1 thing.")  # fmt: skip
    emit(result, "table")
    assert capsys.readouterr() == ("drawn\n", "1 thing.\n") and not built  # JSON built only when asked for
    emit(result, "json")
    assert capsys.readouterr().out == '{\n  "n": 1\n}\n'
    emit(result, "md")
    assert capsys.readouterr().out == "# md\n"
    emit(Result(data=[], draw=lambda out: out.print("never"), empty="No incidents match."), "table")
    assert capsys.readouterr() == ("", "No incidents match.\n")


def test_library_progress_is_counted_without_printing(capsys):
    from incident_tracker.progress import counted

    seen: list[int] = []
    assert list(counted(range(2500), seen.append, every=1000)) == list(range(2500))
    assert seen == [1000, 2000, 2500] and capsys.readouterr() == ("", "")


def test_the_cli_hands_library_code_the_store_not_its_connection():
    offenders = [
        f"{module.name}:{number}"
        for module in sorted(CLI.glob("*.py"))
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1)
        if ".conn" in line
    ]
    assert offenders == []


def test_the_resolver_takes_a_store_or_a_connection(tmp_path):
    from incident_tracker.geo.chain import Resolver
    from incident_tracker.store import IncidentStore
    from incident_tracker.store.database import connect

    conn = connect(tmp_path / "t.db")
    assert Resolver(IncidentStore(conn)).conn is conn
    assert Resolver(conn).conn is conn
    assert Resolver().conn is None
    with pytest.raises(TypeError):
        Resolver("t.db")
