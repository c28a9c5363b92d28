"""The hundred-and-fourteenth round's held-back batch of real reports (docs/extract-journal.md, *The
hundred-and-fourteenth round: held back (round 114)*).

The round's slugs were written to the claims file shared by the rounds and hashed, each first checked against every
coding's whole date span, its places, every report's address and that claims file; their sides were committed before
any report was written. It holds two reports of two events on the Afghan-Uzbek line, the line of the brief's Central
Asian vein the stored pages still held new dated events of: a Taliban attack on an Afghan border post in Balkh's Kaldar
district (May 2016) and one on the security checkpoints of Hairatan's Qazlaq area (July 2021). Both slugs fell on dev by
the MD5 rule; a third, the Saryagash smugglers on the Kazakh-Uzbek line (March 2011, test), was withdrawn after hashing,
as the journal tells, because smugglers stopped and held without a fight are no incident by the rulings.
"""

from __future__ import annotations

from _extract_helpers import CLASH, FIRST_FIELDS, HeldBackRound, coded_fields


class TestTheBatch(HeldBackRound):
    ROUND = 114
    REPORTS = range(1970, 1972)
    #: The slugs of the batch's events, written to the shared claims file before they were hashed, with their sides
    #: committed before any report was written.
    EVENTS = {
        "kaldar-borderpost-2016-05": "dev",
        "hairatan-checkpoints-2021-07": "dev",
    }
    BORDERS = {"AF-UZ"}
    INCIDENTS = 2
    SIDES = {"test": 0, "dev": 2}


def test_the_two_reports_as_coded() -> None:
    """A Taliban attack on a border post or on checkpoints, driven back by the forces holding them, is an armed clash,
    `alleged` to the Taliban by whoever tells it (a TV channel, a police official). The Kaldar post's rocket fire is
    the attack's weapon, and "no casualties among the government troops" leaves the toll empty, not 0, as the
    attackers' losses are untold (1970); seven bodies the attackers left behind are seven killed, and "security
    checkpoints" that name no force leave the target empty (1971)."""
    rows = coded_fields(114, *FIRST_FIELDS, "place", "weapons", "target_type", "perpetrator", "attributed_by")

    def alleged_clash(day: str, killed: int | None, *rest: object) -> tuple[object, ...]:
        """A clash of one day in Afghanistan, no wounded told, `alleged` to its actor: the two reports' shared frame."""
        return (day, "day", "AF", killed, None, CLASH, "alleged", *rest)

    post = "an Afghan border post in the Kaldor district of Balkh Province"
    checkpoints = "the security checkpoints in the Qazlaq area of Hairatan"
    assert rows == {
        "1970": [
            alleged_clash(
                "2016-05-02", None, post, ["rocket"], "border_guards", "the Taliban", "Afghanistan's Ariana TV"
            )
        ],
        "1971": [
            alleged_clash(
                "2021-07-11", 7, checkpoints, ["unknown"], None, "the Taliban fighters", "a senior police official"
            )
        ],
    }
