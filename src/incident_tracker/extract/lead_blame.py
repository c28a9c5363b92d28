"""Who the report's lead blames, carried to the dated incidents that no sentence of their own blamed.

A report often names who struck in its opening sentences ("The Jaish-ul-Adl group has said it was behind the
kidnapping of five guards") and tells the day only later, in sentences that say when and where but not who. The
reader reads the lead into a summary draft, which becomes an incident only when no dated sentence follows; without
this, the lead's statement was lost and the incident took the ``unattributed`` default. The lead's statement is the
report's own reading of the event it opens with, so each dated incident that no statement of its own reached takes
it, with the lead's sentence as the evidence, when it is a group's claim or a side owning the act (see
:data:`_CARRIED`). An incident whose own sentences said anything about responsibility (even "no group has claimed
it") keeps its own reading, save one side's ``alleged`` under a lead of the sides' mutual blame, which is
``disputed`` (the strongest status the text gives), its named side kept.
"""

from __future__ import annotations

from collections.abc import Collection

from .accusations import weigh
from .draft import ATTRIBUTION_FIELDS, Draft
from .sentences import Sentence

#: The statuses a lead's statement carries: a group's own claim, or a side owning the act. A lead's generic label
#: ("suspected Taliban militants attacked a checkpost", "Terrorists on Afghan territory attacked a post") is not
#: carried: the corpus codes such incidents ``unattributed`` as often as ``alleged`` (126, 195 against 127), and
#: carrying them made four dev values wrong for one made right.
#: A lead that tells the sides blaming each other ("the details are lost in accusations and counter-accusations",
#: Eurasianet 866) is carried too: it tells the report's event as ``disputed``, which no later sentence of one
#: side's account undoes.
_CARRIED = ("claimed", "confirmed", "disputed")


def _accused_across(summary: Draft) -> bool:
    """An accuser's blame of men from a named place across the border: "The army blames fighters who came … from
    the neighbouring Afghan province of Kunar" (Al Jazeera 690). Unlike a generic label, it names who says so, whom
    and whence; it is carried like a claim."""
    values = summary.values
    return values.get("attribution") == "alleged" and all(
        values.get(name) for name in ("perpetrator", "attributed_by", "origin_place", "origin_country")
    )


def blame_of_the_lead(drafts: list[Draft], summary: Draft, others: Collection[int] = ()) -> None:
    """Give each draft with no statement of its own the lead's (see the module); never to the drafts of ``others``
    (their ids): another event set apart from the lead ("In a separate attack, …", "Separately, …"), which the
    lead's claim does not tell of."""
    if summary.values.get("attribution") not in _CARRIED and not _accused_across(summary):
        return
    for draft in drafts:
        if draft is summary or id(draft) in others:
            continue
        if draft.values.get("attribution") == "alleged" and summary.values.get("attribution") == "disputed":
            # one side's account ("some 100 residents of Tajikistan beat …") under a lead of the sides' accusations
            # and counter-accusations: the strongest status the text gives is the dispute; the side named stays
            draft.values["attribution"] = "disputed"
            draft.evidence["attribution"] = summary.evidence.get("attribution", "")
            continue
        if "attribution" in draft.values:
            continue
        for name in ("attribution", *ATTRIBUTION_FIELDS):
            if summary.values.get(name) is not None:
                draft.values[name] = summary.values[name]
                draft.evidence[name] = summary.evidence.get(name, "")


def accusations_of_the_lead(drafts: list[Draft], summary: Draft, lead: list[tuple[Sentence, str]]) -> None:
    """Weigh one side's accusation told in the lead, before any dated sentence, on a report's one incident.

    "He said that dozens of Kyrgyz citizens had been seized … in what he called the unlawful acts of citizens of
    Uzbekistan" opens RFE/RL 674, whose incident begins two sentences later; the Uzbek service's blame of the Kyrgyz
    guards comes after it. The lead's account went to the summary draft and was lost, so the other side's blame
    alone made the incident one-sided. With one incident drafted, the lead's accusations are its own, weighed as
    if told in it (:func:`.accusations.weigh`: with the other side's, the sides blame each other).
    """
    if len(drafts) != 1 or drafts[0] is summary:
        return
    by_text = {sentence.text: sentence for sentence, _ in lead}
    for accusation, said in summary.values.get("_accusations", []):
        if (sentence := by_text.get(said)) is not None:
            weigh(drafts[0], sentence, [accusation])
