"""Stored dates that their own precision contradicts, kept from before the span had to fit the
precision: found by ``tracker check`` and named when an edit of another field meets them. Only the
store asks, so this lives beside it rather than on the models' start-up path."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ValidationError
from ..models import EventDates, RecordLike


@dataclass(frozen=True)
class StoredSpanProblem:
    """Stored dates their own precision contradicts (a 'month' of 3 to 20 November, kept from
    before :meth:`EventDates.settled` was enforced): what they are, and the precision to repair
    them with (the one their span implies)."""

    dates: str
    precision: str
    span: str

    def describe(self) -> str:
        return f"{self.dates} is stored as '{self.precision}', but that span is '{self.span}'"


def stored_span_problem(record: RecordLike) -> StoredSpanProblem | None:
    """Whether a stored record's dates contradict their precision (see :class:`StoredSpanProblem`);
    None when they agree, or when they are not ISO days at all (another check's business)."""
    try:
        dates = EventDates.of(record)
    except ValueError:
        return None
    if dates is None:
        return None
    try:
        dates.settled()
    except ValidationError:
        last = dates.end or dates.start
        shown = dates.start.isoformat() + (f" to {last.isoformat()}" if last != dates.start else "")
        return StoredSpanProblem(shown, dates.precision, dates.span_precision())
    return None
