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

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .brief import Brief, Window, build_brief, parse_window
    from .brief_render import write_brief
    from .figures import Figures
    from .geomap import IncidentMap, build_map, draw_map
    from .lanes import By
    from .periods import Group
    from .stats import Stats, build_stats
    from .timeline import Period, Timeline, build_timeline

#: Names loaded on first use (PEP 562): the CLI imports ``report.periods`` and
#: ``report.lanes`` to declare its options, and should not pay for the rest.
_EXPORTS = {
    "Brief": ".brief",
    "IncidentMap": ".geomap",
    "Window": ".brief",
    "build_brief": ".brief",
    "build_map": ".geomap",
    "draw_map": ".geomap",
    "parse_window": ".brief",
    "write_brief": ".brief_render",
    "By": ".lanes",
    "Figures": ".figures",
    "Group": ".periods",
    "Period": ".timeline",
    "Stats": ".stats",
    "Timeline": ".timeline",
    "build_stats": ".stats",
    "build_timeline": ".timeline",
}

__all__ = [
    "Brief",
    "By",
    "Figures",
    "Group",
    "IncidentMap",
    "Period",
    "Stats",
    "Timeline",
    "Window",
    "build_brief",
    "build_map",
    "build_stats",
    "build_timeline",
    "draw_map",
    "parse_window",
    "write_brief",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
