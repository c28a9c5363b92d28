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

from .figures import Figures
from .periods import Group
from .stats import Stats, build_stats
from .timeline import By, Period, Timeline, build_timeline

__all__ = ["By", "Figures", "Group", "Period", "Stats", "Timeline", "build_stats", "build_timeline"]
