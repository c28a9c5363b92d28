"""The words a brief says the same way in HTML and Markdown: the headline figures, the
countries line, what changed in an incident, how a source is named and linked, and the note
on dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .brief import Brief, Change
from .text import plural

if TYPE_CHECKING:
    from .figures import Figures

DATES_NOTE = (
    "Incidents are dated by day, not hour: those dated on the window's first or last day are included "
    "although they may fall outside its hours."
)


def headline_items(totals: Figures) -> list[tuple[str, str, str]]:
    """(label, figure, note) of the headline boxes."""
    killed, injured = totals.toll("killed"), totals.toll("injured")
    if not totals.count:
        return [("Incidents", "0", "none match the window and filter"), ("Killed", "–", ""), ("Injured", "–", "")]
    return [
        ("Incidents", f"{totals.count:,}", ""),
        ("Killed", killed, "best estimate (low–high)" if "(" in killed else "best estimate"),
        ("Injured", injured, "best estimate" if injured != "?" else "no figure reported"),
        (
            "Unknown tolls",
            f"{totals.unknown('killed'):,}",
            f"incidents without a death toll; {totals.unknown('injured'):,} without an injured figure",
        ),
    ]


def where_line(brief: Brief) -> str:
    """The countries in one line, busiest first:
    "Tajikistan 4 (4 killed, 1 toll unknown) · Afghanistan 3 (15 killed)"."""
    parts = []
    for row in brief.countries.rows:
        figures = row.figures
        unknown = figures.unknown("killed")
        detail = f"{figures.toll('killed')} killed" + (f", {unknown} toll unknown" if unknown else "")
        parts.append(f"{row.label.rsplit(' (', 1)[0]} {figures.count} ({detail})")
    if brief.countries.more:
        parts.append(f"{brief.countries.more} more countries")
    return " · ".join(parts)


def change_text(change: Change, brief: Brief) -> str:
    """ "new", "revised killed 3 → 3–4", "deleted", "1 source added", and why."""
    parts: list[str] = []
    if change.new:
        parts.append("new")
    if change.fields:
        parts.append("revised " + "; ".join(f"{name} {old} → {new}" for name, old, new in change.fields))
    if change.sources_added:
        parts.append(plural(change.sources_added, "source") + " added")
    if change.deleted:
        parts.append("deleted")
    text = ", ".join(parts) or "links changed"
    if change.reasons:
        text += f" ({'; '.join(change.reasons)})"
    text += f"; recorded {brief.local(change.last_at)}. {change.toll} killed, {change.attribution}"
    if not change.dated_in_window:
        text += ". Dated outside the window: not in the figures below"
    return text + "."


def safe_url(url: str | None) -> str | None:
    """A source's address as a link only when it is a web address: a ``javascript:`` or
    ``file:`` URL in a record must not become something a reader of the brief can click."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def source_words(source: dict[str, Any]) -> str:
    """How a source is named in the brief: outlet, “headline”, date (its address when it has
    none of them)."""
    parts = [source.get("outlet"), f"“{source['headline']}”" if source.get("headline") else None]
    if source.get("published"):
        parts.append(str(source["published"]))
    return ", ".join(str(p) for p in parts if p) or (source.get("url") or "source")
