"""``tracker config …``: where the config file is, and what is in force."""

from typing import Any

import typer

from .. import config
from .base import group, state
from .options import JsonFlag
from .output import OutputFormat, Result, emit
from .render import message

config_app = group("Your settings: a TOML file for the database, default filters, output and geocoder.")


@config_app.command("path")
def config_path() -> None:
    """Print where the config file is read from ($TRACKER_CONFIG overrides it).

    The file need not exist: create it there to set your defaults.

    Examples:

    \b
      tracker config path
    """
    path = config.config_path()
    print(path)
    if not path.exists():
        message(f"No config file yet; the built-in defaults apply. Keys: {', '.join(config.SETTINGS)}.")


@config_app.command("show")
def config_show(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Show every setting's effective value and where it came from.

    Precedence: an option on the command line, then the environment variable, then
    the config file, then the default. A broken config file is reported here, naming
    the line or key.

    Examples:

    \b
      tracker config show
      tracker config show --json
    """
    settings = config.effective()
    if ctx.find_root().get_parameter_source("db") is not None:
        source = ctx.find_root().get_parameter_source("db")
        if source is not None and source.name == "COMMANDLINE":
            settings[0] = config.Resolved("database", str(state(ctx).db_path), "option (--db)")
    rows = [_row(s) for s in settings]
    emit(Result(data={"path": str(config.config_path()), "settings": rows}, draw=lambda out: _draw_settings(out, rows)),
         OutputFormat.json if as_json else OutputFormat.table)  # fmt: skip


def _draw_settings(out: Any, rows: list[dict[str, Any]]) -> None:
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from ..report.terminal import whole_words
    from .render import print_fitted

    out.print(f"Config file: {config.config_path()}", soft_wrap=True, markup=False)  # a path, whole
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True, header_style="bold")
    for column in ("key", "value", "from", "environment variable"):
        table.add_column(column, overflow="fold", no_wrap=column in ("key", "environment variable"))
    for row in rows:
        table.add_row(row["key"], escape(_text(row["value"])), row["from"], row["environment"])
    fitted = whole_words(table, fold_beyond=12, leave_out=("environment variable", "from"))
    print_fitted(out, fitted, [fitted])


def _row(resolved: config.Resolved) -> dict[str, Any]:
    setting = config.SETTINGS[resolved.key]
    return {
        "key": resolved.key,
        "value": resolved.value,
        "from": resolved.origin,
        "environment": setting.env,
        "meaning": setting.help,
    }


def _text(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, list):
        return ", ".join(value) or "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
