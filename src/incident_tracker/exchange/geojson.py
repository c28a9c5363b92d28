"""GeoJSON (RFC 7946) for a GIS: one Point feature per incident, streamed.

Coordinates are ``[longitude, latitude]`` as the RFC orders them; every other field
of the record is a property. Incidents without coordinates are left out (and
reported) unless the caller asks for them with a null geometry, which the RFC allows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import IncidentRecord
    from .export import ExportResult

_NOT_PROPERTIES = ("latitude", "longitude")


def feature(record: IncidentRecord) -> dict[str, Any]:
    """The GeoJSON feature of one record (geometry null when it has no coordinates)."""
    located = record.get("latitude") is not None and record.get("longitude") is not None
    return {
        "type": "Feature",
        "id": record["uid"],
        "geometry": {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]} if located else None,
        "properties": {k: v for k, v in record.items() if k not in _NOT_PROPERTIES},
    }


def write_geojson(
    records: Iterator[IncidentRecord], out: IO[str], result: ExportResult, *, null_geometry: bool = False
) -> None:
    """Stream the records as one FeatureCollection, a feature a line, so that no export holds
    them all in memory; an incident without coordinates is left out and named in ``result``
    (a GIS drops a null geometry silently) unless ``null_geometry`` asks for it."""
    out.write('{"type": "FeatureCollection", "features": [')
    for record in records:
        item = feature(record)
        if item["geometry"] is None and not null_geometry:
            result.without_coordinates.append(int(record["id"]))
            continue
        out.write(",\n " if result.count else "\n ")
        out.write(json.dumps(item, ensure_ascii=False, default=str))
        result.count += 1
    out.write("\n]}\n" if result.count else "]}\n")
