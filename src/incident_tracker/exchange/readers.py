"""Reading import files row by row, each row with the line it starts on.

A reader yields :class:`RawRow` objects: the values in our field names (cells still
as text for CSV, JSON values for JSON) and the row as it was in the file, for the
rejects file. Nothing here validates a record; the importer does.
"""

from __future__ import annotations

import csv
import json
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import ValidationError
from .columns import CSV_COLUMNS, row_converter
from .formats import ImportFormat, Layout


@dataclass
class RawRow:
    """One row of an import file."""

    line: int
    values: dict[str, Any]
    original: Any
    external: tuple[str, str] | None = None
    #: Actors the row names, with ACLED's inter code and country, for the dictionary.
    actors: list[tuple[str, int | None, str | None]] = field(default_factory=list)
    #: An ACLED row's one coded day and its time_precision, to tell a restated span from a new date.
    coded_date: tuple[str, str] | None = None


class RowError(ValidationError):
    """A row that cannot be imported: where it is, which column, and why.

    ``unit`` names where it is: the ``line`` of a CSV or JSON-lines file, the ``record`` (its
    place in the array) of a JSON file, whose records may span many lines or share one."""

    unit = "line"

    def __init__(self, message: str, *, line: int, original: Any, column: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.original = original
        self.column = column

    def __str__(self) -> str:
        where = f"{self.unit} {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


def check_regular_file(path: Path) -> None:
    """Refuse a missing path, a folder, and anything that is not a regular file.

    A device or a pipe is refused rather than read as empty input: an import reads its file
    twice (a check before the database is opened, then the rows), which a pipe cannot give,
    /dev/zero would never end, and "0 incidents imported" from /dev/null would hide a mistyped
    path. Standard input (``-``) is copied to a file first: see :func:`standard_input_copy`.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ValidationError(f"No file at {path}.") from None
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from None
    if stat.S_ISDIR(mode):
        raise ValidationError(f"{path} is a folder: give a csv, jsonl or json file to import.")
    if not stat.S_ISREG(mode):
        raise ValidationError(
            f"{path} is not a regular file (a device or a pipe): give a csv, jsonl or json file to import."
        )


#: What an import from standard input is called in its messages and in the history's reasons.
STDIN_LABEL = "standard input"


@contextmanager
def standard_input_copy(stream: IO[bytes], fmt: ImportFormat | str | None) -> Iterator[Path]:
    """Standard input (``tracker import -``) copied whole into a temporary file, removed afterwards,
    so it is read as any import file is (twice: checked before the database opens, then its rows).

    The format must be given: there is no file name to tell it, and sniffing the first
    character cannot tell a CSV file from text that is not one. A terminal is refused rather
    than waited on (a forgotten ``< file``)."""
    if not fmt:
        raise ValidationError(
            "Standard input ('-') has no file name to tell its format: name it (csv, jsonl or json).",
            field="format",
        )
    if stream.isatty():
        raise ValidationError("Standard input is a terminal: pipe the file in (with its format named, '< file.csv').")
    from .temporaries import temporary_beside

    # made with the signals held, so that one raised as it is made does not leave the copy behind (probe25)
    with temporary_beside(None, "tracker-import-", f".{ImportFormat(fmt).value}") as path:
        try:
            with path.open("wb") as copy:
                shutil.copyfileobj(stream, copy, 1 << 20)
            yield path
        finally:
            path.unlink(missing_ok=True)


def check_readable_text(path: Path, *, whole: bool = True, label: str | None = None) -> None:
    """Fail now, before a command opens (and perhaps creates) the database, if ``path`` is not a
    readable UTF-8 text file: a failed import must not leave a new empty database behind.

    ``whole=False`` checks only that the file is there (when the database exists already,
    the import's own reading finds the rest, and a large file is not read twice).
    """
    check_regular_file(path)
    not_utf16(path, label)
    if not whole:
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            while handle.read(1 << 20):
                pass
    except (UnicodeDecodeError, OSError) as exc:
        raise unreadable(label or path, exc, path) from None


def check_import_file(
    path: Path,
    fmt: ImportFormat | str | None,
    layout: Layout | str | None,
    *,
    whole: bool,
    label: str | None = None,
) -> None:
    """What can be checked of an import file before any write (so before a new database is
    made): that it is readable text (``whole``: all of it, see :func:`check_readable_text`), and
    that its format is one we import and fits the layout (GeoJSON is refused here). ``label``
    names the input in messages in place of ``path`` (standard input's copy)."""
    check_readable_text(path, whole=whole, label=label)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            head = handle.read(64)
    except (UnicodeDecodeError, OSError) as exc:
        raise unreadable(label or path, exc, path) from None
    kind = ImportFormat(fmt) if fmt else detect_format(path, head)
    if layout is not None and Layout(layout) is Layout.acled and kind is not ImportFormat.csv:
        raise ValidationError(ACLED_CSV_ONLY)


#: The acled layout's one format.
ACLED_CSV_ONLY = "The acled layout reads CSV files only (ACLED's own format)."


def not_utf16(path: Path, label: str | None = None) -> None:
    """Refuse a UTF-16 file (a spreadsheet's "Unicode text") by its first bytes: with a byte-order
    mark it failed as "not UTF-8" anyway, but without one its NUL bytes are valid UTF-8, and its
    header was read as column names of NULs and letters."""
    try:
        with path.open("rb") as handle:
            head = handle.read(256)
    except OSError as exc:
        raise unreadable(label or path, exc, path) from None
    if head.startswith(b"SQLite format 3\x00"):  # `tracker import other.db`: was told it is UTF-16 (probe18)
        raise ValidationError(
            f"{label or path} is an SQLite database, not a csv, jsonl or json file: export its incidents from it, "
            "and import that file. Nothing was imported."
        )
    # NUL in the first line only: a CSV header or a JSON opening never holds one, a cell may.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head.split(b"\n", 1)[0]:
        raise ValidationError(
            f"{label or path} is UTF-16 text (or not text at all), not UTF-8; save it as UTF-8 "
            '("CSV UTF-8" in a spreadsheet). Nothing was imported.'
        )


def unreadable(path: Path | str, exc: UnicodeDecodeError | OSError, file: Path) -> ValidationError:
    """The one-line error for an import file that is not UTF-8 text or cannot be read; ``path`` is
    its name in the message (a label, or the file), ``file`` the file read, searched for the first
    line that is not UTF-8."""
    if isinstance(exc, UnicodeDecodeError):
        found = first_line_not_utf8(file)
        where = f" (line {found[0]} holds the byte 0x{found[1]:02x})" if found else ""
        return ValidationError(
            f'{path} is not UTF-8 text{where}; save it as UTF-8 ("CSV UTF-8" in a spreadsheet). Nothing was imported.'
        )
    return ValidationError(f"Cannot read {path}: {exc.strerror}.")


def first_line_not_utf8(path: Path) -> tuple[int, int] | None:
    """The first line of ``path`` that is not UTF-8 and its first bad byte, or None (unreadable).

    Read again only when the decoder has failed; line by line is exact, as no byte of a UTF-8
    character is a newline. The line counts newlines, as an editor does (a quoted cell may span
    several), and a character cut by the end of the file is blamed on the last line."""
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    return number, line[exc.start]
    except OSError:
        return None
    return None


def detect_format(path: Path, head: str) -> ImportFormat:
    """From the file name, else from the first character of the file."""
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return ImportFormat.jsonl
    if suffix == ".json":
        return ImportFormat.json
    if suffix in {".csv", ".txt"}:
        return ImportFormat.csv
    if suffix == ".geojson":
        raise ValidationError("GeoJSON is an export format only; import csv, jsonl or json.")
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        return ImportFormat.json
    if stripped.startswith("{"):
        return ImportFormat.jsonl
    return ImportFormat.csv


#: The longest CSV cell we read: a cell holds whole descriptions and every source's
#: notes, and every file we write must import back (Python's default stops at 131,072).
LONGEST_CELL = 2**31 - 1


def csv_reader(handle: IO[str]) -> Any:
    """A strict CSV reader: a quote opened and never closed is an error, not the rest of the file."""
    csv.field_size_limit(LONGEST_CELL)
    return csv.reader(handle, strict=True)


class MalformedFile(ValidationError):
    """The file itself cannot be read on (broken quoting): no row after the error can be trusted."""


def csv_rows_checked(reader: Any) -> Iterator[list[str]]:
    """The rows of ``reader``; malformed CSV is one error naming the line where its row starts.

    Without ``strict`` an unterminated quote swallows the rest of the file into one cell,
    silently; with it the reader raises, and we say where the quote opened.
    """
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _malformed(start, exc) from None
        yield cells


def _malformed(start: int, exc: csv.Error) -> MalformedFile:
    text = str(exc)
    if "end of data" in text or "EOF" in text:
        text = "a quoted cell starts here and its closing quote is missing"
    return MalformedFile(f"line {start}: malformed CSV ({text}). Nothing was imported; fix the quotes.")


def csv_header(handle: IO[str]) -> tuple[Any, list[str]]:
    reader = csv_reader(handle)
    header = next(csv_rows_checked(reader), None)
    if header is None:
        raise ValidationError("The file is empty: a CSV import needs a header row.")
    return reader, [name.strip() for name in header]


def refuse_repeated_columns(header: list[str]) -> None:
    """A column named twice: which cell counts? Refused rather than letting the last one win."""
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise ValidationError(
            f"Column(s) {', '.join(repr(n) for n in repeated)} appear more than once in the header; "
            "keep one of each. Nothing was imported."
        )


def read_csv(handle: IO[str], *, safe: bool = True) -> Iterator[RawRow | RowError]:
    """Rows of a CSV file in our column set (see :data:`columns.CSV_COLUMNS`)."""
    reader, header = checked_csv_header(handle)
    yield from converted_csv_rows(reader, header, row_converter(header, safe=safe))


def checked_csv_header(handle: IO[str]) -> tuple[Any, list[str]]:
    """The reader and the header of a CSV file in our column set, refused if a column is
    unknown or repeated."""
    reader, header = csv_header(handle)
    refuse_repeated_columns(header)
    unknown = [name for name in header if name not in CSV_COLUMNS]
    if unknown:
        raise ValidationError(
            f"Unknown column(s) {', '.join(repr(n) for n in unknown)} in the header. "
            f"Columns: {', '.join(CSV_COLUMNS)} (or the acled layout for an ACLED file)."
        )
    return reader, header


class CsvCells:
    """A row of a CSV file in our column set, its cells as read (the importer reads the
    usual row straight from them, and makes a :class:`RawRow` of any other)."""

    __slots__ = ("line", "original")

    #: What a :class:`RawRow` of our own layout has: no external id, no actors.
    external: tuple[str, str] | None = None
    actors: tuple[tuple[str, int | None, str | None], ...] = ()

    def __init__(self, line: int, cells: list[str]) -> None:
        self.line = line
        self.original = cells


def read_csv_cells(handle: IO[str]) -> Iterator[CsvCells | RowError]:
    """:func:`read_csv` without the conversion: each row's cells, with its line, or the
    error of a row with the wrong number of cells."""
    reader, header = checked_csv_header(handle)
    width = len(header)
    start = reader.line_num + 1
    try:  # csv_rows_checked's error, without its call per row
        for cells in reader:
            line, start = start, reader.line_num + 1
            if len(cells) == width and (width != 1 or cells[0].strip()):
                yield CsvCells(line, cells)
            elif cells and (len(cells) != 1 or cells[0].strip()):  # a blank line is skipped, as converted_csv_rows does
                yield RowError(
                    f"expected {width} cells as in the header, found {len(cells)}", line=line, original=cells
                )
    except csv.Error as exc:
        raise _malformed(start, exc) from None


def converted_csv_rows(reader: Any, header: list[str], convert: Any) -> Iterator[RawRow | RowError]:
    """Each data row of a CSV file after its header, turned into a record by ``convert`` (our
    columns' or ACLED's), with the line it starts on; a blank line is skipped, and a row of the
    wrong width or one ``convert`` refuses becomes a :class:`RowError`, so one bad row never
    stops the rest being read."""
    width = len(header)
    start = reader.line_num + 1
    for cells in csv_rows_checked(reader):
        line, start = start, reader.line_num + 1
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue
        if len(cells) != width:
            yield RowError(f"expected {width} cells as in the header, found {len(cells)}", line=line, original=cells)
            continue
        try:
            raw = convert(cells)
        except ValidationError as exc:
            yield RowError(str(exc), line=line, original=cells)
            continue
        if isinstance(raw, RawRow):
            raw.line, raw.original = line, cells
            yield raw
        else:
            yield RawRow(line, raw, cells)


def read_jsonl(handle: IO[str]) -> Iterator[RawRow | RowError]:
    for number, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except ValueError as exc:
            yield RowError(f"not valid JSON ({exc.args[0]})", line=number, original=text.rstrip("\n"))
            continue
        except RecursionError:
            yield RowError("JSON nested too deeply to be a record", line=number, original=text[:200])
            continue
        yield _json_row(number, data)


def read_json(handle: IO[str]) -> Iterator[RawRow | RowError]:
    """A JSON array of records (read whole: JSON has no streaming form; use jsonl for big files)."""
    try:
        data = json.load(handle)
    except ValueError as exc:
        raise ValidationError(f"The file is not valid JSON ({exc}).") from None
    except RecursionError:
        raise ValidationError("The file's JSON is nested too deeply to be incident records.") from None
    if not isinstance(data, list):
        raise ValidationError("A JSON import must be an array of incident objects (or use jsonl, one per line).")
    for number, item in enumerate(data, start=1):
        yield _json_row(number, item)


def _json_row(number: int, data: Any) -> RawRow | RowError:
    if not isinstance(data, dict):
        return RowError("each record must be a JSON object", line=number, original=data)
    unknown = [key for key in data if key not in CSV_COLUMNS and key != "history"]  # history: JSON only
    if unknown:
        return RowError(f"unknown field(s) {', '.join(unknown)}", line=number, original=data)
    return RawRow(number, dict(data), data)
