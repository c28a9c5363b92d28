"""Place phrases the reader cut or lost (extract201): "lost their lives in X" read as a home
(extract/other_places.py), a place told with words of description (extract/place_patterns.py), and a narrower place
told after a wide region (extract/place.py's ``_specificity``, extract/wide_region.py, extract/place_roles.py).

Every sentence here is written for this file; none is a report's. The tests of what the rules read fail on main's
code before this branch; the guards pass on both. The dev counts are in docs/extract-journal.md (*… : rules
(extract201)*).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _extract_helpers import one_draft
from incident_tracker.cli import app

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _place(text: str) -> Any:
    return one_draft(text, PUBLISHED, locate=None).get("place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "lives" the noun, after a word of losing or owning: the deaths and their scene, no home
        (
            "Four policemen lost their lives in a rocket attack in Shindand district on Monday, officials said.",
            "Shindand district",
        ),
        (
            "Two herders lost their lives in an ambush in the Kalat area on Monday, the governor said.",
            "Kalat area",
        ),
        # words of description before a name and its kind
        (
            "A mortar round struck a house in the hilly Tor Ghar Mela area on Monday, wounding two girls.",
            "Tor Ghar Mela area",
        ),
        (
            "One guard was killed when gunmen fired on a post in the province's remote Dashti district on Monday.",
            "Dashti district",
        ),
        (
            "Three soldiers were wounded in the sparsely settled Kharo valley on Monday, the army said.",
            "Kharo valley",
        ),
        # words of description before a kind told with "of"
        (
            "Border forces traded fire for two hours in a contested border area of Paktia province on Monday.",
            "Paktia province",
        ),
        (
            "Guards shot dead six migrants in the rugged border areas of Nimroz province on Monday, officials said.",
            "Nimroz province",
        ),
        # a wide region told first, a narrower place after it
        (
            "One man was killed when Afghan forces shelled villages near the border in Pakistan's northwestern Khyber "
            "Pakhtunkhwa on Monday, officials said. The man died when a shell hit his house in the border town of "
            "Ghulam Khan in North Waziristan district.",
            "Ghulam Khan",
        ),
        (
            "Villagers clashed in the Fergana Valley on Monday. One man was killed in Sughd province (Tajikistan), "
            "officials said.",
            "Sughd province",
        ),
    ],
)
def test_the_place_is_read(text: str, place: str) -> None:
    assert _place(text) == place


def test_cli_drafts_a_described_place(tmp_path: Path) -> None:
    article = tmp_path / "described.txt"
    article.write_text(
        "A mortar round struck a house in the hilly Tor Ghar Mela area on Monday, wounding two girls.\n\n"
        "Police said they had opened an inquiry.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    drafts = [d["values"] for d in json.loads(result.stdout)]
    assert [d.get("place") for d in drafts] == ["Tor Ghar Mela area"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a word before a name with no kind after it is no place's description
        (
            "Guards were attacked in the cross-border Taliban raid near Kalat district on Monday, officials said.",
            "near Kalat district",
        ),
        # a province told with a compass word before "of" is left to the province's own reading
        (
            "A guard was killed in the Gharib area of the southeastern province of Sistan on Monday.",
            "Gharib area",
        ),
        # a place in another state than the one the draft was placed in, each told with its state: another act's
        (
            "Two men were killed in Batken province (Kyrgyzstan) on Monday; the other side said a shop was burnt "
            "in Surkh (Tajikistan).",
            "Batken province",
        ),
    ],
)
def test_guards_keep_the_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a country's land told as "the tribal areas of X": no scene
        "Two soldiers were killed in the tribal areas of Pakistan on Monday, officials said.",
        # "lives in" the verb still tells a home, no scene
        "A herder, who lives in the village of Sarybel, was shot dead on Monday, officials said.",
        # the wide region alone is still left empty (.wide_region)
        "Two men were killed in clashes in the Fergana Valley on Monday, officials said.",
    ],
)
def test_no_place_is_proposed(text: str) -> None:
    assert _place(text) is None
