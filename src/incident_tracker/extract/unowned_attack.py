"""Abstention: an attack whose doer the reader did not find keeps no attribution (issue 14, extract174).

Every draft gets ``unattributed`` when no statement of blame was read (the default in ``finish``). For a bombing that
is the coders' reading as often as not (nobody claims a roadside bomb), but a draft typed ``Attack`` (one side's
violence against people: a guard's shot at a crosser, a raid on a village, a beating at the line) almost always has
a doer its report names, in ways the reader does not always follow ("wounded by border guards' fire", "beaten by
citizens of the neighbouring country", "forces of the Islamic Republic's border regiment shot at him"). Scored on
the held-back rounds 40-96 by the code that first read each of them (``bench/extract_first_scores.py --rounds
40-96``), the default on such drafts was right 5 times of 29 (0.17); on all of dev, by today's reader, 5 of 19
(0.26): both far below the line under which a proposal costs the F1 more than it brings (about half the field's F1).
"Wrong is worse than empty", so the draft leaves the field for the reviewer, with a note, as :mod:`.unowned_fire`
does for shells and strikes from the air.

The default stays when the report itself says the doer is not known ("unknown gunmen", "unidentified men", "it was
not clear who fired": :data:`.unowned_fire.SIDE_UNKNOWN`): then ``unattributed`` is what the report says. Run last
of the finished readings (:func:`.draft_passes.read_each_finished`), so that every reading that names a doer for a
draft still at the default (a drone's owner, the crossers who fired, a service owning its guards' fire) has had its
turn. The store still writes ``unattributed`` for a record saved with the field empty.
"""

from __future__ import annotations

from .draft import Draft
from .sentences import Sentence
from .unowned_fire import leave_doer_empty


def unowned_attack(draft: Draft, sentences: list[Sentence]) -> None:
    """Empty the default attribution of an attack whose doer was not read (see the module)."""
    if draft.values.get("sub_event_type") != "Attack" or draft.values.get("perpetrator"):
        return
    leave_doer_empty(
        draft,
        sentences,
        "attribution left empty: an attack has a doer its report almost always names, and the reader found none "
        "and no word that the doer is unknown.",
    )
