"""How drafts pair with coded incidents (:func:`_match`) and how two values of a field compare on real
reports (:func:`_real_value`, :func:`_real_same`): one module, because the pairing itself weighs how many
fields agree (:func:`_likeness`, :func:`_right_fields`), so the two rules cannot drift apart."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

#: The fields scored on real reports, and how each is compared (see :func:`_real_same`).
REAL_FIELDS = (
    "date",
    "country",
    "place",
    "coordinates",
    "killed",
    "injured",
    "attribution",
    "actor",
    "type",
    "weapons",
    "victims",
)
#: Fields scored on real reports beside the F1, never in it: ``origin`` (the ``origin_country`` an attack is said to
#: have come from) is coded for about four incidents in ten, but was not among the fields the first rounds scored, so
#: adding it would break every earlier figure's comparison; it is printed apart so work on it shows.
SIDE_FIELDS = ("origin",)
#: Words that do not tell two place or actor phrases apart.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "at",
        "on",
        "near",
        "and",
        "to",
        "from",
        "close",
        "with",
        "along",
        "its",
        "his",
        "their",
        "district",
        "province",
        "region",
        "county",
        "area",
        "areas",
        "village",
        "villages",
        "town",
        "city",
        "border",
        "frontier",
    ]
)


def _span(record: dict[str, Any]) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(record["event_date"])
    return start, dt.date.fromisoformat(record.get("event_date_end") or record["event_date"])


#: The most assignments :func:`_match` weighs for one report when it seeks the best pairing: the product, over the
#: coded incidents, of one more than the drafts each may pair with. The corpus's largest report (four coded
#: incidents) stays far under it; above it the in-order pairing (:func:`_match_in_order`) is kept, as before.
SEARCH_BOUND = 100_000


def _match(
    expected: list[dict[str, Any]],
    drafts: list[dict[str, Any]],
    *,
    spans: bool = True,
    agree: Callable[[dict[str, Any], dict[str, Any]], int] | None = None,
) -> list[tuple[int, int]]:
    """Pairs (expected, draft), each coded incident with at most one draft and each draft with at most one
    incident, a pair only where the dates allow it (:func:`_may_pair`).

    Without ``agree``, the pairing in coded order (:func:`_match_in_order`). With ``agree`` (how many scored
    fields a draft gets right of an incident), the best pairing, as template-filling evaluations align a
    system's templates with the key's: of every one-to-one pairing the dates allow, the one that pairs the most
    incidents, then gets the most fields right, then keeps the most of the in-order pairs, then pairs the
    nearest dates (the least sum of days apart); a tie left after that goes to the first in the search's order
    (coded incidents in order, each trying its drafts in order, then none). The in-order pairing is kept
    whenever it is as good on the first two counts, so a report it already paired best scores exactly as
    before. Why: the in-order walk gives each coded incident, in turn, the draft nearest in date that tells most
    of the same event, and keeps it, so a draft that ties for an earlier incident is lost to a later one it
    scores more fields with (dev 947: the Pulgon clash's draft taken by an attack of that day coded before it), and
    the score of a report would hang on the order its incidents were coded in. A search over the pairings weighed
    (at most :data:`SEARCH_BOUND`; above it, the in-order pairing) is exact; the corpus's reports have at most four
    coded incidents."""
    pairs = _match_in_order(expected, drafts, spans=spans)
    if agree is None or not expected or not drafts:
        return pairs
    allowed = [[j for j in range(len(drafts)) if _may_pair(incident, drafts[j], spans)] for incident in expected]
    if math.prod(len(js) + 1 for js in allowed) > SEARCH_BOUND:
        return pairs
    right = {(i, j): agree(expected[i], drafts[j]) for i, js in enumerate(allowed) for j in js}
    kept = set(pairs)

    def worth(chosen: list[tuple[int, int]]) -> tuple[int, int, int, int]:
        gaps = sum(abs((_span(drafts[j])[0] - _span(expected[i])[0]).days) for i, j in chosen)
        return len(chosen), sum(right[p] for p in chosen), len(kept & set(chosen)), -gaps

    best, best_worth = pairs, worth(pairs)

    def search(i: int, chosen: list[tuple[int, int]], used: set[int]) -> None:
        nonlocal best, best_worth
        if i == len(expected):
            if (value := worth(chosen)) > best_worth:
                best, best_worth = list(chosen), value
            return
        for j in allowed[i]:
            if j not in used:
                search(i + 1, [*chosen, (i, j)], used | {j})
        search(i + 1, chosen, used)

    search(0, [], set())
    return best


def _may_pair(incident: dict[str, Any], draft: dict[str, Any], spans: bool = True) -> bool:
    """Whether the dates let a draft pair with a coded incident, by any of :func:`_match_in_order`'s windows: the
    first days within 3 days of each other, or (``spans``) the two spans overlapping. A draft left undated pairs
    with none."""
    if "event_date" not in draft:
        return False
    start, end = _span(incident)
    first, last = _span(draft)
    return abs((first - start).days) <= 3 or (spans and first <= end and start <= last)


def _match_in_order(
    expected: list[dict[str, Any]], drafts: list[dict[str, Any]], *, spans: bool = True
) -> list[tuple[int, int]]:
    """Pairs (expected, draft) walking the coded incidents in order, window by window: the same first day, else
    (``spans``) dates that overlap — a draft dated "the week up to Thursday" is the incident coded on Tuesday, with
    a vaguer date, which the date field scores as wrong — else the nearest first day within 3 days. Among drafts
    equally near in date (two incidents of one day), the one that tells the same event (place, kind, toll, actor,
    country) is taken, so two incidents of a day are not paired crosswise. Each incident keeps the draft it takes:
    the scorer's rule until extract210, now the start and the tie-break of :func:`_match`'s best pairing."""
    pairs: list[tuple[int, int]] = []
    free = set(range(len(drafts)))
    for window in (0, "overlap", 3) if spans else (0, 3):
        for i, incident in enumerate(expected):
            if any(p[0] == i for p in pairs):
                continue
            day = dt.date.fromisoformat(incident["event_date"])
            start, end = _span(incident)
            near = [
                (abs((dt.date.fromisoformat(drafts[j]["event_date"]) - day).days), j)
                for j in sorted(free)
                if "event_date" in drafts[j]  # one left undated (its sentence's date read both ways) pairs with none
                and (
                    _span(drafts[j])[0] <= end and start <= _span(drafts[j])[1]
                    if window == "overlap"
                    else abs((dt.date.fromisoformat(drafts[j]["event_date"]) - day).days) <= int(window)
                )
            ]
            if near:
                closest = min(near)[0]
                j = max((j for gap, j in near if gap == closest), key=lambda j: (_likeness(incident, drafts[j]), -j))
                pairs.append((i, j))
                free.discard(j)
    return pairs


def _right_fields(unscored: set[str]) -> Callable[[dict[str, Any], dict[str, Any]], int]:
    """How many of the F1's fields (:data:`REAL_FIELDS`, less a report's ``unscored``) a draft gets right of a coded
    incident, as :func:`real.evaluate_real` counts them: what :func:`_match`'s best pairing of a real report
    maximises (the side fields, scored beside the F1, do not weigh)."""

    def right(incident: dict[str, Any], draft: dict[str, Any]) -> int:
        count = 0
        for field in REAL_FIELDS:
            if field in unscored:
                continue
            want, have = _real_value(field, incident, unscored), _real_value(field, draft, unscored)
            count += want is not None and have is not None and _real_same(field, want, have, on=_span(incident)[0])
        return count

    return right


def _pair_real(
    expected: list[dict[str, Any]], drafts: list[dict[str, Any]], unscored: set[str], *, spans: bool = True
) -> dict[int, int]:
    """A real report's pairing, coded incident → draft, as the scorer makes it (:func:`_match`'s best pairing by
    :func:`_right_fields`): the one call the benches and audits that replay the scorer's pairs share with it."""
    return dict(_match(expected, drafts, spans=spans, agree=_right_fields(unscored)))


def _likeness(expected: dict[str, Any], draft: dict[str, Any]) -> int:
    """How many of the fields that name an event (place, kind, toll, actor, country) a draft shares with a coded
    incident: what tells two incidents of one day apart."""
    shared = 0
    for field in ("place", "type", "killed", "actor", "country"):
        want, have = _real_value(field, expected, set()), _real_value(field, draft, set())
        shared += want is not None and have is not None and _real_same(field, want, have, on=_span(expected)[0])
    return shared


def _words(phrase: str) -> set[str]:
    import re

    return {w for w in re.findall(r"[\w-]+", phrase.lower()) if w not in _FILLER}


def _alike(expected: str, got: str) -> bool:
    """Two phrases name the same thing when the words of one are all in the other."""
    want, have = _words(expected), _words(got)
    return bool(want and have and (have <= want or want <= have))


#: Words of an actor phrase that tell how many men there were, how armed or how gathered, never who they were: "eight
#: armed drug traffickers" and "a gang of drug traffickers" are the same men as "Afghan drug traffickers", and "a
#: number of Taliban insurgents" the same as "Taliban insurgents" (the count is the toll's and the size's business, not
#: the actor's).
_HOW_MANY = frozenset(
    [
        "some",
        "several",
        "about",
        "around",
        "nearly",
        "over",
        "more",
        "than",
        "least",
        "dozens",
        "hundreds",
        "scores",
        "number",
        "numbers",
        "large",
        "small",
        "armed",
        "heavily",
        "group",
        "groups",
        "gang",
        "gangs",
        "band",
        "bands",
        "team",
        "teams",
        "unit",
        "units",
        "cell",
        "cells",
        "members",
        "member",
    ]
)


def _who_words(phrase: str) -> set[str]:
    """The words of an actor phrase that tell who: :func:`_words` less counts, arms and collective nouns
    (:data:`_HOW_MANY`, number words, figures), a plural read as its singular ("terrorists", "terrorist group"), and a
    country's name read as its people's word ("drug smugglers from Afghanistan", "Afghan drug smugglers")."""
    from incident_tracker.extract.draft import country_code
    from incident_tracker.extract.vocab import DEMONYMS, NUMBER_WORDS

    who: set[str] = set()
    for word in _words(phrase):
        if word in _HOW_MANY or word in NUMBER_WORDS or re.fullmatch(r"\d[\d,.\-–]*", word):
            continue
        code = country_code(word.capitalize()) if len(word) > 3 else None
        people = sorted((w for w, c in DEMONYMS.items() if c == code), key=len) if code else []
        word = people[0] if people else word
        who.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return who


def _alike_actors(expected: str, got: str) -> bool:
    """Two actor phrases name the same men when :func:`_alike` says so, or when the words that tell who
    (:func:`_who_words`) of one are all in the other's: a coder and a reader that took the same men in the text's
    other words ("16 armed drug traffickers", "a gang of drug traffickers") are not told apart for a count."""
    if _alike(expected, got):
        return True
    want, have = _who_words(expected), _who_words(got)
    return bool(want and have and (have <= want or want <= have))


def _real_value(field: str, record: dict[str, Any], unscored: set[str]) -> Any:
    """The value compared for one scored field, or None (nothing coded / nothing proposed)."""
    if field == "date":
        return record.get("event_date")
    if field == "coordinates":
        if "latitude" in unscored or record.get("latitude") is None:
            return None
        return (record["latitude"], record["longitude"])
    if field == "actor":
        return record.get("perpetrator")
    if field == "origin":
        return record.get("origin_country")
    if field == "type":
        return record.get("sub_event_type")
    if field == "victims":
        parts = tuple(
            record.get(name) if name not in unscored else None for name in ("target_type", "victim_nationality")
        )
        return parts if any(parts) else None
    if field == "weapons":
        weapons = [w for w in record.get("weapons") or [] if w != "unknown"]
        return weapons or None
    return record.get(field)


def _same_actor(want: str, have: str, on: dt.date | None = None) -> bool:
    """Two perpetrators are one actor when the actor dictionary gives both the same canonical name (the
    extractor writes a known actor by that name, the coder as the report wrote it: "Military Forces of
    Iran" is "Iranian border guards", and "Iranian border forces" is too), else when their words match
    (:func:`_alike_actors`: a count, arms or a collective noun set aside).

    ``on``, the coded incident's first day, names a state's forces the dictionary tells apart by period: "Afghan
    forces" on a day of 2014 is the entry "Military Forces of Afghanistan (2004-2021)", which lists "Afghan National
    Army" (ACLED codes a state's forces of one period as one actor, whatever arm a report names); undated, or in
    2021, the year both the Republic's and the Taliban's forces held the name, it stays unmatched."""
    from incident_tracker.extract.actors import canonical_actor

    def named(phrase: str) -> str | None:
        try:
            return canonical_actor(phrase, on)
        except TypeError:  # an older reader's (``PYTHONPATH`` at an old commit's ``src``) knows no dates
            return canonical_actor(phrase)

    canonical = named(want)
    return bool(canonical and canonical == named(have)) or _alike_actors(want, have)


def _real_same(field: str, want: Any, have: Any, on: dt.date | None = None) -> bool:
    """Whether a proposed value is the coded one; ``on`` (the coded first day) dates actors (:func:`_same_actor`)."""
    if field == "actor":
        return _same_actor(str(want), str(have), on)
    if field == "place":
        return _alike(str(want), str(have))
    if field == "coordinates":
        from incident_tracker.store.filters import haversine_km

        return bool(haversine_km(want[0], want[1], have[0], have[1]) <= 25)
    if field == "weapons":
        return set(want) == set(have)
    return bool(want == have)
