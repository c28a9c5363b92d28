"""Storage: opening and migrating the database, reading and writing incidents.

Names are loaded on first use (PEP 562) so that importing ``store.filters`` — which
the CLI needs just to declare its options — does not pay for sqlite-utils.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

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

__getattr__ = lazy_exports(__name__, _EXPORTS)
