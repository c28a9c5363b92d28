"""The eighty-first round's held-back batch of real reports (docs/extract-journal.md, *The eighty-first round: held back
(round 81)*).

The round's slugs were committed before they were hashed, lot by lot, each first checked against every coding's whole
date span, its places and every report's address; the search went on until four events were on test. It holds fifteen
reports of nine events away from the Pakistani-Afghan line: the Ferghana valley's enclave borders (Uzbek guards shooting
two men at Vuadil in 2023, shots, stones and beatings around Vorukh, Kok-Tash and Khoja Alo from 2013 to 2021) and the
Iranian side of the Afghan and Pakistani lines (Afghan migrants shot at Dehak in 2026, a fuel carrier shot near Haqabad
in 2025), ten of them rewritten in English from Russian, Kazakh, Kyrgyz, Persian and Dari.
"""

from __future__ import annotations

from _extract_helpers import ABDUCTION, ATTACK, CLASH, FIRST_FIELDS, MOB, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 81
    REPORTS = range(1029, 1044)
    #: The slugs of the batch's events, committed before they were hashed in five lots (c122c590, 205a2528, 8d4152c9,
    #: 727a648b, cdb41ffa), with their sides (26409cfc, 4bf52437, 300c9da3, 1d70fe87, face3c05).
    EVENTS = {
        "vuadil-guards-2023-10": "test",
        "dakhma-shots-2021-12": "dev",
        "kochokaryn-shot-2015-08": "test",
        "uchdobo-stones-2018-04": "dev",
        "dehak-migrants-2026-02": "dev",
        "haqabad-fuelcarrier-2025-07": "dev",
        "kishemish-guards-2018-07": "test",
        "vorukh-firewood-2013-05": "dev",
        "jakaoruk-clash-2014-05": "test",
    }
    BORDERS = {"KG-UZ", "KG-TJ", "AF-IR", "IR-PK"}
    INCIDENTS = 17
    SIDES = {"test": 8, "dev": 7}


def test_shootings_by_border_forces_as_coded() -> None:
    """Guards who fired, in their own service's account, are `confirmed` (1029-1031); the night to 16 October in the
    reports of that day spans both days (1029, 1030), the families' 'evening of October 16' is one day (1031). A rights
    group's or local sources' word is `alleged` (1041, 1042); 'at least two' and 'more than 20' keep no high bound."""
    rows = coded_fields(81, *FIRST_FIELDS, "event_date_end", "killed_high")
    ids = ("1029", "1030", "1031", "1041", "1042")
    assert {rid: rows[rid] for rid in ids} == {
        "1029": [("2023-10-15", "days", "UZ", 2, None, ATTACK, "confirmed", "2023-10-16", 2)],
        "1030": [("2023-10-15", "days", "UZ", 2, None, ATTACK, "confirmed", "2023-10-16", 2)],
        "1031": [("2023-10-16", "day", "UZ", 2, None, ATTACK, "confirmed", None, 2)],
        "1041": [("2026-02-24", "day", "IR", 2, 20, ATTACK, "alleged", None, None)],
        "1042": [("2025-07-13", "day", "IR", 1, None, ATTACK, "alleged", None, 1)],
    }


def test_the_ferghana_enclave_borders_as_coded() -> None:
    """Shots from across the line with no one hurt are a clash with no toll (1037-1039) and a shot that wounds a
    serviceman one toll of 1 (1032), the origin named and no one else (`alleged`, perpetrator empty); a beating is
    an attack (1037, 1039, 1043), a detention with a light injury an abduction (1033, 1034). Stones between villages
    are mob violence: the lowest figure both sides give is the best estimate (1035: 16, up to 60), 'more than 30'
    is 30 (1036); each side blaming the other is `disputed` (1034, 1035). A report with no day is the week to it
    (1043); a stretch told as disputed has no country (1040)."""
    rows = coded_fields(81, *FIRST_FIELDS, "event_date_end", "origin_country")
    ids = ("1032", "1033", "1034", "1035", "1036", "1037", "1038", "1039", "1040", "1043")
    assert {rid: rows[rid] for rid in ids} == {
        "1032": [("2015-08-08", "day", "KG", None, 1, CLASH, "alleged", None, "TJ")],
        "1033": [("2018-07-20", "day", "TJ", None, 1, ABDUCTION, "alleged", None, None)],
        "1034": [("2018-07-20", "day", "TJ", None, 1, ABDUCTION, "disputed", None, None)],
        "1035": [("2014-05-07", "days", "KG", None, 16, MOB, "disputed", "2014-05-08", None)],
        "1036": [("2014-05-07", "days", "KG", None, 30, MOB, "unattributed", "2014-05-08", None)],
        "1037": [
            ("2021-12-01", "day", "KG", None, None, CLASH, "alleged", None, "TJ"),
            ("2021-12-01", "day", "TJ", None, 1, ATTACK, "alleged", None, None),
        ],
        "1038": [("2021-12-01", "day", "KG", None, None, CLASH, "alleged", None, "TJ")],
        "1039": [
            ("2021-12-01", "day", "KG", None, None, CLASH, "alleged", None, "TJ"),
            ("2021-12-01", "day", None, None, 1, ATTACK, "alleged", None, None),
        ],
        "1040": [("2018-04-03", "day", None, None, 1, MOB, "alleged", None, None)],
        "1043": [("2013-05-26", "week", None, None, 3, ATTACK, "alleged", "2013-06-01", None)],
    }
