"""The store's public methods raise the library's errors, never Python's ``sqlite3`` ones.

A caller of :class:`~.incidents.IncidentStore` from Python catches one family
(:class:`~incident_tracker.errors.TrackerError`): the file staying busy, a full disk, a damaged
file, a store used after its ``close()`` or from a thread that did not open it all end in a
:class:`~incident_tracker.errors.StorageError` whose one line says what happened and what to do
(the words the CLI prints, :func:`.transactions.explain`), with SQLite's own error kept as its
``__cause__``. The CLI gets the same errors and prints them as before.

Converted at the public methods (:func:`speaks_for_sqlite`), on the rows a query streams
(:func:`rows_in_words`), and where a caller's block runs inside a write (``bulk``): not in
:func:`.transactions.transaction` itself, whose block may be the caller's own code.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ..errors import StorageError
from .transactions import explain, mark_rolled_back, rolled_back

_T = TypeVar("_T")
_Class = TypeVar("_Class", bound=type)


def storage_error(exc: sqlite3.Error) -> StorageError:
    """``exc`` in the library's words (the CLI's ``Database error: …`` line), its rollback mark kept."""
    error = StorageError(f"Database error: {explain(exc)}", sqlite_errorname=getattr(exc, "sqlite_errorname", ""))
    if rolled_back(exc):
        mark_rolled_back(error)
    return error


def speaks_for_sqlite(method: Callable[..., _T]) -> Callable[..., _T]:
    """``method`` with a ``sqlite3.Error`` it lets out raised as :func:`storage_error` instead."""

    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> _T:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise storage_error(exc) from exc

    return guarded


def rows_in_words(rows: Iterator[_T]) -> Iterator[_T]:
    """The rows of a query, each read as the caller asks for it: a store closed, a file damaged or
    a text of bytes met half-way through raises :func:`storage_error`, as a call would."""
    try:
        yield from rows
    except sqlite3.Error as exc:
        raise storage_error(exc) from exc


def guard_public_methods(cls: _Class) -> _Class:
    """Wrap every public plain method of ``cls`` (and of the classes it is made of) in
    :func:`speaks_for_sqlite`. Properties, static and class methods are left alone: they open a
    file (which says its errors already) or check values without touching one."""
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attribute = inspect.getattr_static(cls, name)
        if inspect.isfunction(attribute):
            setattr(cls, name, speaks_for_sqlite(attribute))
    return cls
