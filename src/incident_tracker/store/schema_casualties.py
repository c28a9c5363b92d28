"""``casualties_by_month`` as migration m018 makes it: a toll that is no count is unknown there too.

m006's view, kept for browsing the file in Datasette or DB Browser, summed each toll column as it
stood, so a ``'many'`` another program wrote was a known 0 and its incident not among the unknown
ones, where ``tracker stats`` and ``timeline`` (since probe15) read it as unknown. Since m018 the
view reads every toll through :func:`.figure_sql.counted`, the one test the figures use. Like
every shipped migration, this text never changes: a later change to the view is a new migration.
"""

from __future__ import annotations

from .figure_sql import counted


def _sums(what: str) -> str:
    """The best, low and high sums of one measure and its count of unknown tolls."""
    best, low, high = (counted(f"{what}{part}") for part in ("", "_low", "_high"))
    return (
        f"  sum({best}) AS {what}_best,\n"
        f"  sum(coalesce({low}, {best})) AS {what}_low,\n"
        f"  sum(coalesce({high}, {best})) AS {what}_high,\n"
        f"  sum({best} IS NULL) AS incidents_{what}_unknown"
    )


CASUALTIES_VIEW = f"""
CREATE VIEW casualties_by_month AS
SELECT
  substr(event_date, 1, 7) AS month,
  country,
  count(*) AS incidents,
{_sums("killed")},
{_sums("injured")}
FROM incidents
WHERE deleted_at IS NULL
GROUP BY substr(event_date, 1, 7), country
ORDER BY month, country"""
