"""Storage: opening and migrating the database, reading and writing incidents.

Names are loaded on first use (PEP 562) so that importing ``store.filters`` — which
the CLI needs just to declare its options — does not pay for sqlite-utils.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import default_path, open_database
    from .filters import Filters, Near
    from .incidents import IncidentStore

_EXPORTS = {
    "default_path": ".database",
    "open_database": ".database",
    "Filters": ".filters",
    "Near": ".filters",
    "IncidentStore": ".incidents",
}

__all__ = ["Filters", "IncidentStore", "Near", "default_path", "open_database"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
