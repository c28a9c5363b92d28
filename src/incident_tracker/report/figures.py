"""Casualty figures summed over a group of incidents, keeping unknown apart from zero.

The codebook's first rule is that an unknown toll (NULL) is not "none killed" (0),
and that every total says how many incidents had no figure. So a :class:`Figures`
carries, beside the sum of best estimates, how many incidents had a figure at all,
how far their ranges reach below and above the best estimates, and how many ranges
were open ("at least 3"), which makes the total's upper bound unknown too.

The sums are computed by SQLite (:data:`FIGURE_COLUMNS`, used in every GROUP BY of
the reports, with the attribution statuses counted as conditional sums rather than
as one more GROUP BY key); Python only adds up the already aggregated rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from ..models import ATTRIBUTION_STATUSES, TOLL_FIELDS, TOLLS
from ..store.figure_sql import FIGURE_COLUMNS, FIGURE_NAMES, rollup_columns

__all__ = ["FIGURE_COLUMNS", "Figures", "rollup_columns"]

_NAMES = FIGURE_NAMES
_MEASURES = TOLLS


def _number(value: Any) -> int:
    """An aggregate as a whole number. A summary cell another program left as text (a toll of
    'many' carried into it by a trigger) counts nothing, rather than stopping the report;
    ``tracker check`` names the incident and the stale summary."""
    return int(value) if isinstance(value, (int, float)) else 0


@dataclass
class Figures:
    """Counts and casualty sums for a period, a lane, a breakdown row or everything."""

    count: int = 0
    killed_known: int = 0
    killed_sum: int = 0
    killed_low_gap: int = 0
    killed_high_gap: int = 0
    killed_open: int = 0
    killed_ranged: int = 0
    injured_known: int = 0
    injured_sum: int = 0
    injured_low_gap: int = 0
    injured_high_gap: int = 0
    injured_open: int = 0
    injured_ranged: int = 0
    attribution: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Figures:
        """Figures from one aggregated row (its columns named as in :data:`FIGURE_COLUMNS`)."""
        figures = cls()
        for f in fields(cls):
            if f.name != "attribution":
                setattr(figures, f.name, _number(row[f.name]))
        for status in ATTRIBUTION_STATUSES:
            n = _number(row.get(f"attribution_{status}"))
            if n:
                figures.attribution[status] = n
        return figures

    def add(self, other: Figures) -> None:
        """Fold another group's figures into these (used on aggregated rows only)."""
        for f in fields(self):
            if f.name == "attribution":
                for status, n in other.attribution.items():
                    self.attribution[status] = self.attribution.get(status, 0) + n
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def less(self, other: Figures) -> Figures:
        """These figures without a part of them (the stated ``unattributed`` is all of them
        less the defaults): every count and sum taken away, field by field."""
        out = Figures()
        for f in fields(self):
            if f.name == "attribution":
                left = {s: n - other.attribution.get(s, 0) for s, n in self.attribution.items()}
                out.attribution = {s: n for s, n in left.items() if n}
            else:
                setattr(out, f.name, getattr(self, f.name) - getattr(other, f.name))
        return out

    # --- what people read ---------------------------------------------------------

    def best(self, what: str) -> int | None:
        """Sum of the best estimates; None when incidents exist but none has a figure."""
        if self.count and not getattr(self, f"{what}_known"):
            return None
        return int(getattr(self, f"{what}_sum"))

    def low(self, what: str) -> int | None:
        """Lower end of the total: the best estimates less how far each range reaches below."""
        best = self.best(what)
        return None if best is None else best - int(getattr(self, f"{what}_low_gap"))

    def high(self, what: str) -> int | None:
        """Upper end of the total; None if unknown or open ("at least" figures)."""
        best = self.best(what)
        if best is None or getattr(self, f"{what}_open"):
            return None
        return best + int(getattr(self, f"{what}_high_gap"))

    def unknown(self, what: str) -> int:
        """How many incidents have no figure for ``what``."""
        return self.count - int(getattr(self, f"{what}_known"))

    @property
    def killed(self) -> int | None:
        return self.best("killed")

    @property
    def injured(self) -> int | None:
        return self.best("injured")

    def toll(self, what: str = "killed") -> str:
        """The total as text: "5", "10 (8–14)", "7 (≥6)", "≥4", or "?" when nobody knows."""
        best = self.best(what)
        if best is None:
            return "?"
        if not getattr(self, f"{what}_ranged"):
            return str(best)
        low, high = self.low(what), self.high(what)
        if high is None:
            return f"≥{best}" if low == best else f"{best} (≥{low})"
        if (low, high) == (best, best):
            return str(best)
        return f"{best} ({low}–{high})"

    def attribution_mix(self) -> list[tuple[str, int]]:
        """(status, count) in the codebook's order, statuses present only."""
        return [(s, self.attribution[s]) for s in ATTRIBUTION_STATUSES if self.attribution.get(s)]

    def to_dict(self) -> dict[str, Any]:
        """The figures for JSON: best sums, ranges, unknown counts, attribution counts."""
        out: dict[str, Any] = {"count": self.count}
        for what in _MEASURES:
            out[what] = self.best(what)
            _, low, high, _ = TOLL_FIELDS[what]
            out[low], out[high] = self.low(what), self.high(what)
            out[f"{what}_unknown"] = self.unknown(what)
        out["attribution"] = {s: self.attribution.get(s, 0) for s in ATTRIBUTION_STATUSES}
        return out
