"""The shipped border place pack (``geo/data/border_places.tsv``) is well formed.

The pack is hand-curated data: these checks catch the slips a curator makes (a
province spelled differently from GeoNames, latitude and longitude swapped, a row
without its source, a duplicate) before the gazetteer ever loads the file.
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "incident_tracker" / "geo" / "data"
PACK = DATA / "border_places.tsv"

HEADER = [
    "name",
    "kind",
    "country",
    "border_with",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "aliases",
    "source",
    "notes",
]
KINDS = {"border_crossing", "border_post", "pass", "bridge", "district", "town"}
LINE_KINDS = {"border_crossing", "border_post", "pass", "bridge"}
REGION_COUNTRIES = {"AF", "TJ", "KG", "UZ", "TM", "PK", "IR", "CN"}
# The region's box: every place of the pack lies inside it (a swapped latitude and
# longitude, or a sign slip, lands outside).
LAT_RANGE = (24.0, 50.0)
LON_RANGE = (44.0, 90.0)


# Exclaves deeper than 25 km inside the country around them: the outline check uses that
# country (their `border_with`) instead of their own.
EXCLAVES = {"Sokh District"}


def _rows() -> list[dict[str, str]]:
    lines = [line for line in PACK.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header == HEADER
    rows = []
    for number, values in enumerate(reader, start=2):
        assert len(values) == len(HEADER), f"data row {number} has {len(values)} fields: {values[:2]}"
        rows.append(dict(zip(HEADER, values, strict=True)))
    return rows


def _admin1_names() -> dict[str, set[str]]:
    """Province names per country, as GeoNames writes them (name and ASCII name)."""
    names: dict[str, set[str]] = {}
    for line in (DATA / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _geonameid = line.split("\t")
        names.setdefault(code.split(".")[0], set()).update({name, ascii_name})
    return names


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return _rows()


def test_header_is_exact_and_comments_come_first() -> None:
    lines = PACK.read_text(encoding="utf-8").splitlines()
    first_data = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    assert lines[first_data].split("\t") == HEADER
    assert all(not line.startswith("#") for line in lines[first_data:])
    assert any("CC BY 4.0" in line for line in lines[:first_data]), "the licence credit is in the comments"


def test_every_field_is_clean(rows: list[dict[str, str]]) -> None:
    for row in rows:
        for column, value in row.items():
            assert value == value.strip(), f"{row['name']}: stray spaces in {column}"
            assert "\n" not in value and '"' not in value, f"{row['name']}: {column}"
        assert row["name"], row


def test_kinds_and_countries_are_known(rows: list[dict[str, str]]) -> None:
    admin1 = _admin1_names()
    for row in rows:
        assert row["kind"] in KINDS, row["name"]
        borders = set(filter(None, row["border_with"].split(";")))
        # A place of the region's countries, or the far side of one of their borders: a crossing
        # (Zhibek Zholy, Kazakhstan's side of the road to Tashkent) or, since geo134, a village or
        # district of Kazakhstan on its border with Kyrgyzstan or China (Masanchi, Alakol District).
        far_side = borders & REGION_COUNTRIES
        assert row["country"] in REGION_COUNTRIES or far_side, row["name"]
        for other in filter(None, row["border_with"].split(";")):
            assert other in admin1, f"{row['name']}: {other} is no ISO 3166-1 code"
            assert other != row["country"], row["name"]
        if row["kind"] != "district":
            assert row["border_with"], f"{row['name']}: a place on the line says which border"


def test_admin1_is_spelled_as_geonames_spells_it(rows: list[dict[str, str]]) -> None:
    admin1 = _admin1_names()
    for row in rows:
        assert row["admin1"] in admin1[row["country"]], f"{row['name']}: {row['admin1']!r}"
        if row["kind"] == "district":
            assert row["admin2"] == "", f"{row['name']}: a district row is its own admin2"


def test_coordinates_lie_in_the_region(rows: list[dict[str, str]]) -> None:
    for row in rows:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert LAT_RANGE[0] <= lat <= LAT_RANGE[1], f"{row['name']}: latitude {lat}"
        assert LON_RANGE[0] <= lon <= LON_RANGE[1], f"{row['name']}: longitude {lon}"


def test_every_row_names_its_source(rows: list[dict[str, str]]) -> None:
    for row in rows:
        urls = row["source"].split(";")
        assert urls and all(url.startswith("https://") and " " not in url for url in urls), row["name"]


def test_aliases_are_a_clean_list(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if not row["aliases"]:
            continue
        aliases = row["aliases"].split(";")
        assert all(alias and alias == alias.strip() for alias in aliases), row["name"]
        assert len(set(aliases)) == len(aliases), f"{row['name']}: repeated alias"
        assert row["name"] not in aliases, f"{row['name']}: the name is not its own alias"


def test_no_duplicate_places(rows: list[dict[str, str]]) -> None:
    # Twins (Muqur District of Badghis and of Ghazni) differ by province.
    keys = Counter((row["name"], row["country"], row["kind"], row["admin1"]) for row in rows)
    assert [key for key, count in keys.items() if count > 1] == []


def test_the_pack_covers_the_borders(rows: list[dict[str, str]]) -> None:
    on_the_line = [row for row in rows if row["kind"] in LINE_KINDS]
    # The issue asks for >= 80 on the line; the pack holds 85 (see the pack's README).
    assert len(on_the_line) >= 85
    names = {row["name"] for row in rows}
    for must in (
        "Torkham",
        "Sher Khan Bandar",
        "Irkeshtam",
        "Kharlachi",
        "Wesh",
        "Fotehobod",
        "Karamyk",
        "Incheh Borun",
        "Shamsiddin Shohin District",
        "Kurram District",
    ):
        assert must in names, must
    # Every border of the region has places on the line, and most have rows for both sides.
    pairs = {(row["country"], other) for row in on_the_line for other in row["border_with"].split(";")}
    both_sides = [("AF", "PK"), ("AF", "IR"), ("AF", "TJ"), ("AF", "TM"), ("IR", "TM"), ("IR", "PK")]
    both_sides += [("KG", "TJ"), ("TJ", "UZ"), ("UZ", "KG"), ("TM", "UZ"), ("KG", "CN"), ("PK", "CN")]
    for a, b in both_sides:
        assert (a, b) in pairs and (b, a) in pairs, (a, b)
    for a, b in (("AF", "UZ"), ("AF", "CN"), ("TJ", "CN")):  # the Uzbek post Ayritom is not sourced yet
        assert (a, b) in pairs or (b, a) in pairs, (a, b)


def _inside(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    crossings = 0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            crossings += 1
    return crossings % 2 == 1


def _km_to_ring(lon: float, lat: float, ring: list[tuple[float, float]]) -> float:
    squeeze = math.cos(math.radians(lat)) * 111.2
    best = math.inf
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        ax, ay = (x1 - lon) * squeeze, (y1 - lat) * 111.2
        dx, dy = (x2 - x1) * squeeze, (y2 - y1) * 111.2
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def test_every_place_lies_in_or_next_to_its_country(rows: list[dict[str, str]]) -> None:
    """A row's point is inside its country's outline, or within 25 km of it.

    The outlines are Natural Earth's 1:110m ones (shipped for the maps), so a place on the
    line can fall a few km outside them; a place put in the wrong country, or a far twin
    picked by mistake, falls much further.
    """
    from incident_tracker.report.basemap import countries

    outlines = countries()
    for row in rows:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        # The 1:110m outlines draw no exclaves: an exclave lies within the country around it.
        country = row["border_with"] if row["name"] in EXCLAVES else row["country"]
        rings = [list(polygon[0]) for polygon in outlines[country].polygons]
        if any(_inside(lon, lat, ring) for ring in rings):
            continue
        away = min(_km_to_ring(lon, lat, ring) for ring in rings)
        assert away <= 25, f"{row['name']}: {away:.0f} km outside {country}"


def test_exclaves_say_so(rows: list[dict[str, str]]) -> None:
    """A row let off the outline check is an exclave by its own notes, with one country around it."""
    by_name = {row["name"]: row for row in rows}
    for name in EXCLAVES:
        assert "exclave" in by_name[name]["notes"], name
        assert len(by_name[name]["border_with"].split(";")) == 1, name
