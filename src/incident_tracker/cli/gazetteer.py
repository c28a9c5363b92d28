"""``tracker gazetteer``: build the offline gazetteer, merge GeoNames country files, say what is there.

Parses, calls :mod:`incident_tracker.geo.gazetteer` / :mod:`incident_tracker.geo.build` /
:mod:`incident_tracker.geo.dumps`, renders; the library is imported inside the commands.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from ..errors import ValidationError
from .base import CREDITS, group
from .locate import build_progress
from .options import JsonFlag
from .output import write_json
from .render import message

# --- tracker gazetteer -------------------------------------------------------------

gazetteer_app = group("The offline gazetteer (GeoNames, CC BY 4.0) in your cache folder: build it, see what is there.")


@gazetteer_app.command("build")
def gazetteer_build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if it is there and current.")] = False,
) -> None:
    """Build the gazetteer now (it is otherwise built on first need). Takes about 15 seconds.

    First removes the temporary files a build stopped by SIGKILL left in the cache folder
    (never those of a build still running).

    Examples:

    \b
      tracker gazetteer build
    """
    from pathlib import Path

    from ..errors import GeocodingError
    from ..exchange import leftovers
    from ..geo import build, gazetteer

    try:
        info = gazetteer.status()
    except GeocodingError:  # a damaged file, or not a gazetteer: this command's to rebuild, as its error says (probe18)
        info = {"path": str(gazetteer.default_path())}
    stale = leftovers.remove_stale(Path(info["path"]))
    if stale:
        message(f"Removed {len(stale)} temporary file{'s' if len(stale) != 1 else ''} a stopped build left.")
    if info.get("up_to_date") and not force:
        message(f"The gazetteer is already built and current: {info['path']} (--force rebuilds it).")
        return
    gazetteer.refuse_a_file_for_a_folder(Path(info["path"]).parent)  # before the line promising 15 s of work
    from .interrupts import last_rename

    # The rename into place is the build's last step: a signal during it no longer ends the command 130 or 143 with
    # the gazetteer built (probe24), as export -o's and backup's since probe23.
    with build_progress() as progress, last_rename(info["path"]):
        report = build.build(progress=progress)
    message(f"Built {report.path}: {report.places:,} places, {report.names:,} names in {report.seconds:.1f} s.")
    message(CREDITS)


@gazetteer_app.command("add")
def gazetteer_add(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Countries (AF, AFG or Afghanistan, as --country reads them) or GeoNames country files "
            "(AF.txt, AF.zip).",
            show_default=False,
        ),
    ],
    online: Annotated[
        bool,
        typer.Option("--online", help="Download the countries' files from GeoNames once (cached in the cache folder)."),
    ] = False,
) -> None:
    """Merge GeoNames country files into the gazetteer: villages, districts, border posts, passes, bridges.

    A code whose file you added before is merged again from the cache folder; with
    --online a missing one is downloaded from download.geonames.org (once). The files
    are kept, so a rebuild merges them again. GeoNames data, CC BY 4.0.

    Examples:

    \b
      tracker gazetteer add TJ.zip
      tracker gazetteer add AF TJ --online
    """
    from ..geo import dumps

    before, merged = _merged_countries(), []
    try:
        for source in sources:
            with download_progress(source) as progress:
                try:
                    report = dumps.add(source, online=online, progress=progress, reporter=build_progress)
                except dumps.NotDownloadedError as exc:
                    raise ValidationError(
                        f"No GeoNames file for {exc.code} yet: give its path (from {exc.url}), "
                        "or add --online to download it once."
                    ) from None
            merged.append(report.country)
            if report.places < 0:
                message(f"Built the gazetteer with {report.country} merged ({report.path}).")
            else:
                message(
                    f"Merged {report.country}: {report.places:,} new places, {report.names:,} names ({report.path})."
                )
    except KeyboardInterrupt as stopped:  # each country is its own write: those merged stand (probe23)
        _say_merged(stopped, merged, before)
        raise
    message(CREDITS)


def _merged_countries() -> set[str]:
    """The countries the gazetteer says were merged into it (none when it is not there, or cannot be read)."""
    from ..geo import gazetteer

    try:
        info = gazetteer.status()
    except Exception:  # noqa: BLE001 - a damaged file: this command's to rebuild, and nothing merged to count
        return set()
    return {code for code in str(info.get("countries_merged") or "").split(",") if code}


def _say_merged(stopped: KeyboardInterrupt, merged: list[str], before: set[str]) -> None:
    """Note on the interrupt the countries merged before it, read from the gazetteer too (a merge whose COMMIT
    the signal came during is in it, though its line was never said): before probe23 the line said only that no
    write to the database was under way, and a second country's Ctrl-C left the first one's merge unsaid."""
    from ..store.transactions import mark_saved

    stand = sorted(set(merged) | (_merged_countries() - before))
    if stand:
        were = "was" if len(stand) == 1 else "were"
        mark_saved(
            stopped, f"{', '.join(stand)} {were} merged into the gazetteer (it stands); 'tracker gazetteer add' "
            "merges the others given"
        )  # fmt: skip


@contextmanager
def download_progress(source: str) -> Iterator[Callable[[int, int], None]]:
    """The download's progress in bytes: the one bar (:func:`.output.progress_bar`) on a
    terminal; nothing otherwise."""
    from .output import progress_bar

    with progress_bar(f"Downloading {source.upper()}.zip", size=True) as report:
        yield report or (lambda done, total: None)


@gazetteer_app.command("status")
def gazetteer_status(as_json: JsonFlag = False) -> None:
    """Say what is there: path, size, rows, build date, source and licence.

    Examples:

    \b
      tracker gazetteer status
      tracker gazetteer status --json
    """
    from ..geo import gazetteer

    info = gazetteer.status()
    if as_json:
        write_json(info)
        return
    lines = [f"path: {info['path']}"]
    if not info["exists"]:
        lines.append("not built yet: 'tracker gazetteer build' (or any lookup) builds it")
    else:
        lines += [
            f"size: {info['size_bytes'] / 1e6:.1f} MB",
            f"places: {int(info.get('places', 0)):,}; names: {int(info.get('names', 0)):,}; "
            f"provinces: {info['admin1']:,}",
            f"built: {info.get('built_at')} in {info.get('build_seconds')} s"
            + ("" if info.get("up_to_date") else " (out of date: rebuild with 'tracker gazetteer build')"),
            f"source: {info.get('source')} ({info.get('source_version')})",
            f"regional pack: {info.get('pack_places', 0)} border places",
            "country files: " + (info.get("countries_merged") or "none (tracker gazetteer add AF TJ …)"),
        ]
    lines.append(f"licence: {info['licence']}")
    print("\n".join(lines))
