"""Where a finished draft happened: the country the text tells, the place located, the country from names.

The last step of :func:`.finish.finish`: the country mentioned with the place, its province or the article's
summary; the place geocoded in a country the article names (or the dateline's bureau); an area the gazetteer
does not know, or finds only across the line from the district the report puts it in, placed by that district;
else the country of a province or town the event's sentences name.
"""

from __future__ import annotations

from typing import Any

from ..errors import TrackerError
from .border_with import country_across
from .draft import Draft, Locator
from .home_country import corroborated
from .mission_attacked import mission_owner
from .within_namesake import found_outside_within


def country_told(
    draft: Draft, summary: Draft | None, locate: Locator | None, named: set[str] | None
) -> tuple[Any, Any]:
    """The country the text tells for the event, and its evidence: a mention, the place's province, the summary's.

    The readings' marks (``_country_mention``, ``_admin_hint``, ``_admin_any``) are dropped as they are read.
    """
    values = draft.values
    mention = values.pop("_country_mention", None)
    mention_evidence = draft.evidence.pop("_country_mention", None)
    admin = values.pop("_admin_hint", None)
    admin_evidence = draft.evidence.pop("_admin_hint", None)
    any_admin = values.pop("_admin_any", None)
    any_admin_evidence = draft.evidence.pop("_admin_any", None)
    if admin is None and any_admin:
        admin, admin_evidence = any_admin, any_admin_evidence
    # the province told with the place itself ("the Lal Pur area of eastern Nangarhar province") outranks a country
    # named elsewhere ("Pakistan's ambassador", 662)
    with_place = mention is None or admin_evidence == draft.evidence.get("place")
    if admin and locate is not None and with_place and (province_country := _admin_country(admin, locate, named)):
        mention, mention_evidence = province_country, admin_evidence
    if mention is None and summary is not None and "_country_mention" in summary.values:
        mention, mention_evidence = summary.values["_country_mention"], summary.evidence["_country_mention"]
    return mention, mention_evidence


def locate_draft(
    draft: Draft,
    told: tuple[Any, Any],
    names: list[str],
    locate: Locator | None,
    named: set[str] | None,
    bureau: str | None,
) -> None:
    """Fill the location and the country: the place geocoded (else the area it lies in), then the country told
    (``told``: the country and its evidence, from :func:`country_told`), then one from the names the event's
    sentences give."""
    values = draft.values
    mention, mention_evidence = told
    located = _locate_place(draft, mention, locate, named, bureau)
    within = values.pop("_within", None)
    draft.evidence.pop("_within", None)
    # "Langar, in the northern Ayni district" matched in Uzbekistan: a namesake (.within_namesake)
    across = bool(located and within and locate and found_outside_within(draft, located, within, locate, named))
    if across:
        located = {}
    if not located and within and locate is not None and not values.get("country"):
        told = (mention, mention_evidence)
        located, mention, mention_evidence = _locate_within(draft, within, told, locate, named, across=across)
    for name, value in located.items():
        values[name] = value
        draft.evidence[name] = draft.evidence["place"]
    if not values.get("country") and mention:
        values["country"] = mention
        draft.evidence["country"] = mention_evidence or ""
    if not values.get("country") and names and locate is not None:
        found = _country_of_names(names, locate, named)
        if found and found[0] == country_across(str(values.get("place") or ""), draft.evidence.get("place", "")):
            found = None  # the place's own namesake across the border it is told near (.border_with)
        if found and found[0] == values.get("origin_country"):
            found = None  # the country the attack came from is not where it landed
        if found:
            values["country"] = found[0]
            draft.evidence["country"] = draft.evidence.get("description", "")
            draft.notes.append(f"Country from {found[1]!r}, named in the report of the event.")


def _locate_place(
    draft: Draft, mention: Any, locate: Locator | None, named: set[str] | None, bureau: str | None
) -> dict[str, Any]:
    """The place's location fields, or {} when it is not found or found only in a country the article never names."""
    values = draft.values
    located: dict[str, Any] = {}
    if values.get("place") and locate is not None:
        agreeing = frozenset((named or set()) | ({bureau} if bureau else set()))
        try:
            located, note = locate(values["place"], mention, named=agreeing)
        except TrackerError as exc:
            located, note = {}, str(exc)
        if note:
            draft.notes.append(note)
        foreign = located.get("country") not in (named or set()) and located.get("country") not in (mention, bureau)
        if located and named is not None and foreign:
            # "Kang district" found only in China, in an article about Iran and Afghanistan: wrong, so empty
            draft.notes.append(
                f"Place {values['place']!r} matched {located.get('location')} ({located.get('country')}), "
                "a country the article never names: not geocoded."
            )
            located = {}
        across = country_across(str(values["place"]), draft.evidence.get("place", ""))
        if located and across is not None and located.get("country") == across:
            # "the Bonyad area close to the border with Iran" found in Iran: a namesake (.border_with)
            draft.notes.append(
                f"Place {values['place']!r} matched {located.get('location')} ({across}), but the report puts it "
                "near the border with that country: not geocoded."
            )
            located = {}
        owner = mission_owner(draft.evidence.get("place", ""))
        if located and owner and located.get("country") == owner and mention != owner:
            # "stormed the Iranian consulate in Herat" found in Iran: a mission stands abroad (.mission_attacked)
            draft.notes.append(
                f"Place {values['place']!r} matched {located.get('location')} ({owner}), the state whose mission "
                "was attacked there: not geocoded."
            )
            located = {}
        origin = values.get("origin_country")
        if located and origin and located.get("country") == origin and mention != origin:
            # "rockets fired from Pakistan … struck a house in Kunday" found in Pakistan: the attack came from that
            # country, so its scene is across the line; a namesake there is not it (the text itself may still say so)
            draft.notes.append(
                f"Place {values['place']!r} matched {located.get('location')} ({origin}), the country the report "
                "says the attack came from: not geocoded."
            )
            located = {}
    return located


def _locate_within(
    draft: Draft, within: str, told: tuple[Any, Any], locate: Locator, named: set[str] | None, *, across: bool
) -> tuple[dict[str, Any], Any, Any]:
    """An area inside a district is not in the gazetteer (``across``: only across the line from it): the district
    (province) places it, else tells the country.

    Returns the location fields (or {}) and the country told with its evidence, replaced by the district's country.
    """
    values = draft.values
    mention, mention_evidence = told
    located: dict[str, Any] = {}
    try:
        outer, _ = locate(within, mention, named=frozenset(named or ()))
    except TrackerError:
        outer = {}
    if outer.get("geo_precision") in ("admin1", "admin2") and (named is None or outer.get("country") in named):
        # as the codebook and ACLED code it: the coarser level that is known, with its precision
        located = outer
        where = "in the gazetteer there" if across else "in the gazetteer"
        draft.notes.append(f"{values['place']!r} is not {where}: located at {within!r}, which it lies in.")
    elif outer.get("country"):
        mention, mention_evidence = outer["country"], draft.evidence.get("place", "")
        draft.notes.append(f"Country from {within!r}, the place the report puts {values['place']!r} in.")
    return located, mention, mention_evidence


def _country_of_names(names: list[str], locate: Locator, named: set[str] | None) -> tuple[str, str] | None:
    """The country of a province (else a town) named in the event's sentences, if the article names it too."""
    towns: list[tuple[str, str]] = []
    unnamed: list[tuple[str, str]] = []  # towns of an article that names no country at all
    for name in names:
        try:
            found, _ = locate(name, None)
        except TrackerError:
            continue
        country = found.get("country")
        if country and found.get("geo_precision") in ("admin1", "admin2"):
            return str(country), name  # a province's name is distinctive: "Khyber Pakhtunkhwa"
        if country and found.get("geo_precision") == "exact" and named is not None and not named:
            unnamed.append((str(country), name))
        if not country or (named is not None and country not in named):
            continue
        if found.get("geo_precision") == "exact":
            towns.append((str(country), name))
    if towns:
        return towns[0] if len({c for c, _ in towns}) == 1 else None
    return corroborated(unnamed)


def _admin_country(admin: str, locate: Locator, named: set[str] | None) -> str | None:
    """The country of a province named beside a place ("…, Sistan and Baluchestan province").

    A province the gazetteer knows as a province tells its country even when the article never names
    that country ("the Kharlachi crossing in Dand-e-Patan district of Paktia province", in a report that
    says "Taliban" and "Durand Line" but never "Afghanistan"): a province's name is distinctive, as
    :func:`_country_of_names` reads it too. A district, or a town read as one, still needs the country named.
    """
    try:
        found, _ = locate(admin, None)
    except TrackerError:
        return None
    country = found.get("country")
    province = found.get("geo_precision") == "admin1"
    if found.get("geo_precision") not in ("admin1", "admin2") or (
        named is not None and country not in named and not province
    ):
        return None
    return str(country)
