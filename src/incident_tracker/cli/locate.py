"""Where an incident happened: completing the location fields of a record.

The place as reported is kept verbatim; this step fills what can be derived from
it. Geocoding (a separate module) plugs in here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ValidationError

if TYPE_CHECKING:
    from ..store import IncidentStore


def locate(
    store: IncidentStore,
    values: dict[str, Any],
    *,
    ask: bool,
    place_changed: bool,
    editing: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Return ``values`` with the location completed, or fail saying what to give."""
    has_coordinates = values.get("latitude") is not None
    country = values.get("country") or (editing or {}).get("country")
    if place_changed and not has_coordinates and not country:
        raise ValidationError("Give --country or --lat/--lon with --place: the place could not be located otherwise.")
    return values
