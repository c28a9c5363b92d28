"""The error family of incident-tracker.

The library raises these and never prints; the CLI turns each one into a single
``Error: …`` line on stderr and an exit code. Every message should say how to fix
the problem, not just what went wrong.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base class: a problem the user can act on. Exit code 1 (a runtime error).

    ``field`` names the record field at fault (``"event_date"``, ``"latitude"``) when there
    is one: the library's messages speak of fields in words, and the CLI, which knows its
    own options, can use ``field`` to name the option that sets it.
    """

    exit_code = 1

    def __init__(self, *args: object, field: str | None = None) -> None:
        super().__init__(*args)
        self.field = field


class ValidationError(TrackerError):
    """A value given by the user is not acceptable (bad date, unknown status, …).

    These are usage errors, so the CLI exits with 2, as Click does for bad options.
    """

    exit_code = 2


class MissingFieldError(ValidationError):
    """A required field was not given and we may not ask for it."""

    def __init__(self, field: str, option: str) -> None:
        self.option = option
        super().__init__(f"Missing {field}: give it with {option}.", field=field)


class StoredDatesError(TrackerError):
    """An edit met stored dates that their own precision contradicts (kept from before the span
    had to fit it). Carries the repair, the precision the span implies, for the CLI to spell as
    the command that makes it; the library names no option."""

    def __init__(self, message: str, *, incident_id: int, repair_precision: str) -> None:
        super().__init__(message)
        self.incident_id = incident_id
        self.repair_precision = repair_precision


class StoredValueError(TrackerError):
    """A write met a stored value no version of tracker writes (another program's: a toll of 'many',
    a date '2024-13-45') that it does not replace: refused, naming the field that sets it."""


class NotFoundError(TrackerError):
    """An incident, source or place id that does not exist."""


class ConflictError(TrackerError):
    """Another process changed the incident between our reading it and writing to it."""


class DatabaseError(TrackerError):
    """The database file cannot be used: not SQLite, not ours, or too new."""


class StorageError(DatabaseError):
    """SQLite refused an operation (the file stayed busy, the disk is full, the file is damaged, the
    store was closed or is used from another thread), said in words: what the library raises where
    Python's ``sqlite3`` would raise its own error, so a caller catches one family. The SQLite error
    is kept as ``__cause__``; ``sqlite_errorname`` is its name (``SQLITE_BUSY``), or empty."""

    def __init__(self, *args: object, field: str | None = None, sqlite_errorname: str = "") -> None:
        super().__init__(*args, field=field)
        self.sqlite_errorname = sqlite_errorname


class GeocodingError(TrackerError):
    """A place could not be resolved (no match, or ambiguous)."""
