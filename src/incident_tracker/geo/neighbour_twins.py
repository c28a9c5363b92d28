"""Two places of one name in one country, settled by the neighbour the text names: the twin on that line.

GeoNames holds two Dasht-e Qal‘ah districts in Afghanistan, one in Takhar on the Tajik border and one in Farah
near the Iranian one (the border pack's Pur Chaman District point). A report of Tajik border guards writes
"مناطق مرزی ولسوالی دشت قلعه" (the border areas of Dasht-e Qala district) and names Afghanistan and Tajikistan: the
chooser saw two twins of equal weight and chose none (the eighty-first batch's g7854; docs/geocoding-journal.md,
"Batch 81's dev failures: rules (geo161)"). Only "ولایت تخار" written after the name settled it.

The text's other country says which line the report is about. Where every rival bears the same name in the same
country, and exactly one of them lies in a province the border pack puts on the line with a country the text
names (a row of the pack in that province with that country in its ``border_with``), that one is the place.

Only when the text calls the place a district (its unit word: "ولسوالی", "district"): a district of a province on a
line lies on that line, or near it, as the pack's rows of the province do, but a village's or a hamlet's name is
borne by places anywhere in a province that reaches the line, and a province on the named line says nothing of
which one is meant (a first version without the condition turned a rightly empty `test` string wrong, counted by
id only). A report that names both neighbours, or neither, or whose twins are both on the named line, is left as
before (no answer); so is a pair of twins in two countries, which the line guards read (:mod:`.twin_guard`). A Farah
report that names Iran keeps Farah's Dasht-e Qal‘ah by the same rule.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .pack import shipped_pack
from .text import name_key

if TYPE_CHECKING:
    from .candidates import Candidate

__all__ = ["twin_on_named_line"]


def twin_on_named_line(
    best: Candidate, rivals: list[Candidate], named: frozenset[str], level: str | None
) -> Candidate | None:
    """The one twin of ``best`` and its ``rivals`` (one name, one country) in a province on the line with a
    country of ``named`` other than theirs, where the text calls the place a district (``level``); None where there
    is not exactly one (see the module)."""
    if level != "admin2":
        return None
    twins = [best, *rivals]
    countries = {twin.country for twin in twins}
    if len(countries) != 1 or len({name_key(twin.name) for twin in twins}) != 1:
        return None
    country = next(iter(countries))
    neighbours = named - {country}
    if country is None or not neighbours:
        return None
    lines = _province_lines()
    on_line = [
        twin for twin in twins if twin.admin1 and lines.get((country, name_key(twin.admin1)), frozenset()) & neighbours
    ]
    return on_line[0] if len(on_line) == 1 else None


@lru_cache(maxsize=1)
def _province_lines() -> dict[tuple[str, str], frozenset[str]]:
    """(country, name key of a province) → the countries the pack's rows in that province border."""
    lines: dict[tuple[str, str], set[str]] = {}
    for entry in shipped_pack():
        if entry.admin1 and entry.border_with:
            lines.setdefault((entry.country, name_key(entry.admin1)), set()).update(entry.border_with)
    return {key: frozenset(value) for key, value in lines.items()}
