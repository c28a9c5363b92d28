"""Turning records into output: one path for every command.

Data goes to stdout, messages to stderr; records in machine formats (csv, json,
jsonl) are written by :mod:`incident_tracker.exchange`, streamed one at a time. Rich is imported only
when something is drawn for a person.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .. import models

if TYPE_CHECKING:
    from rich.console import Console


def console(stderr: bool = False) -> Console:
    """A Rich console that honours NO_COLOR, never wraps data it cannot fit, and shows
    terminal control characters in data as escapes instead of sending them (``printable``)."""
    from rich.console import Console
    from rich.segment import Segment

    from ..report.text import printable

    class SafeConsole(Console):
        """Every string escaped before layout (``render_str``: table cells, printed text), and
        every segment's text again just before output (``Text`` objects built from data)."""

        def render_str(self, text: str, **kwargs: Any) -> Any:
            return super().render_str(printable(text), **kwargs)

        def _render_buffer(self, buffer: Any) -> str:
            safe = (s if s.control else Segment(printable(s.text), s.style, s.control) for s in buffer)
            return str(super()._render_buffer(safe))

    return SafeConsole(stderr=stderr, no_color="NO_COLOR" in os.environ or None, highlight=False)


def message(text: str) -> None:
    """A line for the person at the terminal, on stderr (control characters escaped)."""
    from ..report.text import printable

    print(printable(text), file=sys.stderr)


def json_default(value: Any) -> Any:
    return str(value)


def print_json(data: Any) -> None:
    """One JSON document on stdout, indented for people, UTF-8 kept readable.

    The only place the CLI turns a result into JSON, so every command's machine output
    looks alike. The format never depends on whether stdout is a terminal: piped output is
    what the terminal shows (without colour); --json asks for this.
    """
    print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))


def place_label(record: dict[str, Any]) -> str:
    """Resolved location if any, else the place as reported, else the country."""
    return str(record.get("location") or record.get("place") or models.country_name(record.get("country")) or "—")


def incidents_table(rows: Iterator[dict[str, Any]], title: str | None = None) -> tuple[Any, int]:
    """A Rich table of incidents; returns it with the row count."""
    from rich.table import Table

    from ..report.text import ATTRIBUTION_COLOURS, attribution_label

    table = Table(title=title, show_lines=False, header_style="bold")
    for name, justify, fixed in (
        ("ID", "right", True),
        ("Date", "left", True),
        ("Place", "left", False),
        ("Country", "left", True),
        ("Type", "left", False),
        ("Killed", "right", True),
        ("Injured", "right", True),
        ("Attribution", "left", False),
    ):
        table.add_column(name, justify=justify, no_wrap=fixed)  # type: ignore[arg-type]
    count = 0
    for record in rows:
        count += 1
        table.add_row(
            str(record["id"]),
            models.format_event_date(record["event_date"], record["event_date_end"], record["date_precision"]),
            place_label(record),
            record.get("country") or "—",
            record.get("sub_event_type") or record.get("event_type") or "—",
            models.format_toll(record["killed"], record["killed_low"], record["killed_high"]),
            models.format_toll(record["injured"], record["injured_low"], record["injured_high"]),
            f"[{ATTRIBUTION_COLOURS.get(record['attribution'], '')}]{_escape(attribution_label(record))}[/]",
        )
    return table, count


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _side_line(side: dict[str, Any] | None) -> str | None:
    if not side:
        return None
    kind = f"  ({side['type']} {side['type_label']})" if side["type"] else "  (type unknown: 'tracker actors add')"
    associated = f", as reported: {side['associated']}" if side.get("associated") else ""
    return f"{side['name']}{kind}{associated}"


def _deaths_by_side(record: dict[str, Any]) -> str | None:
    parts = [(label, record.get(name)) for label, name in _DEATH_LABELS]
    given = [f"{label} {value}" for label, value in parts if value is not None]
    return ", ".join(given) if given else None


_DEATH_LABELS = (("side 1", "deaths_a"), ("side 2", "deaths_b"), ("civilians", "deaths_civilians"),
                 ("unknown", "deaths_unknown"))  # fmt: skip


def render_incident(record: dict[str, Any], history: list[dict[str, Any]], sides: dict[str, Any] | None = None) -> None:
    """Everything about one incident, for a person."""
    from rich.table import Table

    out = console()
    deleted = f"  [bold red]DELETED[/] ({_escape(record['deleted_reason'] or '')})" if record["deleted_at"] else ""
    out.print(f"[bold]Incident {record['id']}[/]  [dim]{record['uid']}[/]{deleted}")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    rows: list[tuple[str, Any]] = [
        (
            "Date",
            models.format_event_date(record["event_date"], record["event_date_end"], record["date_precision"])
            + f"  (precision: {record['date_precision']})",
        ),
        ("Place (as reported)", record["place"]),
        ("Location", ", ".join(str(x) for x in (record["location"], record["admin2"], record["admin1"]) if x) or None),
        ("Country", f"{models.country_name(record['country'])} ({record['country']})" if record["country"] else None),
        (
            "Coordinates",
            f"{record['latitude']:.5f}, {record['longitude']:.5f}" if record["latitude"] is not None else None,
        ),
        ("Geo precision", record["geo_precision"]),
        ("Geocoder", record["geocoder"]),
        (
            "Origin",
            ", ".join(x for x in (record["origin_place"], models.country_name(record["origin_country"])) if x) or None,
        ),
        ("Type", " → ".join(x for x in (record["event_type"], record["sub_event_type"]) if x)),
        ("Weapons", ", ".join(record["weapons"]) or None),
        ("Target", record["target_type"]),
        (
            "Victims",
            ", ".join(x for x in (record["victims"], models.country_name(record["victim_nationality"])) if x) or None,
        ),
        (
            "Civilian targeting",
            None if record["civilian_targeting"] is None else ("yes" if record["civilian_targeting"] else "no"),
        ),
        ("Killed", _toll_line(record, "killed")),
        ("Deaths by side", _deaths_by_side(record)),
        ("Injured", _toll_line(record, "injured")),
        ("Attribution", record["attribution"]),
        ("Perpetrator", record["perpetrator"]),
        ("Attributed by", record["attributed_by"]),
        ("Side 1 (acted)", _side_line((sides or {}).get("actor1"))),
        ("Side 2 (hit)", _side_line((sides or {}).get("actor2"))),
        ("Interaction", (sides or {}).get("interaction") or None),
        ("Event clarity", record.get("event_clarity")),
        ("Description", record["description"]),
        ("Notes", record["notes"]),
        ("Tags", ", ".join(record["tags"]) or None),
        ("Created / updated", f"{record['created_at']} / {record['updated_at']}"),
    ]
    for label, value in rows:
        if value is not None and value != "":
            grid.add_row(label, _escape(str(value)))
    out.print(grid)
    if record["sources"]:
        sources = Table(title="Sources", title_justify="left", header_style="bold")
        for column in ("#", "Outlet", "Published", "Original", "URL / headline", "Note"):
            sources.add_column(column)
        for source in record["sources"]:
            sources.add_row(
                str(source["id"]),
                _escape(source["outlet"] or ""),
                source["published"] or "",
                _escape(source["source_original"] or ""),
                _escape("\n".join(x for x in (source["url"], source["headline"]) if x)),
                _escape("\n".join(x for x in (source["note"], _reliability(source)) if x)),
            )
        out.print(sources)
    else:
        out.print("[dim]No sources recorded: add one with 'tracker source add ID URL'.[/]")
    if record["links"]:
        out.print("[bold]Links:[/] " + ", ".join(f"{link['kind']} → {link['id']}" for link in record["links"]))
    if history:
        out.print(history_table(history))


def _reliability(source: dict[str, Any]) -> str:
    return f"reliability: {source['reliability']}" if source.get("reliability") else ""


def _toll_line(record: dict[str, Any], what: str) -> str:
    best, low, high, text = (record[what], record[f"{what}_low"], record[f"{what}_high"], record[f"{what}_text"])
    if best is None:
        return "unknown"
    line = models.format_toll(best, low, high)
    return f"{line}  (reported as “{text}”)" if text else line


def history_table(history: list[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title="History", title_justify="left", header_style="bold")
    for column in ("When", "Action", "Field", "Old", "New", "Reason"):
        table.add_column(column)
    for change in history:
        table.add_row(
            change["changed_at"],
            change["action"],
            change["field"] or "",
            _escape(change["old_value"] if change["old_value"] is not None else ""),
            _escape(change["new_value"] if change["new_value"] is not None else ""),
            _escape(change["reason"] or ""),
        )
    return table
