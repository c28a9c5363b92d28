"""The ``tracker`` command line: a thin layer over the library.

Importing this package registers every command on :data:`app`; modules import
heavy libraries (Rich, geopy, matplotlib) only inside the commands that need them.
"""

from __future__ import annotations

from . import (  # noqa: F401  (registers the commands)
    actors,
    brief,
    duplicates,
    exchange,
    extract,
    geo,
    incidents,
    maintenance,
    report,
    settings,
    sources,
)
from .app import app


def main() -> None:
    """Console-script entry point."""
    app(prog_name="tracker")


__all__ = ["app", "main"]
