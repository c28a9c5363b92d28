"""The CSV file's shape, as far as the SQL that writes its cells (:mod:`.csv_lines`) needs it: the
columns in order, those that hold numbers, and the first characters of a formula. Defined here,
below ``exchange`` (whose :mod:`~incident_tracker.exchange.columns` gives the same names), so the
store never reaches up into the layer that reads and writes files.
"""

from __future__ import annotations

from ..models import INCIDENT_FIELDS

#: The CSV header, in order: the codebook's fields, then sources and links.
CSV_COLUMNS: tuple[str, ...] = (*INCIDENT_FIELDS, "sources", "links")

#: Columns that hold numbers; never formulas (a negative longitude stays -70.5).
NUMERIC_COLUMNS = frozenset(
    (
        "id",
        "latitude",
        "longitude",
        *(f for f in INCIDENT_FIELDS if f.startswith(("killed", "injured", "deaths_")) and "_text" not in f),
    )
)

#: First characters a spreadsheet treats as the start of a formula (OWASP CSV injection).
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
