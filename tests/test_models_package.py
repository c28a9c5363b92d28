"""The models package: its layout holds, and every name the rest of the code imports from it is there."""

from __future__ import annotations

import ast
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

import incident_tracker.models as models
from incident_tracker.errors import MissingFieldError, NotFoundError, TrackerError, ValidationError

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
    # A submodule named through the package (``from ..models.times import x``) is no exported name; whether
    # ``hasattr`` sees it depends on which test imported it first, so it is told by its file instead.
    missing = sorted(name for name in names if not hasattr(models, name) and not (PACKAGE / f"{name}.py").exists())
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


# --- the record's type, its tolls and its required fields ------------------------------


def test_the_record_type_has_every_field_in_the_codebook_order() -> None:
    # Then what a record read from the store also carries (store.records.RECORD_NAMES).
    assert tuple(models.IncidentRecord.__annotations__) == (*models.INCIDENT_FIELDS, "sources", "links")


def test_a_toll_is_read_and_written_through_casualties() -> None:
    record = {"killed": 3, "killed_low": 3, "killed_high": 5, "killed_text": None, "injured": None}
    toll = models.Casualties.of(record, "killed")
    assert toll == models.Casualties(3, 3, 5, None)
    assert toll.shown() == "3 (3–5)"
    assert models.Casualties.of(record, "injured") == models.Casualties(None)
    assert models.parse_casualties("about 20").fields("injured") == {
        "injured": 20,
        "injured_low": None,
        "injured_high": None,
        "injured_text": "about 20",
    }
    with pytest.raises(ValidationError, match="low \\(6\\) is greater than best \\(3\\)"):
        models.Casualties(3, 6, None).check("killed")


@pytest.mark.parametrize(
    ("record", "missing"),
    [
        ({}, ["event_date", "event_type", "place"]),
        ({"event_date": "2025-11-24", "sub_event_type": "Armed clash", "latitude": 0.0}, []),
        ({"event_date": "", "event_type": "Battles", "place": ""}, ["event_date", "place"]),
        ({"event_date": "2025-11-24", "event_type": "Battles", "country": "TJ"}, []),
    ],
)
def test_one_table_says_which_fields_a_record_needs(record: dict[str, object], missing: list[str]) -> None:
    assert [need.field for need in models.missing_fields(record)] == missing


BATTLE = {"event_date": "2025-11-24", "event_type": "Battles"}


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        ({"event_type": "Battles", "country": "TJ"}, "event_date", "Missing date: give the event's date."),
        ({"event_date": "2025-11-24", "country": "TJ"}, "event_type", "Missing event type: give one of Battles,"),
        ({"event_date": "2025-11-24", "event_type": "Battles"}, "place", "Missing place: give a place, a country"),
        ({**BATTLE, "latitude": 1.0}, "longitude", "Give both latitude"),
        (
            {**BATTLE, "country": "TJ", "date_precision": "days"},
            "event_date_end",
            "The date precision 'days' needs the last possible day: give the end date.",
        ),
        (
            {**BATTLE, "event_date_end": "2025-11-25", "country": "TJ", "date_precision": "day"},
            "date_precision",
            "A day has no end date",
        ),
    ],
)
def test_record_errors_name_the_field_not_a_flag(record: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        models.check_record(dict(record))
    assert str(caught.value).startswith(words)
    assert "--" not in str(caught.value)
    assert caught.value.field == field


def test_a_field_that_does_not_parse_is_named_on_the_error() -> None:
    with pytest.raises(ValidationError) as caught:
        models.normalize_record({"country": "TJ", "killed": "-3"})
    assert caught.value.field == "killed"
    with pytest.raises(ValidationError) as caught:
        models.normalize_record({"event_type": "Battles", "sub_event_type": "Peaceful protest"})
    assert caught.value.field == "sub_event_type"


def test_every_tracker_error_may_name_a_field() -> None:
    assert TrackerError("plain").field is None
    error = NotFoundError("No incident 9.", field="id")
    assert (str(error), error.field, error.exit_code) == ("No incident 9.", "id", 1)
    missing = MissingFieldError("date", "--date")
    assert (str(missing), missing.field, missing.option) == ("Missing date: give it with --date.", "date", "--date")


def test_library_messages_in_models_and_sides_name_no_option() -> None:
    """Error texts are the library's: they speak of fields; the CLI knows its flags."""
    sources = [*PACKAGE.glob("*.py"), PACKAGE.parent / "sides.py"]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith("Error"):
                text = ast.unparse(node)
                assert not re.search(r"--[a-z]", text), f"{path.name}: {text}"


# --- one haversine, one lazy loader ---------------------------------------------------------


def test_one_haversine_serves_the_store_and_the_gazetteer() -> None:
    from incident_tracker.geo import gazetteer
    from incident_tracker.store import filters

    assert gazetteer.haversine_km is filters.haversine_km is models.haversine_km
    assert gazetteer.EARTH_RADIUS_KM == filters.EARTH_RADIUS_KM == models.EARTH_RADIUS_KM
    assert models.haversine_km(None, 71.5, 37.5, 71.5) is None  # a record without coordinates
    assert math.isclose(models.haversine_km(0.0, 0.0, 1.0, 0.0), 111.195, rel_tol=1e-4)
    assert math.isclose(models.haversine_km(0.0, 179.5, 0.0, -179.5), 111.195, rel_tol=1e-4)  # antimeridian


def test_packages_load_their_names_on_first_use() -> None:
    """Importing the packages loads none of their heavy submodules; reading a name does."""
    code = (
        "import sys\n"
        "import incident_tracker.exchange, incident_tracker.report, incident_tracker.store\n"
        "heavy = ['sqlite_utils', 'rich', 'matplotlib', 'incident_tracker.store.incidents',\n"
        "         'incident_tracker.report.timeline', 'incident_tracker.exchange.importer']\n"
        "assert not [m for m in heavy if m in sys.modules], [m for m in heavy if m in sys.modules]\n"
        "from incident_tracker.store import IncidentStore\n"
        "assert IncidentStore.__module__ == 'incident_tracker.store.incidents'\n"
        "for package in (incident_tracker.exchange, incident_tracker.report, incident_tracker.store):\n"
        "    assert all(getattr(package, name) is not None for name in package.__all__)\n"
        "    assert not hasattr(package, 'no_such_name')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
