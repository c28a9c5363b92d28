"""The shapes of a :class:`~.filters.Filters`' values, checked before they become SQL.

A Python caller can give what the CLI never does, and SQL compares rather than refuses it: a
string of countries is a list of letters (``countries="TJ"`` matched nothing, silently), and an int
or a phrase as a date is compared with the stored text (``since=2030`` matched every incident, as
text sorts after numbers; ``since="Nov 2025"`` matched none). Each is refused in one line.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..models.field_values import with_its_type
from ..models.stored_values import is_day
from .given import is_whole

if TYPE_CHECKING:
    from .filters import Filters

#: The filters that are lists of text, and those that are one text.
LIST_FILTERS = ("countries", "admin1", "attributions")
TEXT_FILTERS = (
    "event_type",
    "sub_event_type",
    "perpetrator",
    "actor",
    "clarity",
    "weapon",
    "target_type",
    "tag",
    "search",
)


def check_shapes(filters: Filters) -> None:
    """Refuse a value of the wrong shape (see the module's docstring); a ``datetime.date`` given as
    ``since`` or ``until`` is taken as its day."""
    for name in ("since", "until"):
        value = getattr(filters, name)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            setattr(filters, name, value.isoformat())
        elif value is not None and not is_day(value):
            raise ValidationError(
                f"{name} must be a day as YYYY-MM-DD (or a datetime.date), got {with_its_type(value)}; "
                "models.parse_date reads the other forms ('Nov 2025').",
                field=name,
            )
    for name in LIST_FILTERS:
        items = getattr(filters, name)
        if not isinstance(items, (list, tuple)) or not all(type(item) is str for item in items):
            raise ValidationError(f"{name} must be a list of text, got {with_its_type(items)}.", field=name)
    if not isinstance(filters.ids, (list, tuple)) or not all(is_whole(item) for item in filters.ids):
        raise ValidationError(f"ids must be a list of whole numbers, got {with_its_type(filters.ids)}.", field="ids")
    for name in TEXT_FILTERS:
        value = getattr(filters, name)
        if value is not None and type(value) is not str:
            raise ValidationError(f"{name} must be text, got {with_its_type(value)}.", field=name)
    if filters.min_killed is not None and not is_whole(filters.min_killed):
        raise ValidationError(
            f"min_killed must be a whole number, got {with_its_type(filters.min_killed)}.", field="min_killed"
        )
    if any(type(getattr(filters, name)) is not bool for name in ("deleted", "with_deleted")) or (
        filters.attribution_default is not None and type(filters.attribution_default) is not bool
    ):
        raise ValidationError("deleted, with_deleted and attribution_default must be True or False.")
    from .filters import Near

    if filters.near is not None and not isinstance(filters.near, Near):
        raise ValidationError(
            f"near must be a Near(latitude, longitude, km), got {with_its_type(filters.near)}.", field="near"
        )
