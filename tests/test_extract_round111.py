"""The hundred-and-eleventh round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-eleventh round: held back (round 111)*).

The round's slugs were written to the claims file shared by the rounds and hashed in one lot, each first checked
against every coding's whole date span, its places, every report's address and that claims file; their sides were
committed before any report was written. It holds eight reports of eight events in Kunar and Nuristan and across
from them in Chitral, 2006-2011, years the corpus held almost nothing of on that stretch of the line: the Waygal
ambush of 11 August 2006, the mortar rounds on homes beside the Chawki base (31 August 2007), the Waygal ambush of 9
November 2007, the Korengal strikes of 27 May 2008, the Ganjgal ambush (8 September 2009), the attack on the Kamdesh
outposts (3 October 2009), the raid on the Godibar post in Chitral from Nuristan (autumn 2010) and Pakistan's mortar
fire into Kunar from 21 September 2011.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, SHELLING, HeldBackRound, coded_fields

#: ACLED's sub-event type for a strike from the air, as a coding writes it.
AIR_STRIKE = "Air/drone strike"


class TestTheBatch(HeldBackRound):
    ROUND = 111
    REPORTS = range(1880, 1888)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed in one lot, with
    #: their sides committed before any report was written.
    EVENTS = {
        "waygal-ambush-2006-08": "dev",
        "chawki-mortars-2007-08": "dev",
        "waygal-ambush-2007-11": "test",
        "korengal-airstrikes-2008-05": "test",
        "ganjgal-ambush-2009-09": "test",
        "kamdesh-outposts-2009-10": "dev",
        "godibar-post-2010-10": "dev",
        "kunar-shelling-2011-09": "test",
    }
    BORDERS = {"AF-PK"}
    INCIDENTS = 10
    #: The rulings on its test reports coded twice (adj104) dropped 1887's checkpoint clash: one incident fewer.
    INCIDENTS_SCORED = 9
    SIDES = {"test": 4, "dev": 4}


def test_the_eight_reports_as_coded() -> None:
    """An ambush beaten off with artillery or ended by air strikes is one armed clash, its arms those its sentences
    name, and bare "militants" or "insurgents" leave it `unattributed` (1880, 1882, 1884). Rounds fired at a base that
    fall on homes keep the base as the target (1881). A strike told apart from the ground fight, at its own place, is
    its own record (1883). The lowest of the Afghan counts gives the best toll, the lead's "as many as" the bound
    (1885). A night raid with no day told spans the week to the report (1886). Fire the firing side confirms is
    `confirmed` with its origin; the attack it cites as the cause is that side's allegation (1887)."""
    rows = coded_fields(111, *FIRST_FIELDS, "killed_high", "weapons", "perpetrator", "origin_country")
    assert rows == {
        "1880": [("2006-08-11", "day", "AF", 3, 4, CLASH, "unattributed", 3, ["rocket", "artillery"], None, None)],
        "1881": [("2007-08-31", "day", "AF", 10, None, SHELLING, "unattributed", None, ["mortar"], None, None)],
        "1882": [("2007-11-09", "day", "AF", 9, 19, CLASH, "unattributed", 9, ["rocket", "firearms"], None, None)],
        "1883": [
            (
                "2008-05-27",
                "day",
                "AF",
                None,
                None,
                CLASH,
                "confirmed",
                None,
                ["airstrike"],
                "the Afghan and ISAF soldiers",
                None,
            ),
            (
                "2008-05-27",
                "days",
                "AF",
                None,
                None,
                AIR_STRIKE,
                "confirmed",
                None,
                ["airstrike"],
                "the Afghan and ISAF soldiers",
                None,
            ),
        ],
        "1884": [("2009-09-08", "day", "AF", 12, 17, CLASH, "unattributed", 12, ["firearms"], None, None)],
        "1885": [
            ("2009-10-03", "day", "AF", 14, None, CLASH, "claimed", 15, ["firearms", "airstrike"], "the Taliban", None)
        ],
        "1886": [
            ("2010-09-25", "week", "PK", None, None, CLASH, "alleged", None, ["unknown"], "some 250 Taliban", "AF")
        ],
        "1887": [
            (
                "2011-09-21",
                "days",
                "AF",
                None,
                None,
                SHELLING,
                "confirmed",
                None,
                ["mortar"],
                "forces of the Pakistani army",
                "PK",
            ),
            (
                "2011-09-19",
                "week",
                "PK",
                15,
                None,
                CLASH,
                "alleged",
                15,
                ["unknown"],
                "militants based inside Kunar",
                "AF",
            ),
        ],
    }
