"""A ``sqlite_utils.Migrations`` that costs nothing until a migration has to run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


class LazyMigrations:
    """Registers migrations exactly like ``sqlite_utils.Migrations`` (``@migrations()``),
    but builds the real ``Migrations`` object only when one has to run.

    Opening a database that is up to date then needs only the names, and
    sqlite-utils (which imports numpy when it is installed) stays off the start-up
    path of every command.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._registry: list[tuple[str, Callable[[Database], Any], bool]] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[Any], Any]:
        def inner(func: Callable[[Database], Any]) -> Callable[[Database], Any]:
            migration_name = name or func.__name__
            if migration_name in self.names:
                raise ValueError(f"Migration {migration_name!r} is already registered")
            self._registry.append((migration_name, func, transactional))
            return func

        return inner

    @property
    def names(self) -> list[str]:
        """Every migration, in the order it runs."""
        return [name for name, _, _ in self._registry]

    def real(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        built = Migrations(self.name)
        for name, func, transactional in self._registry:
            built(name=name, transactional=transactional)(func)
        return built

    def apply(self, db: Database, **options: Any) -> None:
        self.real().apply(db, **options)

    def pending(self, db: Database) -> list[Any]:
        return self.real().pending(db)

    def applied(self, db: Database) -> list[Any]:
        return self.real().applied(db)
