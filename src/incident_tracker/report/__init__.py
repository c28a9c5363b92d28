"""Reports over the incidents: timelines, statistics and charts.

Library first: each report is built as plain data by one function, then rendered
by a separate one, so it can be used from Python without the CLI::

    from incident_tracker.store import IncidentStore, Filters
    from incident_tracker.report import build_timeline

    store = IncidentStore.open("incidents.db")
    timeline = build_timeline(store, Filters(countries=["TJ"]), group="month")
    for period in timeline.periods:
        print(period.label, period.figures.count, period.figures.toll("killed"))

Counting happens in SQLite (``GROUP BY`` on period keys), never in a Python loop
over every incident. Rich and matplotlib are imported only by the functions that
draw with them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .figures import Figures
    from .lanes import By
    from .periods import Group
    from .stats import Stats, build_stats
    from .timeline import Period, Timeline, build_timeline

#: Names loaded on first use (PEP 562): the CLI imports ``report.periods`` and
#: ``report.lanes`` to declare its options, and should not pay for the rest.
_EXPORTS = {
    "By": ".lanes",
    "Figures": ".figures",
    "Group": ".periods",
    "Period": ".timeline",
    "Stats": ".stats",
    "Timeline": ".timeline",
    "build_stats": ".stats",
    "build_timeline": ".timeline",
}

__all__ = ["By", "Figures", "Group", "Period", "Stats", "Timeline", "build_stats", "build_timeline"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
