"""The file formats and layouts of import and export; a light module the CLI imports
to declare its options without loading the readers and writers."""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    json = "json"
    geojson = "geojson"


class ImportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


class Layout(StrEnum):
    """Column names and codes: ours (the codebook's), or ACLED's."""

    tracker = "tracker"
    acled = "acled"


#: The export format a file name asks for; any other name (or stdout) gets CSV.
_EXPORT_SUFFIXES = {
    ".csv": ExportFormat.csv,
    ".jsonl": ExportFormat.jsonl,
    ".ndjson": ExportFormat.jsonl,
    ".json": ExportFormat.json,
    ".geojson": ExportFormat.geojson,
}


def carries_history(fmt: ExportFormat, layout: Layout) -> bool:
    """Whether an export in ``fmt`` and ``layout`` has a place for each incident's history: JSON and
    JSON lines in the tracker's layout only (a CSV row, ACLED's columns and a GeoJSON feature have none)."""
    return layout is Layout.tracker and fmt in (ExportFormat.json, ExportFormat.jsonl)


def export_format_for(name: str | None, layout: Layout = Layout.tracker) -> ExportFormat:
    """The format of an export without --format: from the output file's extension, else CSV.

    ``-o week.json`` writes JSON, as ``tracker import week.json`` expects, never CSV under a
    JSON name; the ACLED layout, CSV only, refuses such a name rather than write CSV into it.
    """
    suffix = "." + name.rsplit(".", 1)[-1].lower() if name and "." in name else ""
    fmt = _EXPORT_SUFFIXES.get(suffix, ExportFormat.csv)
    if layout is Layout.acled and fmt is not ExportFormat.csv:
        from ..errors import ValidationError

        raise ValidationError(
            f"The acled layout writes CSV only (ACLED's own format), and {name} names a {fmt.value} file: "
            "give the output file a .csv name."
        )
    return fmt
