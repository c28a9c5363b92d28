"""The models package: its layout holds, and every name the rest of the code imports from it is there."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import incident_tracker.models as models

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "incident_tracker" / "models"
CALLERS = [ROOT / "src", ROOT / "tests", ROOT / "scripts", ROOT / "bench"]


def _imported_names() -> set[str]:
    """Names taken from ``incident_tracker.models`` anywhere outside the package: imported
    with ``from … models import X`` or read as ``models.X``."""
    names: set[str] = set()
    for folder in CALLERS:
        for path in folder.rglob("*.py"):
            if PACKAGE in path.parents:
                continue
            text = path.read_text("utf-8")
            if "models" not in text:
                continue
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "models":
                    names.update(alias.name for alias in node.names)
            if re.search(r"^\s*from (incident_tracker|\.+) import .*\bmodels\b", text, re.M):
                names.update(re.findall(r"\bmodels\.([A-Za-z_]\w*)", text))
    return names


def test_every_name_imported_from_models_is_exported() -> None:
    names = _imported_names()
    assert len(names) > 40  # the search itself works
    missing = sorted(name for name in names if not hasattr(models, name))
    assert missing == []


def test_all_lists_every_public_name_of_the_submodules() -> None:
    assert sorted(models.__all__) == sorted(set(models.__all__))
    for name in models.__all__:
        assert hasattr(models, name), name


def test_models_imports_nothing_of_ours_but_the_errors() -> None:
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                assert node.module == "errors", f"{path.name} imports ..{node.module}"
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert not (node.module or "").startswith("incident_tracker"), path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("incident_tracker") for a in node.names), path.name


def test_no_module_of_the_package_is_long() -> None:
    lengths = {path.name: len(path.read_text("utf-8").splitlines()) for path in PACKAGE.glob("*.py")}
    assert max(lengths.values()) <= 400, lengths
