"""The layering rules hold, and docs/architecture.md is read from the code, not written by hand.

The page itself is checked current by tests/test_docs.py (it has a cog block); these tests
check the rules on the real source and show, on a made-up package, that the generator finds
modules, purposes and imports (relative, absolute, lazy, TYPE_CHECKING) by itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from architecture import Module, architecture_page, import_graph, read_modules, violations  # noqa: E402


@pytest.fixture(scope="module")
def package_modules() -> list[Module]:
    """The package's modules, parsed once for the tests of the real source (a parse of its 449 modules costs 1.2 s of
    CPU; three parses before suite27)."""
    return read_modules()


def test_the_library_never_imports_the_cli_and_models_builds_on_nothing(package_modules: list[Module]):
    assert violations(package_modules) == []


def test_every_module_of_the_package_is_on_the_page():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "incident_tracker"
    for path in package.rglob("*.py"):
        relative = path.relative_to(package).with_suffix("")
        if len(relative.parts) > 1:
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            assert f"`incident_tracker.{'.'.join(parts)}`" in text, path


#: The longest a module of the package may grow (the geo package keeps 430: tests/test_geo_layering.py).
#: Rules added round after round grow a module past one concern; past this, split it by concern
#: (as extract/place.py, extract/casualty_patterns.py and extract/event_days.py were).
MODULE_LINES = 450


def test_every_module_stays_readable():
    package = ROOT / "src" / "incident_tracker"
    long = {
        str(path.relative_to(package)): lines
        for path in sorted(package.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    }
    assert long == {}, f"split by concern: {long}"


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return root / "pkg"


def test_the_graph_is_read_from_the_source(tmp_path):
    package = _package(
        tmp_path,
        {
            "__init__.py": '"""The package."""\n',
            "models.py": '"""Records.\n\nMore."""\nfrom . import errors\n',
            "errors.py": '"""Errors."""\n',
            "cli/__init__.py": '"""The command line."""\nfrom ..store import x\n',
            "store/__init__.py": '"""Storage."""\nimport sqlite3\nfrom pkg.models import Record\n',
            "store/lazy.py": (
                '"""Lazy: imports inside a function cost nothing at load.\n'
                'Second line."""\nfrom typing import TYPE_CHECKING\n'
                "if TYPE_CHECKING:\n    from ..cli import app\n"
                "def f():\n    from .. import errors\n"
            ),
        },
    )
    modules = read_modules(package)
    assert {m.name: m.unit for m in modules}["pkg.store.lazy"] == "store"
    assert import_graph(modules) == {
        ("cli", "store"): True,
        ("models", "errors"): True,
        ("store", "errors"): False,  # only inside a function
        ("store", "models"): True,
    }  # the TYPE_CHECKING import of cli is no dependency
    assert violations(modules) == []
    page = architecture_page(package)
    assert "cli --> store" in page and "store -.-> errors" in page
    assert "| `pkg.store.lazy` |" in page and "Lazy: imports inside a function cost nothing at load." in page
    assert "`store`" in page.split("## Import graph")[0]  # store imports sqlite3


def test_a_broken_rule_is_named(tmp_path):
    package = _package(
        tmp_path,
        {
            "models.py": '"""Records."""\nfrom .store import x\n',
            "cli.py": '"""CLI."""\n',
            "store/__init__.py": '"""Storage."""\nfrom pkg import cli\n',
        },
    )
    assert violations(read_modules(package)) == ["pkg.models imports store", "pkg.store (library) imports cli"]
    assert "NO" in architecture_page(package)


def test_the_store_never_reaches_up_into_the_report_layer(tmp_path):
    """Not even inside a function: the store is the floor the report layer reads, and what both
    need (the country outlines) lives below both."""
    package = _package(
        tmp_path,
        {
            "models.py": '"""Records."""\n',
            "outlines.py": '"""Outlines."""\n',
            "report/__init__.py": '"""Reports."""\nfrom ..store import x\n',
            "report/basemap.py": '"""Map outlines."""\nfrom ..outlines import countries\n',
            "store/__init__.py": '"""Storage."""\nfrom ..outlines import countries\n',
            "store/far.py": '"""Far points."""\ndef f():\n    from ..report.basemap import countries\n',
        },
    )
    assert violations(read_modules(package)) == ["pkg.store.far imports report, a floor above it"]
    assert "- `store` never imports `report` (a floor above it), not even inside a function: NO" in architecture_page(
        package
    )
    (package / "store" / "far.py").write_text('"""Far points."""\ndef f():\n    from ..outlines import countries\n')
    assert violations(read_modules(package)) == []


def test_the_store_reaches_up_only_where_the_page_says_why(package_modules: list[Module]):
    """docs/architecture.md names each store module that imports ``exchange`` or ``geo`` (inside a
    function) and why; the CSV's SQL takes its columns from ``store.csv_shape`` instead."""
    reaching = {
        module.name.removeprefix("incident_tracker."): sorted(
            unit for unit in module.imports if unit in ("exchange", "geo")
        )
        for module in package_modules
        if module.unit == "store" and {"exchange", "geo"} & set(module.imports)
    }
    assert reaching == {"store.core": ["geo"], "store.incidents": ["geo"], "store.backup": ["exchange"]}
    assert all(
        not module.imports[unit]
        for module in package_modules
        if module.unit == "store"
        for unit in ("exchange", "geo")
        if unit in module.imports
    )
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in text.split("<!-- [[[cog")[0] for name in reaching)
