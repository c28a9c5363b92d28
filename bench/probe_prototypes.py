"""The candidate fixes ``bench/probe_hot.py`` measures against the library's current code, apart from the
measuring: each re-implements or patches one hot path with the same output (which the probe checks), so
a finding can be read as code before its figure is trusted. Findings from these runs are written up for
issue 17; none of this is the package's code.

* export: the temporary tables joined by id instead of four correlated subqueries a row;
* import: the row checks as they were before their fast path (the oracle of ``tests/test_import_fast.py``);
* duplicates: plain lines, one query per batch of pairs, each incident formatted once.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from incident_tracker.store import IncidentStore

ROOT = Path(__file__).resolve().parent.parent


def _escape(column: str) -> str:
    return f"replace(replace({column}, '\\', '\\\\'), ';', '\\;')"


def export_prototype_sql() -> tuple[list[str], str]:
    """The statements that fill the temporary tables, and the export SELECT joining them."""
    from incident_tracker.models import INCIDENT_FIELDS
    from incident_tracker.store.incidents import SOURCE_FIELDS

    source = ", ".join(f"'{f}', s.{f}" for f in SOURCE_FIELDS)
    prepare = [
        *(f"DROP TABLE IF EXISTS temp.x_{t}" for t in ("weapons", "tags", "sources", "links")),
        *(
            f"CREATE TABLE temp.x_{t} (incident_id INTEGER PRIMARY KEY, cell TEXT)"
            for t in ("weapons", "tags", "sources", "links")
        ),
        f"INSERT INTO temp.x_weapons SELECT incident_id, group_concat({_escape('weapon')}, '; ') "
        "FROM (SELECT incident_id, weapon FROM incident_weapons ORDER BY incident_id, rowid) GROUP BY incident_id",
        f"INSERT INTO temp.x_tags SELECT incident_id, group_concat({_escape('tag')}, '; ') "
        "FROM (SELECT incident_id, tag FROM incident_tags ORDER BY incident_id, rowid) GROUP BY incident_id",
        f"INSERT INTO temp.x_sources SELECT incident_id, json_group_array(json_object({source})) "
        "FROM (SELECT * FROM sources ORDER BY incident_id, id) AS s GROUP BY incident_id",
        "INSERT INTO temp.x_links SELECT me, "
        "group_concat(kind || ':' || (SELECT uid FROM incidents WHERE id = other), '; ') "
        "FROM (SELECT incident_id AS me, other_id AS other, kind, id FROM links UNION ALL "
        "SELECT other_id, incident_id, CASE kind WHEN 'duplicate_of' THEN 'duplicated_by' ELSE kind END, id FROM links "
        "ORDER BY 1, 4) GROUP BY me",
    ]
    columns = ", ".join(
        "xw.cell AS weapons"
        if c == "weapons"
        else "xt.cell AS tags"
        if c == "tags"
        else "CASE i.civilian_targeting WHEN 1 THEN 'true' WHEN 0 THEN 'false' END AS civilian_targeting"
        if c == "civilian_targeting"
        else "i." + c
        for c in INCIDENT_FIELDS
    )
    select = (
        f"SELECT {columns}, xs.cell AS sources, xl.cell AS links FROM incidents AS i "
        "LEFT JOIN temp.x_weapons AS xw ON xw.incident_id = i.id LEFT JOIN temp.x_tags AS xt ON xt.incident_id = i.id "
        "LEFT JOIN temp.x_sources AS xs ON xs.incident_id = i.id LEFT JOIN temp.x_links AS xl ON xl.incident_id = i.id"
    )
    return prepare, select


def patch_before() -> Callable[[], None]:
    """Install the import's row checks as they were before its fast path (issue 17): the
    oracle of ``tests/test_import_fast.py`` (``tests/_import_reference.py``: ``row_to_values``
    per row, ``parse_sources`` then ``check_source``, ``normalize_record`` and ``check_record``
    without remembered answers, ``_stamp`` without them), and the default garbage collector
    thresholds. Returns the function that takes them out again."""
    import contextlib

    import incident_tracker.exchange.importer as importer
    import incident_tracker.exchange.readers as readers
    import incident_tracker.store.records as records
    from incident_tracker.exchange.columns import row_to_values

    sys.path.insert(0, str(ROOT / "tests"))
    import _import_reference as ref

    def converter(header: list[str], *, safe: bool = True) -> Callable[[list[str]], dict[str, Any]]:
        return lambda cells: ref.row_to_values(dict(zip(header, cells, strict=True)), safe=safe)

    def sources(value: Any, check: Callable[[dict[str, Any]], dict[str, Any]]) -> list[dict[str, Any]]:
        return [ref.check_source(source) for source in ref.parse_sources(value)]

    class GeneralOnly(importer.RowPlan):  # the plan of a CSV header answers no row: all go the general way
        def __init__(self, header: list[str], *, safe: bool = True) -> None:
            super().__init__(header, safe=safe)
            self.convert = converter(header, safe=safe)

        def parse(self, cells: list[str]) -> None:
            return None

    saved = {
        (readers, "row_converter"): readers.row_converter,
        (importer, "RowPlan"): importer.RowPlan,
        (importer, "checked_sources"): importer.checked_sources,
        (importer, "normalize_record"): importer.normalize_record,
        (importer, "checked_stamp"): importer.checked_stamp,
        (importer, "_fewer_collections"): importer._fewer_collections,
        (records, "check_record"): records.check_record,
    }
    replacements = {
        (readers, "row_converter"): converter,
        (importer, "RowPlan"): GeneralOnly,
        (importer, "checked_sources"): sources,
        (importer, "normalize_record"): ref.normalize_record,
        (importer, "checked_stamp"): ref._stamp,
        (importer, "_fewer_collections"): contextlib.nullcontext,
        (records, "check_record"): ref.check_record,
    }
    assert row_to_values is not None  # the general function the fast converter replaced
    for (module, name), value in replacements.items():
        setattr(module, name, value)

    def undo() -> None:
        for (module, name), value in saved.items():
            setattr(module, name, value)

    return undo


_PAIR_COLUMNS = (
    "id, event_date, event_date_end, date_precision, location, place, country, killed, killed_low, killed_high"
)

_PAIR_NAMES = tuple(c.strip() for c in _PAIR_COLUMNS.split(","))


def plain_pairs_cached(pairs: list[Any], store: IncidentStore, out: io.StringIO) -> None:
    """Prototype output for a file or pipe: one query per batch of 50 pairs, one fixed-width line per
    incident, formatted once and reused (in a dense file an incident is in ~17 pairs, 1M bench), its row
    read only when first met."""
    from incident_tracker import models
    from incident_tracker.cli.render import place_label

    lines: dict[int, str] = {}
    for start in range(0, len(pairs), 50):
        batch = pairs[start : start + 50]
        wanted = list({i for p in batch for i in (p.first, p.second) if i is not None and i not in lines})
        if wanted:
            marks = ", ".join("?" * len(wanted))
            cursor = store.conn.execute(f"SELECT {_PAIR_COLUMNS} FROM incidents WHERE id IN ({marks})", wanted)
            for row in cursor:
                r = dict(zip(_PAIR_NAMES, row, strict=True))
                date = models.format_event_date(r["event_date"], r["event_date_end"], r["date_precision"])
                toll = models.format_toll(r["killed"], r["killed_low"], r["killed_high"])
                lines[r["id"]] = f"{r['id']:>8}  {date:<12}  {place_label(r):<24}  {toll:>6}  "
            if len(lines) > 200_000:  # bounded memory: pairs come in date order, old incidents do not return
                lines = {i: lines[i] for i in {i for p in batch for i in (p.first, p.second)} if i in lines}
        write = out.write
        for pair in batch:
            write(f"{lines[pair.first]}{pair.score:>5.2f}  {'; '.join(pair.reasons)}\n{lines[pair.second]}\n\n")
