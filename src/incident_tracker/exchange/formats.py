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
