"""The hundred-and-ninth round's held-back batch of real reports (docs/extract-journal.md, *The hundred-and-ninth
round: held back (round 109)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds reports of five events on the region's other lines in the 2000s,
years and lines the corpus held little of: the Uzbek guards' shooting near Jibek Joly on the Kazakh-Uzbek border
(6 November 2002), the cotton smuggler who died after Uzbek guards beat him in Dzhizak (November 2003), the shooting
in Sarke by the Gisht Kuprik crossing (19 July 2004), the ambush of the presidential security team's car on the
Saravan road (15 December 2005) and the killings on the Zabol-Zahedan road by gunmen dressed as police (16 March 2006).
"""

from __future__ import annotations

from _extract_helpers import HeldBackRound


class TestTheBatch(HeldBackRound):
    ROUND = 109
    REPORTS = range(1820, 1826)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "tasuki-attack-2006-03": "test",
        "saravan-convoy-2005-12": "dev",
        "sarke-shooting-2004-07": "test",
        "jibekjoly-shooting-2002-11": "dev",
        "dzhizak-smuggler-2003-11": "dev",
    }
    BORDERS = {
        "tasuki-attack-2006-03": "AF-IR",
        "saravan-convoy-2005-12": "IR-PK",
        "sarke-shooting-2004-07": "KZ-UZ",
        "jibekjoly-shooting-2002-11": "KZ-UZ",
        "dzhizak-smuggler-2003-11": "KZ-UZ",
    }
    INCIDENTS = 0
    SIDES = {"test": 3, "dev": 3}
