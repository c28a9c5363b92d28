"""``tracker map`` and ``tracker brief``: the files they write, what the files show, offline.

Real databases in temporary folders, the real CLI; the images are checked by their
structure (PNG header and size, SVG parsed as XML with the layers named by ``gid``), the
HTML by what it loads (nothing from the network) and by what it says.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import copy_of_built
from incident_tracker.report.geomap import ATTRIBUTION_HEX, marker_area
from incident_tracker.store import IncidentStore

ROOT = Path(__file__).resolve().parent.parent

#: One incident per way of being located (ids 1–7 in this order).
INCIDENTS = [
    {"place": "Khorugh", "country": "TJ", "latitude": 37.49, "longitude": 71.55, "geo_precision": "exact",
     "killed": 4, "attribution": "claimed", "perpetrator": "Group X"},
    {"place": "near Ishkashim", "country": "AF", "latitude": 36.71, "longitude": 71.57, "geo_precision": "near",
     "killed": 1, "attribution": "suspected"},
    {"place": "Badakhshan", "admin1": "Badakhshan", "country": "AF", "latitude": 37.12, "longitude": 70.58,
     "geo_precision": "admin1", "killed": 12, "killed_low": 10, "killed_high": 15, "attribution": "alleged"},
    {"place": "Kulob district", "admin1": "Khatlon", "country": "TJ", "latitude": 37.91, "longitude": 69.78,
     "geo_precision": "admin2", "killed": 0, "attribution": "unattributed"},
    {"place": "Dushanbe", "country": "TJ", "latitude": 38.56, "longitude": 68.79, "geo_precision": "exact",
     "killed": None, "attribution": "confirmed", "perpetrator": "Group Y"},
    {"place": "Panj", "country": "TJ", "latitude": 37.23, "longitude": 69.10, "geo_precision": "exact",
     "killed": 0, "attribution": "unattributed"},
    {"place": "somewhere in Afghanistan", "country": "AF", "geo_precision": "country", "killed": 2,
     "attribution": "disputed"},
]  # fmt: skip


@pytest.fixture
def map_db(db_path: Path) -> Path:
    """The seven incidents, added through the library once a session and copied for each test
    (``copy_of_built``: the adds geocode, ~0.2 s of CPU a test)."""

    def build(target: Path) -> None:
        store = IncidentStore.open(target)
        for day, values in enumerate(INCIDENTS, start=24):
            record = {"event_date": f"2025-11-{day}", "event_type": "Battles", **values}
            store.add(record, sources=[{"url": f"https://example.org/report/{day}", "outlet": "Example Wire"}])
        store.close()

    return copy_of_built("map_db", db_path, build)


def svg_ids(path: Path) -> set[str]:
    tree = ET.parse(path)  # raises if the SVG is not well-formed XML
    assert tree.getroot().tag == "{http://www.w3.org/2000/svg}svg"
    return {element.get("id", "") for element in tree.iter()} - {""}


def svg_group(path: Path, gid: str) -> str:
    """The XML text of the element with this id."""
    for element in ET.parse(path).iter():
        if element.get("id") == gid:
            return ET.tostring(element, encoding="unicode")
    raise AssertionError(f"no element {gid!r} in {path.name}")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


class Loads(HTMLParser):
    """Every resource a page would load (script/style/image sources), and its plain links."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.inline_scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "a":
            self.links.append(values.get("href", ""))
            return
        for name in ("src", "href", "xlink:href", "srcset", "data"):
            if name in values:
                self.loads.append((tag, values[name]))
        if tag == "script" and "src" not in values:
            self.inline_scripts += 1


def remote_loads(page: str) -> list[tuple[str, str]]:
    parser = Loads()
    parser.feed(page)
    return [(tag, url) for tag, url in parser.loads if url.lower().startswith(("http:", "https:", "//"))]


# --- tracker map ----------------------------------------------------------------------


def test_map_png_is_a_whole_image(map_db, run, tmp_path):
    out = tmp_path / "map.png"
    result = run("map", "--out", str(out))
    assert result.stdout.strip() == str(out)
    assert png_size(out) == (1100, 760)
    assert "6 of 7 incidents at their location" in result.stderr
    assert "1 located only to a country" in result.stderr


def test_map_svg_has_its_layers(map_db, run, tmp_path):
    out = tmp_path / "map.svg"
    run("map", "--out", str(out))
    ids = svg_ids(out)
    for layer in ("countries", "legend", "scale-bar", "scale-bar-label", "credit", "inset", "not-drawn-list"):
        assert layer in ids, layer
    assert {"country-label-TJ", "country-label-AF"} <= ids
    credit = svg_group(out, "credit")
    assert "Natural Earth" in credit and "GeoNames" in credit


def test_each_precision_is_drawn_as_what_it_is(map_db, run, tmp_path):
    out = tmp_path / "map.svg"
    run("map", "--out", str(out))
    ids = svg_ids(out)
    assert "incident-1-point" in ids  # exact: a marker
    assert {"incident-2-near-ring", "incident-2-point"} <= ids  # near: a marker in a ring
    assert "incident-3-admin1-area" in ids and "incident-3-point" not in ids  # province: a circle, no pin
    assert "incident-4-admin2-area" in ids and "incident-4-point" not in ids  # district: a circle, no pin
    assert not any(i.startswith("incident-7-") for i in ids)  # country only: not a point…
    assert "country-only-AF" in ids  # …its country hatched…
    assert "#7" in svg_group(out, "not-drawn-list")  # …and the incident listed
    # The province's circle is larger than the district's.
    assert svg_group(out, "incident-3-admin1-area") != svg_group(out, "incident-4-admin2-area")


def test_unknown_toll_is_drawn_unlike_zero(map_db, run, tmp_path):
    out = tmp_path / "map.svg"
    run("map", "--out", str(out))
    unknown, zero = svg_group(out, "incident-5-unknown-toll"), svg_group(out, "incident-6-point")
    assert "fill: #ffffff" in unknown and ATTRIBUTION_HEX["confirmed"] in unknown  # hollow, coloured edge
    assert f"fill: {ATTRIBUTION_HEX['unattributed']}" in zero  # filled
    assert "incident-5-unknown-mark" in svg_ids(out)  # and a "?" on it
    assert marker_area(None) > marker_area(0) and marker_area(0) < marker_area(1) < marker_area(20)


def test_map_applies_the_filters(map_db, run, tmp_path):
    out = tmp_path / "claimed.svg"
    result = run("map", "--attribution", "claimed", "--out", str(out))
    ids = svg_ids(out)
    assert "incident-1-point" in ids
    assert not any(i.startswith(("incident-2", "incident-3", "incident-5")) for i in ids)
    assert "1 of 1 incidents" in result.stderr
    run("map", "--country", "AF", "--out", str(out), "--force")
    ids = svg_ids(out)
    assert "incident-3-admin1-area" in ids and "incident-1-point" not in ids


def test_map_refuses_what_it_cannot_write(map_db, run, tmp_path):
    bad = run("map", "--out", str(tmp_path / "map.jpg"), expect=2)
    assert bad.stderr.startswith("Error: --out: Cannot write a map as '.jpg'") and len(bad.stderr.splitlines()) == 1
    none = run("map", "--type", "protests", "--out", str(tmp_path / "none.png"), expect=1)
    assert "no file written" in none.stderr
    assert not (tmp_path / "none.png").exists()
    run("map", "--tiles", "https://tiles.example/{z}/{x}/{y}.png", "--out", str(tmp_path / "m.png"), expect=2)


def test_html_map_opens_offline(map_db, run, tmp_path):
    out = tmp_path / "map.html"
    run("map", "--format", "html", "--out", str(out))
    page = out.read_text()
    assert remote_loads(page) == []
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        'createElementNS("http://www.w3.org/2000/svg"', ""
    )
    assert 'class="area admin1"' in page and 'class="marker unknown-toll"' in page
    assert "#7</b>" in page  # the country-only incident is listed


def test_html_map_uses_tiles_only_when_asked(map_db, run, tmp_path):
    out = tmp_path / "map.html"
    run("map", "--format", "html", "--tiles", "https://tiles.example/{z}/{x}/{y}.png", "--out", str(out))
    page = out.read_text()
    assert '"tiles": "https://tiles.example/{z}/{x}/{y}.png"' in page
    assert "terms apply" in page
    bad = run(
        "map", "--format", "html", "--tiles", "https://tiles.example/t.png", "--out", str(out), "--force", expect=2
    )
    assert "{z}, {x} and {y}" in bad.stderr


def test_map_of_the_shipped_database_shows_both_attacks(run, tmp_path):
    shutil.copy(ROOT / "incidents.db", tmp_path / "shipped.db")
    out = tmp_path / "seed.svg"
    result = run("--db", str(tmp_path / "shipped.db"), "map", "--out", str(out))
    # #1 is located to its district (Shamsiddin Shohin, from the border-place pack): drawn as
    # a district-sized area, not a pin; #2 is known only to the country: hatched and listed.
    listing = svg_group(out, "not-drawn-list")
    assert "#2" in listing and "#1" not in listing
    assert "country-only-TJ" in svg_ids(out)
    assert "1 of 2 incidents" in result.stderr and "1 admin2" in result.stderr, result.stderr


# --- tracker brief --------------------------------------------------------------------


def set_history_time(db_path: Path, incident_id: int, changed_at: str) -> None:
    """Pretend an incident was recorded at a given moment (the history's UTC timestamp)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE history SET changed_at = ? WHERE incident_id = ?", [changed_at, incident_id])
    conn.close()


def test_brief_html_is_self_contained_and_complete(map_db, run, tmp_path):
    out = tmp_path / "brief.html"
    run("brief", "--since", "2025-11-24", "--until", "2025-11-30", "--out", str(out))
    page = out.read_text()
    parser = Loads()
    parser.feed(page)
    assert remote_loads(page) == []
    assert parser.inline_scripts == 0
    images = [url for tag, url in parser.loads if tag == "img"]
    assert len(images) == 2 and all(url.startswith("data:image/svg+xml;base64,") for url in images)
    assert "https://example.org/report/24" in parser.links  # sources are links to follow
    assert "2025-11-24 – 2025-11-30 (UTC)" in page  # the window as written
    for heading in ("New or revised in the window", "Where and when", "Attribution", "Incidents (7)"):
        assert heading in page
    # Headline: 19 killed as best estimates (4+1+12+0+0+2), 17–22 with the range; one unknown toll.
    assert "19 (17–22)" in page
    assert "province only" in page and "country only; no coordinates" in page and "district only" in page


def test_brief_counts_unknown_tolls_apart(map_db, run, tmp_path):
    out = tmp_path / "brief.md"
    run("brief", "--since", "2025-11-24", "--until", "2025-11-30", "--out", str(out))
    text = out.read_text()
    assert "- **Unknown tolls: 1** — incidents without a death toll" in text
    assert "Killed **?**" in text and "Killed **0**" in text


def test_brief_markdown_writes_its_images_beside_it(map_db, run, tmp_path):
    out = tmp_path / "daily.md"
    result = run("brief", "--since", "2025-11-24", "--until", "2025-11-30", "--out", str(out))
    text = out.read_text()
    assert "![Map of the incidents](daily-map.png)" in text
    assert "![Incidents and killed per period](daily-chart.png)" in text
    assert png_size(tmp_path / "daily-map.png")[0] > 0 and png_size(tmp_path / "daily-chart.png")[0] > 0
    assert "[Example Wire](https://example.org/report/24)" in text
    assert "daily-map.png" in result.stderr


def test_brief_filters_and_window_apply(map_db, run, tmp_path):
    out = tmp_path / "brief.md"
    run("brief", "--since", "2025-11-26", "--until", "2025-11-27", "--country", "TJ", "--out", str(out))
    text = out.read_text()
    assert "Incidents (1)" in text and "Kulob district" in text  # 26 Nov is Afghan, 27 Nov Tajik
    assert "Badakhshan" not in text and "Khorugh" not in text


def test_tz_decides_what_is_new_in_the_window(map_db, run, tmp_path):
    """Recorded 11:45 UTC = 16:15 in Kabul: inside a 16:00–16:00 UTC window, after a 16:00–16:00 Kabul one."""
    set_history_time(map_db, 1, "2025-11-30T11:45:00Z")
    window = ["--since", "2025-11-29 16:00", "--until", "2025-11-30 16:00"]
    out = tmp_path / "brief.md"
    run("brief", *window, "--tz", "UTC", "--out", str(out))
    text = out.read_text()
    assert "**#1** 2025-11-24, Khorugh, Tajikistan: new; recorded 30 Nov 2025 11:45" in text
    assert "2025-11-29 16:00 – 2025-11-30 16:00 (UTC)" in text
    run("brief", *window, "--tz", "Asia/Kabul", "--out", str(out), "--force")
    text = out.read_text()
    assert "Nothing was recorded or revised in the window." in text
    assert "2025-11-29 16:00 – 2025-11-30 16:00 (Asia/Kabul)" in text
    run(
        "brief",
        "--since",
        "2025-11-30 16:00",
        "--until",
        "2025-12-01 16:00",
        "--tz",
        "Asia/Kabul",
        "--out",
        str(out),
        "--force",
    )
    assert "new; recorded 30 Nov 2025 16:15" in out.read_text()  # shown in the desk's time


def test_a_late_report_is_news_but_not_in_the_figures(map_db, run, tmp_path):
    """Recorded in the window, dated long before it: listed as new, said to be outside the totals."""
    set_history_time(map_db, 3, "2026-01-10T09:00:00Z")
    out = tmp_path / "brief.md"
    run("brief", "--since", "2026-01-10", "--until", "2026-01-10", "--out", str(out))
    text = out.read_text()
    assert (
        "- **#3** 2025-11-26, Badakhshan, Afghanistan: new; recorded 10 Jan 2026 09:00. 12 (10–15) killed, alleged. "
        "Dated outside the window: not in the figures below." in text
    )
    assert "- **Incidents: 0** — none match the window and filter" in text and "## Incidents (0)" in text


def test_revisions_and_their_reasons_are_news(map_db, run, tmp_path):
    run("edit", "1", "--killed", "4-6", "--reason", "second report")
    out = tmp_path / "brief.md"
    run("brief", "--since", "2020-01-01", "--until", "2030-12-31", "--out", str(out))
    text = out.read_text()
    assert (
        "**#1** 2025-11-24, Khorugh, Tajikistan: new, revised killed (low) ? → 4; killed (high) ? → 6 (second report)"
        in text
    )


def test_a_deletion_in_the_window_is_news(map_db, run, tmp_path):
    run("delete", "6", "--reason", "same protest as #4")
    out = tmp_path / "brief.md"
    run("brief", "--since", "2020-01-01", "--until", "2030-12-31", "--out", str(out))
    text = out.read_text()
    assert "- **#6** 2025-11-29, Panj, Tajikistan: new, deleted (same protest as #4)" in text
    assert "## Incidents (6)" in text  # no longer counted


def test_the_desk_time_zone_comes_from_the_config(map_db, run, tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('timezone = "Asia/Kabul"\n')
    out = tmp_path / "brief.md"
    run("brief", "--since", "2025-11-24", "--until", "2025-11-30", "--out", str(out))
    assert "(Asia/Kabul)" in out.read_text()
    monkeypatch.setenv("TRACKER_TZ", "Asia/Dushanbe")
    run("brief", "--since", "2025-11-24", "--until", "2025-11-30", "--out", str(out), "--force")
    assert "(Asia/Dushanbe)" in out.read_text()
    config.write_text('timezone = "Mars/Olympus"\n')
    bad = run("brief", "--out", str(out), "--force", expect=2)
    assert "timezone must be an IANA time zone name" in bad.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--out", "brief.pdf"], "print it to PDF from a browser"),
        (["--out", "brief.docx"], "use .html or .md"),
        (["--tz", "Nowhere/City", "--out", "b.html"], "Unknown time zone 'Nowhere/City'"),
        (["--since", "2025-11-30 16:00", "--until", "2025-11-30 10:00", "--out", "b.html"], "--since: The window ends"),
        (["--since", "2025-11-30 25:00", "--out", "b.html"], "Cannot read '2025-11-30 25:00'"),
    ],
)
def test_brief_refuses_in_one_line(map_db, run, tmp_path, args, says):
    result = run("brief", *[str(tmp_path / a) if a.startswith(("brief.", "b.")) else a for a in args], expect=2)
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_brief_of_the_shipped_database_shows_both_attacks(run, tmp_path):
    shutil.copy(ROOT / "incidents.db", tmp_path / "shipped.db")
    out = tmp_path / "brief.html"
    run(
        "--db",
        str(tmp_path / "shipped.db"),
        "brief",
        "--since",
        "2025-11-24",
        "--until",
        "2025-11-30",
        "--out",
        str(out),
    )
    page = out.read_text()
    assert "#1 · 2025-11-24 · Air/drone strike" in page and "#2 · 2025-11-30 · Attack" in page
    assert "near the Esteqlol border crossing" in page and "alleged: from Badakhshan" in page
    assert remote_loads(page) == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Chromium is not installed")
def test_the_brief_renders_in_a_real_browser(map_db, run, tmp_path):
    page = tmp_path / "brief.html"
    run("brief", "--since", "2025-11-24", "--until", "2025-11-30", "--out", str(page))
    shot = tmp_path / "brief.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_brief.py"), str(page), str(shot), "--height", "1800"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1100, 1800)
    assert shot.stat().st_size > 50_000  # a page with a map and a chart, not a blank one
