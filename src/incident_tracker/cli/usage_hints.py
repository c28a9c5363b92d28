"""Usage errors (an unknown option, a missing argument, a group without a command) shown as every
other error is, and hints for a mistyped option: the options that do the work a person expected,
or names close to it.

Click suggests options by comparing names with their dashes, so ``--place`` drew ``--type``; the
CLI's usage errors ask here first. Imported only when a usage error happens, so start-up does not
pay for it.
"""

import sys
from typing import Any, NoReturn

#: Options a person may expect of a reading command, and those of its options that do that work.
STAND_INS = {
    "--place": ("--search", "--near"),
    "--location": ("--search", "--near"),
    "--admin2": ("--admin1", "--search"),
    "--killed": ("--min-killed",),
}


def unknown_option(exc: Any, ctx: Any) -> str | None:
    """'No such option' with suggestions that do the work (``STAND_INS``) or whose names are
    close without their dashes: Click compares with the dashes, so '--place' drew '--type'."""
    import difflib

    name = getattr(exc, "option_name", None)
    if type(exc).__name__ != "NoSuchOption" or not name or ctx is None:
        return None
    placed = _before_the_command(name, ctx)
    if placed:
        return placed
    known = [opt for param in ctx.command.params for opt in getattr(param, "opts", ()) if opt.startswith("--")]
    bare = {opt.lstrip("-"): opt for opt in known}
    close = [bare[m] for m in difflib.get_close_matches(name.lstrip("-"), list(bare), n=3, cutoff=0.6)]
    offered = [opt for opt in STAND_INS.get(name, ()) if opt in known] or close
    return f"No such option: {name}" + (f" (Possible options: {', '.join(offered)})" if offered else "")


def _before_the_command(name: str, ctx: Any) -> str | None:
    """An option of ``tracker`` itself (``--db``, ``--version``) given after a command:
    say where it goes, with the command line that works, instead of a near name."""
    root = ctx.find_root()
    if root is ctx:
        return None
    for param in root.command.params:
        if name in getattr(param, "opts", ()):
            if getattr(param, "is_flag", False) or getattr(param, "count", False):
                line = f"{root.info_name} {name}"
            else:
                command = ctx.command_path.split(" ", 1)[-1]
                # the value's name as the help shows it (``<file>``); Typer's own Click takes the context
                line = f"{root.info_name} {name} {param.make_metavar(ctx)} {command} …"
            return f"No such option: {name} here; it goes before the command: '{line}'"
    return None


def missing_command(ctx: Any) -> NoReturn:
    """A group given no command: its help on stderr, exit 2 (see :meth:`.base.TrackerGroup.parse_args`)."""
    print(ctx.get_help(), file=sys.stderr)
    ctx.exit(2)
    raise AssertionError("unreachable")  # ctx.exit raises


def is_click_exception(exc: Exception) -> bool:
    """Click's own exceptions (usage errors, exit) must reach Click's handler."""
    return any(cls.__name__ in {"ClickException", "Exit", "Abort"} for cls in type(exc).__mro__)


def is_usage_error(exc: Exception) -> bool:
    """Click's usage errors (an unknown option or command, a missing argument, a bad value):
    Typer bundles its own Click, so they are known by class name, as above."""
    return any(cls.__name__ == "UsageError" for cls in type(exc).__mro__)


def usage_failure(exc: Any, command_path: str | None = None) -> NoReturn:
    """A usage error as every other error is shown: one line, exit 2, where to find the help
    (Click prints the usage, a hint and the error on three lines). ``command_path`` names the
    command when Click's error carries no context."""
    ctx = getattr(exc, "ctx", None)
    path = ctx.command_path if ctx is not None else command_path
    hint = f" See '{path} -h'." if path else ""
    from .base import fail

    text = unknown_option(exc, ctx) or str(exc.format_message())
    fail(f"{text.rstrip('.')}.{hint}", int(getattr(exc, "exit_code", 2)))
