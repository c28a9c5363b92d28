"""The one output path: every command builds a :class:`Result` and hands it to :func:`emit`.

Data goes to stdout in the format asked for (:class:`OutputFormat`, never chosen by whether
stdout is a terminal); messages and progress go to stderr. JSON is written here and only here
(records streamed as CSV or JSON lines are written by :mod:`incident_tracker.exchange`, one at
a time). A reader that goes away (``| head``) ends the command quietly (see :mod:`.base`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console


class OutputFormat(StrEnum):
    """Every output format of every command; each command accepts the ones it can write
    (:func:`~.options.format_option`)."""

    table = "table"
    md = "md"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@dataclass
class Result:
    """What a command found, and how each format shows it.

    ``data`` is the machine form (a JSON value, or a function returning one, so it is only
    built when asked for); ``draw`` renders for a person on a Rich console; ``markdown``
    returns the Markdown text; ``stream`` writes records to a file in a streamed format
    (csv, jsonl, json). ``empty`` set means there is nothing to show: people get that
    sentence on stderr instead of an empty table; ``note`` is a line on stderr after a table.
    """

    data: Any = None
    draw: Callable[[Console], None] | None = None
    markdown: Callable[[], str] | None = None
    stream: Callable[[TextIO, str], object] | None = None
    empty: str | None = None
    note: str | None = None
    stream_formats: tuple[OutputFormat, ...] = (OutputFormat.csv, OutputFormat.jsonl, OutputFormat.json)


def emit(result: Result, fmt: str | OutputFormat = OutputFormat.table) -> None:
    """Write ``result`` in ``fmt`` on stdout (and its messages on stderr)."""
    from .render import console, message

    fmt = OutputFormat(fmt)
    if fmt is OutputFormat.csv and not (result.stream is not None and fmt in result.stream_formats):
        raise ValueError("this result has no CSV form")  # format_option refuses it before
    if fmt is not OutputFormat.table and (
        (result.stream is not None and fmt in result.stream_formats)
        or fmt in (OutputFormat.json, OutputFormat.jsonl)
        or (fmt is OutputFormat.md and result.markdown is not None)
    ):
        _emit_data(result, fmt)
    elif result.empty is not None:
        message(result.empty)
    elif result.draw is not None:
        result.draw(console())
    if fmt is OutputFormat.table and result.note and result.empty is None:
        message(result.note)


def _emit_data(result: Result, fmt: OutputFormat) -> None:
    """Data on stdout, always in UTF-8 (:func:`~incident_tracker.exchange.files.utf8_stdout`)."""
    from ..exchange.files import utf8_stdout

    with utf8_stdout() as out:
        if result.stream is not None and fmt in result.stream_formats:
            result.stream(out, fmt.value)
        elif fmt in (OutputFormat.json, OutputFormat.jsonl):
            write_json(result.data() if callable(result.data) else result.data, out)
        else:
            from ..report.text import printable

            assert result.markdown is not None
            out.write(printable(result.markdown()))  # says itself when nothing matched


def _json_default(value: Any) -> Any:
    return str(value)


def write_json(data: Any, out: TextIO | None = None) -> None:
    """One JSON document on stdout (or ``out``), indented for people, UTF-8 kept readable: the only
    ``json.dumps`` of the command line, so every command's machine output looks alike."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    if out is not None:
        print(text, file=out)
        return
    from ..exchange.files import utf8_stdout

    with utf8_stdout() as stdout:
        print(text, file=stdout)


@contextmanager
def progress_bar(
    label: str, total: int | None = None, *, size: bool = False, redirect_stdout: bool = False
) -> Iterator[Callable[..., None] | None]:
    """A progress bar on stderr while the block runs, when stderr is a terminal; ``None`` otherwise.

    Yields a callback for either of the library's reports (``incident_tracker.progress``): a
    :data:`~incident_tracker.progress.Count`, ``report(done)``, or a :data:`~incident_tracker.progress.Progress`,
    ``report(done, total)``. ``size`` shows done and total as bytes;
    ``redirect_stdout`` prints what the command writes to a terminal above the bar.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from .render import console

    amount = DownloadColumn() if size else MofNCompleteColumn()
    columns = (TextColumn("{task.description}"), BarColumn(), amount, TimeElapsedColumn())
    with Progress(*columns, console=console(stderr=True), transient=True, redirect_stdout=redirect_stdout) as bar:
        task = bar.add_task(label, total=total)

        def report(done: int, whole: int | None = None) -> None:
            if whole:
                bar.update(task, total=whole)
            bar.update(task, completed=done)

        yield report
