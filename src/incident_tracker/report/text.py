"""Words, markers and bars shared by the report renderers (Rich and Markdown).

Attribution is shown with a one-character marker as well as a colour, so that it
survives ``NO_COLOR``, a black-and-white printout and a pasted Markdown brief.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..models import ATTRIBUTION_STATUSES, country_name
from .figures import Figures

if TYPE_CHECKING:
    from .timeline import Timeline

#: Characters a terminal may act on instead of showing: C0 controls but newline and tab, DEL,
#: the C1 controls (U+0080-U+009F, 8-bit CSI and OSC among them), and the bidi embeddings, overrides
#: and isolates (U+202A-U+202E, U+2066-U+2069); and the bidi marks (U+200E, U+200F, U+061C), which
#: are left out (``_MARKS``).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
#: The left-to-right, right-to-left and Arabic letter marks: invisible, they only nudge the order
#: a bidi terminal gives the letters around them, and a terminal that knows no bidi may give them a
#: cell, shifting a table's columns. Shown as nothing (an escape in every Persian sentence that
#: carries one would bury the text); the letters read the same without them.
_MARKS = frozenset("\u200e\u200f\u061c")


def printable(text: str) -> str:
    """``text`` with every terminal control character shown as an escape (``\\x1b``), never sent.

    Data typed or imported by anyone may hold ESC ] 0;… BEL (set the window title), ESC [2J
    (clear the screen), OSC 8 (a disguised link) or OSC 52 (write the clipboard): printed raw,
    the terminal would obey them. Bidirectional embeddings, overrides and isolates (U+202A-U+202E,
    U+2066-U+2069) are shown as ``\\u202e``: a right-to-left override would make ``exe.txt``
    read as ``txt.exe``, and one left open reverses the rest of the row. The bidi marks
    (U+200E, U+200F, U+061C) are left out. Newlines and tabs stay.
    Only the display is escaped; the stored text keeps its characters.
    """
    return _CONTROLS.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    if match.group() in _MARKS:
        return ""
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


#: One character per attribution status, readable without colour (legend printed with it).
ATTRIBUTION_MARKERS: dict[str, str] = {
    "unattributed": "U",
    "alleged": "A",
    "suspected": "S",
    "claimed": "C",
    "confirmed": "✓",
    "disputed": "D",
}

#: Colours for the same statuses, in the spirit of ``tracker list`` (brighter = more certain).
ATTRIBUTION_COLOURS: dict[str, str] = {
    "unattributed": "grey62",
    "alleged": "yellow",
    "suspected": "dark_orange",
    "claimed": "red",
    "confirmed": "bright_red",
    "disputed": "magenta",
}

BAR_WIDTH = 24


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (words or word + 's')}"


def attribution_label(incident: Mapping[str, Any]) -> str:
    """Status with the perpetrator or origin: "alleged: from Badakhshan"; the ``unattributed``
    that nobody stated is marked "unattributed (default)", apart from one a source told."""
    status = incident.get("attribution") or "unattributed"
    who = incident.get("perpetrator") or (f"from {incident['origin_place']}" if incident.get("origin_place") else None)
    if who and status != "unattributed":
        return f"{status}: {who}"
    return f"{status} (default)" if incident.get("attribution_default") else status


def place_text(incident: Mapping[str, Any]) -> str:
    """Where, from the most to the least precise: "near the Esteqlol border crossing, Tajikistan"."""
    parts = [
        incident.get("location") or incident.get("place"),
        incident.get("admin1"),
        country_name(incident.get("country")),
    ]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(str(part))
    return ", ".join(seen) or "place unknown"


def type_text(incident: Mapping[str, Any]) -> str:
    return str(incident.get("sub_event_type") or incident.get("event_type") or "type unknown")


def summary_sentence(figures: Figures) -> str:
    """The totals in one line that says how many incidents had no figure (the codebook's rule).

    "2 incidents: 5 killed; number injured unknown for both." "8 incidents: ≥13 killed (death
    toll unknown for 1); 6 injured (number injured unknown for 4)." Nothing about an unknown
    figure when every incident has one.
    """
    if not figures.count:
        return "No incidents."
    parts = []
    for what, unknown_text in (("killed", "death toll unknown"), ("injured", "number injured unknown")):
        unknown = figures.unknown(what)
        if figures.best(what) is None:
            every = "both" if unknown == 2 else f"all {unknown:,}"
            parts.append(f"{unknown_text} for {every}" if unknown > 1 else f"{unknown_text}")
        elif unknown:
            parts.append(f"{figures.toll(what)} {what} ({unknown_text} for {unknown:,})")
        else:
            parts.append(f"{figures.toll(what)} {what}")
    return f"{plural(figures.count, 'incident')}: {parts[0]}; {parts[1]}."


def attribution_mix_text(figures: Figures) -> str:
    """Markers and counts: "A1 U1" (order of the codebook)."""
    return " ".join(f"{ATTRIBUTION_MARKERS[s]}{n}" for s, n in figures.attribution_mix())


def attribution_words(figures: Figures) -> str:
    """Statuses and counts in words, for Markdown: "alleged 1, unattributed 1"."""
    return ", ".join(f"{s} {n}" for s, n in figures.attribution_mix())


def legend(statuses: list[str] | None = None) -> str:
    """ "U unattributed · A alleged …" for the statuses present (all if None)."""
    shown = [s for s in ATTRIBUTION_STATUSES if statuses is None or s in statuses]
    return " · ".join(f"{ATTRIBUTION_MARKERS[s]} {s}" for s in shown)


def bar_segments(figures: Figures, maximum: int, width: int = BAR_WIDTH) -> list[tuple[str, int]]:
    """(status, characters) of a bar ``figures.count / maximum`` of ``width`` long.

    Whole characters, split between statuses by largest remainder so the segments
    add up to the bar; at least one character for any non-empty period.
    """
    if not figures.count or not maximum:
        return []
    length = max(1, round(figures.count / maximum * width))
    mix = figures.attribution_mix() or [("unattributed", figures.count)]
    exact = [(status, n * length / figures.count) for status, n in mix]
    chars = {status: int(share) for status, share in exact}
    leftover = length - sum(chars.values())
    for status, _share in sorted(exact, key=lambda item: item[1] - int(item[1]), reverse=True)[:leftover]:
        chars[status] += 1
    return [(status, chars[status]) for status, _ in mix if chars[status]]


def capped_note(timeline: Timeline) -> str | None:
    """Says so when not every incident is listed (the figures always count all)."""
    if timeline.listed >= timeline.totals.count:
        return None
    if timeline.listed == 0:
        return "Incidents not listed (the maximum number of incidents is 0); the figures count all of them."
    return (
        f"Listed the {plural(timeline.listed, 'most recent incident')} of {timeline.totals.count:,}; "
        "the figures count all of them. Raise the maximum number of incidents to list more."
    )
