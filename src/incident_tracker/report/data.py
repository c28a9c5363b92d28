"""CSV output of a timeline: one row per period and lane. (JSON is ``Timeline.to_dict()``.)"""

from __future__ import annotations

import csv
from typing import IO, TYPE_CHECKING, Any

from ..exchange.columns import neutralise
from ..models import ATTRIBUTION_STATUSES
from .figures import Figures

if TYPE_CHECKING:
    from .timeline import Period, Timeline

TIMELINE_CSV_COLUMNS: tuple[str, ...] = (
    "period_start",
    "period_end",
    "period",
    "date_uncertain",
    "lane",
    "lane_label",
    "count",
    "killed",
    "killed_low",
    "killed_high",
    "killed_unknown",
    "injured",
    "injured_low",
    "injured_high",
    "injured_unknown",
    *(f"attribution_{status}" for status in ATTRIBUTION_STATUSES),
)


def _csv_row(period: Period, lane: str | None, lane_label: str, figures: Figures) -> dict[str, Any]:
    data = figures.to_dict()
    row: dict[str, Any] = {
        "period_start": period.start.isoformat(),
        "period_end": period.end.isoformat(),
        "period": period.label,
        "date_uncertain": "true" if period.uncertain else "false",
        # A lane is a perpetrator, a province or a tag as typed: "+1 district" was a formula in a spreadsheet
        # (probe20); the export's rule (docs/import-export.md) holds here too.
        "lane": neutralise(lane or ""),
        "lane_label": neutralise(lane_label),
    }
    for name in TIMELINE_CSV_COLUMNS[6:]:
        if name.startswith("attribution_"):
            row[name] = data["attribution"][name.removeprefix("attribution_")]
        else:
            row[name] = data[name]
    return row


def timeline_csv(timeline: Timeline, out: IO[str]) -> None:
    """One row per period, or per period and lane with --by (every lane in every period,
    zeros included, so a spreadsheet can pivot it). Unknown figures are empty cells."""
    writer = csv.DictWriter(out, fieldnames=TIMELINE_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for period in timeline.periods:
        if not timeline.by:
            writer.writerow(_csv_row(period, "", "", period.figures))
            continue
        for lane in timeline.lanes:
            writer.writerow(_csv_row(period, lane.key, lane.label, period.lanes.get(lane.key) or Figures()))
