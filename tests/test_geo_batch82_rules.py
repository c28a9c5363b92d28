"""Batch 82's dev failures and geo163's leftovers (issue 13; docs/geocoding-journal.md, section "Batch 82's dev
failures: rules (geo164)"): Persian "the general area of X" and "county X in province Y", Pashto "on the border with
X", Urdu "near the border, X", Azerbaijani spellings, a compass word in the name, and a town bearing a province's
name across a line with no country named. Strings are house-written: none is the set's (each was checked against the
set's ``query`` column word for word, unread)."""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.azerbaijani_latin import azerbaijani_off
from incident_tracker.geo.compass_guard import compass_words
from incident_tracker.geo.locate import locate
from incident_tracker.geo.postposition_frames import postposition_frame_off

NONE: frozenset[str] = frozenset()
IR = frozenset({"IR"})
AF_IR = frozenset({"AF", "IR"})
AF_PK = frozenset({"AF", "PK"})
AF_TJ = frozenset({"AF", "TJ"})


def _answer(resolver: Any, query: str, named: frozenset[str]) -> str | None:
    chosen = locate(query, resolver=resolver, named=named).chosen
    return None if chosen is None else chosen.name


@pytest.mark.parametrize(
    ("query", "named", "place"),
    [
        # Persian: "the general area of X" in its province (the province stood in), and the county's own unit word
        ("منطقه عمومی تایباد در استان خراسان رضوی", IR, "Taybad County"),
        ("منطقه عمومی هیرمند", AF_IR, "Hirmand County"),
        ("شهرستان سرخس در استان خراسان رضوی", IR, "Sarakhs County"),
        ("شهرستان میرجاوه در استان سیستان و بلوچستان", frozenset({"IR", "PK"}), "Mirjaveh County"),
        # Pashto: on the border with a crossing (of a province), read as in it
        ("د ننګرهار له تورخم سره پر پوله", AF_PK, "Torkham"),
        ("له اسلام کلا سره په پوله", AF_IR, "Islam Qala"),
        # Urdu: near the (Pakistan-Afghanistan) border, then the place
        ("بارڈر کے قریب چمن", AF_PK, "Chaman"),
        ("پاک افغان سرحد کے قریب ژوب", AF_PK, "Zhob District"),
        # Azerbaijani: "x" for "kh", a Turkish "h" for it where the pack spells "kh", the crossing's words and lead
        ("Şirxan", AF_TJ, "Sher Khan Bandar"),
        ("Şirhan keçid məntəqəsi", AF_TJ, "Sher Khan Bandar"),
        ("Əfqanıstanın İranla sərhəddə yerləşən İslam Qala keçid məntəqəsi", AF_IR, "Islam Qala"),
    ],
)
def test_a_frame_or_spelling_around_a_held_name_reads_the_name(
    resolver: Any, query: str, named: frozenset[str], place: str
) -> None:
    assert _answer(resolver, query, named) == place


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("له تورخم پولې", AF_PK),  # from the Torkham border: where something came from is a role (as "from the X")
        ("له اسلام کلا سره", AF_IR),  # with X, not "on the border with": a role
        ("له هرات سره پر پوله", AF_IR),  # on the border with a province: outside it
        ("سرحد کے قریب علاقے", AF_PK),  # near the border, "areas": no name
    ],
)
def test_what_the_frames_do_not_place_stays_empty(resolver: Any, query: str, named: frozenset[str]) -> None:
    assert _answer(resolver, query, named) is None


def test_the_frames_read_only_their_own_shapes() -> None:
    """ "From the X border" and "with X" are not rewritten; a Turkmen village ("ç" alone) is not Azerbaijani."""
    assert postposition_frame_off("له تورخم پولې") is None
    assert postposition_frame_off("له هرات سره پر پوله") is None
    assert azerbaijani_off("Marçak") is None
    assert azerbaijani_off("Marynyň Tagtabazar etrabynyň Marçak obasynyň") is None
    assert azerbaijani_off("Cəlalabad") == "Jalalabad"


@pytest.mark.parametrize(("query", "named"), [("Ouest Azerbaidjan", NONE), ("Ouest Azerbaidjan", IR)])
def test_a_compass_word_is_not_dropped(resolver: Any, query: str, named: frozenset[str]) -> None:
    """French "Ouest" (west) and "East" share a phonetic key: East Azerbaijan is no answer for West Azerbaijan."""
    assert _answer(resolver, query, named) is None


def test_a_compass_word_agreeing_or_elsewhere_is_left_alone(resolver: Any) -> None:
    assert _answer(resolver, "Sud Waziristan", NONE) == "South Waziristan District"
    assert _answer(resolver, "West Azerbaidjan", NONE) == "West Azerbaijan"
    assert _answer(resolver, "Datta Khel, west of Miranshah", AF_PK) == "Datta Khel"  # a bearing, not the name's
    assert compass_words("Западный Азербайджан") == {"west"}
    assert compass_words("Süd-Chorasan") == {"south"}


@pytest.mark.parametrize("query", ["Jalal-Abad", "Dschalal-Abad"])
def test_a_tie_across_a_line_with_no_country_named_is_empty(resolver: Any, query: str) -> None:
    """Jalalabad (Nangarhar) and Jalal-Abad province (Kyrgyzstan) bear one name: no country named says which."""
    assert _answer(resolver, query, NONE) is None


def test_a_named_country_breaks_the_tie(resolver: Any) -> None:
    assert _answer(resolver, "Jalal-Abad", AF_PK) == "Jalālābād"
    assert _answer(resolver, "Balkh", NONE) == "Balkh"  # its province is its own country's
