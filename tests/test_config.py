"""The config file: where it is, precedence option > environment > file > default, broken files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return Path(os.environ["TRACKER_CONFIG"])


@pytest.fixture
def two_dbs(tmp_path: Path, run) -> tuple[Path, Path]:
    """Two databases: one with a TJ incident, one with an AF incident."""
    tj, af = tmp_path / "tj.db", tmp_path / "af.db"
    run("--db", str(tj), "add", "-d", "2025-11-24", "-c", "TJ", "-t", "battles")
    run("--db", str(af), "add", "-d", "2025-11-25", "-c", "AF", "-t", "battles")
    run("--db", str(af), "add", "-d", "2025-11-26", "-c", "TJ", "-t", "battles")
    return tj, af


def settings(run, *args: str) -> dict[str, tuple[object, str]]:
    shown = json.loads(run(*args, "config", "show", "--json").stdout)
    return {s["key"]: (s["value"], s["from"]) for s in shown["settings"]}


def countries(run, *args: str) -> list[str]:
    return [i["country"] for i in json.loads(run(*args).stdout)]


def test_path_is_the_env_override_and_a_missing_file_means_defaults(run, config_file):
    result = run("config", "path")
    assert result.stdout == f"{config_file}\n"
    assert "No config file yet" in result.stderr
    assert settings(run) == {
        "database": (str(Path(os.environ["TRACKER_DB"])), "environment (TRACKER_DB)"),
        "country": ([], "default"),
        "format": (None, "default"),
        "geocoder.online": (False, "default"),
        "geocoder.user_agent": (None, "default"),
        "geocoder.timeout": (10.0, "default"),
        "timezone": ("UTC", "default"),
        "region.countries": ([], "default"),
    }


def test_database_precedence_option_env_file_default(run, config_file, two_dbs, monkeypatch, tmp_path):
    tj, af = two_dbs
    config_file.write_text(f'database = "{af}"\n')
    monkeypatch.delenv("TRACKER_DB")
    assert settings(run)["database"] == (str(af), "config file")
    assert countries(run, "list", "--json") == ["TJ", "AF"]  # the file's database
    monkeypatch.setenv("TRACKER_DB", str(tj))
    assert settings(run)["database"] == (str(tj), "environment (TRACKER_DB)")
    assert countries(run, "list", "--json") == ["TJ"]
    assert settings(run, "--db", str(af))["database"] == (str(af), "option (--db)")
    assert countries(run, "--db", str(af), "list", "--json") == ["TJ", "AF"]
    config_file.unlink()
    monkeypatch.delenv("TRACKER_DB")
    monkeypatch.chdir(tmp_path)
    assert settings(run)["database"] == ("incidents.db", "default")


def test_country_precedence_and_all(run, config_file, two_dbs, monkeypatch):
    _, af = two_dbs
    monkeypatch.setenv("TRACKER_DB", str(af))
    config_file.write_text('country = ["TJ"]\n')
    assert countries(run, "list", "--json") == ["TJ"]
    monkeypatch.setenv("TRACKER_COUNTRY", "Afghanistan")
    assert settings(run)["country"] == (["AF"], "environment (TRACKER_COUNTRY)")
    assert countries(run, "list", "--json") == ["AF"]
    assert countries(run, "list", "--json", "--country", "TJ") == ["TJ"]
    assert countries(run, "list", "--json", "--country", "all") == ["TJ", "AF"]
    monkeypatch.setenv("TRACKER_COUNTRY", "")  # set but empty: no default filter
    assert countries(run, "list", "--json") == ["TJ", "AF"]


def test_format_precedence(run, config_file, two_dbs, monkeypatch):
    _, af = two_dbs
    monkeypatch.setenv("TRACKER_DB", str(af))
    config_file.write_text('format = "csv"\n')
    assert run("list").stdout.startswith("id,uid,event_date")
    monkeypatch.setenv("TRACKER_FORMAT", "jsonl")
    assert [json.loads(line)["id"] for line in run("list").stdout.splitlines()] == [2, 1]
    assert run("list", "--json").stdout.startswith("[")


def test_geocoder_settings(run, config_file, monkeypatch):
    from incident_tracker.geo.online import online_enabled, user_agent

    config_file.write_text('[geocoder]\nonline = true\nuser_agent = "Jane Analyst <jane@example.org>"\n')
    assert settings(run)["geocoder.online"] == (True, "config file")
    assert online_enabled() and user_agent() == "Jane Analyst <jane@example.org>"
    monkeypatch.setenv("TRACKER_ONLINE_GEOCODER", "off")
    assert settings(run)["geocoder.online"] == (False, "environment (TRACKER_ONLINE_GEOCODER)")
    assert not online_enabled()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('country = "TJ"\nformat = json\n', "is not valid TOML: Invalid value (at line 2, column 10)"),
        ('colour = "red"\n', "unknown key 'colour'. Known keys: database, country, format"),
        ("[geocoder]\nonline = 'maybe'\n", "geocoder.online must be true or false, not 'maybe'"),
        ('[geocoder]\nagent = "me"\n', "unknown key 'geocoder.agent'"),
        ('format = "xml"\n', "format must be one of table, json, jsonl, csv, not 'xml'"),
        ('country = "Narnia"\n', "country: Unknown country 'Narnia'. Give an ISO code"),
        ('[region]\ncountries = ["TJ", "Atlantis"]\n', "region.countries: Unknown country 'Atlantis'."),
        ("database = 3\n", "database must be a non-empty string, not 3"),
    ],
)
def test_a_broken_file_is_a_one_line_error_naming_it(run, config_file, db_path, text, says):
    shutil.copy(ROOT / "incidents.db", db_path)
    config_file.write_text(text)
    before = db_path.read_bytes()
    for command in (["list"], ["add", "-d", "2025-12-01", "-c", "TJ", "-t", "battles"], ["config", "show"]):
        result = run(*command, expect=2)
        assert result.stderr.startswith(f"Error: Config file {config_file}")
        assert says in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert result.stdout == ""
    assert db_path.read_bytes() == before
    assert run("config", "path").stdout == f"{config_file}\n"  # still usable, to find and mend the file
    assert run("list", "--help").stdout.startswith("Usage: tracker list")  # help is never blocked


def test_bad_environment_values_are_errors_too(run, monkeypatch):
    monkeypatch.setenv("TRACKER_FORMAT", "xml")
    result = run("config", "show", expect=2)
    assert result.stderr == "Error: $TRACKER_FORMAT must be one of table, json, jsonl, csv, not 'xml'.\n"


@pytest.mark.parametrize(
    ("variable", "text", "says"),
    [
        ("TRACKER_REGION", "Atlantis", "Error: $TRACKER_REGION: Unknown country 'Atlantis'. Give an ISO code"),
        ("TRACKER_COUNTRY", "TJ,Atlantis", "Error: $TRACKER_COUNTRY: Unknown country 'Atlantis'. Give an ISO code"),
    ],
)
def test_an_unknown_country_in_the_environment_is_named_once(run, monkeypatch, variable, text, says):
    """The parser's own message, not fitted into "must be …, not …" (which said the value twice)."""
    monkeypatch.setenv(variable, text)
    result = run("config", "show", expect=2)
    assert result.stderr.startswith(says) and result.stderr.count("Atlantis") == 1, result.stderr


def test_the_region_variable_takes_a_list_as_the_country_one_does(run, monkeypatch):
    """TRACKER_REGION names the countries you work on: TJ,AF (as TRACKER_COUNTRY takes them)."""
    monkeypatch.setenv("TRACKER_REGION", "TJ, af")
    shown = json.loads(run("config", "show", "--json").stdout)
    region = next(row for row in shown["settings"] if row["key"] == "region.countries")
    assert region["value"] == ["TJ", "AF"]
    monkeypatch.setenv("TRACKER_REGION", "TJ")  # guard: one country, as before
    shown = json.loads(run("config", "show", "--json").stdout)
    assert next(row for row in shown["settings"] if row["key"] == "region.countries")["value"] == ["TJ"]


def test_installed_tracker_reads_the_user_config_folder(tmp_path, tracker_script):
    """Without $TRACKER_CONFIG, the file is in the user's config folder (XDG on Linux)."""
    env = {k: v for k, v in os.environ.items() if k not in {"TRACKER_CONFIG", "TRACKER_DB"}}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg")
    if sys.platform.startswith("linux"):
        from platformdirs import user_config_path

        env_backup = os.environ.get("XDG_CONFIG_HOME")
        os.environ["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"]
        try:
            expected = user_config_path("incident-tracker", appauthor=False) / "config.toml"
        finally:
            if env_backup is None:
                del os.environ["XDG_CONFIG_HOME"]
            else:
                os.environ["XDG_CONFIG_HOME"] = env_backup
        assert expected == tmp_path / "xdg" / "incident-tracker" / "config.toml"  # what platformdirs says
    out = subprocess.run([tracker_script, "config", "path"], env=env, capture_output=True, text=True, check=True)
    path = Path(out.stdout.strip())
    path.parent.mkdir(parents=True)
    shutil.copy(ROOT / "incidents.db", tmp_path / "shipped.db")
    path.write_text(f'database = "{tmp_path / "shipped.db"}"\nformat = "jsonl"\n')
    listed = subprocess.run([tracker_script, "list"], env=env, capture_output=True, text=True, check=True, cwd=tmp_path)
    assert len(listed.stdout.splitlines()) == 2


def test_the_config_example_in_getting_started_is_valid(run, config_file, monkeypatch):
    text = (ROOT / "docs" / "getting-started.md").read_text()
    config_file.write_text(text.split("```toml\n", 1)[1].split("```", 1)[0])
    monkeypatch.delenv("TRACKER_DB")
    assert settings(run) == {
        "database": ("/home/analyst/incidents/work.db", "config file"),
        "country": (["TJ", "AF"], "config file"),
        "format": ("table", "config file"),
        "geocoder.online": (False, "config file"),
        "geocoder.user_agent": ("Jane Analyst <jane@example.org>", "config file"),
        "geocoder.timeout": (10.0, "default"),
        "timezone": ("UTC", "default"),
        "region.countries": (["TJ", "AF", "KG"], "config file"),
    }
