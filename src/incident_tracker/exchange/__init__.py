"""Import and export: CSV, JSON lines, JSON, GeoJSON and ACLED's layout.

A library first: :func:`export_records` writes incidents from a store to any text
stream, :func:`import_file` reads a file into a store. The CLI (``tracker export``,
``tracker import``) only parses options, calls these and renders the summary.
Submodules are loaded on first use so that declaring the CLI options stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .export import ExportResult, export_records
    from .files import atomic_writer
    from .importer import ImportSummary, import_file

_EXPORTS = {
    "ExportResult": ".export",
    "export_records": ".export",
    "atomic_writer": ".files",
    "ImportSummary": ".importer",
    "import_file": ".importer",
}

__all__ = ["ExportResult", "ImportSummary", "atomic_writer", "export_records", "import_file"]

__getattr__ = lazy_exports(__name__, _EXPORTS)
