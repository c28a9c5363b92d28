"""Who did it and to whom, read by mechanism rather than by phrasing (the thirty-fifth round).

Each mechanism is tested with short sentences written for this file, and with a near sentence it
must leave alone. The figures the mechanisms moved on the dev split are in docs/extract.md.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.actors import canonical_actor
from incident_tracker.extract.attribution import read_attribution
from incident_tracker.extract.groups import known_group

PUBLISHED = dt.date(2025, 3, 10)


def _draft(text: str) -> dict[str, object]:
    drafts = extract_drafts(text, PUBLISHED)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0].values


def _scorer():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_extract.py"
    spec = importlib.util.spec_from_file_location("eval_extract_general", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_extract_general", module)
    spec.loader.exec_module(module)
    return module


# --- The actor dictionary: the region's forces and groups by their spellings and acronyms ---------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Fitna al-Khwarij", "Tehrik-i-Taliban Pakistan"),
        ("khwarij", "Tehrik-i-Taliban Pakistan"),
        ("Tehreek-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
        ("Levies", "Balochistan Levies"),
        ("Balochistan Levies Force", "Balochistan Levies"),
        ("ABP", "Police Forces of Afghanistan (2004-2021)"),
        ("Afghan Border Police", "Police Forces of Afghanistan (2004-2021)"),
        ("Kazakh border guards", "Military Forces of Kazakhstan"),
        ("PLA", "Military Forces of China"),
        ("Chinese forces", "Military Forces of China"),
        ("Jundullah", "Jundallah"),
        ("JeM", "Jaish-e-Mohammed"),
        ("Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi"),
        ("BRAS", "Baloch Raaji Aajoi Sangar"),
        ("Baloch Raji Aajoi Sangar", "Baloch Raaji Aajoi Sangar"),
        ("IJU", "Islamic Jihad Union"),
        ("Uzbek frontier guards", "Military Forces of Uzbekistan"),
        ("NAJA Border Guard", "Military Forces of Iran"),
    ],
)
def test_the_dictionary_knows_the_regions_actors_by_their_spellings(written: str, canonical: str) -> None:
    assert canonical_actor(written) == canonical


@pytest.mark.parametrize("written", ["Afghan troops", "Afghan border guards", "ANP", "Baloch fighters", "Soldiers"])
def test_what_the_dictionary_still_does_not_list(written: str) -> None:
    # "Afghan border guards" may be the republic's or the Taliban's; "ANP" is also a Pakistani party
    assert canonical_actor(written) is None


def test_a_group_named_by_its_acronym_is_a_side() -> None:
    assert known_group("BRAS fighters attacked a convoy", non_state=True) == "BRAS"
    assert known_group("an IJU cell", non_state=True) == "IJU"
    assert known_group("the bras and the belts", non_state=True) is None


def test_the_scorer_reads_a_coders_spelling_through_the_dictionary() -> None:
    scorer = _scorer()
    assert scorer._same_actor("Fitna al-Khwarij", "Tehrik-i-Taliban Pakistan")
    assert scorer._same_actor("khwarij", "Tehrik-i-Taliban Pakistan")
    assert not scorer._same_actor("terrorists", "Tehrik-i-Taliban Pakistan")


# --- The subject of an attack verb -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Pakistani helicopters bombarded two villages in Khost, an official said.", "Pakistani helicopters"),
        ("Iran's border guards have once again violated the border, firing three shells.", "Iranian border guards"),
        ("A farmer said the Taliban fired the first shot.", "Taliban"),
        ("An official said the Turkmen border guards fired the first shots.", "Turkmen border guards"),
    ],
)
def test_the_subject_of_an_attack_verb_is_the_side_alleged(sentence: str, side: str) -> None:
    found = read_attribution(sentence)
    assert found is not None and found.status == "alleged" and found.perpetrator == side


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistani helicopters flew over two villages in Khost, an official said.",
        "The guards said a shot had been fired at them once again.",
        "A farmer said the first shot came from the hills.",
    ],
)
def test_no_subject_acting_names_no_side(sentence: str) -> None:
    found = read_attribution(sentence)
    assert found is None or not found.perpetrator
