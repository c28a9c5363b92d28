"""The ``tracker`` command line: a thin layer over the library.

The tree of commands is composed in :mod:`.app`; modules import heavy libraries
(Rich, geopy, matplotlib) only inside the commands that need them.
"""

from __future__ import annotations

try:
    from .app import app
except KeyboardInterrupt:  # Ctrl-C while the commands load (~0.5 s): nothing has run, so no traceback
    raise SystemExit(130) from None


def main() -> None:
    """Console-script entry point."""
    app(prog_name="tracker")


__all__ = ["app", "main"]
