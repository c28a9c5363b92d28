"""Turning records into output: one path for every command.

Data goes to stdout, messages to stderr; records in machine formats (csv, json,
jsonl) are written by :mod:`incident_tracker.exchange`, streamed one at a time. Rich is imported only
when something is drawn for a person.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import models

if TYPE_CHECKING:
    from rich.console import Console


def console(stderr: bool = False) -> Console:
    """A Rich console that honours NO_COLOR (set and not empty, as no-color.org asks), never wraps data it cannot fit,
    shows terminal control characters in data as escapes (``printable``), lays out strings in linear time."""
    from rich.console import Console
    from rich.segment import Segment

    from ..report.long_text import linear
    from ..report.text import printable
    from .shown import lookalikes_shown

    class SafeConsole(Console):
        """Every string escaped before layout (``render_str``: table cells, printed text), and
        every segment's text again just before output (``Text`` objects built from data). On a
        terminal whose encoding cannot spell a letter (ascii, latin-1) it is escaped before
        layout too (``\u0425``), so columns are measured as they will be shown."""

        def render_str(self, text: str, **kwargs: Any) -> Any:
            return linear(super().render_str(self._spellable(lookalikes_shown(printable(text))), **kwargs))

        def _render_buffer(self, buffer: Any) -> str:
            safe = (
                s if s.control else Segment(self._spellable(lookalikes_shown(printable(s.text))), s.style, s.control)
                for s in buffer
            )
            return str(super()._render_buffer(safe))

        def _spellable(self, text: str) -> str:
            return spellable(text, self.encoding)

    from .streams import unset_width

    # NO_COLOR is Rich's own to read (rich~=15: set and not empty, as no-color.org asks; an empty one counted before).
    return SafeConsole(stderr=stderr, highlight=False, width=unset_width())


def message(text: str) -> None:
    """A line for the person at the terminal, on stderr (control characters escaped, a huge value
    cut: :func:`short_line`, letters the terminal cannot show spelt: :func:`spellable`, a line
    break inside a value shown as ``\\n``: :func:`one_line`)."""
    from ..report.text import printable
    from .shown import lookalikes_shown

    print(short_line(spellable(one_line(lookalikes_shown(printable(text))), sys.stderr.encoding)), file=sys.stderr)


#: What ends a line for a terminal or for a program reading stderr line by line: newline (which
#: ``printable`` keeps), and the line and paragraph separators Python's ``splitlines`` breaks at.
_LINE_BREAKS = str.maketrans({"\n": "\\n", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def one_line(text: str) -> str:
    """``text`` with every line break shown as an escape (``\\n``): a message or an error is one
    line, and a path or a value it quotes cannot split it (``export -o $'a\\nb.csv'`` made the
    error two lines, the second reading as a line of its own). No message of ours holds a line
    break of its own: each is one sentence or more on one line. ``printable`` has escaped the
    other controls (a carriage return among them) already."""
    return text.translate(_LINE_BREAKS)


#: The drawing and punctuation of reports and messages in ASCII, for a terminal that cannot show
#: them (``PYTHONIOENCODING=ascii``): one character for one where a column's width depends on it.
ASCII_GLYPHS = {
    **dict.fromkeys("█▇▆▅▄▃▂▁▉▊▋▌▍▎▏", "#"),
    **dict.fromkeys("─━═", "-"),
    **dict.fromkeys("│┃║", "|"),
    **dict.fromkeys("·•", "."),
    **dict.fromkeys("–—", "-"),
    **dict.fromkeys("‘’", "'"),
    **dict.fromkeys("“”", '"'),
    "→": "->",
    "←": "<-",
    "…": "...",
    "×": "x",
    "\u00a0": " ",
}


def spellable(text: str, encoding: str | None) -> str:
    """``text`` as a terminal of ``encoding`` can show it: unchanged on UTF-8 (or an unknown
    encoding); elsewhere the tool's own glyphs in ASCII (:data:`ASCII_GLYPHS`) and a letter it
    cannot spell as an escape (``Хорог`` → ``\u0425\u043e…``), never a ``UnicodeEncodeError``."""
    if not encoding or encoding.lower().replace("_", "-").startswith("utf"):
        return text
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text
    spelt = []
    for character in text:
        try:
            character.encode(encoding)
            spelt.append(character)
        except UnicodeEncodeError:
            spelt.append(ASCII_GLYPHS.get(character) or character.encode("ascii", "backslashreplace").decode("ascii"))
    return "".join(spelt)


#: The longest message line shown whole, and how much of its start and end a longer one keeps.
LONGEST_LINE, KEPT_START, KEPT_END = 1000, 400, 300


def short_line(text: str) -> str:
    """``text``, or, past :data:`LONGEST_LINE` characters, its start and end around a note of how
    much was left out. A message or an error quotes the value it is about; a 100,000-character
    argument (``--country "$(cat file)"``) made a "one-line" error of 1,250 terminal lines, with
    what to do about it at its very end. The end is kept for that."""
    if len(text) <= LONGEST_LINE:
        return text
    left_out = len(text) - KEPT_START - KEPT_END
    return f"{text[:KEPT_START]} … ({left_out:,} characters left out) … {text[-KEPT_END:]}"


def place_label(record: Mapping[str, Any]) -> str:
    """Resolved location if any, else the place as reported, else the country."""
    return str(record.get("location") or record.get("place") or models.country_name(record.get("country")) or "—")


#: The list's columns that give way, whole, when the table cannot fit even with its words
#: folded (below 75 to 85 columns): the least read first; ID, Date and Place always stay, so a
#: row can be found and read in full with 'tracker show ID'.
LEFT_OUT_FIRST = ("Injured", "Country", "Attribution", "Type", "Killed")


def incidents_table(rows: Iterator[models.IncidentRecord], title: str | None = None) -> tuple[Any, int]:
    """A Rich table of incidents; returns it with the row count.

    Built to read at 80 columns: no side borders, country as its ISO code, and every
    column at least as wide as its longest word, so place names and attributions wrap
    at spaces instead of being cut ("Tajiki…", "allege…"). Where even folded words cannot
    fit all eight columns (below 75 to 85, as the values need), :data:`LEFT_OUT_FIRST` give way whole.
    """
    from rich import box
    from rich.table import Table

    from ..report.terminal import whole_words
    from ..report.text import ATTRIBUTION_COLOURS, attribution_label

    table = Table(
        title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True, header_style="bold"
    )
    for name, justify, fixed in (
        ("ID", "right", True),
        ("Date", "left", False),  # a span wraps at its dash
        ("Place", "left", False),
        ("Country", "left", True),
        ("Type", "left", False),
        ("Killed", "right", True),
        ("Injured", "right", True),
        ("Attribution", "left", False),
    ):
        # never "…": a word too long for any width is folded onto the next line, not cut
        table.add_column(name, justify=justify, no_wrap=fixed, overflow="fold")  # type: ignore[arg-type]
    count = 0
    for record in rows:
        count += 1
        table.add_row(
            str(record["id"]),
            models.date_label(record),
            _escape(one_line(place_label(record))),  # a line break stored before names were tidied: ``\n``
            record.get("country") or "—",
            _breakable(record.get("sub_event_type") or record.get("event_type") or "—"),
            models.Casualties.of(record, "killed").shown(),
            models.Casualties.of(record, "injured").shown(),
            # A status out of the codebook (written by another program) has no colour: plain, escaped text
            # (an empty ``[]`` tag would have made the closing ``[/]`` a markup error).
            _coloured(ATTRIBUTION_COLOURS.get(record["attribution"]), _escape(attribution_label(record))),
        )
    return whole_words(table, leave_out=LEFT_OUT_FIRST), count


def _breakable(label: str, longest: int = 12) -> str:
    """'Explosions/Remote violence' → 'Explosions / Remote violence': a slash-joined word
    too long for a narrow column gets spaces, where a table may wrap it, instead of a cut."""
    return " ".join(word.replace("/", " / ") if len(word) > longest else word for word in label.split(" "))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _side_line(side: dict[str, Any] | None) -> str | None:
    if not side:
        return None
    kind = f"  ({side['type']} {side['type_label']})" if side["type"] else "  (type unknown: 'tracker actors add')"
    associated = f", as reported: {side['associated']}" if side.get("associated") else ""
    return f"{side['name']}{kind}{associated}"


def _deaths_by_side(record: models.IncidentRecord) -> str | None:
    parts = [(label, record.get(name)) for label, name in _DEATH_LABELS]
    given = [f"{label} {value}" for label, value in parts if value is not None]
    return ", ".join(given) if given else None


_DEATH_LABELS = (("side 1", "deaths_a"), ("side 2", "deaths_b"), ("civilians", "deaths_civilians"),
                 ("unknown", "deaths_unknown"))  # fmt: skip


def _coloured(colour: str | None, escaped: str) -> str:
    """Rich markup giving ``escaped`` (already escaped) a colour, or the text alone when there is none."""
    return f"[{colour}]{escaped}[/]" if colour else escaped


def render_incident(
    record: models.IncidentRecord, history: list[dict[str, Any]], sides: dict[str, Any] | None = None
) -> None:
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
            models.date_label(record) + f"  (precision: {record['date_precision']})",
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
        (
            "Attribution",
            f"{record['attribution']} (the default: nobody stated an attribution)"
            if record.get("attribution_default")
            else record["attribution"],
        ),
        ("Perpetrator", record["perpetrator"]),
        ("Attributed by", record["attributed_by"]),
        ("Side 1 (acted)", _side_line((sides or {}).get("actor1"))),
        ("Side 2 (hit)", _side_line((sides or {}).get("actor2"))),
        ("Interaction", (sides or {}).get("interaction") or None),
        ("Event clarity", record.get("event_clarity")),
        ("Description", record["description"]),
        ("Notes", record["notes"]),
        ("Tags", ", ".join(record["tags"]) or None),
        ("Created", when(record["created_at"])),
        ("Updated", when(record["updated_at"])),
    ]
    for label, value in rows:
        if value is not None and value != "":
            grid.add_row(label, _escape(str(value)))
    out.print(grid)
    if record["sources"]:
        out.print("[bold]Sources[/]")
        for source in record["sources"]:
            print_source(out, source)
    else:
        out.print("[dim]No sources recorded: add one with 'tracker source add ID URL'.[/]")
    if record["links"]:
        out.print("[bold]Links:[/] " + ", ".join(f"{link['kind']} → {link['id']}" for link in record["links"]))
    if history:
        table = history_table(history)
        print_fitted(out, table, [table], "'tracker history ID --json' gives every field")


SOURCE_INDENT = 5


def print_source(out: Console, source: dict[str, Any]) -> None:
    """One source as a short block: who and when, the headline, the URL whole, the note.

    The URL is printed on its own line and never wrapped or cut (``soft_wrap``): a terminal
    folds it on screen, a pipe or a file gets it whole on one line, to click or copy.
    """
    from rich.padding import Padding

    from ..report.long_text import LinearText as Text

    who = " · ".join(x for x in (source["outlet"], source["published"], source["source_original"]) if x)
    out.print(Padding(Text(f"#{source['id']}".ljust(SOURCE_INDENT) + (who or "(outlet not recorded)")), (0, 0, 0, 0)))
    indent = (0, 0, 0, SOURCE_INDENT)
    if source["headline"]:
        out.print(Padding(Text(f"“{source['headline']}”"), indent))
    if source["url"]:
        out.print(" " * SOURCE_INDENT + source["url"], soft_wrap=True, markup=False)
    for line in (source["note"], _reliability(source)):
        if line:
            out.print(Padding(Text(line, style="dim"), indent))


def when(stamp: str | None) -> str:
    """A stored UTC timestamp as people read it, time of day kept: '2025-11-24 08:32:35 UTC'."""
    if not stamp:
        return ""
    return stamp.replace("T", " ").removesuffix("Z") + (" UTC" if stamp.endswith("Z") else "")


def _reliability(source: dict[str, Any]) -> str:
    return f"reliability: {source['reliability']}" if source.get("reliability") else ""


def _toll_line(record: models.IncidentRecord, what: models.Toll) -> str:
    toll = models.Casualties.of(record, what)
    if toll.best is None:
        return "unknown"
    return f"{toll.shown()}  (reported as “{toll.text}”)" if toll.text else toll.shown()


def readable_value(value: str | None) -> str:
    """A history value for people: a recorded source or link (stored as JSON) as one
    'field: value' line per field given, anything else as it is."""
    if value is None:
        return ""
    if value.startswith("{"):
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if isinstance(data, dict):
            return "\n".join(f"{key}: {item}" for key, item in data.items() if item not in (None, "", []))
    return value


def history_table(history: list[dict[str, Any]]) -> Any:
    """Every change, one row each, readable at 80 columns: the time of day is kept (the
    column never wraps), a recorded source or link reads as fields, words are never cut."""
    from rich import box
    from rich.table import Table

    from ..report.terminal import whole_words

    table = Table(
        title="History",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        header_style="bold",
    )
    table.add_column("When (UTC)", no_wrap=True)
    for column in ("Change", "Old", "New", "Reason"):
        table.add_column(column, overflow="fold")
    for change in history:
        action, name = change["action"], change["field"] or ""
        what = action if not name or name in (action, f"{action}s") else f"{action} {name}"
        table.add_row(
            when(change["changed_at"]).removesuffix(" UTC"),
            what,
            _escape(readable_value(change["old_value"])),
            _escape(readable_value(change["new_value"])),
            _escape(_with_arrival(change)),
        )
    return whole_words(table, leave_out=HISTORY_LEFT_OUT_FIRST)


#: The history's columns a narrow terminal loses first (below about 65 columns even folded words do not fit):
#: the reason, then the old value, then the time; what changed and to what stay.
HISTORY_LEFT_OUT_FIRST = ("Reason", "Old", "When (UTC)")


def print_fitted(out: Console, renderable: Any, tables: list[Any], hint: str = "--json gives every field") -> None:
    """Print ``renderable`` and say which columns its fitting tables (:class:`~..report.table_fit.FittingTable`)
    left out to fit the terminal: one behaviour for every table, as ``tracker list``'s (the console had cut
    ``history``, ``stats`` and ``config show`` at its edge below about 60 columns, and said nothing)."""
    out.print(renderable)
    left_out = list(dict.fromkeys(header for table in tables for header in table.left_out))
    if left_out:
        message(f"Left out at {out.width} columns: {', '.join(left_out)} ({hint}).")


def _with_arrival(change: dict[str, Any]) -> str:
    """A row's reason, and for a row another database made, the import that brought it."""
    reason, came = change["reason"] or "", change.get("imported")
    return f"{reason} (came in by {came})".strip() if came else reason
