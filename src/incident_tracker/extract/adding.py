"""Adding an article's drafts: which are already recorded, which are taken without a review, and
what was added, attached and left out, as typed results the command line renders.

Never twice: a draft already recorded from this article is left alone, and one that is an
event already recorded from another report becomes a source of that incident. A draft the
text gives no date for (left undated on purpose) cannot be a record: taken unreviewed, it is
set aside and named, and the others are added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import IncidentStore
    from .draft import Draft

#: The history reason of every incident and source an article's drafts add.
ADDED_REASON = "added from an article by tracker extract"


def mark_recorded(store: IncidentStore, drafts: list[Draft], article: dict[str, Any]) -> None:
    """Each draft's possible duplicates among the recorded incidents, and the incident it is
    already recorded as (from this article or another), if any."""
    from ..store.duplicates import matches_for
    from .recorded import recorded_as

    for draft in drafts:
        draft.possible_duplicates = [m.as_dict() for m in matches_for(store, draft.values)]
        found = recorded_as(store, draft.values, article)
        if found is not None:
            draft.recorded = {"id": found.incident_id, "same_article": found.same_article, "reason": found.reason}


@dataclass
class Sorted:
    """The drafts of an article, marked (:func:`mark_recorded`), sorted before anything is added."""

    #: Already recorded from this article: left alone.
    known: list[Draft]
    #: The others, to review (or to take unreviewed).
    fresh: list[Draft]


def sort_marked(drafts: list[Draft]) -> Sorted:
    known = [d for d in drafts if d.recorded and d.recorded["same_article"]]
    return Sorted(known=known, fresh=[d for d in drafts if d not in known])


@dataclass
class Taken:
    """What is done with the fresh drafts: added, attached to an incident (its id), left out."""

    accepted: list[Draft]
    attach: list[tuple[int, Draft]]
    undated: list[Draft]


def taken_unreviewed(fresh: list[Draft]) -> Taken:
    """Without a review: the drafts to add, those whose event is recorded from elsewhere (the
    article becomes a source of that incident), and the undated ones, set aside."""
    attach = [(d.recorded["id"], d) for d in fresh if d.recorded]
    accepted = [d for d in fresh if not d.recorded]
    undated = [d for d in accepted if not d.values.get("event_date")]
    return Taken([d for d in accepted if d.values.get("event_date")], attach, undated)


@dataclass
class Added:
    """What adding an article's drafts did, for the command to render."""

    #: The new incidents' ids.
    new_ids: list[int]
    #: The incidents the article was attached to as a source.
    attached_to: list[int]
    #: The incidents already recorded from this article (not added again).
    already_recorded: list[int]
    #: The numbers (from 1, in the article's order) of the drafts left out for want of a date.
    left_out: list[int]


def add_taken(
    store: IncidentStore, drafts: list[Draft], sorted_drafts: Sorted, taken: Taken, article: dict[str, Any]
) -> Added:
    """Add the accepted drafts and attach the article to the incidents named, in one transaction."""
    new_ids, _ = store.add_drafts(
        [d.record_values() for d in taken.accepted],
        article,
        attach_to=[target for target, _ in taken.attach],
        notes=[d.source_note() for d in taken.accepted],
        attach_notes=[d.source_note() for _, d in taken.attach],
        reason=ADDED_REASON,
    )
    return Added(
        new_ids=new_ids,
        attached_to=[target for target, _ in taken.attach],
        already_recorded=[d.recorded["id"] for d in sorted_drafts.known if d.recorded],
        left_out=[n for n, d in enumerate(drafts, 1) if any(d is u for u in taken.undated)],
    )
