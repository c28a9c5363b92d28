"""The geo layer's house rules (issue 18): SQL lives in store/, library messages name no CLI flags,
modules stay readable, and the CLI passes the build's progress explicitly (no global in geo/)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "incident_tracker"
GEO = sorted((SRC / "geo").glob("*.py"))
CLI_GEO = [SRC / "cli" / name for name in ("geo.py", "gazetteer.py", "locate.py")]
SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|PRAGMA)\b"
)
FLAG = re.compile(r"(?<![\w-])--[a-z]")


def _strings(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are not docstrings (messages, SQL, patterns)."""
    tree = ast.parse(path.read_text("utf-8"))
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


@pytest.mark.parametrize("path", [*GEO, *CLI_GEO], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_sql_text_outside_store(path: Path) -> None:
    found = [f"{path.name}:{line}: {text[:60]!r}" for line, text in _strings(path) if SQL.search(text)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", GEO, ids=lambda p: p.name)
def test_library_messages_name_no_cli_flags(path: Path) -> None:
    found = [f"{path.name}:{line}: {text!r}" for line, text in _strings(path) if FLAG.search(text)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", [*GEO, *CLI_GEO], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_modules_stay_readable(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= 430, f"{path.name} has {lines} lines: split it by concern"


def test_the_geo_package_holds_no_cli_setting() -> None:
    """The CLI hands its progress bar to the library call by call (``reporter=``), never through a global."""
    import incident_tracker.geo as geo

    assert not hasattr(geo, "set_build_reporter")
    text = (SRC / "geo" / "__init__.py").read_text("utf-8")
    assert "global " not in text


def test_names_moved_by_the_split_still_import_from_where_they_did() -> None:
    from incident_tracker.geo.chain import DEFAULT_REGION, Candidate, Resolution, Resolver, describe, make_location
    from incident_tracker.geo.gazetteer import build, dumps_dir, iter_records, stored_dumps, sync_pack
    from incident_tracker.geo.text import DEMONYMS, ParsedQuery, context_parts, parse_query, strip_kind

    assert all(
        callable(f)
        for f in (Resolver, describe, make_location, build, dumps_dir, iter_records, stored_dumps, sync_pack)
    )
    assert (Candidate, Resolution, ParsedQuery) and DEMONYMS["afghan"] == "AF" and "AF" in DEFAULT_REGION
    assert parse_query("Kekh, Isfara district").name == "Kekh" and strip_kind("Torkham border")[0] == "Torkham"
    assert context_parts("Isfara district") == [("Isfara", "admin2")]
