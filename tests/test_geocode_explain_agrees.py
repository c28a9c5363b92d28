"""``tracker geocode`` marks what ``tracker add`` stores: one rule, :func:`incident_tracker.geo.locate.answer`.

The strings are written for these tests (house style, facts only): each names a place the chain
finds and a guard then sets aside, or a town a guard swaps for the crossing the text names. The
command's arrow, "Chosen:", "Why:" and ``--json`` must say what ``add`` then stores; the pick a
guard set aside is marked "×" (``"set_aside": true``), never with the arrow.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import Result

Run = Callable[..., Result]

#: (place string, the candidate a guard sets aside, the guard's own words in "Why:")
SET_ASIDE = [
    # reference_guard: the town is only where a distance is measured from
    (
        "about 150 kilometres north of Quetta",
        "Quetta",
        "left unlocated: Quetta, Balochistan, Pakistan is only the reference of a distance (150 km from it)",
    ),
    # list_guard: several places named together have no one point
    ("Shighnan, Darvaz and Vanj", "Shighnan", "several places named together (Shighnan, Darvaz, Vanj): no one point"),
    # path_guard: near a province is not in it
    (
        "the frontier near the Afghan province of Nimroz",
        "Nimroz",
        "left unlocated: the text puts the place near Nimroz, Afghanistan, a province, not in it",
    ),
]


def _stored(run: Run, place: str) -> dict[str, Any]:
    """The incident ``tracker add --place PLACE`` stores in the test's new database (its first)."""
    assert run("add", "--date", "2025-10-02", "--place", place, "--type", "battles", "--yes").stdout.strip() == "1"
    record: dict[str, Any] = json.loads(run("show", "1", "--json").stdout)
    return record


@pytest.mark.parametrize(("place", "aside", "why"), SET_ASIDE, ids=["reference", "list", "near-province"])
def test_a_pick_a_guard_sets_aside_is_not_marked_chosen(run: Run, place: str, aside: str, why: str) -> None:
    shown = run("geocode", place, "--explain")
    output = " ".join(shown.output.split())
    assert "→" not in shown.stdout and "Chosen:" not in shown.stderr
    assert f"Why: {why}." in output
    marked = [line for line in shown.stdout.splitlines() if line.lstrip().startswith("×")]
    assert len(marked) == 1 and aside in marked[0]  # the pick set aside, shown as such
    assert "it is taken" not in output

    data = json.loads(run("geocode", place, "--json", "--explain").stdout)
    assert not any(row["chosen"] for row in data["candidates"])
    assert [row["name"] for row in data["candidates"] if row["set_aside"]] and why in data["reason"]

    record = _stored(run, place)
    assert (record["latitude"], record["longitude"], record["location"]) == (None, None, None)


def test_a_crossing_swapped_for_its_town_is_the_one_marked(run: Run) -> None:
    """ "معبر سبين بولدك الحدودي" (the Spin Boldak border crossing): the chain finds the town, a guard
    puts the crossing in its place; the arrow, "Chosen:", "Why:" and ``--json`` name the crossing."""
    place = "معبر سبين بولدك الحدودي"
    shown = run("geocode", place, "--explain")
    arrow = [line for line in shown.stdout.splitlines() if line.lstrip().startswith("→")]
    assert len(arrow) == 1 and "Wesh" in arrow[0]
    assert "Chosen: Wesh, Kandahar, Afghanistan (exact)." in shown.stderr
    assert "Why: Wesh, Kandahar, Afghanistan: the border crossing of Spin Boldak" in " ".join(shown.stderr.split())

    data = json.loads(run("geocode", place, "--json", "--explain").stdout)
    chosen = [row for row in data["candidates"] if row["chosen"]]
    assert [(row["name"], row["latitude"], row["longitude"]) for row in chosen] == [("Wesh", 30.96528, 66.43944)]

    record = _stored(run, place)
    assert (record["location"], record["latitude"], record["longitude"]) == ("Wesh", 30.96528, 66.43944)
