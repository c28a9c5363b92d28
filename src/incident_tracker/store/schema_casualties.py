"""``casualties_by_month`` as migrations m018 and m019 make it: a toll that is no count is unknown there too.

m006's view, kept for browsing the file in Datasette or DB Browser, summed each toll column as it
stood, so a ``'many'`` another program wrote was a known 0 and its incident not among the unknown
ones, where ``tracker stats`` and ``timeline`` (since probe15) read it as unknown. Since m018 the
view reads every toll through :func:`.figure_sql.counted`, the one test the figures use. Like
every shipped migration, this text never changes: a later change to the view is a new migration.
m019's (:data:`WHOLE_TOLLS_VIEW`) counts a toll only when it is one whole reading (``figure_sql.whole_toll``):
m018's summed the best of ``9, 4, 1`` and of ``2.5``, which ``stats`` no longer does.
"""

from __future__ import annotations

from .figure_sql import counted, whole_toll


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


def _whole_sums(what: str) -> str:
    """:func:`_sums` with every part of a toll counted only when the toll is whole."""
    whole = whole_toll(what)
    best, low, high = (f"i.{what}{part}" for part in ("", "_low", "_high"))
    return (
        f"  sum(CASE WHEN {whole} THEN {best} END) AS {what}_best,\n"
        f"  sum(CASE WHEN {whole} THEN coalesce({low}, {best}) END) AS {what}_low,\n"
        f"  sum(CASE WHEN {whole} THEN coalesce({high}, {best}) END) AS {what}_high,\n"
        f"  sum(CASE WHEN {whole} THEN 0 ELSE 1 END) AS incidents_{what}_unknown"
    )


WHOLE_TOLLS_VIEW = f"""
CREATE VIEW casualties_by_month AS
SELECT
  substr(i.event_date, 1, 7) AS month,
  i.country AS country,
  count(*) AS incidents,
{_whole_sums("killed")},
{_whole_sums("injured")}
FROM incidents AS i
WHERE i.deleted_at IS NULL
GROUP BY substr(i.event_date, 1, 7), i.country
ORDER BY month, country"""
